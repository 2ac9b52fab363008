"""Browser tests of search and lookup: a small real site built with MkDocs + Material and bangtin's
own search index, served on 127.0.0.1 and driven with Debian's chromium through Playwright."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from browser_support import CHROMIUM, LAUNCH_ARGS, serving

from bangtin.core.model import Directive, DocType, Status, Visibility
from bangtin.core.numbers import parse_number
from bangtin.features.search.terms import compact_key, fold_text
from conftest import load_script

pytestmark = pytest.mark.browser

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "bangtin"

UNITS = {
    "dang-uy-khoi": "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
    "ban-dan-van-tu": "Ban Dân vận Tỉnh ủy",
    "tinh-uy": "Tỉnh ủy Bình Thuận",
    "hoi-nong-dan": "Hội Nông dân tỉnh",
}


@dataclass(frozen=True)
class Page:
    directive: Directive
    body: str


def _directive(
    number: str, date: str, kind: DocType, issuer: str, subject: str, **kw: object
) -> Directive:
    parsed = parse_number(number)
    assert parsed is not None
    return Directive(
        path=f"directives/{number}.md",
        number=parsed,
        date=dt.date.fromisoformat(date),
        type=kind,
        subject=subject,
        issuer=issuer,
        visibility=Visibility.PUBLIC,
        **kw,  # type: ignore[arg-type]
    )


PAGES = (
    Page(
        directive=_directive(
            "2078-CV/ĐUK",
            "2024-03-07",
            DocType.CONG_VAN,
            "dang-uy-khoi",
            "Đẩy mạnh thực hiện Công văn số 189-CV/TU của Ban Thường vụ Tỉnh ủy",
            themes=(2023, 2024),
        ),
        body=(
            "Ban Thường vụ Đảng ủy Khối đề nghị cấp ủy các chi, đảng bộ cơ sở, Ban Thường vụ "
            "Đoàn Khối và Hội Cựu Chiến binh Khối triển khai thực hiện một số nội dung sau: tiếp "
            "tục đổi mới nội dung, phương thức hoạt động của các đoàn thể trong Đảng bộ Khối."
        ),
    ),
    Page(
        directive=_directive(
            "12-KH/BDVTU",
            "2024-01-15",
            DocType.KE_HOACH,
            "ban-dan-van-tu",
            "Tổ chức phong trào thi đua “Dân vận khéo” năm 2024",
            themes=(2024,),
        ),
        body=(
            "Phong trào thi đua “Dân vận khéo” được triển khai sâu rộng. Mỗi cơ quan, đơn vị "
            "đăng ký ít nhất một mô hình Dân vận khéo; kết quả Dân vận khéo được báo cáo hằng quý."
        ),
    ),
    Page(
        directive=_directive(
            "15-BC/BDVTU",
            "2024-06-20",
            DocType.BAO_CAO,
            "ban-dan-van-tu",
            "Kết quả thực hiện Công văn số 2078-CV/ĐUK của Ban Thường vụ Đảng ủy Khối",
            themes=(2024,),
        ),
        body=(
            "Thực hiện Công văn số 2078-CV/ĐUK, các chi bộ đã tổ chức quán triệt. Công văn số "
            "2078-CV/ĐUK được triển khai đến 100% cơ sở; việc thực hiện Công văn 2078 được theo "
            "dõi hằng tháng."
        ),
    ),
    Page(
        directive=_directive(
            "189-CV/TU",
            "2023-10-02",
            DocType.CONG_VAN,
            "tinh-uy",
            "Tiếp tục chỉ đạo đổi mới nội dung, phương thức hoạt động của Mặt trận",
            themes=(2023,),
            status=Status.SUPERSEDED,
        ),
        body="Các cấp ủy đang tập trung chỉ đạo; Mặt trận và các đoàn thể chính trị - xã hội.",
    ),
    Page(
        directive=_directive(
            "7-HD/HND",
            "2023-05-04",
            DocType.HUONG_DAN,
            "hoi-nong-dan",
            "Hướng dẫn về việc <b>nông dân</b> & “sản xuất giỏi”",
            themes=(2023,),
        ),
        body="Hội viên nông dân đang thi đua sản xuất, kinh doanh giỏi.",
    ),
)


def _directive_file(page: Page) -> str:
    d = page.directive
    subject = json.dumps(d.subject, ensure_ascii=False)
    lines = [
        "---",
        f"number: {d.number}",
        f"date: {d.date.isoformat()}",
        f"subject: {subject}",
        f"issuer: {d.issuer}",
        f"type: {d.type.value}",
        f"themes: [{', '.join(str(y) for y in d.themes)}]",
        f"status: {d.status.value}",
        "visibility: public",
        "---",
        "",
        page.body,
        "",
    ]
    return "\n".join(lines)


def build_site(root: Path) -> Path:
    """Build the test portal under ``root`` with the real plugin (search on); return the site."""
    files = {
        "content/index.md": "---\nvisibility: public\n---\n\n# Trang chủ\n\nCổng văn bản thử nghiệm.\n",
        # A page outside the directives: never indexed, whatever it says.
        "content/gioi-thieu.md": "---\ntitle: Giới thiệu\nvisibility: public\n---\n\n"
        "Trang không lập chỉ mục: xyzstray Đảng ủy Khối 2078-CV/ĐUK.\n",
        "content/units.yml": "units:\n"
        + "".join(f"  - id: {uid}\n    name: {name}\n" for uid, name in UNITS.items())
        + "  - id: doan-khoi\n    name: Đoàn Thanh niên Khối\n    code: ĐTNK\n",
        "content/themes/2024.md": "---\nyear: 2024\ntitle: Nâng cao năng lực cạnh tranh và sự "
        "hài lòng của người dân, doanh nghiệp\nvisibility: public\n---\n\nChủ đề năm của Tỉnh ủy.\n",
        "content/practices/tu-sach-phap-luat.md": "---\ntitle: Tủ sách pháp luật điện tử\n"
        "unit: hoi-nong-dan\nyear: 2024\nfield: văn hóa - xã hội\nvisibility: public\n---\n\n"
        "Mô hình đưa pháp luật đến hội viên qua mạng xã hội.\n",
        "content/news/hoi-nghi.md": "---\ntitle: Hội nghị sơ kết phong trào thi đua\n"
        "date: 2024-07-01\nvisibility: public\n---\n\nHội nghị sơ kết sáu tháng đầu năm.\n",
    }
    for page in PAGES:
        files[f"directives/{page.directive.year}/{page.directive.slug}.md"] = _directive_file(page)
    return _build_portal(root, files, "footnotes, attr_list")


def _build_portal(root: Path, files: dict[str, str], extensions: str) -> Path:
    """Write ``files`` under ``root``, build them with the real plugin (search on): the site."""
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        "site_name: Bảng tin thử\n"
        "docs_dir: content\nsite_dir: site\n"
        "theme:\n  name: material\n  language: vi\n  font: false\n"
        "plugins:\n  - bangtin:\n      cards: false\n      search: true\n"
        f"markdown_extensions: [{extensions}]\n",
        encoding="utf-8",
    )
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run(
        [sys.executable, "-m", "bangtin.cli.main", "build", "-f", str(root / "mkdocs.yml")],
        check=True,
        env=env,
        cwd=root,
    )
    return root / "site"


# The folder of the module's built site, for tests that read its files.
served_site_dir: list[str] = []


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site = build_site(tmp_path_factory.mktemp("site"))
    served_site_dir[:] = [str(site)]
    with serving(site) as address:
        yield address


def _wait_for_chromium() -> None:
    # Debian's chromium may still be being installed by apt when the suite starts.
    deadline = time.monotonic() + 300
    while not (CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)):
        if time.monotonic() > deadline:
            pytest.fail("không tìm thấy /usr/bin/chromium (cài bằng apt-get install chromium)")
        time.sleep(2)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    _wait_for_chromium()
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: object, served: str) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    foreign: list[str] = []
    errors: list[str] = []

    def guard(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if urlsplit(url).hostname != "127.0.0.1":
            foreign.append(url)
            route.abort()  # type: ignore[attr-defined]
        else:
            route.continue_()  # type: ignore[attr-defined]

    context.route("**/*", guard)
    tab = context.new_page()
    tab.on("pageerror", lambda exc: errors.append(str(exc)))

    def refuse(dialog: object) -> None:
        errors.append(f"dialog: {dialog.message}")  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    tab.on("dialog", refuse)
    yield tab
    context.close()
    assert foreign == [], f"requests left 127.0.0.1: {foreign}"
    assert errors == [], f"page errors: {errors}"


def _search(tab: object, served: str, query: str) -> list[str]:
    tab.goto(served)  # type: ignore[attr-defined]
    button = tab.locator("label.md-header__button[for=__search]")  # type: ignore[attr-defined]
    box = tab.locator("[data-bangtin-search-query]")  # type: ignore[attr-defined]
    # Wide screens show the box in the header; phones show a magnifier that opens it.
    (button if button.is_visible() else box).click()
    box.press_sequentially(query, delay=20)
    # The list of this query, whole: not the first results of it, nor a half-typed query's.
    tab.wait_for_function(  # type: ignore[attr-defined]
        "q => { const list = document.querySelector('[data-bangtin-search-list]');"
        " return list.dataset.query === q && list.getAttribute('aria-busy') === 'false'; }",
        arg=query,
    )
    titles: list[str] = tab.locator(".md-search-result__item h1").all_inner_texts()  # type: ignore[attr-defined]
    return titles


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("dan van kheo", "Kế hoạch số 12-KH/BDVTU"),
        # The body's own page first, then what it issued.
        ("dang uy khoi", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"),
        ("DUK", "Công văn số 2078-CV/ĐUK"),
        ("2078", "Công văn số 2078-CV/ĐUK"),
        ("2078-CV/ĐUK", "Công văn số 2078-CV/ĐUK"),
        ("2078-cv-duk", "Công văn số 2078-CV/ĐUK"),
        ("2078/ĐUK", "Công văn số 2078-CV/ĐUK"),
        ("2078 CV DUK", "Công văn số 2078-CV/ĐUK"),
        ("189-CV/TU", "Công văn số 189-CV/TU"),
        ("nong dan", "Hội Nông dân tỉnh"),
        ("huong dan nong dan", "Hướng dẫn số 7-HD/HND"),
        # Words that are not neighbours in the text still find the page (AND, not a phrase).
        ("kheo dan van", "Kế hoạch số 12-KH/BDVTU"),
        # Every page kind: a yearly theme, a practice, a news item, a unit.
        (
            "nang cao nang luc canh tranh",
            "Chủ đề năm 2024: Nâng cao năng lực cạnh tranh và sự hài lòng của người dân, doanh nghiệp",
        ),
        ("tu sach phap luat", "Tủ sách pháp luật điện tử"),
        ("hoi nghi so ket", "Hội nghị sơ kết phong trào thi đua"),
        ("doan thanh nien khoi", "Đoàn Thanh niên Khối"),
        # The last word read as the start of a word being typed.
        ("phong trao thi d", "Hội nghị sơ kết phong trào thi đua"),
    ],
)
def test_header_search_first_result(page: object, served: str, query: str, first: str) -> None:
    titles = _search(page, served, query)
    assert titles, f"no result for {query!r}"
    assert titles[0] == first


def test_browser_folds_and_hashes_as_the_index_does(page: object, served: str) -> None:
    # search.js must fold a query and choose its shard exactly as the index writer does.
    page.goto(served)  # type: ignore[attr-defined]
    texts = [
        "Dân vận khéo",
        "ĐẢNG ỦY KHỐI",
        "chuyển  đổi số",
        "Công văn 2078-CV/ĐUK",
        "“Dân” vận",
        "dan van",
        "Ủy ban – Mặt trận",
    ]
    got = page.evaluate(  # type: ignore[attr-defined]
        "ts => ts.map(t => [window.bangtinSearch.fold(t), window.bangtinSearch.compactKey(t),"
        " window.bangtinSearch.crc32(window.bangtinSearch.fold(t))])",
        texts,
    )
    assert got == [[fold_text(t), compact_key(t), zlib.crc32(fold_text(t).encode())] for t in texts]


def test_browser_reads_typos_as_the_python_rules(page: object, served: str) -> None:
    from bangtin.features.search.typos import corrections, telex

    page.goto(served)  # type: ignore[attr-defined]
    words = ["thij", "ddang", "truyeen", "nguwowif", "d9a6ng", "khio", "fanpgae", "vn", "khoe"]
    words += ["2078", "cv2", "xyzzyq", "khoi"]
    rank = {w: i for i, w in enumerate(["van", "dan", "khoi", "kheo", "thi", "fanpage", "khoe"])}
    got = page.evaluate(  # type: ignore[attr-defined]
        "([ws, rank]) => { const m = new Map(Object.entries(rank)); const s = window.bangtinSearch;"
        " return ws.map(w => [s.telex(w), s.corrections(w, m, false), s.corrections(w, m, true)]); }",
        [words, rank],
    )
    assert got == [
        [telex(w), corrections(w, rank), corrections(w, rank, known=True)] for w in words
    ]


def test_search_says_what_it_searched_for_a_typo(page: object, served: str) -> None:
    titles = _search(page, served, "dang uy khio")
    assert titles[0] == "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"
    meta = page.locator("[data-bangtin-search-meta]").inner_text()  # type: ignore[attr-defined]
    assert meta.startswith("Đã tìm theo: đảng ủy khối.")
    assert "một phần" not in meta  # every word found, once corrected
    assert _marks(page)[0] == ["Đảng ủy Khối"]


def test_a_paste_runs_at_once_and_a_keystroke_waits_for_a_pause(page: object, served: str) -> None:
    page.goto(served)  # type: ignore[attr-defined]
    button = page.locator("label.md-header__button[for=__search]")  # type: ignore[attr-defined]
    box = page.locator("[data-bangtin-search-query]")  # type: ignore[attr-defined]
    # Opening the box fetches the manifest and the vocabulary: nothing waits for them later.
    with page.expect_request(lambda r: r.url.split("?")[0].endswith("/search/vocab.json")):  # type: ignore[attr-defined]
        (button if button.is_visible() else box).click()
    started = page.evaluate(  # type: ignore[attr-defined]
        """() => {
          const box = document.querySelector('[data-bangtin-search-query]');
          const search = document.querySelector('[data-bangtin-search]').bangtinSearch;
          const runs = () => search.seq;
          const before = runs();
          box.value = 'dang uy k';
          box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertText', data: 'k'}));
          const typed = runs() - before;
          box.value = 'dang uy khoi';
          box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
          return [typed, runs() - before - typed];
        }"""
    )
    assert started == [0, 1]  # the keystroke's search is still waiting; the paste's began
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => document.querySelector('[data-bangtin-search-list]').dataset.query === 'dang uy khoi'"
    )
    first = page.locator(".md-search-result__item h1").first.inner_text()  # type: ignore[attr-defined]
    assert first == "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"


def test_a_typed_query_whose_shards_are_here_is_ranked_before_its_pause_ends(
    page: object, served: str
) -> None:
    # The page's own marks, not wall time: once the shards of "dang uy" came with the typing,
    # the keystroke that makes it ranks it at once, ahead of the typing pause, and the query
    # run when the pause ends finds its results ranked. A half-typed last word ("dang uy kho")
    # is not ranked ahead: it would need completions, fetched only after the pause.
    page.goto(served)  # type: ignore[attr-defined]
    box = page.locator("[data-bangtin-search-query]")  # type: ignore[attr-defined]
    box.focus()
    page.evaluate(  # type: ignore[attr-defined]
        "() => document.querySelector('[data-bangtin-search]').bangtinSearch.load()"
        ".then(index => index.vocabulary())"
    )
    marks = page.evaluate(  # type: ignore[attr-defined]
        """async () => {
          const box = document.querySelector('[data-bangtin-search-query]');
          const root = document.querySelector('[data-bangtin-search]');
          const shown = q => new Promise(resolve => root.addEventListener('bangtin:results', e => {
            if (e.detail.query === q) resolve(e.detail);
          }));
          const key = (value, inputType) => {
            box.value = value;
            box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType}));
          };
          // The shards of "dang", "uy" and "dang uy" come with this query.
          let done = shown('dang uy khoi');
          key('dang uy khoi', 'insertFromPaste');
          await done;
          done = shown('dang uy');
          key('dang uy ', 'deleteContentBackward');
          key('dang uy', 'deleteContentBackward');
          const detail = await done;
          done = shown('dang uy kho');
          key('dang uy kho', 'insertText');
          await done;
          const of = q => performance.getEntriesByType('mark')
            .filter(m => m.name.startsWith('bangtin-search:') && m.detail.query === q)
            .map(m => [m.name.slice(15), m.detail.ahead === undefined ? null : m.detail.ahead]);
          return {typed: of('dang uy'), ahead: detail.ahead, half: of('dang uy kho')};
        }"""
    )
    assert marks["typed"] == [["ranked", True], ["run", None], ["first", None]]
    assert marks["ahead"] is True
    assert marks["half"] == [["run", None], ["ranked", False], ["first", None]]


def test_a_last_word_is_whole_when_it_is_the_likeliest_word_typed_so(
    page: object, served: str
) -> None:
    # Only then is a query's first record fetched ahead of its typing pause: "kh" after "uy"
    # is most likely "khoi" still being typed; a first word is whole when no commoner word of
    # the vocabulary starts with it; a number is never read ahead.
    page.goto(served)  # type: ignore[attr-defined]
    queries = ["dang uy khoi", "dang uy kh", "dang uy", "dang", "do", "2078", "dang uy xy"]
    got = page.evaluate(  # type: ignore[attr-defined]
        """async qs => {
          const s = window.bangtinSearch;
          const ix = await new s.Index(new URL('./', location.href).href).open();
          await ix.vocabulary();
          await ix.terms(['dang', 'uy']);
          return qs.map(q => ix.finished(s.planQuery(q)));
        }""",
        queries,
    )
    vocab = json.loads((Path(served_site_dir[0]) / "search" / "vocab.json").read_text("utf-8"))
    first = {w: next(v for v in vocab if v.startswith(w)) == w for w in ("dang", "do")}
    assert first["dang"] is True
    assert got == [True, False, True, True, first["do"], False, False]


def test_a_pasted_query_shows_its_first_result_without_its_page_records(
    page: object, served: str
) -> None:
    # One round trip after a paste: the best page of a term comes with the term's shard, so
    # the first result is on screen even when no p/ file can be had.
    page.route("**/search/p/*", lambda route: route.abort())  # type: ignore[attr-defined]
    page.goto(served)  # type: ignore[attr-defined]
    box = page.locator("[data-bangtin-search-query]")  # type: ignore[attr-defined]
    box.focus()
    page.evaluate(  # type: ignore[attr-defined]
        """() => {
          const box = document.querySelector('[data-bangtin-search-query]');
          box.value = '2078';
          box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
        }"""
    )
    first = page.locator(".md-search-result__item").first  # type: ignore[attr-defined]
    assert first.locator("h1").inner_text() == "Công văn số 2078-CV/ĐUK"
    assert first.locator("a").first.get_attribute("href").endswith("van-ban/2024/2078-cv-duk/")


def test_prefetch_fetches_a_word_being_typed_once_it_is_a_word(page: object, served: str) -> None:
    page.goto(served)  # type: ignore[attr-defined]
    asked = page.evaluate(  # type: ignore[attr-defined]
        """async () => {
          const ix = await new window.bangtinSearch.Index(new URL('./', location.href).href).open();
          await ix.vocabulary();
          const asked = [];
          ix.terms = list => { asked.push(list.slice().sort()); return Promise.resolve({}); };
          ['dang uy kho', 'dang uy khoi', 'dang uy khoi ', 'cong van 2078'].forEach(q => ix.prefetch(q));
          return asked;
        }"""
    )
    assert asked == [
        ["dang", "dang uy", "uy"],  # "kho" is no word of this portal yet
        ["dang", "dang uy", "khoi", "uy", "uy khoi"],
        ["dang", "dang uy", "khoi", "uy", "uy khoi"],
        ["2078", "cong", "cong van", "van", "van 2078"],  # a number is in no vocabulary
    ]


def test_prefetch_reads_the_word_being_typed_ahead_from_its_neighbours(
    page: object, served: str
) -> None:
    # Once the shard of "uy" is here, its entry says "khối" follows it on most pages: "kh" is
    # read ahead as "khoi", whose shard and pair are fetched at once, not "kho" then "khoi".
    page.goto(served)  # type: ignore[attr-defined]
    asked = page.evaluate(  # type: ignore[attr-defined]
        """async () => {
          const ix = await new window.bangtinSearch.Index(new URL('./', location.href).href).open();
          await ix.vocabulary();
          await ix.terms(['dang', 'uy', 'dang uy']);
          const asked = [], terms = ix.terms.bind(ix);
          ix.terms = list => { asked.push(list.slice().sort()); return terms(list); };
          ['dang uy kh', 'dang uy xy'].forEach(q => ix.prefetch(q));
          return asked;
        }"""
    )
    assert asked == [
        ["dang", "dang uy", "khoi", "uy", "uy khoi"],
        ["dang", "dang uy", "uy"],  # nothing after "uy" starts with "xy"
    ]


def test_search_all_words_must_be_present(page: object, served: str) -> None:
    # "dang uy khoi" is on two pages; "nong dan" narrows to the one holding every word.
    assert len(_search(page, served, "dang uy khoi")) >= 2
    assert _search(page, served, "dang uy khoi doan the") == ["Công văn số 2078-CV/ĐUK"]


def test_search_falls_back_to_some_words_and_says_so(page: object, served: str) -> None:
    titles = _search(page, served, "san xuat xyzzyq")
    assert titles and titles[0] == "Hướng dẫn số 7-HD/HND"
    meta = page.locator("[data-bangtin-search-meta]").inner_text()  # type: ignore[attr-defined]
    assert "không có trang nào chứa đủ mọi từ" in meta.lower()


def _marks(tab: object) -> list[list[str]]:
    """The marked texts of each result shown, once every result's excerpt is settled."""
    tab.wait_for_function(  # type: ignore[attr-defined]
        "() => document.querySelector('[data-bangtin-search-list]')"
        ".getAttribute('aria-busy') === 'false'"
        " && [...document.querySelectorAll('.md-search-result__item')]"
        ".every(i => i.hasAttribute('data-excerpt'))"
    )
    marks: list[list[str]] = tab.evaluate(  # type: ignore[attr-defined]
        "() => [...document.querySelectorAll('.md-search-result__item')]"
        ".map(i => [...i.querySelectorAll('mark')].map(m => m.textContent))"
    )
    return marks


