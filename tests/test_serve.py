"""`bangtin serve`: the real server in a subprocess, edits on disk, pages checked over HTTP."""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from bangtin.features.search import index as index_module
from bangtin.features.search.index import (
    CorpusStats,
    Field,
    IndexCache,
    SearchDoc,
    update_index,
    write_index,
)
from bangtin.features.search.reader import IndexReader, read_entries, read_heads, read_shard
from conftest import MakeSite, Site, directive

TIMEOUT = 30.0

CITED = "directives/2024/189-cv-tu.md"
CITING = "directives/2024/2078-cv-duk.md"
OTHER = "directives/2024/5-kh-duk.md"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """A running `bangtin serve` and its output."""

    def __init__(self, site: Site, log: Path, *args: str, tmp: Path | None = None) -> None:
        self.port = _free_port()
        self.log = log
        self._out = log.open("wb")
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONWARNINGS": "ignore"}
        env.pop("BANGTIN_AUDIENCE", None)
        if tmp is not None:  # where serve makes its site folder, for a test to read it
            tmp.mkdir(parents=True, exist_ok=True)
            env["TMPDIR"] = str(tmp)
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bangtin.cli.main",
                "serve",
                "-f",
                str(site.root / "mkdocs.yml"),
                "-a",
                f"127.0.0.1:{self.port}",
                *args,
            ],
            cwd=site.root,
            stdout=self._out,
            stderr=subprocess.STDOUT,
            env=env,
        )

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def get(self, url: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{url}", timeout=5) as r:
                return r.status, r.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, ""
        except OSError:
            return 0, ""

    def wait_for(self, what: str, check: Callable[[], bool]) -> None:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"bangtin serve stopped while waiting for {what}:\n{self.output()}")
            if check():
                return
            time.sleep(0.1)
        pytest.fail(f"timed out waiting for {what}:\n{self.output()}")

    def page_shows(self, url: str, text: str) -> bool:
        status, html = self.get(url)
        return status == 200 and text in html

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._out.close()


@pytest.fixture
def served(make_site: MakeSite, tmp_path: Path) -> Iterator[tuple[Site, Server]]:
    site = make_site(
        files={
            CITING: directive(
                body="Thực hiện Công văn số 189-CV/TU, đề nghị các đơn vị triển khai."
            ),
            CITED: directive(
                number="189-CV/TU",
                date="2024-01-10",
                subject="Về công tác dân vận năm 2024",
                issuer="tinh-uy",
            ),
            OTHER: directive(
                number="5-KH/ĐUK", date="2024-02-01", subject="Kế hoạch tuyên truyền biển đảo"
            ),
        },
        build=False,
    )
    server = Server(site, tmp_path / "serve.log")
    try:
        server.wait_for("the first build", lambda: server.page_shows("van-ban/2024/", "189-CV/TU"))
        yield site, server
    finally:
        server.stop()


