"""Citations of numbered documents in Vietnamese text, and the Markdown extension that links them.

A citation is a document number ("Số và ký hiệu") as it stands in running text, with what the
text says of it: "Thực hiện Công văn số 1271-CV/BDVTU, ngày 29/02/2024 của Ban Dân vận Tỉnh ủy về
Đẩy mạnh thực hiện Công văn số 189-CV/TU ...". :func:`find_citations` reads the number (through
:func:`bangtin.core.numbers.parse_number`), the type word before it, the date, the issuing body ("của
..."), the subject ("về ...") and the relation the words before it express ("Thực hiện" ->
implements). It never raises and stays linear in the length of the text: every regular expression
is either anchored at a known position or searched over a bounded window.

How the clause rules read (kept simple on purpose, so editors can predict them):

- The subject runs from "về" / "về việc" / "V/v" to the first ";", "(", ":", newline, sentence end
  (". " or a final "."), ", ngày <digit>", ", <Capitalised word>" (the main clause starting again:
  ", Ban Thường vụ ... đề nghị"), or a following citation introduced by "," / "và" (a sibling).
- A citation standing inside the subject of another one without such a separator is *nested* in it
  ("... về Đẩy mạnh thực hiện Công văn số 189-CV/TU của Ban Thường vụ Tỉnh ủy về ..."): its own
  "về ..." belongs to it, so the outer subject stops there.
- The relation is read from the nearest trigger ("Thực hiện", "Căn cứ", "thay thế", "sửa đổi, bổ
  sung", "hướng dẫn thực hiện", "triển khai") in the same clause, at most 10 words before the type
  word; a nested citation only looks inside its parent's subject. A citation listed right after
  another ("Căn cứ A, B và C") takes the kind of the previous one. Otherwise it "cites".
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from bangtin.core.model import DocType, RelationKind
from bangtin.core.numbers import (
    SLASHES,
    TYPE_CODES,
    DocNumber,
    eth_as_d,
    parse_number,
    type_name_for_code,
)

__all__ = [
    "TYPE_WORDS",
    "Citation",
    "CitationLinkExtension",
    "LinkTarget",
    "find_citations",
    "mask_code",
]

# Type words as they stand before a number, casefolded -> canonical type name ("" = from the code).
_EXTRA_TYPE_WORDS: dict[str, str] = {
    "chương trình hành động": "Chương trình",
    # ("Kế hoạch hành động số 459-KHHĐ/TU", a Party committee's plan of action: draw12/2679.)
    "kế hoạch hành động": "Kế hoạch",
    "hướng dẫn liên tịch": "Hướng dẫn",
    "kế hoạch liên tịch": "Kế hoạch",
    # ("Chương trình liên tịch số 01-CTLT/ĐTN-HCTNXP", a joint programme: draw11/2365.)
    "chương trình liên tịch": "Chương trình",
    "thông báo kết luận": "Thông báo kết luận",
    "văn bản": "",
    "công văn hỏa tốc": "Công văn",
    "công điện khẩn": "Công điện",
    # "(Nguồn CV 10646/UBND-VP)": a news source's abbreviation of the letter it names (a state
    # công văn's number carries no type code, so the word is what makes it a number).
    "cv": "Công văn",
}
TYPE_WORDS: dict[str, str] = {t.value.casefold(): t.value for t in DocType} | _EXTRA_TYPE_WORDS
_TYPE_MAX_WORDS = max(len(w.split()) for w in TYPE_WORDS)
_TYPE_LAST_WORDS = frozenset(w.split()[-1] for w in TYPE_WORDS)
_TYPE_MAX_CHARS = max(len(w) for w in TYPE_WORDS) + 8

_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_LETTER_END = r"(?![A-Za-z0-9ĐđÀ-ỹ])"
# Capitals of issuer codes, Vietnamese ones included: "13-NQ/TƯ" (Tỉnh ủy Thừa Thiên Huế).
_CAP = "A-ZĐƯƠÂÊÔĂ"
# A code part ends at a non-letter; or, where a PDF or a spinner lost the space after the number,
# an all-capital part ends where a lower-case word begins ("1033/PTM-SMEngày", "105/2016/QH13ngày",
# "63/2012/NĐ-CPhường").
_PART = (
    rf"(?:[{_CAP}][A-Za-z0-9{_CAP}đ]{{0,15}}{_LETTER_END}"
    rf"|[{_CAP}][0-9{_CAP}]{{1,15}}(?=[a-zđà-ỹ]{{2}}))"
)
_UPART = rf"[{_CAP}][0-9{_CAP}]{{1,15}}{_LETTER_END}"
# Issuer codes: tight hyphens, dots and "&" join any code ("TWĐTN-CTTN", "QĐ-TTg",
# "01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP", "473/TTr-NN&PTNT"); a spaced hyphen only joins an all-capital
# code, so "12/UBND - Ban ..." does not swallow the next word; a hyphen may end a wrapped line.
# A space may also stand before a dot that joins an all-capital code ("06/TT .HĐND", an old
# council's number), never after it: "số 12/UBND. Ban ..." ends the sentence.
# A hyphen tight on the left and spaced on the right ("3227/SGDĐT- GDTrH", a typist's slip) also
# joins a code that mixes cases when it ends in a capital, as codes do ("GDTrH", "QLCL"; "12/UBND-
# Ban ..." does not).
_MPART = rf"[{_CAP}][A-Za-z0-9{_CAP}đ]{{0,10}}[0-9{_CAP}]{_LETTER_END}"
# A spaced hyphen also joins a code that opens with two capitals and mixes cases after them, as
# the Prime Minister's does ("1632 / CĐ - TTg", a number typed with spaces around every sign);
# a word of the sentence opens with one capital ("12/UBND - Ban ...").
_TPART = rf"[{_CAP}]{{2}}[A-Za-z0-9{_CAP}]{{0,8}}{_LETTER_END}"
# "&" with a space on one side only joins an all-capital part ("31/2012/TTLT-BCT-BKH &ĐT", "2386/
# BKHĐT-KTĐP &LT": a typist's or a PDF's slip); read short at the space, the number would name
# another document. The part may be glued to the next word ("&ĐTngày").
_AMP_PART = rf"[{_CAP}][0-9{_CAP}]{{0,15}}(?:{_LETTER_END}|(?=[a-zđà-ỹ]{{2}}))"
_ISSUER = (
    rf"{_PART}(?:[{_DASHES}.&]{_PART}|[ \t]?[{_DASHES}](?:[ \t]|[ \t]?\n)?(?:{_UPART}|{_TPART})"
    rf"|[{_DASHES}][ \t]{_MPART}|[ \t]\.{_UPART}|(?:[ \t]&|&[ \t]){_AMP_PART}){{0,5}}"
)
_NUMBER = re.compile(
    # Not inside another token, except right after "số" when the space was lost ("số31-QĐ/TW"),
    # or after the "s" a damaged copy left of it ("Nghị định s20/2008/NĐ-CP": see _so_before).
    rf"(?=[0-9])(?:(?<=[sS]ố)|(?<=[ \t\n][sS])|(?<![\w/{_DASHES}.]))"
    # (A capital after the serial only before its hyphen, "08B-NQ/HNTW"; a Party letter's
    # drafting unit in small letters after the issuer, "1840-CV/VPTW/nb": numbers.py.)
    rf"(?:[0-9]{{1,6}}(?:[a-z]|[A-Z](?=[ \t]{{0,3}}[{_DASHES}]))?[ \t]{{0,3}}"
    rf"(?:[{_DASHES}][ \t]{{0,3}}|[ \t])"
    rf"[A-ZĐ][A-Za-zĐđ]{{0,4}}[ \t]{{0,2}}/[ \t]{{0,2}}{_ISSUER}(?:/[a-z]{{1,4}}{_LETTER_END})?"
    # (A decimal serial before the year, "66.2/2025/NQ-CP": the Government's of 2025.)
    rf"|[0-9]{{1,6}}(?:[a-z]|\.[0-9]{{1,2}}(?=/(?:19|20)[0-9]{{2}}/))?[ \t]{{0,2}}/[ \t]{{0,2}}"
    rf"(?:(?:19|20)[0-9]{{2}}[ \t]{{0,2}}/[ \t]{{0,2}})?"
    # Older and joint state numbers: "19/2001/CT/UB", "19/2008/NQLT/CP-UBTUMTTQVN".
    # ... also with a space before that slash: "78/2002/QĐ /BNN-KL", or after it before a code
    # in capitals ("2325/ BKH/ VPTĐ", a number typed with a space after every slash).
    rf"{_ISSUER}(?:/{_ISSUER}|[ \t]?/[ \t]?(?={_UPART}){_ISSUER})?"
    # ... and a state number whose slash was typed as a space or lost, kept only after a type
    # word and "số" ("Kế hoạch số 41 KH-BTV", "Tờ trình số 353TT-KHĐT": see _find_cores,
    # parse_number's lenient).
    rf"|[0-9]{{1,6}}[a-z]?[ \t]*[A-ZĐ][A-Za-zĐđ]{{0,4}}[{_DASHES}]{_ISSUER}"
    # ... and a Party number whose hyphen was lost ("Nghị quyết số 20NQ/TW"), likewise.
    rf"|[0-9]{{1,6}}[A-ZĐ][A-Za-zĐđ]{{1,3}}[ \t]{{0,2}}/[ \t]{{0,2}}{_ISSUER}"
    # ... and a Party number typed with hyphens only, a Party committee's code last ("Chỉ thị
    # số 08-CT-TW", draw9/1938; numbers.py's _HYPHENED_PARTY).
    rf"|[0-9]{{1,6}}[a-z]?[ \t]{{0,2}}[{_DASHES}][ \t]{{0,2}}[A-ZĐ][A-Za-zĐ]{{1,3}}[ \t]{{0,2}}"
    rf"[{_DASHES}][ \t]{{0,2}}(?:TW|TƯ|TU|ThU|HU|ĐU|ĐUK){_LETTER_END}"
    # ... and the older state form, the issuer's code after a hyphen ("Quyết định số 111-HĐBT",
    # "Chỉ thị 43-TTg", "Nghị định 130-CP"): kept only after a type word or "số" (bare state).
    rf"|[0-9]{{1,6}}[a-z]?[ \t]?[{_DASHES}][ \t]?[A-ZĐ]{{2,5}}[a-z]?{_LETTER_END}(?![ \t]*/)"
    # ... and a number in small letters (a text lower-cased whole, a title): kept only after a
    # type's name or "số", its first code a type's (_small_letters).
    rf"|[0-9]{{1,6}}/(?:(?:19|20)[0-9]{{2}}/)?[a-zđ]{{1,6}}(?:[0-9]{{1,2}}|(?:-[a-zđ][a-zđ0-9]{{0,11}}){{1,4}})"
    rf"{_LETTER_END}(?![{_DASHES}/])"
    rf"|[0-9]{{1,6}}-[a-zđ]{{1,5}}/[a-zđ]{{2,10}}(?:-[a-zđ]{{1,8}})?{_LETTER_END}(?![{_DASHES}/]))"
)

_SEP = rf"[ \t]*[/.{_DASHES}][ \t]*"
_NUM_DATE = re.compile(rf"([0-9]{{1,2}}){_SEP}([0-9]{{1,2}}){_SEP}([0-9]{{4}})(?![0-9])")
_WORD_DATE = re.compile(
    r"([0-9]{1,2})[ \t]+tháng[ \t]+([0-9]{1,2})[ \t]*,?[ \t]+năm[ \t]+([0-9]{4})(?![0-9])",
    re.IGNORECASE,
)
_DATE_LEAD = re.compile(r"[ \t]*,?[ \t]*(?:(?:ban[ \t]+hành[ \t]+)?(ngày)[ \t]+)?", re.IGNORECASE)
_OF = re.compile(r"[ \t]*,?[ \t]*của[ \t]+", re.IGNORECASE)
_ISSUER_STOP = re.compile(
    r"[,;:.()\[\]“”\"*_\n]|[ \t](?:về|ngày|v/v|đã|đang|sẽ|thì|là|nhằm|để|cho|với|theo|đề[ \t]nghị"
    r"|yêu[ \t]cầu|quy[ \t]định|ban[ \t]hành|hướng[ \t]dẫn|phê[ \t]duyệt)(?![\w])",
    re.IGNORECASE,
)
_TERM = re.compile(r"[ \t]*\((?:khóa|khoá)[^()\n]{1,20}\)", re.IGNORECASE)
# (A title quoted whole with its "Về" may open the quote before it: "... của Bộ Chính trị “Về
# tiếp tục tăng cường ...”".)
_ABOUT = re.compile(
    r"[ \t]*,?[ \t]*(?P<quote>[“\"](?=về))?(?:v/v|về[ \t]+việc|về)[ \t]*:?[ \t]+", re.IGNORECASE
)
# The quote that closes a quoted trích yếu, a comma after it: the sentence goes on, the trích yếu
# ends there ("... về “Tăng cường ...”, các cấp, các ngành đã ...").
_QUOTE_CLOSES = re.compile(r"[”\"][ \t]*(?=,)")
_SUBJECT_STOP = re.compile(
    r"[;(\n]|:(?=\s|$)|\./\.|\.(?=[*_”\"’)\]]*(?:\s|$))|,[ \t]*ngày[ \t]+[0-9]|,[ \t]+(?=[^\W\d_])",
    re.IGNORECASE,
)
_SIBLING_SEP = re.compile(r"(?:,|;|(?<![\w])(?:và|hoặc))(?:[ \t]+các)?[ \t]*$", re.IGNORECASE)
_LIST_GAP = re.compile(r"^[ \t]*(?:,[ \t]*)?(?:(?:và|hoặc)[ \t]+)?(?:các[ \t]+)?\Z", re.IGNORECASE)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,20}\]")
_EMPHASIS = re.compile(r"\*+|`+|(?<![\w])_+|_+(?![\w])")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\S+")
_TRIGGERS = re.compile(
    r"(?<![\w])(?:(hướng[ \t]+dẫn[ \t]+thực[ \t]+hiện)|((?:được|bị)[ \t]+thay[ \t]+thế)"
    r"|(thay[ \t]+thế)|(sửa[ \t]+đổi(?:[ \t]*,?[ \t]*bổ[ \t]+sung)?)|(căn[ \t]+cứ)"
    r"|(thực[ \t]+hiện|triển[ \t]+khai))(?![\w])",
    re.IGNORECASE,
)
_TRIGGER_KINDS = (
    RelationKind.GUIDES,
    RelationKind.CITES,  # "được thay thế bởi": the relation runs the other way; claim nothing
    RelationKind.SUPERSEDES,
    RelationKind.AMENDS,
    RelationKind.BASED_ON,
    RelationKind.IMPLEMENTS,
)
# Cheap substring tests before the trigger regex, so number-dense text stays fast.
_TRIGGER_HINTS = ("hiện", "căn cứ", "thay thế", "sửa đổi", "triển khai")
_TRIGGER_MAX_GAP = 10
_CLAUSE_MARKS = ";.:\n!?"
_LOOKBACK = 200
_SUBJECT_MAX = 600
_ISSUER_MAX = 150


@dataclass(frozen=True, slots=True, kw_only=True)
class Citation:
    """One citation of a numbered document in a text.

    Attributes:
        start: offset of the citation's first character (type word, "số" or the number).
        end: offset just after the last character read (number, date, issuer or subject).
        number_start: offset of the number text.
        number_end: offset just after the number text.
        line: line of ``start`` (counted from ``first_line``).
        number: the parsed number.
        number_text: the number as written ("1313 -CV/ĐUK").
        type_name: "Công văn", "Nghị định", ...; from the type word, else from the code, else "".
        date: the date given, or None (absent or impossible).
        date_text: the date as written ("29/02/2024"), "" when absent.
        issuer: the issuing body as written after "của", whitespace collapsed.
        subject: the subject after "về", Markdown marks and footnote references removed.
        kind: the relation the words before the citation express.
        parent: index (in the returned list) of the citation whose subject holds this one.
    """

    start: int
    end: int
    number_start: int
    number_end: int
    line: int
    number: DocNumber
    number_text: str
    type_name: str
    date: dt.date | None
    date_text: str = ""
    issuer: str = ""
    subject: str = ""
    kind: RelationKind = RelationKind.CITES
    parent: int | None = None

    @property
    def nested(self) -> bool:
        """True when the citation stands inside the subject of an earlier citation."""
        return self.parent is not None

    @property
    def label(self) -> str:
        """How people name the cited document: "Công văn số 1271-CV/BDVTU"."""
        return f"{self.type_name} số {self.number}" if self.type_name else f"số {self.number}"


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkTarget:
    """Where a citation leads: a URL (None when the audience may not open it) and a tooltip."""

    url: str | None
    title: str = ""


@dataclass(slots=True)
class _Core:
    """A number with its head and tail, before subjects and kinds are settled."""

    head: int
    nstart: int
    nend: int
    number: DocNumber
    type_name: str
    has_type_word: bool
    date: dt.date | None = None
    date_text: str = ""
    issuer: str = ""
    meta_end: int = 0
    about_start: int = -1
    subject_start: int = -1
    subject_end: int = -1
    quoted: bool = False  # the trích yếu's quote opened before its "Về"
    parent: int | None = None
    kind: RelationKind = RelationKind.CITES


# A text whose font lost every letter outside ASCII leaves a space where each stood: "Căn c Quy
# t nh s 108/1998/Q -TTg ... c a Th tư ng" (cứ, Quyết định, số, của, Thủ tướng; a PDF's text
# layer on a document-sharing site: draw8/1896, draw7/1671, draw3/661, unseen/470). Its words
# tell it: two of these at least.
_LOST_LETTER_WORDS = re.compile(
    r"(?<!\w)(?:Quy\s+t\s+(?:đ\s+)?nh|Ngh\s+(?:đ\s+)?nh|Căn\s+c|c\s+a|Th\s+tư\s+ng)(?!\w)",
    re.IGNORECASE,
)
# A code is initials in ASCII capitals but "Đ" (FORMATS.md): there a hole in a code is its lost
# "Đ", one character for one: "Q -TTg", "N -CP" (a type code that is none without it: QĐ, NĐ),
# "121-H BT" (HĐBT, the Council of Ministers), "323/BXD- T ngày" (a lone capital after the
# hyphen, the sentence going on in small letters: BXD-ĐT).
_LOST_D_HOLES = re.compile(
    r"(?<=\d/)(?:\d{4}/)?[QN](?P<a> )(?=[-/]\s?[A-Z])"
    r"|(?<=\d-)H(?P<b> )(?=BT(?![\w]))"
    r"|(?<=\d/)[A-Z]{2,6}-(?P<c> )(?=[A-Z]\s+[a-zđà-ỹ])"
)


def _lost_d_restored(text: str) -> str:
    """``text`` with the holes of its codes filled with the "Đ" they lost (see _LOST_D_HOLES),
    where its words show a font that lost its marked letters; else as it is."""
    if len(_LOST_LETTER_WORDS.findall(text[:20000], 0)) < 2:
        return text
    out = list(text)
    for m in _LOST_D_HOLES.finditer(text):
        hole = next(g for g in ("a", "b", "c") if m.start(g) >= 0)
        out[m.start(hole)] = "Đ"
    return "".join(out)


def find_citations(text: str, *, first_line: int = 1) -> list[Citation]:
    """Find every citation of a numbered document in ``text``.

    Args:
        text: NFC text: a paragraph, a whole Markdown body, a footnote, a front-matter value.
        first_line: the line number of the text's first line in its file.

    Returns:
        The citations in the order they stand in the text. Never raises.

    >>> [c.number_text for c in find_citations("Thực hiện Công văn số 1271-CV/BDVTU")]
    ['1271-CV/BDVTU']
    """
    if not isinstance(text, str) or not text:
        return []
    # A slash typed as another slash ("1478⁄CĐ-TTg", the fraction slash of a word processor's
    # autoformat) is the number's slash; one character for one, so offsets stay.
    text = eth_as_d(text.translate(SLASHES))  # ("QÐ/TW": a font's "Ð" for "Đ", one for one)
    text = _lost_d_restored(text)
    if "*" in text or "\\" in text:
        text = _unmarked(text)
    cores = _find_cores(text)
    if not cores:
        return []
    for i, core in enumerate(cores):
        _read_tail(text, core, cores[i + 1].head if i + 1 < len(cores) else len(text))
    for i in range(len(cores)):
        _read_subject(text, cores, i)
    for i, core in enumerate(cores):
        core.kind = _read_kind(text, cores, i)
    newlines = [m.start() for m in re.finditer("\n", text)] if "\n" in text else []
    out: list[Citation] = []
    for core in cores:
        end = max(core.nend, core.meta_end, core.subject_end)
        subject = ""
        if core.subject_start >= 0 and core.subject_end > core.subject_start:
            subject = _clean(text[core.subject_start : core.subject_end])
        out.append(
            Citation(
                start=core.head,
                end=end,
                number_start=core.nstart,
                number_end=core.nend,
                line=first_line + bisect.bisect_left(newlines, core.head),
                number=core.number,
                number_text=text[core.nstart : core.nend],
                type_name=core.type_name,
                date=core.date,
                date_text=core.date_text,
                issuer=core.issuer,
                subject=subject,
                kind=core.kind,
                parent=core.parent,
            )
        )
    return out


# Markdown's marks around a number or inside it, in a Word file converted to Markdown (made up:
# "Căn cứ Nghị định số **30/2020/NĐ-CP** ngày 05/3/2020 của **Chính phủ**", "Kế hoạch số
# 12\\-KH/TU", a converter's escaped dash): emphasis is a space, as is the escape's backslash
# before a dash ("12 -KH/TU", "456/UBND -KGVX": a spaced dash the number pattern joins).
_MARKS = re.compile(rf"\*+|\\(?=[{_DASHES}])")


def _unmarked(text: str) -> str:
    """``text`` with Markdown's emphasis and escapes before a dash as spaces, one for one."""
    return _MARKS.sub(lambda m: " " * len(m.group(0)), text)


