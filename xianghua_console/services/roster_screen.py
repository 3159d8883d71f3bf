"""What the roster view shows, read in one call: the period, its grid, checks, swaps, choices.

The roster view reloads after every write; one read here (through the GUI's one door) gives
it everything at once, so the grid, the checks panel, the swaps list and the pickers never
disagree. Also the roster as a printable document (``exports.roster_html``). Read-only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from xianghua_console.domain.clock import local_today
from xianghua_console.domain.enums import DutySlot, UnavailabilityKind
from xianghua_console.domain.holidays import MAKEUP_LABEL, DayKind
from xianghua_console.domain.settings import Settings
from xianghua_console.domain.text import pinyin_initials
from xianghua_console.exports.roster_html import PrintDay, PrintPerson, RosterPrint
from xianghua_console.services.context import Ctx, load_settings
from xianghua_console.services.roster import current_period_id
from xianghua_console.services.roster_admin import (
    PeriodCheck,
    PeriodRow,
    RosterGrid,
    StaffChoice,
    SwapRow,
    check_period,
    fit_staff,
    list_periods,
    list_swaps,
    roster_grid,
    rotation_pools,
    slot_capacity,
)
from xianghua_console.store.models import Staff, StaffUnavailability

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class StaffLine:
    """An active person, for the pickers (``initials`` for typing 拼音 initials)."""

    id: int
    name: str
    post: str
    phone: str
    initials: str
    is_leader: bool
    is_driver: bool


@dataclass(frozen=True)
class AwayLine:
    """A person marked unavailable on a day of the period, with who recorded it and when."""

    staff_id: int
    name: str
    day: date
    kind: UnavailabilityKind
    note: str
    recorded_at: datetime
    recorded_by: str


@dataclass(frozen=True)
class RosterScreen:
    """Everything the roster view shows of one period (``period_id`` None: no period yet)."""

    periods: tuple[PeriodRow, ...]
    period_id: int | None
    grid: RosterGrid | None
    check: PeriodCheck | None
    swaps: tuple[SwapRow, ...]
    fit: Mapping[DutySlot, tuple[StaffChoice, ...]]
    staff: tuple[StaffLine, ...]
    away: tuple[AwayLine, ...]
    settings: Settings
    capacity: Mapping[DutySlot, int]
    read_at: datetime
    pools: Mapping[DutySlot, frozenset[int]]  # whom the rotation draws from, by slot


def roster_screen(ctx: Ctx, *, period_id: int | None = None) -> RosterScreen:
    """The roster view's data: the given period, else the current one (see ``current_period_id``)."""
    periods = tuple(list_periods(ctx))
    known = {p.id for p in periods}
    if period_id not in known:
        period_id = current_period_id(ctx)
    with ctx.db.read_session() as session:
        settings = load_settings(session)
        people = session.scalars(select(Staff).where(Staff.active).order_by(Staff.id)).all()
        staff = tuple(
            StaffLine(
                p.id, p.name, p.post, p.phone, pinyin_initials(p.name), p.is_leader, p.is_driver
            )
            for p in people
        )
    capacity = {slot: slot_capacity(settings, slot) for slot in DutySlot}
    fit = {slot: tuple(fit_staff(ctx, slot=slot)) for slot in DutySlot}
    pools = {slot: frozenset(ids) for slot, ids in rotation_pools(ctx).items()}
    if period_id is None:
        return RosterScreen(
            periods, None, None, None, (), fit, staff, (), settings, capacity, ctx.clock.now(),
            pools,
        )  # fmt: skip
    grid = roster_grid(ctx, period_id=period_id)
    check = check_period(ctx, period_id=period_id)
    swaps = tuple(list_swaps(ctx, period_id=period_id))
    with ctx.db.read_session() as session:
        rows = session.scalars(
            select(StaffUnavailability)
            .where(
                StaffUnavailability.day >= grid.period.start_date,
                StaffUnavailability.day <= grid.period.end_date,
            )
            .options(selectinload(StaffUnavailability.staff))
            .order_by(StaffUnavailability.day, StaffUnavailability.staff_id)
        ).all()
        away = tuple(
            AwayLine(u.staff_id, u.staff.name, u.day, u.kind, u.note, u.recorded_at, u.recorded_by)
            for u in rows
        )
    return RosterScreen(
        periods, period_id, grid, check, swaps, fit, staff, away, settings, capacity,
        ctx.clock.now(), pools,
    )  # fmt: skip


