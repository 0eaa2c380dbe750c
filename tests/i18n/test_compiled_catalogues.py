"""The committed binary catalogues are the compiled form of the committed sources (run ``./dev.sh i18n``)."""

from __future__ import annotations

import pytest

from onsshare_desktop import catalogues

pytestmark = pytest.mark.parametrize("language", catalogues.TRANSLATED)


def test_the_committed_mo_is_compiled_from_the_committed_po(language):
    committed = catalogues.po_path(language).with_suffix(".mo").read_bytes()
    assert committed == catalogues.mo_bytes(language), "stale .mo: run ./dev.sh i18n and commit the result"


def test_the_committed_qm_is_compiled_from_the_committed_ts(language, tmp_path):
    committed = catalogues.ts_path(language).with_suffix(".qm").read_bytes()
    assert committed == catalogues.qm_bytes(language, tmp_path), "stale .qm: run ./dev.sh i18n and commit the result"
