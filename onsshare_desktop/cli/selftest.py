"""``self-test``: prove this installation works (database, keyring, pack pipeline) in a throwaway folder."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from onsshare_desktop.cli.context import CliContext
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("self-test", help=_("check this installation in a temporary folder"))
    p.set_defaults(handler=self_test)


def self_test(args: argparse.Namespace, ctx: CliContext) -> int:
    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.identity.secrets import keyring_status
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.database import open_database

    with tempfile.TemporaryDirectory(prefix="onsshare-self-test-") as tmp:
        qs = load_question_set()
        print(_("question set: {id} {version}, {n} sections").format(id=qs.form_id, version=qs.version,
                                                                    n=len(qs.sections)))
        database = open_database(DataPaths(Path(tmp)))
        try:
            draft_id = database.drafts.create(Case.new(qs).with_answer("project_title", "self-test"))
            if database.drafts.get(draft_id).case.title != "self-test":
                raise UserError(_("database: a saved draft did not read back"))
            print(_("database: ok (fresh SQLite file, migrated, draft saved and read back)"))
        finally:
            database.close()
        status = keyring_status()
        print(_("keyring: {backend} ({secure})").format(
            backend=status.backend,
            secure=_("secure") if status.secure else _("not secure: passphrases will be asked for")))
    print("self-test ok")
    return 0
