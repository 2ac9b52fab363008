"""`bangtin import`: documents into directive files; the messages people read, in Vietnamese.

The work is done by the importer's room (`bangtin.importer`); this module only calls it, says
what happened on stderr and sets the exit code: 0 done, 1 a file that could not be read or
written (for a folder: only a file that could not be read), 2 usage errors (click's own). Only
Markdown (with --stdout) goes to stdout.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from bangtin.cli.config_file import folders
from bangtin.cli.editor import load_units, theme_years
from bangtin.importer import TargetExists, WriteRefused, write_directive
from bangtin.importer.archive import (
    KEY_FIELDS,
    Parsed,
    csv_report,
    duplicates,
    parse_all,
    parse_file,
    scan,
)
from bangtin.importer.original import add_front_matter, original_for
from bangtin.importer.reading.ocr import set_progress
from bangtin.importer.write import write_file

__all__ = ["import_command"]

# The Vietnamese words for the keys an import may leave empty, for the closing summary.
_KEY_WORDS = {
    "number": "số văn bản",
    "date": "ngày ban hành",
    "place": "địa danh",
    "issuer": "cơ quan ban hành",
    "type": "tên loại",
    "subject": "trích yếu",
    "signer": "người ký",
    "to": "nơi gửi (Kính gửi)",
    "cc": "nơi nhận",
}


def _err(message: str) -> None:
    click.echo(message, err=True)


@click.command("import")
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Thư mục gốc của cổng (có content/ và directives/).",
)
@click.option("--force", is_flag=True, help="Ghi đè tệp đã có (mặc định không bao giờ ghi đè).")
@click.option("--stdout", "to_stdout", is_flag=True, help="In Markdown ra màn hình, không ghi tệp.")
@click.option(
    "--report",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Tệp CSV báo cáo khi nhập cả thư mục (mặc định THƯ-MỤC-bao-cao-nhap.csv bên cạnh).",
)
def import_command(
    source: Path, root: Path, force: bool, to_stdout: bool, report: Path | None
) -> None:
    """Nhập văn bản (.txt, .md, .docx, .pdf, ảnh quét .png/.jpg/.tif) hoặc cả thư mục thành tệp directives/NĂM/SỐ.md.

    Với thư mục: đọc mọi tệp (cả thư mục con), báo văn bản trùng số, ghi báo cáo CSV; chỉ trả
    mã 1 khi có tệp không đọc được.
    """
    if source.is_dir():
        sys.exit(_import_folder(source, root, force=force, to_stdout=to_stdout, report=report))
    units = load_units(root)
    with _ocr_progress():
        parsed = parse_file(source, units, theme_years(root))
    if parsed.skipped:
        _err(
            f"{source}: chỉ nhập được tệp .txt, .md, .docx, .pdf hoặc ảnh quét, ảnh chụp "
            f"(.png, .jpg, .tif) ({parsed.skipped})"
        )
        sys.exit(1)
    outcome = _place(parsed, root, {}, force=force, to_stdout=to_stdout)
    for line in outcome.messages:
        _err(line)
    if parsed.missing:
        _err("Tổng kết:")
        _err(_summary_line(parsed, outcome, source.parent))
    sys.exit(0 if outcome.written else 1)


@contextmanager
def _ocr_progress() -> Iterator[None]:
    """A progress bar on stderr while the pages of a scan go through OCR (two pages or more)."""
    bar: Any = None
    shown = 0

    def progress(done: int, total: int) -> None:
        nonlocal bar, shown
        if bar is None:
            if total < 2:
                return
            bar = click.progressbar(length=total, label="Đọc bản quét (OCR)", file=sys.stderr)
            bar.__enter__()
        bar.update(done - shown)
        shown = done

    set_progress(progress)
    try:
        yield
    finally:
        set_progress(None)
        if bar is not None:
            bar.__exit__(None, None, None)


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What became of one parsed file: where it went (or why not) and the lines to print."""

    where: str
    written: bool = False
    messages: tuple[str, ...] = ()
    duplicate_of: Path | None = None


