"""File names: the pack naming convention, names inside the PDF, and safe names for extracted files."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

from onsshare_desktop.domain.case import Case

MAX_SLUG = 40
MAX_FILE_NAME = 120
_RESERVED_WINDOWS = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def slug(text: str, fallback: str) -> str:
    """``"Welsh Government"`` → ``"welsh-government"`` (ASCII, lowercase, at most 40 characters)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_SLUG].rstrip("-")
    return value or fallback


def pack_file_name(case: Case, on: date) -> str:
    """``<org-slug>_<title-slug>_<yyyy-mm-dd>_v<n>.pdf``."""
    org, title = slug(case.organisation, "organisation"), slug(case.title, "request")
    return f"{org}_{title}_{on.isoformat()}_v{case.version}.pdf"


def safe_file_name(name: str, fallback: str = "file") -> str:
    """A name that is safe to create in a folder: no path separators, no ``..``, no control characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in unicodedata.normalize("NFC", base)
                   if unicodedata.category(ch)[0] != "C" and ch not in '<>:"|?*')
    base = base.strip().strip(".").strip()
    base = re.sub(r"\.{2,}", ".", base)
    if not base or base.split(".", 1)[0].lower() in _RESERVED_WINDOWS:
        base = f"{fallback}-{base}" if base else fallback
    if len(base) > MAX_FILE_NAME:
        stem, dot, ext = base.rpartition(".")
        base = (stem[: MAX_FILE_NAME - len(ext) - 1] + "." + ext) if dot and len(ext) <= 10 else base[:MAX_FILE_NAME]
    return base


def unused_path(folder: Path, name: str) -> Path:
    """``folder / name``, or ``name (2)``, ``name (3)``… so an existing file is never overwritten."""
    candidate = folder / name
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    n = 2
    while candidate.exists():
        candidate = folder / (f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})")
        n += 1
    return candidate


def embedded_attachment_name(index: int, file_name: str) -> str:
    """The (ASCII) name an attachment gets inside the PDF; its Unicode name is kept as well."""
    ascii_name = unicodedata.normalize("NFKD", safe_file_name(file_name)).encode("ascii", "ignore").decode()
    return f"attachment-{index:03d}-{ascii_name or 'file'}"
