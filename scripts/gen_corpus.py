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
from typing import TypeVar

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
# Units
# ---------------------------------------------------------------------------------------------


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


_DISTRICTS = (
    ("thanh-uy-phan-thiet", "Thành ủy Phan Thiết", "THU", "Ban Thường vụ Thành ủy Phan Thiết"),
    ("thi-uy-la-gi", "Thị ủy La Gi", "TXU", "Ban Thường vụ Thị ủy La Gi"),
    ("huyen-uy-tuy-phong", "Huyện ủy Tuy Phong", "HU", "Ban Thường vụ Huyện ủy Tuy Phong"),
    ("huyen-uy-bac-binh", "Huyện ủy Bắc Bình", "HU", "Ban Thường vụ Huyện ủy Bắc Bình"),
    (
        "huyen-uy-ham-thuan-bac",
        "Huyện ủy Hàm Thuận Bắc",
        "HU",
        "Ban Thường vụ Huyện ủy Hàm Thuận Bắc",
    ),
    (
        "huyen-uy-ham-thuan-nam",
        "Huyện ủy Hàm Thuận Nam",
        "HU",
        "Ban Thường vụ Huyện ủy Hàm Thuận Nam",
    ),
    ("huyen-uy-ham-tan", "Huyện ủy Hàm Tân", "HU", "Ban Thường vụ Huyện ủy Hàm Tân"),
    ("huyen-uy-tanh-linh", "Huyện ủy Tánh Linh", "HU", "Ban Thường vụ Huyện ủy Tánh Linh"),
    ("huyen-uy-duc-linh", "Huyện ủy Đức Linh", "HU", "Ban Thường vụ Huyện ủy Đức Linh"),
    ("huyen-uy-phu-quy", "Huyện ủy Phú Quý", "HU", "Ban Thường vụ Huyện ủy Phú Quý"),
)
_DISTRICT_IDS = tuple(d[0] for d in _DISTRICTS)
_MASS_IDS = (
    "mttq-tinh",
    "tinh-doan",
    "hoi-lhpn-tinh",
    "hoi-nong-dan-tinh",
    "hoi-ccb-tinh",
    "ldld-tinh",
)
_SO = (
    ("so-noi-vu", "Sở Nội vụ", "SNV", ("TCBC", "CCVC", "VP")),
    ("so-giao-duc", "Sở Giáo dục và Đào tạo", "SGDĐT", ("GDTRH", "VP")),
    ("so-y-te", "Sở Y tế", "SYT", ("NVY", "VP")),
    ("so-tai-chinh", "Sở Tài chính", "STC", ("QLNS", "TCDN")),
    ("so-ke-hoach-dau-tu", "Sở Kế hoạch và Đầu tư", "SKHĐT", ("TH", "ĐKKD")),
    ("so-van-hoa", "Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", ("QLVH", "VP")),
    ("so-thong-tin", "Sở Thông tin và Truyền thông", "STTTT", ("BCVT", "TTBCXB")),
    ("so-nong-nghiep", "Sở Nông nghiệp và Phát triển nông thôn", "SNN", ("KH", "VP")),
    ("so-tai-nguyen", "Sở Tài nguyên và Môi trường", "STNMT", ("QLĐĐ", "MT")),
    ("so-lao-dong", "Sở Lao động - Thương binh và Xã hội", "SLĐTBXH", ("BTXH", "LĐVL")),
    ("so-tu-phap", "Sở Tư pháp", "STP", ("PBGDPL", "VP")),
    ("so-xay-dung", "Sở Xây dựng", "SXD", ("QLXD", "VP")),
    ("so-cong-thuong", "Sở Công thương", "SCT", ("QLTM", "VP")),
    ("ban-dan-toc", "Ban Dân tộc tỉnh", "BDT", ("CSDT", "VP")),
)
_SO_IDS = tuple(s[0] for s in _SO)


