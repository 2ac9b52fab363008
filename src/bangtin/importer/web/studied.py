"""A news item's headline on a conference that studies or carries out one document, named whole."""

from __future__ import annotations

import re

from bangtin.core.model import DocType
from bangtin.core.text import fold
from bangtin.importer.layout import Found
from bangtin.importer.lines import clean
from bangtin.importer.web.lead_words import SENTENCE_END, TYPE_ALT, lead_words
from bangtin.links.citations import Citation, find_citations

# A headline that opens with what a conference does with the document, the document next:
# "Triển khai Kết luận số 19-KL/TW của Bộ Chính trị về định hướng ...", "Quán triệt và triển
# khai thực hiện Nghị quyết số 11 của Bộ Chính trị về ..." (made up; draw12/2549's, 2535's and
# 2517's shapes). The page is on that one document (the corpus keys it as the page's own); a
# news source's tag may open it ("(ĐCSVN) - ").
_STUDY = (
    r"^(?:\([^()]{2,30}\)\s*[-–]?\s*)?(?:Quán\s+triệt|Triển\s+khai|Học\s+tập)"
    r"(?:\s*,?\s+(?:và\s+)?(?:quán\s+triệt|triển\s+khai|học\s+tập|thực\s+hiện|nghiên\s+cứu))*\s+"
)


_STUDIED_TITLE = re.compile(_STUDY + "$")


# ... the document named by a bare number (no code), its issuer and its "về" after it.
_STUDIED_BARE = re.compile(
    _STUDY + rf"(?P<type>{TYPE_ALT})\s+(?:số\s+)?(?P<n>\d{{1,4}})\s+của\s+[^.;:,]{{3,80}}?\s+về\s+"
    r"(?P<s>[^.;:!?]{8,300})$",
    re.IGNORECASE,
)


def _headline(c: str) -> bool:
    """``c`` is a headline: no sentence's stop inside or at its end."""
    return not re.search(r"[.;:!?](?:\s|$)", c)


def studied_title(c: str, cit: Citation) -> bool:
    """The headline ``c`` opens with a conference's act on ``cit``, the document named next."""
    return _headline(c) and bool(_STUDIED_TITLE.match(c[: cit.start]))


def studied_bare(c: str, after: list[str], found: Found) -> bool:
    """Type and trích yếu of the one document the headline ``c`` studies by a bare number (see
    _STUDIED_BARE), where no type was read; the lines ``after`` it may name it again with more
    words (a headline shortens): the longer trích yếu is taken, to its sentence's end."""
    m = _STUDIED_BARE.match(c)
    if m is None or not _headline(c) or found.doc_type is not None:
        return False
    found.doc_type = DocType.from_text(m["type"])
    found.subject = [m["s"].strip()]
    again = re.compile(
        rf"(?<!\w){re.escape(m['type'])}\s+(?:số\s+)?{m['n']}\s+của\s+[^.;:,]{{3,80}}?\s+về\s+",
        re.IGNORECASE,
    )
    for line in after:
        lead = clean(line)
        if (named := again.search(lead)) is None:
            continue
        end = SENTENCE_END.search(lead, named.end())
        longer = lead_words(lead[named.end() : end.start() if end else len(lead)])
        if longer and fold(longer[0]).startswith(fold(found.subject[0])):
            found.subject = longer
        break
    return True


# Local committees' documents a conference lead names beside the central one it studies ("...
# quán triệt, triển khai Chỉ thị số 35-CT/TW của Bộ Chính trị về ...; các chỉ thị, kế hoạch của
# Ban Thường vụ Tỉnh ủy và Ban Thường vụ Đảng ủy Khối ... về ..."; made up, draw13/2713's shape).
_LOCAL_KINDS = r"(?:chỉ\s+thị|kế\s+hoạch|nghị\s+quyết|hướng\s+dẫn|chương\s+trình|văn\s+bản)"
_LOCAL_BESIDE = re.compile(
    rf"[^.!?]*?[;,]\s+(?:và\s+)?(?:các\s+{_LOCAL_KINDS}(?:\s*,\s*{_LOCAL_KINDS})*"
    # (... or one named by its bare number: "...; Kế hoạch số 101 của Tỉnh ủy về ...", 2713's.)
    rf"|{_LOCAL_KINDS}\s+số\s+\d{{1,4}})\s+của\s+(?:Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|Tỉnh\s+ủy"
    r"|Thành\s+ủy|Huyện\s+ủy|Đảng\s+ủy)",
    re.IGNORECASE,
)


