"""Unit tests of bangtin.features.search.pagefind: folding, number keys, page markup, the Pagefind run, the JSON API."""

from __future__ import annotations

import datetime as dt
import gzip
import html
import json
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bangtin.core.model import Directive, DocType, Relation, RelationKind, Status, Visibility
from bangtin.core.numbers import parse_number
from bangtin.features.search.pagefind import (
    FOLD_MARKER,
    FOLD_SENTINEL,
    LEAD_WORDS,
    PAIR_LIMIT,
    SLOW_SCORING_FROM,
    RelationRef,
    SearchError,
    SearchFields,
    SearchStats,
    build_search_index,
    compact_key,
    d_fold,
    d_words,
    number_keys,
    registry_records,
    search_markup,
    staged_page,
    syllable_pairs,
    version_hint,
    write_registry_json,
)


def _number(text: str):  # type: ignore[no-untyped-def]
    parsed = parse_number(text)
    assert parsed is not None, text
    return parsed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đảng ủy Khối", "Dảng ủy Khối"),
        ("đoàn thể", "doàn thể"),
        ("2078-CV/ĐUK", "2078-CV/DUK"),
        ("Dân vận khéo", "Dân vận khéo"),
        (unicodedata.normalize("NFD", "Đảng"), "Dảng"),  # text pasted in NFD comes out NFC
    ],
)
def test_d_fold_only_touches_d(text: str, expected: str) -> None:
    assert d_fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đảng ủy Khối và Đoàn Khối, 2078-CV/ĐUK", "dảng doàn 2078-cv/duk"),
        ("Dân vận khéo", ""),
        ("đẩy mạnh; đổi mới", "dẩy dổi"),
        ("Hội đồng, “Đảng” và Đảng bộ", "dồng dảng"),
    ],
)
def test_d_words_lists_each_word_with_d_stroke_once(text: str, expected: str) -> None:
    assert d_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2078-CV/ĐUK", "2078cvduk"),
        ("2078-cv-duk", "2078cvduk"),
        ("2078 – CV / ĐUK", "2078cvduk"),
        ("2078/ĐUK", "2078duk"),
        ("30/2020/NĐ-CP", "302020ndcp"),
    ],
)
def test_compact_key(text: str, expected: str) -> None:
    assert compact_key(text) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("2078-CV/ĐUK", ("2078cvduk", "2078duk", "2078cv", "2078")),
        (
            "08/KH-UBND",
            ("8khubnd", "08khubnd", "8ubnd", "08ubnd", "8kh", "08kh", "8", "08"),
        ),
        ("30/2020/NĐ-CP", ("302020ndcp", "30ndcp", "30cp", "302020nd", "30")),
        ("4919/VPCP-KTTH", ("4919vpcpktth", "4919")),
    ],
)
def test_number_keys(number: str, expected: tuple[str, ...]) -> None:
    assert number_keys(_number(number)) == expected