def _edit(site: Site, rel: str, old: str, new: str) -> None:
    path = site.root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_edit_shows_on_the_page_and_on_the_citing_page(served: tuple[Site, Server]) -> None:
    site, server = served
    assert not server.page_shows("van-ban/2024/2078-cv-duk/", "Chủ trương mới về dân vận")
    _edit(site, CITED, "Về công tác dân vận năm 2024", "Chủ trương mới về dân vận")
    server.wait_for(
        "the edited page",
        lambda: server.page_shows("van-ban/2024/189-cv-tu/", "Chủ trương mới về dân vận"),
    )
    # The citing page's relation list shows the cited document's new subject.
    server.wait_for(
        "the citing page",
        lambda: server.page_shows("van-ban/2024/2078-cv-duk/", "Chủ trương mới về dân vận"),
    )
    assert server.page_shows("van-ban/2024/", "Chủ trương mới về dân vận")
    # An edited page's citations still link to the right pages (MkDocs keeps the first build's
    # Markdown extension; it must resolve with the new graph and the page being rendered).
    site.write({"directives/2023/9-cv-duk.md": directive(number="9-CV/ĐUK", date="2023-05-05")})
    server.wait_for("the new page", lambda: server.get("van-ban/2023/9-cv-duk/")[0] == 200)
    _edit(site, CITING, "đề nghị các đơn vị", "và Công văn số 9-CV/ĐUK, yêu cầu các đơn vị")
    server.wait_for(
        "the edited citing page",
        lambda: server.page_shows("van-ban/2024/2078-cv-duk/", "yêu cầu các đơn vị"),
    )
    _, html = server.get("van-ban/2024/2078-cv-duk/")
    # In the body (class bt-cite), not only in the relation list built from the graph.
    assert re.search(r'class="bt-cite" href="\.\./\.\./2023/9-cv-duk/"', html), html
    assert re.search(r'class="bt-cite" href="\.\./189-cv-tu/"', html), html
    assert "cập nhật ở lần dựng đầy đủ" in server.output()
    assert "Đã dựng toàn bộ cổng" in server.output()
    # Only the pages that show the record were rendered, not the whole site.
    assert server.output().count("Đã dựng toàn bộ cổng") == 1


def test_body_edit_renders_only_its_own_page(served: tuple[Site, Server]) -> None:
    site, server = served
    # Other words on the line of a citation, and a new paragraph after it: the same documents
    # are cited on the same lines, so nothing but the page itself shows a change.
    _edit(
        site,
        CITING,
        "đề nghị các đơn vị triển khai.",
        "đề nghị các đơn vị khẩn trương triển khai.\n\nBáo cáo kết quả trước ngày 15.",
    )
    server.wait_for(
        "the edited page",
        lambda: server.page_shows("van-ban/2024/2078-cv-duk/", "Báo cáo kết quả trước ngày 15"),
    )
    server.wait_for("the report", lambda: "Đã cập nhật" in server.output())
    report = [line for line in server.output().splitlines() if "Đã cập nhật" in line]
    assert report and report[0].startswith(
        f"Đã cập nhật 1 trang, xóa 0 trang sau khi sửa {CITING}"
    ), report
    _, html = server.get("van-ban/2024/2078-cv-duk/")
    assert re.search(r'class="bt-cite" href="\.\./189-cv-tu/"', html), html
    # The cited page keeps its backlink, the listing its row.
    assert server.page_shows("van-ban/2024/189-cv-tu/", "2078-CV/ĐUK")
    assert server.page_shows("van-ban/2024/", "2078-CV/ĐUK")
    # A citation added to the body is a change of the graph: the cited page shows it.
    _edit(site, CITING, "Báo cáo kết quả", "Thực hiện Kế hoạch số 5-KH/ĐUK, báo cáo kết quả")
    server.wait_for(
        "the backlink on the newly cited page",
        lambda: server.page_shows("van-ban/2024/5-kh-duk/", "2078-CV/ĐUK"),
    )
    assert server.output().count("Đã dựng toàn bộ cổng") == 1


def test_error_keeps_the_old_page_and_says_where(served: tuple[Site, Server]) -> None:
    site, server = served
    _edit(site, OTHER, "date: 2024-02-01", "date: 2024-13-45")
    server.wait_for("the error", lambda: f"{OTHER}:3:" in server.output())
    assert server.page_shows("van-ban/2024/5-kh-duk/", "Kế hoạch tuyên truyền biển đảo")
    # Once fixed, the edit goes through.
    _edit(site, OTHER, "date: 2024-13-45\nsubject: Kế hoạch", "date: 2024-02-01\nsubject: Đề án")
    server.wait_for(
        "the fixed page",
        lambda: server.page_shows("van-ban/2024/5-kh-duk/", "Đề án tuyên truyền biển đảo"),
    )


