"""Text colours reach WCAG 2.2 AA (4.5:1) once the app's palette is applied: selection, placeholder, help notes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from onsshare_desktop.gui.contrast import apply_readable_palette, contrast_ratio
from onsshare_desktop.gui.wizard.block import MESSAGE_STYLE

AA = 4.5


def test_the_formula_matches_known_ratios() -> None:
    assert round(contrast_ratio(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert round(contrast_ratio(QColor("#ffffff"), QColor("#308cc6")), 2) == 3.69  # Qt's default selection


def test_selection_placeholder_and_help_notes_reach_aa(qapp: QApplication) -> None:
    before = qapp.palette()
    try:
        apply_readable_palette(qapp)
        palette = qapp.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            selected = contrast_ratio(palette.color(group, QPalette.ColorRole.HighlightedText),
                                      palette.color(group, QPalette.ColorRole.Highlight))
            assert selected >= AA, f"selected rows {selected:.2f}:1"
            placeholder = palette.color(group, QPalette.ColorRole.PlaceholderText)
            for background in (palette.color(group, QPalette.ColorRole.Base), QColor("#ececec"),
                               palette.color(group, QPalette.ColorRole.Window)):
                ratio = contrast_ratio(placeholder, background)
                assert ratio >= AA, f"placeholder/help note on {background.name()}: {ratio:.2f}:1"
        message = QColor(MESSAGE_STYLE.split(":")[1].strip().rstrip(";"))
        assert contrast_ratio(message, QColor("#ececec")) >= AA
    finally:
        qapp.setPalette(before)
