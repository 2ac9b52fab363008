"""A portal's words presenting the document it carries, and a page's "theo" naming another's."""

from __future__ import annotations

import re

from bangtin.core.model import DocType
from bangtin.core.text import fold
from bangtin.importer.layout import Found
from bangtin.importer.lines import clean
from bangtin.importer.web.lead_words import NAMING_BRACKET, TYPE_BY_LENGTH, cited_type
from bangtin.links.citations import Citation, find_citations

# Where a news item names the document it reports on, anywhere on the page: "(Nguồn: Thông báo
# số 81/TB-UBND ngày 08/6/2021)", "Xem chi tiết tại đây: 81/TB-UBND", "... tại Văn bản số
# 2873/SYT-NV ngày 13/6/2021 đính kèm".
# Also "Xem toàn bộ Quy định số 27-QĐ/TU ... tại đây", "(Kèm theo: Công văn số 359/UBND-NN ...
# .pdf)", "(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)": the page's link, attachment or
# source. Only in a bracket: "Theo" in running text reports what another document says, and
# "(Ban hành kèm theo Quyết định số ...)" is an annex's line naming the decision it belongs to.
_SOURCE = re.compile(
    r"(?:Nguồn|\(\s*Theo|\(\s*Kèm\s+theo\s*:|Xem\s+toàn\s+(?:bộ|văn)"
    # ("(Nguồn: Từ Công văn số 1150/UBND-VP ngày 22/04/2021)": the source's "từ" / "theo".)
    r"|(?:Xem\s+)?(?:thông\s+tin\s+)?chi\s+tiết\s+tại\s+đây)\s*:?\s*(?:(?:từ|theo)\s+)?$",
    re.I,
)


_ATTACHED = re.compile(r"[\s,]*(?:được\s+)?đính\s+kèm\b", re.IGNORECASE)


# A document's ground: what it rests on or answers, never a page's title or its report.
_RESTS_ON = re.compile(r"^(?:[-–+•]\s*)?(?:Căn\s+cứ|Xét|Theo\s+đề\s+nghị)\b")


def read_presented(page: list[str], lines: list[str], found: Found) -> None:
    """The number of the one document a news item reports on, where no header or lead gave it.

    Three shapes: the page names it as its source or attachment (see _SOURCE, _ATTACHED); or the
    page's title repeats a citation's subject ("Ủy ban MTTQ phường triển khai kế hoạch vận động
    quỹ ..." over "... trình bày Kế hoạch số 94/KH-BTT ... về triển khai kế hoạch vận động quỹ
    ..."). That number is the page's own: never listed among its citations. A source or an
    attachment named anywhere wins over a title's repeat: "Triển khai hướng dẫn tuyên truyền ...
    của Huyện ủy" over "Thực hiện Hướng dẫn số 06-HD/HU ... về tuyên truyền ..." is a page
    carrying the guide out, "(Nguồn: Từ Công văn số 1150/UBND-VP ...)" under it its document
    (the scan read the title's dash as the lead's and took the guide).
    """
    titles = [
        fold(clean(x))
        for x in [*page, *lines][:12]
        if len(clean(x).split()) >= 4 and not _RESTS_ON.match(clean(x))
    ][:3]
    repeat: tuple[str, Citation] | None = None
    for line in lines[:200]:
        c = clean(line)
        for cit in find_citations(c):
            about = fold(" ".join(cit.subject.split()))
            # (Never where the document's own title block was read: its trích yếu may name what it
            # carries out or answers, "KẾ HOẠCH" / "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW ... VỀ
            # ...", "V/v ..." of a reply repeating the letter it answers; the header was cut off.
            # Nor a ground's: a decision whose header was cut off names in "Căn cứ Quyết định số
            # 2441/QĐ-TTg ... phê duyệt ..." and "Xét Tờ trình số 60/TTr-HĐND ... về việc ban hành
            # ..." what it rests on and answers, often in its own title's words.)
            # (A "title" that names the citation's number is the lead itself, repeated above it
            # as a teaser cut with "...": no title repeating a citation's words.)
            number = fold(cit.number_text)
            repeated = (
                not found.subject
                and not _RESTS_ON.match(c)
                and len(about.split()) >= 5
                and any(about in t and t != fold(c) and number not in t for t in titles)
            )
            if _SOURCE.search(c, 0, cit.start) or _ATTACHED.match(c, cit.end):
                _presented(found, cit)
                return
            if repeated and repeat is None:
                repeat = (c, cit)
    if repeat is not None and not titled_otherwise([*page, *lines][:6], repeat[1].type_name):
        # (Not where the title names another type: "Thông báo: Về việc gia hạn ... cuộc thi ..."
        # over "Thực hiện Kế hoạch số ... về việc tổ chức cuộc thi ..." is a notice on the plan.)
        c, cit = repeat
        _presented(found, cit)
        if not found.subject and not goes_on_after(c, cit.subject):
            found.subject = [cit.subject + _closing_bracket(c, cit.subject)]


