"""Qt's own texts (standard buttons, the wizard's buttons, edit menus, Qt's file dialog) read in Welsh once the app's
catalogue is installed: PySide6 ships no ``qtbase_cy.qm``, so ``gui/qt_strings.py`` puts them in ``onsshare_cy.ts``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QTextEdit, QWizard, QWizardPage

from onsshare_desktop import catalogues
from onsshare_desktop.gui.qt_strings import QT_STRINGS
from tests.i18n.qt_catalogue import read_ts

QM = catalogues.ts_path("cy").with_suffix(".qm")


class LookupRecorder(QTranslator):
    """Answers every lookup with its source text (so nothing changes); remembers every (context, source,
    disambiguation) Qt asks for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str | None]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        self.asked.add((context, source, disambiguation or None))
        return source

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


@pytest.fixture
def welsh(qapp) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def _standard_widgets(qtbot) -> tuple[QDialogButtonBox, QWizard]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No
                           | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    wizard.show()
    return box, wizard


def test_standard_buttons_read_in_welsh(welsh, qtbot):
    box, wizard = _standard_widgets(qtbot)
    texts = {b: box.button(b).text() for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel,
                                                QDialogButtonBox.StandardButton.Yes, QDialogButtonBox.StandardButton.No,
                                                QDialogButtonBox.StandardButton.Save,
                                                QDialogButtonBox.StandardButton.Close)}
    assert list(texts.values()) == ["Iawn", "Canslo", "&Ie", "&Na", "Cadw", "Cau"]
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Nesaf >"
    assert wizard.button(QWizard.WizardButton.BackButton).text() == "< &Yn ôl"
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Gorffen"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Canslo"


def test_message_box_details_and_edit_menus_read_in_welsh(welsh, qtbot):
    message = QMessageBox(QMessageBox.Icon.Warning, "t", "t", QMessageBox.StandardButton.Ok)
    qtbot.addWidget(message)
    message.setDetailedText("details")
    assert "Dangos y manylion..." in [b.text() for b in message.buttons()]
    line, area = QLineEdit(), QTextEdit()
    qtbot.addWidget(line)
    qtbot.addWidget(area)
    line_menu, area_menu = line.createStandardContextMenu(), area.createStandardContextMenu()
    assert "&Gludo" in [a.text().split("\t")[0] for a in line_menu.actions()]
    assert "Dewis y cyfan" in [a.text().split("\t")[0] for a in area_menu.actions()]


def test_every_listed_qt_string_is_in_the_catalogue_and_translated(welsh):
    finished = {m.key: m.translations[0] for m in read_ts(catalogues.ts_path("cy")) if not m.kind}
    for context, source, disambiguation in QT_STRINGS:
        assert (context, source, disambiguation or "") in finished, f"{context}: {source!r} not in the .ts"
        translated = QCoreApplication.translate(context, source, disambiguation)
        assert translated and translated != source, f"{context}: {source!r} is not translated in the .qm"


def test_the_list_names_qt_texts_exactly_as_qt_asks_for_them(qapp, qtbot):
    """A text Qt never asks for (a wrong byte, a wrong context) would leave the real one in English."""
    recorder = LookupRecorder()
    qapp.installTranslator(recorder)
    try:
        box, wizard = _standard_widgets(qtbot)
        for name in ("Ok", "Save", "SaveAll", "Open", "Yes", "YesToAll", "No", "NoToAll", "Abort", "Retry", "Ignore",
                     "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "RestoreDefaults"):
            box.addButton(getattr(QDialogButtonBox.StandardButton, name))
        wizard.setOption(QWizard.WizardOption.HaveHelpButton)
        wizard.setWizardStyle(QWizard.WizardStyle.MacStyle)
        message = QMessageBox()
        qtbot.addWidget(message)
        message.setDetailedText("details")
        for widget in (QLineEdit(), QTextEdit()):
            qtbot.addWidget(widget)
            widget.createStandardContextMenu()
    finally:
        qapp.removeTranslator(recorder)
    listed = set(QT_STRINGS)
    for context in ("QPlatformTheme", "QWizard", "QLineEdit", "QWidgetTextControl", "QMessageBox"):
        asked = {key for key in recorder.asked if key[0] == context}
        assert asked, f"Qt asked nothing in {context}"
        assert asked <= listed, f"Qt asks for texts gui/qt_strings.py does not list: {sorted(asked - listed)}"
