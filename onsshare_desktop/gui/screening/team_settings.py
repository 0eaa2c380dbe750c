"""The screener's team settings: which database to screen in (``TeamDatabaseDialog``) and the team's members
(``TeamMembersDialog``).

The database URL is saved in the data folder's ``settings.ini`` without its password; a password typed here goes to
the OS keyring (or is left to the user's PostgreSQL password file). The URL takes effect when the app next starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from onsshare_desktop.gui.announce import announce_label
from onsshare_desktop.gui.errors import show_error
from onsshare_desktop.gui.screening.team_url import save_database_url, saved_database_url
from onsshare_desktop.gui.workers import Worker

if TYPE_CHECKING:
    from onsshare_desktop.gui.services import AppServices
    from onsshare_desktop.services.identity import SecretStore

class TeamDatabaseDialog(QDialog):
    """Choose the team's PostgreSQL server (or none), and keep its password in the keyring."""

    def __init__(self, settings: QSettings, secrets: SecretStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team database"))
        self.setObjectName("teamDatabaseDialog")
        self._settings, self._secrets = settings, secrets
        intro = QLabel(self.tr(
            "A screening team shares one PostgreSQL database. Leave the address empty to screen alone in this "
            "data folder. Changes take effect when the app next starts."))
        intro.setWordWrap(True)
        self.urlEdit = QLineEdit(saved_database_url(settings) or "")
        self.urlEdit.setObjectName("urlEdit")
        self.urlEdit.setPlaceholderText("postgresql+psycopg://sam@db.ons.internal/screening?sslmode=verify-full"
                                        "&sslrootcert=/etc/ons/ca.pem")
        self.urlEdit.setAccessibleName(self.tr("Database address"))
        self.passwordEdit = QLineEdit()
        self.passwordEdit.setObjectName("passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwordEdit.setAccessibleName(self.tr("Database password"))
        self.passwordEdit.setPlaceholderText(self.tr("kept in the system keyring; empty: your PostgreSQL password "
                                                     "file"))
        self.problemLabel = QLabel()
        self.problemLabel.setObjectName("problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        url_label, password_label = QLabel(self.tr("&Address:")), QLabel(self.tr("&Password:"))
        url_label.setBuddy(self.urlEdit)
        password_label.setBuddy(self.passwordEdit)
        form.addRow(url_label, self.urlEdit)
        form.addRow(password_label, self.passwordEdit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problemLabel)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def accept(self) -> None:
        """Save the address (without password) and the password (keyring); a bad address is refused, nothing
        saved."""
        from onsshare_desktop.domain.errors import UserError
        from onsshare_desktop.services.team_database import (
            checked_url, is_team_url, password_in, remember_password,
        )

        url = self.urlEdit.text().strip()
        try:
            if url:
                checked_url(url)
                if not is_team_url(url):
                    raise UserError(self.tr("A team database is a PostgreSQL server: "
                                            "postgresql+psycopg://user@server/database"))
                password = self.passwordEdit.text() or password_in(url)  # never into settings.ini
                if password:
                    remember_password(url, password, self._secrets)
        except UserError as exc:
            self.problemLabel.setText(str(exc))
            self.urlEdit.setFocus()
            return
        except Exception as exc:  # the keyring refused: say so, keep the dialog open
            self.problemLabel.setText(self.tr("The password could not be kept in the keyring: %1").replace(
                "%1", str(exc)))
            return
        save_database_url(self._settings, url or None)
        super().accept()


ROLE_COLUMNS = 4


class TeamMembersDialog(QDialog):
    """The team's members and roles; an administrator adds and removes them (every call runs on a worker)."""

    def __init__(self, services: AppServices, actor: str, parent: QWidget | None = None) -> None:
        from onsshare_desktop.domain.screening.team import ROLE_LABELS, Role

        super().__init__(parent)
        self.setWindowTitle(self.tr("Team members"))
        self.setObjectName("teamMembersDialog")
        self._services, self._actor = services, actor
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("membersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("E-mail"), self.tr("Fingerprint"),
                                              self.tr("Roles")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Team members"))
        self.removeButton = QPushButton(self.tr("&Remove selected member"))
        self.removeButton.setObjectName("removeButton")
        self.removeButton.clicked.connect(self._on_remove_button_clicked)

        self.nameEdit, self.emailEdit, self.fingerprintEdit = QLineEdit(), QLineEdit(), QLineEdit()
        for edit, name in ((self.nameEdit, "nameEdit"), (self.emailEdit, "emailEdit"),
                           (self.fingerprintEdit, "fingerprintEdit")):
            edit.setObjectName(name)
        self.fingerprintEdit.setPlaceholderText(self.tr("64 hexadecimal digits, from their certificate"))
        self.roleBoxes: dict[Any, QCheckBox] = {}
        roles = QGridLayout()
        for index, role in enumerate(r for r in Role if r != Role.ADMINISTRATOR):
            box = QCheckBox(ROLE_LABELS[role])
            box.setObjectName(f"role_{role.value}")
            self.roleBoxes[role] = box
            roles.addWidget(box, index // 2, index % 2)
        admin = QCheckBox(ROLE_LABELS[Role.ADMINISTRATOR])
        admin.setObjectName("role_administrator")
        self.roleBoxes[Role.ADMINISTRATOR] = admin
        roles.addWidget(admin, (len(Role) - 1) // 2 + 1, 0)
        form = QFormLayout()
        for text, edit in ((self.tr("&Name:"), self.nameEdit), (self.tr("&E-mail:"), self.emailEdit),
                           (self.tr("&Fingerprint:"), self.fingerprintEdit)):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.addButton = QPushButton(self.tr("&Add member"))
        self.addButton.setObjectName("addButton")
        self.addButton.clicked.connect(self._on_add_button_clicked)
        add_box = QGroupBox(self.tr("Add a member (the first member becomes the team administrator)"))
        add_layout = QVBoxLayout(add_box)
        add_layout.addLayout(form)
        add_layout.addWidget(QLabel(self.tr("Roles:")))
        add_layout.addLayout(roles)
        add_layout.addWidget(self.addButton, alignment=Qt.AlignmentFlag.AlignRight)
        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("statusLabel")
        self.statusLabel.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.removeButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(add_box)
        layout.addWidget(self.statusLabel)
        layout.addWidget(close)
        self.resize(820, 620)
        self.reload()

    def _team(self) -> Any:
        from onsshare_desktop.services.identity import IdentityService
        from onsshare_desktop.services.team import TeamService

        identity = IdentityService(self._services.paths.identity, self._services.secrets)
        return TeamService(self._services.database, self._actor, identity.fingerprint())

    def _busy(self, busy: bool) -> None:
        for widget in (self.addButton, self.removeButton):
            widget.setEnabled(not busy)
        if busy:
            self.statusLabel.setText(self.tr("Working…"))

    def _run(self, fn: Any, done: Any, title: str) -> None:
        self._busy(True)
        worker = Worker(fn)

        def failed(exc: BaseException) -> None:
            self._busy(False)
            announce_label(self.statusLabel, str(exc), assertive=True)
            show_error(self, title, exc)

        def finished(value: Any) -> None:
            self._busy(False)
            done(value)

        worker.signals.finished.connect(finished)
        worker.signals.failed.connect(failed)
        worker.start()

    def reload(self) -> None:
        """Read the members again (worker thread)."""
        team = self._team()
        self._run(team.members, self._show, self.tr("The team could not be read."))

    def _show(self, members: list[Any]) -> None:
        from onsshare_desktop.domain.screening.team import role_list

        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            short = " ".join(member.fingerprint[i:i + 4] for i in range(0, 16, 4)) + " …"
            for column, text in enumerate((member.name, member.email, short, role_list(member.roles))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.fingerprint)
                item.setToolTip(member.fingerprint if column == 2 else text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.statusLabel.setText(self.tr("%n member(s).", "", len(members)) if members else self.tr(
            "No members yet: anyone with access to this database may screen. The first member you add becomes "
            "the team administrator: add yourself first."))

    def _on_add_button_clicked(self) -> None:
        roles = frozenset(role for role, box in self.roleBoxes.items() if box.isChecked())
        name, email, fingerprint = (self.nameEdit.text(), self.emailEdit.text(), self.fingerprintEdit.text())
        team = self._team()

        def added(_member: Any) -> None:
            for edit in (self.nameEdit, self.emailEdit, self.fingerprintEdit):
                edit.clear()
            for box in self.roleBoxes.values():
                box.setChecked(False)
            self.reload()

        self._run(lambda: team.add_member(name, email, fingerprint, roles), added,
                  self.tr("The member could not be added."))

    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            self.statusLabel.setText(self.tr("Select the member to remove first."))
            return
        fingerprint = str(item.data(Qt.ItemDataRole.UserRole))
        team = self._team()
        self._run(lambda: team.remove_member(fingerprint), lambda _m: self.reload(),
                  self.tr("The member could not be removed."))
