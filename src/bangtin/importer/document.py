"""The importer's pipeline for one document: normalise, read the layout, derive the fields."""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable, Collection, Sequence
from types import MappingProxyType
from typing import Any

from bangtin.core.model import DocType, RelationKind, Unit
from bangtin.core.numbers import PARTY_TYPE_CODES, STATE_TYPE_CODES, DocNumber, parse_number
from bangtin.core.text import fold
from bangtin.importer.address_words import address_citations, read_address_words
from bangtin.importer.body import render_body
from bangtin.importer.closing import (
    approver_above,
    find_closing,
    read_approval_signature,
    read_closing,
    read_letter_signature,
)
from bangtin.importer.fields import (
    annex_of_own,
    issuer_of,
    recipients_of,
    relations_of,
    signer_of,
    subject_of,
    themes_of,
)
from bangtin.importer.footnotes import footnote_tail, pull_footnotes
from bangtin.importer.header import read_header
from bangtin.importer.headline import (
    acts_now,
    read_according,
    read_annexed,
    read_grounds,
    read_guided,
    read_headline,
    read_only_document,
    read_plan_ground,
    read_presented,
    read_set_going,
    read_state_letter,
    read_title,
)
from bangtin.importer.layout import Found, dated_header, doc_start, lead_lines, posted_date
from bangtin.importer.lines import (
    NOISE,
    NUMBER_LINE,
    TRAILER,
    V_V,
    clean,
    foreign_letters,
    is_caps,
    opens_with,
    without_site_lists,
    without_stamp,
)
from bangtin.importer.normalise import mend_number_line, prepare_lines, strip_front_matter
from bangtin.importer.record import apply_record, as_record_lines, read_record
from bangtin.importer.result import FIELD_ORDER, ImportResult
from bangtin.importer.units import Units
from bangtin.importer.web.grounds import reported_source
from bangtin.importer.web.presented import annexed_to, title_line_numbers
from bangtin.links.citations import Citation, find_citations


def parse_document(
    text: str,
    *,
    units: Sequence[Unit] = (),
    theme_years: Collection[int] = (),
) -> ImportResult:
    """Read a Vietnamese Party, mass-organisation or state document.

    Args:
        text: the document as text (see `read_source`), possibly wrapped in web-page noise.
        units: the units of the portal's units.yml, to turn issuer, Kính gửi and Nơi nhận into ids.
        theme_years: the years that have a theme file; "chủ đề năm YYYY" in the text adds YYYY to
            ``themes`` only when it is one of these.

    Returns:
        The front-matter fields, the body as Markdown, the keys not found and notes.
    """
    known = Units.of(units)
    text = mend_number_line(as_record_lines(text))
    above, lines = page_lines(text)
    page = strip_front_matter(text)
    found = Found(
        above=above,
        posted=posted_date(page[:6000].splitlines()) or _month_stamp(page),
        record=read_record(page[:8000].splitlines()),
    )
    body_lines = read_layout(lines, found)
    by_address = found.number is None and not found.left and read_address_words(page, found)
    cut = None
    if found.number is not None and found.number_idx is None and _cut_at_space(found.number, text):
        # "Thông tư số 23/2015/TTLT-BGD ĐT-BNV về ...": a space typed inside the code; the number
        # read ends at it, the rest of the code after it ("ĐT-BNV"): where it ends is not sure,
        # and the number cut short is no citation either.
        cut, found.number = found.number, None
    doubted = _opening_number(lines)
    read_own = found.number if found.number_idx is None else None
    doubted = _not_the_pages(lines, found, doubted)
    # (A reading the page's words said was another document's: see _not_the_pages.)
    rejected = read_own if found.number is None else None
    if found.number is not None and found.number_idx is None and _written_twice(found.number, text):
        # Not read from the document's own "Số" line but from a title or a lead, and the page
        # also writes it the other way, with or without a year ("5556/2021/QĐ-BYT" in a site's
        # title, "Số: 5556/QĐBYT" in the flattened document): which is right cannot be told.
        # Either way it is this document's number, no citation (see _relations).
        doubted.append(found.number)
        found.number = None
    if found.number is not None:
        found.number = _plain_spelling(found.number, text)
    fields = derive_fields(
        found, body_lines, known, theme_years, doubted=doubted, read_shapes=cut is None
    )
    if by_address and found.number is not None:
        fields["relations"] = _with_cited(
            fields["relations"], address_citations(page, found.number)
        )
    if found.number is None and (carried := _carried_model(page)) is not None:
        # (The page is the letter its attached model names: its own number, unread.)
        fields["relations"] = _dropping(fields["relations"], lambda x: parse_number(x) == carried)
    if cut is not None:
        fields["relations"] = {
            kind: kept
            for kind, numbers in fields["relations"].items()
            if (kept := tuple(x for x in numbers if parse_number(x) != cut))
        }
    if fields["date"] is None and fields["type"] in _ADOPTED_TYPES:
        fields["date"] = _adopted_on(page, fields["type"])
    if fields["type"] == DocType.CONG_VAN.value and _kind_coded(found, lines):
        fields["type"] = ""
    if found.doc_type is not None and _other_type_under(found.doc_type, [*above, *lines][:20]):
        fields["type"] = ""
    if rejected is not None and found.doc_type is None and fields["type"] == rejected.type_name:
        # The body names the other document by its type ("... kế hoạch thực hiện Chỉ thị này",
        # made up; draw12/2538's shape): that is its type, not the page's (left to fill).
        fields["type"] = ""
    missing = _missing(fields)
    if fields["issuer"] and fields["issuer"] not in {u.id for u in units}:
        found.notes.append(
            f"cơ quan ban hành «{fields['issuer']}» chưa có trong units.yml của cổng; "
            "có thể thêm vào đó rồi ghi mã đơn vị"
        )
    body = fields.pop("body")
    return ImportResult(
        fields=MappingProxyType(fields),
        body=body,
        missing=missing,
        notes=tuple(found.notes),
    )


# The types whose name opens no trích yếu as a verb or as a kind's second word: "NGHỊ QUYẾT" /
# "Quy định mức thu ...", "THÔNG BÁO" / "Kết luận của ..." (the corpus README), "Hướng dẫn ...",
# "Quyết định ...", "Dự án ..." are a heading's trích yếu, never another heading.
_NAMING_ONLY = tuple(
    fold(t.value)
    for t in DocType
    if t
    not in {
        DocType.QUY_DINH,
        DocType.KET_LUAN,
        DocType.HUONG_DAN,
        DocType.QUYET_DINH,
        DocType.DU_AN,
        DocType.LUAT,
        DocType.LENH,
        DocType.PHUONG_AN,
    }
)


def _other_type_under(doc_type: DocType, lines: Sequence[str]) -> bool:
    """The line that opens with the heading's type name has right under it a line that opens
    with another type's (made up; draw11/2477's shape, a section name "THÔNG BÁO" over the post's
    "Giấy mời dự Lễ ..."; draw11/2374's, a post title "QUY CHẾ GIẢI THƯỞNG ..." over "THÔNG BÁO
    VỀ VIỆC ..."): which is the document's heading is not sure."""
    own = fold(doc_type.value)
    texts = [x for x in lines if x.strip()]
    for i, line in enumerate(texts[:-1]):
        if opens_with(line, [own]):
            other = opens_with(texts[i + 1], _NAMING_ONLY)
            return bool(other) and other != own and not other.startswith(own)
    return False


