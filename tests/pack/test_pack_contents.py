"""The contents page, the PDF outline and their links name the page each section really starts on.

The pack is laid out once and the contents' page numbers are drawn afterwards, so these read the finished file back
with tools nobody here wrote (pdftotext for what the page shows, pypdf for where links and outline entries go).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

from tests.pack.conftest import ExportedPack

# "3. Justification and other routes . . . . . 5" as pdftotext -layout prints a contents row
CONTENTS_ROW = re.compile(r"^\s*(\d+\. \S.*?)\s*(?:\. ?)+\s*(\d+)\s*$")


def layout_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def contents_rows(pages: list[str]) -> dict[str, int]:
    """Section heading -> page number, as the contents page (page 2) prints them."""
    assert pages[1].strip().startswith("Contents")
    rows = [m.groups() for line in pages[1].splitlines() if (m := CONTENTS_ROW.match(line))]
    return {title: int(page) for title, page in rows}


def page_index(reader: Any) -> dict[int, int]:
    """Object number of each page -> its page number (1-based), for a pypdf reader."""
    return {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, start=1)}


def test_contents_numbers_are_the_pages_the_headings_are_on(exported_packs: list[ExportedPack]) -> None:
    for pack in exported_packs:
        pages = layout_pages(pack.result.path)
        rows = contents_rows(pages)
        numbers = [int(title.split(".")[0]) for title in rows]
        assert numbers == list(range(1, len(rows) + 1)) and len(rows) >= 8, rows  # every section, in order
        assert list(rows.values()) == sorted(rows.values())
        for title, page in rows.items():
            on_page = [n for n, text in enumerate(pages, start=1)
                       if title in (line.strip() for line in text.splitlines())]
            assert on_page == [page], f"{pack.example.name}: “{title}” is listed on page {page}, found on {on_page}"


def test_outline_and_contents_links_open_the_section_pages(exported_packs: list[ExportedPack]) -> None:
    from pypdf import PdfReader

    for pack in exported_packs:
        rows = contents_rows(layout_pages(pack.result.path))
        reader = PdfReader(str(pack.result.path))
        index = page_index(reader)
        assert {item.title: index[item.page.idnum] for item in reader.outline} == rows
        links = [annot.get_object() for annot in reader.pages[1]["/Annots"]]
        links = sorted((link for link in links if link["/Subtype"] == "/Link"), key=lambda link: -link["/Rect"][3])
        # one link per row, top to bottom in the rows' order, each as wide as the row (title, dots and number)
        assert [index[link["/Dest"][0].idnum] for link in links] == list(rows.values())
        assert len({(link["/Rect"][0], link["/Rect"][2]) for link in links}) == 1
