"""Bundle run-time hook (Linux), in place of PyInstaller's ``pyi_rth_pyside6``: the same Qt paths, no import.

PyInstaller's hook imports ``PySide6.QtCore`` at every start (about 30 ms, shiboken's signature loader included)
only to register a ``qt.conf`` that the PySide6 wheels register themselves when QtCore loads. Commands that never
open a window (``--version``, ``verify``, ...) need no Qt at all, and the window imports QtCore anyway.
"""


def _pyi_rthook() -> None:
    import os
    import sys

    qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")  # type: ignore[attr-defined]
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")


_pyi_rthook()
del _pyi_rthook
