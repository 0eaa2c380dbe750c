"""The pages check: a signed document's pages must be exactly what re-rendering its signed data produces.

A signature covers bytes, not meaning: a pack whose pages were rendered from one case and whose ``case.json`` says
another is intact to every signature check. So verification renders the pages again from the signed revision's
data (``case.json`` or ``record.json``, and ``manifest.json``) with the same code that made them (reportlab in
invariant mode: the same input gives the same bytes) and compares, page by page, each page's decoded content
streams, its resources (fonts, images: their decoded programs too) and every other page attribute. Only the
signature widget may be added, and only the links the renderer makes may be there.

Each signed document kind (pack, screening record, and whatever comes next) registers how to re-render itself
with ``register_kind``; ``check_pages`` does the rest. A document whose manifest names another renderer or layout
than this app's (an older app version) cannot be re-rendered byte for byte: its pages are then compared by their
extracted text (``pack.text_check``), and the result says which check was made.

A document is re-rendered in the language its manifest records (``language``; English when it records none), on
this thread only (``i18n.use_language``): a Welsh pack checks on an English screener's machine, and a manifest
whose language was changed after the pages were drawn renders other words, so its pages differ.
"""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from onsshare_desktop.i18n import _, ngettext, use_language
from onsshare_desktop.pack.reading import Refusal, Refused, check_signed_structure
from onsshare_desktop.pack.refusal import pages_differ as pages_differ

if TYPE_CHECKING:
    from onsshare_desktop.pack.manifest import PackManifest, Renderer
    from onsshare_desktop.pack.reading import SignedPdf

MAX_PAGES = 5_000  # a pack of the longest answers has a few hundred
MAX_DEPTH = 40  # nesting of a page's resources (a font's descriptor and program is 4 deep)
MAX_NODES = 200_000  # objects digested per document


class PagesCheck(enum.Enum):
    """Which pages check a document passed."""

    RE_RENDERED = "re-rendered"  # every page identical to a re-render (content streams and resources)
    TEXT = "text"  # made by another renderer: every page's text compared with a re-render's text
    NONE = "none"  # not checked (a kind that does not render pages)


Rerender = Callable[["SignedPdf", "PackManifest", Any], bytes]


@dataclass(frozen=True)
class _Kind:
    rerender: Rerender
    renderer: Callable[[], "Renderer"]
    exact_renderers: Callable[[], tuple["Renderer", ...]] | None = None

    def renders_exactly(self, renderer: "Renderer | None") -> bool:
        """Whether a document whose manifest names ``renderer`` is rendered again byte for byte."""
        if renderer is None:
            return False
        return renderer in (self.exact_renderers() if self.exact_renderers else (self.renderer(),))


_KINDS: dict[str, _Kind] = {}


def register_kind(kind: str, rerender: Rerender, renderer: Callable[[], "Renderer"],
                  exact_renderers: Callable[[], tuple["Renderer", ...]] | None = None) -> None:
    """Teach the pages check a document kind (a manifest's ``kind``).

    Args:
        kind: the manifest's ``kind`` ("pack", "record", ...).
        rerender: the document's pages, rendered again from its signed files and manifest (a PDF's bytes), given
            the signed PDF, its manifest and the content the verifier already parsed (a ``Case`` for a pack, the
            record's JSON for a record). It must call the very function the document was made with. Raises
            ``Refused`` if the data cannot be rendered.
        renderer: what this app records in a new manifest of that kind (``Renderer``): a document whose manifest
            says the same is compared byte for byte, any other by its text.
        exact_renderers: when the app still renders older layouts of the kind (``rerender`` then renders in the
            layout the manifest names), every renderer compared byte for byte; ``renderer``'s alone if not given.
    """
    _KINDS[kind] = _Kind(rerender, renderer, exact_renderers)


def current_renderer(kind: str) -> "Renderer":
    _load_kinds()
    return _KINDS[kind].renderer()


