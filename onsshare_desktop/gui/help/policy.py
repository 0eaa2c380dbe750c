"""The ONS Data Sharing Policy (``resources/policy/*.txt``) as a help page: headings, paragraphs and lists."""

from __future__ import annotations

import re
from html import escape

LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")  # markdown links in the source text: keep their words only


def policy_html(text: str, title: str, contents: str = "Help contents", note: str = "") -> str:
    """The policy text as simple HTML. A short line without a full stop is a heading; ``- `` lines are a list.

    Args:
        text: the policy (``resources/policy/*.txt``), always in English.
        title: the page's title.
        contents: the words of the link back to the help contents, in the reader's language.
        note: a paragraph before the policy, in the reader's language (that the policy is in English only).
    """
    parts = [f"<html><head><title>{escape(title)}</title></head><body>",
             f"<p><a href=\"index.html\">{escape(contents)}</a></p>"]
    if note:
        parts.append(f"<p><i>{escape(note)}</i></p>")
    items: list[str] = []
    first_heading = True

    def close_list() -> None:
        if items:
            parts.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
            items.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        words = escape(LINK.sub(r"\1", line))
        if line.startswith("- "):
            items.append(words[2:])
            continue
        close_list()
        if len(line) < 80 and not line.endswith((".", ":", ";", ",")):
            parts.append(f"<h1>{words}</h1>" if first_heading else f"<h2>{words}</h2>")
            first_heading = False
        else:
            parts.append(f"<p>{words}</p>")
    close_list()
    parts.append("</body></html>")
    return "\n".join(parts)
