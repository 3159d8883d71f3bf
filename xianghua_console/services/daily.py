"""Reading the daily board: every unit expected on a day and the state of its report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, select

from xianghua_console.domain.clock import local_today
from xianghua_console.domain.daily import daily_state, expected_on
from xianghua_console.domain.deadlines import daily_cutoff
from xianghua_console.domain.enums import DailyReportKind, DailyState, UnitKind
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
        in_period = (
            session.scalar(
                select(DutyPeriod.id)
                .where(DutyPeriod.daily_reports_from <= day, DutyPeriod.end_date >= day)
                .limit(1)
            )
            is not None
        )
        latest: dict[int, DailyReport] = {}
        query = select(DailyReport).where(DailyReport.day == day).order_by(DailyReport.id)
        if as_of is not None:
            query = query.where(DailyReport.received_at <= as_of)
        for report in session.scalars(query):
            latest[report.unit_id] = report  # the newest row of a unit counts
        villages_first = case((Unit.kind == UnitKind.VILLAGE, 0), else_=1)
        units = session.scalars(select(Unit).order_by(villages_first, Unit.sort_order, Unit.id))
        rows = []
        for unit in units:
            if not expected_on(
                day,
                active=unit.active,
                expected_from=unit.expected_from,
                only_in_periods=settings.daily_reports_only_in_duty_periods,
                in_period=in_period,
            ):
                continue
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
                )
            )
    return DailyBoard(day=day, cutoff=cutoff, closed=closed, rows=tuple(rows))
