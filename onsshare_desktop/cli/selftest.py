"""``self-test``: prove this installation works, in a throwaway folder, by touching every part a user reaches.

Each check is a function in ``CHECKS``: it takes the shared ``SelfTest`` (a temporary folder and what earlier checks
made) and returns one line saying what it saw, or raises. A failing check does not stop the others; the command
exits 1 if any failed. To cover a new part of the app (a database driver, a catalogue, a window), write a check and
add it to ``CHECKS``: the frozen bundle's test runs ``self-test`` too, so the bundle is checked with it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onsshare_desktop.cli.context import CliContext
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _

if TYPE_CHECKING:
    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.questions import QuestionSet
    from onsshare_desktop.identity.store import UnlockedIdentity
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.export import SignedPack

PASSPHRASE = "self-test passphrase"


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("self-test", help=_("check this installation in a temporary folder"))
    p.add_argument("--only", metavar="CHECK", action="append", choices=[name for name, _check in CHECKS],
                   help=_("run only this check (repeatable): {names}").format(
                       names=", ".join(name for name, _check in CHECKS)))
    p.set_defaults(handler=self_test)


@dataclass
class SelfTest:
    """The temporary folder the checks work in, and what one check makes for a later one."""

    folder: Path
    _question_set: "QuestionSet | None" = None
    _signer: "UnlockedIdentity | None" = None
    _case: "Case | None" = None
    _pack: "SignedPack | None" = None

    @property
    def question_set(self) -> "QuestionSet":
        if self._question_set is None:
            from onsshare_desktop.domain.questions import load_question_set

            self._question_set = load_question_set()
        return self._question_set

    @property
    def signer(self) -> "UnlockedIdentity":
        """A throwaway ECDSA identity, made (encrypted, then unlocked) the way ``identity create`` makes one."""
        if self._signer is None:
            from onsshare_desktop.identity.store import IdentityStore

            store = IdentityStore(self.folder / "identity")
            store.create("Self Test", "onsshare-desktop", "self-test@example.invalid", PASSPHRASE)
            self._signer = store.unlock(PASSPHRASE)
        return self._signer

    def trust(self) -> "TrustStore":
        from onsshare_desktop.identity.trust import TrustStore

        return TrustStore(self.folder / "trust", extra=[self.signer.certificate])

    def case(self) -> "Case":
        """A new draft case with a title and an organisation (made once: a new case gets a new reference)."""
        if self._case is None:
            from onsshare_desktop.domain.case import Case

            self._case = Case.new(self.question_set).with_answer("project_title", "self-test").with_answer(
                "org_name", "self-test")
        return self._case

    def signed_pack(self) -> "SignedPack":
        """A one-page pack of ``case()``, rendered and signed by ``signer`` (made once)."""
        if self._pack is None:
            from onsshare_desktop.pack.export import build_signed_pack

            self._pack = build_signed_pack(self.case(), self.question_set, self.signer, {}, now=_now(),
                                           cover_only=True)
        return self._pack

    def data_paths(self, name: str) -> Any:
        from onsshare_desktop.paths import DataPaths

        return DataPaths(self.folder / name)


def check_resources(run: SelfTest) -> str:
    """The question set, the example cases (validated against the schema), help pages and catalogues if shipped."""
    import gettext

    from onsshare_desktop.domain.case_io import load_case
    from onsshare_desktop.resources import resource_path

    qs = run.question_set
    examples = sorted(resource_path("examples").glob("*.json"))
    if not examples:
        raise UserError(_("no example cases in {path}").format(path=resource_path("examples")))
    for example in examples:
        load_case(example.read_bytes())
    help_pages = [p for p in resource_path("help").rglob("*") if p.is_file()] if resource_path("help").is_dir() \
        else []
    for page in help_pages:
        page.read_bytes()
    catalogues = sorted(resource_path("locale").rglob("*.mo")) if resource_path("locale").is_dir() else []
    for catalogue in catalogues:
        with catalogue.open("rb") as fp:
            gettext.GNUTranslations(fp)
    return _("question set {id} {version} ({n} sections), {examples} example cases valid, {pages} help files, "
             "{catalogues} catalogues").format(id=qs.form_id, version=qs.version, n=len(qs.sections),
                                               examples=len(examples), pages=len(help_pages),
                                               catalogues=len(catalogues))


def check_database(run: SelfTest) -> str:
    """A fresh database is created and migrated to the newest schema; a draft is saved, and read back on reopening."""
    from onsshare_desktop.store.database import open_database
    from onsshare_desktop.store.migrate import HEAD_REVISION, current_revision

    paths = run.data_paths("database")
    database = open_database(paths)
    try:
        revision = current_revision(database.engine)
        if revision != HEAD_REVISION:
            raise UserError(_("migrated to {found}, not the newest schema {head}").format(found=revision,
                                                                                       head=HEAD_REVISION))
        draft_id = database.drafts.create(run.case())
    finally:
        database.close()
    database = open_database(paths)  # reopening checks the existing file and takes the daily backup
    try:
        if database.drafts.get(draft_id).case.title != "self-test":
            raise UserError(_("a saved draft did not read back"))
    finally:
        database.close()
    return _("fresh SQLite file migrated to {head}, draft saved, reopened and read back").format(head=HEAD_REVISION)


def check_pack(run: SelfTest) -> str:
    """Render, sign and verify a pack with a throwaway key; a copy changed after signing must be refused."""
    from onsshare_desktop.domain.case_io import dump_case
    from onsshare_desktop.pack.verify import Verdict, verify_pack

    pack = run.signed_pack()
    trust = run.trust()
    report = verify_pack(pack.pdf, trust)
    if report.verdict is not Verdict.TRUSTED or report.case_bytes != dump_case(run.case(), run.question_set):
        raise UserError(_("a freshly signed pack did not verify ({reason})").format(reason=report.reason))
    if verify_pack(pack.pdf + b"\n%%EOF\n", trust).verdict is not Verdict.REFUSED:
        raise UserError(_("a pack changed after signing was not refused"))
    return _("pack rendered (pages: {n}), signed with a throwaway ECDSA key and verified; a copy changed after "
             "signing was refused").format(n=pack.page_count)


def check_record(run: SelfTest) -> str:
    """Import the signed pack into a register, record a stage outcome, export the signed record and verify it."""
    from onsshare_desktop.domain.screening.importing import ImportStatus, import_one
    from onsshare_desktop.domain.screening.record import record_json
    from onsshare_desktop.domain.screening.stages import Move, Outcome
    from onsshare_desktop.pack.record import build_signed_record
    from onsshare_desktop.pack.verify import Verdict, verify_pack
    from onsshare_desktop.store.database import open_database

    trust = run.trust()
    paths = run.data_paths("register")
    pack_file = run.folder / "received.pdf"
    pack_file.write_bytes(run.signed_pack().pdf)
    database = open_database(paths)
    try:
        screening = database.screening
        result = import_one(pack_file, lambda data: verify_pack(data, trust),
                            lambda pack: screening.store_incoming(pack, "self-test"))
        if result.status is not ImportStatus.IMPORTED or result.pack_id is None:
            raise UserError(_("the pack was not imported ({reason})").format(reason=result.reason))
        screening.move(result.pack_id, Move(Outcome.START_FIRST_SCREENING), "self-test")
        received = screening.get(result.pack_id)
        now = _now()
        record = record_json(received, run.question_set, "self-test", now)
        signed = build_signed_record(record, received.case.form_id, received.case.form_version,
                                     screening.pack_bytes(result.pack_id), run.signer, now)
    finally:
        database.close()
    report = verify_pack(signed.pdf, trust)
    if report.verdict is not Verdict.TRUSTED or not report.is_record:
        raise UserError(_("the signed record did not verify ({reason})").format(reason=report.reason))
    return _("pack imported into a register, stage outcome recorded, signed record exported and verified")


def check_keyring(run: SelfTest) -> str:
    """Which keyring the OS offers (never fails: without a secure one, passphrases are asked for)."""
    from onsshare_desktop.identity.secrets import keyring_status

    status = keyring_status()
    return _("{backend} ({secure})").format(
        backend=status.backend,
        secure=_("secure") if status.secure else _("not secure: passphrases will be asked for"))


def check_windows(run: SelfTest) -> str:
    """The main window opens (offscreen) and fills its drafts list; the screener's register opens."""
    from onsshare_desktop.gui.selftest import check_windows as check

    return check(run.folder / "window")


