"""The team dialogs: the database address is saved without its password (which goes to the keyring), a bad one is
refused with nothing saved; the members dialog adds (first member: administrator) and removes members."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from onsshare_desktop.domain.screening.team import Role
from onsshare_desktop.gui.screening.team_settings import (
    TeamDatabaseDialog, TeamMembersDialog, saved_database_url,
)
from onsshare_desktop.identity.secrets import MemorySecretStore
from onsshare_desktop.services.team_database import password_key


def test_the_address_is_saved_without_its_password(qtbot, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    secrets = MemorySecretStore()
    dialog = TeamDatabaseDialog(settings, secrets)
    qtbot.addWidget(dialog)
    dialog.urlEdit.setText("mysql://db/x")
    dialog.accept()
    assert dialog.problemLabel.text() and saved_database_url(settings) is None  # refused, nothing saved
    url = "postgresql://sam:typed-in-url@db.ons.internal/screening?sslmode=verify-full&sslrootcert=/etc/ca.pem"
    dialog.urlEdit.setText(url)
    dialog.passwordEdit.setText("s3cret")
    dialog.accept()
    assert saved_database_url(settings) == ("postgresql+psycopg://sam@db.ons.internal/screening?sslmode=verify-full"
                                            "&sslrootcert=%2Fetc%2Fca.pem")
    assert "s3cret" not in (tmp_path / "settings.ini").read_text() and "typed-in-url" not in (
        tmp_path / "settings.ini").read_text()
    assert secrets.get(password_key(url)) == "s3cret"


def test_members_are_added_and_removed_in_the_dialog(qtbot, services) -> None:
    dialog = TeamMembersDialog(services, "Ada Admin <ada@ons.gov.uk>")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "No members" in dialog.statusLabel.text(), timeout=10000)
    qtbot.keyClicks(dialog.nameEdit, "Ada Admin")
    qtbot.keyClicks(dialog.fingerprintEdit, "ab" * 32)
    dialog.roleBoxes[Role.DSWG].setChecked(True)
    qtbot.mouseClick(dialog.addButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert "Team administrator" in dialog.table.item(0, 3).text()
    assert services.database.team.members()[0].roles == {Role.DSWG, Role.ADMINISTRATOR}
    qtbot.keyClicks(dialog.nameEdit, "Not Allowed")
    qtbot.keyClicks(dialog.fingerprintEdit, "cd" * 32)
    errors = []
    import onsshare_desktop.gui.screening.team_settings as module

    original = module.show_error
    module.show_error = lambda parent, title, exc: errors.append((title, str(exc)))
    try:
        qtbot.mouseClick(dialog.addButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    finally:
        module.show_error = original
    assert "administrator" in errors[0][1]  # no identity here: not the administrator, so refused
    assert dialog.nameEdit.text() == "Not Allowed"  # what was typed is kept
