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


def test_a_heading_over_a_line_naming_another_type_leaves_the_type_to_fill() -> None:
    # A site's section name in capitals over the post's title, which names the document by
    # another type (made up; draw11/2477's shape: "THÔNG BÁO" over "Giấy mời dự Lễ ..."), or a
    # post title in capitals over the document's own heading (draw11/2374's: "QUY CHẾ GIẢI
    # THƯỞNG ..." over "THÔNG BÁO VỀ VIỆC GỬI TÁC PHẨM ..."): which line is the heading is not
    # sure, and the type is left to fill.
    invitation = (
        "THÔNG BÁO\n"
        "Giấy mời dự Lễ khai mạc Tuần lễ học tập suốt đời tỉnh Bắc Ninh năm 2023\n"
        "02/10/2023 08:00:00\n\n"
        "Thực hiện Kế hoạch số 88/KH-UBND ngày 10/9/2023 của Ủy ban nhân dân tỉnh, Ủy ban nhân "
        "dân tỉnh tổ chức Lễ khai mạc Tuần lễ học tập suốt đời năm 2023.\n"
        "1. Thành phần mời dự:\n- Đại diện lãnh đạo các sở, ngành.\n"
    )
    assert parse_document(invitation).fields["type"] == ""
    notice = (
        "QUY CHẾ GIẢI THƯỞNG HÀNG NĂM CỦA HỘI NHÀ BÁO TỈNH\n\n"
        "THÔNG BÁO VỀ VIỆC GỬI TÁC PHẨM DỰ GIẢI BÁO CHÍ NĂM 2019\n\n"
        "Theo nội dung Thông báo số 14/TB-HNB ngày 13/7/2019 của Hội Nhà báo tỉnh, đề nghị các "
        "hội viên gửi tác phẩm tham gia dự giải.\n"
    )
    assert parse_document(notice).fields["type"] == ""


def test_a_heading_over_its_trich_yeu_opening_with_a_verb_keeps_its_type() -> None:
    # "Quy định", "Kết luận", "Hướng dẫn" open a trích yếu as verbs or as the kind's second
    # word (the corpus README: "THÔNG BÁO" over "Kết luận của ..." is a Thông báo).
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC NINH\nSố: 12/2023/NQ-HĐND\n"
        "Bắc Ninh, ngày 5 tháng 7 năm 2023\n"
        "NGHỊ QUYẾT\nQuy định mức thu học phí năm học 2023 - 2024\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH\nQUYẾT NGHỊ:\nĐiều 1. Quy định mức thu.\n"
    )
    assert parse_document(text).fields["type"] == "Nghị quyết"


def test_a_serial_filled_into_the_blank_the_typist_left_is_the_own_number() -> None:
    # The typist leaves a run of spaces for the serial, which the office fills in ("Số: 64
    # /2024/QĐ-UBND"; made up, draw11/2416's shape): one number, no two columns.
    text = (
        "ỦY BAN NHÂN DÂN  \nTHÀNH PHỐ HẢI PHÒNG  \nSố: 27            /2023/QĐ-UBND  \n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  \nĐộc lập - Tự do - Hạnh phúc  \n\n"
        "Hải Phòng, ngày 07 tháng 11 năm 2023  \n\nQUYẾT ĐỊNH  \n"
        "Ban hành định mức kinh tế - kỹ thuật đào tạo nghề  \n\n"
        "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG  \n\nQUYẾT ĐỊNH:  \n\nĐiều 1. Ban hành kèm theo.\n"
    )
    assert parse_document(text).fields["number"] == "27/2023/QĐ-UBND"
    # A blank never filled leaves the number to fill.
    blank = text.replace("Số: 27            /2023", "Số:            /2023")
    assert parse_document(blank).fields["number"] == ""


def test_a_static_sites_json_record_is_read_by_its_title() -> None:
    # A post kept as a JSON front matter and nothing else (made up; draw11/2408's and 2410's
    # shape): its title names the document as a headline does; the record's keys and its other
    # values (a slug, a layout, the post's own date) are no text of it.
    title = (
        " Giấy mời số 45/GM-UBND ngày 12/3/2018 của UBND huyện V/v Họp bàn kế hoạch xây dựng "
        "nông thôn mới năm 2018"
    )
    text = (
        "---json\n{\n"
        '    "slug": "giay-moi-so-45gm-ubnd-ngay-1232018-cua-ubnd-huyen-vv-hop-ban",\n'
        '    "layout": "post.html",\n    "category": "giay-moi",\n'
        f'    "title": "{title}",\n    "description": "{title}",\n'
        '    "date": "20-03-2018",\n    "banner": "",\n    "tag": [],\n'
        '    "permalink": true,\n    "draft": "",\n    "url": ""\n}\n---\n'
    )
    fields = parse_document(text).fields
    assert (fields["number"], str(fields["date"]), fields["type"]) == (
        "45/GM-UBND",
        "2018-03-12",
        "Giấy mời",
    )
    # A title that names no type ("Về việc công bố ...", draw11/2412's) says no công văn.
    other = text.replace(title, "Về việc họp bàn kế hoạch xây dựng nông thôn mới năm 2018")
    assert parse_document(other).fields["type"] == ""


def test_a_document_records_title_names_its_type() -> None:
    # A document record with its metadata left empty (made up; draw11/2409's and 2410's shape):
    # the title names the type.
    text = (
        "---json\n{\n"
        '    "slug": "03-tb-ubnd-krong-no-10-01-2021",\n'
        '    "category": "tiep-cong-dan.lich-tiep-cong-dan",\n    "tag": [],\n'
        '    "layout": "van-ban.html",\n'
        '    "title": "Thông báo về lịch tiếp công dân của Lãnh đạo UBND huyện quý I năm 2021",\n'
        '    "description": "",\n    "date": "2021-01-13T01:00:00.000Z",\n    "so": "",\n'
        '    "permalink": true,\n    "trich_yeu": "",\n    "co_quan_ban_hanh": "",\n'
        '    "linh_vuc": "",\n    "loai_van_ban": "",\n    "nguoi_ky": "",\n'
        '    "tai_lieu_dinh_kem": "/img/03-TB-UBND_2021.PDF",\n    "banner": "",\n'
        '    "draft": false,\n    "url": "",\n    "ngay_ban_hanh": "",\n    "so_hieu": "",\n'
        '    "__content__": ""\n}\n---\n'
    )
    fields = parse_document(text).fields
    assert fields["type"] == "Thông báo"


