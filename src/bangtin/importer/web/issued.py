"""A headline or lead saying a body issued a document ("X ban hành Kế hoạch ...").

Also a copy's own opening formula ("..., Đảng ủy Khối xây dựng Kế hoạch ... như sau:")."""

from __future__ import annotations

import re
from collections.abc import Callable

from bangtin.core.model import DocType
from bangtin.core.text import fold
from bangtin.importer.layout import Found
from bangtin.importer.lines import clean
from bangtin.importer.web.lead_date import DATES_OTHER, LEAD_DAY, SPAN_BEFORE, lead_date
from bangtin.importer.web.lead_words import (
    LEAD_ABOUT,
    SENTENCE_END,
    TYPE_BY_LENGTH,
    WRITERS_CLAUSE,
    lead_words,
)
from bangtin.importer.web.title import COMMUNIQUE_KIND, cut_short, notice_first
from bangtin.links.citations import find_citations

# A document's own opening formula in a copy without its header: "..., Đảng ủy Khối xây dựng Kế
# hoạch tổ chức đại hội Đảng các cấp ... như sau:" names its type and subject.
_LEAD_AS_FOLLOWS = re.compile(
    r"(?<!\w)(?:ban\s+hành|xây\s+dựng)\s+(?P<rest>[^.;:]{12,400}?)\s+như\s+sau\s*:",
    re.IGNORECASE,
)


# A headline's place before a colon ("Nghệ An: Tăng cường ..."), the paper's words; and a
# document's ask after its number in a lead ("... số 04/CT-UBND yêu cầu các sở, ... tăng cường
# ...").
PLACE_COLON = re.compile(r"^[^:.;]{2,30}:\s+")


# ... and the sentence goes on with the event's next act after "và" ("... về thành lập Ban tổ
# chức và thông qua dự thảo phân công nhiệm vụ ..."): where the trích yếu ends is not sure.
EVENT_ACTS = re.compile(
    r"\svà\s+(?:thông\s+qua|trao|tặng|phát\s+động|ra\s+mắt|ký\s+kết|bàn\s+giao|triển\s+khai"
    r"|quán\s+triệt)\s",
    re.IGNORECASE,
)


# A lead naming the document by its type alone: "Chiều nay ngày 26/3/2020, ... Phó Bí thư ... đã
# ký công văn hỏa tốc gửi ... về việc tạm dừng ...", "Ngày 24/9/2025, Ban Thường vụ Tỉnh ủy ban
# hành Công văn hỏa tốc về việc ...", "ngày 25/8, Chủ tịch ... đã có Thư kêu gọi ...".
_SIGNED = re.compile(
    # "... đã ra Lời kêu gọi ...": "ra" only after "đã" / "vừa" ("diễn ra", "đưa ra" are no issuing).
    # ("... tổ chức Hội nghị ký kết Chương trình phối hợp về ...": the bodies sign it together.)
    # ("... Bộ trưởng ... gửi công điện đến chủ tịch UBND các tỉnh ... về việc ...": a letter or a
    # telegram is sent, see _SENT_TYPES.)
    # ("... phát thư kêu gọi các cơ quan, ...": "phát" right before the type puts it out, made up,
    # draw11/2352's shape; signed_type reads only a type's name after it.)
    r"(?<!\w)(?:(?:(?:đã|vừa|mới)\s+)?(?:ký(?:\s+ban\s+hành|\s+kết)?|ban\s+hành|có|phát"
    r"|(?P<sent>gửi))"
    r"|(?:đã|vừa)\s+ra)\s+",
    re.IGNORECASE,
)


_SENT_TYPES = frozenset({DocType.CONG_VAN, DocType.CONG_DIEN})


# The words before a bare "có" that make it "to have" or "to plan", no issuing (see signed_type).
_MODAL_BEFORE = re.compile(
    r"(?<!\w)(?:và|để|phải|cần|sẽ|chưa|không|nếu|khi|chủ\s+động)\s+$", re.IGNORECASE
)


def _only_sent_to(between: str) -> bool:
    """Nothing but an urgency word and the addressees stand between a lead's type and its
    "về": no clause end, no other "về"; a list of addressees may hold ";" ("... Công điện khẩn
    gửi Giám đốc các sở, ban, ngành TP; Chủ tịch UBND các quận, huyện ... về việc ...")."""
    stops = r"[:.]|\bvề\b" if re.match(_SENT_TO, between) else r"[:;.]|\bvề\b"
    return not re.search(stops, between, re.IGNORECASE)


