"""The reader of scans and photos: pages through Tesseract's Vietnamese model, in reading order.

Each page is read at its own resolution when that is 200 dpi or finer (what Nghị định 30/2020
asks of a scan; at 300 dpi Tesseract takes twice the time for no more words right) and brought
to 300 dpi when it is coarser; the first page, whose header holds the fields, always at 300 dpi.
It is cleaned once, in Python, as an office scanner's output needs: a 3×3 box blur against the
speckle and the grain, then near-white made white and near-black black (Tesseract reads a
clean page a third faster than a grainy one; the first page through a median filter), turned
straight (the angle whose rows of ink are sharpest), and read by the ``tesseract`` command
(``-l vie+Vietnamese`` where Debian's tesseract-ocr-script-viet is installed, else ``-l vie``:
see `Models`; TSV output: every word with its box and confidence) two pages at a time, each
process on one thread (OMP_THREAD_LIMIT=1). A blank page is not sent to Tesseract. The words
then go through the same geometry as a PDF's text layer (`page.page_lines`): the header's two
columns are told apart by the gutter between them and read left then right.

Words Tesseract is unsure of (confidence under `MIN_CONFIDENCE`) are kept in running text, but
in the lines that carry the number, the date and the signer they become `UNSURE`, the marker
every reader uses for a span it cannot vouch for: the layout rules parse no number, date or
name through it, so the field is left for the editor ('CẦN ĐIỀN') rather than filled wrongly.
The subject, in capitals, has a third witness besides the two readings: the document's own
running text, in small letters, which writes the same phrases (`_witnessed`).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path
from typing import Any, BinaryIO

from bangtin.core.text import nfc
from bangtin.importer.lines import (
    AUTHORITY,
    KINH_GUI,
    PARAGRAPH_OPENER,
    TITLE_WORDS,
    V_V,
    doc_type_line,
    is_caps,
    is_motto,
    is_right_hand,
    type_lead,
)
from bangtin.importer.reading.bounded import read_regular
from bangtin.importer.reading.page import Page, Word, page_lines
from bangtin.importer.result import SourceError

__all__ = ["IMAGE_SUFFIXES", "UNSURE", "read", "read_pdf"]

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
#: A span the reader could not read surely (the Unicode replacement character): no number, date
#: or name parses through it, and an editor sees it in the text.
UNSURE = "\ufffd"
MIN_CONFIDENCE = 60.0
#: A page coarser than `MIN_DPI` is brought to `DPI`; a finer one is read as it is (up to `DPI`).
DPI = 300
MIN_DPI = 200
#: Under this share of dark pixels a page is blank (a speck or two, a stamp's ghost): not read.
BLANK_INK = 0.0005
WORKERS = 2
MAX_IMAGE_BYTES = 100 << 20
MAX_PIXELS = 60_000_000  # an A3 page at 600 dpi; a decompression bomb claims far more
#: Where to find the ``tesseract`` command instead of the PATH (tests point it at nothing).
TESSERACT_ENV = "BANGTIN_TESSERACT"
#: Debian's tesseract-ocr-vie: the Vietnamese language model, required.
VIE = "vie"
#: Debian's tesseract-ocr-script-viet: the model of the Vietnamese script, read with `VIE` where
#: it is installed (see `Models`); without it the importer reads with `VIE` alone, as well as
#: before it was added.
SCRIPT = "Vietnamese"
MISSING = (
    "cần Tesseract với mô hình tiếng Việt để đọc bản quét, ảnh chụp; "
    "hãy cài: sudo apt-get install tesseract-ocr tesseract-ocr-vie tesseract-ocr-script-viet"
)
# Tesseract 5 tries every unsure line again inverted (white on black); scans have none, and it
# costs a third of the time.
_TESSERACT_ARGS = ("--psm", "3", "-c", "tessedit_do_invert=0")
_MARK = "\ue000"  # inside this module only: a word Tesseract was unsure of
_DOUBT = "\ue001"  # inside this module only: a word two readings of the page disagree on

#: Called after each page read, with (pages done, pages in all): the CLI's progress bar.
Progress = Callable[[int, int], None]
_progress: Progress | None = None


def set_progress(callback: Progress | None) -> None:
    """Report each page read to ``callback`` (None: stop reporting)."""
    global _progress
    _progress = callback


def read(path: Path) -> list[str]:
    """The lines of a picture (.png, .jpg, .tif; every page of a multi-page TIFF) by OCR."""
    from PIL import Image, UnidentifiedImageError

    models = tesseract(path)
    data = read_regular(path, MAX_IMAGE_BYTES)
    damaged = (UnidentifiedImageError, OSError, ValueError, EOFError, Image.DecompressionBombError)
    try:
        image = Image.open(io.BytesIO(data))
        count = int(getattr(image, "n_frames", 1))
    except damaged as exc:
        raise SourceError(f"{path}: không mở được ảnh (hỏng hoặc không phải ảnh)") from exc

    def frames() -> Iterator[tuple[Any, float]]:
        # One page decoded at a time: a 100-page TIFF never sits whole in memory.
        for index in range(count):
            try:
                image.seek(index)
                _check_size(path, image.size)
                frame = image.convert("L")
            except damaged as exc:
                raise SourceError(
                    f"{path}: không đọc được trang {index + 1} của ảnh (hỏng hoặc bị cắt)"
                ) from exc
            yield frame, _dpi_of(image)

    return _ocr_pages(models, frames(), count)


def read_pdf(path: Path, data: BinaryIO) -> list[str]:
    """The lines of a PDF without a text layer (``data``: the open file), page after page."""
    import pypdfium2 as pdfium

    from bangtin.importer.reading.pdfium import open_document

    models = tesseract(path)
    doc = open_document(path, data)
    assert isinstance(doc, pdfium.PdfDocument)

    def pages() -> Iterator[tuple[Any, float]]:
        # One page rendered at a time, at its scan's own resolution: never upsampled by PDFium
        # from 200 to 300 dpi only to be read slower.
        for index in range(len(doc)):
            page = doc[index]
            try:
                width, height = page.get_size()
                dpi = reading_dpi(_scan_dpi(page), header=index == 0)
                _check_size(path, (int(width * dpi / 72), int(height * dpi / 72)))
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                yield bitmap.to_pil().convert("L"), dpi
            finally:
                page.close()

    try:
        return _ocr_pages(models, pages(), len(doc))
    finally:
        doc.close()


@dataclass(frozen=True, slots=True, kw_only=True)
class Models:
    """The ``tesseract`` command and the models it reads with.

    With both models installed the first page, whose header holds the fields, is read by
    ``vie+Vietnamese`` (Tesseract runs both and keeps the likelier line), and again by
    ``Vietnamese`` alone and by ``vie`` alone on the same picture: a word either reads otherwise
    is doubtful (`cross_check`). The other pages are read by ``vie``: ``vie+Vietnamese`` on
    every page took 1.43 CPU s a page on the 100-page benchmark (scripts/ocr_bench.py), over
    the 60 s on 2 cores of issue 24.
    Two models misread differently, where one model reads a page the same way however it is
    cleaned ("Hổ" for "Hồ"). On the corpus's development scans, every page read by the first
    model (measured 2026-12-06 at one code state, the sign rules of `guard` not yet written):

    ======================================  ==============  =========  =================
    reading, then check of the first page    fields right    wrong     citation recall
    ======================================  ==============  =========  =================
    vie; vie on the box blur (before)         88.9 %          1.8 %     95.2 %
    vie; Vietnamese                           88.6 %          1.1 %     95.2 %
    vie+Vietnamese; vie on the box blur       90.3 %          1.9 %     98.2 %
    vie+Vietnamese; Vietnamese                90.2 %          1.5 %     98.2 %
    vie+Vietnamese; Vietnamese and vie        90.2 %          1.3 %     98.2 %
    ======================================  ==============  =========  =================

    With the first page only read by ``vie+Vietnamese`` and the guards of the same day, the
    scans score 90.8 % right / 0.8 % wrong on the development part, 90.8 / 0.8 on heldback/,
    88.9 / 2.5 on unseen/ (citation recall 98.2, 98.4, 97.7 %; no number wrong), against
    88.9 / 1.8, 86.7 / 1.0 and 83.7 / 2.6 read by ``vie`` alone an hour before (the field
    rules moved a little in between). With the document's running text as the subject's third
    witness (`_witnessed`) and the field rules of session 9's end: dev 91.6 / 0.9, heldback
    91.3 / 0.5, unseen 89.8 / 1.8, draw3 90.1 / 1.9 (citation recall 98.2, 98.4, 97.7, 95.3 %).
    With session 10's guards (numerals, two tones, number lines, readings agreeing on digits)
    and field rules, at 172dbcb: dev 92.0 / 0.8, heldback 91.8 / 0.3, unseen 91.1 / 1.2, draw3
    92.2 / 1.3, draw4 88.9 / 1.0 (the text 91.7 / 0.1); citation recall 98.2, 98.4, 97.1,
    96.1, 95.8 %; no number and no date wrong on any part.
    With session 11's guards (a code's letters, a syllable no Vietnamese word spells, the
    issuer's words against the body) and reading order (a wrapped line's tail, the place and
    date apart from the left column), at f3972f7 (the field rules of 00:33): dev 92.0 / 0.8,
    heldback 92.3 / 0.3, unseen 91.3 / 1.2, draw3 92.6 / 1.2, draw4 89.9 / 1.0; at 9544cc3
    (the rules of 00:28) draw5 90.4 / 1.2 (its text 95.2 / 0.3; 85.0 / 4.0 at 9e550c9);
    citation recall 98.2, 98.4, 97.1, 96.7, 95.8, 96.8 %; no number and no date wrong.
    With session 12's guards (the header's gutter, the motto's pieces, a place cut or with its
    dash, an issuer line OCR could not read, a subject word the body contradicts on one side)
    at 860021c, the field rules of 1fbf8c0: dev 92.7 / 0.3, heldback 92.3 / 0.0, unseen
    91.7 / 1.1, draw3 92.6 / 1.1, draw4 90.0 / 1.0, draw5 91.0 / 1.1, draw6 88.6 / 1.4 (its
    text 93.3 / 0.7; 87.9 / 2.3 with session 11's reading and the same field rules); citation
    recall 98.2, 98.4, 97.1, 96.7, 95.8, 97.2, 97.5 %; no number wrong, and no date wrong
    that the text has right. With round 2's guards (stars and bars beside the issuer, a place's
    word cut above blank lines, a motto's half alone, "¡" for "i") at 22f0673: dev 92.7 / 0.3,
    heldback 92.1 / 0.3, unseen 91.8 / 1.0, draw3 92.6 / 1.1, draw4 90.2 / 0.8, draw5
    91.1 / 1.2, draw6 89.4 / 1.3, draw7 85.8 / 2.8 (82.7 / 4.5 when scored at e91c3ab; its
    text 93.4 / 1.2); citation recall 98.2, 98.4, 97.1, 96.7, 98.6, 97.2, 97.5, 94.4 %; no
    number wrong.

    Without ``Vietnamese``, ``vie`` reads every page and the first page is read again by ``vie``
    on the page cleaned otherwise (a box blur instead of a median filter), as before.
    """

    command: str
    main: str = VIE  # the first page's model
    body: str = VIE  # the other pages'
    #: The models of the first page's other readings, on the same picture; none: `main` again
    #: on the box blur.
    checks: tuple[str, ...] = ()


def tesseract(path: Path) -> Models:
    """The ``tesseract`` command and its models; a `SourceError` naming the packages when the
    command or its Vietnamese model is missing."""
    command = os.environ.get(TESSERACT_ENV) or shutil.which("tesseract") or ""
    if not command or not Path(command).is_file():
        raise SourceError(f"{path}: {MISSING}")
    try:
        langs = subprocess.run(
            [command, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        ).stdout.split()
    except (OSError, subprocess.SubprocessError) as exc:
        raise SourceError(f"{path}: {MISSING}") from exc
    if VIE not in langs:
        raise SourceError(f"{path}: {MISSING}")
    if SCRIPT not in langs:
        return Models(command=command)
    return Models(command=command, main=f"{VIE}+{SCRIPT}", checks=(SCRIPT, VIE))


def _check_size(path: Path, size: tuple[int, int]) -> None:
    if size[0] * size[1] > MAX_PIXELS:
        raise SourceError(
            f"{path}: ảnh quá lớn ({size[0]}×{size[1]} điểm ảnh); hãy quét lại ở 300 dpi"
        )


def reading_dpi(dpi: float, *, header: bool = False) -> float:
    """The resolution a page of ``dpi`` is read at: as it is from 200 dpi up to 300, else 300.

    The first page, whose header holds the number, the date and the issuer in capitals with
    their marks ("ĐẢNG" read "ĐẲNG" at 200 dpi), is read at 300 dpi whatever its resolution.
    """
    if header or dpi < MIN_DPI - 1:
        return float(DPI)
    return min(dpi, float(DPI))


def _scan_dpi(page: Any) -> float:
    """The resolution of the largest picture on a PDF page (a scan's page is one picture)."""
    import pypdfium2 as pdfium

    best = (0, 0.0)
    for obj in page.get_objects(filter=(pdfium.raw.FPDF_PAGEOBJ_IMAGE,), max_depth=1):
        meta = obj.get_metadata()
        best = max(best, (int(meta.width) * int(meta.height), float(meta.horizontal_dpi)))
    return best[1] if best[1] >= 50 else float(DPI)


def _dpi_of(image: Any) -> float:
    """The picture's resolution; a photo without one is taken as an A4 page across its width."""
    dpi = image.info.get("dpi")
    if dpi and float(dpi[0]) >= 50:
        return float(dpi[0])
    return max(float(image.size[0]) / 8.27, 72.0)


def _ocr_pages(models: Models, pages: Iterator[tuple[Any, float]], count: int) -> list[str]:
    """OCR of every page, ``WORKERS`` at a time, in page order; then reading order and guards."""
    results: list[Future[Page]] = []
    read_at: list[float] = []
    done = 0
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for index, (image, dpi) in enumerate(pages):
            # At most two pages wait beside the two being read: memory stays a few pages.
            while sum(not f.done() for f in results) >= 2 * WORKERS:
                next(f for f in results if not f.done()).result()
            results.append(pool.submit(_ocr_page, models, image, dpi, env, index == 0))
            read_at.append(reading_dpi(dpi, header=index == 0))
            done = _report(results, done, count)
        out = []
        for future, at in zip(results, read_at, strict=True):
            out.append(_in_dpi_units(future.result(), at))
            done = _report(results, done, count)
    lines = page_lines(out)
    return [nfc(line) for line in guard(lines)]


def _in_dpi_units(page: Page, dpi: float) -> Page:
    """The page with its words in pixels of `DPI`, whatever it was read at: the first page at
    300 dpi and the others at 200 go to the reading order in one unit (made up: a header's
    lines 73 px apart at 300 dpi, a body's 49 px at 200; 318 of the unseen part as a scan, whose
    second page's spacing was taken for the first page's: a blank line under every header
    line, and its place was lost). No threshold of `page_lines` is in pixels, but its spacing
    and margins are taken over all pages at once."""
    scale = DPI / dpi
    if abs(scale - 1) < 0.01:
        return page
    scaled = tuple(
        Word(w.text, w.x0 * scale, w.x1 * scale, w.top * scale, w.bottom * scale, w.size * scale)
        for w in page.words
    )
    return Page(words=scaled, width=page.width * scale, height=page.height * scale)


def _report(results: list[Future[Page]], done: int, count: int) -> int:
    now = sum(f.done() for f in results)
    if _progress is not None and now != done:
        _progress(now, count)
    return now


def _ocr_page(
    models: Models, image: Any, dpi: float, env: dict[str, str], header: bool = False
) -> Page:
    """One page: cleaned, straightened, read; words in the straightened frame.

    The first page is read again (see `Models`): a word another reading does not agree on is
    unsure, whatever Tesseract's confidence ("Hổ Chí Minh" for "Hồ" at 93 %: the Vietnamese
    models are sure of their wrong marks as often as not).
    """
    image, dpi, boxed = _prepared(image, dpi, header=header, boxed=not models.checks)
    if _blank(image):
        return Page(words=(), width=float(image.width), height=float(image.height))
    words = _tesseract(models.command, models.main if header else models.body, image, dpi, env)
    if header:
        others = [(lang, image) for lang in models.checks] or [(models.main, boxed)]
        for lang, picture in others:
            words = cross_check(words, _tesseract(models.command, lang, picture, dpi, env))
    return Page(words=tuple(words), width=float(image.width), height=float(image.height))


def _tesseract(command: str, lang: str, image: Any, dpi: float, env: dict[str, str]) -> list[Word]:
    buffer = io.BytesIO()
    image.save(buffer, format="PPM")  # a PGM: no compressing, no decompressing
    reading = ("--dpi", str(round(dpi)), "-l", lang, *_TESSERACT_ARGS)
    proc = subprocess.run(
        [command, "stdin", "stdout", *reading, "tsv"],
        input=buffer.getvalue(),
        capture_output=True,
        env=env,
        timeout=300,
        check=False,
    )
    if proc.returncode != 0:
        raise SourceError(
            "Tesseract không đọc được trang: " + proc.stderr.decode("utf-8", "replace")[:200]
        )
    return list(_tsv_words(proc.stdout.decode("utf-8", "replace")))


def cross_check(words: list[Word], other: list[Word]) -> list[Word]:
    """``words`` with each one that ``other`` (a second reading of the page) reads otherwise
    marked doubtful: the words of ``other`` whose middle lies in its box, joined, differ.

    A doubt counts in the subject only (`guard`): there it turned 13 of the 26 wrong subjects
    of the corpus's scans into subjects left to fill, for 3 right ones. In the number, the
    date, the header and the signer, already checked by confidence and shape, it only left
    right values empty. Measured again with the two models' readings (`Models`) on the
    development scans, a doubt counted in every line left 11 more fields empty and made 3 more
    wrong (89.3 % right, 1.3 % wrong, against 90.7 % and 0.9 %) and lost citations (recall
    98.2 % -> 95.8 %): a header line or a number in the text dropped for one doubtful word.
    """
    out: list[Word] = []
    for word in words:
        if word.text.startswith((_MARK, _DOUBT)):  # unsure already, or doubted by a reading
            out.append(word)
            continue
        middle = (word.top + word.bottom) / 2
        slack = 0.2 * word.size
        seen = "".join(
            o.text.removeprefix(_MARK)
            for o in other
            if o.top <= middle <= o.bottom
            and word.x0 - slack <= (o.x0 + o.x1) / 2 <= word.x1 + slack
        )
        same = _reading(seen) == _reading(word.text) or _same_digits(word.text, seen)
        out.append(word if same else replace(word, text=_DOUBT + word.text))
    return out


def _same_digits(word: str, seen: str) -> bool:
    """A number both readings give the same digits ("179/CĐVC" and "179/CĐÐVC", "21/BVHTTDL" and
    "21⁄BVHTTDL"), or the other gives none of (it cut the words elsewhere: "02" and ""): its
    value is not in doubt. The readings differ in a code's letters and signs often and in its
    digits seldom; a doubt over the letters of every number left 4 right numbers and 7 right
    citations of the corpus's unseen part to fill for none wrong."""
    mine, other = re.sub(r"\D", "", word), re.sub(r"\D", "", seen)
    return bool(mine) and (not other or mine == other)


_DASHES = str.maketrans("~–—‒−", "-----")
_AROUND = "-.,;:!?…\"'“”‘’()[]|"


def _reading(word: str) -> str:
    """What two readings of a word must agree on: its letters and digits with the marks between
    them; not its Unicode form (Tesseract gives "Đội" decomposed as often as not), its case
    ("sỐ"), the punctuation around it ("THƯ;") or which dash it is: a third of the doubts in
    the subjects of the corpus's third draw were these, each leaving a right subject to fill."""
    return unicodedata.normalize("NFC", word).casefold().translate(_DASHES).strip(_AROUND)


def prepare(image: Any, dpi: float, *, header: bool = False) -> tuple[Any, float]:
    """The page as Tesseract reads it best and fastest (see the module), and its resolution."""
    image, dpi, _ = _prepared(image, dpi, header=header, boxed=False)
    return image, dpi


def _prepared(image: Any, dpi: float, *, header: bool, boxed: bool) -> tuple[Any, float, Any]:
    """`prepare`'s page, and for the first page (when ``boxed``) its second cleaning, the box
    blur, turned by the same angle."""
    from PIL import Image, ImageFilter

    target = reading_dpi(dpi, header=header)
    if abs(target - dpi) > 1:
        scale = target / dpi
        size = (round(image.width * scale), round(image.height * scale))
        image = image.resize(size, Image.Resampling.BICUBIC)
    blurred = image.filter(ImageFilter.BoxBlur(1)).point(_LEVELS)
    # The header's capitals and their marks read best through a median filter (the number, the
    # date, the issuer: 8 header fields more right on the corpus's scans than through the box
    # blur), worth its half second on one page a document.
    main = image.filter(ImageFilter.MedianFilter(3)) if header else blurred
    angle = skew_angle(main)
    second = blurred if header and boxed else None
    if abs(angle) > 0.05:
        main = main.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
        if second is not None:
            second = second.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return main, target, second


# Paper and grain lighter than 170 become white, ink darker than 60 black; the strokes' edges
# keep their greys, which the LSTM reads letters from.
_LEVELS = [0 if v < 60 else 255 if v > 170 else v for v in range(256)]


def _blank(image: Any) -> bool:
    histogram: list[int] = image.histogram()
    return sum(histogram[:128]) < BLANK_INK * int(image.width) * int(image.height)


def _tsv_words(tsv: str) -> Iterator[Word]:
    """Words of Tesseract's TSV; each takes its line's top and bottom, so a line is one row."""
    lines: dict[tuple[str, str, str, str], tuple[int, int]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12:
            continue
        level, page, block, par, line = cells[:5]
        left, top, width, height = (int(x) for x in cells[6:10])
        key = (page, block, par, line)
        if level == "4":
            lines[key] = (top, top + height)
        elif level == "5" and cells[11].strip():
            conf = float(cells[10])
            line_top, line_bottom = lines.get(key, (top, top + height))
            text = cells[11].strip()
            if conf < MIN_CONFIDENCE:
                text = _MARK + text
            yield Word(text, left, left + width, line_top, line_bottom, line_bottom - line_top)


def skew_angle(image: Any) -> float:
    """The angle (degrees, PIL's sense) that makes the rows of ink level: the sharpest profile."""
    import numpy as np

    small = image.reduce(4) if image.width > 1200 else image
    ink = np.asarray(small) < 128
    ys, xs = np.nonzero(ink)
    if len(ys) < 500:
        return 0.0
    if len(ys) > 200_000:  # a sample is as sharp a profile and five times faster
        pick = np.random.default_rng(0).choice(len(ys), 200_000, replace=False)
        ys, xs = ys[pick], xs[pick]

    def sharpness(degrees: float) -> float:
        rows = np.round(ys - xs * np.tan(np.radians(degrees))).astype(np.int64)
        counts = np.bincount(rows - rows.min())
        return float((counts.astype(np.float64) ** 2).sum())

    best = max(np.arange(-3.0, 3.01, 0.25), key=sharpness)
    best = max(np.arange(best - 0.25, best + 0.26, 0.05), key=sharpness)
    # Rows that rise to the right by tan(a) (a picture PIL turned by -a) level at a; turning it
    # back by a, counter-clockwise in PIL's sense, straightens it.
    return float(best)


# --- guards: an unsure number, date or signer is left for the editor ------------------------

# "Số: ...", "Số 126-HD/BTGTW", "Số hiệu:", "Số: �" (its number unsure); in capitals with its colon
# ("SỐ: 2541/VPCP"). Not a subject's line in capitals that opens with the word ("SỐ LƯỢNG DỰ
# ÁN ĐẦU TƯ", "SỐ 41/2022/NQ-HĐND NGÀY ...") nor a ground wrapped before its number ("số
# 43/2011/NĐ-CP ngày ..."), as the layout rules read it: taken for the number line, it was
# written "Số: �" with a blank line under it, which cut the subject short and gave the page a
# second number.
_NUMBER_LINE = re.compile(
    rf"^[\W_]*(?:S\s?ố(?:\s*(?:và\s*)?(?:ký\s*)?hiệu)?\s*(?:[:.]|$|(?=[\d/{_MARK}{_DOUBT}]))"
    r"|S\s?Ố(?:\s*HIỆU)?\s*[:.]|s\s?ố\s*:)"
)
# "SỐ 07/CT-TTg" in capitals without its colon (OCR lost it, or read "Số" so): the number line
# above the document's type line, a subject's line under it ("SỐ 41/2022/NQ-HĐND NGÀY ...").
_CAPS_NUMBER = re.compile(rf"^[\W_]*S\s?Ố\s*(?=[\d{_MARK}{_DOUBT}])")


def _number_lines(lines: list[str]) -> set[int]:
    """Where the number lines are (`_NUMBER_LINE`, `_CAPS_NUMBER` above the type line)."""
    first_type = next((i for i, x in enumerate(lines[:80]) if doc_type_line(_plain(x))), len(lines))
    return {
        i
        for i, x in enumerate(lines)
        if _NUMBER_LINE.match(x) or (i < first_type and _CAPS_NUMBER.match(x))
    }


# A date line's words; "tháng" too: a subject's "Ngày Sinh viên” lần thứ 3 - Năm 2014" (1346 of
# the sixth draw as a scan) was cut as a place and date, and lost its opening quote.
_DATE_WORDS = re.compile(r"\bng\s?[àa]\s?y\b.*\bth\s?[áa]\s?ng\b.*\bn\s?[ăa]\s?m\b", re.IGNORECASE)
_WORD = re.compile(rf"{_MARK}\S*")


# A word of letters with a digit inside ("T6" for "Tố") is a misread, whatever its confidence.
_MIXED = re.compile(r"(?<!\S)(?=\S*[^\W\d_])(?=\S*\d)[^\s/\-.,:;()]+(?!\S)")


def guard(lines: list[str]) -> list[str]:
    """Lines with unsure words settled (see the module): `UNSURE` where a field is at stake."""
    if (row := _data_row(lines)) is not None:
        return row
    if (record := _json_record(lines)) is not None:
        return record
    lines = _label_over_number(_unread_opening(lines))
    lines = [_lead_stop(_drop_specks(_mend_signs(_two_tones(_fix_names(x))))) for x in lines]
    lines = [_sure_v_v(x) for x in lines]
    lines = [_unmarked(x) for x in lines]
    lines = [_doubt_surname(x) for x in _join_cut_dates(lines)]
    doubted = subject_lines(lines)
    seen = _phrases(lines, doubted)
    # The subject's "TÍNH" mended first ("TRÊN ĐỊA BÀN TÍNH"): the body writes "tỉnh" there.
    lines = [_fix_caps(_bold_marks(x), seen) if i in doubted else x for i, x in enumerate(lines)]
    lines = _witnessed(lines, doubted, seen)
    lines = _witnessed_header(lines, _header_lines(lines), seen)
    # A speck both readings saw as letters but not the same ones ("ĐÁ" under the number, 1553 of
    # the seventh draw as a scan: given as a header line), known before the doubts are settled.
    specks = {i for i, x in enumerate(lines) if _unsure_speck(x)}
    lines = [_settle_doubts(x, subject=i in doubted) for i, x in enumerate(lines)]
    lines = _mend_motto(
        [_shape_marks(_cut_rule(line), subject=i in doubted) for i, line in enumerate(lines)]
    )
    # The header block (above the first number or date line): when one of its issuer lines is
    # unsure, all of them are left out, so the header and the issuer are left for the editor
    # rather than half read.
    numbers = _number_lines(lines)
    zone = _header_end(lines, numbers)
    # A line that may be a piece of a motto ("... VIỆT NAM", "HỒ CHÍ MINH") or a site's
    # breadcrumb ("- HỘI NÔNG DÂN VIỆT NAM" over the header, 12 of the corpus) does not make the
    # header unsure, but goes with it when another line does.
    unsure_header = (
        _lost_motto_head(lines, zone)
        or _one_word_header(lines[:zone])
        or any(
            ((_unsure_words(x) or _glued(x)) and _issuer_line(x) and not _MOTTO_WORDS.search(x))
            or _garbled(x)
            for x in lines[:zone]
            # A number is no issuer's words: a legal site's record lists it over the header
            # ("* 219-QĐ/TW" read unsurely, made up; draw9/1973's shape as a scan).
            if not _SERIAL.search(x)
        )
    )
    subject = subject_lines(lines)
    title = next((i for i, x in enumerate(lines[:80]) if doc_type_line(_plain(x))), 0)
    out: list[str] = []
    signature = 0  # lines left in a signature block (after "T/M ...", "KT. ..."): titles
    for i, line in enumerate(lines):
        plain = line.replace(_MARK, "")
        signature = 3 if AUTHORITY.match(plain) else max(signature - 1, 0)
        speck = i <= zone + 2 and not _sure_caps(line) and not _place_cut(lines, i)
        if _is_rule_noise(plain, header=speck) or _junk_above_date(lines, i):
            out.append("--------")  # a rule under a header line, as OCR saw it
        elif i in numbers and (at := _place_beside_number(line)):
            out.extend([*_number_line(line[:at].rstrip()), _place_line(line[at:])])
        elif day := _place_and_date(line):
            out.append(_date_line(line, day.start()))
        elif i in numbers:
            out.extend(_number_line(line))
        elif i < zone and unsure_header and _header_piece(lines, i) and not _SERIAL.search(line):
            continue  # but a number without its label ("4360/BVHTTDL-VP", 1124 of draw5)
        elif (i < title or _above_v_v(lines, i) or _under_motto(lines, i)) and (
            i in specks or _unsure_speck(line)
        ):
            # Two letters or fewer, every word unsure, between the header and the type's name
            # ("| AM," under the date, 1341 of the sixth draw): a speck, given as a header line.
            continue
        elif i < zone + 3 and _orphan_party_motto(lines, out, i):
            continue
        elif i in subject and _MARK in (line := _specks_after_stop(line)):
            out.append(_WORD.sub(UNSURE, _fix_caps(line, seen)))  # a field: no guess in it
        elif i in subject and line != lines[i]:
            out.append(line)
        elif _caps_line(plain):
            if _MARK in line and (signature or TITLE_WORDS.search(plain)):
                # "PHÓ BÍ �" would still read as a title, a wrong one: the title is left for
                # the editor, the name under it still read.
                continue
            # A heading, a subject: Tesseract's best guess, but for a numeral ("SỐ 2I8/QĐ-UBND"
            # in capitals without its colon, "KHOÁ XI").
            out.append(_fix_caps(_unsure_numerals(line), seen))
        elif _MARK not in line:
            # A long line in capitals (a subject under the type line) has TỈNH misread too.
            out.append(_fix_caps(line, seen) if is_caps(plain) else line)
        elif _short_caps_or_name(line) or _MIXED.search(plain):
            out.append(_WORD.sub(UNSURE, line))  # a name in the signature block: no guess
        else:
            # Running text keeps Tesseract's best guess, but a number in it is a citation, an
            # ordinal ("lần thứ XIII") a subject's.
            out.append(_unsure_numerals(line))
    return [_foreign_unsure(x) for x in out]


_SERIAL = re.compile(r"\d+\s*[/-]\s*[A-ZĐ]")
# A number's shape at a word's start: its serial, then its code's capitals and a dash or slash
# ("(21NQ-HĐND'," as OCR lost the slash, "21/NQ-HĐND").
_OPENING_NUMBER = re.compile(r"^\W*\d+\s*[/-]?\s*[A-ZĐ]{1,8}[-/]")


def _unread_opening(lines: list[str]) -> list[str]:
    """A page that opens with a number read unsurely (a gazette's record row, "(14NQ-HĐND',
    '9A3F0C1B77', ..."; made up, draw11/2441's shape as a scan) opens with its own number,
    unread: the number its trích yếu cites later ("Điều chỉnh ... tại Nghị quyết số
    09/NQ-HĐND ngày ...") was taken for it. The line is the number line of an unsure number
    (`_number_line`: "Số: �"), so no later number stands in for it. So is a data row's first
    value (`_ROW_OPENING`) that the readings doubt or that is misshapen ("(612QĐ-UBND',": its
    slash lost). A sure number is read."""
    first = next((i for i, x in enumerate(lines) if x.strip()), None)
    if first is None:
        return lines
    word = lines[first].split()[0]
    row = _ROW_OPENING.fullmatch(_plain(word))
    unsure = word.startswith(_MARK) and _OPENING_NUMBER.match(word[1:])
    doubted = word.startswith(_DOUBT) or _misread(row["number"]) if row else False
    if not unsure and not doubted:
        return lines
    return [*lines[:first], "Số: " + lines[first].strip(), *lines[first + 1 :]]


# One row of a data dump (a crawler's SQL dump of a gazette's list): "(" and its first value, a
# number, as OCR reads it: "('612/QĐ-UBND'," with its quotes, or lost ("(612/QĐ-UBND,"), a comma
# read as a stop ("(23/NQ-HĐND'."); a fraction slash read for the slash ("(03⁄QĐ-TTHĐND',"); its
# closing quote read as a bracket ("(873/QĐ-UBND),", draw13/2864's: no number ends in one).
_ROW_OPENING = re.compile(r"\(['‘’]?(?P<number>\d[^\s',‘’]*?)['‘’)]?[,.]+")
_QUOTES_ROW = "'‘’"
# A value's start (its quote, or NULL) and its end (a quote, its comma or stop after it).
_VALUE_ENDS = re.compile(r"['‘’][,.]*$|^NULL[,.]+$")
# A day as a row writes it ("2026-04-22"), as OCR may misread it ("2026-0S-22").
_DAY_SHAPE = re.compile(r"(?:19|20)\d\d\W?\w{1,2}\W\w{1,2}")


def _data_row(lines: list[str]) -> list[str] | None:
    """One row of a data dump, as the text writes it, where the page is one (None otherwise).

    A gazette's record row scanned (made up; draw12/2652's and 2654's, draw11/2436's shape) is
    read by the text's row reader (record.py) when its quotes are where they were: OCR loses
    some ("'Quyết định của UBND tỉnh, NULL,", "... Hậu' 'Cho phép ..."), and the values ran
    into each other. A value ends at its quote, or at its comma before a quoted value or NULL,
    or at ")," where no bracket was opened (its quote read so). Unsure words are `UNSURE` (a
    trích yếu with one is left to fill); a day read unsurely is no day, and no later day stands
    in for it. An unsure or misshapen number is `_unread_opening`'s; two rows are a list."""
    text = [x for x in lines if x.strip()]
    words = [w for x in text for w in x.split()]
    opening = _ROW_OPENING.fullmatch(words[0]) if words else None
    if opening is None or any(_plain(x).startswith(("('", "(‘")) for x in text[1:]):
        return None
    number = opening["number"].replace("⁄", "/")
    if words[0][:1] in {_MARK, _DOUBT} or _misread(number):
        return None
    values = [[number]]
    for prev, word in pairwise(words):
        value = _plain(" ".join(values[-1]))
        plain = _plain(word)
        opens = plain[:1] in _QUOTES_ROW or plain.rstrip(",.);") == "NULL"
        unclosed = value.count("(") < value.count(")")
        if (
            _VALUE_ENDS.search(_plain(prev))
            or (opens and _plain(prev)[-1:] in ",.")
            or (unclosed and re.search(r"\)[,.]?$", _plain(prev)))
        ):
            values.append([])
        values[-1].append(word)
    if len(values) < 4:
        return None
    return ["(" + ", ".join(_row_values(values)) + "),"]


# A static site's JSON record as OCR reads its lines: '"slug": "03-tb-hdnd-huyen-05-03-2020",',
# its key's quotes read as others or lost ("trich yeu" for "trich_yeu"), pairs glued on a line.
_JSON_OPENING = re.compile(r"---\s*json")
_JSON_PAIR = re.compile(r"[\"“”'‘’]?(?P<key>[a-z][a-z_ ]*?)[\"“”'‘’]?\s*[:;]\s*(?P<value>.*)$")
# The keys record.py reads (_RECORD_KEYS, _NUMBER_KEYS, _DAY_KEYS); a slug is one word.
_JSON_KEYS = {"slug", "title", "description", "trich_yeu", "so_hieu", "so_ky_hieu", "so"}
_JSON_KEYS |= {"ngay_ban_hanh"}
_JSON_QUOTES = '"“”'


def _json_record(lines: list[str]) -> list[str] | None:
    """A page that is a static site's JSON record ("---json" / "{" ... "}" / "---"), as the text
    writes it, so that the text's reader (record.py) reads it (None for another page).

    OCR read the record's quotes as others or lost them, glued pairs on a line and read the
    brackets unsurely (made up; draw13/2856's and draw12/2669's shape as scans): no JSON, every
    field was left to fill. The pairs of the keys the reader reads are put back, each from a
    line's start, its value whole and sure or not at all: a slug (the number's parts and its
    day) with a word read unsurely or by one reading only gives no number; a title with an
    unsure word or without its closing quote on its line (its tail wrapped or lost), no trích
    yếu. The lines after the record's closing "---" follow it."""
    import json

    text = [(i, x) for i, x in enumerate(lines) if x.strip()]
    if not text or not _JSON_OPENING.fullmatch(_plain(text[0][1])):
        return None
    end = next((i for i, x in text[1:] if _plain(x) == "---"), len(lines))
    record: dict[str, str] = {}
    for line in lines[text[0][0] + 1 : end]:
        pair = _JSON_PAIR.match(_plain(line))
        key = "_".join(pair["key"].split()) if pair else ""
        if pair is None or key not in _JSON_KEYS or key in record:
            continue
        value = _json_value(line, key)
        if value:
            record[key] = value
    return ["---json", json.dumps(record, ensure_ascii=False), "---", *lines[end + 1 :]]


def _json_value(line: str, key: str) -> str:
    """A record's value as its line holds it (see `_json_record`): a slug its first word, ""
    where it is unsure; another value to its closing quote at the line's end, its unsure words
    `UNSURE`, and one more where the quote is not there (its tail wrapped or lost)."""
    colon = re.search(r"[:;]", line)
    raw = line[colon.end() :].strip() if colon else ""
    if not raw or _plain(raw)[:1] not in _JSON_QUOTES:
        return ""
    if key == "slug":  # (a word after it on the line, another pair's, may be unsure)
        slug = re.match(r"[\"“”](?P<slug>\d+-?(?P<code>[a-z]+)[a-z0-9-]*)(?=[\"“”'‘’])", raw)
        return slug["slug"] if slug and not _misread_code(slug["code"]) else ""
    # (a quote alone read unsurely, '¿""' for an empty value, is read: no field's word)
    words = [
        UNSURE if w[:1] in {_MARK, _DOUBT} and re.search(r"\w", w) else _plain(w)
        for w in raw.split()
    ]
    value = " ".join(words)
    # its closing quote, then a comma or specks ('""\'' for "")
    closed = re.fullmatch(r".(?P<value>[^\"“”]*)[\"“”]\W*", value)
    if closed or not re.search(r"\w", value):
        return closed["value"].strip() if closed else ""
    return f"{value[1:]} {UNSURE}"


# Letters the models read for each other in small letters: "05ng-hdnd" for "05nq-hdnd".
_LOOKALIKES = {"g": "q", "q": "g", "l": "i", "i": "l", "c": "e", "e": "c", "u": "v", "v": "u"}


def _misread_code(code: str) -> bool:
    """A slug's first code that is no type's code where one look-alike letter makes it one
    ("ng" for "nq"; made up, draw11/2410's shape as a scan: read surely, it gave the number
    05/NG-HĐND, a wrong one): the type's code misread, the number unsure."""
    from bangtin.core.numbers import canonical_type_code

    if canonical_type_code(code):
        return False
    swaps = (
        code[:k] + _LOOKALIKES[c] + code[k + 1 :] for k, c in enumerate(code) if c in _LOOKALIKES
    )
    return any(canonical_type_code(x) for x in swaps)


def _misread(number: str) -> bool:
    """A row's first value that is no number as read ("612QĐ-UBND": its slash lost)."""
    from bangtin.core.numbers import parse_number

    number = number.replace("⁄", "/")
    return _number_line(f"Số: {number}") != [f"Số: {number}"] or parse_number(number) is None


def _row_values(values: list[list[str]]) -> list[str]:
    """The row's values as SQL writes them, quoted (see `_data_row`)."""
    out: list[str] = []
    lost_day = False
    for words in values:
        read = _row_value([_plain(w) for w in words])
        if read == "NULL":
            out.append(read)
            continue
        # An unsure word is UNSURE, but in an address (no field is read from one).
        sure = [
            UNSURE if w[:1] in {_MARK, _DOUBT} and not re.search(r"://|\\", w) else _plain(w)
            for w in words
        ]
        value = _row_value(sure)
        if _DAY_SHAPE.fullmatch(read) and (UNSURE in value or lost_day):
            lost_day, value = True, UNSURE
        out.append("'" + _foreign_unsure(value).replace("'", "''") + "'")
    return out


def _row_value(words: list[str]) -> str:
    """A value's words without its quotes, its comma, and a quote read as a bracket."""
    value = " ".join(words).strip(" ,.;").strip(_QUOTES_ROW + "(")
    if value.count(")") > value.count("("):
        value = value.rstrip(" ,.;)").rstrip(_QUOTES_ROW)
    return value.rstrip(" ,.;").strip(_QUOTES_ROW)


# The number alone at a line's start, its serial and its code's capitals after a slash or a dash.
_NUMBER_START = re.compile(rf"^[{_MARK}{_DOUBT}]?\d+\s*[/-]\s*\S*[A-ZĐ]")


def _label_over_number(lines: list[str]) -> list[str]:
    """The label "Số:" alone on its line and the number alone on the next (a header table's
    cells as a Markdown copy writes them, made up; draw12/2687's shape as a scan) are one number
    line. The label alone was taken for a rule's speck and the number under it for running
    text, so an unsure number gave no unread number line, and the subject's "... NGHỊ QUYẾT SỐ
    09/2022/NQ-HĐND NGÀY 14 THÁNG 7 NĂM 2022 ...", the resolution it amends, was given as the
    page's own number and date."""
    out = list(lines)
    for i, (line, below) in enumerate(pairwise(lines)):
        label = _plain(line)
        if _LABEL.fullmatch(label) and label.endswith(":") and _NUMBER_START.match(below.strip()):
            out[i], out[i + 1] = f"{line.strip()} {below.strip()}", ""
    return out


# A label before a day ("• Hạn chót: Ngày 15 tháng 9 năm 2023", "Thời gian: ngày ..."; made up,
# draw11/2383's shape as a scan): a word in small letters and the colon. A place is a name, each
# word capitalised ("Bà Rịa - Vũng Tàu, ngày ..."), and never ends in a colon; cut as one, the
# unsure bullet dropped the label and left the day alone, taken for the document's date.
_LABELLED = re.compile(r"(?<![^\W\d_])[a-zđà-ỹ][^\W\d_]*\s*:\s*$")


def _place_and_date(line: str) -> re.Match[str] | None:
    """Where the date begins on a line of a place and date: a short line with "ngày ... tháng
    ... năm", no label before it (`_LABELLED`)."""
    day = _DATE_WORDS.search(line)
    if day and len(line.split()) <= 12 and not _LABELLED.search(_plain(line[: day.start()])):
        return day
    return None


# Two stars or more at a word's edge: Markdown's bold marks printed with the page.
_BOLD = re.compile(r"(?<=[^\W\d_])\*{2,}|\*{2,}(?=[^\W\d_])")


def _bold_marks(line: str) -> str:
    """A subject's line without the bold marks glued to its words ("... tỉnh An** Giang **năm
    2025", a Markdown page printed with them; made up, draw11/2425's shape as a scan, given in
    the subject): markup, no letters. A row of stars apart ("***") stays. Only the subject's:
    elsewhere the field rules read a one-line page's parts by them (draw9/1965, tried)."""
    return _BOLD.sub("", line)


def _unmarked(line: str) -> str:
    """A line written without the language's marks (a download site's slug as the whole text:
    "sua doi nghi quyet 55 2010 qh12 ve mien giam thue ..."; made up, draw10/2217's, 2232's and
    2245's shape as scans, each given with one word marked: "nghỉ", "tỉnh", "chục") with its
    one or two marked words in ten plain: the marks are OCR's, dropped. Vietnamese written with
    its marks has most of its words marked."""
    words = line.split(" ")
    lettered = [w for w in words if any(c.isalpha() for c in w)]
    marked = [w for w in lettered if _fold(_plain(w)) != _plain(w) or "đ" in w.casefold()]
    if len(lettered) < 8 or not marked or 10 * len(marked) > len(lettered):
        return line
    return " ".join(_fold(w) if w in marked else w for w in words)


def _above_v_v(lines: list[str], i: int) -> bool:
    """Right above a "V/v ..." line: where a copy without a type's heading has its subject
    (1635 of the seventh draw as a scan: an unsure "PP" there was given as its first word)."""
    return i + 1 < len(lines) and bool(V_V.match(_plain(lines[i + 1])))


def _under_motto(lines: list[str], i: int) -> bool:
    """Right under "Độc lập - Tự do - Hạnh phúc", where the motto's rule is (made up;
    draw10/2266's shape: the rule read unsurely as "~. ky" and given as the subject of a
    resolution without its type's heading)."""
    above = next((x for x in reversed(lines[max(0, i - 2) : i]) if x.strip()), "")
    return bool(_MOTTO_LINE.match(_plain(above)))


# Signs no Vietnamese text writes inside a word: a damaged page's garbled symbols as OCR read them.
_JUNK = re.compile(r"[#§@*+%&=<>{}\[\]^~\\|$¬®©]")


def _specks_after_stop(line: str) -> str:
    """A subject's line without the unsure "words" of signs no text has read after its full stop
    ('Về việc đánh giá, xếp loại đoàn viên. L"# §968'1()*+,%', made up; 1531 of the seventh
    draw's shape: a damaged page's symbols beside the subject made it unsure). Each must be
    unsure and hold such a sign; an unsure word of letters stays (the subject is left to fill)."""
    words = line.split(" ")
    stops = [k for k, w in enumerate(words) if w.endswith(".")]
    tail = words[stops[-1] + 1 :] if stops else []
    if not tail or not all(w.startswith(_MARK) and _JUNK.search(w) for w in tail if w):
        return line
    return " ".join(words[: stops[-1] + 1])


def _one_word_header(lines: list[str]) -> bool:
    """Issuer's lines of one word in all: no issuer is named in one word ("BỘ Y TẾ", "HỘI
    NÔNG DÂN"; none of the corpus's keys), so OCR lost the rest of the name ("PHÁP" for "BỘ TƯ
    PHÁP", 1845 of the eighth draw as a scan: the top line of a page it did not read)."""
    words = [w for x in lines if _issuer_line(x) for w in _plain(x).split()]
    return len(words) == 1


def _header_piece(lines: list[str], i: int) -> bool:
    """A line of an unsure header: an issuer's line, or one in capitals with an unsure word
    and no piece of a motto in it, however long OCR made it ("CÁC DẪN TỘC THIẾU SỐ VIỆT NĂM. --
    CŨ" for "CÁC DÂN TỘC THIỂU SỐ VIỆT NAM", 1889 of the eighth draw as a scan: nine words, no
    issuer's line, it stayed when the lines around it were left out, and was given as the
    header); or "VIỆT NAM" right under an issuer's line, its tail ("TỔNG LIÊN ĐOÀN LAO ĐỘNG" /
    "VIỆT NAM", made up; 305 of the unseen part as a scan gave "VIỆT NAM" alone as the header)."""
    line = lines[i]
    if _issuer_line(line):
        return True
    if i and re.fullmatch(r"\W*VI[ỆE]T\s+NAM\W*", _plain(line)) and _issuer_line(lines[i - 1]):
        return True
    plain = line.replace(_MARK, "")
    return _unsure_words(line) and is_caps(plain) and not _MOTTO_WORDS.search(plain)


def _unsure_words(line: str) -> bool:
    """An unsure word other than a row of stars or a table's bar. Those, beside the issuer ("BỘ
    Y TẾ *** |", 1648 of the seventh draw as a scan: `_shape_marks` marks such signs whatever
    the confidence), hold no piece of it: the header they made unsure was left out, and the
    body's cited circular was taken for the number. A dash is no such sign: glued before the
    issuer's words ("- GIÁO DỤC VÀ ĐÀO TẠO") it makes a list item of them."""
    return any(w.startswith(_MARK) and set(w[1:]) - _ORNAMENT for w in line.split())


_ORNAMENT = set("*|")


def _garbled(line: str) -> bool:
    """A line OCR could not read, among the issuer's lines: most of its words unsure, two of them
    with letters ("N. 1b j4 —.-‹-.—~" for "BAN TỔ CHỨC", 1215 of the sixth draw;
    "TINH CÁ MAD: Có cô li CC" for "TỈNH CÀ MAU", 1487). The header it stands in is left to
    fill, not given without that line. A rule or a row of stars read as signs has no two such
    words ("x+wx*x%*%*%"), nor a speck read as figures ("` 3 3")."""
    words = line.split()
    unsure = [w for w in words if w.startswith(_MARK)]
    legible = [w for w in unsure if any(c.isalpha() for c in w[1:])]
    return len(unsure) * 2 > len(words) and len(legible) >= 2


# The Party's motto cut in two: "ĐẢNG" / "CỘNG SẢN VIỆT NAM".
_PARTY_HEAD = re.compile(r"\W*Đ[ẢẲA]NG\W*")
_PARTY_TAIL = re.compile(r"\W*C[ỘOÔ]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM\W*")


def _orphan_party_motto(lines: list[str], out: list[str], i: int) -> bool:
    """A piece of a motto without its other half beside it: "CỘNG SẢN VIỆT NAM" where
    the line above was left out (1582 of the seventh draw as a scan: the issuer and "ĐẢNG" were
    unsure), "ĐẢNG" where OCR lost the words under it (1526). The layout rules know the motto
    by its halves together; a half alone was given as the header. No issuer's line is either."""
    plain = _plain(lines[i])
    if _PARTY_HEAD.fullmatch(plain):
        below = next((_plain(x) for x in lines[i + 1 : i + 4] if x.strip()), "")
        return not re.match(r"\W*C[ỘOÔ]NG\s+S[ẢA]N", below)
    if _PARTY_TAIL.fullmatch(plain):
        above = next((_plain(x) for x in reversed(out[-3:]) if x.strip()), "")
        return not (len(above.split()) == 1 and is_caps(above))
    # "VIỆT NAM" first on the page (1581: OCR lost "BAN BÍ THƯ" and "ĐẢNG CỘNG SẢN" above it):
    # the tail of a motto or of an issuer's name ("TỔNG LIÊN ĐOÀN LAO ĐỘNG" / "VIỆT NAM") whose
    # head was lost, no header either way.
    return bool(re.fullmatch(r"\W*VI[ỆE]T\s+NAM\W*", plain)) and not any(x.strip() for x in out)


# A motto's tail on a line of its own: "NAM", "NGHĨA VIỆT NAM", "CHỦ NGHĨA VIỆT NAM".
_MOTTO_END = re.compile(r"(?:(?:CH[ỦU]\s+)?NGH[ĨI]A\s+VI[ỆE]T\s+)?NAM")


# A line whose last word "NAM" ends: "... VIỆT" / "NAM", a province's "... TỈNH QUẢNG" / "NAM",
# "... HÀ" / "NAM" (made up; draw10/2281's shape as a scan: the header was left to fill).
_NAME_GOES_ON = re.compile(r"(?:VI[ỆE]T|QU[ẢA]NG|H[ÀA])\W*$")


def _lost_motto_head(lines: list[str], zone: int) -> bool:
    """A motto's tail among the issuer's lines whose head OCR lost ("BAN TỔ CHỨC" / "NAM", 1224
    of the sixth draw: "ĐẢNG CỘNG SẢN VIỆT" was not read; "NGHĨA VIỆT NAM" under "PHÁT TRIỂN
    NÔNG THÔN", 1626 of the seventh): the columns were not told apart, and the tail was given as
    a line of the header. The header is left to fill. "NAM" under a line ending in "VIỆT" is that
    line's end ("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT" / "NAM"; a province's too, `_NAME_GOES_ON`);
    `_mend_motto` has joined the ones under the motto's head."""
    above = ""
    for line in lines[:zone]:
        plain = _plain(line).strip(" -–.,:;|*")
        if _MOTTO_END.fullmatch(plain) and above and not _NAME_GOES_ON.search(above):
            return _issuer_line(above) and above != MOTTO
        if plain:
            above = plain
    return False


def _unsure_speck(line: str) -> bool:
    words = line.split()
    letters = sum(c.isalpha() for c in line)
    digits = any(c.isdigit() for c in line)
    unsure = all(w[:1] in {_MARK, _DOUBT} for w in words)
    return bool(words) and unsure and letters <= 2 and not digits and "/" not in line


def _header_lines(lines: list[str]) -> set[int]:
    """The issuer's lines: above the first number or date line with one in capitals over it."""
    zone = _header_end(lines, _number_lines(lines))
    return {i for i in range(zone) if _issuer_line(lines[i])}


# How far down a page the header may stand: under a legal site's record and notices (1559 of the
# seventh draw as a scan: its header on line 93), not in a long document's body.
_HEADER_REACH = 160


def _header_end(lines: list[str], numbers: set[int]) -> int:
    """Where the issuer's lines end: the first number or date line with a line in capitals a
    few lines above it, else the first one in the first 40 lines. Not a legal site's record
    above the document ("Số hiệu: 2970/TB-BHXH", 1317 of the sixth draw as a scan): taken for
    the header's end, it left the issuer's lines below it unchecked, and a misread one
    ("FIRROCHIMWNN" for "TP.HỒ CHÍ MINH") was given as the header's. Looked for in the first 40
    lines only, a header under a record and notices longer than that (1559 of the seventh draw)
    was never checked: its "TỔỐNG LIÊN" was given."""
    reach = lines[:_HEADER_REACH]
    ends = [i for i, x in enumerate(reach) if i in numbers or _DATE_WORDS.search(x)]
    under = (i for i in ends if any(_issuer_line(x) for x in lines[max(0, i - 6) : i]))
    first = next((i for i in ends if i < 40), 0)
    return next(under, first)


def _settle_doubts(line: str, *, subject: bool) -> str:
    """A word two readings disagree on is unsure in the subject's lines; elsewhere only when it
    is a numeral (`_numeral`): a number or an ordinal is a value, a word in running text is not
    (see `cross_check`)."""
    if _DOUBT not in line:
        return line
    words = line.split(" ")
    if len(words) > 1 and words[-1] in {_DOUBT + "-", _DOUBT + "–"}:
        # A dash at the line's end that one reading saw and the other did not is a speck
        # ("Số: 49/2015/QĐ-UBND -", 1474 of the sixth draw as a scan: the number did not
        # parse); a number cut after its dash in a narrow cell ("Số: 16 -" / "HD/BTCTW", 1078
        # of the fifth draw) is read so by both.
        line = " ".join(words[:-1])
    if len(words) > 2 and words[0] == _DOUBT + "-" and _issuer_line(" ".join(words[1:])):
        # ... and one before an issuer's line in capitals is a site's bullet ("• BAN CHẤP HÀNH
        # TRUNG ƯƠNG" read "- ..." by one reading, made up; draw9/1966's and 1951's shape as
        # scans: a list's dash, the header was lost), no list's dash.
        line = line.split(" ", 1)[1]
    if subject:
        return line.replace(_DOUBT, _MARK)
    return " ".join(
        _MARK + w[1:] if w.startswith(_DOUBT) and _numeral(w) else w.replace(_DOUBT, "")
        for w in line.split(" ")
    )


# The marks Vietnamese letters carry besides the tones: the breve (ă), the circumflex (â, ê, ô)
# and the horn (ơ, ư).
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}


def _foreign_unsure(line: str) -> str:
    """The line with each word that holds a letter no Vietnamese text writes `UNSURE` ("gtøt"
    for "gtgt" in a download site's slug; made up, draw10/2206's shape as a scan, given as the
    trích yếu): the letters are a to z and "đ" (and the Latin eth some pages type for it) under
    the tones, the breve, the circumflex and the horn; any other is OCR's. No key of the
    corpus holds one."""
    if all(c.isascii() for c in line):
        return line
    return " ".join(UNSURE if any(map(_foreign_letter, w)) else w for w in line.split(" "))


def _foreign_letter(c: str) -> bool:
    if not c.isalpha():
        return False
    decomposed = unicodedata.normalize("NFD", c.casefold())
    base, marks = decomposed[0], set(decomposed[1:])
    latin = "a" <= base <= "z" or base in "đð"
    return not latin or not marks <= _TONES | _LETTER_MARKS


def _unsure_numerals(line: str) -> str:
    """The line with its unsure numerals `UNSURE` (no value is given through them) and its other
    unsure words as Tesseract read them."""
    return _WORD.sub(lambda m: UNSURE if _numeral(m.group(0)) else m.group(0)[1:], line)


# A Roman numeral, as an ordinal is written ("Đại hội ... lần thứ XIII", "khoá XII"), and no
# Vietnamese word is: the models read "XIII" as "XI" and "III" as "II", sure of both.
_ROMAN = re.compile(r"[IVXLC]+")


def _numeral(word: str) -> bool:
    """A word that is a number: it has a digit ("189/CĐN", "2O78", "ngày5/1/2017"), or is a Roman
    numeral, or one OCR spoilt with a letter it has not ("khóa XIIH" for XIII, 1541 of the
    seventh draw: no word is three Roman letters and another, so a doubt on it is a numeral's).
    Not a blob of markup that holds a digit ('style="font-size:14px">Ng&agrave;y')."""
    core = _bare(word).strip(_AROUND)
    digits = re.search(r"\d", core) and not _MARKUP.search(core)
    return bool(digits or _ROMAN.fullmatch(core) or _SPOILT_ROMAN.fullmatch(core))


_SPOILT_ROMAN = re.compile(r"[IVXL]{3,}[A-HJKMNO-UW-Z]")


_MARKUP = re.compile(r"[<>=&;\"{}]")


_GLUED_RULE = re.compile(r"^(?P<text>.*?[^\W\d_]{2}.*?)\s*[-–—.~=_¬‹›]{4,}[-–—.~=_¬‹›\s]*$")


_DATE_CUT = re.compile(r"\bng\s?[àa]\s?y\b.*\bth\s?[áa]\s?ng\s+\S+\s*$", re.IGNORECASE)
_YEAR_LINE = re.compile(r"^\W*n\s?[ăa]\s?m\s+\S+\s*$", re.IGNORECASE)


def _witnessed(lines: list[str], subject: set[int], seen: _Phrases) -> list[str]:
    """The subject's lines with each word in capitals checked against the document's own
    running text, ``seen`` (`_phrases`).

    The readings of a subject in capitals agree or disagree most on a mark ("ĐỊA"/"ĐĨA",
    "TẦM"/"TÂM", all three "CHỒNG" for "CHỐNG"); the body, in small letters, writes the same
    phrases ("trên địa bàn", "phòng, chống thiên tai") and is read otherwise. The body's "chỉ"
    is no witness against "CHI": the model reads "chi" so in small letters (`_CHI`; "chế độ chỉ
    tiêu" under "CHẾ ĐỘ CHI TIÊU", 1530 of the seventh draw as a scan). A word whose
    neighbours stand beside it in the body is sure (a doubt is dropped). A word the body writes
    with other marks between the same two neighbours, and never as the subject has it, is
    doubted, and a doubted one is the body's word. The body's small letters are misread too
    ("để án" for "đề án"), so the body never overrules readings that agree. Without such a
    phrase in the body the word is left as read. A subject in small letters is read like the
    body, the same misreads in both ("thiếu nhỉ"): the body is no witness of it.
    """
    subject = {i for i in subject if i < len(lines)}  # a type line may be the last one
    spots = [(i, k) for i in sorted(subject) for k in range(len(lines[i].split(" ")))]
    words = {spot: lines[spot[0]].split(" ")[spot[1]] for spot in spots}
    tokens = [(spot, _reading(_bare(words[spot]))) for spot in spots]
    tokens = [(spot, t) for spot, t in tokens if t]
    for n, (spot, reading) in enumerate(tokens):
        word = words[spot]
        if not reading.isalpha() or not _bare(word).isupper():
            continue
        if word.startswith(_MARK):
            words[spot] = _confirmed(word, _votes(tokens, n, seen))
            continue
        if _numeral(word):
            # An ordinal is a value, and the body's figures are misread as the subject's are
            # ("LẦN THỨ XII" for "XIII" where the body reads "lần thứ XII" too, 1808 of the
            # eighth draw as a scan): no witness settles a doubt on it.
            continue
        votes = [v | {"chi"} if "chỉ" in v else v for v in _votes(tokens, n, seen)]
        tone = _tone_key(reading)
        if votes and all(tone in {_tone_key(b) for b in v} for v in votes):
            words[spot] = word.removeprefix(_DOUBT)
        elif votes and tone not in {_tone_key(b) for v in votes for b in v}:
            # One side is witness enough to doubt ("KIÊN TRÚC" where the body writes "kiến
            # trúc" only, 1471 of the sixth draw): the subject is left to fill; both sides to
            # mend a word the readings doubt already.
            body = set.intersection(*votes)
            if not word.startswith(_DOUBT):
                words[spot] = _DOUBT + word
            elif len(votes) == 2 and len(body) == 1:
                words[spot] = _as_cased(_bare(word), body.pop())
    out = list(lines)
    for i in subject:
        out[i] = " ".join(words[(i, k)] for k in range(len(lines[i].split(" "))))
    return out


_Phrases = dict[tuple[str, str], set[tuple[str, str]]]


def _confirmed(word: str, votes: list[set[str]]) -> str:
    """An unsure word of a subject in capitals, sure where the body writes it with the same
    marks on both sides (after the word before it, before the word after it) and never
    otherwise there ("CÁC ĐẢNG ĐOÀN" read unsurely, 1512 of the seventh draw as a scan: the
    subject was left to fill). One side is no witness: the body's small letters are misread
    too ("tỉnh ly" for "tỉnh lỵ", 1656)."""
    tone = _tone_key(_reading(_bare(word)))
    if len(votes) == 2 and all({_tone_key(b) for b in v} == {tone} for v in votes):
        return _bare(word)
    # Written otherwise, as one word on both sides ("TỈNH LÂM ĐÔNG ĐẾN" read unsurely where the
    # body writes "tỉnh Lâm Đồng đến", 1637 of the seventh draw's shape): the body's word, as a
    # doubted word is mended.
    body = set.intersection(*votes) if len(votes) == 2 else set()
    if len(body) == 1 and all(len({_tone_key(b) for b in v}) == 1 for v in votes):
        return _as_cased(_bare(word), body.pop())
    return word


def _votes(tokens: list[tuple[tuple[int, int], str]], n: int, seen: _Phrases) -> list[set[str]]:
    """How the running text writes the ``n``-th word between its neighbours: the words it has
    after the one before, and before the one after (each side that it has)."""
    reading = tokens[n][1]
    votes: list[set[str]] = []
    if n:
        votes.append({b for a, b in seen.get((_fold(tokens[n - 1][1]), _fold(reading)), ())})
    if n + 1 < len(tokens):
        votes.append({a for a, b in seen.get((_fold(reading), _fold(tokens[n + 1][1])), ())})
    return [v for v in votes if v]


def _witnessed_header(lines: list[str], header: set[int], seen: _Phrases) -> list[str]:
    """The issuer's lines with a word the running text contradicts on both sides mended or
    unsure: "TỈNH HUNG YÊN" (both readings lost the horn) where the body writes "tỉnh Hưng Yên"
    and never "hung" is "TỈNH HƯNG YÊN"; where the body writes the place two ways the word is
    unsure, and the header is left for the editor (`guard`). A word the readings disagree on
    needs the body on one side only ("Hưng Yên, ngày ..."). A name the body does not write
    beside the same neighbours is left as read."""
    out = list(lines)
    for i in sorted(header):
        words = lines[i].split(" ")
        tokens = [((i, k), _reading(_bare(w))) for k, w in enumerate(words)]
        tokens = [(spot, t) for spot, t in tokens if t]
        for n, (spot, reading) in enumerate(tokens):
            word = words[spot[1]]
            if word.startswith(_MARK) or not reading.isalpha() or not _bare(word).isupper():
                continue
            votes = _votes(tokens, n, seen)
            if not votes or _tone_key(reading) in {_tone_key(b) for v in votes for b in v}:
                continue
            body = set.intersection(*votes)
            if len(votes) == 2 or word.startswith(_DOUBT):
                # One side of the body is witness enough where the readings disagree already
                # ("TỈNH HUNG YÊN" over "Hưng Yên, ngày ...": the body's "tỉnh" is a heading's).
                words[spot[1]] = (
                    _as_cased(_bare(word), body.pop()) if len(body) == 1 else _MARK + word
                )
        out[i] = " ".join(words)
    return out


def _phrases(lines: list[str], subject: set[int]) -> _Phrases:
    """Every two words side by side in the document's running text, as `_reading` gives them,
    by their letters without marks: the lines outside ``subject`` not in capitals (a line in
    capitals, a heading or the header, is read as the subject is, and would witness itself)."""
    seen: _Phrases = {}
    stream: list[str] = []
    for i, line in enumerate([*lines, ""]):
        if i in subject or i == len(lines) or is_caps(_plain(line)):
            for pair in pairwise(stream):
                seen.setdefault((_fold(pair[0]), _fold(pair[1])), set()).add(pair)
            stream = []
            continue
        stream.extend(t for w in _plain(line).split() if (t := _reading(w)))
    return seen


# Vietnamese tone marks (grave, acute, hook, tilde, dot below); the other marks (â, ă, ơ ...)
# make other letters.
_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}


def _tone_key(word: str) -> tuple[str, str]:
    """The word's letters and its tone apart: "uỷ" and "ủy", "hoà" and "hòa" (the old and the
    new place of the tone) are one word."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = "".join(sorted(c for c in decomposed if c in _TONES))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES)), tones


def _fold(word: str) -> str:
    """The word's letters without their marks ("đ" kept apart: "địa" -> "đia")."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _as_cased(original: str, word: str) -> str:
    """``word`` (folded to small letters) in the case of ``original``, its punctuation kept."""
    core = original.strip(_AROUND)
    at = original.find(core)
    if core.isupper():
        word = word.upper()
    elif core[:1].isupper():
        word = word[:1].upper() + word[1:]
    return original[:at] + word + original[at + len(core) :]


def _join_cut_dates(lines: list[str]) -> list[str]:
    """The date line OCR cut before its year in a narrow right-hand column ("Sơn La, ngày 11
    tháng 3" / "năm 2020") as one line, as the layout rules read a date (and the place with
    it: 'La' alone was taken for the place)."""
    out: list[str] = []
    for line in lines:
        above = _plain(out[-1]) if out else ""
        cut = _DATE_CUT.search(above) and not _DATE_WORDS.search(above)
        if cut and _YEAR_LINE.match(_plain(line)):
            out[-1] = f"{out[-1]} {line.strip()}"
            continue
        out.append(line)
    return join_cut_places(out)


# The date line's place cut after its first word or two: "Nội, ngày ...", "Chí Minh, ngày ...".
_PLACE_TAIL = re.compile(r"^\s*(?:[A-ZĐÀ-Ỹ][^\W\d_]*\s+)?[A-ZĐÀ-Ỹ][^\W\d_]*\s*,\s*ng\s?[àa]\s?y\b")
# The words in small letters a place's name holds before its proper name: "Thành phố Hồ" /
# "Chí Minh", "Thị xã Phú" / "Mỹ".
_PLACE_SMALL = {"phố", "xã", "trấn"}


def join_cut_places(lines: list[str]) -> list[str]:
    """A place's first words cut onto their own line in a narrow cell, blank lines between them
    and the date line ("Hà" / "" / "Nội, ngày 25 tháng 11 năm 1999", 1512 and 1526 of the
    seventh draw as scans, 1526 as a PDF too; "*Thành phố Hồ" / "" / "Chí Minh, ngày ...*", a
    Markdown copy's italic cell, made up, draw12/2679's shape as a scan): as one line, else the
    layout rules took "Nội", "Chí Minh" for the place. The words are sure, one to three, the
    first and last capitalised (a name goes on), no issuer's line in capitals; the date line
    opens with the place's other words (one or two) and its comma."""
    out = list(lines)
    for i, line in enumerate(lines):
        if not _place_piece(line):
            continue
        j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].strip()), None)
        tail = _plain(lines[j]) if j is not None else ""
        # (the class À-Ỹ holds small letters too: the tail opens with a capital)
        if j is None or j == i + 1 or not _PLACE_TAIL.match(tail) or not tail[:1].isupper():
            continue
        # A tail of two words is a whole place ("Hà Nội, ngày ...") unless the piece is a name's
        # first words ("Thành phố Hồ" / "Chí Minh"): a lone word over it ("Về", a title's first
        # word under the motto) is no part of the place.
        if len(tail.split(",")[0].split()) < 2 or len(line.lstrip("*_").split()) >= 2:
            out[j], out[i] = f"{line.strip()} {lines[j].strip()}", ""
    return out


