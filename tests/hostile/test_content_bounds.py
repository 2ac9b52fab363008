"""Content that cannot be right is an error with ``path:line``, exit 1, and the old site stays.

The naive stack reads a FIFO named ``*.md`` until the build is killed, converts a body of
consecutive headings in quadratic time (minutes for 1.5 MB), dies with an English
RecursionError on 400 nested list levels, ignores ``directives_dir``, publishes year 1 and
9999, a document superseding itself or its successor, units whose parents loop, two units with
one code, an emptied units.yml, a practice of no unit, ``.MD`` files, and a twin of a number
written with full-width digits. Each case breaks a good, built project one way and runs the real
``bangtin check`` and ``bangtin build``: both name the problem with its exact line, exit 1, and
the published site is byte-identical.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hostile_support import snapshot

from bangtin.cli.main import main
from conftest import BASE_CONFIG, HOME, UNITS, Site, directive

ONE = "directives/2024/1-cv-duk.md"
TWO = "directives/2024/2-cv-duk.md"
NEW = "directives/2024/3-cv-duk.md"
GOOD: dict[str, str | bytes] = {
    "content/index.md": HOME,
    "content/units.yml": UNITS,
    ONE: directive("1-CV/ĐUK", "2024-01-02", body="Văn bản một."),
    TWO: directive("2-CV/ĐUK", "2024-01-03", body="Văn bản hai."),
}
# directive() writes ---, number, date, subject, visibility, the extra keys, ---, a blank line.
BODY_LINE = 8


def write_config(root: Path, plugin: dict[str, object] | None = None) -> None:
    cfg = dict(BASE_CONFIG)
    if plugin:
        cfg["plugins"] = [{"bangtin": {**BASE_CONFIG["plugins"][0]["bangtin"], **plugin}}]
    (root / "mkdocs.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A good project, built once: each case copies it (site/ included) and breaks the copy."""
    root = tmp_path_factory.mktemp("tot") / "portal"
    root.mkdir()
    write_config(root)
    site = Site(root)
    site.write(GOOD)
    site.build()
    assert site.exit_code == 0, site.output
    return root


@pytest.fixture
def site(built: Path, tmp_path: Path) -> Site:
    root = tmp_path / "portal"
    shutil.copytree(built, root, symlinks=True)
    shutil.rmtree(root / ".cache", ignore_errors=True)
    return Site(root)


def check(site: Site) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["check", "-f", str(site.root / "mkdocs.yml")])
    return result.exit_code, result.output.splitlines()


def refused(site: Site, expected: list[str], *, code: int = 1) -> list[str]:
    """Run check and build on the broken project: both print ``expected`` and exit ``code``;
    the site built before stays byte-identical."""
    before = snapshot(site.site_dir)
    exit_code, lines = check(site)
    assert exit_code == code, lines
    for line in expected:
        assert line in lines, lines
    site.build()
    assert site.exit_code == code, site.output
    for line in expected:
        assert line in site.output.splitlines(), site.output
    assert snapshot(site.site_dir) == before
    return lines


# --- bounded Markdown work -----------------------------------------------------------------------

BLOCK = (
    "dòng liền nhau không có dòng trống (mỗi khối tối đa 500 dòng): Markdown đọc một khối như "
    "vậy rất chậm; hãy thêm một dòng trống giữa các tiêu đề, đoạn văn, hoặc tách bảng, danh "
    "sách dài thành nhiều phần"
)


def test_a_long_block_of_headings_is_refused(site: Site) -> None:
    body = "Mở đầu.\n\n" + "".join(f"# Mục {i}\n" for i in range(600))
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=body)})
    refused(site, [f"{NEW}:{BODY_LINE + 2}: 600 {BLOCK}"])


def test_a_long_block_in_a_page_is_refused(site: Site) -> None:
    page = "---\ntitle: Trang\nvisibility: public\n---\n\n" + "---\n" * 501
    site.write({"content/trang.md": page})
    refused(site, [f"content/trang.md:6: 501 {BLOCK}"])


