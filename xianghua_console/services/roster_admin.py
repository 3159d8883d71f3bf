"""Writing the duty roster: periods and shifts, fair rotation, placing by hand, unavailability,
swaps (调班), the checks and readiness of a period, and the roster's Excel exchange.

Every write is audited in its own transaction; a refusal (:class:`Refused`) says in Chinese
what to do about it. Reading the roster for display stays in ``services.roster``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from xianghua_console.domain.clock import local_today
from xianghua_console.domain.deadlines import shift_start
from xianghua_console.domain.enums import (
    CalendarOverrideKind,
    DutySlot,
    SwapStatus,
    UnavailabilityKind,
)
from xianghua_console.domain.holidays import DayCalendar, DayKind, classify_days, is_makeup_day
from xianghua_console.domain.limits import NAME, TEXT, too_long
from xianghua_console.domain.messages import Message, joined, msg, term
from xianghua_console.domain.permissions import Action
from xianghua_console.domain.roster_checks import (
    CheckedPerson,
    CheckedShift,
    DayReadiness,
    Finding,
    check_roster,
    readiness,
)
from xianghua_console.domain.rotation import (
    Gap,
    Placement,
    generate_rotation,
    slot_targets,
    summarize_gaps,
)
from xianghua_console.domain.settings import PHONE_RE, POLICE_CONTACT_LIMIT, Settings
from xianghua_console.domain.swaps import SwapStep, next_swap_status, swap_refusal
from xianghua_console.exports.roster_xlsx import (
    DAY_COL,
    NAME_COL,
    POST_ALIASES,
    POST_COL,
    SHEET_POSTS,
    RosterBook,
    RosterDayLine,
    RosterEntry,
    RosterFileError,
    SheetProblem,
    SheetRead,
    read_roster_xlsx,
    write_roster_xlsx,
)
from xianghua_console.services.conflicts import check_version
from xianghua_console.services.context import Ctx, Refused, audit, load_settings, require
from xianghua_console.services.incident_log import InvalidInput
from xianghua_console.services.progress import ProgressFn, as_progress
from xianghua_console.services.roster import ShiftRow, on_duty_now
from xianghua_console.store.models import (
    CalendarOverride,
    DutyAssignment,
    DutyPeriod,
    DutyPoolMember,
    DutyShift,
    DutySwap,
    Staff,
    StaffUnavailability,
)

MAX_PERIOD_DAYS = 366
MAX_DUTY_STAFF = 9  # the settings give only a minimum for duty staff: a sanity cap
ONE_DAY = timedelta(days=1)


def _days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def slot_capacity(settings: Settings, slot: DutySlot) -> int:
    """The most people a slot of one shift may hold."""
    return {
        DutySlot.LEADER: settings.leader_slots,
        DutySlot.DUTY: max(settings.duty_slots_min, MAX_DUTY_STAFF),
        DutySlot.STANDBY: settings.standby_slots_max,
        DutySlot.VEHICLE: settings.vehicle_slots,
    }[slot]


def fit_refusal(staff: Staff, slot: DutySlot) -> Message | None:
    """Why ``staff`` cannot be placed in ``slot``, or None when they can."""
    if not staff.active:
        return msg("{name}已归档（停用），不能排班", name=staff.name)
    if slot is DutySlot.LEADER and not staff.is_leader:
        return msg("{name}不是可以带班的领导，不能排在带班领导", name=staff.name)
    if slot is DutySlot.VEHICLE and not staff.is_driver:
        return msg("{name}不是驾驶员，不能排在应急车辆驾驶员", name=staff.name)
    return None


# ---------------------------------------------------------------- periods


@dataclass(frozen=True)
class PeriodRow:
    id: int
    name: str
    start_date: date
    end_date: date
    daily_reports_from: date
    shifts: int


def _period_row(period: DutyPeriod) -> PeriodRow:
    return PeriodRow(
        period.id,
        period.name,
        period.start_date,
        period.end_date,
        period.daily_reports_from,
        len(period.shifts),
    )


def list_periods(ctx: Ctx) -> list[PeriodRow]:
    """Every duty period, the earliest first."""
    with ctx.db.read_session() as session:
        periods = session.scalars(
            select(DutyPeriod)
            .order_by(DutyPeriod.start_date)
            .options(selectinload(DutyPeriod.shifts))
        ).all()
        return [_period_row(p) for p in periods]


def create_period(
    ctx: Ctx,
    *,
    name: str,
    start_date: date,
    end_date: date,
    daily_reports_from: date | None = None,
    emergency_fund_yuan: int = 0,
    vehicle: str = "",
    police_squad_contact: str | None = None,
    police_squad_phone: str | None = None,
) -> PeriodRow:
    """Create a duty period with one 24-hour shift per day from the shift boundary.

    The fund, vehicle and police station's standby squad given here go on every shift
    (the squad's contact and phone: the settings' when ``None``); readiness stays red until
    they are in place (``set_shift_supplies`` changes them later).
    """
    require(ctx, Action.ROSTER_EDIT)
    if errors := police_errors(police_squad_contact, police_squad_phone):
        raise InvalidInput(errors)
    name = name.strip()
    if not name:
        raise Refused("请填写值班期的名称，例如“2027年全国两会期间”。")
    if len(name) > 80:
        raise Refused("值班期名称过长（最多 80 个字）。")
    if end_date < start_date:
        raise Refused("结束日期 {end} 早于开始日期 {start}，请检查。", end=end_date,
                      start=start_date)
    if (end_date - start_date).days + 1 > MAX_PERIOD_DAYS:
        raise Refused("值班期最长 {n} 天，请分成几个值班期。", n=MAX_PERIOD_DAYS)
    reports_from = daily_reports_from or start_date
    if reports_from > end_date:
        raise Refused("日报开始日期不能晚于值班期的结束日期。")
    if emergency_fund_yuan < 0:
        raise Refused("应急经费不能为负数。")
    with ctx.db.session() as session:
        clash = session.scalar(
            select(DutyPeriod).where(
                DutyPeriod.start_date <= end_date, DutyPeriod.end_date >= start_date
            )
        )
        if clash is not None:
            raise Refused(
                "与值班期“{name}”（{start}至{end}）日期重叠；同一天只能有一个班次，请调整日期。",
                name=clash.name, start=clash.start_date, end=clash.end_date,
            )
        settings = load_settings(session)
        period = DutyPeriod(
            name=name,
            start_date=start_date,
            end_date=end_date,
            daily_reports_from=reports_from,
        )
        session.add(period)
        police = (
            (police_squad_contact if police_squad_contact is not None
             else settings.police_squad_contact).strip(),
            (police_squad_phone if police_squad_phone is not None
             else settings.police_squad_phone).strip(),
        )  # fmt: skip
        for day in _days(start_date, end_date):
            period.shifts.append(_new_shift(day, settings, emergency_fund_yuan, vehicle, *police))
        session.flush()
        audit(
            session,
            ctx,
            action="roster.create_period",
            entity="duty_period",
            entity_id=period.id,
            after={
                "name": name,
                "start": str(start_date),
                "end": str(end_date),
                "daily_reports_from": str(reports_from),
                "police_squad_contact": police[0],
                "police_squad_phone": police[1],
            },
        )
        return _period_row(period)


def police_errors(contact: str | None, phone: str | None) -> dict[str, str]:
    """``field → message`` for the police station's standby squad of a shift (None: unchanged)."""
    errors = too_long(police_squad_contact=(contact, msg("派出所备勤联系人"), POLICE_CONTACT_LIMIT))
    if phone is not None and phone.strip() and not PHONE_RE.fullmatch(phone.strip()):
        errors["police_squad_phone"] = (
            msg("派出所备勤电话“{phone}”不合要求：只能由数字和“-”组成（3 到 20 位），"
                "如 13903960110 或 0396-6952110", phone=phone.strip())
        )
    return errors


