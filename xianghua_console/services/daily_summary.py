"""The county's daily summary (日报汇总表) as plain data: a day's board, incidents, sign-off.

The export (``exports.daily_xlsx``) takes these dataclasses and never a session. Deadline
results and incident statuses are as they stand at the time of compiling (``compiled_at``),
which the sheet prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from xianghua_console.domain.clock import local_datetime, to_local
from xianghua_console.domain.deadlines import Deadline, DeadlineKind, daily_cutoff
from xianghua_console.domain.enums import DailyReportKind, DailyState, IncidentStatus, Weight
from xianghua_console.domain.messages import msg
from xianghua_console.domain.permissions import Action
from xianghua_console.services.context import Ctx, Refused, load_settings, require
from xianghua_console.services.daily import DailyBoardRow, daily_board
from xianghua_console.services.incidents import incident_row
from xianghua_console.services.progress import ProgressFn, as_progress
from xianghua_console.services.roster import PersonOnDuty, on_duty_now
from xianghua_console.store.models import DayClosure, Incident

MAX_DAYS = 366  # one sheet per day: a year is the most a workbook is asked for


class CheckState:
    """How a deadline stands: met on time, met late, still open, open and overdue, n/a."""

    MET = "met"
    LATE = "late"
    OPEN = "open"
    OVERDUE = "overdue"
    NONE = "none"


@dataclass(frozen=True)
class DeadlineCheck:
    kind: DeadlineKind | None
    state: str  # one of CheckState
    text: str  # what the sheet shows, in Chinese

    @property
    def met_on_time(self) -> bool:
        return self.state == CheckState.MET


@dataclass(frozen=True)
class SummaryIncident:
    number: str
    occurred_at: datetime
    received_at: datetime
    unit: str
    category: str
    subcommand: str
    weight: Weight
    status: IncidentStatus
    report: DeadlineCheck  # occurred → received by the office (15 min)
    escalate: DeadlineCheck  # received → the principal leaders (15 min)
    special_report: DeadlineCheck  # ended → special report (7 days), "—" before the end


@dataclass(frozen=True)
class DailyTotals:
    expected: int
    on_time: int  # reported by the cutoff
    zero: int  # zero reports received (on time or late)
    situation: int  # situations received (on time or late)
    late: int
    missing: int  # 缺报: day closed without a report
    pending: int  # 未报: not reported, day not closed
    incidents: int

    @property
    def reported(self) -> int:
        return self.on_time + self.late


@dataclass(frozen=True)
class DailySummary:
    town: str
    office: str
    day: date
    cutoff: datetime
    closed: bool
    closed_at: datetime | None
    closed_by: str
    rows: tuple[DailyBoardRow, ...]
    totals: DailyTotals
    incidents: tuple[SummaryIncident, ...]
    leaders: tuple[PersonOnDuty, ...]
    duty_staff: tuple[PersonOnDuty, ...]
    compiled_by: str
    compiled_at: datetime
    with_personal: bool = False  # False: the reporters' (information officers') names and phones left out


def totals_of(rows: Sequence[DailyBoardRow], incidents: int) -> DailyTotals:
    """The totals of a day's board: on time + late + missing + pending = expected."""
    states = [r.state for r in rows]
    return DailyTotals(
        expected=len(rows),
        on_time=states.count(DailyState.ZERO) + states.count(DailyState.SITUATION),
        zero=sum(1 for r in rows if r.report_kind is DailyReportKind.ZERO),
        situation=sum(1 for r in rows if r.report_kind is DailyReportKind.SITUATION),
        late=states.count(DailyState.LATE),
        missing=states.count(DailyState.MISSING),
        pending=states.count(DailyState.PENDING),
        incidents=incidents,
    )


def daily_summary(ctx: Ctx, *, day: date, with_personal: bool = False) -> DailySummary:
    """The county's summary of one day, compiled now by ``ctx.actor``."""
    return daily_summaries(ctx, first=day, last=day, with_personal=with_personal)[0]


