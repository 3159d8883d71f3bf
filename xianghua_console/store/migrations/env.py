"""Alembic environment: always run on a connection handed in by ``runner.upgrade_to_head``."""

from alembic import context

from xianghua_console.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the console always hands a connection in
    raise RuntimeError("run migrations through xianghua_console.store.migrations.runner")

# Batch mode: SQLite cannot ALTER most things, so Alembic rebuilds tables there.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
