"""A warm build takes the last build's pages only where nothing they show has changed.

After each kind of edit an editor makes (a body, a front-matter field, a citation added or
removed, a new file, a deleted file, a unit renamed, a theme retitled, another build date, a
new option), a warm build of a generated corpus (two page workers, caches kept) must write the
same bytes as a cold build of the same files with nothing kept (``BANGTIN_REUSE=0``, no
``.cache``). The pages nothing touched must really be the last build's files (same inode: hard
links), and the ones an edit touched new files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bangtin.core.load import load_project
from bangtin.core.model import Visibility
from bangtin.links.graph import build_graph
from conftest import MakeSite, directive, load_script, run_build

REPO = Path(__file__).resolve().parents[1]
EPOCH = "1733000000"


def _build(
    project: Path, *, reuse: str = "1", epoch: str = EPOCH
) -> subprocess.CompletedProcess[str]:
    return run_build(project, epoch=epoch, reuse=reuse)


def _snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _inodes(site: Path) -> dict[str, int]:
    """Each directive page's inode (van-ban/YEAR/SLUG/index.html)."""
    return {
        p.relative_to(site).as_posix(): p.stat().st_ino
        for p in (site / "van-ban").glob("*/*/index.html")
        if p.parent.parent.name.isdigit()
    }


def _cold(project: Path, tmp_path: Path, epoch: str) -> dict[str, bytes]:
    """A cold build of the same files, in a copy with nothing kept."""
    copy = tmp_path / "lạnh"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns(".cache", "site", "site.*"))
    done = _build(copy, reuse="0", epoch=epoch)
    assert done.returncode == 0, done.stdout + done.stderr
    return _snapshot(copy / "site")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("kho") / "kho"
    assert (
        load_script("gen_corpus").main(["320", "--seed", "3", "--project", str(project), "--quiet"])
        == 0
    )  # type: ignore[attr-defined]
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - bangtin:\n", "  - bangtin:\n      workers: 2\n"), "utf-8")
    return project


def _directives(project: Path) -> list[Path]:
    return sorted((project / "directives").rglob("*.md"))


def _url(path: Path) -> str:
    """The page of a directive file of the corpus (the file is named by the number's slug)."""
    return f"{path.parent.name}/{path.stem}/index.html"


def _number(path: Path) -> tuple[str, str]:
    text = path.read_text(encoding="utf-8")
    number = re.search(r"^number: (.+)$", text, re.M)
    date = re.search(r"^date: (\d{4})-(\d\d)-(\d\d)$", text, re.M)
    assert number and date
    return number[1], f"{date[3]}/{date[2]}/{date[1]}"


def _edits(project: Path) -> list[tuple[str, Callable[[], None], str]]:
    """(name, edit, page the edit must change) for each kind of edit, in order; "*" for an
    edit every page shows (a unit's name, a theme's title)."""
    files = _directives(project)
    body, fm, citing, cited = files[40], files[80], files[120], files[7]
    number, date = _number(cited)
    mention = f"\n\nThực hiện Công văn số {number}, ngày {date}, các đơn vị triển khai.\n"
    citing_text = citing.read_text(encoding="utf-8")
    new = project / "directives" / "2025" / "999-cv-duk.md"
    units = project / "content" / "units.yml"
    theme = sorted((project / "content" / "themes").glob("*.md"))[-1]

    def add_body() -> None:
        body.write_text(
            body.read_text(encoding="utf-8") + "\nĐã sửa trước khi dựng lại.\n", "utf-8"
        )

    def edit_subject() -> None:
        _replace(fm, "subject: ", "subject: Sửa lại ")

    def cite() -> None:
        citing.write_text(citing_text + mention, encoding="utf-8")

    def uncite() -> None:
        citing.write_text(citing_text, encoding="utf-8")

    def add_file() -> None:
        new.parent.mkdir(parents=True, exist_ok=True)
        new.write_text(
            directive(
                "999-CV/ĐUK", "2025-06-02", body=f"Căn cứ Công văn số {number}, ngày {date}."
            ),
            encoding="utf-8",
        )

    def remove_file() -> None:
        new.unlink()

    def rename_unit() -> None:
        _replace(units, "name: ", "name: Tên mới của ")

    def retitle_theme() -> None:
        _replace(theme, "title: ", "title: Chủ đề sửa lại ")

    return [
        ("nothing", lambda: None, ""),
        ("body", add_body, _url(body)),
        ("front-matter", edit_subject, _url(fm)),
        ("citation added", cite, _url(cited)),
        ("citation removed", uncite, _url(cited)),
        ("new file", add_file, _url(cited)),
        ("deleted file", remove_file, _url(cited)),
        ("unit renamed", rename_unit, "*"),
        ("theme retitled", retitle_theme, "*"),
    ]


