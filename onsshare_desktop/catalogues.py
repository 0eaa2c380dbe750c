"""Developer tool: update and compile the translation catalogues (``./dev.sh i18n``).

Two catalogues per language, both under ``resources/i18n/``:

* gettext (Babel), for everything outside Qt: ``cy/LC_MESSAGES/onsshare.po`` compiled to ``onsshare.mo``;
* Qt Linguist, for widgets and ``.ui`` files: ``onsshare_cy.ts`` compiled to ``onsshare_cy.qm``.

``update`` extracts the English messages from the code into both sources, keeping existing translations;
``compile`` writes the binary catalogues the app loads. Both compiled files are committed, and a test fails when
they are stale. Needs Babel and ``pyside6-lupdate``/``pyside6-lrelease`` (the ``dev`` extra); the app never
imports this module.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "onsshare_desktop"
CATALOGUES = ROOT / "resources" / "i18n"
DOMAIN = "onsshare"
TRANSLATED = ("cy",)
WELSH_PLURALS = "nplurals=6; plural=(n==0) ? 0 : (n==1) ? 1 : (n==2) ? 2 : (n==3) ? 3 : (n==6) ? 4 : 5;"
KEYWORDS = {"_": None, "N_": None, "N_plural": (1, 2), "gettext": None, "ngettext": (1, 2)}


def po_path(language: str) -> Path:
    """The gettext source catalogue of ``language``."""
    return CATALOGUES / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def ts_path(language: str) -> Path:
    """The Qt Linguist source catalogue of ``language``."""
    return CATALOGUES / f"{DOMAIN}_{language}.ts"


def qt_sources() -> list[Path]:
    """Files ``pyside6-lupdate`` reads: the window's Python code (not the generated ``ui_*.py``) and ``ui/*.ui``."""
    gui = sorted(p for p in (PACKAGE / "gui").rglob("*.py") if "_generated" not in p.parts)
    return gui + sorted((ROOT / "ui").rglob("*.ui"))


def extract_template() -> Any:
    """Every ``_()``/``ngettext()`` message in the package, as a Babel catalogue."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    template = Catalog(project="onsshare-desktop", domain=DOMAIN, charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
        str(PACKAGE), keywords=KEYWORDS, comment_tags=("Translators:",)
    ):
        if filename.endswith("catalogues.py"):
            continue
        template.add(message, None, [(f"onsshare_desktop/{filename}", lineno)], auto_comments=comments,
                     context=context)
    return template


def update_po(language: str) -> Path:
    """Merge the code's messages into ``language``'s ``.po``, keeping translations; creates it if missing."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    template = extract_template()
    path = po_path(language)
    if path.exists():
        with path.open("rb") as fp:
            catalog = read_po(fp, locale=language, domain=DOMAIN)
        catalog.update(template, no_fuzzy_matching=True)
    else:
        catalog = Catalog(locale=language, domain=DOMAIN, project="onsshare-desktop", charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True)
    _set_header(catalog, language)
    catalog.obsolete.clear()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fp:
        write_po(fp, catalog, width=116, include_previous=False, include_lineno=False)
    return path


def _set_header(catalog: Any, language: str) -> None:
    """Fixed header fields, so that re-running ``update`` on unchanged code changes nothing."""
    catalog.project, catalog.version = "onsshare-desktop", "1"
    catalog.copyright_holder, catalog.msgid_bugs_address = "onsshare-desktop developers", ""
    catalog.last_translator = catalog.language_team = "onsshare-desktop developers"
    catalog.creation_date = catalog.revision_date = datetime(2026, 1, 1, tzinfo=timezone.utc)
    catalog.fuzzy = False
    if language == "cy":
        catalog._num_plurals, catalog._plural_expr = 6, WELSH_PLURALS.split("plural=")[1].rstrip(";")


def mo_bytes(language: str) -> bytes:
    """``language``'s ``.po`` compiled to ``.mo`` (deterministic: the same source gives the same bytes)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path(language).open("rb") as fp:
        catalog = read_po(fp, locale=language, domain=DOMAIN)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def _qt_tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def update_ts(language: str, path: Path | None = None) -> Path:
    """Run ``pyside6-lupdate`` over the window's code and ``.ui`` files into ``language``'s ``.ts`` (or into
    ``path``: a new file there holds just what the code has, untranslated)."""
    path = ts_path(language) if path is None else path
    path.parent.mkdir(parents=True, exist_ok=True)
    command = [_qt_tool("pyside6-lupdate"), *map(str, qt_sources()), "-no-obsolete", "-locations", "none",
               "-target-language", f"{language}_GB", "-ts", str(path)]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    return path


def qm_bytes(language: str, work_dir: Path) -> bytes:
    """``language``'s ``.ts`` compiled by ``pyside6-lrelease`` (into ``work_dir``)."""
    out = work_dir / f"{DOMAIN}_{language}.qm"
    subprocess.run([_qt_tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(out)],
                   check=True, capture_output=True)
    return out.read_bytes()


def compile_all() -> list[Path]:
    """Write every language's ``.mo`` and ``.qm`` beside its source; returns the files written."""
    written: list[Path] = []
    for language in TRANSLATED:
        mo = po_path(language).with_suffix(".mo")
        mo.write_bytes(mo_bytes(language))
        written.append(mo)
        if ts_path(language).exists():
            qm = ts_path(language).with_suffix(".qm")
            qm.write_bytes(qm_bytes(language, qm.parent))
            written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    """``python -m onsshare_desktop.catalogues [update|compile]`` (both when no command is given)."""
    parser = argparse.ArgumentParser(prog="python -m onsshare_desktop.catalogues", description=__doc__)
    parser.add_argument("command", nargs="?", choices=("update", "compile"))
    args = parser.parse_args(argv)
    if args.command in (None, "update"):
        for language in TRANSLATED:
            print(f"updated {update_po(language).relative_to(ROOT)}")
            print(f"updated {update_ts(language).relative_to(ROOT)}")
    if args.command in (None, "compile"):
        for path in compile_all():
            print(f"compiled {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
