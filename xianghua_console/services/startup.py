"""What the console asks of the database before its first window, without the ORM.

The login dialog and the language are decided before anything is on screen; importing
SQLAlchemy and mapping the models for them would keep the officer waiting about 300 ms
longer for the first window (``bench/startup``). Each fact is one query through
:meth:`Database.peek` (``sqlite3`` while the engine is not made yet); the ORM comes after the
first paint.
"""

from __future__ import annotations

import logging

from xianghua_console.domain.settings import Settings
from xianghua_console.store.db import Database

log = logging.getLogger(__name__)

#: ``store.models.User.__tablename__`` and ``Setting.__tablename__`` (a test checks them).
ACCOUNT_TABLE = "user_account"
SETTING_TABLE = "setting"


def has_accounts(db: Database) -> bool:
    """Whether the database has any account yet (a new database has none)."""
    return bool(db.peek(f"SELECT EXISTS (SELECT 1 FROM {ACCOUNT_TABLE})"))


def stored_setting(db: Database, key: str) -> object:
    """One setting as ``load_settings`` gives it: the stored value (parsed and checked like
    all of them) or the plan's default."""
    raw = db.peek(f"SELECT value FROM {SETTING_TABLE} WHERE key = :key", {"key": key})
    return getattr(Settings.from_rows({} if raw is None else {key: str(raw)}), key)
