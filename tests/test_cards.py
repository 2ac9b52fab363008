"""Social cards: size, content, Vietnamese glyphs, hostile titles, determinism and speed."""

from __future__ import annotations

import io
import statistics
import struct
import time
import unicodedata
from importlib import resources

import pytest
from PIL import Image, ImageChops, ImageFont, ImageStat

from bangtin.features.posts.cards import (
    CARD_HEIGHT,
    CARD_WIDTH,
    CardSpec,
    card_cache_key,
    missing_glyphs,
    render_card,
)

SEED = CardSpec(
    title="Đẩy mạnh thực hiện Công văn số 189-CV/TU của Ban Thường vụ Tỉnh ủy",
    subtitle="Công văn số 2078-CV/ĐUK · ngày 07 tháng 3 năm 2024",
    org="Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Bình Thuận",
    badge="Công văn",
    color="#1565c0",
)
LONG_WORD = "Nghiêng" * 43  # 301 characters, one word
HOSTILE = {
    "seed": SEED,
    "2000-char title": CardSpec(title=("Chỉnh trang đô thị, giữ gìn môi trường " * 60)[:2000]),
    "300-char word": CardSpec(title=LONG_WORD, org=LONG_WORD, subtitle=LONG_WORD, badge=LONG_WORD),
    "word among words": CardSpec(title=f"Mở đầu {LONG_WORD} kết thúc"),
    "emoji": CardSpec(title="🎉🇻🇳 Chào mừng 👨‍👩‍👧 ngày thành lập Đảng 🎉"),
    "NFD": CardSpec(title=unicodedata.normalize("NFD", "Nâng cao năng lực cạnh tranh")),
    "empty": CardSpec(title="", subtitle="", org="", badge=""),
    "script": CardSpec(title="<script>alert('x')</script> & “trích yếu”"),
    "light colour": CardSpec(title="Nền sáng", color="#ffeb3b"),
    "bad colour": CardSpec(title="Màu sai", color="red; background: url(x)"),
}
VIETNAMESE = (
    "aàảãáạ ăằẳẵắặ âầẩẫấậ bcdđ eèẻẽéẹ êềểễếệ ghiìỉĩíị klmn oòỏõóọ ôồổỗốộ ơờởỡớợ pqrst "
    "uùủũúụ ưừửữứự vx yỳỷỹýỵ"
)
ALPHABET = VIETNAMESE + " " + VIETNAMESE.upper() + " 0123456789 “”‘’…·–—-/.,;:!?()%&<>#"