def _place_piece(line: str) -> bool:
    """A place's first words alone on a line (see `join_cut_places`)."""
    words = line.lstrip("*_").split()
    if not 1 <= len(words) <= 3 or is_caps(line) or _MARK in line or _DOUBT in line:
        return False
    named = [w[:1].isupper() for w in words]
    small = all(w in _PLACE_SMALL for w, up in zip(words, named, strict=True) if not up)
    return all(w.isalpha() for w in words) and named[0] and named[-1] and small


def _mend_signs(line: str) -> str:
    """A lone "~" as the dash it is, a lone "|" dropped: no Vietnamese text writes either as a
    word, and Tesseract's models read a dash as "~" (the en dash of "2023 – 2025", a list's
    "-") and a speck or a table's rule as "|", sure of both. A lone "¡" is the letter "i" (no
    text writes the sign; "Hà N ¡" for a copy's "Hà N i" that lost a letter, 1568, 1602 and
    1671 of the seventh draw as scans: a wrong place)."""
    words = line.split(" ")
    mended = [
        "-" if _bare(w) == "~" else w.replace("¡", "i") if _bare(w).rstrip(",.;:") == "¡" else w
        for w in words
        if _bare(w) != "|"
    ]
    line = " ".join(mended).rstrip() if mended != words else line
    return _DATED_NUMBER.sub(r"\1,", line)


