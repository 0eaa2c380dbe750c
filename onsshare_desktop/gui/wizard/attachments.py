"""The attachments page: add supporting documents with their type, see each file's size and SHA-256, remove them.

Copying and hashing run in a worker thread (``gui.workers.Worker``) so a large file never freezes the window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from onsshare_desktop.domain.case import ATTACHMENT_TYPES, AttachmentRef, Case
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.questions import QuestionSet, Section
from onsshare_desktop.gui._generated.wizard_attachments_ui import Ui_AttachmentsPage
from onsshare_desktop.gui.announce import announce_label
from onsshare_desktop.gui.wizard.block import MESSAGE_STYLE
from onsshare_desktop.gui.wizard.page import GUIDANCE_STYLE, ScrollingPage, guidance_html, style_heading
from onsshare_desktop.gui.workers import Worker
from onsshare_desktop.i18n import ngettext
from onsshare_desktop.services.requests import RequestService

format_size = RequestService.format_size

log = logging.getLogger(__name__)


class AttachmentsPage(ScrollingPage):
    """Supporting documents of the request.

    Signals:
        attachments_changed(object): the new tuple of ``AttachmentRef`` after an add or a removal.
        busy_changed(bool): a file started (True) or finished (False) being copied.
    """

    attachments_changed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, qs: QuestionSet, section: Section, requests: RequestService,
                 parent: QWidget | None = None) -> None:
        """``requests`` copies each added file into the data folder's attachment store (within its limit)."""
        super().__init__(section, parent)
        self.ui = Ui_AttachmentsPage()
        self.ui.setupUi(self.content)
        self._requests = requests
        self._attachments: tuple[AttachmentRef, ...] = ()
        self._worker: Worker | None = None
        self.ui.titleLabel.setText(section.title)  # a heading (see the .ui), first in reading order
        style_heading(self.ui.titleLabel)
        self.ui.introLabel.setText(section.intro)
        question = next(q for q in section.questions if q.type == "attachments")
        self.ui.guidanceLabel.setText(guidance_html(qs, question))
        self.ui.guidanceLabel.setStyleSheet(GUIDANCE_STYLE)
        for kind, label in ATTACHMENT_TYPES.items():
            self.ui.kindCombo.addItem(self.tr(label), kind)
        self.ui.limitLabel.setText(self.tr(
            "Files up to {limit}. Each file is copied into this app's data folder, so later changes to the "
            "original do not affect the request; its SHA-256 fingerprint identifies it in the submission pack."
        ).format(limit=format_size(requests.attachment_limit)))
        self.ui.progressBar.hide()
        self.ui.messageLabel.hide()
        table = self.ui.attachmentsTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.addButton.clicked.connect(self._on_add_button_clicked)
        self.ui.removeButton.clicked.connect(self._on_remove_button_clicked)
        table.itemSelectionChanged.connect(self._on_table_selection_changed)

    # The page interface the editor uses --------------------------------------------------------------------
    def load(self, case: Case) -> None:
        self._attachments = tuple(case.attachments)
        self._fill_table()

    def refresh(self, case: Case) -> None:
        if tuple(case.attachments) != self._attachments:
            self.load(case)

    def reveal(self) -> None:
        """Nothing to reveal: attachments are optional and have no per-field problems."""

    def focus_widgets(self) -> list[QWidget]:
        return [self.ui.kindCombo, self.ui.addButton, self.ui.attachmentsTable, self.ui.removeButton]

    def focus_path(self, question_id: str, path: str) -> bool:
        self.ui.addButton.setFocus()
        return True

    # Adding and removing -----------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._worker is not None

    def add_file(self, path: Path, kind: str) -> None:
        """Copy ``path`` into the attachment store off the UI thread, then add it to the list."""
        self._set_busy(True)
        self._show_message(self.tr("Copying “{name}”…").format(name=path.name), error=False)
        worker = Worker(self._requests.store_attachment, path, kind, with_progress=True)
        worker.signals.progress.connect(self._on_worker_progress)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        worker.start()

    def _on_add_button_clicked(self) -> None:
        file_name, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a supporting document"))
        if file_name:
            self.add_file(Path(file_name), self.ui.kindCombo.currentData())

    def _on_worker_progress(self, percent: int, _name: str) -> None:
        self.ui.progressBar.setValue(percent)

    def _on_worker_finished(self, ref: AttachmentRef) -> None:
        if any(a.sha256 == ref.sha256 and a.kind == ref.kind for a in self._attachments):
            self._show_message(self.tr("“{name}” is already attached as {kind}.").format(
                name=ref.file_name, kind=self.tr(ATTACHMENT_TYPES[ref.kind])), error=True)
        else:
            self._attachments = (*self._attachments, ref)
            self._fill_table()
            self.ui.attachmentsTable.selectRow(len(self._attachments) - 1)
            self._show_message(self.tr("Attached “{name}” ({size}).").format(
                name=ref.file_name, size=format_size(ref.size)), error=False)
            self.attachments_changed.emit(self._attachments)
        self._set_busy(False)  # last: whoever waits for the page to be idle sees the new attachment

    def _on_worker_failed(self, error: Exception) -> None:
        if isinstance(error, UserError):
            self._show_message(str(error), error=True)
        else:
            log.error("attaching a file failed", exc_info=error)
            self._show_message(self.tr("The file could not be attached because of an unexpected error ({error}). "
                                       "Please report this.").format(error=error), error=True)
        self._set_busy(False)

    def _on_remove_button_clicked(self) -> None:
        row = self.ui.attachmentsTable.currentRow()
        if not 0 <= row < len(self._attachments):
            return
        removed = self._attachments[row]
        self._attachments = self._attachments[:row] + self._attachments[row + 1:]
        self._fill_table()
        if self._attachments:
            self.ui.attachmentsTable.selectRow(min(row, len(self._attachments) - 1))
        self._show_message(self.tr("Removed “{name}”.").format(name=removed.file_name), error=False)
        self.attachments_changed.emit(self._attachments)

    # Display -----------------------------------------------------------------------------------------------
    def _fill_table(self) -> None:
        table = self.ui.attachmentsTable
        table.setRowCount(len(self._attachments))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for row, ref in enumerate(self._attachments):
            cells = (ref.file_name, self.tr(ATTACHMENT_TYPES.get(ref.kind, ref.kind)), format_size(ref.size),
                     ref.sha256[:16] + "…")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(ref.sha256 if column == 3 else text)
                if column == 3:
                    item.setFont(mono)
                table.setItem(row, column, item)
        table.setFixedHeight(table.horizontalHeader().height() + max(3, len(self._attachments) + 1)
                             * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth())
        self._on_table_selection_changed()

    def _on_table_selection_changed(self) -> None:
        row = self.ui.attachmentsTable.currentRow()
        selected = 0 <= row < len(self._attachments) and bool(self.ui.attachmentsTable.selectedItems())
        self.ui.removeButton.setEnabled(selected and not self.is_busy())
        if selected:
            ref = self._attachments[row]
            self.ui.detailsLabel.setText(ngettext("“{name}”: {size} ({bytes} byte), SHA-256 {sha}",
                                                 "“{name}”: {size} ({bytes} bytes), SHA-256 {sha}", ref.size).format(
                name=ref.file_name, size=format_size(ref.size), bytes=f"{ref.size:,}", sha=ref.sha256))
        else:
            self.ui.detailsLabel.setText(self.tr("No files attached.") if not self._attachments
                                         else self.tr("Select a file to see its full SHA-256 fingerprint."))

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._worker = None
        self.ui.addButton.setEnabled(not busy)
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setVisible(busy)
        self._on_table_selection_changed()
        self.busy_changed.emit(busy)

    def _show_message(self, text: str, error: bool) -> None:
        self.ui.messageLabel.setStyleSheet(MESSAGE_STYLE if error else "")
        self.ui.messageLabel.setVisible(bool(text))
        announce_label(self.ui.messageLabel, text, assertive=error)
