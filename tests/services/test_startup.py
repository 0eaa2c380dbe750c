"""Opening a data folder for the window (``services.startup``): the lock, the quick drafts list, a damaged database
recognised, a backup restored and opened."""

from __future__ import annotations

import pytest

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.services import startup
from onsshare_desktop.store.backups import backup_database
from onsshare_desktop.store.lock import DataFolderInUse, DataFolderLock
from tests.store.test_integrity import _damage


def _titles(services) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(d.title for d in services.requests.list())


def _add(services, title: str) -> None:  # type: ignore[no-untyped-def]
    services.requests.create(Case.new(load_question_set()).with_answer("project_title", title))


def test_open_takes_the_lock_and_opens_the_database(data_paths: DataPaths) -> None:
    lock = startup.folder_lock(data_paths)
    assert not lock.held and startup.quick_drafts(data_paths.database) is None  # nothing there yet
    services = startup.open_services(data_paths, lock)
    try:
        assert lock.held and services.database_open
        _add(services, "Housing study")
        with pytest.raises(DataFolderInUse):
            DataFolderLock(data_paths).acquire()  # as a second copy of the app would
        assert [d.title for d in startup.quick_drafts(data_paths.database) or []] == ["Housing study"]
    finally:
        services.close()
        lock.release()


def test_a_damaged_database_is_recognised_and_a_backup_restored_and_opened(data_paths: DataPaths) -> None:
    lock = startup.folder_lock(data_paths)
    services = startup.open_services(data_paths, lock)
    _add(services, "Saved yesterday")
    services.close()
    backup_database(data_paths.database, data_paths.backups, "daily")
    services = startup.open_services(data_paths, lock)
    _add(services, "Typed today")
    services.close()
    _damage(data_paths.database)
    try:
        with pytest.raises(Exception) as raised:
            startup.open_services(data_paths, lock)
        damaged = startup.damaged_database(raised.value)
        assert damaged is not None and damaged.latest_backup is not None
        assert startup.damaged_database(ValueError("not a database problem")) is None
        assert [b.reason for b in startup.backups(data_paths)] == ["daily"]

        services = startup.restore_and_open(data_paths, lock, damaged.latest_backup)
        assert _titles(services) == ["Saved yesterday"]
        services.close()
    finally:
        lock.release()
