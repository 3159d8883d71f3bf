"""Writing incidents: logging a phone report, lifecycle steps, escalation, corrections.

Every change is a timeline entry with who and when; a corrected timestamp is a new entry with
its reason (the deadline follows it), never a silent edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from xianghua_console.domain.clock import to_local
from xianghua_console.domain.deadlines import LATE_ENTRY  # a domain rule; the GUI reads it there
from xianghua_console.domain.enums import IncidentStatus, TimelineKind, Weight
from xianghua_console.domain.lifecycle import SPECIAL_REPORT_PARTS, TRANSITIONS, Step, refusal
from xianghua_console.domain.limits import NAME, PHONE, PLACE, TEXT, too_long
from xianghua_console.domain.messages import joined, msg, term
from xianghua_console.domain.permissions import Action
from xianghua_console.services.conflicts import check_version
from xianghua_console.services.context import Ctx, Refused, audit, load_settings, require
from xianghua_console.services.incidents import IncidentRow, incident_row
from xianghua_console.store.chains import seal_timeline_entry
from xianghua_console.store.models import (
    Category,
    CommandBody,
    Incident,
    OnSceneCommand,
    TimelineEntry,
    Unit,
)

MAX_PEOPLE = 5000  # more than a township's gathering could plausibly be: a typing slip


class InvalidInput(Refused):
    """Input refused field by field; ``errors`` maps a field name to its message (a
    :class:`~xianghua_console.domain.messages.Message`, or a plain text)."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__(joined(errors.values()))


@dataclass(frozen=True)
class NewIncident:
    """What the office types in when it takes a phone report."""

    occurred_at: datetime | None
    received_at: datetime | None
    unit_id: int | None
    summary: str
    reporter_name: str = ""
    reporter_phone: str = ""
    place: str = ""
    category_id: int | None = None
    subcommand_id: int | None = None  # None: the one the category proposes
    weight: Weight = Weight.ORDINARY
    people_count: int | None = 0


@dataclass(frozen=True)
class TimelineRow:
    seq: int
    kind: TimelineKind
    at: datetime
    recorded_at: datetime
    actor: str
    text: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class IncidentDetail:
    row: IncidentRow
    reporter_name: str
    reporter_phone: str
    place: str
    escalated_to: str
    county_reported_at: datetime | None
    created_at: datetime
    created_by: str
    timeline: tuple[TimelineRow, ...]


CORRECTABLE = {
    "occurred_at": msg("发生时间"),
    "received_at": msg("接报时间"),
    "escalated_at": msg("报告镇主要领导的时间"),
    "assigned_at": msg("分派分指挥部的时间"),
    "accepted_at": msg("分指挥部接收的时间"),
    "ended_at": msg("宣布应急结束的时间"),
    "special_report_at": msg("收到专题报告的时间"),
}


def validate_new_incident(session: Session, data: NewIncident, now: datetime) -> dict[str, str]:
    """Field → message for everything wrong with ``data``; empty when it can be saved."""
    errors: dict[str, str] = {}
    if data.occurred_at is None:
        errors["occurred_at"] = msg("请填写事件发生时间")
    elif data.occurred_at > now:
        errors["occurred_at"] = msg("发生时间不能晚于现在")
    if data.received_at is None:
        errors["received_at"] = msg("请填写接报时间")
    elif data.received_at > now:
        errors["received_at"] = msg("接报时间不能晚于现在")
    elif data.occurred_at is not None and data.received_at < data.occurred_at:
        errors["received_at"] = msg("接报时间不能早于发生时间")
    if data.unit_id is None:
        errors["unit_id"] = msg("请选择报告的村或单位")
    else:
        unit = session.get(Unit, data.unit_id)
        if unit is None or not unit.active:
            errors["unit_id"] = msg("所选单位不存在或已停用")
    if not data.summary.strip():
        errors["summary"] = msg("请填写事件简要情况")
    if data.people_count is None:
        errors["people_count"] = msg("请填写涉及人数（不清楚时填 0）")
    elif data.people_count < 0:
        errors["people_count"] = msg("涉及人数不能为负数")
    elif data.people_count > MAX_PEOPLE:
        errors["people_count"] = msg("涉及人数 {n} 超过 {most}，请核对", n=data.people_count,
                                     most=MAX_PEOPLE)
    if data.category_id is not None and session.get(Category, data.category_id) is None:
        errors["category_id"] = msg("所选类别不存在")
    if data.subcommand_id is not None and session.get(CommandBody, data.subcommand_id) is None:
        errors["subcommand_id"] = msg("所选分指挥部不存在")
    errors.update(too_long(summary=(data.summary, msg("事件简要情况"), TEXT),
                           reporter_name=(data.reporter_name, msg("报告人"), NAME),
                           reporter_phone=(data.reporter_phone, msg("报告人电话"), PHONE),
                           place=(data.place, msg("地点"), PLACE)))
    return errors


