"""Real sites built with MkDocs + Material + bangtin, read back as HTML."""

from __future__ import annotations

import os
import posixpath
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bangtin.site.render import relative_url
from conftest import REPO, MakeSite, directive

SEED_URL = "van-ban/2024/2078-cv-duk/"
EXTERNAL = re.compile(
    rb"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:https?:)?//""",
    re.I,
)


def test_seed_page_has_every_field(make_site: MakeSite) -> None:
    site = make_site(sample=True)
    assert site.exit_code == 0, site.output
    html = site.page(SEED_URL)
    for text in [
        "2078-CV/ĐUK",
        "ngày 07 tháng 3 năm 2024",
        "Bình Thuận",
        "Phạm Thị Tố Loan",
        "T/M Ban Thường vụ",
        "Phó Bí thư",
        "Đẩy mạnh thực hiện Công văn số 189-CV/TU của Ban Thường vụ Tỉnh ủy",
        "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh",  # cơ quan ban hành
        "Ban Thường vụ Đoàn Khối",  # kính gửi
        "Lưu VP, TG-DV",  # nơi nhận
        "Năm 2023: Chỉnh trang đô thị",
        "Năm 2024: Nâng cao năng lực cạnh tranh",
        "Còn hiệu lực",
        "ngày 31 tháng 12 năm 2024",  # the task's due date
    ]:
        assert text in html, text
    assert len(re.findall(r'<li id="fn:\d"', html)) == 3
    assert "Công văn số 2051-CV/ĐUK, ngày 26/02/2024" in html


def test_index_pages(make_site: MakeSite) -> None:
    site = make_site(sample=True)
    assert 'href="2024/"' in site.page("van-ban/") and "1 văn bản" in site.page("van-ban/")
    assert "2078-CV/ĐUK" in site.page("van-ban/2024/")
    assert "2078-CV/ĐUK" in site.page("van-ban/loai/cong-van/")
    assert "2078-CV/ĐUK" in site.page("chu-de/2024/") and "2078-CV/ĐUK" in site.page("chu-de/2023/")
    unit = site.page("don-vi/dang-uy-khoi/")
    assert "Văn bản ban hành" in unit and "2078-CV/ĐUK" in unit
    assert "2078-CV/ĐUK" in site.page("don-vi/btv-doan-khoi/")  # sent to it
    home = site.page("")
    assert "Chủ đề năm 2024" in home and "2078-CV/ĐUK" in home
    # directive pages are not in the navigation one by one
    assert SEED_URL not in home.split('data-md-component="sidebar"')[1].split("</nav>")[0]


def test_vietnamese_order_and_ui(make_site: MakeSite) -> None:
    files = {
        f"directives/2024/{n}-cv-duk.md": directive(f"{n}-CV/ĐUK", "2024-01-02", issuer=issuer)
        for n, issuer in [(1, "Đoàn Thanh niên"), (2, "Dân vận"), (3, "Ban Tổ chức")]
    }
    site = make_site(files)
    assert site.exit_code == 0, site.output
    html = site.page("van-ban/co-quan/")
    assert html.index("Ban Tổ chức") < html.index("Dân vận") < html.index("Đoàn Thanh niên")
    assert '<html lang="vi"' in site.page("")


HOSTILE = '"><script>alert(1)</script>'


def test_hostile_subject_is_text_everywhere(make_site: MakeSite) -> None:
    files = {
        "directives/2024/9-cv-duk.md": directive("9-CV/ĐUK", "2024-01-02", subject=f"'{HOSTILE}'"),
        "content/trang.md": f"---\ntitle: '{HOSTILE}'\nvisibility: public\n---\n\nNội dung\n",
    }
    site = make_site(files)
    assert site.exit_code == 0, site.output
    # Markup files must escape it; plain-text posts (.txt, .csv) carry it literally, as text.
    for path, data in site.all_bytes():
        if path.suffix in {".html", ".xml"}:
            assert b"<script>alert(1)" not in data, path
    page = site.page("van-ban/2024/9-cv-duk/")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert '<meta name="description" content="&#34;&gt;&lt;script&gt;' in page


def test_nothing_loads_from_another_host(make_site: MakeSite) -> None:
    site = make_site(sample=True)
    offenders = [
        p
        for p, data in site.all_bytes()
        if p.suffix in {".html", ".css", ".js"} and EXTERNAL.search(data)
    ]
    # Material's own JS bundle mentions URLs in code paths we never enable (e.g. GitHub facts).
    offenders = [p for p in offenders if not p.name.startswith("bundle.")]
    assert offenders == []
    assert "fonts.googleapis" not in site.page("")