def _new_shift(
    day: date,
    settings: Settings,
    fund: int = 0,
    vehicle: str = "",
    police: str = "",
    police_phone: str = "",
) -> DutyShift:
    return DutyShift(
        day=day,
        starts_at=shift_start(day, settings),
        ends_at=shift_start(day + ONE_DAY, settings),
        emergency_fund_yuan=fund,
        vehicle=vehicle,
        police_squad_contact=police,
        police_squad_phone=police_phone,
    )


def _period(session: Session, period_id: int) -> DutyPeriod:
    period = session.get(DutyPeriod, period_id)
    if period is None:
        raise Refused("没有编号为 {period_id} 的值班期。", period_id=period_id)
    return period


def _shifts(session: Session, period: DutyPeriod, *, create: bool = True) -> dict[date, DutyShift]:
    """The period's shifts by day, with their people.

    With ``create`` a day without a shift (a period whose dates were widened) gets one now;
    reading never writes.
    """
    shifts = session.scalars(
        select(DutyShift)
        .where(DutyShift.period_id == period.id)
        .options(selectinload(DutyShift.assignments).selectinload(DutyAssignment.staff))
    ).all()
    by_day = {s.day: s for s in shifts}
    missing = [d for d in _days(period.start_date, period.end_date) if d not in by_day]
    if missing and create:
        settings = load_settings(session)
        template = next(iter(by_day.values()), None)
        for day in missing:
            shift = _new_shift(
                day,
                settings,
                template.emergency_fund_yuan if template else 0,
                template.vehicle if template else "",
                template.police_squad_contact if template else settings.police_squad_contact,
                template.police_squad_phone if template else settings.police_squad_phone,
            )
            shift.period = period
            session.add(shift)
            by_day[day] = shift
        session.flush()
    return by_day


def check_shift_version(session: Session, shift: DutyShift, expected_version: int | None) -> None:
    """:class:`Conflict` when the shift (its supplies or its people) changed since it was read."""
    check_version(
        session,
        shift,
        expected_version,
        what=msg("{day:%m月%d日}的班次", day=shift.day),
        current=lambda: _shift_values(shift),
        audit_entity="duty_shift",
        audit_id=shift.id,
    )


def _shift_values(shift: DutyShift) -> dict[str, str]:
    values = {}
    for slot in DutySlot:
        names = [a.staff.name for a in sorted(shift.assignments, key=lambda a: a.position)
                 if a.slot is slot]
        values[term(slot)] = "、".join(names) or msg("（空）")
    values[msg("应急经费")] = msg("{n} 元", n=shift.emergency_fund_yuan)
    values[msg("应急车辆")] = shift.vehicle
    values[msg("派出所备勤")] = " ".join(
        t for t in (shift.police_squad_contact, shift.police_squad_phone) if t
    )
    return values


def _shift_of(session: Session, period: DutyPeriod, day: date) -> DutyShift:
    if not period.start_date <= day <= period.end_date:
        raise Refused(
            "{day} 不在值班期“{name}”（{start}至{end}）内。", day=day, name=period.name,
            start=period.start_date, end=period.end_date,
        )
    return _shifts(session, period)[day]


def set_shift_supplies(
    ctx: Ctx,
    *,
    period_id: int,
    days: Iterable[date] | None = None,
    emergency_fund_yuan: int | None = None,
    vehicle: str | None = None,
    police_squad_contact: str | None = None,
    police_squad_phone: str | None = None,
    expected_versions: Mapping[date, int] | None = None,
) -> int:
    """Set the fund, vehicle and police station's standby squad (who to call, the phone) of
    some days (all days by default).

    Returns how many shifts changed. ``None`` leaves a field as it is. ``expected_versions``
    maps a day to its shift's version as read: if one of them changed meanwhile, nothing is
    saved (:class:`~services.conflicts.Conflict`). A field refused raises
    :class:`InvalidInput` naming it (``vehicle``, ``police_squad_contact``…).
    """
    require(ctx, Action.ROSTER_EDIT)
    errors = too_long(vehicle=(vehicle, msg("应急车辆"), 40))
    if emergency_fund_yuan is not None and emergency_fund_yuan < 0:
        errors["emergency_fund_yuan"] = msg("应急经费不能为负数。")
    errors |= police_errors(police_squad_contact, police_squad_phone)
    if errors:
        raise InvalidInput(errors)
    with ctx.db.session() as session:
        period = _period(session, period_id)
        shifts = _shifts(session, period)
        wanted = sorted(set(days)) if days is not None else sorted(shifts)
        outside = [d for d in wanted if d not in shifts]
        if outside:
            raise Refused("{outside} 不在值班期“{name}”内。", outside=outside[0], name=period.name)
        for day, version in (expected_versions or {}).items():
            if day in shifts:
                check_shift_version(session, shifts[day], version)
        changed = 0
        for day in wanted:
            shift = shifts[day]
            before = _supplies(shift)
            if emergency_fund_yuan is not None:
                shift.emergency_fund_yuan = emergency_fund_yuan
            if vehicle is not None:
                shift.vehicle = vehicle.strip()
            if police_squad_contact is not None:
                shift.police_squad_contact = police_squad_contact.strip()
            if police_squad_phone is not None:
                shift.police_squad_phone = police_squad_phone.strip()
            if before != _supplies(shift):
                changed += 1
        audit(
            session,
            ctx,
            action="roster.set_supplies",
            entity="duty_period",
            entity_id=period_id,
            after={
                "days": [str(d) for d in wanted],
                "emergency_fund_yuan": emergency_fund_yuan,
                "vehicle": vehicle,
                "police_squad_contact": police_squad_contact,
                "police_squad_phone": police_squad_phone,
            },
        )
        return changed


def _supplies(shift: DutyShift) -> tuple[int, str, str, str]:
    return (
        shift.emergency_fund_yuan,
        shift.vehicle,
        shift.police_squad_contact,
        shift.police_squad_phone,
    )


# ---------------------------------------------------------------- pools, unavailability, calendar


def _default_member(staff: Staff, slot: DutySlot) -> bool:
    if slot is DutySlot.LEADER:
        return staff.is_leader
    if slot is DutySlot.VEHICLE:
        return staff.is_driver
    return not staff.is_leader and not staff.is_driver


def _pools(session: Session) -> dict[DutySlot, list[int]]:
    staff = session.scalars(select(Staff).where(Staff.active).order_by(Staff.id)).all()
    by_id = {s.id: s for s in staff}
    members: dict[DutySlot, list[int]] = defaultdict(list)
    for m in session.scalars(select(DutyPoolMember).order_by(DutyPoolMember.id)):
        members[m.slot].append(m.staff_id)
    out = {}
    for slot in DutySlot:
        if members[slot]:
            chosen = [by_id[i] for i in members[slot] if i in by_id]
            out[slot] = [s.id for s in chosen if fit_refusal(s, slot) is None]
        else:
            out[slot] = [s.id for s in staff if _default_member(s, slot)]
    return out


def rotation_pools(ctx: Ctx) -> dict[DutySlot, list[int]]:
    """The staff ids the rotation draws from, by slot (the stored pool, else from ``Staff``)."""
    with ctx.db.read_session() as session:
        return _pools(session)


def set_pool(ctx: Ctx, *, slot: DutySlot, staff_ids: Sequence[int]) -> list[int]:
    """Make ``staff_ids`` the pool of ``slot``; an empty list returns to the default pool."""
    set_pools(ctx, pools={slot: staff_ids})
    return list(dict.fromkeys(staff_ids))


