"""`ServeUpdate`: serve's incremental update, driven in-process after a real full build."""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

import pytest

from bangtin.adapter.plugin import BangtinPlugin
from bangtin.adapter.serve_update import ServeUpdate
from bangtin.core.model import Directive
from bangtin.features import links as links_feature
from bangtin.links import graph as graph_module
from conftest import MakeSite, Site, directive, run_build, serve_build
from test_serve import _found, _index_view

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


# --- a record that leaves the view: every file as a full build writes it ----------------------

GOES = "directives/2024/4343-cv-duk.md"
# Each record has a task (the calendars of its units and of all tasks), is public (a post: its
# text file, /bai-dang/, posts.json and .csv, the feed, a card), and words of its own (the
# search index, the API). The citing record cites the one that goes: it becomes a stub.
LEAVING_SITE = {
    CITED: directive(
        "189-CV/TU",
        "2024-01-02",
        subject="Về công tác dân vận",
        tasks="\n  - {what: Báo cáo dân vận, who: ban-tgdv-duk, due: 2024-06-30}",
    ),
    CITING: directive(
        body=CITES + " Căn cứ Công văn số 4343-CV/ĐUK, ngày 07/05/2024 của Đảng ủy Khối.",
        to="[doan-khoi]",
        tasks="\n  - {what: Triển khai, who: doan-khoi, due: 2024-09-30}",
    ),
    OTHER: directive("5-KH/ĐUK", "2024-02-05", subject="Kế hoạch tập huấn", to="[doan-khoi]"),
    GOES: directive(
        "4343-CV/ĐUK",
        "2024-05-07",
        subject="Về việc quokkakhoi của các đơn vị",
        body="Nội dung quokkakhoi cần triển khai.",
        tags="[quokkakhoi]",
        summary="Tóm tắt quokkakhoi",
        to="[doan-khoi]",
        tasks="\n  - {what: Báo cáo quokkakhoi, who: doan-khoi, due: 2024-12-01}",
    ),
}


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


QUERIES = (
    "quokkakhoi",
    "dân vận",
    "189-CV/TU",
    "4343",
    "kế hoạch tập huấn",
    "đảng ủy khối",
    "cong van",
    "trien khai",
    "tang cuong",
    "quokkakhio",
)


def _byte_differences(served: Path, fresh: Path) -> list[str]:
    """The files that differ byte for byte between two sites (or are in one only)."""
    a, b = _files(served), _files(fresh)
    return sorted(rel for rel in a.keys() | b.keys() if a.get(rel) != b.get(rel))


def _differences(served: Path, fresh: Path) -> list[str]:
    """The files that differ between the served site and a full build's (or are in one only).

    The search index is compared by what it finds (`_found`): while serving, a deleted page's
    id stays a hole and the impacts are scored with the statistics of serve's last full build,
    so its files may differ from a full build's byte for byte."""
    differ = [rel for rel in _byte_differences(served, fresh) if not rel.startswith("search/")]
    found = _found(_index_view(served / "search", QUERIES))
    if found != _found(_index_view(fresh / "search", QUERIES)):
        differ.append("search/")
    return differ


@pytest.mark.parametrize(
    "change",
    ["deleted", "confidential", "public-to-internal", "edited-then-deleted"],
)
def test_a_record_that_leaves_the_view_leaves_the_files_a_full_build_writes(
    make_site: MakeSite, tmp_path: Path, change: str
) -> None:
    public = change == "public-to-internal"
    options: dict[str, object] = {"search": True, "cards": True}
    if public:
        options["audience"] = "public"
    site = make_site(LEAVING_SITE, build=False, plugin=options)
    out = tmp_path / "served"
    plugin = cast(BangtinPlugin, serve_build(site, out)[0])
    holding = [rel for rel, data in _files(out).items() if b"quokkakhoi" in data.lower()]
    assert "bai-dang/posts.json" in holding and "api/van-ban.json" in holding, holding
    assert any(rel.endswith(".ics") for rel in holding), holding
    goes = site.root / GOES
    if change == "edited-then-deleted":
        # An edit that leaves no view first: the features' files wait (its post's text, the
        # exports); the deletion then brings them to the records, this edit's included.
        citing = site.root / CITING
        citing.write_text(citing.read_text("utf-8").replace("Đẩy mạnh", "Tăng cường"), "utf-8")
        assert not _serve_update(plugin).update(plugin, [citing]).refreshed
    if change.endswith("deleted"):
        goes.unlink()
    else:
        seen = "confidential" if change == "confidential" else "internal"
        goes.write_text(goes.read_text("utf-8").replace("public", seen), "utf-8")

    report = _serve_update(plugin).update(plugin, [goes])

    assert report.changed == (GOES,) and report.errors == ()
    assert report.refreshed  # it left the view
    # Every file, pages and features' files alike, as a full build of the new records writes
    # it: nothing the record gave stays (a stale page or file fails here), nothing is missing.
    fresh = tmp_path / "fresh"
    serve_build(site, fresh)
    assert _differences(out, fresh) == []


