"""Tests of diagram.py: the lược đồ of the seed, links, hidden nodes and escaping."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

from bangtin.core.model import Directive, Visibility
from bangtin.links.diagram import draw_diagram
from bangtin.links.graph import build_graph
from test_links import doc, seed

SVG = "{http://www.w3.org/2000/svg}"


def url(d: Directive) -> str:
    return "../../" + d.url


def node_y(svg: str) -> dict[str, float]:
    """Top of each node's box, by the number written in bold in it."""
    root = ET.fromstring(svg)
    tops: dict[str, float] = {}
    for g in root.iter(f"{SVG}g"):
        rect = g.find(f"{SVG}rect")
        if rect is None:
            continue
        number = "".join(t.text or "" for t in g.findall(f"{SVG}text") if t.get("font-weight"))
        tops[number] = float(rect.get("y", "0"))
    return tops


def test_seed_shows_the_chain_189_1271_2078() -> None:
    d = seed()
    graph = build_graph([d], audience=Visibility.PUBLIC)
    svg = draw_diagram(graph, d, url)
    root = ET.fromstring(svg)  # well-formed XML
    assert root.tag == f"{SVG}svg" and root.get("width") == "100%"
    assert root.get("viewBox", "").startswith("0 0 360 ")
    assert root.find(f"{SVG}title") is not None
    tops = node_y(svg)
    assert tops["189-CV/TU"] < tops["1271-CV/BDVTU"] < tops["2078-CV/ĐUK"]
    assert tops["12-ĐA/TU"] < tops["2051-CV/ĐUK"] < tops["2078-CV/ĐUK"]
    assert len(tops) == 8  # one node per document: 12-ĐA/TU cited twice is drawn once
    hrefs = {a.get("href") for a in root.iter(f"{SVG}a")}
    assert "../../van-ban/2024/1271-cv-bdvtu/" in hrefs and "../../van-ban/2024/189-cv-tu/" in hrefs
    assert ">Thực hiện</text>" in svg and ">Dẫn chiếu</text>" in svg
    assert "<script" not in svg and "http://" not in svg.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )


def test_the_cited_document_draws_its_descendants_below() -> None:
    d = seed()
    graph = build_graph([d], audience=Visibility.PUBLIC)
    s189 = next(s for s in graph.stubs if s.number.key == "189-CV/TU")
    tops = node_y(draw_diagram(graph, s189, url))
    assert tops["189-CV/TU"] < tops["1271-CV/BDVTU"] < tops["2078-CV/ĐUK"]


def test_hidden_nodes_have_no_link_and_no_subject_and_text_is_escaped() -> None:
    hostile = 'Về <script>alert("x")</script> & “trích yếu”'
    internal = doc(
        "5-CV/TU", dt.date(2024, 1, 5), subject="Bí mật nội bộ", visibility=Visibility.INTERNAL
    )
    public = doc(
        "9-CV/ĐUK",
        dt.date(2024, 2, 1),
        "Thực hiện Công văn số 5-CV/TU. Căn cứ Công văn số 7-CV/TU, ngày 01/01/2024 về <b>x</b>",
        subject=hostile,
    )
    graph = build_graph([internal, public], audience=Visibility.PUBLIC)
    svg = draw_diagram(graph, public, lambda d: None if d.stub else url(d))
    root = ET.fromstring(svg)
    assert "Bí mật" not in svg and "<script" not in svg and "<b>" not in svg
    assert "&lt;script&gt;" in svg
    assert list(root.iter(f"{SVG}a")) == []
    titles = [t.text or "" for t in root.iter(f"{SVG}title")]
    assert any("5-CV/TU" in t for t in titles)
    assert any(hostile in t for t in titles)
    # The internal record is, to a public build, a number the portal does not have.
    alone = build_graph([public], audience=Visibility.PUBLIC)
    assert svg == draw_diagram(alone, public, lambda d: None if d.stub else url(d))


def test_document_without_relations_draws_nothing() -> None:
    lone = doc("1-CV/ĐUK", dt.date(2024, 1, 1))
    assert draw_diagram(build_graph([lone], audience=Visibility.PUBLIC), lone, url) == ""


def test_long_labels_wrap_inside_the_box() -> None:
    citing = doc(
        "1-CV/ĐUK", dt.date(2024, 1, 1), "Căn cứ Thông tư liên tịch số 02/2015/TTLT-BNV-BTC-BLĐTBXH"
    )
    svg = draw_diagram(build_graph([citing], audience=Visibility.PUBLIC), citing, url)
    lines = re.findall(r">([^<>]+)</text>", svg)
    assert all(len(line) <= 15 for line in lines if "/" in line or "Thông" in line)