# A law's, an ordinance's or a resolution's closing sentence: "Nghị quyết này được Ủy ban Thường
# vụ Quốc hội ... khóa XV thông qua ngày 16 tháng 6 năm 2025." (Nghị định 30/2020 and the
# Assembly's practice: the day adopted is the document's day.)
_ADOPTED_TYPES = frozenset({"Luật", "Nghị quyết", "Pháp lệnh", "Nghị quyết liên tịch"})
_ADOPTED = re.compile(
    r"(?<!\w)(?P<type>Luật|Nghị\s+quyết|Pháp\s+lệnh)\s+này\s+(?:đã\s+)?được\s+[^.;]{0,240}?"
    r"thông\s+qua\s+(?:vào\s+)?ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*,?\s+"
    r"năm\s+(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _adopted_on(page: str, doc_type: str) -> dt.date | None:
    """The day the closing sentence says the document itself ("<type> này") was adopted, where
    the text has no place-and-date line (made up; draw11/2425's and 2432's shape: a rendering
    that lost the header's date cell); Markdown's emphasis inside it is no part of it."""
    text = re.sub(r"[*_]+", "", page)
    own = fold(doc_type.removesuffix(" liên tịch"))
    found = [m for m in _ADOPTED.finditer(text) if fold(" ".join(m["type"].split())) == own]
    if len(found) != 1:
        return None
    m = found[0]
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


# The attachment line of a model or rule a letter carries after its signature: "(Ban hành kèm
# theo Công văn số 7619-CV/BTCTW, ngày 30/12/2024 của Ban Tổ chức Trung ương)".
_ATTACHED_TO = re.compile(
    r"^[ \t]*\([ \t]*(?:Ban[ \t]+hành[ \t]+)?kèm[ \t]+theo[ \t]+(?P<rest>[^\n]{0,200})",
    re.IGNORECASE | re.MULTILINE,
)


def _carried_model(page: str) -> DocNumber | None:
    """The number of the document whose attached model the page carries after the letter's
    signature block ("Nơi nhận:" above the attachment line; made up, draw4/731's shape, a copy
    stored from "Kính gửi" on): the page is that document, its own number unread, no citation.
    The first attachment line only; an annex stored alone cites its issuing document."""
    m = _ATTACHED_TO.search(page)
    if m is None or not re.search(r"Nơi\s+nhận", page[: m.start()], re.IGNORECASE):
        return None
    cit = next(iter(find_citations(m["rest"])), None)
    return cit.number if cit is not None and cit.start < 40 else None


def _kind_coded(found: Found, lines: Sequence[str]) -> bool:
    """The number's first code is the initials of a heading in capitals under it, a kind the
    model does not list ("Số: 478 /LCĐ-HĐĐ" over "LỊCH CHỈ ĐẠO"; made up, draw10/2133's and
    2134's shape): Nghị định 30/2020 forms a type's code from its name's initials, so the code is
    the kind's, not an issuer's, and the number no công văn's. (Above the number, the issuer's
    own name has its code's initials: "ỦY BAN NHÂN DÂN" over "45/UBND-VX", a công văn.)"""
    number, at = found.number, found.number_idx
    if number is None or at is None or found.doc_type is not None or number.type_code:
        return False
    code = fold(number.issuer_code.split("-")[0])
    if len(code) < 2:
        return False
    for line in lines[at + 1 : at + 6]:
        words = line.split()
        caps = len(words) >= 2 and is_caps(line) and not any(c.isdigit() for c in line)
        if caps and "".join(fold(w[0]) for w in words) == code:
            return True
    return False


def _with_cited(
    relations: dict[str, tuple[str, ...]], cited: Sequence[DocNumber]
) -> dict[str, tuple[str, ...]]:
    """``relations`` with ``cited`` among what the text cites, each once."""
    listed = {n.key for xs in relations.values() for x in xs if (n := parse_number(x))}
    new = tuple(str(n) for n in cited if n.key not in listed)
    return {**relations, "cites": (*relations.get("cites", ()), *new)} if new else relations


# A stored page's crawler stamp of the month it was posted, opening the page, often glued to the
# lead: "date 2021-09 Đêm 22/9, UBND tỉnh ban hành Công văn số ..." (draw9/2004's shape; draw8/
# 1803, draw9/1939). A full stamp ("date 2025-09-10") is posted_date's.
_MONTH_STAMP = re.compile(r"\A\s*date\s+((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![\d-])")


def _month_stamp(page: str) -> dt.date | None:
    """The last day of the month a crawler's month stamp gives the page (see _MONTH_STAMP): the
    latest day it may have been posted, the year of a lead's day and month shortly before."""
    m = _MONTH_STAMP.match(page)
    if m is None:
        return None
    year, month = int(m[1]), int(m[2])
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def document_lines(text: str) -> list[str]:
    """The normalised lines of the document itself: web-page chrome around it cut off."""
    return page_lines(text)[1]


_LABEL_MAX = 400


def page_lines(text: str) -> tuple[list[str], list[str]]:
    """(the page's lines above the document, the document's lines), chrome around it cut off."""
    lines = prepare_lines(strip_front_matter(text))
    # A site's label or counter is short; a long line under its pattern is a page whose breaks
    # were lost ("Chủ Nhật, 14/4/2024 Công văn số 293-CV/TW ... Kính gửi: ..."): kept.
    lines = [without_stamp(x) for x in lines]
    lines = [x for x in lines if not clean(x) or len(x) > _LABEL_MAX or not NOISE.match(clean(x))]
    lines = without_site_lists(lines)
    start = doc_start(lines)
    above, lines = lines[:start], lines[start:]
    for i, line in enumerate(lines):
        if i > 5 and TRAILER.match(clean(line)):
            return above, lines[:i]
    return above, lines


def _read_headline_of_this_day(lines: list[str], found: Found) -> None:
    """read_headline, unless what it reads contradicts the header's own place-and-date line.

    A copy whose header was cut above that line, over its type heading ("Hà Nội, ngày 21 tháng
    10 năm 2008" / "HƯỚNG DẪN" / ... / "(thay cho Hướng dẫn số 47-HD/BTCTW ngày 24-5-2005)"):
    the line dates this document; a
    document named with another day is an earlier one the text cites, and what was read of it
    (number, date, type, trích yếu) is dropped: the number is left to fill.
    """
    # (A place-and-date line over a type heading: the layout's own. Alone, it may be a print
    # view's date, "Hải Phòng, ngày 18 tháng 11 năm 2019" over a news item: unseen/404.)
    dated = found.date if found.place and found.doc_type is not None else None
    before = copy.deepcopy(found) if dated is not None else None
    read_headline(lines, found)
    if before is not None and found.date != dated:
        for name in Found.__slots__:
            setattr(found, name, getattr(before, name))


def read_layout(lines: list[str], found: Found) -> list[str]:
    """Fill ``found`` from the header, headline and closing; return the body's lines."""
    body_start = read_header(lines, found)
    apply_record(found.record, found)
    # A scan's number line OCR could not read ("Số: CẦN ĐIỀN", above the motto it may stand
    # with the page's lines above the document): a number the readers below find in the body (a
    # lead's cited circular, 1648 of the seventh draw) is a guess.
    unread = found.number is None and _unread_number([*found.above, *lines[: body_start + 1]])
    header_date = found.date
    if found.number is None and not found.left:
        _read_headline_of_this_day(lead_lines(lines), found)
    if found.number is None and not found.left:
        read_presented(found.above, lines, found)
    if (
        found.number is None
        and not found.left
        and found.doc_type is None
        and not dated_header(lines, body_start + 1)  # (a header cut above its number line)
    ):
        read_grounds(found.above, lines, found)
    if found.number is None and not found.left and found.doc_type is None:
        read_only_document(lines, found)
    if found.number is None and not found.left and found.doc_type is None:
        read_annexed(lines, found)
    if found.number is None and not found.left:
        read_set_going(lines, found)
    if (found.doc_type is None or not found.subject) and not _state_letter(found):
        # ... also for the subject where the type came from elsewhere ("(Nguồn: Thông báo số
        # 81/TB-UBND ...)" under the title "Thông báo về việc hoãn ...").
        read_title([*found.above, *lines[: body_start + 8]], found)
    if found.number is None and not found.left:
        read_plan_ground(lines, found)
    if found.number is None and not found.left:
        read_guided(lines, found)
    if found.number is None and not found.left:
        read_state_letter(lines, found)
    if unread:
        found.number, found.date = None, header_date
    read_according(lines, found)
    closing = find_closing(lines, body_start)
    closing_end = read_closing(lines, closing, found)
    if approver_above(lines, closing):
        # A school's or a unit's plan signed beside its approval: the block read is the
        # approver's, the signer stands elsewhere (read_approval_signature, or left to fill).
        found.name, found.title, found.authority = "", [], []
    if closing == len(lines) and (letter := read_letter_signature(lines, body_start, found)):
        closing, closing_end = letter
    if not (found.name or found.title or found.authority) and (
        approval := read_approval_signature(lines, body_start, found)
    ):
        closing, closing_end = approval
    body_lines = lines[body_start:closing]
    if found.lead:
        body_lines = [found.lead, *body_lines]
    tail = footnote_tail(lines, closing_end, found)
    body_lines = pull_footnotes(body_lines, found.footnotes, anywhere=False)
    if tail:
        found.notes.append("có phần văn bản sau chữ ký (phụ lục?), đã đưa vào cuối nội dung")
        body_lines = [*body_lines, "", *tail]
    return body_lines


def _state_letter(found: Found) -> bool:
    """A công văn by its own layout: a header, a number without type code, a subject, Kính gửi.

    A portal's title above it is the portal's words ("Thông báo nghỉ học thứ 2" over a Sở's
    công văn "4144/GDĐT-VP" / "Về cho học sinh nghỉ học" / "Kính gửi: ..."), not its type.
    """
    number = found.number
    return bool(found.left and number and number.type_code is None and found.subject and found.to)


def doc_type_of(found: Found) -> DocType | None:
    """The type: the heading decides; else the number's code; else a "V/v" subject (công văn)."""
    doc_type = found.doc_type
    if doc_type is None and found.number is not None:
        doc_type = DocType.from_text(found.number.type_name or "")
        if found.number.form == "party" and found.number.type_code == "QĐ":
            # A Party "QĐ" is a Quyết định or a Quy định (FORMATS.md): without the heading only
            # the body's own words decide (see self_named_type), else it is left to fill.
            doc_type = None
        if (
            doc_type is None
            and found.number.type_code is None
            and found.number.form == "state"
            # The older form, issuer after the hyphen ("43-TTg", "72-HĐBT", "112-CP"), numbered
            # decisions, directives, circulars and decrees before 2004, a công văn took a slash
            # ("4919/VPCP"): without the heading it says no type (made up; draw7/1621's shape).
            and not found.number.old
        ):
            # Only a state công văn carries no type code ("4919/VPCP-KTTH", Nghị định 30/2020,
            # Phụ lục III): every other type puts its code before the issuer's ("12/KH-UBND"),
            # also where the copy dropped the subject ("730/LĐLĐ" / "Kính gửi: ...").
            doc_type = DocType.CONG_VAN
    if (
        doc_type is None
        and found.subject
        and V_V.match(found.subject[0])
        # "VỀ VIỆC CHO PHÉP ..." in capitals is a decision's title block, not a công văn's "V/v".
        and not is_caps(found.subject[0])
    ):
        # Only a công văn has its subject as "V/v ..." under the number; that holds when the
        # number is unreadable (an OCR scan) or missing (a web copy without it).
        doc_type = DocType.CONG_VAN
    return doc_type


_SELF_NAMED = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(t.value) for t in DocType) + r")\s+này(?!\w)", re.IGNORECASE
)


def self_named_type(body: str) -> DocType | None:
    """The type a body gives itself: "... từ khi công văn này ban hành", "Kế hoạch này ...".

    Only one type named so, or one named far more often than any other (an annex's "Quy định
    này" under its decision's "Quyết định này" leaves it open): otherwise None.
    """
    counts: dict[DocType, int] = {}
    for m in _SELF_NAMED.finditer(body):
        t = DocType.from_text(m[1])
        if t is not None:
            counts[t] = counts.get(t, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] * 3 > ranked[0][1]):
        return None
    return ranked[0][0]


def _titles(found: Found) -> list[str]:
    """The page's lines above the document that open with its own number: its title.

    A legal-text site titles the page with the document's number and trích yếu ("Nghị quyết
    18/2025/NQ-HĐND sửa đổi ... Nghị quyết 64/2017/NQ-HĐND ...", "Quyết định 119/QĐ-UBND ... đã
    được thay thế bởi Quyết định 366/QĐ-UBND"): what it cites, the document cites (or is
    replaced by); a text that lost its heading keeps it only there.
    """
    if found.number is None:
        return []
    own = found.number.key
    return [
        line
        for line in found.above
        if (first := next(iter(find_citations(line[:120])), None)) is not None
        and first.start == 0
        and first.number.key == own
    ]


def derive_fields(
    found: Found,
    body_lines: list[str],
    known: Units,
    theme_years: Collection[int],
    *,
    doubted: Sequence[DocNumber] = (),
    read_shapes: bool = True,
) -> dict[str, Any]:
    """The front-matter fields (and the rendered ``body``) from what the layout reader found.

    ``doubted``: readings of the own number left to fill for doubt; still no citations.
    ``read_shapes``: whether a news item's shape may give the own number (see _read_shaped).
    """
    fields: dict[str, Any] = {}
    fields["number"] = str(found.number) if found.number else ""
    if found.number is not None and foreign_letters(found.number):
        # A legacy code page's letter in the code (lines.foreign_letters): not the number on
        # paper; its type code, a Latin one, still tells the type, and it is still no citation.
        fields["number"] = ""
    fields["date"] = found.date
    fields["place"] = found.place
    fields["issuer"] = issuer_of(found, known)
    # The header lines as written (superior body over issuer), for the print view.
    fields["header"] = tuple(found.left)
    body = render_body(body_lines, found.footnotes)
    doc_type = doc_type_of(found)
    named = self_named_type(body)
    if found.doc_type is None and doc_type is not None and named not in (None, doc_type):
        # No heading, and the number's code says one type while the body names itself another
        # ("55/2007/CT-UBND" over "Quyết định này có hiệu lực ..."): "QĐ" stands for Quy định as
        # well as Quyết định, so the body decides between those two; else it is left to fill.
        qd = {DocType.QUYET_DINH, DocType.QUY_DINH}
        # (A rule named under "kèm theo Quyết định số <the own number>" is the decision's annex.)
        if not (doc_type is DocType.QUYET_DINH and annex_of_own(found.number, body)):
            doc_type = named if {doc_type, named} <= qd or _ve_viec_only(found) else None
    elif doc_type is None:
        doc_type = named
    fields["type"] = doc_type.value if doc_type else ""
    fields["subject"] = subject_of(found.subject)
    if len(fields["subject"].split()) == 1:
        # One word is no trích yếu but the first of a line cut from it ("Sửa" of "SỬA ĐỔI, BỔ
        # SUNG ...", a scan's "Ng"): the reading lost the rest, so the subject is left to fill.
        fields["subject"] = ""
    if doc_type in _NO_SUBJECT:
        # A letter of thanks or congratulation has no trích yếu: the line under its heading names
        # the occasion ("NHÂN KỶ NIỆM 80 NĂM NGÀY THÀNH LẬP ĐOÀN"), not a subject.
        fields["subject"] = ""
    fields["signer"] = signer_of(found)
    fields["to"] = tuple(recipients_of(found.to, known))
    fields["cc"] = tuple(recipients_of(found.cc, known))
    # The subject's lines as read, also when the subject was left to fill (a truncated one still
    # cites what it names: "... NGHỊ QUYẾT SỐ 237/2008/NQ-HĐND ... NGHỊ QUYẾT SỐ").
    header_text = "\n".join(
        [" ".join(found.subject), *found.to, *_titles(found), *_replaced_by(found.above)]
    )
    text = "\n".join([header_text, body])
    relations = _relations(text, found.number)
    # The text's citations, read once for the checks below (the whole text, nested ones too).
    cits = find_citations(text)
    if fields["date"] is None and fields["number"] and found.number is not None:
        fields["date"] = _day_attached(cits, found.number)
    relations = _without_cut_by_the_end(relations, cits, text)
    lines_read = _number_lines(text, cits)
    # The page's own as a news item's shape names it (see each): the corpus keys it so.
    # (A page with its own number read names other documents in lines of their own.)
    page_lines_read = "\n".join([*found.above, *body_lines])
    titled = [c.number for c in title_line_numbers(page_lines_read)] if found.number is None else []
    conferred, conference_doubt = _conference_reading(text, found)
    shaped = [
        *conferred,
        *_event_ground(text, found),
        *_reported(text, found),
        *_issued_then_numbered(text, found),
        *_acted_through(text, found),
        *titled,
    ]
    # (A page with its own number read names its annexes' document by it already, and an annex
    # of another day under it is another's: "15/QĐ-UBND ngày ... 2019" under 15/2024/QĐ-UBND.)
    kind = found.doc_type if found.number is None else None
    annexed = annexed_to(text, kind) if kind is not None else []
    owns = [
        *doubted,
        *lines_read,
        *shaped,
        *_reviewed_alone(text, found, cits),
        *conference_doubt,
        *_studied_together(text, found),
        *_reported_content(text, found, cits),
        *_reported_scrambled(text, found),
        *_cut_in_its_sentence(text, found),
        *_relayed(text, found, cits),
        *_according_to(text, found),
        *(c.number for c in annexed),
    ]
    relations = _without_own_readings(relations, owns, found)
    if read_shapes and not (doubted or lines_read or found.to or found.place or fields["number"]):
        # (A Kính gửi or a place-and-date line is the document's own frame, no news item's.)
        _read_shaped(fields, shaped, cits, text, found.doc_type)
    if not (doubted or lines_read or fields["number"] or found.number):
        _read_annexed(fields, annexed)
    if not (fields["type"] or fields["number"]) and (kind := _conference_bare_type(text, found)):
        fields["type"] = kind.value
    relations = _one_spelling(relations, cits)
    relations = _misread_once(relations, cits)
    relations = _without_type_slips(relations, cits)
    fields["relations"] = _without_slips(relations, cits, found, fields)
    for key in _WORDED:
        if _unreadable(fields[key]):
            # A letter nobody could read stands in the value: U+FFFD, put by the OCR reader for a
            # word it is unsure of (reading/ocr.py) or by a decoder for a byte it could not
            # decode. Half a trích yếu, a name with a hole, one recipient of three: the editor
            # fills the field from the original rather than trusting the rest of it. A value
            # without a single letter (an OCR speck or a list mark where the trích yếu stands:
            # "- .") is no reading either.
            fields[key] = None if key == "signer" else type(fields[key])()
    fields["themes"] = themes_of(body, theme_years)
    fields["tags"] = ()
    fields["visibility"] = "internal"
    fields["status"] = "in-force"
    fields["body"] = body
    return fields


