"""A document's grounds ("Căn cứ ...") and what they tell of the document itself."""

from __future__ import annotations

import dataclasses
import re

from bangtin.core.model import DocType
from bangtin.core.text import fold
from bangtin.importer.layout import Found
from bangtin.importer.lines import KINH_GUI, NOISE, PARAGRAPH_OPENER, clean, is_caps
from bangtin.importer.web.issued import ASKED, ASKS, setting_going
from bangtin.importer.web.lead_date import DATES_OTHER
from bangtin.importer.web.lead_words import (
    CAPITALS,
    LEAD_ABOUT,
    LEAD_VERB,
    OBJECT_AFTER,
    SENTENCE_END,
    TYPE_BY_LENGTH,
    cited_type,
    invites,
    lead_words,
)
from bangtin.importer.web.presented import goes_on_after, titled_otherwise
from bangtin.importer.web.studied import carried_out_locally
from bangtin.importer.web.title import title_type
from bangtin.links.citations import Citation, find_citations

# A news item on an event a document set going (a congress, a ceremony, a campaign's launch):
# the page has no header and no "Số" line; its lead names the grounds the way a document does,
# from the highest to the nearest ("Căn cứ Điều lệ ...; Thực hiện Chỉ thị số 35-CT/TW ...; Thực
# hiện Kế hoạch số 71-KH/ĐU ... về việc tổ chức đại hội ...", "... được triển khai, quán triệt
# Hướng dẫn số ...; Hướng dẫn số ..."), then the event. The nearest ground is the document the
# page reports on (tests/fixtures/real/README.md: such a page takes it as its own).
_GROUND_WORD = re.compile(
    # ... opening a clause: "Đó là nội dung của Công văn số 116 ... căn cứ Thông báo ..." names
    # the ground of another document, "sơ kết 2 năm thực hiện chỉ thị ..." an act's object.
    # A ground may be a list item ("– Căn cứ Kế hoạch số ..."), and its word may go on with
    # "theo" ("Thực hiện theo Đề án số ...") or be "trên cơ sở (của)": the same ground.
    # ("Nhằm thực hiện Quyết định số 897/QĐ-TTg ..., Ban Bí thư ... xây dựng kế hoạch ...".)
    r"(?:^|[.;:,•]\s*)(?:[-–+•]\s*)?(?:(?:nhằm|để)\s+)?"
    r"(?:căn\s+cứ(?:\s+vào|\s+theo)?|thực\s+hiện(?:\s+theo)?"
    r"|triển\s+khai(?:\s+theo)?|quán\s+triệt|trên\s+cơ\s+sở(?:\s+của)?)\s+$",
    re.IGNORECASE,
)


_GROUND_LINE = re.compile(
    r"^(?:[-–+•]\s*)?(?:(?:nhằm|để)\s+)?(?:căn\s+cứ|thực\s+hiện|triển\s+khai|quán\s+triệt"
    r"|trên\s+cơ\s+sở)\b",
    re.IGNORECASE,
)


# A document's own number line ahead of its grounds ("... ĐẢNG CỘNG SẢN VIỆT NAM Số: 126-HD/BTGTW
# Hà Nội, ngày ... HƯỚNG DẪN ... Căn cứ Nghị định số 145/2013/NĐ-CP ...", an official text whose
# line breaks were lost behind a legal site's menus): its grounds are its citations, never the
# document a news item reports on.
_NUMBERED_ITEM = re.compile(r"^(?:\d{1,2}|[a-zđ]|[IVX]{1,4})\s*[.)]\s")
# The operative word of a decision's or resolution's own body, alone on its line (Nghị định
# 30/2020, Phụ lục I: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:").
_OPERATIVE = re.compile(r"^(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|NGHỊ\s+QUYẾT|CHỈ\s+THỊ)\s*:\s*$")


_OWN_NUMBER_LINE = re.compile(
    r"(?<!\w)(?:Số|SỐ)(?:\s+(?:hiệu|HIỆU))?\s*:\s*\d{1,5}(?:/\d{4})?\s*[-/]"
)


