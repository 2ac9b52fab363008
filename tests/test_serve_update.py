"""`ServeUpdate`: serve's incremental update, driven in-process after a real full build."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest

from bangtin.adapter.plugin import BangtinPlugin
from bangtin.adapter.serve_update import ServeUpdate
from conftest import MakeSite, directive, serve_build

CITED = "directives/2024/189-cv-tu.md"
CITING = "directives/2024/2078-cv-duk.md"
OTHER = "directives/2024/5-kh-duk.md"
CITES = "Thực hiện Công văn số 189-CV/TU, ngày 02/01/2024 của Ban Thường vụ Tỉnh ủy."


def _served(make_site: MakeSite, tmp_path: Path) -> tuple[BangtinPlugin, Path]:
    """A project built as serve builds it (into a folder of its own); its plugin and site."""
    site = make_site(
        {
            CITED: directive("189-CV/TU", "2024-01-02", subject="Về công tác dân vận"),
            CITING: directive(body=CITES),
            OTHER: directive("5-KH/ĐUK", "2024-02-05", subject="Kế hoạch tập huấn"),
        },
        build=False,
    )
    out = tmp_path / "served"
    plugin, _config = serve_build(site, out)
    return cast(BangtinPlugin, plugin), out


def _serve_update(plugin: BangtinPlugin) -> ServeUpdate:
    serve = plugin._serve
    assert isinstance(serve, ServeUpdate) and serve.built is not None
    assert serve.memo is not None  # serve keeps each record's citations and posts
    return serve


@pytest.fixture(autouse=True)
def _epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1733500000")
    monkeypatch.delenv("BANGTIN_AUDIENCE", raising=False)


def test_a_body_edit_renders_only_its_own_page(make_site: MakeSite, tmp_path: Path) -> None:
    plugin, out = _served(make_site, tmp_path)
    other = out / "van-ban/2024/5-kh-duk/index.html"
    other_before = other.read_bytes()
    edited = plugin.root / CITING
    edited.write_text(directive(body=CITES + "\n\nMột câu mới về dân vận khéo."), "utf-8")

    report = _serve_update(plugin).update(plugin, [Path(CITING)])

    assert report.changed == (CITING,)
    assert report.rendered == ("van-ban/2024/2078-cv-duk.md",)
    assert report.removed == () and report.errors == () and not report.refreshed
    assert "Một câu mới về dân vận khéo." in (
        out / "van-ban/2024/2078-cv-duk/index.html"
    ).read_text("utf-8")
    assert other.read_bytes() == other_before
    # The host's records are the new ones: the next edit starts from them.
    assert plugin.result is not None
    assert any("Một câu mới" in d.body for d in plugin.result.all_directives)


def test_a_deleted_file_removes_its_page_and_refreshes_the_files(
    make_site: MakeSite, tmp_path: Path
) -> None:
    plugin, out = _served(make_site, tmp_path)
    assert (out / "van-ban/2024/5-kh-duk/index.html").is_file()
    (plugin.root / OTHER).unlink()

    report = _serve_update(plugin).update(plugin, [plugin.root / OTHER])

    # Its page, and the listing of its type (it was the only plan).
    assert report.removed == ("van-ban/2024/5-kh-duk.md", "van-ban/loai/ke-hoach.md")
    assert not (out / "van-ban/2024/5-kh-duk/index.html").exists()
    assert report.refreshed  # it left the view: every feature's files are written again
    assert "5-kh-duk" not in (out / "sitemap.xml").read_text("utf-8")
    assert "van-ban/2024/5-kh-duk.md" not in plugin.specs


def test_a_file_with_an_error_keeps_its_page(make_site: MakeSite, tmp_path: Path) -> None:
    plugin, out = _served(make_site, tmp_path)
    page = out / "van-ban/2024/2078-cv-duk/index.html"
    before = page.read_bytes()
    (plugin.root / CITING).write_text(directive(date="2024-13-45"), "utf-8")

    report = _serve_update(plugin).update(plugin, [Path(CITING)])

    assert report.changed == () and report.rendered == ()
    assert [e.path for e in report.errors] == [CITING]
    assert page.read_bytes() == before
