#!/usr/bin/env python3
"""Score the importer on real documents: header fields, header lines and citations.

Usage::

    python scripts/import_eval.py                      # tests/fixtures/real
    python scripts/import_eval.py FOLDER --check       # exit 1 under the thresholds
    python scripts/import_eval.py FOLDER --errors      # list every wrong field

FOLDER holds documents (``NN-name.txt`` or ``.docx``) and their answer keys (``NN-name.yml``;
tests/fixtures/real/README.md describes the keys). Each document goes through
``bangtin.importer.read_source`` and ``parse_document`` with the units of ``ROOT/content/
units.yml`` and the theme years of ``ROOT/content/themes``, as ``bangtin import`` does.

How a field is scored, per document (accuracy = right / documents, over every document):

- Texts are compared normalised: NFC, case folded, whitespace collapsed, list marks, quotes of
  Markdown emphasis and closing punctuation dropped; a subject also loses a leading "V/v",
  "Về việc" or "Về".
- ``number`` by its matching key (``numbers.number_key``: case, spaces, dashes and "Đ"/"D" do not
  matter); ``date`` as a date.
- ``signer`` right when name, title and authority are all right.
- ``to``: the same items in the same order; an item the importer turned into a unit id counts as
  the unit's name, and a key item that names a unit counts as that unit.
- ``header``: the lines joined with spaces.
- A key that says ``null`` (or ``[]``) is right only when the importer also left the field empty:
  a value invented where the text has none is an error.

Citations: the numbers in the importer's ``relations`` against the key's ``citations``, by
matching key. Recall = found / cited; precision = right / listed. The document's own number is
never a citation: when the importer lists it, that counts against precision.

The thresholds of issue #16 (``--check``): fields >= 95 %, recall >= 95 %, precision >= 98 %.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FOLDER = REPO / "tests" / "fixtures" / "real"
FIELDS = ("number", "date", "type", "place", "subject", "signer", "to", "header")
THRESHOLDS = {"fields": 0.95, "recall": 0.95, "precision": 0.98}
SUFFIXES = (".txt", ".docx", ".md")

if str(REPO / "src") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO / "src"))

from bangtin.cli.editor import load_units, theme_years  # noqa: E402
from bangtin.core.model import Unit  # noqa: E402
from bangtin.core.numbers import number_key, parse_number  # noqa: E402
from bangtin.importer import ImportResult, parse_document, read_source  # noqa: E402


@dataclass(frozen=True, slots=True)
class Miss:
    """One wrong field: what the key says and what the importer gave."""

    doc: str
    field: str
    expected: Any
    got: Any


@dataclass(slots=True)
class Scores:
    """Everything the table shows."""

    docs: int = 0
    right: Counter[str] = field(default_factory=Counter)
    by_shape: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    shape_docs: Counter[str] = field(default_factory=Counter)
    cited: int = 0
    found: int = 0
    listed: int = 0
    listed_right: int = 0
    own_cited: list[str] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    wrong_citations: list[tuple[str, str, str]] = field(default_factory=list)

    def field_accuracy(self, name: str) -> float:
        return self.right[name] / self.docs if self.docs else 0.0

    @property
    def fields(self) -> float:
        cells = self.docs * len(FIELDS)
        return sum(self.right[f] for f in FIELDS) / cells if cells else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.cited if self.cited else 1.0

    @property
    def precision(self) -> float:
        return self.listed_right / self.listed if self.listed else 1.0


# --- normalising ------------------------------------------------------------------------------

_LEADING_ABOUT = re.compile(r"^(?:v\s*/\s*v|về\s+việc|về)\s*:?\s+", re.IGNORECASE)


def norm(value: Any) -> str:
    """Text for comparison: NFC, case folded, whitespace collapsed, outer marks dropped."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    text = text.replace("Uỷ", "Ủy").replace("uỷ", "ủy").replace("UỶ", "ỦY")
    text = " ".join(text.split()).casefold()
    text = re.sub(r"^[-–—+•*_\s]+", "", text)
    return text.strip(" *_.,;:").strip()


def norm_subject(value: Any) -> str:
    return _LEADING_ABOUT.sub("", norm(value)).strip()


def _key_of_number(text: str) -> str:
    parsed = parse_number(text)
    return parsed.key if parsed is not None else number_key(text)


class _UnitNames:
    """Unit ids and names of the sample's units.yml, so ids and names compare alike."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self.name_of = {u.id: u.name for u in units}
        self.by_text: dict[str, str] = {}
        for u in units:
            for text in (u.name, u.short, u.id):
                if text:
                    self.by_text.setdefault(norm(text), u.id)

    def canon(self, item: str) -> str:
        if item in self.name_of:
            return f"unit:{item}"
        uid = self.by_text.get(norm(item))
        return f"unit:{uid}" if uid else norm(item)


# --- scoring ----------------------------------------------------------------------------------


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


def _score_field(
    name: str, expected: Any, result: ImportResult, units: _UnitNames
) -> tuple[bool, Any]:
    fields = result.fields
    if name == "number":
        got = fields.get("number") or ""
        if _empty(expected):
            return not got, got
        return bool(got) and _key_of_number(got) == _key_of_number(str(expected)), got
    if name == "date":
        got = fields.get("date")
        if _empty(expected):
            return got is None, got
        return isinstance(got, dt.date) and got == expected, got
    if name in {"type", "place"}:
        got = fields.get(name) or ""
        if _empty(expected):
            return not got, got
        return norm(got) == norm(expected), got
    if name == "subject":
        got = fields.get("subject") or ""
        if _empty(expected):
            return not got, got
        return norm_subject(got) == norm_subject(expected), got
    if name == "signer":
        got = fields.get("signer")
        if _empty(expected):
            return not got, got
        if not got:
            return False, got
        ok = all(norm(got.get(k, "")) == norm(expected.get(k) or "") for k in ("name", "title"))
        ok = ok and norm(got.get("authority", "")) == norm(expected.get("authority") or "")
        return ok, dict(got)
    if name == "to":
        got = list(fields.get("to") or ())
        want = list(expected or ())
        return [units.canon(x) for x in got] == [units.canon(x) for x in want], got
    if name == "header":
        got = list(fields.get("header") or ())
        want = list(expected or ())
        return norm(" ".join(got)) == norm(" ".join(want)), got
    raise ValueError(name)


def _cited_numbers(result: ImportResult) -> list[str]:
    relations = result.fields.get("relations") or {}
    out: list[str] = []
    for numbers in relations.values():
        out.extend(numbers)
    return out


def documents(folder: Path) -> list[Path]:
    """The documents of ``folder`` that have an answer key, in name order."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in SUFFIXES and p.with_suffix(".yml").is_file()
    )


