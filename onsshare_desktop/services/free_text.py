"""Free text a person types into a use case (a comment, a note, conditions, a response, a name) is checked as it
enters.

A control character in it (``domain.control_chars``) would be refused later anyway, when a signed document carrying
the text is made or verified; refusing it at entry names the field while the person still has the text in front of
them, and nothing is written. The window and the command line both come through here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from onsshare_desktop.domain.control_chars import control_message
from onsshare_desktop.i18n import N_, _
from onsshare_desktop.services.errors import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from onsshare_desktop.domain.screening.stages import Move

# Translators: the names of the texts a person types, in "the {what} contains the control character …".
COMMENT = N_("comment")
NOTE = N_("note")
RISKS = N_("risks")
BENEFITS = N_("benefits")
CONDITIONS = N_("conditions")
EXCEPTION = N_("exception")
DECISION_MAKER = N_("decision-maker's name")
REQUEST = N_("request")
RESPONSE = N_("response")
MESSAGE = N_("message")
OUTPUT_TITLE = N_("output's title")
OUTPUT_LINK = N_("output's link")
OUTPUT_DATE = N_("output's date")
NAME = N_("name")
ORGANISATION = N_("organisation")
EMAIL = N_("e-mail address")
REFERENCE = N_("reference")


def refuse_control_characters(*texts: tuple[str, str | None]) -> None:
    """Refuse text that carries a control character, before anything is written.

    Args:
        texts: ``(what, text)`` pairs, ``what`` one of this module's names (untranslated); None or empty text passes.

    Raises:
        InvalidInputError: the first text with a control character, named with the character and where it is
            (the reason ``domain.control_chars.control_message`` gives everywhere in the app).
    """
    problem = control_character_problem(*texts)
    if problem is not None:
        raise InvalidInputError(problem)


def control_character_problem(*texts: tuple[str, str | None]) -> str | None:
    """What ``refuse_control_characters`` would refuse, in words (for a form that says it as the person types);
    None when every text is fine."""
    for what, text in texts:
        problem = control_message(text or "")
        if problem is not None:
            return _("the {what} {problem}").format(what=_(what), problem=problem)
    return None


def refuse_move_texts(move: "Move") -> None:
    """``refuse_control_characters`` over what a stage move carries in words: its note, the decision-maker's name,
    the conditions of an approval and the exception authorised."""
    refuse_control_characters((NOTE, move.note), (DECISION_MAKER, move.decider_name), (CONDITIONS, move.conditions),
                              (EXCEPTION, move.exception))


def refuse_benefits_texts(benefits: str, outputs: "Sequence[Sequence[str]]") -> None:
    """``refuse_control_characters`` over a benefits report's text and its outputs (title, link, date)."""
    named = (OUTPUT_TITLE, OUTPUT_LINK, OUTPUT_DATE)
    refuse_control_characters((BENEFITS, benefits), *(pair for output in outputs for pair in zip(named, output)))
