"""The records of the portal (directives, themes, units, practices, news) as frozen dataclasses.

No I/O here: `load.py` builds these records from files, everything downstream only reads them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bangtin.core.numbers import DocNumber
from bangtin.core.text import format_date, slugify

__all__ = [
    "HEADER_BODY_HEADS",
    "ContentError",
    "Directive",
    "DocType",
    "FileRef",
    "NewsItem",
    "PostSpec",
    "Practice",
    "PracticeField",
    "PracticeStatus",
    "Registry",
    "Relation",
    "RelationKind",
    "Signature",
    "Signer",
    "Status",
    "Task",
    "Theme",
    "Unit",
    "Visibility",
    "split_header",
]


@dataclass(frozen=True, slots=True)
class ContentError:
    """One problem in one file, told to an editor as ``path:line: message``."""

    path: str
    line: int
    message: str
    warning: bool = False

    def __str__(self) -> str:
        kind = "cảnh báo: " if self.warning else ""
        return f"{self.path}:{self.line}: {kind}{self.message}"


class Visibility(enum.Enum):
    """Who may see a record. A record without `visibility` is internal (fail closed)."""

    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"

    @property
    def rank(self) -> int:
        return {"public": 0, "internal": 1, "confidential": 2}[self.value]

    @property
    def label(self) -> str:
        return {"public": "Công khai", "internal": "Nội bộ", "confidential": "Mật"}[self.value]

    def visible_to(self, audience: Visibility) -> bool:
        """True when a build for ``audience`` may show a record of this visibility."""
        return self is not Visibility.CONFIDENTIAL and self.rank <= audience.rank


class Status(enum.Enum):
    IN_FORCE = "in-force"
    SUPERSEDED = "superseded"
    EXPIRED = "expired"

    @property
    def label(self) -> str:
        return {
            "in-force": "Còn hiệu lực",
            "superseded": "Đã bị thay thế",
            "expired": "Hết hiệu lực",
        }[self.value]


class DocType(enum.Enum):
    """The closed set of document types (tên loại), Party, state and mass organisations."""

    NGHI_QUYET = "Nghị quyết"
    QUYET_DINH = "Quyết định"
    QUY_DINH = "Quy định"
    CHI_THI = "Chỉ thị"
    KET_LUAN = "Kết luận"
    QUY_CHE = "Quy chế"
    THONG_TRI = "Thông tri"
    HUONG_DAN = "Hướng dẫn"
    THONG_BAO = "Thông báo"
    THONG_CAO = "Thông cáo"
    BAO_CAO = "Báo cáo"
    KE_HOACH = "Kế hoạch"
    CHUONG_TRINH = "Chương trình"
    DE_AN = "Đề án"
    PHUONG_AN = "Phương án"
    DU_AN = "Dự án"
    TO_TRINH = "Tờ trình"
    CONG_VAN = "Công văn"
    CONG_DIEN = "Công điện"
    BIEN_BAN = "Biên bản"
    HOP_DONG = "Hợp đồng"
    # Nghị định 30/2020/NĐ-CP, Phụ lục III: memoranda and agreements a province signs with a
    # partner, and an authorisation, are types of their own (codes BGN, BTT, GUQ).
    BAN_GHI_NHO = "Bản ghi nhớ"
    BAN_THOA_THUAN = "Bản thỏa thuận"
    GIAY_UY_QUYEN = "Giấy ủy quyền"
    GIAY_MOI = "Giấy mời"
    GIAY_GIOI_THIEU = "Giấy giới thiệu"
    GIAY_NGHI_PHEP = "Giấy nghỉ phép"
    PHIEU_GUI = "Phiếu gửi"
    PHIEU_CHUYEN = "Phiếu chuyển"
    PHIEU_BAO = "Phiếu báo"
    # Phụ lục III's "Thư công": a letter an agency's head writes in its name (no code).
    THU_CONG = "Thư công"
    BAN_SAO = "Bản sao"
    BAN_SAO_Y = "Bản sao y"
    BAN_TRICH_SAO = "Bản trích sao"
    BAN_SAO_LUC = "Bản sao lục"
    NGHI_DINH = "Nghị định"
    THONG_TU = "Thông tư"
    THONG_TU_LIEN_TICH = "Thông tư liên tịch"
    # The joint circular's name before the 1996 law on legal documents called it liên tịch
    # ("THÔNG TƯ LIÊN BỘ", numbers "4/TT-LB", "11-TT/LB"): archives keep it so.
    THONG_TU_LIEN_BO = "Thông tư liên bộ"
    NGHI_QUYET_LIEN_TICH = "Nghị quyết liên tịch"
    LUAT = "Luật"
    PHAP_LENH = "Pháp lệnh"
    LENH = "Lệnh"
    DIEU_LE = "Điều lệ"
    CHUONG_TRINH_PHOI_HOP = "Chương trình phối hợp"
    QUY_CHE_PHOI_HOP = "Quy chế phối hợp"
    THONG_BAO_KET_LUAN = "Thông báo kết luận"
    # Letters and appeals that Mặt trận, Hội and Party committees issue as documents of their own
    # (issue 23): a heading "THƯ NGỎ", "LỜI KÊU GỌI"; and the Party's "Đề cương tuyên truyền".
    THU_NGO = "Thư ngỏ"
    THU_KEU_GOI = "Thư kêu gọi"
    LOI_KEU_GOI = "Lời kêu gọi"
    THU_CAM_ON = "Thư cảm ơn"
    THU_CHUC_MUNG = "Thư chúc mừng"
    THU_THAM_HOI = "Thư thăm hỏi"
    DE_CUONG = "Đề cương"
    # Types an office issues under a heading of their own that the lists above lacked (session
    # 15): a contest's or prize's "THỂ LỆ"; a joint directive of a Party or mass body and a
    # state one ("CHỈ THỊ LIÊN TỊCH", code CTLT); a ministry's consolidated text ("05/VBHN-BGDĐT",
    # Thông tư 01/2018/TT-VPCP); the President's "SẮC LỆNH" that archives keep (1945-1959).
    THE_LE = "Thể lệ"
    CHI_THI_LIEN_TICH = "Chỉ thị liên tịch"
    VAN_BAN_HOP_NHAT = "Văn bản hợp nhất"
    SAC_LENH = "Sắc lệnh"

    @classmethod
    def from_text(cls, text: str) -> DocType | None:
        """The type whose name is ``text``, ignoring case and spacing; None when unknown."""
        wanted = " ".join(text.split()).casefold()
        for member in cls:
            if member.value.casefold() == wanted:
                return member
        return None

    @property
    def slug(self) -> str:
        return slugify(self.value)


class RelationKind(enum.Enum):
    """How one document stands to another it names. Each kind has a reverse wording."""

    IMPLEMENTS = "implements"
    BASED_ON = "based-on"
    SUPERSEDES = "supersedes"
    AMENDS = "amends"
    GUIDES = "guides"
    CITES = "cites"

    @property
    def label(self) -> str:
        return {
            "implements": "Thực hiện",
            "based-on": "Căn cứ",
            "supersedes": "Thay thế",
            "amends": "Sửa đổi, bổ sung",
            "guides": "Hướng dẫn thực hiện",
            "cites": "Dẫn chiếu",
        }[self.value]

    @property
    def reverse_label(self) -> str:
        return {
            "implements": "Được thực hiện bởi",
            "based-on": "Là căn cứ của",
            "supersedes": "Bị thay thế bởi",
            "amends": "Được sửa đổi, bổ sung bởi",
            "guides": "Được hướng dẫn bởi",
            "cites": "Được dẫn chiếu bởi",
        }[self.value]


class PracticeField(enum.Enum):
    ECONOMY = "kinh tế"
    CULTURE_SOCIETY = "văn hóa - xã hội"
    DEFENCE_SECURITY = "quốc phòng - an ninh"
    POLITICAL_SYSTEM = "xây dựng hệ thống chính trị"


class PracticeStatus(enum.Enum):
    REGISTERED = "registered"
    RECOGNISED = "recognised"

    @property
    def label(self) -> str:
        return {"registered": "Đã đăng ký", "recognised": "Đã công nhận"}[self.value]


@dataclass(frozen=True, slots=True, kw_only=True)
class Signer:
    name: str
    title: str = ""
    authority: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class FileRef:
    """A file kept beside a directive (front-matter ``files:``): its original, an annex.

    ``path`` is as written, relative to the folder of the directive's own file; ``line`` is
    where it stands in that file.
    """

    path: str
    label: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Signature:
    """A digital signature as the importer read it from the original (front-matter ``signed:``).

    ``intact``: the signed bytes were unchanged when read; ``verified``: the signer's
    certificate chain was checked against a configured trust root. The page shows what the
    build reads from the kept original, not these values (see core.signature).
    """

    name: str = ""
    organisation: str = ""
    time: dt.datetime | None = None
    intact: bool = False
    verified: bool = False
    line: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Task:
    what: str
    who: str
    due: dt.date | None = None
    report_to: str = ""
    done: dt.date | None = None
    line: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Relation:
    """A relation written in front-matter or found in the text: ``kind`` of document ``target``.

    ``target`` is the number as written; ``date`` and ``issuer``/``subject`` come from the citation
    when it gives them. ``line`` is where it stands in the source file.
    """

    kind: RelationKind
    target: DocNumber
    date: dt.date | None = None
    issuer: str = ""
    subject: str = ""
    type_name: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class PostSpec:
    """A hand-written override of the composed fanpage post (front-matter ``post:``)."""

    hook: str = ""
    points: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    publish_on: dt.date | None = None
    image_alt: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Directive:
    path: str
    number: DocNumber
    date: dt.date
    type: DocType
    subject: str
    place: str = ""
    issuer: str = ""
    header: tuple[str, ...] = ()
    signer: Signer | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    relations: tuple[Relation, ...] = ()
    themes: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    visibility: Visibility = Visibility.INTERNAL
    status: Status = Status.IN_FORCE
    valid_until: dt.date | None = None
    summary: str = ""
    tasks: tuple[Task, ...] = ()
    # The directives this document reports on (front-matter ``reports_on:``), as written.
    reports_on: tuple[DocNumber, ...] = ()
    post: PostSpec | None = None
    attachments: tuple[str, ...] = ()
    # Files kept beside the directive's own file (its original, annexes) and the original's
    # signature as read at import.
    files: tuple[FileRef, ...] = ()
    signed: Signature | None = None
    body: str = ""
    body_line: int = 1
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False, repr=False)

    stub: bool = False

    @property
    def year(self) -> int:
        return self.date.year

    @property
    def print_header(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The header lines as (superior body's lines, issuing body's lines); see split_header."""
        return split_header(self.header)

    @property
    def slug(self) -> str:
        return self.number.slug

    @property
    def url(self) -> str:
        """Site-relative URL of the page, without a leading slash: "van-ban/2024/2078-cv-duk/"."""
        return f"van-ban/{self.year}/{self.slug}/"

    @property
    def src_uri(self) -> str:
        return f"van-ban/{self.year}/{self.slug}.md"

    @property
    def identity(self) -> tuple[str, int]:
        return (self.number.key, self.year)

    @property
    def date_text(self) -> str:
        return format_date(self.date)

    @property
    def title(self) -> str:
        """ "Công văn số 2078-CV/ĐUK": how people name the document."""
        return f"{self.type.value} số {self.number}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Theme:
    path: str
    year: int
    title: str
    hashtags: tuple[str, ...] = ()
    color: str = "#b71c1c"
    source: DocNumber | None = None
    visibility: Visibility = Visibility.INTERNAL
    summary: str = ""
    post: PostSpec | None = None
    body: str = ""
    body_line: int = 1
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def url(self) -> str:
        return f"chu-de/{self.year}/"

    @property
    def src_uri(self) -> str:
        return f"chu-de/{self.year}.md"


