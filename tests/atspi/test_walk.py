"""A keyboard-only, screen-reader-only walk: a new request filled in, signed and exported, then screened.

The test only presses keys (xdotool) and only learns what happens from AT-SPI: the focused object's role, name,
description and states, and the announcements. It answers each question from what the focused control says it is
(its accessible name gives the question, the question set its type), as a screen-reader user would.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from onsshare_desktop.domain.questions import Question, load_question_set
from tests.atspi.conftest import launch
from tests.atspi.harness import RunningApp, active_window, find, prepare_data, tab_until, wait_until, walk

PASSPHRASE = "walk passphrase 42"
ANSWERS = {"email": "walk@example.org", "phone": "01633 456789", "date": "2026-11-29", "integer": "12",
           "text": "Walk answer", "textarea": "An answer typed by keyboard."}
INVALID_INTERFACE = "text event for invalid interface"


@pytest.fixture(scope="module")
def app(desktop, tmp_path_factory) -> Iterator[RunningApp]:
    folder = tmp_path_factory.mktemp("walk")
    passphrase = folder / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    data = folder / "data"
    prepare_data(data, ["identity", "create", "--name", "Rhian Walker", "--org", "Welsh Government",
                        "--email", "rhian.walker@example.org", "--passphrase-file", str(passphrase)])
    yield from launch(desktop, data)


def questions_by_label() -> dict[str, Question]:
    found: dict[str, Question] = {}
    for section in load_question_set().sections:
        for question in section.questions:
            found[question.label] = question
            for sub in question.fields:
                found.setdefault(sub.label, sub)
    return found


QUESTIONS = questions_by_label()


def question_of(name: str) -> Question | None:
    """The question a control's accessible name speaks of ("Label (optional): Yes, entry 2" and the like)."""
    base = re.sub(r", entry \d+$", "", name)
    base = re.sub(r": (Yes|No)$", "", base).replace(" (optional)", "")
    return QUESTIONS.get(base)


def answer_focused(app: RunningApp, focus: dict, added: set[str]) -> bool:
    """Answer the control that has the focus, by keyboard, as its name and role say; True when that moved the
    focus itself (adding an entry focuses its first field)."""
    role, name = focus["role"], focus["name"]
    question = question_of(name)
    if role == "text" and question is not None and not focus.get("text"):
        app.desktop.type(ANSWERS.get(question.type, ANSWERS["text"]))
    elif role == "combo box" and question is not None and question.type == "choice":
        app.keys("Down")
    elif role == "radio button" and name.endswith(": Yes") and "checked" not in focus["states"]:
        app.keys("Right", "space")  # Tab enters an unanswered pair on Yes; the arrow moves to No
    elif role == "radio button" and name.endswith(": No") and "checked" not in focus["states"]:
        app.keys("space")
    elif role == "check box" and question is not None and question.type == "confirm" \
            and "checked" not in focus["states"]:
        app.keys("space")
    elif role == "push button" and name.startswith("Add an entry to ") and name not in added:
        added.add(name)
        app.focus_after("Return")
        return True
    return False


def fill_section(app: RunningApp, added: set[str]) -> dict:
    """Answer every control of the section on screen, Tab by Tab, until Next or Finish has the focus."""
    focus = app.reader.focus() or {}
    for _ in range(150):
        if focus.get("role") == "push button" and focus["name"].startswith(("Next", "Export signed pack")):
            return focus
        focus = app.reader.focus() if answer_focused(app, focus, added) else app.focus_after("Tab")
    problems = [n["name"] for w in app.reader.windows() for n in walk(w) if n["role"] in ("tree item", "table cell")]
    raise AssertionError(f"Tab never reached Next in this section (last: {focus}; listed: {problems})")


def test_a_request_completed_and_exported_with_the_keyboard_only(app, tmp_path) -> None:
    active_window(app, lambda w: any(n["name"].startswith("Start a new request") and "enabled" in n["states"]
                                     for n in walk(w)), "the main window, ready")
    app.keys("ctrl+n")
    editor = active_window(app, lambda w: find(w, role="list", name="Sections"), "the editor")
    assert find(editor, role="heading", name="Requesting party")
    app.drain()
    focus = wait_until(app.reader.focus, 5, what="the focus in the editor")
    if focus["role"] in ("list", "list item", "frame"):
        tab_until(app, lambda f: f["role"] not in ("list", "list item"), presses=5)
    added: set[str] = set()
    for number in range(2, 30):
        focus = fill_section(app, added)
        if focus["name"].startswith("Export signed pack"):
            break
        app.keys("Return")
        app.wait_announcement(f"section {number} of", timeout=15)
        wait_until(lambda: not (app.reader.focus() or {}).get("name", "Next").startswith("Next"), 5,
                   what="the focus to move to the new section's first field")
    else:
        raise AssertionError("the walk never reached the review page")
    app.wait_announcement("Every section is complete")
    assert "enabled" in focus["states"], "Finish is available once every section is complete"
    app.keys("Return")
    target = tmp_path / "walk-pack.pdf"
    dialog = active_window(app, lambda w: "Save the signed pack" in w["name"], "the save dialog")
    assert dialog
    box, _visited = tab_until(app, lambda f: f["role"] == "check box", presses=3)  # the name, Browse…, then it
    assert box["name"] == "Encrypt for ONS" and "Only ONS can open" in box["description"], box
    assert "checked" not in box["states"]  # nothing chosen before: the plain signed PDF
    tab_until(app, lambda f: f["role"] == "text" and f["name"] == "Save as", presses=3, key="shift+Tab")
    app.keys("ctrl+a")
    app.desktop.type(str(target))
    app.keys("Return")
    active_window(app, lambda w: "Sign the pack" in w["name"], "the passphrase prompt")
    app.desktop.type(PASSPHRASE)
    app.keys("Return")
    done = active_window(app, lambda w: "Pack exported" in w["name"], "the export to finish", timeout=60)
    assert any(str(target) in n["name"] for n in walk(done)), "the message says where the pack is"
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    app.wait_announcement("signing")  # the export's stages were spoken as they came
    app.wait_announcement("Checking the signed pack")
    app.keys("Return")
    app.wait_announcement("Exported")  # the editor's status bar
    assert INVALID_INTERFACE not in app.log()


