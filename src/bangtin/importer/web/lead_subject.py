"""The trích yếu a lead gives its numbered document, and a page naming one document only."""

from __future__ import annotations

import re

from bangtin.core.model import DocType, RelationKind
from bangtin.core.text import fold
from bangtin.importer.layout import Found
from bangtin.importer.lines import NOISE, clean
from bangtin.importer.web.lead_words import (
    BETWEEN,
    LEAD_ABOUT,
    LEAD_VERB,
    NEXT_SENTENCE,
    OBJECT_AFTER,
    SENTENCE_END,
    act_end,
    cited_type,
    date_of,
    lead_words,
    names_only,
    opens_writers_clause,
)
from bangtin.links.citations import Citation, find_citations

# What a page does with a document it reports on ("thực hiện", "sơ kết", "quán triệt" it).
_ACTS_ON = re.compile(
    # ... and "Xét Tờ trình số ...": the proposal a resolution answers, its header cut off.
    r"(?i)(?:\b(?:thực\s+hiện|triển\s+khai|quán\s+triệt|học\s+tập|sơ\s+kết|tổng\s+kết|theo"
    r"|nhận\s+được|xét)|\()\s*:?\s*$"
)


def read_only_document(lines: list[str], found: Found) -> None:
    """The one document a short page names, by its type and number, as the page's own.

    A tag page's or a list's teaser, its headline glued to its lead ("Phương án nhân sự ... sáp
    nhập Kết luận 150-KL/TW của Bộ Chính trị hướng dẫn ..."): a page of a few sentences naming
    one document and no other is about that document. A fallback where the header, the
    headline, the lead and the grounds named none.
    """
    if found.subject or found.to:
        return  # (a page with its own "V/v" or "Kính gửi" is a document, not a teaser)
    if (only := _one_document_page(lines)) is None:
        if found.doc_type is None and acts_now(page_text(lines)) == "thông báo":
            found.doc_type = DocType.THONG_BAO  # "... Nay UBND phường ... thông báo ...": its own
        return
    text, cit = only
    found.number = cit.number
    found.date = found.date or cit.date
    found.doc_type = found.doc_type or cited_type(cit)
    if not found.subject:
        lead_subject(text, cit, found)


# An event done by the one document the page names ("... Chi bộ trường ... tiến hành đại hội
# nhiệm kỳ 2022 - 2025 theo kế hoạch số 31-KH/ĐU của Đảng ủy xã ...", "Theo Quyết định số
# 219-QĐ/TU ngày 7-8-2025 của Ban Thường vụ Tỉnh ủy, đợt này có 13 đảng viên ... được trao tặng
# Huy hiệu Đảng"): the page reports on that document, also over a longer page. Of the acting
# words before a citation (_ACTS_ON), "theo" alone says so.
_BY_ITS_DOCUMENT = 2500


# ... unless a sentence after it opens with "Nay" and the body's own act: "Theo Thông báo số ...
# của Điện lực ... về việc ngừng cấp điện ... Nay UBND phường ... thông báo thời gian ..." (made
# up; draw9/2017's shape, a ward's unnumbered notice relaying a power company's numbered one).
# "Nay" opening a sentence after a ground is the administrative "now [we]": the page is the
# body's own document, the named one its ground (a citation); its own number is not written.
# ... also the notice's conclusion, "Vậy, UBND huyện thông báo để ... biết" (made up; draw10/
# 2218's shape: "Theo Thông báo số 658/TB-UBND ... thì ... Tuy nhiên, ... Vậy, UBND huyện thông
# báo ..."), "Vì vậy", "Do đó": the body acts in its own name on the ground it named first. So
# does a later step ("Tiếp đó, Ban Thường vụ ... quyết định thi hành kỷ luật ...", after "Ngày
# 4/5, Huyện ủy có Tờ trình số 90-TTr/HU đề nghị ...": draw11/2351's shape) and "..., nay Ban tổ
# chức thông báo gia hạn ..." after the earlier notice's number (draw11/2370's).
_NOW_OWN_ACT = re.compile(
    r"(?:(?:^|[.;:]\s+)(?:Nay|Vậy|Vì\s+vậy|Do\s+vậy|Do\s+đó|Tiếp\s+đó|Sau\s+đó)|,\s+nay),?\s+[^.;:]{0,80}?(?<!\w)(?:thông\s+báo|hướng\s+dẫn|ban\s+hành|quyết\s+định"
    r"|đề\s+nghị|yêu\s+cầu|triệu\s+tập|chỉ\s+đạo|mời)(?!\w)"
)