# A number's code, then ";" before "ngày" and a day: the comma every citation writes there,
# read as a semicolon ("Chỉ thị số 36-CT/TƯ; ngày 30.5.2014 của Bộ Chính trị", 1201 of the sixth
# draw as a scan: the number was not read with its date and issuer, and "TƯ" stayed as written).
_DATED_NUMBER = re.compile(r"(\d[\w.]*[-/][\w./-]*\w);(?=\s+ngày\s+\d)")


# "Hồ Chí Minh" (the Đoàn's, the Đội's, the city's name) read "Hổ", "Hỗ", "Hố" by both models at
# 90 % and more: 11 of 400 readings of it in the corpus's scans. No other word stands there.
_HO = re.compile(r"\b(?:(H)[ổỗốỏ]|(H)[ỔỖỐỎ])(?=\s+(?:Chí\s+Minh|CHÍ\s+MINH)\b)")


# "chi bộ", "chi đoàn", "chi đội", "chi hội" (a Party cell, a Youth Union branch, a Pioneer
# squad, an association's branch) read "chỉ" by the Vietnamese model, sure of it or doubted: six
# wrong subjects of the corpus's third draw. The corpus's texts write "chi" before these words
# 190 times and "chỉ" never, but in a word of two ("chỉ bộ phận", "chỉ đoàn kết"), kept.
_CHI = re.compile(
    rf"(?<!\w)[{_MARK}{_DOUBT}]?(?:(C)[hH]|(c)h)(?:ỉ|Ỉ)(?=\s+(?i:bộ|đoàn|đội|hội)(?!\w)"
    r"(?!\s+(?i:phận|đội|máy|trưởng|ngành|môn|kết|ngũ|viên|đủ|tụ|nhập|họp)(?!\w)))"
)


