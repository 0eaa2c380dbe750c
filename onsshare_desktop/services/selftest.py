"""The installation check behind ``self-test``: database, keyring and the pack pipeline, in a throwaway folder."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from onsshare_desktop.i18n import _, ngettext
from onsshare_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from onsshare_desktop.domain.questions import QuestionSet

Say = Callable[[str], None]


class SelfTestFailed(ServiceError):
    """A part of this installation does not work; the message names it."""


def run_self_test(say: Say) -> None:
    """Check every part in a temporary folder, saying one line per part; ``SelfTestFailed`` names what broke."""
    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.questions import ROLE_TITLE, load_question_set
    from onsshare_desktop.identity.secrets import keyring_status
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.database import open_database

    with tempfile.TemporaryDirectory(prefix="onsshare-self-test-") as tmp:
        qs = load_question_set()
        say(ngettext("question set: {id} {version}, {n} section", "question set: {id} {version}, {n} sections",
                     len(qs.sections)).format(id=qs.form_id, version=qs.version,
                                                                  n=len(qs.sections)))
        database = open_database(DataPaths(Path(tmp)))
        try:
            draft_id = database.drafts.create(Case.new(qs).with_role_answer(ROLE_TITLE, "self-test"))
            if database.drafts.get(draft_id).case.title != "self-test":
                raise SelfTestFailed(_("database: a saved draft did not read back"))
            say(_("database: ok (fresh SQLite file, migrated, draft saved and read back)"))
        finally:
            database.close()
        _pack_round_trip(Path(tmp), qs, say)
        status = keyring_status()
        say(_("keyring: {backend} ({secure})").format(
            backend=status.backend,
            secure=_("secure") if status.secure else _("not secure: passphrases will be asked for")))


def _pack_round_trip(folder: Path, qs: QuestionSet, say: Say) -> None:
    """Render, sign and verify a pack (its pages checked by re-rendering them) with a throwaway key; a copy changed
    after signing must be refused."""
    from datetime import UTC, datetime

    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.case_io import dump_case
    from onsshare_desktop.domain.questions import ROLE_ORGANISATION, ROLE_TITLE
    from onsshare_desktop.identity.store import IdentityStore
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.export import build_signed_pack
    from onsshare_desktop.pack.verify import Verdict, verify_pack

    store = IdentityStore(folder / "identity")
    store.create("Self Test", "onsshare-desktop", "self-test@example.invalid", "self-test passphrase")
    signer = store.unlock("self-test passphrase")
    case = Case.new(qs).with_role_answer(ROLE_TITLE, "self-test").with_role_answer(ROLE_ORGANISATION, "self-test")
    pack = build_signed_pack(case, qs, signer, {}, now=datetime.now(UTC).replace(microsecond=0))
    trust = TrustStore(folder / "trust", extra=[signer.certificate])
    report = verify_pack(pack.pdf, trust)
    if report.verdict is not Verdict.TRUSTED or report.case_bytes != dump_case(case, qs):
        raise SelfTestFailed(_("pack: a freshly signed pack did not verify ({reason})").format(reason=report.reason))
    if verify_pack(pack.pdf + b"\n%%EOF\n", trust).verdict is not Verdict.REFUSED:
        raise SelfTestFailed(_("pack: a pack changed after signing was not refused"))
    say(_("pack: ok ({n}-page pack rendered, signed with a throwaway ECDSA key and verified; a copy changed "
          "after signing was refused)").format(n=pack.page_count))