@pytest.mark.parametrize(
    "query", ["2078-CV/ĐUK", "2078-cv-duk", "2078/ĐUK", "2078 CV ĐUK", "2078-CV", "2078"]
)
def test_every_typed_form_of_a_number_hits_a_key(query: str) -> None:
    # search.js searches the compact key; Pagefind matches keys by prefix.
    keys = number_keys(_number("2078-CV/ĐUK"))
    assert any(key.startswith(compact_key(query)) for key in keys)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.attrs: list[dict[str, str | None]] = []
        self.text: list[str] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs.append(dict(attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def _fields(**overrides: object) -> SearchFields:
    values: dict[str, object] = {
        "number": _number("2078-CV/ĐUK"),
        "title": "Công văn số 2078-CV/ĐUK",
        "subject": "Đẩy mạnh thực hiện Công văn số 189-CV/TU",
        "date": dt.date(2024, 3, 7),
        "type_name": "Công văn",
        "issuer_name": "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
        "themes": ("2023", "2024"),
        "status": "Còn hiệu lực",
    }
    values.update(overrides)
    return SearchFields(**values)  # type: ignore[arg-type]


def _parsed(markup: str) -> _Collect:
    parser = _Collect()
    parser.feed(markup)
    return parser


def _values(parser: _Collect, kind: str) -> list[tuple[str, str]]:
    out = []
    for attrs in parser.attrs:
        spec = attrs.get(f"data-pagefind-{kind}")
        if spec is not None:
            assert spec.endswith("[data-value]")
            out.append((spec.removesuffix("[data-value]"), attrs["data-value"] or ""))
    return out


def test_search_markup_filters_meta_and_sort() -> None:
    parser = _parsed(search_markup(_fields()))
    assert _values(parser, "filter") == [
        ("loai", "Công văn"),
        ("co_quan", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"),
        ("nam", "2024"),
        ("chu_de", "2023"),
        ("chu_de", "2024"),
        ("tinh_trang", "Còn hiệu lực"),
    ]
    assert _values(parser, "meta") == [
        ("title", "Công văn số 2078-CV/ĐUK"),
        ("number", "2078-CV/ĐUK"),
        ("date", "07/3/2024"),
        ("subject", "Đẩy mạnh thực hiện Công văn số 189-CV/TU"),
    ]
    assert _values(parser, "sort") == [("date", "2024-03-07")]


def test_search_markup_hides_its_text_between_sentinels() -> None:
    markup = search_markup(_fields())
    parser = _parsed(markup)
    assert parser.attrs[0].get("hidden") is None and "hidden" in parser.attrs[0]
    text = " ".join(t.strip() for t in parser.text if t.strip())
    # Every indexed word of the markup sits between a pair of sentinels, so search.js can cut it.
    chunks = text.split(FOLD_SENTINEL)
    assert len(chunks) % 2 == 1
    assert all(not chunk.strip() for chunk in chunks[::2])
    hidden = " ".join(chunks[1::2])
    assert "2078cvduk" in hidden
    assert "Công văn số 2078-CV/DUK" in hidden
    assert "Dảng ủy Khối" in hidden
    assert FOLD_MARKER in markup


def test_search_markup_escapes_hostile_values() -> None:
    markup = search_markup(
        _fields(
            subject='<script>alert(1)</script> "quote" & more',
            title="Công văn <b>số</b>",
            issuer_name='Ban "X" <i>',
        )
    )
    assert "<script>" not in markup and "<b>" not in markup and "<i>" not in markup
    parser = _parsed(markup)
    assert dict(_values(parser, "meta"))["subject"] == '<script>alert(1)</script> "quote" & more'
    assert dict(_values(parser, "filter"))["co_quan"] == 'Ban "X" <i>'


def test_search_fields_from_directive() -> None:
    directive = _directive("2078-CV/ĐUK", "2024-03-07", themes=(2024, 2023))
    fields = SearchFields.from_directive(directive, issuer_name="Đảng ủy Khối")
    assert fields.title == "Công văn số 2078-CV/ĐUK"
    assert fields.themes == ("2024", "2023")
    assert fields.status == "Còn hiệu lực"
    labelled = SearchFields.from_directive(
        directive, issuer_name="Đảng ủy Khối", theme_labels=["Năm dân vận khéo"]
    )
    assert labelled.themes == ("Năm dân vận khéo",)


def _page(body: str, *, marked: bool = True) -> str:
    region = f"<article data-pagefind-body>{body}</article>" if marked else f"<div>{body}</div>"
    return (
        f'<!doctype html><html lang="vi"><head><title>t</title></head><body>{region}</body></html>'
    )


def _visible(content: str) -> str:
    # What search.js shows of a page's content: the text outside sentinel pairs.
    return " ".join(" ".join(content.split(FOLD_SENTINEL)[::2]).split())


def _hidden(content: str) -> list[str]:
    return " ".join(content.split(FOLD_SENTINEL)[1::2]).split()


def _keys(words: list[str]) -> list[str]:
    # Pagefind's key of a word: word characters only, lowercase.
    return [
        k for k in ("".join(c for c in w if c.isalnum() or c == "_").casefold() for w in words) if k
    ]


_LONG_BODY = " ".join(
    f"Đảng ủy Khối thực hiện dân vận khéo lần {i}, đẩy mạnh chuyển đổi số." for i in range(60)
)


def _directive_page(body: str, **overrides: object) -> str:
    fields = _fields(**overrides)
    return _page(
        search_markup(fields)
        + "<header data-pagefind-ignore><div>ĐẢNG ỦY KHỐI canary-in</div></header>"
        + f"<h1>{fields.title}</h1><p>{html.escape(fields.subject)}</p>"
        + "<dl><dt>Tình trạng</dt><dd>Còn hiệu lực</dd><dt>Chủ đề năm</dt><dd>Năm 2024</dd></dl>"
        + f"<section><p>{body}</p><script>var canaryScript = 1;</script></section>"
    )


def _staged_text(page: str) -> str:
    parser = _Collect()
    staged = staged_page(page)
    parser.feed(staged[staged.index("<body>") :])
    return " ".join(" ".join(parser.text).split())


def test_staged_page_writes_each_word_once() -> None:
    page = _directive_page(_LONG_BODY)
    text = _staged_text(page)
    hidden = _hidden(text)
    visible = _visible(text).split()
    # The bag holds no word twice and none that the readable text or a weighted key holds.
    bag = _keys(text.split(FOLD_SENTINEL)[-2].split())
    assert len(set(bag)) == len(bag)
    readable = set(_keys(visible))
    assert not (readable | set(_keys(hidden[: -len(bag)]))) & set(bag)
    # Every word of the page stays findable, and "đ" words also with "d".
    original = _Collect()
    original.feed(page)
    # (The page's <title> "t", the script and the ignored header are not body text.)
    outside = {"t", "canaryin", "var", "canaryscript", "1"}
    body_words = set(_keys(" ".join(original.text).split())) - outside
    assert body_words <= set(_keys(hidden)) | readable
    assert {"dảng", "dẩy", "dổi"} <= set(_keys(hidden))
    # "thực" is written 60 times in the body; the staged page has it only in the 40-word lead.
    assert _keys(text.split()).count("thực") == _keys(visible).count("thực") == 3
    assert len(text) < len(" ".join(original.text)) / 3


def test_staged_page_lead_is_readable_and_short() -> None:
    text = _staged_text(_directive_page(_LONG_BODY))
    visible = _visible(text)
    assert visible.startswith("Công văn số 2078-CV/ĐUK Đảng ủy Khối thực hiện dân vận khéo lần 0,")
    assert visible.endswith("…")
    assert len(visible.split()) == len(["Công", "văn", "số", "2078-CV/ĐUK"]) + LEAD_WORDS + 1
    # The subject and the metadata list are shown from the meta, not repeated in the lead.
    assert "Đẩy mạnh" not in visible and "Tình trạng" not in visible


@pytest.mark.parametrize(
    "hidden_thing",
    ["canary-in", "canaryScript", "ĐẢNG ỦY KHỐI"],
)
def test_staged_page_leaves_out_ignored_and_script_text(hidden_thing: str) -> None:
    assert hidden_thing not in _staged_text(_directive_page("Dân vận khéo."))


def test_staged_page_escapes_text() -> None:
    staged = staged_page(
        _directive_page("Văn bản &lt;script&gt;alert(1)&lt;/script&gt; &amp; xong")
    )
    assert "<script>alert" not in staged
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; xong" in staged


def test_staged_page_keeps_search_data_and_leaves_unmarked_pages() -> None:
    staged = staged_page(_directive_page("Dân vận khéo."))
    assert search_markup(_fields()).split(FOLD_MARKER)[0] in staged
    assert FOLD_MARKER not in staged
    plain = _page("Không đánh dấu", marked=False)
    assert staged_page(plain) == plain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dân vận khéo", ["danvan", "vankheo"]),
        ("Đảng ủy Khối", ["danguy", "uykhoi"]),
        ("DÂN VẬN dân vận", ["danvan", "vandan"]),  # folded, each pair once
        ("thi đua “Dân vận khéo”", ["thidua", "duadan", "danvan", "vankheo"]),  # quotes join
        ("chuyển đổi số, dân vận", ["chuyendoi", "doiso", "danvan"]),  # a comma breaks
        ("Tuyên giáo - Dân vận", ["tuyengiao", "danvan"]),  # so does a lone dash
        ("Ban (Tỉnh ủy) xét", ["tinhuy"]),  # and brackets
        ("Công văn 2078-CV/ĐUK", ["congvan", "van2078cvduk"]),
        ("Dân", []),
        ("", []),
    ],
)
def test_syllable_pairs(text: str, expected: list[str]) -> None:
    assert syllable_pairs(text) == expected


def _weighted(staged: str, weight: int) -> list[str]:
    start = staged.rindex(f'data-pagefind-weight="{weight}">{FOLD_SENTINEL}')
    return staged[start:].split(FOLD_SENTINEL)[1].split()


def test_staged_page_indexes_syllable_pairs_once_at_their_weight() -> None:
    page = _directive_page(
        "Phong trào Dân vận khéo; Đảng ủy Khối chỉ đạo chuyển đổi số.",
        title="Kế hoạch Dân vận khéo",
        subject="Tổ chức phong trào Dân vận khéo",
    )
    staged = staged_page(page)
    text = _staged_text(page)
    assert _weighted(staged, 7) == ["kehoach", "hoachdan", "danvan", "vankheo"]
    # The issuer's pairs ("danguy", "uykhoi") at its weight; in the body they come no more.
    assert _weighted(staged, 5)[:3] == ["danguy", "uykhoi", "khoicac"]
    bag = text.split(FOLD_SENTINEL)[-2].split()
    pairs = [w for w in bag if w.isascii() and w.isalnum() and not w.isdigit()]
    assert pairs == [
        "tochuc",
        "chucphong",
        "phongtrao",
        "traodan",
        "khoichi",
        "chidao",
        "daochuyen",
        "chuyendoi",
        "doiso",
    ]
    # Metadata (the definition list: "Tình trạng Còn hiệu lực") pairs with nothing.
    assert "conhieu" not in staged and "tinhtrang" not in staged


def test_staged_page_caps_body_pairs() -> None:
    words = " ".join(f"từ{n} chữ{n}" for n in range(PAIR_LIMIT + 50))
    page = _directive_page(words, title="Tin", subject="Tin")
    bag = _staged_text(page).split(FOLD_SENTINEL)[-2].split()
    assert len([w for w in bag if w.isascii() and w.isalnum() and not w.isdigit()]) == PAIR_LIMIT
    assert bag[-1] == "chu299tu300"  # pairs in text order: the first ones are kept


def _fragments(site: Path) -> list[dict[str, object]]:
    out = []
    for path in sorted((site / "pagefind" / "fragment").iterdir()):
        raw = gzip.decompress(path.read_bytes())
        assert raw.startswith(b"pagefind_dcd")
        out.append(json.loads(raw[len(b"pagefind_dcd") :]))
    return out


def test_build_search_index_indexes_marked_pages_only(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "van-ban" / "2024" / "2078-cv-duk").mkdir(parents=True)
    (site / "van-ban" / "2024" / "2078-cv-duk" / "index.html").write_text(
        _page(
            "<h1>Công văn số 2078-CV/ĐUK</h1><p>Đảng ủy Khối &amp; Đoàn</p>"
            + search_markup(_fields())
        ),
        encoding="utf-8",
    )
    (site / "gioi-thieu").mkdir()
    (site / "gioi-thieu" / "index.html").write_text(
        _page("canary-noi-bo Đảng", marked=False), encoding="utf-8"
    )
    (site / "tin").mkdir()
    (site / "tin" / "index.html").write_text(_page("<p>Tin Đoàn Khối</p>"), encoding="utf-8")
    stale = site / "pagefind" / "stale.txt"
    stale.parent.mkdir()
    stale.write_text("old", encoding="utf-8")
    before = (site / "van-ban" / "2024" / "2078-cv-duk" / "index.html").read_bytes()

    stats = build_search_index(site)

    assert (stats.pages, stats.skipped) == (2, 1)
    bundle = site / "pagefind"
    assert (bundle / "pagefind.js").is_file()
    assert not stale.exists()
    assert not (bundle / "pagefind-ui.js").exists()
    assert stats.bundle_bytes == sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file())
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert stats.pagefind_version == entry["version"] != ""
    fragments = {f["url"]: f for f in _fragments(site)}
    assert set(fragments) == {"/van-ban/2024/2078-cv-duk/", "/tin/"}
    content = str(fragments["/van-ban/2024/2078-cv-duk/"]["content"])
    # Hidden parts sit between sentinels; the readable text keeps its letters.
    assert _visible(content) == "Công văn số 2078-CV/ĐUK. Đảng ủy Khối & Đoàn."
    # The "đ → d" copy: only what no weighted key already holds ("Dảng" is in the issuer's).
    assert f"{FOLD_SENTINEL} doàn {FOLD_SENTINEL}" in content
    # A page marked without bangtin's markup still gets its copy, and its syllable pairs.
    tin = str(fragments["/tin/"]["content"])
    assert f"{FOLD_SENTINEL} doàn tindoan doankhoi {FOLD_SENTINEL}" in tin
    assert "canary-noi-bo" not in json.dumps([*fragments.values()], ensure_ascii=False)
    assert fragments["/van-ban/2024/2078-cv-duk/"]["filters"] == {
        "chu_de": ["2023", "2024"],
        "co_quan": ["Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"],
        "loai": ["Công văn"],
        "nam": ["2024"],
        "tinh_trang": ["Còn hiệu lực"],
    }
    # The site's own pages are left as MkDocs wrote them.
    assert (site / "van-ban" / "2024" / "2078-cv-duk" / "index.html").read_bytes() == before