def test_search_marks_the_run_of_the_typed_words_with_its_diacritics(
    page: object, served: str
) -> None:
    _search(page, served, "dang uy khoi")
    first = page.locator(".md-search-result__item").first  # type: ignore[attr-defined]
    assert "Đảng ủy Khối" in first.inner_text()
    assert _marks(page)[0] == ["Đảng ủy Khối"]
    # The words stand together in the Kế hoạch: "Dân vận khéo" is marked as one, never "Đảng".
    titles = _search(page, served, "dan van kheo")
    marks = dict(zip(titles, _marks(page), strict=True))
    assert set(marks["Kế hoạch số 12-KH/BDVTU"]) == {"Dân vận khéo"}


def test_search_marks_single_words_only_where_they_do_not_stand_together(
    page: object, served: str
) -> None:
    # "kheo dan van": no page has the words in this order; each whole word is marked.
    titles = _search(page, served, "kheo dan van")
    marks = dict(zip(titles, _marks(page), strict=True))
    assert {"Dân", "vận", "khéo"} <= set(marks["Kế hoạch số 12-KH/BDVTU"])
    # Whole syllables only, never a piece of a longer one.
    assert all(m.casefold() in {"dân", "vận", "khéo"} for ms in marks.values() for m in ms)


def test_search_excerpt_is_where_the_words_stand(page: object, served: str) -> None:
    # The Báo cáo's lead does not hold "theo dõi hằng tháng"; a later sentence of it does.
    titles = _search(page, served, "theo doi hang thang")
    assert titles[0] == "Báo cáo số 15-BC/BDVTU"
    first = page.locator(".md-search-result__item").first  # type: ignore[attr-defined]
    assert _marks(page)[0] == ["theo dõi hằng tháng"]
    assert first.get_attribute("data-excerpt") in {"lead", "passage"}
    assert "dõi hằng tháng" in first.inner_text()


