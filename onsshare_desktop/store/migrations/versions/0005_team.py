"""A screening team on one database: version columns, pack bytes, shared trust store, team members.

- ``row_version`` on every shared row a screener edits (optimistic concurrency: the second of two writers is told),
  and who last changed a received pack and when;
- ``pack_blobs``: the received packs' bytes, content-addressed by SHA-256, so every screener can open them;
- ``team_members``: name, e-mail, certificate fingerprint and roles;
- on PostgreSQL, the triggers that keep ``events`` append-only (SQLite has had them since 0001).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from onsshare_desktop.store.models import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

VERSIONED = ("received_packs", "screening_annotations", "screening_checklist", "screening_triage")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"))
            if table == "received_packs":
                batch.add_column(sa.Column("changed_by", sa.String(length=300), nullable=False, server_default=""))
                batch.add_column(sa.Column("changed_at", UTCDateTime(), nullable=True))
    op.create_table(
        "pack_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_pack_blobs")),
    )
    op.create_table(
        "team_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=300), nullable=False),
        sa.Column("fingerprint", sa.String(length=128), nullable=False),
        sa.Column("roles", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=300), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_members")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_team_members_fingerprint")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
                   "BEGIN RAISE EXCEPTION 'events are append-only' USING ERRCODE = 'integrity_constraint_violation'; END $$")
        op.execute("CREATE TRIGGER events_no_update BEFORE UPDATE ON events "
                   "FOR EACH ROW EXECUTE FUNCTION events_append_only()")
        op.execute("CREATE TRIGGER events_no_delete BEFORE DELETE ON events "
                   "FOR EACH ROW EXECUTE FUNCTION events_append_only()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER events_no_delete ON events")
        op.execute("DROP TRIGGER events_no_update ON events")
        op.execute("DROP FUNCTION events_append_only()")
    op.drop_table("team_members")
    op.drop_table("pack_blobs")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            if table == "received_packs":
                batch.drop_column("changed_at")
                batch.drop_column("changed_by")
            batch.drop_column("row_version")