def _load_kinds() -> None:
    """Import the modules that register the built-in kinds (they import reportlab, so only when needed)."""
    if "pack" not in _KINDS:
        from onsshare_desktop.pack.rerender import BUILT_IN_KINDS

        for kind, (rerender, renderer, exact_renderers) in BUILT_IN_KINDS.items():
            register_kind(kind, rerender, renderer, exact_renderers)


def check_pages(signed: "SignedPdf", manifest: "PackManifest", content: Any = None, *,
                own_render: bytes | None = None) -> PagesCheck:
    """Refuse ``signed`` if any page shows something a re-render of its signed data would not.

    ``content`` is the document's data as the verifier parsed it (handed to the kind's ``rerender``).
    ``own_render`` is only for the self-check of a document this process has just made: the pages it rendered from
    this very data, compared instead of rendering them again (rendering is deterministic: the same data gives the
    same bytes). A received document is always rendered again from its signed data.

    Returns which check was made. Raises ``Refused`` with ``PAGES_DIFFER`` (naming the first page that differs)
    or ``PAGE_OBJECTS`` (an annotation, layer or form field a re-render would not make).
    """
    _load_kinds()
    kind = _KINDS.get(manifest.kind)
    if kind is None:
        raise Refused(Refusal.NOT_A_PACK, _("documents of kind “{kind}” are not known to this app").format(
            kind=manifest.kind))
    _refuse_document_extras(signed.root)
    try:
        with use_language(manifest.language):  # the author's language, whatever the reader's
            expected_pdf = own_render if own_render is not None else kind.rerender(signed, manifest, content)
    except Refused:
        raise
    except Exception as exc:  # noqa: BLE001 - signed data our renderer cannot draw was not drawn by it
        raise Refused(Refusal.INVALID_CASE, _("the signed data cannot be rendered as pages ({error})").format(
            error=type(exc).__name__)) from None
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    signed_pages = _pages(signed.root)
    exact = kind.renders_exactly(manifest.renderer)
    revisions = _signed_onto_the_re_render(signed, expected_pdf, signed_pages) if exact else None
    if revisions is not None:
        if not signed.structure_checked:  # only what the signing revision added or replaced can act
            check_signed_structure(signed, *revisions)
        return PagesCheck.RE_RENDERED
    if not signed.structure_checked:
        check_signed_structure(signed)
    expected_pages = _pages(PdfFileReader(io.BytesIO(expected_pdf), strict=False).root)
    # What the pages show first, then what lies on them: where the text differs, the links to answers (whose
    # targets move with the text) differ too, and the text is the better reason to give.
    if exact:
        _compare_pages(signed_pages, expected_pages)
        _compare_annotations(signed_pages, expected_pages)
        return PagesCheck.RE_RENDERED
    from onsshare_desktop.pack.text_check import compare_text

    compare_text(signed.data, expected_pdf, manifest.language)
    _compare_annotations(signed_pages, expected_pages)
    return PagesCheck.TEXT


def pages_sentence(pages: PagesCheck) -> str:
    """What a verdict says about the pages check that was made."""
    if pages is PagesCheck.RE_RENDERED:
        return _("every page is exactly what its signed data renders as")
    if pages is PagesCheck.TEXT:
        return _("made by another version of the app: every page's text matches its signed data, but its "
                 "layout and drawing could not be compared")
    return _("the pages were not checked")


def _page_objects(what: str) -> Refused:
    return Refused(Refusal.PAGE_OBJECTS, _(
        "the PDF has {what}, which this app never puts in a signed document; a viewer would show it on top of or "
        "instead of the signed pages").format(what=what))


# -- document level -------------------------------------------------------------------------------------------------

def _get(dictionary: Any, key: str) -> Any:
    try:
        return dictionary[key]
    except (KeyError, TypeError):
        return None


