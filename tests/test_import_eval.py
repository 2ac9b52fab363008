"""scripts/import_eval.py on the real-document corpus (issues 16 and 23), and how it scores.

The thresholds are asserted on the development part and on the first held-back draw
(tests/fixtures/real/heldback/, read as development since it was scored in session 6); the
second draw (unseen/), scored once at the end of session 7, and the third (draw3/), scored once at
the end of session 8, keep the floors of their scores.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from conftest import load_script

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "fixtures" / "real"


import_eval = load_script("import_eval")


@pytest.fixture(scope="module")
def scores() -> object:
    return import_eval.evaluate(CORPUS, part="dev")


def test_corpus_has_every_shape_and_both_formats() -> None:
    docs = import_eval.documents(CORPUS)
    assert len(docs) >= 40
    assert {p.suffix for p in docs} == {".txt", ".docx"}
    shapes = {
        line.split(":", 1)[1].strip()
        for p in docs
        for line in p.with_suffix(".yml").read_text(encoding="utf-8").splitlines()
        if line.startswith("shape:")
    }
    assert {"party", "ubnd", "ministry", "web", "doan", "hoi", "mttq", "ocr"} <= shapes


def test_thresholds_of_issue_23_on_the_development_part(scores: object) -> None:
    s = scores
    assert s.docs >= 40  # type: ignore[attr-defined]
    failed = import_eval.below(s)
    report = import_eval.table(s) + "\n\n" + import_eval.errors(s)
    assert not failed, report
    # The floor of session 9's second round: 765/784 right, 1 wrong; session 15, at 82d15c0:
    # 766 right, none wrong; 765 since session 18's key convention for appeals (a70ec8a: dev/243's
    # call is its trích yếu, which the importer leaves empty).
    right = sum(s.right[f] for f in import_eval.FIELDS)  # type: ignore[attr-defined]
    wrong = sum(s.wrong[f] for f in import_eval.FIELDS)  # type: ignore[attr-defined]
    assert right >= 765 and wrong == 0, report


def test_thresholds_on_the_first_held_back_part() -> None:
    # The first held-back draw was scored once (session 6: 84.4 % right, 4.6 % wrong, citations
    # 95.2 % / 93.7 %) and is read as development since; it now holds the same bars as dev, and
    # no field on it is ever wrong more than once in a hundred.
    s = import_eval.evaluate(CORPUS, part="heldback")
    assert s.docs >= 45
    assert not import_eval.below(s), import_eval.table(s) + "\n\n" + import_eval.errors(s)
    # The floor of session 11: 383/392 right, none wrong.
    right = sum(s.right[f] for f in import_eval.FIELDS)
    assert right >= 383 and sum(s.wrong.values()) == 0, import_eval.errors(s)
    for name in import_eval.FIELDS:
        assert s.field_accuracy(name) >= 0.9, (name, import_eval.errors(s))


def test_the_second_draw_never_falls_below_its_score() -> None:
    # The second draw (unseen/) was scored once at the end of session 7: 86.5 % right, 3.5 %
    # wrong, citations 94.3 % / 94.8 % (tests/fixtures/real/README.md). It is read as
    # development since: a rule that does worse on it than the rules of session 11 (1086/1128
    # right, 2 wrong, citations 172/174 and 172/172; session 13's second round: 173/174 and
    # 173/173; session 15, at 82d15c0: 1092 right, none wrong; 1091 since session 18's key
    # convention for appeals, a70ec8a: unseen/313; 1092 again in session 19, at 84da54a) is a
    # regression, and a document number read wrong on it is never acceptable.
    s = import_eval.evaluate(CORPUS, part="unseen")
    assert s.docs >= 140
    report = import_eval.table(s) + "\n\n" + import_eval.errors(s)
    assert s.fields >= 1092 / 1128 and s.fields_wrong == 0, report
    assert s.recall >= 173 / 174 and s.precision >= 173 / 173, report
    assert s.wrong["number"] == 0, report


def test_the_third_draw_never_falls_below_its_score() -> None:
    # The third draw (draw3/) was scored once at the end of session 8, after the rules were done:
    # 822/1008 fields right (81.5 %), 40 wrong (4.0 %), citations 138/150 found, 138/167 listed
    # right (tests/fixtures/real/README.md). From now on it is development too: the floor only
    # catches a rule that does worse on it than the rules of session 10 (keys 545, 547 and 552
    # corrected in f9bd277: 153 citations; 517 and 667 in eeddde0; session 11: 987 right;
    # session 12: 988; session 13: 989, none wrong; its second round: citations 152/153 found,
    # 152/152 listed; session 14, at a2e7f51: 153/153 and 153/153; session 15, at 82d15c0: 990
    # right), and a number read wrong is never accepted.
    _holds_its_floor("draw3", docs=126, right=990, wrong=0, found=(153, 153), listed=(153, 153))


def test_the_fourth_draw_never_falls_below_its_score() -> None:
    # The fourth draw (draw4/) was scored once in session 9, after that session's rules were
    # done: 930/1104 fields right (84.2 %), 47 wrong (4.3 %), citations 136/144 found, 136/156
    # listed right. From now on it is development too: the floor only catches a rule that does
    # worse on it than the rules of session 12 (1030 right; the older state numbers read since
    # 2d959b5: citations 143/144 found, 143/150 listed; session 13's second round: 143/149
    # listed; session 14, at a2e7f51: 1031 right; session 15, at 82d15c0: 1033 right, 143/146
    # listed; session 19, at 84da54a: 1040 right), and no number read wrong is accepted.
    _holds_its_floor("draw4", docs=138, right=1041, wrong=0, found=(143, 144), listed=(143, 144))


def test_the_fifth_draw_never_falls_below_its_score() -> None:
    # The fifth draw (draw5/) was scored once at the end of session 10, after that session's
    # rules were done: 1262/1424 fields right (88.6 %), 48 wrong (3.4 %, six of them numbers),
    # citations 213/218 found, 213/229 listed right (tests/fixtures/real/README.md). From now on
    # it is development too; the rules of session 11 read it 1356 right, 4 wrong, no number wrong,
    # citations 217/218 found and 217/224 listed right; those of session 12, 1363 right: that is
    # its floor, raised in session 13 (1365 right, 2 wrong, citations 218/218 found, 218/223
    # listed right; session 14, at a2e7f51: 1367 right, 1 wrong, 218/221 listed right; session
    # 15, at 82d15c0: 1381 right, 218/219 listed right).
    _holds_its_floor("draw5", docs=178, right=1384, wrong=1, found=(218, 218), listed=(218, 219))


def test_the_sixth_draw_never_falls_below_its_score() -> None:
    # The sixth draw (draw6/) was scored once at the end of session 11, after that session's
    # rules were done: 1923/2136 fields right (90.0 %), 54 wrong (2.5 %, four of them numbers),
    # citations 319/326 found, 319/340 listed right (tests/fixtures/real/README.md). From now on
    # it is development too: the floor catches a rule that does worse on it than the rules of
    # session 12 (2008 right, 13 wrong, no number wrong, citations 323/326 found, 323/333 listed);
    # session 13: 2014 right, 9 wrong, citations 325/326 found, 325/330 listed; its second
    # round: 2016 right, citations 325/328 listed; then 2022 right (at 2381401); session 14, at
    # a2e7f51: 2028 right, 7 wrong; session 15, at 82d15c0: 2037 right, 6 wrong, 325/327 listed;
    # session 19, at 84da54a: 2048 right.
    _holds_its_floor(
        "draw6", docs=267, right=2049, wrong=6, found=(325, 326), listed=(325, 327), numbers=0
    )


def test_the_seventh_draw_never_falls_below_its_score() -> None:
    # The seventh draw (draw7/, mostly documents of 1979-2012) was scored once at e91c3ab in
    # session 12: 1364/1520 fields right (89.7 %), 44 wrong (2.9 %, three of them numbers),
    # citations 246/269 found, 246/263 listed right (tests/fixtures/real/README.md). Development
    # since: the floor catches a rule that does worse on it than the rules of session 12's end
    # (1420 right, 19 wrong, no number wrong, citations 258/269 found, 258/271 listed); session
    # 13: 1442 right, 8 wrong, citations 264/269 found, 264/267 listed; its second round: 1443
    # right, 6 wrong (at 2381401); session 14, at a2e7f51: 1448 right, 3 wrong, citations 266/269
    # found, 266/267 listed; session 15, at 82d15c0: 1454 right, citations 267/269 found, 267/268
    # listed).
    _holds_its_floor(
        "draw7", docs=190, right=1460, wrong=3, found=(267, 269), listed=(267, 267), numbers=0
    )


def test_the_eighth_draw_never_falls_below_its_score() -> None:
    # The eighth draw (draw8/, 151 documents) was scored once at 564eb6f in session 13: 1126/1208
    # fields right (93.2 %), 28 wrong (2.3 %, one of them a number), citations 207/215 found,
    # 207/217 listed right (tests/fixtures/real/README.md). Development since: the floor catches
    # a rule that does worse on it than the rules of session 13's second round (at 1fdd768: 1160
    # right, 1 wrong, no number wrong, citations 211/215 found, 211/214 listed; at 2381401:
    # 1171 right; at 1894933: 1174 right; at 6b3d778: 1176 right; session 14, at a2e7f51: 1180
    # right, none wrong, citations 214/215 found, 214/215 listed; session 15, at 82d15c0: 1188
    # right, 214/214 listed).
    _holds_its_floor(
        "draw8", docs=151, right=1190, wrong=0, found=(214, 215), listed=(214, 214), numbers=0
    )


def test_the_ninth_draw_never_falls_below_its_score() -> None:
    # The ninth draw (draw9/, 178 documents) was scored once in session 14, text at 1af6756:
    # 1273/1424 fields right (89.4 %), 25 wrong (1.8 %, four of them numbers), citations 229/234
    # found, 229/234 listed right (tests/fixtures/real/README.md). Development since: the floor
    # catches a rule that does worse on it than session 14's second round (at 49cc8f0: 1289
    # right, 7 wrong, no number wrong, citations 233/234 found, 233/237 listed; with the type
    # decision's keys (087aeea) and session 15's rules, at 82d15c0: 1330 right, none wrong,
    # 233/234 listed; session 19, at 84da54a: 1371 right).
    _holds_its_floor(
        "draw9", docs=178, right=1371, wrong=0, found=(233, 234), listed=(233, 234), numbers=0
    )


def test_the_tenth_draw_never_falls_below_its_score() -> None:
    # The tenth draw (draw10/, 156 documents) was scored once in session 15, text at 663aea4:
    # 1125/1248 fields right (90.1 %), 24 wrong (1.9 %, three of them numbers), citations
    # 223/228 found, 223/224 listed right (tests/fixtures/real/README.md). Development since: the
    # floor catches a rule that does worse on it than session 15's second round (at ea071d0:
    # 1131 right, 19 wrong, no number wrong, citations 224/228 found, 224/225 listed), raised
    # at the end of session 16 (1218 right, 7 wrong, citations 227/228 and 227/228) and of
    # session 17 (b0c2981: 1221 right, 4 wrong, 227/227 listed).
    _holds_its_floor(
        "draw10", docs=156, right=1221, wrong=4, found=(227, 228), listed=(227, 227), numbers=0
    )


def test_the_eleventh_draw_never_falls_below_its_score() -> None:
    # The eleventh draw (draw11/, 144 documents, the first with files of public GitHub
    # repositories beside the stored pages) was scored once in session 16, text at 76ab573:
    # 966/1152 fields right (83.9 %), 31 wrong (2.7 %, two of them numbers), citations 273/283
    # found, 273/314 listed right (tests/fixtures/real/README.md). Development since: the floor
    # is session 16's second round (216ffc4: 970 right, 26 wrong, no number wrong, citations
    # 275/283 found, 275/288 listed right), raised at the end of session 17 (b0c2981: 1037
    # right, 8 wrong, citations 277/283 found, 277/281 listed) and of session 18 (1ba45a6: 1055
    # right, 7 wrong, citations 279/283 found, 279/281 listed) and of session 19 (84da54a: 1067
    # right, 5 wrong).
    _holds_its_floor(
        "draw11", docs=144, right=1069, wrong=5, found=(279, 283), listed=(279, 281), numbers=0
    )


def test_the_twelfth_draw_never_falls_below_its_score() -> None:
    # The twelfth draw (draw12/, 176 documents: Party, mass organisations and state from the
    # stored pages, any family from GitHub repositories) was scored once in session 17, text at
    # ca1635e: 1206/1408 fields right (85.7 %), 44 wrong (3.1 %, six of them numbers), citations
    # 309/320 found, 309/316 listed right (tests/fixtures/real/README.md). Development since: the
    # floor is session 17's second round (b0c2981: 1207 right, 41 wrong, five numbers wrong,
    # citations 310/320 found, 310/317 listed right), raised at the end of session 18 (1ba45a6:
    # 1270 right, 5 wrong, no number wrong, citations 317/320 found, 317/318 listed right) and of
    # session 19 (84da54a: 1282 right, 3 wrong).
    _holds_its_floor(
        "draw12", docs=176, right=1284, wrong=2, found=(317, 320), listed=(317, 318), numbers=0
    )


def test_the_thirteenth_draw_never_falls_below_its_score() -> None:
    # The thirteenth draw (draw13/, 172 documents: Party, mass organisations and state from the
    # stored pages, any family from GitHub repositories) was scored once in session 18, text at
    # 1ba45a6: 1149/1376 fields right (83.5 %), 42 wrong (3.1 %, six of them numbers), citations
    # 167/175 found, 167/178 listed right (tests/fixtures/real/README.md). Development since:
    # session 19's rules (84da54a) read it 1237 right, 4 wrong, no number wrong, citations
    # 174/175 found and 174/175 listed right; session 20's (f3991d9) 1265 right: its floor.
    _holds_its_floor(
        "draw13", docs=172, right=1265, wrong=4, found=(174, 175), listed=(174, 175), numbers=0
    )


def test_the_fourteenth_draw_never_falls_below_its_score() -> None:
    # The fourteenth draw (draw14/, 162 documents: Party, mass organisations and state from the
    # stored pages, any family from GitHub repositories) was scored once in session 19, text at
    # 84da54a: 1107/1296 fields right (85.4 %), 31 wrong (2.4 %, five of them numbers), citations
    # 180/189 found, 180/198 listed right (tests/fixtures/real/README.md). Development since:
    # session 20's rules (f3991d9) read it 1191 right, 1 wrong, no number wrong, citations
    # 187/189 found and 187/191 listed right: its floor.
    _holds_its_floor(
        "draw14", docs=162, right=1191, wrong=1, found=(187, 189), listed=(187, 191), numbers=0
    )


def test_the_fifteenth_draw_never_falls_below_its_score() -> None:
    # The fifteenth draw (draw15/, 144 documents: Party, mass organisations and state from the
    # stored pages, any family from GitHub repositories) was scored once in session 20, text at
    # f3991d9: 988/1152 fields right (85.8 %), 33 wrong (2.9 %, seven of them numbers), citations
    # 177/187 found, 177/189 listed right (tests/fixtures/real/README.md). Development since:
    # session 20's second round (d19962e, and 3258's key given the two resolutions it cites) read
    # it 1006 right, 15 wrong, one number wrong (3203, a download site's slug), citations
    # 182/189 found and 182/191 listed right: its floor, the number a ceiling.
    _holds_its_floor(
        "draw15", docs=144, right=1006, wrong=15, found=(182, 189), listed=(182, 191), numbers=1
    )


def _holds_its_floor(
    part: str,
    *,
    docs: int,
    right: int,
    wrong: int,
    found: tuple[int, int],
    listed: tuple[int, int],
    numbers: int = 0,
) -> None:
    """A scored draw, development since, keeps its fields right and wrong, its citations found
    and listed right, and reads no more numbers wrong than ``numbers`` (none once tuned on)."""
    s = import_eval.evaluate(CORPUS, part=part)
    assert s.docs >= docs
    report = import_eval.table(s) + "\n\n" + import_eval.errors(s)
    assert sum(s.right[f] for f in import_eval.FIELDS) >= right, report
    assert sum(s.wrong[f] for f in import_eval.FIELDS) <= wrong, report
    assert s.recall >= found[0] / found[1] and s.precision >= listed[0] / listed[1], report
    assert s.wrong["number"] <= numbers, report


def test_every_field_is_scored_on_every_document(scores: object) -> None:
    s = scores
    for name in import_eval.FIELDS:
        assert s.field_accuracy(name) >= 0.9, (name, import_eval.errors(s))  # type: ignore[attr-defined]


def test_own_number_is_never_a_citation(scores: object) -> None:
    # Where the importer read the document's number, that number is never listed as cited. (A
    # text so damaged that its own number cannot be read may still cite it in an annex: the
    # report lists those in "Own number listed as a citation".)
    assert scores.own_cited_known == []  # type: ignore[attr-defined]
    assert len(scores.own_cited) <= 1  # type: ignore[attr-defined]


def test_check_exits_by_the_thresholds() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "import_eval.py"),
            str(CORPUS),
            "--part",
            "dev",
            "--check",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "| field | right | wrong | empty | accuracy |" in done.stdout
    assert "| **all fields** |" in done.stdout
    assert "Citation recall:" in done.stdout and "Citation precision:" in done.stdout


def _one_doc(tmp_path: Path, text: str, key: str) -> Path:
    folder = tmp_path / "tài liệu"
    folder.mkdir()
    (folder / "01-thử.txt").write_text(text, encoding="utf-8")
    (folder / "01-thử.yml").write_text(key, encoding="utf-8")
    return folder


KEY = """\
source: https://example.invalid/
shape: party
number: {number}
date: 2024-03-07
type: Công văn
place: Bình Thuận
subject: Tiếp tục đổi mới
signer: null
to: []
header:
  - ĐẢNG ỦY KHỐI