def _day_attached(cits: Sequence[Citation], own: DocNumber) -> dt.date | None:
    """The one day the text attaches to the own number where it names it ("... Nghị quyết số
    71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị ..."; made up, draw12/2508's and draw6/1249's
    shapes, a headline's number read without it): a day attached to a number is that
    document's. None where it attaches none, or two."""
    days = {c.date for c in cits if c.number.key == own.key and c.date is not None}
    return days.pop() if len(days) == 1 else None


def _read_shaped(
    fields: dict[str, Any],
    shaped: Sequence[DocNumber],
    cits: Sequence[Citation],
    text: str,
    doc_type: DocType | None,
) -> None:
    """The own number (and its date, where none was read) of a page with no own number read and
    none doubted, where the shapes of a news item that report one document (a conference that
    rolled it out, an event held under it, its making or announcing, its issuing in the lead)
    name one and the same, of the type read if any, and the page writes it one way only: the
    corpus keys it as the page's own, and the text gives it plainly for it. Otherwise nothing."""
    if len({n.key for n in shaped}) != 1 or _written_twice(shaped[0], text):
        return
    own = shaped[0]
    at = next((i for i, c in enumerate(cits) if c.number.key == own.key), None)
    if at is None or doc_type not in (None, DocType.from_text(cits[at].type_name)):
        return  # (a heading of another type over it: the text is a document of its own)
    if at + 1 < len(cits) and _LIST_GAP.fullmatch(text, cits[at].end, cits[at + 1].start):
        # "... công bố 02 Quyết định số 41/QĐ-LHH và 42/QĐ-LHH ...": one of several named in a
        # list, which the page reports its words do not settle (as _one_of_several).
        return
    fields["number"] = str(own)
    named = next((c for c in cits if c.number.key == own.key and c.date is not None), None)
    if fields["date"] is None and named is not None:
        fields["date"] = named.date
    cit = cits[at]
    kind = DocType.from_text(cit.type_name)
    if not fields["type"] and kind is not None and _written_type(cit, text):
        fields["type"] = kind.value  # ("Thực hiện kế hoạch số 13-KH/ĐTN ...")
    elif not fields["type"] and _letter_number(cit, text):
        fields["type"] = DocType.CONG_VAN.value


def _read_annexed(fields: dict[str, Any], annexed: Sequence[Citation]) -> None:
    """The own number (and date, where none was read) the annexes' lines give the page whose
    heading is of their document's type (see presented.annexed_to), where they give one only,
    with its year."""
    if not annexed or len({c.number.key for c in annexed}) != 1:
        return
    if annexed[0].number.year is None:
        # (An annex's line may leave out the year its decision's number has: "3195/QĐ-UB" under
        # "Số: 3195/2004/QĐ-UB", unseen/438 with its header cut. Without a year it is not sure.)
        return
    fields["number"] = str(annexed[0].number)
    if fields["date"] is None and len({c.date for c in annexed}) == 1:
        fields["date"] = annexed[0].date


# "văn bản số" before a state number that holds no type code: Nghị định 30's number of a công
# văn (the corpus README: unseen/414, draw5/1169; made up, draw12/2605's shape).
_LETTER_WORDS = re.compile(r"văn\s+bản\s+số\s*\Z", re.IGNORECASE)


def _letter_number(cit: Citation, text: str) -> bool:
    """``cit`` is a state number without a type code, named "văn bản số"."""
    number = cit.number
    return (
        number.form == "state"
        and number.type_code is None
        and number.year is None
        and _LETTER_WORDS.search(text, cit.start, cit.number_start) is not None
    )


def _written_type(cit: Citation, text: str) -> bool:
    """The text writes ``cit``'s type word before its number ("kế hoạch số", "Chương trình hành
    động số"), not only its code; or before a bracket that holds it ("Theo thông báo (số
    34/TB-UBND ngày ...)", made up; draw12/2617's shape)."""
    name = cit.type_name.casefold()
    if name in " ".join(text[cit.start : cit.number_start].split()).casefold():
        return True
    before = " ".join(text[max(0, cit.start - 30) : cit.start].split()).casefold()
    return bool(name) and before.endswith((f"{name} (", f"{name}("))


# A legal site's status note above the document names the one that replaced or amended it
# ("Caselaw Việt Nam: “Kể từ ngày 08-07-2013, Quyết định số 59/1999/QĐ-UB ... bị bãi bỏ, thay thế
# bởi Quyết định số 1177/QĐ-UBND ngày 08/07/2013 ...”"): the page cites it (the corpus's keys, 12
# pages of seven parts). Only what follows "bởi": the note names the document itself first.
_REPLACED_BY = re.compile(
    r"(?<!\w)(?:thay\s+thế|bãi\s+bỏ|sửa\s+đổi|bổ\s+sung)\s+bởi\s", re.IGNORECASE
)


def _replaced_by(above: Sequence[str]) -> list[str]:
    """What the status notes above the document say replaced or amended it (see _REPLACED_BY)."""
    return [line[m.end() :] for line in above if (m := _REPLACED_BY.search(line))]


# "Về việc ..." written out: a decision's trích yếu as often as a công văn's ("V/v" is only a
# công văn's).
_VE_VIEC = re.compile(r"^[“\"]?V[ềêe]\s*vi[ệêeé]c\b", re.IGNORECASE)


def _ve_viec_only(found: Found) -> bool:
    """The công văn was read from nothing but a written-out "Về việc" subject: no heading, no
    number; the body's own name for itself ("Quyết định này") then decides."""
    return (
        found.doc_type is None
        and found.number is None
        and bool(found.subject)
        and _VE_VIEC.match(found.subject[0]) is not None
    )


_NO_SUBJECT = frozenset({DocType.THU_CHUC_MUNG, DocType.THU_CAM_ON, DocType.THU_THAM_HOI})

# The fields written from the document's words (number and date are parsed: a hole fails them).
_WORDED = ("place", "header", "subject", "signer", "to", "cc")


def _written_twice(number: DocNumber, text: str) -> bool:
    """The page also writes ``number`` (same serial, same code letters) with a year where it has
    none, or without the year it has: two readings of one own number."""
    for m in re.finditer(rf"(?<![\w/.-]){re.escape(number.serial)}\s*[-/][^\s,;:()]+", text):
        other = parse_number(m.group().rstrip(".-/"))
        if (
            other is not None
            and _codes(other) == _codes(number)
            and (other.year is None) != (number.year is None)
        ):
            return True
    return False


# A letter no code carries: codes are initials without marks but Đ ("TW", "TU", "BTGTW"); one
# with a horn or a hat is a slip ("TƯ": Trung ương typed with its Ư, or an OCR's horn on "TU").
_MARKED_CODE = str.maketrans("ƯƠÂÊÔĂ", "WOAEOA")


def _plain_spelling(number: DocNumber, text: str) -> DocNumber:
    """``number`` as the page also writes it with plain letters where its issuer code has a
    marked one ("20-NQ/TƯ" in a title, "20-NQ/TW" in the lead); else as it was read: "TƯ" may
    stand for "TW" or "TU", and which cannot be told from the number alone."""
    if number.issuer_code.isascii() or not re.search("[ƯƠÂÊÔĂ]", number.issuer_code):
        return number
    # (Zero-padded or not: "05-CT/TƯ" and "5-CT/TW" are one serial.)
    for m in re.finditer(rf"(?<![\w/.-])0*{re.escape(number.serial)}\s*[-/][^\s,;:()]+", text):
        other = parse_number(m.group().rstrip(".-/"))
        if other is not None and _respelled(number, other):
            return other
    return number


def _relations(text: str, own: DocNumber | None) -> dict[str, tuple[str, ...]]:
    """The citations of ``text`` by kind, never the own number: also not as the page wrote it
    with a marked letter ("20-NQ/TƯ" in the title over "20-NQ/TW" in the lead, see
    _plain_spelling)."""
    relations = relations_of(text, own=own)
    if own is None:
        return relations
    return _dropping(relations, lambda x: bool((n := parse_number(x)) and _respelled(n, own)))


def _dropping(
    relations: dict[str, tuple[str, ...]], drop: Callable[[str], bool]
) -> dict[str, tuple[str, ...]]:
    """``relations`` without the numbers ``drop`` says, and without a kind left empty."""
    kept = {kind: tuple(x for x in numbers if not drop(x)) for kind, numbers in relations.items()}
    return {kind: numbers for kind, numbers in kept.items() if numbers}


def _not_the_pages(lines: Sequence[str], found: Found, doubted: list[DocNumber]) -> list[DocNumber]:
    """Leave to fill the number a headline or lead gave (with its day, type and trích yếu) where
    the page's words say it is not the page's own, or do not settle which it is; return the
    numbers that are no citation (``doubted``, changed)."""
    own = found.number
    if own is None or found.number_idx is not None:
        return doubted
    # The page's words on one line, read once for the three checks below.
    text = " ".join(x.strip() for x in lines if x.strip())[:5000]
    cits = find_citations(text)
    if (carrier := _carried_out(text, cits, own)) is not None:
        # The headline's or lead's document is the ground the page's own carries out: it is a
        # citation; the carrier is the page's own, which a reading did not give: no citation.
        # Its trích yếu stays where the carrier's, named there, is the same words.
        same = _words(carrier.subject) == _words(" ".join(found.subject))
        found.number, found.date, found.doc_type = None, None, None
        found.subject = found.subject if same else []
        return [x for x in doubted if x.key != own.key] + [carrier.number]
    if _one_of_several(text, cits, found) or _one_of_a_list(lines, cits, found):
        # Which of the documents the page announces it reports is not said (the type all share).
        # The first announced, which the corpus keys as the page's own, may be: no citation.
        alike = [c for c in cits if _same_kind(c, own, found.doc_type)]
        # (The day every one of them carries is the page's whichever it reports.)
        shared = found.date is not None and all(c.date == found.date for c in alike)
        found.number, found.date, found.subject = None, found.date if shared else None, []
        return [*doubted, alike[0].number]
    elif (
        _not_done_by_now(text, cits, own)
        or _ground_of_own_act(lines, own)
        or _opened_under_a_deploying_lead(lines, own)
        or _matter_of_issued(text, cits, own)
        or _there_before(text, cits, own)
        or _holders_own_unnumbered(text, cits, own)
    ):
        # A reminder of the lead's document, the ground over the page's own operative words,
        # or the matter of a letter the lead says was issued: a citation, not the page's own.
        found.number, found.date, found.doc_type, found.subject = None, None, None, []
        return [x for x in doubted if x.key != own.key]
    elif _issued_after_unnumbered(text, cits, own):
        # (Its type is the page's own type: kept.)
        found.number, found.date, found.subject = None, None, []
    elif (enacted := _titled_as_enacted(lines, own)) is not None:
        # The page is the text a decision issued, titled by its own type and matter: no number
        # of its own (the corpus README's rule for a text issued with another), the decision's
        # a citation.
        found.number, found.date = None, None
        found.doc_type, found.subject = enacted
        return [x for x in doubted if x.key != own.key]
    elif (shown := _presented_before_unnumbered(text, cits, own)) is not None:
        # (Its type kept, and its trích yếu where it is the words after the page's own.)
        same = _same_matter(" ".join(found.subject), text[shown.end() :])
        found.number, found.date = None, None
        found.subject = found.subject if same else []
    return doubted


def _first_named(cits: Sequence[Citation], own: DocNumber) -> tuple[Citation, DocType] | None:
    """Where ``own`` is first named, and its type there; None where it is not named by a type."""
    first = next((c for c in cits if c.number.key == own.key), None)
    kind = DocType.from_text(first.type_name) if first is not None else None
    return (first, kind) if first is not None and kind is not None else None


# The page's own document named without a code, another body's coded one before it (target of
# the fourteenth draw's five wrong numbers): "... Ban Tổ chức Trung ương đã ban hành Hướng dẫn số
# 31-HD/BTCTW, ngày ... . Thực hiện Kết luận số 160-KL/TW ..., Ban Thường trực Ủy ban Trung ương
# Mặt trận Tổ quốc Việt Nam đã ban hành hướng dẫn bổ sung ..." (made up; draw14/2952's shape):
# the lead's last issuing, of the same type, unnumbered, is the page's; the coded one another's.
def _issued_after_unnumbered(text: str, cits: Sequence[Citation], own: DocNumber) -> bool:
    """Another body issues, after ``own`` is first named, a document of its type without a
    number (see _ISSUED_UNNUMBERED)."""
    if (named := _first_named(cits, own)) is None:
        return False
    first, kind = named
    for m in _ISSUED_UNNUMBERED.finditer(text, first.end, first.end + _LEAD_CHARS):
        if DocType.from_text(m["type"]) is not kind:
            continue
        start = max(text.rfind(", ", 0, m.start()), text.rfind(". ", 0, m.start()), -1)
        body = set(re.findall(r"\w+", fold(text[start + 1 : m.start()]).casefold()))
        before = text[max(0, first.start - 120) : first.start]
        mine = set(re.findall(r"\w+", fold(before.rsplit(",", 1)[-1]).casefold()))
        # (The same document named again by its matter, "... Bộ Chính trị đã ban hành Quy định
        # về phân cấp quản lý cán bộ ..." after "công bố Quy định số 80-QĐ/TW về phân cấp quản lý
        # cán bộ ...", draw6/1231: no other.)
        if body and not body <= mine and not _same_matter(first.subject, text[m.end() :]):
            return True
    return False