# "Đảng" read "Đẳng" by both models, sure of it (a header's "ĐẲNG BỘ HUYỆN", a Kính gửi's
# "đẳng ủy"): "đẳng" is a word of "bình đẳng", "cao đẳng", never one before "ủy", "bộ", "viên"
# or "Cộng sản" but after "cao", "bình", "đồng" (the corpus's texts write "đảng" there every
# time, "đẳng" never).
_DANG = re.compile(
    rf"(?<!\w)(?<!(?i:cao)\s)(?<!(?i:bình|đồng)\s)[{_MARK}{_DOUBT}]?(?:(Đ)ẳng|(đ)ẳng|ĐẲNG)(?=\s+(?i:ủy|uỷ|bộ|viên|cộng\s+sản)(?!\w))"
)


# "Đề cương" (an outline, a document type) read "Để cương", doubted or not: the lead of 369 ("...
# ban hành Để cương tuyên truyền ...") then named no type, and the page took a cited guide's
# date for its own. "để" ("so as to") comes before "cương" only in "để cương quyết", "để cương
# lĩnh", "để cương vị".
_DE_CUONG = re.compile(
    rf"(?<!\w)[{_MARK}{_DOUBT}]?(?:(Đ)ể|(đ)ể|ĐỂ)(?=\s+(?:cương|CƯƠNG)(?!\w)"
    r"(?!\s+(?i:quyết|lĩnh|vị)(?!\w)))"
)


