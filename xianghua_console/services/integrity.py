"""``check``: is a database sound and of this program's schema version?"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError as SAError

from xianghua_console.domain.clock import Clock
from xianghua_console.domain.enums import BodyKind
from xianghua_console.domain.messages import msg
from xianghua_console.domain.settings import SettingsError
from xianghua_console.services.context import Ctx, load_settings
from xianghua_console.store.chains import ChainScan, broken_chains, scan_chains
from xianghua_console.store.db import (
    Database,
    DatabaseError,
    describe_storage_error,
    newest_backup,
    open_database,
    sqlite_path,
)
from xianghua_console.store.migrations import HEAD_REVISION
from xianghua_console.store.models import CommandBody, Incident, Unit

# The plan's structure (二、组织指挥): one HQ, its office, four working groups, five sub-commands.
REQUIRED_BODIES = {BodyKind.HQ: 1, BodyKind.OFFICE: 1, BodyKind.WORKING_GROUP: 4, BodyKind.SUBCOMMAND: 5}


@dataclass
class CheckReport:
    ok: bool = True
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.ok = False
        self.problems.append(message)


def check_database(url: str, *, clock: Clock) -> CheckReport:
    """Check integrity, schema version and the plan's structure without changing anything."""
    report = CheckReport()
    try:
        db, _ = open_database(url, clock=clock, migrate=False, create=False)
    except DatabaseError as exc:
        report.fail(exc.message)
        return report
    try:
        report.facts.append(f"数据库：{db.display_name}")
        report.facts.append(f"结构版本：{HEAD_REVISION}（与本程序一致）")
        _check_storage(db, report)
        _check_content(db, report)
    except DatabaseError as exc:
        report.fail(exc.message)
    except SAError as exc:  # a damaged page met while reading the records
        report.fail(describe_storage_error(url, exc, opening=True))
    finally:
        db.dispose()
    return report


def _check_storage(db: Database, report: CheckReport) -> None:
    if db.backend != "sqlite":
        return
    with db.engine.connect() as conn:
        try:
            result = [row[0] for row in conn.execute(text("PRAGMA integrity_check"))]
        except SAError as exc:  # so damaged that the check itself stops: find where
            result = [str(getattr(exc, "orig", exc))]
        if result != ["ok"]:
            damaged = _damaged_tables(conn)
            where = msg("损坏的表：{tables}。", tables="、".join(damaged)) if damaged else ""
            path = sqlite_path(db.url)
            backup = newest_backup(path) if path else None
            out = (msg("请用 xianghua-console restore {backup} 从最近的备份恢复。", backup=backup)
                   if backup else msg("没有找到备份；请另选数据库文件，或交给技术人员修复。"))
            report.fail(msg("SQLite 完整性检查未通过，数据库文件已损坏：{details}。{where}{out}",
                            details="；".join(result[:5]), where=where, out=out))
            return  # reading the records of a damaged file proves nothing more
        report.facts.append("SQLite 完整性检查：通过")
        broken = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        if broken:
            tables = sorted({row[0] for row in broken})
            report.fail(msg("有 {n} 条记录引用了不存在的数据（表：{tables}）", n=len(broken),
                            tables="、".join(tables)))


def _damaged_tables(conn) -> list[str]:  # noqa: ANN001
    """The tables whose own integrity check fails (SQLite checks one table at a time)."""
    try:
        names = conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")).scalars().all()
    except SAError:
        return ["sqlite_master（数据库结构）"]
    damaged = []
    for name in names:
        try:
            quoted = name.replace('"', '""')
            rows = conn.execute(text(f'PRAGMA integrity_check("{quoted}")')).scalars().all()
        except SAError:
            damaged.append(name)
            continue
        if rows != ["ok"]:
            damaged.append(name)
    return damaged


def _check_content(db: Database, report: CheckReport) -> None:
    with db.read_session() as session:
        try:
            settings = load_settings(session)
            report.facts.append(f"设置：{settings.town_name}，日报截止 {settings.daily_cutoff:%H:%M}")
        except SettingsError as exc:
            report.fail(str(exc))
        counts = dict(
            session.execute(select(CommandBody.kind, func.count()).group_by(CommandBody.kind)).all()
        )
        for kind, wanted in REQUIRED_BODIES.items():
            have = counts.get(kind, 0)
            if have < wanted:
                report.fail(msg("指挥机构不全：{kind}应有 {wanted} 个，现有 {have} 个", kind=kind,
                                wanted=wanted, have=have))
        for problem in broken_chains(session):
            report.fail(problem)
        if not any("哈希链" in p for p in report.problems):
            report.facts.append("时间线与审计日志的哈希链：完好")
        units = session.scalar(select(func.count()).select_from(Unit))
        incidents = session.scalar(select(func.count()).select_from(Incident))
        report.facts.append(f"单位 {units} 个，事件 {incidents} 起")


def verify_chains(ctx: Ctx, scan: ChainScan | None = None, *, limit: int = 1000) -> ChainScan:
    """Go on verifying the hash chains for ``limit`` more entries (a new scan when None).

    What ``check`` does to the chains, a batch per call: the console calls it through its
    door until ``scan.done``, so that a long audit log never holds the door for long.
    """
    scan = scan if scan is not None else ChainScan()
    with ctx.db.read_session() as session:
        return scan_chains(session, scan, limit=limit)
