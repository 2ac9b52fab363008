"""`core.parallel`: many files of one kind read in forked shares give what one process reads."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

import bangtin.core.parallel
from bangtin.core.load import load_project
from conftest import HOME, UNITS, directive


def _project(root: Path) -> Path:
    (root / "content").mkdir(parents=True)
    (root / "content" / "index.md").write_text(HOME, encoding="utf-8")
    (root / "content" / "units.yml").write_text(UNITS, encoding="utf-8")
    folder = root / "directives" / "2024"
    folder.mkdir(parents=True)
    for i in range(1, 13):
        text = directive(f"{i}-CV/ĐUK", f"2024-03-{i:02d}", subject=f"Văn bản thứ {i}")
        (folder / f"{i}-cv-duk.md").write_text(text, encoding="utf-8")
    # One broken file among them: its error comes back from its share, in order.
    (folder / "hong.md").write_text("---\nnumber: [\n---\n\nThân.\n", encoding="utf-8")
    return root


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: the loader never forks")
def test_forked_shares_read_what_one_process_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _project(tmp_path / "cổng")
    alone = load_project(root)
    shutil.rmtree(root / ".cache")  # read again, not taken from the record cache
    readers = tmp_path / "readers"
    load_share = bangtin.core.parallel._load_share

    def noted(*args: Any) -> Any:  # forked, not pickled: the process that reads notes itself
        with readers.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        return load_share(*args)

    monkeypatch.setattr(bangtin.core.parallel, "PARALLEL_FROM", 4)
    monkeypatch.setattr(bangtin.core.parallel, "_load_share", noted)
    forked = load_project(root)

    pids = readers.read_text(encoding="utf-8").split()
    # The directives' shares were read in other processes (the few records of docs_dir
    # in this one). Which worker of the pool takes which share is the pool's choice: on a
    # busy machine the first one forked may take them all, so the shares read outside
    # are counted, not the processes.
    assert len([pid for pid in pids if pid != str(os.getpid())]) >= 2
    assert forked.all_directives == alone.all_directives
    assert len(forked.all_directives) == 12
    assert [str(e) for e in forked.errors] == [str(e) for e in alone.errors]
    assert [e.path for e in forked.errors] == ["directives/2024/hong.md"]
