"""Importing received packs: verify each file first, store only what verifies, and say what happened to each.

Verification is the pack layer's (``pack.verify.verify_pack``); storing is the store's. This module only joins
them, through the small protocols below, so that the CLI and the GUI import the same way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from onsshare_desktop.domain.case import Case
from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.i18n import Labels, N_, _


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


@dataclass(frozen=True)
class ImportResult:
    """What happened to one file: imported (new), duplicate (same SHA-256 already here) or refused (why).

    ``conflicting_id`` names a different pack already in the register for the same case reference and version.
    """

    source: str
    status: ImportStatus
    reason: str
    pack_id: int | None = None
    case_ref: str | None = None
    version: int | None = None
    signer_confirmed: bool = False
    previous_id: int | None = None
    conflicting_id: int | None = None  # another pack in the register claims the same case and version

    def __str__(self) -> str:
        label = {ImportStatus.IMPORTED: _("imported"), ImportStatus.DUPLICATE: _("duplicate"),
                 ImportStatus.REFUSED: _("refused")}[self.status]
        return f"{self.source}: {label}: {self.reason}"


@dataclass(frozen=True)
class IncomingPack:
    """A pack that passed verification, ready to store: its bytes, the case read from the signed revision,
    and its signer."""

    data: bytes
    case: Case
    signer_fingerprint: str
    signer_name: str
    signer_trusted: bool
    language: str = "en"  # what its pages are written in (its manifest's)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


class SignerView(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def fingerprint(self) -> str: ...


class PackCheck(Protocol):
    """The parts of the pack layer's ``PackReport`` an import needs."""

    @property
    def reason(self) -> str: ...
    @property
    def intact(self) -> bool: ...
    @property
    def is_record(self) -> bool: ...
    @property
    def kind(self) -> str | None: ...
    @property
    def signer_trusted(self) -> bool: ...
    @property
    def case(self) -> Case | None: ...
    @property
    def signer(self) -> SignerView | None: ...
    @property
    def language(self) -> str: ...


@dataclass(frozen=True)
class Stored:
    id: int
    added: bool
    previous_id: int | None
    previous_unknown: bool = False  # the pack names a previous version not in the register


Verify = Callable[[bytes], PackCheck]
Store = Callable[[IncomingPack], Stored]
Progress = Callable[[int, str], None]
StoreBenefits = Callable[[Any, bytes], str]  # a verified benefits report and its bytes -> what happened
Unwrap = Callable[[Path, bytes], bytes]  # the pack inside an encrypted file (UserError if it cannot be opened)

MAX_PACK_BYTES = 200 * 2**20
# Documents that are signed like packs but belong to the requester's side, and what to do with them instead.
WRONG_PLACE: Labels[str] = Labels({
    "return": N_("this is a return note, which is for the requester: import it with “return import FILE” in the "
                 "requester's data folder"),
    "decision": N_("this is a decision letter, which is for the requester: import it with “decision import FILE” "
                   "in the requester's data folder"),
})


IMPORTED_SUFFIXES = (".pdf", ".p7m")  # packs, and packs encrypted to ONS (CMS envelopes)


def collect_pdfs(paths: Iterable[Path]) -> list[Path]:
    """The files to import: each file given, and every ``*.pdf`` or ``*.p7m`` directly inside each folder given."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in IMPORTED_SUFFIXES and p.is_file()))
        else:
            files.append(path)
    return files


def _signer_label(signer: SignerView) -> str:
    return f"{signer.name} <{signer.email}>" if signer.email else signer.name


def import_one(path: Path, verify: Verify, store: Store, store_benefits: StoreBenefits | None = None,
               unwrap: Unwrap | None = None) -> ImportResult:
    """Verify one file and store it if (and only if) it verifies as an intact pack.

    ``unwrap(path, data)`` gives the pack inside an encrypted file (or ``data`` itself), raising ``UserError``
    when it cannot be opened; what is stored is the pack, never the envelope."""
    source = str(path)
    try:
        if path.stat().st_size > MAX_PACK_BYTES:
            return ImportResult(source, ImportStatus.REFUSED, _("the file is larger than a pack can be"))
        data = path.read_bytes()
    except OSError as exc:
        return ImportResult(source, ImportStatus.REFUSED,
                            _("cannot read the file ({reason})").format(reason=exc.strerror or type(exc).__name__))
    if unwrap is not None:
        try:
            data = unwrap(path, data)
        except UserError as err:
            return ImportResult(source, ImportStatus.REFUSED, str(err))
    report = verify(data)
    if not report.intact:
        return ImportResult(source, ImportStatus.REFUSED, report.reason)
    if report.is_record:
        return ImportResult(source, ImportStatus.REFUSED,
                            _("this is a screening record, not a submission pack; open the pack it contains"))
    if report.kind is not None and report.kind in WRONG_PLACE:
        return ImportResult(source, ImportStatus.REFUSED, WRONG_PLACE[report.kind])
    if report.kind == "benefits":
        if store_benefits is None:
            return ImportResult(source, ImportStatus.REFUSED, _("benefits reports are not taken here"))
        try:
            return ImportResult(source, ImportStatus.IMPORTED, store_benefits(report, data))
        except UserError as err:
            return ImportResult(source, ImportStatus.REFUSED, str(err))
    if report.case is None or report.signer is None:
        return ImportResult(source, ImportStatus.REFUSED, _("the file holds no case"))
    incoming = IncomingPack(data=data, case=report.case, signer_fingerprint=report.signer.fingerprint,
                            signer_name=_signer_label(report.signer), signer_trusted=report.signer_trusted,
                            language=report.language)
    stored = store(incoming)
    case = report.case
    if not stored.added:
        return ImportResult(source, ImportStatus.DUPLICATE, _("already imported (same SHA-256)"), stored.id,
                            case.case_ref, case.version, report.signer_trusted, stored.previous_id)
    reason = _("{ref} version {version}").format(ref=case.case_ref, version=case.version)
    if stored.previous_id is not None:
        reason += _(", a newer version of an earlier pack")
    if stored.previous_unknown:
        reason += _("; warning: it names a previous version (SHA-256 {sha}…) that is not in the register").format(
            sha=str(case.previous_pack_sha256)[:16])
    if not report.signer_trusted:
        reason += _("; signer not confirmed")
    return ImportResult(source, ImportStatus.IMPORTED, reason, stored.id, case.case_ref, case.version,
                        report.signer_trusted, stored.previous_id)


def import_packs(paths: Sequence[Path], verify: Verify, store: Store,
                 progress: Progress | None = None, store_benefits: StoreBenefits | None = None,
                 unwrap: Unwrap | None = None, cancelled: Callable[[], bool] | None = None) -> list[ImportResult]:
    """Import every file (folders expanded), one result per file, in order.

    Once ``cancelled()`` is true no further file is read: the results so far are returned (fewer than the files).
    """
    files = collect_pdfs(paths)
    results: list[ImportResult] = []
    for n, path in enumerate(files):
        if cancelled is not None and cancelled():
            return results
        if progress is not None:
            progress(int(100 * n / max(len(files), 1)), _("Checking {name}").format(name=path.name))
        results.append(import_one(path, verify, store, store_benefits, unwrap))
    if progress is not None:
        progress(100, _("Done"))
    return results
