"""Return notes, decision letters and benefits reports: signed like packs, each of its own kind, and every hostile
variant refused with a named reason."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from onsshare_desktop.domain.documents import dump_document
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.documents import build_signed_document, write_document
from onsshare_desktop.pack.reading import Refusal
from onsshare_desktop.pack.verify import Verdict, verify_pack
from tests.pack.conftest import ExportedPack
from tests.pack.document_support import sample_benefits, sample_decision, sample_return
from tests.pack.support import make_identity, normalised, pdftotext

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
SAMPLES = {"return": sample_return, "decision": sample_decision, "benefits": sample_benefits}


def _signed(one_pack: ExportedPack, kind: str) -> bytes:
    return build_signed_document(SAMPLES[kind](), "ons-data-share-request", "1.0", one_pack.signer, NOW).pdf


def _resigned(one_pack: ExportedPack, files: dict[str, bytes]) -> bytes:
    """A document signed by the real identity whose embedded files are exactly ``files`` (a forger with a key)."""
    from onsshare_desktop.pack.document_pages import render_document
    from onsshare_desktop.pack.sign import FileToEmbed, embed_and_sign

    rendered = render_document(sample_return(), "x")
    return embed_and_sign(rendered, [FileToEmbed(n, d, "application/json", n) for n, d in files.items()],
                          one_pack.signer, None, NOW, reason="test")


def _manifest(kind: str, data: bytes, ref: str = "ONS-DSR-2026-RTRIP1", version: int = 1) -> bytes:
    from onsshare_desktop.pack.manifest import PackManifest

    return PackManifest("x", "2026-01-01T00:00:00Z", "t", "ons-data-share-request", "1.0", ref, version,
                        hashlib.sha256(data).hexdigest(), kind=kind).dump()


@pytest.mark.parametrize("kind", ["return", "decision", "benefits"])
def test_each_kind_verifies_with_its_document(one_pack: ExportedPack, trust: TrustStore, kind: str) -> None:
    report = verify_pack(_signed(one_pack, kind), trust)
    assert report.verdict is Verdict.TRUSTED, report.reason
    assert report.kind == kind and report.document == SAMPLES[kind]()
    assert report.to_json()["answers_pack_sha256"] == "ab" * 32
    untrusted = verify_pack(_signed(one_pack, kind), TrustStore(Path("/nonexistent-trust")))
    assert untrusted.verdict is Verdict.UNTRUSTED


def test_return_note_pages_set_each_request_beside_its_question(one_pack: ExportedPack, tmp_path: Path) -> None:
    out = tmp_path / "return.pdf"
    write_document(sample_return(), "ons-data-share-request", "1.0", one_pack.signer, out, NOW)
    text = normalised(pdftotext(out))
    for expected in ("Return note: ONS-DSR-2026-RTRIP1", "Reply by 20 December 2026", "What public benefits",
                     "Better housing policy.", "Name who benefits, and how.", "Name the accredited environment.",
                     "ab" * 32):
        assert expected in text, expected


def test_decision_letter_pages_state_decision_conditions_next_steps_and_packs(one_pack: ExportedPack,
                                                                                 tmp_path: Path) -> None:
    out = tmp_path / "decision.pdf"
    write_document(sample_decision(), "ons-data-share-request", "1.0", one_pack.signer, out, NOW)
    text = normalised(pdftotext(out))
    for expected in ("Decision: Approved with conditions", "Outputs pass disclosure control first.", "Dana Director",
                     "Data Sharing Agreement", "cd" * 32, "ab" * 32):
        assert expected in text, expected


# -- hostile treatment ------------------------------------------------------------------------------------------

def _refusal(data: bytes, trust: TrustStore) -> Refusal | None:
    report = verify_pack(data, trust)
    if report.verdict is Verdict.REFUSED:
        assert report.reason and report.document is None
    return report.refusal


@pytest.mark.parametrize("kind", ["return", "decision", "benefits"])
def test_tampered_truncated_and_appended_documents_are_refused(one_pack: ExportedPack, trust: TrustStore,
                                                                 kind: str) -> None:
    pdf = _signed(one_pack, kind)
    flipped = bytearray(pdf)
    at = pdf.index(b"/Contents (") if b"/Contents (" in pdf else len(pdf) // 3
    flipped[at // 2] ^= 0x01
    assert _refusal(bytes(flipped), trust) is not None
    assert _refusal(pdf[: len(pdf) // 2], trust) in (Refusal.UNREADABLE, Refusal.NOT_SIGNED, Refusal.TAMPERED)
    assert _refusal(pdf + b"\n% appended\n", trust) is Refusal.MODIFIED_AFTER_SIGNING


def test_swapped_json_is_refused(one_pack: ExportedPack, trust: TrustStore) -> None:
    good = dump_document(sample_return())
    forged = dump_document(sample_return(pack_sha256="ef" * 32))
    assert _refusal(_resigned(one_pack, {"return.json": forged, "manifest.json": _manifest("return", good)}),
                    trust) is Refusal.INVALID_CASE


def test_a_json_of_another_kind_under_the_manifest_kind_is_refused_as_wrong_kind(one_pack: ExportedPack,
                                                                                 trust: TrustStore) -> None:
    decision = dump_document(sample_decision())
    pdf = _resigned(one_pack, {"return.json": decision, "manifest.json": _manifest("return", decision)})
    assert _refusal(pdf, trust) is Refusal.WRONG_KIND


def test_a_manifest_of_another_case_is_refused(one_pack: ExportedPack, trust: TrustStore) -> None:
    data = dump_document(sample_return())
    pdf = _resigned(one_pack, {"return.json": data,
                               "manifest.json": _manifest("return", data, ref="ONS-DSR-2026-OTHER1")})
    assert _refusal(pdf, trust) is Refusal.WRONG_CASE


def test_invalid_json_and_extra_files_are_refused(one_pack: ExportedPack, trust: TrustStore) -> None:
    bad = json.dumps({**sample_return().to_json(), "requests": []}).encode()
    assert _refusal(_resigned(one_pack, {"return.json": bad, "manifest.json": _manifest("return", bad)}),
                    trust) is Refusal.INVALID_CASE
    data = dump_document(sample_return())
    assert _refusal(_resigned(one_pack, {"return.json": data, "manifest.json": _manifest("return", data),
                                         "payload.exe": b"MZ"}), trust) is Refusal.ATTACHMENT_MISMATCH
    assert _refusal(_resigned(one_pack, {"manifest.json": _manifest("return", data)}), trust) is Refusal.NOT_A_PACK


def test_oversized_document_is_refused(one_pack: ExportedPack, trust: TrustStore, tmp_path: Path) -> None:
    from onsshare_desktop.pack import limits

    big = tmp_path / "big.pdf"
    with open(big, "wb") as fh:
        fh.write(_signed(one_pack, "return"))
        fh.truncate(limits.MAX_PDF_BYTES + 1)
    assert _refusal_path(big, trust) is Refusal.TOO_LARGE


def _refusal_path(path: Path, trust: TrustStore) -> Refusal | None:
    return verify_pack(path, trust).refusal


def test_a_lookalike_signer_is_not_trusted(one_pack: ExportedPack, tmp_path: Path) -> None:
    from onsshare_desktop.paths import DataPaths

    twin = make_identity(DataPaths(tmp_path / "twin").ensure())  # same name, organisation and e-mail; another key
    pdf = build_signed_document(sample_return(), "ons-data-share-request", "1.0", twin, NOW).pdf
    report = verify_pack(pdf, TrustStore(tmp_path / "trust", extra=[one_pack.signer.certificate]))
    assert report.verdict is Verdict.UNTRUSTED and not report.signer_trusted


def test_fuzzed_documents_never_raise(one_pack: ExportedPack, trust: TrustStore) -> None:
    import random

    pdf = _signed(one_pack, "decision")
    rng = random.Random(15)
    for _ in range(25):
        data = bytearray(pdf)
        for _flip in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        report = verify_pack(bytes(data), trust)
        assert report.verdict in (Verdict.REFUSED, Verdict.TRUSTED)
        if report.verdict is Verdict.TRUSTED:
            assert report.document == sample_decision()


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_document_pages_are_checked_by_re_rendering(kind: str, one_pack: ExportedPack, trust: TrustStore,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The pages check covers every round-trip kind: a genuine document passes by re-rendering; one whose pages were
    rendered from another document than its signed JSON (and consistent manifest) says is refused."""
    import dataclasses

    from onsshare_desktop.pack import document_pages
    from onsshare_desktop.pack.pages import PagesCheck

    report = verify_pack(_signed(one_pack, kind), trust)
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason
    genuine = SAMPLES[kind]()
    forged = dataclasses.replace(genuine, title="A quite different request")
    real_render = document_pages.render_document
    monkeypatch.setattr(document_pages, "render_document", lambda _doc, doc_id: real_render(genuine, doc_id))
    data = build_signed_document(forged, "ons-data-share-request", "1.0", one_pack.signer, NOW).pdf
    monkeypatch.undo()
    report = verify_pack(data, trust)
    assert report.refusal is Refusal.PAGES_DIFFER and report.reason.startswith("page 1 "), report.reason
