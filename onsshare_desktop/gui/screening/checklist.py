"""The policy checklist as a form of labelled rows: per check its title, an answer drop-down and a note, each
named by the check, so a screen reader says which check a control belongs to and Tab simply moves on.

Signals tell whoever keeps the answers (the workspace saves them; autosave can listen to ``check_edited``) what
changed; the count of answered checks updates as the screener chooses, and is announced.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from onsshare_desktop.domain.screening.checklist import CHECK_ANSWER_LABELS, CheckAnswer, ChecklistItem


class ChecklistForm(QWidget):
    """One row per checklist item: the check's title (bold, wrapped), its answer, its note and when it was last set.

    Signals:
        check_edited(str): the answer or the note of this check (its id) was changed by the screener.
        answered_changed(int, int): how many checks have an answer chosen, of how many, after a change.
    """

    check_edited = Signal(str)
    answered_changed = Signal(int, int)

    def __init__(self, items: list[ChecklistItem], clause_quotes: Mapping[str, str], hints: Mapping[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.combos: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self.last_set: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        for number, item in enumerate(items):
            row = number * 3
            title = QLabel(item.title, self)
            title.setObjectName(f"title_{item.id}")
            title.setWordWrap(True)
            title.setToolTip(clause_quotes.get(item.id, ""))
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            combo = QComboBox(self)
            combo.setObjectName(f"check_{item.id}")
            combo.setAccessibleName(self.tr("%1: answer").replace("%1", item.title))
            combo.setAccessibleDescription(clause_quotes.get(item.id, ""))
            combo.addItem(self.tr("Not answered"), None)
            for answer, label in CHECK_ANSWER_LABELS.items():
                combo.addItem(label, answer.value)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            title.setBuddy(combo)
            note = QLineEdit(self)
            note.setObjectName(f"note_{item.id}")
            note.setAccessibleName(self.tr("Note on %1").replace("%1", item.title))
            note.setPlaceholderText(hints.get(item.id, ""))
            note.setAccessibleDescription(hints.get(item.id, ""))
            last = QLabel(self)
            last.setObjectName(f"last_{item.id}")
            grid.addWidget(title, row, 0, 1, 3)
            grid.addWidget(combo, row + 1, 0)
            grid.addWidget(note, row + 1, 1)
            grid.addWidget(last, row + 1, 2)
            grid.setRowMinimumHeight(row + 2, 10)
            combo.currentIndexChanged.connect(lambda _i, item_id=item.id: self._on_edited(item_id))
            note.textEdited.connect(lambda _text, item_id=item.id: self._on_edited(item_id))
            self.combos[item.id] = combo
            self.notes[item.id] = note
            self.last_set[item.id] = last
        grid.setRowStretch(len(items) * 3, 1)

    def focus_widgets(self) -> list[QWidget]:
        """The controls in tab order: each check's answer, then its note."""
        return [w for item in self.items for w in (self.combos[item.id], self.notes[item.id])]

    def show_answers(self, answers: Mapping[str, tuple[CheckAnswer, str, str]], editable: bool) -> None:
        """Show the recorded answers (id -> answer, note, "who, when"); signals stay quiet."""
        for item in self.items:
            combo, note = self.combos[item.id], self.notes[item.id]
            recorded = answers.get(item.id)
            blocked = combo.blockSignals(True), note.blockSignals(True)
            combo.setCurrentIndex(combo.findData(recorded[0].value) if recorded else 0)
            note.setText(recorded[1] if recorded else "")
            combo.blockSignals(blocked[0])
            note.blockSignals(blocked[1])
            combo.setEnabled(editable)
            note.setEnabled(editable)
            text = self.tr("Last set by %1").replace("%1", recorded[2]) if recorded else ""
            self.last_set[item.id].setText(text)

    def chosen(self) -> dict[str, tuple[CheckAnswer, str]]:
        """The answers chosen on screen (checks left "Not answered" are absent), with their notes."""
        result = {}
        for item in self.items:
            data = self.combos[item.id].currentData()
            if data is not None:
                result[item.id] = (CheckAnswer(data), self.notes[item.id].text().strip())
        return result

    def answered(self) -> int:
        return len(self.chosen())

    def _on_edited(self, item_id: str) -> None:
        self.check_edited.emit(item_id)
        self.answered_changed.emit(self.answered(), len(self.items))