def test_search_labels_each_result_by_kind(page: object, served: str) -> None:
    _search(page, served, "nang cao nang luc canh tranh")
    labels = page.locator(".md-search-result__item .bangtin-search__kind").all_inner_texts()  # type: ignore[attr-defined]
    assert labels[0].casefold() == "chủ đề năm"


def test_search_never_lists_unmarked_pages(page: object, served: str) -> None:
    _search(page, served, "xyzstray")
    assert page.locator(".md-search-result__item").count() == 0  # type: ignore[attr-defined]
    meta = page.locator("[data-bangtin-search-meta]").inner_text()  # type: ignore[attr-defined]
    assert meta.strip() == "Không tìm thấy kết quả"


def test_search_html_in_subject_is_text(page: object, served: str) -> None:
    _search(page, served, "huong dan nong dan")
    first = page.locator(".md-search-result__item").first  # type: ignore[attr-defined]
    assert "<b>nông dân</b>" in first.inner_text()
    assert first.locator("b").count() == 0


def test_search_filters_show_counts_and_narrow(page: object, served: str) -> None:
    titles = _search(page, served, "cong van")
    assert "Công văn số 2078-CV/ĐUK" in titles
    page.click("[data-bangtin-search-filters] summary")  # type: ignore[attr-defined]
    select = page.locator("select[data-filter=loai]")  # type: ignore[attr-defined]
    select.wait_for()
    options = select.locator("option").all_inner_texts()
    counts = {o.rsplit(" (", 1)[0]: o for o in options}
    assert counts["Công văn"] == "Công văn (2)"
    assert counts["Báo cáo"] == "Báo cáo (1)"
    assert "Kế hoạch" not in counts  # no Kế hoạch says "công văn"
    select.select_option("Báo cáo")
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => document.querySelector('[data-bangtin-search-meta]').textContent.trim() === '1 kết quả'"
    )
    titles = page.locator(".md-search-result__item h1").all_inner_texts()  # type: ignore[attr-defined]
    assert titles == ["Báo cáo số 15-BC/BDVTU"]


