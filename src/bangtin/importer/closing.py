"""The layout reader's closing: Nơi nhận and the signature block, in either order."""

from __future__ import annotations

import re

from bangtin.importer.casing import person_case
from bangtin.importer.footnotes import footnote_def
from bangtin.importer.header import split_items
from bangtin.importer.layout import Found
from bangtin.importer.lines import (
    AUTHORITY,
    END_MARK,
    ITEM,
    NOI_NHAN,
    SIGNED,
    TITLE_WORDS,
    clean,
    doc_type_line,
    is_caps,
    is_name,
)


def find_closing(lines: list[str], body_start: int) -> int:
    """Index where the closing (Nơi nhận or the signature block) begins."""
    end_mark = None
    for i in range(body_start, len(lines)):
        c = _row(clean(lines[i]))[0]
        if (AUTHORITY.match(c) or _BARE_MARK.match(c)) and is_caps(c):
            return i
        if NOI_NHAN.match(c):
            return _signed_above(lines, body_start, i)
        if END_MARK.search(c):
            end_mark = i
    if end_mark is not None:
        return end_mark + 1
    # No "./." and no authority: the last capitalised title line over a name closes the text.
    for i in range(len(lines) - 1, body_start, -1):
        c = clean(lines[i])
        if is_caps(c) and TITLE_WORDS.fullmatch(c):
            return i
    return len(lines)


def _signed_above(lines: list[str], body_start: int, at: int) -> int:
    """Where the closing begins when Nơi nhận is at ``at``: the signature block right above it.

    A title alone over its name, signed before the list ("HIỆU TRƯỞNG" / "(Đã ký)" / "Lê Văn
    Cường" / "Nơi nhận: ..."): without a "TM." or "KT." line the block would be read as the body's
    last lines. Only a title line in capitals, then nothing but the name and the signed mark.
    """
    seen = 0
    for j in range(at - 1, max(body_start, at - 8), -1):
        c = clean(lines[j])
        if not c or SIGNED.match(c):
            continue
        if is_caps(c) and TITLE_WORDS.fullmatch(c):
            return j
        seen += 1
        if seen > 1 or not is_name(c):
            break
    return at


