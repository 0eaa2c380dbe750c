from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from onsshare_desktop.store.migrate import HEAD_REVISION, current_revision
from onsshare_desktop.store.models import Base


def test_migrations_create_exactly_the_models(database) -> None:
    assert current_revision(database.engine) == HEAD_REVISION == "0008"
    with database.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