def _rows(tab: object) -> list[str]:
    rows: list[str] = tab.locator("[data-bangtin-lookup-rows] tr td:first-child").all_inner_texts()  # type: ignore[attr-defined]
    return rows


def _wait_rows(tab: object, count: int) -> None:
    tab.wait_for_function(  # type: ignore[attr-defined]
        "n => document.querySelectorAll('[data-bangtin-lookup-rows] tr').length === n", arg=count
    )


def test_lookup_lists_every_directive_newest_first(page: object, served: str) -> None:
    page.goto(served + "tra-cuu/")  # type: ignore[attr-defined]
    _wait_rows(page, 5)
    assert _rows(page) == ["15-BC/BDVTU", "2078-CV/ĐUK", "12-KH/BDVTU", "189-CV/TU", "7-HD/HND"]
    page.click("th button[data-sort=number]")  # type: ignore[attr-defined]
    assert _rows(page) == ["7-HD/HND", "12-KH/BDVTU", "15-BC/BDVTU", "189-CV/TU", "2078-CV/ĐUK"]
    assert parse_qs(urlsplit(page.url).query) == {"sap-xep": ["so-tang"]}  # type: ignore[attr-defined]


def test_lookup_filters_live_in_the_url(page: object, served: str) -> None:
    page.goto(served + "tra-cuu/")  # type: ignore[attr-defined]
    _wait_rows(page, 5)
    page.select_option("select[name=loai]", "Công văn")  # type: ignore[attr-defined]
    _wait_rows(page, 2)
    page.select_option("select[name=nam]", "2024")  # type: ignore[attr-defined]
    _wait_rows(page, 1)
    assert _rows(page) == ["2078-CV/ĐUK"]
    query = parse_qs(urlsplit(page.url).query)  # type: ignore[attr-defined]
    assert query == {"loai": ["Công văn"], "nam": ["2024"]}
    # Counts are per facet, given the other filters.
    options = page.locator("select[name=co-quan] option").all_inner_texts()  # type: ignore[attr-defined]
    assert "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh (1)" in options
    page.go_back()  # type: ignore[attr-defined]
    _wait_rows(page, 2)
    assert page.locator("select[name=nam]").input_value() == ""  # type: ignore[attr-defined]
    shared = page.url  # type: ignore[attr-defined]
    page.goto(served)  # type: ignore[attr-defined]
    page.goto(shared)  # type: ignore[attr-defined]
    _wait_rows(page, 2)
    assert sorted(_rows(page)) == ["189-CV/TU", "2078-CV/ĐUK"]
    assert page.locator("select[name=loai]").input_value() == "Công văn"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("dan van kheo", ["12-KH/BDVTU"]),
        ("2078/ĐUK", ["15-BC/BDVTU", "2078-CV/ĐUK"]),
        ("2078-cv-duk", ["15-BC/BDVTU", "2078-CV/ĐUK"]),
        ("DUK", ["15-BC/BDVTU", "2078-CV/ĐUK"]),
        ("đổi mới", ["189-CV/TU"]),
    ],
)
def test_lookup_text_box(page: object, served: str, text: str, rows: list[str]) -> None:
    page.goto(served + "tra-cuu/")  # type: ignore[attr-defined]
    _wait_rows(page, 5)
    page.fill(".bangtin-lookup input[name=q]", text)  # type: ignore[attr-defined]
    _wait_rows(page, len(rows))
    assert _rows(page) == rows
    page.wait_for_function("() => location.search.includes('q=')")  # type: ignore[attr-defined]
    assert parse_qs(urlsplit(page.url).query)["q"] == [text]  # type: ignore[attr-defined]


