"""What commands print passes through ``escape_controls``: no command ever writes a raw control character.

Names, titles, answers, file names and certificate fields printed by commands come from files someone else made
(received packs, case files, certificates); a control character in them could drive the reader's terminal
(``ESC [`` sequences). ``escaped_output`` wraps standard output and error while a command runs, so every ``print``
of every command goes through the one helper, JSON included (the escape is valid inside a JSON string).

A reader that stops reading (``verify PACK | head -1``) closes the pipe: the stream then goes to ``os.devnull``
(``cli.pipes``), the command finishes as it would have and exits with its own status.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from onsshare_desktop.cli.pipes import flush_quietly, to_devnull
from onsshare_desktop.domain.control_chars import escape_controls


class EscapingStream:
    """A text stream that escapes control characters (tab and line feed pass) before writing to ``stream``."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.buffer = EscapingBuffer(stream)

    def write(self, text: str) -> int:
        try:
            self._stream.write(escape_controls(text))
        except BrokenPipeError:
            to_devnull(self._stream)
        return len(text)

    def flush(self) -> None:
        flush_quietly(self._stream)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, encoding, fileno...: the wrapped stream's
        return getattr(self._stream, name)


class EscapingBuffer:
    """``sys.stdout.buffer`` for commands that write bytes (UTF-8 text, e.g. ``export-case``): escaped as well."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, data: bytes) -> int:
        try:
            self._stream.write(escape_controls(data.decode("utf-8", errors="replace")))
        except BrokenPipeError:
            to_devnull(self._stream)
        return len(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(getattr(self._stream, "buffer", self._stream), name)


@contextmanager
def escaped_output() -> Iterator[None]:
    """Standard output and error escape control characters until the block ends."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingStream(sys.stdout), EscapingStream(sys.stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        for stream in saved:  # what is still buffered goes now, while a closed pipe is still handled here
            flush_quietly(stream)
        sys.stdout, sys.stderr = saved