def mask_code(markdown_text: str) -> str:
    """Blank out code and link targets in Markdown, keeping every offset and newline.

    Citations inside fenced or indented-by-fence code, inline code spans and the URL part of
    links are not citations of the document; blanking them keeps line numbers right.
    """

    def blank(m: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", m.group(0))

    masked = _FENCE.sub(blank, markdown_text)
    masked = _CODE_SPAN.sub(blank, masked)
    return _LINK_URL.sub(lambda m: "](" + " " * (len(m.group(0)) - 2), masked)


_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n.*?(?:^[ \t]{0,3}\1[ \t]*$|\Z)", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)(?!`)[^\n]*?(?<!`)\1(?!`)")
_LINK_URL = re.compile(r"\]\([^)\n]{0,500}")


# A form's code after its word (made up: "lập biên bản theo Mẫu số 06/BBKP", "(mẫu 02/TTr)",
# "Biểu mẫu số 01/HNCT"; draw11/2305's shape: an election guide lists a dozen forms an annex
# carries, Nghị định 30/2020's "Mẫu 1.4" and a law's own "Mẫu số 01/HNCT" alike). A form is a
# page of the document that lays it down, never a document of its own: not a citation.
# ... also an appendix's, the form it lays out ("theo phụ lục số 01/TTr", made up; draw11/2427's
# shape: a tax inspection's procedure names its forms by appendix), and the word that lost its
# mark ("theo Mau số 06/BBKPHN", draw11/2306's shape).
_FORM_BEFORE = re.compile(
    r"(?<!\w)(?:[Mm]ẫu|MẪU|[Mm]au|MAU|[Pp]hụ\s+lục|PHỤ\s+LỤC)(?:\s+(?:số|SỐ))?[\s:.]*\Z"
)


