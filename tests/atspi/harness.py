"""Run the real app on a private X display with a session bus, the accessibility bus and a window manager, and read
it through AT-SPI with ``reader.py`` (under the system Python, where Debian's pyatspi lives).

``missing_requirements()`` says what is not installed; the fixtures skip with that reason. Every process started
here is stopped by its own id when the desktop or app closes. Waits poll with a deadline; none relies on a sleep.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
APT_PACKAGES = "xvfb dbus-x11 at-spi2-core python3-pyatspi gir1.2-atspi-2.0 xdotool openbox"


def missing_requirements() -> list[str]:
    """What the AT-SPI tests need and this machine lacks (empty when all is there)."""
    missing = [tool for tool in ("Xvfb", "dbus-launch", "openbox", "xdotool") if shutil.which(tool) is None]
    if not Path(BUS_LAUNCHER).exists():
        missing.append(BUS_LAUNCHER)
    if not Path(SYSTEM_PYTHON).exists():
        missing.append(SYSTEM_PYTHON)
    elif subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode != 0:
        missing.append("pyatspi for /usr/bin/python3")
    return missing


def wait_until(check: Callable[[], T], timeout: float = 10.0, interval: float = 0.05, what: str = "") -> T:
    """Poll ``check`` until it returns something truthy; that value, or AssertionError after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what or check}")
        time.sleep(interval)


def _stop(process: subprocess.Popen | None, group: bool = False) -> None:
    if process is None or process.poll() is not None:
        return
    try:
        if group:
            os.killpg(process.pid, signal.SIGTERM)
        else:
            process.terminate()
        process.wait(5)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        try:
            os.killpg(process.pid, signal.SIGKILL) if group else process.kill()
            process.wait(5)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass


@dataclass
class Desktop:
    """Xvfb + a D-Bus session + the AT-SPI bus + openbox: what a screen reader user's session offers."""

    workdir: Path
    env: dict[str, str] = field(default_factory=dict)
    _processes: list[tuple[subprocess.Popen, bool]] = field(default_factory=list)
    _dbus_pid: int | None = None

    def start(self) -> Desktop:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "AT_SPI", "QT_QPA"))}
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x900x24", "-nolisten",
                                 "tcp", "-noreset"], pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
                                stderr=open(self.workdir / "xvfb.log", "wb"))
        os.close(write_fd)
        self._processes.append((xvfb, False))
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise RuntimeError("Xvfb did not start: " + (self.workdir / "xvfb.log").read_text())
        env["DISPLAY"] = f":{display}"
        launched = subprocess.run(["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True,
                                  check=True).stdout
        for line in launched.splitlines():
            if line.startswith("DBUS_SESSION_BUS_ADDRESS="):
                env["DBUS_SESSION_BUS_ADDRESS"] = line.split("=", 1)[1].rstrip(";").strip("'")
            if line.startswith("DBUS_SESSION_BUS_PID="):
                self._dbus_pid = int(line.split("=", 1)[1].rstrip(";"))
        env["NO_AT_BRIDGE"] = "0"
        self.env = env
        bus = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=open(self.workdir / "at-spi-bus.log", "wb"))
        self._processes.append((bus, True))
        log = open(self.workdir / "openbox.log", "wb")  # its messages go to stdout
        wm = subprocess.Popen(["openbox"], env=env, start_new_session=True, stdout=log, stderr=log)
        self._processes.append((wm, True))
        return self

    def wm_running(self) -> bool:
        """Whether the window manager (openbox, the last process started) is still running."""
        return any(process.poll() is None for process, _group in self._processes[-1:])

    def stop(self) -> None:
        for process, group in reversed(self._processes):
            _stop(process, group)
        self._processes.clear()
        if self._dbus_pid is not None:
            try:
                os.kill(self._dbus_pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            self._dbus_pid = None

    def keys(self, *keys: str) -> None:
        """Press keys in the focused window, as a keyboard user does (xdotool names: Tab, shift+Tab, Return)."""
        for key in keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=self.env, check=True)

    def type(self, text: str) -> None:
        subprocess.run(["xdotool", "type", "--delay", "15", text], env=self.env, check=True)


