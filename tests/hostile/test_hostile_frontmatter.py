"""Hostile front-matter: every trap of PyYAML and MkDocs is one exact ``path:line:`` message.

The naive stack keeps the last of two duplicate keys, reads ``no`` as False, cuts a value at
`` #``, turns ``1:20`` into 80, ``2_024`` and ``0x7e8`` into 2024, raises a bare ValueError for
2024-02-30, and MkDocs drops front-matter it cannot parse and publishes the page anyway.
tests/test_load.py has the first case of each kind on a directive; these extend them to every
record type and to the variants that slipped through elsewhere.
"""

from __future__ import annotations

import time
import tracemalloc
import unicodedata
from pathlib import Path

import pytest

from bangtin.core.frontmatter import split_document
from bangtin.core.load import load_project
from bangtin.core.model import Visibility
from conftest import UNITS, MakeSite, directive

D = "directives/2024/1-cv-duk.md"
N = "content/news/tin.md"
PR = "content/practices/mo-hinh.md"
T = "content/themes/2024.md"
PG = "content/trang.md"

HEAD = {
    D: "number: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: Trích yếu\n",
    N: "title: Tin\ndate: 2024-01-02\n",
    PR: "title: Mô hình\nunit: doan-khoi\nyear: 2024\nfield: kinh tế\n",
    T: "year: 2024\ntitle: Chủ đề\n",
    PG: "title: Trang\n",
}


def project(root: Path, files: dict[str, str | bytes]) -> Path:
    (root / "content").mkdir(parents=True, exist_ok=True)
    (root / "content" / "units.yml").write_text(UNITS, encoding="utf-8")
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return root


def messages(root: Path, files: dict[str, str | bytes], *, warnings: bool = False) -> list[str]:
    result = load_project(project(root, files))
    return [str(e) for e in (result.warnings if warnings else result.errors)]


def record(path: str, extra: str) -> str:
    """A valid record of the kind ``path`` holds, with ``extra`` YAML lines after its keys."""
    return f"---\n{HEAD[path]}{extra}---\n\nNội dung.\n"


def line_after_head(path: str) -> int:
    return HEAD[path].count("\n") + 2


ALL = [D, N, PR, T, PG]


# --- enum traps on every record type --------------------------------------------------------------

TRAPS = [
    "no",
    "yes",
    "true",
    "NO",
    "off",
    "On",
    "pubic",
    "publc",
    "Public",
    "PUBLIC",
    "1",
    "~",
    "''",
    "[public]",
    "{a: b}",
]


@pytest.mark.parametrize("path", ALL)
@pytest.mark.parametrize("value", TRAPS)
def test_visibility_trap(tmp_path: Path, path: str, value: str) -> None:
    errors = messages(tmp_path, {path: record(path, f"visibility: {value}\n")})
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{path}:{line_after_head(path)}: "), errors
    assert "visibility" in errors[0]


@pytest.mark.parametrize("path", ALL)
def test_missing_visibility_is_never_public(tmp_path: Path, path: str) -> None:
    root = project(tmp_path, {path: record(path, "")})
    result = load_project(root, audience=Visibility.PUBLIC)
    assert result.errors == []
    reg = result.registry
    assert not reg.directives and not reg.news and not reg.practices and not reg.themes
    assert all(v is not Visibility.PUBLIC for v in result.pages.values())


@pytest.mark.parametrize(
    ("path", "extra", "fragment"),
    [
        (D, "status: no\n", "«status»: giá trị «no» không hợp lệ"),
        (D, "status: yes\n", "«status»: giá trị «yes» không hợp lệ"),
        (PR, "status: true\n", "«status»: giá trị «true» không hợp lệ"),
        (
            D,
            "visibility: public\nvisibility: confidential\n",
            "khóa «visibility» bị lặp: đã có ở dòng 5",
        ),
        (
            N,
            "visibility: confidential\nvisibility: public\n",
            "khóa «visibility» bị lặp: đã có ở dòng 4",
        ),
        (D, "signer:\n  name: A\n  name: B\n", "khóa «name» bị lặp: đã có ở dòng 6"),
        (D, "visibility: public\n? visibility\n: internal\n", "khóa «visibility» bị lặp"),
        (D, "'visibility': public\n\"visibility\": internal\n", "khóa «visibility» bị lặp"),
    ],
)
def test_enum_and_duplicate_traps(tmp_path: Path, path: str, extra: str, fragment: str) -> None:
    errors = messages(tmp_path, {path: record(path, extra)})
    assert len(errors) == 1, errors
    assert fragment in errors[0], errors
    expected_line = line_after_head(path) + extra.count("\n") - 1
    if "bị lặp" in fragment and "?" not in extra:
        assert errors[0].startswith(f"{path}:{expected_line}: "), errors