def _find_cores(text: str) -> list[_Core]:
    cores: list[_Core] = []
    for m in _NUMBER.finditer(text):
        if _MOJIBAKE.match(text, m.end()) or _cut_code(text, m.end()):
            continue  # "65/1998/Q§T T g": a code cut by a character no code holds
        raw = m.group(0)
        nstart, nend = m.start(), m.end()
        if day := _glued_day(raw, text, nend):
            raw, nend = raw[:-day], nend - day  # "TT-BGDĐT10/10/2018": the date's day
        if _FORM_BEFORE.search(text, max(0, nstart - 16), nstart):
            continue  # "theo Mẫu số 02/BCĐBHĐND-MT": a form's code, no document's number
        if (split := _split_year(text, nstart, raw)) is not None:
            if not split[1]:
                continue  # "45/2 8/NĐ-CP": a number broken by a space, which way not sure
            nstart, raw = split
        if (term := _TERM_SPLIT.match(text, nend)) is not None and _ASSEMBLY.search(raw):
            raw, nend = raw + term[1], term.end()  # "04/2012/UBTVQH 13": the term's number
        if (tail := _spaced_tail(raw, text, nend)) is not None:
            raw, nend = tail  # "63/QĐ-MTTQ BTT, ngày ...": the code's last part after a space
        number = _parse_number(raw)
        if number is not None and _cut_short(number, text, nend):
            continue  # "76/2014/TT-| BIC", "46/2014/NĐ-C" at the text's end: no document
        head, type_word, has_so = _read_head(text, nstart)
        listed = _listed_before(text, nstart, raw) if not (type_word or has_so) else []
        if listed:
            # "các công văn số 14, 15, 16-CV/VPTW": the words and the code are shared.
            _, type_word, has_so = _read_head(text, listed[0][0])
        if number is None and (
            (has_so and (type_word or _LOST_D_TYPE.match(raw)))
            or (type_word and _coded_by_initials(text[head:nstart], raw))
        ):
            # "Công văn số 01-CB/TW": the words say it is a number, whatever its code; so does
            # "số" alone before a Party "QĐ" that lost its "Đ" ("Quy?t ?nh s?: 514-Q/TWTN-BKT",
            # the type word damaged too).
            number = _parse_number(raw, lenient=True)
        if number is None:
            continue
        if raw.islower() and not _small_letters(number, type_word, has_so, text, nstart):
            continue  # "trang 12/ab-cd": small letters no type's name or "số" stands before
        if _glued_type(number, text, nend):
            continue  # "157/1998/CVNHNN7": the dash lost, read so it names no document
        bare = type_word is None and not has_so
        if bare and number.form == "state" and number.type_code is None and number.year is None:
            continue  # a bare "10/ABC" is too often something else
        if _cut_party(number, type_word, text[max(0, nstart - 40) : nstart]):
            continue
        if listed:
            cores.extend(_listed_cores(text, listed, type_word))
        # "Quy định 66-QĐ/TW": the type word decides what "QĐ" stands for.
        type_name = type_word or number.type_name or ""
        cores.append(
            _Core(
                head=head,
                nstart=nstart,
                nend=nend,
                number=number,
                type_name=type_name,
                has_type_word=type_word is not None,
                meta_end=nend,
            )
        )
    return cores


