"""One page of the review workspace: a section of the request, read-only, and the screener's assessment of it."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from onsshare_desktop.domain.dates import local_time
from onsshare_desktop.domain.screening.annotations import SECTION_STATUS_LABELS, Annotation, SectionStatus
from onsshare_desktop.gui._generated.screening_section_page_ui import Ui_SectionPage
from onsshare_desktop.gui.screening.case_html import ATTACHMENT_SCHEME


class SectionPage(QWidget):
    """Signals:
    annotation_saved(str, object, str): section id, ``SectionStatus`` and comment, when Record is pressed.
    edited(str): the section id, each time the screener changes the status or the comment (kept as typed).
    attachment_opened(str): the SHA-256 of an attachment link the screener followed.
    request_asked(str): the section id, when the screener turns the comment into a request to the requester.
    withdraw_asked(str): the section id, when the screener asks to withdraw one of its open requests.
    """

    annotation_saved = Signal(str, object, str)
    edited = Signal(str)
    attachment_opened = Signal(str)
    request_asked = Signal(str)
    withdraw_asked = Signal(str)

    def __init__(self, section_id: str, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SectionPage()
        self.ui.setupUi(self)
        self.section_id = section_id
        self.setObjectName(f"section_{section_id}")
        self.ui.sectionTitleLabel.setText(title)
        self.ui.answersBrowser.setHtml(html)
        for status, label in SECTION_STATUS_LABELS.items():
            self.ui.statusCombo.addItem(label, status.value)
        self._showing = False
        self.ui.annotationInfoLabel.setWordWrap(True)
        self.ui.annotationRow.setStretchFactor(self.ui.annotationInfoLabel, 1)  # wraps only when it must
        self.ui.saveAnnotationButton.clicked.connect(self._on_save_clicked)
        from PySide6.QtWidgets import QPushButton

        self.askButton = QPushButton(self.tr("Ask the re&quester"), self.ui.annotationBox)
        self.askButton.setObjectName("askRequesterButton")
        self.askButton.setToolTip(self.tr("Send the comment to the requester as a request for more information "
                                          "(it goes in the return note)"))
        self.ui.annotationRow.insertWidget(self.ui.annotationRow.indexOf(self.ui.saveAnnotationButton),
                                           self.askButton)
        self.askButton.clicked.connect(lambda: self.request_asked.emit(self.section_id))
        self.withdrawButton = QPushButton(self.tr("&Withdraw a request…"), self.ui.annotationBox)
        self.withdrawButton.setObjectName("withdrawRequestButton")
        self.withdrawButton.setToolTip(self.tr("Withdraw an open request on this section: it will not be in the "
                                               "return note"))
        self.ui.annotationRow.insertWidget(self.ui.annotationRow.indexOf(self.ui.saveAnnotationButton),
                                           self.withdrawButton)
        self.withdrawButton.clicked.connect(lambda: self.withdraw_asked.emit(self.section_id))
        self.withdrawButton.setVisible(False)  # shown while the section has an open request (set_open_requests)
        self.ui.statusCombo.currentIndexChanged.connect(self._on_edited)
        self.ui.commentEdit.textChanged.connect(self._on_edited)
        self.ui.answersBrowser.anchorClicked.connect(self._on_answers_anchor_clicked)

    def show_annotation(self, annotation: Annotation | None, draft: dict[str, str] | None = None) -> None:
        """Show the recorded assessment, or what the screener has typed since (``draft``) over it."""
        status = annotation.status if annotation else SectionStatus.NOT_ASSESSED
        comment = annotation.comment if annotation else ""
        if draft is not None:
            status, comment = SectionStatus(draft.get("status", status.value)), str(draft.get("comment", comment))
        self._showing = True
        try:
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(status.value))
            if self.ui.commentEdit.toPlainText() != comment:  # keeps the cursor where the screener is typing
                self.ui.commentEdit.setPlainText(comment)
        finally:
            self._showing = False
        recorded = (self.tr("Last recorded by %1 on %2.").replace("%1", annotation.author)
                    .replace("%2", local_time(annotation.at))
                    if annotation else self.tr("Not assessed yet."))
        if draft is not None:
            recorded += " " + self.tr("Your changes are kept as you type and recorded when you leave this page.")
        self.ui.annotationInfoLabel.setText(recorded)

    def note_carried_over(self, answer_changed: bool) -> None:
        """Say that the assessment was written on an earlier version (and whether the answer changed since)."""
        note = self.tr("Written on an earlier version: the answer changed since this was written.") \
            if answer_changed else self.tr("Written on an earlier version: the answers have not changed since.")
        self.ui.annotationInfoLabel.setText(note + " " + self.ui.annotationInfoLabel.text())  # the note first

    def typed(self) -> dict[str, str]:
        """The status and comment as they stand on screen (a draft)."""
        return {"status": self.status.value, "comment": self.ui.commentEdit.toPlainText()}

    @Slot()
    def _on_edited(self) -> None:
        if not self._showing:
            self.edited.emit(self.section_id)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.ui.statusCombo, self.ui.commentEdit, self.ui.saveAnnotationButton, self.askButton,
                       self.withdrawButton, getattr(self, "targetCombo", None)):
            if widget is not None:
                widget.setEnabled(not read_only)

    def set_request_targets(self, targets: list[tuple[str, str]]) -> None:
        """What "Ask the requester" may be about: ``(id, label)`` pairs, the section first, then its questions (a
        request on a question shows beside that question in the requester's draft)."""
        from PySide6.QtWidgets import QComboBox, QLabel

        self.targetCombo = QComboBox(self.ui.annotationBox)
        self.targetCombo.setObjectName("requestTargetCombo")
        self.targetCombo.setAccessibleName(self.tr("The request is about"))
        self.targetCombo.setMaximumWidth(260)
        for target_id, label in targets:
            self.targetCombo.addItem(label, target_id)
            self.targetCombo.setItemData(self.targetCombo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        about = QLabel(self.tr("Ab&out:"), self.ui.annotationBox)
        about.setBuddy(self.targetCombo)
        row = self.ui.annotationRow
        row.insertWidget(row.indexOf(self.askButton), about)
        row.insertWidget(row.indexOf(self.askButton), self.targetCombo)

    def request_target(self) -> str:
        """The id the next request is about: the chosen question, or the section itself."""
        combo = getattr(self, "targetCombo", None)
        return str(combo.currentData()) if combo is not None and combo.currentData() else self.section_id

    def set_html(self, html: str) -> None:
        """Show the section again (its requests or changes box changed), keeping where the reader was."""
        bar = self.ui.answersBrowser.verticalScrollBar()
        position = bar.value()
        self.ui.answersBrowser.setHtml(html)
        bar.setValue(position)

    def set_open_requests(self, count: int) -> None:
        """Offer "Withdraw a request…" while the section has ``count`` > 0 open requests."""
        self.withdrawButton.setVisible(count > 0)

    @property
    def status(self) -> SectionStatus:
        return SectionStatus(self.ui.statusCombo.currentData())

    @Slot()
    def _on_save_clicked(self) -> None:
        self.annotation_saved.emit(self.section_id, self.status, self.ui.commentEdit.toPlainText().strip())

    @Slot(QUrl)
    def _on_answers_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == ATTACHMENT_SCHEME:
            self.attachment_opened.emit(url.path())