@dataclass(frozen=True, slots=True, kw_only=True)
class Unit:
    id: str
    name: str
    short: str = ""
    code: str = ""
    parent: str = ""
    path: str = "content/units.yml"
    line: int = 0
    #: The line of its ``code:`` (that of the unit when it has none).
    code_line: int = 0

    @property
    def url(self) -> str:
        return f"don-vi/{self.id}/"

    @property
    def src_uri(self) -> str:
        return f"don-vi/{self.id}.md"

    @property
    def label(self) -> str:
        return self.short or self.name


@dataclass(frozen=True, slots=True, kw_only=True)
class Practice:
    path: str
    slug: str
    title: str
    unit: str
    year: int
    field: PracticeField
    status: PracticeStatus = PracticeStatus.REGISTERED
    themes: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    visibility: Visibility = Visibility.INTERNAL
    summary: str = ""
    results: str = ""
    post: PostSpec | None = None
    body: str = ""
    body_line: int = 1
    # `Practice` has a key named `field`: reach dataclasses.field by its module.
    lines: dict[str, int] = dataclasses.field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    @property
    def url(self) -> str:
        return f"mo-hinh/{self.year}/{self.slug}/"

    @property
    def src_uri(self) -> str:
        return f"mo-hinh/{self.year}/{self.slug}.md"


