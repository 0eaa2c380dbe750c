"""Question pages built from the question set: each question's block with its guidance beside it."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.conditions import evaluate
from onsshare_desktop.domain.questions import Question, QuestionSet, Section
from onsshare_desktop.domain.validation import validate_question
from onsshare_desktop.gui.announce import HeadingLabel
from onsshare_desktop.gui.wizard.block import FieldBlock
from onsshare_desktop.i18n import _

GUIDANCE_STYLE = ("QLabel { background: palette(alternate-base); border-left: 3px solid #1d70b8;"
                  " padding: 6px 8px; }")


def guidance_html(qs: QuestionSet, question: Question) -> str:
    """The question's guidance and the policy section it cites, as rich text."""
    text = html.escape(question.help)
    try:
        heading = qs.clause(question.policy_ref).heading
    except StopIteration:
        return text
    cite = html.escape(_("Source: {document}, section “{heading}”").format(document=qs.policy_document,
                                                                        heading=heading))
    return f"{text}<br><i>{cite}</i>"


def heading_label(text: str, parent: QWidget) -> QLabel:
    """A page title, larger than the body text and scaling with it, read as a heading by screen readers."""
    label = HeadingLabel(text, parent)
    style_heading(label)
    return label


def style_heading(label: QLabel) -> None:
    """Word-wrapped, bold and half as large again as the body text."""
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)


class QuestionForm(QWidget):
    """The questions of one section in a two-column grid: field on the left, guidance on the right.

    Signals:
        answer_changed(str, object): question id and new answer.
    """

    answer_changed = Signal(str, object)

    def __init__(self, qs: QuestionSet, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.blocks: dict[str, FieldBlock] = {}
        self.guidance: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(18)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        for row, question in enumerate(q for q in section.questions if q.type != "attachments"):
            block = FieldBlock(question, parent=self)
            block.value_changed.connect(self.answer_changed)
            guidance = QLabel(guidance_html(qs, question), self)
            guidance.setObjectName(f"{question.id}:guidance")
            guidance.setWordWrap(True)
            guidance.setTextFormat(Qt.TextFormat.RichText)
            guidance.setStyleSheet(GUIDANCE_STYLE)
            grid.addWidget(block, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(guidance, row, 1, Qt.AlignmentFlag.AlignTop)
            self.blocks[question.id] = block
            self.guidance[question.id] = guidance

    def load(self, answers: Mapping[str, Any]) -> None:
        """Show stored answers; answered fields show their problems straight away."""
        for question_id, block in self.blocks.items():
            block.set_value(answers.get(question_id))
            block.set_revealed(block.value() is not None)

    def refresh(self, answers: Mapping[str, Any]) -> None:
        """Show or hide questions by their conditions and show the problems with the visible ones."""
        for question_id, block in self.blocks.items():
            visible = evaluate(block.question.visible_if, answers)
            block.setVisible(visible)
            self.guidance[question_id].setVisible(visible)
            block.show_problems(validate_question(block.question, answers.get(question_id)) if visible else [])

    def reveal(self) -> None:
        for block in self.blocks.values():
            block.set_revealed(True)

    def focus_widgets(self) -> list[QWidget]:
        return [w for block in self.blocks.values() for w in block.focus_widgets()]

    def focus_path(self, question_id: str, path: str) -> QWidget | None:
        """Put the keyboard focus on the field at ``path``; the widget focused, or ``None``."""
        block = self.blocks.get(question_id)
        if block is None:
            return None
        if path != question_id and hasattr(block.input, "focus_path") and block.input.focus_path(path):
            return block
        block.focus_widgets()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return block


class ScrollingPage(QScrollArea):
    """A page of the wizard, scrolling vertically so nothing is clipped in a small window or at large font sizes.

    Every page offers what the editor uses: ``load`` (show a stored case), ``refresh`` (conditions and problems
    for the case as edited), ``reveal`` (show problems in untouched fields too), ``focus_widgets`` (tab order),
    ``focus_first`` and ``focus_path`` (put the keyboard focus on a field).
    """

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"{section.id}Page")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.content = QWidget(self)
        self.setWidget(self.content)

    def show_field(self, widget: QWidget) -> None:
        self.ensureWidgetVisible(widget, 50, 80)

    def focus_first(self) -> None:
        widgets = [w for w in self.focus_widgets() if w.isVisibleTo(self)]
        if widgets:
            widgets[0].setFocus(Qt.FocusReason.TabFocusReason)
            self.show_field(widgets[0])

    def load(self, case: Case) -> None:
        raise NotImplementedError

    def refresh(self, case: Case) -> None:
        raise NotImplementedError

    def reveal(self) -> None:
        raise NotImplementedError

    def focus_widgets(self) -> list[QWidget]:
        raise NotImplementedError

    def focus_path(self, question_id: str, path: str) -> bool:
        raise NotImplementedError


class SectionPage(ScrollingPage):
    """One section of questions: title, introduction and the questions with their guidance.

    Signals:
        answer_changed(str, object): question id and new answer.
    """

    answer_changed = Signal(str, object)

    def __init__(self, qs: QuestionSet, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(section, parent)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)
        self.title = heading_label(section.title, self.content)
        layout.addWidget(self.title)
        if section.intro:
            intro = QLabel(section.intro, self.content)
            intro.setWordWrap(True)
            layout.addWidget(intro)
            layout.addSpacing(8)
        self.form = QuestionForm(qs, section, self.content)
        self.form.answer_changed.connect(self.answer_changed)
        layout.addWidget(self.form)
        layout.addStretch(1)

    def load(self, case: Case) -> None:
        self.form.load(case.answers)

    def refresh(self, case: Case) -> None:
        self.form.refresh(case.answers)

    def reveal(self) -> None:
        self.form.reveal()

    def focus_widgets(self) -> list[QWidget]:
        return self.form.focus_widgets()

    def focus_path(self, question_id: str, path: str) -> bool:
        shown = self.form.focus_path(question_id, path)
        if shown is not None:
            focused = shown.focusWidget() or shown
            self.show_field(focused)
        return shown is not None
