"""The site: which pages a registry makes (page plan), their HTML, templates, assets, publishing.

`pages` plans and renders the generated pages from records, `render` holds the autoescaping Jinja
environment and the sanitiser, `publish` swaps the built site in atomically, `progress` shows a
long build on a terminal. Imports the core and links, never a feature or MkDocs.
"""