def set_pools(ctx: Ctx, *, pools: Mapping[DutySlot, Sequence[int] | None]) -> list[DutySlot]:
    """Set the rotation pools of some posts at once (all or nothing); returns the posts changed.

    A post mapped to ``None`` or an empty list goes back to the default pool (from what
    ``Staff`` says: leaders lead, drivers drive, everyone else takes duty and standby). Each
    person must be fit for the post (:func:`fit_refusal`): refused post by post
    (:class:`InvalidInput`, keys the posts' codes). Each post changed is audited with the ids
    before and after.
    """
    require(ctx, Action.ROSTER_EDIT)
    wanted = {slot: list(dict.fromkeys(ids or ())) for slot, ids in pools.items()}
    with ctx.db.session() as session:
        errors: dict[str, str] = {}
        for slot, ids in wanted.items():
            for staff_id in ids:
                staff = session.get(Staff, staff_id)
                why = (msg("没有编号为 {staff_id} 的人员", staff_id=staff_id) if staff is None
                       else fit_refusal(staff, slot))  # fmt: skip
                if why:
                    errors[slot.value] = msg("{why}，不能加入{slot}人员库。", why=why, slot=slot)
                    break
        if errors:
            raise InvalidInput(errors)
        changed = []
        for slot, ids in wanted.items():
            old = session.scalars(
                select(DutyPoolMember)
                .where(DutyPoolMember.slot == slot)
                .order_by(DutyPoolMember.id)
            ).all()
            before = [m.staff_id for m in old]
            if before == ids:
                continue
            for m in old:
                session.delete(m)
            session.flush()
            for staff_id in ids:
                session.add(DutyPoolMember(slot=slot, staff_id=staff_id))
            audit(
                session,
                ctx,
                action="roster.set_pool",
                entity="duty_pool",
                entity_id=slot.value,
                before={"staff_ids": before},
                after={"staff_ids": ids},
            )
            changed.append(slot)
        return changed


@dataclass(frozen=True)
class PoolState:
    """The rotation pool of one post, as the pools dialog shows it."""

    slot: DutySlot
    custom: bool  # the office chose the people (else the default pool from ``Staff``)
    members: tuple[StaffChoice, ...]  # whom the rotation draws from, in the order stored
    ignored: tuple[Message, ...]  # chosen people the rotation skips now, with why (archived…)
    candidates: tuple[StaffChoice, ...]  # everyone fit for the post (who may be added)
    defaults: tuple[int, ...] = ()  # whom the default pool holds (the post without a choice)


def pool_states(ctx: Ctx) -> dict[DutySlot, PoolState]:
    """Every post's rotation pool: chosen by the office or the default, and who may join it."""
    with ctx.db.read_session() as session:
        staff = session.scalars(select(Staff).order_by(Staff.id)).all()
        by_id = {s.id: s for s in staff}
        stored: dict[DutySlot, list[int]] = defaultdict(list)
        for m in session.scalars(select(DutyPoolMember).order_by(DutyPoolMember.id)):
            stored[m.slot].append(m.staff_id)
        effective = _pools(session)
        active = [s for s in staff if s.active]
        out = {}
        for slot in DutySlot:
            fit = tuple(_choice(s) for s in staff if fit_refusal(s, slot) is None)
            ignored = tuple(
                msg("{name}：{why}", name=by_id[i].name, why=fit_refusal(by_id[i], slot))
                for i in stored[slot]
                if i in by_id and fit_refusal(by_id[i], slot)
            )
            out[slot] = PoolState(
                slot=slot,
                custom=bool(stored[slot]),
                members=tuple(_choice(by_id[i]) for i in effective[slot]),
                ignored=ignored,
                candidates=fit,
                defaults=tuple(s.id for s in active if _default_member(s, slot)),
            )
        return out


def _choice(staff: Staff) -> StaffChoice:
    return StaffChoice(staff.id, staff.name, staff.post, staff.phone)


@dataclass(frozen=True)
class StaffChoice:
    id: int
    name: str
    post: str
    phone: str


def fit_staff(ctx: Ctx, *, slot: DutySlot) -> list[StaffChoice]:
    """The active staff who may be placed in ``slot`` (for the picker), by name."""
    with ctx.db.read_session() as session:
        staff = session.scalars(select(Staff).where(Staff.active).order_by(Staff.id)).all()
        return [
            StaffChoice(s.id, s.name, s.post, s.phone)
            for s in staff
            if fit_refusal(s, slot) is None
        ]


def mark_unavailable(
    ctx: Ctx,
    *,
    staff_id: int,
    first_day: date,
    last_day: date | None = None,
    kind: UnavailabilityKind,
    note: str = "",
) -> int:
    """Mark a person unavailable from ``first_day`` to ``last_day`` (inclusive).

    A day already marked takes the new kind and note. Returns the number of days marked.
    The roster is not changed: the checks show anyone now on duty while away.
    """
    require(ctx, Action.ROSTER_EDIT)
    if errors := too_long(note=(note, msg("说明"), 200)):
        raise Refused(joined(errors.values()))
    last_day = last_day or first_day
    if last_day < first_day:
        raise Refused("结束日期不能早于开始日期。")
    if (last_day - first_day).days + 1 > MAX_PERIOD_DAYS:
        raise Refused("一次最多登记 {n} 天。", n=MAX_PERIOD_DAYS)
    with ctx.db.session() as session:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise Refused("没有编号为 {staff_id} 的人员。", staff_id=staff_id)
        existing = {
            u.day: u
            for u in session.scalars(
                select(StaffUnavailability).where(
                    StaffUnavailability.staff_id == staff_id,
                    StaffUnavailability.day >= first_day,
                    StaffUnavailability.day <= last_day,
                )
            )
        }
        now = ctx.clock.now()
        days = _days(first_day, last_day)
        for day in days:
            row = existing.get(day)
            if row is None:
                session.add(
                    StaffUnavailability(
                        staff_id=staff_id,
                        day=day,
                        kind=kind,
                        note=note.strip(),
                        recorded_at=now,
                        recorded_by=ctx.actor,
                    )
                )
            else:
                row.kind, row.note = kind, note.strip()
                row.recorded_at, row.recorded_by = now, ctx.actor
        audit(
            session,
            ctx,
            action="roster.mark_unavailable",
            entity="staff",
            entity_id=staff_id,
            after={
                "from": str(first_day),
                "to": str(last_day),
                "kind": kind.value,
                "note": note.strip(),
            },
        )
        return len(days)


def clear_unavailable(
    ctx: Ctx, *, staff_id: int, first_day: date, last_day: date | None = None
) -> int:
    """Remove a person's unavailability on those days; returns how many days were cleared."""
    require(ctx, Action.ROSTER_EDIT)
    last_day = last_day or first_day
    with ctx.db.session() as session:
        rows = session.scalars(
            select(StaffUnavailability).where(
                StaffUnavailability.staff_id == staff_id,
                StaffUnavailability.day >= first_day,
                StaffUnavailability.day <= last_day,
            )
        ).all()
        for row in rows:
            session.delete(row)
        audit(
            session,
            ctx,
            action="roster.clear_unavailable",
            entity="staff",
            entity_id=staff_id,
            before={"days": [str(r.day) for r in rows]},
        )
        return len(rows)


@dataclass(frozen=True)
class CalendarOverrideRow:
    """One of the office's own calendar days, beside what chinese-calendar says of it."""

    day: date
    kind: CalendarOverrideKind
    note: str  # the office's name for the day, e.g. 县里通知的调休
    recorded_at: datetime
    recorded_by: str
    calendar_kind: DayKind  # the day without the office's setting
    calendar_name: str  # chinese-calendar's name for it ("" when none)
    calendar_known: bool  # False: chinese-calendar has no data for the year

    @property
    def calendar_text(self) -> str:
        """What the day would be without the office: ``周末``, ``节假日（春节）``, ``无数据，周末``
        (a Message: the screen translates it)."""
        text: str = term(self.calendar_kind)
        if self.calendar_name:
            text = self.calendar_name if is_makeup_day(self.day, self.calendar_kind) else (
                msg("{kind}（{name}）", kind=self.calendar_kind, name=self.calendar_name))
        return text if self.calendar_known else msg("无日历数据，按{text}", text=text)


