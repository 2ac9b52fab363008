"""The own number (and date, type, trích yếu) of a page stored as its address's words or its title.

A download site's page kept as one line of its address's words ("download phap luat thong tu 78
2021 tt btc huong dan ...", draw9/2027-2048 and draw10/2205-2249's shape), or as a search page's
query ('"công văn số 4021vpcp cn" trang 8 - tải miễn phí ...'): every input below is made up in
that shape.
"""

from __future__ import annotations

import datetime as dt

import pytest

from bangtin.importer import parse_document

D = dt.date

READ = [
    # (page, number, type, trích yếu, date)
    (
        "download phap luat thong tu 12 2023 tt bct huong dan quan ly vat lieu no cong nghiep",
        "12/2023/TT-BCT",
        "Thông tư",
        "huong dan quan ly vat lieu no cong nghiep",
        None,
    ),
    ("download phap luat quyet dinh so 2345 qd ttg", "2345/QĐ-TTg", "Quyết định", "", None),
    ("download phap luat quyet dinh 1597 qd bkhcn 2019", "1597/QĐ-BKHCN", "Quyết định", "", None),
    (
        "download phap luat cong van 1234 bnv tl ve tuyen dung cong chuc cap xa",
        "1234/BNV-TL",
        "Công văn",
        "tuyen dung cong chuc cap xa",
        None,
    ),
    (
        "download phap luat tai quyet dinh 5670 qd byt 2022 huong dan cham soc rang mieng",
        "5670/QĐ-BYT",
        "Quyết định",
        "huong dan cham soc rang mieng",
        None,
    ),
    (
        '"quyết định số 512qđ ttg" trang 3 - tải miễn phí từ tailieunhanh',
        "512/QĐ-TTg",
        "Quyết định",
        "",
        None,
    ),
    ('"công văn số 4022vpcp kgvx" trang 2 - tải miễn phí', "4022/VPCP-KGVX", "Công văn", "", None),
    (
        "quyet dinh so 21 2019 qd ttg ngay 12 thang 6 nam 2019",
        "21/2019/QĐ-TTg",
        "Quyết định",
        "",
        D(2019, 6, 12),
    ),
    (
        "nghi quyet so 33 2021 qh15 ve to chuc ky hop thu nhat",
        "33/2021/QH15",
        "Nghị quyết",
        "to chuc ky hop thu nhat",
        None,
    ),
    (
        "download phap luat thong tu ve quan ly hoa chat nguy hiem so 05 2022 tt bct",
        "05/2022/TT-BCT",
        "Thông tư",
        "quan ly hoa chat nguy hiem",
        None,
    ),
    (
        "download phap luat luat an ninh mang so 24 2018 qh14",
        "24/2018/QH14",
        "Luật",
        "an ninh mang",
        None,
    ),
    (
        "download phap luat thong tu lien tich 10 2017 ttlt bnv btc ve che do phu cap",
        "10/2017/TTLT-BNV-BTC",
        "Thông tư liên tịch",
        "che do phu cap",
        None,
    ),
    (
        "thông tư liên tịch 08/2019/ttlt-bnv-btc",
        "08/2019/TTLT-BNV-BTC",
        "Thông tư liên tịch",
        "",
        None,
    ),
    ("quyết định 22-2018-qđ-ubnd", "22/2018/QĐ-UBND", "Quyết định", "", None),
    (
        "Thông tư 78/2015/tt-btc hướng dẫn quản lý thuế",
        "78/2015/TT-BTC",
        "Thông tư",
        "hướng dẫn quản lý thuế",
        None,
    ),
]


@pytest.mark.parametrize(("page", "number", "type_name", "subject", "date"), READ)
def test_a_page_of_address_words_gives_its_number(
    page: str, number: str, type_name: str, subject: str, date: dt.date | None
) -> None:
    fields = parse_document(page).fields
    assert (fields["number"], fields["type"], fields["date"]) == (number, type_name, date)
    assert fields["subject"].casefold() == subject.casefold()
    assert number not in {n for numbers in fields["relations"].values() for n in numbers}


@pytest.mark.parametrize(
    "page",
    [
        # The code names another type than the words before it: which is right is not sure.
        "download phap luat quyet dinh 12 kh ubnd ve to chuc le hoi",
        # No code after the number: a news item's "Nghị quyết 57", its issuer not said.
        "nghi quyet 57 ve dot pha phat trien khoa hoc cong nghe",
        # No type before the number: a page's words, not a document's name.
        "download phap luat 1234 qd ttg",
    ],
)
def test_address_words_that_give_no_number(page: str) -> None:
    assert parse_document(page).fields["number"] == ""


