"""One screener's work on one received case, as the review workspace does it.

``CaseReview`` reads the case, keeps what the screener types as drafts (one set per screener), and records
annotations, checklist answers, triage, stage moves and amendment requests under ``actor`` in the case's
tamper-evident history. It raises what the store raises, unchanged: ``EditConflict`` when someone else changed the
item first (``based_on`` is the version the screener saw; 0 when there was none), a ``UserError`` in plain words
when a rule refuses (a closed case, an unknown precedent, a move the stage rules forbid), and ``InvalidInputError``
(nothing recorded) when a text typed carries a control character (``services.free_text``).

The command line's counterpart, which also checks section and item ids it is given, is ``ScreeningService``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from onsshare_desktop.services import free_text
from onsshare_desktop.services.free_text import refuse_control_characters, refuse_move_texts
from onsshare_desktop.store.screening import OUTCOME_DRAFT as OUTCOME_DRAFT
from onsshare_desktop.store.screening import TRIAGE_DRAFT as TRIAGE_DRAFT
from onsshare_desktop.store.screening import annotation_draft as annotation_draft
from onsshare_desktop.store.screening import check_draft as check_draft

if TYPE_CHECKING:
    from onsshare_desktop.domain.amendments import AmendmentRequest
    from onsshare_desktop.domain.questions import QuestionSet
    from onsshare_desktop.domain.screening.annotations import Annotation, SectionStatus
    from onsshare_desktop.domain.screening.checklist import CheckAnswer, ChecklistAnswer
    from onsshare_desktop.domain.screening.register import ReceivedCase, RegisterRow
    from onsshare_desktop.domain.screening.share_records import ShareRecords
    from onsshare_desktop.domain.screening.stages import Move, StageEvent
    from onsshare_desktop.domain.screening.triage import TriageAssessment, TriageRecommendation, TriageService
    from onsshare_desktop.store.screening import ScreeningRepository as ScreeningRepository

Drafts = dict[str, dict[str, Any]]  # draft key (``annotation_draft(id)``, ``OUTCOME_DRAFT``...) -> fields as typed


def format_fingerprint(fingerprint: str) -> str:
    """A certificate fingerprint as people compare it (``AB:CD:…``)."""
    from onsshare_desktop.identity.certificates import format_fingerprint as formatted

    return formatted(fingerprint)


@dataclass(frozen=True)
class CaseState:
    """Everything the review workspace shows of a case, read in one go (on a worker thread: see ``state``).

    Attributes:
        case: the case as recorded: answers, annotations, checklist, triage, stage, history.
        drafts: the screener's drafts on it.
        requests: its amendment requests, oldest first.
        share: the records of the share and its end date.
        benefits: the benefits reports received (payloads), oldest first.
        versions: every pack received of the case, oldest version first (this one among them).
    """

    case: ReceivedCase
    drafts: Drafts
    requests: list[AmendmentRequest]
    share: ShareRecords
    benefits: list[dict[str, object]]
    versions: list[RegisterRow]


class CaseReview:
    """The received pack ``pack_id`` in ``repository``, worked on by ``actor`` (``Name <email>``).

    ``actor`` may change while the case is open (the screener sets up who they are): what is recorded from then on
    is theirs. Each method is one short transaction.
    """

    def __init__(self, repository: ScreeningRepository, pack_id: int, actor: str) -> None:
        self.repository = repository  # also read by ``services.roundtrip`` (requests, version changes, share records)
        self.pack_id = pack_id
        self.actor = actor

    # -- reading -----------------------------------------------------------------------------------------------

    def case(self) -> ReceivedCase:
        """The case as recorded now: answers, annotations, checklist, triage, history."""
        return self.repository.get(self.pack_id)

    def state(self, author: str) -> CaseState:
        """The case and everything around it the workspace shows, with ``author``'s drafts."""
        from onsshare_desktop.services.roundtrip import benefits_of, case_requests, share_records

        case = self.case()
        ref = case.row.case_ref
        return CaseState(case, self.drafts(author), case_requests(self.repository, ref),
                         share_records(self.repository, ref), benefits_of(self.repository, ref),
                         self.repository.versions_of(ref))

    def row_of(self, pack_id: int) -> RegisterRow:
        """The register row of any received pack (an earlier version of this case, say)."""
        return self.repository.get_row(pack_id)

    def case_refs(self) -> list[str]:
        """Every case reference in the register (precedents are chosen from them)."""
        return self.repository.case_refs()

    # -- drafts: what is typed, before it is recorded --------------------------------------------------------------

    def drafts(self, author: str) -> Drafts:
        """``author``'s drafts on this case."""
        return self.repository.drafts(self.pack_id, author)

    def save_drafts(self, values: Drafts, author: str) -> None:
        """Keep ``values`` as ``author``'s drafts (no history event), in one transaction."""
        self.repository.save_drafts(self.pack_id, values, author)

    def discard_draft(self, key: str, author: str) -> None:
        """Forget ``author``'s draft ``key`` (the form is back to what is recorded)."""
        self.repository.discard_draft(self.pack_id, key, author)

    # -- recording ---------------------------------------------------------------------------------------------

    def annotate(self, section_id: str, status: SectionStatus, comment: str,
                 based_on: int | None = None) -> Annotation:
        """Record a section's status and comment (``annotations.GENERAL``: the general comment); removes the
        section's draft."""
        refuse_control_characters((free_text.COMMENT, comment))
        return self.repository.annotate(self.pack_id, section_id, status, comment, self.actor, based_on=based_on)

    def answer_check(self, item_id: str, answer: CheckAnswer, note: str,
                     based_on: int | None = None) -> ChecklistAnswer:
        """Record the answer to a checklist item; removes its draft."""
        refuse_control_characters((free_text.NOTE, note))
        return self.repository.answer_check(self.pack_id, item_id, answer, note, self.actor, based_on=based_on)

    def assess(self, service: TriageService, risks: str, benefits: str, recommendation: TriageRecommendation,
               precedents: tuple[str, ...]) -> TriageAssessment:
        """Record a triage assessment for ``service``; ``precedents`` must be case references in the register."""
        refuse_control_characters((free_text.RISKS, risks), (free_text.BENEFITS, benefits))
        return self.repository.assess(self.pack_id, service, risks, benefits, recommendation, precedents,
                                      self.actor)

    def preview_move(self, move: Move) -> StageEvent:
        """What ``move`` would record now (from and to which stage), without recording it; ``MoveRefused`` with
        the rule's reason when the stage rules forbid it, ``InvalidInputError`` when its texts carry a control
        character (ask the screener nothing then)."""
        from onsshare_desktop.domain.screening.stages import apply

        refuse_move_texts(move)

        return apply(self.repository.state(self.pack_id), move, self.actor, datetime.now(UTC))[1]

    def move(self, move: Move, based_on: int | None = None) -> StageEvent:
        """Apply a stage outcome and record it; ``based_on`` is the case's ``row_version`` the screener saw."""
        refuse_move_texts(move)
        return self.repository.move(self.pack_id, move, self.actor, based_on=based_on)

    def request_amendment(self, question_set: QuestionSet, section_id: str, target: str,
                          text: str) -> AmendmentRequest:
        """Record a request to the requester: about the whole section ``section_id`` when ``target`` is it, else
        about the question (or section) ``target`` names. It goes out in the next return note.

        Raises:
            UserError: no text, or a target the question set does not have (nothing recorded).
        """
        from onsshare_desktop.domain.amendments import (
            REQUEST_ADDED, new_request, request_from_annotation, request_payload, resolve_target,
        )

        refuse_control_characters((free_text.REQUEST, text))
        row = self.repository.get_row(self.pack_id)
        now = datetime.now(UTC)
        if target == section_id:
            request = request_from_annotation(row.case_ref, row.sha256, section_id, text, self.actor, now)
        else:  # one question of the section: shown beside it in the requester's draft
            request = new_request(row.case_ref, row.sha256, resolve_target(question_set, target), text,
                                  self.actor, now)
        self.repository.record_case_event(row.case_ref, REQUEST_ADDED, self.actor, request_payload(request))
        return request

    def withdraw_request(self, request_id: str) -> AmendmentRequest:
        """Withdraw the open request ``request_id`` of this case (it leaves the next return note).

        Raises:
            UserError: the case has no such request (nothing recorded).
        """
        from onsshare_desktop.services.roundtrip import withdraw_request

        return withdraw_request(self.repository, self.repository.get_row(self.pack_id).case_ref, request_id,
                                self.actor)
