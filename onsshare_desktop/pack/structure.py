"""Structural checks on the signed revision of an untrusted PDF, before anything is taken from it: no active content
(scripts, launch actions, automatic actions) and no circular trees. One bounded, iterative walk of the object graph.

The walk does not descend into values that can neither run anything nor form a tree (page content streams,
resources and fonts, metadata, appearance streams, embedded file streams, links back up or to pages): parsing them
with pyHanko cost two thirds of a verification.
"""

from __future__ import annotations

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


def check_structure(root: Any) -> None:
    """Refuse ``root`` (a document catalog) if its document runs anything or loops; ``Refused`` says why."""
    from pyhanko.pdf_utils.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    if "/OpenAction" in root:
        raise _active(_("an action run on opening"))
    try:
        names = root["/Names"]
    except KeyError:
        names = None
    if isinstance(names, DictionaryObject) and "/JavaScript" in names:
        raise _active(_("document-level JavaScript"))
    stack: list[tuple[Any, bool, Ref | None]] = [(root, False, None)]  # (value, reached by a tree key, owner)
    seen: set[Ref] = set()
    tree_edges: dict[Ref, list[Ref]] = {}
    while stack:
        value, via_tree, owner = stack.pop()
        if isinstance(value, IndirectObject):
            ref = (value.idnum, value.generation)
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
