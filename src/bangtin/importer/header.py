"""The layout reader's header: number, date, place, header lines, type heading, subject, Kính gửi."""

from __future__ import annotations

import datetime as dt
import re

from bangtin.core.model import DocType
from bangtin.core.numbers import DocNumber, parse_number
from bangtin.core.text import fold
from bangtin.importer.layout import MOTTO_CAPS, Found
from bangtin.importer.lines import (
    ENUMERATION,
    ITEM,
    KINH_GUI,
    NOI_NHAN,
    NOISE,
    NUMBER_LINE,
    PARAGRAPH_OPENER,
    RIGHT_HAND_NAMES,
    STAMPS,
    V_V,
    blank_date_place,
    clean,
    compact_key,
    date_in,
    doc_type_line,
    glyph_codes,
    heading_number,
    is_caps,
    is_motto,
    is_right_hand,
    is_rule,
    names_the_next_number,
    number_in,
    type_lead,
    without_hard_break,
)


def read_header(lines: list[str], found: Found) -> int:
    """Fill number, date, place, issuer lines, type, subject and Kính gửi; return the body start."""
    limit = min(len(lines), 80)
    type_idx = None
    date_idx = None
    stop_idx = None
    carried = False
    last = ""
    for i in range(limit):
        c = clean(lines[i])
        last, above = (c or last), last
        if (
            found.number is None
            and (number := number_in(c)) is not None
            and not names_the_next_number(above)
        ):
            found.number, found.number_idx = number, i
            if found.date is None and (day := _number_line_day(c)) is not None:
                found.date = day
        elif found.date is None and (pd := date_in(c)) is not None:
            found.place, found.date = pd
            date_idx = i
        elif found.date is None and not found.place and (place := blank_date_place(c)):
            found.place = place
        elif type_idx is None and (doc_type := doc_type_line(c)) is not None:
            if _heading_again(lines, i, doc_type) or _number_below(lines, i):
                continue
            found.doc_type, type_idx = doc_type, i
            if found.number is None and (own := heading_number(c)) is not None:
                # "THÔNG TƯ 15/2017/TT-BCT" / "ngày 31 tháng 8 năm 2017" / the title: a law
                # archive's title block over a text without its header.
                found.number, carried = own[1], True
            break
        elif type_idx is None and (both := type_lead(c)) is not None:
            if _heading_again(lines, i, both[0]) or _number_below(lines, i):
                continue
            type_idx = i
            _type_and_subject(c, both, found)
            break
        elif KINH_GUI.match(c) or (found.number is not None and _is_body_line(c)):
            stop_idx = i
            break
        elif stop_idx is None and _vv_line(c):
            stop_idx = i  # without a number (a draft, an OCR scan) the V/v line ends the header
    _flat_header(lines, found)
    # Without a number or a heading, the place and date line closes the header block (a
    # document whose number was left blank or lost, "BCH ĐOÀN TP. HỒ CHÍ MINH" / "***" / ...).
    header_end = next(
        x for x in (type_idx, found.number_idx, stop_idx, date_idx, 0) if x is not None
    )
    sure = type_idx is not None or _header_marks(lines, header_end, found)
    if carried:
        # Over a heading that carries the number only the motto says a header stands there
        # (a site's label, "TƯ VẤN & DỊCH VỤ |", is no issuer).
        sure = any(is_right_hand(clean(x)) for x in lines[:header_end])
    found.left = _left_block(lines, header_end) if sure else []
    # After the number or the type line comes the subject; after a V/v or Kính gửi line that
    # ended a header without either, that line itself is read next.
    end = header_end + 1 if (type_idx is not None or found.number_idx is not None) else header_end
    if type_idx is not None:  # under a type heading, or a heading that carries the subject too
        end = _read_subject(lines, _joint_parties(lines, type_idx, found) + 1, found, caps_ok=True)
        _annex_heading(lines, end, found)
    elif found.number_idx is not None:
        end = _read_subject(lines, found.number_idx + 1, found, caps_ok=False)
    if found.subject and not any(clean(x) for x in lines[end:]) and end > header_end + 1:
        # The stored page ends inside the title block ("THÔNG TƯ LIÊN TỊCH" / "HƯỚN"): where
        # the trích yếu stops cannot be told, so it is left to fill.
        found.subject = []
    # "V/v" may stand elsewhere in the header when the columns are interleaved.
    if not found.subject:
        for i in range(min(end + 3, len(lines))):
            if _vv_line(clean(lines[i])):
                end = max(end, _read_subject(lines, i, found, caps_ok=False))
                break
    if (
        found.doc_type is DocType.CHUONG_TRINH
        and compact_key(" ".join(found.subject)) == "hanhdong"
    ):
        # "CHƯƠNG TRÌNH HÀNH ĐỘNG" / "Thực hiện Nghị quyết ...": the keys' trích yếu is "Hành động
        # thực hiện ..." (dev/101, draw4/780); "Hành động" alone is cut short, and where the
        # title under it ends is not sure beside the body's own "Thực hiện ...": left to fill.
        found.subject = []
    _authority_off(found)
    _conclusion_notice(found)
    _number_after_subject(found)
    if _column_glued_on(found.subject):
        found.subject = []
    _gazette_title(found)
    _type_in_title(found)
    if not found.subject and found.number is None and type_idx is None and stop_idx is not None:
        _title_over_kinh_gui(lines, stop_idx, found)
    return _under_title(lines, end, found)


def _type_in_title(found: Found) -> None:
    """The type a site's title above the document gives it with its own number, where the header
    gives none: "Công văn 3397/BKHĐT-QLKTTW năm 2019 hướng dẫn ... do Bộ Kế hoạch và Đầu tư ban
    hành." over the header (made up; draw13/2878's shape, a legal site's crawled text): the title
    names this document, its number the header's (the corpus README: a site's title for that
    number gives the type). Another number, or none, says nothing."""
    if found.doc_type is not None or found.number is None:
        return
    for line in found.above[-3:]:
        m = _TITLE_TYPE.match(clean(line))
        if m is None or (kind := DocType.from_text(m["type"])) is None:
            continue
        if (number := parse_number(m["number"])) is not None and number.key == found.number.key:
            found.doc_type = kind
            return


# A title opening on a type's name and a number: "Công văn 3397/BKHĐT-QLKTTW năm 2019 ...",
# "Quyết định số 435/QĐ-UBND ...".
_TITLE_TYPE = re.compile(r"^(?P<type>[^\W\d_][^\d:]{2,30}?)\s+(?:số\s*:?\s*)?(?P<number>\d\S+)")


def _authority_off(found: Found) -> None:
    """A trích yếu in capitals without the enacting authority glued after it on its last line.

    "QUYẾT ĐỊNH V/V BAN HÀNH ... TRONG TÌNH HÌNH MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM", "... CÔNG
    TÁC CƠ YẾU TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM" (made up; draw13/2877's and 2880's shape,
    a crawler's text that joined the title block into one line): the authority is the header's
    own name, or its head's title before that name (_head_of), as its own line would be
    (_is_authority_line). A name its trích yếu waits for ("... CỦA ỦY BAN NHÂN DÂN TỈNH ...")
    stays.
    """
    if not found.subject or not found.left or not is_caps(found.subject[-1]):
        return
    last = found.subject[-1]
    words = last.split()
    whole = " ".join(found.left)
    for k in range(1, len(words)):
        tail, head = " ".join(words[k:]), " ".join(words[:k])
        # (the name whole, never its last line alone: "... TRÊN ĐỊA BÀN TỈNH QUẢNG NAM" under
        # "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NAM" is the trích yếu's own place)
        own = compact_key(tail) == compact_key(whole) or any(
            _head_of(tail, n) for n in (whole, found.left[-1])
        )
        if own:
            # (the longest such tail only; a name the words before wait for, "... CỦA CHỦ TỊCH
            # ỦY BAN NHÂN DÂN TỈNH ...", "... CỦA VĂN PHÒNG CHÍNH PHỦ", is the trích yếu's own)
            if not _NAME_AWAITED.search(" ".join([*found.subject[:-1], head])):
                found.subject[-1] = head
            return


# A word that waits for a body's name, at most two words before the name: "CỦA", "CỦA CHỦ TỊCH",
# "CỦA VĂN PHÒNG" (see _WAITS_FOR_NAME).
_NAME_AWAITED = re.compile(
    r"\b(?:CỦA|VÀ|VỚI|CHO|TẠI|THUỘC|GIỮA|ĐỐI VỚI|TRỰC)(?:\s+\S+){0,2}\s*$", re.IGNORECASE
)


def _conclusion_notice(found: Found) -> None:
    """A heading "THÔNG BÁO KẾT LUẬN" over what was concluded ("CỦA BAN THƯỜNG VỤ ..."; made up,
    draw6/1260's shape) is a Thông báo whose trích yếu opens with "kết luận", or a Kết luận
    where the number's code says so ("05/KL-LĐLĐ"): the README's key convention."""
    if found.doc_type is not DocType.THONG_BAO_KET_LUAN:
        return
    if found.number is not None and found.number.type_code == "KL":
        found.doc_type = DocType.KET_LUAN
        return
    found.doc_type = DocType.THONG_BAO
    if found.subject:
        first = found.subject[0]
        found.subject[0] = f"{'KẾT LUẬN' if is_caps(first) else 'kết luận'} {first}"


def _under_title(lines: list[str], end: int, found: Found) -> int:
    """The place and date or the Kính gửi under the title block at ``end``; the body's start."""
    for i in range(end, min(end + 12, len(lines))):
        c = clean(lines[i])
        if found.date is None and (pd := date_in(c)) is not None:
            # Letters and appeals (Thư ngỏ, Lời kêu gọi) put the place and date under the title.
            found.place, found.date = pd
            end = i + 1
            continue
        # An urgency stamp may stand between the subject and "Kính gửi" ("KHẨN", "HỎA TỐC").
        if not c or is_rule(c) or date_in(c) or is_right_hand(c) or compact_key(c) in STAMPS:
            continue
        if is_caps(c) and _header_again(lines, i, compact_key(c), found):
            continue  # the issuer's name over an old circular's Kính gửi ("THỦ TƯỚNG CHÍNH PHỦ")
        if KINH_GUI.match(c):
            return _read_kinh_gui(lines, i, found)
        break
    return end


# The gazette's title block of an older state document, as legal-text sites keep it: "CHỈ THỊ" /
# The number's line with the date run on after it and nothing else: "Số: 04 – NQ/HNTW, ngày
# 14/01/1993" (made up; draw8/1755's shape: a library's copy of a resolution without header or
# place), also "ngày 14 tháng 01 năm 1993".
_NUMBER_LINE_DAY = re.compile(
    r"^S(?:ố|Ố)\s*:?\s*[^,;()]+?\s*,?\s+ngày\s+(?P<d>\d{1,2})(?:\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]"
    r"\s*|\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+)(?P<y>(?:19|20)\d\d)\W*$",
    re.IGNORECASE,
)


def _number_line_day(c: str) -> dt.date | None:
    """The date run on after the number on its line (see _NUMBER_LINE_DAY), or None."""
    m = _NUMBER_LINE_DAY.match(c)
    if m is None:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"] or m["m2"]), int(m["d"]))
    except ValueError:
        return None


# "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG" / "NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC ..." (no
# header, no "Số:" line, no place and date line): the issuer, the number and the date between
# the heading and the subject, which may open with any word ("... NĂM 2006 BAN HÀNH" / "QUY ĐỊNH
# ...", "... NĂM 2005 HƯỚNG DẪN THỰC HIỆN ..."); the date may be in figures ("CỦA CHỦ TỊCH HỘI
# ĐỒNG BỘ TRƯỞNG SỐ 124-CT NGÀY 13-5-1986" / "VỀ VIỆC ...").
_GAZETTE = re.compile(
    r"^CỦA\s+[^;]{3,120}?\s+SỐ\s*:?\s*(?P<num>[^\s,;]+)\s*,?\s+NGÀY\s+(?P<d>\d{1,2})"
    r"(?:\s+THÁNG\s+(?P<m>\d{1,2})\s+NĂM\s+|\s*[-/.]\s*(?P<m2>\d{1,2})\s*[-/.]\s*)"
    r"(?P<y>(?:19|20)\d\d)\s+\w",
    re.IGNORECASE,
)


def _gazette_title(found: Found) -> None:
    """Number and date of a gazette title block (see _GAZETTE), where the header gave neither."""
    m = _GAZETTE.match(" ".join(" ".join(found.subject).split()))
    if m is None or found.number is not None or found.date is not None:
        return
    number = parse_number(m["num"])
    # (An old number without a type code, "124-CT" of the Chủ tịch HĐBT, is the block's own
    # under its heading: the heading gives the type.)
    if number is None or (number.type_code is None and found.doc_type is None):
        return
    found.number = number
    try:
        found.date = dt.date(int(m["y"]), int(m["m"] or m["m2"]), int(m["d"]))
    except ValueError:
        found.date = None