def daily_summaries(
    ctx: Ctx, *, first: date, last: date, with_personal: bool = False,
    progress: ProgressFn | None = None,
) -> list[DailySummary]:
    """The summaries of each day from ``first`` to ``last``, oldest first.

    The units' reporters (information officers) and their phones are left out unless
    ``with_personal`` is asked for, by a role that may see them. ``progress`` counts the
    days (reading only: a cancel is always safe).
    """
    p = as_progress(progress)
    if with_personal:
        require(ctx, Action.VIEW_PERSONAL)
    if last < first:
        raise Refused("结束日期不能早于开始日期。")
    if (last - first).days + 1 > MAX_DAYS:
        raise Refused("一次最多导出 {n} 天。", n=MAX_DAYS)
    now = ctx.clock.now()
    with ctx.db.read_session() as session:
        settings = load_settings(session)
        closures = {
            c.day: c
            for c in session.scalars(
                select(DayClosure).where(DayClosure.day >= first, DayClosure.day <= last)
            )
        }
        incidents: dict[date, list[SummaryIncident]] = {}
        for incident in session.scalars(
            select(Incident)
            .where(
                Incident.received_at >= local_datetime(first),
                Incident.received_at < local_datetime(last + timedelta(days=1)),
            )
            .order_by(Incident.received_at, Incident.id)
            .options(
                selectinload(Incident.unit),
                selectinload(Incident.category),
                selectinload(Incident.subcommand),
            )
        ):
            row = incident_row(incident, settings)
            by_kind = {d.kind: d for d in row.deadlines}
            incidents.setdefault(to_local(row.received_at).date(), []).append(
                SummaryIncident(
                    number=row.number,
                    occurred_at=row.occurred_at,
                    received_at=row.received_at,
                    unit=row.unit,
                    category=row.category,
                    subcommand=row.subcommand,
                    weight=row.weight,
                    status=row.status,
                    report=check_deadline(by_kind.get(DeadlineKind.REPORT), now),
                    escalate=check_deadline(by_kind.get(DeadlineKind.ESCALATE), now),
                    special_report=check_deadline(by_kind.get(DeadlineKind.SPECIAL_REPORT), now),
                )
            )
    out = []
    day = first
    days = (last - first).days + 1
    while day <= last:
        p(len(out), days, msg("读取 {day} 的日报", day=day.isoformat()))
        board = daily_board(ctx, day=day)
        shift = on_duty_now(ctx, at=daily_cutoff(day, settings))
        closure = closures.get(day)
        day_incidents = tuple(incidents.get(day, ()))
        out.append(
            DailySummary(
                town=settings.town_name,
                office=settings.office_name,
                day=day,
                cutoff=board.cutoff,
                closed=board.closed,
                closed_at=closure.closed_at if closure else None,
                closed_by=closure.closed_by if closure else "",
                rows=board.rows if with_personal else tuple(
                    replace(r, info_officer="", phone="") for r in board.rows),
                totals=totals_of(board.rows, len(day_incidents)),
                incidents=day_incidents,
                leaders=shift.leader if shift else (),
                duty_staff=shift.duty if shift else (),
                compiled_by=ctx.actor,
                compiled_at=now,
                with_personal=with_personal,
            )
        )
        day += timedelta(days=1)
    p(days, days, msg("日报已读取"))
    return out


def check_deadline(deadline: Deadline | None, now: datetime) -> DeadlineCheck:
    """Whether a deadline was met, in words: 按时 / 超时 20分钟 / 未到期 / 已超时 … / —."""
    if deadline is None:
        return DeadlineCheck(None, CheckState.NONE, "—")
    if deadline.met_at is not None:
        if deadline.met_at <= deadline.due:
            return DeadlineCheck(deadline.kind, CheckState.MET, "按时")
        return DeadlineCheck(
            deadline.kind, CheckState.LATE, "超时 " + duration_text(deadline.met_at - deadline.due)
        )
    if now > deadline.due:
        return DeadlineCheck(
            deadline.kind, CheckState.OVERDUE, "未完成，已超 " + duration_text(now - deadline.due)
        )
    return DeadlineCheck(deadline.kind, CheckState.OPEN, "未到期")


def duration_text(delta: timedelta) -> str:
    """A lateness in the unit a duty officer would say it: minutes, hours or days."""
    minutes = max(int(delta.total_seconds() // 60), 1)
    if minutes < 120:
        return f"{minutes}分钟"
    hours = minutes // 60
    if hours < 48:
        return f"{hours}小时"
    return f"{hours // 24}天"

