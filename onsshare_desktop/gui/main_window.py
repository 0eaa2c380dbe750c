"""The main window: the requester's drafts list with New, Open, Copy as new, Delete/Restore and search.

It is shown before the database is opened (so start-up feels instant) and fills once ``gui.app`` hands it the
services built off the UI thread.

Start-up: PySide6 builds the Python enums of a Qt class the first time Python touches the class, and the ``Qt``
namespace alone has 93 of them (about 30 ms). The window opens on its loading page, so nothing here touches ``Qt``
before the first list arrives: the list's model, sorting and empty page are set up then (``_list_model``). Dialogs
and the error helpers are imported when first needed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from onsshare_desktop import __version__
from onsshare_desktop.gui._generated.main_window_ui import Ui_MainWindow
from onsshare_desktop.gui.announce import announce_status_bar

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent  # typing only: builds QEvent.Type

    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.drafts import DraftSummary
    from onsshare_desktop.gui.drafts_model import DraftsModel
    from onsshare_desktop.gui.services import AppServices
    from onsshare_desktop.gui.wizard.editor import RequestEditor
    from onsshare_desktop.services.maintenance import VerifyReport

SEARCH_DELAY_MS = 150


class MainWindow(QMainWindow):
    """Signals:
    drafts_loaded(int): the list was (re)filled with this many drafts (also by the start-up preview).
    restore_requested(): the user asked to restore a backup (the application closes the database and does it).
    screener_mode_requested(): the user asked to switch to screener mode.
    language_requested(str): the user chose this language (View menu or the first run's offer).
    """

    drafts_loaded = Signal(int)
    restore_requested = Signal()
    screener_mode_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, examples: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._services: AppServices | None = None
        self._editors: dict[int, RequestEditor] = {}
        self._examples = examples
        self._model: DraftsModel | None = None  # made with the first list: see _list_model

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self._build_examples_menu()
        self._add_document_import()
        from onsshare_desktop.gui.draft_documents import DraftDocuments

        self.documents = DraftDocuments(self, self.ui.draftMenu, self.ui.mainToolBar, self.selected_draft_id)
        self._set_shortcuts()
        self._connect()
        from onsshare_desktop.gui.help.menu import add_help_actions

        add_help_actions(self, self.ui.helpMenu, lambda: "requester.html#drafts", "requester.html")
        from onsshare_desktop.gui.language import add_language_actions

        self.language_actions = add_language_actions(self.ui.viewMenu, self, self.language_requested.emit)
        self.language_offer: QWidget | None = None
        self.ui.newRequestButton.setAutoDefault(True)  # Enter presses it when it has the focus (as Space does)
        self._set_busy(True)
        announce_status_bar(self)

    # -- language -----------------------------------------------------------------------------------------------

    def offer_languages(self, show: bool) -> None:
        """Show (on the first run) or hide the choice of language at the top of the window."""
        if show and self.language_offer is None:
            from onsshare_desktop.gui.language import LanguageOffer

            offer = LanguageOffer(self.ui.centralWidget)
            offer.chosen.connect(self.language_requested)
            self.ui.centralLayout.insertWidget(0, offer)
            self.language_offer = offer
        elif not show and self.language_offer is not None:
            self.language_offer.hide()
            self.language_offer.deleteLater()
            self.language_offer = None

    def retranslate_language_choice(self) -> None:
        """Mark the current language in the View menu and the first run's offer."""
        from onsshare_desktop.gui.language import show_checked

        show_checked(self.language_actions)
        if self.language_offer is not None:
            self.language_offer.show_current()

    def retranslate(self) -> None:
        """Show every text of this window, and of each open request window, in the current language."""
        from onsshare_desktop.gui.help.menu import retranslate_help_actions

        self.ui.retranslateUi(self)
        self.ui.actionImportDocument.setText(self.tr("&Import return note or decision letter…"))
        self.documents.retranslate()
        retranslate_help_actions(self)
        self.retranslate_language_choice()
        if self._model is not None:
            self._model.retranslate()
        if self._services is not None:
            self.reload()
        else:
            self._update_actions()
        for editor in list(self._editors.values()):
            editor.retranslate()

    # -- wiring -------------------------------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.actionNew.triggered.connect(self._on_new_triggered)
        ui.newRequestButton.clicked.connect(self._on_new_triggered)
        ui.actionOpen.triggered.connect(self._on_open_triggered)
        ui.draftsView.activated.connect(self._on_open_triggered)
        ui.actionCopyAsNew.triggered.connect(self._on_copy_triggered)
        ui.actionDelete.triggered.connect(self._on_delete_triggered)
        ui.actionRestore.triggered.connect(self._on_restore_triggered)
        ui.actionShowDeleted.toggled.connect(self._on_show_deleted_toggled)
        ui.actionFind.triggered.connect(self._on_find_triggered)
        ui.actionIdentity.triggered.connect(self._on_identity_triggered)
        ui.actionRestoreBackup.triggered.connect(self.restore_requested)
        ui.actionScreenerMode.triggered.connect(self.screener_mode_requested)
        ui.actionCheckHistory.triggered.connect(self._on_check_history_triggered)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self._on_about_triggered)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())

    def _add_document_import(self) -> None:
        """File › Import return note or decision letter…, and the same for PDFs dropped on the window."""
        # addAction(text), not QAction(text, parent): see _build_examples_menu (QIcon's enums cost 2 ms)
        action = self.ui.fileMenu.addAction(self.tr("&Import return note or decision letter…"))
        action.setObjectName("actionImportDocument")
        action.setShortcuts([QKeySequence(self.tr("Ctrl+I"))])
        action.triggered.connect(lambda: self.import_document(None))
        self.ui.fileMenu.insertAction(self.ui.actionIdentity, action)
        self.ui.actionImportDocument = action
        self.setAcceptDrops(True)

    def import_document(self, path: Path | None) -> None:
        """Verify and import a return note or decision letter (``path``, or one the user chooses)."""
        if self._services is None:
            return
        from onsshare_desktop.gui.document_import import DocumentImportFlow

        flow = DocumentImportFlow(self._services, self)
        flow.imported.connect(self._on_document_imported)
        flow.finished.connect(flow.deleteLater)
        if path is None:
            flow.choose_and_start()
        else:
            flow.start(path)

    def _on_document_imported(self, draft_id: int) -> None:
        self.reload()
        self.select_draft(draft_id)  # its new status shown, its letter one Ctrl+L away

    def dragEnterEvent(self, event: "QDragEnterEvent") -> None:  # noqa: N802 - Qt override
        if any(url.toLocalFile().lower().endswith(".pdf") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: "QDropEvent") -> None:  # noqa: N802 - Qt override
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".pdf"):
                self.import_document(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def _set_shortcuts(self) -> None:
        # Here, not in the .ui: uic's setShortcut() makes PySide6 build the Qt namespace (its setShortcut(Qt.Key)
        # overload); setShortcuts() does not.
        ui = self.ui
        for action, keys in ((ui.actionNew, self.tr("Ctrl+N")), (ui.actionOpen, self.tr("Ctrl+O")),
                             (ui.actionCopyAsNew, self.tr("Ctrl+Shift+C")), (ui.actionDelete, self.tr("Del")),
                             (ui.actionRestore, self.tr("Ctrl+R")), (ui.actionShowDeleted, self.tr("Ctrl+D")),
                             (ui.actionFind, self.tr("Ctrl+F")), (ui.actionQuit, self.tr("Ctrl+Q"))):
            action.setShortcuts([QKeySequence(keys)])

    def _build_examples_menu(self) -> None:
        menu = QMenu(self)
        for path in self._examples:
            # addAction(text), not QAction(text, menu): that constructor's QIcon overload builds QIcon's enums (2 ms)
            action = menu.addAction(path.stem.replace("-", " ").capitalize())
            action.triggered.connect(lambda _checked=False, p=path: self._on_example_chosen(p))
        self.ui.openExampleButton.setMenu(menu)
        self.ui.actionOpenExample.setMenu(menu)
        self.ui.openExampleButton.setEnabled(bool(self._examples))

    def _list_model(self) -> DraftsModel:
        """The drafts list's model, made (with the view's sorting and the empty page) when the first list arrives."""
        if self._model is not None:
            return self._model
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QHeaderView

        from onsshare_desktop.gui.drafts_model import DraftsModel

        self._model = DraftsModel(self)  # sorts itself: a sorting proxy cost 190 ms per 1,000 drafts
        view = self.ui.draftsView
        view.setModel(self._model)
        view.sortByColumn(DraftsModel.EDITED, Qt.SortOrder.DescendingOrder)
        header = view.horizontalHeader()
        header.setSectionResizeMode(DraftsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DraftsModel.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DraftsModel.EDITED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DraftsModel.COMPLETE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DraftsModel.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(0)  # fit the visible rows only: all 1,000 took 1 s at start-up
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.ui.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)  # the empty page shows only after a list
        return self._model

    # -- state --------------------------------------------------------------------------------------------------

    def set_services(self, services: AppServices) -> None:
        """Called once the database is open: enable the actions and fill the list."""
        self._services = services
        self.documents.set_services(services)
        self._set_busy(False)
        self.reload()

    def show_drafts_preview(self, drafts: list[DraftSummary]) -> None:
        """Show the drafts list read at start-up before the database is open; actions stay off until it is."""
        if self._services is not None or not drafts:
            return
        self._list_model().set_drafts(drafts)
        self.ui.pagesStack.setCurrentWidget(self.ui.listPage)
        self.ui.draftsView.selectRow(0)
        self._focus_default()
        self.drafts_loaded.emit(len(drafts))

    def detach_services(self) -> None:
        """Forget the services (the database is about to be closed and replaced); show the loading page."""
        self._services = None
        self.documents.set_services(None)
        if self._model is not None:
            self._model.set_drafts([])
        self._set_busy(True)

    def close_editors(self) -> None:
        """Close every open wizard window (each saves on close)."""
        for editor in list(self._editors.values()):
            editor.close()

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.ui.pagesStack.setCurrentWidget(self.ui.loadingPage)
        for action in (self.ui.actionNew, self.ui.actionOpenExample, self.ui.actionShowDeleted,
                       self.ui.actionIdentity, self.ui.actionRestoreBackup, self.ui.actionScreenerMode,
                       self.ui.actionCheckHistory):
            action.setEnabled(not busy)
        self.ui.searchEdit.setEnabled(not busy)
        self.ui.newRequestButton.setEnabled(not busy)
        self._update_actions()

    @property
    def showing_deleted(self) -> bool:
        return self.ui.actionShowDeleted.isChecked()

    @Slot()
    def reload(self) -> None:
        """Refill the list from the database, keeping the selection where possible."""
        if self._services is None:
            return
        selected = self.selected_draft_id()
        drafts = self._services.use_cases.requests.list(self.ui.searchEdit.text(), deleted=self.showing_deleted)
        self._list_model().set_drafts(drafts, self.documents.statuses(drafts))
        searching = bool(self.ui.searchEdit.text().strip())
        if drafts or searching:
            self.ui.pagesStack.setCurrentWidget(self.ui.listPage)
        else:
            self.ui.pagesStack.setCurrentWidget(self.ui.emptyPage)
        self.ui.emptyLabel.setText(
            self.tr("No deleted drafts. Drafts you delete wait here until you restore them.")
            if self.showing_deleted else
            self.tr("Prepare a request to the Office for National Statistics to share data with your "
                    "organisation, then export it as a signed PDF pack to send to ONS."))
        self.ui.newRequestButton.setVisible(not self.showing_deleted)
        self.ui.openExampleButton.setVisible(not self.showing_deleted)
        if searching and not drafts:
            self.statusBar().showMessage(self.tr("No drafts match your search."))
        if selected is not None:
            self.select_draft(selected)
        elif drafts:
            self.ui.draftsView.selectRow(0)
        self._update_actions()
        self._focus_default()
        self.drafts_loaded.emit(len(drafts))

    def _focus_default(self) -> None:
        """Put the keyboard where the page's main action is: the list (Enter opens the selected draft) or, on the
        empty page, "Start a new request" (Enter or Space starts one). Never taken from the search box."""
        focused = self.focusWidget()
        if focused is self.ui.searchEdit and focused.hasFocus():
            return
        if self.ui.pagesStack.currentWidget() is self.ui.emptyPage:
            self.ui.newRequestButton.setFocus()
        elif self.ui.pagesStack.currentWidget() is self.ui.listPage:
            self.ui.draftsView.setFocus()

    def selected_draft_id(self) -> int | None:
        if self._model is None:
            return None
        rows = self.ui.draftsView.selectionModel().selectedRows()
        return self._model.draft_at(rows[0].row()).id if rows else None

    def select_draft(self, draft_id: int) -> None:
        model = self._list_model()
        row = model.row_of(draft_id)
        if row is not None:
            index = model.index(row, 0)
            self.ui.draftsView.selectRow(row)
            self.ui.draftsView.scrollTo(index)

    def _update_actions(self) -> None:
        has_selection = self._services is not None and self.selected_draft_id() is not None
        self.ui.actionOpen.setEnabled(has_selection and not self.showing_deleted)
        self.ui.actionCopyAsNew.setEnabled(has_selection and not self.showing_deleted)
        self.ui.actionDelete.setEnabled(has_selection and not self.showing_deleted)
        self.ui.actionRestore.setEnabled(has_selection and self.showing_deleted)
        self.documents.update_actions(self.showing_deleted)
        self.ui.viewTitleLabel.setText(self.tr("Deleted drafts") if self.showing_deleted else self.tr("Drafts"))

    # -- actions ------------------------------------------------------------------------------------------------

    @Slot()
    def _on_new_triggered(self) -> None:
        if self._services is None:
            return
        from onsshare_desktop.domain.case import Case

        draft_id = self._services.use_cases.requests.create(Case.new(self._services.question_set))
        self._after_create(draft_id)

    def _on_example_chosen(self, path: Path) -> None:
        if self._services is None:
            return
        from onsshare_desktop.domain.case_io import load_case
        from onsshare_desktop.gui.errors import show_error

        try:
            case = load_case(path.read_bytes()).copy_as_new()
        except Exception as exc:  # noqa: BLE001 - shown to the user, the app goes on
            show_error(self, self.tr("The example could not be opened."), exc)
            return
        self._after_create(self._services.use_cases.requests.create(case))

    def _after_create(self, draft_id: int) -> None:
        if self.showing_deleted:
            self.ui.actionShowDeleted.setChecked(False)
        self.ui.searchEdit.clear()
        self.reload()
        self.select_draft(draft_id)
        self.open_draft(draft_id)

    @Slot()
    def _on_open_triggered(self) -> None:
        draft_id = self.selected_draft_id()
        if draft_id is not None and not self.showing_deleted:
            self.open_draft(draft_id)

    def open_draft(self, draft_id: int) -> RequestEditor:
        """Show the wizard for ``draft_id`` (bringing an already open one to the front)."""
        if self._services is None:
            raise RuntimeError("open_draft before the database is open")
        editor = self._editors.get(draft_id)
        if editor is None:
            from onsshare_desktop.gui.wizard.editor import RequestEditor

            editor = RequestEditor(self._services, draft_id)
            editor.draft_saved.connect(lambda summary: self._list_model().update_draft(
                summary, self.documents.refreshed(summary)))
            editor.export_requested.connect(lambda case, e=editor: self._export(e, case))
            editor.closed.connect(lambda d=draft_id: self._on_editor_closed(d))
            self._editors[draft_id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _export(self, editor: RequestEditor, case: Case) -> None:
        """Sign and save ``case`` as a pack, with the editor as the parent of every dialog."""
        if self._services is None:
            return
        from onsshare_desktop.gui.pack_export import PackExportFlow

        flow = PackExportFlow(self._services, editor)
        flow.exported.connect(lambda _result: editor.exported_as(flow.next_case))
        flow.exported.connect(lambda result: editor.statusBar().showMessage(
            self.tr("Exported %1. Later changes become version %2.").replace("%1", str(result.path)).replace(
                "%2", str(editor.case().version)), 10_000))
        flow.exported.connect(flow.deleteLater)
        flow.abandoned.connect(flow.deleteLater)
        flow.start(case, editor.draft_id)

    @Slot()
    def _on_identity_triggered(self) -> None:
        if self._services is None:
            return
        identity = self._services.use_cases.identity
        if not identity.exists():
            from onsshare_desktop.gui.identity.setup import start_identity_setup

            start_identity_setup(identity.folder, self._services.secrets, self._services.secrets_secure, self, self.tr(
                "Requests are signed so that ONS can tell they come from you and were not changed on the way. Set "
                "up your signing identity once: who you are, then your signing key."), lambda _info: None)
            return
        from onsshare_desktop.gui.identity.identity_dialog import IdentityDialog

        IdentityDialog(identity, self).exec()

    @Slot()
    def _on_check_history_triggered(self) -> None:
        if self._services is None:
            return
        from onsshare_desktop.gui.workers import Worker

        self.ui.actionCheckHistory.setEnabled(False)
        self.statusBar().showMessage(self.tr("Checking the history…"))
        worker = Worker(self._services.use_cases.maintenance.verify_history, self._services.database)
        worker.signals.finished.connect(self._on_history_checked)
        worker.signals.failed.connect(self._on_history_check_failed)
        worker.start()

    def _on_history_checked(self, report: VerifyReport) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.ui.actionCheckHistory.setEnabled(True)
        self.statusBar().clearMessage()
        if report.ok and report.triggers_intact:
            from onsshare_desktop.i18n import ngettext

            checked = ngettext("{n} recorded change checked", "{n} recorded changes checked",
                               report.events_checked).format(n=report.events_checked)
            QMessageBox.information(self, self.tr("History checked"), self.tr(
                "Nothing in the recorded history has been changed outside this app.") + f"\n\n({checked}.)")
            return
        lines = [str(problem) for problem in report.problems]
        if not report.triggers_intact:
            lines.append(self.tr("The database's protection against editing the history has been removed."))
        QMessageBox.warning(self, self.tr("The history was changed"), self.tr(
            "Something outside this app changed the recorded history. The first problem in each case:\n\n%1")
            .replace("%1", "\n".join(lines)))

    def _on_history_check_failed(self, exc: BaseException) -> None:
        from onsshare_desktop.gui.errors import show_error

        self.ui.actionCheckHistory.setEnabled(True)
        self.statusBar().clearMessage()
        show_error(self, self.tr("The history could not be checked."), exc)

    def _on_editor_closed(self, draft_id: int) -> None:
        editor = self._editors.pop(draft_id, None)
        if editor is not None:
            editor.deleteLater()
        self.reload()

    @Slot()
    def _on_copy_triggered(self) -> None:
        draft_id = self.selected_draft_id()
        if draft_id is None or self._services is None:
            return
        self._flush_editor(draft_id)
        new_id = self._services.use_cases.requests.copy_as_new(draft_id)
        self.reload()
        self.select_draft(new_id)
        self.statusBar().showMessage(self.tr("Copied. The copy has a new reference."), 5000)

    @Slot()
    def _on_delete_triggered(self) -> None:
        draft_id = self.selected_draft_id()
        if draft_id is None or self._services is None:
            return
        editor = self._editors.get(draft_id)
        if editor is not None:
            editor.close()
        self._services.use_cases.requests.delete(draft_id)
        self.reload()
        self.statusBar().showMessage(
            self.tr("Moved to Deleted drafts. To bring it back, open View › Deleted drafts and choose Restore."),
            8000)

    @Slot()
    def _on_restore_triggered(self) -> None:
        draft_id = self.selected_draft_id()
        if draft_id is None or self._services is None:
            return
        self._services.use_cases.requests.restore(draft_id)
        self.reload()
        self.statusBar().showMessage(self.tr("Restored. The draft is back in Drafts."), 5000)

    @Slot(bool)
    def _on_show_deleted_toggled(self, _checked: bool) -> None:
        self.reload()

    @Slot()
    def _on_find_triggered(self) -> None:
        from PySide6.QtCore import Qt

        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    @Slot()
    def _on_about_triggered(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About onsshare-desktop"), self.tr(
            "onsshare-desktop %1\n\nPrepares, signs and screens requests to share data held by the Office for "
            "National Statistics under the ONS Data Sharing Policy. Works entirely offline.").replace(
            "%1", __version__))

    def _flush_editor(self, draft_id: int) -> None:
        editor = self._editors.get(draft_id)
        if editor is not None:
            editor.save_now()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.close_editors()
        super().closeEvent(event)

    # -- for tests and the editor -------------------------------------------------------------------------------

    @property
    def drafts_model(self) -> DraftsModel:
        return self._list_model()

    def visible_drafts(self) -> list[DraftSummary]:
        model = self._list_model()
        return [model.draft_at(r) for r in range(model.rowCount())]