def test_deleted_page_disappears_and_new_page_appears(served: tuple[Site, Server]) -> None:
    site, server = served
    assert server.page_shows("van-ban/2024/189-cv-tu/", "2078-CV/ĐUK")  # the backlink
    (site.root / CITING).unlink()
    server.wait_for("the page to go", lambda: server.get("van-ban/2024/2078-cv-duk/")[0] == 404)
    server.wait_for(
        "the backlink to go",
        lambda: not server.page_shows("van-ban/2024/189-cv-tu/", "2078-CV/ĐUK"),
    )
    # A new directive citing a number nobody has: its page and the stub's page appear.
    site.write(
        {
            "directives/2024/7-cv-duk.md": directive(
                number="7-CV/ĐUK",
                date="2024-04-01",
                subject="Triển khai Chỉ thị số 99-CT/TU ngày 02/01/2024 của Tỉnh ủy",
            )
        }
    )
    server.wait_for("the new page", lambda: server.page_shows("van-ban/2024/7-cv-duk/", "99-CT/TU"))
    server.wait_for(
        "the stub's page", lambda: server.page_shows("van-ban/2024/99-ct-tu/", "7-CV/ĐUK")
    )
    assert server.page_shows("van-ban/chua-co-toan-van/", "99-CT/TU")
    assert server.output().count("Đã dựng toàn bộ cổng") == 1


def test_other_changes_rebuild_everything(served: tuple[Site, Server]) -> None:
    site, server = served
    _edit(site, "content/index.md", "# Bảng tin thử", "# Bảng tin đã sửa")
    server.wait_for("the home page", lambda: server.page_shows("", "Bảng tin đã sửa"))
    assert server.output().count("Đã dựng toàn bộ cổng") == 2


# --- the public audience after an edit ------------------------------------------------------

# A public directive that turns internal (and one that is deleted) while serve shows the public
# audience: each with a task (the calendars), a post (/bai-dang/, its exports, the feed, its
# text file), words of its own (the search index, the API).
TURNS = ("directives/2024/4242-cv-duk.md", "4242-CV/ĐUK", "zebrakhoi")
GOES = ("directives/2024/4343-cv-duk.md", "4343-CV/ĐUK", "quokkakhoi")


def _traced(number: str, word: str, day: str) -> str:
    return directive(
        number=number,
        date=f"2024-05-{day}",
        subject=f"Về việc {word} của các đơn vị",
        body=f"Nội dung {word} cần triển khai.",
        tags=f"[{word}]",
        summary=f"Tóm tắt {word}",
        tasks=f"\n  - {{what: Báo cáo {word}, who: doan-khoi, due: 2024-12-01}}",
    )


def _holding(site_dir: Path, number: str, word: str) -> list[str]:
    """The files of the served site that hold the record: its number, its word (as typed, or
    folded as the search index keeps terms)."""
    needles = (number.encode(), number.split("/")[0].encode() + b"-cv", word.encode())
    found = []
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(site_dir).as_posix()
        data = path.read_bytes()
        if data.startswith(b"\x1f\x8b"):
            data = gzip.decompress(data)
        if path.suffix == ".bin" and rel.startswith("search/"):
            data = "\n".join(read_shard(data)).encode()
        if any(n in data.lower() for n in needles) or word in rel:
            found.append(rel)
    return found


@pytest.fixture
def public_served(make_site: MakeSite, tmp_path: Path) -> Iterator[tuple[Site, Server, Path]]:
    site = make_site(
        files={
            **{rel: _traced(n, w, d) for (rel, n, w), d in ((TURNS, "06"), (GOES, "07"))},
            # Cites the record that turns internal: its page then becomes a stub's page, made
            # of what this public text says of it, and nothing of its own.
            OTHER: directive(
                number="5-KH/ĐUK",
                date="2024-06-01",
                subject="Kế hoạch biển đảo",
                body="Thực hiện Công văn số 4242-CV/ĐUK của Đảng ủy Khối.",
            ),
        },
        plugin={"search": True},
        build=False,
    )
    server = Server(site, tmp_path / "serve.log", "--audience", "public", tmp=tmp_path / "tmp")
    try:
        server.wait_for("the first build", lambda: server.page_shows("van-ban/2024/", "4343"))
        (site_dir,) = (tmp_path / "tmp").glob("bangtin-serve-*")
        yield site, server, site_dir
    finally:
        server.stop()


