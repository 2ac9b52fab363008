"""The core: text, document numbers, records, front-matter keys and the loader; pure Python.

Nothing here imports MkDocs, Jinja, Markdown, nh3 or another package of bangtin: the core is
what a build starts from (`load.load_project`: files in, audience-filtered records out) and what
every other package reads. Tested without a build.
"""
