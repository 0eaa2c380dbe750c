"""Locate files under ``resources/`` in a source checkout, an installed package and a frozen bundle alike."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, in ``sys._MEIPASS`` when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file inside ``resources/``, e.g. ``resource_path("forms", "x", "1.0.json")``."""
    return resources_dir().joinpath(*parts)
