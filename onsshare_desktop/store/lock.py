"""One app per data folder: an OS file lock that a second process cannot take while the first holds it.

The lock is the open file itself (``flock`` on POSIX, ``msvcrt.locking`` on Windows), so the operating system
releases it when the holder exits or is killed: a crash never leaves a stale lock behind. The file also holds
the holder's process id, for the message only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import _
from onsshare_desktop.paths import DataPaths

LOCK_FILE_NAME = "onsshare.lock"
_held_here: set[Path] = set()  # data folders whose lock this process holds


class DataFolderInUse(UserError):
    """Another onsshare-desktop (window or command) is using the same data folder."""

    exit_status = 3

    def __init__(self, folder: Path, holder_pid: int | None) -> None:
        who = _(" (process {pid})").format(pid=holder_pid) if holder_pid else ""
        super().__init__(_("Another onsshare-desktop{who} is using this data folder ({folder}). Close it first, "
                           "or use the window that is already open.").format(who=who, folder=folder))
        self.folder = folder
        self.holder_pid = holder_pid


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class DataFolderLock:
    """Exclusive use of one data folder by this process. Use as a context manager, or acquire/release.

    The GUI holds it for its whole life; CLI commands that change data take it for their run. Read-only
    commands need not take it (SQLite itself keeps concurrent readers safe).
    """

    def __init__(self, paths: DataPaths) -> None:
        self.path = paths.root / LOCK_FILE_NAME
        self._folder = paths.root.resolve()
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise ``DataFolderInUse`` naming the holder's process id."""
        if self._fd is not None:
            return
        self._folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            holder = _read_pid(fd)
            os.close(fd)
            raise DataFolderInUse(self._folder, holder)
        # The lock guards the first byte on Windows, so the pid is written after it.
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f" {os.getpid()}\n".encode("ascii"))
        self._fd = fd
        _held_here.add(self._folder)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _held_here.discard(self._folder)
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> "DataFolderLock":
        self.acquire()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.release()


def in_use_elsewhere(paths: DataPaths) -> bool:
    """Whether another process holds ``paths``' lock (False when this process holds it, or nobody does)."""
    if paths.root.resolve() in _held_here:
        return False
    probe = DataFolderLock(paths)
    try:
        probe.acquire()
    except DataFolderInUse:
        return True
    probe.release()
    return False


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 1, os.SEEK_SET)  # byte 0 is the one locked on Windows
        text = os.read(fd, 64).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None