def acts_now(text: str, pos: int = 0) -> str | None:
    """The body's own act ("thông báo", "hướng dẫn", ...) a sentence after ``pos`` opens with
    "Nay" for (see _NOW_OWN_ACT), its words joined by one space; None where there is none."""
    m = _NOW_OWN_ACT.search(text, pos)
    return None if m is None else " ".join(m.group().split()[-2:])


def page_text(lines: list[str]) -> str:
    """The page's lines joined into one text, without noise."""
    return " ".join(c for x in lines if (c := clean(x)) and not NOISE.match(c))


def _one_document_page(lines: list[str]) -> tuple[str, Citation] | None:
    """The page's text and the citation of the one document it names (see read_only_document)."""
    text = page_text(lines)
    if len(text) > _BY_ITS_DOCUMENT:
        return None
    cits = find_citations(text)
    keys = {c.number.key for c in cits}
    if len(keys) != 1 or not all(c.type_name and c.kind is RelationKind.CITES for c in cits):
        return None  # (a ground the page acts on, "Căn cứ Kế hoạch số ...", is not the page)
    acts = [m for c in cits if (m := _ACTS_ON.search(text[max(0, c.start - 40) : c.start]))]
    if any(m.group().strip().casefold() != "theo" for m in acts):
        return None  # "Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW ...": a page on its rollout
    if len(text) > 600 and not (acts and cits[0].start < LEAD_MAX):
        return None  # (done by it in the lead, not in passing further down: "theo" above)
    if any(re.search(r"(?i)kèm\s+theo\s*$", text[max(0, c.start - 40) : c.start]) for c in cits):
        return None  # "... ban hành kèm theo Quyết định số ...": the annex's parent
    if acts_now(text, cits[0].end):
        return None  # "Theo Thông báo số ... . Nay UBND phường ... thông báo ...": its ground
    rest = text
    for cit in reversed(cits):  # (the text without the citations)
        rest = f"{rest[: cit.start]} {rest[cit.end :]}"
    if re.search(r"(?i)\bsố\s+\d", rest):
        return None  # another document by its bare number: "... ban hành Kế hoạch số 08 về ..."
    return text, cits[0]


def _repeats_type(words: str, cit: Citation) -> bool:
    """``words`` open with the type of the document ``cit`` names, as a verb ("hướng dẫn ...")."""
    name = (cit.type_name or cit.number.type_name or "").casefold()
    return bool(name) and words.casefold().startswith(name + " ")


def _named_and_repeated(line: str, obj: re.Match[str], cit: Citation) -> bool:
    """The lead names the document by its type's own name ("Hướng dẫn số ...") and repeats it
    as a verb after the number ("... hướng dẫn ..."); not a "văn bản số 71-HD/BTGTW hướng dẫn
    việc ..." whose code alone gives the type (unseen/336: its purpose in prose, no trích yếu)."""
    name = (cit.type_name or "").casefold()
    written = line[max(0, cit.start - 30) : cit.number_end].casefold()
    return bool(name) and name in written and line[obj.end() :].casefold().startswith(name + " ")


# Whom a document's act is for, right after its type's word ("... hướng dẫn các cấp ủy ..."):
# what it asks of them, no trích yếu.
_WHOM = re.compile(r"\s*(?:các|toàn\s+thể|những|mọi|cho)\s", re.IGNORECASE)


def _after_own_word(line: str, start: int, cit: Citation) -> re.Match[str] | None:
    """Where the trích yếu opens after the type's own word the lead writes at ``start`` ("...
    Quy định 125-QĐ/TW quy định chức năng, nhiệm vụ ..." (made up; draw7/1528's shape), "...
    Hướng dẫn số 26-HD/BTCTW, ngày ... hướng dẫn một số nội dung ...": the heading's "QUY ĐỊNH /
    chức năng ...", the keys' convention: draw4/701, draw7/1518, 1528, 1537); None where whom it
    guides or what it asks follows ("... hướng dẫn các cấp ủy ...", "... hướng dẫn và đề nghị
    ..."): no trích yếu."""
    name = cit.type_name or cit.number.type_name or ""
    at = start + len(name)
    if _WHOM.match(line, at):
        return None
    return OBJECT_AFTER.match(line, at)


