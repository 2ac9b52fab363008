"""What the adapter raises: the content's errors for MkDocs, and its own failures for the CLI.

The CLI never sees MkDocs' `Abort` or `ConfigurationError`: `commands` and `serve` turn them into
these, and the CLI words them for people.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from bangtin.core.model import ContentError

__all__ = ["BuildAborted", "ConfigInvalid", "ContentErrors", "SiteDirRefused", "WatchUnavailable"]


class ContentErrors(PluginError):
    """The content has errors: every one of them, one ``path:line: message`` per line."""

    def __init__(self, errors: list[ContentError]) -> None:
        self.errors = errors
        lines = [str(e) for e in errors]
        lines.append(f"Có {len(errors)} lỗi trong nội dung; chưa dựng trang nào.")
        super().__init__("\n".join(lines))


class SiteDirRefused(PluginError):
    """The site folder is not one a build may replace (a usage error: nothing was written)."""


class ConfigInvalid(Exception):
    """mkdocs.yml could not be read or checked; the message is MkDocs' reason."""


class BuildAborted(Exception):
    """MkDocs stopped the build (content errors, --strict warnings); the reasons are logged."""


class WatchUnavailable(Exception):
    """`bangtin serve` found no way to watch the project's files."""
