"""MkDocs' files of a build: the docs_dir files it must not publish dropped, bangtin's pages and
assets added."""

from __future__ import annotations

import os
from collections.abc import Iterable, Set
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from bangtin.adapter.convert import GeneratedPage
from bangtin.adapter.errors import SiteDirRefused
from bangtin.site.publish import AtomicSite, UnsafeSiteDir, check_site_dir, project_folders

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from bangtin.site.pages import PageSpec

__all__ = [
    "add_assets",
    "add_generated_pages",
    "drop_unshown_files",
    "include_in_nav",
    "mark_deferred",
    "staging_site",
]

log = get_plugin_logger(__name__)

ASSETS_DIR = Path(__file__).parent.parent / "site" / "assets"
# Folders of docs_dir that hold records, not pages.
DATA_FOLDERS = ("themes/", "practices/", "news/")
DATA_FILES = ("units.yml",)
TRASH = Path(".cache") / "bangtin" / "trash"


def staging_site(
    command: str | None, config: MkDocsConfig, *, root: Path, directives: str
) -> AtomicSite | None:
    """The staging folder of a build (None for another command, such as gh-deploy, whose
    MkDocs empties the site folder itself); a site folder a build must not replace (the
    project's own folders, a folder bangtin did not build) stops it here."""
    site = Path(config.site_dir)
    own = project_folders(root, config.docs_dir, config.theme.custom_dir, directives)
    try:
        if command != "build":
            check_site_dir(site, root, own)
            return None
        return AtomicSite(site, project=root, own=own, trash=root / TRASH)
    except UnsafeSiteDir as exc:
        raise SiteDirRefused(str(exc)) from None


def drop_unshown_files(
    files: Files,
    config: MkDocsConfig,
    *,
    root: Path,
    visible_pages: Set[str],
    hidden_assets: Set[str],
) -> None:
    """Remove the docs_dir files this build must not publish: records' files, pages and
    attachments the audience may not see, and links out of the project."""
    for file in list(files):
        if file.generated_by is not None:
            continue
        uri = file.src_uri
        if _escapes(file.abs_src_path, config.docs_dir, root):
            # MkDocs follows symlinks out of docs_dir and copies what they point at. The
            # loader reports such links as errors; this is the net should it ever miss one.
            log.warning(f"{config.docs_dir}/{uri}: trỏ ra ngoài thư mục dự án; không đăng")
            files.remove(file)
            continue
        if file.is_documentation_page():
            if uri.startswith(DATA_FOLDERS) or uri not in visible_pages:
                files.remove(file)
        elif uri in DATA_FILES or uri.startswith(DATA_FOLDERS) or uri in hidden_assets:
            files.remove(file)


def add_generated_pages(
    files: Files, config: MkDocsConfig, specs: Iterable[PageSpec]
) -> dict[str, PageSpec]:
    """Add bangtin's pages to MkDocs' files (out of the navigation), over an editor's own;
    returns them by source path."""
    added: dict[str, PageSpec] = {}
    for spec in specs:
        existing = files.get_file_from_path(spec.src_uri)
        if existing is not None:
            log.warning(
                f"{config.docs_dir}/{spec.src_uri}: trùng đường dẫn với trang do bangtin tạo; "
                "trang của bangtin được dùng"
            )
            files.remove(existing)
        added[spec.src_uri] = spec
        file = File.generated(
            config, spec.src_uri, content=spec.markdown, inclusion=InclusionLevel.NOT_IN_NAV
        )
        GeneratedPage(None, file, config)  # sets file.page; MkDocs then keeps it
        files.append(file)
    return added


def add_assets(files: Files, config: MkDocsConfig) -> None:
    """bangtin's own styles, scripts and fonts, under assets/bangtin/."""
    for asset in sorted(ASSETS_DIR.rglob("*")):
        if asset.is_file():
            uri = f"assets/bangtin/{asset.relative_to(ASSETS_DIR).as_posix()}"
            files.append(File.generated(config, uri, abs_src_path=str(asset)))


def mark_deferred(files: Files, deferred: Iterable[str]) -> None:
    """The pages a worker process renders: MkDocs' own conversion skips them."""
    for uri in deferred:
        page = files.src_uris[uri].page
        if isinstance(page, GeneratedPage):
            page.later = True


def include_in_nav(files: Files, paths: Iterable[str]) -> None:
    """The pages of the default navigation, listed in it (bangtin's are added out of it)."""
    for path in paths:
        in_nav = files.get_file_from_path(path)
        if in_nav is not None:
            in_nav.inclusion = InclusionLevel.INCLUDED


def _escapes(path: str | None, docs_dir: str, root: Path) -> bool:
    """True for a docs_dir file that is, through a symlink, really outside the project."""
    if not path or not Path(os.path.abspath(path)).is_relative_to(os.path.abspath(docs_dir)):
        return False  # theme files live in their package, not in docs_dir
    return not Path(os.path.realpath(path)).is_relative_to(root)
