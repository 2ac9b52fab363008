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
pickle stored with a salt through `write_salted` and read back through `read_salted`.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

__all__ = ["KeptWork", "package_digest", "read_salted", "tree_digest", "write_salted"]


def read_salted(path: Path, salt: object) -> Any:
    """The value `write_salted` stored at ``path`` with ``salt``; None when the file is missing,
    damaged, or was written with another salt (another version of what made it)."""
    try:
        with path.open("rb") as f:
            stored_salt, value = pickle.load(f)
    except Exception:  # every cache of the build only costs the work again when unreadable
        return None
    return value if stored_salt == salt else None


def write_salted(path: Path, salt: object, value: object) -> None:
    """Store ``value`` with ``salt`` at ``path`` atomically (a temporary file renamed); a cache
    that cannot be written only costs the work again, so a failure is not an error."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as f:
            pickle.dump((salt, value), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)


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
