"""Assigning an incident (分派): its sub-command, weight, working groups, HQ's handling.

The subject category proposes a sub-command; choosing another one needs a reason, which is
kept. The weight says who commands (``domain.command``); changing it later re-routes the
command and is logged. HQ's handling instructions (处置指示) and a work group sent to guide
and supervise (派出工作组督导) are timeline entries with who and when, and so is the assigned
sub-command's acceptance (接收), whose deadline counts from the assignment.

A body with no head named yet may still be chosen: the form carries a warning for each such
body so that the GUI shows it before the choice, and every write returns the warnings that
apply to what it chose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from xianghua_console.domain.clock import to_local
from xianghua_console.domain.command import (
    CommandLevel,
    command_for,
    command_text,
    head_missing_warning,
    reroute_text,
)
from xianghua_console.domain.deadlines import Deadline, DeadlineKind
from xianghua_console.domain.enums import BodyKind, IncidentStatus, TimelineKind, Weight
from xianghua_console.domain.limits import NAME, PLACE, TEXT, too_long
from xianghua_console.domain.messages import msg
from xianghua_console.domain.permissions import Action
from xianghua_console.services.choices import (
    BodyOption,
    StaffOption,
    UnitOption,
    body_option,
    staff_options,
)
from xianghua_console.services.context import Ctx, Refused, audit, load_settings, require
from xianghua_console.services.incident_log import (
    InvalidInput,
    append_entry,
    check_incident_version,
    record_row,
)
from xianghua_console.services.incidents import IncidentRow
from xianghua_console.services.onscene import composition_text
from xianghua_console.store.models import (
    CommandBody,
    Incident,
    OnSceneCommand,
    Staff,
    TimelineEntry,
    Unit,
)


@dataclass(frozen=True)
class HandlingEntry:
    """One instruction, work group or acceptance already on the timeline."""

    kind: TimelineKind
    at: datetime
    actor: str
    text: str


@dataclass(frozen=True)
class AssignmentState:
    """Everything the assignment dialog shows about one incident."""

    incident_id: int
    number: str
    unit: str
    summary: str
    status: IncidentStatus
    category: str
    weight: Weight
    proposed_id: int | None  # the sub-command the category proposes now
    subcommand_id: int | None  # the one the incident is with
    override_reason: str
    assigned_at: datetime | None
    assigned_by: str
    accepted_at: datetime | None
    accepted_by: str
    accept_deadline: Deadline | None
    group_ids: tuple[int, ...]
    unit_ids: tuple[int, ...]
    hq: BodyOption
    subcommands: tuple[BodyOption, ...]
    groups: tuple[BodyOption, ...]
    units: tuple[UnitOption, ...]
    staff: tuple[StaffOption, ...]
    handling: tuple[HandlingEntry, ...]
    row: IncidentRow
    alert_lead_minutes: int = 5  # the acceptance countdown turns amber this close (settings)

    def body(self, body_id: int | None) -> BodyOption | None:
        """The sub-command, working group or HQ with ``body_id``."""
        for b in (self.hq, *self.subcommands, *self.groups):
            if b.id == body_id:
                return b
        return None

    @property
    def assigned(self) -> bool:
        return self.assigned_at is not None

    def command_line(self, weight: Weight | None = None) -> str:
        """Who commands at ``weight`` (default: the incident's), with the bodies' names."""
        sub = self.body(self.subcommand_id)
        return command_text(
            weight or self.weight, subcommand=sub.short_name if sub else "", hq=self.hq.short_name
        )


@dataclass(frozen=True)
class Outcome:
    """The state after a write, and the warnings about what was chosen."""

    state: AssignmentState
    warnings: tuple[str, ...] = field(default_factory=tuple)


# The timeline entries the dialog lists as the assignment's and HQ's handling record.
HANDLING = (TimelineKind.ASSIGNED, TimelineKind.ACCEPTED, TimelineKind.WEIGHT_CHANGED,
            TimelineKind.GROUPS, TimelineKind.INSTRUCTION, TimelineKind.WORK_GROUP)


# ---------------------------------------------------------------- reading


def assignment_state(ctx: Ctx, *, incident_id: int) -> AssignmentState:
    """The incident's assignment with every choice the dialog offers."""
    with ctx.db.read_session() as session:
        return _state(session, _incident(session, incident_id))


def command_lines(ctx: Ctx, *, incident_id: int) -> list[tuple[str, str]]:
    """Label → text lines for an incident's details: assignment, command, groups, on-scene."""
    with ctx.db.read_session() as session:
        incident = _incident(session, incident_id)
        state = _state(session, incident)
        lines: list[tuple[str, str]] = []
        sub = state.body(state.subcommand_id)
        if sub is None:
            lines.append(("分指挥部", "未分派"))
        else:
            text = sub.name
            if state.assigned_at is None:
                text += "（类别建议，尚未分派）"
            elif state.accepted_at is None:
                text += f"（{_hm(state.assigned_at)} 分派，尚未接收）"
            else:
                text += f"（{_hm(state.assigned_at)} 分派，{_hm(state.accepted_at)} {state.accepted_by}接收）"
            lines.append(("分指挥部", text))
            if state.override_reason:
                proposed = state.body(incident.proposed_subcommand_id)
                lines.append(
                    ("改派原因", f"类别对应{proposed.short_name if proposed else '无'}；"
                                 f"{state.override_reason}")
                )
        lines.append(("指挥", state.command_line()))
        groups = [g.short_name for g in state.groups if g.id in state.group_ids]
        if groups:
            lines.append(("工作组", "、".join(groups)))
        units = [u.name for u in state.units if u.id in state.unit_ids]
        if units:
            lines.append(("成员单位", "、".join(units)))
        current = session.scalar(
            select(OnSceneCommand)
            .where(OnSceneCommand.incident_id == incident.id)
            .order_by(OnSceneCommand.seq.desc())
            .limit(1)
        )
        if current is not None:
            lines.append(("现场指挥部", composition_text(current)))
        return lines


# ---------------------------------------------------------------- writing


def assign_subcommand(
    ctx: Ctx,
    *,
    incident_id: int,
    subcommand_id: int,
    reason: str = "",
    expected_version: int | None = None,
) -> Outcome:
    """Assign the incident to a sub-command; one other than the category's needs a reason.

    The acceptance clock starts now; assigning again (to another sub-command) restarts it
    and the earlier assignment stays on the timeline.
    """
    require(ctx, Action.ASSIGN)
    if errors := too_long(reason=(reason, msg("原因"), TEXT)):
        raise InvalidInput(errors)
    reason = reason.strip()
    now = ctx.clock.now()
    with ctx.db.session() as session:
        incident = _incident(session, incident_id)
        check_incident_version(session, incident, expected_version)
        _refuse_closed(incident)
        sub = session.get(CommandBody, subcommand_id)
        if sub is None or sub.kind is not BodyKind.SUBCOMMAND:
            raise InvalidInput({"subcommand_id": msg("请选择一个分指挥部")})
        proposed = incident.category.subcommand if incident.category else None
        override = proposed is not None and proposed.id != sub.id
        if override and not reason:
            raise InvalidInput(
                {
                    "reason": msg("类别“{category}”对应{proposed}，改派{chosen}须写明原因",
                                  category=incident.category.name,
                                  proposed=proposed.short_name, chosen=sub.short_name)
                }
            )
        if incident.assigned_at is not None and incident.subcommand_id == sub.id:
            raise Refused("事件已分派给{subcommand}，无需重复分派。", subcommand=sub.short_name)
        previous = incident.subcommand if incident.assigned_at is not None else None
        data = {
            "subcommand_id": sub.id,
            "subcommand": sub.short_name,
            "proposed_id": proposed.id if proposed else None,
            "override": override,
            "reason": reason if override else "",
            "weight": incident.weight.value,
            "previous_subcommand_id": previous.id if previous else None,
            "previous_assigned_at": _iso(incident.assigned_at),
            "previous_accepted_at": _iso(incident.accepted_at),
        }
        text = f"分派给{sub.name}；{command_text(incident.weight, subcommand=sub.short_name)}"
        if override:
            text += f"。类别“{incident.category.name}”对应{proposed.short_name}，改派原因：{reason}"
        elif proposed is None and reason:
            text += f"。说明：{reason}"
        if previous is not None:
            text += f"。原分派{previous.short_name}" + (
                f"（{_hm(incident.accepted_at)} 已接收）" if incident.accepted_at else "（未接收）"
            )
        incident.subcommand_id = sub.id
        incident.proposed_subcommand_id = proposed.id if proposed else None
        incident.override_reason = reason if override else ""
        incident.assigned_at = now
        incident.assigned_by = ctx.actor
        incident.accepted_at = None
        incident.accepted_by = ""
        append_entry(session, ctx, incident, TimelineKind.ASSIGNED, now, text, data)
        audit(session, ctx, action="incident.assign", entity="incident", entity_id=incident.number,
              before={"subcommand_id": data["previous_subcommand_id"]},
              after={"subcommand_id": sub.id, "override": override, "reason": data["reason"]})
        session.flush()
        warnings = _head_warnings([sub])
        return Outcome(_state(session, incident), warnings)


def change_weight(
    ctx: Ctx,
    *,
    incident_id: int,
    weight: Weight,
    reason: str,
    expected_version: int | None = None,
) -> Outcome:
    """Change how heavy the incident is; the command follows, logged with the reason."""
    require(ctx, Action.ASSIGN)
    if errors := too_long(reason=(reason, msg("原因"), TEXT)):
        raise InvalidInput(errors)
    reason = reason.strip()
    with ctx.db.session() as session:
        incident = _incident(session, incident_id)
        check_incident_version(session, incident, expected_version)
        _refuse_closed(incident)
        if weight is incident.weight:
            raise Refused("事件程度已是“{weight}”。", weight=weight)
        if not reason:
            raise InvalidInput({"reason": msg("请写明调整事件程度的原因")})
        old = incident.weight
        hq = _hq(session)
        sub_name = incident.subcommand.short_name if incident.subcommand else ""
        text = reroute_text(old, weight, subcommand=sub_name, hq=hq.short_name) + f"。原因：{reason}"
        incident.weight = weight
        append_entry(session, ctx, incident, TimelineKind.WEIGHT_CHANGED, ctx.clock.now(), text,
                     {"old": old.value, "new": weight.value,
                      "command_old": command_for(old).value,
                      "command_new": command_for(weight).value, "reason": reason})
        audit(session, ctx, action="incident.weight", entity="incident", entity_id=incident.number,
              before={"weight": old.value}, after={"weight": weight.value, "reason": reason})
        session.flush()
        level = command_for(weight)
        bodies: list[CommandBody] = []
        warnings: list[str] = []
        if level is CommandLevel.HQ:
            bodies.append(hq)
        elif level is CommandLevel.SUBCOMMAND:
            if incident.subcommand is None or incident.assigned_at is None:
                warnings.append(msg("事件改由分指挥部指导协调，但还没有分派分指挥部，请分派。"))
            else:
                bodies.append(incident.subcommand)
        return Outcome(
            _state(session, incident), tuple(warnings) + _head_warnings(bodies)
        )


def set_groups(
    ctx: Ctx,
    *,
    incident_id: int,
    group_ids: Sequence[int],
    unit_ids: Sequence[int],
    expected_version: int | None = None,
) -> Outcome:
    """Set the working groups and member units working on the incident (logged as a change)."""
    require(ctx, Action.ASSIGN)
    with ctx.db.session() as session:
        incident = _incident(session, incident_id)
        check_incident_version(session, incident, expected_version)
        _refuse_closed(incident)
        groups = []
        for gid in dict.fromkeys(group_ids):
            body = session.get(CommandBody, gid)
            if body is None or body.kind is not BodyKind.WORKING_GROUP:
                raise InvalidInput({"group_ids": msg("所选工作组不存在")})
            groups.append(body)
        units = []
        for uid in dict.fromkeys(unit_ids):
            unit = session.get(Unit, uid)
            if unit is None:
                raise InvalidInput({"unit_ids": msg("所选单位不存在")})
            if not unit.active and unit not in incident.member_units:
                raise InvalidInput(
                    {"unit_ids": msg("单位“{name}”已归档，不能再分派", name=unit.name)})
            units.append(unit)
        old_groups, old_units = list(incident.working_groups), list(incident.member_units)
        added_g = [g for g in groups if g not in old_groups]
        removed_g = [g for g in old_groups if g not in groups]
        added_u = [u for u in units if u not in old_units]
        removed_u = [u for u in old_units if u not in units]
        if not (added_g or removed_g or added_u or removed_u):
            return Outcome(_state(session, incident), ())
        incident.working_groups = sorted(groups, key=lambda b: b.sort_order)
        incident.member_units = sorted(units, key=lambda u: u.sort_order)
        parts = []
        if added_g:
            parts.append("分派工作组：" + "、".join(g.short_name for g in added_g))
        if removed_g:
            parts.append("撤回工作组：" + "、".join(g.short_name for g in removed_g))
        if added_u:
            parts.append("增加成员单位：" + "、".join(u.name for u in added_u))
        if removed_u:
            parts.append("撤回成员单位：" + "、".join(u.name for u in removed_u))
        append_entry(session, ctx, incident, TimelineKind.GROUPS, ctx.clock.now(), "；".join(parts),
                     {"groups": [g.id for g in groups], "units": [u.id for u in units]})
        audit(session, ctx, action="incident.groups", entity="incident", entity_id=incident.number,
              before={"groups": [g.id for g in old_groups], "units": [u.id for u in old_units]},
              after={"groups": [g.id for g in groups], "units": [u.id for u in units]})
        session.flush()
        return Outcome(_state(session, incident), _head_warnings(added_g))


def record_instruction(
    ctx: Ctx, *, incident_id: int, text: str, to: str = "", at: datetime | None = None
) -> Outcome:
    """HQ's handling instruction (处置指示) to the village or unit, with who and when."""
    require(ctx, Action.INSTRUCT)
    if errors := too_long(text=(text, msg("处置指示"), TEXT), to=(to, msg("指示对象"), PLACE)):
        raise InvalidInput(errors)
    text, to = text.strip(), to.strip()
    now = ctx.clock.now()
    at = at or now
    with ctx.db.session() as session:
        incident = _incident(session, incident_id)
        _refuse_closed(incident)
        if not text:
            raise InvalidInput({"text": msg("请填写处置指示的内容")})
        _check_time(at, now, incident, msg("指示时间"))
        to = to or incident.unit.name
        append_entry(session, ctx, incident, TimelineKind.INSTRUCTION, at,
                     f"总指挥部指示{to}：{text}", {"to": to, "text": text})
        audit(session, ctx, action="incident.instruction", entity="incident",
              entity_id=incident.number, after={"to": to, "at": at.isoformat()})
        session.flush()
        return Outcome(_state(session, incident), ())


def send_work_group(
    ctx: Ctx,
    *,
    incident_id: int,
    leader_id: int,
    members: str = "",
    task: str = "",
    at: datetime | None = None,
) -> Outcome:
    """A work group sent to guide and supervise (派出工作组督导): who leads it, who goes, why."""
    require(ctx, Action.INSTRUCT)
    if errors := too_long(members=(members, msg("工作组成员"), TEXT),
                          task=(task, msg("任务"), TEXT)):
        raise InvalidInput(errors)
    members, task = members.strip(), task.strip()
    now = ctx.clock.now()
    at = at or now
    with ctx.db.session() as session:
        incident = _incident(session, incident_id)
        _refuse_closed(incident)
        leader = session.get(Staff, leader_id)
        if leader is None or not leader.active:
            raise InvalidInput({"leader_id": msg("请选择带队的人员")})
        _check_time(at, now, incident, msg("派出时间"))
        text = f"派出工作组赶赴{incident.place or incident.unit.name}指导督查，{leader.post}{leader.name}带队"
        if members:
            text += f"，成员：{members}"
        if task:
            text += f"；任务：{task}"
        append_entry(session, ctx, incident, TimelineKind.WORK_GROUP, at, text,
                     {"leader_id": leader.id, "leader": leader.name, "members": members,
                      "task": task})
        audit(session, ctx, action="incident.work_group", entity="incident",
              entity_id=incident.number, after={"leader_id": leader.id, "at": at.isoformat()})
        session.flush()
        return Outcome(_state(session, incident), ())


def record_acceptance(
    ctx: Ctx,
    *,
    incident_id: int,
    accepted_by: str,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Outcome:
    """The assigned sub-command accepted the incident (接收): who there, and when."""
    require(ctx, Action.RECORD_ACCEPTANCE)
    if errors := too_long(accepted_by=(accepted_by, msg("接收人"), NAME)):
        raise InvalidInput(errors)
    accepted_by = accepted_by.strip()
    now = ctx.clock.now()
    at = at or now
    with ctx.db.session() as session:
        incident = _incident(session, incident_id)
        check_incident_version(session, incident, expected_version)
        _refuse_closed(incident)
        if incident.assigned_at is None or incident.subcommand is None:
            raise Refused("事件还没有分派给分指挥部，无从接收。")
        if incident.accepted_at is not None:
            raise Refused(
                "{subcommand}已于 {at:%m-%d %H:%M} 接收（{accepted_by}）。",
                subcommand=incident.subcommand.short_name, at=to_local(incident.accepted_at),
                accepted_by=incident.accepted_by,
            )
        if not accepted_by:
            raise InvalidInput({"accepted_by": msg("请填写分指挥部接收人")})
        if at > now:
            raise InvalidInput({"at": msg("接收时间不能晚于现在")})
        if at < incident.assigned_at:
            raise InvalidInput({"at": msg("接收时间不能早于分派时间")})
        settings = load_settings(session)
        due = incident.assigned_at + timedelta(minutes=settings.acceptance_minutes)
        text = f"{incident.subcommand.name}接收，接收人：{accepted_by}"
        if at > due:
            late = int((at - due).total_seconds() // 60)
            text += f"（超过接收时限 {late} 分钟）"
        incident.accepted_at = at
        incident.accepted_by = accepted_by
        append_entry(session, ctx, incident, TimelineKind.ACCEPTED, at, text,
                     {"subcommand_id": incident.subcommand_id, "by": accepted_by})
        audit(session, ctx, action="incident.accept", entity="incident",
              entity_id=incident.number, after={"by": accepted_by, "at": at.isoformat()})
        session.flush()
        return Outcome(_state(session, incident), ())


# ---------------------------------------------------------------- helpers


def _state(session: Session, incident: Incident) -> AssignmentState:
    row = record_row(session, incident)
    bodies = session.scalars(
        select(CommandBody)
        .order_by(CommandBody.sort_order, CommandBody.id)
        .options(selectinload(CommandBody.head))
    ).all()
    units = session.scalars(
        select(Unit)
        .where(Unit.active.is_(True) | Unit.id.in_([u.id for u in incident.member_units]))
        .order_by(Unit.kind.desc(), Unit.sort_order, Unit.id)
    ).all()
    accept = next((d for d in row.deadlines if d.kind is DeadlineKind.ACCEPT), None)
    # Queried, not ``incident.timeline``: an entry appended in this session is not in the
    # collection loaded before it.
    handling = tuple(
        HandlingEntry(e.kind, e.at, e.actor, e.text)
        for e in session.scalars(
            select(TimelineEntry)
            .where(TimelineEntry.incident_id == incident.id, TimelineEntry.kind.in_(HANDLING))
            .order_by(TimelineEntry.seq)
        )
    )
    proposed = incident.category.subcommand_id if incident.category else None
    return AssignmentState(
        incident_id=incident.id,
        number=incident.number,
        unit=incident.unit.name,
        summary=incident.summary,
        status=incident.status,
        category=incident.category.name if incident.category else "",
        weight=incident.weight,
        proposed_id=proposed,
        subcommand_id=incident.subcommand_id,
        override_reason=incident.override_reason,
        assigned_at=incident.assigned_at,
        assigned_by=incident.assigned_by,
        accepted_at=incident.accepted_at,
        accepted_by=incident.accepted_by,
        accept_deadline=accept,
        group_ids=tuple(g.id for g in incident.working_groups),
        unit_ids=tuple(u.id for u in incident.member_units),
        hq=body_option(next(b for b in bodies if b.kind is BodyKind.HQ)),
        subcommands=tuple(body_option(b) for b in bodies if b.kind is BodyKind.SUBCOMMAND),
        groups=tuple(body_option(b) for b in bodies if b.kind is BodyKind.WORKING_GROUP),
        units=tuple(UnitOption(u.id, u.name, u.kind) for u in units),
        staff=staff_options(session),
        handling=handling,
        row=row,
        alert_lead_minutes=load_settings(session).alert_lead_minutes,
    )


def _head_warnings(bodies: Sequence[CommandBody]) -> tuple[str, ...]:
    """The head-missing warning of each chosen body that has no head."""
    return tuple(head_missing_warning(b.short_name, b.head_post) for b in bodies if b.head is None)


def _incident(session: Session, incident_id: int) -> Incident:
    incident = session.scalar(
        select(Incident)
        .where(Incident.id == incident_id)
        .options(
            selectinload(Incident.unit),
            selectinload(Incident.category),
            selectinload(Incident.subcommand),
            selectinload(Incident.working_groups),
            selectinload(Incident.member_units),
        )
    )
    if incident is None:
        raise Refused("找不到这起事件，可能已被删除。")
    return incident


def _hq(session: Session) -> CommandBody:
    hq = session.scalar(select(CommandBody).where(CommandBody.kind == BodyKind.HQ))
    if hq is None:
        raise Refused("数据库中没有总指挥部，请检查指挥机构目录。")
    return hq


def _refuse_closed(incident: Incident) -> None:
    if incident.status is IncidentStatus.CLOSED:
        raise Refused("事件已结案，不能再记录。")


def _check_time(at: datetime, now: datetime, incident: Incident, what: str) -> None:
    if at > now:
        raise InvalidInput({"at": msg("{what}不能晚于现在", what=what)})
    if at < incident.received_at:
        raise InvalidInput({"at": msg("{what}不能早于接报时间", what=what)})


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def _hm(when: datetime | None) -> str:
    return to_local(when).strftime("%m-%d %H:%M") if when else ""


