"""Checks of a roster and the readiness of each day (值班备勤和保障机制). Pure: no SQL.

A check never changes the roster: it lists findings, each with the day and slot the view
jumps to. Readiness is per day and green only when the emergency fund, the vehicle with its
driver and the standby staff are all in place.

Counting what is really there: a person marked unavailable on the day, or placed in a slot
they are not fit for (a leader slot needs a leader, the vehicle a driver), does not count
towards the slot, so the same shift may show both the person and the gap it leaves.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from xianghua_console.domain.clock import to_local
from xianghua_console.domain.deadlines import shift_start
from xianghua_console.domain.enums import DutySlot, UnavailabilityKind
from xianghua_console.domain.messages import Message, joined, msg
from xianghua_console.domain.settings import Settings


class FindingKind(StrEnum):
    NO_LEADER = "no_leader"
    DUTY_SHORT = "duty_short"
    STANDBY_SHORT = "standby_short"
    DOUBLE_BOOKED = "double_booked"
    UNAVAILABLE = "unavailable"
    NOT_FIT = "not_fit"
    CONSECUTIVE = "consecutive"

    @property
    def label(self) -> str:
        return {
            "no_leader": "无带班领导",
            "duty_short": "值班人员不足",
            "standby_short": "备勤人员不足",
            "double_booked": "重复排班",
            "unavailable": "请假/出差仍在班",
            "not_fit": "岗位不符",
            "consecutive": "连值两班",
        }[self.value]


@dataclass(frozen=True)
class CheckedPerson:
    """A person as placed in a slot, with what the checks need to know about them."""

    slot: DutySlot
    position: int
    staff_id: int
    name: str
    is_leader: bool = False
    is_driver: bool = False


@dataclass(frozen=True)
class CheckedShift:
    day: date
    starts_at: datetime
    ends_at: datetime
    people: tuple[CheckedPerson, ...] = ()
    emergency_fund_yuan: int = 0
    vehicle: str = ""
    period_id: int | None = None


@dataclass(frozen=True)
class Finding:
    """One problem of the roster; ``day``/``slot``/``position`` say where to jump."""

    kind: FindingKind
    day: date
    slot: DutySlot | None
    message: str  # a Message (domain.messages): the screen translates it
    position: int | None = None
    staff_id: int | None = None
    starts_at: datetime | None = None  # the hours concerned, for coverage gaps
    ends_at: datetime | None = None

    @property
    def jump(self) -> tuple[date, DutySlot | None]:
        return self.day, self.slot


def _fit(person: CheckedPerson) -> bool:
    if person.slot is DutySlot.LEADER:
        return person.is_leader
    if person.slot is DutySlot.VEHICLE:
        return person.is_driver
    return True


def _present(
    shift: CheckedShift, slot: DutySlot, unavailable: Mapping[tuple[int, date], object]
) -> list[CheckedPerson]:
    """The people of a slot who really count: fit for it and not marked unavailable."""
    return [
        p
        for p in shift.people
        if p.slot is slot and _fit(p) and (p.staff_id, shift.day) not in unavailable
    ]


def _hours(start: datetime, end: datetime) -> Message:
    return msg("{start:%m月%d日%H:%M}至{end:%m月%d日%H:%M}", start=to_local(start),
               end=to_local(end))


def check_roster(
    shifts: Sequence[CheckedShift],
    *,
    days: Iterable[date],
    settings: Settings,
    unavailable: Mapping[tuple[int, date], UnavailabilityKind] | None = None,
    others: Sequence[CheckedShift] = (),
) -> list[Finding]:
    """Every finding of the shifts of ``days``, in day order.

    ``others`` are shifts outside the roster checked (another period) that may overlap it:
    a person on both is booked twice.
    """
    unavailable = unavailable or {}
    by_day = {s.day: s for s in shifts}
    wanted_days = sorted(set(days))
    out: list[Finding] = []
    for day in wanted_days:
        shift = by_day.get(day)
        if shift is None:
            start = shift_start(day, settings)
            end = shift_start(day + timedelta(days=1), settings)
            out.append(
                Finding(
                    FindingKind.NO_LEADER,
                    day,
                    DutySlot.LEADER,
                    msg("{day:%m月%d日}没有排班：{hours}无带班领导", day=day,
                        hours=_hours(start, end)),
                    starts_at=start,
                    ends_at=end,
                )
            )
            continue
        out.extend(_shift_findings(shift, settings, unavailable))
    out.extend(_hours_between(shifts, wanted_days))
    out.extend(_double_bookings(shifts, others, set(wanted_days)))
    out.extend(_consecutive(by_day, wanted_days))
    order = list(FindingKind)
    return sorted(
        out,
        key=lambda f: (
            f.day,
            order.index(f.kind),
            f.slot.value if f.slot else "",
            f.position or 0,
        ),
    )


def _shift_findings(
    shift: CheckedShift,
    settings: Settings,
    unavailable: Mapping[tuple[int, date], UnavailabilityKind],
) -> list[Finding]:
    out: list[Finding] = []
    day = shift.day
    for person in shift.people:
        kind = unavailable.get((person.staff_id, day))
        if kind is not None:
            out.append(
                Finding(
                    FindingKind.UNAVAILABLE,
                    day,
                    person.slot,
                    msg("{day:%m月%d日}{name}已登记{kind}，却排在{slot}", day=day,
                        name=person.name, kind=kind, slot=person.slot),
                    position=person.position,
                    staff_id=person.staff_id,
                )
            )
        if not _fit(person):
            text = (
                msg("{day:%m月%d日}{name}不是带班领导，不能排在{slot}", day=day,
                    name=person.name, slot=person.slot)
                if person.slot is DutySlot.LEADER
                else msg("{day:%m月%d日}{name}不是驾驶员，不能排在{slot}", day=day,
                         name=person.name, slot=person.slot)
            )
            out.append(
                Finding(
                    FindingKind.NOT_FIT,
                    day,
                    person.slot,
                    text,
                    position=person.position,
                    staff_id=person.staff_id,
                )
            )
    leaders = _present(shift, DutySlot.LEADER, unavailable)
    if len(leaders) < max(settings.leader_slots, 1):
        out.append(
            Finding(
                FindingKind.NO_LEADER,
                day,
                DutySlot.LEADER,
                msg("{hours}无带班领导", hours=_hours(shift.starts_at, shift.ends_at)),
                starts_at=shift.starts_at,
                ends_at=shift.ends_at,
            )
        )
    duty = _present(shift, DutySlot.DUTY, unavailable)
    if len(duty) < settings.duty_slots_min:
        out.append(
            Finding(
                FindingKind.DUTY_SHORT,
                day,
                DutySlot.DUTY,
                msg("{day:%m月%d日}值班人员{n}人，少于{least}人", day=day, n=len(duty),
                    least=settings.duty_slots_min),
                starts_at=shift.starts_at,
                ends_at=shift.ends_at,
            )
        )
    standby = _present(shift, DutySlot.STANDBY, unavailable)
    if len(standby) < settings.standby_slots_min:
        out.append(
            Finding(
                FindingKind.STANDBY_SHORT,
                day,
                DutySlot.STANDBY,
                msg("{day:%m月%d日}备勤人员{n}人，少于{least}人", day=day, n=len(standby),
                    least=settings.standby_slots_min),
            )
        )
    seen: dict[int, CheckedPerson] = {}
    for person in shift.people:
        first = seen.setdefault(person.staff_id, person)
        if first is not person:
            out.append(
                Finding(
                    FindingKind.DOUBLE_BOOKED,
                    day,
                    person.slot,
                    msg("{day:%m月%d日}{name}同时排在{first}和{slot}", day=day, name=person.name,
                        first=first.slot, slot=person.slot),
                    position=person.position,
                    staff_id=person.staff_id,
                )
            )
    return out


def _hours_between(shifts: Sequence[CheckedShift], days: list[date]) -> list[Finding]:
    """Hours between two shifts of consecutive days (a changed shift boundary)."""
    out = []
    wanted = set(days)
    ordered = sorted((s for s in shifts if s.day in wanted), key=lambda s: s.starts_at)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after.day == before.day + timedelta(days=1) and before.ends_at < after.starts_at:
            out.append(
                Finding(
                    FindingKind.NO_LEADER,
                    before.day,
                    DutySlot.LEADER,
                    msg("{hours}不在任何班次内，无带班领导",
                        hours=_hours(before.ends_at, after.starts_at)),
                    starts_at=before.ends_at,
                    ends_at=after.starts_at,
                )
            )
    return out


def _double_bookings(
    shifts: Sequence[CheckedShift], others: Sequence[CheckedShift], days: set[date]
) -> list[Finding]:
    """A person on two shifts whose hours overlap (e.g. two periods over the same days)."""
    out = []
    mine = [s for s in shifts if s.day in days]
    for shift in mine:
        for other in [*shifts, *others]:
            if other is shift:
                continue
            if not (other.starts_at < shift.ends_at and shift.starts_at < other.ends_at):
                continue
            if any(other is m for m in mine) and (other.starts_at, other.day) < (
                shift.starts_at,
                shift.day,
            ):
                continue  # two shifts of this roster: reported once, on the later one
            theirs = {p.staff_id for p in other.people}
            for person in shift.people:
                if person.staff_id in theirs:
                    out.append(
                        Finding(
                            FindingKind.DOUBLE_BOOKED,
                            shift.day,
                            person.slot,
                            msg("{day:%m月%d日}{name}另有一个时间重叠的班次（{other:%m月%d日}）",
                                day=shift.day, name=person.name, other=other.day),
                            position=person.position,
                            staff_id=person.staff_id,
                        )
                    )
    return out


def _consecutive(by_day: Mapping[date, CheckedShift], days: list[date]) -> list[Finding]:
    out = []
    for day in days:
        shift, following = by_day.get(day), by_day.get(day + timedelta(days=1))
        if shift is None or following is None:
            continue
        later = {p.staff_id: p for p in following.people}
        reported: set[int] = set()
        for person in shift.people:
            if person.staff_id in later and person.staff_id not in reported:
                reported.add(person.staff_id)
                out.append(
                    Finding(
                        FindingKind.CONSECUTIVE,
                        following.day,
                        later[person.staff_id].slot,
                        msg("{name}连值{day:%m月%d日}和{next:%m月%d日}两班", name=person.name,
                            day=day, next=following.day),
                        position=later[person.staff_id].position,
                        staff_id=person.staff_id,
                    )
                )
    return out


# ---------------------------------------------------------------- readiness


class ReadinessItem(StrEnum):
    FUND = "fund"
    VEHICLE = "vehicle"
    DRIVER = "driver"
    STANDBY = "standby"

    @property
    def label(self) -> str:
        return {
            "fund": "应急经费",
            "vehicle": "应急车辆",
            "driver": "驾驶员",
            "standby": "备勤人员",
        }[self.value]

    @property
    def slot(self) -> DutySlot | None:
        return {
            "fund": None,
            "vehicle": DutySlot.VEHICLE,
            "driver": DutySlot.VEHICLE,
            "standby": DutySlot.STANDBY,
        }[self.value]


@dataclass(frozen=True)
class ReadinessCheck:
    item: ReadinessItem
    ok: bool
    text: str  # a Message (domain.messages)


@dataclass(frozen=True)
class DayReadiness:
    """The readiness line of a day: green only when every item is in place."""

    day: date
    checks: tuple[ReadinessCheck, ...]

    @property
    def green(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def missing(self) -> tuple[ReadinessCheck, ...]:
        return tuple(c for c in self.checks if not c.ok)

    @property
    def line(self) -> Message:
        return joined(c.text for c in self.checks)


def readiness(
    shifts: Sequence[CheckedShift],
    *,
    days: Iterable[date],
    settings: Settings,
    unavailable: Mapping[tuple[int, date], UnavailabilityKind] | None = None,
) -> list[DayReadiness]:
    """The readiness of each of ``days`` (a day without a shift has nothing in place)."""
    unavailable = unavailable or {}
    by_day = {s.day: s for s in shifts}
    out = []
    for day in sorted(set(days)):
        shift = by_day.get(day) or CheckedShift(
            day, shift_start(day, settings), shift_start(day, settings)
        )
        out.append(DayReadiness(day, _day_checks(shift, settings, unavailable)))
    return out


def _day_checks(
    shift: CheckedShift,
    settings: Settings,
    unavailable: Mapping[tuple[int, date], UnavailabilityKind],
) -> tuple[ReadinessCheck, ...]:
    minimum = settings.emergency_fund_min_yuan
    fund = shift.emergency_fund_yuan
    fund_ok = fund >= minimum
    fund_text = (msg("应急经费{fund}元", fund=fund) if fund_ok
                 else msg("应急经费{fund}元（不足{least}元）", fund=fund, least=minimum))
    plate = shift.vehicle.strip()
    vehicle = ReadinessCheck(
        ReadinessItem.VEHICLE, bool(plate),
        msg("应急车辆{plate}", plate=plate) if plate else msg("未落实应急车辆"),
    )
    drivers = _present(shift, DutySlot.VEHICLE, unavailable)
    need_drivers = max(settings.vehicle_slots, 1)
    driver_ok = len(drivers) >= need_drivers
    driver_text = (msg("驾驶员{names}", names="、".join(p.name for p in drivers)) if driver_ok
                   else msg("驾驶员未到位"))
    standby = _present(shift, DutySlot.STANDBY, unavailable)
    standby_ok = len(standby) >= settings.standby_slots_min
    standby_text = (msg("备勤人员{n}人", n=len(standby)) if standby_ok
                    else msg("备勤人员{n}人（少于{least}人）", n=len(standby),
                             least=settings.standby_slots_min))
    return (
        ReadinessCheck(ReadinessItem.FUND, fund_ok, fund_text),
        vehicle,
        ReadinessCheck(ReadinessItem.DRIVER, driver_ok, driver_text),
        ReadinessCheck(ReadinessItem.STANDBY, standby_ok, standby_text),
    )