# The page's own document presented first by its type and a bare number or none, issued or
# had by a body ("Ngày 10/8, Ban Nội chính Tỉnh ủy ban hành Thông báo số 50 mời ...", "Văn
# phòng Tỉnh ủy vừa có thông báo thay đổi ..."), then one of its type with a code: an earlier one
# (target of the fifteenth draw's wrong numbers; made up, draw15/3112's and 3113's shapes). A
# bare serial not the coded one's says another document; with no number at all, only a coded one
# named as what the page follows ("theo", "thực hiện", "căn cứ") is surely another.
def _presented_before_unnumbered(
    text: str, cits: Sequence[Citation], own: DocNumber
) -> re.Match[str] | None:
    """Where, before ``own`` is first named, the page presents a document of its type by a bare
    number not ``own``'s serial, or by none where ``own`` is named as what is followed (see
    _PRESENTED_UNNUMBERED); None where it does not."""
    if (named := _first_named(cits, own)) is None:
        return None
    first, kind = named
    followed = _FOLLOWED.search(text, max(0, first.start - 30), first.start) is not None
    for m in _PRESENTED_UNNUMBERED.finditer(text, 0, first.start):
        if DocType.from_text(m["type"]) is not kind:
            continue
        if m["bare"] is not None and str(int(m["bare"])) != str(own.serial).lstrip("0"):
            return m
        if m["bare"] is None and followed:
            return m
    return None


def _same_matter(subject: str, after: str) -> bool:
    """The words ``after`` a type's name open on the first four of ``subject``."""

    def words(x: str) -> list[str]:
        found = re.findall(r"\w+", fold(x).casefold())
        return found[1:] if found[:1] == ["ve"] else found

    head = words(subject)[:4]
    return bool(head) and words(after)[: len(head)] == head


# A conference's list that names the holder's own document by its type and matter, no number,
# after a higher body's coded one: "... Đảng bộ Trường Đại học Kinh tế đã tổ chức Hội nghị quán
# triệt Chỉ thị 37-CT/TW ... gồm: • Chỉ thị 37-CT/TW ... của Bộ chính trị ...; • Kế hoạch tổ
# chức đại hội đảng các cấp của Đảng bộ Trường Đại học Kinh tế." (made up; draw14/2924's shape).
_HOLDER = re.compile(
    r"(?:^|[,.;]\s+|\n)(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+[\d/.-]+\s*,?\s+)?"
    r"(?P<body>[^\W\d][^,.;\n]{3,80}?)\s+(?:đã|vừa)\s+tổ\s+chức(?!\w)",
    re.IGNORECASE,
)


def _holders_own_unnumbered(text: str, cits: Sequence[Citation], own: DocNumber) -> bool:
    """The lead names the body that held the event (see _HOLDER), and the page names a document
    of that body, "of" it, by its type without a number, while ``own`` is another's."""
    head = text[: _LEAD_CHARS * 2]
    held = _HOLDER.search(head)
    issuers = {fold(c.issuer).casefold() for c in cits if c.number.key == own.key and c.issuer}
    if held is None or not issuers:
        return False
    holder = " ".join(held["body"].split())
    if any(fold(holder).casefold() in x for x in issuers):
        return False
    unnumbered = re.compile(
        rf"(?<!\w)(?:{_TYPE_NAMES})(?!\s*(?:số\b|\d))[^.;\n]{{0,150}}?\scủa\s+{re.escape(holder)}",
        re.IGNORECASE,
    )
    return unnumbered.search(head, held.end()) is not None


# A document's own operative words after its grounds, the issuer's name and verb alone on a line
# (Nghị định 30/2020, Phụ lục I): "Ủy ban nhân dân phường Cự Khối thông báo:", "... QUYẾT ĐỊNH:".
_OWN_ACT = re.compile(
    r"^(?:[^\W\d]\w*\s+){0,12}?(?:thông\s+báo|quyết\s+định|quyết\s+nghị)\s*:\s*$", re.IGNORECASE
)
_GROUND_LINE = re.compile(r"^(?:[-+•*]\s*)?(?:căn\s+cứ|thực\s+hiện|theo)(?!\w)", re.IGNORECASE)


# A line that opens with a document's number under a lead that already named another coded
# document the page's body deploys ("Hội nghị đã quán triệt ...; triển khai thực hiện thông báo
# số 55 – TB/TW ... ." over a caption, then "Nghị quyết số 35 – NQ/TW ngày ... của Bộ chính trị
# về ..."; made up, draw15/3115's shape): one of the documents the page goes through, no headline
# of its own, a citation.
_DEPLOYS = re.compile(r"(?<!\w)(?:triển\s+khai|thực\s+hiện|quán\s+triệt)\s+\Z", re.IGNORECASE)


def _opened_under_a_deploying_lead(lines: Sequence[str], own: DocNumber) -> bool:
    """``own`` is first named at the start of a line, not among the page's first two, under a
    sentence of 15 words or more that names another coded document after a verb of deploying
    (see _DEPLOYS)."""
    content = [x.strip() for x in lines if x.strip()]
    for i, line in enumerate(content):
        cits = find_citations(line)
        if not any(c.number.key == own.key for c in cits):
            continue
        if i < 2 or cits[0].number.key != own.key or cits[0].start > 1:
            return False
        return any(
            len(x.split()) >= 15
            and any(
                c.number.key != own.key
                and c.number.type_code is not None
                and _DEPLOYS.search(x[max(0, c.start - 30) : c.start])
                for c in find_citations(x)
            )
            for x in content[:i]
        )
    return False


def _titled_as_enacted(lines: Sequence[str], own: DocNumber) -> tuple[DocType, list[str]] | None:
    """The type and matter of a page whose first line is a text's title, its type not a
    decision's, ending on the decision that issued it ("Quy chế học sinh, sinh viên hệ chính quy
    ban hành theo Quyết định số 42/2007/QĐ-BGDĐT"; made up, draw15/3222's shape), where ``own``
    is that decision's number; None otherwise."""
    content = [x.strip() for x in lines if x.strip()]
    if not content or (m := _ENACTED_TITLE.match(content[0])) is None:
        return None
    kind = DocType.from_text(m["type"])
    cits = find_citations(content[0][m.end() :])
    if kind is None or kind in (DocType.QUYET_DINH,) or not cits or cits[0].number.key != own.key:
        return None
    return kind, [m["matter"].strip()]


def _ground_of_own_act(lines: Sequence[str], own: DocNumber) -> bool:
    """``own`` is first named on a line of grounds ("Căn cứ Quyết định số ...;") that the page's
    own operative words follow within four lines (see _OWN_ACT; made up, draw12/2611's shape: a
    ward's headerless notice whose basis a reading took for its number)."""
    content = [x.strip() for x in lines if x.strip()]
    for i, line in enumerate(content):
        if any(c.number.key == own.key for c in find_citations(line)):
            return bool(_GROUND_LINE.match(line)) and any(
                _OWN_ACT.match(x) for x in content[i + 1 : i + 5]
            )
    return False


def _matter_of_issued(text: str, cits: Sequence[Citation], own: DocNumber) -> bool:
    """The page's first sentence names ``own`` first as what a letter it says was issued, with no
    number, carries out (see _ISSUED_MATTER): "... vừa có văn bản gửi các Tỉnh ủy, ... về việc
    triển khai thực hiện Chỉ thị số 04-CT/TW ..." (made up; draw12/2538's shape)."""
    first = next((c for c in cits if c.number.key == own.key), None)
    if first is None or _SENTENCE_STOP.search(text, 0, first.start):
        return False
    return _ISSUED_MATTER.search(text, 0, first.start) is not None


# A lead's document, then the page's word that it was not done yet: "Ngày 10/3/2022, Văn phòng
# UBND tỉnh ban hành Văn bản số 512/VPUBND-KT ... . Tuy nhiên, đến nay Sở ... chưa báo cáo ..."
# (made up; draw9/2021's shape, an office's unnumbered reminder of its numbered letter). The page
# is the later reminder; the document it names, its ground.
_NOT_DONE = re.compile(
    r"\.\s+Tuy\s+nhiên,?\s+(?:đến\s+nay|đến\s+thời\s+điểm\s+này|hiện\s+nay)\b[^.;]{0,160}?"
    r"(?<!\w)chưa(?!\w)"
)


def _not_done_by_now(text: str, cits: Sequence[Citation], own: DocNumber) -> bool:
    """Whether the sentence right after the first naming of ``own`` says it was not done yet."""
    cit = next((c for c in cits if c.number.key == own.key), None)
    if cit is None:
        return False
    end = re.search(r"\.\s", text[cit.end :])  # (the sentence's end, over its "; ...")
    start = cit.end + (end.start() if end else len(text))
    return _NOT_DONE.match(text, start, start + 400) is not None


# A document named as what a body carried out by a document of its own, in one sentence: "...
# thực hiện Công điện số 512/CĐ-TTg ngày ... của Thủ tướng Chính phủ về ..., ngày 14 tháng 5 năm
# 2020 Chủ tịch Ủy ban nhân dân tỉnh đã có Công văn số 1875/UBND-NN về việc ..." (made up;
# draw9/2006's shape, a province's page headlined with the telegram). The other document, of
# another issuer, is the page's; which one the page is cannot be told from its headline.
_CARRY_OUT = re.compile(r"(?<!\w)thực\s+hiện\s+\Z", re.IGNORECASE)
_ISSUED_OWN = re.compile(r"(?<!\w)(?:đã|vừa)\s+(?:có|ban\s+hành)\s+\Z", re.IGNORECASE)


def _words(text: str) -> str:
    """``text`` in small letters, its words joined by one space, without closing marks."""
    return " ".join(text.casefold().split()).rstrip(" .;,")


def _carried_out(text: str, cits: Sequence[Citation], number: DocNumber) -> Citation | None:
    """The citation of another issuer's document the page says, later in the same sentence, was
    issued to carry out ``number`` (see _CARRY_OUT); None where there is none."""
    for i, c in enumerate(cits):
        if c.number.key != number.key or not _CARRY_OUT.search(
            text[max(0, c.start - 20) : c.start]
        ):
            continue
        for d in cits[i + 1 :]:
            if d.start - c.end > 250 or re.search(r"[.;]\s", text[c.end : d.start]):
                break
            if d.number.issuer_code != number.issuer_code and _ISSUED_OWN.search(
                text[max(0, d.start - 20) : d.start]
            ):
                return d
    return None


# A page that announces several documents of one type ("... công bố các quyết định của Bộ Chính
# trị về công tác cán bộ. Quyết định số 3120-QĐNS/TW ... . Quyết định số 3121-QĐNS/TW ...";
# made up, draw9/1931's shape): the one a reading took as its own is one of them, and which one
# the page reports its words do not settle.
_SEVERAL = r"(?<!\w)(?:các|hai|ba|những)\s+"


def _one_of_several(text: str, cits: Sequence[Citation], found: Found) -> bool:
    """Whether the page says "các <type>" for the own number's type before naming it, and names
    another numbered document of that type and issuer."""
    own, kind = found.number, found.doc_type
    if own is None or kind is None:
        return False
    if not cits or not re.search(_SEVERAL + re.escape(kind.value), text[: cits[0].start], re.I):
        return False
    return any(c.number.key != own.key and _same_kind(c, own, kind) for c in cits)


def _one_of_a_list(lines: Sequence[str], cits: Sequence[Citation], found: Found) -> bool:
    """Whether the page names two more numbered documents of the own number's type and issuer,
    and its headline (its first line) does not name the own one: a page listing a body's
    decisions in turn ("Quyết định 21-QĐ/ĐU ngày ... điều chỉnh ..." / "Quyết định số 22-QĐ/ĐU
    ngày ... sáp nhập ..." / "Quyết định số 23-QĐ/ĐU ..."; made up, draw13/2706's and 2740's
    shape) reports them all, and which one a reading took is chance."""
    own, kind = found.number, found.doc_type
    if own is None or kind is None:
        return False
    alike = [c for c in cits if _same_kind(c, own, kind)]
    mine = next((c for c in alike if c.number.key == own.key), None)
    # (Named first, the reading's is presented, the others cited after it: "... ký ban hành Quy
    # định số 127-QĐ/TW ... . Quy định này thay thế Quy định số 94-QĐ/TW và ... 95-QĐ/TW";
    # draw7/1515's shape. Another body's words after "của" make another body's document:
    # "Kế hoạch số 153-KH/ĐU ... của Ban Thường vụ Tỉnh ủy ...", draw4/771's.)
    if mine is None or mine is alike[0]:
        return False
    others = {c.number.key for c in alike if not _other_body(c, mine)} - {own.key}
    if len(others) < 2:
        return False
    headline = next((x for x in [*found.above, *lines] if x.strip()), "")
    return all(c.number.key != own.key for c in find_citations(headline))


