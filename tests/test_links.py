"""Tests of links.py: the seed's graph, resolution, stubs, backlinks, audience and status."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
import yaml

from bangtin.core.model import Directive, DocType, Relation, RelationKind, Status, Visibility
from bangtin.core.numbers import parse_number
from bangtin.links.citations import find_citations
from bangtin.links.graph import LinkGraph, build_graph

REPO = Path(__file__).resolve().parents[1]
PUBLIC, INTERNAL, CONFIDENTIAL = Visibility.PUBLIC, Visibility.INTERNAL, Visibility.CONFIDENTIAL
D = dt.date


def seed() -> Directive:
    """The seed directive, read from its file (front-matter split here, on purpose)."""
    path = "directives/2024/2078-cv-duk.md"
    text = (REPO / path).read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    data = yaml.safe_load(front)
    relations = tuple(
        Relation(kind=RelationKind(kind), target=parse_number(n), line=22)  # type: ignore[arg-type]
        for kind, numbers in data["relations"].items()
        for n in numbers
    )
    return Directive(
        path=path,
        number=parse_number(data["number"]),  # type: ignore[arg-type]
        date=data["date"],
        type=DocType.from_text(data["type"]),  # type: ignore[arg-type]
        subject=data["subject"],
        relations=relations,
        visibility=Visibility(data["visibility"]),
        body=body,
        body_line=front.count("\n") + 3,
        lines={"subject": 7, "relations": 21},
    )


def doc(
    number: str,
    date: dt.date,
    body: str = "",
    *,
    subject: str = "Văn bản thử",
    visibility: Visibility = PUBLIC,
    relations: tuple[Relation, ...] = (),
    valid_until: dt.date | None = None,
    status: Status = Status.IN_FORCE,
) -> Directive:
    parsed = parse_number(number)
    assert parsed is not None
    return Directive(
        path=f"directives/{date.year}/{parsed.slug}.md",
        number=parsed,
        date=date,
        type=DocType.from_text(parsed.type_name or "Công văn") or DocType.CONG_VAN,
        subject=subject,
        body=body,
        body_line=10,
        visibility=visibility,
        relations=relations,
        valid_until=valid_until,
        status=status,
    )


def out(graph: LinkGraph, d: Directive) -> list[tuple[str, str]]:
    return [(r.number.key, r.kind.value) for r in graph.outgoing(d)]


def test_seed_links_all_seven_and_each_links_back() -> None:
    d = seed()
    graph = build_graph([d], audience=PUBLIC)
    assert sorted(out(graph, d)) == sorted(
        [
            ("1271-CV/BDVTU", "implements"),
            ("189-CV/TU", "implements"),
            ("563-CV/DUK", "implements"),
            ("12-DA/TU", "implements"),
            ("8-HD/BDVTU", "cites"),
            ("130-CV/TGDVDUK", "cites"),
            ("2051-CV/DUK", "cites"),
        ]
    )
    assert len(graph.stubs) == 7
    for stub in graph.stubs:
        assert stub.stub and stub.visibility is PUBLIC
        assert any(r.source.number == d.number for r in graph.incoming(stub))
    assert graph.warnings == ()


def test_seed_stubs_carry_what_citations_say() -> None:
    d = seed()
    graph = build_graph([d], audience=PUBLIC)
    stubs = {s.number.key: s for s in graph.stubs}
    s1271 = stubs["1271-CV/BDVTU"]
    assert (s1271.date, s1271.issuer) == (D(2024, 2, 29), "Ban Dân vận Tỉnh ủy")
    assert s1271.subject == "Đẩy mạnh thực hiện Công văn số 189-CV/TU của Ban Thường vụ Tỉnh ủy"
    assert [(r.kind, str(r.target)) for r in s1271.relations] == [
        (RelationKind.IMPLEMENTS, "189-CV/TU")
    ]
    assert not graph.date_is_estimate(s1271)
    s189 = stubs["189-CV/TU"]
    # undated: the earliest document citing it, here 1271 (29/02/2024), bounds its date
    assert s189.date == D(2024, 2, 29) and graph.date_is_estimate(s189)
    assert s189.subject.startswith("Tiếp tục chỉ đạo đổi mới")
    assert sorted(str(r.source.number) for r in graph.incoming(s189)) == [
        "1271-CV/BDVTU",
        "2078-CV/ĐUK",
    ]
    s2051 = stubs["2051-CV/DUK"]
    assert [(r.kind.value, str(r.number)) for r in graph.outgoing(s2051)] == [
        ("implements", "12-ĐA/TU")
    ]
    assert [x.number.key for x in graph.ancestors(s2051)] == ["12-DA/TU"]
    chain = [str(x.number) for x in graph.descendants(s189, depth=2)]
    assert chain[:2] in (["2078-CV/ĐUK", "1271-CV/BDVTU"], ["1271-CV/BDVTU", "2078-CV/ĐUK"])
    assert stubs["8-HD/BDVTU"].type is DocType.HUONG_DAN
    assert stubs["12-DA/TU"].type is DocType.DE_AN


def test_seed_citation_resolution_for_rendering() -> None:
    d = seed()
    graph = build_graph([d], audience=PUBLIC)
    body_cites = find_citations(d.body)
    targets = [graph.resolve_citation(c, d) for c in body_cites]
    assert all(t is not None and t.url for t in targets)
    assert targets[0] is not None and targets[0].url == "van-ban/2024/1271-cv-bdvtu/"
    assert targets[0].title.startswith("Công văn số 1271-CV/BDVTU, 29/02/2024: Đẩy mạnh")
    own = find_citations("Công văn số 2078-CV/ĐUK")[0]
    assert graph.resolve_citation(own, d) is None


def test_undated_citation_resolves_to_latest_on_or_before() -> None:
    old = doc("12-CV/TU", D(2022, 5, 1))
    new = doc("12-CV/TU", D(2023, 5, 1))
    a = doc("1-CV/ĐUK", D(2023, 1, 10), "Thực hiện Công văn số 12-CV/TU của Tỉnh ủy.")
    b = doc("2-CV/ĐUK", D(2024, 1, 10), "Thực hiện Công văn số 12-CV/TU của Tỉnh ủy.")
    graph = build_graph([old, new, a, b], audience=PUBLIC)
    assert [r.target.date for r in graph.outgoing(a) if r.target] == [D(2022, 5, 1)]
    assert [r.target.date for r in graph.outgoing(b) if r.target] == [D(2023, 5, 1)]
    assert [r.source.number.serial for r in graph.incoming(old)] == ["1"]
    assert graph.stubs == () and graph.warnings == ()


def test_dated_citation_exact_then_year_with_warning() -> None:
    target = doc("12-CV/TU", D(2023, 5, 1))
    exact = doc("1-CV/ĐUK", D(2023, 6, 1), "Công văn số 12-CV/TU, ngày 01/5/2023")
    wrong = doc("2-CV/ĐUK", D(2023, 6, 1), "\n\nCông văn số 12-CV/TU, ngày 02/5/2023")
    graph = build_graph([target, exact, wrong], audience=PUBLIC)
    assert graph.outgoing(exact)[0].target == target
    assert graph.outgoing(wrong)[0].target == target
    assert [(w.path, w.line, w.message) for w in graph.warnings] == [
        (
            "directives/2023/2-cv-duk.md",
            12,
            "trích dẫn số 12-CV/TU ghi ngày 02/5/2023, nhưng văn bản "
            "số 12-CV/TU năm 2023 trong kho ghi ngày khác; kiểm tra lại ngày.",
        )
    ]
    assert all(w.warning for w in graph.warnings)


def test_dated_citation_of_another_year_is_a_stub_with_warning() -> None:
    known = doc("12-CV/TU", D(2023, 5, 1))
    citing = doc("1-CV/ĐUK", D(2024, 6, 1), "Công văn số 12-CV/TU, ngày 01/5/2024")
    graph = build_graph([known, citing], audience=PUBLIC)
    (rel,) = graph.outgoing(citing)
    assert rel.target is not None and rel.target.stub and rel.target.date == D(2024, 5, 1)
    assert len(graph.warnings) == 1 and "năm khác" in graph.warnings[0].message


def test_undated_citation_of_a_later_document_warns() -> None:
    later = doc("12-CV/TU", D(2024, 6, 1))
    citing = doc("1-CV/ĐUK", D(2024, 3, 1), "Công văn số 12-CV/TU")
    graph = build_graph([later, citing], audience=PUBLIC)
    assert graph.outgoing(citing)[0].target == later
    assert "ban hành sau" in graph.warnings[0].message


def test_impossible_date_is_a_warning_not_a_crash() -> None:
    citing = doc("1-CV/ĐUK", D(2024, 3, 1), "Công văn số 12-CV/TU, ngày 30/02/2024")
    graph = build_graph([citing], audience=PUBLIC)
    assert "30/02/2024" in graph.warnings[0].message
    assert graph.stubs[0].number.key == "12-CV/TU"


def test_explicit_wins_and_stronger_kind_beats_cites() -> None:
    target = doc("12-CV/TU", D(2023, 5, 1))
    rel = Relation(kind=RelationKind.BASED_ON, target=target.number, line=5)
    citing = doc(
        "1-CV/ĐUK",
        D(2024, 1, 1),
        "Căn cứ Công văn số 12-CV/TU; xem thêm Công văn số 12-CV/TU. Thực hiện Kế hoạch số 3-KH/TU; theo 3-KH/TU",
        relations=(rel,),
    )
    graph = build_graph([target, citing], audience=PUBLIC)
    rows = [(str(r.number), r.kind.value, r.explicit, r.line) for r in graph.outgoing(citing)]
    assert rows == [("3-KH/TU", "implements", False, 10), ("12-CV/TU", "based-on", True, 5)]


def test_code_in_body_is_not_a_citation() -> None:
    citing = doc("1-CV/ĐUK", D(2024, 1, 1), "Ví dụ: `Công văn số 12-CV/TU`\n\n```\n13-CV/TU\n```\n")
    graph = build_graph([citing], audience=PUBLIC)
    assert graph.outgoing(citing) == () and graph.stubs == ()


def test_public_build_never_learns_an_internal_subject() -> None:
    secret = "Phương án nhân sự nội bộ"
    internal = doc(
        "5-CV/TU",
        D(2024, 1, 5),
        "Căn cứ Công văn số 77-CV/TU về việc riêng.",
        subject=secret,
        visibility=INTERNAL,
    )
    public = doc("9-CV/ĐUK", D(2024, 2, 1), "Thực hiện Công văn số 5-CV/TU của Tỉnh ủy.")
    graph = build_graph([internal, public], audience=PUBLIC)
    # The internal record is, to this build, a number the portal does not have: a stub made
    # of what the public text says, exactly as without the record (no existence oracle).
    alone = build_graph([public], audience=PUBLIC)
    (rel,) = graph.outgoing(public)
    assert rel.target is not None and rel.target.stub and rel.subject == ""
    assert (str(rel.number), rel.kind, rel.label) == (
        "5-CV/TU",
        RelationKind.IMPLEMENTS,
        "Công văn số 5-CV/TU",
    )
    assert [r.view() for r in graph.outgoing(public)] == [r.view() for r in alone.outgoing(public)]
    citation = find_citations(public.body)[0]
    target = graph.resolve_citation(citation, public)
    assert target == alone.resolve_citation(citation, public)
    assert target is not None and target.url == rel.target.url and secret not in target.title
    assert graph.get(internal) is None
    assert graph.directives == alone.directives  # a stub of 5, none of 77
    assert secret not in repr(graph) and "77-CV" not in repr(graph)
    assert secret not in repr([graph.outgoing(d) for d in graph.directives])


def test_internal_build_sees_internal_but_never_confidential() -> None:
    secret = "Nội dung mật"
    confidential = doc(
        "3-CV/TU",
        D(2024, 1, 2),
        "Căn cứ Công văn số 88-CV/TU.",
        subject=secret,
        visibility=CONFIDENTIAL,
    )
    internal = doc(
        "5-CV/TU",
        D(2024, 1, 5),
        "Căn cứ Công văn số 3-CV/TU và Công văn số 77-CV/TU về công việc riêng.",
        visibility=INTERNAL,
    )
    graph = build_graph([confidential, internal], audience=INTERNAL)
    rows = {str(r.number): r for r in graph.outgoing(internal)}
    # The confidential record is an unknown number: a stub, as 77 is.
    hidden = rows["3-CV/TU"].target
    assert hidden is not None and hidden.stub and hidden.subject == ""
    assert graph.directives == build_graph([internal], audience=INTERNAL).directives
    stub = rows["77-CV/TU"].target
    assert stub is not None and stub.stub and stub.visibility is INTERNAL
    assert stub.subject == "công việc riêng"
    assert secret not in repr(graph) and "88-CV" not in repr(graph)
    for audience in (PUBLIC, INTERNAL, CONFIDENTIAL):
        assert graph.get(confidential) is None
        assert build_graph([confidential], audience=audience).directives == ()


def test_stub_is_as_visible_as_its_most_visible_citer_and_says_only_what_is_visible() -> None:
    internal = doc(
        "5-CV/TU",
        D(2024, 1, 5),
        "Công văn số 77-CV/TU, ngày 01/01/2024 của Ban Kín về kế hoạch riêng",
        visibility=INTERNAL,
    )
    public = doc("9-CV/ĐUK", D(2024, 2, 1), "Công văn số 77-CV/TU, ngày 01/01/2024")
    for audience, subject, issuer in ((INTERNAL, "kế hoạch riêng", "Ban Kín"), (PUBLIC, "", "")):
        graph = build_graph([internal, public], audience=audience)
        (stub,) = graph.stubs
        assert stub.visibility is PUBLIC
        assert (stub.subject, stub.issuer) == (subject, issuer)
    only_internal = build_graph([internal], audience=PUBLIC)
    assert only_internal.stubs == () and only_internal.directives == ()
    assert build_graph([internal], audience=INTERNAL).stubs[0].visibility is INTERNAL


def test_superseded_status_and_backlink() -> None:
    old = doc("1-QĐ/TU", D(2020, 1, 1))
    new = doc(
        "9-QĐ/TU", D(2024, 1, 1), "Quyết định này thay thế Quyết định số 1-QĐ/TU, ngày 01/01/2020."
    )
    graph = build_graph([old, new], audience=PUBLIC)
    derived = graph.get(old)
    assert derived is not None and derived.status is Status.SUPERSEDED
    assert [str(d.number) for d in graph.superseded_by(old)] == ["9-QĐ/TU"]
    assert graph.get(new).status is Status.IN_FORCE  # type: ignore[union-attr]
    assert old.status is Status.IN_FORCE  # the loaded record is untouched


def test_plans_expire_after_their_period() -> None:
    by_year = doc("3-KH/ĐUK", D(2023, 1, 5), subject="Triển khai chủ đề năm 2023")
    by_period = doc("4-KH/ĐUK", D(2021, 3, 1), subject="Thực hiện giai đoạn 2021-2025")
    by_date = doc(
        "5-KH/ĐUK", D(2024, 1, 5), subject="Tổ chức Tháng Thanh niên", valid_until=D(2024, 3, 31)
    )
    not_plan = doc("6-CV/ĐUK", D(2020, 1, 5), subject="Công việc năm 2020")
    graph = build_graph(
        [by_year, by_period, by_date, not_plan], audience=PUBLIC, today=D(2024, 6, 1)
    )
    status = {str(d.number): d.status for d in graph.directives}
    assert status == {
        "3-KH/ĐUK": Status.EXPIRED,
        "4-KH/ĐUK": Status.IN_FORCE,
        "5-KH/ĐUK": Status.EXPIRED,
        "6-CV/ĐUK": Status.IN_FORCE,
    }
    assert build_graph([by_year], audience=PUBLIC).directives[0].status is Status.IN_FORCE


def _graph_view(graph: LinkGraph) -> dict[str, object]:
    """Everything a page reads from a graph, with record objects compared by value."""
    return {
        "directives": graph.directives,
        "stubs": graph.stubs,
        "warnings": graph.warnings,
        "out": {d.number.key: graph.outgoing(d) for d in graph.directives},
        "in": {d.number.key: graph.incoming(d) for d in graph.directives},
        "by_id": graph.by_identity,
    }


def test_a_body_edit_citing_the_same_documents_keeps_the_graph() -> None:
    from bangtin.links.graph import same_links

    cited = doc("189-CV/TU", D(2024, 1, 10), subject="Về công tác dân vận")
    citing = doc(
        "2078-CV/ĐUK",
        D(2024, 3, 7),
        "Thực hiện Công văn số 189-CV/TU, đề nghị triển khai.\n\nCâu thứ hai.",
    )
    later = doc("5-KH/ĐUK", D(2024, 4, 1), "Căn cứ Công văn số 2078-CV/ĐUK của Đảng ủy Khối.")
    memo: dict[int, object] = {}
    graph = build_graph([cited, citing, later], audience=PUBLIC, memo=memo)  # type: ignore[arg-type]

    import dataclasses

    # The same citations on the same lines, other words changed: the graph is kept.
    edited = dataclasses.replace(
        citing,
        body="Thực hiện Công văn số 189-CV/TU, đề nghị khẩn trương triển khai.\n\nCâu mới.",
    )
    assert same_links(citing, edited, memo)  # type: ignore[arg-type]
    kept = graph.with_bodies([edited])
    rebuilt = build_graph([cited, edited, later], audience=PUBLIC)
    assert _graph_view(kept) == _graph_view(rebuilt)
    assert kept.get(edited) is not None and kept.get(edited).body == edited.body  # type: ignore[union-attr]
    # The relations of others point at the new record too.
    assert [r.target.body for r in kept.outgoing(later) if r.target] == [edited.body]
    assert [r.source.body for r in kept.incoming(cited)] == [edited.body]

    # A citation added, removed or moved to another line, or a front-matter change: not kept.
    added = dataclasses.replace(citing, body=citing.body + " Và Kế hoạch số 5-KH/ĐUK.")
    removed = dataclasses.replace(citing, body="Đề nghị triển khai.")
    moved = dataclasses.replace(citing, body="\n" + citing.body)
    retitled = dataclasses.replace(edited, subject="Trích yếu khác")
    for other in (added, removed, moved, retitled):
        assert not same_links(citing, other, memo)  # type: ignore[arg-type]
    # An unchanged graph comes back as it is.
    assert graph.with_bodies([]) is graph


def test_citations_found_in_two_processes_make_the_same_graph(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A large corpus is scanned in a forked process too: the graph is the one a single
    process builds."""
    from bangtin.links import graph as graph_module

    docs = [seed()]
    for n in range(1, 40):
        body = f"Thực hiện Công văn số {n - 1}-CV/ĐUK, ngày 02/01/2024; căn cứ Chỉ thị số 05-CT/TW."
        docs.append(doc(f"{n}-CV/ĐUK", D(2024, 1, 2) + dt.timedelta(days=n), body))
    serial = build_graph(docs, audience=INTERNAL)
    monkeypatch.setattr(graph_module, "PARALLEL_SCAN_FROM", 2)
    parallel = build_graph(docs, audience=INTERNAL)
    for d in docs:
        assert out(parallel, d) == out(serial, d)
        assert [r.source for r in parallel.incoming(d)] == [r.source for r in serial.incoming(d)]
    assert parallel.stubs == serial.stubs
    assert out(parallel, docs[5]) == [("4-CV/DUK", "implements"), ("5-CT/TW", "based-on")]


