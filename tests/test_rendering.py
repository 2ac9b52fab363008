"""`rendering`: a generated page's content and writing, and the warm build's two caches."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from markupsafe import Markup
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from bangtin.adapter.rendering import PageCaches, PageRenderer, deferred_pages, escape_meta
from bangtin.adapter.shell import Shells
from conftest import MakeSite, directive, serve_build

DIRECTIVES = {
    "directives/2024/2078-cv-duk.md": directive(body="Thực hiện tốt công tác dân vận."),
    "directives/2024/5-kh-duk.md": directive("5-KH/ĐUK", "2024-02-05", subject="Kế hoạch"),
}


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1733500000")
    monkeypatch.delenv("BANGTIN_AUDIENCE", raising=False)


def _served(make_site: MakeSite, tmp_path: Path) -> tuple[Any, Any, Path]:
    site = make_site(DIRECTIVES, build=False)
    out = tmp_path / "served"
    plugin, config = serve_build(site, out)
    return plugin, config, out


def test_the_renderer_writes_a_page_as_the_build_did(make_site: MakeSite, tmp_path: Path) -> None:
    plugin, config, out = _served(make_site, tmp_path)
    built = plugin._serve.built
    written = out / "van-ban/2024/2078-cv-duk/index.html"
    before = written.read_bytes()
    written.unlink()
    renderer = PageRenderer(
        specs=plugin.specs,
        index=plugin.index,
        features=plugin.features,
        nav=built.nav,
        caches=PageCaches(),
        shells=Shells(config, built.doc_files, built.nav, built.env),
    )
    page = built.files.src_uris["van-ban/2024/2078-cv-duk.md"].page

    notes = renderer.render_pages(
        [page], config=config, files=built.files, doc_files=built.doc_files, env=built.env
    )

    assert notes == []
    assert written.read_bytes() == before
    assert "Thực hiện tốt công tác dân vận." in before.decode()
    # Written, the page's text is let go (10,000 pages' text would weigh hundreds of MB).
    assert page.markdown is None and page.content is None


def test_the_pool_holds_the_listings_first(make_site: MakeSite, tmp_path: Path) -> None:
    plugin, config, _out = _served(make_site, tmp_path)
    built = plugin._serve.built
    deferred = frozenset(plugin.specs)
    pages = deferred_pages(built.doc_files, deferred, plugin.specs)
    kinds = [plugin.specs[p.file.src_uri].kind == "directive" for p in pages]
    assert kinds == sorted(kinds) and True in kinds and False in kinds
    assert {p.file.src_uri for p in pages} == {
        f.src_uri for f in built.doc_files if f.src_uri in deferred
    }
    renderer = PageRenderer(
        specs=plugin.specs,
        index=plugin.index,
        features=plugin.features,
        nav=built.nav,
        caches=PageCaches(),
    )
    args: dict[str, Any] = {"files": built.files, "doc_files": built.doc_files, "env": built.env}
    assert renderer.pool([], config=config, **args) is None
    pool = renderer.pool(pages, config=config, **args)
    assert pool is not None and list(pool.items) == pages


def test_the_caches_open_save_and_finish(
    make_site: MakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plugin, config, out = _served(make_site, tmp_path)
    built = plugin._serve.built
    root = plugin.root
    options = {"search": False}

    monkeypatch.setenv("BANGTIN_REUSE", "0")
    off = PageCaches.start(root, out, config, options, plugin.features, built.files)
    assert off.reuse is None and off.markdown is not None
    off.finish()
    assert off.markdown is None

    monkeypatch.setenv("BANGTIN_REUSE", "1")
    assert PageCaches.start(root, None, config, options, plugin.features, built.files).reuse is None
    caches = PageCaches.start(root, out, config, options, plugin.features, built.files)
    assert caches.reuse is not None and not caches.reuse.checking
    assert caches.reuse.previous_site == out
    assert not caches.reuse.same_world  # no build kept its pages yet
    caches.save_parts()  # nothing rendered: nothing to keep, and no failure
    caches.finish()
    assert caches.reuse is None and caches.markdown is None


def test_an_editors_title_is_escaped(make_site: MakeSite, tmp_path: Path) -> None:
    _plugin, config, _out = _served(make_site, tmp_path)
    file = File("gioi-thieu.md", str(tmp_path), str(tmp_path / "out"), use_directory_urls=True)
    page = Page(None, file, config)
    page.meta = {"title": "<script>alert(1)</script>", "description": None}
    escape_meta(page)
    assert page.meta["title"] == Markup("&lt;script&gt;alert(1)&lt;/script&gt;")
    assert page.meta["description"] is None
