"""Keep PySide6 6.12 from crashing the app on Python 3.11.

The PySide6 6.12.0 wheels return ``None``, ``True`` and ``False`` from many calls (every ``void`` method such
as ``QLineEdit.setText``, ``findChild`` finding nothing, a signal delivered to a Python slot) without taking a
reference, as Python 3.12+ allows because those objects are immortal there. On Python 3.11 each such call
drops one reference that was never taken; after a few thousand calls the interpreter aborts with
``Fatal Python error: none_dealloc`` (measured: about 5,000 ``setText`` calls after start-up).

``protect_singletons`` gives the three objects enough spare references that the count can never reach zero in
the life of a process (2**40 calls), which is what 3.12 does by design. It does nothing on Python 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

_SPARE_REFERENCES = 1 << 40
_protected = False


def protect_singletons() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal on Python < 3.12 (idempotent)."""
    global _protected
    if _protected or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _SPARE_REFERENCES
    _protected = True