_SENT_TO = re.compile(r"\s*(?:(?:khẩn|hỏa\s+tốc|hoả\s+tốc)\s+)?gửi\s", re.IGNORECASE)


# A document to come, or one that must or may be made ("... cho đến khi có thông báo mới", "...
# phải có báo cáo UBND huyện ...", "... cần ban hành kế hoạch ..."): none issued.
_UNTIL_FURTHER = re.compile(r"(?<!\w)(?:khi|phải|cần|sẽ|chưa|không|nếu)\s+$", re.IGNORECASE)


def signed_type(line: str, found: Found) -> bool:
    """Type, date and subject of a dated lead that names the document by its type (see _SIGNED).

    A news item that "sent" or "had" a công văn reports on it, and a page that reports on one
    document takes it as its own (tests/fixtures/real/README.md): its type too. The lead's day
    may lack its year ("Ngày 10/10, Bộ ... có công điện khẩn gửi ... về ..."): the date is then
    left to fill, the rest read.
    """
    for m in _SIGNED.finditer(line):
        rest = line[m.end() :].casefold()
        name = next((t for t in TYPE_BY_LENGTH if rest.startswith(t.casefold() + " ")), None)
        if name is None or re.match(r"\s*số\b", rest[len(name) :]):
            continue
        if m.group().strip().casefold() == "có" and _MODAL_BEFORE.search(line, 0, m.start()):
            # "... để chủ động phòng tránh và có kế hoạch sản xuất phù hợp" (made up; draw11/2464's
            # shape): "có kế hoạch" after "và", "để", "phải", "cần" is to plan, no plan issued.
            continue
        if _UNTIL_FURTHER.search(line, 0, m.start()) or re.match(r"\s*mới\b", rest[len(name) :]):
            # "... từ 00 giờ ngày 12/7/2021 cho đến khi có thông báo mới": until further notice,
            # a notice to come, no document issued (its day is the measure's); see _UNTIL_FURTHER.
            continue
        if m["sent"] and (
            DocType.from_text(name) not in _SENT_TYPES
            or not (about := LEAD_ABOUT.search(line, m.end() + len(name)))
            or not _only_sent_to(line[m.end() + len(name) : about.start()])
        ):
            # ("... gửi báo cáo về Ban Tuyên giáo ...": what is sent back, not issued; "... đã gửi
            # công văn đến các chi bộ.": a letter sent, its matter not named, is not the page's.)
            continue
        date = lead_date(line, m.start(), found.posted)
        if date is None and not any(
            not SPAN_BEFORE.search(line, 0, d.start())
            for d in LEAD_DAY.finditer(line, 0, m.start())
        ):
            continue  # (no day of an act: "Từ ngày 05/5/2017, ... ban hành kế hoạch ...", 2831's)
        if found.date is None:
            found.date = date
        if found.doc_type is None:
            found.doc_type = DocType.from_text(name)
        end = m.end() + len(name)
        about = LEAD_ABOUT.search(line, end)
        if (
            not found.subject
            and about is not None
            and _only_sent_to(line[end : about.start()])
            # (Another document named before the "về": a page whose breaks were lost, "... ban
            # hành Đề cương tuyên truyền ... Thực hiện ... Hướng dẫn số 314 - HD/HĐĐTW ..., để
            # góp phần ... về truyền thống ...": that "về" is no longer the lead's.)
            and not find_citations(line[end : about.start()])
        ):
            stop = SENTENCE_END.search(line, about.end())
            found.subject = lead_words(line[about.end() : stop.start() if stop else len(line)])
        return True
    return False


# (... or its theme, aim, scope or the proposal it answers: see SENTENCE_END.)
_CLAUSE_AFTER = re.compile(
    r"\.?|nhằm|(?:gửi|tới)(?:\s+các)?|với\s+(?:chủ\s+đề|mục\s+đích|mục\s+tiêu)"
    r"|áp\s+dụng\s+(?:đối\s+)?với|thiết\s+thực|theo\s+đề\s+nghị\s+của"
    # ("..., với những nội dung cụ thể như sau:": the lead hands over to the text.)
    r"|với\s+(?:những\s+|các\s+)?nội\s+dung"
    # ("..., người liên quan đến vụ việc ...", "..., trên cơ sở ...": the writer's clause.)
    r"|" + WRITERS_CLAUSE
)