# "chủ đề" (a theme: "với chủ đề “...”", "chủ đề năm") read "chủ để", sure of it: the lead of 1334
# of the sixth draw then ran on past its trích yếu into the theme. No text of the corpus writes
# "chủ để"; "làm chủ để ..." ("to be master so as to") is kept.
_CHU_DE = re.compile(
    rf"(?<!làm )(?<!Làm )(?<!LÀM )(?<!\w)(chủ|Chủ|CHỦ)\s+[{_MARK}{_DOUBT}]?(để|ĐỂ)(?!\w)"
)


# "Ủy ban" read "Uy ban" (425's Kính gửi: the mark over a capital lost): "uy" is a word of "uy
# tín", "uy quyền", never one before "ban" (the corpus's texts write "Ủy ban"/"Uỷ ban" there).
_UY_BAN = re.compile(rf"(?<!\w)[{_MARK}{_DOUBT}]?(?:(U)y|UY)(?=\s+(?:ban|BAN)(?!\w))")


# Words of the administration read with a mark they never have where they stand, sure of it:
# "chi tiết", "chi trả" read "chỉ" (made up: "quy định chỉ tiết", "mức chỉ trả"; 447 and 430 of
# the unseen part, 1628 of the seventh draw as scans), "hồ sơ" read "hồ sợ" (1960 of the ninth),
# "đề án" after the verb that carries it out read "để án" (431 of the unseen), "Đảng" after "của"
# read "đẳng" (1568 of the seventh): a wrong subject each. "chỉ tiết kiệm" ("only saves"), "chỉ
# trả lời", "để án được xét xử" ("so that the case ..."), "của đẳng cấp" stay. The corpus's texts
# write "chi tiết" 120 times, "chỉ tiết" never; "chi trả" 7, "chỉ trả" never.
_CHI_TIET = re.compile(
    rf"(?<!\w)[{_MARK}{_DOUBT}]?(?:(C)[hH]|(c)h)(?:ỉ|Ỉ)(?=\s+(?i:tiết|trả)(?!\w)"
    r"(?!\s+(?i:kiệm|lời)(?!\w)))"
)
_HO_SO = re.compile(rf"(?<=(?<!\w)(?i:hồ)\s)[{_MARK}{_DOUBT}]?(?:(s)ợ|(S)ợ|SỢ)(?!\w)")
_DE_AN = re.compile(
    rf"(?<!\w)((?i:thực\s+hiện|triển\s+khai|xây\s+dựng|phê\s+duyệt)\s+)[{_MARK}{_DOUBT}]?"
    r"(?:(đ)ể|(Đ)ể|ĐỂ)(?=\s+(?i:án)(?!\w))"
)
_OF_DANG = re.compile(
    rf"(?<=(?<!\w)(?i:của)\s)[{_MARK}{_DOUBT}]?(?:(đ)ẳng|(Đ)ẳng|ĐẲNG)(?!\w)(?!\s+(?i:cấp)(?!\w))"
)