def test_public_build_holds_no_internal_text(make_site: MakeSite) -> None:
    files = {
        "directives/2024/1-cv-duk.md": directive(
            "1-CV/ĐUK", "2024-01-02", subject="Công khai", body="Xem Công văn số 2-CV/ĐUK."
        ),
        "directives/2024/2-cv-duk.md": directive(
            "2-CV/ĐUK",
            "2024-01-03",
            subject="CANARYNOIBO",
            visibility="internal",
            body="CANARYNOIBO thân",
        ),
        "directives/2024/3-cv-duk.md": directive(
            "3-CV/ĐUK", "2024-01-04", subject="CANARYMAT", visibility="confidential"
        ),
        "directives/2024/4-cv-duk.md": directive(
            "4-CV/ĐUK", "2024-01-05", subject="CANARYMACDINH", visibility=None
        ),
        "content/noi-bo.md": "---\ntitle: CANARYTRANG\n---\n\nCANARYTRANG\n",
    }
    site = make_site(files, audience="public")
    assert site.exit_code == 0, site.output
    for path, data in site.all_bytes():
        for canary in (b"CANARYNOIBO", b"CANARYMAT", b"CANARYMACDINH", b"CANARYTRANG"):
            assert canary not in data, (path, canary)
    # The internal record is cited by the public one: to the public build it is a number the
    # portal does not have, a stub page made of what the citing text says.
    stub = site.page("van-ban/2024/2-cv-duk/")
    assert "chưa có toàn văn" in stub and "CANARYNOIBO" not in stub
    internal = site.build(audience="internal")
    blob = b"".join(data for _, data in internal.all_bytes())
    assert b"CANARYNOIBO" in blob and b"CANARYMACDINH" in blob and b"CANARYTRANG" in blob
    assert b"CANARYMAT" not in blob


def test_failed_build_keeps_the_previous_site(make_site: MakeSite) -> None:
    site = make_site(sample=True)
    assert site.exit_code == 0
    before = dict(site.all_bytes())
    site.write(
        {"directives/2024/bad.md": "---\nnumber: 1-CV/ĐUK\ndate: 2024-02-30\nsubject: x\n---\n"}
    )
    site.build()
    assert site.exit_code == 1
    assert "directives/2024/bad.md:3: «date»: ngày «2024-02-30» không có thật" in site.output
    assert "Traceback" not in site.output
    assert dict(site.all_bytes()) == before
    assert not list(site.root.glob("site.bangtin-*"))


def test_successful_build_leaves_no_stale_page(make_site: MakeSite) -> None:
    site = make_site({"directives/2024/5-cv-duk.md": directive("5-CV/ĐUK", "2024-01-02")})
    assert (site.site_dir / "van-ban/2024/5-cv-duk/index.html").exists()
    (site.root / "directives/2024/5-cv-duk.md").unlink()
    site.build()
    assert site.exit_code == 0
    assert not (site.site_dir / "van-ban/2024/5-cv-duk").exists()


def test_mkdocs_build_strict_on_the_sample(tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    out = tmp_path / "site"
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    html = (out / SEED_URL / "index.html").read_text(encoding="utf-8")
    assert "ngày 07 tháng 3 năm 2024" in html and "Phạm Thị Tố Loan" in html


def test_mkdocs_build_failure_keeps_site(make_site: MakeSite) -> None:
    site = make_site(sample=True)
    before = dict(site.all_bytes())
    site.write({"directives/2024/bad.md": "---\nnumber: [\n---\n"})
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"],
        cwd=site.root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert "directives/2024/bad.md:" in run.stderr and "Traceback" not in run.stderr
    assert dict(site.all_bytes()) == before


def test_public_build_drops_images_only_internal_records_use(make_site: MakeSite) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"CANARYANH" * 10
    files: dict[str, str | bytes] = {
        "content/anh/noi-bo.png": png,
        "content/anh/chung.png": png,
        "directives/2024/2-cv-duk.md": directive(
            "2-CV/ĐUK",
            "2024-01-03",
            visibility="internal",
            body="![ảnh](../content/anh/noi-bo.png) ![ảnh](../content/anh/chung.png)",
        ),
        "directives/2024/1-cv-duk.md": directive(
            "1-CV/ĐUK", "2024-01-02", body="![ảnh](../content/anh/chung.png)"
        ),
    }
    site = make_site(files, audience="public")
    assert site.exit_code == 0, site.output
    assert not (site.site_dir / "anh" / "noi-bo.png").exists()
    assert (site.site_dir / "anh" / "chung.png").exists()
    internal = site.build(audience="internal")
    assert (internal.site_dir / "anh" / "noi-bo.png").exists()


CITED = {
    "1271-CV/BDVTU": "van-ban/2024/1271-cv-bdvtu/",
    "189-CV/TU": "van-ban/2024/189-cv-tu/",
    "563-CV/ĐUK": "van-ban/2021/563-cv-duk/",
    "08-HD/BDVTU": "van-ban/2022/8-hd-bdvtu/",
    "12-ĐA/TU": "van-ban/2024/12-da-tu/",
    "130-CV/TGDVĐUK": "van-ban/2024/130-cv-tgdvduk/",
    "2051-CV/ĐUK": "van-ban/2024/2051-cv-duk/",
}


def test_seed_links_its_whole_chain_both_ways(make_site: MakeSite) -> None:
    site = make_site(sample=True)
    seed = site.page(SEED_URL)
    for number, url in CITED.items():
        href = "../../" + url.removeprefix("van-ban/")
        # In the body (a citation link) and in the relation list.
        assert f'href="{href}"' in seed or f'href="../{url.split("/")[2]}/"' in seed, number
        cited = site.page(url)
        assert "Chưa có toàn văn trong kho" in cited, number
        assert "2078-cv-duk/" in cited and "2078-CV/ĐUK" in cited, number
    stubs = site.page("van-ban/chua-co-toan-van/")
    assert all(number in stubs for number in CITED)
    # The lược đồ draws the chain 189-CV/TU -> 1271-CV/BDVTU -> 2078-CV/ĐUK, top to bottom.
    start = seed.rindex("<svg", 0, seed.index('class="bt-diagram"'))
    svg = seed[start : seed.index("</svg>", start)]
    rows: dict[str, float] = {}
    for group in re.findall(r"<g>(.*?)</g>", svg, flags=re.S):
        top = re.search(r'<rect [^>]*\by="([\d.]+)"', group)
        bold = re.search(r'font-weight="700">([^<]+)</text>', group)
        if top and bold:
            rows[bold[1]] = float(top[1])
    assert rows["189-CV/TU"] < rows["1271-CV/BDVTU"] < rows["2078-CV/ĐUK"]
    assert 'href="../189-cv-tu/"' in svg and 'href="../1271-cv-bdvtu/"' in svg


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["van-ban", "2024", "a", "ab", "đơn-vị", ".", "..", ""]), max_size=5),
    st.lists(st.sampled_from(["van-ban", "2024", "a", "ab", "đơn-vị", ".", "..", ""]), max_size=5),
    st.booleans(),
    st.booleans(),
)
def test_relative_url_is_posix_relpath(
    target: list[str], base: list[str], target_dir: bool, base_dir: bool
) -> None:
    """The fast relative URL is what posixpath.relpath gives, for every path shape."""
    t = "/".join(target) + ("/" if target_dir and target else "")
    b = "/".join(base) + ("/" if base_dir and base else "")
    folder = b if b.endswith("/") or not b else posixpath.dirname(b) + "/"
    expected = posixpath.relpath("/" + t, "/" + folder)
    if t.endswith("/") and not expected.endswith("/"):
        expected += "/"
    assert relative_url(t, b) == expected