def _other_body(cit: Citation, mine: Citation) -> bool:
    """Whether both name their issuer after "của", in other words."""
    return bool(cit.issuer and mine.issuer) and _words(cit.issuer) != _words(mine.issuer)


def _same_kind(cit: Citation, own: DocNumber, kind: DocType | None) -> bool:
    """``cit`` names a document of ``own``'s issuer code and of the type ``kind``."""
    return cit.number.issuer_code == own.issuer_code and DocType.from_text(cit.type_name) is kind


def _opening_number(lines: Sequence[str]) -> list[DocNumber]:
    """The number the document's first line opens with, at most one word before it: the page's
    title where the header was stripped ("Nghị quyết số 24-NQ/TW Ban Chấp hành Trung ương ...")
    or its lead ("Theo Quyết định 3226/QĐ-TLĐ có hiệu lực ..."). Over the eight parts of the
    corpus, 53 numbers so placed were all the page's own; "Thực hiện Kế hoạch số ..." (the grounds
    of an unnumbered document) has two words before it."""
    first = next((x for x in lines if x.strip()), "")
    found = next(iter(find_citations(first[:200])), None)
    if found is None:
        return []
    if len(first[: found.start].split()) > 1 and not _titled(first, found):
        return []
    if acts_now(first, found.end):
        return []  # "Theo Thông báo số ... . Nay UBND phường ... thông báo ...": its ground
    return [found.number]


def _titled(first: str, found: Citation) -> bool:
    """The first line opens on a type's name and the document's name in capitals, then "số"
    and the number without a type word of its own: "*LUẬT THANH NIÊN số: 57/2020/QH14. ..."
    (made up; draw13/2873's shape, a law's page title). "KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ ..."
    names another document by its own type word: not this."""
    title = first[: found.start].strip(" *#_")
    words = title.split()
    if not title.isupper() or not words or found.start != _so_start(first, found):
        return False
    kinds = {DocType.from_text(" ".join(words[:k])) for k in (1, 2)} - {None}
    # (A number whose code names another type is the act that issued it: "*ĐIỀU LỆ CÔNG ĐOÀN
    # số: 174/QĐ-TLĐ. ...", the charter the decision issued; draw13/2874, a citation.)
    coded = DocType.from_text(found.number.type_name or "")
    return bool(kinds) and (coded is None or coded in kinds)


def _so_start(first: str, found: Citation) -> int:
    """Where "số" stands before the citation's number, if only "số" (and a colon) does."""
    m = re.search(r"(?<!\w)s[ốô][ \t]*:?[ \t]*\Z", first[: found.number_start], re.IGNORECASE)
    return m.start() if m else -1


# The head of a number line as a header writes it, where the text lost its line breaks, its
# colon or its marks: "... DU LỊCH Số 798 /BVHTTDL VP V/v ..." (an old PDF's text layer),
# "So:2731 /QD-UBND" (OCR without diacritics), "S 291/QĐ-UBDT" (a font's lost letters). A
# citation writes a type word before its "số" ("Công văn số ..."), in small letters. OCR reads
# "Số:" as digits or a digit for a letter too ("86: 03-HD/DTN", draw7/1558's scan; "S6:",
# "5ố:"): with its colon, no citation's words.
_NUMBER_LINE_HEAD = re.compile(r"(?<!\w)(?:S(?:ố|o|\?)?[ \t]*:?|[S58][6ốoóô0é][ \t]*:)[ \t]*\Z")


# ... but after a type word the font damaged, "QUY T NNH S 38/2004/Q -TTG" (QUYẾT ĐỊNH SỐ, its
# marked letters lost: unseen/470), "Quy t nh S", the "S" is that citation's "số".
_DAMAGED_TYPE_END = re.compile(r"(?<!\w)(?:NNH|NH|nh|ĐỊNH|định)\s+\Z")


def _number_lines(text: str, cits: Sequence[Citation]) -> list[DocNumber]:
    """The numbers ``text`` writes as its own number line (see _NUMBER_LINE_HEAD): capital "S",
    no type word before, and not an item of a list ("các nghị định của Chính phủ: Số 92/2006/
    NĐ-CP; Số 04/2008/NĐ-CP", citations after a colon, a semicolon or a comma)."""
    out = []
    for c in cits:
        before = text[max(0, c.number_start - 8) : c.number_start]
        m = _NUMBER_LINE_HEAD.search(before)
        if m is None:
            continue
        head = c.number_start - len(before) + m.start()
        if c.start < head or text[max(0, head - 12) : head].rstrip()[-1:] in (":", ";", ","):
            continue
        if _DAMAGED_TYPE_END.search(text[max(0, head - 12) : head]):
            continue
        out.append(c.number)
    return out


# A news item on a conference that rolled out one document: "(TGCT) Chiều 08/9/2020, Ban Kinh tế
# Trung ương ... tổ chức Hội nghị nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết
# số 59-NQ/TW ngày 05/8/2020 của Bộ Chính trị ...", "Tại hội nghị, các đại biểu được nghe quán
# triệt Chỉ thị số 36-CT/TƯ, ngày 30.5.2014 ...", "Hội nghị đã triển khai Kế hoạch số 62-KH/ĐU,
# ngày 05/7/2022 ...". The page reports on that document, which the corpus keys as the page's own
# (tests/fixtures/real/README.md); where no reading took it as the own number, it is still no
# citation. The verb ends the words before the type word; "hội nghị" stands in the sentence, or
# another meeting's noun: "Phiên họp tập trung đánh giá tình hình ... triển khai thực hiện
# Chương trình hành động số 01-CTr/TU ngày 23-10-2025 ..." (a steering committee's session,
# draw7/1520's shape), "cuộc họp", "buổi họp".
# ("... chủ trì buổi làm việc với Ban Thường vụ Huyện ủy về ...; việc quán triệt, triển khai
# thực hiện Chỉ thị số 45-CT/TW, ngày ...": a leader's working session; made up, draw12/2543's
# shape.)
_CONFERENCE = re.compile(
    r"(?<!\w)(?:hội\s+nghị|phiên\s+họp|cuộc\s+họp|buổi\s+họp|buổi\s+làm\s+việc)(?!\w)",
    re.IGNORECASE,
)
# ... or that reviewed how one was carried out: "... tổ chức Hội nghị sơ kết 3 năm và biểu dương
# điển hình thực hiện tốt Kết luận số 12-KL/TU, ngày ..." (made up; draw12/2516's shape),
# "Hội nghị tổng kết 10 năm thực hiện Chỉ thị số ...".
_ROLLS_OUT = re.compile(
    r"(?<!\w)(?:(?:quán\s+triệt|triển\s+khai|học\s+tập|nghiên\s+cứu|phổ\s+biến"
    r"|(?:nghe\s+)?(?:thông\s+báo|công\s+bố))"
    r"(?:\s+(?:và\s+)?(?:triển\s+khai\s+)?thực\s+hiện)?"
    r"(?:\s+các\s+văn\s+bản(?:\s+như)?\s*:?)?"
    # ("... quán triệt các nội dung cơ bản của Nghị quyết số ...", "... nghiên cứu 6 chuyên đề
    # về những vấn đề trọng tâm trong Nghị quyết số ...": made up, draw14/2921's and 2922's.)
    r"(?:\s+(?:\d+\s+chuyên\s+đề\s+về\s+)?(?:những|các)\s+(?:nội\s+dung|vấn\s+đề)"
    r"(?:\s+[^\W\d]+){0,3}?\s+(?:của|trong))?"
    r"|(?:sơ|tổng)\s+kết\s[^.;:,]{0,80}?(?<!\w)thực\s+hiện(?:\s+tốt)?)\s*\Z",
    re.IGNORECASE,
)
# Documents named one after the other in a list: a comma, a semicolon or "và" between them.
_LIST_GAP = re.compile(r"\s*[,;]?\s*(?:và\s+)?", re.IGNORECASE)


def _rolled_out_chain(head: str, cits: Sequence[Citation]) -> list[Citation]:
    """The documents named one after the other from the first (see _LIST_GAP)."""
    chain = [cits[0]]
    for c in cits[1:]:
        if not _LIST_GAP.fullmatch(head, chain[-1].end, c.start):
            break
        chain.append(c)
    return chain


# The list goes on with a document of the same type named by a bare number ("... Chỉ thị số
# 368-CT/ĐU của Thường vụ Đảng ủy Quân khu 4, chỉ thị 477 của thường vụ Đảng ủy Sư đoàn về
# ..."; made up, draw14/2920's shape): the body's own, without its code, comes last.
_BARE_AFTER = re.compile(
    r"\s*[,;]?\s*(?:và\s+)?(?P<type>[^\W\d]+(?:\s+[^\W\d]+)?)\s+(?:số\s+)?\d+(?![\w/-])"
)
# The words that name a body's level, not the body: "Ban Thường vụ Đảng ủy TCHC" is "Đảng ủy TCHC".
_LEVEL_WORDS = frozenset({"ban", "thuong", "vu", "truc", "chap", "hanh"})


def _held_by_another(head: str, first: Citation, last: Citation) -> bool:
    """The lead names the body that held the conference (the words before "tổ chức"), and the
    last document's issuer is not it: the words of its issuer (its level's words aside) do not
    all stand there ("Đảng ủy Tổng cục Hậu cần (TCHC) vừa tổ chức Hội nghị ..." holds "... của
    Thường vụ Đảng ủy TCHC"; "Cụm thi đua 3 ... đã tổ chức Hội nghị ..." not "... của Thành
    ủy"). Where no holder is named, the levels still come down to the last (draw5/1010's list)."""
    held = re.search(r"(?<!\w)tổ\s+chức(?!\w)", head[: first.start], re.IGNORECASE)
    if held is None or not last.issuer:
        return False
    start = max(head.rfind(". ", 0, held.start()), head.rfind("\n", 0, held.start()), -1)
    holder = set(re.findall(r"\w+", fold(head[start + 1 : held.start()]).casefold()))
    issuer = set(re.findall(r"\w+", fold(last.issuer).casefold())) - _LEVEL_WORDS
    return not (issuer and issuer <= holder)


def _rolled_out_pick(head: str, cits: Sequence[Citation]) -> tuple[DocNumber | None, bool]:
    """Which of several documents a conference rolled out in one list is the page's own, and
    whether the text settles it. The levels come down to the body that held it ("... các đại
    biểu được quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị ...; Kế hoạch số 94-KH/TU của Tỉnh
    ủy và Kế hoạch số 155-KH/HU của Huyện ủy ..." at the Huyện ủy's conference; draw4/776,
    draw5/1010): the corpus keys its document, named last, as the page's own (settled). Where
    the last is not the holder's, the corpus keys the first named (draw13/2706, draw14/2921,
    2936): it is, but the text does not say so (unsettled: left to fill, no citation). A list
    that goes on with a bare number of the type (see _BARE_AFTER): none of them, the own is that
    one. (None, True) for one document alone or one body's documents: read as one alone."""
    chain = _rolled_out_chain(head, cits)
    if len({c.number.key for c in chain}) < 2:
        return None, True
    last = chain[-1]
    bare = _BARE_AFTER.match(head, last.end)
    if bare and DocType.from_text(bare["type"]) is DocType.from_text(last.type_name):
        return None, False
    if _issued_by(last) == _issued_by(chain[0]):
        return None, True  # (one body's: the first, as one alone, draw4/726)
    if not _held_by_another(head, chain[0], last):
        return last.number, True
    return chain[0].number, False


def _issued_by(cit: Citation) -> str:
    """Who issued a cited document: the words after its "của", else its issuer code."""
    return fold(cit.issuer).casefold() if cit.issuer else cit.number.issuer_code.casefold()


_SENTENCE_END = re.compile(r"[;\n]|\.(?:\s|\Z)")
# The lead: the page's first paragraphs.
_LEAD_CHARS = 1500


def _conference_subject(text: str, found: Found) -> list[DocNumber]:
    """The one document a news item's conference rolled out (see _CONFERENCE), as the page's
    own: the page's first citation, dated, alone in its sentence (the documents its trích yếu
    names aside); on a page with no own number and no header. Several rolled out together, in
    one list: the one _rolled_out_pick settles."""
    return _conference_reading(text, found)[0]


def _conference_bare_type(text: str, found: Found) -> DocType | None:
    """The type of the holder's own document a conference's list ends on by a bare number (see
    _BARE_AFTER; "..., chỉ thị 477 của thường vụ Đảng ủy Sư đoàn về ...", draw14/2920): the
    page's own type, its number left to fill."""
    if found.number is not None or found.left:
        return None
    head = text[:_LEAD_CHARS]
    cits = [c for c in find_citations(head) if c.parent is None]
    if not cits:
        return None
    start = max(head.rfind(". ", 0, cits[0].start), head.rfind("\n", 0, cits[0].start), -1)
    if not _ROLLS_OUT.search(head, start + 1, cits[0].start):
        return None
    chain = _rolled_out_chain(head, cits)
    bare = _BARE_AFTER.match(head, chain[-1].end) if len(chain) > 1 else None
    kind = DocType.from_text(bare["type"]) if bare else None
    return kind if kind is not None and kind is DocType.from_text(chain[-1].type_name) else None