def test_public_serve_drops_a_record_from_every_file(
    public_served: tuple[Site, Server, Path],
) -> None:
    site, server, site_dir = public_served
    for _rel, number, word in (TURNS, GOES):
        # The scan finds each record where it is: its page, the posts' page and files, the
        # feed, the API, the calendars, the search index.
        holding = _holding(site_dir, number, word)
        for expected in (
            "bai-dang/index.html",
            "bai-dang/posts.json",
            "bai-dang/posts.csv",
            "bai-dang/feed.xml",
            "api/van-ban.json",
            "lich/nhiem-vu.ics",
        ):
            assert expected in holding, (word, expected, holding)
        assert any(p.endswith(".txt") for p in holding), holding
        assert any(p.startswith("search/t/") for p in holding), holding
        assert any(p.startswith("search/p/") for p in holding), holding
    _edit(site, TURNS[0], "visibility: public", "visibility: internal")
    server.wait_for(
        "the stub's page",
        lambda: server.page_shows("van-ban/2024/4242-cv-duk/", "chưa có toàn văn"),
    )
    server.wait_for("the report", lambda: "Đã cập nhật" in server.output())
    # Its number stays, cited by a public record (a stub); nothing of its own does.
    assert _holding(site_dir, "no-such-number", TURNS[2]) == []
    assert _holding(site_dir, GOES[1], GOES[2]) != []
    (site.root / GOES[0]).unlink()
    server.wait_for("the page to go", lambda: server.get("van-ban/2024/4343-cv-duk/")[0] == 404)
    server.wait_for("the report", lambda: server.output().count("Đã cập nhật") == 2)
    assert _holding(site_dir, GOES[1], GOES[2]) == []
    assert _holding(site_dir, "no-such-number", TURNS[2]) == []
    assert "bài đăng, lịch và tệp xuất đã ghi lại" in server.output()
    assert server.page_shows("bai-dang/", "biển đảo")  # the rest is still there
    assert server.output().count("Đã dựng toàn bộ cổng") == 1  # without a full build


# --- the search index follows an edit ---------------------------------------------------------


def _finds(site_dir: Path, word: str) -> list[str]:
    """The addresses the served index finds for ``word``, read as the browser reads it."""
    reader = IndexReader(site_dir / "search")
    return [hit.url for hit in reader.search(word)[0] if reader.postings(word) is not None]


def test_search_index_follows_a_body_edit(make_site: MakeSite, tmp_path: Path) -> None:
    site = make_site(
        files={
            OTHER: directive(
                number="5-KH/ĐUK",
                date="2024-02-01",
                subject="Kế hoạch tuyên truyền biển đảo",
                body="Nội dung quokkakhoi cần triển khai.",
            ),
            CITED: directive(number="189-CV/TU", date="2024-01-10", issuer="tinh-uy"),
        },
        plugin={"search": True},
        build=False,
    )
    server = Server(site, tmp_path / "serve.log", tmp=tmp_path / "tmp")
    try:
        server.wait_for("the first build", lambda: server.page_shows("van-ban/2024/", "5-KH"))
        (site_dir,) = (tmp_path / "tmp").glob("bangtin-serve-*")
        assert _finds(site_dir, "quokkakhoi") == ["van-ban/2024/5-kh-duk/"]
        assert _finds(site_dir, "pangolinkhoi") == []
        version = json.loads((site_dir / "search/manifest.json").read_text())["version"]
        _edit(site, OTHER, "Nội dung quokkakhoi", "Nội dung pangolinkhoi mới")
        server.wait_for("the report", lambda: "Đã cập nhật" in server.output())
        # The new word is found, in the served files, without a full build; the old one is gone.
        assert _finds(site_dir, "pangolinkhoi") == ["van-ban/2024/5-kh-duk/"]
        assert _finds(site_dir, "quokkakhoi") == []
        reader = IndexReader(site_dir / "search")
        (hit,) = reader.search("pangolinkhoi")[0]
        assert any("pangolinkhoi mới" in p for p in reader.passages(hit.id))
        assert "pangolinkhoi" in reader.vocabulary()
        assert "quokkakhoi" not in reader.vocabulary()
        manifest = json.loads((site_dir / "search/manifest.json").read_text())
        assert manifest["version"] != version  # the browser fetches the new files
        assert server.output().count("Đã dựng toàn bộ cổng") == 1
        # Only the files the edit changed were written, not the whole index.
        found = re.search(r"chỉ mục tìm kiếm: ghi lại (\d+)/(\d+) tệp", server.output())
        assert found is not None, server.output()
        rewritten, total = int(found[1]), int(found[2])
        assert 0 < rewritten < total, found[0]
    finally:
        server.stop()


