"""Serve's incremental updates on MkDocs' side: the objects kept from the last full build, a page
rendered again or removed, and the report of one update.

Which pages an edit touches is decided by `features.incremental`; `serve_update.ServeUpdate`
reads the files again and calls this module for each page. The features' files (exports,
feeds, calendars, the API) show every record of the audience: when an edit takes a record out
of the audience's view (deleted, or no longer public) they follow the new records
(`update_outputs`): each file whose makings changed is written again and those no longer made
are removed, so that the record leaves every file of the site, not only its page.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import mkdocs
from markupsafe import escape
from mkdocs.commands.build import _build_page, _build_theme_template, _populate_page
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_build_timestamp

from bangtin.adapter.convert import GeneratedPage
from bangtin.core.model import ContentError
from bangtin.features.base import Feature
from bangtin.site.pages import PageSpec

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation


__all__ = [
    "Built",
    "UpdateReport",
    "Written",
    "add_page",
    "place_pages",
    "remove_page",
    "render_again",
    "sitemap_loc",
    "update_outputs",
    "write_outputs",
    "write_sitemap",
]

#: The files each feature wrote into the served site, by feature name: each relative path with
#: what the file was made of (its `OutputFile` key; `UNKNOWN` for a feature that cannot tell).
Written = Mapping[str, Mapping[str, object]]

#: The key of a file whose makings are not known: equal to no feature's key.
UNKNOWN = object()


@dataclass(slots=True, kw_only=True)
class Built:
    """MkDocs' objects of the last full build, kept for incremental rebuilds."""

    config: MkDocsConfig
    files: Files
    doc_files: list[File]
    nav: Navigation
    env: jinja2.Environment


@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateReport:
    """What `BangtinPlugin.update_directives` (`ServeUpdate.update`) did.

    Attributes:
        changed: the directive files taken (relative to the project).
        rendered: the pages rendered again (source paths).
        removed: the pages removed.
        refreshed: True when the features' files were written again (a record left the view).
        errors: the problems of the files not taken (their pages stay as they were).
        seconds: how long it took.
        search: the search index's files rewritten, its files in all and the CPU seconds of
            its update (None when it was not updated: search off, or ``refreshed``).
    """

    changed: tuple[str, ...] = ()
    rendered: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    refreshed: bool = False
    errors: tuple[ContentError, ...] = ()
    seconds: float = 0.0
    search: tuple[int, int, float] | None = None


def add_page(built: Built, uri: str, spec: PageSpec) -> None:
    """Make a new generated page's MkDocs file (not rendered yet; no-op when it exists).

    Every page an update makes must be among MkDocs' files before any page of the update is
    rendered: a page links to another through the files (a citing page and the stub page the
    same edit made), and a target not found yet is left as its source path ("77-cv-tu.md").
    """
    config, files = built.config, built.files
    if files.get_file_from_path(uri) is not None:
        return
    file = File.generated(config, uri, content=spec.markdown, inclusion=InclusionLevel.NOT_IN_NAV)
    files.append(file)
    built.doc_files.append(file)
    GeneratedPage(None, file, config)


def place_pages(built: Built, made: Iterable[str], plan: Iterable[str]) -> None:
    """Put the pages an update made (`add_page` appends them) where a full build has them
    among MkDocs' files: bangtin's pages in ``plan``'s order (the plugin adds them so), each
    after the last page of the plan before it. What lists every page in the files' order (the
    sitemap) is then a full build's."""
    moving = set(made)
    if not moving:
        return
    order = {uri: at for at, uri in enumerate(plan)}
    files = list(built.files)
    rest = [f for f in files if f.src_uri not in moving]
    for file in (f for f in files if f.src_uri in moving):
        place = order.get(file.src_uri)
        if place is None:
            rest.append(file)
            continue
        at = 0
        for i, other in enumerate(rest):
            before = order.get(other.src_uri)
            if before is not None and before < place:
                at = i + 1
        rest.insert(at, file)
    for file in files:
        built.files.remove(file)
    for file in rest:
        built.files.append(file)


def render_again(built: Built, uri: str, spec: PageSpec | None) -> bool:
    """Render one page again (creating its MkDocs file when the page is new: `add_page` first
    when the update makes several pages, so that they link to each other).

    Args:
        built: the last full build's objects.
        uri: the page's source path.
        spec: the generated page's plan, None for an editor's own page.

    Returns:
        False when there is no such page to render.
    """
    config, files = built.config, built.files
    file = files.get_file_from_path(uri)
    if file is None:
        if spec is None:
            return False
        add_page(built, uri, spec)
        file = files.get_file_from_path(uri)
        assert file is not None
    elif spec is not None:
        file.content_string = spec.markdown
    if file.page is None:
        return False
    _populate_page(file.page, config, files)
    _build_page(file.page, config, built.doc_files, built.nav, built.env)
    return True


def remove_page(built: Built, uri: str) -> None:
    """Remove a page that no longer exists from MkDocs' files and from the site folder."""
    file = built.files.get_file_from_path(uri)
    if file is None:
        return
    built.files.remove(file)
    if file in built.doc_files:
        built.doc_files.remove(file)
    out = Path(file.abs_dest_path)
    out.unlink(missing_ok=True)
    # "van-ban/2024/x/index.html": the folder goes too when nothing else is in it.
    with contextlib.suppress(OSError):
        out.parent.rmdir()


