"""Screening records, return notes, decision letters and benefits reports carrying control characters in their
embedded JSON are refused at verification with a named reason, as packs are; the app never signs one (issue 12,
defect 3)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from onsshare_desktop.domain.amendments import RequestTarget, TargetKind, new_request
from onsshare_desktop.domain.control_chars import ControlCharactersError
from onsshare_desktop.domain.documents import DOCUMENT_FILES, DocumentKind, dump_document
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.identity.store import UnlockedIdentity
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.documents import build_signed_document
from onsshare_desktop.pack.manifest import MANIFEST_FILE, PackManifest
from onsshare_desktop.pack.reading import Refusal
from onsshare_desktop.pack.verify import Verdict, verify_pack
from tests.pack.conftest import ExportedPack
from tests.pack.document_support import sample_benefits, sample_decision, sample_return

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
CHARS = ["\x1b", "\x00", "\x07", "\x0b", "\x0c", "\x7f", "\x9b"]


def _hostile_documents() -> dict[str, Any]:
    """Each kind with one text carrying ``{c}`` where the control character goes (a field a person types)."""
    note = sample_return()
    return {
        "return": lambda c: replace(note, requests=(replace(note.requests[0], text=f"Name who{c}[8m benefits"),
                                                    *note.requests[1:])),
        "decision": lambda c: replace(sample_decision(), conditions=f"Outputs pass{c}[2J disclosure control."),
        "benefits": lambda c: replace(sample_benefits(), benefits=f"Two councils{c}]0;pwned changed rules."),
    }


def sign_as_is(files: dict[str, bytes], signer: UnlockedIdentity, pages: bytes) -> bytes:
    """``files`` embedded and signed over ``pages`` with no checks (a sender with a real key and their own tool)."""
    from onsshare_desktop.pack.sign import FileToEmbed, embed_and_sign

    return embed_and_sign(pages, [FileToEmbed(n, d, "application/json", n) for n, d in files.items()], signer,
                          None, NOW, reason="test")


def _manifest(kind: str, data: bytes, ref: str, version: int) -> bytes:
    return PackManifest("x", "2026-01-01T00:00:00Z", "t", "ons-data-share-request", "1.0", ref, version,
                        hashlib.sha256(data).hexdigest(), kind=kind).dump()


@pytest.mark.parametrize("char", CHARS)
@pytest.mark.parametrize("kind", ["return", "decision", "benefits"])
def test_a_document_carrying_a_control_character_is_refused_with_a_named_reason(
        kind: str, char: str, one_pack: ExportedPack, trust: TrustStore) -> None:
    from onsshare_desktop.pack.document_pages import render_document

    document = _hostile_documents()[kind](char)
    data = dump_document(document)
    pages = render_document(_hostile_documents()[kind](""), "x")
    pdf = sign_as_is({DOCUMENT_FILES[DocumentKind(kind)]: data,
                      MANIFEST_FILE: _manifest(kind, data, document.case_ref, document.version)},
                     one_pack.signer, pages)
    report = verify_pack(pdf, trust)
    assert report.verdict is Verdict.REFUSED and report.refusal is Refusal.INVALID_CASE, report.reason
    assert f"{DOCUMENT_FILES[DocumentKind(kind)]} carries control characters" in report.reason
    assert f"U+{ord(char):04X}" in report.reason and "$." in report.reason  # which character, and where
    assert report.document is None


@pytest.mark.parametrize("kind", ["return", "decision", "benefits"])
def test_the_app_never_signs_a_document_carrying_a_control_character(kind: str, one_pack: ExportedPack) -> None:
    with pytest.raises(ControlCharactersError, match="U\\+001B"):
        build_signed_document(_hostile_documents()[kind]("\x1b"), "ons-data-share-request", "1.0",
                              one_pack.signer, NOW)


def test_a_request_to_the_requester_refuses_control_characters() -> None:
    with pytest.raises(UserError, match="U\\+0007"):
        new_request("ONS-DSR-2026-RTRIP1", "ab" * 32, RequestTarget(TargetKind.QUESTION, "benefits"),
                    "Name who\x07 benefits", "Sam Screener", NOW)


# -- screening records ------------------------------------------------------------------------------------------

@pytest.fixture
def record_parts(database: Any, tmp_path: Path) -> tuple[Any, bytes]:
    """A real screening record of a received pack (imported), and that pack's bytes."""
    from onsshare_desktop.cli import run
    from onsshare_desktop.domain.questions import load_question_set
    from onsshare_desktop.domain.screening.annotations import SectionStatus
    from onsshare_desktop.domain.screening.record import build_record
    from onsshare_desktop.domain.screening.stages import Move, Outcome
    from tests.screening_data import SCREENER, signed_pack

    original = signed_pack()
    (tmp_path / "pack.pdf").write_bytes(original)
    assert run(["import", str(tmp_path / "pack.pdf")]) == 0
    pack_id = database.screening.register()[0].id
    database.screening.annotate(pack_id, "benefit", SectionStatus.CONCERN, "Which councils?", SCREENER)
    database.screening.move(pack_id, Move(Outcome.START_FIRST_SCREENING), SCREENER)
    return build_record(database.screening.get(pack_id), load_question_set(), SCREENER, NOW), original


@pytest.mark.parametrize("char", CHARS)
def test_a_screening_record_carrying_a_control_character_is_refused_with_a_named_reason(
        char: str, record_parts: tuple[Any, bytes], tmp_path: Path) -> None:
    from onsshare_desktop.domain.screening.record import RECORD_FILE
    from onsshare_desktop.pack.record import render_record
    from tests.screening_data import requester, screener

    record, original = record_parts
    raw = record.to_json()
    raw["annotations"][0]["comment"] = f"Which{char}[8m councils?"
    data = (json.dumps(raw, indent=2, ensure_ascii=False) + "\n").encode()
    manifest = PackManifest("x", "2026-01-01T00:00:00Z", "t", "ons-data-share-request", "1.0", record.case_ref,
                            record.version, hashlib.sha256(data).hexdigest(), kind="record").dump()
    from onsshare_desktop.pack.sign import FileToEmbed, embed_and_sign

    pdf = embed_and_sign(render_record(record, "x"), [
        FileToEmbed(RECORD_FILE, data, "application/json", "record"),
        FileToEmbed(MANIFEST_FILE, manifest, "application/json", "manifest"),
        FileToEmbed(record.original_pack.file_name, original, "application/pdf", "pack", relationship="Source"),
    ], screener(), None, NOW, reason="test")
    trust = TrustStore(tmp_path / "trust", extra=[screener().certificate, requester().certificate])
    report = verify_pack(pdf, trust)
    assert report.verdict is Verdict.REFUSED and report.refusal is Refusal.INVALID_CASE, report.reason
    assert "record.json carries control characters" in report.reason
    assert f"U+{ord(char):04X}" in report.reason and "$.annotations[0].comment" in report.reason


def test_the_app_never_signs_a_screening_record_carrying_a_control_character(
        record_parts: tuple[Any, bytes]) -> None:
    from onsshare_desktop.pack.record import build_signed_record
    from tests.screening_data import screener

    record, original = record_parts
    hostile = replace(record, annotations=(replace(record.annotations[0], comment="Which\x1b[8m councils?"),))
    with pytest.raises(ControlCharactersError, match=r"screening record cannot be signed: \$\.annotations"):
        build_signed_record(hostile, "ons-data-share-request", "1.0", original, screener(), NOW)