# An urgency word between the type and what follows: "công văn khẩn về việc ...".
_URGENT = re.compile(r"^(?:khẩn|hỏa\s+tốc|hoả\s+tốc)\s+", re.IGNORECASE)


ASKS = re.compile(r"^(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|gửi|giao|đồng\s+ý|tới|đến)\b", re.IGNORECASE)


def issued_type(
    line: str,
    found: Found,
    seen: int,
    top: list[str],
    *,
    again: bool,
    verbs: Callable[[str], list[re.Match[str]]],
) -> bool:
    """Type and subject of a headline or first lead that says a body issued a document.

    "Ban Bí thư T.Ư Đoàn ban hành kế hoạch tổ chức các hoạt động kỷ niệm 95 năm ..." (a paper's
    headline), "Hội Cựu chiến binh tỉnh mới đây vừa ban hành Kế hoạch tổ chức Đại hội ...": the
    page reports that one document. Its type is taken; the words after it are its trích yếu
    when they end the sentence there, short, and begin in small letters (not "số", not "này").
    Never a line that opens with "Ban hành": that is a decision's own subject ("Ban hành Quy
    định về ..." under "QUYẾT ĐỊNH").

    A headline is the editor's words, often shorter than the document's ("Châu Phú triển khai
    kế hoạch chuẩn bị Đại hội Đảng bộ các cấp" over a lead naming "kế hoạch chuẩn bị Đại hội
    Đảng các cấp, tiến tới ..."): ``again`` (the type was read from a headline) lets the lead's
    sentence that names the same type give the trích yếu instead. Returns whether the type was
    read from a headline, so that the next line may do so.
    """
    if seen > 3 or (found.doc_type is not None and not again):
        return again
    for m in verbs(line):
        rest = line[m.end() :]
        # ("... ban hành thông báo kết luận thanh tra việc ...": a Thông báo, "kết luận ..." its
        # trích yếu, as a title's; made up, draw13/2821's shape, see notice_first.)
        name = notice_first(_type_opening(rest))
        if name is None or re.match(r"\s*(?:số|này)\b", rest[len(name) :], re.IGNORECASE):
            if again and name is not None and _unconfirmed(line, rest[len(name) :], name, found):
                found.subject = []  # (the headline's words, the editor's: see _unconfirmed)
                return False
            continue
        if ASKED.search(line[: m.start()].rsplit(". ", 1)[-1]) or _MATTER_BEFORE.search(
            line, 0, m.start()
        ):
            # "... Ban Bí thư yêu cầu các tỉnh uỷ ... xây dựng, ban hành quy chế làm việc ...":
            # a document others are asked to make is not the page's.
            return again
        enacting = "" if _DECIDES.search(line, 0, m.start()) else _type_ending(line[: m.start()])
        if enacting and "hành" in m.group():
            # "... ký Nghị quyết liên tịch ban hành Quy chế phối hợp ...": the document is the
            # one that enacts, its trích yếu "ban hành Quy chế ...".
            name, rest = enacting, f"{enacting} {line[m.start() :].lstrip()}"
        if (joint := name) != (name := _joint_name(name, rest)) and _named_jointly(top, joint):
            # "... ký kết chương trình phối hợp hoạt động ..." over "... ký kết chương trình phối
            # hợp về việc ...": the page names it fully further on; read it there.
            return again
        doc_type = DocType.from_text(name)
        if again and doc_type is not found.doc_type:
            return False  # the lead names another document than the headline
        found.doc_type = doc_type
        # ("thông báo Kết luận của ...": the capital that made it no longer type opens the trích
        # yếu, see _capital_inside.)
        capital = any(_capital_inside(rest, t) for t in TYPE_BY_LENGTH if len(t) > len(name))
        tail = rest[len(name) :]
        if doc_type is DocType.THONG_CAO:  # "... ra Thông cáo đặc biệt báo tin ...": its kind
            tail = " " + COMMUNIQUE_KIND.sub("", tail.lstrip())
        words = _issued_words(tail, doc_type, capital=capital)
        if words and _numbered_inside(words[0], doc_type):
            words = []
        _named_after_words(rest[len(name) :], doc_type, found)
        headline = not again and not re.search(r"[.!?…:]\W*$", line)
        if words and (headline or verbs is setting_going) and cut_short(words[0], top):
            # The page's text goes on where these words stop: a headline's, or a plan's set
            # going, that shortened the trích yếu ("... triển khai kế hoạch vận động ủng hộ quỹ
            # ... năm 2023." over "... năm 2023 trên địa bàn phường ...").
            words = []
        if words and not headline and _titled_otherwise_above(top, line, name, words[0]):
            words = []
        if words and re.match(r"hội\s+nghị\s", m.group(), re.IGNORECASE):
            words = [AGENDA_NEXT.split(words[0], maxsplit=1)[0]]
        if words and (again or not found.subject):
            found.subject = words
        return headline
    return again