# A decision's issuer and its act after the number: "... số 1960/QĐ-UBND của Chủ tịch UBND tỉnh
# tặng Bằng khen ...", "... ngày 22/01/2021 của Thủ tướng Chính phủ ban hành Chương trình ...".
_ENACTED = re.compile(
    r"[\s,]*(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*,?\s*)?của\s+"
    r"(?:(?!về\b)[^,;.:()“\"])+?\s+"
    r"(?P<act>(?:ban\s+hành|phê\s+duyệt|tặng|công\s+nhận|thành\s+lập|khen\s+thưởng|cho\s+phép)\s)",
    re.IGNORECASE,
)


def _closes(end: re.Match[str], line: str) -> bool:
    """``end`` closes an act's words that open without "về" (see lead_subject): the sentence's
    full stop or the line's end, or whose proposal the act answers ("... theo đề nghị của ..."),
    or the writer's own clause ("... do đồng chí ... làm Bí thư": see opens_writers_clause)."""
    return (
        end[0].startswith(".")
        or end.end() == len(line)
        or "đề nghị" in end[0]
        or opens_writers_clause(end[0])
    )


# What a công điện asks right after its number, in small letters and not whom it asks ("...
# Công điện số 231/CĐ-TTg, yêu cầu tăng cường ...", never "... yêu cầu các Bộ, ngành ...").
# (Whom is also an office or its head in small letters: "... yêu cầu giám đốc, thủ trưởng các
# sở ... chủ động ứng phó ...", "yêu cầu người đứng đầu ...", "yêu cầu lãnh đạo ..." (made up;
# draw9/2024's shape): what it asks of them is the page's account, no trích yếu.)
_TELEGRAM_ASKS = re.compile(
    r"[\s,]*yêu\s+cầu\s+(?!(?:các|toàn\s+thể|mọi|những|chủ\s+tịch|thủ\s+trưởng|giám\s+đốc"
    r"|người\s+đứng\s+đầu|lãnh\s+đạo(?!\s*,)|cấp\s+ủy|cấp\s+uỷ|bí\s+thư|trưởng|cơ\s+quan|đơn\s+vị"
    r"|địa\s+phương|sở|ban|ngành|ủy\s+ban|uỷ\s+ban)\b)(?=[a-zđà-ỹ])"
)


# A Thông báo's "kết luận" right after its number (its day between): "... Thông báo số 27-TB/TW
# kết luận về việc ...", "... Thông báo số 45-TB/TW, ngày 2/3/2019 kết luận của Ban Bí thư về ...".
_CONCLUDES = re.compile(
    r"[\s,]*(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*,?\s*)?"
    r"(?P<k>kết\s+luận)\s+(?=(?:về|của|tại)\s)",
    re.IGNORECASE,
)


def _to_sentence_end(line: str, start: int, after: int, found: Found) -> None:
    """The trích yếu from ``start`` to the end of the sentence after ``after``, where the lead
    closes it there (see _closes); else the subject stays as it was."""
    end = act_end(line, start, after)
    if end is not None and _closes(end, line):
        found.subject = lead_words(line[start : end.start()].rstrip("./ "))


# A legal text's own verb right after its number (its day between): "... Thông tư 15/2024/TT-
# BGDĐT quy định về chuẩn ...", "... Nghị định 88/2024/NĐ-CP quy định chi tiết một số điều của
# Luật ... về ...", "... Thông tư số 40/2024/TT-BTC hướng dẫn quản lý ..." (made up; news items
# on a circular or decree): the trích yếu opens with it, as under the heading, and a "về" after
# it is inside it (never "quy định rõ", what the text states).
_LEGAL_TEXTS = frozenset(
    {DocType.THONG_TU, DocType.NGHI_DINH, DocType.THONG_TU_LIEN_TICH, DocType.THONG_TU_LIEN_BO}
)


_LEGAL_VERB = re.compile(
    r"[\s,]*(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*,?\s*)?"
    r"(?P<v>(?:quy\s+định|hướng\s+dẫn)\s+(?!rõ\b)(?=[a-zđà-ỹ]))"
)


def _legal_verb(line: str, cit: Citation) -> re.Match[str] | None:
    """A Thông tư's or Nghị định's own verb right after its number (see _LEGAL_VERB), only in a
    lead, a body having issued it: an old gazette's title block "SỐ 21-BNN/TT NGÀY ... CỦA BỘ
    ... HƯỚNG DẪN ..." does not mark where its issuer ends."""
    legal = _LEGAL_VERB.match(line, cit.number_end)
    if (
        legal is not None
        and cited_type(cit) in _LEGAL_TEXTS
        and LEAD_VERB.search(line[: cit.start].rsplit(". ", 1)[-1])
    ):
        return legal
    return None


