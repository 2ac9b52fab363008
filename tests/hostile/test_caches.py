"""Damaged caches cost only time: a warm build over them writes the cold build's bytes.

One flipped bit in the kept-work cache once published a wrong document number in posts.csv,
posts.json and og:title; a damaged Markdown part published wrong page text; a truncated card
was copied into the site; a cache folder replaced by a file failed the build. Every cache entry
is now checked against a digest of its content before use. Each case here damages every cache
of a warm corpus one way (a bit flipped inside a text so the entry still reads, cut in half,
garbage, a folder replaced by a file, the previous site's files edited in place with their size
and time kept), builds again with the caches on and compares every byte with a cold build of
the same files (``BANGTIN_REUSE=0``, nothing kept).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_support import snapshot

from conftest import load_script, run_build

EPOCH = "1733000000"
CACHE = Path(".cache") / "bangtin"
# A document number ("2078-CV/ĐUK" as UTF-8): the text the issue saw published wrong.
_NUMBER = re.compile(rb"\d+-[A-Z]{1,4}/")
_TEXT = re.compile(rb"[A-Za-z ]{12,}")


def _build(project: Path, *, reuse: str = "1") -> subprocess.CompletedProcess[str]:
    return run_build(project, epoch=EPOCH, reuse=reuse)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """A warm corpus (cards on, two page workers) and its cold build's files."""
    project = tmp_path_factory.mktemp("kho") / "kho"
    script = load_script("gen_corpus")
    assert script.main(["320", "--seed", "5", "--project", str(project), "--quiet"]) == 0  # type: ignore[attr-defined]
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("  - bangtin:\n", "  - bangtin:\n      workers: 2\n"), "utf-8")
    cold = tmp_path_factory.mktemp("lanh") / "kho"
    shutil.copytree(project, cold)
    done = _build(cold, reuse="0")
    assert done.returncode == 0, done.stdout + done.stderr
    for _ in range(2):  # the second build fills the caches a warm build reads (pages, outputs)
        done = _build(project)
        assert done.returncode == 0, done.stdout + done.stderr
    return project, snapshot(cold / "site")


def _cache_files(project: Path) -> list[Path]:
    """Every cache file (not the trash, where an old site may be being deleted)."""
    root = project / CACHE
    tops = [p for p in root.iterdir() if p.name != "trash"]
    return sorted(p for top in tops for p in [top, *top.rglob("*")] if p.is_file())


def _flip_in_text(data: bytes) -> bytes:
    """One bit flipped inside a document number, else inside a run of text: an entry that
    still reads, with another value."""
    match = _NUMBER.search(data) or _TEXT.search(data)
    at = match.start() if match else len(data) // 2
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


def _flip(project: Path) -> None:
    for path in _cache_files(project):
        path.write_bytes(_flip_in_text(path.read_bytes()))


def _truncate(project: Path) -> None:
    for path in _cache_files(project):
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])


def _garbage(project: Path) -> None:
    for path in _cache_files(project):
        path.write_bytes(b"\x80\x05garbage")


def _folders_as_files(project: Path) -> None:
    root = project / CACHE
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and p.name != "trash"):
        shutil.rmtree(folder)
        folder.write_bytes(b"not a folder")
    kept = root / "kept.pickle"
    kept.unlink()
    kept.mkdir()


def _cache_as_file(project: Path) -> None:
    root = project / CACHE
    aside = root.with_name("bangtin-cu")
    root.rename(aside)  # the trash in it may still be being deleted
    shutil.rmtree(aside, ignore_errors=True)
    root.write_bytes(b"not a folder")


def _previous_site(project: Path) -> None:
    """The last build's files that the next one links, edited in place (size and time kept)."""
    site = project / "site"
    chosen = [
        next(iter(sorted((site / "van-ban").glob("*/*/index.html")))),
        next(iter(sorted((site / "bai-dang").rglob("*.txt")))),
        site / "bai-dang" / "posts.json",
        next(iter(sorted((site / "bai-dang").rglob("*.png")))),
    ]
    for path in chosen:
        st = path.stat()
        path.write_bytes(_flip_in_text(path.read_bytes()))  # in place: the same inode
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "a bit flipped in a text": _flip,
    "cut in half": _truncate,
    "garbage": _garbage,
    "cache folders replaced by files": _folders_as_files,
    "the cache folder replaced by a file": _cache_as_file,
    "the previous site edited in place": _previous_site,
}


def _in_order(project: Path) -> None:
    """The caches as a build leaves them (an earlier case may have left a file where a folder
    belongs, and a build that could not write its caches)."""
    root = project / CACHE
    misplaced = [root] if root.is_file() else []
    if root.is_dir():
        misplaced = [
            p
            for p in root.iterdir()
            if p.name != "trash" and p.is_dir() == (p.name == "kept.pickle")
        ]
    for path in misplaced:
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    if misplaced:
        for _ in range(2):
            done = _build(project)
            assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("damage", DAMAGE.values(), ids=list(DAMAGE))
def test_a_damaged_cache_is_rebuilt_never_published(
    corpus: tuple[Path, dict[str, bytes]], damage: Callable[[Path], None]
) -> None:
    project, cold = corpus
    _in_order(project)
    damage(project)
    done = _build(project)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    warm = snapshot(project / "site")
    assert sorted(warm) == sorted(cold)
    assert [path for path in cold if cold[path] != warm[path]] == []