def _type_opening(rest: str) -> str | None:
    """The type name ``rest`` opens with (the longest), not one whose capital inside makes it
    another's words (see _capital_inside), or None."""
    return next(
        (
            t
            for t in TYPE_BY_LENGTH
            if rest.casefold().startswith(t.casefold() + " ") and not _capital_inside(rest, t)
        ),
        None,
    )


def _numbered_inside(words: str, doc_type: DocType | None) -> bool:
    """The words after an issued document's type hold its own number: "... xây dựng Chương
    trình phối hợp công tác dân vận số 15-CTr/BDV-CA-QSTP ngày 22/01/2018 về ...": written after
    some words of its name, so they are no trích yếu (where it starts is not sure)."""
    return any(
        DocType.from_text(x.number.type_name or "") is doc_type for x in find_citations(words)
    )


def _titled_otherwise_above(top: list[str], lead_line: str, name: str, words: str) -> bool:
    """A title among the first lines ``top``, above the lead ``lead_line``, names the lead's
    document by its type ``name`` and other words than the lead's ``words`` (no issuer among
    them), neither the other's words and more: "Kế hoạch tổ
    chức đợt sinh hoạt chính trị và tuyên truyền Đại hội MTTQ Việt Nam các cấp lần thứ X" over
    "... vừa triển khai Kế hoạch tổ chức đợt sinh hoạt chính trị và tuyên truyền về Đại hội
    MTTQ Việt Nam các cấp và Đại hội đại biểu toàn quốc ..." (made up; draw4/779's shape):
    which is the document's is not written (see _titled_apart)."""
    lead = fold(words).rstrip(" .")
    for line in top:
        if clean(line)[:60] == lead_line[:60]:
            return False  # (the lead's own line: the lines under it are its text)
        text = fold(clean(line)).rstrip(" .")
        if not text.startswith(fold(name) + " ") or len(text) > 250 or clean(line)[:1].islower():
            continue
        title = text[len(name) + 1 :]
        if len(title.split()) < 4 or not title[:1].isalpha() or title.startswith(("so ", "ve ")):
            continue
        if " cua " in f" {title} " or ":" in title:
            # ("Chương trình hành động của Ban Thường vụ ...", "Thông cáo đặc biệt: Chủ tịch
            # nước ... từ trần": the page's own account, no title of the document's.)
            continue
        if title != lead and not lead.startswith(title) and not title.startswith(lead):
            return True
    return False


# A conference that passes a resolution among other items ("... chủ trì hội nghị ra Nghị quyết
# lãnh đạo thực hiện nhiệm vụ ... năm 2026; tổng kết công tác ... năm 2025, triển khai ..."; made
# up, draw10/2109's shape): the next item of its agenda, after a semicolon, ends the trích yếu.
AGENDA_NEXT = re.compile(
    r"\s*;\s+(?=(?:tổng\s+kết|sơ\s+kết|đánh\s+giá|triển\s+khai|quán\s+triệt|bàn|thảo\s+luận"
    r"|cho\s+ý\s+kiến)(?!\w))",
    re.IGNORECASE,
)


# "quyết định" after a comma or a tense word is the verb "decide" ("Ban Tổ chức đã họp, quyết
# định ban hành Thể lệ Hội thi ...", "... vừa quyết định ban hành ..."; made up, draw10/2225's
# shape): the document issued is the one after "ban hành", no Quyết định that enacts it.
_DECIDES = re.compile(r"(?:,|(?<!\w)(?:đã|vừa|mới|sẽ))\s+quyết\s+định\s*$", re.IGNORECASE)


