"""Answers to directives: reports recognised from the link graph close the units' tasks.

Real sites in tmp_path: a directive to five units and a plan, the reports of some of them (by
type, by ``reports_on:``, by their words), and what the pages, calendars and charts say of them.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import icalendar
import pytest

from bangtin.features.followup.answers import said_reported
from conftest import HOME, MakeSite, Site, directive, load_script, run_build

# 2025-01-10 00:00 UTC: a report due 30/6/2024 and not sent is 194 days overdue.
EPOCH = "1736467200"

UNITS = """\
units:
  - id: dang-uy-khoi
    name: Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh
    short: Đảng ủy Khối
    code: ĐUK
  - id: ban-tgdv-duk
    name: Ban Tuyên giáo - Dân vận Đảng ủy Khối
    code: TGDVĐUK
    parent: dang-uy-khoi
  - id: doan-khoi
    name: Đoàn Khối
    code: ĐTN
    parent: dang-uy-khoi
  - id: hoi-ccb
    name: Hội Cựu chiến binh Khối
    code: CCB
    parent: dang-uy-khoi
  - id: chi-bo-1
    name: Chi bộ Sở Tư pháp
    code: CB1
    parent: dang-uy-khoi
  - id: chi-bo-2
    name: Chi bộ Sở Y tế
    code: CB2
    parent: dang-uy-khoi
