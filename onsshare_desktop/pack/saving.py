"""Write a signed PDF so that its name never points at half a file: the bytes go to a hidden file beside it,
are flushed to the disk, and only then take the name (``os.replace``). Used by pack and record export."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _

T = TypeVar("T")


def write_checked(path: Path, data: bytes, check: Callable[[], T]) -> T:
    """Write ``data`` to ``path`` atomically once ``check()`` has returned, and return what it returned.

    The bytes are written and flushed on a helper thread while ``check`` runs (the disk syncs while the CPU
    checks); if ``check`` raises, the hidden file is removed and the name is never taken."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        part = pool.submit(_write_part, path, data)
        try:
            result = check()
        except BaseException:
            _discard(part)
            raise
    _move_into_place(part.result(), path)
    return result


def _discard(part: "Future[Path]") -> None:
    """Remove the hidden file of data that is not to be saved (nothing to do if writing it failed)."""
    if part.exception() is None:
        part.result().unlink(missing_ok=True)


def _write_part(path: Path, data: bytes) -> Path:
    """``data`` in a hidden file beside ``path``, flushed to the disk; ``_move_into_place`` then gives it its name."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _cannot_write(path, exc) from None
    return tmp


def _move_into_place(tmp: Path, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _cannot_write(path, exc) from None


def _cannot_write(path: Path, exc: OSError) -> UserError:
    return UserError(_("Cannot write {path}: {reason}").format(path=path, reason=exc.strerror or exc))
