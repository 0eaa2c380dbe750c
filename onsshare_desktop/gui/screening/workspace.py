"""The review workspace: a received case read-only, section by section in the requester's order, then triage,
the policy checklist and the stage outcome; the history as a timeline. Any page can be jumped to.

Every change goes through ``services.case_review.CaseReview`` (which records who and when in the case history), on
a worker thread (``gui.service_calls``): the window never waits for a team's server. While an action is recorded
its button is disabled; a database fault (the server restarted, the network dropped) is said in plain words across
the top with Try again, and what was typed stays. Refusals of the stage rules are shown next to the Record button
in the rule's own words; another screener's change first is said the same way, and the case shown afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from pathlib import Path

from PySide6.QtCore import QTimer, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QApplication, QComboBox, QCompleter, QFrame, QHeaderView, QLabel, QLineEdit, QListWidgetItem, QScrollArea,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from onsshare_desktop.domain.dates import local_time
from onsshare_desktop.domain.amendments import AmendmentRequest
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.flow import visible_sections
from onsshare_desktop.domain.questions import ROLE_DPIA_STATUS, QuestionSet
from onsshare_desktop.domain.screening.annotations import GENERAL, SECTION_STATUS_LABELS, SectionStatus
from onsshare_desktop.domain.screening.checklist import (
    CheckAnswer, ChecklistItem, checklist_items, declaration_complete,
)
from onsshare_desktop.domain.screening.history import describe
from onsshare_desktop.domain.screening.register import ReceivedCase, RegisterRow
from onsshare_desktop.domain.screening.stages import (
    DECISION_MAKER_LABELS, DECISIONS, EXEMPTION_GROUND_LABELS, OUTCOME_LABELS, STAGE_LABELS, DecisionMaker,
    ExemptionGround, Move, Outcome, Stage, allowed_outcomes,
)
from onsshare_desktop.domain.screening.triage import (
    TRIAGE_RECOMMENDATION_LABELS, TRIAGE_SERVICE_LABELS, TriageRecommendation, TriageService,
)
from onsshare_desktop.gui.text_cursor import cursor_position, focus_at
from onsshare_desktop.gui._generated.screening_workspace_ui import Ui_ReviewWorkspace
from onsshare_desktop.gui.announce import announce, announce_label
from onsshare_desktop.gui.errors import show_error
from onsshare_desktop.gui.screening.case_html import section_html
from onsshare_desktop.gui.screening.checklist import ChecklistForm
from onsshare_desktop.gui.screening.section_page import SectionPage
from onsshare_desktop.gui.service_calls import ProblemBar, ServiceCall, ServiceCalls
from onsshare_desktop.i18n import language_name, ngettext
from onsshare_desktop.gui.screening.autosave import DraftKeeper
from onsshare_desktop.gui.combo_popup import open_all_on_an_item
from onsshare_desktop.services.case_review import (
    OUTCOME_DRAFT, TRIAGE_DRAFT, CaseReview, CaseState, annotation_draft, check_draft, format_fingerprint,
)

if TYPE_CHECKING:
    from onsshare_desktop.services.case_review import ScreeningRepository

ERROR_STYLE = "color: #b00020;"
OK_STYLE = "color: #1b5e20;"
TRANSPARENCY_OUTCOMES = (Outcome.PUBLISH, Outcome.EXEMPT_FROM_PUBLICATION)
PAGE_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
# the actions that run off the UI thread, each at most once at a time
OPEN_PACK, OPEN_ATTACHMENT = "open_pack", "open_attachment"
CONFIRM_SIGNER, EXPORT_RECORD, EXPORT_RETURN = "confirm_signer", "export_record", "export_return"
EXPORT_DECISION = "export_decision"
# the recording calls (``gui.service_calls``), by name
RELOAD, MOVE, ASSESS, OPEN = "reload", "move", "assess", "open"
STATUS_MARKS = {SectionStatus.NOT_ASSESSED: "", SectionStatus.ACCEPTABLE: "  ✓",
                SectionStatus.NEEDS_MORE_INFORMATION: "  ?", SectionStatus.CONCERN: "  !"}


def _select(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


@dataclass(frozen=True)
class WorkspaceActions:
    """What the workspace asks of the rest of the app; a missing action disables its button.

    Each reads, verifies or signs a pack of up to 100 MB, so each returns at once, does that work off the UI
    thread, shows its own errors, and calls its last argument ``done`` on the UI thread when it ends:

    - ``open_pack(pack_id, parent, done)`` opens the original pack in the system PDF viewer (``done(path or None)``);
    - ``open_attachment(pack_id, sha256, parent, done)`` opens an attachment from inside it (``done(path or None)``);
    - ``confirm_signer(pack_id, parent, done)`` asks the screener to check the fingerprint, then trusts the signer
      and confirms their packs (``done(True)`` if trusted);
    - ``export_record(pack_id, parent, done)`` writes a signed screening record (``done(path)``, or ``done(None)``
      if cancelled or failed);
    - ``export_return(pack_id, parent, done)`` writes the signed return note of the open requests and moves the
      case to Returned (``done(path)``, or ``done(None)``);
    - ``export_decision(pack_id, parent, done)`` writes the signed decision letter of a decided case.
    """

    open_pack: Callable[[int, QWidget, Callable[[Path | None], None]], None] | None = None
    open_attachment: Callable[[int, str, QWidget, Callable[[Path | None], None]], None] | None = None
    confirm_signer: Callable[[int, QWidget, Callable[[bool], None]], None] | None = None
    export_record: Callable[[int, QWidget, Callable[[Path | None], None]], None] | None = None
    export_return: Callable[[int, QWidget, Callable[[Path | None], None]], None] | None = None
    export_decision: Callable[[int, QWidget, Callable[[Path | None], None]], None] | None = None


@dataclass(frozen=True)
class _Opening:
    """Everything the workspace needs to show a case, read in one go on a worker thread (``_read_opening``)."""

    state: CaseState
    changes: Any  # services.roundtrip.VersionChanges | None
    case_refs: list[str]


def _read_opening(review: CaseReview, author: str) -> _Opening:
    """Read the case, what changed since its previous version and the register's references (any thread)."""
    from onsshare_desktop.services.roundtrip import version_changes

    state = review.state(author)
    return _Opening(state, version_changes(review.repository, review.pack_id), review.case_refs())


