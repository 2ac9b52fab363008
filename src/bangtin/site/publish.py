"""Atomic publishing: a build writes into a staging folder that replaces the site only on success.

MkDocs empties site/ before it builds, so a failed build would take the published portal down;
and a --strict failure is raised after every file is written. Here the output goes to a sibling
staging folder; `publish()` swaps it in, `abandon()` deletes it. The previous site is untouched
until the very end, and no stale file of an earlier build survives.

The swap is one atomic exchange of the two folders (Linux's ``renameat2`` with
``RENAME_EXCHANGE``): at every moment the site's path holds the old site or the new one, whatever
stops the build (a kill, a power cut). Where the system cannot exchange, the old site is moved
aside and the new one moved in (two renames); a build stopped between them leaves the old site
beside the path, and the next build puts it back before anything else (`AtomicSite.__init__`).

The previous site then goes into a trash folder (``.cache/bangtin/trash``) and is deleted by a
process of its own that the build does not wait for: at 10,000 directives deleting its 30,000
files took the last second and a half of every build, with the new site already in place. A
deletion cut short (the machine stopped) is started again by the next build, and so are the
staging folders of builds that were killed; where the trash is on another file system the old
site is deleted before the build ends, as before.

Since publishing deletes what was at the site's path, the path must be a folder bangtin built:
every built site holds a small marker file (`MARKER`), and `site_dir_problem` refuses any other
non-empty folder, and any folder that is, holds or lies in one of the project's own folders.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import functools
import os
import shutil
import subprocess
import time
from collections.abc import Iterable
from pathlib import Path

__all__ = [
    "MARKER",
    "AtomicSite",
    "UnsafeSiteDir",
    "check_site_dir",
    "project_folders",
    "site_dir_problem",
]

#: The file every site bangtin builds holds: a folder with it may be replaced by a build.
MARKER = ".bangtin-site"
_MARKER_TEXT = (
    "Thư mục này do bangtin dựng. Mỗi lần dựng, bangtin thay toàn bộ thư mục: "
    "đừng để tệp nào khác ở đây.\n"
)
# A site of a bangtin from before the marker: files every such build wrote at the top. A
# folder holding bangtin's own stylesheet, the home page and a sitemap was made by bangtin.
_LEGACY = ("index.html", "sitemap.xml", "assets/bangtin/bangtin.css")
# Folders of a project that a build must never replace (beside docs_dir, custom_dir and the
# directives' folder, which mkdocs.yml names).
_OWN = (".git", ".cache", "directives", "theme", "src", "tests")
# The part of a sibling's name that marks it as a build's (staging, early files, old site).
_SIBLING = ".bangtin-"


class UnsafeSiteDir(ValueError):
    """The site folder is one that a build must not replace; the message says why, in Vietnamese."""


def project_folders(project: Path, *named: str | os.PathLike[str] | None) -> list[Path]:
    """The project's own folders: the usual ones and those mkdocs.yml names (``named``, relative
    to the project: docs_dir, custom_dir, the directives' folder)."""
    folders = [project / name for name in _OWN]
    folders += [project / name for name in named if name]
    return folders


def site_dir_problem(target: Path, project: Path, own: Iterable[Path]) -> str | None:
    """Why a build must not publish to ``target``, or None when it may.

    A build replaces the whole folder, so the folder must not hold the project (its root or an
    ancestor of it), must not be, hold or lie in one of the project's folders (``own``: see
    `project_folders`), and must be missing, empty or a site bangtin built (`MARKER`, or a
    site of a bangtin from before the marker).
    """
    target = Path(os.path.abspath(target)).resolve()
    project = project.resolve()
    if target == project or project.is_relative_to(target):
        return (
            f"{target}: thư mục đầu ra chứa cả dự án ({project}), mà mỗi lần dựng bangtin thay "
            "toàn bộ thư mục đầu ra; hãy chọn một thư mục riêng, ví dụ site/"
        )
    for folder in own:
        folder = Path(os.path.abspath(folder)).resolve()
        if target == folder or target.is_relative_to(folder):
            return (
                f"{target}: thư mục đầu ra là hoặc nằm trong thư mục {folder} của dự án; hãy "
                "chọn một thư mục riêng, ví dụ site/"
            )
        if folder.is_relative_to(target):
            return (
                f"{target}: thư mục đầu ra chứa thư mục {folder} của dự án; hãy chọn một thư mục "
                "riêng, ví dụ site/"
            )
    if not _replaceable(target):
        return (
            f"{target}: thư mục đầu ra đã có tệp mà không phải trang do bangtin dựng (thiếu tệp "
            f"{MARKER}); mỗi lần dựng bangtin thay toàn bộ thư mục này, nên không dùng nó. Hãy "
            "chọn một thư mục trống hoặc chưa có"
        )
    return None


