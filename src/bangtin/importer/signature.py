"""The ``signed:`` front-matter of an imported PDF: its first signature as pyHanko reads it.

The reading itself is `bangtin.core.signature`'s, which the build uses again on the kept
original; at import no trust root is consulted, so ``verified`` is always false here.
"""

from __future__ import annotations

from bangtin.core.signature import read_signatures
from bangtin.importer.render import yaml_scalar

__all__ = ["signed_lines"]


def signed_lines(data: bytes) -> list[str]:
    """The ``signed:`` block (YAML lines) of the PDF ``data``; none when it is not signed.

    A document signed by several (the signer, then the office's clerk) names its first signer:
    the person who signed the document, as its signature block says.
    """
    checks = read_signatures(data)
    if not checks:
        return []
    first = checks[0]
    lines = ["signed:"]
    if first.name:
        lines.append(f"  name: {yaml_scalar(first.name)}")
    if first.organisation:
        lines.append(f"  organisation: {yaml_scalar(first.organisation)}")
    if first.time is not None:
        lines.append(f"  time: {first.time.isoformat()}")
    lines.append(f"  intact: {'true' if first.intact else 'false'}")
    lines.append("  verified: false")
    return lines