def log_incident(ctx: Ctx, *, data: NewIncident) -> IncidentRow:
    """Save a phone report with the next number of its year; its clocks start from its times."""
    require(ctx, Action.LOG_INCIDENT)
    now = ctx.clock.now()
    with ctx.db.session() as session:
        errors = validate_new_incident(session, data, now)
        if errors:
            raise InvalidInput(errors)
        assert data.occurred_at and data.received_at and data.unit_id  # validated above
        category = session.get(Category, data.category_id) if data.category_id else None
        subcommand_id = data.subcommand_id
        if subcommand_id is None and category is not None:
            subcommand_id = category.subcommand_id
        year = to_local(data.received_at).year
        seq = (
            session.scalar(select(func.max(Incident.seq)).where(Incident.year == year)) or 0
        ) + 1
        incident = Incident(
            number=f"{year}-{seq:04d}",
            year=year,
            seq=seq,
            occurred_at=data.occurred_at,
            received_at=data.received_at,
            unit_id=data.unit_id,
            reporter_name=data.reporter_name.strip(),
            reporter_phone=data.reporter_phone.strip(),
            place=data.place.strip(),
            category_id=data.category_id,
            subcommand_id=subcommand_id,
            weight=data.weight,
            people_count=data.people_count or 0,
            summary=data.summary.strip(),
            status=IncidentStatus.REPORTED,
            created_at=now,
            created_by=ctx.actor,
        )
        session.add(incident)
        session.flush()
        text = f"{incident.unit.name if incident.unit else ''}报告：{incident.summary}"
        delay = now - data.received_at
        if delay > LATE_ENTRY:
            text += f"（补录：接报后 {int(delay.total_seconds() // 60)} 分钟才登记）"
        append_entry(session, ctx, incident, TimelineKind.REPORTED, data.received_at, text,
                {"occurred_at": data.occurred_at.isoformat(),
                 "entered_late_s": int(delay.total_seconds())})
        audit(session, ctx, action="incident.log", entity="incident", entity_id=incident.number,
              after={"number": incident.number, "unit_id": incident.unit_id})
        session.flush()
        settings = load_settings(session)
        session.refresh(incident)
        return incident_row(incident, settings)


def take_step(
    ctx: Ctx,
    *,
    incident_id: int,
    step: Step,
    at: datetime | None = None,
    note: str = "",
    parts: dict[str, str] | None = None,
    expected_version: int | None = None,
) -> IncidentRow:
    """Move an incident one step along its lifecycle; a step that does not follow is refused.

    ``expected_version`` (the version the caller read): :class:`Conflict` if it moved on.
    """
    require(ctx, Action.END_EMERGENCY if step is Step.END else Action.INCIDENT_STEP)
    labels = dict(SPECIAL_REPORT_PARTS)
    errors = too_long(note=(note, msg("说明"), TEXT), **{
        f"parts.{key}": (text, msg("专题报告的“{part}”", part=labels.get(key, key)), TEXT)
        for key, text in (parts or {}).items()})
    if errors:
        raise InvalidInput(errors)
    now = ctx.clock.now()
    at = at or now
    with ctx.db.session() as session:
        incident = _get(session, incident_id, expected_version)
        reason = refusal(step, incident.status)
        if reason:
            raise Refused(reason)
        _check_time(at, now, incident, msg("“{step}”的时间", step=step))
        _, to_status, kind = TRANSITIONS[step]
        data: dict[str, Any] = {}
        if step is Step.SPECIAL_REPORT:
            parts = parts or {}
            missing = [label for key, label in SPECIAL_REPORT_PARTS if not parts.get(key, "").strip()]
            if missing:
                raise InvalidInput({"parts": msg("专题报告缺少：{parts}",
                                                 parts=joined(missing, "、"))})
            data["parts"] = {key: parts[key].strip() for key, _ in SPECIAL_REPORT_PARTS}
            incident.special_report_at = at
        elif step is Step.END:
            incident.ended_at = at
        elif step is Step.CLOSE:
            incident.closed_at = at
        before = incident.status
        incident.status = to_status
        append_entry(session, ctx, incident, kind, at, note.strip() or step.label, data)
        audit(session, ctx, action=f"incident.{step.value}", entity="incident",
              entity_id=incident.number, before={"status": before.value},
              after={"status": to_status.value})
        return _reload_row(session, incident)


