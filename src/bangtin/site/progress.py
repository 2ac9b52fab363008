"""Progress of a long build, shown as one updating line on a terminal and nowhere else.

The plugin reports stages (loading, linking, rendering, indexing); only `bangtin build` on an
interactive terminal, outside CI, turns the reports into a bar. Everywhere else they cost nothing.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

__all__ = ["Progress", "current", "enable", "wanted"]


class Progress:
    """A one-line progress display: ``[████░░░░] Dựng trang 1200/10000``."""

    WIDTH = 24

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream
        self.name = ""
        self.total = 0
        self.done = 0
        self._shown = 0.0

    def stage(self, name: str, total: int = 0) -> None:
        """Start a stage; ``total`` 0 means its length is unknown."""
        self.name, self.total, self.done = name, total, 0
        self._draw(force=True)

    def advance(self, count: int = 1) -> None:
        self.done += count
        self._draw()

    def finish(self) -> None:
        if self.stream is not None and self.name:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
        self.name = ""

    def _draw(self, *, force: bool = False) -> None:
        if self.stream is None:
            return
        now = time.monotonic()
        if not force and now - self._shown < 0.1 and self.done < self.total:
            return
        self._shown = now
        if self.total:
            filled = int(self.WIDTH * min(self.done, self.total) / self.total)
            bar = "█" * filled + "░" * (self.WIDTH - filled)
            line = f"[{bar}] {self.name} {self.done}/{self.total}"
        else:
            line = f"[{'·' * self.WIDTH}] {self.name}…"
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()


_CURRENT = Progress()


def current() -> Progress:
    """The progress of this process (silent unless `enable` was called)."""
    return _CURRENT


def wanted(stream: TextIO = sys.stderr) -> bool:
    """A bar only on an interactive terminal, never in CI or when output is piped or logged."""
    return stream.isatty() and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


def enable(stream: TextIO = sys.stderr) -> None:
    """Show progress on ``stream`` (called by the CLI when `wanted`)."""
    _CURRENT.stream = stream