# "từ" and a full day closing a legal text's trích yếu in a news item: "Đã có Thông tư 12/2023/
# TT-BYT quy định về khám sức khỏe ... từ 01/7/2024." (made up; a legal site's item): the day it
# takes effect, the writer's news, not the words under its heading.
_DAY_OF_FORCE = re.compile(
    r"\s+(?:có\s+hiệu\s+lực\s+)?(?:kể\s+)?từ\s+(?:ngày\s+)?"
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}$",
    re.IGNORECASE,
)


def _drop_day_of_force(found: Found) -> None:
    """The subject without a closing day of force (see _DAY_OF_FORCE)."""
    words = " ".join(found.subject)
    if found.subject and (m := _DAY_OF_FORCE.search(words)):
        found.subject = lead_words(words[: m.start()])


def lead_subject(line: str, cit: Citation, found: Found) -> None:
    """The trích yếu a headline or lead gives its own citation ``cit``: from "về" / "về việc" to
    the end of the sentence (see SENTENCE_END), and a date written after it."""
    if legal := _legal_verb(line, cit):
        _to_sentence_end(line, legal.start("v"), legal.end(), found)
        _drop_day_of_force(found)
        return
    if enacted := _ENACTED.match(line, cit.number_end):
        # "Quyết định số 1960/QĐ-UBND của Chủ tịch UBND tỉnh tặng Bằng khen cho ...", "... số
        # 608/QĐ-TTg của Thủ tướng Chính phủ ban hành Kế hoạch ...": the issuer named, its act is
        # the trích yếu, to the end of the sentence (a "về" inside it is the act's own).
        _to_sentence_end(line, enacted.start("act"), enacted.end(), found)
        return
    concludes = _CONCLUDES.match(line, cit.number_end)
    if concludes is not None and cited_type(cit) is DocType.THONG_BAO:
        # "... ban hành Thông báo số 27-TB/TW kết luận về việc sơ kết Chỉ thị số 54-CT/TW ... về
        # “...”." (made up; draw8/1707's shape): a Thông báo kết luận's trích yếu opens with "kết
        # luận", as under its heading; the "về" is inside it.
        _to_sentence_end(line, concludes.start("k"), concludes.end(), found)
        return
    asks = _TELEGRAM_ASKS.match(line, cit.number_end)
    if asks is not None and cited_type(cit) is DocType.CONG_DIEN:
        # "... ký Công điện khẩn số 03/CĐ-UBND yêu cầu tập trung ứng phó ... bão số 4.": a công
        # điện's trích yếu is what it asks, to the end of the sentence.
        _to_sentence_end(line, asks.end(), asks.end(), found)
        return
    about = LEAD_ABOUT.search(line, cit.number_end)
    if about is not None and NEXT_SENTENCE.search(line, cit.number_end, about.start()):
        # "... ban hành Quyết định số 1570/QĐ-UBND phê duyệt ... . Ngày 27/7/2022, Sở ... có Văn
        # bản số ... về việc ...": the "về" of the next sentence is another document's.
        about = None
    obj = OBJECT_AFTER.match(line, cit.end)
    if about is not None and not (obj is not None and _named_and_repeated(line, obj, cit)):
        # (The type's own word right after the number opens the trích yếu even where a "về"
        # follows inside it: "... Hướng dẫn số 30-HD/BTCTW hướng dẫn một số vấn đề cụ thể về
        # công tác đảng viên."; made up, draw4/701's and draw7/1518's shape.)
        obj = None
    if obj is not None and _repeats_type(line[obj.end() :], cit):
        # "... Hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 hướng dẫn một số nội dung ...": the
        # lead says what the document does in its type's own word, as its heading does: the
        # trích yếu opens after that word (see _after_own_word), or is left to fill.
        obj = _after_own_word(line, obj.end(), cit)
        if obj is None:
            return
    if obj is not None and line[obj.end() : obj.end() + 1].islower():
        # "... ban hành kế hoạch số 97/KH-BVĐ tổ chức hoạt động Tháng cao điểm ... (từ 17/10 đến
        # 18/11/2017).": no "về", the trích yếu right after the number, to the sentence's end.
        end = act_end(line, obj.end(), obj.end())
        if end is not None and _closes(end, line):
            found.subject = lead_words(line[obj.end() : end.start()].rstrip("./ "))  # (".")
        return
    if (
        about is None
        or "về" in line[cit.number_end : about.start()].casefold()
        # The sentence went on to something else first: "Báo cáo số 113-BC/HNDTW ... nêu rõ:
        # Thực hiện Kết luận ... về việc, lãnh đạo ..." is no subject.
        # (Addressees listed with ";" after "gửi" are no such thing: "... gửi các cơ quan báo
        # chí; Phòng Văn hóa ... về việc ...".)
        or re.search(_STOPS_BETWEEN, BETWEEN.sub(r"\g<rest>", line[cit.number_end : about.start()]))
        or not (
            names_only(line[cit.number_end : about.start()])
            or _directed(line[cit.number_end : about.start()], about)
        )
        or re.match(r"\s*việc\s*[,.;:]", line[about.end() - 1 :], re.IGNORECASE)
    ):
        return
    end = act_end(line, about.end(), about.end())
    while end is not None and _AIM.fullmatch(end[0]) and _titled_by(line, cit):
        end = SENTENCE_END.search(line, end.end() - 1)
    found.subject = lead_words(_quoted(line, about, end.start() if end else len(line)))
    if verb := _REGULATES.search(line, cit.number_end, about.start()):
        # "Thông tư số 23/2017/TT-BNNPTNT ... của Bộ ... Quy định về trồng rừng ...": the trích
        # yếu opens with the verb, its "về" inside it.
        found.subject = lead_words(line[verb.start() : end.start() if end else len(line)])
    if found.date is None and end is not None and end["d"]:
        found.date = date_of(end)