# "... khu vực nông thôn (3585/VP-KTN, ngày 23/10/2017).": the number and date in brackets.
_NUMBER_TAIL = re.compile(
    r"\s*\((?:số\s*:?\s*)?(?P<num>[^\s,;()]+)\s*,?\s*ngày\s+(?P<d>\d{1,2})\s*[/.-]\s*"
    r"(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>(?:19|20)\d\d)\s*\)\W*$",
    re.IGNORECASE,
)


_TYPE_FIRST = "(?:" + "|".join(re.escape(t.value.casefold()) for t in DocType) + r")\b"


def _title_over_kinh_gui(lines: list[str], stop: int, found: Found) -> None:
    """The one line a copy without header puts above "Kính gửi": the trích yếu.

    "Hỗ trợ giáo dục miền núi năm học 2016-2017" / "Kính gửi: Công đoàn Giáo dục các huyện" (a
    union's web copy that kept neither header nor number): a title, not a sentence.
    """
    if not KINH_GUI.match(clean(lines[stop])):
        return
    above = [clean(x) for x in lines[:stop] if clean(x)]
    if len(above) != 1:
        return
    title = above[0]
    if (
        len(title) <= 250
        and not re.search(r"[.:;!?]$", title)
        and not (
            is_rule(title) or is_right_hand(title) or date_in(title) or NUMBER_LINE.match(title)
        )
        and not _is_body_line(title)
        # A title that names a type or a number is read_title's or read_headline's to read
        # ("Công văn số 293-CV/TW ... về việc ...", "Thông báo Khẩn ngày 18/10/2020").
        and not re.match(_TYPE_FIRST, title.casefold())
        and parse_number(title) is None
        and not re.search(r"\d+\s*[-/]\s*[A-ZĐ]", title)
    ):
        found.subject = [title]


# Three words in capitals or more at the end of a line of a trích yếu in sentence case: another
# column's words glued on by an OCR or a text layer (a received stamp beside a letter's V/v:
# "chỉnh thuế TTĐB của hàng HUE TINH HOA BÌNH", made up; draw11/2406's shape).
_CAPS_RUN_END = re.compile(r"(?:\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ0-9]+){3,}\s*[.,;]?$")


def _column_glued_on(subject: list[str]) -> bool:
    """A trích yếu in sentence case with a line ending in a run of capitals (_CAPS_RUN_END):
    which words are its own cannot be told, and it is left to fill (no key of the corpus's
    sentence-case trích yếu ends a line so)."""
    words = [V_V.sub("", x) for x in subject]  # "V/v TUYÊN TRUYỀN ...": capitals throughout
    if not words or not any(ch.islower() for ch in words[0]):
        return False
    return any(any(ch.islower() for ch in x) and _CAPS_RUN_END.search(x) for x in words)


def _number_after_subject(found: Found) -> None:
    """A portal's title that gives the trích yếu, then the number and date in brackets.

    "Về việc báo cáo tình hình ... (3585/VP-KTN, ngày 23/10/2017)." (a province's list of its
    office's công văn): where the header gave no number, they are the document's own, and the
    brackets are no part of the subject.
    """
    if found.number is not None or not found.subject:
        return
    m = _NUMBER_TAIL.search(found.subject[-1])
    if m is None or (number := parse_number(m["num"])) is None:
        return
    try:
        date = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return
    found.number = number
    if found.date is None:
        found.date = date
    found.subject[-1] = found.subject[-1][: m.start()].rstrip()


_FLAT_NUMBER = re.compile(r"(?:^|[\s*])(?=S(?:ố|\?)?\s*:)")


_JOINT = frozenset(
    {DocType.THONG_TU_LIEN_BO, DocType.THONG_TU_LIEN_TICH, DocType.NGHI_QUYET_LIEN_TICH}
)


def _joint_parties(lines: list[str], type_idx: int, found: Found) -> int:
    """The index of the line that ends a joint document's heading: "THÔNG TƯ LIÊN BỘ" /
    "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI - TÀI CHÍNH" (the parties' names, in capitals, joined by
    dashes) / the trích yếu. The parties are the heading's, never the subject's first line."""
    if found.doc_type not in _JOINT:
        return type_idx
    nxt = next(
        (j for j in range(type_idx + 1, min(type_idx + 4, len(lines))) if clean(lines[j])), None
    )
    if nxt is None:
        return type_idx
    c = clean(lines[nxt])
    parts = [p for p in re.split(r"\s[-–]\s|-(?=[A-ZĐ])", c) if p.strip()]
    if (
        is_caps(c)
        and len(parts) >= 2
        and all(len(p.split()) <= 7 for p in parts)
        and not re.match(r"^(?:VỀ|V/V|HƯỚNG DẪN|QUY ĐỊNH|BAN HÀNH|SỬA ĐỔI)\b", c)
    ):
        return nxt
    return type_idx


def _header_marks(lines: list[str], header_end: int, found: Found) -> bool:
    """A header without a type heading has its number, its date or its right column (a motto,
    a name in its place) near ``header_end``.

    Capitals over a "V/v" with none of them ("THÔNG TIN Ý KIẾN" / "Quảng Trị" / "V/v ...": a
    portal's labels) are not sure to be the issuer's column: left to fill. (Over a type heading
    they are: "CÔNG ĐOÀN GIÁO DỤC HUẾ" / "CÔNG ĐOÀN THCS ..." / "BÁO CÁO".)
    """
    if found.number is not None or found.date is not None:
        return True
    return any(is_right_hand(clean(x)) for x in lines[: header_end + 14])


_BLANK_CODE = re.compile(r"[A-ZĐ]{1,6}\s*/\s*[A-ZĐ]{1,8}(?:\s*-\s*[A-ZĐ]{1,8})?")


def _after_so(lines: list[str], i: int) -> bool:
    """Line ``i`` stands right under a "Số" or "Số:" alone (a blank number's line split)."""
    above = next((clean(x) for x in reversed(lines[max(0, i - 2) : i]) if clean(x)), "")
    return re.fullmatch(r"(?i:s)ố\s*:?|SỐ\s*:?", above) is not None


def _left_block(lines: list[str], header_end: int) -> list[str]:
    """The header's left column: capitals before the number (or the type line), as written.

    The right-hand block is left out: the motto, and an organisation's name that takes the
    motto's place ("ĐOÀN TNCS HỒ CHÍ MINH", "HỘI NÔNG DÂN VIỆT NAM"), also where a Đoàn or Hội
    copy took the state's layout with the national motto. Beside that motto, only the
    confederation of labour's name is a body over the issuer (see _SUPERIOR_NAMES).
    """
    motto = any(is_motto(clean(x)) for x in lines[: header_end + 14])
    if any(_motto_then_left(clean(x)) or _motto_inside(clean(x)) for x in lines[: header_end + 1]):
        # A scan's text layer interleaved the columns: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ
        # GIÁO DỤC VÀ ĐÀO TẠO", "... VIỆT NAM BINH VÀ XÃ HỘI" (the rest of "BỘ LAO ĐỘNG – THƯƠNG").
        # Which left lines belong together cannot be told: the header is left to fill.
        return []
    left: list[str] = []
    for i in range(_after_prose(lines, header_end), header_end):
        # A hard break's backslash a PDF printed from Markdown kept ("ỦY BAN THƯỜNG VỤ\\"; made
        # up, draw11/2405's PDF): no body's name ends with one.
        c = without_hard_break(_without_name_head(clean(lines[i]).strip("* ")))
        if (
            c
            # "Số     CV/ĐU": a number line left blank, its code alone (a Party committee's
            # letter whose serial is filled in by hand; draw15/3118's shape), names no body,
            # also where the wide gap split it into "Số" / "CV/ĐU".
            and not NUMBER_LINE.match(clean(lines[i]))
            and not (_BLANK_CODE.fullmatch(c) and _after_so(lines, i))
            and is_caps(c)
            and (
                not is_right_hand(c)
                or (
                    motto
                    and not is_motto(c)
                    and (
                        compact_key(c) in _SUPERIOR_NAMES
                        or _among_left(lines, i)
                        or _over_its_board(lines, i)
                    )
                )
            )
            and doc_type_line(c) is None
            and type_lead(c) is None
            and not c.startswith(("/", "-", "–"))  # "/KH-LĐ": a blank number's code
            # "TIN VĂN NGHỆ: THÔNG BÁO ...": a page's label and title; a body's name holds no colon.
            and ":" not in c
            # "(TNV) -": a news page's source tag before the number's line, no body's name.
            and not re.fullmatch(r"\([^()]{1,24}\)\s*[-–—:]?", c)
            # A year is never in a body's name: "NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2014-2015 CỦA ..." is
            # the title of another page's article above the document.
            and (not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", c) or _congress_term(left, c))
            and not is_rule(c)
            and date_in(c) is None
            and number_in(c) is None
            # "SỐ: 15-BTC/TT" whose number could not be read is still the number's line.
            and not _NUMBER_OPEN.match(c)
            # A number alone on its line ("3313/BVHTTDL-VHDT", a site's title over the copy) and
            # a line ending with a stop ("• PDF.", a link's label) name no body.
            and parse_number(c) is None
            and (not c.endswith(".") or _BLANK_NAME.fullmatch(c) is not None)
            and not NOISE.match(c)
            and compact_key(c) not in STAMPS
            # A scan's wrapped piece of the motto ("CỘNG HÒA XÃ", "CỘNG HÒA XÃ HỘI") is no body.
            and not _motto_piece(c)
            and not _type_stub(lines, i, c)
            and not _said_twice(c)
            and not _GAZETTE_SECTION.fullmatch(c)
        ):
            left.append(c)
    for k in range(1, len(left)):
        if " ".join(left[:k]).split() == " ".join(left[k:]).split():
            # The page wrote the header twice (a preview, then the document; a gazette's
            # heading with the name on one line, then the header with it wrapped: draw12/2677's
            # shape): one header, the lines over the number.
            return left[k:]
    return left


# A gazette's section heading over the documents of its part: "VĂN BẢN QUY PHẠM PHÁP LUẬT",
# "PHẦN II. VĂN BẢN KHÁC", "VĂN BẢN HỢP NHẤT" (made up; draw11/2432's shape, the Công báo's PDF
# text: the section, the issuer's name as the gazette's heading, then the document's header with
# that name again, read once as a header written twice is). No body is named so.
_GAZETTE_SECTION = re.compile(
    r"(?:PHẦN\s+[IVX]+\s*[.:-]?\s*)?VĂN\s+BẢN\s+(?:QUY\s+PHẠM\s+PHÁP\s+LUẬT|HỢP\s+NHẤT|"
    r"(?:PHÁP\s+LUẬT\s+)?KHÁC)"
)


# A unit's kind with its name left as dots, a form's header: "XÃ ..........", "ĐẢNG ỦY ......."
# (made up; draw10/2227's shape, a Word template's text layer).
_BLANK_NAME = re.compile(r"[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]{1,30}\s*[.…]{4,}")


def _congress_term(left: list[str], line: str) -> bool:
    """``line`` is a congress's number and term under its name ("ĐẠI HỘI ĐẠI BIỂU ..." / "LẦN
    THỨ XI, NHIỆM KỲ 2017 – 2022"): a header line, its years and all."""
    return bool(left and "ĐẠI HỘI" in left[-1] and re.match(r"^(?:LẦN THỨ|NHIỆM KỲ)\b", line))


def _said_twice(line: str) -> bool:
    """The same words twice on one line ("CHỈ ĐẠO ĐIỀU HÀNH CHỈ ĐẠO ĐIỀU HÀNH", "VĂN BẢN CHỈ ĐẠO
    VĂN BẢN CHỈ ĐẠO"): a site's menu label rendered for two screens, never a body's name."""
    words = line.split()
    half = len(words) // 2
    return half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]


# The first words of the types' names written in more than one word ("THÔNG" of "THÔNG TƯ").
_TYPE_STUBS = frozenset(t.value.split()[0].upper() for t in DocType if " " in t.value)


def _type_stub(lines: list[str], i: int, c: str) -> bool:
    """``c``, at ``i``, is a heading cut to its first word below the number or the date line
    ("Số: 40/2016/TT-BLĐTBXH" / ... / "Sóc Trăng, ngày ..." / "THÔNG" / "HƯỚNG DẪN ...": the
    "TƯ" lost): no body's name is one such word."""
    return c in _TYPE_STUBS and any(
        number_in(clean(x)) is not None or date_in(clean(x)) is not None for x in lines[:i]
    )


def _over_its_board(lines: list[str], i: int) -> bool:
    """The organisation's name at ``i`` is over a board that names itself by it: "HỘI CHỮ THẬP
    ĐỎ VIỆT NAM" / "BAN THƯỜNG VỤ TRUNG ƯƠNG HỘI" (beside the national motto): the body over the
    issuer, as the confederation of labour's name is."""
    below = next((clean(x) for x in lines[i + 1 :] if clean(x) and not is_rule(clean(x))), "")
    return clean(lines[i]).startswith("HỘI ") and bool(re.match(r"^BAN\s.*\sHỘI$", below))


