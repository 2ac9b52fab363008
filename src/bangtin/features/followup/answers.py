"""Answers to directives: which units must act on a directive, and the reports that close it.

A directive assigns work to units (its Kính gửi and its tasks); each unit answers with a report
("Báo cáo số 15-BC/ĐTN về kết quả thực hiện Công văn số 2078-CV/ĐUK"). The rules, which the
editors' guide (content/huong-dan/bao-cao.md) states in the same words:

- A document *answers* a directive it cites when it is a report: type Báo cáo, or front-matter
  ``reports_on:`` (then only the directives named there). Any document also answers the
  directives its subject or opening paragraph says it reports on ("báo cáo kết quả thực hiện
  Công văn số ...", "báo cáo tình hình triển khai Kế hoạch số ..."), unless that clause asks for
  a report ("đề nghị các đơn vị báo cáo kết quả ...").
- The answering unit is the document's issuer, and it answers for itself only (the same unit id;
  a unit written as text matches by its slug). A document older than the directive answers
  nothing.
- The units that must act: the Kính gửi units, then the units of the tasks, one row each (the
  Kính gửi of a report, of a document with ``reports_on:`` or whose subject says it reports, of
  a submission, an invitation or a record only names who receives it). A unit's due date is
  the latest due date of its own tasks; a Kính gửi unit without a task of its own takes the
  latest due date of the directive's tasks (the date by which whoever follows the directive up
  must report). ``done:`` on every task of a unit closes it by hand and wins.
- A unit may answer in several reports: all are listed, the latest counts (on time or late).

Only what the link graph holds is read, and the graph holds only what this build's audience may
see, so an internal report never closes, counts or links anything in a public build. Public
builds show no answers at all (`enabled`): reports are mostly internal, and a table made of the
public ones alone would call units late that did report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bangtin.core.model import Directive, DocType, Registry, Task, Unit, Visibility
from bangtin.core.text import format_date_short, slugify, sort_key
from bangtin.links.citations import find_citations
from bangtin.links.graph import LinkGraph, identity_of

__all__ = [
    "Answers",
    "DirectiveAnswers",
    "Duty",
    "KeptAnswers",
    "Reminder",
    "answers_with_records",
    "collect_answers",
    "directive_reminder",
    "enabled",
    "may_answer",
    "said_reported",
    "unit_key",
]

Identity = tuple[str, int]

# What a Kính gửi unit without a task of its own must do, shown in its row.
KINH_GUI_WHAT = "Triển khai thực hiện văn bản và báo cáo kết quả"
# "báo cáo kết quả / tình hình / sơ kết / tổng kết": the words that open a report's own clause.
_SAYS = re.compile(r"\bbáo\s+cáo\s+(?:kết\s+quả|tình\s+hình|sơ\s+kết|tổng\s+kết)\b", re.IGNORECASE)
# Words that make the clause a request for reports, not a report ("đề nghị ... báo cáo kết quả").
# Verbs only: "Hướng dẫn", "Chỉ đạo" also name documents and bodies ("Thực hiện Hướng dẫn số
# 08-HD/BDVTU, chi bộ báo cáo kết quả ...", "Ban Chỉ đạo 35 báo cáo ...").
_ASKS = re.compile(r"\b(?:đề\s+nghị|yêu\s+cầu|giao|đôn\s+đốc|nhắc)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:\n]|\.(?:\s|$)")
# How far after "báo cáo kết quả" the document reported on may be named ("... 5 năm triển khai
# thực hiện Chỉ thị số 05-CT/TW"), and how much of the body opens it.
_NAMED_WITHIN = 80
_WINDOW = 240
_OPENING = 1500
# /theo-doi/ stays a page a phone opens at 10,000 directives: a reminder names this many
# directives (the unit's page lists them all), the directives' table this many rows.
REMINDER_MAX = 10
LISTED_MAX = 5
OVERVIEW_ROWS = 100
# Types whose Kính gửi receives the document without being asked to act on it.
_ADDRESSED_ONLY = frozenset(
    {
        DocType.BAO_CAO,
        DocType.TO_TRINH,
        DocType.GIAY_MOI,
        DocType.GIAY_GIOI_THIEU,
        DocType.GIAY_NGHI_PHEP,
        DocType.PHIEU_GUI,
        DocType.PHIEU_CHUYEN,
        DocType.PHIEU_BAO,
        DocType.BIEN_BAN,
        DocType.HOP_DONG,
        DocType.THONG_CAO,
        DocType.BAN_SAO,
        DocType.BAN_SAO_Y,
        DocType.BAN_TRICH_SAO,
        DocType.BAN_SAO_LUC,
    }
)


def enabled(registry: Registry) -> bool:
    """True when this build shows answers: every build but the public one (see the module)."""
    return registry.audience is not Visibility.PUBLIC


def unit_key(registry: Registry, ref: str) -> str:
    """The key a unit is matched and listed by: its id, or the slug of a name written as text."""
    return ref if registry.unit(ref) else (slugify(ref) or "khac")


def _opening(body: str) -> str:
    text = body.lstrip()
    cut = text.find("\n\n")
    return text[: cut if 0 <= cut < _OPENING else _OPENING]


def said_reported(text: str) -> list[str]:
    """The number keys of the documents ``text`` says it reports on, in order.

    >>> said_reported("Báo cáo kết quả thực hiện Công văn số 2078-CV/ĐUK ngày 07/3/2024")
    ['2078-CV/DUK']
    >>> said_reported("Đề nghị các đơn vị báo cáo kết quả thực hiện Công văn số 2078-CV/ĐUK")
    []
    """
    keys: list[str] = []
    if "cáo" not in text and "CÁO" not in text and "Cáo" not in text:
        return keys  # most texts: a substring test is far cheaper than the pattern's scan
    for match in _SAYS.finditer(text):
        start = match.start()
        before = text[max(0, start - 120) : start]
        ends = list(_CLAUSE_END.finditer(before))
        if _ASKS.search(before[ends[-1].end() :] if ends else before):
            continue
        window = text[match.end() : match.end() + _WINDOW]
        end = _CLAUSE_END.search(window)
        window = window[: end.start()] if end else window
        found = [c for c in find_citations(window) if c.parent is None]
        if found and found[0].start <= _NAMED_WITHIN:
            keys.extend(c.number.key for c in found if c.number.key not in keys)
    return keys


# What a document says it reports on: (every document it cites, the number keys it names).
_Reported = tuple[bool, frozenset[str]]


def _reported_keys(report: Directive) -> _Reported | None:
    """Which cited documents ``report`` answers, from its own words and fields only (None: none
    of them): every one (a Báo cáo without ``reports_on:``), or those of the keys named."""
    if report.stub:
        return None
    keys: set[str] = set()
    if report.reports_on:
        keys.update(n.key for n in report.reports_on)
    said = said_reported(report.subject) + said_reported(_opening(report.body))
    keys.update(said)
    every = not report.reports_on and report.type is DocType.BAO_CAO
    if not every and not keys:
        return None
    return every, frozenset(keys)


def _targets(report: Directive, graph: LinkGraph, reported: _Reported | None) -> list[Directive]:
    """The directives ``report`` answers among those the graph says it cites."""
    if reported is None:
        return []
    out = graph.outgoing(report)
    if not out:
        return []
    every, keys = reported
    targets: dict[Identity, Directive] = {}
    for rel in out:
        target = rel.target
        if target is None or target.stub:
            continue
        if every or identity_of(target)[0] in keys:
            targets.setdefault(identity_of(target), target)
    return [t for t in targets.values() if report.date >= t.date and t is not report]


@dataclass(frozen=True, slots=True, kw_only=True)
class Duty:
    """One unit that must act on one directive, and what it has answered.

    Attributes:
        directive: the directive.
        unit_id: the unit's key (`unit_key`).
        unit_name: its display name.
        unit: the unit record, None for a unit written as text.
        tasks: its own tasks in the directive (empty for a Kính gửi unit without one).
        due: the date its report is due, None when nothing gives one.
        due_shared: True when ``due`` is the directive's (a Kính gửi unit without a task).
        done: the date written by hand (``done:`` on each of its tasks), which wins.
        reports: the documents it answered with, latest first.
        today: the build date.
    """

    directive: Directive
    unit_id: str
    unit_name: str
    unit: Unit | None
    tasks: tuple[Task, ...]
    due: dt.date | None
    due_shared: bool
    done: dt.date | None
    reports: tuple[Directive, ...]
    today: dt.date
    # Worked out once from the fields above (`__post_init__`): a duty is kept between the
    # edits of `bangtin serve`, and /theo-doi/, /thong-ke/ and the unit pages ask for these
    # some 100,000 times at 10,000 directives.
    closed: bool = field(init=False, repr=False, compare=False)
    days_overdue: int = field(init=False, repr=False, compare=False)
    overdue: bool = field(init=False, repr=False, compare=False)
    # done, answered, late, overdue, open or undated (a CSS modifier).
    state: str = field(init=False, repr=False, compare=False)
    # Closed (by hand or by the report that counts) by the due date, or closed and undated.
    on_time: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        closed = self.done is not None or bool(self.reports)
        # Days past the due date without an answer (0 when closed, undated or not yet due).
        late = 0 if closed or self.due is None else max(0, (self.today - self.due).days)
        object.__setattr__(self, "closed", closed)
        object.__setattr__(self, "days_overdue", late)
        object.__setattr__(self, "overdue", late > 0)
        object.__setattr__(self, "state", self._state())
        when = self.done or (self.reports[0].date if self.reports else None)
        on_time = when is not None and (self.due is None or when <= self.due)
        object.__setattr__(self, "on_time", on_time)

    @property
    def what(self) -> str:
        return "; ".join(t.what for t in self.tasks) or KINH_GUI_WHAT

    @property
    def answer(self) -> Directive | None:
        """The report that counts: the latest."""
        return self.reports[0] if self.reports else None

    @property
    def days_late(self) -> int:
        """Days the counting report came after the due date (0 when on time or undated)."""
        answer = self.answer
        if answer is None or self.due is None:
            return 0
        return max(0, (answer.date - self.due).days)

    def _state(self) -> str:
        if self.done is not None:
            return "done"
        if self.reports:
            return "late" if self.days_late else "answered"
        if self.due is None:
            return "undated"
        return "overdue" if self.overdue else "open"

    @property
    def label(self) -> str:
        """ "đúng hạn", "muộn 12 ngày", "quá hạn 3 ngày", "chưa đến hạn"..."""
        state = self.state
        if state == "done":
            return f"đã hoàn thành {format_date_short(self.done)}" if self.done else ""
        if state == "answered":
            return "đúng hạn" if self.due else "đã báo cáo"
        if state == "late":
            return f"muộn {self.days_late} ngày"
        if state == "overdue":
            return f"quá hạn {self.days_overdue} ngày"
        return "chưa đến hạn" if state == "open" else "chưa báo cáo"


@dataclass(frozen=True, slots=True, kw_only=True)
class DirectiveAnswers:
    """The answer table of one directive: a row per unit that must act."""

    directive: Directive
    duties: tuple[Duty, ...]
    # Worked out once (`__post_init__`): /theo-doi/ sorts every table by them.
    answered: int = field(init=False, repr=False, compare=False)
    overdue: tuple[Duty, ...] = field(init=False, repr=False, compare=False)
    overdue_count: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        late = tuple(d for d in self.duties if d.overdue)
        object.__setattr__(self, "answered", sum(1 for d in self.duties if d.closed))
        object.__setattr__(self, "overdue", late)
        object.__setattr__(self, "overdue_count", len(late))

    @property
    def summary(self) -> str:
        """ "đã báo cáo 7/12 đơn vị"."""
        return f"đã báo cáo {self.answered}/{len(self.duties)} đơn vị"


@dataclass(frozen=True, slots=True, kw_only=True)
class Reminder:
    """What one overdue unit owes, and the text to send it (Zalo, e-mail)."""

    unit_id: str
    unit_name: str
    unit: Unit | None
    duties: tuple[Duty, ...]
    today: dt.date

    @property
    def most_overdue(self) -> int:
        return max(d.days_overdue for d in self.duties)

    @property
    def listed(self) -> tuple[Duty, ...]:
        """The most overdue ones, listed on /theo-doi/ (the unit's page lists every one)."""
        return self.duties[:LISTED_MAX]

    @property
    def text(self) -> str:
        """The reminder in the register of an office's message, ready to paste."""
        lines = [
            f"Kính gửi: {self.unit_name}.",
            "",
            f"Đến ngày {format_date_short(self.today)}, bộ phận theo dõi chưa nhận được báo cáo "
            "của đơn vị về kết quả thực hiện "
            + ("văn bản sau:" if len(self.duties) == 1 else f"{len(self.duties)} văn bản sau:"),
        ]
        for duty in self.duties[:REMINDER_MAX]:
            d = duty.directive
            due = format_date_short(duty.due) if duty.due else ""
            lines.append(
                f"- {d.title} ngày {format_date_short(d.date)} về {d.subject.rstrip('.')}: "
                f"hạn báo cáo ngày {due}, đã quá hạn {duty.days_overdue} ngày."
            )
        rest = len(self.duties) - REMINDER_MAX
        if rest > 0:
            lines.append(f"- và {rest} văn bản khác quá hạn ít ngày hơn.")
        lines += [
            "",
            "Đề nghị đơn vị khẩn trương gửi báo cáo; nếu đã gửi, xin báo lại số và ngày "
            "của báo cáo để cập nhật.",
            "Trân trọng./.",
        ]
        return "\n".join(lines)


@dataclass(slots=True)
class _Made:
    """The views of an `Answers` made on first use."""

    owed_units: tuple[tuple[str, tuple[Duty, ...]], ...] | None = None
    open_tables: tuple[DirectiveAnswers, ...] | None = None
    reminders: tuple[Reminder, ...] | None = None
    late: dict[str, tuple[Duty, ...]] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Answers:
    """Every answer table of one build, and the views the pages take of it."""

    today: dt.date
    tables: tuple[DirectiveAnswers, ...] = ()
    # report identity -> identities of the directives it answers (its record view).
    answered_by: dict[Identity, tuple[Identity, ...]] = field(default_factory=dict)
    # unit key -> its unanswered duties, most overdue first (`owed`).
    owed_by_unit: dict[str, tuple[Duty, ...]] = field(default_factory=dict)
    _by_directive: dict[Identity, DirectiveAnswers] = field(default_factory=dict, repr=False)
    # `open_tables`, `owed_units` and `reminders` as first made (a page asks for them twice).
    _made: _Made = field(default_factory=_Made, repr=False, compare=False)

    def of(self, directive: Directive) -> DirectiveAnswers | None:
        return self._by_directive.get(identity_of(directive))

    def report_for(self, directive: Directive, unit_id: str) -> Directive | None:
        """The report that answers ``unit_id``'s part of ``directive``, if any."""
        table = self.of(directive)
        if table is None:
            return None
        return next((d.answer for d in table.duties if d.unit_id == unit_id), None)

    def owed(self) -> dict[str, tuple[Duty, ...]]:
        """The duties not yet answered, by unit key, most overdue first."""
        return self.owed_by_unit

    def owed_units(self) -> tuple[tuple[str, tuple[Duty, ...]], ...]:
        """(unit key, its unanswered duties) for /theo-doi/: units with overdue ones first."""
        if self._made.owed_units is None:
            self._made.owed_units = tuple(
                sorted(
                    self.owed_by_unit.items(),
                    key=lambda kv: (-kv[1][0].days_overdue, sort_key(kv[1][0].unit_name)),
                )
            )
        return self._made.owed_units

    def open_tables(self) -> tuple[DirectiveAnswers, ...]:
        """The tables with a unit still to answer: most overdue units first, then newest."""
        if self._made.open_tables is None:
            waiting = [t for t in self.tables if t.answered < len(t.duties)]
            self._made.open_tables = tuple(sorted(waiting, key=lambda t: -t.overdue_count))
        return self._made.open_tables

    def open_tables_listed(self) -> tuple[DirectiveAnswers, ...]:
        """The first `OVERVIEW_ROWS` of `open_tables`, the rows of /theo-doi/'s table."""
        return self.open_tables()[:OVERVIEW_ROWS]

    def reminders(self) -> tuple[Reminder, ...]:
        """One reminder per unit with an overdue report, the most overdue unit first."""
        if self._made.reminders is None:
            self._made.reminders = self._reminders()
        return self._made.reminders

    def late(self, unit_key: str) -> tuple[Duty, ...]:
        """The unit's unanswered duties that are overdue, most overdue first."""
        if self._made.late is None:
            self._made.late = {
                key: tuple(d for d in duties if d.overdue)
                for key, duties in self.owed_by_unit.items()
            }
        return self._made.late.get(unit_key, ())

    def _reminders(self) -> tuple[Reminder, ...]:
        out = []
        for key in self.owed_by_unit:
            late = self.late(key)
            if late:
                out.append(
                    Reminder(
                        unit_id=key,
                        unit_name=late[0].unit_name,
                        unit=late[0].unit,
                        duties=late,
                        today=self.today,
                    )
                )
        return tuple(sorted(out, key=lambda r: (-r.most_overdue, sort_key(r.unit_name))))

    def view(self, directive: Directive) -> tuple[Identity, ...]:
        """What ``directive`` answers, by identity: the part of its face the tables show."""
        return self.answered_by.get(identity_of(directive), ())


def _owed_order(duty: Duty) -> tuple[object, ...]:
    due = duty.due or dt.date.max
    return (-duty.days_overdue, due, duty.directive.url)


def _owed(tables: Iterable[DirectiveAnswers], kept: KeptAnswers) -> dict[str, tuple[Duty, ...]]:
    groups: dict[str, list[tuple[tuple[object, ...], Duty]]] = {}
    order: dict[int, tuple[Duty, tuple[object, ...]]] = {}
    for table in tables:
        for duty in table.duties:
            if not duty.closed:
                held = kept.order.get(id(duty))
                key = held[1] if held is not None and held[0] is duty else _owed_order(duty)
                order[id(duty)] = (duty, key)
                groups.setdefault(duty.unit_id, []).append((key, duty))
    kept.order = order
    # By the key alone, equal keys in the tables' order, as `sorted(duties, key=_owed_order)`.
    return {
        k: tuple(duty for _, duty in sorted(v, key=lambda kd: kd[0]))
        for k, v in sorted(groups.items())
    }


def directive_reminder(table: DirectiveAnswers) -> str:
    """One reminder to every unit overdue on ``table``'s directive ("" when none is)."""
    late = table.overdue
    if not late:
        return ""
    d = table.directive
    today = late[0].today
    if len(late) == 1:
        head = [f"Kính gửi: {late[0].unit_name}."]
    else:
        head = ["Kính gửi:", *(f"- {duty.unit_name};" for duty in late)]
    dues = sorted({duty.due for duty in late if duty.due})
    due = ", ".join(format_date_short(x) for x in dues)
    return "\n".join(
        [
            *head,
            "",
            f"Thực hiện {d.title} ngày {format_date_short(d.date)} về "
            f"{d.subject.rstrip('.')}, hạn báo cáo kết quả thực hiện là ngày {due}. "
            f"Đến ngày {format_date_short(today)}, bộ phận theo dõi chưa nhận được báo cáo của "
            + ("đơn vị." if len(late) == 1 else "các đơn vị nêu trên."),
            "",
            f"Đề nghị {'đơn vị' if len(late) == 1 else 'các đơn vị'} khẩn trương gửi báo cáo; "
            "nếu đã gửi, xin báo lại số và ngày của báo cáo để cập nhật.",
            "Trân trọng./.",
        ]
    )


def may_answer(d: Directive) -> bool:
    """True when ``d`` may answer a directive: a report, or words that may say it reports."""
    return next(iter(_candidates((d,))), None) is not None


def _addressed_only(d: Directive) -> bool:
    """True when ``d``'s Kính gửi receives it without being asked to act on it."""
    return d.type in _ADDRESSED_ONLY or bool(d.reports_on) or bool(said_reported(d.subject))


Acting = list[tuple[str, str, tuple[Task, ...]]]


class _Keys(dict[str, str]):
    """`unit_key` of each reference, worked out once a build (a name as text is slugified)."""

    def __init__(self, registry: Registry) -> None:
        super().__init__()
        self.registry = registry

    def __missing__(self, ref: str) -> str:
        key = self[ref] = unit_key(self.registry, ref)
        return key


def _must_act(keys: _Keys, d: Directive) -> Acting:
    """(unit key, unit ref, its tasks) for each unit that must act: Kính gửi first, then tasks."""
    order: dict[str, tuple[str, list[Task]]] = {}
    if d.to and not _addressed_only(d):
        for ref in d.to:
            order.setdefault(keys[ref], (ref, []))
    for task in d.tasks:
        order.setdefault(keys[task.who], (task.who, []))[1].append(task)
    return [(key, ref, tuple(tasks)) for key, (ref, tasks) in order.items()]


def _table(
    registry: Registry,
    d: Directive,
    acting: Acting,
    reports: dict[tuple[Identity, str], list[Directive]],
    today: dt.date,
) -> DirectiveAnswers:
    shared_due = max((t.due for t in d.tasks if t.due), default=None)
    ident = identity_of(d)
    duties = []
    for key, ref, tasks in acting:
        own_due = max((t.due for t in tasks if t.due), default=None)
        done = (
            max(t.done for t in tasks if t.done) if tasks and all(t.done for t in tasks) else None
        )
        found = sorted(
            reports.get((ident, key), ()), key=lambda r: (r.date, r.number.key), reverse=True
        )
        duties.append(
            Duty(
                directive=d,
                unit_id=key,
                unit_name=registry.unit_name(ref),
                unit=registry.unit(key),
                tasks=tasks,
                due=own_due if tasks else shared_due,
                due_shared=not tasks and shared_due is not None,
                done=done,
                reports=tuple(found),
                today=today,
            )
        )
    return DirectiveAnswers(directive=d, duties=tuple(duties))


@dataclass(slots=True)
class KeptAnswers:
    """`collect_answers`' work for each directive, kept between the updates of `bangtin serve`.

    An edit changes a few records; the others stay the same objects, and a table is made of
    its directive, its units and the reports found for them only: each directive's units and
    table are reused while these are the same (8,500 tables at 10,000 directives, a third of
    a second of every edit but a body's). Names and keys come from the units, so a change of
    the units or of the build date drops everything kept.
    """

    units: tuple[Unit, ...] = ()
    today: dt.date | None = None
    # id(directive) -> (the directive, kept alive so that its id is not reused; its units).
    acting: dict[int, tuple[Directive, Acting]] = field(default_factory=dict)
    # id(directive) -> (the directive, its units, the reports found for them, its table).
    tables: dict[int, _KeptTable] = field(default_factory=dict)
    # id(duty) -> (the duty, its place among a unit's owed duties: `_owed_order`).
    order: dict[int, tuple[Duty, tuple[object, ...]]] = field(default_factory=dict)
    # id(directive) -> (the directive, what it says it reports on, None when it may not:
    # `_candidates` and `_reported_keys`, which read its subject and opening).
    reported: dict[int, tuple[Directive, _Reported | None]] = field(default_factory=dict)

    def begin(self, registry: Registry, today: dt.date) -> None:
        """Drops what was kept when the units or the build date changed."""
        if self.today != today or (
            self.units is not registry.units and self.units != registry.units
        ):
            # (what a document says it reports on reads neither: it stays)
            self.acting, self.tables, self.order = {}, {}, {}
        self.units, self.today = registry.units, today


_KeptTable = tuple[Directive, Acting, tuple[tuple[Directive, ...], ...], DirectiveAnswers]


def collect_answers(
    registry: Registry, graph: LinkGraph | None, today: dt.date, kept: KeptAnswers | None = None
) -> Answers:
    """Every answer table of the directives this build shows (none in a public build).

    Args:
        registry: the build's records, already filtered for its audience.
        graph: the build's link graph (None: no citation is known, nothing is answered).
        today: the build date, against which unanswered units are overdue.
        kept: the work of serve's last update, reused for the records it left (updated).
    """
    if not enabled(registry):
        return Answers(today=today)
    if kept is None:
        kept = KeptAnswers()  # a one-off build: nothing to reuse, the same code all the same
    kept.begin(registry, today)
    keys = _Keys(registry)
    acting = _acting(keys, registry.directives, kept)
    units = {identity_of(d): {key for key, _, _ in who} for d, who in acting}
    reports: dict[tuple[Identity, str], list[Directive]] = {}
    answered_by: dict[Identity, tuple[Identity, ...]] = {}
    if graph is not None:
        for r, reported in _reports(registry.directives, kept):
            if not r.issuer:
                continue
            issuer = keys[r.issuer]
            hits = []
            for target in _targets(r, graph, reported):
                ident = identity_of(target)
                if issuer in units.get(ident, ()):
                    reports.setdefault((ident, issuer), []).append(r)
                    hits.append(ident)
            if hits:
                answered_by[identity_of(r)] = tuple(hits)
    tables = _tables(registry, _without_recipients(acting, answered_by), reports, today, kept)
    return Answers(
        today=today,
        tables=tables,
        answered_by=answered_by,
        owed_by_unit=_owed(tables, kept),
        _by_directive={identity_of(t.directive): t for t in tables},
    )


def answers_with_records(
    answers: Answers,
    registry: Registry,
    graphs: tuple[LinkGraph | None, LinkGraph | None],
    gone: Sequence[Directive],
    came: Sequence[Directive],
    kept: KeptAnswers,
) -> Answers | None:
    """``answers`` (`collect_answers`' with ``kept``) for ``registry``, whose records are those
    ``answers`` was collected from but ``gone``, and ``came`` (every other one the same object):
    what `collect_answers` gives, or None when it must be collected again.

    For `bangtin serve`'s new and deleted files. A record comes or goes alone when no citation
    resolves to it (``graphs``: the link graph it was in, the one it is in), and it cites no
    directive it may answer: every other record then cites and answers what it did, its table
    and the reports found for it stay (the same objects); only its own table comes or goes, and
    its units' owed duties follow.
    """
    before, now = graphs
    today = answers.today
    if not enabled(registry):
        return Answers(today=today)
    if kept.today != today or (kept.units is not registry.units and kept.units != registry.units):
        return None
    if before is None or now is None or any(_cited(before, g) or answers.view(g) for g in gone):
        return None
    for d in came:
        may = next(iter(_candidates((d,))), None) is not None
        if _cited(now, d) or _targets(d, now, _reported_keys(d) if may else None):
            return None
    keys = _Keys(registry)
    made: dict[int, DirectiveAnswers] = {}
    for d, who in _acting(keys, came, KeptAnswers()):
        # It answers nothing: its Kính gửi stays (`_without_recipients`); nothing answers it.
        made[id(d)] = _table(registry, d, who, {}, today)
    kept_tables = {id(t.directive): t for t in answers.tables}
    tables = tuple(
        t
        for d in registry.directives
        if (t := made.get(id(d)) or kept_tables.get(id(d))) is not None
    )
    by_directive = dict(answers._by_directive)
    left = [t for g in gone if (t := answers.of(g)) is not None and t.directive is g]
    for table in left:
        del by_directive[identity_of(table.directive)]
    by_directive.update((identity_of(t.directive), t) for t in made.values())
    return Answers(
        today=today,
        tables=tables,
        answered_by=dict(answers.answered_by),
        owed_by_unit=_owed_again(answers.owed_by_unit, left, list(made.values()), kept),
        _by_directive=by_directive,
    )


def _cited(graph: LinkGraph, d: Directive) -> bool:
    """True when a citation of a record (not a stub's) resolves to ``d``."""
    return any(not r.source.stub for r in graph.incoming(d))


def _owed_again(
    owed: dict[str, tuple[Duty, ...]],
    left: list[DirectiveAnswers],
    made: list[DirectiveAnswers],
    kept: KeptAnswers,
) -> dict[str, tuple[Duty, ...]]:
    """``owed`` (`_owed`'s) without the duties of the tables ``left`` and with those of ``made``:
    only their units' duties are sorted again (one duty of a unit per directive: the keys
    differ, so the order is `_owed`'s)."""
    out = dict(owed)
    gone = {id(duty) for t in left for duty in t.duties}
    units = {duty.unit_id for t in (*left, *made) for duty in t.duties if not duty.closed}
    for t in made:
        for duty in t.duties:
            if not duty.closed:
                kept.order[id(duty)] = (duty, _owed_order(duty))
    for unit in units:
        duties = [x for x in out.get(unit, ()) if id(x) not in gone]
        duties += [x for t in made for x in t.duties if x.unit_id == unit and not x.closed]
        keyed = []
        for duty in duties:
            held = kept.order.get(id(duty))
            keyed.append((held[1] if held and held[0] is duty else _owed_order(duty), duty))
        if keyed:
            out[unit] = tuple(duty for _, duty in sorted(keyed, key=lambda kd: kd[0]))
        else:
            out.pop(unit, None)
    return dict(sorted(out.items()))


def _acting(
    keys: _Keys, directives: Iterable[Directive], kept: KeptAnswers
) -> list[tuple[Directive, Acting]]:
    """Each directive that some unit must act on, with those units (`_must_act`)."""
    fresh: dict[int, tuple[Directive, Acting]] = {}
    out: list[tuple[Directive, Acting]] = []
    for d in directives:
        if d.stub or not (d.to or d.tasks):
            continue
        held = kept.acting.get(id(d))
        who = held[1] if held is not None and held[0] is d else _must_act(keys, d)
        fresh[id(d)] = (d, who)
        if who:
            out.append((d, who))
    kept.acting = fresh
    return out


def _tables(
    registry: Registry,
    acting: Iterable[tuple[Directive, Acting]],
    reports: dict[tuple[Identity, str], list[Directive]],
    today: dt.date,
    kept: KeptAnswers,
) -> tuple[DirectiveAnswers, ...]:
    """Each directive's table (`_table`), the one kept for it while its directive, its units
    and the reports found for them are the same objects."""
    fresh: dict[int, _KeptTable] = {}
    out: list[DirectiveAnswers] = []
    for d, who in acting:
        ident = identity_of(d)
        found = tuple(tuple(reports.get((ident, key), ())) for key, _, _ in who)
        held = kept.tables.get(id(d))
        if held is not None and held[0] is d and held[1] == who and _same_objects(held[2], found):
            table = held[3]
        else:
            table = _table(registry, d, who, reports, today)
        fresh[id(d)] = (d, who, found, table)
        out.append(table)
    kept.tables = fresh
    return tuple(out)


def _same_objects(
    a: tuple[tuple[Directive, ...], ...], b: tuple[tuple[Directive, ...], ...]
) -> bool:
    return len(a) == len(b) and all(
        len(x) == len(y) and all(p is q for p, q in zip(x, y, strict=True))
        for x, y in zip(a, b, strict=True)
    )


def _without_recipients(
    acting: list[tuple[Directive, Acting]], answered_by: dict[Identity, tuple[Identity, ...]]
) -> Iterable[tuple[Directive, Acting]]:
    """``acting``, where a document that answers another keeps only its tasks' units: its
    Kính gửi receives the answer (the words that made it one may stand in its body only)."""
    for d, who in acting:
        if identity_of(d) in answered_by:
            who = [row for row in who if row[2]]
        if who:
            yield d, who


def _reports(
    directives: Iterable[Directive], kept: KeptAnswers
) -> list[tuple[Directive, _Reported]]:
    """The documents that answer what they cite, in order, each with what it says it reports
    on (`_candidates`, `_reported_keys`: their words), kept for the records an edit left."""
    fresh: dict[int, tuple[Directive, _Reported | None]] = {}
    out: list[tuple[Directive, _Reported]] = []
    for d in directives:
        held = kept.reported.get(id(d))
        if held is None or held[0] is not d:
            may = next(iter(_candidates((d,))), None) is not None
            held = (d, _reported_keys(d) if may else None)
        fresh[id(d)] = held
        if held[1] is not None:
            out.append((d, held[1]))
    kept.reported = fresh
    return out


def _candidates(directives: Iterable[Directive]) -> Iterable[Directive]:
    # Reports, documents naming what they report on, and those whose words may say so: the
    # others are passed over without reading their bodies' openings twice.
    for d in directives:
        if d.stub:
            continue
        if d.type is DocType.BAO_CAO or d.reports_on:
            yield d
            continue
        opening = d.body[:_OPENING]
        if "áo cáo" in d.subject.lower() or "áo cáo" in opening.lower():
            yield d