# ---------------------------------------------------------------- printing


def week_of(day: date, start: date, end: date) -> tuple[date, date]:
    """The Monday-to-Sunday week of ``day``, cut to the period ``start``–``end``."""
    monday = day - timedelta(days=day.weekday())
    return max(monday, start), min(monday + timedelta(days=6), end)


def roster_print(
    ctx: Ctx, *, period_id: int, first: date | None = None, last: date | None = None
) -> RosterPrint:
    """The roster of a period (or of ``first``–``last`` within it) as a printable document."""
    grid = roster_grid(ctx, period_id=period_id)
    with ctx.db.read_session() as session:
        settings = load_settings(session)
    p = grid.period
    first = max(first or p.start_date, p.start_date)
    last = min(last or p.end_date, p.end_date)
    days = []
    for d in grid.days:
        if not first <= d.day <= last:
            continue

        def people(slot: DutySlot, d=d) -> tuple[PrintPerson, ...]:
            cells = sorted((c for c in d.cells if c.slot is slot), key=lambda c: c.position)
            return tuple(PrintPerson(c.name, c.phone) for c in cells)

        kind = ""
        if d.kind is DayKind.HOLIDAY:
            kind = d.holiday_name or DayKind.HOLIDAY.label
        elif d.kind is DayKind.WEEKEND:
            kind = "休息日"
        elif d.holiday_name:  # a 调休 make-up working day
            kind = d.holiday_name
        elif d.makeup:
            kind = MAKEUP_LABEL
        days.append(
            PrintDay(
                day=d.day,
                kind=kind,
                rest=d.kind is not DayKind.WORKDAY,
                leader=people(DutySlot.LEADER),
                duty=people(DutySlot.DUTY),
                standby=people(DutySlot.STANDBY),
                driver=people(DutySlot.VEHICLE),
                vehicle=d.vehicle,
                police=PrintPerson(d.police_squad_contact, d.police_squad_phone)
                if d.police_squad
                else None,
            )
        )
    whole = (first, last) == (p.start_date, p.end_date)
    span = f"{_long(first)}至{_long(last)}"
    boundary = f"{settings.shift_boundary:%H:%M}"
    notes = [
        f"每日{boundary}交接班，24小时值班，值班期间保持通讯畅通。",
        "带班领导、值班人员、备勤人员和驾驶员因故不能到岗的，须提前办理调班手续。",
    ]
    # The calendar's fallback note is the console's warning to the office, not for the wall.
    return RosterPrint(
        title=f"{settings.town_name}{p.name}值班表",
        period=f"值班期：{span}"
        if whole
        else f"本表：{_long(first)}至{_md(last)}　值班期：{_md(p.start_date)}至{_md(p.end_date)}",
        office=full_office_name(settings),
        phones=settings.office_phones,
        made_on=local_today(ctx.clock),
        days=tuple(days),
        notes=tuple(notes),
    )


def full_office_name(settings: Settings) -> str:
    """``香花镇信访办（总指挥部办公室）`` from the town and ``镇信访办（…）`` (no 镇 twice)."""
    town, office = settings.town_name, settings.office_name
    if office.startswith(town):
        return office
    if town.endswith("镇") and office.startswith("镇"):
        office = office[1:]
    return town + office


def _md(day: date) -> str:
    return f"{day.month}月{day.day}日"


def _long(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
