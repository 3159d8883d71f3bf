"""Opening a database: URL resolution, connection pragmas, schema version, upgrade, defaults.

Opening a current database imports no Alembic machinery: the schema version is read with one
query and compared with :data:`HEAD_REVISION`. Only a database that needs creating or
upgrading pulls in ``alembic.command`` (keeps the console's start-up fast).

Opening a current SQLite file imports no SQLAlchemy either: the version is read with the
standard ``sqlite3`` module and the engine is made on first use (:attr:`Database.engine`),
which the console does after its window has painted (``bench/startup``). Importing SQLAlchemy
and mapping the models costs about 300 ms on the office's machines, more than the rest of the
start-up together.
"""

from __future__ import annotations

import os
import secrets
import socket
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from xianghua_console.domain.clock import Clock, to_local
from xianghua_console.store.migrations import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

ENV_DB = "XIANGHUA_DB"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class DatabaseError(Exception):
    """A database that cannot be used; the message says why and what to do, in Chinese.

    Takes a template and its values like ``services.context.Refused``; ``str(exc)`` is the
    Chinese text, :attr:`message` the :class:`~xianghua_console.domain.messages.Message`.
    """

    def __init__(self, message: str = "", /, **params: object) -> None:
        from xianghua_console.domain.messages import Message

        self.message = Message(message, **params)
        super().__init__(self.message)


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
    if _plain_sqlite_file(raw) is not None:
        return raw  # nothing SQLAlchemy could object to
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        make_url(raw)
    except ArgumentError as exc:
        raise DatabaseError("数据库地址无法识别：{raw}", raw=raw) from exc
    return raw


def _plain_sqlite_file(url: str) -> str | None:
    """The file of ``sqlite:///<file>`` when it needs no URL parsing (no query, no escapes).

    The common case (the default file, ``--db sqlite:///…``) is answered without importing
    SQLAlchemy; anything unusual goes through ``make_url``.
    """
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if url.startswith(prefix):
            rest = url[len(prefix):]
            if rest and rest != ":memory:" and not any(c in rest for c in "?%@#"):
                return rest
    return None


def backend_name(url: str) -> str:
    """``sqlite``, ``postgresql``, …: the URL's dialect without its driver."""
    return url.split("://", 1)[0].split("+", 1)[0]


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other backends and in-memory databases."""
    if (plain := _plain_sqlite_file(url)) is not None:
        return Path(plain)
    if backend_name(url) != "sqlite":
        return None
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if not u.database or u.database == ":memory:":
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
    from sqlalchemy import create_engine, event

    if backend_name(url) == "sqlite":
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        )
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    return create_engine(url, pool_pre_ping=True)


def new_workstation_id() -> str:
    """A name for one console process: its host, its process id and a random tag."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