# The page's own document made after the grounds: "Ban Thường vụ Huyện đoàn xây dựng Kế hoạch
# tổ chức Hội trại ...", "... như sau:" (a headerless copy of the document itself, its own
# grounds first). The page is then about that document, which has no number here.
_OWN_MADE = re.compile(
    # ("... thực hiện các nhiệm vụ sau:": the document's own words introducing its content.)
    r"\bsau\s*:|(?<!\w)(?:xây\s+dựng|ban\s+hành|quy\s+định|ra)\s+(?:"
    + "|".join(re.escape(t.value) for t in DocType)
    + r")\b"
    # ... or a body set up by the committee's own decision after the ground it carries out
    # ("Thực hiện Nghị quyết số 35-NQ/TW ... của Bộ Chính trị ..., Ban Thường vụ Tỉnh ủy thành
    # lập Ban chỉ đạo ... gồm 21 đồng chí ..."; made up, draw13/2715's shape): the decision
    # setting it up is the page's, the resolution it carries out a citation.
    r"|(?<!\w)thành\s+lập\s+(?:Ban\s+chỉ\s+đạo|Tổ\s+công\s+tác|Hội\s+đồng|Tiểu\s+ban)\b",
    re.IGNORECASE,
)


# (Not the dot of an abbreviation in capitals: "trên địa bàn TP. Huế".)
# (A body asking, not a person speaking in a report: "Phát biểu chỉ đạo hội nghị đồng chí ...
# đề nghị các cấp ủy ...".)
_ASKS_ALL = re.compile(
    r"^(?![^.;:]{0,80}?(?:đồng\s+chí|đ/c|phát\s+biểu))[^.;:]{0,80}?(?<!\w)(?:đề\s+nghị|yêu\s+cầu)"
    r"\s+(?:các|toàn\s+thể)\s",
    re.IGNORECASE,
)


_SENTENCE_STOP = re.compile(r"(?<![A-ZĐ][A-ZĐp])\.(?:\s+(?=[A-ZĐÀ-Ỹ])|\s*$)")


# The event's day: "Chiều ngày 20/5/2022", "Ngày 11/10/2017", "Trong hai ngày 19 và 20/5".
_EVENT_DAY = re.compile(r"(?<!\w)ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}|\s+(?:và|tháng)\s+\d)", re.I)


# Where a lead's trích yếu ends: its sentence or clause, or the event's day after it ("..., vào
# ngày 04 tháng 3 năm 2023 Công đoàn cơ sở ... đã tổ chức ...").
_GROUND_SUBJECT_END = re.compile(
    r";|\.(?:\s+(?=[A-ZĐÀ-Ỹ])|\s*$)|,?\s+(?:vào\s+|sáng\s+|chiều\s+|tối\s+)?ngày\s+\d"
    # ... or whose agreement the event had (", được sự đồng ý của ...", ", dưới sự chỉ đạo ...").
    r"|,\s*(?:được\s+sự|dưới\s+sự)\s",
    re.I,
)


# The event's time of day and day after a comma: ", sáng ngày 28/02/2020", ", vào ngày 5/3".
# ... or whose agreement the event had (", được sự đồng ý của ...", ", dưới sự chỉ đạo của ...").
_EVENT_TIME = re.compile(
    r",\s*(?:vào\s+)?(?:(?:sáng|chiều|tối)\s+)?ngày\s+\d|,\s*(?:được\s+sự|dưới\s+sự)\s", re.I
)


# A lead that opens on the document it reports, "according to" it, then that document's own
# ground: "Theo Thông báo 998/TB-HĐTD, thực hiện Kế hoạch số 133/KH-VKSTC ngày ... về việc tuyển
# dụng ... . Ngày 12/11/2019, Hội đồng tuyển dụng ... đã tổ chức thi tuyển ..." (made up;
# draw14/3012's shape): the page reports the first (the corpus keys it as the page's), the
# ground after it is a citation, never the page's own.
_ACCORDING_THEN_GROUND = re.compile(
    r"\s*,\s*(?:thực\s+hiện|căn\s+cứ|triển\s+khai)\s", re.IGNORECASE
)


def reported_source(text: str, cits: list[Citation]) -> Citation | None:
    """The document ``text`` opens on after "Theo", a ground's words after its comma (see
    _ACCORDING_THEN_GROUND); None where it does not."""
    first = next((c for c in cits if c.parent is None), None)
    if first is None or not re.fullmatch(r"\W*Theo\s+", text[: first.start], re.IGNORECASE):
        return None
    return first if _ACCORDING_THEN_GROUND.match(text, first.end) else None