BLOCKS = (
    "văn bản có hơn 10000 khối (đoạn, tiêu đề, mục danh sách cách nhau bằng dòng trống): "
    "Markdown xử lý chừng ấy khối rất chậm; hãy tách văn bản thành nhiều tệp, hoặc bỏ các "
    "dòng trống thừa"
)


def test_too_many_blocks_are_refused(site: Site) -> None:
    # Each block is taken off the front of the list of all the others: 200,000 paragraphs took
    # 18 s, the 1.7 million of 5 MB would take hours.
    body = "".join(f"Đoạn {i}.\n\n" for i in range(10_001))
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=body)})
    refused(site, [f"{NEW}:{BODY_LINE + 20_000}: {BLOCKS}"])


def test_a_long_table_within_the_bound_builds(site: Site) -> None:
    table = "| Số | Đơn vị |\n|---|---|\n" + "".join(f"| {i} | Chi bộ {i} |\n" for i in range(498))
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=table)})
    site.build()
    assert site.exit_code == 0, site.output
    assert "Chi bộ 497" in site.page("van-ban/2024/3-cv-duk/")


def test_a_large_body_of_headings_is_refused_in_seconds(site: Site) -> None:
    # 1.5 MB of consecutive headings took more than ten minutes to convert.
    body = "".join(f"# Tiêu đề số {i}\n" for i in range(90_000))
    assert len(body.encode()) > 1_500_000
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=body)})
    start = time.perf_counter()
    refused(site, [f"{NEW}:{BODY_LINE}: 90000 {BLOCK}"])
    assert time.perf_counter() - start < 60


DEEP = (
    "lồng quá sâu: 51 cấp danh sách, trích dẫn hoặc thụt lề (tối đa 50 cấp): hãy giảm mức "
    "thụt lề hoặc bớt dấu «>»"
)


def test_400_nested_list_levels_are_refused_fast(site: Site) -> None:
    body = "".join("    " * i + "- mục\n" for i in range(400))
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=body)})
    start = time.perf_counter()
    # The item indented 50 times is the 51st list (the first is not indented).
    refused(site, [f"{NEW}:{BODY_LINE + 50}: {DEEP}"])
    assert time.perf_counter() - start < 30


@pytest.mark.parametrize("marker", ["1. ", "+ ", "- ", "1) "])
def test_lists_nested_on_one_line_are_refused(site: Site, marker: str) -> None:
    # "1. 1. 1. x" nests a list in a list on one line: 10,000 were a RecursionError.
    body = "Mở đầu.\n\n" + marker * 51 + "x\n"
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=body)})
    refused(site, [f"{NEW}:{BODY_LINE + 2}: {DEEP}"])


def test_deep_quotes_are_refused(site: Site) -> None:
    body = "Mở đầu.\n\n" + "> " * 51 + "trích dẫn\n"
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=body)})
    refused(site, [f"{NEW}:{BODY_LINE + 2}: {DEEP}"])


EMPHASIS = (
    "chữ nhấn mạnh (dấu * hoặc _) lồng nhau quá sâu: 1000 cấp (tối đa 50): hãy kiểm tra các "
    "dấu * và _ chưa đóng"
)


@pytest.mark.parametrize("mark", ["*", "**", "_"])
def test_deep_emphasis_is_refused(site: Site, mark: str) -> None:
    # Python-Markdown nests emphasis by recursion: 1,000 levels were an English RecursionError.
    body = "Mở đầu.\n\n" + f"{mark}a " * 1000 + "x" + f" b{mark}" * 1000 + "\n"
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=body)})
    refused(site, [f"{NEW}:{BODY_LINE + 2}: {EMPHASIS}"])


BRACKETS = (
    "nhiều dấu «[» hoặc «](» không đóng: Markdown phải đọc lại phần còn lại của khối từ mỗi "
    "dấu ấy, rất chậm; hãy đóng các dấu ngoặc, hoặc viết «\\[» để in chính dấu ngoặc"
)