def _among_left(lines: list[str], i: int) -> bool:
    """An organisation's name at ``i`` stands between two lines of the left column: one of a
    joint document's bodies ("BAN THƯỜNG TRỰC UBTWMTTQ ..." / "HỘI CHỮ THẬP ĐỎ VIỆT NAM" / "HỘI
    NGƯỜI CAO TUỔI ..."), not the motto's place, which the national motto holds."""
    above = next((clean(x) for x in reversed(lines[:i]) if clean(x) and not is_rule(clean(x))), "")
    below = next((clean(x) for x in lines[i + 1 :] if clean(x) and not is_rule(clean(x))), "")
    return all(
        is_caps(x) and not is_right_hand(x) and number_in(x) is None and doc_type_line(x) is None
        for x in (above, below)
    )


def _after_prose(lines: list[str], header_end: int) -> int:
    """The index after the last line of prose above ``header_end``: the header's left column
    stands under it.

    A unit's site puts its menu in capitals over a post's title and teaser, then the document
    ("CƠ CẤU TỔ CHỨC" / "ĐƠN VỊ CƠ SỞ" / "Chào mừng Đại hội Đoàn các cấp ..." / "Đẩy mạnh ..." /
    "KẾ HOẠCH"): capitals above such a line are the page's, never the issuer's column.
    """
    for i in range(header_end - 1, -1, -1):
        c = clean(lines[i])
        if (
            len(c) > 100
            and not is_caps(c)
            and not (date_in(c) or is_right_hand(c) or V_V.match(c) or _NUMBER_OPEN.match(c))
        ):
            return i + 1
    return 0


_NUMBER_OPEN = re.compile(r"^S\s?ố\s*(?:và\s*ký\s*hiệu\s*)?(?::|\d)", re.IGNORECASE)
# The unions take the state's layout: "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM" over "CÔNG ĐOÀN GIÁO
# DỤC VIỆT NAM", beside the national motto, is the superior body's line of their left column.
_SUPERIOR_NAMES = {compact_key("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM")}
# An organisation's name in the motto's place glued before a left-column line, or before the
# national motto, by a copy that ran the columns together: "ĐỘI TNTP HỒ CHÍ MINHLIÊN ĐỘI TRƯỜNG
# TH ...", "ĐỘI TNTP HỒ CHÍ MINH ĐỘI TNTP HỒ CHÍ MINH HỘI ĐỒNG TỈNH ...", "ĐỘI TNTP HỒ CHÍ MINH
# CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM".
_NAME_HEAD = re.compile(
    r"^(?:"
    + "|".join(
        r"\s*".join(re.escape(w) for w in t.split())
        for t in RIGHT_HAND_NAMES
        # (the Party's and the nation's mottos glued so: see _motto_then_left)
        if t.isupper()
        and not t.startswith(("ĐẢNG", "CỘNG"))
        and compact_key(t) not in _SUPERIOR_NAMES
    )
    + r")(?=\s*\w)\s*",
    re.IGNORECASE,
)

_PLACE_HEAD = re.compile(
    r"(?:TP\.?|THÀNH\s+PHỐ|TỈNH|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|THỊ\s+TRẤN)(?!\w)", re.IGNORECASE
)


def _without_name_head(line: str) -> str:
    """``line`` without an organisation's name glued before its words (see _NAME_HEAD); "" when
    nothing but such names and the national motto are left."""
    rest = line
    while (
        (m := _NAME_HEAD.match(rest))
        and is_caps(rest[m.end() :])
        # "ĐOÀN TNCS HỒ CHÍ MINH TP HÀ NỘI": the name goes on with its place, one body.
        and not _PLACE_HEAD.match(rest, m.end())
    ):
        rest = rest[m.end() :]
    if (tail := _NAME_TAIL.search(rest)) and not _OWN_BODY_END.search(rest, 0, tail.start()):
        # "HỘI ĐỒNG ĐỘI HUYỆN EAKAR ĐỘI TNTP HỒ CHÍ MINH": the Đội's or Đoàn's name in the
        # motto's place glued after the left line (the columns run together), cut off as before
        # it; never after a body of its own ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH").
        rest = rest[: tail.start()].rstrip(" -–")
    if rest is line:
        return line
    return "" if is_right_hand(rest) or is_motto(rest) else rest


_NAME_TAIL = re.compile(
    r"(?<=\w)\s+(?:ĐOÀN\s+TNCS|ĐOÀN\s+THANH\s+NIÊN\s+CỘNG\s+SẢN|ĐỘI\s+TNTP"
    r"|ĐỘI\s+THIẾU\s+NIÊN\s+TIỀN\s+PHONG)\s+HỒ\s+CHÍ\s+MINH$"
)
# (... nor after a congress's name, which names the body whose congress it is: "ĐẠI HỘI ĐẠI
# BIỂU TOÀN QUỐC ĐOÀN TNCS HỒ CHÍ MINH".)
_OWN_BODY_END = re.compile(
    r"(?:TRUNG\s+ƯƠNG|BAN\s+CHẤP\s+HÀNH|BCH|HỘI\s+ĐỒNG|THƯỜNG\s+VỤ|ĐẠI\s+HỘI(?:\s+ĐẠI\s+BIỂU)?"
    r"(?:\s+TOÀN\s+QUỐC)?)$"
)


_MOTTO_HEAD = re.compile(
    r"^(?:CỘNG\s+H(?:OÀ|ÒA)\s+X[ÃÀ]\s*HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM)"
    r"\s+(?P<rest>\S.*)$"
)


_MOTTO_KEYS = tuple(
    compact_key(t) for t in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM")
)


def _motto_piece(line: str) -> bool:
    """The first words (two or more) of the Party's or the nation's motto, cut off by a wrap;
    or its first word cut inside ("ĐẢ", a page's preview torn there): no body is named so."""
    key = compact_key(line)
    if len(line.split()) == 1:
        # (as written, marks and all: "DÂN" of a wrapped "HỘI ĐỒNG NHÂN" / "DÂN" is no "ĐẢNG")
        return any(w.startswith(line) and w != line for w in ("ĐẢNG", "CỘNG"))
    return len(line.split()) >= 2 and any(m.startswith(key) and m != key for m in _MOTTO_KEYS)


def _motto_inside(line: str) -> bool:
    """The national or Party motto inside a line with other words around it (the columns of a
    scan or text layer interleaved: "ỦY BAN NHÂN DÂN CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM TỈNH")."""
    key = compact_key(line)
    if is_caps(line) and any(0 < key.find(m) < len(key) - len(m) for m in _NAME_KEYS):
        # "HOI DONG DOI NGHIA HANH POI THIEU NIEN TIEN PHONG HO CHI MINH LIEN DOI TH SO 1": the
        # Đội's or Đoàn's name in the motto's place between two left lines (an OCR'd scan).
        return True
    return (
        bool(MOTTO_CAPS.search(line))
        and any(m in key and key != m for m in _MOTTO_KEYS)
        and not is_right_hand(line)
    )


# The Đội's and Đoàn's names in the motto's place, by their words that OCR keeps (it reads the
# "Đ" of "ĐỘI" as "P" or "D").
_NAME_KEYS = tuple(
    compact_key(t) for t in ("THIẾU NIÊN TIỀN PHONG HỒ CHÍ MINH", "THANH NIÊN CỘNG SẢN HỒ CHÍ MINH")
)


def _motto_then_left(line: str) -> bool:
    """The Party's or the nation's motto with a left-column line glued after it."""
    m = _MOTTO_HEAD.match(line)
    return m is not None and is_caps(m["rest"]) and not is_right_hand(m["rest"])


def _flat_header(lines: list[str], found: Found) -> None:
    """The number, place and date of a header that reached us as one long line, where the
    header's own lines gave none (see _number_in_flat_line, _FLAT_DAY)."""
    if found.number is None:
        found.number = _number_in_flat_line(lines)
    # (the first long line: a site's title and counters may stand above it)
    flat = next((c for x in lines[:40] if len(c := clean(x)) >= 200), "")
    if found.date is None and (m := _FLAT_DAY.search(flat, 0, 600)) is not None:
        try:
            found.date = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return
        found.place = " ".join(m["place"].split())


# A long line's place and date after the motto, a rule or the number ("... H nh phúc -------
# Hà N i, ngày 23 tháng 02 năm 2009 S : 93/BC-...", "** S : 10/2004/TTLT- Hà N i , ngày 28
# tháng 6 năm 2004": a font's text layer that lost its letters and its breaks). The place is
# what stands between that mark and the comma: short, without digits.
_FLAT_DAY = re.compile(
    r"(?:phúc|VIỆT\s+NAM|-{4,}|\*{2,}|\bS\S?\s*:\s*\S+)\s+(?P<place>[^\d,;:.\-*]{2,30}?)\s*,\s*"
    r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>(?:19|20)\d\d)\b"
)


def _number_in_flat_line(lines: list[str]) -> DocNumber | None:
    """The number of a header that lost its line breaks and reached us as one long line.

    "BAN CH?P H?NH TRUNG ??NG***S?: 42 -HD/TWTN-BKT O?N TNCS ..." (mojibake, every break lost):
    the number line stands inside the first long line; read as a number line, with what
    follows it cut off where it stops being a number (see `number_in`), or not at all.
    """
    first = next((clean(x) for x in lines[:5] if clean(x)), "")
    if len(first) < 200:
        return None
    for m in _FLAT_NUMBER.finditer(first, 0, 300):
        if (number := number_in(first[m.end() : m.end() + 80])) is not None:
            return number
    return None


def _take_date(line: str, found: Found) -> None:
    """The place and date met around the title block, where the header gave none.

    Letters and appeals put them under the heading ("THƯ NGỎ" / "Hàm Thuận Bắc, ngày ...").
    """
    if found.date is None and (pd := date_in(line)) is not None:
        found.place, found.date = pd
    elif found.date is None and not found.place and (place := blank_date_place(line)):
        found.place = place  # (its day blank or unread: the place alone)


def _type_and_subject(line: str, both: tuple[DocType, str], found: Found) -> None:
    """Type and subject from a heading line that carries the subject too (see type_lead)."""
    found.doc_type = both[0]
    if _verb_not_heading(both[0], found):
        # "Số: 23/2025/NQ-HĐND" / "QUY ĐỊNH MỨC CHI CỤ THỂ ...": a copy without the "NGHỊ
        # QUYẾT" heading, its trích yếu opening with the verb "quy định"; the number's code
        # types the document and the whole line is the subject.
        found.doc_type, found.subject = None, [line]
        return
    rest = _own_number_first(both[1], found)
    if _JOINT_WORDS.fullmatch(rest):
        # "KẾ HOẠCH LIÊN TỊCH" / "Tổ chức ...": a joint heading is a type of its own ("Chỉ thị
        # liên tịch"); one the model lacks is left to fill, its qualifier no word of the trích
        # yếu, which is read on the lines under it (made up; draw5/1013's type).
        found.doc_type, found.subject = None, []
        return
    if compact_key(rest).startswith("cua") and not re.search(r"(?i)\bv(?:ề|\s*/\s*v)\b", rest):
        # "NGHỊ QUYẾT CỦA HĐND TỈNH LÀO CAI" / "Về xác định ...": the heading names its issuer;
        # the subject is read on the lines under it.
        rest = ""
    if re.fullmatch(r"(?i)số\s*:?\s*\d{1,3}", rest):
        # "THÔNG BÁO SỐ 2": the notice's place in a series, neither number nor subject.
        rest = ""
    if compact_key(rest) in STAMPS:
        # "CÔNG ĐIỆN HỎA TỐC" / "Về việc ...": an urgency stamp set beside the heading (Nghị
        # định 30's marks), no word of the trích yếu, which is read under it.
        rest = ""
    found.subject = [rest] if rest else []  # "HƯỚNG DẪN 165-HD/BTGTW": read on


# What makes a heading a joint one: "KẾ HOẠCH LIÊN TỊCH", "THÔNG TƯ LIÊN BỘ", "HƯỚNG DẪN LIÊN
# NGÀNH", "KẾ HOẠCH PHỐI HỢP" (the model's joint types are read whole before: doc_type_line).
_JOINT_WORDS = re.compile(r"(?i)liên\s+(?:tịch|bộ|ngành)|phối\s+hợp")


# Type names that are verbs too, opening a trích yếu: "quy định", "hướng dẫn", "thông báo".
_VERB_TYPES = frozenset({DocType.QUY_DINH, DocType.HUONG_DAN, DocType.THONG_BAO})
_QD = frozenset({DocType.QUYET_DINH, DocType.QUY_DINH})


def _verb_not_heading(doc_type: DocType, found: Found) -> bool:
    """A type-and-subject line whose type word is a verb the number's own code contradicts.

    Only where the code names one type ("NQ": Nghị quyết), never "QĐ" (Quyết định as well as
    Quy định: the heading decides between those two).
    """
    number = found.number
    coded = DocType.from_text(number.type_name or "") if number and number.type_code else None
    return (
        doc_type in _VERB_TYPES
        and coded is not None
        and coded is not doc_type
        and not {coded, doc_type} <= _QD
    )


