"""Reading the daily board: every unit expected on a day and the state of its report.

When a unit counts as 缺报 (missing): only once the office has closed the day without a report
from it (``domain.daily.daily_state``). Until then, even past the 16:30 cutoff or on a past day
nobody closed, it is 未报 (not yet): it stays on the chase list, and a report that still comes
in is 迟报 (late). Closing the day is the office's act that turns 未报 into 缺报, so the figure
the county receives never changes behind the office's back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from xianghua_console.domain.clock import local_today
from xianghua_console.domain.daily import daily_state, expected_on
from xianghua_console.domain.deadlines import daily_cutoff
from xianghua_console.domain.enums import DailyReportKind, DailyState, UnitKind
from xianghua_console.domain.settings import Settings
from xianghua_console.services.context import Ctx, load_settings
from xianghua_console.store.models import DailyReport, DayClosure, DutyPeriod, Unit


@dataclass(frozen=True)
class DailyBoardRow:
    unit_id: int
    unit: str
    kind: UnitKind
    info_officer: str
    phone: str
    state: DailyState
    received_at: datetime | None
    taken_by: str
    content: str
    report_kind: DailyReportKind | None = None
    report_id: int | None = None  # the row that counts (the newest); corrections supersede it
    urgent: bool = False
    incident_id: int | None = None
    corrected: bool = False  # the row that counts supersedes an earlier one


@dataclass(frozen=True)
class ChaseItem:
    """A unit that has not reported yet, with whom to phone."""

    unit_id: int
    unit: str
    info_officer: str
    phone: str


@dataclass(frozen=True)
class DailyBoard:
    day: date
    cutoff: datetime
    closed: bool
    rows: tuple[DailyBoardRow, ...]

    def count(self, state: DailyState) -> int:
        return sum(1 for r in self.rows if r.state is state)

    @property
    def not_reported(self) -> int:
        return sum(1 for r in self.rows if r.state in (DailyState.PENDING, DailyState.MISSING))

    def remaining(self, now: datetime) -> timedelta:
        """Time left before the cutoff (negative once it has passed)."""
        return self.cutoff - now

    @property
    def chase_list(self) -> tuple[ChaseItem, ...]:
        """Units still to be phoned: not reported, on a day that is not closed, board order."""
        if self.closed:
            return ()
        return tuple(
            ChaseItem(r.unit_id, r.unit, r.info_officer, r.phone)
            for r in self.rows
            if r.state is DailyState.PENDING
        )


def in_duty_period(session: Session, day: date) -> bool:
    """Whether ``day`` lies in a duty period from the day its daily reporting starts."""
    return (
        session.scalar(
            select(DutyPeriod.id)
            .where(DutyPeriod.daily_reports_from <= day, DutyPeriod.end_date >= day)
            .limit(1)
        )
        is not None
    )


def expected_units(session: Session, day: date, settings: Settings) -> list[Unit]:
    """The units that owe a daily report on ``day``, villages first, in directory order."""
    in_period = in_duty_period(session, day)
    villages_first = case((Unit.kind == UnitKind.VILLAGE, 0), else_=1)
    units = session.scalars(select(Unit).order_by(villages_first, Unit.sort_order, Unit.id))
    return [
        unit
        for unit in units
        if expected_on(
            day,
            active=unit.active,
            expected_from=unit.expected_from,
            only_in_periods=settings.daily_reports_only_in_duty_periods,
            in_period=in_period,
        )
    ]


def daily_board(ctx: Ctx, *, day: date | None = None, as_of: datetime | None = None) -> DailyBoard:
    """The board of ``day`` (today by default): villages first, then town units.

    ``as_of`` shows the board as it stood at that moment: reports received later are left out.
    """
    day = day or local_today(ctx.clock)
    now = as_of or ctx.clock.now()
    with ctx.db.read_session() as session:
        settings = load_settings(session)
        cutoff = daily_cutoff(day, settings)
        closure = session.get(DayClosure, day)
        closed = closure is not None and (as_of is None or closure.closed_at <= as_of)
        latest: dict[int, DailyReport] = {}
        query = select(DailyReport).where(DailyReport.day == day).order_by(DailyReport.id)
        if as_of is not None:
            query = query.where(DailyReport.received_at <= as_of)
        for report in session.scalars(query):
            latest[report.unit_id] = report  # the newest row of a unit counts
        rows = []
        for unit in expected_units(session, day, settings):
            report = latest.get(unit.id)
            rows.append(
                DailyBoardRow(
                    unit_id=unit.id,
                    unit=unit.name,
                    kind=unit.kind,
                    info_officer=unit.info_officer,
                    phone=unit.info_officer_phone,
                    state=daily_state(
                        kind=report.kind if report else None,
                        received_at=report.received_at if report else None,
                        cutoff=cutoff,
                        now=now,
                        closed=closed,
                    ),
                    received_at=report.received_at if report else None,
                    taken_by=report.taken_by if report else "",
                    content=(report.content if report.kind is DailyReportKind.SITUATION else "")
                    if report
                    else "",
                    report_kind=report.kind if report else None,
                    report_id=report.id if report else None,
                    urgent=report.urgent if report else False,
                    incident_id=report.incident_id if report else None,
                    corrected=report is not None and report.supersedes_id is not None,
                )
            )
    return DailyBoard(day=day, cutoff=cutoff, closed=closed, rows=tuple(rows))
