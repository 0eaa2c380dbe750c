"""Alembic environment: always run with a connection handed in by ``onsshare_desktop.store.migrate``.

The same migrations run on SQLite and PostgreSQL. SQLite cannot ALTER most things in place, so there (only)
Alembic's batch mode copies the table; the models' MetaData naming convention gives every constraint a name
both databases agree on.
"""

from alembic import context

from onsshare_desktop.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
