"""The house rules of the package's layout, read from the source: who may import whom.

`check_layout` parses every module under a package root with `ast`, takes every import at any
depth (inside functions and `if TYPE_CHECKING:` blocks too), and reports each import that breaks
a rule, and each import cycle between modules. The last tests prove that every rule can fail, on
small fake packages written into tmp_path.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE_ROOT = Path(__file__).resolve().parent.parent / "src" / "bangtin"

# The packages in the order data flows through them; the adapter and the CLI sit on top.
ROOMS = ("core", "links", "site", "features", "adapter", "cli", "importer")
# What each package may not import (its own package's name is prefixed at check time).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "core": ("links", "site", "features", "adapter", "cli"),
    "links": ("site", "features", "adapter", "cli"),
    "site": ("features", "adapter", "cli"),
    "features": ("adapter", "cli"),
    "adapter": ("cli",),
}
# Libraries of rendering the core does without: it works on strings and records.
CORE_LIBRARIES = ("jinja2", "markdown", "nh3")
SITE_ENGINES = ("mkdocs", "material")
# Modules of features/ that are not a feature's room: they may import the features.
FEATURES_SHARED = {"base"}
# The importer is a room beside the build (issue 23): it reads documents with the core's numbers
# and the links' citation extractor, and only the CLI calls it.
IMPORTER = "importer"
IMPORTER_MAY_IMPORT = ("core", "links", IMPORTER)
FEATURES_WIRING = {"registry", "incremental"}


@dataclass(frozen=True, slots=True)
class Import:
    """One import statement's target, where it is written."""

    module: str  # the importing module, dotted ("bangtin.core.load")
    path: Path  # its file
    line: int
    target: str  # the imported module, dotted and absolute ("bangtin.links.graph", "mkdocs")


