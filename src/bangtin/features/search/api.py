"""The registry as JSON for other systems: ``/api/van-ban.json``, also read by /tra-cuu/.

``/api/van-ban.json`` (:func:`write_registry_json`) is the registry as JSON for other systems:
one array, sorted by date (newest first), then by number. Each item::

    {
      "number": "2078-CV/ĐUK",            // số và ký hiệu, as written canonically
      "type": "Công văn",                 // tên loại
      "date": "2024-03-07",               // ISO 8601
      "issuer": "dang-uy-khoi",           // unit id (or the issuing body's name as written)
      "issuer_name": "Đảng ủy Khối ...",  // display name of the issuer
      "subject": "Đẩy mạnh thực hiện ...",// trích yếu
      "url": "van-ban/2024/2078-cv-duk/", // page address relative to the site root
      "themes": [2023, 2024],             // years of the yearly themes ("chủ đề năm")
      "status": "in-force",               // in-force | superseded | expired
      "status_label": "Còn hiệu lực",     // the status in Vietnamese
      "visibility": "public",             // public | internal (left out of public builds)
      "relations": [                      // documents this one names
        {"kind": "implements", "number": "1271-CV/BDVTU", "url": null}
      ]
    }

``relations[].kind`` is one of implements, based-on, supersedes, amends, guides, cites;
``relations[].url`` is null when the document has no page in this build. Text is NFC UTF-8; the
file ends with a newline and is byte-identical for the same registry.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bangtin.core.model import Directive, Relation
from bangtin.core.numbers import DocNumber
from bangtin.core.text import nfc
from bangtin.features.search.terms import compact_key

__all__ = ["RelationRef", "registry_records", "write_registry_json"]

_SERIAL = re.compile(r"^(\d+)(.*)$")


def _number_sort_value(number: DocNumber) -> str:
    # Zero-pad the serial so that a text sort keeps "987" before "2078".
    match = _SERIAL.match(number.serial)
    digits, rest = (match[1], match[2]) if match else ("0", number.serial)
    return f"{int(digits):07d}{compact_key(rest)}"


@dataclass(frozen=True, slots=True, kw_only=True)
class RelationRef:
    """One relation as the JSON API shows it.

    Attributes:
        kind: the relation kind's value ("implements").
        number: the other document's number as text.
        url: its page address relative to the site root, or None when it has no page here.
    """

    kind: str
    number: str
    url: str | None = None


def _default_relations(directive: Directive) -> tuple[RelationRef, ...]:
    return tuple(_relation_ref(r) for r in directive.relations)


def _relation_ref(relation: Relation) -> RelationRef:
    return RelationRef(kind=relation.kind.value, number=str(relation.target), url=None)


def _sort_key(directive: Directive) -> tuple[int, str, str]:
    # Date descending, then number ascending: the order of every list in the portal.
    return (-directive.date.toordinal(), _number_sort_value(directive.number), directive.number.key)


def registry_records(
    directives: Iterable[Directive],
    *,
    issuer_name: Callable[[str], str],
    relations: Callable[[Directive], Iterable[RelationRef]] | None = None,
    url: Callable[[Directive], str] | None = None,
    include_visibility: bool = True,
) -> list[dict[str, Any]]:
    """The registry as a list of plain JSON-ready dicts, in the API's order (see module doc).

    Args:
        directives: the directives this build may show (already filtered by audience).
        issuer_name: gives the display name of an issuer id (``Registry.unit_name``).
        relations: gives a directive's relations with resolved URLs; by default the front-matter
            relations, without URLs.
        url: gives a directive's page address relative to the site root; ``Directive.url`` by
            default.
        include_visibility: write each record's visibility (leave it out of public builds,
            where every record is public).
    """
    return [
        _record(*made)
        for made in _makings(directives, issuer_name, relations, url, include_visibility)
    ]


_Making = tuple[Directive, str, str, tuple[RelationRef, ...], bool]


def _makings(
    directives: Iterable[Directive],
    issuer_name: Callable[[str], str],
    relations: Callable[[Directive], Iterable[RelationRef]] | None,
    url: Callable[[Directive], str] | None,
    include_visibility: bool,
) -> list[_Making]:
    """What each record is made of, in the API's order: `_record`'s arguments."""
    get_relations = relations or _default_relations
    # Each issuer's name once (a few hundred units for 10,000 records).
    names: dict[str, str] = {"": ""}

    def name(issuer: str) -> str:
        held = names.get(issuer)
        if held is None:
            held = names[issuer] = issuer_name(issuer)
        return held

    return [
        (d, name(d.issuer), url(d) if url else page, tuple(get_relations(d)), include_visibility)
        for d, page in _in_order(directives)
    ]


def _in_order(directives: Iterable[Directive]) -> list[tuple[Directive, str]]:
    """Each record with its page address (``Directive.url``), in the API's order; both kept by
    record object from the last call (`bangtin serve` writes the file again after a new or a
    deleted file: 10,000 numbers folded for the sort and 10,000 addresses made were a tenth
    of a second)."""
    fresh: dict[int, tuple[Directive, tuple[int, str, str], str]] = {}
    records = []
    for d in directives:
        held = _ORDER.get(id(d))
        if held is None or held[0] is not d:
            held = (d, _sort_key(d), d.url)
        fresh[id(d)] = held
        records.append(held)
    _ORDER.clear()
    _ORDER.update(fresh)
    return [(d, page) for d, _, page in sorted(records, key=lambda held: held[1])]


# id(record) -> (the record, kept alive so that its id is not reused; its sort key; its page
# address): the last call's, for the next.
_ORDER: dict[int, tuple[Directive, tuple[int, str, str], str]] = {}


def _record(
    d: Directive,
    issuer: str,
    page_url: str,
    relations: tuple[RelationRef, ...],
    include_visibility: bool,
) -> dict[str, Any]:
    """One directive's record (``issuer``: its issuer's display name)."""
    record: dict[str, Any] = {
        "number": nfc(str(d.number)),
        "type": d.type.value,
        "date": d.date.isoformat(),
        "issuer": nfc(d.issuer),
        "issuer_name": nfc(issuer),
        "subject": nfc(d.subject),
        "url": page_url,
        "themes": sorted(d.themes),
        "status": d.status.value,
        "status_label": d.status.label,
    }
    if include_visibility:
        record["visibility"] = d.visibility.value
    record["relations"] = [
        {"kind": r.kind, "number": nfc(r.number), "url": r.url} for r in relations
    ]
    return record


@functools.lru_cache(maxsize=1 << 15)
def _record_line(
    d: Directive,
    issuer: str,
    page_url: str,
    relations: tuple[RelationRef, ...],
    include_visibility: bool,
) -> str:
    """One record's line of the file, kept by what it is made of: `bangtin serve` writes the
    file again when a record leaves the view, with every other record as it was (10,000
    records: a quarter of a second to make and encode again)."""
    record = _record(d, issuer, page_url, relations, include_visibility)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def write_registry_json(
    directives: Iterable[Directive],
    out: Path,
    *,
    issuer_name: Callable[[str], str],
    relations: Callable[[Directive], Iterable[RelationRef]] | None = None,
    url: Callable[[Directive], str] | None = None,
    include_visibility: bool = True,
) -> int:
    """Write ``/api/van-ban.json`` (schema in the module docstring); deterministic bytes.

    Args:
        directives: the directives this build may show.
        out: the file to write (its folder is created).
        issuer_name: gives the display name of an issuer id.
        relations: gives a directive's relations with resolved URLs.
        url: gives a directive's page address relative to the site root.
        include_visibility: write each record's visibility.

    Returns:
        The number of records written.
    """
    # One record per line: small enough for phones (no indentation), readable in a diff.
    makings = _makings(directives, issuer_name, relations, url, include_visibility)
    fresh: dict[int, tuple[_Making, bytes]] = {}
    lines = []
    for made in makings:
        # The line as bytes, the last write's while its record is the same object and the
        # rest of its makings equal (serve keeps the records an edit left): hashing each
        # record for `_record_line`'s cache and encoding 5 MB were most of a write at 10,000.
        held = _LINES.get(id(made[0]))
        if held is None or held[0][0] is not made[0] or held[0][1:] != made[1:]:
            held = (made, _record_line(*made).encode("utf-8"))
        fresh[id(made[0])] = held
        lines.append(held[1])
    _LINES.clear()
    _LINES.update(fresh)
    data = b"[\n" + b",\n".join(lines) + b"\n]\n" if lines else b"[]\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return len(lines)


# id(record) -> (what its line is made of, the record kept alive so that its id is not reused;
# the line's bytes): the last write's, for the next.
_LINES: dict[int, tuple[_Making, bytes]] = {}