"""

A = "van-ban/2024/10-cv-duk/"
B = "van-ban/2024/11-kh-duk/"


def _unlabelled(html: str) -> str:
    """Table cells without the labels a phone shows in place of the column heads."""
    return re.sub(r' data-label="[^"]*"', "", html)


def _report(number: str, date: str, issuer: str, subject: str, body: str, **extra: str) -> str:
    return directive(
        number,
        date,
        subject=subject,
        visibility="internal",
        body=body,
        issuer=issuer,
        to="[dang-uy-khoi]",
        **extra,
    )


FILES: dict[str, str | bytes] = {
    "content/index.md": HOME,
    "content/units.yml": UNITS,
    # A: five units must act; the Đoàn's own task and the shared due date are both 30/6/2024.
    "directives/2024/10-cv-duk.md": directive(
        "10-CV/ĐUK",
        "2024-03-01",
        subject="Đẩy mạnh công tác dân vận năm 2024",
        issuer="dang-uy-khoi",
        to="[doan-khoi, hoi-ccb, chi-bo-1, chi-bo-2]",
        tasks="\n  - {what: Theo dõi đôn đốc, who: ban-tgdv-duk, due: 2024-06-30}"
        "\n  - {what: Báo cáo kết quả về Ban Thường vụ, who: doan-khoi, due: 2024-06-30}",
    ),
    # B: the veterans' task is marked done by hand, which wins over their report.
    "directives/2024/11-kh-duk.md": directive(
        "11-KH/ĐUK",
        "2024-04-01",
        subject="Tổ chức các hoạt động kỷ niệm",
        issuer="dang-uy-khoi",
        to="[doan-khoi]",
        tasks="\n  - {what: Tổng kết mô hình, who: hoi-ccb, due: 2024-09-30, done: 2024-09-15}",
    ),
    # A Báo cáo answers every directive it cites (A and B), for its issuer.
    "directives/2024/5-bc-dtn.md": _report(
        "5-BC/ĐTN",
        "2024-06-20",
        "doan-khoi",
        "Kết quả 6 tháng đầu năm",
        "Thực hiện Công văn số 10-CV/ĐUK ngày 01/3/2024 và Kế hoạch số 11-KH/ĐUK ngày "
        "01/4/2024 của Đảng ủy Khối, Đoàn Khối báo cáo như sau.",
    ),
    # A second report of the Đoàn on A, later: it counts (5 days late); the first is listed.
    "directives/2024/9-bc-dtn.md": _report(
        "9-BC/ĐTN",
        "2024-07-05",
        "doan-khoi",
        "Bổ sung kết quả",
        "Bổ sung báo cáo về Công văn số 10-CV/ĐUK ngày 01/3/2024.",
    ),
    # A công văn whose subject says it reports on A and B.
    "directives/2024/20-cv-ccb.md": _report(
        "20-CV/CCB",
        "2024-06-25",
        "hoi-ccb",
        "V/v báo cáo kết quả thực hiện Công văn số 10-CV/ĐUK và Kế hoạch số 11-KH/ĐUK",
        "Hội Cựu chiến binh Khối gửi kết quả.",
    ),
    # A công văn with reports_on: no words needed.
    "directives/2024/12-cv-cb1.md": _report(
        "12-CV/CB1",
        "2024-06-28",
        "chi-bo-1",
        "V/v gửi số liệu",
        "Chi bộ gửi số liệu.",
        reports_on="[10-CV/ĐUK]",
    ),
    # Neither answers A: a request for reports, and a report whose reports_on names only B.
    "directives/2024/31-cv-cb2.md": _report(
        "31-CV/CB2",
        "2024-06-10",
        "chi-bo-2",
        "V/v đề nghị các tổ đảng báo cáo kết quả thực hiện Công văn số 10-CV/ĐUK",
        "Đề nghị các tổ đảng báo cáo.",
    ),
    "directives/2024/7-bc-cb2.md": _report(
        "7-BC/CB2",
        "2024-06-29",
        "chi-bo-2",
        "Kết quả thực hiện",
        "Thực hiện Công văn số 10-CV/ĐUK ngày 01/3/2024, chi bộ báo cáo kết quả.",
        reports_on="[11-KH/ĐUK]",
    ),
}


def _section(html: str, start: str) -> str:
    return html.split(start, 1)[1].split("</section>", 1)[0]


def _row(html: str, unit: str) -> str:
    return re.sub(
        r"\s+", " ", html.split(f'data-bt-unit="{unit}"', 1)[1].split("</tr>", 1)[0]
    ).strip()


@pytest.fixture
def internal(make_site: MakeSite, monkeypatch: pytest.MonkeyPatch) -> Site:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    site = make_site(FILES)
    assert site.exit_code == 0, site.output
    return site


def test_the_answer_table_of_a_directive(internal: Site) -> None:
    page = internal.page(A)
    table = _section(page, 'id="tinh-hinh-thuc-hien"')
    assert "Tình hình thực hiện" in table
    assert "đã báo cáo 3/5 đơn vị" in table and "2 đơn vị quá hạn" in table
    doan = _row(table, "doan-khoi")
    assert 'Đã báo cáo: <a href="../9-bc-dtn/">Báo cáo số 9-BC/ĐTN</a> ngày' in doan
    assert "muộn 5 ngày" in doan  # the latest report counts
    assert 'Báo cáo trước: <a href="../5-bc-dtn/">Báo cáo số 5-BC/ĐTN</a>' in doan
    assert "Báo cáo kết quả về Ban Thường vụ" in doan and "(hạn chung)" not in doan
    ccb = _row(table, "hoi-ccb")
    assert "Công văn số 20-CV/CCB" in ccb and "đúng hạn" in ccb and "(hạn chung)" in ccb
    assert "Công văn số 12-CV/CB1" in _row(table, "chi-bo-1")
    for unit in ("chi-bo-2", "ban-tgdv-duk"):
        row = _row(table, unit)
        assert "quá hạn 194 ngày" in row and "Đã báo cáo" not in row, unit
    reminder = table.split("<textarea", 1)[1].split("</textarea>", 1)[0]
    assert (
        "- Chi bộ Sở Y tế;" in reminder and "- Ban Tuyên giáo - Dân vận Đảng ủy Khối;" in reminder
    )
    assert "Công văn số 10-CV/ĐUK" in reminder and "ngày 30/6/2024" in reminder
    assert "Đoàn Khối" not in reminder


def test_done_by_hand_wins_and_a_report_answers_several_directives(internal: Site) -> None:
    table = _section(internal.page(B), 'id="tinh-hinh-thuc-hien"')
    assert "đã báo cáo 2/2 đơn vị" in table
    assert "Báo cáo số 5-BC/ĐTN" in _row(table, "doan-khoi")  # also answers A
    ccb = _row(table, "hoi-ccb")
    assert "đã hoàn thành 15/9/2024" in ccb and "20-CV/CCB" not in ccb
    # Neither 7-BC/CB2's reports_on (B) nor its citation of A makes the Chi bộ answer: it is
    # not among B's units, and reports_on narrows what it answers to B.
    assert "chi-bo-2" not in table


def test_the_kinh_gui_of_a_report_owes_nothing(internal: Site) -> None:
    for url in ("van-ban/2024/5-bc-dtn/", "van-ban/2024/20-cv-ccb/", "van-ban/2024/12-cv-cb1/"):
        assert "tinh-hinh-thuc-hien" not in internal.page(url), url
    # A công văn's Kính gửi does owe: the request for reports has its own table.
    assert "tinh-hinh-thuc-hien" in internal.page("van-ban/2024/31-cv-cb2/")


def test_followup_page_lists_overdue_units_with_reminders(internal: Site) -> None:
    page = internal.page("theo-doi/")
    overview = _section(page, 'id="bao-cao"')
    overdue = overview.split('id="qua-han"', 1)[1].split('id="theo-van-ban"', 1)[0]
    assert overdue.index('id="nhac-ban-tgdv-duk"') < overdue.index('id="nhac-chi-bo-2"')
    text = overdue.split('id="bt-nhac-chi-bo-2"', 1)[1].split("</textarea>", 1)[0]
    assert "Kính gửi: Chi bộ Sở Y tế." in text
    assert "Công văn số 10-CV/ĐUK ngày 01/3/2024" in text
    assert "hạn báo cáo ngày 30/6/2024, đã quá hạn 194 ngày" in text
    assert 'data-bt-copy="bt-nhac-chi-bo-2"' in overdue
    assert "nhac-doan-khoi" not in overdue and "nhac-hoi-ccb" not in overdue
    by_directive = overview.split('id="theo-van-ban"', 1)[1].split('id="con-no"', 1)[0]
    assert "3 văn bản có đơn vị phải báo cáo: 1 văn bản đã đủ báo cáo, 2 văn bản còn chờ" in (
        by_directive
    )
    assert re.search(r"10-CV/ĐUK</a>.*?3/5 đơn vị", by_directive, re.S)
    assert "11-KH/ĐUK" not in by_directive  # fully answered: only on its own page
    owed = overview.split('id="con-no"', 1)[1]
    assert 'id="no-chi-bo-2"' in owed and 'id="no-doan-khoi"' not in owed
    # The Đoàn's own task is closed by its report: listed as finished, not open.
    tasks = page.split('<section class="bt-task-unit" id="doan-khoi">', 1)[1].split("</section>")[0]
    assert "Không có việc nào đang mở" in tasks and "đã báo cáo 05/7/2024, muộn 5 ngày" in tasks
    assert re.search(r'Đã báo cáo: <a href="[^"]*9-bc-dtn/">Báo cáo số 9-BC/ĐTN</a>', tasks)


def test_unit_page_lists_owed_reports(internal: Site) -> None:
    page = internal.page("don-vi/chi-bo-2/")
    owed = page.split('id="bt-unit-owed-h"', 1)[1].split("</ul>", 1)[0]
    assert "Báo cáo còn nợ (1)" in owed
    assert "Công văn số 10-CV/ĐUK" in owed and "quá hạn 194 ngày" in owed
    assert "Chưa có việc nào được giao" not in page
    assert "bt-unit-owed-h" not in internal.page("don-vi/hoi-ccb/")


def test_calendars_drop_answered_tasks(internal: Site) -> None:
    site_dir = internal.site_dir
    doan = icalendar.Calendar.from_ical((site_dir / "lich/don-vi/doan-khoi.ics").read_bytes())
    assert doan.walk("VEVENT") == []  # answered by 9-BC/ĐTN
    every = icalendar.Calendar.from_ical((site_dir / "lich/nhiem-vu.ics").read_bytes())
    summaries = sorted(str(e["SUMMARY"]) for e in every.walk("VEVENT"))
    assert summaries == ["Theo dõi đôn đốc", "Đã hoàn thành: Tổng kết mô hình"]


def test_answer_charts_with_their_numbers(internal: Site) -> None:
    stats = _unlabelled(internal.page("thong-ke/"))
    rate = _section(stats, 'id="bt-chart-bao-cao-don-vi"')
    assert '<svg class="bt-chart__svg"' in rate
    assert re.search(r"Đoàn Khối</th><td>2</td><td>2</td><td>1</td><td>100%</td>", rate)
    assert re.search(r"Chi bộ Sở Y tế</th><td>1</td><td>0</td><td>0</td><td>0%</td>", rate)
    assert re.search(r"Hội Cựu chiến binh Khối</th><td>2</td><td>2</td><td>2</td><td>100%", rate)
    months = _section(stats, 'id="bt-chart-dung-han"')
    assert '<svg class="bt-chart__svg"' in months
    assert (
        '<th scope="row">06/2024</th><td>5</td><td>2</td><td>1</td><td>2</td><td>40%</td>' in months
    )
    assert (
        '<th scope="row">09/2024</th><td>2</td><td>2</td><td>0</td><td>0</td><td>100%</td>'
        in months
    )


def test_public_build_shows_no_answer(make_site: MakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    # A public report too: the public build still shows no table (see the guide).
    files = dict(FILES)
    files["directives/2024/5-bc-dtn.md"] = str(files["directives/2024/5-bc-dtn.md"]).replace(
        "visibility: internal", "visibility: public"
    )
    site = make_site(files, audience="public")
    assert site.exit_code == 0, site.output
    for url in (A, B, "theo-doi/", "thong-ke/", "don-vi/chi-bo-2/", "van-ban/2024/5-bc-dtn/"):
        html = site.page(url)
        for trace in ("tinh-hinh-thuc-hien", "bt-answers", "bt-reminder", "bao-cao-don-vi"):
            assert trace not in html, (url, trace)
    everything = b"".join(data for _, data in site.all_bytes())
    for number in ("9-BC/ĐTN", "20-CV/CCB", "12-CV/CB1", "7-BC/CB2", "31-CV/CB2"):
        assert number.encode() not in everything, number


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Báo cáo kết quả thực hiện Công văn số 2078-CV/ĐUK ngày 07/3/2024", ["2078-CV/DUK"]),
        ("V/v báo cáo tình hình triển khai Kế hoạch số 12-KH/ĐUK", ["12-KH/DUK"]),
        (
            "Báo cáo sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về học tập "
            "theo Công văn số 9-CV/TU",
            ["5-CT/TW"],  # the one nested in its subject is not reported on
        ),
        ("báo cáo kết quả thực hiện Công văn số 1-CV/ĐUK và Công văn số 2-CV/ĐUK", None),
        ("Đề nghị các đơn vị báo cáo kết quả thực hiện Công văn số 2078-CV/ĐUK", []),
        ("Giao Ban Tuyên giáo báo cáo kết quả thực hiện Công văn số 2078-CV/ĐUK", []),
        (
            "Thực hiện Hướng dẫn số 08-HD/BDVTU, chi bộ báo cáo kết quả thực hiện Công văn số "
            "2078-CV/ĐUK",
            ["2078-CV/DUK"],  # a document named Hướng dẫn before it does not ask
        ),
        ("Thực hiện Công văn số 2078-CV/ĐUK, Đoàn Khối báo cáo kết quả như sau: 3-CV/ĐUK", []),
        (
            "Báo cáo kết quả công tác tuyên truyền, vận động đoàn viên, hội viên và người lao "
            "động trong các doanh nghiệp năm 2024, có nhắc Công văn số 2078-CV/ĐUK",
            [],  # named too far from the words to be what it reports on
        ),
    ],
)
def test_words_that_say_a_document_reports(text: str, keys: list[str] | None) -> None:
    if keys is None:
        assert said_reported(text) == ["1-CV/DUK", "2-CV/DUK"]
    else:
        assert said_reported(text) == keys


def test_the_sample_closes_the_loop(make_site: MakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed directive with the sample's two reports (one late) and an addressee without."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    site = make_site(sample=True)
    assert site.exit_code == 0, site.output
    table = _section(site.page("van-ban/2024/2078-cv-duk/"), 'id="tinh-hinh-thuc-hien"')
    assert "Báo cáo số 48-BC/ĐTN" in _row(table, "btv-doan-khoi")
    assert "đúng hạn" in _row(table, "btv-doan-khoi")
    assert "Báo cáo số 35-BC/CCBK" in _row(table, "btv-hoi-ccb-khoi")
    assert "muộn 20 ngày" in _row(table, "btv-hoi-ccb-khoi")
    assert "quá hạn 10 ngày" in _row(table, "chi-dang-bo-co-so")
    overdue = site.page("theo-doi/").split('id="qua-han"', 1)[1].split('id="theo-van-ban"')[0]
    text = overdue.split('id="bt-nhac-chi-dang-bo-co-so"', 1)[1].split("</textarea>", 1)[0]
    assert "Kính gửi: Cấp ủy các chi, đảng bộ cơ sở." in text
    assert "Công văn số 2078-CV/ĐUK" in text and "hạn báo cáo ngày 31/12/2024" in text
    for path in ("directives/2024/48-bc-dtn.md", "directives/2025/35-bc-ccbk.md"):
        source = (site.root / path).read_text(encoding="utf-8")
        assert "NỘI DUNG MẪU" in source and "tags: [mẫu" in source, path


# --- page reuse ---------------------------------------------------------------------------------


def _build(project: Path, reuse: str) -> subprocess.CompletedProcess[str]:
    return run_build(project, epoch=EPOCH, reuse=reuse)


def test_a_warm_build_shows_a_new_answer(tmp_path: Path) -> None:
    """Pages are reused when nothing they show changed: words edited in a công văn's body to say
    it reports on a directive (its citation unchanged) must change that directive's page."""
    project = tmp_path / "kho"
    gen = load_script("gen_corpus")
    assert gen.main(["320", "--seed", "5", "--project", str(project), "--quiet"]) == 0  # type: ignore[attr-defined]
    units = (project / "content" / "units.yml").read_text(encoding="utf-8")
    assert _build(project, "1").returncode == 0
    # A directive whose table has a unit of units.yml still owing.
    for page in sorted((project / "site").glob("van-ban/*/*/index.html")):
        html = page.read_text(encoding="utf-8")
        owing = re.search(r'bt-answer--(?:overdue|open|undated)" data-bt-unit="([a-z0-9-]+)"', html)
        if owing and f"id: {owing[1]}\n" in units:
            break
    else:
        pytest.fail("no directive with a unit owing its report")
    unit, year = owing[1], page.parent.parent.name
    number = re.search(r'<div class="bt-print-number">Số ([^<]+)</div>', html)
    assert number
    source = project / "directives" / year / "990-cv-thu.md"
    source.write_text(
        directive(
            "990-CV/THU",
            f"{year}-12-30",
            subject="Ý kiến của đơn vị",
            visibility="internal",
            body=f"Đơn vị gửi ý kiến về Văn bản số {number[1]}.",
            issuer=unit,
        ),
        encoding="utf-8",
    )
    first = _build(project, "1")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "990-CV/THU" not in _row(page.read_text(encoding="utf-8"), unit)
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace("gửi ý kiến về", "báo cáo tình hình"), encoding="utf-8")
    checked = _build(project, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Công văn số 990-CV/THU" in _row(page.read_text(encoding="utf-8"), unit)


# --- bangtin serve ------------------------------------------------------------------------------


def test_serve_shows_an_answer_made_by_a_body_edit(make_site: MakeSite, tmp_path: Path) -> None:
    """An edit of a body's words only (the same documents cited on the same lines) renders the
    edited page alone, unless the words change what other pages show: here they make the công
    văn answer the directive, whose table and /theo-doi/ must show it without a full build."""
    from test_serve import Server

    files = {
        "content/units.yml": UNITS,
        "directives/2024/10-cv-duk.md": FILES["directives/2024/10-cv-duk.md"],
        "directives/2024/40-cv-dtn.md": _report(
            "40-CV/ĐTN",
            "2024-06-20",
            "doan-khoi",
            "Ý kiến của Đoàn Khối",
            "Đoàn Khối gửi ý kiến về Công văn số 10-CV/ĐUK.",
        ),
    }
    site = make_site(files, build=False)
    server = Server(site, tmp_path / "serve.log")
    try:
        server.wait_for("the first build", lambda: server.page_shows(A, "đã báo cáo 0/5 đơn vị"))
        path = site.root / "directives/2024/40-cv-dtn.md"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("gửi ý kiến về", "báo cáo tình hình"), encoding="utf-8")
        server.wait_for("the answer", lambda: server.page_shows(A, "đã báo cáo 1/5 đơn vị"))
        _, html = server.get(A)
        assert "Công văn số 40-CV/ĐTN" in _row(html, "doan-khoi")
        _, html = server.get("theo-doi/")
        tasks = html.split('<section class="bt-task-unit" id="doan-khoi">', 1)[1]
        assert re.search(r'bt-task__answer">Đã báo cáo: <a [^>]+>Công văn số 40-CV/ĐTN</a>', tasks)
        # Its Kính gửi now receives an answer: the công văn owes nothing of its own.
        assert not server.page_shows("van-ban/2024/40-cv-dtn/", "tinh-hinh-thuc-hien")
        assert server.output().count("Đã dựng toàn bộ cổng") == 1  # no full build
    finally:
        server.stop()


