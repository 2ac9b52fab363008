#!/usr/bin/env python3
"""Synthetic corpus generator: a throwaway bangtin portal with N realistic Vietnamese directives.

Usage: ``python scripts/gen_corpus.py 10000 --seed 1 --project bench/p10k``

The output is for benchmarks and tests only. Every generated file says so on its first
front-matter line, and the site is called "Bảng tin — dữ liệu tổng hợp". The generator refuses
to write into the repository's own ``content/`` or ``directives/`` (or anywhere in the repository
that git does not ignore), so synthetic text can never be committed as if it were real.

Generation is deterministic: the same N, seed and year range give the same bytes. It runs in
three passes: skeletons (number, date, issuer, type, subject) for every document in date order;
citations and relations, each pointing only at an earlier document (or at a stub, a document the
corpus does not hold); then the text of each file from its own random stream, so one file can be
rendered without the others. Only the standard library and PyYAML are used.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import random
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any, TypeVar

import yaml

__all__ = [
    "REPO_ROOT",
    "SITE_NAME",
    "SYNTHETIC_MARK",
    "UNITS",
    "Cite",
    "Corpus",
    "Doc",
    "UnitSpec",
    "build_corpus",
    "main",
    "refusal",
    "render_directive",
    "render_theme",
    "render_units",
    "slug_of",
    "write_project",
]

SYNTHETIC_MARK = "# DỮ LIỆU TỔNG HỢP (synthetic, scripts/gen_corpus.py) — không phải văn bản thật"
SITE_NAME = "Bảng tin — dữ liệu tổng hợp"
REPO_ROOT = Path(__file__).resolve().parents[1]
PLACE = "Bình Thuận"
MARKER = ".gen_corpus.json"
FIRST_YEAR = 2018
LAST_YEAR = 2025

# ---------------------------------------------------------------------------------------------
# Vocabulary: units, types, topics, phrases and names, read from gen_corpus_data/*.yml
# ---------------------------------------------------------------------------------------------

DATA_DIR = Path(__file__).resolve().with_name("gen_corpus_data")


def _frozen(value: Any) -> Any:
    """``value`` with every list made a tuple: the generator indexes its vocabulary, never edits it."""
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return {key: _frozen(item) for key, item in value.items()}
    return value


def _data(name: str) -> dict[str, Any]:
    """One file of gen_corpus_data/, read as it is written."""
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        data = _frozen(yaml.safe_load(fh))
    assert isinstance(data, dict), name
    return data


@dataclass(frozen=True, slots=True, kw_only=True)
class UnitSpec:
    """A unit of units.yml, with what the generator needs to issue documents in its name.

    Attributes:
        kind: how the unit writes: "capuy" (a Party committee), "ban" (a committee's department),
            "ubkt" (inspection commission), "vp" (office), "doan"/"hoi" (mass organisations,
            Party-like numbers), "mass" (mass organisations with state-like numbers), "ubnd",
            "hdnd", "so" (a provincial department), or "" for bodies that never issue.
        form: "party" (``12-KH/TU``) or "state" (``12/KH-UBND``).
        cite_name: how other documents name the issuing body ("Ban Thường vụ Tỉnh ủy").
        weight: relative share of the generated documents issued by this unit.
        depts: unit suffixes of its số và ký hiệu ("VX" in ``123/UBND-VX``).
        to: usual recipients (unit ids or text as written).
    """

    id: str
    name: str
    short: str
    code: str = ""
    parent: str = ""
    kind: str = ""
    form: str = "party"
    cite_name: str = ""
    weight: float = 0.0
    depts: tuple[str, ...] = ()
    to: tuple[str, ...] = ()


_UNIT_DATA = _data("units.yml")
UNITS: tuple[UnitSpec, ...] = tuple(UnitSpec(**row) for row in _UNIT_DATA["units"])
_UNIT_BY_ID = {unit.id: unit for unit in UNITS}
_ISSUERS = tuple(unit for unit in UNITS if unit.code and unit.weight > 0)
# The standing committee that signs and receives reports for a cấp ủy.
_BTV: dict[str, str] = _UNIT_DATA["standing_committees"]

_TYPE_DATA = _data("types.yml")
# Type name -> (Party code, state code). "Quyết định" and "Quy định" share "QĐ" in Party
# numbers (Hướng dẫn 36), so they share one running number.
_TYPE_CODES: dict[str, tuple[str, str | None]] = _TYPE_DATA["codes"]
_TYPE_WEIGHTS: dict[str, dict[str, float]] = _TYPE_DATA["weights"]
_TYPE_CHOICES = {
    kind: (tuple(weights), tuple(accumulate(weights.values())))
    for kind, weights in _TYPE_WEIGHTS.items()
}
# Documents of a type a unit issues in a year, at weight 4 (how fast its numbers run).
_ANNUAL: dict[str, int] = _TYPE_DATA["annual"]
# The relation kind of a type's first citation, and of the others.
_KIND_FOR_TYPE: dict[str, tuple[str, str]] = _TYPE_DATA["relation_kinds"]
# Types that are cited, never implemented or applied.
_CITED_ONLY = frozenset(_TYPE_DATA["cited_only"])
_STUB_TYPES: tuple[str, ...] = _TYPE_DATA["stub_types"]
_WITH_TASKS = frozenset(_TYPE_DATA["with_tasks"])
# Signer (title, authority) per kind: the head first, then deputies.
_SIGNERS: dict[str, tuple[tuple[str, str], ...]] = {
    kind: tuple((row["title"], row["authority"]) for row in rows)
    for kind, rows in _TYPE_DATA["signers"].items()
}

_TOPIC_DATA = _data("topics.yml")
# (topic, tags). Topics finish "về ..." phrases and fill subjects.
_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (row["topic"], row["tags"]) for row in _TOPIC_DATA["topics"]
)
# Topics only a given year speaks of.
_YEAR_TOPICS: dict[int, tuple[tuple[str, tuple[str, ...]], ...]] = {
    year: tuple((row["topic"], row["tags"]) for row in rows)
    for year, rows in _TOPIC_DATA["year_topics"].items()
}
# (label, founding day "dd/mm", founding year, tags) for anniversaries.
_EVENTS: tuple[tuple[str, str, int, tuple[str, ...]], ...] = tuple(
    (row["label"], row["day"], row["founded"], row["tags"]) for row in _TOPIC_DATA["events"]
)
_THEMES: dict[int, tuple[str, tuple[str, ...]]] = {
    year: (row["title"], row["hashtags"]) for year, row in _TOPIC_DATA["themes"].items()
}
_THEME_FALLBACK: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (row["title"], row["hashtags"]) for row in _TOPIC_DATA["theme_fallback"]
)
_COLORS: tuple[str, ...] = _TOPIC_DATA["colors"]

_SUBJECT_DATA = _data("subjects.yml")
_HALVES: tuple[str, ...] = _SUBJECT_DATA["halves"]
_SUBJECTS: dict[str, tuple[str, ...]] = _SUBJECT_DATA["subjects"]
_ANNIVERSARY: dict[str, str] = _SUBJECT_DATA["anniversary"]

_PHRASES = _data("phrases.yml")
# Verbs that fit every activity of _ACTIVITIES; _ACTIONS carry their own verb.
_VERBS: tuple[str, ...] = _PHRASES["verbs"]
_ACTIVITIES: tuple[str, ...] = _PHRASES["activities"]
_ACTIONS: tuple[str, ...] = _PHRASES["actions"]
_ADVERBIALS: tuple[str, ...] = _PHRASES["adverbials"]
_PURPOSES: tuple[str, ...] = _PHRASES["purposes"]
_ACHIEVEMENTS: tuple[str, ...] = _PHRASES["achievements"]
_LIMITS: tuple[str, ...] = _PHRASES["limits"]
_CAUSES: tuple[str, ...] = _PHRASES["causes"]
_MEETING: tuple[str, ...] = _PHRASES["meeting"]
_CLOSINGS: tuple[str, ...] = _PHRASES["closings"]
_ACHIEVEMENT_LEADS: tuple[str, ...] = _PHRASES["achievement_leads"]
_ACHIEVEMENT_ACTORS: tuple[str, ...] = _PHRASES["achievement_actors"]
_MEETING_REPORTERS: tuple[str, ...] = _PHRASES["meeting_reporters"]
_DECISION_PROPOSERS: tuple[str, ...] = _PHRASES["decision_proposers"]
_DECISION_EXECUTORS: tuple[str, ...] = _PHRASES["decision_executors"]
_RULES_APPLY_TO: tuple[str, ...] = _PHRASES["rules_apply_to"]

_NAMES = _data("names.yml")
_SURNAMES: tuple[str, ...] = _NAMES["surnames"]
_MIDDLE_M: tuple[str, ...] = _NAMES["middle_m"]
_MIDDLE_F: tuple[str, ...] = _NAMES["middle_f"]
_GIVEN_M: tuple[str, ...] = _NAMES["given_m"]
_GIVEN_F: tuple[str, ...] = _NAMES["given_f"]

# ---------------------------------------------------------------------------------------------
# Numbers and slugs
# ---------------------------------------------------------------------------------------------

_NON_SLUG = re.compile(r"[^a-z0-9]+")
_SPECIAL = str.maketrans({"đ": "d", "Đ": "D"})


def slug_of(number: str) -> str:
    """URL slug of a number, as ``bangtin.core.numbers.parse_number(number).slug`` gives it.

    Leading zeros of the serial are dropped ("08/KH-UBND" -> "8-kh-ubnd"). Kept here rather
    than imported so the script runs without the package; the tests check both agree on
    every generated number.
    """
    number = number.lstrip("0") if number[:1] == "0" and number[1:2].isdigit() else number
    decomposed = unicodedata.normalize("NFD", number.translate(_SPECIAL))
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _NON_SLUG.sub("-", folded).strip("-")


def _number_key(number: str) -> str:
    # Same identity rule as bangtin.core.numbers.number_key for the canonical forms written here:
    # leading zeros do not count ("08/KH-UBND" is "8/KH-UBND").
    return slug_of(number)


# ---------------------------------------------------------------------------------------------
# The corpus in memory
# ---------------------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Cite:
    """One citation in a directive's text: of a generated document (``target``) or of a stub.

    Attributes:
        kind: the relation kind it expresses ("implements", "based-on", "guides", "cites",
            "supersedes", "amends").
        number: the number as written in the text.
        date: the cited document's date, or None when the text gives none.
        target: index of the cited document in ``Corpus.docs``; None for a stub.
        in_relations: also listed under ``relations:`` in the front-matter.
    """

    kind: str
    number: str
    date: dt.date | None
    target: int | None
    type_name: str
    cite_name: str
    subject: str
    in_relations: bool = False


# Not frozen: the second pass fills citations, status and some subjects of documents the first
# pass made, and documents cite each other, so they cannot all be built in one expression.
@dataclass(slots=True, kw_only=True)
class Doc:
    """One generated directive, before its text is rendered."""

    index: int
    unit: UnitSpec
    type_name: str
    date: dt.date
    topic: int
    number: str = ""
    key: str = ""
    subject: str = ""
    visibility: str = "public"
    status: str = "in-force"
    valid_until: dt.date | None = None
    themes: tuple[int, ...] = ()
    cites: list[Cite] = field(default_factory=list)
    theme_source: bool = False

    @property
    def year(self) -> int:
        return self.date.year

    @property
    def slug(self) -> str:
        return slug_of(self.number)

    @property
    def path(self) -> str:
        """Path inside the project: ``directives/2024/2078-cv-duk.md``."""
        return f"directives/{self.year}/{self.slug}.md"


@dataclass(slots=True, kw_only=True)
class Corpus:
    """Everything one run generates, before rendering."""

    seed: int
    first_year: int
    last_year: int
    docs: list[Doc]
    theme_sources: dict[int, str]

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)

    def topic(self, doc: Doc) -> tuple[str, tuple[str, ...]]:
        bank = _TOPICS + _YEAR_TOPICS.get(doc.year, ())
        return bank[doc.topic % len(bank)]


_T = TypeVar("_T")


def _one(r: random.Random, items: Sequence[_T]) -> _T:
    """``r.choice(items)``, several times faster: choices are the bulk of the generator's work."""
    return items[int(r.random() * len(items))]


def _int(r: random.Random, low: int, high: int) -> int:
    """``r.randint(low, high)`` without its argument checks."""
    return low + int(r.random() * (high - low + 1))


def _pick(r: random.Random, kind: str) -> str:
    names, cum = _TYPE_CHOICES[kind]
    return names[bisect.bisect_right(cum, r.random() * cum[-1])]


def _working_days(year: int) -> list[dt.date]:
    day = dt.date(year, 1, 2)
    out = []
    while day.year == year:
        # Offices close for Tết in late January or February; a plain weekday rule is enough here.
        if day.weekday() < 5 and not (day.month == 12 and day.day > 30):
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def _year_counts(n: int, years: range) -> list[int]:
    # Later years hold more documents, as archives grow; largest-remainder rounding keeps sum n.
    weights = [1 + 0.1 * i for i in range(len(years))]
    total = sum(weights)
    raw = [n * w / total for w in weights]
    counts = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: (counts[i] - raw[i], i))
    for i in order[: n - sum(counts)]:
        counts[i] += 1
    return counts


