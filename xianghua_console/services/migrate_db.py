"""``migrate-db``: copy every record of a SQLite database into an empty PostgreSQL database.

Tables are copied in foreign-key order with their ids, the target's id sequences are moved
past the copied ids, and the copy is verified: the same number of rows in every table, and
sound hash chains. A target that already holds anything is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, inspect, select, text

from xianghua_console.domain.clock import Clock
from xianghua_console.domain.messages import joined, msg
from xianghua_console.services.context import Refused
from xianghua_console.services.progress import Progress, ProgressFn, as_progress
from xianghua_console.store.chains import broken_chains
from xianghua_console.store.db import Database, SchemaState, make_engine, open_database
from xianghua_console.store.models import Base

BATCH = 2000


@dataclass(frozen=True)
class MigrationReport:
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def migrate_database(
    *,
    source_url: str,
    target_url: str,
    clock: Clock,
    progress: ProgressFn | None = None,
) -> MigrationReport:
    """Copy ``source_url`` into the empty ``target_url`` and verify the copy.

    ``progress`` counts the rows copied. Everything is copied in one transaction of the
    target: a cancel before its commit (the point of no return) leaves the target empty, as
    a failed copy does.
    """
    p = as_progress(progress)
    source, _ = open_database(source_url, clock=clock, migrate=False, create=False)
    try:
        probe = Database(target_url, make_engine(target_url))
        try:
            empty = _is_empty(probe)
        finally:
            probe.dispose()
        if not empty:
            raise Refused("目标数据库 {db} 不是空的；只能迁移到一个空数据库。",
                          db=probe.display_name)
        target, _ = open_database(target_url, clock=clock, load_defaults=False)
        try:
            rows = _copy_all(source, target, p)
            p(0, 0, msg("核对行数和哈希链"))
            _verify(target, rows)
            return MigrationReport(rows)
        finally:
            target.dispose()
    finally:
        source.dispose()


def _is_empty(db: Database) -> bool:
    """No tables at all, or the console's tables without a row (a copy that failed midway)."""
    state, _ = db.schema_state()
    if state is SchemaState.EMPTY:
        return True
    if state is not SchemaState.CURRENT:
        return False
    with db.engine.connect() as conn:
        return all(
            conn.execute(select(func.count()).select_from(t)).scalar() == 0
            for t in Base.metadata.sorted_tables
        )


def _copy_all(source: Database, target: Database, p: Progress) -> dict[str, int]:
    rows: dict[str, int] = {}
    with source.engine.connect() as src, target.engine.begin() as dst:
        p(0, 0, msg("统计源库记录"))
        total = sum(src.execute(select(func.count()).select_from(t)).scalar() or 0
                    for t in Base.metadata.sorted_tables)
        done = 0
        for table in Base.metadata.sorted_tables:
            copied = 0
            p(done, total, msg("复制 {name}", name=table.name))
            result = src.execute(select(table).order_by(*table.primary_key.columns))
            while batch := result.fetchmany(BATCH):
                dst.execute(table.insert(), [dict(r._mapping) for r in batch])
                copied += len(batch)
                p(done + copied, total, msg("复制 {name}", name=table.name))
            rows[table.name] = copied
            done += copied
        if target.backend == "postgresql":
            _advance_sequences(dst)
        p.no_return()  # the commit: a cancel up to here leaves the target empty
    return rows


def _advance_sequences(conn) -> None:  # noqa: ANN001
    """Move each serial id past the copied rows, or the next insert would collide."""
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        seq = conn.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": pk[0].name}
        ).scalar()
        if seq:
            conn.execute(
                text(f"SELECT setval(:s, COALESCE((SELECT MAX({pk[0].name}) FROM {table.name}), 0) + 1, false)"),  # noqa: E501,S608 - names come from our metadata
                {"s": seq},
            )


def _verify(target: Database, rows: dict[str, int]) -> None:
    with target.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            have = conn.execute(select(func.count()).select_from(table)).scalar()
            if have != rows[table.name]:
                raise Refused("核对失败：表 {table} 源库 {rows} 行，目标库 {have} 行",
                              table=table.name, rows=rows[table.name], have=have)
    with target.read_session() as session:
        problems = broken_chains(session)
    if problems:
        raise Refused("核对失败：{problems}", problems=joined(problems))
    names = set(inspect(target.engine).get_table_names())
    missing = set(Base.metadata.tables) - names
    if missing:
        raise Refused("核对失败：目标库缺少数据表 {tables}", tables=sorted(missing))