@pytest.mark.parametrize(
    ("version", "pages", "slow"),
    [
        ("1.5.2", 10_503, True),
        ("1.4.0", SLOW_SCORING_FROM, True),
        ("1.5.2", SLOW_SCORING_FROM - 1, False),  # small sites never notice
        ("1.6.0", 10_503, False),
        ("2.0.0-beta.1", 10_503, False),
        ("", 10_503, False),  # unknown: say nothing rather than guess
    ],
)
def test_version_hint_names_slow_pagefind_on_large_sites(
    version: str, pages: int, slow: bool
) -> None:
    stats = SearchStats(
        pages=pages, skipped=0, bundle_bytes=1, seconds=1.0, pagefind_version=version
    )
    hint = version_hint(stats)
    if not slow:
        assert hint is None
        return
    assert hint is not None
    assert f"Pagefind {version}" in hint
    assert f"{pages:,}".replace(",", ".") in hint
    assert "PAGEFIND_BINARY_PATH" in hint


def test_build_search_index_without_pagefind_says_so_in_vietnamese(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "khong-co" / "pagefind"))
    (tmp_path / "index.html").write_text(_page("x"), encoding="utf-8")
    with pytest.raises(SearchError, match=r"pagefind\[bin\].*dựng lại trang"):
        build_search_index(tmp_path)