def _subject(r: random.Random, doc: Doc, topic: str) -> str:
    """A subject for ``doc`` about ``topic``, drawn from gen_corpus_data/subjects.yml."""
    y, t, unit = doc.year, doc.type_name, doc.unit
    if r.random() < 0.12:
        label, day, founded, _ = _EVENTS[r.randrange(len(_EVENTS))]
        anniversary = f"kỷ niệm {y - founded} năm {label} ({day}/{founded} - {day}/{y})"
        if t in _ANNIVERSARY:
            return _ANNIVERSARY[t].format(anniversary=anniversary)
    # Drawn for every document, in this order, whatever its type: a seed keeps its corpus.
    half = _one(r, _HALVES)
    review_years = {"Kế hoạch": _one(r, (3, 5)), "Báo cáo": _one(r, (3, 5))}
    month = _int(r, 1, 12)
    options = _SUBJECTS[t]
    subject = options[r.randrange(len(options))].format(
        topic=topic,
        year=y,
        next_year=y + 1,
        year_plus_2=y + 2,
        year_plus_3=y + 3,
        year_plus_5=y + 5,
        year_plus_10=y + 10,
        half=half,
        term="2020 - 2025" if y < 2025 else "2025 - 2030",
        review_years=review_years.get(t, 0),
        month=month,
        unit_name=unit.name,
        cite_name=unit.cite_name,
    )
    return subject[0].upper() + subject[1:]


