"""Tests of the document's own date on news pages (importer/document.py): a lead's day and month
take their year from the page's own stamp."""

from __future__ import annotations

import datetime as dt

from bangtin.importer import parse_document


def test_a_crawlers_month_stamp_gives_a_leads_day_its_year() -> None:
    # A stored page that opens with its crawler's month stamp glued to the lead ("date 2023-10
    # Ngày 12/10, UBND tỉnh ban hành Công văn số 512/UBND-VP về việc ..."; made up in
    # draw9/2004's shape, also draw8/1803, draw9/1939): the item was posted that month, so the
    # lead's day and month are of that year, as under a full posting stamp
    # (tests/fixtures/real/README.md).
    text = (
        "date 2023-10 Ngày 12/10, UBND tỉnh ban hành Công văn số 512/UBND-VP về việc tiếp tục "
        "thực hiện các biện pháp phòng, chống dịch bệnh trên địa bàn tỉnh.\n\n"
        "Theo đó, các sở, ngành tăng cường kiểm tra, giám sát.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == "512/UBND-VP"
    assert fields["date"] == dt.date(2023, 10, 12)
    # A day after the stamp's month is not of that year's item: left to fill.
    later = text.replace("Ngày 12/10", "Ngày 12/12")
    assert parse_document(later).fields["date"] is None
    # Without a stamp the year is not in the text.
    assert parse_document(text.replace("date 2023-10 ", "")).fields["date"] is None