# The aim a lead's sentence may go on with ("... năm 2018 nhằm nâng cao nhận thức ...": the
# page's words, see SENTENCE_END) ...
_AIM = re.compile(r"\s+nhằm\s")


def _titled_by(line: str, cit: Citation) -> bool:
    """``line`` is a title that opens with the citation ``cit`` and holds no sentence: "Nghị
    quyết số 19-NQ/ĐU của Ban Thường vụ ... về tập trung ... vào sản xuất và quản lý nhằm nâng
    cao hiệu quả ... giai đoạn 2017 - 2020, tầm nhìn đến năm 2030" (made up; draw7/1510's
    shape). A title holds nothing but the trích yếu to its end: its "nhằm" is the document's."""
    return not line[: cit.start].strip() and not re.search(r"[.;:!?](?:\s|$)", line)


def _quoted(line: str, about: re.Match[str], end: int) -> str:
    """The lead's subject from ``about`` to ``end``, ending at the quote that closes the one
    opened before its "về việc" ("... số 09-CV/HĐĐ, ngày 06/10/2022 “về việc tổ chức Đại hội ...
    2022 – 2023”, tổ chức Đại hội đảm bảo ...": the sentence goes on after the quote)."""
    subject = line[about.end() : end]
    if "“" in line[about.start() - 2 : about.end()] and "“" not in subject:
        subject = subject.split("”", 1)[0]
    elif (inside := _quote_alone(line, about.end())) is not None:
        subject = inside
    return subject


# What may follow a quoted trích yếu for the quote to be the whole of it: the sentence's
# punctuation, its end, or a bracket naming the document short ("... (sau đây gọi tắt là Nghị
# quyết 35), công tác này ..."); never more words ("về “Tháng nhân đạo” năm 2019").
_AFTER_QUOTE = re.compile(r"\s*(?:[,.;:!]|\(|$)")


def _quote_alone(line: str, start: int) -> str | None:
    """The trích yếu a lead writes whole in quotes right after its "về" (``start``), without its
    outer pair: "... Kết luận số 21-KL/TW về “đẩy mạnh ... biểu hiện “tự diễn biến”, “tự chuyển
    hóa””. Nội dung ...". The quote that pairs the opening one ends it (quotes nest inside it),
    whatever the sentence says after; None where no quote opens there, none pairs it, or the
    trích yếu goes on past it."""
    if line[start : start + 1] in ("'", '"'):
        # A pair of straight quotes, single or double ("... về 'tăng cường ...'. Nghị quyết nêu
        # rõ ..."; made up, draw12/2502's shape): the next same mark closes it.
        close = line.find(line[start], start + 1)
        inside = line[start + 1 : close].strip() if close > 0 else ""
        return inside if inside and _AFTER_QUOTE.match(line, close + 1) else None
    if not line.startswith("“", start):
        return None
    depth = 0
    for i in range(start, len(line)):
        depth += {"“": 1, "”": -1}.get(line[i], 0)
        if depth == 0:
            inside = line[start + 1 : i].strip()
            return inside if _AFTER_QUOTE.match(line, i + 1) and inside else None
    return None


