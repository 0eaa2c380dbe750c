"""Control characters: invisible codes (escape, bell, NUL, form feed, DEL…) that have no place in a request.

A terminal acts on them (``ESC [`` sequences recolour, move the cursor, retitle the window), so text carrying them
could drive a screener's terminal. Answers and every other text in a case refuse them (``case_problems``), the
wizard strips them from pasted text, and every command escapes them in what it prints (``escape_controls``).
Tab and line feed are ordinary text and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from onsshare_desktop.domain.errors import ControlCharacterProblem, UserError
from onsshare_desktop.i18n import _

ALLOWED = "\t\n"
CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 (but tab, line feed), DEL and C1
PRINT_UNSAFE_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")  # CR LF ends a line (CSV)
NAMES = {
    0x00: "NULL", 0x07: "BELL", 0x08: "BACKSPACE", 0x0B: "LINE TABULATION", 0x0C: "FORM FEED",
    0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE", 0x85: "NEXT LINE", 0x9B: "CONTROL SEQUENCE INTRODUCER",
}


def describe(char: str) -> str:
    """``U+001B (ESCAPE)``: the code point and, for the common ones, its Unicode name."""
    code = ord(char)
    name = NAMES.get(code)
    return f"U+{code:04X} ({name})" if name else f"U+{code:04X}"


def first_control(text: str) -> tuple[int, str] | None:
    """The position and the first control character in ``text``, or None when it has none."""
    match = CONTROL_RE.search(text)
    return (match.start(), match.group()) if match else None


def control_message(text: str) -> str | None:
    """Why ``text`` is refused (names the first control character and where it is), or None when it is fine."""
    found = first_control(text)
    if found is None:
        return None
    position, char = found
    count = len(CONTROL_RE.findall(text))
    return _("contains the control character {char} at character {pos}{more}; control characters (invisible "
             "terminal and formatting codes) are not allowed").format(
        char=describe(char), pos=position + 1,
        more="" if count == 1 else _(" and {n} more").format(n=count - 1))


def strip_controls(text: str) -> tuple[str, int]:
    """``text`` without control characters, and how many were removed (a carriage return before a line feed,
    as Windows ends lines, is dropped silently and a lone one becomes a line feed)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned, removed = CONTROL_RE.subn("", text)
    return cleaned, removed


def escape_controls(text: str) -> str:
    r"""``text`` safe to print on a terminal: each control character becomes ``\u001b``-style text.

    Tab, line feed and a carriage return that ends a line (CR LF, as CSV does) pass. The escape is valid inside a
    JSON string too, so ``--json`` output stays JSON.
    """
    return PRINT_UNSAFE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def strings_in(value: Any, path: str = "$") -> Iterator[tuple[str, str]]:
    """Every string in a JSON value (keys and values), with the JSON path where it is."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, child in value.items():
            child_path = f"{path}.{key}" if isinstance(key, str) and key.isidentifier() else f"{path}[{key!r}]"
            yield child_path, str(key)
            yield from strings_in(child, child_path)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from strings_in(child, f"{path}[{index}]")


def control_problems(value: Any) -> list[ControlCharacterProblem]:
    """Every text in a JSON value (keys and values) that carries a control character, named by JSON path: a
    received screening record, return note, decision letter or benefits report is refused when there is one."""
    return [ControlCharacterProblem(path, message) for path, text in strings_in(value)
            if (message := control_message(text)) is not None]


class ControlCharactersError(UserError):
    """A document about to be signed carries a control character (typed or pasted into a note or comment)."""


def refuse_control_characters(value: Any, what: str) -> None:
    """Raise ``ControlCharactersError`` naming where the first control character is in ``value`` (JSON data of a
    document about to be signed: its verification would refuse it)."""
    problems = control_problems(value)
    if problems:
        raise ControlCharactersError(_(
            "The {what} cannot be signed: {problem}. Remove it from that text and try again.").format(
            what=what, problem=problems[0]))
