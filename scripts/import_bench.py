#!/usr/bin/env python3
"""Time `bangtin import FOLDER` on an archive of N files (issue 23: 1,000 files in <= 60 s on 2 cores).

Usage::

    python scripts/import_bench.py              # 1,000 files
    python scripts/import_bench.py --files 200 --workers 1

The archive is SYNTHETIC: copies of the development part of the real corpus
(tests/fixtures/real/*.txt and *.docx; never the held-back part), made by this script in a
temporary folder named ``bangtin-import-bench-SYNTHETIC-*``, each file named
``SYNTHETIC-NNNN-<original name>``, spread over subfolders of 100 like an office archive.
Every 10th copy is a damaged file (a Word file cut short), so the unreadable path is timed too.
Copies of one document share its number: the run reports them as duplicates, which is part of
the work measured. The folder is deleted at the end.

Prints the seconds of the whole command (the process included), files per second, and what
the summary said.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "fixtures" / "real"  # the development part only (not heldback/)


def make_archive(folder: Path, count: int) -> list[Path]:
    """``count`` synthetic copies of the corpus documents under ``folder``."""
    sources = sorted(p for p in CORPUS.iterdir() if p.suffix in {".txt", ".docx"})
    made = []
    for i in range(count):
        src = sources[i % len(sources)]
        sub = folder / f"lo-{i // 100:02d}"
        sub.mkdir(exist_ok=True)
        target = sub / f"SYNTHETIC-{i:04d}-{src.name}"
        if i % 10 == 9 and src.suffix == ".docx":
            target.write_bytes(src.read_bytes()[:200])  # a damaged Word file
        else:
            shutil.copy(src, target)
        made.append(target)
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument(
        "--workers", type=int, default=None, help="BANGTIN_IMPORT_WORKERS for the run"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bangtin-import-bench-SYNTHETIC-") as tmp:
        base = Path(tmp)
        archive = base / "kho-van-ban"
        archive.mkdir()
        root = base / "cong"
        (root / "content").mkdir(parents=True)
        shutil.copy(REPO / "content" / "units.yml", root / "content" / "units.yml")
        make_archive(archive, args.files)
        env = dict(os.environ)
        if args.workers is not None:
            env["BANGTIN_IMPORT_WORKERS"] = str(args.workers)
        command = [sys.executable, "-m", "bangtin.cli.main", "import", str(archive)]
        start = time.perf_counter()
        done = subprocess.run(
            [*command, "--root", str(root)], capture_output=True, text=True, env=env, check=False
        )
        seconds = time.perf_counter() - start
        last = [line for line in done.stderr.splitlines() if line.startswith("Đã nhập")]
        written = sum(1 for _ in (root / "directives").rglob("*.md"))
        report = base / "kho-van-ban-bao-cao-nhap.csv"
        print(f"files: {args.files} (synthetic copies of {CORPUS.relative_to(REPO)})")
        print(
            f"seconds: {seconds:.1f} ({args.files / seconds:.0f} files/s), exit {done.returncode}"
        )
        print(f"summary: {last[-1] if last else done.stderr[-500:]}")
        print(
            f"directives written: {written}; CSV rows: {len(report.read_text('utf-8').splitlines()) - 1}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
