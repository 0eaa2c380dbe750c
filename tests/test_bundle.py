"""The frozen onedir bundle built from build.spec: it passes its self-test, works offline from the command line, ships
no network client and stays small. The bundles are built once per test session (a few minutes on two cores)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from bench.bundle import Bundles, build_all, measure
from bench.core import Settings
from freeze.inspect import archived_modules, bundle_modules, disk_bytes, found

pytestmark = [pytest.mark.slow, pytest.mark.timeout(2400)]  # the first test builds three bundles

# Network clients, listed here independently of freeze/contents.py (which keeps them out), so that a hook or a new
# dependency that brings one back fails this test. The standard library's urllib.request and http.client stay
# (keyring imports them when it loads, through jaraco.context), and ssl (psycopg imports it, for TLS to a team's
# PostgreSQL server); the app never opens a URL (tests/reliability/test_offline.py runs every command with the
# network refused). psycopg is the team database's driver, not a web client.
NETWORK_CLIENTS = (
    "aiohttp", "aiohappyeyeballs", "requests", "urllib3", "httpx", "httpcore", "h11", "h2", "pycurl", "websocket",
    "websockets", "httplib2", "tornado", "twisted", "grpc", "paramiko", "yarl", "certifi",
    "ftplib", "smtplib", "poplib", "imaplib", "nntplib", "telnetlib", "xmlrpc", "http.server",
    "socketserver", "webbrowser",
    "pyhanko.sign.timestamps.aiohttp_client", "pyhanko.sign.timestamps.requests_client",
    "pyhanko_certvalidator.fetchers.aiohttp_fetchers", "pyhanko_certvalidator.fetchers.requests_fetchers",
    "pyhanko.sign.signers.csc_signer", "pyhanko.sign.validation.qualified.eutl_fetch",
)


SIZE_BOUND_MB = 150  # the goal (the bench row "bundle size on disk")


@pytest.fixture(scope="session")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> Bundles:
    """The app bundle, a bare-QWizard bundle and a hello-world bundle, built once for all the tests here."""
    return build_all(tmp_path_factory.mktemp("bundles"))


def run(exe: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout, env=env)


def test_bundle_passes_every_self_test_check(bundles: Bundles) -> None:
    from onsshare_desktop.cli.selftest import CHECK_NAMES

    result = run(bundles.app, "self-test")  # no display: the window check must go offscreen on its own
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name in CHECK_NAMES:
        assert any(line.startswith(f"{name}: ok") for line in lines), (name, result.stdout)
    assert lines[-1] == "self-test ok"
    # Cymraeg ships and works frozen: both catalogues, the Welsh question set, a Welsh pack, the window in Welsh
    assert any(line.startswith("welsh: ok (catalogue translates “Confirmed” as “Wedi'i gadarnhau”") for line in lines)
    assert any(line.startswith("window: ok (main window shown in Welsh") for line in lines)


def test_bundle_exports_a_pack_that_a_source_install_verifies(bundles: Bundles, tmp_path: Path,
                                                              example_files: list[Path]) -> None:
    """The command line in the bundle end to end: identity, draft, signed pack (with the XMP metadata pyHanko
    writes through lxml, as from source), verified both by the bundle and by the code here."""
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.verify import Verdict, verify_pack

    data = tmp_path / "data"
    passphrase = tmp_path / "passphrase.txt"
    passphrase.write_text("correct horse battery staple\n", encoding="utf-8")
    base = ("--data-dir", str(data))
    assert run(bundles.app, *base, "identity", "create", "--name", "Rhian Pritchard", "--org", "Welsh Government",
               "--email", "rhian@example.org", "--passphrase-file", str(passphrase)).returncode == 0
    draft = run(bundles.app, *base, "import-case", str(example_files[0]))
    assert draft.returncode == 0, draft.stderr
    pack = tmp_path / "pack.pdf"
    exported = run(bundles.app, *base, "export", draft.stdout.strip(), "-o", str(pack), "--passphrase-file",
                   str(passphrase))
    assert exported.returncode == 0, exported.stderr
    assert run(bundles.app, *base, "identity", "export-cert", str(tmp_path / "me.pem")).returncode == 0
    verified = run(bundles.app, *base, "verify", "--json", str(pack))
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert json.loads(verified.stdout)[0]["verdict"] == "trusted"
    copies = [tmp_path / f"copy-{n}.pdf" for n in range(4)]  # enough files for verify to start worker processes
    for copy in copies:
        copy.write_bytes(pack.read_bytes())
    batch = run(bundles.app, *base, "verify", "--json", *map(str, copies))
    assert batch.returncode == 0, batch.stdout + batch.stderr
    assert [r["verdict"] for r in json.loads(batch.stdout)] == ["trusted"] * 4
    data_bytes = pack.read_bytes()
    assert b"/Metadata" in data_bytes  # pyHanko's XMP stream: lxml.etree works in the bundle
    trust = TrustStore(tmp_path / "trust", extra=[])
    trust.add((tmp_path / "me.pem").read_bytes())
    assert verify_pack(data_bytes, trust).verdict is Verdict.TRUSTED


def test_bundle_ships_no_network_client(bundles: Bundles) -> None:
    modules = bundle_modules(bundles.app.parent, bundles.app.name)
    # the scan reads the archive and the files on disk: what the app needs is seen
    for needed in ("onsshare_desktop.pack.sign", "pyhanko.sign.signers", "PySide6.QtWidgets", "sqlalchemy.orm",
                   "lxml.etree", "PIL.Image", "keyring.backends.SecretService", "_sqlite3"):
        assert needed in modules, needed
    assert found(modules, NETWORK_CLIENTS) == []


def test_bundle_runs_no_packaging_hooks_and_no_early_qt_import(bundles: Bundles) -> None:
    scripts = archived_modules(bundles.app)
    assert {"pyi_rth_pkgres", "pyi_rth_setuptools"} & scripts == set()
    assert {"rthook_offline", "pyi_rth_pyside6"} <= scripts
    modules = bundle_modules(bundles.app.parent, bundles.app.name)
    assert found(modules, ("pkg_resources", "setuptools", "distutils", "pygments", "pytest")) == []


def test_bundle_carries_no_desktop_library_and_no_dangling_link(bundles: Bundles) -> None:
    """GTK (pulled in by Qt's GTK theme plugin) and the desktop's own X11, font and D-Bus libraries stay out, with
    what only they needed; every library link PyInstaller made still points at a file."""
    internal = bundles.app.parent / "_internal"
    names = {p.name for p in internal.rglob("*.so*")}
    for library in ("libgtk-3.so.0", "libcairo.so.2", "libpango-1.0.so.0", "libatk-1.0.so.0", "libX11.so.6",
                    "libfontconfig.so.1", "libdbus-1.so.3", "libsystemd.so.0", "libgcrypt.so.20", "libstdc++.so.6",
                    "libreadline.so.8"):
        assert library not in names, library
    assert [str(p) for p in internal.rglob("*") if p.is_symlink() and not p.exists()] == []


def test_bundle_ships_one_copy_of_each_library(bundles: Bundles) -> None:
    """Python's hashlib and ssl load the OpenSSL psycopg's build brings, Qt and Python the zstd and xz Pillow's
    brings, and Pillow's libxcb the libXau shipped anyway (freeze/prune.share_duplicates): one copy of each library
    in the bundle, and the self-test (signing, hashing, the PostgreSQL driver, Pillow, the window) passes on them."""
    internal = bundles.app.parent / "_internal"
    for library, name in (("libcrypto", "libcrypto.so.3"), ("libssl", "libssl.so.3"), ("libzstd", "libzstd.so.1"),
                          ("liblzma", "liblzma.so.5"), ("libXau", "libXau.so.6")):
        copies = [p for p in internal.rglob(f"{library}*.so*") if not p.is_symlink()]
        assert len(copies) == 1, copies
        assert (internal / name).resolve() == copies[0].resolve()


def test_bundle_version_and_size(bundles: Bundles) -> None:
    from onsshare_desktop import __version__

    result = run(bundles.app, "--version")
    assert result.returncode == 0 and result.stdout.strip() == f"onsshare-desktop {__version__}"
    # 149.3 MB on Debian 12 with psycopg's binary build (libpq, OpenSSL, Kerberos, LDAP: 9.5 MB), each library
    # shipped once (freeze/prune.share_duplicates)
    assert disk_bytes(bundles.app.parent) / 1e6 <= SIZE_BOUND_MB


def test_bundle_benchmark_reports_its_three_rows(bundles: Bundles, tmp_path: Path) -> None:
    """The rows of ``python -m bench --bundle``, measured once on the bundles built here (no timing asserted)."""
    rows = measure(bundles, Settings.tiny(), parts_output=tmp_path / "parts.json")
    assert [r.name for r in rows] == ["bundle --version", "bundle cold start to main window shown",
                                      "bundle size on disk"]
    assert rows[0].baseline_median and rows[1].baseline_median and rows[2].baseline_median is None
    parts = json.loads((tmp_path / "parts.json").read_text(encoding="utf-8"))
    assert parts["largest_parts_mb"] and parts["size_mb"] == pytest.approx(rows[2].median, abs=0.1)