def _own_number_first(subject: str, found: Found) -> str:
    """A heading that names its own number first: "KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ VỀ ...".

    The number is the document's (where the header gave none); the subject is what follows.
    """
    words = subject.split()
    for k in (1, 2):  # "127-KL/TW ...", "SỐ 127-KL/TW ..."
        head = " ".join(words[:k])
        if (number := parse_number(head)) is not None and number.type_code is not None:
            if found.number is None:
                found.number = number
            return " ".join(words[k:])
    return subject


def _heading_again(lines: list[str], i: int, doc_type: object) -> bool:
    """A heading of the same type a few lines on: the page's title came first, the document's next.

    "LỜI KÊU GỌI ỦNG HỘ MIỀN TRUNG" (a web page's title) over "LỜI KÊU GỌI CỦA BAN CHẤP HÀNH
    ... VỀ VIỆC ..." (the document's own heading); "KẾ HOẠCH HOẠT ĐỘNG ĐỘI THÁNG 10" over
    "KẾ HOẠCH CÔNG TÁC ĐỘI THÁNG 10/ 2019".
    """
    seen = 0
    last = ""
    for line in lines[i + 1 : i + 12]:
        c = clean(line)
        if not c or is_right_hand(c) or is_rule(c) or date_in(c) or blank_date_place(c):
            # (The header's right column between them counts no line: "QUY CHẾ HOẠT ĐỘNG CỦA
            # BAN ..." / the issuer, the motto, "Hà Nội, ngày  tháng năm 2017" / "QUY CHẾ HOẠT
            # ĐỘNG ..."; made up, draw12/2572's shape.)
            continue
        seen += 1
        if seen > 4 or _is_body_line(c) or _PART_LABEL.match(c) or _SECTION_NUMERAL.match(c):
            # ("Phần thứ nhất:" / "BÁO CÁO CÔNG TÁC XÂY DỰNG ĐẢNG ...": a part's heading in the
            # body under the document's own, not the document's heading after a page's title;
            # so is a numbered section's: "I. CĂN CỨ XÂY DỰNG" / "KẾ HOẠCH", its name wrapped.)
            return False
        other = doc_type_line(c) or ((t := type_lead(c)) and t[0])
        if other is doc_type and not (seen > 1 and _WAITS.search(last)):
            # (Not under a title line that waits for its object: "... BAN HÀNH KÈM THEO" /
            # "QUYẾT ĐỊNH SỐ 13/2018/QĐ-UBND NGÀY ...", the decision a title amends.)
            return True
        last = c
    return False


_PART_LABEL = re.compile(
    # ... or a chapter's line alone, "CHƯƠNG I" under "QUY CHẾ HOẠT ĐỘNG ..." / "NHIỆM KỲ ..."
    # (rules whose title block has no blank line under it; draw15/3131's shape).
    r"^phần\s+(?:thứ\s+\w+|[IVX]+|\d+)\b|^chương\s+(?:[IVX]+|\d+)\s*[.:]?$",
    re.IGNORECASE,
)
# The opening section of an Đề án, a Tờ trình or a report without its numeral, under a title
# in capitals: "ĐẶT VẤN ĐỀ", "PHẦN MỞ ĐẦU", "SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN", "CĂN CỨ PHÁP LÝ",
# "CƠ SỞ PHÁP LÝ VÀ THỰC TIỄN" (no trích yếu's line opens so).
_OPENING_SECTION = re.compile(
    r"^(?:ĐẶT\s+VẤN\s+ĐỀ|(?:PHẦN\s+)?MỞ\s+ĐẦU)\s*:?$"
    r"|^(?:SỰ\s+CẦN\s+THIẾT|CĂN\s+CỨ\s+(?:XÂY\s+DỰNG|PHÁP\s+LÝ|BAN\s+HÀNH|LẬP)"
    r"|CƠ\s+SỞ\s+(?:PHÁP\s+LÝ|XÂY\s+DỰNG|BAN\s+HÀNH))\b"
)
_SECTION_NUMERAL = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})\s*[./)]\s*[A-ZĐÀ-Ỹ]")


def _number_below(lines: list[str], i: int) -> bool:
    """A number line under a heading: the heading is a web page's title above the document.

    The official layout puts the number in the header, above the type heading (FORMATS.md):
    "CÔNG VĂN KÊU GỌI ỦNG HỘ ..." (a portal's title) / "HỘI TRUYỀN THỐNG ..." / "Số: 101 /...".
    """
    # The heading itself is the line above the first: "THÔNG TƯ" / "SỐ 15-BTC/TT NGÀY 16-3-1991
    # CỦA BỘ TÀI CHÍNH QUY ĐỊNH ..." (an old gazette title block) names the heading's number.
    last = clean(lines[i])
    for line in lines[i + 1 : i + 14]:
        c = clean(line)
        if _is_body_line(c) or KINH_GUI.match(c):
            return False
        # "Số: 101 /..." with its parts blank; never "SỐ LƯỢNG DỰ ÁN ĐẦU TƯ", a subject's line.
        blank = re.match(r"^S\s?ố\s*(?:và\s*ký\s*hiệu\s*)?(?::|\d)", c, re.IGNORECASE)
        if (
            NUMBER_LINE.match(c)
            and (number_in(c) is not None or (blank and len(c) < 40))
            # ... nor the number of the document a wrapped title names: "... BAN HÀNH KÈM THEO
            # QUYẾT ĐỊNH" / "SỐ 13/2018/QĐ-UBND NGÀY 27 THÁNG 4 NĂM 2018 ...".
            and not (_WAITS.search(last) or re.search(_TYPE_LAST, last.casefold()))
            # ... nor the title block's own under its heading and issuer (an old gazette's:
            # "QUYẾT ĐỊNH" / "CỦA BỘ TRƯỞNG ..." / "SỐ 02/2006/QĐ-BTNMT NGÀY ..."; _GAZETTE).
            and not names_the_next_number(last)
        ):
            return True
        last = c or last
    return False


_TYPE_LAST = r"(?:^|\s)" + _TYPE_FIRST.removesuffix(r"\b") + "$"


# The last line of a subject is often the period it covers: "Năm học 2019 - 2020",
# "Nhiệm kỳ 2020 - 2025", "Giai đoạn 2021 - 2025".
_PERIOD = re.compile(
    r"^(?:năm học|nhiệm kỳ|giai đoạn|năm|quý|đợt|khóa|khoá|niên khóa|niên khoá)\b\s*:?[^.;:]{0,30}(?:19|20)\d\d\W*$",
    re.IGNORECASE,
)
# The words a subject's line never ends with when the subject ends there.
_WAITS = re.compile(
    r"(?:^|\s)(?:kèm\s+theo|ban\s+hành|về|về\s+việc|của|và|cho|với|tại|đối\s+với|số)$", re.I
)
# "Chủ điểm: ...", "Tài khoản: ...": a label, never a line of the subject.
_LABEL = re.compile(r"^[^\W\d][^:()]{1,29}:\s*\S")


def _title_above_goes_on(above: list[str], subject: list[str], nxt: str) -> bool:
    """The page's title above the header writes the trích yếu read so far and the next line on
    in one ("Thông báo về Triển lãm Mỹ thuật Khu vực VI (TP. Hồ Chí Minh) Lần thứ 24 năm 2019"
    over "THÔNG BÁO" / "Về Triển lãm ... (TP. Hồ Chí Minh)" / "" / "Lần thứ 24 năm 2019", made
    up; draw11/2386's shape): the two sources agree, and the line is the title's rest."""
    joined = compact_key(" ".join([*subject, nxt]))
    return len(joined) >= 20 and any(joined in compact_key(clean(x)) for x in above)


def _last_over_kinh_gui(ahead: list[tuple[int, str]]) -> bool:
    """The next line, in small letters and ending with a stop, is a letter's trích yếu's last:
    "Kính gửi" follows it, and between the V/v line and Kính gửi a letter holds nothing else
    ("V/v vướng mắc Luật Quản lý ngoại" / "" / "thương và Nghị định số 69/2018/NĐ-CP." /
    "Kính gửi: ...", made up; draw11/2423's shape, an OCR of a ministry's letter)."""
    nxt = ahead[0][1]
    return (
        nxt[:1].islower()
        and nxt.endswith(".")
        and len(ahead) > 1
        and KINH_GUI.match(ahead[1][1]) is not None
    )


def _continues_over_blank(lines: list[str], i: int, found: Found, *, caps_ok: bool) -> bool:
    """The subject goes on after the blank line ``i``: a web copy or a scan spaced its lines apart.

    Three shapes: a lower-case line ("V/v hướng dẫn thực hiện nhiệm vụ" / "" / "giáo dục trung
    học năm học 2019-2020", a ministry's OCR); a capitals line under a capitals heading
    ("CỦA ĐOÀN CHỦ TỊCH ..." / "" / "MẶT TRẬN TỔ QUỐC VIỆT NAM VỀ VẬN ĐỘNG ..."); a short line
    with the header still to come under it ("V/v tuyên truyền kỷ niệm 130 năm" / "" / "Ngày sinh
    Chủ tịch Tôn Đức Thắng" / "" / "CỘNG HOÀ XÃ HỘI ..."). Never a line of the body.
    """
    ahead = [(j, clean(x)) for j, x in enumerate(lines[i + 1 : i + 8], i + 1) if clean(x)]
    if not ahead or not found.subject:
        return False
    nxt = ahead[0][1]
    last = found.subject[-1]
    if _title_above_goes_on(
        [*found.above, *lines[: max(i - len(found.subject) - 1, 0)]], found.subject, nxt
    ):
        return True
    # The issuer's line alone under the heading ("CỦA BỘ CHÍNH TRỊ"): the trích yếu still to come
    # may be one long line opening with "về" (a web copy joined its wrapped lines).
    issuer_only = len(found.subject) == 1 and fold(last.split()[0]) == "cua"
    long_ok = nxt[:1].islower() or (issuer_only and fold(nxt.split()[0]) == "ve")
    if (
        _is_body_line(nxt)
        or PARAGRAPH_OPENER.match(nxt)
        or KINH_GUI.match(nxt)
        or NOI_NHAN.match(nxt)
        or is_rule(nxt)
        or date_in(nxt)
        or is_right_hand(nxt)
        or doc_type_line(nxt)
        # A long line is the body, but for a subject's rest in small letters ("của Chính phủ quy
        # định chi tiết thi hành Luật thuế ..." under a ministry's circular's heading).
        or len(nxt) > (300 if long_ok else 120)
        or (re.search(r"[.;:!]$", nxt) and not _last_over_kinh_gui(ahead))
        or _is_authority_line(lines, ahead[0][0], found)
    ):
        return False
    if issuer_only:
        # "CỦA BAN BÍ THƯ" / "" / "Về xây dựng gia đình ...": the issuer's line alone under the
        # heading; the trích yếu is still to come.
        return True
    if _PERIOD.match(nxt):
        # "NĂM HỌC: 2021-2022" under "KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN": the period, not a label.
        return True
    if _LABEL.match(nxt):
        return False
    if _quote_open(" ".join(found.subject)) or nxt.count("”") > nxt.count("“"):
        # 'Tổ chức hội thi “Tìm hiểu Nghị quyết' / "" / 'Đại hội đại biểu Phụ nữ ...': a quote
        # opened in the title and not yet closed; the title goes on (the guards above stop it
        # at the body); or a line closing a quote whose opening was lost ("... ấp AST" / "" /
        # "An toàn - Sạch đẹp - Văn minh - Nghĩa tình” Lần I - Năm 2013").
        return True
    if nxt[:1].islower():
        return caps_ok or bool(V_V.match(found.subject[0]))
    if caps_ok and nxt.split()[0] == "Và":
        # "Đánh giá tình hình ... năm 2022" / "" / "Và kế hoạch ... năm 2023" under "BÁO CÁO"
        # (made up; draw10/2228's shape): the typist's capital joins a title's two parts; no
        # paragraph of a body opens with "Và".
        return True
    if last.endswith(";"):
        # "Kết quả thực hiện ... 6 tháng đầu năm;" / "" / "Phương hướng nhiệm vụ ...": a trích
        # yếu of two parts (made up; draw9/2081's shape); no title ends in ";".
        return True
    if caps_ok and is_caps(last) and is_caps(nxt):
        return True
    after = ahead[1][1] if len(ahead) > 1 else ""
    header_next = bool(after) and (
        is_right_hand(after)
        or date_in(after) is not None
        or bool(KINH_GUI.match(after))
        or compact_key(after) in STAMPS  # "KHẨN" under "Về cho học sinh nghỉ học / Ngày 26/11"
    )
    return header_next and len(nxt) < 80 and not is_caps(nxt)


