"""A document portal's record of the document it shows: label and value pairs, read as a fallback.

Legal-text sites and provincial portals put their record above the text ("Số hiệu: 126-HD/BTGTW
Loại văn bản: Hướng dẫn", "Số/Ký hiệu: 242/GDDT-THNgày ban hành: 14/9/2021", or each label on
its own line over its value: "Số Ký hiệu:" / "07/2021/NQ-HĐND" / "Ban hành:" / "14/09/2021" /
"Loại văn bản:" / "Nghị quyết" / "Trích yếu:" / "Quy định mức thu ..."). The page's lines are
noise to the layout reader (lines.NOISE); the values fill only what the document's own text did
not give: the number where it has none (a page without the text, a draft copy whose "Số:" was
left blank), then date, type and trích yếu of that same number. A file that is a data record
rather than a page (a static site's JSON front matter, one row of a data dump) is first turned
into such lines (as_record_lines).
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import json
import re

from bangtin.core.model import DocType
from bangtin.core.numbers import DocNumber, parse_number, type_name_for_code
from bangtin.core.text import fold
from bangtin.importer.layout import Found
from bangtin.importer.lines import is_name, opens_with

# Every label a record writes, so that a value glued to the next label ("242/GDDT-THNgày ban
# hành") ends there. The field a label gives, or "" for the labels only read as value ends.
_LABELS = {
    r"Số\s*/?\s*[Kk]ý\s+hiệu(?:\s+văn\s+bản)?|Số\s+[Hh]iệu(?:\s+văn\s+bản)?": "number",
    r"Ngày\s+ban\s+hành|(?<!quan\s)Ban\s+hành": "date",
    r"Loại\s+văn\s+bản": "type",
    r"Trích\s+yếu(?:\s+nội\s+dung)?": "subject",
    r"Người\s+ký": "signer",
    r"Cơ\s+quan\s+ban\s+hành|Cơ\s+quan|Ngày\s+(?:có\s+)?hiệu\s+lực|Hiệu\s+lực"
    r"|Ngày\s+hết\s+hiệu\s+lực|Ngày\s+đăng\s+công\s+báo|Lĩnh\s+vực|Tình\s+trạng(?:\s+hiệu\s+lực)?"
    r"|Nguồn\s+thu\s+thập|Từ\s+khóa|Ngày\s+cập\s+nhật": "",
}
_LABEL = re.compile(
    "(?:" + "|".join(f"(?P<l{i}>{pattern})" for i, pattern in enumerate(_LABELS)) + r")\s*:?\s*"
)
_FIELD_OF = {f"l{i}": name for i, name in enumerate(_LABELS.values())}
_DATE = re.compile(r"^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)")
# ... or as a dataset or a repository's record writes it, year first: "2020-06-17".
_ISO_DATE = re.compile(r"^((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?![\d-])")
# Markdown's emphasis around a label or a value ("**Số hiệu:** 45/2021/QĐ-UBND", a converted
# file's record): no part of either.
_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)")


def _day(value: str) -> dt.date | None:
    """The record's day: "12/03/2021" or "2021-03-12"; None for neither or an impossible one."""
    if m := _DATE.match(value):
        y, mo, d = int(m[3]), int(m[2]), int(m[1])
    elif m := _ISO_DATE.match(value):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:  # "31/02/2021": no date rather than a guess
        return None


def read_record(page: list[str]) -> dict[str, str]:
    """The record's raw values by field ("number", "date", "type", "subject"), the first of each
    that reads as that field.

    A label is read at the start of a line or glued after another label's value; a search
    form's "Số Hiệu, Tiêu đề hoặc ..." (a comma, no value) is no label. A label alone on its
    line takes the next line that is not itself a label.
    """
    record: dict[str, str] = {}
    # List marks dropped; a table's cells ("| Số hiệu | 23/2025/NQ-HĐND |") read as one line.
    lines = [
        " ".join(_EMPHASIS.sub("", x).replace("|", " ").split()).lstrip("•*-–· ") for x in page[:80]
    ]
    for i, line in enumerate(lines):
        labels = [m for m in _LABEL.finditer(line) if m.start() == 0 or _glued(line, m.start())]
        for k, m in enumerate(labels):
            name = _FIELD_OF[m.lastgroup or ""]
            end = labels[k + 1].start() if k + 1 < len(labels) else len(line)
            value = line[m.end() : end].strip()
            if not value and k + 1 == len(labels):
                value = next((x for x in lines[i + 1 : i + 4] if x), "")
                if _LABEL.match(value):
                    value = ""
            if name and name not in record and _valid(name, value):
                record[name] = value
    return record


