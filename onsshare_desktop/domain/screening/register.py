"""Read models of the screener's register, its filter, and the columns a received case contributes to it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NamedTuple

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import (
    ROLE_DATASET_NAME, ROLE_DATASETS, ROLE_LEGAL_GATEWAY, ROLE_ORGANISATION_TYPE, ROLE_PUBLIC_BENEFIT, ROLE_PURPOSE,
    ROLE_PURPOSE_DESCRIPTION, ROLE_RETENTION, QuestionSet,
)
from onsshare_desktop.domain.screening.annotations import Annotation
from onsshare_desktop.domain.screening.checklist import ChecklistAnswer
from onsshare_desktop.domain.screening.stages import Stage
from onsshare_desktop.domain.screening.triage import TriageAssessment
from onsshare_desktop.i18n import ENGLISH, LANGUAGES, Labels, N_


class RegisterStatus(StrEnum):
    """The register's status filter, orthogonal to the stage."""

    SIGNER_NOT_CONFIRMED = "signer_not_confirmed"
    OPEN = "open"
    CLOSED = "closed"
    SUPERSEDED = "superseded"


FILTER_STATUSES = (RegisterStatus.SIGNER_NOT_CONFIRMED, RegisterStatus.OPEN, RegisterStatus.CLOSED)
"""The statuses the register filters by: it lists each case once, at its latest version, so never a superseded
one (a superseded version is listed among its case's versions)."""

REGISTER_STATUS_LABELS: Labels[RegisterStatus] = Labels({
    RegisterStatus.SIGNER_NOT_CONFIRMED: N_("Signer not confirmed"),
    RegisterStatus.OPEN: N_("Open"),
    RegisterStatus.CLOSED: N_("Closed"),
    RegisterStatus.SUPERSEDED: N_("Superseded by a later version"),
})


@dataclass(frozen=True)
class CaseColumns:
    """What the register shows and searches for a case, taken from its answers once at import."""

    title: str
    organisation: str
    org_type: str
    datasets: str
    purpose: str
    legal_gateway: str
    public_benefit: str
    retention: str


def _text(value: Any) -> str:
    return str(value or "").strip()


def case_columns(case: Case, qs: QuestionSet) -> CaseColumns:
    """The register's columns, read from the answers to the questions playing each role in ``qs``."""
    answers: Mapping[str, Any] = case.answers
    org_type = qs.text_for(ROLE_ORGANISATION_TYPE, answers)
    org_type_id = qs.role(ROLE_ORGANISATION_TYPE)
    if org_type and org_type_id:
        org_type = qs.question(org_type_id).choice_label(org_type)
    datasets = qs.answer_for(ROLE_DATASETS, answers) or []
    name_field = qs.role(ROLE_DATASET_NAME) or ""
    names = "; ".join(_text(d.get(name_field)) for d in datasets if isinstance(d, Mapping))
    purpose = qs.text_for(ROLE_PURPOSE_DESCRIPTION, answers)
    purpose_id = qs.role(ROLE_PURPOSE)
    if purpose_id and answers.get(purpose_id):
        purpose = f"{qs.question(purpose_id).choice_label(str(answers[purpose_id]))}: {purpose}".rstrip(": ")
    return CaseColumns(
        title=case.title[:300], organisation=case.organisation[:300], org_type=org_type[:60], datasets=names,
        purpose=purpose, legal_gateway=qs.text_for(ROLE_LEGAL_GATEWAY, answers),
        public_benefit=qs.text_for(ROLE_PUBLIC_BENEFIT, answers),
        retention=qs.text_for(ROLE_RETENTION, answers)[:300])


@dataclass(frozen=True)
class RegisterFilter:
    """The register's filters; empty values mean "any". ``text`` searches reference, title, organisation,
    datasets and signer."""

    stages: frozenset[Stage] = frozenset()
    status: RegisterStatus | None = None
    organisation: str = ""
    received_from: date | None = None
    received_to: date | None = None
    text: str = ""


class RegisterRow(NamedTuple):
    """One received pack as the register lists it (a NamedTuple: the register builds 10,000 of them, three times
    faster than frozen dataclasses).

    The register lists each case once, by its latest version; ``versions`` is how many packs of the case have been
    received (its earlier versions included; 1 where the register did not count them).
    """

    id: int
    case_ref: str
    version: int
    title: str
    organisation: str
    org_type: str
    stage: Stage
    signer_name: str
    signer_fingerprint: str
    signer_confirmed: bool
    superseded: bool
    imported_at: datetime
    sha256: str
    versions: int = 1

    @property
    def status(self) -> RegisterStatus:
        if self.superseded:
            return RegisterStatus.SUPERSEDED
        if self.stage in (Stage.DECLINED, Stage.PUBLISHED, Stage.EXEMPT):  # a returned case stays open
            return RegisterStatus.CLOSED
        if not self.signer_confirmed:
            return RegisterStatus.SIGNER_NOT_CONFIRMED
        return RegisterStatus.OPEN


@dataclass(frozen=True)
class HistoryEntry:
    """One event of a case's history: who, when, what (``kind`` and its details)."""

    seq: int
    kind: str
    actor: str
    at: datetime
    details: Mapping[str, Any]
    hash: str


@dataclass(frozen=True)
class ReceivedCase:
    """Everything the review workspace shows about one received pack."""

    row: RegisterRow
    case: Case
    previous_id: int | None
    annotations: Mapping[str, Annotation] = field(default_factory=dict)
    checklist: Mapping[str, ChecklistAnswer] = field(default_factory=dict)
    triage: tuple[TriageAssessment, ...] = ()
    history: tuple[HistoryEntry, ...] = ()
    row_version: int = field(default=0, compare=False)  # the pack row's version when read: a move is based on it

    @property
    def language(self) -> str:
        """The language the requester wrote the pack in (its manifest's, noted when it was imported; English for
        packs imported before languages were noted, which were all English)."""
        for entry in self.history:
            if entry.kind == "pack_imported" and entry.details.get("sha256") == self.row.sha256:
                language = entry.details.get("language")
                return language if language in LANGUAGES else ENGLISH
        return ENGLISH


@dataclass(frozen=True)
class TransparencyEntry:
    """One line of the published transparency register of data shares."""

    reference: str
    organisation: str
    organisation_type: str
    datasets: str
    purpose: str
    legal_gateway: str
    public_benefit: str
    start: str
    end: str
    status: str
    exemption: str
    outputs: str = ""  # published outputs from the benefits report, "title <url> (date)", separated by "; "


TRANSPARENCY_COLUMNS = ("Reference", "Organisation", "Organisation type", "Datasets", "Purpose", "Legal gateway",
                        "Public benefit", "Start", "End", "Status", "Exemption", "Outputs")
