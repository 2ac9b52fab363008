"""The importer on web copies: news items and republications that name the document they carry.

Every example is made up; each stands for a shape real pages take (tests/fixtures/real, copy
``web``), so that a rule serves the shape and not one file.
"""

from __future__ import annotations

from bangtin.importer import parse_document


def test_a_leads_about_in_the_next_sentence_is_not_its_documents() -> None:
    # "... ban hành Quyết định số 1570/QĐ-UBND phê duyệt ... . Ngày 27/7, Sở ... có Văn bản số
    # ... về việc ...": the "về việc" of the next sentence names another document's trích yếu;
    # the lead's own runs from its number to its full stop.
    text = (
        "Phê duyệt danh mục giếng khoan phải trám lấp trên địa bàn huyện\n"
        "Ngày 12/5/2023, UBND tỉnh Hà Nam ban hành Quyết định số 845/QĐ-UBND phê duyệt danh mục "
        "giếng khoan phải trám lấp trên địa bàn huyện Kim Bảng. Ngày 20/5/2023, Sở Tài nguyên và "
        "Môi trường có Văn bản số 702/STNMT-TNN về việc hướng dẫn trám lấp giếng khoan.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == "845/QĐ-UBND"
    assert fields["subject"] == (
        "Phê duyệt danh mục giếng khoan phải trám lấp trên địa bàn huyện Kim Bảng"
    )
    assert "702/STNMT-TNN" in str(fields["relations"])
