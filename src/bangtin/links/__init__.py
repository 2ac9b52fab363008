"""Links between documents: citations found in Vietnamese text, the relation graph, the lược đồ.

Reads core records; knows nothing of pages or MkDocs. `citations` finds "Công văn số ..." in a
body (also used by the importer), `graph` turns records and citations into relations, backlinks
and stubs, `diagram` draws one directive's ancestors and descendants as SVG.
"""
