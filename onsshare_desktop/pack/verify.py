"""Verify a pack: is it intact, signed over the whole file, by whom, and is that signer trusted here?

``verify_pack`` never raises for a bad file: it returns a ``PackReport`` whose verdict is TRUSTED, UNTRUSTED or
REFUSED, with the reason named. Everything in the report (case, manifest, attachments) comes from the signed
revision only.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onsshare_desktop.domain.case import AttachmentRef, Case
from onsshare_desktop.domain.errors import ControlCharacterProblem, InvalidCaseError
from onsshare_desktop.i18n import _
from onsshare_desktop.identity.certificates import SignerInfo
from onsshare_desktop.pack import limits
from onsshare_desktop.pack.manifest import CASE_FILE, MANIFEST_FILE, InvalidManifestError, PackManifest
from onsshare_desktop.pack.reading import EmbeddedFile, Refusal, Refused, SignedPdf, read_signed_pdf, sha256_soon

if TYPE_CHECKING:
    from cryptography import x509

    from onsshare_desktop.identity.trust import TrustStore


class Verdict(enum.Enum):
    TRUSTED = "trusted"  # intact, and the signer is in the trust store
    UNTRUSTED = "untrusted"  # intact, but the signer is unknown here
    REFUSED = "refused"  # tampered, changed after signing, not signed, unreadable or not a pack


@dataclass(frozen=True)
class PackAttachment:
    ref: AttachmentRef
    file: EmbeddedFile

    @property
    def data(self) -> bytes:
        return self.file.data


@dataclass(frozen=True)
class PackReport:
    """What ``verify`` says about one file."""

    source: str
    verdict: Verdict
    reason: str
    refusal: Refusal | None = None
    kind: str | None = None  # the manifest's kind: pack, record, return, decision or benefits
    file_sha256: str | None = None
    signer: SignerInfo | None = None
    certificate: "x509.Certificate | None" = None
    signing_time: datetime | None = None
    covers_entire_file: bool = False
    signer_trusted: bool = False
    case: Case | None = None
    case_bytes: bytes | None = field(default=None, repr=False)
    manifest: PackManifest | None = None
    attachments: tuple[PackAttachment, ...] = field(default=(), repr=False)
    files: tuple[EmbeddedFile, ...] = field(default=(), repr=False)
    document: Any = None  # a return note, decision letter or benefits report (domain.documents)

    @property
    def is_record(self) -> bool:
        return self.kind == "record"

    @property
    def intact(self) -> bool:
        return self.verdict is not Verdict.REFUSED

    def to_json(self) -> dict[str, Any]:
        """The report as ``verify --json`` prints it."""
        return {
            "file": self.source,
            "verdict": self.verdict.value,
            "reason": self.reason,
            "refusal": self.refusal.value if self.refusal else None,
            "kind": self.kind,
            "sha256": self.file_sha256,
            "signer": None if self.signer is None else {
                "name": self.signer.name, "organisation": self.signer.organisation, "email": self.signer.email,
                "fingerprint": self.signer.fingerprint},
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "covers_entire_file": self.covers_entire_file,
            "signer_trusted": self.signer_trusted,
            "pack_id": self.manifest.pack_id if self.manifest else None,
            "case_ref": self.case.case_ref if self.case else self.manifest.case_ref if self.manifest else None,
            "version": self.case.version if self.case else self.manifest.version if self.manifest else None,
            "answers_pack_sha256": self.document.pack_sha256 if self.document is not None else None,
            "attachments": [{"file_name": a.ref.file_name, "type": a.ref.kind, "size": a.ref.size,
                             "sha256": a.ref.sha256} for a in self.attachments],
        }


def _refused(source: str, refusal: Refusal, reason: str, signed: SignedPdf | None = None,
             file_sha256: str | None = None) -> PackReport:
    return PackReport(
        source=source, verdict=Verdict.REFUSED, reason=reason, refusal=refusal,
        file_sha256=signed.sha256 if signed else file_sha256,
        signer=signed.signer if signed else None, certificate=signed.certificate if signed else None,
        signing_time=signed.signing_time if signed else None, covers_entire_file=signed is not None)


def _load(source: Path | bytes) -> tuple[str, bytes]:
    if isinstance(source, bytes):
        return "<bytes>", source
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > limits.MAX_PDF_BYTES:
            raise Refused(Refusal.TOO_LARGE, _("the file is {n} MB; a pack may be at most {limit} MB").format(
                n=size // 2**20, limit=limits.MAX_PDF_BYTES // 2**20))
        return str(path), path.read_bytes()
    except OSError as exc:
        raise Refused(Refusal.UNREADABLE, _("cannot read the file ({reason})").format(
            reason=exc.strerror or type(exc).__name__)) from None


def _pack_contents(signed: SignedPdf) -> tuple[PackManifest, Case, bytes, tuple[PackAttachment, ...]]:
    """Interpret the signed files as a pack; ``Refused`` says what does not fit."""
    from onsshare_desktop.domain.case_io import load_case

    files = dict(signed.files)
    case_file, manifest_file = files.pop(CASE_FILE, None), files.pop(MANIFEST_FILE, None)
    if case_file is None or manifest_file is None:
        raise Refused(Refusal.NOT_A_PACK, _("this signed PDF is not a submission pack (no {name} inside)").format(
            name=CASE_FILE if case_file is None else MANIFEST_FILE))
    try:
        manifest = PackManifest.load(manifest_file.data)
    except InvalidManifestError as err:
        raise Refused(Refusal.NOT_A_PACK, _("the pack manifest is not valid: {reason}").format(reason=err)) \
            from None
    if manifest.kind != "pack":
        raise Refused(Refusal.NOT_A_PACK, _("this is a {kind}, not a submission pack").format(kind=manifest.kind))
    if hashlib.sha256(case_file.data).hexdigest() != manifest.case_sha256:
        raise Refused(Refusal.INVALID_CASE, _("case.json does not match the hash recorded in the manifest"))
    try:
        case = load_case(case_file.data)
    except InvalidCaseError as err:
        control = next((p for p in err.problems if isinstance(p, ControlCharacterProblem)), None)
        if control is not None:
            raise Refused(Refusal.INVALID_CASE, _(
                "case.json carries control characters, which could act on a terminal or hide text: {problem}"
            ).format(problem=control)) from None
        first = err.problems[0] if err.problems else None
        raise Refused(Refusal.INVALID_CASE, _("case.json is not a valid case ({n} problems; first: {first})").format(
            n=len(err.problems), first=first)) from None
    if (case.case_ref, case.version, case.form_version) != (manifest.case_ref, manifest.version,
                                                             manifest.form_version):
        raise Refused(Refusal.INVALID_CASE, _("the manifest and case.json describe different cases"))
    by_hash = {f.sha256: f for f in files.values()}
    attachments: list[PackAttachment] = []
    for ref in case.attachments:
        found = by_hash.get(ref.sha256)
        if found is None or len(found.data) != ref.size:
            raise Refused(Refusal.ATTACHMENT_MISMATCH, _(
                "the attachment “{name}” listed in the case is missing or differs from its recorded SHA-256"
            ).format(name=ref.file_name))
        attachments.append(PackAttachment(ref, found))
    unexpected = set(by_hash) - {r.sha256 for r in case.attachments}
    if unexpected:
        raise Refused(Refusal.ATTACHMENT_MISMATCH, _("the pack embeds a file that the case does not list"))
    return manifest, case, case_file.data, tuple(attachments)


def _kind(signed: SignedPdf) -> str | None:
    """The manifest's ``kind`` (``pack`` or ``record``), or None when there is no readable manifest."""
    manifest_file = signed.files.get(MANIFEST_FILE)
    if manifest_file is None:
        return None
    try:
        return PackManifest.load(manifest_file.data).kind
    except InvalidManifestError:
        return None