def _unconfirmed(line: str, after: str, name: str, found: Found) -> bool:
    """The lead ``line`` names a document of the headline's type ``name`` by its number
    (``after`` its type: "số ...") with a "về" of its own, and the headline's trích yếu is not
    among its words: "Ban Bí thư ra chỉ thị về bảo đảm an toàn thực phẩm" over "... đã ban hành
    Chỉ thị số 08-CT-TW ngày ... về tăng cường sự lãnh đạo ..." (made up; draw9/1938's shape,
    its number not read). The headline's words are the editor's: left to fill."""
    if DocType.from_text(name) is not found.doc_type or not found.subject:
        return False
    if not re.match(r"\s*số\s+\S+[^.;]{0,80}?\svề\s", after, re.IGNORECASE):
        return False
    return fold(" ".join(found.subject)).rstrip(" .") not in fold(line)


def _named_jointly(top: list[str], joint: str) -> bool:
    """One of the first lines ``top`` names a "Chương trình phối hợp" (``joint``) with its trích
    yếu after "về" (see _joint_name)."""
    pattern = re.compile(rf"(?<!\w){re.escape(joint)}\s+về\s", re.IGNORECASE)
    return any(pattern.search(clean(x)) for x in top)


# A few words of the type's name between it and "số": "Chương trình phối hợp công tác dân vận
# số 15-CTr/BDV-CA-QSTP", "Kế hoạch liên tịch số 12/KH-...".
_NAME_WORDS = re.compile(r"\s*(?:[a-zđà-ỹ]+\s+){1,6}(?=số\s+\d)")


def _named_after_words(after: str, doc_type: DocType | None, found: Found) -> None:
    """The number (and the date written with it) of the document a lead says a body issued,
    where it stands after a few words of the type's name in small letters (see _NAME_WORDS)
    and is of that type: the page's own, where no number was read."""
    words = _NAME_WORDS.match(after)
    if found.number is not None or words is None:
        return
    cit = next(iter(find_citations(after[words.end() :])), None)
    if (
        cit is not None
        and cit.start == 0
        and DocType.from_text(cit.number.type_name or "") is (doc_type)
    ):
        found.number = cit.number
        found.date = found.date or cit.date


# A body that sets its own plan going, named right before the verb ("Ủy ban MTTQ phường Sài
# Đồng triển khai kế hoạch ...", "Huyện ủy triển khai kế hoạch ..."), or a meeting that does so
# ("... tổ chức hội nghị (quán triệt,) triển khai kế hoạch ..."): a headline's or lead's plan.
# (... also one that draws it up: "Ban Thường trực Ủy ban MTTQ Việt Nam huyện xây dựng kế hoạch
# tổ chức Ngày hội ..."; made up, draw5/1018's shape.)
_SETS_GOING = re.compile(
    r"(?:(?<=\w)\s+|(?<!\w)hội\s+nghị\s+(?:quán\s+triệt\s*,?\s*)?)(?:triển\s+khai|xây\s+dựng)\s+"
    r"(?=kế\s+hoạch\s)",
    re.IGNORECASE,
)


def setting_going(line: str) -> list[re.Match[str]]:
    """The verbs that set a plan going in ``line`` (see _SETS_GOING), after a body's name."""
    return [
        m
        for m in _SETS_GOING.finditer(line, 1)
        if m.group().lstrip()[:1] in "hH" or body_ends(line[: m.start()])
    ]


# The words a body's name may end with in small letters: "Huyện ủy", "Ủy ban MTTQ xã", "Đảng ủy
# phường", "Tỉnh đoàn", "Chi bộ", "Liên đội", "Ủy ban".
_BODY_END_WORDS = frozenset(
    {"ủy", "uỷ", "xã", "phường", "huyện", "tỉnh", "quận", "đoàn", "bộ", "đội", "hội", "ban"}
)


# The words a body's name opens with, whatever it ends with: "Ban Bí thư", "Bộ Chính trị", "Bộ
# Thương mại", "Sở Y tế", "Ủy ban nhân dân tỉnh".
_BODY_HEADS = frozenset({"Ban", "Bộ", "Sở", "Ủy", "Uỷ", "UBND", "HĐND", "Cục", "Tổng", "Văn"})


