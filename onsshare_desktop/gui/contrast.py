"""Colours that keep text readable (WCAG 2.2 AA: at least 4.5:1 against its background).

Qt's default selection (white on #308CC6, 3.69:1) and placeholder text (about 4.0:1) fall short, and help notes
drawn in the placeholder colour inside repeating entries did too. ``apply_readable_palette`` sets both for the
whole application; ``contrast_ratio`` is the WCAG formula the tests use to check every pair.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

SELECTION = "#1d70b8"  # white on it: 5.17:1
SELECTION_TEXT = "#ffffff"
PLACEHOLDER = "#595959"  # on white 7.0:1, on #ececec 6.0:1


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """The WCAG contrast ratio, from 1 (same colour) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def apply_readable_palette(app: QApplication) -> None:
    """Selected rows and placeholder text at AA contrast, in active and inactive windows alike."""
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(SELECTION_TEXT))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER))
    app.setPalette(palette)
