"""The build-time helpers of freeze/: deferred run-time hooks and libraries shipped once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from freeze.lazy_hooks import LAZY_HOOKS, defer_hooks
from freeze.prune import share_duplicates

HOOK = """
import sys
import inspect
inspect.hooked_by = "the original hook"
sys.stdout.write("hook ran\\n")
"""

CHECK = """
import sys
exec(open(sys.argv[1]).read())
print("inspect" in sys.modules)
import inspect
print(getattr(inspect, "hooked_by", None))
import inspect
"""


def test_a_deferred_hook_runs_once_when_its_module_is_first_imported(tmp_path: Path) -> None:
    original = tmp_path / "pyi_rth_inspect.py"
    original.write_text(HOOK, encoding="utf-8")
    scripts = [("pyiboot01_bootstrap", "boot.py", "PYSOURCE"), ("pyi_rth_inspect", str(original), "PYSOURCE"),
               ("rthook_offline", "offline.py", "PYSOURCE")]
    deferred = defer_hooks(scripts, tmp_path / "hooks")
    assert [name for name, _path, _kind in deferred] == ["pyiboot01_bootstrap", "pyi_rth_inspect", "rthook_offline"]
    hook = deferred[1][1]
    assert hook != str(original)
    # -I: no site, so nothing imports inspect before the hook is in place
    out = subprocess.run([sys.executable, "-I", "-c", CHECK, hook], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["False", "hook ran", "the original hook"]


def test_the_deferred_hooks_share_one_file_in_the_place_of_the_first(tmp_path: Path) -> None:
    for name in LAZY_HOOKS:
        (tmp_path / f"{name}.py").write_text(f"# {name}\n", encoding="utf-8")
    scripts = [("pyi_rth_multiprocessing", str(tmp_path / "pyi_rth_multiprocessing.py"), "PYSOURCE"),
               ("rthook_offline", "offline.py", "PYSOURCE"),
               ("pyi_rth_pkgutil", str(tmp_path / "pyi_rth_pkgutil.py"), "PYSOURCE"),
               ("pyi_rth_inspect", str(tmp_path / "pyi_rth_inspect.py"), "PYSOURCE")]
    deferred = defer_hooks(scripts, tmp_path / "hooks")
    assert [name for name, _path, _kind in deferred] == ["pyi_rth_multiprocessing", "rthook_offline"]
    text = Path(deferred[0][1]).read_text(encoding="utf-8")
    assert all(f"# {name}" in text for name in LAZY_HOOKS)


def test_each_duplicate_library_becomes_a_link_to_the_copy_that_stays() -> None:
    binaries = [
        ("libcrypto.so.3", "/usr/lib/libcrypto.so.3", "BINARY"),
        ("psycopg_binary.libs/libcrypto-3a0647ea.so.3", "/wheel/libcrypto-3a0647ea.so.3", "BINARY"),
        ("libzstd.so.1", "/usr/lib/libzstd.so.1", "BINARY"),
        ("pillow.libs/libzstd-40ad5e7e.so.1.5.7", "/wheel/libzstd-40ad5e7e.so.1.5.7", "BINARY"),
        ("libXau.so.6", "/usr/lib/libXau.so.6", "BINARY"),
        ("pillow.libs/libXau-154567c4.so.6.0.0", "/wheel/libXau-154567c4.so.6.0.0", "BINARY"),
        ("libXau-154567c4.so.6.0.0", "pillow.libs/libXau-154567c4.so.6.0.0", "SYMLINK"),
        ("libssl.so.3", "/usr/lib/libssl.so.3", "BINARY"),  # no psycopg copy here: stays
    ]
    shared = {dest: (source, kind) for dest, source, kind in share_duplicates(binaries)}
    assert shared["libcrypto.so.3"] == ("psycopg_binary.libs/libcrypto-3a0647ea.so.3", "SYMLINK")
    assert shared["libzstd.so.1"] == ("pillow.libs/libzstd-40ad5e7e.so.1.5.7", "SYMLINK")
    assert shared["pillow.libs/libXau-154567c4.so.6.0.0"] == ("../libXau.so.6", "SYMLINK")
    assert shared["libXau-154567c4.so.6.0.0"] == ("pillow.libs/libXau-154567c4.so.6.0.0", "SYMLINK")
    assert shared["libssl.so.3"] == ("/usr/lib/libssl.so.3", "BINARY")
    assert shared["libXau.so.6"] == ("/usr/lib/libXau.so.6", "BINARY")