def _valid(name: str, value: str) -> bool:
    """The value reads as the field: a number with its code, a date, a type, a few words."""
    if name == "number":
        return bool(value) and parse_number(value.split()[0]) is not None
    if name == "date":
        return bool(_DATE.match(value) or _ISO_DATE.match(value))
    if name == "type":
        return DocType.from_text(value.rstrip(" .")) is not None
    if name == "signer":
        return _signed(value) is not None
    return len(value.split()) >= 3 and not value.startswith(",")


def _glued(line: str, at: int) -> bool:
    """A label that starts after another label's value on the same line (a table row)."""
    return bool(_LABEL.match(line)) and (line[at - 1 : at].isspace() or line[at - 1].isalnum())


def apply_record(record: dict[str, str], found: Found) -> None:
    """Fill what the document's own text left missing from the portal's record (see module)."""
    raw = record.get("number", "")
    number = parse_number(raw.split()[0]) if raw else None
    if number is None or (number.type_code is None and number.form != "state"):
        return
    if found.number is None:
        found.number = number
    elif found.number.key != number.key:
        return  # the record is another document's (a related one listed above the text)
    if found.date is None:
        found.date = _day(record.get("date", ""))
    if found.doc_type is None and (
        doc_type := DocType.from_text(record.get("type", "").rstrip(" ."))
    ):
        found.doc_type = doc_type
    subject = _after_own_name(record.get("subject", "").rstrip(" ."), number.key)
    if not found.subject and len(subject.split()) >= 3:
        found.subject = [subject]
    if not (found.name or found.title) and (signed := _signed(record.get("signer", ""))):
        found.title, found.name = [signed[0]], signed[1]


# A signer's title and name in one value: "Phó Chủ tịch UBND Nguyễn Thành Công" (a gazette's
# data row; made up, draw13/2862's and draw12/2654's shape): the title's words, the office's
# initials in capitals, then a person's name. A name alone (a portal's "Người ký: Phạm Văn
# Chánh", draw3/657) says no title: no signer.
_SIGNER_VALUE = re.compile(
    r"^(?P<title>(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Bộ\s+trưởng|Thứ\s+trưởng|Bí\s+thư"
    r"|Trưởng\s+ban|Chánh\s+Văn\s+phòng|(?:Tổng\s+)?Cục\s+trưởng|Viện\s+trưởng)"
    # ... a standing deputy's "Thường trực", the office's initials and its level in small
    # letters: "Phó Chủ tịch Thường trực UBND tỉnh Hà Văn An" (made up; draw14/3060's shape)
    r"(?:\s+Thường\s+trực)?(?:\s+[A-ZĐ][A-ZĐ&-]+)*(?:\s+(?:tỉnh|huyện|xã|thành\s+phố))?)"
    r"\s+(?P<name>[A-ZĐÀ-Ỹ][^\d,;:()]+)$"
)


def _signed(value: str) -> tuple[str, str] | None:
    """(title, name) of a record's signer value (see _SIGNER_VALUE); None for any other."""
    m = _SIGNER_VALUE.match(" ".join(value.split()))
    return (m["title"], m["name"]) if m and is_name(m["name"]) else None


# The trích yếu's own mark after the document's name: "về", "về việc", "V/v".
_ABOUT = re.compile(r"\s(?:về\s+việc|về|v\s*/\s*v)\s*:?\s+", re.IGNORECASE)


def _after_own_name(subject: str, key: str) -> str:
    """A record's trích yếu that names its own document first ("Chỉ thị số 21-CT/TW ngày
    26/03/2008 của Bộ Chính trị Về tiếp tục ...", a site that writes the citation as the
    trích yếu): the words after its "về"; "" where it names the number but no "về" follows."""
    for word in subject.split()[:6]:
        number = parse_number(word.rstrip(","))
        if number is not None:
            if number.key != key:
                return subject
            about = _ABOUT.search(subject, subject.index(word) + len(word))
            return subject[about.end() :] if about else ""
    return subject


