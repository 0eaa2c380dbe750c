"""Persistence: SQLAlchemy engine factory, ORM models, Alembic migrations and small repositories.

Nothing here imports Qt. SQL stays portable (SQLite by default, PostgreSQL later) through SQLAlchemy.
"""
