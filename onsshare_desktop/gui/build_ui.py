"""Compile every ``ui/**/*.ui`` with ``pyside6-uic`` into ``onsshare_desktop/gui/_generated/``.

``ui/main_window.ui`` becomes ``_generated/main_window_ui.py``; ``ui/wizard/editor.ui`` becomes
``_generated/wizard_editor_ui.py``. Run ``python -m onsshare_desktop.gui.build_ui`` after editing a ``.ui`` file;
a test fails when the committed output differs from what this would generate.
"""

from __future__ import annotations

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
    """The Python source ``pyside6-uic`` generates for ``ui_file``."""
    result = subprocess.run([uic_executable(), "--no-autoconnection", str(ui_file)], check=True,
                            capture_output=True, text=True)
    return result.stdout


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