# A static site's post kept as a JSON front matter ("---json" / "{" ... "}" / "---"; made up,
# draw11/2408-2411's shape): its keys, slug, layout and empty fields are no text of the
# document; its title, description and trích yếu name it as a headline and a lead do.
_JSON_FRONT = re.compile(r"\A\s*---json[ \t]*\n(\{.*?\})[ \t]*\n---[ \t]*(?:\n|\Z)", re.S)
_RECORD_KEYS = ("title", "description", "trich_yeu")


def _record_titled(text: str) -> str:
    """``text``, or where it opens with a JSON record, the record's own number and day (see
    _own_lines) and, where the title opens with a type's name or an own number was read, its
    title, description and trích yếu (each once, one a line), then the text after it. A title
    that names no type and no number ("Về việc công bố ...", draw11/2412's with its slug
    unread) is left as it was: read alone, its "Về việc" would say a công văn."""
    m = _JSON_FRONT.match(text)
    if m is None:
        return text
    try:
        record = json.loads(m[1])
    except ValueError:
        return text
    if not isinstance(record, dict):
        return text
    values: list[str] = []
    for key in _RECORD_KEYS:
        value = " ".join(str(record.get(key) or "").split())
        if value and value not in values:
            values.append(value)
    titled = opens_with(values[0], _ANY_TYPE) if values else ""
    # (A text after the record, a news lead naming the document by its number and trích yếu,
    # draw12/2667, is read as before: the record's number over it took the lead's words away.)
    own = _own_lines(record, titled) if not text[m.end() :].strip() else []
    if not own and not titled:
        return text
    if not titled and not (values and _MARKED_TITLE.match(values[0])):
        # A title of a news item's kind over the document's own text ("Trung tâm ... lập kế
        # hoạch phòng, chống dịch ...", draw12/2667): the writer's, no trích yếu.
        values = []
    return "\n".join(own + values) + "\n\n" + text[m.end() :]


# A title that opens with the trích yếu's own mark ("Về việc công bố ...", draw11/2412's): under
# the record's own number it is the V/v line.
_MARKED_TITLE = re.compile(r"(?:về\s+việc|v\s*/\s*v)\s", re.IGNORECASE)


# The record's own fields: its number ("so_hieu", "so") and its issuing day ("ngay_ban_hanh"),
# a CMS's form as a district portal fills it (made up; draw12/2669's shape: "so_hieu":
# "02/PA-UBND", "ngay_ban_hanh": "27/05/2020").
_NUMBER_KEYS = ("so_hieu", "so_ky_hieu", "so")
_DAY_KEYS = ("ngay_ban_hanh",)


def _own_lines(record: dict[str, object], titled: str) -> list[str]:
    """The own number and day of a record that is all its file holds, as a document's head
    writes the number ("Số: ...": over the title that names a decree, draw12/2669) and as a
    record labels both ("Số ký hiệu: ...", "Ngày ban hành: ...", see apply_record). Its own
    fields first; where they are empty, the slug the site built from them (see _slug_number).
    [] where neither gives a number."""
    number = None
    for key in _NUMBER_KEYS:
        raw = " ".join(str(record.get(key) or "").split())
        parsed = parse_number(raw) if raw and " " not in raw else None
        if parsed is not None and (parsed.type_code is not None or parsed.form == "state"):
            number = parsed
            break
    day = next((d for k in _DAY_KEYS if (d := _day(str(record.get(k) or "").strip()))), None)
    if number is None:
        number, day = _slug_number(str(record.get("slug") or ""), titled)
    if number is None:
        return []
    lines = [f"Số: {number}", f"Số ký hiệu: {number}"]
    if day is not None:
        lines.append(f"Ngày ban hành: {day:%d/%m/%Y}")
    return lines


