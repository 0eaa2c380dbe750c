"""Capture the screener's first run, register, review workspace (also at 1024x700), help window and a screening
record page into docs/screenshots/.

Run under Xvfb (makes signed packs of the example cases in a throwaway data folder, imports them, screens some):

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshots/capture_screening.py [OUTPUT_FOLDER] [--lang cy]

With ``--lang cy`` the window is in Welsh (the packs' requests stay as written, in English) and the pictures in
``WELSH`` are taken, as screening-cy-*.png.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from onsshare_desktop.domain.case_io import load_case
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.annotations import GENERAL, SectionStatus
from onsshare_desktop.domain.screening.checklist import CheckAnswer, checklist_items
from onsshare_desktop.domain.screening.stages import DecisionMaker, Move, Outcome
from onsshare_desktop.domain.screening.triage import TriageRecommendation, TriageService
from onsshare_desktop.gui.app import build_services
from onsshare_desktop.gui.screening.actions import ScreenerActions
from onsshare_desktop.gui.screening.workspace import PAGE_ROLE
from onsshare_desktop.gui.screening.window import ScreenerWindow
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.i18n import use_language
from onsshare_desktop.identity.certificates import certificate_pem
from onsshare_desktop.identity.store import IdentityStore
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.export import build_signed_pack
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.resources import resource_path
from onsshare_desktop.store.lock import DataFolderLock

sys.path.insert(0, str(Path(__file__).resolve().parent))
import shots_language  # noqa: E402

OUT, LANGUAGE = shots_language.parse()  # tests write elsewhere
WELSH = ("first-run", "register", "workspace-section", "workspace-checklist", "case-1024x700", "help")


def shot_path(name: str) -> Path | None:
    """Where to save the picture ``name`` (None: not taken in this language)."""
    if LANGUAGE != "en" and name not in WELSH:
        return None
    return OUT / shots_language.named("screening-", name, LANGUAGE)
SCREENER = "Sam Screener <sam.screener@ons.gov.uk>"
PASSPHRASE = "screenshot passphrase"
ORGANISATIONS = (("Welsh Government", "devolved_administration"), ("University of Leeds", "academic_institution"),
                 ("Scottish Government", "devolved_administration"), ("NHS England", "other_public_body"),
                 ("Department for Education", "uk_government_department"),
                 ("University of Bristol", "academic_institution"), ("Shelter Cymru", "charity"))


def make_packs(root: Path) -> list[Path]:
    """Signed packs of the example cases under several organisations and references."""
    requester = IdentityStore(root / "requester")
    requester.create("Dr Rhian Pritchard", "Welsh Government", "rhian.pritchard@example.org", PASSPHRASE)
    stranger = IdentityStore(root / "stranger")
    stranger.create("Jo Analyst", "Elsewhere Ltd", "jo@example.org", PASSPHRASE)
    signers = [requester.unlock(PASSPHRASE), stranger.unlock(PASSPHRASE)]
    examples = [load_case(p.read_bytes()) for p in sorted(resource_path("examples").glob("*.json"))]
    packs = []
    for n in range(14):
        case = examples[n % len(examples)]
        organisation, org_type = ORGANISATIONS[n % len(ORGANISATIONS)]
        case = replace(case, case_ref=f"ONS-DSR-2026-{7000 + n * 37:06d}").with_answer("org_name", organisation)
        case = case.with_answer("org_type", org_type)
        qs = load_question_set(case.form_id, case.form_version)
        signer = signers[1] if n % 6 == 5 else signers[0]
        pdf = build_signed_pack(case, qs, signer, {}, now=datetime(2026, 10, 1 + n, 9, tzinfo=UTC)).pdf
        path = root / f"pack-{n:02d}.pdf"
        path.write_bytes(pdf)
        packs.append(path)
    tampered = bytearray(packs[0].read_bytes())
    at = tampered.index(b"/Producer")
    tampered[at + 1] = ord("p")  # one byte changed after signing
    (root / "pack-tampered.pdf").write_bytes(bytes(tampered))
    packs.append(root / "pack-tampered.pdf")
    TrustStore(root / "data" / "trust").add(certificate_pem(signers[0].certificate))
    return packs


def screen(services: AppServices, pack_id: int, moves: list[Move]) -> None:
    screening = services.database.screening
    case = screening.get(pack_id).case
    for move in moves:
        if move.outcome == Outcome.PROCEED_TO_DSWG:
            for item in checklist_items(services.question_set, case.answers):
                screening.answer_check(pack_id, item.id, CheckAnswer.MET, "Evidence in the request", SCREENER)
        screening.move(pack_id, move, SCREENER)


def first_run(qt_app: QApplication, root: Path) -> None:
    """A new screener's first start on a fresh data folder: the set-up asks who they are, then makes their key."""
    from onsshare_desktop.gui.identity.setup import open_setup_wizard

    paths = DataPaths(root / "fresh").ensure()
    lock = DataFolderLock(paths)
    services = build_services(paths, lock)
    window = ScreenerWindow.for_services(services)
    window.resize(1024, 700)
    window.show()
    for _ in range(10):
        qt_app.processEvents()
    wizard = open_setup_wizard(window)
    assert wizard is not None, "the first-run set-up did not open"
    wizard.about.name_edit.setText("Priya Screener")
    wizard.about.organisation_edit.setText("Office for National Statistics")
    wizard.about.email_edit.setText("priya.screener@ons.gov.uk")
    wizard.resize(max(wizard.width(), 640), max(wizard.height(), 480))
    for _ in range(5):
        qt_app.processEvents()
    wizard.grab().save(str(shot_path("first-run")))
    wizard.reject()
    window.close()
    services.database.close()
    lock.release()


