"""Writing daily reports (日报告、零报告): zero reports, situations, corrections, closing a day.

"有事报信息，无事报平安": a zero report is one call, stamped with the clock's time and the person
taking it. A situation needs its content; an urgent one hands back what the incident dialog
needs to open prefilled. Closing a day freezes it: afterwards nothing is recorded for that day
except corrections, and a correction (before or after closing) is a new row that supersedes
the old one with its reason, never an edit, because the plan holds units to account for late,
missed, concealed or false reports. See ``services.daily`` for when a unit counts as 缺报.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from xianghua_console.domain.clock import local_today, to_local
from xianghua_console.domain.daily import expected_on
from xianghua_console.domain.deadlines import daily_cutoff
from xianghua_console.domain.enums import DailyReportKind
from xianghua_console.domain.limits import TEXT, too_long
from xianghua_console.domain.messages import Message, msg
from xianghua_console.domain.permissions import Action
from xianghua_console.services.context import Ctx, Refused, audit, load_settings, require
from xianghua_console.services.daily import expected_units, in_duty_period
from xianghua_console.services.incident_log import InvalidInput, NewIncident
from xianghua_console.store.models import DailyReport, DayClosure, Incident, Unit

MAX_CONTENT = 4000  # a daily report is a few sentences; more is a paste gone wrong


@dataclass(frozen=True)
class RecordedReport:
    """A daily report as written, and for an urgent situation the incident dialog's prefill."""

    id: int
    unit_id: int
    unit: str
    day: date
    kind: DailyReportKind
    content: str
    received_at: datetime
    taken_by: str
    late: bool
    urgent: bool = False
    supersedes_id: int | None = None
    reason: str = ""
    incident_prefill: NewIncident | None = None


@dataclass(frozen=True)
class ClosedDay:
    day: date
    closed_at: datetime
    closed_by: str
    expected: int
    missing: tuple[str, ...]  # the units that became 缺报 by the closing


def record_zero_report(ctx: Ctx, *, unit_id: int, day: date | None = None) -> RecordedReport:
    """A unit's zero report (平安) of ``day`` (today by default), received now by ``ctx.actor``."""
    require(ctx, Action.DAILY_REPORT)
    return _record(ctx, unit_id=unit_id, day=day, kind=DailyReportKind.ZERO, content="",
                   urgent=False)


def record_situation(
    ctx: Ctx, *, unit_id: int, content: str, urgent: bool = False, day: date | None = None
) -> RecordedReport:
    """A unit's report of a situation (有情况), received now; content is required.

    ``urgent``: the result carries ``incident_prefill`` (unit, received time, summary) for the
    incident dialog; link the logged incident back with :func:`link_incident`.
    """
    require(ctx, Action.DAILY_REPORT)
    return _record(ctx, unit_id=unit_id, day=day, kind=DailyReportKind.SITUATION,
                   content=content, urgent=urgent)