def _units() -> tuple[UnitSpec, ...]:
    u = UnitSpec
    party_depts = (
        "ban-to-chuc-tu",
        "ban-tuyen-giao-tu",
        "ban-dan-van-tu",
        "ubkt-tu",
        "van-phong-tu",
    )
    out = [
        u(
            id="tinh-uy",
            name=f"Tỉnh ủy {PLACE}",
            short="Tỉnh ủy",
            code="TU",
            kind="capuy",
            cite_name="Ban Thường vụ Tỉnh ủy",
            weight=6,
            to=(
                "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
                "dang-uy-khoi",
                *party_depts[:3],
                "mttq-tinh",
                "ubnd-tinh",
            ),
        ),
        u(id="btv-tinh-uy", name="Ban Thường vụ Tỉnh ủy", short="BTV Tỉnh ủy", parent="tinh-uy"),
        u(
            id="thuong-truc-tu",
            name="Thường trực Tỉnh ủy",
            short="Thường trực Tỉnh ủy",
            parent="tinh-uy",
        ),
        u(
            id="van-phong-tu",
            name="Văn phòng Tỉnh ủy",
            short="Văn phòng Tỉnh ủy",
            code="VPTU",
            parent="tinh-uy",
            kind="vp",
            cite_name="Văn phòng Tỉnh ủy",
            weight=2,
            to=("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", *party_depts[:3]),
        ),
        u(
            id="ban-to-chuc-tu",
            name="Ban Tổ chức Tỉnh ủy",
            short="Ban Tổ chức Tỉnh ủy",
            code="BTCTU",
            parent="tinh-uy",
            kind="ban",
            cite_name="Ban Tổ chức Tỉnh ủy",
            weight=2.5,
            to=("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "dang-uy-khoi"),
        ),
        u(
            id="ban-tuyen-giao-tu",
            name="Ban Tuyên giáo Tỉnh ủy",
            short="Ban Tuyên giáo Tỉnh ủy",
            code="BTGTU",
            parent="tinh-uy",
            kind="ban",
            cite_name="Ban Tuyên giáo Tỉnh ủy",
            weight=3,
            to=(
                "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
                "dang-uy-khoi",
                "mttq-tinh",
                "so-thong-tin",
            ),
        ),
        u(
            id="ban-dan-van-tu",
            name="Ban Dân vận Tỉnh ủy",
            short="Ban Dân vận Tỉnh ủy",
            code="BDVTU",
            parent="tinh-uy",
            kind="ban",
            cite_name="Ban Dân vận Tỉnh ủy",
            weight=5,
            to=(
                "dang-uy-khoi",
                "mttq-tinh",
                "tinh-doan",
                "hoi-lhpn-tinh",
                "hoi-nong-dan-tinh",
                "hoi-ccb-tinh",
                "ldld-tinh",
                "Ban Dân vận các huyện ủy, thị ủy, thành ủy",
            ),
        ),
        u(
            id="ubkt-tu",
            name="Ủy ban Kiểm tra Tỉnh ủy",
            short="UBKT Tỉnh ủy",
            code="UBKTTU",
            parent="tinh-uy",
            kind="ubkt",
            cite_name="Ủy ban Kiểm tra Tỉnh ủy",
            weight=1.5,
            to=("Ủy ban kiểm tra các huyện ủy, thị ủy, thành ủy", "ubkt-duk"),
        ),
        u(
            id="ban-noi-chinh-tu",
            name="Ban Nội chính Tỉnh ủy",
            short="Ban Nội chính Tỉnh ủy",
            code="BNCTU",
            parent="tinh-uy",
            kind="ban",
            cite_name="Ban Nội chính Tỉnh ủy",
            weight=1,
            to=("cong-an-tinh", "so-tu-phap", "Các huyện ủy, thị ủy, thành ủy"),
        ),
        u(
            id="dang-uy-khoi",
            name="Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh",
            short="Đảng ủy Khối",
            code="ĐUK",
            parent="tinh-uy",
            kind="capuy",
            cite_name="Ban Thường vụ Đảng ủy Khối",
            weight=10,
            to=("chi-dang-bo-co-so", "btv-doan-khoi", "btv-hoi-ccb-khoi", "cong-doan-vien-chuc"),
        ),
        u(
            id="btv-dang-uy-khoi",
            name="Ban Thường vụ Đảng ủy Khối",
            short="BTV Đảng ủy Khối",
            parent="dang-uy-khoi",
        ),
        u(
            id="thuong-truc-duk",
            name="Thường trực Đảng ủy Khối",
            short="Thường trực Đảng ủy Khối",
            parent="dang-uy-khoi",
        ),
        u(
            id="ban-tgdv-duk",
            name="Ban Tuyên giáo - Dân vận Đảng ủy Khối",
            short="Ban TG-DV Đảng ủy Khối",
            code="TGDVĐUK",
            parent="dang-uy-khoi",
            kind="ban",
            cite_name="Ban Tuyên giáo - Dân vận Đảng ủy Khối",
            weight=8,
            to=("chi-dang-bo-co-so", "btv-doan-khoi", "btv-hoi-ccb-khoi"),
        ),
        u(
            id="ban-to-chuc-duk",
            name="Ban Tổ chức Đảng ủy Khối",
            short="Ban Tổ chức Đảng ủy Khối",
            code="BTCĐUK",
            parent="dang-uy-khoi",
            kind="ban",
            cite_name="Ban Tổ chức Đảng ủy Khối",
            weight=2.5,
            to=("chi-dang-bo-co-so",),
        ),
        u(
            id="ubkt-duk",
            name="Ủy ban Kiểm tra Đảng ủy Khối",
            short="UBKT Đảng ủy Khối",
            code="UBKTĐUK",
            parent="dang-uy-khoi",
            kind="ubkt",
            cite_name="Ủy ban Kiểm tra Đảng ủy Khối",
            weight=1.5,
            to=("chi-dang-bo-co-so",),
        ),
        u(
            id="van-phong-duk",
            name="Văn phòng Đảng ủy Khối",
            short="Văn phòng Đảng ủy Khối",
            code="VPĐUK",
            parent="dang-uy-khoi",
            kind="vp",
            cite_name="Văn phòng Đảng ủy Khối",
            weight=2,
            to=("chi-dang-bo-co-so", "ban-tgdv-duk", "ban-to-chuc-duk"),
        ),
        u(
            id="doan-khoi",
            name="Đoàn Khối Cơ quan và Doanh nghiệp tỉnh",
            short="Đoàn Khối",
            code="ĐTNK",
            parent="dang-uy-khoi",
            kind="doan",
            cite_name="Ban Thường vụ Đoàn Khối",
            weight=3,
            to=("Các cơ sở đoàn trực thuộc",),
        ),
        u(
            id="btv-doan-khoi",
            name="Ban Thường vụ Đoàn Khối",
            short="BTV Đoàn Khối",
            parent="doan-khoi",
        ),
        u(
            id="hoi-ccb-khoi",
            name="Hội Cựu chiến binh Khối Cơ quan và Doanh nghiệp tỉnh",
            short="Hội Cựu chiến binh Khối",
            code="CCBK",
            parent="dang-uy-khoi",
            kind="hoi",
            cite_name="Ban Thường vụ Hội Cựu chiến binh Khối",
            weight=1.5,
            to=("Các chi hội cựu chiến binh cơ sở",),
        ),
        u(
            id="btv-hoi-ccb-khoi",
            name="Ban Thường vụ Hội Cựu chiến binh Khối",
            short="BTV Hội CCB Khối",
            parent="hoi-ccb-khoi",
        ),
        u(
            id="chi-dang-bo-co-so",
            name="Cấp ủy các chi, đảng bộ cơ sở",
            short="Các chi, đảng bộ cơ sở",
            parent="dang-uy-khoi",
        ),
        u(
            id="cong-doan-vien-chuc",
            name="Công đoàn Viên chức tỉnh",
            short="Công đoàn Viên chức",
            code="CĐVC",
            parent="ldld-tinh",
            kind="mass",
            form="state",
            cite_name="Ban Thường vụ Công đoàn Viên chức tỉnh",
            weight=1.5,
            to=("Các công đoàn cơ sở trực thuộc",),
        ),
        u(
            id="dang-uy-quan-su",
            name="Đảng ủy Quân sự tỉnh",
            short="Đảng ủy Quân sự tỉnh",
            code="ĐUQS",
            parent="tinh-uy",
            kind="capuy",
            cite_name="Ban Thường vụ Đảng ủy Quân sự tỉnh",
            weight=1,
            to=("Các tổ chức cơ sở đảng trực thuộc",),
        ),
        u(
            id="dang-uy-cong-an",
            name="Đảng ủy Công an tỉnh",
            short="Đảng ủy Công an tỉnh",
            code="ĐUCA",
            parent="tinh-uy",
            kind="capuy",
            cite_name="Ban Thường vụ Đảng ủy Công an tỉnh",
            weight=1,
            to=("Các tổ chức cơ sở đảng trực thuộc",),
        ),
    ]
    for uid, name, code, cite in _DISTRICTS:
        out.append(
            u(
                id=uid,
                name=name,
                short=name,
                code=code,
                parent="tinh-uy",
                kind="capuy",
                cite_name=cite,
                weight=1.6,
                to=("Các tổ chức cơ sở đảng trực thuộc", "Ủy ban MTTQ Việt Nam và các đoàn thể"),
            )
        )
    out += [
        u(
            id="mttq-tinh",
            name="Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            short="Ủy ban MTTQ tỉnh",
            code="MTTQ-BTT",
            parent="tinh-uy",
            kind="mass",
            form="state",
            cite_name="Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            weight=3.5,
            to=(
                "Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố",
                *_MASS_IDS[1:],
            ),
        ),
        u(
            id="tinh-doan",
            name="Tỉnh Đoàn",
            short="Tỉnh Đoàn",
            code="TĐTN",
            parent="tinh-uy",
            kind="doan",
            cite_name="Ban Thường vụ Tỉnh Đoàn",
            weight=3,
            depts=("TNNT", "VP", "TTNTH", "BTC"),
            to=("Các huyện, thị, thành đoàn", "doan-khoi"),
        ),
        u(
            id="hoi-lhpn-tinh",
            name="Hội Liên hiệp Phụ nữ tỉnh",
            short="Hội LHPN tỉnh",
            code="HPN",
            parent="tinh-uy",
            kind="mass",
            form="state",
            cite_name="Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh",
            weight=2,
            to=("Hội Liên hiệp Phụ nữ các huyện, thị xã, thành phố",),
        ),
        u(
            id="hoi-nong-dan-tinh",
            name="Hội Nông dân tỉnh",
            short="Hội Nông dân tỉnh",
            code="HNDT",
            parent="tinh-uy",
            kind="hoi",
            cite_name="Ban Thường vụ Hội Nông dân tỉnh",
            weight=2,
            to=("Hội Nông dân các huyện, thị xã, thành phố",),
        ),
        u(
            id="hoi-ccb-tinh",
            name="Hội Cựu chiến binh tỉnh",
            short="Hội Cựu chiến binh tỉnh",
            code="CCB",
            parent="tinh-uy",
            kind="hoi",
            cite_name="Ban Thường vụ Hội Cựu chiến binh tỉnh",
            weight=1.5,
            to=("Hội Cựu chiến binh các huyện, thị xã, thành phố", "hoi-ccb-khoi"),
        ),
        u(
            id="ldld-tinh",
            name="Liên đoàn Lao động tỉnh",
            short="Liên đoàn Lao động tỉnh",
            code="LĐLĐ",
            parent="tinh-uy",
            kind="mass",
            form="state",
            cite_name="Ban Thường vụ Liên đoàn Lao động tỉnh",
            weight=2,
            to=("Liên đoàn Lao động các huyện, thị xã, thành phố", "cong-doan-vien-chuc"),
        ),
        u(
            id="hoi-chu-thap-do",
            name="Hội Chữ thập đỏ tỉnh",
            short="Hội Chữ thập đỏ tỉnh",
            code="HCTĐ",
            parent="mttq-tinh",
            kind="mass",
            form="state",
            cite_name="Ban Thường vụ Hội Chữ thập đỏ tỉnh",
            weight=1,
            to=("Hội Chữ thập đỏ các huyện, thị xã, thành phố",),
        ),
        u(
            id="hdnd-tinh",
            name="Hội đồng nhân dân tỉnh",
            short="HĐND tỉnh",
            code="HĐND",
            kind="hdnd",
            form="state",
            cite_name="Hội đồng nhân dân tỉnh",
            weight=1.5,
            to=("ubnd-tinh",),
        ),
        u(
            id="ubnd-tinh",
            name="Ủy ban nhân dân tỉnh",
            short="UBND tỉnh",
            code="UBND",
            kind="ubnd",
            form="state",
            cite_name="Ủy ban nhân dân tỉnh",
            weight=6,
            depts=("VX", "KT", "NC", "TH"),
            to=(*_SO_IDS[:8], "Ủy ban nhân dân các huyện, thị xã, thành phố"),
        ),
        u(
            id="van-phong-ubnd",
            name="Văn phòng Ủy ban nhân dân tỉnh",
            short="Văn phòng UBND tỉnh",
            code="VPUBND",
            parent="ubnd-tinh",
            kind="so",
            form="state",
            cite_name="Văn phòng Ủy ban nhân dân tỉnh",
            weight=1.5,
            depts=("TH", "KGVX"),
            to=_SO_IDS[:6],
        ),
        u(
            id="cong-an-tinh",
            name="Công an tỉnh",
            short="Công an tỉnh",
            code="CAT",
            parent="ubnd-tinh",
            kind="so",
            form="state",
            cite_name="Công an tỉnh",
            weight=1,
            depts=("PV01", "PX03"),
            to=("Công an các huyện, thị xã, thành phố",),
        ),
    ]
    for uid, name, code, depts in _SO:
        out.append(
            u(
                id=uid,
                name=name,
                short=name,
                code=code,
                parent="ubnd-tinh",
                kind="so",
                form="state",
                cite_name=name,
                weight=0.9,
                depts=depts,
                to=("Các phòng, đơn vị trực thuộc", "Ủy ban nhân dân các huyện, thị xã, thành phố"),
            )
        )
    return tuple(out)


UNITS: tuple[UnitSpec, ...] = _units()
_UNIT_BY_ID = {unit.id: unit for unit in UNITS}
_ISSUERS = tuple(unit for unit in UNITS if unit.code and unit.weight > 0)
# The standing committee that signs and receives reports for a cấp ủy.
_BTV = {
    "tinh-uy": "btv-tinh-uy",
    "dang-uy-khoi": "btv-dang-uy-khoi",
    "doan-khoi": "btv-doan-khoi",
    "hoi-ccb-khoi": "btv-hoi-ccb-khoi",
}

# ---------------------------------------------------------------------------------------------
# Types, numbers and slugs
# ---------------------------------------------------------------------------------------------

# Type name -> (Party code, state code). "Quyết định" and "Quy định" share "QĐ" in Party
# numbers (Hướng dẫn 36), so they share one running number.
_TYPE_CODES: dict[str, tuple[str, str | None]] = {
    "Công văn": ("CV", None),
    "Nghị quyết": ("NQ", "NQ"),
    "Quyết định": ("QĐ", "QĐ"),
    "Quy định": ("QĐ", "QyĐ"),
    "Chỉ thị": ("CT", "CT"),
    "Kết luận": ("KL", "KL"),
    "Quy chế": ("QC", "QC"),
    "Thông tri": ("TT", "TT"),
    "Hướng dẫn": ("HD", "HD"),
    "Thông báo": ("TB", "TB"),
    "Báo cáo": ("BC", "BC"),
    "Kế hoạch": ("KH", "KH"),
    "Chương trình": ("CTr", "CTr"),
    "Đề án": ("ĐA", "ĐA"),
    "Tờ trình": ("TTr", "TTr"),
}

_TYPE_WEIGHTS: dict[str, dict[str, float]] = {
    "capuy": {
        "Công văn": 30,
        "Kế hoạch": 12,
        "Báo cáo": 11,
        "Thông báo": 9,
        "Quyết định": 8,
        "Nghị quyết": 4,
        "Chỉ thị": 3,
        "Kết luận": 4,
        "Quy định": 2,
        "Quy chế": 2,
        "Hướng dẫn": 3,
        "Chương trình": 4,
        "Đề án": 2,
        "Thông tri": 1,
    },
    "ban": {
        "Công văn": 35,
        "Kế hoạch": 15,
        "Báo cáo": 14,
        "Hướng dẫn": 12,
        "Thông báo": 6,
        "Quyết định": 5,
        "Chương trình": 4,
        "Đề án": 1,
        "Tờ trình": 5,
        "Quy chế": 1,
    },
    "ubkt": {
        "Công văn": 25,
        "Kế hoạch": 10,
        "Báo cáo": 15,
        "Thông báo": 15,
        "Quyết định": 20,
        "Hướng dẫn": 5,
        "Chương trình": 5,
        "Tờ trình": 3,
    },
    "vp": {"Công văn": 50, "Thông báo": 25, "Báo cáo": 10, "Kế hoạch": 10, "Hướng dẫn": 5},
    "doan": {
        "Công văn": 30,
        "Kế hoạch": 25,
        "Báo cáo": 15,
        "Hướng dẫn": 10,
        "Thông báo": 8,
        "Quyết định": 8,
        "Chương trình": 4,
    },
    "hoi": {
        "Công văn": 30,
        "Kế hoạch": 25,
        "Báo cáo": 15,
        "Hướng dẫn": 10,
        "Thông báo": 8,
        "Quyết định": 8,
        "Chương trình": 4,
    },
    "mass": {
        "Công văn": 32,
        "Kế hoạch": 24,
        "Báo cáo": 15,
        "Hướng dẫn": 9,
        "Thông báo": 8,
        "Quyết định": 8,
        "Chương trình": 4,
    },
    "ubnd": {
        "Công văn": 35,
        "Kế hoạch": 15,
        "Quyết định": 20,
        "Báo cáo": 10,
        "Thông báo": 5,
        "Chỉ thị": 3,
        "Hướng dẫn": 2,
        "Chương trình": 3,
        "Đề án": 2,
        "Tờ trình": 5,
    },
    "hdnd": {"Nghị quyết": 70, "Báo cáo": 15, "Thông báo": 10, "Công văn": 5},
    "so": {
        "Công văn": 45,
        "Kế hoạch": 15,
        "Quyết định": 15,
        "Báo cáo": 12,
        "Thông báo": 5,
        "Hướng dẫn": 5,
        "Tờ trình": 3,
    },
}
_TYPE_CHOICES = {
    kind: (tuple(weights), tuple(accumulate(weights.values())))
    for kind, weights in _TYPE_WEIGHTS.items()
}

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
# Phrase banks (the language of real directives; every combination is invented)
# ---------------------------------------------------------------------------------------------

# (topic, tags). Topics finish "về ..." phrases and fill subjects.
_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("công tác dân vận của hệ thống chính trị", ("dân vận",)),
    ("công tác dân vận chính quyền", ("dân vận", "chính quyền")),
    ("phong trào thi đua “Dân vận khéo”", ("dân vận khéo", "thi đua")),
    ("xây dựng và nhân rộng mô hình “Dân vận khéo”", ("dân vận khéo", "mô hình")),
    ("thực hiện Quy chế dân chủ ở cơ sở", ("dân chủ cơ sở",)),
    ("công tác tuyên truyền, giáo dục chính trị tư tưởng", ("tuyên truyền", "tư tưởng")),
    ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", ("học tập và làm theo Bác",)),
    ("công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị", ("xây dựng Đảng",)),
    ("công tác phát triển đảng viên", ("phát triển đảng viên", "xây dựng Đảng")),
    ("công tác kiểm tra, giám sát và thi hành kỷ luật đảng", ("kiểm tra giám sát",)),
    ("công tác phòng, chống tham nhũng, lãng phí, tiêu cực", ("phòng chống tham nhũng",)),
    (
        "bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
        ("bảo vệ nền tảng tư tưởng", "mạng xã hội"),
    ),
    ("chuyển đổi số trong các cơ quan Đảng, Mặt trận và đoàn thể", ("chuyển đổi số",)),
    (
        "cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
        ("cải cách hành chính", "PCI"),
    ),
    (
        "nâng cao chất lượng giám sát, phản biện xã hội của Mặt trận Tổ quốc và các đoàn thể",
        ("giám sát phản biện", "mặt trận"),
    ),
    (
        "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
        ("nông thôn mới", "mặt trận"),
    ),
    ("Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”", ("hàng Việt Nam",)),
    ("phong trào “Toàn dân bảo vệ an ninh Tổ quốc”", ("an ninh trật tự",)),
    ("công tác an sinh xã hội, chăm lo hộ nghèo, gia đình chính sách", ("an sinh xã hội",)),
    ("công tác bảo vệ môi trường, chống rác thải nhựa", ("môi trường",)),
    ("công tác thanh niên và phong trào thanh niên tình nguyện", ("thanh niên", "đoàn thể")),
    ("công tác phụ nữ và bình đẳng giới", ("phụ nữ", "đoàn thể")),
    ("công tác vận động nông dân, phát triển kinh tế tập thể", ("nông dân", "đoàn thể")),
    ("công tác cựu chiến binh, phát huy bản chất “Bộ đội Cụ Hồ”", ("cựu chiến binh", "đoàn thể")),
    ("công tác tôn giáo, dân tộc trên địa bàn tỉnh", ("tôn giáo", "dân tộc")),
    ("phát triển đoàn viên, hội viên, xây dựng tổ chức cơ sở vững mạnh", ("đoàn thể",)),
    ("công tác bảo vệ chính trị nội bộ", ("bảo vệ chính trị nội bộ",)),
    (
        "chăm lo đời sống, việc làm của đoàn viên công đoàn, người lao động",
        ("công đoàn", "người lao động"),
    ),
    ("công tác tiếp công dân, giải quyết khiếu nại, tố cáo", ("tiếp công dân",)),
    (
        "đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể chính trị - xã hội",
        ("đoàn thể", "mặt trận"),
    ),
    ("thực hiện nếp sống văn minh, xây dựng gia đình văn hóa", ("văn hóa",)),
    (
        "ứng dụng công nghệ thông tin, xây dựng trang tin điện tử và Fanpage",
        ("chuyển đổi số", "mạng xã hội"),
    ),
)
# Topics only a given year speaks of.
_YEAR_TOPICS: dict[int, tuple[tuple[str, tuple[str, ...]], ...]] = {
    2019: (
        (
            "tổng kết 10 năm thực hiện Nghị quyết của Ban Chấp hành Trung ương về công tác dân vận",
            ("dân vận", "tổng kết"),
        ),
    ),
    2020: (
        (
            "đại hội đảng bộ các cấp tiến tới Đại hội Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025",
            ("đại hội đảng",),
        ),
        ("phòng, chống dịch COVID-19", ("COVID-19",)),
    ),
    2021: (
        ("phòng, chống dịch COVID-19", ("COVID-19",)),
        (
            "bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026",
            ("bầu cử",),
        ),
    ),
    2022: (
        (
            "khắc phục hậu quả dịch COVID-19, phục hồi và phát triển kinh tế - xã hội",
            ("phục hồi kinh tế",),
        ),
    ),
    2025: (
        (
            "sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
            ("sắp xếp bộ máy",),
        ),
        ("đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030", ("đại hội đảng",)),
    ),
}
# (label, founding day "dd/mm", founding year, tags) for anniversaries.
_EVENTS = (
    ("Ngày thành lập Đảng Cộng sản Việt Nam", "03/02", 1930, ("kỷ niệm", "xây dựng Đảng")),
    ("Ngày truyền thống công tác dân vận của Đảng", "15/10", 1930, ("kỷ niệm", "dân vận")),
    ("Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam", "18/11", 1930, ("kỷ niệm", "mặt trận")),
    ("Ngày thành lập Đoàn TNCS Hồ Chí Minh", "26/3", 1931, ("kỷ niệm", "thanh niên")),
    ("Ngày sinh Chủ tịch Hồ Chí Minh", "19/5", 1890, ("kỷ niệm", "học tập và làm theo Bác")),
    ("Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam", "20/10", 1930, ("kỷ niệm", "phụ nữ")),
    ("Ngày thành lập Hội Cựu chiến binh Việt Nam", "06/12", 1989, ("kỷ niệm", "cựu chiến binh")),
    ("Ngày Giải phóng miền Nam, thống nhất đất nước", "30/4", 1975, ("kỷ niệm",)),
)
_THEMES: dict[int, tuple[str, tuple[str, ...]]] = {
    2018: ("Nâng cao chất lượng hoạt động của hệ thống chính trị ở cơ sở", ("CơSởVữngMạnh",)),
    2019: (
        "Đẩy mạnh cải cách hành chính, xây dựng chính quyền thân thiện, phục vụ Nhân dân",
        ("CảiCáchHànhChính", "ChínhQuyềnThânThiện"),
    ),
    2020: ("Thi đua lập thành tích chào mừng đại hội đảng bộ các cấp", ("ChàoMừngĐạiHội",)),
    2021: ("Đẩy mạnh chuyển đổi số, xây dựng chính quyền điện tử", ("ChuyểnĐổiSố",)),
    2022: (
        "Siết chặt kỷ luật, kỷ cương hành chính, nâng cao trách nhiệm người đứng đầu",
        ("KỷLuậtKỷCương", "NgườiĐứngĐầu"),
    ),
    2023: (
        "Chỉnh trang đô thị, giữ gìn, bảo vệ môi trường, cảnh quan xanh, sạch, đẹp",
        ("ChỉnhTrangĐôThị", "XanhSạchĐẹp"),
    ),
    2024: (
        "Nâng cao năng lực cạnh tranh và sự hài lòng của người dân, doanh nghiệp",
        ("NăngLựcCạnhTranh", "SựHàiLòng"),
    ),
    2025: (
        "Tinh gọn tổ chức bộ máy, nâng cao hiệu lực, hiệu quả hoạt động của hệ thống chính trị",
        ("TinhGọnBộMáy", "HiệuLựcHiệuQuả"),
    ),
}
_THEME_FALLBACK = (
    ("Đoàn kết, kỷ cương, đổi mới, phát triển", ("ĐoànKết", "ĐổiMới")),
    ("Xây dựng chính quyền liêm chính, kiến tạo, phục vụ", ("ChínhQuyềnLiêmChính",)),
    ("Phát huy sức mạnh khối đại đoàn kết toàn dân tộc", ("ĐạiĐoànKết",)),
)
_COLORS = (
    "#2e7d32",
    "#1565c0",
    "#6a1b9a",
    "#c62828",
    "#ef6c00",
    "#00838f",
    "#4e342e",
    "#283593",
    "#ad1457",
    "#558b2f",
)

