"""The command line speaks the language of its environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or of ``--lang``:
its messages, its help, argparse's own texts, and the signed documents it makes (issue 18)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from onsshare_desktop import i18n
from onsshare_desktop.cli import run
from tests.pack.support import EXAMPLES, PASSPHRASE, body_text, normalised

CREATE = ("identity", "create", "--name", "Rhian Pritchard", "--org", "Welsh Government", "--email",
          "rhian@example.org")
HOUSING = next(e for e in EXAMPLES if e.stem == "welsh-government-housing")


def cy(english: str) -> str:
    """``english`` as the Welsh catalogue has it (asserting it has a translation)."""
    welsh = i18n.catalogue(i18n.WELSH).gettext(english)
    assert welsh != english, f"no Welsh for {english!r} yet"
    return welsh


def cli(capsysbinary, *argv: str) -> tuple[int, str, str]:
    try:
        status = run(list(argv))
    except SystemExit as done:  # --help and usage errors
        status = int(done.code or 0)
    out, err = capsysbinary.readouterr()
    return status, out.decode("utf-8"), err.decode("utf-8")


def test_the_help_is_welsh_when_the_environment_asks_for_welsh(capsysbinary, monkeypatch) -> None:
    monkeypatch.setenv("LANGUAGE", "cy")
    status, out, _err = cli(capsysbinary, "--help")
    assert status == 0
    assert out.startswith(cy("usage: ") + "onsshare-desktop")
    for english in ("positional arguments", "options", "show this help message and exit",
                    "Prepare, sign and screen requests to share ONS data. Without a command, opens the app."):
        assert " ".join(cy(english).split())[:40] in " ".join(out.split()), english
    assert "--lang cy|en" in out


def test_lang_en_overrides_a_welsh_environment(capsysbinary, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    status, out, _err = cli(capsysbinary, "--lang", "en", "--help")
    assert status == 0 and out.startswith("usage: onsshare-desktop")
    assert "show this help message and exit" in out


def test_lang_cy_overrides_an_english_environment(capsysbinary, monkeypatch) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    status, out, _err = cli(capsysbinary, "--lang", "cy", "list")
    assert status == 0 and out.strip() == cy("No drafts.")


def test_argparse_s_errors_read_in_welsh(capsysbinary, monkeypatch) -> None:
    monkeypatch.setenv("LC_ALL", "cy_GB.UTF-8")
    status, _out, err = cli(capsysbinary, "show")
    assert status == 2
    assert cy("usage: ") in err
    assert cy("%(prog)s: error: %(message)s\n") % {
        "prog": "onsshare-desktop show",
        "message": cy("the following arguments are required: %s") % "PACK"} in err
    status, _out, err = cli(capsysbinary, "--lang", "fr", "list")
    assert status == 2 and cy("invalid choice: %(value)r (choose from %(choices)s)").split(":")[0] in err


def test_a_command_s_messages_read_in_welsh(capsysbinary, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LANGUAGE", "cy")
    status, out, _err = cli(capsysbinary, "verify", str(tmp_path / "missing.pdf"))
    assert status == 2
    assert cy("cannot read the file ({reason})").split("(")[0] in out


def test_an_export_from_the_command_line_records_its_language(capsysbinary, monkeypatch, tmp_path: Path) -> None:
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert cli(capsysbinary, "--lang", "cy", *CREATE, "--passphrase-file", str(passphrase))[0] == 0
    status, out, err = cli(capsysbinary, "--lang", "cy", "import-case", str(HOUSING))
    assert status == 0, err
    draft = out.strip()
    pack = tmp_path / "pecyn.pdf"
    status, out, err = cli(capsysbinary, "--lang", "cy", "export", draft, "-o", str(pack), "--passphrase-file",
                           str(passphrase))
    assert status == 0, err
    status, out, err = cli(capsysbinary, "--lang", "en", "verify", "--json", str(pack))
    [report] = json.loads(out)
    assert report["language"] == "cy" and report["pages_check"] == "re-rendered", report
    text = normalised(body_text(pack.read_bytes()))
    assert cy("Contents") in text and cy("Digital signature") in text
    status, out, _err = cli(capsysbinary, "--lang", "en", "verify", str(pack))
    assert status == 0 and "  written in:         Welsh" in out.splitlines()


def test_a_real_process_follows_language_from_its_environment() -> None:
    """The installed entry point, started as a user starts it: LANGUAGE=cy onsshare-desktop --help."""
    env = {**os.environ, "LANGUAGE": "cy"}
    done = subprocess.run([sys.executable, "-m", "onsshare_desktop", "--help"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith(cy("usage: "))
    done = subprocess.run([sys.executable, "-m", "onsshare_desktop", "--lang", "en", "--help"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("usage: ")


@pytest.mark.parametrize("english", ["usage: ", "options", "%(prog)s: error: %(message)s\n",
                                     "the following arguments are required: %s"])
def test_argparse_s_texts_are_in_the_catalogue(english: str) -> None:
    cy(english)


def test_a_return_note_exported_in_welsh_is_welsh_and_verifies_in_english(capsysbinary, tmp_path: Path) -> None:
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    cli(capsysbinary, *CREATE, "--passphrase-file", str(passphrase))
    draft = cli(capsysbinary, "import-case", str(HOUSING))[1].strip()
    pack = tmp_path / "pack.pdf"
    assert cli(capsysbinary, "export", draft, "-o", str(pack), "--passphrase-file", str(passphrase))[0] == 0
    assert cli(capsysbinary, "import", str(pack))[0] == 0
    ref = "ONS-DSR-EXAMPLE-0001"
    assert cli(capsysbinary, "screen", "move", ref, "start_first_screening")[0] == 0
    assert cli(capsysbinary, "screen", "request", ref, "general", "Name the accredited environment.")[0] == 0
    note = tmp_path / "note.pdf"
    status, out, err = cli(capsysbinary, "--lang", "cy", "return", "export", ref, "-o", str(note),
                           "--passphrase-file", str(passphrase))
    assert status == 0, err
    status, out, _err = cli(capsysbinary, "verify", "--json", str(note))
    [report] = json.loads(out)
    assert report["language"] == "cy" and report["pages_check"] == "re-rendered" and status == 0, report
    text = normalised(body_text(note.read_bytes()))
    assert cy("Office for National Statistics · returned for more information") in text
    assert "1. " + cy("General") in text  # the request's subject, named in the note's language
    assert "Name the accredited environment." in text  # the screener's words, as written
