"""Reading the duty roster and who is on duty now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from xianghua_console.domain.enums import DutySlot
from xianghua_console.services.context import Ctx
from xianghua_console.store.models import DutyAssignment, DutyPeriod, DutyShift


@dataclass(frozen=True)
class PersonOnDuty:
    name: str
    post: str
    phone: str


@dataclass(frozen=True)
class ShiftRow:
    day: date
    starts_at: datetime
    ends_at: datetime
    leader: tuple[PersonOnDuty, ...]
    duty: tuple[PersonOnDuty, ...]
    standby: tuple[PersonOnDuty, ...]
    driver: tuple[PersonOnDuty, ...]
    vehicle: str
    emergency_fund_yuan: int
    police_squad_contact: str = ""  # the police station's standby squad: who to call
    police_squad_phone: str = ""

    def covers(self, when: datetime) -> bool:
        return self.starts_at <= when < self.ends_at

    @property
    def police_squad(self) -> str:
        """The police station's standby squad as one line (``""`` when the shift names none)."""
        return " ".join(t for t in (self.police_squad_contact, self.police_squad_phone) if t)


@dataclass(frozen=True)
class RosterView:
    period_id: int | None
    period_name: str
    start_date: date | None
    end_date: date | None
    shifts: tuple[ShiftRow, ...]


def current_period_id(ctx: Ctx) -> int | None:
    """The duty period that contains today, else the next one, else the latest one."""
    from xianghua_console.domain.clock import local_today

    today = local_today(ctx.clock)
    with ctx.db.read_session() as session:
        periods = session.scalars(select(DutyPeriod).order_by(DutyPeriod.start_date)).all()
        for p in periods:
            if p.start_date <= today <= p.end_date:
                return p.id
        upcoming = [p for p in periods if p.start_date > today]
        if upcoming:
            return upcoming[0].id
        return periods[-1].id if periods else None


def roster(ctx: Ctx, *, period_id: int | None = None) -> RosterView:
    """The shifts of a period (the current one by default) with everyone placed in them."""
    period_id = period_id if period_id is not None else current_period_id(ctx)
    if period_id is None:
        return RosterView(None, "", None, None, ())
    with ctx.db.read_session() as session:
        period = session.get(DutyPeriod, period_id)
        if period is None:
            return RosterView(None, "", None, None, ())
        shifts = session.scalars(
            select(DutyShift)
            .where(DutyShift.period_id == period_id)
            .order_by(DutyShift.day)
            .options(selectinload(DutyShift.assignments).selectinload(DutyAssignment.staff))
        ).all()
        rows = tuple(_shift_row(s) for s in shifts)
        return RosterView(period.id, period.name, period.start_date, period.end_date, rows)


def on_duty_now(ctx: Ctx, *, at: datetime | None = None) -> ShiftRow | None:
    """The shift that covers the clock's current instant (or ``at``), in any period: who is
    on duty (leader, staff, standby, the vehicle's driver, with phones) and the police
    station's standby squad to call."""
    now = at or ctx.clock.now()
    with ctx.db.read_session() as session:
        shift = session.scalar(
            select(DutyShift)
            .where(DutyShift.starts_at <= now, DutyShift.ends_at > now)
            .options(selectinload(DutyShift.assignments).selectinload(DutyAssignment.staff))
            .limit(1)
        )
        return _shift_row(shift) if shift else None


def _shift_row(shift: DutyShift) -> ShiftRow:
    by_slot: dict[DutySlot, list[PersonOnDuty]] = {s: [] for s in DutySlot}
    for a in sorted(shift.assignments, key=lambda a: (a.slot.value, a.position)):
        by_slot[a.slot].append(PersonOnDuty(a.staff.name, a.staff.post, a.staff.phone))
    return ShiftRow(
        day=shift.day,
        starts_at=shift.starts_at,
        ends_at=shift.ends_at,
        leader=tuple(by_slot[DutySlot.LEADER]),
        duty=tuple(by_slot[DutySlot.DUTY]),
        standby=tuple(by_slot[DutySlot.STANDBY]),
        driver=tuple(by_slot[DutySlot.VEHICLE]),
        vehicle=shift.vehicle,
        emergency_fund_yuan=shift.emergency_fund_yuan,
        police_squad_contact=shift.police_squad_contact,
        police_squad_phone=shift.police_squad_phone,
    )
