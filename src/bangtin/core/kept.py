"""Work on single records kept from one `bangtin build` to the next.

Finding the citations in 10,000 bodies and composing 20,000 posts cost four seconds of every
build's serial start, for records that mostly did not change since the last build. A record is
a function of its file and of what the loader read it with (`LoadResult.sources` digests both),
so what is computed from the record alone can be kept under that digest.

Each user takes its section of the last build (`last`), and gives the entries this build used
or made (`put`); sections nobody put are dropped, and so are entries of records that are gone.
The whole store is dropped when bangtin's code changes (any module may change what is kept).
It lives in ``.cache/bangtin/kept.pickle`` and a damaged file only costs the work again.

Every cache of a build (records, kept work, Markdown conversions, pages, features' files) is a
pickle stored with a salt through `write_salted` and read back through `read_salted`, behind a
digest of its bytes: a file that a disk, a copy or a hand damaged (one bit flipped inside a
number still unpickles, as another number) is a miss, never a value, and nothing is unpickled
before its digest matches. `read_file` and `write_file` do the same for files that are not pickles
(the cards).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

__all__ = [
    "KeptWork",
    "content_digest",
    "package_digest",
    "read_file",
    "read_salted",
    "tree_digest",
    "write_file",
    "write_salted",
]

# The first bytes of every sealed file: a format of its own, so no older cache is ever read.
_MAGIC = b"bangtin-kept-1\n"
_DIGEST_SIZE = 32
_HEAD = len(_MAGIC) + _DIGEST_SIZE


def content_digest(data: bytes | memoryview) -> bytes:
    """The digest of ``data`` that a cached file or entry is checked against."""
    return hashlib.blake2b(data, digest_size=_DIGEST_SIZE).digest()


def read_file(path: Path) -> memoryview | None:
    """The content `write_file` stored at ``path``; None when the file is missing, unreadable
    (a folder, no permission), cut short, damaged or not one of ours."""
    try:
        with path.open("rb") as f:
            blob = f.read()
    except OSError:
        return None
    if len(blob) < _HEAD or not blob.startswith(_MAGIC):
        return None
    data = memoryview(blob)[_HEAD:]  # no copy of a file of tens of megabytes
    return data if content_digest(data) == blob[len(_MAGIC) : _HEAD] else None


def write_file(path: Path, data: bytes) -> bool:
    """Store ``data`` behind its digest at ``path``, atomically (a temporary file renamed);
    False when it cannot be written, which only costs the work again."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as f:
            f.write(_MAGIC)
            f.write(content_digest(data))
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return False
    return True


def read_salted(path: Path, salt: object) -> Any:
    """The value `write_salted` stored at ``path`` with ``salt``; None when the file is missing,
    damaged, or was written with another salt (another version of what made it)."""
    data = read_file(path)
    if data is None:
        return None
    try:
        stored_salt, value = pickle.loads(data)
    except Exception:  # the digest matched: a pickle of another version of the code
        return None
    return value if stored_salt == salt else None


def write_salted(path: Path, salt: object, value: object) -> None:
    """Store ``value`` with ``salt`` at ``path`` atomically; a cache that cannot be written only
    costs the work again, so a failure is not an error."""
    write_file(path, pickle.dumps((salt, value), protocol=pickle.HIGHEST_PROTOCOL))


def package_digest() -> bytes:
    """A digest of bangtin's own files (code, templates, assets): new code, nothing kept."""
    return tree_digest(Path(__file__).resolve().parent.parent)


@functools.lru_cache(maxsize=8)
def tree_digest(folder: Path) -> bytes:
    """A digest of every file below ``folder`` (names and bytes; caches of Python left out),
    made once per process."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            for part in (path.relative_to(folder).as_posix().encode(), path.read_bytes()):
                digest.update(len(part).to_bytes(8, "little"))
                digest.update(part)
    return digest.digest()


class KeptWork:
    """The kept work of the last build, and this build's, by section."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.salt = package_digest()
        self._last: dict[str, dict[str, Any]] = {}
        self._new: dict[str, dict[str, Any]] = {}
        sections = read_salted(path, self.salt)
        if isinstance(sections, dict):
            self._last = sections

    def last(self, section: str) -> dict[str, Any]:
        """The entries the last build kept in ``section`` (empty when none)."""
        return self._last.get(section, {})

    def put(self, section: str, entries: dict[str, Any]) -> None:
        """This build's entries of ``section``, for the next build."""
        self._new[section] = entries

    def save(self) -> None:
        """Write this build's sections (atomically); a cache that cannot be written only costs
        the work again."""
        if self._new:
            write_salted(self.path, self.salt, self._new)
