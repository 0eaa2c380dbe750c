"""The Qt catalogue is complete: every text the window's code and forms have is in ``onsshare_cy.ts``, translated,
with the same placeholders and at most one keyboard accelerator (see docs/translating.md, "Qt catalogue")."""

from __future__ import annotations

import pytest

from onsshare_desktop import catalogues
from tests.i18n.qt_catalogue import Message, accelerators, placeholders, read_ts

TS = catalogues.ts_path("cy")
FIX = "run ./dev.sh i18n, translate what it adds in resources/i18n/onsshare_cy.ts (pyside6-linguist), run it again"


@pytest.fixture(scope="module")
def committed() -> list[Message]:
    return read_ts(TS)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> list[Message]:
    """What ``pyside6-lupdate`` finds in the code and ``.ui`` files now, into a new (empty) catalogue."""
    return read_ts(catalogues.update_ts("cy", tmp_path_factory.mktemp("lupdate") / "fresh.ts"))


def _describe(keys: set[tuple[str, str, str]]) -> str:
    return "\n".join(f"  {context}: {source!r}" + (f" ({comment})" if comment else "")
                     for context, source, comment in sorted(keys))


def test_the_catalogue_has_exactly_the_messages_of_the_code(committed, extracted):
    have, want = {m.key for m in committed}, {m.key for m in extracted}
    assert not want - have, f"texts in the code missing from onsshare_cy.ts ({FIX}):\n{_describe(want - have)}"
    assert not have - want, f"texts in onsshare_cy.ts no longer in the code ({FIX}):\n{_describe(have - want)}"
    assert len(committed) == len(have), "a message is listed twice in onsshare_cy.ts"


def test_every_message_is_translated_and_finished(committed):
    unfinished = {m.key for m in committed if m.kind}
    assert not unfinished, f"unfinished, vanished or obsolete messages ({FIX}):\n{_describe(unfinished)}"
    empty = {m.key for m in committed if not all(t.strip() for t in m.translations)}
    assert not empty, f"empty translations ({FIX}):\n{_describe(empty)}"


def test_placeholders_are_the_same_in_source_and_translation(committed):
    wrong = [f"  {m.context}: {m.source!r} has {placeholders(m.source)}, the Welsh {t!r} has {placeholders(t)}"
             for m in committed for t in m.translations if placeholders(t) != placeholders(m.source)]
    assert not wrong, "placeholders (%1..%9, %n, {name}) differ:\n" + "\n".join(wrong)


def test_an_accelerator_stays_one_accelerator(committed):
    wrong = [f"  {m.context}: {m.source!r} -> {t!r}" for m in committed for t in m.translations
             if accelerators(t) > 1 or (accelerators(m.source) > 0) != (accelerators(t) > 0)]
    assert not wrong, "a text with an & accelerator needs exactly one in Welsh, a text without none:\n" + \
        "\n".join(wrong)


def test_the_qm_is_not_stale(tmp_path):
    committed_qm = TS.with_suffix(".qm").read_bytes()
    assert committed_qm == catalogues.qm_bytes("cy", tmp_path), f"stale onsshare_cy.qm: {FIX}"


@pytest.mark.parametrize("text, expected", [("&Open", 1), ("Cofnodi'&r canlyniad", 1), ("Q&&A", 0),
                                            ("a & b", 0), ("&amp;", 0), ("&Save a copy…", 1), ("&a &b", 2)])
def test_accelerators_are_counted_as_qt_reads_them(text, expected):
    assert accelerators(text) == expected


def test_placeholders_are_found():
    assert placeholders("Page %1 of %2, {n} left, %n items, 100%") == ["%1", "%2", "%n", "{n}"]

