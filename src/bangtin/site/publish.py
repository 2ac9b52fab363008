"""Atomic publishing: a build writes into a staging folder that replaces the site only on success.

MkDocs empties site/ before it builds, so a failed build would take the published portal down;
and a --strict failure is raised after every file is written. Here the output goes to a sibling
staging folder; `publish()` swaps it in with two renames, `abandon()` deletes it. The previous
site is untouched until the very end, and no stale file of an earlier build survives.

The previous site then goes into a trash folder (``.cache/bangtin/trash``) and is deleted by a
process of its own that the build does not wait for: at 10,000 directives deleting its 30,000
files took the last second and a half of every build, with the new site already in place. A
deletion cut short (the machine stopped) is started again by the next build; where the trash is
on another file system the old site is deleted before the build ends, as before.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

__all__ = ["AtomicSite"]


class AtomicSite:
    """The staging folder of one build and the swap that publishes it."""

    def __init__(self, target: Path, trash: Path | None = None) -> None:
        self.target = target.resolve()
        self.staging = self.target.with_name(f"{self.target.name}.bangtin-new-{os.getpid()}")
        self._old = self.target.with_name(f"{self.target.name}.bangtin-old-{os.getpid()}")
        self.trash = trash
        #: Where files written before MkDocs empties the staging folder wait (`join_early`).
        self.early = self.target.with_name(f"{self.target.name}.bangtin-early-{os.getpid()}")
        # A staging folder left by a killed build of the same process id is garbage.
        shutil.rmtree(self.staging, ignore_errors=True)
        shutil.rmtree(self.early, ignore_errors=True)
        if trash is not None and trash.is_dir():
            for left in trash.iterdir():  # deletions a stopped machine cut short
                _remove_later(left)

    def publish(self) -> None:
        """Replace the target with the staging folder (two renames on the same filesystem)."""
        if not self.staging.is_dir():
            return
        if self.target.exists():
            os.replace(self.target, self._old)
        os.replace(self.staging, self.target)
        old = self._bin(self._old)
        if old == self._old or not _remove_later(old):
            _remove(old)

    def _bin(self, old: Path) -> Path:
        """``old`` moved into the trash, or as it was (no trash, or on another file system)."""
        if self.trash is None or not old.exists():
            return old
        binned = self.trash / f"site-{os.getpid()}-{time.time_ns()}"
        try:
            self.trash.mkdir(parents=True, exist_ok=True)
            os.replace(old, binned)
        except OSError:
            return old
        return binned

    def abandon(self) -> None:
        """Throw the staging folder away; the published site stays as it was."""
        shutil.rmtree(self.staging, ignore_errors=True)
        shutil.rmtree(self.early, ignore_errors=True)

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