@pytest.mark.parametrize("mark", ["[a][", "[a](", "[^", "["])
def test_unclosed_brackets_are_refused(site: Site, mark: str) -> None:
    # Python-Markdown's link reader reads the rest of the block from each open "[" or "](":
    # 4,000 "[a][" took 23 s to convert, 40,000 would take half an hour.
    body = "Mở đầu.\n\n" + mark * 3000 + "\n"
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=body)})
    start = time.perf_counter()
    refused(site, [f"{NEW}:{BODY_LINE + 2}: {BRACKETS}"])
    assert time.perf_counter() - start < 30


TAGS = (
    "nhiều dấu «<» không có dấu «>» đóng lại: Markdown phải đọc lại phần còn lại của văn bản "
    "từ mỗi dấu ấy, rất chậm; hãy viết «&lt;» (hoặc «\\<») để in chính dấu nhỏ hơn"
)


def test_unclosed_tags_are_refused(site: Site) -> None:
    # Python's html.parser reads from each "<" and a letter to the end when no ">" follows:
    # 4,000 took a second, 40,000 took two minutes.
    body = "Mở đầu.\n\n" + "x <y" * 4000 + "\n"
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=body)})
    refused(site, [f"{NEW}:{BODY_LINE + 2}: {TAGS}"])


COPIES = (
    "khối quá dài có quá nhiều dấu định dạng (\\ ` * _ [ ] < & !): Markdown chép lại cả khối ở "
    "mỗi dấu, rất chậm; hãy tách khối thành nhiều đoạn bằng dòng trống"
)


@pytest.mark.parametrize("mark", ["\\", "&amp;", "<b>x</b>"])
def test_a_paragraph_of_inline_marks_is_refused(site: Site, mark: str) -> None:
    # Each inline element is put aside by copying its whole paragraph: 50,000 escapes took
    # 1.7 s, 200,000 would take half a minute.
    body = "Mở đầu.\n\n" + mark * (200_000 // len(mark)) + "\n"
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=body)})
    refused(site, [f"{NEW}:{BODY_LINE + 2}: {COPIES}"])


def test_many_closed_links_build(site: Site) -> None:
    rows = "".join(
        f"| {i} | [Công văn {i}](https://example.org/{i}) [^{i}] <b>x</b> a < b |\n"
        for i in range(400)
    )
    notes = "".join(f"[^{i}]: Ghi chú {i} (xem [mục](#muc)).\n\n" for i in range(400))
    body = "| Số | Văn bản |\n|---|---|\n" + rows + "\n" + notes
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=body)})
    site.build()
    assert site.exit_code == 0, site.output
    assert "Công văn 399" in site.page("van-ban/2024/3-cv-duk/")


def test_much_emphasis_that_does_not_nest_builds(site: Site) -> None:
    cells = "".join(f"| **{i}** | *Chi bộ* _{i}_ snake_case_name |\n" for i in range(300))
    body = "| Số | Đơn vị |\n|---|---|\n" + cells + "\n* mục\n* (*) ghi chú *\n\n***\n"
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=body)})
    site.build()
    assert site.exit_code == 0, site.output
    assert "<strong>299</strong>" in site.page("van-ban/2024/3-cv-duk/")


def test_fifty_levels_build(site: Site) -> None:
    body = "".join("    " * i + "- mục\n" for i in range(50)) + "\n" + "* " * 60 + "\n"
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", body=body)})
    site.build()
    assert site.exit_code == 0, site.output


# --- files that are not regular files ------------------------------------------------------------

