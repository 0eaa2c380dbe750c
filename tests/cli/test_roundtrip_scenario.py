"""The whole offline round trip on the command line, across two data folders (requester and screener):
v1 -> requests -> return note -> responses and edits -> v2 -> diff -> decision letter -> the requester sees the
decision -> benefits report -> transparency CSV with outputs. Stage moves the CLI has no command for are made
through the screener's repository, as the window makes them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from onsshare_desktop.cli import run
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.checklist import CheckAnswer, checklist_items
from onsshare_desktop.domain.screening.stages import DecisionMaker, Move, Outcome, Stage
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.store.database import open_database
from tests.pack.support import pdftotext

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "charity-aggregated-census.json"
SCREENER = "Sam Screener <sam@ons.example>"


class Folder:
    def __init__(self, root: Path, passphrase: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.root, self.passphrase, self.capsys = root, passphrase, capsys

    def __call__(self, *argv: str, signs: bool = False) -> tuple[int, str, str]:
        extra = ("--passphrase-file", str(self.passphrase)) if signs else ()
        status = run(["--data-dir", str(self.root), *argv, *extra])
        out, err = self.capsys.readouterr()
        return status, out, err

    def ok(self, *argv: str, signs: bool = False) -> str:
        status, out, err = self(*argv, signs=signs)
        assert status == 0, err
        return out

    def screening(self, action) -> None:  # noqa: ANN001
        database = open_database(DataPaths(self.root), daily_backup=False)
        try:
            action(database.screening)
        finally:
            database.close()


def _folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Folder, Folder]:
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("correct horse battery staple\n", encoding="utf-8")
    requester, screener = Folder(tmp_path / "requester", passphrase, capsys), Folder(tmp_path / "ons", passphrase,
                                                                                      capsys)
    requester.ok("identity", "create", "--name", "Rhian Pritchard", "--org", "Shelter Cymru", "--email",
                 "rhian@example.org", signs=True)
    screener.ok("identity", "create", "--name", "Sam Screener", "--org", "Office for National Statistics",
                "--email", "sam@ons.example", signs=True)
    requester.ok("identity", "export-cert", str(tmp_path / "requester.pem"))
    screener.ok("identity", "export-cert", str(tmp_path / "ons.pem"))
    screener.ok("trust", "add", str(tmp_path / "requester.pem"))
    requester.ok("trust", "add", str(tmp_path / "ons.pem"))
    return requester, screener


def test_the_whole_round_trip_across_two_data_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    requester, screener = _folders(tmp_path, capsys)
    draft = requester.ok("import-case", str(EXAMPLE)).strip().split()[-1]
    v1 = tmp_path / "v1.pdf"
    requester.ok("export", draft, "-o", str(v1), signs=True)

    assert "imported" in screener.ok("import", str(v1))
    ref = json.loads(screener.ok("register", "list", "--json"))[0]["case_ref"]
    screener.screening(lambda s: s.move(s.latest_of(ref).id, Move(Outcome.START_FIRST_SCREENING), SCREENER))
    screener.ok("screen", "annotate", ref, "benefit", "--status", "needs_more_information", "--comment",
                "Who benefits is vague.")
    screener.ok("screen", "annotate", ref, "security", "--status", "acceptable")
    first = screener.ok("screen", "request", ref, "benefits", "Say which councils will use the results.")
    second = screener.ok("screen", "request", ref, "security", "Name the accredited environment.")
    request_ids = [first.split()[1], second.split()[1]]
    status, _out, err = screener("screen", "request", ref, "no_such_question", "x")
    assert status == 1 and "no question or section" in err
    from_note = screener.ok("screen", "request", ref, "benefit", "--from-annotation").split()[1]
    status, _out, err = screener("screen", "request", ref, "security", "--from-annotation")
    assert status == 1 and "no annotation with a comment" in err
    screener.ok("screen", "withdraw", ref, from_note)
    status, _out, err = screener("screen", "withdraw", ref, "0b7ac3a0-1111-4222-8333-944455556666")
    assert status == 1 and "has no request" in err

    note = tmp_path / "return.pdf"
    assert "Returned" in screener.ok("return", "export", ref, "-o", str(note), "--reply-by", "2027-01-15",
                                     signs=True)
    assert json.loads(screener.ok("register", "list", "--json"))[0]["stage"] == "returned"
    assert json.loads(screener.ok("register", "list", "--json", "--status", "open"))  # returned stays open
    status, out, _err = screener("import", str(note))
    assert status == 2 and "return note, which is for the requester" in out
    shown = screener.ok("show", str(note))
    assert "Return note for" in shown and "reply by 2027-01-15" in shown
    assert json.loads(screener.ok("verify", "--json", str(note)))[0]["kind"] == "return"

    # the requester: the note attaches to the draft after v1; export waits for every response
    assert "2 requests" in requester.ok("return", "import", str(note))
    listed = json.loads(requester.ok("list", "--json"))
    assert listed[0]["status"] == "Returned (2 unanswered)"
    status, _out, err = requester("export", draft, "-o", str(tmp_path / "early.pdf"), signs=True)
    assert status == 1 and "no response yet" in err and not (tmp_path / "early.pdf").exists()
    requester.ok("respond", draft, request_ids[0], "Cardiff and Swansea councils.")
    requester.ok("respond", draft, request_ids[1], "The ONS Secure Research Service.")
    database = open_database(DataPaths(requester.root), daily_backup=False)
    try:
        current = database.drafts.get(int(draft)).case
        database.drafts.save(int(draft), current.with_answer(
            "benefits", str(current.answers["benefits"]) + " Cardiff and Swansea will change allocation rules."))
    finally:
        database.close()
    v2 = tmp_path / "v2.pdf"
    requester.ok("export", draft, "-o", str(v2), signs=True)
    pages = " ".join(pdftotext(v2).split())
    assert "Changes since version 1" in pages and "Responses to requests for more information (2)" in pages
    assert "Request: Say which councils will use the results. Cardiff and Swansea councils." in pages
    assert "Cardiff and Swansea will change allocation rules." in pages and "Changed answers (1)" in pages
    assert "Changes since version" not in " ".join(pdftotext(v1).split())
    signed_case = json.loads(requester.ok("show", "--json", str(v2)))
    assert set(signed_case["responses"]) == set(request_ids)
    assert signed_case["previous_pack_sha256"] == json.loads(requester.ok("verify", "--json", str(v1)))[0]["sha256"]

    # the screener: v2 links to v1, the stage resumes, requests are answered, the diff shows the change
    imported = screener.ok("import", str(v2))
    assert "version 2, a newer version" in imported
    [case_row] = json.loads(screener.ok("register", "list", "--json"))  # one case, at version 2, with both versions
    assert (case_row["version"], case_row["stage"]) == (2, "first_screening")
    assert [(v["version"], v["stage"], v["status"]) for v in case_row["versions"]] == [
        (1, "returned", "superseded"), (2, "first_screening", case_row["status"])]
    requests = json.loads(screener.ok("screen", "requests", ref, "--json"))
    assert [r["status"] for r in requests] == ["answered", "answered", "withdrawn"]
    assert requests[0]["response"] == "Cardiff and Swansea councils."
    assert requests[2]["text"] == "Who benefits is vague."
    diff = json.loads(screener.ok("diff", ref, "--from", "1", "--to", "2", "--json"))
    assert [a["question_id"] for a in diff["answers"]] == ["benefits"]
    assert any(w["mark"] == "inserted" and "allocation" in w["text"] for w in diff["answers"][0]["words"])
    assert "{+" in screener.ok("diff", str(v1), str(v2))
    view = json.loads(screener.ok("screen", "show", ref, "--json"))
    assert view["changed_since"] == {"version": 1, "sections": ["benefit"], "questions": ["benefits"]}
    notes = {a["section"]: (a["carried_over"], a["answer_changed_since"]) for a in view["annotations"]}
    assert notes == {"benefit": (True, True), "security": (True, False)}
    by_target = {r["target"]: r for r in view["requests"]}
    assert by_target["benefits"]["answer_changed"] is True and by_target["security"]["answer_changed"] is None
    text = screener.ok("screen", "show", ref)
    assert "the answer changed since this was written" in text and "Changed since version 1: benefit" in text

    def approve(s) -> None:  # noqa: ANN001
        pack_id = s.latest_of(ref).id
        for item in checklist_items(load_question_set(), s.get(pack_id).case.answers):
            s.answer_check(pack_id, item.id, CheckAnswer.MET, "", SCREENER)
        s.move(pack_id, Move(Outcome.PROCEED_TO_DSWG), SCREENER)
        s.move(pack_id, Move(Outcome.RECOMMEND_APPROVAL), SCREENER)
        s.move(pack_id, Move(Outcome.APPROVED_WITH_CONDITIONS, decided_by=DecisionMaker.DEPUTY_DIRECTOR,
                             decider_name="Dana Director", conditions="Outputs pass disclosure control."),
               SCREENER)

    screener.screening(approve)
    letter = tmp_path / "decision.pdf"
    screener.ok("decision", "export", ref, "-o", str(letter), signs=True)

    # the requester sees the decision; a decision letter is not a return note
    status, _out, err = requester("return", "import", str(letter))
    assert status == 2 and "not a return note" in err
    assert "Approved with conditions" in requester.ok("decision", "import", str(letter))
    assert json.loads(requester.ok("list", "--json"))[0]["status"] == "Approved with conditions"
    report = tmp_path / "benefits.pdf"
    requester.ok("benefits", "export", draft, "-o", str(report), "--benefits", "Two councils changed allocations.",
                 "--published-output", "Housing need in Wales", "https://example.org/housing", "2027-03-01",
                 signs=True)

    screener.screening(lambda s: s.move(s.latest_of(ref).id, Move(Outcome.PUBLISH, register_entry_checked=True),
                                        SCREENER))
    [approved] = json.loads(screener.ok("register", "list", "--json"))
    assert approved["records_missing"] == ["dsa", "mou", "dpia", "ethics", "end_date"]
    (tmp_path / "dsa.pdf").write_bytes(b"%PDF-1.7 signed agreement")
    assert "Still missing: mou, dpia, ethics, end_date" in screener.ok(
        "screen", "share-record", ref, "dsa", "--reference", "DSA-2027-014", "--date", "2027-01-20", "--file",
        str(tmp_path / "dsa.pdf"))
    status, _out, err = screener("screen", "share-record", ref, "dsa", "--reference", "X", "--date", "20/01/2027",
                                 "--file", str(tmp_path / "dsa.pdf"))
    assert status == 1 and "YYYY-MM-DD" in err
    screener.ok("screen", "share-end", ref, "2030-03-31")
    [approved] = json.loads(screener.ok("register", "list", "--json"))
    assert approved["records_missing"] == ["mou", "dpia", "ethics"]
    assert "records missing: mou, dpia, ethics" in screener.ok("register", "list")
    assert "benefits report for" in screener.ok("import", str(report))
    out_csv = tmp_path / "register.csv"
    screener.ok("register", "export-csv", str(out_csv))
    [row] = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert row["Reference"] == ref and row["Outputs"] == (
        "Housing need in Wales <https://example.org/housing> (2027-03-01)")
    assert Stage.PUBLISHED.value in screener.ok("register", "list", "--json")


def test_documents_answering_unknown_packs_or_in_the_wrong_place_are_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    requester, screener = _folders(tmp_path, capsys)
    draft = requester.ok("import-case", str(EXAMPLE)).strip().split()[-1]
    v1 = tmp_path / "v1.pdf"
    requester.ok("export", draft, "-o", str(v1), signs=True)
    screener.ok("import", str(v1))
    ref = json.loads(screener.ok("register", "list", "--json"))[0]["case_ref"]
    screener.screening(lambda s: s.move(s.latest_of(ref).id, Move(Outcome.START_FIRST_SCREENING), SCREENER))
    screener.ok("screen", "request", ref, "general", "Tell us more.")
    note = tmp_path / "return.pdf"
    screener.ok("return", "export", ref, "-o", str(note), signs=True)

    stranger = Folder(tmp_path / "stranger", requester.passphrase, capsys)  # never exported that pack
    stranger.ok("trust", "add", str(tmp_path / "ons.pem"))
    status, _out, err = stranger("return", "import", str(note))
    assert status == 2 and "was not exported from this data folder" in err
    status, _out, err = requester("return", "import", str(v1))
    assert status == 2 and "submission pack, not a return note" in err
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(note.read_bytes()[:5000])
    status, _out, _err = requester("return", "import", str(truncated))
    assert status == 2
    untrusting = Folder(tmp_path / "requester", requester.passphrase, capsys)
    untrusting.ok("trust", "remove", json.loads(screener.ok("verify", "--json", str(note)))[0]["signer"]["fingerprint"])
    status, _out, err = untrusting("return", "import", str(note))
    assert status == 1 and "not in your trust store" in err
    assert "1 request," in untrusting.ok("return", "import", str(note), "--confirm-signer")


def test_benefits_reports_the_register_cannot_place_are_refused_and_nothing_is_stored(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import UTC, datetime

    from onsshare_desktop.identity.store import IdentityStore
    from onsshare_desktop.pack.documents import build_signed_document
    from tests.pack.document_support import sample_benefits

    requester, screener = _folders(tmp_path, capsys)
    draft = requester.ok("import-case", str(EXAMPLE)).strip().split()[-1]
    v1 = tmp_path / "v1.pdf"
    requester.ok("export", draft, "-o", str(v1), signs=True)
    screener.ok("import", str(v1))
    ref = json.loads(screener.ok("register", "list", "--json"))[0]["case_ref"]
    v1_sha = json.loads(screener.ok("verify", "--json", str(v1)))[0]["sha256"]
    signer = IdentityStore(DataPaths(requester.root).identity).unlock("correct horse battery staple")
    cases = {"unknown.pdf": (sample_benefits(ref, "ef" * 32), "not in the register"),
             "other-case.pdf": (sample_benefits("ONS-DSR-2026-OTHER1", v1_sha), "belongs to"),
             "not-approved.pdf": (sample_benefits(ref, v1_sha), "has not been approved")}
    for name, (report, reason) in cases.items():
        (tmp_path / name).write_bytes(build_signed_document(
            report, "ons-data-share-request", "1.0", signer, datetime.now(UTC)).pdf)
        status, out, _err = screener("import", str(tmp_path / name))
        assert status == 2 and reason in out, out
    assert "benefits_imported" not in screener.ok("screen", "show", ref, "--json")
    status, _out, err = screener("screen", "share-end", ref, "2030-03-31")
    assert status == 1 and "has not been approved" in err
