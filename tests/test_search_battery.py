"""The search battery (tests/search_battery.yml, issue 28): 150+ Vietnamese queries run by the
Python reader (search.js's rules) over the battery's portal, held to the issue's bars.

The portal is built by `bangtin build` from scripts/gen_corpus.py's corpus (the battery's seed and
size), the repository's directives and the battery's own practices and news.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bangtin.features.search.reader import IndexReader
from conftest import load_script

bench = load_script("search_bench")


@pytest.fixture(scope="module")
def battery() -> dict[str, Any]:
    return bench.load_battery()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def search(battery: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The index folder of the battery's portal, built as the benchmark builds it."""
    work = tmp_path_factory.mktemp("battery")
    bench.build_battery_portal(battery, work / "portal")
    bench.build(work / "portal", work / "site")
    return work / "site" / "search"


@pytest.fixture(scope="module")
def rows(battery: dict[str, Any], search: Path) -> list[dict[str, Any]]:
    return bench.run_battery(search, battery["queries"])  # type: ignore[no-any-return]


def _share(rows: list[dict[str, Any]], classes: tuple[str, ...], figure: str) -> float:
    some = [row for row in rows if row["class"] in classes]
    assert some, classes
    return float(sum(row[figure] for row in some)) / len(some)


def test_battery_covers_the_issue_s_query_classes(battery: dict[str, Any]) -> None:
    queries = battery["queries"]
    assert len(queries) >= 150
    classes = {q["class"] for q in queries}
    assert classes >= {
        "accented", "unaccented", "d_for_dd", "number", "phrase", "typo", "telex",
        "theme", "unit", "practice", "news",
    }  # fmt: skip
    numbers = {q["q"] for q in queries if q["class"] == "number"}
    assert {"2078", "2078-CV/ĐUK", "2078/ĐUK", "công văn 2078"} <= numbers
    assert all(q["expect"] for q in queries)


def test_every_expected_page_is_a_page_of_the_index(battery: dict[str, Any], search: Path) -> None:
    # A misspelt url in the battery would count as a miss of the search, not of the file.
    reader = IndexReader(search)
    urls = {reader.page(i)[0] for i in range(reader.manifest["pages"])}
    missing = {url for q in battery["queries"] for url in q["expect"]} - urls
    assert not missing, sorted(missing)


@pytest.mark.parametrize("kind", ["accented", "unaccented", "d_for_dd", "number"])
def test_exact_queries_find_their_page_in_the_top_3(rows: list[dict[str, Any]], kind: str) -> None:
    some = [r for r in rows if r["class"] == kind]
    assert some
    assert [(r["q"], r["expect"], r["urls"][:3]) for r in some if not r["found@3"]] == []


def test_telex_leftovers_find_their_page_in_the_top_5(rows: list[dict[str, Any]]) -> None:
    assert _share(rows, ("telex",), "found@5") >= 0.95


def test_one_edit_typos_find_their_page_in_the_top_5(rows: list[dict[str, Any]]) -> None:
    # The issue's bar, on typo and Telex queries together: 92 % (46 of 50) before a typo that
    # makes another word ("tinh" -> "tin", "cong" -> "con") was read by its neighbours.
    assert _share(rows, ("typo", "telex"), "found@5") >= 0.95


def test_held_out_typos_find_their_page_in_the_top_5(rows: list[dict[str, Any]]) -> None:
    # The same bar on the queries made by rule and never tuned on (`new: true` in the battery).
    held_out = [row for row in rows if row.get("new")]
    assert len(held_out) >= 20
    assert {row["class"] for row in held_out} == {"typo", "telex"}
    assert sum(row["found@5"] for row in held_out) / len(held_out) >= 0.95


def test_themes_units_practices_news_in_the_top_3(rows: list[dict[str, Any]]) -> None:
    assert _share(rows, ("theme", "unit", "practice", "news", "phrase"), "found@3") == 1.0


def test_every_heading_anchor_of_the_index_is_an_id_of_its_page(search: Path) -> None:
    # A sub-result links to its heading's anchor: the index must name the id the page gives it.
    reader = IndexReader(search)
    checked = 0
    for page_id in range(reader.manifest["pages"]):
        headings = reader.headings(page_id)
        if not headings:
            continue
        html = (search.parent / reader.page(page_id)[0] / "index.html").read_text("utf-8")
        ids = set(re.findall(r'\bid="([^"]+)"', html))
        for _, text, anchor in headings:
            assert anchor in ids, (reader.page(page_id)[0], text, anchor)
            checked += 1
    assert checked > 100