# "Trung ương" read "Trung tương" ("trực thuộc Trung tương", 1679 of the seventh draw as a
# scan: a wrong Kính gửi); no phrase writes "trung tương" ("Trung tướng", a rank, has its tone).
_TRUNG_UONG = re.compile(rf"(?<=(?<!\w)(?:Trung|TRUNG)\s)[{_MARK}{_DOUBT}]?(?:(t)ương|TƯƠNG)(?!\w)")


# "chi" (spending) after the nouns that carry it read "chỉ", sure of it: "mức chỉ tiền thưởng",
# "chế độ chỉ tổ chức đại hội" (made up; draw10/2157's and 2158's shape: a wrong subject each;
# "chế độ chỉ tiêu", 1530 of the seventh draw), or "chị" ("MỨC CHỊ,", 2278). The corpus's
# texts write "mức chi", "chế độ chi", "thu, chi", "khoản chi" 80 times, "chỉ" there never;
# "chỉ" ("only", "to point") after them stays where the next word makes it so ("mức chỉ
# đạo", "chế độ chỉ được áp dụng").
_SPENDING = re.compile(
    rf"(?<!\w)((?i:mức|chế\s+độ|khoản|thu(?:\s*[,–-])?)\s+)[{_MARK}{_DOUBT}]?((?:C[hH]|ch)(?:ỉ|Ỉ|ị|Ị))"
    r"(?!\w)(?!\s+(?i:đạo|được|số|huy|thị|định|có|là|riêng|cần|còn|mới|áp|ra|rõ|dẫn|cho)(?!\w))"
)


# A year of the sixty-year cycle with its branch read "Ty", the dot below lost ("Tết Nguyên
# đán Ất Ty 2025", made up; draw10/2111's shape: a wrong subject): the cycle pairs a yin stem
# (Ất, Đinh, Kỷ, Tân, Quý) with "Tỵ" only, a yang one with "Tý" only. "công ty" stays.
_BRANCH = re.compile(
    r"(?<!\w)((?i:(giáp|bính|mậu|canh|nhâm)|ất|đinh|kỷ|kỉ|tân|quý|quí)\s+)(?:(Ty)|TY)(?!\w)"
)


def _branch(m: re.Match[str]) -> str:
    yang = m[2] is not None
    return m[1] + (("Tý" if yang else "Tỵ") if m[3] else ("TÝ" if yang else "TỴ"))


def _fix_words(line: str) -> str:
    """The words of `_CHI_TIET`, `_SPENDING`, `_BRANCH`, `_HO_SO`, `_DE_AN`, `_OF_DANG`,
    `_TRUNG_UONG` mended, in their case."""
    line = _TRUNG_UONG.sub(lambda m: "ương" if m[1] else "ƯƠNG", line)
    line = _SPENDING.sub(lambda m: m[1] + _chi(m[2]), line)
    line = _BRANCH.sub(_branch, line)
    line = _CHI_TIET.sub(lambda m: _chi(m[0]), line)
    line = _HO_SO.sub(lambda m: "sơ" if m[1] else "Sơ" if m[2] else "SƠ", line)
    line = _DE_AN.sub(lambda m: m[1] + ("đề" if m[2] else "Đề" if m[3] else "ĐỀ"), line)
    return _OF_DANG.sub(lambda m: "đảng" if m[1] else "Đảng" if m[2] else "ĐẢNG", line)


# "Đảng" the readings disagree on (one reads "Đẳng", as `_DANG` has it) where only the Party's
# name stands: after "của" or "Trung ương", before "ủy", "bộ", "viên", "đoàn", "Cộng sản" (made
# up; draw10/2160's shape: "... CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG VỀ ..." doubted twice, the
# subject left to fill). Its doubt is dropped; elsewhere ("ĐẢNG KÝ") it stays.
_SURE_DANG = re.compile(
    rf"(?:(?<=(?<!\w)(?i:của)\s)|(?<=(?<!\w)(?i:ương)\s)){_DOUBT}(?=(?:Đảng|đảng|ĐẢNG)(?!\w))"
    rf"|{_DOUBT}(?=(?:Đảng|đảng|ĐẢNG)\s+(?i:ủy|uỷ|bộ|viên|đoàn|cộng\s+sản)(?!\w))"
)


def _fix_names(line: str) -> str:
    """The names of bodies and types the Vietnamese model misreads by a mark, mended (see
    `_CHI`, `_HO`, `_DANG`, `_DE_CUONG`, `_CHU_DE`, `_UY_BAN`, `_fix_words`), and the Party's
    name sure where nothing else stands (`_SURE_DANG`)."""
    line = _fix_words(_CHI.sub(lambda m: _chi(m[0]), line))
    line = _UY_BAN.sub(lambda m: "Ủy" if m[1] else "ỦY", line)
    line = _DE_CUONG.sub(lambda m: "Đề" if m[1] else "đề" if m[2] else "ĐỀ", line)
    line = _CHU_DE.sub(lambda m: f"{m[1]} {'ĐỀ' if m[2] == 'ĐỂ' else 'đề'}", line)
    line = _DANG.sub(lambda m: "Đảng" if m[1] else "đảng" if m[2] else "ĐẢNG", line)
    line = _SURE_DANG.sub("", line)
    return _HO.sub(lambda m: "Hồ" if m[1] else "HỒ", line)


# The commonest family names, by their letters without marks: a person's name on a line of its
# own opening with one of these letters but other marks ("Nguyên Hữu Nguyên", 468 of the unseen
# part as a scan) is a misread; no family name is written so.
# Family names whose letters without marks no other family name writes: "Ho Văn ..." for "Hồ Văn
# ..." (made up; draw11/2401's shape as a scan, a later page read by one model). Not "Lã" ("La"
# is a name too), "Lương" ("Lường"), "Trịnh" ("Trình").
_SURNAMES = {
    _fold(n).casefold(): n
    for n in ("Nguyễn", "Trần", "Phạm", "Huỳnh", "Bùi", "Ngô", "Hồ", "Lê", "Võ", "Vũ", "Hoàng")
}
_NAME_LINE = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]*\s+){1,4}[A-ZĐÀ-Ỹ][a-zđà-ỹ]*$")


def _doubt_surname(line: str) -> str:
    """A signer's name whose family name OCR read with a mark the name never has ("Nguyên"
    for "Nguyễn") with that word unsure: the name is left to fill, never given wrong."""
    plain = nfc(_plain(line).strip())
    if not _NAME_LINE.match(plain):
        return line
    first = plain.split()[0]
    name = _SURNAMES.get(_fold(first).casefold())
    if name is None or first == name:
        return line
    return _MARK + line.lstrip(f" {_DOUBT}{_MARK}")  # the name line opens with its family name