citations: [{citations}]
"""
TEXT = """\
ĐẢNG ỦY KHỐI
*
Số 12-CV/ĐUK
ĐẢNG CỘNG SẢN VIỆT NAM
Bình Thuận, ngày 07 tháng 3 năm 2024
V/v tiếp tục đổi mới

Thực hiện Công văn số 189-CV/TU của Ban Thường vụ Tỉnh ủy, đề nghị ... Điều 5, số điện thoại 0252.3822.123.
"""


def test_null_is_right_only_when_left_empty(tmp_path: Path) -> None:
    # The key says the text carries no number; the importer finds 12-CV/ĐUK: that is an error.
    folder = _one_doc(tmp_path, TEXT, KEY.format(number="null", citations="189-CV/TU"))
    s = import_eval.evaluate(folder)
    assert s.right["number"] == 0 and s.wrong["number"] == 1  # invented, not left empty
    assert s.right["date"] == s.right["place"] == s.right["subject"] == 1
    assert s.right["signer"] == s.right["to"] == s.right["header"] == 1


def test_citations_are_counted_by_key(tmp_path: Path) -> None:
    folder = _one_doc(tmp_path, TEXT, KEY.format(number="12-CV/ĐUK", citations="189 - CV/TU"))
    s = import_eval.evaluate(folder)
    assert (s.cited, s.found, s.listed, s.listed_right) == (1, 1, 1, 1)
    assert s.fields == 1.0


def test_missing_citation_lowers_recall(tmp_path: Path) -> None:
    folder = _one_doc(
        tmp_path, TEXT, KEY.format(number="12-CV/ĐUK", citations="189-CV/TU, 13-NQ/TƯ")
    )
    s = import_eval.evaluate(folder)
    assert s.recall == 0.5 and s.precision == 1.0
    assert (s.found, s.missed, s.listed_wrong) == (1, 1, 0)
    assert import_eval.below(s) == ["recall  50.0 % <  95.0 %"]


def test_docx_documents_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "word"
    folder.mkdir()
    for suffix in (".docx", ".yml"):
        shutil.copy(CORPUS / f"45-docx-party-bdvtw-15-cv{suffix}", folder / f"45{suffix}")
    s = import_eval.evaluate(folder)
    assert s.docs == 1 and s.fields == 1.0 and s.recall == 1.0


def test_a_field_left_empty_is_not_wrong(tmp_path: Path) -> None:
    # The text has no number line: the importer leaves the number empty, which is not wrong.
    text = TEXT.replace("Số 12-CV/ĐUK\n", "")
    folder = _one_doc(tmp_path, text, KEY.format(number="12-CV/ĐUK", citations="189-CV/TU"))
    s = import_eval.evaluate(folder)
    assert (s.right["number"], s.wrong["number"], s.empty["number"]) == (0, 0, 1)
    assert s.fields_wrong == 0.0
    assert "number: empty: expected '12-CV/ĐUK'" in import_eval.errors(s)


def test_a_wrong_value_counts_against_the_wrong_threshold(tmp_path: Path) -> None:
    text = TEXT.replace("V/v tiếp tục đổi mới", "V/v một việc khác")
    folder = _one_doc(tmp_path, text, KEY.format(number="12-CV/ĐUK", citations="189-CV/TU"))
    s = import_eval.evaluate(folder)
    assert s.wrong["subject"] == 1 and s.empty["subject"] == 0
    assert "wrong  12.5 % >   1.0 %" in import_eval.below(s)


def test_a_dash_is_a_dash_whatever_its_length(tmp_path: Path) -> None:
    # The key has the typist's en dash; OCR (and many copies) write the hyphen: the same words.
    text = TEXT.replace("V/v tiếp tục đổi mới", "V/v tiếp tục đổi mới 2019 - 2020")
    key = KEY.format(number="12-CV/ĐUK", citations="189-CV/TU")
    key = key.replace("subject: Tiếp tục đổi mới", "subject: Tiếp tục đổi mới 2019 – 2020")
    s = import_eval.evaluate(_one_doc(tmp_path, text, key))
    assert s.right["subject"] == 1 and s.wrong["subject"] == 0
    # ... but a dash is no space: words glued by one are other words.
    assert import_eval.norm("2019–2020") != import_eval.norm("2019 2020")


def test_a_latin_eth_is_the_vietnamese_d_with_stroke(tmp_path: Path) -> None:
    # A page typed with the Latin "Ð" (U+00D0) for "Đ" (U+0110): the same letter on paper, and
    # a scan of it reads "Đ" (draw3/520's key keeps its page's "Ðại hội").
    text = TEXT.replace("V/v tiếp tục đổi mới", "V/v tiếp tục đổi mới Đại hội")
    key = KEY.format(number="12-CV/ĐUK", citations="189-CV/TU")
    key = key.replace("subject: Tiếp tục đổi mới", "subject: Tiếp tục đổi mới \u00d0ại hội")
    s = import_eval.evaluate(_one_doc(tmp_path, text, key))
    assert s.right["subject"] == 1 and s.wrong["subject"] == 0
    assert import_eval.norm("\u00f0ại") == import_eval.norm("đại") != import_eval.norm("dại")


def test_the_parts_are_kept_apart(tmp_path: Path) -> None:
    folder = _one_doc(tmp_path, TEXT, KEY.format(number="12-CV/ĐUK", citations="189-CV/TU"))
    held = folder / "heldback"
    held.mkdir()
    for suffix in (".txt", ".yml"):
        shutil.copy(folder / f"01-thử{suffix}", held / f"02-giữ{suffix}")
    assert [p.name for p in import_eval.part_documents(folder, "dev")] == ["01-thử.txt"]
    assert [p.name for p in import_eval.part_documents(folder, "heldback")] == ["02-giữ.txt"]
    assert len(import_eval.part_documents(folder, "all")) == 2
    assert import_eval.evaluate(folder, part="all").docs == 2


# Documents of the development part, of several families and forms, read again damaged.
_DAMAGED_AGAIN = (
    "01-ubnd-haugiang-454-cv",
    "101-doan-twdtn-26-ctr-web",
    "12-hoi-hndtw-664-cv",
    "13-ubnd-haugiang-73-cv",
    "17-ubnd-travinh-924-qd",
    "19-ubnd-sonla-68-kh",
    "106-doi-minhlap-kh-blank-number",
    "201-hdnd-binhdinh-27-2019-nq",
    "24-doan-twdtn-225-kh-cttn",
    "124-congdoan-cdgdvn-175-cv",
    "212-hoi-truongson-101-cv",
)


def _flattened(text: str) -> str:
    """The text with its line breaks lost: one long line."""
    return " ".join(text.split("\n"))


def _header_cut(text: str) -> str:
    """The text from the line after its number line on: the header cut off."""
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if re.match(r"\s*Số\s*[:\d]", line))
    return "\n".join(lines[at + 1 :])


import_damage = load_script("import_damage")


def _site_chrome(text: str) -> str:
    """The text under and over a made-up site's menu, breadcrumb and related lists."""
    return str(import_damage.chrome(text, "bangtin"))


