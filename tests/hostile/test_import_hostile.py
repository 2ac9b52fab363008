"""Hostile files given to `bangtin import`: broken and malicious Word files, devices, FIFOs, symlinks.

Every case ends in one Vietnamese line naming the file and exit 1 (never a traceback), reads no
more than a bound, and never writes outside the project (issue 22: the importer reads only
regular files, bounds what it inflates and parses, and never writes through a symlink).
"""

from __future__ import annotations

import os
import shutil
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bangtin.cli.main import main

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "tests" / "fixtures" / "seed" / "2078-CV-DUK.txt"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def document_xml(body: str, *, doctype: str = "") -> bytes:
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + doctype
    return (head + f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>').encode()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def write_docx(path: Path, document: bytes | None, *, stream: int = 0) -> Path:
    """A minimal Word package; ``stream`` MB of spaces are written into document.xml instead."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", RELS)
        if stream:
            with zf.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(document_xml("")[:-30])
                chunk = b" " * (1 << 20)
                for _ in range(stream):
                    part.write(chunk)
                part.write(b"</w:body></w:document>")
        elif document is not None:
            zf.writestr("word/document.xml", document)
    return path


def run_import(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["import", *map(str, args)])


def assert_refused(result: Result, path: Path) -> None:
    """Exit 1, one message that names the file, no Python exception escaped."""
    assert result.exit_code == 1, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert str(path) in result.output
    assert "Error" not in result.output.replace("CẦN ĐIỀN", "")


def test_a_plain_docx_still_reads(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "đúng.docx", document_xml(paragraph("Số 12-CV/ĐUK")))
    result = run_import(path, "--stdout")
    assert result.exit_code == 0, result.output
    assert "number: 12-CV/ĐUK" in result.stdout


@pytest.mark.parametrize(
    "case",
    ["malformed", "unclosed", "not-a-zip", "no-document", "too-deep", "billion-laughs", "external"],
)
def test_broken_or_malicious_word_xml_is_one_message(tmp_path: Path, case: str) -> None:
    path = tmp_path / f"hỏng-{case}.docx"
    laughs = (
        '<!DOCTYPE w:document [<!ENTITY a "hahahahahahahahahahaha">'
        + "".join(
            f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        )
        + "]>"
    )
    documents = {
        "malformed": b"<w:document><w:body><w:p></w:body>",
        "unclosed": document_xml(paragraph("Số 12-CV/ĐUK"))[:-20],
        "too-deep": document_xml("<w:p>" * 100_000 + "</w:p>" * 100_000),
        "billion-laughs": document_xml(paragraph("&i;"), doctype=laughs),
        "external": document_xml(
            paragraph("&x;"), doctype=f'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{SEED}">]>'
        ),
    }
    if case == "not-a-zip":
        path.write_bytes(b"PK\x03\x04 not really a zip file")
    elif case == "no-document":
        write_docx(path, None)
    else:
        write_docx(path, documents[case])
    result = run_import(path, "--stdout")
    assert_refused(result, path)
    assert "Phạm Thị Tố Loan" not in result.output  # the external entity was never read


def test_huge_text_node_is_refused(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "nút-lớn.docx", document_xml(paragraph("a" * (20 << 20))))
    assert_refused(run_import(path, "--stdout"), path)


def test_zip_bomb_is_refused_before_it_is_inflated(tmp_path: Path) -> None:
    # 96 MB of spaces deflate to ~100 KB: a part over the bound must be refused from its header,
    # and reading it must not allocate anything near its size.
    path = write_docx(tmp_path / "bom.docx", None, stream=96)
    assert path.stat().st_size < 1 << 20
    tracemalloc.start()
    try:
        result = run_import(path, "--stdout")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert_refused(result, path)
    assert peak < 24 << 20, f"peak {peak / 1e6:.0f} MB"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_symlink_to_a_device_is_not_read(tmp_path: Path) -> None:
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    assert_refused(run_import(link, "--stdout"), link)


def test_a_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "ống.txt"
    os.mkfifo(fifo)
    assert_refused(run_import(fifo, "--stdout"), fifo)


def test_an_oversized_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lớn.txt"
    with path.open("wb") as fh:
        fh.truncate(64 << 20)  # sparse: 64 MB of NUL without writing them
    assert_refused(run_import(path, "--stdout"), path)


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "cổng"
    (root / "content").mkdir(parents=True)
    shutil.copy(REPO / "content" / "units.yml", root / "content" / "units.yml")
    return root


def test_force_never_writes_through_a_symlinked_file(tmp_path: Path) -> None:
    root = _project(tmp_path)
    outside = tmp_path / "ngoài.md"
    outside.write_text("không được ghi đè\n", encoding="utf-8")
    target = root / "directives" / "2024" / "2078-cv-duk.md"
    target.parent.mkdir(parents=True)
    target.symlink_to(outside)
    result = run_import(SEED, "--root", root, "--force")
    assert result.exit_code == 1, result.output
    assert outside.read_text(encoding="utf-8") == "không được ghi đè\n"
    assert target.is_symlink()
    assert str(target) in result.output


def test_never_writes_through_a_symlinked_folder(tmp_path: Path) -> None:
    root = _project(tmp_path)
    outside = tmp_path / "thư mục ngoài"
    outside.mkdir()
    (root / "directives").mkdir()
    (root / "directives" / "2024").symlink_to(outside, target_is_directory=True)
    result = run_import(SEED, "--root", root, "--force")
    assert result.exit_code == 1, result.output
    assert list(outside.iterdir()) == []


def test_force_replaces_a_regular_file(tmp_path: Path) -> None:
    root = _project(tmp_path)
    target = root / "directives" / "2024" / "2078-cv-duk.md"
    target.parent.mkdir(parents=True)
    target.write_text("cũ\n", encoding="utf-8")
    result = run_import(SEED, "--root", root, "--force")
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("---\nnumber: 2078-CV/ĐUK\n")
    assert [p.name for p in target.parent.iterdir()] == ["2078-cv-duk.md"]  # no temp file left


def test_a_truncated_utf16_text_is_one_message(tmp_path: Path) -> None:
    path = tmp_path / "cụt.txt"
    path.write_bytes(b"\xff\xfeS\x00\x11")  # a BOM, one character and half of another
    assert_refused(run_import(path, "--stdout"), path)