# A legal title's trích yếu that opens with "quy định" after the issuer (see read_headline).
_REGULATES = re.compile(r"(?<=\s)quy\s+định\s*$", re.IGNORECASE)


# What ends a lead's sentence between its number and "về" (see lead_subject); a ";" only
# outside a list of addressees after "gửi".
_STOPS_BETWEEN = r"^(?!\s*(?:(?:khẩn|hỏa\s+tốc|hoả\s+tốc)\s+)?gửi\s)[^:;]*[:;]|:"


# Whom a document directs, right after its number, before its "về việc" ("... Công điện số
# 12/CĐ-UBND chỉ đạo các sở, ban, ngành, địa phương về việc tập trung ứng phó ..."; made up,
# draw10/2243's shape): the addressees of its own act, the trích yếu after its formal mark.
_DIRECTS = re.compile(r"^[\s,]*chỉ\s+đạo\s+(?:các|toàn\s+thể)\s[^.;:“\"]{0,150}$", re.IGNORECASE)


def _directed(between: str, about: re.Match[str]) -> bool:
    """Only whom the document directs stands before its "về việc" ``about`` (see _DIRECTS)."""
    return "việc" in about.group().casefold() and bool(_DIRECTS.match(between))


# ... never an anniversary's ("70 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái
# quốc"), nor one a body was asked or advised to make ("... xem xét và ra quyết định ...").
# (A day in figures is the lead's date: "Ngày 5/3 Ban Bí thư ra chỉ thị ...".)
LEAD_MAX = 400


_AIM_NEXT = re.compile(r"\s+nhằm\s+(?P<w>\w+)")


def aim_headlined(text: str, subject: list[str], above: list[str]) -> list[str]:
    """``subject``, the lead ``text``'s trích yếu ended before its "nhằm", read on to the
    sentence's end where a headline in ``above`` runs its words on past it without the "nhằm"
    ("... cấp bách khống chế dịch ..." over "... cấp bách nhằm khống chế dịch ..."; made up,
    draw11/2451's shape): the aim is then the title's, not the writer's."""
    words = " ".join(subject)
    at = text.find(words) if words else -1
    aim = _AIM_NEXT.match(text, at + len(words)) if at >= 0 else None
    if aim is None or not any(fold(f"{words} {aim['w']}") in fold(clean(line)) for line in above):
        return subject
    end = SENTENCE_END.search(text, aim.start("w"))
    return lead_words(text[at : end.start() if end else len(text)]) or subject


def closed_by_stop(c: str, subject: list[str]) -> bool:
    """The line ``c`` closes its trích yếu ``subject`` with a full stop: a sentence, whole, not
    a headline that shortens (see extended_by_lead). A lead repeated under it that runs on
    after a comma ("... hai cấp, hướng dẫn triển khai cụ thể tới ..."; made up, draw12/2576's
    shape: what else the letter does) is not the longer trích yếu."""
    words = " ".join(subject).casefold()
    at = c.casefold().find(words) if words else -1
    return at >= 0 and bool(re.match(r"\s*\.(?:\s|$)", c[at + len(words) :]))


def extended_by_lead(after: list[str], cit: Citation, found: Found) -> None:
    """The lead under a headline that names the same number again with a longer trích yếu, the
    headline's words and more ("Quy định 96-QĐ/TW ... về lấy phiếu tín nhiệm đối với chức danh,
    chức vụ lãnh đạo, quản lý" over "... Quy định số 96-QĐ/TW về việc lấy phiếu tín nhiệm đối
    với chức danh, chức vụ lãnh đạo, quản lý trong hệ thống chính trị."): a headline shortens,
    the lead's sentence gives the trích yếu whole."""
    headline = fold(" ".join(found.subject))
    for line in after:
        c = clean(line)
        again = next((x for x in find_citations(c) if x.number.key == cit.number.key), None)
        if again is None:
            continue
        lead = Found(above=[], posted=found.posted, record=found.record)
        lead_subject(c, again, lead)
        longer = fold(" ".join(lead.subject))
        if len(longer) > len(headline) and longer.startswith(headline):
            found.subject = lead.subject
        return
