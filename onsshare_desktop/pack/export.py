"""Export a case as a signed submission pack: render, embed ``case.json``, ``manifest.json`` and attachments, sign.

Qt-free; the GUI runs ``export_pack`` in a worker and passes ``progress`` through to its progress bar.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from onsshare_desktop import __version__
from onsshare_desktop.domain.case import ATTACHMENT_TYPES, Case
from onsshare_desktop.domain.case_io import dump_case
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.domain.validation import validate_answers
from onsshare_desktop.i18n import _, current_language, ngettext, use_language
from onsshare_desktop.pack.manifest import CASE_FILE, MANIFEST_FILE, PREVIOUS_CASE_FILE, PackManifest
from onsshare_desktop.pack.names import embedded_attachment_name
from onsshare_desktop.pack.saving import write_checked
from onsshare_desktop.paths import DataPaths

if TYPE_CHECKING:
    from onsshare_desktop.identity.store import UnlockedIdentity
    from onsshare_desktop.pack.sign import FileToEmbed
    from onsshare_desktop.pack.verify import PackReport

Progress = Callable[[int, str], None]


class IncompleteCaseError(UserError):
    """The case still has problems; a pack is only made from a complete request."""


class AttachmentUnavailableError(UserError):
    """An attachment's stored bytes are missing or no longer match the SHA-256 recorded when it was attached."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    pack_id: str
    page_count: int
    envelope_sha256: str | None = None  # when the file written is the pack sealed for ONS (.p7m)


def _no_progress(_percent: int, _message: str) -> None:
    pass


def read_attachment(paths: DataPaths, file_name: str, sha256: str) -> bytes:
    """The stored bytes of an attachment, checked against its SHA-256."""
    from onsshare_desktop.store.attachment_files import AttachmentStore

    try:
        data = AttachmentStore(paths.attachments).path_of(sha256).read_bytes()
    except (OSError, ValueError):
        raise AttachmentUnavailableError(_(
            "The attachment “{name}” is missing from the app's attachment store; attach the file again."
        ).format(name=file_name)) from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise AttachmentUnavailableError(_(
            "The stored copy of the attachment “{name}” no longer matches the file that was attached "
            "(its SHA-256 differs); attach the file again.").format(name=file_name))
    return data


class CertificateNotValidError(UserError):
    """The signing certificate is expired or not yet valid, so a pack signed with it would be refused."""


def check_certificate_valid(signer: "UnlockedIdentity", now: datetime) -> None:
    cert = signer.certificate
    if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
        raise CertificateNotValidError(_(
            "Your signing certificate is valid from {start} to {end} only; create a new identity or import a "
            "current one to sign.").format(start=cert.not_valid_before_utc.date().isoformat(),
                                           end=cert.not_valid_after_utc.date().isoformat()))


def check_complete(case: Case, qs: QuestionSet) -> None:
    problems = validate_answers(qs, case.answers)
    if problems:
        first = problems[0]
        raise IncompleteCaseError(ngettext(
            "The request is not complete ({n} problem): {question}: {message}",
            "The request is not complete ({n} problems); first: {question}: {message}", len(problems)).format(
            n=len(problems), question=qs.question(first.question_id).label, message=first.message))


@dataclass(frozen=True)
class SignedPack:
    """A signed pack's bytes, and ``pages``: the PDF its pages were rendered as before signing (what the
    export's self-check compares the signed pages with)."""

    pdf: bytes
    pack_id: str
    page_count: int
    pages: bytes


def build_signed_pack(case: Case, qs: QuestionSet, signer: "UnlockedIdentity",
                      attachments: Mapping[str, bytes], *, now: datetime, history_head: str | None = None,
                      progress: Progress | None = None, previous: Case | None = None,
                      language: str | None = None) -> SignedPack:
    """Render, embed (case.json, manifest.json, attachments by SHA-256) and sign; no checks, no file written.

    ``previous`` is the version this one follows: the pages show the changes since it, so it is embedded too
    (``previous-case.json``), and verification can render the same pages again. The pages are rendered from the
    case and the manifest by the function that verification uses to render them again from ``case.json``
    (``pack.rerender.render_pack_pages``).

    ``language`` is the author's (``i18n.LANGUAGES``; default: the current language): the manifest records it,
    and the pages, the embedded files' descriptions and the signature's reason are written in it; the answers
    stay as written. Progress messages stay in the current language (they are for whoever is exporting)."""
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.pack.rerender import render_pack_pages
    from onsshare_desktop.pack.sign import embed_and_sign

    report = progress or _no_progress
    language = language or current_language()
    with use_language(language):
        manifest, files = _pack_files(case, qs, attachments, previous, now, history_head, language)
        pages_qs = load_question_set(case.form_id, case.form_version)  # the questions in the pack's language

    report(15, _("Laying out the pages"))
    rendered = render_pack_pages(case, pages_qs, manifest, signer.info, previous)

    report(60, _("Embedding the case and attachments, and signing"))
    with use_language(language):
        reason = _("Submission of ONS data sharing request {ref}").format(ref=case.case_ref)
    signed = embed_and_sign(rendered.pdf, files, signer, rendered.signature_box, now, reason=reason)
    return SignedPack(signed, manifest.pack_id, rendered.page_count, rendered.pdf)


