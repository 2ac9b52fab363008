"""Document numbers: every written form parses to one canonical text, key and slug."""

from __future__ import annotations

import pytest

from bangtin.core.numbers import parse_number

CASES = [
    # written, canonical, slug, type code, issuer code, form
    ("2078-CV/ĐUK", "2078-CV/ĐUK", "2078-cv-duk", "CV", "ĐUK", "party"),
    ("Số 2078-CV/ĐUK", "2078-CV/ĐUK", "2078-cv-duk", "CV", "ĐUK", "party"),
    ("Số 2078 - CV/ĐUK", "2078-CV/ĐUK", "2078-cv-duk", "CV", "ĐUK", "party"),
    ("1313 -CV/ĐUK", "1313-CV/ĐUK", "1313-cv-duk", "CV", "ĐUK", "party"),
    ("225 - KH/TWĐTN-CTTN", "225-KH/TWĐTN-CTTN", "225-kh-twdtn-cttn", "KH", "TWĐTN-CTTN", "party"),
    ("656 – TB/HNDTW", "656-TB/HNDTW", "656-tb-hndtw", "TB", "HNDTW", "party"),
    ("84 QĐ/TWĐTN", "84-QĐ/TWĐTN", "84-qd-twdtn", "QĐ", "TWĐTN", "party"),
    ("Số: 20 -QĐ/HĐĐTW", "20-QĐ/HĐĐTW", "20-qd-hddtw", "QĐ", "HĐĐTW", "party"),
    ("367-QĐ/TWĐTN-VP", "367-QĐ/TWĐTN-VP", "367-qd-twdtn-vp", "QĐ", "TWĐTN-VP", "party"),
    ("12-ĐA/TU", "12-ĐA/TU", "12-da-tu", "ĐA", "TU", "party"),
    ("130-CV/TGDVĐUK", "130-CV/TGDVĐUK", "130-cv-tgdvduk", "CV", "TGDVĐUK", "party"),
    ("36-HD/VPTW", "36-HD/VPTW", "36-hd-vptw", "HD", "VPTW", "party"),
    ("05-CTr/TU", "05-CTr/TU", "5-ctr-tu", "CTr", "TU", "party"),
    ("12-TTr/ĐUK", "12-TTr/ĐUK", "12-ttr-duk", "TTr", "ĐUK", "party"),
    ("Số: 08/KH-UBND", "08/KH-UBND", "8-kh-ubnd", "KH", "UBND", "state"),
    ("4919/VPCP-KTTH", "4919/VPCP-KTTH", "4919-vpcp-ktth", None, "VPCP-KTTH", "state"),
    ("30/2020/NĐ-CP", "30/2020/NĐ-CP", "30-2020-nd-cp", "NĐ", "CP", "state"),
    ("17/2023/TT-BTC", "17/2023/TT-BTC", "17-2023-tt-btc", "TT", "BTC", "state"),
    ("125/QĐ-UBND", "125/QĐ-UBND", "125-qd-ubnd", "QĐ", "UBND", "state"),
    # The older state way with a dot after a mixed-case type code (made up in the shape of
    # draw3/656's "Tờ trình số 40/TTr.UB", draw8/1887's "8202/TTr .UBND.VX"): the dot stands for
    # the hyphen, as the slash of "19/2001/CT/UB" does. A code in capitals reads as written
    # (draw4/840's "364/CV.BCH", a Liên đội's "03/KH.LĐ").
    ("41/TTr.UB", "41/TTr-UB", "41-ttr-ub", "TTr", "UB", "state"),
    ("8203/TTr .UBND.VX", "8203/TTr-UBND.VX", "8203-ttr-ubnd-vx", "TTr", "UBND.VX", "state"),
    ("365/CV.BCH", "365/CV.BCH", "365-cv-bch", None, "CV.BCH", "state"),
]


@pytest.mark.parametrize(("written", "canonical", "slug", "code", "issuer", "form"), CASES)
def test_parse_forms(
    written: str, canonical: str, slug: str, code: str | None, issuer: str, form: str
) -> None:
    number = parse_number(written)
    assert number is not None, written
    assert str(number) == canonical
    assert number.slug == slug
    assert number.type_code == code
    assert number.issuer_code == issuer
    assert number.form == form


def test_state_year_is_read() -> None:
    number = parse_number("30/2020/NĐ-CP")
    assert number is not None and number.year == 2020
    assert number.type_name == "Nghị định"