def _allocate_numbers(docs: list[Doc], r: random.Random) -> None:
    # One running number per issuer code, type code and year: the number + year identity is
    # unique by construction even where units share a code ("HU") or a Party code ("QĐ").
    counters: dict[tuple[str, str, int], int] = {}
    for doc in docs:
        unit = doc.unit
        party_code, state_code = _TYPE_CODES[doc.type_name]
        code = party_code if unit.form == "party" else (state_code or "CV")
        k = (unit.code, code, doc.year)
        # The corpus holds a sample of a register: the number follows the day of the year at the
        # unit's usual pace, so a công văn of September is "245-CV/ĐUK" rather than "12-CV/ĐUK".
        pace = _ANNUAL.get(code, 20) * (0.5 + unit.weight / 4)
        expected = int(doc.date.timetuple().tm_yday / 366 * pace)
        serial = max(counters.get(k, 0) + 1, expected + _int(r, 0, 3))
        counters[k] = serial
        if unit.form == "party":
            issuer = unit.code
            if unit.depts and r.random() < 0.4:
                issuer = f"{unit.code}-{_one(r, unit.depts)}"
            doc.number = f"{serial}-{code}/{issuer}"
        elif doc.type_name == "Công văn":
            dept = _one(r, unit.depts) if unit.depts else "VP"
            doc.number = f"{serial:02d}/{unit.code}-{dept}"
        elif doc.type_name == "Nghị quyết" and unit.kind == "hdnd" and r.random() < 0.5:
            doc.number = f"{serial:02d}/{doc.year}/NQ-{unit.code}"
        else:
            doc.number = f"{serial:02d}/{code}-{unit.code}"
        doc.key = _number_key(doc.number)


def _skeletons(n: int, seed: int, years: range) -> tuple[list[Doc], dict[int, int]]:
    r = random.Random(f"bangtin-gen-corpus:{seed}:skeleton")
    weights = tuple(accumulate(u.weight for u in _ISSUERS))
    raw: list[tuple[dt.date, int, Doc]] = []
    sources: dict[int, int] = {}
    seq = 0
    for year, count in zip(years, _year_counts(n, years), strict=True):
        days = _working_days(year)
        reserve = count >= 8
        for i in range(count):
            if reserve and i == 0:
                # The Tỉnh ủy's conclusion that sets the year's theme opens the year.
                doc = Doc(
                    index=-1,
                    unit=_UNIT_BY_ID["tinh-uy"],
                    type_name="Kết luận",
                    date=days[r.randrange(3, 8)],
                    topic=0,
                    theme_source=True,
                )
                sources[year] = seq
            else:
                unit = _ISSUERS[bisect.bisect_right(weights, r.random() * weights[-1])]
                doc = Doc(
                    index=-1,
                    unit=unit,
                    type_name=_pick(r, unit.kind),
                    date=days[r.randrange(len(days))],
                    topic=r.randrange(1000),
                )
            raw.append((doc.date, seq, doc))
            seq += 1
    raw.sort(key=lambda item: (item[0], item[1]))
    docs = [item[2] for item in raw]
    position = {item[1]: i for i, item in enumerate(raw)}
    for i, doc in enumerate(docs):
        doc.index = i
    _allocate_numbers(docs, r)
    return docs, {year: position[s] for year, s in sources.items()}


def _theme_info(year: int) -> tuple[str, tuple[str, ...]]:
    return _THEMES.get(year) or _THEME_FALLBACK[year % len(_THEME_FALLBACK)]


def _short_date(day: dt.date, r: random.Random) -> str:
    if r.random() < 0.2:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


# How many documents a document cites, drawn from this list.
_CITATION_COUNTS = (0, 1, 1, 2, 2, 2, 3, 4)


def _link(docs: list[Doc], seed: int, first_year: int) -> None:
    """Second pass: citations (earlier documents only, ~5% stubs), relations and statuses."""
    linker = _Linker(docs, seed, first_year)
    for doc in docs:
        linker.link(doc)


class _Linker:
    """The second pass's state: the documents by date and number, the stubs made so far."""

    def __init__(self, docs: list[Doc], seed: int, first_year: int) -> None:
        self.r = random.Random(f"bangtin-gen-corpus:{seed}:links")
        self.docs = docs
        self.first_year = first_year
        self.dates = [doc.date for doc in docs]
        self.by_key: dict[str, list[int]] = {}
        for doc in docs:
            self.by_key.setdefault(doc.key, []).append(doc.index)
        self.taken = {(doc.key, doc.year) for doc in docs}
        self.stubs: list[Cite] = []
        # Documents of each issuer and type, in date order, for supersedes and amends.
        self.same: dict[tuple[str, str], list[int]] = {}

    def link(self, doc: Doc) -> None:
        """Give ``doc`` its citations, and its subject once they are known."""
        r = self.r
        lo = bisect.bisect_left(self.dates, doc.date)  # documents before this date: docs[:lo]
        group = self.same.setdefault((doc.unit.id, doc.type_name), [])
        if doc.theme_source:
            theme, _ = _theme_info(doc.year)
            doc.subject = f"Về chủ đề năm {doc.year}: “{theme}”"
        if lo and not doc.theme_source:
            kinds = _KIND_FOR_TYPE[doc.type_name]
            wanted = _one(r, _CITATION_COUNTS)
            seen: set[int] = set()
            for i in range(wanted):
                kind = kinds[0] if i == 0 else kinds[1]
                if r.random() < 0.05:
                    doc.cites.append(self._cite_stub(doc, kind))
                    continue
                cite = self._cite_earlier(doc, lo, i, kind, seen)
                if cite is not None:
                    doc.cites.append(cite)
            self._subject_from_first_cite(doc)
            if doc.type_name in ("Quy định", "Quy chế", "Quyết định") and group:
                self._replace_older(doc, group)
        if not doc.subject:
            bank = _TOPICS + _YEAR_TOPICS.get(doc.year, ())
            doc.subject = _subject(r, doc, bank[doc.topic % len(bank)][0])
        group.append(doc.index)

    def undated_safe(self, target: Doc, day: dt.date) -> bool:
        # A number without a date resolves to the latest document with that number issued on
        # or before the citing date: only cite without a date when that is the intended one.
        return all(not (target.date < self.docs[j].date <= day) for j in self.by_key[target.key])

    def _cite_stub(self, doc: Doc, kind: str) -> Cite:
        """A citation of a document the corpus does not hold: a stub cited before, or a new one."""
        r = self.r
        if self.stubs and r.random() < 0.3:
            stub = self.stubs[r.randrange(len(self.stubs))]
            if stub.date is not None and stub.date >= doc.date:
                stub = self._new_stub(doc.date)
        else:
            stub = self._new_stub(doc.date)
            self.stubs.append(stub)
        return Cite(
            kind=kind,
            number=stub.number,
            date=stub.date,
            target=None,
            type_name=stub.type_name,
            cite_name=stub.cite_name,
            subject=stub.subject,
            in_relations=r.random() < 0.3,
        )

    def _new_stub(self, day: dt.date) -> Cite:
        """A document issued before ``day`` whose number no generated document has."""
        r = self.r
        while True:
            unit = _ISSUERS[r.randrange(len(_ISSUERS))]
            type_name = _one(r, _STUB_TYPES)
            if type_name not in _TYPE_WEIGHTS[unit.kind]:
                continue
            when = day - dt.timedelta(days=_int(r, 20, 900))
            when = max(when, dt.date(self.first_year - 3, 1, 5))
            probe = Doc(
                index=-1, unit=unit, type_name=type_name, date=when, topic=r.randrange(1000)
            )
            _allocate_numbers([probe], r)
            # Serials far beyond what the corpus reaches, so no generated document has it.
            serial, rest = re.match(r"(\d+)(.*)", probe.number).groups()  # type: ignore[union-attr]
            probe.number = f"{int(serial) + _int(r, 900, 1900)}{rest}"
            probe.key = _number_key(probe.number)
            if (probe.key, when.year) in self.taken:
                continue
            self.taken.add((probe.key, when.year))
            topic = (_TOPICS + _YEAR_TOPICS.get(when.year, ()))[probe.topic % len(_TOPICS)][0]
            return Cite(
                kind="cites",
                number=probe.number,
                date=when,
                target=None,
                type_name=type_name,
                cite_name=unit.cite_name,
                subject=_subject(r, probe, topic),
            )

    def _cite_earlier(self, doc: Doc, lo: int, i: int, kind: str, seen: set[int]) -> Cite | None:
        """The ``i``-th citation of ``doc``: an earlier document, of its superiors if it can."""
        r, docs = self.r, self.docs
        preferred = {doc.unit.parent, doc.unit.id, "tinh-uy", "ban-dan-van-tu"}
        # Recent documents of the unit's superiors are what real texts cite most.
        window = lo if r.random() < 0.1 else min(lo, 600)
        choice = lo - 1 - r.randrange(window)
        for _ in range(5):
            candidate = docs[choice]
            # A document is implemented or applied, a report or a submission only cited.
            fits = i > 0 or candidate.type_name not in _CITED_ONLY
            if candidate.unit.id in preferred and fits and choice not in seen:
                break
            choice = lo - 1 - r.randrange(window)
        if choice in seen:
            return None
        seen.add(choice)
        target = docs[choice]
        safe = self.undated_safe(target, doc.date)
        dated = not (safe and target.year == doc.year and r.random() < 0.08)
        return Cite(
            kind=kind,
            number=target.number,
            date=target.date if dated else None,
            target=choice,
            type_name=target.type_name,
            cite_name=target.unit.cite_name,
            subject=target.subject,
            in_relations=safe and r.random() < 0.6,
        )

    def _subject_from_first_cite(self, doc: Doc) -> None:
        """Sometimes a công văn or kế hoạch is named after what it implements."""
        first = doc.cites[0] if doc.cites else None
        if (
            first is not None
            and first.type_name not in _CITED_ONLY
            and first.target is not None
            and first.in_relations
            and doc.type_name in ("Công văn", "Kế hoạch")
            and self.r.random() < 0.3
        ):
            verb = "Triển khai thực hiện" if doc.type_name == "Kế hoạch" else "Thực hiện"
            doc.subject = f"{verb} {first.type_name} số {first.number} của {first.cite_name}"

    def _replace_older(self, doc: Doc, group: list[int]) -> None:
        """Sometimes a rule or decision supersedes (or amends) one of the unit's last three."""
        r = self.r
        older = self.docs[group[r.randrange(max(0, len(group) - 3), len(group))]]
        roll = r.random()
        if not (
            roll < 0.35
            and older.date < doc.date
            and self.undated_safe(older, doc.date)
            and older.status == "in-force"
        ):
            return
        kind = "supersedes" if doc.type_name != "Quyết định" or roll < 0.15 else "amends"
        doc.cites.append(
            Cite(
                kind=kind,
                number=older.number,
                date=older.date,
                target=older.index,
                type_name=older.type_name,
                cite_name=older.unit.cite_name,
                subject=older.subject,
                in_relations=True,
            )
        )
        if kind == "supersedes":
            older.status = "superseded"


