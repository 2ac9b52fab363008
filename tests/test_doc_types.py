"""The document types of Nghị định 30/2020/NĐ-CP, Phụ lục III, that offices receive as documents.

Bản ghi nhớ, Bản thỏa thuận, Giấy ủy quyền and Thư công are types of their own there, with codes
BGN, BTT and GUQ (Thư công has none): a memorandum signed by a province and a partner, or an
authorisation, imports with its type, and the editor's pick list offers it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bangtin.core.model import DocType
from bangtin.core.numbers import parse_number
from bangtin.importer import parse_document

REPO = Path(__file__).resolve().parents[1]

STATE_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nSố: {number}\nBình Thuận, ngày 12 tháng 3 năm 2024\n\n"
)


@pytest.mark.parametrize(
    ("heading", "number", "expected"),
    [
        ("BẢN GHI NHỚ", "05/BGN-UBND", "Bản ghi nhớ"),
        ("BẢN THỎA THUẬN", "02/BTT-UBND", "Bản thỏa thuận"),
        ("GIẤY ỦY QUYỀN", "11/GUQ-UBND", "Giấy ủy quyền"),
    ],
)
def test_a_heading_of_nghi_dinh_30_gives_its_type(heading: str, number: str, expected: str) -> None:
    text = (
        STATE_HEAD.format(number=number)
        + f"{heading}\nVề hợp tác phát triển du lịch giai đoạn 2024 - 2028\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\n"
        "Hai bên thống nhất các nội dung sau ...\n"
    )
    result = parse_document(text)
    assert result.fields["type"] == expected
    assert result.fields["number"] == number


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("05/BGN-UBND", "Bản ghi nhớ"),
        ("02/BTT-UBND", "Bản thỏa thuận"),
        ("11/GUQ-UBND", "Giấy ủy quyền"),
    ],
)
def test_the_code_of_a_state_number_names_the_type(number: str, expected: str) -> None:
    parsed = parse_number(number)
    assert parsed is not None and parsed.type_name == expected


def test_the_editor_pick_list_offers_them() -> None:
    schema = json.loads((REPO / "schema/directive.schema.json").read_text(encoding="utf-8"))
    offered = schema["properties"]["type"]["enum"]
    for name in ("Bản ghi nhớ", "Bản thỏa thuận", "Giấy ủy quyền", "Thư công"):
        assert name in offered
        assert DocType.from_text(name) is not None