@dataclasses.dataclass(frozen=True)
class _Keyed:
    """A page to index with a key, as ``documents.search_sources`` makes them for records."""

    doc: SearchDoc
    key: object

    url = property(lambda self: self.doc.url)
    stub = property(lambda self: self.doc.stub)
    sort_date = property(lambda self: self.doc.sort_date)

    def build(self) -> SearchDoc:
        return self.doc


def _page(n: int, body: str, subject: str = "") -> _Keyed:
    subject = subject or f"Về việc số {n}"
    doc = SearchDoc(
        url=f"van-ban/2024/{n}-cv/",
        kind="van-ban",
        title=f"Công văn số {n}-CV/ĐUK",
        sort_date=f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
        passages=(body,),
        fields=(Field(6.0, subject), Field(1.0, body, body=True)),
        keys=(f"{n}cv",),
        facets={"muc": ("Văn bản",)},
    )
    return _Keyed(doc, (n, body, subject))


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.mark.parametrize("batch", [1024, 7])
def test_index_update_writes_what_a_full_build_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    # More pages than a batch: the batches without the edit are not counted again (a batch
    # of 7 pages: the serve updates count whole groups of records, 16, the full build 7).
    monkeypatch.setattr(index_module, "_BATCH", batch)
    pages = [_page(n, f"Nội dung văn bản {n} về dân vận khéo") for n in range(1100)]
    served, cache = tmp_path / "served", IndexCache()
    update_index(pages, served, cache)
    assert _files(served) == _files(_full(pages, tmp_path / "full-0"))
    # An edit of a page in place moves no id: the very files of a full build scored with the
    # statistics of the first (serve keeps them), and what a fresh full build finds.
    edited = [*pages]
    edited[7] = _page(7, "Nội dung mới pangolinkhoi")
    _, rewritten = update_index(edited, served, cache)
    assert _files(served) == _files(_full(edited, tmp_path / "frozen-1", cache.stats))
    assert _found(_index_view(served)) == _found(_index_view(_full(edited, tmp_path / "full-1")))
    assert "manifest.json" in rewritten and len(rewritten) < len(_files(served))
    # A page gone, then one added: ids differ from a full build's, the answers do not.
    del edited[900]
    for step, now in enumerate((edited, [*edited, _page(5000, "Trang thêm")]), start=2):
        _, rewritten = update_index(now, served, cache)
        view = _index_view(served)
        assert view == _index_view(_full(now, tmp_path / f"frozen-{step}", cache.stats))
        assert _found(view) == _found(_index_view(_full(now, tmp_path / f"full-{step}")))
        assert "manifest.json" in rewritten and len(rewritten) < len(_files(served))


QUERIES = (
    "dân vận khéo",
    "nội dung văn bản 901",
    "pangolinkhoi",
    "trang thêm",
    "công văn số 12",
    "về việc số 1099",
    "12-CV",
    "dan van kheo 5",
    "noi dung van ban",
    "pangolinkhio",
)


