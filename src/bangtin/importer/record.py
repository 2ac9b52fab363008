"""A document portal's record of the document it shows: label and value pairs, read as a fallback.

Legal-text sites and provincial portals put their record above the text ("Số hiệu: 126-HD/BTGTW
Loại văn bản: Hướng dẫn", "Số/Ký hiệu: 242/GDDT-THNgày ban hành: 14/9/2021", or each label on
its own line over its value: "Số Ký hiệu:" / "07/2021/NQ-HĐND" / "Ban hành:" / "14/09/2021" /
"Loại văn bản:" / "Nghị quyết" / "Trích yếu:" / "Quy định mức thu ..."). The page's lines are
noise to the layout reader (lines.NOISE); the values fill only what the document's own text did
not give: the number where it has none (a page without the text, a draft copy whose "Số:" was
left blank), then date, type and trích yếu of that same number.
"""

from __future__ import annotations

import datetime as dt
import re

from bangtin.core.model import DocType
from bangtin.core.numbers import parse_number
from bangtin.importer.layout import Found

# Every label a record writes, so that a value glued to the next label ("242/GDDT-THNgày ban
# hành") ends there. The field a label gives, or "" for the labels only read as value ends.
_LABELS = {
    r"Số\s*/?\s*[Kk]ý\s+hiệu(?:\s+văn\s+bản)?|Số\s+[Hh]iệu(?:\s+văn\s+bản)?": "number",
    r"Ngày\s+ban\s+hành|(?<!quan\s)Ban\s+hành": "date",
    r"Loại\s+văn\s+bản": "type",
    r"Trích\s+yếu(?:\s+nội\s+dung)?": "subject",
    r"Cơ\s+quan\s+ban\s+hành|Cơ\s+quan|Người\s+ký|Ngày\s+(?:có\s+)?hiệu\s+lực|Hiệu\s+lực"
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
