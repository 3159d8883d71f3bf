"""Opening a database: URL resolution, connection pragmas, schema version, upgrade, defaults.

Opening a current database imports no Alembic machinery: the schema version is read with one
query and compared with :data:`HEAD_REVISION`. Only a database that needs creating or
upgrading pulls in ``alembic.command`` (keeps the console's start-up fast).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from xianghua_console.domain.clock import Clock, to_local
from xianghua_console.store.migrations import HEAD_REVISION, KNOWN_REVISIONS

ENV_DB = "XIANGHUA_DB"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """A database that cannot be used; the message says why and what to do, in Chinese."""


class SchemaState(StrEnum):
    EMPTY = "empty"  # no tables at all: a new database
    CURRENT = "current"
    OUTDATED = "outdated"  # an older revision this code can upgrade
    NEWER = "newer"  # written by a newer version of the console
    FOREIGN = "foreign"  # tables, but not the console's


@dataclass(frozen=True)
class OpenReport:
    """What happened while opening: a new database, an upgrade and where the copy went."""

    created: bool = False
    upgraded_from: str | None = None
    backup_path: Path | None = None


def default_url() -> str:
    """The SQLite file in the platform's user data directory."""
    from xianghua_console.paths import user_data_dir

    return f"sqlite:///{user_data_dir() / 'xianghua.sqlite'}"


def resolve_url(arg: str | None, environ: dict[str, str] | None = None) -> str:
    """``--db`` wins, then ``XIANGHUA_DB``, then the default file; a bare path means SQLite."""
    env = os.environ if environ is None else environ
    raw = arg or env.get(ENV_DB) or default_url()
    if "://" not in raw:
        raw = f"sqlite:///{Path(raw).expanduser().resolve()}"
    try:
        make_url(raw)
    except ArgumentError as exc:
        raise DatabaseError(f"数据库地址无法识别：{raw}") from exc
    return raw


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other backends and in-memory databases."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


WRITE_OPTION = "xianghua_write"
# Every write transaction on PostgreSQL takes this advisory lock first, so writes from several
# workstations are serialized: numbers stay gap-free and hash chains stay linear, no retries.
PG_WRITE_LOCK = 2027_0313


def _set_sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
    # The driver's own transaction handling is off: _begin_sqlite below issues BEGIN itself.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        # WAL lets the GUI read while the worker writes; it does not work on a network share.
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
    finally:
        cur.close()


def _begin_sqlite(conn) -> None:  # noqa: ANN001
    """Writes begin IMMEDIATE: the write lock is taken before the first read.

    A deferred transaction that reads (the next number, the last hash) and then writes fails
    with "database is locked" when another process wrote in between; IMMEDIATE makes it wait
    (busy_timeout) and then read the current state instead.
    """
    write = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str) -> Engine:
    """An engine with the console's connection settings for the URL's backend."""
    u = make_url(url)
    if u.get_backend_name() == "sqlite":
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """An opened database: its URL, engine and session factory."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def display_name(self) -> str:
        """The URL without its password, for titles and messages."""
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write session: commits when the block ends, rolls back on an error.

        Write sessions are serialized across processes and workstations (BEGIN IMMEDIATE on
        SQLite, an advisory transaction lock on PostgreSQL).
        """
        with self._write_sessions() as session, session.begin():
            if self.backend == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_WRITE_LOCK})
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading only: it is closed without a commit, so nothing is written.

        Closing (rather than rolling back) leaves loaded objects readable as detached copies.
        """
        with self._sessions() as session:
            yield session

    def schema_state(self) -> tuple[SchemaState, str | None]:
        """The schema's state and its stored revision, read with one query."""
        try:
            with self.engine.connect() as conn:
                names = set(inspect(conn).get_table_names())
                if not names:
                    return SchemaState.EMPTY, None
                if "alembic_version" not in names:
                    return SchemaState.FOREIGN, None
                rev = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, SADatabaseError) as exc:
            raise DatabaseError(_describe_db_error(self.url, exc)) from exc
        if rev == HEAD_REVISION:
            return SchemaState.CURRENT, rev
        if rev in KNOWN_REVISIONS:
            return SchemaState.OUTDATED, rev
        if rev is None:
            return SchemaState.EMPTY, None
        return SchemaState.NEWER, rev

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    url: str,
    *,
    clock: Clock,
    migrate: bool = True,
    create: bool = True,
    load_defaults: bool = True,
) -> tuple[Database, OpenReport]:
    """Open ``url``: create it from the plan defaults when new, upgrade it when older.

    ``migrate=False`` opens without changing anything (``check`` uses it) and then refuses a
    database that is not current. An existing SQLite file is copied aside before an upgrade.
    """
    path = sqlite_path(url)
    existed = True
    if path is not None:
        existed = path.exists() and path.stat().st_size > 0
        if path.exists() and path.is_dir():
            raise DatabaseError(f"{path} 是一个文件夹，不是数据库文件。")
        if existed:
            _require_sqlite_file(path)
        elif not create:
            raise DatabaseError(f"数据库文件不存在：{path}")
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"无法创建数据库所在的文件夹 {path.parent}：{exc}") from exc
    db = Database(url, make_engine(url))
    try:
        return db, _bring_to_head(db, path, clock=clock, migrate=migrate, load_defaults=load_defaults)
    except BaseException:
        db.dispose()
        raise


