"""Drop binaries from a PyInstaller TOC together with the shared libraries only they needed."""

from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import PurePath

TocEntry = tuple[str, str, str]  # (destination in the bundle, source path, type code)


@functools.cache
def _needed_names(source: str) -> frozenset[str]:
    """The libraries ``source`` links against directly (ELF DT_NEEDED; ``ldd`` would list the whole closure, and
    a library needed only through one that is dropped would look needed by everything)."""
    if sys.platform.startswith("linux"):
        out = subprocess.run(["readelf", "-d", "-W", source], capture_output=True, text=True, check=False).stdout
        return frozenset(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out))
    from PyInstaller.depend.bindepend import get_imports

    return frozenset(PurePath(name).name for name, _path in get_imports(source))


def _reachable(roots: Iterable[TocEntry], by_name: dict[str, TocEntry]) -> set[str]:
    """Names of the bundled libraries ``roots`` load, directly or through each other."""
    seen: set[str] = set()
    stack = [entry[1] for entry in roots]
    while stack:
        for name in _needed_names(stack.pop()):
            if name in by_name and name not in seen:
                seen.add(name)
                stack.append(by_name[name][1])
    return seen


def drop_unused_libraries(binaries: list[TocEntry], dropped: list[TocEntry]) -> list[TocEntry]:
    """``binaries`` without ``dropped`` and without the libraries nothing else in the bundle loads any more.

    A library stays if any binary that stays links against it, directly or through others. One that only dropped
    binaries link against goes, even if PyInstaller also collected it for a ctypes load: the bundle's self-test is
    what shows that nothing needed went.
    """
    gone = {entry[0] for entry in dropped}
    by_name = {PurePath(entry[0]).name: entry for entry in binaries if entry[2] != "SYMLINK"}
    candidates = _reachable(dropped, by_name) - {PurePath(d).name for d in gone}
    staying = [e for e in binaries if e[0] not in gone and PurePath(e[0]).name not in candidates]
    still_needed = _reachable(staying, {name: e for name, e in by_name.items() if e[0] not in gone})
    orphans = {by_name[name][0] for name in candidates - still_needed}
    removed = gone | orphans
    for dest in sorted(removed):
        print(f"freeze.prune: leaving out {dest}")
    return [e for e in binaries if e[0] not in removed]


def drop_dangling_links(toc: list[TocEntry], files: set[str]) -> list[TocEntry]:
    """``toc`` without the links PyInstaller made to files no longer in the bundle (``files``: every destination
    that stays), such as ``libQt6Network.so.6`` at the top pointing into ``PySide6/Qt/lib``."""
    return [e for e in toc if e[2] != "SYMLINK" or os.path.normpath(PurePath(e[0]).parent / e[1]) in files]


OPENSSL_LIBRARIES = ("libcrypto", "libssl")


def share_openssl(binaries: list[TocEntry], donor_dir: str = "psycopg_binary.libs") -> list[TocEntry]:
    """``binaries`` with Python's OpenSSL 3 (``libcrypto.so.3``/``libssl.so.3``, for ``hashlib`` and ``ssl``) made
    links to the OpenSSL 3 psycopg's binary build brings (``psycopg_binary.libs/libcrypto-<hash>.so.3``), so one
    copy ships instead of two (6 MB). OpenSSL keeps its ABI across 3.x, and a process loading both copies, as a
    source install does, works only by luck of symbol versioning: one copy is also the sounder. Nothing changes
    when either side is missing."""
    donors = {}
    for dest, _source, kind in binaries:
        path = PurePath(dest)
        if kind != "SYMLINK" and path.parent.name == donor_dir:
            for library in OPENSSL_LIBRARIES:
                if re.fullmatch(rf"{library}-[0-9a-f]+\.so\.3", path.name):
                    donors[library] = dest
    if set(donors) != set(OPENSSL_LIBRARIES):
        return binaries
    replaced = []
    for entry in binaries:
        library = entry[0].removesuffix(".so.3")
        if entry[2] != "SYMLINK" and library in donors:
            print(f"freeze.prune: {entry[0]} is a link to {donors[library]}")
            replaced.append((entry[0], donors[library], "SYMLINK"))
        else:
            replaced.append(entry)
    return replaced
