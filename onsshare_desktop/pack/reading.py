"""Read a signed PDF from an untrusted source: check its one signature and take its embedded files from the
signed revision only.

Shared by pack verification and (later) screening records. Any failure is a ``Refused`` naming its ``Refusal``.
"""

from __future__ import annotations

import functools
import hashlib
import io
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from onsshare_desktop.i18n import _
from onsshare_desktop.identity.certificates import SignerInfo, signer_info
from onsshare_desktop.pack import limits
from onsshare_desktop.pack.refusal import Refusal as Refusal
from onsshare_desktop.pack.refusal import Refused as Refused
from onsshare_desktop.pack.structure import check_structure

if TYPE_CHECKING:
    from cryptography import x509


@dataclass(frozen=True)
class EmbeddedFile:
    """A file embedded in the signed revision."""

    name: str
    unicode_name: str
    mime_type: str
    description: str
    sha256: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class SignedPdf:
    """A PDF whose single signature is intact and covers the whole file."""

    sha256: str
    certificate: "x509.Certificate"
    signer: SignerInfo
    signing_time: datetime | None
    coverage: str
    files: dict[str, EmbeddedFile]
    data: bytes = field(default=b"", repr=False, compare=False)  # the whole file
    reader: Any = field(default=None, repr=False, compare=False)  # pyHanko's reader (its last revision is signed)
    # False when read with ``structure=False``: the caller must still check the structure (``check_structure``)
    structure_checked: bool = field(default=True, compare=False)

    @property
    def root(self) -> Any:
        """pyHanko's document catalog of the signed revision."""
        return self.reader.root


@functools.cache  # once: setLevel clears every logger's cache, a few ms each call
def _quiet_pyhanko() -> None:
    # pyHanko logs tracebacks for suspicious changes; the verdict below already says what is wrong.
    for name in ("pyhanko.sign.diff_analysis", "pyhanko.pdf_utils.reader", "pyhanko.sign.validation"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


@functools.cache
def _hasher() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=2, thread_name_prefix="pack-sha256")


def sha256_soon(data: bytes) -> "Future[str]":
    """The SHA-256 of ``data``, computed on a helper thread: hashlib releases the GIL, so hashing megabytes
    overlaps pyHanko's parsing instead of adding to it."""
    return _hasher().submit(lambda: hashlib.sha256(data).hexdigest())