def check_site_dir(target: Path, project: Path, own: Iterable[Path]) -> None:
    """Raise `UnsafeSiteDir` when a build must not replace ``target`` (`site_dir_problem`)."""
    problem = site_dir_problem(target, project, own)
    if problem is not None:
        raise UnsafeSiteDir(problem)


def _replaceable(target: Path) -> bool:
    """True when ``target`` is missing, an empty folder, or a site bangtin built."""
    if not os.path.lexists(target):
        return True
    if not target.is_dir():
        return False
    try:
        with os.scandir(target) as entries:
            if next(entries, None) is None:
                return True
    except OSError:
        return False
    return _is_site(target)


def _is_site(folder: Path) -> bool:
    """True when ``folder`` is a site bangtin built (its marker, or the files of an old one)."""
    if (folder / MARKER).is_file():
        return True
    return all((folder / name).is_file() for name in _LEGACY)


class AtomicSite:
    """The staging folder of one build and the swap that publishes it."""

    def __init__(
        self, target: Path, *, project: Path, own: Iterable[Path] = (), trash: Path | None = None
    ) -> None:
        """
        Args:
            target: the site folder.
            project: the project's folder (the config's).
            own: the project's own folders (`project_folders`).
            trash: where old sites wait to be deleted (None: deleted at once).

        Raises:
            UnsafeSiteDir: ``target`` is not a folder a build may replace (`site_dir_problem`).
        """
        check_site_dir(target, project, own)
        self.target = Path(os.path.abspath(target)).resolve()
        name = self.target.name
        self.staging = self.target.with_name(f"{name}{_SIBLING}new-{os.getpid()}")
        self._old = self.target.with_name(f"{name}{_SIBLING}old-{os.getpid()}")
        self.trash = trash
        #: Where files written before MkDocs empties the staging folder wait (`join_early`).
        self.early = self.target.with_name(f"{name}{_SIBLING}early-{os.getpid()}")
        with contextlib.suppress(OSError):  # no trash, or one that cannot be read
            for left in trash.iterdir() if trash is not None else ():
                _remove_later(left)  # deletions a stopped machine cut short
        self._recover()

    def _recover(self) -> None:
        """Put back an old site that a build stopped between two renames left beside the path,
        and delete what builds that were killed left beside it (staging folders, early files,
        old sites), except those of a build that is still running."""
        prefix = f"{self.target.name}{_SIBLING}"
        try:
            siblings = sorted(self.target.parent.glob(f"{_glob_escape(prefix)}*"))
        except OSError:
            return
        # What a build still running (another one, of the same site) has beside it is its own.
        siblings = [p for p in siblings if not _other_build(p)]
        olds = [p for p in siblings if p.name.startswith(f"{prefix}old-") and _is_site(p)]
        if olds and not os.path.lexists(self.target):
            with contextlib.suppress(OSError):  # it cannot be moved back: there is no site
                newest = max(olds, key=lambda p: p.stat().st_mtime_ns)
                os.replace(newest, self.target)
                siblings.remove(newest)
        for left in siblings:
            old = self._bin(left)
            if old == left or not _remove_later(old):
                _remove(old)

    def publish(self) -> None:
        """Replace the target with the staging folder: one atomic exchange where the system
        has it, else two renames (see the module's doc)."""
        if not self.staging.is_dir():
            return
        (self.staging / MARKER).write_text(_MARKER_TEXT, encoding="utf-8")
        if not os.path.lexists(self.target):
            os.replace(self.staging, self.target)  # no site yet: one rename
            return
        if _exchange(self.staging, self.target):
            old = self.staging  # the old site, under the staging folder's name now
        else:
            os.replace(self.target, self._old)
            os.replace(self.staging, self.target)
            old = self._old
        binned = self._bin(old)
        if binned == old or not _remove_later(binned):
            _remove(binned)

    def _bin(self, old: Path) -> Path:
        """``old`` moved into the trash, or as it was (no trash, or on another file system)."""
        if self.trash is None or not os.path.lexists(old):
            return old
        binned = self.trash / f"site-{os.getpid()}-{time.time_ns()}"
        try:
            self.trash.mkdir(parents=True, exist_ok=True)
            os.replace(old, binned)
        except OSError:
            return old
        return binned

    def abandon(self) -> None:
        """Throw the staging folder away; the published site stays as it was.

        The folders are first moved into the trash (one rename each): a writer of the failed
        build that is still finishing a file (a thread, a child of a stopped worker) then writes
        into the trash, where a folder deleted under its feet could have been left half-full
        beside the site.
        """
        for folder in (self.staging, self.early):
            binned = self._bin(folder)
            if binned == folder or not _remove_later(binned):
                shutil.rmtree(binned, ignore_errors=True)

    def join_early(self) -> None:
        """Move the files written into `early` into the staging folder.

        A build starts writing the files no page needs (exports, calendars, the search index)
        before MkDocs empties the staging folder: they are written beside it and moved in at the
        end, a folder at a time where the staging folder has none of that name.

        Raises:
            FileExistsError: a file was written both early and by the pages.
        """
        if not self.early.is_dir():
            return
        for part in sorted(self.early.iterdir()):  # one folder per feature that wrote early
            _merge(part, self.staging)
        os.rmdir(self.early)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


