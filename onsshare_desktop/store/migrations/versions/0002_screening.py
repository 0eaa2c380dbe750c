"""Screening: received packs, annotations, checklist answers, triage assessments.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from onsshare_desktop.store.models import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _per_pack_table(name: str, key: str, *columns: sa.Column) -> None:  # type: ignore[type-arg]
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.Integer(), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(["pack_id"], ["received_packs.id"], name=op.f(f"fk_{name}_pack_id_received_packs")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("pack_id", key, name=op.f(f"uq_{name}_pack_id")),
    )
    op.create_index(op.f(f"ix_{name}_pack_id"), name, ["pack_id"])


def upgrade() -> None:
    op.create_table(
        "received_packs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("case_ref", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.Column("signer_fingerprint", sa.String(length=128), nullable=False),
        sa.Column("signer_name", sa.String(length=300), nullable=False),
        sa.Column("signer_confirmed", sa.Boolean(), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("imported_at", UTCDateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=300), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("organisation_key", sa.String(length=300), nullable=False),
        sa.Column("org_type", sa.String(length=60), nullable=False),
        sa.Column("datasets", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("legal_gateway", sa.Text(), nullable=False),
        sa.Column("public_benefit", sa.Text(), nullable=False),
        sa.Column("retention", sa.String(length=300), nullable=False),
        sa.Column("decided_at", UTCDateTime(), nullable=True),
        sa.Column("exemption_ground", sa.String(length=60), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("case_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["previous_id"], ["received_packs.id"],
                                name=op.f("fk_received_packs_previous_id_received_packs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_packs")),
        sa.UniqueConstraint("sha256", name=op.f("uq_received_packs_sha256")),
    )
    for column in ("case_ref", "previous_id", "signer_fingerprint", "stage", "imported_at"):
        op.create_index(op.f(f"ix_received_packs_{column}"), "received_packs", [column])
    op.create_index("ix_received_packs_stage_imported", "received_packs", ["stage", "imported_at"])
    op.create_index("ix_received_packs_org_lower", "received_packs", ["organisation_key"])

    _per_pack_table(
        "screening_annotations", "section_id",
        sa.Column("section_id", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=300), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
    )
    _per_pack_table(
        "screening_checklist", "item_id",
        sa.Column("item_id", sa.String(length=100), nullable=False),
        sa.Column("answer", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=300), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
    )
    _per_pack_table(
        "screening_triage", "service",
        sa.Column("service", sa.String(length=60), nullable=False),
        sa.Column("risks", sa.Text(), nullable=False),
        sa.Column("benefits", sa.Text(), nullable=False),
        sa.Column("recommendation", sa.String(length=40), nullable=False),
        sa.Column("precedents_json", sa.Text(), nullable=False),
        sa.Column("assessor", sa.String(length=300), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    for name in ("screening_triage", "screening_checklist", "screening_annotations"):
        op.drop_index(op.f(f"ix_{name}_pack_id"), table_name=name)
        op.drop_table(name)
    op.drop_index("ix_received_packs_org_lower", table_name="received_packs")
    op.drop_index("ix_received_packs_stage_imported", table_name="received_packs")
    for column in ("case_ref", "previous_id", "signer_fingerprint", "stage", "imported_at"):
        op.drop_index(op.f(f"ix_received_packs_{column}"), table_name="received_packs")
    op.drop_table("received_packs")
