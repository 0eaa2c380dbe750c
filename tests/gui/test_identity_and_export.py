"""Signing identity dialogs and the export flow, driven through the GUI with file and passphrase prompts answered."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from onsshare_desktop.domain.case_io import load_case
from onsshare_desktop.gui.identity.create_identity import CreateIdentityDialog
from onsshare_desktop.gui.identity.identity_dialog import IdentityDialog
from onsshare_desktop.gui.pack_export import PackExportFlow
from onsshare_desktop.identity.store import IdentityStore, passphrase_key
from onsshare_desktop.pack.verify import Verdict, verify_pack
from onsshare_desktop.identity.trust import TrustStore
from tests.gui.export_support import save_by_browsing

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Messages shown (information boxes, and boxes answered with their default button)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: shown.append(f"{title}: {text}"))

    def answer_default(box: QMessageBox) -> int:
        shown.append(f"{box.windowTitle()}: {box.text()} {box.informativeText()}")
        if box.defaultButton() is not None:
            box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_default)
    return shown


def test_create_dialog_explains_what_is_missing_until_it_is_acceptable(qtbot) -> None:
    dialog = CreateIdentityDialog(True, "")
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.ui.problemLabel.text() == "Give the name of the person who signs."
    qtbot.keyClicks(dialog.ui.nameEdit, "Ana Jones")
    qtbot.keyClicks(dialog.ui.organisationEdit, "Cardiff University")
    qtbot.keyClicks(dialog.ui.emailEdit, "ana@")
    assert dialog.ui.problemLabel.text() == "Give your work e-mail address."
    qtbot.keyClicks(dialog.ui.emailEdit, "example.ac.uk")
    qtbot.keyClicks(dialog.ui.passphraseEdit, "short")
    assert "at least 8 characters" in dialog.ui.problemLabel.text()
    qtbot.keyClicks(dialog.ui.passphraseEdit, " but now long")
    qtbot.keyClicks(dialog.ui.confirmEdit, "different")
    assert dialog.ui.problemLabel.text() == "The two passphrases differ."
    dialog.ui.confirmEdit.setText("short but now long")
    assert ok.isEnabled() and dialog.ui.problemLabel.text() == ""
    assert dialog.result_identity().remember


def test_remember_is_off_without_a_secure_keyring(qtbot) -> None:
    dialog = CreateIdentityDialog(False, "no keyring here")
    qtbot.addWidget(dialog)
    assert not dialog.ui.rememberCheck.isEnabled() and not dialog.result_identity().remember


def test_identity_dialog_creates_an_identity_off_the_ui_thread(qtbot, services, monkeypatch) -> None:
    dialog = IdentityDialog(services.use_cases.identity)
    qtbot.addWidget(dialog)
    assert dialog.ui.nameValueLabel.text() == "No signing identity yet"
    assert not dialog.ui.exportCertButton.isEnabled()

    from onsshare_desktop.gui.identity.setup import IdentitySetupWizard

    dialog.ui.createButton.click()  # the first identity: the guided set-up
    wizard = dialog.findChild(IdentitySetupWizard)
    wizard.about.name_edit.setText("Ana Jones")
    wizard.about.organisation_edit.setText("Cardiff University")
    wizard.about.email_edit.setText("ana@example.ac.uk")
    wizard.next()
    wizard.key.passphrase_edit.setText(PASSPHRASE)
    wizard.key.confirm_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.identity_changed, timeout=30_000) as blocker:
        wizard.next() if wizard.currentPage() is not wizard.key else wizard.button(wizard.WizardButton.FinishButton).click()
    info = blocker.args[0]
    assert dialog.ui.nameValueLabel.text() == "Ana Jones"
    assert dialog.ui.fingerprintValueLabel.text().replace("\n", "") == info.display_fingerprint
    assert services.secrets.get(passphrase_key(info.fingerprint)) == PASSPHRASE
    assert dialog.ui.exportCertButton.isEnabled()


def test_replacing_an_identity_needs_a_deliberate_choice(qtbot, services, monkeypatch) -> None:
    store = IdentityStore(services.paths.identity)
    info = store.create("Ana Jones", "Org", "ana@example.org", PASSPHRASE)
    dialog = IdentityDialog(services.use_cases.identity)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.focusWidget() is not dialog.ui.createButton and not dialog.ui.createButton.autoDefault()
    seen: list[str] = []

    def answer_with_enter(box: QMessageBox) -> int:  # the person presses Enter on the confirmation
        seen.append(box.defaultButton().text())
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_with_enter)
    dialog.ui.createButton.click()
    assert seen == ["&Keep my identity"] and store.info() == info
    assert "keyring" not in dialog.ui.keyringLabel.text() and "backends" not in dialog.ui.keyringLabel.text()


def test_export_certificate(qtbot, services, tmp_path, monkeypatch, messages) -> None:
    store = IdentityStore(services.paths.identity)
    info = store.create("Ana Jones", "Cardiff University", "ana@example.ac.uk", PASSPHRASE)
    dialog = IdentityDialog(services.use_cases.identity)
    qtbot.addWidget(dialog)
    target = tmp_path / "ana.pem"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.ui.exportCertButton.click()
    assert target.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert info.display_fingerprint in messages[0]


def _export(qtbot, services, case, monkeypatch, out: Path, passphrases: list[str]) -> PackExportFlow:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    save_by_browsing(monkeypatch)
    asked: list[str] = []

    def answer(_flow, prompt):
        asked.append(prompt)
        return passphrases.pop(0)

    monkeypatch.setattr(PackExportFlow, "ask_passphrase", answer)
    flow = PackExportFlow(services, parent)
    flow.asked = asked
    return flow


def test_export_flow_signs_a_pack_that_outside_tools_accept(qtbot, services, example_files, tmp_path, monkeypatch,
                                                             messages) -> None:
    store = IdentityStore(services.paths.identity)
    store.create("Ana Jones", "Welsh Government", "ana@example.gov.wales", PASSPHRASE)
    case = load_case(example_files[0].read_bytes())
    services.database.drafts.create(case)
    out = tmp_path / "pack.pdf"
    flow = _export(qtbot, services, case, monkeypatch, out, ["wrong passphrase", PASSPHRASE])
    with qtbot.waitSignal(flow.exported, timeout=60_000) as blocker:
        flow.start(case)
    result = blocker.args[0]
    assert len(flow.asked) == 2 and "does not unlock" in flow.asked[1]  # a wrong passphrase is asked again
    assert result.path == out and hashlib.sha256(out.read_bytes()).hexdigest() == result.sha256
    assert result.sha256 in messages[-1]
    report = verify_pack(out, TrustStore(services.paths.root / "trust", extra=[store.certificate()]))
    assert report.verdict is Verdict.TRUSTED and report.case == case
    events = services.database.events.events(f"draft:{case.case_ref}")
    # the pack carries the draft history's head as it stood when signing; the export itself is recorded after it
    assert events[-1].kind == "pack_exported" and events[-1].payload["sha256"] == result.sha256
    assert report.manifest.history_head == events[-2].hash
    pdfsig = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True)
    assert "Signature is Valid." in pdfsig.stdout and "Total document signed" in pdfsig.stdout


def test_export_uses_the_remembered_passphrase(qtbot, services, example_files, tmp_path, monkeypatch) -> None:
    store = IdentityStore(services.paths.identity)
    info = store.create("Ana Jones", "Welsh Government", "ana@example.gov.wales", PASSPHRASE)
    services.secrets.set(passphrase_key(info.fingerprint), PASSPHRASE)
    case = load_case(example_files[0].read_bytes())
    flow = _export(qtbot, services, case, monkeypatch, tmp_path / "p.pdf", [])
    monkeypatch.setattr(PackExportFlow, "tell_exported", lambda self, result: None)
    with qtbot.waitSignal(flow.exported, timeout=60_000):
        flow.start(case)
    assert flow.asked == []


def test_a_stale_remembered_passphrase_is_forgotten_and_asked_for(qtbot, services, example_files, tmp_path,
                                                                  monkeypatch) -> None:
    store = IdentityStore(services.paths.identity)
    info = store.create("Ana Jones", "Welsh Government", "ana@example.gov.wales", PASSPHRASE)
    services.secrets.set(passphrase_key(info.fingerprint), "an old passphrase")
    case = load_case(example_files[0].read_bytes())
    flow = _export(qtbot, services, case, monkeypatch, tmp_path / "p.pdf", [PASSPHRASE])
    monkeypatch.setattr(PackExportFlow, "tell_exported", lambda self, result: None)
    with qtbot.waitSignal(flow.exported, timeout=60_000):
        flow.start(case)
    assert flow.asked == ["Type the passphrase of your signing key."]
    assert services.secrets.get(passphrase_key(info.fingerprint)) is None


def test_export_without_an_identity_offers_the_set_up_pre_filled_and_stops_if_closed(qtbot, services, example_files,
                                                                                       tmp_path, monkeypatch) -> None:
    from onsshare_desktop.gui.identity.setup import IdentitySetupWizard

    case = load_case(example_files[0].read_bytes())
    flow = _export(qtbot, services, case, monkeypatch, tmp_path / "p.pdf", [])
    flow.start(case)
    wizard = flow.parent().findChild(IdentitySetupWizard)
    assert wizard is not None and wizard.isVisible()
    about = wizard.about
    assert (about.name_edit.text(), about.organisation_edit.text(), about.email_edit.text()) == (
        case.answers["contact_name"], case.answers["org_name"], case.answers["contact_email"])
    with qtbot.waitSignal(flow.abandoned, timeout=5_000):
        wizard.reject()
    assert not (tmp_path / "p.pdf").exists()


def test_an_incomplete_case_is_refused_with_a_reason_and_nothing_written(qtbot, services, example_files, tmp_path,
                                                                         monkeypatch) -> None:
    IdentityStore(services.paths.identity).create("Ana Jones", "Org", "ana@example.org", PASSPHRASE)
    case = load_case(example_files[0].read_bytes()).with_answer("org_name", "")
    errors: list[str] = []
    monkeypatch.setattr("onsshare_desktop.gui.pack_export.show_error",
                        lambda _parent, title, exc: errors.append(f"{title} {exc}"))
    flow = _export(qtbot, services, case, monkeypatch, tmp_path / "p.pdf", [PASSPHRASE])
    with qtbot.waitSignal(flow.abandoned, timeout=30_000):
        flow.start(case)
    assert "not complete" in errors[0] and not (tmp_path / "p.pdf").exists()


def test_after_export_the_requester_is_told_to_send_the_certificate_and_can_save_it(qtbot, services, example_files,
                                                                                     tmp_path, monkeypatch) -> None:
    store = IdentityStore(services.paths.identity)
    info = store.create("Ana Jones", "Welsh Government", "ana@example.gov.wales", PASSPHRASE)
    case = load_case(example_files[0].read_bytes())
    flow = _export(qtbot, services, case, monkeypatch, tmp_path / "p.pdf", [PASSPHRASE])
    shown: list[str] = []

    def save_certificate(box: QMessageBox) -> int:  # the requester presses "Save my certificate…"
        shown.append(box.informativeText())
        [save] = [b for b in box.buttons() if b.text() == "&Save my certificate…"]
        assert box.defaultButton() is not save
        save.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", save_certificate)
    certificate = tmp_path / "ana.pem"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (
        str(tmp_path / "p.pdf") if "pack" in a[1] else str(certificate), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a, **k: told.append(text))
    with qtbot.waitSignal(flow.exported, timeout=60_000):
        flow.start(case)
    assert "send it to them too" in shown[0] and "telephone" in shown[0]
    assert info.display_fingerprint[:47] in shown[0]
    assert certificate.read_bytes() == store.certificate_pem()
    assert info.display_fingerprint in told[0] and "telephone" in told[0]


def test_the_passphrase_dialog_is_wide_enough_for_its_title(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from onsshare_desktop.gui.passphrase import passphrase_dialog

    QApplication.setApplicationDisplayName("ONS data sharing requests")
    try:
        dialog = passphrase_dialog(None, "Sign the screening record", "Passphrase for Sam Screener's signing key:")
        qtbot.addWidget(dialog)
        dialog.show()
        title = "Sign the screening record — ONS data sharing requests"
        assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(title) + 100
    finally:
        QApplication.setApplicationDisplayName("")