def _override_row(row: CalendarOverride) -> CalendarOverrideRow:
    base = classify_days([row.day])
    return CalendarOverrideRow(
        day=row.day,
        kind=row.kind,
        note=row.note,
        recorded_at=row.recorded_at,
        recorded_by=row.recorded_by,
        calendar_kind=base.kind(row.day),
        calendar_name=base.names.get(row.day, ""),
        calendar_known=not base.fallback,
    )


def list_calendar_overrides(ctx: Ctx, *, first: date, last: date) -> list[CalendarOverrideRow]:
    """The office's holidays and make-up working days from ``first`` to ``last``, by day."""
    with ctx.db.read_session() as session:
        rows = session.scalars(
            select(CalendarOverride)
            .where(CalendarOverride.day >= first, CalendarOverride.day <= last)
            .order_by(CalendarOverride.day)
        ).all()
        return [_override_row(r) for r in rows]


def calendar_override_refusal(day: date, kind: CalendarOverrideKind) -> Message | None:
    """Why setting ``day`` to ``kind`` would change nothing (None: it changes the day's kind).

    Said from chinese-calendar's data, else from the weekend rule the console falls back to.
    """
    base = classify_days([day])
    known, name = base.kind(day), base.names.get(day, "")
    source = "" if not base.fallback else msg("（{year}年没有日历数据，按周末计）", year=day.year)
    if kind is CalendarOverrideKind.HOLIDAY and known is DayKind.HOLIDAY:
        return msg("{day:%m月%d日}已是法定节假日（{name}），无须本办再设。", day=day,
                   name=name or known)
    if kind is CalendarOverrideKind.WORKDAY and known is DayKind.WORKDAY:
        if is_makeup_day(day, known):
            return msg("{day:%m月%d日}已是法定调休上班日（{name}），无须本办再设。", day=day,
                       name=name)
        return msg("{day:%m月%d日}是周一至周五，本来就按工作日排班{source}；调休上班日应是周末。",
                   day=day, source=source)
    return None


def set_calendar_override(
    ctx: Ctx, *, day: date, kind: CalendarOverrideKind | None, note: str = ""
) -> CalendarOverrideRow | None:
    """Make ``day`` a holiday or a make-up working day (调休上班) for the office; ``None``
    removes the office's setting (the day goes back to chinese-calendar). Returns the row.

    Refused field by field (:class:`InvalidInput`, keys ``day``, ``kind``, ``note``): a name
    longer than 80 characters, a setting that would change nothing (the day already is a
    holiday, or a working day), removing a setting that is not there.
    """
    require(ctx, Action.ROSTER_EDIT)
    note = (note or "").strip()
    errors = too_long(note=(note, msg("名称"), 80))
    if kind is not None and (why := calendar_override_refusal(day, kind)):
        errors["kind"] = why
    if errors:
        raise InvalidInput(errors)
    with ctx.db.session() as session:
        row = session.get(CalendarOverride, day)
        before = {"kind": row.kind.value, "note": row.note} if row else None
        if kind is None:
            if row is None:
                raise InvalidInput({"day": msg("{day} 没有本办自设的节假日或调休上班，无须删除。", day=day)})
            session.delete(row)
        elif row is None:
            row = CalendarOverride(
                day=day, kind=kind, note=note, recorded_at=ctx.clock.now(), recorded_by=ctx.actor
            )
            session.add(row)
        else:
            row.kind, row.note = kind, note
            row.recorded_at, row.recorded_by = ctx.clock.now(), ctx.actor
        audit(
            session,
            ctx,
            action="roster.calendar_override",
            entity="calendar_override",
            entity_id=str(day),
            before=before,
            after={"kind": kind.value, "note": note} if kind else None,
        )
        session.flush()
        return _override_row(row) if kind is not None else None


def clear_calendar_override(ctx: Ctx, *, day: date) -> date:
    """Remove the office's setting of ``day`` (it goes back to chinese-calendar); the day."""
    set_calendar_override(ctx, day=day, kind=None)
    return day


def _calendar(session: Session, days: Sequence[date]) -> DayCalendar:
    return _calendar_and_overrides(session, days)[0]


def _calendar_and_overrides(
    session: Session, days: Sequence[date]
) -> tuple[DayCalendar, dict[date, CalendarOverride]]:
    """The kind of each of ``days`` (the office's overrides over chinese-calendar), and the
    office's overrides among them."""
    if not days:
        return classify_days([]), {}
    overrides = {
        o.day: o
        for o in session.scalars(
            select(CalendarOverride).where(
                CalendarOverride.day >= min(days), CalendarOverride.day <= max(days)
            )
        )
    }
    calendar = classify_days(
        days,
        {d: o.kind for d, o in overrides.items()},
        {d: o.note for d, o in overrides.items()},
    )
    return calendar, overrides


def _unavailable(
    session: Session, first: date, last: date
) -> dict[tuple[int, date], UnavailabilityKind]:
    rows = session.scalars(
        select(StaffUnavailability).where(
            StaffUnavailability.day >= first, StaffUnavailability.day <= last
        )
    )
    return {(u.staff_id, u.day): u.kind for u in rows}


# ---------------------------------------------------------------- generating


@dataclass(frozen=True)
class GenerateReport:
    """What a (re)generation did; ``notes`` is what the view should say."""

    period_id: int
    placed: int  # new placements
    kept: int  # placements by hand left where they were
    removed: int  # earlier generated placements replaced
    gaps: tuple[Gap, ...]
    calendar_note: str
    started: int = 0  # placements on shifts that had already begun, kept as the record

    @property
    def notes(self) -> list[Message]:
        return ([self.calendar_note] if self.calendar_note else []) + summarize_gaps(self.gaps)


def _staff_on(session: Session, day: date, period_id: int) -> set[int]:
    """Who is on another period's shift of ``day`` (to keep two shifts running apart)."""
    shifts = session.scalars(
        select(DutyShift)
        .where(DutyShift.day == day, DutyShift.period_id != period_id)
        .options(selectinload(DutyShift.assignments))
    ).all()
    return {a.staff_id for s in shifts for a in s.assignments}


def generate_roster(
    ctx: Ctx, *, period_id: int, keep_by_hand: bool = True, seed: int = 0,
    progress: ProgressFn | None = None,
) -> GenerateReport:
    """Fill the period's roster by fair rotation (see ``domain.rotation``).

    Placements made by hand (or by a swap or an import) stay unless ``keep_by_hand`` is
    False; every generated placement is replaced. Slots that cannot be filled stay short and
    are listed in the report, never an error. ``progress`` may cancel until the commit (the
    roster is then as it was).
    """
    require(ctx, Action.ROSTER_EDIT)
    p = as_progress(progress)
    p(0, 4, msg("读取值班期和人员库"))
    with ctx.db.session() as session:
        period = _period(session, period_id)
        settings = load_settings(session)
        shifts = _shifts(session, period)
        days = sorted(shifts)
        # A shift that has started with people on it is the record of who was on duty: never
        # re-planned, nobody added afterwards. Shifts ahead, and started ones nobody was ever
        # placed on (a period created late), are (re)generated.
        now = ctx.clock.now()
        started = [d for d in days if shifts[d].starts_at <= now and shifts[d].assignments]
        frozen = set(started)
        ahead = [d for d in days if d not in frozen]
        kept_started = sum(len(shifts[d].assignments) for d in started)
        kept: list[Placement] = []
        removed = 0
        for day in ahead:
            shift = shifts[day]
            keep = [a for a in shift.assignments if keep_by_hand and a.placed_by_hand]
            removed += len(shift.assignments) - len(keep)
            shift.assignments = keep
            kept += [Placement(day, a.slot, a.position, a.staff_id, True) for a in keep]
        session.flush()
        if started:  # the last shift worked is "the day before" for the rotation
            busy_before = {a.staff_id for a in shifts[started[-1]].assignments}
        else:
            busy_before = _staff_on(session, period.start_date - ONE_DAY, period.id)
        p(1, 4, msg("计算公平轮换"))
        rotation = generate_rotation(
            days=ahead,
            pools=_pools(session),
            targets=slot_targets(settings),
            calendar=_calendar(session, days),
            unavailable=set(_unavailable(session, period.start_date, period.end_date)),
            kept=kept,
            busy_before=busy_before,
            busy_after=_staff_on(session, period.end_date + ONE_DAY, period.id),
            seed=seed,
        )
        p(2, 4, msg("写入排班"))
        placed = 0
        for place in rotation.placements:
            if place.by_hand:
                continue
            shifts[place.day].assignments.append(
                DutyAssignment(slot=place.slot, position=place.position, staff_id=place.staff_id)
            )
            placed += 1
        report = GenerateReport(
            period_id,
            placed,
            len(kept),
            removed,
            rotation.gaps,
            rotation.calendar.message,
            started=kept_started,
        )
        audit(
            session,
            ctx,
            action="roster.generate",
            entity="duty_period",
            entity_id=period_id,
            after={
                "placed": placed,
                "kept": len(kept),
                "started_kept": kept_started,
                "removed": removed,
                "gaps": len(rotation.gaps),
                "keep_by_hand": keep_by_hand,
                "seed": seed,
                "calendar_fallback": rotation.calendar.fallback,
            },
        )
        p(3, 4, msg("提交"))
        p.no_return()  # a cancel up to here rolls the whole generation back
    p(4, 4, msg("排班完成"))
    return report


