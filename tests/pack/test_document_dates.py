"""Return notes, decision letters and benefits reports print dates and times as people read them, in the document's
language (layout 2): "29 November 2026, 11:00 UTC" beside a request, not "2026-11-29T11:00:00Z". The times are UTC,
as the screening record's, so that the pages render the same on every computer (the pages check renders them
again wherever they are verified). Layout 1, which printed ISO 8601, still renders byte for byte: documents signed
by the previous app version still pass the pages check.

When a digest test fails after a deliberate change to the documents' pages: raise ``LAYOUT_VERSION`` in
``pack/document_pages.py``, keep the previous layout in ``RENDERABLE_LAYOUTS``, and record the new digests below.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from onsshare_desktop import i18n
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack import document_pages
from onsshare_desktop.pack.documents import build_signed_document, write_document
from onsshare_desktop.pack.pages import PagesCheck
from onsshare_desktop.pack.verify import Verdict, verify_pack
from tests.pack.conftest import ExportedPack
from tests.pack.document_support import sample_benefits, sample_decision, sample_return
from tests.pack.support import normalised, pdftotext

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
SAMPLES = {"return": sample_return, "decision": sample_decision, "benefits": sample_benefits}
DOCUMENT_ID = "00000000-0000-4000-8000-000000000000"

# layout -> SHA-256 of each sample rendered in English with DOCUMENT_ID
DOCUMENT_LAYOUTS: dict[int, dict[str, str]] = {
    1: {"return": "6652dda6bdb190e2eb5cb0bc4f88d305bacbf9ba408793cdd3b9409ec1b1f52d",
        "decision": "c9dec8b65bcc0a43c35a794a558da3e80bfabc9904d7abde0ec7fa57572d63b3",
        "benefits": "5d7e7db6756f6b1cb922b8d9b659a3ae7eb4ddf3915b4b9d65734a89a21c31cb"},
    # 2: dates and times as people read them
    2: {"return": "3949a6670ee5cd02978e9768540093f96c5cdfa7aa4f931ba8cb350c5043610b",
        "decision": "848cb833e9e75c385b79868c117ed4983f43d71dcbe4864c3537e7b89a9de151",
        "benefits": "92fe3d39cc9f882f0bff86fab822b1fb631eb4804d8dcff805f841d52c9de7bd"},
}


def _digests(layout: int | None = None) -> dict[str, str]:
    return {kind: hashlib.sha256(document_pages.render_document(sample(), DOCUMENT_ID, layout)).hexdigest()
            for kind, sample in SAMPLES.items()}


def test_a_changed_document_layout_has_a_new_layout_version() -> None:
    assert _digests() == DOCUMENT_LAYOUTS.get(document_pages.LAYOUT_VERSION), (
        f"the documents' pages changed (or layout {document_pages.LAYOUT_VERSION} is new): raise LAYOUT_VERSION in "
        f"pack/document_pages.py if it was not raised, and record {document_pages.LAYOUT_VERSION}: {_digests()!r}")


def test_every_earlier_layout_still_renders_as_it_did() -> None:
    for layout in document_pages.RENDERABLE_LAYOUTS:
        assert _digests(layout) == DOCUMENT_LAYOUTS[layout], f"layout {layout} no longer renders as it did"


def _text(one_pack: ExportedPack, kind: str, tmp_path: Path, language: str) -> str:
    out = tmp_path / f"{kind}-{language}.pdf"
    write_document(SAMPLES[kind](), "ons-data-share-request", "1.0", one_pack.signer, out, NOW, language)
    return normalised(pdftotext(out))


def test_a_return_note_shows_when_each_request_was_made_as_people_read_it(one_pack: ExportedPack,
                                                                          tmp_path: Path) -> None:
    text = _text(one_pack, "return", tmp_path, i18n.ENGLISH)
    assert "Sam Screener, 29 November 2026, 11:00 UTC · request 0b7ac3a0" in text
    assert "Sam Screener, 29 November 2026, 11:05 UTC · request 1c8bd4b1" in text
    assert "Returned on 29 November 2026" in text and "Reply by 20 December 2026" in text
    assert "send the new signed pack by 20 December 2026." in text
    assert "2026-11-29" not in text and "2026-12-20" not in text


def test_in_welsh_the_months_are_welsh(one_pack: ExportedPack, tmp_path: Path) -> None:
    with i18n.use_language(i18n.WELSH):
        november, december = i18n._("November"), i18n._("December")
    assert november != "November"
    text = _text(one_pack, "return", tmp_path, i18n.WELSH)
    assert f"Sam Screener, 29 {november} 2026, 11:00 UTC" in text and f"20 {december} 2026" in text
    assert "2026-11-29T11:00:00Z" not in text


def test_a_decision_letter_and_a_benefits_report_show_their_dates_the_same_way(one_pack: ExportedPack,
                                                                             tmp_path: Path) -> None:
    assert "Date of decision 30 November 2026" in _text(one_pack, "decision", tmp_path, i18n.ENGLISH)
    benefits = _text(one_pack, "benefits", tmp_path, i18n.ENGLISH)
    assert "Reported on 1 April 2027" in benefits and "1 March 2027" in benefits and "2027-03-01" not in benefits


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_a_document_signed_in_layout_1_still_passes_the_pages_check(one_pack: ExportedPack, trust: TrustStore,
                                                                   monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    """As the previous app version made it: its manifest names layout 1 and its pages print ISO dates."""
    monkeypatch.setattr(document_pages, "LAYOUT_VERSION", 1)
    old = build_signed_document(SAMPLES[kind](), "ons-data-share-request", "1.0", one_pack.signer, NOW).pdf
    monkeypatch.undo()
    report = verify_pack(old, trust)
    assert report.verdict is Verdict.TRUSTED, report.reason
    assert report.manifest is not None and report.manifest.renderer is not None
    assert report.manifest.renderer.layout == "document-1"
    assert report.pages_check is PagesCheck.RE_RENDERED
