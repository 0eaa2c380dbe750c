"""The review and declaration page: every section's completeness and problems, then the declaration."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.flow import visible_sections
from onsshare_desktop.domain.questions import QuestionSet, Section
from onsshare_desktop.domain.validation import FieldProblem, field_label, section_completeness, validate_answers
from onsshare_desktop.gui._generated.wizard_review_ui import Ui_ReviewPage
from onsshare_desktop.gui.announce import announce_label
from onsshare_desktop.gui.wizard.block import MESSAGE_STYLE
from onsshare_desktop.gui.wizard.page import QuestionForm, ScrollingPage, style_heading
from onsshare_desktop.i18n import ngettext

PROBLEM_ROLE = Qt.ItemDataRole.UserRole


class ReviewPage(ScrollingPage):
    """Per-section completeness with each problem a link to its field, then the declaration questions.

    Signals:
        answer_changed(str, object): a declaration answer changed.
        problem_activated(str, str, str): section id, question id and field path of the problem chosen.
        finish_requested(): Finish was pressed (only possible when there are no problems).
    """

    answer_changed = Signal(str, object)
    problem_activated = Signal(str, str, str)
    finish_requested = Signal()

    def __init__(self, qs: QuestionSet, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(section, parent)
        self._qs = qs
        self.ui = Ui_ReviewPage()
        self.ui.setupUi(self.content)
        self.ui.titleLabel.setText(section.title)  # a heading (see the .ui), first in reading order
        style_heading(self.ui.titleLabel)
        self.ui.introLabel.setText(section.intro)
        self.form = QuestionForm(qs, section, self.ui.declarationContainer)
        self.form.answer_changed.connect(self.answer_changed)
        self.ui.declarationLayout.addWidget(self.form)
        tree = self.ui.summaryTree
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(False)
        tree.itemActivated.connect(self._on_summary_tree_item_activated)
        tree.itemClicked.connect(self._on_summary_tree_item_activated)
        self.ui.finishButton.clicked.connect(self.finish_requested)
        self.problems: list[FieldProblem] = []

    def load(self, case: Case) -> None:
        self.form.load(case.answers)

    def refresh(self, case: Case) -> None:
        self.form.refresh(case.answers)
        self.problems = validate_answers(self._qs, case.answers)
        self._fill_summary(visible_sections(self._qs, case.answers), case)
        count = len(self.problems)
        self.ui.finishButton.setEnabled(count == 0)
        if count:
            self.ui.statusLabel.setStyleSheet(MESSAGE_STYLE)
            text = ngettext("{n} problem to put right before you can export the pack.",
                            "{n} problems to put right before you can export the pack.", count).format(n=count)
            announce_label(self.ui.statusLabel, text)
        else:
            self.ui.statusLabel.setStyleSheet("")
            announce_label(self.ui.statusLabel,
                           self.tr("Every section is complete. Export the signed pack when you are ready."))

    def reveal(self) -> None:
        self.form.reveal()

    def focus_widgets(self) -> list[QWidget]:
        return [self.ui.summaryTree, *self.form.focus_widgets(), self.ui.finishButton]

    def focus_path(self, question_id: str, path: str) -> bool:
        shown = self.form.focus_path(question_id, path)
        if shown is not None:
            self.show_field(shown)
        return shown is not None

    def _fill_summary(self, sections: Sequence[Section], case: Case) -> None:
        tree = self.ui.summaryTree
        selected = tree.currentItem().data(0, PROBLEM_ROLE) if tree.currentItem() else None
        tree.clear()
        link_colour = self.palette().color(QPalette.ColorRole.Link)
        restore: QTreeWidgetItem | None = None
        for section in sections:
            percent = section_completeness(self._qs, case.answers, section.id)
            problems = [p for p in self.problems if p.section_id == section.id]
            status = self.tr("Complete") if not problems else self.tr("{n}% complete").format(n=percent)
            top = QTreeWidgetItem(tree, [section.title, status])
            top.setData(0, PROBLEM_ROLE, (section.id, "", ""))
            for problem in problems:
                child = QTreeWidgetItem(top, [field_label(self._qs, problem.path), problem.message])
                key = (problem.section_id, problem.question_id, problem.path)
                child.setData(0, PROBLEM_ROLE, key)
                font = child.font(0)
                font.setUnderline(True)
                child.setFont(0, font)
                child.setForeground(0, link_colour)
                child.setToolTip(0, self.tr("Go to this question"))
                if key == selected:
                    restore = child
        tree.expandAll()
        if restore is not None:
            tree.setCurrentItem(restore)

    def _on_summary_tree_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        section_id, question_id, path = item.data(0, PROBLEM_ROLE)
        self.problem_activated.emit(section_id, question_id, path)
