"""`bangtin schema`: the committed schemas and editor configs match the model, and they judge
front-matter as the loader does."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from bangtin.cli.editor_files import SCHEMA_KINDS
from bangtin.cli.main import main
from bangtin.core import fields, units
from bangtin.core.load import load_project
from bangtin.core.model import DocType, Status, Visibility

REPO = Path(__file__).resolve().parents[1]
GENERATED = [
    *(f"schema/{kind}.schema.json" for kind in SCHEMA_KINDS),
    ".vscode/settings.json",
    ".vscode/extensions.json",
    "frontmatter.json",
]


class _Yaml12Loader(yaml.SafeLoader):
    """Reads YAML as the VS Code YAML extension does (YAML 1.2 core): dates stay text."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def front_matter(text: str) -> Any:
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    assert match, "no front-matter"
    return yaml.load(match.group(1), Loader=_Yaml12Loader)


def validator(kind: str) -> jsonschema.protocols.Validator:
    schema = json.loads((REPO / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def schema_errors(kind: str, data: Any) -> list[str]:
    return [e.message for e in validator(kind).iter_errors(data)]


def test_committed_files_match_a_fresh_generation(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["schema", "--root", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for rel in GENERATED:
        fresh = (tmp_path / rel).read_bytes()
        committed = (REPO / rel).read_bytes()
        assert fresh == committed, f"{rel} is stale: run `bangtin schema` and commit"


def test_second_run_changes_nothing_and_keeps_other_settings(tmp_path: Path) -> None:
    settings = tmp_path / ".vscode" / "settings.json"
    settings.parent.mkdir()
    settings.write_text('{"editor.fontSize": 15}', encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["schema", "--root", str(tmp_path)]).exit_code == 0
    data = json.loads(settings.read_text(encoding="utf-8"))
    assert data["editor.fontSize"] == 15
    assert data["yaml.schemas"] == {"./schema/units.schema.json": ["content/units.yml"]}
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    again = runner.invoke(main, ["schema", "--root", str(tmp_path)])
    assert "0 tệp thay đổi" in again.output
    assert before == {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}


def test_settings_with_comments_are_left_alone(tmp_path: Path) -> None:
    settings = tmp_path / ".vscode" / "settings.json"
    settings.parent.mkdir()
    text = '{\n  // cỡ chữ\n  "editor.fontSize": 15\n}\n'
    settings.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["schema", "--root", str(tmp_path)])
    assert result.exit_code == 0
    assert settings.read_text(encoding="utf-8") == text
    assert "yaml.schemas" in result.output
    assert (tmp_path / "frontmatter.json").exists()


def test_out_option_writes_only_schemas_where_asked(tmp_path: Path) -> None:
    out = tmp_path / "elsewhere"
    result = CliRunner().invoke(
        main, ["schema", "--root", str(tmp_path), "--out", str(out), "--no-editors"]
    )
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{k}.schema.json" for k in SCHEMA_KINDS)
    assert not (tmp_path / "frontmatter.json").exists()


@pytest.mark.parametrize(
    ("kind", "path"),
    [
        ("directive", "directives/2024/2078-cv-duk.md"),
        ("theme", "content/themes/2023.md"),
        ("theme", "content/themes/2024.md"),
        ("page", "content/index.md"),
    ],
)
def test_sample_files_are_valid(kind: str, path: str) -> None:
    data = front_matter((REPO / path).read_text(encoding="utf-8"))
    assert schema_errors(kind, data) == []


def test_sample_units_are_valid() -> None:
    data = yaml.load((REPO / "content/units.yml").read_text(encoding="utf-8"), Loader=_Yaml12Loader)
    assert schema_errors("units", data) == []


def test_unit_declarations_are_the_loaders() -> None:
    # The loader's units module still has its own copy; the two must stay equal until it
    # imports fields.UNIT_FIELDS.
    assert getattr(units, "_UNIT_FIELDS", fields.UNIT_FIELDS) == fields.UNIT_FIELDS


BASE = "number: 2078-CV/ĐUK\ndate: 2024-03-07\nsubject: Về việc thử\nvisibility: public\n"

# Front-matter both judges must accept: the written forms the loader reads.
ACCEPTED = {
    "minimal": "",
    "date as dd/mm/yyyy": "date: 07/03/2024\n",
    "date in words": "date: ngày 7 tháng 3 năm 2024\n",
    "number with Số and damaged spacing": "number: 'Số: 2078 -CV/ĐUK'\n",
    "optional key left empty": "place:\nissuer:\nvalid_until:\n",
    "one tag without a list": "tags: dân vận khéo\n",
    "themes quoted": 'themes: ["2023", 2024]\n',
    "empty lists and maps": "to: []\ncc: []\nrelations: {}\ntasks: []\n",
    "type in Vietnamese": "type: Kế hoạch\n",
    "relations by kind": "relations:\n  based-on:\n    - 12-ĐA/TU\n  cites: 189-CV/TU\n",
    "signer": "signer:\n  name: Phạm Thị Tố Loan\n  authority: T/M Ban Thường vụ\n",
    "post": "post:\n  hook: Câu mở đầu\n  points: [Một, Hai]\n  publish_on:\n",
}

# Front-matter both must refuse, with the reason the loader gives.
REFUSED = {
    "misspelt visibility": "visibility: pubic\n",
    "unknown key": "subjet: Về việc khác\n",
    "unknown status": "status: active\n",
    "empty visibility": "visibility:\n",
    "not a number": "number: Công văn Đảng ủy\n",
    "not a date": "date: tháng ba\n",
    "theme year out of range": "themes: [1900]\n",
    "unknown relation kind": "relations:\n  implement:\n    - 189-CV/TU\n",
    "signer without name": "signer:\n  title: Phó Bí thư\n",
    "task without who": "tasks:\n  - what: Báo cáo\n",
    "tasks as a map": "tasks:\n  what: Báo cáo\n  who: doan-khoi\n",
    "empty subject": "subject:\n",
}


def _merge(extra: str) -> str:
    keys = {line.split(":", 1)[0] for line in extra.splitlines() if line and line[0] != " "}
    base = "".join(line + "\n" for line in BASE.splitlines() if line.split(":", 1)[0] not in keys)
    return base + extra


def _loader_errors(tmp_path: Path, meta: str) -> list[str]:
    path = tmp_path / "directives" / "2024" / "2078-cv-duk.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{meta}---\n\nNội dung.\n", encoding="utf-8")
    return [e.message for e in load_project(tmp_path).errors]


@pytest.mark.parametrize("extra", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_schema_accepts_what_the_loader_accepts(tmp_path: Path, extra: str) -> None:
    meta = _merge(extra)
    assert _loader_errors(tmp_path, meta) == []
    assert schema_errors("directive", yaml.load(meta, Loader=_Yaml12Loader)) == []


@pytest.mark.parametrize("extra", REFUSED.values(), ids=REFUSED.keys())
def test_schema_refuses_what_the_loader_refuses(tmp_path: Path, extra: str) -> None:
    meta = _merge(extra)
    assert _loader_errors(tmp_path, meta) != []
    assert schema_errors("directive", yaml.load(meta, Loader=_Yaml12Loader)) != []


def test_every_declared_key_is_in_every_tool() -> None:
    fm = json.loads((REPO / "frontmatter.json").read_text(encoding="utf-8"))
    types = {t["name"]: t for t in fm["frontMatter.taxonomy.contentTypes"]}
    for kind, declared in fields.RECORD_FIELDS.items():
        schema = json.loads((REPO / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
        assert list(schema["properties"]) == list(declared)
        assert schema["required"] == [k for k, v in declared.items() if v.required]
        fm_type = types["default" if kind == "page" else kind]
        assert [f["name"] for f in fm_type["fields"]] == list(declared)


@pytest.mark.parametrize(
    ("key", "members"), [("visibility", Visibility), ("status", Status), ("type", DocType)]
)
def test_pick_lists_offer_exactly_the_models_values(key: str, members: Any) -> None:
    values = [m.value for m in members]
    schema = json.loads((REPO / "schema/directive.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"][key]["enum"] == values
    fm = json.loads((REPO / "frontmatter.json").read_text(encoding="utf-8"))
    directive = next(t for t in fm["frontMatter.taxonomy.contentTypes"] if t["name"] == "directive")
    field = next(f for f in directive["fields"] if f["name"] == key)
    assert field["type"] == "choice"
    assert [c["id"] for c in field["choices"]] == values
