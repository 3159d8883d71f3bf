"""Noticing the system clock jumping backwards (someone changed the computer's time).

Every write is an audit entry stamped with the clock, so the newest audit time is the latest
moment the console has seen. A clock earlier than that by more than :data:`TOLERANCE` means
the time was set back: deadlines would look met that were not, and new records would sort
before old ones by wall time (timelines are ordered by their sequence, not by time, so they
stay in order). The check warns and writes the jump to the audit log, once per jump.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from xianghua_console.domain.clock import to_local
from xianghua_console.domain.messages import Message, msg
from xianghua_console.services.context import Ctx, audit
from xianghua_console.store.models import AuditEntry

TOLERANCE = timedelta(minutes=1)  # clocks of two workstations differ by seconds, not this
ACTION = "clock.backwards"


@dataclass(frozen=True)
class ClockJump:
    """The clock is behind the newest record by ``behind``; ``message`` says so in Chinese."""

    now: datetime
    newest: datetime
    behind: timedelta
    recorded: bool  # False: this jump had been written to the audit log already

    @property
    def message(self) -> Message:
        minutes = int(self.behind.total_seconds() // 60)
        amount = (msg("{n} 分钟", n=minutes) if minutes < 120
                  else msg("{n} 小时", n=minutes // 60))
        return msg(
            "电脑的时间（{now:%Y-%m-%d %H:%M}）比数据库中最新的记录"
            "（{newest:%Y-%m-%d %H:%M}）早 {amount}：系统时间可能被调回过。"
            "时限和记录时间都以系统时间为准，请先核对并改正电脑的时间。此事已记入审计日志。",
            now=to_local(self.now), newest=to_local(self.newest), amount=amount,
        )


def check_clock(ctx: Ctx) -> ClockJump | None:
    """Compare the clock with the newest audit time; on a jump back, warn and audit it once."""
    now = ctx.clock.now()
    with ctx.db.read_session() as session:
        newest = session.scalar(select(func.max(AuditEntry.at)))
    if newest is None or now >= newest - TOLERANCE:
        return None
    with ctx.db.session() as session:
        newest = session.scalar(select(func.max(AuditEntry.at)))  # under the write lock
        if newest is None or now >= newest - TOLERANCE:
            return None
        seen = session.scalars(
            select(AuditEntry.before).where(AuditEntry.action == ACTION)
            .order_by(AuditEntry.id.desc()).limit(20)
        ).all()
        recorded = not any(b and b.get("newest") == newest.isoformat() for b in seen)
        if recorded:
            audit(session, ctx, action=ACTION, entity="clock",
                  before={"newest": newest.isoformat()},
                  after={"now": now.isoformat(),
                         "behind_s": int((newest - now).total_seconds())})
    return ClockJump(now=now, newest=newest, behind=newest - now, recorded=recorded)