def record_escalation(
    ctx: Ctx,
    *,
    incident_id: int,
    at: datetime,
    to: str,
    note: str = "",
    expected_version: int | None = None,
) -> IncidentRow:
    """The report to the town's principal leaders (四、2(4)): with whom and when."""

    def apply(incident: Incident) -> None:
        if incident.escalated_at is not None:
            raise Refused("已记录过向镇主要领导的报告；时间有误请用“更正”，并写明原因。")
        incident.escalated_at = at
        incident.escalated_to = to.strip()

    return _report_up(
        ctx, incident_id=incident_id, at=at, to=to, note=note,
        expected_version=expected_version, kind=TimelineKind.ESCALATED,
        action="incident.escalate", missing_to=msg("请写明报告给了哪位领导"), apply=apply,
    )  # fmt: skip


def record_county_report(
    ctx: Ctx,
    *,
    incident_id: int,
    at: datetime,
    to: str,
    note: str = "",
    expected_version: int | None = None,
) -> IncidentRow:
    """The report to the county party committee and government, when needed (may repeat)."""

    def apply(incident: Incident) -> None:
        if incident.county_reported_at is None:
            incident.county_reported_at = at

    return _report_up(
        ctx, incident_id=incident_id, at=at, to=to, note=note,
        expected_version=expected_version, kind=TimelineKind.COUNTY,
        action="incident.county", missing_to=msg("请写明报告给了县里哪个部门或哪位领导"),
        apply=apply,
    )  # fmt: skip


def _report_up(
    ctx: Ctx,
    *,
    incident_id: int,
    at: datetime,
    to: str,
    note: str,
    expected_version: int | None,
    kind: TimelineKind,
    action: str,
    missing_to: str,
    apply: Callable[[Incident], None],
) -> IncidentRow:
    """A report upwards (to the town's leaders or the county): checked, applied, on the timeline."""
    require(ctx, Action.ESCALATE)
    if errors := too_long(to=(to, msg("报告对象"), PLACE), note=(note, msg("说明"), TEXT)):
        raise InvalidInput(errors)
    now = ctx.clock.now()
    with ctx.db.session() as session:
        incident = _get(session, incident_id, expected_version)
        _refuse_closed(incident)
        if not to.strip():
            raise InvalidInput({"to": missing_to})
        _check_time(at, now, incident, msg("报告时间"))
        apply(incident)
        append_entry(session, ctx, incident, kind, at,
                     f"已报告{to.strip()}" + (f"：{note.strip()}" if note.strip() else ""),
                     {"to": to.strip()})  # fmt: skip
        audit(session, ctx, action=action, entity="incident",
              entity_id=incident.number, after={"to": to.strip(), "at": at.isoformat()})
        return _reload_row(session, incident)