def read_grounds(page: list[str], lines: list[str], found: Found) -> None:
    """The document a news item on an event reports on: the nearest of its lead's grounds.

    Only a run of grounds (see _GROUND_WORD) among the page's first lines, its documents named
    with type, number, date and trích yếu; the last such one is taken (a ground named bare, "và
    Hướng dẫn số 01-HD/ĐU ngày ...", is named in passing), and only where the page gives the
    event's own day (_EVENT_DAY, around the grounds and dating none of them) or its grounds are a
    sentence of their own. NOT where the page is about another document: its title names a
    document of another type ("Kế hoạch tổ chức ngày hội
    ..." over "Thực hiện Hướng dẫn số 25/HD-MTTQ ..."), or its body makes its own after the
    grounds (see _OWN_MADE; a headerless document's own grounds: "Căn cứ ...; Căn cứ tình hình
    thực tế; Ban Chấp hành đề ra ..."); nor where no ground opens the run (several documents
    named side by side, a list of new documents, are named equally: the number is left to fill).
    """
    content = _unwrapped([clean(x) for x in lines[:60] if clean(x) and not NOISE.match(clean(x))])
    content = content[:10]
    run = _ground_run(content)
    if run is None:
        return
    if not run:
        _rolled_out(content, [*page, *lines][:6], found)
        return
    if _NUMBERED_ITEM.match(content[run[0]]):
        # A numbered item ("5. Căn cứ Quyết định số 932/QĐ-UBND ...") is a document's own list of
        # legal bases (its header cut off above it), never a news item's lead.
        return
    if any(_OPERATIVE.match(x) for x in content[run[-1] + 1 : run[-1] + 4]):
        # Bases over the operative word ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:") are the document's own,
        # its header cut off above them (made up; draw5/1113's shape with its head cut).
        return
    text = " ".join(content[i] for i in run)
    cits = [c for c in find_citations(text) if c.parent is None]
    opening = [c for c in cits if _ground_opens(text, c)]
    before = [*content[: run[0]], text[: opening[0].start]] if opening else []
    if not opening or any(_OWN_NUMBER_LINE.search(x) for x in before):
        return
    named = _named_grounds(text, cits, opening)
    chosen = _nearest_ground(named)
    if chosen is None or reported_source(text, cits) not in (None, chosen):
        return
    after = " ".join([text[named[-1].end :], *content[run[-1] + 1 :][:2]])
    # The event's day stands in the report around the grounds, never in a ground of its own
    # ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;").
    report = [x for x in content[: run[0]] if not _GROUND_LINE.match(x)]
    lead = " ".join([*report, text[: opening[0].start], after])
    nxt = content[run[-1] + 1] if run[-1] + 1 < len(content) else ""
    # ... or where the grounds are a sentence of their own ("Căn cứ vào kế hoạch số 23-KH/ĐTN ...
    # về việc tổ chức ... hè năm 2018." and the report after it): a document's own grounds end
    # with ";" or ",", and its body goes on with a section ("I. MỤC ĐÍCH, YÊU CẦU").
    reported = text.endswith(".") and not PARAGRAPH_OPENER.match(nxt) and not is_caps(nxt)
    if invites(content[run[-1] + 1 :]):
        # The page is the body's own letter, inviting a few paragraphs on ("Trân trọng kính mời
        # ..."; see _INVITES): neither a report on its grounds nor on what it made after them.
        return
    if _own_made(after[:600]):
        _made_after(after[:600], found, [*page, *lines][:6])
        return
    if (
        # "Thực hiện Hướng dẫn số 96-HD/BTGTW ... ." / "Ban Tuyên giáo Tỉnh ủy đề nghị các địa
        # phương ...": the page is the body's own letter, asking, not a report.
        _ASKS_ALL.match(nxt)
        # ... also in the grounds' own sentence ("Thực hiện Công văn số ... ngày ... của UBND
        # tỉnh, Sở ... đề nghị các đơn vị ...").
        or _ASKS_ALL.match(re.split(r"[.;!?]\s", text[named[-1].end :] + " ")[0].lstrip(" ,"))
        or titled_otherwise([*page, *lines][:6], chosen.type_name)
        or not (_event_day(lead) or reported)
    ):
        return
    if carried_out_locally(text, chosen, " ".join(clean(x) for x in lines[:60]))[0]:
        return  # a central document a local committee's carries out (see carried_out_locally)
    if found.date not in (None, chosen.date):
        # A place and date line elsewhere on the page ("Tam Nông, ngày 08 tháng 02 năm 2023" under
        # the news item, its byline) dated the page, not the document: its place goes with it.
        found.place = ""
    found.number = chosen.number
    found.date = chosen.date
    found.doc_type = DocType.from_text(chosen.type_name)
    if not found.subject:
        found.subject = lead_words(_without_issuer(_ground_subject(text, chosen), chosen))