def _assign_visibility(docs: list[Doc], seed: int) -> None:
    # Exact shares (a fifth internal, one in a hundred confidential), spread at random.
    r = random.Random(f"bangtin-gen-corpus:{seed}:visibility")
    n = len(docs)
    confidential = round(n * 0.01)
    internal = round(n * 0.2)
    labels = ["confidential"] * confidential + ["internal"] * internal
    labels += ["public"] * (n - len(labels))
    r.shuffle(labels)
    for doc, label in zip(docs, labels, strict=True):
        doc.visibility = label


def _finish(docs: list[Doc], seed: int, last_year: int) -> None:
    r = random.Random(f"bangtin-gen-corpus:{seed}:finish")
    end = dt.date(last_year, 12, 31)
    for doc in docs:
        roll = r.random()
        if roll < 0.6:
            doc.themes = (doc.year,)
        elif roll < 0.7 and doc.year > docs[0].year and doc.date.month < 3:
            doc.themes = (doc.year - 1, doc.year)
        if doc.type_name in ("Kế hoạch", "Chương trình") and f"năm {doc.year}" in doc.subject:
            doc.valid_until = dt.date(doc.year, 12, 31)
            if doc.status == "in-force" and doc.valid_until < end and r.random() < 0.7:
                doc.status = "expired"


def build_corpus(
    n: int, *, seed: int = 0, first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR
) -> Corpus:
    """Generate the records of a corpus of ``n`` directives, without writing anything.

    Args:
        n: number of directives.
        seed: the same seed gives the same corpus, byte for byte once rendered.
        first_year: first year of the range the directives are dated in.
        last_year: last year of that range.

    Returns:
        The corpus: directives in date order with numbers, citations and statuses.
    """
    if n < 0:
        raise ValueError("n must not be negative")
    if last_year < first_year:
        raise ValueError("last_year must not be before first_year")
    years = range(first_year, last_year + 1)
    docs, sources = _skeletons(n, seed, years)
    _link(docs, seed, first_year)
    _assign_visibility(docs, seed)
    _finish(docs, seed, last_year)
    return Corpus(
        seed=seed,
        first_year=first_year,
        last_year=last_year,
        docs=docs,
        theme_sources={y: docs[i].number for y, i in sources.items()},
    )


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