@pytest.mark.parametrize(
    "text", ["", "hello", "2078", "Công văn", "CV/ĐUK", "2078-cv-duk", "x" * 500]
)
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_key_ignores_d_and_spacing_and_padding() -> None:
    a, b, c = (
        parse_number("2078-CV/ĐUK"),
        parse_number("2078 - CV/DUK"),
        parse_number("2078-cv/đuk"),
    )
    assert a is not None and b is not None and c is not None
    assert a.key == b.key == c.key
    padded, plain = parse_number("08/KH-UBND"), parse_number("8/KH-UBND")
    assert padded is not None and plain is not None and padded.key == plain.key


def test_type_names() -> None:
    for text, name in [
        ("1-NQ/TW", "Nghị quyết"),
        ("2-CT/TW", "Chỉ thị"),
        ("3-KL/TW", "Kết luận"),
        ("4-QC/TW", "Quy chế"),
        ("5-HD/TW", "Hướng dẫn"),
        ("6-KH/TU", "Kế hoạch"),
        ("7-TB/TU", "Thông báo"),
        ("8-BC/TU", "Báo cáo"),
        ("9-ĐA/TU", "Đề án"),
        ("10-TTr/TU", "Tờ trình"),
        ("11-CTr/TU", "Chương trình"),
        ("12-CV/TU", "Công văn"),
    ]:
        number = parse_number(text)
        assert number is not None and number.type_name == name, text


@pytest.mark.parametrize(
    ("written", "ascii"),
    [
        ("２０７８-CV/ĐUK", "2078-CV/ĐUK"),  # full-width, from a CJK input method
        ("٢٠٧٨-CV/ĐUK", "2078-CV/ĐUK"),  # Arabic-Indic
        ("۲۰۷۸-CV/ĐUK", "2078-CV/ĐUK"),  # Extended Arabic-Indic (Persian)
        ("०८/KH-UBND", "08/KH-UBND"),  # Devanagari
        ("30/２０２０/NĐ-CP", "30/2020/NĐ-CP"),
    ],
)
def test_digits_of_other_scripts_make_the_same_number(written: str, ascii: str) -> None:
    # `\d` matches them: without folding, "２０７８-CV/ĐUK" was a second document beside 2078.
    number, same = parse_number(written), parse_number(ascii)
    assert number is not None and same is not None
    assert (str(number), number.key, number.slug) == (str(same), same.key, same.slug)


def test_superscripts_are_not_digits() -> None:
    assert parse_number("²⁰⁷⁸-CV/ĐUK") is None


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("1400/QĐ-TTg", "1400/QĐ-TTg"),  # Thủ tướng: "TTG" would be a misspelling on the page
        ("5/QĐTTg", "5/QĐ-TTg"),
        ("93/BGDĐT-GDTrH", "93/BGDĐT-GDTrH"),
        ("12/ubnd-vp", "12/UBND-VP"),  # typed in lower case: the code's capitals
        ("12/Ubnd-Vp", "12/UBND-VP"),  # a word typed with a capital is no mixed-case code
    ],
)
def test_an_issuer_code_keeps_its_official_mixed_case(written: str, shown: str) -> None:
    number = parse_number(written)
    assert number is not None and str(number) == shown
    assert number.key == parse_number(shown.upper()).key  # type: ignore[union-attr]
    assert number.slug == parse_number(shown.upper()).slug  # type: ignore[union-attr]


def test_a_party_only_code_first_in_a_state_number_is_the_issuer() -> None:
    # "TCT" is a Party code for Thông tri, but "2728/TCT-DNL" is a công văn of Tổng cục Thuế.
    number = parse_number("2728/TCT-DNL")
    assert number is not None
    assert (number.type_code, number.issuer_code, number.type_name) == (None, "TCT-DNL", None)
    assert number.key == parse_number("2728/tct-dnl").key  # type: ignore[union-attr]
    assert parse_number("12-TCT/TU").type_name == "Thông tri"  # type: ignore[union-attr]


def test_the_party_regulation_code_qdi() -> None:
    # "Quy định số 11-QĐi/TW": the Central Committee's code for Quy định since 2019.
    number = parse_number("11-QĐi/TW")
    assert number is not None
    assert (str(number), number.type_name) == ("11-QĐi/TW", "Quy định")


@pytest.mark.parametrize(
    "written",
    ["234-TB/T.Ư", "234-TB/T. Ư", "234 - TB/T.W", "234-TB/T.Ư.", "21/CT-T.Ư"],
)
def test_the_central_committees_dotted_code_is_tw(written: str) -> None:
    # Newspapers abbreviate Trung ương "T.Ư" (or "T.W") and write the Politburo's numbers so
    # ("Thông báo Kết luận số 234-TB/T.Ư"); the number is the Central Committee's "TW" (Hướng
    # dẫn 36), one document, one key and one page with the number written the official way.
    number = parse_number(written)
    assert number is not None
    assert number.issuer_code == "TW" and number.form == "party"
    assert number.key == parse_number(f"{number.serial}-{number.type_code}/TW").key  # type: ignore[union-attr]


