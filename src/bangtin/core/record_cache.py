"""The record cache: parsed records kept between runs in shards, one per folder of files."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
from pathlib import Path
from typing import Any

from bangtin.core.frontmatter import MAX_FILE_BYTES
from bangtin.core.kept import read_salted, write_salted
from bangtin.core.model import ContentError

__all__ = ["RecordCache"]


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of the modules that turn a file into a record: new code, new cache."""
    here = Path(__file__).parent
    digest = hashlib.blake2b(digest_size=8)
    for name in (
        "read.py",
        "records.py",
        "frontmatter.py",
        "fields.py",
        "model.py",
        "numbers.py",
        "text.py",
    ):
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()


class RecordCache:
    """Parsed records kept between runs, keyed by each file's bytes (not its date).

    A file whose bytes, units and bangtin version are unchanged is not parsed again: `bangtin
    check` and `bangtin serve` on a large archive then cost the reading of the files only.
    Records with attachments are never cached (they depend on other files).

    The cache is a folder of shards, one per folder of files (``directives/2024/``): an edit
    rewrites its folder's shard only, not the 60 MB of a 10,000-directive archive.
    """

    VERSION = 3

    def __init__(self, path: Path, salt: str) -> None:
        import bangtin

        self.path = path
        self.salt = f"{self.VERSION}|{bangtin.__version__}|{_code_digest()}|{salt}".encode()
        self.entries: dict[str, tuple[str, Any]] = {}
        # Each file's digest as this run read it (`LoadResult.sources`).
        self.digests: dict[str, str] = {}
        # The shards whose entries changed since they were read.
        self._dirty: set[str] = set()
        self._shards: set[str] = set()
        for shard in sorted(path.glob("*.pickle")) if path.is_dir() else []:
            entries = read_salted(shard, self.salt)  # None: only costs parsing its files
            if isinstance(entries, dict):
                self.entries.update(entries)
                self._shards.add(shard.stem)

    @staticmethod
    def _shard(key: str) -> str:
        folder = os.path.dirname(key).encode("utf-8", "surrogatepass")
        return hashlib.blake2b(folder, digest_size=8).hexdigest()

    def _digest(self, path: Path) -> str | None:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                return None
            return hashlib.blake2b(path.read_bytes() + self.salt, digest_size=16).hexdigest()
        except OSError:
            return None

    def get(self, path: Path) -> tuple[Any, list[ContentError], list[ContentError]] | None:
        entry = self.entries.get(str(path))
        if entry is None:
            return None
        digest = self._digest(path)
        if digest is not None:
            self.digests[str(path)] = digest
        return entry[1] if digest is not None and digest == entry[0] else None

    def put(self, path: Path, outcome: tuple[Any, list[ContentError], list[ContentError]]) -> None:
        record = outcome[0]
        if getattr(record, "attachments", ()):
            return
        digest = self._digest(path)
        if digest is not None:
            self.entries[str(path)] = (digest, outcome)
            self.digests[str(path)] = digest
            self._dirty.add(self._shard(str(path)))

    def save(self, live: set[str]) -> None:
        """Write the shards that changed (only entries of files that still exist), atomically."""
        for key in set(self.entries) - live:
            del self.entries[key]
            self._dirty.add(self._shard(key))
        shards: dict[str, dict[str, tuple[str, Any]]] = {}
        for key, entry in self.entries.items():
            shards.setdefault(self._shard(key), {})[key] = entry
        write = (self._dirty | (set(shards) - self._shards)) & set(shards)
        for name in sorted(write):
            write_salted(self.path / f"{name}.pickle", self.salt, shards[name])
        for gone in (self._shards | self._dirty) - set(shards):
            with contextlib.suppress(OSError):
                (self.path / f"{gone}.pickle").unlink(missing_ok=True)
        self._shards = set(shards)
        self._dirty.clear()