def test_a_page_of_several_lines_is_no_address() -> None:
    # A news item whose headline reads so, its lead under it: the readers of a news item decide.
    page = "quyet dinh 1234 qd ttg\n\nNgày 5/3/2024, Thủ tướng Chính phủ đã ký ban hành ..."
    assert parse_document(page).fields["number"] in {"", "1234/QĐ-TTg"}


@pytest.mark.parametrize(
    "page",
    [
        # A one-line lead naming its ground with its number written whole: a citation.
        "Thực hiện Kế hoạch số 150/KH-MTTQ-BTT, ngày 28/3/2019 của Ban Thường trực, Ban Thường "
        "trực huyện đã xây dựng Kế hoạch chỉ đạo Đại hội.",
        # ... and in address words: the ground's words before the type's name.
        "thuc hien quyet dinh 1234 qd ttg ve phong chong dich",
    ],
)
def test_a_sentence_on_one_line_is_no_address(page: str) -> None:
    assert parse_document(page).fields["number"] == ""


# A legal-text repository's record above the text, in Markdown's bold or with an ISO day (made
# up; the shape of draw7/1565's "Số hiệu" / "Ngày ban hành" record, as a converted file writes it).
RECORDS = [
    (
        "**Số hiệu:** 45/2021/QĐ-UBND\n**Loại văn bản:** Quyết định\n**Ngày ban hành:** "
        "12/03/2021\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
        "Ủy ban nhân dân tỉnh quyết định ban hành quy chế.\n",
        "45/2021/QĐ-UBND",
        D(2021, 3, 12),
        "Quyết định",
    ),
    (
        "Số hiệu: 62/2020/QH14\nNgày ban hành: 2020-06-17\nLoại văn bản: Luật\n\nCăn cứ Hiến pháp "
        "nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nQuốc hội ban hành Luật Xây dựng.\n",
        "62/2020/QH14",
        D(2020, 6, 17),
        "Luật",
    ),
]


@pytest.mark.parametrize(("page", "number", "date", "type_name"), RECORDS)
def test_a_record_in_markdown_or_with_an_iso_day(
    page: str, number: str, date: dt.date, type_name: str
) -> None:
    fields = parse_document(page).fields
    assert (fields["number"], fields["date"], fields["type"]) == (number, date, type_name)


def test_a_title_whose_number_is_unread_gives_no_cited_one() -> None:
    # A title naming its own document with a code in small letters after a capital, then a
    # cited one (made up; draw10/2209's shape): the own number is the first, never the cited.
    fields = parse_document("Thông tư 79/2015/tt-btc hướng dẫn nghị định 47/2014/nđ-cp").fields
    assert fields["number"] == "79/2015/TT-BTC"
    assert dict(fields["relations"]) == {"cites": ("47/2014/NĐ-CP",)}


@pytest.mark.parametrize(
    ("page", "own", "cited"),
    [
        (
            "download phap luat nghi quyet 29 2017 qh14 sua doi nghi quyet 56 2011 qh12 ve thue",
            "29/2017/QH14",
            ("56/2011/QH12",),
        ),
        (
            "download phap luat thong tu lien tich 11 2017 ttlt bnv btc theo nghi dinh 62 2016 nd cp",
            "11/2017/TTLT-BNV-BTC",
            ("62/2016/NĐ-CP",),
        ),
    ],
)
def test_address_words_name_the_documents_they_cite(
    page: str, own: str, cited: tuple[str, ...]
) -> None:
    # (made up; draw10/2217's and 2248's shape: a second type's name and number after the own)
    fields = parse_document(page).fields
    assert fields["number"] == own
    assert dict(fields["relations"]) == {"cites": cited}


@pytest.mark.parametrize(
    "page",
    [
        # A code misread or lost under a type's name that is no letter's (made up; a PDF's
        # reading of draw10/2215's "nghi quyet 103 nq cp" as "ng cp"): no number.
        "phap luat nghi quyet 104 ng cp 2022",
        "download phap luat quyet dinh 1598 bkhcn vp",
    ],
)
def test_no_letters_number_under_another_type(page: str) -> None:
    assert parse_document(page).fields["number"] == ""
