"""A directive's kept files on its page: the original and annexes to download, and the original's
digital signature as the build reads it from the file itself.

Only the records of this build's audience are asked, so an internal or confidential directive's
files never reach a public build: the adapter copies the files `site_files` lists, nothing else
of directives/ is published.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from bangtin.core.attachments import MB, Download, downloads
from bangtin.core.model import Directive
from bangtin.core.signature import SignatureCheck, SignatureReader, load_trust_roots
from bangtin.features.base import BuildContext, Feature
from bangtin.site.pages import PageSpec
from bangtin.site.render import relative_url, render_template

__all__ = ["AttachmentsFeature", "Offered", "sync_files"]

SIGNATURES_CACHE = Path(".cache") / "bangtin" / "signatures.pickle"
# Where `bangtin serve` keeps its signature reader (`BuildContext.memo`).
READER = "attachments.reader"


@dataclass(frozen=True, slots=True, kw_only=True)
class Offered:
    """One file as the page shows it: the download and, for a PDF, its signatures."""

    download: Download
    signatures: tuple[SignatureCheck, ...] = ()


class AttachmentsFeature(Feature):
    """Downloads and signature lines on directive pages; the files for the adapter to copy."""

    def __init__(self, ctx: BuildContext) -> None:
        super().__init__(ctx)
        options = ctx.options
        root = options.root
        roots = load_trust_roots(root / p for p in options.trust_roots)
        reader = self._reader(ctx, roots)
        found = {
            d.path: downloads(root, d, options.attachment_max_mb * MB)
            for d in ctx.registry.directives
            if d.files and not d.stub
        }
        pdfs = [f.source for files in found.values() for f in files if f.kind == "PDF"]
        # A build reads many new originals in forked processes; serve (memo) never forks.
        signatures = dict(zip(pdfs, reader.read_many(pdfs, parallel=ctx.memo is None), strict=True))
        self._offered: dict[str, tuple[Offered, ...]] = {
            path: tuple(Offered(download=f, signatures=signatures.get(f.source, ())) for f in files)
            for path, files in found.items()
            if files
        }
        reader.save()

    @staticmethod
    def _reader(ctx: BuildContext, roots: list[object]) -> SignatureReader:
        """The signature reader: `bangtin serve` keeps one between its builds (an edit then
        reads no original again unless it changed), a build makes its own."""
        memo = ctx.memo
        held = memo.get(READER) if memo is not None else None
        if isinstance(held, SignatureReader) and held.salt == SignatureReader.salt_of(roots):
            return held
        reader = SignatureReader(ctx.options.root / SIGNATURES_CACHE, roots)
        if memo is not None:
            memo[READER] = reader
        return reader

    def offered(self, d: Directive) -> tuple[Offered, ...]:
        """The files ``d``'s page offers (none for a stub or a record of another audience)."""
        return self._offered.get(d.path, ()) if not d.stub else ()

    def site_files(self) -> list[tuple[str, Path]]:
        """Each offered file's place in the site (beside its page) and on disk, sorted."""
        out = [
            (f"{d.url}{o.download.name}", o.download.source)
            for d in self.ctx.registry.directives
            for o in self.offered(d)
        ]
        return sorted(out)

    def own_view(self, d: Directive) -> object:
        # The page changes when a file is replaced (its size and time) or its signature reads
        # otherwise (a trust root configured).
        return tuple(
            (o.download.name, o.download.label, o.download.digest_key, o.signatures)
            for o in self.offered(d)
        )

    def extras(self, spec: PageSpec, page_url: str) -> dict[str, Markup]:
        record = spec.record
        if spec.kind != "directive" or not isinstance(record, Directive):
            return {}
        offered = self.offered(record)
        if not offered:
            return {}
        return {"files": files_markup(record, offered, page_url)}


def files_markup(d: Directive, offered: Sequence[Offered], page_url: str) -> Markup:
    """The page's list of files (partials/bangtin/files.html)."""
    items = [(relative_url(f"{d.url}{o.download.name}", page_url), o) for o in offered]
    return render_template("partials/bangtin/files.html", items=items)


def sync_files(
    before: Sequence[tuple[str, Path]], after: Sequence[tuple[str, Path]], site_dir: Path
) -> None:
    """`bangtin serve`, after an edit of directive files: the kept files in the site follow the
    records. A file no record offers any more (its record deleted, or out of the preview's
    audience) is removed; a file newly offered is copied. ``before`` and ``after`` are
    `AttachmentsFeature.site_files` of the two builds. A replaced original is not an edit of a
    directive file: serve builds the whole site again for it.
    """
    old, new = dict(before), dict(after)
    for uri in sorted(old.keys() - new.keys()):
        (site_dir / uri).unlink(missing_ok=True)
    for uri, source in sorted(new.items()):
        if old.get(uri) != source:
            target = site_dir / uri
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