# Verbs that fit every activity of _ACTIVITIES; _ACTIONS carry their own verb.
_VERBS = (
    "Tiếp tục triển khai thực hiện có hiệu quả",
    "Đẩy mạnh",
    "Tăng cường",
    "Nâng cao chất lượng",
    "Chú trọng",
    "Quan tâm lãnh đạo, chỉ đạo",
    "Đổi mới nội dung, phương thức",
    "Thường xuyên theo dõi, đôn đốc",
    "Tập trung rà soát, đánh giá",
    "Duy trì và nâng cao hiệu quả",
    "Tổ chức thực hiện tốt",
)
_ACTIVITIES = (
    "công tác tuyên truyền, vận động đoàn viên, hội viên và người lao động",
    "việc thực hiện Quy chế dân chủ ở cơ sở gắn với {topic}",
    "công tác giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền",
    "ứng dụng công nghệ thông tin trong công tác quản lý, điều hành",
    "công tác kiểm tra, giám sát việc thực hiện {topic}",
    "{topic}",
    "công tác nắm tình hình Nhân dân, dư luận xã hội",
    "công tác thông tin, báo cáo định kỳ và đột xuất",
    "phong trào thi đua “Dân vận khéo” gắn với {topic}",
)
_ACTIONS = (
    "Lựa chọn, xây dựng, nhân rộng các mô hình, điển hình, cách làm hay trong thực hiện {topic}",
    "Phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là người đứng đầu cấp ủy, cơ quan, đơn vị",
    "Kịp thời nắm bắt tình hình tư tưởng của cán bộ, đảng viên và các tầng lớp Nhân dân",
    "Củng cố, tăng cường mối quan hệ mật thiết giữa Đảng với Nhân dân",
    "Rà soát các nhiệm vụ trọng tâm, các khâu đột phá đã đề ra tại nghị quyết đại hội để kịp thời triển khai thực hiện",
    "Xây dựng và phát huy hiệu quả các trang thông tin điện tử, Fanpage trên mạng xã hội để chia sẻ thông tin tuyên truyền",
    "Giải quyết kịp thời những khó khăn, vướng mắc, kiến nghị chính đáng của Nhân dân",
    "Chú trọng công tác bồi dưỡng, giới thiệu đoàn viên, hội viên ưu tú để Đảng xem xét, kết nạp",
    "Tiếp tục xây dựng các mô hình “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh, xây dựng hệ thống chính trị",
    "Nâng cao trách nhiệm của người đứng đầu trong tiếp dân, đối thoại trực tiếp với Nhân dân",
    "Tăng cường sự phối hợp giữa cơ quan chuyên môn với Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội",
    "Đổi mới hình thức, phương pháp vận động, tập hợp quần chúng vào tổ chức đoàn, hội",
    "Biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành tích tiêu biểu trong {topic}",
    "Định kỳ sơ kết, rút kinh nghiệm việc thực hiện {topic}",
)
_ADVERBIALS = (
    "gắn với việc thực hiện chủ đề năm {year} của Tỉnh ủy",
    "bảo đảm thiết thực, hiệu quả, tránh hình thức",
    "phù hợp với tình hình thực tế của cơ quan, đơn vị",
    "góp phần hoàn thành thắng lợi nhiệm vụ chính trị năm {year}",
    "trong đó tập trung vào những vấn đề bức xúc, nổi cộm được dư luận quan tâm",
    "kịp thời phát hiện, biểu dương, khen thưởng các tập thể, cá nhân điển hình",
    "tạo sự đồng thuận trong xã hội",
    "theo phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”",
    "gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "không để hình thành “điểm nóng”, khiếu kiện đông người, vượt cấp",
    "nhất là ở những địa bàn vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số",
    "coi đây là nhiệm vụ thường xuyên, liên tục",
    "góp phần củng cố niềm tin của Nhân dân đối với Đảng, chính quyền",
    "với tinh thần “lấy dân làm gốc”",
)
_PURPOSES = (
    "Quán triệt sâu sắc, tạo sự chuyển biến mạnh mẽ về nhận thức và hành động của cấp ủy, tổ chức đảng, cán bộ, đảng viên về {topic}.",
    "Nâng cao vai trò lãnh đạo của cấp ủy, sự phối hợp của chính quyền, Mặt trận Tổ quốc và các đoàn thể trong thực hiện {topic}.",
    "Việc tổ chức thực hiện phải nghiêm túc, thiết thực, hiệu quả, tiết kiệm, phù hợp với điều kiện thực tế của từng cơ quan, đơn vị; tránh hình thức, lãng phí.",
    "Thông qua đó, kịp thời phát hiện, nhân rộng các mô hình, điển hình, cách làm hay; đồng thời chỉ ra những hạn chế, khuyết điểm và đề ra giải pháp khắc phục.",
    "Gắn việc thực hiện {topic} với nhiệm vụ chính trị của cơ quan, đơn vị và chủ đề năm {year} của Tỉnh ủy.",
    "Phát huy tinh thần trách nhiệm, tính tiên phong, gương mẫu của cán bộ, đảng viên, nhất là người đứng đầu.",
)
_ACHIEVEMENTS = (
    "đã tổ chức {n} hội nghị quán triệt, triển khai với hơn {m} lượt cán bộ, đảng viên tham dự",
    "có {n} mô hình “Dân vận khéo” được đăng ký thực hiện, trong đó {k} mô hình được công nhận",
    "đã đăng tải {n} tin, bài trên Trang thông tin điện tử và Fanpage của cơ quan, đơn vị",
    "đã kết nạp {k} đảng viên mới, đạt {p}% chỉ tiêu được giao",
    "đã vận động Quỹ “Vì người nghèo” được hơn {n} triệu đồng",
    "đã phối hợp xây dựng, sửa chữa {k} căn nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn",
    "đã tổ chức {n} cuộc kiểm tra, giám sát đối với {k} tổ chức đảng và {m} đảng viên",
    "đã tiếp nhận và giải quyết {n} đơn, thư kiến nghị, phản ánh, đạt tỷ lệ {p}%",
    "đã tổ chức {k} cuộc đối thoại trực tiếp giữa người đứng đầu với Nhân dân",
    "có {p}% tổ chức cơ sở đảng được đánh giá hoàn thành tốt nhiệm vụ trở lên",
    "đã thu hút {m} lượt đoàn viên, hội viên tham gia các hoạt động tình nguyện",
    "đã trao tặng {n} suất quà cho gia đình chính sách, hộ nghèo với tổng trị giá hơn {k} triệu đồng",
)
_LIMITS = (
    "Công tác tuyên truyền ở một số nơi chưa thường xuyên, hình thức chưa phong phú, chưa thu hút được sự quan tâm của đoàn viên, hội viên.",
    "Việc xây dựng mô hình “Dân vận khéo” ở một số đơn vị còn hình thức, chưa có tính lan tỏa; việc sơ kết, nhân rộng chưa kịp thời.",
    "Chế độ thông tin, báo cáo của một số cơ quan, đơn vị chưa bảo đảm thời gian và chất lượng.",
    "Sự phối hợp giữa các cơ quan, đơn vị có lúc chưa chặt chẽ; một số kiến nghị của Nhân dân chưa được giải quyết dứt điểm.",
    "Năng lực, kinh nghiệm của một bộ phận cán bộ làm công tác dân vận còn hạn chế, chưa đáp ứng yêu cầu nhiệm vụ trong tình hình mới.",
    "Việc ứng dụng công nghệ thông tin, mạng xã hội trong công tác tuyên truyền, vận động chưa được khai thác hiệu quả.",
)
_CAUSES = (
    "Nguyên nhân chủ yếu là một số cấp ủy, người đứng đầu chưa quan tâm đúng mức đến {topic}; công tác kiểm tra, giám sát chưa thường xuyên.",
    "Nguyên nhân khách quan là khối lượng công việc lớn, nhiều nhiệm vụ đột xuất; nguyên nhân chủ quan là tinh thần trách nhiệm của một bộ phận cán bộ chưa cao.",
)
_MEETING = (
    "Ngày {date}, {body} đã họp, nghe báo cáo về {topic}. Sau khi thảo luận, {body} kết luận như sau:",
    "Tại hội nghị ngày {date}, sau khi nghe {unit} báo cáo kết quả {topic}, ý kiến phát biểu của các đồng chí dự họp, {body} thống nhất kết luận:",
)
_CLOSINGS = (
    "Đề nghị các cơ quan, đơn vị quan tâm triển khai thực hiện./.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị kịp thời phản ánh về {unit} để được hướng dẫn./.",
    "Giao {unit} theo dõi, đôn đốc việc triển khai thực hiện {doc} này và báo cáo {btv} để theo dõi, chỉ đạo./.",
    "{issuer} đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
)
_DEPT_TAIL = (
    "Đơn vị chủ trì",
    "Cơ quan thường trực",
    "Đơn vị phối hợp",
)

_SURNAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Đinh",
    "Trương",
    "Lương",
    "Mai",
    "Tạ",
)
_MIDDLE_M = ("Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Công", "Xuân", "Tấn")
_MIDDLE_F = ("Thị", "Thị Thu", "Thị Minh", "Thị Ngọc", "Thị Thanh", "Thị Kim", "Thị Hồng", "Thị Mỹ")
_GIVEN_M = (
    "Hùng",
    "Dũng",
    "Tuấn",
    "Long",
    "Hải",
    "Nam",
    "Sơn",
    "Thắng",
    "Phong",
    "Trung",
    "Bình",
    "Hòa",
    "Khánh",
    "Lâm",
    "Quang",
    "Tâm",
    "Thành",
    "Vinh",
    "Phúc",
    "Lộc",
)
_GIVEN_F = (
    "Lan",
    "Hạnh",
    "Hương",
    "Mai",
    "Hoa",
    "Loan",
    "Nga",
    "Phượng",
    "Thảo",
    "Trang",
    "Yến",
    "Hằng",
    "Liên",
    "Nhung",
    "Vân",
    "Diệu",
)

# Signer (title, authority) per kind: the head first, then deputies.
_SIGNERS: dict[str, tuple[tuple[str, str], ...]] = {
    "capuy": (
        ("Bí thư", "T/M Ban Thường vụ"),
        ("Phó Bí thư Thường trực", "T/M Ban Thường vụ"),
        ("Phó Bí thư", "T/M Ban Thường vụ"),
        ("Chánh Văn phòng", "T/L Ban Thường vụ"),
    ),
    "ban": (
        ("Trưởng ban", ""),
        ("Phó Trưởng ban", "K/T Trưởng ban"),
        ("Phó Trưởng ban Thường trực", "K/T Trưởng ban"),
    ),
    "ubkt": (("Chủ nhiệm", "T/M Ủy ban Kiểm tra"), ("Phó Chủ nhiệm", "T/M Ủy ban Kiểm tra")),
    "vp": (("Chánh Văn phòng", ""), ("Phó Chánh Văn phòng", "K/T Chánh Văn phòng")),
    "doan": (("Bí thư", "T/M Ban Thường vụ"), ("Phó Bí thư", "T/M Ban Thường vụ")),
    "hoi": (("Chủ tịch", "T/M Ban Thường vụ"), ("Phó Chủ tịch", "T/M Ban Thường vụ")),
    "mass": (("Chủ tịch", "TM. Ban Thường vụ"), ("Phó Chủ tịch", "KT. Chủ tịch")),
    "ubnd": (("Chủ tịch", "TM. Ủy ban nhân dân"), ("Phó Chủ tịch", "KT. Chủ tịch")),
    "hdnd": (("Chủ tịch", ""), ("Phó Chủ tịch", "TM. Thường trực HĐND")),
    "so": (("Giám đốc", ""), ("Phó Giám đốc", "KT. Giám đốc")),
}

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
    y = doc.year
    t = doc.type_name
    unit = doc.unit
    if r.random() < 0.12:
        label, day, founded, _ = _EVENTS[r.randrange(len(_EVENTS))]
        anniversary = f"kỷ niệm {y - founded} năm {label} ({day}/{founded} - {day}/{y})"
        if t in ("Kế hoạch", "Hướng dẫn", "Công văn", "Chương trình"):
            return f"Tổ chức các hoạt động {anniversary}"
        if t == "Báo cáo":
            return f"Kết quả tổ chức các hoạt động {anniversary}"
    term = "2020 - 2025" if y < 2025 else "2025 - 2030"
    half = _one(r, ("6 tháng đầu năm", "9 tháng năm", "năm", "quý I năm", "quý III năm"))
    table: dict[str, Sequence[str]] = {
        "Công văn": (
            f"Đẩy mạnh {topic}",
            f"Tiếp tục thực hiện {topic}",
            f"Đăng ký mô hình “Dân vận khéo” năm {y}",
            f"Báo cáo kết quả {topic} {half} {y}",
            f"Góp ý dự thảo văn bản về {topic}",
            f"Tăng cường {topic} trong tình hình mới",
            f"V/v triển khai {topic}",
            f"Hưởng ứng chủ đề năm {y} của Tỉnh ủy",
        ),
        "Kế hoạch": (
            f"Triển khai thực hiện {topic} năm {y}",
            f"Kiểm tra, giám sát {topic} năm {y}",
            f"Tuyên truyền {topic} năm {y}",
            f"Thực hiện chủ đề năm {y}",
            f"Sơ kết {_one(r, (3, 5))} năm thực hiện {topic}",
            f"Tổ chức Hội thi “Dân vận khéo” năm {y}",
        ),
        "Báo cáo": (
            f"Kết quả {topic} {half} {y}, phương hướng, nhiệm vụ thời gian tới",
            f"Tổng kết công tác năm {y}, phương hướng, nhiệm vụ năm {y + 1}",
            f"Sơ kết {_one(r, (3, 5))} năm thực hiện {topic}",
            f"Kết quả thực hiện chủ đề năm {y}",
        ),
        "Thông báo": (
            f"Kết luận của {unit.cite_name} về {topic}",
            f"Kết luận của Thường trực tại buổi làm việc về {topic}",
            f"Phân công nhiệm vụ thành viên Ban Chỉ đạo {topic}",
            f"Lịch làm việc tháng {_int(r, 1, 12)} năm {y}",
        ),
        "Hướng dẫn": (
            f"Thực hiện {topic}",
            f"Xây dựng mô hình “Dân vận khéo” giai đoạn {y} - {y + 2}",
            f"Tổ chức sinh hoạt chuyên đề về {topic}",
            f"Kiểm điểm, đánh giá, xếp loại chất lượng tổ chức và cá nhân năm {y}",
        ),
        "Quyết định": (
            f"Thành lập Ban Chỉ đạo {topic}",
            f"Kiện toàn Tổ giúp việc về {topic}",
            f"Khen thưởng tập thể, cá nhân có thành tích xuất sắc trong {topic} năm {y}",
            f"Thành lập Đoàn kiểm tra, giám sát {topic}",
            f"Ban hành Quy chế làm việc của {unit.name} nhiệm kỳ {term}",
        ),
        "Quy định": (
            f"Về {topic}",
            f"Về chế độ thông tin, báo cáo trong {topic}",
            "Về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là người đứng đầu",
        ),
        "Quy chế": (
            f"Làm việc của {unit.name} nhiệm kỳ {term}",
            f"Phối hợp giữa {unit.name} và Ủy ban MTTQ Việt Nam tỉnh trong {topic}",
        ),
        "Nghị quyết": (
            f"Về {topic} đến năm {y + 5}, định hướng đến năm {y + 10}",
            f"Về nhiệm vụ năm {y + 1}",
            f"Về tăng cường {topic}",
        ),
        "Chỉ thị": (f"Về tăng cường sự lãnh đạo của Đảng đối với {topic}", f"Về đẩy mạnh {topic}"),
        "Kết luận": (f"Về tiếp tục thực hiện {topic}", f"Về {topic} trong thời gian tới"),
        "Thông tri": (f"Về lãnh đạo {topic}",),
        "Đề án": (
            f"Nâng cao chất lượng {topic} giai đoạn {y} - {y + 5}",
            f"Đổi mới, nâng cao hiệu quả {topic}",
        ),
        "Chương trình": (
            f"Công tác năm {y}",
            f"Hành động thực hiện {topic}",
            f"Kiểm tra, giám sát năm {y}",
            f"Phối hợp thực hiện {topic} giai đoạn {y} - {y + 3}",
        ),
        "Tờ trình": (
            f"Về việc đề nghị ban hành văn bản về {topic}",
            f"Đề nghị khen thưởng tập thể, cá nhân có thành tích trong {topic}",
        ),
    }
    options = table[t]
    subject = options[r.randrange(len(options))]
    return subject[0].upper() + subject[1:]