def _directive(number: str, date: str, **kw: object) -> Directive:
    parsed = _number(number)
    values: dict[str, object] = {
        "path": f"directives/{date[:4]}/{parsed.slug}.md",
        "number": parsed,
        "date": dt.date.fromisoformat(date),
        "type": DocType.CONG_VAN,
        "subject": f"Trích yếu của {number}",
        "issuer": "dang-uy-khoi",
        "visibility": Visibility.PUBLIC,
    }
    values.update(kw)
    return Directive(**values)  # type: ignore[arg-type]


UNIT_NAMES = {"dang-uy-khoi": "Đảng ủy Khối", "ban-dan-van-tu": "Ban Dân vận Tỉnh ủy"}


def test_registry_records_order_and_schema() -> None:
    directives = [
        _directive("15-CV/ĐUK", "2024-03-07"),
        _directive(
            "2078-CV/ĐUK",
            "2024-03-07",
            themes=(2024, 2023),
            status=Status.SUPERSEDED,
            relations=(Relation(kind=RelationKind.IMPLEMENTS, target=_number("1271-CV/BDVTU")),),
        ),
        _directive("987-CV/ĐUK", "2024-03-07"),
        _directive("1-KH/BDVTU", "2024-05-01", issuer="ban-dan-van-tu", type=DocType.KE_HOACH),
        _directive("3-CV/ĐUK", "2023-12-31", visibility=Visibility.INTERNAL),
    ]
    records = registry_records(directives, issuer_name=lambda i: UNIT_NAMES.get(i, i))
    assert [r["number"] for r in records] == [
        "1-KH/BDVTU",
        "15-CV/ĐUK",
        "987-CV/ĐUK",
        "2078-CV/ĐUK",
        "3-CV/ĐUK",
    ]
    assert records[3] == {
        "number": "2078-CV/ĐUK",
        "type": "Công văn",
        "date": "2024-03-07",
        "issuer": "dang-uy-khoi",
        "issuer_name": "Đảng ủy Khối",
        "subject": "Trích yếu của 2078-CV/ĐUK",
        "url": "van-ban/2024/2078-cv-duk/",
        "themes": [2023, 2024],
        "status": "superseded",
        "status_label": "Đã bị thay thế",
        "visibility": "public",
        "relations": [{"kind": "implements", "number": "1271-CV/BDVTU", "url": None}],
    }
    assert records[4]["visibility"] == "internal"


