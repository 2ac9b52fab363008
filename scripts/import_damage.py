#!/usr/bin/env python3
"""Count the fields that damage to a copy turns wrong (issue 23: never wrong, rather empty).

Usage::

    python scripts/import_damage.py                       # dev, heldback, unseen, draw3-6
    python scripts/import_damage.py --part unseen         # one part
    python scripts/import_damage.py --list                # every field turned wrong, and how

Each document of a part is read whole and then again with one damage, each a real shape of web
copies: ``flat`` (line breaks lost: one long line), ``headcut`` (the header cut off: everything up
to the 'Số' line, or above the type heading where there is none), ``chrome`` (a site's menu line,
a breadcrumb and a "Tin liên quan" / "Văn bản khác" list of made-up documents' titles with their
numbers and dates, above and below the text), ``blank`` (every line followed by a blank line)
and ``tailcut`` (the signature block and Nơi nhận cut off). A field the whole text reads right or
leaves empty that the damaged text reads wrong is counted: damage may leave a field to fill
('CẦN ĐIỀN'), never make one up. The chrome is chosen per document by a checksum of its name:
the same on every run. A draw is read here only once it was scored (draw3 to draw9: they are
development since); a draw being collected never.
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import import_eval
from bangtin.cli.editor import load_units, theme_years
from bangtin.importer import parse_document, read_source

# The development part and every scored draw: import_eval names them once.
PARTS = ("dev", *(p for p in import_eval.HELD_PARTS if p not in import_eval.UNSCORED))

_NUMBER_LINE = re.compile(r"\s*Số\s*[:\d]")
# A type heading: a short line in capitals that names a document's type.
_TYPE_HEADING = re.compile(
    r"\s*(?:NGHỊ QUYẾT|QUYẾT ĐỊNH|CHỈ THỊ|KẾT LUẬN|KẾ HOẠCH|HƯỚNG DẪN|THÔNG BÁO|THÔNG TRI|"
    r"BÁO CÁO|CHƯƠNG TRÌNH|QUY ĐỊNH|QUY CHẾ|TỜ TRÌNH|CÔNG ĐIỆN|THÔNG TƯ|NGHỊ ĐỊNH|"
    r"LỜI KÊU GỌI|THƯ NGỎ|GIẤY MỜI|ĐỀ ÁN|PHƯƠNG ÁN)\b[^a-zà-ỹđ]*$"
)
# Where a signature block or the Nơi nhận list opens.
_TAIL = re.compile(
    r"\s*(?:Nơi nhận|NƠI NHẬN|T\s*/?\s*M\.?\s|TM\.|KT\.|TL\.|TUQ\.|Q\.\s|"
    r"(?:CHỦ TỊCH|BÍ THƯ|GIÁM ĐỐC|TRƯỞNG BAN|BỘ TRƯỞNG|PHÓ CHỦ TỊCH|CHÁNH VĂN PHÒNG)\s*$)"
)

# Made-up chrome of a news or document site: real shapes, no real documents.
_MENUS = (
    "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ",
    "TRANG CHỦ  TIN TỨC - SỰ KIỆN  VĂN BẢN CHỈ ĐẠO  THƯ VIỆN ẢNH",
    "Trang chủ Hoạt động Văn bản Tư liệu Hỏi đáp",
)
_CRUMBS = (
    "Trang chủ > Văn bản > Văn bản chỉ đạo",
    "Trang chủ » Tin tức » Hoạt động của cơ sở",
    "Trang chủ / Văn bản - Tài liệu / Văn bản của Ban Thường vụ",
)
_HEADS = ("Tin liên quan", "Văn bản khác", "Các tin khác", "VĂN BẢN MỚI")
_TITLES = (
    "Kế hoạch số 45-KH/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy về tổ chức hội nghị",
    "Công văn số 1234/UBND-VX ngày 05/6/2022 V/v tăng cường công tác phòng chống dịch",
    "Quyết định số 210/QĐ-UBND ngày 18/01/2023 về việc thành lập Ban Chỉ đạo",
    "Hướng dẫn số 07-HD/BTGTU ngày 20 tháng 4 năm 2020 về tuyên truyền kỷ niệm",
    "Thông báo số 88-TB/HU ngày 02/11/2019 kết luận của Thường trực Huyện ủy",
    "Chỉ thị 15-CT/TU ngày 9/9/2018 về tăng cường lãnh đạo công tác dân vận",
    "Kế hoạch 31/KH-ĐTN ngày 14-02-2024 tổ chức Tháng Thanh niên năm 2024",
    "Nghị quyết số 03/2021/NQ-HĐND ngày 10/7/2021 quy định mức chi hỗ trợ",
)


def _flat(text: str) -> str | None:
    return " ".join(text.split("\n"))


def _headcut(text: str) -> str | None:
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if _NUMBER_LINE.match(line)), None)
    if at is not None:
        return "\n".join(lines[at + 1 :])
    at = next((i for i, line in enumerate(lines) if _TYPE_HEADING.match(line)), None)
    return "\n".join(lines[at:]) if at else None


def _blank(text: str) -> str | None:
    return "\n\n".join(text.split("\n"))


def _tailcut(text: str) -> str | None:
    lines = text.split("\n")
    start = len(lines) // 3  # a header's 'T/M' or capitals are not the tail
    at = next((i for i in range(start, len(lines)) if _TAIL.match(lines[i])), None)
    return "\n".join(lines[:at]) if at is not None else None


def _related(seed: int, head: str) -> list[str]:
    count = 3 + seed % 2
    titles = [_TITLES[(seed + 3 * i) % len(_TITLES)] for i in range(count)]
    return [head, *(f"- {t}" for t in titles)]


def chrome(text: str, name: str) -> str:
    """``text`` with a made-up site's menu, breadcrumb and related lists around it."""
    seed = zlib.crc32(name.encode("utf-8"))
    above = [_MENUS[seed % 3], _CRUMBS[(seed >> 3) % 3], *_related(seed, _HEADS[seed % 4]), ""]
    below = ["", *_related(seed >> 5, _HEADS[(seed >> 7) % 4])]
    return "\n".join([*above, text, *below])


