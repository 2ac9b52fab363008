"""content/units.yml: the units, each checked, and which units own an issuer code."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from bangtin.core.fields import Field
from bangtin.core.frontmatter import YMap, YScalar, YSeq, YValue, decode, parse_yaml
from bangtin.core.model import ContentError, Unit
from bangtin.core.read import Checker, read_regular, rel_path
from bangtin.core.text import fold, slugify

__all__ = ["UNIT_ID", "code_owners", "load_units"]

UNIT_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


_UNIT_FIELDS = {
    "id": Field(
        kind="text", required=True, description="Mã đơn vị: chữ thường không dấu, gạch nối"
    ),
    "name": Field(kind="text", required=True, description="Tên đầy đủ"),
    "short": Field(kind="text", description="Tên gọn"),
    "code": Field(kind="text", description="Ký hiệu cơ quan trong số văn bản, ví dụ ĐUK"),
    "parent": Field(kind="text", description="Mã đơn vị cấp trên"),
}


def load_units(root: Path, content: Path, errors: list[ContentError]) -> list[Unit]:
    """The units of docs_dir's units.yml (none when it is missing); problems go to ``errors``."""
    path = content / "units.yml"
    rel = rel_path(root, path)
    if not os.path.lexists(path):
        return []  # a portal that does not use units (an emptied file is another matter)
    raw, problem = read_regular(path)
    if raw is None:
        errors.append(ContentError(rel, 1, problem))
        return []
    text, problems = decode(rel, raw)
    if text is None:
        errors.extend(problems)
        return []
    value, problems = parse_yaml(rel, text)
    errors.extend(problems)
    if value is None and problems:
        return []
    items = _unit_items(rel, value, errors)
    if items is None:
        return []
    check = Checker(rel)
    units: list[Unit] = []
    seen: dict[str, int] = {}
    for item in items:
        if not isinstance(item, YMap):
            check.error(item.line, "mỗi đơn vị phải gồm các khóa id:, name:, ...")
            continue
        data = check.mapping(item, _UNIT_FIELDS, "units")
        unit_id = data.get("id")
        if not unit_id or not data.get("name"):
            continue
        if not UNIT_ID.match(unit_id):
            check.error(
                item.key_line("id"),
                f"mã đơn vị «{unit_id}» chỉ được gồm chữ thường không dấu, số và gạch nối "
                f"(ví dụ «{slugify(unit_id)}»)",
            )
            continue
        if unit_id in seen:
            check.error(
                item.key_line("id"), f"mã đơn vị «{unit_id}» bị trùng với dòng {seen[unit_id]}"
            )
            continue
        seen[unit_id] = item.key_line("id")
        units.append(
            Unit(
                id=unit_id,
                name=data["name"],
                short=data.get("short", ""),
                code=data.get("code", ""),
                parent=data.get("parent", ""),
                path=rel,
                line=item.line,
                code_line=item.key_line("code"),
            )
        )
    _check_units(units, check)
    errors.extend(check.errors)
    return units


def _unit_items(
    rel: str, value: YValue | None, errors: list[ContentError]
) -> tuple[YValue, ...] | None:
    """The unit entries of units.yml, or None (with the error) when it declares none.

    An emptied file (nothing, ``[]``, ``units: []``) would make every document's issuer
    unknown and every unit page vanish without a word: it is an error, and a portal that uses
    no units has no units.yml at all.
    """
    items: tuple[YValue, ...] | None = None
    line = value.line if value is not None else 1
    if isinstance(value, YMap):
        seq = value.get("units")
        if isinstance(seq, YSeq):
            items = seq.items
        elif isinstance(seq, YScalar) and seq.empty:
            items = ()
    elif isinstance(value, YSeq):
        items = value.items
    elif value is None or (isinstance(value, YScalar) and value.empty):
        items = ()
    if items is None:
        errors.append(
            ContentError(rel, line, "units.yml phải có khóa units: là danh sách các đơn vị")
        )
    elif not items:
        errors.append(
            ContentError(
                rel,
                1,
                "tệp không khai báo đơn vị nào: hãy ghi danh sách units: (id:, name:, code:...) "
                "hoặc xóa hẳn tệp nếu cổng không dùng đơn vị",
            )
        )
        return None
    return items


def _check_units(units: list[Unit], check: Checker) -> None:
    """Parents that exist and do not loop; one unit per issuer code."""
    by_id = {u.id: u for u in units}
    for unit in units:
        if unit.parent and unit.parent not in by_id:
            check.error(
                unit.line, f"đơn vị cấp trên «{unit.parent}» của «{unit.id}» không có trong tệp"
            )
    looped: set[str] = set()
    for unit in units:
        chain = [unit.id]
        current = by_id.get(unit.parent) if unit.parent else None
        while current is not None and current.id not in chain and current.id not in looped:
            chain.append(current.id)
            current = by_id.get(current.parent) if current.parent else None
        if current is not None and current.id == unit.id:
            # A loop's units would have no place in the tree of /don-vi/: they vanished from it.
            looped.update(chain)
            shown = " → ".join([*chain, unit.id])
            check.error(
                unit.line,
                f"cấp trên của đơn vị «{unit.id}» thành vòng ({shown}): hãy sửa khóa parent",
            )
    # Two units may share a code (every huyện ủy writes HU): a directive whose number carries
    # such a code must then name its issuer (see `code_owners` and `build_directive`).


def code_owners(units: Iterable[Unit]) -> dict[str, tuple[str, ...]]:
    """The ids of the units that write each issuer code (folded, upper case), in file order."""
    owners: dict[str, tuple[str, ...]] = {}
    for unit in units:
        if unit.code:
            key = fold(unit.code).upper()
            owners[key] = (*owners.get(key, ()), unit.id)
    return owners
