"""The build's fast paths write exactly what a page-by-page render writes.

A normal build splices pages into Material's shell, reuses one Markdown converter per process,
reuses rendered fragments and balances pages across processes. ``BANGTIN_SPLICE=0`` turns every
one of them off: each page goes through MkDocs' own page builder, as in a plain MkDocs build.
Both builds of the same portal must be byte-identical, on the sample and on a generated corpus.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MakeSite, directive, load_script

REPO = Path(__file__).resolve().parents[1]
EPOCH = "1733000000"


def _snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _build(project: Path, site: Path, *, fast: bool) -> dict[str, bytes]:
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "SOURCE_DATE_EPOCH": EPOCH,
        "BANGTIN_SPLICE": "1" if fast else "0",
    }
    env.pop("BANGTIN_AUDIENCE", None)
    shutil.rmtree(project / ".cache", ignore_errors=True)
    done = subprocess.run(
        [sys.executable, "-m", "bangtin.cli.main", "build", "--site-dir", str(site)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    return _snapshot(site)


def _assert_same(project: Path, tmp_path: Path) -> dict[str, bytes]:
    reference = _build(project, tmp_path / "reference", fast=False)
    fast = _build(project, tmp_path / "fast", fast=True)
    assert sorted(fast) == sorted(reference)
    different = sorted(name for name in reference if reference[name] != fast[name])
    assert different == []
    return fast


def test_the_sample_builds_the_same_bytes(tmp_path: Path) -> None:
    project = tmp_path / "mẫu"
    project.mkdir()
    for folder in ("content", "directives", "theme"):
        shutil.copytree(REPO / folder, project / folder)
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    site = _assert_same(project, tmp_path)
    page = site["van-ban/2024/2078-cv-duk/index.html"].decode()
    assert "ngày 07 tháng 3 năm 2024" in page
    assert "<title>" in page and "md-header" in page  # Material's shell is there


@pytest.mark.slow
def test_a_generated_corpus_builds_the_same_bytes(tmp_path: Path) -> None:
    gen = load_script("gen_corpus")
    project = tmp_path / "kho"
    assert gen.main(["200", "--seed", "1", "--project", str(project), "--quiet"]) == 0
    # Two page workers, as a large portal has: the pages they write are compared too.
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - bangtin:\n" in text
    config.write_text(text.replace("  - bangtin:\n", "  - bangtin:\n      workers: 2\n"), "utf-8")
    site = _assert_same(project, tmp_path)
    pages = [name for name in site if name.startswith("van-ban/") and name.endswith("index.html")]
    assert len(pages) > 200  # every directive's page, the stubs and the listings


HIDDEN = "Về việc chỉ nội bộ được biết"


def test_a_warm_build_reuses_conversions_only_where_they_still_hold(
    make_site: MakeSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Markdown cache: after edits that change what a page's unchanged Markdown links to,
    a warm build writes what a cold build of the same files writes."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    cites = (
        "Thực hiện Công văn số 5-CV/ĐUK, ngày 02/01/2024 và xem [hướng dẫn](../../../huong-dan/)."
    )
    files: dict[str, str | bytes] = {
        "directives/2024/9-cv-duk.md": directive("9-CV/ĐUK", "2024-02-09", body=cites),
        "directives/2024/5-cv-duk.md": directive(
            "5-CV/ĐUK", "2024-01-02", visibility="internal", subject=HIDDEN
        ),
    }
    site = make_site(files, audience="public")
    assert site.exit_code == 0, site.output
    # Hidden from the public, the cited number is a stub, as an unknown number would be.
    assert HIDDEN not in site.page("van-ban/2024/9-cv-duk/")
    assert HIDDEN not in site.page("van-ban/2024/5-cv-duk/")
    assert list((site.root / ".cache" / "bangtin" / "markdown").glob("part-*.pickle"))
    # The cited document becomes public: the citer's Markdown is unchanged, what it links is new.
    site.write({"directives/2024/5-cv-duk.md": directive("5-CV/ĐUK", "2024-01-02", subject=HIDDEN)})
    warm = dict(site.build(audience="public").all_bytes())
    assert site.exit_code == 0, site.output
    assert HIDDEN in site.page("van-ban/2024/9-cv-duk/")
    shutil.rmtree(site.root / ".cache", ignore_errors=True)  # the trash may be emptying
    cold = dict(site.build(audience="public").all_bytes())
    assert sorted(warm) == sorted(cold)
    assert [path for path in cold if cold[path] != warm[path]] == []
