"""The directive file: YAML front-matter in the sample's key order, then the body; and where it goes."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import yaml

from bangtin.core.text import nfc
from bangtin.importer.result import FIELD_ORDER, MISSING_HINTS, ImportResult


def target_path(result: ImportResult, root: Path) -> Path:
    """Where the imported directive belongs: ``root/directives/YEAR/SLUG.md``.

    Raises:
        ValueError: the number or the date was not found (the message says so in Vietnamese).
    """
    number = result.number
    date = result.fields.get("date")
    if number is None or not isinstance(date, dt.date):
        lacking = [w for w, ok in (("số văn bản", number), ("ngày ban hành", date)) if not ok]
        raise ValueError(f"không tìm thấy {' và '.join(lacking)} nên chưa biết lưu tệp vào đâu")
    return root / "directives" / str(date.year) / f"{number.slug}.md"


def _plain_ok(value: str, *, flow: bool) -> bool:
    if not value or value != value.strip() or "\n" in value:
        return False
    if re.match(r"^[-?:,\[\]{}#&*!|>'\"%@`]", value) or ": " in value or " #" in value:
        return False
    if value.endswith(":"):
        return False
    if flow and re.search(r"[,\[\]{}]", value):
        return False
    try:
        loaded = yaml.safe_load(f"[{value}]" if flow else value)
    except yaml.YAMLError:
        return False
    return bool(loaded == ([value] if flow else value))


def yaml_scalar(value: str, *, flow: bool = False) -> str:
    """``value`` as a YAML scalar: plain when it reads back as the same string, else quoted.

    Args:
        value: the text.
        flow: the scalar stands inside ``[...]``, where commas and brackets need quotes too.
    """
    value = nfc(value)
    if _plain_ok(value, flow=flow):
        return value
    return json.dumps(value, ensure_ascii=False)


def render_markdown(result: ImportResult) -> str:
    """The directive file: YAML front-matter in the sample's key order, then the body.

    Keys that were not found are written empty with a Vietnamese comment saying what to fill in.
    """
    f = result.fields
    out = ["---"]

    def todo(key: str) -> str:
        return f"  # CẦN ĐIỀN: chưa tìm thấy {MISSING_HINTS.get(key, key)}"

    for key in FIELD_ORDER:
        value = f.get(key)
        if key == "date":
            out.append(
                f"date: {value.isoformat()}" if isinstance(value, dt.date) else "date:" + todo(key)
            )
        elif key == "signer":
            if not value:
                out.append("signer:" + todo(key))
                continue
            out.append("signer:")
            for sub in ("name", "title", "authority"):
                text = value.get(sub, "")
                out.append(f"  {sub}: {yaml_scalar(text)}" if text else f'  {sub}: ""')
                if sub == "name" and not text:
                    # A block whose name row the page lost: its authority and title are kept.
                    out[-1] += "  # CẦN ĐIỀN: chưa tìm thấy họ tên người ký"
        elif key == "header":
            if value:
                out.append("header:")
                out.extend(f"  - {yaml_scalar(line)}" for line in value)
        elif key in {"to", "cc"}:
            if not value:
                out.append(f"{key}: []" + (todo(key) if key in result.missing else ""))
                continue
            out.append(f"{key}:")
            out.extend(f"  - {yaml_scalar(item)}" for item in value)
        elif key == "relations":
            if not value:
                out.append("relations: {}")
                continue
            out.append("relations:")
            for kind, numbers in value.items():
                out.append(f"  {kind}:")
                out.extend(f"    - {yaml_scalar(n)}" for n in numbers)
        elif key == "themes":
            out.append("themes: [" + ", ".join(str(y) for y in value or ()) + "]")
        elif key == "tags":
            out.append("tags: [" + ", ".join(yaml_scalar(t, flow=True) for t in value or ()) + "]")
        else:
            text = value if isinstance(value, str) else ""
            out.append(f"{key}: {yaml_scalar(text)}" if text else f'{key}: ""' + todo(key))
    out.append("---")
    body = result.body.strip()
    return "\n".join(out) + "\n\n" + (body + "\n" if body else "")
