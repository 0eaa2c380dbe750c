"""The export dialog's "Encrypt for ONS" checkbox: ticked, the file is a CMS envelope that ONS's decryption key opens
to the very signed pack; unticked, the plain signed PDF; a certificate that cannot be used is refused with its reason
and nothing is written; the choice and the certificate are remembered; the dialog works from the keyboard alone."""

from __future__ import annotations

import hashlib
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from onsshare_desktop.domain.case_io import load_case
from onsshare_desktop.gui.export_pack_dialog import ENCRYPT_KEY, ENCRYPTION_CERTIFICATE_KEY, ExportPackDialog
from onsshare_desktop.gui.pack_export import PackExportFlow
from onsshare_desktop.identity.decryption import DecryptionIdentityStore, decryption_certificate
from onsshare_desktop.identity.secrets import MemorySecretStore
from onsshare_desktop.identity.store import IdentityStore
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack.verify import Verdict, verify_pack
from onsshare_desktop.services.envelopes import DecryptionIdentityService

PASSPHRASE = "correct horse battery staple"
ONS_PASSPHRASE = "ons passphrase 1"


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """Message boxes shown, each answered with its default button."""
    shown: list[str] = []

    def answer_default(box: QMessageBox) -> int:
        shown.append(f"{box.windowTitle()}: {box.text()} {box.informativeText()}")
        if box.defaultButton() is not None:
            box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_default)
    monkeypatch.setattr(PackExportFlow, "tell_exported", lambda self, result: None)
    return shown


@pytest.fixture(scope="module")
def ons(tmp_path_factory) -> tuple[DecryptionIdentityStore, Path]:
    """ONS's decryption identity and its certificate as sent to requesters (made once: RSA-3072 is slow)."""
    from cryptography.hazmat.primitives.serialization import Encoding

    folder = tmp_path_factory.mktemp("ons")
    store = DecryptionIdentityStore(folder / "decryption")
    store.create("ONS Data Sharing Team", "Office for National Statistics", "", ONS_PASSPHRASE)
    cert = folder / "ons.pem"
    cert.write_bytes(store.certificate().public_bytes(Encoding.PEM))
    return store, cert


def rsa_certificate(path: Path, *, now: datetime | None = None, signing_only: bool = False) -> Path:
    """An RSA certificate in ``path``: valid from ``now`` for five years, or only for signing."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import Encoding

    from onsshare_desktop.identity.certificates import self_signed_builder

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    if signing_only:
        cert = (self_signed_builder(key.public_key(), "ONS signing", "Office for National Statistics", "")
                .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                             data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                             crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
                .sign(key, hashes.SHA256()))
    else:
        cert = decryption_certificate(key, "ONS Data Sharing Team", "Office for National Statistics", "", now)
    path.write_bytes(cert.public_bytes(Encoding.PEM))
    return path


@pytest.fixture
def requester(services, example_files):
    """A requester with a signing identity and a draft; returns (case, draft_id)."""
    IdentityStore(services.paths.identity).create("Ana Jones", "Welsh Government", "ana@example.gov.wales",
                                                  PASSPHRASE)
    case = load_case(example_files[0].read_bytes())
    return case, services.database.drafts.create(case)


def settings_of(services) -> QSettings:
    return QSettings(str(services.paths.root / "settings.ini"), QSettings.Format.IniFormat)


def dialog_for(qtbot, services, suggested: Path) -> ExportPackDialog:
    """The export dialog as the flow opens it, reading settings.ini afresh (as after a restart)."""
    dialog = ExportPackDialog(services.use_cases.requests, settings_of(services), suggested)
    qtbot.addWidget(dialog)
    return dialog


def choose_certificate(monkeypatch, cert: Path) -> list[str]:
    """Answer the certificate chooser with ``cert``; the folder or file each chooser offered first is listed."""
    offered: list[str] = []

    def choose(_parent, _title, start, _filter):
        offered.append(start)
        return str(cert), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    return offered


def export_with(qtbot, services, monkeypatch, case, draft_id, answer) -> tuple[PackExportFlow, object]:
    """Run the window's export flow, ``answer(dialog)`` playing the person in the export dialog; the flow, and the
    export's result (None if abandoned)."""
    def run_dialog(dialog: ExportPackDialog) -> int:
        answer(dialog)
        return int(dialog.result())

    monkeypatch.setattr(ExportPackDialog, "exec", run_dialog)
    monkeypatch.setattr(PackExportFlow, "ask_passphrase", lambda self, prompt: PASSPHRASE)
    parent = QWidget()
    qtbot.addWidget(parent)
    flow = PackExportFlow(services, parent)
    results: list[object] = []
    flow.exported.connect(results.append)
    flow.abandoned.connect(lambda: results.append(None))
    flow.start(case, draft_id)
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    return flow, results[0]