class ReviewWorkspace(QWidget):
    """The case opens at once saying "Reading the case…" (announced); its pages are made when the read, on a
    worker thread, returns (``loaded``); a database fault is said in the bar with Try again.

    Signals:
    loaded(): the case was read and its pages made (``is_loaded``).
    case_changed(int): something about this received pack was recorded (annotation, checklist, move...).
    record_exported(str): a signed screening record was written to this path.
    precedent_opened(str): the screener asked to see the precedent case with this reference.
    version_opened(int): the screener asked to open another version of this case (its received pack id).
    actions_ended(): no action is under way any more (see ``exporting``).
    """

    loaded = Signal()
    case_changed = Signal(int)
    record_exported = Signal(str)
    precedent_opened = Signal(str)
    version_opened = Signal(int)
    actions_ended = Signal()

    def __init__(self, repository: ScreeningRepository, question_set: QuestionSet, pack_id: int, actor: str,
                 actions: WorkspaceActions = WorkspaceActions(), parent: QWidget | None = None) -> None:  # noqa: B008
        super().__init__(parent)
        self.ui = Ui_ReviewWorkspace()
        self.ui.setupUi(self)
        self._review = CaseReview(repository, pack_id, actor)
        self._qs = question_set
        self.pack_id = pack_id
        self._actions = actions
        self._received: ReceivedCase = None  # type: ignore[assignment] # read on a worker: see _on_opened
        self.is_loaded = False
        self._view_after_open: dict[str, object] | None = None
        self._section_pages: dict[str, SectionPage] = {}
        self._items: list[ChecklistItem] = []
        self._check_widgets: dict[str, tuple[QComboBox, QLineEdit]] = {}
        self._running: set[str] = set()  # actions under way (each runs once at a time)
        self._keeper = DraftKeeper(self._review, actor, self)
        self.ui.savedLabel = QLabel(self.tr("What you type is kept as you type."))
        self.ui.savedLabel.setContentsMargins(12, 0, 0, 0)
        self.ui.savedLabel.setObjectName("savedLabel")
        self.ui.navRow.insertWidget(self.ui.navRow.indexOf(self.ui.positionLabel) + 1, self.ui.savedLabel)
        self.problemBar = ProblemBar(self)  # a database fault in plain words, with Try again
        self.ui.workspaceLayout.insertWidget(1, self.problemBar)
        self._calls = ServiceCalls(self, self.problemBar)
        self._calls.changed.connect(self._show_running)
        self._reload_again = False  # something was recorded while the case was being read: read it again
        self._after_reload: list[Callable[[], None]] = []  # told once the case has been read again (reload's then)
        self._changed = False  # something was recorded: case_changed once the case has been read again
        self._requests: list[AmendmentRequest] = []
        self._previous: RegisterRow | None = None  # the register row of the version before this one, if any
        self._stored_drafts: set[str] = set()  # the draft keys in the database when the case was last read
        self._keep_outcome_message = False  # "Recorded: …" (or an export's result) stays over the case read again
        self._section_said: dict[str, str] = {}  # what to say on a section page once the case is read again
        self._checks_again: set[str] = set()  # checklist answers changed while being recorded
        self._requests_changed: set[str] = set()  # sections whose requests box to show again after the next read
        self._loading = False  # True while the widgets are being filled from the database (not the screener)
        self._closed = False
        self._previous_row = -1
        self._add_decision_button()
        self.ui.workspaceLayout.setStretchFactor(self.ui.splitter, 1)  # extra height goes to the pages, not the header
        self.openingLabel = QLabel(self)
        self.openingLabel.setObjectName("openingLabel")
        self.openingLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ui.workspaceLayout.insertWidget(2, self.openingLabel, 1)
        self._hidden_while_opening = self._hide_while_opening()
        self._open()

    # -- opening: the case is read on a worker ------------------------------------------------------------------

    def _hide_while_opening(self) -> list[QWidget]:
        """Hide the header, pages and navigation until the case is read (which of them were shown)."""
        ui = self.ui
        widgets: list[QWidget] = [ui.splitter]
        for layout in (ui.headerGrid, ui.navRow, ui.headerButtons):
            widgets += [w for w in (layout.itemAt(i).widget() for i in range(layout.count())) if w is not None]
        shown = [w for w in widgets if not w.isHidden()]
        for widget in shown:
            widget.setVisible(False)
        return shown

    def _open(self) -> None:
        """Read the case on a worker ("Reading the case…" meanwhile); its pages are made when it returns."""
        self.openingLabel.setVisible(True)
        announce_label(self.openingLabel, self.tr("Reading the case…"))
        QTimer.singleShot(0, self._announce_opening)  # said once the tab is shown (a hidden label is not announced)
        self._calls.run(ServiceCall(
            OPEN, _read_opening, (self._review, self._keeper.author), self.tr("The case could not be opened."),
            then=self._on_opened, refused=self._on_open_refused, ended=self._on_open_ended))

    def _on_open_ended(self) -> None:
        QTimer.singleShot(0, self._after_open_attempt)  # once the outcome has been handled (see ServiceCalls)

    @Slot()
    def _after_open_attempt(self) -> None:
        """A read that failed other than on a database fault (which waits for Try again in the bar) or a refusal
        (said in place): the tab no longer says it is reading (the error dialog said why)."""
        if (not self.is_loaded and not self._calls.running(OPEN) and OPEN not in self._calls.failed()
                and self.openingLabel.text() == self.tr("Reading the case…")):
            announce_label(self.openingLabel, self.tr("The case could not be opened."), assertive=True)

    @Slot()
    def _announce_opening(self) -> None:
        if not self.is_loaded and self.openingLabel.isVisible():
            announce(self.openingLabel, self.openingLabel.text())

    def _on_open_refused(self, exc: UserError) -> None:
        announce_label(self.openingLabel, self.tr("The case could not be opened: %1").replace("%1", str(exc)),
                       assertive=True)

    def _on_opened(self, opening: _Opening) -> None:
        if self._closed or self.is_loaded:
            return
        self._received = opening.state.case
        self._build_pages(opening.changes, opening.state.requests)
        self._make_pages_scroll()
        self._fill_static_choices(opening.case_refs)
        open_all_on_an_item(self)
        self._connect()
        self._set_tab_order()
        self.openingLabel.setVisible(False)
        for widget in self._hidden_while_opening:
            widget.setVisible(True)
        self.compareButton.setVisible(self._received.row.version > 1 or self._received.row.superseded)
        self.is_loaded = True
        self._show_state(opening.state)
        self._show_form_drafts(opening.state.drafts)
        self._connect_autosave()
        self.ui.navList.setCurrentRow(0)
        focused = QApplication.focusWidget()
        if self.isVisible() and (focused is None or not self.isAncestorOf(focused)):
            self.ui.navList.setFocus(Qt.FocusReason.OtherFocusReason)  # the keyboard on the case, at its pages
        if self._view_after_open is not None:
            view, self._view_after_open = self._view_after_open, None
            self.restore_view(view)
        self.loaded.emit()

    def _make_pages_scroll(self) -> None:
        """The Triage, Checklist, Outcome and History pages scroll inside the page (their content moves into a
        scroll area), so the open case fits a 1024x700 screen even at large font sizes."""
        ui = self.ui
        for page in (ui.triagePage, ui.checklistPage, ui.outcomePage, ui.historyPage):
            content = QWidget()
            content.setObjectName(f"{page.objectName()}Content")
            content.setLayout(page.layout())  # moves the layout and its widgets (the page keeps its name and place)
            scroll = QScrollArea(page)
            scroll.setObjectName(f"{page.objectName()}Scroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            # not a Tab stop of its own (a screen reader met an unnamed, empty "filler" there): Tab goes to the
            # page's controls, and the area scrolls to whichever of them has the focus
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setWidget(content)
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(scroll)

    def help_anchor(self) -> str:
        """The help section about the page shown (``screener.html#<anchor>``)."""
        page = self.ui.pagesStack.currentWidget()
        ui = self.ui
        return {ui.triagePage: "triage", ui.checklistPage: "checklist", ui.outcomePage: "outcome",
                ui.historyPage: "history"}.get(page, {"shareRecordsScroll": "share-records",
                                                      "versionsPage": "versions"}.get(page.objectName(), "case"))

    @property
    def _actor(self) -> str:
        """The screener recorded with what is done here (``set_actor`` changes it)."""
        return self._review.actor

    def set_actor(self, actor: str) -> None:
        """Record what is done from now on under ``actor`` (what was typed so far is kept as the earlier one's)."""
        self._keeper.flush()
        self._review.actor = actor
        self._keeper.author = actor

    # -- construction -------------------------------------------------------------------------------------------

    def _build_pages(self, changes: Any, requests: list[AmendmentRequest]) -> None:
        from onsshare_desktop.gui.screening.changes_html import section_changes_html

        case = self._received.case
        self._changes = changes
        self._requests = requests
        diff = self._changes.diff if self._changes else None
        pages: list[tuple[str, QWidget]] = []
        overview = SectionPage(GENERAL, self.tr("Overview and general comment"),
                               section_changes_html(self._qs, GENERAL, diff, requests) + self._overview_html())
        pages.append((self.tr("Overview"), overview))
        self._section_pages[GENERAL] = overview
        for section in visible_sections(self._qs, case.answers):
            page = SectionPage(section.id, section.title,
                               section_changes_html(self._qs, section.id, diff, requests) + section_html(section, case))
            page.set_request_targets([(section.id, self.tr("The whole section"))] + [
                (q.id, q.label) for q in section.questions if q.id in case.answers])
            pages.append((section.title, page))
            self._section_pages[section.id] = page
        for page in self._section_pages.values():
            page.annotation_saved.connect(self._on_page_annotation_saved)
            page.attachment_opened.connect(self._on_page_attachment_opened)
            page.request_asked.connect(self._request_from_section)
            page.withdraw_asked.connect(self._withdraw_from_section)
            page.set_open_requests(len(self._open_requests(page.section_id, requests)))
        for index, (_title, page) in enumerate(pages):
            self.ui.pagesStack.insertWidget(index, page)
        fixed = ((self.tr("Triage"), self.ui.triagePage), (self.tr("Checklist"), self.ui.checklistPage),
                 (self.tr("Outcome"), self.ui.outcomePage),
                 (self.tr("Records of the share"), self._add_share_records_page()),
                 (self.tr("Versions"), self._add_versions_page()),
                 (self.tr("History"), self.ui.historyPage))
        for title, page in (*pages, *fixed):
            item = QListWidgetItem(title)
            item.setData(PAGE_ROLE, page.objectName())
            item.setData(TITLE_ROLE, title)
            self.ui.navList.addItem(item)
        self._items = checklist_items(self._qs, case.answers)
        self.checklist = ChecklistForm(self._items, {i.id: self._clause_quote(i.clause) for i in self._items},
                                       {i.id: self._hint(i) for i in self._items})
        self.ui.checklistAreaLayout.addWidget(self.checklist)  # the page scrolls (see _make_pages_scroll)
        self._check_widgets = {i.id: (self.checklist.combos[i.id], self.checklist.notes[i.id]) for i in self._items}

    def _add_share_records_page(self) -> QWidget:
        """The "Records of the share" page (``share_records_page``), scrolling like the other fixed pages."""
        from onsshare_desktop.gui.screening.share_records_page import ShareRecordsPage

        self.share_records = ShareRecordsPage(self._review.repository, self._received.row.case_ref, lambda: self._actor,
                                              self._calls)
        self.share_records.recorded.connect(self._recorded)
        scroll = QScrollArea(self.ui.pagesStack)
        scroll.setObjectName("shareRecordsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # as _make_pages_scroll: Tab goes to the page's controls
        scroll.setWidget(self.share_records)
        self.ui.pagesStack.insertWidget(self.ui.pagesStack.indexOf(self.ui.historyPage), scroll)
        return scroll

    def _add_versions_page(self) -> QWidget:
        """The "Versions" page (``versions_page``): every version of the case received, to open or compare."""
        from onsshare_desktop.gui.screening.versions_page import VersionsPage

        self.versions = VersionsPage(self._review.repository, self._qs, self._received.row.case_ref, self.pack_id)
        self.versions.version_opened.connect(self.version_opened)
        self.ui.pagesStack.insertWidget(self.ui.pagesStack.indexOf(self.ui.historyPage), self.versions)
        return self.versions

    def _set_tab_order(self) -> None:
        """Header buttons, the page list, then the page's own controls, and only then Back and Next (the section
        pages are made after the rest of the workspace, so by default Tab reached Next before their content)."""
        ui = self.ui
        chain: list[QWidget] = [ui.confirmSignerButton, ui.openPackButton, ui.exportRecordButton,
                                ui.exportDecisionButton, ui.navList]
        for index in range(ui.pagesStack.count()):
            chain += [w for w in ui.pagesStack.widget(index).findChildren(QWidget)
                      if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is self.window() and w not in chain]
        chain += [ui.backButton, ui.nextButton]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _fill_static_choices(self, case_refs: list[str]) -> None:
        ui = self.ui
        for service, label in TRIAGE_SERVICE_LABELS.items():
            ui.serviceCombo.addItem(label, service.value)
        for recommendation, label in TRIAGE_RECOMMENDATION_LABELS.items():
            ui.recommendationCombo.addItem(label, recommendation.value)
        for maker, label in DECISION_MAKER_LABELS.items():
            ui.decidedByCombo.addItem(label, maker.value)
        ui.exemptionCombo.addItem(self.tr("No exemption"), None)
        for ground, label in EXEMPTION_GROUND_LABELS.items():
            ui.exemptionCombo.addItem(label, ground.value)
        completer = QCompleter(case_refs, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.precedentsEdit.setCompleter(completer)
        for tree in (ui.triageTree, ui.historyTree):
            tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            tree.header().setStretchLastSection(True)

    def _connect(self) -> None:
        ui = self.ui
        ui.navList.currentRowChanged.connect(self._on_nav_list_current_row_changed)
        ui.backButton.clicked.connect(lambda: self.go_to_row(ui.navList.currentRow() - 1))
        ui.nextButton.clicked.connect(lambda: self.go_to_row(ui.navList.currentRow() + 1))
        ui.saveChecklistButton.clicked.connect(self._on_save_checklist_clicked)
        self.checklist.answered_changed.connect(lambda _n, _of: self._show_checklist_count())
        ui.saveAssessmentButton.clicked.connect(self._on_save_assessment_clicked)
        ui.triageTree.itemActivated.connect(self._on_triage_tree_item_activated)
        ui.outcomeCombo.currentIndexChanged.connect(lambda _i: self._update_outcome_fields())
        ui.recordOutcomeButton.clicked.connect(self._on_record_outcome_clicked)
        ui.openPackButton.clicked.connect(self._on_open_pack_clicked)
        ui.confirmSignerButton.clicked.connect(self._on_confirm_signer_clicked)
        ui.exportRecordButton.clicked.connect(self._on_export_record_clicked)
        ui.exportDecisionButton.clicked.connect(self._on_export_decision_clicked)

    # -- kept as typed ---------------------------------------------------------------------------------------------

    def _connect_autosave(self) -> None:
        """Every edit is kept as a draft as it is typed (see ``autosave``); checklist answers are recorded at once."""
        ui = self.ui
        for page in self._section_pages.values():
            page.edited.connect(self._on_section_edited)
        for item_id, (combo, note) in self._check_widgets.items():
            combo.currentIndexChanged.connect(lambda _i, i=item_id: self._on_check_answered(i))
            note.textChanged.connect(lambda _t, i=item_id: self._on_check_note_edited(i))
        for combo in (ui.serviceCombo, ui.recommendationCombo):
            combo.currentIndexChanged.connect(self._on_triage_edited)
        for plain in (ui.risksEdit, ui.benefitsEdit):
            plain.textChanged.connect(self._on_triage_edited)
        ui.precedentsEdit.textChanged.connect(self._on_triage_edited)
        for combo in (ui.outcomeCombo, ui.decidedByCombo, ui.exemptionCombo):
            combo.currentIndexChanged.connect(self._on_outcome_edited)
        for plain in (ui.noteEdit, ui.conditionsEdit):
            plain.textChanged.connect(self._on_outcome_edited)
        for line in (ui.deciderNameEdit, ui.exceptionEdit):
            line.textChanged.connect(self._on_outcome_edited)
        ui.registerCheckedBox.toggled.connect(self._on_outcome_edited)
        self._keeper.saved.connect(self._on_drafts_saved)
        self._keeper.save_failed.connect(self._on_drafts_save_failed)

    def _triage_typed(self) -> dict[str, object]:
        ui = self.ui
        return {"service": ui.serviceCombo.currentData(), "risks": ui.risksEdit.toPlainText(),
                "benefits": ui.benefitsEdit.toPlainText(), "recommendation": ui.recommendationCombo.currentData(),
                "precedents": ui.precedentsEdit.text()}

    def _outcome_typed(self) -> dict[str, object]:
        ui = self.ui
        return {"outcome": ui.outcomeCombo.currentData(), "note": ui.noteEdit.toPlainText(),
                "decided_by": ui.decidedByCombo.currentData(), "decider_name": ui.deciderNameEdit.text(),
                "conditions": ui.conditionsEdit.toPlainText(), "exception": ui.exceptionEdit.text(),
                "register_checked": ui.registerCheckedBox.isChecked(), "exemption": ui.exemptionCombo.currentData()}

    def _show_form_drafts(self, stored: dict[str, dict[str, Any]]) -> None:
        """Put back what was typed on the Triage and Outcome pages and not recorded (after a close, crash or kill);
        ``stored``: the drafts as read with the case."""
        drafts = self._keeper.over(stored)
        ui = self.ui
        self._loading = True
        try:
            triage = drafts.get(TRIAGE_DRAFT)
            if triage:
                _select(ui.serviceCombo, triage.get("service"))
                ui.risksEdit.setPlainText(str(triage.get("risks", "")))
                ui.benefitsEdit.setPlainText(str(triage.get("benefits", "")))
                _select(ui.recommendationCombo, triage.get("recommendation"))
                ui.precedentsEdit.setText(str(triage.get("precedents", "")))
            outcome = drafts.get(OUTCOME_DRAFT)
            if outcome:
                _select(ui.outcomeCombo, outcome.get("outcome"))
                ui.noteEdit.setPlainText(str(outcome.get("note", "")))
                _select(ui.decidedByCombo, outcome.get("decided_by"))
                ui.deciderNameEdit.setText(str(outcome.get("decider_name", "")))
                ui.conditionsEdit.setPlainText(str(outcome.get("conditions", "")))
                ui.exceptionEdit.setText(str(outcome.get("exception", "")))
                ui.registerCheckedBox.setChecked(bool(outcome.get("register_checked")))
                _select(ui.exemptionCombo, outcome.get("exemption"))
        finally:
            self._loading = False
        self._update_outcome_fields()

    @Slot(str)
    def _on_section_edited(self, section_id: str) -> None:
        if not self._loading:
            self._keeper.set(annotation_draft(section_id), self._section_pages[section_id].typed())

    def _on_check_note_edited(self, item_id: str) -> None:
        if self._loading:
            return
        combo, note = self._check_widgets[item_id]
        self._keeper.set(check_draft(item_id), {"answer": combo.currentData(), "note": note.text()})

    def _on_check_answered(self, item_id: str) -> None:
        """An answer is a choice, not typing: recorded at once (with the note as it stands)."""
        if self._loading:
            return
        combo, note = self._check_widgets[item_id]
        self._keeper.set(check_draft(item_id), {"answer": combo.currentData(), "note": note.text()})
        if combo.currentData() is not None:
            self._record_check(item_id)

    @Slot()
    def _on_triage_edited(self) -> None:
        if not self._loading:
            self._keeper.set(TRIAGE_DRAFT, self._triage_typed())

    @Slot()
    def _on_outcome_edited(self) -> None:
        if not self._loading:
            self._keeper.set(OUTCOME_DRAFT, self._outcome_typed())

    @Slot()
    def _on_drafts_saved(self) -> None:
        self.ui.savedLabel.setStyleSheet("")
        self.ui.savedLabel.setText(self.tr("Kept %1").replace("%1", QTime.currentTime().toString("HH:mm:ss")))

    @Slot(str)
    def _on_drafts_save_failed(self, reason: str) -> None:
        self.ui.savedLabel.setStyleSheet(ERROR_STYLE)
        self.ui.savedLabel.setText(self.tr("Not saved (%1). Trying again…").replace("%1", reason))

    def has_unsaved_changes(self) -> bool:
        return self._keeper.has_unsaved()

    def save_now(self) -> bool:
        """Write every unsaved edit now (drafts); False if the database refused (kept and retried)."""
        return self._keeper.flush()

    def commit_typed(self) -> None:
        """Record in the case history the section assessments and checklist answers typed since they were last
        recorded (on leaving a page), each on a worker; anything that cannot be recorded stays a draft."""
        for section_id in self._section_pages:
            self._record_section(section_id, leaving=True)
        for item in self._items:
            self._record_check(item.id)

    def _typed_section(self, section_id: str) -> tuple[SectionStatus, str, dict[str, str]]:
        typed = self._section_pages[section_id].typed()
        return SectionStatus(typed["status"]), typed["comment"].strip(), typed

    def _record_section(self, section_id: str, leaving: bool = False) -> None:
        """Record the section's assessment as on screen, unless that is what is recorded (then its draft goes).
        ``leaving``: the screener left the page (a refusal is said on the page, not in a dialog)."""
        name = f"annotate:{section_id}"
        if self._calls.running(name) or (leaving and name in self._calls.failed()):
            return  # under way, or waiting for Try again (the bar says so)
        status, comment, typed = self._typed_section(section_id)
        current = self._received.annotations.get(section_id)
        recorded = (current.status, current.comment) if current else (SectionStatus.NOT_ASSESSED, "")
        key = annotation_draft(section_id)
        if recorded == (status, comment):
            if leaving and (key in self._stored_drafts or self._keeper.has_pending(key)):
                self._keeper.discard(key)  # back to what is recorded: nothing to add to the history
                self._stored_drafts.discard(key)
            if leaving:
                return
        page = self._section_pages[section_id]
        self._calls.run(ServiceCall(
            name, self._review.annotate, (section_id, status, comment, current.version if current else 0),
            self.tr("The assessment of “%1” was not recorded.").replace("%1", page.ui.sectionTitleLabel.text()),
            then=lambda annotation: self._on_annotated(section_id, annotation, typed),
            refused=(lambda exc: self._on_annotation_refused_on_leaving(section_id, exc)) if leaving
            else self._on_annotation_refused,
            controls=(page.ui.saveAnnotationButton,)))

    def _on_annotated(self, section_id: str, annotation: Any, typed: dict[str, str]) -> None:
        self._keeper.forget(annotation_draft(section_id), typed)
        self._stored_drafts.discard(annotation_draft(section_id))
        self._received = replace(self._received, annotations={**self._received.annotations, section_id: annotation})
        self._recorded()

    def _already_recorded(self, exc: UserError) -> bool:
        """Whether ``exc`` is a conflict with this screener's own change holding what they asked for: an earlier
        attempt was recorded although its answer never arrived (the connection dropped after the commit), and Try
        again met it. Nothing is lost then, and nothing more is recorded: the case is shown as it stands."""
        from onsshare_desktop.domain.screening.conflicts import EditConflict

        def fields(item: object) -> tuple[object, ...]:
            return tuple(getattr(item, name, None) for name in ("status", "answer", "comment", "note"))

        if not (isinstance(exc, EditConflict) and exc.who == self._actor and exc.current is not None
                and exc.refused is not None and fields(exc.current) == fields(exc.refused)):
            return False
        QTimer.singleShot(0, self._recorded)
        return True

    def _on_annotation_refused(self, exc: UserError) -> None:
        if self._already_recorded(exc):
            return
        show_error(self, self.tr("The assessment was not recorded (what you typed is kept)."), exc)
        self._show_others_change(exc)

    def _on_annotation_refused_on_leaving(self, section_id: str, exc: UserError) -> None:
        if self._already_recorded(exc):
            return
        label = self._section_pages[section_id].ui.annotationInfoLabel
        announce_label(label, self.tr("Kept, not recorded: %1").replace("%1", str(exc)), assertive=True)
        self._show_others_change(exc)

    def _record_check(self, item_id: str, based_on: int | None = None, button: bool = False) -> None:
        """Record checklist item ``item_id`` as answered on screen (its note too), unless that is what is recorded.
        ``based_on``: the version just recorded by this window (a change made while it was being recorded);
        ``button``: Record checklist was pressed (it stays disabled until this is recorded)."""
        name = f"check:{item_id}"
        if self._calls.running(name):
            self._checks_again.add(item_id)  # changed while being recorded: recorded again once that is done
            return
        combo, note = self._check_widgets[item_id]
        if combo.currentData() is None:
            return  # a note without an answer stays a draft until an answer is chosen
        answer, text = CheckAnswer(combo.currentData()), note.text().strip()
        existing = self._received.checklist.get(item_id)
        key = check_draft(item_id)
        if based_on is None and existing is not None and (existing.answer, existing.note) == (answer, text):
            if key in self._stored_drafts or self._keeper.has_pending(key):
                self._keeper.discard(key)
                self._stored_drafts.discard(key)
            return
        typed = {"answer": combo.currentData(), "note": note.text()}
        title = next((item.title for item in self._items if item.id == item_id), item_id)
        self._calls.run(ServiceCall(
            name, self._review.answer_check,
            (item_id, answer, text, based_on if based_on is not None else existing.version if existing else 0),
            self.tr("The checklist answer “%1” was not recorded.").replace("%1", title),
            then=lambda recorded: self._on_check_recorded(item_id, recorded, typed),
            refused=self._on_check_refused, controls=(self.ui.saveChecklistButton,) if button else ()))

    def _on_check_recorded(self, item_id: str, recorded: Any, typed: dict[str, object]) -> None:
        self._keeper.forget(check_draft(item_id), typed)
        self._stored_drafts.discard(check_draft(item_id))
        self._received = replace(self._received, checklist={**self._received.checklist, item_id: recorded})
        if item_id in self._checks_again:
            self._checks_again.discard(item_id)
            combo, note = self._check_widgets[item_id]
            if (combo.currentData(), note.text().strip()) != (recorded.answer.value, recorded.note):
                self._record_check(item_id, based_on=recorded.version)
        self._recorded()

    def _on_check_refused(self, exc: UserError) -> None:
        if self._already_recorded(exc):
            return
        announce_label(self.ui.checklistStatusLabel, self.tr("Kept, not recorded: %1").replace("%1", str(exc)),
                       assertive=True)
        self._show_others_change(exc)

    def close_case(self) -> None:
        """The case is closing: keep and record everything typed (nothing is ever thrown away). This waits for the
        database: the case's tab is going, and what it recorded must be in the history when it has gone."""
        if self._closed:
            return
        self._closed = True
        try:
            if not self.save_now():
                return
            changed = 0
            for section_id in self._section_pages:
                status, comment, _typed = self._typed_section(section_id)
                current = self._received.annotations.get(section_id)
                recorded = (current.status, current.comment) if current else (SectionStatus.NOT_ASSESSED, "")
                if recorded != (status, comment) and not self._calls.running(f"annotate:{section_id}"):
                    changed += self._now(self._review.annotate, section_id, status, comment,
                                         based_on=current.version if current else 0)
            for item in self._items:
                combo, note = self._check_widgets[item.id]
                existing = self._received.checklist.get(item.id)
                if combo.currentData() is None or self._calls.running(f"check:{item.id}"):
                    continue
                answer, text = CheckAnswer(combo.currentData()), note.text().strip()
                if existing is None or (existing.answer, existing.note) != (answer, text):
                    changed += self._now(self._review.answer_check, item.id, answer, text,
                                         based_on=existing.version if existing else 0)
            if changed:
                self.case_changed.emit(self.pack_id)
        except Exception:  # noqa: BLE001 - the drafts are on disk; the history entry waits for the next opening
            self._keeper.flush()

    @staticmethod
    def _now(record: Callable[..., object], *args: Any, **kwargs: Any) -> int:
        """``record(...)`` here and now (closing the case); 1 if recorded, 0 if refused (what was typed stays a
        draft)."""
        try:
            record(*args, **kwargs)
        except UserError:
            return 0
        return 1

    # -- a new language ---------------------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether an action (opening, confirming, exporting) is under way or one of its dialogs is open."""
        from PySide6.QtWidgets import QDialog

        return bool(self._running) or self._calls.active or any(d.isVisible() for d in self.findChildren(QDialog))

    def view_state(self) -> dict[str, object]:
        """Where the screener is: the page, the splitter, how far each scrolling part of the page is scrolled, and
        the focused field with its text cursor (for ``restore_view`` on a workspace of the same case)."""
        from PySide6.QtWidgets import QAbstractScrollArea

        page = self.ui.pagesStack.currentWidget()
        scrolls = [area.verticalScrollBar().value() for area in page.findChildren(QAbstractScrollArea)] \
            if page is not None else []
        state: dict[str, object] = {"row": self.ui.navList.currentRow(), "splitter": self.ui.splitter.sizes(),
                                    "scrolls": scrolls, "focus": None}
        focused = self.focusWidget()
        if focused is not None and page is not None and page.isAncestorOf(focused):
            same_kind = page.findChildren(type(focused))
            if focused in same_kind:
                cursor = cursor_position(focused)
                state["focus"] = (type(focused), same_kind.index(focused), cursor)
        return state

    def restore_view(self, state: dict[str, object]) -> None:
        """Show the page, scroll and focus of ``view_state()`` (taken from a workspace of the same case)."""
        from PySide6.QtWidgets import QAbstractScrollArea, QApplication

        if not self.is_loaded:  # shown once the case is read
            self._view_after_open = state
            return
        row = int(state.get("row", 0))  # type: ignore[call-overload]
        self._loading = True  # moving back to the page is not leaving one: nothing gets recorded
        try:
            self.go_to_row(row)
        finally:
            self._loading = False
        self.ui.splitter.setSizes(list(state.get("splitter") or []))  # type: ignore[call-overload]
        QApplication.processEvents()  # lay the page out before scrolling it
        page = self.ui.pagesStack.currentWidget()
        if page is None:
            return
        for area, value in zip(page.findChildren(QAbstractScrollArea), state.get("scrolls") or []):  # type: ignore[call-overload]
            area.verticalScrollBar().setValue(int(value))
        focus = state.get("focus")
        if focus:
            kind, index, cursor = focus  # type: ignore[misc]
            same_kind = page.findChildren(kind)
            if index < len(same_kind):
                widget = same_kind[index]
                focus_at(widget, cursor)

    def retire(self) -> None:
        """This workspace is being replaced by one in another language: what was typed is in the drafts (call
        ``save_now`` first), where the new one finds it; nothing is recorded in the case history for it."""
        self._closed = True
        self._keeper.flush()

    # -- text helpers -------------------------------------------------------------------------------------------

    def _clause_quote(self, clause_id: str) -> str:
        try:
            clause = self._qs.clause(clause_id)
        except StopIteration:
            return ""
        return f"{clause.heading}: “{clause.quote}”"

    def _hint(self, item: ChecklistItem) -> str:
        answers = self._received.case.answers
        dpia_status = self._qs.role(ROLE_DPIA_STATUS)
        if item.id == "dpia" and dpia_status:
            status = answers.get(dpia_status)
            label = self._qs.question(dpia_status).choice_label(str(status)) if status else self.tr("not given")
            return self.tr("The requester says the DPIA is: %1").replace("%1", label)
        if item.id == "declaration":
            return self.tr("Declaration looks complete") if declaration_complete(answers) \
                else self.tr("Declaration looks incomplete")
        return self.tr("Note (evidence, concerns)")

    def _overview_html(self) -> str:
        from html import escape

        received = self._received
        row = received.row
        lines = [
            (self.tr("Reference"), self.tr("%1, version %2").replace("%1", row.case_ref).replace("%2", str(row.version))),
            (self.tr("Organisation"), f"{row.organisation} ({row.org_type})"),
            (self.tr("Language of the request"), language_name(received.language)),
            (self.tr("Received"), local_time(row.imported_at)),
            (self.tr("Pack SHA-256"), row.sha256),
            (self.tr("Signed by"), row.signer_name),
            (self.tr("Signer fingerprint (SHA-256)"), format_fingerprint(row.signer_fingerprint)),
        ]
        if received.previous_id is not None:
            if self._previous is None:  # read once, when the case opens (it never changes)
                self._previous = self._review.row_of(received.previous_id)
            previous = self._previous
            lines.append((self.tr("Earlier version"),
                          self.tr("version %1, received %2 (SHA-256 %3)").replace("%1", str(previous.version))
                          .replace("%2", local_time(previous.imported_at, time=False))
                          .replace("%3", previous.sha256)))
        rows = "".join(f"<p><b>{escape(k)}:</b> {escape(v)}</p>" for k, v in lines)  # no table: see case_html
        intro = self.tr("Read the request section by section with Next, or choose a page on the left. Record your "
                        "assessment of each section; put remarks that concern the whole request here.")
        return f"<p>{escape(intro)}</p>{rows}"

    # -- refresh ------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the case here and now and show its current annotations, checklist, triage, stage and history,
        with what the screener has typed and not yet recorded over them (``reload`` reads it on a worker)."""
        if self.is_loaded:
            self._show_state(self._review.state(self._keeper.author))

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the case again on a worker, then show it as ``refresh`` does (after something was recorded); a
        read asked for while one is under way follows it. ``then`` is called once the case has been read and shown
        (or could not be read: the problem bar says so)."""
        if then is not None:
            self._after_reload.append(then)
        if self._calls.running(RELOAD):
            self._reload_again = True
            return
        self._calls.run(ServiceCall(
            RELOAD, self._review.state, (self._keeper.author,),
            self.tr("The case could not be read again, so what is shown may be out of date."),
            then=self._on_reloaded, ended=self._reload_ended))

    def _reload_ended(self) -> None:
        self._tell_changed()
        QTimer.singleShot(0, self, self._tell_reloaded)  # after _on_reloaded has shown what was read

    def _tell_reloaded(self) -> None:
        if self._calls.running(RELOAD):
            return  # a read that follows: told after it
        waiting, self._after_reload = self._after_reload, []
        for then in waiting:
            then()

    def _on_reloaded(self, state: CaseState) -> None:
        if self._reload_again:
            self._reload_again = False
            self.reload()  # something was recorded while this was being read
        if not self.is_loaded:
            return
        if not self._closed:
            self._show_state(state)

    def _show_state(self, state: CaseState) -> None:
        self._loading = True
        try:
            self._refresh(state)
        finally:
            self._loading = False
        self._calls.hold_controls()  # the buttons of actions under way stay disabled

    def _refresh(self, state: CaseState) -> None:
        self._received = received = state.case
        self._stored_drafts = set(state.drafts)
        drafts = self._keeper.over(state.drafts)
        self._requests = state.requests
        for section_id in self._requests_changed & self._section_pages.keys():
            self._show_requests(section_id)
        self._requests_changed.clear()
        row = received.row
        closed = row.stage in (Stage.RETURNED, Stage.DECLINED, Stage.PUBLISHED, Stage.EXEMPT) or row.superseded
        ui = self.ui
        ui.caseTitleLabel.setText(row.title or self.tr("(untitled request)"))
        ui.caseMetaLabel.setText(self.tr("%1 · version %2 · %3").replace("%1", row.case_ref)
                                 .replace("%2", str(row.version)).replace("%3", row.organisation))
        stage_text = STAGE_LABELS[row.stage]
        if row.superseded:
            stage_text += self.tr(" · superseded by a later version")
        ui.stageLabel.setText(self.tr("Stage: %1").replace("%1", stage_text))
        confirmed = row.signer_confirmed
        fingerprint = format_fingerprint(row.signer_fingerprint)
        ui.signerLabel.setText(  # the fingerprint (95 characters) is on the Overview page: one line fits 1024 px
            self.tr("Signed by %1 · %2").replace("%1", row.signer_name)
            .replace("%2", self.tr("signer confirmed") if confirmed else self.tr("SIGNER NOT CONFIRMED")))
        ui.signerLabel.setToolTip(self.tr("Signer's fingerprint (SHA-256): %1").replace("%1", fingerprint))
        ui.signerLabel.setStyleSheet("" if confirmed else ERROR_STYLE)
        ui.confirmSignerButton.setVisible(not confirmed)
        self.share_records.show_records(row.stage, state.share, state.benefits)
        self.versions.show_versions(state.versions)
        self._show_running()
        for row_number, (section_id, page) in enumerate(self._section_pages.items()):
            annotation = received.annotations.get(section_id)
            page.show_annotation(annotation, drafts.get(annotation_draft(section_id)))
            page.set_read_only(closed)
            status = annotation.status if annotation else SectionStatus.NOT_ASSESSED
            item = ui.navList.item(row_number)
            changed = self._changes is not None and self._changes.section_changed(section_id)
            since = self.tr(" · changed since v%1").replace("%1", str(self._changes.previous_version)) \
                if changed and self._changes is not None else ""
            item.setText(item.data(TITLE_ROLE) + since + STATUS_MARKS[status])
            item.setToolTip(SECTION_STATUS_LABELS[status])
            if self._changes is not None and section_id in self._changes.annotations:
                page.note_carried_over(self._changes.annotations[section_id])
            if section_id in self._section_said:
                announce_label(page.ui.annotationInfoLabel, self._section_said.pop(section_id))
        self._show_checklist(closed, drafts)
        self._show_triage(closed)
        self._show_outcome_choices(closed, drafts.get(OUTCOME_DRAFT))
        self._show_history()

    def _show_checklist(self, closed: bool, drafts: dict[str, dict[str, object]]) -> None:
        carried = self._changes.checklist if self._changes is not None else {}
        recorded = {item_id: (answer.answer, answer.note,
                              f"{answer.author}, {answer.at.astimezone().strftime('%d %b %Y %H:%M')}"
                              + self._carried_note(carried.get(item_id)))
                    for item_id, answer in self._received.checklist.items()}
        self.checklist.show_answers(recorded, editable=not closed)
        for item in self._items:  # choices kept by autosave but not recorded yet come back on top
            draft = drafts.get(check_draft(item.id))
            if draft:
                combo, note = self._check_widgets[item.id]
                blocked = combo.blockSignals(True), note.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(draft.get("answer"))))
                note.setText(str(draft.get("note", "")))
                combo.blockSignals(blocked[0])
                note.blockSignals(blocked[1])
        self.ui.saveChecklistButton.setEnabled(not closed)
        self._show_checklist_count(announced=False)

    def _carried_note(self, answer_changed: bool | None) -> str:
        """For an answer carried over from an earlier version: say so, and whether the answers it is about changed."""
        if answer_changed is None:
            return ""
        if answer_changed:
            return " · " + self.tr("from an earlier version; the answer changed since this was written")
        return " · " + self.tr("from an earlier version")

    def _show_checklist_count(self, announced: bool = True) -> None:
        """"N of 7 checks answered", counting what is chosen on screen; announced politely when it changes."""
        saved = sum(1 for item in self._items if item.id in self._received.checklist)
        chosen = self.checklist.answered()
        text = ngettext("{answered} of {n} check answered.", "{answered} of {n} checks answered.",
                        len(self._items)).format(answered=chosen, n=len(self._items))
        if chosen != saved or self._checklist_unsaved():
            text += " " + self.tr("Not recorded yet: press Record checklist.")
        label = self.ui.checklistStatusLabel
        if announced:
            announce_label(label, text)
        else:
            label.setText(text)
            label.setAccessibleName(text)

    def _checklist_unsaved(self) -> bool:
        chosen = self.checklist.chosen()
        recorded = {i: (a.answer, a.note) for i, a in self._received.checklist.items()}
        return any(recorded.get(item_id) != value for item_id, value in chosen.items())

    def _show_triage(self, closed: bool) -> None:
        tree = self.ui.triageTree
        tree.clear()
        for assessment in self._received.triage:
            item = QTreeWidgetItem([
                TRIAGE_SERVICE_LABELS[assessment.service],
                TRIAGE_RECOMMENDATION_LABELS[assessment.recommendation],
                ", ".join(assessment.precedents),
                f"{assessment.assessor}, {assessment.at.astimezone().strftime('%d %b %Y %H:%M')}"])
            item.setToolTip(0, self.tr("Risks: %1\nBenefits: %2").replace("%1", assessment.risks)
                            .replace("%2", assessment.benefits))
            if assessment.precedents:
                item.setToolTip(2, self.tr("Press Enter or double-click to open the precedents"))
            tree.addTopLevelItem(item)
        for widget in (self.ui.assessmentBox,):
            widget.setEnabled(not closed)

    def _show_outcome_choices(self, closed: bool, draft: dict[str, object] | None = None) -> None:
        ui = self.ui
        row = self._received.row
        ui.outcomeStageLabel.setText(self.tr("The case is at: %1.").replace("%1", STAGE_LABELS[row.stage]))
        ui.outcomeCombo.blockSignals(True)
        ui.outcomeCombo.clear()
        outcomes = [] if row.superseded else allowed_outcomes(row.stage)
        for outcome in outcomes:
            ui.outcomeCombo.addItem(OUTCOME_LABELS[outcome], outcome.value)
        ui.outcomeCombo.setPlaceholderText(self.tr("Choose an outcome…"))
        ui.outcomeCombo.setCurrentIndex(-1)  # nothing pre-selected: the screener chooses the step deliberately
        if draft:
            _select(ui.outcomeCombo, draft.get("outcome"))
        ui.outcomeCombo.blockSignals(False)
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        had_focus = focused is not None and ui.outcomeBox.isAncestorOf(focused)
        ui.outcomeBox.setEnabled(bool(outcomes))
        if had_focus and not outcomes:  # the last outcome was recorded: keep the keyboard in the case
            ui.exportRecordButton.setFocus(Qt.FocusReason.OtherFocusReason)
        if not outcomes and not self._keep_outcome_message:  # else "Recorded: …" stays, over the case read again
            ui.outcomeMessageLabel.setStyleSheet("")
            ui.outcomeMessageLabel.setText(self.tr("No further outcome can be recorded at this stage.") if closed
                                           else "")
        self._update_outcome_fields()

    def _update_outcome_fields(self) -> None:
        ui = self.ui
        data = ui.outcomeCombo.currentData() if ui.outcomeCombo.currentIndex() >= 0 else None
        ui.recordOutcomeButton.setEnabled(data is not None)
        outcome = Outcome(data) if data else None
        decision = outcome in DECISIONS
        transparency = outcome in TRANSPARENCY_OUTCOMES
        for widget in (ui.decidedByLabel, ui.decidedByCombo, ui.deciderNameLabel, ui.deciderNameEdit,
                       ui.exceptionLabel, ui.exceptionEdit):
            widget.setVisible(decision)
        for widget in (ui.conditionsLabel, ui.conditionsEdit):
            widget.setVisible(outcome == Outcome.APPROVED_WITH_CONDITIONS)
        ui.registerCheckedBox.setVisible(transparency)
        for widget in (ui.exemptionLabel, ui.exemptionCombo):
            widget.setVisible(outcome == Outcome.EXEMPT_FROM_PUBLICATION)

    def _show_history(self) -> None:
        tree = self.ui.historyTree
        tree.clear()
        names = {**{s.id: s.title for s in self._qs.sections}, **{i.id: i.title for i in self._items}}
        for entry in self._received.history:
            item = QTreeWidgetItem([local_time(entry.at, seconds=True), entry.actor,
                                    describe(entry, names)])
            item.setToolTip(2, self.tr("Event %1 · hash %2").replace("%1", str(entry.seq)).replace("%2", entry.hash))
            tree.addTopLevelItem(item)

    # -- navigation ---------------------------------------------------------------------------------------------

    def page_names(self) -> list[str]:
        """The navigation list's entries, in order (sections in the requester's order)."""
        return [self.ui.navList.item(n).data(TITLE_ROLE) for n in range(self.ui.navList.count())]

    def go_to_row(self, row: int) -> None:
        if 0 <= row < self.ui.navList.count():
            self.ui.navList.setCurrentRow(row)

    def go_to(self, name: str) -> None:
        """Jump to the page whose navigation entry is ``name``."""
        self.go_to_row(self.page_names().index(name))

    @Slot(int)
    def _on_nav_list_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if not self._loading and self._previous_row >= 0:
            self.commit_typed()  # leaving a page records what was typed there
        self._previous_row = row
        name = self.ui.navList.item(row).data(PAGE_ROLE)
        page = self.ui.pagesStack.findChild(QWidget, name)
        if page is not None:
            self.ui.pagesStack.setCurrentWidget(page)
        count = self.ui.navList.count()
        self.ui.backButton.setEnabled(row > 0)
        self.ui.nextButton.setEnabled(row < count - 1)
        position = self.tr("Page %1 of %2").replace("%1", str(row + 1)).replace("%2", str(count))
        self.ui.positionLabel.setText(position)
        self.ui.positionLabel.setAccessibleName(position)
        if self.isVisible():
            title = self.ui.navList.item(row).data(TITLE_ROLE)
            announce(self.ui.positionLabel, self.tr("%1, %2").replace("%1", title).replace("%2", position))

    def section_page(self, section_id: str) -> SectionPage:
        return self._section_pages[section_id]

    # -- recording ----------------------------------------------------------------------------------------------

    def _recorded(self) -> None:
        """Something was recorded: show the case as it now stands (read on a worker), then tell the window."""
        self._changed = True
        self.reload()

    def _tell_changed(self) -> None:
        """``case_changed`` once the case recorded has been read again (or could not be)."""
        if self._changed and not self._reload_again:
            self._changed = False
            self.case_changed.emit(self.pack_id)

    def _moved_by_someone_else(self, move: Move, latest: ReceivedCase) -> BaseException:
        """``EditConflict`` naming who moved the case (``latest``, as read now) and when."""
        from onsshare_desktop.domain.screening.conflicts import EditConflict

        last = next((e for e in reversed(latest.history) if e.kind == "stage"), None)
        return EditConflict(self.tr("this case (it is now at stage “%1”)").replace("%1", STAGE_LABELS[latest.row.stage]),
                            last.actor if last else "", last.at if last else None, latest.row.stage, move)

    def _show_others_change(self, exc: BaseException) -> None:
        """After ``EditConflict`` (another screener changed it first): show the case as it now stands, once the
        current step is over; what this screener typed stays in their drafts, to record again on top."""
        from onsshare_desktop.domain.screening.conflicts import EditConflict

        if isinstance(exc, EditConflict):
            QTimer.singleShot(0, self._recorded)  # after the call that was refused has ended

    @Slot(str, object, str)
    def _on_page_annotation_saved(self, section_id: str, _status: SectionStatus, _comment: str) -> None:
        """Record pressed on a section page: record its assessment as on screen, now."""
        self._record_section(section_id)

    @Slot(str)
    def _on_page_attachment_opened(self, sha256: str) -> None:
        if self._actions.open_attachment is not None and self._begin(OPEN_ATTACHMENT):
            self._actions.open_attachment(self.pack_id, sha256, self, lambda _path: self._end(OPEN_ATTACHMENT))

    @Slot()
    def _on_save_checklist_clicked(self) -> None:
        """Record the notes typed so far now (they are kept as typed, and recorded on leaving the page anyway)."""
        for item in self._items:
            self._record_check(item.id, button=True)

    @Slot()
    def _on_save_assessment_clicked(self) -> None:
        ui = self.ui
        precedents = tuple(ref.strip() for ref in ui.precedentsEdit.text().replace(";", ",").split(",")
                           if ref.strip())
        typed = self._triage_typed()
        ui.triageStatusLabel.setStyleSheet("")
        ui.triageStatusLabel.setText("")
        self._calls.run(ServiceCall(
            ASSESS, self._review.assess,
            (TriageService(ui.serviceCombo.currentData()), ui.risksEdit.toPlainText().strip(),
             ui.benefitsEdit.toPlainText().strip(), TriageRecommendation(ui.recommendationCombo.currentData()),
             precedents),
            self.tr("The triage assessment was not recorded."),
            then=lambda _assessment: self._on_assessed(typed), refused=self._on_assessment_refused,
            controls=(ui.assessmentBox,)))

    def _on_assessed(self, typed: dict[str, object]) -> None:
        ui = self.ui
        ui.triageStatusLabel.setStyleSheet(OK_STYLE)
        announce_label(ui.triageStatusLabel, self.tr("Recorded in the case history."))
        self._keeper.forget(TRIAGE_DRAFT, typed)
        self._loading = True
        try:
            for edit in (ui.risksEdit, ui.benefitsEdit):
                edit.clear()
            ui.precedentsEdit.clear()
        finally:
            self._loading = False
        self._recorded()

    def _on_assessment_refused(self, exc: UserError) -> None:
        self.ui.triageStatusLabel.setStyleSheet(ERROR_STYLE)
        announce_label(self.ui.triageStatusLabel, str(exc), assertive=True)

    @Slot(QTreeWidgetItem, int)
    def _on_triage_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        for ref in filter(None, (r.strip() for r in item.text(2).split(","))):
            self.precedent_opened.emit(ref)

    def current_move(self) -> Move | None:
        """The outcome and details as filled in on the Outcome page."""
        ui = self.ui
        data = ui.outcomeCombo.currentData() if ui.outcomeCombo.currentIndex() >= 0 else None
        if not data:
            return None
        outcome = Outcome(data)
        decision = outcome in DECISIONS
        ground = ui.exemptionCombo.currentData() if outcome == Outcome.EXEMPT_FROM_PUBLICATION else None
        return Move(
            outcome=outcome, note=ui.noteEdit.toPlainText().strip(),
            decided_by=DecisionMaker(ui.decidedByCombo.currentData()) if decision else None,
            decider_name=ui.deciderNameEdit.text().strip() if decision else "",
            conditions=ui.conditionsEdit.toPlainText().strip() if outcome == Outcome.APPROVED_WITH_CONDITIONS else "",
            exception=ui.exceptionEdit.text().strip() if decision else "",
            register_entry_checked=ui.registerCheckedBox.isChecked() if outcome in TRANSPARENCY_OUTCOMES else False,
            exemption_ground=ExemptionGround(ground) if ground else None)

    @Slot()
    def _on_record_outcome_clicked(self) -> None:
        """Check the move against the case as it stands now (on a worker), ask once, then record it (a worker)."""
        move = self.current_move()
        if move is None:
            return
        seen = self._received
        self._keep_outcome_message = False
        self.ui.outcomeMessageLabel.setStyleSheet("")
        self.ui.outcomeMessageLabel.setText("")
        self._calls.run(ServiceCall(
            MOVE, self._check_move, (move, seen.row.stage),
            self.tr("The outcome “%1” was not recorded.").replace("%1", OUTCOME_LABELS[move.outcome]),
            then=lambda checked: self._on_move_checked(move, seen.row_version, *checked),
            refused=self._on_move_refused, controls=(self.ui.outcomeBox,)))

    def _check_move(self, move: Move, seen: Stage) -> tuple[ReceivedCase, Any]:
        """(worker) The case now, and what ``move`` would record (None if the case left stage ``seen`` meanwhile:
        someone else moved it); ``MoveRefused`` when the stage rules forbid the move."""
        latest = self._review.case()
        if latest.row.stage != seen:
            return latest, None
        return latest, self._review.preview_move(move)

    def _on_move_checked(self, move: Move, row_version: int, latest: ReceivedCase, preview: Any) -> None:
        ui = self.ui
        if preview is None:  # the rules would refuse it for the new stage: say who moved it, and when
            moved = self._moved_by_someone_else(move, latest)
            ui.outcomeMessageLabel.setStyleSheet(ERROR_STYLE)
            announce_label(ui.outcomeMessageLabel, str(moved), assertive=True)
            self._show_others_change(moved)
            return
        if not self.confirm_move(move, preview.from_stage, preview.to_stage):
            return
        if move.outcome is Outcome.RETURN_FOR_INFORMATION and self._actions.export_return is not None:
            self._export_return()  # the return note goes back to the requester; writing it moves the case
            return
        typed = self._outcome_typed()
        self._calls.run(ServiceCall(
            MOVE, self._review.move, (move, row_version),
            self.tr("The outcome “%1” was not recorded.").replace("%1", OUTCOME_LABELS[move.outcome]),
            then=lambda event: self._on_moved(move, event, typed), refused=self._on_move_refused,
            controls=(ui.outcomeBox,)))

    def _on_move_refused(self, exc: UserError) -> None:
        """MoveRefused included: the rule's reason, in place (and aloud)."""
        self.ui.outcomeMessageLabel.setStyleSheet(ERROR_STYLE)
        announce_label(self.ui.outcomeMessageLabel, str(exc), assertive=True)
        self._show_others_change(exc)

    def _on_moved(self, move: Move, event: Any, typed: dict[str, object]) -> None:
        ui = self.ui
        self._keeper.forget(OUTCOME_DRAFT, typed)
        self._loading = True
        try:
            for edit in (ui.noteEdit, ui.conditionsEdit):
                edit.clear()
            for line in (ui.deciderNameEdit, ui.exceptionEdit):
                line.clear()
            ui.registerCheckedBox.setChecked(False)
            # the stage changed: the choices of the new one (read again below, but the old ones must go now)
            ui.outcomeCombo.setCurrentIndex(-1)
        finally:
            self._loading = False
        self._recorded()
        # the Record button is off again until the next outcome is chosen: keep the keyboard on the page
        ui.outcomeCombo.setFocus(Qt.FocusReason.OtherFocusReason)
        ui.outcomeMessageLabel.setStyleSheet(OK_STYLE)
        self._keep_outcome_message = True
        announce_label(ui.outcomeMessageLabel, self.tr("Recorded: %1. The case is now at: %2.")
                       .replace("%1", OUTCOME_LABELS[move.outcome]).replace("%2", STAGE_LABELS[event.to_stage]))

    def confirm_move(self, move: Move, from_stage: Stage, to_stage: Stage) -> bool:
        """Ask once before a stage move, saying what it will do; Cancel is the default (tests replace this)."""
        from onsshare_desktop.gui.confirm import confirm

        details = self.tr("The case moves from “%1” to “%2”. This goes into the case history and cannot be undone.") \
            .replace("%1", STAGE_LABELS[from_stage]).replace("%2", STAGE_LABELS[to_stage])
        if move.note:
            details += "\n\n" + self.tr("Note: %1").replace("%1", move.note)
        return confirm(self, self.tr("Record the outcome"),
                       self.tr("Record “%1”?").replace("%1", OUTCOME_LABELS[move.outcome]), details,
                       self.tr("&Record outcome"))

    @Slot()
    def _on_open_pack_clicked(self) -> None:
        if self._actions.open_pack is not None and self._begin(OPEN_PACK):
            self._actions.open_pack(self.pack_id, self, lambda _path: self._end(OPEN_PACK))

    @Slot()
    def _on_confirm_signer_clicked(self) -> None:
        if self._actions.confirm_signer is not None and self._begin(CONFIRM_SIGNER):
            self._actions.confirm_signer(self.pack_id, self, self._on_signer_confirmed)

    def _on_signer_confirmed(self, trusted: bool) -> None:
        self._end(CONFIRM_SIGNER)
        if trusted:
            self._recorded()

    @Slot()
    def _add_decision_button(self) -> None:
        """"Export decision letter…" beside "Export screening record…" (shown once a decision is recorded)."""
        from PySide6.QtWidgets import QPushButton

        ui = self.ui
        ui.exportDecisionButton = QPushButton(self.tr("Export &decision letter…"), self)
        ui.exportDecisionButton.setObjectName("exportDecisionButton")
        ui.exportDecisionButton.setAutoDefault(False)
        ui.headerButtons.insertWidget(ui.headerButtons.indexOf(ui.exportRecordButton) + 1, ui.exportDecisionButton)
        # "Compare two versions…" (any two versions of the case: compare_versions), when there is more than one
        self.compareButton = QPushButton(self.tr("Compare two versions…"), self)
        self.compareButton.setObjectName("compareVersionsButton")
        self.compareButton.setAutoDefault(False)
        self.compareButton.setToolTip(self.tr("What changed between any two versions of this case, word by word"))
        ui.headerButtons.insertWidget(ui.headerButtons.indexOf(ui.exportDecisionButton) + 1, self.compareButton)
        self.compareButton.clicked.connect(self.compare_versions)
        self.compareButton.setVisible(False)  # shown once the case is read, if it has several versions (_on_opened)

    def compare_versions(self) -> QWidget:
        """The dialog comparing two versions (this one and the one before it, to start with)."""
        from onsshare_desktop.gui.screening.compare_versions import CompareVersionsDialog

        row = self._received.row
        dialog = CompareVersionsDialog(self._review.repository, self._qs, row.case_ref, row.version,
                                       [v.version for v in self.versions.versions], self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_export_decision_clicked(self) -> None:
        if self._actions.export_decision is None or not self._begin(EXPORT_DECISION):
            return
        announce_label(self.ui.outcomeMessageLabel, self.tr("Exporting the signed decision letter…"))
        self._actions.export_decision(self.pack_id, self, self._on_decision_exported)

    def _on_decision_exported(self, path: Path | None) -> None:
        self._end(EXPORT_DECISION)
        if path is None:
            self.ui.outcomeMessageLabel.setText("")
            return
        self._recorded()
        self.ui.outcomeMessageLabel.setStyleSheet(OK_STYLE)
        announce_label(self.ui.outcomeMessageLabel, self.tr(
            "Signed decision letter written to %1. Send it to the requester.").replace("%1", str(path)))
        self._keep_outcome_message = True  # over the case read again (_recorded)

    def _export_return(self) -> None:
        assert self._actions.export_return is not None
        if not self._begin(EXPORT_RETURN):
            return
        announce_label(self.ui.outcomeMessageLabel, self.tr("Exporting the signed return note…"))
        self._actions.export_return(self.pack_id, self, self._on_return_exported)

    def _on_return_exported(self, path: Path | None) -> None:
        self._end(EXPORT_RETURN)
        if path is None:
            self.ui.outcomeMessageLabel.setText("")
            return
        self._keeper.forget(OUTCOME_DRAFT)
        self._recorded()
        self.ui.outcomeMessageLabel.setStyleSheet(OK_STYLE)
        announce_label(self.ui.outcomeMessageLabel, self.tr(
            "Signed return note written to %1. Send it to the requester; the case waits for the next version.")
            .replace("%1", str(path)))
        self._keep_outcome_message = True  # over the case read again (_recorded)

    def _request_from_section(self, section_id: str) -> None:
        """Turn the section's comment (as typed) into an amendment request, in one action (on a worker)."""
        page = self._section_pages[section_id]
        comment = page.typed()["comment"].strip()
        self._calls.run(ServiceCall(
            f"request:{section_id}", self._review.request_amendment,
            (self._qs, section_id, page.request_target(), comment),
            self.tr("The request to the requester was not recorded."),
            then=lambda _request: self._on_request_recorded(section_id),
            refused=lambda exc: announce_label(page.ui.annotationInfoLabel, self.tr(
                "No request made: %1. Write the request in the comment first.").replace("%1", str(exc))),
            controls=(page.askButton, page.withdrawButton)))

    def _on_request_recorded(self, section_id: str) -> None:
        self._requests_changed.add(section_id)  # its requests box shows it once the case is read again
        self._section_said[section_id] = self.tr(  # said then, under the assessment shown afresh
            "Request recorded: it goes to the requester in the return note (Outcome › Return for more "
            "information).")
        self._recorded()

    def _open_requests(self, section_id: str, requests: list[AmendmentRequest]) -> list[AmendmentRequest]:
        """The open requests shown on the page of ``section_id`` (its own, its questions', or general ones)."""
        from onsshare_desktop.domain.amendments import RequestStatus, TargetKind

        question_ids = {q.id for q in self._qs.section(section_id).questions} \
            if section_id in {s.id for s in self._qs.sections} else set()
        return [r for r in requests if r.status is RequestStatus.OPEN and (
            (r.target.kind is TargetKind.SECTION and r.target.target_id == section_id)
            or (r.target.kind is TargetKind.QUESTION and r.target.target_id in question_ids)
            or (r.target.kind is TargetKind.GENERAL and section_id == GENERAL))]

    def _show_requests(self, section_id: str) -> None:
        """Show the section's requests box again after a request was made or withdrawn (as last read)."""
        from onsshare_desktop.gui.screening.changes_html import section_changes_html

        requests = self._requests
        diff = self._changes.diff if self._changes else None
        page = self._section_pages[section_id]
        body = self._overview_html() if section_id == GENERAL else section_html(self._qs.section(section_id),
                                                                                 self._received.case)
        page.set_html(section_changes_html(self._qs, section_id, diff, requests) + body)
        page.set_open_requests(len(self._open_requests(section_id, requests)))

    def _withdraw_from_section(self, section_id: str) -> None:
        """Choose one of the section's open requests and withdraw it (it leaves the next return note)."""
        page = self._section_pages[section_id]
        open_requests = self._open_requests(section_id, self._requests)
        if not open_requests:
            page.set_open_requests(0)
            return
        labels = [self.tr("%1 (asked by %2 on %3)").replace("%1", r.text[:120]).replace("%2", r.author)
                  .replace("%3", local_time(r.at, time=False)) for r in open_requests]
        chosen = self.choose_request(labels)
        if chosen is None:
            return
        self._calls.run(ServiceCall(
            f"withdraw:{section_id}", self._review.withdraw_request, (open_requests[chosen].request_id,),
            self.tr("The request was not withdrawn."),
            then=lambda _request: self._on_request_withdrawn(section_id),
            refused=lambda exc: announce_label(page.ui.annotationInfoLabel, str(exc), assertive=True),
            controls=(page.askButton, page.withdrawButton)))

    def _on_request_withdrawn(self, section_id: str) -> None:
        self._requests_changed.add(section_id)
        self._section_said[section_id] = self.tr("Request withdrawn: it will not be in the return note.")
        self._recorded()

    def choose_request(self, labels: list[str]) -> int | None:
        """Which request to withdraw (a list to pick from; tests replace this); None if the screener cancelled."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getItem(self, self.tr("Withdraw a request"), self.tr(
            "Withdraw which request? The requester will not be asked it."), labels, 0, False)
        return labels.index(text) if ok and text in labels else None

    def _on_export_record_clicked(self) -> None:
        if self._actions.export_record is None or not self._begin(EXPORT_RECORD):
            return
        self.ui.outcomeMessageLabel.setStyleSheet("")
        announce_label(self.ui.outcomeMessageLabel, self.tr("Exporting the signed screening record…"))
        self._actions.export_record(self.pack_id, self, self._on_record_exported)

    def _on_record_exported(self, path: Path | None) -> None:
        self._end(EXPORT_RECORD)
        if path is None:  # cancelled, or the error was shown
            self.ui.outcomeMessageLabel.setText("")
            return
        self._recorded()
        self.ui.outcomeMessageLabel.setStyleSheet(OK_STYLE)
        announce_label(self.ui.outcomeMessageLabel,
                       self.tr("Signed screening record written to %1.").replace("%1", str(path)))
        self._keep_outcome_message = True  # over the case read again (_recorded)
        self.record_exported.emit(str(path))

    # -- actions under way --------------------------------------------------------------------------------------

    def _begin(self, action: str) -> bool:
        """Mark ``action`` as under way; False (ignore the click) if it already is."""
        if action in self._running:
            return False
        self._running.add(action)
        self._show_running()
        return True

    def _end(self, action: str) -> None:
        self._running.discard(action)
        self._show_running()
        if not self._running:
            self.actions_ended.emit()

    @property
    def recording(self) -> bool:
        """Whether something is being recorded or read on a worker (``gui.service_calls``)."""
        return self._calls.active

    @property
    def exporting(self) -> bool:
        """Whether a screening record is being signed and written (it carries on if the case is closed)."""
        return EXPORT_RECORD in self._running

    def _show_running(self) -> None:
        """Disable the buttons of actions under way, and show a busy cursor while any is."""
        actions, running, ui = self._actions, self._running, self.ui
        if not self.is_loaded:  # the case is being read: only the cursor says so
            self.setCursor(Qt.CursorShape.BusyCursor) if self._calls.active else self.unsetCursor()
            return
        ui.openPackButton.setEnabled(actions.open_pack is not None and OPEN_PACK not in running)
        ui.confirmSignerButton.setEnabled(actions.confirm_signer is not None and CONFIRM_SIGNER not in running)
        ui.exportRecordButton.setEnabled(actions.export_record is not None and EXPORT_RECORD not in running)
        sha256, decisions = self._received.row.sha256, {o.value for o in DECISIONS}
        decided = any(e.kind == "stage" and e.details.get("sha256") == sha256
                      and e.details.get("move", {}).get("outcome") in decisions for e in self._received.history)
        ui.exportDecisionButton.setVisible(decided)
        ui.exportDecisionButton.setEnabled(actions.export_decision is not None and decided
                                           and EXPORT_DECISION not in running)
        if running or self._calls.active:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    @property
    def received(self) -> ReceivedCase:
        return self._received
