"""Import orchestration with stand-in verifier and store: only intact packs are stored; every file gets a result."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.screening.importing import (
    ImportStatus, IncomingPack, Stored, collect_pdfs, import_packs,
)
from tests.screening_data import example_case


@dataclass(frozen=True)
class Signer:
    name: str = "Dr Rhian Pritchard"
    email: str = "rhian@gov.wales"
    fingerprint: str = "ab" * 32


@dataclass(frozen=True)
class Report:
    reason: str
    intact: bool
    is_record: bool = False
    kind: str | None = "pack"
    signer_trusted: bool = True
    case: Case | None = None
    signer: Signer | None = None
    language: str = "en"


def verifier(data: bytes) -> Report:
    if data.startswith(b"tampered"):
        return Report("the signature does not match the document: it was changed after signing", intact=False)
    if data.startswith(b"record"):
        return Report("intact", intact=True, is_record=True, case=example_case(), signer=Signer())
    if data.startswith(b"return"):
        return Report("intact", intact=True, kind="return", signer=Signer())
    if data.startswith(b"decision"):
        return Report("intact", intact=True, kind="decision", signer=Signer())
    return Report("intact", intact=True, signer_trusted=not data.startswith(b"untrusted"), case=example_case(),
                  signer=Signer())


class MemoryStore:
    def __init__(self) -> None:
        self.packs: dict[str, IncomingPack] = {}

    def __call__(self, pack: IncomingPack) -> Stored:
        if pack.sha256 in self.packs:
            return Stored(list(self.packs).index(pack.sha256) + 1, False, None)
        self.packs[pack.sha256] = pack
        return Stored(len(self.packs), True, None)


def test_good_duplicate_untrusted_tampered_record_and_unreadable(tmp_path: Path) -> None:
    files = {"a-good.pdf": b"good", "b-again.pdf": b"good", "c-untrusted.pdf": b"untrusted",
             "d-tampered.pdf": b"tampered", "e-record.pdf": b"record", "f-return.pdf": b"return",
             "g-decision.pdf": b"decision"}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    store = MemoryStore()
    progress: list[int] = []
    results = import_packs([*(tmp_path / n for n in files), tmp_path / "missing.pdf"], verifier, store,
                           progress=lambda pct, _msg: progress.append(pct))
    assert [r.status for r in results] == [ImportStatus.IMPORTED, ImportStatus.DUPLICATE, ImportStatus.IMPORTED,
                                           ImportStatus.REFUSED, ImportStatus.REFUSED, ImportStatus.REFUSED,
                                           ImportStatus.REFUSED, ImportStatus.REFUSED]
    assert results[0].case_ref == "ONS-DSR-EXAMPLE-0001" and results[0].signer_confirmed
    assert "signer not confirmed" in results[2].reason and not results[2].signer_confirmed
    assert "changed after signing" in results[3].reason
    assert "screening record" in results[4].reason
    assert "return note, which is for the requester" in results[5].reason
    assert "decision letter, which is for the requester" in results[6].reason
    assert "cannot read" in results[7].reason
    assert len(store.packs) == 2 and progress[-1] == 100
    assert str(results[3]).startswith(str(tmp_path / "d-tampered.pdf") + ": refused: ")


def test_a_folder_expands_to_its_pdfs(tmp_path: Path) -> None:
    (tmp_path / "b.pdf").write_bytes(b"x")
    (tmp_path / "a.PDF").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.pdf").write_bytes(b"x")
    assert [p.name for p in collect_pdfs([tmp_path])] == ["a.PDF", "b.pdf"]