class Database:
    """An opened database: its URL, engine and session factory.

    ``workstation_id`` names this console in the change notifications its writes send on
    PostgreSQL (:mod:`store.changes`), so that it can ignore its own.

    Without an ``engine`` (a current SQLite file, see :func:`open_database`) the engine and
    the session factories are made on first use, from whichever thread asks first.
    """

    def __init__(
        self, url: str, engine: Engine | None = None, *, workstation_id: str | None = None
    ) -> None:
        self.url = url
        self.workstation_id = workstation_id or new_workstation_id()
        self._engine: Engine | None = None
        self._making = threading.Lock()
        if engine is not None:
            self._set_up(engine)

    def _set_up(self, engine: Engine) -> None:
        from sqlalchemy.orm import sessionmaker

        from xianghua_console.store.versioning import install_version_bumps

        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        install_version_bumps(self._write_sessions)
        if self.backend == "postgresql":
            from xianghua_console.store.changes import install_change_notifications

            install_change_notifications(self._write_sessions, lambda: self.workstation_id)
        self._engine = engine  # last: another thread sees an engine only once it is set up

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made (and SQLAlchemy imported) on first use."""
        if self._engine is None:
            with self._making:
                if self._engine is None:
                    self._set_up(make_engine(self.url))
        assert self._engine is not None
        return self._engine

    @property
    def backend(self) -> str:
        return backend_name(self.url)

    @property
    def display_name(self) -> str:
        """The URL without its password, for titles and messages."""
        if _plain_sqlite_file(self.url) is not None:
            return self.url
        from sqlalchemy.engine import make_url

        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write session: commits when the block ends, rolls back on an error.

        Write sessions are serialized across processes and workstations (BEGIN IMMEDIATE on
        SQLite, an advisory transaction lock on PostgreSQL).
        """
        self.engine  # noqa: B018 - made on first use
        with self._write_sessions() as session, session.begin():
            if self.backend == "postgresql":
                from sqlalchemy import text

                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_WRITE_LOCK})
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading only: it is closed without a commit, so nothing is written.

        Closing (rather than rolling back) leaves loaded objects readable as detached copies.
        """
        self.engine  # noqa: B018 - made on first use
        with self._sessions() as session:
            yield session

    def schema_state(self) -> tuple[SchemaState, str | None]:
        """The schema's state and its stored revision, read with one query."""
        from sqlalchemy import inspect, text
        from sqlalchemy.exc import DatabaseError as SADatabaseError
        from sqlalchemy.exc import OperationalError

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
        return _state_of(rev)

    def peek(self, sql: str, params: dict[str, object] | None = None) -> object:
        """The first column of the first row of one reading query (None when it has no rows).

        For the few facts the console needs before its first window (are there accounts, which
        language): while a SQLite file's engine is not made yet this asks with ``sqlite3`` and
        leaves SQLAlchemy unimported; otherwise through the engine. ``sql`` uses ``:name``
        parameters, which both understand.
        """
        path = sqlite_path(self.url)
        if self._engine is None and path is not None:
            try:
                conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
                try:
                    row = conn.execute(sql, params or {}).fetchone()
                finally:
                    conn.close()
            except sqlite3.Error as exc:
                raise DatabaseError(describe_storage_error(self.url, exc)) from exc
            return row[0] if row else None
        from sqlalchemy import text

        with self.engine.connect() as conn:
            return conn.execute(text(sql), params or {}).scalar()

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def _state_of(rev: str | None) -> tuple[SchemaState, str | None]:
    if rev == HEAD_REVISION:
        return SchemaState.CURRENT, rev
    if rev in KNOWN_REVISIONS:
        return SchemaState.OUTDATED, rev
    if rev is None:
        return SchemaState.EMPTY, None
    return SchemaState.NEWER, rev


def sqlite_schema_state(url: str, path: Path) -> tuple[SchemaState, str | None]:
    """:meth:`Database.schema_state` of an existing SQLite file, read with ``sqlite3``.

    The same two queries without SQLAlchemy, for a fast start on a current file.
    """
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            names = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not names:
                return SchemaState.EMPTY, None
            if "alembic_version" not in names:
                return SchemaState.FOREIGN, None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseError(_describe_db_error(url, exc)) from exc
    return _state_of(row[0] if row else None)


