"""Per-day figures of a duty period for the reports view (the county's daily summary)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from xianghua_console.domain.clock import LOCAL_TZ, local_datetime, local_today
from xianghua_console.domain.enums import DailyState
from xianghua_console.domain.messages import msg
from xianghua_console.services.context import Ctx
from xianghua_console.services.daily import daily_board
from xianghua_console.services.roster import current_period_id
from xianghua_console.store.models import DutyPeriod, Incident


@dataclass(frozen=True)
class DaySummary:
    day: date
    expected: int
    on_time: int
    zero: int
    situation: int
    late: int
    pending: int  # not reported yet, day still open
    missing: int  # not reported, day closed
    closed: bool
    incidents: int
    cutoff: datetime

    @property
    def not_reported(self) -> int:
        return self.pending + self.missing

    def overdue_units(self, now: datetime) -> int:
        """Units past the cutoff without a report: the missing ones, and pending once it passed."""
        return self.missing + (self.pending if now > self.cutoff else 0)


def period_summary(ctx: Ctx, *, period_id: int | None = None) -> tuple[str, list[DaySummary]]:
    """The daily-report and incident figures of each day of a period, up to today."""
    period_id = period_id if period_id is not None else current_period_id(ctx)
    today = local_today(ctx.clock)
    with ctx.db.read_session() as session:
        period = session.get(DutyPeriod, period_id) if period_id is not None else None
        if period is None:
            first, last, name = today - timedelta(days=6), today, msg("最近七天")
        else:
            first, last, name = period.daily_reports_from, min(period.end_date, today), period.name
        counts: dict[date, int] = {}
        start, end = local_datetime(first), local_datetime(last + timedelta(days=1))
        for occurred in session.scalars(
            select(Incident.occurred_at).where(
                Incident.occurred_at >= start, Incident.occurred_at < end
            )
        ):
            d = occurred.astimezone(LOCAL_TZ).date()
            counts[d] = counts.get(d, 0) + 1
    out = []
    day = last
    while day >= first:
        board = daily_board(ctx, day=day)
        out.append(
            DaySummary(
                day=day,
                expected=len(board.rows),
                on_time=board.count(DailyState.ZERO) + board.count(DailyState.SITUATION),
                zero=board.count(DailyState.ZERO),
                situation=board.count(DailyState.SITUATION),
                late=board.count(DailyState.LATE),
                pending=board.count(DailyState.PENDING),
                missing=board.count(DailyState.MISSING),
                closed=board.closed,
                incidents=counts.get(day, 0),
                cutoff=board.cutoff,
            )
        )
        day -= timedelta(days=1)
    return name, out
