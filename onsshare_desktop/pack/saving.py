"""Write a signed PDF so that its name never points at half a file: the bytes go to a hidden file beside it,
are flushed to the disk, and only then take the name (``os.replace``). Used by pack and record export."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _


def write_atomically(path: Path, data: bytes) -> None:
    move_into_place(write_part(path, data), path)


def write_part(path: Path, data: bytes) -> Path:
    """``data`` in a hidden file beside ``path``, flushed to the disk; ``move_into_place`` then gives it its name."""
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


def move_into_place(tmp: Path, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _cannot_write(path, exc) from None


def _cannot_write(path: Path, exc: OSError) -> UserError:
    return UserError(_("Cannot write {path}: {reason}").format(path=path, reason=exc.strerror or exc))
