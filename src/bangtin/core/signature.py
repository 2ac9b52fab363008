"""The digital signatures of a PDF (CMS/PAdES, Nghị định 30/2020), read and checked with pyHanko.

What is read: the signer's name and organisation from the signing certificate, the signing time
the signature claims, whether the document changed after it was signed and, only when trust
roots are configured, whether the certificate chains to one of them. The Vietnamese government's
root (Ban Cơ yếu Chính phủ) is in no common trust store, so without configured roots nothing is
said of the certificate: a signature is "intact" at most, never "valid".

The importer reads a PDF's signatures once to write ``signed:``; the build reads them again from
the kept original (cached by the file's digest), so front-matter cannot claim what the file does
not carry. Nothing is fetched from the network (no OCSP, CRL or AIA look-ups).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import multiprocessing as mp
import os
import warnings
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "SignatureCheck",
    "SignatureReader",
    "TrustRootError",
    "has_signature",
    "load_trust_roots",
    "read_signatures",
]

# Vietnam keeps UTC+7 the whole year: times are shown as the office read its clock.
VIETNAM = dt.timezone(dt.timedelta(hours=7))
# Read no PDF larger than this for its signatures (the attachments' own limit is lower by default).
MAX_PDF_BYTES = 512 * 1024 * 1024
# From this many originals not read before, a build reads them in forked processes (~40 ms each).
PARALLEL_FROM = 16


class TrustRootError(ValueError):
    """A configured trust root that cannot be read (the message is the editor's)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SignatureCheck:
    """One signature of a PDF as checked.

    Attributes:
        name: the signer (the certificate subject's common name).
        organisation: the subject's organisation (its unit when it names no organisation).
        time: the signing time the signature claims, in Vietnam's time zone.
        intact: the signed bytes are unchanged and nothing but signatures or form fields was
            added after it (a second signature by the office's clerk is normal).
        verified: the certificate chains to a configured trust root (checked at the claimed
            signing time, without revocation look-ups).
        trust_checked: trust roots were configured, so ``verified`` means something.
    """

    name: str
    organisation: str
    time: dt.datetime | None
    intact: bool
    verified: bool
    trust_checked: bool

    @property
    def time_text(self) -> str:
        """ "14:35 ngày 07/03/2024", or "" without a time."""
        if self.time is None:
            return ""
        return self.time.astimezone(VIETNAM).strftime("%H:%M ngày %d/%m/%Y")


def has_signature(data: bytes) -> bool:
    """True when ``data`` may carry a signature: every PDF signature has a /ByteRange (a quick
    test that spares unsigned PDFs the loading of pyHanko)."""
    return b"/ByteRange" in data


def _quiet_import() -> Any:
    """pyHanko's modules, imported without the deprecation warnings its imports raise (DSA in
    cryptography), and with its loggers silenced: a path not built is a result here, and
    pyHanko logs it with a traceback."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        logger.addHandler(logging.NullHandler())
        logger.propagate = False
    return PdfFileReader, validate_pdf_signature, ValidationContext


def load_trust_roots(paths: Iterable[Path]) -> list[Any]:
    """The certificates of PEM (or DER) files, as asn1crypto certificates.

    Raises:
        TrustRootError: a file is missing or holds no certificate.
    """
    from asn1crypto import pem, x509

    roots: list[Any] = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            raise TrustRootError(f"trust_roots: không đọc được tệp «{path}»") from None
        try:
            if pem.detect(data):
                found = [x509.Certificate.load(der) for _, _, der in pem.unarmor(data, True)]
            else:
                found = [x509.Certificate.load(data)]
            for cert in found:
                cert.native  # noqa: B018 - parses it whole, so a damaged file fails here
        except ValueError:
            found = []
        if not found:
            raise TrustRootError(
                f"trust_roots: tệp «{path}» không chứa chứng thư số nào (cần tệp PEM, dạng "
                "-----BEGIN CERTIFICATE-----)"
            )
        roots.extend(found)
    return roots


def read_signatures(data: bytes, trust_roots: Sequence[Any] = ()) -> tuple[SignatureCheck, ...]:
    """Every signature of the PDF ``data``, in the order they were made.

    Args:
        data: the PDF's bytes.
        trust_roots: the certificates a chain may end at (`load_trust_roots`); none: no
            certificate is verified.

    Returns:
        The checks; empty for an unsigned PDF, or one pyHanko cannot read.
    """
    if not has_signature(data) or len(data) > MAX_PDF_BYTES:
        return ()
    import io

    reader_class, validate, context_class = _quiet_import()
    checks: list[SignatureCheck] = []
    try:
        reader = reader_class(io.BytesIO(data), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception:  # a damaged PDF from outside: any failure means "nothing readable"
        return ()
    for signature in signatures:
        try:
            checks.append(_check(signature, trust_roots, validate, context_class))
        except Exception:  # one unreadable signature does not hide the others
            continue
    return tuple(checks)


def _check(
    signature: Any, trust_roots: Sequence[Any], validate: Any, context_class: Any
) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.errors import SignatureValidationError

    claimed = signature.self_reported_timestamp
    # Checked at the time the signature claims: an archive's certificates have expired since.
    context = context_class(
        trust_roots=list(trust_roots),
        allow_fetching=False,
        moment=claimed,
        best_signature_time=claimed,
    )
    try:
        status = validate(signature, context)
    except SignatureValidationError:
        cert = signature.signer_cert
        return _result(cert, claimed, intact=False, verified=False, trust=bool(trust_roots))
    level = status.modification_level
    unchanged = level in {
        ModificationLevel.NONE,
        ModificationLevel.LTA_UPDATES,
        ModificationLevel.FORM_FILLING,
    }
    intact = bool(status.intact and status.valid and unchanged)
    verified = bool(trust_roots) and intact and bool(status.trusted)
    when = status.signer_reported_dt or claimed
    return _result(
        status.signing_cert, when, intact=intact, verified=verified, trust=bool(trust_roots)
    )


def _result(
    cert: Any, when: dt.datetime | None, *, intact: bool, verified: bool, trust: bool
) -> SignatureCheck:
    subject = cert.subject.native if cert is not None else {}
    name = str(subject.get("common_name") or "")
    organisation = subject.get("organization_name") or subject.get("organizational_unit_name")
    if isinstance(organisation, list):
        organisation = ", ".join(str(o) for o in organisation)
    return SignatureCheck(
        name=name,
        organisation=str(organisation or ""),
        time=when.astimezone(VIETNAM) if when is not None else None,
        intact=intact,
        verified=verified,
        trust_checked=trust,
    )


class SignatureReader:
    """`read_signatures` for a build, kept between builds by each file's digest.

    Reading a signature costs tens of milliseconds and loading pyHanko more: an archive of
    thousands of signed originals is read once, then only digested. A reader kept in memory
    (`bangtin serve` keeps one for its whole run) also remembers which digest each file had at
    its size and time of change, so an edit of a directive does not read every original again.
    """

    def __init__(self, cache: Path | None, trust_roots: Sequence[Any] = ()) -> None:
        from bangtin.core.kept import read_salted

        self.path = cache
        self.trust_roots = list(trust_roots)
        self.salt = self.salt_of(self.trust_roots)
        held = read_salted(cache, self.salt) if cache is not None else None
        self.entries: dict[str, tuple[SignatureCheck, ...]] = held if isinstance(held, dict) else {}
        # What the cache file holds (the entries read ahead are not in it yet).
        self.saved = dict(self.entries)
        self.used: dict[str, tuple[SignatureCheck, ...]] = {}
        # (path, size, time of change in ns, inode) -> digest, for this process's later reads.
        self._stamps: dict[tuple[str, int, int, int], str] = {}

    @staticmethod
    def salt_of(trust_roots: Sequence[Any]) -> tuple[str, int, str]:
        """What the readings depend on besides the file: the trust roots (and this format)."""
        roots = b"".join(sorted(r.dump() for r in trust_roots))
        return ("signatures", 1, hashlib.blake2b(roots, digest_size=16).hexdigest())

    def read(self, path: Path) -> tuple[SignatureCheck, ...]:
        """The signatures of the PDF at ``path`` (empty when it cannot be read)."""
        key, data = self._digest(path)
        if key is None:
            return ()
        found = self.used.get(key)
        if found is None:
            found = self.entries.get(key)
        if found is None:
            if data is None:
                try:
                    data = path.read_bytes()
                except OSError:
                    return ()
            found = read_signatures(data, self.trust_roots)
        self.used[key] = found
        return found

    def _digest(self, path: Path) -> tuple[str | None, bytes | None]:
        """The digest of the file at ``path`` and its bytes when they had to be read (a file
        seen before by this reader at the same size, time of change and inode is not)."""
        try:
            info = path.stat()
        except OSError:
            return None, None
        stamp = (str(path), info.st_size, info.st_mtime_ns, info.st_ino)
        key = self._stamps.get(stamp)
        if key is not None:
            return key, None
        try:
            data = path.read_bytes()
        except OSError:
            return None, None
        key = hashlib.blake2b(data, digest_size=20).hexdigest()
        self._stamps[stamp] = key
        return key, data

    def read_many(
        self, paths: Sequence[Path], *, parallel: bool = False
    ) -> list[tuple[SignatureCheck, ...]]:
        """`read` of each of ``paths``; with ``parallel`` (a build, which may fork), the files
        not read before are read in forked processes when there are many."""
        if parallel:
            self._read_ahead(paths)
        return [self.read(path) for path in paths]

    def _read_ahead(self, paths: Sequence[Path]) -> None:
        """Read the signatures of the files of ``paths`` the cache lacks, in forked processes."""
        workers = min(os.cpu_count() or 1, 4)
        if workers < 2 or "fork" not in mp.get_all_start_methods():
            return
        todo: list[tuple[str, Path]] = []
        for path in paths:
            key, data = self._digest(path)
            if key is None or key in self.entries or key in self.used:
                continue
            if data is None:  # seen by this reader before, but not read: read it now
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
            if has_signature(data):
                todo.append((key, path))  # the workers read the files: no archive in memory
        if len(todo) < PARALLEL_FROM:
            return
        _quiet_import()  # once, before the fork: the workers inherit pyHanko loaded
        _AHEAD[:] = [(path, self.trust_roots) for _, path in todo]
        try:
            with ProcessPoolExecutor(
                max_workers=workers, mp_context=mp.get_context("fork")
            ) as pool:
                found = list(pool.map(_read_ahead_job, range(len(todo)), chunksize=8))
        finally:
            _AHEAD.clear()
        # Each reading under the digest of the bytes its worker read (a file replaced meanwhile
        # is then simply read again by `read`).
        self.entries.update(entry for entry in found if entry is not None)

    def save(self) -> None:
        """Keep the readings of this build with the earlier ones, when it read anything new.

        Earlier readings stay: a public build reads only public records' files, and the next
        internal build should not read the others again.
        """
        from bangtin.core.kept import write_salted

        fresh = {k: v for k, v in self.used.items() if k not in self.saved}
        if self.path is not None and fresh:
            self.saved.update(fresh)
            write_salted(self.path, self.salt, self.saved)


# The read-ahead's files and trust roots, set just before its pool forks (no pickling of them).
_AHEAD: list[tuple[Path, list[Any]]] = []


def _read_ahead_job(index: int) -> tuple[str, tuple[SignatureCheck, ...]] | None:
    path, roots = _AHEAD[index]
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return hashlib.blake2b(data, digest_size=20).hexdigest(), read_signatures(data, roots)
