"""The plugin's options in mkdocs.yml, and the loading of mkdocs.yml for the CLI's commands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.config import base, load_config
from mkdocs.config import config_options as c
from mkdocs.config.base import ValidationError
from mkdocs.exceptions import Abort, ConfigurationError

from bangtin.adapter.errors import ConfigInvalid
from bangtin.core.attachments import DEFAULT_MAX_MB
from bangtin.core.load import DIRECTIVES_DIR, directives_folder
from bangtin.core.signature import TrustRootError, load_trust_roots

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

__all__ = ["BangtinConfig", "load_mkdocs_config"]


class _Bounded(c.Type[int]):
    """An integer option between ``low`` and ``high``: a value out of them would fail deep in
    the build (``card_days: 99999999999`` overflowed a date) instead of here, with its name."""

    def __init__(self, default: int, low: int, high: int, unit: str) -> None:
        super().__init__(int, default=default)
        self.low, self.high, self.unit = low, high, unit

    def run_validation(self, value: object) -> int:
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not self.low <= value <= self.high
        ):
            raise ValidationError(
                f"«{self._name}» phải là số nguyên từ {self.low} đến {self.high} ({self.unit}); "
                f"đang ghi {value!r}"
            )
        return value


class _ProjectFolder(c.Type[str]):
    """A folder inside the project, relative to mkdocs.yml (`directives_folder` decides)."""

    def __init__(self, default: str) -> None:
        super().__init__(str, default=default)

    def post_validation(self, config: base.Config, key_name: str) -> None:
        root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        try:
            directives_folder(root, config[key_name])
        except ValueError as exc:
            raise ValidationError(str(exc)) from None


class _TrustRoot(c.File):
    """A PEM file of certificates a signature's chain may end at (read here, so that a wrong
    file stops the build with its name, not a page later)."""

    def run_validation(self, value: object) -> str:
        path = str(super().run_validation(value))
        try:
            load_trust_roots([Path(path)])
        except TrustRootError as exc:
            raise base.ValidationError(str(exc)) from None
        return path


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
    card_days = _Bounded(183, 0, 36500, "số ngày")
    """A directive issued more than this many days before the newest one shares the
    organisation's card, unless its front-matter has a `post:` block; 0: every post its own."""
    directives_dir = _ProjectFolder(DIRECTIVES_DIR)
    """Where the directive files are: a folder inside the project, relative to mkdocs.yml; one
    named here must exist (the default one may be missing: no directive yet)."""
    workers = _Bounded(-1, -1, 256, "số tiến trình")
    """Processes that render directive pages: -1 chooses (every core, from 300 pages on);
    0 renders them in the main process, like any MkDocs page."""
    attachment_max_mb = c.Type(int, default=DEFAULT_MAX_MB)
    """The size limit of one file kept beside a directive (``files:``), in MB: a larger one is a
    content error."""
    trust_roots = c.ListOfItems(_TrustRoot(), default=[])
    """PEM files of the certificates a PDF's signature may chain to (for the government's
    documents, the root of Ban Cơ yếu Chính phủ): only a chain checked against one of them
    makes a page say a signature is valid."""


def load_mkdocs_config(**options: Any) -> MkDocsConfig:
    """MkDocs' config, as `mkdocs build` loads it with these command-line options.

    Raises:
        ConfigInvalid: mkdocs.yml is missing, broken or has a wrong value (MkDocs' reason).
    """
    try:
        config = load_config(**options)
    except (ConfigurationError, Abort) as exc:
        raise ConfigInvalid(str(exc)) from None
    plugin = config.plugins.get("bangtin")
    if plugin is not None and config.config_file_path:
        # One option against another, which an option's own check cannot see.
        root = Path(config.config_file_path).resolve().parent
        value = plugin.config.directives_dir
        try:
            directives_folder(root, value, Path(config.docs_dir))
        except ValueError as exc:
            raise ConfigInvalid(str(exc)) from None
    return config
