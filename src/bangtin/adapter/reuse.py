"""The last build's pages, linked into this build's site where nothing they show has changed.

A warm `bangtin build` at 10,000 directives renders the same 10,000 pages as the last one but
for the few an edit touched. Each generated page therefore gets a digest of everything that
makes it: the code and configuration that render it (the salt), what it shows (the features'
`PageInputs`: its records, their relations within the lược đồ's reach, units, themes, the
build date...), its Markdown's conversion (checked by the Markdown cache: its citations still
resolve the same way, its relative links still lead to the same pages) and its table of
contents. Material's shell around it is proved anew in each build (`Shells`) and its digest
kept with the page's.

A page whose digest and shell are the last build's is that build's page: its file in the
published site is hard-linked into the new one (copied where the file system cannot link),
as long as it is still the file that build wrote (same inode, size and time, and the same
digest of its bytes: a file damaged in place keeps the first three). A page Material
renders whole (one in the navigation: its shell shows which page is open) keeps bangtin's
content instead, and only Material's template runs again. Every other page is rendered as
before and its digest kept for the next build, in one part per process as the Markdown cache
does (``.cache/bangtin/pages/part-PID-N.pickle``).

``BANGTIN_REUSE=0`` renders every page; ``BANGTIN_REUSE=check`` renders every page too and
fails the build when one that would have been reused differs from the last build's: the tests
use it to prove the digests see everything a page shows.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.metadata
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bangtin.core.kept import (
    content_digest,
    package_digest,
    read_salted,
    tree_digest,
    write_salted,
)

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

    from bangtin.adapter.shell import Shells

__all__ = ["REUSE_ENV", "PageReuse", "reuse_mode"]

REUSE_ENV = "BANGTIN_REUSE"
_PACKAGES = (
    "mkdocs",
    "mkdocs-material",
    "markdown",
    "pymdown-extensions",
    "jinja2",
    "markupsafe",
    "nh3",
)


def reuse_mode() -> str:
    """ "on" (the default), "off" (``BANGTIN_REUSE=0``) or "check" (``BANGTIN_REUSE=check``)."""
    raw = os.environ.get(REUSE_ENV, "1").strip().lower()
    if raw in ("0", "off", "no", "false"):
        return "off"
    return "check" if raw == "check" else "on"


@dataclass(frozen=True, slots=True)
class _Kept:
    """One page of a build, as the next build finds it: its file (a spliced page) or bangtin's
    content of it (a page Material renders whole: ``variant`` None)."""

    digest: bytes
    quick: bytes  # the digest before the Markdown's conversion (see `PageReuse.quick`)
    variant: Any  # the page's shell variant (`Shells.shell_digest`)
    shell: bytes  # the digest of that shell
    dest: str  # the file, relative to the site
    inode: int = 0
    size: int = 0
    mtime_ns: int = 0
    sha: bytes = b""  # the digest of the file's bytes
    content: str = ""
    head: str = ""


class PageReuse:
    """The pages of the last build (read at the start of this one) and those of this build."""

    def __init__(self, folder: Path, previous_site: Path, salt: bytes, *, checking: bool) -> None:
        self.folder = folder
        self.previous_site = previous_site
        self.salt = salt
        self.checking = checking
        self.entries: dict[str, _Kept] = {}
        self.kept: dict[str, _Kept] = {}
        self.linked = 0
        self.differ: list[str] = []
        self.world = b""  # this build's (`set_world`)
        self._worlds: set[bytes] = set()  # the last build's, from its parts
        self._read = sorted(folder.glob("part-*.pickle")) if folder.is_dir() else []
        for part in self._read:
            stored = read_salted(part, salt)  # None: only costs renders
            if isinstance(stored, tuple) and len(stored) == 2 and isinstance(stored[0], dict):
                self.entries.update(stored[0])
                self._worlds.add(stored[1])

    def quick(self, page_inputs: bytes) -> bytes:
        """The page's digest before its Markdown is converted: its inputs and the build's
        *world* (`set_world`). Equal to the last build's, the conversion is the same too and
        need not be looked up."""
        return hashlib.blake2b(self.salt + page_inputs + self.world, digest_size=16).digest()

    def set_world(self, every: bytes, files: Files) -> None:
        """What every page's Markdown converts against: every record's face (its citations
        resolve against them: `PageInputs.every`) and the build's files (its relative links
        lead to them)."""
        h = hashlib.blake2b(every, digest_size=16)
        for file in sorted(files, key=lambda f: f.src_uri):
            h.update(f"{file.src_uri}\0{file.dest_uri}\0{file.url}\n".encode())
        self.world = h.digest()

    @property
    def same_world(self) -> bool:
        """True when the last build converted every page against this build's world: its
        pages are then taken by their `quick` digest, and no conversion need be looked up."""
        return self._worlds == {self.world}

    def digest(self, page_inputs: bytes, page: Page, toc_html: str) -> bytes:
        """The page's digest, once its Markdown is converted (content, title and toc set)."""
        h = hashlib.blake2b(self.salt, digest_size=16)
        for part in (page.content or "", toc_html, str(page.title or "")):
            data = part.encode("utf-8", "surrogatepass")
            h.update(len(data).to_bytes(8, "little"))
            h.update(data)
        h.update(page_inputs)
        return h.digest()

    def previous(
        self, page: Page, digest: bytes, shells: Shells, *, quick: bool = False
    ) -> Path | None:
        """The last build's file of ``page`` when it is this build's page too, else None
        (``quick``: ``digest`` is the `quick` one)."""
        entry = self._entry(page, digest, quick=quick)
        if entry is None or entry.variant is None:
            return None
        if shells.shell_digest(entry.variant) != entry.shell:
            return None
        path = os.path.join(self.previous_site, entry.dest)
        try:
            st = os.stat(path)
            if (st.st_ino, st.st_size, st.st_mtime_ns) != (
                entry.inode,
                entry.size,
                entry.mtime_ns,
            ):
                return None  # not the file that build wrote
            with open(path, "rb") as f:
                if content_digest(f.read()) != entry.sha:
                    return None  # that file, damaged in place
        except OSError:
            return None
        return Path(path)

    def content(self, page: Page, digest: bytes, quick: bytes) -> tuple[str, str] | None:
        """bangtin's content and head of a page Material renders whole, when the last build's
        are this build's: kept again for the next build."""
        entry = self._entry(page, digest)
        if entry is None or entry.variant is not None:
            return None
        self.kept[page.file.src_uri] = dataclasses.replace(entry, quick=quick)
        return entry.content, entry.head

    def _entry(self, page: Page, digest: bytes, *, quick: bool = False) -> _Kept | None:
        entry = self.entries.get(page.file.src_uri)
        if entry is None or (entry.quick if quick else entry.digest) != digest:
            return None
        return entry if entry.dest == page.file.dest_uri else None

    def link(self, page: Page, previous: Path, quick: bytes) -> bool:
        """Put the last build's file of ``page`` in this build's site; False when it cannot."""
        entry = self.entries[page.file.src_uri]
        if entry.quick != quick:
            entry = dataclasses.replace(entry, quick=quick)
        dest = page.file.abs_dest_path
        try:
            folder = os.path.dirname(dest)
            try:
                os.mkdir(folder)  # a directive's page is alone in its folder
            except FileExistsError:
                pass
            except FileNotFoundError:
                os.makedirs(folder, exist_ok=True)
            try:
                os.link(previous, dest)
            except FileExistsError:
                os.unlink(dest)
                os.link(previous, dest)
        except OSError:
            try:
                shutil.copy2(previous, dest)
                entry = self._stat(entry, Path(dest))
            except OSError:
                return False
        self.kept[page.file.src_uri] = entry
        self.linked += 1
        return True

    def keep(self, page: Page, digest: bytes, quick: bytes, variant: Any, shell: bytes) -> None:
        """Note a page this build rendered and spliced, for the next build."""
        dest = page.file.dest_uri
        try:
            with open(page.file.abs_dest_path, "rb") as f:
                st = os.fstat(f.fileno())
                sha = content_digest(f.read())
        except OSError:
            return
        self.kept[page.file.src_uri] = _Kept(
            digest, quick, variant, shell, dest, st.st_ino, st.st_size, st.st_mtime_ns, sha
        )

    def keep_content(self, page: Page, digest: bytes, quick: bytes) -> None:
        """Note bangtin's content of a page Material renders whole, for the next build."""
        self.kept[page.file.src_uri] = _Kept(
            digest,
            quick,
            None,
            b"",
            page.file.dest_uri,
            content=page.content or "",
            head=str(page.meta.get("bangtin_head") or ""),
        )

    def compare(self, page: Page, previous: Path) -> None:
        """`check`: note ``page`` when its new file differs from the last build's."""
        try:
            same = Path(page.file.abs_dest_path).read_bytes() == previous.read_bytes()
        except OSError:
            same = False
        if not same:
            self.differ.append(page.file.src_uri)

    @staticmethod
    def _stat(entry: _Kept, dest: Path) -> _Kept:
        st = dest.stat()
        return dataclasses.replace(entry, inode=st.st_ino, size=st.st_size, mtime_ns=st.st_mtime_ns)

    def save_part(self) -> None:
        """Write this process's pages as a part of the next build's record (if it has any)."""
        if self.kept:
            name = f"part-{os.getpid()}-{time.time_ns()}.pickle"
            write_salted(self.folder / name, self.salt, (self.kept, self.world))

    def finish(self) -> None:
        """In the main process, once every worker saved its part: save this process's part and
        remove the parts of the last build."""
        self.save_part()
        for part in self._read:
            with contextlib.suppress(OSError):  # a cache that cannot be written costs time only
                part.unlink(missing_ok=True)


def page_salt(config: MkDocsConfig, plugin_options: dict[str, Any], markdown_salt: str) -> bytes:
    """What renders a page besides its inputs: the packages' versions, bangtin's code and
    templates, the portal's mkdocs.yml and theme overrides, the plugin's options and
    the Markdown cache's own salt (its extensions and their options)."""
    h = hashlib.blake2b(digest_size=16)

    def add(data: bytes) -> None:
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)

    for name in _PACKAGES:
        try:
            add(f"{name}={importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            add(name.encode())
    add(package_digest())
    if config.theme.custom_dir:
        add(tree_digest(Path(config.theme.custom_dir).resolve()))
    if config.config_file_path and Path(config.config_file_path).is_file():
        add(Path(config.config_file_path).read_bytes())
    add(repr(sorted(plugin_options.items())).encode())
    add(repr((config.site_url, config.site_name, config.use_directory_urls)).encode())
    add(markdown_salt.encode())
    return h.digest()
