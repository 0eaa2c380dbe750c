"""What you see is what was signed: a pack whose pages do not show its signed ``case.json`` is refused.

The attack: a genuine render of one case, with a different ``case.json`` (and a manifest whose case hash matches it)
embedded, signed by a real key. Every signature check passes; only re-rendering the pages can tell.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest

from onsshare_desktop.domain.case import Case
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack import render as render_module
from onsshare_desktop.pack.export import build_signed_pack
from onsshare_desktop.pack.reading import Refusal
from onsshare_desktop.pack.verify import Verdict, verify_pack
from tests.pack.conftest import ExportedPack


def forged_pack(genuine: Case, forged: Case, one_pack: ExportedPack, monkeypatch: pytest.MonkeyPatch) -> bytes:
    """Pages rendered from ``genuine``; ``case.json`` and ``manifest.json`` of ``forged``; signed by the real key.

    Built by the app's own export with only the renderer swapped, so everything else (manifest, embedding,
    signature) is exactly what a genuine pack holds."""
    real_render = render_module.render_pack

    def render_the_genuine_case(_case: Case, *args: Any, **kwargs: Any) -> Any:
        return real_render(genuine, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(render_module, "render_pack", render_the_genuine_case)
        pack = build_signed_pack(forged, one_pack.qs, one_pack.signer, {},
                                 now=datetime.now(timezone.utc).replace(microsecond=0))
    return pack.pdf


def test_changed_case_json_under_genuine_pages_is_refused(one_pack: ExportedPack, trust: TrustStore,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    genuine = one_pack.case.with_attachments(())
    forged = genuine.with_answer("org_name", "Forged Analytics Ltd")
    data = forged_pack(genuine, forged, one_pack, monkeypatch)
    report = verify_pack(data, trust)
    assert report.verdict is Verdict.REFUSED, report.reason
    assert report.refusal is Refusal.PAGES_DIFFER
    assert "page 1" in report.reason  # the cover names the organisation
    assert report.case is None


def test_genuine_pack_built_the_same_way_is_trusted(one_pack: ExportedPack, trust: TrustStore,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The forging helper itself makes a trusted pack when it does not swap the case (so the test above can fail)."""
    genuine = one_pack.case.with_attachments(())
    report = verify_pack(forged_pack(genuine, genuine, one_pack, monkeypatch), trust)
    assert report.verdict is Verdict.TRUSTED, report.reason
