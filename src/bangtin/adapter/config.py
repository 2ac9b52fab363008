"""The plugin's options in mkdocs.yml, and the loading of mkdocs.yml for the CLI's commands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mkdocs.config import base, load_config
from mkdocs.config import config_options as c
from mkdocs.exceptions import Abort, ConfigurationError

from bangtin.adapter.errors import ConfigInvalid

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

__all__ = ["BangtinConfig", "load_mkdocs_config"]


class BangtinConfig(base.Config):  # type: ignore[no-untyped-call]
    """Options of the `bangtin` plugin in mkdocs.yml."""

    audience = c.Choice(("internal", "public"), default="internal")
    """Who the build is for; BANGTIN_AUDIENCE in the environment overrides it."""
    organisation = c.Type(str, default="")
    """The organisation's name, printed on social cards and posts."""
    org_hashtag = c.Type(str, default="")
    """A hashtag added to every post, without '#' (e.g. ĐảngỦyKhốiBìnhThuận)."""
    emoji = c.Type(bool, default=True)
    """Allow a few emoji in composed posts."""
    search = c.Type(bool, default=True)
    """Write the search index (search/) after the build."""
    cards = c.Type(bool, default=True)
    """Draw social cards (PNG) for the posts."""
    card_days = c.Type(int, default=183)
    """A directive issued more than this many days before the newest one shares the
    organisation's card, unless its front-matter has a `post:` block; 0: every post its own."""
    directives_dir = c.Type(str, default="directives")
    """Where the directive files are, relative to mkdocs.yml."""
    workers = c.Type(int, default=-1)
    """Processes that render directive pages: -1 chooses (every core, from 300 pages on);
    0 renders them in the main process, like any MkDocs page."""


def load_mkdocs_config(**options: Any) -> MkDocsConfig:
    """MkDocs' config, as `mkdocs build` loads it with these command-line options.

    Raises:
        ConfigInvalid: mkdocs.yml is missing, broken or has a wrong value (MkDocs' reason).
    """
    try:
        return load_config(**options)
    except (ConfigurationError, Abort) as exc:
        raise ConfigInvalid(str(exc)) from None