def correct_time(
    ctx: Ctx,
    *,
    incident_id: int,
    field_name: str,
    value: datetime,
    reason: str,
    expected_version: int | None = None,
) -> IncidentRow:
    """Correct a stored time with its reason, as a new timeline entry; the clocks follow."""
    require(ctx, Action.CORRECT_INCIDENT)
    if field_name not in CORRECTABLE:
        raise Refused("不能更正这个字段：{field_name}", field_name=field_name)
    if not reason.strip():
        raise InvalidInput({"reason": msg("更正必须写明原因")})
    if errors := too_long(reason=(reason, msg("更正原因"), TEXT)):
        raise InvalidInput(errors)
    now = ctx.clock.now()
    with ctx.db.session() as session:
        incident = _get(session, incident_id, expected_version)
        old = getattr(incident, field_name)
        if old is None:
            raise Refused("{what}还没有记录，无从更正。", what=CORRECTABLE[field_name])
        if value > now:
            raise InvalidInput({field_name: msg("{what}不能晚于现在", what=CORRECTABLE[field_name])})
        trial = {
            "occurred_at": incident.occurred_at,
            "received_at": incident.received_at,
            "assigned_at": incident.assigned_at,
            "accepted_at": incident.accepted_at,
            field_name: value,
        }
        if trial["received_at"] < trial["occurred_at"]:
            raise InvalidInput({field_name: msg("接报时间不能早于发生时间")})
        if field_name not in ("occurred_at", "received_at") and value < trial["received_at"]:
            raise InvalidInput(
                {field_name: msg("{what}不能早于接报时间", what=CORRECTABLE[field_name])})
        # The acceptance clock runs from the assignment: it cannot be accepted before that.
        assigned, accepted = trial["assigned_at"], trial["accepted_at"]
        if assigned is not None and accepted is not None and accepted < assigned:
            raise InvalidInput({field_name: msg("分指挥部接收的时间不能早于分派的时间")
                                if field_name == "accepted_at"
                                else msg("分派的时间不能晚于分指挥部接收的时间")})
        setattr(incident, field_name, value)
        text = (
            f"更正{CORRECTABLE[field_name]}：{to_local(old):%m-%d %H:%M} → "
            f"{to_local(value):%m-%d %H:%M}。原因：{reason.strip()}"
        )
        append_entry(session, ctx, incident, TimelineKind.CORRECTION, now, text,
                {"field": field_name, "old": old.isoformat(), "new": value.isoformat(),
                 "reason": reason.strip()})
        audit(session, ctx, action="incident.correct", entity="incident",
              entity_id=incident.number, before={field_name: old.isoformat()},
              after={field_name: value.isoformat(), "reason": reason.strip()})
        return _reload_row(session, incident)


def incident_detail(ctx: Ctx, *, incident_id: int) -> IncidentDetail:
    """An incident's details and its whole timeline, oldest first.

    The reporter's name and phone are blank for a role that may not see them (只读).
    """
    personal = ctx.may(Action.VIEW_PERSONAL)
    with ctx.db.read_session() as session:
        incident = session.scalar(
            select(Incident)
            .where(Incident.id == incident_id)
            .options(
                selectinload(Incident.unit),
                selectinload(Incident.category),
                selectinload(Incident.subcommand),
            )
        )
        if incident is None:
            raise Refused("找不到这起事件，可能已被删除。")
        settings = load_settings(session)
        entries = session.scalars(
            select(TimelineEntry)
            .where(TimelineEntry.incident_id == incident_id)
            .order_by(TimelineEntry.seq)
        ).all()
        return IncidentDetail(
            row=incident_row(incident, settings),
            reporter_name=incident.reporter_name if personal else "",
            reporter_phone=incident.reporter_phone if personal else "",
            place=incident.place,
            escalated_to=incident.escalated_to,
            county_reported_at=incident.county_reported_at,
            created_at=incident.created_at,
            created_by=incident.created_by,
            timeline=tuple(
                TimelineRow(e.seq, e.kind, e.at, e.recorded_at, e.actor, e.text, dict(e.data or {}))
                for e in entries
            ),
        )


def _get(session: Session, incident_id: int, expected_version: int | None = None) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise Refused("找不到这起事件，可能已被删除。")
    check_incident_version(session, incident, expected_version)
    return incident


