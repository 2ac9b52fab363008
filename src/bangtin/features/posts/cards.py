"""Social cards: one 1200×630 PNG per post, drawn offline with Pillow and a shipped font.

The font is Source Sans Pro from the pip package ``font-source-sans-pro`` (SIL OFL), which covers
Vietnamese, so a build never downloads anything. Every character is checked against the font's
``cmap`` before drawing: a character the font lacks (an emoji, a CJK ideograph) is left out rather
than drawn as an empty box. Layout uses Pillow's basic engine (not raqm) so the same Pillow gives
the same bytes on every machine; text is NFC so each Vietnamese letter is one precomposed glyph.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import re
import struct
import unicodedata
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

import PIL
from PIL import Image, ImageDraw, ImageFont

from bangtin import __version__
from bangtin.core.kept import read_file, write_file

__all__ = [
    "CARD_HEIGHT",
    "CARD_VERSION",
    "CARD_WIDTH",
    "CardSpec",
    "cached_card",
    "card_cache_key",
    "card_cache_path",
    "draw_into_cache",
    "missing_glyphs",
    "render_card",
]

CARD_WIDTH = 1200
CARD_HEIGHT = 630
# Bump when the drawing changes, so cached cards from an older layout are not reused.
CARD_VERSION = "1"

DEFAULT_COLOR = "#b71c1c"
_MARGIN = 72
_TEXT_WIDTH = CARD_WIDTH - 2 * _MARGIN
_BADGE_Y = 58
_TITLE_TOP = 128
_TITLE_BOTTOM = 452
_SUBTITLE_Y = 474
_BAND_TOP = 540
# Title sizes tried from largest to smallest; below 36 px a card is unreadable in a phone feed.
_TITLE_SIZES = (76, 70, 64, 58, 52, 46, 42, 38, 36)
_LINE_FACTOR = 1.2
_ELLIPSIS = "…"
_FONT_FILES = {
    "bold": "SourceSansPro-Bold.ttf",
    "semibold": "SourceSansPro-Semibold.ttf",
    "regular": "SourceSansPro-Regular.ttf",
}
# Palette indices of the one-channel drawing (see render_card).
_MAIN, _MAIN_INK = 0, 127
_MUTED = round(_MAIN_INK * 0.72)
_BAND, _BAND_INK = 128, 254
_ACCENT = 255
_HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


@dataclass(frozen=True, slots=True, kw_only=True)
class CardSpec:
    """What one card shows. Plain text everywhere; the card never interprets markup.

    Attributes:
        title: the main text (a directive's subject, a theme's title), wrapped and shrunk to fit.
        subtitle: the number and date line ("Công văn số 2078-CV/ĐUK · ngày 07 tháng 3 năm 2024").
        org: the organisation's name, in the band at the bottom.
        badge: a short label above the title ("VĂN BẢN", "CHỦ ĐỀ NĂM 2024"); may be empty.
        color: the theme colour as ``#rrggbb`` (or ``#rgb``); anything else falls back to red.
    """

    title: str
    subtitle: str = ""
    org: str = ""
    badge: str = ""
    color: str = DEFAULT_COLOR


def render_card(spec: CardSpec) -> bytes:
    """Draw ``spec`` as a 1200×630 PNG and return its bytes.

    The same spec gives the same bytes (no timestamp or other metadata is written). Characters the
    font cannot draw are left out; a title too long for the card is cut at a word with "…".

    Args:
        spec: the card's texts and colour.

    Returns:
        The PNG file's bytes.
    """
    # Drawn as a one-channel image whose values index a palette: two gradients (background to
    # text colour above the band, band to its text colour in it) and the accent. Antialiased
    # text blends along a gradient, so the result equals an RGB drawing to 1/127 of a step, and
    # the 1-byte-per-pixel PNG encodes three times faster than RGB (the encoder is most of the time).
    image = Image.new("L", (CARD_WIDTH, CARD_HEIGHT), _MAIN)
    draw = ImageDraw.Draw(image)
    _draw_badge(draw, spec.badge)
    _draw_title(draw, spec.title, spec.subtitle)
    _draw_band(draw, spec.org)
    image.putpalette(_palette(_parse_color(spec.color)))

    out = io.BytesIO()
    # No pnginfo: no timestamp or software chunk, so the bytes depend on the spec alone.
    # Level 1: a third of the encoding time of the default, a slightly larger file (palette image).
    image.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def _draw_badge(draw: ImageDraw.ImageDraw, text: str) -> None:
    """The badge above the title (the document's type), in capitals after an accent bar."""
    badge = _drawable(text).upper()
    if badge:
        badge_font = _font("semibold", 30)
        draw.rectangle((_MARGIN, _BADGE_Y + 4, _MARGIN + 8, _BADGE_Y + 34), fill=_ACCENT)
        draw.text(
            (_MARGIN + 24, _BADGE_Y),
            _fit_line(badge, badge_font, _TEXT_WIDTH - 24),
            font=badge_font,
            fill=_MUTED,
        )


def _draw_title(draw: ImageDraw.ImageDraw, text: str, subtitle_text: str) -> None:
    """The title in as large a size as fits its box, and the subtitle on one line below it."""
    title = _drawable(text) or _ELLIPSIS
    font, lines, line_height = _layout_title(title, _TEXT_WIDTH, _TITLE_BOTTOM - _TITLE_TOP)
    y = _TITLE_TOP
    for line in lines:
        draw.text((_MARGIN, y), line, font=font, fill=_MAIN_INK)
        y += line_height
    subtitle = _drawable(subtitle_text)
    if subtitle:
        sub_font = _font("regular", 34)
        draw.text(
            (_MARGIN, _SUBTITLE_Y),
            _fit_line(subtitle, sub_font, _TEXT_WIDTH),
            font=sub_font,
            fill=_MUTED,
        )


def _draw_band(draw: ImageDraw.ImageDraw, text: str) -> None:
    """The band at the foot with its accent line and the organisation's name, centred in it."""
    draw.rectangle((0, _BAND_TOP, CARD_WIDTH, CARD_HEIGHT), fill=_BAND)
    draw.rectangle((0, _BAND_TOP, CARD_WIDTH, _BAND_TOP + 5), fill=_ACCENT)
    org = _drawable(text)
    if org:
        org_font = _font("semibold", 34)
        org_line = _fit_line(org, org_font, _TEXT_WIDTH)
        _left, top, _right, bottom = org_font.getbbox(org_line)
        band_middle = (_BAND_TOP + 5 + CARD_HEIGHT) // 2
        draw.text(
            (_MARGIN, band_middle - (top + bottom) // 2),
            org_line,
            font=org_font,
            fill=_BAND_INK,
        )


def _palette(background: tuple[int, int, int]) -> list[int]:
    """The card's palette: text colour over ``background``, band text over the band, the accent."""
    foreground = _foreground_for(background)
    band = _mix((0, 0, 0), background, 0.28)
    accent = (0xFF, 0xD5, 0x4F) if _luminance(background) < 0.5 else (0x7A, 0x1B, 0x1B)
    palette: list[int] = []
    for i in range(_MAIN, _MAIN_INK + 1):
        palette.extend(_mix(foreground, background, i / _MAIN_INK))
    band_fg = _foreground_for(band)
    for i in range(_BAND, _BAND_INK + 1):
        palette.extend(_mix(band_fg, band, (i - _BAND) / (_BAND_INK - _BAND)))
    palette.extend(accent)
    return palette


def card_cache_key(spec: CardSpec) -> str:
    """A key that changes whenever the card's bytes could change: spec, layout and Pillow version.

    The plugin can keep rendered cards between builds under this key and skip the drawing.

    Args:
        spec: the card.

    Returns:
        A hex SHA-256 digest.
    """
    payload = json.dumps(
        {
            "spec": asdict(spec),
            "card": CARD_VERSION,
            "bangtin": __version__,
            "pillow": PIL.__version__,
            "font": _font_fingerprint(),
        },
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def card_cache_path(folder: Path, spec: CardSpec) -> Path:
    """Where the card of ``spec`` is kept in the cache ``folder`` (behind a digest of its bytes,
    `bangtin.core.kept.write_file`: a damaged or cut card is drawn again, never published)."""
    return folder / f"{card_cache_key(spec)}.card"


def cached_card(folder: Path, spec: CardSpec) -> bytes:
    """The card of ``spec``: the cache's when it is whole, else drawn (and kept when the cache
    can be written; a cache that cannot only costs the drawing)."""
    path = card_cache_path(folder, spec)
    kept = read_file(path)
    if kept is not None:
        return bytes(kept)
    data = render_card(spec)
    write_file(path, data)
    return data


def draw_into_cache(folder: Path, specs: list[CardSpec]) -> None:
    """Draw the cards of ``specs`` into the cache ``folder`` (each written whole, so a reader
    never sees half a file)."""
    for spec in specs:
        write_file(card_cache_path(folder, spec), render_card(spec))


def missing_glyphs(text: str) -> frozenset[str]:
    """The characters of ``text`` (after NFC) that the card font cannot draw.

    Args:
        text: any text.

    Returns:
        The set of characters without a glyph; whitespace is never reported.
    """
    covered = _coverage()
    return frozenset(
        ch
        for ch in unicodedata.normalize("NFC", text)
        if not ch.isspace() and ord(ch) not in covered
    )


# --- text preparation ------------------------------------------------------------------------


def _drawable(text: str) -> str:
    """NFC, one line, and only the characters the font has (so no box is ever drawn)."""
    text = unicodedata.normalize("NFC", text)
    covered = _coverage()
    kept = "".join(ch if ch.isspace() or ord(ch) in covered else " " for ch in text)
    return " ".join(kept.split())


def _layout_title(
    text: str, width: int, height: int
) -> tuple[ImageFont.FreeTypeFont, list[str], int]:
    words = text.split()
    largest = _TITLE_SIZES[0]
    # Widths scale with the size, so one measurement at the largest size rejects, for a very
    # long title, every size at which it cannot fit (5% slack for hinting) without measuring it.
    full_width = _font("bold", largest).getlength(text)
    for size in _TITLE_SIZES:
        font = _font("bold", size)
        line_height = round(size * _LINE_FACTOR)
        max_lines = max(1, height // line_height)
        if full_width * size / largest > width * max_lines * 1.05:
            continue
        lines = _wrap(words, font, width)
        if lines is not None and len(lines) <= max_lines:
            return font, lines, line_height
    # Last resort at the smallest size: overlong words ellipsised, extra lines cut with "…".
    size = _TITLE_SIZES[-1]
    font = _font("bold", size)
    line_height = round(size * _LINE_FACTOR)
    max_lines = max(1, height // line_height)
    # Only the words that can reach the card are measured: a 2,000-character subject costs
    # no more than a short one.
    fitted: list[str] = []
    budget = float(width * (max_lines + 1))
    for word in words:
        word_width = font.getlength(word)
        if word_width > width:
            word = _fit_line(word, font, width)
            word_width = width
        fitted.append(word)
        budget -= word_width
        if budget < 0:
            break
    truncated = len(fitted) < len(words)
    lines = _wrap(fitted, font, width) or [_ELLIPSIS]
    if len(lines) > max_lines or truncated:
        lines = lines[:max_lines]
        lines[-1] = _with_ellipsis(lines[-1] + " " + _ELLIPSIS, font, width)
    return font, lines, line_height


def _wrap(words: list[str], font: ImageFont.FreeTypeFont, width: int) -> list[str] | None:
    """Greedy wrap at spaces; None when a single word is wider than ``width``."""
    space = font.getlength(" ")
    lines: list[str] = []
    current: list[str] = []
    current_width = 0.0
    for word in words:
        word_width = font.getlength(word)
        if word_width > width:
            return None
        if current and current_width + space + word_width > width:
            lines.append(" ".join(current))
            current, current_width = [word], word_width
        else:
            current_width += (space if current else 0.0) + word_width
            current.append(word)
    if current:
        lines.append(" ".join(current))
    # Summed word widths ignore kerning across spaces; measure the real lines to be sure.
    if any(font.getlength(line) > width for line in lines):
        return None
    return lines


def _fit_line(text: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    """``text`` if it fits on one line, else cut at a word (or, for one long word, a letter)."""
    if font.getlength(text) <= width:
        return text
    return _with_ellipsis(text, font, width)


def _with_ellipsis(text: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    """The longest start of ``text`` ending at a word, plus "…", that fits in ``width``."""
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words).rstrip(",;:-–" + _ELLIPSIS) + _ELLIPSIS
        if font.getlength(candidate) <= width:
            return candidate
    # One word left that does not fit: cut it at a letter, the only way to keep it on the card.
    word = words[0] if words else ""
    low, high = 0, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if font.getlength(word[:middle] + _ELLIPSIS) <= width:
            low = middle
        else:
            high = middle - 1
    return word[:low] + _ELLIPSIS


# --- colours ---------------------------------------------------------------------------------


def _parse_color(value: str) -> tuple[int, int, int]:
    match = _HEX.match(value.strip()) if isinstance(value, str) else None
    digits = match.group(1) if match else DEFAULT_COLOR[1:]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


def _luminance(rgb: tuple[int, int, int]) -> float:
    """Relative luminance (WCAG 2), to pick a readable text colour on the theme colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _foreground_for(background: tuple[int, int, int]) -> tuple[int, int, int]:
    # White is the better choice until the background is light enough for black to win on contrast.
    return (0x1A, 0x1A, 0x1A) if _luminance(background) > 0.179 else (0xFF, 0xFF, 0xFF)


def _mix(
    top: tuple[int, int, int], bottom: tuple[int, int, int], amount: float
) -> tuple[int, int, int]:
    r, g, b = (round(t * amount + u * (1 - amount)) for t, u in zip(top, bottom, strict=True))
    return (r, g, b)


# --- fonts -----------------------------------------------------------------------------------


@functools.cache
def _font_bytes(weight: str) -> bytes:
    ref = resources.files("font_source_sans_pro").joinpath("files", _FONT_FILES[weight])
    return ref.read_bytes()


@functools.cache
def _font(weight: str, size: int) -> ImageFont.FreeTypeFont:
    # Loaded once per weight and size for the whole process: 10,000 cards share a dozen fonts.
    return ImageFont.truetype(
        io.BytesIO(_font_bytes(weight)), size, layout_engine=ImageFont.Layout.BASIC
    )


@functools.cache
def _font_fingerprint() -> str:
    digest = hashlib.sha256()
    for weight in sorted(_FONT_FILES):
        digest.update(_font_bytes(weight))
    return digest.hexdigest()


@functools.cache
def _coverage() -> frozenset[int]:
    """Code points every card font maps to a real glyph (read from the fonts' cmap tables)."""
    sets = [_cmap_codepoints(_font_bytes(weight)) for weight in sorted(_FONT_FILES)]
    return frozenset.intersection(*sets)


def _cmap_codepoints(data: bytes) -> frozenset[int]:
    """Code points mapped to a glyph other than .notdef, from a TrueType/OpenType ``cmap``.

    Pillow has no public cmap accessor and fontTools is not a dependency, so the two subtable
    formats that Unicode fonts use (12: full Unicode, 4: the BMP) are read here.
    """
    num_tables = struct.unpack_from(">H", data, 4)[0]
    cmap_offset = None
    for i in range(num_tables):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        if tag == b"cmap":
            cmap_offset = offset
            break
    if cmap_offset is None:
        return frozenset()
    count = struct.unpack_from(">H", data, cmap_offset + 2)[0]
    subtables: dict[int, int] = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap_offset + 4 + 8 * i)
        if (platform, encoding) in {(3, 10), (3, 1), (0, 3), (0, 4), (0, 6)}:
            sub = cmap_offset + offset
            fmt = struct.unpack_from(">H", data, sub)[0]
            subtables.setdefault(fmt, sub)
    if 12 in subtables:
        return _cmap_format12(data, subtables[12])
    if 4 in subtables:
        return _cmap_format4(data, subtables[4])
    return frozenset()


def _cmap_format12(data: bytes, sub: int) -> frozenset[int]:
    groups = struct.unpack_from(">I", data, sub + 12)[0]
    points: set[int] = set()
    for i in range(groups):
        start, end, glyph = struct.unpack_from(">III", data, sub + 16 + 12 * i)
        # A group starting at glyph 0 maps its first code point to .notdef.
        points.update(range(start + (1 if glyph == 0 else 0), end + 1))
    return frozenset(points)


def _cmap_format4(data: bytes, sub: int) -> frozenset[int]:
    seg_count = struct.unpack_from(">H", data, sub + 6)[0] // 2
    ends = struct.unpack_from(f">{seg_count}H", data, sub + 14)
    starts_at = sub + 16 + 2 * seg_count
    starts = struct.unpack_from(f">{seg_count}H", data, starts_at)
    deltas = struct.unpack_from(f">{seg_count}h", data, starts_at + 2 * seg_count)
    range_offsets_at = starts_at + 4 * seg_count
    range_offsets = struct.unpack_from(f">{seg_count}H", data, range_offsets_at)
    points: set[int] = set()
    for i in range(seg_count):
        for code in range(starts[i], ends[i] + 1):
            if code == 0xFFFF:
                continue
            if range_offsets[i] == 0:
                glyph = (code + deltas[i]) & 0xFFFF
            else:
                at = range_offsets_at + 2 * i + range_offsets[i] + 2 * (code - starts[i])
                glyph = struct.unpack_from(">H", data, at)[0]
                if glyph:
                    glyph = (glyph + deltas[i]) & 0xFFFF
            if glyph:
                points.add(code)
    return frozenset(points)