CITING_BODY = (
    "Thực hiện Công văn số 10-CV/ĐUK ngày 01/3/2024 và Kế hoạch số 11-KH/ĐUK, "
    "căn cứ Công văn số 10-CV/ĐUK ngày 02/3/2024."
)


def test_a_record_s_citations_are_taken_into_the_graph_as_a_build_takes_them() -> None:
    # serve's citation added or taken out (`LinkGraph.with_records`): the record's relations,
    # the backlinks of what it cites and its warnings made again, the rest kept; the same
    # graph as one built from the new records, or None when a stub's makings or a status
    # hang on the edit. The record cites a stub all along (its citation unchanged).
    ten = doc("10-CV/ĐUK", D(2024, 3, 1), "Nội dung.")
    eleven = doc("11-KH/ĐUK", D(2024, 4, 1), "Thực hiện Công văn số 10-CV/ĐUK ngày 01/3/2024.")
    stub = "Căn cứ Công văn số 99-CV/TU ngày 02/01/2024 về việc thực hiện Kế hoạch số 11-KH/ĐUK."
    x = doc("20-CV/ĐUK", D(2024, 5, 1), stub)
    others = [ten, eleven, doc("21-CV/ĐUK", D(2024, 6, 1), "Căn cứ Công văn số 20-CV/ĐUK.")]
    graph = build_graph([*others, x], audience=INTERNAL)
    assert [str(d.number) for d in graph.stubs] == ["99-CV/TU"]
    steps = [
        # Cites two records, one with a date that disagrees (a warning, its own path's).
        (f"{stub}\n{CITING_BODY}", True),
        (stub, True),  # taken out again
        (f"{stub}\nCăn cứ Công văn số 98-CV/ĐUK ngày 01/3/2024.", False),  # a new stub
        ("Nội dung.", False),  # the stub's only citation gone
        (f"{stub} Công văn này thay thế Công văn số 10-CV/ĐUK ngày 01/3/2024.", False),  # status
    ]
    for body, kept in steps:
        new = dataclasses.replace(x, body=body)
        memo: dict[int, tuple[Directive, list[object]]] = {}
        patched = graph.with_records([new], memo)  # type: ignore[arg-type]
        assert (patched is not None) is kept, body
        if patched is None:
            continue
        fresh = build_graph([*others, new], audience=INTERNAL)
        assert _graph_view(patched) == _graph_view(fresh), body
        assert memo[id(new)][0] is new  # its citations, for the next edit
        graph, x = patched, new
    cites = build_graph([*others, dataclasses.replace(x, body=CITING_BODY)], audience=INTERNAL)
    assert any(w.path == x.path for w in cites.warnings)  # the first step's warning was there


