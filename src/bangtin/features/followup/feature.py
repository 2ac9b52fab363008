"""Follow-up: directives' tasks as to-do lists and calendars, the practices registry, dashboards.

Pages: /theo-doi/ (every task, by unit), /mo-hinh/ (practices, filterable), /tin-tuc/ (news),
/thong-ke/ (charts with their tables); fragments on unit pages ("Việc cần làm", practices);
files: /lich/nhiem-vu.ics and /lich/don-vi/ID.ics.

The build date decides which tasks are overdue. It is read from ``SOURCE_DATE_EPOCH`` when set
(the reproducible-builds convention: seconds since 1970-01-01 UTC), else it is today; both are
taken in Vietnam's time (UTC+7), so a build at 6 a.m. in Phan Thiết counts that day.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from markupsafe import Markup

from bangtin.core.model import Directive, PracticeField, Registry, Task, Unit
from bangtin.core.text import format_date_short, slugify, sort_key
from bangtin.features.base import BuildContext, Feature, OutputFile
from bangtin.features.followup import answers as answer_rules
from bangtin.features.followup import charts, ical
from bangtin.features.followup.answers import Answers, KeptAnswers, collect_answers
from bangtin.site.pages import PageSpec, SiteIndex, register_renderer
from bangtin.site.render import Links, fragments_cached, render_template, template_env

__all__ = [
    "PORTAL_TZ",
    "BuildClock",
    "FollowupFeature",
    "KeptFollowup",
    "TaskItem",
    "UnitTasks",
    "build_clock",
    "calendar_for",
    "collect_tasks",
    "group_by_unit",
]

PORTAL_TZ = dt.timezone(dt.timedelta(hours=7), "ICT")
# Remind this many days before a deadline: enough to finish a report.
ALARM_DAYS = 3
ALL_CALENDAR = "lich/nhiem-vu.ics"
MAX_ISSUERS_CHARTED = 12
MONTHS_CHARTED = 24

KIND_FOLLOWUP = "bt-followup"
KIND_PRACTICES = "bt-practices"
KIND_NEWS = "bt-news"
KIND_STATS = "bt-stats"


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildClock:
    """The build's notion of "now": the date tasks are measured against and the DTSTAMP."""

    date: dt.date
    stamp: dt.datetime


def build_clock(environ: Mapping[str, str] | None = None) -> BuildClock:
    """The build date from ``SOURCE_DATE_EPOCH`` when set, else today (in Vietnam's time).

    Without ``SOURCE_DATE_EPOCH`` the stamp is midnight of today, so two builds on one day are
    identical.

    Raises:
        ValueError: SOURCE_DATE_EPOCH is set but is not a whole number of seconds.
    """
    env = os.environ if environ is None else environ
    raw = env.get("SOURCE_DATE_EPOCH", "").strip()
    if raw:
        try:
            seconds = int(raw)
        except ValueError:
            raise ValueError(
                f"SOURCE_DATE_EPOCH phải là số giây kể từ 1970-01-01, không phải «{raw}»"
            ) from None
        stamp = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
        return BuildClock(date=stamp.astimezone(PORTAL_TZ).date(), stamp=stamp)
    today = dt.datetime.now(PORTAL_TZ).date()
    midnight = dt.datetime.combine(today, dt.time(), tzinfo=PORTAL_TZ)
    return BuildClock(date=today, stamp=midnight.astimezone(dt.UTC))


@dataclass(frozen=True, slots=True, kw_only=True)
class TaskItem:
    """One task of one directive, with its state on the build date.

    Attributes:
        task: the task as written.
        directive: the directive that sets it.
        position: its 1-based place in the directive's ``tasks`` (part of the stable UID).
        unit_id: the unit id of ``who``, or a slug of it when ``who`` is text.
        unit_name: the unit's display name.
        today: the build date.
        answer: the report of the unit that answers the directive (`answers`), if any.
    """

    task: Task
    directive: Directive
    position: int
    unit_id: str
    unit_name: str
    today: dt.date
    answer: Directive | None = None
    # Worked out once from the fields above (`__post_init__`): an item is kept between the
    # edits of `bangtin serve`, and /theo-doi/, /thong-ke/ and the unit pages count them
    # (12,000 tasks at 10,000 directives) several times a page.
    done: bool = field(init=False, repr=False, compare=False)
    overdue: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Closed: finished by hand (``done:``) or answered by the unit's report.
        done = self.task.done is not None or self.answer is not None
        left = self.days_left
        object.__setattr__(self, "done", done)
        object.__setattr__(self, "overdue", not done and left is not None and left < 0)

    @property
    def answered(self) -> bool:
        """Closed by a report only (``done:`` wins): calendars drop such a task."""
        return self.task.done is None and self.answer is not None

    @property
    def days_left(self) -> int | None:
        """Days to the due date (negative when past), None without a due date."""
        return (self.task.due - self.today).days if self.task.due else None

    @property
    def state(self) -> str:
        """One of done, overdue, today, open, undated (used as a CSS modifier)."""
        if self.done:
            return "done"
        left = self.days_left
        if left is None:
            return "undated"
        if left < 0:
            return "overdue"
        return "today" if left == 0 else "open"

    @property
    def label(self) -> str:
        """ "quá hạn 12 ngày", "còn 5 ngày", "đã hoàn thành 02/4/2024"..."""
        if self.task.done is not None:
            return f"đã hoàn thành {format_date_short(self.task.done)}"
        if self.answer is not None:
            late = (self.answer.date - self.task.due).days if self.task.due else 0
            when = format_date_short(self.answer.date)
            return f"đã báo cáo {when}, muộn {late} ngày" if late > 0 else f"đã báo cáo {when}"
        left = self.days_left
        if left is None:
            return "không ghi hạn"
        if left < 0:
            return f"quá hạn {-left} ngày"
        return "đến hạn hôm nay" if left == 0 else f"còn {left} ngày"

    @property
    def uid_stem(self) -> str:
        # Directive identity + place in its list: stable across builds and edits of the wording.
        return f"{self.directive.year}-{self.directive.slug}-{self.position}"

    def sort_key(self) -> tuple[object, ...]:
        due = self.task.due or dt.date.max
        closed = self.task.done or (self.answer.date if self.answer is not None else None)
        if closed is not None:
            # Finished ones after the open ones, latest finished first.
            return (1, -closed.toordinal(), self.directive.url, self.position)
        return (0, due, self.directive.url, self.position)


