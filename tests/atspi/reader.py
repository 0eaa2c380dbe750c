#!/usr/bin/python3
"""Read one application through AT-SPI, as a screen reader does: run by the system Python (pyatspi lives there).

Usage: ``/usr/bin/python3 reader.py PID``. It listens from the start for focus, announcement and name/description
change events of the process ``PID`` and answers one JSON command per line on stdin with one JSON line on stdout:

- ``{"cmd": "ping"}`` -> ``{"ok": true, "app": bool}`` (whether the application is on the accessibility bus yet);
- ``{"cmd": "tree", "showing": true}`` -> ``{"windows": [node, ...]}``, each node ``role``, ``name``,
  ``description``, ``states``, ``text`` (labels, headings and text fields), ``attributes``, ``relations``
  and ``children`` (with ``showing``, hidden subtrees are left out, as a screen reader never reaches them);
- ``{"cmd": "focus", "children": false}`` -> ``{"focus": node or null}``: the object that last reported gaining
  the focus, read now (with ``children``, its subtree too: a combo box's list and its selected item; with
  ``"parent": true``, its parent and the parent's subtree instead: a list item's list and its siblings);
- ``{"cmd": "events", "clear": true}`` -> ``{"events": [...]}``: the events received since the last clear, each
  ``type``, ``detail1``, ``data`` (an announcement's text) and ``source`` (role and name);
- ``{"cmd": "quit"}``.

Kept free of the project's code and of anything but the Debian packages python3-pyatspi and gir1.2-atspi-2.0.
"""

from __future__ import annotations

import json
import sys

import pyatspi
from gi.repository import GLib

PID = int(sys.argv[1])
EVENT_TYPES = ("object:state-changed:focused", "object:announcement", "object:property-change:accessible-name",
               "object:property-change:accessible-description", "focus:")
TEXT_ROLES = {"label", "heading", "text", "static", "paragraph", "entry"}
events: list[dict] = []
state = {"focus": None}


def _ours(accessible) -> bool:
    try:
        return accessible.get_process_id() == PID
    except Exception:  # noqa: BLE001 - gone already
        return False


def _text_of(accessible) -> str | None:
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return None
    except Exception:  # noqa: BLE001 - an interface that vanished under us
        return None
    try:
        return text.getText(0, -1)
    except Exception:  # noqa: BLE001
        return None


def node(accessible, children: bool = False, showing_only: bool = True, depth: int = 0) -> dict | None:
    """The object as a dict (see the module docstring); ``None`` for an object that is gone."""
    try:
        role = accessible.getRoleName()
        states = sorted(pyatspi.stateToString(s) for s in accessible.getState().getStates())
        result = {"role": role, "name": accessible.name or "", "description": accessible.description or "",
                  "states": states}
        if role in TEXT_ROLES and "protected" not in states:
            result["text"] = _text_of(accessible)
        try:
            result["attributes"] = dict(a.split(":", 1) for a in accessible.getAttributes() if ":" in a)
        except Exception:  # noqa: BLE001
            result["attributes"] = {}
        relations = {}
        try:
            for relation in accessible.getRelationSet():
                kind = pyatspi.relationToString(relation.getRelationType())
                targets = [relation.getTarget(i) for i in range(relation.getNTargets())]
                relations[kind] = [t.name for t in targets if t is not None]
        except Exception:  # noqa: BLE001
            pass
        result["relations"] = relations
    except Exception:  # noqa: BLE001 - the object went away while we read it
        return None
    if children and depth < 60:
        kids = []
        count = accessible.childCount
        for index in range(count):
            try:
                child = accessible.getChildAtIndex(index)
            except Exception:  # noqa: BLE001
                continue
            if child is None:
                continue
            if showing_only:
                try:
                    if not child.getState().contains(pyatspi.STATE_SHOWING):
                        continue
                except Exception:  # noqa: BLE001
                    continue
            described = node(child, True, showing_only, depth + 1)
            if described is not None:
                kids.append(described)
        result["children"] = kids
    return result


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and _ours(app):
            return app
    return None


def on_event(event) -> None:
    source = event.source
    if source is None or not _ours(source):
        return
    if event.type.startswith("object:state-changed:focused") and event.detail1 == 1:
        state["focus"] = source
    if event.type.startswith("focus"):
        state["focus"] = source
    try:
        source_info = {"role": source.getRoleName(), "name": source.name or ""}
    except Exception:  # noqa: BLE001
        source_info = {"role": "", "name": ""}
    data = event.any_data
    events.append({"type": event.type, "detail1": event.detail1,
                   "data": data if isinstance(data, str) else "", "source": source_info})


def answer(command: dict) -> dict:
    cmd = command.get("cmd")
    if cmd == "ping":
        return {"ok": True, "app": application() is not None}
    if cmd == "tree":
        app = application()
        if app is None:
            return {"windows": []}
        showing = command.get("showing", True)
        windows = []
        for index in range(app.childCount):
            window = app.getChildAtIndex(index)
            if window is None:
                continue
            described = node(window, True, showing)
            if described is not None and (not showing or "showing" in described["states"]):
                windows.append(described)
        return {"windows": windows}
    if cmd == "focus":
        focus = state["focus"]
        if focus is not None and command.get("parent"):
            focus = focus.parent
        return {"focus": node(focus, children=command.get("children", False), showing_only=False)
                if focus is not None else None}
    if cmd == "events":
        result = {"events": list(events)}
        if command.get("clear", True):
            events.clear()
        return result
    if cmd == "quit":
        GLib.idle_add(pyatspi.Registry.stop)
        return {"ok": True}
    return {"error": f"unknown command {cmd!r}"}


def on_stdin(channel, _condition) -> bool:
    line = channel.readline()
    if not line:
        pyatspi.Registry.stop()
        return False
    try:
        reply = answer(json.loads(line))
    except Exception as exc:  # noqa: BLE001 - reported to the test, which fails with it
        reply = {"error": f"{type(exc).__name__}: {exc}"}
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()
    return True


def main() -> None:
    pyatspi.Registry.registerEventListener(on_event, *EVENT_TYPES)
    channel = GLib.IOChannel.unix_new(sys.stdin.fileno())
    GLib.io_add_watch(channel, GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN | GLib.IOCondition.HUP, on_stdin)
    sys.stdout.write(json.dumps({"ready": True}) + "\n")
    sys.stdout.flush()
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()