def test_lookup_marks_the_run_of_the_typed_words(page: object, served: str) -> None:
    page.goto(served + "tra-cuu/?q=dan%20van%20kheo")  # type: ignore[attr-defined]
    _wait_rows(page, 1)
    marks = page.locator("[data-bangtin-lookup-rows] mark").all_inner_texts()  # type: ignore[attr-defined]
    assert marks == ["Dân vận khéo"]
    # The last word may be the start of a longer one, as the lookup reads it ("cong" of "Công").
    page.fill(".bangtin-lookup input[name=q]", "thuc hien con")  # type: ignore[attr-defined]
    _wait_rows(page, 2)
    rows = page.locator("[data-bangtin-lookup-rows] tr")  # type: ignore[attr-defined]
    marked = {
        rows.nth(i).locator("td").first.inner_text(): rows.nth(i).locator("mark").all_inner_texts()
        for i in range(rows.count())
    }
    assert marked["15-BC/BDVTU"] == ["thực hiện Công"]
    assert marked["2078-CV/ĐUK"] == ["thực hiện Công"]


def test_lookup_query_from_url_is_text(page: object, served: str) -> None:
    hostile = "<img src=x onerror=alert(1)>"
    page.goto(served + "tra-cuu/?q=" + hostile.replace(" ", "%20"))  # type: ignore[attr-defined]
    # The count reads "Đang tải danh sách văn bản…" until the list has arrived: wait past it.
    page.wait_for_function(  # type: ignore[attr-defined]
        "() => { const t = document.querySelector('[data-bangtin-lookup-count]').textContent;"
        " return /văn bản/.test(t) && !/Đang tải/.test(t); }"
    )
    assert page.locator(".bangtin-lookup input[name=q]").input_value() == hostile  # type: ignore[attr-defined]
    assert page.locator(".bangtin-lookup img").count() == 0  # type: ignore[attr-defined]
    assert page.locator("img[src=x]").count() == 0  # type: ignore[attr-defined]


