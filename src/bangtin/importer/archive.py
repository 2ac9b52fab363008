"""A whole archive in one go: the files of a folder read (over two processes when it pays), same numbers found, a CSV report.

The CLI decides what is written and says it; this module reads and compares. A document is
identified by its number and its year (numbering restarts per issuer and year: FORMATS.md), so
two files with the same number in the same year are the same document twice, and the second
is reported as a duplicate of the first (in path order) instead of being written over it.
"""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import os
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bangtin.core.model import Unit
from bangtin.core.spreadsheet import csv_text
from bangtin.importer.document import parse_document
from bangtin.importer.reading import SUFFIXES, read_source
from bangtin.importer.render import render_markdown
from bangtin.importer.result import SourceError

__all__ = [
    "KEY_FIELDS",
    "Parsed",
    "csv_report",
    "duplicates",
    "parse_all",
    "parse_file",
    "scan",
]

#: The fields counted in "found / to fill" of the summary (the ones 'CẦN ĐIỀN' can stand for).
KEY_FIELDS = ("number", "date", "place", "issuer", "type", "subject", "signer", "to", "cc")
# Below this many files the processes cost more than they save (measured: scripts/import_bench.py).
PARALLEL_FROM = 64


def workers_wanted() -> int:
    """Processes to parse over: 2 (the cores of an office machine), or BANGTIN_IMPORT_WORKERS."""
    value = os.environ.get("BANGTIN_IMPORT_WORKERS", "")
    return max(1, int(value)) if value.isdigit() else 2


@dataclass(frozen=True, slots=True, kw_only=True)
class Parsed:
    """What reading one file gave: the Markdown to write and the facts the summary shows.

    Plain values only, so it crosses from a worker process to the CLI.
    """

    path: Path
    markdown: str = ""
    number: str = ""
    slug: str = ""  # the number folded for the file name ("2078-cv-duk")
    key: str = ""  # the number's matching key
    date: dt.date | None = None
    type: str = ""
    missing: tuple[str, ...] = ()
    citations: int = 0
    notes: tuple[str, ...] = ()
    error: str = ""  # why the file could not be read, in Vietnamese (a path: message line)
    skipped: str = ""  # why the file was not even tried (a format the importer does not read)

    @property
    def found(self) -> int:
        """How many of `KEY_FIELDS` were found."""
        return sum(1 for k in KEY_FIELDS if k not in self.missing)

    @property
    def identity(self) -> tuple[str, int] | None:
        """(number key, year): the same document when equal; None without either."""
        if not self.key or self.date is None:
            return None
        return self.key, self.date.year


def scan(folder: Path) -> list[Path]:
    """Every file under ``folder`` (subfolders too, hidden ones and symlinked folders not), by path.

    Files of other formats are listed too, so the report can say they were skipped; so are
    devices and FIFOs with a document's name, which the reader refuses with its reason.
    """
    found: list[Path] = []
    for current, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(current, name) for name in files if not name.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def parse_file(path: Path, units: Sequence[Unit], theme_years: Collection[int]) -> Parsed:
    """Read and parse one file; a file that cannot be read gives its reason, never an exception."""
    if path.suffix.lower() not in SUFFIXES:
        return Parsed(path=path, skipped=f"định dạng {path.suffix.lower() or '(không đuôi)'}")
    try:
        text = read_source(path)
    except SourceError as exc:
        return Parsed(path=path, error=str(exc))
    try:
        result = parse_document(text, units=units, theme_years=theme_years)
    except Exception as exc:  # a bug on one file must not stop an archive
        return Parsed(
            path=path,
            error=f"{path}: bangtin không đọc được văn bản này ({type(exc).__name__}: {exc}); "
            "hãy báo lỗi kèm tệp",
        )
    number = result.number
    date = result.fields.get("date")
    relations = result.fields.get("relations") or {}
    return Parsed(
        path=path,
        markdown=render_markdown(result),
        number=str(number) if number else "",
        slug=number.slug if number else "",
        key=number.key if number else "",
        date=date if isinstance(date, dt.date) else None,
        type=str(result.fields.get("type") or ""),
        missing=result.missing,
        citations=sum(len(v) for v in relations.values()),
        notes=result.notes,
    )


def _parse_chunk(
    paths: Sequence[Path], units: Sequence[Unit], theme_years: Collection[int]
) -> list[Parsed]:
    return [parse_file(p, units, theme_years) for p in paths]


def parse_all(
    paths: Sequence[Path],
    units: Sequence[Unit],
    theme_years: Collection[int],
    *,
    workers: int | None = None,
) -> Iterator[Parsed]:
    """Every file parsed, in the order of ``paths``; over ``workers`` processes for many files."""
    workers = workers_wanted() if workers is None else workers
    if workers < 2 or len(paths) < PARALLEL_FROM:
        for path in paths:
            yield parse_file(path, units, theme_years)
        return
    # Chunks of ~32 files: few enough round trips, small enough for a smooth progress bar.
    chunks = [paths[i : i + 32] for i in range(0, len(paths), 32)]
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [
            pool.submit(_parse_chunk, c, tuple(units), frozenset(theme_years)) for c in chunks
        ]
        for future in futures:
            yield from future.result()


def duplicates(parsed: Sequence[Parsed]) -> dict[Path, Path]:
    """Each file whose document (number and year) an earlier file already holds -> that file."""
    first: dict[tuple[str, int], Path] = {}
    out: dict[Path, Path] = {}
    for item in parsed:
        identity = item.identity
        if identity is None:
            continue
        if identity in first:
            out[item.path] = first[identity]
        else:
            first[identity] = item.path
    return out


#: The report's columns, in Vietnamese (an office opens it in a spreadsheet).
CSV_COLUMNS = ("tệp", "số", "ngày", "loại", "còn thiếu", "trùng với", "kết quả")


def csv_report(rows: Sequence[Sequence[str]]) -> str:
    """The CSV text of the report: a header, then one row per file (cells escaped by OWASP's
    rule, as every CSV bangtin writes)."""
    return csv_text(CSV_COLUMNS, rows)
