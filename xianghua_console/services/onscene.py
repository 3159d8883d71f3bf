"""The on-scene command (现场指挥部) of an incident: set up, then changed, never edited.

Its commander is a principal leader, its deputy the leader in charge, its members the heads
of the village or departments concerned, all picked from the staff directory. Setting it up on
a launched incident is the lifecycle step 成立现场指挥部; recorded on an incident that is
already past that step it is the record of who the command was. Each change is a new row with
its reason and a timeline entry saying what changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from xianghua_console.domain.command import command_text
from xianghua_console.domain.enums import IncidentStatus, TimelineKind, Weight
from xianghua_console.domain.lifecycle import Step, refusal
from xianghua_console.domain.limits import TEXT, too_long
from xianghua_console.domain.messages import msg
from xianghua_console.domain.permissions import Action
from xianghua_console.services.choices import StaffOption, staff_option, staff_options
from xianghua_console.services.context import Ctx, Refused, audit, require
from xianghua_console.services.incident_log import (
    InvalidInput,
    append_entry,
    check_incident_version,
    record_row,
)
from xianghua_console.services.incidents import IncidentRow
from xianghua_console.store.models import Incident, OnSceneCommand, Staff


@dataclass(frozen=True)
class Composition:
    """One composition of the on-scene command."""

    seq: int
    commander: StaffOption
    deputy: StaffOption | None
    members: tuple[StaffOption, ...]
    set_up_at: datetime
    reason: str
    recorded_at: datetime
    recorded_by: str

    @property
    def member_ids(self) -> tuple[int, ...]:
        return tuple(m.id for m in self.members)


@dataclass(frozen=True)
class OnSceneState:
    """What the on-scene command dialog shows about one incident."""

    incident_id: int
    number: str
    unit: str
    place: str
    summary: str
    status: IncidentStatus
    weight: Weight
    command_line: str  # who commands at the incident's weight
    history: tuple[Composition, ...]  # oldest first; the last one is the command now
    staff: tuple[StaffOption, ...]
    version: int = 0  # the incident's version as read: send it back as ``expected_version``
    row: IncidentRow | None = None  # the incident as read (what a conflict is compared with)

    @property
    def current(self) -> Composition | None:
        return self.history[-1] if self.history else None

    @property
    def sets_up_step(self) -> bool:
        """Saving the first composition also takes the lifecycle step 成立现场指挥部."""
        return not self.history and self.status is IncidentStatus.LAUNCHED


def onscene_state(ctx: Ctx, *, incident_id: int) -> OnSceneState:
    """The incident's on-scene command, its history and the people to pick from."""
    with ctx.db.read_session() as session:
        return _state(session, _incident(session, incident_id))


def set_onscene_command(
    ctx: Ctx,
    *,
    incident_id: int,
    commander_id: int | None,
    deputy_id: int | None = None,
    member_ids: Sequence[int] = (),
    at: datetime | None = None,
    reason: str = "",
    expected_version: int | None = None,
) -> OnSceneState:
    """Set up the on-scene command, or change it (a new composition with its reason).

    A new composition changes the incident's version (``store.versioning``): a dialog that
    read an older one gets :class:`~services.conflicts.Conflict` instead of replacing it.
    """
    require(ctx, Action.SET_ONSCENE)
    if errors := too_long(reason=(reason, msg("调整原因"), TEXT)):
        raise InvalidInput(errors)
    reason = reason.strip()
    now = ctx.clock.now()
    at = at or now
    with ctx.db.session() as session:
        incident = _incident(session, incident_id)
        check_incident_version(session, incident, expected_version)
        if incident.status is IncidentStatus.CLOSED:
            raise Refused("事件已结案，不能再记录。")
        previous = _history(session, incident.id)
        last = previous[-1] if previous else None
        if last is None and incident.status.order < IncidentStatus.LAUNCHED.order:
            raise Refused(refusal(Step.ONSCENE, incident.status) or "")
        errors: dict[str, str] = {}
        commander = _person(session, commander_id, errors, "commander_id", msg("指挥长"))
        deputy = (_person(session, deputy_id, errors, "deputy_id", msg("副指挥长"))
                  if deputy_id else None)
        members: list[Staff] = []
        for mid in dict.fromkeys(member_ids):
            person = _person(session, mid, errors, "member_ids", msg("成员"))
            if person is not None:
                members.append(person)
        if commander is not None and deputy is not None and deputy.id == commander.id:
            errors["deputy_id"] = msg("副指挥长不能与指挥长是同一人")
        leaders = {p.id: role for p, role in ((commander, msg("指挥长")), (deputy, msg("副指挥长")))
                   if p}
        for person in members:
            if person.id in leaders:
                errors["member_ids"] = msg("{name}已任{role}，不必再列为成员", name=person.name,
                                           role=leaders[person.id])
        if at > now:
            errors["at"] = msg("成立时间不能晚于现在") if last is None else msg("调整时间不能晚于现在")
        elif at < incident.received_at:
            errors["at"] = msg("时间不能早于接报时间")
        elif last is not None and at < last.set_up_at:
            errors["at"] = msg("调整时间不能早于上一次组成的时间")
        if last is not None and not reason:
            errors["reason"] = msg("调整现场指挥部须写明原因")
        if errors:
            raise InvalidInput(errors)
        assert commander is not None  # validated above
        if last is not None and (
            last.commander_id == commander.id
            and last.deputy_id == (deputy.id if deputy else None)
            and {m.id for m in last.members} == {m.id for m in members}
        ):
            raise Refused("现场指挥部的组成没有变化。")
        command = OnSceneCommand(
            incident_id=incident.id,
            seq=(last.seq + 1) if last else 1,
            commander=commander,
            deputy=deputy,
            members=members,
            set_up_at=at,
            reason=reason,
            recorded_at=now,
            recorded_by=ctx.actor,
        )
        session.add(command)
        session.flush()
        data = {
            "seq": command.seq,
            "commander_id": commander.id,
            "deputy_id": deputy.id if deputy else None,
            "member_ids": [m.id for m in members],
        }
        if last is None:
            text = "成立现场指挥部：" + composition_text(command)
            if incident.status is IncidentStatus.LAUNCHED:
                kind = TimelineKind.ONSCENE
                incident.status = IncidentStatus.ONSCENE
            else:
                kind = TimelineKind.COMMAND_SET
            action = "onscene.set_up"
        else:
            kind = TimelineKind.COMMAND_CHANGED
            text = "调整现场指挥部：" + _changes(last, command) + f"。原因：{reason}"
            data["reason"] = reason
            action = "onscene.change"
        append_entry(session, ctx, incident, kind, at, text, data)
        audit(session, ctx, action=action, entity="incident", entity_id=incident.number,
              before=_audit_form(last), after=_audit_form(command))
        session.flush()
        return _state(session, incident)


