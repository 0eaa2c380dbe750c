"""The app in Welsh, with the real catalogues and the Welsh question set: every page of both modes, and the dialogs
that open offscreen, walked for their visible texts (labels, buttons, tooltips, accessible names, window titles,
menus...). A text equal to an English source whose Welsh translation differs from it is English left on screen: the
walk lists every one. Every page also fits a 1024x700 screen in Welsh (Welsh runs longer than English).
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from onsshare_desktop import catalogues, i18n
from onsshare_desktop.domain.case_io import load_case
from onsshare_desktop.domain.flow import visible_sections
from onsshare_desktop.domain.questions import load_question_set
from onsshare_desktop.gui.language import apply_language
from tests.gui.test_fits_small_screens import HEIGHT, WIDTH, problems
from tests.i18n.walk import english_left, english_sources, visible_texts
from tests.screening_data import case_read, SCREENER, incoming, trusted_requester  # noqa: F401 - fixture

EXAMPLE = "welsh-government-housing.json"


def catalogue_translations() -> dict[str, str]:
    """English -> Welsh for every translated message of both committed catalogues."""
    from babel.messages.pofile import read_po

    pairs: dict[str, str] = {}
    with catalogues.po_path("cy").open("rb") as fp:
        for message in read_po(fp, locale="cy", domain=catalogues.DOMAIN):
            if not message.id or not message.string or message.fuzzy:
                continue
            if isinstance(message.id, tuple):
                pairs[message.id[0]] = message.string[1]
                pairs[message.id[1]] = message.string[-1]
            else:
                pairs[message.id] = message.string
    for message in ET.parse(catalogues.ts_path("cy")).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        source = message.findtext("source") or ""
        text = translation.text or (translation.findtext("numerusform") or "")
        if source and text:
            pairs[source] = text
    return pairs


def question_set_translations() -> dict[str, str]:
    """English -> Welsh for every text of the question set (the same field of the same item in each language)."""
    pairs: dict[str, str] = {}

    def pair(english: object, welsh: object) -> None:
        if isinstance(english, str) and isinstance(welsh, str):
            pairs[english.strip()] = welsh.strip()
        elif dataclasses.is_dataclass(english) and dataclasses.is_dataclass(welsh):
            for field in dataclasses.fields(english):
                pair(getattr(english, field.name), getattr(welsh, field.name, None))
        elif isinstance(english, tuple | list) and isinstance(welsh, tuple | list) and len(english) == len(welsh):
            for one, other in zip(english, welsh):
                pair(one, other)

    english = load_question_set(language=i18n.ENGLISH) if _takes_language() else load_question_set()
    welsh = load_question_set(language=i18n.WELSH) if _takes_language() else english
    pair(english, welsh)
    return pairs


def _takes_language() -> bool:
    import inspect

    return "language" in inspect.signature(load_question_set).parameters


@pytest.fixture(scope="module")
def sources() -> dict[str, str]:
    """What must not be on screen in Welsh, less the language choice's names: each language is named in its own
    words there ("English"), whatever a catalogue says elsewhere (a request's language: "Saesneg")."""
    from onsshare_desktop.gui.language import LANGUAGE_NAMES, MENU_TEXTS

    found = english_sources({**question_set_translations(), **catalogue_translations()})
    for own_words in (*LANGUAGE_NAMES.values(), *MENU_TEXTS.values()):
        found.pop(own_words, None)
        found.pop(own_words.replace("&", ""), None)
    return found


@pytest.fixture
def welsh(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    apply_language(i18n.WELSH)
    yield
    apply_language(i18n.ENGLISH)


class Walk:
    """Collects what is English and what does not fit, page by page."""

    def __init__(self, sources: dict[str, str]) -> None:
        self.sources = sources
        self.english: dict[str, str] = {}  # "where: text" -> the first page it was seen on
        self.misfits: list[str] = []

    def page(self, window: QWidget, what: str, fit: bool = True) -> None:
        QApplication.processEvents()
        for line in english_left(visible_texts(window), self.sources):
            self.english.setdefault(line, what)
        if fit:
            self.misfits += problems(window, what)

    def check(self) -> None:
        english = [f"{page}: {line}" for line, page in self.english.items()]
        report = []
        if english:
            report += [f"{len(english)} English texts on screen in Welsh:", *english]
        if self.misfits:
            report += ["Does not fit 1024x700 in Welsh:", *self.misfits]
        assert not report, "\n".join(report)


def walk_modal(walk: Walk, what: str, open_modal) -> None:  # type: ignore[no-untyped-def]
    """Run ``open_modal()`` (which opens a modal dialog and waits for it), walk the dialog, then close it."""
    from PySide6.QtCore import QTimer

    seen: list[bool] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        timer.stop()
        walk.page(modal, what, fit=False)  # a message box sizes itself to its text
        seen.append(True)
        modal.close()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    open_modal()
    timer.stop()
    assert seen, f"{what}: no dialog opened"


def shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(WIDTH, HEIGHT)
    widget.show()
    QApplication.processEvents()
    return widget


@pytest.mark.usefixtures("welsh")
def test_every_requester_page_is_in_welsh_and_fits(qtbot, services, example_files, sources) -> None:
    from onsshare_desktop.gui.identity.setup import IdentitySetupWizard
    from onsshare_desktop.gui.main_window import MainWindow
    from onsshare_desktop.gui.wizard.editor import RequestEditor
    from onsshare_desktop.resources import resource_path

    walk = Walk(sources)
    services = dataclasses.replace(services, question_set=load_question_set())
    window = shown(qtbot, MainWindow(example_files))
    window.offer_languages(True)
    window.set_services(services)
    walk.page(window, "drafts: empty")
    case = load_case(resource_path("examples", EXAMPLE).read_bytes())
    draft_id = services.database.drafts.create(case)
    window.reload()
    walk.page(window, "drafts: list")

    editor = RequestEditor(services, draft_id)  # deletes itself when closed
    editor.resize(WIDTH, HEIGHT)
    editor.show()
    for section in visible_sections(editor.question_set, editor.case().answers):
        editor.go_to(section.id, focus_first=False)
        walk.page(editor, f"request: {section.id}")
    editor.close()

    wizard = shown(qtbot, IdentitySetupWizard(services.paths.identity, services.secrets, True,
                                              window.tr("Requests are signed so that ONS can tell they come from "
                                                        "you and were not changed on the way. Set up your signing "
                                                        "identity once: who you are, then your signing key.")))
    walk.page(wizard, "signing identity set-up: about you")
    wizard.about.name_edit.setText("Rhian Pritchard")
    wizard.about.organisation_edit.setText("Llywodraeth Cymru")
    wizard.about.email_edit.setText("rhian@llyw.cymru")
    wizard.next()
    walk.page(wizard, "signing identity set-up: signing key")
    wizard.reject()

    from onsshare_desktop.gui.pack_export import PackExportFlow

    flow = PackExportFlow(services, window)
    flow._case = case
    walk_modal(walk, "export: where to save the pack", flow._choose_file)
    walk_modal(walk, "export: passphrase", lambda: flow._ask(retry=True))
    walk_modal(walk, "about", window.ui.actionAbout.trigger)
    from onsshare_desktop.gui.help.window import show_help

    for topic in ("requester.html", "identity.html", "index.html"):  # not the policy: quoted as published, in English
        walk.page(show_help(window, topic), f"help: {topic}")
    walk.check()


@pytest.mark.usefixtures("welsh", "trusted_requester")
def test_every_screener_page_and_dialog_is_in_welsh_and_fits(qtbot, services, sources) -> None:
    from PySide6.QtCore import QSettings

    from onsshare_desktop.gui.identity.identity_dialog import IdentityDialog
    from onsshare_desktop.gui.screening.team_settings import TeamDatabaseDialog, TeamMembersDialog
    from onsshare_desktop.gui.screening.trust_dialog import TrustDialog
    from onsshare_desktop.gui.screening.window import ScreenerWindow
    from onsshare_desktop.identity.store import IdentityStore
    from onsshare_desktop.identity.trust import TrustStore

    walk = Walk(sources)
    services = dataclasses.replace(services, question_set=load_question_set())
    pack_id = services.database.screening.add_pack(incoming(), SCREENER).id
    window = shown(qtbot, ScreenerWindow(services, SCREENER))
    walk.page(window, "register")
    workspace = case_read(qtbot, window.open_case(pack_id))
    assert workspace is not None
    for name in workspace.page_names():
        workspace.go_to(name)
        walk.page(window, f"case: {name}")

    IdentityStore(services.paths.identity).create("Sam Screener", "Office for National Statistics",
                                                  "sam.screener@ons.gov.uk", "a long passphrase")
    settings = QSettings(str(services.paths.root / "settings.ini"), QSettings.Format.IniFormat)
    for what, dialog in (
            ("signing identity", IdentityDialog(services.use_cases.identity, window)),
            ("trusted signers", TrustDialog(TrustStore(services.paths.root / "trust"), window)),
            ("team database", TeamDatabaseDialog(settings, services.secrets, window)),
            ("team members", TeamMembersDialog(services, SCREENER, window))):
        walk.page(shown(qtbot, dialog), what)
        dialog.close()

    from onsshare_desktop.domain.screening.stages import Move, Outcome, Stage
    from onsshare_desktop.gui.errors import show_error

    walk_modal(walk, "record outcome: question", lambda: workspace.confirm_move(
        Move(Outcome.START_FIRST_SCREENING, note="Dechrau"), Stage.RECEIVED, Stage.FIRST_SCREENING))
    from onsshare_desktop.gui.help.window import show_help

    walk.page(show_help(window, "screener.html"), "help: screener.html")
    walk_modal(walk, "an error", lambda: show_error(window, window.tr("The cases could not be brought in line with "
                                                                      "the trusted signers."), OSError("disk full")))
    walk.check()