def open_database(
    url: str,
    *,
    clock: Clock,
    migrate: bool = True,
    create: bool = True,
    load_defaults: bool = True,
    workstation_id: str | None = None,
) -> tuple[Database, OpenReport]:
    """Open ``url``: create it from the plan defaults when new, upgrade it when older.

    ``migrate=False`` opens without changing anything (``check`` uses it) and then refuses a
    database that is not current. An existing SQLite file is copied aside before an upgrade.
    ``workstation_id`` names this console in its change notifications (default: host, process
    and a random tag).
    """
    path = sqlite_path(url)
    existed = True
    if path is not None:
        existed = path.exists() and path.stat().st_size > 0
        if path.exists() and path.is_dir():
            raise DatabaseError("{path} 是一个文件夹，不是数据库文件。", path=path)
        if existed:
            _require_sqlite_file(path)
        elif not create:
            raise DatabaseError("数据库文件不存在：{path}", path=path)
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError("无法创建数据库所在的文件夹 {folder}：{exc}",
                                    folder=path.parent, exc=exc) from exc
    if path is not None and existed:
        state, _ = sqlite_schema_state(url, path)
        if state is SchemaState.CURRENT:  # nothing to do: the engine is made on first use
            return Database(url, workstation_id=workstation_id), OpenReport()
    db = Database(url, make_engine(url), workstation_id=workstation_id)
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
            "数据库的结构版本（{rev}）比本程序（{head}）新，是由更新版本的值班台写入的。"
            "请升级本程序后再打开，不要用旧版本修改它。", rev=rev, head=HEAD_REVISION
        )
    if state is SchemaState.FOREIGN:
        raise DatabaseError(
            "{db} 中已有数据表，但不是值班台的数据库（没有版本记录）。"
            "请另选一个文件或一个空数据库。", db=db.display_name
        )
    if not migrate:
        if state is SchemaState.EMPTY:
            raise DatabaseError("{db} 是空数据库，还没有建立值班台的数据结构。",
                                db=db.display_name)
        raise DatabaseError(
            "数据库结构版本为 {rev}，本程序需要 {head}；打开值班台时会先备份再自动升级。",
            rev=rev, head=HEAD_REVISION
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
        raise DatabaseError("无法读取数据库文件 {path}：{why}", path=path,
                            why=exc.strerror or exc) from exc
    if head != SQLITE_MAGIC:
        raise DatabaseError("{path} 不是 SQLite 数据库文件（可能选错了文件，或文件已损坏）。",
                            path=path)


def _describe_db_error(url: str, exc: Exception) -> str:
    return describe_storage_error(url, exc, opening=True)


BACKUP_DIR = "backups"  # where services.backup keeps the automatic backups, beside the file


def newest_backup(path: Path) -> Path | None:
    """The newest backup of a SQLite file: automatic ones and the copies taken before changes."""
    found = [*path.parent.joinpath(BACKUP_DIR).glob("*.sqlite"),
             *path.parent.glob(f"{path.stem}.*.bak")]
    try:
        return max(found, key=lambda p: p.stat().st_mtime) if found else None
    except OSError:
        return None


def describe_storage_error(url: str, exc: BaseException, *, opening: bool = False) -> str:
    """A clear message with a way out for an error the database (its file, its disk) raised.

    Full disk, read-only folder or file, a damaged file, another program holding the write
    lock: each says what happened, that nothing was saved, and what to do. For the CLI and
    the GUI alike; the raw detail is kept at the end for whoever fixes it.
    """
    from sqlalchemy.engine import make_url

    from xianghua_console.domain.messages import msg

    shown = make_url(url).render_as_string(hide_password=True)
    raw = str(getattr(exc, "orig", exc)).strip()
    detail = raw.splitlines()[0] if raw else type(exc).__name__
    low = detail.lower()
    path = sqlite_path(url)
    unsaved = "" if opening else msg("刚才的操作没有保存。")
    if "disk is full" in low or "no space" in low:
        return msg("磁盘已满，无法写入数据库 {db}。{unsaved}请清理磁盘空间（或把数据库移到"
                   "空间充足的磁盘）后再试。（{detail}）", db=shown, unsaved=unsaved, detail=detail)
    if "readonly" in low or "read-only" in low:
        return msg("数据库 {db} 是只读的（文件或其所在的文件夹不允许写入），不能保存。{unsaved}"
                   "请把数据库复制到可写的文件夹再打开，或请管理员开放写入权限。（{detail}）",
                   db=shown, unsaved=unsaved, detail=detail)
    if "unable to open" in low and path is not None and not _folder_writable(path.parent):
        return msg("数据库所在的文件夹 {folder} 不能写入（只读或没有权限）：SQLite 需要在"
                   "数据库旁边建立 -wal 和 -shm 文件。请把数据库复制到可写的文件夹再打开，"
                   "或另选一个数据库文件。（{detail}）", folder=path.parent, detail=detail)
    if "malformed" in low or "not a database" in low or "encrypted" in low:
        out = msg("请另选一个数据库文件")
        if path is not None:
            backup = newest_backup(path)
            out = (msg("请用 xianghua-console restore {backup} 从最近的备份恢复，或另选一个数据库文件",
                       backup=backup)
                   if backup else msg("没有找到它的备份；请另选一个数据库文件，或把它交给技术人员修复"))
        return msg("数据库文件 {db} 已损坏，不能可靠地读写。{unsaved}{out}。（{detail}）",
                   db=shown, unsaved=unsaved, out=out, detail=detail)
    if "locked" in low or "busy" in low:
        return msg("数据库 {db} 正被另一个程序长时间占用（写锁），{unsaved}"
                   "请稍后再试；如一直如此，请关闭其他打开它的程序。（{detail}）",
                   db=shown, unsaved=unsaved, detail=detail)
    if opening:
        return msg("无法打开数据库 {db}：{detail}", db=shown, detail=detail)
    return msg("读写数据库 {db} 时出错：{detail}。{unsaved}", db=shown, detail=detail, unsaved=unsaved)


def _folder_writable(folder: Path) -> bool:
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False