def test_ticked_writes_an_envelope_that_ons_opens_to_the_very_signed_pack(qtbot, services, requester, ons, tmp_path,
                                                                          monkeypatch, messages) -> None:
    store, cert = ons
    case, draft_id = requester
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    choose_certificate(monkeypatch, cert)
    names: list[str] = []

    def tick_and_save(dialog: ExportPackDialog) -> None:
        dialog.ui.fileEdit.setText(str(outbox / "request.pdf"))
        dialog.ui.encryptCheckBox.click()  # nothing chosen before: the certificate chooser opens at once
        names.append(dialog.ui.fileEdit.text())
        dialog.save_button().click()

    flow, result = export_with(qtbot, services, monkeypatch, case, draft_id, tick_and_save)
    envelope = outbox / "request.pdf.p7m"
    assert names == [str(envelope)]  # the name took .p7m when the box was ticked
    assert result.path == envelope and list(outbox.iterdir()) == [envelope]  # never written in the clear
    data = envelope.read_bytes()
    assert hashlib.sha256(data).hexdigest() == result.envelope_sha256

    from asn1crypto import cms

    info = cms.ContentInfo.load(data)
    assert info["content_type"].native == "enveloped_data"
    assert info["content"]["encrypted_content_info"]["content_encryption_algorithm"]["algorithm"].native \
        == "aes256_cbc"
    screener = DecryptionIdentityService(store.folder, MemorySecretStore())
    inner = screener.open(data, supplied=ONS_PASSPHRASE)  # what the screener's import does with a .p7m
    assert hashlib.sha256(inner).hexdigest() == result.sha256
    signer = IdentityStore(services.paths.identity).certificate()
    plain = tmp_path / "inner.pdf"
    plain.write_bytes(inner)
    report = verify_pack(plain, TrustStore(tmp_path / "trust", extra=[signer]))
    assert report.verdict is Verdict.TRUSTED and report.case == case
    unlocked = store.unlock(ONS_PASSPHRASE)
    key = tmp_path / "ons-key.pem"
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    key.write_bytes(unlocked.private_key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    opened = subprocess.run(["openssl", "cms", "-decrypt", "-inform", "DER", "-in", str(envelope), "-recip",
                             str(cert), "-inkey", str(key), "-binary"], capture_output=True, check=True)
    assert opened.stdout == inner
    assert services.database.drafts.get(draft_id).case.previous_pack_sha256 == result.sha256  # the draft moved on
    assert settings_of(services).value(ENCRYPTION_CERTIFICATE_KEY) == str(cert)


def test_unticked_writes_the_plain_signed_pdf(qtbot, services, requester, ons, tmp_path, monkeypatch,
                                              messages) -> None:
    _store, cert = ons
    case, draft_id = requester
    settings = settings_of(services)
    settings.setValue(ENCRYPTION_CERTIFICATE_KEY, str(cert))  # a certificate is known, but the box is left off
    settings.sync()
    outbox = tmp_path / "outbox"
    outbox.mkdir()

    def save_plain(dialog: ExportPackDialog) -> None:
        assert not dialog.encrypting() and "ONS Data Sharing Team" in dialog.ui.certificateLabel.text()
        dialog.ui.fileEdit.setText(str(outbox / "request"))
        dialog.save_button().click()

    _flow, result = export_with(qtbot, services, monkeypatch, case, draft_id, save_plain)
    pack = outbox / "request.pdf"
    assert result.path == pack and result.envelope_sha256 is None and list(outbox.iterdir()) == [pack]
    assert pack.read_bytes().startswith(b"%PDF-") and hashlib.sha256(pack.read_bytes()).hexdigest() == result.sha256
    signer = IdentityStore(services.paths.identity).certificate()
    assert verify_pack(pack, TrustStore(tmp_path / "trust", extra=[signer])).verdict is Verdict.TRUSTED


def _not_a_certificate(folder: Path) -> Path:
    path = folder / "notes.pem"
    path.write_text("not a certificate", encoding="utf-8")
    return path


def _signing_certificate(folder: Path) -> Path:
    """The requester's own ECDSA signing certificate: it cannot receive envelopes."""
    from cryptography.hazmat.primitives.serialization import Encoding

    store = IdentityStore(folder / "someone")
    store.create("Someone", "Elsewhere", "someone@example.org", PASSPHRASE)
    path = folder / "signing.pem"
    path.write_bytes(store.certificate().public_bytes(Encoding.PEM))
    return path


BAD_CERTIFICATES = {
    "unreadable": (lambda folder: folder / "missing.pem", "cannot read the certificate"),
    "not a certificate": (_not_a_certificate, "not an X.509 certificate"),
    "no RSA key": (_signing_certificate, "holds no RSA key"),
    "only for signing": (lambda folder: rsa_certificate(folder / "signing-rsa.pem", signing_only=True),
                         "only for signing, not for encryption"),
    "expired": (lambda folder: rsa_certificate(folder / "old.pem", now=datetime(2015, 3, 1, tzinfo=timezone.utc)),
                "expired on 2020-02-2"),  # five years of 365 days from 2015-03-01, less five minutes
    "not yet valid": (lambda folder: rsa_certificate(
        folder / "future.pem", now=datetime.now(timezone.utc) + timedelta(days=30)), "not valid until"),
}


@pytest.mark.parametrize("kind", sorted(BAD_CERTIFICATES))
def test_a_certificate_that_cannot_be_used_is_refused_with_its_reason_and_nothing_is_written(
        qtbot, services, requester, tmp_path, monkeypatch, messages, kind) -> None:
    make, reason = BAD_CERTIFICATES[kind]
    bad = make(tmp_path)
    case, draft_id = requester
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    choose_certificate(monkeypatch, bad)
    seen: list[tuple[bool, str, bool]] = []

    def tick_then_give_up(dialog: ExportPackDialog) -> None:
        dialog.ui.fileEdit.setText(str(outbox / "request.pdf"))
        dialog.ui.encryptCheckBox.click()
        seen.append((dialog.encrypting(), dialog.ui.fileEdit.text(), dialog.save_button().isEnabled()))
        dialog.reject()

    flow, result = export_with(qtbot, services, monkeypatch, case, draft_id, tick_then_give_up)
    assert result is None and list(outbox.iterdir()) == []
    assert seen == [(False, str(outbox / "request.pdf"), True)]  # the box went back off; the plain name stands
    [message] = messages
    assert message.startswith("This certificate cannot be used to encrypt the pack.") and reason in message
    assert settings_of(services).value(ENCRYPTION_CERTIFICATE_KEY) is None  # not remembered


def test_a_remembered_certificate_that_has_since_expired_stops_save_with_its_reason(qtbot, services, tmp_path,
                                                                                   ons) -> None:
    _store, good = ons
    old = rsa_certificate(tmp_path / "old.pem", now=datetime(2015, 3, 1, tzinfo=timezone.utc))
    settings = settings_of(services)
    settings.setValue(ENCRYPTION_CERTIFICATE_KEY, str(old))
    settings.setValue(ENCRYPT_KEY, True)
    settings.sync()
    dialog = dialog_for(qtbot, services, tmp_path / "request.pdf")
    assert dialog.encrypting() and dialog.ui.fileEdit.text() == str(tmp_path / "request.pdf.p7m")
    assert "old.pem" in dialog.ui.certificateLabel.text() and "expired on 2020-02-2" in dialog.ui.certificateLabel.text()
    assert dialog.problem() == "Choose ONS's encryption certificate, or untick Encrypt for ONS."
    assert not dialog.save_button().isEnabled()
    assert "expired" in dialog.ui.encryptCheckBox.accessibleDescription()
    assert "untick Encrypt for ONS" in dialog.save_button().accessibleDescription()
    dialog.ui.encryptCheckBox.click()  # untick: the plain pack can still be saved
    assert dialog.save_button().isEnabled() and dialog.ui.fileEdit.text() == str(tmp_path / "request.pdf")


def test_the_choice_and_the_certificate_are_remembered_across_restarts(qtbot, services, tmp_path, ons,
                                                                      monkeypatch) -> None:
    from cryptography import x509

    _store, cert = ons
    offered = choose_certificate(monkeypatch, cert)
    first = dialog_for(qtbot, services, tmp_path / "request.pdf")
    assert not first.encrypting() and first.ui.certificateLabel.text().startswith("No certificate chosen yet")
    first.ui.encryptCheckBox.click()
    first.save_button().click()
    assert first.result() == ExportPackDialog.DialogCode.Accepted
    assert first.encrypt_to() == cert and first.path() == tmp_path / "request.pdf.p7m"

    second = dialog_for(qtbot, services, tmp_path / "next.pdf")  # a new window reads settings.ini again
    valid_until = x509.load_pem_x509_certificate(cert.read_bytes()).not_valid_after_utc
    assert second.encrypting() and second.ui.fileEdit.text() == str(tmp_path / "next.pdf.p7m")
    assert second.ui.certificateLabel.text() == (
        "ONS's certificate: ONS Data Sharing Team, Office for National Statistics. It can be used until "
        f"{valid_until.day} {valid_until:%B %Y}.")
    assert "ONS Data Sharing Team" in second.ui.encryptCheckBox.accessibleDescription()
    second.ui.chooseCertificateButton.click()
    assert offered == ["", str(cert)]  # the certificate chosen before is offered first
    second.ui.fileEdit.setText("again.p7m")  # a name that already says .p7m is kept as typed
    assert second.path() == tmp_path / "again.p7m"
    second.ui.fileEdit.setText(str(tmp_path / "next.pdf.p7m"))
    second.ui.encryptCheckBox.click()
    second.save_button().click()
    assert second.encrypt_to() is None and second.path() == tmp_path / "next.pdf"

    third = dialog_for(qtbot, services, tmp_path / "third.pdf")
    assert not third.encrypting() and third.ui.fileEdit.text() == str(tmp_path / "third.pdf")
    assert "ONS Data Sharing Team" in third.ui.certificateLabel.text()  # still known, for next time


def test_the_dialog_works_from_the_keyboard_alone(qtbot, services, tmp_path, ons, monkeypatch) -> None:
    _store, cert = ons
    choose_certificate(monkeypatch, cert)
    dialog = dialog_for(qtbot, services, tmp_path / "request.pdf")
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    ui = dialog.ui
    assert QApplication.focusWidget() is ui.fileEdit  # the name first, as in a save dialog
    order = []
    for _ in range(5):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    cancel = ui.buttonBox.button(ui.buttonBox.StandardButton.Cancel)
    assert order == [ui.fileEdit, ui.browseButton, ui.encryptCheckBox, ui.chooseCertificateButton,
                     dialog.save_button()]
    assert QApplication.focusWidget() is cancel  # as laid out: Save, then Cancel
    assert ui.encryptCheckBox.accessibleName() == "Encrypt for ONS"
    assert "Only ONS can open" in ui.encryptCheckBox.accessibleDescription()
    ui.encryptCheckBox.setFocus()
    qtbot.keyClick(ui.encryptCheckBox, Qt.Key.Key_Space)  # ticks it: the chooser opens, then the name changes
    assert dialog.encrypting() and ui.fileEdit.text().endswith(".pdf.p7m")
    qtbot.keyClick(ui.encryptCheckBox, Qt.Key.Key_Space)  # unticks it
    assert not dialog.encrypting() and ui.fileEdit.text() == str(tmp_path / "request.pdf")
    keys = [button.shortcut().toString() for button in (ui.browseButton, ui.encryptCheckBox,
                                                        ui.chooseCertificateButton, dialog.save_button())]
    assert keys == ["Alt+B", "Alt+E", "Alt+H", "Alt+S"] and ui.fileCaption.buddy() is ui.fileEdit  # Alt+A
    ui.fileEdit.setFocus()
    qtbot.keyClick(ui.fileEdit, Qt.Key.Key_Return)  # Enter in the name saves
    assert dialog.result() == ExportPackDialog.DialogCode.Accepted and dialog.path() == tmp_path / "request.pdf"


def test_the_file_name_is_checked_before_save(qtbot, services, tmp_path, monkeypatch, messages) -> None:
    dialog = dialog_for(qtbot, services, tmp_path / "request.pdf")
    dialog.ui.fileEdit.setText("")
    assert not dialog.save_button().isEnabled() and "Type a file name" in dialog.ui.problemLabel.text()
    dialog.ui.fileEdit.setText(str(tmp_path / "missing" / "request.pdf"))
    assert dialog.problem() == f"The folder {tmp_path / 'missing'} does not exist."
    dialog.ui.fileEdit.setText(str(tmp_path / "request.p7m"))
    assert "tick Encrypt for ONS" in dialog.problem()
    dialog.ui.fileEdit.setText("relative")  # a bare name goes in the suggested folder, as a .pdf
    assert dialog.problem() == "" and dialog.path() == tmp_path / "relative.pdf"
    (tmp_path / "relative.pdf").write_bytes(b"keep me")
    dialog.save_button().click()  # the question's default keeps the file
    assert dialog.result() != ExportPackDialog.DialogCode.Accepted and "already exists" in messages[-1]
    assert (tmp_path / "relative.pdf").read_bytes() == b"keep me"