def test_one_row_of_a_gazettes_data_dump_is_read_as_its_record() -> None:
    # One row of a crawler's SQL dump of a gazette's document list (made up; draw11/2436-2441's
    # shape): the number, a record id, the issuing and effective days, the issuer, a type
    # column, the signer, the trích yếu, the status, addresses. The number's own code names the
    # type where it has one, over the column (draw11/2440: "15/CT-UBND" filed as a decision).
    row = (
        "('42/CT-UBND', '0A1B2C3D4E5F60718293A4B5C6D7E8F9', '2025-04-11', '2025-04-11', NULL, "
        "'UBND Tỉnh', 'Quyết định của Chủ tịch UBND tỉnh', NULL, 'Chủ tịch UBND Trần Văn An', "
        "'Về việc tăng cường công tác phòng, chống cháy rừng mùa khô năm 2025 trên địa bàn tỉnh', "
        "'Đang hiệu lực', NULL, NULL, 'https://congbao.example.gov.vn/cb.nsf/$file/CT 42.pdf', "
        "'D:\\\\data\\\\42_CT-UBND.pdf', '2025-06-01 08:31:49'),\n"
    )
    fields = parse_document(row).fields
    assert (fields["number"], str(fields["date"]), fields["type"]) == (
        "42/CT-UBND",
        "2025-04-11",
        "Chỉ thị",
    )
    assert fields["subject"].casefold() == (
        "tăng cường công tác phòng, chống cháy rừng mùa khô năm 2025 trên địa bàn tỉnh"
    )
    # Without a type code in the number, the type column names it.
    coded = row.replace("42/CT-UBND", "42/UBND-VX").replace(
        "Quyết định của Chủ", "Công văn của Chủ"
    )
    assert parse_document(coded).fields["type"] == "Công văn"
    # The same row wrapped over lines (a dump printed or pasted from a narrow window, or laid
    # out on a PDF page): the values' words go on over the line's end.
    wrapped = parse_document(
        row.replace(" trên địa", "\ntrên địa").replace(", NULL, ", ",\nNULL, ")
    )
    assert (wrapped.fields["number"], str(wrapped.fields["date"])) == ("42/CT-UBND", "2025-04-11")
    assert wrapped.fields["subject"].casefold().endswith("năm 2025 trên địa bàn tỉnh")
    # Two rows are a list of documents, none of them the file's own, on one line each or not.
    assert parse_document(row + row.replace("42/CT", "43/CT")).fields["number"] == ""
    two = row.rstrip("\n") + " " + row.replace("42/CT", "43/CT")
    assert parse_document(two).fields["number"] == ""


def test_a_resolution_without_its_date_line_is_dated_by_its_adoption() -> None:
    # A rendering that lost the place-and-date line (made up; draw11/2425's and 2432's shape):
    # the closing sentence "Nghị quyết này được ... thông qua ngày ..." dates the resolution
    # itself; Markdown's bold inside it is no part of it.
    text = (
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n"
        "Số: 1702/NQ-UBTVQH15\n\n"
        "NGHỊ QUYẾT\nVề việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Cà Mau năm 2025\n\n"
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCăn cứ Hiến pháp;\n\nQUYẾT NGHỊ:\n\n"
        "Điều 1. Sắp xếp các đơn vị hành chính cấp xã.\n\n"
        "Điều 2. Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.\n\n"
        "*Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV thông qua **ngày** 18 "
        "**tháng** 6* *năm 2025.*\n"
    )
    assert str(parse_document(text).fields["date"]) == "2025-06-18"
    # Another document's adoption named in the text dates nothing.
    other = text.replace("*Nghị quyết này được", "*Nghị quyết số 12/NQ-HĐND được")
    assert parse_document(other).fields["date"] is None


def test_the_letter_a_page_carries_named_by_its_attached_model_is_no_citation() -> None:
    # A copy stored from "Kính gửi" on, the letter's body and signature, then the model it
    # attaches under "(Ban hành kèm theo Công văn số ...)" (made up; draw4/731's shape): the
    # number is the letter's own, unread as such, and no citation; an annex stored alone, with
    # no letter before it, still cites its issuing document.
    letter = (
        "Kính gửi: Các tỉnh ủy, thành ủy trực thuộc Trung ương\n\n"
        "Ban Tổ chức Trung ương gửi các đồng chí quy chế mẫu để tham khảo.\n\n"
        "| Nơi nhận: - Như trên, - Lưu. | K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN Nguyễn Văn An |\n\n"
        "QUY CHẾ MẪU\nLàm việc của ban chấp hành đảng bộ\n"
        "(Ban hành kèm theo Công văn số 8123-CV/BTCTW, ngày 30/12/2024 của Ban Tổ chức Trung "
        "ương)\n\nĐiều 1. Phạm vi điều chỉnh.\n"
    )
    relations = parse_document(letter).fields["relations"]
    assert "8123-CV/BTCTW" not in {x for numbers in relations.values() for x in numbers}
    annex = letter[letter.index("QUY CHẾ MẪU") :]
    relations = parse_document(annex).fields["relations"]
    assert "8123-CV/BTCTW" in {x for numbers in relations.values() for x in numbers}


def test_a_number_on_the_line_under_its_label_is_the_own_number() -> None:
    # A Word page saved as HTML and dumped as text puts the header table's "Số:" and the number
    # on lines of their own (made up; draw11/2413's shape): one number line.
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC GIANG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\n Số:\n 47/2024/NQ-HĐND\n\n Bắc\n Giang, ngày 6 tháng "
        "12 năm 2024\n\nNGHỊ QUYẾT\n\nQUY ĐỊNH MỨC CHI\n\nHỘI ĐỒNG NHÂN DÂN TỈNH\n\n"
        "QUYẾT NGHỊ:\n\nĐiều 1. Quy định mức chi.\n"
    )
    assert parse_document(text).fields["number"] == "47/2024/NQ-HĐND"


