"""Tests of the own number's, date's and type's reading in importer/document.py and fields.py."""

from __future__ import annotations

from bangtin.importer import parse_document


def test_a_heading_whose_initials_are_the_numbers_first_code_is_no_cong_van() -> None:
    # A kind the model does not list, named by its heading, its code the heading's initials
    # (made up; draw10/2133's and 2134's shape: "Số: 478 /LCĐ-HĐĐ" over "LỊCH CHỈ ĐẠO"): the
    # number's first code is the kind's (Nghị định 30/2020 forms a type's code from its initials),
    # not an issuer's, so the number is no công văn's; the type is left to fill.
    text = (
        "HỘI ĐỒNG ĐỘI TỈNH PHÚ YÊN\n"
        "Số: 312 /LHĐ-HĐĐ\n"
        "Phú Yên, ngày 9 tháng 9 năm 2014\n"
        "LỊCH HOẠT ĐỘNG\n"
        "Công tác Đội và phong trào thiếu nhi năm học 2014 – 2015\n"
        "Tháng 9: khai giảng năm học; Tháng 10: hội thi.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == "312/LHĐ-HĐĐ"
    assert fields["type"] == ""


def test_a_cong_van_under_its_issuers_name_stays_one() -> None:
    # The issuer's name over the number has the code's initials too ("ỦY BAN NHÂN DÂN" over
    # "Số: 45/UBND-VX"): above the number it is the header, and the letter stays a công văn.
    text = (
        "ỦY BAN NHÂN DÂN\n"
        "HUYỆN ĐÔNG HÒA\n"
        "Số: 45/UBND-VX\n"
        "V/v tổ chức hội thi\n"
        "Đông Hòa, ngày 9 tháng 9 năm 2014\n"
        "Kính gửi: Phòng Giáo dục và Đào tạo\n"
        "Ủy ban nhân dân huyện đề nghị tổ chức hội thi.\n"
    )
    assert parse_document(text).fields["type"] == "Công văn"