def _conference_reading(text: str, found: Found) -> tuple[list[DocNumber], list[DocNumber]]:
    """(the own number a conference's news gives, the one it leaves to fill: where several
    documents were rolled out and the text does not settle which is the page's, see
    _rolled_out_pick, no citation either); see _conference_subject. The
    meeting may be named in the lead's earlier sentence ("... vừa tổ chức Hội nghị quán triệt
    ... . Các đại biểu ... đã nghiên cứu những nội dung của Chỉ thị số ...", made up,
    draw14/2914's shape)."""
    if found.number is not None or found.left:
        return [], []
    head = text[:_LEAD_CHARS]
    cits = [c for c in find_citations(head) if c.parent is None]
    if not cits:
        return [], []
    first = cits[0]
    start = max(head.rfind(". ", 0, first.start), head.rfind("\n", 0, first.start), -1)
    before = head[start + 1 : first.start]
    if not (_CONFERENCE.search(head, 0, first.start) and _ROLLS_OUT.search(before)):
        return [], []
    own, settled = _rolled_out_pick(head, cits)
    if own is not None:
        return ([own], []) if settled else ([], [own])
    if not settled or first.date is None or not _CONFERENCE.search(before):
        return [], []
    end = _SENTENCE_END.search(head, first.end)
    stop = end.start() if end else len(head)
    # (Named again in the sentence, "(gọi tắt là Nghị quyết số 59-NQ/TW)": still the one.
    # Another named after it in the sentence, "... quán triệt những nội dung cốt lõi của Nghị
    # quyết số 09-NQ/ĐH ngày ..., và Chương trình hành động số 05-CTr/TU ... triển khai thực
    # hiện Nghị quyết", made up, draw14/2929's shape: the first is presented, unsettled.)
    if any(c.start < stop and c.number.key != first.number.key for c in cits[1:]):
        return [], [first.number]
    return [first.number], []


def _sole(cits: Sequence[Citation]) -> Citation | None:
    """The one numbered document a text names, however often: its first citation."""
    if not cits or any(c.number.key != cits[0].number.key for c in cits):
        return None
    return cits[0]


def _reviewed_alone(text: str, found: Found, cits: Sequence[Citation]) -> list[DocNumber]:
    """The one document a news item's conference rolled out or reviewed, named without its day,
    where the page names no other numbered document ("... tổ chức Hội nghị tổng kết 10 năm thực
    hiện Nghị quyết số 07-NQ/HNDTW của Ban Chấp hành Trung ương Hội ... về ..."; made up,
    draw13/2778's shape): the page reports on it, and the corpus keys it as the page's (the
    README's conference news); undated, it is not sure enough to be given as the own number
    (_conference_subject), but it is no citation. Not where the page names another document
    by its number: a local one carrying it out would be the page's, and it a citation."""
    if found.number is not None or found.left:
        return []
    first = _sole(cits)
    if first is None or first.date is not None or first.start > _LEAD_CHARS:
        return []
    start = max(text.rfind(". ", 0, first.start), text.rfind("\n", 0, first.start), -1)
    before = text[start + 1 : first.start]
    if not (_CONFERENCE.search(before) and _ROLLS_OUT.search(before)) or _ALSO.search(before):
        return []
    return [first.number]


# A conference's further business, after what it was held for: "Đồng thời, hội nghị cũng giới
# thiệu, hướng dẫn triển khai Chỉ thị 50-CT/TW của Ban Bí thư ..." (made up; draw14/2928's
# shape, a ward congress's resolution presented before it): that document is a citation.
_ALSO = re.compile(r"(?<!\w)(?:đồng\s+thời|cũng)(?!\w)", re.IGNORECASE)


# The page's matter said to be done under a document, passive: "... sẽ được thực hiện theo
# Quyết định ...", "... được cụ thể hóa tại Công văn số ...", "... được quy định tại ...".
_DONE_UNDER = re.compile(
    r"(?<!\w)được\s+(?:thực\s+hiện|cụ\s+thể\s+hóa|cụ\s+thể\s+hoá|quy\s+định|hướng\s+dẫn)"
    r"\s+(?:tại|theo)\s+\Z",
    re.IGNORECASE,
)
# (A photo's caption may stand between: "Ảnh minh họa. Nguồn: internet", draw13/2831.)
_THEN_CONTENT = re.compile(r"[^.\n]*\.\s+(?:Ảnh\b[^\n]{0,80}?\s+){0,3}Theo\s+đó\b")


def _reported_content(text: str, found: Found, cits: Sequence[Citation]) -> list[DocNumber]:
    """The one numbered document a news item names, the page's matter said to be done under it
    and its content told right after ("... sẽ được thực hiện theo Quyết định 05/2018/QĐ-TTr.
    Theo đó, ..."; made up, draw13/2831's and 2771's shapes): the page reports on it (the corpus
    keys it as the page's); not sure enough to be given as the own number, but no citation. A
    document named as a ground ("... thực hiện Chỉ thị số 26-CT/TU ... . Theo đó, ...",
    draw13/2710) is none: the passive "được ... theo|tại" says the page's matter is its."""
    if found.number is not None or found.left or (first := _sole(cits)) is None:
        return []
    if not _DONE_UNDER.search(text, max(0, first.start - 40), first.start):
        return []
    return [first.number] if _THEN_CONTENT.match(text, first.end) else []


# A list of documents after a colon: "... nội dung 3 chuyên đề: Nghị quyết số 07/NQ-BCH ...".
_LISTED_AFTER = re.compile(r":\s*\Z")


def _studied_together(text: str, found: Found) -> list[DocNumber]:
    """The first of one body's documents a news item's conference studied, listed after a colon
    one after another ("... tập trung nghiên cứu nội dung 3 chuyên đề: Nghị quyết số 07/NQ-BCH
    về ...; Nghị quyết số 08/NQ-BCH về ...; ..."; made up, draw13/2777's shape): the corpus
    README keys the first named as the page's (several of one body, none a headline names);
    which the page reports it does not say, so it is left to fill, and is no citation. Not for
    documents of several bodies (see _rolled_out_last), nor on a page with a header."""
    if found.number is not None or found.left or not _CONFERENCE.search(text[:_LEAD_CHARS]):
        return []
    cits = [c for c in find_citations(text[: _LEAD_CHARS * 2]) if c.parent is None]
    for i, first in enumerate(cits):
        if not _LISTED_AFTER.search(text, max(0, first.start - 3), first.start):
            continue
        chain = [first]
        for c in cits[i + 1 :]:
            if not _LIST_GAP.fullmatch(text, chain[-1].end, c.start):
                break
            chain.append(c)
        kind = DocType.from_text(first.type_name)
        # (One code, two bodies' words: "Kế hoạch số 10/KH-MTTQ-BTT ... của Ban Thường trực Ủy
        # ban MTTQ tỉnh; Kế hoạch số 8/KH-MTTQ-BTT ... của ... huyện", draw5/1010's levels.)
        if len(chain) >= 2 and all(
            _same_kind(c, first.number, kind) and not _other_body(c, first) for c in chain[1:]
        ):
            return [first.number]
        return []
    return []


# A news item on an event held under one document: its lead opens on that document as its ground
# and reports the event after it, the event's day or a past tense before "tổ chức": "Thực hiện kế
# hoạch số 21-KH/ĐU ..., ngày 12 tháng 3 năm 2025, Chi bộ ... đã tổ chức Đại hội ..." (made up;
# draw5/1031's shape), "Thực hiện kế hoạch số 77-KH/QU ... ," / "Chiều ngày 15/9/2023, Chi bộ ...
# tổ chức Hội nghị ..." (draw5/1019's). The corpus keys that document as the page's own
# (read_grounds takes it so where it is sure of it). A ground's own "ngày 28/3/2018 của ... về
# việc hướng dẫn tổ chức Đại hội" is no event: the day is followed by its issuer, not a comma,
# and "tổ chức" there has no "đã"/"vừa"; nor "... đã xây dựng kế hoạch và tổ chức ..." (the body
# made a document of its own, draw5/1063: no "xây dựng", "ban hành", "đề ra" before the event).
_GROUND_OPENS = re.compile(
    r"^(?:[-+•*]\s*)?(?:thực\s+hiện|căn\s+cứ(?:\s+vào)?|theo|triển\s+khai)(?:\s+theo)?\s*\Z",
    re.IGNORECASE,
)
_WHO = r"(?:(?!xây\s+dựng|ban\s+hành|đề\s+ra)[^,;.\n]){3,150}?"
_EVENT_DAY = (
    r"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}|\s+tháng\s+\d{1,2})"
    r"(?:(?:\s*[/.-]\s*|\s+năm\s+)\d{2,4})?"
)
_EVENT_DAY_FIRST = rf"{_EVENT_DAY}\s*,\s*{_WHO}\s(?:(?:đã|vừa)\s+)?"
_EVENT_AFTER = re.compile(
    rf"(?:,|\n)\s*(?:{_EVENT_DAY_FIRST}|{_WHO}\s(?:đã|vừa)\s+)tổ\s+chức(?!\w)",
    re.IGNORECASE,
)
# ... or in the sentence after the ground's, opening on the event's day, its comma sometimes
# left out: "Thực hiện kế hoạch số 08-KH/ĐTN ... về việc tổ chức “Tháng Thanh niên” năm 2025.
# Chiều ngày 10/4/2025 Xã đoàn tổ chức hội nghị tổng kết ..." (made up; draw9/1901's shape).
# (... or its activities: "Ngày 15/7/2022, Tuổi trẻ huyện ... đã có nhiều hoạt động thăm hỏi
# ...", made up, draw11/2365's shape.)
_EVENT_NEXT = re.compile(
    rf"\s*{_EVENT_DAY}\s*,?\s*{_WHO}\s(?:(?:(?:đã|vừa)\s+)?tổ\s+chức"
    r"|(?:đã|vừa)\s+có\s+(?:nhiều\s+)?hoạt\s+động)(?!\w)",
    re.IGNORECASE,
)
# (A ground's clause wrapped onto the next line after its comma goes on there.)
_GROUND_END = re.compile(r";|(?<![,\s])\s*\n|\.(?:\s|\Z)")


def _event_ground(text: str, found: Found) -> list[DocNumber]:
    """The one document a news item's event was held under (see _EVENT_AFTER), as the page's
    own: the first document its first paragraph names, right after a ground's words opening
    the line; on a page with no own number and no header."""
    if found.number is not None or found.left:
        return []
    head = text[:_LEAD_CHARS]
    first = next((c for c in find_citations(head) if c.parent is None), None)
    if first is None:
        return []
    line_start = head.rfind("\n", 0, first.start) + 1
    if not _GROUND_OPENS.match(head[line_start : first.start].strip() + " "):
        return []
    end = _GROUND_END.search(head, first.number_end)
    if _EVENT_AFTER.search(head, first.number_end, end.end() if end else len(head)):
        return [first.number]
    if end is not None and end.group().startswith(".") and _EVENT_NEXT.match(head, end.end()):
        return [first.number]
    return []


# A news item that reports a document's making or announcement: "Chủ nhiệm Ủy ban Kiểm tra ... đã
# ký ban hành Quyết định 512-QĐ/UBKTTW ban hành Quy trình ..." (made up; draw9/1916's shape),
# "Thường trực ... đã công bố 02 Quyết định số 41/QĐ-LHH và 42/QĐ-LHH ..." (draw6/1302's). The
# corpus keys the document so named first as the page's own (tests/fixtures/real/README.md);
# where no reading took it, it may still be the page's own: better left out than listed. Not
# where a later sentence opens "Tuy nhiên" ("... . Tuy nhiên, vì lý do khách quan ... tạm hoãn
# các hội nghị theo Thông tri số ...", heldback/136's shape; draw9/2021's): the page is what
# came after that document, which is its ground.
# ("... vừa phát đi Thông báo số 134/TB-VPCP ngày ... kết luận của ...": "phát đi", sent out,
# puts it out as "ban hành" does; made up, draw12/2649's shape.)
_REPORTS_MAKING = re.compile(
    r"(?<!\w)(?:(?:ký\s+)?ban\s+hành|công\s+bố|trao|phát\s+đi)\s+(?:(?:các|hai|ba|\d{1,2})\s+)?\Z",
    re.IGNORECASE,
)
# A body that advised or proposed the making: the document is another's, a fruit of the page's
# work (test_importer_web's "tham mưu Ban Thường vụ Huyện ủy ban hành Thông tri số ...").
_ADVISED = re.compile(r"(?<!\w)(?:tham\s+mưu|đề\s+nghị|đề\s+xuất|kiến\s+nghị|trình)(?!\w)", re.I)
_HOWEVER = re.compile(r"(?:^|[.;]\s+|\n\s*)Tuy\s+nhiên\b", re.MULTILINE)