def read_closing(lines: list[str], closing: int, found: Found) -> int:
    """Read Nơi nhận and the signature block, in either order, columns interleaved or not.

    Returns:
        The index just after the last line that belongs to the closing.
    """
    in_cc = False
    seen_title = False
    cc_items: list[str] = []
    cc_open = False
    end = closing
    row_ended = cut = False
    for i in range(closing, len(lines)):
        c, row, opens_cc = _row(clean(lines[i]))
        if not c:
            cc_open = False
            continue
        if _waits_name(found) and len(c) <= 3 and not any(ch.isalnum() for ch in c):
            # A stray mark of the signature's picture or stamp in a PDF's text layer, between the
            # title and the name ("THỦ TƯỚNG" / "[" / "Lê Văn An", made up; draw11/2430's shape).
            continue
        if (
            not _signature_line(c)
            and ((row_ended and not row) or _annex_title(lines, i))
            and not _wrapped_name(found)
        ):
            # "| TM. ỦY BAN NHÂN DÂN |" / "QUY CHẾ" / "HOẠT ĐỘNG CỦA ..." / "(Ban hành kèm theo
            # ...)": a legal site kept the signature's first table row only; what follows is
            # the annex, never its title.
            cut = True
            break
        row_ended = row_ended or row
        in_cc = in_cc or opens_cc
        if in_cc or NOI_NHAN.match(c):
            c = _column_apart(c, found)
            seen_title = seen_title or bool(found.title)
            if not c:
                end = i + 1
                continue
        if m := NOI_NHAN.match(c):
            in_cc = cc_open = True
            if m["rest"].strip():
                cc_items.append(m["rest"].strip())
        elif not found.name and (titled := _titled_name(c, in_cc)) is not None:
            item, head, found.name = titled
            cc_items.extend([item] if item else [])
            _take_head(head, found)
        elif (
            (AUTHORITY.match(c) or _BARE_MARK.match(c))
            and (is_caps(c) or _plain_over_name(lines, i, 2))
            and not found.name
            and not _ACTING.match(c)
        ):
            found.authority.append(c)
            seen_title = False
        elif SIGNED.match(c) or (_waits_name(found) and _SIGNED_PIECE.match(c)):
            pass
        elif in_cc and cc_open and _item_goes_on(cc_items, c):
            cc_items[-1] = f"{cc_items[-1]} {c}"
        elif found.authority and not found.title and _authority_rest(lines, i, c, found):
            # "TM. ỦY BAN" / "NHÂN DÂN" / "CHỦ TỊCH": the authority's name wrapped, its rest
            # before the title (it was glued to the title: "Nhân dân Chủ tịch").
            found.authority[-1] = f"{found.authority[-1]} {c}"
        elif (
            is_caps(c)
            and not ITEM.match(c)
            and not found.name
            and (found.authority or TITLE_WORDS.search(c) or _over_name(lines, i))
            and not _name_in_caps(lines, i, c, found)
        ) or (not found.name and not found.title and _plain_title(lines, i, c)):
            found.title.append(c)
            seen_title = True
        elif in_cc and ITEM.match(c):
            cc_items.append(c)
            cc_open = True
        elif in_cc and cc_open and _unmarked_item(c, cc_items):
            cc_items.append(c)
        elif not found.name and (seen_title or found.authority) and (name := _signer_name(c)):
            found.name = name
        elif in_cc and cc_open and cc_items and not is_caps(c) and footnote_def(c) is None:
            cc_items[-1] = f"{cc_items[-1]} {c}"
        else:
            break
        end = i + 1
    found.cc = split_items(cc_items)
    # A mark left alone ("K/T" with no body's name under it) signs for nobody that was read.
    found.authority = [a for a in found.authority if AUTHORITY.match(a)]
    _deputy_wrapped(found)
    _split_authority_title(found)
    found.nameless_block = _nameless(found, row_ended or cut or _name_cut(lines, end, found))
    return end


def _titled_name(c: str, in_cc: bool) -> tuple[str, str, str] | None:
    """(item, head, name) where the block's rows were flattened into one line, its capitals then
    the signer's name: "KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Phạm Văn An", "TỔNG GIÁM ĐỐC Trần
    Văn Bình" under the Nơi nhận list, or glued after its last item ("- Lưu: VT, TH (2b). Lan
    BỘ TRƯỞNG, CHỦ NHIỆM Lê Văn Cường"; made up, draw13/2875's, 2876's and 2878's shape, a legal
    site's crawled text). The head is an authority line or opens with a title's words; after an
    item, only an authority or titles alone; the name, two to six words of a known surname."""
    words = c.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and not is_caps(words[k - 1]):
        k -= 1
    name = " ".join(words[k:])
    j = k
    while j > 0 and (is_caps(words[j - 1]) or words[j - 1] in ("-", "–")):
        j -= 1
    item, head = " ".join(words[:j]), " ".join(words[j:k])
    if not (is_name(name) and is_caps(head)) or NOI_NHAN.match(head):
        return None
    titles = all(_CHIEF_TITLE.fullmatch(t.strip()) for t in head.split(","))
    if item:
        ok = in_cc and bool(ITEM.match(item)) and (bool(AUTHORITY.match(head)) or titles)
    else:
        ok = bool(AUTHORITY.match(head) or _CHIEF_TITLE.match(head) or titles)
    return (item, head, name) if ok and not ITEM.match(head) else None


# A title's words with the chief's "TỔNG" before them: "TỔNG GIÁM ĐỐC", "PHÓ TỔNG CỤC TRƯỞNG".
_CHIEF_TITLE = re.compile(r"(?:PHÓ\s+)?(?:TỔNG\s+)?(?:" + TITLE_WORDS.pattern + ")")


