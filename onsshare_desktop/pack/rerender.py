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


def pack_renderers() -> tuple[Renderer, ...]:
    """Every renderer whose packs this app renders again byte for byte: this reportlab, each renderable layout."""
    from onsshare_desktop.pack.render import RENDERABLE_LAYOUTS

    return tuple(Renderer(RENDERER_NAME, _reportlab_version(), f"pack-{n}") for n in RENDERABLE_LAYOUTS)


# Layouts before these print the same text as layout 2 (layout 1, and packs from before renderers were recorded,
# set the same words on differently broken lines), so they are compared by text with a layout-2 render.
_TEXT_OF_LAYOUT = {None: 2, "pack-1": 2}


def pack_layout(renderer: Renderer | None) -> int:
    """The layout a pack's pages are rendered in, by the renderer its manifest names: its own layout when this app
    still renders it, the layout with the same text for the older ones, else (a newer app's) the current one."""
    from onsshare_desktop.pack.render import LAYOUT_VERSION, RENDERABLE_LAYOUTS

    layout = None if renderer is None else renderer.layout
    if layout in _TEXT_OF_LAYOUT:
        return _TEXT_OF_LAYOUT[layout]
    for n in RENDERABLE_LAYOUTS:
        if layout == f"pack-{n}":
            return n
    return LAYOUT_VERSION


def record_renderer() -> Renderer:
    """What a new screening record's manifest records about its renderer."""
    from onsshare_desktop.pack.record_pages import LAYOUT_VERSION

    return Renderer(RENDERER_NAME, _reportlab_version(), f"record-{LAYOUT_VERSION}")


def document_renderer() -> Renderer:
    """What a new return note, decision letter or benefits report records about its renderer."""
    from onsshare_desktop.pack.document_pages import LAYOUT_VERSION

    return Renderer(RENDERER_NAME, _reportlab_version(), f"document-{LAYOUT_VERSION}")


def document_renderers() -> tuple[Renderer, ...]:
    """Every renderer whose return notes, decision letters and benefits reports this app renders again byte for
    byte: this reportlab, each renderable layout."""
    from onsshare_desktop.pack.document_pages import RENDERABLE_LAYOUTS

    return tuple(Renderer(RENDERER_NAME, _reportlab_version(), f"document-{n}") for n in RENDERABLE_LAYOUTS)


def document_layout(renderer: Renderer | None) -> int:
    """The layout a document's pages are rendered in, by the renderer its manifest names: its own when this app
    still renders it, layout 1 for a document from before renderers were recorded, else (a newer app's) the
    current one."""
    from onsshare_desktop.pack.document_pages import LAYOUT_VERSION, RENDERABLE_LAYOUTS

    if renderer is None:
        return 1
    for n in RENDERABLE_LAYOUTS:
        if renderer.layout == f"document-{n}":
            return n
    return LAYOUT_VERSION


def created_at(manifest: PackManifest) -> datetime:
    """The manifest's creation time (UTC), as the pages show it; ``Refused`` if it is not a time."""
    try:
        when = datetime.fromisoformat(manifest.created_at)
    except ValueError:
        raise Refused(Refusal.NOT_A_PACK, _("the manifest's creation time is not a date and time")) from None
    return when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when.astimezone(timezone.utc)


def render_pack_pages(case: "Case", qs: "QuestionSet", manifest: PackManifest, signer: "SignerInfo",
                      previous: "Case | None" = None) -> "RenderedPack":
    """A pack's pages from exactly what its signed revision holds: the case, the manifest (and the layout it
    names), the signer's certificate and the previous version when it embeds one (export and verification both
    call this).

    The pages are written in the manifest's language; ``qs`` is the question set in that language."""
    from onsshare_desktop.pack.render import PackInfo, render_pack

    info = PackInfo(pack_id=manifest.pack_id, created_at=created_at(manifest), signer=signer,
                    app_version=manifest.app_version)
    with use_language(manifest.language):
        return render_pack(case, qs, info, previous=previous, layout=pack_layout(manifest.renderer))


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
        return render_document(document, manifest.pack_id, layout=document_layout(manifest.renderer))


# What ``pack.pages`` registers when it first needs a kind (this module imports reportlab: loaded only then).
# Each: how to render it again, what a new one records as its renderer, and (when it is more than that one) every
# renderer whose documents are rendered again byte for byte.
BUILT_IN_KINDS: dict[str, tuple[Callable[["SignedPdf", PackManifest, Any], bytes], Callable[[], Renderer],
                                 Callable[[], tuple[Renderer, ...]] | None]] = {
    "pack": (_rerender_pack, pack_renderer, pack_renderers),
    "record": (_rerender_record, record_renderer, None),
    **{kind.value: (_rerender_document, document_renderer, document_renderers) for kind in DocumentKind},
}