_INITIALS_CODE = re.compile(rf"[0-9]{{1,6}}[ \t]*[{_DASHES}][ \t]*([A-ZĐ][A-Za-zĐ]{{1,5}})[ \t]*/")


def _coded_by_initials(words: str, raw: str) -> bool:
    """The Party number ``raw``'s type code is the initials of the type's name written before
    it ("chương trình hành động 45-CTHĐ/TU", made up after draw11/2382): without "số", the
    words still say it is a number, whatever table its code is in."""
    m = _INITIALS_CODE.match(raw)
    if m is None:
        return False
    initials = "".join(w[0] for w in words.split() if w.casefold() != "số")
    return len(initials) > 2 and initials.upper() == m[1].upper()


# A year OCR broke with a space ("98/201 7/NĐ-CP", made up; draw11/2426's shape): the number
# matched is its tail ("7/NĐ-CP"), which read alone names another document.
_BROKEN_YEAR = re.compile(r"(?<![\w/.])([0-9]{1,6})[ \t]*/[ \t]*([0-9]{1,3})[ \t]\Z")
_LEADING_SERIAL = re.compile(r"[0-9]{1,3}(?=[ \t]*/)")


def _split_year(text: str, nstart: int, raw: str) -> tuple[int, str] | None:
    """Where a space broke the year of a number, its start and the number joined ("98/2017/NĐ-CP"
    for "98/201 7/NĐ-CP"); (``nstart``, "") where the pieces make no year; None where there is
    no such break."""
    before = _BROKEN_YEAR.search(text, max(0, nstart - 16), nstart)
    lead = _LEADING_SERIAL.match(raw)
    if before is None or lead is None:
        return None
    year = before[2] + lead.group(0)
    if not re.fullmatch(r"(?:19|20)[0-9]{2}", year):
        return nstart, ""
    return before.start(), f"{before[1]}/{year}{raw[lead.end() :]}"