def test_a_ground_over_the_issuers_own_operative_words_is_no_own_number() -> None:
    # A headerless notice on a ward's portal: its title, its basis ("Căn cứ Quyết định số
    # 812/QĐ-UBND ngày ... của UBND quận về việc phê duyệt ... dự án ...: <the title's project>;"),
    # then its issuer's own operative words on a line of their own ("Ủy ban nhân dân phường Hòa
    # An thông báo:"; made up, draw12/2611's shape). The basis is the document's own ground,
    # never the page's number: left to fill, and cited.
    text = (
        "Tin tức mới nhất\n\n"
        "Công khai Thông báo thu hồi đất để thực hiện dự án: Xây dựng tuyến đường từ khu tái định "
        "cư đến trường THCS Hòa An,\n"
        "Ngày đăng 07/08/2020 | 10:18  | Lượt xem: 157\n\n"
        "Căn cứ Quyết định số 812/QĐ-UBND ngày 31/10/2018 của UBND quận Tây Hồ về việc phê duyệt "
        "Báo cáo nghiên cứu khả thi dự án đầu tư xây dựng: Xây dựng tuyến đường từ khu tái định "
        "cư đến trường THCS Hòa An, phường Hòa An, quận Tây Hồ;\n\n"
        "Ủy ban nhân dân phường Hòa An thông báo:\n\n"
        "1. Niêm yết công khai Thông báo thu hồi đất ngày 31/7/2020 của UBND quận.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == "" and fields["date"] is None
    assert "812/QĐ-UBND" in [n for ns in fields["relations"].values() for n in ns]


def test_a_number_the_lead_names_in_an_issued_letters_matter_is_no_own_number() -> None:
    # A lead that reports a letter issued without its number, whose matter names a directive it
    # rolls out ("... vừa có văn bản gửi các Tỉnh ủy, ... về việc triển khai thực hiện Chỉ thị
    # số 07-CT/TW ngày ... của Ban Bí thư về ..."), then a paragraph that opens on that directive
    # (made up; draw12/2538's shape): the page is the letter, the directive its matter.
    text = (
        "Ông Nguyễn Văn A - Bí thư Ban Cán sự đảng, Bộ trưởng Bộ Nội vụ - vừa có văn bản gửi các "
        "Tỉnh ủy, Thành ủy về việc triển khai thực hiện Chỉ thị số 07-CT/TW ngày 3/5/2022 của Ban "
        "Bí thư về tăng cường công tác cải cách hành chính.\n"
        "Trong đó, Ban cán sự đảng đề nghị tổ chức quán triệt các nội dung Chỉ thị số 07; xây "
        "dựng chương trình, kế hoạch thực hiện Chỉ thị này.\n"
        "Thường xuyên kiểm tra việc thực hiện Chỉ thị số 07 tại cơ quan, đơn vị.\n"
        "Chỉ thị số 07-CT/TW của Ban Bí thư đánh giá, công tác cải cách hành chính vẫn còn hạn "
        "chế.\n"
    )
    fields = parse_document(text).fields
    # (Its type is not the directive's either, however often the page names "Chỉ thị này".)
    assert fields["number"] == "" and fields["type"] != "Chỉ thị"
    assert "07-CT/TW" in [n for ns in fields["relations"].values() for n in ns]


def test_a_document_named_as_there_before_the_pages_own_is_no_own_number() -> None:
    # A commentary on a regulation named only by its kind and matter, which names an earlier one
    # of that kind as there before it: "... trong điều kiện đã có Quy định 98-QĐ/TW, ngày
    # 7-10-2017, của Ban Chấp hành Trung ương quy định về ... thì việc ban hành Quy định này là
    # không cần thiết ..." (made up; draw12/2544's shape). "Quy định này", being issued, is the
    # page's own; the one there before it is another: cited, no own number.
    text = (
        "Để làm tốt công tác cán bộ, Quy định kiểm soát quyền lực trong công tác cán bộ nêu rõ "
        "6 quy định đối với cấp ủy, tổ chức đảng.\n"
        "Ngoài ra, Quy định nêu 6 hành vi chạy chức, chạy quyền.\n"
        "Nhiều người cho rằng, trong điều kiện đã có Quy định 98-QĐ/TW, ngày 7-10-2017, của Ban "
        "Chấp hành Trung ương quy định về phân cấp quản lý cán bộ thì việc ban hành Quy định này "
        "là không cần thiết.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == "" and fields["date"] is None
    assert "98-QĐ/TW" in [n for ns in fields["relations"].values() for n in ns]


def _cited(fields: object) -> list[str]:
    relations = fields["relations"]  # type: ignore[index]
    return [x for xs in relations.values() for x in xs]


def test_one_of_three_decisions_a_page_lists_is_not_taken_for_its_own() -> None:
    # A ward's news of a ceremony handing over "quyết định" of its Party committee, each named in
    # a paragraph of its own, the first without "số" ("Theo đó, Quyết định 21-QĐ/ĐU ngày ..." /
    # "Quyết định số 22-QĐ/ĐU ngày ..." / ...; made up, draw13/2706's shape): the headline names
    # none, so which one the page reports is not said: the number and trích yếu are left to
    # fill; the date all of them carry and their type stay; the first listed, which the corpus
    # keys as the page's own, is no citation, the others are.
    text = (
        "Lễ công bố quyết định thành lập, sáp nhập chi bộ khu dân cư\n\n"
        "Sáng ngày 06/3/2023, Đảng ủy phường Hòa An tổ chức Lễ công bố quyết định thành lập, "
        "sáp nhập chi bộ khu dân cư.\n\n"
        "Theo đó, Quyết định 21-QĐ/ĐU ngày 05/3/2023 điều chỉnh quy mô lãnh đạo đối với chi bộ 3 "
        "trực thuộc Đảng bộ phường Hòa An, lãnh đạo 02 tổ dân phố.\n\n"
        "Quyết định số 22-QĐ/ĐU ngày 05/3/2023 sáp nhập chi bộ 4 và chi bộ 5 trực thuộc Đảng bộ "
        "phường Hòa An; chi bộ 4 quản lý 30 đảng viên.\n\n"
        "Quyết định số 23-QĐ/ĐU ngày 05/3/2023 thành lập mới chi bộ 9 trực thuộc Đảng bộ phường "
        "Hòa An.\n\n"
        "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy phường đề nghị các chi bộ ổn định tổ chức.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == ""
    assert not fields["subject"]
    assert fields["type"] == "Quyết định"
    assert str(fields["date"]) == "2023-03-05"
    assert sorted(_cited(fields)) == ["22-QĐ/ĐU", "23-QĐ/ĐU"]


def test_one_of_several_politburo_decisions_named_in_turn_is_not_the_pages_own() -> None:
    # A news page that opens in the middle of its text and names the Politburo's decisions in
    # turn, each at its sentence's start ("Theo đó, tại Quyết định số 410-QĐ/TW, Bộ Chính trị
    # quyết định thành lập ..." / "Tại Quyết định số 409-QĐ/TW, ..."; made up, draw13/2740's
    # shape): which one is the page's is not said; the number is left to fill, the first named
    # is no citation.
    text = (
        "Theo đó, tại Quyết định số 410-QĐ/TW, Bộ Chính trị quyết định thành lập Đảng bộ tỉnh "
        "Bắc Hà trên cơ sở hợp nhất 2 đảng bộ tỉnh.\n\n"
        "Tại Quyết định số 409-QĐ/TW, Bộ Chính trị quyết định thành lập Đảng bộ tỉnh Nam Sơn "
        "trên cơ sở hợp nhất 2 đảng bộ tỉnh.\n\n"
        "Tại Quyết định số 405-QĐ/TW, Bộ Chính trị quyết định thành lập Đảng bộ tỉnh Tây Điền "
        "trên cơ sở hợp nhất 2 đảng bộ tỉnh.\n\n"
        "Các quyết định có hiệu lực kể từ ngày 1/7/2025.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == ""
    assert sorted(_cited(fields)) == ["405-QĐ/TW", "409-QĐ/TW"]


def test_a_headline_naming_its_decision_keeps_it_among_others_named() -> None:
    # The headline names the page's own decision by its number ("Quyết định số 21-QĐ/ĐU về ...");
    # the body names two more of the same body: the headline settles which is the page's.
    text = (
        "Quyết định số 21-QĐ/ĐU về điều chỉnh quy mô lãnh đạo chi bộ 3\n\n"
        "Ngày 05/3/2023, Đảng ủy phường Hòa An ban hành Quyết định số 21-QĐ/ĐU về điều chỉnh quy "
        "mô lãnh đạo chi bộ 3 trực thuộc Đảng bộ phường.\n\n"
        "Trước đó, Đảng ủy đã ban hành Quyết định số 15-QĐ/ĐU và Quyết định số 16-QĐ/ĐU về sáp "
        "nhập các chi bộ.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == "21-QĐ/ĐU"
    assert sorted(_cited(fields)) == ["15-QĐ/ĐU", "16-QĐ/ĐU"]


def test_a_first_line_heading_its_type_and_name_over_the_number_is_the_pages() -> None:
    # A page that opens on the document's type and name in capitals, then "số:" and its number
    # ("*LUẬT THANH NIÊN số: 57/2020/QH14. Luật thanh niên đã được Quốc hội ... thông qua ...";
    # made up, draw13/2873's shape, a store's Markdown of a law): the page's own title, so the
    # number is no citation (read as the own number or left to fill).
    text = (
        "*LUẬT THANH NIÊN số: 57/2020/QH14. Luật thanh niên đã được Quốc hội khóa XIV, kỳ họp "
        "thứ 9 thông qua ngày 16 tháng 6 năm 2020.\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
        "Quốc hội ban hành Luật Thanh niên.\n\n"
        "Chương I NHỮNG QUY ĐỊNH CHUNG\n\n"
        "Điều 1. Phạm vi điều chỉnh\n"
        "Luật này quy định về quyền, nghĩa vụ của thanh niên.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] in ("57/2020/QH14", "")
    assert _cited(fields) == []
    # A heading naming another document by its type ("KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ ...")
    # is no such title: that document stays cited.
    plan = "KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 35-NQ/TW CỦA BỘ CHÍNH TRỊ\nNhằm triển khai.\n"
    assert "35-NQ/TW" in _cited(parse_document(plan).fields)
    # A number whose code names another type is the act that issued the titled document ("*ĐIỀU
    # LỆ CÔNG ĐOÀN số: 12/QĐ-TLĐ. ...": the charter a decision issued; draw13/2874's shape):
    # a citation.
    charter = (
        "*ĐIỀU LỆ CÔNG ĐOÀN số: 12/QĐ-TLĐ. Điều lệ Công đoàn Việt Nam (khóa X) đã được sửa "
        "đổi, bổ sung theo Nghị quyết Đại hội X Công đoàn Việt Nam, đã được Đoàn Chủ tịch Tổng "
        "Liên đoàn ban hành tại Hà Nội, ngày 05 tháng 3 năm 2010, theo ý kiến tại Công văn số "
        "512-CV/VPTW của Văn phòng Trung ương Đảng.\n\n"
        "Chương I CÔNG ĐOÀN VIỆT NAM\n\nĐiều 1. Tên gọi\nCông đoàn Việt Nam là tổ chức.\n"
    )
    assert "12/QĐ-TLĐ" in _cited(parse_document(charter).fields)


def test_the_own_number_read_without_its_day_takes_the_day_the_text_attaches_to_it() -> None:
    # A page whose own number a reading took without a day, and whose text writes that number
    # with its day attached, in a caption or a later paragraph ("... trình bày chuyên đề “Nội
    # dung cốt lõi của Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị về ...”"; made up,
    # draw12/2508's and draw6/1249's shapes): a day attached to a number is that document's.
    text = (
        " date 2025-09-20 Đồng chí Trưởng Ban Tuyên giáo trình bày chuyên đề “Nội dung cốt lõi "
        "của Nghị quyết số 71-NQ/TW, ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển "
        "giáo dục và đào tạo”. Ảnh: Minh Anh\n\n"
        "* Để giáo dục đi trước một bước\n\n"
        "Khẳng định sự cần thiết ra đời của Nghị quyết số 71-NQ/TW, đồng chí cho biết, Bộ Chính "
        "trị đã ban hành Nghị quyết số 71-NQ/TW với những chủ trương đột phá.\n\n"
        "Trên cơ sở kế thừa Nghị quyết số 29-NQ/TW ngày 4/11/2013 của Ban Chấp hành Trung ương.\n"
    )
    fields = parse_document(text).fields
    if fields["number"] == "71-NQ/TW":
        assert str(fields["date"]) == "2025-08-22"
    # Two days attached to it: which is its own is not said, the date stays to fill.
    two = text.replace(
        "Bộ Chính trị đã ban hành Nghị quyết số 71-NQ/TW", "Nghị quyết số 71-NQ/TW ngày 23/8/2025"
    )
    fields = parse_document(two).fields
    assert fields["date"] is None or fields["number"] != "71-NQ/TW"


def test_the_first_of_several_documents_a_conference_studied_is_no_citation() -> None:
    # A news item on a committee studying several documents named in one list after "the
    # contents of" ("... quán triệt các nội dung cơ bản của Nghị quyết số 05-NQ/TW ...; Nghị
    # quyết số 230-NQ/QUTW ..."; made up, draw14/2921's and 2922's shapes): the corpus keys the
    # first named as the page's document; the text does not say so, so the number is left to
    # fill, and the first is no citation; the others are.
    text = (
        "Đảng ủy Trung đoàn 42 quán triệt Nghị quyết của cấp trên\n\n"
        "Ngày 10/3/2023, Đảng ủy Trung đoàn 42 tổ chức Hội nghị quán triệt cho cán bộ chủ trì.\n"
        "Tại Hội nghị, các đại biểu được phổ biến, quán triệt các nội dung cơ bản của Nghị quyết "
        "số 12-NQ/TW, ngày 5-1-2023 của Bộ Chính trị về xây dựng lực lượng; Nghị quyết số "
        "340-NQ/QUTW, ngày 2-2-2023 của Quân ủy Trung ương về lãnh đạo xây dựng lực lượng.\n\n"
        "Đây là chủ trương lớn, đúng đắn.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == ""
    assert _cited(fields) == ["340-NQ/QUTW"]
    # Of one body, named one after the other: the first is the page's as well.
    one_body = text.replace("của Quân ủy Trung ương", "của Bộ Chính trị").replace(
        "340-NQ/QUTW", "13-NQ/TW"
    )
    fields = parse_document(one_body).fields
    assert fields["number"] == ""
    assert _cited(fields) == ["13-NQ/TW"]


def test_the_holders_own_document_named_last_of_the_levels_is_its_own() -> None:
    # The levels come down to the body that held the conference, named in the lead's earlier
    # sentence ("... Đảng ủy Tổng cục Hậu cần (TCHC) vừa tổ chức Hội nghị ... . Các đại biểu
    # ... đã nghiên cứu những nội dung của Chỉ thị số 36-CT/TW ..., Chỉ thị 922-CT/ĐU của
    # Thường vụ Đảng ủy TCHC ..."; made up, draw14/2914's shape): its own, named last, is the
    # page's. Where the last is another body's (a cluster's review of the Politburo's directive
    # and the city's, draw14/2936's shape), the first is, unsettled: left to fill.
    text = (
        "QĐND - Đảng ủy Cục Vận tải (CVT) vừa tổ chức Hội nghị quán triệt chỉ thị về đại hội. "
        "Các đại biểu đã nghiên cứu những nội dung của Chỉ thị số 40-CT/TW của Bộ Chính trị, "
        "Chỉ thị 512-CT/ĐU của Thường vụ Đảng ủy CVT về đại hội đảng các cấp.\n\n"
        "Trên cơ sở đó, Đảng ủy CVT đã triển khai tới các cấp ủy.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == "512-CT/ĐU"
    assert _cited(fields) == ["40-CT/TW"]
    cluster = (
        "(Baoxyz.vn) - Chiều 25/10, Cụm thi đua 5 gồm các quận 1, 3, đã tổ chức Hội nghị tổng "
        "kết 10 năm thực hiện Chỉ thị số 40-CT/TW ngày 07/4/2014 của Bộ Chính trị, Chỉ thị số "
        "27-CT/TU ngày 12/8/2014 của Thành ủy về đổi mới công tác thi đua.\n"
    )
    fields = parse_document(cluster).fields
    assert fields["number"] == ""
    assert _cited(fields) == ["27-CT/TU"]


def test_a_list_that_ends_on_a_bare_number_of_the_holders_gives_no_own_number() -> None:
    # The list goes on with the holder's own directive by a bare number ("... Chỉ thị số
    # 368-CT/ĐU của Thường vụ Đảng ủy Quân khu 4, chỉ thị 477 của thường vụ Đảng ủy Sư đoàn
    # ..."; made up, draw14/2920's shape): the page's own is that one, without its code; the
    # coded ones are citations, none the own number.
    text = (
        "Sư đoàn 9: Quán triệt, triển khai chỉ thị các cấp về đại hội\n\n"
        "(Baoxyz.vn) - Chiều 20/10, Thường vụ Đảng ủy Sư đoàn 9 (Quân khu 7) tổ chức hội nghị "
        "quán triệt, triển khai Chỉ thị số 40-CT/TW của Bộ Chính trị, Chỉ thị số 464-CT/QUTW "
        "của Thường vụ Quân ủy Trung ương và Chỉ thị số 210-CT/ĐU của Thường vụ Đảng ủy Quân khu "
        "7, chỉ thị 33 của thường vụ Đảng ủy Sư đoàn về đại hội.\n\nToàn cảnh hội nghị\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == ""
    assert _cited(fields) == ["40-CT/TW", "464-CT/QUTW", "210-CT/ĐU"]
    # (Its type is the bare number's: the page's own is a directive.)
    assert fields["type"] == "Chỉ thị"


def test_a_decision_a_conference_heard_announced_is_no_citation() -> None:
    # "... hội nghị đã nghe thông báo Quyết định số 904-QĐ/TU 15-4-2021 của Ban Thường vụ ..."
    # (made up; draw14/2912's shape): the page reports on that decision, the corpus's own.
    text = (
        "Đồng chí Nguyễn Văn B, Bí thư Tỉnh ủy, Bí thư Đảng ủy Bộ Chỉ huy chủ trì hội nghị.\n\n\n\n"
        "Tham dự có các đồng chí: Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Trần Văn C; các Ủy "
        "viên Ban Thường vụ Tỉnh ủy…\n\n"
        "Mở đầu, hội nghị đã nghe thông báo Quyết định số 77-QĐ/TU 15-4-2021 của Ban Thường vụ "
        "Tỉnh ủy chỉ định đồng chí Nguyễn Văn B tham gia Ban Chấp hành Đảng bộ và giữ chức Bí "
        "thư Đảng ủy Bộ Chỉ huy nhiệm kỳ 2020-2025.\n\n"
        "Phát biểu nhận nhiệm vụ, đồng chí Nguyễn Văn B nhấn mạnh, đây vừa là vinh dự, vừa là "
        "trách nhiệm.\n\nTiếp theo, hội nghị đã họp bàn ra Nghị quyết lãnh đạo thực hiện nhiệm "
        "vụ 6 tháng cuối năm 2021.\n"
    )
    fields = parse_document(text).fields
    assert "77-QĐ/TU" not in _cited(fields)


def test_a_resolutions_annex_lines_give_its_own_number_where_the_header_was_lost() -> None:
    # A resolution's copy whose header and signature tables were left as empty placeholders,
    # the heading "NGHỊ QUYẾT" over its trích yếu, and its annexes' lines "(Ban hành kèm theo
    # Nghị quyết số 53/2017/NQ-HĐND ngày ...)" (made up; draw14/3067's and 3080's shape): the
    # annexes name the page's own resolution, its number, and no citation.
    text = (
        '<jsontable name="bang_0"> </jsontable>\n\n'
        "NGHỊ QUYẾT\n"
        "QUY ĐỊNH MỨC CHI HỖ TRỢ CÁN BỘ KHÔNG CHUYÊN TRÁCH TỈNH AN PHÚ\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH AN PHÚ\n"
        "KHÓA IX KỲ HỌP THỨ BA\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 34/2019/NĐ-CP ngày 24 tháng 4 năm 2019 của Chính phủ;\n"
        "Xét Tờ trình số 71/TTr-UBND ngày 09/6/2020 của Ủy ban nhân dân tỉnh;\n"
        "QUYẾT NGHỊ:\n"
        "Điều 1. Ban hành kèm theo Nghị quyết này Quy định mức chi hỗ trợ.\n"
        "Điều 2. Nghị quyết này được Hội đồng nhân dân tỉnh khóa IX, kỳ họp thứ ba thông qua "
        "ngày 10 tháng 7 năm 2020.\n"
        "QUY ĐỊNH\n"
        "MỨC CHI HỖ TRỢ CÁN BỘ KHÔNG CHUYÊN TRÁCH\n"
        "(Ban hành kèm theo Nghị quyết số 12/2020/NQ-HĐND ngày 10 tháng 7 năm 2020 của Hội đồng "
        "nhân dân tỉnh An Phú)\n"
        "Điều 1. Phạm vi điều chỉnh\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == "12/2020/NQ-HĐND"
    assert "12/2020/NQ-HĐND" not in _cited(fields)
    assert "71/TTr-UBND" in _cited(fields)


def test_a_line_that_is_a_documents_title_names_the_pages_own() -> None:
    # A site's post title and summary, each a line of its own: the type, "số", the number, the
    # day and the matter after "về", no issuer (made up; draw14/3054's shape, in a React copy's
    # markup): the page's own document, never a citation.
    text = (
        '                <div class="vavi-logo hidden-sm hidden-xs">CƠ SỞ DỮ LIỆU NGÀNH GIÁO DỤC VÀ ĐÀO TẠO</div>\n'
        '                    <p class="csdlFooter">CƠ SỞ DỮ LIỆU NGÀNH GIÁO DỤC VÀ ĐÀO TẠO</p>\n'
        '                        <div class="title-dcnt">Văn bản/Hướng dẫn</div>\n'
        '                    <div class="col-md-5 col-sm-4 col-xs-4">\n'
        '                        <div class="back-page">\n'
        '                            &laquo;&nbsp;<a href="/">Quay lại</a>\n'
        "                        </div>\n"
        "                    </div>\n"
        "                </div>\n"
        '                <div class="row">\n'
        '                    <div class="col-md-12">\n'
        '                        <div class="gr-chitiet">\n'
        '                            <div class="row">\n'
        '                            <div class="col-md-12 date-pub-c">\n'
        "                                Ngày đăng bài:\n"
        "                                30/06/2024 08:43:32\n"
        "                            </div>\n"
        "                            </div>\n"
        '                            <div class="row">\n'
        '                            <div class="col-md-12">\n'
        '                                <div class="title-tieudiem-c">\n'
        "                                    <a>\n"
        "                                    Công văn số 1240/BGDĐT-GDTH ngày 27/06/2024 về việc thực hiện báo cáo thực trạng, nhu cầu về số lớp học, phòng học, phòng công vụ cho giáo viên</a>\n"
        "                                Công văn số 1240/BGDĐT-GDTH ngày 27/06/2024 về việc thực hiện báo cáo thực trạng, nhu cầu về số lớp học, phòng học, phòng công vụ cho giáo viên\n"
        "                                <p>Chi tiết văn bản v&agrave; hướng dẫn b&aacute;o c&aacute;o vui l&ograve;ng xem tại đ&acirc;y:</p>\n"
        '                                <p>1.&nbsp;C&ocirc;ng văn số 1240/BGDĐT-GDTH ng&agrave;y 27/06/2024: <strong><a href="#" target="_blank">&gt;&gt;Xem văn bản&lt;&lt;</a></strong></p>\n'
        '                                <p>2. Phụ lục hướng dẫn nhập liệu, b&aacute;o c&aacute;o:&nbsp;<strong><a href="#" target="_blank">&gt;&gt;Xem t&agrave;i liệu&lt;&lt;</a></strong></p>\n'
    )
    assert "1240/BGDĐT-GDTH" not in _cited(parse_document(text).fields)


def test_a_lead_that_reports_what_a_letter_asks_after_a_stamp_and_a_tag() -> None:
    # "20/7/2022 16:18 (hocmon.gov.vn) Theo Công văn số 3517/UBND ngày 18/7/2022, UBND huyện đề
    # nghị ..." (made up; draw14/3001's shape): the posting stamp and the site's tag before
    # "Theo" still open the lead; the letter its issuer acts through is the page's own.
    text = (
        "20/7/2022 16:18\n"
        "(abc.gov.vn) Theo Công văn số 1517/UBND ngày 18/7/2022, UBND huyện đề nghị các xã tổ "
        "chức tổng vệ sinh, thực hiện nghiêm Kế hoạch số 1091/KH-UBND ngày 28/6/2022 về diệt "
        "muỗi trên địa bàn huyện.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == "1517/UBND"
    assert _cited(fields) == ["1091/KH-UBND"]


def test_a_plan_issued_under_its_short_name_is_the_pages_own() -> None:
    # "... Sở Văn hóa và Thể thao ban hành kế hoạch Sáng đèn số 120/KH - SVHTT." (made up;
    # draw14/3023's shape): the type word, the plan's short name, then its number.
    text = (
        "Nhằm phát huy giá trị văn hóa, nghệ thuật của địa phương; tạo môi trường để mọi người "
        "gặp gỡ, đáp ứng nhu cầu của nhân dân và du khách. Sở Văn hóa và Thể thao ban hành kế "
        "hoạch Sáng tạo trẻ số 77/KH - SVHTT.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == "77/KH-SVHTT"
    assert _cited(fields) == []


def test_another_bodys_coded_document_before_the_pages_unnumbered_one_is_no_own_number() -> None:
    # The lead names another body's guide by its number, then the page's body issuing a guide
    # of its own, of the same type, without a number ("... Ban Tổ chức Trung ương đã ban hành
    # Hướng dẫn số 31-HD/BTCTW ... . Thực hiện Kết luận số 160-KL/TW ..., Ban Thường trực Ủy ban
    # Trung ương MTTQ Việt Nam đã ban hành hướng dẫn bổ sung ..."; made up, draw14/2952's
    # shape): the coded one is a citation, never the page's number; the type stays.
    text = (
        " date 2025-06 Căn cứ Nghị quyết 60-NQ/TW, ngày 12/4/2025 của Hội nghị Trung ương 11; "
        "sau khi thống nhất với các đoàn thể Trung ương, Ban Tổ chức Trung ương đã ban hành "
        "Hướng dẫn số 45-HD/BTCTW, ngày 23/4/2025 về việc thành lập tổ chức đảng ở địa phương "
        "(gọi tắt là Hướng dẫn 45).\n\n"
        "Thực hiện Kết luận số 170-KL/TW ngày 31/5/2025 của Bộ Chính trị, Ban Thường trực Ủy "
        "ban Trung ương Hội Nông dân Việt Nam đã ban hành hướng dẫn bổ sung một số nội dung sắp "
        "xếp tổ chức bộ máy Hội cấp tỉnh, cấp xã.\n\n"
        "Về kết thúc hoạt động của Hội cấp huyện\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == ""
    assert "45-HD/BTCTW" in _cited(fields)


def test_a_conference_list_ending_on_the_holders_unnumbered_plan_gives_no_own_number() -> None:
    # A conference's list names the Politburo's directive and, last, the holder's own plan by
    # its type and matter, "of" the holder, without number (made up; draw14/2924's shape): the
    # directive is a citation, never the page's number.
    text = (
        "Trang tuyển sinh\n\n"
        "Hội nghị quán triệt Chỉ thị 44-CT/TW và hướng dẫn tổ chức đại hội đảng các cấp\n\n"
        "Thực hiện Hướng dẫn số 321-HD/ĐU ngày 20/11/2009 của Đảng uỷ Đại học Vùng về tổ chức "
        "đại hội Đảng các cấp, ngày 04/03/2010 Đảng bộ Trường Đại học Luật đã tổ chức Hội nghị "
        "quán triệt Chỉ thị 44-CT/TW và các hướng dẫn tổ chức đại hội đảng các cấp.\n\n"
        "Thay mặt Đảng uỷ, đồng chí Phó bí thư đã phổ biến các văn bản, gồm:\n"
        "• Chỉ thị 44-CT/TW ngày 04/8/2009 của Bộ chính trị về đại hội đảng bộ các cấp.\n"
        "• Hướng dẫn số 321-HD/ĐU ngày 20/11/2009 của Đảng uỷ Đại học Vùng về tổ chức đại hội.\n"
        "• Kế hoạch tổ chức đại hội đảng các cấp của Đảng bộ Trường Đại học Luật.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == ""
    assert "44-CT/TW" in _cited(fields)


def test_a_lead_according_to_a_notice_then_its_ground_takes_neither_for_the_number() -> None:
    # "Theo Thông báo 998/TB-HĐTD, thực hiện Kế hoạch số 133/KH-VKSTC ngày ... về việc tuyển
    # dụng ... . Ngày 12/11/2019, Hội đồng ... đã tổ chức thi tuyển ..." (made up; draw14/3012's
    # shape): the page reports the notice (no citation, its number not sure enough); the plan
    # is the notice's ground, a citation, never the page's number.
    text = (
        "Theo Thông báo 77/TB-HĐTD, thực hiện Kế hoạch số 55/KH-VKSTC ngày 31/7/2020 của Viện "
        "trưởng VKSND tối cao về việc tuyển dụng công chức năm 2020. Ngày 12/11/2020, Hội đồng "
        "tuyển dụng công chức VKSND tối cao đã tổ chức thi tuyển (Vòng 1) bằng hình thức thi "
        "trắc nghiệm.\n\n"
        "Đến nay, Hội đồng tuyển dụng đã chấm thi xong và thông báo kết quả để thí sinh biết.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == ""
    assert _cited(fields) == ["55/KH-VKSTC"]


def test_a_document_a_conference_also_rolled_out_stays_a_citation() -> None:
    # The conference was held for its ward congress's resolution, named by its type and
    # congress; "Đồng thời, hội nghị cũng giới thiệu, hướng dẫn triển khai Chỉ thị 50-CT/TW của
    # Ban Bí thư ..." (made up; draw14/2928's shape) is its further business: a citation.
    text = (
        " date 2025-09-07 Ông Nguyễn Văn A, Bí thư Đảng ủy phường An Hòa quán triệt Nghị quyết "
        "Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
        "Tham dự có toàn thể đảng viên các Chi bộ tổ dân phố với tổng số 98 đảng viên.\n\n"
        "Các đại biểu được phổ biến các nội dung cốt lõi của NQ đại hội, gồm mục tiêu tổng quát "
        "và các chỉ tiêu chủ yếu của phường trong nhiệm kỳ 2025 - 2030.\n\n"
        "Đồng thời, hội nghị cũng giới thiệu, hướng dẫn triển khai Chỉ thị 52-CT/TW của Ban Bí "
        "thư; mô hình “Chi bộ bốn tốt” và tiện ích của Sổ tay Đảng viên điện tử.\n\n"
        "Ông Nguyễn Văn A nhấn mạnh: “Đây là đợt sinh hoạt chính trị quan trọng.”\n"
    )
    assert "52-CT/TW" in _cited(parse_document(text).fields)


def test_an_annex_line_without_its_numbers_year_gives_no_own_number() -> None:
    # A decision whose header was cut, its annex's line naming it without the year its number
    # has ("(Ban hành kèm theo Quyết định số: 3195/QĐ-UB ...)" under a lost "Số: 3195/2004/QĐ-UB";
    # made up, unseen/438's shape with its header cut): not sure, left to fill.
    text = (
        "\nAn Phú, ngày 18 tháng 8 năm 2004\n\n \n\nQUYẾT ĐỊNH\n\n"
        "“VỀ VIỆC BAN HÀNH QUY CHẾ QUẢN LÝ CHỢ”\n\nUỶ BAN NHÂN DÂN TỈNH\n\n"
        "- Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;\n\n"
        "- Theo đề nghị của Giám đốc Sở Công thương tại Tờ trình số: 213/TTr-CT ngày 21 tháng 7 "
        "năm 2004,\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Nay ban hành Quy chế quản lý chợ trên địa bàn tỉnh (có Quy chế kèm theo).\n\n"
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký./.\n\n \n\n"
        "TM. UỶ BAN NHÂN DÂN TỈNH\nCHỦ TỊCH\n\n\n\n\nNguyễn Văn An\n\n \n\nQUY CHẾ\n\n"
        "QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH AN PHÚ\n"
        "(Ban hành kèm theo Quyết định số: 3195/QĐ-UB ngày 18 tháng 8 năm 2004 của Uỷ ban nhân "
        "dân tỉnh An Phú)\n\nChương I\n\nNHỮNG QUY ĐỊNH CHUNG\n"
    )
    assert parse_document(text).fields["number"] == ""


def test_a_lead_notice_by_a_bare_number_is_not_the_coded_earlier_one() -> None:
    # The lead presents the page's notice by a bare number ("... Ban Dân vận Huyện ủy ban hành
    # Thông báo số 17 mời ..."), the next paragraph an earlier notice of the same body with its
    # code (made up; draw15/3112's shape): another serial, another document: no own number, the
    # type stays.
    text = (
        "Huyện ủy tổ chức tiếp dân định kỳ tháng 9\n\n"
        "Ngày 05/9/2023, Ban Dân vận Huyện ủy ban hành Thông báo số 17 mời tiếp dân định kỳ "
        "tháng 9.\n\n"
        "Theo đó, thực hiện Quy định số 204-QĐ/HU ngày 11/2/2021 của Ban Thường vụ Huyện ủy, "
        "ngày 03/3/2023, Ban Dân vận Huyện ủy ban hành Thông báo số 09-TB/DVHU mời tiếp dân "
        "định kỳ tháng 3, cụ thể như sau: ngày 20/9, đồng chí Bí thư Huyện ủy chủ trì.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == ""
    assert fields["type"] == "Thông báo"


def test_a_lead_notice_without_number_is_not_the_earlier_one_it_follows() -> None:
    # The lead presents the page's notice by its type and matter, no number ("Văn phòng Huyện
    # ủy vừa có thông báo hoãn ..."), then names an earlier notice of the same type after "theo"
    # (made up; draw15/3113's shape): what the page's notice follows, never its own number.
    text = (
        "Thông báo hoãn buổi tiếp dân của đồng chí Bí thư Huyện ủy\n\n"
        "Văn phòng Huyện ủy Yên Định vừa có thông báo hoãn buổi tiếp dân của đồng chí Bí thư "
        "Huyện ủy.\n\n"
        "Theo kế hoạch, lịch tiếp dân tháng 6/2021 (theo Thông báo số 118-TB/VPHU ngày "
        "02/3/2021 của Văn phòng Huyện ủy) là ngày 15/6/2021. Tuy nhiên, đồng chí Bí thư có "
        "lịch công tác khác.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == ""
    assert fields["date"] is None
    # (Its trích yếu, the words after the page's own type, stays.)
    assert fields["subject"].startswith("Hoãn buổi tiếp dân")


def test_a_line_opening_with_a_number_under_a_deploying_lead_is_no_headline() -> None:
    # A district's conference: the lead names the notice it deploys by its number (spaced
    # dashes), a caption, then a line opening with another central document it went through
    # (made up; draw15/3115's shape): that line is no headline, its number a citation.
    text = (
        "Sáng ngày 12/7, Huyện ủy Yên Thành đã tổ chức hội nghị quán triệt các văn bản mới "
        "của Trung ương.\n\n"
        "Hội nghị đã quán triệt các nội dung mới; triển khai thực hiện thông báo số 61 – TB/TW, "
        "ngày 02/5/2021 của Bộ Chính trị về sơ kết thực hiện Nghị quyết số 12 – NQ/TW ngày "
        "3/6/2017 về tiếp tục cơ cấu lại doanh nghiệp nhà nước.\n\n"
        "Đồng chí Trưởng ban Tuyên giáo Huyện ủy quán triệt các nội dung\n"
        "Chỉ thị số 40 – CT/TW ngày 22/11/2019 của Ban Bí thư về tăng cường công tác tín dụng "
        "chính sách xã hội.\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] != "40-CT/TW"
    assert "40-CT/TW" in _cited(fields)


def test_a_party_cells_number_in_the_states_pattern_is_the_partys() -> None:
    # A Party cell's own plan numbered in the state's pattern ("Số: 07/KH-CB"; made up,
    # draw15/3101's shape): a chi bộ's number is the Party's (Hướng dẫn 36), "07-KH/CB".
    text = (
        "ĐẢNG BỘ XÃ AN HÒA          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "CHI BỘ TRƯỜNG TIỂU HỌC AN HÒA\n"
        "Số: 07/KH-CB          An Hòa, ngày 10 tháng 9 năm 2022\n\n"
        "KẾ HOẠCH\n"
        "Thực hiện nhiệm vụ chính trị năm học 2022 - 2023\n\n"
        "Căn cứ tình hình thực tế, Chi bộ xây dựng kế hoạch như sau:\n"
    )
    fields = parse_document(text).fields
    assert fields["number"] == "07-KH/CB"


def test_a_rules_title_ending_on_its_issuing_decision_gives_no_own_number() -> None:
    # A page stored as a text's title alone, the rules' type and matter, then the decision that
    # issued them ("Quy chế ... ban hành theo Quyết định số ..."; made up, draw15/3222's shape):
    # the page is the rules, which have no number of their own; their type is the page's.
    text = "Quy chế công tác văn thư lưu trữ của nhà trường ban hành theo Quyết định số 15/2019/QĐ-SGDĐT\n"
    fields = parse_document(text).fields
    assert fields["number"] == ""
    assert fields["type"] == "Quy chế"