# A record's slug built from the number's parts, the place's words and the issuing day
# ("03-tb-hdnd-huyen-05-03-2020", "05nq-hdnd-dak-song-12-03-2020", "1112-sct-qltm-dak-nong-25-
# 08-2020": draw11/2409-2412's and draw12/2668-2672's shape).
_SLUG = re.compile(
    r"(?P<serial>\d{1,5})-?(?P<groups>[a-z]+(?:-[a-z]+)*)-(?P<d>\d{1,2})-(?P<m>\d{1,2})"
    r"-(?P<y>(?:19|20)\d\d)"
)
# A word of the language or of a place's name: an onset (with the "r" or "l" of the highlands'
# names, "krong", "blao"), vowels, a coda (the "k" of "dak", "lak"). A code is none ("hdnd",
# "ubnd", "sct", "qltm", "gdtx").
_SLUG_WORD = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[lr]?[aeiouy]{1,3}"
    r"(?:ng|nh|ch|[cmnptk])?"
)
# The one issuer code a slug's lost "Đ" is sure of: the people's council's.
_RESTORED = {"HDND": "HĐND"}


def _slug_number(slug: str, titled: str) -> tuple[DocNumber | None, dt.date | None]:
    """The number and day a record's slug is built from (see _SLUG): the serial, the codes (the
    group after it and the groups up to the first word, see _SLUG_WORD; two at least), the day
    closing it. None where the day is none, the codes read no number, or the number's type code
    names another type than the title's ("05-kh-ubnd-..." under "Thông báo ...": which is the
    page's cannot be told)."""
    m = _SLUG.fullmatch(slug.strip())
    if m is None:
        return None, None
    groups = m["groups"].split("-")
    codes = groups[:1] + list(
        itertools.takewhile(lambda g: not _SLUG_WORD.fullmatch(g), groups[1:])
    )
    if len(codes) < 2:
        return None, None
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None, None
    written = "-".join(_RESTORED.get(c.upper(), c.upper()) for c in codes)
    number = parse_number(f"{m['serial']}/{written}")
    if number is None or (number.type_code is None and number.form != "state"):
        return None, None
    named = type_name_for_code(number.type_code, form=number.form)
    if titled and named and fold(named) != titled and not _both_qd(named, titled):
        return None, None
    return number, day


def _both_qd(named: str, titled: str) -> bool:
    """ "QĐ" names a Quyết định and a Quy định alike."""
    return fold(named) == fold("Quyết định") and titled == fold("Quy định")


_ANY_TYPE = tuple(fold(t.value) for t in DocType)
_TYPE_BY_FOLD = {fold(t.value): t.value for t in DocType}

# One row of a data dump, alone in its file: "('1303/QĐ-UBND', '0052C6...', '2026-06-02', ...,
# NULL, 'Quyết định của UBND tỉnh', ..., 'Phê duyệt nhiệm vụ ...', ...)," (made up; draw11/2436-
# 2441's shape, a crawler's SQL dump of a gazette's document list). The row may come wrapped over
# several lines (a dump printed or pasted from a narrow window: its values' words go on over the
# line's end, as the same rows laid out on a PDF page do); a row's end followed by another row's
# start ("...),\n('...") is two rows.
_ROW = re.compile(r"\A\s*\((?P<values>.*)\)\s*[,;]?\s*\Z", re.DOTALL)
_ROWS_APART = re.compile(r"\)\s*[,;]\s*\(\s*'")
_ROW_VALUE = re.compile(r"'((?:[^'\\]|\\.|'')*)'")
_ISO_DAY = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d")
_CODE_SPACED = re.compile(r"\d+(?:/\d{4})?/[A-ZĐ]+-[A-ZĐ]+ [A-ZĐ]+")
# (folded: "nghi quyet cua hdnd tinh")
_TYPE_COLUMN = re.compile(
    "(?:" + "|".join(re.escape(fold(t.value)) for t in DocType) + r")(?:\s+cua\s|$)"
)


