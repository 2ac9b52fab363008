"""Leak canary: internal and confidential text never reaches a build that may not show it.

Every internal and confidential fixture carries a unique canary in its title, body, tags, file
name, image alt text, task, post and attachment. A public build is scanned byte by byte (every
file under the site folder, the search index's binary shards included, and every file's path)
and holds neither canary; an internal build holds the internal canary and not the
confidential one. The search index stores folded terms, not the text as typed, so its shards
are also decoded and every term, page record and facet is searched for the folded canary; the
internal build proves the scan finds it there. The naive stack sends pages kept out of the
navigation to the sitemap and the search index, so scanning pages alone would not be enough.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hostile_support import PLUGIN, SEARCH, search_strings, search_terms, site_files

from bangtin.features.search.terms import fold_text
from conftest import BASE_CONFIG, HOME, UNITS, Site, directive

INTERNAL = "canarynb4821"
SECRET = "canarymat9157"


def _hidden_records(canary: str, visibility: str, serial: int) -> dict[str, str | bytes]:
    number = f"{serial}-CV/ĐUK"
    body = (
        f"Nội dung {canary} thân văn bản.\n\n![ảnh {canary}](../../files/{canary}.png)\n\n"
        f"Ghi chú[^1].\n\n[^1]: Chú thích {canary}.\n"
    )
    post = f"\n  hook: Mở đầu {canary}\n  image_alt: Ảnh {canary}\n  hashtags: [{canary}]"
    return {
        f"directives/2024/{canary}.md": directive(
            number,
            "2024-02-0" + str(serial % 9 + 1),
            subject=f"Trích yếu {canary}",
            visibility=visibility,
            body=body,
            tags=f"[{canary}]",
            summary=f"Tóm tắt {canary}",
            place=f"Nơi {canary}",
            signer=f"{{name: Người ký {canary}, title: Bí thư}}",
            to=f"[doan-khoi, Ban {canary}]",
            tasks=f"\n  - {{what: Việc {canary}, who: doan-khoi, due: 2024-12-01}}",
            attachments=f"[files/{canary}.pdf, files/{canary}.png]",
            post=post,
        ),
        f"content/files/{canary}.pdf": f"%PDF-1.4 {canary}".encode(),
        f"content/files/{canary}.png": b"\x89PNG\r\n\x1a\n" + canary.encode(),
        f"content/news/tin-{canary}.md": (
            f"---\ntitle: Tin {canary}\ndate: 2024-03-01\nvisibility: {visibility}\n"
            f"tags: [{canary}]\nsummary: Tóm tắt {canary}\npost:{post}\n---\n\n{body}"
        ),
        f"content/practices/mo-hinh-{canary}.md": (
            f"---\ntitle: Mô hình {canary}\nunit: doan-khoi\nyear: 2024\nfield: kinh tế\n"
            f"visibility: {visibility}\ntags: [{canary}]\nresults: Kết quả {canary}\n---\n\n{body}"
        ),
        f"content/themes/{2020 + serial % 3}.md": (
            f"---\nyear: {2020 + serial % 3}\ntitle: Chủ đề {canary}\nhashtags: [{canary}]\n"
            f"visibility: {visibility}\n---\n\n{body}"
        ),
        f"content/trang-{canary}.md": (
            f"---\ntitle: Trang {canary}\ndescription: Mô tả {canary}\nvisibility: {visibility}\n---\n\n{body}"
        ),
    }


FILES: dict[str, str | bytes] = {
    "content/index.md": HOME,
    "content/units.yml": UNITS,
    "content/themes/2024.md": "---\nyear: 2024\ntitle: Chủ đề công khai\nvisibility: public\n---\n\nChủ đề.\n",
    "directives/2024/900-cv-duk.md": directive(
        "900-CV/ĐUK",
        "2024-03-05",
        subject="Văn bản công khai",
        body=(
            "Thực hiện Công văn số 901-CV/ĐUK ngày 02/02/2024 của Đảng ủy Khối và "
            "Công văn số 902-CV/ĐUK ngày 03/02/2024 của Đảng ủy Khối.\n"
        ),
        relations="{implements: [901-CV/ĐUK], cites: [902-CV/ĐUK]}",
        themes="[2024]",
        # A public task: the public build has calendars, scanned like the rest.
        tasks="\n  - {what: Báo cáo công khai, who: doan-khoi, due: 2024-12-01}",
    ),
    "content/news/tin-cong-khai.md": (
        "---\ntitle: Tin công khai\ndate: 2024-03-02\nvisibility: public\n---\n\nTin.\n"
    ),
    **_hidden_records(INTERNAL, "internal", 901),
    **_hidden_records(SECRET, "confidential", 902),
    # A record without visibility is internal (fail closed).
    "directives/2024/903-cv-duk.md": directive(
        "903-CV/ĐUK", "2024-02-04", subject=f"Không ghi {INTERNAL}", visibility=None
    ),
    "content/trang-khong-ghi.md": f"---\ntitle: Không ghi {INTERNAL}\n---\n\n{INTERNAL}\n",
    "content/khong-co-phan-dau.md": f"# Không có phần đầu {INTERNAL}\n",
}


def _build(root: Path, audience: str) -> Site:
    site = Site(root)
    site.site_dir = root / f"site-{audience}"
    site.build("-d", str(site.site_dir), audience=audience)
    assert site.exit_code == 0, site.output
    return site


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Site]:
    root = tmp_path_factory.mktemp("canary") / "portal"
    root.mkdir()
    cfg = {**BASE_CONFIG, "site_url": "https://bangtin.example.vn/"}
    cfg["plugins"] = [
        {"bangtin": {**BASE_CONFIG["plugins"][0]["bangtin"], **PLUGIN, "cards": True}}
    ]
    (root / "mkdocs.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    Site(root).write(FILES)
    return {audience: _build(root, audience) for audience in ("public", "internal")}


def _holding(site: Site, canary: str) -> list[str]:
    found = []
    needle = canary.encode()
    for path, data in site_files(site.site_dir):
        rel = path.relative_to(site.site_dir).as_posix()
        if needle in data.lower() or canary in rel.lower():
            found.append(rel)
    return found


def _indexed(site: Site, canary: str) -> dict[str, list[str]]:
    """Where the search index holds ``canary`` folded as it stores text: terms, records, facets."""
    folded = fold_text(canary)
    found: dict[str, list[str]] = {"terms": [], "records": [], "facets": [], "other": []}
    for shard, term in search_terms(site.site_dir):
        if folded in term:
            found["terms"].append(f"{shard}: {term}")
    for rel, text in search_strings(site.site_dir):
        if folded in fold_text(text) or canary in text.lower():
            part = "records" if "/p/" in rel else "other"
            part = "facets" if rel.endswith("/facets.json") else part
            found[part].append(f"{rel}: {text[:80]}")
    return {part: hits for part, hits in found.items() if hits}


def test_public_build_holds_neither_canary(builds: dict[str, Site]) -> None:
    assert _holding(builds["public"], INTERNAL) == []
    assert _holding(builds["public"], SECRET) == []


def test_public_search_index_holds_neither_canary(builds: dict[str, Site]) -> None:
    assert _indexed(builds["public"], INTERNAL) == {}
    assert _indexed(builds["public"], SECRET) == {}


def test_internal_search_index_holds_the_internal_canary_only(builds: dict[str, Site]) -> None:
    # The scan above would catch a leak: the internal build indexes the internal records, and
    # the same scan finds their canary as a term, in pairs of terms and in the page records.
    found = _indexed(builds["internal"], INTERNAL)
    folded = fold_text(INTERNAL)
    assert any(hit.endswith(f": {folded}") for hit in found["terms"]), found
    assert any(" " in hit.split(": ", 1)[1] for hit in found["terms"]), found  # pair terms
    assert any(hit.startswith("search/p/") for hit in found["records"]), found
    assert _indexed(builds["internal"], SECRET) == {}


def test_internal_build_holds_the_internal_canary_only(builds: dict[str, Site]) -> None:
    holding = _holding(builds["internal"], INTERNAL)
    assert "van-ban/2024/901-cv-duk/index.html" in holding
    assert any(p.startswith("tin-tuc/") for p in holding)
    assert any(p.startswith("mo-hinh/") for p in holding)
    assert any(p.startswith("files/") for p in holding)  # its attachment is published
    assert any(p.startswith("search/t/") and p.endswith(".bin") for p in holding)  # raw bytes
    assert any(p.startswith("search/p/") for p in holding)
    assert _holding(builds["internal"], SECRET) == []


def test_scanned_every_kind_of_file(builds: dict[str, Site]) -> None:
    # The scan is only as good as what it reads: the public build has pages, the sitemap,
    # feeds, post exports and cards, and the search index (shards, page records, facets).
    names = {
        p.relative_to(builds["public"].site_dir).as_posix()
        for p, _ in site_files(builds["public"].site_dir)
    }
    for expected in (
        "sitemap.xml",
        "bai-dang/feed.xml",
        "bai-dang/posts.json",
        "bai-dang/posts.csv",
        "lich/nhiem-vu.ics",
    ):
        assert expected in names
    assert any(n.startswith("bai-dang/the/") and n.endswith(".png") for n in names)  # cards
    assert any(n.startswith("bai-dang/") and n.endswith(".txt") for n in names)  # post texts
    # The hidden records' numbers, cited by the public one: stubs, and their list.
    for expected in ("van-ban/chua-co-toan-van/index.html", "van-ban/2024/901-cv-duk/index.html"):
        assert expected in names
    if SEARCH:
        for expected in ("search/manifest.json", "search/facets.json", "api/van-ban.json"):
            assert expected in names
        assert any(n.startswith("search/t/") and n.endswith(".bin") for n in names)
        assert any(n.startswith("search/p/") and n.endswith(".json") for n in names)
        assert any(n.startswith("search/v/") and n.endswith(".json") for n in names)
        assert len(list(search_terms(builds["public"].site_dir))) > 50  # the shards decode


@pytest.mark.parametrize("audience", ["public", "internal"])
def test_citing_a_hidden_record_shows_an_unknown_number(
    builds: dict[str, Site], audience: str
) -> None:
    # A record the build may not show is, to it, a number the portal does not have: a stub
    # page made of what the citing text says (see the existence oracle below).
    page = builds[audience].page("van-ban/2024/900-cv-duk/")
    article = page.split("<article", 1)[1]
    assert "902-CV/ĐUK" in article and "bt-cite--hidden" not in page
    assert re.search(r'href="[^"]*902-cv-duk/"', page)
    stub = builds[audience].page("van-ban/2024/902-cv-duk/")
    assert "chưa có toàn văn" in stub or "bt-stub" in stub
    assert SECRET not in stub.lower()
    assert re.search(r'href="[^"]*901-cv-duk/"', page)


# --- existence oracle: a hidden record is, to a build that may not show it, an unknown number

ORACLE_PUBLIC: dict[str, str | bytes] = {
    "content/index.md": HOME,
    "content/units.yml": UNITS,
    "directives/2024/950-cv-duk.md": directive(
        "950-CV/ĐUK",
        "2024-03-05",
        subject="Thực hiện Công văn số 951-CV/ĐUK",
        body=(
            "Căn cứ Công văn số 951-CV/ĐUK ngày 02/01/2024 của Đảng ủy Khối, Công văn số "
            "952-CV/ĐUK ngày 02/01/2024 của Đảng ủy Khối, Kế hoạch số 953-KH/ĐUK và Kế hoạch "
            "số 954-KH/ĐUK, Công văn số 955-CV/ĐUK.\n"
        ),
        relations="{implements: [953-KH/ĐUK, 951-CV/ĐUK], based-on: [956-CV/ĐUK]}",
    ),
    "content/news/tin.md": (
        "---\ntitle: Tin công khai\ndate: 2024-03-09\nvisibility: public\n---\n\n"
        "Theo Công văn số 951-CV/ĐUK và Công văn số 952-CV/ĐUK.\n"
    ),
}
# Records the public build may not show: internal, confidential, and without visibility.
ORACLE_HIDDEN: dict[str, str | bytes] = {
    "directives/2024/951-cv-duk.md": directive(
        "951-CV/ĐUK", "2024-01-02", subject="Việc nội bộ", visibility="internal"
    ),
    "directives/2024/953-kh-duk.md": directive(
        "953-KH/ĐUK",
        "2024-02-01",
        subject="Kế hoạch mật",
        visibility="confidential",
        body="Thực hiện Công văn số 957-CV/ĐUK.",
    ),
    "directives/2023/955-cv-duk.md": directive(
        "955-CV/ĐUK", "2023-05-06", subject="Không ghi", visibility=None
    ),
    "directives/2024/956-cv-duk.md": directive(
        "956-CV/ĐUK", "2024-01-09", subject="Nội bộ", visibility="internal"
    ),
}


def test_a_hidden_record_is_an_unknown_number_to_a_public_build(tmp_path: Path) -> None:
    # The same public records, with and without the hidden ones they cite: if the public site
    # differs in one byte, a reader can tell which cited numbers exist behind the filter.
    sites = []
    for name, files in (("with", {**ORACLE_PUBLIC, **ORACLE_HIDDEN}), ("without", ORACLE_PUBLIC)):
        root = tmp_path / name / "portal"
        root.mkdir(parents=True)
        cfg = {**BASE_CONFIG, "site_url": "https://bangtin.example.vn/"}
        cfg["plugins"] = [{"bangtin": {**BASE_CONFIG["plugins"][0]["bangtin"], **PLUGIN}}]
        (root / "mkdocs.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
        Site(root).write(files)
        sites.append(_build(root, "public"))
    hidden, unknown = (
        {p.relative_to(s.site_dir).as_posix(): data for p, data in site_files(s.site_dir)}
        for s in sites
    )
    assert sorted(hidden) == sorted(unknown)
    assert [rel for rel in sorted(hidden) if hidden[rel] != unknown[rel]] == []
    # What both show: each cited number a stub page, linked from the citing pages.
    page = sites[0].page("van-ban/2024/950-cv-duk/")
    for slug in ("951-cv-duk", "952-cv-duk", "953-kh-duk", "954-kh-duk", "955-cv-duk"):
        assert re.search(rf'href="[^"]*{slug}/"', page), slug
    assert "bt-cite--hidden" not in page


# --- answers to directives (issue 25) ---------------------------------------------------------
# A public directive gives the Đoàn Khối a task; the Đoàn answers with an internal report that
# carries the canary. The public build may show the answer in no way: no link, no count ("đã báo
# cáo 1/1"), no chart, no closed task; the internal build shows all of it.
FILES.update(
    {
        "directives/2024/904-cv-duk.md": directive(
            "904-CV/ĐUK",
            "2024-03-06",
            subject="Văn bản công khai giao việc",
            to="[doan-khoi]",
            tasks="\n  - {what: Báo cáo kết quả thực hiện, who: doan-khoi, due: 2024-06-30}",
        ),
        "directives/2024/905-bc-duk.md": directive(
            "905-BC/ĐUK",
            "2024-06-01",
            subject=f"Kết quả thực hiện Công văn số 904-CV/ĐUK {INTERNAL}",
            visibility="internal",
            issuer="doan-khoi",
            body=f"Báo cáo kết quả thực hiện Công văn số 904-CV/ĐUK ngày 06/3/2024. {INTERNAL}",
        ),
    }
)


@pytest.mark.parametrize("audience", ["public", "internal"])
def test_an_internal_answer_shows_only_in_the_internal_build(
    builds: dict[str, Site], audience: str
) -> None:
    site = builds[audience]
    page = site.page("van-ban/2024/904-cv-duk/")
    stats = site.page("thong-ke/")
    followup = site.page("theo-doi/")
    if audience == "internal":
        table = page.split('id="tinh-hinh-thuc-hien"', 1)[1].split("</section>", 1)[0]
        assert "đã báo cáo 1/1 đơn vị" in table
        assert re.search(r'href="[^"]*905-bc-duk/"', table)
        assert 'id="bt-chart-bao-cao-don-vi"' in stats
        assert "đã báo cáo" in followup
        return
    for html in (page, stats, followup, site.page("don-vi/doan-khoi/")):
        assert "tinh-hinh-thuc-hien" not in html and "905-BC" not in html
        assert "đã báo cáo" not in html and "bt-chart-bao-cao-don-vi" not in html
    assert "905-bc-duk" not in " ".join(p.as_posix() for p, _ in site_files(site.site_dir))


# --- kept files (issue 24) --------------------------------------------------------------------
# An internal and a confidential directive keep their original and an annex beside their file,
# each holding its canary in its name and bytes; a public directive keeps one too. Only the
# records a build shows give it files: the public build holds none of the hidden ones (the scans
# above read every file and path), the internal build the internal record's only.
FILES.update(
    {
        "directives/2024/906-cv-duk.md": directive(
            "906-CV/ĐUK",
            "2024-03-07",
            subject="Văn bản nội bộ có tệp gốc",
            visibility="internal",
            files=(
                f"\n  - {{path: 906-goc-{INTERNAL}.pdf, label: Văn bản gốc}}"
                f"\n  - {{path: 906-cv-duk/phu-luc-{INTERNAL}.xlsx, label: Phụ lục {INTERNAL}}}"
            ),
        ),
        f"directives/2024/906-goc-{INTERNAL}.pdf": f"%PDF-1.4 {INTERNAL}".encode(),
        f"directives/2024/906-cv-duk/phu-luc-{INTERNAL}.xlsx": f"PK {INTERNAL}".encode(),
        "directives/2024/907-cv-duk.md": directive(
            "907-CV/ĐUK",
            "2024-03-08",
            subject="Văn bản mật có tệp gốc",
            visibility="confidential",
            files=f"\n  - {{path: 907-goc-{SECRET}.pdf, label: Văn bản gốc {SECRET}}}",
        ),
        f"directives/2024/907-goc-{SECRET}.pdf": f"%PDF-1.4 {SECRET}".encode(),
        "directives/2024/908-cv-duk.md": directive(
            "908-CV/ĐUK",
            "2024-03-09",
            subject="Văn bản công khai có tệp gốc",
            files="\n  - {path: 908-cv-duk.pdf, label: Văn bản gốc}",
        ),
        "directives/2024/908-cv-duk.pdf": b"%PDF-1.4 cong khai 908",
    }
)


@pytest.mark.parametrize("audience", ["public", "internal"])
def test_kept_files_reach_only_the_builds_of_their_audience(
    builds: dict[str, Site], audience: str
) -> None:
    site = builds[audience]
    names = {p.relative_to(site.site_dir).as_posix(): data for p, data in site_files(site.site_dir)}
    # The public record's original is offered in both builds: the scan sees files of this kind.
    assert names["van-ban/2024/908-cv-duk/908-cv-duk.pdf"] == b"%PDF-1.4 cong khai 908"
    assert "Văn bản gốc" in site.page("van-ban/2024/908-cv-duk/")
    internal = {
        f"van-ban/2024/906-cv-duk/906-goc-{INTERNAL}.pdf",
        f"van-ban/2024/906-cv-duk/phu-luc-{INTERNAL}.xlsx",
    }
    assert not [n for n in names if SECRET in n or "907-cv-duk" in n]
    if audience == "public":
        assert not [n for n in names if INTERNAL in n or "906-cv-duk" in n]
        return
    assert internal <= set(names)
    assert f"Phụ lục {INTERNAL}" in site.page("van-ban/2024/906-cv-duk/")