def _full_view(graph: LinkGraph) -> dict[str, object]:
    view = _graph_view(graph)
    view["estimated"] = {d.number.key for d in graph.directives if graph.date_is_estimate(d)}
    return view


def test_a_new_or_deleted_file_s_record_is_taken_into_the_graph_as_a_build_takes_it() -> None:
    # serve's new or deleted file (`LinkGraph.with_files`): the record's relations, the
    # backlinks of what it cites and the stubs it cites (number and date from the first
    # citation in build order, subject from the earliest citing date, widest visibility) made
    # again; the same graph as one built from the new records, or None when more changes.
    stub = "Căn cứ Công văn số 99-CV/TU ngày 02/01/2024 về việc tổ chức hội nghị"
    ten = doc("10-CV/ĐUK", D(2024, 3, 1), "Nội dung.", subject="Kế hoạch năm 2024")
    a = doc("20-CV/ĐUK", D(2024, 5, 1), f"{stub}; Công văn số 10-CV/ĐUK.", visibility=INTERNAL)
    b = doc("21-CV/ĐUK", D(2024, 6, 1), "Căn cứ Công văn số 20-CV/ĐUK và Công văn 99-CV/TU.")
    undated = doc("22-CV/ĐUK", D(2024, 6, 2), "Thực hiện Chỉ thị số 05-CT/TW.")
    base = [ten, a, b, undated]
    # Later than every citer (the stub's first citation in build order, whose number and
    # date it takes), earlier than every citer (its subject the stub's), internal.
    later = doc(
        "30-CV/ĐUK",
        D(2024, 7, 1),
        "Thực hiện Công văn số 99-CV/TU ngày 02/01/2024 về hội nghị sơ kết. Công văn số "
        "10-CV/ĐUK ngày 05/3/2024.",
    )
    earlier = doc(
        "31-CV/ĐUK",
        D(2024, 4, 1),
        "Căn cứ Công văn số 99-CV/TU ngày 05/01/2024 về việc khác.",
        visibility=INTERNAL,
    )
    for new in (later, earlier):
        memo: dict[int, object] = {}
        graph = build_graph(base, audience=INTERNAL, memo=memo)  # type: ignore[arg-type]
        added = graph.with_files([new], [], memo)  # type: ignore[arg-type]
        assert added is not None, new.number
        built = build_graph([*base, new], audience=INTERNAL)
        assert _full_view(added) == _full_view(built)
        assert memo[id(new)][0] is new  # type: ignore[index]
        # And the file deleted again: the graph without it.
        gone = added.with_files([], [new], memo)  # type: ignore[arg-type]
        assert gone is not None
        assert _full_view(gone) == _full_view(graph)
    subjects = {
        d.number.key: d.subject for d in build_graph([*base, earlier], audience=INTERNAL).stubs
    }
    assert subjects["99-CV/TU"] == "khác"  # the earliest citing date's
    # The stub's first citation with another date: the other citations' warnings change.
    moved = doc("34-CV/ĐUK", D(2024, 9, 1), "Căn cứ Công văn số 99-CV/TU ngày 03/01/2024.")
    assert build_graph(base, audience=PUBLIC).with_files([moved], []) is None
    # A record no build shows is not taken; for others the graph is built again when the new
    # number is cited (a stub becomes a record), an undated stub is cited, the stub's last
    # citation goes, or the record supersedes another.
    graph = build_graph(base, audience=PUBLIC)
    assert graph.with_files([earlier], []) is graph
    cited_stub = doc("99-CV/TU", D(2024, 1, 2))
    cites_undated = doc("32-CV/ĐUK", D(2024, 8, 1), "Theo Chỉ thị số 05-CT/TW.")
    supersedes = doc(
        "33-CV/ĐUK",
        D(2024, 8, 2),
        relations=(Relation(kind=RelationKind.SUPERSEDES, target=ten.number),),
    )
    for new in (cited_stub, cites_undated, supersedes, doc("21-CV/ĐUK", D(2023, 1, 1))):
        assert graph.with_files([new], []) is None, new.number
    assert graph.with_files([], [undated]) is None  # the undated stub's only citation
    assert build_graph(base, audience=INTERNAL).with_files([], [a]) is None  # b cites it
    uncited = graph.with_files([], [ten])  # its citation is a's, which the public never sees
    assert uncited is not None
    assert _full_view(uncited) == _full_view(build_graph([a, b, undated], audience=PUBLIC))


