"""The input for a ``repeating`` question: a list of entries, each a group of sub-fields, added and removed."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from onsshare_desktop.domain.questions import Question
from onsshare_desktop.gui.wizard.block import FieldBlock

_ENTRY_PATH = re.compile(r"^\[(\d+)\]\.(\w+)$")


class EntryBox(QGroupBox):
    """One entry of a repeating question.

    Signals:
        changed(): a sub-field's answer changed.
        remove_requested(object): the person asked to remove this entry (carries the box).
    """

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, question: Question, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        layout = QVBoxLayout(self)  # no alignment: see FieldBlock
        self.blocks = [FieldBlock(sub, parent=self, with_help=True) for sub in question.fields]
        for block in self.blocks:
            block.value_changed.connect(lambda _id, _value: self.changed.emit())
            layout.addWidget(block)
        row = QHBoxLayout()
        row.addStretch(1)
        self.remove_button = QPushButton(self)
        self.remove_button.setAutoDefault(True)  # Enter presses it, as in the rest of the editor
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self._names = [(w, w.accessibleName()) for b in self.blocks for w in b.focus_widgets()]
        self.set_index(index)

    def set_index(self, index: int) -> None:
        """Number the entry (0-based ``index``, shown from 1) and the paths of its sub-fields."""
        self.index = index
        number = index + 1
        self.setObjectName(f"{self.question.id}:{index}")
        self.setTitle(self.tr("Entry {n}").format(n=number))
        self.remove_button.setText(self.tr("Remove entry {n}").format(n=number))
        self.remove_button.setObjectName(f"{self.question.id}:{index}:remove")
        for block in self.blocks:
            block.path = f"{self.question.id}[{index}].{block.question.id}"
        for widget, name in self._names:
            widget.setAccessibleName(self.tr("{label}, entry {n}").format(label=name, n=number))

    def value(self) -> dict[str, Any]:
        return {b.question.id: b.value() for b in self.blocks if b.value() is not None}

    def set_value(self, value: dict[str, Any]) -> None:
        for block in self.blocks:
            block.set_value(value.get(block.question.id))
            block.set_revealed(block.value() is not None)

    def focus_widgets(self) -> list[QWidget]:
        return [w for b in self.blocks for w in b.focus_widgets()] + [self.remove_button]


class RepeatingInput(QWidget):
    """Entries of sub-fields with "Add an entry" and per-entry "Remove" buttons.

    Signals:
        value_changed(object): the list of entries (dicts keyed by sub-field id), or ``None`` when empty.
    """

    value_changed = Signal(object)

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(question.id)
        self.setAccessibleName(question.label)
        self.entries: list[EntryBox] = []
        self._revealed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # no alignment: see FieldBlock
        self._entries_layout = QVBoxLayout()
        layout.addLayout(self._entries_layout)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add an entry"), self)
        self.add_button.setObjectName(f"{question.id}:add")
        self.add_button.setAccessibleName(self.tr("Add an entry to {label}").format(label=question.label))
        self.add_button.clicked.connect(self.add_entry)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    def value(self) -> Any:
        return [entry.value() for entry in self.entries] or None

    def set_value(self, value: Any) -> None:
        for entry in self.entries:
            entry.hide()
            entry.deleteLater()
        self.entries = []
        for item in value if isinstance(value, list) else []:
            self._append(item if isinstance(item, dict) else {})

    def add_entry(self) -> None:
        """Add an empty entry, move the keyboard focus into it and report the new value."""
        entry = self._append({})
        self.value_changed.emit(self.value())
        entry.focus_widgets()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _append(self, value: dict[str, Any]) -> EntryBox:
        entry = EntryBox(self.question, len(self.entries), self)
        entry.set_value(value)
        entry.changed.connect(lambda: self.value_changed.emit(self.value()))
        entry.remove_requested.connect(self._on_entry_remove_requested)
        self._entries_layout.addWidget(entry)
        entry.show()  # at once, so the keyboard can move into it before the event loop runs again
        self.entries.append(entry)
        for block in entry.blocks:
            block.set_revealed(self._revealed or block.value() is not None)
        return entry

    def _on_entry_remove_requested(self, entry: EntryBox) -> None:
        position = self.entries.index(entry)
        self.entries.remove(entry)
        entry.hide()
        entry.deleteLater()
        for index, remaining in enumerate(self.entries):
            remaining.set_index(index)
        self.value_changed.emit(self.value())
        target = self.entries[min(position, len(self.entries) - 1)].remove_button if self.entries else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_revealed(self, revealed: bool) -> None:
        self._revealed = revealed
        for entry in self.entries:
            for block in entry.blocks:
                block.set_revealed(revealed or block.value() is not None)

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        for entry in self.entries:
            for block in entry.blocks:
                block.show_problems(problems)

    def focus_widgets(self) -> list[QWidget]:
        return [w for entry in self.entries for w in entry.focus_widgets()] + [self.add_button]

    def focus_path(self, path: str) -> bool:
        """Focus the sub-field at ``datasets[1].dataset_name``-style ``path``; False if there is none."""
        match = _ENTRY_PATH.match(path.removeprefix(self.question.id))
        if not match or int(match.group(1)) >= len(self.entries):
            return False
        entry = self.entries[int(match.group(1))]
        block = next((b for b in entry.blocks if b.question.id == match.group(2)), None)
        if block is None:
            return False
        block.focus_widgets()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return True
