"""The requester's windows read through AT-SPI with the keyboard only: the drafts list and the request editor.

One app process serves the module; the tests run in file order (list, then editor) and each brings the window it
needs to the front first.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.atspi.conftest import launch
from tests.atspi.harness import (
    REPO_ROOT, RunningApp, active_window, find, prepare_data, tab_until, wait_until, walk,
)

EXAMPLE = REPO_ROOT / "resources" / "examples" / "welsh-government-housing.json"
TABLE_ROLES = {"table", "table cell", "tree table"}


@pytest.fixture(scope="module")
def app(desktop, tmp_path_factory) -> Iterator[RunningApp]:
    data = tmp_path_factory.mktemp("requester") / "data"
    prepare_data(data, ["import-case", str(EXAMPLE)])
    yield from launch(desktop, data)


def main_window(app: RunningApp) -> dict:
    return active_window(app, lambda w: "ONS data sharing" in w["name"] and find(w, role="table", name="Drafts"),
                         "the drafts list")


def editor_window(app: RunningApp) -> dict:
    return active_window(app, lambda w: find(w, role="list", name="Sections"), "the request editor")


def unnamed_focusable(window: dict) -> list[str]:
    """Focusable objects a screen reader would announce with no name (Qt's labels expose no text to compare
    with their names, so the tests check those names one by one)."""
    return [f"unnamed {n['role']}" for n in walk(window) if "focusable" in n["states"] and "showing" in n["states"]
            and n["role"] not in TABLE_ROLES and not n["name"].strip()]


def test_tab_leaves_the_drafts_table(app) -> None:
    main_window(app)
    tab_until(app, lambda f: f["role"] in TABLE_ROLES, presses=15)
    _out, visited = tab_until(app, lambda f: f["role"] not in TABLE_ROLES, presses=6)
    assert len(visited) <= 2, f"Tab moved from cell to cell: {[v['name'] for v in visited]}"
    tab_until(app, lambda f: f["role"] in TABLE_ROLES, presses=15)
    tab_until(app, lambda f: f["role"] not in TABLE_ROLES, presses=2, key="shift+Tab")


def test_main_window_names_and_heading(app) -> None:
    window = main_window(app)
    focus = wait_until(app.reader.focus, 5, what="something to have the keyboard focus when the window opens")
    assert focus["name"] and "focused" in focus["states"], focus
    assert unnamed_focusable(window) == []
    headings = [n["name"] for n in find(window, role="heading")]
    assert "Drafts" in headings


def test_status_bar_messages_are_announced(app) -> None:
    main_window(app)
    tab_until(app, lambda f: f["role"] in TABLE_ROLES, presses=15)
    app.keys("ctrl+shift+c")  # Copy as new: "Copied. The copy has a new reference." in the status bar
    app.wait_announcement("Copied")


def test_editor_page_heading_names_and_required_or_optional(app) -> None:
    main_window(app)
    tab_until(app, lambda f: f["role"] in TABLE_ROLES, presses=15)
    app.keys("Return")
    window = editor_window(app)
    assert "Requesting party" in [n["name"] for n in find(window, role="heading")]
    assert unnamed_focusable(window) == []
    fields = {n["name"]: n for n in walk(window) if "focusable" in n["states"] and n["role"] == "text"}
    title = next(n for name, n in fields.items() if "title" in name.lower())
    assert title["description"].startswith("Required."), title


def test_validation_message_is_in_the_field_and_announced(app) -> None:
    editor_window(app)
    field, _ = tab_until(app, lambda f: "e-mail" in f["name"].lower() or "email" in f["name"].lower(), presses=30)
    app.keys("ctrl+a", "BackSpace")
    app.desktop.type("not-an-address")
    heard = app.wait_announcement("e-mail")
    assert heard["detail1"] == 2, "an error is announced assertively"
    focus = wait_until(lambda: (f := app.reader.focus()) and "Error:" in f["description"] and f, 5,
                       what="the error in the field's description")
    assert "e-mail address" in focus["description"]
    app.keys("ctrl+a")
    app.desktop.type("housing.stats@gov.wales")
    wait_until(lambda: "Error:" not in (app.reader.focus() or {}).get("description", "Error:"), 5,
               what="the error to leave the description")
    app.wait_announcement("Saved")


def test_enter_on_next_moves_on_and_the_section_is_announced(app) -> None:
    editor_window(app)
    tab_until(app, lambda f: f["role"] == "push button" and f["name"].startswith("Next"), presses=40)
    app.keys("Return")
    app.wait_announcement("section 2 of")
    window = editor_window(app)
    assert "Data requested" in [n["name"] for n in find(window, role="heading")]
    app.keys("alt+Right")
    app.wait_announcement("section 3 of")
    assert any("(optional)" in n["name"] for n in walk(editor_window(app))), "optional questions say so"