def test_a_new_or_deleted_file_keeps_the_other_records_in_their_places(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The graph's records stay in build order through `with_files`: the others keep their
    # places and the new record is put in where it sorts (a few keys, not one per record:
    # 10,000 at 10,000 directives); the same order as a graph built from the new records.
    from bangtin.links import graph as graph_module

    base = [
        doc(
            f"{n}-CV/ĐUK",
            D(2024, 1 + n % 12, 1 + n % 27),
            "Căn cứ Công văn số 99-CV/TU ngày 02/01/2024.",
        )
        for n in range(1, 41)
    ]
    new = doc("77-CV/ĐUK", D(2024, 6, 15), "Công văn số 5-CV/ĐUK ngày 06/6/2024.")
    graph = build_graph(base, audience=INTERNAL)
    keyed: list[int] = []
    sort_key = graph_module._sort_key

    def counted(d: Directive) -> tuple[int, str, str]:
        keyed.append(1)
        return sort_key(d)

    monkeypatch.setattr(graph_module, "_sort_key", counted)
    added = graph.with_files([new], [])
    assert added is not None and len(keyed) <= 10, len(keyed)
    gone = added.with_files([], [base[7]])
    assert gone is not None and len(keyed) <= 10, len(keyed)
    monkeypatch.setattr(graph_module, "_sort_key", sort_key)
    without = [d for d in base if d is not base[7]]
    assert gone.directives == build_graph([*without, new], audience=INTERNAL).directives
