"""Triage: each service the policy names assesses the risks and benefits of the share and recommends."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from onsshare_desktop.i18n import Labels, N_


class TriageService(StrEnum):
    INFORMATION_ASSET_OWNER = "information_asset_owner"
    DATA_ACCESS_AND_OPERATIONS = "data_access_and_operations"
    DATA_PROTECTION = "data_protection"
    SECURITY = "security"
    LEGAL_SERVICES = "legal_services"
    ETHICS = "ethics"
    COMMUNICATIONS = "communications"


TRIAGE_SERVICE_LABELS: Labels[TriageService] = Labels({
    TriageService.INFORMATION_ASSET_OWNER: N_("Information Asset Owner"),
    TriageService.DATA_ACCESS_AND_OPERATIONS: N_("Data Access and Operations"),
    TriageService.DATA_PROTECTION: N_("Data Protection"),
    TriageService.SECURITY: N_("Security"),
    TriageService.LEGAL_SERVICES: N_("Legal Services"),
    TriageService.ETHICS: N_("Ethics"),
    TriageService.COMMUNICATIONS: N_("Communications"),
})


class TriageRecommendation(StrEnum):
    SUPPORT = "support"
    SUPPORT_WITH_CONDITIONS = "support_with_conditions"
    DO_NOT_SUPPORT = "do_not_support"


TRIAGE_RECOMMENDATION_LABELS: Labels[TriageRecommendation] = Labels({
    TriageRecommendation.SUPPORT: N_("Support"),
    TriageRecommendation.SUPPORT_WITH_CONDITIONS: N_("Support with conditions"),
    TriageRecommendation.DO_NOT_SUPPORT: N_("Do not support"),
})


@dataclass(frozen=True)
class TriageAssessment:
    """One service's assessment; ``precedents`` are case references of earlier cases in the register."""

    service: TriageService
    risks: str
    benefits: str
    recommendation: TriageRecommendation
    precedents: tuple[str, ...]
    assessor: str
    at: datetime
    version: int = field(default=0, compare=False)  # the stored row's version (0: never saved), for conflicts


def missing_services(assessments: list[TriageAssessment]) -> list[TriageService]:
    """The services that have not yet recorded an assessment, in the policy's order."""
    done = {a.service for a in assessments}
    return [s for s in TriageService if s not in done]