def _body_label(lines: list[str], i: int, found: Found) -> bool:
    """Line ``i`` is a label that opens the body ("Chủ điểm: ..."), not a line of the title.

    A label in capitals under a title in capitals, the authority line right under it, is the
    title's ("... GIAI ĐOẠN 2021 - 2025" / "NGUỒN VỐN: NGÂN SÁCH TRUNG ƯƠNG ..." / "HỘI ĐỒNG NHÂN
    DÂN TỈNH ..."); a plan's "CHỦ ĐIỂM: “CHĂM NGOAN HỌC GIỎI”" over its body is not.
    """
    line = clean(lines[i])
    if not _LABEL.match(line) or V_V.match(line) or _PERIOD.match(line):
        return False
    nxt = next((j for j in range(i + 1, min(i + 4, len(lines))) if clean(lines[j])), None)
    in_caps_title = is_caps(line) and bool(found.subject) and is_caps(found.subject[-1])
    # ... also where the label's line wraps on in capitals right under it ("... ĐẾN NĂM 2025
    # NGUỒN VỐN: NGÂN SÁCH TRUNG ƯƠNG VÀ NGÂN" / "SÁCH TỈNH"): the title's wrap, no label's.
    wraps_on = nxt == i + 1 and _caps_wrap(clean(lines[i + 1]), line)
    return not (
        in_caps_title and nxt is not None and (_is_authority_line(lines, nxt, found) or wraps_on)
    )


def _caps_wrap(nxt: str, line: str) -> bool:
    """``nxt`` is the rest of the capitals ``line`` wrapped: capitals, no opener, no full stop."""
    return (
        is_caps(nxt)
        and not line.endswith((".", ":", ";"))
        and not (PARAGRAPH_OPENER.match(nxt) or _SECTION_HEADING.match(nxt) or ITEM.match(nxt))
    )


# The rest of a blank date a PDF's columns put under the type heading ("Quận 11, ngày" /
# "KẾ HOẠCH" / "tháng năm 2017"): no line of the subject.
_DATE_REST = re.compile(r"^(?:ngày[\s.…]*)?tháng[\s.…]*(?:\d{1,2}[\s.…]*)?năm\s*\d{4}$", re.I)


def _quote_open(text: str) -> bool:
    """A quote opened and not closed: the words quoted run on to the next line."""
    return text.count("“") > text.count("”")


# The sections a plan, a guide or a report opens its body with, standing alone in capitals.
_SECTION_HEADING = re.compile(
    r"^(?:MỤC\s+ĐÍCH(?:\s*,?\s*(?:-\s*)?YÊU\s+CẦU)?|YÊU\s+CẦU|NỘI\s+DUNG(?:\s+THỰC\s+HIỆN)?"
    r"|TỔ\s+CHỨC\s+THỰC\s+HIỆN|NHIỆM\s+VỤ(?:\s*,?\s*GIẢI\s+PHÁP)?|ĐẶC\s+ĐIỂM\s+TÌNH\s+HÌNH"
    r"|KẾT\s+QUẢ\s+THỰC\s+HIỆN|PHƯƠNG\s+HƯỚNG(?:\s*,?\s*NHIỆM\s+VỤ)?|THỜI\s+GIAN(?:\s*,?\s*ĐỊA\s+ĐIỂM)?"
    r"|THÀNH\s+PHẦN|KINH\s+PHÍ|QUY\s+ĐỊNH\s+CHUNG)\s*:?$"
)


def _is_sentence(line: str) -> bool:
    """A full sentence of prose: long, in sentence case, ending with a full stop."""
    return len(line) >= 80 and not is_caps(line) and bool(re.search(r"[^./][.!?]$", line))


def _carrying_out_title(lines: list[str], i: int) -> bool:
    """The line at ``i``, right under a heading, is a trích yếu that opens with "Thực hiện" or
    "Thi hành" ("HƯỚNG DẪN" / "Thực hiện một số Điều trong Quy định số 30-QĐ/TW ..." / "về công
    tác ...", "KẾ HOẠCH" / "Thực hiện công tác tuyên truyền Đại hội ..." / ... / "------" /
    "Căn cứ ..."), not the body's ground: the title block it opens ends at a rule or at the
    grounds ("Căn cứ ..."), without the clause a ground goes on with ("..., Ban Thường vụ ...")."""
    c = clean(lines[i])
    if not _CARRYING_OUT.match(c) or len(c) > 200 or re.search(r"[.,;:]$", c):
        return False
    for x in lines[i + 1 : i + 8]:
        x = clean(x)
        if not x:
            continue
        if is_rule(x) or re.match(r"^[-–]\s*$|^[-–+•]?\s*Căn\s+cứ\b", x):
            return True
        if len(x) > 120 or x.endswith(":") or PARAGRAPH_OPENER.match(x) or ITEM.match(x):
            return False
    return False


_CARRYING_OUT = re.compile(r"^(?:Thực\s+hiện|Thi\s+hành)\s+\S")


def _vv_line(line: str) -> bool:
    """A "V/v ..." trích yếu line, also a long one on a single line ("V/v đảm bảo phục vụ tốt nhu
    cầu đi lại ... năm 2023", 200 characters): the mark says what it is; a sentence it is not."""
    return bool(V_V.match(line)) and (not _is_body_line(line) or _long_title(line))


def _long_title(line: str) -> bool:
    return len(line) <= 300 and not re.search(r"[.:;!?]$", line) and not _is_body_line(line[:160])


def _is_body_line(line: str) -> bool:
    # A long line in capitals is a title block written as one line, not a paragraph.
    return (len(line) > 160 and not is_caps(line)) or bool(
        # ... also as a list item: "- Căn cứ điều lệ Công đoàn Việt Nam;" (a Công đoàn plan).
        # ("Thi hành Nghị định số ...": an old circular's ground, as "Căn cứ".)
        re.match(r"^(?:[-–+•]\s*)?(?:Thực hiện|Thi hành|Căn cứ|Theo|Để|Nhằm|Trong)\b", line)
        or _NARRATIVE_OPENER.match(line)
    )


# A paragraph that opens with its time or its ground, never a line of a trích yếu: "Năm 2023,
# ...", "Ngày 12/3/2024, ...", "Thời gian qua, ...", "Hiện nay, ...", "Qua 5 năm thực hiện
# ...", "Trên cơ sở ...", "Sau khi ..." (an office PDF's body right under its title).
_NARRATIVE_OPENER = re.compile(
    r"^(?:(?:Năm\s+\d{4}|Ngày\s+\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s+tháng\s+\d{1,2}"
    r"(?:\s+năm\s+\d{4})?)|(?:Trong\s+)?(?:[Tt]hời\s+gian|[Nn]hững\s+năm)\s+(?:vừa\s+)?qua"
    r"|Hiện\s+nay|Vừa\s+qua)\s*,|Qua\s+\d+\s+năm\b|Trên\s+cơ\s+sở\b|Sau\s+khi\b)"
)


_SIGN_MARK = re.compile(r"^(?:T\s*/\s*M|TM|KT|TL|TUQ)(?:\.\s*|\s*/\s*|\s+)(?=[A-ZĐ])")
_SALUTATION = re.compile(r"^(?:Kính\s+)?[Tt]hưa\s+\S")
_ANNEX_OF = re.compile(r"^\(\s*(?:ban\s+hành\s+)?kèm\s+theo\b", re.IGNORECASE)
# ... glued after the title's last words on its line (never "(kèm theo ...)" alone, which a
# trích yếu may hold: "V/v gửi báo cáo (kèm theo phụ lục)").
_ANNEX_GLUED = re.compile(r"(?<=\S)\s*\(\s*ban\s+hành\s+kèm\s+theo\b", re.IGNORECASE)


# "(Ban hành kèm theo Quyết định số 30/2018/QĐ-UBND ngày ...)": the document an annex was
# issued with, by its type and number.
_ISSUED_WITH = re.compile(
    r"kèm\s+theo\s+(?:" + "|".join(re.escape(t.value) for t in DocType) + r")\s+"
    r"(?:số\s*:?\s*)?(?P<number>[^\s,;()]+)",
    re.IGNORECASE,
)


def _annex_heading(lines: list[str], end: int, found: Found) -> None:
    """The heading read was an annex's: its title block ends at "(Ban hành kèm theo Quyết định
    số <the header's own number> ...)".

    A legal site's rendering that lost the decision's heading, grounds and articles keeps the
    header and then the annex ("QUY ĐỊNH" / "VỀ QUẢN LÝ CHỢ ..." / "(Ban hành kèm theo ...)"):
    the document is the decision; its type is the number's and its trích yếu is left to fill
    (made up; draw8/1868's and 1880's shape). Without an own number the page holds the annex
    alone, and the annex is what it carries (draw3/640).
    """
    at = next((j for j in range(end, min(end + 3, len(lines))) if clean(lines[j])), None)
    if found.number is None or at is None or not _ANNEX_OF.match(clean(lines[at])):
        return
    m = _ISSUED_WITH.search(" ".join(clean(x) for x in lines[at : at + 3]))
    issued = parse_number(m["number"].rstrip(".")) if m else None
    if issued is not None and issued.key == found.number.key:
        found.doc_type, found.subject = None, []


def _title_ends(lines: list[str], i: int, found: Found, *, caps_ok: bool) -> bool:
    """Line ``i`` ends the title block: the authority line or an annex's line under it."""
    c = clean(lines[i])
    # Under a heading, the authority line may come first: the copy lost the trích yếu
    # ("QUYẾT ĐỊNH" / "BỘ TRƯỞNG BỘ ..." / "Căn cứ ..."), which is left to fill.
    if (
        (found.subject or caps_ok)
        and not _waits(found.subject)
        # (after a comma the title's list goes on: "... ỦY VIÊN BỘ CHÍNH TRỊ," / "CHỦ TỊCH NƯỚC
        # VÀ MỘT SỐ TỔ CHỨC ĐẢNG ..." / "- Căn cứ ...": no authority, whatever its first words)
        and not (found.subject and _carried(found.subject, c))
        and _is_authority_line(lines, i, found)
    ):
        return True
    if _ANNEX_OF.match(c):
        # "QUY ĐỊNH" / "CÔNG TÁC VĂN THƯ ..." / "(Ban hành kèm theo Quyết định số ...)": an
        # annex's line naming the decision it belongs to ends its title.
        return True
    last = found.subject[-1].rsplit(" ", 1) if found.subject else []
    if len(last) == 2 and _is_authority_line(lines, i, found, f"{last[1]} {c}"):
        # "... CỦA CẤP TỈNH BỘ" / "TRƯỞNG BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI" / "Căn cứ ...":
        # a PDF's wrap moved the authority's first word onto the subject's last line.
        found.subject[-1] = last[0]
        return True
    if (
        len(found.subject) > 1
        and len(last) == 1
        and _is_authority_line(lines, i, found, f"{last[0]} {c}")
    ):
        # "... ĐẾN NĂM 2020" / "ỦY" / "BAN NHÂN DÂN TỈNH ..." / "Căn" / "cứ ...": a legal-text
        # site that breaks every paragraph after its first word set the authority's first word
        # on a line of its own.
        found.subject.pop()
        return True
    return False


def _read_subject(lines: list[str], i: int, found: Found, *, caps_ok: bool) -> int:
    """Collect subject lines from ``i`` until a blank line or a rule; return the index after."""
    n = len(lines)
    last = first = i - 1  # the lines of the subject's last and first words (its heading's)
    while i < n:
        c = clean(lines[i])
        _take_date(c, found)
        if c and not (
            is_rule(c)
            or date_in(c)
            or is_right_hand(c)
            or _DATE_REST.match(c)
            or blank_date_place(c)
        ):
            break
        if (
            c == ""
            and found.subject
            and not _continues_over_blank(lines, i, found, caps_ok=caps_ok)
        ):
            break
        i += 1
    while i < n:
        if len(found.subject) >= _SUBJECT_LINES:
            # A title block holds so many lines at most (a PDF wraps a long trích yếu over many
            # short ones); where the next line would still be the title's, where it ends is not
            # sure: left to fill, never cut short.
            if _subject_step(lines, i, found, caps_ok=caps_ok)[0] == "take":
                found.subject = []
            break
        step, caps_ok = _subject_step(lines, i, found, caps_ok=caps_ok)
        if step == "end":
            break
        if step == "take":
            first = i if not found.subject else first
            line = clean(lines[i])
            if (glued := _ANNEX_GLUED.search(line)) is not None:
                # "... MỘT CHẶNG ĐƯỜNG LỊCH SỬ”(Ban hành kèm theo Quyết định số ..." (a text
                # layer that lost the break before the annex's line; draw15/3176's shape): the
                # title ends where the bracket opens.
                found.subject.append(line[: glued.start()].rstrip())
                last = i
                i += 1
                break
            found.subject.append(line)
            last = i
        i += 1
    if found.subject and last >= 0 and clean(lines[last]).endswith(found.subject[-1]):
        found.subject[-1] = _authority_glued(lines, last, found, found.subject[-1])
    if found.subject and _NOTE_OF_TYPE.match(" ".join(found.subject)):
        found.subject = _quoted_theme(lines, first)
    return i