def menu(app: RunningApp, menu_key: str, item_key: str) -> None:
    """Open a menu with its Alt key, wait until it is shown, then choose an item by its mnemonic."""
    def shown() -> bool:
        return any(n["role"] == "popup menu" for w in app.reader.windows() for n in walk(w))

    for _ in range(3):  # a key pressed while the window manager is still moving the focus can be lost
        app.keys(menu_key)
        try:
            wait_until(shown, 3, what=f"the menu of {menu_key}")
            break
        except AssertionError:
            app.keys("Escape")
    else:
        raise AssertionError(f"{menu_key} opened no menu")
    app.keys(item_key)


def window_with(app: RunningApp, test, what: str, timeout: float = 20) -> dict:
    return active_window(app, test, what, timeout)


def go_to_page(app: RunningApp, title: str) -> None:
    """Choose a workspace page from the page list by keyboard: Up or Down one item at a time, each press waited
    for (the focus on the expected item) before the next, so no late event is taken for a later one; the page's
    announcement is then heard."""
    focus, _ = tab_until(app, lambda f: f["role"] in ("list", "list item") and f["name"] != "Import results",
                         presses=40, key="shift+Tab")
    pages = app.reader.focus(children=True) if focus["role"] == "list" else app.reader.focus(parent=True)
    items = [n for n in (pages or {}).get("children", []) if n["role"] == "list item"]
    names = [n["name"] for n in items]
    target = next((i for i, name in enumerate(names) if name == title), None)
    if target is None:
        target = next((i for i, name in enumerate(names) if name.startswith(title)), None)
    assert target is not None, f"no page {title!r} in the list {names}"
    current = next((i for i, n in enumerate(items) if "selected" in n["states"]), target)
    if current == target:
        return
    app.drain()
    app.announcements.clear()
    while current != target:
        step = 1 if target > current else -1
        current += step
        expected = names[current]
        app.keys("Down" if step > 0 else "Up")
        wait_until(lambda e=expected: (f := app.reader.focus()) and f["role"] == "list item" and f["name"] == e, 5,
                   what=f"the page list's focus on {expected!r}")
    app.wait_announcement(names[target].split(",")[0] + ",", timeout=5)


def record_outcome(app: RunningApp, outcome_start: str) -> None:
    """On the Outcome page: choose the outcome whose name starts so (a move the rules allow), press Record outcome,
    and confirm it."""
    combo, _ = tab_until(app, lambda f: f["role"] == "combo box" and f["name"] == "Outcome", presses=15)
    app.keys("Home")
    for _ in range(6):
        focus = app.reader.focus(children=True) or {}
        chosen = [n["name"] for n in walk(focus) if n["role"] in ("list item", "menu item") and "selected" in n["states"]]
        if chosen and chosen[0].startswith(outcome_start):
            break
        app.keys("Down")
    else:
        raise AssertionError(f"no outcome {outcome_start!r} offered")
    tab_until(app, lambda f: f["role"] == "push button" and f["name"] == "Record outcome", presses=15)
    app.keys("space")
    # the app asks before every move the rules allow (Cancel is its default); a slow machine may take seconds
    def asked() -> dict | None:
        return next((w for w in app.reader.windows() if w["name"].startswith("Record the outcome")), None)

    try:
        question = wait_until(asked, 20)
    except AssertionError:
        raise AssertionError(f"no question whether to record {outcome_start!r}; windows: "
                             f"{[(w['name'], w['states']) for w in app.reader.windows(showing=False)]}; focus: "
                             f"{app.reader.focus()}") from None
    wait_until(lambda: (app.reader.focus() or {}).get("name") == "Cancel", 5, what="the question to have the focus")
    assert any(outcome_start in n["name"] for n in walk(question)), "the question names the outcome"
    tab_until(app, lambda f: f["role"] == "push button" and f["name"] == "Record outcome", presses=4)
    app.keys("space")