def read_signed_pdf(data: bytes, file_sha256: "Future[str] | None" = None, *, structure: bool = True) -> SignedPdf:
    """Check ``data`` is a PDF with exactly one intact signature covering the entire file; read its files.

    ``file_sha256`` is the file's digest when the caller has started it already (``sha256_soon``).
    ``structure=False`` leaves the structural check (``check_structure``: no active content, no loops) to the
    caller, who must make it before trusting anything read (``verify_pack`` makes it with the pages check, which
    can show most of the file to be this app's own rendering); the result says so (``structure_checked``)."""
    if len(data) > limits.MAX_PDF_BYTES:
        raise Refused(Refusal.TOO_LARGE, _("the file is {n} MB; a pack may be at most {limit} MB").format(
            n=len(data) // 2**20, limit=limits.MAX_PDF_BYTES // 2**20))
    if b"%PDF-" not in data[:1024]:
        raise Refused(Refusal.UNREADABLE, _("not a PDF file"))
    _quiet_pyhanko()
    try:
        return _read(data, file_sha256 or sha256_soon(data), structure)
    except Refused:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure on hostile input is a refusal, not a crash
        raise _unreadable(exc) from None


def check_signed_structure(signed: SignedPdf, rendered: Any = frozenset(), replaced: Any = frozenset(),
                           start: Any = ()) -> None:
    """The structural check ``read_signed_pdf(..., structure=False)`` left out (``structure.check_structure``;
    ``rendered``, ``replaced`` and ``start`` as there). Raises ``Refused``, for a parser failure too."""
    try:
        check_structure(signed.root, rendered, replaced, start)
    except Refused:
        raise
    except Exception as exc:  # noqa: BLE001 - as in read_signed_pdf
        raise _unreadable(exc) from None


def _unreadable(exc: Exception) -> Refused:
    from pyhanko.pdf_utils.misc import PdfDecodeLimitError

    if isinstance(exc, PdfDecodeLimitError):
        return Refused(Refusal.TOO_LARGE, _("the PDF decompresses to more data than allowed"))
    return Refused(Refusal.UNREADABLE, _("the PDF cannot be read ({error})").format(error=type(exc).__name__))


def _read(data: bytes, file_sha256: "Future[str]", structure: bool) -> SignedPdf:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(data), strict=False, decode_limits=limits.decode_limits())
    if reader.encrypted:
        raise Refused(Refusal.ENCRYPTED, _("the PDF is encrypted; a pack is never encrypted"))
    signatures = reader.embedded_signatures
    if not signatures:
        raise Refused(Refusal.NOT_SIGNED, _("the PDF is not signed"))
    if len(signatures) > 1:
        raise Refused(Refusal.MODIFIED_AFTER_SIGNING, _(
            "the PDF carries {n} signatures; a pack is signed once and never changed").format(n=len(signatures)))
    sig = signatures[0]
    try:
        cert_asn1 = sig.signer_cert
    except Exception:  # noqa: BLE001
        raise Refused(Refusal.TAMPERED, _("the signature does not name its signer's certificate")) from None
    if _has_lookalike_certificate(sig.signed_data, cert_asn1):
        raise Refused(Refusal.TAMPERED, _(
            "the signature carries a second, different certificate under its signer's name"))
    context = ValidationContext(trust_roots=[cert_asn1], allow_fetching=False)
    status = validate_pdf_signature(sig, context)
    if not status.intact:
        raise Refused(Refusal.TAMPERED, _(
            "the signed content was changed: the document no longer matches its signature"))
    if not status.valid:
        raise Refused(Refusal.TAMPERED, _("the signature itself is not valid"))
    if not _padding_is_blank(bytes(sig.sig_object["/Contents"])):
        raise Refused(Refusal.TAMPERED, _("the signature field carries extra bytes after the signature"))
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        if reader.xrefs.total_revisions > sig.signed_revision + 1:
            message = _("the PDF was changed after signing (an update was added that the signature does not cover)")
        elif status.coverage == SignatureCoverageLevel.ENTIRE_REVISION:
            message = _("the PDF was changed after signing (data was appended after the signed content)")
        else:
            message = _("the signature does not cover the whole file")
        raise Refused(Refusal.MODIFIED_AFTER_SIGNING, message)
    if not status.bottom_line:
        raise Refused(Refusal.CERTIFICATE_UNUSABLE, _(
            "the signer's certificate cannot be used for this signature (expired, not yet valid, or not "
            "meant for signing)"))
    from cryptography import x509

    certificate = x509.load_der_x509_certificate(cert_asn1.dump())
    signed_at = status.signer_reported_dt
    # B-B carries no trusted time, so the best check is against the signing time the signer reports.
    if signed_at is None or not certificate.not_valid_before_utc <= signed_at <= certificate.not_valid_after_utc:
        raise Refused(Refusal.CERTIFICATE_UNUSABLE, _(
            "the signer's certificate was not valid at the signing time the signature reports"))
    # The signature covers the entire file, so the last revision is the signed one: its root shares the reader's
    # cache of the objects validation already parsed (a historical root would parse them again).
    signed_root = reader.root
    entries = _embedded_file_entries(signed_root)
    digests = [sha256_soon(entry.data) for entry in entries]  # hashed while the structure is checked
    if structure:
        check_structure(signed_root)
    files = {entry.name: EmbeddedFile(entry.name, entry.unicode_name, entry.mime_type, entry.description,
                                      digest.result(), entry.data) for entry, digest in zip(entries, digests)}
    return SignedPdf(
        sha256=file_sha256.result(),
        certificate=certificate,
        signer=signer_info(certificate),
        signing_time=signed_at,
        coverage="entire-file",
        files=files,
        data=data,
        reader=reader,
        structure_checked=structure,
    )


def _has_lookalike_certificate(signed_data: Any, signer: Any) -> bool:
    """Whether the CMS holds another certificate with the signer's issuer and serial number: tools that pick a
    different copy would show a different signer."""
    key = (signer.issuer.dump(), signer.serial_number)
    return any(choice.name == "certificate" and (choice.chosen.issuer.dump(), choice.chosen.serial_number) == key
               and choice.chosen.dump() != signer.dump() for choice in signed_data["certificates"] or ())


def _padding_is_blank(contents: bytes) -> bool:
    """Whether the space reserved for the signature holds only zeros after it: the padding is not signed, so a
    changed byte there would make a different file that still verifies."""
    from asn1crypto import parser

    _class, _method, _tag, header, body, _trailer = parser.parse(contents, strict=False)
    return not contents[len(header) + len(body):].strip(b"\0")


def _get(dictionary: Any, key: str) -> Any:
    """``dictionary[key]`` dereferenced, or ``None`` (pyHanko's ``.get`` does not follow references)."""
    try:
        return dictionary[key]
    except KeyError:
        return None


def _text(value: Any) -> str:
    return str(value) if value is not None else ""


@dataclass(frozen=True)
class _Entry:
    name: str
    unicode_name: str
    mime_type: str
    description: str
    data: bytes = field(repr=False)


def _embedded_file_entries(root: Any) -> list[_Entry]:
    """The files in the EmbeddedFiles name tree of ``root`` (a flat tree, as packs write it)."""
    names = _get(root, "/Names")
    tree = _get(names, "/EmbeddedFiles") if names is not None else None
    if tree is None:
        return []
    if "/Kids" in tree:
        raise Refused(Refusal.NOT_A_PACK, _("the embedded files are not laid out as a pack lays them out"))
    entries = _get(tree, "/Names")
    if entries is None or len(entries) % 2:
        raise Refused(Refusal.NOT_A_PACK, _("the list of embedded files is malformed"))
    if len(entries) // 2 > limits.MAX_EMBEDDED_FILES:
        raise Refused(Refusal.TOO_LARGE, _("the PDF embeds more than {n} files").format(n=limits.MAX_EMBEDDED_FILES))
    files: dict[str, _Entry] = {}
    for i in range(0, len(entries), 2):
        name = _text(entries[i])
        spec = entries[i + 1]
        stream = spec["/EF"]["/F"]
        subtype = _get(stream, "/Subtype")
        if name in files:
            raise Refused(Refusal.NOT_A_PACK, _("two embedded files share the name {name!r}").format(name=name))
        files[name] = _Entry(
            name=name, unicode_name=_text(_get(spec, "/UF") or name), description=_text(_get(spec, "/Desc")),
            mime_type=str(subtype)[1:] if subtype is not None else "application/octet-stream", data=stream.data)
    return list(files.values())