# A note in brackets that names the paper's kind under its theme: "(Báo cáo chính trị của Ban
# Chấp hành Đảng bộ huyện khoá XXVI trình Đại hội ...)", never a trích yếu.
_NOTE_OF_TYPE = re.compile(
    r"^\((?:" + "|".join(re.escape(t.value) for t in DocType) + r")\b[^()]*\)$", re.IGNORECASE
)


def _quoted_theme(lines: list[str], at: int) -> list[str]:
    """The theme in capitals and quotes right over the note at ``at`` (see _NOTE_OF_TYPE), its
    lines without the quotes: a congress's political report states it as its title ("“PHÁT HUY
    TRUYỀN THỐNG ..., ANH HÙNG,” / ... / "... KIỂU MẪU”" / "(Báo cáo chính trị ...)"; made up,
    draw14/2903's shape); [] where none stands there (the note alone says no trích yếu)."""
    block: list[str] = []
    for j in range(at - 1, max(at - 11, -1), -1):
        c = clean(lines[j])
        if not c or not is_caps(c):
            return []
        block.insert(0, c)
        if c.startswith(("“", '"')):
            break
    else:
        return []
    if not block[-1].endswith(("”", '"')):
        return []
    block[0], block[-1] = block[0].lstrip('“"'), block[-1].rstrip('”"')
    return block


def _authority_glued(lines: list[str], i: int, found: Found, c: str) -> str:
    """The title's last line ``i`` without the authority line a copy glued onto its end: "...
    THUẬT NGỮ CHỈ SỐ CẬN LÂM SÀNG (ĐỢT 1) BỘ TRƯỞNG BỘ Y TẾ" / "Căn cứ ..." (made up; draw14/
    3076's shape, a legal site's crawled text that joined the title block's lines): the head's
    title and the header's own office (see _head_of), the body's grounds right under them; never
    after a word that waits for a name ("... CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"), nor with a
    title's "VỀ" (a title may end with a body's name: "... CỦA HỘI ĐỒNG NHÂN DÂN TỈNH X").
    ``c`` is the subject's last line, read from line ``i``."""
    words = c.split()
    nxt = next((clean(x) for x in lines[i + 1 : i + 4] if clean(x)), "")
    if not is_caps(c) or not _BODY_OPENER.match(nxt):
        return c  # (the grounds right under it: never a title's line over the authority's)
    for p in range(3, len(words) - 1):
        tail = " ".join(words[p:])
        if (
            len(words) - p <= 12
            and " VỀ " not in f" {tail} "
            and not _WAITS_FOR_NAME.search(" ".join(words[:p]))
            and words[p - 1] not in ("TỊCH", "TỔNG", "PHÓ")
            and any(_head_then(tail, office) for office in (" ".join(found.left), *found.left[-1:]))
        ):
            return " ".join(words[:p])
    return c


def _partys_name_in_title(lines: list[str], i: int, found: Found, *, caps_ok: bool) -> bool:
    """Line ``i``, the Party's name, ends a title in capitals under its heading.

    "QUY ĐỊNH" / "VỀ PHÔNG LƯU TRỮ" / "ĐẢNG CỘNG SẢN VIỆT NAM" (made up; draw9/1959's shape):
    the header gave the name above already, so here it is the title's words, no right column.
    """
    c = clean(lines[i])
    if not (caps_ok and found.subject and is_caps(found.subject[-1])):
        return False
    if compact_key(c) != "dangcongsanvietnam":
        return False
    above = lines[: max(i - len(found.subject) - 1, 0)]
    return any(compact_key(clean(x)) == "dangcongsanvietnam" for x in above)


# The lines a title block may hold: a resolution's trích yếu of 500 characters wraps over 9
# lines of a PDF's centred column (sửa đổi ... Nghị quyết số ... ngày ... về ...).
_SUBJECT_LINES = 10


def _subject_step(lines: list[str], i: int, found: Found, *, caps_ok: bool) -> tuple[str, bool]:
    """What line ``i`` is to the subject read so far: "take", "skip" or "end" (and ``caps_ok``)."""
    c = clean(lines[i])
    if not c and _continues_over_blank(lines, i, found, caps_ok=caps_ok):
        return "skip", caps_ok
    if not c or is_rule(c) or KINH_GUI.match(c) or NOI_NHAN.match(c):
        return "end", caps_ok
    if found.subject and is_caps(c) and _SIGN_MARK.match(c):
        # "BÁO CÁO TỔNG KẾT ..." / "TM/BCH CHỦ TICH BÙI HOÀNG VŨ" (a school site that set the
        # signature block under the title; draw15/3159's shape): no trích yếu's line opens
        # with a signing mark.
        return "end", caps_ok
    if found.subject and glyph_codes(c):
        # A symbol font's codes where the body stood: the trích yếu ended above them.
        return "end", caps_ok
    if _title_ends(lines, i, found, caps_ok=caps_ok):
        return "end", caps_ok
    # "... ban hành kèm theo" / "Quyết định số 99-QĐ/TW ngày ... (a long line)", "... Đảng bộ
    # tỉnh (khoá" / "XVI) về ...": a line cut after a word that waits for its object, or inside
    # brackets or quotes, goes on, however long or full the rest.
    waits = _waits(found.subject) and not _BODY_OPENER.match(c)
    if (
        not waits
        and found.subject
        and found.subject[-1][:1].islower()
        and c[:1].isupper()
        and not is_caps(c)
        and len(c) >= 55
        and len(found.subject[-1]) < len(c) - 15
    ):
        # A PDF's subject ends with a short, centred lower-case line ("định hướng đến năm
        # 2030"); a full-width line opening with a capital is the body ("Hội nghị lần thứ
        # bảy ... họp"). A short one continues the subject ("Công văn số 2078-CV/ĐUK năm 2024").
        return "end", caps_ok
    if _date_in_title(c, found) or _name_in_title(c, found):
        return "take", caps_ok
    if _DRAFT_MARK.match(c) or compact_key(c) in STAMPS:
        # "QUYẾT ĐỊNH" / "(Dự thảo)" / "Về việc ...": a draft's or an urgency's mark under the
        # heading, no words of the trích yếu.
        return "skip", caps_ok
    if _partys_name_in_title(lines, i, found, caps_ok=caps_ok):
        return "take", caps_ok
    if date_in(c) or is_right_hand(c) or _DATE_REST.match(c) or blank_date_place(c):
        _take_date(c, found)
        return "skip", caps_ok
    if (
        found.subject
        and not _carried(found.subject, c)
        and not _hyphen_wrap(lines, i, found.subject)
        and (_body_label(lines, i, found) or ITEM.match(c) or PARAGRAPH_OPENER.match(c))
    ) or (found.subject and (c.endswith(":") or _SALUTATION.match(c))):
        # "Chủ điểm: ...", "- A. KẾT QUẢ ...", "1. MỤC ĐÍCH YÊU CẦU:", a letter's "Thưa đồng
        # bào ... !" (under its date where no blank line parts them): the body has begun.
        return "end", caps_ok
    if (
        _is_body_line(c)
        and not (found.subject == [] and V_V.match(c))
        and not waits
        and not (found.subject and _scope_before_grounds(lines, i))
        # A long trích yếu on one line under its heading, neither a sentence nor an opener.
        and not (caps_ok and not found.subject and _long_title(c))
        and not (caps_ok and not found.subject and _carrying_out_title(lines, i))
    ):
        return "end", caps_ok
    if _SECTION_HEADING.match(c) or (_is_sentence(c) and not V_V.match(c)):
        # "MỤC ĐÍCH, YÊU CẦU" (a plan's first section without its numeral), or a sentence of
        # the body ("Hiện nay đang vào mùa khô, ... thực hiện tốt các nội dung sau."): a
        # trích yếu is neither, so where no "V/v" marks it the subject ends before them.
        return "end", caps_ok
    if found.subject and not caps_ok and is_caps(c) and not _caps_title(found.subject[0]):
        return "end", caps_ok
    if found.subject and (
        _PART_LABEL.match(c) or _OPENING_SECTION.match(c) or _case_falls(found.subject, c)
    ):
        # "... XÓA MÙ CHỮ" / "Thời điểm tháng 10 năm 2020" / "PHẦN THỨ NHẤT": a trích yếu in
        # capitals goes on in capitals (no key of the corpus has one that does not); the time a
        # report covers and its parts are the body's.
        return "end", caps_ok
    if not caps_ok and is_caps(c) and not found.subject:
        if _is_authority_line(lines, i, found):
            # "HỘI ĐỒNG NHÂN DÂN TỈNH ..." / "KHÓA IX, KỲ HỌP THỨ BA" / "Căn cứ ...": a legal
            # copy that lost its heading and trích yếu; the issuer is never the subject.
            return "end", caps_ok
        if found.date is not None and _title_without_heading(lines, i, found):
            return "take", True
        # A caps line right under the number is a left-column line, not the subject.
        return "skip", caps_ok
    return "take", caps_ok


_DRAFT_MARK = re.compile(r"^[(\[]\s*(?:bản\s+)?dự\s+thảo\b[^()\[\]]{0,30}[)\]]$", re.IGNORECASE)


_MONTH = re.compile(r"^tháng\b[^.;:]{0,20}(?:19|20)\d\d\W*$", re.IGNORECASE)


def _case_falls(subject: list[str], line: str) -> bool:
    """``line``, in sentence case, under a trích yếu in capitals that waits for nothing."""
    letters = [ch for ch in line if ch.isalpha()]
    return (
        is_caps(subject[-1])
        # (under the issuer's line alone, "CHỈ THỊ" / "CỦA BAN BÍ THƯ" / "Về xây dựng ...", the
        # trích yếu is still to come, in whatever case)
        and not (len(subject) == 1 and fold(subject[0].split()[0]) == "cua")
        and _caps_title(subject[0])
        and not _waits(subject)
        and line[:1].isupper()
        and not V_V.match(line)
        # (but the period it covers, a title's last line in any case: "Năm học 2019 - 2020",
        # "Tháng 6/ 2022"; never "Thời điểm tháng 10 năm 2020", the time a report's figures hold)
        and not (_PERIOD.match(line) or _MONTH.match(line))
        # (a damaged capital now and then is no sentence case: "PHỔ CẬP GIÁO DC, XểA M CH")
        and sum(ch.islower() for ch in letters) > len(letters) / 2
    )


def _waits(subject: list[str]) -> bool:
    """The subject read so far stops on a word that waits for its object, or inside brackets
    or quotes: its next line is its own."""
    if not subject:
        return False
    text = " ".join(subject)
    return (
        bool(_WAITS.search(subject[-1])) or text.count("(") > text.count(")") or _quote_open(text)
    )


def _carried(subject: list[str], line: str) -> bool:
    """``line`` goes on with the subject's last line, whatever it opens with: it closes a bracket
    the subject opened ("(khoá" / "XVI) về ...": no list's numeral), or the line above ends with
    a comma ("... tại mục III," / "Điều 1 - Nghị quyết số 182/2007/NQ-HĐND ...": no article)."""
    text = " ".join(subject)
    closes = text.count("(") > text.count(")") and ")" in line.split("(", 1)[0]
    return closes or subject[-1].endswith(",")


def _hyphen_wrap(lines: list[str], i: int, subject: list[str]) -> bool:
    """Line ``i`` is a caps trích yếu's rest wrapped just before a hyphen inside a name: "... TỈNH
    BÀ RỊA" / "- VŨNG TÀU GIAI ĐOẠN 2023 - 2025" / "Căn cứ ...". A list's item in capitals has
    others after it; this line is followed by the body."""
    c = clean(lines[i])
    if _PERIOD_START.search(subject[-1]) and _PERIOD_REST.match(c):
        # "... GIAI ĐOẠN 2014" / "- 2016 VÀ ĐỊNH HƯỚNG ..." (made up; draw13/2866's shape): a
        # period wrapped before its dash goes on, whatever comes under it (the authority).
        return True
    if not (re.match(r"^[-–]\s+\w", c) and is_caps(c) and _caps_title(subject[0])):
        return False
    if re.match(r"^[-–]\s+(?:[A-ZĐ]|[IVX]{1,4}|\d{1,2})\s*[.)/]", c):
        return False  # "- A. KẾT QUẢ THỰC HIỆN ...": a part's label opens the body
    if not is_caps(subject[-1]) or re.search(r"[.:;!?]$", subject[-1]):
        return False
    nxt = next((clean(x) for x in lines[i + 1 : i + 4] if clean(x)), "")
    return bool(nxt) and not ITEM.match(nxt) and not is_caps(nxt)


# A period's first year ending a line, its dash and last year opening the next.
_PERIOD_START = re.compile(r"(?:^|\s)(?:19|20)\d\d$")
_PERIOD_REST = re.compile(r"^[-–]\s*(?:19|20)\d\d(?:\s|[,.;]|$)")


