"""Signed screening records: a new PDF, signed by the screener, recording a stage outcome.

The record shows the stage, outcome, checklist, annotations, triage and history, and embeds ``record.json``
(the same content, machine-readable), ``manifest.json`` (kind ``record``) and the original pack's bytes unchanged,
so the record is self-contained and the requester's signature still verifies when the pack is extracted.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from onsshare_desktop import __version__
from onsshare_desktop.domain.control_chars import refuse_control_characters
from onsshare_desktop.domain.screening.record import (
    RECORD_FILE, ScreeningRecord,
)
from onsshare_desktop.i18n import _, current_language, use_language
from onsshare_desktop.pack.manifest import MANIFEST_FILE, PackManifest
from onsshare_desktop.pack.record_check import RECORD_KIND as RECORD_KIND
from onsshare_desktop.pack.record_check import RecordContents as RecordContents
from onsshare_desktop.pack.record_check import record_contents as record_contents
from onsshare_desktop.pack.record_pages import LAYOUT_VERSION as LAYOUT_VERSION
from onsshare_desktop.pack.record_pages import render_record
from onsshare_desktop.pack.verify import Verdict, verify_pack

if TYPE_CHECKING:
    from onsshare_desktop.identity.store import UnlockedIdentity

@dataclass(frozen=True)
class SignedRecord:
    pdf: bytes
    record_id: str
    sha256: str


def build_signed_record(record: ScreeningRecord, form_id: str, form_version: str, original_pack: bytes,
                        signer: "UnlockedIdentity", now: datetime, language: str | None = None) -> SignedRecord:
    """Render, embed (record.json, manifest.json, the original pack unchanged) and sign with the screener's key.

    ``language`` (default: the current language) is the screener's: the manifest records it and the pages are
    written in it; what ``record`` says is printed as it is.

    Raises ``ControlCharactersError`` (a ``UserError``) if a text of the record carries a control character."""
    language = language or current_language()
    refuse_control_characters(record.to_json(), _("screening record"))  # verification would refuse it
    with use_language(language):
        return _build_signed_record(record, form_id, form_version, original_pack, signer, now, language)


def _build_signed_record(record: ScreeningRecord, form_id: str, form_version: str, original_pack: bytes,
                         signer: "UnlockedIdentity", now: datetime, language: str) -> SignedRecord:
    from onsshare_desktop.pack.rerender import record_renderer
    from onsshare_desktop.pack.sign import FileToEmbed, embed_and_sign

    if hashlib.sha256(original_pack).hexdigest() != record.original_pack.sha256:
        raise ValueError("the original pack bytes do not match the record")  # a bug: the caller mixed packs
    record_bytes = (json.dumps(record.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    record_id = str(uuid.uuid4())
    manifest = PackManifest(pack_id=record_id, created_at=now.isoformat().replace("+00:00", "Z"),
                            app_version=__version__, form_id=form_id, form_version=form_version,
                            case_ref=record.case_ref, version=record.version,
                            case_sha256=hashlib.sha256(record_bytes).hexdigest(),
                            history_head=record.history_head, kind=RECORD_KIND, renderer=record_renderer(),
                            language=language)
    files = [
        FileToEmbed(RECORD_FILE, record_bytes, "application/json", _("The screening record, as signed")),
        FileToEmbed(MANIFEST_FILE, manifest.dump(), "application/json", _("Record manifest")),
        FileToEmbed(record.original_pack.file_name, original_pack, "application/pdf",
                    _("The original submission pack, unchanged"), relationship="Source"),
    ]
    rendered = render_record(record, record_id)
    signed = embed_and_sign(rendered, files, signer, None, now, reason=_(
        "Screening record for ONS data sharing request {ref}").format(ref=record.case_ref))
    return SignedRecord(signed, record_id, hashlib.sha256(signed).hexdigest())


def write_record(record: ScreeningRecord, form_id: str, form_version: str, original_pack: bytes,
                 signer: "UnlockedIdentity", out_path: Any, now: datetime, language: str | None = None) -> SignedRecord:
    """Build, self-check and write (atomically) a signed record in ``language`` (default: the current language);
    returns it. ``UserError`` if unwritable."""
    from onsshare_desktop.identity.trust import TrustStore
    from onsshare_desktop.pack.saving import write_checked

    signed = build_signed_record(record, form_id, form_version, original_pack, signer, now, language)

    def checked() -> None:
        check = verify_pack(signed.pdf, TrustStore(out_path.parent / ".no-trust-store", extra=[signer.certificate]))
        if check.verdict is not Verdict.TRUSTED or not check.is_record:
            raise RuntimeError(f"a freshly signed record did not verify: {check.reason}")  # a bug, not the user's

    write_checked(out_path, signed.pdf, checked)
    return signed
