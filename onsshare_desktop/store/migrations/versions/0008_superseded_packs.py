"""A partial index of the superseded received packs, so the register counts its cases without reading every row.

The register lists each case once, at its latest version (the packs not superseded). Counting those read the wide
covering index ``ix_received_packs_register`` whole (100,000 cases: 58 ms on SQLite with a cold page cache, at
every reload of the register); the count is now every pack (the narrowest index) less the superseded ones (this
index, which holds only them): 5 ms.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_received_packs_superseded", "received_packs", ["case_ref"],
                    sqlite_where=sa.text("superseded = 1"), postgresql_where=sa.text("superseded = true"))


def downgrade() -> None:
    op.drop_index("ix_received_packs_superseded", table_name="received_packs")
