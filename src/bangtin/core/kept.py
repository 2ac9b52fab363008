"""Work on single records kept from one `bangtin build` to the next.

Finding the citations in 10,000 bodies and composing 20,000 posts cost four seconds of every
build's serial start, for records that mostly did not change since the last build. A record is
a function of its file and of what the loader read it with (`LoadResult.sources` digests both),
so what is computed from the record alone can be kept under that digest.

Each user takes its section of the last build (`last`), and gives the entries this build used
or made (`put`); sections nobody put are dropped, and so are entries of records that are gone.
The whole store is dropped when bangtin's code changes (any module may change what is kept).
It lives in ``.cache/bangtin/kept.pickle`` and a damaged file only costs the work again.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
from pathlib import Path
from typing import Any

__all__ = ["KeptWork", "package_digest"]


@functools.lru_cache(maxsize=1)
def package_digest() -> bytes:
    """A digest of bangtin's own files (code, templates, assets): new code, nothing kept."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            name = path.relative_to(package).as_posix().encode()
            data = path.read_bytes()
            for part in (name, data):
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
        try:
            with path.open("rb") as f:
                salt, sections = pickle.load(f)
            if salt == self.salt and isinstance(sections, dict):
                self._last = sections
        except Exception:  # missing, damaged or of another version: the work is done again
            self._last = {}

    def last(self, section: str) -> dict[str, Any]:
        """The entries the last build kept in ``section`` (empty when none)."""
        return self._last.get(section, {})

    def put(self, section: str, entries: dict[str, Any]) -> None:
        """This build's entries of ``section``, for the next build."""
        self._new[section] = entries

    def save(self) -> None:
        """Write this build's sections (atomically); a cache that cannot be written only costs
        the work again."""
        if not self._new:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as f:
                pickle.dump((self.salt, self._new), f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.path)
        except OSError:
            pass
