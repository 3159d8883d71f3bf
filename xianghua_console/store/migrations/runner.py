"""Running Alembic programmatically on an engine (imported only when a schema changes)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def upgrade_to_head(engine: Engine) -> None:
    """Apply every revision up to head in one transaction on ``engine``.

    On SQLite, foreign keys are switched off for the upgrade: a batch migration rebuilds a
    table (copy, drop, rename), which a referencing row would otherwise forbid. The keys are
    then checked before the transaction commits, so a migration cannot leave dangling rows.
    """
    cfg = alembic_config()
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        raw = conn.connection.driver_connection  # no SQLAlchemy autobegin: PRAGMA runs outside
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")  # a no-op inside a transaction
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left rows with broken references: {broken[:5]}")
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")
