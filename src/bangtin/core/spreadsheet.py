"""CSV files an office opens in a spreadsheet: cells that stay text (OWASP's rule against
formula injection), one writer for every CSV the build and the importer write."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Final

__all__ = ["FORMULA_STARTS", "csv_cell", "csv_text"]

#: What makes a spreadsheet (Excel, LibreOffice, Google Sheets) read a cell as a formula, which
#: may fetch a URL or run a command when the file is opened (OWASP, "CSV Injection").
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """``value`` as a CSV cell a spreadsheet shows as text: a leading quote before a formula's
    first character (a spreadsheet hides the quote)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """The CSV text of ``rows`` under ``header``: CRLF lines, every cell quoted and escaped."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_cell(value) for value in row])
    return out.getvalue()
