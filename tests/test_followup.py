"""Follow-up: tasks and their calendars, practices and news listings, dashboards."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bangtin.core.model import Directive, DocType, Registry, Task, Unit, Visibility
from bangtin.core.numbers import parse_number
from bangtin.features.followup import charts
from bangtin.features.followup.feature import build_clock, calendar_for, collect_tasks
from bangtin.features.followup.ical import escape_text, fold_line
from conftest import MakeSite, directive

# 2025-01-10 00:00 UTC: the seed's task (due 2024-12-31) is 10 days overdue.
EPOCH = "1736467200"
SEED_TASK = "Theo dõi, đôn đốc việc triển khai thực hiện Công văn này"
HOSTILE = 'Báo cáo <b>"gấp"</b>; kiểm tra, rà soát \\ hết\nrồi'


def _unlabelled(html: str) -> str:
    """Table cells without the labels a phone shows in place of the column heads."""
    return re.sub(r' data-label="[^"]*"', "", html)


# --- RFC 5545 writing -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("Theo dõi, đôn đốc", "Theo dõi\\, đôn đốc"),
        ("a;b", "a\\;b"),
        ("C:\\lưu", "C:\\\\lưu"),
        ("dòng 1\ndòng 2", "dòng 1\\ndòng 2"),
        ("dòng 1\r\ndòng 2", "dòng 1\\ndòng 2"),
        ("không đổi", "không đổi"),
    ],
)
def test_escape_text(text: str, escaped: str) -> None:
    assert escape_text(text) == escaped


@pytest.mark.parametrize(
    "line",
    [
        "SUMMARY:" + "a" * 200,
        "SUMMARY:" + "Đẩy mạnh thực hiện Công văn số 189-CV/TU của Ban Thường vụ Tỉnh ủy " * 4,
        "DESCRIPTION:" + "ệ" * 80,  # three octets each: a fold must never cut one
        "SUMMARY:ngắn",
    ],
)
def test_fold_line_keeps_octets_and_characters(line: str) -> None:
    folded = fold_line(line)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert pieces[0] + "".join(p[1:] for p in pieces[1:]) == line


def _fold_by_characters(line: str) -> str:
    """RFC 5545 folding character by character: each piece as long as it may be."""
    pieces, current, size, limit = [], "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, 74
        current += char
        size += width
    return "\r\n ".join([*pieces, current])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aĐđệ😀 ,;\\ễ"), min_size=1, max_size=300))
def test_fold_line_breaks_where_a_character_walk_would(text: str) -> None:
    line = "DESCRIPTION:" + text
    assert fold_line(line) == _fold_by_characters(line)


# --- build date -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("epoch", "date"),
    [
        ("1735603200", dt.date(2024, 12, 31)),  # 00:00 UTC = 07:00 in Vietnam
        ("1735664400", dt.date(2025, 1, 1)),  # 17:00 UTC = midnight in Vietnam: the next day
        (" 1736467200 ", dt.date(2025, 1, 10)),
    ],
)
def test_build_clock_from_source_date_epoch(epoch: str, date: dt.date) -> None:
    clock = build_clock({"SOURCE_DATE_EPOCH": epoch})
    assert clock.date == date
    assert clock.stamp == dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)


def test_build_clock_without_epoch_is_today_and_stable() -> None:
    clock = build_clock({})
    vn_today = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()
    assert clock.date == vn_today
    assert clock == build_clock({})  # midnight: two builds on one day agree


def test_build_clock_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="SOURCE_DATE_EPOCH"):
        build_clock({"SOURCE_DATE_EPOCH": "hôm qua"})


# --- task states ------------------------------------------------------------------------------

TODAY = dt.date(2025, 1, 10)


def _directive(
    *tasks: Task, number: str = "5-CV/ĐUK", vis: Visibility = Visibility.PUBLIC
) -> Directive:
    parsed = parse_number(number)
    assert parsed is not None
    return Directive(
        path=f"directives/2024/{parsed.slug}.md",
        number=parsed,
        date=dt.date(2024, 11, 1),
        type=DocType.CONG_VAN,
        subject="Triển khai, kiểm tra",
        tasks=tasks,
        visibility=vis,
    )


@pytest.mark.parametrize(
    ("due", "done", "state", "label"),
    [
        (dt.date(2024, 12, 31), None, "overdue", "quá hạn 10 ngày"),
        (dt.date(2025, 1, 9), None, "overdue", "quá hạn 1 ngày"),
        (TODAY, None, "today", "đến hạn hôm nay"),
        (dt.date(2025, 1, 15), None, "open", "còn 5 ngày"),
        (None, None, "undated", "không ghi hạn"),
        (dt.date(2024, 12, 31), dt.date(2024, 12, 20), "done", "đã hoàn thành 20/12/2024"),
    ],
)
def test_task_state_against_build_date(
    due: dt.date | None, done: dt.date | None, state: str, label: str
) -> None:
    reg = Registry(
        directives=(_directive(Task(what="Báo cáo", who="doan-khoi", due=due, done=done)),)
    )
    (item,) = collect_tasks(reg, TODAY)
    assert (item.state, item.label) == (state, label)
    assert item.overdue == (state == "overdue")


def test_tasks_order_open_by_due_then_done() -> None:
    d = _directive(
        Task(what="muộn", who="u", due=dt.date(2025, 3, 1)),
        Task(what="xong", who="u", due=dt.date(2024, 1, 1), done=dt.date(2024, 1, 2)),
        Task(what="không hạn", who="u"),
        Task(what="sớm", who="u", due=dt.date(2024, 12, 1)),
    )
    items = collect_tasks(Registry(directives=(d,)), TODAY)
    assert [i.task.what for i in items] == ["sớm", "muộn", "không hạn", "xong"]
    assert [i.position for i in items] == [4, 1, 3, 2]


def test_calendar_round_trip_with_hostile_text() -> None:
    d = _directive(
        Task(what=HOSTILE, who="doan-khoi", due=dt.date(2025, 2, 1), report_to="Văn phòng; Ban"),
        Task(
            what="xong rồi", who="doan-khoi", due=dt.date(2024, 12, 1), done=dt.date(2024, 11, 30)
        ),
        Task(what="không hạn", who="doan-khoi"),
    )
    reg = Registry(directives=(d,), units=(Unit(id="doan-khoi", name="Đoàn Khối"),))
    clock = build_clock({"SOURCE_DATE_EPOCH": EPOCH})
    items = collect_tasks(reg, clock.date)
    text = calendar_for(
        items,
        name="Nhiệm vụ, Đoàn Khối",
        registry=reg,
        clock=clock,
        site_url="https://bangtin.example.vn/portal/",
    )
    assert text == calendar_for(
        items,
        name="Nhiệm vụ, Đoàn Khối",
        registry=reg,
        clock=clock,
        site_url="https://bangtin.example.vn/portal/",
    )
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    cal = icalendar.Calendar.from_ical(text)
    # icalendar leaves properties it does not type (NAME, X-WR-CALNAME) as written: escaped.
    assert str(cal["NAME"]) == "Nhiệm vụ\\, Đoàn Khối"
    assert "X-WR-CALNAME:Nhiệm vụ\\, Đoàn Khối\r\n" in text
    events = cal.walk("VEVENT")
    assert len(events) == 2  # the undated task has no day to sit on
    first = events[0]
    assert str(first["SUMMARY"]) == HOSTILE
    assert first["DTSTART"].dt == dt.date(2025, 2, 1)
    assert first["DTEND"].dt == dt.date(2025, 2, 2)
    assert str(first["UID"]) == "2024-5-cv-duk-1@bangtin.example.vn"
    assert str(first["URL"]) == "https://bangtin.example.vn/portal/van-ban/2024/5-cv-duk/"
    assert first["DTSTAMP"].dt == dt.datetime(2025, 1, 10, tzinfo=dt.UTC)
    assert "Báo cáo: Văn phòng; Ban" in str(first["DESCRIPTION"])
    (alarm,) = first.walk("VALARM")
    assert alarm["TRIGGER"].dt == -dt.timedelta(days=3)
    done = events[1]
    assert str(done["SUMMARY"]) == "Đã hoàn thành: xong rồi"
    assert not done.walk("VALARM")


# --- charts -----------------------------------------------------------------------------------


def test_charts_are_well_formed_svg_with_escaped_text() -> None:
    labels = ["<script>alert(1)</script>", "Ban Tuyên giáo & Dân vận " * 3]
    bars = charts.bar_chart(
        "c1",
        'Tiêu đề "x" <y>',
        labels,
        [
            charts.Series(name="Đang mở", values=(3, 0)),
            charts.Series(name="Quá hạn", values=(1, 0)),
        ],
    )
    columns = charts.column_chart("c2", "Theo tháng", ["01/24", "02/24", "<03>"], [0, 5, 2])
    for svg in (bars, columns):
        root = ET.fromstring(str(svg))  # parses: every label was escaped
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert "<script" not in str(svg)
    texts = [t.text for t in ET.fromstring(str(bars)).iter("{http://www.w3.org/2000/svg}text")]
    assert "<script>alert(1)</script>" in texts
    assert any(t and t.endswith("…") for t in texts)  # a long label is clipped in the picture
    assert len(ET.fromstring(str(columns)).findall("{http://www.w3.org/2000/svg}rect")) == 3


# --- the sample portal ------------------------------------------------------------------------


def _ics_lines(raw: bytes) -> list[bytes]:
    assert raw.endswith(b"\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in lines)
    return lines


def test_sample_portal_follow_up(make_site: MakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    site = make_site(sample=True)
    assert site.exit_code == 0, site.output

    page = site.page("theo-doi/")
    section = page.split('id="ban-tgdv-duk"', 1)[1].split("</section>", 1)[0]
    assert "Ban Tuyên giáo - Dân vận Đảng ủy Khối" in section
    assert SEED_TASK in section
    assert "quá hạn 10 ngày" in section
    assert 'href="../van-ban/2024/2078-cv-duk/"' in section
    assert 'href="../lich/nhiem-vu.ics"' in page

    unit = site.page("don-vi/ban-tgdv-duk/")
    assert "Việc cần làm" in unit and SEED_TASK in unit and "quá hạn 10 ngày" in unit
    assert 'href="../../lich/don-vi/ban-tgdv-duk.ics"' in unit
    assert "Chưa có việc nào được giao" in site.page("don-vi/doan-khoi/")

    raw = (site.site_dir / "lich" / "nhiem-vu.ics").read_bytes()
    _ics_lines(raw)
    cal = icalendar.Calendar.from_ical(raw)
    (event,) = cal.walk("VEVENT")
    assert str(event["SUMMARY"]).startswith(SEED_TASK)
    assert event["DTSTART"].dt == dt.date(2024, 12, 31)
    assert str(event["UID"]) == "2024-2078-cv-duk-1@bangtin"
    assert "Ban Tuyên giáo - Dân vận Đảng ủy Khối" in str(event["DESCRIPTION"])
    assert (site.site_dir / "lich" / "don-vi" / "ban-tgdv-duk.ics").read_bytes() != b""

    stats = _unlabelled(site.page("thong-ke/"))
    sections = re.findall(r'<section class="bt-chart" id="([^"]+)"', stats)
    assert sections == [
        "bt-chart-thang", "bt-chart-loai", "bt-chart-co-quan", "bt-chart-mo-hinh-don-vi",
        "bt-chart-mo-hinh-linh-vuc", "bt-chart-mo-hinh-nam", "bt-chart-nhiem-vu",
        "bt-chart-bao-cao-don-vi", "bt-chart-dung-han",
    ]  # fmt: skip
    assert stats.count('<svg class="bt-chart__svg"') == 6  # practices: empty states
    assert stats.count('<table class="bt-table"') == 6
    assert (
        "<script"
        not in stats.split('<article class="md-content__inner', 1)[1].split("</article>")[0]
    )
    month_table = stats.split('id="bt-chart-thang"', 1)[1].split("</section>", 1)[0]
    assert '<th scope="row">03/2024</th><td>1</td>' in month_table
    tasks_table = stats.split('id="bt-chart-nhiem-vu"', 1)[1].split("</section>", 1)[0]
    assert re.search(
        r"Ban Tuyên giáo - Dân vận Đảng ủy Khối</th><td>1</td><td>1</td><td>0</td>", tasks_table
    )

    assert "bangtin new practice" in site.page("mo-hinh/")
    assert "bangtin new news" in site.page("tin-tuc/")
    assert "Chưa có tin tức nào" in site.page("")
    assert "Chưa có mô hình nào gắn với chủ đề năm 2024" in site.page("chu-de/2024/")
    nav = site.page("").split('data-md-component="sidebar"', 1)[1]
    for url in ("theo-doi/", "mo-hinh/", "thong-ke/"):
        assert f'href="{url}"' in nav, url


# --- fixtures: audience, practices, news ------------------------------------------------------

THEME = "---\nyear: 2024\ntitle: Chủ đề thử\nvisibility: public\n---\n\nChủ đề.\n"


def _practice(
    title: str, unit: str, year: int, field: str, themes: str, vis: str = "public"
) -> str:
    return (
        f"---\ntitle: '{title}'\nunit: {unit}\nyear: {year}\nfield: {field}\nthemes: {themes}\n"
        f"status: recognised\nvisibility: {vis}\nsummary: Tóm tắt mô hình.\n---\n\nMô tả.\n"
    )


FILES: dict[str, str | bytes] = {
    "content/themes/2024.md": THEME,
    "directives/2024/7-cv-duk.md": directive(
        "7-CV/ĐUK",
        "2024-05-02",
        subject="Rà soát nhiệm vụ trọng tâm",
        issuer="dang-uy-khoi",
        tasks="\n  - {what: '" + HOSTILE.replace("\n", " ") + "', who: doan-khoi, due: 2025-01-20}"
        "\n  - {what: Tổng kết mô hình, who: doan-khoi, due: 2024-10-01, done: 2024-09-28}",
    ),
    "directives/2024/8-cv-duk.md": directive(
        "8-CV/ĐUK",
        "2024-06-03",
        subject="Việc nội bộ",
        visibility="internal",
        tasks="\n  - {what: Việc bí mật nội bộ, who: ban-tgdv-duk, due: 2024-12-01}",
    ),
    "content/practices/dan-van-kheo-so-hoa.md": _practice(
        "«Dân vận khéo» trong chuyển đổi số",
        "doan-khoi",
        2024,
        "xây dựng hệ thống chính trị",
        "[2024]",
    ),
    "content/practices/vuon-rau.md": _practice(
        "Vườn rau <nghĩa tình>", "ban-tgdv-duk", 2023, "kinh tế", "[]"
    ),
    "content/practices/noi-bo.md": _practice(
        "Mô hình nội bộ", "doan-khoi", 2024, "kinh tế", "[]", vis="internal"
    ),
    "content/news/hoi-nghi.md": (
        "---\ntitle: Hội nghị sơ kết mô hình\ndate: 2024-07-01\nthemes: [2024]\nvisibility: public\n---\n\nTin.\n"
    ),
}


def test_public_build_lists_only_visible_tasks_and_practices(
    make_site: MakeSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    site = make_site(FILES, audience="public", config={"site_url": "https://bangtin.example.vn/"})
    assert site.exit_code == 0, site.output

    page = site.page("theo-doi/")
    assert "Việc bí mật nội bộ" not in page
    assert "&lt;b&gt;&#34;gấp&#34;&lt;/b&gt;" in page and "<b>" not in page
    assert "còn 10 ngày" in page and "đã hoàn thành 28/9/2024" in page
    assert not (site.site_dir / "lich" / "don-vi" / "ban-tgdv-duk.ics").exists()
    for path in (site.site_dir / "lich").rglob("*.ics"):
        assert b"b\xc3\xad m\xe1\xba\xadt" not in path.read_bytes()  # "bí mật"
    cal = icalendar.Calendar.from_ical(
        (site.site_dir / "lich" / "don-vi" / "doan-khoi.ics").read_bytes()
    )
    summaries = sorted(str(e["SUMMARY"]) for e in cal.walk("VEVENT"))
    assert summaries == [
        'Báo cáo <b>"gấp"</b>; kiểm tra, rà soát \\ hết rồi',
        "Đã hoàn thành: Tổng kết mô hình",
    ]
    urls = {str(e["URL"]) for e in cal.walk("VEVENT")}
    assert urls == {"https://bangtin.example.vn/van-ban/2024/7-cv-duk/"}

    practices = site.page("mo-hinh/")
    assert "Mô hình nội bộ" not in practices
    assert practices.count("data-bt-item") == 2
    assert "Vườn rau &lt;nghĩa tình&gt;" in practices
    assert (
        'data-year="2024" data-unit="doan-khoi" data-field="xay-dung-he-thong-chinh-tri" data-theme="2024"'
        in practices
    )
    for facet, value in [
        ("year", "2023"),
        ("unit", "ban-tgdv-duk"),
        ("field", "kinh-te"),
        ("theme", "2024"),
    ]:
        assert f'data-bt-facet="{facet}" data-bt-value="{value}"' in practices
    assert "data-bt-filters hidden" in practices  # shown by followup.js only
    assert "followup.js" in practices

    hub = site.page("chu-de/2024/")
    assert "«Dân vận khéo» trong chuyển đổi số" in hub and "Vườn rau" not in hub
    assert "Hội nghị sơ kết mô hình" in hub
    assert "Hội nghị sơ kết mô hình" in site.page("") and "Hội nghị sơ kết mô hình" in site.page(
        "tin-tuc/"
    )
    unit = site.page("don-vi/doan-khoi/")
    assert "«Dân vận khéo» trong chuyển đổi số" in unit and "Mô hình nội bộ" not in unit

    stats = _unlabelled(site.page("thong-ke/"))
    fields = stats.split('id="bt-chart-mo-hinh-linh-vuc"', 1)[1].split("</section>", 1)[0]
    assert '<th scope="row">Kinh tế</th><td>1</td>' in fields
    assert '<th scope="row">Quốc phòng - an ninh</th><td>0</td>' in fields
    years = stats.split('id="bt-chart-mo-hinh-nam"', 1)[1].split("</section>", 1)[0]
    assert years.index(">2024</th>") < years.index(">2023</th>")


def test_internal_build_shows_internal_tasks(
    make_site: MakeSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    site = make_site(FILES)
    assert site.exit_code == 0, site.output
    assert "Việc bí mật nội bộ" in site.page("theo-doi/")
    assert "quá hạn 40 ngày" in site.page("don-vi/ban-tgdv-duk/")
    assert "Mô hình nội bộ" in site.page("mo-hinh/")
    raw = (site.site_dir / "lich" / "nhiem-vu.ics").read_bytes()
    assert len(icalendar.Calendar.from_ical(raw).walk("VEVENT")) == 3
