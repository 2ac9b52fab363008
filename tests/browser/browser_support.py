"""What every browser test shares: Debian's chromium, its launch flags, a quiet local server."""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

# Debian's chromium, installed by .ci/run; never a browser downloaded by Playwright.
CHROMIUM = Path("/usr/bin/chromium")
# No background traffic: the machine has no network, and no request may leave 127.0.0.1.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site without a log line per request."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serving(site: Path) -> Iterator[str]:
    """The built site at ``site`` served on a free local port, as its address ("http://.../")."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def require_chromium() -> str:
    """The path of Debian's chromium, or a failure that says how to install it.

    A missing browser fails the test rather than skipping it: the README's test command installs
    chromium (scripts/install-test-deps.sh), so its absence is a broken set-up to be seen.
    """
    import os

    import pytest

    if not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            "không tìm thấy /usr/bin/chromium: chạy scripts/install-test-deps.sh "
            "(hoặc apt-get install chromium)"
        )
    return str(CHROMIUM)
