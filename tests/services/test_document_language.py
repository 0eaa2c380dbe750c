"""The services write signed documents in the author's language (the app's when exporting, unless told), and the
screener sees the language a received request was written in (issue 18)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from onsshare_desktop import i18n
from onsshare_desktop.domain.screening.stages import Move, Outcome
from onsshare_desktop.identity.secrets import MemorySecretStore
from onsshare_desktop.identity.store import UnlockedIdentity
from onsshare_desktop.pack.pages import PagesCheck
from onsshare_desktop.pack.verify import Verdict
from onsshare_desktop.paths import DataPaths
from onsshare_desktop.services.container import Services
from tests.i18n_support import MARK
from tests.pack.support import body_text, normalised

PASSPHRASE = "correct horse battery staple"
EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "welsh-government-housing.json"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language(i18n.ENGLISH)


@pytest.fixture
def services(data_paths: DataPaths) -> Iterator[Services]:
    services = Services(data_paths.ensure(), MemorySecretStore())
    services.identity.create("Rhian Pritchard", "Welsh Government", "rhian@example.org", PASSPHRASE)
    services.trust.add(services.identity.certificate_pem())
    yield services
    services.close()


def _signer(services: Services) -> UnlockedIdentity:
    signer = services.identity.signing_key().unlock(lambda retry: PASSPHRASE)
    assert signer is not None
    return signer


def _export(services: Services, out: Path, language: str | None = None) -> Path:
    draft = services.requests.import_case(EXAMPLE.read_bytes())
    services.requests.export_pack(draft, out, _signer(services), language=language)
    return out


def test_a_pack_exported_while_the_app_speaks_welsh_is_welsh(services: Services, tmp_path: Path,
                                                             pseudo_cy: None) -> None:
    i18n.set_language(i18n.WELSH)
    path = _export(services, tmp_path / "pack.pdf")
    i18n.set_language(i18n.ENGLISH)
    report = services.packs.verify(path)
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason
    assert report.language == "cy" and report.to_json()["language"] == "cy"
    assert MARK + "Contents" in normalised(body_text(path.read_bytes()))


def test_the_language_asked_for_wins_over_the_apps(services: Services, tmp_path: Path, pseudo_cy: None) -> None:
    i18n.set_language(i18n.WELSH)
    path = _export(services, tmp_path / "pack.pdf", language="en")
    assert services.packs.verify(path).language == "en"
    assert MARK not in body_text(path.read_bytes())


def test_the_screener_sees_the_requests_language_and_records_in_their_own(services: Services, tmp_path: Path,
                                                                          pseudo_cy: None) -> None:
    path = _export(services, tmp_path / "pack.pdf", language="cy")
    screening = services.screening
    [result] = screening.import_packs([path])
    assert result.pack_id is not None
    view = screening.view(result.pack_id)
    assert view.received.language == "cy" and view.to_json()["language"] == "cy"
    screening.move(result.pack_id, Move(Outcome.START_FIRST_SCREENING))

    job = screening.prepare_record(result.pack_id)  # the screener's app speaks English
    out = tmp_path / "record.pdf"
    job.run(_signer(services), out)
    report = services.packs.verify(out)
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason
    assert report.language == "en" and MARK not in body_text(out.read_bytes())

    i18n.set_language(i18n.WELSH)
    welsh = screening.prepare_record(result.pack_id)
    assert all(line.what.startswith(MARK) for line in welsh.record.history)  # its words, in Welsh
    welsh.run(_signer(services), tmp_path / "record-cy.pdf")
    i18n.set_language(i18n.ENGLISH)
    report = services.packs.verify(tmp_path / "record-cy.pdf")
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason
    assert report.language == "cy"
    assert MARK + "Policy checklist" in normalised(body_text((tmp_path / "record-cy.pdf").read_bytes()))


def test_a_pack_imported_before_languages_were_noted_reads_as_english(services: Services, tmp_path: Path) -> None:
    from dataclasses import replace

    path = _export(services, tmp_path / "pack.pdf", language="cy")
    [result] = services.screening.import_packs([path])
    assert result.pack_id is not None
    received = services.screening.get(result.pack_id)
    old = replace(received, history=tuple(
        replace(e, details={k: v for k, v in e.details.items() if k != "language"}) for e in received.history))
    assert received.language == "cy" and old.language == "en"


def test_a_welsh_request_is_shown_with_the_screener_s_questions_and_its_answers_as_written(services: Services,
                                                                                           tmp_path: Path) -> None:
    path = _export(services, tmp_path / "pack.pdf", language="cy")
    [result] = services.screening.import_packs([path])
    assert result.pack_id is not None
    english = services.screening.view(result.pack_id)  # an English screener
    assert english.question_set.section("requester").title == "Requesting party"
    assert english.received.case.answers["org_name"] == "Welsh Government"
    i18n.set_language(i18n.WELSH)  # a Welsh screener, same case
    welsh = services.screening.view(result.pack_id)
    assert welsh.question_set.section("requester").title == "Y parti sy'n gwneud cais"
    assert welsh.received.case.answers == english.received.case.answers  # the answers as written, in any language
