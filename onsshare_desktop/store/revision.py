"""The schema revision this version of the app expects (the newest Alembic migration), importable without
SQLAlchemy."""

HEAD_REVISION = "0004"