def _refuse_document_extras(root: Any) -> None:
    """Layers, portfolios, XFA forms and form fields other than the one signature field."""
    if "/OCProperties" in root:
        raise _page_objects(_("optional content (layers that can show or hide parts of a page)"))
    if "/Collection" in root:
        raise _page_objects(_("a portfolio view (viewers show the embedded files instead of the pages)"))
    form = _get(root, "/AcroForm")
    if form is None:
        raise _page_objects(_("no signature field"))
    if "/XFA" in form:
        raise _page_objects(_("an XFA form (some viewers draw it instead of the pages)"))
    if _get(form, "/NeedAppearances"):
        raise _page_objects(_("form fields the viewer is asked to redraw"))
    fields = _get(form, "/Fields")
    if fields is None or len(fields) != 1 or _get(fields[0], "/FT") != "/Sig" or "/Kids" in fields[0]:
        raise _page_objects(_("form fields other than the signature"))


def _pages(root: Any) -> list[tuple[Any, dict[str, Any]]]:
    """Every page in order, with the attributes it inherits from the page tree (iterative walk)."""
    from pyhanko.pdf_utils.generic import IndirectObject

    pages: list[tuple[Any, dict[str, Any]]] = []
    stack: list[tuple[Any, dict[str, Any]]] = [(root.raw_get("/Pages"), {})]
    while stack:
        node_ref, inherited = stack.pop()
        node = node_ref.get_object() if isinstance(node_ref, IndirectObject) else node_ref  # type: ignore[no-untyped-call]
        attrs = dict(inherited)
        for key in ("/Resources", "/MediaBox", "/CropBox", "/Rotate"):
            if key in node:
                attrs[key] = node.raw_get(key)
        kids = _get(node, "/Kids")
        if kids is None:
            pages.append((node_ref, attrs))
            if len(pages) > MAX_PAGES:
                raise Refused(Refusal.TOO_LARGE, _("the PDF has more than {n} pages").format(n=MAX_PAGES))
        else:
            stack.extend((kid, attrs) for kid in reversed(list(kids.raw_get(i) for i in range(len(kids)))))
    return pages


# -- the quick way: the signed file is the re-render plus one update that touches no page content ---------------

Refs = frozenset[tuple[int, int]]


def _signed_onto_the_re_render(signed: "SignedPdf", expected_pdf: bytes, pages: list[tuple[Any, dict[str, Any]]]
                               ) -> tuple[Refs, Refs, list[Any]] | None:
    """Whether the signed file is the re-render, byte for byte, plus one incremental update (the embedded files and
    the signature) that changes no page except to add the signature widget to its annotations.

    Then every page, its contents and resources are the re-render's own objects, so the pages are identical
    without decoding anything. ``None`` means "not shown this way" (the page-by-page comparison decides);
    otherwise, for the structural check (``structure.check_structure``): the objects of the rendered revision,
    those the update replaced or freed, and the update's own objects."""
    from pyhanko.pdf_utils.generic import IndirectObject

    reader = signed.reader
    xrefs = reader.xrefs
    if xrefs.total_revisions != 2 or not signed.data.startswith(expected_pdf):
        return None
    first = xrefs.get_xref_container_info(0)
    if max(first.start_location, first.end_location, first.declared_startxref) > len(expected_pdf) \
            or first.declared_startxref != _startxref(expected_pdf):
        return None
    original = reader.get_historical_resolver(0)
    if original.root_ref != reader.root_ref or original.root.raw_get("/Pages") != reader.root.raw_get("/Pages"):
        return None
    rendered, update = xrefs.explicit_refs_in_revision(0), xrefs.explicit_refs_in_revision(1)
    changed = (update | xrefs.refs_freed_in_revision(1)) & rendered
    info = reader.trailer_view.raw_get("/Info") if "/Info" in reader.trailer_view else None
    page_refs = {(ref.idnum, ref.generation): ref for ref, _attrs in pages if isinstance(ref, IndirectObject)}
    widgets = 0
    for ref in changed:
        key = (ref.idnum, ref.generation)
        if ref == reader.root_ref or (isinstance(info, IndirectObject) and key == (info.idnum, info.generation)):
            continue  # the catalog (checked above and by _refuse_document_extras) and the document information
        if key not in page_refs:
            return None
        now, before = reader.get_object(ref), original.get_object(ref)
        if {k: v for k, v in dict.items(now) if k != "/Annots"} != \
                {k: v for k, v in dict.items(before) if k != "/Annots"}:
            return None
        added = list(now.raw_get("/Annots")) if "/Annots" in now else []
        kept = list(before.raw_get("/Annots")) if "/Annots" in before else []
        for raw in added[len(kept):]:
            annotation = raw.get_object()
            if not _is_signature_widget(annotation) or not _blank_appearance(annotation):
                return None
            widgets += 1
        if added[:len(kept)] != kept:
            return None
    if widgets != 1:
        return None
    return (frozenset((r.idnum, r.generation) for r in rendered), frozenset((r.idnum, r.generation) for r in changed),
            [IndirectObject(r.idnum, r.generation, reader) for r in update])  # type: ignore[no-untyped-call]