def _name_in_title(line: str, found: Found) -> bool:
    """An organisation's name in small letters alone on a line of the title: "... trên Cổng thông
    tin điện tử" / "Đảng Cộng sản Việt Nam". The header writes its names in capitals."""
    return (
        bool(found.subject)
        and is_right_hand(line)
        and not is_caps(line)
        and not compact_key(line).startswith("doclap")  # the motto's line, in any case
    )


def _caps_title(line: str) -> bool:
    """A trích yếu line in capitals, also after its "V/v" ("V/v TUYÊN TRUYỀN KỶ NIỆM ...")."""
    return is_caps(V_V.sub("", line, count=1)) or is_caps(line)


def _date_in_title(line: str, found: Found) -> bool:
    """A date without a place inside the title, the document's own date already read: "... ban
    hành kèm theo Quyết định số 13/2018/QĐ-UBND" / "ngày 27 tháng 4 năm 2018" names the date of
    the decision the title cites, not the document's."""
    return (
        bool(found.subject)
        and found.date is not None
        and date_in(line) is not None
        and bool(re.match(r"ng\s?[àa]\s?y\b", line, re.IGNORECASE))
    )


def _scope_before_grounds(lines: list[str], i: int) -> bool:
    """Line ``i`` is the trích yếu's wrapped scope, "Trong nữ cán bộ, đoàn viên của Công đoàn
    Trường ...", not a body's "Trong thời gian qua, ...": short, without a closing stop, and the
    grounds ("Thực hiện ...", "Căn cứ ...") open the body right under it."""
    c = clean(lines[i])
    if not c.startswith("Trong ") or len(c) > 100 or re.search(r"[.:;!?]$", c):
        return False
    nxt = next((clean(x) for x in lines[i + 1 : i + 4] if clean(x)), "")
    return bool(_BODY_OPENER.match(nxt))


def _title_without_heading(lines: list[str], i: int, found: Found) -> bool:
    """The capitals at ``i`` are the title block of a copy that lost its type heading.

    Legal-text sites drop the heading ("QUYẾT ĐỊNH", "NGHỊ QUYẾT") and keep the subject in
    capitals under the number and the place and date: "VỀ VIỆC CHO PHÉP KÝ KẾT ..." / "BỘ TRƯỞNG
    BỘ Y TẾ" / "Căn cứ ...", "TUYÊN TRUYỀN KỶ NIỆM ..." / "Căn cứ Chỉ thị ...". A left-column
    line is followed by more header, never by the authority line or the bases.
    """
    if V_V.match(clean(lines[i])):
        return True
    for j in range(i + 1, min(i + 5, len(lines))):
        c = clean(lines[j])
        if not c or (is_caps(c) and not _is_authority_line(lines, j, found)):
            continue
        return bool(_BODY_OPENER.match(c)) or _is_authority_line(lines, j, found)
    return False


# Words that open the line naming the issuing authority under a decision's title block:
# "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG",
# "BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI", "BỘ TRƯỞNG BỘ ...".
_AUTHORITY_HEADS = tuple(
    compact_key(t)
    for t in (
        "ỦY BAN NHÂN DÂN",
        # "CHỦ TỊCH ỦY BAN NHÂN DÂN ...", "CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG" (a 1985 decision).
        "CHỦ TỊCH",
        "GIÁM ĐỐC",
        "HỘI ĐỒNG NHÂN DÂN",
        "BỘ TRƯỞNG",
        "THỦ TƯỚNG CHÍNH PHỦ",
        "CHÍNH PHỦ",
        # The Government under its old names: Hội đồng Chính phủ (1960–1981), Hội đồng Bộ trưởng
        # (1981–1992).
        "HỘI ĐỒNG CHÍNH PHỦ",
        "HỘI ĐỒNG BỘ TRƯỞNG",
        "BAN THƯỜNG VỤ",
        "BAN BÍ THƯ",
        "BAN CHẤP HÀNH",
        "THƯỜNG TRỰC",
    )
)
_BODY_OPENER = re.compile(r"^(?:[-–]\s*)?(?:Căn\b|Xét\b|Theo\b|Thi hành\b|Thực hiện\b|QUYẾT ĐỊNH)")


def _is_authority_line(lines: list[str], i: int, found: Found, text: str | None = None) -> bool:
    """The issuer's name standing between the title block and "Căn cứ ...", not a subject line.

    ``text`` stands for the line's words where a wrap moved the authority's first word up.
    """
    c = clean(lines[i]) if text is None else text
    compact = compact_key(c)
    if (
        not is_caps(c)
        or not (
            compact.startswith(_AUTHORITY_HEADS)
            or _HEAD_TITLE.match(c)
            or (found.left and compact == compact_key(" ".join(found.left)))
            # ... or the issuing body's own line with its place after it: "BAN CHỈ ĐẠO ... TỈNH
            # THÁI BÌNH" under "UBND TỈNH THÁI BÌNH" / "BAN CHỈ ĐẠO ...".
            or (found.left and _body_then_place(compact, found.left[-1]))
            # ... or the header's whole name with the words its cell lost: "ỦY BAN THƯỜNG VỤ
            # QUỐC HỘI" under a header cut to "ỦY BAN THƯỜNG VỤ" (made up; draw14/3081's shape).
            or (found.left and _name_cut_in_header(c, found.left))
            # ... or the head of that office (or of its last line's): "TỔNG KIỂM TOÁN NHÀ NƯỚC"
            # under "KIỂM TOÁN" / "NHÀ NƯỚC", "GIÁM ĐỐC SỞ Y TẾ" under "UBND TỈNH" / "SỞ Y TẾ".
            or any(_head_of(c, office) for office in (" ".join(found.left), *found.left[-1:]))
            # Under a trích yếu in sentence case, capitals are never its rest: the authority, of
            # whatever office ("ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN ...", "BỘ CHÍNH TRỊ").
            or (found.subject and not any(is_caps(x) for x in found.subject) and text is None)
        )
    ):
        return False
    if text is None and _header_again(lines, i, compact, found):
        return True
    # The council's term and session may stand under its name: "KHÓA XII KỲ HỌP THỨ 9"; and a
    # PDF's text layer may put the right column (motto, place and date) after it.
    rest = [clean(x) for x in lines[i + 1 : i + 8]]
    after = [
        x
        for x in rest
        if x
        and not _TERM_LINE.match(x)
        and not _SESSION.match(x)
        and not is_right_hand(x)
        and date_in(x) is None
    ]
    nxt = after[0] if after else ""
    if (
        is_caps(nxt)
        and len(after) > 1
        and _opens_body(after[1], found)
        and len(c) + len(nxt) <= 90
        and " VỀ " not in f" {c} {nxt} "
        and not any(ch.isdigit() for ch in nxt)
    ):
        # The authority wrapped in its cell: "BỘ TRƯỞNG BỘ NÔNG" / "NGHIỆP VÀ PHÁT TRIỂN NÔNG
        # THÔN" / "Căn cứ ..."; a name's length, never a subject's wrapped line ("BÍ THƯ VỀ TĂNG
        # CƯỜNG ..." / "ĐỊNH VÀ TIẾN BỘ ...": dev 19), and an office's name holds no figures
        # ("BAN NHÂN DÂN TỈNH NHIỆM" / "KỲ 2016 - 2021": a subject's term, heldback 223 as PDF).
        return True
    return not nxt or _opens_body(nxt, found)


def _header_again(lines: list[str], i: int, compact: str, found: Found) -> bool:
    """Line ``i`` repeats the header word for word ("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC" under "ỦY
    BAN NHÂN DÂN" / "TỈNH BÌNH PHƯỚC"): the issuer's name under the title, whatever follows it
    (a page cut in the grounds, "- C"; an old circular's "Kính gửi"), unless the line above waits
    for a name ("QUY CHẾ LÀM VIỆC CỦA" / "ỦY BAN NHÂN DÂN TỈNH ...": the trích yếu's rest)."""
    if len(found.left) == 0 or compact != compact_key(" ".join(found.left)):
        return False
    above = next((clean(x) for x in reversed(lines[max(0, i - 3) : i]) if clean(x)), "")
    return _WAITS_FOR_NAME.search(above) is None


# A trích yếu's line ending on a word whose object, a body's name, is on the next line.
_WAITS_FOR_NAME = re.compile(r"\b(?:CỦA|VÀ|VỚI|CHO|TẠI|THUỘC|GIỮA|ĐỐI VỚI|TRỰC)\s*$", re.IGNORECASE)


def _opens_body(line: str, found: Found) -> bool:
    """``line`` opens the body under the authority (a ground ends with ";" whatever its
    opening: "n cứ Luật ...;", a copy lost its "Că")."""
    # (... or the addressees under a type heading: an old circular's authority stands over
    # "Kính gửi:" as well; under a công văn's "V/v" the line over "Kính gửi" is the trích yếu's
    # rest, "CHỦ TỊCH TÔN ĐỨC THẮNG".)
    return (
        bool(_BODY_OPENER.match(line))
        or bool(found.doc_type is not None and KINH_GUI.match(line))
        or _is_body_line(line)
        or line.endswith(";")
    )


def _head_then(line: str, office: str) -> bool:
    """``line`` is a head's title and the whole name ``office`` after it: "BỘ TRƯỞNG BỘ Y TẾ"."""
    words = line.split()
    extra = len(words) - len(office.split())
    return (
        extra >= 1
        and compact_key(" ".join(words[extra:])) == compact_key(office)
        and bool(_HEAD_WORDS.match(" ".join(words[:extra])))
    )


def _head_of(line: str, office: str) -> bool:
    """``line`` is a head's title before the office's name ``office`` (see _HEAD_WORDS)."""
    key = compact_key(office)
    words = line.split()
    extra = len(words) - len(office.split())
    return (
        len(key) >= 8
        and compact_key(line).endswith(key)
        and extra >= 1
        and bool(_HEAD_WORDS.match(" ".join(words[:extra])))
    )


# A head's title before the name of the office it heads: "TỔNG KIỂM TOÁN NHÀ NƯỚC", "TỔNG THANH
# TRA CHÍNH PHỦ", "CHÁNH THANH TRA ...", "GIÁM ĐỐC SỞ ...", "VIỆN TRƯỞNG ...", a court's "CHÁNH ÁN
# TÒA ÁN NHÂN DÂN ..." (draw12/2602's shape), the State Bank's "THỐNG ĐỐC", "TỔNG GIÁM ĐỐC
# BẢO HIỂM XÃ HỘI VIỆT NAM" (draw13/2880's) (never a name's
# own first word a wrap moved: "... CỦA VĂN" / "PHÒNG CHÍNH PHỦ", "... CẤP TỈNH BỘ" / "TRƯỞNG BỘ
# LAO ĐỘNG ...": _title_ends puts that word back).
_HEAD_WORDS = re.compile(
    r"^(?:PHÓ\s+)?(?:TỔNG|CHÁNH(?:\s+ÁN)?|(?:TỔNG\s+)?GIÁM\s+ĐỐC|THỐNG\s+ĐỐC|CHỦ\s+TỊCH"
    r"|CHỦ\s+NHIỆM|(?:BỘ|(?:TỔNG\s+)?CỤC|VIỆN|HIỆU|VỤ)\s+TRƯỞNG)$"
)


_TERM_LINE = re.compile(r"^(?:KHÓA|KHOÁ|NHIỆM KỲ|KỲ HỌP)\b", re.IGNORECASE)
# The session's days in brackets under a council's term: "(Từ ngày 04 đến ngày 05 tháng 12 năm
# 2013)", "(Ngày 10 tháng 7 năm 2020)".
_SESSION = re.compile(r"^\((?:từ\s+)?ngày\b[^()]*\)$", re.IGNORECASE)


def _name_cut_in_header(line: str, left: list[str]) -> bool:
    """``line`` opens with the header's whole name and goes on with one to three words more."""
    name = " ".join(left).split()
    words = line.split()
    return (
        len(compact_key(" ".join(name))) >= 10
        and 1 <= len(words) - len(name) <= 3
        and compact_key(" ".join(words[: len(name)])) == compact_key(" ".join(name))
    )


def _body_then_place(compact: str, body: str) -> bool:
    """``compact`` (a compact key) is the issuing body ``body``'s name with its place after it."""
    key = compact_key(body)
    return (
        len(key) >= 12
        and compact.startswith(key)
        and compact != key
        and bool(re.match(r"(?:tinh|thanhpho|huyen|quan|thixa|xa|phuong)", compact[len(key) :]))
    )


# The head of an office opening the authority line: "HIỆU TRƯỞNG TRƯỜNG THPT ...", "TRƯỞNG
# BAN TUYÊN GIÁO ...", "CỤC TRƯỞNG CỤC ...", "CHỦ NHIỆM ỦY BAN KIỂM TRA ...", "VIỆN TRƯỞNG ...".
_HEAD_TITLE = re.compile(
    r"^(?:PHÓ\s+)?(?:HIỆU\s+TRƯỞNG|TRƯỞNG\s+(?:BAN|PHÒNG|KHOA)|(?:TỔNG\s+)?CỤC\s+TRƯỞNG"
    r"|VIỆN\s+TRƯỞNG|TỔNG\s+GIÁM\s+ĐỐC|CHỦ\s+NHIỆM|CHÁNH\s+VĂN\s+PHÒNG|ĐOÀN\s+CHỦ\s+TỊCH"
    r"|BỘ\s+CHÍNH\s+TRỊ|BÍ\s+THƯ)(?:\s|$)"
)