@dataclass(frozen=True, slots=True, kw_only=True)
class NewsItem:
    path: str
    slug: str
    title: str
    date: dt.date
    themes: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    visibility: Visibility = Visibility.INTERNAL
    summary: str = ""
    post: PostSpec | None = None
    body: str = ""
    body_line: int = 1
    lines: dict[str, int] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def url(self) -> str:
        return f"tin-tuc/{self.date.year}/{self.slug}/"

    @property
    def src_uri(self) -> str:
        return f"tin-tuc/{self.date.year}/{self.slug}.md"


@dataclass(slots=True, kw_only=True)
class Registry:
    """Everything one build may show, after the audience filter. Built once per build."""

    directives: tuple[Directive, ...] = ()
    themes: tuple[Theme, ...] = ()
    units: tuple[Unit, ...] = ()
    practices: tuple[Practice, ...] = ()
    news: tuple[NewsItem, ...] = ()
    audience: Visibility = Visibility.INTERNAL
    # Numbers of records this audience may not see, so a citation of one shows the number only.
    hidden_numbers: frozenset[str] = frozenset()
    warnings: tuple[ContentError, ...] = ()

    _unit_index: dict[str, Unit] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._unit_index = {u.id: u for u in self.units}

    def unit(self, unit_id: str) -> Unit | None:
        return self._unit_index.get(unit_id)

    def unit_name(self, ref: str) -> str:
        """The display name of a unit id, or the text itself when it is not an id."""
        unit = self.unit(ref)
        return unit.name if unit else ref

    def theme(self, year: int) -> Theme | None:
        return next((t for t in self.themes if t.year == year), None)


