"""Search: the folding of terms, the static index's format and ranking, and the JSON API."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest

from bangtin.core.model import Directive, DocType, Relation, RelationKind, Status, Visibility
from bangtin.core.numbers import parse_number
from bangtin.features.search import api
from bangtin.features.search.api import RelationRef, registry_records, write_registry_json
from bangtin.features.search.documents import paragraphs
from bangtin.features.search.index import (
    WEIGHT_BODY,
    WEIGHT_TITLE,
    Field,
    SearchDoc,
    shard_of,
    write_index,
)
from bangtin.features.search.reader import IndexReader, read_shard
from bangtin.features.search.terms import (
    compact_key,
    fold_letters,
    fold_text,
    number_keys,
    number_mentions,
    pairs,
)


def _number(text: str):  # type: ignore[no-untyped-def]
    parsed = parse_number(text)
    assert parsed is not None, text
    return parsed


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
    # search.js looks a number up by its compact key, which must be one of the page's keys.
    keys = number_keys(_number("2078-CV/ĐUK"))
    assert compact_key(query) in keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đảng ủy Khối", "dang uy khoi"),
        ("“Dân vận khéo”, năm 2024!", "dan van kheo nam 2024"),
        ("ĐOÀN TNCS HỒ CHÍ MINH", "doan tncs ho chi minh"),
        (unicodedata.normalize("NFD", "Đảng bộ Khối"), "dang bo khoi"),  # pasted in NFD
        ("Hướng dẫn 36-HD/VPTW", "huong dan 36 hd vptw"),
        ("Ủy ban – Mặt trận", "uy ban mat tran"),
    ],
)
def test_fold_text_drops_tone_marks_and_writes_d_stroke_as_d(text: str, expected: str) -> None:
    assert fold_text(text) == expected


def test_pairs_are_neighbouring_syllables() -> None:
    assert pairs(fold_text("Dân vận khéo, Đảng ủy")) == [
        "dan van",
        "van kheo",
        "kheo dang",
        "dang uy",
    ]


def test_number_mentions_in_text_but_not_dates_or_articles() -> None:
    text = "Thực hiện Công văn số 1271-CV/BDVTU, ngày 29/02/2024; Điều 5; Nghị quyết 13-NQ/TƯ"
    assert number_mentions(text) == ["1271cvbdvtu", "1271bdvtu", "13nqtu", "13tu"]


_HOSTILE_TEXTS = [
    "Đảng ủy Khối, 2078-CV/ĐUK",
    unicodedata.normalize("NFD", "Đảng bộ Khối ĐẢNG"),
    "",
    "K\u212a Å\u037e\u2000x\u2001y\u00a0z “ngoặc” – … ǅ ﬁ ① Ⅻ",  # Kelvin sign, Greek ";"
    "漢字 русский 😀 \ud800 \x00\t\r\n |a| ",  # other scripts, a lone surrogate, controls
    "".join(map(chr, range(0x20, 0x2100))),
]


def test_fold_fields_folds_each_text_as_fold_letters(monkeypatch: pytest.MonkeyPatch) -> None:
    from bangtin.features.search import terms

    expected = [terms._ascii(t) for t in _HOSTILE_TEXTS]
    folded = terms.fold_fields(_HOSTILE_TEXTS)
    assert [folded.data[a:b] for a, b in zip(folded.starts, folded.ends, strict=True)] == expected
    assert folded.data == b"".join(e + b"\n" for e in expected)
    assert expected[0].decode() == fold_letters(_HOSTILE_TEXTS[0]) == "dang uy khoi, 2078-cv/duk"
    # A character the table cannot fold to one byte: the texts are folded one by one instead.
    table = terms._fold_table().copy()
    table[ord("ả")] = terms._UNFOLDED
    monkeypatch.setattr(terms, "_fold_table", lambda: table)
    slow = terms.fold_fields(_HOSTILE_TEXTS)
    assert slow.data == folded.data
    assert slow.starts.tolist() == folded.starts.tolist()
    assert slow.ends.tolist() == folded.ends.tolist()
    assert terms.fold_fields([]).data == b""


def test_find_mentions_finds_what_number_mentions_finds() -> None:
    import random

    from bangtin.features.search import terms

    pieces = ["1", "12", "2078", "1234567", "-", "/", " ", ".", "cv", "Đ", "kh", "ubnd", "x1"]
    pieces += ["\n", "ĐUK", "–", "abcdefghijklm", "30/2020/NĐ-CP", "số 1271 - CV/BDVTU", "ả"]
    rng = random.Random(14)
    found = 0
    for _ in range(400):
        texts = ["".join(rng.choices(pieces, k=rng.randint(0, 60))) for _ in range(5)]
        expected = [[k.encode() for k in number_mentions(t)] for t in texts]
        found += sum(map(len, expected))
        folded = terms.fold_fields(texts)
        assert terms.find_mentions(folded.data, folded.starts, folded.ends) == expected
        # Only some of the texts (the bodies): the others are not searched.
        some = [0, 2, 3]
        mentions = terms.find_mentions(folded.data, folded.starts[some], folded.ends[some])
        assert mentions == [expected[i] for i in some]
    assert found > 1000


def test_body_scans_find_what_whole_text_scans_find() -> None:
    # index_text, the headings and the paragraphs look only where a match can be; they must
    # find what the patterns find over the whole text.
    import random

    from bangtin.features.search import documents as d

    pieces = ["a", " ", "   ", "    ", "\n", "\n\n", "[", "]", "(", ")", "^", ":", "<", ">", "{"]
    pieces += ["}", "#", "##", "#######", " #", "\t", "x y", "[1]: http://x", "[^1]", "{: .c}"]
    pieces += ["<b>", "](u)", "<script>x</script>", "## Mục", "\r", "\u2028", "\x0c"]
    rng = random.Random(14)
    for _ in range(20_000):
        md = "".join(rng.choices(pieces, k=rng.randint(0, 25)))
        whole = d._HIDDEN_BLOCK.sub(" ", md) if "<" in md else md
        assert d.index_text(md) == d._UNSEEN.sub(" ", whole), repr(md)
        assert d._heading_texts(md) == d._HEADING.findall(md), repr(md)
        assert list(d._blocks(md)) == d._PARAGRAPH_BREAK.split(md), repr(md)


def test_shard_of_is_crc32_of_the_utf8_bytes() -> None:
    # The CRC-32 check value ("123456789" -> 0xCBF43926); search.js computes the same (a browser
    # test checks it on Vietnamese terms).
    assert shard_of("123456789", 1 << 32) == 0xCBF43926
    assert shard_of("", 1 << 32) == 0
    assert shard_of("đảng", 1024) == shard_of("đảng", 1 << 32) % 1024


def test_plain_text_strips_markdown_syntax() -> None:
    md = "## Mục I\n\n- Thực hiện **Công văn** [số 1271](../x/)[^1]\n\n| a | b |\n|---|---|\n| c | d |\n\n[^1]: Ghi chú"
    text = "\n".join(paragraphs(md))
    assert "**" not in text and "[" not in text and "#" not in text and "---" not in text
    assert "Thực hiện Công văn số 1271" in text
    assert "Mục I" in text


def _doc(url: str, title: str, body: str = "", **kw: object) -> SearchDoc:
    values: dict[str, object] = {
        "url": url,
        "kind": "van-ban",
        "title": title,
        "fields": (Field(WEIGHT_TITLE, title), Field(WEIGHT_BODY, body, body=True)),
    }
    values.update(kw)
    return SearchDoc(**values)  # type: ignore[arg-type]


def test_index_round_trip_every_posting_in_impact_order(tmp_path: Path) -> None:
    docs = [
        _doc(
            f"van-ban/2024/{i}/",
            f"Văn bản {i}",
            "dân vận " * (i + 1) + f"riêng{i}",
            sort_date=f"2024-01-{i + 1:02d}",
        )
        for i in range(40)
    ]
    stats = write_index(docs, tmp_path / "search")
    reader = IndexReader(tmp_path / "search")
    assert stats.pages == 40 == reader.manifest["pages"]
    every: dict[str, list[tuple[int, list[int]]]] = {}
    for shard in sorted((tmp_path / "search" / "t").iterdir()):
        for term, blocks in read_shard(shard.read_bytes()).items():
            assert shard_of(term, reader.manifest["shards"]) == int(shard.stem, 16)
            every[term] = blocks
    # "dan" is on every page: 40 postings, blocks by falling impact, ids ascending in a block.
    blocks = every["dan"]
    assert sum(len(ids) for _, ids in blocks) == 40
    impacts = [impact for impact, _ in blocks]
    assert impacts == sorted(impacts, reverse=True) and all(
        1 <= i <= reader.manifest["levels"] for i in impacts
    )
    assert all(ids == sorted(ids) for _, ids in blocks)
    assert "dan van" in every and "van dan" in every  # pairs, also across repeats
    # Newest first: page 0 is the latest date.
    assert reader.page(0)[0] == "van-ban/2024/39/"


def test_index_is_byte_identical_for_the_same_input(tmp_path: Path) -> None:
    docs = [_doc(f"a/{i}/", f"Tiêu đề {i}", f"nội dung số {i} đoàn thể") for i in range(30)]
    write_index(docs, tmp_path / "one")
    write_index(list(reversed(docs)), tmp_path / "two")
    one = {
        p.relative_to(tmp_path / "one"): p.read_bytes()
        for p in (tmp_path / "one").rglob("*")
        if p.is_file()
    }
    two = {
        p.relative_to(tmp_path / "two"): p.read_bytes()
        for p in (tmp_path / "two").rglob("*")
        if p.is_file()
    }
    assert one == two


def test_title_outranks_body_and_stub_ranks_below_text(tmp_path: Path) -> None:
    docs = [
        _doc("body/", "Kế hoạch khác", "Chuyển đổi số trong cơ quan"),
        _doc("title/", "Chuyển đổi số", "Nội dung"),
        _doc("stub/", "Chuyển đổi số", "", stub=True, lead="Chuyển đổi số"),
    ]
    write_index(docs, tmp_path / "s")
    hits, relaxed = IndexReader(tmp_path / "s").search("chuyen doi so")
    assert not relaxed
    assert [h.url for h in hits] == ["title/", "body/", "stub/"]


def test_and_semantics_then_relaxed_fallback(tmp_path: Path) -> None:
    docs = [
        _doc("a/", "Đảng ủy Khối", "tuyên truyền fanpage"),
        _doc("b/", "Đảng ủy Khối", "tuyên truyền"),
    ]
    write_index(docs, tmp_path / "s")
    reader = IndexReader(tmp_path / "s")
    hits, relaxed = reader.search("dang uy khoi fanpage")
    assert [h.url for h in hits] == ["a/"] and not relaxed
    hits, relaxed = reader.search("fanpage zalo")
    assert relaxed and [h.url for h in hits] == ["a/"]


def test_phrase_ranks_above_scattered_words(tmp_path: Path) -> None:
    docs = [
        _doc("scattered/", "Văn bản một", "khéo léo trong công tác dân vận của cơ quan"),
        _doc("phrase/", "Văn bản hai", "xây dựng mô hình dân vận khéo của cơ quan"),
    ]
    write_index(docs, tmp_path / "s")
    hits, _ = IndexReader(tmp_path / "s").search("dan van kheo")
    assert [h.url for h in hits] == ["phrase/", "scattered/"]


def test_last_word_is_a_prefix_only_when_it_is_no_whole_word(tmp_path: Path) -> None:
    docs = [_doc("a/", "Dân vận khéo", "Đảng"), _doc("b/", "Dân tộc", "Đảng")]
    write_index(docs, tmp_path / "s")
    reader = IndexReader(tmp_path / "s")
    assert [h.url for h in reader.search("dan van kh")[0]] == ["a/"]
    # "dan" is a whole word: it is not widened to "dang".
    assert {h.url for h in reader.search("dan")[0]} == {"a/", "b/"}
    assert reader.completions("kh") == ["kheo"]


@pytest.fixture(scope="module")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> IndexReader:
    """The search index of the real sample portal, built by `bangtin build`."""
    from click.testing import CliRunner

    from bangtin.cli.main import main

    out = tmp_path_factory.mktemp("sample") / "site"
    repo = Path(__file__).resolve().parents[1]
    result = CliRunner().invoke(
        main, ["build", "-f", str(repo / "mkdocs.yml"), "--site-dir", str(out)]
    )
    assert result.exit_code == 0, result.output
    return IndexReader(out / "search")


@pytest.mark.parametrize(
    ("query", "url", "within"),
    [
        # The Đoàn Khối's report on the seed (48-BC/ĐTN) holds the same words in fewer.
        ("dang uy khoi fanpage", "van-ban/2024/2078-cv-duk/", 2),
        ("nang cao nang luc canh tranh", "chu-de/2024/", 3),
        ("chinh trang do thi", "chu-de/2023/", 3),
        # Its own number first, before the reports that cite it in their trích yếu.
        ("2078", "van-ban/2024/2078-cv-duk/", 1),
        ("2078-CV/ĐUK", "van-ban/2024/2078-cv-duk/", 1),
        ("2078-cv-duk", "van-ban/2024/2078-cv-duk/", 1),
        ("2078/ĐUK", "van-ban/2024/2078-cv-duk/", 1),
        ("2078 CV DUK", "van-ban/2024/2078-cv-duk/", 1),
        ("1271-CV/BDVTU", "van-ban/2024/1271-cv-bdvtu/", 1),
        ("ban dan van tinh uy", "don-vi/ban-dan-van-tu/", 3),
    ],
)
def test_sample_queries_find_their_page(
    sample_index: IndexReader, query: str, url: str, within: int
) -> None:
    hits, relaxed = sample_index.search(query)
    assert not relaxed
    assert url in [h.url for h in hits[:within]], [h.url for h in hits[:5]]


def test_sample_indexes_every_kind_of_page(sample_index: IndexReader) -> None:
    kinds = {sample_index.page(i)[1] for i in range(sample_index.manifest["pages"])}
    assert {"van-ban", "chu-de", "don-vi"} <= kinds


def test_sample_stub_excerpt_is_its_subject_not_boilerplate(sample_index: IndexReader) -> None:
    records = [sample_index.page(i) for i in range(sample_index.manifest["pages"])]
    stubs = [r for r in records if r[7]]
    assert stubs, "the sample cites documents it does not hold"
    for record in stubs:
        assert "Chưa có toàn văn" not in record[6]
    texts = [r for r in records if not r[7]]
    # Pages with text come before stubs in the page order (equal scores keep it).
    assert records.index(stubs[0]) > records.index(texts[-1])


def test_sample_facets_count_every_directive(sample_index: IndexReader) -> None:
    facets = json.loads((sample_index.folder / "facets.json").read_text("utf-8"))
    by_key = {f["key"]: f for f in facets}
    assert {"muc", "loai", "nam", "co_quan", "tinh_trang"} <= set(by_key)
    muc = by_key["muc"]
    directives = sum(
        1
        for p in muc["pages"]
        if p != -1 and muc["values"][p if isinstance(p, int) else p[0]] == "Văn bản"
    )
    assert directives == sum(
        1 for i in range(sample_index.manifest["pages"]) if sample_index.page(i)[1] == "van-ban"
    )


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


def test_write_registry_json_again_reuses_each_unchanged_records_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # bangtin serve writes the file again when a record leaves the view: every other record's
    # line is kept, unless what it is made of changed (here a relation's page went).
    cited = _directive("1271-CV/BDVTU", "2024-01-05")
    directives = [
        _directive("2078-CV/ĐUK", "2024-03-07", subject="Về “dân vận”"),
        _directive("1-CV/ĐUK", "2024-01-02"),
        _directive("9-CV/ĐUK", "2024-02-02"),
        cited,
    ]
    urls = {"1-CV/ĐUK": "van-ban/2024/1271-cv-bdvtu/"}

    def relations(d: Directive) -> list[RelationRef]:
        url = urls.get(str(d.number))
        return [RelationRef(kind="cites", number="1271-CV/BDVTU", url=url)] if url else []

    def written(records: list[Directive]) -> str:
        out = tmp_path / "van-ban.json"
        write_registry_json(records, out, issuer_name=str, relations=relations)
        return out.read_text(encoding="utf-8")

    def expected(records: list[Directive]) -> str:
        made = registry_records(records, issuer_name=str, relations=relations)
        lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in made]
        return "[\n" + ",\n".join(lines) + "\n]\n"

    assert written(directives) == expected(directives)
    made: list[str] = []
    record_line = api._record_line

    def counted(d: Directive, *rest: object) -> str:
        made.append(str(d.number))
        return record_line(d, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(api, "_record_line", counted)
    urls["1-CV/ĐUK"] = ""  # the cited page deleted: 1-CV/ĐUK's line changes
    assert written(directives[:3]) == expected(directives[:3])
    assert '"number":"1-CV/ĐUK"' in expected(directives[:3])
    assert made == ["1-CV/ĐUK"]  # the others' lines kept


def test_write_registry_json_empty(tmp_path: Path) -> None:
    out = tmp_path / "van-ban.json"
    assert write_registry_json([], out, issuer_name=str) == 0
    assert out.read_text(encoding="utf-8") == "[]\n"


def test_index_is_the_same_counted_in_one_process_or_several(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bangtin.features.search import index

    monkeypatch.setattr(index, "PARALLEL_FROM", 20)
    docs = [
        _doc(
            f"van-ban/2024/{i}/",
            f"Công văn số {i}-CV/ĐUK",
            f"Đảng ủy Khối triển khai nội dung {i % 7} về dân vận khéo, chuyển đổi số {i % 3}",
            sort_date=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            keys=(f"{i}cvduk", str(i)),
            passages=(f"Đoạn một của trang {i}.", f"Đoạn hai: dân vận khéo {i % 5}."),
        )
        for i in range(90)
    ]
    write_index(docs, tmp_path / "one", workers=1)
    write_index(docs, tmp_path / "three", workers=3)
    monkeypatch.setattr(index, "_BATCH", 7)  # pages counted in batches of 7, not all at once
    monkeypatch.setattr(index, "_ENCODE_CHUNK", 50)  # terms encoded a few at a time
    write_index(docs, tmp_path / "batches", workers=3)

    def files(folder: Path) -> dict[Path, bytes]:
        return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    one = files(tmp_path / "one")
    assert one == files(tmp_path / "three") == files(tmp_path / "batches")
    assert len(one) > 5


def test_a_number_no_page_holds_finds_nothing(tmp_path: Path) -> None:
    docs = [
        _doc("a/", "Công văn số 15-CV/ĐUK", "nội dung", keys=("15cvduk", "15")),
        _doc("b/", "Kế hoạch số 3-KH/ĐUK", "nội dung", keys=("3khduk", "3")),
    ]
    write_index(docs, tmp_path / "s")
    reader = IndexReader(tmp_path / "s")
    assert [h.url for h in reader.search("15-CV/ĐUK")[0]] == ["a/"]
    assert reader.search("2078-CV/ĐUK") == ([], False)


def test_passages_are_each_pages_paragraphs_by_page_id(tmp_path: Path) -> None:
    from bangtin.features.search.index import GROUP_SIZE, PASSAGE_CHARS, PASSAGE_GROUP

    docs = [
        _doc(
            f"van-ban/2024/{i}/",
            f"Văn bản {i}",
            sort_date=f"2024-01-{1 + i % 28:02d}",
            passages=(f"Mở đầu {i}.", f"Nội dung {i}: dân vận khéo.", ""),
        )
        for i in range(GROUP_SIZE + 5)
    ]
    huge = _doc("huge/", "Văn bản dài", passages=("Câu rất dài " * 5000, "Đoạn sau"))
    write_index([*docs, huge, _doc("stub/", "Chỉ được dẫn chiếu", stub=True)], tmp_path / "s")
    reader = IndexReader(tmp_path / "s")
    # A file of a few pages' text: a result's passages come without its neighbours'.
    pages = reader.manifest["pages"]
    assert reader.manifest["passage_group"] == PASSAGE_GROUP < GROUP_SIZE
    assert len(list((tmp_path / "s" / "x").iterdir())) == -(-pages // PASSAGE_GROUP)
    for page_id in range(reader.manifest["pages"]):
        url = reader.page(page_id)[0]
        passages = reader.passages(page_id)
        if url.startswith("van-ban/"):
            i = url.split("/")[2]
            # In order, by page id whatever the page order; an empty paragraph is no passage.
            assert passages == [f"Mở đầu {i}.", f"Nội dung {i}: dân vận khéo."]
        elif url == "huge/":
            # A phone never fetches more than PASSAGE_CHARS of one page's text.
            assert sum(map(len, passages)) <= PASSAGE_CHARS and passages[0].endswith("…")
        else:
            assert passages == []


def test_sample_passages_hold_the_text_beyond_the_lead(sample_index: IndexReader) -> None:
    records = [sample_index.page(i) for i in range(sample_index.manifest["pages"])]
    seed = next(i for i, r in enumerate(records) if r[0] == "van-ban/2024/2078-cv-duk/")
    passages = sample_index.passages(seed)
    assert passages[0].startswith("Thực hiện Công văn số 1271-CV/BDVTU")
    deep = [p for p in passages if "“Dân vận khéo”" in p]
    assert deep and "Dân vận khéo" not in records[seed][6]  # the lead does not hold it
    assert all("**" not in p and "[^" not in p for p in passages)  # plain text, as shown
    for page_id, record in enumerate(records):
        if record[7]:
            assert sample_index.passages(page_id) == []  # a stub has no text of its own


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("thij", ["thi"]),  # a Telex tone letter left at the end
        ("ddang", ["dang"]),  # "dd" for đ
        ("truyeen", ["truyen"]),  # "ee" for ê
        ("nguwowif", ["nguoi", "nguoif"]),  # "uw", "ow" for ư, ơ, and a tone
        ("d9a6ng", ["dang"]),  # VNI digits
        ("khoi", []),  # nothing to take out
    ],
)
def test_telex_and_vni_leftovers(word: str, meant: list[str]) -> None:
    from bangtin.features.search.typos import telex

    assert telex(word) == meant


def test_corrections_by_commonness_never_for_numbers_or_codes() -> None:
    from bangtin.features.search.typos import corrections

    words = ["van", "dan", "khoi", "kheo", "thi", "fanpage", "vien", "khoe"]
    rank = {w: i for i, w in enumerate(words)}
    assert corrections("khio", rank) == ["khoi", "kheo"]  # swapped, changed: commonest first
    assert corrections("fanpgae", rank) == ["fanpage"]
    assert corrections("thij", rank) == ["thi"]  # Telex first, then edits
    assert corrections("vn", rank) == ["van"]  # a short word only gains a letter
    assert corrections("khoi", rank) == []  # a word of the vocabulary is left alone
    assert corrections("khoe", rank, known=True) == ["khoi", "kheo"]  # when nothing has them all
    assert corrections("2078", rank) == corrections("cv2", rank) == []  # numbers and codes
    assert corrections("xyzzyq", rank) == []


def _typo_index(tmp_path: Path) -> IndexReader:
    docs = [
        _doc("a/", "Đảng ủy Khối triển khai", "Dân vận khéo; tuyên truyền trên fanpage"),
        _doc("b/", "Chỉnh trang đô thị", "Chủ đề năm: chỉnh trang đô thị, giữ gìn môi trường"),
        _doc("c/", "Đảng ủy Khối", "Hội nghị của Đảng ủy Khối"),
        _doc("d/", "Dân tộc", "Công tác dân tộc", keys=("2078cvduk", "2078")),
    ]
    write_index(docs, tmp_path / "s")
    return IndexReader(tmp_path / "s")


@pytest.mark.parametrize(
    ("query", "meant", "first"),
    [
        ("dang uy khio", ["dang", "uy", "khoi"], "c/"),
        ("ddang uy khoi", ["dang", "uy", "khoi"], "c/"),
        ("chinh trang do thij", ["chinh", "trang", "do", "thi"], "b/"),
        ("dan vn kheo", ["dan", "van", "kheo"], "a/"),
        ("tuyen truyeen", ["tuyen", "truyen"], "a/"),
        ("fanpgae", ["fanpage"], "a/"),
    ],
)
def test_typos_find_the_page_and_say_what_was_searched(
    tmp_path: Path, query: str, meant: list[str], first: str
) -> None:
    found = _typo_index(tmp_path).query(query)
    assert found.corrected == meant and not found.relaxed
    assert found.hits[0].url == first


def test_no_correction_where_the_words_are_found_or_for_a_number(tmp_path: Path) -> None:
    reader = _typo_index(tmp_path)
    assert reader.query("dang uy khoi").corrected is None
    assert reader.query("dang uy kh").corrected is None  # the last word is being typed
    number = reader.query("2078-CV/DUKK")
    assert number.corrected is None and number.hits == []
    relaxed = reader.query("dan toc xyzzyq")  # nothing near "xyzzyq": the partial results
    assert relaxed.corrected is None and relaxed.relaxed


def _made_word_index(tmp_path: Path) -> IndexReader:
    """Pages where "công tác", "bàn tỉnh Bình Thuận" stand together, and a page with "con", "tin"
    elsewhere: a typo that drops a letter of "công" or "tỉnh" makes another word of the index."""
    docs = [
        _doc(f"p{i}/", f"Công tác tôn giáo {i}", "Trên địa bàn tỉnh Bình Thuận; công tác dân vận")
        for i in range(6)
    ]
    docs += [
        _doc("con/", "Con đường", "Tác phẩm về tôn giáo; bản tin; đường con"),
        _doc("tin/", "Bình Thuận", "Tin vui của bàn thắng; Thuận tin"),
    ]
    write_index(docs, tmp_path / "s")
    return IndexReader(tmp_path / "s")


def test_a_word_s_neighbours_travel_in_its_shard_entry(tmp_path: Path) -> None:
    reader = _made_word_index(tmp_path)
    before, after = reader.neighbours("tac")
    assert before["cong"] == 6 and "con" not in before  # "công tác" on six pages
    assert after["ton"] == 6 and after["dan"] == 6
    before, after = reader.neighbours("binh")
    assert before == {"tinh": 6} and after["thuan"] == 7
    assert reader.neighbours("cong tac") == ({}, {})  # a pair has none


@pytest.mark.parametrize(
    ("query", "meant"),
    [
        ("con tac ton giao", ["cong", "tac", "ton", "giao"]),
        ("tin binh thuan", ["tinh", "binh", "thuan"]),
    ],
)
def test_a_typo_that_makes_another_word_is_read_by_its_neighbours(
    tmp_path: Path, query: str, meant: list[str]
) -> None:
    # "con" and "tin" are words of the index, and a page holds every word as typed: only that
    # "công tác" and "tỉnh bình" stand together on six pages, and "con tác", "tin bình" on
    # none, tells the typo.
    reader = _made_word_index(tmp_path)
    typed = reader.query(query, exact=True)
    assert typed.corrected is None
    found = reader.query(query)
    assert found.corrected == meant and not found.relaxed
    assert {hit.url for hit in found.hits} == {f"p{i}/" for i in range(6)}


def test_a_word_standing_with_a_neighbour_is_not_read_as_a_typo(tmp_path: Path) -> None:
    reader = _made_word_index(tmp_path)
    # "bản tin" stands on a page as typed: "tin" is no typo for "tỉnh" here, though "tỉnh bình"
    # stands on six pages.
    assert reader.query("ban tin binh thuan").corrected is None
    assert reader.query("cong tac ton giao").corrected is None
    assert reader.query("con duong").corrected is None


def test_each_shard_carries_its_terms_best_pages_head_records(tmp_path: Path) -> None:
    # What a result shows before its p/ file arrives: the best page of each term of the shard,
    # as its record in p/ begins (url, kind, title) and whether it is a stub.
    from bangtin.features.search.reader import read_entries, read_heads

    reader = _made_word_index(tmp_path)
    checked = 0
    for shard in sorted((tmp_path / "s" / "t").glob("*.bin")):
        data = shard.read_bytes()
        heads = read_heads(data)
        best = {entry.blocks[0][1][0] for entry in read_entries(data).values()}
        assert set(heads) == best
        for page_id, head in heads.items():
            record = reader.page(page_id)
            assert head == [record[0], record[1], record[2], record[7]]
            checked += 1
    assert checked >= 8


def test_vocabulary_is_the_words_of_letters_commonest_first(tmp_path: Path) -> None:
    reader = _typo_index(tmp_path)
    words = json.loads((tmp_path / "s" / "vocab.json").read_text("utf-8"))
    assert words[:3] == ["dan", "dang", "khoi"]  # on three pages each, then by spelling
    assert all(w.isascii() and w.isalpha() and " " not in w for w in words)
    assert "2078" not in words and "2078cvduk" not in words
    assert reader.vocabulary()["dan"] == 0


def test_own_number_outranks_a_short_page_citing_it(tmp_path: Path) -> None:
    # A long directive and a short report whose title cites its number: BM25's length
    # normalisation alone put the report first for "2078" (OWN_KEY_FACTOR).
    own = _doc(
        "own/",
        "Công văn số 2078-CV/ĐUK",
        "Nội dung văn bản dài về công tác dân vận. " * 80,
        keys=("2078cvduk", "2078duk", "2078cv", "2078", "duk", "cv"),
        sort_date="2024-03-07",
    )
    report = _doc(
        "report/",
        "Báo cáo kết quả thực hiện Công văn số 2078-CV/ĐUK, số 2078",
        "Thực hiện Công văn 2078-CV/ĐUK; Công văn 2078 được triển khai.",
        keys=("35bcccbk", "35", "ccbk", "bc"),
        sort_date="2025-01-20",
    )
    write_index([own, report], tmp_path / "s")
    reader = IndexReader(tmp_path / "s")
    assert [h.url for h in reader.search("2078")[0]] == ["own/", "report/"]
    assert reader.search("DUK")[0][0].url == "own/"


def test_the_api_keeps_each_record_s_place_and_address_between_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # serve writes the API again after a new or deleted file: each record's sort key and page
    # address are kept by record object (folding 10,000 numbers was most of the sort); the
    # bytes and the order are registry_records'.
    from bangtin.features.search import api

    directives = [
        _directive("9-CV/ĐUK", "2024-02-02"),
        _directive("1-CV/ĐUK", "2024-01-02"),
        _directive("10-CV/ĐUK", "2024-02-02"),
    ]
    keyed: list[str] = []
    sort_key = api._sort_key

    def counted(d: Directive) -> tuple[int, str, str]:
        keyed.append(str(d.number))
        return sort_key(d)

    monkeypatch.setattr(api, "_sort_key", counted)
    out = tmp_path / "van-ban.json"

    def expected(records: list[Directive]) -> str:
        made = registry_records(records, issuer_name=str)
        lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in made]
        return "[\n" + ",\n".join(lines) + "\n]\n"

    write_registry_json(directives, out, issuer_name=str)
    keyed.clear()
    new = _directive("2-CV/ĐUK", "2024-02-02")
    for records, made in (([*directives, new], ["2-CV/ĐUK"]), (directives[1:], [])):
        write_registry_json(records, out, issuer_name=str)
        assert keyed == made
        assert out.read_text("utf-8") == expected(records)
        keyed.clear()
    numbers = [r["number"] for r in json.loads(out.read_text("utf-8"))]
    assert numbers == ["10-CV/ĐUK", "1-CV/ĐUK"]