# The lead's ground names other grounds first, without number ("Thực hiện Điều lệ Công đoàn
# Việt Nam khóa XI, kế hoạch số 83/KH-LĐLĐ ..."): the first document named is an item of it.
_GROUND_ITEMS = re.compile(
    r"^(?:[-–+•]\s*)?(?:căn\s+cứ|thực\s+hiện|triển\s+khai|quán\s+triệt)\s+[^.;:\d]{3,80},\s+$",
    re.IGNORECASE,
)


def _ground_opens(text: str, cit: Citation) -> bool:
    """A ground word opens the clause that names ``cit`` (see _GROUND_WORD, _GROUND_ITEMS)."""
    return bool(_GROUND_WORD.search(text, 0, cit.start) or _GROUND_ITEMS.match(text[: cit.start]))


def _ground_run(content: list[str]) -> list[int] | None:
    """The indexes of the run of ground lines among the page's first lines (see _GROUND_WORD),
    [] where there is none, None where the text is a document addressed to someone."""
    run: list[int] = []
    for i, c in enumerate(content):
        if KINH_GUI.match(c):
            return None  # the text is a document addressed to someone, not a news item
        if run and not _GROUND_LINE.match(c):
            break
        if run or any(_ground_opens(c, cit) for cit in find_citations(c)):
            run.append(i)
    return run


def _named_grounds(text: str, cits: list[Citation], opening: list[Citation]) -> list[Citation]:
    """The grounds of the run ``text`` named with their type and day or trích yếu."""
    # The grounds end with the sentence of the last one a ground word opens.
    stop = _SENTENCE_STOP.search(text, opening[-1].end)
    grounds = [
        c for c in cits if c.start >= opening[0].start and (not stop or c.start < stop.start())
    ]
    # A document named right after another ground's number, no list mark between ("Thực hiện kế
    # hoạch số 186-KH/QU việc thực hiện Chỉ thị 24-CT/TU ngày ... về việc ..."), is named in that
    # ground's trích yếu: what it carries out, not a ground of the page (grounds side by side are
    # set apart by ",", ";", "và" or their own ground word).
    grounds = [
        c
        for k, c in enumerate(grounds)
        if k == 0
        or _GROUND_WORD.search(text, 0, c.start)
        or re.search(r"[,;.]|\b(?:và|cùng)\b", text[grounds[k - 1].end : c.start])
    ]
    # A document named after a verb of issuing ("..., tham mưu Ban Thường vụ Huyện ủy ban hành
    # Thông tri số 09-TT/HU ...") is what was done after the grounds, not one of them.
    grounds = [
        c
        for c in grounds
        if not any(m.end() == c.start for m in LEAD_VERB.finditer(text, 0, c.start + 1))
    ]
    grounds = [_with_object(text, c) for c in grounds]
    # A ground named with its day or its trích yếu alone ("Thực hiện Kết luận số 79-KL/TW ngày
    # 16-6-2020 của Bộ Chính trị, từ ngày 17 ...") names it as well, where the run of grounds is
    # whole: a run cut inside its sentence ("... của Ban Thường vụ" / "Tỉnh ủy ... về “...”;")
    # may name its trích yếu on the line after.
    whole = bool(stop) or bool(re.search(r"[.;:!?…]$", text))
    return [
        c
        for c in grounds
        if c.type_name and ((c.date and c.subject) or (whole and (c.date or c.subject)))
    ]