NOT_A_FILE = (
    "không phải một tệp thường ({kind}): bangtin không đọc; hãy xóa nó và đặt vào đây một tệp thật"
)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    # A socket's address holds at most 108 bytes, which a deep temporary folder (pytest's, under
    # an xdist worker's) can pass: bind it by its name from its own folder.
    cwd = Path.cwd()
    os.chdir(path.parent)
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(path.name)
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize(
    ("rel", "make", "kind"),
    [
        ("directives/2024/3-cv-duk.md", _fifo, "ống FIFO"),
        ("content/units.yml", _fifo, "ống FIFO"),
        ("content/themes/2024.md", _fifo, "ống FIFO"),
        ("content/gioi-thieu.md", _fifo, "ống FIFO"),
        ("content/files/anh.png", _fifo, "ống FIFO"),
        ("directives/2024/4-cv-duk.md", _socket, "socket"),
    ],
)
def test_not_a_regular_file_is_an_error(site: Site, rel: str, make: object, kind: str) -> None:
    path = site.root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    assert callable(make)
    make(path)
    before = snapshot(site.site_dir)
    expected = f"{rel}:1: {NOT_A_FILE.format(kind=kind)}"
    # A subprocess with a time limit: before the fix the build waited on the FIFO forever.
    for command in ("check", "build"):
        run = subprocess.run(
            [sys.executable, "-m", "bangtin.cli.main", command, "-f", "mkdocs.yml"],
            cwd=site.root,
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
        assert run.returncode == 1, run.stderr
        assert expected in run.stderr.splitlines(), run.stderr
    assert snapshot(site.site_dir) == before


def test_a_symlink_to_a_fifo_in_the_project_is_an_error(site: Site) -> None:
    os.mkfifo(site.root / "ong")
    (site.root / NEW).symlink_to(site.root / "ong")
    refused(site, [f"{NEW}:1: {NOT_A_FILE.format(kind='ống FIFO')}"])


# --- directives_dir ------------------------------------------------------------------------------


def test_directives_dir_is_read(site: Site) -> None:
    (site.root / "directives").rename(site.root / "van-ban-goc")
    write_config(site.root, {"directives_dir": "van-ban-goc"})
    site.write({"van-ban-goc/2024/sai-ten.md": directive("4-CV/ĐUK", "2024-01-05")})
    site.build()
    assert site.exit_code == 0, site.output
    assert "1-CV/ĐUK" in site.page("van-ban/2024/1-cv-duk/")
    exit_code, lines = check(site)
    assert exit_code == 0 and any("3 văn bản" in line for line in lines), lines
    assert (
        "van-ban-goc/2024/sai-ten.md:1: cảnh báo: tệp nên đặt tên theo số và năm: "
        "van-ban-goc/2024/4-cv-duk.md (trang vẫn ở /van-ban/2024/4-cv-duk/)"
    ) in lines


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("van-ban-goc", "«directives_dir»: không có thư mục «van-ban-goc» trong dự án"),
        ("../ngoai", "«directives_dir»: «../ngoai» nằm ngoài thư mục dự án"),
        ("/tmp", "«directives_dir»: «/tmp» nằm ngoài thư mục dự án"),
        ("lien-ket", "«directives_dir»: «lien-ket» nằm ngoài thư mục dự án"),
        (".", "«directives_dir»: «.» nằm ngoài thư mục dự án"),
        (
            "content/van-ban",
            "«directives_dir»: «content/van-ban» nằm trong thư mục trang «content»",
        ),
    ],
)
def test_a_wrong_directives_dir_is_a_config_error(site: Site, value: str, message: str) -> None:
    (site.root.parent / "ngoai").mkdir()
    (site.root / "lien-ket").symlink_to(site.root.parent / "ngoai")
    (site.root / "content" / "van-ban").mkdir()
    write_config(site.root, {"directives_dir": value})
    before = snapshot(site.site_dir)
    exit_code, lines = check(site)
    assert exit_code == 2, lines
    assert any(message in line for line in lines), lines
    site.build()
    assert site.exit_code == 2, site.output
    assert message in site.output, site.output
    assert "Traceback" not in site.output
    assert snapshot(site.site_dir) == before


# --- relations, units, dates, names, numbers ------------------------------------------------------


def test_a_relation_to_itself_is_an_error(site: Site) -> None:
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", relations="{supersedes: [3-CV/ĐUK]}")})
    refused(
        site,
        [
            f"{NEW}:6: «relations.supersedes»: văn bản 3-CV/ĐUK không thể có quan hệ với chính "
            "nó; hãy bỏ số này khỏi relations"
        ],
    )