def _blank_lines(text: str) -> str:
    """The text with a blank line after every line (each line a web page's paragraph)."""
    return "\n\n".join(text.split("\n"))


@pytest.mark.parametrize(
    "damage",
    [_flattened, _header_cut, _site_chrome, _blank_lines],
    ids=["flattened", "header-cut", "chrome", "blank-lines"],
)
@pytest.mark.parametrize("doc", _DAMAGED_AGAIN)
def test_damage_never_makes_a_field_more_wrong(doc: str, damage: Callable[[str], str]) -> None:
    # A field the whole text gives right or leaves empty may be left empty on the damaged text,
    # never read wrong: a value guessed from what damage left is worse than none.
    path = CORPUS / f"{doc}.txt"
    key = yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8"))
    units = import_eval.load_units(REPO)
    names = import_eval._UnitNames(units)
    text = import_eval.read_source(path)
    damaged = damage(text)
    assert damaged != text
    whole = import_eval.parse_document(text, units=units)
    broken = import_eval.parse_document(damaged, units=units)
    for name in import_eval.FIELDS:
        before, _ = import_eval._score_field(name, key.get(name), whole, names)
        after, got = import_eval._score_field(name, key.get(name), broken, names)
        assert after != "wrong" or before == "wrong", (name, got, key.get(name))


