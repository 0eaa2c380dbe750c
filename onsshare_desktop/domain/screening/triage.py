"""Triage: each service the policy names assesses the risks and benefits of the share and recommends."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from onsshare_desktop.i18n import _


class TriageService(StrEnum):
    INFORMATION_ASSET_OWNER = "information_asset_owner"
    DATA_ACCESS_AND_OPERATIONS = "data_access_and_operations"
    DATA_PROTECTION = "data_protection"
    SECURITY = "security"
    LEGAL_SERVICES = "legal_services"
    ETHICS = "ethics"
    COMMUNICATIONS = "communications"


TRIAGE_SERVICE_LABELS: dict[TriageService, str] = {
    TriageService.INFORMATION_ASSET_OWNER: _("Information Asset Owner"),
    TriageService.DATA_ACCESS_AND_OPERATIONS: _("Data Access and Operations"),
    TriageService.DATA_PROTECTION: _("Data Protection"),
    TriageService.SECURITY: _("Security"),
    TriageService.LEGAL_SERVICES: _("Legal Services"),
    TriageService.ETHICS: _("Ethics"),
    TriageService.COMMUNICATIONS: _("Communications"),
}


class TriageRecommendation(StrEnum):
    SUPPORT = "support"
    SUPPORT_WITH_CONDITIONS = "support_with_conditions"
    DO_NOT_SUPPORT = "do_not_support"


TRIAGE_RECOMMENDATION_LABELS: dict[TriageRecommendation, str] = {
    TriageRecommendation.SUPPORT: _("Support"),
    TriageRecommendation.SUPPORT_WITH_CONDITIONS: _("Support with conditions"),
    TriageRecommendation.DO_NOT_SUPPORT: _("Do not support"),
}


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
