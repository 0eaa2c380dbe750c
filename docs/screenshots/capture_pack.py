"""Capture a signed pack's first and last pages into docs/screenshots/, in English (``pack-page-1.png``,
``pack-page-last.png``) or, with ``--lang cy``, in Welsh (``pack-cy-page-1.png``, ``pack-cy-page-last.png``).

Runs the command line as a user would, in a throwaway data folder: a signing identity, the example Welsh
Government request (``import-case``), ``export`` in the language asked for, then ``verify`` in the other language
(the pages check renders the pack again in the language its manifest records), and renders the two pages with
pdftoppm at 96 dpi. Prints what ``pdfsig`` and ``qpdf --check`` say of the pack.

    .venv/bin/python docs/screenshots/capture_pack.py [OUTPUT_FOLDER] [--lang cy|en]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "resources" / "examples" / "welsh-government-housing.json"
PASSPHRASE = "correct horse battery staple"


def command(*argv: str) -> str:
    """Run one command of the app in this process; its standard output. Stops the script if it fails."""
    import contextlib
    import io

    from onsshare_desktop.cli import run

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = run(list(argv))
    if status != 0:
        raise SystemExit(f"{' '.join(argv)}: exit status {status}\n{out.getvalue()}")
    return out.getvalue()


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def render_page(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "96", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(stem)], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--lang", choices=("en", "cy"), default="en")
    options = parser.parse_args()
    other = "en" if options.lang == "cy" else "cy"
    prefix = "pack-cy-" if options.lang == "cy" else "pack-"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        passphrase = work / "passphrase.txt"
        passphrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
        data = ["--data-dir", str(work / "data")]
        command(*data, "--lang", options.lang, "identity", "create", "--name", "Dr Eleri Morgan", "--org",
                "Welsh Government", "--email", "eleri.morgan@example.gov.wales", "--passphrase-file", str(passphrase))
        draft = command(*data, "--lang", options.lang, "import-case", str(EXAMPLE)).strip()
        pack = work / "pack.pdf"
        command(*data, "--lang", options.lang, "export", draft, "-o", str(pack), "--passphrase-file",
                str(passphrase))
        print(command(*data, "--lang", other, "verify", str(pack)).splitlines()[0])
        signature = subprocess.run(["pdfsig", str(pack)], capture_output=True, text=True).stdout
        print("pdfsig:", "; ".join(line.strip(" -") for line in signature.splitlines()
                                   if "Signature Validation" in line or "Total document signed" in line))
        check = subprocess.run(["qpdf", "--check", str(pack)], capture_output=True, text=True)
        print("qpdf --check: exit", check.returncode, " ".join(check.stdout.split()))
        render_page(pack, 1, options.out / f"{prefix}page-1.png")
        render_page(pack, page_count(pack), options.out / f"{prefix}page-last.png")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
