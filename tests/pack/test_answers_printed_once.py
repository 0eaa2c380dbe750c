"""Layout 3 (issue 12): each answer is printed once; the policy preconditions refer to the questions that address
them (section, page, a link to the answer) instead of printing every long answer a second time. Packs made by the
previous app version (layout 2) still re-render byte for byte. Export renders the pages once: its self-check
compares the signed pages with the pages it has just rendered, while a received pack is always rendered again."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

import pytest

from bench.maximal_case import long_answer, long_text_questions
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack import render as render_module
from onsshare_desktop.pack import rerender
from onsshare_desktop.pack.export import build_signed_pack, export_pack
from onsshare_desktop.pack.manifest import Renderer
from onsshare_desktop.pack.pages import PagesCheck
from onsshare_desktop.pack.reading import Refusal
from onsshare_desktop.pack.verify import Verdict, verify_pack
from tests.pack.conftest import ExportedPack
from tests.pack.support import EXAMPLES, body_text, load_example, make_identity, without_whitespace

NOW = datetime(2026, 11, 29, 22, 0, tzinfo=timezone.utc)


def long_case(one_pack: ExportedPack) -> Any:
    """The example with every applicable long-text answer 5,000 characters long (each one different)."""
    case = one_pack.case.with_attachments(())
    answers = dict(case.answers)
    for n, question in enumerate(long_text_questions(one_pack.qs)):
        if question.id in answers:
            answers[question.id] = long_answer(5_000, seed=n)
    return replace(case, answers=answers)


def previous_renderer() -> Renderer:
    """What the previous app version (layout 2) recorded in its packs' manifests."""
    return Renderer(rerender.RENDERER_NAME, rerender._reportlab_version(), "pack-2")  # noqa: SLF001


def test_every_long_answer_is_printed_once(one_pack: ExportedPack) -> None:
    case = long_case(one_pack)
    pack = build_signed_pack(case, one_pack.qs, one_pack.signer, {}, now=NOW)
    text = without_whitespace(body_text(pack.pdf))
    long_ids = [q.id for q in long_text_questions(one_pack.qs) if q.id in case.answers]
    assert len(long_ids) >= 10
    counts = {qid: text.count(without_whitespace(case.answers[qid])) for qid in long_ids}
    assert counts == {qid: 1 for qid in long_ids}


def test_the_preconditions_name_the_section_and_page_of_each_answer_and_link_to_it(one_pack: ExportedPack) -> None:
    from pypdf import PdfReader

    from onsshare_desktop.pack.answers import applicable_sections, section_answers

    case, qs = one_pack.case.with_attachments(()), one_pack.qs
    pdf = build_signed_pack(case, qs, one_pack.signer, {}, now=NOW).pdf
    reader = PdfReader(io.BytesIO(pdf))
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    page_of = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    printed = {v.question.id for s in applicable_sections(qs, case) for v in section_answers(qs, case, s)}
    referred = [qs.question(qid) for pre in qs.preconditions for qid in pre.questions if qid in printed]
    links = [a.get_object() for page in reader.pages[2:] for a in page.get("/Annots") or []
             if a.get_object().get("/Subtype") == "/Link"]  # page 2 is the contents; every other link is a reference
    assert len(referred) >= 20 and len(links) == len(referred)
    for question, link in zip(referred, links):
        target = page_of[link["/Dest"][0].idnum]
        assert question.label in texts[target], f"the link for {question.id} leads to page {target + 1}"
    layout_text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=pdf, check=True,
                                 capture_output=True).stdout.decode()
    found = re.search(r"Business case \(in 3\. Justification and other routes\)[ .]*?(\d+)\n", layout_text)
    assert found is not None, "the business case's reference names its section and page"
    assert "Business case" in texts[int(found.group(1)) - 1]


def test_a_pack_of_the_previous_layout_is_still_re_rendered_byte_for_byte(one_pack: ExportedPack, trust: TrustStore,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    case = long_case(one_pack)
    with monkeypatch.context() as patch:
        patch.setattr(rerender, "pack_renderer", previous_renderer)
        old = build_signed_pack(case, one_pack.qs, one_pack.signer, {}, now=NOW)
    report = verify_pack(old.pdf, trust)
    assert report.manifest is not None and report.manifest.renderer == previous_renderer()
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason
    business_case = without_whitespace(case.answers["business_case"])
    assert without_whitespace(body_text(old.pdf)).count(business_case) == 2, "layout 2 printed it twice"


def test_a_pack_whose_manifest_names_the_other_layout_is_refused(one_pack: ExportedPack, trust: TrustStore,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    real_render = render_module.render_pack

    def render_in_layout_3(*args: Any, **kwargs: Any) -> Any:
        return real_render(*args, **{**kwargs, "layout": 3})

    with monkeypatch.context() as patch:
        patch.setattr(rerender, "pack_renderer", previous_renderer)
        patch.setattr(render_module, "render_pack", render_in_layout_3)
        claimed = build_signed_pack(one_pack.case.with_attachments(()), one_pack.qs, one_pack.signer, {}, now=NOW)
    report = verify_pack(claimed.pdf, trust)
    assert report.refusal is Refusal.PAGES_DIFFER, report.reason


def _counting_renders(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real_render = render_module.render_pack

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real_render(*args, **kwargs)

    monkeypatch.setattr(render_module, "render_pack", counted)
    return calls


def test_export_renders_the_pages_once_and_a_received_pack_is_rendered_again(
        one_pack: ExportedPack, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from onsshare_desktop.paths import DataPaths

    paths = DataPaths(tmp_path / "data").ensure()
    signer = make_identity(paths)
    case, qs = load_example(EXAMPLES[0])
    calls = _counting_renders(monkeypatch)
    result = export_pack(case, qs, paths, signer, tmp_path / "p.pdf")
    assert len(calls) == 1, "export renders the pages once and checks the signed pack against them"
    report = verify_pack(result.path, TrustStore(tmp_path / "trust", extra=[signer.certificate]))
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason
    assert len(calls) == 2, "verifying a pack renders its pages again from its signed case.json"


def test_export_self_check_refuses_signed_pages_that_are_not_the_ones_rendered(one_pack: ExportedPack,
                                                                              trust: TrustStore) -> None:
    genuine = build_signed_pack(one_pack.case.with_attachments(()), one_pack.qs, one_pack.signer, {}, now=NOW)
    other = build_signed_pack(one_pack.case.with_attachments(()).with_answer("org_name", "Another Org"),
                              one_pack.qs, one_pack.signer, {}, now=NOW)
    assert verify_pack(genuine.pdf, trust, own_render=genuine.pages).verdict is Verdict.TRUSTED
    report = verify_pack(genuine.pdf, trust, own_render=other.pages)
    assert report.refusal is Refusal.PAGES_DIFFER, report.reason