def _fast_getstate(self: Any) -> tuple[object, ...]:
    return tuple(getattr(self, n) for n in type(self)._bt_names)


def _fast_setstate(self: Any, state: tuple[object, ...]) -> None:
    for name, value in zip(type(self)._bt_names, state, strict=True):
        object.__setattr__(self, name, value)


T = TypeVar("T")


def fast_pickling(cls: type[T]) -> type[T]:
    """Give a dataclass with slots state functions that use its field names computed once.

    The caches pickle tens of thousands of records, numbers, mentions and posts: the state
    functions dataclasses generate call ``dataclasses.fields`` on every object.
    """
    names = tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]
    setattr(cls, "_bt_names", names)  # noqa: B010
    setattr(cls, "__getstate__", _fast_getstate)  # noqa: B010
    setattr(cls, "__setstate__", _fast_setstate)  # noqa: B010
    return cls


for _cls in (
    DocNumber,
    Signer,
    FileRef,
    Signature,
    Task,
    Relation,
    PostSpec,
    Directive,
    ContentError,
):
    fast_pickling(_cls)


# Words that open the name of a body in a header block; other capitalised lines continue the
# line above ("ĐẢNG ỦY KHỐI" / "CƠ QUAN VÀ DOANH NGHIỆP TỈNH" is one name on two lines).
HEADER_BODY_HEADS = re.compile(
    r"^(?:ĐẢNG BỘ|ĐẢNG ỦY|ĐẢNG UỶ|ĐẢNG ĐOÀN|TỈNH ỦY|TỈNH UỶ|HUYỆN ỦY|HUYỆN UỶ|THÀNH ỦY|THÀNH UỶ|"
    r"THỊ ỦY|THỊ UỶ|QUẬN ỦY|QUẬN UỶ|BAN|CHI BỘ|CHI ĐOÀN|ỦY BAN|UỶ BAN|UBND|HĐND|HỘI ĐỒNG|SỞ|BỘ|"
    r"VĂN PHÒNG|ĐOÀN|BCH|BTV|TỈNH ĐOÀN|HUYỆN ĐOÀN|THÀNH ĐOÀN|HỘI|MẶT TRẬN|MTTQ|CÔNG ĐOÀN|"
    r"LIÊN ĐOÀN|TRƯỜNG|PHÒNG|CỤC|TỔNG CỤC|THƯỜNG TRỰC|TRUNG ƯƠNG|CƠ QUAN)\b"
)


_RUNS_ON = re.compile(r"(?:\bKHỐI|\bCÁC|\bVÀ|\bCỦA|[-–,])\s*$")


def split_header(lines: tuple[str, ...] | list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The header lines of a document as (superior body's lines, issuing body's lines).

    Each line that opens a body's name starts a new name; the last name is the issuer's, the
    ones above it name the superior bodies (Hướng dẫn 36-HD/VPTW). Lines keep their writing.

    >>> split_header(["ĐẢNG BỘ TỈNH BÌNH THUẬN", "ĐẢNG ỦY KHỐI", "CƠ QUAN VÀ DOANH NGHIỆP TỈNH"])
    (('ĐẢNG BỘ TỈNH BÌNH THUẬN',), ('ĐẢNG ỦY KHỐI', 'CƠ QUAN VÀ DOANH NGHIỆP TỈNH'))
    >>> split_header(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM"])
    ((), ('ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NAM'))
    """
    starts = [
        i
        for i, line in enumerate(lines)
        if i == 0
        or (
            HEADER_BODY_HEADS.match(line.replace("UỶ", "ỦY"))
            # "ĐẢNG ỦY KHỐI" / "CƠ QUAN VÀ ...": a name that ends asking for more runs on.
            and not _RUNS_ON.search(lines[i - 1])
        )
    ]
    if not lines:
        return (), ()
    last = starts[-1]
    return tuple(lines[:last]), tuple(lines[last:])
