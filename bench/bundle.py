"""The installed app: build the PyInstaller bundle, a bare-QWizard bundle and a hello-world bundle once, then time
whole processes of each (interleaved) and weigh the app bundle.

Rows: the bundle's ``--version`` against the hello-world bundle (the floor of any frozen Python program), its cold
start to the main window shown against the bare-QWizard bundle (the floor of any frozen Qt window), and its size on
disk. The baselines are built by the same PyInstaller with its defaults.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.core import ROOT, Row, Settings, interleaved, summarise, time_process
from bench.startup import BASELINE, fill_drafts

HELLO = 'print("hello")\n'
APP_NAME = "onsshare-desktop"
PARTS = Path(__file__).resolve().parent / "results" / "bundle-parts.json"
BUILD_TIMEOUT_S = 1800


def available() -> bool:
    """True if PyInstaller is installed beside this Python (the dev extra)."""
    return importlib.util.find_spec("PyInstaller") is not None and _pyinstaller().exists()


def _pyinstaller() -> Path:
    return Path(sys.executable).with_name("pyinstaller")


@dataclass(frozen=True)
class Bundles:
    """Executables of the three onedir bundles."""

    app: Path
    wizard: Path
    hello: Path


def _pyinstaller_run(args: list[str], work: Path) -> None:
    result = subprocess.run([str(_pyinstaller()), "--noconfirm", "--log-level", "ERROR", *args],
                            capture_output=True, text=True, timeout=BUILD_TIMEOUT_S, cwd=ROOT)
    if result.returncode != 0:
        raise RuntimeError(f"pyinstaller {' '.join(args)} failed:\n{result.stderr[-4000:]}")


def build_app(folder: Path) -> Path:
    """Build the app bundle from build.spec into ``folder``; returns its executable."""
    _pyinstaller_run(["--distpath", str(folder / "dist"), "--workpath", str(folder / "work"),
                      str(ROOT / "build.spec")], folder)
    return folder / "dist" / APP_NAME / APP_NAME


def build_script(folder: Path, name: str, source: str) -> Path:
    """Build a onedir bundle of a one-file script with PyInstaller's defaults; returns its executable."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / f"{name}.py"
    script.write_text(source, encoding="utf-8")
    _pyinstaller_run(["--onedir", "--name", name, "--distpath", str(folder / "dist"),
                      "--workpath", str(folder / "work"), "--specpath", str(folder), str(script)], folder)
    return folder / "dist" / name / name


def build_all(folder: Path) -> Bundles:
    """The three bundles, each built once, in ``folder``."""
    return Bundles(app=build_app(folder / "app"), wizard=build_script(folder / "wizard", "bare_wizard", BASELINE),
                   hello=build_script(folder / "hello", "hello", HELLO))


def measure(bundles: Bundles, settings: Settings, parts_output: Path | None = PARTS) -> list[Row]:
    """Time and weigh built bundles; the largest parts go to ``parts_output`` (and are printed by ``--bundle``)."""
    from freeze.inspect import disk_bytes, largest_parts

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        data = Path(tmp) / "data"
        fill_drafts(data, 0)  # a returning user's data folder, as in bench.startup
        hello, version, wizard, shown = interleaved(
            settings.repeats,
            lambda: time_process([str(bundles.hello)]),
            lambda: time_process([str(bundles.app), "--version"]),
            lambda: time_process([str(bundles.wizard)]),
            lambda: time_process([str(bundles.app), "--data-dir", str(data)], env={"ONSSHARE_EXIT_WHEN_SHOWN": "1"}),
        )
    app_dir = bundles.app.parent
    size_mb = disk_bytes(app_dir) / 1e6
    parts = [(name, round(size / 1e6, 1)) for name, size in largest_parts(app_dir, 12)]
    if parts_output is not None:
        parts_output.parent.mkdir(parents=True, exist_ok=True)
        parts_output.write_text(json.dumps({"size_mb": round(size_mb, 1), "largest_parts_mb": parts}, indent=2)
                                + "\n", encoding="utf-8")
    return [
        summarise("bundle --version", version, "ms", "<= 1.5 x hello-world bundle", baseline=hello,
                  met=lambda _m, r: r is not None and r <= 1.5),
        summarise("bundle cold start to main window shown", shown, "ms", "<= 1.3 x bare-QWizard bundle",
                  baseline=wizard, met=lambda _m, r: r is not None and r <= 1.3),
        summarise("bundle size on disk", [size_mb], "MB", "<= 150 MB", met=lambda m, _r: m <= 150),
    ]


def run(settings: Settings) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-bundles-") as tmp:
        return measure(build_all(Path(tmp)), settings)


def describe_parts(path: Path = PARTS) -> str:
    """The largest parts of the last measured bundle, one per line."""
    if not path.exists():
        return ""
    parts = json.loads(path.read_text(encoding="utf-8"))
    lines = [f"largest parts of the bundle ({parts['size_mb']:.1f} MB on disk):"]
    lines += [f"  {size:6.1f} MB  {name}" for name, size in parts["largest_parts_mb"]]
    return "\n".join(lines)
