"""What verification says about a signed file: the verdict and everything read from the signed revision.

Below ``verify``, ``record_check`` and ``document_check``, which all build reports; nothing here imports them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from onsshare_desktop.domain.case import AttachmentRef, Case
from onsshare_desktop.i18n import ENGLISH
from onsshare_desktop.identity.certificates import SignerInfo
from onsshare_desktop.pack.manifest import PackManifest
from onsshare_desktop.pack.reading import EmbeddedFile, SignedPdf
from onsshare_desktop.pack.refusal import Refusal

if TYPE_CHECKING:
    from cryptography import x509

    from onsshare_desktop.pack.pages import PagesCheck


class Verdict(enum.Enum):
    TRUSTED = "trusted"  # intact, and the signer is in the trust store
    UNTRUSTED = "untrusted"  # intact, but the signer is unknown here
    REFUSED = "refused"  # tampered, changed after signing, not signed, unreadable or not a pack


@dataclass(frozen=True)
class PackAttachment:
    ref: AttachmentRef
    file: EmbeddedFile

    @property
    def data(self) -> bytes:
        return self.file.data


@dataclass(frozen=True)
class PackReport:
    """What ``verify`` says about one file."""

    source: str
    verdict: Verdict
    reason: str
    refusal: Refusal | None = None
    kind: str | None = None  # the manifest's kind: pack, record, return, decision or benefits
    file_sha256: str | None = None
    signer: SignerInfo | None = None
    certificate: "x509.Certificate | None" = None
    signing_time: datetime | None = None
    covers_entire_file: bool = False
    signer_trusted: bool = False
    case: Case | None = None
    case_bytes: bytes | None = field(default=None, repr=False)
    manifest: PackManifest | None = None
    attachments: tuple[PackAttachment, ...] = field(default=(), repr=False)
    files: tuple[EmbeddedFile, ...] = field(default=(), repr=False)
    document: Any = None  # a return note, decision letter or benefits report (domain.documents)
    pages_check: "PagesCheck | None" = None  # how the pages were checked against the signed data

    @property
    def is_record(self) -> bool:
        return self.kind == "record"

    @property
    def intact(self) -> bool:
        return self.verdict is not Verdict.REFUSED

    @property
    def language(self) -> str:
        """The language the document's pages are written in (its manifest's; English when it records none)."""
        return self.manifest.language if self.manifest is not None else ENGLISH

    def to_json(self) -> dict[str, Any]:
        """The report as ``verify --json`` prints it."""
        return {
            "file": self.source,
            "verdict": self.verdict.value,
            "reason": self.reason,
            "refusal": self.refusal.value if self.refusal else None,
            "kind": self.kind,
            "sha256": self.file_sha256,
            "signer": None if self.signer is None else {
                "name": self.signer.name, "organisation": self.signer.organisation, "email": self.signer.email,
                "fingerprint": self.signer.fingerprint},
            "signing_time": self.signing_time.isoformat() if self.signing_time else None,
            "covers_entire_file": self.covers_entire_file,
            "signer_trusted": self.signer_trusted,
            "pages_check": self.pages_check.value if self.pages_check else None,
            "pack_id": self.manifest.pack_id if self.manifest else None,
            "language": self.manifest.language if self.manifest else None,
            "case_ref": self.case.case_ref if self.case else self.manifest.case_ref if self.manifest else None,
            "version": self.case.version if self.case else self.manifest.version if self.manifest else None,
            "answers_pack_sha256": self.document.pack_sha256 if self.document is not None else None,
            "attachments": [{"file_name": a.ref.file_name, "type": a.ref.kind, "size": a.ref.size,
                             "sha256": a.ref.sha256} for a in self.attachments],
        }


def refused_report(source: str, refusal: Refusal, reason: str, signed: SignedPdf | None = None,
                   file_sha256: str | None = None) -> PackReport:
    """The report of a refused file: the verdict, why, and what is known of its signature."""
    return PackReport(
        source=source, verdict=Verdict.REFUSED, reason=reason, refusal=refusal,
        file_sha256=signed.sha256 if signed else file_sha256,
        signer=signed.signer if signed else None, certificate=signed.certificate if signed else None,
        signing_time=signed.signing_time if signed else None, covers_entire_file=signed is not None)
