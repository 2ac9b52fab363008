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


def _own(text: str) -> tuple[str, dt.date | None]:
    fields = parse_document(text).fields
    return fields["number"], fields["date"]


def test_a_news_items_one_reported_document_is_its_own() -> None:
    # A news item whose shape reports one document, with no own number read otherwise: the
    # corpus keys that document as the page's own, and the page gives its number plainly for
    # it: read, with its date. Made up in the shapes of draw8/1746 (a study article whose lead
    # reports the issuing without the number, after an older document it follows; the number
    # further on) and draw9/1901 (an event held under it, in the next sentence).
    issued = (
        "Những điểm mới về bảo vệ Tổ quốc trong tình hình mới\n\n"
        "Sau 10 năm thực hiện Nghị quyết 28-NQ/TW ngày 25-10-2013 của Hội nghị Trung ương 8 khóa "
        "XI “về chiến lược bảo vệ Tổ quốc trong tình hình mới”, tình hình có nhiều thay đổi. "
        "Trước bối cảnh đó, Hội nghị Trung ương 8 khóa XIII đã ban hành Nghị quyết “về chiến "
        "lược bảo vệ Tổ quốc trong tình hình mới”. Bài viết phân tích một số nội dung mới.\n\n"
        "1. Quan điểm chỉ đạo\n\n"
        "Nghị quyết 44-NQ/TW ngày 24-11-2023 của Hội nghị Trung ương 8 khóa XIII đã xác định "
        "một số quan điểm chủ yếu.\n"
    )
    assert _own(issued) == ("44-NQ/TW", dt.date(2023, 11, 24))
    event = (
        "Thực hiện kế hoạch số 08-KH/ĐTN, ngày 15/02/2025 của Ban Thường vụ Xã đoàn Hòa Bình về "
        "việc tổ chức “Tháng Thanh niên” năm 2025 với chủ đề “Tuổi trẻ xung kích”.\n\n"
        "Chiều ngày 10/4/2025 Xã đoàn tổ chức hội nghị tổng kết tháng Thanh niên năm 2025 và đề "
        "ra chương trình công tác quý II.\n\n"
        "Tại hội nghị đã thông qua báo cáo.\n"
    )
    assert _own(event) == ("08-KH/ĐTN", dt.date(2025, 2, 15))
    # ... and its type, as the text writes it before the number ("kế hoạch số").
    assert parse_document(event).fields["type"] == "Kế hoạch"
    # One the lead's own sentence names after the verb ("... thay thế Nghị quyết số ...") is
    # another, older one, never read; one named after a ground's words further on, too.
    replaced = issued.replace(
        "trong tình hình mới”. Bài viết",
        "trong tình hình mới”, thay thế Nghị quyết số 08-NQ/TW ngày 12-3-2003 của Hội nghị Trung "
        "ương 8 khóa XIII. Bài viết",
    )
    assert _own(replaced)[0] == "44-NQ/TW"
    grounded = issued.replace("\n\nNghị quyết 44-NQ/TW", "\n\nThực hiện Nghị quyết 44-NQ/TW")
    assert _own(grounded)[0] == ""
    # Another body's document of that type further on is no reading of the lead's: left to fill.
    other = issued.replace("của Hội nghị Trung ương 8 khóa XIII đã xác định", "của Bộ Chính trị đã")
    assert _own(other)[0] == ""


def test_one_of_several_named_together_is_not_read_as_the_pages_own() -> None:
    # "... đã công bố 02 Quyết định số 41/QĐ-LHH và 42/QĐ-LHH ngày ..." (made up; draw6/1302's
    # shape): which of the two the page reports its words do not settle: left to fill.
    text = (
        "Kết nạp hội thành viên mới\n\n"
        "Sáng ngày 28/12/2018, tại hội nghị tổng kết, Thường trực Liên hiệp hội đã công bố 02 "
        "Quyết định số 41/QĐ-LHH và 42/QĐ-LHH ngày 27/12/2018 của Ban Chấp hành Liên hiệp hội "
        "công nhận Hội Tin học tỉnh và Hội Kiến trúc sư tỉnh là hội thành viên.\n"
    )
    assert _own(text)[0] == ""
