"""What the drafts list and the wizard see of a stored draft (plain dataclasses, filled by ``store.drafts``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from onsshare_desktop.domain.case import Case


@dataclass(frozen=True)
class DraftSummary:
    """One line of the drafts list."""

    id: int
    case_ref: str
    title: str
    organisation: str
    completeness: int
    updated_at: datetime
    deleted_at: datetime | None


@dataclass(frozen=True)
class Draft:
    """A draft with its case, as the wizard edits it."""

    id: int
    case: Case
    updated_at: datetime
    deleted_at: datetime | None