def check_incident_version(
    session: Session, incident: Incident, expected_version: int | None
) -> None:
    """:class:`Conflict` when the incident changed since the caller read ``expected_version``.

    Timeline entries alone do not change the version: entries from several workstations
    interleave, only a change of the incident's own record (status, times, weight, assignment,
    working groups) conflicts with an edit made from a stale copy.
    """
    check_version(
        session,
        incident,
        expected_version,
        what=msg("事件 {number}", number=incident.number),
        values=incident_values,
        audit_entity="incident",
        audit_id=incident.number,
        row=lambda: record_row(session, incident),
    )


def record_row(session: Session, incident: Incident) -> IncidentRow:
    """One incident's row with what only its own dialogs read: the working groups, member
    units and on-scene command (a change of any of them changes the incident's version)."""
    from xianghua_console.services.onscene import composition_text  # it imports this module

    latest = session.scalars(
        select(OnSceneCommand)
        .where(OnSceneCommand.incident_id == incident.id)
        .order_by(OnSceneCommand.seq.desc())
        .limit(1)
    ).first()
    return replace(
        incident_row(incident, load_settings(session)),
        groups="、".join(g.short_name for g in incident.working_groups),
        member_units="、".join(u.name for u in incident.member_units),
        onscene=composition_text(latest) if latest is not None else "",
    )


def incident_values(row: IncidentRow) -> dict[str, str]:
    """An incident's record as the conflict dialog lists it: label → text. The same words for
    the record now and for the copy a workstation read (a panel row lists no groups or
    on-scene command: those labels are left out of it, and so not compared)."""

    def when(value: datetime | None) -> str:
        return f"{to_local(value):%m-%d %H:%M}" if value else "—"

    values = {
        msg("状态"): term(row.status),
        msg("程度"): term(row.weight),
        msg("发生时间"): when(row.occurred_at),
        msg("接报时间"): when(row.received_at),
        msg("报告镇主要领导"): when(row.escalated_at)
        + (f" {row.escalated_to}" if row.escalated_to else ""),
        msg("报告县里"): when(row.county_reported_at),
        msg("分指挥部"): row.subcommand or msg("未分派"),
        msg("分派时间"): when(row.assigned_at),
        msg("接收"): when(row.accepted_at) + (f" {row.accepted_by}" if row.accepted_by else ""),
        msg("宣布应急结束"): when(row.ended_at),
        msg("专题报告"): when(row.special_report_at),
        msg("结案"): when(row.closed_at),
        msg("涉及人数"): str(row.people_count),
        msg("简要情况"): row.summary,
    }
    for label, text in ((msg("工作组"), row.groups), (msg("成员单位"), row.member_units),
                        (msg("现场指挥部"), row.onscene)):
        if text is not None:
            values[label] = text or "—"
    return values


def _refuse_closed(incident: Incident) -> None:
    if incident.status is IncidentStatus.CLOSED:
        raise Refused("事件已结案，不能再记录。")


def _check_time(at: datetime, now: datetime, incident: Incident, what: str) -> None:
    if at > now:
        raise InvalidInput({"at": msg("{what}不能晚于现在", what=what)})
    if at < incident.received_at:
        raise InvalidInput({"at": msg("{what}不能早于接报时间", what=what)})


def append_entry(
    session: Session,
    ctx: Ctx,
    incident: Incident,
    kind: TimelineKind,
    at: datetime,
    text: str,
    data: dict[str, Any] | None = None,
) -> TimelineEntry:
    """Append one entry to an incident's timeline, numbered after the last one."""
    seq = (
        session.scalar(
            select(func.max(TimelineEntry.seq)).where(TimelineEntry.incident_id == incident.id)
        )
        or 0
    ) + 1
    entry = TimelineEntry(
        incident_id=incident.id,
        seq=seq,
        kind=kind,
        at=at,
        recorded_at=ctx.clock.now(),
        actor=ctx.actor,
        text=text,
        data=data or {},
    )
    session.add(seal_timeline_entry(session, entry))
    return entry


def _reload_row(session: Session, incident: Incident) -> IncidentRow:
    session.flush()
    return incident_row(incident, load_settings(session))