# Documents of a type a unit issues in a year, at weight 4 (how fast its numbers run).
_ANNUAL = {
    "CV": 200,
    "QĐ": 60,
    "KH": 50,
    "BC": 50,
    "TB": 40,
    "HD": 12,
    "NQ": 10,
    "CT": 4,
    "KL": 8,
    "QC": 4,
    "TT": 2,
    "CTr": 12,
    "ĐA": 5,
    "TTr": 20,
    "QyĐ": 4,
}


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


_KIND_FOR_TYPE = {
    "Công văn": ("implements", "cites"),
    "Kế hoạch": ("implements", "based-on"),
    "Hướng dẫn": ("guides", "implements"),
    "Quyết định": ("based-on", "cites"),
    "Quy định": ("based-on", "cites"),
    "Quy chế": ("based-on", "cites"),
    "Báo cáo": ("implements", "cites"),
    "Thông báo": ("cites", "implements"),
    "Nghị quyết": ("based-on", "cites"),
    "Chỉ thị": ("implements", "cites"),
    "Kết luận": ("implements", "cites"),
    "Thông tri": ("implements", "cites"),
    "Đề án": ("based-on", "implements"),
    "Chương trình": ("implements", "based-on"),
    "Tờ trình": ("based-on", "cites"),
}


_CITED_ONLY = frozenset({"Báo cáo", "Tờ trình", "Thông báo"})


