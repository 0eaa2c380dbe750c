"""The register of received cases as the screener's window lists it: filtered rows, how many there are in all, a
cheap stamp to poll for other screeners' changes, and the transparency register to publish.

``ScreeningService`` (the command line's) writes the transparency register through this too, so both give the same
CSV.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onsshare_desktop.domain.screening.register import RegisterFilter

if TYPE_CHECKING:
    from onsshare_desktop.domain.screening.register import RegisterRow
    from onsshare_desktop.services.roundtrip import AfterApproval
    from onsshare_desktop.store.screening import ScreeningRepository as ScreeningRepository


class RegisterListing:
    """Read-only views of the register in ``repository`` (each one short query)."""

    def __init__(self, repository: ScreeningRepository) -> None:
        self._repository = repository

    @property
    def shared(self) -> bool:
        """True on a team server, where other screeners change the register too (poll ``stamp``)."""
        return self._repository.shared

    def stamp(self) -> tuple[Any, ...]:
        """A value that changes whenever the register does (a pack imported, moved, superseded, its signer
        confirmed): compare it with the last one to know whether to reload."""
        return self._repository.stamp()

    def rows(self, flt: RegisterFilter = RegisterFilter(),  # noqa: B008 - frozen
             limit: int | None = None) -> list[RegisterRow]:
        """The cases ``flt`` lets through, each once by its latest version, newest first (only the ``limit`` newest,
        when given); filtered and grouped in SQL."""
        return self._repository.register(flt, limit=limit)

    def versions(self, case_refs: Sequence[str]) -> dict[str, list[RegisterRow]]:
        """Every pack received for each of ``case_refs`` (the register's cases), oldest version first."""
        return self._repository.versions_by_case(list(case_refs))

    def after_approval(self, rows: Sequence[RegisterRow]) -> dict[int, AfterApproval]:
        """For each approved, current row of ``rows`` (by pack id): the records and benefits reports still
        missing (see ``services.roundtrip.after_approval``)."""
        from onsshare_desktop.services.roundtrip import after_approval

        return after_approval(self._repository, rows)

    def count(self) -> int:
        """How many cases the register holds, whatever the filter (each once, however many versions arrived)."""
        return self._repository.count()

    def transparency_csv(self) -> tuple[str, int]:
        """The transparency register (approved, published shares) as CSV text, and how many shares it lists."""
        from onsshare_desktop.domain.screening.transparency import transparency_csv

        entries = self._repository.transparency_entries()
        return transparency_csv(entries), len(entries)

    def write_transparency_csv(self, target: Path) -> int:
        """Write the transparency register to ``target`` (UTF-8, CSV line ends); how many shares it lists.

        Raises:
            OSError: the file could not be written.
        """
        text, count = self.transparency_csv()
        target.write_text(text, encoding="utf-8", newline="")
        return count