def _chi(word: str) -> str:
    word = word.lstrip(_MARK + _DOUBT)
    return "CHI" if word.isupper() else word[0] + "hi"


def _two_tones(line: str) -> str:
    """The line with each word that has two tone marks in one syllable's vowels marked unsure,
    however sure Tesseract was of it ("TỔỐNG CỤC", "ĐẲẢNG"): a Vietnamese syllable carries one
    tone, and a word with two is a mark read twice, not a word. Two syllables glued together
    ("VỀVIỆC") have a consonant between their tones and are left alone, and so is a line with
    more than one such word: OCR misreads a mark here and there, a line with many is a text
    written so (a copy scrambled by a spinner: "KẾT LỦẬN ... CỦÀ ... TRÌỂN KHÀÌ"), which the
    normaliser reads as it reads the same text typed."""
    words = line.split(" ")
    bad = [_bad_tones(w) and not w.startswith(_MARK) for w in words]
    if sum(bad) != 1:
        return line
    return " ".join(_MARK + w if b else w for w, b in zip(words, bad, strict=True))


_VOWELS = set("aăâeêioôơuưy")


def _bad_tones(word: str) -> bool:
    tones = 0
    for c in unicodedata.normalize("NFD", word.casefold()):
        if c in _TONES:
            tones += 1
            if tones > 1:
                return True
        elif not unicodedata.combining(c) and unicodedata.normalize("NFC", c) not in _VOWELS:
            tones = 0  # a consonant or a sign: the next syllable's vowels
    return False


# A stop or a comma alone before a line in capitals (made up: "CHI ĐOÀN TRƯỜNG THCS AN" /
# ". PHÚ"; 310 of the unseen part as a scan gave its header with ". THƯỢNG").
_LEAD_STOP = re.compile(rf"^[{_MARK}{_DOUBT}]?[.,'`]\s+(?=\S)")


def _lead_stop(line: str) -> str:
    """A line in capitals without the speck read as a stop before it: no heading, issuer's line
    or title opens with a lone stop (a list of ". . ." or a line in small letters keeps it)."""
    m = _LEAD_STOP.match(line)
    if m is None or not _caps_line(_plain(line[m.end() :])):
        return line
    return line[m.end() :]


def _bare(word: str) -> str:
    return word.lstrip(_MARK + _DOUBT)


def _drop_specks(line: str) -> str:
    """The line without its unsure "words" of signs no text has ("ˆ", "®", "¬"): specks of dust
    read as marks. An unsure dash, stop or bracket is kept (a list's dash, "./.")."""
    words = line.split(" ")
    kept = [w for w in words if not (w.startswith(_MARK) and _speck(w[1:]))]
    return " ".join(kept).rstrip() if len(kept) < len(words) else line


def _speck(word: str) -> bool:
    return bool(word) and not any(
        unicodedata.category(c) in _TEXT_CATEGORIES or c in _PUNCTUATION for c in word
    )


_TEXT_CATEGORIES = {"Lu", "Ll", "Lt", "Lo", "Nd"}
_PUNCTUATION = set("-–—.,;:()/\"'“”‘’?!%&*+…[]")


def _cut_rule(line: str) -> str:
    """A header line in capitals with the rule under it read onto its end ("VĂN PHÒNG" read
    "VÀNPHÒNG--....--.--.-..-"): the line without the rule, its words as sure as they were.
    Whole, it passed for a rule and the header lost a line without a sign."""
    m = _GLUED_RULE.match(line)
    # Not two letters and the rule ("PP..——", a speck over the date): no header line is so short.
    text = m["text"].replace(_MARK, "") if m else ""
    if m is None or not _caps_line(text) or sum(c.isalpha() for c in text) < 3:
        return line
    return m["text"]


def subject_lines(lines: list[str]) -> set[int]:
    """Where the subject (trích yếu) is: a "V/v ..." line and the lines under it in the header's
    left column, or the lines under the document's type ("KẾ HOẠCH", then the subject up to the
    first blank line), or a type line that carries it ("HƯỚNG DẪN VỀ ..."); the first of these.
    """
    for i, line in enumerate(lines[:80]):
        plain = _plain(line)
        if V_V.match(plain) or type_lead(plain):
            start = i
        elif doc_type_line(plain):
            start = i + 1
            while start < len(lines) and _beside_subject(lines[start]):
                start += 1
        else:
            continue
        return _subject_from(lines, start)
    return _under_the_date(lines)


def _under_the_date(lines: list[str]) -> set[int]:
    """A copy without the type's heading (a legal site's: 1658 of the seventh draw as a scan):
    the subject in capitals right under the first date line, past blanks; not a motto, an
    issuer's line or a number line."""
    date = next((i for i, x in enumerate(lines[:80]) if _DATE_WORDS.search(x)), None)
    if date is None:
        return set()
    start = date + 1
    while start < len(lines) and not _plain(lines[start]):
        start += 1
    plain = _plain(lines[start]) if start < len(lines) else ""
    if not is_caps(plain) or len(plain.split()) < 3 or is_motto(plain) or _issuer_line(plain):
        return set()
    if _NUMBER_LINE.match(plain) or _DATE_WORDS.search(plain):
        return set()
    return _subject_from(lines, start)


def _subject_from(lines: list[str], start: int) -> set[int]:
    """The subject's lines from ``start``: the lines under it up to a blank, the body's first
    paragraph, a Kính gửi, a date or number line (`subject_lines`)."""
    found = {start}
    caps = start < len(lines) and is_caps(_plain(lines[start]))  # a subject in capitals
    for j in range(start + 1, min(start + 6, len(lines))):
        below = _plain(lines[j])
        if not below or (is_caps(below) and not caps) or is_motto(below):
            break
        if len(below) > _PARAGRAPH or PARAGRAPH_OPENER.match(below):
            break  # the body's first paragraph, not blank-separated from the subject
        if KINH_GUI.match(below):
            break
        if _DATE_WORDS.search(below) or _NUMBER_LINE.match(below):
            break
        found.add(j)
    return found


# Longer than any line of a subject as OCR gives it: a paragraph of running text, joined.
_PARAGRAPH = 200


def _beside_subject(line: str) -> bool:
    """A line the reading order puts between a document's type and its subject: a blank, the
    right-hand column's motto ("ĐOÀN TNCS HỒ CHÍ MINH") or place and date, a speck read as an
    unsure word or two (the subject of 24, a Đoàn kế hoạch, was taken to be its motto)."""
    plain = _plain(line)
    words = line.split()
    # Not a word of the subject read unsurely ("QUY ĐỊNH" / "THỊ" / "HÀNH ĐIỀU LỆ ĐẢNG", 1406
    # of the sixth draw): taken for a speck, it was given as read, "THỊ HÀNH" for "THI HÀNH".
    speck = len(words) <= 2 and all(w.startswith(_MARK) and not _syllable(w) for w in words)
    return (
        not plain
        or speck
        or is_right_hand(plain)
        or bool(_DATE_WORDS.search(plain) or _NUMBER_LINE.match(plain))
        or _is_rule_noise(plain)
    )


def _plain(line: str) -> str:
    return line.replace(_MARK, "").replace(_DOUBT, "").strip()


def _shape_marks(line: str, *, subject: bool = False) -> str:
    """Mark the words of a title or name line that no title or name has, whatever the confidence.
    A subject's last line is as short and in capitals ('THUỘC TRUNG ƯƠNG"', made up; 1512 of the
    seventh draw's shape): the quotes at its words' edges are the subject's, no speck."""
    if not _short_caps_or_name(line.replace(_MARK, "")):
        return line
    line = _MIXED.sub(lambda m: _MARK + m.group(0), line)  # "T6" for "Tố"
    # "THƯ”", "®'": a sign no title or name carries is a misread speck.
    line = " ".join(
        _MARK + w
        if _STRAY.search(w.strip(_QUOTES) if subject else w) and not w.startswith(_MARK)
        else w
        for w in line.split()
    )
    if _is_name_shape(line.replace(_MARK, "")):
        # "Phạm Thị TÔ Loan": one word in capitals among capitalised ones is a misread.
        line = " ".join(_MARK + w if len(w) > 1 and w.isupper() else w for w in line.split())
    # "Nguyen Long Hải", "CHỦ TICH": a syllable no Vietnamese word spells is a mark lost.
    return " ".join(
        _MARK + w if not w.startswith(_MARK) and _impossible(w) else w for w in line.split(" ")
    )


# A run of vowels with their marks, decomposed: "ươ" is one ("u", horn, "o", horn).
_VOWEL_RUN = re.compile(r"(?:[aeiouy][\u0300-\u036f]*)+")


def _glued(line: str) -> bool:
    """An issuer's line with two syllables OCR read as one word, each with its marked vowel
    ("VĂNPHÒNG--" for "VĂN PHÒNG"; made up, draw10/2157's shape as a scan, given as a header
    line): a Vietnamese word is one syllable, one run of vowels, and an abbreviation ("HĐND",
    "TNCS") has none marked; the header is left to fill. Not a subject, whose damaged copies
    keep their glued words ("... ĐÁP NGHĨA TỈNHLÀO CAI", draw10/2294; "VỀVIỆC ...")."""
    for part in re.findall(r"[^\W\d_]+", line):
        runs = _VOWEL_RUN.findall(unicodedata.normalize("NFD", part.casefold()))
        if sum(any(unicodedata.combining(c) for c in run) for run in runs) >= 2:
            return True
    return False


# A Vietnamese syllable: its first consonants, its vowels, its last consonant. A word of
# another shape (an abbreviation, "UBND", "TNCS"; a name of another language, "Ksor") is not
# judged.
_SYLLABLE = re.compile(
    r"(?P<onset>ngh|gh|gi|kh|ng|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?"
    r"(?P<vowels>[aăâeêioôơuưy]{1,3})(?P<final>ch|ng|nh|[cmnpt])?"
)


def _syllable(word: str) -> bool:
    """A word of two letters or more shaped as a Vietnamese syllable (`_SYLLABLE`)."""
    core = unicodedata.normalize("NFD", _bare(word).strip(_AROUND).casefold())
    letters = unicodedata.normalize("NFC", "".join(c for c in core if c not in _TONES))
    return len(letters) >= 2 and _SYLLABLE.fullmatch(letters) is not None


def _impossible(word: str) -> bool:
    """A word shaped as one syllable that no Vietnamese syllable spells: a stop at its end ("p",
    "t", "c", "ch") under a tone other than the acute or the dot below ("tich" for "tịch",
    "Bac" for "Bắc"), or "ie", "ye", "uo" without their marks ("Nguyen" for "Nguyễn"): OCR lost
    a mark there, sure of the word as it read it."""
    core = unicodedata.normalize("NFD", _bare(word).strip(_AROUND).casefold())
    tones = {c for c in core if c in _TONES}
    letters = unicodedata.normalize("NFC", "".join(c for c in core if c not in _TONES))
    m = _SYLLABLE.fullmatch(letters)
    if m is None or len(tones) > 1:
        return False
    stop = m["final"] in {"c", "ch", "p", "t"} and not tones & {"\u0301", "\u0323"}
    vowels = m["vowels"].removeprefix("u") if m["onset"] == "q" else m["vowels"]
    return stop or bool(re.search(r"ie|ye|uo", vowels))


def _issuer_line(line: str) -> bool:
    """A line of the issuer's name: in capitals, or in capitals but one misread letter ("BỘ
    YvTẾ-—=" for "BỘ Y TẾ": unsure, it would have been given as the header with a hole)."""
    plain = line.replace(_MARK, "")
    lower = sum(c.islower() for c in plain)
    caps = _caps_line(plain) or (lower == 1 and _caps_line(plain.upper()))
    noise = _is_rule_noise(plain, header=not _sure_caps(line))
    return caps and not _MOTTO.search(plain) and not noise


def _sure_caps(line: str) -> bool:
    """A sure line in capitals: no speck even of two letters ("ỦY" over "BAN NHÂN DÂN")."""
    return _MARK not in line and is_caps(line)


def _is_rule_noise(line: str, *, header: bool = True) -> bool:
    """A rule or a speck OCR read as signs ("---..-¬..‹-", "~——=~"); in the header, where
    rules stand under the lines, also a line of two letters ("Si... ....", "xk")."""
    words = line.split()
    if not 1 <= len(words) <= 4 or line.strip() in {"./.", "*"}:
        return False
    marks = [c for c in line if not c.isspace()]
    letters = sum(c.isalpha() for c in marks)
    digits = sum(c.isdigit() for c in marks)
    return (letters + digits) < 0.4 * len(marks) or (header and letters <= 2 and not digits)


_PLACE_DASHES = {"-", "–"}


def _place_cut(lines: list[str], i: int) -> bool:
    """A place's first word cut onto its own line in a narrow cell ("Hà" / "Nội, ngày 25 tháng
    07", a table copied from a legal site): a sure word with its capital, just above the date
    line. Two letters under the header are a speck otherwise (`_is_rule_noise`)."""
    if i + 1 >= len(lines) or not _DATE_WORDS.search(lines[i + 1]) or _MARK in lines[i]:
        return False
    words = lines[i].split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words)


# After a number, the right column's place (a name of one to five words, their marks and a
# damaged copy's split syllables: "Qu ả ng Ngãi") and its comma before "ngày".
_PLACE_BESIDE = re.compile(
    rf"(?<=[\w.])\s+(?=[{_MARK}{_DOUBT}]?[A-ZĐÀ-Ỹ][^\W\d_]*"
    rf"(?:\s+[{_MARK}{_DOUBT}]?[^\W\d_]+){{0,4}}\s*,\s*[{_MARK}{_DOUBT}]?ng\s?[àa]\s?y\b)"
)


