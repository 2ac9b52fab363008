#!/usr/bin/env python3
"""Build the real corpus in its other forms: PDFs with a text layer, and scans of their pages.

Usage::

    python scripts/make_corpus_forms.py OUT                 # the development part
    python scripts/make_corpus_forms.py OUT --part all      # heldback/ too (OUT/FORM/heldback)
    python scripts/make_corpus_forms.py OUT --form pdf      # only the PDFs

For each document ``NN-name.txt|docx`` of tests/fixtures/real (issue 24) it writes, beside a copy
of the answer key ``NN-name.yml``:

- ``pdf/NN-name.pdf``: the text laid out on A4 pages by fpdf2, an independent PDF library (not
  the project's print view), the way an office's word processor lays out a document under Nghị
  định 30/2020/NĐ-CP: Liberation Serif 13 pt, margins 20/15/20/30 mm, the header in two columns
  (the issuer's lines, the number and a công văn's "V/v" subject on the left; the motto and the
  place and date on the right), body paragraphs justified with a first-line indent, Nơi nhận on
  the left of the signature block, footnotes at the foot of a page in 10 pt, page numbers at the
  top from page 2.
- ``scan/NN-name.pdf``: each page of that PDF rasterised at 200 dpi in grey, turned by up to
  ±1.2°, blurred and speckled like an office scanner, stored as pictures only (no text layer).

What goes in which column is read from the text alone (the motto, the "Số:" line, the place and
date, "Nơi nhận", the signature block under "T/M", "KT."... or a title over the key's signer),
never from the importer, so the forms do not share the importer's mistakes. Text before the
header (a web page's chrome, a republisher's headline) stays above it, as a page printed from a
browser keeps it. Markdown emphasis in the text (``**``, ``*``) becomes bold or nothing.

The forms are not committed: tests build the few they need into tmp_path.
"""

from __future__ import annotations

import argparse
import io
import random
import re
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "fixtures" / "real"
FONTS = Path("/usr/share/fonts/truetype")
SERIF = FONTS / "liberation" / "LiberationSerif-Regular.ttf"
SERIF_BOLD = FONTS / "liberation" / "LiberationSerif-Bold.ttf"
# DejaVu draws what Liberation lacks (superscript parentheses of footnote marks "⁽¹⁾", arrows).
FALLBACK = FONTS / "dejavu" / "DejaVuSerif.ttf"
FALLBACK_BOLD = FONTS / "dejavu" / "DejaVuSerif-Bold.ttf"
SCAN_DPI = 200

if str(REPO / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO / "src"))

# --- what goes where (from the text, never from the importer) ---------------------------------

_MOTTO = re.compile(
    r"CỘNG\s+H(?:ÒA|OÀ)\s+X[ÃÀ]\s*HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH"
    r"|(?i:Độc\s+lập\s*[-–]?\s*Tự\s+do)"
)
# The header's date ends its line ("Hà Nội, ngày 16 tháng 4 năm 2019"); a date in running text
# ("Căn cứ Luật ... ngày 19 tháng 6 năm 2015;") does not.
_DATE = re.compile(
    r"(?i)ng\s?[àa]\s?y\s*[\d.…\s]*th\s?[áa]\s?ng[\d.…\s]*n\s?[ăa]\s?m\s*(?:19|20)\d\d[\s.*)]*$"
)
# The state motto's first line without its end: its second line goes under it.
_MOTTO_CUT = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)\s+X[ÃÀ]\s*HỘI(?:\s+CHỦ(?:\s+NGHĨA(?:\s+VIỆT)?)?)?\W*$")
_DAY = re.compile(r"(?i),\s*ng\s?[àa]\s?y\b")
_NUMBER = re.compile(r"^(?:\*\*)?\s*S\s?ố(?:\s*hiệu)?\s*:?\s*[\d ./]", re.IGNORECASE)
_META = re.compile(r"^S\s?ố\s*hiệu\b", re.IGNORECASE)  # a legal site's metadata table, not a header
_RULE = re.compile(r"^[\s*\-_=~.·•]+$")
_NOI_NHAN = re.compile(r"^(?:\*\*)?\s*N\s?ơ\s?i\s+nh\s?ậ\s?n\b", re.IGNORECASE)
_AUTHORITY = re.compile(
    r"^(?:\*\*)?\s*(?:T\s*/\s*M|K\s*/\s*T|T\s*/\s*L|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s"
)
_ITEM = re.compile(r"^\s*[-–—+•]")
_FOOTNOTE = re.compile(r"^\s*(?:⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|\[\d{1,3}\]\s)")
_VV = re.compile(r"^(?:\*\*)?\s*(?:V\s*/\s*v|Về\s+việc)\b", re.IGNORECASE)