def test_lookup_fits_a_phone(browser: object, served: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740})  # type: ignore[attr-defined]
    tab = context.new_page()
    try:
        tab.goto(served + "tra-cuu/")
        _wait_rows(tab, 5)
        width = tab.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 360
    finally:
        context.close()


@pytest.mark.parametrize(
    "query",
    [
        "dan van kheo",
        "dang uy khoi",
        "DUK",
        "2078-CV/ĐUK",
        "2078 cv duk",
        "cong van",
        "phong trao thi d",
        "san xuat xyzzyq",
        "chu de nam 2024",
        # Typos and Telex/VNI leftovers, corrected alike; never a number.
        "dang uy khio",
        "ddang uy khoi",
        "dan vn kheo",
        "phong traof thi dua",
        "nong danf",
        "d9a6ng uy khoi",
        "doan thanh nien khoi thij",
        "2078-CV/DUKK",
    ],
)
def test_browser_ranks_as_the_python_reader(page: object, served: str, query: str) -> None:
    # The Python reader is the executable description of the format: the browser must agree.
    from bangtin.features.search.reader import IndexReader

    page.goto(served)  # type: ignore[attr-defined]
    got = page.evaluate(  # type: ignore[attr-defined]
        "async q => { const ix = await new window.bangtinSearch.Index(new URL('./', location.href).href).open();"
        # The vocabulary travels while the person types (open() starts it, unawaited): here it
        # has arrived, as after any typing pause. A number's search returns before it would.
        " await ix.vocabulary();"
        " const plan = window.bangtinSearch.planQuery(q), r = await ix.search(plan);"
        # Ranked again with only the files now here, as ahead of a typing pause: the same.
        " const local = await ix.search(plan, false, true).catch(() => null);"
        " const widened = !ix.rank.has(plan.last) && !ix.entries[plan.last];"
        " return [r.ids, r.relaxed, r.corrected || null, local && local.ids, widened]; }",
        query,
    )
    site = Path(served_site_dir[0])
    found = IndexReader(site / "search").query(query)
    ids = [h.id for h in found.hits]
    # A last word of no page but completions is not ranked ahead (they are fetched after).
    widened = got[4]
    assert got == [ids, found.relaxed, found.corrected, None if widened else ids, widened]


