"""The requester's import of ONS's return notes and decision letters (File menu, or dropped on the drafts list).

The file is verified and matched to the draft that follows the pack it answers on a worker thread; a signer not in
the trust store is shown with its fingerprint and imported only once the requester confirms it; a refusal is
explained in plain words and nothing is stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from onsshare_desktop.i18n import ngettext

if TYPE_CHECKING:
    from onsshare_desktop.gui.services import AppServices


def documents_folder(services: "AppServices") -> Path:
    return services.paths.root / "documents"


class DocumentImportFlow(QObject):
    """One import of a return note or decision letter.

    Signals:
        imported(int): the draft the document was attached to.
        finished(): the flow is over (imported, refused or cancelled).
    """

    imported = Signal(int)
    finished = Signal()

    def __init__(self, services: "AppServices", parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self._data = b""

    def choose_and_start(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self._parent, self.tr("Import a return note or decision letter"),
                                                    str(Path.home()), self.tr("Signed PDF (*.pdf)"))
        if not name:
            self.finished.emit()
            return
        self.start(Path(name))

    def start(self, path: Path, confirm_signer: bool = False) -> None:
        from onsshare_desktop.gui.workers import Worker
        from onsshare_desktop.services.requester import import_document_file

        services = self._services
        trust = services.use_cases.trust.store()

        def run() -> object:
            return import_document_file(services.database, path, trust, confirm_signer, documents_folder(services))

        self._path = path
        if hasattr(self._parent, "statusBar"):
            self._parent.statusBar().showMessage(self.tr("Checking %1…").replace("%1", path.name))
        worker = Worker(run)
        worker.signals.finished.connect(self._on_imported)
        worker.signals.failed.connect(self._on_failed)
        worker.start()

    def _on_imported(self, result: object) -> None:
        from onsshare_desktop.domain.documents import DECISION_LABELS, DecisionLetter

        draft, document = result  # type: ignore[misc]
        if hasattr(self._parent, "statusBar"):
            self._parent.statusBar().clearMessage()
        if isinstance(document, DecisionLetter):
            text = self.tr("Decision on %1: %2.").replace("%1", document.case_ref).replace(
                "%2", DECISION_LABELS[document.decision])
            if document.conditions:
                text += "\n\n" + self.tr("Conditions: %1").replace("%1", document.conditions)
            text += "\n\n" + self.tr("Next steps: %1").replace("%1", document.next_steps)
            title = self.tr("Decision letter imported")
        else:
            text = ngettext(
                "ONS returned {ref} version {version} for more information: {n} request, to answer by {date}.",
                "ONS returned {ref} version {version} for more information: {n} requests, to answer by {date}.",
                len(document.requests)).format(ref=document.case_ref, version=document.version,
                                               n=len(document.requests), date=document.reply_by)
            text += " " + self.tr("Open the draft: each request is shown beside its question, and the review page "
                                  "has a response field for each.")
            title = self.tr("Return note imported")
        QMessageBox.information(self._parent, title, text)
        self.imported.emit(draft.id)
        self.finished.emit()

    def _on_failed(self, exc: BaseException) -> None:
        from onsshare_desktop.gui.errors import show_error
        from onsshare_desktop.services.requester import SignerNotTrusted

        if hasattr(self._parent, "statusBar"):
            self._parent.statusBar().clearMessage()
        if isinstance(exc, SignerNotTrusted):
            answer = QMessageBox.question(self._parent, self.tr("Unknown signer"), str(exc) + "\n\n" + self.tr(
                "Import it anyway? Only say yes once ONS has confirmed this fingerprint to you."))
            if answer == QMessageBox.StandardButton.Yes:
                self.start(self._path, confirm_signer=True)
                return
            self.finished.emit()
            return
        show_error(self._parent, self.tr("The file was not imported."), exc)
        self.finished.emit()