def test_registry_records_use_the_given_urls_and_relations() -> None:
    directive = _directive("2078-CV/ĐUK", "2024-03-07")

    def relations(d: Directive) -> list[RelationRef]:
        return [
            RelationRef(
                kind="implements", number="1271-CV/BDVTU", url="van-ban/2024/1271-cv-bdvtu/"
            ),
            RelationRef(kind="cites", number="5-CV/MAT", url=None),
        ]

    [record] = registry_records(
        [directive],
        issuer_name=UNIT_NAMES.__getitem__,
        relations=relations,
        url=lambda d: f"khac/{d.slug}/",
        include_visibility=False,
    )
    assert "visibility" not in record
    assert record["url"] == "khac/2078-cv-duk/"
    assert record["relations"] == [
        {"kind": "implements", "number": "1271-CV/BDVTU", "url": "van-ban/2024/1271-cv-bdvtu/"},
        {"kind": "cites", "number": "5-CV/MAT", "url": None},
    ]


def test_write_registry_json_is_deterministic_utf8(tmp_path: Path) -> None:
    directives = [
        _directive("2078-CV/ĐUK", "2024-03-07", subject="Về <b>dân vận</b> & “khéo”"),
        _directive("1-CV/ĐUK", "2024-01-02"),
    ]
    first = tmp_path / "a" / "api" / "van-ban.json"
    second = tmp_path / "b" / "api" / "van-ban.json"
    assert write_registry_json(directives, first, issuer_name=UNIT_NAMES.__getitem__) == 2
    write_registry_json(list(reversed(directives)), second, issuer_name=UNIT_NAMES.__getitem__)
    data = first.read_bytes()
    assert data == second.read_bytes()
    assert data.endswith(b"]\n")
    assert "Về <b>dân vận</b> & “khéo”".encode() in data  # JSON, not HTML: no escaping here
    loaded = json.loads(data.decode("utf-8"))
    assert [r["number"] for r in loaded] == ["2078-CV/ĐUK", "1-CV/ĐUK"]


def test_write_registry_json_empty(tmp_path: Path) -> None:
    out = tmp_path / "van-ban.json"
    assert write_registry_json([], out, issuer_name=str) == 0
    assert out.read_text(encoding="utf-8") == "[]\n"
