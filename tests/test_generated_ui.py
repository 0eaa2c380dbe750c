"""The committed ``_generated`` modules are exactly what ``pyside6-uic`` makes from ``ui/``."""

from __future__ import annotations

from onsshare_desktop.gui.build_ui import GENERATED_DIR, compile_ui, generated_name, ui_files


def test_every_ui_file_is_compiled_and_up_to_date() -> None:
    files = ui_files()
    assert files
    for ui_file in files:
        target = GENERATED_DIR / generated_name(ui_file)
        assert target.exists(), f"{ui_file.name}: run python -m onsshare_desktop.gui.build_ui"
        assert target.read_text(encoding="utf-8") == compile_ui(ui_file), (
            f"{target.name} is stale: run python -m onsshare_desktop.gui.build_ui")
