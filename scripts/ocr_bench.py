#!/usr/bin/env python3
"""Time the import of a long scanned PDF (issue 24: 100 pages in <= 60 s on 2 cores, <= 500 MB).

Usage::

    python scripts/ocr_bench.py                 # 100 pages
    python scripts/ocr_bench.py --pages 20

The scan is SYNTHETIC: the pages of the seed and of the development part of the real corpus
(tests/fixtures/real, never heldback/) laid out as PDFs and scanned at 200 dpi by
scripts/make_corpus_forms.py, repeated up to the count, in one PDF without a text layer, written
to a temporary folder named ``bangtin-ocr-bench-SYNTHETIC-*`` and deleted at the end.

The import runs as the CLI runs it (`bangtin.importer.read_source`, then `parse_document`),
with a progress bar fed by the OCR reader (`ocr.set_progress`), Tesseract two pages at a time,
each on one thread. Prints the seconds, pages per second, and the peak memory of this process
and its Tesseract children together (sampled from /proc every 0.1 s).
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "fixtures" / "real"
SEED = REPO / "tests" / "fixtures" / "seed" / "2078-CV-DUK.txt"

if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))
if str(REPO / "scripts") not in sys.path:
    sys.path.insert(0, str(REPO / "scripts"))


def make_scan(target: Path, pages: int) -> int:
    """A scanned PDF of ``pages`` pages of corpus documents; the number of pages written."""
    import pypdfium2 as pdfium
    import yaml

    import make_corpus_forms as forms

    sources = [SEED, *sorted(p for p in CORPUS.iterdir() if p.suffix == ".txt")]
    merged = pdfium.PdfDocument.new()
    try:
        for source in sources:
            key_path = source.with_suffix(".yml")
            key = yaml.safe_load(key_path.read_text(encoding="utf-8")) if key_path.is_file() else {}
            doc = pdfium.PdfDocument(forms.make_pdf(source, key or {}))
            merged.import_pages(doc)
            doc.close()
            if len(merged) >= pages:
                break
        while len(merged) < pages:  # repeat from the start when the corpus is short
            merged.import_pages(merged, list(range(min(pages - len(merged), len(merged)))))
        if len(merged) > pages:
            for index in range(len(merged) - 1, pages - 1, -1):
                merged.del_page(index)
        buffer = io.BytesIO()
        merged.save(buffer)
    finally:
        merged.close()
    target.write_bytes(forms.scan_pdf(buffer.getvalue(), seed=pages))
    return pages


def _cpu_seconds() -> tuple[float, float]:
    """User and system seconds of this process, and of its children that have ended."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


class PeakMemory:
    """The largest resident memory of this process and its children, sampled from /proc."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_rss(os.getpid()))
            time.sleep(0.1)


def _tree_rss(root: int) -> int:
    """Bytes resident in ``root`` and every process under it."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text(encoding="utf-8")
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid = int(entry.name)
        parents[pid] = int(fields.get("PPid", "0").strip() or 0)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    total = 0
    for pid, size in rss.items():
        p = pid
        while p and p != root:
            p = parents.get(p, 0)
        if p == root:
            total += size
    return total


def main(argv: list[str] | None = None) -> int:
    import click

    from bangtin.cli.editor import load_units, theme_years
    from bangtin.importer import parse_document, read_source
    from bangtin.importer.reading import ocr

    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--make", type=Path, help=argparse.SUPPRESS)  # the child that builds it
    args = parser.parse_args(argv)
    if args.make:
        make_scan(args.make, args.pages)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="bangtin-ocr-bench-SYNTHETIC-"))
    try:
        scan = folder / f"SYNTHETIC-{args.pages}-trang-quet.pdf"
        started = time.perf_counter()
        # Built in a child process, so the memory it took is not counted as the import's.
        subprocess.run(
            [sys.executable, __file__, "--pages", str(args.pages), "--make", str(scan)],
            check=True,
        )
        print(
            f"made {scan.name}: {args.pages} pages, {scan.stat().st_size / 1e6:.1f} MB, "
            f"{time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
        with (
            PeakMemory() as memory,
            click.progressbar(length=args.pages, label="Đọc bản quét", file=sys.stderr) as bar,
        ):
            last = [0]

            def progress(done: int, total: int) -> None:
                bar.update(done - last[0])
                last[0] = done

            ocr.set_progress(progress)
            cpu_before = _cpu_seconds()
            started = time.perf_counter()
            text = read_source(scan)
            result = parse_document(text, units=load_units(REPO), theme_years=theme_years(REPO))
            seconds = time.perf_counter() - started
            own, children = (b - a for a, b in zip(cpu_before, _cpu_seconds(), strict=True))
            cpu = own + children
            ocr.set_progress(None)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(
        f"{args.pages} scanned pages imported in {seconds:.1f} s "
        f"({args.pages / seconds:.2f} pages/s) on {os.cpu_count()} cores; "
        f"peak memory {memory.peak / 1e6:.0f} MB (this process and its Tesseract children); "
        f"{len(text.splitlines())} lines, number {result.fields.get('number') or '(none)'}"
    )
    # On a shared machine the wall time says as much about the neighbours as about us; the CPU
    # time of this process and its Tesseract children does not.
    print(
        f"CPU time {cpu:.1f} s ({cpu / args.pages:.2f} s a page; Tesseract {children:.1f} s, "
        f"this process {own:.1f} s): on 2 idle cores at least {cpu / 2:.1f} s; "
        f"load average at the end {os.getloadavg()[0]:.1f}"
    )
    # The models differ by machine (tesseract-ocr-script-viet installed or not): say which.
    models = ocr.tesseract(scan)
    checks = ", ".join(models.checks) if models.checks else f"{models.main} on the box blur"
    print(f"Models: first page {models.main}, checked by {checks}; other pages {models.body}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
