"""A directive's kept files (``files:``): checked as path:line errors, copied beside the page
under safe names, offered as downloads with their kind and size, and only to their audience."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from bangtin.cli.main import main
from bangtin.core.attachments import size_text
from bangtin.core.load import load_project
from conftest import REPO, UNITS, MakeSite, directive, load_script

P = "directives/2024/2078-cv-duk.md"
PDF = b"%PDF-1.4\n" + b"0" * (245 * 1024 - 9)


def with_files(*items: str, visibility: str = "public") -> str:
    """A directive whose ``files:`` lists ``items`` (YAML flow maps), one per line from line 7."""
    listed = "".join(f"\n  - {item}" for item in items)
    return directive(visibility=visibility, files=listed)


def project(root: Path, files: dict[str, str | bytes]) -> Path:
    for rel, content in {"content/units.yml": UNITS, **files}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def errors_of(root: Path) -> list[str]:
    return [str(e) for e in load_project(root).errors]


def test_size_text_reads_as_people_write_it() -> None:
    assert size_text(512) == "512 byte"
    assert size_text(245 * 1024) == "245 KB"
    assert size_text(int(1.25 * 1024 * 1024)) == "1,2 MB"


def test_the_original_and_an_annex_are_offered_beside_the_page(make_site: MakeSite) -> None:
    site = make_site(
        files={
            P: with_files(
                "{path: 2078-cv-duk.pdf, label: Văn bản gốc}",
                "{path: '2078-cv-duk/Phụ lục 1.xlsx', label: Phụ lục 1}",
            ),
            "directives/2024/2078-cv-duk.pdf": PDF,
            "directives/2024/2078-cv-duk/Phụ lục 1.xlsx": b"PK\x03\x04 bang tinh",
        }
    )
    assert site.exit_code == 0, site.output
    html = site.page("van-ban/2024/2078-cv-duk/")
    assert '<a href="2078-cv-duk.pdf">Văn bản gốc</a>' in html
    assert "(PDF, 245 KB)" in html
    # The Vietnamese name becomes one every server and browser keeps whole.
    assert '<a href="phu-luc-1.xlsx" download="phu-luc-1.xlsx">Phụ lục 1</a>' in html
    assert "(XLSX, 14 byte)" in html
    folder = site.site_dir / "van-ban" / "2024" / "2078-cv-duk"
    assert (folder / "2078-cv-duk.pdf").read_bytes() == PDF
    assert (folder / "phu-luc-1.xlsx").read_bytes() == b"PK\x03\x04 bang tinh"
    # No signature, no signature line.
    assert "Đã ký số" not in html


def test_a_page_without_files_has_no_download_section(make_site: MakeSite) -> None:
    site = make_site(files={P: directive()})
    assert site.exit_code == 0, site.output
    assert "bt-files" not in site.page("van-ban/2024/2078-cv-duk/")


def test_two_files_with_one_safe_name_both_keep_theirs(make_site: MakeSite) -> None:
    site = make_site(
        files={
            P: with_files("{path: Phụ lục.pdf}", "{path: phu-luc.pdf}"),
            "directives/2024/Phụ lục.pdf": b"%PDF-1.4 a",
            "directives/2024/phu-luc.pdf": b"%PDF-1.4 b",
        }
    )
    assert site.exit_code == 0, site.output
    folder = site.site_dir / "van-ban" / "2024" / "2078-cv-duk"
    assert (folder / "phu-luc.pdf").read_bytes() == b"%PDF-1.4 a"
    assert (folder / "phu-luc-2.pdf").read_bytes() == b"%PDF-1.4 b"
    html = site.page("van-ban/2024/2078-cv-duk/")
    assert '<a href="phu-luc.pdf">Phụ lục.pdf</a>' in html  # no label: the name as written
    assert '<a href="phu-luc-2.pdf">phu-luc.pdf</a>' in html


@pytest.mark.parametrize("visibility", ["internal", "confidential"])
def test_files_of_a_record_the_public_may_not_see_stay_out(
    make_site: MakeSite, visibility: str
) -> None:
    files: dict[str, str | bytes] = {
        P: with_files("{path: 2078-cv-duk.pdf}", visibility=visibility),
        "directives/2024/2078-cv-duk.pdf": b"%PDF-1.4 BI-MAT-2078",
    }
    site = make_site(files=files, audience="public")
    assert site.exit_code == 0, site.output
    assert not any(b"BI-MAT-2078" in data for _, data in site.all_bytes())
    assert not list(site.site_dir.rglob("2078-cv-duk.pdf"))
    internal = site.build(audience="internal")
    assert internal.exit_code == 0, internal.output
    copied = list(site.site_dir.rglob("2078-cv-duk.pdf"))
    # An internal build shows an internal record's files, never a confidential one's.
    assert len(copied) == (1 if visibility == "internal" else 0)


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("khong-co.pdf", "không có trong thư mục của văn bản"),
        ("../2023/1-cv-duk.pdf", "ra ngoài thư mục của văn bản"),
        ("/etc/passwd.pdf", "là đường dẫn tuyệt đối"),
        ("bao-cao.html", "là loại tệp «.html» không được đăng"),
        ("so-do.svg", "là loại tệp «.svg» không được đăng"),
        ("ma.js", "là loại tệp «.js» không được đăng"),
        ("trang.md", "là loại tệp «.md» không được đăng"),
        (".an.pdf", "là tệp ẩn"),
        ("lien-ket.pdf", "là liên kết tượng trưng (symlink)"),
        ("thu-muc-lien-ket/a.pdf", "là liên kết tượng trưng (symlink)"),
    ],
)
def test_a_file_that_may_not_be_published_is_a_path_line_error(
    tmp_path: Path, value: str, problem: str
) -> None:
    root = project(
        tmp_path / "portal",
        {
            P: with_files("{path: 2078-cv-duk.pdf}", f"{{path: '{value}'}}"),
            "directives/2024/2078-cv-duk.pdf": b"%PDF-1.4",
            "directives/2023/1-cv-duk.pdf": b"%PDF-1.4",
            "directives/2024/bao-cao.html": "<script>alert(1)</script>",
            "directives/2024/so-do.svg": "<svg onload='alert(1)'/>",
            "directives/2024/ma.js": "alert(1)",
            "directives/2024/.an.pdf": b"%PDF-1.4",
            "outside/that.pdf": b"%PDF-1.4 secret",
        },
    )
    (root / "directives/2024/trang.md").write_text("# trang\n", encoding="utf-8")
    os.symlink(root / "outside/that.pdf", root / "directives/2024/lien-ket.pdf")
    os.symlink(root / "outside", root / "directives/2024/thu-muc-lien-ket")
    (root / "outside/a.pdf").write_bytes(b"%PDF-1.4")
    errors = [e for e in errors_of(root) if e.startswith(P)]
    # Line 8: the second item (front-matter: number, date, subject, visibility, files:, items).
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"{P}:8: «files»: «{value}» {problem}"), errors


def test_a_file_over_the_limit_is_refused_with_the_option_to_change(
    make_site: MakeSite,
) -> None:
    site = make_site(
        files={P: with_files("{path: 2078-cv-duk.pdf}"), "directives/2024/2078-cv-duk.pdf": PDF},
        plugin={"attachment_max_mb": 0},
    )
    assert site.exit_code == 1
    assert (
        f"{P}:7: «files»: «2078-cv-duk.pdf» nặng 245 KB, quá giới hạn 0 byte cho một tệp; hãy "
        "nén hoặc tách tệp, hoặc tăng attachment_max_mb của plugin bangtin trong mkdocs.yml"
    ) in site.output
    assert "Traceback" not in site.output
    assert not (site.site_dir / "index.html").exists()


def test_check_reports_a_missing_file_and_exits_1(make_site: MakeSite) -> None:
    site = make_site(files={P: with_files("{path: 2078-cv-duk.pdf}")}, build=False)
    result = CliRunner().invoke(main, ["check", "-f", str(site.root / "mkdocs.yml")])
    assert result.exit_code == 1
    assert f"{P}:7: «files»: «2078-cv-duk.pdf» không có trong thư mục của văn bản" in result.output


def test_a_file_item_without_path_is_a_key_error(tmp_path: Path) -> None:
    root = project(tmp_path / "portal", {P: with_files("{label: Văn bản gốc}")})
    errors = errors_of(root)
    assert any(e.startswith(f"{P}:7: thiếu khóa bắt buộc «files.path»") for e in errors), errors


# --- bangtin import keeps the original ------------------------------------------------------------

REAL = Path(__file__).parent / "fixtures" / "real"
DOCX = REAL / "129-docx-doan-phulam-80-kh.docx"


def seed_pdf() -> bytes:
    return load_script("make_seed_pdf").seed_pdf()  # type: ignore[no-any-return]


def import_file(root: Path, source: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["import", str(source), "--root", str(root), *args])
    return result.exit_code, result.output


def test_import_keeps_a_pdf_beside_the_directive_and_lists_it(
    make_site: MakeSite, tmp_path: Path
) -> None:
    source = tmp_path / "nhận" / "Công văn 2078.pdf"
    source.parent.mkdir()
    source.write_bytes(seed_pdf())
    site = make_site(build=False)
    code, output = import_file(site.root, source)
    assert code == 0, output
    kept = site.root / "directives/2024/2078-cv-duk.pdf"
    assert kept.read_bytes() == source.read_bytes()
    text = (site.root / P).read_text(encoding="utf-8")
    front = text.split("\n---\n", 1)[0]
    assert front.endswith("files:\n  - path: 2078-cv-duk.pdf\n    label: Văn bản gốc")
    assert "signed:" not in text  # the seed PDF is not signed
    # The directive as written builds, and its page offers the original.
    site.write({P: text.replace("visibility: internal", "visibility: public")})
    built = site.build()
    assert built.exit_code == 0, built.output
    html = built.page("van-ban/2024/2078-cv-duk/")
    assert re.search(
        r'<a href="2078-cv-duk.pdf">Văn bản gốc</a> <span class="bt-file__meta">\(PDF, \d+ KB\)',
        html,
    )


def test_import_keeps_a_word_file_too(make_site: MakeSite) -> None:
    site = make_site(build=False)
    code, output = import_file(site.root, DOCX)
    assert code == 0, output
    written = [p for p in (site.root / "directives").rglob("*.md")]
    assert len(written) == 1, output
    original = written[0].with_suffix(".docx")
    assert original.read_bytes() == DOCX.read_bytes()
    assert f"  - path: {original.name}\n    label: Văn bản gốc\n" in written[0].read_text(
        encoding="utf-8"
    )


def test_import_never_overwrites_an_original_without_force(
    make_site: MakeSite, tmp_path: Path
) -> None:
    source = tmp_path / "2078.pdf"
    source.write_bytes(seed_pdf())
    site = make_site(build=False)
    kept = site.root / "directives/2024/2078-cv-duk.pdf"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"%PDF-1.4 the editor's own")
    code, output = import_file(site.root, source)
    assert code == 1
    assert "2078-cv-duk.pdf đã có, không ghi đè; thêm --force" in output
    assert kept.read_bytes() == b"%PDF-1.4 the editor's own"
    assert not (site.root / P).exists()  # nothing half done
    code, output = import_file(site.root, source, "--force")
    assert code == 0, output
    assert kept.read_bytes() == source.read_bytes()
    assert (site.root / P).exists()


def test_import_refuses_an_existing_directive_and_keeps_no_stray_original(
    make_site: MakeSite, tmp_path: Path
) -> None:
    source = tmp_path / "2078.pdf"
    source.write_bytes(seed_pdf())
    site = make_site(files={P: directive()}, build=False)
    code, output = import_file(site.root, source)
    assert code == 1
    assert "đã có, không ghi đè" in output
    assert not (site.root / "directives/2024/2078-cv-duk.pdf").exists()


def test_import_never_writes_the_original_through_a_symlink(
    make_site: MakeSite, tmp_path: Path
) -> None:
    source = tmp_path / "2078.pdf"
    source.write_bytes(seed_pdf())
    site = make_site(build=False)
    victim = tmp_path / "ngoai.pdf"
    victim.write_bytes(b"outside")
    (site.root / "directives/2024").mkdir(parents=True)
    os.symlink(victim, site.root / "directives/2024/2078-cv-duk.pdf")
    code, output = import_file(site.root, source, "--force")
    assert code == 1
    assert "liên kết tượng trưng (symlink): không ghi qua liên kết" in output
    assert victim.read_bytes() == b"outside"


def test_the_sample_offers_its_original(make_site: MakeSite) -> None:
    site = make_site(sample=True)
    assert site.exit_code == 0, site.output
    html = site.page("van-ban/2024/2078-cv-duk/")
    kept = REPO / "directives/2024/2078-cv-duk.pdf"
    size = size_text(kept.stat().st_size)
    assert (
        f'<a href="2078-cv-duk.pdf">Văn bản gốc</a> <span class="bt-file__meta">(PDF, {size})'
        in html
    )
    copied = site.site_dir / "van-ban/2024/2078-cv-duk/2078-cv-duk.pdf"
    assert copied.read_bytes() == kept.read_bytes()
    # The original is the seed text laid out as a PDF (scripts/make_seed_pdf.py), not a stand-in.
    text = " ".join(page.extract_text() for page in PdfReader(kept).pages)
    assert "2078 - CV/ĐUK" in text and "Phạm Thị Tố Loan" in text


def test_check_reads_the_size_limit_from_mkdocs_yml(make_site: MakeSite) -> None:
    files = {P: with_files("{path: 2078-cv-duk.pdf}"), "directives/2024/2078-cv-duk.pdf": PDF}
    site = make_site(files=files, plugin={"attachment_max_mb": 0}, build=False)
    result = CliRunner().invoke(main, ["check", "-f", str(site.root / "mkdocs.yml")])
    assert result.exit_code == 1
    assert f"{P}:7: «files»: «2078-cv-duk.pdf» nặng 245 KB, quá giới hạn 0 byte" in result.output
    site = make_site(files=files, plugin={"attachment_max_mb": 1}, build=False)
    result = CliRunner().invoke(main, ["check", "-f", str(site.root / "mkdocs.yml")])
    assert result.exit_code == 0, result.output


def test_a_hostile_label_and_name_stay_text(make_site: MakeSite) -> None:
    site = make_site(
        files={
            P: with_files(
                "{path: '\"><img src=x onerror=alert(1)>.pdf', label: '<script>x</script>'}"
            ),
            'directives/2024/"><img src=x onerror=alert(1)>.pdf': b"%PDF-1.4",
        }
    )
    assert site.exit_code == 0, site.output
    html = site.page("van-ban/2024/2078-cv-duk/")
    section = html.split('<section class="bt-files"', 1)[1].split("</section>", 1)[0]
    assert "<script>" not in section and "<img" not in section
    assert "&lt;script&gt;x&lt;/script&gt;" in section
    assert '<a href="img-src-x-onerror-alert-1.pdf">' in section


# --- bangtin serve: the kept files follow an edit -----------------------------------------------


def test_serve_copies_a_newly_listed_file_and_drops_those_of_a_record_gone_internal(
    make_site: MakeSite, tmp_path: Path
) -> None:
    from test_serve import Server

    site = make_site(
        files={
            P: with_files("{path: 2078-cv-duk.pdf, label: Văn bản gốc}"),
            "directives/2024/2078-cv-duk.pdf": b"%PDF-1.4 goc",
            "directives/2024/phu-luc.pdf": b"%PDF-1.4 phu luc",
        },
        build=False,
    )
    server = Server(site, tmp_path / "serve.log", "--audience", "public", tmp=tmp_path / "tmp")
    page, folder = "van-ban/2024/2078-cv-duk/", "van-ban/2024/2078-cv-duk/"
    try:
        server.wait_for("the first build", lambda: server.page_shows(page, "Văn bản gốc"))
        assert server.get(f"{folder}2078-cv-duk.pdf") == (200, "%PDF-1.4 goc")
        (site_dir,) = (tmp_path / "tmp").glob("bangtin-serve-*")
        text = (site.root / P).read_text(encoding="utf-8")
        listed = "  - {path: 2078-cv-duk.pdf, label: Văn bản gốc}"
        added = f"{listed}\n  - {{path: phu-luc.pdf, label: Phụ lục 1}}"
        (site.root / P).write_text(text.replace(listed, added), encoding="utf-8")
        server.wait_for("the annex", lambda: server.page_shows(page, "Phụ lục 1"))
        assert server.get(f"{folder}phu-luc.pdf") == (200, "%PDF-1.4 phu luc")
        hidden = text.replace(listed, added).replace("visibility: public", "visibility: internal")
        (site.root / P).write_text(hidden, encoding="utf-8")
        server.wait_for("the page to go", lambda: server.get(page)[0] == 404)
        assert not list(site_dir.rglob("*.pdf"))
    finally:
        server.stop()
