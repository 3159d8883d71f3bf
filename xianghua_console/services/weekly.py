"""The weekly report (周报) as plain data, for its workbook and its printable document.

A week is an ISO week, Monday 00:00 to the next Monday 00:00 in Asia/Shanghai. Its incidents
are those the office received in it. Figures about the week's later days are as they stand at
compiling time: a day not yet over counts its unreported units as 未报, not 缺报.

Timeliness, each as "met / counted":

- reported within the report limit: of the week's incidents, those the office received within
  ``report_minutes`` of their occurrence;
- escalated within the escalation limit: of the week's incidents whose escalation deadline has
  come (or was met), those escalated in time;
- special reports on time: of the special-report deadlines that fell due in the week (up to
  compiling time) or were met in it, those met in time, whatever week the incident was in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from xianghua_console.domain.clock import local_datetime, local_today, to_local
from xianghua_console.domain.deadlines import Deadline, DeadlineKind
from xianghua_console.domain.enums import (
    BodyKind,
    DailyReportKind,
    DailyState,
    IncidentStatus,
    Weight,
)
from xianghua_console.domain.messages import msg
from xianghua_console.services.context import Ctx, load_settings
from xianghua_console.services.daily import daily_board
from xianghua_console.services.daily_summary import DeadlineCheck, check_deadline
from xianghua_console.services.incidents import incident_row
from xianghua_console.services.meetings import WeekMeetings, iso_week_label, week_meetings
from xianghua_console.services.progress import Progress, ProgressFn, as_progress
from xianghua_console.store.models import Category, CommandBody, Incident, WarningNotice

NO_SUBCOMMAND = "总指挥部/现场指挥部"  # no sub-command: handled on scene or by the HQ itself


@dataclass(frozen=True)
class Count:
    label: str
    count: int


@dataclass(frozen=True)
class Share:
    label: str
    met: int
    counted: int
    note: str

    @property
    def percent(self) -> float | None:
        return None if self.counted == 0 else 100.0 * self.met / self.counted

    @property
    def text(self) -> str:
        p = self.percent
        return "—（无）" if p is None else f"{self.met}/{self.counted}（{p:.0f}%）"


@dataclass(frozen=True)
class WeekIncident:
    number: str
    occurred_at: datetime
    received_at: datetime
    unit: str
    category: str
    subcommand: str
    weight: Weight
    status: IncidentStatus
    summary: str
    report: DeadlineCheck
    escalate: DeadlineCheck
    special_report: DeadlineCheck


@dataclass(frozen=True)
class UnitCompliance:
    unit: str
    kind_label: str
    expected_days: int
    on_time: int
    late: int
    missing: int
    pending: int
    zero: int
    situation: int

    @property
    def percent(self) -> float | None:
        return None if self.expected_days == 0 else 100.0 * self.on_time / self.expected_days


@dataclass(frozen=True)
class NoticeLine:
    number: str
    issuer: str
    title: str
    issued_at: datetime
    receipt_due_at: datetime | None
    targets: int
    confirmed: int
    confirmed_on_time: int
    pending_units: tuple[str, ...]


@dataclass(frozen=True)
class OpenItem:
    number: str
    unit: str
    category: str
    status: IncidentStatus
    next_deadline: str  # e.g. "提交专题报告 03-12 10:00"
    overdue: bool


@dataclass(frozen=True)
class WeeklyReport:
    town: str
    office: str
    week_start: date
    label: str  # 2027-W10
    compiled_at: datetime
    compiled_by: str
    report_minutes: int
    escalate_minutes: int
    special_report_days: int
    incidents: tuple[WeekIncident, ...]
    per_day: tuple[Count, ...]  # Monday … Sunday
    by_category: tuple[Count, ...]  # every configured category, in its order
    by_subcommand: tuple[Count, ...]
    by_weight: tuple[Count, ...]
    timeliness: tuple[Share, ...]  # reported, escalated, special reports
    compliance: tuple[UnitCompliance, ...]
    meetings: WeekMeetings
    notices: tuple[NoticeLine, ...]
    open_items: tuple[OpenItem, ...]

    @property
    def week_end(self) -> date:
        """The Sunday of the week."""
        return self.week_start + timedelta(days=6)

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.week_start + timedelta(days=i) for i in range(7))

    @property
    def compliance_total(self) -> UnitCompliance:
        rows = self.compliance
        return UnitCompliance(
            "合计",
            "",
            sum(r.expected_days for r in rows),
            sum(r.on_time for r in rows),
            sum(r.late for r in rows),
            sum(r.missing for r in rows),
            sum(r.pending for r in rows),
            sum(r.zero for r in rows),
            sum(r.situation for r in rows),
        )


def weekly_report(
    ctx: Ctx, *, week_start: date, progress: ProgressFn | None = None
) -> WeeklyReport:
    """The report of the ISO week beginning ``week_start`` (a Monday), compiled now.

    ``progress`` hears of each part (reading only: a cancel is always safe).
    """
    p = as_progress(progress)
    steps = 10  # incidents and notices, the seven days' reports, the meetings
    p(0, steps, msg("读取本周事件和通知"))
    if week_start.weekday() != 0:
        week_start -= timedelta(days=week_start.weekday())
    now = ctx.clock.now()
    start, end = local_datetime(week_start), local_datetime(week_start + timedelta(days=7))
    with ctx.db.read_session() as session:
        settings = load_settings(session)
        categories = session.scalars(select(Category).order_by(Category.sort_order)).all()
        subcommands = session.scalars(
            select(CommandBody).where(CommandBody.kind == BodyKind.SUBCOMMAND)
            .order_by(CommandBody.sort_order)
        ).all()
        loaded = session.scalars(
            select(Incident)
            .where(Incident.received_at < end)
            # the week's own, the still open, and those whose special report concerns the week
            .where((Incident.received_at >= start) | (Incident.status != IncidentStatus.CLOSED)
                   | (Incident.ended_at >= start - timedelta(days=settings.special_report_days))
                   | (Incident.special_report_at >= start))
            .order_by(Incident.received_at, Incident.id)
            .options(selectinload(Incident.unit), selectinload(Incident.category),
                     selectinload(Incident.subcommand))
        ).all()
        rows = [(i, incident_row(i, settings)) for i in loaded]
        notices = session.scalars(
            select(WarningNotice)
            .where(WarningNotice.issued_at >= start, WarningNotice.issued_at < end)
            .order_by(WarningNotice.issued_at, WarningNotice.id)
            .options(selectinload(WarningNotice.issuer), selectinload(WarningNotice.receipts))
        ).all()
        notice_lines = tuple(_notice_line(n) for n in notices)

    week_rows = [(i, r) for i, r in rows if start <= r.received_at < end]
    incidents = tuple(
        WeekIncident(
            number=r.number,
            occurred_at=r.occurred_at,
            received_at=r.received_at,
            unit=r.unit,
            category=r.category,
            subcommand=r.subcommand,
            weight=r.weight,
            status=r.status,
            summary=r.summary,
            report=check_deadline(_kind(r.deadlines, DeadlineKind.REPORT), now),
            escalate=check_deadline(_kind(r.deadlines, DeadlineKind.ESCALATE), now),
            special_report=check_deadline(_kind(r.deadlines, DeadlineKind.SPECIAL_REPORT), now),
        )
        for _, r in week_rows
    )
    days = [week_start + timedelta(days=i) for i in range(7)]
    per_day = tuple(
        Count(f"{d.month}/{d.day}（{'一二三四五六日'[d.weekday()]}）", sum(1 for i in incidents if to_local(i.received_at).date() == d))
        for d in days
    )
    by_category = [Count(c.name, sum(1 for i in incidents if i.category == c.name))
                   for c in categories]
    uncategorised = sum(1 for i in incidents if not i.category)
    if uncategorised:
        by_category.append(Count("（未分类）", uncategorised))
    by_subcommand = [Count(s.short_name, sum(1 for i in incidents if i.subcommand == s.short_name))
                     for s in subcommands]
    by_subcommand.append(Count(NO_SUBCOMMAND, sum(1 for i in incidents if not i.subcommand)))
    by_weight = tuple(Count(w.label, sum(1 for i in incidents if i.weight is w)) for w in Weight)

    report_ok = sum(1 for i in incidents if i.report.met_on_time)
    escalations = [d for _, r in week_rows for d in r.deadlines
                   if d.kind is DeadlineKind.ESCALATE and (d.met or d.due <= now)]
    specials = [d for _, r in rows for d in r.deadlines
                if d.kind is DeadlineKind.SPECIAL_REPORT
                and (start <= d.due < end and d.due <= now
                     or (d.met_at is not None and start <= d.met_at < end))]
    timeliness = (
        Share(f"{settings.report_minutes}分钟内报告信访办", report_ok, len(incidents),
              "本周接报的事件"),
        Share(f"{settings.escalate_minutes}分钟内报告镇主要领导", _on_time(escalations),
              len(escalations), "本周接报且已到期或已报告的事件"),
        Share(f"{settings.special_report_days}天内提交专题报告", _on_time(specials), len(specials),
              "本周到期或本周提交的专题报告"),
    )

    open_items = []
    for _, r in rows:
        if r.status is IncidentStatus.CLOSED:
            continue
        nxt = r.next_deadline
        open_items.append(
            OpenItem(
                number=r.number,
                unit=r.unit,
                category=r.category,
                status=r.status,
                next_deadline=(f"{nxt.kind.label} {to_local(nxt.due):%m-%d %H:%M}"
                               if nxt else "—"),
                overdue=nxt is not None and nxt.overdue(now),
            )
        )

    return WeeklyReport(
        town=settings.town_name,
        office=settings.office_name,
        week_start=week_start,
        label=iso_week_label(week_start),
        compiled_at=now,
        compiled_by=ctx.actor,
        report_minutes=settings.report_minutes,
        escalate_minutes=settings.escalate_minutes,
        special_report_days=settings.special_report_days,
        incidents=incidents,
        per_day=per_day,
        by_category=tuple(by_category),
        by_subcommand=tuple(by_subcommand),
        by_weight=by_weight,
        timeliness=timeliness,
        compliance=_compliance(ctx, days, p.part(0.1, 0.8)),
        meetings=_meetings(ctx, week_start, p),
        notices=notice_lines,
        open_items=tuple(open_items),
    )


def _kind(deadlines: tuple[Deadline, ...], kind: DeadlineKind) -> Deadline | None:
    return next((d for d in deadlines if d.kind is kind), None)


def _on_time(deadlines: list[Deadline]) -> int:
    return sum(1 for d in deadlines if d.met_at is not None and d.met_at <= d.due)


def _meetings(ctx: Ctx, week_start: date, p: Progress) -> WeekMeetings:
    p(8, 10, msg("读取研判会"))
    meetings = week_meetings(ctx, week=week_start)
    p(10, 10, msg("周报数据已读取"))
    return meetings


def _compliance(
    ctx: Ctx, days: list[date], progress: ProgressFn | None = None
) -> tuple[UnitCompliance, ...]:
    """Each unit's daily reports over the week's days up to today (later days do not count)."""
    p = as_progress(progress)
    today = local_today(ctx.clock)
    tallies: dict[int, dict[str, int]] = {}
    names: dict[int, tuple[str, str]] = {}
    order: list[int] = []
    for n, day in enumerate(days):
        if day > today:
            break
        p(n, len(days), msg("读取 {day} 的日报", day=day.isoformat()))
        for row in daily_board(ctx, day=day).rows:
            if row.unit_id not in tallies:
                tallies[row.unit_id] = dict.fromkeys(
                    ("days", "on_time", "late", "missing", "pending", "zero", "situation"), 0)
                names[row.unit_id] = (row.unit, row.kind.label)
                order.append(row.unit_id)
            t = tallies[row.unit_id]
            t["days"] += 1
            if row.state in (DailyState.ZERO, DailyState.SITUATION):
                t["on_time"] += 1
            elif row.state is DailyState.LATE:
                t["late"] += 1
            elif row.state is DailyState.MISSING:
                t["missing"] += 1
            else:
                t["pending"] += 1
            if row.report_kind is DailyReportKind.ZERO:
                t["zero"] += 1
            elif row.report_kind is DailyReportKind.SITUATION:
                t["situation"] += 1
    return tuple(
        UnitCompliance(names[u][0], names[u][1], t["days"], t["on_time"], t["late"],
                       t["missing"], t["pending"], t["zero"], t["situation"])
        for u in order
        for t in (tallies[u],)
    )


def _notice_line(notice: WarningNotice) -> NoticeLine:
    receipts = notice.receipts
    due = notice.receipt_due_at
    confirmed = [r for r in receipts if r.confirmed_at is not None]
    return NoticeLine(
        number=notice.number,
        issuer=notice.issuer.short_name,
        title=notice.title,
        issued_at=notice.issued_at,
        receipt_due_at=due,
        targets=len(receipts),
        confirmed=len(confirmed),
        confirmed_on_time=sum(
            1 for r in confirmed if due is None or (r.confirmed_at and r.confirmed_at <= due)
        ),
        pending_units=tuple(
            r.unit.name
            for r in sorted(receipts, key=lambda r: (r.unit.kind.value != "village",
                                                     r.unit.sort_order, r.unit.id))
            if r.confirmed_at is None
        ),
    )
