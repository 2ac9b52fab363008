"""The loader: every bad input is one exact `path:line: message`, never a traceback."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from bangtin.cli.main import main
from bangtin.core.load import load_project
from bangtin.core.model import DocType, Visibility
from conftest import UNITS, directive


def project(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    (tmp_path / "content").mkdir(exist_ok=True)
    (tmp_path / "content" / "units.yml").write_text(UNITS, encoding="utf-8")
    for rel, text in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return tmp_path


def errors_of(tmp_path: Path, files: dict[str, str | bytes]) -> list[str]:
    result = load_project(project(tmp_path, files))
    return [str(e) for e in result.errors]


P = "directives/2024/1-cv-duk.md"


def test_seed_loads_completely() -> None:
    root = Path(__file__).resolve().parents[1]
    result = load_project(root)
    assert result.errors == []
    (d,) = [d for d in result.all_directives if str(d.number) == "2078-CV/ĐUK"]
    assert d.type is DocType.CONG_VAN and d.place == "Bình Thuận" and d.issuer == "dang-uy-khoi"
    assert d.signer is not None and d.signer.name == "Phạm Thị Tố Loan"
    assert d.signer.authority == "T/M Ban Thường vụ" and d.signer.title == "Phó Bí thư"
    assert d.themes == (2023, 2024) and d.visibility is Visibility.PUBLIC
    assert d.tasks[0].who == "ban-tgdv-duk"
    assert d.body.count("[^") == 6  # three references, three definitions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # duplicate key: both lines named
        (
            "---\nnumber: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: a\nsubject: b\n---\n",
            [f"{P}:5: khóa «subject» bị lặp: đã có ở dòng 4; hãy giữ một dòng và xóa dòng kia"],
        ),
        # impossible date
        (
            "---\nnumber: 1-CV/ĐUK\ndate: 2024-02-30\nsubject: a\n---\n",
            [f"{P}:3: «date»: ngày «2024-02-30» không có thật (tháng 2 năm 2024 không có ngày 30)"],
        ),
        # unknown key with a suggestion
        (
            "---\nnumber: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: a\nvisiblity: public\n---\n",
            [f"{P}:5: khóa «visiblity» không có; có phải ý là «visibility»?"],
        ),
        # no front-matter at all
        ("Chỉ có nội dung.\n", [f"{P}:1: thiếu phần đầu (front-matter)"]),
        # TOML fence
        (
            "+++\nnumber = 1\n+++\n",
            [f"{P}:1: phần đầu (front-matter) viết bằng TOML (+++) không được hỗ trợ"],
        ),
        # unclosed fence
        (
            "---\nnumber: 1-CV/ĐUK\n",
            [
                f"{P}:1: phần đầu (front-matter) mở bằng --- ở dòng 1 nhưng không có dòng --- đóng lại"
            ],
        ),
        # a list, a scalar
        (
            "---\n- a\n- b\n---\n",
            [f"{P}:2: phần đầu (front-matter) phải là các cặp «khóa: giá trị»"],
        ),
        (
            "---\njust text\n---\n",
            [f"{P}:2: phần đầu (front-matter) phải là các cặp «khóa: giá trị»"],
        ),
        # unquoted colon inside a value
        (
            "---\nnumber: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: V/v: họp: gấp\n---\n",
            [f"{P}:4: giá trị có dấu hai chấm «:» nhưng không đặt trong ngoặc kép"],
        ),
        # tab indentation
        (
            "---\nnumber: 1-CV/ĐUK\nsigner:\n\tname: A\n---\n",
            [f"{P}:4: dòng thụt lề bằng phím Tab"],
        ),
        # not a number
        (
            "---\nnumber: hai nghìn\ndate: 2024-01-02\nsubject: a\n---\n",
            [f"{P}:2: «number»: «hai nghìn» không phải số và ký hiệu văn bản"],
        ),
        # missing required keys
        (
            "---\nnumber: 1-CV/ĐUK\n---\n",
            [f"{P}:1: thiếu khóa bắt buộc «date»", f"{P}:1: thiếu khóa bắt buộc «subject»"],
        ),
        # python tag: rejected, never constructed
        (
            "---\nnumber: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: !!python/object/apply:os.system ['touch canary']\n---\n",
            [f"{P}:4: thẻ YAML «!!python/object/apply:os.system» không được phép"],
        ),
        (
            "---\nnumber: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: !ENV HOME\n---\n",
            [f"{P}:4: thẻ YAML «!ENV» không được phép"],
        ),
        # unknown document type
        (
            "---\nnumber: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: a\ntype: Công vặn\n---\n",
            [f"{P}:5: «type»: giá trị «Công vặn» không hợp lệ; có phải ý là «Công văn»?"],
        ),
    ],
)
def test_bad_front_matter(tmp_path: Path, text: str, expected: list[str]) -> None:
    errors = errors_of(tmp_path, {P: text})
    assert len(errors) == len(expected), errors
    for got, want in zip(errors, expected, strict=True):
        assert got.startswith(want), (got, want)
    assert not (tmp_path / "canary").exists()


@pytest.mark.parametrize(
    "value", ["no", "yes", "true", "NO", "pubic", "Public ", "''", "~", "[public]"]
)
def test_visibility_traps_are_errors(tmp_path: Path, value: str) -> None:
    text = f"---\nnumber: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: a\nvisibility: {value}\n---\n"
    errors = errors_of(tmp_path, {P: text})
    assert len(errors) == 1 and errors[0].startswith(f"{P}:5: "), errors
    assert "visibility" in errors[0]


def test_empty_visibility_key_is_an_error(tmp_path: Path) -> None:
    text = "---\nnumber: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: a\nvisibility:\n---\n"
    errors = errors_of(tmp_path, {P: text})
    assert errors == [
        f"{P}:5: «visibility» đang trống; hãy ghi một trong: public, internal, confidential"
    ]


def test_missing_visibility_is_internal(tmp_path: Path) -> None:
    result = load_project(
        project(tmp_path, {P: directive("1-CV/ĐUK", "2024-01-02", visibility=None)})
    )
    assert result.errors == []
    assert result.all_directives[0].visibility is Visibility.INTERNAL
    assert load_project(tmp_path, audience=Visibility.PUBLIC).registry.directives == ()


def test_sexagesimal_and_yaml11_values_stay_text(tmp_path: Path) -> None:
    text = "---\nnumber: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: 1:20\nplace: no\nvisibility: public\n---\n"
    result = load_project(project(tmp_path, {P: text}))
    assert result.errors == []
    d = result.all_directives[0]
    assert d.subject == "1:20" and d.place == "no"


def test_hash_in_unquoted_title_is_a_warning(tmp_path: Path) -> None:
    text = "---\nnumber: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: Hội nghị lần #2 năm 2024\n---\n"
    result = load_project(project(tmp_path, {P: text}))
    assert result.errors == []
    assert next(str(w) for w in result.warnings).startswith(
        f"{P}:4: cảnh báo: «subject»: phần sau dấu « #»"
    )


def test_non_utf8_bom_and_nfd(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", directive("1-CV/ĐUK", "2024-01-02", subject="Dân vận khéo"))
    files: dict[str, str | bytes] = {
        P: b"\xef\xbb\xbf" + nfd.encode("utf-8"),
        # Saved by an old Windows editor in a legacy code page: "Hội nghị" in TCVN3 (ABC) bytes.
        "directives/2024/2-cv-duk.md": directive("2-CV/DUK", "2024-01-02", subject="H").encode()
        + b"H\xe9i ngh\xdf\n",
    }
    result = load_project(project(tmp_path, files))
    assert [str(e) for e in result.errors] == [
        "directives/2024/2-cv-duk.md:9: tệp không được lưu bằng bảng mã UTF-8 (có byte lạ 0xe9); "
        "hãy mở tệp và lưu lại với bảng mã UTF-8"
    ]
    assert result.all_directives[0].subject == "Dân vận khéo"
    assert unicodedata.is_normalized("NFC", result.all_directives[0].body)


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / P
    path.parent.mkdir(parents=True)
    with path.open("wb") as fh:
        fh.write(b"---\nnumber: 1-CV/\xc4\x90UK\n---\n")
        fh.truncate(50 * 1024 * 1024)
    errors = errors_of(tmp_path, {})
    assert len(errors) == 1 and errors[0].startswith(f"{P}:1: tệp quá lớn (50.0 MB")


def test_duplicate_identity_names_both_files(tmp_path: Path) -> None:
    errors = errors_of(
        tmp_path,
        {
            "directives/2024/5-cv-duk.md": directive("5-CV/ĐUK", "2024-01-02"),
            "directives/2024/5-cv-duk-copy.md": directive("5 - CV/DUK", "2024-05-02"),
        },
    )
    assert errors == [
        "directives/2024/5-cv-duk.md:2: số 5-CV/ĐUK năm 2024 đã có ở tệp directives/2024/5-cv-duk-copy.md: "
        "mỗi văn bản chỉ được có một tệp; hãy kiểm tra lại số hoặc ngày, hoặc xóa một tệp"
    ]


def test_same_number_other_year_is_fine(tmp_path: Path) -> None:
    result = load_project(
        project(
            tmp_path,
            {
                "directives/2023/5-cv-duk.md": directive("5-CV/ĐUK", "2023-01-02"),
                "directives/2024/5-cv-duk.md": directive("5-CV/ĐUK", "2024-01-02"),
            },
        )
    )
    assert result.errors == [] and len(result.all_directives) == 2


def test_type_from_code_and_explicit_type_wins(tmp_path: Path) -> None:
    result = load_project(
        project(
            tmp_path,
            {
                "directives/2024/7-qd-duk.md": directive("7-QĐ/ĐUK", "2024-01-02"),
                "directives/2024/8-qd-duk.md": directive("8-QĐ/ĐUK", "2024-01-02", type="Quy định"),
            },
        )
    )
    types = {str(d.number): d.type for d in result.all_directives}
    assert types == {"7-QĐ/ĐUK": DocType.QUYET_DINH, "8-QĐ/ĐUK": DocType.QUY_DINH}
    assert {d.issuer for d in result.all_directives} == {"dang-uy-khoi"}


def test_all_problems_of_all_files_at_once_via_cli(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        f"directives/2024/{i}-cv-duk.md": "---\nnumber: x\ndate: 2024-13-01\nsubject: a\n---\n"
        for i in range(5)
    }
    root = project(tmp_path, files)
    (root / "content" / "index.md").write_text("# Trang chủ\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text("site_name: t\ndocs_dir: content\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "-f", str(root / "mkdocs.yml")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("directives/")]
    assert len(lines) == 10  # two problems in each of five files
    assert "Traceback" not in result.output
    assert (
        lines[0]
        == "directives/2024/0-cv-duk.md:2: «number»: «x» không phải số và ký hiệu văn bản; "
        "viết như 2078-CV/ĐUK (văn bản Đảng) hoặc 08/KH-UBND (văn bản Nhà nước)"
    )


def test_check_passes_on_the_sample() -> None:
    root = Path(__file__).resolve().parents[1]
    result = CliRunner().invoke(main, ["check", "-f", str(root / "mkdocs.yml")])
    assert result.exit_code == 0, result.output
    assert "Không có lỗi: 3 văn bản" in result.output  # the seed and two sample reports


def test_quoted_blank_required_value_is_an_error(tmp_path: Path) -> None:
    errors = errors_of(tmp_path, {P: "---\nnumber: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: ''\n---\n"})
    assert errors == [f"{P}:4: «subject» không được để trống (Trích yếu nội dung)"]


def test_cache_follows_file_bytes(tmp_path: Path) -> None:
    root = project(tmp_path, {P: directive("1-CV/ĐUK", "2024-01-02", subject="Cũ")})
    assert load_project(root).all_directives[0].subject == "Cũ"
    assert list((root / ".cache" / "bangtin" / "records").glob("*.pickle"))
    (root / P).write_text(directive("1-CV/ĐUK", "2024-01-02", subject="Mới"), encoding="utf-8")
    assert load_project(root).all_directives[0].subject == "Mới"
    (root / P).write_text("---\nnumber: 1-CV/ĐUK\n---\n", encoding="utf-8")
    assert len(load_project(root).errors) == 2


def test_an_edit_rewrites_only_its_folders_shard_of_the_cache(tmp_path: Path) -> None:
    """The record cache has one shard per folder: an edit in 2024 leaves 2023's untouched, and
    a folder emptied of files loses its shard."""
    old = "directives/2023/7-cv-duk.md"
    root = project(
        tmp_path,
        {P: directive("1-CV/ĐUK", "2024-01-02"), old: directive("7-CV/ĐUK", "2023-05-02")},
    )
    first = load_project(root)
    assert first.sources.keys() == {P, old}
    shards = {p.name: p.stat().st_mtime_ns for p in (root / ".cache/bangtin/records").iterdir()}
    assert len(shards) == 2
    (root / P).write_text(directive("1-CV/ĐUK", "2024-01-02", subject="Mới"), encoding="utf-8")
    again = load_project(root)
    after = {p.name: p.stat().st_mtime_ns for p in (root / ".cache/bangtin/records").iterdir()}
    assert sorted(after) == sorted(shards)
    assert [name for name in after if after[name] != shards[name]] != []
    assert sum(after[name] == shards[name] for name in after) == 1  # 2023's shard
    # The source digest follows the file's bytes: kept work of the old text is not reused.
    assert again.sources[P] != first.sources[P] and again.sources[old] == first.sources[old]
    (root / old).unlink()
    load_project(root)
    assert len(list((root / ".cache/bangtin/records").iterdir())) == 1


def test_a_damaged_cache_shard_costs_only_the_parsing(tmp_path: Path) -> None:
    root = project(tmp_path, {P: directive("1-CV/ĐUK", "2024-01-02", subject="Cũ")})
    load_project(root)
    for shard in (root / ".cache/bangtin/records").iterdir():
        shard.write_bytes(b"\x80\x05 not a pickle")
    assert load_project(root).all_directives[0].subject == "Cũ"


def test_body_bounds_count_blocks_and_nesting() -> None:
    from bangtin.core.bounds import MAX_BLOCK_LINES, MAX_NESTING, body_bounds

    ok = "\n".join(["# Tiêu đề"] * MAX_BLOCK_LINES) + "\n \t\n" + "> " * MAX_NESTING + "x\n"
    assert body_bounds("a.md", ok, 5) == []
    long = "Mở đầu.\n\n" + "# Tiêu đề\n" * (MAX_BLOCK_LINES + 1) + "\nKết.\n" + "x\n" * 501
    assert [(e.line, e.message.split(" dòng")[0]) for e in body_bounds("a.md", long, 5)] == [
        (7, "501"),
        (509, "502"),  # "Kết." and the 501 lines after it
    ]
    # 12 tabs and 38 indents of four spaces: 50 levels, and the list marker the 51st.
    tabs = "\t" * (MAX_NESTING // 4) + "    " * (MAX_NESTING - MAX_NESTING // 4) + "- x\n"
    (deep,) = body_bounds("a.md", "Mở đầu.\n\n" + tabs, 1)
    assert (deep.line, deep.message.split(":")[1]) == (
        3,
        f" {MAX_NESTING + 1} cấp danh sách, trích dẫn hoặc thụt lề (tối đa {MAX_NESTING} cấp)",
    )
