"""The ONS Data Sharing Policy (``resources/policy/*.txt``) as a help page: headings, paragraphs and lists."""

from __future__ import annotations

import re
from html import escape

LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")  # markdown links in the source text: keep their words only


def policy_html(text: str, title: str) -> str:
    """The policy text as simple HTML. A short line without a full stop is a heading; ``- `` lines are a list."""
    parts = [f"<html><head><title>{escape(title)}</title></head><body>",
             "<p><a href=\"index.html\">Help contents</a></p>"]
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