def _bring_to_head(
    db: Database, path: Path | None, *, clock: Clock, migrate: bool, load_defaults: bool
) -> OpenReport:
    state, rev = db.schema_state()
    if state is SchemaState.CURRENT:
        return OpenReport()
    if state is SchemaState.NEWER:
        raise DatabaseError(
            f"数据库的结构版本（{rev}）比本程序（{HEAD_REVISION}）新，"
            "是由更新版本的值班台写入的。请升级本程序后再打开，不要用旧版本修改它。"
        )
    if state is SchemaState.FOREIGN:
        raise DatabaseError(
            f"{db.display_name} 中已有数据表，但不是值班台的数据库（没有版本记录）。"
            "请另选一个文件或一个空数据库。"
        )
    if not migrate:
        if state is SchemaState.EMPTY:
            raise DatabaseError(f"{db.display_name} 是空数据库，还没有建立值班台的数据结构。")
        raise DatabaseError(
            f"数据库结构版本为 {rev}，本程序需要 {HEAD_REVISION}；打开值班台时会先备份再自动升级。"
        )
    from xianghua_console.store.migrations.runner import upgrade_to_head

    if state is SchemaState.EMPTY:
        upgrade_to_head(db.engine)
        if load_defaults:
            from xianghua_console.store.defaults import load_plan_defaults

            with db.session() as session:
                load_plan_defaults(session, clock=clock)
        return OpenReport(created=True)
    backup = backup_sqlite_file(path, label=f"before-{rev}", clock=clock) if path else None
    upgrade_to_head(db.engine)
    return OpenReport(upgraded_from=rev, backup_path=backup)


def backup_sqlite_file(path: Path, *, label: str, clock: Clock) -> Path:
    """Copy a SQLite file aside with SQLite's online backup API (safe with WAL)."""
    stamp = to_local(clock.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}.{stamp}{path.suffix}.bak")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _require_sqlite_file(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(f"无法读取数据库文件 {path}：{exc.strerror or exc}") from exc
    if head != SQLITE_MAGIC:
        raise DatabaseError(f"{path} 不是 SQLite 数据库文件（可能选错了文件，或文件已损坏）。")


def _describe_db_error(url: str, exc: Exception) -> str:
    shown = make_url(url).render_as_string(hide_password=True)
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    if "file is not a database" in detail or "malformed" in detail:
        return f"{shown} 不是可用的数据库文件，或者已损坏：{detail}"
    return f"无法打开数据库 {shown}：{detail}"
