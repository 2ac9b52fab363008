"""`bangtin import`: documents into directive files; the messages people read, in Vietnamese.

The work is done by the importer's room (`bangtin.importer`); this module only calls it, says
what happened on stderr and sets the exit code: 0 done, 1 a file that could not be read or
written, 2 usage errors (click's own). Only Markdown (with --stdout) goes to stdout.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import click

from bangtin.cli.editor import load_units, theme_years
from bangtin.core.model import Unit
from bangtin.importer import (
    SUFFIXES,
    SourceError,
    TargetExists,
    WriteRefused,
    parse_document,
    read_source,
    render_markdown,
    target_path,
    write_directive,
)

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


def _sources(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(
            # Not only regular files: a device or FIFO with a document's name is listed as
            # unreadable (the reader says why) rather than skipped without a word.
            (p for p in path.iterdir() if not p.is_dir() and p.suffix.lower() in SUFFIXES),
            key=lambda p: p.name,
        )
    return [path]


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
def import_command(source: Path, root: Path, force: bool, to_stdout: bool) -> None:
    """Nhập văn bản (.txt, .md, .docx) hoặc cả thư mục thành tệp directives/NĂM/SỐ.md."""
    files = _sources(source)
    if not files:
        _err(f"{source}: thư mục không có tệp .txt, .md hay .docx nào để nhập")
        sys.exit(1)
    units = load_units(root)
    years = theme_years(root)
    summary: list[tuple[Path, str, tuple[str, ...]]] = []
    failed = False
    show_bar = len(files) > 1 and not to_stdout and sys.stderr.isatty()
    bar: AbstractContextManager[Iterable[Path]] = (
        click.progressbar(files, label="Đang nhập", file=sys.stderr, show_pos=True)
        if show_bar
        else nullcontext(files)
    )
    with bar as items:
        for path in items:
            ok, where, missing = _import_one(
                path, root, units, years, force=force, to_stdout=to_stdout
            )
            failed = failed or not ok
            summary.append((path, where, missing))
    if len(files) > 1 or any(m for _, _, m in summary):
        _err("Tổng kết:")
        for path, where, missing in summary:
            need = (
                "còn thiếu " + ", ".join(_KEY_WORDS.get(k, k) for k in missing)
                if missing
                else "đủ thông tin chính"
            )
            _err(f"  {path.name} → {where}: {need}")
    sys.exit(1 if failed else 0)


def _import_one(
    path: Path,
    root: Path,
    units: tuple[Unit, ...],
    years: frozenset[int],
    *,
    force: bool,
    to_stdout: bool,
) -> tuple[bool, str, tuple[str, ...]]:
    """Import one file; returns (ok, where it went or why not, keys still missing)."""
    try:
        text = read_source(path)
    except SourceError as exc:
        _err(str(exc))
        return False, "không đọc được", ()
    result = parse_document(text, units=units, theme_years=years)
    for note in result.notes:
        _err(f"{path}: lưu ý: {note}")
    markdown = render_markdown(result)
    if to_stdout:
        click.echo(markdown, nl=False)
        return True, "màn hình", result.missing
    try:
        target = target_path(result, root)
    except ValueError as exc:
        _err(f"{path}: {exc}; hãy dùng --stdout rồi tự lưu tệp")
        return False, "chưa ghi", result.missing
    try:
        write_directive(target, markdown, root, force=force)
    except TargetExists as exc:
        _err(f"{path}: {exc}")
        return False, "đã có, bỏ qua", result.missing
    except WriteRefused as exc:
        _err(f"{path}: {exc}")
        return False, "chưa ghi", result.missing
    except OSError as exc:
        _err(f"{path}: không ghi được {target} ({exc.strerror})")
        return False, "chưa ghi", result.missing
    _err(f"{path}: đã ghi {target}")
    return True, str(target), result.missing