def _take_head(head: str, found: Found) -> None:
    """The capitals of a flattened block (see _titled_name): an authority line (its title after
    it is split off later), the rest of a mark read alone above ("TL." / "BỘ TRƯỞNG CHÁNH VĂN
    PHÒNG ..."), or the title."""
    if AUTHORITY.match(head) and not found.title:
        found.authority.append(head)
    elif found.authority and not found.title and _BARE_MARK.match(found.authority[-1]):
        found.authority[-1] = f"{found.authority[-1]} {head}"
    else:
        found.title.append(head)


# The signed mark broken after its first word, under the block's title: "TRƯỞNG BAN" / "(Đã" /
# "ký)" / name (made up; draw12/2571's shape, a site that breaks a paragraph after its first
# word).
_SIGNED_PIECE = re.compile(r"^\((?:đã|Đã|ĐÃ)$|^(?:ký|KÝ)\)$")


def _item_goes_on(cc_items: list[str], c: str) -> bool:
    """``c`` is the rest of the Nơi nhận item above, which ends with a comma: its list of short
    names wrapped, in capitals ("- VPUB: CVP, các PCVP, KTN, KTTH, KGVX," / "ĐT, TNMT, HH,
    TTTTDTTTP;", made up; draw14/3064's shape), never the signature's block (no authority,
    title or name) nor an item of its own."""
    return (
        bool(cc_items)
        and cc_items[-1].endswith(",")
        and not ITEM.match(c)
        and not _signature_line(c)
        and not TITLE_WORDS.search(c)
        and footnote_def(c) is None
    )


def _unmarked_item(c: str, cc_items: list[str]) -> bool:
    """A Nơi nhận item that lost its list mark: a Word file's text, whose dashes were the list's
    formatting and no characters ("Nơi nhận:" / "Ban Thường vụ Tỉnh ủy;" / "UBND tỉnh;", made up;
    draw11/2306's shape). Right under the label (no blank line between), in a list no item of
    which is marked; a body's name in sentence case, a short line that ends an item (";", ","
    or "." at its end, or a ";" inside before a wrapped note: "Ban TT UBTW MTTQ VN; (Để"). A line
    in small letters goes on the item above it (read_closing)."""
    if any(ITEM.match(x) for x in cc_items) or len(c) > 80 or is_caps(c):
        return False
    return c[0].isupper() and (";" in c or c.endswith((",", "."))) and footnote_def(c) is None


def _name_cut(lines: list[str], end: int, found: Found) -> bool:
    """The page ends on the first letter of the signer's name under the block's title ("KT. CHỦ
    TỊCH" / "PHÓ CHỦ TỊCH" / "Đ", made up; draw3/635's shape): the block was there, its name was
    cut (not a page that ends under the title: it may have ended before the block)."""
    rest = [c for c in (clean(x) for x in lines[end:]) if c]
    return bool(found.title) and len(rest) == 1 and len(rest[0]) == 1 and rest[0].isupper()


_PRESIDIUM = re.compile(r"\bĐOÀN\s*$")


def _name_in_caps(lines: list[str], i: int, c: str, found: Found) -> bool:
    """``c`` is the signer's name typed in capitals under the block's title, with the space for
    the signature (a blank line) or the signed mark between ("PHÓ BÍ THƯ" / "" / "NGUYỄN VĂN
    AN"); a title's rest in capitals stands right under its line ("PHÓ CHÁNH" / "VĂN PHÒNG")."""
    if not found.title or TITLE_WORDS.search(c) or AUTHORITY.match(c):
        return False
    if not 2 <= len(c.split()) <= 5 or not is_name(person_case(c)):
        return False
    above = clean(lines[i - 1]) if i else ""
    return not above or bool(SIGNED.match(above))


def _wrapped_name(found: Found) -> bool:
    """The last authority line stops on a word that waits for the body's name ("TM. ỦY BAN" /
    "NHÂN DÂN |", a table cell wrapped), or is the mark alone ("TM." / "ỦY BAN NHÂN DÂN |"): the
    next line is its rest, not yet the annex."""
    return bool(
        found.authority
        and not found.title
        and (_WAITS_NAME.search(found.authority[-1]) or _BARE_MARK.match(found.authority[-1]))
    )