# The National Assembly's and its Standing Committee's code ends in the term's number ("QH13",
# "UBTVQH11"); OCR or a typist may put a space before it ("04/2012/UBTVQH 13", made up;
# draw11/2420's shape). Without it the code is cut: _cut_short.
_ASSEMBLY = re.compile(r"/(?:UBTV)?QH\Z")
_TERM_SPLIT = re.compile(r"[ \t]([0-9]{1,2})(?![0-9/])")
# A joined code's last part typed after a space, the clause going on after it: "41/QĐ-MTTQ BTT,
# ngày ...", "12/QĐ-TT HĐND ngày ...", "02/2017/TT-BGD ĐT" at the line's end (made up;
# draw13/2768's, draw12/2654's, unseen/456's shapes). Capitals that go on into words ("... UBND
# UBND tỉnh"), a term's numeral ("XII") or "NGÀY" in capitals are not it.
_SPACED_TAIL = re.compile(rf"[ \t]([{_CAP}]{{2,6}})(?=[ \t]*(?:[,;)]|ngày(?!\w)|\n|\Z))")
_JOINED_CODE = re.compile(rf"[{_DASHES}]([{_CAP}]{{1,8}})\Z")


def _spaced_tail(raw: str, text: str, end: int) -> tuple[str, int] | None:
    """``raw`` with its code's last part written after a space (see _SPACED_TAIL), and where it
    ends; None where none follows. Two parts of three letters or more are two codes, joined by
    the hyphen the issuer writes ("MTTQ-BTT"); a shorter one is a piece of one abbreviation,
    the space dropped ("TTHĐND", "BGDĐT": the corpus README)."""
    tail, last = _SPACED_TAIL.match(text, end), _JOINED_CODE.search(raw)
    if tail is None or last is None or re.fullmatch(r"[IVXLC]+", tail[1]):
        return None
    glue = "-" if min(len(tail[1]), len(last[1])) >= 3 else ""
    return f"{raw}{glue}{tail[1]}", tail.end(1)


_TYPE_CODES_UPPER = frozenset(c.upper() for c in TYPE_CODES)
# What says a code goes on past the number read: a dash, a space and a capital or a sign no
# sentence opens with ("TT-| BIC", "T T-BTC", "TT- ‘BTC"). (A type's code alone where a stored
# page ends, "Căn cứ Nghị quyết số 60/2013/NQ", is keyed as the text writes it: draw7/1692.)
_CODE_CUT_AFTER = re.compile(rf"[{_DASHES}]|[ \t]+[^\w\s(,;.]|[ \t]+[{_CAP}]")


def _cut_short(number: DocNumber, text: str, end: int) -> bool:
    """A code no type or issuer completes, cut by damage or the text's end (made up; draw11/2407's
    and draw10/2255's shapes): after a year, a type's code alone or a lone letter, where the text
    shows the code went on (_CODE_CUT_AFTER); the Assembly's code without its term; a last part
    of one letter at its line's or the text's end ("46/2014/NĐ-C"). A state number with its year
    writes the type's code and the issuer's (Nghị định 30/2020); a typist's "117/2008/QĐ ngày
    ..." (draw7/1695) is text whole and stays a number."""
    code = number.issuer_code
    if number.year is not None and number.type_code is None:
        if re.fullmatch(r"(?:UBTV)?QH", code):
            return True
        alone = len(code) == 1 or code.upper() in _TYPE_CODES_UPPER
        if alone and _CODE_CUT_AFTER.match(text, end) is not None:
            return True
    last = re.split(r"[-/.&]", code)[-1]
    return len(last) == 1 and re.match(r"[ \t]*(?:\n|\Z)", text[end : end + 40]) is not None


def _small_letters(
    number: DocNumber, type_word: str | None, has_so: bool, text: str, at: int
) -> bool:
    """A number written in small letters ("nghị định số 30/2020/nđ-cp", "46/2014/nđ-cp" in a
    site's title; made up) is one only where its line is in small letters before it (a text
    lower-cased whole; never a title's damaged code after its capital, "Hướng dẫn số
    13/hd-bch", draw5/1179, nor a number a title cites after its own one it cannot read, "Thông
    tư 77/2014/tt-btc hướng dẫn nghị định 46/2014/nđ-cp", draw10/2209: read, it would be taken
    for the page's own), after a type's name or "số", its first code a type's, or the National
    Assembly's "qh13" after a year."""
    line = text.rfind("\n", max(0, at - 300), at) + 1
    before = text[max(line, at - 300) : at]
    if not (type_word or has_so) or any(c.isupper() for c in before):
        return False
    assembly = re.fullmatch(r"(?:QH|UBTVQH)\d{1,2}", number.issuer_code) is not None
    return number.type_code is not None or (assembly and number.year is not None)