@dataclass(frozen=True, slots=True, kw_only=True)
class UnitTasks:
    """The tasks of one unit, open ones by due date, then finished ones."""

    unit_id: str
    name: str
    unit: Unit | None
    items: tuple[TaskItem, ...]
    # Worked out once (`__post_init__`): the pages and their sort ask for them often.
    open: tuple[TaskItem, ...] = field(init=False, repr=False, compare=False)
    finished: tuple[TaskItem, ...] = field(init=False, repr=False, compare=False)
    overdue: tuple[TaskItem, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "open", tuple(i for i in self.items if not i.done))
        object.__setattr__(self, "finished", tuple(i for i in self.items if i.done))
        object.__setattr__(self, "overdue", tuple(i for i in self.items if i.overdue))

    @property
    def calendar(self) -> str:
        """Site-relative path of the unit's calendar ("" when none of its tasks has a date)."""
        if any(i.task.due for i in self.items):
            return f"lich/don-vi/{self.unit_id}.ics"
        return ""


@dataclass(slots=True)
class KeptFollowup:
    """The follow-up's work for each directive, kept between the updates of `bangtin serve`:
    its answer tables (`KeptAnswers`), its tasks and their places, reused for the records an
    edit left (the same objects: 12,000 tasks at 10,000 directives)."""

    answers: KeptAnswers = field(default_factory=KeptAnswers)
    units: tuple[Unit, ...] = ()
    today: dt.date | None = None
    # id(directive) -> (the directive, the report answering each of its tasks, its items).
    tasks: dict[int, tuple[Directive, tuple[Directive | None, ...], tuple[TaskItem, ...]]] = field(
        default_factory=dict
    )
    # id(item) -> (the item, its `TaskItem.sort_key`).
    order: dict[int, tuple[TaskItem, tuple[object, ...]]] = field(default_factory=dict)
    # unit key -> its tasks as last grouped (`group_by_unit`: the same object while its
    # items are).
    groups: dict[str, UnitTasks] = field(default_factory=dict)

    def begin(self, registry: Registry, today: dt.date) -> None:
        """Drops the tasks kept when the units or the build date changed (names come from
        the units, states from the date)."""
        if self.today != today or (
            self.units is not registry.units and self.units != registry.units
        ):
            self.tasks, self.order, self.groups = {}, {}, {}
        self.units, self.today = registry.units, today


def collect_tasks(
    registry: Registry,
    today: dt.date,
    answers: Answers | None = None,
    kept: KeptFollowup | None = None,
) -> tuple[TaskItem, ...]:
    """Every task of the directives this build may show, in a stable order.

    The registry is already filtered for the audience, so a task of a directive the audience may
    not see is never listed, nor written to a calendar. With ``answers``, a task whose unit has
    answered the directive carries that report. With ``kept`` (serve), the items of a directive
    are reused while it and the reports answering its tasks are the same objects.
    """
    if kept is None:
        kept = KeptFollowup()
    kept.begin(registry, today)
    fresh: dict[int, tuple[Directive, tuple[Directive | None, ...], tuple[TaskItem, ...]]] = {}
    items: list[TaskItem] = []
    for d in registry.directives:
        if d.stub or not d.tasks:
            continue
        keys = [answer_rules.unit_key(registry, task.who) for task in d.tasks]
        found = tuple(answers.report_for(d, key) if answers else None for key in keys)
        held = kept.tasks.get(id(d))
        if held is not None and held[0] is d and _same(held[1], found):
            own = held[2]
        else:
            own = _items(registry, d, keys, found, today)
        fresh[id(d)] = (d, found, own)
        items.extend(own)
    kept.tasks = fresh
    return tuple(sorted(items, key=_order(kept)))


