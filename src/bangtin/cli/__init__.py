"""The `bangtin` command line: check, build, serve, and the editors' tools (import, new, schema)."""
