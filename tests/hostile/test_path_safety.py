"""Path safety: attachment paths, symlinks and look-alike names can neither escape nor collide.

The naive stack copies whatever docs_dir holds (following symlinks out of the project), takes
any string as a path and lets the second of two files with the same URL overwrite the first.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hostile_support import snapshot

from bangtin.core.load import load_project
from conftest import UNITS, MakeSite, directive

P = "directives/2024/1-cv-duk.md"


def project(root: Path, files: dict[str, str | bytes]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "content").mkdir(exist_ok=True)
    (root / "content" / "units.yml").write_text(UNITS, encoding="utf-8")
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
    return root


def errors_of(root: Path, files: dict[str, str | bytes]) -> list[str]:
    return [str(e) for e in load_project(project(root, files)).errors]


def with_attachments(*values: str) -> str:
    items = "".join(f"\n  - {v}" for v in values)
    return directive("1-CV/ĐUK", "2024-01-02", attachments=items)


# --- attachments --------------------------------------------------------------------------------

BAD_ATTACHMENTS = [
    ("'../../etc/passwd'", "../../etc/passwd"),
    ("'files/../../../secret.pdf'", "files/../../../secret.pdf"),
    ("'%2e%2e/%2e%2e/secret.pdf'", "%2e%2e/%2e%2e/secret.pdf"),
    ("'files/%2E%2E%2Fsecret.pdf'", "files/%2E%2E%2Fsecret.pdf"),
    ("/etc/passwd", "/etc/passwd"),
    ("'/files/a.pdf'", "/files/a.pdf"),
    ("'C:/Windows/win.ini'", "C:/Windows/win.ini"),
    ("'~/secret.pdf'", "~/secret.pdf"),
    ('"files/a\\0.pdf"', "files/a\x00.pdf"),
    ("'files\\a.pdf'", "files\\a.pdf"),
    ("'..\\..\\secret.pdf'", "..\\..\\secret.pdf"),
    ("files/CON", "files/CON"),
    ("files/nul.txt", "files/nul.txt"),
    ("files/com1.pdf", "files/com1.pdf"),
    ("files/LPT9", "files/LPT9"),
    ("'files/a.pdf.'", "files/a.pdf."),
    ("'files/a?.pdf'", "files/a?.pdf"),
    ("'files//a.pdf'", "files//a.pdf"),
    ("'./files/a.pdf'", "./files/a.pdf"),
    ("files/khong-co.pdf", "files/khong-co.pdf"),  # does not exist
    ("files", "files"),  # a folder, not a file
]


@pytest.mark.parametrize(
    ("yaml_value", "value"), BAD_ATTACHMENTS, ids=[v for _, v in BAD_ATTACHMENTS]
)
def test_bad_attachment_is_an_error_with_its_line(
    tmp_path: Path, yaml_value: str, value: str
) -> None:
    files: dict[str, str | bytes] = {
        P: with_attachments("files/a.pdf", yaml_value),
        "content/files/a.pdf": b"%PDF-1.4\n",
        "content/files/a.pdf.pdf": b"%PDF-1.4\n",
    }
    errors = errors_of(tmp_path, files)
    # line 8: the second item (number, date, subject, visibility, attachments:, item, item)
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{P}:8: «attachments»: "), errors
    shown = value.replace("\x00", "\\x00")
    assert f"«{shown}»" in errors[0]


def test_good_attachments_load(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        P: with_attachments("files/2078-cv-duk.pdf", "'files/Tài liệu hội nghị.docx'"),
        "content/files/2078-cv-duk.pdf": b"%PDF-1.4\n",
        "content/files/Tài liệu hội nghị.docx": b"PK",
    }
    result = load_project(project(tmp_path, files))
    assert result.errors == []
    assert result.all_directives[0].attachments == (
        "files/2078-cv-duk.pdf",
        "files/Tài liệu hội nghị.docx",
    )


def test_attachment_through_a_symlink_out_of_the_project(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.pdf").write_bytes(b"%PDF secret")
    root = project(tmp_path / "portal", {P: with_attachments("files/secret.pdf")})
    (root / "content" / "files").mkdir()
    (root / "content" / "files" / "secret.pdf").symlink_to(outside / "secret.pdf")
    errors = [str(e) for e in load_project(root).errors]
    assert any(e.startswith(f"{P}:7: «attachments»: «files/secret.pdf»") for e in errors), errors
    assert any(e.startswith("content/files/secret.pdf:1: ") for e in errors), errors


# --- symlinks out of the project -----------------------------------------------------------------

SECRET = "BIMATNGOAIDUAN"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    folder = tmp_path / "ngoai"
    folder.mkdir()
    (folder / "secret.md").write_text(
        directive("77-CV/ĐUK", "2024-01-02", subject=SECRET, body=SECRET), encoding="utf-8"
    )
    (folder / "secret.txt").write_text(SECRET, encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "secret.css").write_text(f"/* {SECRET} */", encoding="utf-8")
    (folder / "sub" / "trang.md").write_text(
        f"---\nvisibility: public\n---\n{SECRET}\n", encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize(
    ("link", "target"),
    [
        ("directives/2024/77-cv-duk.md", "secret.md"),
        ("content/news/tin.md", "secret.md"),
        ("content/thong-tin.md", "secret.md"),
        ("content/files/secret.txt", "secret.txt"),
        ("content/ngoai", "sub"),
        ("directives/2025", "sub"),
    ],
)
def test_symlink_out_of_the_project_is_an_error(
    tmp_path: Path, outside: Path, link: str, target: str
) -> None:
    root = project(
        tmp_path / "portal", {"directives/2024/1-cv-duk.md": directive("1-CV/ĐUK", "2024-01-02")}
    )
    (root / link).parent.mkdir(parents=True, exist_ok=True)
    (root / link).symlink_to(outside / target)
    result = load_project(root)
    errors = [str(e) for e in result.errors]
    assert len(errors) == 1 and errors[0].startswith(f"{link}:1: "), errors
    assert "ngoài thư mục" in errors[0]
    assert all(SECRET not in d.subject for d in result.all_directives)


def test_symlink_inside_the_project_is_fine(tmp_path: Path) -> None:
    root = project(
        tmp_path,
        {
            "directives/2024/1-cv-duk.md": directive("1-CV/ĐUK", "2024-01-02"),
            "shared/a.pdf": b"%PDF",
        },
    )
    (root / "content" / "files").mkdir()
    (root / "content" / "files" / "a.pdf").symlink_to(root / "shared" / "a.pdf")
    assert load_project(root).errors == []


def test_build_never_copies_from_outside(make_site: MakeSite, outside: Path) -> None:
    site = make_site(build=False)
    site.write({"directives/2024/1-cv-duk.md": directive("1-CV/ĐUK", "2024-01-02")})
    site.build()
    assert site.exit_code == 0, site.output
    before = snapshot(site.site_dir)
    (site.root / "content" / "secret.txt").symlink_to(outside / "secret.txt")
    (site.root / "content" / "ngoai").symlink_to(outside / "sub")
    site.build()
    assert site.exit_code == 1
    assert "content/secret.txt:1: " in site.output and "content/ngoai:1: " in site.output
    assert snapshot(site.site_dir) == before
    assert all(SECRET.encode() not in data for data in before.values())


def test_plugin_drops_outside_files_even_without_the_loader(
    make_site: MakeSite, outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Defence in depth: should the loader's check ever be skipped, MkDocs' copy is filtered too.
    import bangtin.core.project

    monkeypatch.setattr(
        bangtin.core.project, "outside_links", lambda root, folders: [], raising=True
    )
    site = make_site(build=False)
    (site.root / "content" / "secret.txt").symlink_to(outside / "secret.txt")
    (site.root / "content" / "ngoai").symlink_to(outside / "sub")
    site.build()
    assert site.exit_code == 0, site.output
    assert not (site.site_dir / "secret.txt").exists()
    assert not (site.site_dir / "ngoai").exists()
    assert all(SECRET.encode() not in data for _, data in site.all_bytes())


# --- look-alike names ----------------------------------------------------------------------------

NFC_NAME = unicodedata.normalize("NFC", "dân-vận-khéo")
NFD_NAME = unicodedata.normalize("NFD", "dân-vận-khéo")


def _practice(title: str) -> str:
    return f"---\ntitle: {title}\nunit: doan-khoi\nyear: 2024\nfield: kinh tế\nvisibility: public\n---\n\nMô tả.\n"


def _news(title: str) -> str:
    return f"---\ntitle: {title}\ndate: 2024-03-01\nvisibility: public\n---\n\nTin.\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"content/practices/{NFC_NAME}.md", f"content/practices/{NFD_NAME}.md"),
        ("content/practices/dan-van-kheo.md", f"content/practices/{NFC_NAME}.md"),
        ("content/practices/2024/dan-van-kheo.md", "content/practices/khac/dan-van-kheo.md"),
        (f"content/news/{NFC_NAME}.md", f"content/news/{NFD_NAME}.md"),
        ("content/news/Dan_Van_Kheo.md", "content/news/dan-van-kheo.md"),
    ],
)
def test_records_with_one_url_name_both_files(tmp_path: Path, first: str, second: str) -> None:
    make = _practice if "practices" in first else _news
    errors = errors_of(tmp_path, {first: make("Một"), second: make("Hai")})
    assert len(errors) == 1, errors
    assert unicodedata.normalize("NFC", first) in unicodedata.normalize("NFC", errors[0])
    assert unicodedata.normalize("NFC", second) in unicodedata.normalize("NFC", errors[0])


@pytest.mark.parametrize(
    ("number_a", "number_b"),
    [
        ("5-CV/ĐUK", "5/CV-ĐUK"),  # party and state forms: other numbers, one URL
        ("5-CV/ĐUK", "5-CV/DUK"),
        ("5-CV/ĐUK", "5 - CV / ĐUK"),
        ("5-CV/ĐUK", unicodedata.normalize("NFD", "5-CV/ĐUK").replace("Đ", "Ð")),
    ],
)
def test_directives_with_one_url_name_both_files(
    tmp_path: Path, number_a: str, number_b: str
) -> None:
    errors = errors_of(
        tmp_path,
        {
            "directives/2024/a.md": directive(number_a, "2024-01-02"),
            "directives/2024/b.md": directive(f"'{number_b}'", "2024-02-02"),
        },
    )
    errors = [e for e in errors if "cảnh báo" not in e]
    assert len(errors) == 1, errors
    assert "directives/2024/a.md" in errors[0] and "directives/2024/b.md" in errors[0]


def test_nfc_nfd_twin_pages_are_an_error(tmp_path: Path) -> None:
    page = "---\ntitle: Giới thiệu\nvisibility: public\n---\n\nNội dung.\n"
    first = f"content/{unicodedata.normalize('NFC', 'giới-thiệu')}.md"
    second = f"content/{unicodedata.normalize('NFD', 'giới-thiệu')}.md"
    errors = errors_of(tmp_path, {first: page, second: page})
    assert len(errors) == 1, errors
    assert unicodedata.normalize("NFC", errors[0]).count("giới-thiệu.md") == 2


# --- nothing is written outside the site folder ------------------------------------------------

HOSTILE_NAMES = ["..", "%2e%2e", "CON", "nul", "aux.txt", "...", "-", "LPT1"]


def test_hostile_names_stay_inside_the_site(make_site: MakeSite, tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {}
    for i, name in enumerate(HOSTILE_NAMES):
        files[f"content/news/{name}.md"] = _news(f"'../../../{i}/%2e%2e/tin'").replace(
            "2024-03-01", f"2024-03-{i + 1:02d}"
        )
    files["content/practices/..%2f..%2fx.md"] = _practice("'../../mo-hinh'")
    files["directives/2024/9-cv-duk.md"] = directive(
        "9-CV/ĐUK", "2024-01-02", issuer="'../../../etc'"
    )
    site = make_site(files, build=False)
    before = snapshot(tmp_path)
    site.build(audience="public")
    outside = {
        k: v
        for k, v in snapshot(tmp_path).items()
        if not k.startswith(("portal/site/", "portal/.cache/"))
    }
    assert site.exit_code in (0, 1), site.output
    assert outside == before
    if site.exit_code == 0:
        for path in site.site_dir.rglob("*"):
            assert path.resolve().is_relative_to(site.site_dir.resolve())
            assert ".." not in path.relative_to(site.site_dir).parts
