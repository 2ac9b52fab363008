"""Digital signatures of kept originals: PDFs the tests make and sign with throwaway certificates
(one altered after signing by an incremental update, one with a byte flipped in the signed
range), read by core.signature and shown on the directive's page by the build, which reads the
kept file itself: front-matter cannot claim a signature, and "hợp lệ" needs a trust root."""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pypdf import PdfWriter

from bangtin.cli.main import main
from bangtin.core.signature import (
    PARALLEL_FROM,
    SignatureReader,
    load_trust_roots,
    read_signatures,
)
from conftest import MakeSite, directive, load_script

with warnings.catch_warnings():
    # pyHanko's imports touch cryptography's deprecated DSA module.
    warnings.simplefilter("ignore")
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

SIGNER = "Phạm Thị Tố Loan"
ORGANISATION = "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh"
P = "directives/2024/2078-cv-duk.md"
PAGE = "van-ban/2024/2078-cv-duk/"
INTACT = "chữ ký còn nguyên vẹn, chưa xác minh chứng thư"
ALTERED = "văn bản đã bị sửa sau khi ký"


@dataclass(frozen=True)
class Authority:
    """A throwaway root and a signer's certificate issued by it."""

    root: x509.Certificate
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey

    @property
    def root_pem(self) -> bytes:
        return self.root.public_bytes(serialization.Encoding.PEM)


