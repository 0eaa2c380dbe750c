"""The register of received cases: filter, sort, import packs (dialog, folder or drag and drop), export CSV.

Filters run in SQL (debounced while typing); the model sorts itself. Imports run off the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QListWidgetItem, QWidget

from onsshare_desktop.domain.screening.importing import ImportResult, ImportStatus
from onsshare_desktop.domain.screening.register import (
    FILTER_STATUSES, REGISTER_STATUS_LABELS, RegisterFilter, RegisterRow, RegisterStatus,
)
from onsshare_desktop.domain.screening.stages import STAGE_LABELS, Stage
from onsshare_desktop.gui._generated.screening_register_ui import Ui_RegisterView
from onsshare_desktop.gui.announce import announce, announce_label
from onsshare_desktop.gui.errors import show_error
from onsshare_desktop.gui.screening.import_flow import EnvelopeKey, ImportFlow, Importer
from onsshare_desktop.gui.screening.register_model import ID_ROLE, RegisterModel
from onsshare_desktop.gui.workers import Worker
from onsshare_desktop.gui.combo_popup import open_all_on_an_item
from onsshare_desktop.i18n import ngettext
from onsshare_desktop.services.register import RegisterListing

if TYPE_CHECKING:
    from onsshare_desktop.services.register import ScreeningRepository
    from onsshare_desktop.services.roundtrip import AfterApproval

FILTER_DELAY_MS = 150
TITLE_MIN_WIDTH = 240  # a stretched title column shrank to "…" on screens narrower than about 1,400 px
REFUSED_COLOUR = "#b00020"
VERSION_WIDTH, VERSION_MAX_WIDTH = 60, 160  # the Version column; wider while a case has several: "2 (2 received)"
STATUS_WIDTH, STATUS_MAX_WIDTH = 140, 360  # the Status column; wider while an approved share lacks records


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


FIRST_PAGE = 500  # cases shown at once, newest first; a larger register's rest follows from a worker thread
POLL_MS = 5000  # a team server: how often the register looks for other screeners' changes


@dataclass(frozen=True)
class _FirstPage:
    """The newest ``FIRST_PAGE`` cases under filter ``flt``, read on a worker thread (``refresh_soon``)."""

    generation: int
    flt: RegisterFilter
    rows: list[RegisterRow]
    after: dict[int, AfterApproval]
    total: int
    stamp: tuple[object, ...] | None


@dataclass(frozen=True)
class _RestOfRegister:
    """A whole register read on a worker thread for the reload numbered ``generation``."""

    generation: int
    total: int
    rows: list[RegisterRow]
    after: dict[int, AfterApproval]


class RegisterView(QWidget):
    """Signals:
    case_opened(int): the screener asked to open this received pack.
    register_loaded(int): the table was refilled with this many cases.
    import_finished(object): the list of ``ImportResult`` of an import.
    """

    case_opened = Signal(int)
    register_loaded = Signal(int)
    import_finished = Signal(object)

    def __init__(self, repository: ScreeningRepository, importer: Importer | None,
                 parent: QWidget | None = None, poll_ms: int | None = None,
                 envelope_key: EnvelopeKey | None = None) -> None:
        """``poll_ms``: how often to look for other screeners' changes (default: every ``POLL_MS`` on a team
        server, never on the data folder's own database). ``repository``: the register's cases, read through
        ``services.register.RegisterListing``. ``importer`` and ``envelope_key``: see
        ``gui.screening.import_flow``."""
        super().__init__(parent)
        self.ui = Ui_RegisterView()
        self.ui.setupUi(self)
        open_all_on_an_item(self)
        self._register = RegisterListing(repository)
        self._importer = importer
        self._envelope_key = envelope_key
        self._model = RegisterModel(self)
        self._import: ImportFlow | None = None
        view = self.ui.registerView
        view.setModel(self._model)
        view.sortByColumn(RegisterModel.RECEIVED, Qt.SortOrder.DescendingOrder)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # the title's width: see _fit_title
        for column, width in ((RegisterModel.REFERENCE, 150), (RegisterModel.VERSION, VERSION_WIDTH),
                              (RegisterModel.ORGANISATION, 160), (RegisterModel.ORG_TYPE, 150),
                              (RegisterModel.STAGE, 190), (RegisterModel.STATUS, STATUS_WIDTH),
                              (RegisterModel.SIGNER, 140), (RegisterModel.RECEIVED, 125)):
            view.setColumnWidth(column, width)
        self._last_results: list[ImportResult] | None = None
        self._last_stopped = False
        self._fill_filter_choices()
        today = QDate.currentDate()
        self.ui.fromDateEdit.setDate(today.addMonths(-1))
        self.ui.toDateEdit.setDate(today)
        self.ui.importButton.setEnabled(importer is not None)
        self.ui.importFolderButton.setEnabled(importer is not None)
        self.setAcceptDrops(importer is not None)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.reload)
        self._stamp: tuple[object, ...] | None = None
        self._polling: Worker | None = None
        self._generation = 0  # which reload the table shows: a slower read for an earlier one is dropped
        self._reading: Worker | None = None
        self._refreshing: Worker | None = None  # refresh_soon's read under way
        self._refresh_again = False
        self._poll_timer = QTimer(self, interval=poll_ms or POLL_MS)
        self._poll_timer.timeout.connect(self._poll)
        if poll_ms is not None or self._register.shared:
            self._poll_timer.start()
        self._connect()

    def _fill_filter_choices(self) -> None:
        """The stage and status filters' choices in the current language, keeping what is chosen."""
        for combo, anything, labels in (
                (self.ui.stageCombo, self.tr("Any stage"), list(STAGE_LABELS.items())),
                (self.ui.statusCombo, self.tr("Any status"), [(s, REGISTER_STATUS_LABELS[s]) for s in FILTER_STATUSES])):
            chosen = combo.currentData()
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(anything, None)
            for value, label in labels:
                combo.addItem(label, value.value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(blocked)

    def retranslate(self) -> None:
        """Show the register in the app's current language (filters, table, the last import's results, kept)."""
        self.ui.retranslateUi(self)
        self._fill_filter_choices()
        self._model.retranslate()
        if self._last_results is not None and self._import is None:
            self.show_import_results(self._last_results, self._last_stopped)
        elif self._import is None:
            self.ui.importResultsLabel.clear()
            self.ui.importResultsLabel.setVisible(False)
        self.reload()

    def _poll(self) -> None:
        """Ask (off the UI thread) whether the register changed; reload it if it did."""
        if self._polling is not None:
            return
        self._polling = worker = Worker(self._register.stamp)
        worker.signals.finished.connect(self._on_stamp)
        worker.signals.failed.connect(lambda _exc: setattr(self, "_polling", None))  # the next poll tries again
        worker.start()

    def _on_stamp(self, stamp: tuple[object, ...]) -> None:
        self._polling = None
        if stamp != self._stamp:
            self.refresh_soon()

    @Slot()
    def refresh_soon(self) -> None:
        """Read the register again on a worker thread, then show it as ``reload`` does (after a change made in a case
        or by another screener: the window never waits for the database). A read that fails leaves the table as it
        was; the next change or poll reads it again."""
        if self._refreshing is not None:
            self._refresh_again = True
            return
        self._generation += 1
        generation, flt, register, polled = self._generation, self.current_filter(), self._register, \
            self._poll_timer.isActive()

        def read_first_page() -> _FirstPage:
            stamp = register.stamp() if polled else None  # first: a change made while reading shows next time
            rows = register.rows(flt, limit=FIRST_PAGE)
            return _FirstPage(generation, flt, rows, register.after_approval(rows), register.count(), stamp)

        self._refreshing = worker = Worker(read_first_page)
        worker.signals.finished.connect(self._on_first_page_read)
        worker.signals.failed.connect(self._on_first_page_failed)
        worker.start()

    @Slot(object)
    def _on_first_page_read(self, page: _FirstPage) -> None:
        self._refreshing = None
        if page.generation == self._generation:  # else the filters changed, or reload ran, meanwhile
            if page.stamp is not None:
                self._stamp = page.stamp
            self._show_first_page(page.rows, page.after, page.total, page.flt)
        if self._refresh_again:
            self._refresh_again = False
            self.refresh_soon()

    @Slot(object)
    def _on_first_page_failed(self, _exc: BaseException) -> None:
        self._refreshing = None
        if self._refresh_again:
            self._refresh_again = False
            self.refresh_soon()

    def _connect(self) -> None:
        ui = self.ui
        for edit in (ui.searchEdit, ui.organisationEdit):
            edit.textChanged.connect(lambda _text: self._filter_timer.start())
        for combo in (ui.stageCombo, ui.statusCombo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.fromCheck.toggled.connect(ui.fromDateEdit.setEnabled)
        ui.toCheck.toggled.connect(ui.toDateEdit.setEnabled)
        for widget in (ui.fromCheck, ui.toCheck):
            widget.toggled.connect(lambda _on: self.reload())
        for edit in (ui.fromDateEdit, ui.toDateEdit):
            edit.dateChanged.connect(lambda _d: self._filter_timer.start())
        ui.registerView.activated.connect(lambda _index: self._on_open_clicked())
        ui.registerView.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.openButton.clicked.connect(self._on_open_clicked)
        ui.importButton.clicked.connect(self._on_import_clicked)
        ui.importFolderButton.clicked.connect(self._on_import_folder_clicked)
        ui.exportCsvButton.clicked.connect(self._on_export_csv_clicked)

    # -- filters and loading ------------------------------------------------------------------------------------

    def current_filter(self) -> RegisterFilter:
        ui = self.ui
        stage = ui.stageCombo.currentData()
        status = ui.statusCombo.currentData()
        return RegisterFilter(
            stages=frozenset({Stage(stage)}) if stage else frozenset(),
            status=RegisterStatus(status) if status else None,
            organisation=ui.organisationEdit.text(),
            received_from=ui.fromDateEdit.date().toPython() if ui.fromCheck.isChecked() else None,
            received_to=ui.toDateEdit.date().toPython() if ui.toCheck.isChecked() else None,
            text=ui.searchEdit.text())

    @Slot()
    def reload(self) -> None:
        """Refill the table from the database with the current filters, keeping the selection if it is still
        listed. The newest ``FIRST_PAGE`` cases show at once; a larger register's rest is read on a worker thread
        and added when it arrives (``register_loaded`` is emitted then), so the window never waits for it."""
        self._filter_timer.stop()
        if self._poll_timer.isActive():  # what the polls compare with: the register as loaded now
            self._stamp = self._register.stamp()
        self._generation += 1
        flt = self.current_filter()
        rows = self._register.rows(flt, limit=FIRST_PAGE)
        self._show_first_page(rows, self._register.after_approval(rows), self._register.count(), flt)

    def _show_first_page(self, rows: list[RegisterRow], after: dict[int, AfterApproval], total: int,
                         flt: RegisterFilter) -> None:
        """Show the newest cases read, and start reading the rest of a larger register (see ``reload``)."""
        selected = self.selected_pack_id()
        self._model.set_rows(rows, after)
        self._fit_columns(rows, after)
        if selected is not None:
            self.select_pack(selected)
        if self.selected_pack_id() is None and rows:
            self.ui.registerView.selectRow(0)  # so Open case is available to the keyboard at once
        self._update_buttons()
        if len(rows) < FIRST_PAGE:
            self._show_count(len(rows), total)
            self.register_loaded.emit(len(rows))
            return
        self.ui.countLabel.setText(ngettext(
            "The newest {shown} of {total} case; reading the rest…",
            "The newest {shown} of {total} cases; reading the rest…", total).format(
                shown=f"{len(rows):,}", total=f"{total:,}"))
        generation, register = self._generation, self._register

        def read_all() -> _RestOfRegister:
            everything = register.rows(flt)
            return _RestOfRegister(generation, total, everything, register.after_approval(everything))

        worker = Worker(read_all)
        worker.signals.finished.connect(self._on_rest_read)  # slots of this view: never called once it is gone
        worker.signals.failed.connect(self._on_rest_failed)
        self._reading = worker
        worker.start()

    def _fit_columns(self, rows: Sequence[RegisterRow], after: dict[int, AfterApproval]) -> None:
        """Widen the Version and Status columns while what they say is longer than usual ("2 (2 received)",
        "Published · missing: DSA, MoU, …"), up to a limit; the title takes what is left."""
        view = self.ui.registerView
        version_width = VERSION_WIDTH
        several = {(r.version, r.versions) for r in rows if r.versions > 1}  # a few distinct texts in 100,000 rows
        if several:
            metrics = view.fontMetrics()
            texts = [self._model.version_text(version, versions) for version, versions in several]
            version_width = min(max(VERSION_WIDTH, max(metrics.horizontalAdvance(t) for t in texts) + 16),
                                VERSION_MAX_WIDTH)
        status_width = STATUS_WIDTH
        if any(a.missing for a in after.values()):  # "Published · missing: DSA, MoU, …" in full where it fits
            view.resizeColumnToContents(RegisterModel.STATUS)
            status_width = min(max(view.columnWidth(RegisterModel.STATUS), STATUS_WIDTH), STATUS_MAX_WIDTH)
        changed = False
        for column, width in ((RegisterModel.VERSION, version_width), (RegisterModel.STATUS, status_width)):
            if view.columnWidth(column) != width:
                view.setColumnWidth(column, width)
                changed = True
        if changed:
            self._fit_title()

    @Slot(object)
    def _on_rest_read(self, rest: _RestOfRegister) -> None:
        self._reading = None
        if rest.generation != self._generation:  # the filters changed meanwhile: a newer read is on its way
            return
        rows, after, total = rest.rows, rest.after, rest.total
        selected = self.selected_pack_id()
        self._model.add_rows(rows, after)
        self._fit_columns(rows, after)
        if selected is not None:
            self.select_pack(selected)
        self._show_count(len(rows), total)
        self._update_buttons()
        self.register_loaded.emit(len(rows))

    @Slot(object)
    def _on_rest_failed(self, exc: BaseException) -> None:
        self._reading = None
        show_error(self, self.tr("The rest of the register could not be read."), exc)

    def _show_count(self, shown: int, total: int) -> None:
        self.ui.countLabel.setText(
            ngettext("{shown} of {total} case", "{shown} of {total} cases", total).format(
                shown=f"{shown:,}", total=f"{total:,}")
            if shown != total else ngettext("{total} case", "{total} cases", total).format(total=f"{total:,}"))

    def set_received_range(self, start: date | None, end: date | None) -> None:
        """Filter by the day received (``None``: no bound)."""
        for check, edit, day in ((self.ui.fromCheck, self.ui.fromDateEdit, start),
                                 (self.ui.toCheck, self.ui.toDateEdit, end)):
            if day is not None:
                edit.setDate(_qdate(day))
            check.setChecked(day is not None)
        self.reload()

    def selected_pack_id(self) -> int | None:
        rows = self.ui.registerView.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def select_pack(self, pack_id: int) -> None:
        row = self._model.row_of(pack_id)
        if row is not None:
            self.ui.registerView.selectRow(row)
            self.ui.registerView.scrollTo(self._model.index(row, 0))

    def _update_buttons(self) -> None:
        self.ui.openButton.setEnabled(self.selected_pack_id() is not None)

    @property
    def model(self) -> RegisterModel:
        return self._model

    # -- actions ------------------------------------------------------------------------------------------------

    @Slot()
    def _on_open_clicked(self) -> None:
        pack_id = self.selected_pack_id()
        if pack_id is not None:
            self.case_opened.emit(pack_id)

    @Slot()
    def _on_import_clicked(self) -> None:
        files = self.ask_pack_files()
        if files:
            self.import_paths(files)

    @Slot()
    def _on_import_folder_clicked(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self.import_paths([folder])

    def ask_pack_files(self) -> list[Path]:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import signed packs"), "",
                                                      self.tr("Signed packs (*.pdf *.p7m);;All files (*)"))
        return [Path(n) for n in names]

    def ask_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Import every pack in a folder"))
        return Path(name) if name else None

    def ask_csv_target(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the transparency register"),
                                                    "transparency-register.csv", self.tr("CSV files (*.csv)"))
        return Path(name) if name else None

    def import_paths(self, paths: Sequence[Path]) -> ImportFlow | None:
        """Verify and import ``paths`` (files or folders) off the UI thread, with progress and Stop; results show
        under the table. The import under way (None if one was already running)."""
        if self._importer is None or self._import is not None:
            return None
        self._set_importing(True)
        self._import = flow = ImportFlow(self, self._importer, self._envelope_key)
        flow.finished.connect(self._on_import_finished)
        flow.failed.connect(self._on_import_failed)
        flow.abandoned.connect(self._on_import_abandoned)
        flow.start(paths)
        return flow

    def _set_importing(self, busy: bool) -> None:
        for button in (self.ui.importButton, self.ui.importFolderButton):
            button.setEnabled(not busy and self._importer is not None)
        self.setAcceptDrops(not busy and self._importer is not None)
        if busy:
            self.ui.importResultsLabel.setVisible(True)
            announce_label(self.ui.importResultsLabel, self.tr("Checking signatures and importing…"))

    @Slot(object)
    def _on_import_finished(self, results: list[ImportResult]) -> None:
        stopped = self._import is not None and self._import.stopped
        self._import = None
        self._set_importing(False)
        self.show_import_results(results, stopped)
        self.reload()
        imported = [r for r in results if r.pack_id is not None]
        if imported:
            self.select_pack(imported[-1].pack_id or 0)
        self.import_finished.emit(results)

    @Slot(object)
    def _on_import_failed(self, exc: BaseException) -> None:
        self._import = None
        self._set_importing(False)
        self.ui.importResultsLabel.setVisible(False)
        show_error(self, self.tr("The import stopped."), exc)

    @Slot()
    def _on_import_abandoned(self) -> None:
        self._import = None
        self._set_importing(False)
        announce_label(self.ui.importResultsLabel, self.tr("Import cancelled: no pack was read."))

    def show_import_results(self, results: list[ImportResult], stopped: bool = False) -> None:
        self._last_results, self._last_stopped = results, stopped
        counts = {status: sum(1 for r in results if r.status == status) for status in ImportStatus}
        self.ui.importResultsLabel.setVisible(True)
        summary = (self.tr("Import: %1 imported, %2 already here, %3 refused (refused files were not stored).")
                   .replace("%1", str(counts[ImportStatus.IMPORTED]))
                   .replace("%2", str(counts[ImportStatus.DUPLICATE]))
                   .replace("%3", str(counts[ImportStatus.REFUSED])))
        if stopped:
            summary = self.tr("Stopped: the files not yet checked were not imported.") + " " + summary
        refusals = [str(r) for r in results if r.status == ImportStatus.REFUSED]
        announce_label(self.ui.importResultsLabel, summary, assertive=bool(refusals))
        if refusals:
            announce(self.ui.importResultsLabel, " ".join(refusals), assertive=True)
        listing = self.ui.importResultsList
        listing.clear()
        refused_first = sorted(results, key=lambda r: r.status != ImportStatus.REFUSED)  # stable: files in order
        for result in refused_first:
            item = QListWidgetItem(str(result))
            if result.status == ImportStatus.REFUSED:
                item.setForeground(QBrush(QColor(REFUSED_COLOUR)))
            listing.addItem(item)
        listing.setVisible(bool(results))

    @Slot()
    def _on_export_csv_clicked(self) -> None:
        target = self.ask_csv_target()
        if target is None:
            return
        try:
            count = self._register.write_transparency_csv(target)
        except OSError as exc:
            show_error(self, self.tr("The transparency register could not be written."), exc)
            return
        self.ui.importResultsLabel.setVisible(True)
        announce_label(self.ui.importResultsLabel, ngettext("Wrote {n} published share to {path}.",
                                                            "Wrote {n} published shares to {path}.", count)
                       .format(n=count, path=target))

    # -- drag and drop ------------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """Give the title the width the other columns leave, but at least ``TITLE_MIN_WIDTH`` (the view then
        scrolls sideways)."""
        view = self.ui.registerView
        others = sum(view.columnWidth(c) for c in range(self._model.columnCount()) if c != RegisterModel.TITLE)
        view.setColumnWidth(RegisterModel.TITLE, max(TITLE_MIN_WIDTH, view.viewport().width() - others))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