@functools.cache
def _renameat2() -> object | None:
    """The C library's ``renameat2`` (glibc 2.28 and later), or None."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError, TypeError):  # no such C library or function (not Linux)
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return function


def _exchange(a: Path, b: Path) -> bool:
    """Swap the folders at ``a`` and ``b`` in one step; False when the system or the file
    system cannot (the caller then renames twice)."""
    function = _renameat2()
    if function is None:
        return False
    done = function(  # type: ignore[operator]
        _AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE
    )
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def _other_build(sibling: Path) -> bool:
    """True when ``sibling`` belongs to another build that is still running (its process id
    ends the name)."""
    pid = sibling.name.rpartition("-")[2]
    return pid.isdigit() and int(pid) != os.getpid() and _running(int(pid))


def _running(pid: int) -> bool:
    """True when a process of that id exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: it exists
    return True


def _glob_escape(text: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in text)


def _merge(source: Path, target: Path) -> None:
    """Move every entry of ``source`` into ``target`` (``source`` is removed); of two folders of
    one name, the one with fewer entries is moved into the other."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in sorted(os.listdir(source)):
        src, dst = source / entry, target / entry
        if not os.path.lexists(dst):
            os.replace(src, dst)
        elif src.is_dir() and not src.is_symlink() and dst.is_dir() and not dst.is_symlink():
            if len(os.listdir(dst)) < len(os.listdir(src)):
                _merge(dst, src)  # the smaller into the larger, which then takes its place
                os.replace(src, dst)
            else:
                _merge(src, dst)
        else:
            raise FileExistsError(f"{dst}: ghi hai lần trong một lần dựng")
    os.rmdir(source)


def _remove_later(folder: Path) -> bool:
    """Start deleting ``folder`` in a process the build does not wait for; False when there is
    no ``rm`` to do it."""
    rm = shutil.which("rm") if os.name == "posix" else None
    if rm is None:
        return False
    try:
        subprocess.Popen(
            [rm, "-rf", "--", str(folder)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError:
        return False
    return True


def _remove(folder: Path) -> None:
    """Delete a folder of tens of thousands of files: coreutils' rm where there is one (a third
    faster than shutil.rmtree at 10,000 directives), else shutil."""
    if not folder.exists():
        return
    rm = shutil.which("rm") if os.name == "posix" else None
    if rm is not None:
        subprocess.run([rm, "-rf", "--", str(folder)], check=False, capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)  # what rm could not delete, or no rm
