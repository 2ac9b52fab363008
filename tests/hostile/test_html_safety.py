"""HTML safety: hostile Markdown bodies are neutralised and hostile front-matter values stay text.

The naive stack (Python-Markdown + Material) passes ``<script>``, ``javascript:`` links and
attr_list handlers through, and prints a page title unescaped. Every payload below carries a
marker (``xss…``) so a leftover can be told from Material's own scripts.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import markdown
import pytest
from hostile_support import (
    PLUGIN,
    SEARCH_DIR,
    decoded_json,
    json_strings,
    live_markup,
    search_strings,
    search_terms,
    site_files,
    snapshot,
)

from bangtin.site.render import sanitize
from conftest import MakeSite, Site, directive

PAYLOADS: dict[str, str] = {
    "xss01": "<script>alert('xss01')</script>",
    "xss02": '<iframe src="https://evil.example/xss02"></iframe>',
    "xss03": "<svg onload=\"alert('xss03')\"><circle r='1'/></svg>",
    "xss04": '<img src="anh.png" onerror="alert(\'xss04\')">',
    "xss05": "[bấm vào đây](javascript:alert('xss05'))",
    "xss06": "[bấm vào đây](&#106;avascript:alert('xss06'))",
    "xss07": "<a href=\"&#106;avascript:alert('xss07')\">liên kết</a>",
    "xss08": "[tải về](data:text/html;base64,PHNjcmlwdD5hbGVydCgneHNzMDgnKTwvc2NyaXB0Pg==#xss08)",
    "xss09": "![ảnh](anh.png){: onerror=\"alert('xss09')\" }",
    "xss10": "Đoạn văn có thuộc tính.\n{: onclick=\"alert('xss10')\" }",
    "xss11": "[liên kết](JaVaScRiPt:alert('xss11'))",
    "xss12": "<a href=\" javascript:alert('xss12')\">cách</a>",
    "xss13": "<math><mi xlink:href=\"javascript:alert('xss13')\">x</mi></math>",
    "xss14": "<object data=\"javascript:alert('xss14')\"></object>",
    "xss15": "<style>body{background:url('javascript:alert(\"xss15\")')}</style>",
    "xss16": "<form action=\"javascript:alert('xss16')\"><button>Gửi</button></form>",
    "xss17": "[ref]\n\n[ref]: javascript:alert('xss17')",
    "xss18": "<details open ontoggle=\"alert('xss18')\"><summary>Mở</summary></details>",
}
MARKERS = tuple(PAYLOADS)
BODY = "Mở đầu văn bản.\n\n" + "\n\n".join(PAYLOADS.values()) + "\n\nKết thúc văn bản.\n"

# Front-matter values that must reach every output as the very text typed.
HOSTILE = 'T"><script>alert(1)</script> {{ 7*7 }} {% raw %}T'
EVALUATED = ('T"><script>alert(1)</script> 49', "{{7*7}}49")  # what a template engine would make
YAML_HOSTILE = "'" + HOSTILE.replace("'", "''") + "'"


def _post(alt: str) -> str:
    return f"\n  hook: {alt}\n  image_alt: {alt}\n  points: [{alt}, Ý thứ hai]"


FILES: dict[str, str | bytes] = {
    "directives/2024/9-cv-duk.md": directive(
        "9-CV/ĐUK",
        "2024-01-02",
        subject=YAML_HOSTILE,
        place=YAML_HOSTILE,
        issuer="don-vi-doc-hai",
        signer=f"{{name: {YAML_HOSTILE}, title: {YAML_HOSTILE}}}",
        to=f"[doan-khoi, {YAML_HOSTILE}]",
        tasks=f"\n  - {{what: {YAML_HOSTILE}, who: doan-khoi, due: 2024-12-01}}",
        body=BODY,
        tags=f"[{YAML_HOSTILE}]",
        summary=YAML_HOSTILE,
        themes="[2024]",
        post=_post(YAML_HOSTILE),
    ),
    "content/themes/2024.md": (
        f"---\nyear: 2024\ntitle: {YAML_HOSTILE}\nhashtags: [NăngLựcCạnhTranh]\nvisibility: public\n"
        f"summary: {YAML_HOSTILE}\n---\n\n{BODY}"
    ),
    "content/news/tin-doc-hai.md": (
        f"---\ntitle: {YAML_HOSTILE}\ndate: 2024-02-03\nvisibility: public\ntags: [{YAML_HOSTILE}]\n"
        f"summary: {YAML_HOSTILE}\npost:{_post(YAML_HOSTILE)}\n---\n\n{BODY}"
    ),
    "content/practices/mo-hinh-doc-hai.md": (
        f"---\ntitle: {YAML_HOSTILE}\nunit: doan-khoi\nyear: 2024\nfield: kinh tế\n"
        f"visibility: public\nsummary: {YAML_HOSTILE}\nresults: {YAML_HOSTILE}\n---\n\n{BODY}"
    ),
    "content/trang-bien-tap.md": (
        f"---\ntitle: {YAML_HOSTILE}\ndescription: {YAML_HOSTILE}\nvisibility: public\n---\n\n{BODY}"
    ),
}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    # One build for every check of this module: builds are the slow part of the suite.
    import yaml

    from conftest import BASE_CONFIG, HOME, UNITS

    root = tmp_path_factory.mktemp("xss") / "portal"
    root.mkdir()
    cfg = {**BASE_CONFIG, "site_url": "https://bangtin.example.vn/"}
    cfg["plugins"] = [
        {"bangtin": {**BASE_CONFIG["plugins"][0]["bangtin"], **PLUGIN, "cards": True}}
    ]
    (root / "mkdocs.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    site = Site(root)
    hostile_unit = (
        f"  - id: don-vi-doc-hai\n    name: {YAML_HOSTILE}\n    short: {YAML_HOSTILE}\n"
        "    parent: dang-uy-khoi\n"
    )
    site.write({"content/index.md": HOME, "content/units.yml": UNITS + hostile_unit, **FILES})
    site.build(audience="public")
    assert site.exit_code == 0, site.output
    return site


def test_no_live_markup_from_bodies_or_values(hostile_site: Site) -> None:
    found = {}
    for path, data in site_files(hostile_site.site_dir):
        if path.suffix in {".html", ".xml", ".htm", ".svg"}:
            live = live_markup(data.decode("utf-8"), (*MARKERS, "alert(1)"))
            if live:
                found[path.relative_to(hostile_site.site_dir).as_posix()] = live
    assert found == {}


PAGES = ("van-ban/2024/9-cv-duk/", "chu-de/2024/", "tin-tuc/2024/tin-doc-hai/",
         "mo-hinh/2024/mo-hinh-doc-hai/", "trang-bien-tap/")  # fmt: skip


@pytest.mark.parametrize("url", PAGES)
def test_bodies_keep_their_text(hostile_site: Site, url: str) -> None:
    page = hostile_site.page(url)
    assert "Mở đầu văn bản." in page and "Kết thúc văn bản." in page
    assert "bấm vào đây" in page  # the link text survives, its script URL does not


@pytest.mark.parametrize("url", PAGES)
def test_hostile_values_are_escaped_text(hostile_site: Site, url: str) -> None:
    page = hostile_site.page(url)
    title = page.split("<title>", 1)[1].split("</title>", 1)[0]
    if not url.startswith("van-ban/"):  # a directive's title is its number
        assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} {% raw %}T" in title
    assert (
        "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} {% raw %}T" in page.split("<article", 1)[1]
    )
    for meta in ('name="description"', 'property="og:title"'):
        tags = [t for t in page.split("<meta ")[1:] if t.startswith(meta)]
        for tag in tags:
            assert "&lt;script&gt;" in tag and "<script>" not in tag, tag


def test_navigation_escapes_titles(hostile_site: Site) -> None:
    page = hostile_site.page("")
    nav = page.split('data-md-component="sidebar"', 1)[1].split('<a href="trang-bien-tap/"', 1)[1]
    nav = nav.split("</a>", 1)[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} {% raw %}T" in nav
    assert "<script>alert(1)" not in nav


def test_never_evaluated_as_a_template(hostile_site: Site) -> None:
    for path, data in site_files(hostile_site.site_dir):
        text = data.decode("utf-8", "replace").replace("&#34;", '"').replace("&quot;", '"')
        text = text.replace("&gt;", ">").replace("&lt;", "<").replace('\\"', '"')
        for evaluated in EVALUATED:
            assert evaluated not in text, path


def test_json_csv_and_text_carry_the_value_literally(hostile_site: Site) -> None:
    checked = 0
    for path, data in site_files(hostile_site.site_dir):
        rel = path.relative_to(hostile_site.site_dir).as_posix()
        if path.suffix == ".json":  # the search index's page records and facets included
            strings = [s for s in json_strings(decoded_json(data)) if "alert(1)" in s]
            checked += bool(strings)
            for s in strings:
                assert HOSTILE in s, (rel, s)
        elif path.suffix == ".csv":
            rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
            cells = [c for row in rows for c in row if "alert(1)" in c]
            assert cells and all(HOSTILE in c for c in cells), rel
            checked += 1
        elif path.suffix == ".txt" and b"alert(1)" in data:
            assert HOSTILE.encode() in data, rel
            checked += 1
    assert checked >= 2  # posts.json and posts.csv at least


def test_rss_holds_the_value_as_text(hostile_site: Site) -> None:
    feeds = [p for p in hostile_site.site_dir.rglob("*.xml") if b"<rss" in p.read_bytes()]
    assert feeds
    for feed in feeds:
        tree = ET.parse(feed)
        titles = [t.text or "" for t in tree.iter("title")]
        assert any(HOSTILE in t for t in titles), titles  # RSS titles are plain text
        descriptions = [d.text or "" for d in tree.iter("description")]
        # Feed readers render an item's description as HTML: it must hold the text, not markup.
        assert any("&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}" in d for d in descriptions)
        for text in descriptions:
            assert not live_markup(text, (*MARKERS, "alert(1)")), text


def test_card_alt_text_is_escaped(hostile_site: Site) -> None:
    page = hostile_site.page("tin-tuc/2024/tin-doc-hai/")
    alts = [t for t in page.split("<meta ")[1:] if t.startswith('property="og:image:alt"')]
    assert alts and all("&lt;script&gt;" in a for a in alts), alts
    imgs = [
        t
        for t in page.split("<img ")[1:]
        if "alt=" in t.split(">", 1)[0] and "alert(1)" in t.split(">", 1)[0]
    ]
    for img in imgs:
        assert "<script>" not in img.split(">", 1)[0]


# Body payloads whose whole code is a tag, an attribute or an attribute list: the index's plain
# text drops them (as the sanitiser drops them from the page), so not even their marker is left.
TAG_PAYLOADS = ("xss01", "xss02", "xss03", "xss04", "xss09", "xss10", "xss14", "xss15")
# What search.js would need to turn a string of the index into markup.
HTML_SINKS = re.compile(
    r"\.(?:inner|outer)HTML\s*\+?=|insertAdjacentHTML|document\.write|DOMParser|"
    r"createContextualFragment|\$\(|\.html\("
)


def test_search_records_hold_values_as_json_text(hostile_site: Site) -> None:
    # The index is written from the records, not from the HTML, and search.js shows its strings
    # with textContent: a hostile value is in the page records (search/p/*.json) and the facets
    # as the very text typed, JSON-escaped, never HTML-escaped (the reader would see "&lt;") nor
    # evaluated; nothing else in them looks like markup.
    index = hostile_site.site_dir / SEARCH_DIR
    assert (index / "manifest.json").is_file()
    records = sorted(index.glob("p/*.json"))
    assert records
    raw = b"".join(path.read_bytes() for path in records)
    assert json.dumps(HOSTILE, ensure_ascii=False).encode() in raw  # T\"><script>...: escaped
    strings = list(search_strings(hostile_site.site_dir))
    hostile = [rel for rel, text in strings if "alert(1)" in text]
    assert sum(rel.startswith("search/p/") for rel in hostile) >= 5, hostile
    for rel, text in strings:
        if "alert(1)" in text:
            assert HOSTILE in text, (rel, text)
        assert "&lt;" not in text and "&#" not in text and "&quot;" not in text, (rel, text)
        for evaluated in EVALUATED:
            assert evaluated not in text, (rel, text)
        rest = text.replace(HOSTILE, "")
        assert not re.search(r"<\s*/?[a-z]|javascript:|\bon[a-z]+\s*=", rest, re.I), (rel, text)
        for marker in TAG_PAYLOADS:
            assert marker not in text, (rel, marker)


def test_search_terms_hold_no_tag_payload(hostile_site: Site) -> None:
    # The body reaches the index as words ("mo dau", "ket thuc"); its tag payloads do not.
    terms = {term for _, term in search_terms(hostile_site.site_dir)}
    assert {"mo dau", "ket thuc", "van ban"} <= terms
    for marker in TAG_PAYLOADS:
        assert not [t for t in terms if marker in t], marker


def test_search_script_writes_text_only(hostile_site: Site) -> None:
    # What makes the raw "<script>" in the records harmless: the browser side never parses a
    # string of the index as HTML.
    (script,) = hostile_site.site_dir.glob("assets/bangtin/search.js")
    code = script.read_text(encoding="utf-8")
    assert "textContent" in code
    assert HTML_SINKS.findall(code) == []


@pytest.mark.parametrize(("marker", "payload"), PAYLOADS.items())
def test_sanitize_after_markdown(marker: str, payload: str) -> None:
    out = sanitize(markdown.markdown(payload, extensions=["attr_list", "footnotes", "tables"]))
    assert live_markup(out, (marker,)) == [], out


def test_editor_page_is_sanitised_in_a_naive_build_it_would_not_be(tmp_path: Path) -> None:
    # The naive stack: Python-Markdown with attr_list keeps the handler. This test documents why
    # the sanitiser exists; it fails the day Markdown starts cleaning by itself.
    raw = markdown.markdown(PAYLOADS["xss09"], extensions=["attr_list"])
    assert live_markup(raw, ("xss09",)) != []
    assert live_markup(sanitize(raw), ("xss09",)) == []


# Ids the theme and the page scripts look up (Material's config script and toggles, bangtin's
# post boxes and sections): a body holding one of them would be found before the real one.
TAKEOVER = (
    '<div id="__config">{"base": "https://evil.example", "features": ["navigation.instant"]}'
    "</div>\n\n"
    "Đoạn văn chiếm cấu hình.\n{: #__config }\n\n## Mục chiếm {: #__search }\n\n"
    "## __drawer\n\n"
    '<a name="__toc" href="#__config">về cấu hình</a> <span id="bangtin-9-cv-duk-fb">x</span>'
    '\n\n<p id="bt-rel-h">y</p> <p id="muc-binh-thuong">z</p>\n'
)


@pytest.fixture(scope="module")
def takeover_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    import yaml

    from conftest import BASE_CONFIG, HOME, UNITS

    root = tmp_path_factory.mktemp("ids") / "portal"
    root.mkdir()
    cfg = {**BASE_CONFIG, "markdown_extensions": [*BASE_CONFIG["markdown_extensions"], "toc"]}
    (root / "mkdocs.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    site = Site(root)
    site.write(
        {
            "content/index.md": HOME,
            "content/units.yml": UNITS,
            "content/trang-chiem.md": f"---\ntitle: Trang\nvisibility: public\n---\n\n{TAKEOVER}",
            "directives/2024/9-cv-duk.md": directive("9-CV/ĐUK", "2024-01-02", body=TAKEOVER),
        }
    )
    site.build(audience="public")
    assert site.exit_code == 0, site.output
    return site


@pytest.mark.parametrize("url", ["trang-chiem/", "van-ban/2024/9-cv-duk/"])
def test_body_ids_cannot_take_the_theme_s_ids(takeover_site: Site, url: str) -> None:
    page = takeover_site.page(url)
    ids = re.findall(r'\bid="([^"]*)"', page)
    # Material's config script is the one and only #__config, and its JSON is Material's.
    assert ids.count("__config") == 1, ids
    config = page.split('id="__config"', 1)[1].split(">", 1)[1].split("</script>", 1)[0]
    assert json.loads(config)["base"] in {".", "..", "../..", "../../.."}
    assert "evil.example" not in config
    body = page.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]
    body = body.split('<section class="bt-body"', 1)[-1].split("</section>", 1)[0]
    body_ids = re.findall(r'\b(?:id|name)="([^"]*)"', body)
    reserved = [i for i in body_ids if i.startswith(("_", "bangtin", "bt-rel-h"))]
    assert reserved == [], body_ids
    assert "muc-binh-thuong" in body_ids  # an ordinary id is kept as written
    assert {"u-__config", "u-__search", "u-__drawer"} <= set(body_ids)
    # Links inside the body follow the ids they point to, the table of contents too.
    assert 'href="#u-__config"' in body and 'href="#__config"' not in page
    assert 'href="#__drawer"' not in page and 'href="#u-__drawer"' in page


# Files a browser runs when it opens them (or that cannot be told from one by the server): a
# page of the portal's origin could be an editor's script.
ACTIVE_FILES = (
    "content/files/bao-cao.html",
    "content/files/Bao-cao-2.HTM",
    "content/so-do.svg",
    "content/files/ma.js",
    "content/files/ma.mjs",
    "content/files/trang.xhtml",
    "content/files/du-lieu.xml",
    "content/assets/kieu.css",
    "content/files/khong-duoi",
)


def test_active_files_in_content_are_refused(make_site: MakeSite) -> None:
    site = make_site(
        {"content/files/bien-ban.pdf": b"%PDF-1.4\n", "content/anh/hop.png": b"\x89PNG\r\n"},
        audience="public",
    )
    assert site.exit_code == 0, site.output
    before = snapshot(site.site_dir)
    site.write({path: b"<script>alert(1)</script>" for path in ACTIVE_FILES})
    site.write(
        {
            "directives/2024/1-cv-duk.md": directive(
                "1-CV/ĐUK", "2024-01-02", attachments="[files/bao-cao.html, files/bien-ban.pdf]"
            )
        }
    )
    site.build(audience="public")
    assert site.exit_code == 1, site.output
    errors = [line for line in site.output.splitlines() if ":1: " in line]
    for path in ACTIVE_FILES:
        assert any(line.startswith(f"{path}:1: ") for line in errors), (path, site.output)
    assert not any("bien-ban.pdf" in line or "hop.png" in line for line in errors)
    assert "Traceback" not in site.output
    assert snapshot(site.site_dir) == before  # the published site is kept as it was
