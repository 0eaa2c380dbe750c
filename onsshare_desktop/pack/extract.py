"""Write a verified pack's case, manifest and attachments into a folder: safe names only, never overwriting."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _
from onsshare_desktop.pack.manifest import CASE_FILE, MANIFEST_FILE
from onsshare_desktop.pack.names import safe_file_name, unused_path

if TYPE_CHECKING:
    from onsshare_desktop.pack.verify import PackReport


def _write_new(path: Path, data: bytes) -> None:
    """Create ``path`` (it must not exist: ``O_EXCL`` also refuses a symlink planted there)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def extract_pack(report: "PackReport", folder: Path) -> list[Path]:
    """Write the files of an intact pack into ``folder`` (created if needed) and return their paths."""
    if report.case_bytes is None or report.manifest is None:
        raise UserError(_("Only an intact pack can be extracted."))
    manifest = next((f.data for f in report.files if f.name == MANIFEST_FILE), report.manifest.dump())
    files: list[tuple[str, bytes]] = [(CASE_FILE, report.case_bytes), (MANIFEST_FILE, manifest)]
    files += [(safe_file_name(a.ref.file_name, fallback="attachment"), a.data) for a in report.attachments]
    written: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files:
            path = unused_path(folder, name)
            _write_new(path, data)
            written.append(path)
    except OSError as exc:
        raise UserError(_("Cannot write into {folder}: {reason}").format(
            folder=folder, reason=exc.strerror or exc)) from None
    return written
