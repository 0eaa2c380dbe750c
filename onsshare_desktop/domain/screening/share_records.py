"""Records of a share after its approval: the administrative records the policy names (Data Sharing Agreement,
Memorandum of Understanding, DPIA, Ethical Self Assessment), each with its reference, date and file (by SHA-256),
and the share's end date. What is still missing is shown in the register."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from onsshare_desktop.domain.errors import UserError
from onsshare_desktop.domain.screening.stages import Stage
from onsshare_desktop.i18n import Labels, N_, _

SHARE_RECORD = "share_record"  # history event kinds
SHARE_END = "share_end"
APPROVED_STAGES = frozenset({Stage.THIRD_SCREENING, Stage.PUBLISHED, Stage.EXEMPT})


class RecordKind(StrEnum):
    DSA = "dsa"
    MOU = "mou"
    DPIA = "dpia"
    ETHICS = "ethics"


RECORD_KIND_LABELS: Labels[RecordKind] = Labels({
    RecordKind.DSA: N_("Data Sharing Agreement"),
    RecordKind.MOU: N_("Memorandum of Understanding"),
    RecordKind.DPIA: N_("Data Protection Impact Assessment"),
    RecordKind.ETHICS: N_("Ethical Self Assessment"),
})
END_DATE = "end_date"  # the name of the missing end date in ``missing``


@dataclass(frozen=True)
class ShareRecord:
    kind: RecordKind
    reference: str
    dated: str  # YYYY-MM-DD
    file_name: str
    sha256: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "reference": self.reference, "date": self.dated,
                "file_name": self.file_name, "sha256": self.sha256, "size": self.size}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> "ShareRecord":
        return cls(RecordKind(raw["kind"]), raw["reference"], raw["date"], raw["file_name"], raw["sha256"],
                   int(raw["size"]))


def new_share_record(kind: str, reference: str, dated: str, file_name: str, sha256: str,
                     size: int) -> ShareRecord:
    """A record, checked.

    Raises:
        UserError: unknown kind, empty reference, or a date not in the form YYYY-MM-DD.
    """
    try:
        record_kind = RecordKind(kind)
    except ValueError:
        raise UserError(_("unknown record {kind}; one of: {kinds}").format(
            kind=kind[:40], kinds=", ".join(RecordKind))) from None
    if not reference.strip() or len(reference) > 200:
        raise UserError(_("give the record's reference (at most 200 characters)"))
    return ShareRecord(record_kind, reference.strip(), check_date(dated), file_name, sha256, size)


def check_date(text: str) -> str:
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise UserError(_("not a date in the form YYYY-MM-DD: {t}").format(t=text[:40])) from None


@dataclass(frozen=True)
class ShareRecords:
    """The latest record of each kind and the end date, from the case's history."""

    records: dict[RecordKind, ShareRecord]
    end_date: str | None

    def missing(self) -> list[str]:
        """The kinds not yet recorded, then ``end_date`` if the end date is not set."""
        gaps = [kind.value for kind in RecordKind if kind not in self.records]
        return gaps + ([END_DATE] if self.end_date is None else [])


def fold_share_records(events: Iterable[tuple[str, Mapping[str, Any]]]) -> ShareRecords:
    """The share's records from its history events ``(kind, payload)``, oldest first (later ones replace)."""
    records: dict[RecordKind, ShareRecord] = {}
    end: str | None = None
    for kind, payload in events:
        if kind == SHARE_RECORD:
            record = ShareRecord.from_json(payload)
            records[record.kind] = record
        elif kind == SHARE_END:
            end = str(payload["end_date"])
    return ShareRecords(records, end)
