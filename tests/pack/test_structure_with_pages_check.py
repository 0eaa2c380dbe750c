"""The structural check made with the pages check (``pack.verify``, ``pack.pages``, ``pack.structure``): when the
signed file's first revision is this app's own rendering, only what the signing update added or replaced is walked,
and anything active there is still refused; a structural fault is the reason given whatever else is wrong."""

from __future__ import annotations

import hashlib
import io
from typing import Any

import pytest

from onsshare_desktop.domain.case_io import dump_case
from onsshare_desktop.identity.trust import TrustStore
from onsshare_desktop.pack import structure
from onsshare_desktop.pack.reading import Refusal
from onsshare_desktop.pack.verify import Verdict, verify_pack
from tests.pack.conftest import ExportedPack


def _walks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many objects each structural walk was told it need not enter (0: the whole document is walked)."""
    calls: list[int] = []
    real = structure._walk  # noqa: SLF001

    def walk(root: Any, rendered: Any, trusted: Any, start: Any) -> None:
        calls.append(len(trusted))
        real(root, rendered, trusted, start)

    monkeypatch.setattr(structure, "_walk", walk)
    return calls


def test_a_genuine_pack_walks_only_the_signing_update(exported_packs: list[ExportedPack], trust: TrustStore,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _walks(monkeypatch)
    for pack in exported_packs:
        calls.clear()
        report = verify_pack(pack.result.path, trust)
        assert report.verdict is Verdict.TRUSTED and report.pages_check.value == "re-rendered"
        assert len(calls) == 1 and calls[0] > 50, pack.example.name  # the rendered pages' objects not entered


def _pack_whose_signature_widget_acts(one_pack: ExportedPack, bad_case: bool = False,
                                      page_only: bool = False) -> bytes:
    """A pack signed in one update, as export signs, but whose signature widget runs JavaScript when its page
    opens: its pages are genuine, so only the structural walk of the signing update can find it.

    ``page_only``: the acting widget is a second one, listed on the page but not among the form's fields, so
    nothing leads to it from the catalog except the page tree of the rendered revision."""
    from pyhanko.pdf_utils import embed, generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp.noop import NoOpStampStyle

    from onsshare_desktop.pack.manifest import PackManifest
    from onsshare_desktop.pack.rerender import pack_renderer, render_pack_pages
    from onsshare_desktop.pack.sign import SIGNATURE_FIELD, FileToEmbed, pyhanko_signer

    case = one_pack.case.with_attachments(())
    case_bytes = dump_case(case, one_pack.qs)
    manifest = PackManifest("x", "2026-01-01T00:00:00Z", "test", case.form_id, case.form_version, case.case_ref,
                            case.version, hashlib.sha256(case_bytes).hexdigest(), renderer=pack_renderer())
    rendered = render_pack_pages(case, one_pack.qs, manifest, one_pack.signer.info)
    files = [FileToEmbed("case.json", b"{" if bad_case else case_bytes, "application/json", "case"),
             FileToEmbed("manifest.json", manifest.dump(), "application/json", "manifest")]
    # Embedded and signed in one update, as export does, but the widget is made first and given an action.
    writer = IncrementalPdfFileWriter(io.BytesIO(rendered.pdf))
    for item in files:
        embed.embed_file(writer, embed.FileSpec(file_spec_string=item.name, file_name=item.name,
                                                embedded_data=embed.EmbeddedFileObject.from_file_data(
                                                    writer, item.data, mime_type=item.mime_type)))
    box = rendered.signature_box
    fields.append_signature_field(writer, fields.SigFieldSpec(
        SIGNATURE_FIELD, on_page=box.page, box=tuple(int(round(v)) for v in box.rect)))
    widget = writer.root["/AcroForm"]["/Fields"][0]
    action = generic.DictionaryObject({generic.NameObject("/PO"): writer.add_object(
        generic.DictionaryObject({generic.NameObject("/S"): generic.NameObject("/JavaScript"),
                                  generic.NameObject("/JS"): generic.TextStringObject("app.alert('hi')")}))})
    if page_only:
        page_ref = writer.find_page_for_modification(box.page)[0]
        page = page_ref.get_object()
        acting = generic.DictionaryObject({key: widget[key] for key in ("/Type", "/Subtype", "/FT", "/Rect")})
        acting[generic.NameObject("/AA")] = action
        page[generic.NameObject("/Annots")] = generic.ArrayObject(
            [writer.add_object(acting) if a.get_object() is widget else a for a in page["/Annots"]])
        writer.update_container(page)
    else:
        widget[generic.NameObject("/AA")] = action
    meta = signers.PdfSignatureMetadata(field_name=SIGNATURE_FIELD, md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES)
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=pyhanko_signer(one_pack.signer), stamp_style=NoOpStampStyle()).sign_pdf(
        writer, output=out)
    return out.getvalue()


@pytest.mark.parametrize("page_only", [False, True], ids=["form-field", "page-only"])
def test_an_acting_signature_widget_in_the_signing_update_is_refused(
        one_pack: ExportedPack, trust: TrustStore, monkeypatch: pytest.MonkeyPatch, page_only: bool) -> None:
    data = _pack_whose_signature_widget_acts(one_pack, page_only=page_only)
    calls = _walks(monkeypatch)
    report = verify_pack(data, trust)
    assert report.refusal is Refusal.ACTIVE_CONTENT and "automatic actions" in report.reason
    assert report.files == () and report.case is None
    assert calls and calls[0] > 50  # found by the walk of the signing update alone


def test_a_structural_fault_is_the_reason_given_before_an_invalid_case(one_pack: ExportedPack,
                                                                       trust: TrustStore) -> None:
    report = verify_pack(_pack_whose_signature_widget_acts(one_pack, bad_case=True), trust)
    assert report.refusal is Refusal.ACTIVE_CONTENT and report.files == ()