def _items(
    registry: Registry,
    d: Directive,
    keys: Sequence[str],
    found: Sequence[Directive | None],
    today: dt.date,
) -> tuple[TaskItem, ...]:
    """``d``'s task items: each task with its unit's key and the report answering it."""
    return tuple(
        TaskItem(
            task=task,
            directive=d,
            position=position,
            unit_id=key,
            unit_name=registry.unit_name(task.who),
            today=today,
            answer=answer,
        )
        for position, (task, key, answer) in enumerate(
            zip(d.tasks, keys, found, strict=True), start=1
        )
    )


def tasks_with_records(
    items: Sequence[TaskItem],
    registry: Registry,
    answers: Answers,
    gone: Sequence[Directive],
    came: Sequence[Directive],
    kept: KeptFollowup,
) -> tuple[TaskItem, ...]:
    """``items`` (`collect_tasks`' with ``kept``) without the tasks of ``gone`` and with those of
    ``came``: what `collect_tasks` gives for ``registry`` when the reports answering every other
    record's tasks are the same (`answers_with_records`)."""
    today = answers.today
    left = {id(d) for d in gone}
    out = [i for i in items if id(i.directive) not in left] if left else list(items)
    order = _held_order(kept)
    for d in came:
        if d.stub or not d.tasks:
            continue
        keys = [answer_rules.unit_key(registry, task.who) for task in d.tasks]
        found = tuple(answers.report_for(d, key) for key in keys)
        own = _items(registry, d, keys, found, today)
        kept.tasks[id(d)] = (d, found, own)
        for item in own:
            # No two items have one key (a directive's address, the task's place): put in
            # where it sorts, the list is sorted as `collect_tasks` sorts it.
            kept.order[id(item)] = (item, item.sort_key())
            out.insert(bisect.bisect(out, kept.order[id(item)][1], key=order), item)
    return tuple(out)


def regroup(
    registry: Registry,
    groups: Sequence[UnitTasks],
    items: Sequence[TaskItem],
    units: set[str],
    kept: KeptFollowup,
) -> tuple[UnitTasks, ...]:
    """`group_by_unit` of ``items`` (sorted), whose units' tasks are those of ``groups`` but
    those of ``units``: the other units keep their groups (the same objects)."""
    grouped: dict[str, list[TaskItem]] = {}
    for item in items:
        if item.unit_id in units:
            grouped.setdefault(item.unit_id, []).append(item)
    out = [g for g in groups if g.unit_id not in units]
    out += [
        UnitTasks(unit_id=key, name=group[0].unit_name, unit=registry.unit(key), items=tuple(group))
        for key, group in grouped.items()
    ]
    keyed = sorted(
        (((not g.overdue, not g.open, sort_key(g.name)), g) for g in out), key=lambda kg: kg[0]
    )
    if any(a[0] == b[0] for a, b in itertools.pairwise(keyed)):
        # Two units sort alike: a full grouping orders them by their first task.
        return group_by_unit(registry, items, kept)
    kept.groups = {g.unit_id: g for _, g in keyed}
    return tuple(g for _, g in keyed)


def _same(a: tuple[Directive | None, ...], b: tuple[Directive | None, ...]) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def _order(kept: KeptFollowup) -> Callable[[TaskItem], tuple[object, ...]]:
    """`TaskItem.sort_key`, each item's kept in ``kept`` (the keys of the items it dropped go)."""
    last = kept.order
    fresh: dict[int, tuple[TaskItem, tuple[object, ...]]] = {}
    kept.order = fresh

    def key(item: TaskItem) -> tuple[object, ...]:
        held = fresh.get(id(item)) or last.get(id(item))
        if held is None or held[0] is not item:
            held = (item, item.sort_key())
        fresh[id(item)] = held
        return held[1]

    return key


def _held_order(kept: KeptFollowup) -> Callable[[TaskItem], tuple[object, ...]]:
    """`TaskItem.sort_key`, as `_order` keeps it, without dropping the keys it is not asked."""
    held = kept.order

    def key(item: TaskItem) -> tuple[object, ...]:
        found = held.get(id(item))
        return found[1] if found is not None and found[0] is item else item.sort_key()

    return key


def group_by_unit(
    registry: Registry, items: Iterable[TaskItem], kept: KeptFollowup | None = None
) -> tuple[UnitTasks, ...]:
    """Tasks grouped by unit: units with overdue tasks first, then by name."""
    groups: dict[str, list[TaskItem]] = {}
    for item in items:
        groups.setdefault(item.unit_id, []).append(item)
    order = _held_order(kept) if kept is not None else TaskItem.sort_key
    last = kept.groups if kept is not None else {}
    fresh: dict[str, UnitTasks] = {}
    for key, group in groups.items():
        held = last.get(key)
        # A unit whose items are those it was last grouped from (in order) is that group.
        if (
            held is None
            or len(held.items) != len(group)
            or any(a is not b for a, b in zip(held.items, group, strict=True))
        ):
            held = UnitTasks(
                unit_id=key,
                name=group[0].unit_name,
                unit=registry.unit(key),
                items=tuple(sorted(group, key=order)),
            )
        fresh[key] = held
    if kept is not None:
        kept.groups = fresh
    out = list(fresh.values())
    return tuple(sorted(out, key=lambda g: (not g.overdue, not g.open, sort_key(g.name))))