def _plain(line: str) -> str:
    """The line without Markdown emphasis marks (a lone "*" of a Party header stays)."""
    # Only marks in pairs are emphasis: "***" between header cells of a forum copy is a star.
    line = re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", r"\1", line)
    line = re.sub(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])", r"\1", line)
    return re.sub(r"^\*\*(?=\S)|(?<=\S)\*\*$", "", line.strip()).strip()


def _caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _fold(text: str) -> str:
    return " ".join(_plain(text).split()).casefold()


@dataclass(slots=True)
class Block:
    """One piece of the page: a paragraph, a centred line, two columns or footnotes."""

    kind: str  # "para", "center", "columns", "footnotes", "blank", "gap", "tight", "right"
    text: str = ""
    left: list[str] = field(default_factory=list)
    right: list[str] = field(default_factory=list)
    bold: bool = False


def _cells(text: str) -> list[str]:
    """A legal site's table row ("UỶ BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI ... |"): its cells, without
    the "|" of its borders, which no printed page has. A line without "|" is one cell."""
    return [c for c in (x.strip() for x in text.split("|")) if c]


def _split_glued(line: str) -> list[tuple[str, str]]:
    """(column, text) pieces of a header line on which a copy glued both columns."""
    cells = _cells(_plain(line))
    if len(cells) >= 2:
        # The row's first cell is the left column's ("Số: 05/2007/CT-UBND | Thị xã Cao Lãnh,
        # ngày ...", 1610 of the seventh draw: cut at the place's capitals instead, "Thị xã"
        # was left under the number).
        return [("L", cells[0]), ("R", " ".join(cells[1:]))]
    text = " ".join(cells)
    m = _MOTTO.search(text)
    if m and m.start() > 0:
        return [("L", text[: m.start()].strip()), ("R", text[m.start() :].strip())]
    if _NUMBER.match(line) and (cut := _place_start(text)) is not None:
        return [("L", text[:cut].strip()), ("R", text[cut:].strip())]
    if m or _DATE.search(text):
        return [("R", text)]
    return [("L", text)]


# The lower-case head words of a place's name ("Thành phố Hồ Chí Minh", "Thị trấn Sịa", "Thị xã
# Cao Lãnh") and the dash of a joined name ("Bà Rịa - Vũng Tàu"): without them the place's head
# was left in the number's column ("Thành phố Hồ" | "Chí Minh, ngày ...", 464, 507, 2458).
_PLACE_HEADS = frozenset({"phố", "xã", "trấn", "thị", "huyện", "tỉnh", "quận", "phường"})
_PLACE_JOINS = frozenset({"-", "–", "—"})


_MARKUP = re.compile(r"^(?:<[^<>]*>|[*_])+")  # "<i>Phan" in a copy's markup


def _capitalised(word: str) -> bool:
    """A name's word: a capital, then small letters only, markup before it aside."""
    core = _MARKUP.sub("", word)
    return core.isalpha() and core[0].isupper() and core[1:] == core[1:].lower()


def _place_start(text: str) -> int | None:
    """Where the place before ", ngày" begins: its words are capitalised (a head word such as
    "phố" or a dash after a capitalised word aside), not a number's code."""
    day = _DAY.search(text)
    if day is None:
        return None
    start = None
    pos = day.start()
    words = text[: day.start()].split()[-7:]
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        joins = i > 0 and _capitalised(words[i - 1])
        part = word in _PLACE_HEADS or word in _PLACE_JOINS
        if not (_capitalised(word) or word.rstrip(".") in {"TP", "Tp"} or (part and joins)):
            break
        pos = text.rindex(word, 0, pos)
        start = pos
    return start


