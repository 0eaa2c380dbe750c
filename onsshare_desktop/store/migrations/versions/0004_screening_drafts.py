"""Screening drafts: what a screener has typed but not yet recorded in the case history (autosaved as typed).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from onsshare_desktop.store.models import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "screening_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=False),
        sa.Column("saved_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["pack_id"], ["received_packs.id"],
                                name=op.f("fk_screening_drafts_pack_id_received_packs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_screening_drafts")),
        sa.UniqueConstraint("pack_id", "key", name=op.f("uq_screening_drafts_pack_id")),
    )
    op.create_index(op.f("ix_screening_drafts_pack_id"), "screening_drafts", ["pack_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_screening_drafts_pack_id"), table_name="screening_drafts")
    op.drop_table("screening_drafts")
