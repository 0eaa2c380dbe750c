"""Typed errors raised by the domain layer.

``UserError`` subclasses carry a message a person can act on; the GUI shows it in a dialog and the CLI prints it.
Anything else escaping the lower layers is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """Something the user or their environment can fix; ``str(err)`` is the plain-language explanation."""


class FormDefinitionError(Exception):
    """The question-set file shipped with the app is malformed (a bug in our resources, not the user's)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with some input: where (a JSON path or question id) and what, in words."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ControlCharacterProblem(Problem):
    """Text carrying a control character (see ``domain.control_chars``)."""


class InvalidCaseError(UserError):
    """A case file or answer set was refused; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
