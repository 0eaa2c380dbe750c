"""Alembic migration scripts (batch mode, so SQLite can alter tables). Run by ``store.migrate``."""
