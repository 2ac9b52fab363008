"""Turn a received document (Word file, text copied from a PDF or a web page) into a directive file.

Pure functions, no I/O beyond `read_source`: the CLI (`cli_editor.py`) decides where files go.
The reader follows the layout rules of FORMATS.md (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW,
Nghị định 30/2020/NĐ-CP): a left header block naming the issuing body, a right-hand block with the
national or organisation motto, the number, place and date, the type line and its subject, the
"Kính gửi" list, the body, "Nơi nhận" and the signature block. Plain text loses the two header
columns, so their lines arrive interleaved; every step below tolerates any order of them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import re
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from bangtin.core.model import HEADER_BODY_HEADS, DocType, RelationKind, Unit
from bangtin.core.numbers import DocNumber, parse_number
from bangtin.core.text import fold, nfc

__all__ = [
    "FIELD_ORDER",
    "ImportResult",
    "SourceError",
    "TargetExists",
    "WriteRefused",
    "parse_document",
    "read_source",
    "render_markdown",
    "target_path",
    "write_directive",
    "yaml_scalar",
]

# The key order of the hand-made sample directives/2024/2078-cv-duk.md, so imported files read alike.
FIELD_ORDER = (
    "number",
    "date",
    "place",
    "issuer",
    "header",
    "type",
    "subject",
    "signer",
    "to",
    "cc",
    "relations",
    "themes",
    "tags",
    "visibility",
    "status",
)

# What an editor must fill in by hand when the importer could not find it, said in Vietnamese.
_MISSING_HINTS = {
    "number": "số và ký hiệu, ví dụ 2078-CV/ĐUK",
    "date": "ngày ban hành, dạng 2024-03-07",
    "place": "địa danh ghi trước ngày tháng",
    "issuer": "cơ quan ban hành (mã đơn vị trong content/units.yml)",
    "type": "tên loại văn bản, ví dụ Công văn",
    "subject": "trích yếu nội dung",
    "signer": "người ký (họ tên, chức vụ, thẩm quyền ký)",
    "to": "nơi gửi (Kính gửi)",
    "cc": "nơi nhận",
}


class SourceError(ValueError):
    """A source file that cannot be read as text; the message is for editors, in Vietnamese."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportResult:
    """What the importer found in one document.

    Attributes:
        fields: the front-matter values in our format, keyed as in FIELD_ORDER: strings, a
            ``datetime.date``, tuples of strings, a signer mapping and a relations mapping
            (kind value -> tuple of numbers).
        body: the document body as Markdown, footnotes at the end.
        missing: the keys it could not find (left empty in the output).
        notes: remarks for the editor, in Vietnamese.
    """

    fields: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    body: str = ""
    missing: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def number(self) -> DocNumber | None:
        """The parsed document number, or None when it was not found."""
        text = self.fields.get("number")
        return parse_number(text) if isinstance(text, str) and text else None


# ---------------------------------------------------------------------------------------------
# Reading sources


# Bounds on what is read (issue 22): a source is a regular file of at most these sizes, and a Word
# file's parts are inflated only when their declared size and compression ratio are plausible.
MAX_TEXT_BYTES = 5 << 20  # the loader's limit for a directive file
MAX_DOCX_BYTES = 50 << 20  # a Word file with pictures; only its XML parts are inflated
MAX_PART_BYTES = 16 << 20  # one XML part (a 300-page document.xml is ~5 MB)
MAX_RATIO = 100  # deflated XML compresses 5-20x; a bomb compresses 1,000x
_PKG_RELS = "_rels/.rels"
_OFFICE_DOC = "/officeDocument"