def _nearest_ground(named: list[Citation]) -> Citation | None:
    """The ground the page reports on among ``named``, or None where that cannot be told."""
    if not named:
        return None
    last = named[-1]
    # Grounds run from the higher body down to the one nearest the event ("Chỉ thị số 35-CT/TW
    # ...; Hướng dẫn số 23-HD/ĐUK ...; Kế hoạch số 314-KH/ĐU ..."): the nearest body's. Where
    # that body is named with several documents ("Căn cứ Kế hoạch số 19-KH/ĐTN ... về tổ chức
    # Cuộc thi ...; Quyết định số 80-QĐ/ĐTN ... về việc thành lập Ban Giám khảo ...", "Căn cứ
    # Quy định số 45-QĐ/TW ...;" / "Thực hiện Hướng dẫn số 01-HD/TW ..."), its first is the one
    # the others carry out (draw4 723, 734, 751 are keyed so): their trích yếu repeat its words.
    # Documents of one body named equally, each on its own matter ("Chỉ thị số 20-CT/TW ... về
    # giáo dục lịch sử Đảng; Chỉ thị số 23-CT/TW ... về học tập lý luận ..."), leave it to fill.
    if last.type_name.casefold() == "công văn" and (
        passed := [
            c
            for c in named[:-1]
            if c.number.issuer_code != last.number.issuer_code
            and last.subject
            and _carries_out(c.subject, last.subject)
        ]
    ):
        # A lower body's letter that passes a higher body's document on, in its words ("Thực hiện
        # Hướng dẫn số 138-HD/BTGTW ... về việc “Bồi dưỡng chính trị hè năm 2020 cho ...” và Công
        # văn số 18-CV/BTGTU ... về việc “bồi dưỡng chính trị hè năm 2020”"): the page carries out
        # the document the letter passes on.
        return passed[0]
    body = [c for c in named if _same_body(c, last)]
    chosen = body[0]
    # (A ground named without trích yếu, "và Hướng dẫn số 01-HD/ĐU ngày ...", says nothing of
    # its matter: only those with one can be told to be on another.)
    if any(c.subject and not _carries_out(c.subject, chosen.subject) for c in body[1:]):
        return None
    return chosen


def _same_body(one: Citation, other: Citation) -> bool:
    """``one`` and ``other`` were issued by one body: the same issuer code, and the same issuer
    where both name theirs. A code shared by every body of a kind ("ĐTN" of each Đoàn, "ĐU" of
    each Đảng ủy, "UBND") does not tell a district's plan from a commune's: "Căn cứ kế hoạch số
    109-KH/ĐTN ... của Ban chấp hành Huyện đoàn ...; Căn cứ Kế hoạch số 22-KH/ĐTN ... của Ban
    chấp hành Đoàn xã ..." names the higher body's and then the nearest body's own."""
    if one.number.issuer_code != other.number.issuer_code:
        return False
    if not (one.issuer and other.issuer):
        return True
    # (Named again shorter, its place left off: "Ban Thường vụ Tỉnh ủy Bắc Kạn", then "Ban Thường
    # vụ Tỉnh ủy": one body.)
    first, second = (fold(" ".join(c.issuer.split())) for c in (one, other))
    return first.startswith(second) or second.startswith(first)


# A news item on a document's rollout, the document the subject of a passive sentence: "4 nội
# dung, 6 giải pháp quan trọng của Nghị quyết 10 - NQ/TU, ngày 10/8/2017 về ... được Ban Thường
# vụ Thành ủy quán triệt, triển khai trong đội ngũ bí thư chi bộ chiều 30/8."
_ROLLED_OUT = re.compile(
    r"\s+(?:đã\s+)?được\s+[^.;:]{0,100}?(?:quán\s+triệt|triển\s+khai|phổ\s+biến)(?!\w)",
    re.IGNORECASE,
)


_ROLLED_IN = re.compile(
    r"(?<!\w)(?:đã\s+)?được\s+(?:quán\s+triệt|triển\s+khai|phổ\s+biến)"
    r"(?:\s*,\s*(?:quán\s+triệt|triển\s+khai|phổ\s+biến))*\s+(?-i:[A-ZĐ]{2,4}\s+)?$",
    re.IGNORECASE,
)


# ... and the one a review looks back on: "Sau 5 năm thực hiện Chỉ thị số 21-CT/T.Ư ngày ...".
_REVIEWED = re.compile(
    r"(?:^|[.!?]\s+)Sau\s+(?:hơn\s+)?\S+\s+năm\s+(?:triển\s+khai\s+)?thực\s+hiện\s+"
    r"(?-i:[A-ZĐ]{2,4}\s+)?$",
    re.IGNORECASE,
)