def test_a_dotted_code_that_is_no_central_committee_stays() -> None:
    # Only the whole code: "T.Ư" inside a longer code, or a plain "TƯ" (Trung ương typed with
    # its Ư, or an OCR's horn on a Tỉnh ủy's "TU": the text must tell), is left as written.
    assert str(parse_number("5-NQ/TƯ")) == "5-NQ/TƯ"
    assert str(parse_number("12-KH/T.ƯĐTN")) == "12-KH/T.ƯĐTN"
    assert str(parse_number("12/BC-UBND.T.U")) == "12/BC-UBND.T.U"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("412/NQ-NS-TU", "412-NQ/NS-TU"),
        ("35/QĐ-TC-HU", "35-QĐ/TC-HU"),
        ("9/KL-BTV-ĐU", "9-KL/BTV-ĐU"),
    ],
)
def test_a_party_committees_number_with_a_unit_in_the_states_pattern(
    written: str, canonical: str
) -> None:
    # A Party committee's number written in the state's pattern with a code between the type's
    # and the committee's ("Nghị quyết số 412/NQ-NS-TU", made up; draw12/2526's shape, a
    # provincial standing committee's resolution of the 1980s): the issuer ends in a Party
    # committee's own code, which no state body numbers with, so it is the Party's number,
    # N-TYPE/ISSUER (Hướng dẫn 36), as "07/CT-TU" is.
    number = parse_number(written)
    assert number is not None and str(number) == canonical and number.form == "party"
    assert number.key == parse_number(canonical).key  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("87/CV-TCTW", "87-CV/TCTW"), ("412/HD-BTGTW", "412-HD/BTGTW"), ("9/CV-VPTW", "9-CV/VPTW")],
)
def test_a_central_boards_number_in_the_states_pattern(written: str, canonical: str) -> None:
    # A board of the Central Committee named in the state's pattern ("Văn bản số 87/CV-TCTW ngày
    # ... của Ban Tổ chức Trung ương", made up; draw11/2417's shape, a ministry's circular
    # citing the board's letter): no state body numbers with the boards' codes, so it is the
    # Party's number (Hướng dẫn 36), as the Central Committee's own "22/CT-TW" is.
    number = parse_number(written)
    assert number is not None and str(number) == canonical and number.form == "party"


@pytest.mark.parametrize("written", ["12/QĐ-UBND-TU", "5/2020/NQ-NS-TU", "7/BC-TU-VP"])
def test_a_state_number_naming_a_party_committee_elsewhere_stays(written: str) -> None:
    # ... not where a state body's code stands in it, a year, or the committee's code is not last.
    number = parse_number(written)
    assert number is not None and number.form == "state"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("08-CT-TW", "08-CT/TW"),
        ("Số: 39 - CT - TW", "39-CT/TW"),
        ("12-NQ-TU", "12-NQ/TU"),
        ("7-KL-HU", "7-KL/HU"),
        ("25 – CT – ĐUK", "25-CT/ĐUK"),
    ],
)
def test_a_party_number_written_with_hyphens_only(written: str, canonical: str) -> None:
    # A site's or a typist's Party number with a hyphen where the slash stands (made up;
    # draw6/1431's "Số: 39-CT-TW", draw9/1938's "Chỉ thị số 08-CT-TW"): a Party type code before
    # a Party committee's own code ("TW", "TU", "HU", "ĐUK": _PARTY_COMMITTEES) is the Party's
    # number N-TYPE/ISSUER (Hướng dẫn 36), one key with the number written the official way.
    number = parse_number(written)
    assert number is not None and str(number) == canonical and number.form == "party"
    assert number.key == parse_number(canonical).key  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "written", ["12-KH-BCĐTW", "05-TB-UB", "12-QĐ-UBND", "3-CĐ-TW", "12-34-TW"]
)
def test_a_hyphens_only_number_that_may_be_another_is_none(written: str) -> None:
    # A body's code that is no Party committee's (a steering committee's "BCĐTW", an old
    # council's "UB", a state "UBND"), or a code no Party type has: which form the number was
    # meant in is not sure, and read as a Party one it would name another document.
    number = parse_number(written)
    assert number is None or number.form != "party"


