"""Screening drafts per screener: two screeners typing on the same case each keep their own text.

A draft is now keyed by the case, its author and the form (``pack_id, author, key``). Drafts saved before have no
author (``""``); recording an assessment removes only its recorder's draft.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("screening_drafts") as batch:
        batch.add_column(sa.Column("author", sa.String(length=300), nullable=False, server_default=""))
        batch.drop_constraint(op.f("uq_screening_drafts_pack_id"), type_="unique")
        batch.create_unique_constraint(op.f("uq_screening_drafts_pack_id"), ["pack_id", "author", "key"])


def downgrade() -> None:
    with op.batch_alter_table("screening_drafts") as batch:
        batch.drop_constraint(op.f("uq_screening_drafts_pack_id"), type_="unique")
        batch.drop_column("author")
        batch.create_unique_constraint(op.f("uq_screening_drafts_pack_id"), ["pack_id", "key"])
