"""Imports only point down: domain < store, pack, identity < services < gui, cli.

gui/ and cli/ reach store/, pack/ and identity/ only through services/ (plus read-only domain types).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "onsshare_desktop"

FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "reportlab", "pyhanko", "keyring",
               "onsshare_desktop.store", "onsshare_desktop.pack", "onsshare_desktop.identity",
               "onsshare_desktop.gui", "onsshare_desktop.cli"),
    "store": ("PySide6", "onsshare_desktop.gui", "onsshare_desktop.cli", "onsshare_desktop.pack"),
    "pack": ("PySide6", "onsshare_desktop.gui", "onsshare_desktop.cli"),
    "identity": ("PySide6", "onsshare_desktop.gui", "onsshare_desktop.cli", "onsshare_desktop.store"),
    "services": ("PySide6", "onsshare_desktop.gui", "onsshare_desktop.cli"),
    "cli": ("PySide6", "onsshare_desktop.gui._generated", "onsshare_desktop.store", "onsshare_desktop.pack",
            "onsshare_desktop.identity"),
}

BELOW_SERVICES = ("onsshare_desktop.store", "onsshare_desktop.pack", "onsshare_desktop.identity")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_above_it(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py")) if (PACKAGE / layer).is_dir() else []
    assert files, f"layer {layer} has no modules"
    offences = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in imported_modules(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer])
    ]
    assert offences == []


def test_the_scanner_sees_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport sqlalchemy.orm\n")
    assert imported_modules(sample) == {"PySide6.QtCore", "sqlalchemy.orm"}


def test_gui_modules_on_the_start_up_path_do_not_import_heavy_libraries() -> None:
    start_up = ["gui/app.py", "gui/main_window.py", "gui/drafts_model.py", "gui/workers.py", "gui/errors.py",
                "gui/ui_thread_gc.py", "gui/services.py", "__main__.py", "cli/__init__.py", "paths.py", "domain/drafts.py"]
    heavy = ("sqlalchemy", "reportlab", "pyhanko", "alembic", "onsshare_desktop.store.drafts",
             "onsshare_desktop.store.database")
    for rel in start_up:
        source = PACKAGE / rel
        tree = ast.parse(source.read_text(encoding="utf-8"))
        top_level = [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
        for node in top_level:
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            for name in names:
                assert not name.startswith(heavy), f"{rel} imports {name} at start-up"


def _reaching_below_services(path: Path) -> list[str]:
    return sorted(name for name in imported_modules(path)
                  if any(name == bad or name.startswith(bad + ".") for bad in BELOW_SERVICES))


def test_gui_reaches_store_pack_and_identity_only_through_services() -> None:
    found = {str(path.relative_to(PACKAGE)): _reaching_below_services(path)
             for path in sorted((PACKAGE / "gui").rglob("*.py")) if "_generated" not in path.parts}
    assert found, "gui/ has no modules"
    offenders = {rel: names for rel, names in found.items() if names}
    assert offenders == {}, "go through onsshare_desktop.services instead"


def test_pack_export_and_record_export_use_the_services_layer() -> None:
    for rel in ("gui/pack_export.py", "gui/screening/actions.py", "gui/action_steps.py"):
        assert _reaching_below_services(PACKAGE / rel) == [], rel