def _header_span(lines: Sequence[str], key: dict[str, object]) -> tuple[int, int] | None:
    """(first, last + 1) of the two-column header lines, or None when the text has no header."""
    firsts = [_fold(h) for h in (key.get("header") or []) if isinstance(h, str)]
    start = None
    for i, line in enumerate(lines[:80]):
        f = _fold(line)
        # A copy that lost its line breaks (a forum's one-line blob) has no header to lay out.
        if not f or _META.match(_plain(line)) or len(f) > 120:
            continue
        if firsts and f.startswith(firsts[0][:20]):
            start = i
            break
        if _MOTTO.search(_plain(line)):
            # The issuer's lines in capitals above the motto are the left column.
            start = i
            for j in range(i - 1, max(-1, i - 8), -1):
                p = _plain(lines[j])
                if p and not (_caps(p) and not _META.match(p)):
                    break
                if p:
                    start = j
            break
    if start is None:
        return None
    end = None
    for i in range(start, min(start + 18, len(lines))):
        p = " ".join(_plain(lines[i]).split())
        if (len(p) > 90 and not _VV.match(p)) or p.startswith("Căn cứ"):
            break  # running text: the header is over
        if _NUMBER.match(lines[i]) or _DATE.search(p) or _MOTTO.search(p):
            end = i + 1
    return (start, end) if end is not None else None


def _header_block(lines: Sequence[str], start: int, end: int, key: dict[str, object]) -> Block:
    left: list[str] = []
    right: list[str] = []
    last = left
    header = [" ".join(x.split()) for x in lines[start:end]]
    header = [x for x in header if x and x != "|"]  # "|": a legal site's cell border
    for i in range(len(header) - 1):
        # "Tam" / "Kỳ, ngày 19 tháng 6 năm 2007": a place a web page wrapped before its date.
        words = header[i].split()
        place = all(
            (w[:1].isupper() and w[1:].islower()) or w.rstrip(".") in {"TP", "Tp"} for w in words
        )
        if 1 <= len(words) <= 3 and place and _DATE.search(header[i + 1]):
            header[i + 1] = f"{header[i]} {header[i + 1]}"
            header[i] = ""
    for line in filter(None, header):
        if _RULE.match(line):
            last.append(line.strip()[:12])
            continue
        for column, text in _split_glued(line):
            # "CỘNG HÒA XÃ HỘI" / "CHỦ NGHĨA VIỆT NAM": the motto's second line follows it,
            # wherever the copy cut it ("CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM", 1626).
            if column == "L" and right and _MOTTO_CUT.search(right[-1]):
                column = "R"
            last = left if column == "L" else right
            if text:
                last.append(text)
    return Block("columns", left=left, right=right)


def _closing_span(lines: Sequence[str], after: int, key: dict[str, object]) -> list[int] | None:
    """Indices of the closing: Nơi nhận with its items and the signature block."""
    signer = key.get("signer") if isinstance(key.get("signer"), dict) else None
    name = _fold(str(signer.get("name") or "")) if signer else ""
    noi = [i for i in range(after, len(lines)) if _NOI_NHAN.match(lines[i])]
    sig_end = None
    if name:
        hits = [i for i in range(after, len(lines)) if _fold(lines[i]) == name]
        sig_end = hits[-1] if hits else None
    sig_start = None
    if sig_end is not None:
        sig_start = sig_end
        seen = 0
        for j in range(sig_end - 1, after, -1):
            p = _plain(lines[j])
            if not p:
                continue
            seen += 1
            if seen > 6 or not (_caps(p) or p.startswith("(") or _AUTHORITY.match(lines[j])):
                break
            sig_start = j
    else:
        auth = [i for i in range(after, len(lines)) if _AUTHORITY.match(lines[i])]
        if auth:
            sig_start = auth[-1]
            sig_end = sig_start
            for j in range(sig_start + 1, min(len(lines), sig_start + 6)):
                if _plain(lines[j]) and not _NOI_NHAN.match(lines[j]):
                    sig_end = j
                if _ITEM.match(lines[j]):
                    break
    taken: list[int] = []
    if noi:
        i = noi[-1]
        taken.append(i)
        for j in range(i + 1, len(lines)):
            if sig_start is not None and sig_start <= j <= (sig_end or j):
                continue
            p = lines[j].strip()
            if not p or _ITEM.match(p) or (p[:1].islower() and taken[-1] == j - 1):
                if p:
                    taken.append(j)
                continue
            break
    if sig_start is not None and sig_end is not None:
        taken.extend(range(sig_start, sig_end + 1))
    return sorted(set(taken)) or None