def _startxref(pdf: bytes) -> int:
    at = pdf.rfind(b"startxref")
    try:
        return int(pdf[at + 9:].split()[0])
    except (ValueError, IndexError):
        return -1


# -- page by page ----------------------------------------------------------------------------------------------------

class _Unreasonable(Exception):
    """A page object no renderer of ours makes (too deep, or referring back to itself)."""


class _Digester:
    """Content digests of PDF objects: equal digests mean equal objects after decoding every stream, whatever the
    object numbers, compression or key order; references to pages become the page's number."""

    _SKIP = frozenset({"/Length", "/Filter", "/DecodeParms", "/DL", "/Parent", "/P"})

    def __init__(self, pages: list[tuple[Any, dict[str, Any]]]) -> None:
        from pyhanko.pdf_utils.generic import IndirectObject

        self._page_numbers = {(ref.idnum, ref.generation): n for n, (ref, _attrs) in enumerate(pages, start=1)
                              if isinstance(ref, IndirectObject)}
        self._memo: dict[tuple[int, int], bytes] = {}
        self._open: set[tuple[int, int]] = set()
        self._nodes = 0

    def digest(self, value: Any, depth: int = 0) -> bytes:
        from pyhanko.pdf_utils import generic

        self._nodes += 1
        if depth > MAX_DEPTH or self._nodes > MAX_NODES:
            raise _Unreasonable(_("its resources nest too deeply"))
        if isinstance(value, generic.IndirectObject):
            ref = (value.idnum, value.generation)
            if ref in self._page_numbers:
                return b"page:%d" % self._page_numbers[ref]
            if ref in self._memo:
                return self._memo[ref]
            if ref in self._open:
                raise _Unreasonable(_("its resources refer back to themselves"))
            self._open.add(ref)
            result = self.digest(value.get_object(), depth + 1)  # type: ignore[no-untyped-call]
            self._open.discard(ref)
            self._memo[ref] = result
            return result
        h = hashlib.sha256()
        if isinstance(value, generic.StreamObject):
            h.update(b"stream")
            h.update(self._dict_digest(value, depth))
            h.update(hashlib.sha256(value.data).digest())
        elif isinstance(value, generic.DictionaryObject):
            h.update(b"dict")
            h.update(self._dict_digest(value, depth))
        elif isinstance(value, generic.ArrayObject):
            h.update(b"array")
            for item in list.__iter__(value):
                h.update(self.digest(item, depth + 1))
        elif isinstance(value, generic.NullObject):
            h.update(b"null")  # its repr names its address in memory (a link target's unset zoom is null)
        else:
            h.update(type(value).__name__.encode())
            h.update(repr(value).encode("utf-8", "backslashreplace"))
        return h.digest()

    def _dict_digest(self, value: Any, depth: int) -> bytes:
        h = hashlib.sha256()
        for key in sorted(k for k in dict.keys(value) if k not in self._SKIP):
            h.update(key.encode("utf-8", "backslashreplace"))
            h.update(self.digest(dict.__getitem__(value, key), depth + 1))
        return h.digest()

    def contents(self, page: Any) -> bytes:
        """The SHA-256 of a page's content streams, decoded and joined as a viewer joins them."""
        from pyhanko.pdf_utils import generic

        contents = _get(page, "/Contents")
        streams = list(contents) if isinstance(contents, generic.ArrayObject) else [contents]
        h = hashlib.sha256()
        for stream in streams:
            if isinstance(stream, generic.StreamObject):
                h.update(stream.data)
                h.update(b"\n")
        return h.digest()


