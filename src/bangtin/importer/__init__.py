"""The importer: a received document (Word file, text from a PDF or a web page) into a directive file.

A room of its own (DESIGN.md), one module per step, data flowing one way:

- `reading`: one reader per format (text, Word), each giving plain NFC lines, each reading only
  a regular file within a size bound;
- `normalise`: damaged text mended into lines (line breaks lost or glued, two header columns on
  one line, cells wrapped by a web page);
- the layout reader, following FORMATS.md (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW, Nghị định
  30/2020/NĐ-CP): `layout` (where the document starts, what was found), `header` (number, date,
  place, header lines, type heading, subject, Kính gửi), `headline` (a republished copy's
  headline or lead), `closing` (Nơi nhận, signature block), `footnotes`; `lines` classifies one
  line for all of them;
- `fields`: front-matter values from what was read (issuer, subject, signer, recipients,
  relations through the citation extractor shared with the build), `casing`, `units`;
- `body` and `render`: the Markdown file; `write`: writing it, never through a symlink.

`document.parse_document` runs the steps for one text. The importer imports only `core` and
`links`; only the CLI imports it (tests/test_layout.py).
"""

from __future__ import annotations

from bangtin.importer.document import parse_document
from bangtin.importer.reading import SUFFIXES, read_lines, read_source
from bangtin.importer.render import render_markdown, target_path, yaml_scalar
from bangtin.importer.result import FIELD_ORDER, ImportResult, SourceError
from bangtin.importer.write import TargetExists, WriteRefused, write_directive

__all__ = [
    "FIELD_ORDER",
    "SUFFIXES",
    "ImportResult",
    "SourceError",
    "TargetExists",
    "WriteRefused",
    "parse_document",
    "read_lines",
    "read_source",
    "render_markdown",
    "target_path",
    "write_directive",
    "yaml_scalar",
]