def main() -> int:
    qt_app = QApplication(sys.argv[:1])
    qt_app.setApplicationDisplayName("ONS data sharing requests")
    shots_language.use(LANGUAGE)
    root = Path(tempfile.mkdtemp(prefix="onsshare-screening-shots-"))
    first_run(qt_app, root)
    with use_language("en"):  # the requesters wrote and signed in English, whatever the screener reads in
        packs = make_packs(root)
    paths = DataPaths(root / "data").ensure()
    IdentityStore(paths.identity).create("Sam Screener", "Office for National Statistics",
                                         "sam.screener@ons.gov.uk", PASSPHRASE)
    services = build_services(paths, DataFolderLock(paths))
    actions = ScreenerActions(services, SCREENER)
    results = actions.import_files(packs)
    ids = [r.pack_id for r in results if r.pack_id is not None]
    start, proceed = Move(Outcome.START_FIRST_SCREENING), Move(Outcome.PROCEED_TO_DSWG)
    approve = [start, proceed, Move(Outcome.RECOMMEND_APPROVAL, note="DSWG 4 November"),
               Move(Outcome.APPROVED, decided_by=DecisionMaker.DEPUTY_DIRECTOR, decider_name="A. Director")]
    screen(services, ids[0], [*approve, Move(Outcome.PUBLISH, register_entry_checked=True)])
    screen(services, ids[1], [start, proceed])
    screen(services, ids[2], [start, Move(Outcome.RETURN_FOR_INFORMATION, note="The DPIA is not attached.")])
    screen(services, ids[3], approve)
    screen(services, ids[4], [start])
    screen(services, ids[6], [start, proceed, Move(Outcome.ESCALATE_TO_DGC, note="Novel linkage")])

    review = ids[1]
    screening = services.database.screening
    screening.annotate(review, GENERAL, SectionStatus.ACCEPTABLE, "A clear, well-evidenced request.", SCREENER)
    screening.annotate(review, "benefit", SectionStatus.NEEDS_MORE_INFORMATION,
                       "Say which council services will use the findings.", SCREENER)
    screening.annotate(review, "security", SectionStatus.ACCEPTABLE, "Accredited environment.", SCREENER)
    screening.assess(review, TriageService.DATA_PROTECTION, "Pseudonymised person-level records.",
                     "Targets homelessness prevention.", TriageRecommendation.SUPPORT_WITH_CONDITIONS,
                     (screening.get_row(ids[0]).case_ref,), "Dana Protection <dpo@ons.gov.uk>")

    window = ScreenerWindow(services, SCREENER, actions.import_files, actions.workspace_actions())
    window.resize(1400, 860)
    window.show()
    window.register.show_import_results(results)

    def shoot(name: str) -> None:
        for _ in range(5):
            qt_app.processEvents()
        path = shot_path(name)
        if path is not None:
            window.grab().save(str(path))

    while window.register.reading:  # the register is read on a worker thread
        qt_app.processEvents()
    shoot("register")
    workspace = window.open_case(review)
    while not workspace.is_loaded:  # the case is read on a worker thread
        qt_app.processEvents()
    def go_to_page(name: str) -> None:  # by the page's object name: the titles are in the window's language
        workspace.go_to_row(next(n for n in range(workspace.ui.navList.count())
                                 if workspace.ui.navList.item(n).data(PAGE_ROLE) == name))

    go_to_page(workspace.section_page("benefit").objectName())
    shoot("workspace-section")
    go_to_page("checklistPage")
    shoot("workspace-checklist")
    go_to_page("historyPage")
    shoot("workspace-history")

    window.resize(1024, 700)  # the smallest screen the app supports
    go_to_page("outcomePage")
    workspace.ui.outcomeCombo.setCurrentIndex(0)
    shoot("case-1024x700")

    from onsshare_desktop.gui.help.window import show_help

    help_window = show_help(window, "screener.html#case")
    help_window.resize(900, 640)
    for _ in range(5):
        qt_app.processEvents()
    if shot_path("help") is not None:
        help_window.grab().save(str(shot_path("help")))
    help_window.close()
    window.resize(1400, 860)
    if shot_path("record-page-1") is None:
        window.close()
        services.database.close()
        return 0

    from onsshare_desktop.domain.screening.record import build_record
    from onsshare_desktop.pack.record import write_record

    received = screening.get(ids[0])
    now = datetime.now(UTC).replace(microsecond=0)
    record = build_record(received, services.question_set, SCREENER, now)
    target = root / "record.pdf"
    write_record(record, received.case.form_id, received.case.form_version, screening.pack_bytes(ids[0]),
                 IdentityStore(paths.identity).unlock(PASSPHRASE), target, now)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(target),
                    str(shot_path("record-page-1")).removesuffix(".png")], check=True)
    window.close()
    services.database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