def test_a_supersede_cycle_is_an_error(site: Site) -> None:
    site.write(
        {
            ONE: directive("1-CV/ĐUK", "2024-01-02", relations="{supersedes: [3-CV/ĐUK]}"),
            TWO: directive("2-CV/ĐUK", "2024-01-03", relations="{supersedes: [1-CV/ĐUK]}"),
            NEW: directive("3-CV/ĐUK", "2024-01-04", relations="{supersedes: ['2-CV/ĐUK']}"),
        }
    )
    # Each document of the loop is named, so that `bangtin serve` refuses the edit of any.
    refused(
        site,
        [
            f"{path}:6: «relations.supersedes»: các văn bản thay thế nhau thành vòng ({cycle}); "
            "hãy bỏ quan hệ sai"
            for path, cycle in (
                (ONE, "1-CV/ĐUK thay thế 3-CV/ĐUK thay thế 2-CV/ĐUK thay thế 1-CV/ĐUK"),
                (NEW, "3-CV/ĐUK thay thế 2-CV/ĐUK thay thế 1-CV/ĐUK thay thế 3-CV/ĐUK"),
                (TWO, "2-CV/ĐUK thay thế 1-CV/ĐUK thay thế 3-CV/ĐUK thay thế 2-CV/ĐUK"),
            )
        ],
    )


def test_two_documents_superseding_each_other_are_an_error(site: Site) -> None:
    site.write(
        {
            ONE: directive("1-CV/ĐUK", "2024-01-02", relations="{supersedes: [2-CV/ĐUK]}"),
            TWO: directive("2-CV/ĐUK", "2024-01-03", relations="{supersedes: [1-CV/ĐUK]}"),
        }
    )
    refused(
        site,
        [
            f"{path}:6: «relations.supersedes»: các văn bản thay thế nhau thành vòng ({cycle}); "
            "hãy bỏ quan hệ sai"
            for path, cycle in (
                (ONE, "1-CV/ĐUK thay thế 2-CV/ĐUK thay thế 1-CV/ĐUK"),
                (TWO, "2-CV/ĐUK thay thế 1-CV/ĐUK thay thế 2-CV/ĐUK"),
            )
        ],
    )


UNITS_LOOP = """\
units:
  - id: a
    name: Đơn vị A
    parent: b
  - id: b
    name: Đơn vị B
    parent: a
  - id: c
    name: Đơn vị C
    code: CC
  - id: d
    name: Đơn vị D
    code: cc
"""


def test_unit_parent_cycle_is_an_error(site: Site) -> None:
    site.write({"content/units.yml": UNITS + UNITS_LOOP.removeprefix("units:\n")})
    refused(
        site,
        [
            "content/units.yml:18: cấp trên của đơn vị «a» thành vòng (a → b → a): "
            "hãy sửa khóa parent",
        ],
    )


def test_a_shared_code_names_no_issuer(site: Site) -> None:
    """Every huyện ủy writes HU: two units may share a code, but a directive whose number
    carries it must say which one issued it, never be filed under the first one silently."""
    site.write(
        {
            "content/units.yml": UNITS
            + UNITS_LOOP.removeprefix("units:\n").replace("    parent: b\n", "", 1),
            "directives/2024/5-cv-cc.md": "---\nnumber: 5-CV/CC\ndate: 2024-03-07\n"
            "subject: Về việc thử\n---\nNội dung.\n",
            "directives/2024/6-cv-cc.md": "---\nnumber: 6-CV/CC\ndate: 2024-03-07\n"
            "subject: Về việc thử\nissuer: d\n---\nNội dung.\n",
        }
    )
    refused(
        site,
        [
            "directives/2024/5-cv-cc.md:2: ký hiệu «CC» trong số «5-CV/CC» là của nhiều đơn vị "
            "(c, d): hãy thêm khóa issuer: ghi rõ đơn vị ban hành",
        ],
    )


@pytest.mark.parametrize("text", ["", "units: []\n", "[]\n", "units:\n", "# trống\n"])
def test_an_emptied_units_file_is_an_error(site: Site, text: str) -> None:
    site.write({"content/units.yml": text})
    refused(
        site,
        [
            "content/units.yml:1: tệp không khai báo đơn vị nào: hãy ghi danh sách units: "
            "(id:, name:, code:...) hoặc xóa hẳn tệp nếu cổng không dùng đơn vị"
        ],
    )


