"""Pagefind's bundle made byte-stable: the same site gives the same index files, build after build.

Pagefind (1.x) writes its filter chunks and its metadata file from Rust hash maps, so the order
of the filter values, and with it the chunks' content hashes, file names and the metadata and
entry files that name them, change from one run to the next (Pagefind issue 638: fragments are
stable since 1.3, filters and metadata are not). Two builds of one commit must be
byte-identical, so after Pagefind has run the filter values and the metadata's filter and sort
lists are put in order, and the chunks renamed after a hash of their new content. Pagefind's
script looks chunks up by the names the metadata gives and checks no hash, and it reads both
lists into maps, so their order means nothing to it.

The files are ``gzip(b"pagefind_dcd" + CBOR)``; the small CBOR codec below covers what Pagefind
writes (integers, byte and text strings, arrays, maps, simple values). Anything unexpected
leaves the bundle exactly as Pagefind wrote it: a stable index is worth less than a working one.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import struct
from pathlib import Path
from typing import Any

__all__ = ["stabilise_bundle"]

SIGNATURE = b"pagefind_dcd"
# Positions in Pagefind 1.x's metadata array: version, pages, index chunks, filters, sorts, ...
_META_FILTERS, _META_SORTS = 3, 4


class _Unsupported(ValueError):
    """The bundle holds something this codec does not know: leave it alone."""


def stabilise_bundle(bundle: Path) -> bool:
    """Order the filter chunks and metadata of the Pagefind bundle at ``bundle`` in place.

    Returns:
        True when the bundle was rewritten, False when it was left as Pagefind wrote it.
    """
    entry_path = bundle / "pagefind-entry.json"
    try:
        entry = json.loads(entry_path.read_text(encoding="utf-8"))
        if not str(entry.get("version", "")).startswith("1."):
            return False
        plan = _plan(bundle, entry)
    except (OSError, ValueError, KeyError, IndexError, TypeError, EOFError):
        return False
    # Everything is decoded and re-encoded before the first file is touched.
    for old in plan["remove"]:
        old.unlink()
    for path, data in plan["write"].items():
        path.write_bytes(data)
    entry_path.write_text(
        json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    return True


def _plan(bundle: Path, entry: dict[str, Any]) -> dict[str, Any]:
    remove: list[Path] = []
    write: dict[Path, bytes] = {}
    renamed: dict[str, str] = {}
    for path in sorted((bundle / "filter").glob("*.pf_filter")):
        name, values = _read(path)
        if not isinstance(name, str) or not isinstance(values, list):
            raise _Unsupported(path.name)
        ordered = sorted(values, key=lambda v: (str(v[0]), _encode(v)))
        data = _gzip([name, ordered])
        new = _rename(path.stem, data)
        renamed[path.stem] = new
        remove.append(path)
        write[path.with_name(f"{new}.pf_filter")] = data
    for language, info in sorted(entry["languages"].items()):
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = _read(meta_path)
        if not isinstance(meta, list) or len(meta) <= _META_SORTS:
            raise _Unsupported(meta_path.name)
        filters = meta[_META_FILTERS]
        for item in filters:
            if item[1] not in renamed:
                raise _Unsupported(f"{language}: {item[1]}")
            item[1] = renamed[item[1]]
        meta[_META_FILTERS] = sorted(filters, key=lambda item: str(item[0]))
        meta[_META_SORTS] = sorted(meta[_META_SORTS], key=lambda item: str(item[0]))
        data = _gzip(meta)
        new = _rename(info["hash"], data)
        remove.append(meta_path)
        write[bundle / f"pagefind.{new}.pf_meta"] = data
        info["hash"] = new
    return {"remove": remove, "write": write}


def _rename(stem: str, data: bytes) -> str:
    prefix, _, old = stem.rpartition("_")
    return f"{prefix}_{hashlib.sha256(data).hexdigest()[: len(old)]}"


def _read(path: Path) -> Any:
    raw = path.read_bytes()
    data = raw if raw.startswith(SIGNATURE) else gzip.decompress(raw)
    if not data.startswith(SIGNATURE):
        raise _Unsupported(path.name)
    value, end = _decode(data, len(SIGNATURE))
    if end != len(data):
        raise _Unsupported(path.name)
    return value


def _gzip(value: Any) -> bytes:
    # mtime=0: gzip's header would otherwise carry the clock.
    return gzip.compress(SIGNATURE + _encode(value), mtime=0)


# --- CBOR (RFC 8949), the part Pagefind uses --------------------------------------------------


def _decode(data: bytes, pos: int) -> tuple[Any, int]:
    head = data[pos]
    major, info = head >> 5, head & 0x1F
    pos += 1
    if major == 7:
        simple = {20: False, 21: True, 22: None}
        if info in simple:
            return simple[info], pos
        if info == 27:
            return struct.unpack(">d", data[pos : pos + 8])[0], pos + 8
        raise _Unsupported(f"simple value {info}")
    if info < 24:
        arg = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        arg = int.from_bytes(data[pos : pos + size], "big")
        pos += size
    else:
        raise _Unsupported(f"indefinite length {info}")
    if major == 0:
        return arg, pos
    if major == 1:
        return -1 - arg, pos
    if major in (2, 3):
        chunk = data[pos : pos + arg]
        if len(chunk) != arg:
            raise EOFError
        return (chunk if major == 2 else chunk.decode("utf-8")), pos + arg
    if major == 4:
        items = []
        for _ in range(arg):
            item, pos = _decode(data, pos)
            items.append(item)
        return items, pos
    if major == 5:
        pairs = []
        for _ in range(arg):
            key, pos = _decode(data, pos)
            value, pos = _decode(data, pos)
            pairs.append((key, value))
        return _Map(pairs), pos
    raise _Unsupported(f"major type {major}")


class _Map(list[tuple[Any, Any]]):
    """A CBOR map kept as its pairs, in the order read."""


def _head(major: int, arg: int) -> bytes:
    if arg < 24:
        return bytes([major << 5 | arg])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if arg < 1 << (8 * size):
            return bytes([major << 5 | info]) + arg.to_bytes(size, "big")
    raise _Unsupported(f"integer {arg}")


def _encode(value: Any) -> bytes:
    if value is False or value is True or value is None:
        return bytes([0xE0 | {False: 20, True: 21, None: 22}[value]])
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, float):
        return b"\xfb" + struct.pack(">d", value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        raw = value.encode("utf-8")
        return _head(3, len(raw)) + raw
    if isinstance(value, _Map):
        return _head(5, len(value)) + b"".join(_encode(k) + _encode(v) for k, v in value)
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(_encode(item) for item in value)
    raise _Unsupported(type(value).__name__)
