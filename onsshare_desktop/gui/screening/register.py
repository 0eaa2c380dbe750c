"""The register of received cases: filter, sort, import packs (dialog, folder or drag and drop), export CSV.

Filters run in SQL (debounced while typing), on a worker thread: the window never waits for the database, and a
newer filter supersedes an older read still under way (its result is dropped). A read the database fails (a team
server restarted, the network dropped, a SQLite file locked) is said in plain words in a ``ProblemBar`` with
**Try again**; the table keeps what it showed. The model sorts itself. Imports and the CSV export run off the UI
thread too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
from onsshare_desktop.gui.service_calls import SLOW_MS, ProblemBar
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
class _ReadFailed:
    """A first-page read for the reload numbered ``generation`` that raised ``error`` (returned, not raised, so the
    view's own slot gets it with its generation)."""

    generation: int
    error: Exception


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
    first_page_shown(int): a reload's newest cases (this many) are on screen (the rest may still be read).
    register_loaded(int): the table was refilled with this many cases.
    import_finished(object): the list of ``ImportResult`` of an import, once the register read after it is shown
        (or its read failed: the bar says so).
    """

    case_opened = Signal(int)
    first_page_shown = Signal(int)
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
        self._awaited: int | None = None  # the reload whose first page is being read (None: none)
        self._select_after: int | None = None  # the pack to select once that read is shown
        self._retry: Callable[[], None] | None = None  # what Try again does (the read or the export that failed)
        self.problemBar = ProblemBar(self)  # a database fault in plain words, with Try again
        self.ui.registerLayout.insertWidget(0, self.problemBar)
        self.problemBar.retry_requested.connect(self._on_try_again)
        self._slow = QTimer(self, singleShot=True, interval=SLOW_MS)  # a read slower than this says so
        self._slow.timeout.connect(self._on_slow)
        self._exporting: Worker | None = None
        self._imported: list[ImportResult] | None = None  # an import's results, said once the register is read
        self._export_target = Path()
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
        self.problemBar.retranslate()
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
        if self._awaited is not None:  # a reload is under way: read again, in its place (it may predate the change)
            self.reload()
            return
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

    @property
    def refreshing(self) -> bool:
        """Whether a read of the register is under way or due (``reload`` or ``refresh_soon``)."""
        return self.reading or self._refreshing is not None or self._refresh_again

    @property
    def reading(self) -> bool:
        """Whether the table waits for the first page of the latest reload (read on a worker thread)."""
        return self._awaited is not None

    @Slot()
    def reload(self, select: int | None = None) -> None:
        """Refill the table from the database with the current filters, keeping the selection if it is still
        listed (or selecting ``select``'s pack). The read runs on a worker thread: the window keeps turning, and a
        newer reload (the filters changed again) drops this one's result. The newest ``FIRST_PAGE`` cases show
        first (``first_page_shown``); a larger register's rest is read next and added when it arrives
        (``register_loaded`` is emitted then). A database fault is said in the bar with Try again."""
        self._filter_timer.stop()
        self._generation += 1
        self._awaited = generation = self._generation
        if select is not None:
            self._select_after = select
        flt, register, polled = self.current_filter(), self._register, self._poll_timer.isActive()

        def read_first_page() -> _FirstPage | _ReadFailed:
            try:
                stamp = register.stamp() if polled else None  # what the polls compare with: read first
                rows = register.rows(flt, limit=FIRST_PAGE)
                return _FirstPage(generation, flt, rows, register.after_approval(rows), register.count(), stamp)
            except Exception as exc:  # said on the UI thread by _on_reload_read, with its generation
                return _ReadFailed(generation, exc)

        worker = Worker(read_first_page)
        worker.signals.finished.connect(self._on_reload_read)  # slots of this view: never called once it is gone
        worker.start()
        if not self._slow.isActive():
            self._slow.start()

    @Slot(object)
    def _on_reload_read(self, page: _FirstPage | _ReadFailed) -> None:
        if page.generation != self._generation:
            return  # a newer reload is under way, or shown already: this read is stale
        self._awaited = None
        self._slow.stop()
        imported, self._imported = self._imported, None
        if isinstance(page, _ReadFailed):
            self._say_fault(self.tr("The register could not be read."), page.error, self.reload)
            if imported is not None:
                self.import_finished.emit(imported)
            return
        if self._retry is None or self._retry == self.reload:  # "waiting", or a read's failure: over now
            self._retry = None
            self.problemBar.clear()
        if page.stamp is not None:
            self._stamp = page.stamp
        self._show_first_page(page.rows, page.after, page.total, page.flt)
        if self._select_after is not None:
            self.select_pack(self._select_after)
            self._select_after = None
            self._update_buttons()
        if imported is not None:
            self.import_finished.emit(imported)

    def _say_fault(self, what: str, error: BaseException, retry: Callable[[], None]) -> None:
        """Say that ``what`` failed: a database fault in plain words with Try again (running ``retry``), else (our
        bug, a file refused) the app's error dialog."""
        from onsshare_desktop.services.faults import plain_fault

        fault = plain_fault(error)
        if fault is None:
            self._retry = None
            self.problemBar.clear()
            show_error(self, what, error)
            return
        self._retry = retry
        self.problemBar.show_problem(f"{what} {fault}")

    @Slot()
    def _on_try_again(self) -> None:
        retry, self._retry = self._retry, None
        self.problemBar.clear()
        self.ui.registerView.setFocus(Qt.FocusReason.OtherFocusReason)  # Try again is hidden now
        if retry is not None:
            retry()

    @Slot()
    def _on_slow(self) -> None:
        if self._awaited is not None and self._retry is None:
            self.problemBar.show_waiting(self.tr("Waiting for the database… The window stays usable; the register "
                                                 "shows once the database answers."))

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
            self.first_page_shown.emit(len(rows))
            self.register_loaded.emit(len(rows))
            return
        self.ui.countLabel.setText(ngettext(
            "The newest {shown} of {total} case; reading the rest…",
            "The newest {shown} of {total} cases; reading the rest…", total).format(
                shown=f"{len(rows):,}", total=f"{total:,}"))
        self.first_page_shown.emit(len(rows))
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
        self._say_fault(self.tr("The rest of the register could not be read."), exc, self.reload)

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
        imported = [r for r in results if r.pack_id is not None]
        self._imported = results  # said (import_finished) once the register is read again
        self.reload(select=imported[-1].pack_id if imported else None)  # selected once it is shown

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
        if target is not None:
            self.export_csv(target)

    def export_csv(self, target: Path) -> None:
        """Write the transparency register to ``target`` on a worker thread (Export CSV disabled meanwhile); the
        result is said under the table, a database fault in the bar with Try again."""
        if self._exporting is not None:
            return
        self.ui.exportCsvButton.setEnabled(False)
        self._exporting = worker = Worker(self._register.write_transparency_csv, target)
        self._export_target = target
        worker.signals.finished.connect(self._on_csv_written)  # slots of this view: never called once it is gone
        worker.signals.failed.connect(self._on_csv_failed)
        worker.start()

    @Slot(object)
    def _on_csv_written(self, count: int) -> None:
        self._exporting = None
        target = self._export_target
        self.ui.exportCsvButton.setEnabled(True)
        self.ui.importResultsLabel.setVisible(True)
        announce_label(self.ui.importResultsLabel, ngettext("Wrote {n} published share to {path}.",
                                                            "Wrote {n} published shares to {path}.", count)
                       .format(n=count, path=target))

    @Slot(object)
    def _on_csv_failed(self, exc: BaseException) -> None:
        self._exporting = None
        self.ui.exportCsvButton.setEnabled(True)
        target = self._export_target
        self._say_fault(self.tr("The transparency register could not be written."), exc,
                        lambda: self.export_csv(target))

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