LONG_DIRECTIVE = """---
number: 31-KH/ĐUK
date: 2024-09-12
subject: "Triển khai chương trình hành động của Đảng ủy Khối năm 2024"
issuer: dang-uy-khoi
type: Kế hoạch
visibility: public
---

Thực hiện chương trình công tác năm, Ban Thường vụ Đảng ủy Khối ban hành kế hoạch như sau.

## I. MỤC ĐÍCH, YÊU CẦU

Nâng cao chất lượng sinh hoạt chi bộ; gắn trách nhiệm của người đứng đầu.

## II. NỘI DUNG, NHIỆM VỤ

Mỗi đảng bộ cơ sở xây dựng một vườn ươm khởi nghiệp cho đoàn viên thanh niên.

## II. NỘI DUNG, NHIỆM VỤ

Mục lặp lại: hội thi ảnh đẹp về biển đảo quê hương.

## III. TỔ CHỨC THỰC HIỆN

Văn phòng Đảng ủy Khối theo dõi, tổng hợp, báo cáo.
"""


@pytest.fixture(scope="module")
def long_served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A portal whose one directive is long, with headings (sub-results)."""
    root = tmp_path_factory.mktemp("long")
    files = {
        "content/index.md": "---\nvisibility: public\n---\n\n# Trang chủ\n",
        "content/units.yml": "units:\n"
        + "".join(f"  - id: {uid}\n    name: {name}\n" for uid, name in UNITS.items()),
        "directives/2024/31-kh-duk.md": LONG_DIRECTIVE,
    }
    with serving(_build_portal(root, files, "footnotes, attr_list, toc")) as address:
        yield address


def _section(tab: object, served: str, query: str) -> dict[str, object]:
    _search(tab, served, query)
    tab.wait_for_function(  # type: ignore[attr-defined]
        "() => document.querySelector('.md-search-result__item[data-excerpt]')"
    )
    found: dict[str, object] = tab.evaluate(  # type: ignore[attr-defined]
        """() => {
          const item = document.querySelector('.md-search-result__item');
          const link = item.querySelector('a.bangtin-search__section');
          return {excerpt: item.getAttribute('data-excerpt'),
                  text: item.querySelector('.bangtin-search__excerpt')?.textContent,
                  section: link && link.textContent, href: link && link.getAttribute('href')};
        }"""
    )
    return found


@pytest.mark.parametrize(
    ("query", "heading", "anchor"),
    [
        ("vuon uom khoi nghiep", "II. NỘI DUNG, NHIỆM VỤ", "ii-noi-dung-nhiem-vu"),
        # The second heading of the same words: the id MkDocs gives it ("_1"), not the first's.
        ("anh dep bien dao", "II. NỘI DUNG, NHIỆM VỤ", "ii-noi-dung-nhiem-vu_1"),
        ("theo doi tong hop", "III. TỔ CHỨC THỰC HIỆN", "iii-to-chuc-thuc-hien"),
    ],
)
def test_a_match_under_a_heading_links_to_it(
    browser: object, long_served: str, query: str, heading: str, anchor: str
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    tab = context.new_page()
    try:
        found = _section(tab, long_served, query)
        assert found["excerpt"] == "passage", found
        assert found["section"] == heading
        assert str(found["href"]).endswith(f"van-ban/2024/31-kh-duk/#{anchor}")
        # The link leads to that heading on the page.
        tab.click("a.bangtin-search__section")  # type: ignore[attr-defined]
        tab.wait_for_url(f"**/31-kh-duk/#{anchor}")  # type: ignore[attr-defined]
        target = tab.locator(f"[id='{anchor}']")  # type: ignore[attr-defined]
        assert target.count() == 1 and heading in target.inner_text()
    finally:
        context.close()


def test_a_match_in_the_lead_has_no_sub_result(browser: object, long_served: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    tab = context.new_page()
    try:
        found = _section(tab, long_served, "chuong trinh cong tac nam")
        assert found["excerpt"] == "lead" and found["section"] is None, found
    finally:
        context.close()


@pytest.fixture(scope="module")
def battery_served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The search battery's portal (tests/search_battery.yml), built as the benchmark builds it."""
    search_bench = load_script("search_bench")
    work = tmp_path_factory.mktemp("battery")
    search_bench.build_battery_portal(search_bench.load_battery(), work / "portal")
    search_bench.build(work / "portal", work / "site")
    with serving(work / "site") as address:
        yield address, work / "site"


