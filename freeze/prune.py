"""Drop binaries from a PyInstaller TOC together with the shared libraries only they needed."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath

TocEntry = tuple[str, str, str]  # (destination in the bundle, source path, type code)


def _needed_names(source: str) -> set[str]:
    from PyInstaller.depend.bindepend import get_imports

    return {PurePath(name).name for name, _path in get_imports(source)}


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

    A library stays if any binary that stays needs it, directly or indirectly, so libraries collected for another
    reason (a ctypes load, an extension module) are never removed by this.
    """
    gone = {entry[0] for entry in dropped}
    by_name = {PurePath(entry[0]).name: entry for entry in binaries}
    candidates = _reachable(dropped, by_name) - {PurePath(d).name for d in gone}
    staying = [e for e in binaries if e[0] not in gone and PurePath(e[0]).name not in candidates]
    still_needed = _reachable(staying, by_name)
    orphans = {by_name[name][0] for name in candidates - still_needed}
    for dest in sorted(gone | orphans):
        print(f"freeze.prune: leaving out {dest}")
    return [e for e in binaries if e[0] not in gone and e[0] not in orphans]