def _link(docs: list[Doc], seed: int, first_year: int) -> None:
    """Second pass: citations (earlier documents only, ~5% stubs), relations and statuses."""
    r = random.Random(f"bangtin-gen-corpus:{seed}:links")
    dates = [doc.date for doc in docs]
    by_key: dict[str, list[int]] = {}
    for doc in docs:
        by_key.setdefault(doc.key, []).append(doc.index)
    taken = {(doc.key, doc.year) for doc in docs}
    stubs: list[Cite] = []
    # Documents of each issuer and type, in date order, for supersedes and amends.
    same: dict[tuple[str, str], list[int]] = {}

    def undated_safe(target: Doc, day: dt.date) -> bool:
        # A number without a date resolves to the latest document with that number issued on
        # or before the citing date: only cite without a date when that is the intended one.
        return all(not (target.date < docs[j].date <= day) for j in by_key[target.key])

    def new_stub(day: dt.date) -> Cite:
        while True:
            unit = _ISSUERS[r.randrange(len(_ISSUERS))]
            type_name = _one(
                r,
                (
                    "Kế hoạch",
                    "Công văn",
                    "Hướng dẫn",
                    "Nghị quyết",
                    "Chỉ thị",
                    "Kết luận",
                    "Quyết định",
                    "Chương trình",
                ),
            )
            if type_name not in _TYPE_WEIGHTS[unit.kind]:
                continue
            when = day - dt.timedelta(days=_int(r, 20, 900))
            when = max(when, dt.date(first_year - 3, 1, 5))
            probe = Doc(
                index=-1, unit=unit, type_name=type_name, date=when, topic=r.randrange(1000)
            )
            _allocate_numbers([probe], r)
            # Serials far beyond what the corpus reaches, so no generated document has it.
            serial, rest = re.match(r"(\d+)(.*)", probe.number).groups()  # type: ignore[union-attr]
            probe.number = f"{int(serial) + _int(r, 900, 1900)}{rest}"
            probe.key = _number_key(probe.number)
            if (probe.key, when.year) in taken:
                continue
            taken.add((probe.key, when.year))
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

    for doc in docs:
        lo = bisect.bisect_left(dates, doc.date)  # documents before this date: docs[:lo]
        group = same.setdefault((doc.unit.id, doc.type_name), [])
        if doc.theme_source:
            theme, _ = _theme_info(doc.year)
            doc.subject = f"Về chủ đề năm {doc.year}: “{theme}”"
        if lo and not doc.theme_source:
            kinds = _KIND_FOR_TYPE[doc.type_name]
            wanted = _one(r, (0, 1, 1, 2, 2, 2, 3, 4))
            preferred = {doc.unit.parent, doc.unit.id, "tinh-uy", "ban-dan-van-tu"}
            seen: set[int] = set()
            for i in range(wanted):
                if r.random() < 0.05:
                    if stubs and r.random() < 0.3:
                        stub = stubs[r.randrange(len(stubs))]
                        if stub.date is not None and stub.date >= doc.date:
                            stub = new_stub(doc.date)
                    else:
                        stub = new_stub(doc.date)
                        stubs.append(stub)
                    kind = kinds[0] if i == 0 else kinds[1]
                    doc.cites.append(
                        Cite(
                            kind=kind,
                            number=stub.number,
                            date=stub.date,
                            target=None,
                            type_name=stub.type_name,
                            cite_name=stub.cite_name,
                            subject=stub.subject,
                            in_relations=r.random() < 0.3,
                        )
                    )
                    continue
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
                    continue
                seen.add(choice)
                target = docs[choice]
                safe = undated_safe(target, doc.date)
                dated = not (safe and target.year == doc.year and r.random() < 0.08)
                doc.cites.append(
                    Cite(
                        kind=kinds[0] if i == 0 else kinds[1],
                        number=target.number,
                        date=target.date if dated else None,
                        target=choice,
                        type_name=target.type_name,
                        cite_name=target.unit.cite_name,
                        subject=target.subject,
                        in_relations=safe and r.random() < 0.6,
                    )
                )
            first = doc.cites[0] if doc.cites else None
            if (
                first is not None
                and first.type_name not in _CITED_ONLY
                and first.target is not None
                and first.in_relations
                and doc.type_name in ("Công văn", "Kế hoạch")
                and r.random() < 0.3
            ):
                verb = "Triển khai thực hiện" if doc.type_name == "Kế hoạch" else "Thực hiện"
                doc.subject = f"{verb} {first.type_name} số {first.number} của {first.cite_name}"
            if doc.type_name in ("Quy định", "Quy chế", "Quyết định") and group:
                older = docs[group[r.randrange(max(0, len(group) - 3), len(group))]]
                roll = r.random()
                if (
                    roll < 0.35
                    and older.date < doc.date
                    and undated_safe(older, doc.date)
                    and older.status == "in-force"
                ):
                    kind = (
                        "supersedes" if doc.type_name != "Quyết định" or roll < 0.15 else "amends"
                    )
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
        if not doc.subject:
            topic_text = _TOPICS[doc.topic % len(_TOPICS)][0]
            bank = _TOPICS + _YEAR_TOPICS.get(doc.year, ())
            topic_text = bank[doc.topic % len(bank)][0]
            doc.subject = _subject(r, doc, topic_text)
        group.append(doc.index)


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
        lead = _one(r, ("Trong kỳ", "Qua triển khai", "Nhìn chung", "Kết quả"))
        return f"{lead}, {_one(r, ('các cơ quan, đơn vị', 'cấp ủy các cấp', 'các tổ chức đoàn thể'))} {text}; {self.fill(_one(r, _ADVERBIALS))}."

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
    w = _Writer(corpus, doc, r)
    final = ""
    t = doc.type_name
    unit = doc.unit
    issuer = unit.cite_name
    doc_word = t[0].lower() + t[1:]
    if t == "Công văn":
        if r.random() < 0.1:
            w.add("Kính gửi:\n\n" + "\n\n".join(f"- {_recipient_text(x)}" for x in unit.to[:4]))
        opening = _opening(w, ("implements", "based-on", "guides"))
        recipients = "các cơ quan, đơn vị"
        if opening:
            w.add(
                f"{opening}; {issuer} đề nghị {recipients} triển khai thực hiện một số nội dung sau:"
            )
        else:
            w.add(
                f"Để {w.fill('{topic}')} đạt hiệu quả, {issuer} đề nghị {recipients} thực hiện tốt một số nội dung sau:"
            )
        w.numbered(w.item, 2, 0.92)
    elif t == "Quyết định" or (t == "Nghị quyết" and unit.form == "state"):
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
        lines.append(
            f"Xét đề nghị của {_one(r, ('Văn phòng', 'Ban Tổ chức', 'bộ phận chuyên môn', 'Thủ trưởng cơ quan'))},"
        )
        w.add("\n\n".join(lines))
        w.add(f"**{unit.name.upper()} {'QUYẾT NGHỊ' if t == 'Nghị quyết' else 'QUYẾT ĐỊNH'}:**")
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
            f"**Điều {k}.** {_one(r, ('Văn phòng', 'Các ban, ngành liên quan', 'Các cơ quan, đơn vị'))} và các đồng chí có tên tại Điều 1 căn cứ Quyết định thi hành. Quyết định có hiệu lực kể từ ngày ký./."
        )
    elif t in ("Quy định", "Quy chế"):
        opening = _opening(w, ("based-on", "implements"))
        if opening:
            w.add(opening + ",")
        for c in doc.cites:
            if c.kind in ("supersedes", "amends"):
                w.add(f"{t} này thay thế {_cite_text(c, r)}.")
        w.add("## Chương I. NHỮNG QUY ĐỊNH CHUNG")
        w.add(
            f"**Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng**\n\n{t} này quy định về {w.topic}; áp dụng đối với {_one(r, ('các cơ quan, đơn vị trực thuộc', 'cán bộ, đảng viên, công chức, viên chức', 'các tổ chức cơ sở đảng'))}."
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
    elif t == "Báo cáo":
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
        w.add(f"## III. PHƯƠNG HƯỚNG, NHIỆM VỤ {'THỜI GIAN TỚI'}")
        w.numbered(w.item, 2, 0.95)
        w.add(f"Trên đây là báo cáo kết quả {w.topic} của {issuer}./.")
    elif t in ("Thông báo", "Kết luận", "Chỉ thị", "Nghị quyết", "Thông tri"):
        opening = _opening(w, ("implements", "based-on", "guides"))
        if t == "Thông báo":
            w.add(
                _one(r, _MEETING).format(
                    date=_short_date(doc.date - dt.timedelta(days=_int(r, 1, 6)), r),
                    body=issuer,
                    topic=w.topic,
                    unit=_one(r, ("Văn phòng", "Ban Tổ chức", "Ban Tuyên giáo - Dân vận")),
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
        final = (
            f"{doc_word[0].upper() + doc_word[1:]} này được phổ biến đến chi bộ./."
            if t != "Thông báo"
            else "Văn phòng thông báo để các cơ quan, đơn vị biết, thực hiện./."
        )
    elif t == "Tờ trình":
        opening = _opening(w, ("based-on", "implements"))
        w.add(
            (opening + "; " if opening else "")
            + f"{issuer} kính trình Thường trực xem xét nội dung sau:"
        )
        w.add("## I. SỰ CẦN THIẾT")
        w.add(w.sentence() + " " + w.sentence())
        w.add("## II. NỘI DUNG ĐỀ NGHỊ")
        w.numbered(w.item, 2, 0.95)
        w.add("Kính trình Thường trực xem xét, quyết định./.")
    else:  # Kế hoạch, Hướng dẫn, Chương trình, Đề án
        opening = _opening(w, ("implements", "based-on", "guides"))
        lead = f"{issuer} xây dựng {doc_word} {doc.subject[0].lower() + doc.subject[1:]} như sau:"
        w.add(f"{opening}; {lead}" if opening else lead[0].upper() + lead[1:])
        w.add("## I. MỤC ĐÍCH, YÊU CẦU")
        w.numbered(lambda k: f"{k}. {w.fill(_one(r, _PURPOSES))}", 2, 0.2)
        w.add("## II. NỘI DUNG" + (" HƯỚNG DẪN" if t == "Hướng dẫn" else ", NHIỆM VỤ"))
        w.numbered(w.item, 3, 0.85)
        w.add("## III. TỔ CHỨC THỰC HIỆN")
    if tasks:
        # After a section heading the list starts again; otherwise the tasks continue it.
        start = 1 if w.parts[-1].startswith("## ") else w.count + 1
        for k, (what, who, report_to, due, _done) in enumerate(tasks, start):
            w.add(
                f"{k}. Giao {_unit_label(who)} {what[0].lower() + what[1:]}; báo cáo kết quả về {_unit_label(report_to)} trước ngày {_short_date(due, r)}."
            )
    if t in ("Công văn", "Kế hoạch", "Hướng dẫn", "Chương trình", "Đề án"):
        closings = _CLOSINGS if unit.id in _BTV else (_CLOSINGS[0], _CLOSINGS[1], _CLOSINGS[3])
        w.add(
            _one(r, closings).format(
                unit=_unit_label(_followup(unit)),
                doc=doc_word,
                btv=_unit_label(_BTV.get(unit.id, unit.id)),
                issuer=issuer,
            )
        )
    if final:
        w.add(final)
    mention = f"chủ đề năm {doc.year} của Tỉnh ủy"
    if r.random() < 0.4:
        # Like the seed directive, the first mention of the year's theme gets a footnote.
        for i, part in enumerate(w.parts):
            if mention in part:
                w.parts[i] = part.replace(mention, mention + "[^1]", 1)
                theme, _ = _theme_info(doc.year)
                w.add(f"[^1]: Chủ đề năm {doc.year} về “{theme}”.")
                break
    return "\n\n".join(w.parts) + "\n"


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
    if (
        doc.type_name
        not in (
            "Công văn",
            "Kế hoạch",
            "Chỉ thị",
            "Kết luận",
            "Thông báo",
            "Hướng dẫn",
            "Chương trình",
            "Đề án",
            "Thông tri",
        )
        or r.random() < 0.35
    ):
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
