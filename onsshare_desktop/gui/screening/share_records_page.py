"""The review workspace's "Records of the share" page: after approval, the administrative records the policy names
(Data Sharing Agreement, Memorandum of Understanding, DPIA, Ethical Self Assessment), each with its reference, date
and file (kept and hashed), the share's end date, and the benefits reports the requester sent.

Every change goes through ``services.roundtrip`` (``add_share_record``, ``set_share_end``), the same use cases as
``screen share-record`` and ``screen share-end``, on a worker thread (the workspace's ``gui.service_calls``: the file
is read and hashed, and a team's server may take a moment). A refusal (not approved, no reference, a date not written
YYYY-MM-DD, an unreadable file) is said beside the buttons and nothing is recorded; a database fault is said across
the workspace with Try again; either way what was typed stays.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QTreeWidgetItem, QWidget

from onsshare_desktop.domain.screening.share_records import APPROVED_STAGES, RECORD_KIND_LABELS, RecordKind
from onsshare_desktop.gui._generated.screening_share_records_ui import Ui_ShareRecordsPage
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.gui.announce import announce_label
from onsshare_desktop.gui.service_calls import ServiceCall, ServiceCalls

SHARE_RECORD = "share_record"  # the name of its recording call (one at a time)

if TYPE_CHECKING:
    from onsshare_desktop.domain.screening.share_records import ShareRecords
    from onsshare_desktop.domain.screening.stages import Stage


class ShareRecordsPage(QWidget):
    """The records of the share of case ``case_ref``; ``actor()`` names the screener recording them.

    ``repository`` is the screening repository the workspace holds (what ``services.roundtrip`` takes); ``calls``
    runs the recording off the UI thread.

    Signals:
        recorded(): a record or the end date was recorded (the register's "missing" changes); the owner reads the
            case again and shows it here (``show_records``), with what was recorded said first.
    """

    recorded = Signal()

    def __init__(self, repository: Any, case_ref: str, actor: Callable[[], str], calls: ServiceCalls,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ShareRecordsPage()
        self.ui.setupUi(self)
        self.setObjectName("shareRecordsPage")
        self._repository = repository
        self._case_ref = case_ref
        self._actor = actor
        self._calls = calls
        self._said = ""  # what was just recorded, said when the records are shown again
        self._file: Path | None = None
        self._busy = False
        self._approved = False
        for kind in RecordKind:
            self.ui.kindCombo.addItem(RECORD_KIND_LABELS[kind], kind.value)
        self.ui.chooseFileButton.clicked.connect(self._on_choose_file_clicked)
        self.ui.addRecordButton.clicked.connect(self._on_add_record_clicked)
        self.ui.setEndButton.clicked.connect(self._on_set_end_clicked)
        self.ui.referenceEdit.returnPressed.connect(self._on_add_record_clicked)
        self.ui.endDateEdit.returnPressed.connect(self._on_set_end_clicked)

    def refresh(self, stage: "Stage") -> None:
        """Read what is recorded and show it (``show``)."""
        from onsshare_desktop.services.roundtrip import benefits_of, share_records

        self.show_records(stage, share_records(self._repository, self._case_ref),
                          benefits_of(self._repository, self._case_ref))

    def show_records(self, stage: "Stage", records: "ShareRecords", reports: list[dict[str, Any]]) -> None:
        """Show ``records`` and the benefits ``reports`` as read; the forms are open once the case is approved."""
        self._approved = stage in APPROVED_STAGES
        tree = self.ui.recordsTree
        tree.clear()
        for kind in RecordKind:
            record = records.records.get(kind)
            cells = [RECORD_KIND_LABELS[kind]] + ([record.reference, record.dated, record.file_name,
                                                   record.sha256[:16] + "…"] if record else
                                                  [self.tr("Missing"), "", "", ""])
            item = QTreeWidgetItem(cells)
            if record is not None:
                item.setToolTip(4, record.sha256)
            tree.addTopLevelItem(item)
        for column in range(tree.columnCount()):
            tree.resizeColumnToContents(column)
        if records.end_date and not self.ui.endDateEdit.text():
            self.ui.endDateEdit.setText(records.end_date)
        self.ui.benefitsLabel.setText(self._benefits_text(reports))
        self._update_enabled()
        if not self._approved:
            self.ui.messageLabel.setText(self.tr(
                "Records of the share follow an approval: this case has not been approved."))
        elif records.missing():
            self.ui.messageLabel.setText(self.tr("Still missing: %1.").replace("%1", self._missing(records.missing())))
        else:
            self.ui.messageLabel.setText(self.tr("Every record is in, and the end date is set."))
        if self._said:
            said, self._said = self._said, ""
            announce_label(self.ui.messageLabel, said + " " + self.ui.messageLabel.text())

    def _benefits_text(self, reports: list[dict[str, Any]]) -> str:
        if not reports:
            return self.tr("Benefits reports received: none yet. The requester sends one after the share; "
                           "import it with the register's Import.")
        latest = reports[-1]
        outputs = "; ".join(f"{o.get('title')} <{o.get('url')}> ({o.get('published_on')})"
                            for o in latest.get("outputs", []))
        return self.tr("Benefits reports received: %1. The latest: %2 Published outputs: %3").replace(
            "%1", str(len(reports))).replace("%2", str(latest.get("benefits", ""))).replace(
            "%3", outputs or self.tr("none yet"))

    def _missing(self, missing: list[str]) -> str:
        names = {kind.value: RECORD_KIND_LABELS[kind] for kind in RecordKind}
        names["end_date"] = self.tr("the end date")
        return ", ".join(names[m] for m in missing)

    def _update_enabled(self) -> None:
        on = self._approved and not self._busy
        for widget in (self.ui.kindCombo, self.ui.referenceEdit, self.ui.datedEdit, self.ui.chooseFileButton,
                       self.ui.addRecordButton, self.ui.endDateEdit, self.ui.setEndButton):
            widget.setEnabled(on)

    # -- actions ----------------------------------------------------------------------------------------------------

    def choose_file(self) -> Path | None:
        """The record's file (the open dialog); None if the screener cancelled."""
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("The file of the record"), "",
                                                    self.tr("Documents (*.pdf *.docx *.odt *.txt);;All files (*)"))
        return Path(name) if name else None

    def _on_choose_file_clicked(self) -> None:
        chosen = self.choose_file()
        if chosen is not None:
            self._file = chosen
            self.ui.chosenFileLabel.setText(chosen.name)

    def _on_add_record_clicked(self) -> None:
        if self._busy or not self._approved:
            return
        if self._file is None:
            announce_label(self.ui.messageLabel, self.tr("Choose the record's file first: it is kept with the case "
                                                         "and identified by its SHA-256."), assertive=True)
            return
        from onsshare_desktop.services.roundtrip import add_share_record

        kind, reference, dated = (self.ui.kindCombo.currentData(), self.ui.referenceEdit.text(),
                                  self.ui.datedEdit.text())
        self._run(add_share_record, self._repository, self._case_ref, kind, reference, dated, self._file,
                  self._actor(), then=self._on_record_added)

    def _on_record_added(self, record: Any) -> None:
        self._file = None
        self.ui.chosenFileLabel.setText(self.tr("No file chosen."))
        self.ui.referenceEdit.clear()
        self.ui.datedEdit.clear()
        self._after(self.tr("Recorded the %1 (%2).").replace("%1", RECORD_KIND_LABELS[record.kind]).replace(
            "%2", record.reference))

    def _on_set_end_clicked(self) -> None:
        if self._busy or not self._approved:
            return
        from onsshare_desktop.services.roundtrip import set_share_end

        self._run(set_share_end, self._repository, self._case_ref, self.ui.endDateEdit.text(), self._actor(),
                  then=lambda end: self._after(self.tr("The share ends on %1.").replace("%1", str(end))))

    def _after(self, said: str) -> None:
        self._said = said
        self.recorded.emit()

    def _run(self, fn: Callable[..., Any], *args: Any, then: Callable[[Any], None]) -> None:
        """``fn(*args)`` on a worker (a file may take a moment to read and hash); refusals said on the page."""
        self._busy = True
        self._update_enabled()
        self._calls.run(ServiceCall(SHARE_RECORD, fn, args, self.tr("The record of the share was not recorded."),
                                    then=then, refused=self._refused, ended=self._ended))

    def _ended(self) -> None:
        self._busy = False
        self._update_enabled()

    def _refused(self, exc: UserError) -> None:
        announce_label(self.ui.messageLabel, self.tr("Not recorded: %1").replace("%1", str(exc)), assertive=True)