# A date glued to the end of a number's code, as a listing table's cells run together
# ("19/2018/TT-BGDĐT10/10/2018BỘ GIÁO DỤC ...", made up; draw10/2214's shape): the code's last
# one or two digits are the date's day, not the code's. A code that ends in digits of its own
# ("653/2019/UBTVQH14") has no date glued after it.
_CODE_THEN_DAY = re.compile(rf"[{_CAP}]([0-9]{{1,2}})\Z")
_REST_OF_DATE = re.compile(r"/(?:0?[1-9]|1[0-2])/(?:19|20)[0-9]{2}(?![0-9])")


def _glued_day(raw: str, text: str, end: int) -> int:
    """How many digits at the end of ``raw`` are a glued date's day (0 when none)."""
    m = _CODE_THEN_DAY.search(raw)
    if m is None or _REST_OF_DATE.match(text, end) is None or not 1 <= int(m.group(1)) <= 31:
        return 0
    return len(m.group(1))


def _cut_party(number: DocNumber, type_word: str | None, before: str) -> bool:
    """An older state number whose issuer code is also a type code ("Quyết định số 156-CT", of the
    Chủ tịch Hội đồng Bộ trưởng) is one only where a type word of another type names it:
    "Kế hoạch số 12-KH", "Thông báo Kết luận số 159-TB" (the code's type among the words before)
    or a bare "số 12-KH" is a Party number cut short, its issuer lost."""
    if not number.old or number.type_code is not None:
        return False
    own = type_name_for_code(number.issuer_code, form="state")
    return own is not None and (type_word is None or own.casefold() in before.casefold())


_LOST_D_TYPE = re.compile(rf"[0-9]{{1,6}}[ \t]*[{_DASHES}][ \t]*Q[ \t]*/")


def _listed_cores(
    text: str, listed: list[tuple[int, int, DocNumber]], type_word: str | None
) -> list[_Core]:
    head = _read_head(text, listed[0][0])[0]
    return [
        _Core(
            head=head if i == 0 else lstart,
            nstart=lstart,
            nend=lend,
            number=lnumber,
            type_name=type_word or lnumber.type_name or "",
            has_type_word=type_word is not None,
            meta_end=lend,
        )
        for i, (lstart, lend, lnumber) in enumerate(listed)
    ]


# Text of an old 8-bit font read as Latin-1 (TCVN3/ABC: "§" for "Đ", "¢" for "Â"), a lost
# character (U+FFFD) or a symbol glued to a code: the number is damaged, not read short.
_MOJIBAKE = re.compile(r"[¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿\ufffd]")


# The type codes that may open a code glued to the issuer's ("CVNHNN7", "QĐT"); "L" (Luật) is
# the first letter of too many issuers' codes to say so.
_GLUE_PREFIXES = tuple(sorted((c.upper() for c in TYPE_CODES if len(c) > 1), key=len, reverse=True))


def _glued_type(number: DocNumber, text: str, end: int) -> bool:
    """A code after a year in one part, a type code glued to letters ("157/1998/CVNHNN7" for
    "157/1998/CV-NHNN7", "37/1998/QĐT" for "37/1998/QĐ-TTg" whose "T g" the copy spaced out): a
    state number with its year puts a dash between the type's code and the issuer's, so the dash
    was lost and the number read names no document; so is a type's code alone before another
    code. The laws' codes ("105/2016/QH13") go on in figures."""
    code = number.issuer_code
    if number.year is None or number.type_code is not None or not code.isalnum():
        return False
    upper = code.upper()
    if upper in _CODES_UPPER:
        # A type's code alone before another code ("37/1998/QĐ TTg", the issuer's spaced off):
        # read so, it names no document. Alone before a word ("117/2008/QĐ ngày ...") it is the
        # number as its author cut it, and the keys write it so.
        return upper not in _ISSUER_TYPE_CODES and _SPACED_CODE.match(text, end) is not None
    prefix = next((c for c in _GLUE_PREFIXES if upper.startswith(c)), None)
    return prefix is not None and code[len(prefix) : len(prefix) + 1].isalpha()


_CODES_UPPER = frozenset(c.upper() for c in TYPE_CODES)
# ... but the National Assembly's and its standing committee's codes are their issuer's too.
_ISSUER_TYPE_CODES = frozenset({"QH", "UBTVQH"})
_SPACED_CODE = re.compile(rf"[ \t]+{_TPART}")


# The code goes on after a hole: a spaced slash before more code ("280/TC/Q /NSNN", a letter lost,
# a second spaced slash the pattern does not join; "12/UBND /Ban ..." is a word), or a dash with
# nothing after it on its line ("5313/QĐ- " ending a page: the rest of the code lost).
# ... or letter-spaced, as an old font's text layer spaces a line ("03/2000/TTLT/BT PV H T TB T").
# ... or a hole where a lost letter left its space: "322/BXD- T ngày ..." ("ĐT" read " T": a
# lone capital after a spaced hyphen, the sentence going on in small letters).
_CODE_GOES_ON = re.compile(
    rf"[ \t]+/[ \t]*{_UPART}|[{_DASHES}][ \t]*(?:\n|\Z)"
    rf"|(?:[ \t][{_CAP}]{{1,2}}){{2}}[ \t][{_CAP}](?![\w])"
    rf"|[{_DASHES}][ \t]+[{_CAP}][ \t]+(?=[a-zđà-ỹ])"
)


def _cut_code(text: str, end: int) -> bool:
    """The code goes on past the match in capitals the pattern refused: "64/TB-CĐÐVTC" (OCR's
    Icelandic "Ð" for "Đ") matched as "64/TB", or after a hole (_CODE_GOES_ON). Read short, it
    would name another document; a word glued on in small letters ("ĐUKngày", "VP-ngày") is
    spacing damage, and the code whole."""
    if _CODE_GOES_ON.match(text, end) is not None:
        return True
    rest = text[end : end + 2]
    if rest[:1] in {"-", "/"}:
        rest = rest[1:]
    return rest[:1].isupper()


# Numbers listed before the last one, after "số": "số 14, 15, 16-CV/VPTW", "số 10 và 11-NQ/TU".
# ... also after a type word without "số" ("Chỉ thị 01, 13, 33/CT-UB"; _find_cores checks it).
_LISTED = re.compile(
    r"(?<!\w)(\w+)[ \t]+((?:[0-9]{1,6}[ \t]*(?:,|và)[ \t]*){1,12})$", re.IGNORECASE
)
_LEADING_DIGITS = re.compile(r"^[0-9]{1,6}[a-z]?")