def test_the_battery_s_typos_and_telex_in_the_browser(
    browser: object, battery_served: tuple[str, Path]
) -> None:
    # The bar (95 % of typo and Telex queries find their page in the top 5) held in the
    # browser too, and the browser ranks each of them as the Python reader does.
    from bangtin.features.search.reader import IndexReader

    served, site = battery_served
    queries = [
        q
        for q in load_script("search_bench").load_battery()["queries"]
        if q["class"] in ("typo", "telex")
    ]
    context = browser.new_context()  # type: ignore[attr-defined]
    tab = context.new_page()
    tab.goto(served)
    got = tab.evaluate(
        """async qs => {
          const s = window.bangtinSearch;
          const ix = await new s.Index(new URL('./', location.href).href).open();
          const out = [];
          for (const q of qs) {
            const r = await ix.search(s.planQuery(q));
            const urls = [];
            for (const id of r.ids.slice(0, 5)) urls.push((await ix.page(id)).url);
            out.push([r.ids, r.corrected || null, urls]);
          }
          return out;
        }""",
        [q["q"] for q in queries],
    )
    context.close()
    reader = IndexReader(site / "search")
    for query, (ids, corrected, _) in zip(queries, got, strict=True):
        found = reader.query(query["q"])
        assert (ids, corrected) == ([h.id for h in found.hits], found.corrected), query["q"]
    top5 = [
        bool(set(urls) & set(q["expect"])) for q, (_, _, urls) in zip(queries, got, strict=True)
    ]
    assert sum(top5) / len(top5) >= 0.95, [
        q["q"] for q, ok in zip(queries, top5, strict=True) if not ok
    ]


def test_a_correction_keeps_the_query_as_typed_one_click_away(
    browser: object, battery_served: tuple[str, Path]
) -> None:
    served, _ = battery_served
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    tab = context.new_page()
    titles = _search(tab, served, "con tac ton giao")
    meta = tab.locator("[data-bangtin-search-meta]")
    assert meta.inner_text().startswith("Đã tìm theo: công tác tôn giáo.")
    corrected = len(titles)
    exact = tab.locator("[data-bangtin-search-exact]")
    assert exact.inner_text() == "Tìm đúng như đã gõ: con tac ton giao"
    exact.click()
    tab.wait_for_function(
        "() => { const m = document.querySelector('[data-bangtin-search-meta]');"
        " return !/Đã tìm theo/.test(m.textContent) && /kết quả/.test(m.textContent); }"
    )
    # The words as typed: "con" and "tác" on no page together, so the pages with most of them.
    assert "một phần" in meta.inner_text()
    assert tab.locator("[data-bangtin-search-exact]").count() == 0
    assert corrected >= 2
    context.close()