def verify_pack(source: Path | bytes, trust: "TrustStore") -> PackReport:
    """Check one pack (a path or its bytes) against the trust store. Never raises for a bad file."""
    try:
        name, data = _load(source)
    except Refused as refused:
        return _refused(str(source), refused.refusal, refused.message)
    file_sha256 = sha256_soon(data)  # on a helper thread while the PDF is parsed; a refusal reports it too
    try:
        signed = read_signed_pdf(data, file_sha256)
    except Refused as refused:
        return _refused(name, refused.refusal, refused.message, file_sha256=file_sha256.result())
    kind = _kind(signed)
    if kind == "record":
        from onsshare_desktop.pack.record import verify_signed_record

        return verify_signed_record(name, signed, trust)
    from onsshare_desktop.pack.documents import DOCUMENT_KINDS

    if kind in DOCUMENT_KINDS:
        from onsshare_desktop.pack.documents import verify_signed_document

        return verify_signed_document(name, signed, trust)
    try:
        manifest, case, case_bytes, attachments = _pack_contents(signed)
    except Refused as refused:
        return _refused(name, refused.refusal, refused.message, signed)
    trusted = trust.is_trusted(signed.signer.fingerprint)
    reason = _("intact; signed by a trusted certificate") if trusted else _(
        "intact, but the signer's certificate is not in your trust store; confirm its fingerprint with the "
        "signer, then add it with: trust add CERT.pem")
    return PackReport(
        source=name, verdict=Verdict.TRUSTED if trusted else Verdict.UNTRUSTED, reason=reason, kind=manifest.kind,
        file_sha256=signed.sha256, signer=signed.signer, certificate=signed.certificate,
        signing_time=signed.signing_time, covers_entire_file=True, signer_trusted=trusted, case=case,
        case_bytes=case_bytes, manifest=manifest, attachments=attachments, files=tuple(signed.files.values()))
