"""The front-matter keys of every record type, declared once.

The loader validates with these declarations and `bangtin schema` writes the JSON Schema that
editors' tools (VS Code YAML, Front Matter CMS) use from them, so the two cannot drift apart.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from bangtin.core.model import (
    DocType,
    PracticeField,
    PracticeStatus,
    RelationKind,
    Status,
    Visibility,
)

__all__ = ["KINDS", "RECORD_FIELDS", "SCHEMA_TITLES", "UNIT_FIELDS", "Field", "json_schema"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Field:
    """One front-matter key.

    Attributes:
        kind: "text" (one line), "longtext", "date", "year", "int", "number" (a document number),
            "ref" (a unit id or a name as written), "color", "bool" (true or false), "enum",
            "list", "map".
        description: shown to editors, in Vietnamese.
        required: the record is refused without it.
        enum: the closed set for kind "enum".
        item: the declaration of each item, for kind "list".
        fields: the sub-keys, for kind "map".
        free_keys: for kind "map": the keys themselves come from ``enum`` (relations: kind -> list).
        example: a value for archetypes and documentation.
    """

    kind: str
    description: str
    required: bool = False
    enum: type[enum.Enum] | None = None
    item: Field | None = None
    fields: dict[str, Field] | None = None
    free_keys: bool = False
    example: Any = None


KINDS = (
    "text", "longtext", "date", "year", "int", "number", "ref", "color", "bool", "enum", "list",
    "map",
)  # fmt: skip

_VISIBILITY = Field(
    kind="enum",
    enum=Visibility,
    description=(
        "Ai được xem: public (công khai, lên cả trang công khai và fanpage), internal (nội bộ), "
        "confidential (mật: không bao giờ đưa lên cổng). Bỏ trống nghĩa là internal."
    ),
    example="internal",
)

_POST = Field(
    kind="map",
    description="Bài đăng fanpage viết tay; phần nào bỏ trống sẽ được soạn tự động.",
    fields={
        "hook": Field(
            kind="text", description="Câu mở đầu (tối đa 125 ký tự để không bị «Xem thêm» cắt)."
        ),
        "points": Field(
            kind="list",
            item=Field(kind="text", description="Một ý chính"),
            description="2 đến 4 ý chính",
        ),
        "hashtags": Field(
            kind="list",
            item=Field(kind="text", description="Hashtag, có dấu, không dấu cách"),
            description="Hashtag thêm (tối đa 5 cho cả bài)",
        ),
        "channels": Field(
            kind="list",
            item=Field(kind="text", description="facebook hoặc zalo"),
            description="Kênh đăng: facebook, zalo",
        ),
        "publish_on": Field(kind="date", description="Ngày dự kiến đăng"),
        "image_alt": Field(kind="text", description="Mô tả ảnh cho người khiếm thị"),
    },
)

_TAGS = Field(
    kind="list",
    item=Field(kind="text", description="Một từ khóa"),
    description="Từ khóa, ví dụ: dân vận khéo",
)
_THEMES = Field(
    kind="list",
    item=Field(kind="year", description="Năm của chủ đề"),
    description="Các chủ đề năm mà văn bản phục vụ, ví dụ [2023, 2024]",
)

DIRECTIVE_FIELDS: dict[str, Field] = {
    "number": Field(
        kind="number",
        required=True,
        description="Số và ký hiệu, ví dụ 2078-CV/ĐUK (Đảng) hoặc 08/KH-UBND (Nhà nước)",
        example="2078-CV/ĐUK",
    ),
    "date": Field(
        kind="date",
        required=True,
        description="Ngày ban hành, dạng 2024-03-07",
        example="2024-03-07",
    ),
    "place": Field(kind="text", description="Địa danh ghi trước ngày tháng", example="Bình Thuận"),
    "issuer": Field(
        kind="ref",
        description="Cơ quan ban hành: mã đơn vị trong content/units.yml, hoặc tên cơ quan; "
        "bỏ trống thì lấy theo ký hiệu trong số văn bản",
        example="dang-uy-khoi",
    ),
    "header": Field(
        kind="list",
        item=Field(kind="text", description="Một dòng, chữ in hoa như văn bản"),
        description="Các dòng tên cơ quan ở góc trái đầu văn bản, ghi đúng như văn bản: cơ quan "
        "cấp trên (nếu có) rồi cơ quan ban hành; bản in giữ nguyên các dòng này",
        example=["ĐẢNG BỘ TỈNH BÌNH THUẬN", "ĐẢNG ỦY KHỐI", "CƠ QUAN VÀ DOANH NGHIỆP TỈNH"],
    ),
    "type": Field(
        kind="enum",
        enum=DocType,
        description="Tên loại văn bản; bỏ trống thì suy ra từ ký hiệu (CV → Công văn)",
        example="Công văn",
    ),
    "subject": Field(
        kind="longtext", required=True, description="Trích yếu nội dung", example="Về việc ..."
    ),
    "summary": Field(kind="longtext", description="Tóm tắt ngắn (dùng cho bài đăng, tìm kiếm)"),
    "signer": Field(
        kind="map",
        description="Người ký",
        fields={
            "name": Field(kind="text", required=True, description="Họ và tên người ký"),
            "title": Field(kind="text", description="Chức vụ, ví dụ Phó Bí thư"),
            "authority": Field(
                kind="text", description="Thẩm quyền ký, ví dụ T/M Ban Thường vụ, K/T Bí thư"
            ),
        },
    ),
    "to": Field(
        kind="list",
        item=Field(kind="ref", description="Mã đơn vị hoặc tên như trong văn bản"),
        description="Kính gửi",
    ),
    "cc": Field(
        kind="list",
        item=Field(kind="ref", description="Mã đơn vị hoặc tên như trong văn bản"),
        description="Nơi nhận",
    ),
    "relations": Field(
        kind="map",
        free_keys=True,
        enum=RelationKind,
        item=Field(
            kind="list",
            item=Field(kind="number", description="Số văn bản liên quan"),
            description="Các văn bản",
        ),
        description="Quan hệ với văn bản khác: implements (thực hiện), based-on (căn cứ), "
        "supersedes (thay thế), amends (sửa đổi, bổ sung), guides (hướng dẫn thực hiện), "
        "cites (dẫn chiếu)",
    ),
    "themes": _THEMES,
    "tags": _TAGS,
    "visibility": _VISIBILITY,
    "status": Field(
        kind="enum",
        enum=Status,
        description="Tình trạng: in-force (còn hiệu lực), superseded (đã bị thay thế), "
        "expired (hết hiệu lực)",
        example="in-force",
    ),
    "valid_until": Field(kind="date", description="Ngày hết hiệu lực (kế hoạch, chương trình)"),
    "tasks": Field(
        kind="list",
        description="Nhiệm vụ giao cho đơn vị",
        item=Field(
            kind="map",
            description="Một nhiệm vụ",
            fields={
                "what": Field(kind="longtext", required=True, description="Việc phải làm"),
                "who": Field(kind="ref", required=True, description="Đơn vị thực hiện (mã đơn vị)"),
                "due": Field(kind="date", description="Hạn hoàn thành"),
                "report_to": Field(kind="ref", description="Báo cáo về (mã đơn vị)"),
                "done": Field(kind="date", description="Ngày hoàn thành (khi đã xong)"),
            },
        ),
    ),
    "reports_on": Field(
        kind="list",
        item=Field(kind="number", description="Số văn bản được báo cáo"),
        description="Văn bản chỉ đạo mà văn bản này báo cáo kết quả thực hiện (dùng khi văn bản "
        "không phải loại Báo cáo, hoặc để chỉ rõ trong các văn bản được dẫn chiếu): đơn vị ban "
        "hành được tính là đã báo cáo",
        example=["2078-CV/ĐUK"],
    ),
    "attachments": Field(
        kind="list",
        item=Field(kind="text", description="Đường dẫn tệp trong content/"),
        description="Tệp đính kèm",
    ),
    "files": Field(
        kind="list",
        description="Tệp đặt cạnh tệp .md của văn bản (bản gốc, phụ lục), hiện trên trang để tải "
        "về; văn bản nội bộ, mật không bao giờ đưa tệp lên bản dựng công khai",
        item=Field(
            kind="map",
            description="Một tệp",
            fields={
                "path": Field(
                    kind="text",
                    required=True,
                    description="Tên tệp, tính từ thư mục của tệp .md (ví dụ 2078-cv-duk.pdf, "
                    "hoặc 2078-cv-duk/phu-luc-1.xlsx)",
                ),
                "label": Field(
                    kind="text", description="Tên hiện trên trang: Văn bản gốc, Phụ lục 1..."
                ),
            },
        ),
        example=[{"path": "2078-cv-duk.pdf", "label": "Văn bản gốc"}],
    ),
    "signed": Field(
        kind="map",
        description="Chữ ký số của bản PDF gốc, do bangtin import ghi khi nhập; khi dựng, chữ ký "
        "được kiểm tra lại từ chính tệp gốc và trang hiện kết quả kiểm tra đó",
        fields={
            "name": Field(kind="text", description="Người ký (trong chứng thư số)"),
            "organisation": Field(kind="text", description="Cơ quan (trong chứng thư số)"),
            "time": Field(kind="text", description="Thời điểm ký, dạng 2024-03-07T14:35:00+07:00"),
            "intact": Field(
                kind="bool", description="true: nội dung không bị sửa sau khi ký; false: đã bị sửa"
            ),
            "verified": Field(
                kind="bool",
                description="true chỉ khi chứng thư đã được xác minh với chứng thư gốc tin cậy "
                "(trust_roots trong mkdocs.yml)",
            ),
        },
    ),
    "post": _POST,
}

THEME_FIELDS: dict[str, Field] = {
    "year": Field(kind="year", required=True, description="Năm của chủ đề", example=2024),
    "title": Field(kind="longtext", required=True, description="Tên chủ đề năm"),
    "hashtags": Field(
        kind="list",
        item=Field(kind="text", description="Hashtag, có dấu, không dấu cách"),
        description="Hashtag chính thức của chủ đề, ví dụ NăngLựcCạnhTranh",
    ),
    "color": Field(kind="color", description="Màu của chủ đề, dạng #1565c0", example="#1565c0"),
    "source": Field(kind="number", description="Số văn bản đề ra chủ đề"),
    "summary": Field(kind="longtext", description="Tóm tắt"),
    "visibility": _VISIBILITY,
    "post": _POST,
}

PRACTICE_FIELDS: dict[str, Field] = {
    "title": Field(kind="longtext", required=True, description="Tên mô hình, điển hình"),
    "unit": Field(kind="ref", required=True, description="Đơn vị thực hiện (mã đơn vị)"),
    "year": Field(kind="year", required=True, description="Năm đăng ký"),
    "field": Field(
        kind="enum",
        enum=PracticeField,
        required=True,
        description="Lĩnh vực: kinh tế; văn hóa - xã hội; quốc phòng - an ninh; "
        "xây dựng hệ thống chính trị",
    ),
    "status": Field(
        kind="enum",
        enum=PracticeStatus,
        description="registered (đã đăng ký) hoặc recognised (đã công nhận)",
    ),
    "themes": _THEMES,
    "tags": _TAGS,
    "visibility": _VISIBILITY,
    "summary": Field(kind="longtext", description="Tóm tắt"),
    "results": Field(kind="longtext", description="Kết quả đạt được"),
    "post": _POST,
}

NEWS_FIELDS: dict[str, Field] = {
    "title": Field(kind="longtext", required=True, description="Tiêu đề tin"),
    "date": Field(kind="date", required=True, description="Ngày đưa tin"),
    "themes": _THEMES,
    "tags": _TAGS,
    "visibility": _VISIBILITY,
    "summary": Field(kind="longtext", description="Tóm tắt"),
    "post": _POST,
}

PAGE_FIELDS: dict[str, Field] = {
    "title": Field(kind="text", description="Tiêu đề trang"),
    "description": Field(kind="longtext", description="Mô tả trang"),
    "visibility": _VISIBILITY,
    "hide": Field(
        kind="list",
        item=Field(kind="text", description="navigation, toc, footer"),
        description="Ẩn các phần của giao diện",
    ),
    "icon": Field(kind="text", description="Biểu tượng"),
}

RECORD_FIELDS: dict[str, dict[str, Field]] = {
    "directive": DIRECTIVE_FIELDS,
    "theme": THEME_FIELDS,
    "practice": PRACTICE_FIELDS,
    "news": NEWS_FIELDS,
    "page": PAGE_FIELDS,
}


# The loader reads a date in any of these written forms (read.py `Checker._date`); the schema
# accepts the same, so a file `bangtin check` takes is never marked wrong in the editor.
DATE_PATTERN = (
    r"^\s*(\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
    r"|[Nn]gày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*$"
)
# A document number as `numbers.parse_number` reads it, "Số:" prefix and damaged spacing included.
NUMBER_PATTERN = r"^\s*([Ss]ố\s*:?\s*)?\d+\s*[-/]\s*\S.*$"
COLOR_PATTERN = r"^#[0-9a-fA-F]{6}$"
YEAR_MIN, YEAR_MAX = 1930, 2100

UNIT_FIELDS: dict[str, Field] = {
    "id": Field(
        kind="text", required=True, description="Mã đơn vị: chữ thường không dấu, gạch nối"
    ),
    "name": Field(kind="text", required=True, description="Tên đầy đủ"),
    "short": Field(kind="text", description="Tên gọn"),
    "code": Field(kind="text", description="Ký hiệu cơ quan trong số văn bản, ví dụ ĐUK"),
    "parent": Field(kind="text", description="Mã đơn vị cấp trên"),
}

SCHEMA_TITLES = {
    "directive": "Văn bản (directives/NĂM/SỐ.md)",
    "theme": "Chủ đề năm (content/themes/NĂM.md)",
    "practice": "Mô hình, điển hình (content/practices/...)",
    "news": "Tin (content/news/...)",
    "page": "Trang nội dung (content/...)",
    "units": "Đơn vị (content/units.yml)",
}


def _enum_labels(members: type[enum.Enum]) -> list[str]:
    # Shown beside each choice of a pick-list; enums without a Vietnamese label show their value.
    return [str(getattr(m, "label", m.value)) for m in members]


def _scalar_schema(spec: Field) -> dict[str, Any]:
    """The schema of one scalar value, without its description and without null."""
    kind = spec.kind
    if kind in {"text", "ref", "longtext"}:
        return {"type": "string", "minLength": 1} if spec.required else {"type": "string"}
    if kind == "number":
        return {"type": "string", "pattern": NUMBER_PATTERN}
    if kind == "date":
        return {"type": "string", "pattern": DATE_PATTERN}
    if kind == "year":
        # YAML reads 2024 as a number, "2024" as text; the loader takes both.
        return {
            "anyOf": [
                {"type": "integer", "minimum": YEAR_MIN, "maximum": YEAR_MAX},
                {"type": "string", "pattern": r"^\s*(19[3-9]\d|20\d\d|2100)\s*$"},
            ]
        }
    if kind == "int":
        return {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": r"^\s*\d{1,6}\s*$"}]}
    if kind == "color":
        return {"type": "string", "pattern": COLOR_PATTERN}
    if kind == "bool":
        return {"type": "boolean"}
    if kind == "enum":
        assert spec.enum is not None
        values = [m.value for m in spec.enum]
        return {"type": "string", "enum": values, "enumDescriptions": _enum_labels(spec.enum)}
    raise AssertionError(kind)  # pragma: no cover - KINDS lists every kind


def _schema_of(spec: Field) -> dict[str, Any]:
    """The JSON Schema of one declared value, accepting exactly the shapes the loader accepts.

    An optional value may be left empty (``key:`` is YAML null: the loader skips it), except an
    enum, which the loader refuses empty. A list may also be written as one bare value (the loader
    reads ``tags: dân vận`` as a one-item list) unless its items are maps.
    """
    out: dict[str, Any] = {"description": spec.description}
    nullable = not spec.required and spec.kind != "enum"
    if spec.kind == "list":
        assert spec.item is not None
        item = _schema_of(spec.item)
        array = {"type": "array", "items": item}
        if spec.item.kind in {"map", "list"}:
            choices: list[dict[str, Any]] = [array]
        else:
            single = {k: v for k, v in item.items() if k != "description"}
            choices = [array, single]
        if nullable:
            choices.append({"type": "null"})
        out["anyOf"] = choices
        out["defaultSnippets"] = [{"label": "[ ]", "body": []}]
    elif spec.kind == "map":
        obj: dict[str, Any] = {"type": "object"}
        if spec.free_keys:
            assert spec.enum is not None and spec.item is not None
            obj["properties"] = {m.value: _schema_of(spec.item) for m in spec.enum}
        else:
            assert spec.fields is not None
            obj["properties"] = {k: _schema_of(v) for k, v in spec.fields.items()}
            required = [k for k, v in spec.fields.items() if v.required]
            if required:
                obj["required"] = required
        obj["additionalProperties"] = False
        if nullable:
            obj["type"] = ["object", "null"]
        out.update(obj)
    else:
        scalar = _scalar_schema(spec)
        if nullable:
            out["anyOf"] = [scalar, {"type": "null"}]
        else:
            out.update(scalar)
    if spec.example is not None:
        out["examples"] = [spec.example]
    return out


def _record_schema(record: str, fields: dict[str, Field]) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"bangtin-{record}.schema.json",
        "title": SCHEMA_TITLES[record],
        "type": "object",
        "properties": {k: _schema_of(v) for k, v in fields.items()},
        "required": [k for k, v in fields.items() if v.required],
        "additionalProperties": False,
    }


def json_schema(record: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one record type's front-matter, or of units.yml.

    Args:
        record: a key of `RECORD_FIELDS` ("directive", "theme", "practice", "news", "page"), or
            "units" for content/units.yml (a list of units, bare or under ``units:``).
    """
    if record == "units":
        unit = _record_schema("units", UNIT_FIELDS)
        del unit["$schema"], unit["$id"], unit["title"]
        unit["description"] = "Một đơn vị"
        units = {"type": "array", "items": unit}
        return {
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "bangtin-units.schema.json",
            "title": SCHEMA_TITLES["units"],
            "anyOf": [
                {
                    "type": "object",
                    "properties": {"units": {**units, "description": "Danh sách đơn vị"}},
                    "required": ["units"],
                    "additionalProperties": False,
                },
                units,
            ],
        }
    return _record_schema(record, RECORD_FIELDS[record])
