"""Why a signed file was refused: stable codes (for ``--json`` and tests) and the exception that carries one.

At the bottom of the pack layer, so that reading, structure checks and verification all import it downward.
"""

from __future__ import annotations

import enum

from onsshare_desktop.i18n import _


class Refusal(enum.Enum):
    """Why a document was refused (stable codes for ``--json`` and for tests)."""

    TOO_LARGE = "too-large"
    UNREADABLE = "unreadable"
    NOT_SIGNED = "not-signed"
    TAMPERED = "tampered"
    MODIFIED_AFTER_SIGNING = "modified-after-signing"
    CERTIFICATE_UNUSABLE = "certificate-unusable"
    NOT_A_PACK = "not-a-pack"
    INVALID_CASE = "invalid-case"
    ATTACHMENT_MISMATCH = "attachment-mismatch"
    ENCRYPTED = "encrypted"
    ACTIVE_CONTENT = "active-content"
    CIRCULAR_STRUCTURE = "circular-structure"
    PAGES_DIFFER = "pages-differ"  # a page is not what the signed data renders as (pack.pages)
    PAGE_OBJECTS = "page-objects"  # annotations, layers or form fields a render never makes (pack.pages)
    WRONG_KEY = "wrong-key"  # an envelope (.p7m) addressed to someone else than this decryption identity
    DAMAGED_ENVELOPE = "damaged-envelope"  # an envelope that cannot be read or decrypted
    WRONG_KIND = "wrong-kind"  # a document of another kind than the one expected here
    WRONG_CASE = "wrong-case"  # a document whose case does not match the pack it names
    UNKNOWN_PACK = "unknown-pack"  # a document answering a pack that is not known here
    UNKNOWN_LANGUAGE = "unknown-language"  # a document written in a language this app cannot render its pages in


class Refused(Exception):
    def __init__(self, refusal: Refusal, message: str) -> None:
        super().__init__(message)
        self.refusal = refusal
        self.message = message


def pages_differ(page: int, what: str) -> Refused:
    """The refusal of a document whose page ``page`` does not show what its signed data says."""
    return Refused(Refusal.PAGES_DIFFER, _(
        "page {page} does not show what the signed data says ({what}); the pages were not made from this "
        "document's data").format(page=page, what=what))


def unknown_language(language: str) -> Refused:
    """The refusal of a document whose manifest names a language this app does not speak."""
    from onsshare_desktop.i18n import LANGUAGES

    return Refused(Refusal.UNKNOWN_LANGUAGE, _(
        "its manifest says its pages are written in “{language}”, a language this app does not know ({known}), "
        "so its pages cannot be checked").format(language=language, known=", ".join(LANGUAGES)))
