"""Alembic migrations of the console's schema.

``KNOWN_REVISIONS`` lists every revision in order so that opening a current database needs
no Alembic import; a test checks it against the revision files.
"""

KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")
HEAD_REVISION: str = KNOWN_REVISIONS[-1]