def evaluate(folder: Path, *, root: Path = REPO) -> Scores:
    """Run the importer on every document of ``folder`` and score it against the keys."""
    units = load_units(root)
    years = theme_years(root)
    names = _UnitNames(units)
    scores = Scores()
    for path in documents(folder):
        key = yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8"))
        result = parse_document(read_source(path), units=units, theme_years=years)
        shape = str(key.get("shape") or "?")
        scores.docs += 1
        scores.shape_docs[shape] += 1
        for name in FIELDS:
            ok, got = _score_field(name, key.get(name), result, names)
            if ok:
                scores.right[name] += 1
                scores.by_shape[shape][name] += 1
            else:
                scores.misses.append(Miss(path.stem, name, key.get(name), got))
        truth = {_key_of_number(str(n)): str(n) for n in key.get("citations") or ()}
        own = _key_of_number(str(key["number"])) if key.get("number") else None
        listed = {_key_of_number(n): n for n in _cited_numbers(result)}
        scores.cited += len(truth)
        scores.by_shape[shape]["cited"] += len(truth)
        scores.listed += len(listed)
        scores.by_shape[shape]["listed"] += len(listed)
        for k, text in listed.items():
            if k in truth:
                scores.listed_right += 1
                scores.found += 1
                scores.by_shape[shape]["found"] += 1
            else:
                if own is not None and k == own:
                    scores.own_cited.append(path.stem)
                scores.wrong_citations.append((path.stem, "listed, not cited", text))
        for k, text in truth.items():
            if k not in listed:
                scores.wrong_citations.append((path.stem, "cited, not found", text))
    return scores


# --- report -----------------------------------------------------------------------------------


def _pct(x: float) -> str:
    return f"{100 * x:5.1f} %"


def table(scores: Scores) -> str:
    """The report: per field, per shape, citations."""
    lines = [f"Documents: {scores.docs}", "", "| field | right | accuracy |", "|---|---:|---:|"]
    for name in FIELDS:
        lines.append(
            f"| {name} | {scores.right[name]}/{scores.docs} | {_pct(scores.field_accuracy(name))} |"
        )
    cells = scores.docs * len(FIELDS)
    right = sum(scores.right[f] for f in FIELDS)
    lines.append(f"| **all fields** | {right}/{cells} | {_pct(scores.fields)} |")
    lines += [
        "",
        "| shape | docs | fields | citations found | listed right |",
        "|---|---:|---:|---:|---:|",
    ]
    for shape in sorted(scores.shape_docs):
        n = scores.shape_docs[shape]
        c = scores.by_shape[shape]
        f = sum(c[x] for x in FIELDS) / (n * len(FIELDS))
        found = f"{c['found']}/{c['cited']}"
        listed = f"{c['found']}/{c['listed']}"
        lines.append(f"| {shape} | {n} | {_pct(f)} | {found} | {listed} |")
    lines += [
        "",
        f"Citation recall:    {scores.found}/{scores.cited} = {_pct(scores.recall)}",
        f"Citation precision: {scores.listed_right}/{scores.listed} = {_pct(scores.precision)}",
        f"Own number listed as a citation: {len(scores.own_cited)} document(s)"
        + (f" ({', '.join(scores.own_cited)})" if scores.own_cited else ""),
    ]
    return "\n".join(lines)


def errors(scores: Scores) -> str:
    """Every wrong field and citation, one per line."""
    out = [f"{m.doc}: {m.field}: expected {m.expected!r}, got {m.got!r}" for m in scores.misses]
    out += [f"{doc}: citation {what}: {num}" for doc, what, num in scores.wrong_citations]
    return "\n".join(out)


def below(scores: Scores, thresholds: Mapping[str, float] = THRESHOLDS) -> list[str]:
    """The measures under their thresholds, as "name 93.1 % < 95.0 %"."""
    got = {"fields": scores.fields, "recall": scores.recall, "precision": scores.precision}
    return [f"{k} {_pct(got[k])} < {_pct(v)}" for k, v in thresholds.items() if got[k] < v]


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--root", type=Path, default=REPO, help="the portal (content/units.yml)")
    parser.add_argument("--check", action="store_true", help="exit 1 under the thresholds")
    parser.add_argument("--errors", action="store_true", help="list every wrong field")
    args = parser.parse_args(list(argv) if argv is not None else None)
    scores = evaluate(args.folder, root=args.root)
    print(table(scores))
    if args.errors:
        print()
        print(errors(scores))
    if args.check and (failed := below(scores)):
        print("\nUnder the thresholds: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