def write_outputs(
    features: Iterable[Feature], site_dir: Path, written: Written, *, skip: tuple[type, ...] = ()
) -> Written:
    """Write every feature's files into ``site_dir`` again, from their records.

    Each feature writes into an empty folder of its own; its files then replace those in the
    site one by one, and the files it wrote last time (``written``) but not now are removed: a
    record's own files (its post's text, its card) go with the record. The features of the
    types in ``skip`` are left alone (and out of the result).

    Returns:
        The files each feature wrote, for the next call or `update_outputs`.
    """
    out: dict[str, Mapping[str, object]] = {}
    for feature in features:
        if type(feature).post_build is Feature.post_build or isinstance(feature, skip):
            continue  # writes no file
        name = type(feature).__name__
        files = feature.output_files()
        with tempfile.TemporaryDirectory(dir=site_dir.parent, prefix=".bangtin-outputs-") as tmp:
            fresh = Path(tmp)
            feature.post_build(fresh)
            made = {p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.is_file()}
            for rel in sorted(written.get(name, {}).keys() - made):
                _remove(site_dir / rel)
            for rel in sorted(made):
                target = site_dir / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(fresh / rel, target)
        keys = files or {}
        out[name] = {rel: keys[rel].key if rel in keys else UNKNOWN for rel in sorted(made)}
    return out


def update_outputs(
    features: Iterable[Feature], site_dir: Path, written: Written, *, skip: tuple[type, ...] = ()
) -> Written:
    """Bring every feature's files in ``site_dir`` to what `write_outputs` would write now,
    writing only what changed since ``written`` (`bangtin serve`, after an edit).

    A feature that says what its files are made of (`Feature.output_files`) has only the files
    whose makings changed written again (each replaced whole), and those no longer made
    removed: a record that left the view leaves the lists that held it, its own files go.
    Another feature's files are all written again (`write_outputs`).

    Returns:
        The files each feature wrote, for the next call.
    """
    out: dict[str, Mapping[str, object]] = {}
    for feature in features:
        if type(feature).post_build is Feature.post_build or isinstance(feature, skip):
            continue
        name = type(feature).__name__
        files = feature.output_files()
        before = written.get(name, {})
        if files is None:
            out.update(write_outputs([feature], site_dir, {name: before}))
            continue
        for rel in sorted(before.keys() - files.keys()):
            _remove(site_dir / rel)
        for rel, file in sorted(files.items()):
            if rel in before and before[rel] == file.key:
                continue
            _replace(site_dir / rel, file.data())
        out[name] = {rel: file.key for rel, file in files.items()}
    return out


def _replace(path: Path, data: bytes) -> None:
    """``path`` replaced whole by ``data`` (a server reading it sees the old or the new file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.bangtin-new")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # its folder too when nothing else is in it
        path.parent.rmdir()


def sitemap_loc(built: Built, uri: str) -> str | None:
    """The address MkDocs' sitemap gives the page of ``uri`` (None: it has no entry)."""
    file = built.files.get_file_from_path(uri)
    page = file.page if file is not None else None
    if page is None or page.is_link:
        return None
    return page.canonical_url or page.abs_url or None


def write_sitemap(built: Built, removed: Sequence[str | None] | None = None) -> None:
    """MkDocs' sitemap (and its .gz) again, from the pages there are now.

    With ``removed`` (the `sitemap_loc` of each page an update removed, when it made none),
    their entries are taken out of the sitemap written last, which is then what MkDocs would
    write (its template gives each page an entry of its own, in the files' order): not made
    again from 10,000 pages. Written whole when that cannot be told (another template, a
    plugin that changes it, an entry not found once).
    """
    if "sitemap.xml" not in built.config.theme.static_templates:
        return
    if removed is not None and _sitemap_without(built, [loc for loc in removed if loc]):
        return
    _build_theme_template("sitemap.xml", built.env, built.files, built.config, built.nav)


# The entries of MkDocs' own sitemap.xml template: "\n    <url>\n         <loc>ADDRESS</loc>
# \n         <lastmod>DATE</lastmod>\n    </url>", one for each page that has an address.
_MKDOCS_SITEMAP = Path(mkdocs.__file__).parent / "templates" / "sitemap.xml"
_ENTRY = "\n    <url>\n         <loc>"


def _sitemap_without(built: Built, locs: list[str]) -> bool:
    """The sitemap written last without the entries of ``locs``; False when it is not known
    to be what MkDocs would write (then nothing is written)."""
    config = built.config
    template = built.env.get_template("sitemap.xml")
    if template.filename is None or Path(template.filename).resolve() != _MKDOCS_SITEMAP:
        return False
    if config.plugins.events.get("post_template"):
        return False  # a plugin may change the text MkDocs renders
    path = Path(config.site_dir) / "sitemap.xml"
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    for loc in locs:
        needle = f"{_ENTRY}{escape(loc)}</loc>"
        at = text.find(needle)
        end = text.find("</url>", at)
        if at < 0 or text.find(needle, at + 1) >= 0 or end < 0:
            return False
        text = text[:at] + text[end + len("</url>") :]
    data = text.encode("utf-8")
    _replace(path, data)
    # The .gz as MkDocs writes it: its time is that of the newest page.
    pages = [f.page for f in built.files.documentation_pages() if f.page is not None]
    packed = io.BytesIO()
    gz_name = f"{path}.gz"
    stamp = get_build_timestamp(pages=pages)
    with gzip.GzipFile(fileobj=packed, filename=gz_name, mode="wb", mtime=stamp) as gz:
        gz.write(data)
    _replace(Path(gz_name), packed.getvalue())
    return True