_PAGE_SKIP = frozenset({"/Parent", "/Annots", "/Contents"})


def _compare_pages(signed: list[tuple[Any, dict[str, Any]]], expected: list[tuple[Any, dict[str, Any]]]) -> None:
    if len(signed) != len(expected):
        first = min(len(signed), len(expected)) + 1
        raise pages_differ(first, ngettext("the document has {n} page, its data renders as {m}",
                                           "the document has {n} pages, its data renders as {m}", len(signed)).format(
            n=len(signed), m=len(expected)))
    left, right = _Digester(signed), _Digester(expected)
    for number, ((s_ref, s_attrs), (e_ref, e_attrs)) in enumerate(zip(signed, expected), start=1):
        s_page, e_page = s_ref.get_object(), e_ref.get_object()
        if left.contents(s_page) != right.contents(e_page):
            raise pages_differ(number, _("its text and drawings differ"))
        try:
            same = _attributes(left, s_page, s_attrs) == _attributes(right, e_page, e_attrs)
        except _Unreasonable as err:
            raise pages_differ(number, str(err)) from None
        if not same:
            raise pages_differ(number, _("its fonts, images or page settings differ"))


def _attributes(digester: _Digester, page: Any, inherited: dict[str, Any]) -> dict[str, bytes]:
    values = dict(inherited)
    values.update((key, dict.__getitem__(page, key)) for key in dict.keys(page) if key not in _PAGE_SKIP)
    return {key: digester.digest(value, 1) for key, value in values.items()}


def _is_signature_widget(annotation: Any) -> bool:
    return bool(_get(annotation, "/Subtype") == "/Widget" and _get(annotation, "/FT") == "/Sig")


def _blank_appearance(annotation: Any) -> bool:
    """Whether the signature widget draws nothing (our packs give it no appearance at all)."""
    from pyhanko.pdf_utils import generic

    if "/MK" in annotation:
        return False
    appearances = _get(annotation, "/AP")
    if appearances is None:
        return True
    for state in dict.values(appearances):
        state = state.get_object()
        streams = dict.values(state) if isinstance(state, generic.DictionaryObject) and not isinstance(
            state, generic.StreamObject) else [state]
        for stream in streams:
            stream = stream.get_object()
            if not isinstance(stream, generic.StreamObject) or stream.data.strip():
                return False
    return True


def _compare_annotations(signed: list[tuple[Any, dict[str, Any]]],
                         expected: list[tuple[Any, dict[str, Any]]]) -> None:
    """Each page's annotations are the re-render's (the contents links), plus the one signature widget."""
    left, right = _Digester(signed), _Digester(expected)
    widgets = 0
    for number, (s_ref, _s_attrs) in enumerate(signed, start=1):
        annotations = _get(s_ref.get_object(), "/Annots") or []
        if len(annotations) > 10_000:
            raise _page_objects(_("thousands of annotations on page {page}").format(page=number))
        others = []
        for raw in annotations:
            annotation = raw.get_object()
            if _is_signature_widget(annotation):
                widgets += 1
                if not _blank_appearance(annotation):
                    raise _page_objects(_("a signature field that draws on page {page}").format(page=number))
            else:
                try:
                    others.append(left.digest(raw, 1))
                except _Unreasonable as err:
                    raise pages_differ(number, str(err)) from None
        wanted = []
        if number <= len(expected):
            wanted = [right.digest(a, 1) for a in _get(expected[number - 1][0].get_object(), "/Annots") or []]
        if others != wanted:
            raise _page_objects(_("annotations on page {page} that a re-render does not make (notes, stamps, "
                                  "links or drawings added to the page)").format(page=number))
    if widgets != 1:
        raise _page_objects(_("{n} signature fields on its pages").format(n=widgets))