# --- impossible dates, sexagesimal and YAML 1.1 numbers ------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-12-32", "31/04/2024", "30.02.2024",
     "ngày 30 tháng 2 năm 2024", "1:20", "20240102", "2024-01-02T25:00", "0000-01-01", "٢٠٢٤-٠١-٠٢", "２０２４-01-02"],
)  # fmt: skip
@pytest.mark.parametrize("path", [D, N])
def test_impossible_dates(tmp_path: Path, path: str, value: str) -> None:
    text = record(path, "").replace("date: 2024-01-02\n", f"date: {value}\n")
    errors = messages(tmp_path, {path: text})
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{path}:3: «date»: "), errors
    assert "ValueError" not in errors[0]


@pytest.mark.parametrize(
    "value", ["2_024", "0x7e8", "0o3750", "2024.0", "+2024", "33:44", "2.024e3", "٢٠٢٤"]
)
@pytest.mark.parametrize("path", [T, PR])
def test_yaml11_numbers_are_not_years(tmp_path: Path, path: str, value: str) -> None:
    text = record(path, "").replace("year: 2024\n", f"year: {value}\n")
    errors = messages(tmp_path, {path: text})
    assert len(errors) == 1, errors
    year_line = HEAD[path].split("\n").index("year: 2024") + 2
    assert errors[0].startswith(f"{path}:{year_line}: «year»: «{value}» không phải năm"), errors


@pytest.mark.parametrize(
    "value",
    ["1:20", "1:20:30", "0o17", "0x1F", "1_000", ".inf", "-.NaN", "2024-01-02", "Null x", "~x"],
)
def test_scalars_stay_the_text_typed(tmp_path: Path, value: str) -> None:
    text = record(N, f"summary: {value}\n").replace("title: Tin", f"title: {value}")
    root = project(tmp_path, {N: text})
    result = load_project(root)
    assert result.errors == []
    (item,) = [*load_project(root).registry.news]
    assert item.title == value and item.summary == value


# --- comments, tags, anchors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "key"),
    [(N, "title"), (PR, "title"), (T, "title"), (PG, "title"), (D, "summary"), (D, "place")],
)
def test_hash_cut_is_a_warning_with_the_line(tmp_path: Path, path: str, key: str) -> None:
    text = record(path, f"{key}: Hội nghị lần #2 năm 2024\n") if key not in HEAD[path] else None
    if text is None:
        text = record(path, "").replace(f"{key}: ", f"{key}: Hội nghị lần #2 # ", 1)
        line = (
            HEAD[path]
            .split("\n")
            .index(next(x for x in HEAD[path].split("\n") if x.startswith(key)))
            + 2
        )
    else:
        line = line_after_head(path)
    warnings = messages(tmp_path, {path: text}, warnings=True)
    assert any(
        w.startswith(f"{path}:{line}: cảnh báo: «{key}»: phần sau dấu « #»") for w in warnings
    ), warnings


def test_quoted_hash_is_kept(tmp_path: Path) -> None:
    root = project(tmp_path, {N: record(N, "").replace("title: Tin", "title: 'Hội nghị lần #2'")})
    result = load_project(root)
    assert result.errors == [] and result.warnings == []
    assert [n.title for n in result.registry.news] == ["Hội nghị lần #2"]


def _tag_cases(canary: Path) -> list[tuple[str, str]]:
    touch = f"touch {canary}"
    return [
        (
            f"subject: !!python/object/apply:os.system ['{touch}']\n",
            "!!python/object/apply:os.system",
        ),
        (
            f"subject: !!python/object/apply:subprocess.call [['touch', '{canary}']]\n",
            "!!python/object/apply:subprocess.call",
        ),
        (f"subject: !!python/object/new:os.system ['{touch}']\n", "!!python/object/new:os.system"),
        ("subject: !!python/name:os.system\n", "!!python/name:os.system"),
        ("subject: !!python/module:os\n", "!!python/module:os"),
        ("subject: !ENV HOME\n", "!ENV"),
        ("subject: !ENV [HOME, mặc định]\n", "!ENV"),
        ("subject: !ENV ${HOME}\n", "!ENV"),
        ("subject: !relative $config_dir\n", "!relative"),
        ("subject: !!binary aGVsbG8=\n", "!!binary"),
        ("subject: !!set {a, b}\n", "!!set"),
        ("subject: !!omap [a: 1]\n", "!!omap"),
        (
            f"tags:\n  - !!python/object/apply:os.system ['{touch}']\n",
            "!!python/object/apply:os.system",
        ),
        (
            f"signer:\n  name: !!python/object/apply:os.system ['{touch}']\n",
            "!!python/object/apply:os.system",
        ),
        ("!ENV subject: x\n", "!ENV"),
    ]