def _pack_files(case: Case, qs: QuestionSet, attachments: Mapping[str, bytes], previous: Case | None,
                now: datetime, history_head: str | None, language: str) -> tuple[PackManifest, list["FileToEmbed"]]:
    """The pack's manifest and the files it embeds (described in the current language)."""
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.pack.rerender import pack_renderer
    from onsshare_desktop.pack.sign import FileToEmbed

    files: list[FileToEmbed] = []
    embedded: set[str] = set()
    for index, att in enumerate(case.attachments, start=1):
        if att.sha256 in embedded:
            continue  # the same file attached twice is embedded once
        embedded.add(att.sha256)
        files.append(FileToEmbed(
            name=embedded_attachment_name(index, att.file_name), data=attachments[att.sha256],
            mime_type=att.media_type, description=ATTACHMENT_TYPES.get(att.kind, att.kind),
            unicode_name=att.file_name, relationship="Supplement"))
    case_bytes = dump_case(case, qs)
    previous_bytes = None if previous is None else dump_case(
        previous, load_question_set(previous.form_id, previous.form_version))
    pack_id = str(uuid.uuid4())
    manifest = PackManifest(pack_id=pack_id, created_at=now.isoformat().replace("+00:00", "Z"),
                            app_version=__version__, form_id=case.form_id, form_version=case.form_version,
                            case_ref=case.case_ref, version=case.version,
                            case_sha256=hashlib.sha256(case_bytes).hexdigest(), history_head=history_head,
                            renderer=pack_renderer(), previous_case_sha256=None if previous_bytes is None
                            else hashlib.sha256(previous_bytes).hexdigest(), language=language)
    files.append(FileToEmbed(CASE_FILE, case_bytes, "application/json", _("The case, as signed")))
    if previous_bytes is not None:
        files.append(FileToEmbed(PREVIOUS_CASE_FILE, previous_bytes, "application/json", _(
            "The version this case follows (the pages show the changes since it)")))
    files.append(FileToEmbed(MANIFEST_FILE, manifest.dump(), "application/json", _("Pack manifest")))
    return manifest, files


def export_pack(case: Case, qs: QuestionSet, paths: DataPaths, signer: "UnlockedIdentity", out_path: Path, *,
                history_head: str | None = None, progress: Progress | None = None,
                now: datetime | None = None, previous: Case | None = None,
                language: str | None = None, seal: Callable[[bytes], bytes] | None = None) -> ExportResult:
    """Write the signed pack for ``case`` to ``out_path`` (atomically) and return its path, SHA-256 and pack ID.

    The pack is written in ``language`` (default: the current language), recorded in its manifest. With ``seal``,
    what is written is ``seal(pack)`` (an envelope only ONS can open); the pack itself is checked as usual, and
    never written in the clear.

    Raises ``UserError`` when the case is incomplete, an attachment is missing or changed, or the file cannot be
    written.
    """
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.verify import Verdict, verify_pack

    report = progress or _no_progress
    now = (now or datetime.now(timezone.utc)).replace(microsecond=0)
    report(2, _("Checking the answers and attachments"))
    check_certificate_valid(signer, now)
    check_complete(case, qs)
    attachments = {a.sha256: read_attachment(paths, a.file_name, a.sha256) for a in case.attachments}
    pack = build_signed_pack(case, qs, signer, attachments, now=now, history_head=history_head, progress=report,
                             previous=previous, language=language)

    def checked() -> "PackReport":
        # The full verification, but the pages are compared with those just rendered rather than rendered again.
        check = verify_pack(pack.pdf, TrustStore(paths.trust, extra=[signer.certificate]), own_render=pack.pages)
        if check.verdict is not Verdict.TRUSTED:
            raise RuntimeError(f"a freshly signed pack did not verify: {check.reason}")  # a bug, not the user's
        report(95, _("Saving"))
        return check

    report(85, _("Checking the signed pack"))
    written = pack.pdf if seal is None else seal(pack.pdf)
    check = write_checked(out_path, written, checked)
    report(100, _("Saved"))
    return ExportResult(out_path, check.file_sha256 or hashlib.sha256(pack.pdf).hexdigest(), pack.pack_id,
                        pack.page_count, None if seal is None else hashlib.sha256(written).hexdigest())

