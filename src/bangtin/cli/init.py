"""`bangtin init DIR`: a second office starts a portal of its own.

It writes what `bangtin build` needs and nothing more: mkdocs.yml, content/units.yml (the office
and its parent), the home page, a theme for the current year, the editors' guide, the portal's
look (theme/) and an empty directives/. Every file comes from `cli/starter/`, which ships inside
the package, so a plain `pip install bangtin` can start a portal without this repository.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from string import Template

import click

from bangtin.core.numbers import parse_number
from bangtin.core.text import nfc, slugify
from bangtin.features.posts.compose import hashtag

__all__ = ["init_command", "starter_files"]

_STARTER = "starter"


def _text(value: str) -> str:
    """``value`` as one YAML scalar: a JSON string is valid YAML and escapes every character."""
    return json.dumps(nfc(value), ensure_ascii=False)


def _walk(folder: Traversable, prefix: str = "") -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith((".", "__")):
            continue
        # A file named ".gitignore" would be left out of some package builds: it ships without
        # its dot and gets it back here.
        rel = prefix + ("." + entry.name if entry.name == "gitignore" else entry.name)
        if entry.is_dir():
            out.update(_walk(entry, rel + "/"))
        else:
            out[rel] = entry.read_bytes()
    return out


def starter_files() -> dict[str, bytes]:
    """The files every new portal starts from, by path: the guide, the theme, mkdocs.yml."""
    return _walk(resources.files("bangtin.cli").joinpath(_STARTER))


def _units(name: str, short: str, code: str, parent: str) -> str:
    """content/units.yml for the office and its parent."""
    own_id = slugify(short) or "don-vi"
    lines = [
        "# Các cơ quan, đơn vị mà văn bản trong kho nhắc đến.",
        "# id: mã dùng trong văn bản (issuer, to, cc, tasks.who); name: tên đầy đủ; short: tên gọn;",
        "# code: ký hiệu cơ quan ban hành trong số văn bản; parent: đơn vị cấp trên.",
        "units:",
    ]
    parent_id = ""
    if parent:
        parent_id = slugify(parent) or "cap-tren"
        if parent_id == own_id:
            parent_id += "-cap-tren"
        lines += [f"  - id: {parent_id}", f"    name: {_text(parent)}"]
    lines += [
        f"  - id: {own_id}",
        f"    name: {_text(name)}",
        f"    short: {_text(short)}",
        f"    code: {_text(code)}",
    ]
    if parent_id:
        lines.append(f"    parent: {parent_id}")
    return "\n".join(lines) + "\n"


def _theme(year: int, parent: str, name: str) -> str:
    who = parent or name
    return (
        "---\n"
        f"year: {year}\n"
        f"title: {_text(f'Chủ đề năm {year}')}\n"
        "hashtags: []\n"
        'color: "#b71c1c"\n'
        "visibility: public\n"
        f"summary: {_text(f'Chủ đề năm {year} của {who}: sửa tên chủ đề ở dòng title.')}\n"
        "---\n\n"
        f"Chủ đề năm {year} của {who}. Ghi tên chủ đề vào dòng `title` ở đầu tệp này, "
        "và văn bản đã nêu chủ đề vào dòng `source`.\n"
    )


def _home(name: str) -> str:
    return (
        "---\ntitle: Trang chủ\nvisibility: public\n---\n\n"
        f"# Bảng tin {name}\n\n"
        f"Cổng thông tin của {name}: văn bản chỉ đạo, chủ đề năm, việc cần làm của các đơn vị "
        "và bài đăng cho fanpage.\n"
    )


def portal_files(*, name: str, short: str, code: str, parent: str, year: int) -> dict[str, bytes]:
    """Every file of a new portal, by its path in the portal's folder."""
    out = starter_files()
    config = Template(out.pop("mkdocs.yml").decode("utf-8"))
    out["mkdocs.yml"] = config.substitute(
        name=name,
        site_name=_text(f"Bảng tin {short}"),
        site_description=_text(f"Văn bản chỉ đạo, chủ đề năm và bài đăng fanpage của {name}"),
        organisation=_text(name),
        org_hashtag=_text(hashtag(name).lstrip("#")),
    ).encode("utf-8")
    out["content/units.yml"] = _units(name, short, code, parent).encode("utf-8")
    out["content/index.md"] = _home(name).encode("utf-8")
    out[f"content/themes/{year}.md"] = _theme(year, parent, name).encode("utf-8")
    return out


def _fail(message: str) -> None:
    click.echo(message, err=True)
    sys.exit(2)


def _ask(value: str | None, prompt: str) -> str:
    if value is None:
        if not sys.stdin.isatty():
            _fail(f"thiếu {prompt}: hãy ghi rõ bằng tùy chọn (xem bangtin init --help)")
        value = click.prompt(prompt, default="", show_default=False)
    return nfc(value).strip()


def _check_target(folder: Path) -> None:
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        _fail(f"{folder}: không phải thư mục; hãy chọn một thư mục mới")
    if folder.is_dir() and any(folder.iterdir()):
        _fail(f"{folder}: thư mục đã có tệp; bangtin init chỉ tạo cổng trong thư mục trống")


@click.command("init")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--name", help="Tên đầy đủ của cơ quan, ví dụ: Ban Dân vận Huyện ủy Tuy Phong.")
@click.option("--short", help="Tên gọn, ví dụ: Ban Dân vận Huyện ủy.")
@click.option("--code", help="Ký hiệu trong số văn bản, ví dụ BDVHU trong 15-CV/BDVHU.")
@click.option("--parent", help="Tên cơ quan cấp trên (bỏ trống nếu không có).")
def init_command(
    folder: Path, name: str | None, short: str | None, code: str | None, parent: str | None
) -> None:
    """Tạo cổng mới trong thư mục FOLDER (trống hoặc chưa có)."""
    _check_target(folder)
    name = _ask(name, "Tên cơ quan")
    if not name:
        _fail("tên cơ quan không được để trống (--name)")
    short = _ask(short, "Tên gọn") or name
    code = _ask(code, "Ký hiệu trong số văn bản")
    # The code must read back out of a number, or no document would be attributed to the office.
    if not code or parse_number(f"1-CV/{code}") is None or " " in code:
        _fail(
            f"ký hiệu {code!r} không dùng được trong số văn bản: ghi liền, không dấu cách, "
            "ví dụ BDVHU (--code)"
        )
    parent = _ask(parent, "Cơ quan cấp trên (bỏ trống nếu không có)")
    files = portal_files(
        name=name, short=short, code=code.upper(), parent=parent, year=dt.date.today().year
    )
    for rel, data in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        # O_EXCL: a file that appeared meanwhile (or a planted symlink) is never written through.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    (folder / "directives").mkdir(exist_ok=True)
    click.echo(
        f"Đã tạo cổng của {name} trong {folder}. Tiếp theo: cd {folder} && bangtin build "
        "(thêm văn bản vào directives/ theo content/huong-dan/).",
        err=True,
    )