@pytest.mark.slow
def test_a_warm_build_after_each_kind_of_edit_equals_a_cold_one(
    corpus: Path, tmp_path: Path
) -> None:
    first = _build(corpus)
    assert first.returncode == 0, first.stdout + first.stderr
    assert list((corpus / ".cache" / "bangtin" / "pages").glob("part-*.pickle"))
    site = corpus / "site"
    for name, edit, touched in _edits(corpus):
        before = _snapshot(site)
        inodes = _inodes(site)
        exports = (site / "bai-dang" / "posts.json").stat().st_ino
        edit()
        done = _build(corpus)
        assert done.returncode == 0, (name, done.stdout + done.stderr)
        warm = _snapshot(site)
        cold = _cold(corpus, tmp_path, EPOCH)
        assert sorted(warm) == sorted(cold), name
        assert [path for path in cold if cold[path] != warm[path]] == [], name
        after = _inodes(site)
        kept = [p for p in after if inodes.get(p) == after[p]]
        print(name, len(kept), len(after))
        if touched == "*":
            continue
        # Pages out of the edit's reach are the last build's files; the edit's own page is new.
        assert kept, name
        if name in ("nothing", "body"):
            assert len(kept) >= len(after) - 1, (name, len(kept), len(after))
            # Posts the edit left as they were: the last build's exports (site/outputs.py).
            assert (site / "bai-dang" / "posts.json").stat().st_ino == exports, name
        if touched:
            page = f"van-ban/{touched}"
            assert before[page] != warm[page], name
            assert inodes[page] != after[page], name


@pytest.mark.slow
def test_another_build_date_renders_what_depends_on_it(corpus: Path, tmp_path: Path) -> None:
    """Tasks become overdue with the date: the warm build of a later day equals its cold one."""
    assert _build(corpus).returncode == 0
    later = str(int(EPOCH) + 400 * 86400)
    done = _build(corpus, epoch=later)
    assert done.returncode == 0, done.stdout + done.stderr
    warm = _snapshot(corpus / "site")
    cold = _cold(corpus, tmp_path, later)
    assert [path for path in cold if cold.get(path) != warm.get(path)] == []
    assert sorted(warm) == sorted(cold)