@pytest.mark.parametrize("case", range(15))
def test_tags_are_rejected_and_never_run(tmp_path: Path, case: int) -> None:
    canary = tmp_path / "canary"
    extra, tag = _tag_cases(canary)[case]
    head = "number: 1-CV/ĐUK\ndate: 2024-01-02\n" + (
        "subject: a\n" if not extra.startswith("subject") else ""
    )
    text = f"---\n{head}{extra}---\n"
    root = project(tmp_path / "p", {D: text})
    errors = [str(e) for e in load_project(root).errors]
    assert not canary.exists()
    tag_line = head.count("\n") + 2 + (1 if extra.count("\n") > 1 else 0)
    assert any(e.startswith(f"{D}:{tag_line}: thẻ YAML «{tag}» không được phép") for e in errors), (
        errors
    )


@pytest.mark.parametrize(
    ("extra", "fragment", "line"),
    [
        ("place: &a Bình Thuận\nsummary: *a\n", "bí danh", 5),  # the anchor's line
        ("signer: &s {name: A}\npost:\n  <<: *s\n", "", 0),
        ("tags: [&x a, *x, *x, *x]\n", "bí danh", 5),
    ],
)
def test_anchors_aliases_and_merge_keys_are_errors(
    tmp_path: Path, extra: str, fragment: str, line: int
) -> None:
    errors = messages(tmp_path, {D: record(D, extra)})
    assert errors, errors
    if fragment:
        assert any(fragment in e for e in errors), errors
        assert errors[0].startswith(f"{D}:{line}: "), errors


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    text = "---\nnumber: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: a\n" + "\n".join(lines) + "\n---\n"
    start = time.perf_counter()
    errors = messages(tmp_path, {D: text})
    assert time.perf_counter() - start < 10  # refused, not expanded: not a speed target
    assert errors and len(errors) < 200


# --- fences, encodings and shapes ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"", f"{D}:1: thiếu phần đầu (front-matter)"),
        (b"\n---\nnumber: 1-CV/\xc4\x90UK\n---\n", f"{D}:1: thiếu phần đầu (front-matter)"),
        (b"---\n---\nN\xe1\xbb\x99i dung\n", f"{D}:1: phần đầu (front-matter) đang trống"),
        (
            b"---\n",
            f"{D}:1: phần đầu (front-matter) mở bằng --- ở dòng 1 nhưng không có dòng --- đóng lại",
        ),
        (b"---\n42\n---\n", f"{D}:2: phần đầu (front-matter) phải là các cặp «khóa: giá trị»"),
        (
            b"---\n'chu\xe1\xbb\x97i'\n---\n",
            f"{D}:2: phần đầu (front-matter) phải là các cặp «khóa: giá trị»",
        ),
        (b"+++\ntitle = 'a'\n+++\n", f"{D}:1: phần đầu (front-matter) viết bằng TOML (+++)"),
        (
            "---\nnumber: 1-CV/ĐUK\n".encode("utf-16"),
            f"{D}:1: tệp không được lưu bằng bảng mã UTF-8",
        ),
        (
            b"---\nnumber: 1-CV/DUK\ndate: 2024-01-02\nsubject: H\xe9i ngh\xdf\n---\n",
            f"{D}:4: tệp không được lưu bằng bảng mã UTF-8",
        ),
        (b"---\nnumber: 1-CV/DUK\x00\n---\n", f"{D}:2: tệp chứa ký tự NUL"),
        (
            b"---\nnumber: 1-CV/DUK\ndate: 2024-01-02\nsubject: a\x1fb\n---\n",
            f"{D}:4: phần đầu có ký tự điều khiển không in được (U+001F)",
        ),
        (b'---\nnumber: 1-CV/DUK\ndate: 2024-01-02\nsubject: "a\n---\n', f"{D}:"),
    ],
)
def test_fences_and_encodings(tmp_path: Path, raw: bytes, expected: str) -> None:
    errors = messages(tmp_path, {D: raw})
    assert len(errors) >= 1 and errors[0].startswith(expected), errors
    assert all("\n" not in e for e in errors)


