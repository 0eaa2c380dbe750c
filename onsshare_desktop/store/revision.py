"""The schema revisions this version of the app knows, newest last, importable without SQLAlchemy.

A database at a revision not listed here was set up by a newer version of the app and is refused.
"""

KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005")
HEAD_REVISION = KNOWN_REVISIONS[-1]