def test_a_file_with_an_error_keeps_its_page(make_site: MakeSite, tmp_path: Path) -> None:
    plugin, out = _served(make_site, tmp_path)
    page = out / "van-ban/2024/2078-cv-duk/index.html"
    before = page.read_bytes()
    (plugin.root / CITING).write_text(directive(date="2024-13-45"), "utf-8")

    report = _serve_update(plugin).update(plugin, [Path(CITING)])

    assert report.changed == () and report.rendered == ()
    assert [e.path for e in report.errors] == [CITING]
    assert page.read_bytes() == before


NEW = "directives/2024/77-cv-duk.md"
RENAMED = "directives/2024/78-cv-duk.md"
NEWEST = directive(
    "77-CV/ĐUK", "2024-06-01", subject="Về việc quokkakhoi mới", body="Tăng cường dân vận."
)


def _step(root: Path, step: str) -> list[str]:
    """Make one edit of `test_the_served_index_answers_as_a_full_build_...`; its files."""
    if step == "new":
        (root / NEW).write_text(NEWEST, "utf-8")
        return [NEW]
    if step == "deleted":
        (root / OTHER).unlink()
        return [OTHER]
    if step == "renamed":  # another number: another address
        (root / NEW).unlink()
        (root / RENAMED).write_text(NEWEST.replace("77-CV", "78-CV"), "utf-8")
        return [NEW, RENAMED]
    (root / CITING).write_text(directive(body=CITES + " Tăng cường quokkakhoi."), "utf-8")
    return [CITING]


def _pages(site_dir: Path) -> int:
    manifest = json.loads((site_dir / "search/manifest.json").read_text("utf-8"))
    return int(manifest["pages"])


def test_the_served_index_answers_as_a_full_build_after_new_deleted_and_renamed_files(
    make_site: MakeSite, tmp_path: Path
) -> None:
    # While serving, a page keeps its id: a new page's comes last (a full build puts the
    # newest first), a deleted one's is a hole. The index answers as a full build's all along.
    site = make_site(
        {
            CITED: directive("189-CV/TU", "2024-01-02", subject="Về công tác dân vận"),
            CITING: directive(body=CITES),
            OTHER: directive("5-KH/ĐUK", "2024-02-05", subject="Kế hoạch tập huấn"),
        },
        build=False,
        plugin={"search": True},
    )
    out = tmp_path / "served"
    plugin = cast(BangtinPlugin, serve_build(site, out)[0])
    holes = False
    for step in ("new", "deleted", "renamed", "edited"):
        paths = _step(site.root, step)

        report = _serve_update(plugin).update(plugin, [Path(p) for p in paths])

        assert report.errors == () and report.search is not None, step
        # In a process of its own: MkDocs would hand this process's plugin to a second build.
        built = run_build(site.root, epoch="1733500000")
        assert built.returncode == 0, built.stderr
        fresh = site.root / "site"
        view = _index_view(out / "search", QUERIES)
        assert _found(view) == _found(_index_view(fresh / "search", QUERIES)), step
        holes = holes or _pages(out) > _pages(fresh)
    assert holes  # the ids did differ from a full build's
    # The new page's words are found under its new address only, the deleted page's not.
    answers = {query: hits for query, hits, _, _ in view["answers"]}  # type: ignore[attr-defined]
    assert {url for _, url in answers["quokkakhoi"]} == {
        "van-ban/2024/2078-cv-duk/",
        "van-ban/2024/78-cv-duk/",
    }
    assert answers["kế hoạch tập huấn"] == []


