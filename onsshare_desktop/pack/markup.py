"""Paragraph markup read into reportlab's fragments without its HTML parser, for the markup this app writes (imports
reportlab: load lazily).

reportlab reads a Paragraph's markup with Python's ``HTMLParser`` and turns each ``color`` attribute into a colour
the slow way (after trying it as a CSS colour, a colour name and a Python literal). The "Changes since version N"
section is hundreds of short marked stretches (``<u><font color="...">word</font></u>``), so that reading cost a
version 2 more than laying its pages out. ``read_markup`` splits the markup into tags, character references and text
exactly where ``HTMLParser`` would and hands them to reportlab's own parser as a tree (``ParaParser.tt_parse``): the
same calls, in the same order, make the same fragments, so the pages are the same bytes. Markup with anything
else in it (another tag or attribute, a comment, a ``<`` or ``&`` that is not a tag or reference) gets ``None``, and
reportlab reads it as before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Tags this app writes (pack.render, pack.changes, pack.page_text) and the attributes each may carry.
_TAGS: dict[str, frozenset[str]] = {"u": frozenset(), "strike": frozenset(), "b": frozenset(), "i": frozenset(),
                                     "br": frozenset(), "font": frozenset({"color", "name"})}
_TOKEN = re.compile(r"(<[^<>]*>|&[^&<;]*;)")  # a tag or a reference; everything between is text
_START = re.compile(r"<([a-z]+)((?:\s+[a-z]+=(?:\"[^\"&<>]*\"|'[^'&<>]*'))*)\s*(/?)>")
_END = re.compile(r"</([a-z]+)>")
_ATTRIBUTE = re.compile(r"([a-z]+)=(?:\"([^\"]*)\"|'([^']*)')")
_ENTITY = re.compile(r"&([a-zA-Z][a-zA-Z0-9]*);")
_CHARACTER = re.compile(r"&#(?:([0-9]+)|x([0-9a-fA-F]+));")

Tree = tuple[str, "dict[str, Any] | None", list[Any]]


@lru_cache(maxsize=64)
def _colour(value: str) -> Any:
    """The colour reportlab makes of an attribute value (the same function; a value is read once per process)."""
    from reportlab.lib.colors import toColor

    return toColor(value)


def _entity(token: str) -> str | None:
    """The text ``ParaParser`` makes of a character reference, or None for one this module leaves to reportlab."""
    from reportlab.platypus.paraparser import known_entities

    named = _ENTITY.fullmatch(token)
    if named is not None:
        value = known_entities.get(named.group(1))
        return value if isinstance(value, str) else None
    number = _CHARACTER.fullmatch(token)
    if number is None:
        return None
    decimal, hexadecimal = number.groups()
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    return chr(code) if code < 0x110000 else None


def _tree(text: str) -> Tree | None:
    """``text`` (already cleaned as reportlab cleans it) as the tree ``tt_parse`` takes, or None if it holds markup
    outside this module's subset. Each run of text and each reference is its own child, as ``HTMLParser`` reports
    each as its own piece of data."""
    if text.startswith("<para"):
        return None  # reportlab reads a leading <para> tag's attributes itself
    root: Tree = ("para", None, [])
    stack: list[Tree] = [root]
    for n, token in enumerate(_TOKEN.split(text)):
        if n % 2 == 0:  # text between tags and references
            if "<" in token or "&" in token:
                return None
            if token:
                stack[-1][2].append(token)
        elif token[0] == "&":
            value = _entity(token)
            if value is None:
                return None
            stack[-1][2].append(value)
        elif token[1] == "/":
            end = _END.fullmatch(token)
            if end is None or len(stack) == 1 or stack[-1][0] != end.group(1):
                return None
            stack.pop()
        else:
            start = _START.fullmatch(token)
            if start is None or start.group(1) not in _TAGS:
                return None
            name, attributes, closed = start.groups()
            attrs: dict[str, Any] = {}
            for key, double, single in _ATTRIBUTE.findall(attributes):
                if key not in _TAGS[name] or key in attrs:
                    return None
                value = double if double or not single else single
                attrs[key] = _colour(value) if key == "color" else value
            node: Tree = (name, attrs, [])
            stack[-1][2].append(node)
            if not closed:
                stack.append(node)
            elif name != "br":
                return None  # only <br/> closes itself here
    return root if len(stack) == 1 else None


def read_markup(markup: str, style: Any) -> tuple[str, list[Any]] | None:
    """The cleaned text and the fragments reportlab's ``Paragraph`` makes of ``markup`` in ``style``, or None when
    ``markup`` is outside the subset this module reads (then let reportlab parse it)."""
    from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
    from reportlab.platypus.paraparser import ParaParser

    text = cleanBlockQuotedText(markup)
    tree = _tree(text)
    if tree is None:
        return None
    parser = ParaParser()
    parser.caseSensitive = 1  # as Paragraph sets it
    style, frags, _bullet = parser.tt_parse(tree, style)
    if frags is None:
        return None
    textTransformFrags(frags, style)
    return text, frags