def _name(common: str, organisation: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
        ]
    )


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=not ca,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def make_authority(root_name: str = "CA thử nghiệm") -> Authority:
    now = dt.datetime.now(dt.UTC)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root_subject = _name(root_name, "Ban Cơ yếu thử nghiệm")
    root = (
        x509.CertificateBuilder()
        .subject_name(root_subject)
        .issuer_name(root_subject)
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_usage(ca=True), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(SIGNER, ORGANISATION))
        .issuer_name(root_subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(_usage(ca=False), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    return Authority(root=root, cert=cert, key=key)


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def signed_pdf(authority: Authority, document: bytes | None = None) -> bytes:
    """``document`` (by default a one-page A4 PDF made by pypdf) signed with ``authority``'s
    certificate (pyHanko, PAdES)."""
    if document is None:
        writer = PdfWriter()
        writer.add_blank_page(595, 842)
        plain = io.BytesIO()
        writer.write(plain)
        document = plain.getvalue()
    unsigned = io.BytesIO(document)
    key = authority.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    signer = signers.SimpleSigner(
        signing_cert=_asn1(authority.cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(key),
        cert_registry=SimpleCertificateStore.from_certs([_asn1(authority.root)]),
    )
    unsigned.seek(0)
    out = signers.sign_pdf(
        IncrementalPdfFileWriter(unsigned),
        signers.PdfSignatureMetadata(field_name="ChuKy1"),
        signer=signer,
    )
    return bytes(out.getvalue())


def altered_after_signing(data: bytes) -> bytes:
    """``data`` with its page's content replaced by an incremental update after the signature."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page["/Contents"] = writer.add_object(
        generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 700 Td (Noi dung sua) Tj ET")
    )
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def byte_flipped(data: bytes) -> bytes:
    """``data`` with one byte of the page's size changed, inside the signed range."""
    at = data.index(b"/MediaBox") + 12
    flipped = bytearray(data)
    flipped[at] = ord("9") if flipped[at] != ord("9") else ord("8")
    return bytes(flipped)


@pytest.fixture(scope="module")
def authority() -> Authority:
    return make_authority()


@pytest.fixture(scope="module")
def signed(authority: Authority) -> bytes:
    return signed_pdf(authority)


# --- reading ------------------------------------------------------------------------------------


def test_a_signed_pdf_names_its_signer_organisation_and_time(signed: bytes) -> None:
    (check,) = read_signatures(signed)
    assert (check.name, check.organisation) == (SIGNER, ORGANISATION)
    assert check.intact and not check.verified and not check.trust_checked
    assert check.time is not None
    assert abs(check.time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=10)
    assert check.time.utcoffset() == dt.timedelta(hours=7)  # Vietnam's clock
    assert re.fullmatch(r"\d\d:\d\d ngày \d\d/\d\d/20\d\d", check.time_text)


@pytest.mark.parametrize("alter", [altered_after_signing, byte_flipped])
def test_a_pdf_changed_after_signing_is_not_intact(signed: bytes, alter: object) -> None:
    assert callable(alter)
    (check,) = read_signatures(alter(signed))
    assert check.name == SIGNER
    assert not check.intact and not check.verified


def test_only_a_configured_trust_root_verifies(
    tmp_path: Path, authority: Authority, signed: bytes
) -> None:
    (tmp_path / "goc.pem").write_bytes(authority.root_pem)
    (tmp_path / "khac.pem").write_bytes(make_authority("CA khác").root_pem)
    (ours,) = read_signatures(signed, load_trust_roots([tmp_path / "goc.pem"]))
    assert ours.intact and ours.verified and ours.trust_checked
    (other,) = read_signatures(signed, load_trust_roots([tmp_path / "khac.pem"]))
    assert other.intact and not other.verified and other.trust_checked
    # A trusted root does not make an altered document's signature valid.
    (altered,) = read_signatures(
        altered_after_signing(signed), load_trust_roots([tmp_path / "goc.pem"])
    )
    assert not altered.intact and not altered.verified


def test_an_unsigned_or_broken_pdf_has_no_signature(signed: bytes) -> None:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    plain = io.BytesIO()
    writer.write(plain)
    assert read_signatures(plain.getvalue()) == ()
    assert read_signatures(signed[: len(signed) // 2]) == ()  # cut short
    assert read_signatures(b"/ByteRange but no PDF") == ()


def test_the_reader_keeps_its_readings_by_digest(tmp_path: Path, signed: bytes) -> None:
    pdf = tmp_path / "goc.pdf"
    pdf.write_bytes(signed)
    cache = tmp_path / "signatures.pickle"
    first = SignatureReader(cache)
    assert first.read(pdf)[0].intact
    first.save()
    again = SignatureReader(cache)
    assert len(again.entries) == 1  # read from the cache, not the file's signature
    # The same name with other bytes is read anew: the digest, not the name, is the key.
    pdf.write_bytes(altered_after_signing(signed))
    assert not again.read(pdf)[0].intact


def test_a_kept_reader_reads_no_unchanged_file_again(
    tmp_path: Path, signed: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # bangtin serve keeps its reader: an edit of a directive must not read every original again.
    pdf = tmp_path / "goc.pdf"
    pdf.write_bytes(signed)
    reader = SignatureReader(None)
    assert reader.read(pdf)[0].intact
    reads: list[Path] = []
    read_bytes = Path.read_bytes

    def counted(self: Path) -> bytes:
        reads.append(self)
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", counted)
    assert reader.read(pdf)[0].intact
    assert reads == []
    pdf.write_bytes(altered_after_signing(signed))  # another size and time: read again
    assert not reader.read(pdf)[0].intact
    assert reads == [pdf]


def test_many_new_originals_are_read_in_forked_processes_alike(
    tmp_path: Path, authority: Authority, signed: bytes
) -> None:
    paths = []
    for i in range(PARALLEL_FROM + 1):
        path = tmp_path / f"{i}.pdf"
        # Every other one altered: the workers' readings must be each file's own.
        data = signed_pdf(authority)
        path.write_bytes(altered_after_signing(data) if i % 2 else data)
        paths.append(path)
    plain = tmp_path / "khong-ky.pdf"
    plain.write_bytes(b"%PDF-1.4 no signature")
    ahead = SignatureReader(tmp_path / "cache.pickle")
    found = ahead.read_many([*paths, plain], parallel=True)
    assert len(ahead.entries) == len(paths)  # read ahead, by the pool (the unsigned one not)
    assert found == SignatureReader(None).read_many([*paths, plain])
    assert [bool(f[0].intact) for f in found[:-1]] == [i % 2 == 0 for i in range(len(paths))]
    assert found[-1] == ()
    ahead.save()
    assert len(SignatureReader(tmp_path / "cache.pickle").entries) == len(paths) + 1


# --- the page -----------------------------------------------------------------------------------


def kept(pdf: bytes, **extra: str) -> dict[str, str | bytes]:
    return {
        P: directive(files="\n  - {path: 2078-cv-duk.pdf, label: Văn bản gốc}", **extra),
        "directives/2024/2078-cv-duk.pdf": pdf,
    }


def signature_line(html: str) -> str:
    match = re.search(r'<p class="bt-signed[^"]*">(.*?)</p>', html, re.S)
    assert match, "no signature line"
    return " ".join(re.sub(r"<[^>]+>", "", match.group(1)).split())


def test_the_page_shows_an_intact_signature_without_calling_it_valid(
    make_site: MakeSite, signed: bytes
) -> None:
    site = make_site(files=kept(signed))
    assert site.exit_code == 0, site.output
    html = site.page(PAGE)
    (check,) = read_signatures(signed)
    assert signature_line(html) == (
        f"Đã ký số: {SIGNER}, {ORGANISATION}, lúc {check.time_text} — {INTACT}."
    )
    assert "hợp lệ" not in html


@pytest.mark.parametrize("alter", [altered_after_signing, byte_flipped])
def test_the_page_says_a_document_was_altered_after_signing(
    make_site: MakeSite, signed: bytes, alter: object
) -> None:
    assert callable(alter)
    site = make_site(files=kept(alter(signed)))
    assert site.exit_code == 0, site.output
    line = signature_line(site.page(PAGE))
    assert line.startswith(f"Đã ký số: {SIGNER}, {ORGANISATION}, lúc ")
    assert ALTERED in line
    assert "nguyên vẹn" not in line and "hợp lệ" not in line


def test_a_trust_root_in_mkdocs_yml_makes_the_signature_valid(
    make_site: MakeSite, authority: Authority, signed: bytes
) -> None:
    site = make_site(files=kept(signed), build=False)
    (site.root / "chung-thu").mkdir()
    (site.root / "chung-thu" / "goc.pem").write_bytes(authority.root_pem)
    site = make_site(files=kept(signed), plugin={"trust_roots": ["chung-thu/goc.pem"]})
    assert site.exit_code == 0, site.output
    line = signature_line(site.page(PAGE))
    assert line.endswith(
        "— chữ ký hợp lệ, chứng thư đã được xác minh với chứng thư gốc tin cậy của cổng."
    )


def test_a_missing_trust_root_is_named_in_vietnamese(make_site: MakeSite) -> None:
    site = make_site(files={P: directive()}, plugin={"trust_roots": ["khong-co.pem"]})
    assert site.exit_code == 2
    assert "trust_roots: không đọc được tệp «" in site.output and "khong-co.pem»" in site.output
    assert "Traceback" not in site.output


def test_a_trust_root_that_is_no_certificate_stops_the_build(make_site: MakeSite) -> None:
    site = make_site(files={P: directive()}, build=False)
    (site.root / "goc.pem").write_text("không phải chứng thư\n", encoding="utf-8")
    site = make_site(files={P: directive()}, plugin={"trust_roots": ["goc.pem"]})
    assert site.exit_code == 2
    assert "không chứa chứng thư số nào" in site.output
    assert "Traceback" not in site.output


def test_front_matter_cannot_claim_a_signature_the_file_lacks(make_site: MakeSite) -> None:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    unsigned = io.BytesIO()
    writer.write(unsigned)
    claim = "{name: Người Giả, organisation: Cơ quan Giả, intact: true, verified: true}"
    site = make_site(files=kept(unsigned.getvalue(), signed=claim))
    assert site.exit_code == 0, site.output
    html = site.page(PAGE)
    assert "Văn bản gốc" in html
    assert "Đã ký số" not in html and "Người Giả" not in html and "hợp lệ" not in html


def test_signed_flags_are_true_or_false(make_site: MakeSite) -> None:
    site = make_site(files={P: directive(signed="{name: A, intact: có}")})
    assert site.exit_code == 1
    assert f"{P}:6: «signed.intact»: «có» phải là true hoặc false" in site.output


# --- bangtin import of a signed PDF ---------------------------------------------------------------


def test_import_writes_the_signature_and_the_page_shows_it(
    make_site: MakeSite, authority: Authority, tmp_path: Path
) -> None:
    seed = load_script("make_seed_pdf").seed_pdf()
    source = tmp_path / "2078-ky-so.pdf"
    source.write_bytes(signed_pdf(authority, seed))
    site = make_site(build=False)
    result = CliRunner().invoke(main, ["import", str(source), "--root", str(site.root)])
    assert result.exit_code == 0, result.output
    text = (site.root / P).read_text(encoding="utf-8")
    (check,) = read_signatures(source.read_bytes())
    assert check.time is not None
    block = (
        "files:\n  - path: 2078-cv-duk.pdf\n    label: Văn bản gốc\nsigned:\n"
        f"  name: {SIGNER}\n  organisation: {ORGANISATION}\n  time: {check.time.isoformat()}\n"
        "  intact: true\n  verified: false\n---\n"
    )
    assert block in text
    assert (site.root / "directives/2024/2078-cv-duk.pdf").read_bytes() == source.read_bytes()
    built = site.build()  # the directive is internal; so is the default build
    assert built.exit_code == 0, built.output
    assert signature_line(built.page(PAGE)) == (
        f"Đã ký số: {SIGNER}, {ORGANISATION}, lúc {check.time_text} — {INTACT}."
    )


def test_an_original_replaced_after_a_build_is_read_again(
    make_site: MakeSite, signed: bytes
) -> None:
    # The page and the signature reading are kept between builds; both by what the file holds.
    site = make_site(files=kept(signed))
    assert site.exit_code == 0, site.output
    assert INTACT in signature_line(site.page(PAGE))
    original = site.root / "directives/2024/2078-cv-duk.pdf"
    original.write_bytes(altered_after_signing(signed))
    again = site.build()
    assert again.exit_code == 0, again.output
    assert ALTERED in signature_line(again.page(PAGE))
    copied = again.site_dir / "van-ban/2024/2078-cv-duk/2078-cv-duk.pdf"
    assert copied.read_bytes() == original.read_bytes()
