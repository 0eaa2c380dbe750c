"""Verify a pack: is it intact, signed over the whole file, by whom, and is that signer trusted here?

``verify_pack`` never raises for a bad file: it returns a ``PackReport`` whose verdict is TRUSTED, UNTRUSTED or
REFUSED, with the reason named. Everything in the report (case, manifest, attachments) comes from the signed
revision only.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.errors import ControlCharacterProblem, InvalidCaseError
from onsshare_desktop.i18n import _, ngettext
from onsshare_desktop.pack import limits
from onsshare_desktop.pack.document_check import DOCUMENT_KINDS, verify_signed_document
from onsshare_desktop.pack.manifest import (
    CASE_FILE,
    MANIFEST_FILE,
    PREVIOUS_CASE_FILE,
    InvalidManifestError,
    PackManifest,
    UnknownLanguageError,
)
from onsshare_desktop.pack.pages import check_pages, pages_sentence
from onsshare_desktop.pack.reading import (
    Refusal,
    Refused,
    SignedPdf,
    check_signed_structure,
    read_signed_pdf,
    sha256_soon,
)
from onsshare_desktop.pack.record_check import RECORD_KIND, verify_signed_record
from onsshare_desktop.pack.report import PackAttachment as PackAttachment
from onsshare_desktop.pack.report import PackReport as PackReport
from onsshare_desktop.pack.report import Verdict as Verdict
from onsshare_desktop.pack.report import refused_report

if TYPE_CHECKING:
    from onsshare_desktop.identity.trust import TrustStore


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
    previous_file = files.pop(PREVIOUS_CASE_FILE, None)
    if (previous_file.sha256 if previous_file else None) != manifest.previous_case_sha256:
        raise Refused(Refusal.INVALID_CASE, _(
            "previous-case.json (the version this case follows) does not match the hash recorded in the manifest"))
    try:
        case = load_case(case_file.data)
    except InvalidCaseError as err:
        control = next((p for p in err.problems if isinstance(p, ControlCharacterProblem)), None)
        if control is not None:
            raise Refused(Refusal.INVALID_CASE, _(
                "case.json carries control characters, which could act on a terminal or hide text: {problem}"
            ).format(problem=control)) from None
        first = err.problems[0] if err.problems else None
        raise Refused(Refusal.INVALID_CASE, ngettext("case.json is not a valid case ({n} problem: {first})",
                                                     "case.json is not a valid case ({n} problems; first: {first})",
                                                     len(err.problems)).format(
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
    """The manifest's ``kind`` (``pack`` or ``record``), or None when there is no readable manifest.

    Raises ``Refused`` (``UNKNOWN_LANGUAGE``) for a manifest in a language this app cannot render pages in,
    whatever its kind."""
    from onsshare_desktop.pack.refusal import unknown_language

    manifest_file = signed.files.get(MANIFEST_FILE)
    if manifest_file is None:
        return None
    try:
        return PackManifest.load(manifest_file.data).kind
    except UnknownLanguageError as err:
        raise unknown_language(err.language) from None
    except InvalidManifestError:
        return None


def _refused(name: str, signed: SignedPdf, refused: Refused) -> PackReport:
    """The report of a file refused after it was read: a structural fault, when there is one, is the reason given
    (and then nothing read from the file is reported), as when the structure is checked first."""
    if not signed.structure_checked:
        try:
            check_signed_structure(signed)
        except Refused as structural:
            return refused_report(name, structural.refusal, structural.message, file_sha256=signed.sha256)
    return refused_report(name, refused.refusal, refused.message, signed)


def verify_pack(source: Path | bytes, trust: "TrustStore", *, own_render: bytes | None = None) -> PackReport:
    """Check one pack (a path or its bytes) against the trust store. Never raises for a bad file.

    ``own_render`` is for export's self-check only: the pages export has just rendered for this pack, which the
    pages check then compares instead of rendering them a second time (``pack.pages.check_pages``). Every file
    received is verified without it, so its pages are rendered again from its signed ``case.json``.
    """
    try:
        name, data = _load(source)
    except Refused as refused:
        return refused_report(str(source), refused.refusal, refused.message)
    file_sha256 = sha256_soon(data)  # on a helper thread while the PDF is parsed; a refusal reports it too
    try:
        # The structural check (no active content, no loops) is made with the pages check, which can show most
        # objects to be this app's own rendering; a structural fault still comes before any other reason.
        signed = read_signed_pdf(data, file_sha256, structure=False)
    except Refused as refused:
        return refused_report(name, refused.refusal, refused.message, file_sha256=file_sha256.result())
    try:
        kind = _kind(signed)
        if kind == RECORD_KIND or kind in DOCUMENT_KINDS:
            check_signed_structure(signed)
            signed = dataclasses.replace(signed, structure_checked=True)
    except Refused as refused:
        return _refused(name, signed, refused)
    if kind == RECORD_KIND:
        return verify_signed_record(name, signed, trust, verify_pack)
    if kind in DOCUMENT_KINDS:
        return verify_signed_document(name, signed, trust)
    try:
        manifest, case, case_bytes, attachments = _pack_contents(signed)
        pages = check_pages(signed, manifest, case, own_render=own_render)
    except Refused as refused:
        return _refused(name, signed, refused)
    trusted = trust.is_trusted(signed.signer.fingerprint)
    reason = _("intact; signed by a trusted certificate") if trusted else _(
        "intact, but the signer's certificate is not in your trust store; confirm its fingerprint with the "
        "signer, then add it with: trust add CERT.pem")
    reason += "; " + pages_sentence(pages)
    return PackReport(
        source=name, verdict=Verdict.TRUSTED if trusted else Verdict.UNTRUSTED, reason=reason, kind=manifest.kind,
        file_sha256=signed.sha256, signer=signed.signer, certificate=signed.certificate,
        signing_time=signed.signing_time, covers_entire_file=True, signer_trusted=trusted, case=case,
        case_bytes=case_bytes, manifest=manifest, attachments=attachments, files=tuple(signed.files.values()),
        pages_check=pages)
