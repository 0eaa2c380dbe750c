"""The child of the crash test: saves drafts in a loop and acknowledges each save after it is committed.

Each acknowledgement is one ``write()`` of one line to an append-only file, made only after the repository
call returned (so after COMMIT): a line in the file is a promise that the save is durable.
"""

from __future__ import annotations

import os
from pathlib import Path


def save_loop(data_dir: str, run: int, ack_file: str) -> None:
    """Create and then edit drafts forever (until killed), acknowledging each committed save."""
    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.database import open_database

    database = open_database(DataPaths(Path(data_dir)), daily_backup=False)
    question_set = load_question_set()
    ack = os.open(ack_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    n = 0
    while True:
        n += 1
        case = Case.new(question_set).with_answer("project_title", f"run {run} save {n}")
        draft_id = database.drafts.create(case)
        database.drafts.save(draft_id, case.with_answer("org_name", f"org {run}.{n}"))
        if n % 5 == 0:
            database.drafts.delete(draft_id)
        os.write(ack, f"{run} {n} {draft_id} {case.case_ref} {int(n % 5 == 0)}\n".encode("ascii"))


def save_many(data_dir: str, name: str, count: int, shared: int, ack_file: str) -> None:
    """Save ``count`` new drafts, and edit the ``shared`` one each time, while another process does the same."""
    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.database import open_database

    database = open_database(DataPaths(Path(data_dir)), daily_backup=False)
    question_set = load_question_set()
    ack = os.open(ack_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    for n in range(count):
        case = Case.new(question_set).with_answer("project_title", f"{name} {n}")
        draft_id = database.drafts.create(case)
        database.drafts.save(draft_id, case.with_answer("org_name", name))
        database.drafts.save(shared, database.drafts.get(shared).case.with_answer("org_name", f"{name} {n}"))
        os.write(ack, f"{name} {n} {draft_id}\n".encode("ascii"))
    database.close()


def restore_loop(data_dir: str, backups: list[str], ack_file: str) -> None:
    """Restore the given backups in turn forever (until killed), acknowledging each completed restore."""
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.backups import restore_backup
    from onsshare_desktop.store.lock import DataFolderLock

    paths = DataPaths(Path(data_dir))
    ack = os.open(ack_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    n = 0
    with DataFolderLock(paths):
        while True:
            which = n % len(backups)
            restore_backup(paths, Path(backups[which]))
            os.write(ack, f"{n} {which}\n".encode("ascii"))
            n += 1
