"""The Qt layer: shows and edits; all storage, signing and verification go through the lower layers."""

from onsshare_desktop.gui.pyside_compat import protect_singletons

protect_singletons()  # before any PySide6 call: see pyside_compat for the PySide6 6.12 / Python 3.11 crash
