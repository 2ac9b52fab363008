"""The answer table on a 360 px phone, in Debian's chromium: one card per unit, nothing
scrolls sideways, and the reminder text is copied with one tap."""

from __future__ import annotations

import pytest
from browser_support import LAUNCH_ARGS, require_chromium, serving
from playwright import sync_api

from conftest import MakeSite

pytestmark = pytest.mark.browser

# 2025-01-10: the seed's due date (31/12/2024) has passed by 10 days.
EPOCH = "1736467200"
PHONE = {"width": 360, "height": 740}


def test_answer_table_on_a_phone(make_site: MakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    site = make_site(sample=True)
    assert site.exit_code == 0, site.output
    with serving(site.site_dir) as base, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=require_chromium(), args=LAUNCH_ARGS)
        try:
            context = browser.new_context(
                viewport=PHONE,
                device_scale_factor=2,
                is_mobile=True,
                has_touch=True,
                permissions=["clipboard-read", "clipboard-write"],
            )
            page = context.new_page()
            page.goto(base + "van-ban/2024/2078-cv-duk/")
            _check_table(page)
            _check_copy(page)
            page.goto(base + "theo-doi/")
            assert _page_width(page) <= PHONE["width"]
            page.click("#nhac-chi-dang-bo-co-so summary")
            field = page.locator("#bt-nhac-chi-dang-bo-co-so")
            box = field.bounding_box()
            assert box is not None and box["x"] >= 0
            assert box["x"] + box["width"] <= PHONE["width"]
        finally:
            browser.close()


def _page_width(page: sync_api.Page) -> int:
    return int(page.evaluate("document.documentElement.scrollWidth"))


def _check_table(page: sync_api.Page) -> None:
    table = page.locator(".bt-answers__table")
    table.scroll_into_view_if_needed()
    assert _page_width(page) <= PHONE["width"]  # nothing scrolls sideways
    assert not page.locator(".bt-answers__table thead").is_visible()  # cards, not columns
    rows = page.locator(".bt-answers__table tbody tr")
    assert rows.count() == 4
    for i in range(rows.count()):
        box = rows.nth(i).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    late = page.locator('tr[data-bt-unit="btv-hoi-ccb-khoi"]')
    assert late.locator(".bt-badge").inner_text() == "muộn 20 ngày"
    link = late.locator('a[href$="35-bc-ccbk/"]')
    assert link.is_visible() and link.inner_text() == "Báo cáo số 35-BC/CCBK"
    # Each cell says what it is, as the column heads are hidden.
    label = page.evaluate(
        "getComputedStyle(document.querySelector("
        "'tr[data-bt-unit=\"chi-dang-bo-co-so\"] td[data-label=\"Hạn\"]'), '::before').content"
    )
    assert label == '"Hạn: "'
    count = page.locator(".bt-answers__count").inner_text()
    assert "đã báo cáo 2/4 đơn vị" in count and "2 đơn vị quá hạn" in count


def _check_copy(page: sync_api.Page) -> None:
    field = page.locator("#bt-nhac-van-ban")
    assert not field.is_visible()  # folded until asked for
    page.click(".bt-answers .bt-reminder summary")
    assert field.is_visible()
    page.click('[data-bt-copy="bt-nhac-van-ban"]')
    status = page.locator(".bt-answers [data-bt-copy-status]")
    status.wait_for(state="visible")
    page.wait_for_function(
        "document.querySelector('.bt-answers [data-bt-copy-status]').textContent !== ''"
    )
    assert status.inner_text() == "Đã sao chép."
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == field.input_value()
    assert copied.startswith("Kính gửi:\n- Cấp ủy các chi, đảng bộ cơ sở;")
    assert "Công văn số 2078-CV/ĐUK" in copied and "31/12/2024" in copied