def _index_view(folder: Path, queries: tuple[str, ...] = QUERIES) -> dict[str, object]:
    """What an index says, by page address instead of page id: each term's pages with their
    impacts and its neighbours, each page's record, passages and facet values, the files that
    hold no id, and the answers to ``queries`` (pages of equal score by address: their order
    follows the ids). Equal for two indexes that answer every query alike."""
    reader = IndexReader(folder)
    size = reader.manifest["group"]
    records: dict[int, list[object]] = {}
    for path in (folder / "p").glob("*.json"):
        for at, record in enumerate(json.loads(path.read_text("utf-8"))):
            if record:  # a hole's is empty, and no term leads to it
                records[int(path.stem) * size + at] = record
    url = {page: record[0] for page, record in records.items()}
    entries: dict[str, object] = {}
    for path in (folder / "t").glob("*.bin"):
        data = path.read_bytes()
        for page, head in read_heads(data).items():
            assert head == [records[page][k] for k in (0, 1, 2, 7)]  # as its record begins
        for term, entry in read_entries(data).items():
            pages = {url[page]: impact for impact, ids in entry.blocks for page in ids}
            assert len(pages) == entry.df
            entries[term] = (pages, entry.left, entry.right)
    facets = json.loads((folder / "facets.json").read_text("utf-8"))
    for column in facets:
        # Per page address; a hole has none.
        assert all(column["pages"][page] == -1 for page in range(len(column["pages"])) - url.keys())
        column["pages"] = {url[page]: v for page, v in enumerate(column["pages"]) if page in url}
    manifest = {k: v for k, v in reader.manifest.items() if k not in ("version", "pages", "shards")}
    answers = []
    for query in queries:
        found = reader.query(query)
        hits = sorted((-hit.score, hit.url) for hit in found.hits)
        answers.append((query, hits, found.relaxed, found.corrected))
    own = {
        name: data
        for name, data in _files(folder).items()
        if name == "vocab.json" or name.startswith("v/")
    }
    return {
        "terms": entries,
        "records": {record[0]: record for record in records.values()},
        "passages": {url[page]: reader.passages(page) for page in records},
        "headings": {url[page]: reader.headings(page) for page in records},
        "facets": facets,
        "manifest": manifest,
        "answers": answers,
        "files": own,
    }


def test_index_update_keeps_each_page_s_id_while_serving(tmp_path: Path) -> None:
    # A page deleted or added moves no other page's id: only the files of the pages and terms
    # the edit changes are written, not every record file after it (they were, id by id).
    pages = [_page(n, f"Nội dung văn bản {n} về dân vận khéo") for n in range(1100)]
    served, cache = tmp_path / "served", IndexCache()
    update_index(pages, served, cache)
    first = IndexReader(served)
    gone = [first.page(n)[0] for n in range(len(pages))].index
    # A deletion, a new page, and a page renamed (its old address gone, a new one added).
    renamed = dataclasses.replace(pages[300].doc, url="van-ban/2024/doi-ten/")
    steps = {
        "deleted": [p for p in pages if p is not pages[100]],
        "added": [p for p in pages if p is not pages[100]] + [_page(6000, "Văn bản mới")],
        "renamed": [
            *(p for p in pages if p not in (pages[100], pages[300])),
            _page(6000, "Văn bản mới"),
            _Keyed(renamed, ("renamed",)),
        ],
    }
    for step, now in steps.items():
        _, rewritten = update_index(now, served, cache)
        records = [name for name in rewritten if name.startswith(("p/", "x/"))]
        # The group of the page gone (a hole now) or of the ids at the end, no others.
        assert len(records) <= 4, (step, records)
        view = _index_view(served)
        frozen = _full(now, tmp_path / f"frozen-{step}", cache.stats)
        assert view == _index_view(frozen), step
        assert _found(view) == _found(_index_view(_full(now, tmp_path / f"full-{step}"))), step
    # The deleted page's id is a hole; the new pages' come after the last.
    reader = IndexReader(served)
    assert reader.page(gone(pages[100].url)) == reader.page(gone(pages[300].url)) == []
    assert [reader.page(n)[0] for n in (1100, 1101)] == [
        "van-ban/2024/6000-cv/",
        "van-ban/2024/doi-ten/",
    ]
    # The pages at the end deleted: no hole is left at the end.
    update_index(steps["renamed"][:-2], served, cache)
    assert IndexReader(served).manifest["pages"] == 1100


