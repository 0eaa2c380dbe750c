"""The screener's register and review workspace read through AT-SPI with the keyboard only.

One app process serves the module (started in screener mode with two received packs); the tests run in file order.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.atspi.conftest import launch
from tests.atspi.harness import RunningApp, active_window, find, prepare_data, tab_until, wait_until, walk
from tests.atspi.test_requester import TABLE_ROLES, unnamed_focusable
from tests.atspi.test_walk import menu
from tests.screening_data import signed_pack


@pytest.fixture(scope="module")
def app(desktop, tmp_path_factory) -> Iterator[RunningApp]:
    folder = tmp_path_factory.mktemp("screener")
    data = folder / "data"
    packs = []
    for name in ("welsh-government-housing", "charity-aggregated-census"):
        pack = folder / f"{name}.pdf"
        pack.write_bytes(signed_pack(name))
        packs.append(str(pack))
    passphrase = folder / "passphrase.txt"
    passphrase.write_text("screener passphrase 42\n", encoding="utf-8")
    prepare_data(data, ["identity", "create", "--name", "Sam Screener", "--org", "Office for National Statistics",
                        "--email", "sam.screener@ons.gov.uk", "--passphrase-file", str(passphrase)],
                 ["import", *packs])
    (data / "settings.ini").write_text("[General]\nmode=screener\n", encoding="utf-8")
    yield from launch(desktop, data)


PAGE_TABLE_ROLES = (*TABLE_ROLES, "tree", "tree table")


def screener_window(app: RunningApp) -> dict:
    return active_window(app, lambda w: find(w, role="table", name="Received cases"), "the register")


def workspace(app: RunningApp) -> dict:
    return active_window(app, lambda w: find(w, role="list", name="Sections"), "a case's review workspace")


def test_register_table_lets_tab_out_and_open_case_is_reachable(app) -> None:
    window = screener_window(app)
    assert unnamed_focusable(window) == []
    labels = [n["name"] for n in find(window, role="label")]
    assert "Stage:" in labels and "Status:" in labels, "the stage and status filters have visible labels"
    tab_until(app, lambda f: f["role"] in TABLE_ROLES, presses=30)
    tab_until(app, lambda f: f["role"] == "push button" and f["name"] == "Open case", presses=4)


def test_opening_a_case_and_moving_between_pages_is_announced(app) -> None:
    screener_window(app)
    tab_until(app, lambda f: f["role"] in TABLE_ROLES, presses=30, key="shift+Tab")
    app.keys("Return")
    window = workspace(app)
    assert unnamed_focusable(window) == []
    tab_until(app, lambda f: f["role"] == "list" and f["name"] == "Sections"
              or f.get("role") == "list item", presses=10)
    app.keys("Down")
    app.wait_announcement("Page 2 of")
    window = workspace(app)
    headings = [n["name"] for n in find(window, role="heading")]
    assert len(headings) >= 2, f"case title and section title are headings: {headings}"


def test_answers_view_reads_question_and_answer_apart(app) -> None:
    window = workspace(app)
    views = [n for n in walk(window) if n["name"] == "The requester's answers"]
    assert views, "the answers view is on the page"
    answers = views[0].get("text") or ""
    assert len(answers) > 100, views[0]
    assert "\ufdd0" not in answers and "\ufdd1" not in answers
    assert "\n" in answers


def test_tab_reaches_the_page_content_before_next(app) -> None:
    workspace(app)
    _focus, visited = tab_until(app, lambda f: f["role"] == "push button" and f["name"].startswith("Next"),
                                presses=25)
    names = [v["name"] for v in visited]
    assert any("ssessment" in n or "omment" in n for n in names[:-1]), f"page content came after Next: {names}"


def test_checklist_rows_are_named_by_their_check_and_the_count_is_live(app) -> None:
    workspace(app)
    tab_until(app, lambda f: f["role"] == "list" and f["name"] == "Sections", presses=25, key="shift+Tab")
    app.keys("End", "Up", "Up", "Up", "Up")  # History, Versions, Records of the share, Outcome, Checklist
    app.wait_announcement("Checklist")
    window = workspace(app)
    combos = [n for n in walk(window) if n["role"] == "combo box" and n["name"].endswith(": answer")]
    notes = [n for n in walk(window) if n["role"] == "text" and n["name"].startswith("Note on ")]
    status = next(n["name"] for n in walk(window) if "checks answered" in n["name"])
    total = int(status.split(" of ")[1].split()[0])
    assert status.startswith("0 of ") and total >= 5, status
    assert len(combos) >= 4 and len(notes) == len(combos), "every row shown has its answer and its note"
    assert not [n for n in walk(window) if n["role"] == "table cell"], "no unnamed cells any more"
    first, _ = tab_until(app, lambda f: f["role"] == "combo box" and f["name"].endswith(": answer"), presses=5)
    app.keys("Down")
    heard = app.wait_announcement(f"1 of {total} checks answered")
    assert heard["detail1"] == 1, "progress is announced politely"
    note, _ = tab_until(app, lambda f: f["name"].startswith("Note on "), presses=2)
    assert note["name"] == "Note on " + first["name"].removesuffix(": answer")
    app.desktop.type("Seen the DSA")
    wait_until(lambda: "Seen the DSA" in (app.reader.focus() or {}).get("text", ""), 5, what="the note to read back")


def test_every_page_of_a_case_names_its_controls_and_lets_tab_out_of_its_tables(app) -> None:
    """Each workspace page in turn (sections, triage, checklist, history, outcome…): no focusable object without a
    name, and Tab leaves any table on the page at once."""
    workspace(app)
    tab_until(app, lambda f: f["role"] in ("list", "list item") and f["name"] != "Import results", presses=40,
              key="shift+Tab")
    app.drain()
    app.announcements.clear()
    app.keys("Home")
    seen: list[str] = []
    tables_seen: list[str] = []
    for _ in range(40):
        heard = app.wait_announcement("Page ")
        title, _sep, where = heard["data"].rpartition(", ")
        position, total = (int(n) for n in where.removeprefix("Page ").split(" of "))
        window = workspace(app)
        assert unnamed_focusable(window) == [], f"page {title!r}"
        seen.append(title)
        tables = [n["name"] for n in walk(window) if n["role"] in PAGE_TABLE_ROLES and "showing" in n["states"]
                  and n["name"] != "Received cases"]
        if tables:  # into the page's table, and straight out again
            tab_until(app, lambda f, names=tables: f["role"] in PAGE_TABLE_ROLES and f["name"] in names, presses=30)
            _out, visited = tab_until(app, lambda f: f["role"] not in PAGE_TABLE_ROLES, presses=3)
            assert len(visited) == 1, f"Tab moved from cell to cell on {title!r}: {visited}"
            tab_until(app, lambda f: f["role"] in ("list", "list item") and f["name"] != "Import results",
                      presses=40, key="shift+Tab")
        tables_seen.extend(tables)
        if position == total:
            break
        app.announcements.clear()
        app.keys("Down")
    assert len(seen) == total and any("History" in t for t in seen) and any("Triage" in t for t in seen), seen
    assert "Case history" in tables_seen and "Triage assessments" in tables_seen, tables_seen


def test_trusted_signers_dialog_names_its_controls_and_lets_tab_out_of_its_list(app) -> None:
    workspace(app)
    menu(app, "alt+v", "t")  # View › Trusted signers…
    dialog = active_window(app, lambda w: w["role"] == "dialog" and find(w, role="push button", name="Close"),
                           "the trusted signers dialog")
    assert unnamed_focusable(dialog) == []
    assert find(dialog, role="push button", name="Import certificate…") or \
        any(n["role"] == "push button" and n["name"].startswith("Import") for n in walk(dialog))
    tab_until(app, lambda f: f["role"] == "push button" and f["name"] == "Close", presses=8)
    app.keys("Escape")
    workspace(app)