def _annex_title(lines: list[str], i: int) -> bool:
    """Line ``i`` is an annex's title: a type's heading, or capitals over "(Ban hành kèm theo
    ...)" within 3 lines."""
    if not is_caps(clean(lines[i])):
        return False
    if doc_type_line(lines[i]) is not None:
        return True  # "QUY CHẾ" / "HOẠT ĐỘNG CỦA ...": a type's heading opens the annex
    below = [clean(x) for x in lines[i + 1 : i + 6] if clean(x)][:3]
    return any(_ANNEX_UNDER.match(x) for x in below)


_ANNEX_UNDER = re.compile(r"^\(\s*(?:ban\s+hành\s+(?:kèm\s+)?theo|kèm\s+theo)\b", re.IGNORECASE)


def _column_apart(c: str, found: Found) -> str:
    """A Nơi nhận line without the signature's column beside it, which is read (see
    _right_column and _name_beside)."""
    c, column = _right_column(c)
    if column:
        _take_column(column, found)
    elif _waits_name(found) and (m := _NAME_BESIDE.match(c)) and (name := _signer_name(m[2])):
        found.name, c = name, m["item"]
    return c


def _waits_name(found: Found) -> bool:
    return bool(found.title or found.authority) and not found.name


# "- Lưu VP. Trần Văn Bình": a two-column closing dumped row by row puts the signer's name on
# the row of the list's last item, after its closing stop (made up; a plain-text dump of a Party
# plan). Only a name of a known surname (is_name), only after the block's title or authority.
_NAME_BESIDE = re.compile(r"^(?P<item>[-–+•].*\S\.)\s+(?P<name>[A-ZĐÀ-Ỹ][^.,;:()]+)$")


def _signer_name(c: str) -> str:
    """The signer's name on line ``c`` (its degree dropped, capitals in name case), or ""."""
    plain = _DEGREE.sub("", c)
    if is_name(plain) or (is_caps(c) and is_name(person_case(plain))):
        return person_case(plain)
    return ""


def _nameless(found: Found, lost: bool) -> bool:
    """The block's name row was ``lost`` (a table row kept alone, the annex under it): its
    authority and title are sure where they are a block's (not where the page just ends under
    the authority: a page cut there is keyed as carrying no signer as often as not).

    An authority line is the mark and a body's name, up to eight words, and the name of its
    place after it ("TM. ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", draw9/2090's shape); a longer line
    has more than a name in it (a title glued on: "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG
    TRỰC").
    """
    return (
        not found.name
        and lost
        and all(_signature_line(t) for t in found.title)
        and all(len(_PLACE_LAST.sub("", a).split()) <= 8 for a in found.authority)
    )


# The place a body's name ends with: "... THÀNH PHỐ CẦN THƠ", "... TỈNH BÀ RỊA - VŨNG TÀU".
_PLACE_LAST = re.compile(
    r"\s(?:TỈNH|THÀNH\s+PHỐ|TP\.|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|THỊ\s+TRẤN)(?:\s+[^\s|]+){1,5}$"
)


def _row(line: str) -> tuple[str, bool, bool]:
    """A closing line as a legal site's table row gives it: (what to read, a row, Nơi nhận).

    "| TM. ỦY BAN NHÂN DÂN |", "KT. CHỦ TỊCH |", "Nơi nhận: | CHỦ TỊCH |", "- Như Điều 3; | TM.
    ỦY BAN NHÂN DÂN |": the signature's cell is read; the Nơi nhận cell beside it opens the list.
    """
    if "|" not in line:
        return line, False, False
    cells = [x.strip() for x in line.split("|") if x.strip()]
    if not cells:
        return "", False, False
    last = cells[-1]
    if len(cells) > 1 and _signature_line(last):
        return last, True, bool(NOI_NHAN.match(cells[0]) or ITEM.match(cells[0]))
    return " ".join(cells), True, False


def _signature_line(c: str) -> bool:
    """An authority, a title, a name or the signed mark: a line of the signature block."""
    return bool(
        (is_caps(c) and (AUTHORITY.match(c) or (TITLE_WORDS.match(c) and len(c.split()) <= 8)))
        or SIGNED.match(c)
        or is_name(c)
        # (a mark alone, its body's name on the next line: "TM." / "ỦY BAN NHÂN DÂN |")
        or _BARE_MARK.match(c)
    )