def layout_blocks(lines: Sequence[str], key: dict[str, object]) -> list[Block]:
    """The text's lines as the blocks of an official page (see the module's docstring)."""
    lines = list(lines)
    blocks: list[Block] = []
    span = _header_span(lines, key)
    body_from = 0
    if span is not None:
        start, end = span
        blocks.extend(_para(line) for line in lines[:start])
        header = _header_block(lines, start, end, key)
        # A công văn's subject stands under its number in the left column.
        j = end
        while j < len(lines) and not lines[j].strip():
            j += 1
        if _VV.match(lines[j] if j < len(lines) else "") or (
            key.get("type") == "Công văn" and _NUMBER.match(lines[end - 1])
        ):
            # ... a few lines: a copy without blank lines (1113 of the fifth draw) ran the whole
            # document into that column, under which the right one was lost.
            first = j
            while j < len(lines) and lines[j].strip() and not _fold(lines[j]).startswith("kính"):
                if j - first >= 6 or _plain(lines[j]).startswith("Căn cứ"):
                    break
                header.left.append(_plain(lines[j]))
                j += 1
            end = j
        blocks.append(header)
        body_from = end
        # The type heading and a subject in capitals under the header are centred.
        k = end
        while k < len(lines) and k < end + 8:
            p = _plain(lines[k])
            # ... and a line in brackets under them: "(Giai đoạn: 2021- 2025)".
            if p and not (_caps(p) and len(p) < 160) and not re.fullmatch(r"\(.{3,80}\)", p):
                break
            if p:
                blocks.append(Block("center", text=p, bold=True))
            k += 1
        blocks.append(Block("gap"))  # the space after a heading
        body_from = k
    closing = _closing_span(lines, body_from, key)
    closing_set = set(closing or ())
    footnotes: list[str] = []
    for i in range(body_from, len(lines)):
        line = lines[i]
        if closing and i == closing[0]:
            blocks.append(_closing_block(lines, closing))
        if i in closing_set:
            continue
        if _FOOTNOTE.match(line):
            footnotes.append(_plain(line))
            continue
        if footnotes and line.strip():
            blocks.append(Block("footnotes", left=footnotes))
            footnotes = []
        blocks.append(_para(line))
        # A line break inside a paragraph of the text ("- Ban Thường vụ Đoàn Khối và Hội Cựu"
        # / "Chiến binh Khối.") is a new line, not a new paragraph: no space after it.
        if i + 1 < len(lines) and lines[i + 1].strip() and blocks[-1].kind == "para":
            blocks.append(Block("tight"))
    if footnotes:
        blocks.append(Block("footnotes", left=footnotes))
    return blocks


def _closing_block(lines: Sequence[str], indices: Sequence[int]) -> Block:
    left: list[str] = []
    right: list[str] = []
    in_noi = False
    for i in indices:
        p = _plain(lines[i])
        cells = _cells(p)
        if len(cells) >= 2:
            # "Nơi nhận: | KT. BỘ TRƯỞNG ... |" (1658): a table's row, its cells side by side.
            in_noi = bool(_NOI_NHAN.match(lines[i]))
            left.append(cells[0])
            right.append(" ".join(cells[1:]))
            continue
        p = " ".join(cells)
        if _NOI_NHAN.match(lines[i]):
            in_noi = True
        elif not (_ITEM.match(lines[i]) or (p[:1].islower() and in_noi)):
            in_noi = False
        (left if in_noi else right).append(p)
    if not left:
        return Block("right", left=right)
    return Block("columns", left=left, right=right)


def _para(line: str) -> Block:
    p = _plain(line)
    if not p:
        return Block("blank")
    return Block("para", text=p, bold=line.strip().startswith("**"))