# ... as a copy that scrambled its marks writes it ("ký bân hành Nghị qưỹết số 60-NQ/TƯ"; made
# up, draw7/1505's shape): the words folded, the type's name between (not read as one).
_FOLDED_TYPES = "|".join(
    re.escape(fold(t.value)).replace(r"\ ", r"\s+")
    for t in sorted(DocType, key=lambda t: -len(t.value))
)
_REPORTS_MAKING_FOLDED = re.compile(
    rf"(?<!\w)ky\s+ban\s+hanh\s+(?:(?:{_FOLDED_TYPES})\s+)?(?:so\s*:?\s*)?\Z", re.IGNORECASE
)


def _reported_scrambled(text: str, found: Found) -> list[DocNumber]:
    """The first document a page with no own number, no header and no Kính gửi names right
    after "ký ban hành" as a copy that scrambled its marks writes it (see
    _REPORTS_MAKING_FOLDED): it may be the page's, as _reported's; its letters unsure (the
    code's "TƯ" may be a scrambled "TW"), it is never given as the own number, but no citation."""
    if found.number is not None or found.left or found.to:
        return []
    head = text[:_LEAD_CHARS]
    first = next((c for c in find_citations(head) if c.parent is None), None)
    if first is None:
        return []
    window = head[max(0, first.start - 40) : first.start]
    if _REPORTS_MAKING.search(window) or not _REPORTS_MAKING_FOLDED.search(fold(window)):
        return []
    start = max(head.rfind(". ", 0, first.start), head.rfind("\n", 0, first.start), -1)
    if _ADVISED.search(head, start + 1, first.start) or _HOWEVER.search(text, first.end):
        return []  # (see _reported)
    return [first.number]


# ... its type word, then its short name, then "số" and the number: "Sở Văn hóa và Thể thao ban
# hành kế hoạch Sáng đèn số 120/KH - SVHTT." (made up; draw14/3023's shape).
_MADE_NAMED = re.compile(
    r"(?<!\w)(?:ký\s+)?ban\s+hành\s+(?P<type>[^\W\d]+\s+[^\W\d]+)\s+(?P<name>\w+(?:\s+\w+){0,3})\s+\Z",
    re.IGNORECASE,
)


def _named_between(head: str, cit: Citation) -> bool:
    """``cit`` opens on "số", right after "ban hành", a type word of its own type and a short
    name opening in a capital (see _MADE_NAMED)."""
    if not head.startswith("số", cit.start):
        return False
    m = _MADE_NAMED.search(head, max(0, cit.start - 60), cit.start)
    return bool(
        m
        and m["name"][0].isupper()
        and DocType.from_text(m["type"]) is DocType.from_text(cit.type_name)
    )


def _reported(text: str, found: Found) -> list[DocNumber]:
    """The first document a page with no own number, no header and no Kính gửi (a letter's own
    frame) names right after a verb of its making or announcing (see _REPORTS_MAKING): it may be
    the page's own."""
    if found.number is not None or found.left or found.to:
        return []
    head = text[:_LEAD_CHARS]
    first = next((c for c in find_citations(head) if c.parent is None), None)
    if first is None or not (
        _REPORTS_MAKING.search(head[max(0, first.start - 40) : first.start])
        or _named_between(head, first)
    ):
        return []
    start = max(head.rfind(". ", 0, first.start), head.rfind("\n", 0, first.start), -1)
    if _ADVISED.search(head, start + 1, first.start):
        return []  # "... tham mưu Ban Thường vụ Huyện ủy ban hành ...": another body's document
    if _HOWEVER.search(text, first.end):
        return []  # "... . Tuy nhiên, ... tạm hoãn ...": the page is what came after it
    return [first.number]


# A lead that names a document without its issuer, then that issuer acting through it: "...,
# tại Văn bản số 2310/UBND-KT, ngày 12/8/2025, UBND tỉnh đề nghị ..." (made up; draw12/2605's
# shape), "Theo thông báo (số 21/TB-UBND ngày 3/4/2019), Chủ tịch UBND tỉnh đã điều chỉnh ..."
# (draw12/2617's). The page reports what that document says, and the corpus keys it as the
# page's own. Its issuer named after it ("của UBND huyện ..."), no act after it, or another body
# acting ("thì đồng chí ...", draw10/2218; "Nay UBND phường ...", draw9/2017): it is the ground
# of what the page reports, a citation.
# (A posting stamp and a news source's tag may open the lead: "20/7/2022 16:18 (hocmon.gov.vn)
# Theo Công văn số 3517/UBND ngày 18/7/2022, UBND huyện đề nghị ..."; made up, draw14/3001's
# shape.)
_THROUGH_BEFORE = re.compile(
    r"(?:^|[,;.]\s+|\n)\s*(?:\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2})?\s+)?"
    r"(?:\([^()\n]{2,40}\)\s*[-–]?\s*)?(?:tại|theo)\s+(?:[^\W\d]+\s+){0,3}\(?\s*\Z",
    re.IGNORECASE,
)
_THROUGH_AFTER = re.compile(
    r"\s*\)?\s*,\s*(?P<body>(?:[^\W\d]\w*\s+){1,6}?)(?:(?:đã|vừa)\s+)?"
    r"(?:đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|điều\s+chỉnh|thông\s+báo|giao)(?!\w)",
    re.IGNORECASE,
)


def _acted_through(text: str, found: Found) -> list[DocNumber]:
    """The first document a page with no own number, no header and no Kính gửi names in its
    lead after "tại" or "theo", without its issuer, where its issuer acts right after it (see
    _THROUGH_AFTER): the page reports it, and it may be the page's own."""
    if found.number is not None or found.left or found.to:
        return []
    head = text[:_LEAD_CHARS]
    first = next((c for c in find_citations(head) if c.parent is None), None)
    if first is None or first.issuer or not _THROUGH_BEFORE.search(head, 0, first.start):
        return []
    m = _THROUGH_AFTER.match(head, first.end)
    if m is None or not _names_issuer(m["body"], first.number.issuer_code):
        return []
    return [first.number]


def _names_issuer(body: str, code: str) -> bool:
    """The words ``body`` name the body whose code opens ``code``: the code itself among them
    ("Chủ tịch UBND tỉnh" for "UBND"), or their capitals' initials ("Sở Tài chính" for "STC")."""
    head = fold(code.split("-")[0]).upper()
    words = fold(body).split()
    initials = "".join(w[0] for w in words if w[0].isupper())
    return head in {w.upper() for w in words} or (len(head) > 1 and initials.upper() == head)


# A lead that reports a body's document issued, without its number: "... Hội nghị Trung ương 8
# khóa XIII đã ban hành Nghị quyết “về chiến lược bảo vệ Tổ quốc ...”" (made up; draw8/1746's
# shape, a study article). The type word is not followed by its number.
_TYPE_NAMES = "|".join(
    re.escape(t.value).replace(r"\ ", r"\s+") for t in sorted(DocType, key=lambda t: -len(t.value))
)
_ISSUED_UNNUMBERED = re.compile(
    rf"(?<!\w)(?:đã|vừa|mới)\s+(?:ký\s+)?ban\s+hành\s+(?P<type>{_TYPE_NAMES})(?!\w)"
    r"(?!\s*(?:số\b|\d))",
    re.IGNORECASE,
)


# (See _titled_as_enacted: a title of rules, then the decision issuing them.)
_ENACTED_TITLE = re.compile(
    rf"^(?P<type>{_TYPE_NAMES})\s+(?P<matter>[^.;:]{{8,200}}?)\s+\(?ban\s+hành\s+(?:kèm\s+)?theo\s+"
    r"(?=Quyết\s+định\s+số)",
    re.IGNORECASE,
)
# (See _presented_before_unnumbered.)
_PRESENTED_UNNUMBERED = re.compile(
    rf"(?<!\w)(?:ban\s+hành|(?:đã|vừa|mới)\s+(?:có|ra|gửi))\s+(?P<type>{_TYPE_NAMES})(?!\w)"
    r"(?:\s+số\s+(?P<bare>\d{1,5})(?![\w/.]|\s*[-–—/]\s*\w))?(?!\s*(?:số\b|\d))",
    re.IGNORECASE,
)
_FOLLOWED = re.compile(r"(?<!\w)(?:theo|thực\s+hiện|căn\s+cứ)\s*\(?\s*\Z", re.IGNORECASE)


# A document named as there already, then one of its kind being issued, "this" one: "... trong
# điều kiện đã có Quy định 98-QĐ/TW, ngày ..., của Ban Chấp hành Trung ương quy định về ... thì
# việc ban hành Quy định này là không cần thiết ..." (made up; draw12/2544's shape, a commentary
# on a regulation named by its kind and matter only). "Quy định này" is the page's own.
_ALREADY_HAD = re.compile(r"(?<!\w)(?:đã|vẫn)\s+có\s+\Z", re.IGNORECASE)


def _there_before(text: str, cits: Sequence[Citation], own: DocNumber) -> bool:
    """``own`` is first named after "đã có", and its sentence goes on to issuing "<its type>
    này": another document of its kind, the page's own (see _ALREADY_HAD)."""
    first = next((c for c in cits if c.number.key == own.key), None)
    if first is None or not first.type_name:
        return False
    if not _ALREADY_HAD.search(text, max(0, first.start - 20), first.start):
        return False
    stop = _SENTENCE_STOP.search(text, first.end)
    this = rf"(?<!\w)ban\s+hành\s+{re.escape(first.type_name)}\s+này(?!\w)"
    return (
        re.compile(this, re.IGNORECASE).search(text, first.end, stop.start() if stop else len(text))
        is not None
    )


# A letter a lead says was issued, without its number, on carrying out a document it names:
# "... vừa có văn bản gửi các Tỉnh ủy, Thành ủy, ... về việc triển khai thực hiện Chỉ thị số
# 04-CT/TW ..." (see _matter_of_issued).
_ISSUED_MATTER = re.compile(
    rf"(?<!\w)(?:đã|vừa|mới)\s+(?:ký\s+ban\s+hành|ban\s+hành|có|ký|gửi)\s+"
    rf"(?:văn\s+bản|{_TYPE_NAMES})(?!\w)(?!\s*(?:số\b|\d))[^.;:]{{0,200}}?\svề(?:\s+việc)?\s+"
    r"(?:[^.;:]{0,60}?\s)?(?:triển\s+khai|thực\s+hiện|quán\s+triệt)(?:\s+thực\s+hiện)?\s+\Z",
    re.IGNORECASE,
)


def _issued_then_numbered(text: str, found: Found) -> list[DocNumber]:
    """The document a page with no own number and no header reports issued in its lead without
    its number (see _ISSUED_UNNUMBERED), as the page names it further on: the first citation of
    that type after it whose issuer (the words after its "của") the lead's sentence names before
    the verb. The page is about it: it may be the page's own."""
    if found.number is not None or found.left:
        return []
    m = _ISSUED_UNNUMBERED.search(text, 0, _LEAD_CHARS)
    if m is None:
        return []
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start()), -1)
    body = fold(text[start + 1 : m.start()]).casefold()
    kind = DocType.from_text(m["type"])
    # (After the lead's sentence: one its own sentence names, "..., thay thế Nghị quyết số ...",
    # is another; so is one named after a ground's or a change's words.)
    end = _SENTENCE_END.search(text, m.end())
    after = end.end() if end else len(text)
    for c in find_citations(text[after:]):
        if c.parent is None and DocType.from_text(c.type_name) is kind:
            issuer = fold(c.issuer).casefold()
            named = issuer and issuer in body and c.kind is RelationKind.CITES
            return [c.number] if named else []
    return []


# A teaser the stored page cuts inside the sentence that first names a document: "Thực hiện Chỉ
# thị số 22-CT/TW ngày ... của Ban Bí thư về ... và chỉ đạo của UBND tỉnh tại văn bản số 238/
# UBND-KGVX ngày ... về tổ chức các hoạt động kỷ niệm 70…" (made up in draw4/735's shape; draw5/
# 1013's ends on "về"). What the page does with it, and what its own is, the text never says;
# the corpus keys the first named as the page's own: it may be, left out.
_SENTENCE_STOP = re.compile(r"[.;!?](?:\s|\Z)")


def _cut_in_its_sentence(text: str, found: Found) -> list[DocNumber]:
    """The first document a page with no own number and no header names, where the page is that
    one sentence, cut: no stop before it, none after it to the text's end (see _SENTENCE_STOP; a
    closing "…" is no stop)."""
    if found.number is not None or found.left:
        return []
    first = next((c for c in find_citations(text[:_LEAD_CHARS]) if c.parent is None), None)
    if first is None or _SENTENCE_STOP.search(text, 0, first.start):
        return []
    rest = text[first.end :].rstrip().removesuffix("…").removesuffix("...")
    return (
        [] if _SENTENCE_STOP.search(rest) or rest.endswith((".", ";", "!", "?")) else [first.number]
    )