def body_ends(text: str) -> bool:
    """``text`` ends with a body's name ("Ủy ban MTTQ phường Sài Đồng", "Huyện ủy"); not a
    sentence's first word, whose capital says nothing ("Để triển khai kế hoạch ...").
    (Also a clause of a few words that opens with a body's kind, its name in capitals, ending
    in small letters: "Ban Bí thư", "Bộ Thương mại"; made up, draw6/1331's shape.)"""
    sentence = re.split(r"[.!?:;]\s+|[,(\-–]\s*", text)[-1].split()
    if not sentence:
        return False
    last = sentence[-1]
    if last in _BODY_END_WORDS or (last[:1].isupper() and len(sentence) > 1):
        return True
    return sentence[0] in _BODY_HEADS and 1 < len(sentence) <= 6 and sentence[1][:1].isupper()


# Whom a letter went to and nothing else, before its bare "về": "... vừa có văn bản gửi UBND
# các tỉnh, thành phố trực thuộc Trung ương về công tác quản lý ..." (made up; draw8/1809's
# shape); never a verb of what it asks or does ("... gửi các tỉnh đề nghị tăng cường ... về",
# "... gửi các xã triển khai ... về").
# (An abbreviation's dot stands among them: "Ban cán sự Đảng UBND TP.HCM".)
_ADDRESSED = re.compile(
    r"gửi\s+(?:(?!(?:đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|hướng\s+dẫn|thông\s+báo|giao|triển\s+khai"
    r"|thực\s+hiện|báo\s+cáo|đồng\s+ý|cho\s+phép|về)\b)"
    r"(?:[^.;:!?“\"(]|\.(?=\S)))+?",
    re.IGNORECASE,
)


_BARE_ABOUT = re.compile(r"\svề\s+", re.IGNORECASE)


def sent_about(c: str, start: int) -> re.Match[str] | None:
    """The bare "về" of a letter named at ``start`` that only whom it went to stands before."""
    about = _BARE_ABOUT.search(c, start)
    if about is None or not _ADDRESSED.fullmatch(c, start, about.start()):
        return None
    return about


def _issued_words(after: str, doc_type: DocType | None, *, capital: bool = False) -> list[str]:
    """The trích yếu after an issued document's type (see issued_type), or none; opening with
    a capital only where ``capital`` (a longer type's word: "thông báo Kết luận của ...")."""
    words = _URGENT.sub("", after.strip())
    if (sent := sent_about(words, 0)) is not None:
        # "... vừa ban hành công văn gửi Ban cán sự Đảng UBND TP.HCM, ..., các Quận ủy, Huyện ủy
        # về tăng cường ..." (made up; draw6/1205's shape): whom it went to, then its "về".
        words = words[sent.start() :].lstrip()
    if quoted := _QUOTED_TITLE.match(words):
        # "... vừa có Thư ngỏ "San sẻ yêu thương cùng miền Trung," kêu gọi ...": the title in
        # quotes right after the type, its end marked by the closing quote (the comma inside it
        # is the sentence's); keyed without its outer quotes (tests/fixtures/real/README.md).
        return [quoted["q"].rstrip(' ,.;:”"').rstrip(" ,.;:")]
    # "Nghị quyết chuyên đề về phát triển ...": a thematic resolution, its trích yếu after "về".
    words = re.sub(r"^chuyên\s+đề\s+(?=về\s)", "", words, flags=re.IGNORECASE)
    stop = SENTENCE_END.search(words)
    while (
        stop is not None
        and stop.group().lstrip(" ,").startswith("ngày")
        and (DATES_OTHER.search(words, 0, stop.start()))
    ):
        # "... thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về ...": the
        # day dates the document the trích yếu names; it does not end it.
        stop = SENTENCE_END.search(words, stop.end())
    subject = words[: stop.start() if stop else len(words)].strip()
    if issuer := _ISSUER_ABOUT.match(subject):
        # "... ban hành Nghị quyết của Bộ Chính trị “về tăng cường ... đến năm 2020”.": the
        # issuer named before the "về", the quote opened there closes the trích yếu.
        subject = subject[issuer.end() :]
        if issuer["q"]:
            if "”" not in subject and '"' not in subject:
                return []
            subject = re.split(r"[”\"]", subject, maxsplit=1)[0]
    about = LEAD_ABOUT.match(f" {subject}")
    if about:
        subject = f" {subject}"[about.end() :]
    elif theme := _THEMED.search(subject):
        # Without "về" the words are the page's own account of the document, and a campaign's
        # theme after them ("... kế hoạch tổ chức chiến dịch ... hè 2020 với chủ đề “...”") the
        # page's too; after "về việc" the trích yếu may hold it (dev/219).
        subject = subject[: theme.start()]
    second = _SECOND_OF_TYPE.search(subject)
    if second and doc_type is not None and fold(second["type"]) == fold(doc_type.value):
        # "... triển khai kế hoạch tổ chức lễ kỷ niệm ... và kế hoạch tuyên truyền đại hội ..."
        # (made up; draw11/2356's shape): a second document of the same type, named after "và";
        # the first one's trích yếu ends before it.
        subject = subject[: second.start()]
    if (
        (subject[:1].islower() or (capital and not about))
        # (A notice's conclusions name who and where in full: longer than other trích yếu.)
        and 12 <= len(subject) <= (300 if capital else 200)
        and not ASKS.match(subject)
        # "... vừa ra lời kêu gọi các cơ quan, đơn vị, ... ủng hộ Quỹ ...": an appeal's
        # words name whom it calls on first, not its trích yếu.
        and not (doc_type in _APPEALS and not _CALLED_FOR.match(subject))
        # After "về việc" the subject is marked; else it must end the sentence, or a clause
        # of purpose or the addressees must follow it (", nhằm ...", "... tới Ủy ban ...").
        and (about or stop is None or _CLAUSE_AFTER.fullmatch(stop.group().strip(" ,")))
    ):
        return lead_words(subject)
    return []


