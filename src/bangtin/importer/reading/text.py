"""The reader of text files (.txt, .md): bytes in any of the encodings offices use, to NFC lines."""

from __future__ import annotations

import re
from pathlib import Path

from bangtin.core.text import nfc
from bangtin.importer.reading.bounded import MAX_TEXT_BYTES, read_regular
from bangtin.importer.result import SourceError


def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:  # a UTF-16 file cut short (an odd number of bytes)
            raise SourceError(
                f"{path}: tệp UTF-16 bị cắt cụt hoặc hỏng; hãy mở tệp và lưu lại với bảng mã UTF-8"
            ) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # UTF-16 without a BOM: every other byte of Latin text is NUL.
    if raw.count(b"\x00") > len(raw) // 4:
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text:
                return text
    try:
        # Windows-1258 writes tones as combining marks; NFC later composes them.
        text = raw.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise SourceError(
            f"{path}: không nhận ra bảng mã của tệp (không phải UTF-8, UTF-16 hay Windows-1258); "
            "hãy mở tệp trong Word hoặc Notepad và lưu lại với bảng mã UTF-8"
        ) from exc
    if not re.search(r"[\u0300-\u0323]|[ăâđêôơưĂÂĐÊÔƠƯ]", text):
        raise SourceError(
            f"{path}: không nhận ra bảng mã của tệp (không phải UTF-8); "
            "hãy mở tệp và lưu lại với bảng mã UTF-8"
        )
    return text


def newlines(text: str) -> str:
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n"))


def read(path: Path) -> list[str]:
    """The lines of a text file: UTF-8 (a BOM accepted), UTF-16 or Windows-1258; NFC."""
    return newlines(_decode(path, read_regular(path, MAX_TEXT_BYTES))).split("\n")
