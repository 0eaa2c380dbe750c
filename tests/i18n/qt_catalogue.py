"""Reading a Qt Linguist catalogue (``.ts``) for the tests: its messages, placeholders and accelerators."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PLACEHOLDER = re.compile(r"%[1-9n]|\{[A-Za-z_][A-Za-z0-9_]*\}")
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s;])(?![a-z]+;|#\d+;)")  # "&x", not "&&" nor an entity such as "&amp;"


@dataclass(frozen=True)
class Message:
    """One message of a ``.ts``: where Qt looks it up, and what the catalogue says."""

    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or one per plural form
    kind: str  # the translation's ``type``: "" when finished, else "unfinished", "vanished" or "obsolete"

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def read_ts(path: Path) -> list[Message]:
    """Every message of the ``.ts`` at ``path``, in file order."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "", message.findtext("comment") or "",
                                    texts, translation.get("type", "")))
    return messages


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text`` (``%1``, ``%n``, ``{name}``), sorted, each once."""
    return sorted(set(PLACEHOLDER.findall(text)))


def accelerators(text: str) -> int:
    """How many keyboard accelerators (``&`` before a character) ``text`` marks."""
    return len(ACCELERATOR.findall(text.replace("&&", "")))