def carried_out_locally(c: str, cit: Citation, page: str) -> tuple[bool, Citation | None]:
    """Whether the central document ``cit`` (a Party number of the Central Committee's organs,
    code "TW") that the lead ``c`` names is, on the ``page``, carried out by a local committee's
    document, and that one document where the page names it by its number.

    The lead's convention for conference news (brief of session 19; draw13/2713, 2714): the
    page's document is the one the news presents as issued by the body it is about; a local
    plan or programme carrying out a central resolution ("... Kế hoạch số 111-KH/TU, ngày
    27/6/2019 của Ban Thường vụ Tỉnh ủy về tổ chức học tập, quán triệt và triển khai thực hiện
    Nghị quyết số 35-NQ/TW ...": the central number inside the local one's trích yếu) is the
    page's, the central one a citation. Local documents named beside the central one (see
    _LOCAL_BESIDE) leave the page's own unsure. A conference on the central document alone
    (draw12/2517, 2535, 2549) keeps it as the page's.
    """
    if cit.number.form != "party" or cit.number.issuer_code != "TW":
        return False, None
    if _LOCAL_BESIDE.match(c, cit.end):
        return True, None
    cits = find_citations(page)
    carrying = {
        p.number.key: p
        for x in cits
        if x.parent is not None
        and x.number.key == cit.number.key
        and (p := cits[x.parent]).number.form == "party"
        and p.number.issuer_code != "TW"
        and p.type_name
    }
    if not carrying:
        return False, None
    return True, next(iter(carrying.values())) if len(carrying) == 1 else None


# A conference that studies or deploys a document named by its type alone, no number after it:
# "... tổ chức Hội nghị nghiên cứu, học tập, quán triệt, triển khai thực hiện các nghị quyết của
# Quân ủy Trung ương ...", "... Hội nghị trực tuyến học tập, quán triệt Nghị quyết Đại hội Đảng
# bộ thành phố lần thứ I ...", "... hội nghị quán triệt, triển khai chỉ thị về Đại hội Đảng các
# cấp ..." (made up; draw14/2905's, 2929's, 2914's shapes). Where the page names no local
# document carrying it out, the studied one is the page's (the corpus README's rule for
# conference news): its type; its number and trích yếu are not written so (left to fill).
_STUDIED_UNNUMBERED = re.compile(
    r"(?<!\w)hội\s+nghị\b[^.;:]{0,40}?\s(?:nghiên\s+cứu|học\s+tập|quán\s+triệt|phổ\s+biến)"
    r"(?:\s*,?\s*(?:và\s+)?(?:nghiên\s+cứu|học\s+tập|quán\s+triệt|phổ\s+biến|triển\s+khai"
    r"|thực\s+hiện))*\s+(?:nội\s+dung\s+)?(?:(?:các|những)\s+)?"
    r"(?P<type>nghị\s+quyết|chỉ\s+thị|kết\s+luận)(?!\w)(?!\s+(?:số\s+)?\d)",
    re.IGNORECASE,
)


# A local document named beside it, by its type in capitals: "Thực hiện Kế hoạch của Ban Thường
# vụ Đảng ủy phường ... về tổ chức ... quán triệt ... Nghị quyết ...", "... và thảo luận Chương
# trình hành động thực hiện Nghị quyết ..." (made up; draw14/2934's and 2901's shapes): the
# local one carrying it out would be the page's (the README's rule); which is not sure.
_LOCAL_NAMED = re.compile(
    r"(?<!\w)(?:Kế\s+hoạch|Chương\s+trình|Đề\s+án|Hướng\s+dẫn|Phương\s+án)(?!\w)"
)


def studied_unnumbered(lead: list[str], found: Found) -> None:
    """The type of the document a conference in the ``lead`` lines studies, named by its type
    alone (see _STUDIED_UNNUMBERED), where none was read and no local document is named beside
    it (see _LOCAL_NAMED)."""
    if found.doc_type is not None or found.number is not None:
        return
    if any(_LOCAL_NAMED.search(c) for c in lead):
        return
    for c in lead:
        if (m := _STUDIED_UNNUMBERED.search(c)) is not None:
            found.doc_type = DocType.from_text(m["type"])
            break
    else:
        return
    if found.doc_type is DocType.NGHI_QUYET:
        # (The first line naming the congress's resolution names it whole, or the trích yếu is
        # left to fill: a headline "... quán triệt, triển khai Nghị quyết Đại hội đại biểu Đảng
        # bộ xã lần thứ I" over a lead adding ", nhiệm kỳ 2025-2030"; made up, draw15/3123's
        # shape: which of the two the document's title writes is not said.)
        first = next((c for c in lead if _CONGRESS_NAMED.search(c)), "")
        if (named := _CONGRESS_RESOLUTION.search(first)) is not None:
            found.subject = [named["s"]]


# A congress's resolution named by the congress, with or without its round and term.
_CONGRESS_NAMED = re.compile(r"(?<!\w)Nghị\s+quyết\s+Đại\s+hội\s", re.IGNORECASE)


# A congress's resolution named by the congress, its round and its term: "... quán triệt Nghị
# quyết Đại hội đại biểu Đảng bộ xã Vĩnh Lộc lần thứ I, nhiệm kỳ 2025-2030" (made up; draw14/
# 2927's, 2928's, 2933's shapes): the congress is its trích yếu (the keys'), as the headline or
# the first line that names it whole writes it.
_CONGRESS_RESOLUTION = re.compile(
    r"(?<!\w)Nghị\s+quyết\s+(?P<s>Đại\s+hội\s[^.;:“\"]{3,120}?\slần\s+thứ\s+[IVXLC\d]+\s*,?\s*"
    r"nhiệm\s+kỳ\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
