"""The portal as people see it, measured in Debian's chromium at a phone's and a laptop's size.

The sample (this repository's content) and a generated 200-directive portal
(scripts/gen_corpus.py) are built with the real MkDocs + Material + bangtin, served on
127.0.0.1 and measured from the DOM: where the text starts on a phone, whether the header's tabs
fit, whether a sidebar holds only the page's own link, whether a page scrolls sideways, what the
header search marks. ``python scripts/screenshots.py OUT`` shoots the same pages for review.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import LAUNCH_ARGS, require_chromium

from bangtin.features.search.terms import fold_text
from conftest import REPO, load_script

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 780}
LAPTOP = {"width": 1280, "height": 800}
SMALL_LAPTOP = {"width": 1024, "height": 768}
SEED_URL = "van-ban/2024/2078-cv-duk/"
SEED_TEXT = "Thực hiện Công văn số 1271-CV/BDVTU"
TABS = ["Trang chủ", "Văn bản", "Chủ đề năm", "Theo dõi", "Mô hình", "Tin tức", "Bài đăng"]
TABS += ["Đơn vị", "Hướng dẫn"]

shots = load_script("screenshots")


def _build(project: Path) -> Path:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "-m", "bangtin.cli.main", "build", "-f", "mkdocs.yml"]
    done = subprocess.run(command, env=env, cwd=project, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return project / "site"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    project = tmp_path_factory.mktemp("mau")
    for folder in ("content", "directives", "theme"):
        shutil.copytree(REPO / folder, project / folder)
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    site = _build(project)
    with shots.serve(site) as base:
        yield site, base


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    project = tmp_path_factory.mktemp("kho") / "kho"
    gen = load_script("gen_corpus")
    assert gen.main(["200", "--seed", "1", "--project", str(project), "--quiet"]) == 0
    site = _build(project)
    with shots.serve(site) as base:
        yield site, base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = require_chromium()
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=chromium, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_tab(browser: Any) -> Iterator[Any]:
    """``open_tab(viewport)``: a tab that may load nothing from another host and raise no error."""
    contexts: list[Any] = []
    foreign: list[str] = []
    errors: list[str] = []

    def guard(route: Any) -> None:
        if route.request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.abort()

    def make(viewport: dict[str, int]) -> Any:
        context = browser.new_context(viewport=viewport)
        context.route("**/*", guard)
        contexts.append(context)
        tab = context.new_page()
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        return tab

    yield make
    for context in contexts:
        context.close()
    assert foreign == [], f"requests left 127.0.0.1: {foreign}"
    assert errors == [], f"page errors: {errors}"


def _pages(site: Path) -> list[str]:
    """Every page of a built site, as an address relative to its root."""
    found = []
    for page in sorted(site.rglob("index.html")):
        rel = page.parent.relative_to(site).as_posix()
        if not rel.startswith(("assets", "search", "api")):
            found.append("" if rel == "." else rel + "/")
    return found


def _some_pages(site: Path) -> list[str]:
    """The listings and a few directive pages of a large site (every page would take minutes)."""
    pages = _pages(site)
    directives = [p for p in pages if re.fullmatch(r"van-ban/\d{4}/[^/]+/", p)]
    listings = [p for p in pages if p.count("/") <= 1]
    return listings + directives[:: max(1, len(directives) // 6)] + ["van-ban/2024/"]


# ---- A directive's page on a phone -----------------------------------------------------------


def test_phone_shows_the_text_in_the_first_screen(sample: tuple[Path, str], open_tab: Any) -> None:
    tab = open_tab(PHONE)
    tab.goto(sample[1] + SEED_URL)
    first = tab.locator(".bt-body p").first
    assert first.inner_text().startswith(SEED_TEXT)
    top = first.evaluate("p => p.getBoundingClientRect().top")
    assert 0 < top < PHONE["height"] - 40, top  # a line of the text at least
    # Above it: the title, the trích yếu and the one line of facts, all on the screen.
    for css in (".bt-title", ".bt-subject", ".bt-facts"):
        box = tab.locator(css).bounding_box()
        assert box is not None and box["y"] + box["height"] <= top, css
    facts = tab.locator(".bt-facts").inner_text()
    assert facts.split(" · ")[:2] == ["Công văn", "07/3/2024"]
    assert "Đảng ủy Khối" in facts and "Còn hiệu lực" in facts
    # The full record is one tap away.
    record = tab.locator("details.bt-meta-box")
    assert record.evaluate("d => d.open") is False
    assert not tab.locator(".bt-meta").is_visible()
    tab.locator("details.bt-meta-box > summary").click()
    assert tab.locator(".bt-meta").is_visible()
    assert "Phạm Thị Tố Loan" in tab.locator(".bt-meta").inner_text()


def test_laptop_shows_the_record_open(sample: tuple[Path, str], open_tab: Any) -> None:
    tab = open_tab(LAPTOP)
    tab.goto(sample[1] + SEED_URL)
    assert tab.locator("details.bt-meta-box").evaluate("d => d.open") is True
    assert tab.locator(".bt-meta").is_visible()


def test_print_opens_the_record_a_phone_folded(sample: tuple[Path, str], open_tab: Any) -> None:
    tab = open_tab(PHONE)
    tab.goto(sample[1] + SEED_URL)
    tab.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert tab.locator("details.bt-meta-box").evaluate("d => d.open") is True


# ---- The header ------------------------------------------------------------------------------


def _tabs(tab: Any) -> list[dict[str, Any]]:
    tabs: list[dict[str, Any]] = tab.evaluate(
        """() => {
          const bar = document.querySelector('.md-tabs .md-grid').getBoundingClientRect();
          return [...document.querySelectorAll('.md-tabs__item')].map(item => {
            const box = item.getBoundingClientRect(), link = item.querySelector('a');
            return {text: link.textContent.trim(), left: box.left, right: box.right, top: box.top,
                    bar: bar.right, cut: link.scrollWidth > link.clientWidth + 1};
          });
        }"""
    )
    return tabs


@pytest.mark.parametrize("viewport", [LAPTOP, SMALL_LAPTOP], ids=["1280", "1024"])
@pytest.mark.parametrize("portal", ["sample", "generated"])
def test_header_tabs_fit(
    portal: str, viewport: dict[str, int], request: pytest.FixtureRequest, open_tab: Any
) -> None:
    base = request.getfixturevalue(portal)[1]
    tab = open_tab(viewport)
    tab.goto(base)
    assert tab.locator(".md-tabs").is_visible()
    tabs = _tabs(tab)
    assert [t["text"] for t in tabs] == TABS
    for t in tabs:
        assert t["right"] <= min(t["bar"], viewport["width"]), t
        assert not t["cut"], t
    assert {t["top"] for t in tabs} == {tabs[0]["top"]}  # one row


def test_phone_keeps_the_drawer(sample: tuple[Path, str], open_tab: Any) -> None:
    tab = open_tab(PHONE)
    tab.goto(sample[1])
    assert not tab.locator(".md-tabs").is_visible()
    tab.locator("label.md-header__button[for=__drawer]").click()
    drawer = tab.locator(".md-sidebar--primary")
    drawer.locator("text=Hướng dẫn").first.wait_for(state="visible")
    assert drawer.locator("a.md-nav__link:visible", has_text="Trang chủ").count() == 1


# ---- Layout: sidebars, tables, sideways scrolling -------------------------------------------

_SIDEBAR_LINKS = """() => {
  const bar = document.querySelector('.md-sidebar--primary');
  if (!bar || getComputedStyle(bar).display === 'none' || bar.hidden) return -1;
  return [...bar.querySelectorAll('a.md-nav__link')].filter(a => a.offsetParent !== null
    && a.getBoundingClientRect().width > 0).length;
}"""


def test_no_sidebar_holds_only_the_page_itself(sample: tuple[Path, str], open_tab: Any) -> None:
    site, base = sample
    tab = open_tab(LAPTOP)
    lone = []
    for url in _pages(site):
        tab.goto(base + url)
        links = tab.evaluate(_SIDEBAR_LINKS)
        if links in (0, 1):
            lone.append((url, links))
    assert lone == []
    # The sections with pages of their own keep their sidebar.
    tab.goto(base + "huong-dan/")
    assert tab.evaluate(_SIDEBAR_LINKS) >= 2
    tab.goto(base + "tra-cuu/")
    assert tab.evaluate(_SIDEBAR_LINKS) >= 2


_WRAPPED = """() => [...document.querySelectorAll('.bt-table tbody tr')].flatMap(row => {
  const cells = [row.querySelector('td:first-child a'), row.querySelector('time')];
  return cells.filter(c => c && c.getClientRects().length > 1).map(c => c.textContent);
})"""


@pytest.mark.parametrize("portal", ["sample", "generated"])
def test_listing_keeps_number_and_date_on_one_line(
    portal: str, request: pytest.FixtureRequest, open_tab: Any
) -> None:
    base = request.getfixturevalue(portal)[1]
    tab = open_tab(LAPTOP)
    for url in ("", "van-ban/2024/"):
        tab.goto(base + url)
        assert tab.locator(".bt-table tbody tr").count() > 0, url
        assert tab.evaluate(_WRAPPED) == [], url
        # The home page's table has the width: its trích yếu is not squeezed into a column.
        width = tab.locator(".bt-table").first.evaluate("t => t.getBoundingClientRect().width")
        assert width > 0.6 * LAPTOP["width"], (url, width)


_WIDEST = """() => {
  const wide = [...document.querySelectorAll('.md-content *')].filter(e =>
    e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 &&
    !e.closest('.md-typeset__scrollwrap, .bangtin-lookup__scroll, .bt-chart__table, pre'));
  return [document.documentElement.scrollWidth, wide.slice(0, 3).map(e => e.outerHTML.slice(0, 120))];
}"""


def test_no_page_of_the_sample_scrolls_sideways_on_a_phone(
    sample: tuple[Path, str], open_tab: Any
) -> None:
    site, base = sample
    tab = open_tab(PHONE)
    wide = []
    for url in _pages(site):
        tab.goto(base + url)
        width, what = tab.evaluate(_WIDEST)
        if width > PHONE["width"]:
            wide.append((url, width, what))
    assert wide == []


@pytest.mark.slow
def test_no_page_of_a_large_portal_scrolls_sideways_on_a_phone(
    generated: tuple[Path, str], open_tab: Any
) -> None:
    site, base = generated
    tab = open_tab(PHONE)
    wide = []
    for url in _some_pages(site):
        tab.goto(base + url)
        width, what = tab.evaluate(_WIDEST)
        if width > PHONE["width"]:
            wide.append((url, width, what))
    assert wide == []


# ---- What the header search marks ------------------------------------------------------------


def _search(tab: Any, base: str, query: str) -> list[dict[str, Any]]:
    """Type ``query`` into the header box; each result shown once its excerpt is settled."""
    tab.goto(base)
    button = tab.locator("label.md-header__button[for=__search]")
    box = tab.locator("[data-bangtin-search-query]")
    (button if button.is_visible() else box).click()
    box.press_sequentially(query, delay=20)
    tab.wait_for_function(
        """q => { const items = document.querySelectorAll('.md-search-result__item');
           const list = document.querySelector('[data-bangtin-search-list]');
           return list.dataset.query === q && list.getAttribute('aria-busy') === 'false'
             && items.length > 0 && [...items].every(i => i.hasAttribute('data-excerpt')); }""",
        arg=query,
    )
    results: list[dict[str, Any]] = tab.evaluate(
        """() => [...document.querySelectorAll('.md-search-result__item')].map(item => ({
          url: item.querySelector('a').getAttribute('href'),
          excerpt: item.getAttribute('data-excerpt'),
          texts: [...item.querySelectorAll('h1, p:not(.bangtin-search__kind)')].map(p => p.textContent),
          marks: [...item.querySelectorAll('mark')].map(m => m.textContent),
        }))"""
    )
    return results


def _assert_marks_read_right(results: list[dict[str, Any]], query: str) -> None:
    """The run of the typed words where it stands; single whole words only where it is not."""
    phrase = fold_text(query)
    words = set(phrase.split())
    for result in results:
        together = any(phrase in fold_text(text) for text in result["texts"])
        for mark in result["marks"]:
            if together:
                assert fold_text(mark) == phrase, result
            else:
                assert fold_text(mark) in words, result


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["360", "1280"])
def test_search_marks_the_phrase_where_it_stands(
    sample: tuple[Path, str], open_tab: Any, viewport: dict[str, int]
) -> None:
    tab = open_tab(viewport)
    results = _search(tab, sample[1], "dan van kheo")
    seed = next(r for r in results if r["url"].endswith(SEED_URL))
    # Not the lead: the passage of the text where "Dân vận khéo" stands.
    assert seed["excerpt"] == "passage"
    excerpt = seed["texts"][-1]
    assert "Dân vận khéo" in excerpt and not excerpt.startswith(SEED_TEXT)
    assert seed["marks"] and set(seed["marks"]) == {"Dân vận khéo"}
    # "văn" of "Công văn" (title, trích yếu, excerpt) and "dẫn" of "Hướng dẫn" stay unmarked.
    assert any("Công văn" in t for t in seed["texts"])
    _assert_marks_read_right(results, "dan van kheo")


@pytest.mark.parametrize("query", ["dan van kheo", "phong trao thi dua", "dang uy khoi"])
def test_search_marks_read_right_in_a_large_portal(
    generated: tuple[Path, str], open_tab: Any, query: str
) -> None:
    tab = open_tab(LAPTOP)
    results = _search(tab, generated[1], query)
    _assert_marks_read_right(results, query)
    # Every result shows where the words stand: its title, trích yếu or excerpt holds them.
    phrase = fold_text(query)
    for result in results:
        folded = " ".join(fold_text(t) for t in result["texts"])
        if phrase not in folded:
            assert result["marks"], result


def test_screenshot_script_writes_every_size(sample: tuple[Path, str], tmp_path: Path) -> None:
    # Its own process: Playwright's sync API runs one instance per thread (this module's is open).
    out = tmp_path / "anh"
    script = REPO / "scripts" / "screenshots.py"
    done = subprocess.run(
        [sys.executable, str(script), str(out), "--site", str(sample[0])],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 3 * 7
    assert "van-ban-mot-360x780.png" in names and "tim-kiem-1280x800.png" in names
    for path in out.iterdir():
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", path
