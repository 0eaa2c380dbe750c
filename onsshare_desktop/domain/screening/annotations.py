"""Per-section review annotations: a status and a comment, with who wrote it and when."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from onsshare_desktop.i18n import Labels, N_

GENERAL = "general"  # the section id of the general comment


class SectionStatus(StrEnum):
    NOT_ASSESSED = "not_assessed"
    ACCEPTABLE = "acceptable"
    NEEDS_MORE_INFORMATION = "needs_more_information"
    CONCERN = "concern"


SECTION_STATUS_LABELS: Labels[SectionStatus] = Labels({
    SectionStatus.NOT_ASSESSED: N_("Not assessed"),
    SectionStatus.ACCEPTABLE: N_("Acceptable"),
    SectionStatus.NEEDS_MORE_INFORMATION: N_("Needs more information"),
    SectionStatus.CONCERN: N_("Concern"),
})


@dataclass(frozen=True)
class Annotation:
    """The screener's view of one section (or ``GENERAL``) of the case."""

    section_id: str
    status: SectionStatus
    comment: str
    author: str
    at: datetime
    version: int = field(default=0, compare=False)  # the stored row's version (0: never saved), for conflicts