CHECKS: tuple[tuple[str, Callable[[SelfTest], str]], ...] = (
    ("resources", check_resources),
    ("database", check_database),
    ("pack", check_pack),
    ("record", check_record),
    ("keyring", check_keyring),
    ("window", check_windows),
)


def self_test(args: argparse.Namespace, ctx: CliContext) -> int:
    chosen = set(args.only or [name for name, _check in CHECKS])
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="onsshare-self-test-") as tmp:
        run = SelfTest(Path(tmp))
        for name, check in CHECKS:
            if name not in chosen:
                continue
            try:
                seen = check(run)
            except UserError as err:
                failed.append(name)
                print(_("{check}: FAILED ({reason})").format(check=name, reason=err), flush=True)
            except Exception as exc:  # noqa: BLE001 - a self-test reports every failure, including our bugs
                failed.append(name)
                print(_("{check}: FAILED ({reason})").format(check=name, reason=f"{type(exc).__name__}: {exc}"),
                      flush=True)
                traceback.print_exc(file=sys.stderr)
            else:
                print(_("{check}: ok ({seen})").format(check=name, seen=seen), flush=True)
    if failed:
        raise UserError(_("self-test failed: {checks}").format(checks=", ".join(failed)))
    print("self-test ok")
    return 0


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)