# ---------------------------------------------------------------- placing by hand


def place_staff(
    ctx: Ctx,
    *,
    period_id: int,
    day: date,
    slot: DutySlot,
    staff_id: int,
    position: int | None = None,
    expected_version: int | None = None,
) -> list[Finding]:
    """Place a person in a slot by hand (regenerating keeps it); returns the day's findings.

    ``expected_version``: the shift's version as read (``GridDay.version``); a shift changed
    meanwhile by another workstation raises :class:`~services.conflicts.Conflict`.

    ``position`` replaces whoever holds it; without one the person takes a free place. Only
    staff fit for the post are accepted, and nobody twice in one shift; other problems (away
    that day, two shifts running) are allowed and come back as findings to show.
    """
    require(ctx, Action.ROSTER_EDIT)
    with ctx.db.session() as session:
        period = _period(session, period_id)
        settings = load_settings(session)
        shift = _shift_of(session, period, day)
        check_shift_version(session, shift, expected_version)
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise Refused("没有编号为 {staff_id} 的人员。", staff_id=staff_id)
        why = fit_refusal(staff, slot)
        if why:
            raise Refused("{why}。", why=why)
        in_slot = {a.position: a for a in shift.assignments if a.slot is slot}
        replaced = in_slot.get(position) if position is not None else None
        for a in shift.assignments:
            if a.staff_id == staff_id and a is not replaced:
                raise Refused(
                    "{name}在{day:%m月%d日}已排在{slot}，同一班次不能排两次；请先把他从原岗位移除。",
                    name=staff.name, day=day, slot=a.slot,
                )
        if position is None:
            capacity = slot_capacity(settings, slot)
            if len(in_slot) >= capacity:
                raise Refused(
                    "{day:%m月%d日}{slot}已满（{capacity}人）；请选择要替换的人，或先移除一人。",
                    day=day, slot=slot, capacity=capacity,
                )
            position = next(i for i in range(len(in_slot) + 1) if i not in in_slot)
        elif position < 0 or position >= slot_capacity(settings, slot):
            raise Refused("{slot}没有第{n}个位置。", slot=slot, n=position + 1)
        before = {"staff_id": replaced.staff_id} if replaced else None
        # Through the relationship, not the id: the findings below read ``assignment.staff``.
        if replaced is not None:
            replaced.staff, replaced.placed_by_hand = staff, True
        else:
            shift.assignments.append(
                DutyAssignment(slot=slot, position=position, staff=staff, placed_by_hand=True)
            )
        audit(
            session,
            ctx,
            action="roster.place",
            entity="duty_shift",
            entity_id=shift.id,
            before=before,
            after={
                "day": str(day),
                "slot": slot.value,
                "position": position,
                "staff_id": staff_id,
            },
        )
        session.flush()
        return _findings(session, period, settings, only_day=day)


def clear_placement(
    ctx: Ctx,
    *,
    period_id: int,
    day: date,
    slot: DutySlot,
    position: int,
    expected_version: int | None = None,
) -> list[Finding]:
    """Take whoever holds a place off the roster; returns the day's findings.

    ``expected_version`` as for :func:`place_staff`.
    """
    require(ctx, Action.ROSTER_EDIT)
    with ctx.db.session() as session:
        period = _period(session, period_id)
        shift = _shift_of(session, period, day)
        check_shift_version(session, shift, expected_version)
        held = next(
            (a for a in shift.assignments if a.slot is slot and a.position == position), None
        )
        if held is None:
            raise Refused("{day:%m月%d日}{slot}的这个位置本来就是空的。", day=day, slot=slot)
        shift.assignments.remove(held)
        audit(
            session,
            ctx,
            action="roster.clear",
            entity="duty_shift",
            entity_id=shift.id,
            before={
                "day": str(day),
                "slot": slot.value,
                "position": position,
                "staff_id": held.staff_id,
            },
        )
        session.flush()
        return _findings(session, period, load_settings(session), only_day=day)


# ---------------------------------------------------------------- swaps


@dataclass(frozen=True)
class SwapRow:
    id: int
    status: SwapStatus
    day: date
    slot: DutySlot
    requester: str
    colleague: str
    other_day: date | None
    other_slot: DutySlot | None
    reason: str
    requested_at: datetime
    requested_by: str
    agreed_at: datetime | None
    agreed_by: str
    approved_at: datetime | None
    approved_by: str
    approver: str
    closed_at: datetime | None
    closed_by: str
    close_reason: str

    @property
    def summary(self) -> Message:
        if self.other_day is not None and self.other_slot is not None:
            return msg("{requester}的{day:%m月%d日}{slot}由{colleague}接替，"
                       "{requester}改值{other_day:%m月%d日}{other_slot}",
                       requester=self.requester, day=self.day, slot=self.slot,
                       colleague=self.colleague, other_day=self.other_day,
                       other_slot=self.other_slot)
        return msg("{requester}的{day:%m月%d日}{slot}由{colleague}接替",
                   requester=self.requester, day=self.day, slot=self.slot,
                   colleague=self.colleague)


def _swap_row(swap: DutySwap) -> SwapRow:
    return SwapRow(
        id=swap.id,
        status=swap.status,
        day=swap.shift.day,
        slot=swap.slot,
        requester=swap.requester.name,
        colleague=swap.colleague.name,
        other_day=swap.other_shift.day if swap.other_shift else None,
        other_slot=swap.other_slot,
        reason=swap.reason,
        requested_at=swap.requested_at,
        requested_by=swap.requested_by,
        agreed_at=swap.agreed_at,
        agreed_by=swap.agreed_by,
        approved_at=swap.approved_at,
        approved_by=swap.approved_by,
        approver=swap.approver,
        closed_at=swap.closed_at,
        closed_by=swap.closed_by,
        close_reason=swap.close_reason,
    )


def _held(shift: DutyShift, slot: DutySlot, staff_id: int) -> DutyAssignment | None:
    return next((a for a in shift.assignments if a.slot is slot and a.staff_id == staff_id), None)