def _presented(found: Found, cit: Citation) -> None:
    """The page's own number, and the date and type the citation gives, where none was read."""
    found.number = cit.number
    if found.date is None:
        found.date = cit.date
    if found.doc_type is None and cit.type_name:
        found.doc_type = cited_type(cit)


def goes_on_after(line: str, subject: str) -> bool:
    """The sentence goes on after a citation's ``subject`` past a comma ("... về triển khai công
    tác chuẩn bị Đại hội các Chi bộ trực thuộc Đảng ủy, Đại hội Đảng bộ xã lần thứ XII, ..."):
    the extractor stopped there, where the trích yếu's end is not sure."""
    at = line.find(subject)
    tail = line[at + len(subject) :] if at >= 0 else ""
    return bool(re.match(r"\s*,\s*(?!(?:ngày|năm)\b)\w", tail))


# A bracket that closes the sentence right after a trích yếu: "... về tổ chức Đại hội Đảng bộ các
# cấp (cấp huyện, cơ sở và chi bộ trực thuộc Đảng ủy cơ sở).", "... Đảng bộ phường Phúc La (
# nhiệm kỳ 2020-2025)": the trích yếu's own words (the extractor stops before any bracket).
_BRACKET_END = re.compile(r"\s*\([^()]{1,120}\)(?=\s*[.;]?\s*$)")


def _closing_bracket(line: str, subject: str) -> str:
    """The bracket closing the sentence right after ``subject`` in ``line``, or ""."""
    at = line.find(subject)
    m = _BRACKET_END.match(line, at + len(subject)) if at >= 0 else None
    return m.group() if m and not NAMING_BRACKET.fullmatch(m.group()) else ""


def titled_otherwise(top: list[str], type_name: str) -> bool:
    """A title among the page's first lines opens with a type other than ``type_name``."""
    for line in top:
        if clean(line)[:1].islower():
            continue  # a wrapped sentence's rest, not a title (see read_title)
        c = clean(line).casefold()
        # ("Thông báo: Về việc gia hạn ...": the type may stand before a colon.)
        name = next((t for t in TYPE_BY_LENGTH if re.match(rf"{t.casefold()}\s*:?\s", c)), None)
        if name is not None and name.casefold() != type_name.casefold():
            return True
    return False


# A news item that goes on "Theo kế hoạch, ...", "Theo thông báo, ..." (its lead having named
# the document by its type alone): what follows is that document's content, the page's own.
_ACCORDING = re.compile(
    r"^(?:\([^()]{2,30}\)\s*[-–]?\s*)?Theo\s+(?P<t>"
    + "|".join(re.escape(t) for t in TYPE_BY_LENGTH)
    + r")\s*,",
    re.IGNORECASE,
)