def _authority_rest(lines: list[str], i: int, c: str, found: Found) -> bool:
    """``c``, under an authority line, is its wrapped rest: capitals without a title's word, a
    title's line in capitals right under it."""
    if _BARE_MARK.match(found.authority[-1]):
        return is_caps(c) and not ITEM.match(c)  # "K/T" / "TRƯỞNG BAN": the mark's body
    if not is_caps(c) or ITEM.match(c) or TITLE_WORDS.search(c) or AUTHORITY.match(c):
        return False
    if _WAITS_NAME.search(found.authority[-1]):
        # "KT. BỘ TRƯỞNG BỘ" / "NỘI VỤ" / "THỨ TRƯỞNG": the line stops on a word that waits for
        # the office's name, whatever title follows.
        return True
    nxt = next((clean(x) for x in lines[i + 1 : i + 3] if clean(x)), "")
    return is_caps(nxt) and bool(TITLE_WORDS.fullmatch(nxt))


def _plain_title(lines: list[str], i: int, c: str) -> bool:
    """``c`` is a title's words alone, in sentence case, over the signer's name ("Phó Chủ tịch" /
    "(Đã ký)" / "Trần Huy Năng": a legal database's print view writes the block so)."""
    return (
        not is_caps(c)
        and len(c.split()) <= 6
        and bool(TITLE_WORDS.fullmatch(c.upper()))
        and _plain_over_name(lines, i, 1)
    )


def _plain_over_name(lines: list[str], i: int, rows: int) -> bool:
    """Within ``rows`` lines under ``i`` (blank lines and the signed mark apart), the last one is
    a name and those between are titles' words alone: a signature block's rows."""
    below = [x for x in (clean(y) for y in lines[i + 1 : i + 10]) if x and not SIGNED.match(x)]
    if len(below) < rows:
        return False
    *titles, name = below[:rows]
    return is_name(_DEGREE.sub("", name)) and all(TITLE_WORDS.fullmatch(t.upper()) for t in titles)


# A signing mark alone on its line, its body on the next ("K/T" / "TRƯỞNG BAN" / "PHÓ TRƯỞNG
# BAN": a legal site's cell broken after the mark).
_BARE_MARK = re.compile(r"^(?:T\s*/\s*M|K\s*/\s*T|T\s*/\s*L|TM\.|KT\.|TL\.|TUQ\.)$")


def _over_name(lines: list[str], i: int) -> bool:
    """The capitals at ``i`` stand right over the signer's name (a signed mark between them may
    stand): the signer's title, whatever its words ("TỔNG KIỂM TOÁN NHÀ NƯỚC" / "Hồ Đức Phớc")."""
    for x in lines[i + 1 : i + 4]:
        x = clean(x)
        if not x or SIGNED.match(x):
            continue
        return is_name(_DEGREE.sub("", x)) and len(clean(lines[i]).split()) <= 10
    return False


# The words an authority line cannot end with: the office's name is still to come.
_WAITS_NAME = re.compile(r"\s(?:BỘ|BAN|SỞ|CỦA|VÀ|ỦY BAN|UỶ BAN|HỘI ĐỒNG|TỈNH|HUYỆN|THÀNH PHỐ)$")


# "Q. VỤ TRƯỞNG ..." (quyền: acting) under "TL. BỘ TRƯỞNG" is the signer's own title, not a line
# signing for another (TM., KT., TL., TUQ.).
_ACTING = re.compile(r"^Q\.\s")


# A signer's degree or honorific before the name: "TS. Phạm Văn Hà", "ThS. Trần Thị Mai",
# "PGS.TS. Nguyễn An" (the key and the record keep the name alone).
# A general's or an officer's rank before the name, as the ministries of Public Security and
# Defence sign ("BỘ TRƯỞNG" / "Đại tướng Trần Văn Bình", made up; draw11/2435's shape): no part
# of the name, as a degree is none.
_RANK = r"(?i:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|(?:Phó\s+)?Đô\s+đốc)"
_DEGREE = re.compile(
    r"^(?:(?:PGS|GS|TSKH|TS|ThS|BSCKII|BSCKI|BS|DS|KS|CN|LS)\.\s*|" + _RANK + r"\s+)+(?=[A-ZĐ])"
)


