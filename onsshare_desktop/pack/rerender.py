"""How each built-in signed document kind is rendered from its signed data: used both to make a document and, by
the pages check (``pack.pages``), to render it again when it is verified. One code path, so a genuine document
always re-renders to the same pages. Each renders in the language its manifest records (``i18n.use_language``, on
the rendering thread only). Imports reportlab: load lazily.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from onsshare_desktop.domain.documents import DocumentKind
from onsshare_desktop.i18n import _, use_language
from onsshare_desktop.pack.manifest import CASE_FILE, PREVIOUS_CASE_FILE, PackManifest, Renderer
from onsshare_desktop.pack.reading import Refusal, Refused

if TYPE_CHECKING:
    from onsshare_desktop.domain.case import Case
    from onsshare_desktop.domain.questions import QuestionSet
    from onsshare_desktop.identity.certificates import SignerInfo
    from onsshare_desktop.pack.reading import SignedPdf
    from onsshare_desktop.pack.render import RenderedPack

RENDERER_NAME = "reportlab"


def _reportlab_version() -> str:
    import reportlab

    return str(reportlab.Version)


def pack_renderer() -> Renderer:
    """What a new pack's manifest records about its renderer."""
    from onsshare_desktop.pack.render import LAYOUT_VERSION

    return Renderer(RENDERER_NAME, _reportlab_version(), f"pack-{LAYOUT_VERSION}")


def record_renderer() -> Renderer:
    """What a new screening record's manifest records about its renderer."""
    from onsshare_desktop.pack.record_pages import LAYOUT_VERSION

    return Renderer(RENDERER_NAME, _reportlab_version(), f"record-{LAYOUT_VERSION}")


def document_renderer() -> Renderer:
    """What a new return note, decision letter or benefits report records about its renderer."""
    from onsshare_desktop.pack.document_pages import LAYOUT_VERSION

    return Renderer(RENDERER_NAME, _reportlab_version(), f"document-{LAYOUT_VERSION}")


def created_at(manifest: PackManifest) -> datetime:
    """The manifest's creation time (UTC), as the pages show it; ``Refused`` if it is not a time."""
    try:
        when = datetime.fromisoformat(manifest.created_at)
    except ValueError:
        raise Refused(Refusal.NOT_A_PACK, _("the manifest's creation time is not a date and time")) from None
    return when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when.astimezone(timezone.utc)


def render_pack_pages(case: "Case", qs: "QuestionSet", manifest: PackManifest, signer: "SignerInfo",
                      previous: "Case | None" = None) -> "RenderedPack":
    """A pack's pages from exactly what its signed revision holds: the case, the manifest, the signer's
    certificate and the previous version when it embeds one (export and verification both call this).

    The pages are written in the manifest's language; ``qs`` is the question set in that language."""
    from onsshare_desktop.pack.render import PackInfo, render_pack

    info = PackInfo(pack_id=manifest.pack_id, created_at=created_at(manifest), signer=signer,
                    app_version=manifest.app_version)
    with use_language(manifest.language):
        return render_pack(case, qs, info, previous=previous)


def _rerender_pack(signed: "SignedPdf", manifest: PackManifest, case: Any) -> bytes:
    from onsshare_desktop.domain.case_io import load_case
    from onsshare_desktop.domain.questions import load_question_set

    case = case if case is not None else load_case(signed.files[CASE_FILE].data)
    with use_language(manifest.language):
        qs = load_question_set(case.form_id, case.form_version)  # the questions in the pack's language
    previous_file = signed.files.get(PREVIOUS_CASE_FILE)  # its hash was checked with the pack's contents
    previous = load_case(previous_file.data) if previous_file is not None else None
    return render_pack_pages(case, qs, manifest, signed.signer, previous).pdf


def _rerender_record(signed: "SignedPdf", manifest: PackManifest, record: Any) -> bytes:
    from onsshare_desktop.pack.record_pages import render_record

    with use_language(manifest.language):
        return render_record(record, manifest.pack_id)


def _rerender_document(signed: "SignedPdf", manifest: PackManifest, document: Any) -> bytes:
    from onsshare_desktop.pack.document_pages import render_document

    with use_language(manifest.language):
        return render_document(document, manifest.pack_id)


# What ``pack.pages`` registers when it first needs a kind (this module imports reportlab: loaded only then).
BUILT_IN_KINDS: dict[str, tuple[Callable[["SignedPdf", PackManifest, Any], bytes], Callable[[], Renderer]]] = {
    "pack": (_rerender_pack, pack_renderer),
    "record": (_rerender_record, record_renderer),
    **{kind.value: (_rerender_document, document_renderer) for kind in DocumentKind},
}
