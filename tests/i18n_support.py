"""A pseudo-Welsh catalogue for tests of the language plumbing.

While the real Welsh catalogue is being written, a test cannot tell a Welsh render from an English one by its
words. ``pseudo_welsh`` stands in for it: every message comes back marked ``ŵ·`` in front (placeholders kept), so a
test sees exactly which texts went through ``_()``/``ngettext()`` in the language it asked for, and ŵ exercises the
fonts too.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from onsshare_desktop import i18n

MARK = "ŵ·"


class PseudoWelsh(gettext.NullTranslations):
    """Every message marked with ``MARK``."""

    def gettext(self, message: str) -> str:
        return MARK + message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return MARK + (msgid1 if n == 1 else msgid2)


@contextmanager
def pseudo_welsh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Within the block, the Welsh catalogue is the pseudo one (English stays the source)."""
    real = i18n.catalogue
    pseudo = PseudoWelsh()
    monkeypatch.setattr(i18n, "catalogue", lambda code: pseudo if code == i18n.WELSH else real(code))
    try:
        yield
    finally:
        monkeypatch.setattr(i18n, "catalogue", real)