def calendar_for(
    items: Sequence[TaskItem],
    *,
    name: str,
    registry: Registry,
    clock: BuildClock,
    site_url: str = "",
) -> str:
    """The RFC 5545 text of a calendar holding ``items`` that have a due date.

    Each task is an all-day VEVENT on its due date with an alarm ``ALARM_DAYS`` days before
    (tasks finished by hand keep their event, marked done, without an alarm; tasks the unit has
    answered with a report are dropped: nothing is left to remind of). The URL of each event is
    the directive's page when ``site_url`` is known; a calendar app cannot resolve a relative URL.
    """
    host = urlsplit(site_url).hostname or "bangtin"
    events = []
    for item in items:
        if item.task.due is None or item.answered:
            continue
        d = item.directive
        url = site_url.rstrip("/") + "/" + d.url if site_url else ""
        lines = [
            f"Đơn vị thực hiện: {item.unit_name}",
            f"Theo {d.title}, ngày {format_date_short(d.date)}: {d.subject}",
        ]
        if item.task.report_to:
            lines.append(f"Báo cáo: {registry.unit_name(item.task.report_to)}")
        if item.task.done is not None:
            lines.append(f"Đã hoàn thành ngày {format_date_short(item.task.done)}")
        lines.append(url or f"Trang văn bản: /{d.url}")
        prefix = "Đã hoàn thành: " if item.done else ""
        events.append(
            ical.CalendarEvent(
                uid=f"{item.uid_stem}@{host}",
                day=item.task.due,
                summary=f"{prefix}{item.task.what}",
                description="\n".join(lines),
                url=url,
                alarm_days=0 if item.done else ALARM_DAYS,
                alarm_text=f"Còn {ALARM_DAYS} ngày đến hạn: {item.task.what}",
                categories=("Nhiệm vụ", str(d.number)),
            )
        )
    return ical.calendar_text(
        events,
        name=name,
        description="Hạn các nhiệm vụ giao trong văn bản chỉ đạo",
        stamp=clock.stamp,
    )


# --- practices --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class FilterGroup:
    """One row of filter buttons on /mo-hinh/: a facet and its (value, label, count) choices."""

    facet: str
    label: str
    choices: tuple[tuple[str, str, int], ...]


def _unit_label(registry: Registry, ref: str) -> str:
    unit = registry.unit(ref)
    return unit.label if unit else ref


def _practice_filters(registry: Registry) -> tuple[FilterGroup, ...]:
    ps = registry.practices
    years = Counter(p.year for p in ps)
    units = Counter(p.unit for p in ps)
    fields = Counter(p.field for p in ps)
    themes = Counter(y for p in ps for y in p.themes)
    return (
        FilterGroup(
            facet="year",
            label="Năm",
            choices=tuple((str(y), str(y), n) for y, n in sorted(years.items(), reverse=True)),
        ),
        FilterGroup(
            facet="unit",
            label="Đơn vị",
            choices=tuple(
                sorted(
                    ((u, _unit_label(registry, u), n) for u, n in units.items()),
                    key=lambda c: sort_key(c[1]),
                )
            ),
        ),
        FilterGroup(
            facet="field",
            label="Lĩnh vực",
            choices=tuple(
                (slugify(f.value), f.value.capitalize(), fields[f])
                for f in PracticeField
                if fields[f]
            ),
        ),
        FilterGroup(
            facet="theme",
            label="Chủ đề năm",
            choices=tuple((str(y), str(y), n) for y, n in sorted(themes.items(), reverse=True)),
        ),
    )


# --- dashboards -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Chart:
    """One chart of /thong-ke/ and the table of the same numbers."""

    id: str
    title: str
    svg: Markup
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    note: str = ""
    empty: str = ""


def _counted(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], sort_key(kv[0])))


def _bars(
    chart_id: str,
    title: str,
    head: str,
    pairs: list[tuple[str, int]],
    *,
    empty: str,
    note: str = "",
    charted: list[tuple[str, int]] | None = None,
) -> Chart:
    shown = charted if charted is not None else pairs
    svg = (
        charts.bar_chart(
            chart_id,
            title,
            [k for k, _ in shown],
            [charts.Series(name="Số lượng", values=tuple(v for _, v in shown))],
        )
        if pairs
        else Markup("")
    )
    return Chart(
        id=chart_id,
        title=title,
        svg=svg,
        headers=(head, "Số lượng"),
        rows=tuple((k, str(v)) for k, v in pairs),
        note=note,
        empty="" if pairs else empty,
    )


