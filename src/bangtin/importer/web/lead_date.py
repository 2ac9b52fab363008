"""The day a page's lead gives its document ("ngày 25/8"), with the year the page supplies."""

from __future__ import annotations

import datetime as dt
import re

from bangtin.importer.lines import PORTAL_DAY
from bangtin.links.citations import TYPE_WORDS

# "ngày 26/3/2020", "Ngày 28-9", "ngày 25/8": the day a lead says the document was issued.
LEAD_DAY = re.compile(
    # A doubled separator is a typing slip: "Ngày 22/11//2022".
    # ... or a part of the day for "ngày": "Sáng 16.4, Hội Nông dân ... đã ký kết ...".
    # ... or "hôm nay" / "nay" with it: "chiều hôm nay 18 tháng 8 năm 2016, Thủ tướng ... đã ký",
    # and "hôm qua": "Phó chủ tịch UBND tỉnh ... hôm qua 1.3 đã ký quyết định về việc ...".
    r"(?<!\w)(?:ngày|(?:sáng|chiều|trưa|tối)(?=\s+\d{1,2}\s*[/.-]\s*\d)"
    r"|(?:(?:sáng|chiều|trưa|tối)\s+)?(?:hôm\s+qua|(?:hôm\s+)?nay)(?=\s+\d{1,2}(?:\s*[/.-]\s*\d|\s+tháng)))"
    r"\s+(?P<d>\d{1,2})"
    r"(?:\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})"
    r"(?:\s*(?P=sep){1,2}\s*(?P<y>(?:19|20)\d\d))?(?![\d/.-])"
    # ... or in words: "Ngày 27 tháng 5 năm 2022, đồng chí ... đã ký ban hành Công văn số ...".
    r"|\s+tháng\s+(?P<wm>\d{1,2})\s+năm\s+(?P<wy>(?:19|20)\d\d)(?!\d))",
    re.IGNORECASE,
)


# What stands before a day that dates another document: its number or its type word ("số
# 16-CTr/TU ngày ...", "Công điện ngày 28/7/2020").
DATES_OTHER = re.compile(
    r"(?:\d[\w/.\-]*[A-ZĐa-z]|\b(?:"
    + "|".join(sorted(map(re.escape, TYPE_WORDS), key=len, reverse=True))
    + r"))\s*,?\s*$",
    re.IGNORECASE,
)


# A body telling the paper, right before the lead's day, of a signing "vừa" (lately): "Cục ...
# thông tin, chiều 10-1, Cục trưởng ... vừa ký Quyết định số 07 ..." (made up; draw6/1361's
# shape). The day is the news's, the signing before it: no day of the document's. ("... cho
# biết, ngày 5/3, Sở đã ký ..." dates the signing.)
_TOLD = re.compile(
    r"(?<!\w)(?:thông\s+tin|cho\s+biết|cho\s+hay)\s*[,:]\s*(?:vào\s+)?$", re.IGNORECASE
)


_LATELY = re.compile(r"(?<!\w)(?:vừa|mới)\s", re.IGNORECASE)


# A body that tells, after the lead's day, that it issued the document ("Ngày 11-1, Liên đoàn
# Lao động ... cho biết đã ban hành kế hoạch ..."; made up, draw10/2125's shape): the day is the
# telling's, the document's own is not in the text.
# ... also "thông tin" with its comma ("Ngày 25-11, Ngân hàng Nhà nước (NHNN) thông tin, cơ quan
# này vừa ban hành công văn số ..."; made up, draw13/2826's shape).
_TELLS_AFTER = re.compile(
    r"(?<!\w)(?:cho\s+biết|cho\s+hay)\b|(?<!\w)thông\s+tin\s*[,:]", re.IGNORECASE
)


# A day that bounds a span, not one a document was issued on: "Từ ngày 05/5/2017, quy định lập
# ... được thực hiện theo Quyết định 03/2017/QĐ-KTNN" (made up; draw13/2831's shape: when the
# rule applies from), "kể từ ngày ...", "đến ngày ...", "trước ngày ...".
SPAN_BEFORE = re.compile(r"(?<!\w)(?:từ|đến|tới|trước)\s*$", re.IGNORECASE)


_WEEKDAY_BEFORE = re.compile(rf"(?<!\w){PORTAL_DAY}\s*[,:\-–]?\s*$", re.IGNORECASE)


def lead_date(line: str, end: int, posted: dt.date | None) -> dt.date | None:
    """The date in a lead's sentence before ``end``; without a year, the page's posting year.

    A news item writes "Ngày 28-9, Văn phòng Trung ương ban hành ..." under its own stamp
    ("2025-09-28"): the day is the document's, the year the stamp's when the day falls within
    four months before it (a January post on a December document takes the year before).
    """
    start = max((m.end() for m in re.finditer(r"[.;!?](?:\s|$)", line[:end])), default=0)
    # The day nearest the document, not one that dates another document named before it
    # ("Thực hiện Chương trình số 16-CTr/TU ngày 25/3/2008 ..., ngày 13/5/2011, UBND huyện ban
    # hành Kế hoạch số 42/KH-UBND").
    # (Nor a portal's day, its weekday or "Hôm nay" before it: "Thứ Tư, ngày 1 tháng 4 năm 2020"
    # opening a page whose breaks were lost.)
    days = [
        d
        for d in LEAD_DAY.finditer(line, start, end)
        if not DATES_OTHER.search(line, 0, d.start())
        and not _WEEKDAY_BEFORE.search(line, 0, d.start())
        and not SPAN_BEFORE.search(line, 0, d.start())
    ]
    m = days[-1] if days else None
    if m is None or (_TOLD.search(line, 0, m.start()) and _LATELY.search(line, m.end(), end)):
        return None
    if _TELLS_AFTER.search(line, m.end(), end):
        return None
    day, month = int(m["d"]), int(m["m"] or m["wm"])
    written = m["y"] or m["wy"]
    years = [int(written)] if written else [posted.year, posted.year - 1] if posted else []
    for year in years:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
        if written or (posted is not None and 0 <= (posted - date).days <= 120):
            return date
    return None
