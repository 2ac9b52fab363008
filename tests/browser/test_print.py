"""Print: the seed's page printed to PDF by Debian's chromium comes out in the official Party layout.

The sample site is built with the real MkDocs + Material + bangtin, served on 127.0.0.1 and printed
with Playwright (never a downloaded browser); the PDF's text is read back with pypdf.
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from browser_support import LAUNCH_ARGS, require_chromium, serving
from playwright import sync_api

from conftest import MakeSite

pytestmark = pytest.mark.browser

SEED_URL = "van-ban/2024/2078-cv-duk/"
A4_POINTS = (595.0, 842.0)

# The parts of the paper, in the order they must print.
ORDER = [
    ("superior body", "ĐẢNG BỘ TỈNH BÌNH THUẬN"),  # as the seed writes it (Hướng dẫn 36-HD/VPTW)
    ("issuing body", "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH"),
    ("star", "*"),
    ("number", "Số 2078-CV/ĐUK"),
    ("subject", "Đẩy mạnh thực hiện Công văn số 189-CV/TU của Ban Thường vụ Tỉnh ủy"),
    ("party", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("place and date", "Bình Thuận, ngày 07 tháng 3 năm 2024"),
    ("kính gửi", "Kính gửi:"),
    ("body", "Thực hiện Công văn số 1271-CV/BDVTU"),
    ("body end", "để theo dõi, chỉ đạo./."),
    ("signature", "T/M BAN THƯỜNG VỤ"),
    ("signer title", "PHÓ BÍ THƯ"),
    ("signer", "Phạm Thị Tố Loan"),
    ("nơi nhận", "Nơi nhận:"),
    ("last recipient", "Lưu VP, TG-DV"),
]
# What a screen shows and the paper must not.
ABSENT = ["Tra cứu", "Sao chép", "Số, ký hiệu", "Tình trạng", "Nhiệm vụ", "Bài đăng", "Facebook"]


@pytest.fixture
def serve() -> Iterator[functools.partial[str]]:
    with contextlib.ExitStack() as servers:

        def start(root: Path) -> str:
            return servers.enter_context(serving(root))

        yield functools.partial(start)


def _squash(text: str) -> str:
    # pypdf splits Vietnamese letters from their stacked marks with spaces and breaks lines where
    # the paper does: compare without any whitespace.
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def test_seed_prints_in_the_official_layout(
    make_site: MakeSite, serve: functools.partial[str], tmp_path: Path
) -> None:
    site = make_site(sample=True)
    assert site.exit_code == 0, site.output
    base = serve(site.site_dir)
    pdf_path = tmp_path / "2078-cv-duk.pdf"
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=require_chromium(), args=LAUNCH_ARGS)
        try:
            page = browser.new_page()
            page.goto(base + SEED_URL, wait_until="load")
            page.pdf(path=str(pdf_path), prefer_css_page_size=True, print_background=False)
        finally:
            browser.close()

    reader = pypdf.PdfReader(str(pdf_path))
    first = reader.pages[0].mediabox
    assert (round(float(first.width)), round(float(first.height))) == (595, 842)  # A4
    assert 1 <= len(reader.pages) <= 3
    text = _squash("\n".join(p.extract_text() for p in reader.pages))

    position = -1
    for name, marker in ORDER:
        found = text.find(_squash(marker), position + 1)
        assert found > position, f"{name} ({marker!r}) missing or out of order"
        position = found
    for screen_only in ABSENT:
        assert _squash(screen_only) not in text, screen_only

    # Margins of the official paper: 30 mm at the left, 20 mm at the top (1 mm = 72/25.4 pt).
    xs: list[float] = []
    ys: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            xs.append(cm[4] + tm[4] * cm[0])
            ys.append(cm[5] + tm[5] * cm[3])

    reader.pages[0].extract_text(visitor_text=visit)
    mm = 72 / 25.4
    assert 29 * mm <= min(xs) <= 32 * mm, min(xs)
    assert max(ys) <= A4_POINTS[1] - 20 * mm, max(ys)