def test_followup_page_stays_bounded(make_site: MakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    """A unit owing twelve reports: /theo-doi/ lists its five most overdue and its reminder ten,
    and the unit's page lists all twelve."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    files: dict[str, str | bytes] = {"content/index.md": HOME, "content/units.yml": UNITS}
    for day in range(1, 13):
        files[f"directives/2024/{100 + day}-cv-duk.md"] = directive(
            f"{100 + day}-CV/ĐUK",
            "2024-03-01",
            subject=f"Việc số {day}",
            to="[chi-bo-2]",
            tasks=f"\n  - {{what: Tổng hợp, who: ban-tgdv-duk, due: 2024-06-{day:02d}}}",
        )
    site = make_site(files)
    assert site.exit_code == 0, site.output
    entry = site.page("theo-doi/").split('id="nhac-chi-bo-2"', 1)[1].split("</details>", 1)[0]
    assert entry.count("#tinh-hinh-thuc-hien") == 5
    assert "và 7 văn bản khác" in entry and 'href="../don-vi/chi-bo-2/#bt-unit-owed-h"' in entry
    text = entry.split("<textarea", 1)[1].split("</textarea>", 1)[0]
    assert text.count("\n- ") == 11 and "- và 2 văn bản khác quá hạn ít ngày hơn." in text
    assert text.index("Công văn số 101-CV/ĐUK") < text.index("Công văn số 110-CV/ĐUK")
    assert "Công văn số 111-CV/ĐUK" not in text  # the least overdue
    owed = site.page("don-vi/chi-bo-2/").split('id="bt-unit-owed-h"', 1)[1].split("</ul>")[0]
    assert "Báo cáo còn nợ (12)" in owed and owed.count("<li") == 12


def test_hostile_text_in_a_reminder_is_escaped(
    make_site: MakeSite, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    hostile = "<script>alert(1)</script> &amp; </textarea><b>"
    site = make_site(
        {
            "content/index.md": HOME,
            "content/units.yml": UNITS.replace("Chi bộ Sở Y tế", "Chi bộ <i>Y tế</i>"),
            "directives/2024/10-cv-duk.md": directive(
                "10-CV/ĐUK",
                "2024-03-01",
                subject=f"'{hostile}'",
                to="[chi-bo-2]",
                tasks="\n  - {what: Tổng hợp, who: ban-tgdv-duk, due: 2024-06-30}",
            ),
        }
    )
    assert site.exit_code == 0, site.output
    for url in (A, "theo-doi/", "don-vi/chi-bo-2/"):
        html = site.page(url)
        assert (
            "<script>alert" not in html and "</textarea><b>" not in html and "<i>Y tế" not in html
        )
    text = site.page("theo-doi/").split('id="bt-nhac-chi-bo-2"', 1)[1].split("</textarea>", 1)[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &lt;/textarea&gt;&lt;b&gt;" in text
    assert "Kính gửi: Chi bộ &lt;i&gt;Y tế&lt;/i&gt;." in text
