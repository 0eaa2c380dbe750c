"""The start-up drafts list read with plain sqlite3 matches the repository's list, or steps aside."""

from __future__ import annotations

import sqlite3

import pytest

from onsshare_desktop.domain.case_io import load_case
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.resources import resource_path
from onsshare_desktop.store.quick_list import read_drafts_list

pytestmark = pytest.mark.sqlite_only  # it reads the SQLite file directly


def _examples() -> list:
    return [load_case(p.read_bytes()) for p in sorted(resource_path("examples").glob("*.json"))]


def test_reads_the_same_list_as_the_repository(database, data_paths: DataPaths) -> None:
    ids = [database.drafts.create(case.copy_as_new()) for case in _examples() * 2]
    database.drafts.delete(ids[1])
    database.drafts.save(ids[0], database.drafts.get(ids[0]).case.with_answer("project_title", "Edited last"))
    expected = database.drafts.list()
    assert read_drafts_list(data_paths.database) == expected
    assert [d.id for d in expected][0] == ids[0] and ids[1] not in [d.id for d in expected]


def test_steps_aside_without_an_up_to_date_database(database, data_paths: DataPaths, tmp_path) -> None:
    assert read_drafts_list(tmp_path / "missing.sqlite3") is None
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_bytes(b"these are not the drafts you are looking for" * 100)
    assert read_drafts_list(not_a_database) is None
    database.close()
    with sqlite3.connect(data_paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert read_drafts_list(data_paths.database) is None