def _right_column(line: str) -> tuple[str, str]:
    """A Nơi nhận line and the signature column's words beside it, glued: (left, right).

    Two columns flattened into lines: "Nơi nhận: KT. CHỦ TỊCH", "- Như trên; PHÓ CHỦ TỊCH": the
    capitals at the end that are an authority or a title are the signature's ("- Lưu: VT." keeps
    its "VT.").
    """
    if _ACTING.match(line):
        # "Q. GIÁM ĐỐC" under the list: the acting head's own title, no item beside it (its
        # "Q." is no recipient; made up, a department's letter signed by its acting director).
        return line, ""
    words = line.split()
    k = len(words)
    while k > 0 and is_caps(words[k - 1]) and not ITEM.match(words[k - 1]):
        k -= 1
    for j in range(k, len(words)):
        left, right = " ".join(words[:j]), " ".join(words[j:])
        if not NOI_NHAN.match(left) and (
            not re.search(r"\w", ITEM.sub("", left)) or not (ITEM.match(left) or not is_caps(left))
        ):
            # "- THƯỜNG TRỰC HUYỆN ỦY" (a recipient in capitals), "KT. CHỦ TỊCH" (the
            # signature's own line): nothing of the other column stands beside them.
            continue
        if (
            (AUTHORITY.match(right) and TITLE_WORDS.search(right))
            or TITLE_WORDS.fullmatch(right)
            # "Nơi nhận: TM. BAN THƯỜNG VỤ", "Nơi nhận: T/M BAN CHẤP HÀNH": a body's name after
            # the mark, on the list's first line (a recipient never opens with "TM.").
            or (NOI_NHAN.match(left) and AUTHORITY.match(right) and not _ACTING.match(right))
        ):
            return left, right
    return line, ""


def _take_column(column: str, found: Found) -> None:
    """An authority or title line from the signature's column (see _right_column)."""
    if found.name:
        return
    if AUTHORITY.match(column) and not found.title:
        found.authority.append(column)
    else:
        found.title.append(column)


def _deputy_wrapped(found: Found) -> None:
    """ "KT THỦ TƯỚNG CHÍNH PHỦ PHÓ" / "THỦ TƯỚNG": the deputy's "PHÓ" wrapped up onto the
    authority's line is the title's first word."""
    if found.authority and found.title and found.authority[-1].endswith(" PHÓ"):
        found.authority[-1] = found.authority[-1].removesuffix(" PHÓ")
        found.title[0] = f"PHÓ {found.title[0]}"


def _body_name(rest: str, title: re.Match[str]) -> bool:
    """The title word ``title`` found in the authority's ``rest`` ends a body's name: a board
    named by the title of those on it ("T/M BAN BÍ THƯ", "TM. BAN THƯỜNG TRỰC", "TM. BAN CHỦ
    NHIỆM"; made up, draw10/2151's shape), the presidium ("TM. ĐOÀN CHỦ TỊCH")."""
    before = rest[: title.start()].strip()
    return before == "BAN" or (title[0] == "CHỦ TỊCH" and _PRESIDIUM.search(before) is not None)