def correct_daily_report(
    ctx: Ctx,
    *,
    report_id: int,
    reason: str,
    kind: DailyReportKind | None = None,
    content: str | None = None,
    received_at: datetime | None = None,
) -> RecordedReport:
    """Correct a daily report: a new row superseding it, with the reason; allowed after closing.

    Unchanged fields are carried over; ``received_at`` corrects when the report really came in
    (its lateness follows). Only the report that counts (the newest of its unit and day) can be
    corrected, so the chain of corrections stays a single line.
    """
    require(ctx, Action.DAILY_REPORT)
    errors: dict[str, str] = too_long(reason=(reason, msg("更正原因"), TEXT))
    if not reason.strip():
        errors["reason"] = msg("更正必须写明原因")
    now = ctx.clock.now()
    with ctx.db.session() as session:
        old = session.get(DailyReport, report_id)
        if old is None:
            raise Refused("找不到这份日报，可能已被删除。")
        newer = session.scalar(
            select(DailyReport.id)
            .where(DailyReport.unit_id == old.unit_id, DailyReport.day == old.day,
                   DailyReport.id > old.id)
            .limit(1)
        )
        if newer is not None:
            raise Refused("这份日报已被更正过，请在最新的一份上更正。")
        new_kind = kind or old.kind
        new_content = old.content if content is None else content.strip()
        new_received = received_at or old.received_at
        errors.update(_content_errors(new_kind, new_content))
        if received_at is not None:
            if received_at > now:
                errors["received_at"] = msg("报送时间不能晚于现在")
            elif to_local(received_at).date() < old.day:
                errors["received_at"] = msg("报送时间不能早于日报所属的日期")
        if errors:
            raise InvalidInput(errors)
        if (new_kind, new_content, new_received) == (old.kind, old.content, old.received_at):
            raise Refused("更正的内容与原日报相同，无需更正。")
        report = DailyReport(
            unit_id=old.unit_id,
            day=old.day,
            kind=new_kind,
            content=new_content,
            urgent=old.urgent,
            received_at=new_received,
            taken_by=ctx.actor,
            incident_id=old.incident_id,
            supersedes_id=old.id,
            reason=reason.strip(),
        )
        session.add(report)
        session.flush()
        audit(session, ctx, action="daily.correct", entity="daily_report", entity_id=report.id,
              before=_snapshot(old), after={**_snapshot(report), "reason": report.reason})
        return _recorded(session, report)


def link_incident(ctx: Ctx, *, report_id: int, incident_id: int) -> None:
    """Tie an urgent situation to the incident logged from it (once; the report is unchanged)."""
    require(ctx, Action.DAILY_REPORT)
    with ctx.db.session() as session:
        report = session.get(DailyReport, report_id)
        if report is None:
            raise Refused("找不到这份日报，可能已被删除。")
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise Refused("找不到这起事件，可能已被删除。")
        if report.incident_id not in (None, incident_id):
            raise Refused("这份日报已关联了另一起事件。")
        if report.incident_id == incident_id:
            return
        report.incident_id = incident_id
        audit(session, ctx, action="daily.link_incident", entity="daily_report",
              entity_id=report.id, after={"incident": incident.number})


def close_day(ctx: Ctx, *, day: date | None = None) -> ClosedDay:
    """Close (freeze) ``day``: units still unreported become 缺报; later only corrections.

    A day cannot be closed before it has begun, nor before its cutoff has passed (the units
    still have time to report, and closing would mark them missing while they are not late).
    """
    require(ctx, Action.CLOSE_DAY)
    now = ctx.clock.now()
    day = day or local_today(ctx.clock)
    with ctx.db.session() as session:
        if session.get(DayClosure, day) is not None:
            raise Refused("{day}的日报已经关账。", day=_day_text(day))
        settings = load_settings(session)
        cutoff = daily_cutoff(day, settings)
        if now <= cutoff:
            raise Refused(
                "{day}的日报要到截止时间 {cutoff:%H:%M} 之后才能关账。", day=_day_text(day),
                cutoff=to_local(cutoff),
            )
        units = expected_units(session, day, settings)
        reported = set(session.scalars(select(DailyReport.unit_id).where(DailyReport.day == day)))
        missing = tuple(u.name for u in units if u.id not in reported)
        closure = DayClosure(day=day, closed_at=now, closed_by=ctx.actor)
        session.add(closure)
        audit(session, ctx, action="daily.close", entity="day_closure", entity_id=day.isoformat(),
              after={"expected": len(units), "missing": list(missing)})
        return ClosedDay(day, now, ctx.actor, len(units), missing)


# ---------------------------------------------------------------- helpers


