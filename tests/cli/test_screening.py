"""Screening CLI: the register list with its filters, and the transparency CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest

from onsshare_desktop.cli import run
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.domain.screening.checklist import CheckAnswer, checklist_items
from onsshare_desktop.domain.screening.stages import DecisionMaker, Move, Outcome
from tests.screening_data import SCREENER, example_case, incoming, next_version, trusted_requester  # noqa: F401

pytestmark = pytest.mark.usefixtures("trusted_requester")


def cli(capsys, *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def publish(database, pack_id: int) -> None:
    screening = database.screening
    screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    for item in checklist_items(load_question_set(), screening.get(pack_id).case.answers):
        screening.answer_check(pack_id, item.id, CheckAnswer.MET, "", SCREENER)
    screening.move(pack_id, Move(Outcome.PROCEED_TO_DSWG), SCREENER)
    screening.move(pack_id, Move(Outcome.RECOMMEND_APPROVAL), SCREENER)
    screening.move(pack_id, Move(Outcome.APPROVED, decided_by=DecisionMaker.DEPUTY_DIRECTOR,
                                 decider_name="A. Director"), SCREENER)
    screening.move(pack_id, Move(Outcome.PUBLISH, register_entry_checked=True), SCREENER)


@pytest.fixture
def two_cases(database):
    welsh = database.screening.add_pack(incoming(), SCREENER).id
    leeds = database.screening.add_pack(incoming(example_case("university-business-survey"), trusted=False),
                                        SCREENER).id
    publish(database, welsh)
    return welsh, leeds


def test_register_list_json_and_filters(capsys, two_cases) -> None:
    welsh, leeds = two_cases
    status, out, _ = cli(capsys, "register", "list", "--json")
    rows = json.loads(out)
    assert status == 0 and [r["id"] for r in rows] == [leeds, welsh]
    assert rows[0]["status"] == "signer_not_confirmed" and rows[1]["stage"] == "published"
    status, out, _ = cli(capsys, "register", "list", "--json", "--stage", "published")
    assert [r["id"] for r in json.loads(out)] == [welsh]
    status, out, _ = cli(capsys, "register", "list", "--json", "--status", "signer_not_confirmed")
    assert [r["id"] for r in json.loads(out)] == [leeds]
    status, out, _ = cli(capsys, "register", "list", "--json", "--search", "homelessness")
    assert [r["id"] for r in json.loads(out)] == [welsh]
    status, out, _ = cli(capsys, "register", "list", "--json", "--from", "2000-01-01", "--to", "2000-12-31")
    assert json.loads(out) == []
    status, out, _ = cli(capsys, "register", "list")
    assert status == 0 and "Approved, published" in out and "Signer not confirmed" in out


def test_register_list_shows_a_case_once_with_its_versions(capsys, database) -> None:
    v1 = incoming()
    first = database.screening.add_pack(v1, SCREENER).id
    other = database.screening.add_pack(incoming(example_case("university-business-survey")), SCREENER).id
    second = database.screening.add_pack(incoming(next_version(v1.case, v1.sha256)), SCREENER).id
    status, out, _ = cli(capsys, "register", "list", "--json")
    rows = json.loads(out)
    assert status == 0 and [(r["id"], r["version"]) for r in rows] == [(second, 2), (other, 1)]
    assert [(v["id"], v["version"], v["status"], v["sha256"]) for v in rows[0]["versions"]] == [
        (first, 1, "superseded", v1.sha256), (second, 2, "open", rows[0]["sha256"])]
    assert rows[0]["versions"][0]["received"] <= rows[0]["versions"][1]["received"] == rows[0]["received"]
    assert [v["id"] for v in rows[1]["versions"]] == [other]
    status, out, _ = cli(capsys, "register", "list", "--json", "--search", "ons-dsr-example-0001")
    assert [r["id"] for r in json.loads(out)] == [second]
    status, out, _ = cli(capsys, "register", "list")
    lines = out.splitlines()
    assert status == 0 and len(lines) == 2
    assert "ONS-DSR-EXAMPLE-0001" in lines[0] and " v2 " in lines[0]
    assert lines[0].endswith(f"[versions: v1 #{first}, v2 #{second}]") and "versions" not in lines[1]
    with pytest.raises(SystemExit) as info:  # the register lists no superseded version to filter by
        run(["register", "list", "--status", "superseded"])
    assert info.value.code == 2


def test_imported_versions_are_one_case_and_a_pack_naming_an_unknown_version_is_its_own(capsys, tmp_path,
                                                                                          database) -> None:
    import hashlib

    from tests.screening_data import signed_pack

    v1 = write(tmp_path / "v1.pdf", signed_pack())
    v2 = write(tmp_path / "v2.pdf", signed_pack(version=2, previous=hashlib.sha256(v1.read_bytes()).hexdigest()))
    stray = write(tmp_path / "stray.pdf", signed_pack("university-business-survey", version=2, previous="ab" * 32))
    status, out, _ = cli(capsys, "import", str(v1), str(v2), str(stray))
    lines = out.splitlines()
    assert status == 0 and "a newer version of an earlier pack" in lines[1]
    assert "warning: it names a previous version (SHA-256 abababababababab…) that is not in the register" in lines[2]
    status, out, _ = cli(capsys, "register", "list", "--json")
    rows = json.loads(out)
    assert [(r["case_ref"], r["version"], [v["version"] for v in r["versions"]]) for r in rows] == [
        (rows[0]["case_ref"], 2, [2]), ("ONS-DSR-EXAMPLE-0001", 2, [1, 2])]
    assert rows[0]["case_ref"] != "ONS-DSR-EXAMPLE-0001"
    assert rows[1]["versions"][0]["sha256"] == hashlib.sha256(v1.read_bytes()).hexdigest()


def test_register_list_when_empty_and_bad_date(capsys) -> None:
    assert cli(capsys, "register", "list") == (0, "No received cases.\n", "")
    with pytest.raises(SystemExit) as info:
        run(["register", "list", "--from", "yesterday"])
    assert info.value.code == 2


def test_export_csv_lists_published_shares(capsys, two_cases, tmp_path) -> None:
    target = tmp_path / "register.csv"
    status, _, err = cli(capsys, "register", "export-csv", str(target))
    assert status == 0 and "wrote 1 share to" in err  # singular for one (issue 12)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["Reference"] == "ONS-DSR-EXAMPLE-0001" and row["Organisation"] == "Welsh Government"
    assert row["Status"] == "Approved" and row["Exemption"] == "None" and row["Start"]
    assert list(row) == ["Reference", "Organisation", "Organisation type", "Datasets", "Purpose", "Legal gateway",
                         "Public benefit", "Start", "End", "Status", "Exemption", "Outputs"]
    status, out, _ = cli(capsys, "register", "export-csv", "-")
    assert status == 0 and out.replace("\r\n", "\n") == target.read_text(encoding="utf-8").replace("\r\n", "\n")


def test_export_csv_to_an_unwritable_place_is_a_plain_error(capsys, tmp_path) -> None:
    status, _, err = cli(capsys, "register", "export-csv", str(tmp_path / "no" / "such" / "dir.csv"))
    assert status == 1 and err.startswith("error: cannot write")


def write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_import_good_duplicate_untrusted_tampered_and_newer_version(capsys, tmp_path, database) -> None:
    from tests.screening_data import signed_pack

    good = write(tmp_path / "good.pdf", signed_pack())
    copy = write(tmp_path / "copy.pdf", signed_pack())
    untrusted = write(tmp_path / "untrusted.pdf", signed_pack("university-business-survey", signer="stranger"))
    data = bytearray(signed_pack())
    at = data.index(b"Census 2021")
    data[at:at + 6] = b"CENSUS"
    tampered = write(tmp_path / "tampered.pdf", bytes(data))
    status, out, _ = cli(capsys, "import", str(good), str(copy), str(untrusted), str(tampered))
    lines = out.splitlines()
    assert status == 2 and len(lines) == 4
    assert lines[0].startswith(f"{good}: imported: ONS-DSR-EXAMPLE-0001 version 1")
    assert lines[1] == f"{copy}: duplicate: already imported (same SHA-256)"
    assert lines[2].endswith("; signer not confirmed")
    assert lines[3].startswith(f"{tampered}: refused: ")
    rows = database.screening.register()
    assert len(rows) == 2 and {r.signer_confirmed for r in rows} == {True, False}
    assert database.screening.pack_bytes(rows[-1].id) == good.read_bytes()  # the original bytes, unchanged

    import hashlib
    newer = write(tmp_path / "v2.pdf", signed_pack(version=2, previous=hashlib.sha256(good.read_bytes()).hexdigest()))
    status, out, _ = cli(capsys, "import", "--json", str(newer))
    [result] = json.loads(out)
    assert status == 0 and result["status"] == "imported" and result["version"] == 2
    assert result["previous_id"] == database.screening.find_by_sha256(hashlib.sha256(good.read_bytes())
                                                                       .hexdigest()).id


def test_import_a_folder_and_an_empty_folder(capsys, tmp_path) -> None:
    from tests.screening_data import signed_pack

    folder = tmp_path / "inbox"
    folder.mkdir()
    write(folder / "a.pdf", signed_pack())
    (folder / "notes.txt").write_text("not a pack")
    status, out, _ = cli(capsys, "import", str(folder))
    assert status == 0 and out.count("imported") == 1
    empty = tmp_path / "empty"
    empty.mkdir()
    status, _, err = cli(capsys, "import", str(empty))
    assert status == 1 and "no PDF files" in err


def test_import_refuses_a_file_that_is_not_a_pack(capsys, tmp_path, database) -> None:
    status, out, _ = cli(capsys, "import", str(write(tmp_path / "x.pdf", b"%PDF-1.7\nnot really")))
    assert status == 2 and ": refused: " in out and database.screening.count() == 0


def screener_identity(capsys, tmp_path):
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("correct horse battery staple\n")
    status, _, err = cli(capsys, "identity", "create", "--name", "Sam Screener", "--org",
                         "Office for National Statistics", "--email", "sam.screener@ons.gov.uk",
                         "--passphrase-file", str(passphrase))
    assert status == 0, err
    return passphrase


def test_record_export_then_verify_the_record_and_the_extracted_original(capsys, tmp_path, database) -> None:
    import hashlib

    from pypdf import PdfReader

    from tests.screening_data import signed_pack

    original = write(tmp_path / "pack.pdf", signed_pack())
    assert cli(capsys, "import", str(original))[0] == 0
    pack_id = database.screening.register()[0].id
    passphrase = screener_identity(capsys, tmp_path)
    status, _, err = cli(capsys, "record", "export", str(pack_id), "-o", str(tmp_path / "r.pdf"),
                         "--passphrase-file", str(passphrase))
    assert status == 1 and "No stage outcome" in err
    publish(database, pack_id)
    record = tmp_path / "record.pdf"
    status, out, err = cli(capsys, "record", "export", str(pack_id), "-o", str(record), "--passphrase-file",
                           str(passphrase))
    assert status == 0, err
    sha = hashlib.sha256(record.read_bytes()).hexdigest()
    assert f"SHA-256  {sha}" in out
    assert database.screening.get(pack_id).history[-1].kind == "record_exported"

    status, out, _ = cli(capsys, "verify", str(record))
    assert status == 0  # signed by the screener's own identity, which is trusted here
    assert "a screening record for ONS-DSR-EXAMPLE-0001 version 1 (outcome: Publish in the transparency register)" \
        in out
    status, out, _ = cli(capsys, "verify", "--json", str(record))
    assert json.loads(out)[0]["kind"] == "record"
    from tests.pack.support import pdfsig, pdftotext, qpdf_check

    sig = pdfsig(record)
    assert "Signature is Valid." in sig and "Total document signed" in sig
    assert qpdf_check(record).returncode == 0
    text = " ".join(pdftotext(record).split())
    assert "Screening record: ONS-DSR-EXAMPLE-0001" in text and "A suitable legal gateway exists" in text

    embedded = {name: data[0] for name, data in PdfReader(str(record)).attachments.items()}
    original_name = next(n for n in embedded if n.startswith("original-pack-"))
    assert embedded[original_name] == original.read_bytes()  # unchanged, byte for byte
    content = json.loads(embedded["record.json"])
    assert content["original_pack"]["sha256"] == hashlib.sha256(original.read_bytes()).hexdigest()
    assert content["outcome"]["outcome"] == "publish" and len(content["checklist"]) == 7
    extracted = write(tmp_path / "extracted.pdf", embedded[original_name])
    status, out, _ = cli(capsys, "verify", str(extracted))
    assert status == 0 and "TRUSTED: intact" in out  # the requester's signature still verifies


def test_a_record_with_a_tampered_original_inside_is_refused(capsys, tmp_path, database) -> None:
    from datetime import UTC, datetime

    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.domain.screening.record import build_record
    from onsshare_desktop.pack.record import build_signed_record
    from tests.screening_data import screener

    pack_id = database.screening.add_pack(incoming(), SCREENER).id
    database.screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    received = database.screening.get(pack_id)
    record = build_record(received, load_question_set(), SCREENER, datetime(2026, 11, 25, tzinfo=UTC))
    # the stand-in pack bytes are not a signed pack: a record carrying them must be refused
    signed = build_signed_record(record, "ons-data-share-request", "1.0", database.screening.pack_bytes(pack_id),
                                 screener(), datetime(2026, 11, 25, tzinfo=UTC))
    path = write(tmp_path / "bad-record.pdf", signed.pdf)
    status, out, _ = cli(capsys, "verify", str(path))
    assert status == 2 and "the original pack inside this record does not verify" in out


def test_a_record_whose_pages_show_another_outcome_is_refused(capsys, tmp_path, database, monkeypatch) -> None:
    """The pages check covers screening records: a record rendered from one outcome, whose signed record.json (and
    manifest hash) says another, is refused with pages-differ; the genuine record passes by re-rendering."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.domain.screening.record import build_record
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack import record as record_module
    from onsshare_desktop.pack.pages import PagesCheck
    from onsshare_desktop.pack.verify import Verdict, verify_pack
    from tests.screening_data import requester, screener, signed_pack

    original = signed_pack()
    assert cli(capsys, "import", str(write(tmp_path / "pack.pdf", original)))[0] == 0
    pack_id = database.screening.register()[0].id
    publish(database, pack_id)
    when = datetime(2026, 11, 25, tzinfo=UTC)
    genuine = build_record(database.screening.get(pack_id), load_question_set(), SCREENER, when)
    trust = TrustStore(tmp_path / "trust", extra=[screener().certificate, requester().certificate])

    signed = record_module.build_signed_record(genuine, "ons-data-share-request", "1.0", original, screener(), when)
    report = verify_pack(signed.pdf, trust)
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason

    forged = replace(genuine, outcome=replace(genuine.outcome, details={**genuine.outcome.details,
                                                                        "note": "Approved without conditions"}))
    real_render = record_module.render_record
    monkeypatch.setattr(record_module, "render_record", lambda _record, record_id: real_render(genuine, record_id))
    signed = record_module.build_signed_record(forged, "ons-data-share-request", "1.0", original, screener(), when)
    monkeypatch.undo()
    report = verify_pack(signed.pdf, trust)
    assert report.refusal is not None and report.refusal.value == "pages-differ", report.reason
    assert report.reason.startswith("page 1 ")