def _listed_before(text: str, nstart: int, raw: str) -> list[tuple[int, int, DocNumber]]:
    """The numbers of a list that shares the code of the number at ``nstart``, in order.

    "các công văn số 14, 15, 16-CV/VPTW" cites three documents: 14-CV/VPTW, 15-CV/VPTW and
    16-CV/VPTW. Only bare digits after "số" count, each made whole with the last one's code.
    """
    window = text[max(0, nstart - 120) : nstart]
    if not window.rstrip(" \t").endswith((",", "và", "VÀ", "Và")):
        return []  # (cheap: most numbers stand in no list, and the build reads every body)
    m = _LISTED.search(window)
    lead = _LEADING_DIGITS.match(raw)
    if m is None or lead is None:
        return []
    tail = raw[lead.end() :]
    base = nstart - len(window) + m.start(2)
    if m.group(1).casefold() != "số" and _read_head(text, base)[1] is None:
        return []  # "Điều 14, 15, 16-CV/VPTW": neither "số" nor a type word before the list
    out = []
    for d in re.finditer(r"[0-9]{1,6}", m.group(2)):
        if len(d.group(0)) > 5 or (d.group(0).startswith("0") and len(d.group(0)) > 2):
            return []  # "số 0252, ...": a telephone or an account, not a list of numbers
        number = _parse_number(d.group(0) + tail)
        if number is None:
            return []
        out.append((base + d.start(), base + d.end(), number))
    return out


@functools.lru_cache(maxsize=4096)
def _parse_number(raw: str, *, lenient: bool = False) -> DocNumber | None:
    # The same numbers recur throughout a corpus; DocNumber is immutable, so caching is safe.
    return parse_number(raw, lenient=lenient)


def _so_before(text: str, j: int) -> int:
    """The length of the word "số" ending at ``j`` (0 when there is none).

    Also as damaged text writes it: "s" where the copy dropped every letter outside its code page
    ("Quyt nh s 174/CT"), "s?" where it put "?" for them ("Quy?t ?nh s?: 514-Q/TWTN-BKT"), "sô"
    where OCR lost the acute ("Công văn sô 1520/TCT-TTr"; made up, draw13/2893's shape).
    """
    for word in ("số", "sô", "s?", "s"):
        k = len(word)
        if (
            j >= k
            and text[j - k : j].casefold() == word
            and (j == k or not text[j - k - 1].isalnum())
        ):
            return k
    return 0


def _read_head(text: str, nstart: int) -> tuple[int, str | None, bool]:
    """Return (head start, canonical type name or None, whether "số" stands before)."""
    lo = max(0, nstart - 8)
    j = nstart
    while j > lo and text[j - 1] in " \t\n:":
        j -= 1
    has_so = False
    head = nstart
    so = _so_before(text, j)
    if so:
        has_so = True
        head = j = j - so
        lo = max(0, j - 4)
        while j > lo and text[j - 1] in " \t\n":
            j -= 1
        if j == head:
            return head, None, has_so  # "...Xsố 12": not a type word before
    elif j == nstart or ":" in text[j:nstart]:
        # Without "số" the type word stands right before the number ("Chỉ thị 05-CT/TW").
        return head, None, has_so
    lo = max(0, j - 16)
    last_space = max(text.rfind(" ", lo, j), text.rfind("\n", lo, j), text.rfind("\t", lo, j))
    if last_space < 0 and lo > 0:
        return head, None, has_so
    if text[last_space + 1 : j].casefold() not in _TYPE_LAST_WORDS:
        return head, None, has_so
    window_start = max(0, j - _TYPE_MAX_CHARS)
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(text, window_start, j)]
    cut = window_start > 0 and not text[window_start - 1].isspace()
    if cut and words and words[0][0] == window_start:
        words = words[1:]  # the window cut a word in two
    for k in range(min(_TYPE_MAX_WORDS, len(words)), 0, -1):
        phrase = " ".join(w for _, w in words[-k:]).casefold()
        name = TYPE_WORDS.get(phrase)
        if name is not None:
            return words[-k][0], name or None, has_so
    return head, None, has_so


# A date in a bracket right after the number: "Quy định số 213-QĐ/TW (ngày 2/1/2020) về ...".
_BRACKET_OPEN = re.compile(r"[ \t]*\([ \t]*(?=(?:ngày[ \t]+)?[0-9])", re.IGNORECASE)
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")


def _read_date(text: str, pos: int, end: int) -> tuple[dt.date | None, str, int] | None:
    if (bracket := _BRACKET_OPEN.match(text, pos, end)) is not None:
        inside = _read_date(text, bracket.end(), end)
        close = _BRACKET_CLOSE.match(text, inside[2], end) if inside else None
        if inside is not None and close is not None:
            return inside[0], inside[1], close.end()
        return None
    lead = _DATE_LEAD.match(text, pos, end)
    if lead is None:
        return None
    at = lead.end()
    m = _NUM_DATE.match(text, at, end)
    if m is None and lead.group(1):
        m = _WORD_DATE.match(text, at, end)
    if m is None:
        return None
    day, month, year = (int(g) for g in m.groups())
    try:
        value: dt.date | None = dt.date(year, month, day)
    except ValueError:
        value = None  # "30/02/2024": keep reading, report no date
    return value, m.group(0), m.end()


def _read_tail(text: str, core: _Core, limit: int) -> None:
    """Read the date and the issuer after the number, never past the next citation."""
    pos = core.nend
    date = _read_date(text, pos, limit)
    if date is not None:
        core.date, core.date_text, pos = date
    of = _OF.match(text, pos, limit)
    if of is not None:
        start = of.end()
        bound = min(limit, start + _ISSUER_MAX)
        stop = _ISSUER_STOP.search(text, start, bound)
        end = stop.start() if stop else bound
        issuer = _SPACES.sub(" ", text[start:end]).strip()
        issuer = re.sub(r"(?:[ \t]+(?:và|cùng|hoặc))+$", "", issuer, flags=re.IGNORECASE)
        if issuer:
            term = _TERM.match(text, end, limit)
            if term is not None:
                issuer = f"{issuer} {term.group(0).strip()}"
                end = term.end()
            core.issuer = issuer
            core.number = _central_as_tw(core.number, issuer)
            pos = end
            if date is None:
                date = _read_date(text, pos, limit)
                if date is not None:
                    core.date, core.date_text, pos = date
    core.meta_end = pos
    about = _ABOUT.match(text, pos, limit)
    if about is not None:
        core.about_start = pos
        core.subject_start = about.end()
        core.quoted = about["quote"] is not None


# The bodies whose numbers carry the Central Committee's "TW" (Hướng dẫn 36): the Politburo, the
# Secretariat, the Central Committee itself.
_CENTRAL_BODY = re.compile(
    r"(?:Bộ[ \t]+Chính[ \t]+trị|Ban[ \t]+Bí[ \t]+thư|Ban[ \t]+Chấp[ \t]+hành[ \t]+Trung[ \t]+ương)"
    r"(?![ \t]+(?:Đoàn|Hội|Công[ \t]+đoàn|Mặt[ \t]+trận))",
    re.IGNORECASE,
)


def _central_as_tw(number: DocNumber, issuer: str) -> DocNumber:
    """``number`` with its code "TƯ" as "TW" where the issuer the sentence names is a central body
    of the Party ("Kết luận số 48-KL/TƯ ngày 25/5/2009 của Bộ Chính trị"): "TƯ" is Trung ương
    typed with its Ư or an OCR's horn on a Tỉnh ủy's "TU" ("13-NQ/TƯ của Tỉnh ủy"), and only
    the issuer tells which."""
    if number.issuer_code != "TƯ" or number.year is not None or not _CENTRAL_BODY.match(issuer):
        return number
    return dataclasses.replace(number, issuer_code="TW", form="party")