# "và" and a type's name in a lead's words after an issued document's type (see _issued_words).
_SECOND_OF_TYPE = re.compile(
    r"\s+và\s+(?P<type>" + "|".join(re.escape(t) for t in TYPE_BY_LENGTH) + r")\s", re.IGNORECASE
)


# A title in quotes right after an issued document's type: "Thư ngỏ “...”", 'Thư ngỏ "..."'.
# (Only where the quote ends the title: at the sentence's punctuation, inside the quote or after
# it; not "“Tháng nhân đạo” năm 2019", a quoted name the title goes on after.)
_QUOTED_TITLE = re.compile(r"[“\"](?P<q>[^“”\"]{8,200}(?:[,.;:][”\"]|[”\"]\s*(?:[,.;:]|$)))")


_APPEALS = frozenset({DocType.LOI_KEU_GOI, DocType.THU_KEU_GOI})


# What an appeal calls for, opening its trích yếu ("Thư kêu gọi ủng hộ đồng bào ...", "Lời kêu
# gọi hưởng ứng phong trào ..."); anything else first is whom it calls on ("... đã có Thư kêu
# gọi cán bộ, công chức ... khẩn cấp ủng hộ ...", heldback/123; "... các cơ quan, đơn vị ...").
_CALLED_FOR = re.compile(
    r"(?:ủng\s+hộ|hưởng\s+ứng|chung\s+tay|quyên\s+góp|giúp\s+đỡ|chia\s+sẻ|tham\s+gia)\s",
    re.IGNORECASE,
)


# The issuer between an issued document's type and its "về", a quote perhaps opening there: "...
# Nghị quyết của Bộ Chính trị “về tăng cường ...”".
_ISSUER_ABOUT = re.compile(r"của\s+(?:[^\s“\"”,.;]+\s+){1,8}?(?P<q>[“\"])?(?=về\s)")


_THEMED = re.compile(r"\s+với\s+chủ\s+đề\s")


ASKED = re.compile(r"(?<!\w)(?:yêu\s+cầu|đề\s+nghị)\s+(?:các|toàn\s+thể)\s", re.IGNORECASE)


# ... and a document whose making is the matter of a request: "... vừa có văn bản gửi Ủy ban
# Thường vụ Quốc hội kiến nghị về việc ban hành nghị quyết của Quốc hội ..." (made up;
# draw11/2460's shape): the resolution is asked for, not issued.
_MATTER_BEFORE = re.compile(
    r"(?<!\w)(?:về\s+việc|kiến\s+nghị|đề\s+xuất|đề\s+nghị|xin)\s*$", re.IGNORECASE
)


def _capital_inside(text: str, name: str) -> bool:
    """``text`` writes the type ``name`` in small letters but a later word of it with a capital:
    "thông báo Kết luận của Phó Thủ tướng ..." is a Thông báo whose trích yếu opens with
    "Kết luận", not a Thông báo kết luận."""
    words = text[: len(name)].split()
    return text[:1].islower() and any(w[:1].isupper() for w in words[1:])