def _swap_problems(
    session: Session,
    *,
    shift: DutyShift,
    slot: DutySlot,
    requester: Staff,
    colleague: Staff,
    other_shift: DutyShift | None,
    other_slot: DutySlot | None,
    now: datetime,
) -> tuple[DutyAssignment, DutyAssignment | None]:
    """The places the swap exchanges, or a refusal saying what stands in the way."""
    if colleague.id == requester.id:
        raise Refused("调班须换给另一位同事。")
    for s in (shift, other_shift):
        if s is not None and s.ends_at <= now:
            raise Refused("{day:%m月%d日}的班次已经结束，不能再调班。", day=s.day)
    mine = _held(shift, slot, requester.id)
    if mine is None:
        raise Refused("{name}在{day:%m月%d日}没有排在{slot}，无法调这一班。", name=requester.name,
                      day=shift.day, slot=slot)
    why = fit_refusal(colleague, slot)
    if why:
        raise Refused("{why}。", why=why)
    if any(a.staff_id == colleague.id for a in shift.assignments):
        raise Refused("{name}在{day:%m月%d日}已经在班，不能再接这一班。", name=colleague.name, day=shift.day)
    away = _unavailable(session, shift.day, shift.day)
    if (colleague.id, shift.day) in away:
        kind = away[(colleague.id, shift.day)]
        raise Refused("{name}在{day:%m月%d日}已登记{kind}，不能接班。", name=colleague.name,
                      day=shift.day, kind=kind)
    theirs = None
    if other_shift is not None and other_slot is not None:
        theirs = _held(other_shift, other_slot, colleague.id)
        if theirs is None:
            raise Refused(
                "{name}在{day:%m月%d日}没有排在{slot}，无法对换。", name=colleague.name,
                day=other_shift.day, slot=other_slot,
            )
        why = fit_refusal(requester, other_slot)
        if why:
            raise Refused("{why}。", why=why)
        if any(a.staff_id == requester.id for a in other_shift.assignments):
            raise Refused("{name}在{day:%m月%d日}已经在班，无法对换。", name=requester.name, day=other_shift.day)
        away = _unavailable(session, other_shift.day, other_shift.day)
        if (requester.id, other_shift.day) in away:
            kind = away[(requester.id, other_shift.day)]
            raise Refused("{name}在{day:%m月%d日}已登记{kind}，无法对换。", name=requester.name,
                          day=other_shift.day, kind=kind)
    return mine, theirs


def request_swap(
    ctx: Ctx,
    *,
    period_id: int,
    day: date,
    slot: DutySlot,
    requester_id: int,
    colleague_id: int,
    other_day: date | None = None,
    reason: str = "",
) -> SwapRow:
    """The requester asks a colleague to take their slot of ``day`` (step 1 of 3).

    With ``other_day`` it is an exchange: the requester takes the colleague's slot that day.
    The roster changes only when the office director approves.
    """
    require(ctx, Action.SWAP_REQUEST)
    if errors := too_long(reason=(reason, msg("调班原因"), TEXT)):
        raise Refused(joined(errors.values()))
    with ctx.db.session() as session:
        period = _period(session, period_id)
        shift = _shift_of(session, period, day)
        requester = session.get(Staff, requester_id)
        colleague = session.get(Staff, colleague_id)
        if requester is None or colleague is None:
            raise Refused("申请调班的人员或接班的同事不存在。")
        other_shift, other_slot = None, None
        if other_day is not None:
            if other_day == day:
                raise Refused("对换的两个班次须在不同的日子。")
            other_shift = _shift_of(session, period, other_day)
            held = next((a for a in other_shift.assignments if a.staff_id == colleague_id), None)
            if held is None:
                raise Refused("{name}在{day:%m月%d日}没有排班，无法对换。", name=colleague.name, day=other_day)
            other_slot = held.slot
        _swap_problems(
            session,
            shift=shift,
            slot=slot,
            requester=requester,
            colleague=colleague,
            other_shift=other_shift,
            other_slot=other_slot,
            now=ctx.clock.now(),
        )
        pending = session.scalar(
            select(DutySwap).where(
                DutySwap.shift_id == shift.id,
                DutySwap.slot == slot,
                DutySwap.requester_id == requester_id,
                DutySwap.status.in_([SwapStatus.REQUESTED, SwapStatus.AGREED]),
            )
        )
        if pending is not None:
            raise Refused(
                "{name}的这一班已有一份调班申请（第{id}号，{status}）；请先处理或撤回它。",
                name=requester.name, id=pending.id, status=pending.status,
            )
        swap = DutySwap(
            shift=shift,
            slot=slot,
            requester=requester,
            colleague=colleague,
            other_shift=other_shift,
            other_slot=other_slot,
            reason=reason.strip(),
            status=SwapStatus.REQUESTED,
            requested_at=ctx.clock.now(),
            requested_by=ctx.actor,
        )
        session.add(swap)
        session.flush()
        audit(
            session,
            ctx,
            action="roster.swap_request",
            entity="duty_swap",
            entity_id=swap.id,
            after={
                "day": str(day),
                "slot": slot.value,
                "requester_id": requester_id,
                "colleague_id": colleague_id,
                "other_day": str(other_day) if other_day else None,
            },
        )
        return _swap_row(swap)


def _swap_step(ctx: Ctx, swap_id: int, step: SwapStep, **fields: object) -> SwapRow:
    with ctx.db.session() as session:
        swap = session.get(DutySwap, swap_id)
        if swap is None:
            raise Refused("没有第 {swap_id} 号调班申请。", swap_id=swap_id)
        why = swap_refusal(step, swap.status)
        if why:
            raise Refused(why)
        now = ctx.clock.now()
        before = swap.status
        if step is SwapStep.APPROVE:
            _apply_swap(session, swap, now)
            swap.approved_at, swap.approved_by = now, ctx.actor
            swap.approver = str(fields["approver"])
        elif step is SwapStep.AGREE:
            if swap.shift.ends_at <= now:
                raise Refused("{day:%m月%d日}的班次已经结束，不能再调班。", day=swap.shift.day)
            swap.agreed_at, swap.agreed_by = now, ctx.actor
        else:
            swap.closed_at, swap.closed_by = now, ctx.actor
            swap.close_reason = str(fields.get("reason", "")).strip()
        swap.status = next_swap_status(step)
        audit(
            session,
            ctx,
            action=f"roster.swap_{step.value}",
            entity="duty_swap",
            entity_id=swap.id,
            before={"status": before.value},
            after={"status": swap.status.value, **{k: str(v) for k, v in fields.items()}},
        )
        session.flush()
        return _swap_row(swap)


def _apply_swap(session: Session, swap: DutySwap, now: datetime) -> None:
    """Put the swapped result on the roster (re-checked: the roster may have moved)."""
    try:
        mine, theirs = _swap_problems(
            session,
            shift=swap.shift,
            slot=swap.slot,
            requester=swap.requester,
            colleague=swap.colleague,
            other_shift=swap.other_shift,
            other_slot=swap.other_slot,
            now=now,
        )
    except Refused as exc:
        raise Refused("排班在申请之后有了变动，这次调班已不能照办：{exc}", exc=exc) from exc
    mine.staff, mine.placed_by_hand = swap.colleague, True
    if theirs is not None:
        theirs.staff, theirs.placed_by_hand = swap.requester, True


def agree_swap(ctx: Ctx, *, swap_id: int) -> SwapRow:
    """The colleague agrees to take the shift (step 2 of 3)."""
    require(ctx, Action.SWAP_REQUEST)
    return _swap_step(ctx, swap_id, SwapStep.AGREE)


def approve_swap(ctx: Ctx, *, swap_id: int, approver: str) -> SwapRow:
    """The office director approves (step 3 of 3): the roster shows the swapped result."""
    require(ctx, Action.SWAP_APPROVE)
    if not approver.strip():
        raise Refused("请填写批准调班的办公室主任姓名。")
    if errors := too_long(approver=(approver, msg("批准人"), NAME)):
        raise Refused(joined(errors.values()))
    return _swap_step(ctx, swap_id, SwapStep.APPROVE, approver=approver.strip())


def decline_swap(ctx: Ctx, *, swap_id: int, reason: str = "") -> SwapRow:
    """The colleague or the director says no; the roster stays as it was."""
    require(ctx, Action.SWAP_REQUEST)
    if errors := too_long(reason=(reason, msg("原因"), TEXT)):
        raise Refused(joined(errors.values()))
    return _swap_step(ctx, swap_id, SwapStep.DECLINE, reason=reason)