def composition_text(command: OnSceneCommand) -> str:
    """``指挥长 镇长王某；副指挥长 …；成员 …``."""
    parts = [f"指挥长{_who(command.commander)}"]
    if command.deputy is not None:
        parts.append(f"副指挥长{_who(command.deputy)}")
    if command.members:
        parts.append("成员" + "、".join(_who(m) for m in command.members))
    return "；".join(parts)


# ---------------------------------------------------------------- helpers


def _who(person: Staff) -> str:
    return f"{person.post}{person.name}" if person.post else person.name


def _changes(old: OnSceneCommand, new: OnSceneCommand) -> str:
    parts = []
    if old.commander_id != new.commander_id:
        parts.append(f"指挥长由{_who(old.commander)}改为{_who(new.commander)}")
    if old.deputy_id != new.deputy_id:
        before = _who(old.deputy) if old.deputy else "无"
        after = _who(new.deputy) if new.deputy else "无"
        parts.append(f"副指挥长由{before}改为{after}")
    old_ids = {m.id for m in old.members}
    new_ids = {m.id for m in new.members}
    added = [m for m in new.members if m.id not in old_ids]
    removed = [m for m in old.members if m.id not in new_ids]
    if added:
        parts.append("增加成员" + "、".join(_who(m) for m in added))
    if removed:
        parts.append("减少成员" + "、".join(_who(m) for m in removed))
    return "，".join(parts)


def _audit_form(command: OnSceneCommand | None) -> dict | None:
    if command is None:
        return None
    return {
        "seq": command.seq,
        "commander_id": command.commander_id,
        "deputy_id": command.deputy_id,
        "member_ids": [m.id for m in command.members],
        "set_up_at": command.set_up_at.isoformat(),
    }


def _person(
    session: Session, staff_id: int | None, errors: dict[str, str], key: str, role: str
) -> Staff | None:
    if staff_id is None:
        errors[key] = msg("请选择{role}", role=role)
        return None
    person = session.get(Staff, staff_id)
    if person is None:
        errors[key] = msg("所选{role}不在人员目录中", role=role)
        return None
    if not person.active:
        errors[key] = msg("{name}已归档，不能担任{role}", name=person.name, role=role)
        return None
    return person


def _history(session: Session, incident_id: int) -> list[OnSceneCommand]:
    return list(
        session.scalars(
            select(OnSceneCommand)
            .where(OnSceneCommand.incident_id == incident_id)
            .order_by(OnSceneCommand.seq)
            .options(
                selectinload(OnSceneCommand.commander).selectinload(Staff.unit),
                selectinload(OnSceneCommand.deputy).selectinload(Staff.unit),
                selectinload(OnSceneCommand.members).selectinload(Staff.unit),
            )
        )
    )


def _composition(command: OnSceneCommand) -> Composition:
    return Composition(
        seq=command.seq,
        commander=staff_option(command.commander),
        deputy=staff_option(command.deputy) if command.deputy else None,
        members=tuple(staff_option(m) for m in command.members),
        set_up_at=command.set_up_at,
        reason=command.reason,
        recorded_at=command.recorded_at,
        recorded_by=command.recorded_by,
    )


def _state(session: Session, incident: Incident) -> OnSceneState:
    sub = incident.subcommand.short_name if incident.subcommand else ""
    return OnSceneState(
        incident_id=incident.id,
        number=incident.number,
        unit=incident.unit.name,
        place=incident.place,
        summary=incident.summary,
        status=incident.status,
        weight=incident.weight,
        command_line=command_text(incident.weight, subcommand=sub),
        history=tuple(_composition(c) for c in _history(session, incident.id)),
        staff=staff_options(session),
        version=incident.version,
        row=record_row(session, incident),
    )


def _incident(session: Session, incident_id: int) -> Incident:
    incident = session.scalar(
        select(Incident)
        .where(Incident.id == incident_id)
        .options(selectinload(Incident.unit), selectinload(Incident.subcommand))
    )
    if incident is None:
        raise Refused("找不到这起事件，可能已被删除。")
    return incident

