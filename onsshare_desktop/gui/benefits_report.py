"""The requester's benefits report for an approved case (Draft › Export benefits report…).

The dialog takes the benefits realised and the published outputs (title, link, date), refuses what the report
could not carry with the reason beside the buttons, then signs and writes the report through
``RequestService.export_benefits`` (the same as ``benefits export`` on the command line): where to save it, the one
passphrase loop, signing on a worker thread. The dialog stays open, with everything typed, until the report is
written; cancelling a step or an error leaves it as it was.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem, \
    QWidget

from onsshare_desktop.gui._generated.benefits_report_ui import Ui_BenefitsReportDialog
from onsshare_desktop.gui.action_steps import ActionSteps, unlock_then
from onsshare_desktop.gui.announce import announce_label
from onsshare_desktop.gui.errors import show_error

if TYPE_CHECKING:
    from onsshare_desktop.domain.documents import DecisionLetter
    from onsshare_desktop.gui.services import AppServices
    from onsshare_desktop.services.identity import UnlockedIdentity

ERROR_STYLE = "color: #b00020;"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TITLE, LINK, PUBLISHED = range(3)


class BenefitsReportDialog(QDialog):
    """Write the signed benefits report of draft ``draft_id``'s approved case (``letter``).

    Signals:
        exported(str): the path of the report once it is written.
    """

    exported = Signal(str)

    def __init__(self, services: AppServices, draft_id: int, letter: DecisionLetter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BenefitsReportDialog()
        self.ui.setupUi(self)
        self._services = services
        self._draft_id = draft_id
        self._letter = letter
        self._running = False
        ui = self.ui
        ui.caseLabel.setText(self.tr("%1 version %2, “%3”: approved on %4.").replace("%1", letter.case_ref)
                             .replace("%2", str(letter.version)).replace("%3", letter.title)
                             .replace("%4", letter.decided_on))
        self.exportButton = ui.buttonBox.addButton(self.tr("&Sign and export…"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.exportButton.setObjectName("exportBenefitsButton")
        self.exportButton.setDefault(True)
        header = ui.outputsTable.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LINK, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PUBLISHED, QHeaderView.ResizeMode.ResizeToContents)
        ui.buttonBox.accepted.connect(self._on_export_clicked)
        ui.buttonBox.rejected.connect(self.reject)
        ui.addOutputButton.clicked.connect(self.add_output)
        ui.removeOutputButton.clicked.connect(self._on_remove_output_clicked)
        ui.outputsTable.itemSelectionChanged.connect(self._update_buttons)
        ui.benefitsEdit.setFocus()
        self._update_buttons()

    # -- outputs ------------------------------------------------------------------------------------------------

    def add_output(self, title: str = "", link: str = "", published_on: str = "") -> int:
        """A new row of the outputs table (empty unless given), its title cell ready to type in; its row."""
        table = self.ui.outputsTable
        row = table.rowCount()
        table.insertRow(row)
        for column, text in ((TITLE, title), (LINK, link), (PUBLISHED, published_on)):
            table.setItem(row, column, QTableWidgetItem(text))
        table.setCurrentCell(row, TITLE)
        table.setFocus()
        if not title:
            table.editItem(table.item(row, TITLE))
        self._update_buttons()
        return row

    def _on_remove_output_clicked(self) -> None:
        row = self.ui.outputsTable.currentRow()
        if row >= 0:
            self.ui.outputsTable.removeRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.removeOutputButton.setEnabled(self.ui.outputsTable.currentRow() >= 0 and not self._running)
        self.exportButton.setEnabled(not self._running)

    def outputs(self) -> list[tuple[str, str, str]]:
        """The outputs typed, rows left wholly empty skipped."""
        table = self.ui.outputsTable
        rows = []
        for row in range(table.rowCount()):
            cells = tuple((table.item(row, c).text() if table.item(row, c) else "").strip() for c in range(3))
            if any(cells):
                rows.append((cells[TITLE], cells[LINK], cells[PUBLISHED]))
        return rows

    def problems(self) -> list[str]:
        """Why the report cannot be written as it stands (empty when it can)."""
        found = []
        if not self.ui.benefitsEdit.toPlainText().strip():
            found.append(self.tr("Describe the benefits realised."))
        for number, (title, link, published_on) in enumerate(self.outputs(), start=1):
            if not title or not link:
                found.append(self.tr("Output %1 needs a title and a link.").replace("%1", str(number)))
            if not DATE.match(published_on) or not _real_date(published_on):
                found.append(self.tr("Output %1: the date published must be a date written YYYY-MM-DD, for "
                                     "example 2027-03-01.").replace("%1", str(number)))
        return found

    # -- export ---------------------------------------------------------------------------------------------------

    def _on_export_clicked(self) -> None:
        if self._running:
            return
        self.ui.outputsTable.setCurrentItem(None)  # ends an edit under way, so its text counts
        problems = self.problems()
        if problems:
            self.ui.problemLabel.setStyleSheet(ERROR_STYLE)
            announce_label(self.ui.problemLabel, "\n".join(problems), assertive=True)
            return
        identity = self._services.use_cases.identity
        if not identity.exists():
            self.ui.problemLabel.setStyleSheet(ERROR_STYLE)
            announce_label(self.ui.problemLabel, self.tr(
                "You have no signing identity here: set it up with File › Signing identity…, then export the "
                "report (what you typed stays here)."), assertive=True)
            return
        self.ui.problemLabel.clear()
        self.ui.problemLabel.setStyleSheet("")
        target = self.ask_target()
        if target is None:
            return
        self._set_running(True)
        steps = ActionSteps(self, self.tr("The benefits report was not exported."), self._on_done,
                            report=lambda parent, title, exc: show_error(parent, title, exc))
        unlock_then(steps, identity.signing_key(forget_stale=True), self._ask,
                    lambda signer: self._sign(steps, signer, target))

    def ask_target(self) -> Path | None:
        """Where to write the report (the save dialog); None if the requester cancelled."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        suggested = str(Path(folder) / f"{self._letter.case_ref}-benefits-report.pdf")
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the signed benefits report"), suggested,
                                                    self.tr("PDF files (*.pdf)"))
        if not name:
            return None
        return Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")

    def _ask(self, retry: bool) -> str | None:
        from onsshare_desktop.gui.passphrase import ask_passphrase

        prompt = self.tr("That passphrase does not unlock your signing key. Try again.") if retry else \
            self.tr("Type the passphrase of your signing key.")
        return ask_passphrase(self, self.tr("Sign the benefits report"), prompt)

    def _sign(self, steps: ActionSteps, signer: UnlockedIdentity, target: Path) -> None:
        requests = self._services.use_cases.requests
        benefits, outputs = self.ui.benefitsEdit.toPlainText(), self.outputs()
        steps.run(requests.export_benefits, self._draft_id, benefits, outputs, signer, target,
                  then=lambda _sha256: steps.finish(target))

    def _on_done(self, target: Path | None) -> None:
        self._set_running(False)
        if target is None:
            return  # cancelled, or the error was shown: everything typed is still here
        QMessageBox.information(self, self.tr("Benefits report exported"), self.tr(
            "The signed benefits report is saved as %1.\n\nSend it to your contact at ONS; they import it and it "
            "appears in the transparency register with its outputs.").replace("%1", str(target)))
        self.exported.emit(str(target))
        self.accept()

    def _set_running(self, running: bool) -> None:
        self._running = running
        for widget in (self.ui.benefitsEdit, self.ui.outputsTable, self.ui.addOutputButton):
            widget.setEnabled(not running)
        self._update_buttons()
        if running:
            self.ui.problemLabel.setText(self.tr("Signing the benefits report…"))
        else:
            self.ui.problemLabel.clear()

    def reject(self) -> None:
        if not self._running:  # a report being signed is finished first: closing now would lose where it went
            super().reject()


def _real_date(text: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
