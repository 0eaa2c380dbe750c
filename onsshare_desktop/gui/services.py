"""The services a window needs, built once by ``gui.app`` and handed down through constructors."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported for typing only: SQLAlchemy must not load before the first window shows
    from onsshare_desktop.domain.questions import QuestionSet
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.services.container import Database, SecretStore, Services


@dataclass(frozen=True)
class AppServices:
    """Everything windows use: the data folder, the open database, the question set and the secret store.

    ``secrets_secure`` says whether passphrases may be remembered (a secure OS keyring is available).

    Built off the UI thread after the main window is shown (opening it imports SQLAlchemy and may migrate).
    """

    paths: DataPaths
    database: Database
    question_set: QuestionSet
    secrets: SecretStore
    secrets_secure: bool

    @cached_property
    def use_cases(self) -> Services:
        """The services layer over this data folder and database: every use case the windows run."""
        from onsshare_desktop.services.container import Services

        return Services(self.paths, self.secrets, self.database)
