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


# Libraries shipped twice, once from the build machine for Python or Qt and once vendored by a wheel under a hashed
# name: (the copy that stays, the one that becomes a link to it), as patterns of bundle paths. Each pair has the same
# SONAME major version, whose ABI its project keeps (and a library loaded twice under two names, as a source install
# does, works only by luck of symbol versioning: one copy is also the sounder).
SHARED_COPIES = (
    # Python's hashlib and ssl use the OpenSSL 3 psycopg's binary build brings (6 MB)
    (r"psycopg_binary\.libs/libcrypto-[0-9a-f]+\.so\.3", r"libcrypto\.so\.3"),
    (r"psycopg_binary\.libs/libssl-[0-9a-f]+\.so\.3", r"libssl\.so\.3"),
    # Qt's zstd (libQt6Core) and Python's xz (_lzma) use Pillow's newer builds of the same libraries (1 MB)
    (r"pillow\.libs/libzstd-[0-9a-f]+\.so\.1[.0-9]*", r"libzstd\.so\.1"),
    (r"pillow\.libs/liblzma-[0-9a-f]+\.so\.5[.0-9]*", r"liblzma\.so\.5"),
    # Pillow's libxcb uses the system's libXau 6 (14 kB), shipped anyway: Pillow's copy is padded to 2 MB by the
    # tool that renamed it (a gap of zeros before its symbol table)
    (r"libXau\.so\.6", r"pillow\.libs/libXau-[0-9a-f]+\.so\.6[.0-9]*"),
)


def share_duplicates(binaries: list[TocEntry], pairs: tuple[tuple[str, str], ...] = SHARED_COPIES) -> list[TocEntry]:
    """``binaries`` with each duplicate of ``pairs`` made a link to the copy that stays, so one copy ships instead of
    two. A pair changes nothing unless exactly one file matches each side."""
    files = [dest for dest, _source, kind in binaries if kind != "SYMLINK"]
    links = {}
    for keeper_pattern, duplicate_pattern in pairs:
        keepers = [d for d in files if re.fullmatch(keeper_pattern, d)]
        duplicates = [d for d in files if re.fullmatch(duplicate_pattern, d)]
        if len(keepers) == 1 and len(duplicates) == 1:
            links[duplicates[0]] = os.path.relpath(keepers[0], PurePath(duplicates[0]).parent)
    shared = []
    for entry in binaries:
        if entry[2] != "SYMLINK" and entry[0] in links:
            print(f"freeze.prune: {entry[0]} is a link to {links[entry[0]]}")
            shared.append((entry[0], links[entry[0]], "SYMLINK"))
        else:
            shared.append(entry)
    return shared
