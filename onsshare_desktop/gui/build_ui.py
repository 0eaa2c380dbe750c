"""Compile every ``ui/**/*.ui`` with ``pyside6-uic`` into ``onsshare_desktop/gui/_generated/``.

``ui/main_window.ui`` becomes ``_generated/main_window_ui.py``; ``ui/wizard/editor.ui`` becomes
``_generated/wizard_editor_ui.py``. Run ``python -m onsshare_desktop.gui.build_ui`` after editing a ``.ui`` file;
a test fails when the committed output differs from what this would generate.

``pyside6-uic`` imports the same long list of Qt classes into every module; the build keeps only the names the
module uses. PySide6 builds a class's Python enums the first time the class is touched (about 0.4 ms each), so
the unused imports alone cost the main window 25 ms of start-up.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
GENERATED_DIR = Path(__file__).resolve().parent / "_generated"


def generated_name(ui_file: Path) -> str:
    relative = ui_file.relative_to(UI_DIR).with_suffix("")
    return "_".join(relative.parts) + "_ui.py"


def uic_executable() -> str:
    """``pyside6-uic`` from the running interpreter's environment."""
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def compile_ui(ui_file: Path) -> str:
    """The Python source ``pyside6-uic`` generates for ``ui_file``, importing only the Qt names it uses."""
    result = subprocess.run([uic_executable(), "--no-autoconnection", str(ui_file)], check=True,
                            capture_output=True, text=True)
    return prune_qt_imports(result.stdout)


def prune_qt_imports(source: str) -> str:
    """``source`` with each top-level ``from PySide6.<module> import (...)`` cut to the names the code uses."""
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    imports = [node for node in tree.body
               if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.")]
    for node in reversed(imports):
        if any(alias.asname for alias in node.names):
            continue  # uic never renames; leave anything unexpected alone
        names = [alias.name for alias in node.names if alias.name in used]
        assert node.end_lineno is not None
        lines[node.lineno - 1:node.end_lineno] = [import_statement(node.module or "", names)] if names else []
    return "".join(lines)


def import_statement(module: str, names: list[str]) -> str:
    """``from module import ...`` laid out like ``pyside6-uic`` does: four names to a line."""
    rows = [", ".join(names[i:i + 4]) for i in range(0, len(names), 4)]
    if len(rows) == 1:
        return f"from {module} import {rows[0]}\n"
    return f"from {module} import (" + ",\n    ".join(rows) + ")\n"


def ui_files() -> list[Path]:
    return sorted(UI_DIR.rglob("*.ui"))


def main() -> int:
    GENERATED_DIR.mkdir(exist_ok=True)
    for ui_file in ui_files():
        target = GENERATED_DIR / generated_name(ui_file)
        target.write_text(compile_ui(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
