from __future__ import annotations

from collections.abc import Iterator

import pytest

from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.gui.services import AppServices


@pytest.fixture
def services(database, data_paths) -> Iterator[AppServices]:
    from onsshare_desktop.identity.secrets import MemorySecretStore

    yield AppServices(paths=data_paths, database=database, question_set=load_question_set(),
                      secrets=MemorySecretStore(), secrets_secure=True)
