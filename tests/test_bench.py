"""Tests of scripts/bench.py: a real ``--quick`` run, the plain copies and the measurements."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from conftest import load_script

REPO = Path(__file__).resolve().parents[1]
QUICK_SIZES = (30, 60)


bench = load_script("bench")


@pytest.fixture(scope="module")
def quick(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """One real ``bench.py --quick`` run: its work folder and its stdout."""
    work = tmp_path_factory.mktemp("bench")
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "bench.py"), "--quick", "--work", str(work)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    yield work, done.stdout


def _table(report: str) -> tuple[list[str], dict[tuple[int, str], dict[str, str]]]:
    lines = [line for line in report.splitlines() if line.startswith("| ")]
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    rows: dict[tuple[int, str], dict[str, str]] = {}
    for line in lines[1:]:
        cells = dict(zip(header, (c.strip() for c in line.strip("|").split("|")), strict=True))
        rows[int(cells["directives"].replace(",", "")), cells["tool"]] = cells
    return header, rows


def _number(cell: str) -> float:
    return float(cell.replace(",", ""))


def test_quick_report_goes_to_stdout_and_results_md(quick: tuple[Path, str]) -> None:
    work, stdout = quick
    written = (work / "RESULTS.md").read_text(encoding="utf-8")
    assert written.strip() in stdout
    for label in ("nproc ", "memory ", "CPU ", "Python ", "mkdocs "):
        assert label in written
    assert "mkdocs-material " in written
    assert "pagefind" not in written.lower()  # the search index is bangtin's own


def test_quick_table_has_every_column_and_row(quick: tuple[Path, str]) -> None:
    header, rows = _table(quick[1])
    assert tuple(header) == bench.COLUMNS
    assert set(rows) == {(n, tool) for n in QUICK_SIZES for tool in ("bangtin", "bare")}


# Columns each tool must fill with a positive number in --quick (no Hugo, no search there).
FILLED = {
    "bangtin": (
        "build s", "warm s", "peak MB", "output MB", "pages", "ms/page", "× bare",
        "warm × bare", "check s", *(column for _, column in bench.EDITS),
    ),
    "bare": ("build s", "peak MB", "output MB", "pages", "ms/page", "× bare"),
}  # fmt: skip


@pytest.mark.parametrize("size", QUICK_SIZES)
@pytest.mark.parametrize("tool", sorted(FILLED))
def test_quick_numbers_are_plausible(quick: tuple[Path, str], size: int, tool: str) -> None:
    _, rows = _table(quick[1])
    row = rows[size, tool]
    for column in FILLED[tool]:
        assert _number(row[column]) > 0, (column, row)
    pages = _number(row["pages"])
    if tool == "bare":
        assert pages == size + 1  # one page per directive and the index
        assert row["× bare"] == "1.00"
    else:
        assert pages > size  # directives, year lists, units, themes, home...
        for _, column in bench.EDITS:
            assert _number(row[column]) < bench.SERVE_TIMEOUT
    # Any real Material site weighs more than 1 MB, and less than 10 MB per directive.
    assert 1 < _number(row["output MB"]) < 10 * size
    assert 5 < _number(row["peak MB"]) < 4096
    ratio = _number(row["ms/page"]) * pages / 1000 / _number(row["build s"])
    assert ratio == pytest.approx(1, rel=0.1)


def test_quick_serve_restores_the_edited_directive(quick: tuple[Path, str]) -> None:
    work, _ = quick
    for size in QUICK_SIZES:
        files = sorted((work / f"corpus-{size}-s1" / "directives").glob("*/*.md"))
        assert len(files) == size
        assert not [f for f in files if "bench-marker-" in f.read_text(encoding="utf-8")]
        assert not [f for f in files if f.name.startswith("bench-new-")]
        assert not [f for f in files if "Đã sửa trước khi dựng lại" in f.read_text("utf-8")]


def test_bare_and_hugo_copies_keep_the_markdown_with_the_subject_as_h1(
    quick: tuple[Path, str], tmp_path: Path
) -> None:
    project = quick[0] / "corpus-30-s1"
    bare = bench.make_bare(project, tmp_path / "bare")
    hugo = bench.make_hugo(project, tmp_path / "hugo")
    sources = sorted((project / "directives").glob("*/*.md"))
    for source in sources:
        _, head, body = source.read_text(encoding="utf-8").split("---\n", 2)
        subject = yaml.safe_load(head)["subject"]
        rel = Path("van-ban", source.parent.name, source.name)
        page = (bare / "docs" / rel).read_text(encoding="utf-8")
        assert page == f"# {subject}\n\n{body.lstrip()}"
        hugo_page = (hugo / "content" / rel).read_text(encoding="utf-8")
        _, hugo_head, hugo_body = hugo_page.split("---\n", 2)
        assert yaml.safe_load(hugo_head) == {"title": subject}
        assert hugo_body == "\n" + page
    assert len(list((bare / "docs").rglob("*.md"))) == len(sources) + 1
    config = yaml.safe_load((bare / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["plugins"] == [] and config["nav"] == ["index.md"]
    assert config["theme"] == {"name": "material", "language": "vi", "font": False}


def test_copies_are_reused_only_for_the_same_corpus(tmp_path: Path) -> None:
    project = tmp_path / "p"
    (project / "directives" / "2024").mkdir(parents=True)
    (project / "directives" / "2024" / "1-kh-tu.md").write_text(
        # gen_corpus quotes a subject with a colon as a JSON string.
        '---\nsubject: "Về chủ đề năm 2024: \\u201cMột\\u201d"\n---\n\nThân.\n',
        encoding="utf-8",
    )
    (project / ".gen_corpus.json").write_text(json.dumps({"directives": 1, "seed": 1}))
    dest = bench.make_bare(project, tmp_path / "bare")
    page = dest / "docs" / "van-ban" / "2024" / "1-kh-tu.md"
    page.write_text("sửa tay", encoding="utf-8")
    bench.make_bare(project, dest)
    assert page.read_text(encoding="utf-8") == "sửa tay"  # same corpus: reused
    (project / ".gen_corpus.json").write_text(json.dumps({"directives": 1, "seed": 2}))
    bench.make_bare(project, dest)
    assert page.read_text(encoding="utf-8") == "# Về chủ đề năm 2024: “Một”\n\nThân.\n"


def test_prepare_corpus_reuses_a_folder_of_the_same_size_and_seed(tmp_path: Path) -> None:
    project = tmp_path / "corpus-5-s3"
    project.mkdir()
    (project / ".gen_corpus.json").write_text(json.dumps({"directives": 5, "seed": 3}))
    assert bench.prepare_corpus(tmp_path, 5, 3) == project
    assert not (project / "mkdocs.yml").exists()  # nothing generated


def test_run_measured_sees_the_memory_of_a_grandchild(tmp_path: Path) -> None:
    # The 150 MB live in a child of the child: wait4 and the /proc sampler must both see them.
    grandchild = "b = bytearray(150 * 2**20); import time; time.sleep(1)"
    code = f"import subprocess, sys; subprocess.run([sys.executable, '-c', {grandchild!r}])"
    run = bench.run_measured([sys.executable, "-c", code], cwd=tmp_path, log=tmp_path / "log")
    assert run.returncode == 0
    assert 150 <= run.peak_mb < 400
    assert 1 <= run.seconds < 30
    failed = bench.run_measured(
        [sys.executable, "-c", "raise SystemExit(3)"], cwd=tmp_path, log=tmp_path / "log"
    )
    assert failed.returncode == 3


def test_cold_run_times_without_the_sampler_and_weighs_a_second_cold_run(tmp_path: Path) -> None:
    """The peak comes from a second run with the sampler, also cold: what ``clean`` names is
    removed before each (the command fails when it finds it)."""
    out = tmp_path / "out"
    grandchild = "b = bytearray(150 * 2**20); import time; time.sleep(1)"
    code = (
        "import pathlib, subprocess, sys\n"
        f"o = pathlib.Path({str(out)!r})\n"
        "assert not o.exists(), 'not cold'\n"
        "o.mkdir()\n"
        f"subprocess.run([sys.executable, '-c', {grandchild!r}])\n"
    )
    log = tmp_path / "cold.log"
    out.mkdir()  # a build before: cold_run must remove it
    run = bench.cold_run(
        [sys.executable, "-c", code], cwd=tmp_path, log=log, clean=[out], env=dict(os.environ)
    )
    assert run.returncode == 0, log.read_text()
    assert 150 <= run.peak_mb < 400
    assert log.exists() and log.with_suffix(".memory.log").exists()


@pytest.mark.skipif(shutil.which("du") is None, reason="no du")
def test_du_bytes_matches_du(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.html").write_bytes(b"x" * 10_000)
    (tmp_path / "y.html").write_bytes(b"")
    (tmp_path / "a" / "link.html").hardlink_to(tmp_path / "a" / "x.html")
    du = subprocess.run(["du", "-s", "-B1", str(tmp_path)], capture_output=True, text=True)
    assert bench.du_bytes(tmp_path) == int(du.stdout.split()[0])
    assert bench.count_pages(tmp_path) == 0
