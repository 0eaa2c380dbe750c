"""A reader that stops reading is not an error: ``onsshare-desktop verify PACK | head -1``.

When the reader of a pipe exits, the next write to it fails with ``BrokenPipeError`` (Python ignores SIGPIPE). A
command line tool should then stop writing without a traceback. As Python's documentation recommends (the ``signal``
module's note on SIGPIPE), the stream is pointed at ``os.devnull``, so neither later writes nor the flush at exit
fail again. The command still finishes what it was doing (an import is never cut half-way) and exits with its own
status: ``set -o pipefail; onsshare-desktop verify PACK | head -1`` still tells a trusted pack (0) from a refused
one (2). Light to import: the entry point flushes through it after every command, the window's included.
"""

from __future__ import annotations

import os
from typing import TextIO


def flush_quietly(stream: TextIO) -> None:
    """Flush ``stream``; if its reader has gone (a closed pipe), send it to ``os.devnull`` instead of failing."""
    try:
        stream.flush()
    except BrokenPipeError:
        to_devnull(stream)


def to_devnull(stream: TextIO) -> None:
    """Point ``stream``'s file descriptor at ``os.devnull``: what it still holds, and anything written later, goes
    nowhere without an error (neither now nor when Python flushes it at exit). A stream without a file descriptor
    (a test's capture) is left as it is."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)
