"""The drafts list's part of the round trip with ONS: each draft's status (returned, approved, declined), and the
Draft menu's "Open the decision letter" and "Export benefits report…" for the selected draft.

Statuses come from ``RequestService.statuses`` (one query for the whole list); the letter is the file kept in the
data folder when it was imported; the benefits report is written by ``gui.benefits_report``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from onsshare_desktop.domain.drafts import DraftSummary
    from onsshare_desktop.gui.benefits_report import BenefitsReportDialog
    from onsshare_desktop.gui.services import AppServices
    from onsshare_desktop.services.requester import DraftStatus


class DraftDocuments(QObject):
    """The round-trip actions of the drafts list of ``window``; ``selected()`` gives the selected draft's id.

    ``services`` is set once the database is open (``set_services``); until then the actions stay off.
    """

    def __init__(self, window: QMainWindow, menu: QMenu, toolbar: QToolBar,
                 selected: Callable[[], int | None]) -> None:
        super().__init__(window)
        self._window = window
        self._selected = selected
        self._services: AppServices | None = None
        self._statuses: dict[int, DraftStatus] = {}
        self.dialog: BenefitsReportDialog | None = None
        # addAction(text), not QAction(text, parent): see MainWindow._build_examples_menu
        menu.addSeparator()
        self.actionOpenLetter: QAction = menu.addAction("")
        self.actionOpenLetter.setObjectName("actionOpenLetter")
        self.actionOpenLetter.triggered.connect(self.open_letter)
        self.actionBenefits: QAction = menu.addAction("")
        self.actionBenefits.setObjectName("actionExportBenefits")
        self.actionBenefits.triggered.connect(self.export_benefits)
        self.retranslate()
        toolbar.addSeparator()
        toolbar.addAction(self.actionOpenLetter)
        toolbar.addAction(self.actionBenefits)
        self.update_actions()

    def retranslate(self) -> None:
        """The actions' texts in the current language (on creation, and when the user switches language)."""
        self.actionOpenLetter.setText(self.tr("Open the decision &letter"))
        self.actionOpenLetter.setToolTip(self.tr("Open the signed decision letter ONS sent for the selected "
                                                 "request (Ctrl+L)"))
        self.actionOpenLetter.setShortcuts([QKeySequence(self.tr("Ctrl+L"))])
        self.actionBenefits.setText(self.tr("Export &benefits report…"))
        self.actionBenefits.setToolTip(self.tr("After approval: report the public benefits realised and the "
                                               "published outputs to ONS, signed (Ctrl+B)"))
        self.actionBenefits.setShortcuts([QKeySequence(self.tr("Ctrl+B"))])

    def set_services(self, services: AppServices | None) -> None:
        self._services = services
        if services is None:
            self._statuses = {}
        self.update_actions()

    def statuses(self, drafts: Sequence[DraftSummary]) -> dict[int, str]:
        """The status text of each of ``drafts`` that has one, by draft id (kept for the actions)."""
        if self._services is None:
            return {}
        self._statuses = self._services.use_cases.requests.statuses(drafts)
        return {draft_id: status.text for draft_id, status in self._statuses.items()}

    def refreshed(self, summary: DraftSummary) -> str:
        """The status text of one draft after it was saved (a response typed changes "2 unanswered")."""
        if self._services is None:
            return ""
        status = self._services.use_cases.requests.statuses([summary]).get(summary.id)
        if status is None:
            self._statuses.pop(summary.id, None)
            return ""
        self._statuses[summary.id] = status
        return status.text

    def update_actions(self, deleted: bool = False) -> None:
        """Offer the letter and the benefits report for the selected draft when its status allows them."""
        draft_id = self._selected() if self._services is not None and not deleted else None
        status = self._statuses.get(draft_id) if draft_id is not None else None
        self.actionOpenLetter.setEnabled(status is not None and status.letter_sha256 is not None)
        self.actionBenefits.setEnabled(status is not None and status.approved)

    # -- actions --------------------------------------------------------------------------------------------------

    def open_letter(self) -> bool:
        """Open the selected draft's decision letter in the system's PDF viewer; False (said why) if it cannot."""
        draft_id = self._selected()
        if self._services is None or draft_id is None:
            return False
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        path = self._services.use_cases.requests.decision_letter_file(draft_id)
        if path is None:
            QMessageBox.information(self._window, self.tr("No letter kept here"), self.tr(
                "The decision letter of this request is not kept in this data folder. Import it again with File › "
                "Import return note or decision letter…, and it will be kept."))
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self._window, self.tr("No program to open it"), self.tr(
                "No program on this computer opens PDF files. The letter is kept at:\n%1").replace("%1", str(path)))
            return False
        self._window.statusBar().showMessage(self.tr("Opened %1").replace("%1", path.name), 5000)
        return True

    def export_benefits(self) -> BenefitsReportDialog | None:
        """The benefits report dialog of the selected draft's approved case (None if it has no approval)."""
        draft_id = self._selected()
        if self._services is None or draft_id is None:
            return None
        from PySide6.QtWidgets import QMessageBox

        letter = self._services.use_cases.requests.approval(draft_id)
        if letter is None:
            QMessageBox.information(self._window, self.tr("Not approved yet"), self.tr(
                "A benefits report follows an approval. Import the decision letter ONS sent you first (File › "
                "Import return note or decision letter…)."))
            return None
        from onsshare_desktop.gui.benefits_report import BenefitsReportDialog

        if self.dialog is not None:
            self.dialog.close()
        dialog = BenefitsReportDialog(self._services, draft_id, letter, self._window)
        dialog.exported.connect(lambda path: self._window.statusBar().showMessage(
            self.tr("Benefits report written to %1").replace("%1", path), 10_000))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog
