"""The fallback pages check for documents made by another renderer or layout (an older app version): their pages
cannot be re-rendered byte for byte, so the text they show is compared with the text a re-render shows.

The text is read with pypdf (a second PDF library: it decodes fonts through their ToUnicode maps, as copy and paste
in a viewer does). Line breaks, page breaks, page footers, contents page numbers and dot leaders depend on the
layout, so they are left out and the rest is compared character for character, ignoring white space. What this can
and cannot prove is in docs/signed-packs.md: it catches changed, added or removed words, not a changed drawing,
font or colour, nor text hidden by drawing over it.
"""

from __future__ import annotations

import io
import re

from onsshare_desktop.i18n import ENGLISH, _, use_language
from onsshare_desktop.pack.reading import Refusal, Refused

_LEADERS_AND_NUMBERS = re.compile(r"(?<!\S)[.\d]+(?!\S)")  # page numbers and dot leaders: layout, not content
_SPACE = re.compile(r"\s+")


def _footer_pattern(language: str) -> re.Pattern[str]:
    """Page-number footers as the document's ``language`` words them."""
    with use_language(language):
        page, short = _("Page {n} of {total}"), _("Page {n}")
    page = re.escape(page).replace(r"\{n\}", r"\d+").replace(r"\{total\}", r"\d+")
    return re.compile(page + "|" + re.escape(short).replace(r"\{n\}", r"\d+"))


def page_texts(pdf: bytes, language: str = ENGLISH) -> list[str]:
    """Each page's text, white space removed, without footers' page numbers, contents numbers or dot leaders
    (the footers as worded in the document's ``language``)."""
    from pypdf import PdfReader

    footer = _footer_pattern(language)
    texts = []
    for page in PdfReader(io.BytesIO(pdf), strict=False).pages:
        text = footer.sub(" ", page.extract_text() or "")
        texts.append(_SPACE.sub("", _LEADERS_AND_NUMBERS.sub(" ", text)))
    return texts


def compare_text(signed_pdf: bytes, expected_pdf: bytes, language: str = ENGLISH) -> None:
    """Refuse (``PAGES_DIFFER``, naming the first page whose text strays) unless the signed pages show the same
    text as the re-render, in the same order (both written in ``language``)."""
    from onsshare_desktop.pack.refusal import pages_differ

    try:
        signed = page_texts(signed_pdf, language)
    except Exception as exc:  # noqa: BLE001 - a page pypdf cannot read is not a page we can vouch for
        raise Refused(Refusal.PAGES_DIFFER, _("the text of the pages cannot be read ({error})").format(
            error=type(exc).__name__)) from None
    expected = "".join(page_texts(expected_pdf, language))
    at = 0
    for number, text in enumerate(signed, start=1):
        if expected[at:at + len(text)] != text:
            raise pages_differ(number, _("its text differs from the signed data's (compared by text: the document "
                                         "was made by another version of the app)"))
        at += len(text)
    if at != len(expected):
        raise pages_differ(len(signed), _("text of the signed data is missing from the pages (compared by text: "
                                          "the document was made by another version of the app)"))
