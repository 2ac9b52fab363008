"""The portal's default navigation: index pages only, never one entry per directive."""

from __future__ import annotations

from typing import Any

from bangtin.site.pages import PageSpec

__all__ = ["default_nav", "nav_paths"]

# The header's tabs must fit on one line from 1024 px on: few top-level entries with short
# labels (the tabs show these titles, partials/tabs-item.html), the lookup and the statistics
# reached from "Văn bản", whose lists they are.
NAV_SECTIONS: tuple[tuple[str, str], ...] = (
    ("Chủ đề năm", "chu-de/index.md"),
    ("Theo dõi", "theo-doi/index.md"),
    ("Mô hình", "mo-hinh/index.md"),
    ("Tin tức", "tin-tuc/index.md"),
    ("Bài đăng", "bai-dang/index.md"),
    ("Đơn vị", "don-vi/index.md"),
)
DOCUMENT_LISTS: tuple[tuple[str, str], ...] = (
    ("Tra cứu", "tra-cuu/index.md"),
    ("Theo loại", "van-ban/loai/index.md"),
    ("Theo cơ quan ban hành", "van-ban/co-quan/index.md"),
    ("Chưa có toàn văn", "van-ban/chua-co-toan-van.md"),
    ("Thống kê", "thong-ke/index.md"),
)
FOLDER_TITLES = {"huong-dan": "Hướng dẫn", "gioi-thieu": "Giới thiệu"}


def default_nav(specs: dict[str, PageSpec], pages: set[str]) -> list[Any]:
    """The navigation when mkdocs.yml has none: bangtin's index pages, then the editors' pages.

    Args:
        specs: the generated pages, by source path.
        pages: the editors' own pages (content/*.md) this build shows.
    """
    documents: list[Any] = [{"Theo năm": "van-ban/index.md"}]
    documents.extend({title: uri} for title, uri in DOCUMENT_LISTS if uri in specs)
    nav: list[Any] = [{"Trang chủ": "index.md"}, {"Văn bản": documents}]
    nav.extend({title: uri} for title, uri in NAV_SECTIONS if uri in specs)
    return nav + _editors_pages(pages)


def _editors_pages(pages: set[str]) -> list[Any]:
    """The editors' pages: top-level ones first, then one section per folder (its index first)."""
    folders: dict[str, list[str]] = {}
    for path in sorted(pages):
        if path == "index.md":
            continue
        folder = path.split("/", 1)[0] if "/" in path else ""
        folders.setdefault(folder, []).append(path)
    nav: list[Any] = list(folders.pop("", []))
    for folder, paths in sorted(folders.items()):
        title = FOLDER_TITLES.get(folder, folder.replace("-", " ").capitalize())
        ordered = sorted(paths, key=lambda p: (not p.endswith("index.md"), p))
        nav.append({title: ordered})
    return nav


def nav_paths(nav: Any) -> list[str]:
    """Every page path a navigation (as in mkdocs.yml) names."""
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [p for item in nav for p in nav_paths(item)]
    if isinstance(nav, dict):
        return [p for value in nav.values() for p in nav_paths(value)]
    return []
