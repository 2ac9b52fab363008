"""The editors' commands `new` and `schema`, and the portal's units and theme years they read.

`cli.main` registers them (`main.add_command(new_command)` ...); `bangtin import` is in
`cli.importer`. Messages are Vietnamese and go to stderr. Exit codes: 0 done, 1 a content
problem, 2 usage errors (click's own).
"""

from __future__ import annotations

import datetime as dt
import string
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import click
import yaml

from bangtin.cli.config_file import folders
from bangtin.core.model import Unit
from bangtin.core.numbers import parse_number
from bangtin.core.text import nfc, slugify
from bangtin.importer import yaml_scalar

__all__ = ["load_units", "new_command", "schema_command", "theme_years"]


def load_units(root: Path) -> tuple[Unit, ...]:
    """The units of the portal's units.yml (in docs_dir); none when it is absent or unreadable.

    The importer only uses them to turn names into unit ids, so a broken file is not fatal here:
    `bangtin check` reports it with its line.
    """
    path = folders(root).content / "units.yml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return ()
    items = data.get("units") if isinstance(data, dict) else data
    units: list[Unit] = []
    for item in items if isinstance(items, list) else ():
        if isinstance(item, dict) and item.get("id") and item.get("name"):
            text = {
                k: nfc(str(item.get(k) or "")) for k in ("id", "name", "short", "code", "parent")
            }
            units.append(
                Unit(
                    id=text["id"],
                    name=text["name"],
                    short=text["short"],
                    code=text["code"],
                    parent=text["parent"],
                )
            )
    return tuple(units)


def theme_years(root: Path) -> frozenset[int]:
    """Years that have a theme file ``themes/YYYY.md`` in the portal's docs_dir."""
    folder = folders(root).content / "themes"
    if not folder.is_dir():
        return frozenset()
    return frozenset(int(p.stem) for p in folder.glob("*.md") if p.stem.isdigit())


def _err(message: str) -> None:
    click.echo(message, err=True)


KINDS = ("directive", "theme", "practice", "news")


def _archetype(kind: str) -> str:
    return (resources.files("bangtin.cli") / "archetypes" / f"{kind}.md").read_text(
        encoding="utf-8"
    )


def render_archetype(
    kind: str, *, today: dt.date, number: str = "", title: str = ""
) -> tuple[str, dict[str, Any]]:
    """The text of a new file of ``kind`` and the values put into it.

    Raises:
        click.BadParameter: ``number`` is not a document number.
    """
    values: dict[str, Any] = {
        "today": today.isoformat(),
        "year": str(today.year),
        "number": "",
        "type": "",
        "place": "",
        "title": yaml_scalar(nfc(title)) if title else '""',
    }
    if number:
        parsed = parse_number(number)
        if parsed is None:
            raise click.BadParameter(
                f"«{number}» không phải số văn bản (ví dụ 2078-CV/ĐUK, 08/KH-UBND)",
                param_hint="--number",
            )
        values["number"] = yaml_scalar(str(parsed))
        values["type"] = yaml_scalar(parsed.type_name) if parsed.type_name else ""
        values["parsed"] = parsed
    text = string.Template(_archetype(kind)).safe_substitute(
        {k: v for k, v in values.items() if isinstance(v, str)}
    )
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text, values


def _new_path(kind: str, root: Path, today: dt.date, values: dict[str, Any], title: str) -> Path:
    year = str(today.year)
    where = folders(root)  # the folders mkdocs.yml names, where the build reads them
    if kind == "directive":
        parsed = values.get("parsed")
        name = parsed.slug if parsed is not None else "van-ban-moi"
        return where.directives / year / f"{name}.md"
    if kind == "theme":
        return where.content / "themes" / f"{year}.md"
    folder = "practices" if kind == "practice" else "news"
    name = slugify(title) if title else ("mo-hinh-moi" if kind == "practice" else "tin-moi")
    return where.content / folder / year / f"{name}.md"


@click.command("new")
@click.argument("kind", type=click.Choice(KINDS))
@click.option("--number", default="", help="Số văn bản (với directive), ví dụ 2078-CV/ĐUK.")
@click.option("--title", default="", help="Trích yếu (directive) hoặc tiêu đề.")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Thư mục gốc của cổng.",
)
def new_command(kind: str, number: str, title: str, root: Path) -> None:
    """Tạo tệp mới từ mẫu, đủ mọi mục, có chú thích tiếng Việt và ngày hôm nay."""
    if number and kind != "directive":
        raise click.UsageError("--number chỉ dùng với «bangtin new directive»")
    today = dt.date.today()
    text, values = render_archetype(kind, today=today, number=number, title=title)
    target = _new_path(kind, root, today, values, title)
    if target.exists():
        _err(f"tệp {target} đã có, không ghi đè; hãy mở tệp đó để sửa")
        sys.exit(1)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    _err(f"đã tạo {target}; điền các mục rồi chạy «bangtin check»")


@click.command("schema")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Thư mục ghi lược đồ JSON (mặc định schema/ trong thư mục gốc).",
)
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Thư mục gốc của cổng.",
)
@click.option(
    "--editors/--no-editors",
    default=True,
    show_default=True,
    help="Ghi cả cấu hình VS Code (.vscode/) và Front Matter CMS (frontmatter.json).",
)
def schema_command(out: Path | None, root: Path, editors: bool) -> None:
    """Ghi lược đồ JSON của từng loại tệp để VS Code gợi ý khóa và danh sách chọn."""
    from bangtin.cli.editor_files import generated_files

    files = generated_files(root, out, editors=editors)
    changed = 0
    for path, text in sorted(files.items()):
        data = text.encode("utf-8")
        if path.exists() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        changed += 1
        _err(f"đã ghi {path}")
    settings = root / ".vscode" / "settings.json"
    if editors and settings not in files:
        units = (folders(root).content / "units.yml").resolve()
        shown = (
            units.relative_to(root.resolve()).as_posix()
            if units.is_relative_to(root.resolve())
            else units
        )
        _err(
            f"{settings} có chú thích hoặc không phải JSON nên không sửa; hãy tự thêm "
            f'"yaml.schemas": {{"./schema/units.schema.json": ["{shown}"]}}'
        )
    _err(f"Lược đồ đã cập nhật ({changed} tệp thay đổi, {len(files) - changed} giữ nguyên).")
