"""What you see is what was signed: a pack whose pages do not show its signed ``case.json`` is refused.

The attack: a genuine render of one case, with a different ``case.json`` (and a manifest whose case hash matches it)
embedded, signed by a real key. Every signature check passes; only re-rendering the pages can tell.
"""

from __future__ import annotations

import dataclasses
import io
import random
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

import pytest

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.questions import QuestionSet
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack import render as render_module
from onsshare_desktop.pack.export import build_signed_pack
from onsshare_desktop.pack.pages import PagesCheck
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


# --- genuine packs all pass ----------------------------------------------------------------------------------------


def test_every_example_pack_passes_by_re_rendering(exported_packs: list[ExportedPack], trust: TrustStore) -> None:
    for pack in exported_packs:
        report = verify_pack(pack.result.path, trust)
        assert report.verdict is Verdict.TRUSTED, (pack.example.name, report.reason)
        assert report.pages_check is PagesCheck.RE_RENDERED
        assert "every page is exactly what its signed data renders as" in report.reason
        assert report.to_json()["pages_check"] == "re-rendered"


def _longest_answers(case: Case, qs: QuestionSet) -> Case:
    """Every free-text answer long (up to 1,500 characters), with long words and a URL in it.

    (Answers longer than a page still break the layout itself on this code: issue 12 is on it.)"""
    answers = dict(case.answers)
    for question in qs.questions():
        if question.type in ("textarea", "text") and isinstance(answers.get(question.id), str):
            limit = min(question.max_length or 1500, 1500)
            unit = ("Linked administrative records https://www.ons.gov.uk/aboutus/transparencyandgovernance/"
                    "datastrategy?section=sharing&x=1 pseudonymisation " * 60)
            answers[question.id] = (answers[question.id] + "\n\n" + unit)[:limit].rstrip()
    return replace(case, answers=answers)


@pytest.mark.timeout(120)
def test_generated_long_cases_pass_by_re_rendering(one_pack: ExportedPack, trust: TrustStore) -> None:
    from bench.reference_case import reference_case

    reference, files = reference_case()
    longest = _longest_answers(one_pack.case.with_attachments(()), one_pack.qs)
    for case, attachments in ((reference, files), (longest, {})):
        pack = build_signed_pack(case, one_pack.qs, one_pack.signer, attachments,
                                 now=datetime.now(timezone.utc).replace(microsecond=0))
        report = verify_pack(pack.pdf, trust)
        assert report.verdict is Verdict.TRUSTED, (case.case_ref, report.reason)
        assert report.pages_check is PagesCheck.RE_RENDERED and pack.page_count >= 10


# --- the forgery, wherever the changed answer lands --------------------------------------------------------------


@pytest.mark.parametrize("question", ["project_title", "retention_period"])
def test_forged_answer_is_refused_naming_a_page(question: str, one_pack: ExportedPack, trust: TrustStore,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    genuine = one_pack.case.with_attachments(())
    forged = genuine.with_answer(question, str(genuine.answers[question]) + " (changed)")
    report = verify_pack(forged_pack(genuine, forged, one_pack, monkeypatch), trust)
    assert report.refusal is Refusal.PAGES_DIFFER
    assert re.search(r"^page \d+ does not show what the signed data says", report.reason)


# --- pages changed inside the signed revision --------------------------------------------------------------------


def pack_with_changed_pages(one_pack: ExportedPack, change: Callable[[Any], None],
                            monkeypatch: pytest.MonkeyPatch) -> bytes:
    """A genuine pack whose rendered PDF ``change`` edits (in an incremental update) before it is signed: the edit
    is inside the signed revision, so the signature holds."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    real_render = render_module.render_pack

    def render_then_change(*args: Any, **kwargs: Any) -> Any:
        rendered = real_render(*args, **kwargs)
        writer = IncrementalPdfFileWriter(io.BytesIO(rendered.pdf))
        change(writer)
        out = io.BytesIO()
        writer.write(out)
        return dataclasses.replace(rendered, pdf=out.getvalue())

    with monkeypatch.context() as patch:
        patch.setattr(render_module, "render_pack", render_then_change)
        pack = build_signed_pack(one_pack.case.with_attachments(()), one_pack.qs, one_pack.signer, {},
                                 now=datetime.now(timezone.utc).replace(microsecond=0))
    return pack.pdf


def _page(writer: Any, index: int) -> Any:
    return writer.root["/Pages"]["/Kids"][index]


def _no_change(_writer: Any) -> None:
    pass


def _page_text_changed(writer: Any) -> None:
    """Page 3's content stream with one word of its text replaced."""
    from pyhanko.pdf_utils import generic

    page = _page(writer, 2)
    stream = page["/Contents"]
    data = stream.data
    at = data.index(b") Tj")  # the end of a text string
    changed = generic.StreamObject(stream_data=data[:at - 1] + b"X" + data[at:])
    page[generic.NameObject("/Contents")] = writer.add_object(changed)
    writer.update_container(page)


def _page_rotated(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    page = _page(writer, 1)
    page[generic.NameObject("/Rotate")] = generic.NumberObject(180)
    writer.update_container(page)


def _font_program_swapped(writer: Any) -> None:
    """The first font's embedded program replaced (glyphs could then draw other letters than the text says)."""
    from pyhanko.pdf_utils import generic

    fonts = _page(writer, 0)["/Resources"]["/Font"]
    name = sorted(fonts.keys())[0]
    descendant = fonts[name]
    descriptor = descendant["/FontDescriptor"] if "/FontDescriptor" in descendant else \
        descendant["/DescendantFonts"][0]["/FontDescriptor"]
    program = descriptor["/FontFile2"]
    swapped = generic.StreamObject(stream_data=program.data[:-16] + bytes(16))
    descriptor[generic.NameObject("/FontFile2")] = writer.add_object(swapped)
    writer.update_container(descriptor)


def _annotation(subtype: str) -> Callable[[Any], None]:
    def add(writer: Any) -> None:
        from pyhanko.pdf_utils import generic

        note = generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject(subtype),
            generic.NameObject("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (50, 500, 550, 700)]),
            generic.NameObject("/Contents"): generic.TextStringObject("Approved by ONS, no further checks needed"),
            generic.NameObject("/F"): generic.NumberObject(4)})
        page = _page(writer, 1)
        annots = list(page["/Annots"]) if "/Annots" in page else []
        page[generic.NameObject("/Annots")] = generic.ArrayObject([*annots, writer.add_object(note)])
        writer.update_container(page)
    return add


def _layers(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    group = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/OCG"),
        generic.NameObject("/Name"): generic.TextStringObject("hidden")}))
    writer.root[generic.NameObject("/OCProperties")] = generic.DictionaryObject({
        generic.NameObject("/OCGs"): generic.ArrayObject([group]),
        generic.NameObject("/D"): generic.DictionaryObject({
            generic.NameObject("/OFF"): generic.ArrayObject([group])})})
    writer.update_root()


