"""bangtin's templates, styles, scripts and Markdown extensions, added to MkDocs' configuration."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from bangtin.features.registry import Features

__all__ = ["OVERRIDES_DIR", "configure_theme"]

OVERRIDES_DIR = Path(__file__).parent.parent / "site" / "templates" / "overrides"


def configure_theme(config: MkDocsConfig, features: Features, *, search: bool) -> None:
    """Add bangtin's overrides, CSS, scripts and Markdown extensions to ``config``.

    Args:
        config: MkDocs' config, changed in place.
        features: this build's features (their styles, scripts and extensions).
        search: whether the search index is built (the header shows bangtin's box only then).
    """
    # The intranet has no internet: never let Material fetch Google Fonts.
    if config.theme.get("font"):
        config.theme["font"] = False
    _insert_overrides(config)
    config.extra["bangtin_search"] = search
    for css in ("assets/bangtin/bangtin.css", *features.extra_css()):
        if css not in config.extra_css:
            config.extra_css.append(css)
    for js in features.extra_javascript():
        if js not in config.extra_javascript:
            config.extra_javascript.append(js)
    config.markdown_extensions.extend(features.markdown_extensions())


def _insert_overrides(config: MkDocsConfig) -> None:
    dirs: list[str] = config.theme.dirs
    if str(OVERRIDES_DIR) in dirs:
        return
    # After the portal's own theme/ (custom_dir), before Material: a portal can still override us.
    custom = config.theme.custom_dir
    position = 1 if custom and dirs and os.path.samefile(dirs[0], custom) else 0
    dirs.insert(position, str(OVERRIDES_DIR))
