"""What commands print passes through ``escape_controls``: no command ever writes a raw control character.

Names, titles, answers, file names and certificate fields printed by commands come from files someone else made
(received packs, case files, certificates); a control character in them could drive the reader's terminal
(``ESC [`` sequences). ``escaped_output`` wraps standard output and error while a command runs, so every ``print``
of every command goes through the one helper, JSON included (the escape is valid inside a JSON string).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from onsshare_desktop.domain.control_chars import escape_controls


class EscapingStream:
    """A text stream that escapes control characters (tab and line feed pass) before writing to ``stream``."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.buffer = EscapingBuffer(stream)

    def write(self, text: str) -> int:
        self._stream.write(escape_controls(text))
        return len(text)

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
        self._stream.write(escape_controls(data.decode("utf-8", errors="replace")))
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
        sys.stdout, sys.stderr = saved
