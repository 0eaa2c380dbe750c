"""Signed documents of the round trip: return notes, decision letters and benefits reports.

Each is a PDF a person can read, carrying its JSON (``return.json``, ``decision.json`` or ``benefits.json``) and a
``manifest.json`` of its own kind, signed once over the whole file with the same machinery as packs. Verification
reads the signed revision only (``read_signed_pdf``), then checks that the manifest, the JSON and the kind agree;
whether the document belongs where it is imported (the pack it answers exists, the case matches) is the
services' check, since only they know the register.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from onsshare_desktop import __version__
from onsshare_desktop.domain.control_chars import refuse_control_characters
from onsshare_desktop.domain.documents import (
    DOCUMENT_FILES, DOCUMENT_LABELS, Document, DocumentKind, dump_document,
)
from onsshare_desktop.i18n import Labels, N_, _, current_language, ngettext, use_language
from onsshare_desktop.pack.manifest import MANIFEST_FILE, PackManifest
from onsshare_desktop.pack.document_check import DOCUMENT_KINDS as DOCUMENT_KINDS
from onsshare_desktop.pack.document_check import document_contents as document_contents
from onsshare_desktop.pack.document_check import verify_signed_document as verify_signed_document
from onsshare_desktop.pack.verify import Verdict, verify_pack

if TYPE_CHECKING:
    from pathlib import Path

    from onsshare_desktop.identity.store import UnlockedIdentity


_REASONS: Labels[DocumentKind] = Labels({
    DocumentKind.RETURN: N_("Return for more information on ONS data sharing request {ref}"),
    DocumentKind.DECISION: N_("Decision on ONS data sharing request {ref}"),
    DocumentKind.BENEFITS: N_("Benefits report for ONS data sharing request {ref}"),
})


@dataclass(frozen=True)
class SignedDocument:
    pdf: bytes
    document_id: str
    sha256: str


def build_signed_document(document: Document, form_id: str, form_version: str, signer: "UnlockedIdentity",
                          now: datetime, language: str | None = None) -> SignedDocument:
    """Render the pages, embed the JSON and a manifest of the document's kind, and sign with ``signer``.

    ``language`` (default: the current language) is the author's: the manifest records it and the pages are
    written in it; what ``document`` says is printed as it is.

    Raises ``ControlCharactersError`` (a ``UserError``) if a text of the document carries a control character."""
    language = language or current_language()
    refuse_control_characters(document.to_json(), DOCUMENT_LABELS[document.kind])  # verification would refuse it
    with use_language(language):
        return _build_signed_document(document, form_id, form_version, signer, now, language)


def _build_signed_document(document: Document, form_id: str, form_version: str, signer: "UnlockedIdentity",
                           now: datetime, language: str) -> SignedDocument:
    from onsshare_desktop.pack.document_pages import render_document
    from onsshare_desktop.pack.rerender import document_renderer
    from onsshare_desktop.pack.sign import FileToEmbed, embed_and_sign

    kind = document.kind
    data = dump_document(document)
    document_id = str(uuid.uuid4())
    manifest = PackManifest(pack_id=document_id, created_at=now.isoformat().replace("+00:00", "Z"),
                            app_version=__version__, form_id=form_id, form_version=form_version,
                            case_ref=document.case_ref, version=document.version,
                            case_sha256=hashlib.sha256(data).hexdigest(), kind=kind.value,
                            renderer=document_renderer(), language=language)
    files = [FileToEmbed(DOCUMENT_FILES[kind], data, "application/json",
                         _("The {kind}, as signed").format(kind=DOCUMENT_LABELS[kind])),
             FileToEmbed(MANIFEST_FILE, manifest.dump(), "application/json", _("Document manifest"))]
    pdf = embed_and_sign(render_document(document, document_id), files, signer, None, now,
                         reason=_REASONS[kind].format(ref=document.case_ref))
    return SignedDocument(pdf, document_id, hashlib.sha256(pdf).hexdigest())


def write_document(document: Document, form_id: str, form_version: str, signer: "UnlockedIdentity",
                   out_path: "Path", now: datetime, language: str | None = None) -> SignedDocument:
    """Build, self-check and write (atomically) a signed document in ``language`` (default: the current
    language); returns it. ``UserError`` if unwritable."""
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.saving import write_checked

    signed = build_signed_document(document, form_id, form_version, signer, now, language)

    def checked() -> None:
        check = verify_pack(signed.pdf, TrustStore(out_path.parent / ".no-trust-store", extra=[signer.certificate]))
        if check.verdict is not Verdict.TRUSTED or check.document != document:
            raise RuntimeError(f"a freshly signed {document.kind} did not verify: {check.reason}")  # a bug

    write_checked(out_path, signed.pdf, checked)
    return signed


def describe_document(document: Any) -> list[str]:
    """Lines for ``show``: what the document says, in words."""
    from onsshare_desktop.domain.documents import DECISION_LABELS, BenefitsReport, DecisionLetter, ReturnNote

    lines = [_("{kind} for {ref} version {version}: {title}").format(
        kind=DOCUMENT_LABELS[document.kind].capitalize(), ref=document.case_ref, version=document.version,
        title=document.title), _("answers pack {sha}").format(sha=document.pack_sha256)]
    if isinstance(document, ReturnNote):
        lines.append(ngettext("reply by {date}; {n} request, from {who}", "reply by {date}; {n} requests, from {who}",
                              len(document.requests)).format(
            date=document.reply_by, n=len(document.requests), who=document.screener))
        lines += [f"  [{r.request_id}] {r.label}: {r.text}" for r in document.requests]
    elif isinstance(document, DecisionLetter):
        lines.append(_("decision: {d}{exc}, by {who} ({role}) on {date}").format(
            d=DECISION_LABELS[document.decision], who=document.decider_name or "-", role=document.decided_by,
            date=document.decided_on,
            exc=_(" (exception by the National Statistician)") if document.national_statistician_exception else ""))
        if document.conditions:
            lines.append(_("conditions: {c}").format(c=document.conditions))
        lines.append(_("next steps: {s}").format(s=document.next_steps))
        lines.append(_("rests on packs: {h}").format(h=", ".join(document.pack_hashes)))
    elif isinstance(document, BenefitsReport):
        lines.append(_("benefits: {b}").format(b=document.benefits))
        lines += [f"  {o.published_on} {o.title} <{o.url}>" for o in document.outputs]
    return lines