def read_source(path: Path) -> str:
    """Read a .txt, .md or .docx file into NFC text.

    Text files are read as UTF-8 (a BOM is accepted); files saved by older Windows tools in
    UTF-16 or Windows-1258 are recognised too. A .docx gives its paragraphs in order, its tables
    flattened; the two cells of a header table become the two header columns, left first.
    Only a regular file within a size bound is read (never a device, a FIFO or a 64 MB text).

    Args:
        path: the file to read.

    Returns:
        The text, NFC, with ``\\n`` line ends.

    Raises:
        SourceError: the file is missing, of another kind, too large, damaged, or in an unknown
            encoding.
    """
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _read_docx(path)
    if suffix not in {".txt", ".md", ".markdown"}:
        raise SourceError(f"{path}: chỉ nhập được tệp .txt, .md hoặc .docx (tệp này là {suffix!r})")
    return _normalise_newlines(_decode(path, read_regular(path, MAX_TEXT_BYTES)))


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` when it is a regular file of at most ``limit`` bytes.

    Opened without blocking (a FIFO would wait forever for a writer) and checked on the open
    descriptor, so a symlink to /dev/zero or a file swapped after a check is never read.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise SourceError(f"{path}: không đọc được tệp ({exc.strerror})") from exc
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(f"{path}: không phải tệp thường (thiết bị, ống FIFO...), không đọc")
        if info.st_size > limit:
            raise SourceError(
                f"{path}: tệp quá lớn ({info.st_size / 1e6:.1f} MB; tối đa {limit / 1e6:.0f} MB)"
            )
        try:
            # Not read(limit): that allocates the whole bound before reading a byte.
            data = fh.read(info.st_size + 1)
        except OSError as exc:
            raise SourceError(f"{path}: không đọc được tệp ({exc.strerror})") from exc
    if len(data) > info.st_size:  # the file grew while it was read
        raise SourceError(f"{path}: tệp thay đổi trong khi đọc; hãy nhập lại")
    return data


def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # UTF-16 without a BOM: every other byte of Latin text is NUL.
    if raw.count(b"\x00") > len(raw) // 4:
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:
                return text
    try:
        # Windows-1258 writes tones as combining marks; NFC later composes them.
        text = raw.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{path}: không nhận ra bảng mã của tệp (không phải UTF-8, UTF-16 hay Windows-1258); "
            "hãy mở tệp trong Word hoặc Notepad và lưu lại với bảng mã UTF-8"
        ) from exc
    if not re.search(r"[\u0300-\u0323]|[ăâđêôơưĂÂĐÊÔƠƯ]", text):
        raise SourceError(
            f"{path}: không nhận ra bảng mã của tệp (không phải UTF-8); "
            "hãy mở tệp và lưu lại với bảng mã UTF-8"
        )
    return text


def _normalise_newlines(text: str) -> str:
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n"))


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


def _read_docx(path: Path) -> str:
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
    return _normalise_newlines("\n".join(lines))


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


# ---------------------------------------------------------------------------------------------
# Line classification


def _compact(text: str) -> str:
    """Folded, without spaces or punctuation: "K ÉT LUẬN" and "KẾT LUẬN" both give "ketluan"."""
    return re.sub(r"[\W_]+", "", fold(text))


_RIGHT_HAND = {
    _compact(t)
    for t in (
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH",
        "ĐỘI TNTP HỒ CHÍ MINH",
        "ĐỘI THIẾU NIÊN TIỀN PHONG HỒ CHÍ MINH",
        "MẶT TRẬN TỔ QUỐC VIỆT NAM",
        "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
        "HỘI CỰU CHIẾN BINH VIỆT NAM",
        "HỘI NÔNG DÂN VIỆT NAM",
        "CÔNG ĐOÀN VIỆT NAM",
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
        "HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM",
        "HỘI SINH VIÊN VIỆT NAM",
        "HỘI CHỮ THẬP ĐỎ VIỆT NAM",
    )
}
_DOC_TYPES = {_compact(t.value): t for t in DocType}
# Stamps above the title block, not header lines: "DỰ THẢO" (a draft of Văn phòng Chính phủ).
_STAMPS = {
    _compact(t)
    for t in ("DỰ THẢO", "MẬT", "TỐI MẬT", "TUYỆT MẬT", "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC")
}
# Rules under header lines; also the "|" lines legal-text sites put between table cells.
_RULE = re.compile(r"^[\s*\-_=~.·•o0O|]*$")
_MARKUP = re.compile(r"^[*_#>\s]+|[*_\s]+$")
_NUMBER_LINE = re.compile(r"^S\s?ố(?:\s*(?:và\s*)?ký\s*hiệu)?\s*:?\s*(?P<num>.*)$", re.IGNORECASE)
_DATE = re.compile(
    r"^(?:(?P<place>[^,\d]{2,60}?)\s*,\s*)?ng\s?[àa]\s?y\s*(?P<d>\d{1,2})\s*"
    # "mon" for "tháng": a synonym spinner's copy ("Hà Thành, ngày 14 mon 04 năm 2017").
    r"(?:th\s?[áa]\s?ng|mon)\s*(?P<m>\d{1,2})\s*n\s?[ăa]\s?m\s*(?P<y>(?:19|20)\d\d)[\s.*_)]*$",
    re.IGNORECASE,
)
_KINH_GUI = re.compile(r"^K\s?í\s?nh\s+g\s?ử\s?i\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_NOI_NHAN = re.compile(r"^N\s?ơ\s?i\s+nh\s?ậ\s?n\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_AUTHORITY = re.compile(
    r"^(?P<prefix>T\s*/\s*M|K\s*/\s*T|T\s*/\s*L|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.)\s+(?P<rest>\S.*)$"
)
_SIGNED = re.compile(r"^\((?:đã|Đã|ĐÃ)\s[^)]*\)$|^\((?:ký|Ký|KÝ)[^)]*\)$")
_ITEM = re.compile(r"^[-–—+•]\s*")
_V_V = re.compile(r"^(?:V\s*/\s*v|Về\s+việc|V/V)\b\.?\s*:?\s*", re.IGNORECASE)
_END_MARK = re.compile(r"\./\.\s*$")
# Web-page noise that is never part of a document, wherever it stands.
_NOISE = re.compile(
    r"^(?:"
    r"(?:Trang chủ|Home)\b.*"
    r"|.*\s[>»›]\s.*"
    r"|(?:Số\s+)?(?:Lượt xem|Lượt truy cập|Lượt đọc|Đã xem)\s*:?.*"
    r"|(?:Ngày đăng|Ngày cập nhật|Cập nhật lúc|Cập nhật|Đăng lúc|Đăng ngày|Ngày đưa tin|Thời gian đăng)\s*:.*"
    r"|(?:Số ký hiệu|Ngày ban hành|Ngày hiệu lực|Loại văn bản|Cơ quan ban hành|Người ký|Lĩnh vực|Tình trạng hiệu lực)\s*:.*"
    r"|.*(?:https?://|www\.).*"
    r"|(?:CỔNG|Cổng|TRANG|Trang) (?:THÔNG TIN|thông tin)\b.*"
    r"|(?:Chia sẻ|In trang|In bài|Bản in|Gửi email|Tải về|Tải xuống|Đầu trang|Quay lại|Xem thêm|Bình luận|Ý kiến bạn đọc|Đăng nhập|Tìm kiếm)\b.{0,30}"
    r"|©.*|Bản quyền\b.*|Copyright\b.*"
    r"|Trang \d+(?:/\d+)?|-\s*\d+\s*-"
    r"|Mục lục(?: văn bản)?"
    # The draft's file path the clerk left between Nơi nhận and the signature (Hậu Giang's
    # portal: "d:\2011\CV\SVH\T4\Bau cho Vinh Ha Long", "D\2017\CVUB\uy quyen CDDH").
    r"|[A-Za-z]:?\\[^\s\\]+\\.*"
    # A portal's own date line above a republished document ("Thứ Hai, 6/12/2021", "Chủ Nhật,
    # 14/4/2024", "Thứ tư, 07/06/2023 (GMT+7)", "Thứ hai - 04/07/2022 04:34 288 0") and a post's
    # time stamp ("11:18 - 27/08/2014"): never the document's date.
    r"|(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|Chủ\s+nhật)\s*[,\-–]\s*\d{1,2}/\d{1,2}/\d{4}.*"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*[-–|]?\s*\d{1,2}/\d{1,2}/\d{4}.*"
    r")$",
    re.IGNORECASE,
)
# What follows a document on a web page: everything from such a line on is dropped.
_TRAILER = re.compile(
    r"^(?:Tin liên quan|Các tin khác|Tin khác|Văn bản liên quan|Văn bản khác|Các văn bản khác|"
    r"Bài viết liên quan|Tin cùng chuyên mục|Tệp đính kèm|File đính kèm)\b",
    re.IGNORECASE,
)
_BODY_HEADS = HEADER_BODY_HEADS
_PARAGRAPH_OPENER = re.compile(
    r"^(?:[-–—+•]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][).]\s|[IVXLC]+[.)]\s|Điều\s+\d+|Chương\s+[IVXLC\d]+|"
    r"Căn cứ\b|Xét\b|Theo đề nghị\b|Mục\s+\d+|Phần\s+[IVXLC\d]+|[A-ZĐÀ-Ỹ ]{4,}:$|\|)"
)
_TITLE_WORDS = re.compile(
    r"(?:PHÓ\s+)?(?:BÍ THƯ|CHỦ TỊCH|TRƯỞNG BAN|TRƯỞNG|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|ỦY VIÊN|UỶ VIÊN|"
    r"THƯỜNG TRỰC|TỔNG BÍ THƯ|CHÁNH ÁN|VIỆN TRƯỞNG|HIỆU TRƯỞNG|CHỦ NHIỆM|TỔNG PHỤ TRÁCH|PHỤ TRÁCH)"
)


def _clean(line: str) -> str:
    """A line without Markdown emphasis around it, for classification."""
    return _MARKUP.sub("", line).strip()


def _is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_right_hand(line: str) -> bool:
    compact = _compact(line)
    # The motto survives OCR, font and spinner damage by its first words: "Độc lập  Tự do  Hạnh
    # phúc" (hyphens lost), "Độc lập - Tự do - Hạ! p!"c" (font map), "Tự vì chưng" (spinner).
    motto = compact.startswith("doclap") and len(compact) <= 24
    # ... but "Độc lập - Tự do - Hạnh phúc Hà Nơi" (the place glued on) is not the motto alone.
    return compact in _RIGHT_HAND or (
        motto and (compact.endswith("hanhphuc") or "hanhphuc" not in compact)
    )


def _is_rule(line: str) -> bool:
    return bool(_RULE.match(line)) and not line.strip().isdigit()


def _doc_type_line(line: str) -> DocType | None:
    text = _clean(line)
    if not text or not _is_caps(text) or ":" in text or len(text.split()) > 8:
        return None
    return _DOC_TYPES.get(_compact(text))


def _type_lead(line: str) -> tuple[DocType, str] | None:
    """A type line that carries the subject too: "HƯỚNG DẪN VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG".

    Blogs and portals print the title block as one line (Hướng dẫn 11-HD/VPTW on a blog; "KẾ
    HOẠCH TỔ CHỨC KỶ NIỆM 90 NĂM ..." on a provincial portal).
    """
    text = _clean(line)
    if not _is_caps(text) or ":" in text or len(text) > 400:
        return None
    words = text.split()
    for k in (4, 3, 2, 1):
        if len(words) > k + 1 and (t := _DOC_TYPES.get(_compact(" ".join(words[:k])))):
            return t, " ".join(words[k:])
    return None


def _number_in(line: str) -> DocNumber | None:
    m = _NUMBER_LINE.match(_clean(line))
    if not m:
        return None
    return parse_number(m["num"].strip().strip("*_ "))


# A draft's blank date still names the place: "Hà Nội, ngày tháng năm 2023" (a Đoàn draft).
_BLANK_DATE = re.compile(
    r"^(?P<place>[^,\d]{2,60}?)\s*,\s*ng\s?[àa]\s?y[\s.…]*th\s?[áa]\s?ng[\s.…]*n\s?[ăa]\s?m\s*(?:19|20)\d\d\W*$",
    re.IGNORECASE,
)


def _blank_date_place(line: str) -> str:
    m = _BLANK_DATE.match(_clean(line))
    return " ".join(m["place"].split()) if m else ""


def _date_in(line: str) -> tuple[str, dt.date] | None:
    m = _DATE.match(_clean(line).lstrip("(*_ "))
    if not m:
        return None
    try:
        date = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    place = " ".join((m["place"] or "").split()).strip(" *_")
    return place, date


_SURNAME_TEXT = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Lâm Mai "
    "Trịnh Trương Cao Lưu Tạ Châu Quách Tôn Thái La Lương Hà Kiều Nông Chu Từ Đào Tăng Thân "
    "Triệu Kim Giang Diệp Lục Vương Âu Mạc Tô Phùng Khổng Hứa Nghiêm Doãn Chế Bạch Đàm Lại "
    "Ông Tống Mã Hàn Quan Viên Ninh Khúc Văn Lò Đồng Trang Hầu Thạch Ksor Y Lữ Lã Phí Khương "
    "Ung Thiều Giáp Bế Nhữ Cù Đậu Lường Sầm Hứa Vi "
)
_SURNAMES = frozenset(fold(s) for s in _SURNAME_TEXT.split())


def _is_name(line: str) -> bool:
    """A person's name: two to six capitalised words, no punctuation, a known surname first."""
    words = line.split()
    if not 2 <= len(words) <= 6 or re.search(r"[\d,;:.()/]", line):
        return False
    if not all(w[0].isupper() for w in words):
        return False
    return fold(words[0]) in _SURNAMES


# ---------------------------------------------------------------------------------------------
# Casing of capitalised header text

# Lower-case spelling -> official spelling, longest first when applied.
_TERMS = {
    "đảng cộng sản việt nam": "Đảng Cộng sản Việt Nam",
    "ban chấp hành trung ương": "Ban Chấp hành Trung ương",
    "ban chấp hành": "Ban Chấp hành",
    "ban thường vụ": "Ban Thường vụ",
    "ban bí thư": "Ban Bí thư",
    "bộ chính trị": "Bộ Chính trị",
    "ban tuyên giáo - dân vận": "Ban Tuyên giáo - Dân vận",
    "ban tuyên giáo": "Ban Tuyên giáo",
    "ban dân vận": "Ban Dân vận",
    "ban tổ chức": "Ban Tổ chức",
    "ban nội chính": "Ban Nội chính",
    "ban kinh tế": "Ban Kinh tế",
    "ủy ban kiểm tra": "Ủy ban Kiểm tra",
    "ủy ban mặt trận tổ quốc việt nam": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "mặt trận tổ quốc việt nam": "Mặt trận Tổ quốc Việt Nam",
    "mặt trận tổ quốc": "Mặt trận Tổ quốc",
    "ủy ban nhân dân": "Ủy ban nhân dân",
    "hội đồng nhân dân": "Hội đồng nhân dân",
    "hội đồng đội": "Hội đồng Đội",
    "đoàn tncs hồ chí minh": "Đoàn TNCS Hồ Chí Minh",
    "đoàn thanh niên cộng sản hồ chí minh": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "hội cựu chiến binh": "Hội Cựu chiến binh",
    "hội liên hiệp phụ nữ": "Hội Liên hiệp Phụ nữ",
    "hội liên hiệp thanh niên": "Hội Liên hiệp Thanh niên",
    "hội nông dân": "Hội Nông dân",
    "liên đoàn lao động": "Liên đoàn Lao động",
    "công đoàn": "Công đoàn",
    "cơ quan và doanh nghiệp": "Cơ quan và Doanh nghiệp",
    "văn phòng": "Văn phòng",
    "đảng ủy": "Đảng ủy",
    "đảng bộ": "Đảng bộ",
    "đảng đoàn": "Đảng đoàn",
    "ban cán sự đảng": "Ban cán sự đảng",
    "chi bộ": "Chi bộ",
    "tỉnh ủy": "Tỉnh ủy",
    "huyện ủy": "Huyện ủy",
    "thành ủy": "Thành ủy",
    "thị ủy": "Thị ủy",
    "quận ủy": "Quận ủy",
    "tỉnh đoàn": "Tỉnh đoàn",
    "huyện đoàn": "Huyện đoàn",
    "thành đoàn": "Thành đoàn",
    "đoàn khối": "Đoàn Khối",
    "trung ương": "Trung ương",
    "thường trực": "Thường trực",
    "khối": "Khối",
    "sở": "Sở",
    "nội vụ": "Nội vụ",
    "bí thư": "Bí thư",
    "chủ tịch": "Chủ tịch",
    "chánh văn phòng": "Chánh Văn phòng",
    "giám đốc": "Giám đốc",
    "trưởng ban": "Trưởng ban",
    "ủy viên": "Ủy viên",
    "đảng": "Đảng",
    "việt nam": "Việt Nam",
    "hồ chí minh": "Hồ Chí Minh",
}
_TERM_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(t) for t in sorted(_TERMS, key=len, reverse=True)) + r")(?!\w)"
)
_PLACE_LEVEL = re.compile(
    r"(?<!\w)(tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|tp\.)\s+(?!ủy\b|đoàn\b)"
    r"((?:\w+)(?:\s+\w+){0,3})"
)
_ACRONYMS = {"UBND", "HĐND", "MTTQ", "TNCS", "TNTP", "BCH", "BTV", "CCB", "TW", "VP", "LĐLĐ", "CP"}
_PLACE_STOP = {"và", "của", "về", "cơ", "doanh", "khối", "nhiệm", "năm"}


def _name_case(text: str) -> str:
    """Official casing of a body or title written in capitals: "BAN DÂN VẬN TỈNH ỦY" -> ..."""
    text = " ".join(text.replace("UỶ", "ỦY").replace("Uỷ", "Ủy").split())
    if not _is_caps(text):
        return text
    words = text.split()
    keep = {i for i, w in enumerate(words) if w.strip(".,;") in _ACRONYMS}
    lowered = " ".join(w if i in keep else w.lower() for i, w in enumerate(words))
    lowered = _TERM_RE.sub(lambda m: _TERMS[m[1]], lowered)

    def place(m: re.Match[str]) -> str:
        names = m[2].split()
        out = []
        for w in names:
            if w.lower() in _PLACE_STOP:
                break
            out.append(w[:1].upper() + w[1:])
        rest = names[len(out) :]
        return " ".join([m[1], *out, *rest])

    lowered = _PLACE_LEVEL.sub(place, lowered)
    return lowered[:1].upper() + lowered[1:]


def _sentence_case(text: str) -> str:
    """A subject written in capitals, in sentence case; numbers and known names keep theirs."""
    if not _is_caps(text):
        return text[:1].upper() + text[1:]
    words = []
    for w in text.split():
        if parse_number(w.strip(".,;:()")) is not None or w.strip(".,;:()") in _ACRONYMS:
            words.append(w)
        else:
            words.append(w.lower())
    out = _TERM_RE.sub(lambda m: _TERMS[m[1]], " ".join(words))
    return out[:1].upper() + out[1:]


def _person_case(text: str) -> str:
    if not _is_caps(text):
        return text
    return " ".join(w[:1] + w[1:].lower() for w in text.split())


# ---------------------------------------------------------------------------------------------
# Units


@dataclass(frozen=True, slots=True)
class _Units:
    by_name: dict[str, str]
    by_code: dict[str, str]

    @classmethod
    def of(cls, units: Sequence[Unit]) -> _Units:
        by_name: dict[str, str] = {}
        by_code: dict[str, str] = {}
        for unit in units:
            for name in (unit.name, unit.short, unit.id):
                if name:
                    by_name.setdefault(_unit_key(name), unit.id)
            if unit.code:
                by_code.setdefault(_compact(unit.code), unit.id)
        return cls(by_name, by_code)

    def find(self, text: str) -> str | None:
        return self.by_name.get(_unit_key(text))


def _unit_key(text: str) -> str:
    text = text.replace("UỶ", "ỦY").replace("uỷ", "ủy").replace("Uỷ", "Ủy")
    return " ".join(re.sub(r"[^\w\s-]", " ", fold(text)).split())


def _resolve_recipient(text: str, units: _Units) -> list[str]:
    """Unit ids for one Kính gửi / Nơi nhận item, or the item itself when no unit is known.

    "Ban Thường vụ Đoàn Khối và Hội Cựu Chiến binh Khối" names two bodies sharing a head: it
    becomes both ids when units.yml knows "Ban Thường vụ Đoàn Khối" and "Ban Thường vụ Hội
    Cựu chiến binh Khối".
    """
    found = units.find(text)
    if found:
        return [found]
    parts = re.split(r"\s+và\s+", text)
    if len(parts) > 1:
        first = units.find(parts[0])
        if first:
            ids = [first]
            head_words = parts[0].split()
            for part in parts[1:]:
                # The shared head ("Ban Thường vụ") first: it is what the sentence means.
                match = None
                for n in range(1, len(head_words)):
                    match = units.find(" ".join([*head_words[:n], part]))
                    if match:
                        break
                match = match or units.find(part)
                if not match:
                    return [text]
                ids.append(match)
            return ids
    return [text]


# ---------------------------------------------------------------------------------------------
# Parsing


def _prepare(text: str) -> list[str]:
    """Lines of ``text``: NFC, no NBSP or zero-width characters, columns split into lines."""
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\ufeff", "")
    text = re.sub(r"[\u200b\u200c\u200d\u2060]", "", text)
    lines: list[str] = []
    for raw in text.split("\n"):
        # A tab or a run of spaces is where a PDF or a web table put two columns on one line.
        cells = [c.rstrip() for c in re.split(r"\t+| {4,}", raw.rstrip())]
        cells = [c for c in cells if c.strip()] or [""]
        lines.extend(cells)
    lines = [line.strip() if not line.strip() else line.rstrip() for line in lines]
    lines = [piece for line in lines[:_HEAD_LINES] for piece in _unflatten(line)] + lines[
        _HEAD_LINES:
    ]
    return _join_wrapped(_split_glued(lines))


# --- Shapes of real documents (tests/fixtures/real) -------------------------------------------
# Each rule below names the shape it reads and a real example; none knows a particular file.

_HEAD_LINES = 60  # the header block, even with page chrome above it, stands in these lines
# Right-hand phrases a copy glued onto the left column's line: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI
# CHỦ NGHĨA VIỆT NAM" / "TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc" (Hậu Giang's portal),
# "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH" (a Đoàn draft on Scribd). Capitals only for
# the names, so running text ("độc lập dân tộc") is never cut.
_GLUED_RIGHT = re.compile(
    r"(?<=\S)[ \t]*(?=CỘNG[ \t]+HO?[ÀÒ]A[ \t]+X[ÃÀ][ \t]*HỘI\b|ĐẢNG[ \t]+CỘNG[ \t]+SẢN[ \t]+VIỆT"
    r"|ĐOÀN[ \t]+TNCS[ \t]+HỒ[ \t]+CHÍ[ \t]+MINH|(?i:Độc[ \t]+lập[ \t]*[-–]?[ \t]*Tự[ \t]))"
)
# A run of rule characters after a header line: "BỘ Y TẾ -------".
_TRAILING_RULE = re.compile(r"^(?P<text>.*?\S)[ \t]+(?P<rule>[-_=*~]{3,})$")


def _glued_pieces(line: str) -> list[str]:
    """Cut ``line`` before each right-hand phrase that, with what follows it, is the right column.

    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is cut; "KẾ HOẠCH TỔ CHỨC KỶ NIỆM 90
    NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 ...)" is not: there the name runs on.
    """
    cuts = [0]
    for m in _GLUED_RIGHT.finditer(line):
        rest = line[m.end() :]
        motto = re.search(r"(?i:Độc[ \t]+lập)", rest[1:])
        head = rest[: motto.start() + 1] if motto else rest
        place = re.search(r"\s(?:[A-ZĐ]\S*\s+){0,3}[A-ZĐ]\S*\s*,\s*ng\s?[àa]\s?y\b", head)
        if place:
            head = head[: place.start()]
        if _is_right_hand(head.strip()) and m.end() > cuts[-1]:
            cuts.append(m.end())
    if len(cuts) == 1:
        return [line]
    pieces = [line[a:b] for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True)]
    return [p.strip() for p in pieces if p.strip()]


# Where a document flattened into one line (a forum post, a document site's text preview)
# had its line breaks: before the number, the motto, the place and date, the type name in
# capitals, "V/v", "Kính gửi", "Nơi nhận", each "- Căn cứ" and "- " item, the authority.
_FLAT_BREAKS = re.compile(
    r"\*{3}|(?=\bSố\s*:)|(?=CỘNG\s+HÒA\s+XÃ\s+HỘI)|(?=Độc\s+lập\s*-\s*Tự)"
    r"|(?=ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH)|(?=V/v\b)|(?=Kính\s+gửi\s*:)|(?=Nơi\s+nhận\s*:)"
    r"|(?<=[;.,:])\s+(?=[-–]\s+\S)|(?=-\s+Căn\s+cứ)|(?=\b(?:TM|KT|TL)\.\s+[A-ZĐ])"
    r"|(?<=\S)(?=-{5,})|(?<=-{5})(?=[^-])|(?=\([đĐ]ã ký\))|(?<=\([đĐ]ã ký\))"
    r"|(?=\b(?:QUYẾT ĐỊNH|KẾ HOẠCH|HƯỚNG DẪN|THÔNG BÁO|CÔNG VĂN|CHỈ THỊ|NGHỊ QUYẾT|KẾT LUẬN|QUY ĐỊNH)"
    r"(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ]|\s+[A-ZĐ]))"
)
_FLAT_DATE = re.compile(
    r"(?P<place>(?:[A-ZĐ][\w-]*\s+){0,3}[A-ZĐ][\w-]*\s*,\s*ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4})"
)


def _unflatten(line: str) -> list[str]:
    """Lines of a document that reached us as one long line (see _FLAT_BREAKS).

    Only a long line that opens like a document does (a number line and a dated place within its
    first 400 characters) is cut: "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ
    CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành ..." (a forum post).
    """
    if (
        len(line) < 400
        or not re.search(r"\bSố\s*:", line[:400])
        or not _FLAT_DATE.search(line[:400])
    ):
        return [line]

    def place_date(m: re.Match[str]) -> str:
        words = m["place"].split(" ")
        while len(words) > 1 and (_is_caps(words[0]) or re.search(r"[\d/]", words[0])):
            words = words[1:]  # "SGDĐT-VP Phan Rang-Tháp Chàm, ngày": the code is not the place
        head = m["place"][: len(m["place"]) - len(" ".join(words))]
        return f"{head}\n{' '.join(words)}\n"

    line = _FLAT_DATE.sub(place_date, line, count=1)
    line = _GLUED_RIGHT.sub("\n", line)
    pieces: list[str] = []
    for part in line.split("\n"):
        pieces.extend(p for p in _FLAT_BREAKS.split(part) if p and p.strip())
    out: list[str] = []
    for piece in pieces:
        piece = piece.strip()
        # "QUYẾT ĐỊNHVề việc ...": the type name glued to its subject.
        low = next((k for k, ch in enumerate(piece) if ch.isalpha() and ch.islower()), -1)
        if low >= 5 and piece[low - 1].isupper() and piece[low - 2].isupper():
            out.extend([piece[: low - 1], piece[low - 1 :]])
        else:
            out.append(piece)
    return out


def _split_glued(lines: list[str]) -> list[str]:
    """Split header lines where a copy joined the two columns or the number and the date."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i >= _HEAD_LINES or len(line) > 200 or not line.strip():
            out.append(line)
            continue
        for piece in _glued_pieces(line):
            piece = piece.strip()
            m = _TRAILING_RULE.match(piece)
            if m and _is_caps(m["text"]):
                out.extend([m["text"], m["rule"]])
            else:
                out.extend(_split_number_date(piece))
    return out


def _split_number_date(line: str) -> list[str]:
    """ "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011" -> the number, then place and date.

    The number cell and the place-and-date cell of a state header row, glued by the copy
    (Hậu Giang's portal; "Số: - HD/TWĐTN-BTC Hà Nội, ngày tháng năm 2023" in a Đoàn draft).
    """
    if not re.match(r"^S\s?ố\b", line):
        return [line]
    m = re.search(r",\s*ng\s?[àa]\s?y\b", line)
    if m is None:
        return [line]
    words = line[: m.start()].split()
    place: list[str] = []
    while (
        words and len(place) < 4 and words[-1][:1].isupper() and not re.search(r"[\d/]", words[-1])
    ):
        place.insert(0, words.pop())
    if not place or len(words) < 2:
        return [line]
    return [" ".join(words), " ".join(place) + line[m.start() :]]


_DATE_CUT = re.compile(r"\bng\s?[àa]\s?y(?:\s+\d{1,2})?(?:\s+th\s?[áa]\s?ng(?:\s+\d{1,2})?)?$")
_DATE_REST = re.compile(r"^(?:th\s?[áa]\s?ng|n\s?[ăa]\s?m)\b")


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join header lines that a web page or a PDF wrapped inside one cell.

    Legal-text sites show a Word header table as cells between "|" lines and wrap them anywhere:
    "ỦY / BAN NHÂN DÂN", "CỘNG / HÒA XÃ HỘI ...", "Số: / 14/2007/QĐ-UBND", "Tam / Kỳ, ngày ...",
    "Sơn / La, ngày 11 tháng 3 / năm 2020", "TP Hồ Chí / Minh, ngày ...", "Kính / gửi:". A draft's
    columns come apart around the blank date: "Hà Nội, ngày" / "tháng" / "năm 2016".
    """
    last_cell = max((i for i, x in enumerate(lines[:_HEAD_LINES]) if x.strip() == "|"), default=-1)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if out and i < _HEAD_LINES and line.strip():
            prev = out[-1]
            in_cell = i <= last_cell and prev.strip() not in {"", "|"}
            joined = f"{prev} {line.strip()}"
            if (
                prev.strip()
                and not _is_rule(prev)
                and (
                    (in_cell and _one_word(prev) and not _is_rule(prev))
                    or (in_cell and _one_word(line) and _is_caps(line) and _is_caps(prev))
                    or (
                        _date_in(joined)
                        and not _date_in(prev)
                        and not _is_caps(prev)
                        and not _is_right_hand(prev)
                        and _number_in(prev) is None
                    )
                    or (_is_right_hand(joined) and not _is_right_hand(prev) and _is_caps(prev))
                )
            ):
                out[-1] = joined
                i += 1
                continue
            # "Hà Nội, ngày" / "" / "tháng" / "" / "năm 2016": the pieces of one blank date.
            if _DATE_CUT.search(prev.strip()) and _DATE_REST.match(line.strip()):
                out[-1] = joined
                i += 1
                continue
        elif out and i < _HEAD_LINES and not line.strip() and out[-1].strip():
            nxt = next((x for x in lines[i + 1 : i + 4] if x.strip()), "")
            if _DATE_CUT.search(out[-1].strip()) and _DATE_REST.match(nxt.strip()):
                i += 1
                continue
        out.append(line)
        i += 1
    return out


def _one_word(line: str) -> bool:
    words = line.split()
    return len(words) == 1 and not re.search(r"\d", line)


def _doc_start(lines: list[str]) -> int:
    """Index of the first line of the document inside a web page (or 0)."""
    anchor = None
    for i, line in enumerate(lines):
        c = _clean(line)
        if _is_right_hand(c) or _number_in(c) is not None:
            anchor = i
            break
    if anchor is None:
        return 0
    start = anchor
    i = anchor - 1
    while i >= 0:
        c = _clean(lines[i])
        if (
            not c
            or _is_rule(c)
            or _is_right_hand(c)
            or _date_in(c)
            or _V_V.match(c)
            or _NUMBER_LINE.match(c)  # "Số:" left blank in a draft, its code on a later line
        ):
            i -= 1
            continue
        if _NOISE.match(c) or not _is_caps(c) or re.search(r"\d", c) or _doc_type_line(c):
            break
        start = i
        i -= 1
    return start


@dataclass(slots=True)
class _Found:
    number: DocNumber | None = None
    number_idx: int | None = None
    place: str = ""
    date: dt.date | None = None
    left: list[str] = field(default_factory=list)
    doc_type: DocType | None = None
    subject: list[str] = field(default_factory=list)
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    authority: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    name: str = ""
    footnotes: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def parse_document(
    text: str,
    *,
    units: Sequence[Unit] = (),
    theme_years: Collection[int] = (),
) -> ImportResult:
    """Read a Vietnamese Party, mass-organisation or state document.

    Args:
        text: the document as text (see `read_source`), possibly wrapped in web-page noise.
        units: the units of content/units.yml, to turn issuer, Kính gửi and Nơi nhận into ids.
        theme_years: the years that have a theme file; "chủ đề năm YYYY" in the text adds YYYY to
            ``themes`` only when it is one of these.

    Returns:
        The front-matter fields, the body as Markdown, the keys not found and notes.
    """
    known = _Units.of(units)
    lines = _prepare(_strip_front_matter(text))
    lines = [line for line in lines if not _NOISE.match(_clean(line)) or not _clean(line)]
    start = _doc_start(lines)
    lines = lines[start:]
    for i, line in enumerate(lines):
        if i > 5 and _TRAILER.match(_clean(line)):
            lines = lines[:i]
            break

    found = _Found()
    body_start = _read_header(lines, found)
    if found.number is None and not found.left:
        _read_headline(lines, found)
    closing = _find_closing(lines, body_start)
    closing_end = _read_closing(lines, closing, found)
    body_lines = lines[body_start:closing]
    tail = _footnote_tail(lines, closing_end, found)
    body_lines = _pull_footnotes(body_lines, found.footnotes, anywhere=False)
    if tail:
        found.notes.append("có phần văn bản sau chữ ký (phụ lục?), đã đưa vào cuối nội dung")
        body_lines = [*body_lines, "", *tail]

    fields: dict[str, Any] = {}
    missing: list[str] = []
    fields["number"] = str(found.number) if found.number else ""
    fields["date"] = found.date
    fields["place"] = found.place
    fields["issuer"] = _issuer(found, known)
    # The header lines as written (superior body over issuer), for the print view.
    fields["header"] = tuple(found.left)
    doc_type = found.doc_type
    if doc_type is None and found.number is not None:
        doc_type = DocType.from_text(found.number.type_name or "")
        if doc_type is None and found.number.type_code is None and found.subject:
            # A state công văn carries no type code ("4919/VPCP-KTTH") but a "V/v" subject.
            doc_type = DocType.CONG_VAN
    if doc_type is None and found.subject and _V_V.match(found.subject[0]):
        # Only a công văn has its subject as "V/v ..." under the number; that holds when the
        # number is unreadable (an OCR scan) or missing (a web copy without it).
        doc_type = DocType.CONG_VAN
    fields["type"] = doc_type.value if doc_type else ""
    fields["subject"] = _subject(found.subject)
    fields["signer"] = _signer(found)
    fields["to"] = tuple(_recipients(found.to, known))
    fields["cc"] = tuple(_recipients(found.cc, known))
    body = _render_body(body_lines, found.footnotes)
    header_text = "\n".join([fields["subject"], *found.to])
    fields["relations"] = _relations(
        "\n".join([header_text, body]), own=found.number, notes=found.notes
    )
    fields["themes"] = _themes(body, theme_years)
    fields["tags"] = ()
    fields["visibility"] = "internal"
    fields["status"] = "in-force"

    for key in ("number", "date", "place", "issuer", "type", "subject", "signer", "cc"):
        if not fields[key]:
            missing.append(key)
    if not fields["to"] and doc_type in {DocType.CONG_VAN, DocType.GIAY_MOI, DocType.TO_TRINH}:
        missing.append("to")
    if fields["issuer"] and fields["issuer"] not in {u.id for u in units}:
        found.notes.append(
            f"cơ quan ban hành «{fields['issuer']}» chưa có trong content/units.yml; "
            "có thể thêm vào đó rồi ghi mã đơn vị"
        )
    order = {k: i for i, k in enumerate(FIELD_ORDER)}
    missing.sort(key=order.__getitem__)
    return ImportResult(
        fields=MappingProxyType(fields),
        body=body,
        missing=tuple(missing),
        notes=tuple(found.notes),
    )


def _read_header(lines: list[str], found: _Found) -> int:
    """Fill number, date, place, issuer lines, type, subject and Kính gửi; return the body start."""
    limit = min(len(lines), 80)
    type_idx = None
    lead = False
    stop_idx = None
    for i in range(limit):
        c = _clean(lines[i])
        if found.number is None and (number := _number_in(c)) is not None:
            found.number, found.number_idx = number, i
        elif found.date is None and (pd := _date_in(c)) is not None:
            found.place, found.date = pd
        elif found.date is None and not found.place and (place := _blank_date_place(c)):
            found.place = place
        elif type_idx is None and (doc_type := _doc_type_line(c)) is not None:
            found.doc_type, type_idx = doc_type, i
            break
        elif type_idx is None and (both := _type_lead(c)) is not None:
            found.doc_type, type_idx, lead = both[0], i, True
            found.subject = [both[1]]
            break
        elif _KINH_GUI.match(c) or (found.number is not None and _is_body_line(c)):
            stop_idx = i
            break
        elif stop_idx is None and _V_V.match(c) and not _is_body_line(c):
            stop_idx = i  # without a number (a draft, an OCR scan) the V/v line ends the header
    header_end = (
        type_idx
        if type_idx is not None
        else found.number_idx
        if found.number_idx is not None
        else stop_idx or 0
    )
    # The left block: capitals before the number (or the type line), minus the right-hand block.
    for i in range(header_end):
        c = _clean(lines[i]).strip("* ")
        if (
            c
            and _is_caps(c)
            and not _is_right_hand(c)
            and not _is_rule(c)
            and _date_in(c) is None
            and _number_in(c) is None
            and not _NOISE.match(c)
            and _compact(c) not in _STAMPS
        ):
            found.left.append(c)
    # After the number or the type line comes the subject; after a V/v or Kính gửi line that
    # ended a header without either, that line itself is read next.
    end = header_end + 1 if (type_idx is not None or found.number_idx is not None) else header_end
    if lead:
        end = type_idx + 1 if type_idx is not None else end
    elif type_idx is not None:
        end = _read_subject(lines, type_idx + 1, found, caps_ok=True)
    elif found.number_idx is not None:
        end = _read_subject(lines, found.number_idx + 1, found, caps_ok=False)
    # "V/v" may stand elsewhere in the header when the columns are interleaved.
    if not found.subject:
        for i in range(min(end + 3, len(lines))):
            if _V_V.match(_clean(lines[i])) and not _is_body_line(_clean(lines[i])):
                end = max(end, _read_subject(lines, i, found, caps_ok=False))
                break
    for i in range(end, min(end + 12, len(lines))):
        c = _clean(lines[i])
        if not c or _is_rule(c) or _date_in(c) or _is_right_hand(c):
            continue
        if _KINH_GUI.match(c):
            return _read_kinh_gui(lines, i, found)
        break
    return end


# Where a portal's lead names the document it republishes: "Ban Tuyên giáo Trung ương ban hành
# Hướng dẫn số 55-HD/BTGTW về ...", "LTS: Ngày 14-11-2016, Ban Chấp hành ... đã ban hành Nghị
# quyết số 10-NQ/TU về ...", "... Phó Chủ tịch ... đã ký văn bản số 1117/ĐCT-TG về việc ...".
_LEAD_VERB = re.compile(r"(?<!\w)(?:ban\s+hành|(?:đã\s+)?ký(?:\s+ban\s+hành)?)\s+", re.IGNORECASE)
_LEAD_DATE = re.compile(
    r"(?<!\w)ngày\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)",
    re.IGNORECASE,
)
_LEAD_ABOUT = re.compile(r"[\s,]*(?:v\s*/\s*v|về\s+việc|về)\s*:?\s+", re.IGNORECASE)
# A lead whose number has no code ("ban hành Chỉ thị số 17 về việc ..."): type and subject only.
_LEAD_NO_CODE = re.compile(
    r"(?<!\w)(?:ban\s+hành|ký)\s+(?P<type>[^\d,;.]{3,25}?)\s+số\s+\d+\s+(?=về\b)", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"\.(?=\s+[A-ZĐÀ-Ỹ])|\.?\s*$")


def _read_headline(lines: list[str], found: _Found) -> None:
    """Fill what a republished document's headline or lead says of it, where the header is absent.

    Two shapes (tests/fixtures/real, "web"): a headline that is the document's own citation, at
    the start of a line ("Công văn số 454-CV/BDVTW ngày 24/9/2015 của Ban Dân vận Trung ương về
    việc báo cáo ..."), often under the portal's date line; and a lead sentence naming it after
    "ban hành" or "đã ký" (see _LEAD_VERB). Number, date, type and subject are taken only where the
    header gave none; the subject runs from "về" / "về việc" to the end of the sentence.
    """
    from bangtin.links.citations import TYPE_WORDS, find_citations

    seen = 0
    for line in lines[:30]:
        c = _clean(line)
        if not c or _NOISE.match(c):
            continue
        seen += 1
        if seen > 8:
            return
        for cit in find_citations(c):
            at_start = cit.start == 0 and bool(cit.type_name)
            verb = next(
                (m for m in _LEAD_VERB.finditer(c, 0, cit.start + 1) if m.end() == cit.start), None
            )
            if not (at_start or verb):
                continue
            if found.number is None:
                found.number = cit.number
            if found.date is None:
                found.date = cit.date
                if found.date is None and (m := _LEAD_DATE.search(c, 0, cit.start)):
                    with contextlib.suppress(ValueError):
                        found.date = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            if found.doc_type is None:
                found.doc_type = DocType.from_text(cit.type_name) if cit.type_name else None
            about = _LEAD_ABOUT.search(c, cit.number_end)
            if (
                not found.subject
                and about is not None
                and "về" not in c[cit.number_end : about.start()].casefold()
            ):
                end = _SENTENCE_END.search(c, about.end())
                found.subject = [c[about.end() : end.start() if end else len(c)]]
            return
        if (m := _LEAD_NO_CODE.search(c)) and (name := TYPE_WORDS.get(m["type"].casefold())):
            if found.doc_type is None:
                found.doc_type = DocType.from_text(name)
            if not found.subject and (about := _LEAD_ABOUT.match(c, m.end())):
                end = _SENTENCE_END.search(c, about.end())
                found.subject = [c[about.end() : end.start() if end else len(c)]]
            return


def _is_body_line(line: str) -> bool:
    # A long line in capitals is a title block written as one line, not a paragraph.
    return (len(line) > 160 and not _is_caps(line)) or bool(
        re.match(r"^(?:Thực hiện|Căn cứ|Theo|Để|Nhằm|Trong)\b", line)
    )


def _read_subject(lines: list[str], i: int, found: _Found, *, caps_ok: bool) -> int:
    """Collect subject lines from ``i`` until a blank line or a rule; return the index after."""
    n = len(lines)
    while i < n:
        c = _clean(lines[i])
        if c and not _is_rule(c) and not _date_in(c) and not _is_right_hand(c):
            break
        if c == "" and found.subject:
            break
        i += 1
    while i < n and len(found.subject) < 6:
        c = _clean(lines[i])
        if not c and found.subject and (caps_ok or _V_V.match(found.subject[0])):
            # A scan or a web copy spaces a subject's wrapped lines apart: "V/v hướng dẫn thực
            # hiện nhiệm vụ" / "" / "giáo dục trung học năm học 2019-2020" (a ministry's OCR);
            # "Quy định việc xác nhận ..." / "" / "đã được thành lập ..." (the legal database).
            nxt = lines[i + 1].strip() if i + 1 < n else ""
            if nxt[:1].islower() and len(nxt) < 120 and not _is_body_line(nxt):
                i += 1
                continue
        if not c or _is_rule(c) or _KINH_GUI.match(c) or _NOI_NHAN.match(c):
            break
        if found.subject and _is_authority_line(lines, i, found):
            break
        if (
            found.subject
            and found.subject[-1][:1].islower()
            and c[:1].isupper()
            and not _is_caps(c)
            and len(c) >= 55
            and len(found.subject[-1]) < len(c) - 15
        ):
            # A PDF's subject ends with a short, centred lower-case line ("định hướng đến năm
            # 2030"); a full-width line opening with a capital is the body ("Hội nghị lần thứ
            # bảy ... họp"). A short one continues the subject ("Công văn số 2078-CV/ĐUK năm 2024").
            break
        if _date_in(c) or _is_right_hand(c):
            i += 1
            continue
        if _is_body_line(c) and not (found.subject == [] and _V_V.match(c)):
            break
        if found.subject and not caps_ok and _is_caps(c) and not _is_caps(found.subject[0]):
            break
        if not caps_ok and _is_caps(c) and not found.subject:
            # A caps line right under the number is a left-column line, not the subject.
            i += 1
            continue
        found.subject.append(c)
        i += 1
    return i


# Words that open the line naming the issuing authority under a decision's title block:
# "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG",
# "BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI", "BỘ TRƯỞNG BỘ ...".
_AUTHORITY_HEADS = tuple(
    _compact(t)
    for t in (
        "ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN",
        "BỘ TRƯỞNG",
        "THỦ TƯỚNG CHÍNH PHỦ",
        "CHÍNH PHỦ",
        "BAN THƯỜNG VỤ",
        "BAN BÍ THƯ",
        "BAN CHẤP HÀNH",
        "THƯỜNG TRỰC",
    )
)
_BODY_OPENER = re.compile(r"^(?:[-–]\s*)?(?:Căn\b|Xét\b|Theo\b|Thi hành\b|Thực hiện\b|QUYẾT ĐỊNH)")


def _is_authority_line(lines: list[str], i: int, found: _Found) -> bool:
    """The issuer's name standing between the title block and "Căn cứ ...", not a subject line."""
    c = _clean(lines[i])
    compact = _compact(c)
    if not _is_caps(c) or not (
        compact.startswith(_AUTHORITY_HEADS)
        or (found.left and compact == _compact(" ".join(found.left)))
    ):
        return False
    nxt = next((_clean(x) for x in lines[i + 1 : i + 5] if _clean(x)), "")
    return not nxt or bool(_BODY_OPENER.match(nxt)) or _is_body_line(nxt)


def _read_kinh_gui(lines: list[str], i: int, found: _Found) -> int:
    rest = _KINH_GUI.match(_clean(lines[i]))
    assert rest is not None
    items: list[str] = []
    first = rest["rest"].strip()
    if first:
        items.append(first)
    i += 1
    if not items:
        i = _skip_column_debris(lines, i)
    while i < len(lines):
        c = _clean(lines[i])
        if not c or _is_rule(c):
            # Web copies put blank lines (or table rules) between the "- ..." items.
            nxt = next((_clean(x) for x in lines[i + 1 : i + 4] if _clean(x)), "")
            if items and not (_ITEM.match(nxt) and not _is_body_line(nxt)):
                break
            i += 1
            continue
        if _is_body_line(c) or (_PARAGRAPH_OPENER.match(c) and not _ITEM.match(c)):
            break
        if _ITEM.match(c) or not items:
            items.append(c)
        else:
            items[-1] = f"{items[-1]} {c}"
        i += 1
    found.to = _split_items(items)
    return i


def _skip_column_debris(lines: list[str], i: int) -> int:
    """Skip what the other column left between "Kính gửi:" and its "- ..." items.

    OCR of a state header interleaves the columns: "Kính gửi:" / "Độc lập - Tự do - Hạnh phúc" /
    "Hà Nơi" / "ngage thang § nam 2019" / "- Các sở giáo dục và đảo tạo" (a ministry's scan).
    """
    for j in range(i, min(i + 9, len(lines))):
        c = _clean(lines[j])
        if _ITEM.match(c) and not _is_body_line(c):
            return j
        if c and not (_is_right_hand(c) or _is_rule(c) or _date_in(c) or len(c.split()) <= 5):
            return i
    return i


def _split_items(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        # "A; - B" or "A; B" joins two items; "nghiên cứu; phóng viên, nhà báo" is one.
        for part in re.split(r";\s*(?=[-–—+•]|[A-ZĐÀ-Ỹ])(?=[^a-zđà-ỹ])", item):
            text = _ITEM.sub("", part.strip()).strip().rstrip(";,.").strip()
            # "(b/c)", "(để biết)", "(t/h)": how the copy is meant, not whom it goes to.
            text = re.sub(r"\s*\([^()]{1,25}\)$", "", text).rstrip(";,.").strip()
            if text:
                out.append(text)
    return out


def _find_closing(lines: list[str], body_start: int) -> int:
    """Index where the closing (Nơi nhận or the signature block) begins."""
    end_mark = None
    for i in range(body_start, len(lines)):
        c = _clean(lines[i])
        if _NOI_NHAN.match(c) or (_AUTHORITY.match(c) and _is_caps(c)):
            return i
        if _END_MARK.search(c):
            end_mark = i
    if end_mark is not None:
        return end_mark + 1
    # No "./." and no authority: the last capitalised title line over a name closes the text.
    for i in range(len(lines) - 1, body_start, -1):
        c = _clean(lines[i])
        if _is_caps(c) and _TITLE_WORDS.fullmatch(c):
            return i
    return len(lines)


def _read_closing(lines: list[str], closing: int, found: _Found) -> int:
    """Read Nơi nhận and the signature block, in either order, columns interleaved or not.

    Returns:
        The index just after the last line that belongs to the closing.
    """
    in_cc = False
    seen_title = False
    cc_items: list[str] = []
    cc_open = False
    end = closing
    for i in range(closing, len(lines)):
        c = _clean(lines[i])
        if not c:
            cc_open = False
            continue
        if m := _NOI_NHAN.match(c):
            in_cc = cc_open = True
            if m["rest"].strip():
                cc_items.append(m["rest"].strip())
        elif _AUTHORITY.match(c) and _is_caps(c) and not found.name:
            found.authority.append(c)
            seen_title = False
        elif _SIGNED.match(c):
            pass
        elif (
            _is_caps(c)
            and not _ITEM.match(c)
            and not found.name
            and (found.authority or _TITLE_WORDS.search(c))
        ):
            found.title.append(c)
            seen_title = True
        elif in_cc and _ITEM.match(c):
            cc_items.append(c)
            cc_open = True
        elif (
            not found.name
            and (seen_title or found.authority)
            and (_is_name(c) or (_is_caps(c) and _is_name(_person_case(c))))
        ):
            found.name = _person_case(c)
        elif in_cc and cc_open and cc_items and not _is_caps(c) and _footnote_def(c) is None:
            cc_items[-1] = f"{cc_items[-1]} {c}"
        else:
            break
        end = i + 1
    found.cc = _split_items(cc_items)
    _split_authority_title(found)
    return end


def _split_authority_title(found: _Found) -> None:
    """Split "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ" written on one line into authority and title."""
    if found.title or not found.authority:
        return
    last = found.authority[-1]
    m = _AUTHORITY.match(last)
    assert m is not None
    rest = m["rest"]
    titles = [t for t in _TITLE_WORDS.finditer(rest) if t.start() > 0]
    if titles:
        t = titles[-1]
        found.authority[-1] = f"{m['prefix']} {rest[: t.start()].strip()}"
        found.title.append(rest[t.start() :].strip())


def _footnote_tail(lines: list[str], end: int, found: _Found) -> list[str]:
    """Take the footnote definitions after the closing; return any other text there (appendices)."""
    rest = _pull_footnotes(lines[end:], found.footnotes, anywhere=True)
    return rest if any(_clean(r) for r in rest) else []


_SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_MAP = str.maketrans(_SUPER, "0123456789")
_FN_DEF = re.compile(
    rf"^(?:⁽(?P<a>[{_SUPER}]+)⁾|\((?P<b>\d{{1,2}})\)|\[(?P<c>\d{{1,3}})\]|(?P<d>[{_SUPER}]+))\s*(?P<text>\S.*)$"
)


def _footnote_def(line: str, *, area: bool = False) -> tuple[str, str] | None:
    """(number, text) when ``line`` defines a footnote; "(1)" counts only in the footnote area."""
    m = _FN_DEF.match(line)
    if not m or (m["b"] and not area):
        return None
    number = (m["a"] or m["b"] or m["c"] or m["d"]).translate(_SUPER_MAP)
    return number, m["text"].strip()


def _pull_footnotes(lines: list[str], notes: dict[str, str], *, anywhere: bool) -> list[str]:
    """Remove footnote definitions (and their wrapped lines) from ``lines`` into ``notes``."""
    out: list[str] = []
    current: str | None = None
    for line in lines:
        c = line.strip()
        if not c:
            current = None
            out.append(line)
            continue
        fn = _footnote_def(c, area=anywhere)
        if fn is not None and fn[0] not in notes:
            current = fn[0]
            notes[current] = fn[1]
            continue
        if current is not None:
            notes[current] = f"{notes[current]} {c}"
            continue
        out.append(line)
    return out


def _issuer(found: _Found, known: _Units) -> str:
    if found.number is not None:
        by_code = known.by_code.get(_compact(found.number.issuer_code))
        if by_code is None and "-" in found.number.issuer_code:
            by_code = known.by_code.get(_compact(found.number.issuer_code.split("-")[0]))
        if by_code:
            return by_code
    groups: list[list[str]] = []
    for line in found.left:
        line = line.strip("* ")
        if not line:
            continue
        if not groups or _BODY_HEADS.match(line.replace("UỶ", "ỦY")):
            groups.append([line])
        else:
            groups[-1].append(line)
    if not groups:
        return ""
    names = [_name_case(" ".join(g)) for g in groups]
    issuing = names[-1]
    candidates = [issuing]
    for superior in reversed(names[:-1]):
        candidates.append(f"{issuing} {superior}")
        sup_id = known.find(superior)
        if sup_id:
            candidates.extend(
                f"{issuing} {name}" for name, uid in known.by_name.items() if uid == sup_id
            )
    for cand in candidates:
        if uid := known.find(cand):
            return uid
    return issuing


def _subject(lines: list[str]) -> str:
    text = " ".join(" ".join(lines).split()).strip(" *_")
    text = _V_V.sub("", text)
    text = re.sub(r"^về\s+", "", text, flags=re.IGNORECASE) if not _is_caps(text) else text
    if _is_caps(text):
        text = re.sub(r"^VỀ\s+(?:VIỆC\s+)?", "", text)
        text = _sentence_case(text)
    # "KẾT LUẬN / của Ban Thường vụ ... về ...": the issuer is known already, the subject follows "về".
    # The older state form: "QUYẾT ĐỊNH / CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ..." (2003).
    if m := re.match(
        r"^của\s+[^,;]{3,120}?\s+(?:về\s+(?:việc\s+)?|v\s*/\s*v\s+)(?P<s>\S.*)$",
        text,
        re.IGNORECASE,
    ):
        text = m["s"]
    return text[:1].upper() + text[1:]


def _signer(found: _Found) -> dict[str, str] | None:
    if not (found.name or found.title or found.authority):
        return None
    authority = []
    for line in found.authority:
        m = _AUTHORITY.match(line)
        assert m is not None
        prefix = re.sub(r"\s+", "", m["prefix"])
        authority.append(f"{prefix} {_name_case(m['rest'])}")
    return {
        "name": found.name,
        "title": _name_case(" ".join(found.title)),
        "authority": ", ".join(authority),
    }


def _recipients(items: list[str], known: _Units) -> list[str]:
    out: list[str] = []
    for item in items:
        for ref in _resolve_recipient(item, known):
            if ref not in out:
                out.append(ref)
    return out


def _themes(body: str, years: Collection[int]) -> tuple[int, ...]:
    found = {int(y) for y in re.findall(r"chủ đề năm\s+((?:19|20)\d\d)", body, re.IGNORECASE)}
    return tuple(sorted(y for y in found if y in years))


_KIND_RANK = {
    RelationKind.SUPERSEDES: 0,
    RelationKind.AMENDS: 1,
    RelationKind.IMPLEMENTS: 2,
    RelationKind.GUIDES: 3,
    RelationKind.BASED_ON: 4,
    RelationKind.CITES: 5,
}


def _relations(text: str, *, own: DocNumber | None, notes: list[str]) -> dict[str, tuple[str, ...]]:
    """Every citation in ``text`` but nested ones and the document's own number, by kind.

    A number keeps its first kind, unless a later mention says more than "cites".
    """
    try:
        from bangtin.links.citations import find_citations
    except ImportError:
        notes.append("chưa có bộ tìm trích dẫn (citations.py): relations để trống")
        return {}
    chosen: dict[str, tuple[RelationKind, str]] = {}
    for cit in find_citations(text):
        if cit.nested:
            continue
        key = cit.number.key
        if own is not None and key == own.key:
            continue
        if key not in chosen:
            chosen[key] = (cit.kind, str(cit.number))
        elif cit.kind is not RelationKind.CITES and chosen[key][0] is RelationKind.CITES:
            chosen[key] = (cit.kind, chosen[key][1])
    grouped: dict[str, tuple[str, ...]] = {}
    for kind in RelationKind:
        numbers = tuple(num for k, num in chosen.values() if k is kind)
        if numbers:
            grouped[kind.value] = numbers
    return grouped


# ---------------------------------------------------------------------------------------------
# Body


def _render_body(lines: list[str], footnotes: dict[str, str]) -> str:
    paragraphs = _paragraphs(lines)
    paragraphs = _rejoin(paragraphs)
    out: list[str] = []
    in_numbered = False
    for para in paragraphs:
        para = _markers(para, footnotes)
        if re.match(r"^\d+\.\s", para):
            in_numbered = True
        elif not _ITEM.match(para):
            in_numbered = False
        if _ITEM.match(para):
            para = "- " + _ITEM.sub("", para)
            if in_numbered:
                # Bullets under "1." belong to that item, as in the hand-made sample.
                para = "    " + para
        out.append(para)
    body = "\n\n".join(out).strip()
    if footnotes:
        notes = "\n".join(
            f"[^{n}]: {_markers(t, {})}"
            for n, t in sorted(footnotes.items(), key=lambda kv: int(kv[0]))
        )
        body = f"{body}\n\n{notes}" if body else notes
    return body


def _paragraphs(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs; list items and openers start new ones."""
    paras: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paras.append(" ".join(" ".join(current).split()))
            current.clear()

    for line in lines:
        c = line.strip()
        if not c:
            flush()
            continue
        if c.strip("*_ ") == "" or _is_rule(c):
            continue
        if current and (
            _PARAGRAPH_OPENER.match(c)
            or _is_caps(c) != _is_caps(current[-1])
            or (re.search(r"[.;:!?…]$|\./\.$", current[-1]) and re.match(r"^[\W\d]*[A-ZĐÀ-Ỹ]", c))
        ):
            flush()
        current.append(c)
    flush()
    return paras


def _rejoin(paras: list[str]) -> list[str]:
    """Mend a sentence split by a page break: a paragraph starting in lower case continues."""
    out: list[str] = []
    for para in paras:
        if (
            out
            and re.match(r"^[”\"’)]*[a-zđà-ỹ]", para)
            and not re.search(r"[.;:!?]$", out[-1])
            and not _is_caps(out[-1])
        ):
            out[-1] = f"{out[-1]} {para}"
        else:
            out.append(para)
    return out


def _markers(text: str, footnotes: dict[str, str]) -> str:
    """Footnote markers in running text as Markdown references."""
    text = re.sub(rf"⁽([{_SUPER}]+)⁾", lambda m: f"[^{m[1].translate(_SUPER_MAP)}]", text)

    def known(m: re.Match[str], digits: str) -> str:
        return f"[^{digits}]" if digits in footnotes else m[0]

    text = re.sub(
        rf"(?<=[\w”\"’).,;:])([{_SUPER}]+)", lambda m: known(m, m[1].translate(_SUPER_MAP)), text
    )
    text = re.sub(r"(?<=[\w”\"’.,;:])\[(\d{1,3})\]", lambda m: known(m, m[1]), text)
    text = re.sub(r"(?<=[\w”\"’])\((\d{1,2})\)", lambda m: known(m, m[1]), text)
    return text


# ---------------------------------------------------------------------------------------------
# Output


def target_path(result: ImportResult, root: Path) -> Path:
    """Where the imported directive belongs: ``root/directives/YEAR/SLUG.md``.

    Raises:
        ValueError: the number or the date was not found (the message says so in Vietnamese).
    """
    number = result.number
    date = result.fields.get("date")
    if number is None or not isinstance(date, dt.date):
        lacking = [w for w, ok in (("số văn bản", number), ("ngày ban hành", date)) if not ok]
        raise ValueError(f"không tìm thấy {' và '.join(lacking)} nên chưa biết lưu tệp vào đâu")
    return root / "directives" / str(date.year) / f"{number.slug}.md"


class WriteRefused(ValueError):
    """A target the importer will not write; the message is for editors, in Vietnamese."""


class TargetExists(WriteRefused):
    """The target is already there and ``force`` was not given."""


def write_directive(target: Path, text: str, root: Path, *, force: bool) -> None:
    """Write ``text`` to ``target`` inside ``root``, never through a symlink.

    Without ``force`` an existing file is never replaced (the file is created exclusively, so a
    file that appears meanwhile is kept too). With it, the text goes to a temporary file beside
    the target that replaces it in one rename: a symlink at the target is refused, not followed,
    and a folder on the way that leads outside the project (a symlinked ``directives/2024``) is
    refused as well.

    Raises:
        WriteRefused: the target exists (without ``force``), is a symlink, or lies outside ``root``.
    """
    base = root.resolve()
    folder = root
    for part in target.parent.relative_to(root).parts:
        folder = folder / part
        if folder.is_symlink():
            raise WriteRefused(
                f"{folder} là liên kết tượng trưng (symlink): không ghi qua liên kết"
            )
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.parent.resolve().is_relative_to(base):
        raise WriteRefused(f"{target.parent} nằm ngoài thư mục của cổng {root}: không ghi")
    if target.is_symlink():
        raise WriteRefused(f"{target} là liên kết tượng trưng (symlink): không ghi qua liên kết")
    data = text.encode("utf-8")
    if not force:
        try:
            fd = os.open(
                target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            )
        except FileExistsError:
            raise TargetExists(
                f"tệp {target} đã có, không ghi đè; thêm --force nếu thật sự muốn thay nội dung cũ"
            ) from None
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return
    if target.exists() and not target.is_file():
        raise WriteRefused(f"{target} không phải tệp thường: không ghi")
    fd, temp = tempfile.mkstemp(prefix=".bangtin-", suffix=".md", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(temp, target)  # replaces the name itself, never what a link points to
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _plain_ok(value: str, *, flow: bool) -> bool:
    if not value or value != value.strip() or "\n" in value:
        return False
    if re.match(r"^[-?:,\[\]{}#&*!|>'\"%@`]", value) or ": " in value or " #" in value:
        return False
    if value.endswith(":"):
        return False
    if flow and re.search(r"[,\[\]{}]", value):
        return False
    try:
        loaded = yaml.safe_load(f"[{value}]" if flow else value)
    except yaml.YAMLError:
        return False
    return bool(loaded == ([value] if flow else value))


