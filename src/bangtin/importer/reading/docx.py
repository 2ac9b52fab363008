"""The reader of Word files (.docx): the zip read within bounds, XML parsed without a DTD."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from bangtin.importer.reading.bounded import MAX_DOCX_BYTES, MAX_PART_BYTES, MAX_RATIO, read_regular
from bangtin.importer.reading.text import newlines
from bangtin.importer.result import SourceError

_PKG_RELS = "_rels/.rels"
_OFFICE_DOC = "/officeDocument"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/package/2006/relationships}"


class _Package:
    """The XML parts of a Word file (a zip), each inflated only within the bounds above."""

    def __init__(self, path: Path) -> None:
        self.path = path
        raw = read_regular(path, MAX_DOCX_BYTES)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(raw))
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise self.damaged(".docx hỏng hoặc không phải .docx") from exc
        if len(self.zip.infolist()) > 10_000:
            raise self.damaged("quá nhiều phần bên trong")

    def damaged(self, why: str) -> SourceError:
        return SourceError(
            f"{self.path}: không mở được tệp Word ({why}); "
            "hãy mở tệp trong Word và lưu lại dạng .docx"
        )

    def xml(self, name: str) -> Any:
        """The parsed part ``name``, or None when the package has no such part."""
        from lxml import etree  # type: ignore[import-untyped]

        try:
            info = self.zip.getinfo(name)
        except KeyError:
            return None
        if info.file_size > MAX_PART_BYTES or (
            info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        ):
            raise self.damaged(f"phần {name} quá lớn khi giải nén ({info.file_size / 1e6:.0f} MB)")
        try:
            with self.zip.open(info) as part:
                # A lying header cannot make it read more than the size it declared.
                data = part.read(info.file_size + 1)
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, zlib.error) as exc:
            raise self.damaged(f"phần {name} không giải nén được") from exc
        if len(data) > info.file_size:
            raise self.damaged(f"phần {name} lớn hơn kích thước khai báo")
        # No DTD at all: entity expansion (billion laughs) and external entities need one, and
        # Word never writes one ("<!" cannot stand in XML text: it is written "&lt;!").
        if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
            raise self.damaged(f"phần {name} có khai báo DOCTYPE/ENTITY, không an toàn")
        parser = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
        )
        try:
            return etree.fromstring(data, parser)
        except (etree.XMLSyntaxError, ValueError, RecursionError) as exc:
            raise self.damaged(f"phần {name} không phải XML hợp lệ") from exc

    def target(self, rels_name: str, kind: str, default: str) -> str | None:
        """The part a relationship of type ``.../kind`` points to (or ``default``)."""
        rels = self.xml(rels_name)
        if rels is None:
            return default
        base = rels_name.rpartition("_rels/")[0]
        for rel in rels.iterchildren(f"{_R}Relationship"):
            if (rel.get("Type") or "").endswith(kind) and rel.get("TargetMode") != "External":
                target = rel.get("Target") or ""
                return target.lstrip("/") if target.startswith("/") else base + target
        return None


def read(path: Path) -> list[str]:
    """The lines of a Word file: paragraphs in order, header tables as two columns, footnotes last."""
    package = _Package(path)
    main = package.target(_PKG_RELS, _OFFICE_DOC, "word/document.xml") or "word/document.xml"
    document = package.xml(main)
    body = document.find(f"{_W}body") if document is not None else None
    if body is None:
        raise package.damaged("không có phần nội dung (word/document.xml)")
    folder, _, name = main.rpartition("/")
    notes_part = package.target(f"{folder}/_rels/{name}.rels", "/footnotes", "")
    footnotes = _docx_footnotes(package.xml(notes_part)) if notes_part else []
    lines: list[str] = []
    first_table = True
    for element in body.iterchildren():
        if element.tag == f"{_W}p":
            lines.append(_docx_paragraph(element))
        elif element.tag == f"{_W}tbl":
            lines.extend(_docx_table(element, header=first_table))
            first_table = False
            lines.append("")
    if footnotes:
        lines.append("")
        for number, text in footnotes:
            lines.extend([f"[{number}] {text}", ""])
    return newlines("\n".join(lines)).split("\n")


def _docx_paragraph(p: Any) -> str:
    """The text of a paragraph element, footnote references written as ``[N]``."""
    parts: list[str] = []
    for node in p.iter():
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in {f"{_W}br", f"{_W}cr"}:
            parts.append("\n")
        elif node.tag == f"{_W}footnoteReference":
            parts.append(f"[{node.get(f'{_W}id')}]")
    return "".join(parts)


def _docx_table(tbl: Any, *, header: bool) -> list[str]:
    rows = [row for row in tbl.iterchildren() if row.tag == f"{_W}tr"]
    grid: list[list[list[str]]] = []
    for row in rows:
        cells = [c for c in row.iterchildren() if c.tag == f"{_W}tc"]
        grid.append(
            [[_docx_paragraph(p) for p in cell.iter() if p.tag == f"{_W}p"] for cell in cells]
        )
    text = " ".join(" ".join(" ".join(c) for c in row) for row in grid)
    width = max((len(r) for r in grid), default=0)
    layout = width == 2 and (
        header or re.search(r"Nơi nhận|T/M|K/T|T/L|TM\.|KT\.|TL\.", text) is not None
    )
    out: list[str] = []
    if layout:
        # A layout table: the left column is read whole, then the right one, as printed columns.
        for column in range(2):
            for row in grid:
                if column < len(row):
                    out.extend(row[column])
            out.append("")
        return out
    for row in grid:
        out.append(" | ".join(" ".join(x.strip() for x in cell if x.strip()) for cell in row))
    return out


def _docx_footnotes(root: Any) -> list[tuple[str, str]]:
    """The footnotes of a Word file as (id, text); Word keeps them in a part of their own."""
    if root is None:
        return []
    notes = []
    for note in root.iterchildren(f"{_W}footnote"):
        if note.get(f"{_W}type") in {"separator", "continuationSeparator"}:
            continue
        text = " ".join(
            "".join(t.text or "" for t in p.iter(f"{_W}t")) for p in note.iter(f"{_W}p")
        ).strip()
        if text:
            notes.append((note.get(f"{_W}id") or "", text))
    return notes
