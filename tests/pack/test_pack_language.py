"""Signed documents in their author's language (issue 18): the manifest records it, the pages are written in it, and
the pages check renders them again in it whatever the reader's language.

Until the Welsh catalogue is complete, Welsh and English pages would read the same, so most tests here use the
pseudo-Welsh catalogue (``pseudo_cy``: every translated text marked ``ŵ·``): it shows exactly which texts were
written in which language, and that a Welsh render really differs from an English one.
"""

from __future__ import annotations

import dataclasses
import json
import re
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest

from onsshare_desktop import i18n
from onsshare_desktop.domain.dates import month_name
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack import export as export_module
from onsshare_desktop.pack.documents import build_signed_document
from onsshare_desktop.pack.export import build_signed_pack
from onsshare_desktop.pack.manifest import MANIFEST_FILE, PackManifest, UnknownLanguageError
from onsshare_desktop.pack.pages import PagesCheck
from onsshare_desktop.pack.reading import Refusal
from onsshare_desktop.pack.verify import Verdict, verify_pack
from tests.i18n_support import MARK
from tests.pack.conftest import ExportedPack
from tests.pack.document_support import sample_decision, sample_return
from tests.pack.support import body_text, normalised

NOW = datetime(2026, 11, 29, 18, 40, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def _english_process():
    i18n.set_language(i18n.ENGLISH)
    yield
    i18n.set_language(i18n.ENGLISH)


def _manifest(**changes: object) -> PackManifest:
    return dataclasses.replace(PackManifest("id", "2026-11-29T18:40:00Z", "1", "form", "1.0", "ONS-DSR-2026-AAAAAA",
                                            1, "ab" * 32), **changes)


def _raw(manifest: PackManifest, **changes: object) -> bytes:
    raw = {**manifest.to_json(), **changes}
    return json.dumps({k: v for k, v in raw.items() if v is not ...}).encode()


# -- the manifest -----------------------------------------------------------------------------------------------

def test_a_manifest_records_its_language_and_reads_it_back() -> None:
    welsh = _manifest(language="cy")
    assert welsh.to_json()["language"] == "cy"
    assert PackManifest.load(welsh.dump()).language == "cy"
    assert _manifest().to_json()["language"] == "en"


def test_a_manifest_made_before_languages_were_recorded_is_english() -> None:
    assert PackManifest.load(_raw(_manifest(), language=...)).language == "en"


@pytest.mark.parametrize("language", ["fr", "CY", "cy_GB", "", None, 7, ["cy"], "x" * 500])
def test_a_manifest_in_a_language_this_app_does_not_speak_is_refused(language: object) -> None:
    with pytest.raises(UnknownLanguageError) as raised:
        PackManifest.load(_raw(_manifest(), language=language))
    assert len(str(raised.value)) < 60  # named, never echoed at length


# -- packs ------------------------------------------------------------------------------------------------------

def _pack(one_pack: ExportedPack, language: str | None = None) -> bytes:
    return build_signed_pack(one_pack.case.with_attachments(()), one_pack.qs, one_pack.signer, {}, now=NOW,
                             language=language).pdf


def _pack_claiming(one_pack: ExportedPack, claimed: object, rendered_in: str,
                   monkeypatch: pytest.MonkeyPatch) -> bytes:
    """Pages written in ``rendered_in``; a signed manifest saying ``claimed`` (``...``: no language at all, as
    before languages were recorded). Made by the app's own export with only the embedded manifest changed."""
    real = export_module._pack_files

    def files(*args: object) -> object:
        manifest, embedded = real(*args)
        data = _raw(manifest, language=claimed)
        return manifest, [dataclasses.replace(f, data=data) if f.name == MANIFEST_FILE else f for f in embedded]

    with monkeypatch.context() as patch:
        patch.setattr(export_module, "_pack_files", files)
        return _pack(one_pack, rendered_in)


def test_a_pack_is_written_in_the_language_of_the_export(one_pack: ExportedPack, trust: TrustStore,
                                                         pseudo_cy: None) -> None:
    i18n.set_language(i18n.WELSH)  # the app's language when exporting
    pdf = _pack(one_pack)
    i18n.set_language(i18n.ENGLISH)
    report = verify_pack(pdf, trust)
    assert report.manifest is not None and report.manifest.language == "cy"
    text = normalised(body_text(pdf))
    for fixed in ("ONS data sharing request · Submission pack", "Contents", "Policy preconditions", "Attachments",
                  "Digital signature", "Signed digitally by"):
        assert MARK + fixed in text, fixed
    assert MARK + month_name(11) in text  # the date's month, through the catalogue
    with i18n.use_language(i18n.WELSH):
        section = load_question_set(one_pack.case.form_id, one_pack.case.form_version).sections[0]
    assert section.title in text  # the question set as the form gives it in that language
    assert str(one_pack.case.answers["project_title"]) in text.replace(MARK, "")  # answers printed as written


def test_a_welsh_pack_verifies_on_an_english_machine(one_pack: ExportedPack, trust: TrustStore,
                                                     pseudo_cy: None) -> None:
    pdf = _pack(one_pack, "cy")
    report = verify_pack(pdf, trust)
    assert report.verdict is Verdict.TRUSTED, report.reason
    assert report.pages_check is PagesCheck.RE_RENDERED
    assert MARK not in report.reason  # the verdict speaks the reader's language


def test_an_english_pack_verifies_on_a_welsh_machine(one_pack: ExportedPack, trust: TrustStore,
                                                     pseudo_cy: None) -> None:
    pdf = _pack(one_pack, "en")
    assert MARK not in body_text(pdf)
    i18n.set_language(i18n.WELSH)
    report = verify_pack(pdf, trust)
    assert report.verdict is Verdict.TRUSTED, report.reason
    assert report.pages_check is PagesCheck.RE_RENDERED
    assert report.reason.startswith(MARK)  # in the reader's Welsh, about English pages


def test_a_welsh_pack_checked_on_a_worker_leaves_the_window_in_english(one_pack: ExportedPack, trust: TrustStore,
                                                                       pseudo_cy: None) -> None:
    pdf = _pack(one_pack, "cy")
    reports: list[object] = []
    worker = threading.Thread(target=lambda: reports.append(verify_pack(pdf, trust)))
    worker.start()
    worker.join(120)
    assert [r.verdict for r in reports] == [Verdict.TRUSTED]  # type: ignore[attr-defined]
    assert i18n.current_language() == "en" and i18n._("Contents") == "Contents"


@pytest.mark.parametrize(("claimed", "rendered_in"), [("cy", "en"), ("en", "cy")])
def test_a_pack_whose_manifest_language_was_changed_is_refused(one_pack: ExportedPack, trust: TrustStore,
                                                               pseudo_cy: None, monkeypatch: pytest.MonkeyPatch,
                                                               claimed: str, rendered_in: str) -> None:
    report = verify_pack(_pack_claiming(one_pack, claimed, rendered_in, monkeypatch), trust)
    assert report.refusal is Refusal.PAGES_DIFFER, report.reason
    assert re.match(r"page \d+ does not show what the signed data says", report.reason)


def test_the_forging_helper_makes_a_trusted_pack_when_it_claims_the_truth(
        one_pack: ExportedPack, trust: TrustStore, pseudo_cy: None, monkeypatch: pytest.MonkeyPatch) -> None:
    report = verify_pack(_pack_claiming(one_pack, "cy", "cy", monkeypatch), trust)
    assert report.verdict is Verdict.TRUSTED, report.reason


def test_a_pack_from_before_languages_still_checks_in_english(one_pack: ExportedPack, trust: TrustStore,
                                                              pseudo_cy: None, monkeypatch: pytest.MonkeyPatch) -> None:
    i18n.set_language(i18n.WELSH)  # even on a Welsh machine: a manifest without a language means English
    report = verify_pack(_pack_claiming(one_pack, ..., "en", monkeypatch), trust)
    assert report.verdict is Verdict.TRUSTED, report.reason
    assert report.pages_check is PagesCheck.RE_RENDERED
    assert report.manifest is not None and report.manifest.language == "en"


def test_a_pack_in_an_unknown_language_is_refused_by_name(one_pack: ExportedPack, trust: TrustStore,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    report = verify_pack(_pack_claiming(one_pack, "fr", "en", monkeypatch), trust)
    assert report.refusal is Refusal.UNKNOWN_LANGUAGE
    assert "“fr”" in report.reason and report.to_json()["refusal"] == "unknown-language"


# -- return notes, decision letters, benefits reports ---------------------------------------------------------

def test_a_welsh_decision_letter_is_written_in_welsh_and_verifies_in_english(
        one_pack: ExportedPack, trust: TrustStore, pseudo_cy: None) -> None:
    pdf = build_signed_document(sample_decision(), "ons-data-share-request", "1.0", one_pack.signer, NOW,
                                language="cy").pdf
    text = normalised(body_text(pdf))
    assert MARK + "Decision: " + MARK + "Approved with conditions" in text  # its label, translated on rendering
    assert "Outputs pass disclosure control first." in text  # the screener's words, as written
    report = verify_pack(pdf, trust)
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason
    assert report.manifest is not None and report.manifest.language == "cy"


def test_an_english_return_note_verifies_on_a_welsh_machine(one_pack: ExportedPack, trust: TrustStore,
                                                            pseudo_cy: None) -> None:
    pdf = build_signed_document(sample_return(), "ons-data-share-request", "1.0", one_pack.signer, NOW).pdf
    assert MARK not in body_text(pdf)
    i18n.set_language(i18n.WELSH)
    report = verify_pack(pdf, trust)
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason


def test_a_document_whose_manifest_language_was_changed_is_refused(one_pack: ExportedPack, trust: TrustStore,
                                                                   pseudo_cy: None,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from onsshare_desktop.pack import documents as documents_module

    real = documents_module.PackManifest

    def claiming_welsh(*args: object, **kwargs: object) -> PackManifest:
        return dataclasses.replace(real(*args, **kwargs), language="cy")  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(documents_module, "PackManifest", claiming_welsh)
        pdf = build_signed_document(sample_return(), "ons-data-share-request", "1.0", one_pack.signer, NOW,
                                    language="en").pdf
    report = verify_pack(pdf, trust)
    assert report.refusal is Refusal.PAGES_DIFFER, report.reason


def test_a_document_in_an_unknown_language_is_refused_by_name(one_pack: ExportedPack, trust: TrustStore,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from onsshare_desktop.pack import documents as documents_module

    real = documents_module.PackManifest

    class Breton(real):  # type: ignore[misc, valid-type]
        def to_json(self) -> dict[str, object]:
            return {**super().to_json(), "language": "br"}

    with monkeypatch.context() as patch:
        patch.setattr(documents_module, "PackManifest", Breton)
        pdf = build_signed_document(sample_decision(), "ons-data-share-request", "1.0", one_pack.signer, NOW).pdf
    report = verify_pack(pdf, trust)
    assert report.refusal is Refusal.UNKNOWN_LANGUAGE, report.reason
    assert "“br”" in report.reason


def test_the_catalogue_is_what_a_welsh_pack_uses_when_it_has_the_words(one_pack: ExportedPack, trust: TrustStore,
                                                                       tmp_path: Path) -> None:
    """With the real catalogue: whatever it translates appears on a Welsh pack, and the pack verifies in English."""
    welsh = i18n.catalogue(i18n.WELSH)
    pdf = _pack(one_pack, "cy")
    text = normalised(body_text(pdf))
    for english in ("Contents", "Policy preconditions", "Digital signature"):
        assert welsh.gettext(english) in text
    report = verify_pack(pdf, trust)
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason


def test_a_welsh_pack_reads_in_welsh_with_its_answers_as_written(one_pack: ExportedPack, trust: TrustStore) -> None:
    """The real catalogue and question set: the words a reader of Welsh sees on a Welsh pack."""
    pdf = _pack(one_pack, "cy")
    text = normalised(body_text(pdf))
    for welsh in ("Cais i rannu data'r ONS · Pecyn cyflwyno", "Cyfeirnod", "29 Tachwedd 2026, 18:40 UTC", "Cynnwys",
                  "Y parti sy'n gwneud cais", "Rhagamodau'r polisi", "Llofnod digidol", "Llofnodwyd yn ddigidol gan"):
        assert welsh in text, welsh
    assert "Contents" not in text and "November" not in text
    assert str(one_pack.case.answers["org_name"]) in text  # as the requester wrote it
    pages = subprocess_pages(pdf)
    assert pages[0].rstrip().endswith(f"Tudalen 1 o {len(pages)}")
    i18n.set_language(i18n.ENGLISH)
    report = verify_pack(pdf, trust)
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason


def subprocess_pages(pdf: bytes) -> list[str]:
    import subprocess

    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", "-", "-"], input=pdf, check=True,
                          capture_output=True).stdout.decode()
    return text.split("\f")[:-1]


def test_a_welsh_decision_letter_reads_in_welsh(one_pack: ExportedPack, trust: TrustStore) -> None:
    welsh = i18n.catalogue(i18n.WELSH).gettext
    pdf = build_signed_document(sample_decision(), "ons-data-share-request", "1.0", one_pack.signer, NOW,
                                language="cy").pdf
    text = normalised(body_text(pdf))
    for english in ("Decision: {d}", "Next steps", "Submission packs this decision rests on", "Date of decision"):
        assert welsh(english) != english, english
    assert welsh("Decision: {d}").format(d=welsh("Approved with conditions")) in text
    assert welsh("Next steps") in text and welsh("Date of decision") in text
    assert "Outputs pass disclosure control first." in text  # the screener's words, as written
    report = verify_pack(pdf, trust)
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason


def test_a_welsh_pack_from_an_older_renderer_is_checked_by_its_welsh_text(one_pack: ExportedPack,
                                                                          trust: TrustStore,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.pack.test_pack_pages import older_renderer

    with monkeypatch.context() as patch:
        older_renderer(patch)
        pdf = _pack(one_pack, "cy")
    report = verify_pack(pdf, trust)  # on an English machine
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.TEXT, report.reason
    with monkeypatch.context() as patch:
        older_renderer(patch)
        english_pages = _pack(one_pack, "en")
    forged = _claiming_language(english_pages, "cy", one_pack, monkeypatch)
    assert verify_pack(forged, trust).refusal is Refusal.PAGES_DIFFER


def _claiming_language(pdf: bytes, language: str, one_pack: ExportedPack, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """``pdf``'s pages, signed again with its manifest saying ``language`` (as a forger with a key would)."""
    from onsshare_desktop.pack.reading import read_signed_pdf
    from onsshare_desktop.pack.sign import FileToEmbed, embed_and_sign

    signed = read_signed_pdf(pdf)
    pages = signed.data[:signed.data.find(b"%%EOF") + 5]  # the first revision: the rendered pages alone
    files = []
    for name, embedded in signed.files.items():
        data = _raw(PackManifest.load(embedded.data), language=language) if name == MANIFEST_FILE else embedded.data
        files.append(FileToEmbed(name, data, "application/json", name))
    return embed_and_sign(pages, files, one_pack.signer, None, NOW, reason="test")