# ... or the review the lead reports ("... nghe và cho ý kiến về kết quả 10 năm thực hiện nghị
# quyết 05-NQ/TU ...", "... tổ chức tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW ..."): in the
# page's first paragraph only (a later one's "gắn với sơ kết 2 năm thực hiện chỉ thị ..." is an
# item of the report, not its subject).
_REVIEW_REPORTED = re.compile(
    r"(?<!\w)(?:kết\s+quả|sơ\s+kết|tổng\s+kết)\s+(?:hơn\s+)?\S+\s+năm\s+"
    r"(?:triển\s+khai\s+)?thực\s+hiện\s+(?-i:[A-ZĐ]{2,4}\s+)?$",
    re.IGNORECASE,
)


def _rolled_in(
    c: str, cits: list[Citation], top: list[str], found: Found, *, lead: bool = False
) -> bool:
    """The one document a lead says its audience had rolled out to it, named after the verb
    ("... 300 đại biểu đã được quán triệt NQ số 33-NQ/TW ngày 9/6/2014 của BCH TW Đảng về ...;"),
    alone in its clause, with type and date: the page's own."""
    for k, cit in enumerate(cits):
        reviewed = bool(_REVIEWED.search(c, 0, cit.start)) or (
            lead and bool(_REVIEW_REPORTED.search(c, 0, cit.start))
        )
        if not (reviewed or _ROLLED_IN.search(c, 0, cit.start)):
            continue
        if not (cit.type_name and (cit.date or reviewed)):
            continue
        end = min(
            (x for x in (c.find(";", cit.end), c.find(". ", cit.end)) if x >= 0), default=len(c)
        )
        if any(x.start < end for x in cits[k + 1 :]) or titled_otherwise(top, cit.type_name):
            return False
        found.number, found.date = cit.number, cit.date
        found.doc_type = cited_type(cit)
        if not found.subject and cit.subject and not goes_on_after(c, cit.subject):
            found.subject = lead_words(cit.subject.strip("“”\"' ,"))
        return True
    return False


def _rolled_out(content: list[str], top: list[str], found: Found) -> None:
    """The one document a lead's sentence says was rolled out (see _ROLLED_OUT), as the page's.

    Only the one document named in that sentence, with type, date and trích yếu (the trích yếu
    runs to "được"); not where the page's title names another type.
    """
    # (The first paragraph: the first line of a dozen words or more that ends a sentence; a
    # title has no full stop.)
    # (Not a page whose breaks were lost, one line of it all: its later paragraphs' reviews are
    # items of the report, draw3 614 flattened.)
    first = next(
        (
            c
            for c in content[:6]
            if len(c.split()) >= 12 and len(c) <= 700 and re.search(r"[.!?…]$|\.\s", c)
        ),
        None,
    )
    for c in content[:6]:
        cits = [x for x in find_citations(c) if x.parent is None]
        if _rolled_in(c, cits, top, found, lead=c is first):
            return
        stop = _SENTENCE_STOP.search(c, cits[0].end) if cits else None
        sentence = [x for x in cits if stop is None or x.start < stop.start()]
        if len(sentence) != 1 or not (sentence[0].type_name and sentence[0].date):
            continue
        cit = sentence[0]
        passive = _ROLLED_OUT.search(c, cit.end, stop.start() if stop else len(c))
        at = c.find(cit.subject, cit.number_end) if cit.subject else -1
        if passive is None or at < 0 or titled_otherwise(top, cit.type_name):
            continue
        found.number, found.date = cit.number, cit.date
        found.doc_type = cited_type(cit)
        if not found.subject:
            found.subject = lead_words(c[at : passive.start()].strip("“”\"' ,"))
        return


