"""/tra-cuu/ in Debian's chromium with query values that are names of JavaScript's own object
properties (`__proto__`, `constructor`, `toString`, `hasOwnProperty`): shown as the values they
are, never taken for the page's own sort functions or labels."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser_support import LAUNCH_ARGS, require_chromium, serving
from playwright import sync_api

from conftest import UNITS, directive

pytestmark = pytest.mark.browser

NAMES = ("__proto__", "constructor", "toString", "hasOwnProperty", "valueOf")
# A unit whose id is one of those names: a value from the data, not only from the URL.
ODD_UNIT = "  - id: constructor\n    name: Ban Xây dựng\n    parent: dang-uy-khoi\n"
NUMBERS = ["3-CV/ĐUK", "2-CV/ĐUK", "1-CV/ĐUK"]  # newest first: the default order


@pytest.fixture(scope="module")
def lookup_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # make_site is function-scoped; a module's one build is made by hand here.
    import yaml

    from conftest import BASE_CONFIG, HOME, Site

    root = tmp_path_factory.mktemp("lookup") / "portal"
    root.mkdir()
    cfg = {**BASE_CONFIG}
    cfg["plugins"] = [{"bangtin": {**BASE_CONFIG["plugins"][0]["bangtin"], "search": True}}]
    (root / "mkdocs.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    site = Site(root)
    site.write(
        {
            "content/index.md": HOME,
            "content/units.yml": UNITS + ODD_UNIT,
            "directives/2024/1-cv-duk.md": directive("1-CV/ĐUK", "2024-01-02", subject="Một"),
            "directives/2024/2-cv-duk.md": directive(
                "2-CV/ĐUK", "2024-02-03", subject="Hai", issuer="constructor"
            ),
            "directives/2024/3-cv-duk.md": directive("3-CV/ĐUK", "2024-03-04", subject="Ba"),
        }
    )
    site.build(audience="public")
    assert site.exit_code == 0, site.output
    with serving(site.site_dir) as address:
        yield address + "tra-cuu/"


@pytest.fixture(scope="module")
def browser() -> Iterator[sync_api.Browser]:
    with sync_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=require_chromium(), args=LAUNCH_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def _open(browser: sync_api.Browser, url: str) -> tuple[sync_api.Page, list[str]]:
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    # The count reads "Đang tải…" until the records are in and the table is drawn.
    page.wait_for_function(
        "!/^Đang tải/.test(document.querySelector('[data-bangtin-lookup-count]')"
        ".textContent.trim())"
    )
    return page, errors


def _numbers(page: sync_api.Page) -> list[str]:
    return [
        n.strip() for n in page.locator("[data-bangtin-lookup-rows] tr td a").all_text_contents()
    ]


@pytest.mark.parametrize("name", NAMES)
def test_sort_named_like_an_object_property_is_the_default(
    browser: sync_api.Browser, lookup_url: str, name: str
) -> None:
    page, errors = _open(browser, f"{lookup_url}?sap-xep={name}")
    assert errors == []
    assert _numbers(page) == NUMBERS
    assert page.text_content("[data-bangtin-lookup-count]").strip() == "3 văn bản"
    page.close()


FACETS = ("loai", "co-quan", "nam", "chu-de", "tinh-trang")


@pytest.mark.parametrize("name", NAMES)
def test_filter_value_named_like_an_object_property_is_a_value(
    browser: sync_api.Browser, lookup_url: str, name: str
) -> None:
    query = "&".join(
        f"{param}={name}" for param in FACETS if (param, name) != ("co-quan", "constructor")
    )
    page, errors = _open(browser, f"{lookup_url}?{query}")
    assert errors == []
    assert _numbers(page) == []
    assert "Không có văn bản nào khớp" in page.text_content("[data-bangtin-lookup-count]")
    for param in FACETS:
        options = page.locator(f"select[name={param}] option").all_text_contents()
        assert not [o for o in options if "[object" in o or "function" in o or "native" in o]
        if (param, name) != ("co-quan", "constructor"):
            assert f"{name} (0)" in options, (param, options)  # a shared link's value, gone
    page.close()


def test_unit_named_like_an_object_property(browser: sync_api.Browser, lookup_url: str) -> None:
    page, errors = _open(browser, lookup_url)
    options = page.locator("select[name=co-quan] option").all_text_contents()
    assert "Ban Xây dựng (1)" in options, options
    page.select_option("select[name=co-quan]", "constructor")
    page.wait_for_function("location.search.indexOf('co-quan=constructor') >= 0")
    assert _numbers(page) == ["2-CV/ĐUK"]
    assert errors == []
    page.close()