def _split_authority_title(found: Found) -> None:
    """Split "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ" written on one line into authority and title."""
    if found.title or not found.authority:
        return
    last = found.authority[-1]
    m = AUTHORITY.match(last)
    assert m is not None
    rest = m["rest"]
    # ("TM. ĐOÀN CHỦ TỊCH", "T/M BAN BÍ THƯ": a body, not "T/M BAN" and a title; see _body_name.)
    titles = [t for t in TITLE_WORDS.finditer(rest) if not _body_name(rest, t)]
    # (a chief's "TỔNG" and a deputy's "PHÓ" before the words are the title's: "KT. TỔNG GIÁM
    # ĐỐC PHÓ TỔNG GIÁM ĐỐC", made up, draw13/2875's shape, is "PHÓ TỔNG GIÁM ĐỐC" signing)
    titles = [t for t in titles if _chief_start(rest, t.start()) > 0]
    if titles:
        # "THƯỜNG TRỰC" after a title qualifies it: "... TRUNG ƯƠNG ĐOÀN BÍ THƯ THƯỜNG TRỰC" is
        # "BÍ THƯ THƯỜNG TRỰC", never "THƯỜNG TRỰC" alone ("BAN BÍ THƯ" before it is the body's
        # name); "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" stays two.
        start = _chief_start(rest, titles[-1].start())
        if titles[-1][0] == "THƯỜNG TRỰC" and len(titles) > 1:
            before = titles[-2]
            if not rest[before.end() : start].strip():
                start = before.start()
        found.authority[-1] = f"{m['prefix']} {rest[:start].strip()}"
        found.title.append(rest[start:].strip())


def _chief_start(rest: str, start: int) -> int:
    """Where the title found at ``start`` in ``rest`` begins, with the "TỔNG" and "PHÓ" before it."""
    m = re.search(r"(?:(?<!\S)PHÓ\s+)?(?<!\S)TỔNG\s+$", rest[:start])
    return m.start() if m else start


# A letter's closing formula, then its signer in one line: "Trân trọng," / "Hà Thị Nga, Chủ tịch
# Hội Liên hiệp Phụ nữ Việt Nam" (a Thư ngỏ republished without its signature block).
_LETTER_CLOSE = re.compile(
    r"^(?:trân trọng|kính thư|thân ái|thân mến|trân trọng cảm ơn)\b\W*$", re.I
)


def read_letter_signature(
    lines: list[str], body_start: int, found: Found
) -> tuple[int, int] | None:
    """The signer of a letter that closes with a formula and "Name, Title"; (start, end) indexes.

    Only where the document has no signature block: the line after the formula must be a
    person's name, with the title after a comma or on the next line.
    """
    tail = [(i, clean(lines[i])) for i in range(max(body_start, len(lines) - 8), len(lines))]
    tail = [(i, c) for i, c in tail if c]
    for k, (_, c) in enumerate(tail[:-1]):
        if not _LETTER_CLOSE.match(c):
            continue
        start = tail[k + 1][0]
        if titled := _title_over_name(tail[k + 1 :]):
            # "KÍNH THƯ" / "PHÓ CHỦ TỊCH UBND HUYỆN" / "Phạm Văn Hoàn" (made up; draw6/1327's
            # shape): the title in capitals, the body's short name after it, over the name.
            found.title, found.name = [tail[k + 1][1]], titled
            return start, tail[k + 2][0] + 1
        name, _, title = tail[k + 1][1].partition(",")
        if not is_name(name.strip()) or (is_caps(name) and TITLE_WORDS.match(name.strip())):
            # (a title in capitals is no name: "CHỦ TỊCH UBND HUYỆN" reads as four words)
            return None
        end = start + 1
        if not title.strip() and k + 2 < len(tail) and len(tail[k + 2][1]) < 80:
            title, end = tail[k + 2][1], tail[k + 2][0] + 1
        found.name, found.title = name.strip(), [title.strip()] if title.strip() else []
        return start, end
    return _signed_at_end(tail, found)


def _title_over_name(rows: list[tuple[int, str]]) -> str:
    """The signer's name where ``rows`` open with a title in capitals over it (a title's words
    first, at most four words of the body's name after them), or ""."""
    if len(rows) < 2 or not is_caps(rows[0][1]) or not (m := TITLE_WORDS.match(rows[0][1])):
        return ""
    if len(rows[0][1][m.end() :].split()) > 4:
        return ""
    name = rows[1][1]
    if is_caps(name) and TITLE_WORDS.match(name):
        return ""
    return _signer_name(name)