def _record(
    ctx: Ctx,
    *,
    unit_id: int,
    day: date | None,
    kind: DailyReportKind,
    content: str,
    urgent: bool,
) -> RecordedReport:
    now = ctx.clock.now()
    today = local_today(ctx.clock)
    day = day or today
    content = content.strip()
    errors = _content_errors(kind, content)
    if errors:
        raise InvalidInput(errors)
    if day > today:
        raise InvalidInput({"day": msg("不能登记以后日期的日报")})
    with ctx.db.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise Refused("找不到这个单位，可能已被删除。")
        if session.get(DayClosure, day) is not None:
            raise Refused(
                "{day}的日报已关账，不能再登记；如原记录有误，请用“更正”并写明原因。",
                day=_day_text(day),
            )
        settings = load_settings(session)
        if not expected_on(
            day,
            active=unit.active,
            expected_from=unit.expected_from,
            only_in_periods=settings.daily_reports_only_in_duty_periods,
            in_period=in_duty_period(session, day),
        ):
            raise Refused(_not_expected(unit, day))
        existing = session.scalar(
            select(DailyReport)
            .where(DailyReport.unit_id == unit.id, DailyReport.day == day)
            .order_by(DailyReport.id.desc())
            .limit(1)
        )
        if existing is not None:
            raise Refused(
                "{unit}{day}已于 {at:%H:%M} 报送（{kind}）；如需改动，请用“更正”并写明原因。",
                unit=unit.name, day=_day_text(day), at=to_local(existing.received_at),
                kind=existing.kind,
            )
        report = DailyReport(
            unit_id=unit.id,
            day=day,
            kind=kind,
            content=content,
            urgent=urgent,
            received_at=now,
            taken_by=ctx.actor,
        )
        session.add(report)
        session.flush()
        audit(session, ctx, action=f"daily.{kind.value}", entity="daily_report",
              entity_id=report.id, after=_snapshot(report))
        return _recorded(session, report)


def _content_errors(kind: DailyReportKind, content: str) -> dict[str, str]:
    if kind is DailyReportKind.SITUATION and not content:
        return {"content": msg("有情况的日报必须填写情况内容")}
    if len(content) > MAX_CONTENT:
        return {"content": msg("内容超过 {n} 字，请精简", n=MAX_CONTENT)}
    return {}


def _not_expected(unit: Unit, day: date) -> Message:
    if not unit.active:
        return msg("{unit}已停用，不再报送日报。", unit=unit.name)
    if unit.expected_from is not None and day < unit.expected_from:
        return msg("{unit}自{day}起才报送日报。", unit=unit.name,
                   day=_day_text(unit.expected_from))
    return msg("{day}不在值班期内，按设置无需报送日报。", day=_day_text(day))


def _recorded(session: Session, report: DailyReport) -> RecordedReport:
    settings = load_settings(session)
    unit = session.get(Unit, report.unit_id)
    assert unit is not None
    late = report.received_at > daily_cutoff(report.day, settings)
    prefill = None
    if report.urgent and report.kind is DailyReportKind.SITUATION and report.incident_id is None:
        prefill = NewIncident(
            occurred_at=None,  # the dialog asks for it: a daily report does not say
            received_at=report.received_at,
            unit_id=unit.id,
            summary=report.content,
            reporter_name=unit.info_officer,
            reporter_phone=unit.info_officer_phone,
        )
    return RecordedReport(
        id=report.id,
        unit_id=unit.id,
        unit=unit.name,
        day=report.day,
        kind=report.kind,
        content=report.content,
        received_at=report.received_at,
        taken_by=report.taken_by,
        late=late,
        urgent=report.urgent,
        supersedes_id=report.supersedes_id,
        reason=report.reason,
        incident_prefill=prefill,
    )


def _snapshot(report: DailyReport) -> dict:
    return {
        "unit_id": report.unit_id,
        "day": report.day.isoformat(),
        "kind": report.kind.value,
        "content": report.content,
        "urgent": report.urgent,
        "received_at": report.received_at.isoformat(),
    }


def _day_text(day: date) -> Message:
    return msg("{m}月{d}日", m=day.month, d=day.day)

