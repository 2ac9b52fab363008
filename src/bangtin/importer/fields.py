"""Front-matter fields from what the layout reader found: issuer, subject, signer, recipients, relations."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import replace

from bangtin.core.model import RelationKind
from bangtin.core.numbers import DocNumber
from bangtin.core.text import fold
from bangtin.importer.casing import name_case, sentence_case
from bangtin.importer.layout import Found
from bangtin.importer.lines import (
    AUTHORITY,
    BODY_HEADS,
    ENUMERATION,
    V_V,
    compact_key,
    is_caps,
)
from bangtin.importer.units import Units, resolve_recipient
from bangtin.links.citations import find_citations


def issuer_of(found: Found, known: Units) -> str:
    if found.number is not None:
        by_code = known.by_code.get(compact_key(found.number.issuer_code))
        if by_code is None and "-" in found.number.issuer_code:
            by_code = known.by_code.get(compact_key(found.number.issuer_code.split("-")[0]))
        if by_code:
            return by_code
    groups: list[list[str]] = []
    for line in found.left:
        line = line.strip("* ")
        if not line:
            continue
        if not groups or BODY_HEADS.match(line.replace("UỶ", "ỦY")):
            groups.append([line])
        else:
            groups[-1].append(line)
    if not groups:
        return ""
    names = [name_case(" ".join(g)) for g in groups]
    issuing = names[-1]
    candidates = [issuing]
    for superior in reversed(names[:-1]):
        candidates.append(f"{issuing} {superior}")
        sup_id = known.find(superior)
        if sup_id:
            candidates.extend(
                f"{issuing} {name}" for name, uid in known.by_name.items() if uid == sup_id
            )
    for cand in candidates:
        if uid := known.find(cand):
            return uid
    return issuing


_BY_NOBODY = re.compile(r"^của\s+(?P<s>về\s+\S.*)$", re.IGNORECASE)
_BY_ABOUT = re.compile(
    r"^(?P<by>\S{3})\s+[^;]{3,120}?\s+(?:về\s+(?:việc\s+)?|v\s*/\s*v\s+)(?P<s>\S.*)$",
    re.IGNORECASE,
)


_OLD_TITLE = re.compile(
    r"^của\s+[^;]{3,80}?\s+số\s*:?\s*\d\S*\s+ngày\s+(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d"
    r"|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d)\s+(?P<s>\S.*)$",
    re.IGNORECASE,
)


_REPLACES_NOTE = re.compile(r"\s*[(\[]\s*thay\s*(?:cho|thế)\s[^()\[\]]*[)\]]$", re.IGNORECASE)


_SECTION_MARK = re.compile(r"^(?:[IVX]{1,4}|\d{1,2})\s*[.\-–)]\s+\S")


# A run of punctuation where words stand: eight symbols or more among twelve characters with no
# two letters together (a legacy symbol font's bytes read as ASCII).
_UNDECODED = re.compile(r"(?:[!\"#$%&'()*+,\-./:;<=>?@\[\]^_`{|}~]\s?\w?\s?){8,}")


def subject_of(lines: list[str]) -> str:
    text = " ".join(" ".join(lines).split()).strip(" *_")
    # A scan's tone marks that came loose from their letters trail after the subject's full stop
    # ("... ngành Giáo dục và Đào tạo. ̉ ̀ ́ ̣"): neither they nor the stop belong to it.
    text = re.sub(r"\.?(?:\s+[\u0300-\u036f]+)+$", "", text)
    if (m := _UNDECODED.search(text)) and len(text[: m.start()].split()) >= 3:
        # A symbol font's text left undecoded after the subject's words (". ! "# $%&'!()*+,%
        # &(%+-"./(&0"): no words of it; what stands before it is, without its stop. (A subject
        # undecoded from its first word is the damaged text's own, kept as it writes it.)
        text = text[: m.start()].rstrip(" .,;:")
    # A note under the title on what the document replaces ("[thay cho Hướng dẫn số 22-HD/BTCTW
    # ngày 21-10-2008 ...]", "(Thay thế ...)"): it names another document, not this one's subject.
    text = _REPLACES_NOTE.sub("", text)
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        # "(V/v tổ chức thu gom giấy vụn ...)": a subject put in brackets under the heading.
        text = text[1:-1].strip()
    if m := _OLD_TITLE.match(text):
        # "CỦA BỘ NỘI THƯƠNG SỐ 16/NT NGÀY 14-11-1987" / "HƯỚNG DẪN VỀ ...": an old title block
        # naming its issuer, number and date before the subject; the date ends them.
        return subject_of([m["s"]])
    if m := _BY_NOBODY.match(text):
        # "CỦA VỀ VIỆC TĂNG CƯỜNG ...": the issuer's name lost between "của" and the trích yếu
        # (a site dropped its cell); "về" says where the trích yếu begins.
        return subject_of([m["s"]])
    first = " ".join(lines[0].split()).strip(" *_") if lines else ""
    if fold(first.split(" ", 1)[0]) == "cua" and not _BY_ABOUT.match(text):
        # "THƯ KÊU GỌI / của Ủy ban MTTQ tỉnh Nam Định / ủng hộ đồng bào ...", "NGHỊ QUYẾT CỦA
        # HĐND TỈNH LÀO CAI": a line of its own under the heading names the issuer, without the
        # "về" that would say where the subject begins. The lines under it are the subject; a
        # "của ..." line alone is no subject at all (left for the editor).
        return subject_of(lines[1:]) if len(lines) > 1 else ""
    text = _unquoted(V_V.sub("", _unquoted(text)))
    # "VỀĐÁNH GIÁ ...", "VỀCHẾ ĐỘ ...": "về" glued to a word by lost spacing (no syllable goes
    # on "vềđ", "vềb"; nor on "vềc", "vềt", "vềp": a falling tone never closes on c, t, p; nor
    # "vềm").
    text = re.sub(r"^về(?=[đbcdghklmpqrstvx])", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^về\s+", "", text, flags=re.IGNORECASE) if not is_caps(text) else text
    if is_caps(text):
        # A lone word before "VỀ VIỆC" is no part of a title in capitals: a site's stray word
        # ("KÝ VỀ VIỆC LẬP ...", made up; draw9/1978's shape) or a heading whose space was lost
        # ("QUYẾTĐỊNH VỀ VIỆC ..."); what the title is about follows "VỀ VIỆC".
        text = re.sub(r"^(?:\S+\s+)?VỀ\s+VIỆC\s+|^VỀ\s+", "", text)
        text = sentence_case(text)
    # "KẾT LUẬN / của Ban Thường vụ ... về ...": the issuer is known already, the subject follows "về".
    # The older state form: "QUYẾT ĐỊNH / CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ..." (2003).
    # The author may name two bodies ("của Bộ Chính trị, Ban Bí thư về ..."), and damaged text
    # may misspell "của" ("củà"): it is matched folded.
    if (m := _BY_ABOUT.match(text)) and fold(m["by"]) == "cua":
        text = m["s"]
    if re.search(r"(?:\[\.+\]|\[…\]|…|\.\.\.)$", text):
        # "... hàng năm đối[.]", "... tổ chức …": a preview's teaser cut the trích yếu short.
        return ""
    # A rule the layout drew under the title, glued on where the line breaks were lost ("... Năm
    # học 2020 – 2021 --------", "... của Đảng -"): never the trích yếu's (a range's lone dash
    # after a year, "giai đoạn 2021 -", is a cut subject and stays for _DANGLING's kin below).
    text = re.sub(r"\s+(?:[-–—_=]\s*){2,}$|(?<![\d])\s+[-–—]$", "", text)
    # The page's posting date glued after a title that ends with its year ("... năm 2020
    # 02/11/2020"): the page's, not the trích yếu's ("Ngày Chủ nhật xanh 22/7/2018" keeps its own).
    text = re.sub(r"(?<=\d{4})\s+\d{1,2}/\d{1,2}/\d{4}$", "", text)
    if _SECTION_MARK.match(text):
        # "I. Tình hình công tác ...", "I- Các cấp ủy ...": the body's first section heading
        # where a copy lost its trích yếu (or its heading); a trích yếu never opens so.
        return ""
    if re.match(r"số\s+\d", text, re.IGNORECASE):
        # An old title block naming its own number, date and issuer before the subject ("SỐ
        # 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH CHẾ ĐỘ ..."): in capitals, where the
        # issuer ends and the trích yếu begins cannot be told; left to fill.
        return ""
    if _RUN_ON.search(text):
        # The body glued after the trích yếu ("... Hồ Chí Minh Theo đó, Ban Tuyên giáo ...",
        # "... ____ CHỦ TỊCH ... Căn cứ Luật ...", "... năm 2020. Các cơ quan ..."): where the
        # trích yếu ends cannot be told; left to fill.
        return ""
    if re.search(r"\s[-–—]$", text) or _DANGLING.search(text):
        # A subject cut before its object ("QUYẾT ĐỊNH BAN HÀNH" / "QUY ĐỊNH VỀ ..." torn apart
        # in a flattened text layer): a truncated trích yếu is left to fill, never written.
        return ""
    return text[:1].upper() + text[1:]


def _unquoted(text: str) -> str:
    """The subject without the quotes a copy put around it ("“V/v tổ chức ...”").

    A quote at one end with no partner inside is the rest of such a pair cut by the "V/v" or by
    the lead's sentence ("... số 1127-CV/HU “về việc lãnh đạo Đại hội ...”."): dropped too.
    """
    # (A comma or stop after the closing quote is the sentence's the title stood in: '"CẢI TIẾN
    # ... NÔNG NGHIỆP",', a legal site's copy.)
    text = re.sub(r"(?<=[\"”])\s*[,;.]$", "", text.strip())
    if "“" in text:
        # A blog's typography turns the quote closing after a figure into a double prime
        # ("... năm 2022″", WordPress): it closes the quote the trích yếu opened.
        text = re.sub(r"(?<=\d)″$", "”", text)
    for opening, closing in (("“", "”"), ('"', '"')):
        inside = text.count(opening) + (text.count(closing) if closing != opening else 0)
        if text.startswith(opening) and text.endswith(closing) and inside == 2:
            return text[1:-1].strip()
        if inside == 1 and text.endswith(closing) and opening not in text[:-1]:
            return text[:-1].strip()
        if inside == 1 and text.startswith(opening) and closing not in text[1:]:
            return text[1:].strip()
    return text


# What opens a page's body or its chrome, never inside a trích yếu: a lead's "Theo đó,", a
# ground's "Căn cứ ...", "Thực hiện ..." or "Để ..." with its capital, a site's "Xem toàn
# văn" and "Cập nhật ngày", a rule of underscores or dashes, a full stop with a sentence after.
_RUN_ON = re.compile(
    r"\s(?:Theo\s+đó,|Căn\s+cứ\s|Thực\s+hiện\s|Để\s|Xem\s+toàn\s+văn|"
    r"Cập\s+nhật\s+ngày|File\s+đính\s+kèm|Tệp\s+đính\s+kèm)|[_=]{4,}|-{5,}\s+\S"
    r"|[a-zà-ỹđ]{2,}\.\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s+[a-zà-ỹđ]"
    # A lead's "... nhiệm kỳ 2012 - 2017, cụ thể như sau:" cut before its "như sau".
    r"|,\s*cụ\s+thể(?:\s+như\s+sau)?\s*:?$"
    # A ground's line ("... về nông nghiệp & phát triển nông thôn;") taken where the header and
    # its title were cut off; a teaser's cut mark inside ("... hàng năm đối[.] ĐẢNG BỘ ...").
    r"|;$|\[\.+\]|\[…\]"
    # The place and date line inside ("... Ngày thành lập Hà Nội, ngày 18 tháng 7 năm 2016 ...").
    r"|[A-ZĐÀ-Ỹ][a-zđà-ỹ]+,\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
)
# The words a trích yếu never ends with: a verb or a preposition still waiting for its object.
_DANGLING = re.compile(
    # ("giữa" waits for both parties: "Quy chế phối hợp công tác giữa" cut by a lost break; a
    # verb alone, "Thực hiện", is the first word of a cut subject.)
    r"(?:^|\s)(?:ban\s+hành|phê\s+duyệt|về|về\s+việc|của|và|cho|với|tại|trong|đối\s+với|số|giữa"
    r"|^thực\s+hiện|^triển\s+khai|^tổ\s+chức"
    # ("ĐỀ CƯƠNG TUYÊN TRUYỀN" / "" / "Đại hội ...": the heading's qualifier alone, the subject
    # beyond a blank line.)
    r"|^tuyên\s+truyền"
    # ... or a period without its figures ("... tỉnh Trà Vinh năm" / "2021" lost by a scan).
    # ("kéo dài nhiệm kỳ" is a whole subject: a term is named without figures too).
    # (but "hằng năm", "hàng năm", "mỗi năm": every year, a whole phrase.)
    r"|(?<!hằng\s)(?<!hàng\s)(?<!mỗi\s)năm|năm\s+học|giai\s+đoạn)$",
    re.IGNORECASE,
)


# An authority line with the block's next line glued on (a copy that lost its line breaks): a
# second mark ("TM. ỦY BAN NHÂN DÂN TỈNH KT. CHỦ TỊCH") or the title's first word ("T/M BAN
# THƯỜNG VỤ PHÓ BÍ THƯ", "TL. BỘ TRƯỞNG Q. VỤ TRƯỞNG ..."): where the title begins is not sure.
_GLUED_BLOCK = re.compile(
    r"(?i)(?:^|\s)(?:phó|q\.)(?=\s|$)|(?:^|\s)(?:TM|KT|TL|TUQ|T\s*/\s*[MLT]|K\s*/\s*T)\.?\s"
)


def signer_of(found: Found) -> dict[str, str] | None:
    if not found.name and not (found.nameless_block and (found.authority or found.title)):
        # A title or authority without the person's name was read from lines that are no
        # signature block as often as from one cut short ("TM. BAN BÍ THƯ ... ĐOÀNBÍ THƯ THƯỜNG
        # TRỰC" glued in a forum post, then "QUY ĐỊNH" of the annex taken for the title): the
        # editor fills the signer rather than trusting half of one.
        return None
    authority = []
    for line in found.authority:
        m = AUTHORITY.match(line)
        if m is None:
            # A body's name signed for without "TM." (an archive's "UBND thành phố Hồ Chí
            # Minh" / "Chủ tịch", closing._signed_at_end): as written.
            authority.append(line)
            continue
        if _GLUED_BLOCK.search(m["rest"]):
            return None
        prefix = re.sub(r"\s+", "", m["prefix"])
        authority.append(f"{prefix} {name_case(m['rest'])}")
    title = " ".join(found.title)
    # "Q. VỤ TRƯỞNG ..." (acting): the title after the mark opens with its capital.
    acting, title = (title[:3], title[3:]) if title.startswith("Q. ") else ("", title)
    return {
        "name": found.name,
        "title": acting + name_case(title),
        "authority": ", ".join(authority),
    }


# A Kính gửi item that ran on where the line breaks were lost: the body glued after it (an item
# is a name, never a paragraph), a ground opening it ("Căn cứ Điều lệ Đoàn ..."), or the next
# items glued inside it after their marks ("... (CL - NCL), - Hiệu trưởng các trường Tiểu học"),
# also with the mark right on the comma ("... trực thuộc Tỉnh ủy,- Đảng ủy Khối ...", made up;
# draw9/1952's shape).
_ITEM_RAN_ON = re.compile(r"^(?:Căn\s+cứ|Xét|Thực\s+hiện|Theo)\s|[,;]\s*[-–+•]\s+\S|^.{200}")


def _ran_on(item: str) -> bool:
    m = _ITEM_RAN_ON.search(item)
    return m is not None and not (
        m.group() == item[:200]
        and ENUMERATION.match(item)
        and not re.search(r"[,;]\s*[-–+•]\s+\S", item)
    )


def recipients_of(items: list[str], known: Units) -> list[str]:
    if any(_ran_on(" ".join(item.split())) for item in items):
        return []  # where the list ends, or an item, is not sure: left to fill
    out: list[str] = []
    for item in items:
        for ref in resolve_recipient(item, known):
            if ref not in out:
                out.append(ref)
    return out


def themes_of(body: str, years: Collection[int]) -> tuple[int, ...]:
    found = {int(y) for y in re.findall(r"chủ đề năm\s+((?:19|20)\d\d)", body, re.IGNORECASE)}
    return tuple(sorted(y for y in found if y in years))


_KIND_RANK = {
    RelationKind.SUPERSEDES: 0,
    RelationKind.AMENDS: 1,
    RelationKind.IMPLEMENTS: 2,
    RelationKind.GUIDES: 3,
    RelationKind.BASED_ON: 4,
    RelationKind.CITES: 5,
}


# "Số: 1046/..." with a capital and a colon, where no type word stands before it, is how a
# document writes its own number (a header line that reached the body, a flattened header); a
# citation inside a sentence writes "số" ("Công văn số 12-CV/TU"). Never a citation.
_OWN_NUMBER_LINE = re.compile(r"S(?:ố|\?)?\s*:")
# ... and a bare number (no type word, no "số") right before the place and the day on one line,
# "27 /CT-TTs Ha Nội, ngàyháng 4 năm 2021": an OCR'd header row that lost its "Số:" (made up;
# draw11/2403's shape), the document's own number however badly read.
_PLACE_DAY_AFTER = re.compile(
    r"[ \t]+(?:[A-ZĐ][^\s,;:]{0,12}[ \t]+){0,3}[A-ZĐ][^\s,;:]{0,12}[ \t]*,[ \t]*ngày"
)


def _same_number(cited: DocNumber, own: DocNumber, date: dt.date | None = None) -> bool:
    """``cited`` is the document's own number, also as damaged text cut its code short.

    "65/1998/QĐT T g" (an old font's text layer, spacing lost) reads as "65/1998/QĐT": the same
    serial and year, its code the start of the own "QĐ-TTg". Never a number with a code of its own.
    An annex names its decision without the year inside the number ("Ban hành kèm theo Quyết định
    số 3195/QĐ-UB ngày 18 tháng 8 năm 2004" under "3195/2004/QĐ-UB"): the same number when the
    date given, if any, falls in that year.
    """
    if cited.key == own.key:
        return True
    if cited.type_code is None and _lost_d(cited) == _lost_d(own):
        return True  # "1046/Q-HC" for the own "1046/QĐ-HC" (see _lost_d)
    if (
        own.year is not None
        and cited.year is None
        and (date is None or date.year == own.year)
        and cited.key == replace(own, year=None).key
    ):
        return True
    compact = re.sub(r"[-/.]", "", cited.key)
    return (
        cited.serial == own.serial
        and cited.year == own.year
        and len(compact) > len(own.serial) + 2
        and re.sub(r"[-/.]", "", own.key).startswith(compact)
    )


def _lost_d(number: DocNumber) -> str:
    """The number's key without "Đ" and without dashes: what a text that lost its "Đ" keeps.

    An old font's text layer drops the letters outside its code page: "Quy t nh s 38/2004/Q -TTg"
    for "Quyết định số 38/2004/QĐ-TTg" ("Q-TTG", or "Q" where the space cut the number).
    """
    return re.sub(r"[\W_dđ]+", "", number.key.casefold())


def _damaged_copies(numbers: Collection[DocNumber]) -> set[str]:
    """The keys of numbers that are another listed number with its "Đ" lost (see _lost_d).

    Such a copy has no type code left; it is the same as a whole number of the same serial and
    year, or its start where the code was cut at the hole ("38/2004/Q", one letter left).
    """
    whole = [n for n in numbers if n.type_code is not None]
    out = set()
    for n in numbers:
        if n.type_code is not None:
            continue
        lost = _lost_d(n)
        one_letter = re.fullmatch(r"[A-ZĐ]", n.issuer_code.split("-")[-1]) is not None
        for w in whole:
            if (w.serial, w.year) == (n.serial, n.year) and (
                _lost_d(w) == lost or (one_letter and _lost_d(w).startswith(lost))
            ):
                out.add(n.key)
    return out


def _cut_copies(numbers: Collection[DocNumber], own: DocNumber | None) -> set[str]:
    """The keys of numbers that are another one with one or two letters of its issuer code lost
    or glued on ("01/2016/TT-BGD ĐT" read "01/2016/TT-BGD" beside "01/2016/TT-BGDĐT"; "Số
    hiệu:25-HD/BCĐTWNgày ..." read "25-HD/BCĐTWN" beside its own "25-HD/BCĐTW"): the shorter
    of two citations, and any such copy of the document's own number, are dropped."""
    out = set()
    for n in numbers:
        for w in [*numbers, *([own] if own else [])]:
            short, long_ = sorted((n.issuer_code, w.issuer_code), key=len)
            if (
                (n.serial, n.year, n.type_code) == (w.serial, w.year, w.type_code)
                and long_ != short
                and long_.startswith(short)
                and re.fullmatch(r"[A-ZĐ]{1,2}", long_[len(short) :])
                and (w is own or len(n.issuer_code) < len(w.issuer_code))
            ):
                out.add(n.key)
    return out


def _ampersand_copies(numbers: Collection[DocNumber]) -> set[str]:
    """The keys of numbers written with an "&" in the code where the text also writes the same
    number without it ("36/2009/TT-BGD&ĐT" beside "36/2009/TT-BGDĐT"; made up, draw4/842's
    shape): one document, its code typed two ways, listed once, without the sign."""
    plain = {n.key for n in numbers if "&" not in n.key}
    return {n.key for n in numbers if "&" in n.key and n.key.replace("&", "") in plain}


_ETH = str.maketrans("ð", "đ")


def relations_of(text: str, *, own: DocNumber | None) -> dict[str, tuple[str, ...]]:
    """Every citation in ``text`` (nested ones too) but the document's own number, by kind.

    A number keeps its first kind, unless a later mention says more than "cites".
    """
    chosen: dict[str, tuple[RelationKind, str]] = {}
    # A font mapped "đ" to the Icelandic eth ("Quy t ñ nh s 20/2008/Qð-TTg"): no code holds "ð",
    # so the number is read with its "đ" back (one letter for one: offsets stay). Not the capital
    # "Ð": OCR puts it beside a "Đ" it read twice ("1836-QĐÐ/TWĐTN"), a number left damaged.
    text = text.translate(_ETH)
    citations = find_citations(text)
    # Nested ones too ("Kết luận số 80-KL/TW ... về tiếp tục thực hiện Chỉ thị số 32-CT/TW ..."):
    # the text writes that number (the corpus's keys list what the text writes), as a citation.
    read = [c.number for c in citations]
    damaged = _damaged_copies(read) | _cut_copies(read, own) | _ampersand_copies(read)
    for cit in citations:
        key = cit.number.key
        if (
            key in damaged
            or (own is not None and _same_number(cit.number, own, cit.date))
            or _OWN_NUMBER_LINE.match(text, cit.start)
            or (cit.start == cit.number_start and _PLACE_DAY_AFTER.match(text, cit.number_end))
        ):
            continue
        # A nested one is cited in passing: its kind is its parent's relation, not this
        # document's ("Thực hiện Công văn số 2078 ... về Đẩy mạnh thực hiện Công văn số 189 ...":
        # this plan implements 2078 and only cites 189).
        kind = RelationKind.CITES if cit.nested else cit.kind
        if key not in chosen:
            chosen[key] = (kind, str(cit.number))
        elif kind is not RelationKind.CITES and chosen[key][0] is RelationKind.CITES:
            chosen[key] = (kind, chosen[key][1])
    grouped: dict[str, tuple[str, ...]] = {}
    for kind in RelationKind:
        numbers = tuple(num for k, num in chosen.values() if k is kind)
        if numbers:
            grouped[kind.value] = numbers
    return grouped


# An annex's attachment line naming the decision that issues it: "(Ban hành kèm theo Quyết định
# số 11/2018/QĐ-UBND ngày ...)".
_ISSUED_WITH = re.compile(
    r"kèm\s+theo\s+Quyết\s+định\s+(?:số\s*:?\s*)?(?P<number>[^\s,;()]+)", re.IGNORECASE
)


def annex_of_own(number: DocNumber | None, body: str) -> bool:
    """The body holds an annex issued with ``number`` itself ("Quy định này ..." under "(Ban hành
    kèm theo Quyết định số <the own number> ...)"): the document is that decision, whatever its
    annex calls itself (a copy that lost the decision's heading and articles keeps the annex)."""
    if number is None:
        return False
    for m in _ISSUED_WITH.finditer(body):
        cited = next(iter(find_citations(m["number"])), None)
        if cited is not None and cited.number.key == number.key:
            return True
    return False
