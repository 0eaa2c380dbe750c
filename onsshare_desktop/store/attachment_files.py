"""The attachment file store: supporting documents copied into the data folder, named by their SHA-256.

Adding a file copies it into ``DataPaths.attachments / <sha256 hex>`` while hashing it in one pass, so the
bytes a pack later embeds are exactly the bytes that were hashed. Files over the size limit are refused, and
so is a file that changes while it is being copied. No Qt here: the GUI runs ``add`` in a worker thread.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from onsshare_desktop.domain.case import ATTACHMENT_TYPES, AttachmentRef
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _, ngettext

DEFAULT_SIZE_LIMIT = 25 * 1024 * 1024  # 25 MB
CHUNK_SIZE = 1024 * 1024

Progress = Callable[[int, str], None]


class AttachmentError(UserError):
    """A file could not be attached; the message says why and what to do."""


class AttachmentTooLarge(AttachmentError):
    def __init__(self, name: str, size: int, limit: int) -> None:
        super().__init__(_("“{name}” is {size}, which is over the {limit} limit for an attachment. "
                           "Attach a smaller file (for example a PDF without embedded images), "
                           "or send the document to ONS separately.").format(
            name=name, size=format_size(size), limit=format_size(limit)))
        self.size, self.limit = size, limit


class AttachmentChanged(AttachmentError):
    def __init__(self, name: str) -> None:
        super().__init__(_("“{name}” changed while it was being attached, so it was not added. "
                           "Close any program that is still writing it, then attach it again.").format(name=name))


class AttachmentUnreadable(AttachmentError):
    def __init__(self, name: str, reason: str) -> None:
        super().__init__(_("“{name}” could not be attached: {reason}").format(name=name, reason=reason))


def format_size(size: int) -> str:
    """A byte count in words a person reads at a glance: ``812 bytes``, ``14.2 KB``, ``25 MB``."""
    if size < 1024:
        return ngettext("{n} byte", "{n} bytes", size).format(n=size)
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:.1f}".removesuffix(".0") + f" {unit}"
        value /= 1024
    return f"{value:.1f}".removesuffix(".0") + " GB"


class AttachmentStore:
    """Content-addressed copies of attached files under one folder.

    Args:
        folder: where the copies live (``DataPaths.attachments``).
        size_limit: the largest file accepted, in bytes.
    """

    def __init__(self, folder: Path, size_limit: int = DEFAULT_SIZE_LIMIT) -> None:
        self.folder = folder
        self.size_limit = size_limit

    def path_of(self, sha256: str) -> Path:
        """Where the bytes of the attachment with this hash are kept."""
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.folder / sha256

    def contains(self, ref: AttachmentRef) -> bool:
        path = self.path_of(ref.sha256)
        return path.is_file() and path.stat().st_size == ref.size

    def add(self, source: Path, kind: str, progress: Progress | None = None) -> AttachmentRef:
        """Copy ``source`` into the store and return its reference.

        Raises:
            AttachmentTooLarge: the file is over ``size_limit``.
            AttachmentChanged: the file's size or modification time changed during the copy.
            AttachmentUnreadable: the file cannot be read or the copy cannot be written.
        """
        if kind not in ATTACHMENT_TYPES:
            raise ValueError(f"unknown attachment type {kind!r}")
        name = source.name
        try:
            before = source.stat()
        except OSError as exc:
            raise AttachmentUnreadable(name, exc.strerror or str(exc)) from exc
        if not source.is_file():
            raise AttachmentUnreadable(name, _("it is not a file."))
        if before.st_size > self.size_limit:
            raise AttachmentTooLarge(name, before.st_size, self.size_limit)
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            digest, copied, temp = self._copy_hashing(source, before.st_size, progress)
        except OSError as exc:
            raise AttachmentUnreadable(name, exc.strerror or str(exc)) from exc
        try:
            after = source.stat()
            if copied > self.size_limit:
                raise AttachmentTooLarge(name, copied, self.size_limit)
            if (copied, after.st_size, after.st_mtime_ns) != (before.st_size, before.st_size, before.st_mtime_ns):
                raise AttachmentChanged(name)
            os.replace(temp, self.path_of(digest))
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return AttachmentRef(file_name=name, kind=kind, size=copied, sha256=digest, media_type=media_type)

    def _copy_hashing(self, source: Path, expected: int, progress: Progress | None) -> tuple[str, int, Path]:
        """Copy to a temporary file in the store, hashing on the way; stops early past the size limit."""
        sha = hashlib.sha256()
        copied = 0
        fd, temp_name = tempfile.mkstemp(dir=self.folder, prefix=".incoming-")
        temp = Path(temp_name)
        try:
            with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
                while chunk := src.read(CHUNK_SIZE):
                    sha.update(chunk)
                    dst.write(chunk)
                    copied += len(chunk)
                    if copied > self.size_limit:
                        break
                    if progress is not None and expected:
                        progress(min(100, copied * 100 // expected), source.name)
                dst.flush()
                os.fsync(dst.fileno())
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return sha.hexdigest(), copied, temp
