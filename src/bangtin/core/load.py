"""The loader: reads directives/, content/ and units.yml into records, with every problem as path:line.

One pass over the files, each parsed once. The result holds all records (for the link graph and
the count of what was hidden) and the `Registry` of what the build's audience may see: the
audience filter is applied here, right after loading, and nowhere else.

This module is the loader's front door; its work lives in one module per job:
`read` (one document and its front-matter checked), `records` (the records built from it),
`units` (units.yml), `walk` (the project's folders and the files not to read), `parallel` (many
files of one kind, forked from a size on), `record_cache` (parsed records kept between runs),
`checks` (the checks across records), `project` (the whole project, filtered for the audience)
and `reload` (serve's reading of a few files again).
"""

from __future__ import annotations

from bangtin.core.project import filter_audience, load_project
from bangtin.core.read import read_document
from bangtin.core.reload import reload_directives
from bangtin.core.result import LoadResult, parse_audience
from bangtin.core.walk import DIRECTIVES_DIR, directives_folder

__all__ = [
    "DIRECTIVES_DIR",
    "LoadResult",
    "directives_folder",
    "filter_audience",
    "load_project",
    "parse_audience",
    "read_document",
    "reload_directives",
]
