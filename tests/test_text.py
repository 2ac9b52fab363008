"""Vietnamese text: folding, slugs, sort order and dates."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from bangtin.core.text import fold, format_date, format_date_short, nfc, slugify, sort_key


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Đẩy mạnh thực hiện Công văn số 189-CV/TU", "day-manh-thuc-hien-cong-van-so-189-cv-tu"),
        ("Dân vận khéo", "dan-van-kheo"),
        ("Đảng ủy Khối", "dang-uy-khoi"),
        ("Hội Cựu chiến binh", "hoi-cuu-chien-binh"),
        (
            "Nâng cao năng lực cạnh tranh và sự hài lòng của người dân, doanh nghiệp",
            "nang-cao-nang-luc-canh-tranh-va-su-hai-long-cua-nguoi-dan-doanh-nghiep",
        ),
        (
            "Chỉnh trang đô thị, giữ gìn, bảo vệ môi trường",
            "chinh-trang-do-thi-giu-gin-bao-ve-moi-truong",
        ),
        ("ĐOÀN TNCS HỒ CHÍ MINH", "doan-tncs-ho-chi-minh"),
        ("2078-CV/ĐUK", "2078-cv-duk"),
        ("Ủy ban Mặt trận Tổ quốc", "uy-ban-mat-tran-to-quoc"),
        ("  --Ưu tiên!!  ", "uu-tien"),
    ],
)
def test_slugify_real_titles(title: str, slug: str) -> None:
    assert slugify(title) == slug
    assert slugify(unicodedata.normalize("NFD", title)) == slug


def test_fold_keeps_d_for_dj() -> None:
    assert fold("Đảng ủy Khối") == "dang uy khoi"
    assert fold("ĐUK") == "duk"


def test_sort_puts_dj_after_d() -> None:
    words = ["Đoàn", "Dân", "Ban", "Ủy", "Uống", "Ăn", "An", "Âm", "Em", "Đảng", "Cờ"]
    assert sorted(words, key=sort_key) == [
        "An",
        "Ăn",
        "Âm",
        "Ban",
        "Cờ",
        "Dân",
        "Đảng",
        "Đoàn",
        "Em",
        "Uống",
        "Ủy",
    ]


def test_dates_as_documents_write_them() -> None:
    assert format_date(dt.date(2024, 3, 7)) == "ngày 07 tháng 3 năm 2024"
    assert format_date(dt.date(2024, 2, 29)) == "ngày 29 tháng 02 năm 2024"
    assert format_date(dt.date(2024, 12, 31)) == "ngày 31 tháng 12 năm 2024"
    assert format_date_short(dt.date(2024, 2, 29)) == "29/02/2024"


def test_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Phạm Thị Tố Loan")
    assert nfc(decomposed) == "Phạm Thị Tố Loan"
