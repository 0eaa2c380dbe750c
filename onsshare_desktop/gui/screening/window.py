"""The screener's main window: the register of received cases in the first tab, one tab per opened case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QTabBar, QWidget

from onsshare_desktop.gui._generated.screening_screener_window_ui import Ui_ScreenerWindow
from onsshare_desktop.gui.announce import announce_status_bar
from onsshare_desktop.gui.screening.import_flow import EnvelopeKey, Importer
from onsshare_desktop.gui.screening.register import RegisterView
from onsshare_desktop.gui.screening.workspace import ReviewWorkspace, WorkspaceActions
from onsshare_desktop.gui.screening.trust_dialog import TrustDialog
from onsshare_desktop.gui.services import AppServices

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent, QShowEvent

    from onsshare_desktop.gui.identity.setup import IdentitySetupWizard
    from onsshare_desktop.services.identity import Profile, SignerInfo
    from onsshare_desktop.services.screening import ScreeningService
    from onsshare_desktop.services.trust import TrustedSigners


class ScreenerWindow(QMainWindow):
    """The app in screener mode. ``actor`` is the screener (``Name <email>``), recorded with everything they do;
    None on a fresh data folder, until the first-run set-up (shown when the window first shows) names them.

    Signals:
    signers_synced(): the open cases show the trust store's latest change (the register reads it again too).
    actor_changed(str): the screener set up (or replaced) who they are; recorded from now on.
    language_requested(str): the screener chose this language in the View menu.
    """

    signers_synced = Signal()
    actor_changed = Signal(str)
    language_requested = Signal(str)

    @classmethod
    def for_services(cls, services: AppServices, actor: str | None = None) -> "ScreenerWindow":
        """The window with every action wired to the real import, trust store, viewer and signing.

        ``actor`` defaults to the signing identity in the data folder (see ``mode.screener_actor``).
        """
        from onsshare_desktop.gui.screening.actions import ScreenerActions
        from onsshare_desktop.gui.screening.mode import screener_actor

        actor = actor or screener_actor(services.paths)
        actions = ScreenerActions(services, actor)
        window = cls(services, actor, actions.import_files, actions.workspace_actions(), actions.trust_store(),
                     envelope_key=actions.envelope_key)
        window.actor_changed.connect(actions.set_actor)
        actions.identity_made.append(window.on_identity_made)
        return window

    def __init__(self, services: AppServices, actor: str | None, importer: Importer | None = None,
                 actions: WorkspaceActions = WorkspaceActions(), trust_store: "TrustedSigners | None" = None,  # noqa: B008
                 parent: QWidget | None = None, envelope_key: "EnvelopeKey | None" = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ScreenerWindow()
        self.ui.setupUi(self)
        self._services = services
        self._actor = actor
        self._actions = actions
        self.register = RegisterView(services.database.screening, importer, envelope_key=envelope_key)
        self.ui.tabs.addTab(self.register, self.tr("Received cases"))
        self.ui.tabs.setAccessibleName(self.tr("Register and open cases"))
        close_button = self.ui.tabs.tabBar().tabButton(0, QTabBar.ButtonPosition.RightSide)
        if close_button is not None:
            close_button.hide()
        self._workspaces: dict[int, ReviewWorkspace] = {}
        self._trust_store = trust_store
        ui = self.ui
        self.register.case_opened.connect(self.open_case)
        ui.tabs.tabCloseRequested.connect(self._on_tabs_tab_close_requested)
        ui.actionImportPacks.triggered.connect(self.register.ui.importButton.click)
        ui.actionImportFolder.triggered.connect(self.register.ui.importFolderButton.click)
        ui.actionExportCsv.triggered.connect(self.register.ui.exportCsvButton.click)
        ui.actionImportPacks.setEnabled(importer is not None)
        ui.actionImportFolder.setEnabled(importer is not None)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionShowRegister.triggered.connect(lambda: ui.tabs.setCurrentIndex(0))
        ui.actionCloseCase.triggered.connect(lambda: self._on_tabs_tab_close_requested(ui.tabs.currentIndex()))
        ui.actionTrustedSigners.triggered.connect(self.show_trusted_signers)
        ui.actionTrustedSigners.setEnabled(trust_store is not None)
        announce_status_bar(self)
        self._add_identity_action()
        self._add_team_actions()
        self._add_help_menu()
        from onsshare_desktop.gui.language import add_language_actions

        self.language_actions = add_language_actions(ui.menuView, self, self.language_requested.emit)
        self._stale_workspaces: set[int] = set()  # waiting for an action to end before showing the new language
        self._setup: IdentitySetupWizard | None = None
        self._first_show = True
        self._show_actor()
        self.register.reload()

    # -- language -----------------------------------------------------------------------------------------------

    def set_services(self, services: AppServices) -> None:
        """Use ``services`` from now on (the same database; its question set in the app's new language)."""
        self._services = services

    def _texts(self) -> None:
        """The texts this window sets itself (beside the .ui's), in the current language."""
        ui = self.ui
        ui.tabs.setTabText(0, self.tr("Received cases"))
        ui.tabs.setAccessibleName(self.tr("Register and open cases"))
        self.actionIdentity.setText(self.tr("&Signing identity…"))
        self.actionIdentity.setToolTip(self.tr("Who you are, and the key that signs your screening records"))
        self.actionTeamDatabase.setText(self.tr("Team &database…"))
        self.actionTeamDatabase.setToolTip(self.tr("Screen alone in this data folder, or with a team on a shared "
                                                   "PostgreSQL database"))
        self.actionTeamMembers.setText(self.tr("Team &members…"))
        self.actionTeamMembers.setToolTip(self.tr("Who is on the screening team, and their roles"))
        self.menuHelp.setTitle(self.tr("&Help"))
        self.actionAbout.setText(self.tr("&About"))

    def retranslate(self) -> None:
        """Show the window in the app's current language: its menus, the register, and each open case, made again
        on the same page with what was typed kept (a case with a record being signed follows once that is done)."""
        from onsshare_desktop.gui.help.menu import retranslate_help_actions
        from onsshare_desktop.gui.language import show_checked

        self.ui.retranslateUi(self)
        self._texts()
        retranslate_help_actions(self)
        show_checked(self.language_actions)
        self._show_actor()
        self.register.retranslate()
        for pack_id in list(self._workspaces):
            self._renew_workspace(pack_id)

    def _renew_workspace(self, pack_id: int) -> None:
        """Replace the open case's workspace by one in the current language, on the same page, keeping what was
        typed (written as drafts first, shown again by the new one); later if an action of the case is under way."""
        old = self._workspaces.get(pack_id)
        if old is None or self._actor is None:
            return
        if old.busy:  # an export or a question of this case under way: look again shortly
            if pack_id not in self._stale_workspaces:
                self._stale_workspaces.add(pack_id)
                QTimer.singleShot(250, lambda: self._renew_stale(pack_id))
            return
        if not old.save_now():  # the database refused the drafts: keep this one (and what it holds), try again
            QTimer.singleShot(2000, lambda: self._renew_workspace(pack_id))
            return
        self._stale_workspaces.discard(pack_id)
        view = old.view_state()
        old.retire()
        tabs = self.ui.tabs
        index = tabs.indexOf(old)
        was_current = tabs.currentWidget() is old
        workspace = self._make_workspace(pack_id)
        text, tip = tabs.tabText(index), tabs.tabToolTip(index)
        tabs.insertTab(index, workspace, text)
        tabs.setTabToolTip(index, tip)
        tabs.removeTab(index + 1)
        self._workspaces[pack_id] = workspace
        if was_current:
            tabs.setCurrentWidget(workspace)
        workspace.restore_view(view)
        old.deleteLater()

    def _renew_stale(self, pack_id: int) -> None:
        if pack_id in self._stale_workspaces:
            self._stale_workspaces.discard(pack_id)
            self._renew_workspace(pack_id)

    # -- who the screener is --------------------------------------------------------------------------------------

    @property
    def actor(self) -> str | None:
        return self._actor

    def _add_identity_action(self) -> None:
        ui = self.ui
        self.actionIdentity = QAction(self.tr("&Signing identity…"), self)
        self.actionIdentity.setObjectName("actionIdentity")
        self.actionIdentity.setToolTip(self.tr("Who you are, and the key that signs your screening records"))
        ui.menuFile.insertAction(ui.actionQuit, self.actionIdentity)
        ui.menuFile.insertSeparator(ui.actionQuit)
        self.actionIdentity.triggered.connect(self.show_identity)

    def _add_team_actions(self) -> None:
        """File › Team database… and File › Team members… (see ``team_settings``)."""
        ui = self.ui
        self.actionTeamDatabase = QAction(self.tr("Team &database…"), self)
        self.actionTeamDatabase.setObjectName("actionTeamDatabase")
        self.actionTeamDatabase.setToolTip(self.tr("Screen alone in this data folder, or with a team on a shared "
                                                   "PostgreSQL database"))
        self.actionTeamMembers = QAction(self.tr("Team &members…"), self)
        self.actionTeamMembers.setObjectName("actionTeamMembers")
        self.actionTeamMembers.setToolTip(self.tr("Who is on the screening team, and their roles"))
        ui.menuFile.insertAction(ui.actionQuit, self.actionTeamDatabase)
        ui.menuFile.insertAction(ui.actionQuit, self.actionTeamMembers)
        ui.menuFile.insertSeparator(ui.actionQuit)
        self.actionTeamDatabase.triggered.connect(self.show_team_database)
        self.actionTeamMembers.triggered.connect(self.show_team_members)

    def show_team_database(self) -> None:
        from PySide6.QtCore import QSettings

        from onsshare_desktop.gui.screening.team_settings import TeamDatabaseDialog

        settings = QSettings(str(self._services.paths.root / "settings.ini"), QSettings.Format.IniFormat)
        TeamDatabaseDialog(settings, self._services.secrets, self).exec()

    def show_team_members(self) -> None:
        from onsshare_desktop.gui.screening.team_settings import TeamMembersDialog

        TeamMembersDialog(self._services, self._actor or "", self).exec()

    def _add_help_menu(self) -> None:
        from onsshare_desktop.gui.help.menu import add_help_actions

        self.menuHelp = self.menuBar().addMenu(self.tr("&Help"))
        self.menuHelp.setObjectName("menuHelp")
        self.actionAbout = about = self.menuHelp.addAction(self.tr("&About"))
        about.triggered.connect(self._on_about_triggered)
        add_help_actions(self, self.menuHelp, self.help_topic, "screener.html")

    def help_topic(self) -> str:
        """The help page for what is shown now: the register, or the page of the open case."""
        widget = self.ui.tabs.currentWidget()
        if isinstance(widget, ReviewWorkspace):
            return f"screener.html#{widget.help_anchor()}"
        return "screener.html#register" if self._actor else "screener.html#first-run"

    @Slot()
    def _on_about_triggered(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from onsshare_desktop import __version__

        QMessageBox.about(self, self.tr("About onsshare-desktop"), self.tr(
            "onsshare-desktop %1\n\nPrepares, signs and screens requests to share data held by the Office for "
            "National Statistics under the ONS Data Sharing Policy. Works entirely offline.").replace(
            "%1", __version__))

    def _show_actor(self) -> None:
        self.statusBar().showMessage(
            self.tr("Working as %1").replace("%1", self._actor) if self._actor else
            self.tr("Tell the app who you are (File › Signing identity…) before you record anything."))

    def set_actor(self, actor: str) -> None:
        """Record everything from now on under ``actor`` (in open cases too)."""
        self._actor = actor
        for workspace in self._workspaces.values():
            workspace.set_actor(actor)
        self._show_actor()
        self.actor_changed.emit(actor)

    def on_identity_made(self, info: "SignerInfo") -> None:
        """A signing identity was made (here or during an export): work under its holder's name."""
        self.set_actor(f"{info.name} <{info.email}>" if info.email else info.name)

    def showEvent(self, event: "QShowEvent") -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            if self._actor is None:
                QTimer.singleShot(0, self.start_setup)

    @Slot()
    def start_setup(self, then: "Callable[[], None] | None" = None) -> "IdentitySetupWizard":
        """The guided set-up (about you, then your signing key); ``then()`` once the screener is named."""
        from onsshare_desktop.gui.identity.setup import start_identity_setup

        if self._setup is not None:
            return self._setup

        def profile_saved(profile: "Profile") -> None:
            self.set_actor(profile.actor)

        def done(info: "SignerInfo | None") -> None:
            self._setup = None
            if info is not None:
                self.on_identity_made(info)
            if then is not None and self._actor is not None:
                then()

        self._setup = start_identity_setup(
            self._services.paths.identity, self._services.secrets, self._services.secrets_secure, self, self.tr(
                "Welcome to screening. Before you start, say who you are: your name goes into the history of "
                "every case you assess, and your signing key signs the screening records you export."),
            done, profile_saved=profile_saved)
        return self._setup

    @Slot()
    def show_identity(self) -> QWidget:
        """The signing identity: the guided set-up when there is none yet, else who signs and what can be done."""
        identity = self._services.use_cases.identity
        if not identity.exists():
            return self.start_setup()
        from onsshare_desktop.gui.identity.identity_dialog import IdentityDialog

        dialog = IdentityDialog(identity, self)
        dialog.identity_changed.connect(self.on_identity_made)
        dialog.open()
        return dialog

    @Slot(int)
    def open_case(self, pack_id: int) -> ReviewWorkspace | None:
        """Show the review workspace of ``pack_id`` (bringing an already open one to the front). Before the screener
        has said who they are, the set-up comes first (the case opens after it); None then."""
        if self._actor is None:
            self.start_setup(then=lambda: self.open_case(pack_id))
            return None
        workspace = self._workspaces.get(pack_id)
        if workspace is None:  # it opens at once, saying "Reading the case…"; named when the case has been read
            workspace = self._make_workspace(pack_id)
            self._workspaces[pack_id] = workspace
            self.ui.tabs.addTab(workspace, self.tr("Reading…"))
        self.ui.tabs.setCurrentWidget(workspace)
        return workspace

    def _name_tab(self, workspace: ReviewWorkspace) -> None:
        """The case's tab says its reference and version (its title as the tool tip) once the case is read."""
        index = self.ui.tabs.indexOf(workspace)
        if index >= 0:
            row = workspace.received.row
            self.ui.tabs.setTabText(index, f"{row.case_ref} v{row.version}")
            self.ui.tabs.setTabToolTip(index, row.title)

    def _make_workspace(self, pack_id: int) -> ReviewWorkspace:
        assert self._actor is not None
        workspace = ReviewWorkspace(self._services.database.screening,
                                    self._services.question_set.in_language(),  # the screener's own language
                                    pack_id, self._actor, self._actions)
        workspace.case_changed.connect(lambda _id: self.register.refresh_soon())  # read on a worker
        workspace.loaded.connect(lambda: self._name_tab(workspace))
        workspace.precedent_opened.connect(self.open_case_ref)
        workspace.version_opened.connect(self.open_case)
        workspace.record_exported.connect(self._on_record_exported)
        return workspace

    def _screening(self, actor: str | None = None) -> "ScreeningService":
        """The screening use cases, recorded under ``actor`` (reading needs none)."""
        from onsshare_desktop.services.screening import ScreeningService

        use_cases = self._services.use_cases
        return ScreeningService(use_cases.database, use_cases.paths, use_cases.trust, actor or "")

    @Slot(str)
    def open_case_ref(self, case_ref: str) -> None:
        """Open the newest received version of ``case_ref`` (a precedent), if it is in the register: looked up on
        a worker (the window never waits for a team's server); the case opens in its tab, or the status bar says
        it is not in the register."""
        from onsshare_desktop.gui.action_steps import ActionSteps

        steps = ActionSteps(self, self.tr("The case could not be opened."), lambda _result: None)

        def found(row: object) -> None:
            if row is None:
                self.statusBar().showMessage(self.tr("%1 is not in the register.").replace("%1", case_ref), 5000)
            else:
                self.open_case(row.id)  # type: ignore[attr-defined]
            steps.finish(row)

        steps.run(self._screening().latest_of, case_ref, then=found)

    @Slot()
    def show_trusted_signers(self) -> TrustDialog | None:
        """The trust store dialog; closing it brings every open case and the register up to date."""
        if self._trust_store is None:
            return None
        dialog = TrustDialog(self._trust_store, self)
        dialog.trust_changed.connect(self._on_trust_changed)
        dialog.open()
        return dialog

    @Slot()
    def _on_trust_changed(self) -> None:
        """Bring the packs' "signer confirmed" in line with the trust store (a worker: each change is written to the
        case's history), then show the result."""
        from onsshare_desktop.gui.workers import Worker

        if self._actor is None:
            self.start_setup(then=self._on_trust_changed)
            return
        worker = Worker(self._screening(self._actor).sync_signers)
        worker.signals.finished.connect(self._on_signers_synced)
        worker.signals.failed.connect(self._on_signers_sync_failed)
        worker.start()

    @Slot(object)
    def _on_signers_synced(self, _changed: int) -> None:
        """The register and each open case read again on workers; ``signers_synced`` once the cases are shown."""
        self.register.reload()
        loaded = [workspace for workspace in self._workspaces.values() if workspace.is_loaded]
        waiting = [len(loaded)]

        def one_shown() -> None:
            waiting[0] -= 1
            if waiting[0] == 0:
                self.signers_synced.emit()

        for workspace in loaded:
            workspace.reload(then=one_shown)
        if not loaded:
            self.signers_synced.emit()

    @Slot(object)
    def _on_signers_sync_failed(self, exc: BaseException) -> None:
        from onsshare_desktop.gui.errors import show_error

        show_error(self, self.tr("The cases could not be brought in line with the trusted signers."), exc)

    @Slot(int)
    def _on_tabs_tab_close_requested(self, index: int) -> None:
        """Close a case. Anything under way is dropped, except a screening record being signed: that is still
        written, and the status bar says so; the closed case goes once it is done."""
        widget = self.ui.tabs.widget(index)
        if not isinstance(widget, ReviewWorkspace):
            return
        widget.close_case()  # what was typed is kept and recorded: closing never throws it away
        self.ui.tabs.removeTab(index)
        self._workspaces.pop(widget.pack_id, None)
        if widget.exporting:
            widget.actions_ended.connect(widget.deleteLater)
            self.statusBar().showMessage(self.tr("The screening record is still being signed; it will be written "
                                                 "and you will be told here."))
        else:
            widget.deleteLater()

    @Slot(str)
    def _on_record_exported(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Signed screening record written to %1").replace("%1", path), 15000)

    def open_cases(self) -> list[int]:
        return list(self._workspaces)

    def closeEvent(self, event: "QCloseEvent") -> None:  # noqa: N802 - Qt override
        for workspace in self._workspaces.values():
            workspace.close_case()
        super().closeEvent(event)