# --- drawing ----------------------------------------------------------------------------------


def draw_pdf(blocks: Iterable[Block], *, title: str = "") -> bytes:
    """A PDF of ``blocks``, A4 with the margins of Nghị định 30/2020/NĐ-CP."""
    from fpdf import FPDF

    class Page(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            if self.page_no() > 1:  # page numbers at the top centre, from page 2
                self.set_font("serif", "", 13)
                self.set_y(8)
                self.cell(0, 6, str(self.page_no()), align="C")
                self.set_y(20)

    pdf = Page(format="A4", unit="mm")
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("serif", "", str(SERIF))
    pdf.add_font("serif", "B", str(SERIF_BOLD))
    pdf.add_font("fallback", "", str(FALLBACK))
    pdf.add_font("fallback", "B", str(FALLBACK_BOLD))
    pdf.set_fallback_fonts(["fallback"])
    pdf.set_title(title)
    pdf.set_creator("make_corpus_forms.py (fpdf2)")
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for block in blocks:
        if block.kind == "blank":
            continue
        if block.kind == "gap":
            pdf.ln(3)
        if block.kind == "tight":
            pdf.set_y(pdf.get_y() - 3)  # take back the space after the paragraph
        elif block.kind == "para":
            pdf.set_font("serif", "B" if block.bold else "", 13)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(width, 6.5, "     " + block.text, align="J", new_x="LMARGIN")
            pdf.ln(3)  # 6 pt between paragraphs, as Nghị định 30/2020/NĐ-CP asks at least
        elif block.kind == "center":
            pdf.set_font("serif", "B", 13)
            pdf.multi_cell(width, 6.5, block.text, align="C", new_x="LMARGIN")
        elif block.kind in {"columns", "right"}:
            _draw_columns(pdf, block, width)
        elif block.kind == "footnotes":
            _draw_footnotes(pdf, block.left, width)
    out = pdf.output()
    return bytes(out)


def _draw_columns(pdf: object, block: Block, width: float) -> None:
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    # The right cell reaches into the right margin, as a Word header table does, so the motto
    # stands on one line.
    left_w = width * 0.45
    right_w = width - left_w + 10
    if pdf.get_y() > pdf.h - 70:  # keep a header or a closing on one page
        pdf.add_page()
    y0 = pdf.get_y() + 2
    x_left, x_right = pdf.l_margin - 8, pdf.l_margin + left_w
    columns = [(block.left, x_left, left_w + 8)] if block.kind == "columns" else []
    columns.append((block.right if block.kind == "columns" else block.left, x_right, right_w))
    bottom = y0
    for texts, x, w in columns:
        pdf.set_xy(x, y0)
        # Nơi nhận is written flush left in 11 pt; everything else in a column is centred.
        noi = bool(texts) and _NOI_NHAN.match(texts[0]) is not None
        for text in filter(None, texts):
            caps = _caps(text)
            size = 11 if noi else 11.5 if caps else 13
            pdf.set_font("serif", "B" if caps or _RULE.match(text) else "", size)
            pdf.set_x(x + 8 if noi else x)
            pdf.multi_cell(
                w - 8 if noi else w, 5 if noi else 6, text, align="L" if noi else "C", new_x="LEFT"
            )
        bottom = max(bottom, pdf.get_y())
    pdf.set_xy(pdf.l_margin, bottom + 4)


def _draw_footnotes(pdf: object, notes: list[str], width: float) -> None:
    from fpdf import FPDF

    assert isinstance(pdf, FPDF)
    pdf.set_font("serif", "", 10)
    height = sum(5 * max(1, int(pdf.get_string_width(n) / width) + 1) for n in notes) + 4
    top = pdf.h - 20 - height
    if pdf.get_y() > top:
        pdf.add_page()
    pdf.line(pdf.l_margin, top, pdf.l_margin + 50, top)
    pdf.set_xy(pdf.l_margin, top + 2)
    for note in notes:
        pdf.multi_cell(width, 5, note, align="J", new_x="LMARGIN")
    pdf.add_page()


# --- scanning ---------------------------------------------------------------------------------


def scan_pdf(pdf_bytes: bytes, *, seed: int, dpi: int = SCAN_DPI) -> bytes:
    """The pages of ``pdf_bytes`` as an office scanner gives them: pictures only, no text layer."""
    import pypdfium2 as pdfium

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(pdf_bytes)
    pages = []
    try:
        for page in doc:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            pages.append(degrade(image, rng))
            page.close()
    finally:
        doc.close()
    out = io.BytesIO()
    pages[0].save(out, format="PDF", save_all=True, append_images=pages[1:], resolution=float(dpi))
    return out.getvalue()


def degrade(image: object, rng: random.Random) -> object:
    """Turned, blurred, speckled and a little uneven, as a page through an office scanner."""
    import numpy as np
    from PIL import Image, ImageFilter

    assert isinstance(image, Image.Image)
    angle = rng.uniform(-1.2, 1.2)
    image = image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.5, 0.9)))
    pixels = np.asarray(image, dtype=np.int16)
    noise = np.random.default_rng(rng.randrange(1 << 30))
    pixels = pixels + noise.normal(0, 10, pixels.shape).astype(np.int16)
    specks = noise.random(pixels.shape)
    pixels[specks < 0.0015] = 40  # dust
    pixels[specks > 0.9990] = 255  # toner drop-outs
    pixels = np.clip(pixels * rng.uniform(0.92, 1.0) + rng.uniform(0, 12), 0, 255)
    return Image.fromarray(pixels.astype(np.uint8), mode="L")