def test_directive_page_puts_the_facts_line_then_the_record_to_fold(make_site: MakeSite) -> None:
    site = make_site(sample=True)
    assert site.exit_code == 0, site.output
    html = site.page(SEED_URL)
    facts = re.search(r'<p class="bt-facts">(.*?)</p>', html, re.S)
    assert facts is not None
    line = re.sub(r"<[^>]+>", "", facts[1])
    assert line.split(" · ") == [
        "Công văn",
        "07/3/2024",
        "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh",
        "Còn hiệu lực",
    ]
    # The full record in a details block, open in the HTML (wide screens, print, no script);
    # md-content.js folds it on phones.
    record = re.search(
        r"<details ([^>]*)>\s*<summary>Thông tin văn bản</summary>(.*?)</details>", html, re.S
    )
    assert record is not None
    assert "open" in record[1].split() and "data-bangtin-wide-open" in record[1]
    assert "Phạm Thị Tố Loan" in record[2] and "Lưu VP, TG-DV" in record[2]
    # In reading order: title, trích yếu, facts, record, text; the tasks after the text.
    order = [
        html.index(marker)
        for marker in (
            'class="bt-title"',
            'class="bt-subject"',
            'class="bt-facts"',
            "<details",
            'class="bt-body"',
            'class="bt-tasks"',
        )
    ]
    assert order == sorted(order)


def test_default_navigation_fits_the_header(make_site: MakeSite) -> None:
    site = make_site(
        sample=True,
        config={
            "theme": {
                "name": "material",
                "language": "vi",
                "font": False,
                "features": ["navigation.tabs"],
            }
        },
    )
    assert site.exit_code == 0, site.output
    home = site.page("")
    bar = home.split('class="md-tabs__list"')[1].split("</ul>")[0]
    labels = [
        re.sub(r"\s+", " ", t).strip()
        for t in re.findall(r'class="md-tabs__link">(.*?)</a>', bar, re.S)
    ]
    assert labels == [
        "Trang chủ",
        "Văn bản",
        "Chủ đề năm",
        "Theo dõi",
        "Mô hình",
        "Tin tức",
        "Bài đăng",
        "Đơn vị",
        "Hướng dẫn",
    ]
    # The lookup and the statistics are reached from "Văn bản"; their pages keep their titles.
    lookup = site.page("tra-cuu/")
    assert "<title>Tra cứu văn bản" in lookup and "<title>Thống kê" in site.page("thong-ke/")
    drawer = lookup.split('data-md-type="navigation"')[1].split("</nav>")[0]
    assert "Tra cứu văn bản" in drawer and "Thống kê" in drawer
    # A sidebar with the page's own link only is hidden (Material's own "hidden", so phones
    # keep the drawer); a section of several pages keeps it.
    assert re.search(r'data-md-type="navigation"\s+hidden', home)
    assert re.search(r'data-md-type="navigation"\s+hidden', site.page(SEED_URL))
    assert not re.search(r'data-md-type="navigation"\s+hidden', lookup)