def _with_object(text: str, cit: Citation) -> Citation:
    """A ground's citation with its trích yếu written right after its number and date, without
    "về" ("... thực hiện kế hoạch 17/KH-MTTQ ngày 13/4/2023 triển khai vận động ủng hộ quỹ ...
    trên địa bàn phường Sài Đồng."): words in small letters to the end of the clause."""
    obj = OBJECT_AFTER.match(text, cit.end) if not cit.subject else None
    if obj is None or not text[obj.end() : obj.end() + 1].islower():
        return cit
    end = _GROUND_SUBJECT_END.search(text, obj.end())
    words = text[obj.end() : end.start() if end else len(text)].strip(" ,")
    if not 12 <= len(words) <= 200 or find_citations(words):
        return cit
    return dataclasses.replace(cit, subject=words)


def _carries_out(subject: str, first: str) -> bool:
    """``subject`` repeats most words of ``first`` (3 in 5 or more): a document that carries out
    the first ("... thành lập Ban Giám khảo ... cuộc thi “Chi đoàn kiểu mẫu” năm 2023" under
    "tổ chức Cuộc thi “Chi đoàn kiểu mẫu” năm 2023")."""
    words = {w for w in re.findall(r"\w+", fold(first)) if len(w) > 1}
    said = {w for w in re.findall(r"\w+", fold(subject)) if len(w) > 1}
    return bool(words) and len(words & said) * 5 >= len(words) * 3


# The page's own document made after the grounds, by its type: "..., Ban Thường vụ Thành đoàn
# xây dựng Kế hoạch đẩy mạnh học tập ... năm 2022; theo đó, ...".
_MADE = re.compile(
    r"(?<!\w)(?:xây\s+dựng|ban\s+hành)\s+(?P<t>"
    + "|".join(re.escape(t) for t in TYPE_BY_LENGTH)
    + r")\s+(?P<rest>.*)$",
    re.IGNORECASE,
)


def _made_after(text: str, found: Found, top: list[str]) -> None:
    """Type and trích yếu of the page's own document made after its grounds, without number
    (tests/fixtures/real/README.md: that document is the page's): its type after the verb, its
    trích yếu the words in small letters after the type to the clause's end, where no number
    follows the type and no body was asked to make it (see _own_made). A title of that type
    above gives the trích yếu instead (see read_title): "Kế hoạch tổ chức Đại hội Chi bộ
    Trường THPT ... lần IV" over "Chi ủy ... xây dựng kế hoạch tổ chức Đại hội chi bộ ...".
    """
    # (In the grounds' sentence or the next: "Thực hiện Kế hoạch số 78-KH/HU ... . Ban Thường vụ
    # Huyện đoàn xây dựng Kế hoạch tổ chức Hội trại ...".)
    made = ((x, _MADE.search(x)) for x in re.split(r"[.!?]\s+", text)[:2])
    sentence, m = next(((x, m) for x, m in made if m), ("", None))
    if m is None or ASKED.search(sentence[: m.start()]) or find_citations(m["rest"][:40]):
        return
    if found.doc_type is None:
        found.doc_type = DocType.from_text(m["t"])
    if found.doc_type is not DocType.from_text(m["t"]) or found.subject:
        return
    if any((t := title_type(clean(x))) and t.casefold() == m["t"].casefold() for x in top):
        return
    words = m["rest"]
    stop = SENTENCE_END.search(words)
    if stop is None or not re.match(r"[.;,]", stop.group().strip()):
        # Only where its sentence or clause ends there ("... năm 2022; theo đó, ..."): what it is
        # for ("... Hội trại Thanh niên nhằm chào mừng ...") may be the trích yếu's own words.
        return
    subject = words[: stop.start() if stop else len(words)].strip(" ,")
    subject = re.sub(r"\s+như\s+sau\W*$", "", subject)  # (its content follows)
    about = LEAD_ABOUT.match(f" {subject}")
    subject = f" {subject}"[about.end() :] if about else subject
    if subject[:1].islower() and 12 <= len(subject) <= 250 and not ASKS.match(subject):
        found.subject = lead_words(subject)


def _own_made(text: str) -> bool:
    """The page's own document made after its grounds (see _OWN_MADE); not one its body asks
    others to make ("... lãnh đạo Huyện ủy đã đề nghị các đồng chí bí thư ... kịp thời xây dựng
    chương trình, kế hoạch hành động ...", as ASKED in issued_type)."""
    # ... also a plan the body sets going, without number ("Thực hiện kế hoạch số 49/KH-LĐLĐ
    # ... của Liên đoàn Lao động thành phố ... . Ngày 06/3/2017, Ban Thường vụ Liên đoàn Lao động
    # huyện tổ chức Hội nghị triển khai kế hoạch tổ chức Đại hội ...", see _SETS_GOING): its own.
    going = [
        m for m in setting_going(text) if not re.match(r"kế\s+hoạch\s+số\b", text[m.end() :], re.I)
    ]
    for m in [*_OWN_MADE.finditer(text), *going]:
        sentence = re.split(r"[.!?]\s+", text[: m.start()])[-1]
        if not ASKED.search(sentence):
            return True
    return False


