"""The MkDocs adapter: the only package that imports MkDocs; thin, it calls the rest.

`plugin` answers MkDocs' events, with its options in `config`, its forked page workers in
`workers`, the default navigation in `nav` and serve's page-by-page updates in `update`. The
CLI's build and serve go through `commands` (and `serve`, the live preview), which raise the
exceptions of `errors` instead of MkDocs' own.
"""