def _place_beside_number(line: str) -> int:
    """Where the place begins on a number line that holds the right column's place and date
    beside the number ("Số: 4489 /TCT-TTKT Hà Nội, ngày ñ", the date cut after "ngày"; made
    up, draw12/2680's shape as a scan), 0 for none. Read as the number line's tail, the place
    and the cut date were given as the trích yếu."""
    for m in _PLACE_BESIDE.finditer(line):
        # (the class À-Ỹ holds small letters too: "đ", "ộ")
        if not line[m.end() :].lstrip(_MARK + _DOUBT)[:1].isupper():
            continue
        if not re.search(r"\d", line[: m.start()]):
            return 0
        # The place and date alone: a paragraph run on after them is read as it was.
        rest = line[m.end() :]
        return m.end() if _place_and_date(rest) or _cut_date(rest) else 0
    return 0


def _cut_date(line: str) -> re.Match[str] | None:
    """A place and a date cut short after "ngày" ("Hà Nội, ngày ñ"): where its comma is."""
    cut = re.search(r",\s*\S*ng\s?[àa]\s?y\b", line)
    return cut if cut and len(line[cut.end() :].split()) <= 3 else None


def _place_line(line: str) -> str:
    """A place and date line (see `_date_line`); a date cut short after "ngày" (its month and
    year on lines OCR read apart, or lost: "Hà Nội, ngày ñ") is a date unread, as the layout
    rules know one: "Hà Nội, ngày � tháng � năm �"."""
    if day := _place_and_date(line):
        return _date_line(line, day.start())
    if (cut := _cut_date(line)) is None:
        return _WORD.sub(UNSURE, line)
    unread = f", ngày {UNSURE} tháng {UNSURE} năm {UNSURE}"
    return _date_line(line[: cut.start()] + unread, cut.start() + 2)


# "V/v" at a line's start, the trích yếu's label, as Tesseract reads it unsurely, and its next word.
_UNSURE_V_V = re.compile(rf"^(\s*)([{_MARK}{_DOUBT}])(V\s?/\s?[vV]\b:?\s+)(?=[^\s{_MARK}{_DOUBT}])")


def _sure_v_v(line: str) -> str:
    """ "V/v" read unsurely at a line's start is the trích yếu's label (made up; draw12/2680's
    and draw11/2407's shape as scans): no other word is written so, and made `UNSURE` the line
    was no letter's subject line (2407's type was taken from the body). The doubt goes to the
    trích yếu's first word: a label the models could not read surely is a line printed poorly,
    its words too ("V/v chỉ đại hội ..." for a damaged copy's "chi", draw10/2155: read surely,
    a wrong value): the trích yếu is left to fill."""
    return _UNSURE_V_V.sub(r"\1\3\2", line)


def _date_line(line: str, day: int) -> str:
    """An unsure place is dropped (left for the editor), specks before it too; an unsure day,
    month or year is no date."""
    place, date = line[:day], line[day:]
    words = place.split()
    # A dash between two names is the place's own ("Phan Rang - Tháp Chàm", "Bà Rịa - Vũng Tàu").
    words = [
        w
        for k, w in enumerate(words)
        if any(c.isalnum() for c in w) or (w in _PLACE_DASHES and 0 < k < len(words) - 1)
    ]
    place = "" if _MARK in place else " ".join(words) + (" " if words else "")
    return place + _WORD.sub(UNSURE, date)


# The characters of a number's code: capitals (Đ, Ư ...), small letters ("TTg"), digits, "/-.&".
_CODE = re.compile(r"[0-9A-Za-zĐđƯưƠơÔôÂâĂăÊê/\-.&]+")


def _number_line(line: str) -> list[str]:
    """The number line, or "Số: �" when any part of the number is unsure or misshapen.

    "Số: 2078-CV/Đ?K", "189/CĐÐN-TGNC" (a Latin Ð), "2O78-CV/ĐUK" (a letter O in the serial)
    are no numbers. A blank line follows the marker, so the normaliser never glues the date
    line onto it as onto a place cut short.
    """
    plain = line.replace(_MARK, "")
    head = re.match(r"^\W*S\s?ố(?:\s*hiệu)?\s*:?\s*", plain, re.IGNORECASE)
    if head and (dash := re.match(r"[-–]\s+(?=\d)", plain[head.end() :])):
        # A speck read as a dash before the serial ("SỐ: - 33/2009/QĐ-UBND"): no number opens so.
        plain = plain[: head.end()] + plain[head.end() + dash.end() :]
    rest = plain[head.end() :] if head else plain
    tokens: list[str] = []
    for token in rest.split():
        if not (re.search(r"[\d/]", token) or token in {"-", "–"} or token.isupper()):
            break
        tokens.append(token)
    number = " ".join(tokens)
    serial = re.split(r"[/\-–]", number.replace(" ", ""), maxsplit=1)[0]
    # Conservative: an unsure word glued after the number counts too; only the label alone
    # ("SỐ:" read unsurely, the number beside it sure) says nothing of the number, nor a speck
    # of signs apart from it that no code holds ("Số: 230/QĐ-UBND :", 1882 of the eighth draw
    # as a scan: the sure number was left to fill).
    unsure = any(
        w.startswith(_MARK) and not _LABEL.fullmatch(w[1:]) and not _SIGNS.fullmatch(w[1:])
        for w in line.split()
    )
    misshapen = any(not _CODE.fullmatch(t) for t in tokens if t not in {"-", "–"}) or (
        bool(serial) and not serial.isdigit()
    )
    return [f"Số: {UNSURE}", ""] if unsure or misshapen or _confused_code(number) else [plain]


# Signs no number holds (a dash or a slash may be a piece of the code cut off).
_SIGNS = re.compile(r"[:;.,'\"“”‘’‹›*…]+")


# Letters the models read for others in a code ("BVHTTDI" for "BVHTTDL", "UBNO" for "UBND",
# "TTl" for "TTr") and no code holds: a code is the initials of its body's words, and hardly
# a Vietnamese word opens with I or O (the 812 numbers of the corpus's keys have neither in
# their codes, nor a small l).
_CONFUSED = re.compile(r"[IOl|]")


def _confused_code(number: str) -> bool:
    """A number whose code, after its serial, holds a letter no code holds (`_CONFUSED`)."""
    parts = re.split(r"[/\-–.&]", number.replace(" ", ""))[1:]
    return any(_CONFUSED.search(part) for part in parts if not part.isdigit())


_LABEL = re.compile(r"S\s?[ốỐ](?:\s*(?:hiệu|HIỆU))?\s*:?")
# Its words glued too ("HỘI CHỦNGHĨÌAVIỆTNAM-", 1371 of the sixth draw: a header line).
_MOTTO_TAIL = re.compile(
    r"X[ÃÀA]\s*H[ỘOÔ]I\s*CH[ỦU]\s*NGH[ĨIÌ]{1,2}A|CH[ỦU]\s*NGH[ĨIÌ]{1,2}A\s*VI[ỆE]T\s*NAM"
)
# The motto's last word cut onto the next line, alone or glued to the second line ("CỘNG HOÀ XÃ
# HỘI CHỦ NGHĨA VIỆT" / "NAMĐộc lập - Tự do - Hạnh phúc": 1329, 1423, 1477 of the sixth draw,
# where "NAM" was taken for a header line).
_MOTTO_NAM = re.compile(rf"^[\W_{_MARK}{_DOUBT}]*NAM(?=\W*$|\s*Độc\s*lập)\W*")
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
# One word, however misread, before "CỘNG SẢN VIỆT NAM" is the Party's motto: no issuer's line
# is one word and the Party's name ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM" has more).
# "VIÊT" too: the dot under lost (the fifteenth draw's 3101, a damaged copy as a scan).
_PARTY_MOTTO = re.compile(r"^\W*[^\W\d_]{1,7}\s+C[ỘOÔ]NG\s+S[ẢA]N\s+VI[ỆEÊ]T\s+NAM\W*$")
PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"


def _mend_motto(lines: list[str]) -> list[str]:
    """The national motto as one line: OCR splits it ("CỘNG" / "ĐÓA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    the Party's motto whole ("ĐẲẢNG CỘNG SẢN VIỆT NAM").

    The motto is no field, but the layout rules find the right-hand column by it, and a piece
    of it left alone would pass for the issuer's line.
    """
    out: list[str] = []
    for line in lines:
        plain = line.replace(_MARK, "")
        if _caps_line(plain) and _MOTTO_TAIL.search(plain) and len(plain.split()) <= 8:
            if (head := _motto_head(out)) is not None:
                del out[head]
            out.append(MOTTO)
        elif out and out[-1] == MOTTO and (nam := _MOTTO_NAM.match(line)):
            if rest := line[nam.end() :].strip():
                out.append(rest)
        elif _PARTY_MOTTO.match(plain.replace(_DOUBT, "")):
            out.append(PARTY_MOTTO)  # "ĐẲẢNG CỘNG SẢN VIỆT NAM" was taken for a header line
        else:
            out.append(line)
    return out


def _motto_head(out: list[str]) -> int | None:
    """Where the motto's first word stands alone ("CỘNG"), its tail still to come: just above,
    or above the second line and blanks the reading order put between ("CỘNG" / "Độc lập - Tự
    do - Hạnh phúc" / "" / "HÓA XÃ HỘI ...": left there, "CỘNG" was read as a header line)."""
    for back in range(len(out) - 1, max(len(out) - 5, -1), -1):
        plain = out[back].replace(_MARK, "").strip()
        if _motto_start(plain):
            return back
        if plain and not _MOTTO_LINE.match(plain) and not _is_rule_noise(plain):
            return None
    return None


def _motto_start(line: str) -> bool:
    """The motto's first words and no more: "CỘNG", "CỘNG HÒA", "CỘNG HÒA XÃ" (1371)."""
    letters = _fold("".join(c for c in line if c.isalpha()))
    return len(letters) >= 4 and "CONGHOAXAHOI".startswith(letters)


_MOTTO_LINE = re.compile(r"^\W*Độc\s*lập\W+Tự\s*do\W+Hạnh\s*phúc\W*$", re.IGNORECASE)


def _junk_above_date(lines: list[str], i: int) -> bool:
    """A speck line just above the place and date ("ket", "nem =ao==re"; "NA tý cất võ re", every
    word of it unsure): the normaliser would glue it to the place as a place cut short; a place
    cut short is capitalised ("Tam") and read surely."""
    if i + 1 >= len(lines) or not _DATE_WORDS.search(lines[i + 1]):
        return False
    marked = lines[i].split()
    if marked and all(w.startswith(_MARK) for w in marked):
        return True
    words = lines[i].replace(_MARK, "").split()
    return (
        1 <= len(words) <= 3
        and not words[0][:1].isupper()
        and not re.search(r"[\d,]", lines[i])
        and not _DATE_WORDS.search(lines[i])
    )


def _fix_caps(line: str, seen: _Phrases | None = None) -> str:
    """Tesseract's usual misreads of administrative words in capitals ("TĨNH" for "TỈNH"), but
    "TÍNH" where the document's running text (``seen``, `_phrases`) writes "tính" beside the
    same word ("CÓ TÍNH ĐẾN", "MẠN TÍNH VÀ": "có tính đến", "mạn tính" in the body)."""

    def tinh(m: re.Match[str]) -> str:
        said = seen or {}
        before = [_fold(_reading(_bare(w))) for w in line[: m.start()].split()[-1:]]
        after = [_fold(_reading(_bare(w))) for w in line[m.end() :].split()[:1]]
        body = [p[1] for b in before for p in said.get((b, "tinh"), ())]
        body += [p[0] for a in after for p in said.get(("tinh", a), ())]
        return m[0] if "tính" in body else "TỈNH"

    # "MANG TÍNH", "CÓ TÍNH", "MẠN TÍNH" ("of a ... nature", "chronic") say "tính"; a province
    # is never "mang", "có" or "mạn" before its name ("ĐỊA BÀN TỈNH", "NHÂN DÂN TỈNH"), nor
    # named "THUẾ", "PHÍ", "ĐIỂM", "LƯƠNG" ("GIÁ TÍNH THUẾ", made up; draw10/2282's shape).
    line = re.sub(
        r"(?<!HÀ )(?<!YÊN )(?<!MANG )(?<!CÓ )(?<!MẠN )\bT[ĨÍ]NH\b(?= (?!TOÁN|CHẤT|THẦN|NĂNG|MẠCH|THUẾ|PHÍ|ĐIỂM|LƯƠNG)\w)",
        tinh,
        line,
    )
    return re.sub(r"\bTHÀNH PH[ÔỔỐÕ]\b", "THÀNH PHỐ", line)


# The mottos and their pieces as OCR cuts them; not an issuer's name that ends with "VIỆT NAM"
# ("BẢO HIỂM XÃ HỘI VIỆT NAM", 1317 of the sixth draw: taken for the motto, it was left in a
# header whose other lines were unsure and dropped, and given as the whole header).
_MOTTO = re.compile(
    r"CỘNG\s*H|ĐỘC\s*LẬP|CHỦ\s*NGHĨA|^\W*(?:(?:\S{1,7}\s+)?CỘNG\s+SẢN\s+)?VIỆT\s*NAM\W*$"
    r"|^\W*(?:ĐOÀN\s+TNCS\s+)?HỒ\s*CHÍ\s*MINH\W*$"
)
_MOTTO_WORDS = re.compile(r"VIỆT\s*NAM|HỒ\s*CHÍ\s*MINH")
_STRAY = re.compile(r"[^\w\s\-/.,:;()\ue000]")
_QUOTES = '"“”'


def _caps_line(line: str) -> bool:
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    return 1 <= len(words) <= 8 and len(letters) >= 2 and all(c.isupper() for c in letters)


def _short_caps_or_name(line: str) -> bool:
    words = line.replace(_MARK, "").split()
    if not 1 <= len(words) <= 8:
        return False
    letters = [c for c in "".join(words) if c.isalpha()]
    caps = bool(letters) and all(c.isupper() for c in letters)
    name = all(w[:1].isupper() for w in words) and not re.search(r"[,;:.]", line)
    return caps or name


def _is_name_shape(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= 6
        and all(w[:1].isupper() for w in words)
        and sum(not w.isupper() for w in words) >= 2
    )
