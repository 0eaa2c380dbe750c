"""Qt's own texts that the window shows, listed so that ``pyside6-lupdate`` puts them in the app's catalogue.

Qt translates its standard buttons (OK, Cancel, Yes, No), the wizard's Back/Next/Finish, the edit fields' context
menus and its own file dialog through ``QCoreApplication.translate`` with Qt's context names. PySide6 ships no
``qtbase_cy.qm``, so these texts are translated in ``resources/i18n/onsshare_cy.ts`` like the app's own: once the
app's translator is installed, Qt finds them there.

Each entry is ``(context, source text, disambiguation)`` exactly as Qt 6.11 asks for it (a different byte and Qt
would show English). They were recorded from Qt itself by a translator that logs every lookup while the widgets are
built; ``tests/i18n/test_qt_strings.py`` checks that the compiled catalogue translates them for real widgets.
Keyboard key names (``QShortcut``: Ctrl, Shift, Del) stay as printed on the keys.
"""

from __future__ import annotations


def translate(context: str, text: str, disambiguation: str | None = None) -> tuple[str, str, str | None]:
    """A marker, not a translation: ``pyside6-lupdate`` extracts ``translate("Context", "text")`` calls, and this
    one just returns its arguments."""
    return context, text, disambiguation


QT_STRINGS: tuple[tuple[str, str, str | None], ...] = (
    # Standard buttons of QDialogButtonBox and QMessageBox (Qt 6 takes their texts from the platform theme).
    translate("QPlatformTheme", "OK"),
    translate("QPlatformTheme", "Save"),
    translate("QPlatformTheme", "Save All"),
    translate("QPlatformTheme", "Open"),
    translate("QPlatformTheme", "&Yes"),
    translate("QPlatformTheme", "Yes to &All"),
    translate("QPlatformTheme", "&No"),
    translate("QPlatformTheme", "N&o to All"),
    translate("QPlatformTheme", "Abort"),
    translate("QPlatformTheme", "Retry"),
    translate("QPlatformTheme", "Ignore"),
    translate("QPlatformTheme", "Close"),
    translate("QPlatformTheme", "Cancel"),
    translate("QPlatformTheme", "Discard"),
    translate("QPlatformTheme", "Help"),
    translate("QPlatformTheme", "Apply"),
    translate("QPlatformTheme", "Reset"),
    translate("QPlatformTheme", "Restore Defaults"),
    # The same buttons on a GNOME desktop (QGnomeTheme overrides some of them).
    translate("QGnomeTheme", "&OK"),
    translate("QGnomeTheme", "&Save"),
    translate("QGnomeTheme", "&Cancel"),
    translate("QGnomeTheme", "&Close"),
    translate("QGnomeTheme", "Close without Saving"),
    # A message box with details (an unexpected error shows its technical details this way).
    translate("QMessageBox", "Show Details..."),
    translate("QMessageBox", "Hide Details..."),
    # The wizard's buttons (the identity set-up is a QWizard); "Go Back", "Continue", "Commit" and "Done" are the
    # macOS style's.
    translate("QWizard", "< &Back"),
    translate("QWizard", "&Next >"),
    translate("QWizard", "&Finish"),
    translate("QWizard", "Cancel"),
    translate("QWizard", "&Help"),
    translate("QWizard", "Help"),
    translate("QWizard", "Go Back"),
    translate("QWizard", "Continue"),
    translate("QWizard", "Commit"),
    translate("QWizard", "Done"),
    # The context menu of every one-line field, and of every text area and text browser.
    translate("QLineEdit", "&Undo"),
    translate("QLineEdit", "&Redo"),
    translate("QLineEdit", "Cu&t"),
    translate("QLineEdit", "&Copy"),
    translate("QLineEdit", "&Paste"),
    translate("QLineEdit", "Delete"),
    translate("QLineEdit", "Select All"),
    translate("QWidgetTextControl", "&Undo"),
    translate("QWidgetTextControl", "&Redo"),
    translate("QWidgetTextControl", "Cu&t"),
    translate("QWidgetTextControl", "&Copy"),
    translate("QWidgetTextControl", "&Paste"),
    translate("QWidgetTextControl", "Delete"),
    translate("QWidgetTextControl", "Select All"),
    translate("QWidgetTextControl", "Copy &Link Location"),
    # Progress (exporting a pack).
    translate("QProgressDialog", "Cancel"),
    # Qt's own file dialog: the bundle ships no GTK theme, so open/save dialogs on Linux are Qt's, not the desktop's.
    translate("QFileDialog", "Open"),
    translate("QFileDialog", "Save As"),
    translate("QFileDialog", "&Open"),
    translate("QFileDialog", "&Save"),
    translate("QFileDialog", "&Choose"),
    translate("QFileDialog", "Find Directory"),
    translate("QFileDialog", "&Look in:"),
    translate("QFileDialog", "File &name:"),
    translate("QFileDialog", "Files of &type:"),
    translate("QFileDialog", "Directory:"),
    translate("QFileDialog", "All Files (*)"),
    translate("QFileDialog", "All files (*)"),
    translate("QFileDialog", "Directories"),
    translate("QFileDialog", "Files"),
    translate("QFileDialog", "Back"),
    translate("QFileDialog", "Go back"),
    translate("QFileDialog", "Forward"),
    translate("QFileDialog", "Go forward"),
    translate("QFileDialog", "Parent Directory"),
    translate("QFileDialog", "Go to the parent directory"),
    translate("QFileDialog", "Create New Folder"),
    translate("QFileDialog", "Create a New Folder"),
    translate("QFileDialog", "List View"),
    translate("QFileDialog", "Change to list view mode"),
    translate("QFileDialog", "Detail View"),
    translate("QFileDialog", "Change to detail view mode"),
    translate("QFileDialog", "Sidebar"),
    translate("QFileDialog", "List of places and bookmarks"),
    translate("QFileDialog", "Recent Places"),
    translate("QFileDialog", "&Rename"),
    translate("QFileDialog", "&Delete"),
    translate("QFileDialog", "Show &hidden files"),
    translate("QFileDialog", "&New Folder"),
    translate("QFileDialog", "Show "),
    translate("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    translate("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."),
    translate("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given."),
    translate("QFileDialog", "Are you sure you want to delete '%1'?"),
    translate("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"),
    translate("QFileDialog", "Could not delete directory."),
    translate("QFileSystemModel", "Name"),
    translate("QFileSystemModel", "Size"),
    translate("QFileSystemModel", "Type", "All other platforms"),
    translate("QFileSystemModel", "Date Modified"),
    translate("QFileSystemModel", "Computer"),
    translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    translate("QAbstractFileIconProvider", "Drive"),
)
"""Every Qt text the app's catalogue translates, as ``(context, source, disambiguation)``."""