def withdraw_swap(ctx: Ctx, *, swap_id: int) -> SwapRow:
    """The requester takes the request back before it is approved."""
    require(ctx, Action.SWAP_REQUEST)
    return _swap_step(ctx, swap_id, SwapStep.WITHDRAW)


def list_swaps(ctx: Ctx, *, period_id: int) -> list[SwapRow]:
    """The swaps of a period's shifts, the newest first."""
    with ctx.db.read_session() as session:
        swaps = session.scalars(
            select(DutySwap)
            .join(DutyShift, DutySwap.shift_id == DutyShift.id)
            .where(DutyShift.period_id == period_id)
            .order_by(DutySwap.requested_at.desc(), DutySwap.id.desc())
        ).all()
        return [_swap_row(s) for s in swaps]


# ---------------------------------------------------------------- checks and readiness


def _checked(shift: DutyShift) -> CheckedShift:
    return CheckedShift(
        day=shift.day,
        starts_at=shift.starts_at,
        ends_at=shift.ends_at,
        people=tuple(
            CheckedPerson(
                a.slot, a.position, a.staff_id, a.staff.name, a.staff.is_leader, a.staff.is_driver
            )
            for a in sorted(shift.assignments, key=lambda a: (a.slot.value, a.position))
        ),
        emergency_fund_yuan=shift.emergency_fund_yuan,
        vehicle=shift.vehicle,
        period_id=shift.period_id,
    )


def _findings(
    session: Session, period: DutyPeriod, settings: Settings, *, only_day: date | None = None
) -> list[Finding]:
    shifts = [_checked(s) for s in _shifts(session, period, create=False).values()]
    days = _days(period.start_date, period.end_date)
    if shifts:
        first = min(s.starts_at for s in shifts)
        last = max(s.ends_at for s in shifts)
        others = [
            _checked(s)
            for s in session.scalars(
                select(DutyShift)
                .where(
                    DutyShift.period_id != period.id,
                    DutyShift.starts_at < last,
                    DutyShift.ends_at > first,
                )
                .options(selectinload(DutyShift.assignments).selectinload(DutyAssignment.staff))
            )
        ]
    else:
        others = []
    findings = check_roster(
        shifts,
        days=days,
        settings=settings,
        unavailable=_unavailable(session, period.start_date, period.end_date),
        others=others,
    )
    if only_day is not None:
        near = {only_day - ONE_DAY, only_day, only_day + ONE_DAY}
        findings = [f for f in findings if f.day in near]
    return findings


@dataclass(frozen=True)
class PeriodCheck:
    """The findings and the readiness of every day of a period."""

    period_id: int
    findings: tuple[Finding, ...]
    readiness: tuple[DayReadiness, ...]
    calendar_note: str

    @property
    def ready_days(self) -> int:
        return sum(1 for r in self.readiness if r.green)


def check_period(ctx: Ctx, *, period_id: int) -> PeriodCheck:
    """Coverage gaps, short standby, double bookings, people away on duty, and readiness."""
    with ctx.db.read_session() as session:
        period = _period(session, period_id)
        settings = load_settings(session)
        shifts = _shifts(session, period, create=False)
        days = _days(period.start_date, period.end_date)
        away = _unavailable(session, period.start_date, period.end_date)
        return PeriodCheck(
            period_id=period_id,
            findings=tuple(_findings(session, period, settings)),
            readiness=tuple(
                readiness(
                    [_checked(s) for s in shifts.values()],
                    days=days,
                    settings=settings,
                    unavailable=away,
                )
            ),
            calendar_note=_calendar(session, days).message,
        )


def who_is_on_duty(ctx: Ctx, *, at: datetime | None = None) -> ShiftRow | None:
    """Who is on duty now (or ``at``): leader, staff, standby, vehicle, with phones."""
    return on_duty_now(ctx, at=at)


# ---------------------------------------------------------------- the roster as a grid


@dataclass(frozen=True)
class GridCell:
    slot: DutySlot
    position: int
    staff_id: int
    name: str
    phone: str
    by_hand: bool


@dataclass(frozen=True)
class GridDay:
    day: date
    kind: DayKind
    holiday_name: str
    starts_at: datetime
    ends_at: datetime
    cells: tuple[GridCell, ...]
    vehicle: str
    emergency_fund_yuan: int
    police_squad_contact: str
    away: tuple[str, ...]  # who is marked unavailable that day
    version: int | None = None  # the shift's version as read (None: no shift stored yet)
    police_squad_phone: str = ""
    office_kind: CalendarOverrideKind | None = None  # the office's own setting of the day
    office_note: str = ""  # the office's name for it

    def names(self, slot: DutySlot) -> tuple[str, ...]:
        return tuple(c.name for c in self.cells if c.slot is slot)

    @property
    def makeup(self) -> bool:
        """A make-up working day (调休上班): a weekend day worked."""
        return is_makeup_day(self.day, self.kind)

    @property
    def police_squad(self) -> str:
        """The police station's standby squad as one line: who to call and the phone."""
        return " ".join(t for t in (self.police_squad_contact, self.police_squad_phone) if t)


@dataclass(frozen=True)
class RosterGrid:
    period: PeriodRow
    days: tuple[GridDay, ...]
    calendar_note: str


def roster_grid(ctx: Ctx, *, period_id: int) -> RosterGrid:
    """The period's days by slots, with the kind of each day and who is away."""
    with ctx.db.read_session() as session:
        period = _period(session, period_id)
        settings = load_settings(session)
        shifts = _shifts(session, period, create=False)
        days = _days(period.start_date, period.end_date)
        calendar, overrides = _calendar_and_overrides(session, days)
        away: dict[date, list[str]] = defaultdict(list)
        for u in session.scalars(
            select(StaffUnavailability)
            .where(
                StaffUnavailability.day >= period.start_date,
                StaffUnavailability.day <= period.end_date,
            )
            .options(selectinload(StaffUnavailability.staff))
            .order_by(StaffUnavailability.staff_id)
        ):
            away[u.day].append(f"{u.staff.name}（{u.kind.label}）")
        out = []
        for day in days:
            shift = shifts.get(day)
            cells = ()
            if shift is not None:
                cells = tuple(
                    GridCell(
                        a.slot,
                        a.position,
                        a.staff_id,
                        a.staff.name,
                        a.staff.phone,
                        a.placed_by_hand,
                    )
                    for a in sorted(shift.assignments, key=lambda a: (a.slot.value, a.position))
                )
            out.append(
                GridDay(
                    day=day,
                    kind=calendar.kind(day),
                    holiday_name=calendar.names.get(day, ""),
                    starts_at=shift.starts_at if shift else shift_start(day, settings),
                    ends_at=shift.ends_at if shift else shift_start(day + ONE_DAY, settings),
                    cells=cells,
                    vehicle=shift.vehicle if shift else "",
                    emergency_fund_yuan=shift.emergency_fund_yuan if shift else 0,
                    police_squad_contact=shift.police_squad_contact if shift else "",
                    away=tuple(away[day]),
                    version=shift.version if shift else None,
                    police_squad_phone=shift.police_squad_phone if shift else "",
                    office_kind=overrides[day].kind if day in overrides else None,
                    office_note=overrides[day].note if day in overrides else "",
                )
            )
        return RosterGrid(_period_row(period), tuple(out), calendar.message)


# ---------------------------------------------------------------- Excel


