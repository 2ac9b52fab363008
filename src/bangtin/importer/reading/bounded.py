"""Reading a file only when it is a regular file within a size bound (issue 22)."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from bangtin.importer.result import SourceError

# Bounds on what is read (issue 22): a source is a regular file of at most these sizes, and a Word
# file's parts are inflated only when their declared size and compression ratio are plausible.
MAX_TEXT_BYTES = 5 << 20  # the loader's limit for a directive file
MAX_DOCX_BYTES = 50 << 20  # a Word file with pictures; only its XML parts are inflated
MAX_PART_BYTES = 16 << 20  # one XML part (a 300-page document.xml is ~5 MB)
MAX_RATIO = 100  # deflated XML compresses 5-20x; a bomb compresses 1,000x


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` when it is a regular file of at most ``limit`` bytes.

    Opened without blocking (a FIFO would wait forever for a writer) and checked on the open
    descriptor, so a symlink to /dev/zero or a file swapped after a check is never read.
    """
    with open_regular(path, limit) as fh:
        size = os.fstat(fh.fileno()).st_size
        try:
            # Not read(limit): that allocates the whole bound before reading a byte.
            data = fh.read(size + 1)
        except OSError as exc:
            raise SourceError(f"{path}: không đọc được tệp ({exc.strerror})") from exc
    if len(data) > size:  # the file grew while it was read
        raise SourceError(f"{path}: tệp thay đổi trong khi đọc; hãy nhập lại")
    return data


def open_regular(path: Path, limit: int) -> BinaryIO:
    """``path`` open for reading when it is a regular file of at most ``limit`` bytes (checked
    as `read_regular` checks): for a reader that takes what it needs of a large file (a scan's
    PDF, read a page at a time) rather than all of it in memory."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise SourceError(f"{path}: không đọc được tệp ({exc.strerror})") from exc
    fh = os.fdopen(fd, "rb")
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        fh.close()
        raise SourceError(f"{path}: không phải tệp thường (thiết bị, ống FIFO...), không đọc")
    if info.st_size > limit:
        fh.close()
        raise SourceError(
            f"{path}: tệp quá lớn ({info.st_size / 1e6:.1f} MB; tối đa {limit / 1e6:.0f} MB)"
        )
    return fh