def test_damage_counts_on_the_development_part() -> None:
    # scripts/import_damage.py's count of the fields each damage turns wrong on the whole
    # development part: ceilings, only ever lowered (site chrome and doubled breaks: none).
    by_part, _, lines = import_damage.measure(["dev"], list(import_damage.DAMAGES))
    ceilings = {"flat": 7, "headcut": 0, "chrome": 0, "blank": 0, "tailcut": 0}
    for damage, ceiling in ceilings.items():
        assert by_part["dev", damage] <= ceiling, [x for x in lines if f" {damage} " in x]
    # Never a wrong document number, whatever the damage: 113 flattened behind its legal site's
    # menus once took a ground's Nghị định for its own number.
    assert not [x for x in lines if " number: " in x]


def test_no_damage_makes_a_wrong_number_on_the_scored_parts() -> None:
    # The same on every other part (all scored, development since): a damage may leave the number
    # to fill, never make one up. Session 13 took six away (a body's cited number read as the
    # own where the header was cut: draw7 1590, 1633, 1648; a typed number line run onto one
    # line: draw7 1503; draw5 1157); one stays, draw5/1124 flattened (a reply whose own number
    # stands alone over its signature block and that names the guide it carries out with the
    # same words as its "V/v"): a ceiling, only ever lowered. draw9, scored in session 14, came
    # with one: 2056 with its header cut (a legal site's copy without heading) takes the Prime
    # Minister's decision its "Căn cứ" names for its own. draw10, scored in session 15, came with
    # three: 2128 with its header cut takes the Tổng Liên đoàn's guide it carries out; 2265
    # flattened, the resolution its directive carries out; 2158 flattened loses its code's
    # lower-case "/nb" ("1840-CV/VPTW"). draw11, scored in session 16, came with five, in
    # four documents flattened (2406 with its header cut too): a guide or letter whose grounds'
    # numbers (a resolution, a circular, a law; 2306, 2406) or a higher office's (2388, 2488)
    # stand first once its header is gone. draw12, scored in session 17, came with three: 2625
    # with its header cut takes the decision it replaces; 2658 and 2674 flattened, a higher
    # office's decision and a plan their grounds name. Session 18 (1ba45a6) took draw9/2056,
    # draw10/2158 and draw11/2488 away; draw13, scored then, came with none. draw14, scored in
    # session 19, came with one: 3052 flattened, an OCR copy of a draft decision whose own number
    # line is blank takes the submission ("Tờ trình số 326/TTr-STC") its grounds name. Session
    # 19's rules brought one to draw13: 2740 flattened, a page naming the Politburo's decisions
    # 327 and 328 one after another, takes the first named (its text reads it empty). draw15,
    # scored in session 20, came with two: 3111 flattened, a news page on a 1958 resolution
    # named by a bare number, takes the Prime Minister's "100/TTg" it names; 3241 with its
    # header cut, a consolidated text, takes the first decision its grounds name.
    parts = [p for p in import_damage.PARTS if p != "dev"]
    _, _, lines = import_damage.measure(parts, list(import_damage.DAMAGES))
    wrong = [x for x in lines if " number: " in x]
    ceilings = {"draw5": 1, "draw10": 2, "draw11": 4, "draw12": 3, "draw13": 1, "draw14": 1}
    ceilings["draw15"] = 2
    for part in parts:
        assert len([x for x in wrong if x.startswith(f"{part}/")]) <= ceilings.get(part, 0), wrong
