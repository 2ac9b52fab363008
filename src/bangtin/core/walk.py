"""The project's folders and files walked, and the files that must not be read.

The directives' folder (`directives_folder`), the Markdown files of a folder, and the files
that are each one error: links out of the project, look-alike names, odd files.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from bangtin.core.model import ContentError
from bangtin.core.read import not_regular, rel_path
from bangtin.core.text import nfc

__all__ = [
    "DIRECTIVES_DIR",
    "directives_folder",
    "markdown_files",
    "odd_files",
    "outside_links",
    "twin_names",
]


def markdown_files(folder: Path, skip: frozenset[Path] = frozenset()) -> list[Path]:
    """The Markdown files under ``folder`` in a stable order, but hidden ones and ``skip``."""
    if not folder.is_dir() or folder in skip:
        return []
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        # One Path per file, looked up in ``skip`` only when there is one: a warm build of
        # 10,000 directives walked them in 85 ms, 22 ms so.
        base = Path(dirpath)
        for name in sorted(filenames):
            if name.endswith(".md") and not name.startswith("."):
                path = base / name
                if not skip or path not in skip:
                    found.append(path)
    return found


def outside_links(root: Path, folders: Iterable[Path]) -> list[ContentError]:
    """Symlinks under ``folders`` that lead out of the project: they are never read nor published.

    MkDocs follows symlinks in docs_dir and copies what they point at; a link to /etc or to a
    colleague's home folder would publish it. Links inside the project are fine.
    """
    errors: list[ContentError] = []
    for folder in folders:
        stack = [folder]
        while stack:
            current = stack.pop()
            if current.is_symlink() and not Path(os.path.realpath(current)).is_relative_to(root):
                errors.append(
                    ContentError(
                        rel_path(root, current),
                        1,
                        "đây là liên kết tượng trưng (symlink) trỏ ra ngoài thư mục dự án; "
                        "bangtin không đọc và không đăng tệp ở ngoài: hãy chép tệp vào dự án",
                    )
                )
                continue
            if current.is_symlink() or not current.is_dir():
                continue
            try:
                entries = sorted(os.scandir(current), key=lambda e: e.name, reverse=True)
            except OSError:
                continue
            stack.extend(
                Path(e.path) for e in entries if e.is_symlink() or e.is_dir(follow_symlinks=False)
            )
    return sorted(errors, key=lambda e: e.path)


# The names MkDocs takes for Markdown (mkdocs.utils.markdown_extensions), in any case.
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")


def odd_files(root: Path, folders: Iterable[Path], skip: frozenset[Path]) -> list[ContentError]:
    """Entries under ``folders`` that must not be read: anything that is not a regular file or
    a folder (a FIFO would hold the build forever, a device would feed it without end), and
    Markdown named otherwise than ``.md`` (``.MD``, ``.markdown``), which bangtin would skip
    while MkDocs copied or rendered it without the audience filter.
    """
    errors: list[ContentError] = []
    for folder in folders:
        if not folder.is_dir() or folder.is_symlink():
            continue
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith("."):
                    continue  # dot files are neither read nor published
                # A Path only for a file skipped or found odd (see `markdown_files`).
                full = os.path.join(dirpath, name)
                if skip and Path(full) in skip:
                    continue
                try:
                    mode = os.stat(full).st_mode
                except OSError:
                    continue  # a dangling link is nothing to read
                if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
                    errors.append(ContentError(rel_path(root, Path(full)), 1, not_regular(mode)))
                    continue
                stem, dot, suffix = name.rpartition(".")
                if dot and f".{suffix.lower()}" in _MARKDOWN_SUFFIXES and suffix != "md":
                    errors.append(
                        ContentError(
                            rel_path(root, Path(full)),
                            1,
                            f"tệp có đuôi «.{suffix}»: bangtin chỉ đọc tệp Markdown có đuôi «.md» "
                            f"(chữ thường); hãy đổi tên thành {stem}.md",
                        )
                    )
    return errors


def twin_names(root: Path, folders: Iterable[Path]) -> list[ContentError]:
    """Files whose names differ only by Unicode normalisation (NFC/NFD): one page, two files.

    A Mac writes names in NFD, Windows and Linux in NFC; both look the same to an editor and end
    at one URL, so the second would silently replace the first.
    """
    errors: list[ContentError] = []
    for folder in folders:
        if not folder.is_dir() or folder.is_symlink():
            continue
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            seen: dict[str, str] = {}
            for name in sorted([*dirnames, *filenames]):
                key = nfc(name)
                if key in seen:
                    first = rel_path(root, Path(dirpath) / seen[key])
                    errors.append(
                        ContentError(
                            rel_path(root, Path(dirpath) / name),
                            1,
                            f"tên tệp trùng với {first}, chỉ khác cách mã hóa dấu tiếng Việt "
                            "(NFC/NFD, thường do chép từ máy Mac): hãy giữ một tệp và xóa tệp kia",
                        )
                    )
                else:
                    seen[key] = name
    return errors


#: The directives' folder when mkdocs.yml does not name one (``directives_dir``).
DIRECTIVES_DIR = "directives"


def directives_folder(root: Path, value: str = DIRECTIVES_DIR, docs: Path | None = None) -> Path:
    """The folder of the directive files that ``directives_dir`` names, in the project at
    ``root`` (whose docs_dir is ``docs``, when known).

    Raises:
        ValueError: the value leads out of the project (absolute, ``..``, a symlink out, the
            project itself), lies in docs_dir (MkDocs would take every directive for a page),
            or names a folder that does not exist: a build would otherwise publish a portal
            without a single directive and say it succeeded. The default folder may be
            missing (a portal with no directive yet).
    """
    root = root.resolve()
    if value == DIRECTIVES_DIR:
        return root / DIRECTIVES_DIR  # its links out are reported by the loader (outside_links)
    resolved = (root / value).resolve() if value.strip() else root
    if resolved == root or not resolved.is_relative_to(root):
        raise ValueError(
            f"«directives_dir»: «{value}» nằm ngoài thư mục dự án (nơi có mkdocs.yml); hãy ghi "
            f"một thư mục con của dự án, ví dụ {DIRECTIVES_DIR}"
        )
    if docs is not None and resolved.is_relative_to(docs.resolve()):
        raise ValueError(
            f"«directives_dir»: «{value}» nằm trong thư mục trang «{docs.name}» (docs_dir), nơi "
            f"mọi tệp .md là một trang; hãy đặt thư mục văn bản ngoài {docs.name}/, ví dụ "
            f"{DIRECTIVES_DIR}"
        )
    if not resolved.is_dir():
        raise ValueError(
            f"«directives_dir»: không có thư mục «{value}» trong dự án; hãy tạo thư mục hoặc sửa "
            "directives_dir trong mkdocs.yml"
        )
    return resolved
