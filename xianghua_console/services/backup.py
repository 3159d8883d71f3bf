"""Backups and restore of a SQLite database, with SQLite's online backup API.

The online backup API copies a consistent snapshot while the console keeps running (a plain
file copy of a WAL database can miss committed pages). A file is checked — integrity, schema
version, hash chains — before it is restored, and the current database is backed up before it
is replaced. PostgreSQL is backed up with pg_dump (the README gives the commands).
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from xianghua_console.domain.clock import Clock, local_today
from xianghua_console.domain.messages import Message, joined, msg
from xianghua_console.domain.permissions import Action
from xianghua_console.services.context import Ctx, Refused, require
from xianghua_console.services.progress import (
    Cancelled,
    Progress,
    ProgressFn,
    as_progress,
    atomic_path,
)
from xianghua_console.store.db import Database, backup_sqlite_file, sqlite_path

AUTO_PREFIX = "auto-"
BACKUP_DIR = "backups"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_copy: Path | None  # None when there was no database to keep


def _require_sqlite(url: str) -> Path:
    path = sqlite_path(url)
    if path is None:
        raise Refused(
            "PostgreSQL 数据库请用 pg_dump 备份、pg_restore 恢复（见 README）；"
            "本命令只用于 SQLite 文件。"
        )
    return path


PAGES_PER_STEP = 256  # pages copied between two progress reports (1 MB of 4 KB pages)


COPYING = msg("复制")  # the progress dialog's label while a file is copied


def _copy(src: Path, dst: Path, progress: Progress | None = None, label: str = COPYING) -> None:
    """Copy ``src`` into ``dst`` page by page with the online backup API.

    With ``progress``, the pages are copied a few hundred at a time and each step reports;
    a :class:`Cancelled` raised by it stops the copy (the caller removes ``dst``).
    """
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(dst)
        try:
            if progress is None:
                source.backup(target)
            else:
                def step(_status: int, remaining: int, total: int) -> None:
                    progress(total - remaining, total, label)

                progress(0, 0, label)
                source.backup(target, pages=PAGES_PER_STEP, progress=step)
        finally:
            target.close()
    finally:
        source.close()


def backup_to(db: Database, *, out: Path, progress: ProgressFn | None = None) -> Path:
    """Write a backup of the open database to ``out``; an existing file is never overwritten.

    The copy goes to a temporary file renamed to ``out`` at the end: a failure or a cancel
    (``progress`` may cancel until the rename) leaves no file behind.
    """
    path = _require_sqlite(db.url)
    p = as_progress(progress)
    out = out.expanduser().resolve()
    if out.exists():
        raise Refused("{out} 已存在；请换一个文件名，备份不会覆盖已有文件。", out=out)
    if not out.parent.is_dir():
        raise Refused("文件夹不存在：{parent}", parent=out.parent)
    try:
        with atomic_path(out, p) as tmp:
            _copy(path, tmp, p, msg("备份数据库"))
    except (sqlite3.Error, OSError) as exc:  # the temporary file is removed: nothing half
        raise Refused(_failure(msg("备份"), out, exc)) from exc
    return out


def _failure(what: str, target: Path, exc: BaseException) -> Message:
    """Why writing ``target`` failed, in words with a way out (never half a file left)."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC or "full" in text:
        why = msg("磁盘已满，{folder} 所在的磁盘没有空间了；请清理磁盘或换一个磁盘",
                  folder=target.parent)
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text or (
        "unable to open" in text
    ):
        why = msg("文件夹 {folder} 不能写入（只读或没有权限）；请换一个可写的文件夹",
                  folder=target.parent)
    elif "malformed" in text or "not a database" in text:
        why = msg("数据库文件已损坏，无法完整读出；请用 check 检查，并从更早的备份恢复")
    else:
        why = f"{exc}"
    return msg("{what}失败：{why}。未留下不完整的文件。", what=what, why=why)


def backups_dir(db: Database) -> Path:
    """Where the automatic backups of a SQLite file go: ``backups/`` beside it."""
    return _require_sqlite(db.url).parent / BACKUP_DIR


def automatic_backup_due(db: Database, *, clock: Clock) -> bool:
    """Whether this start should take today's automatic backup (none yet, a SQLite file).

    Asked before the settings are read, so that every start but the day's first is quick.
    """
    return sqlite_path(db.url) is not None and not _todays_backup(db, clock).exists()


def _todays_backup(db: Database, clock: Clock) -> Path:
    """Where today's automatic backup goes (``backups/auto-YYYYMMDD.sqlite``)."""
    return backups_dir(db) / f"{AUTO_PREFIX}{local_today(clock):%Y%m%d}.sqlite"


def automatic_backup(db: Database, *, clock: Clock, keep: int) -> Path | None:
    """The first start of each day takes a backup; only the newest ``keep`` are kept.

    Returns the new backup, or None when today's exists already (or the database is not a file).
    """
    if sqlite_path(db.url) is None:
        return None
    folder = backups_dir(db)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise Refused(_failure(msg("自动备份"), folder / "auto.sqlite", exc)) from exc
    target = _todays_backup(db, clock)
    if target.exists():
        return None
    made = backup_to(db, out=target)
    for old in sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite"))[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return made


def restore_from(
    url: str, *, source: Path, clock: Clock, progress: ProgressFn | None = None
) -> RestoreResult:
    """Replace the database at ``url`` with ``source`` after checking it; keep a copy first.

    No other connection may be using the database meanwhile (the CLI runs this on its own;
    the console through :func:`restore_in_place`). ``progress`` may cancel while the backup
    is checked and the current database copied aside (the copy is then removed and nothing
    has changed); once the current database starts being overwritten — the point of no
    return — a cancel is refused.
    """
    path = _require_sqlite(url)
    p = as_progress(progress)
    source = source.expanduser().resolve()
    if not source.is_file():
        raise Refused("备份文件不存在：{source}", source=source)
    if source == path.resolve():
        raise Refused("备份文件就是当前数据库本身。")
    p(0, 0, msg("检查备份文件"))
    from xianghua_console.services.integrity import check_database  # SQLAlchemy: not at start-up

    report = check_database(f"sqlite:///{source}", clock=clock)
    if not report.ok:
        raise Refused("备份文件未通过检查，未做任何更改：{problems}",
                      problems=joined(report.problems))
    p(0, 0, msg("另存当前数据库"))
    previous = None
    if path.exists() and path.stat().st_size > 0:
        previous = backup_sqlite_file(path, label="before-restore", clock=clock)
    try:
        p.no_return()
    except Cancelled:
        if previous is not None:
            previous.unlink(missing_ok=True)  # the restore did not happen: no copy of it
        raise
    try:
        _copy(source, path, p, msg("恢复数据库"))
    except (sqlite3.Error, OSError) as exc:
        raise Refused(
            "恢复失败：{exc}。原数据库的副本在 {previous}，可用它再次恢复。",
            exc=exc, previous=previous,
        ) from exc
    return RestoreResult(restored_from=source, previous_copy=previous)


def restore_in_place(
    ctx: Ctx, *, source: Path, progress: ProgressFn | None = None
) -> RestoreResult:
    """Restore the database the console has open (the office director): its pooled
    connections are closed first, and the next read opens the restored file.

    Run it where every database call of the console runs (the GUI's one worker thread), so
    that nothing else uses the database meanwhile.
    """
    require(ctx, Action.RESTORE)
    _require_sqlite(ctx.db.url)
    ctx.db.engine.dispose()
    return restore_from(ctx.db.url, source=source, clock=ctx.clock, progress=progress)

