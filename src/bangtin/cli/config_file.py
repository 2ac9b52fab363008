"""What the editors' commands read of mkdocs.yml, without loading MkDocs (they must stay fast).

`bangtin check` needs docs_dir and the plugin's options; `bangtin import` and `bangtin new`
need the folders they write into. A portal may name its folders (``docs_dir``, the plugin's
``directives_dir``): a command that assumed ``content/`` and ``directives/`` would write a
directive where the build never reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bangtin.core.attachments import DEFAULT_MAX_MB
from bangtin.core.walk import DIRECTIVES_DIR

__all__ = [
    "Folders",
    "attachment_max_mb",
    "config_tree",
    "config_value",
    "directives_dir",
    "docs_dir",
    "folders",
]

#: The folder of the pages and units.yml when mkdocs.yml cannot be read (the starter's).
CONTENT_DIR = "content"


def config_tree(config_file: str | Path) -> dict[str, Any] | None:
    """mkdocs.yml as a dict, read without loading MkDocs; None when it cannot be read."""
    import yaml

    class _Loose(yaml.SafeLoader):
        pass

    # mkdocs.yml may use !ENV and Python tags for Material's extensions: ignore them here.
    _Loose.add_multi_constructor("", lambda loader, suffix, node: None)
    try:
        with open(config_file, encoding="utf-8-sig") as fh:
            data = yaml.load(fh, Loader=_Loose)
    except (OSError, yaml.YAMLError):
        return None
    return data if isinstance(data, dict) else {}


def config_value(config_file: str | Path, key: str, default: str, *, unreadable: str = "") -> str:
    """A top-level text value of mkdocs.yml (``unreadable`` when the file cannot be read)."""
    data = config_tree(config_file)
    if data is None:
        return unreadable or default
    value = data.get(key, default)
    return str(value) if isinstance(value, str) else default


def _plugin_option(config_file: str | Path, name: str) -> object:
    """The bangtin plugin's option ``name`` in mkdocs.yml; None when it is not set."""
    for plugin in (config_tree(config_file) or {}).get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(plugin.get("bangtin"), dict):
            return plugin["bangtin"].get(name)
    return None


def docs_dir(config_file: str | Path) -> str:
    """docs_dir from mkdocs.yml (MkDocs' own default "docs" when it names none)."""
    return config_value(config_file, "docs_dir", "docs", unreadable=CONTENT_DIR)


def directives_dir(config_file: str | Path) -> str:
    """The bangtin plugin's directives_dir in mkdocs.yml."""
    value = _plugin_option(config_file, "directives_dir")
    return value if isinstance(value, str) else DIRECTIVES_DIR


def attachment_max_mb(config_file: str | Path) -> int:
    """The plugin's attachment_max_mb (a wrong value is `build`'s to report: the default here)."""
    value = _plugin_option(config_file, "attachment_max_mb")
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return DEFAULT_MAX_MB


@dataclass(frozen=True, slots=True)
class Folders:
    """Where a portal keeps its pages (and units.yml, themes/) and its directive files."""

    content: Path
    directives: Path


def folders(root: Path) -> Folders:
    """The folders of the portal at ``root`` as its mkdocs.yml names them; the starter's
    (content/, directives/) where there is no mkdocs.yml. A directives_dir that leads out of
    the project is not followed: the default folder is used, and `bangtin check` reports it."""
    config = root / "mkdocs.yml"
    if not config.is_file():
        return Folders(root / CONTENT_DIR, root / DIRECTIVES_DIR)
    content = (root / docs_dir(config)).resolve()
    directives = (root / directives_dir(config)).resolve()
    if directives == root.resolve() or not directives.is_relative_to(root.resolve()):
        directives = root / DIRECTIVES_DIR
    return Folders(content, directives)