def yaml_scalar(value: str, *, flow: bool = False) -> str:
    """``value`` as a YAML scalar: plain when it reads back as the same string, else quoted.

    Args:
        value: the text.
        flow: the scalar stands inside ``[...]``, where commas and brackets need quotes too.
    """
    value = nfc(value)
    if _plain_ok(value, flow=flow):
        return value
    return json.dumps(value, ensure_ascii=False)


def render_markdown(result: ImportResult) -> str:
    """The directive file: YAML front-matter in the sample's key order, then the body.

    Keys that were not found are written empty with a Vietnamese comment saying what to fill in.
    """
    f = result.fields
    out = ["---"]

    def todo(key: str) -> str:
        return f"  # CẦN ĐIỀN: chưa tìm thấy {_MISSING_HINTS.get(key, key)}"

    for key in FIELD_ORDER:
        value = f.get(key)
        if key == "date":
            out.append(
                f"date: {value.isoformat()}" if isinstance(value, dt.date) else "date:" + todo(key)
            )
        elif key == "signer":
            if not value:
                out.append("signer:" + todo(key))
                continue
            out.append("signer:")
            for sub in ("name", "title", "authority"):
                text = value.get(sub, "")
                out.append(f"  {sub}: {yaml_scalar(text)}" if text else f'  {sub}: ""')
        elif key == "header":
            if value:
                out.append("header:")
                out.extend(f"  - {yaml_scalar(line)}" for line in value)
        elif key in {"to", "cc"}:
            if not value:
                out.append(f"{key}: []" + (todo(key) if key in result.missing else ""))
                continue
            out.append(f"{key}:")
            out.extend(f"  - {yaml_scalar(item)}" for item in value)
        elif key == "relations":
            if not value:
                out.append("relations: {}")
                continue
            out.append("relations:")
            for kind, numbers in value.items():
                out.append(f"  {kind}:")
                out.extend(f"    - {yaml_scalar(n)}" for n in numbers)
        elif key == "themes":
            out.append("themes: [" + ", ".join(str(y) for y in value or ()) + "]")
        elif key == "tags":
            out.append("tags: [" + ", ".join(yaml_scalar(t, flow=True) for t in value or ()) + "]")
        else:
            text = value if isinstance(value, str) else ""
            out.append(f"{key}: {yaml_scalar(text)}" if text else f'{key}: ""' + todo(key))
    out.append("---")
    body = result.body.strip()
    return "\n".join(out) + "\n\n" + (body + "\n" if body else "")


def _strip_front_matter(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            return text[end + 4 :].lstrip("\n")
    return text
