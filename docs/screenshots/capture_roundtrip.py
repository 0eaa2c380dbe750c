"""Capture the round trip into docs/screenshots/: the first page of a return note and of a decision letter, the
review workspace's diff view of version 2, and the screener's window at 1024x700 with the register listing the case
once at version 2 and the case's Versions page.

Runs the real round trip on the command line in two throwaway data folders (requester and screener): the example
charity request is exported, screened, returned with requests, answered and edited, re-exported, approved with
conditions, and the decision letter exported; the two signed documents are rendered with pdftoppm, and version 2
is opened in the review workspace (offscreen is enough: the window is grabbed, not the screen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/capture_roundtrip.py [OUTPUT_FOLDER]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from onsshare_desktop.cli import run
from onsshare_desktop.gui.screening.workspace import PAGE_ROLE

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent  # tests write elsewhere
ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "charity-aggregated-census.json"
OTHER_EXAMPLES = ("university-business-survey.json", "welsh-government-housing.json")


BENEFITS_V2 = (
    "Food support placed where it is most needed: Newcastle City Council and Gateshead Council will use the index "
    "to decide where to open new pantries and run holiday food programmes in 2027, in the neighbourhoods with the "
    "highest risk, rather than where premises happen to be available.\n\nEarlier help with income: targeting "
    "benefits advice outreach at high-risk neighbourhoods should help more households claim support they are "
    "entitled to, reducing reliance on emergency food.")


def grab_diff_view(folder: Path, ref: str) -> None:
    """Open version 2 in the review workspace at its changed Benefit section and save a picture of it."""
    from PySide6.QtWidgets import QApplication

    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.gui.screening.workspace import ReviewWorkspace, WorkspaceActions
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.database import open_database

    app = QApplication.instance() or QApplication([])
    database = open_database(DataPaths(folder), daily_backup=False)
    try:
        row = database.screening.latest_of(ref)
        assert row is not None and row.version == 2
        workspace = ReviewWorkspace(database.screening, load_question_set(), row.id, "Sam Screener",
                                    WorkspaceActions())
        workspace.resize(1024, 700)
        workspace.show()
        workspace.go_to(load_question_set().section("benefit").title)
        app.processEvents()
        workspace.grab().save(str(OUT / "roundtrip-diff-view.png"))
        workspace.close()
        workspace.deleteLater()
        app.processEvents()
    finally:
        database.close()


def grab_versions(folder: Path, ref: str) -> None:
    """The screener's window at 1024x700: the register (the case once, at version 2, among others), then the case's
    Versions page with version 1 chosen."""
    from PySide6.QtWidgets import QApplication

    from onsshare_desktop.gui.app import build_services
    from onsshare_desktop.gui.screening.window import ScreenerWindow
    from onsshare_desktop.paths import DataPaths
    from onsshare_desktop.store.lock import DataFolderLock

    app = QApplication.instance() or QApplication([])
    paths = DataPaths(folder)
    lock = DataFolderLock(paths)
    services = build_services(paths, lock)
    try:
        window = ScreenerWindow(services, "Sam Screener <sam.screener@ons.gov.uk>")
        window.resize(1024, 700)
        window.show()
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(OUT / "roundtrip-register-versions.png"))
        row = services.database.screening.latest_of(ref)
        assert row is not None and row.version == 2
        workspace = window.open_case(row.id)
        assert workspace is not None
        workspace.go_to(workspace.page_names()[[workspace.ui.navList.item(n).data(PAGE_ROLE)
                                                for n in range(workspace.ui.navList.count())].index("versionsPage")])
        tree = workspace.versions.versionsTree
        tree.setCurrentItem(tree.topLevelItem(0))
        tree.setFocus()
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(OUT / "roundtrip-versions-page.png"))
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        services.database.close()
        lock.release()


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="capture-documents-") as tmp:
        work = Path(tmp)
        secret = work / "passphrase.txt"
        secret.write_text("screenshot passphrase\n", encoding="utf-8")
        sign = ["--passphrase-file", str(secret)]

        def cli(folder: str, *argv: str) -> str:
            import contextlib
            import io

            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                status = run(["--data-dir", str(work / folder), *argv])
            if status != 0:
                raise SystemExit(f"{' '.join(argv)} failed with {status}")
            return out.getvalue()

        cli("requester", "identity", "create", "--name", "Rhian Pritchard", "--org", "Shelter Cymru", "--email",
            "rhian.pritchard@sheltercymru.example", *sign)
        cli("ons", "identity", "create", "--name", "Sam Screener", "--org", "Office for National Statistics",
            "--email", "sam.screener@ons.gov.uk", *sign)
        cli("requester", "identity", "export-cert", str(work / "requester.pem"))
        cli("ons", "identity", "export-cert", str(work / "ons.pem"))
        cli("ons", "trust", "add", str(work / "requester.pem"))
        cli("requester", "trust", "add", str(work / "ons.pem"))
        for other in OTHER_EXAMPLES:  # other cases in the register, received before
            other_draft = cli("requester", "import-case", str(EXAMPLE.with_name(other))).split()[-1]
            cli("requester", "export", other_draft, "-o", str(work / other.replace(".json", ".pdf")), *sign)
            cli("ons", "import", str(work / other.replace(".json", ".pdf")))
        draft = cli("requester", "import-case", str(EXAMPLE)).split()[-1]
        cli("requester", "export", draft, "-o", str(work / "v1.pdf"), *sign)
        cli("ons", "import", str(work / "v1.pdf"))
        ref = json.loads(cli("ons", "register", "list", "--json"))[0]["case_ref"]  # the newest
        cli("ons", "screen", "move", ref, "start_first_screening")
        cli("ons", "screen", "annotate", ref, "benefit", "--status", "needs_more_information", "--comment",
            "The benefits are plausible but nobody is named who will act on the index.")
        cli("ons", "screen", "request", ref, "benefits",
                    "Please name the councils that will use the results, and the decisions they will inform.")
        cli("ons", "screen", "request", ref, "security",
                     "Please name the accredited environment where the tables will be kept, and who may open it.")
        cli("ons", "screen", "request", ref, "general", "Please attach the signed DPIA rather than the draft.")
        cli("ons", "return", "export", ref, "-o", str(work / "return.pdf"), "--reply-by", "2027-01-15",
            "--message", "Thank you for your request. It is clear and well evidenced; three points need more "
            "detail before it can go to the Data Sharing Working Group.", *sign)
        cli("requester", "return", "import", str(work / "return.pdf"))
        requests = json.loads(cli("ons", "screen", "requests", ref, "--json"))
        for request in requests:
            cli("requester", "respond", draft, request["request_id"], "Answered in version 2: " + request["text"])
        cli("requester", "set-answer", draft, "benefits", json.dumps(BENEFITS_V2))
        cli("requester", "export", draft, "-o", str(work / "v2.pdf"), *sign)
        cli("ons", "import", str(work / "v2.pdf"))
        grab_diff_view(work / "ons", ref)
        grab_versions(work / "ons", ref)
        shown = json.loads(cli("ons", "screen", "show", ref, "--json"))
        for item in shown.get("checklist", []):
            cli("ons", "screen", "check", ref, item["item"], "--answer", "met")
        cli("ons", "screen", "move", ref, "proceed_to_dswg")
        cli("ons", "screen", "move", ref, "recommend_approval")
        cli("ons", "screen", "move", ref, "approved_with_conditions", "--decided-by",
            "deputy_director:Dana Director", "--conditions",
            "Outputs are checked against the ONS disclosure control rules before publication.")
        cli("ons", "decision", "export", ref, "-o", str(work / "decision.pdf"), *sign)
        for name, target in (("return", "roundtrip-return-note-page-1"),
                             ("decision", "roundtrip-decision-letter-page-1")):
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                            str(work / f"{name}.pdf"), str(OUT / target)], check=True)


if __name__ == "__main__":
    main()