def _read_kinh_gui(lines: list[str], i: int, found: Found) -> int:
    rest = KINH_GUI.match(clean(lines[i]))
    assert rest is not None
    items: list[str] = []
    first = _uncelled(rest["rest"])
    if cut := _BODY_AFTER.search(first):  # the body glued on after the last item
        found.to = split_items([first[: cut.start()]])
        found.lead = first[cut.end() :]
        return i + 1
    if first:
        items.append(first)
    i += 1
    if not items:
        i = _skip_column_debris(lines, i)
    while i < len(lines):
        c = _uncelled(clean(lines[i]))
        if not c or is_rule(c):
            step = _after_blank(lines, i, items)
            if step == "unsure":
                found.to = []
                return i
            if step == "end":
                break
            i += 1
            continue
        if items and ITEM.match(c) and (cut := _BODY_AFTER.search(c)):
            # "- Phòng Giáo dục và Đào tạo huyện Phú Bình Căn cứ Luật giáo dục ...;": the body
            # glued after a "- ..." item below the first line, as after the first (see above).
            items.append(c[: cut.start()])
            found.lead = c[cut.end() :]
            i += 1
            break
        if items and _GROUND_ITEM.match(c):
            break  # "– Căn cứ vào nhiệm vụ năm học ...": the body's grounds, no recipient
        if ITEM.match(c) and _is_body_line(c) and items and not ENUMERATION.match(c):
            # The last "- ..." item with the body glued on (a scan lost the break): "- Bộ Giáo dục
            # và Đào tạo. Vừa qua, tỉnh ..." is cut at its full stop; "- Công đoàn cơ sở các đơn
            # vị trực thuộc Nhân kỷ niệm 28 năm ..." cannot be cut, so the list is left to fill.
            end = re.search(r"[.;]\s+(?=\W*[A-ZĐÀ-Ỹ])", c[:160])
            if end is None:
                found.to = []
                return i
            items.append(c[: end.start()])
            break
        if (_is_body_line(c) and not ENUMERATION.match(c)) or (
            PARAGRAPH_OPENER.match(c) and not ITEM.match(c)
        ):
            break
        if items and _ADDRESSEE_LABEL.match(c):
            # "Kính gửi: Công ty TNHH ..." / "Mã số thuế: 2300321657" / "Địa chỉ: ..." (made up;
            # draw13/2887's and 2888's shape, a tax office's reply): the addressee's particulars
            # under its name, never a second recipient; the list ends there.
            break
        if _unmarked_next(c, items):
            items.append(c)
            i += 1
            if c.endswith("."):
                break
            continue
        if _text_begins(c, items):
            break
        if items and not ITEM.match(c) and items[-1].endswith("."):
            break  # "... các xã, thị trấn." / "Thực hiện ...": the list's full stop ended it
        if (
            items
            and not ITEM.match(c)
            and c[:1].isupper()
            and not _OPEN_END.search(items[-1])
            and not any(ITEM.match(x) for x in items)  # in a "- ..." list it is the item's rest
        ):
            # "Kính gửi: Các chi bộ trực thuộc" / "Ủy ban nhân dân xã": a second recipient without
            # its mark, or the rest of the first ("Đồng chí Nguyễn Văn A" / "Chủ tịch ..."):
            # which one cannot be told, so the list is left to fill.
            found.to = []
            return i
        if ITEM.match(c) or not items:
            items.append(c)
        else:
            items[-1] = f"{items[-1]} {c}"
        i += 1
    found.to = split_items(items)
    return i


_ADDRESSEE_LABEL = re.compile(
    r"^(?:Mã\s+số\s+thuế|MST|Địa\s+chỉ|Điện\s+thoại|Đ/T|Email|Fax)\s*:", re.IGNORECASE
)
_GROUND_ITEM = re.compile(r"^[-–—+•]\s*(?:Căn\s+cứ|Xét|Thực\s+hiện|Thi\s+hành)\b")


def _after_blank(lines: list[str], i: int, items: list[str]) -> str:
    """What the blank line (or rule) ``i`` in a Kính gửi list is: "on", "end" or "unsure".

    Web copies put blank lines (or table rules) between the "- ..." items (a copy whose
    written-out breaks were mended may leave five there), and spaced a wrapped item's lower-case
    rest apart: "Kính gửi: Hội, Ban Liên lạc các địa phương," / "" / "các đơn vị Truyền thống trực
    thuộc". "Kính gửi: Ban Chấp hành Trung ương Đoàn Thanh niên" / "" / "Cộng sản Hồ Chí Minh":
    the rest of the one name or a second recipient, which cannot be told.
    """
    nxt = next((clean(x) for x in lines[i + 1 : i + 8] if clean(x)), "")
    wrapped = nxt[:1].islower() and len(nxt) < 100 and not PARAGRAPH_OPENER.match(nxt)
    if len(items) == 1 and _name_rest(items[0], nxt):
        return "unsure"
    if items and not ((ITEM.match(nxt) or wrapped) and not _is_body_line(nxt)):
        return "end"
    return "on"


def _unmarked_next(c: str, items: list[str]) -> bool:
    """``c`` is the next recipient under an item ending with ";", without its mark: "Kính gửi:
    Các sở, ban, ngành tỉnh;" / "UBND các huyện, thị xã, thành phố." (indented under the first).
    Not in a "- " list (there it is an item's rest or the body), never a sentence."""
    return (
        bool(items)
        and items[-1].endswith(";")
        and not any(ITEM.match(x) for x in [*items, c])
        and not _RECIPIENT_SENTENCE.search(c)
        and len(c.split()) <= 15
    )


def _text_begins(c: str, items: list[str]) -> bool:
    """The text begins at ``c`` under the Kính gửi list: a sentence of a letter's prose under
    its salutation, "Thưa quý vị,", "Đảng ủy đề nghị ..." (never the rest of an item cut after
    its comma: "Hiệu trưởng các trường Mầm non, Tiểu học," / "THCS trên địa bàn thị xã ...")."""
    if not items or ITEM.match(c):
        return bool(re.match(r"^Thưa\b", c))
    if c[:1].islower() and ITEM.match(items[-1]) and not _RECIPIENT_SENTENCE.search(c):
        # "- Ban liên lạc cựu QTN- CGQS Việt Nam" / "giúp Lào các Tỉnh, Thành phố." (made up;
        # draw12/2571's shape): a "- ..." item's rest in small letters, its stop the list's.
        return False
    if c[:1].isupper() and (len(c) > 100 or (len(c) > 60 and re.search(r"[.!?]$", c))):
        return True
    sentence = _RECIPIENT_SENTENCE.search(c) or (len(c.split()) >= 6 and c.endswith((".", "!")))
    return bool(re.match(r"^Thưa\b", c)) or (bool(sentence) and not _OPEN_END.search(items[-1]))


# The body glued after a Kính gửi line's last item by a text whose line breaks were lost
# ("Kính gửi: Các cơ sở giáo dục trực thuộc Sở. Thực hiện chỉ đạo của Bộ ..."): the list ends
# at the body's opener, or at a sentence after a full stop ("... trực thuộc Sở. Vừa qua, theo ...", "... Trung ương Căn cứ ...";
# never "TP. Hồ Chí Minh", "Tp. Huế": a name's words after an abbreviation are capitalised).
_BODY_AFTER = re.compile(
    r"(?<=[^\W\d_]{2})\.?\s+(?=(?:Căn\s+cứ|Thực\s+hiện|Theo|Xét|Để|Nhằm|Vừa\s+qua)\s)"
    r"|(?<=[^\W\d_][a-zđà-ỹ])\.\s+(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ]*,?\s+[a-zđà-ỹ])"
    # A reply's opening after the addressee, on its line ("Kính gửi: Tổng công ty Khí ... (PV
    # GAS) Phúc đáp Công văn số 615/KVN-PC ..."; made up, draw13/2878's shape): no body's name
    # holds "phúc đáp" or "trả lời" before a paper's name.
    r"|(?<=[\w)])\.?\s+(?=(?:Phúc\s+đáp|Trả\s+lời)\s+(?i:công\s+văn|văn\s+bản|đơn|tờ\s+trình)\b)"
    # ... or the body's narrative opening of its time ("Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân
    # các tỉnh, thành phố trực thuộc Trung ương Trong thời gian qua, Ủy ban ...", made up;
    # draw13/2879's shape): no body's name holds it.
    r"|(?<=[^\W\d_]{2})\.?\s+(?=(?:Trong\s+(?:thời\s+gian|những\s+năm)|Thời\s+gian|Những\s+năm)"
    r"\s+(?:vừa\s+)?qua\s*,)"
)


def _name_rest(item: str, nxt: str) -> bool:
    """``nxt``, over a blank line, may be the rest of the recipient's name ``item``.

    A few words opening with a capital, without a stop, under an item that has none either: no
    sentence of the body, no list mark, no salutation.
    """
    words = nxt.split()
    return (
        not ITEM.match(item)
        and not re.search(r"[.;,:!]$", item)
        and 1 <= len(words) <= 6
        and words[0][:1].isupper()
        and not re.search(r"[.;:!?,]", nxt)
        and not (ITEM.match(nxt) or PARAGRAPH_OPENER.match(nxt) or _is_body_line(nxt))
        and not re.match(r"(?i)thưa\b", nxt)
    )


def _uncelled(line: str) -> str:
    """A line without the cell mark a legal-text site ends its table's cells with ("Kính gửi: |")."""
    return re.sub(r"\s*\|\s*$", "", line.strip()).strip()


# Words of a sentence, never of a recipient's name: the text has begun under "Kính gửi".
_RECIPIENT_SENTENCE = re.compile(
    r"\s(?:đề nghị|yêu cầu|đã|sẽ|đang|xin|trân trọng|thông báo|triển khai|hướng dẫn thực hiện)\s"
)
# An item that goes on on the next line: "Ban Thường vụ các huyện ủy, thị ủy," / "thành ủy ...".
_OPEN_END = re.compile(r"(?:[,&]|\s(?:và|các|của|cùng|hoặc))$", re.IGNORECASE)


def _skip_column_debris(lines: list[str], i: int) -> int:
    """Skip what the other column left between "Kính gửi:" and its "- ..." items.

    OCR of a state header interleaves the columns: "Kính gửi:" / "Độc lập - Tự do - Hạnh phúc" /
    "Hà Nơi" / "ngage thang § nam 2019" / "- Các sở giáo dục và đảo tạo" (a ministry's scan).
    """
    for j in range(i, min(i + 9, len(lines))):
        c = clean(lines[j])
        if ITEM.match(c) and not _is_body_line(c):
            return j
        if c and not (is_right_hand(c) or is_rule(c) or date_in(c) or len(c.split()) <= 5):
            return i
    return i


_ITEM_SPLIT = re.compile(r";\s*(?=[-–—+•]|[A-ZĐÀ-Ỹ])(?=[^a-zđà-ỹ])")
_MARKED_SPLIT = re.compile(r";\s*(?=[-–—+•])")


_HOW_MEANT = re.compile(r"\s*\((?![^()]*[A-ZĐ]{2})([^()]{1,25})\)$")


def _unless_a_name(m: re.Match[str]) -> str:
    """ "" for a note of how the copy is meant; the bracket itself where it names a body."""
    named = sum(1 for w in m[1].split() if w[:1].isupper() and w.isalpha())
    return m[0] if named >= 2 else ""


def split_items(items: list[str]) -> list[str]:
    """The items of a Kính gửi or Nơi nhận list, marks and closing punctuation dropped.

    "A; - B" or "A; B" on one line are two items ("nghiên cứu; phóng viên, nhà báo" is one);
    in a list whose items stand on lines of their own, each marked "- ", a ";" inside an item
    is the item's own ("- Công đoàn cơ quan Bộ ...; Công đoàn Đại học Quốc gia, Đại học Vùng").
    """
    marked = sum(1 for item in items if ITEM.match(item)) >= 2
    split = _MARKED_SPLIT if marked else _ITEM_SPLIT
    out: list[str] = []
    for item in items:
        for part in split.split(item):
            text = ITEM.sub("", part.strip()).strip().rstrip(";,.").strip()
            # "(b/c)", "(để biết)", "(t/h)": how the copy is meant, not whom it goes to.
            # A name's own brackets hold capitals: "Hiệu trưởng các trường MN - MG (CL - NCL)",
            # or a body's name, two words with capitals at least ("Hội đồng thẩm định quy hoạch
            # tỉnh (Bộ Kế hoạch và Đầu tư)", made up; draw11/2494's shape).
            text = _HOW_MEANT.sub(_unless_a_name, text).rstrip(";,.").strip()
            if text:
                out.append(text)
    return out
