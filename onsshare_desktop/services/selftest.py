"""The installation check behind ``self-test``: every part a user reaches, in a throwaway folder.

Each check in ``CHECKS`` is a function that takes the shared ``SelfTest`` (a temporary folder and what the checks
make along the way) and returns one line saying what it saw, or raises. ``run_checks`` runs them in order; a
failing check does not stop the others. To cover a new part of the app (a database driver, catalogues, help pages),
write a check and add it to ``CHECKS``; the frozen bundle's test runs ``self-test`` too, so the bundle is checked
with it. The window check is Qt, so it lives in ``gui/selftest.py`` and the command line adds it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _, ngettext
from onsshare_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.questions import QuestionSet
    from onsshare_desktop.identity.store import UnlockedIdentity
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.export import SignedPack

Say = Callable[[str], None]
PASSPHRASE = "self-test passphrase"


class SelfTestFailed(ServiceError):
    """A part of this installation does not work; the message names it."""


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

            from onsshare_desktop.domain.questions import ROLE_ORGANISATION, ROLE_TITLE

            self._case = Case.new(self.question_set).with_role_answer(ROLE_TITLE, "self-test").with_role_answer(
                ROLE_ORGANISATION, "self-test")
        return self._case

    def signed_pack(self) -> "SignedPack":
        """A pack of ``case()``, rendered and signed by ``signer`` (made once)."""
        if self._pack is None:
            from onsshare_desktop.pack.export import build_signed_pack

            self._pack = build_signed_pack(self.case(), self.question_set, self.signer, {}, now=_now())
        return self._pack

    def data_paths(self, name: str) -> Any:
        from onsshare_desktop.paths import DataPaths

        return DataPaths(self.folder / name)


def check_resources(run: SelfTest) -> str:
    """The question set, the example cases (validated against the schema), help pages and catalogues if shipped."""
    import gettext

    from onsshare_desktop.domain.case_io import load_case
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.i18n import LANGUAGES
    from onsshare_desktop.resources import resource_path

    qs = run.question_set
    for language in LANGUAGES:  # every language's texts merge onto the form (a broken overlay fails here)
        load_question_set(qs.form_id, qs.version, language)
    examples = sorted(resource_path("examples").glob("*.json"))
    if not examples:
        raise SelfTestFailed(_("no example cases in {path}").format(path=resource_path("examples")))
    for example in examples:
        load_case(example.read_bytes())
    help_pages = [p for p in resource_path("help").rglob("*") if p.is_file()] if resource_path("help").is_dir() \
        else []
    for page in help_pages:
        page.read_bytes()
    catalogues = sorted(resource_path("i18n").rglob("*.mo")) if resource_path("i18n").is_dir() else []
    for catalogue in catalogues:
        with catalogue.open("rb") as fp:
            gettext.GNUTranslations(fp)
    catalogues += sorted(resource_path("i18n").glob("*.qm"))  # read by Qt: the window check loads it
    return "; ".join((
        ngettext("question set {id} {version} ({n} section)", "question set {id} {version} ({n} sections)",
                 len(qs.sections)).format(id=qs.form_id, version=qs.version, n=len(qs.sections)),
        ngettext("{n} example case valid", "{n} example cases valid", len(examples)).format(n=len(examples)),
        ngettext("{n} help file", "{n} help files", len(help_pages)).format(n=len(help_pages)),
        ngettext("{n} catalogue", "{n} catalogues", len(catalogues)).format(n=len(catalogues))))


def check_database(run: SelfTest) -> str:
    """A fresh database is created and migrated to the newest schema; a draft is saved, and read back on reopening."""
    from onsshare_desktop.store.database import open_database
    from onsshare_desktop.store.migrate import HEAD_REVISION, current_revision

    paths = run.data_paths("database")
    database = open_database(paths)
    try:
        revision = current_revision(database.engine)
        if revision != HEAD_REVISION:
            raise SelfTestFailed(_("migrated to {found}, not the newest schema {head}").format(found=revision,
                                                                                       head=HEAD_REVISION))
        draft_id = database.drafts.create(run.case())
    finally:
        database.close()
    database = open_database(paths)  # reopening checks the existing file and takes the daily backup
    try:
        if database.drafts.get(draft_id).case.title != "self-test":
            raise SelfTestFailed(_("a saved draft did not read back"))
    finally:
        database.close()
    return _("fresh SQLite file migrated to {head}, draft saved, reopened and read back").format(head=HEAD_REVISION)


def check_pack(run: SelfTest) -> str:
    """Render, sign and verify a pack (its pages checked by re-rendering them) with a throwaway key; a copy changed
    after signing must be refused."""
    from onsshare_desktop.domain.case_io import dump_case
    from onsshare_desktop.pack.verify import Verdict, verify_pack

    pack = run.signed_pack()
    trust = run.trust()
    report = verify_pack(pack.pdf, trust)
    if report.verdict is not Verdict.TRUSTED or report.case_bytes != dump_case(run.case(), run.question_set):
        raise SelfTestFailed(_("a freshly signed pack did not verify ({reason})").format(reason=report.reason))
    if verify_pack(pack.pdf + b"\n%%EOF\n", trust).verdict is not Verdict.REFUSED:
        raise SelfTestFailed(_("a pack changed after signing was not refused"))
    return ngettext("{n}-page pack rendered, signed with a throwaway ECDSA key and verified; a copy changed after "
                    "signing was refused", "{n}-page pack rendered, signed with a throwaway ECDSA key and verified; "
                    "a copy changed after signing was refused", pack.page_count).format(n=pack.page_count)


def check_record(run: SelfTest) -> str:
    """Import the signed pack into a register, record a stage outcome, export the signed record and verify it."""
    from onsshare_desktop.domain.screening.importing import ImportStatus, import_one
    from onsshare_desktop.domain.screening.record import build_record
    from onsshare_desktop.domain.screening.stages import Move, Outcome
    from onsshare_desktop.pack.record import write_record
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
            raise SelfTestFailed(_("the pack was not imported ({reason})").format(reason=result.reason))
        screening.move(result.pack_id, Move(Outcome.START_FIRST_SCREENING), "self-test")
        received = screening.get(result.pack_id)
        now = _now()
        record = build_record(received, run.question_set, "self-test", now)
        record_file = run.folder / "record.pdf"
        write_record(record, received.case.form_id, received.case.form_version, screening.pack_bytes(result.pack_id),
                     run.signer, record_file, now)
    finally:
        database.close()
    report = verify_pack(record_file, trust)
    if report.verdict is not Verdict.TRUSTED or not report.is_record:
        raise SelfTestFailed(_("the signed record did not verify ({reason})").format(reason=report.reason))
    return _("pack imported into a register, stage outcome recorded, signed record exported and verified")


KNOWN_MESSAGE = "Confirmed"  # printed in packs for a confirmed declaration: always in the gettext catalogue


def check_welsh(run: SelfTest) -> str:
    """Cymraeg: the gettext catalogue loads and translates a known message, the question set loads in Welsh, and a
    pack written in Welsh renders, signs and verifies (its pages checked again in Welsh, from its manifest) here,
    whatever this process's own language. The Qt catalogue is the window check's (``gui/selftest.py``)."""
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.i18n import WELSH, catalogue, use_language
    from onsshare_desktop.pack.export import build_signed_pack
    from onsshare_desktop.pack.verify import Verdict, verify_pack

    try:
        welsh = catalogue(WELSH).gettext(KNOWN_MESSAGE)
    except OSError as exc:
        raise SelfTestFailed(_("the Welsh catalogue could not be read ({reason})").format(reason=exc)) from exc
    if welsh == KNOWN_MESSAGE:
        raise SelfTestFailed(_("the Welsh catalogue does not translate “{text}”").format(text=KNOWN_MESSAGE))
    english_qs = run.question_set
    welsh_qs = load_question_set(english_qs.form_id, english_qs.version, WELSH)
    if welsh_qs.title == english_qs.title or welsh_qs.sections[0].title == english_qs.sections[0].title:
        raise SelfTestFailed(_("the question set has no Welsh text"))
    with use_language(WELSH):
        pack = build_signed_pack(run.case(), welsh_qs, run.signer, {}, now=_now(), language=WELSH)
    report = verify_pack(pack.pdf, run.trust())  # its pages rendered again in Welsh, from its manifest
    if report.verdict is not Verdict.TRUSTED:
        raise SelfTestFailed(_("a pack written in Welsh did not verify ({reason})").format(reason=report.reason))
    if report.manifest is None or report.manifest.language != WELSH:
        raise SelfTestFailed(_("a pack written in Welsh does not say so in its manifest"))
    return ngettext("catalogue translates “{english}” as “{welsh}”; question set in Welsh; {n}-page Welsh pack "
                    "rendered, signed and verified", "catalogue translates “{english}” as “{welsh}”; question set "
                    "in Welsh; {n}-page Welsh pack rendered, signed and verified", pack.page_count).format(
        english=KNOWN_MESSAGE, welsh=welsh, n=pack.page_count)


def check_team_database_driver(run: SelfTest) -> str:
    """The PostgreSQL driver for a team's database loads, with SQLAlchemy's dialect for it (no server is asked)."""
    import psycopg
    from sqlalchemy import create_engine

    from onsshare_desktop.store.engine import POSTGRES_DRIVER

    engine = create_engine(f"{POSTGRES_DRIVER}://self-test@localhost/self-test")  # connects only when used
    try:
        dialect = f"{engine.dialect.name}+{engine.dialect.driver}"
    finally:
        engine.dispose()
    return _("{dialect} dialect, psycopg {version} ({impl} implementation, libpq {libpq})").format(
        dialect=dialect, version=psycopg.__version__, impl=psycopg.pq.__impl__, libpq=psycopg.pq.version())


def check_keyring(run: SelfTest) -> str:
    """Which keyring the OS offers (never fails: without a secure one, passphrases are asked for)."""
    from onsshare_desktop.identity.secrets import keyring_status

    status = keyring_status()
    return _("{backend} ({secure})").format(
        backend=status.backend,
        secure=_("secure") if status.secure else _("not secure: passphrases will be asked for"))


Check = Callable[[SelfTest], str]

CHECKS: tuple[tuple[str, Check], ...] = (
    ("resources", check_resources),
    ("database", check_database),
    ("pack", check_pack),
    ("record", check_record),
    ("welsh", check_welsh),
    ("team-database", check_team_database_driver),
    ("keyring", check_keyring),
)


def run_checks(checks: Sequence[tuple[str, Check]], say: Say) -> list[tuple[str, BaseException]]:
    """Run ``checks`` in order in one temporary folder, saying ``name: ok (...)`` or ``name: FAILED (...)`` for
    each; returns the failed ones with what they raised (our bugs included: a self-test reports everything)."""
    failed: list[tuple[str, BaseException]] = []
    with tempfile.TemporaryDirectory(prefix="onsshare-self-test-") as tmp:
        run = SelfTest(Path(tmp))
        for name, check in checks:
            try:
                seen = check(run)
            except Exception as exc:  # noqa: BLE001 - reported, and the other checks still run
                failed.append((name, exc))
                reason = str(exc) if isinstance(exc, UserError) else f"{type(exc).__name__}: {exc}"
                say(_("{check}: FAILED ({reason})").format(check=name, reason=reason))
            else:
                say(_("{check}: ok ({seen})").format(check=name, seen=seen))
    return failed


def run_self_test(say: Say) -> None:
    """Run every Qt-free check; ``SelfTestFailed`` names the ones that failed."""
    failed = run_checks(CHECKS, say)
    if failed:
        raise SelfTestFailed(_("self-test failed: {checks}").format(checks=", ".join(n for n, _e in failed)))


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