def _module_name(root: Path, path: Path) -> str:
    parts = [root.name, *path.relative_to(root).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(root: Path, path: Path, modules: set[str]) -> Iterator[Import]:
    """Every import in ``path``, at any depth; relative ones made absolute.

    ``from a.b import c`` names the module ``a.b.c`` when there is one, else ``a.b``.
    """
    module = _module_name(root, path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, path, node.lineno, alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join([*base_parts, *([node.module] if node.module else [])])
            else:
                base = node.module or ""
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                yield Import(module, path, node.lineno, candidate if candidate in modules else base)


def _within(target: str, prefix: str) -> bool:
    return target == prefix or target.startswith(prefix + ".")


def _rule_broken(imp: Import, package: str) -> str | None:
    """The rule ``imp`` breaks, in words, or None."""
    parts = imp.module.split(".")
    room = parts[1] if len(parts) > 1 else ""
    top = imp.target.split(".")[0]
    if top in SITE_ENGINES and room != "adapter":
        return "only the adapter (adapter/) imports mkdocs or material"
    if room == "core" and top in CORE_LIBRARIES:
        return f"core/ works on strings and records: no {top}"
    if _within(imp.target, f"{package}.{IMPORTER}") and room not in {IMPORTER, "cli"}:
        return f"only the CLI imports the importer ({room}/ may not import {IMPORTER}/)"
    if room == IMPORTER and imp.target.split(".")[0] == package:
        target_room = imp.target.split(".")[1] if "." in imp.target else ""
        if target_room not in IMPORTER_MAY_IMPORT:
            return f"{IMPORTER}/ may import only core/ and links/, not {target_room}/"
    for other in FORBIDDEN.get(room, ()):
        if _within(imp.target, f"{package}.{other}"):
            return f"{room}/ may not import {other}/ (data flows core -> links -> site -> features -> adapter -> cli)"
    if room == "features" and len(parts) > 2 and parts[2] not in FEATURES_WIRING:
        own = parts[2]
        target_parts = imp.target.split(".")
        if _within(imp.target, f"{package}.features") and len(target_parts) > 2:
            other = target_parts[2]
            if other == "registry":
                return "a feature does not import features.registry (the registry imports it)"
            if other != own and other not in FEATURES_SHARED:
                return f"a feature's room ({own}) does not import another's ({other}); share through features.base"
    return None


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles: one path around each strongly connected component (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph.get(node, ()):
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return [_path_around(sorted(c), graph) for c in sorted(components)]


def _path_around(component: list[str], graph: dict[str, set[str]]) -> list[str]:
    """A cycle through the component's first module, staying inside the component."""
    start, members = component[0], set(component)
    paths = {start: [start]}
    queue = [start]
    while queue:  # breadth first: the shortest way back to the start
        node = queue.pop(0)
        for nxt in sorted(graph.get(node, ())):
            if nxt == start:
                return [*paths[node], start]
            if nxt in members and nxt not in paths:
                paths[nxt] = [*paths[node], nxt]
                queue.append(nxt)
    return [start, start]


def check_layout(root: Path) -> list[str]:
    """Every broken layout rule under the package folder ``root``, one line each.

    A line names the file, the line and the rule (``path:line: a imports b: rule``); an import
    cycle is one line listing the modules around it and where each import is written.
    """
    package = root.name
    files = sorted(root.rglob("*.py"))
    modules = {_module_name(root, f) for f in files}
    problems: list[str] = []
    graph: dict[str, set[str]] = {}
    where: dict[tuple[str, str], str] = {}
    for path in files:
        # One line per imported module: "from a import b, c" names a once.
        for imp in dict.fromkeys(_imports(root, path, modules)):
            rule = _rule_broken(imp, package)
            place = f"{path.relative_to(root.parent)}:{imp.line}"
            if rule is not None:
                problems.append(f"{place}: {imp.module} imports {imp.target}: {rule}")
            if imp.target in modules and imp.target != imp.module:
                graph.setdefault(imp.module, set()).add(imp.target)
                where.setdefault((imp.module, imp.target), place)
    for cycle in _cycles(graph):
        steps = ", ".join(where[a, b] for a, b in itertools.pairwise(cycle))
        problems.append(f"import cycle: {' -> '.join(cycle)} ({steps})")
    return problems


# --- the package itself ----------------------------------------------------------------------


def test_the_package_keeps_its_layout() -> None:
    problems = check_layout(PACKAGE_ROOT)
    assert not problems, "\n".join(problems)


def test_every_room_is_there() -> None:
    assert {p.name for p in PACKAGE_ROOT.iterdir() if (p / "__init__.py").is_file()} >= set(ROOMS)


def test_the_adapter_is_where_mkdocs_is_imported() -> None:
    files = sorted(PACKAGE_ROOT.rglob("*.py"))
    modules = {_module_name(PACKAGE_ROOT, f) for f in files}
    importers = {
        imp.module.split(".")[1]
        for f in files
        for imp in _imports(PACKAGE_ROOT, f, modules)
        if imp.target.split(".")[0] == "mkdocs"
    }
    assert importers == {"adapter"}


# --- every rule can fail ---------------------------------------------------------------------


def _fake_package(tmp_path: Path, files: dict[str, str]) -> Path:
    """A package ``bangtin`` in tmp_path: the rooms, a clean module in each, and ``files``."""
    root = tmp_path / "bangtin"
    clean = {
        "core/model.py": "import dataclasses\n",
        "links/graph.py": "from bangtin.core import model\n",
        "site/pages.py": "from bangtin.core.model import x\nfrom bangtin.links import graph\n",
        "features/base.py": "from bangtin.site.pages import PageSpec\n",
        "features/posts/feature.py": "from bangtin.features.base import Feature\nfrom . import compose\n",
        "features/posts/compose.py": "from bangtin.links.graph import LinkGraph\n",
        "features/history.py": "from bangtin.features.base import Feature\n",
        "features/registry.py": "from bangtin.features.posts.feature import P\nfrom bangtin.features import history\n",
        "features/incremental.py": "from bangtin.features.registry import Features\n",
        "adapter/plugin.py": "import mkdocs.plugins\nfrom bangtin.features.registry import Features\n",
        "adapter/serve.py": "from mkdocs.livereload import LiveReloadServer\nfrom bangtin.adapter import plugin\n",
        "cli/main.py": "def build():\n    from bangtin.adapter.serve import Preview\n",
        "cli/importer.py": "from bangtin.importer import parse_document\n",
        "importer/__init__.py": "from bangtin.importer.document import parse_document\n",
        "importer/document.py": "from bangtin.core.numbers import parse_number\n"
        "from bangtin.links.citations import find_citations\nfrom . import fields\n",
        "importer/fields.py": "import re\n",
    }
    for rel, text in {**clean, **files}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        for folder in path.relative_to(root).parents:
            (root / folder / "__init__.py").touch()
    return root


def test_a_clean_fake_package_passes(tmp_path: Path) -> None:
    assert check_layout(_fake_package(tmp_path, {})) == []


TYPE_CHECKING_JINJA = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import jinja2\n"

BROKEN: dict[str, tuple[dict[str, str], str]] = {
    "mkdocs outside the adapter": (
        {"site/render.py": "import os\nimport mkdocs.structure.files\n"},
        "bangtin/site/render.py:2: bangtin.site.render imports mkdocs.structure.files: "
        "only the adapter (adapter/) imports mkdocs or material",
    ),
    "material inside a function": (
        {"features/posts/cards.py": "def draw():\n    from material.plugins import social\n"},
        "bangtin/features/posts/cards.py:2: bangtin.features.posts.cards imports "
        "material.plugins: only the adapter",
    ),
    "jinja2 in the core, behind TYPE_CHECKING": (
        {"core/text.py": TYPE_CHECKING_JINJA},
        "bangtin/core/text.py:3: bangtin.core.text imports jinja2: core/ works on strings and "
        "records: no jinja2",
    ),
    "markdown in the core": (
        {"core/frontmatter.py": "import markdown\n"},
        "bangtin/core/frontmatter.py:1: bangtin.core.frontmatter imports markdown: core/",
    ),
    "the core reaches up to links (relative import)": (
        {"core/load.py": "from ..links import graph\n"},
        "bangtin/core/load.py:1: bangtin.core.load imports bangtin.links.graph: core/ may not "
        "import links/",
    ),
    "the core reaches up to the CLI": (
        {"core/load.py": "import bangtin.cli.main\n"},
        "bangtin/core/load.py:1: bangtin.core.load imports bangtin.cli.main: core/ may not "
        "import cli/",
    ),
    "links reaches up to the site": (
        {"links/diagram.py": "from bangtin.site.pages import PageSpec\n"},
        "bangtin/links/diagram.py:1: bangtin.links.diagram imports bangtin.site.pages: links/ "
        "may not import site/",
    ),
    "the site reaches up to a feature": (
        {"site/render.py": "from bangtin.features import history\n"},
        "bangtin/site/render.py:1: bangtin.site.render imports bangtin.features.history: "
        "site/ may not import features/",
    ),
    "the site reaches up to the adapter": (
        {"site/publish.py": "def f():\n    import bangtin.adapter.plugin\n"},
        "bangtin/site/publish.py:2: bangtin.site.publish imports bangtin.adapter.plugin: site/ "
        "may not import adapter/",
    ),
    "the importer reaches up to the site": (
        {"importer/render.py": "from bangtin.site.render import render\n"},
        "bangtin/importer/render.py:1: bangtin.importer.render imports bangtin.site.render: "
        "importer/ may import only core/ and links/, not site/",
    ),
    "the importer reaches the CLI (relative import)": (
        {"importer/write.py": "def f():\n    from ..cli import main\n"},
        "bangtin/importer/write.py:2: bangtin.importer.write imports bangtin.cli.main: "
        "importer/ may import only core/ and links/, not cli/",
    ),
    "the build imports the importer": (
        {"features/history.py": "from bangtin.importer.document import parse_document\n"},
        "bangtin/features/history.py:1: bangtin.features.history imports "
        "bangtin.importer.document: only the CLI imports the importer",
    ),
    "links imports the importer": (
        {"links/graph.py": "import bangtin.importer\n"},
        "bangtin/links/graph.py:1: bangtin.links.graph imports bangtin.importer: only the CLI "
        "imports the importer",
    ),
    "a feature imports the registry": (
        {"features/followup/feature.py": "from bangtin.features.registry import FEATURES\n"},
        "bangtin/features/followup/feature.py:1: bangtin.features.followup.feature imports "
        "bangtin.features.registry: a feature does not import features.registry",
    ),
    "a feature imports another feature's room": (
        {"features/history.py": "from bangtin.features.posts.compose import compose\n"},
        "bangtin/features/history.py:1: bangtin.features.history imports "
        "bangtin.features.posts.compose: a feature's room (history) does not import another's "
        "(posts)",
    ),
    "a feature's module imports another room relatively": (
        {"features/posts/compose.py": "from .. import history\n"},
        "bangtin/features/posts/compose.py:1: bangtin.features.posts.compose imports "
        "bangtin.features.history: a feature's room (posts) does not import another's (history)",
    ),
    "a cycle of two modules": (
        {
            "core/numbers.py": "from bangtin.core import text\n",
            "core/text.py": "def f():\n    from bangtin.core.numbers import parse\n",
        },
        "import cycle: bangtin.core.numbers -> bangtin.core.text -> bangtin.core.numbers "
        "(bangtin/core/numbers.py:1, bangtin/core/text.py:2)",
    ),
    "a cycle of three modules across rooms": (
        {
            "features/posts/compose.py": "from bangtin.features.posts import feature\n",
            "features/posts/feature.py": "from bangtin.features.posts import cards\n",
            "features/posts/cards.py": "from . import compose\n",
        },
        "import cycle: bangtin.features.posts.cards -> bangtin.features.posts.compose -> "
        "bangtin.features.posts.feature -> bangtin.features.posts.cards",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_each_rule_can_fail(tmp_path: Path, case: str) -> None:
    files, expected = BROKEN[case]
    problems = check_layout(_fake_package(tmp_path, files))
    assert len(problems) == 1, problems
    assert problems[0].startswith(expected), problems
