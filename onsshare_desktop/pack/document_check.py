"""Checking a signed return note, decision letter or benefits report: its manifest, its JSON and its kind.

Imported by ``verify``; ``documents`` makes documents and imports ``verify`` for its self-check, so this module
never imports either. Whether a document belongs where it is imported is the services' check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from onsshare_desktop.domain.documents import (
    DOCUMENT_FILES,
    DOCUMENT_LABELS,
    Document,
    DocumentKind,
    parse_document,
)
from onsshare_desktop.domain.errors import ControlCharacterProblem, InvalidCaseError
from onsshare_desktop.i18n import _, ngettext
from onsshare_desktop.pack.manifest import (
    MANIFEST_FILE,
    InvalidManifestError,
    PackManifest,
)
from onsshare_desktop.pack.reading import SignedPdf
from onsshare_desktop.pack.refusal import Refusal, Refused
from onsshare_desktop.pack.report import PackReport, Verdict, refused_report

if TYPE_CHECKING:
    from onsshare_desktop.identity.trust import TrustStore

DOCUMENT_KINDS = frozenset(k.value for k in DocumentKind)


def document_contents(signed: SignedPdf) -> tuple[PackManifest, Document]:
    """The manifest and document inside a signed PDF whose manifest names a round-trip kind.

    Raises:
        Refused: the manifest, the JSON file and the kind do not agree, or the JSON is not a valid document.
    """
    try:
        manifest = PackManifest.load(signed.files[MANIFEST_FILE].data)
    except (KeyError, InvalidManifestError) as err:
        raise Refused(Refusal.NOT_A_PACK, _("the document manifest is not valid: {e}").format(e=err)) from None
    kind = DocumentKind(manifest.kind)
    name = DOCUMENT_FILES[kind]
    json_file = signed.files.get(name)
    if json_file is None:
        raise Refused(Refusal.NOT_A_PACK, _("this {kind} has no {name} inside").format(
            kind=DOCUMENT_LABELS[kind], name=name))
    extra = set(signed.files) - {name, MANIFEST_FILE}
    if extra:
        raise Refused(Refusal.ATTACHMENT_MISMATCH, _("the {kind} embeds a file it should not carry: {name}").format(
            kind=DOCUMENT_LABELS[kind], name=sorted(extra)[0][:80]))
    if json_file.sha256 != manifest.case_sha256:
        raise Refused(Refusal.INVALID_CASE, _("{name} does not match the hash recorded in the manifest").format(
            name=name))
    try:
        document = parse_document(kind, json_file.data)
    except InvalidCaseError as err:
        control = next((p for p in err.problems if isinstance(p, ControlCharacterProblem)), None)
        if control is not None:
            raise Refused(Refusal.INVALID_CASE, _(
                "{name} carries control characters, which could act on a terminal or hide text: {problem}").format(
                name=name, problem=control)) from None
        first = err.problems[0] if err.problems else None
        raise Refused(Refusal.WRONG_KIND if first is not None and first.path == "$.kind" else Refusal.INVALID_CASE,
                      ngettext("{name} is not a valid {kind} ({n} problem: {first})",
                               "{name} is not a valid {kind} ({n} problems; first: {first})", len(err.problems)).format(
                          name=name, kind=DOCUMENT_LABELS[kind], n=len(err.problems), first=first)) from None
    if (document.case_ref, document.version) != (manifest.case_ref, manifest.version):
        raise Refused(Refusal.WRONG_CASE, _("the manifest and {name} describe different cases").format(name=name))
    return manifest, document


def verify_signed_document(name: str, signed: SignedPdf, trust: TrustStore) -> PackReport:
    """The ``PackReport`` of a signed PDF whose manifest names a round-trip kind (never raises)."""
    from onsshare_desktop.pack.pages import check_pages, pages_sentence

    try:
        manifest, document = document_contents(signed)
        pages = check_pages(signed, manifest, document)
    except Refused as refused:
        return refused_report(name, refused.refusal, refused.message, signed)
    trusted = trust.is_trusted(signed.signer.fingerprint)
    label = DOCUMENT_LABELS[document.kind]
    reason = _("a {kind} for {ref} version {version}, answering pack {sha}; {trust}").format(
        kind=label, ref=document.case_ref, version=document.version, sha=document.pack_sha256,
        trust=_("intact; signed by a trusted certificate") if trusted else _(
            "intact, but the signer's certificate is not in your trust store; confirm its fingerprint with the "
            "signer, then add it with: trust add CERT.pem")) + "; " + pages_sentence(pages)
    return PackReport(
        source=name, verdict=Verdict.TRUSTED if trusted else Verdict.UNTRUSTED, reason=reason, kind=manifest.kind,
        file_sha256=signed.sha256, signer=signed.signer, certificate=signed.certificate,
        signing_time=signed.signing_time, covers_entire_file=True, signer_trusted=trusted, manifest=manifest,
        files=tuple(signed.files.values()), document=document, pages_check=pages)