def _place(
    parsed: Parsed, root: Path, dupes: dict[Path, Path], *, force: bool, to_stdout: bool
) -> _Outcome:
    """Write one parsed file where it belongs (or print it), never over what is there."""
    path = parsed.path
    if parsed.skipped:
        return _Outcome(f"bỏ qua ({parsed.skipped} chưa nhập được)")
    if parsed.error:
        return _Outcome("không đọc được", messages=(parsed.error,))
    notes = tuple(f"{path}: lưu ý: {note}" for note in parsed.notes)
    if to_stdout:
        click.echo(parsed.markdown, nl=False)
        return _Outcome("màn hình", True, notes)
    if path in dupes:
        first = dupes[path]
        return _Outcome(
            f"trùng số với {first}, không ghi",
            messages=(*notes, f"{path}: cùng số {parsed.number} năm {_year(parsed)} với {first}"),
            duplicate_of=first,
        )
    if not parsed.slug or parsed.date is None:
        lacking = [
            w for w, ok in (("số văn bản", parsed.slug), ("ngày ban hành", parsed.date)) if not ok
        ]
        return _Outcome(
            "chưa ghi",
            messages=(
                *notes,
                f"{path}: không tìm thấy {' và '.join(lacking)} nên chưa biết lưu tệp vào đâu; "
                "hãy dùng --stdout rồi tự lưu tệp",
            ),
        )
    # In the folder mkdocs.yml names (directives_dir), where the build reads it.
    target = folders(root).directives / str(parsed.date.year) / f"{parsed.slug}.md"
    # The original (a PDF, a Word file, a photo) is kept beside the directive and listed in it.
    original, why_not = original_for(path, target)
    if why_not:
        notes = (*notes, f"{path}: lưu ý: {why_not}")
    markdown = add_front_matter(parsed.markdown, original.front_matter() if original else [])
    written: list[Path] = []
    try:
        if original is not None:
            write_file(original.target, original.data, root, force=force)
            written.append(original.target)
        write_directive(target, markdown, root, force=force)
    except (WriteRefused, OSError) as exc:
        if not force:  # nothing half done: the original kept without its directive goes
            for done in written:
                done.unlink(missing_ok=True)
        if isinstance(exc, TargetExists):
            return _Outcome("đã có, bỏ qua", messages=(*notes, f"{path}: {exc}"))
        if isinstance(exc, WriteRefused):
            return _Outcome("chưa ghi", messages=(*notes, f"{path}: {exc}"))
        return _Outcome(
            "chưa ghi", messages=(*notes, f"{path}: không ghi được {target} ({exc.strerror})")
        )
    if original is not None:
        notes = (*notes, f"{path}: lưu ý: giữ bản gốc {original.target} (files: Văn bản gốc)")
    return _Outcome(str(target), True, (*notes, f"{path}: đã ghi {target}"))


def _year(parsed: Parsed) -> str:
    return str(parsed.date.year) if parsed.date else "?"


def _summary_line(parsed: Parsed, outcome: _Outcome, base: Path) -> str:
    """One line of the summary: the file, where it went, fields found and to fill, citations."""
    name = parsed.path.relative_to(base) if parsed.path.is_relative_to(base) else parsed.path
    if parsed.error or parsed.skipped:
        return f"  {name} → {outcome.where}"
    need = (
        "cần điền " + ", ".join(_KEY_WORDS.get(k, k) for k in parsed.missing)
        if parsed.missing
        else "đủ thông tin chính"
    )
    return (
        f"  {name} → {outcome.where}: có {parsed.found}/{len(KEY_FIELDS)} mục, {need}; "
        f"{parsed.citations} trích dẫn"
    )


def _import_folder(
    folder: Path, root: Path, *, force: bool, to_stdout: bool, report: Path | None
) -> int:
    """Import every file under ``folder``; the exit code (1 only when a file could not be read)."""
    files = scan(folder)
    if not files:
        _err(f"{folder}: thư mục không có tệp nào để nhập")
        return 1
    units = load_units(root)
    years = theme_years(root)
    show_bar = len(files) > 1 and not to_stdout and sys.stderr.isatty()
    parsed: list[Parsed] = []
    with click.progressbar(
        length=len(files), label="Đang đọc", file=sys.stderr, show_pos=True, hidden=not show_bar
    ) as bar:
        for item in parse_all(files, units, years):
            parsed.append(item)
            bar.update(1)
    dupes = duplicates(parsed)
    outcomes = [_place(p, root, dupes, force=force, to_stdout=to_stdout) for p in parsed]
    for outcome in outcomes:
        for line in outcome.messages:
            if not line.endswith(f"đã ghi {outcome.where}") and ": lưu ý: " not in line:
                _err(line)
    _err("Tổng kết:")
    for item, outcome in zip(parsed, outcomes, strict=True):
        _err(_summary_line(item, outcome, folder))
    unreadable = [p for p in parsed if p.error]
    written = sum(1 for o in outcomes if o.written)
    _err(
        f"Đã nhập {written}/{len(parsed)} tệp; {len(dupes)} trùng số; "
        f"{len(unreadable)} không đọc được; "
        f"{sum(1 for p in parsed if p.skipped)} bỏ qua vì định dạng."
    )
    failed = bool(unreadable)
    if not to_stdout:
        failed = not _write_report(folder, report, parsed, outcomes) or failed
    return 1 if failed else 0


def _write_report(
    folder: Path, report: Path | None, parsed: list[Parsed], outcomes: list[_Outcome]
) -> bool:
    target = report or folder.resolve().parent / f"{folder.resolve().name}-bao-cao-nhap.csv"
    rows = [
        (
            str(item.path.relative_to(folder)),
            item.number,
            item.date.isoformat() if item.date else "",
            item.type,
            ", ".join(_KEY_WORDS.get(k, k) for k in item.missing) if not item.error else "",
            str(outcome.duplicate_of.relative_to(folder)) if outcome.duplicate_of else "",
            outcome.where if not item.error else f"không đọc được: {item.error.partition(': ')[2]}",
        )
        for item, outcome in zip(parsed, outcomes, strict=True)
    ]
    try:
        write_directive(target, csv_report(rows), target.parent, force=True)
    except (WriteRefused, OSError) as exc:
        _err(f"{target}: không ghi được báo cáo ({exc})")
        return False
    _err(f"Báo cáo: {target}")
    return True
