#!/usr/bin/env python3
"""Screenshots of a built portal for review: the pages people open, at a phone's and a laptop's size.

Usage::

    python scripts/screenshots.py OUT                     # the sample (this repository), built first
    python scripts/screenshots.py OUT --site site/        # a site already built
    python scripts/screenshots.py OUT --project bench/p200   # a project (gen_corpus.py), built first

Writes PNG files into the folder OUT (created; never inside the repository's tracked files):
``<page>-<width>x<height>.png`` for the home page, the directive lists, a directive, the lookup,
the statistics and the guide, at 360×780, 1024×768 and 1280×800, plus the header search for
"dan van kheo" at each size. The site is served on 127.0.0.1 and shot with Debian's chromium
(/usr/bin/chromium) through Playwright; nothing is downloaded and no request leaves the machine.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SIZES: tuple[tuple[int, int], ...] = ((360, 780), (1024, 768), (1280, 800))
PAGES: tuple[tuple[str, str], ...] = (
    ("trang-chu", ""),
    ("van-ban", "van-ban/"),
    ("tra-cuu", "tra-cuu/"),
    ("thong-ke", "thong-ke/"),
    ("huong-dan", "huong-dan/"),
)
SEARCH = "dan van kheo"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """The folder ``site`` served on 127.0.0.1 while the block runs; yields its address."""
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def build(project: Path) -> Path:
    """Build ``project`` (a folder with mkdocs.yml) with bangtin; return its site folder."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "-m", "bangtin.cli.main", "build", "-f", "mkdocs.yml"]
    subprocess.run(command, check=True, env=env, cwd=project)
    return project / "site"


def first_directive(site: Path) -> str | None:
    """The sample's seed directive, or else the newest directive page with text."""
    pages = sorted(site.glob("van-ban/[0-9][0-9][0-9][0-9]/*/index.html"), reverse=True)
    pages.sort(key=lambda page: page.parent.name != "2078-cv-duk")
    for page in pages:
        if 'class="bt-body"' in page.read_text(encoding="utf-8"):
            return page.parent.relative_to(site).as_posix() + "/"
    return None


def shoot(site: Path, out: Path) -> list[Path]:
    """Every screenshot of ``site`` into ``out``; returns the files written."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    pages = list(PAGES)
    directive = first_directive(site)
    if directive:
        pages.insert(1, ("van-ban-mot", directive))
    written: list[Path] = []
    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        for width, height in SIZES:
            context = browser.new_context(viewport={"width": width, "height": height})
            context.route("**/*", _local_only)
            tab = context.new_page()
            for name, url in pages:
                tab.goto(base + url)
                tab.wait_for_load_state("networkidle")
                written.append(out / f"{name}-{width}x{height}.png")
                tab.screenshot(path=str(written[-1]))
            written.append(out / f"tim-kiem-{width}x{height}.png")
            _search(tab, base, written[-1])
            context.close()
        browser.close()
    return written


def _local_only(route: Any) -> None:
    if route.request.url.startswith("http://127.0.0.1:"):
        route.continue_()
    else:
        route.abort()


def _search(tab: Any, base: str, path: Path) -> None:
    tab.goto(base)
    button = tab.locator("label.md-header__button[for=__search]")
    box = tab.locator("[data-bangtin-search-query]")
    if box.count() == 0:
        return  # a portal built without search
    (button if button.is_visible() else box).click()
    box.press_sequentially(SEARCH, delay=20)
    tab.wait_for_function(
        "q => { const items = document.querySelectorAll('.md-search-result__item');"
        " const list = document.querySelector('[data-bangtin-search-list]');"
        " return list.dataset.query === q && list.getAttribute('aria-busy') === 'false'"
        " && items.length > 0 && [...items].every(i => i.hasAttribute('data-excerpt')); }",
        arg=SEARCH,
    )
    tab.screenshot(path=str(path))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the folder the PNG files are written into")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--site", type=Path, help="a site already built")
    where.add_argument("--project", type=Path, help="a project to build first")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print("không tìm thấy /usr/bin/chromium (cài bằng apt-get install chromium)")
        return 2
    with tempfile.TemporaryDirectory(prefix="bangtin-shots-") as work:
        if args.site:
            site = args.site
        elif args.project:
            site = build(args.project)
        else:
            project = Path(work) / "mau"
            project.mkdir()
            for folder in ("content", "directives", "theme"):
                shutil.copytree(REPO / folder, project / folder)
            shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
            site = build(project)
        written = shoot(site, args.out)
    print(f"Đã ghi {len(written)} ảnh vào {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
