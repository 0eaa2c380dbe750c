"""Two screeners changing the same thing: the second is told who changed what and when, and keeps their text.

On a team server every shared row carries a version. A change is *based on* the version the screener saw; when the
stored version has moved on meanwhile, the change is refused with ``EditConflict``: it names the other screener,
what they changed and when, carries what is stored now (to show), and the refused change itself (so the screener's
own text is never lost and can be applied again on top).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from onsshare_desktop.domain.dates import local_time
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _


class EditConflict(UserError):
    """Someone else changed the same part of the case after this screener read it; nothing was saved.

    Attributes:
        what: the part of the case, in words ("the comment on section “Purpose”", "the stage").
        who: who made the other change.
        when: when they made it (aware UTC).
        current: what is stored now (an ``Annotation``, ``ChecklistAnswer``, ``TriageAssessment`` or ``Stage``).
        refused: the refused change as the screener made it (their text, to apply again).
    """

    retryable = True

    def __init__(self, what: str, who: str, when: datetime | None, current: Any = None, refused: Any = None) -> None:
        self.what, self.who, self.when, self.current, self.refused = what, who, when, current, refused
        at = local_time(when, seconds=True) if when is not None else _("a moment ago")
        super().__init__(_("{who} changed {what} at {when}, after you opened it; your change was not saved. "
                           "Their version is shown now; your own text is kept so you can apply it again.").format(
                               who=who or _("another screener"), what=what, when=at))
