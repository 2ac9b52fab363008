"""The MkDocs adapter: the only package that imports MkDocs; thin, it calls the rest.

`plugin` answers MkDocs' events; the CLI's build and serve go through `commands` and `serve`.
"""