# --- the corpus -------------------------------------------------------------------------------


def source_lines(path: Path) -> list[str]:
    """The lines of a corpus document as its text says them (a Word file through its reader)."""
    from bangtin.importer import read_lines

    return read_lines(path)


def make_pdf(path: Path, key: dict[str, object]) -> bytes:
    """The text-layer PDF of one corpus document."""
    return draw_pdf(layout_blocks(source_lines(path), key), title=path.stem)


def build(folder: Path, out: Path, forms: Sequence[str], sub: str = "") -> int:
    """Write the forms of the documents of ``folder`` (one level) into ``out/FORM/sub``."""
    count = 0
    for path in sorted(folder.iterdir()):
        key_path = path.with_suffix(".yml")
        if path.suffix not in {".txt", ".docx"} or not key_path.is_file():
            continue
        # The key lays the PDF out (its shape, header and signer) and is what import_eval scores
        # against: a key corrected after the forms were made makes them again.
        todo = [f for f in forms if not _fresh(out / f / sub / f"{path.stem}.pdf", path, key_path)]
        if not todo:
            count += 1
            continue
        key = yaml.safe_load(key_path.read_text(encoding="utf-8")) or {}
        pdf = make_pdf(path, key)
        for form in todo:
            target = out / form / sub
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy(key_path, target / key_path.name)
            data = pdf if form == "pdf" else scan_pdf(pdf, seed=sum(path.stem.encode()))
            (target / f"{path.stem}.pdf").write_bytes(data)
        count += 1
    return count


def _fresh(made: Path, *sources: Path) -> bool:
    """``made`` exists and is newer than its sources and this script (a rerun skips it)."""
    if not made.is_file():
        return False
    built = made.stat().st_mtime
    return all(built > source.stat().st_mtime for source in (*sources, Path(__file__)))


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the folder to write (pdf/ and scan/ inside)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    # The parts, and the draw held back unscored that "all" skips: import_eval names them once.
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import import_eval

    held_parts, unscored = import_eval.HELD_PARTS, import_eval.UNSCORED
    parser.add_argument("--part", choices=("dev", *held_parts, "all"), default="dev")
    parser.add_argument("--form", choices=("pdf", "scan", "both"), default="both")
    args = parser.parse_args(list(argv) if argv is not None else None)
    forms = ("pdf", "scan") if args.form == "both" else (args.form,)
    n = 0
    if args.part in {"dev", "all"}:
        n += build(args.corpus, args.out, forms)
    for held in held_parts:
        wanted = args.part == held or (args.part == "all" and held not in unscored)
        if wanted and (args.corpus / held).is_dir():
            n += build(args.corpus / held, args.out, forms, held)
    print(f"{n} documents into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