def read_according(lines: list[str], found: Found) -> None:
    """The type of the document a news item's paragraph goes on "according to" (see _ACCORDING),
    where nothing else gave the page's type or number: one such type only among its first
    paragraphs."""
    if found.doc_type is not None or found.number is not None or found.left:
        return
    # (Not where the lines above it cite a document of another type: "Theo báo cáo, thời gian
    # qua, ..." in a news item on a meeting about "Chương trình hành động số 01-CTr/TU" is the
    # report the meeting heard, draw7/1520.)
    top = [clean(x) for x in lines[:20]]
    named = {
        DocType.from_text(m["t"])
        for i, c in enumerate(top)
        if (m := _ACCORDING.match(c)) and not _other_cited(top[:i], m["t"])
    }
    if len(named) == 1:
        found.doc_type = next(iter(named))


def _other_cited(above: list[str], type_name: str) -> bool:
    """One of the lines ``above`` cites a document whose type is not ``type_name``."""
    kind = DocType.from_text(type_name)
    return any(
        DocType.from_text(cit.type_name or cit.number.type_name or "") not in (None, kind)
        for line in above
        for cit in find_citations(line)
    )


# A line that is a document's title, standing alone: its type, "số", its number, its day maybe,
# then its matter after "về", and no issuer after "của" (a ground's or a list's item names its
# issuer: "Quyết định số 99-QĐ/TW ngày ... của Ban Bí thư về ..."): "Công văn số 3240/BGDĐT-CSVC
# ngày 28/06/2024 về việc thực hiện báo cáo ..." as a site's post title and summary (made up,
# draw14/3054's shape, a React copy's markup around it). Over the parts, every such line names
# the page's own document.
_TAG = re.compile(r"<[^<>]*>")
_TITLE_ABOUT = re.compile(r"\s+về\s", re.IGNORECASE)


def title_line_numbers(text: str) -> list[Citation]:
    """The documents lines of ``text``'s head stand for as their titles (see _TITLE_ABOUT)."""
    out = []
    for line in text[:4000].splitlines():
        c = " ".join(_TAG.sub(" ", line).split())
        cit = next(iter(find_citations(c)), None)
        if cit is None or cit.start != 0 or cit.issuer or c.endswith((";", ",", ":")):
            continue
        typed = cit.type_name and fold(c).casefold().startswith(fold(cit.type_name).casefold())
        said = re.search(r"(?<!\w)số\s*:?\s*\Z", c[: cit.number_start], re.IGNORECASE)
        date_end = c.find(cit.date_text, cit.number_end) + len(cit.date_text) if cit.date else -1
        after = max(cit.number_end, date_end)
        if typed and said and _TITLE_ABOUT.match(c, after):
            out.append(cit)
    return out


# An annex's line naming the document it is issued with: "(Ban hành kèm theo Nghị quyết số
# 53/2017/NQ-HĐND ngày 13 tháng 7 năm 2017 của ...)", "(Kèm theo Nghị quyết số 20/NQ-HĐND ...)".
_ANNEX_LINE = re.compile(r"^\(\s*(?:ban\s+hành\s+)?kèm\s+theo\s+", re.IGNORECASE)


def annexed_to(text: str, kind: DocType) -> list[Citation]:
    """The documents of type ``kind`` that annexes in ``text`` say they are issued with. Under a
    heading of that type (the page's own type), that is the page's own document: a resolution's
    copy whose header and signature were lost keeps its annexes' lines (made up, draw14/3067's
    and 3080's shape, a retrieval demo's Markdown); a rule under "QUY CHẾ" issued with a
    decision (draw3/620) names another document, of another type."""
    out = []
    for line in text.splitlines():
        c = " ".join(line.split())
        if (m := _ANNEX_LINE.match(c)) is None:
            continue
        cit = next(iter(find_citations(c[m.end() :])), None)
        if cit is not None and cit.start == 0 and DocType.from_text(cit.type_name) is kind:
            out.append(cit)
    return out
