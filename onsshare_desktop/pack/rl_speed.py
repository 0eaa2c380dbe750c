"""Faster stand-ins for three of reportlab's pure-Python hot spots, while this app renders one of its documents.

A pack is rendered twice in its life at least (export, then every verification renders its pages again to compare
them byte for byte), so rendering speed is verification speed. Without reportlab's C accelerators (the
``rl-accel`` package renders different bytes, so it is never installed: ``bench/NOTES.md``), reportlab formats
every number and maps every character to its font subset in Python, again and again (the widths of words are
remembered by the fonts themselves, for the render: ``pack.fonts``). While ``faster_rendering`` is active (``render_pack``,
``render_record`` and ``render_document`` run inside it):

- ``fp_str`` (numbers as PDF text) is remembered for the rest of the render (the same arguments give the same
  result, so a repeated call returns the first one's), and worked out with ``str.rstrip`` where reportlab loops;
- a string whose every character already has its code in the font's first subset is mapped in one step (the
  result reportlab's own loop gives; any other string goes through reportlab's loop, which assigns new codes);
- ASCII base-85 encoding of binary streams uses the standard library's ``base64.a85encode`` (the same text).

Every stand-in returns exactly what reportlab's own code returns, so the bytes do not change
(``tests/pack/test_rl_speed.py`` compares them; ``tests/pack/test_pack_layout_version.py`` pins the pages'
digests). What is remembered is forgotten when the render ends: a render never reuses another's work, so verifying
a pack costs the same the first time and every time. Renders may run on several threads at once: the stand-ins are
installed while any render is active, and reportlab's own code gives the same results, so a render that starts or
ends during another changes only its speed. Imports reportlab: load lazily.
"""

from __future__ import annotations

import base64
import math
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import reportlab.lib.colors
import reportlab.pdfbase.pdfdoc
import reportlab.pdfbase.ttfonts
import reportlab.pdfgen.canvas
import reportlab.pdfgen.pathobject
import reportlab.pdfgen.textobject
import reportlab.platypus.flowables
import reportlab.platypus.tables
from reportlab.lib import rl_accel
from reportlab.lib.utils import isSeq

# Modules that imported ``fp_str`` by name (``from reportlab.lib.rl_accel import fp_str``) and draw pages.
_FP_STR_MODULES = (reportlab.pdfgen.canvas, reportlab.pdfgen.textobject, reportlab.pdfgen.pathobject,
                   reportlab.pdfbase.pdfdoc, reportlab.pdfbase.ttfonts, reportlab.platypus.tables,
                   reportlab.platypus.flowables, reportlab.lib.colors)
_TTFont = reportlab.pdfbase.ttfonts.TTFont
_fp_str: Callable[..., str] = rl_accel.fp_str
_a85_encode: Callable[[Any], str] = rl_accel.asciiBase85Encode
_split_string: Callable[..., list[tuple[int, bytes]]] = _TTFont.splitString

_lock = threading.Lock()
_active = 0  # renders in progress
_memory = threading.local()  # this thread's render: what it remembers (a dict per stand-in)


def _remembered(name: str) -> dict[Any, Any] | None:
    return getattr(_memory, name, None)


def remembered_widths() -> dict[Any, Any] | None:
    """Where this thread's render keeps the widths the fonts measured (``pack.fonts``), or None outside a render."""
    return _remembered("widths")


def fp_str(*args: Any) -> str:
    """reportlab's ``fp_str``, remembered for the rest of this thread's render."""
    memo = _remembered("fp_str")
    if memo is None:
        return _fp_str(*args)
    try:
        return memo[args]  # type: ignore[no-any-return]
    except KeyError:
        text = memo[args] = _number_text(args) if _PURE_PYTHON_FP_STR else _fp_str(*args)
        return text
    except TypeError:  # a list of numbers: not remembered
        return _number_text(args) if _PURE_PYTHON_FP_STR else _fp_str(*args)


_PURE_PYTHON_FP_STR = getattr(rl_accel, "_py_fp_str", None) is _fp_str  # what _number_text does (no C accelerator)
_FORMATS = ("%.0f", "%.1f", "%.2f", "%.3f", "%.4f", "%.5f", "%.6f")
_LOG_E_10 = math.log(10.0)


def _number_text(args: tuple[Any, ...]) -> str:
    """reportlab's pure-Python ``fp_str`` (``rl_accel._py_fp_str``), its trailing zeros cut by ``str.rstrip``
    rather than a loop over the characters: numbers as PDF text, at most six decimals, ``.5`` for 0.5."""
    if len(args) == 1 and isSeq(args[0]):
        args = args[0]
    out = []
    for number in args:
        size = abs(number)
        if size <= 1e-7:
            out.append("0")
            continue
        decimals = 6 if size <= 1 else min(max(0, 6 - int(math.log(size) / _LOG_E_10)), 6)  # reportlab's log10
        text = _FORMATS[decimals] % number
        if decimals:
            text = text.rstrip("0")
            if text[-1] == ".":
                text = text[:-1]
        out.append(text if text[0] != "0" or len(text) == 1 else text[1:])
    return " ".join(out)


def split_string(font: Any, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
    """reportlab's ``TTFont.splitString``: a string whose every character already has a code in the font's first
    subset maps to that subset's codes in one step; any other goes through reportlab's loop (which assigns codes
    to new characters)."""
    codes = _remembered("codes")
    state = font.state.get(doc) if codes is not None and isinstance(text, str) and text else None
    if codes is not None and state is not None:
        table = codes.get(state)
        if table is None or table[0] != len(state.assignments):
            table = codes[state] = (len(state.assignments), _first_subset(state.assignments))
        try:
            return [(0, bytes(map(table[1].__getitem__, map(ord, text))))]
        except KeyError:  # a character without a code yet, or in another subset
            pass
    return _split_string(font, text, doc, encoding)


def _first_subset(assignments: dict[int, int]) -> dict[int, int]:
    """Character -> code for the characters whose code is in the first subset; a no-break space is drawn as a
    space (reportlab's rule)."""
    table = {char: code for char, code in assignments.items() if code < 256}
    if 32 in table:
        table[0xA0] = table[32]
    return table


def a85_encode(data: Any) -> str:
    """reportlab's ASCII base-85 encoding (``z`` for a run of four zero bytes, ``~>`` at the end), by the standard
    library's encoder."""
    if not isinstance(data, bytes):
        return _a85_encode(data)
    return base64.a85encode(data).decode("ascii") + "~>"


def _install(on: bool) -> None:
    for module in _FP_STR_MODULES:
        module.fp_str = fp_str if on else _fp_str
    reportlab.pdfbase.pdfdoc.asciiBase85Encode = a85_encode if on else _a85_encode
    _TTFont.splitString = split_string if on else _split_string


@contextmanager
def faster_rendering() -> Iterator[None]:
    """Render with the stand-ins; what they remember lasts until this render ends (nested: the outermost)."""
    global _active
    outermost = _remembered("fp_str") is None
    if outermost:
        _memory.fp_str, _memory.codes, _memory.widths = {}, {}, {}
    with _lock:
        _active += 1
        if _active == 1:
            _install(True)
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                _install(False)
        if outermost:
            del _memory.fp_str, _memory.codes, _memory.widths
