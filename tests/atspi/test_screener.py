"""The screener's register and review workspace read through AT-SPI with the keyboard only.

One app process serves the module (started in screener mode with two received packs); the tests run in file order.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.atspi.conftest import launch
from tests.atspi.harness import RunningApp, find, prepare_data, tab_until, wait_until, walk
from tests.atspi.test_requester import TABLE_ROLES, unnamed_focusable
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


def screener_window(app: RunningApp) -> dict:
    assert app.reader is not None
    app.activate()
    return wait_until(lambda: next((w for w in app.reader.windows() if "active" in w["states"] and find(w, role="table", name="Received cases")),
                                   None), 20, what=f"the register (windows: {[(w['name'], w['states']) for w in app.reader.windows()]})")


def workspace(app: RunningApp) -> dict:
    assert app.reader is not None
    return wait_until(lambda: next((w for w in app.reader.windows() if "active" in w["states"] and find(w, role="list", name="Sections")),
                                   None), 20, what="a case's review workspace")


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
    app.keys("End", "Up", "Up")
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
    assert "Seen the DSA" in (app.reader.focus() or {}).get("text", "")
