"""``self-test``: prove this installation works (database, keyring, pack pipeline) in a throwaway folder."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onsshare_desktop.cli.context import CliContext
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _

if TYPE_CHECKING:
    from onsshare_desktop.domain.questions import QuestionSet


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
        _pack_round_trip(Path(tmp), qs)
        status = keyring_status()
        print(_("keyring: {backend} ({secure})").format(
            backend=status.backend,
            secure=_("secure") if status.secure else _("not secure: passphrases will be asked for")))
    print("self-test ok")
    return 0


def _pack_round_trip(folder: Path, qs: "QuestionSet") -> None:
    """Render, sign and verify a pack (pages checked by re-rendering) with a throwaway key; a copy changed after
    signing must be refused."""
    from datetime import datetime, timezone

    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.case_io import dump_case
    from onsshare_desktop.identity.store import IdentityStore
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.export import build_signed_pack
    from onsshare_desktop.pack.verify import Verdict, verify_pack

    store = IdentityStore(folder / "identity")
    store.create("Self Test", "onsshare-desktop", "self-test@example.invalid", "self-test passphrase")
    signer = store.unlock("self-test passphrase")
    case = Case.new(qs).with_answer("project_title", "self-test").with_answer("org_name", "self-test")
    pack = build_signed_pack(case, qs, signer, {}, now=datetime.now(timezone.utc).replace(microsecond=0))
    trust = TrustStore(folder / "trust", extra=[signer.certificate])
    report = verify_pack(pack.pdf, trust)
    if report.verdict is not Verdict.TRUSTED or report.case_bytes != dump_case(case, qs):
        raise UserError(_("pack: a freshly signed pack did not verify ({reason})").format(reason=report.reason))
    if verify_pack(pack.pdf + b"\n%%EOF\n", trust).verdict is not Verdict.REFUSED:
        raise UserError(_("pack: a pack changed after signing was not refused"))
    print(_("pack: ok ({n}-page pack rendered, signed with a throwaway ECDSA key and verified; a copy changed "
            "after signing was refused)").format(n=pack.page_count))
