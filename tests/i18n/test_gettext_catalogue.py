"""The Welsh gettext catalogue is complete, current and faithful to its placeholders.

A developer who adds or changes a ``_()``/``ngettext()`` message sees ``test_the_po_has_exactly_the_code_s_messages``
fail until they run ``./dev.sh i18n`` and translate the new entry (docs/translating.md says how).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache

import pytest
from babel.messages.pofile import read_po

from onsshare_desktop import catalogues
from onsshare_desktop.i18n import ENGLISH, WELSH, _, ngettext, set_language, use_language

WELSH_PLURAL_FORMS = 6
FIX = "run ./dev.sh i18n, translate the new or changed entries in {po} (see docs/translating.md), and commit"

# {name}, {name!r}, {s:.0f}, {0}; %s, %d, %(name)s. Doubled braces ({{ }}) are literal text, not placeholders.
PLACEHOLDER = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})|%\([A-Za-z_]\w*\)[-#0 +]*\d*(?:\.\d+)?[sdifrx]"
                         r"|%[-#0 +]*\d*(?:\.\d+)?[sdifrx]")


@cache
def welsh_po():
    with catalogues.po_path(WELSH).open("rb") as fp:
        return read_po(fp, locale=WELSH, domain=catalogues.DOMAIN)


def entries():
    return [message for message in welsh_po() if message.id]


def translated():
    """Entries with a translation (an untranslated one is the completeness test's business, not these)."""
    return [m for m in entries() if (m.string if isinstance(m.string, str) else any(m.string))]


def key(message_id):
    return message_id if isinstance(message_id, str) else tuple(message_id)


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def test_the_po_has_exactly_the_code_s_messages():
    in_code = {key(m.id) for m in catalogues.extract_template() if m.id}
    in_po = {key(m.id) for m in entries()}
    missing, stale = in_code - in_po, in_po - in_code
    po = catalogues.po_path(WELSH).relative_to(catalogues.ROOT)
    assert not missing, (f"{len(missing)} message(s) in the code are not in the Welsh catalogue, e.g. "
                         f"{sorted(map(str, missing))[:3]}: " + FIX.format(po=po))
    assert not stale, (f"{len(stale)} message(s) in the Welsh catalogue are no longer in the code, e.g. "
                       f"{sorted(map(str, stale))[:3]}: " + FIX.format(po=po))


def test_the_po_declares_the_six_welsh_plural_forms():
    assert welsh_po().num_plurals == WELSH_PLURAL_FORMS
    assert welsh_po().plural_expr.replace(" ", "") == (
        "(n==0)?0:(n==1)?1:(n==2)?2:(n==3)?3:(n==6)?4:5")


def test_every_message_has_a_welsh_translation_and_none_is_fuzzy():
    untranslated = [m.id for m in entries() if not (m.string if isinstance(m.string, str) else all(m.string))]
    fuzzy = [m.id for m in entries() if m.fuzzy]
    po = catalogues.po_path(WELSH).relative_to(catalogues.ROOT)
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:3]}: " + FIX.format(po=po)
    assert not fuzzy, f"{len(fuzzy)} marked fuzzy (check them and remove the flag), e.g. {fuzzy[:3]}"


def test_every_plural_entry_has_all_six_welsh_forms():
    wrong = [(m.id[0], m.string) for m in translated() if m.pluralizable
             and (len(m.string) != WELSH_PLURAL_FORMS or not all(s.strip() for s in m.string))]
    assert not wrong, f"plural entries without six non-empty forms: {wrong[:3]}"


def test_every_translation_keeps_exactly_the_source_placeholders():
    wrong = []
    for m in translated():
        if m.pluralizable:
            english = {frozenset(placeholders(m.id[0]).items()), frozenset(placeholders(m.id[1]).items())}
            wrong += [(m.id[1], form) for form in m.string if frozenset(placeholders(form).items()) not in english]
        elif placeholders(m.string) != placeholders(m.id):
            wrong.append((m.id, m.string))
    assert not wrong, f"{len(wrong)} translation(s) whose placeholders differ from the English: {wrong[:3]}"


def test_every_translation_keeps_the_source_s_leading_and_trailing_spaces():
    """Messages joined to others (``" and {n} more"``, ``"Repeat it: "``) must join the same way in Welsh."""
    def ends(text):
        return text[:1].isspace(), text[-1:].isspace()
    wrong = [(m.id, m.string) for m in translated() if not m.pluralizable and ends(m.string) != ends(m.id)]
    assert not wrong, f"{wrong[:3]}"


def test_the_placeholder_check_can_tell_a_lost_or_renamed_placeholder():
    assert placeholders("{n} of {total} cases") != placeholders("{n} o achosion")
    assert placeholders("{n} of {total}") != placeholders("{n} o {cyfanswm}")
    assert placeholders("{s:.0f} s, %(x)s and %d") == placeholders("%d a %(x)s, {s:.0f} e")
    assert not placeholders("{{literal}} braces")


def test_real_messages_read_in_welsh_within_use_language():
    with use_language(WELSH):
        assert _("Decision on ONS data sharing request {ref}") == "Penderfyniad ar gais {ref} i rannu data'r ONS"
        assert _("Returned for more information") == "Dychwelwyd am ragor o wybodaeth"
        assert _("Data Protection Impact Assessment") == "Asesiad o'r Effaith ar Ddiogelu Data"
    with use_language(ENGLISH):
        assert _("Returned for more information") == "Returned for more information"


@pytest.mark.parametrize(("n", "expected"), [
    (0, "0 problemau i'w cywiro"),
    (1, "1 broblem i'w chywiro"),     # un broblem: a feminine noun mutates after "un"
    (2, "2 broblem i'w cywiro"),      # dwy broblem: soft mutation
    (3, "3 problem i'w cywiro"),      # tair problem
    (4, "4 problem i'w cywiro"),
    (6, "6 phroblem i'w cywiro"),     # chwe phroblem: aspirate mutation
    (11, "11 problem i'w cywiro"),
])
def test_counts_take_the_welsh_plural_form_of_their_number(n, expected):
    with use_language(WELSH):
        text = ngettext("{n} problem to put right before you can export the pack.",
                        "{n} problems to put right before you can export the pack.", n).format(n=n)
    assert text.startswith(expected), text


def test_the_command_line_s_help_reads_in_welsh_when_the_process_language_is_welsh():
    from onsshare_desktop.cli import build_parser

    try:
        set_language(WELSH)
        welsh = build_parser().format_help()
    finally:
        set_language(ENGLISH)
    assert "Paratoi, llofnodi a sgrinio ceisiadau i rannu data'r ONS" in welsh
    assert "gwirio pecynnau: cyfan, pwy a'u llofnododd" in welsh
    assert "Prepare, sign and screen requests" in build_parser().format_help()


def test_the_command_line_answers_in_welsh_when_the_environment_asks_for_welsh(tmp_path):
    """A real process, as a user runs it: LANGUAGE=cy, a listing and an error message."""
    env = {**os.environ, "LANGUAGE": "cy", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8",
           "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "onsshare_desktop", "--data-dir", str(tmp_path)]
    listing = subprocess.run([*command, "list"], env=env, capture_output=True, text=True, timeout=120)
    assert listing.stdout.strip() == "Dim drafftiau.", listing.stdout + listing.stderr
    missing = subprocess.run([*command, "export-case", "999"], env=env, capture_output=True, text=True, timeout=120)
    assert missing.returncode != 0
    assert "gwall: Nid oes drafft rhif 999." in missing.stderr, missing.stderr
