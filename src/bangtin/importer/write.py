"""Writing an imported directive inside the project, never through a symlink (issue 22)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class WriteRefused(ValueError):
    """A target the importer will not write; the message is for editors, in Vietnamese."""


class TargetExists(WriteRefused):
    """The target is already there and ``force`` was not given."""


def write_directive(target: Path, text: str, root: Path, *, force: bool) -> None:
    """Write ``text`` to ``target`` inside ``root``, never through a symlink (`write_file`)."""
    write_file(target, text.encode("utf-8"), root, force=force)


def write_file(target: Path, data: bytes, root: Path, *, force: bool) -> None:
    """Write ``data`` to ``target`` inside ``root``, never through a symlink.

    Without ``force`` an existing file is never replaced (the file is created exclusively, so a
    file that appears meanwhile is kept too). With it, the text goes to a temporary file beside
    the target that replaces it in one rename: a symlink at the target is refused, not followed,
    and a folder on the way that leads outside the project (a symlinked ``directives/2024``) is
    refused as well.

    Raises:
        WriteRefused: the target exists (without ``force``), is a symlink, or lies outside ``root``.
    """
    base = root.resolve()
    folder = root
    for part in target.parent.relative_to(root).parts:
        folder = folder / part
        if folder.is_symlink():
            raise WriteRefused(
                f"{folder} là liên kết tượng trưng (symlink): không ghi qua liên kết"
            )
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.parent.resolve().is_relative_to(base):
        raise WriteRefused(f"{target.parent} nằm ngoài thư mục của cổng {root}: không ghi")
    if target.is_symlink():
        raise WriteRefused(f"{target} là liên kết tượng trưng (symlink): không ghi qua liên kết")
    if not force:
        try:
            fd = os.open(
                target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            )
        except FileExistsError:
            raise TargetExists(
                f"tệp {target} đã có, không ghi đè; thêm --force nếu thật sự muốn thay nội dung cũ"
            ) from None
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return
    if target.exists() and not target.is_file():
        raise WriteRefused(f"{target} không phải tệp thường: không ghi")
    fd, temp = tempfile.mkstemp(prefix=".bangtin-", suffix=target.suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(temp, target)  # replaces the name itself, never what a link points to
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