@pytest.mark.parametrize(
    ("written", "canonical", "serial"),
    [
        ("08B-NQ/HNTW", "08B-NQ/HNTW", "8B"),
        ("Số: 8A-NQ/HNTW", "8A-NQ/HNTW", "8A"),
        ("10b-NQ/TU", "10b-NQ/TU", "10b"),
    ],
)
def test_a_letter_after_a_party_number(written: str, canonical: str, serial: str) -> None:
    # The Central Committee's plenum resolutions of one meeting told apart by a letter (made
    # up; draw7/1565's "Số: 08B-NQ/HNTW"): the letter is the number's, as written, and the key
    # ignores its case.
    number = parse_number(written)
    assert number is not None and (str(number), number.serial) == (canonical, serial)
    assert number.type_name == "Nghị quyết" and number.form == "party"
    assert number.key == parse_number(canonical.lower()).key  # type: ignore[union-attr]


def test_a_capital_after_the_serial_is_no_glued_code() -> None:
    # "20NQ/TW" is a Party number whose hyphen was lost (_GLUED_PARTY); a single capital before
    # a hyphen is the serial's letter, never a type code.
    assert str(parse_number("20NQ/TW", lenient=True)) == "20-NQ/TW"
    assert parse_number("8B NQ/HNTW") is None


@pytest.mark.parametrize(
    ("written", "canonical", "issuer"),
    [
        ("4362-CV/VPTW/nb", "4362-CV/VPTW/nb", "VPTW"),
        ("Số: 141-CV/VPTW/nb", "141-CV/VPTW/nb", "VPTW"),
        ("Số 57 - CV/BTCTW/m", "57-CV/BTCTW/m", "BTCTW"),
    ],
)
def test_a_party_letters_drafting_unit_in_small_letters(
    written: str, canonical: str, issuer: str
) -> None:
    # A Party office's letter numbered with its drafting unit in small letters after the
    # issuer's code (made up; draw7/1554's and draw10/2155, 2157, 2158's "Số: 1840-CV/VPTW/nb"):
    # part of the number as the keys write it; the issuer's code stays the body's own.
    number = parse_number(written)
    assert number is not None and str(number) == canonical
    assert (number.issuer_code, number.type_code, number.form) == (issuer, "CV", "party")
    assert number.key != parse_number(canonical.rsplit("/", 1)[0]).key  # type: ignore[union-attr]
    assert number.slug == canonical.lower().replace("/", "-")


@pytest.mark.parametrize(
    ("written", "code", "issuer", "name"),
    [
        ("12/VBHN-BTC", "VBHN", "BTC", "Văn bản hợp nhất"),
        ("03/2021/VBHN-VPQH", "VBHN", "VPQH", "Văn bản hợp nhất"),
        ("104/CTLT-EVN-CĐĐL", "CTLT", "EVN-CĐĐL", "Chỉ thị liên tịch"),
    ],
)
def test_consolidated_text_and_joint_directive_codes(
    written: str, code: str, issuer: str, name: str
) -> None:
    # The codes of a consolidated text (văn bản hợp nhất, "12/VBHN-BTC", made up; draw9/2014's,
    # draw10/2230's shape) and of a joint directive (chỉ thị liên tịch, draw5/1013's
    # "103/CTLT-EVN-CĐĐLVN"): their types, the issuer's code after them.
    number = parse_number(written)
    assert number is not None and str(number) == written
    assert (number.type_code, number.issuer_code, number.type_name) == (code, issuer, name)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Số 45\\-KH/HU", "45-KH/HU"),
        ("**Số:** 123 /UBND\\-VP", "123/UBND-VP"),
        ("12/2024/QĐ\\-UBND", "12/2024/QĐ-UBND"),
        ("Số: **08/KH-UBND**", "08/KH-UBND"),
    ],
)
def test_a_number_in_markdown_marks(written: str, canonical: str) -> None:
    # A Word file converted to Markdown escapes a dash ("\-") and sets "Số:" or the number in
    # bold (made up): marks around and inside the number, no part of it.
    assert str(parse_number(written)) == canonical


def test_a_prime_ministers_number_written_the_partys_way() -> None:
    # "Chỉ thị 15-CT/TTg" (made up; draw12/2558's "16-CT/TTg"): the Prime Minister numbers in the
    # state's pattern ("15/CT-TTg", or the older "43-TTg"), never the Party's: it is 15/CT-TTg.
    number = parse_number("15-CT/TTg")
    assert number is not None and str(number) == "15/CT-TTg" and number.form == "state"
    assert number.key == parse_number("15/CT-TTg").key  # type: ignore[union-attr]
