"""The requester wizard: one window editing one draft, a page per section of the question set.

Every edit is saved automatically: at most ``AUTOSAVE_DELAY_MS`` after the first unsaved change, and at once on
page change, window close and application quit. Validation never blocks saving or moving between pages; only
Finish on the review page waits until there are no problems.

Keyboard: Alt+Right or Ctrl+Page Down for the next section, Alt+Left or Ctrl+Page Up for the previous one
(and the mnemonics Alt+N / Alt+B); Tab moves through the section list, the questions, then Back and Next.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QMetaMethod, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QApplication, QListWidgetItem, QMainWindow, QMessageBox, QPushButton, QWidget

from onsshare_desktop.domain.case import AttachmentRef, Case
from onsshare_desktop.domain.flow import next_section, previous_section, visible_sections
from onsshare_desktop.domain.questions import QuestionSet, Section, load_question_set
from onsshare_desktop.domain.validation import section_completeness, validate_answers
from onsshare_desktop.gui.text_cursor import cursor_position, focus_at
from onsshare_desktop.gui._generated.wizard_editor_ui import Ui_RequestEditor
from onsshare_desktop.gui.announce import announce, announce_label, announce_status_bar
from onsshare_desktop.gui.services import AppServices
from onsshare_desktop.gui.wizard.attachments import AttachmentsPage
from onsshare_desktop.gui.wizard.page import ScrollingPage, SectionPage
from onsshare_desktop.gui.wizard.review import ReviewPage
from onsshare_desktop.gui.wizard.section_list import WrappedItemDelegate
from onsshare_desktop.services.requests import RequestService

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 300
SAVE_RETRY_MS = 2000
SECTION_ROLE = Qt.ItemDataRole.UserRole


class RequestEditor(QMainWindow):
    """Edit one requester draft, section by section, saving as the person types.

    Args:
        services: the app's services (database, data folder, question set).
        draft_id: the draft to edit.
        parent: optional parent widget.
        attachment_limit: the largest attachment accepted, in bytes (None: the attachment store's default).

    Signals:
        draft_saved(object): the ``DraftSummary`` returned by each save, to refresh the drafts list.
        closed(): the window has closed (its last edit saved).
        export_requested(object): Finish was pressed with no problems left; carries the ``Case``. When nothing
            is connected, Finish simply closes the window.
    """

    draft_saved = Signal(object)
    closed = Signal()
    export_requested = Signal(object)

    def __init__(self, services: AppServices, draft_id: int, parent: QWidget | None = None, *,
                 attachment_limit: int | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestEditor()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.draft_id = draft_id
        self._services = services
        self._retranslate_when_idle = False
        self._drafts = RequestService(services.database, services.paths, attachment_limit)
        self._case: Case = self._drafts.case(draft_id)
        # In the app's language now (the pages are built from it), whatever it was when the services were made.
        self.question_set: QuestionSet = (
            services.question_set.in_language()
            if (services.question_set.form_id, services.question_set.version)
            == (self._case.form_id, self._case.form_version)
            else load_question_set(self._case.form_id, self._case.form_version))
        self._dirty = False
        self._close_when_idle = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._navigation_timer = QTimer(self)  # coalesces list updates when many keystrokes arrive at once
        self._navigation_timer.setSingleShot(True)
        self._navigation_timer.setInterval(0)
        self._navigation_timer.timeout.connect(self._refresh_navigation)

        self.ui.sectionList.setItemDelegate(WrappedItemDelegate(self.ui.sectionList))
        self.pages: dict[str, ScrollingPage] = {}
        self._build_pages()
        announce_label(self.ui.savedLabel, self.tr("Changes are saved automatically."))
        announce_status_bar(self)
        self._update_title()

        self.ui.sectionList.currentItemChanged.connect(self._on_section_list_current_item_changed)
        self.ui.backButton.clicked.connect(self.go_back)
        self.ui.nextButton.clicked.connect(self.go_next)
        for keys, slot in (("Alt+Left", self.go_back), ("Ctrl+PgUp", self.go_back),
                           ("Alt+Right", self.go_next), ("Ctrl+PgDown", self.go_next),
                           ("Ctrl+W", self.close), ("Esc", self.close),  # closing saves: nothing is lost
                           ("F1", self._on_help_requested)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self._focus_on_show = True
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_now)
        self.go_to(self.question_set.sections[0].id, focus_first=False)

    def _build_pages(self) -> None:
        """A page per section of the question set (in the app's language), showing the case as edited."""
        for section in self.question_set.sections:
            page = self._make_page(section)
            page.load(self._case)
            self.ui.pageStack.addWidget(page)
            self.pages[section.id] = page
        self._show_requests(self._services)
        self._restore_tab_order()
        self._refresh_navigation()
        for button in self.findChildren(QPushButton):  # Enter presses a focused button, as Space does
            button.setAutoDefault(True)

    # Language ----------------------------------------------------------------------------------------------
    def is_busy(self) -> bool:
        """Whether a file is being attached or a dialog of this window is open (an export, say)."""
        from PySide6.QtWidgets import QDialog

        return (any(isinstance(p, AttachmentsPage) and p.is_busy() for p in self.pages.values())
                or any(d.isVisible() for d in self.findChildren(QDialog)))

    def retranslate(self) -> None:
        """Show the window in the app's current language: the pages are built again from the question set in that
        language, after saving, and the window comes back on the same section with the same field focused and the
        page scrolled as it was. Nothing typed is lost: every answer is in the case, saved first. While a file is
        being attached or a dialog is open, this waits until it is done."""
        from onsshare_desktop.gui.wizard.block import FieldBlock

        if self.is_busy():
            if not self._retranslate_when_idle:
                self._retranslate_when_idle = True
                QTimer.singleShot(250, self._retranslate_once_idle)
            return
        self._retranslate_when_idle = False
        self.save_now()
        section_id = self.current_section().id
        old_page = self.pages[section_id]
        scrolled = old_page.verticalScrollBar().value()
        focus = self._focused_field()
        revealed = {sid for sid, page in self.pages.items()
                    if any(block.is_revealed() for block in page.findChildren(FieldBlock))}
        self.ui.retranslateUi(self)
        self.question_set = load_question_set(self.question_set.form_id, self.question_set.version)  # app's language
        for page in list(self.pages.values()):
            self.ui.pageStack.removeWidget(page)
            page.hide()
            page.deleteLater()
        self.pages = {}
        self._build_pages()
        for sid in revealed:
            self.pages[sid].reveal()
        self._update_title()
        announce_label(self.ui.savedLabel, self.tr("Changes are saved automatically."))
        self.go_to(section_id, focus_first=False)
        page = self.pages[section_id]
        page.widget().adjustSize()
        page.verticalScrollBar().setValue(scrolled)
        if focus is not None:
            self._refocus(page, *focus)

    def _retranslate_once_idle(self) -> None:
        if not self._retranslate_when_idle:
            return
        if self.is_busy():
            QTimer.singleShot(250, self._retranslate_once_idle)
            return
        self.retranslate()

    def _focused_field(self) -> tuple[str, int, int] | None:
        """Which field has the keyboard: (question block's object name, index among its focusable widgets, text
        cursor position), or None when the focus is not in a question."""
        from onsshare_desktop.gui.wizard.block import FieldBlock

        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            return None
        block = focused.parentWidget()
        while block is not None and not isinstance(block, FieldBlock):
            block = block.parentWidget()
        if block is None:
            return None
        widgets = block.focus_widgets()
        index = widgets.index(focused) if focused in widgets else 0
        cursor = cursor_position(focused)
        return block.objectName(), index, cursor

    @staticmethod
    def _refocus(page: ScrollingPage, block_name: str, index: int, cursor: int) -> None:
        from onsshare_desktop.gui.wizard.block import FieldBlock

        block = page.findChild(FieldBlock, block_name)
        if block is None:
            return
        widgets = block.focus_widgets()
        if not widgets:
            return
        widget = widgets[min(index, len(widgets) - 1)]
        focus_at(widget, cursor)

    def _show_requests(self, services: AppServices) -> None:
        """ONS's requests from an imported return note: beside their questions, and to answer on the review page."""
        from onsshare_desktop.gui.wizard.requests import RequestsPanel, mark_requests
        from onsshare_desktop.services.requester import draft_requests

        self._requests = {r.request_id: r for r in draft_requests(services.database, self._case)}
        self.requests_panel: RequestsPanel | None = None
        if not self._requests:
            return
        mark_requests(self.pages, list(self._requests.values()))
        review = self.pages[self.question_set.sections[-1].id]
        self.requests_panel = RequestsPanel(list(self._requests.values()), self._case.responses, review.content)
        review.content.layout().insertWidget(2, self.requests_panel)
        self.requests_panel.response_changed.connect(self._on_response_changed)

    def _on_response_changed(self, request_id: str, text: str) -> None:
        from onsshare_desktop.domain.amendments import MAX_RESPONSE_CHARS, make_response

        request = self._requests[request_id]
        if text.strip():
            self._case = self._case.with_response(make_response(request_id, request.target, request.text,
                                                                text[:MAX_RESPONSE_CHARS]))
        else:
            self._case = self._case.without_response(request_id)
        self._changed()

    # Pages -------------------------------------------------------------------------------------------------
    def _make_page(self, section: Section) -> ScrollingPage:
        if any(q.type == "attachments" for q in section.questions):
            attachments = AttachmentsPage(self.question_set, section, self._drafts, self)
            attachments.attachments_changed.connect(self._on_attachments_changed)
            attachments.busy_changed.connect(self._on_attachments_busy_changed)
            return attachments
        if section is self.question_set.sections[-1]:
            review = ReviewPage(self.question_set, section, self)
            review.answer_changed.connect(self._on_answer_changed)
            review.problem_activated.connect(self.go_to_field)
            review.finish_requested.connect(self._on_review_finish_requested)
            return review
        page = SectionPage(self.question_set, section, self)
        page.answer_changed.connect(self._on_answer_changed)
        return page

    def _current_page(self) -> ScrollingPage | None:
        page = self.ui.pageStack.currentWidget()
        return page if isinstance(page, ScrollingPage) else None

    def current_section(self) -> Section:
        page = self._current_page()
        assert page is not None, "the editor always shows a page"
        return page.section

    def case(self) -> Case:
        """The case as edited so far (hidden answers included)."""
        return self._case

    # Navigation --------------------------------------------------------------------------------------------
    def go_to(self, section_id: str, focus_first: bool = True) -> None:
        """Show the section's page (saving first); with ``focus_first``, focus its first field."""
        page = self.pages[section_id]
        current = self._current_page()
        if current is not None and current is not page:
            current.reveal()
            self.save_now()
        if isinstance(page, ReviewPage):
            for other in self.pages.values():
                other.reveal()
        page.refresh(self._case)
        self.ui.pageStack.setCurrentWidget(page)
        self._select_in_list(section_id)
        self._update_buttons()
        if current is not page and self.isVisible():
            sections = visible_sections(self.question_set, self._case.answers)
            ids = [s.id for s in sections]
            position = ids.index(section_id) + 1 if section_id in ids else 0
            announce(page, self.tr("{title}, section {n} of {count}").format(
                title=page.section.title, n=position, count=len(ids)))
        if focus_first:
            page.focus_first()

    def go_next(self) -> None:
        following = next_section(self.question_set, self._case.answers, self.current_section().id)
        if following is not None:
            self.go_to(following.id)

    def go_back(self) -> None:
        before = previous_section(self.question_set, self._case.answers, self.current_section().id)
        if before is not None:
            self.go_to(before.id)

    def go_to_field(self, section_id: str, question_id: str, path: str) -> None:
        """Open the section and put the keyboard focus on the field (``path`` as in ``FieldProblem``)."""
        self.go_to(section_id, focus_first=not question_id)
        if question_id:
            self.pages[section_id].focus_path(question_id, path)

    def _on_section_list_current_item_changed(self, item: QListWidgetItem | None, _previous: Any) -> None:
        if item is not None and item.data(SECTION_ROLE) != self.current_section().id:
            self.go_to(item.data(SECTION_ROLE), focus_first=False)

    def _select_in_list(self, section_id: str) -> None:
        listing = self.ui.sectionList
        for row in range(listing.count()):
            if listing.item(row).data(SECTION_ROLE) == section_id:
                blocked = listing.blockSignals(True)
                listing.setCurrentRow(row)
                listing.blockSignals(blocked)

    def _update_buttons(self) -> None:
        current = self.current_section().id
        answers = self._case.answers
        self.ui.backButton.setEnabled(previous_section(self.question_set, answers, current) is not None)
        self.ui.nextButton.setEnabled(next_section(self.question_set, answers, current) is not None)

    def _refresh_navigation(self) -> None:
        """Rebuild the section list from the sections that apply now, each with its completeness."""
        listing = self.ui.sectionList
        sections = visible_sections(self.question_set, self._case.answers)
        ids = [s.id for s in sections]
        if [listing.item(r).data(SECTION_ROLE) for r in range(listing.count())] != ids:
            blocked = listing.blockSignals(True)
            listing.clear()
            for section in sections:
                item = QListWidgetItem(listing)
                item.setData(SECTION_ROLE, section.id)
            listing.blockSignals(blocked)
            if self._current_page() is not None:
                self._select_in_list(self.current_section().id)
        problems = {p.section_id for p in validate_answers(self.question_set, self._case.answers)}
        for row, section in enumerate(sections):
            percent = section_completeness(self.question_set, self._case.answers, section.id)
            item = listing.item(row)
            if section.id in problems:
                status = self.tr("{n}% complete").format(n=percent)
            else:
                status = self.tr("Complete")
            item.setText(f"{section.title}\n{status}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{section.title}, {status}")

    def _restore_tab_order(self) -> None:
        """Section list, then every page's fields in form order, then Back and Next."""
        chain: list[QWidget] = [self.ui.sectionList]
        panel = getattr(self, "requests_panel", None)
        for page in self.pages.values():
            if panel is not None and page is self.pages[self.question_set.sections[-1].id]:
                chain += panel.focus_widgets()  # the responses come first on the review page
            chain += page.focus_widgets()
        chain += [self.ui.backButton, self.ui.nextButton]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # Editing and saving ------------------------------------------------------------------------------------
    def _on_answer_changed(self, question_id: str, value: Any) -> None:
        self._case = self._case.with_answer(question_id, value)
        if self.question_set.question(question_id).type == "repeating":
            self._restore_tab_order()
        self._update_title()
        self._changed()

    def _on_attachments_changed(self, attachments: tuple[AttachmentRef, ...]) -> None:
        self._case = self._case.with_attachments(attachments)
        self._changed()

    def _changed(self) -> None:
        self._dirty = True
        if not self._save_timer.isActive():
            self._save_timer.start(AUTOSAVE_DELAY_MS)
        page = self._current_page()
        if page is not None:
            page.refresh(self._case)
        self._navigation_timer.start()
        self._update_buttons()

    def exported_as(self, next_case: Case) -> None:
        """A pack of this draft was exported and the draft moved to its next version (``next_case``, already saved
        by the export): further edits go into that version."""
        self._case = next_case
        self._dirty = False
        self._update_title()

    def save_now(self) -> bool:
        """Save unsaved edits now; False (and a retry later) when the database refused them."""
        self._save_timer.stop()
        if not self._dirty:
            return True
        try:
            summary = self._drafts.save(self.draft_id, self._case)
        except Exception as error:  # disk full, database locked or gone: keep the edits and try again
            log.error("saving draft %s failed", self.draft_id, exc_info=error)
            announce_label(self.ui.savedLabel, self.tr("Not saved ({error}). Trying again…").format(error=error),
                           assertive=True)
            self._save_timer.start(SAVE_RETRY_MS)
            return False
        self._dirty = False
        announce_label(self.ui.savedLabel,
                       self.tr("Saved {time}").format(time=QTime.currentTime().toString("HH:mm:ss")))
        self.draft_saved.emit(summary)
        return True

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _update_title(self) -> None:
        title = self._case.title or self.tr("Untitled request")
        self.setWindowTitle(self.tr("{title} — {ref}").format(title=title, ref=self._case.case_ref))

    # Finishing and closing ---------------------------------------------------------------------------------
    def _on_review_finish_requested(self) -> None:
        self.save_now()
        if validate_answers(self.question_set, self._case.answers):
            return
        if self.isSignalConnected(QMetaMethod.fromSignal(self.export_requested)):
            self.export_requested.emit(self._case)
        else:
            self.close()

    def _on_attachments_busy_changed(self, busy: bool) -> None:
        if not busy and self._close_when_idle:
            self.close()

    def _on_help_requested(self) -> None:
        from onsshare_desktop.gui.help.window import show_help

        show_help(self, "requester.html#export" if isinstance(self._current_page(), ReviewPage)
                  else "requester.html#request")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """The first time the window shows, the keyboard starts on the first question (not the section list)."""
        super().showEvent(event)
        if self._focus_on_show:
            self._focus_on_show = False
            QTimer.singleShot(0, self._focus_first_question)

    def _focus_first_question(self) -> None:
        page = self._current_page()
        focused = QApplication.focusWidget()
        if page is not None and (focused is None or focused is self.ui.sectionList or not self.isAncestorOf(focused)):
            page.focus_first()

    def closeEvent(self, event: QCloseEvent) -> None:
        if any(isinstance(p, AttachmentsPage) and p.is_busy() for p in self.pages.values()):
            # A file is still being copied: close once it is attached, so it is not lost.
            self._close_when_idle = True
            announce_label(self.ui.savedLabel, self.tr("Finishing attaching a file; the window will then close."))
            event.ignore()
            return
        if not self.save_now():
            answer = QMessageBox.warning(
                self, self.tr("Changes not saved"),
                self.tr("Your latest changes could not be saved. Close anyway and lose them?"),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
            self._dirty = False
        self._save_timer.stop()
        event.accept()
        self.closed.emit()