def test_multi_line_values_give_one_line_messages(tmp_path: Path) -> None:
    text = (
        "---\nnumber: |\n  1-CV\n  x\ndate: '2024\n\n  02'\nsubject: a\n"
        "visibility: |\n  pub\n  lic\n---\n"
    )
    errors = messages(tmp_path, {D: text})
    assert [e.split(": ", 1)[0] for e in errors] == [f"{D}:2", f"{D}:5", f"{D}:9"]
    assert all("\n" not in e for e in errors), errors
    doc_errors = split_document(D, "---\n0\n\n0\n---\n").errors
    assert [str(e) for e in doc_errors] == [
        f"{D}:2: phần đầu (front-matter) phải là các cặp «khóa: giá trị» "
        "(ví dụ number: 2078-CV/ĐUK), không phải một giá trị đơn «0 0»"
    ]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends(tmp_path: Path, newline: str) -> None:
    text = directive("1-CV/ĐUK", "2024-01-02", subject="Dân vận khéo").replace("\n", newline)
    result = load_project(project(tmp_path, {D: b"\xef\xbb\xbf" + text.encode("utf-8")}))
    assert result.errors == [] and result.all_directives[0].subject == "Dân vận khéo"


def test_nfd_everywhere_becomes_nfc(tmp_path: Path) -> None:
    name = unicodedata.normalize("NFD", "hội-nghị")
    text = unicodedata.normalize(
        "NFD",
        record(N, "visibility: public\ntags: [dân vận khéo]\n").replace(
            "title: Tin", "title: Hội nghị Đảng ủy"
        ),
    )
    root = project(tmp_path, {f"content/news/{name}.md": text})
    result = load_project(root, audience=Visibility.PUBLIC)
    assert result.errors == []
    (item,) = result.registry.news
    for value in (item.title, item.body, *item.tags):
        assert unicodedata.is_normalized("NFC", value)
    assert item.title == "Hội nghị Đảng ủy" and item.slug == "hoi-nghi"


# --- size and scale ------------------------------------------------------------------------------


def test_50_mb_file_is_refused_with_bounded_memory(tmp_path: Path) -> None:
    root = project(tmp_path, {})
    path = root / D
    path.parent.mkdir(parents=True)
    with path.open("wb") as fh:
        fh.write(b"---\nnumber: 1-CV/\xc4\x90UK\ndate: 2024-01-02\nsubject: a\n---\n")
        chunk = ("Nội dung văn bản rất dài. " * 4000 + "\n").encode()
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    tracemalloc.start()
    try:
        result = load_project(root)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(result.errors[0]).startswith(f"{D}:1: tệp quá lớn (50.")
    assert len(result.errors) == 1
    assert peak < 5 * 1024 * 1024, peak


def test_10000_files_100_broken_all_reported_once(tmp_path: Path) -> None:
    kinds = [  # (lines between number: and subject:, line of the one error)
        ("date: {y}-02-30\n", 3),
        ("date: {y}-01-02\nvisibility: no\n", 4),
        ("date: {y}-01-02\nsubject: b\n", 5),  # subject again on line 5
        ("date: {y}-01-02\nplace: !!python/name:os.system\n", 4),
    ]
    files: dict[str, str | bytes] = {}
    broken: dict[str, int] = {}
    for i in range(10_000):
        year = 2000 + i % 20
        rel = f"directives/{year}/{i + 1}-cv-duk.md"
        if i % 100 == 37:
            extra, line = kinds[(i // 100) % len(kinds)]
            files[rel] = f"---\nnumber: {i + 1}-CV/ĐUK\n{extra.format(y=year)}subject: a\n---\n"
            broken[rel] = line
        else:
            files[rel] = directive(f"{i + 1}-CV/ĐUK", f"{year}-01-02", visibility="internal")
    root = project(tmp_path, files)
    start = time.perf_counter()
    result = load_project(root)
    elapsed = time.perf_counter() - start
    lines = [str(e) for e in result.errors]
    assert len(lines) == 100, lines[:5]
    assert {tuple(line.split(":", 2)[:2]) for line in lines} == {
        (path, str(line)) for path, line in broken.items()
    }
    assert all("\n" not in line for line in lines)
    assert len(result.all_directives) >= 9_900  # files with a YAML-level error still load
    assert elapsed < 120


# --- the naive stack publishes what it cannot parse ----------------------------------------------


@pytest.mark.parametrize(
    "front",
    [
        "title: Trang: nội bộ\nvisibility: internal\n",
        "title: Trang\n\tvisibility: internal\n",
        "title: !!python/name:os.system\nvisibility: internal\n",
        "title: Trang\nvisibility: internal\nvisibility: internal\n",
    ],
)
def test_unparsable_page_front_matter_fails_the_build(make_site: MakeSite, front: str) -> None:
    site = make_site({PG: f"---\n{front}---\n\nNỘIBỘ-CANARY-PAGE\n"}, audience="public")
    assert site.exit_code == 1
    assert f"{PG}:" in site.output and "Traceback" not in site.output
    assert not site.site_dir.exists()