@pytest.mark.parametrize(
    ("key", "value", "line"),
    [
        ("date", "0001-01-01", 3),
        ("date", "9999-12-31", 3),
        ("valid_until", "9999-12-31", 6),
    ],
)
def test_dates_outside_the_years_of_the_archive_are_errors(
    site: Site, key: str, value: str, line: int
) -> None:
    if key == "date":
        text = directive("3-CV/ĐUK", value)
    else:
        text = directive("3-CV/ĐUK", "2024-01-04", **{key: value})
    site.write({NEW: text})
    year = int(value[:4])
    refused(
        site, [f"{NEW}:{line}: «{key}»: ngày «{value}» có năm {year} nằm ngoài khoảng 1930–2100"]
    )


def test_task_dates_outside_the_years_are_errors(site: Site) -> None:
    tasks = "\n  - what: Báo cáo\n    who: doan-khoi\n    due: 9999-01-01\n    done: 0001-01-01"
    site.write({NEW: directive("3-CV/ĐUK", "2024-01-04", tasks=tasks)})
    refused(
        site,
        [
            f"{NEW}:9: «tasks.due»: ngày «9999-01-01» có năm 9999 nằm ngoài khoảng 1930–2100",
            f"{NEW}:10: «tasks.done»: ngày «0001-01-01» có năm 1 nằm ngoài khoảng 1930–2100",
        ],
    )


def test_a_practice_of_an_unknown_unit_is_an_error(site: Site) -> None:
    rel = "content/practices/mo-hinh.md"
    site.write(
        {
            rel: "---\ntitle: Mô hình\nunit: doan-khoii\nyear: 2024\nfield: kinh tế\n"
            "visibility: public\n---\n\nNội dung.\n"
        }
    )
    refused(
        site,
        [
            f"{rel}:3: «unit»: không có đơn vị mã «doan-khoii» trong content/units.yml; "
            "có phải ý là «doan-khoi»?"
        ],
    )


@pytest.mark.parametrize(
    ("rel", "right"),
    [
        ("directives/2024/3-cv-duk.MD", "3-cv-duk.md"),
        ("directives/2024/3-cv-duk.Md", "3-cv-duk.md"),
        ("directives/2024/3-cv-duk.markdown", "3-cv-duk.md"),
        ("content/gioi-thieu.markdown", "gioi-thieu.md"),
        ("content/news/tin.mdown", "tin.md"),
        ("content/gioi-thieu.MD", "gioi-thieu.md"),
    ],
)
def test_markdown_files_not_named_md_are_errors(site: Site, rel: str, right: str) -> None:
    site.write({rel: directive("3-CV/ĐUK", "2024-01-04")})
    suffix = rel.rsplit(".", 1)[1]
    refused(
        site,
        [
            f"{rel}:1: tệp có đuôi «.{suffix}»: bangtin chỉ đọc tệp Markdown có đuôi «.md» "
            f"(chữ thường); hãy đổi tên thành {right}"
        ],
    )


@pytest.mark.parametrize("number", ["２-CV/ĐUK", "٢-CV/ĐUK", "۲-CV/ĐUK"])
def test_other_digits_make_the_same_number(site: Site, number: str) -> None:
    site.write({NEW: directive(number, "2024-05-05")})
    refused(
        site,
        [
            f"{NEW}:2: số 2-CV/ĐUK năm 2024 đã có ở tệp {TWO}: mỗi văn bản chỉ được có một tệp; "
            "hãy kiểm tra lại số hoặc ngày, hoặc xóa một tệp"
        ],
    )


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("card_days", 99999999999, "«card_days» phải là số nguyên từ 0 đến 36500"),
        ("card_days", -1, "«card_days» phải là số nguyên từ 0 đến 36500"),
        ("workers", 10**12, "«workers» phải là số nguyên từ -1 đến 256"),
    ],
)
def test_config_integers_are_bounded(site: Site, key: str, value: int, message: str) -> None:
    write_config(site.root, {key: value})
    before = snapshot(site.site_dir)
    site.build()
    assert site.exit_code == 2, site.output
    assert message in site.output, site.output
    assert "OverflowError" not in site.output and "Traceback" not in site.output
    assert snapshot(site.site_dir) == before