def _row_labelled(text: str) -> str:
    """``text``, or where it is one data row whose first value is a document's number, that row
    as a record's labelled lines (record.py reads them where the text gives nothing else): the
    number; the first day in ISO form; the type named by a value only where the number's code
    names none (the code over a type column that misfiles: draw11/2440); the trích yếu, the
    longest value of six words or more that is no address and names no type first. Two rows or
    more are a list of documents, none of them the file's own: left as they are."""
    m = _ROW.match(text)
    if m is None or _ROWS_APART.search(m["values"]):
        return text
    values = [" ".join(v.replace("''", "'").split()) for v in _ROW_VALUE.findall(m["values"])]
    if values and _CODE_SPACED.fullmatch(values[0]):
        values[0] = values[0].replace(" ", "")  # "23/QĐ-TT HĐND": the code's two parts apart
    number = parse_number(values[0]) if values and " " not in values[0] else None
    if number is None or len(values) < 4:
        return text
    lines = [f"Số ký hiệu: {number}"]
    if day := next((v for v in values[1:] if _ISO_DAY.fullmatch(v)), None):
        lines.append(f"Ngày ban hành: {day}")
    # (the type's column names the type and its issuer: "Nghị quyết của HĐND tỉnh"; a trích
    # yếu may open with a type's word as its verb: "Quy định nguyên tắc ...", draw14/3061)
    typed = [v for v in values[1:] if _TYPE_COLUMN.match(fold(v))]
    if number.type_code is None and typed:
        lines.append(f"Loại văn bản: {_TYPE_BY_FOLD[opens_with(typed[0], _ANY_TYPE)]}")
    words = [
        v
        for v in values[1:]
        if len(v.split()) >= 6
        and not re.search(r"://|\\", v)
        and v not in typed
        and _signed(v) is None
    ]
    if words:
        lines.append(f"Trích yếu: {max(words, key=len)}")
    if signer := next((v for v in values[1:] if _signed(v)), None):
        lines.append(f"Người ký: {signer}")
    return "\n".join(lines) + "\n"


# One row of a crawler's CSV of a portal's document list, alone in its file: "0,3637/UBND-VX,
# 20/07/2022,"triển khai ..., sinh viên",Văn bản đang có hiệu lực,https://..." (made up; draw13/
# 2881-2885's and draw14/3071-3075's shape): the row's index, the number, the day, the trích yếu
# (quoted where it holds a comma, its quotes doubled), the status and the file's address.
_CSV_DAY = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d")


def _csv_labelled(text: str) -> str:
    """``text``, or where it is one CSV row (see _CSV_DAY) whose values are a row index, a number
    with its code and a day, that row as a record's labelled lines: the number, the day, the type
    the number's code names (none for a code that names none: "3637/UBND-VX") and the trích yếu,
    the value right after the day, without the type's name it may open with ("kế hoạch tổ chức
    ..." under a KH number). Several rows are a list, none the file's own: left as they are."""
    rows = {x.strip() for x in text.splitlines() if x.strip()}
    if len(rows) != 1 or "," not in (row := rows.pop()) or row.startswith(("(", "{", "<")):
        return text
    try:
        values = [" ".join(v.split()) for v in next(csv.reader([row]))]
    except csv.Error:
        return text
    if len(values) < 5 or not values[0].isdigit():
        return text
    number = parse_number(values[1]) if " " not in values[1] else None
    # (a number without a type's code, "3637/UBND-VX", is left: the row names no type, and the
    # importer would read one from that form; the keys leave it to fill, draw13/2881)
    if number is None or number.type_code is None or not _CSV_DAY.fullmatch(values[2]):
        return text
    lines = [f"Số ký hiệu: {number}", f"Ngày ban hành: {values[2]}"]
    subject = values[3].strip(" ,")
    if type_name := type_name_for_code(number.type_code, form=number.form):
        lines.append(f"Loại văn bản: {type_name}")
        if fold(subject).startswith(fold(type_name) + " "):
            subject = subject[len(type_name) :].strip()
    if len(subject.split()) >= 3 and "://" not in subject:
        lines.append(f"Trích yếu: {subject}")
    return "\n".join(lines) + "\n"


def as_record_lines(text: str) -> str:
    """``text``, or where it is a data record rather than a page (a static site's JSON front
    matter, one row of a data dump or of a CSV), the record's values as lines the readers know:
    see _record_titled, _row_labelled and _csv_labelled."""
    return _csv_labelled(_row_labelled(_record_titled(text)))