# A line that cannot end there: its last word opens what follows ("về", "về việc", "của", "và").
_DANGLING_END = re.compile(r"(?<!\w)(?:về(?:\s+việc)?|của|và|là)$", re.IGNORECASE)


def _unwrapped(lines: list[str]) -> list[str]:
    """The lines with a paragraph's wrapped rest joined on: a line that opens in small letters
    after one that does not end its sentence (a PDF's or a hard-wrapped page's lines)."""
    out: list[str] = []
    for c in lines:
        # (... or an opening quote after "về việc": "... của BTV Huyện Đoàn về việc" / "“Triển
        # khai, thực hiện công trình thanh" / "niên ...”.", a hard-wrapped page.)
        going_on = c[:1].islower() or (
            c[:1] in '“"' and bool(_DANGLING_END.search(out[-1] if out else ""))
        )
        if out and going_on and not re.search(r"[.;:!?]$", out[-1]):
            out[-1] = f"{out[-1]} {c}"
        else:
            out.append(c)
    return out


def _event_day(text: str) -> bool:
    """A day in ``text`` that dates no document named right before it ("... số 2071/QĐ-BGDĐT
    ngày 16/6/2017" is that decision's day, not the event's)."""
    return any(not DATES_OTHER.search(text, 0, m.start()) for m in _EVENT_DAY.finditer(text))


def _ground_subject(text: str, cit: Citation) -> str:
    """The ground's trích yếu, to the end of its clause (the extractor stops at a bracket)."""
    at = text.find(cit.subject, cit.number_end)
    subject = cit.subject
    if at >= 0:
        # (The extractor's trích yếu may run past the event's time and day: "... Đảng bộ phường
        # Tứ Liên, sáng ngày 28/02/2020 Chi bộ ... tổ chức Đại hội".)
        event = _EVENT_TIME.search(text, at, at + len(cit.subject))
        end = event or _GROUND_SUBJECT_END.search(text, at + len(cit.subject))
        nxt = next((c.start for c in find_citations(text) if c.start > at), len(text))
        longer = text[at : min(end.start() if end else len(text), nxt)]
        subject = re.sub(r"[\s,]+(?:và|,)?\s*$", "", longer) or subject
    # (Quotes are left to subject_of, which drops a pair around the whole or an unpaired one at
    # an end: "... cuộc thi viết “Tìm hiểu lịch sử ... 1938-2017”" keeps its closing quote.)
    opened = subject.lstrip()
    if (opened.startswith("“") and not re.search('[”″"]', opened)) or (
        opened.startswith('"') and opened.count('"') % 2
    ):
        # A quote opened on the trích yếu and never closed in its clause ("... về việc “kiện toàn
        # ... Hà Nội, Sau khi tiến hành ...", a page whose breaks were lost): its end is unsure.
        return ""
    return subject.strip("' ")


# A body named after a comma at the trích yếu's end (see _without_issuer).
_BODY_TAIL = re.compile(rf",\s+(?P<b>[{CAPITALS}][^,;:()“”\"]{{3,80}})$")


def _without_issuer(subject: str, cit: Citation) -> str:
    """``subject`` without the issuer written after it: "... vui tết Trung thu cho con đoàn viên
    công đoàn, Liên đoàn Lao động thành phố Thủ Đức" of "Kế hoạch số 106/KH-LĐLĐ" (made up;
    draw6/1293's shape), the body whose words' initials are the number's code ("LĐLĐ")."""
    tail = _BODY_TAIL.search(subject)
    code = fold(cit.number.issuer_code or "").split("-")[0].replace(".", "").upper()
    if tail is None or len(code) < 2:
        return subject
    initials = "".join(w[0] for w in fold(tail["b"]).split()).upper()
    return subject[: tail.start()] if initials.startswith(code) else subject
