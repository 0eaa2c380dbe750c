"""A pseudo-Welsh catalogue for tests: every message of both catalogues translated (the English between two marks),
so a walk over the windows in "Welsh" finds every text that does not go through translation, or that a switch of
language leaves behind, whatever the real catalogues hold yet.

The messages are extracted afresh from the code (Babel for ``_()``, ``pyside6-lupdate`` over the window's code and
every ``.ui`` file), with Qt's own button texts added as the real catalogue has them; a text that neither extraction
finds stays English here and the walk reports it. ``install_pseudo_welsh(monkeypatch, tmp_path)`` makes the app load
these catalogues for "cy". The question set's texts are not the catalogues' (see ``tests/gui/test_welsh_walk.py``).
"""

from __future__ import annotations

import gettext
import io
import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from onsshare_desktop import catalogues, i18n

START, END = "⟦", "⟧"
_KEYS = re.compile(r"^((Ctrl|Alt|Shift|Meta)\+)+\S+$|^(Del|Esc|F\d+)$")

# Qt's own texts the app shows (standard buttons, the wizard's buttons): the real catalogue carries them too.
QT_OWN = {
    "QPlatformTheme": ["OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
                       "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
                       "Restore Defaults"],
    "QWizard": ["< &Back", "&Next >", "&Finish", "Cancel", "&Help", "Go Back", "Continue", "Commit", "Done",
                "Help", "&Next", "Back", "Next", "Finish"],
    "QMessageBox": ["Show Details...", "Hide Details...", "OK", "Help"],
    "QDialogButtonBox": ["OK", "Cancel", "&OK", "&Cancel"],
}


@cache
def _template():  # type: ignore[no-untyped-def]
    """Every ``_()``/``ngettext()`` message in the code now (Babel)."""
    return catalogues.extract_template()


@cache
def _fresh_ts() -> Path:
    """Every ``tr()``/``translate()`` message in the window's code and ``.ui`` files now (``pyside6-lupdate``)."""
    target = Path(tempfile.mkdtemp(prefix="onsshare-pseudo-")) / "fresh_cy.ts"
    sources = sorted(p for p in (catalogues.PACKAGE / "gui").rglob("*.py") if "_generated" not in p.parts)
    sources += sorted((catalogues.ROOT / "ui").rglob("*.ui"))
    subprocess.run([catalogues._qt_tool("pyside6-lupdate"), *map(str, sources), "-no-obsolete", "-locations", "none",
                    "-target-language", "cy_GB", "-ts", str(target)], check=True, cwd=catalogues.ROOT,
                   capture_output=True)
    return target


def pseudo(text: str) -> str:
    """``⟦text⟧``, placeholders, mnemonics and line breaks kept; key sequences (``Ctrl+N``) left alone."""
    return text if not text or _KEYS.match(text) else f"{START}{text}{END}"


def is_pseudo(text: str) -> bool:
    return START in text


def pseudo_sources() -> dict[str, str]:
    """Every English text either catalogue translates, with its pseudo-Welsh translation (less the question set's
    own texts, which the pseudo catalogue does not translate: a section called "Attachments" stays so)."""
    sources: dict[str, str] = {}
    for message in _template():
        for text in (message.id if isinstance(message.id, tuple) else (message.id,)):
            if text:
                sources[text] = pseudo(text)
    for message in ET.parse(_fresh_ts()).getroot().iter("message"):
        text = message.findtext("source") or ""
        if text:
            sources[text] = pseudo(text)
    for texts in QT_OWN.values():
        sources.update({text: pseudo(text) for text in texts})
    from tests.i18n.walk import english_sources

    from onsshare_desktop.gui.language import LANGUAGE_NAMES, MENU_TEXTS

    own = question_set_texts() | set(LANGUAGE_NAMES.values()) | set(MENU_TEXTS.values())  # names in own words
    found = english_sources({k: v for k, v in sources.items() if v != k and k not in own})
    for name in LANGUAGE_NAMES.values():
        found.pop(name, None)
    return found


def question_set_texts() -> set[str]:
    """Every string in the shipped English question sets."""
    import json

    found: set[str] = set()

    def collect(node: object) -> None:
        if isinstance(node, str):
            found.add(node.strip())
        elif isinstance(node, dict):
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    for path in (catalogues.ROOT / "resources" / "forms").glob("*/*.json"):
        if path.stem.count(".") <= 1:  # 1.0.json, not an overlay (1.0.cy.json)
            collect(json.loads(path.read_text(encoding="utf-8")))
    return found


def pseudo_mo() -> gettext.GNUTranslations:
    """The gettext catalogue with every message translated."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    catalog = Catalog(locale="cy", domain=catalogues.DOMAIN)
    catalog._num_plurals, catalog._plural_expr = 6, catalogues.WELSH_PLURALS.split("plural=")[1].rstrip(";")
    for template_message in _template():
        catalog.add(template_message.id, None, context=template_message.context)
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            message.string = tuple(pseudo(message.id[0] if n == 1 else message.id[1]) for n in range(6))
        else:
            message.string = pseudo(message.id)
        message.flags.discard("fuzzy")
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    out.seek(0)
    return gettext.GNUTranslations(out)


def pseudo_ts(target: Path) -> Path:
    """The Qt catalogue with every message translated (and Qt's own texts added), written to ``target``."""
    tree = ET.parse(_fresh_ts())
    root = tree.getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    for context_name, sources in QT_OWN.items():
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source in sources:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = pseudo(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def pseudo_qm(work_dir: Path) -> Path:
    ts = pseudo_ts(work_dir / "onsshare_cy.ts")
    qm = work_dir / "onsshare_cy.qm"
    subprocess.run([catalogues._qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


def install_pseudo_welsh(monkeypatch, work_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Make "cy" load the pseudo catalogues (gettext and Qt) for the rest of the test."""
    from onsshare_desktop.gui import language

    mo = pseudo_mo()
    qm = pseudo_qm(work_dir)
    real = i18n.catalogue
    monkeypatch.setattr(i18n, "catalogue", lambda code: mo if code == i18n.WELSH else real(code))
    monkeypatch.setattr(language, "catalogue_path", lambda code: str(qm))
