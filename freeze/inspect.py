"""Look inside a built onedir bundle: the modules it can import, its size on disk and its largest parts.

    .venv/bin/python -m freeze.inspect dist/onsshare-desktop
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

EXTENSION_SUFFIXES = (".so", ".pyd")


def _internal(bundle: Path) -> Path:
    return bundle / "_internal" if (bundle / "_internal").is_dir() else bundle


def archived_modules(executable: Path) -> set[str]:
    """Module names in the executable's archive (run-time hooks and the entry script) and its PYZ."""
    from PyInstaller.archive.readers import pkg_archive_contents

    return set(pkg_archive_contents(str(executable), recursive=True))


def _module_name(relative: Path) -> str:
    parts = list(relative.parts)
    name = parts[-1]
    for suffix in EXTENSION_SUFFIXES + (".pyc", ".py"):
        if name.endswith(suffix):
            name = name[: -len(suffix)].split(".")[0]  # _ssl.cpython-311-x86_64-linux-gnu.so -> _ssl
            break
    parts[-1] = name
    if parts[:2] == ["python3" + f".{sys.version_info.minor}", "lib-dynload"] or parts[0].startswith("python3"):
        parts = parts[2:] if len(parts) > 2 and parts[1] == "lib-dynload" else parts
    return ".".join(p for p in parts if p != "__init__")


def bundle_modules(bundle: Path, executable_name: str) -> set[str]:
    """Every module the bundle could import: archived ones, the base library, and files on disk (extensions and
    packages collected as files, with the folders that hold them)."""
    internal = _internal(bundle)
    names = archived_modules(bundle / executable_name)
    base = internal / "base_library.zip"
    if base.exists():
        with zipfile.ZipFile(base) as zf:
            names |= {_module_name(Path(n)) for n in zf.namelist() if n.endswith((".pyc", ".py"))}
    for path in internal.rglob("*"):
        if path.is_file() and (path.suffix in EXTENSION_SUFFIXES or path.suffix in (".py", ".pyc")
                               or ".so." not in path.name and ".cpython-" in path.name):
            relative = path.relative_to(internal)
            module = _module_name(relative)
            names.add(module)
            pieces = module.split(".")
            names |= {".".join(pieces[:i]) for i in range(1, len(pieces))}
    return names


def found(modules: set[str], forbidden: tuple[str, ...]) -> list[str]:
    """The modules (sorted) that are one of ``forbidden`` or inside one of those packages."""
    return sorted(m for m in modules if any(m == f or m.startswith(f + ".") for f in forbidden))


def disk_bytes(path: Path) -> int:
    """Space a file or folder takes on disk (as ``du`` counts it)."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_blocks * 512 for p in files)


def largest_parts(bundle: Path, count: int = 10) -> list[tuple[str, int]]:
    """The ``count`` largest parts: each top-level entry, with Qt's libraries and plugin folders counted apart."""
    internal = _internal(bundle)
    parts: dict[str, int] = {}
    for entry in internal.iterdir():
        if entry.is_symlink():  # e.g. libQt6Core.so.6 beside PySide6/Qt/lib/libQt6Core.so.6: counted there
            continue
        if entry.name == "PySide6":
            qt = entry / "Qt"
            for sub in list((qt / "lib").iterdir() if (qt / "lib").is_dir() else []) + \
                    list((qt / "plugins").iterdir() if (qt / "plugins").is_dir() else []):
                parts[str(sub.relative_to(internal))] = disk_bytes(sub)
            rest = disk_bytes(entry) - sum(v for k, v in parts.items() if k.startswith("PySide6/"))
            parts["PySide6 (bindings)"] = rest
        else:
            parts[entry.name] = disk_bytes(entry)
    return sorted(parts.items(), key=lambda item: -item[1])[:count]


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else Path("dist/onsshare-desktop")
    from freeze.contents import NETWORK_CLIENTS

    print(f"{bundle}: {disk_bytes(bundle) / 1e6:.1f} MB on disk")
    for name, size in largest_parts(bundle, 15):
        print(f"  {size / 1e6:7.1f} MB  {name}")
    modules = bundle_modules(bundle, bundle.name)
    print(f"{len(modules)} modules; network clients inside: {found(modules, NETWORK_CLIENTS.modules) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
