"""Per-section review annotations: a status and a comment, with who wrote it and when."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from onsshare_desktop.i18n import _

GENERAL = "general"  # the section id of the general comment


class SectionStatus(StrEnum):
    NOT_ASSESSED = "not_assessed"
    ACCEPTABLE = "acceptable"
    NEEDS_MORE_INFORMATION = "needs_more_information"
    CONCERN = "concern"


SECTION_STATUS_LABELS: dict[SectionStatus, str] = {
    SectionStatus.NOT_ASSESSED: _("Not assessed"),
    SectionStatus.ACCEPTABLE: _("Acceptable"),
    SectionStatus.NEEDS_MORE_INFORMATION: _("Needs more information"),
    SectionStatus.CONCERN: _("Concern"),
}


@dataclass(frozen=True)
class Annotation:
    """The screener's view of one section (or ``GENERAL``) of the case."""

    section_id: str
    status: SectionStatus
    comment: str
    author: str
    at: datetime
    version: int = field(default=0, compare=False)  # the stored row's version (0: never saved), for conflicts