# What stops a string from being written as a plain YAML scalar: an indicator first, a ": " or
# " #" inside, a trailing colon or space, or a word YAML 1.1 reads as a boolean or null.
_PLAIN_BAD = re.compile(
    r"^[\s\-?:,\[\]{}#&*!|>'\"%@`.+]|: |\s#|:$|\s$|^(?:y|n|yes|no|true|false|on|off|null|~)$",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")


def _scalar(text: str) -> str:
    """A YAML scalar for ``text``: plain when it reads back the same, else double-quoted."""
    # A digit first is safe only with a letter inside and no colon ("2078-CV/ĐUK"): such a
    # text is neither a number, a date nor a sexagesimal "1:20".
    digit_ok = not text[:1].isdigit() or (_LETTER.search(text) is not None and ":" not in text)
    if text and digit_ok and not _PLAIN_BAD.search(text):
        return text
    # A JSON string is a valid YAML double-quoted scalar.
    return json.dumps(text, ensure_ascii=False)


def _block_list(key: str, items: Iterable[str], indent: str = "") -> list[str]:
    values = list(items)
    if not values:
        return []
    return [f"{indent}{key}:", *(f"{indent}  - {_scalar(v)}" for v in values)]


def _name(r: random.Random) -> str:
    if r.random() < 0.4:
        return f"{_one(r, _SURNAMES)} {_one(r, _MIDDLE_F)} {_one(r, _GIVEN_F)}"
    return f"{_one(r, _SURNAMES)} {_one(r, _MIDDLE_M)} {_one(r, _GIVEN_M)}"


def _signer(seed: int, doc: Doc, r: random.Random) -> tuple[str, str, str]:
    options = _SIGNERS[doc.unit.kind]
    title, authority = options[0] if r.random() < 0.45 else options[r.randrange(len(options))]
    if doc.type_name == "Nghị quyết" and doc.unit.kind == "capuy":
        title, authority = "Bí thư", "T/M Ban Chấp hành"
    term = 0 if doc.year < 2020 else (1 if doc.year < 2025 else 2)
    # The same person holds a post for a whole term: the name is a function of unit, post, term.
    person = random.Random(f"bangtin-gen-corpus:{seed}:signer:{doc.unit.id}:{title}:{term}")
    return _name(person), title, authority


def _cite_text(c: Cite, r: random.Random, *, about: bool = True) -> str:
    number = c.number
    m = re.match(r"(\d)(-.*)$", number)
    if m and r.random() < 0.3:
        # Party numbers under 10 are often typed zero-padded in running text ("08-HD/BDVTU").
        number = f"0{m[1]}{m[2]}"
    text = f"{c.type_name} số {number}"
    if c.date is not None:
        text += (", ngày " if r.random() < 0.8 else " ngày ") + _short_date(c.date, r)
    text += f" của {c.cite_name}"
    if about and r.random() < 0.85:
        subject = c.subject[3:] if c.subject.startswith("Về ") else c.subject
        text += f" về {subject}"
    return text


def _action(r: random.Random) -> str:
    """One task phrase, with "{topic}" and "{year}" left to fill."""
    if r.random() < 0.5:
        return f"{_one(r, _VERBS)} {_one(r, _ACTIVITIES)}"
    return _one(r, _ACTIONS)


class _Writer:
    """Builds one body: paragraphs, with a running word count to stop at the target length."""

    def __init__(self, corpus: Corpus, doc: Doc, r: random.Random) -> None:
        self.doc = doc
        self.r = r
        self.parts: list[str] = []
        self.words = 0
        self.count = 0
        self.topic, self.tags = corpus.topic(doc)
        self.year = doc.year
        self.target = int(300 + 1200 * r.random() ** 1.7)
        self.extra = [c for c in doc.cites[1:] if c.kind in ("cites", "implements", "guides")]

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.words += text.count(" ") + 1

    def fill(self, text: str) -> str:
        return text.format(topic=self.topic, year=self.year)

    def room(self, share: float = 1.0) -> bool:
        return self.words < self.target * share

    def action(self) -> str:
        return self.fill(_action(self.r))

    def sentence(self) -> str:
        r = self.r
        text = f"{self.action()}; {self.fill(_one(r, _ADVERBIALS))}"
        if self.extra and r.random() < 0.35:
            text += f", theo {_cite_text(self.extra.pop(0), r)}"
        return text + "."

    def item(self, number: int) -> str:
        r = self.r
        head = f"{number}. {self.sentence()}"
        if r.random() < 0.4:
            subs = [
                f"    - {self.action()}, {self.fill(_one(r, _ADVERBIALS))}."
                for _ in range(_int(r, 2, 4))
            ]
            intro = (
                "; cụ thể:"
                if "trong đó" in head
                else "; trong đó, tập trung một số nội dung cụ thể:"
            )
            head = head[:-1] + intro + "\n\n" + "\n\n".join(subs)
        return head

    def achievement(self) -> str:
        r = self.r
        text = _one(r, _ACHIEVEMENTS).format(
            n=_int(r, 3, 120), m=_int(r, 150, 9000), k=_int(r, 1, 40), p=_int(r, 60, 100)
        )
        lead = _one(r, _ACHIEVEMENT_LEADS)
        actors = _one(r, _ACHIEVEMENT_ACTORS)
        return f"{lead}, {actors} {text}; {self.fill(_one(r, _ADVERBIALS))}."

    def numbered(self, produce: Callable[[int], str], minimum: int, share: float) -> None:
        k = 1
        while k <= minimum or (self.room(share) and k < 40):
            self.add(produce(k))
            self.count = k
            k += 1


def _opening(w: _Writer, lead_kinds: tuple[str, ...]) -> str:
    r = w.r
    lead = [c for c in w.doc.cites if c.kind in lead_kinds]
    for c in lead:
        if c in w.extra:
            w.extra.remove(c)
    if not lead:
        return ""
    verb = "Căn cứ" if lead[0].kind == "based-on" else "Thực hiện"
    return f"{verb} " + "; ".join(_cite_text(c, r) for c in lead[:3])


def _body(corpus: Corpus, doc: Doc, r: random.Random, tasks: list[_TaskRow]) -> str:
    """The Markdown body of ``doc``: its type's shape, then its tasks, closing and footnote."""
    w = _Writer(corpus, doc, r)
    t = doc.type_name
    if t == "Công văn":
        final = _official_letter(w)
    elif t == "Quyết định" or (t == "Nghị quyết" and doc.unit.form == "state"):
        final = _decision(w)
    elif t in ("Quy định", "Quy chế"):
        final = _rules(w)
    elif t == "Báo cáo":
        final = _report(w)
    elif t in ("Thông báo", "Kết luận", "Chỉ thị", "Nghị quyết", "Thông tri"):
        final = _conclusion(w)
    elif t == "Tờ trình":
        final = _submission(w)
    else:  # Kế hoạch, Hướng dẫn, Chương trình, Đề án
        final = _plan(w)
    if tasks:
        _task_items(w, tasks)
    if t in ("Công văn", "Kế hoạch", "Hướng dẫn", "Chương trình", "Đề án"):
        w.add(_closing(w))
    if final:
        w.add(final)
    if r.random() < 0.4:
        _theme_footnote(w)
    return "\n\n".join(w.parts) + "\n"


def _doc_word(doc: Doc) -> str:
    """The type as a common noun: "kế hoạch", "công văn"."""
    return doc.type_name[0].lower() + doc.type_name[1:]


def _official_letter(w: _Writer) -> str:
    """Công văn: (sometimes Kính gửi), why, and numbered requests."""
    r, unit = w.r, w.doc.unit
    issuer = unit.cite_name
    if r.random() < 0.1:
        w.add("Kính gửi:\n\n" + "\n\n".join(f"- {_recipient_text(x)}" for x in unit.to[:4]))
    opening = _opening(w, ("implements", "based-on", "guides"))
    recipients = "các cơ quan, đơn vị"
    if opening:
        w.add(f"{opening}; {issuer} đề nghị {recipients} triển khai thực hiện một số nội dung sau:")
    else:
        w.add(
            f"Để {w.fill('{topic}')} đạt hiệu quả, {issuer} đề nghị {recipients} thực hiện tốt một số nội dung sau:"
        )
    w.numbered(w.item, 2, 0.92)
    return ""


def _decision(w: _Writer) -> str:
    """Quyết định (and a state body's Nghị quyết): grounds, then articles."""
    r, doc, unit = w.r, w.doc, w.doc.unit
    lines = []
    if unit.form == "party":
        lines.append("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;")
        lines.append(
            f"Căn cứ Quy chế làm việc của {unit.name} nhiệm kỳ {'2020 - 2025' if doc.year >= 2020 else '2015 - 2020'};"
        )
    else:
        lines.append("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    for c in [c for c in doc.cites if c.kind == "based-on"][:3]:
        lines.append(f"Căn cứ {_cite_text(c, r)};")
    lines.append(f"Xét đề nghị của {_one(r, _DECISION_PROPOSERS)},")
    w.add("\n\n".join(lines))
    decides = "QUYẾT NGHỊ" if doc.type_name == "Nghị quyết" else "QUYẾT ĐỊNH"
    w.add(f"**{unit.name.upper()} {decides}:**")
    w.add(f"**Điều 1.** {doc.subject}.")
    for c in doc.cites:
        if c.kind in ("supersedes", "amends"):
            verb = "thay thế" if c.kind == "supersedes" else "sửa đổi, bổ sung một số điều của"
            w.add(f"Quyết định này {verb} {_cite_text(c, r)}.")
    w.add(
        "**Điều 2.** Nhiệm vụ, quyền hạn:\n\n"
        + "\n\n".join(f"- {w.sentence()}" for _ in range(_int(r, 2, 4)))
    )
    k = 3
    while w.room(0.9) and k < 12:
        w.add(f"**Điều {k}.** {w.sentence()} {w.sentence()}")
        k += 1
    w.add(
        f"**Điều {k}.** {_one(r, _DECISION_EXECUTORS)} và các đồng chí có tên tại Điều 1 căn cứ Quyết định thi hành. Quyết định có hiệu lực kể từ ngày ký./."
    )
    return ""


def _rules(w: _Writer) -> str:
    """Quy định, Quy chế: chapters of articles."""
    r, doc = w.r, w.doc
    t, issuer = doc.type_name, doc.unit.cite_name
    opening = _opening(w, ("based-on", "implements"))
    if opening:
        w.add(opening + ",")
    for c in doc.cites:
        if c.kind in ("supersedes", "amends"):
            w.add(f"{t} này thay thế {_cite_text(c, r)}.")
    w.add("## Chương I. NHỮNG QUY ĐỊNH CHUNG")
    w.add(
        f"**Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng**\n\n{t} này quy định về {w.topic}; áp dụng đối với {_one(r, _RULES_APPLY_TO)}."
    )
    w.add(f"**Điều 2. Nguyên tắc**\n\n{w.sentence()}")
    w.add("## Chương II. NỘI DUNG CỤ THỂ")
    k = 3
    while w.room(0.85) and k < 30:
        w.add(f"**Điều {k}. {w.action()}**\n\n1. {w.sentence()}\n\n2. {w.sentence()}")
        k += 1
    w.add("## Chương III. TỔ CHỨC THỰC HIỆN")
    w.add(
        f"**Điều {k}. Hiệu lực thi hành**\n\n{t} này có hiệu lực kể từ ngày ký. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về {issuer} để xem xét, sửa đổi, bổ sung cho phù hợp./."
    )
    return ""


def _report(w: _Writer) -> str:
    """Báo cáo: results, shortcomings and their causes, what comes next."""
    r, issuer = w.r, w.doc.unit.cite_name
    opening = _opening(w, ("implements", "based-on"))
    w.add(
        (opening + f"; {issuer} báo cáo kết quả như sau:")
        if opening
        else f"{issuer} báo cáo kết quả {w.topic} như sau:"
    )
    w.add("## I. KẾT QUẢ THỰC HIỆN")
    w.numbered(lambda k: f"{k}. {w.achievement()}", 2, 0.55)
    w.add("## II. HẠN CHẾ, NGUYÊN NHÂN")
    w.add("\n\n".join(f"- {x}" for x in r.sample(_LIMITS, 2)))
    w.add(w.fill(_one(r, _CAUSES)))
    w.add("## III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI")
    w.numbered(w.item, 2, 0.95)
    w.add(f"Trên đây là báo cáo kết quả {w.topic} của {issuer}./.")
    return ""


def _conclusion(w: _Writer) -> str:
    """Thông báo, Kết luận, Chỉ thị, Nghị quyết, Thông tri: the occasion, then numbered points."""
    r, doc = w.r, w.doc
    issuer = doc.unit.cite_name
    opening = _opening(w, ("implements", "based-on", "guides"))
    if doc.type_name == "Thông báo":
        w.add(
            _one(r, _MEETING).format(
                date=_short_date(doc.date - dt.timedelta(days=_int(r, 1, 6)), r),
                body=issuer,
                topic=w.topic,
                unit=_one(r, _MEETING_REPORTERS),
            )
        )
    elif doc.theme_source:
        theme, _ = _theme_info(doc.year)
        w.add(
            f"Tại hội nghị cuối năm {doc.year - 1}, Ban Chấp hành Đảng bộ tỉnh đã thảo luận, thống nhất chọn chủ đề năm {doc.year} là “{theme}”. Để chủ đề năm được triển khai đồng bộ, {issuer} kết luận như sau:"
        )
    else:
        w.add(
            (opening + ", " if opening else "")
            + f"trong thời gian qua, {w.topic} đã đạt được nhiều kết quả quan trọng; tuy nhiên vẫn còn một số hạn chế. Để khắc phục những hạn chế và tiếp tục nâng cao chất lượng, {issuer} yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nội dung sau:"
        )
    w.numbered(w.item, 3, 0.92)
    if doc.type_name == "Thông báo":
        return "Văn phòng thông báo để các cơ quan, đơn vị biết, thực hiện./."
    return f"{doc.type_name} này được phổ biến đến chi bộ./."


def _submission(w: _Writer) -> str:
    """Tờ trình: why, and what is proposed."""
    opening = _opening(w, ("based-on", "implements"))
    w.add(
        (opening + "; " if opening else "")
        + f"{w.doc.unit.cite_name} kính trình Thường trực xem xét nội dung sau:"
    )
    w.add("## I. SỰ CẦN THIẾT")
    w.add(w.sentence() + " " + w.sentence())
    w.add("## II. NỘI DUNG ĐỀ NGHỊ")
    w.numbered(w.item, 2, 0.95)
    w.add("Kính trình Thường trực xem xét, quyết định./.")
    return ""


def _plan(w: _Writer) -> str:
    """Kế hoạch, Hướng dẫn, Chương trình, Đề án: purposes, tasks, and how they are carried out."""
    r, doc = w.r, w.doc
    opening = _opening(w, ("implements", "based-on", "guides"))
    subject = doc.subject[0].lower() + doc.subject[1:]
    lead = f"{doc.unit.cite_name} xây dựng {_doc_word(doc)} {subject} như sau:"
    w.add(f"{opening}; {lead}" if opening else lead[0].upper() + lead[1:])
    w.add("## I. MỤC ĐÍCH, YÊU CẦU")
    w.numbered(lambda k: f"{k}. {w.fill(_one(r, _PURPOSES))}", 2, 0.2)
    w.add("## II. NỘI DUNG" + (" HƯỚNG DẪN" if doc.type_name == "Hướng dẫn" else ", NHIỆM VỤ"))
    w.numbered(w.item, 3, 0.85)
    w.add("## III. TỔ CHỨC THỰC HIỆN")
    return ""


def _task_items(w: _Writer, tasks: list[_TaskRow]) -> None:
    """The front-matter's tasks, as numbered items of the body."""
    # After a section heading the list starts again; otherwise the tasks continue it.
    start = 1 if w.parts[-1].startswith("## ") else w.count + 1
    for k, (what, who, report_to, due, _done) in enumerate(tasks, start):
        w.add(
            f"{k}. Giao {_unit_label(who)} {what[0].lower() + what[1:]}; báo cáo kết quả về {_unit_label(report_to)} trước ngày {_short_date(due, r=w.r)}."
        )


def _closing(w: _Writer) -> str:
    unit = w.doc.unit
    # Only a cấp ủy has a standing committee to report to.
    closings = _CLOSINGS if unit.id in _BTV else (_CLOSINGS[0], _CLOSINGS[1], _CLOSINGS[3])
    return _one(w.r, closings).format(
        unit=_unit_label(_followup(unit)),
        doc=_doc_word(w.doc),
        btv=_unit_label(_BTV.get(unit.id, unit.id)),
        issuer=unit.cite_name,
    )


def _theme_footnote(w: _Writer) -> None:
    """Like the seed directive, the first mention of the year's theme gets a footnote."""
    year = w.doc.year
    mention = f"chủ đề năm {year} của Tỉnh ủy"
    for i, part in enumerate(w.parts):
        if mention in part:
            w.parts[i] = part.replace(mention, mention + "[^1]", 1)
            theme, _ = _theme_info(year)
            w.add(f"[^1]: Chủ đề năm {year} về “{theme}”.")
            break


def _recipient_text(ref: str) -> str:
    unit = _UNIT_BY_ID.get(ref)
    return unit.name if unit else ref


def _unit_label(ref: str) -> str:
    unit = _UNIT_BY_ID.get(ref)
    return unit.name if unit else ref


def _followup(unit: UnitSpec) -> str:
    if unit.id == "dang-uy-khoi":
        return "ban-tgdv-duk"
    if unit.id == "tinh-uy":
        return "ban-dan-van-tu"
    return "van-phong-duk" if unit.parent == "dang-uy-khoi" else unit.id


_TaskRow = tuple[str, str, str, dt.date, dt.date | None]


def _tasks(doc: Doc, r: random.Random, end: dt.date) -> list[_TaskRow]:
    if doc.type_name not in _WITH_TASKS or r.random() < 0.35:
        return []
    ids = [x for x in doc.unit.to if x in _UNIT_BY_ID] or [_followup(doc.unit)]
    report_to = _BTV.get(doc.unit.id, doc.unit.id)
    out = []
    for _ in range(_int(r, 1, 4)):
        due = doc.date + dt.timedelta(days=_int(r, 15, 330))
        if r.random() < 0.4:
            due = dt.date(due.year, 12, 15) if due.month > 10 else dt.date(due.year, due.month, 28)
        done = None
        if due < end and r.random() < 0.55:
            done = min(due + dt.timedelta(days=_int(r, -60, 10)), due + dt.timedelta(days=10))
            done = max(done, doc.date + dt.timedelta(days=1))
        what = _fill_topic(_action(r), doc)
        out.append((what, _one(r, ids), report_to, due, done))
    return out


def _fill_topic(text: str, doc: Doc) -> str:
    bank = _TOPICS + _YEAR_TOPICS.get(doc.year, ())
    return text.format(topic=bank[doc.topic % len(bank)][0], year=doc.year)


def render_directive(corpus: Corpus, doc: Doc) -> str:
    """The text of one directive file: front-matter (marked synthetic) and Markdown body.

    Args:
        corpus: the corpus the directive belongs to.
        doc: one of ``corpus.docs``.

    Returns:
        The file content, ending with a newline.
    """
    r = random.Random(f"bangtin-gen-corpus:{corpus.seed}:doc:{doc.index}")
    name, title, authority = _signer(corpus.seed, doc, r)
    _, topic_tags = corpus.topic(doc)
    tasks = _tasks(doc, r, dt.date(corpus.last_year, 12, 31))
    body = _body(corpus, doc, r, tasks)
    lines = [
        "---",
        SYNTHETIC_MARK,
        f"number: {_scalar(doc.number)}",
        f"date: {doc.date.isoformat()}",
        f"place: {PLACE}",
        f"issuer: {doc.unit.id}",
        f"type: {doc.type_name}",
        f"subject: {_scalar(doc.subject)}",
        "signer:",
        f"  name: {name}",
    ]
    if title:
        lines.append(f"  title: {_scalar(title)}")
    if authority:
        lines.append(f"  authority: {_scalar(authority)}")
    to = list(doc.unit.to[: _int(r, 1, max(1, len(doc.unit.to)))])
    lines += _block_list("to", to)
    cc = ["Như trên", *([doc.unit.parent] if doc.unit.parent else []), "Lưu VP"]
    lines += _block_list("cc", cc)
    relations: dict[str, list[str]] = {}
    for c in doc.cites:
        if c.in_relations and c.number not in relations.get(c.kind, []):
            relations.setdefault(c.kind, []).append(c.number)
    if relations:
        lines.append("relations:")
        for kind, numbers in relations.items():
            lines += _block_list(kind, numbers, "  ")
    if doc.themes:
        lines.append(f"themes: [{', '.join(str(y) for y in doc.themes)}]")
    tags = list(dict.fromkeys(topic_tags + (("dân vận khéo",) if "Dân vận khéo" in body else ())))
    lines += _block_list("tags", tags[:4])
    lines.append(f"visibility: {doc.visibility}")
    lines.append(f"status: {doc.status}")
    if doc.valid_until:
        lines.append(f"valid_until: {doc.valid_until.isoformat()}")
    if tasks:
        lines.append("tasks:")
        for what, who, report_to, due, done in tasks:
            lines.append(f"  - what: {_scalar(what)}")
            lines.append(f"    who: {who}")
            lines.append(f"    report_to: {report_to}")
            lines.append(f"    due: {due.isoformat()}")
            if done:
                lines.append(f"    done: {done.isoformat()}")
    lines.append("---")
    return "\n".join(lines) + "\n\n" + body


def render_units(extra: Sequence[dict[str, str]] = ()) -> str:
    """content/units.yml: the generator's units, then ``extra`` units whose ids it lacks.

    Args:
        extra: units read from the repository's units.yml, so copied pages that name them
            still resolve.
    """
    lines = [
        SYNTHETIC_MARK,
        "# Các cơ quan, đơn vị của kho văn bản tổng hợp (id, name, short, code, parent).",
        "units:",
    ]
    known = {unit.id for unit in UNITS}
    rows = [
        {"id": u.id, "name": u.name, "short": u.short, "code": u.code, "parent": u.parent}
        for u in UNITS
    ]
    rows += [row for row in extra if row.get("id") and row["id"] not in known]
    for row in rows:
        lines.append(f"  - id: {_scalar(str(row['id']))}")
        for key in ("name", "short", "code", "parent"):
            if row.get(key):
                lines.append(f"    {key}: {_scalar(str(row[key]))}")
    return "\n".join(lines) + "\n"


def render_theme(corpus: Corpus, year: int) -> str:
    """content/themes/YEAR.md of one year of the corpus (marked synthetic)."""
    title, hashtags = _theme_info(year)
    color = _COLORS[year % len(_COLORS)]
    lines = [
        "---",
        SYNTHETIC_MARK,
        f"year: {year}",
        f"title: {_scalar(title)}",
        f"hashtags: [{', '.join(hashtags)}]",
        f'color: "{color}"',
    ]
    if year in corpus.theme_sources:
        lines.append(f"source: {_scalar(corpus.theme_sources[year])}")
    lines += [
        "visibility: public",
        f"summary: {_scalar(f'Chủ đề năm {year} của Tỉnh ủy (dữ liệu tổng hợp).')}",
        "---",
    ]
    body = (
        f"Chủ đề năm {year} của Tỉnh ủy: “{title}”.\n\n"
        "Các cơ quan, đơn vị lựa chọn, xây dựng, nhân rộng các mô hình, điển hình, cách làm hay "
        "gắn với chủ đề năm; đăng ký mô hình “Dân vận khéo” và báo cáo kết quả thực hiện theo "
        "định kỳ.\n"
    )
    return "\n".join(lines) + "\n\n" + body


def render_mkdocs(repo_config: str | None) -> str:
    """mkdocs.yml: the repository's own, renamed to the synthetic site name, or a minimal one.

    The repository's file is edited line by line, not loaded and dumped, because MkDocs
    configurations carry Python tags (``!!python/name:``) that a safe loader refuses.
    """
    header = SYNTHETIC_MARK + "\n"
    site = f"site_name: {SITE_NAME}"
    if repo_config is None:
        return (
            header
            + "\n".join(
                [
                    site,
                    "docs_dir: content",
                    "theme:",
                    "  name: material",
                    "  custom_dir: theme",
                    "  language: vi",
                    "  font: false",
                    "plugins:",
                    "  - bangtin",
                ]
            )
            + "\n"
        )
    text, count = re.subn(r"(?m)^site_name:.*$", site, repo_config, count=1)
    return header + (text if count else site + "\n" + text)


def _git_ignored(path: Path, repo: Path) -> bool:
    try:
        result = subprocess.run(
            ["git", "-C", str(repo), "check-ignore", "-q", "--", str(path.relative_to(repo))],
            capture_output=True,
            check=False,
            timeout=20,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


def refusal(project: Path, repo: Path = REPO_ROOT) -> str | None:
    """Why the generator must not write into ``project``, or None when it may.

    It never writes into the repository's ``content/`` or ``directives/``, nor anywhere inside
    the repository that git does not ignore (``bench/`` is ignored, so ``bench/p10k`` is fine).
    """
    target = project.expanduser().resolve()
    repo = repo.resolve()
    for protected in (repo / "content", repo / "directives"):
        if target == protected or protected in target.parents:
            return (
                f"Từ chối ghi vào {target}: đây là nội dung thật của kho ({protected.name}/). "
                "Hãy chọn một thư mục ngoài kho, ví dụ /tmp/bangtin-corpus hoặc bench/..."
            )
    if target == repo or (repo in target.parents and not _git_ignored(target, repo)):
        return (
            f"Từ chối ghi vào {target}: thư mục nằm trong kho mà git không bỏ qua. "
            "Hãy chọn một thư mục ngoài kho hoặc trong bench/ (đã có trong .gitignore)."
        )
    if target.exists() and not target.is_dir():
        return f"Từ chối ghi vào {target}: đây là một tệp, không phải thư mục."
    return None


def _copy_repo_parts(project: Path, repo: Path) -> None:
    theme = repo / "theme"
    if theme.is_dir():
        shutil.copytree(
            theme,
            project / "theme",
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns("__pycache__", ".*"),
        )
    else:
        (project / "theme").mkdir(exist_ok=True)
    content = repo / "content"
    if content.is_dir():

        def skip(folder: str, names: list[str]) -> set[str]:
            here = Path(folder).resolve()
            out = {n for n in names if n.startswith(".") or n == "__pycache__"}
            if here == content.resolve():
                out |= {"units.yml", "themes"}
            return out

        shutil.copytree(content, project / "content", dirs_exist_ok=True, ignore=skip)


def _repo_units(repo: Path) -> list[dict[str, str]]:
    path = repo / "content" / "units.yml"
    if not path.is_file():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except yaml.YAMLError:
        return []
    rows = data.get("units") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        return []
    return [
        {k: str(v) for k, v in row.items() if v is not None}
        for row in rows
        if isinstance(row, dict)
    ]


def write_project(
    corpus: Corpus, project: Path, *, repo: Path = REPO_ROOT, force: bool = False
) -> int:
    """Write a complete throwaway portal for ``corpus`` into ``project``.

    Args:
        corpus: from `build_corpus`.
        project: the folder to write; created when missing.
        repo: the repository whose mkdocs.yml, theme/ and content/ pages are copied.
        force: write into a non-empty folder. A folder this script wrote before (it holds
            ``.gen_corpus.json``) is cleared first; any other folder is written over.

    Returns:
        The number of files written.

    Raises:
        PermissionError: the folder is one `refusal` names, or non-empty without ``force``.
    """
    reason = refusal(project, repo)
    if reason:
        raise PermissionError(reason)
    project = project.expanduser().resolve()
    if project.exists() and any(project.iterdir()):
        if not force:
            raise PermissionError(
                f"Từ chối ghi vào {project}: thư mục không trống (dùng --force để ghi đè)."
            )
        if (project / MARKER).is_file():
            # Only a folder this script made is cleared, so stale directives of a larger run
            # cannot mix with a smaller one.
            for name in ("content", "directives", "theme"):
                shutil.rmtree(project / name, ignore_errors=True)
    project.mkdir(parents=True, exist_ok=True)
    written = 0

    def put(rel: str, text: str) -> None:
        nonlocal written
        path = project / rel
        path.write_text(text, encoding="utf-8", newline="\n")
        written += 1

    repo_config = repo / "mkdocs.yml"
    put(
        "mkdocs.yml",
        render_mkdocs(
            repo_config.read_text(encoding="utf-8-sig") if repo_config.is_file() else None
        ),
    )
    _copy_repo_parts(project, repo)
    (project / "content" / "themes").mkdir(parents=True, exist_ok=True)
    put("content/units.yml", render_units(_repo_units(repo)))
    for year in corpus.years:
        put(f"content/themes/{year}.md", render_theme(corpus, year))
    for year in corpus.years:
        (project / "directives" / str(year)).mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    for doc in corpus.docs:
        if doc.path in seen:  # cannot happen: numbers are unique per year by construction
            raise RuntimeError(f"duplicate path {doc.path}")
        seen.add(doc.path)
        put(doc.path, render_directive(corpus, doc))
    put(
        MARKER,
        json.dumps(
            {
                "generator": "scripts/gen_corpus.py",
                "synthetic": True,
                "directives": len(corpus.docs),
                "seed": corpus.seed,
                "years": [corpus.first_year, corpus.last_year],
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
    )
    return written


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gen_corpus.py",
        description="Tạo một cổng bảng tin dùng thử với N văn bản tổng hợp (không phải văn bản thật).",
    )
    parser.add_argument("n", type=int, help="số văn bản cần tạo")
    parser.add_argument("--seed", type=int, default=0, help="hạt giống ngẫu nhiên (mặc định 0)")
    parser.add_argument("--project", type=Path, required=True, help="thư mục dự án sẽ tạo")
    parser.add_argument("--force", action="store_true", help="cho phép ghi vào thư mục không trống")
    parser.add_argument(
        "--first-year", type=int, default=FIRST_YEAR, help="năm đầu (mặc định 2018)"
    )
    parser.add_argument("--last-year", type=int, default=LAST_YEAR, help="năm cuối (mặc định 2025)")
    parser.add_argument("-q", "--quiet", action="store_true", help="không in tóm tắt")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point; returns the exit code (0 ok, 2 refused or bad arguments)."""
    args = _parser().parse_args(argv)
    if args.n < 0 or args.last_year < args.first_year:
        print("Lỗi: N phải ≥ 0 và năm cuối không được trước năm đầu.", file=sys.stderr)
        return 2
    start = time.perf_counter()
    corpus = build_corpus(
        args.n, seed=args.seed, first_year=args.first_year, last_year=args.last_year
    )
    try:
        files = write_project(corpus, args.project, force=args.force)
    except PermissionError as error:
        print(f"Lỗi: {error}", file=sys.stderr)
        return 2
    if not args.quiet:
        elapsed = time.perf_counter() - start
        print(
            f"Đã tạo {len(corpus.docs)} văn bản tổng hợp ({args.first_year}–{args.last_year}), "
            f"{files} tệp trong {args.project.resolve()} sau {elapsed:.1f} giây."
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
