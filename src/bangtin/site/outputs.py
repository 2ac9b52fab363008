"""A feature's files of the last build, linked into this build where what they are made of is the
same: at 10,000 directives the posts' 16,000 text files, their JSON, CSV and feed are two
seconds of work that an edit of one directive's body mostly leaves as they were.

A feature that can say what its files are made of (`Feature.output_key`) writes them through
`KeptOutputs.write`: with the same key as the last build, and every file the last build wrote
still in the published site as it wrote it (the same inode, size and time, and the same digest
of its bytes: a file damaged in place keeps the first three), the files are hard-linked into
this build's folder; otherwise the feature writes them and the list of what it wrote is kept
(``.cache/bangtin/outputs/NAME.pickle``) for the next build. A build that fails is harmless:
its files never reach the published site, so the next build finds them missing there.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from bangtin.core.kept import content_digest, read_salted, write_salted

__all__ = ["KeptOutputs"]


class KeptOutputs:
    """Where features' files of the last build are listed, and the site they were published to."""

    def __init__(self, folder: Path, previous_site: Path, salt: bytes) -> None:
        self.folder = folder
        self.previous_site = previous_site
        self.salt = salt

    def write(
        self,
        name: str,
        key: Callable[[], object],
        out: Path,
        write: Callable[[Path], None],
    ) -> bool:
        """Write a feature's files into ``out`` (a folder of their own), or link the last
        build's when ``key()`` (what they are made of) is the same.

        Returns:
            True when the last build's files were linked.
        """
        digest = hashlib.blake2b(self.salt, digest_size=16)
        digest.update(repr(key()).encode("utf-8", "surrogatepass"))
        made_of = digest.digest()
        manifest = self.folder / f"{name}.pickle"
        if self._link(manifest, made_of, out):
            return True
        shutil.rmtree(out, ignore_errors=True)
        write(out)
        self._note(manifest, made_of, out)
        return False

    def _link(self, manifest: Path, made_of: bytes, out: Path) -> bool:
        stored = read_salted(manifest, self.salt)  # None: the files are written
        if not isinstance(stored, tuple) or len(stored) != 2 or stored[0] != made_of:
            return False
        files = stored[1]
        try:
            for rel, inode, size, mtime, digest in files:
                path = self.previous_site / rel
                st = os.stat(path)
                if (st.st_ino, st.st_size, st.st_mtime_ns) != (inode, size, mtime):
                    return False
                if content_digest(path.read_bytes()) != digest:
                    return False
            for rel, *_ in files:
                target = out / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                os.link(self.previous_site / rel, target)
        except (OSError, ValueError, TypeError):  # ValueError, TypeError: another shape
            return False
        return True

    def _note(self, manifest: Path, made_of: bytes, out: Path) -> None:
        files = []
        for path in sorted(out.rglob("*")):
            if path.is_file() and not path.is_symlink():
                st = path.stat()
                rel = path.relative_to(out).as_posix()
                digest = content_digest(path.read_bytes())
                files.append((rel, st.st_ino, st.st_size, st.st_mtime_ns, digest))
        write_salted(manifest, self.salt, (made_of, files))