# A news page that relays a document, named as the one that speaks: "... tại Công văn số
# 512-CV/VPTW, ngày 23/4/2024 của Văn phòng Trung ương Đảng đã truyền đạt ý kiến chỉ đạo ... như
# sau:" (made up; draw4/769's shape), "Chỉ thị số 12-CT/TU nêu rõ: ...". The page passes its words
# on; the corpus keys it as the page's own: where no reading took it, it may be, left out.
_SPEAKS = re.compile(
    r"\s*(?:(?:đã|vừa)\s+)?(?:truyền\s+đạt|nêu\s+rõ|chỉ\s+rõ|nhấn\s+mạnh|thông\s+báo)(?!\w)",
    re.IGNORECASE,
)


def _relayed(text: str, found: Found, cits: Sequence[Citation]) -> list[DocNumber]:
    """The documents a page with no own number, no header and no Kính gửi names as the subject
    of a verb of saying right after them (see _SPEAKS): it may be the page's own."""
    if found.number is not None or found.left or found.to:
        return []
    # (Not where a later sentence opens "Tuy nhiên": the page is what came after, see _reported.)
    return [
        c.number for c in cits if _SPEAKS.match(text, c.end) and not _HOWEVER.search(text, c.end)
    ]


def _according_to(text: str, found: Found) -> list[DocNumber]:
    """The document a page with no own number and no header opens its lead on, "according to"
    it, then a ground of its (see grounds.reported_source): the corpus keys it as the page's own;
    not sure enough to be given, but no citation."""
    if found.number is not None or found.left:
        return []
    line = next((x.strip() for x in text[:_LEAD_CHARS].splitlines() if x.strip()), "")
    cits = find_citations(line)
    source = reported_source(line, cits) if any(c.parent is None for c in cits) else None
    return [source.number] if source is not None else []


def _without_cut_by_the_end(
    relations: dict[str, tuple[str, ...]], cits: Sequence[Citation], text: str
) -> dict[str, tuple[str, ...]]:
    """``relations`` without the number the text ends in, nothing after it, where it is the start
    of one the text wrote before: the stored page ends mid-code ("... theo Quyết định 108/1998/QĐ-TT", its "TTg" lost with the page; made up in
    draw8/1896's shape), and read short it may name another document. Where the text writes it
    whole earlier, that reading stays (another key). Only the start of a number the text writes
    whole: a number that ends the text alone is as the text gives it (draw7/1692's key)."""
    end = len(text.rstrip())
    whole = [c.number for c in cits if c.number_end < end]
    cut = {
        c.number.key
        for c in cits
        if c.number_end >= end
        and any(_cut_short(c.number, w) for w in whole)
        and c.number.key not in {w.key for w in whole}
    }
    if not cut:
        return relations
    return _dropping(relations, lambda x: bool((n := parse_number(x)) and n.key in cut))


def _cut_short(short: DocNumber, whole: DocNumber) -> bool:
    """``short`` is ``whole`` with the end of its code cut off: same serial and year, its codes'
    letters the start of the other's."""
    a, b = _codes(short), _codes(whole)
    return short.serial == whole.serial and short.year == whole.year and a != b and b.startswith(a)


def _without_own_readings(
    relations: dict[str, tuple[str, ...]],
    owns: Sequence[DocNumber],
    found: Found,
) -> dict[str, tuple[str, ...]]:
    """``relations`` without the document's own number as ``owns`` read it, however the page
    writes it: with or without its year ("Quyết định số 291/2006/QĐ-UBDT" as a page's title over
    "S 291/QĐ-UBDT"), a year that is not the document's own excepted, its code glued on or cut
    (_one_code)."""
    if not owns:
        return relations
    year = found.date.year if found.date is not None else None
    written = {str(o) for o in owns}

    def own(x: str) -> bool:
        if x in written:
            return True  # (as read: also a code parse_number does not know, "2136-QĐNS/TW")
        n = parse_number(x)
        return n is not None and any(
            n.serial == o.serial
            and _one_code(_codes(n), _codes(o))
            and (n.year == o.year or (year in (None, n.year or o.year)))
            for o in owns
        )

    return _dropping(relations, own)


def _one_code(a: str, b: str) -> bool:
    """Two readings of one code: the same letters, or one the start of the other where a damaged
    number line glued the next word on ("S: 1046 /Q - HCCNG HO X HI ..." over the annex's "1046/
    Q-HC") or cut the code short."""
    return a == b or (min(len(a), len(b)) >= 2 and (a.startswith(b) or b.startswith(a)))


def _spelling_key(number: DocNumber) -> tuple[str, int | None, str]:
    """What two spellings of one number share: serial, year and the codes' letters."""
    letters = re.sub(r"[\W_]", "", f"{number.type_code or ''}{number.issuer_code}")
    return number.serial, number.year, letters.casefold()


def _one_spelling(
    relations: dict[str, tuple[str, ...]], cits: Sequence[Citation]
) -> dict[str, tuple[str, ...]]:
    """``relations`` with one document the text writes two ways listed once, the way it is
    written most often ("47- HD/BTCTW" twice and "47/HD /BTCTW" once, read as a Party and as a
    state number); where no way is the more frequent ("TT-BGD&ĐT" and "TT-BGDĐT" once each),
    both stay: the text writes both, and which the cited document's is cannot be told (left
    out, the right one would be lost with the wrong: draw4/842)."""
    listed = [(x, n) for numbers in relations.values() for x in numbers if (n := parse_number(x))]
    groups: dict[tuple[str, int | None, str], list[str]] = {}
    for x, n in listed:
        groups.setdefault(_spelling_key(n), []).append(x)
    if all(len(xs) == 1 for xs in groups.values()):
        return relations
    written: dict[str, int] = {}
    for c in cits:
        written[c.number.key] = written.get(c.number.key, 0) + 1
    dropped = set()
    for xs in groups.values():
        if len(xs) < 2:
            continue
        counts = sorted(((written.get(n.key, 0), x) for x, n in listed if x in xs), reverse=True)
        if counts[0][0] > counts[1][0]:
            dropped |= {x for count, x in counts if count < counts[0][0]}
    return _dropping(relations, dropped.__contains__)


# Letters OCR reads one for the other in a code's capitals ("TT- BIC" for "TT-BTC").
_OCR_TWINS = frozenset({frozenset("TI"), frozenset("IL"), frozenset("O0"), frozenset("I1")})


def _misread_once(
    relations: dict[str, tuple[str, ...]], cits: Sequence[Citation]
) -> dict[str, tuple[str, ...]]:
    """``relations`` without a number the text writes once that is another it writes at least
    twice with one letter of the code misread as OCR does (see _OCR_TWINS): "38/2015/TT- BIC"
    once and "38/2015/TT-BTC" twice (made up; draw13/2890's shape). "TT-BTP" beside "TT-BTC"
    (a letter OCR does not confuse) is another ministry's: both stay."""
    written: dict[str, int] = {}
    for c in cits:
        written[c.number.key] = written.get(c.number.key, 0) + 1
    listed = [n for numbers in relations.values() for x in numbers if (n := parse_number(x))]
    dropped = {
        str(n)
        for n in listed
        if written.get(n.key, 0) == 1
        and any(written.get(m.key, 0) >= 2 and _one_letter_misread(n, m) for m in listed)
    }
    return _dropping(relations, dropped.__contains__)


def _one_letter_misread(a: DocNumber, b: DocNumber) -> bool:
    """The same serial, year and type code; issuer codes apart by one letter OCR confuses."""
    if (a.serial, a.year, a.type_code) != (b.serial, b.year, b.type_code):
        return False
    x, y = a.issuer_code, b.issuer_code
    if len(x) != len(y):
        return False
    apart = [frozenset((p, q)) for p, q in zip(x, y, strict=True) if p != q]
    return len(apart) == 1 and apart[0] in _OCR_TWINS


def _code_names(code: str | None) -> set[str]:
    """The type names a type code stands for, in the Party's table and the state's ("TT":
    Thông tri and Thông tư; "QĐ" also Quy định, Hướng dẫn 36)."""
    if code is None:
        return set()
    names = {n for n in (PARTY_TYPE_CODES.get(code), STATE_TYPE_CODES.get(code)) if n}
    return {*names, "Quy định"} if code == "QĐ" else names


def _without_type_slips(
    relations: dict[str, tuple[str, ...]], cits: Sequence[Citation]
) -> dict[str, tuple[str, ...]]:
    """``relations`` without a number whose type code its own type word contradicts ("Tờ trình số
    1881/TT-UBND-QLĐT": TT is no Tờ trình's code) where the text also writes that document with
    the code its type word names ("Tờ trình số 1881/TTr-UBND-QLĐT"): same serial, year, issuer
    codes and day, one document, the other spelling a slip. Written only so, it stays."""
    groups: dict[tuple[str, int | None, str, Any], dict[str, bool]] = {}
    for c in cits:
        num = c.number
        if c.date is None or num.type_code is None or not c.type_name:
            continue
        agrees = c.type_name in _code_names(num.type_code)
        group = groups.setdefault((num.serial, num.year, num.issuer_code, c.date), {})
        group[num.key] = group.get(num.key, False) or agrees
    slips = {
        key
        for group in groups.values()
        if any(group.values())
        for key, agrees in group.items()
        if not agrees
    }
    if not slips:
        return relations
    return _dropping(relations, lambda x: bool((n := parse_number(x)) and n.key in slips))


def _without_slips(
    relations: dict[str, tuple[str, ...]],
    cits: Sequence[Citation],
    found: Found,
    fields: dict[str, Any],
) -> dict[str, tuple[str, ...]]:
    """``relations`` without the own number mistyped: a citation of the same type and issuer
    codes, dated the document's day or not dated, with the document's own trích yếu ("Chỉ thị số 02/CT-BYT
    ngày 19/01/2022 triển khai ..." as the title, "Bộ trưởng ... đã ký Chỉ thị số 01/CT-BYT về
    việc triển khai ..." in the lead, the same day): one document written two ways, no citation."""
    own, subject = found.number, fold(fields["subject"])
    if own is None or found.date is None or len(subject.split()) < 5:
        return relations
    slips = {
        c.number.key
        for c in cits
        if c.number.key != own.key
        and c.date in (None, found.date)
        and (c.number.type_code, c.number.issuer_code) == (own.type_code, own.issuer_code)
        # (The extractor may read on past it: "... năm 2022" / "Chi tiết xem tại đây:".)
        and fold(" ".join(c.subject.split())).startswith(subject)
    }
    return _dropping(relations, lambda x: bool((n := parse_number(x)) and n.key in slips))


def _respelled(marked: DocNumber, plain: DocNumber) -> bool:
    """``plain`` is ``marked`` written without the marked letter of its code (see
    _plain_spelling): same serial and type, "TW" or "TU" for "TƯ"."""
    return (
        plain.serial == marked.serial
        and plain.type_code == marked.type_code
        and bool(re.search("[ƯƠÂÊÔĂ]", marked.issuer_code))
        and not re.search("[ƯƠÂÊÔĂ]", plain.issuer_code)
        and plain.issuer_code.translate(_MARKED_CODE)
        in {marked.issuer_code.translate(_MARKED_CODE), marked.issuer_code.replace("Ư", "U")}
    )


def _cut_at_space(number: DocNumber, text: str) -> bool:
    """The page writes ``number`` with more of its code after a space: "23/2015/TTLT-BGD ĐT-BNV"
    read as "23/2015/TTLT-BGD" (a code part in capitals joined on by a hyphen follows)."""
    code = re.escape(number.issuer_code.split("-")[-1])
    head = rf"(?<![\w/.-]){re.escape(number.padded or number.serial)}\s*[-/][^\s]*?{code}"
    return bool(re.search(rf"{head}\s+[A-ZĐ]{{1,5}}-[A-ZĐ]", text))


def _codes(number: DocNumber) -> str:
    """The type and issuer codes' letters, without the dash a damaged copy may have lost."""
    return re.sub(r"\W", "", f"{number.type_code or ''}{number.issuer_code}").casefold()


def _unread_number(lines: Sequence[str]) -> bool:
    """A number line whose number OCR left unsure (U+FFFD, see importer/reading/ocr.py)."""
    return any((m := NUMBER_LINE.match(clean(x))) and "\ufffd" in m["num"] for x in lines)


def _unreadable(value: Any) -> bool:
    """The value, or any word in it, holds U+FFFD, or a text in it holds no letter."""
    if isinstance(value, str):
        return "\ufffd" in value or (bool(value) and not any(c.isalpha() for c in value))
    if isinstance(value, dict):
        return any(_unreadable(v) for v in value.values())
    if isinstance(value, (tuple, list)):
        return any(_unreadable(v) for v in value)
    return False


def _missing(fields: dict[str, Any]) -> tuple[str, ...]:
    """The keys an editor must fill in ("to" only for the types that are sent to someone)."""
    missing = [
        key
        for key in ("number", "date", "place", "issuer", "type", "subject", "signer", "cc")
        if not fields[key]
    ]
    if not fields["to"] and fields["type"] in {
        DocType.CONG_VAN.value,
        DocType.GIAY_MOI.value,
        DocType.TO_TRINH.value,
    }:
        missing.append("to")
    order = {k: i for i, k in enumerate(FIELD_ORDER)}
    return tuple(sorted(missing, key=order.__getitem__))
