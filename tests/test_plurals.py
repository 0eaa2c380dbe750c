"""Counts are worded through ``ngettext`` (issue 12, defect 7: "1 problems", "1 cases", "170 events in 1 cases").

A source check finds any translatable text that puts a number before a plural noun outside ``ngettext``; the
behaviour checks show the singular where the count is one.
"""

from __future__ import annotations

import re
from pathlib import Path

from onsshare_desktop.i18n import ngettext
from onsshare_desktop.store.attachment_files import format_size

PACKAGE = Path(__file__).resolve().parent.parent / "onsshare_desktop"
NOUNS = ("problems|cases|events|histories|shares|requests|outputs|sections|items|checks|bytes|files|pages|entries|"
         "drafts|signers|packs|characters|seconds|attachments|records")
COUNT_BEFORE_NOUN = re.compile(r"\{\w+(?::[^}]*)?\}\)? (?:[a-z-]+ )?(?:" + NOUNS + r")\b|%[1-9n] (?:" + NOUNS + r")\b")
TRANSLATED = re.compile(r"""\b(?:_|tr|translate)\(\s*(?:"[^"]*",\s*)?((?:"(?:[^"\\]|\\.)*"\s*)+)""")
# Texts whose number is a fixed constant above one, so the plural is always right.
CONSTANT = {
    "Choose a passphrase of at least {n} characters.",  # MIN_PASSPHRASE_LENGTH
    "longer than {n} characters",  # a schema maxLength (10 or more)
    "the PDF embeds more than {n} files",  # limits.MAX_EMBEDDED_FILES
    "the PDF has more than {n} pages",  # pages.MAX_PAGES
    "Too long: {n} characters, the limit is {limit}.",  # n > limit >= 1
    "the {what} is {n} characters; at most {limit} are allowed",  # n > limit >= 1
    "The keyring did not answer within {n} seconds",  # the keyring time-out, several seconds
    "file is {size} bytes; a case file may be at most {limit}",  # size > limit (4 MiB)
}


def translatable_texts() -> list[tuple[str, str]]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        if "_generated" in path.parts:
            continue
        source = path.read_text(encoding="utf-8")
        for match in TRANSLATED.finditer(source):
            text = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1)))
            found.append((str(path.relative_to(PACKAGE)), text))
    return found


def test_no_count_is_worded_with_a_fixed_plural() -> None:
    texts = translatable_texts()
    assert len(texts) > 300
    offending = [(where, text) for where, text in texts
                 if COUNT_BEFORE_NOUN.search(text) and not any(c in text for c in CONSTANT)]
    assert not offending, offending


def test_one_is_singular() -> None:
    assert format_size(1) == "1 byte" and format_size(2) == "2 bytes"
    assert ngettext("{n} case", "{n} cases", 1).format(n=1) == "1 case"
