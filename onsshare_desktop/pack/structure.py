"""Structural checks on the signed revision of an untrusted PDF, before anything is taken from it: no active content
(scripts, launch actions, automatic actions) and no circular trees. One bounded, iterative walk of the object graph.

The walk does not descend into values that can neither run anything nor form a tree (page content streams,
resources and fonts, metadata, appearance streams, embedded file streams, links back up or to pages): parsing them
with pyHanko cost two thirds of a verification.

A caller that has shown the signed file's first revision to be this app's own rendering (``pack.pages``: byte
for byte, the pages rendered again from its signed data) names its objects (``rendered``) and those the later
revision replaced (``replaced``). The walk then starts from the catalog and from every object the later revision
defines (``start``), and does not descend into a rendered object that was not replaced: this app's renderer wrote
it, and it writes no action that runs anything. Should a tree key of an object of the later revision lead into a
rendered object, the whole document is walked instead, so a node shared between the revisions is still found.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from onsshare_desktop.i18n import _
from onsshare_desktop.pack import limits
from onsshare_desktop.pack.refusal import Refusal, Refused

# Keys whose values form trees (page tree, name/number trees, form fields, outlines): a node reached twice through
# them is a loop (or a shared node no writer produces), which makes naive readers recurse or hang.
_TREE_KEYS = frozenset({"/Kids", "/First", "/Next"})
Ref = tuple[int, int]  # (object number, generation)
# Actions that run code, start programs, or reach outside the document (a screener may open packs in a room with no
# network, and a pack never needs any of them).
_ACTIVE_ACTIONS = frozenset({"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToR", "/GoToE", "/URI"})
# Keys whose values no viewer runs or walks as a tree: skipped (see the module docstring). Back links (/Parent,
# /P, /Prev) lead to nodes the walk reaches from the top anyway; /Dest values are page references.
_INERT_KEYS = frozenset({"/Contents", "/Resources", "/Metadata", "/AP", "/EF", "/Parent", "/P", "/Prev", "/Dest"})


def _active(reason: str) -> Refused:
    return Refused(Refusal.ACTIVE_CONTENT, _("the PDF contains active content ({what}); a pack never does").format(
        what=reason))


class _IntoRendered(Exception):
    """A tree key of the later revision leads into the rendered one: walk everything."""


def check_structure(root: Any, rendered: Collection[Ref] = frozenset(), replaced: Collection[Ref] = frozenset(),
                    start: Iterable[Any] = ()) -> None:
    """Refuse ``root`` (a document catalog) if its document runs anything or loops; ``Refused`` says why.

    ``rendered`` (object numbers and generations) are the objects of a first revision this app rendered itself,
    ``replaced`` those of them a later revision replaced, ``start`` (indirect objects) the later revision's own: see
    the module docstring. Without them, everything ``root`` reaches is walked."""
    if rendered:
        try:
            _walk(root, rendered, frozenset(rendered) - frozenset(replaced), tuple(start))
            return
        except _IntoRendered:
            pass
    _walk(root, frozenset(), frozenset(), ())


def _walk(root: Any, rendered: Collection[Ref], trusted: Collection[Ref], start: tuple[Any, ...]) -> None:
    from pyhanko.pdf_utils.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    if "/OpenAction" in root:
        raise _active(_("an action run on opening"))
    try:
        names = root["/Names"]
    except KeyError:
        names = None
    if isinstance(names, DictionaryObject) and "/JavaScript" in names:
        raise _active(_("document-level JavaScript"))
    # (value, reached by a tree key, owner)
    stack: list[tuple[Any, bool, Ref | None]] = [(root, False, None), *((obj, False, None) for obj in start)]
    seen: set[Ref] = set()
    tree_edges: dict[Ref, list[Ref]] = {}
    while stack:
        value, via_tree, owner = stack.pop()
        if isinstance(value, IndirectObject):
            ref = (value.idnum, value.generation)
            if via_tree and ref in rendered:
                raise _IntoRendered
            if ref in trusted:
                continue
            if via_tree and owner is not None:
                tree_edges.setdefault(owner, []).append(ref)
            if ref in seen:
                continue
            seen.add(ref)
            if len(seen) > limits.MAX_PDF_OBJECTS:
                raise Refused(Refusal.TOO_LARGE, _("the PDF has more than {n} objects").format(
                    n=limits.MAX_PDF_OBJECTS))
            owner, value = ref, value.get_object()  # type: ignore[no-untyped-call]  # pyHanko is untyped here
        if isinstance(value, DictionaryObject):
            if "/AA" in value:
                raise _active(_("automatic actions"))
            if "/JS" in value:
                raise _active(_("JavaScript"))
            action = dict.get(value, "/S")
            if isinstance(action, IndirectObject):
                action = action.get_object()  # type: ignore[no-untyped-call]
            if isinstance(action, NameObject) and action in _ACTIVE_ACTIONS:
                raise _active(_("a {action} action").format(action=action[1:]))
            stack.extend((child, key in _TREE_KEYS, owner) for key, child in dict.items(value)
                         if key not in _INERT_KEYS)
        elif isinstance(value, ArrayObject):
            stack.extend((child, via_tree, owner) for child in list.__iter__(value))
    _refuse_loops(tree_edges)


def _refuse_loops(edges: dict[Ref, list[Ref]]) -> None:
    """Refuse a node reached twice through tree keys, or a loop of them (iterative depth-first search)."""
    reached: set[Ref] = set()
    for targets in edges.values():
        for target in targets:
            if target in reached:
                raise _circular(target)
            reached.add(target)
    done: set[Ref] = set()
    for start in edges:
        if start in done:
            continue
        path, trail = {start}, [(start, iter(edges.get(start, ())))]
        while trail:
            node, children = trail[-1]
            child = next(children, None)
            if child is None:
                trail.pop()
                path.discard(node)
                done.add(node)
            elif child in path:
                raise _circular(child)
            elif child not in done:
                path.add(child)
                trail.append((child, iter(edges.get(child, ()))))


def _circular(ref: Ref) -> Refused:
    return Refused(Refusal.CIRCULAR_STRUCTURE, _(
        "the PDF's structure refers back to itself (object {n} is reached again through its own tree)").format(
        n=ref[0]))
