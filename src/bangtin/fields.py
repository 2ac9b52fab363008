"""The front-matter keys of every record type, declared once.

The loader validates with these declarations and `bangtin schema` writes the JSON Schema that
editors' tools (VS Code YAML, Front Matter CMS) use from them, so the two cannot drift apart.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from bangtin.model import DocType, PracticeField, PracticeStatus, RelationKind, Status, Visibility

__all__ = ["KINDS", "RECORD_FIELDS", "Field", "json_schema"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Field:
    """One front-matter key.

    Attributes:
        kind: "text" (one line), "longtext", "date", "year", "int", "number" (a document number),
            "ref" (a unit id or a name as written), "color", "enum", "list", "map".
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


KINDS = ("text", "longtext", "date", "year", "int", "number", "ref", "color", "enum", "list", "map")

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
    "attachments": Field(
        kind="list",
        item=Field(kind="text", description="Đường dẫn tệp trong content/"),
        description="Tệp đính kèm",
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


def _schema_of(spec: Field) -> dict[str, Any]:
    out: dict[str, Any] = {"description": spec.description}
    if spec.kind in {"text", "ref"} or spec.kind == "longtext":
        out["type"] = "string"
    elif spec.kind == "number":
        out["type"] = "string"
        out["pattern"] = r"^\s*\d+\s*(-|/).+$"
    elif spec.kind == "date":
        out["type"] = "string"
        out["format"] = "date"
        out["pattern"] = r"^\d{4}-\d{2}-\d{2}$"
    elif spec.kind == "year":
        out["type"] = "integer"
        out["minimum"] = 1930
        out["maximum"] = 2100
    elif spec.kind == "int":
        out["type"] = "integer"
    elif spec.kind == "color":
        out["type"] = "string"
        out["pattern"] = "^#[0-9a-fA-F]{6}$"
    elif spec.kind == "enum":
        assert spec.enum is not None
        out["type"] = "string"
        out["enum"] = [m.value for m in spec.enum]
    elif spec.kind == "list":
        out["type"] = "array"
        if spec.item is not None:
            out["items"] = _schema_of(spec.item)
    elif spec.kind == "map":
        out["type"] = "object"
        if spec.free_keys:
            assert spec.enum is not None and spec.item is not None
            out["properties"] = {m.value: _schema_of(spec.item) for m in spec.enum}
        else:
            assert spec.fields is not None
            out["properties"] = {k: _schema_of(v) for k, v in spec.fields.items()}
            required = [k for k, v in spec.fields.items() if v.required]
            if required:
                out["required"] = required
        out["additionalProperties"] = False
    if spec.example is not None:
        out["examples"] = [spec.example]
    return out


def json_schema(record: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one record type's front-matter."""
    fields = RECORD_FIELDS[record]
    titles = {
        "directive": "Văn bản (directives/NĂM/SỐ.md)",
        "theme": "Chủ đề năm (content/themes/NĂM.md)",
        "practice": "Mô hình, điển hình (content/practices/...)",
        "news": "Tin (content/news/...)",
        "page": "Trang nội dung (content/...)",
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"bangtin-{record}.schema.json",
        "title": titles[record],
        "type": "object",
        "properties": {k: _schema_of(v) for k, v in fields.items()},
        "required": [k for k, v in fields.items() if v.required],
        "additionalProperties": False,
    }
