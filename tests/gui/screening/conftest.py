"""The screener's actions and window over real signed packs, with every dialog answered by the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from onsshare_desktop.gui.screening.actions import ScreenerActions
from onsshare_desktop.gui.screening.window import ScreenerWindow
from onsshare_desktop.identity.store import IdentityStore
from tests.screening_data import SCREENER

PASSPHRASE = "screener passphrase 42"


@pytest.fixture
def actions(services, monkeypatch) -> ScreenerActions:
    """Actions whose viewer, yes/no question and passphrase prompt are the test's; the screener has an identity.

    ``opened_urls`` lists what was opened; ``prompts`` lists the passphrase prompts shown.
    """
    actions = ScreenerActions(services, SCREENER)
    actions.opened_urls: list[Path] = []  # type: ignore[misc]
    actions.prompts: list[str] = []  # type: ignore[misc]

    def answer(_parent, prompt: str) -> str:
        actions.prompts.append(prompt)  # type: ignore[attr-defined]
        return PASSPHRASE

    monkeypatch.setattr(actions, "open_url", actions.opened_urls.append)  # type: ignore[attr-defined]
    monkeypatch.setattr(actions, "ask_yes_no", lambda parent, title, text: True)
    monkeypatch.setattr(actions, "ask_passphrase", answer)
    IdentityStore(services.paths.identity).create("Sam Screener", "Office for National Statistics",
                                                  "sam.screener@ons.gov.uk", PASSPHRASE)
    return actions


@pytest.fixture
def window(qtbot, services, actions) -> ScreenerWindow:
    window = ScreenerWindow(services, SCREENER, actions.import_files, actions.workspace_actions())
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    return window


@pytest.fixture(autouse=True)
def moves_confirmed(monkeypatch) -> list[tuple[str, str, str]]:
    """Every stage move's question is answered "Record" (the question itself: test_keyboard_and_defaults.py);
    lists ``(outcome, from stage, to stage)`` as asked."""
    from onsshare_desktop.gui.screening.workspace import ReviewWorkspace

    asked: list[tuple[str, str, str]] = []

    def confirm(self, move, from_stage, to_stage) -> bool:  # type: ignore[no-untyped-def]
        asked.append((move.outcome.value, from_stage.value, to_stage.value))
        return True

    monkeypatch.setattr(ReviewWorkspace, "confirm_move", confirm)
    return asked