def _type_ending(text: str) -> str:
    """The type name that ``text`` ends with ("... ký Nghị quyết liên tịch "), or "".

    Matched without marks: a web copy may lose one ("18-2019-TT-BGDĐT Thông tu ban hành quy
    định ...": the Thông tư that enacts the Quy định)."""
    folded = fold(text.rstrip())
    return next((t for t in TYPE_BY_LENGTH if folded.endswith(" " + fold(t))), "")


def _joint_name(name: str, rest: str) -> str:
    """ "Chương trình phối hợp" only where its trích yếu follows "về" ("ký kết Chương trình phối
    hợp về “Đẩy mạnh ...”"); "chương trình phối hợp hoạt động khuyến học ..." is a Chương trình
    whose trích yếu opens with the verb "phối hợp" (keys 32, unseen/458), and so is "chương
    trình phối hợp giữa 2 đơn vị ...", the verb running on into between whom (made up;
    draw10/2113's shape; tests/fixtures/real/README.md)."""
    if not name.casefold().endswith(" phối hợp"):
        return name
    after = rest[len(name) :].lstrip().casefold()
    return name if after.startswith("về ") else name[: -len(" phối hợp")]


# A notice's own opening in a copy without its header: "Ban Thường vụ Đoàn trường thông báo đến
# các cơ sở Đoàn về việc huy động lực lượng ... cụ thể như sau:".
_NOTICE_AS_FOLLOWS = re.compile(
    r"(?<!\w)thông\s+báo\s+(?:đến|tới|cho)\s+[^.;:]{3,150}?\s+về\s+việc\s+(?P<s>[^;:]{10,400}?)"
    r"\s*,?\s+(?:cụ\s+thể\s+)?như\s+sau\s*:",
    re.IGNORECASE,
)


def as_follows(line: str, found: Found) -> bool:
    """Type and subject from a document's own "... xây dựng Kế hoạch ... như sau:" (see above),
    or a notice's own "... thông báo đến ... về việc ... như sau:" (see _NOTICE_AS_FOLLOWS)."""
    if (notice := _NOTICE_AS_FOLLOWS.search(line)) and found.doc_type in (None, DocType.THONG_BAO):
        found.doc_type = DocType.THONG_BAO
        if not found.subject:
            found.subject = lead_words(notice["s"])
        return True
    for m in _LEAD_AS_FOLLOWS.finditer(line):
        rest = m["rest"]
        name = next(
            (t for t in TYPE_BY_LENGTH if rest.casefold().startswith(t.casefold() + " ")), None
        )
        if name is None:
            continue
        if found.doc_type is None:
            found.doc_type = DocType.from_text(name)
        subject = rest[len(name) :].strip()
        if not found.subject and not re.match(r"(?i)số\b", subject):
            found.subject = lead_words(subject)
        return True
    return False


# A lead's news that a body "vừa" or "đã" notified, the matter of its notice after "về việc",
# whom it went to maybe between: "Hội Văn nghệ dân gian thành phố vừa thông báo đến hội viên về
# việc xét giải thưởng năm 2021." (made up; draw11/2375's and 2389's shapes, as draw4/804 and
# draw11/2380 key it): the notice, its "về việc" marking the trích yếu as a V/v line does. (Not a
# headline's "Thành phố thông báo về việc ...", the page's words, nor the noun: "theo thông báo
# của ...", "các thông báo về việc ...".)
_NOTIFIES = re.compile(
    r"(?<!\w)(?P<w>\w+)\s+(?:vừa|đã|mới)\s+(?:chính\s+thức\s+)?thông\s+báo"
    r"(?:\s+(?:đến|tới|cho)\s+[^.;:!?“”\"]{3,100}?)?\s+về\s+việc\s+(?=\w)"
)
_NOT_A_BODY = frozenset({"theo", "các", "những", "một", "này", "tại", "có", "ra", "phát", "đó"})


def notified(c: str, found: Found) -> bool:
    """Type and trích yếu of the notice a lead ``c`` says a body gave (see _NOTIFIES), where
    none was read."""
    m = _NOTIFIES.search(c)
    if m is None or found.doc_type is not None or found.subject or m["w"].casefold() in _NOT_A_BODY:
        return False
    stop = SENTENCE_END.search(c, m.end())
    if not (words := lead_words(c[m.end() : stop.start() if stop else len(c)])):
        return False
    found.doc_type, found.subject = DocType.THONG_BAO, words
    return True
