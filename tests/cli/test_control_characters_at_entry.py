"""Free text given on the command line (comments, notes, conditions, requests, responses, benefits) is refused at
entry when it carries a control character: exit 2 with the reason the app gives everywhere for one
(``domain.control_chars.control_message``), and nothing is written. The window records through the same services
(``ScreeningService``, ``CaseReview``, ``services.requester``), so it is refused there too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onsshare_desktop.cli import run
from onsshare_desktop.domain.control_chars import control_message
from onsshare_desktop.services.errors import InvalidInputError
from tests.pack.support import EXAMPLES, PASSPHRASE
from tests.screening_data import signed_pack, trusted_requester  # noqa: F401 - fixture

REF = "ONS-DSR-EXAMPLE-0001"
BELL = "see\x07 me"
ESCAPE = "red \x1b[31m text"


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def received(capsys, tmp_path: Path, trusted_requester) -> str:  # noqa: ANN001, F811 - fixture
    pack = tmp_path / "pack.pdf"
    pack.write_bytes(signed_pack())
    assert cli(capsys, "import", str(pack))[0] == 0
    assert cli(capsys, "screen", "move", REF, "start_first_screening")[0] == 0
    return REF


def _history(capsys) -> list[dict]:
    status, out, err = cli(capsys, "screen", "show", REF, "--json")
    assert status == 0, err
    view = json.loads(out)
    return [view["history"], view["annotations"], view["checklist"], view["triage"], view["requests"]]


SCREENER_COMMANDS = {
    "annotate --comment": (("screen", "annotate", REF, "general", "--status", "concern", "--comment", BELL),
                           "comment", BELL),
    "check --note": (("screen", "check", REF, "{item}", "--answer", "unclear", "--note", ESCAPE), "note", ESCAPE),
    "triage --risks": (("screen", "triage", REF, "security", "--recommendation", "support", "--risks", ESCAPE),
                       "risks", ESCAPE),
    "triage --benefits": (("screen", "triage", REF, "security", "--recommendation", "support", "--benefits", BELL),
                          "benefits", BELL),
    "move --note": (("screen", "move", REF, "return_for_information", "--note", BELL), "note", BELL),
    "move --conditions": (("screen", "move", REF, "approved_with_conditions", "--decided-by",
                           "deputy_director:Dana Director", "--conditions", ESCAPE), "conditions", ESCAPE),
    "move --exception": (("screen", "move", REF, "approved", "--decided-by", "national_statistician:N. S.",
                          "--exception", BELL), "exception", BELL),
    "move --decided-by": (("screen", "move", REF, "approved", "--decided-by", "deputy_director:Dana\x1bDirector"),
                          "decision-maker's name", "Dana\x1bDirector"),
    "request TEXT": (("screen", "request", REF, "general", ESCAPE), "request", ESCAPE),
}


@pytest.mark.parametrize("name", SCREENER_COMMANDS)
def test_a_screeners_text_with_a_control_character_is_refused_and_nothing_recorded(capsys, received: str,
                                                                                   name: str) -> None:
    argv, what, text = SCREENER_COMMANDS[name]
    item = json.loads(cli(capsys, "screen", "show", REF, "--json")[1])["checklist"][0]["item"]
    before = _history(capsys)
    status, _out, err = cli(capsys, *(a.replace("{item}", item) for a in argv))
    assert status == 2, err
    assert f"error: the {what} {control_message(text)}" in err  # the app's one reason, naming the character
    assert "U+0007 (BELL)" in err or "U+001B (ESCAPE)" in err
    assert _history(capsys) == before


def test_the_same_texts_without_control_characters_are_recorded(capsys, received: str) -> None:
    """The check refuses only control characters: tab and line feed are ordinary text."""
    assert cli(capsys, "screen", "annotate", REF, "general", "--status", "concern", "--comment",
               "line one\n\tline two")[0] == 0
    assert cli(capsys, "screen", "request", REF, "general", "Say more.\nPlease.")[0] == 0


@pytest.fixture
def draft(capsys) -> str:
    status, out, err = cli(capsys, "import-case", str(EXAMPLES[0]))
    assert status == 0, err
    return out.strip()


def test_a_response_with_a_control_character_is_refused(capsys, draft: str) -> None:
    before = cli(capsys, "export-case", draft)[1]
    status, _out, err = cli(capsys, "respond", draft, "0b7ac3a0-1111-4222-8333-944455556666", ESCAPE)
    assert status == 2 and f"the response {control_message(ESCAPE)}" in err
    assert cli(capsys, "export-case", draft)[1] == before


@pytest.mark.parametrize("extra, what", [(("--benefits", BELL), "benefits"),
                                         (("--benefits", "Two councils.", "--published-output", ESCAPE,
                                           "https://example.org", "2027-03-01"), "output's title")])
def test_a_benefits_report_with_a_control_character_is_refused_before_the_passphrase(
        capsys, draft: str, tmp_path: Path, extra: tuple[str, ...], what: str) -> None:
    out = tmp_path / "benefits.pdf"
    status, _out, err = cli(capsys, "benefits", "export", draft, "-o", str(out), *extra)  # no identity, no passphrase
    assert status == 2 and f"the {what} " in err and "control character" in err
    assert not out.exists()


def test_a_return_notes_message_with_a_control_character_is_refused(capsys, received: str, tmp_path: Path) -> None:
    assert cli(capsys, "screen", "request", REF, "general", "Say more.")[0] == 0
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    note = tmp_path / "note.pdf"
    status, _out, err = cli(capsys, "return", "export", REF, "-o", str(note), "--message", BELL,
                            "--passphrase-file", str(passphrase))
    assert status == 2 and f"the message {control_message(BELL)}" in err
    assert not note.exists()
    assert json.loads(cli(capsys, "screen", "show", REF, "--json")[1])["stage"] == "first_screening"


def test_the_windows_case_review_refuses_them_too(capsys, received: str, data_paths) -> None:  # noqa: ANN001
    """The review workspace records through ``CaseReview``: the same refusal, before anything is recorded."""
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.domain.screening.annotations import SectionStatus
    from onsshare_desktop.domain.screening.checklist import CheckAnswer
    from onsshare_desktop.domain.screening.stages import Move, Outcome
    from onsshare_desktop.domain.screening.triage import TriageRecommendation, TriageService
    from onsshare_desktop.services.case_review import CaseReview
    from onsshare_desktop.store.database import open_database

    before = _history(capsys)
    database = open_database(data_paths, daily_backup=False)
    try:
        review = CaseReview(database.screening, database.screening.latest_of(REF).id, "Sam <sam@ons.example>")
        attempts = [lambda: review.annotate("general", SectionStatus.CONCERN, BELL),
                    lambda: review.answer_check("lawful_basis", CheckAnswer.UNCLEAR, ESCAPE),
                    lambda: review.assess(TriageService.SECURITY, ESCAPE, "", TriageRecommendation.SUPPORT, ()),
                    lambda: review.preview_move(Move(Outcome.RETURN_FOR_INFORMATION, note=BELL)),
                    lambda: review.move(Move(Outcome.RETURN_FOR_INFORMATION, note=BELL)),
                    lambda: review.request_amendment(load_question_set(), "benefit", "benefits", ESCAPE)]
        for attempt in attempts:
            with pytest.raises(InvalidInputError, match="control character"):
                attempt()
    finally:
        database.close()
    assert _history(capsys) == before


def test_a_signing_identity_with_a_control_character_is_refused(capsys, tmp_path: Path) -> None:
    """Its name, organisation and e-mail address go into every history entry and document it signs."""
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    status, _out, err = cli(capsys, "identity", "create", "--name", "Rhian\x1b[2J Pritchard", "--org", "Welsh Government",
                            "--email", "rhian@example.org", "--passphrase-file", str(passphrase))
    assert status == 2 and "the name contains the control character U+001B (ESCAPE)" in err
    status, _out, err = cli(capsys, "identity", "create", "--name", "Rhian Pritchard", "--org", "Welsh\x07Government",
                            "--email", "rhian@example.org", "--passphrase-file", str(passphrase))
    assert status == 2 and "the organisation contains the control character U+0007 (BELL)" in err
    assert cli(capsys, "identity", "show")[0] != 0  # no identity was made


def test_a_team_members_name_and_a_share_records_reference_are_checked_too(capsys, received: str,
                                                                          tmp_path: Path) -> None:
    status, _out, err = cli(capsys, "team", "add-member", "--name", "Sam\x1bScreener", "--fingerprint", "ab" * 32,
                            "--role", "first_screening")
    assert status == 2 and "the name contains the control character U+001B (ESCAPE)" in err
    record = tmp_path / "dsa.pdf"
    record.write_bytes(b"%PDF-1.7 agreement")
    status, _out, err = cli(capsys, "screen", "share-record", REF, "dsa", "--reference", "DSA\x07-1", "--date",
                            "2027-01-20", "--file", str(record))
    assert status == 2 and "the reference contains the control character U+0007 (BELL)" in err
