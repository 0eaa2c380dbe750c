"""File names: the pack naming convention pieces and safe names for extracted files."""

from __future__ import annotations

from pathlib import Path

import pytest

from onsshare_desktop.pack.names import embedded_attachment_name, safe_file_name, slug, unused_path


@pytest.mark.parametrize(("name", "expected"), [
    ("report.pdf", "report.pdf"),
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\me\\dpia.docx", "dpia.docx"),
    ("..", "file"),
    (".", "file"),
    ("", "file"),
    ("a..b.pdf", "a.b.pdf"),
    ("bad\x00name\n.txt", "badname.txt"),
    ('what?<>:"|*.pdf', "what.pdf"),
    ("CON.txt", "file-CON.txt"),
    ("...hidden", "hidden"),
])
def test_safe_file_name(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_long_names_are_shortened_keeping_the_extension() -> None:
    name = safe_file_name("x" * 300 + ".pdf")
    assert len(name) <= 120 and name.endswith(".pdf")


def test_unused_path_never_returns_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "case.json").write_text("1")
    (tmp_path / "case (2).json").write_text("2")
    assert unused_path(tmp_path, "case.json") == tmp_path / "case (3).json"
    assert unused_path(tmp_path, "README") == tmp_path / "README"


def test_slug_and_embedded_names_are_ascii() -> None:
    assert slug("Llywodraeth Cymru – Welsh Government", "x") == "llywodraeth-cymru-welsh-government"
    assert slug("!!!", "fallback") == "fallback"
    assert embedded_attachment_name(3, "Asesiad ôl-effaith.pdf") == "attachment-003-Asesiad ol-effaith.pdf"
