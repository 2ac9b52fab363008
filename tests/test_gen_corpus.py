"""Tests of scripts/gen_corpus.py, the synthetic corpus generator used by the benchmarks."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from bangtin.core.model import DocType, RelationKind
from bangtin.core.numbers import parse_number
from conftest import load_script

REPO = Path(__file__).resolve().parents[1]


gc = load_script("gen_corpus")

N = 1000
SEED = 7


def _front_matter(path: Path) -> tuple[list[str], dict[str, Any], str]:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), path
    head, body = text[4:].split("\n---\n", 1)
    return head.splitlines(), yaml.safe_load(head), body


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus") / "dự-án"
    assert gc.main([str(N), "--seed", str(SEED), "--project", str(root), "--quiet"]) == 0
    return root


@pytest.fixture(scope="module")
def records(project: Path) -> list[dict[str, Any]]:
    out = []
    for path in sorted((project / "directives").rglob("*.md")):
        lines, meta, body = _front_matter(path)
        out.append({"path": path, "lines": lines, "meta": meta, "body": body})
    return out


def _tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_same_seed_gives_the_same_bytes(tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert gc.main(["300", "--seed", "3", "--project", str(tmp_path / name), "-q"]) == 0
    first, second = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    assert len(first) > 300
    assert first == second


def test_another_seed_gives_another_corpus(tmp_path: Path) -> None:
    one = gc.build_corpus(50, seed=1)
    two = gc.build_corpus(50, seed=2)
    assert [gc.render_directive(one, d) for d in one.docs] != [
        gc.render_directive(two, d) for d in two.docs
    ]


def test_project_layout(project: Path) -> None:
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert config.splitlines()[0] == gc.SYNTHETIC_MARK
    assert re.search(r"(?m)^site_name: Bảng tin — dữ liệu tổng hợp$", config)
    assert re.search(r"(?m)^docs_dir: content$", config)
    assert (project / "theme").is_dir()
    assert (project / "content" / "units.yml").is_file()
    # The repository's themes are not copied: every theme file is a generated one.
    years = sorted(int(p.stem) for p in (project / "content" / "themes").glob("*.md"))
    assert years == list(range(gc.FIRST_YEAR, gc.LAST_YEAR + 1))
    for year in years:
        lines, meta, body = _front_matter(project / "content" / "themes" / f"{year}.md")
        assert lines[0] == gc.SYNTHETIC_MARK
        assert meta["year"] == year and meta["title"] and meta["visibility"] == "public"
        assert re.fullmatch(r"#[0-9a-f]{6}", meta["color"])
        assert parse_number(meta["source"]) is not None
        assert body.strip()
    if (REPO / "content" / "index.md").is_file():
        assert (project / "content" / "index.md").read_bytes() == (
            REPO / "content" / "index.md"
        ).read_bytes()


def test_units(project: Path) -> None:
    text = (project / "content" / "units.yml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == gc.SYNTHETIC_MARK
    units = yaml.safe_load(text)["units"]
    ids = [u["id"] for u in units]
    assert 55 <= len(ids) <= 75
    assert len(set(ids)) == len(ids)
    assert all(u.get("parent", ids[0]) in ids for u in units)
    codes = {u.get("code") for u in units}
    assert {"TU", "BDVTU", "ĐUK", "HU", "MTTQ-BTT", "UBND", "SNV", "TĐTN"} <= codes
    # Ids the repository's own pages name still resolve in the generated project.
    repo_units = yaml.safe_load((REPO / "content" / "units.yml").read_text(encoding="utf-8"))
    assert {u["id"] for u in repo_units["units"]} <= set(ids)


def test_counts_and_visibility(records: list[dict[str, Any]]) -> None:
    assert len(records) == N
    shares = Counter(r["meta"]["visibility"] for r in records)
    assert shares == {"public": N - N // 5 - N // 100, "internal": N // 5, "confidential": N // 100}
    years = Counter(r["meta"]["date"].year for r in records)
    assert sorted(years) == list(range(gc.FIRST_YEAR, gc.LAST_YEAR + 1))
    types = Counter(r["meta"]["type"] for r in records)
    assert len(types) >= 13
    assert types["Công văn"] == max(types.values())


def test_every_front_matter_is_valid(project: Path, records: list[dict[str, Any]]) -> None:
    units = {
        u["id"]
        for u in yaml.safe_load((project / "content" / "units.yml").read_text("utf-8"))["units"]
    }
    kinds = {k.value for k in RelationKind}
    forms = Counter()
    for record in records:
        path, meta, body = record["path"], record["meta"], record["body"]
        assert record["lines"][0] == gc.SYNTHETIC_MARK
        number = parse_number(meta["number"])
        assert number is not None, meta["number"]
        assert str(number) == meta["number"]
        assert number.slug == path.stem
        assert path.parent.name == str(meta["date"].year)
        assert isinstance(meta["date"], dt.date)
        assert DocType.from_text(meta["type"]) is not None
        assert meta["issuer"] in units
        assert meta["status"] in {"in-force", "superseded", "expired"}
        assert meta["signer"]["name"]
        for ref in meta.get("to", []) + meta.get("cc", []):
            assert ref in units or not re.fullmatch(r"[a-z0-9-]+", ref), ref
        assert set(meta.get("relations", {})) <= kinds
        for numbers in meta.get("relations", {}).values():
            assert all(parse_number(n) is not None for n in numbers)
        for task in meta.get("tasks", []):
            assert task["who"] in units and task["report_to"] in units
            assert task["due"] > meta["date"]
            assert task.get("done", task["due"]) > meta["date"]
        assert all(meta["date"].year - 1 <= y <= meta["date"].year for y in meta.get("themes", []))
        words = len(body.split())
        assert 250 <= words <= 2000, (path, words)
        forms[number.form] += 1
    assert forms["party"] > forms["state"] > N // 10


def test_number_and_year_identify_one_document(records: list[dict[str, Any]]) -> None:
    keys = Counter((parse_number(r["meta"]["number"]).key, r["meta"]["date"].year) for r in records)
    assert max(keys.values()) == 1
    # Numbering restarts every year, so numbers do recur across years.
    by_number = Counter(parse_number(r["meta"]["number"]).key for r in records)
    assert max(by_number.values()) > 1


# "Kế hoạch số 12-KH/TU, ngày 05/3/2024" or "Công văn số 08/UBND-VX ngày 5/03/2024" or undated.
_TYPES = "|".join(sorted((t.value for t in DocType), key=len, reverse=True))
_CITATION = re.compile(
    rf"(?P<type>{_TYPES}) số (?P<number>\d[^\s,;]*?)(?:[,.;)]|\s|$)"
    r"(?:,? ?ngày (?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}))?"
)


def test_citations_point_only_at_earlier_documents(records: list[dict[str, Any]]) -> None:
    index: dict[tuple[str, int], dt.date] = {}
    dates_by_key: dict[str, list[dt.date]] = {}
    for r in records:
        key = parse_number(r["meta"]["number"]).key
        index[(key, r["meta"]["date"].year)] = r["meta"]["date"]
        dates_by_key.setdefault(key, []).append(r["meta"]["date"])
    for dates in dates_by_key.values():
        dates.sort()
    found = dated = undated = stubs = 0
    for r in records:
        day = r["meta"]["date"]
        for m in _CITATION.finditer(r["body"]):
            number = parse_number(m["number"])
            assert number is not None, m[0]
            found += 1
            if m["y"]:
                dated += 1
                cited = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
                assert cited < day, (r["path"], m[0])
                target = index.get((number.key, cited.year))
                if target is None:
                    stubs += 1
                else:
                    assert target == cited, (r["path"], m[0])
            else:
                undated += 1
                dates = dates_by_key.get(number.key, [])
                i = bisect.bisect_right(dates, day)
                if i:
                    assert dates[i - 1] < day, (r["path"], m[0])
        for numbers in r["meta"].get("relations", {}).values():
            for text in numbers:
                dates = dates_by_key.get(parse_number(text).key, [])
                i = bisect.bisect_right(dates, day)
                assert not i or dates[i - 1] < day
    assert found > N
    assert undated > 0
    assert 0.01 < stubs / dated < 0.12


def test_generated_citations_resolve_as_the_portal_will() -> None:
    corpus = gc.build_corpus(2000, seed=11)
    docs = corpus.docs
    by_key: dict[str, list[int]] = {}
    for doc in docs:
        by_key.setdefault(parse_number(doc.number).key, []).append(doc.index)
    cites = [(doc, c) for doc in docs for c in doc.cites]
    stubs = [c for _, c in cites if c.target is None]
    assert 0.02 < len(stubs) / len(cites) < 0.09
    for doc, c in cites:
        if c.target is None:
            assert all(
                docs[i].year != c.date.year for i in by_key.get(parse_number(c.number).key, [])
            )
            continue
        target = docs[c.target]
        assert target.date < doc.date and target.number == c.number
        if c.date is None or c.in_relations:
            # Without a date: the latest document with that number on or before the citing date.
            same = [docs[i] for i in by_key[parse_number(c.number).key] if docs[i].date <= doc.date]
            assert max(same, key=lambda d: d.date) is target
    kinds = Counter(c.kind for _, c in cites if c.in_relations)
    assert kinds["supersedes"] > 0 and kinds["implements"] > 0 and kinds["based-on"] > 0
    for _, c in cites:
        if c.kind == "supersedes" and c.target is not None:
            assert docs[c.target].status == "superseded"


@pytest.mark.parametrize(
    "inside",
    ["content", "content/van-ban", "directives", "directives/2024", "src/bangtin", "tests", "."],
)
def test_refuses_to_write_into_the_repository(
    inside: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = REPO / inside
    before = _repo_files()
    assert gc.main(["5", "--project", str(target)]) == 2
    assert "Từ chối ghi vào" in capsys.readouterr().err
    assert _repo_files() == before


# Caches and outputs other tests may write at the same time (pytest -n 2) are not the repository.
_NOT_REPO = {
    ".git",
    ".cache",
    ".hypothesis",
    ".pytest_cache",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".venv",
    "bench",
    "site",
}


def _repo_files() -> list[Path]:
    return sorted(
        p
        for p in REPO.rglob("*")
        if not _NOT_REPO.intersection(p.relative_to(REPO).parts)
        and not p.relative_to(REPO).parts[0].startswith("site.")
    )


def test_a_gitignored_folder_of_the_repository_is_allowed() -> None:
    assert gc.refusal(REPO / "bench" / "p10k") is None


def test_refuses_a_non_empty_folder_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ghi-chú.txt").write_text("của tôi", encoding="utf-8")
    assert gc.main(["5", "--project", str(tmp_path)]) == 2
    assert "không trống" in capsys.readouterr().err
    assert gc.main(["5", "--project", str(tmp_path), "--force", "-q"]) == 0
    # A folder the generator did not make is written over, never cleared.
    assert (tmp_path / "ghi-chú.txt").read_text(encoding="utf-8") == "của tôi"
    assert len(list((tmp_path / "directives").rglob("*.md"))) == 5


def test_forced_rerun_replaces_a_previous_corpus(tmp_path: Path) -> None:
    assert gc.main(["40", "--project", str(tmp_path), "-q"]) == 0
    assert gc.main(["10", "--project", str(tmp_path), "--force", "-q"]) == 0
    assert len(list((tmp_path / "directives").rglob("*.md"))) == 10


def test_minimal_mkdocs_config_when_the_repository_has_none() -> None:
    config = yaml.safe_load(gc.render_mkdocs(None))
    assert config == {
        "site_name": gc.SITE_NAME,
        "docs_dir": "content",
        "theme": {"name": "material", "custom_dir": "theme", "language": "vi", "font": False},
        "plugins": ["bangtin"],
    }


@pytest.mark.parametrize(
    "text",
    [
        "2078-CV/ĐUK",
        "08/KH-UBND",
        "1:20",
        "yes",
        "- Như trên",
        "Chủ đề năm 2024: “X”",
        "2024-03-07",
        "12",
        "a #b",
        "Lưu VP",
        "#Tag",
        "“Dân vận khéo”",
    ],
)
def test_scalars_read_back_as_written(text: str) -> None:
    assert yaml.safe_load(f"k: {gc._scalar(text)}") == {"k": text}
