"""The files that teach editors' tools the front-matter model: JSON Schemas, VS Code, Front Matter.

Everything here is generated from `bangtin.core.fields`, the declarations the loader validates with,
so an editor's completion and pick-lists always offer what `bangtin check` accepts:

- ``schema/KIND.schema.json``: one JSON Schema per record type, and one for units.yml;
- ``.vscode/settings.json``: maps the units schema onto content/units.yml for the YAML extension
  (which does not look inside Markdown front-matter) and sets UTF-8 and LF;
- ``.vscode/extensions.json``: recommends the YAML and Front Matter CMS extensions;
- ``frontmatter.json``: Front Matter CMS content types with pick-lists, one per folder.

Output is byte-for-byte the same for the same declarations (tests compare it with the committed
files).
"""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Any

from bangtin.cli.config_file import folders
from bangtin.core.fields import RECORD_FIELDS, Field, json_schema

__all__ = [
    "SCHEMA_KINDS",
    "frontmatter_config",
    "generated_files",
    "schema_texts",
    "vscode_extensions",
    "vscode_settings",
]

SCHEMA_KINDS = (*RECORD_FIELDS, "units")

# Front Matter CMS: which folder holds which record type, and its title in the dashboard.
# The paths are templates: {directives} and {content} are the portal's directives_dir and docs_dir.
_FOLDERS = (
    ("directive", "Văn bản", "{directives}"),
    ("theme", "Chủ đề năm", "{content}/themes"),
    ("practice", "Mô hình, điển hình", "{content}/practices"),
    ("news", "Tin", "{content}/news"),
)
# Shown instead of the English key in Front Matter's panel.
_TITLES = {
    "number": "Số, ký hiệu",
    "date": "Ngày ban hành",
    "place": "Địa danh",
    "issuer": "Cơ quan ban hành",
    "type": "Tên loại",
    "subject": "Trích yếu",
    "summary": "Tóm tắt",
    "signer": "Người ký",
    "name": "Họ và tên",
    "title": "Tiêu đề",
    "authority": "Thẩm quyền ký",
    "to": "Kính gửi",
    "cc": "Nơi nhận",
    "relations": "Văn bản liên quan",
    "themes": "Chủ đề năm",
    "tags": "Từ khóa",
    "visibility": "Ai được xem",
    "status": "Tình trạng",
    "valid_until": "Hiệu lực đến",
    "tasks": "Nhiệm vụ",
    "what": "Việc phải làm",
    "who": "Đơn vị thực hiện",
    "due": "Hạn",
    "report_to": "Báo cáo về",
    "done": "Ngày hoàn thành",
    "attachments": "Tệp đính kèm",
    "files": "Tệp văn bản (bản gốc, phụ lục)",
    "path": "Tên tệp",
    "label": "Tên hiện trên trang",
    "signed": "Chữ ký số",
    "organisation": "Cơ quan",
    "time": "Thời điểm ký",
    "intact": "Còn nguyên vẹn",
    "verified": "Đã xác minh chứng thư",
    "post": "Bài đăng fanpage",
    "hook": "Câu mở đầu",
    "points": "Ý chính",
    "hashtags": "Hashtag",
    "channels": "Kênh đăng",
    "publish_on": "Ngày đăng",
    "image_alt": "Mô tả ảnh",
    "year": "Năm",
    "color": "Màu",
    "source": "Văn bản đề ra",
    "unit": "Đơn vị",
    "field": "Lĩnh vực",
    "results": "Kết quả",
    "description": "Mô tả",
    "hide": "Ẩn",
    "icon": "Biểu tượng",
}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def schema_texts() -> dict[str, str]:
    """The JSON Schema files by name ("directive.schema.json" ...), as written to disk."""
    return {f"{kind}.schema.json": _json(json_schema(kind)) for kind in SCHEMA_KINDS}


def vscode_settings(
    schema_dir: str = "schema",
    existing: dict[str, Any] | None = None,
    units: str = "content/units.yml",
) -> str:
    """.vscode/settings.json: ``existing`` settings kept, bangtin's added or updated.

    Args:
        schema_dir: where the schemas are, relative to the portal's root.
        existing: the settings already in the file, if any.
        units: the units file, relative to the portal's root (in its docs_dir).
    """
    settings: dict[str, Any] = dict(existing or {})
    schemas = dict(settings.get("yaml.schemas") or {})
    schemas[f"./{schema_dir}/units.schema.json"] = [units]
    settings["yaml.schemas"] = schemas
    # Editors' files must be UTF-8 with LF: the loader refuses other encodings.
    settings.setdefault("files.encoding", "utf8")
    settings.setdefault("files.eol", "\n")
    # YAML refuses tabs in indentation (a common error message): indent with spaces.
    settings.setdefault("[markdown]", {"editor.insertSpaces": True, "editor.tabSize": 2})
    settings.setdefault("[yaml]", {"editor.insertSpaces": True, "editor.tabSize": 2})
    return _json(settings)


def vscode_extensions() -> str:
    """.vscode/extensions.json: VS Code offers to install these when the folder is opened."""
    return _json({"recommendations": ["redhat.vscode-yaml", "eliostruyf.vscode-front-matter"]})


def _choices(members: type[enum.Enum]) -> list[dict[str, str]]:
    out = []
    for m in members:
        label = str(getattr(m, "label", m.value))
        title = m.value if label == m.value else f"{label} ({m.value})"
        out.append({"id": m.value, "title": title})
    return out