# A body's name over the title, unmarked, in an archive's sentence case: short, no sentence.
_BODY_OVER_TITLE = re.compile(
    r"(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Chính phủ|Bộ|Ban|Tỉnh ủy|Thành ủy|Huyện ủy)"
    r"(?:\s+[^\s.,;:]+){1,8}"
)


def _signed_at_end(tail: list[tuple[int, str]], found: Found) -> tuple[int, int] | None:
    """The signer of a legal-text archive's rendering: the block in sentence case at the very end.

    "KT. Bộ trưởng" / "Thứ trưởng" / "Nguyễn Việt Thắng", "Phó Chủ tịch" / "(Đã ký)" / "Võ Văn
    Kiệt", "Tố Hữu" / "(Đã ký)": the archive writes the block as words, not in capitals, and no
    "./." nor a block in capitals closed the body. The name is the last line, or the one over the
    last "(Đã ký)"; over it only the title and the authority's marked lines. A name alone counts
    only with the mark: without one it is a news item's byline as often.
    """
    rows = list(tail)
    signed = bool(rows) and bool(SIGNED.match(rows[-1][1]))
    if signed:
        rows.pop()
    if not rows or not is_name(rows[-1][1]):
        return None
    at, name = rows.pop()
    if rows and SIGNED.match(rows[-1][1]):
        signed = True
        rows.pop()
    title: list[str] = []
    if rows and TITLE_WORDS.fullmatch(rows[-1][1].upper()) and not is_caps(rows[-1][1]):
        at, c = rows.pop()
        title = [c]
    authority: list[str] = []
    while title and rows and AUTHORITY.match(rows[-1][1]) and not is_caps(rows[-1][1]):
        at, c = rows.pop()
        authority.insert(0, c)
    if title and not authority and rows and _BODY_OVER_TITLE.fullmatch(rows[-1][1]):
        # "UBND thành phố Hồ Chí Minh" / "Chủ tịch": the body signed for, written without "TM."
        at, c = rows.pop()
        authority = [c]
    if not (title or signed):
        return None
    found.name, found.title, found.authority = name, title, authority
    return at, tail[-1][0] + 1


# The approval column beside the signer's, flattened into one line each: "DUYỆT BAN GIÁM HIỆU
# TỔNG PHỤ TRÁCH ĐỘI" / "Lê Thừa Triều Hồ Viết Cảm" (a school's Đội plan: the principal approves
# on the left, the signer signs on the right).
_APPROVAL = re.compile(r"^(?:DUYỆT|XÁC NHẬN|PHÊ DUYỆT)\b")


def approver_above(lines: list[str], closing: int) -> bool:
    """The signature block read at ``closing`` stands under an approval heading: it is the
    approver's ("DUYỆT CỦA BAN GIÁM HIỆU" / "HIỆU TRƯỞNG" / name), not the signer's."""
    above = [clean(x) for x in lines[max(0, closing - 3) : closing + 1]]
    return any(is_caps(c) and _APPROVAL.match(c) for c in above if c)


def read_approval_signature(
    lines: list[str], body_start: int, found: Found
) -> tuple[int, int] | None:
    """The right-hand signer of an approval block and a signature side by side; (start, end).

    The title is the last signature title on the approval line; the name, the second of the two
    names on the line under it, taken only when the names split one way (each a known surname
    first): otherwise nothing is taken.
    """
    for i in range(max(body_start, len(lines) - 10), len(lines)):
        c = clean(lines[i])
        if not (is_caps(c) and _APPROVAL.match(c)):
            continue
        titles = [m for m in TITLE_WORDS.finditer(c) if m.start() > 0]
        names = next(
            ((j, clean(x)) for j, x in enumerate(lines[i + 1 : i + 4], i + 1) if clean(x)), None
        )
        if not titles or names is None:
            return None
        words = names[1].split()
        splits = [
            k
            for k in range(2, len(words) - 1)
            if is_name(" ".join(words[:k])) and is_name(" ".join(words[k:]))
        ]
        if len(splits) != 1:
            return None
        found.title = [c[titles[-1].start() :].strip()]
        found.name = " ".join(words[splits[0] :])
        return i, names[0] + 1
    return None
