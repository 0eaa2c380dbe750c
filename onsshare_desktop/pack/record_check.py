"""Checking a signed screening record: its ``record.json``, its manifest and the original pack inside it.

Imported by ``verify`` (records are verified like any signed file); ``record`` makes records and imports
``verify`` for its self-check, so this module never imports either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from onsshare_desktop.domain.screening.record import RECORD_FILE, RECORD_FORMAT, RecordFormatError, ScreeningRecord
from onsshare_desktop.i18n import _
from onsshare_desktop.pack.manifest import MANIFEST_FILE, PackManifest
from onsshare_desktop.pack.reading import EmbeddedFile, SignedPdf
from onsshare_desktop.pack.refusal import Refusal, Refused
from onsshare_desktop.pack.report import PackReport, Verdict, refused_report

if TYPE_CHECKING:
    from onsshare_desktop.identity.trust import TrustStore

RECORD_KIND = "record"

VerifyInner = Callable[[bytes, "TrustStore"], PackReport]


@dataclass(frozen=True)
class RecordContents:
    """What a verified record holds: its JSON, manifest and the embedded original pack."""

    record: ScreeningRecord
    manifest: PackManifest
    original_pack: EmbeddedFile


def record_contents(files: dict[str, EmbeddedFile], manifest: PackManifest) -> RecordContents:
    """Interpret the signed files of a record; ``Refused`` says what does not fit."""
    from onsshare_desktop.domain.case_io import parse_json_strict
    from onsshare_desktop.domain.control_chars import control_problems
    from onsshare_desktop.domain.errors import InvalidCaseError

    record_file = files.get(RECORD_FILE)
    if record_file is None:
        raise Refused(Refusal.NOT_A_PACK, _("this record has no {name} inside").format(name=RECORD_FILE))
    if record_file.sha256 != manifest.case_sha256:
        raise Refused(Refusal.INVALID_CASE, _("record.json does not match the hash recorded in the manifest"))
    try:
        raw = parse_json_strict(record_file.data)
    except InvalidCaseError as err:
        raise Refused(Refusal.INVALID_CASE, _("record.json is not valid JSON: {e}").format(e=err)) from None
    controls = control_problems(raw)
    if controls:
        raise Refused(Refusal.INVALID_CASE, _(
            "{name} carries control characters, which could act on a terminal or hide text: {problem}").format(
            name=RECORD_FILE, problem=controls[0]))
    if not isinstance(raw, dict) or raw.get("format") != RECORD_FORMAT:
        raise Refused(Refusal.INVALID_CASE, _("record.json is not a screening record"))
    try:
        record = ScreeningRecord.from_json(raw)
    except RecordFormatError as err:
        raise Refused(Refusal.INVALID_CASE, _("record.json is not a valid screening record ({problem})").format(
            problem=err)) from None
    pack = files.get(record.original_pack.file_name)
    if pack is None or pack.sha256 != record.original_pack.sha256:
        raise Refused(Refusal.ATTACHMENT_MISMATCH, _(
            "the original pack embedded in the record is missing or differs from its recorded SHA-256"))
    return RecordContents(record, manifest, pack)


def verify_signed_record(name: str, signed: SignedPdf, trust: TrustStore, verify_inner: VerifyInner) -> PackReport:
    """The ``PackReport`` of a signed PDF whose manifest says it is a screening record.

    The record is refused when its own contents do not fit, or when the original pack inside it would be refused;
    otherwise its verdict is about the screener's certificate, and the reason says what the record is and what
    the requester's signature on the embedded pack says. ``verify_inner`` verifies the embedded pack (``verify``
    passes its own ``verify_pack``).
    """
    from onsshare_desktop.domain.screening.stages import OUTCOME_LABELS
    from onsshare_desktop.pack.pages import check_pages, pages_sentence

    try:
        manifest = PackManifest.load(signed.files[MANIFEST_FILE].data)
        contents = record_contents(signed.files, manifest)
        pages = check_pages(signed, manifest, contents.record)
    except Refused as refused:
        return refused_report(name, refused.refusal, refused.message, signed)
    except Exception as exc:  # noqa: BLE001 - any malformed manifest is the file's fault
        return refused_report(name, Refusal.NOT_A_PACK, _("the record manifest is not valid: {e}").format(e=exc), signed)
    inner = verify_inner(contents.original_pack.data, trust)
    if inner.verdict is Verdict.REFUSED:
        return refused_report(name, Refusal.ATTACHMENT_MISMATCH, _(
            "the original pack inside this record does not verify: {reason}").format(reason=inner.reason), signed)
    record = contents.record
    outcome = OUTCOME_LABELS[record.outcome.outcome]
    trusted = trust.is_trusted(signed.signer.fingerprint)
    reason = _(
        "a screening record for {ref} version {version} (outcome: {outcome}), {trust}; it contains the original "
        "pack {sha}, whose requester's signature is {inner}").format(
        ref=record.case_ref, version=record.version, outcome=outcome,
        trust=_("signed by a trusted screener") if trusted else _("signed by a screener not in your trust store"),
        sha=contents.original_pack.sha256, inner=inner.reason) + "; " + _("the record's pages: {how}").format(
        how=pages_sentence(pages))
    return PackReport(
        source=name, verdict=Verdict.TRUSTED if trusted else Verdict.UNTRUSTED, reason=reason, kind=RECORD_KIND,
        file_sha256=signed.sha256, signer=signed.signer, certificate=signed.certificate,
        signing_time=signed.signing_time, covers_entire_file=True, signer_trusted=trusted, case=inner.case,
        case_bytes=inner.case_bytes, manifest=manifest, attachments=inner.attachments,
        files=tuple(signed.files.values()), pages_check=pages)
