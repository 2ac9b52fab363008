"""The editors' guide (content/huong-dan/): complete for every key, true to the real messages,
and built into the public portal."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from bangtin.core import fields
from bangtin.core.frontmatter import split_document
from bangtin.core.load import load_project
from bangtin.core.model import RelationKind, Status, Visibility
from conftest import MakeSite

REPO = Path(__file__).resolve().parents[1]
GUIDE = REPO / "content" / "huong-dan"
PAGES = sorted(GUIDE.glob("*.md"))
KEYS_PAGE = (GUIDE / "cac-muc.md").read_text(encoding="utf-8")
ERRORS_PAGE = (GUIDE / "loi-thuong-gap.md").read_text(encoding="utf-8")
QUOTED = [line[2:].strip() for line in ERRORS_PAGE.splitlines() if line.startswith("> ")]

BASE = "number: 2078-CV/ĐUK\ndate: 2024-03-07\nsubject: Về việc thử\n"
UNITS = "units:\n  - id: dang-uy-khoi\n    name: Đảng ủy Khối\n    code: ĐUK\n"


def test_guide_pages_exist_with_title_and_public_visibility() -> None:
    names = {p.name for p in PAGES}
    assert {"index.md", "them-van-ban.md", "cac-muc.md", "pham-vi.md"} <= names
    assert {"loi-thuong-gap.md", "bai-dang.md", "dang-cong.md"} <= names
    for page in PAGES:
        doc = split_document(page.name, page.read_text(encoding="utf-8"))
        assert doc.errors == [] and doc.meta is not None, page
        title = doc.meta.get("title")
        visibility = doc.meta.get("visibility")
        assert title is not None and getattr(title, "text", ""), page
        assert getattr(visibility, "text", "") == "public", page


def test_guide_pages_load_without_problems() -> None:
    result = load_project(REPO)
    mine = [e for e in [*result.errors, *result.warnings] if "huong-dan" in e.path]
    assert mine == []
    for page in PAGES:
        assert result.pages[f"huong-dan/{page.name}"] is Visibility.PUBLIC


def _keys(declared: dict[str, fields.Field]) -> list[str]:
    out: list[str] = []
    for key, spec in declared.items():
        out.append(key)
        sub = spec.fields or (spec.item.fields if spec.item is not None else None)
        if sub:
            out.extend(_keys(sub))
    return out


@pytest.mark.parametrize("kind", list(fields.RECORD_FIELDS))
def test_every_front_matter_key_is_explained(kind: str) -> None:
    missing = [k for k in _keys(fields.RECORD_FIELDS[kind]) if f"`{k}`" not in KEYS_PAGE]
    assert missing == [], f"{kind}: keys missing from cac-muc.md"


@pytest.mark.parametrize(
    "members", [Visibility, Status, RelationKind], ids=["visibility", "status", "relations"]
)
def test_every_choice_is_explained(members: type) -> None:
    text = KEYS_PAGE + (GUIDE / "pham-vi.md").read_text(encoding="utf-8")
    assert [m.value for m in members if f"`{m.value}`" not in text] == []


# A broken file for each message the guide quotes: the loader must say exactly what the guide
# says it says.
BROKEN: dict[str, tuple[str, str | bytes]] = {
    "missing fence": ("directives/2024/2078-cv-duk.md", "number: 2078-CV/ĐUK\n"),
    "unclosed fence": ("directives/2024/2078-cv-duk.md", f"---\n{BASE}\nNội dung\n"),
    "not UTF-8": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}place: Bình\n---\n".encode("cp1258", errors="replace"),
    ),
    "tab": ("directives/2024/2078-cv-duk.md", f"---\n{BASE}signer:\n\tname: A\n---\n"),
    "colon": (
        "directives/2024/2078-cv-duk.md",
        "---\nnumber: 2078-CV/ĐUK\ndate: 2024-03-07\nsubject: V/v: thử\n---\n",
    ),
    "no colon": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}place Bình Thuận\ntags: [a]\n---\n",
    ),
    "open quote": ("directives/2024/2078-cv-duk.md", f'---\n{BASE}place: "Bình Thuận\n---\n'),
    "indent": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}signer:\n  name: A\n title: B\n---\n",
    ),
    "duplicate key": ("directives/2024/2078-cv-duk.md", f"---\n{BASE}number: 2079-CV/ĐUK\n---\n"),
    "comment cut": ("directives/2024/2078-cv-duk.md", f"---\n{BASE}place: Khu phố #3\n---\n"),
    "alias": ("directives/2024/2078-cv-duk.md", f"---\n{BASE}place: &a X\nsummary: *a\n---\n"),
    "tag": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}place: !!python/name:os.system\n---\n",
    ),
    "toml": ("directives/2024/2078-cv-duk.md", "+++\nnumber = 1\n+++\n"),
    "unknown key": ("directives/2024/2078-cv-duk.md", f"---\n{BASE}subjet: x\n---\n"),
    "pubic": ("directives/2024/2078-cv-duk.md", f"---\n{BASE}visibility: pubic\n---\n"),
    "relation kind": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}relations:\n  implement: [189-CV/TU]\n---\n",
    ),
    "empty choice": ("directives/2024/2078-cv-duk.md", f"---\n{BASE}status:\n---\n"),
    "missing key": (
        "directives/2024/2078-cv-duk.md",
        "---\ndate: 2024-03-07\nsubject: x\n---\n",
    ),
    "empty required": (
        "directives/2024/2078-cv-duk.md",
        "---\nnumber: 2078-CV/ĐUK\ndate: 2024-03-07\nsubject:\n---\n",
    ),
    "impossible date": (
        "directives/2024/2078-cv-duk.md",
        "---\nnumber: 2078-CV/ĐUK\ndate: 2024-02-30\nsubject: x\n---\n",
    ),
    "not a date": (
        "directives/2024/2078-cv-duk.md",
        "---\nnumber: 2078-CV/ĐUK\ndate: tháng ba\nsubject: x\n---\n",
    ),
    "not a number": (
        "directives/2024/2078-cv-duk.md",
        "---\nnumber: Công văn\ndate: 2024-03-07\nsubject: x\n---\n",
    ),
    "year range": ("directives/2024/2078-cv-duk.md", f"---\n{BASE}themes: [1900]\n---\n"),
    "not a list": ("directives/2024/2078-cv-duk.md", f"---\n{BASE}tasks:\n  what: x\n---\n"),
    "same number twice": ("directives/2024/khac.md", f"---\n{BASE}---\n"),
    "file name": ("directives/2024/cong-van.md", f"---\n{BASE}---\n"),
    "unknown unit code": ("directives/2024/2078-cv-duk.md", f"---\n{BASE}---\n"),
    "unknown task unit": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}tasks:\n  - what: x\n    who: chi-bo-1\n---\n",
    ),
    "bad unit id": ("content/units.yml", "units:\n  - id: Đảng ủy\n    name: X\n"),
    "missing theme": ("directives/2024/2078-cv-duk.md", f"---\n{BASE}themes: [2024]\n---\n"),
    "date range": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}tasks:\n  - what: x\n    who: tinh-uy\n    due: 9999-12-31\n---\n",
    ),
    "self relation": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}relations: {{supersedes: [2078-CV/ĐUK]}}\n---\n",
    ),
    "supersede loop": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}relations: {{supersedes: [2079-CV/ĐUK]}}\n---\n",
    ),
    "unit loop": (
        "content/units.yml",
        "units:\n  - id: doan-khoi\n    name: Đoàn Khối\n    parent: chi-doan\n"
        "  - id: chi-doan\n    name: Chi đoàn\n    parent: doan-khoi\n",
    ),
    "shared unit code": ("directives/2024/2078-cv-duk.md", f"---\n{BASE}---\n"),
    "empty units": ("content/units.yml", ""),
    "practice unit": (
        "content/practices/mo-hinh.md",
        "---\ntitle: Mô hình\nunit: dang-uy-khoii\nyear: 2024\nfield: kinh tế\n---\n",
    ),
    "upper-case suffix": ("directives/2024/2078-cv-duk.MD", f"---\n{BASE}---\n"),
    "fifo": ("directives/2024/2078-cv-duk.md", ""),
    "long block": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}---\n" + "# Mục\n" * 600,
    ),
    "deep list": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}---\n" + "".join("    " * i + "- x\n" for i in range(52)),
    ),
    "unclosed brackets": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}---\n" + "[a][" * 3000 + "\n",
    ),
    "unclosed tags": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}---\n" + "x <y" * 4000 + "\n",
    ),
    "inline copies": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}---\n" + "\\" * 200_000 + "\n",
    ),
    "too many blocks": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}---\n" + "Đoạn.\n\n" * 10_001,
    ),
    "deep emphasis": (
        "directives/2024/2078-cv-duk.md",
        f"---\n{BASE}---\n" + "*a " * 1000 + "x" + " b*" * 1000 + "\n",
    ),
}


def _messages(tmp_path: Path, case: str) -> list[str]:
    rel, content = BROKEN[case]
    root = tmp_path / "cong"
    units = "units:\n  - id: tinh-uy\n    name: Tỉnh ủy\n    code: TU\n"
    files: dict[str, str | bytes] = {"content/units.yml": UNITS}
    if case == "unknown unit code":
        files["content/units.yml"] = units
    if case == "shared unit code":
        files["content/units.yml"] = (
            "units:\n  - id: dang-uy-khoi\n    name: Đảng ủy Khối\n    code: ĐUK\n"
            "  - id: doan-khoi\n    name: Đoàn Khối\n    code: ĐUK\n"
        )
    if case == "same number twice":
        files["directives/2024/2078-cv-duk.md"] = f"---\n{BASE}---\n"
    if case == "supersede loop":
        files["directives/2024/2079-cv-duk.md"] = (
            "---\nnumber: 2079-CV/ĐUK\ndate: 2024-03-08\nsubject: x\n"
            "relations: {supersedes: [2078-CV/ĐUK]}\n---\n"
        )
    files[rel] = content
    for path, text in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if case == "fifo" and path == rel:
            os.mkfifo(target)
        elif isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(text, encoding="utf-8")
    result = load_project(root)
    return [e.message for e in [*result.errors, *result.warnings]]


def _quoted_in_guide(message: str) -> bool:
    for quote in QUOTED:
        if quote == message:
            return True
        # A long list cut short in the guide ("... number, date, place, ...)").
        if quote.endswith("...)") and message.startswith(quote.removesuffix("...)")):
            return True
    return False


@pytest.mark.parametrize("case", list(BROKEN))
def test_guide_quotes_the_real_message(tmp_path: Path, case: str) -> None:
    messages = _messages(tmp_path, case)
    assert messages, case
    assert any(_quoted_in_guide(m) for m in messages), (case, messages)


def test_every_quoted_message_is_a_real_one(tmp_path: Path) -> None:
    produced = [m for i, case in enumerate(BROKEN) for m in _messages(tmp_path / str(i), case)]
    invented = [
        q
        for q in QUOTED
        if not any(m == q or m.startswith(q.removesuffix("...)")) for m in produced)
    ]
    assert invented == []


def test_guide_is_in_the_public_portal(make_site: MakeSite) -> None:
    site = make_site(sample=True, audience="public")
    assert site.exit_code == 0, site.output
    index = site.page("huong-dan/")
    assert "Hướng dẫn biên tập" in index
    for page in PAGES:
        if page.name == "index.md":
            continue
        html = site.page(f"huong-dan/{page.stem}/")
        assert "<h1" in html, page
        # A list item glued to the paragraph above it shows its "- " as text.
        glued = [p for p in re.findall(r"<p>(.*?)</p>", html, re.S) if "\n- " in p]
        assert glued == [], page
    # The navigation puts the guide under its own heading, and relative links resolve.
    home = site.page("")
    assert "Hướng dẫn biên tập" in home
    links = re.findall(r'href="([^"#]+\.md)"', index)
    assert links == [], "links to .md files must become page links"
    assert "không tìm thấy" not in site.output and "not found" not in site.output.lower()