class Reader:
    """The AT-SPI side: a ``reader.py`` process listening to one application (see its docstring)."""

    def __init__(self, desktop: Desktop, pid: int) -> None:
        self._process = subprocess.Popen([SYSTEM_PYTHON, str(HERE / "reader.py"), str(pid)], env=desktop.env,
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        ready = self._process.stdout.readline()  # type: ignore[union-attr]
        if not ready:
            raise RuntimeError("the AT-SPI reader did not start")

    def ask(self, command: dict[str, Any]) -> dict[str, Any]:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(json.dumps(command) + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError("the AT-SPI reader stopped")
        reply = json.loads(line)
        if "error" in reply:
            raise RuntimeError(f"AT-SPI reader: {reply['error']}")
        return reply

    def windows(self, showing: bool = True) -> list[dict[str, Any]]:
        return self.ask({"cmd": "tree", "showing": showing})["windows"]

    def window(self, title: str, timeout: float = 15) -> dict[str, Any]:
        """The showing window whose name contains ``title`` (waiting for it)."""
        return wait_until(lambda: next((w for w in self.windows() if title in w["name"]), None), timeout,
                          what=f"a window named {title!r}")

    def focus(self, children: bool = False, parent: bool = False) -> dict[str, Any] | None:
        """The focused object (``children``: with its subtree; ``parent``: its parent, with the parent's subtree)."""
        return self.ask({"cmd": "focus", "children": children or parent, "parent": parent})["focus"]

    def events(self, clear: bool = True) -> list[dict[str, Any]]:
        return self.ask({"cmd": "events", "clear": clear})["events"]

    def close(self) -> None:
        if self._process.poll() is None:
            try:
                self.ask({"cmd": "quit"})
            except (RuntimeError, BrokenPipeError, OSError):
                pass
        _stop(self._process)


@dataclass
class RunningApp:
    """The real app (``python -m onsshare_desktop --data-dir DIR``) and a reader attached to it."""

    desktop: Desktop
    data_dir: Path
    process: subprocess.Popen | None = None
    reader: Reader | None = None
    log_path: Path | None = None
    announcements: list[dict[str, Any]] = field(default_factory=list)

    def start(self) -> RunningApp:
        env = dict(self.desktop.env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb",
                   QT_ACCESSIBILITY="1", PYTHONPATH=str(REPO_ROOT))
        self.log_path = self.data_dir.parent / f"{self.data_dir.name}-app.log"
        self.process = subprocess.Popen([sys.executable, "-m", "onsshare_desktop", "--data-dir", str(self.data_dir)],
                                        env=env, cwd=REPO_ROOT, stdout=subprocess.DEVNULL,
                                        stderr=open(self.log_path, "wb"))
        self.reader = Reader(self.desktop, self.process.pid)
        wait_until(lambda: self.reader.ask({"cmd": "ping"})["app"] if self.process.poll() is None else
                   self._died(), 30, what="the app on the accessibility bus")
        return self

    def activate(self) -> None:
        """Ask the window manager to give the app's visible window the focus (a new window does not always get it
        when the previous app's window went away)."""
        assert self.process is not None
        subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.process.pid), "windowactivate"],
                       env=self.desktop.env, capture_output=True)

    def _died(self) -> bool:
        raise AssertionError(f"the app exited with {self.process.returncode}: {self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path and self.log_path.exists() else ""

    def stop(self) -> None:
        if self.reader is not None:
            self.reader.close()
        _stop(self.process)

    # -- what a screen reader user hears and does -----------------------------------------------------------------

    def keys(self, *keys: str) -> None:
        self.desktop.keys(*keys)

    def focus_after(self, *keys: str, timeout: float = 5) -> dict[str, Any]:
        """Press ``keys`` and return the newly focused object once a focus event has arrived."""
        assert self.reader is not None
        self.drain()
        self.keys(*keys)
        wait_until(lambda: any(e["type"].startswith("object:state-changed:focused") and e["detail1"] == 1
                               for e in self.drain()), timeout, what=f"focus to move on {keys}")
        return wait_until(self.reader.focus, timeout, what="the focused object")

    def drain(self) -> list[dict[str, Any]]:
        """The events since the last call; announcements among them are kept in ``announcements``."""
        assert self.reader is not None
        events = self.reader.events()
        self.announcements += [e for e in events if e["type"].startswith("object:announcement")]
        return events

    def wait_announcement(self, contains: str, timeout: float = 10) -> dict[str, Any]:
        """The first ``object:announcement`` heard (since ``announcements`` was last cleared) whose text contains
        ``contains``."""
        assert self.reader is not None

        def find() -> dict[str, Any] | None:
            self.drain()
            return next((e for e in self.announcements if contains in e["data"]), None)

        return wait_until(find, timeout, what=f"an announcement containing {contains!r} (heard: "
                          f"{[e['data'] for e in self.announcements]})")


def walk(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every node under ``node`` (itself first), depth first, in the order a screen reader reads them."""
    yield node
    for child in node.get("children", []):
        yield from walk(child)


def find(root: dict[str, Any], role: str | None = None, name: str | None = None,
         contains: str | None = None) -> list[dict[str, Any]]:
    """Nodes with this role and exact name (or a name containing ``contains``)."""
    return [n for n in walk(root) if (role is None or n["role"] == role) and (name is None or n["name"] == name)
            and (contains is None or contains in n["name"])]


def tab_until(app: RunningApp, wanted: Callable[[dict[str, Any]], bool], presses: int = 40,
              key: str = "Tab") -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Press ``key`` until the focused object satisfies ``wanted``; it and every object focused on the way.

    Fails (listing what was focused) when ``presses`` presses did not get there: a keyboard trap, or a control
    Tab never reaches.
    """
    visited: list[dict[str, Any]] = []
    for _ in range(presses):
        focus = app.focus_after(key)
        visited.append(focus)
        if wanted(focus):
            return focus, visited
    raise AssertionError(f"{presses} presses of {key} never got there; focus went to "
                         f"{[(n['role'], n['name']) for n in visited]}")


def prepare_data(data_dir: Path, *cli_commands: list[str]) -> None:
    """Run ``onsshare-desktop --data-dir DATA_DIR COMMAND...`` for each command (drafts, imports) before a start."""
    for command in cli_commands:
        subprocess.run([sys.executable, "-m", "onsshare_desktop", "--data-dir", str(data_dir), *command],
                       cwd=REPO_ROOT, check=True, capture_output=True, env=dict(os.environ, PYTHONPATH=str(REPO_ROOT)))



def x_focus_title(app: RunningApp) -> str:
    """The title of the window the window manager has made active (it has the keyboard: xdotool's keys go there)."""
    for query in ("getactivewindow", "getwindowfocus"):  # the second when the window manager has not taken over
        done = subprocess.run(["xdotool", query, "getwindowname"], env=app.desktop.env, capture_output=True,
                              text=True)
        if done.returncode == 0 and done.stdout.strip():
            return done.stdout.strip()
    return ""


def active_window(app: RunningApp, test: Callable[[dict[str, Any]], Any], what: str,
                  timeout: float = 20) -> dict[str, Any]:
    """The app's showing window that passes ``test``, once it has the keyboard focus (so keys pressed next go to
    it). A window that does not get the focus within 2 s is activated by its title: the window manager can miss
    a window that maps while another one closes."""
    assert app.reader is not None
    since = time.monotonic()

    def check() -> dict[str, Any] | None:
        nonlocal since
        found = next((w for w in app.reader.windows() if test(w)), None)
        if found is None:
            return None
        if x_focus_title(app) == found["name"]:  # where keys go (Qt's own "active" can lag behind)
            return found
        if time.monotonic() - since > 2:
            ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(app.process.pid)],
                                 env=app.desktop.env, capture_output=True, text=True).stdout.split()
            for window_id in ids:  # a hidden namesake can come first; the last one activated wins
                subprocess.run(["xdotool", "windowactivate", window_id], env=app.desktop.env, capture_output=True)
                subprocess.run(["xdotool", "windowfocus", window_id], env=app.desktop.env, capture_output=True)
            if not ids:
                app.activate()
            since = time.monotonic()
        return None

    try:
        return wait_until(check, timeout, what=what)
    except AssertionError as exc:
        windows = [(w["name"], "active" in w["states"]) for w in app.reader.windows()]
        raise AssertionError(f"{exc}; windows shown: {windows}; the window manager's active window: "
                             f"{x_focus_title(app)!r}; window manager running: {app.desktop.wm_running()}") from None
