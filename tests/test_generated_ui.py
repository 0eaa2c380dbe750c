"""The committed ``_generated`` modules are exactly what ``pyside6-uic`` makes from ``ui/``, imports pruned."""

from __future__ import annotations

import ast

from onsshare_desktop.gui.build_ui import GENERATED_DIR, compile_ui, generated_name, prune_qt_imports, ui_files


def test_every_ui_file_is_compiled_and_up_to_date() -> None:
    files = ui_files()
    assert files
    for ui_file in files:
        target = GENERATED_DIR / generated_name(ui_file)
        assert target.exists(), f"{ui_file.name}: run python -m onsshare_desktop.gui.build_ui"
        assert target.read_text(encoding="utf-8") == compile_ui(ui_file), (
            f"{target.name} is stale: run python -m onsshare_desktop.gui.build_ui")


def test_generated_modules_import_only_the_qt_names_they_use() -> None:
    for module in sorted(GENERATED_DIR.glob("*_ui.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
        imported = {alias.name for node in tree.body if isinstance(node, ast.ImportFrom)
                    for alias in node.names}
        assert imported - used == set(), module.name


def test_pruning_keeps_used_names_and_drops_an_import_left_empty() -> None:
    source = ("from PySide6.QtCore import (QCoreApplication, QDate,\n    QLocale, Qt)\n"
              "from PySide6.QtGui import (QBrush, QColor)\n"
              "from PySide6.QtWidgets import (QApplication, QLabel)\n\n"
              "class Ui_Form(object):\n"
              "    def setupUi(self, Form):\n"
              "        self.label = QLabel(Form)\n"
              "        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)\n"
              "        Form.setWindowTitle(QCoreApplication.translate('Form', 'Form', None))\n")
    pruned = prune_qt_imports(source)
    assert pruned.splitlines()[:3] == ["from PySide6.QtCore import QCoreApplication, Qt",
                                       "from PySide6.QtWidgets import QLabel", ""]
    assert pruned.endswith(source.split("\n\n", 1)[1])