def _clause_end(text: str, start: int) -> int:
    bound = min(len(text), start + _SUBJECT_MAX)
    pos = start
    while True:
        m = _SUBJECT_STOP.search(text, pos, bound)
        if m is None:
            return bound
        token = m.group(0)
        if token.startswith(",") and "ngày" not in token.casefold():
            letter = text[m.end()] if m.end() < len(text) else ""
            if not letter.isupper():
                pos = m.end()
                continue
        return m.start()


def _read_subject(text: str, cores: list[_Core], i: int) -> None:
    core = cores[i]
    if core.subject_start < 0:
        return
    end = _clause_end(text, core.subject_start)
    for j in range(i + 1, len(cores)):
        other = cores[j]
        if other.head >= end:
            break
        if other.parent is not None:
            continue
        before = text[max(core.subject_start, other.head - 12) : other.head]
        sep = _SIBLING_SEP.search(before)
        if sep is not None:
            end = max(core.subject_start, other.head - len(before) + sep.start())
            break
        other.parent = i
        if other.about_start >= 0:
            # The nested citation's own "về ..." is its subject, not the outer one's.
            end = min(end, other.about_start)
            break
    end = _quote_end(text, core, end)
    core.subject_end = _trim_end(text, core.subject_start, end)


def _quote_end(text: str, core: _Core, end: int) -> int:
    """The end of a trích yếu quoted whole: its closing quote where a comma follows it (the
    clause rules read on past a comma before small letters); a quote opened before "Về" closes
    outside the trích yếu. A quoted name inside a longer one ("“Tháng nhân đạo” năm 2019") stays."""
    start = core.subject_start
    if not (core.quoted or text[start : start + 1] in ("“", '"')):
        return end
    close = _QUOTE_CLOSES.search(text, start + 1, end)
    if close is not None and not re.search(r"[“\"]", text[start + 1 : close.start()]):
        return close.start() if core.quoted else close.start() + 1
    if core.quoted and end > start and text[end - 1] in '”"':
        return end - 1
    return end


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t,;:-–":
        end -= 1
    return end


def _read_kind(text: str, cores: list[_Core], i: int) -> RelationKind:
    core = cores[i]
    lo = max(0, core.head - _LOOKBACK)
    if core.parent is not None:
        lo = max(lo, cores[core.parent].subject_start)
    else:
        # Words inside an earlier citation's subject speak of that citation, not of this one.
        for back in range(i - 1, -1, -1):
            prev = cores[back]
            if prev.parent is None:
                prev_end = max(prev.nend, prev.meta_end, prev.subject_end)
                if prev_end <= core.head:
                    lo = max(lo, prev_end)
                break
    clause = max(text.rfind(mark, lo, core.head) for mark in _CLAUSE_MARKS)
    lo = max(lo, clause + 1)
    window = text[lo : core.head]
    folded = window.casefold()
    if any(hint in folded for hint in _TRIGGER_HINTS):
        last: re.Match[str] | None = None
        for m in _TRIGGERS.finditer(window):
            last = m
        if last is not None and len(window[last.end() :].split()) <= _TRIGGER_MAX_GAP:
            index = last.lastindex or len(_TRIGGER_KINDS)
            return _TRIGGER_KINDS[index - 1]
    # "Căn cứ Nghị quyết A, Nghị quyết B và Kết luận C": a list shares its first item's kind.
    if i > 0 and core.parent is None:
        prev = cores[i - 1]
        prev_end = max(prev.nend, prev.meta_end, prev.subject_end)
        if (
            prev.parent is None
            and prev_end <= core.head
            and _LIST_GAP.match(text[prev_end : core.head])
        ):
            return prev.kind
    return RelationKind.CITES


def _clean(subject: str) -> str:
    subject = _FOOTNOTE_REF.sub("", subject)
    subject = _EMPHASIS.sub("", subject)
    subject = _SPACES.sub(" ", subject).strip()
    return subject.rstrip(" ,;:.-–")


# --- Markdown extension --------------------------------------------------------------------

_SKIP_TAGS = frozenset({"a", "code", "pre", "kbd", "samp", "script", "style", "svg", "math"})


_DIGIT = re.compile(r"\d")


class _CitationTreeprocessor(Treeprocessor):  # type: ignore[misc]
    """Wrap each citation's number in the text nodes of the rendered tree."""

    def __init__(self, md: Markdown, resolve: Callable[[Citation], LinkTarget | None]) -> None:
        super().__init__(md)
        self._resolve = resolve

    def run(self, root: etree.Element) -> None:
        self._walk(root)

    def _walk(self, element: etree.Element) -> None:
        children: list[etree.Element] = []
        if element.text:
            element.text, children = self._split(element.text)
        for child in list(element):
            if isinstance(child.tag, str) and child.tag not in _SKIP_TAGS:
                self._walk(child)
            children.append(child)
            if child.tail:
                child.tail, extra = self._split(child.tail)
                children.extend(extra)
        if len(children) != len(element):
            element[:] = children

    def _split(self, text: str) -> tuple[str, list[etree.Element]]:
        if _DIGIT.search(text) is None:
            return text, []
        made: list[etree.Element] = []
        head = text
        last = 0
        for citation in find_citations(text):
            target = self._resolve(citation)
            if target is None:
                continue
            piece = text[citation.number_start : citation.number_end]
            if target.url is None:
                node = etree.Element("span", {"class": "bt-cite bt-cite--hidden"})
            else:
                node = etree.Element("a", {"class": "bt-cite", "href": target.url})
            if target.title:
                node.set("title", target.title)
            node.text = piece
            before = text[last : citation.number_start]
            if made:
                made[-1].tail = before
            else:
                head = before
            made.append(node)
            last = citation.number_end
        if made:
            made[-1].tail = text[last:]
        return head, made


class CitationLinkExtension(Extension):  # type: ignore[misc]
    """Python-Markdown extension: every citation's number becomes a link to the cited page.

    Args:
        resolve: gives the target of a citation: a URL and a tooltip; a target with ``url`` None
            (a document this audience may not open) wraps the number in a
            ``span.bt-cite--hidden``; None leaves the text alone.
    """

    def __init__(self, resolve: Callable[[Citation], LinkTarget | None], **kwargs: Any) -> None:
        self._resolve = resolve
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # After "inline" (20), footnotes (50, 15) and "prettify" (10), before "unescape" (0):
        # the text nodes are final, footnotes included, and code is already in <code>.
        md.treeprocessors.register(_CitationTreeprocessor(md, self._resolve), "bangtin-cite", 5)
