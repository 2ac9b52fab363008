#!/usr/bin/env python3
"""A caching stand-in for ``tesseract``, for scoring the corpus's scans again and again.

Scoring a draw as scans runs Tesseract on every page (about 25 s a document on 2 cores); the
readings do not change while only the rules that read its output do. Point the importer at
this script and each reading is kept, by the picture's bytes and the arguments::

    BANGTIN_TESSERACT=scripts/tesseract_cache.py python scripts/import_eval.py --form scan ...

The cache is ``$BANGTIN_OCR_CACHE`` (default ``~/.cache/bangtin-ocr``). Anything but a reading
of stdin to stdout (``--list-langs``, ``--version``) goes to the real ``tesseract`` as it is.
A development tool: the importer and the tests never need it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    real = shutil.which("tesseract") or "/usr/bin/tesseract"
    if argv[:2] != ["stdin", "stdout"]:
        return subprocess.run([real, *argv], check=False).returncode
    picture = sys.stdin.buffer.read()
    digest = hashlib.sha256(picture + "\0".join(argv).encode()).hexdigest()
    folder = Path(os.environ.get("BANGTIN_OCR_CACHE", Path.home() / ".cache" / "bangtin-ocr"))
    kept = folder / digest[:2] / digest
    if kept.is_file():
        sys.stdout.buffer.write(kept.read_bytes())
        return 0
    proc = subprocess.run([real, *argv], input=picture, capture_output=True, check=False)
    if proc.returncode == 0:
        kept.parent.mkdir(parents=True, exist_ok=True)
        part = kept.with_suffix(f".{os.getpid()}")
        part.write_bytes(proc.stdout)
        part.replace(kept)
    sys.stdout.buffer.write(proc.stdout)
    sys.stderr.buffer.write(proc.stderr)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
