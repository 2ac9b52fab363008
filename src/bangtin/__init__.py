"""bangtin: the notice board. A static portal and fanpage posts built from directives in git.

A build flows one way, each step a package of its own::

    directives/**/*.md, content/**        files in
      -> core      load: front-matter and bodies read into frozen records, every problem as
                   ``path:line: message``; then the audience filter (the one place visibility
                   is decided)
      -> links     citations found in the text, the relation graph (backlinks, stubs,
                   derived statuses), the lược đồ
      -> features  one room each: links' pages, posts and social cards, search, follow-up
                   (tasks, calendars, charts), history; ``features.registry`` lists them
      -> site      the page plan and its HTML (autoescaping Jinja, nh3), templates, assets
      -> publish   ``site.publish``: the staging folder swapped in only on success

What each package holds, and what it may import (``tests/test_layout.py`` checks it):

- ``core``: text, numbers (số và ký hiệu), model, fields, frontmatter, load. Imports no other
  package of bangtin, and no MkDocs, Jinja, Markdown or nh3.
- ``links``: citations, graph, diagram. Imports ``core``.
- ``site``: pages, render, publish, progress, templates/, assets/. Imports ``core`` and ``links``.
- ``features``: ``base`` (the `Feature` interface), ``registry`` (the one list), ``incremental``
  (what an edit in serve re-renders) and one room per feature. Imports the packages above; a
  feature imports ``base``, never ``registry`` nor another feature's room.
- ``adapter``: the MkDocs plugin and the CLI's build and serve; the only package that imports
  ``mkdocs`` (or ``material``). Imports everything but ``cli``.
- ``cli``: the ``bangtin`` command (check, build, serve, import, new, schema) and the importer;
  the words people read. Calls the adapter for build and serve.

No module imports another that imports it back (no import cycle).
"""

from __future__ import annotations

__version__ = "0.1.0"
