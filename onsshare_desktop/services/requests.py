"""The requester's use cases: drafts from case files, attachments, answers, and exporting a signed pack.

Exporting links the versions of a request the same way wherever it starts: the pack carries the draft's version,
the hash of the pack before it (``previous_pack_sha256``) and the head of the draft's history; once it is written
the draft moves to the next version, linked to this pack's SHA-256.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onsshare_desktop.domain.case import ATTACHMENT_TYPES, AttachmentRef, Case
from onsshare_desktop.domain.errors import InvalidCaseError
from onsshare_desktop.domain.questions import QuestionSet, load_question_set
from onsshare_desktop.i18n import _, current_language
from onsshare_desktop.services.errors import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from onsshare_desktop.domain.documents import DecisionLetter
    from onsshare_desktop.domain.drafts import Draft, DraftSummary
    from onsshare_desktop.services.requester import DraftStatus
    from onsshare_desktop.services.envelopes import EncryptionCertificate
    from onsshare_desktop.identity.store import UnlockedIdentity
    from onsshare_desktop.pack.export import ExportResult
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.database import Database

    Progress = Callable[[int, str], None]


class AttachmentFileError(InvalidInputError):
    """A case file names an attachment that is missing from the folder given, or differs from it (exit 2)."""


@dataclass(frozen=True)
class PackExport:
    """One exported pack: the file written (``result``) and the draft as it now stands (the next version)."""

    result: ExportResult
    next_case: Case


def _question_set(case: Case) -> QuestionSet:
    return load_question_set(case.form_id, case.form_version)


class RequestService:
    """Drafts in one database, with their attachments in the data folder's attachment store.

    Args:
        database: the open database, or a function opening it on first use (so that a case file refused
            before anything is stored never creates a database).
        paths: the data folder.
        attachment_limit: the largest attachment accepted, in bytes.
    """

    def __init__(self, database: Database | Callable[[], Database], paths: DataPaths,
                 attachment_limit: int | None = None) -> None:
        from onsshare_desktop.store.attachment_files import DEFAULT_SIZE_LIMIT, AttachmentStore

        self._open = database if callable(database) else (lambda: database)
        self._paths = paths
        self.attachments = AttachmentStore(paths.attachments, attachment_limit or DEFAULT_SIZE_LIMIT)

    @property
    def attachment_limit(self) -> int:
        """The largest attachment accepted, in bytes."""
        return self.attachments.size_limit

    @property
    def _database(self) -> Database:
        return self._open()

    # -- drafts ----------------------------------------------------------------------------------------------

    def list(self, search: str = "", deleted: bool = False) -> list[DraftSummary]:
        return self._database.drafts.list(search, deleted=deleted)

    def get(self, draft_id: int) -> Draft:
        return self._database.drafts.get(draft_id)

    def case(self, draft_id: int) -> Case:
        return self._database.drafts.get(draft_id).case

    def create(self, case: Case) -> int:
        return self._database.drafts.create(case)

    def new_draft(self, qs: QuestionSet) -> int:
        return self._database.drafts.create(Case.new(qs))

    def from_example(self, path: Path) -> int:
        """A new draft holding the example's answers under a fresh reference."""
        from onsshare_desktop.domain.case_io import load_case

        return self._database.drafts.create(load_case(path.read_bytes()).copy_as_new())

    def copy_as_new(self, draft_id: int) -> int:
        return self._database.drafts.copy_as_new(draft_id)

    def delete(self, draft_id: int) -> None:
        self._database.drafts.delete(draft_id)

    def restore(self, draft_id: int) -> None:
        self._database.drafts.restore(draft_id)

    def save(self, draft_id: int, case: Case) -> DraftSummary:
        return self._database.drafts.save(draft_id, case)

    def export_case(self, draft_id: int) -> bytes:
        """The draft's case file (what ``import_case`` reads back)."""
        from onsshare_desktop.domain.case_io import dump_case

        return dump_case(self.case(draft_id))

    # -- case files ------------------------------------------------------------------------------------------

    def import_case(self, data: bytes, attachments_dir: Path | None = None) -> int:
        """Check a case file and make a draft of it; its id.

        With ``attachments_dir``, every attachment the case names is taken from there (by file name) and must have
        the size and SHA-256 the case gives; otherwise nothing is stored and ``AttachmentFileError`` names the file.
        ``InvalidCaseError`` lists every problem of a case file that breaks the schema.
        """
        from onsshare_desktop.domain.case_io import load_case

        case = load_case(data)
        if attachments_dir is not None:
            from onsshare_desktop.store.attachment_files import AttachmentError

            sources = [self._attachment_source(ref, attachments_dir) for ref in case.attachments]
            for ref, source in zip(case.attachments, sources):
                try:
                    stored = self.attachments.add(source, ref.kind)
                except AttachmentError as err:
                    raise AttachmentFileError(f"{source}: {err}") from None
                if stored.sha256 != ref.sha256:  # changed between the check and the copy
                    raise AttachmentFileError(_("{file}: changed while it was being read").format(file=source))
        return self._database.drafts.create(case)

    @staticmethod
    def _attachment_source(ref: AttachmentRef, folder: Path) -> Path:
        source = folder / Path(ref.file_name).name
        try:
            data = source.read_bytes()
        except OSError as exc:
            reason = _("not found") if isinstance(exc, FileNotFoundError) else exc.strerror or str(exc)
            raise AttachmentFileError(_("{file}: {reason}").format(file=source, reason=reason)) from None
        if len(data) != ref.size or hashlib.sha256(data).hexdigest() != ref.sha256:
            raise AttachmentFileError(_("{file}: its SHA-256 or size differs from the case file's ({sha})").format(
                file=source, sha=ref.sha256))
        return source

    # -- editing ---------------------------------------------------------------------------------------------

    def attach(self, draft_id: int, source: Path, kind: str = "other",
               progress: Progress | None = None) -> AttachmentRef:
        """Copy ``source`` into the attachment store and add it to the draft (the window's limits and checks)."""
        if kind not in ATTACHMENT_TYPES:
            raise InvalidInputError(_("unknown attachment type {kind!r}; one of: {types}").format(
                kind=kind, types=", ".join(ATTACHMENT_TYPES)))
        from onsshare_desktop.store.attachment_files import AttachmentError

        case = self.case(draft_id)
        try:
            ref = self.store_attachment(source, kind, progress)
        except AttachmentError as err:
            raise InvalidInputError(str(err)) from None
        if any(a.sha256 == ref.sha256 and a.kind == ref.kind for a in case.attachments):
            raise InvalidInputError(_("“{name}” is already attached as {kind}.").format(
                name=ref.file_name, kind=ATTACHMENT_TYPES[ref.kind]))
        self.save(draft_id, case.with_attachments((*case.attachments, ref)))
        return ref

    def store_attachment(self, source: Path, kind: str, progress: Progress | None = None) -> AttachmentRef:
        """Copy ``source`` into the attachment store (hashing it as it goes) without adding it to any draft: the
        request editor adds the reference to the case it is editing and saves that.

        Slow for large files: keep it off a UI thread; ``progress(percent, name)`` follows the copy.

        Raises:
            AttachmentError: a plain-words refusal (``UserError``): the file is over ``attachment_limit``, cannot
                be read, or changed while it was copied. Nothing is kept then.
        """
        return self.attachments.add(source, kind, progress)

    @staticmethod
    def parse_value(question_id: str, text: str) -> Any:
        """An answer given as JSON text; ``InvalidInputError`` when it is not strict JSON."""
        from onsshare_desktop.domain.case_io import parse_json_strict

        try:
            return parse_json_strict(text.encode("utf-8"))
        except InvalidCaseError as err:
            raise InvalidInputError(_("{id}: the value is not JSON ({reason})").format(
                id=question_id, reason="; ".join(p.message for p in err.problems))) from None

    @staticmethod
    def completeness(case: Case) -> int:
        """How complete the case is, in percent (as the drafts list shows it)."""
        from onsshare_desktop.domain.validation import completeness

        return completeness(_question_set(case), case.answers)

    @staticmethod
    def format_size(size: int) -> str:
        """A byte count as people read it (``14.2 KB``)."""
        from onsshare_desktop.store.attachment_files import format_size

        return format_size(size)

    def set_answer(self, draft_id: int, question_id: str, value: Any) -> Case:
        """Set one answer (None clears it), refusing an unknown question or a value of the wrong type or form."""
        case = self.case(draft_id)
        updated = case.with_answer(question_id, value)
        problems = answer_problems(_question_set(case), question_id, value, updated)
        if problems:
            raise InvalidInputError(problems)
        self.save(draft_id, updated)
        return updated

    # -- export ----------------------------------------------------------------------------------------------

    @staticmethod
    def pack_file_name(case: Case, today: date | None = None) -> str:
        """The conventional file name of a pack of ``case``: ``<org>_<title>_<date>_v<n>.pdf``."""
        from onsshare_desktop.pack.names import pack_file_name

        return pack_file_name(case, today or date.today())

    def export_pack(self, draft_id: int, out_path: Path, signer: UnlockedIdentity,
                    progress: Progress | None = None, *, encrypt_to: Path | None = None,
                    language: str | None = None) -> PackExport:
        """Write the draft's signed pack to ``out_path``, then move the draft to its next version.

        The pack carries the draft's version and previous pack hash as they stand, and the head of the draft's
        history; the draft then becomes ``version + 1`` linked to the new pack's SHA-256. The window and
        ``export ID`` both export through here. With ``encrypt_to`` (ONS's certificate file), the file written is
        the pack sealed to it (``.p7m``, see ``encrypted_name``); the pack is never written in the clear. The pack
        is written in ``language``, the author's (default: the current language, the app's or the command line's),
        and its manifest records it.
        """
        language = language or current_language()
        from onsshare_desktop.services.requester import check_responses, record_export

        draft = self.get(draft_id)
        case = draft.case
        check_responses(self._database, draft)  # a returned case waits for a response to every request
        result = self.export_case_pack(case, out_path, signer, progress, record=False, encrypt_to=encrypt_to,
                                       language=language)
        record_export(self._database, draft_id, result)
        next_case = case.after_export(result.sha256)
        self.save(draft_id, next_case)
        return PackExport(result, next_case)

    @staticmethod
    def encrypted_name(out_path: Path) -> Path:
        """The file an encrypted export writes for ``out_path``: itself when it ends in ``.p7m``, else with
        ``.p7m`` added (``pack.pdf.p7m``)."""
        from onsshare_desktop.services.envelopes import envelope_path

        return out_path if out_path.suffix.lower() == ".p7m" else envelope_path(out_path)

    @staticmethod
    def encryption_certificate(certificate_file: Path) -> EncryptionCertificate:
        """Who ONS's certificate in ``certificate_file`` names and until when, once it is known that packs can be
        encrypted to it today; ``UserError`` saying why not (see ``services.envelopes.encryption_certificate``)."""
        from onsshare_desktop.services.envelopes import encryption_certificate

        return encryption_certificate(certificate_file)

    def check_responses(self, case: Case) -> None:
        """A returned case is exported only once every amendment request has a response (``UserError`` if not)."""
        from onsshare_desktop.services.requester import check_responses

        check_responses(self._database, case)

    # -- the round trip: documents from ONS, and the benefits report -------------------------------------------

    def statuses(self, drafts: Sequence[DraftSummary]) -> dict[int, DraftStatus]:
        """Where each of ``drafts`` stands in the round trip (returned, approved, declined), by draft id."""
        from onsshare_desktop.services.requester import draft_statuses

        return draft_statuses(self._database, drafts)

    def decision_letter_file(self, draft_id: int) -> Path | None:
        """The latest decision letter received for the draft's case, as kept in the data folder, if any."""
        from onsshare_desktop.services.requester import decision_letter_file

        return decision_letter_file(self._database, self._paths, draft_id)

    def approval(self, draft_id: int) -> DecisionLetter | None:
        """The decision letter approving the draft's case, if one was imported."""
        from onsshare_desktop.services.requester import approval_of

        return approval_of(self._database, draft_id)

    def export_benefits(self, draft_id: int, benefits: str, outputs: Sequence[tuple[str, str, str]],
                        signer: UnlockedIdentity, out_path: Path) -> str:
        """Sign and write the benefits report of an approved case (``benefits export``); its SHA-256.

        Raises:
            UserError: no approval was imported, the benefits text is empty, or an output is not valid.
        """
        from datetime import UTC, datetime

        from onsshare_desktop.services.requester import export_benefits

        return export_benefits(self._database, draft_id, benefits, list(outputs), signer, out_path,
                               datetime.now(UTC)).sha256

    def export_case_pack(self, case: Case, out_path: Path, signer: UnlockedIdentity,
                         progress: Progress | None = None, *, record: bool = True,
                         encrypt_to: Path | None = None, language: str | None = None) -> ExportResult:
        """Write the signed pack of ``case`` as it stands (no draft moves on): the history head of its reference
        and the earlier version it follows, if one was exported here, go with it. ``encrypt_to``: as for
        ``export_pack``. Written in ``language`` (default: the current language)."""
        from onsshare_desktop.pack.export import export_pack
        from onsshare_desktop.services.envelopes import sealer
        from onsshare_desktop.services.requester import exported_case, record_export
        from onsshare_desktop.store.drafts import draft_stream

        seal = None if encrypt_to is None else sealer(encrypt_to)  # a certificate that cannot be used stops here
        head = self._database.events.head(draft_stream(case.case_ref))
        result = export_pack(case, _question_set(case), self._paths, signer, out_path, history_head=head,
                             progress=progress, previous=exported_case(self._database, case), seal=seal,
                             language=language or current_language())
        if record:
            record_export(self._database, None, result, case)  # documents answering it can be recognised
        return result


def answer_problems(qs: QuestionSet, question_id: str, value: Any, updated: Case) -> list[str]:
    """Why ``value`` cannot be the answer to ``question_id`` (unknown question, wrong type, wrong form)."""
    from onsshare_desktop.domain.case_io import case_problems
    from onsshare_desktop.domain.conditions import is_answered
    from onsshare_desktop.domain.validation import validate_question

    try:
        question = qs.question(question_id)
    except KeyError:
        return [_("{id}: no such question in {form} {version}").format(id=question_id, form=qs.form_id,
                                                                        version=qs.version)]
    if question.type == "attachments":
        return [_("{id}: attachments are added with 'attach'").format(id=question_id)]
    schema = case_problems(json.loads(json.dumps(updated.to_json())), qs)
    where = f"$.answers.{question_id}"
    relevant = [p for p in schema if p.path == where or p.path.startswith((where + ".", where + "["))]
    if relevant:
        return [str(p) for p in relevant]
    if not is_answered(value):
        return []
    return [f"{path}: {message}" for path, message in validate_question(question, value)
            if message != _("Required.")]


__all__ = ["AttachmentFileError", "InvalidCaseError", "PackExport", "RequestService", "answer_problems"]
