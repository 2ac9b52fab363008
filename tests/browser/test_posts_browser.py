"""The fanpage post box in Debian's chromium: the copy button puts the exact text on the
clipboard (Clipboard API on localhost, the execCommand fallback on a plain-http intranet host),
and the counters follow the text and its limits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import LAUNCH_ARGS, require_chromium, serving
from playwright import sync_api

from conftest import MakeSite

pytestmark = pytest.mark.browser

SEED = "van-ban/2024/2078-cv-duk/"


@pytest.fixture
def served(make_site: MakeSite) -> Iterator[tuple[str, Path]]:
    site = make_site(sample=True, plugin={"cards": True})
    assert site.exit_code == 0, site.output
    with serving(site.site_dir) as address:
        yield address, site.site_dir


@pytest.fixture
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=require_chromium(), args=LAUNCH_ARGS)
        try:
            yield b
        finally:
            b.close()


def _expected(site_dir: Path, name: str) -> str:
    return (site_dir / "bai-dang" / name).read_text(encoding="utf-8").rstrip("\n")


def test_copy_button_puts_the_post_on_the_clipboard(browser, served) -> None:  # type: ignore[no-untyped-def]
    url, site_dir = served
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(url) else outside.append(r.url))
    page.goto(url + SEED)
    box = page.locator("[data-bangtin-postbox][data-channel=facebook]")
    box.locator("button[data-bangtin-copy]").last.click()
    page.wait_for_function(
        "() => document.querySelector('[data-bangtin-status]').textContent.trim() !== ''"
    )
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == _expected(site_dir, "van-ban-2024-2078-cv-duk-facebook.txt")
    assert "2078-CV/ĐUK" in copied and "#" in copied
    assert outside == []
    context.close()


def test_fallback_copy_without_clipboard_api(browser, served) -> None:  # type: ignore[no-untyped-def]
    url, _site_dir = served
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    # An intranet page over plain http has no navigator.clipboard: remove it before the page runs.
    page.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined});")
    page.goto(url + SEED)
    box = page.locator("[data-bangtin-postbox][data-channel=zalo]")
    box.locator("button[data-bangtin-copy]").first.click()
    status = box.locator("[data-bangtin-status]")
    status.wait_for()
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-bangtin-status]')].some(s => s.textContent.trim())"
    )
    # execCommand("copy") copies the selection: the selected field is the Zalo title.
    selected = page.evaluate(
        "document.getSelection().toString() || document.activeElement.value.substring(document.activeElement.selectionStart, document.activeElement.selectionEnd)"
    )
    title = box.locator("textarea").first.input_value()
    assert selected == title
    assert len(title) <= 150
    context.close()


def test_counters_show_limits_and_follow_edits(browser, served) -> None:  # type: ignore[no-untyped-def]
    url, _site_dir = served
    page = browser.new_page()
    page.goto(url + SEED)
    box = page.locator("[data-bangtin-postbox][data-channel=facebook]")
    text = box.locator("textarea").last
    value = text.input_value()
    counter = box.locator("[data-count-for]").last
    assert counter.inner_text() == str(len(value))
    assert "63.206" in box.inner_text()  # the Facebook limit, written the Vietnamese way
    fold = box.locator("[data-fold-for]")
    assert int(fold.inner_text()) <= 125
    box.locator("button[data-bangtin-edit]").click()
    text.fill(value + " thêm")
    assert counter.inner_text() == str(len(value) + 5)
    zalo = page.locator("[data-bangtin-postbox][data-channel=zalo]")
    assert "/ 150" in zalo.inner_text() and "/ 300" in zalo.inner_text()
    # The card the box offers is served and is a PNG.
    href = box.locator("a[download]").first.get_attribute("href")
    assert href and href.endswith(".png")
    page.close()