DAMAGES: dict[str, Callable[[str, str], str | None]] = {
    "flat": lambda text, name: _flat(text),
    "headcut": lambda text, name: _headcut(text),
    "chrome": chrome,
    "blank": lambda text, name: _blank(text),
    "tailcut": lambda text, name: _tailcut(text),
}


def measure(
    parts: Iterable[str], damages: Iterable[str]
) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]], list[str]]:
    """(wrong by part and damage, wrong by damage and field, one line per field turned wrong)."""
    units = load_units(import_eval.REPO)
    years = theme_years(import_eval.REPO)
    names = import_eval._UnitNames(units)
    by_part: Counter[tuple[str, str]] = Counter()
    by_field: Counter[tuple[str, str]] = Counter()
    lines: list[str] = []
    chosen = list(damages)
    for part in parts:
        for path in import_eval.part_documents(import_eval.DEFAULT_FOLDER, part):
            key = yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8"))
            text = read_source(path)
            whole = parse_document(text, units=units, theme_years=years)
            for damage in chosen:
                damaged = DAMAGES[damage](text, path.stem)
                if damaged is None or damaged == text:
                    continue
                broken = parse_document(damaged, units=units, theme_years=years)
                for field in import_eval.FIELDS:
                    before, _ = import_eval._score_field(field, key.get(field), whole, names)
                    after, got = import_eval._score_field(field, key.get(field), broken, names)
                    if after == "wrong" and before != "wrong":
                        by_part[part, damage] += 1
                        by_field[damage, field] += 1
                        lines.append(f"{part}/{path.stem} {damage} {field}: {got!r}")
    return by_part, by_field, lines


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=PARTS, action="append")
    parser.add_argument("--damage", choices=tuple(DAMAGES), action="append")
    parser.add_argument("--list", action="store_true", help="every field turned wrong")
    args = parser.parse_args(list(argv) if argv is not None else None)
    parts = args.part or list(PARTS)
    damages = args.damage or list(DAMAGES)
    by_part, by_field, lines = measure(parts, damages)
    print("| damage | " + " | ".join(parts) + " | all |")
    print("|---|" + "---:|" * (len(parts) + 1))
    for damage in damages:
        row = [by_part[p, damage] for p in parts]
        print(f"| {damage} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    total = [sum(by_part[p, d] for d in damages) for p in parts]
    print("| **all** | " + " | ".join(map(str, total)) + f" | {sum(total)} |\n")
    print("| damage | " + " | ".join(import_eval.FIELDS) + " |")
    print("|---|" + "---:|" * len(import_eval.FIELDS))
    for damage in damages:
        row = [by_field[damage, f] for f in import_eval.FIELDS]
        print(f"| {damage} | " + " | ".join(map(str, row)) + " |")
    if args.list:
        print("\n" + "\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