def export_roster(
    ctx: Ctx, *, period_id: int, path: Path, progress: ProgressFn | None = None
) -> Path:
    """Write the period's roster to an Excel workbook (re-importable sheet ``值班``), whole or
    not at all (``progress`` may cancel until the file is renamed into place)."""
    prog = as_progress(progress)
    prog(0, 0, msg("读取排班"))
    grid = roster_grid(ctx, period_id=period_id)
    check = check_period(ctx, period_id=period_id)
    green = {r.day for r in check.readiness if r.green}
    with ctx.db.read_session() as session:
        settings = load_settings(session)
    order = {slot: i for i, slot in enumerate(SHEET_POSTS)}
    entries = tuple(
        RosterEntry(d.day, c.slot, c.name, c.phone)
        for d in grid.days
        for c in sorted(d.cells, key=lambda c: (order[c.slot], c.position))
    )
    lines = tuple(
        RosterDayLine(
            day=d.day,
            kind=d.kind.label + (f"（{d.holiday_name}）" if d.holiday_name else ""),
            leader=d.names(DutySlot.LEADER),
            duty=d.names(DutySlot.DUTY),
            standby=d.names(DutySlot.STANDBY),
            driver=d.names(DutySlot.VEHICLE),
            vehicle=d.vehicle,
            emergency_fund_yuan=d.emergency_fund_yuan,
            ready=d.day in green,
            police=d.police_squad,
        )
        for d in grid.days
    )
    p = grid.period
    book = RosterBook(
        title=f"{settings.town_name}{p.name}值班表",
        period=f"{p.start_date:%Y年%m月%d日}至{p.end_date:%Y年%m月%d日}",
        office=settings.office_name,
        phones=settings.office_phones,
        made_on=local_today(ctx.clock),
        entries=entries,
        days=lines,
        notes=(grid.calendar_note,) if grid.calendar_note else (),
    )
    return write_roster_xlsx(book, Path(path), progress=prog.part(0.5, 1.0))


class RosterImportRefused(Refused):
    """An import refused because of bad rows; ``problems`` has each with sheet, row, column."""

    def __init__(self, problems: Sequence[SheetProblem]) -> None:
        self.problems = tuple(problems)
        shown = joined([p.message for p in self.problems[:20]], "\n")
        more = (msg("\n……另有 {n} 处问题", n=len(self.problems) - 20)
                if len(self.problems) > 20 else "")
        super().__init__("排班表有 {n} 处问题，没有导入任何一行：\n{shown}{more}",
                         n=len(self.problems), shown=shown, more=more)


@dataclass(frozen=True)
class ImportReport:
    rows: int
    days: tuple[date, ...]  # the days whose roster the file replaced
    findings: tuple[Finding, ...]  # what the checks say about the roster now


def import_roster(
    ctx: Ctx, *, period_id: int, path: Path, progress: ProgressFn | None = None
) -> ImportReport:
    """Import sheet ``值班``: every row is checked first and nothing is written if any is bad.

    Each day in the file replaces that day's roster (days not in the file keep theirs);
    imported places count as placed by hand, so regenerating keeps them. ``progress`` may
    cancel until the commit (nothing is imported then).
    """
    require(ctx, Action.ROSTER_IMPORT)
    p = as_progress(progress)
    p(0, 4, msg("读取表格"))
    try:
        read = read_roster_xlsx(Path(path))
    except RosterFileError as exc:
        raise Refused(exc.message) from exc
    p(1, 4, msg("检查每一行"))
    with ctx.db.session() as session:
        period = _period(session, period_id)
        settings = load_settings(session)
        problems = list(read.problems)
        accepted = _check_rows(session, period, settings, read, problems) if read.rows else []
        if not read.rows and not problems:
            problems.append(SheetProblem("值班", 2, "", "", msg("表中没有排班行")))
        if problems:
            raise RosterImportRefused(sorted(problems, key=lambda p: (p.row, p.column)))
        p(2, 4, msg("写入排班"))
        shifts = _shifts(session, period)
        by_day: dict[date, list[tuple[DutySlot, int]]] = defaultdict(list)
        for day, slot, staff_id in accepted:
            by_day[day].append((slot, staff_id))
        for day in by_day:
            shifts[day].assignments = []
        session.flush()
        for day, places in by_day.items():
            positions: dict[DutySlot, int] = defaultdict(int)
            for slot, staff_id in places:
                shifts[day].assignments.append(
                    DutyAssignment(
                        slot=slot, position=positions[slot], staff_id=staff_id, placed_by_hand=True
                    )
                )
                positions[slot] += 1
        audit(
            session,
            ctx,
            action="roster.import",
            entity="duty_period",
            entity_id=period_id,
            after={
                "file": Path(path).name,
                "rows": len(accepted),
                "days": [str(d) for d in sorted(by_day)],
            },
        )
        session.flush()
        report = ImportReport(
            len(accepted), tuple(sorted(by_day)), tuple(_findings(session, period, settings))
        )
        p(3, 4, msg("提交"))
        p.no_return()  # a cancel up to here rolls the whole import back
    p(4, 4, msg("已导入"))
    return report


def _check_rows(
    session: Session,
    period: DutyPeriod,
    settings: Settings,
    read: SheetRead,
    problems: list[SheetProblem],
) -> list[tuple[date, DutySlot, int]]:
    """Every row against the period and the staff: unknown person or post, outside, clash."""
    staff_by_name: dict[str, list[Staff]] = defaultdict(list)
    for s in session.scalars(select(Staff).order_by(Staff.id)):
        staff_by_name[s.name.strip()].append(s)
    away = _unavailable(session, period.start_date, period.end_date)
    posts = "、".join(SHEET_POSTS.values())
    accepted: list[tuple[date, DutySlot, int]] = []
    on_day: dict[tuple[date, int], int] = {}  # (day, staff) → the row that placed them
    in_slot: dict[tuple[date, DutySlot], list[int]] = defaultdict(list)
    for row in read.rows:
        ok = True
        day = row.day
        if day is not None and not period.start_date <= day <= period.end_date:
            problems.append(
                read.at(
                    row,
                    DAY_COL,
                    msg("{day} 不在值班期“{name}”（{start}至{end}）内", day=day, name=period.name,
                        start=period.start_date, end=period.end_date),
                )
            )
            ok = False
        slot = POST_ALIASES.get(row.post) if row.post else None
        if row.post and slot is None:
            problems.append(read.at(row, POST_COL, msg("未知岗位“{post}”，应为{posts}之一",
                                                       post=row.post, posts=posts)))
            ok = False
        person = None
        if row.name:
            found = [s for s in staff_by_name.get(row.name, []) if s.active]
            if not found:
                gone = staff_by_name.get(row.name)
                reason = (msg("{name}已停用", name=row.name) if gone
                          else msg("人员库中没有“{name}”", name=row.name))
                problems.append(read.at(row, NAME_COL, reason))
                ok = False
            elif len(found) > 1:
                problems.append(
                    read.at(
                        row,
                        NAME_COL,
                        msg("人员库中有{n}名“{name}”，请先在人员库中区分（如加注单位）后再导入",
                            n=len(found), name=row.name),
                    )
                )
                ok = False
            else:
                person = found[0]
        if person is not None and slot is not None:
            why = fit_refusal(person, slot)
            if why:
                problems.append(read.at(row, NAME_COL, why))
                ok = False
        if not ok or day is None or slot is None or person is None:
            continue
        kind = away.get((person.id, day))
        if kind is not None:
            problems.append(read.at(row, NAME_COL, msg("{name}在{day:%m月%d日}已登记{kind}",
                                                       name=person.name, day=day, kind=kind)))
            continue
        first = on_day.get((day, person.id))
        if first is not None:
            problems.append(
                read.at(
                    row, NAME_COL, msg("{name}在{day:%m月%d日}已排在第{first}行，同一天不能排两次",
                                       name=person.name, day=day, first=first)
                )
            )
            continue
        capacity = slot_capacity(settings, slot)
        rows_in_slot = in_slot[(day, slot)]
        if len(rows_in_slot) >= capacity:
            problems.append(
                read.at(
                    row,
                    POST_COL,
                    msg("{day:%m月%d日}{post}最多{capacity}人，第{rows}行已排满", day=day,
                        post=SHEET_POSTS[slot], capacity=capacity,
                        rows="、".join(map(str, rows_in_slot))),
                )
            )
            continue
        on_day[(day, person.id)] = row.row
        rows_in_slot.append(row.row)
        accepted.append((day, slot, person.id))
    return accepted
