"""The capture scripts' common arguments: ``[OUTPUT_FOLDER] [--lang cy]``.

In English (the default) a script takes its screenshots as ``<prefix><name>.png``; with ``--lang cy`` it opens the
app in Welsh and takes the pictures it lists for Welsh as ``<prefix>cy-<name>.png`` (tests/gui/test_screenshot_scripts.py
checks both sets against the committed files).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def parse(argv: list[str] | None = None) -> tuple[Path, str]:
    """The output folder (default: this folder) and the language code."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=HERE)
    parser.add_argument("--lang", choices=("en", "cy"), default="en")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    return args.out, args.lang


def use(language: str) -> None:
    """Make ``language`` the app's (call once the QApplication exists, before any window is made)."""
    from onsshare_desktop.gui.language import apply_language

    apply_language(language)


def named(prefix: str, name: str, language: str) -> str:
    """``wizard-benefit.png`` in English, ``wizard-cy-benefit.png`` in Welsh."""
    return f"{prefix}{name}.png" if language == "en" else f"{prefix}{language}-{name}.png"
