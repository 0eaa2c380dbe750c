"""Capture the first page of a return note and of a decision letter into docs/screenshots/.

Runs the real round trip on the command line in two throwaway data folders (requester and screener): the example
charity request is exported, screened, returned with two requests, answered, re-exported, approved with
conditions, and the decision letter exported; the two signed documents are rendered with pdftoppm.

    .venv/bin/python docs/screenshots/capture_documents.py [OUTPUT_FOLDER]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from onsshare_desktop.cli import run

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent  # tests write elsewhere
ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "charity-aggregated-census.json"


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
        draft = cli("requester", "import-case", str(EXAMPLE)).split()[-1]
        cli("requester", "export", draft, "-o", str(work / "v1.pdf"), *sign)
        cli("ons", "import", str(work / "v1.pdf"))
        ref = json.loads(cli("ons", "register", "list", "--json"))[0]["case_ref"]
        cli("ons", "screen", "move", ref, "start_first_screening")
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
        cli("requester", "export", draft, "-o", str(work / "v2.pdf"), *sign)
        cli("ons", "import", str(work / "v2.pdf"))
        shown = json.loads(cli("ons", "screen", "show", ref, "--json"))
        for item in shown.get("checklist", []):
            cli("ons", "screen", "check", ref, item["item"], "--answer", "met")
        cli("ons", "screen", "move", ref, "proceed_to_dswg")
        cli("ons", "screen", "move", ref, "recommend_approval")
        cli("ons", "screen", "move", ref, "approved_with_conditions", "--decided-by",
            "deputy_director:Dana Director", "--conditions",
            "Outputs are checked against the ONS disclosure control rules before publication.")
        cli("ons", "decision", "export", ref, "-o", str(work / "decision.pdf"), *sign)
        for name, target in (("return", "document-return-note-page-1"),
                             ("decision", "document-decision-letter-page-1")):
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                            str(work / f"{name}.pdf"), str(OUT / target)], check=True)


if __name__ == "__main__":
    main()