@pytest.mark.slow
def test_check_mode_renders_every_page_and_finds_a_stale_one(corpus: Path) -> None:
    """``BANGTIN_REUSE=check`` renders every page anyway and compares it with the last build's:
    it passes on an honest edit, and fails when a page's digest misses what the page shows."""
    assert _build(corpus).returncode == 0
    target = _directives(corpus)[60]
    target.write_text(target.read_text(encoding="utf-8") + "\nMột câu nữa.\n", "utf-8")
    checked = _build(corpus, reuse="check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    # A digest that misses the body: the edited page would be taken from the last build.
    blind = corpus / "blind.py"
    blind.write_text(
        "import sys\n"
        "from bangtin.features import inputs\n"
        "inputs.PageInputs.digest = lambda self, spec: b'same'\n"
        "from bangtin.cli.main import main\n"
        "sys.exit(main(['build']))\n",
        encoding="utf-8",
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": EPOCH}
    env.pop("BANGTIN_AUDIENCE", None)
    run = [sys.executable, str(blind)]
    assert subprocess.run(run, cwd=corpus, env=env, check=False).returncode == 0
    target.write_text(target.read_text(encoding="utf-8") + "\nCâu thứ ba.\n", "utf-8")
    stale = subprocess.run(
        run, cwd=corpus, env={**env, "BANGTIN_REUSE": "check"}, capture_output=True, text=True
    )
    assert stale.returncode != 0
    assert "BANGTIN_REUSE=check" in stale.stdout + stale.stderr
    assert "Traceback" not in stale.stderr


def test_a_small_portal_builds_without_the_reuse_and_keeps_no_page(make_site: MakeSite) -> None:
    """Below 300 directives pages are rendered in one process, as before: nothing to take."""
    site = make_site({"directives/2024/9-cv-duk.md": directive("9-CV/ĐUK", "2024-02-09")})
    assert site.exit_code == 0, site.output
    assert not list((site.root / ".cache" / "bangtin" / "pages").glob("part-*.pickle"))
    assert "ngày 09 tháng 02 năm 2024" in site.page("van-ban/2024/9-cv-duk/")


def test_the_graph_changes_a_record_only_in_its_status(corpus: Path) -> None:
    """What lets the faces be kept by source digest and status: the link graph derives a
    record's status (superseded, expired) and nothing else; and the citations kept from the
    last build give the same graph as finding them again."""
    result = load_project(corpus)
    loaded = {d.path: d for d in result.all_directives}
    found: dict[str, list[object]] = {}
    graph = build_graph(
        result.all_directives,
        audience=Visibility.INTERNAL,
        today=dt.date(2030, 1, 1),
        kept=(result.sources, found),  # type: ignore[arg-type]
    )
    changed = 0
    for d in graph.directives:
        if d.stub:
            continue
        before = loaded[d.path]
        assert dataclasses.replace(before, status=d.status) == d
        changed += d is not before
    assert changed > 10  # plans expire by 2030, and some documents are superseded
    assert 300 < len(found) <= len(result.sources)  # records the audience may see
    again = build_graph(
        result.all_directives,
        audience=Visibility.INTERNAL,
        today=dt.date(2030, 1, 1),
        kept=(result.sources, dict(found)),  # type: ignore[arg-type]
    )
    assert again == graph


@pytest.mark.slow
def test_damaged_caches_cost_only_time(corpus: Path, tmp_path: Path) -> None:
    """Every file of .cache/bangtin garbled: the build still writes the cold build's site."""
    assert _build(corpus).returncode == 0
    caches = [p for p in (corpus / ".cache" / "bangtin").iterdir() if p.name != "trash"]
    for path in (c for folder in caches for c in [folder, *folder.rglob("*")]):
        if path.suffix == ".pickle":  # not the trash: an old site may be being deleted there
            path.write_bytes(b"\x80\x05garbage")
    done = _build(corpus)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    warm = _snapshot(corpus / "site")
    cold = _cold(corpus, tmp_path, EPOCH)
    assert sorted(warm) == sorted(cold)
    assert [path for path in cold if cold[path] != warm[path]] == []


def test_the_old_site_is_deleted_after_the_build_returns(make_site: MakeSite) -> None:
    """The published site is replaced at once; the old one goes to the trash and is deleted by a
    process the build does not wait for (and left nowhere beside the site)."""
    site = make_site({"directives/2024/9-cv-duk.md": directive("9-CV/ĐUK", "2024-02-09")})
    assert site.exit_code == 0, site.output
    first = (site.site_dir / "index.html").stat().st_ino
    site.build()
    assert site.exit_code == 0, site.output
    assert (site.site_dir / "index.html").stat().st_ino != first
    assert not list(site.root.glob("site.bangtin-*"))
    trash = site.root / ".cache" / "bangtin" / "trash"
    deadline = time.monotonic() + 30
    while any(trash.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(trash.iterdir())