def _full(pages: list[_Keyed], target: Path, stats: CorpusStats | None = None) -> Path:
    write_index(pages, target, stats=stats)
    return target


def _found(view: dict[str, object]) -> dict[str, object]:
    """What an index view finds, without the scores: each term's pages (a set) and
    neighbours, each query's pages (a set) and whether it was relaxed or corrected; the
    records, passages, headings, facets and vocabulary as they are. What a served index
    must share with a fresh full build whatever statistics it scored with."""
    entries = view["terms"]
    answers = view["answers"]
    assert isinstance(entries, dict) and isinstance(answers, list)
    manifest = view["manifest"]
    assert isinstance(manifest, dict)
    return {
        **view,
        "terms": {t: (set(pages), left, right) for t, (pages, left, right) in entries.items()},
        "answers": [(q, {url for _, url in hits}, r, c) for q, hits, r, c in answers],
        "manifest": {k: v for k, v in manifest.items() if k != "impact"},
    }


def test_index_update_moves_only_the_impacts_of_the_edited_page_s_terms(tmp_path: Path) -> None:
    # Serve scores with the statistics of its last full build: an edit that makes a body
    # longer and brings new words moves no impact of a term its page never held (they all
    # moved, with the average length and every idf), and every term it holds is found.
    pages = [_page(n, f"Nội dung văn bản {n} về dân vận khéo") for n in range(300)]
    served, cache = tmp_path / "served", IndexCache()
    update_index(pages, served, cache)
    before = _index_view(served)["terms"]
    edited = [*pages]
    edited[7] = _page(7, "Nội dung mới pangolinkhoi " * 40 + "dân vận khéo trong công tác")
    _, rewritten = update_index(edited, served, cache)
    after = _index_view(served)["terms"]
    assert isinstance(before, dict) and isinstance(after, dict)
    url = "van-ban/2024/7-cv/"
    held = {t for t, (pages_, _, _) in (*before.items(), *after.items()) if url in pages_}
    moved = {t for t in before.keys() | after.keys() if before.get(t) != after.get(t)}
    assert moved <= held and "pangolinkhoi" in moved and "dan" in moved
    assert set(after["pangolinkhoi"][0]) == {url}
    assert "manifest.json" in rewritten