def _fm_field(name: str, spec: Field, groups: dict[str, Any]) -> dict[str, Any]:
    """One Front Matter CMS field for a declaration (https://frontmatter.codes, content types)."""
    out: dict[str, Any] = {"title": _TITLES.get(name, name), "name": name}
    kind = spec.kind
    if kind in {"text", "ref", "number", "color"}:
        out["type"] = "string"
    elif kind == "longtext":
        out["type"] = "string"
        out["multiline"] = True
    elif kind == "date":
        out["type"] = "datetime"
        out["dateFormat"] = "yyyy-MM-dd"
    elif kind in {"year", "int"}:
        out["type"] = "number"
    elif kind == "bool":
        out["type"] = "boolean"
    elif kind == "enum":
        assert spec.enum is not None
        out["type"] = "choice"
        out["choices"] = _choices(spec.enum)
    elif kind == "list":
        assert spec.item is not None
        if spec.item.kind == "map":
            assert spec.item.fields is not None
            groups[name] = {
                "id": name,
                "labelField": next(iter(spec.item.fields)),
                "fields": [_fm_field(k, v, groups) for k, v in spec.item.fields.items()],
            }
            out["type"] = "block"
            out["fieldGroup"] = [name]
        else:
            out["type"] = "list"
    elif kind == "map":
        out["type"] = "fields"
        if spec.free_keys:
            assert spec.enum is not None and spec.item is not None
            labels = {m.value: str(getattr(m, "label", m.value)) for m in spec.enum}
            out["fields"] = [
                {**_fm_field(m.value, spec.item, groups), "title": labels[m.value]}
                for m in spec.enum
            ]
        else:
            assert spec.fields is not None
            out["fields"] = [_fm_field(k, v, groups) for k, v in spec.fields.items()]
    else:  # pragma: no cover - every kind of fields.KINDS is handled above
        raise AssertionError(kind)
    if spec.required:
        out["required"] = True
    if spec.description:
        out["description"] = spec.description
    if kind == "enum" and spec.example is not None:
        out["default"] = spec.example
    return out


def frontmatter_config(content: str = "content", directives: str = "directives") -> str:
    """frontmatter.json: one Front Matter CMS content type per record type, folders linked
    (``content`` and ``directives``: the portal's docs_dir and directives_dir).

    Editors' own pages (content/*.md) use the "default" type (title, description, visibility).
    Front Matter must never add keys of its own (a date of last change, a draft flag): the loader
    refuses unknown keys, so automatic dates are switched off.
    """
    groups: dict[str, Any] = {}
    types = []
    for kind, fields in RECORD_FIELDS.items():
        types.append(
            {
                "name": "default" if kind == "page" else kind,
                "pageBundle": False,
                "previewPath": None,
                "fields": [_fm_field(k, v, groups) for k, v in fields.items()],
            }
        )
    config = {
        "$schema": "https://frontmatter.codes/frontmatter.schema.json",
        "frontMatter.framework.id": "other",
        "frontMatter.content.autoUpdateDate": False,
        "frontMatter.content.fmHighlight": True,
        "frontMatter.taxonomy.dateFormat": "yyyy-MM-dd",
        "frontMatter.content.pageFolders": [
            {
                "title": title,
                "path": "[[workspace]]/" + path.format(content=content, directives=directives),
                "contentTypes": [kind],
            }
            for kind, title, path in _FOLDERS
        ]
        + [{"title": "Trang", "path": f"[[workspace]]/{content}", "contentTypes": ["default"]}],
        "frontMatter.taxonomy.contentTypes": types,
        "frontMatter.taxonomy.fieldGroups": [groups[k] for k in sorted(groups)],
    }
    return _json(config)


def generated_files(
    root: Path, schema_dir: Path | None = None, *, editors: bool = True
) -> dict[Path, str]:
    """Every file `bangtin schema` writes, by path, with its text.

    Args:
        root: the portal's root (where mkdocs.yml is).
        schema_dir: where the schemas go; ``root/schema`` by default.
        editors: also the VS Code and Front Matter CMS files (at ``root``).
    """
    schema_dir = schema_dir if schema_dir is not None else root / "schema"
    files = {schema_dir / name: text for name, text in schema_texts().items()}
    if not editors:
        return files
    rel = _relative(schema_dir, root)
    where = folders(root)  # the folders mkdocs.yml names
    content, directives = _relative(where.content, root), _relative(where.directives, root)
    cms = frontmatter_config(content, directives)
    settings_path = root / ".vscode" / "settings.json"
    existing: dict[str, Any] | None = None
    if settings_path.exists():
        try:
            loaded = json.loads(settings_path.read_text(encoding="utf-8-sig"))
        except (ValueError, OSError):
            loaded = None
        # A settings file with comments is not JSON: it is left alone rather than rewritten.
        if not isinstance(loaded, dict):
            return {**files, root / "frontmatter.json": cms}
        existing = loaded
    files[settings_path] = vscode_settings(rel, existing, f"{content}/units.yml")
    files[root / ".vscode" / "extensions.json"] = vscode_extensions()
    files[root / "frontmatter.json"] = cms
    return files


def _relative(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` in the editors' files (absolute when it lies outside)."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()