def _text_field(writer: Any) -> None:
    from pyhanko.pdf_utils import generic

    page_ref = writer.root["/Pages"].raw_get("/Kids")[0]
    field = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/Widget"),
        generic.NameObject("/FT"): generic.NameObject("/Tx"),
        generic.NameObject("/T"): generic.TextStringObject("organisation"),
        generic.NameObject("/V"): generic.TextStringObject("Forged Analytics Ltd"),
        generic.NameObject("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (50, 600, 400, 620)]),
        generic.NameObject("/P"): page_ref}))
    writer.root[generic.NameObject("/AcroForm")] = generic.DictionaryObject({
        generic.NameObject("/Fields"): generic.ArrayObject([field])})
    writer.update_root()
    page = page_ref.get_object()
    annots = list(page["/Annots"]) if "/Annots" in page else []
    page[generic.NameObject("/Annots")] = generic.ArrayObject([*annots, field])
    writer.update_container(page)


def test_a_pack_changed_in_an_update_that_changes_nothing_still_passes(one_pack: ExportedPack, trust: TrustStore,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """An extra revision before signing takes the page-by-page comparison (not the quick one), and a genuine pack
    passes it too."""
    report = verify_pack(pack_with_changed_pages(one_pack, _no_change, monkeypatch), trust)
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason


@pytest.mark.parametrize(("change", "refusal", "words"), [
    (_page_text_changed, Refusal.PAGES_DIFFER, "page 3 does not show"),
    (_page_rotated, Refusal.PAGES_DIFFER, "page 2 does not show"),
    (_font_program_swapped, Refusal.PAGES_DIFFER, "fonts, images or page settings differ"),
    (_annotation("/FreeText"), Refusal.PAGE_OBJECTS, "annotations on page 2"),
    (_annotation("/Square"), Refusal.PAGE_OBJECTS, "annotations on page 2"),
    (_layers, Refusal.PAGE_OBJECTS, "optional content"),
    (_text_field, Refusal.PAGE_OBJECTS, "form fields other than the signature"),
], ids=["text", "rotation", "font-program", "free-text-note", "square", "layers", "text-field"])
def test_page_level_tampering_inside_the_signed_revision_is_refused(
        change: Callable[[Any], None], refusal: Refusal, words: str, one_pack: ExportedPack, trust: TrustStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    report = verify_pack(pack_with_changed_pages(one_pack, change, monkeypatch), trust)
    assert report.refusal is refusal, report.reason
    assert words in report.reason


# --- packs from an older renderer: compared by their text ----------------------------------------------------------


def older_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make packs as an app version from before renderers were recorded did: no renderer in the manifest, and
    not rendered in invariant mode."""
    from onsshare_desktop.pack import rerender

    monkeypatch.setattr(rerender, "pack_renderer", lambda: None)
    real_init = render_module.PackDocTemplate.__init__

    def variant_init(self: Any, *args: Any, **kwargs: Any) -> None:
        real_init(self, *args, **kwargs)
        self.invariant = 0

    monkeypatch.setattr(render_module.PackDocTemplate, "__init__", variant_init)


def test_pack_from_an_older_renderer_is_checked_by_its_text(one_pack: ExportedPack, trust: TrustStore,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    with monkeypatch.context() as patch:
        older_renderer(patch)
        pack = build_signed_pack(one_pack.case.with_attachments(()), one_pack.qs, one_pack.signer, {},
                                 now=datetime.now(timezone.utc).replace(microsecond=0))
    report = verify_pack(pack.pdf, trust)
    assert report.manifest is not None and report.manifest.renderer is None
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.TEXT, report.reason
    assert "every page's text matches its signed data, but its layout and drawing could not be compared" \
        in report.reason


def test_forged_pack_from_an_older_renderer_is_refused_by_its_text(one_pack: ExportedPack, trust: TrustStore,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    genuine = one_pack.case.with_attachments(())
    forged = genuine.with_answer("org_name", "Forged Analytics Ltd")
    with monkeypatch.context() as patch:
        older_renderer(patch)
        data = forged_pack(genuine, forged, one_pack, patch)
    report = verify_pack(data, trust)
    assert report.refusal is Refusal.PAGES_DIFFER and "compared by text" in report.reason
    assert report.reason.startswith("page 1 ")


# --- fuzzing the pages --------------------------------------------------------------------------------------------


def _mutated_page(seed: int) -> Callable[[Any], None]:
    def change(writer: Any) -> None:
        from pyhanko.pdf_utils import generic

        rng = random.Random(seed)
        kids = writer.root["/Pages"]["/Kids"]
        page = kids[rng.randrange(len(kids))]
        data = bytearray(page["/Contents"].data)
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(data))
            data[at] = rng.choice([c for c in b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ "
                                   if c != data[at]])  # a real change (the same byte again changes nothing)
        page[generic.NameObject("/Contents")] = writer.add_object(generic.StreamObject(stream_data=bytes(data)))
        writer.update_container(page)
    return change


@pytest.mark.timeout(300)
def test_fuzzed_page_contents_are_refused_or_unchanged(one_pack: ExportedPack, trust: TrustStore,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    refused = 0
    for seed in range(12):
        data = pack_with_changed_pages(one_pack, _mutated_page(seed), monkeypatch)
        report = verify_pack(data, trust)
        assert report.verdict is Verdict.REFUSED and report.refusal is Refusal.PAGES_DIFFER, (seed, report.reason)
        refused += 1
    assert refused == 12


@pytest.mark.parametrize(("change", "refusal"), [
    (_page_text_changed, Refusal.PAGES_DIFFER), (_annotation("/FreeText"), Refusal.PAGE_OBJECTS),
    (_page_rotated, Refusal.PAGES_DIFFER)], ids=["text", "note", "rotation"])
def test_page_changed_in_the_signing_update_itself_is_refused(change: Callable[[Any], None], refusal: Refusal,
                                                              one_pack: ExportedPack, trust: TrustStore,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Two revisions, as a genuine pack has: the page edit rides in the update that embeds the files and signs, so
    the quick comparison (the re-render is the file's first revision byte for byte) must not be fooled."""
    from pyhanko.pdf_utils import embed

    real_embed = embed.embed_file
    changed: list[bool] = []

    def embed_and_change(writer: Any, *args: Any, **kwargs: Any) -> Any:
        if not changed:
            change(writer)
            changed.append(True)
        return real_embed(writer, *args, **kwargs)

    monkeypatch.setattr(embed, "embed_file", embed_and_change)
    pack = build_signed_pack(one_pack.case.with_attachments(()), one_pack.qs, one_pack.signer, {},
                             now=datetime.now(timezone.utc).replace(microsecond=0))
    monkeypatch.undo()
    report = verify_pack(pack.pdf, trust)
    assert changed and report.refusal is refusal, report.reason


def test_a_new_version_showing_its_changes_embeds_the_previous_case_and_passes(one_pack: ExportedPack,
                                                                              trust: TrustStore) -> None:
    """A version 2 pack's pages open with "Changes since version 1": the previous case travels in the pack
    (previous-case.json, hashed in the manifest) so verification renders the same pages again."""
    previous = one_pack.case.with_attachments(())
    case = replace(previous.with_answer("org_name", "Renamed Trust"), version=2)
    pack = build_signed_pack(case, one_pack.qs, one_pack.signer, {}, previous=previous,
                             now=datetime.now(timezone.utc).replace(microsecond=0))
    report = verify_pack(pack.pdf, trust)
    assert report.verdict is Verdict.TRUSTED and report.pages_check is PagesCheck.RE_RENDERED, report.reason
    assert report.manifest is not None and report.manifest.previous_case_sha256
    assert "previous-case.json" in {f.name for f in report.files}