def test_index_update_scores_again_only_the_edited_page_s_terms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With the statistics kept, an edit scores and encodes the postings of the terms whose
    # posting on its pages came, went or moved to another impact level, keeps every other
    # term's entry (the common words of an edited page, whose level the edit seldom moves: half
    # the postings at 10,000 directives), and the files are still those of a full build scored
    # with the kept statistics: a term gone, a term back, a title edited (the body's terms keep
    # their levels: not scored), a page gone, a new one.
    pages = [_page(n, f"Nội dung văn bản {n} về dân vận khéo") for n in range(400)]
    served, cache = tmp_path / "served", IndexCache()
    update_index(pages, served, cache)
    scored: list[int] = []
    score = index_module._score

    def counting(*args: object, **kwargs: object) -> object:
        out = score(*args, **kwargs)  # type: ignore[arg-type]
        scored.append(len(out.term))
        return out

    monkeypatch.setattr(index_module, "_score", counting)
    seven, nine, three_hundred = "van-ban/2024/7-cv/", "van-ban/2024/9-cv/", "van-ban/2024/300-cv/"
    steps = [
        ([*pages[:7], _page(7, "Nội dung mới pangolinkhoi"), *pages[8:]], {seven}),
        (pages, {seven}),
        (
            [
                *pages[:9],
                _page(9, "Nội dung văn bản 9 về dân vận khéo", "Về việc số 9 mới"),
                *pages[10:],
            ],
            {nine},
        ),
        ([p for p in pages if p is not pages[300]], {three_hundred}),
        ([*pages, _page(5000, "Trang thêm dân vận")], {three_hundred, "van-ban/2024/5000-cv/"}),
    ]
    for step, (now, changed) in enumerate(steps):
        before = _index_view(served)["terms"]
        scored.clear()
        update_index(now, served, cache)
        view = _index_view(served)
        after = view["terms"]
        assert isinstance(before, dict) and isinstance(after, dict)
        # The postings scored: those (now) of the terms whose posting on a changed page came,
        # went or moved to another level; fewer than those of every term the pages hold.
        held = {t for t, entry in (*before.items(), *after.items()) if changed & entry[0].keys()}
        moved = {t for t in held if any(_at(before, t, u) != _at(after, t, u) for u in changed)}
        assert scored == [sum(len(after[t][0]) for t in moved if t in after)], step
        if changed == {nine}:
            assert moved == {"moi", "9 moi"} and len(held) > 10, moved
        assert cache.by_term is not None and scored[0] < len(cache.by_term[1].keys), step
        assert view == _index_view(_full(now, tmp_path / f"frozen-{step}", cache.stats)), step
    assert "pangolinkhoi" not in (served / "vocab.json").read_text("utf-8")


def _at(terms: object, term: str, url: str) -> object:
    """The impact of ``url``'s posting of ``term`` in an `_index_view`'s terms (None: none)."""
    assert isinstance(terms, dict)
    entry = terms.get(term)
    return entry[0].get(url) if entry is not None else None


def test_postings_kept_sorted_between_updates_are_those_sorted_afresh(tmp_path: Path) -> None:
    # Serve keeps every posting sorted by term and merges in only the batches an edit counted
    # again: the arrays must be those a sort of every batch gives, edit after edit.
    pages = [_page(n, f"Nội dung văn bản {n} về dân vận khéo") for n in range(700)]
    served, cache = tmp_path / "served", IndexCache()
    steps = [
        pages,
        [*pages[:7], _page(7, "Nội dung mới pangolinkhoi"), *pages[8:]],
        [p for p in pages if p is not pages[300]],
        [*pages, _page(5000, "Trang thêm dân vận")],
        pages[:400],
    ]
    for now in steps:
        update_index(now, served, cache)
        assert cache.by_term is not None
        kept = cache.by_term[1]
        afresh = index_module._Postings()
        for batch in cache.batches.values():
            afresh.keys += batch.counted.postings.keys
            afresh.tfs += batch.counted.postings.tfs
            afresh.pages += batch.counted.postings.pages
        sorted_ = index_module._by_term(afresh)
        for name in ("keys", "tfs", "pages"):
            assert np.array_equal(getattr(kept, name), getattr(sorted_, name)), name
            assert getattr(kept, name).dtype == getattr(sorted_, name).dtype, name


def test_postings_merged_when_a_key_and_page_do_not_fit_one_number() -> None:
    # The merge reads (key, page) as one number; when the two do not fit 62 bits it sorts.
    wide = 1 << 50
    kept = index_module._ByTerm(
        np.array([1, wide, wide], dtype=np.int64),
        np.array([1, 2, 3], dtype=np.float32),
        np.array([0, 0, 9000], dtype=np.int32),
    )
    new = index_module._Postings(
        keys=[np.array([wide], dtype=np.int64)],
        tfs=[np.array([4], dtype=np.float32)],
        pages=[np.array([5], dtype=np.int32)],
    )
    merged = kept.update([], [new])
    assert merged.keys.tolist() == [1, wide, wide, wide]
    assert merged.pages.tolist() == [0, 0, 5, 9000]
    assert merged.tfs.tolist() == [1, 2, 4, 3]
