"""ORM models. Only repositories use them; the layers above see frozen domain objects."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Integer, LargeBinary, MetaData, String, Text, TypeDecorator, UniqueConstraint
from sqlalchemy import Boolean, ForeignKey, Index, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on every backend."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class DraftRow(Base):
    """A requester's draft: the whole case as JSON plus the columns the drafts list shows and searches."""

    __tablename__ = "drafts"
    __table_args__ = (  # covering index of the drafts list (migration 0003)
        Index("ix_drafts_list", "updated_at", "id", "deleted_at", "case_ref", "title", "organisation",
              "completeness"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_ref: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    completeness: Mapped[int] = mapped_column(Integer, default=0)
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[str] = mapped_column(String(20))
    case_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, default=None)


class EventRow(Base):
    """One entry of an append-only, hash-chained history (a case's edits, a screening's decisions).

    ``hash = SHA-256(prev_hash || canonical JSON of the event)``; triggers refuse UPDATE and DELETE.
    """

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("stream", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stream: Mapped[str] = mapped_column(String(120), index=True)  # e.g. "draft:ONS-DSR-2026-7K3Q9P"
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(60))
    actor: Mapped[str] = mapped_column(String(300))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    payload_json: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ReceivedPackRow(Base):
    """A submission pack a screener imported: where it stands, who signed it, and the register's columns.

    The pack bytes live unchanged at ``DataPaths.packs / <sha256>.pdf``; ``case_json`` is the case read from the
    signed revision. ``previous_id`` links a later version of a case to the earlier one.
    """

    __tablename__ = "received_packs"
    __table_args__ = (
        Index("ix_received_packs_stage_imported", "stage", "imported_at"),
        Index("ix_received_packs_org_lower", "organisation_key"),
        Index("ix_received_packs_register", "imported_at", "id", "case_ref", "version", "title", "organisation",
              "org_type", "stage", "signer_name", "signer_fingerprint", "signer_confirmed", "superseded", "sha256",
              "search_text", "organisation_key"),  # covering index of the register and its text filter (0003)
        Index("ix_received_packs_superseded", "case_ref", sqlite_where=text("superseded = 1"),
              postgresql_where=text("superseded = true")),  # only the superseded packs: counting cases (0008)
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    case_ref: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("received_packs.id"), nullable=True, index=True)
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)
    signer_fingerprint: Mapped[str] = mapped_column(String(128), index=True)
    signer_name: Mapped[str] = mapped_column(String(300), default="")
    signer_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    stage: Mapped[str] = mapped_column(String(40), index=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    imported_by: Mapped[str] = mapped_column(String(300))
    size: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    organisation_key: Mapped[str] = mapped_column(String(300), default="")  # lower-cased, for filtering
    org_type: Mapped[str] = mapped_column(String(60), default="")
    datasets: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    legal_gateway: Mapped[str] = mapped_column(Text, default="")
    public_benefit: Mapped[str] = mapped_column(Text, default="")
    retention: Mapped[str] = mapped_column(String(300), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    exemption_ground: Mapped[str | None] = mapped_column(String(60), nullable=True)
    search_text: Mapped[str] = mapped_column(Text, default="")  # lower-cased reference, title, organisation...
    case_json: Mapped[str] = mapped_column(Text)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_by: Mapped[str] = mapped_column(String(300), default="", server_default="")  # who last changed it
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __mapper_args__ = {"version_id_col": row_version}  # optimistic concurrency (migration 0004)


class AnnotationRow(Base):
    """The current status and comment of one section of a received pack (history is in ``events``)."""

    __tablename__ = "screening_annotations"
    __table_args__ = (UniqueConstraint("pack_id", "section_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_id: Mapped[int] = mapped_column(ForeignKey("received_packs.id"), index=True)
    section_id: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(40))
    comment: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(300))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": row_version}


class ChecklistAnswerRow(Base):
    """The screener's current answer to one checklist item of a received pack."""

    __tablename__ = "screening_checklist"
    __table_args__ = (UniqueConstraint("pack_id", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_id: Mapped[int] = mapped_column(ForeignKey("received_packs.id"), index=True)
    item_id: Mapped[str] = mapped_column(String(100))
    answer: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(300))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": row_version}


class TriageRow(Base):
    """One service's triage assessment of a received pack; ``precedents_json`` lists earlier case refs."""

    __tablename__ = "screening_triage"
    __table_args__ = (UniqueConstraint("pack_id", "service"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_id: Mapped[int] = mapped_column(ForeignKey("received_packs.id"), index=True)
    service: Mapped[str] = mapped_column(String(60))
    risks: Mapped[str] = mapped_column(Text, default="")
    benefits: Mapped[str] = mapped_column(Text, default="")
    recommendation: Mapped[str] = mapped_column(String(40))
    precedents_json: Mapped[str] = mapped_column(Text, default="[]")
    assessor: Mapped[str] = mapped_column(String(300))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": row_version}


class PackBlobRow(Base):
    """The bytes of a received pack, content-addressed by SHA-256, so every screener on a team server can open it."""

    __tablename__ = "pack_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class TeamMemberRow(Base):
    """A member of the screening team: who they are, the certificate they sign with, and their roles."""

    __tablename__ = "team_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(300))
    fingerprint: Mapped[str] = mapped_column(String(128), unique=True)
    roles: Mapped[str] = mapped_column(Text, default="")  # role values separated by spaces
    added_by: Mapped[str] = mapped_column(String(300), default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": row_version}



class TrustedSignerRow(Base):
    """A requester's signing certificate the screening team trusts (on a team database, shared by every screener).

    ``certificate_pem`` is the certificate itself; the other columns say who it names and who added it when.
    """

    __tablename__ = "trusted_signers"

    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    certificate_pem: Mapped[str] = mapped_column(Text)
    added_by: Mapped[str] = mapped_column(String(300), default="")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ScreeningDraftRow(Base):
    """Text a screener has typed on a received pack but not yet recorded (no history event: work in progress).

    ``key`` names the form (``annotation:<section>``, ``check:<item>``, ``triage``, ``outcome``); ``value_json`` holds
    its fields as typed; ``author`` is the screener who typed it (on a team database two screeners may be typing on
    the same case). Recording the assessment removes its recorder's draft in the same transaction.
    """

    __tablename__ = "screening_drafts"
    __table_args__ = (UniqueConstraint("pack_id", "author", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_id: Mapped[int] = mapped_column(ForeignKey("received_packs.id"), index=True)
    author: Mapped[str] = mapped_column(String(300), default="", server_default="")
    key: Mapped[str] = mapped_column(String(120))
    value_json: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
