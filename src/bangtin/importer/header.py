"""The layout reader's header: number, date, place, header lines, type heading, subject, Kính gửi."""

from __future__ import annotations

import re

from bangtin.importer.layout import Found
from bangtin.importer.lines import (
    ITEM,
    KINH_GUI,
    NOI_NHAN,
    NOISE,
    PARAGRAPH_OPENER,
    STAMPS,
    V_V,
    blank_date_place,
    clean,
    compact_key,
    date_in,
    doc_type_line,
    is_caps,
    is_right_hand,
    is_rule,
    number_in,
    type_lead,
)


def read_header(lines: list[str], found: Found) -> int:
    """Fill number, date, place, issuer lines, type, subject and Kính gửi; return the body start."""
    limit = min(len(lines), 80)
    type_idx = None
    lead = False
    stop_idx = None
    for i in range(limit):
        c = clean(lines[i])
        if found.number is None and (number := number_in(c)) is not None:
            found.number, found.number_idx = number, i
        elif found.date is None and (pd := date_in(c)) is not None:
            found.place, found.date = pd
        elif found.date is None and not found.place and (place := blank_date_place(c)):
            found.place = place
        elif type_idx is None and (doc_type := doc_type_line(c)) is not None:
            found.doc_type, type_idx = doc_type, i
            break
        elif type_idx is None and (both := type_lead(c)) is not None:
            found.doc_type, type_idx, lead = both[0], i, True
            found.subject = [both[1]]
            break
        elif KINH_GUI.match(c) or (found.number is not None and _is_body_line(c)):
            stop_idx = i
            break
        elif stop_idx is None and V_V.match(c) and not _is_body_line(c):
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
        c = clean(lines[i]).strip("* ")
        if (
            c
            and is_caps(c)
            and not is_right_hand(c)
            and not is_rule(c)
            and date_in(c) is None
            and number_in(c) is None
            and not NOISE.match(c)
            and compact_key(c) not in STAMPS
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
            if V_V.match(clean(lines[i])) and not _is_body_line(clean(lines[i])):
                end = max(end, _read_subject(lines, i, found, caps_ok=False))
                break
    for i in range(end, min(end + 12, len(lines))):
        c = clean(lines[i])
        if not c or is_rule(c) or date_in(c) or is_right_hand(c):
            continue
        if KINH_GUI.match(c):
            return _read_kinh_gui(lines, i, found)
        break
    return end


def _is_body_line(line: str) -> bool:
    # A long line in capitals is a title block written as one line, not a paragraph.
    return (len(line) > 160 and not is_caps(line)) or bool(
        re.match(r"^(?:Thực hiện|Căn cứ|Theo|Để|Nhằm|Trong)\b", line)
    )


def _read_subject(lines: list[str], i: int, found: Found, *, caps_ok: bool) -> int:
    """Collect subject lines from ``i`` until a blank line or a rule; return the index after."""
    n = len(lines)
    while i < n:
        c = clean(lines[i])
        if c and not is_rule(c) and not date_in(c) and not is_right_hand(c):
            break
        if c == "" and found.subject:
            break
        i += 1
    while i < n and len(found.subject) < 6:
        c = clean(lines[i])
        if not c and found.subject and (caps_ok or V_V.match(found.subject[0])):
            # A scan or a web copy spaces a subject's wrapped lines apart: "V/v hướng dẫn thực
            # hiện nhiệm vụ" / "" / "giáo dục trung học năm học 2019-2020" (a ministry's OCR);
            # "Quy định việc xác nhận ..." / "" / "đã được thành lập ..." (the legal database).
            nxt = lines[i + 1].strip() if i + 1 < n else ""
            if nxt[:1].islower() and len(nxt) < 120 and not _is_body_line(nxt):
                i += 1
                continue
        if not c or is_rule(c) or KINH_GUI.match(c) or NOI_NHAN.match(c):
            break
        if found.subject and _is_authority_line(lines, i, found):
            break
        if (
            found.subject
            and found.subject[-1][:1].islower()
            and c[:1].isupper()
            and not is_caps(c)
            and len(c) >= 55
            and len(found.subject[-1]) < len(c) - 15
        ):
            # A PDF's subject ends with a short, centred lower-case line ("định hướng đến năm
            # 2030"); a full-width line opening with a capital is the body ("Hội nghị lần thứ
            # bảy ... họp"). A short one continues the subject ("Công văn số 2078-CV/ĐUK năm 2024").
            break
        if date_in(c) or is_right_hand(c):
            i += 1
            continue
        if _is_body_line(c) and not (found.subject == [] and V_V.match(c)):
            break
        if found.subject and not caps_ok and is_caps(c) and not is_caps(found.subject[0]):
            break
        if not caps_ok and is_caps(c) and not found.subject:
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
    compact_key(t)
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


def _is_authority_line(lines: list[str], i: int, found: Found) -> bool:
    """The issuer's name standing between the title block and "Căn cứ ...", not a subject line."""
    c = clean(lines[i])
    compact = compact_key(c)
    if not is_caps(c) or not (
        compact.startswith(_AUTHORITY_HEADS)
        or (found.left and compact == compact_key(" ".join(found.left)))
    ):
        return False
    nxt = next((clean(x) for x in lines[i + 1 : i + 5] if clean(x)), "")
    return not nxt or bool(_BODY_OPENER.match(nxt)) or _is_body_line(nxt)


def _read_kinh_gui(lines: list[str], i: int, found: Found) -> int:
    rest = KINH_GUI.match(clean(lines[i]))
    assert rest is not None
    items: list[str] = []
    first = rest["rest"].strip()
    if first:
        items.append(first)
    i += 1
    if not items:
        i = _skip_column_debris(lines, i)
    while i < len(lines):
        c = clean(lines[i])
        if not c or is_rule(c):
            # Web copies put blank lines (or table rules) between the "- ..." items.
            nxt = next((clean(x) for x in lines[i + 1 : i + 4] if clean(x)), "")
            if items and not (ITEM.match(nxt) and not _is_body_line(nxt)):
                break
            i += 1
            continue
        if _is_body_line(c) or (PARAGRAPH_OPENER.match(c) and not ITEM.match(c)):
            break
        if ITEM.match(c) or not items:
            items.append(c)
        else:
            items[-1] = f"{items[-1]} {c}"
        i += 1
    found.to = split_items(items)
    return i


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


def split_items(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        # "A; - B" or "A; B" joins two items; "nghiên cứu; phóng viên, nhà báo" is one.
        for part in re.split(r";\s*(?=[-–—+•]|[A-ZĐÀ-Ỹ])(?=[^a-zđà-ỹ])", item):
            text = ITEM.sub("", part.strip()).strip().rstrip(";,.").strip()
            # "(b/c)", "(để biết)", "(t/h)": how the copy is meant, not whom it goes to.
            text = re.sub(r"\s*\([^()]{1,25}\)$", "", text).rstrip(";,.").strip()
            if text:
                out.append(text)
    return out