def _month_chart(directives: Sequence[Directive]) -> Chart:
    title = "Văn bản theo tháng ban hành"
    if not directives:
        return Chart(
            id="bt-chart-thang",
            title=title,
            svg=Markup(""),
            headers=(),
            rows=(),
            empty="Chưa có văn bản nào.",
        )
    counts = Counter((d.date.year, d.date.month) for d in directives)
    last_year = max(y for y, _ in counts)
    first_year = max(min(y for y, _ in counts), last_year - MONTHS_CHARTED // 12 + 1)
    months = [(y, m) for y in range(first_year, last_year + 1) for m in range(1, 13)]
    labels = [f"{m:02d}/{y % 100:02d}" for y, m in months]
    values = [counts.get(k, 0) for k in months]
    older = sum(n for (y, _), n in counts.items() if y < first_year)
    note = f"Năm {first_year}–{last_year}" if first_year != last_year else f"Năm {last_year}"
    if older:
        note += f"; {older} văn bản các năm trước không vẽ ở đây (xem theo năm)"
    return Chart(
        id="bt-chart-thang",
        title=title,
        svg=charts.column_chart("bt-chart-thang", title, labels, values),
        headers=("Tháng", "Số văn bản"),
        rows=tuple((f"{m:02d}/{y}", str(n)) for (y, m), n in zip(months, values, strict=True)),
        note=note,
    )


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def _answer_rate_chart(answers: Answers) -> Chart:
    """Per unit: of the reports it owes that are due (or already sent), how many it sent."""
    title = "Tỉ lệ đã báo cáo theo đơn vị"
    counts: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for table in answers.tables:
        for duty in table.duties:
            if duty.state == "open":
                continue  # not due yet and not answered: owed by no one yet
            row = counts.setdefault(duty.unit_id, [0, 0, 0])
            names[duty.unit_id] = duty.unit_name
            row[0] += 1
            row[1] += duty.closed
            row[2] += duty.on_time
    order = sorted(counts, key=lambda k: (-counts[k][0], sort_key(names[k])))
    charted = order[:MAX_ISSUERS_CHARTED]
    svg = charts.bar_chart(
        "bt-chart-bao-cao-don-vi",
        title,
        [names[k] for k in charted],
        [
            charts.Series(
                name="Đã báo cáo",
                values=tuple(_percent(counts[k][1], counts[k][0]) for k in charted),
                color=charts.PALETTE[3],
                suffix="%",
            )
        ],
        scale_max=100,
    )
    note = "Không tính văn bản chưa đến hạn mà đơn vị chưa báo cáo."
    if len(order) > len(charted):
        note += f" Biểu đồ vẽ {len(charted)} đơn vị phải báo cáo nhiều nhất; bảng có đủ."
    return Chart(
        id="bt-chart-bao-cao-don-vi",
        title=title,
        svg=svg if order else Markup(""),
        headers=("Đơn vị", "Phải báo cáo", "Đã báo cáo", "Đúng hạn", "Tỉ lệ đã báo cáo"),
        rows=tuple(
            (names[k], str(n), str(done), str(timely), f"{_percent(done, n)}%")
            for k in order
            for n, done, timely in [counts[k]]
        ),
        note=note,
        empty="" if order else "Chưa có báo cáo nào đến hạn.",
    )


def _on_time_chart(answers: Answers) -> Chart:
    """By month of the due date: the share of the reports due that month sent on time."""
    title = "Tỉ lệ báo cáo đúng hạn theo tháng"
    months: dict[tuple[int, int], list[int]] = {}
    for table in answers.tables:
        for duty in table.duties:
            if duty.due is None or duty.due > answers.today:
                continue
            row = months.setdefault((duty.due.year, duty.due.month), [0, 0, 0])
            row[0] += 1
            if duty.on_time:
                row[1] += 1
            elif duty.closed:
                row[2] += 1
    shown = sorted(months)[-MONTHS_CHARTED:]
    labels = [f"{m:02d}/{y % 100:02d}" for y, m in shown]
    values = [_percent(months[k][1], months[k][0]) for k in shown]
    return Chart(
        id="bt-chart-dung-han",
        title=title,
        svg=charts.column_chart(
            "bt-chart-dung-han",
            title,
            labels,
            values,
            color=charts.PALETTE[3],
            scale_max=100,
            suffix="%",
        )
        if shown
        else Markup(""),
        headers=("Tháng đến hạn", "Đến hạn", "Đúng hạn", "Muộn", "Chưa báo cáo", "Tỉ lệ đúng hạn"),
        rows=tuple(
            (f"{m:02d}/{y}", str(n), str(ok), str(late), str(n - ok - late), f"{_percent(ok, n)}%")
            for (y, m) in shown
            for n, ok, late in [months[(y, m)]]
        ),
        note="Theo tháng của hạn báo cáo; cột là phần trăm báo cáo gửi đúng hạn.",
        empty="" if shown else "Chưa có báo cáo nào đến hạn.",
    )


def dashboard_charts(
    registry: Registry, groups: Sequence[UnitTasks], answers: Answers | None = None
) -> tuple[Chart, ...]:
    """Every chart of /thong-ke/, with the numbers of its table (the answers' two when the build
    shows answers)."""
    out = [*_document_charts(registry), *_practice_charts(registry), _task_chart(groups)]
    if answers is not None and answers.tables:
        out += [_answer_rate_chart(answers), _on_time_chart(answers)]
    return tuple(out)


def _document_charts(registry: Registry) -> list[Chart]:
    """The directives by month, by type and by issuer (the largest issuers, the rest as one)."""
    ds = registry.directives
    no_docs = "Chưa có văn bản nào."
    # Counted by issuer, then by its name (a unit's name is looked up once, not per document).
    by_issuer = Counter(d.issuer for d in ds)
    names: Counter[str] = Counter()
    for issuer, n in by_issuer.items():
        names[registry.unit_name(issuer) if issuer else "Chưa rõ"] += n
    issuers = _counted(names)
    charted = issuers[:MAX_ISSUERS_CHARTED]
    if len(issuers) > MAX_ISSUERS_CHARTED:
        charted = [*charted, ("Các cơ quan khác", sum(n for _, n in issuers[MAX_ISSUERS_CHARTED:]))]
    return [
        _month_chart(ds),
        _bars(
            "bt-chart-loai",
            "Văn bản theo loại",
            "Loại văn bản",
            _counted(Counter(d.type.value for d in ds)),
            empty=no_docs,
        ),
        _bars(
            "bt-chart-co-quan",
            "Văn bản theo cơ quan ban hành",
            "Cơ quan ban hành",
            issuers,
            empty=no_docs,
            charted=charted,
        ),
    ]


def _practice_charts(registry: Registry) -> list[Chart]:
    """The practices by unit, by field and by year."""
    ps = registry.practices
    no_practices = "Chưa có mô hình nào. Biên tập viên thêm mô hình bằng lệnh bangtin new practice."
    field_counts = Counter(p.field for p in ps)
    return [
        _bars(
            "bt-chart-mo-hinh-don-vi",
            "Mô hình theo đơn vị",
            "Đơn vị",
            _counted(Counter(registry.unit_name(p.unit) for p in ps)),
            empty=no_practices,
        ),
        _bars(
            "bt-chart-mo-hinh-linh-vuc",
            "Mô hình theo lĩnh vực",
            "Lĩnh vực",
            [(f.value.capitalize(), field_counts[f]) for f in PracticeField] if ps else [],
            empty=no_practices,
        ),
        _bars(
            "bt-chart-mo-hinh-nam",
            "Mô hình theo năm",
            "Năm",
            [(str(y), n) for y, n in sorted(Counter(p.year for p in ps).items(), reverse=True)],
            empty=no_practices,
        ),
    ]


def _task_chart(groups: Sequence[UnitTasks]) -> Chart:
    """The open and overdue tasks of each unit that has open ones; the table lists every unit."""
    task_groups = [g for g in groups if g.open]
    title = "Nhiệm vụ đang mở và quá hạn theo đơn vị"
    return Chart(
        id="bt-chart-nhiem-vu",
        title=title,
        svg=charts.bar_chart(
            "bt-chart-nhiem-vu",
            title,
            [g.name for g in task_groups],
            [
                charts.Series(
                    name="Đang mở",
                    values=tuple(len(g.open) for g in task_groups),
                    color=charts.PALETTE[2],
                ),
                charts.Series(
                    name="Quá hạn",
                    values=tuple(len(g.overdue) for g in task_groups),
                    color=charts.PALETTE[0],
                ),
            ],
        )
        if task_groups
        else Markup(""),
        headers=("Đơn vị", "Đang mở", "Quá hạn", "Đã hoàn thành"),
        rows=tuple(
            (g.name, str(len(g.open)), str(len(g.overdue)), str(len(g.finished))) for g in groups
        ),
        empty="" if task_groups else "Không có nhiệm vụ nào đang mở.",
    )


# --- the feature ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class FollowupData:
    """What the follow-up pages of one build show (the ``record`` of their PageSpecs)."""

    clock: BuildClock
    items: tuple[TaskItem, ...]
    groups: tuple[UnitTasks, ...]
    answers: Answers

    def group(self, unit_id: str) -> UnitTasks | None:
        return next((g for g in self.groups if g.unit_id == unit_id), None)


class FollowupFeature(Feature):
    """Tasks, practices and news listings, dashboards and calendars."""

    def __init__(self, ctx: BuildContext, data: FollowupData | None = None) -> None:
        super().__init__(ctx)
        if data is None:
            clock = build_clock()
            # The answers come from the graph the links feature built (it runs first).
            # serve keeps each directive's tables and tasks: an edit makes again its own.
            kept = _kept(ctx)
            graph = ctx.state.get("links.graph")
            held = kept.answers if kept is not None else None
            answers = collect_answers(ctx.registry, graph, clock.date, held)
            items = collect_tasks(ctx.registry, clock.date, answers, kept)
            data = FollowupData(
                clock=clock,
                items=items,
                groups=group_by_unit(ctx.registry, items, kept),
                answers=answers,
            )
        self.data = data
        register_renderer(KIND_FOLLOWUP, _render_followup)
        register_renderer(KIND_PRACTICES, _render_practices)
        register_renderer(KIND_NEWS, _render_news)
        register_renderer(KIND_STATS, _render_stats)

    @classmethod
    def after_body_edit(
        cls, previous: Feature, ctx: BuildContext, records: Sequence[Directive]
    ) -> Feature:
        # Tasks, practices, news and the statistics read no body; the answers read the openings
        # of documents that may be reports: made again when an edited one may be or was one.
        assert isinstance(previous, FollowupFeature)
        if answer_rules.enabled(ctx.registry) and any(
            previous.data.answers.view(d) or answer_rules.may_answer(d) for d in records
        ):
            return cls(ctx)
        previous.ctx = ctx
        return previous

    @classmethod
    def after_files_edit(
        cls,
        previous: Feature,
        ctx: BuildContext,
        added: Sequence[Directive],
        removed: Sequence[Directive],
    ) -> Feature:
        # New and deleted files that no citation resolves to and that answer nothing: every
        # other record's table and tasks stay; theirs come or go (`answers_with_records`).
        # Collecting them all again reads 10,000 records, 0.4 s at 10,000 directives.
        assert isinstance(previous, FollowupFeature)
        data = _with_records(previous, ctx)
        return cls(ctx, data) if data is not None else cls(ctx)

    @classmethod
    def after_fields_edit(
        cls, previous: Feature, ctx: BuildContext, records: Sequence[Directive]
    ) -> Feature:
        # An edited record is its old version gone and its new one come: the same rule.
        return cls.after_files_edit(previous, ctx, records, ())

    def extra_javascript(self) -> list[str]:
        return ["assets/bangtin/followup.js"]

    def extra_css(self) -> list[str]:
        return ["assets/bangtin/followup.css"]

    def global_view(self) -> object:
        return self.data.clock

    def record_view(self, d: Directive) -> object:
        # The directives a report answers show it in their tables: part of its face, so their
        # pages (within reach of it) and the listings are rendered again when it changes.
        return self.data.answers.view(d)

    def pages(self) -> list[PageSpec]:
        return [
            PageSpec(
                src_uri="theo-doi/index.md",
                title="Theo dõi nhiệm vụ",
                kind=KIND_FOLLOWUP,
                record=self.data,
                description="Việc cần làm của các đơn vị theo văn bản chỉ đạo, và hạn của từng việc",
            ),
            PageSpec(
                src_uri="mo-hinh/index.md",
                title="Mô hình, điển hình, cách làm hay",
                kind=KIND_PRACTICES,
                record=self.data,
                description="Các mô hình «Dân vận khéo», điển hình, cách làm hay của các đơn vị",
            ),
            PageSpec(src_uri="tin-tuc/index.md", title="Tin tức", kind=KIND_NEWS, record=self.data),
            PageSpec(
                src_uri="thong-ke/index.md",
                title="Thống kê",
                kind=KIND_STATS,
                record=self.data,
                description="Số văn bản, mô hình và nhiệm vụ theo tháng, loại, đơn vị",
            ),
        ]

    def extras(self, spec: PageSpec, page_url: str) -> dict[str, Markup]:
        if spec.kind == "directive" and isinstance(spec.record, Directive):
            table = self.data.answers.of(spec.record)
            if table is None:
                return {}
            links = Links(self.ctx.registry, page_url)
            reminder = answer_rules.directive_reminder(table)
            return {
                "answers": render_template(
                    "partials/bangtin/answers.html",
                    table=table,
                    reminder=reminder,
                    clock=self.data.clock,
                    links=links,
                )
            }
        if spec.kind != "unit":
            return {}
        reg = self.ctx.registry
        links = Links(reg, page_url)
        unit_id = str(spec.key)
        group = self.data.group(unit_id)
        practices = [p for p in reg.practices if p.unit == unit_id]
        return {
            "tasks": render_template(
                "unit_tasks.html",
                group=group,
                owed=self.data.answers.owed().get(unit_id, ()),
                clock=self.data.clock,
                links=links,
                task_lists=_task_lists(links),
            ),
            "practices": render_template("unit_practices.html", practices=practices, links=links)
            if practices
            else Markup(""),
        }

    def output_files(self) -> dict[str, OutputFile]:
        """The calendar of every task and one per unit: each made of its tasks (with their
        directives), its name, the build's clock, the site's address and the names of the
        units its tasks report to."""
        org = self.ctx.options.organisation or self.ctx.options.site_name
        files: dict[str, OutputFile] = {}
        if any(i.task.due for i in self.data.items):
            files[ALL_CALENDAR] = self._calendar(self.data.items, f"Nhiệm vụ - {org}")
        for group in self.data.groups:
            if group.calendar:
                files[group.calendar] = self._calendar(group.items, f"Nhiệm vụ - {group.name}")
        return files

    def _calendar(self, items: Sequence[TaskItem], name: str) -> OutputFile:
        reg, clock, site_url = self.ctx.registry, self.data.clock, self.ctx.options.site_url
        reports = tuple(reg.unit_name(i.task.report_to) for i in items if i.task.report_to)
        key = (tuple(items), name, clock, site_url, reports)

        def data() -> bytes:
            text = calendar_for(items, name=name, registry=reg, clock=clock, site_url=site_url)
            return text.encode("utf-8")

        return OutputFile(key, data)

    def post_build(self, site_dir: Path) -> None:
        for rel, file in self.output_files().items():
            path = site_dir / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            # The bytes as they are: CRLF line ends, as RFC 5545 asks.
            path.write_bytes(file.data())


def _kept(ctx: BuildContext) -> KeptFollowup | None:
    return ctx.memo.setdefault("followup.kept", KeptFollowup()) if ctx.memo is not None else None


def _with_records(previous: FollowupFeature, ctx: BuildContext) -> FollowupData | None:
    """``previous``'s follow-up for ``ctx``'s records, which are ``previous``'s but those that
    went and came (every other one the same object; `answers_with_records`), or None when it
    must be collected again (another day, other units, a record that answers or is answered)."""
    kept, old = _kept(ctx), previous.data
    reg, before = ctx.registry, previous.ctx.registry
    if kept is None or build_clock() != old.clock or kept.today != old.clock.date:
        return None
    if reg.units is not before.units and reg.units != before.units:
        return None
    was = {id(d): d for d in before.directives if not d.stub}
    now = {id(d): d for d in reg.directives if not d.stub}
    gone = [d for key, d in was.items() if key not in now]
    came = [d for key, d in now.items() if key not in was]
    graphs = (previous.ctx.state.get("links.graph"), ctx.state.get("links.graph"))
    answers = answer_rules.answers_with_records(old.answers, reg, graphs, gone, came, kept.answers)
    if answers is None:
        return None
    items = tasks_with_records(old.items, reg, answers, gone, came, kept)
    # The units whose tasks came or went.
    moved = {id(d) for d in (*gone, *came)}
    units = {i.unit_id for i in (*old.items, *items) if id(i.directive) in moved}
    return FollowupData(
        clock=old.clock,
        items=items,
        groups=regroup(reg, old.groups, items, units, kept),
        answers=answers,
    )


def _render_followup(
    spec: PageSpec, index: SiteIndex, links: Links, extras: dict[str, Markup]
) -> Markup:
    data: FollowupData = spec.record
    has_calendar = any(i.task.due for i in data.items)
    return render_template(
        "followup.html",
        data=data,
        links=links,
        task_lists=_task_lists(links),
        calendar=links.to(ALL_CALENDAR) if has_calendar else "",
        counts={
            "open": sum(1 for i in data.items if not i.done),
            "overdue": sum(1 for i in data.items if i.overdue),
            "done": sum(1 for i in data.items if i.done),
        },
    )


#: The task lists of each unit as last rendered (on /theo-doi/ and on its page), by unit, page
#: and units, with the group and units they were rendered from (kept alive, so their ids are
#: not reused): `bangtin serve` renders /theo-doi/ again after most edits (12,000 tasks at
#: 10,000 directives, a second), and an edit changes the tasks of a unit or two.
_TASK_LISTS: dict[tuple[str, str, int], tuple[UnitTasks, object, Markup]] = {}
_MAX_TASK_LISTS = 4096


def _task_lists(links: Links) -> Callable[[UnitTasks], Markup]:
    """followup_macros.html's ``task_lists`` for the page of ``links``, each unit's rendered
    again only when its tasks are not those it was last rendered from (`Links.row` keeps a
    listing's rows the same way)."""
    macros = template_env().get_template("partials/bangtin/followup_macros.html").module
    units = links.registry.units

    def task_lists(group: UnitTasks) -> Markup:
        key = (group.unit_id, links.page_url, id(units))
        held = _TASK_LISTS.get(key) if fragments_cached() else None
        if held is not None and held[1] is units and held[0] == group:
            return held[2]
        html = Markup(macros.task_lists(group, links))  # type: ignore[attr-defined]
        if fragments_cached():
            if len(_TASK_LISTS) >= _MAX_TASK_LISTS:
                _TASK_LISTS.clear()
            _TASK_LISTS[key] = (group, units, html)
        return html

    return task_lists


def _render_practices(
    spec: PageSpec, index: SiteIndex, links: Links, extras: dict[str, Markup]
) -> Markup:
    reg = index.registry
    return render_template(
        "practices_index.html",
        practices=reg.practices,
        filters=_practice_filters(reg),
        links=links,
        registry=reg,
        slugify=slugify,
    )


def _render_news(
    spec: PageSpec, index: SiteIndex, links: Links, extras: dict[str, Markup]
) -> Markup:
    return render_template("news_index.html", news=index.registry.news, links=links)


def _render_stats(
    spec: PageSpec, index: SiteIndex, links: Links, extras: dict[str, Markup]
) -> Markup:
    data: FollowupData = spec.record
    reg = index.registry
    return render_template(
        "stats.html",
        charts=dashboard_charts(reg, data.groups, data.answers),
        totals={
            "directives": len(reg.directives),
            "practices": len(reg.practices),
            "tasks_open": sum(1 for i in data.items if not i.done),
            "tasks_overdue": sum(1 for i in data.items if i.overdue),
        },
        clock=data.clock,
        links=links,
    )
