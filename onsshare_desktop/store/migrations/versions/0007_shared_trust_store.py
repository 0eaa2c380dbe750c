"""The trust store of a screening team: the requester certificates every screener on a team database trusts.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from onsshare_desktop.store.models import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trusted_signers",
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("certificate_pem", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=300), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_trusted_signers")),
    )


def downgrade() -> None:
    op.drop_table("trusted_signers")