def _close_the_editor(app) -> None:
    """Alt+F4 on the request window, again if a slow machine let the key go before the window took it (a CI run
    once left the editor open); never sent when another window is active, where it would close that one."""
    def editor_active() -> bool:
        return any("active" in w["states"] and w["name"].startswith("Walk answer") for w in app.reader.windows())

    for _attempt in range(3):
        if not editor_active():
            return
        app.keys("alt+F4")
        try:
            wait_until(lambda: not editor_active(), 7)
            return
        except AssertionError:
            continue


def test_the_pack_screened_with_the_keyboard_only(app, tmp_path_factory) -> None:
    pack = next(Path(p) for p in map(str, tmp_path_factory.getbasetemp().rglob("walk-pack.pdf")))
    _close_the_editor(app)  # the drafts list has the focus again
    active_window(app, lambda w: find(w, role="table", name="Drafts"), "the drafts list")
    menu(app, "alt+v", "c")  # View › Screener mode
    active_window(app, lambda w: find(w, role="table", name="Received cases"), "the register")
    app.keys("alt+i")  # Import packs…
    window_with(app, lambda w: "Import signed packs" in w["name"], "the file chooser")
    app.desktop.type(str(pack))
    app.keys("Return")
    app.wait_announcement("1 imported", timeout=30)
    tab_until(app, lambda f: f["role"] == "push button" and f["name"] == "Open case", presses=30)
    app.keys("space")
    window_with(app, lambda w: find(w, role="list", name="Sections"), "the case")

    go_to_page(app, "Outcome")
    record_outcome(app, "Start first screening")
    app.wait_announcement("Recorded:")

    go_to_page(app, "Checklist")
    combo, _ = tab_until(app, lambda f: f["role"] == "combo box" and f["name"].endswith(": answer"), presses=10)
    total = None
    for _ in range(12):
        app.keys("Down")
        heard = app.wait_announcement("checks answered")
        numbers = re.findall(r"(\d+) of (\d+) checks answered", heard["data"])[-1]
        total = int(numbers[1])
        app.announcements.clear()
        if int(numbers[0]) == total:
            break
        tab_until(app, lambda f: f["role"] == "combo box" and f["name"].endswith(": answer"), presses=4)
    assert total is not None and total >= 5

    go_to_page(app, "Outcome")
    record_outcome(app, "Proceed")
    app.wait_announcement("Recorded: Proceed")
    active_window(app, lambda w: any(n["name"] == "The case is at: Second screening (DSWG)." for n in walk(w)),
                  "the case to reach second screening")
    assert INVALID_INTERFACE not in app.log()


def test_identity_values_and_the_reason_ok_is_off_are_read_out(app) -> None:
    window_with(app, lambda w: "screening" in w["name"], "the screener's window")
    menu(app, "alt+f", "s")  # File › Signing identity…
    expected = [f"{caption} {value}" for caption, value in (
        ("Name:", "Rhian Walker"), ("Organisation:", "Welsh Government"), ("E-mail:", "rhian.walker@example.org"))]

    def label_names() -> list[str]:
        return [n["name"] for w in app.reader.windows() if w["role"] == "dialog" for n in walk(w) if n["role"] == "label"]

    window_with(app, lambda w: w["role"] == "dialog", "the identity dialog")
    try:  # the bus may deliver the dialog before its labels' names: read again until they come, as a reader would
        names = wait_until(lambda: (found := label_names()) and all(e in found for e in expected) and found, 5)
    except AssertionError:
        raise AssertionError(f"each value is read with its caption: {expected} in {label_names()}") from None
    fingerprint = next(n for n in names if n.startswith("Fingerprint (SHA-256): "))
    assert re.search(r"[0-9A-F]{2}(:[0-9A-F]{2}){8}", fingerprint), f"the fingerprint itself is read: {fingerprint}"
    app.keys("alt+r")  # Replace…
    window_with(app, lambda w: w["name"].startswith("Replace your signing identity"), "the question whether to replace")
    app.keys("alt+r")  # Replace (Keep my identity is the default)
    create = window_with(app, lambda w: find(w, role="password text", name="Passphrase"),
                         f"the Create identity dialog ({[(w['name'], w['states']) for w in app.reader.windows()]})")
    assert create
    ok = next(n for n in walk(window_with(app, lambda w: find(w, role="password text", name="Passphrase"), "the dialog"))
              if n["role"] == "push button" and n["name"] == "OK")
    assert "enabled" not in ok["states"]
    assert ok["description"].startswith("Not available yet: "), ok
    reason = ok["description"].removeprefix("Not available yet: ")
    assert reason in [n["name"] for n in walk(create) if n["role"] == "label"], "the visible reason is named by itself"
    app.keys("Escape")
    window_with(app, lambda w: w["role"] == "dialog", "back to the identity dialog")
    app.keys("Escape")
