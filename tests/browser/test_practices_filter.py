"""The /mo-hinh/ filter buttons, driven in Debian's chromium: hidden without JS, filtering with it."""

from __future__ import annotations

import pytest
from browser_support import LAUNCH_ARGS, require_chromium, serving
from playwright import sync_api

from conftest import MakeSite

pytestmark = pytest.mark.browser


def _practice(title: str, unit: str, year: int, field: str) -> str:
    return (
        f"---\ntitle: {title}\nunit: {unit}\nyear: {year}\nfield: {field}\nvisibility: public\n"
        "---\n\nMô tả.\n"
    )


@pytest.mark.parametrize("javascript", [True, False])
def test_practice_filters(make_site: MakeSite, javascript: bool) -> None:
    site = make_site(
        {
            "content/practices/a.md": _practice("Mô hình A", "doan-khoi", 2024, "kinh tế"),
            "content/practices/b.md": _practice("Mô hình B", "doan-khoi", 2023, "văn hóa - xã hội"),
            "content/practices/c.md": _practice("Mô hình C", "ban-tgdv-duk", 2024, "kinh tế"),
        }
    )
    assert site.exit_code == 0, site.output
    with serving(site.site_dir) as base, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=require_chromium(), args=LAUNCH_ARGS)
        try:
            context = browser.new_context(java_script_enabled=javascript)
            page = context.new_page()
            page.goto(base + "mo-hinh/")
            items = page.locator("[data-bt-item]:visible")
            if not javascript:
                assert not page.is_visible("[data-bt-filters]")
                assert items.count() == 3
                return
            page.click('[data-bt-facet="field"][data-bt-value="kinh-te"]')
            assert items.count() == 2
            page.click('[data-bt-facet="unit"][data-bt-value="doan-khoi"]')
            assert items.all_text_contents()[0].strip().startswith("Mô hình A")
            assert items.count() == 1
            page.click('[data-bt-facet="year"][data-bt-value="2023"]')
            assert items.count() == 0 and page.is_visible("[data-bt-filter-empty]")
            page.click('[data-bt-facet="field"][data-bt-value=""]')
            assert items.count() == 1 and "1 / 3" in page.text_content("[data-bt-filter-status]")
        finally:
            browser.close()