def _decode(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def _chunks(png: bytes) -> list[bytes]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    names, at = [], 8
    while at < len(png):
        length, name = struct.unpack_from(">I4s", png, at)
        names.append(name)
        at += 12 + length
    return names


def _background(spec: CardSpec) -> tuple[int, int, int]:
    image = _decode(render_card(spec)).convert("RGB")
    pixel = image.getpixel((4, 4))
    assert isinstance(pixel, tuple)
    return (pixel[0], pixel[1], pixel[2])


@pytest.mark.parametrize("spec", HOSTILE.values(), ids=HOSTILE.keys())
def test_card_is_a_1200_by_630_png_with_content(spec: CardSpec) -> None:
    png = render_card(spec)
    image = _decode(png)
    assert image.format == "PNG"
    assert image.size == (CARD_WIDTH, CARD_HEIGHT) == (1200, 630)
    rgb = image.convert("RGB")
    # Not blank: the title (or the "…" that replaces an empty one) and the band give contrast.
    assert max(ImageStat.Stat(rgb).var) > 100
    assert len(rgb.getcolors(1 << 16) or ()) > 10
    assert len(png) < 1_000_000  # Zalo's image limit; Facebook's is 8 MB


@pytest.mark.parametrize("spec", HOSTILE.values(), ids=HOSTILE.keys())
def test_text_never_runs_off_the_card(spec: CardSpec) -> None:
    rgb = _decode(render_card(spec)).convert("RGB")
    background = rgb.getpixel((4, 4))
    # The right margin (72 px) above the band stays empty: every line was wrapped or cut.
    margin = rgb.crop((CARD_WIDTH - 70, 0, CARD_WIDTH, 535))
    assert margin.getcolors(1 << 16) == [(70 * 535, background)]


def test_same_spec_same_bytes_and_no_metadata() -> None:
    first, second = render_card(SEED), render_card(SEED)
    assert first == second
    assert set(_chunks(first)) <= {b"IHDR", b"PLTE", b"IDAT", b"IEND"}


def test_nfd_and_nfc_titles_draw_the_same_card() -> None:
    nfc = CardSpec(title="Nâng cao năng lực cạnh tranh")
    assert render_card(HOSTILE["NFD"]) == render_card(nfc)


def test_characters_the_font_lacks_are_left_out_not_drawn_as_boxes() -> None:
    assert missing_glyphs("🎉 Đảng 中 ủy") == {"🎉", "中"}
    with_emoji = CardSpec(title="🎉 Đảng ủy Khối 中", color="#2e7d32")
    without = CardSpec(title="Đảng ủy Khối", color="#2e7d32")
    assert render_card(with_emoji) == render_card(without)


def test_theme_colour_is_the_background_and_a_bad_colour_falls_back() -> None:
    assert _background(SEED) == (0x15, 0x65, 0xC0)
    assert _background(CardSpec(title="x", color="#2e7d32")) == (0x2E, 0x7D, 0x32)
    assert _background(CardSpec(title="x", color="#abc")) == (0xAA, 0xBB, 0xCC)
    assert _background(HOSTILE["bad colour"]) == (0xB7, 0x1C, 0x1C)


def test_text_contrasts_with_a_light_or_dark_background() -> None:
    for spec, dark_text in ((HOSTILE["light colour"], True), (SEED, False)):
        title_area = _decode(render_card(spec)).convert("L").crop((72, 128, 1128, 452))
        low, high = title_area.getextrema()
        if dark_text:
            assert low < 60
        else:
            assert high > 230


# --- Vietnamese glyphs ----------------------------------------------------------------------


def _package_font(size: int = 48) -> ImageFont.FreeTypeFont:
    ref = resources.files("font_source_sans_pro").joinpath("files", "SourceSansPro-Bold.ttf")
    return ImageFont.truetype(io.BytesIO(ref.read_bytes()), size)


def test_font_has_every_vietnamese_letter() -> None:
    assert missing_glyphs(ALPHABET) == frozenset()
    font = _package_font()
    # A character without a glyph renders as .notdef (a box); compare with a private-use one.
    notdef = font.getmask("\ue000")
    notdef_bytes = bytes(notdef)
    for ch in set(ALPHABET) - {" "}:
        mask = font.getmask(ch)
        assert mask.getbbox() is not None, ch
        assert (mask.size, bytes(mask)) != (notdef.size, notdef_bytes), ch


def test_cmap_reading_agrees_with_what_pillow_draws() -> None:
    font = _package_font(24)
    notdef = font.getmask("\ue000")
    notdef_bytes = bytes(notdef)
    sample = "Đảng ủy Khối ₫€✓★→∞ Ωπ Жж ก 中 🎉 \u0301 ſ ǅ ﬁ"
    for ch in set(sample) - {" "}:
        mask = font.getmask(ch)
        looks_missing = (mask.size, bytes(mask)) == (notdef.size, notdef_bytes)
        assert (ch in missing_glyphs(ch)) == looks_missing, f"U+{ord(ch):04X}"


def test_diacritics_are_drawn() -> None:
    with_marks = _decode(render_card(CardSpec(title="Đảng ủy Khối"))).convert("L")
    without = _decode(render_card(CardSpec(title="Dang uy Khoi"))).convert("L")
    title_area = (72, 100, 1128, 452)
    difference = ImageChops.difference(with_marks.crop(title_area), without.crop(title_area))
    changed = sum(difference.histogram()[1:])
    assert changed > 500
    # The marks above the capitals (the hook of "ả") reach above "D"'s top.
    font = _package_font(76)
    for word in ("Đảng", "ủy", "Khối"):
        left, top, right, bottom = font.getbbox(word)
        assert right > left and bottom > top


# --- cache key and speed --------------------------------------------------------------------


def test_cache_key_is_stable_and_follows_every_field() -> None:
    key = card_cache_key(SEED)
    assert key == card_cache_key(CardSpec(**{f: getattr(SEED, f) for f in SEED.__slots__}))  # type: ignore[arg-type]
    assert len(key) == 64 and int(key, 16) >= 0
    others = {
        card_cache_key(CardSpec(title=SEED.title + "!")),
        card_cache_key(CardSpec(title=SEED.title, subtitle="x")),
        card_cache_key(CardSpec(title=SEED.title, org="x")),
        card_cache_key(CardSpec(title=SEED.title, badge="x")),
        card_cache_key(CardSpec(title=SEED.title, color="#000000")),
    }
    assert len(others) == 5 and key not in others


def test_rendering_time_is_measured(capsys: pytest.CaptureFixture[str]) -> None:
    """Reports milliseconds per card; not a timed assertion (the machine is shared)."""
    render_card(SEED)  # fonts load once, outside the measurement
    report = []
    for name, spec in HOSTILE.items():
        times = []
        for _ in range(5):
            start = time.perf_counter()
            render_card(spec)
            times.append((time.perf_counter() - start) * 1000)
        report.append(f"{name}: {statistics.median(times):.1f} ms")
    with capsys.disabled():
        print("\ncards, median of 5 per spec:", "; ".join(report))