def test_a_front_matter_edit_no_link_reads_keeps_the_link_graph(
    make_site: MakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A subject, tags or a signer changed, the same documents cited on the same lines: the link
    # graph is kept with the new record (building it is half a second at 10,000 directives);
    # the pages that show the record are those of a full build all the same.
    plugin, out = _served(make_site, tmp_path)
    built = _graph_builds(monkeypatch)
    root = plugin.root
    (root / CITED).write_text(
        directive(
            "189-CV/TU", "2024-01-02", subject="Về công tác dân vận khéo mới", tags="[dân vận]"
        ),
        "utf-8",
    )

    report = _serve_update(plugin).update(plugin, [Path(CITED)])

    assert report.errors == () and built == []  # the graph was kept
    # The citing page names the cited one by its subject: rendered again.
    assert "van-ban/2024/2078-cv-duk.md" in report.rendered
    # A date is read by the graph (which document a citation means): it is built again.
    (root / OTHER).write_text(
        directive("5-KH/ĐUK", "2024-02-06", subject="Kế hoạch tập huấn"), "utf-8"
    )
    _serve_update(plugin).update(plugin, [Path(OTHER)])
    assert built == [1]
    fresh = tmp_path / "fresh"
    serve_build(Site(root), fresh)  # last: MkDocs hands it this test's plugin
    pages = [
        "van-ban/2024/189-cv-tu/index.html",
        "van-ban/2024/2078-cv-duk/index.html",
        "van-ban/2024/5-kh-duk/index.html",
        "van-ban/2024/index.html",
        "van-ban/index.html",
    ]
    assert "dân vận khéo mới" in (out / pages[1]).read_text("utf-8")
    assert [p for p in pages if (out / p).read_bytes() != (fresh / p).read_bytes()] == []


# --- the follow-up feature's answers and tasks, kept between edits ----------------------------


def _html_pages(folder: Path) -> dict[str, bytes]:
    # The pages; the features' files (calendars, exports) and /bai-dang/ (every record's
    # newest posts) wait for the next full build (`incremental.EVERY_RECORD`).
    return {
        rel: data
        for rel, data in _files(folder).items()
        if rel.endswith(".html") and not rel.startswith("bai-dang/")
    }


@pytest.mark.parametrize("then", ["edits", "deleted"])
def test_the_follow_up_keeps_the_answers_and_tasks_of_records_an_edit_leaves(
    make_site: MakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, then: str
) -> None:
    # /theo-doi/, the unit pages, the answer tables and /thong-ke/ are made again from every
    # record after any edit but a body's: the tables and tasks of the records the edit left
    # are reused (12,000 tasks and 8,500 tables at 10,000 directives), and every page is a
    # full build's all the same, after a subject edit, then a report's new date and a new
    # report, or a deleted report (it left the view: every file is a full build's).
    from bangtin.features.followup.feature import FollowupFeature
    from test_answers import FILES, _report

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1736467200")
    site = make_site(FILES, build=False)
    out = tmp_path / "served"
    plugin = cast(BangtinPlugin, serve_build(site, out)[0])
    root = plugin.root

    def followup() -> FollowupFeature:
        assert plugin.features is not None
        found = [f for f in plugin.features.items if isinstance(f, FollowupFeature)]
        return found[0]

    b_table = followup().data.answers.of(_record(plugin, "11-KH/ĐUK"))
    b_tasks = [i for i in followup().data.items if str(i.directive.number) == "11-KH/ĐUK"]
    assert b_table is not None and b_tasks
    a = root / "directives/2024/10-cv-duk.md"
    a.write_text(a.read_text("utf-8").replace("Đẩy mạnh", "Tăng cường"), "utf-8")
    assert _serve_update(plugin).update(plugin, [a]).errors == ()
    # B's table and tasks are the objects the last update made (A's are new: its subject).
    assert followup().data.answers.of(_record(plugin, "11-KH/ĐUK")) is b_table
    kept = [i for i in followup().data.items if str(i.directive.number) == "11-KH/ĐUK"]
    assert all(x is y for x, y in zip(kept, b_tasks, strict=True))
    a_table = followup().data.answers.of(_record(plugin, "10-CV/ĐUK"))
    assert a_table is not None and a_table.directive.subject.startswith("Tăng cường")

    report = root / "directives/2024/9-bc-dtn.md"
    if then == "deleted":
        report.unlink()
        assert _serve_update(plugin).update(plugin, [report]).refreshed
    else:
        report.write_text(report.read_text("utf-8").replace("2024-07-05", "2024-07-08"), "utf-8")
        new = root / "directives/2024/6-bc-cb2.md"
        new.write_text(
            _report(
                "6-BC/CB2",
                "2024-07-01",
                "chi-bo-2",
                "Kết quả thực hiện Công văn",
                "Thực hiện Công văn số 10-CV/ĐUK ngày 01/3/2024, chi bộ báo cáo kết quả.",
            ),
            "utf-8",
        )
        for edit in ([report], [new]):
            assert _serve_update(plugin).update(plugin, edit).errors == ()
    fresh = tmp_path / "fresh"
    serve_build(Site(root), fresh)  # last: MkDocs hands it this test's plugin
    # After an edit, the pages; after a deletion, every file.
    served, built = (
        (_html_pages(out), _html_pages(fresh)) if then == "edits" else (_files(out), _files(fresh))
    )
    page = served["van-ban/2024/10-cv-duk/index.html"].decode("utf-8")
    assert ("6-BC/CB2" in page) is (then == "edits") and ("9-BC/ĐTN" in page) is (then == "edits")
    assert (
        sorted(rel for rel in served.keys() | built.keys() if served.get(rel) != built.get(rel))
        == []
    )


def _graph_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gets an item each time the links feature builds the link graph whole."""
    built: list[int] = []
    build_graph = graph_module.build_graph

    def counted(*args: object, **kwargs: object) -> object:
        built.append(1)
        return build_graph(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(links_feature, "build_graph", counted)
    return built


def _record(plugin: BangtinPlugin, number: str) -> Directive:
    assert plugin.features is not None
    return next(d for d in plugin.features.ctx.registry.directives if str(d.number) == number)


def test_a_citation_added_or_taken_out_keeps_the_link_graph(
    make_site: MakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A citation of a record added, then taken out: the graph is kept with the record's
    # relations made again (`LinkGraph.with_records`: building it is a third of a second at
    # 10,000 directives), and the pages are a full build's; a citation of a number no record
    # has makes a stub: the graph is built.
    plugin, out = _served(make_site, tmp_path)
    built = _graph_builds(monkeypatch)
    root = plugin.root
    other = root / OTHER
    plan = directive("5-KH/ĐUK", "2024-02-05", subject="Kế hoạch tập huấn", body=CITES)
    backlink = "../5-kh-duk/"
    cited_page = out / "van-ban/2024/189-cv-tu/index.html"
    assert backlink not in cited_page.read_text("utf-8")
    stub = plan.replace("189-CV/TU, ngày 02/01/2024", "77-CV/TU, ngày 02/01/2024")
    none = plan.replace(CITES, "Nội dung văn bản.")
    # (text, the graph built so far, the backlink shown): a stub cited, or no longer, builds it.
    for text, builds, shown in (
        (plan, 0, True),
        (stub, 1, False),
        (plan, 2, True),
        (none, 2, False),
    ):
        other.write_text(text, "utf-8")
        report = _serve_update(plugin).update(plugin, [Path(OTHER)])
        assert report.errors == () and len(built) == builds, text
        assert "van-ban/2024/189-cv-tu.md" in report.rendered
        assert (backlink in cited_page.read_text("utf-8")) is shown
    fresh = tmp_path / "fresh"
    serve_build(Site(root), fresh)  # last: MkDocs hands it this test's plugin
    served, whole = _html_pages(out), _html_pages(fresh)
    assert (
        sorted(rel for rel in served.keys() | whole.keys() if served.get(rel) != whole.get(rel))
        == []
    )


@pytest.mark.parametrize("change", ["stub-made", "stub-gone"])
def test_a_citation_that_makes_or_ends_a_stub_links_as_a_full_build(
    make_site: MakeSite, tmp_path: Path, change: str
) -> None:
    # A citation of a number no record has makes the stub's page in the same update as the
    # citing page: the citing page must link to it as a full build does ("../77-cv-tu/"), not
    # leave MkDocs the source path ("77-cv-tu.md") because the stub's file was not among the
    # files it resolves links against yet. The reverse: the stub's last citation taken out,
    # its page goes and no page links to it.
    cites_stub = directive(
        "5-KH/ĐUK",
        "2024-02-05",
        subject="Kế hoạch tập huấn",
        body="Thực hiện Công văn số 77-CV/TU, ngày 02/01/2024 của Ban Thường vụ Tỉnh ủy.",
    )
    cites_none = directive("5-KH/ĐUK", "2024-02-05", subject="Kế hoạch tập huấn")
    first, then = (cites_none, cites_stub) if change == "stub-made" else (cites_stub, cites_none)
    site = make_site(
        {
            CITED: directive("189-CV/TU", "2024-01-02", subject="Về công tác dân vận"),
            CITING: directive(body=CITES),
            OTHER: first,
        },
        build=False,
    )
    out = tmp_path / "served"
    plugin = cast(BangtinPlugin, serve_build(site, out)[0])
    stub_page = out / "van-ban/2024/77-cv-tu/index.html"
    assert stub_page.exists() is (change == "stub-gone")
    (site.root / OTHER).write_text(then, "utf-8")

    report = _serve_update(plugin).update(plugin, [Path(OTHER)])

    assert report.errors == ()
    assert stub_page.exists() is (change == "stub-made")
    citing = (out / "van-ban/2024/5-kh-duk/index.html").read_text("utf-8")
    assert "77-cv-tu.md" not in citing
    assert ('href="../77-cv-tu/"' in citing) is (change == "stub-made")
    fresh = tmp_path / "fresh"
    serve_build(Site(site.root), fresh)  # last: MkDocs hands it this test's plugin
    served, whole = _html_pages(out), _html_pages(fresh)
    assert (
        sorted(rel for rel in served.keys() | whole.keys() if served.get(rel) != whole.get(rel))
        == []
    )


def test_an_edit_is_checked_against_the_records_it_may_clash_with(
    make_site: MakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The checks across files (one number a year, one page an address, no supersession loop)
    # see the edited files and the records they may clash with, not all 10,000 again; what a
    # file is refused for is what a full load says.
    from bangtin.core.checks import check_directives as check

    plugin, _out = _served(make_site, tmp_path)
    root = plugin.root
    seen: list[list[str]] = []

    def counted(directives: list[Directive], *args: object, **kwargs: object) -> None:
        seen.append([d.path for d in directives])
        check(directives, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("bangtin.core.reload.check_directives", counted)
    steps = [
        # (file, text, what the check sees, the error)
        ("directives/2024/x.md", directive("9-KH/ĐUK", "2024-04-01"), ["directives/2024/x.md"], ""),
        ("directives/2024/y.md", directive("5-KH/ĐUK", "2024-06-01"), [OTHER], "đã có ở tệp"),
        # "5/KH-DUK", a state body's number, is another document than the Party's "5-KH/ĐUK"
        # but has its address ("5-kh-duk"); "5/KH-ĐUK" would be the Party's own, rewritten.
        ("directives/2024/z.md", directive("5/KH-DUK", "2025-06-01"), [], ""),
        ("directives/2024/w.md", directive("5/KH-DUK", "2024-06-01"), [OTHER], "chung một trang"),
        (OTHER, directive("5-KH/ĐUK", "2024-02-05", subject="Kế hoạch mới"), [], ""),
    ]
    for rel, text, clashes, error in steps:
        (root / rel).write_text(text, "utf-8")
        report = _serve_update(plugin).update(plugin, [root / rel])
        assert sorted(seen[-1]) == sorted({*clashes, rel}), rel
        assert [e.message for e in report.errors if error and error in e.message] or not error
        assert bool(report.errors) is bool(error), report.errors
        if error:
            (root / rel).unlink()
    # A supersession may close a loop through any record: every record is checked.
    x = root / "directives/2024/x.md"
    x.write_text(directive("9-KH/ĐUK", "2024-04-01", relations="{supersedes: [5-KH/ĐUK]}"), "utf-8")
    assert _serve_update(plugin).update(plugin, [x]).errors == ()
    assert plugin.result is not None and len(seen[-1]) == len(plugin.result.all_directives)
    loop = directive("5-KH/ĐUK", "2024-02-05", relations="{supersedes: [9-KH/ĐUK]}")
    (root / OTHER).write_text(loop, "utf-8")
    report = _serve_update(plugin).update(plugin, [root / OTHER])
    assert [e.path for e in report.errors if "thành vòng" in e.message] == [OTHER]


def test_a_new_and_a_deleted_file_keep_the_link_graph(
    make_site: MakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new file citing a record and a stub, then deleted: the graph takes and drops its
    # record alone (`LinkGraph.with_files`: building it is a third of a second at 10,000
    # directives), the stub made again from its citations (its subject the earliest
    # citation's); a new file whose number a citation names (a stub becomes a record) builds
    # it. The files are a full build's.
    stub_citation = "Căn cứ Công văn số 77-CV/TU ngày 02/01/2024 về việc tập huấn cán bộ."
    site = make_site(
        {
            CITED: directive("189-CV/TU", "2024-01-02", subject="Về công tác dân vận"),
            CITING: directive(body=CITES),
            OTHER: directive("5-KH/ĐUK", "2024-02-05", body=stub_citation),
        },
        build=False,
    )
    out = tmp_path / "served"
    plugin = cast(BangtinPlugin, serve_build(site, out)[0])
    built = _graph_builds(monkeypatch)
    # The API is written again after a deletion: the relations of the records whose
    # relations the graph kept are not made again (serve's first write makes them all).
    from bangtin.features.search import api

    refs: list[str] = []
    relation_ref = api.RelationRef

    def ref(**kwargs: str) -> object:
        refs.append(kwargs["number"])
        return relation_ref(**kwargs)

    monkeypatch.setattr(api, "RelationRef", ref)
    root = site.root
    new = root / "directives/2024/6-kh-duk.md"
    again = root / "directives/2024/7-kh-duk.md"
    stub_page = out / "van-ban/2024/77-cv-tu/index.html"
    earlier = "Thực hiện Công văn số 77-CV/TU ngày 02/01/2024 về việc khác; " + CITES
    steps = [
        # (file, its text or None to delete it, graphs built so far, what the stub page says)
        (new, directive("6-KH/ĐUK", "2024-01-20", body=earlier), 0, "Trích yếu</dt><dd>khác<"),
        (new, None, 0, "Trích yếu</dt><dd>tập huấn cán bộ<"),
        (again, directive("7-KH/ĐUK", "2024-01-21", body=CITES), 0, ""),
        (again, None, 0, ""),
        (root / "directives/2024/77-cv-tu.md", directive("77-CV/TU", "2024-01-02"), 1, ""),
    ]
    for path, text, builds, says in steps:
        refs.clear()
        if text is None:
            path.unlink()
        else:
            path.write_text(text, "utf-8")
        report = _serve_update(plugin).update(plugin, [path])
        assert refs == [] or path != again or text is not None, refs
        assert report.errors == () and len(built) == builds, path
        page = stub_page.read_text("utf-8")
        assert ("Kế hoạch số 6-KH/ĐUK" in page) is (path == new and text is not None)
        assert says in page
    fresh = tmp_path / "fresh"
    serve_build(Site(root), fresh)  # last: MkDocs hands it this test's plugin
    assert _byte_differences(out, fresh) == []


def test_new_and_deleted_files_keep_the_follow_up_of_every_other_record(
    make_site: MakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new or deleted file that no citation resolves to and that answers nothing takes its
    # own answer table and tasks in or out of the follow-up: the others are not collected
    # again (10,000 records read, 0.4 s at 10,000 directives). A deleted report, which closes
    # other directives' duties, collects them all. Every file is then a full build's:
    # /theo-doi/, /thong-ke/, the unit pages, the calendars.
    from bangtin.features.followup import answers as answers_module
    from bangtin.features.followup import feature as followup_feature
    from test_answers import FILES

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1736467200")
    stays = "directives/2024/14-kh-duk.md"
    tasks = (
        "\n  - {what: Sơ kết quý, who: doan-khoi, due: 2024-08-30}"
        "\n  - {what: Tập huấn, who: hoi-ccb, due: 2025-03-30}"
        "\n  - {what: Gửi danh sách, who: chi-bo-2, due: 2024-05-01, done: 2024-04-20}"
    )
    site = make_site(
        {
            **FILES,
            stays: directive(
                "14-KH/ĐUK",
                "2024-05-02",
                subject="Kế hoạch sơ kết mô hình",
                issuer="dang-uy-khoi",
                to="[chi-bo-1, doan-khoi]",
                tasks=tasks,
            ),
        },
        build=False,
    )
    out = tmp_path / "served"
    plugin = cast(BangtinPlugin, serve_build(site, out)[0])
    collected: list[int] = []
    collect = answers_module.collect_answers

    def counted(*args: object, **kwargs: object) -> object:
        collected.append(1)
        return collect(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(followup_feature, "collect_answers", counted)
    root = site.root
    new = root / "directives/2024/15-kh-duk.md"
    again = root / "directives/2024/16-kh-duk.md"
    steps = [
        # (file, its text or None to delete it, collections so far)
        (root / "directives/2024/9-bc-dtn.md", None, 1),
        (new, directive("15-KH/ĐUK", "2024-06-03", to="[hoi-ccb]", tasks=tasks), 1),
        (again, directive("16-KH/ĐUK", "2024-06-04", to="[chi-bo-1]", tasks=tasks), 1),
        (again, None, 1),
        (root / stays, None, 1),
    ]

    def data() -> followup_feature.FollowupData:
        assert plugin.features is not None
        found = plugin.features.items
        return next(f for f in found if isinstance(f, followup_feature.FollowupFeature)).data

    for path, text, collections in steps:
        untouched = data().group("ban-tgdv-duk")  # no file of the edit gives it a task
        if text is None:
            path.unlink()
        else:
            path.write_text(text, "utf-8")
        report = _serve_update(plugin).update(plugin, [path])
        assert report.errors == () and len(collected) == collections, path
        # Its tasks and their counts are the objects made before (12,000 tasks at 10,000),
        # unless the report deleted answered its directive.
        assert untouched is not None and (data().group("ban-tgdv-duk") is untouched) is (
            path != steps[0][0]
        )
        answers = data().answers
        assert answers.open_tables() is answers.open_tables()
        # /theo-doi/'s owed units: their overdue duties picked once, not by the template.
        for unit, duties in answers.owed().items():
            assert answers.late(unit) == tuple(d for d in duties if d.days_overdue > 0)
    followup = (out / "theo-doi/index.html").read_text("utf-8")
    assert "15-KH/ĐUK" in followup and "14-KH/ĐUK" not in followup
    fresh = tmp_path / "fresh"
    serve_build(Site(root), fresh)  # last: MkDocs hands it this test's plugin
    assert _byte_differences(out, fresh) == []


@pytest.mark.parametrize("site_url", ["https://bangtin.example.vn/portal/", None])
def test_a_deleted_file_takes_its_entries_out_of_the_sitemap(
    make_site: MakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, site_url: str | None
) -> None:
    # A deletion takes its pages' entries out of the sitemap MkDocs wrote (not made again
    # from 10,000 pages: a tenth of a second); a new file has it written whole, its page
    # among MkDocs' files where a full build has it (`place_pages`). The sitemap and its .gz
    # are a full build's.
    from bangtin.adapter import update as update_module

    config = {"site_url": site_url} if site_url else {}
    files = {
        CITED: directive("189-CV/TU", "2024-01-02", subject="Về công tác dân vận"),
        CITING: directive(body=CITES),
        OTHER: directive("5-KH/ĐUK", "2024-02-05", subject="Kế hoạch tập huấn"),
    }
    site = make_site(files, config=config, build=False)
    out = tmp_path / "served"
    plugin = cast(BangtinPlugin, serve_build(site, out)[0])
    written: list[str] = []
    from mkdocs.commands.build import _build_theme_template as build_theme_template

    def counted(name: str, *args: object) -> None:
        written.append(name)
        build_theme_template(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(update_module, "_build_theme_template", counted)
    sitemap = out / "sitemap.xml"
    assert ("5-kh-duk" in sitemap.read_text("utf-8")) is bool(site_url)
    root = site.root
    new = root / "directives/2024/6-kh-duk.md"
    steps = [
        # (file, its text or None to delete it, sitemaps written whole so far)
        (new, directive("6-KH/ĐUK", "2024-02-06"), 1),
        (new, None, 1),
        (root / OTHER, None, 1),
        (root / "directives/2024/7-cv-duk.md", directive("7-CV/ĐUK", "2024-01-03"), 2),
    ]
    removed: tuple[str, ...] = ()
    for path, text, whole in steps:
        if text is None:
            path.unlink()
        else:
            path.write_text(text, "utf-8")
        update = _serve_update(plugin).update(plugin, [path])
        assert update.errors == () and written == ["sitemap.xml"] * whole, path
        removed += update.removed
    # Its page and the listing of its type (the only plan) went.
    assert removed[-2:] == ("van-ban/2024/5-kh-duk.md", "van-ban/loai/ke-hoach.md")
    assert "5-kh-duk" not in sitemap.read_text("utf-8")
    # The new page stands where a full build puts it (the plan's order), not last.
    fresh = tmp_path / "fresh"
    serve_build(Site(root), fresh)  # last: MkDocs hands it this test's plugin
    for name in ("sitemap.xml", "sitemap.xml.gz"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_an_edit_puts_its_records_in_order_without_sorting_every_record(
    make_site: MakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The records stay in `directive_order` between edits: a new or edited file is put in
    # where it sorts (a few keys), not 10,000 keys made and sorted again; the order is that of
    # a full load.
    from bangtin.core import reload as reload_module
    from bangtin.core.records import directive_order

    files = {
        f"directives/2024/{n}-kh-duk.md": directive(f"{n}-KH/ĐUK", f"2024-{1 + n % 12:02d}-10")
        for n in range(1, 41)
    }
    site = make_site(files, build=False)
    out = tmp_path / "served"
    plugin = cast(BangtinPlugin, serve_build(site, out)[0])
    keyed: list[int] = []

    def counted(d: Directive) -> tuple[object, ...]:
        keyed.append(1)
        return directive_order(d)

    monkeypatch.setattr(reload_module, "directive_order", counted)
    root = site.root
    edits = [
        # (file, its text or None to delete it, records then)
        (root / "directives/2024/77-kh-duk.md", directive("77-KH/ĐUK", "2024-06-03"), 41),
        (root / "directives/2024/5-kh-duk.md", directive("5-KH/ĐUK", "2023-12-30"), 41),
        (root / "directives/2024/9-kh-duk.md", None, 40),
    ]
    for path, text, count in edits:
        keyed.clear()
        if text is None:
            path.unlink()
        else:
            path.write_text(text, "utf-8")
        assert _serve_update(plugin).update(plugin, [path]).errors == ()
        assert plugin.result is not None
        records = plugin.result.all_directives
        assert list(records) == sorted(records, key=directive_order)
        assert len(records) == count
        assert len(keyed) <= 8, len(keyed)  # ~log2(41) + 1, not 41


def test_new_and_deleted_files_keep_every_other_record_s_posts_in_order(
    make_site: MakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A new or deleted file's posts are put in or taken out of the posts' order (the others
    # stay: 20,000 posts at 10,000 directives), an old directive's with the shared card; a
    # new newest directive (which decides what shares the card) composes them all again, and
    # the pages of the older records whose card it changed are rendered again
    # (`Feature.pages_changed`: they kept their own card before). Every file, the exports and
    # cards included, is a full build's.
    from bangtin.features.posts import compose

    site = make_site(
        {
            CITED: directive("189-CV/TU", "2024-01-02", subject="Về công tác dân vận"),
            CITING: directive(body=CITES),
            OTHER: directive("5-KH/ĐUK", "2024-02-05", subject="Kế hoạch tập huấn"),
        },
        build=False,
        plugin={"cards": True, "card_days": 30},
    )
    out = tmp_path / "served"
    plugin = cast(BangtinPlugin, serve_build(site, out)[0])
    sorted_all: list[int] = []
    sorted_posts = compose.sorted_posts

    def counted(*args: object) -> object:
        sorted_all.append(1)
        return sorted_posts(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(compose, "sorted_posts", counted)
    root = site.root
    old = root / "directives/2024/6-kh-duk.md"
    recent = root / "directives/2024/7-kh-duk.md"
    newest = root / "directives/2024/8-kh-duk.md"
    steps = [
        # (file, its text or None to delete it, orders made whole so far)
        (old, directive("6-KH/ĐUK", "2024-01-20", subject="Về việc cũ"), 0),
        (recent, directive("7-KH/ĐUK", "2024-03-01", subject="Về việc mới"), 0),
        (old, None, 0),
        (newest, directive("8-KH/ĐUK", "2024-05-01", subject="Về việc mới nhất"), 1),
        (root / OTHER, None, 1),
    ]
    for path, text, whole in steps:
        if text is None:
            path.unlink()
        else:
            path.write_text(text, "utf-8")
        assert _serve_update(plugin).update(plugin, [path]).errors == ()
        assert len(sorted_all) == whole, path
    fresh = tmp_path / "fresh"
    serve_build(Site(root), fresh)  # last: MkDocs hands it this test's plugin
    fresh_files = _files(fresh)
    assert any(rel.startswith("bai-dang/the/") for rel in fresh_files), sorted(fresh_files)
    assert _byte_differences(out, fresh) == []


def test_a_front_matter_edit_keeps_every_other_record_s_follow_up_and_posts(
    make_site: MakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A front-matter edit no link reads (a subject, a task) is the record's old version gone
    # and its new one come: the follow-up and the posts take it alone, as a new or deleted
    # file, unless a report answers it (then the answers are collected again). A date, which
    # the link graph reads, builds every feature anew. The pages are a full build's.
    from bangtin.features.followup import answers as answers_module
    from bangtin.features.followup import feature as followup_feature
    from bangtin.features.posts import compose
    from test_answers import FILES

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1736467200")
    mine = "directives/2024/14-kh-duk.md"
    tasks = "\n  - {what: Sơ kết quý, who: doan-khoi, due: 2024-08-30}"

    def text(subject: str, date: str = "2024-05-02", more: str = "") -> str:
        return directive(
            "14-KH/ĐUK",
            date,
            subject=subject,
            issuer="dang-uy-khoi",
            to="[chi-bo-1]",
            tasks=tasks + more,
        )

    site = make_site({**FILES, mine: text("Kế hoạch sơ kết")}, build=False)
    out = tmp_path / "served"
    plugin = cast(BangtinPlugin, serve_build(site, out)[0])
    made: list[str] = []
    collect, sorted_posts = answers_module.collect_answers, compose.sorted_posts

    def collected(*args: object, **kwargs: object) -> object:
        made.append("answers")
        return collect(*args, **kwargs)  # type: ignore[arg-type]

    def ordered(*args: object) -> object:
        made.append("posts")
        return sorted_posts(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(followup_feature, "collect_answers", collected)
    monkeypatch.setattr(compose, "sorted_posts", ordered)
    root = site.root
    cited = root / "directives/2024/10-cv-duk.md"
    meeting = "\n  - {what: Họp, who: hoi-ccb}"
    steps = [
        # (file, its new text, what is made again whole)
        (root / mine, text("Kế hoạch tổng kết"), []),
        (root / mine, text("Kế hoạch tổng kết", more=meeting), []),
        (root / mine, text("Kế hoạch tổng kết", "2024-05-20", meeting), ["posts", "answers"]),
        (cited, cited.read_text("utf-8").replace("Đẩy mạnh", "Tăng cường"), ["answers"]),
    ]
    for path, new, whole in steps:
        made.clear()
        path.write_text(new, "utf-8")
        assert _serve_update(plugin).update(plugin, [path]).errors == ()
        assert made == whole, path
    followup = (out / "theo-doi/index.html").read_text("utf-8")
    assert "Họp" in followup and "Kế hoạch tổng kết" in (
        out / "van-ban/2024/14-kh-duk/index.html"
    ).read_text("utf-8")
    fresh = tmp_path / "fresh"
    serve_build(Site(root), fresh)  # last: MkDocs hands it this test's plugin
    served, built = _html_pages(out), _html_pages(fresh)
    assert (
        sorted(rel for rel in served.keys() | built.keys() if served.get(rel) != built.get(rel))
        == []
    )


def test_an_edit_looks_up_only_the_records_it_changed_in_the_link_graph(
    make_site: MakeSite, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each record as the graph has it (its derived status) is kept by record object between
    # edits while the graph still holds it: an edit looks up its own records, not 10,000.
    files = {
        f"directives/2024/{n}-kh-duk.md": directive(f"{n}-KH/ĐUK", f"2024-{1 + n % 12:02d}-10")
        for n in range(1, 31)
    }
    site = make_site(files, build=False)
    out = tmp_path / "served"
    plugin = cast(BangtinPlugin, serve_build(site, out)[0])
    looked: list[int] = []
    get = graph_module.LinkGraph.get

    def counted(self: graph_module.LinkGraph, d: Directive) -> Directive | None:
        looked.append(1)
        return get(self, d)

    monkeypatch.setattr(graph_module.LinkGraph, "get", counted)
    edited = site.root / "directives/2024/7-kh-duk.md"
    edited.write_text(directive("7-KH/ĐUK", "2024-08-10", body="Nội dung mới."), "utf-8")
    assert _serve_update(plugin).update(plugin, [edited]).errors == ()
    assert plugin.features is not None
    records = plugin.features.ctx.registry.directives
    assert len(looked) <= 3 and any("Nội dung mới." in d.body for d in records), len(looked)
