"""The schema revision this version of the app expects (the newest Alembic migration) and where the migrations
are, importable without SQLAlchemy. A database at a revision not known here was set up by a newer version of the
app and is refused."""

from pathlib import Path

HEAD_REVISION = "0008"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def known_revisions() -> set[str]:
    """Every schema revision this version of the app knows (a backup from a newer app has another)."""
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")}
