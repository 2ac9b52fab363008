"""Names of bodies turned into unit ids of content/units.yml."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bangtin.core.model import Unit
from bangtin.core.text import fold
from bangtin.importer.lines import compact_key


@dataclass(frozen=True, slots=True)
class Units:
    by_name: dict[str, str]
    by_code: dict[str, str]

    @classmethod
    def of(cls, units: Sequence[Unit]) -> Units:
        by_name: dict[str, str] = {}
        by_code: dict[str, str] = {}
        for unit in units:
            for name in (unit.name, unit.short, unit.id):
                if name:
                    by_name.setdefault(_unit_key(name), unit.id)
            if unit.code:
                by_code.setdefault(compact_key(unit.code), unit.id)
        return cls(by_name, by_code)

    def find(self, text: str) -> str | None:
        return self.by_name.get(_unit_key(text))


def _unit_key(text: str) -> str:
    text = text.replace("UỶ", "ỦY").replace("uỷ", "ủy").replace("Uỷ", "Ủy")
    return " ".join(re.sub(r"[^\w\s-]", " ", fold(text)).split())


def resolve_recipient(text: str, units: Units) -> list[str]:
    """Unit ids for one Kính gửi / Nơi nhận item, or the item itself when no unit is known.

    "Ban Thường vụ Đoàn Khối và Hội Cựu Chiến binh Khối" names two bodies sharing a head: it
    becomes both ids when units.yml knows "Ban Thường vụ Đoàn Khối" and "Ban Thường vụ Hội
    Cựu chiến binh Khối".
    """
    found = units.find(text)
    if found:
        return [found]
    parts = re.split(r"\s+và\s+", text)
    if len(parts) > 1:
        first = units.find(parts[0])
        if first:
            ids = [first]
            head_words = parts[0].split()
            for part in parts[1:]:
                # The shared head ("Ban Thường vụ") first: it is what the sentence means.
                match = None
                for n in range(1, len(head_words)):
                    match = units.find(" ".join([*head_words[:n], part]))
                    if match:
                        break
                match = match or units.find(part)
                if not match:
                    return [text]
                ids.append(match)
            return ids
    return [text]
