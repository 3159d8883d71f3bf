"""Roster checks and readiness (domain.roster_checks): pure, on hand-built shifts."""

from __future__ import annotations

from datetime import date, timedelta

from xianghua_console.domain.deadlines import shift_start
from xianghua_console.domain.enums import DutySlot, UnavailabilityKind
from xianghua_console.domain.roster_checks import (
    CheckedPerson,
    CheckedShift,
    FindingKind,
    ReadinessItem,
    check_roster,
    readiness,
)
from xianghua_console.domain.settings import Settings

S = Settings()
D1, D2, D3 = date(2027, 3, 4), date(2027, 3, 5), date(2027, 3, 6)

LEADER = dict(is_leader=True)
DRIVER = dict(is_driver=True)


def person(slot, position, staff_id, name, **flags) -> CheckedPerson:
    return CheckedPerson(slot, position, staff_id, name, **flags)


def full_crew(base: int) -> tuple[CheckedPerson, ...]:
    """A crew that meets every rule, with staff ids from ``base``."""
    return (
        person(DutySlot.LEADER, 0, base, f"领导{base}", **LEADER),
        person(DutySlot.DUTY, 0, base + 1, f"值班{base}"),
        person(DutySlot.STANDBY, 0, base + 2, f"备勤{base}a"),
        person(DutySlot.STANDBY, 1, base + 3, f"备勤{base}b"),
        person(DutySlot.VEHICLE, 0, base + 4, f"司机{base}", **DRIVER),
    )


def shift(day: date, people=(), *, fund=10_000, vehicle="豫R·A1234", **kw) -> CheckedShift:
    return CheckedShift(
        day,
        shift_start(day, S),
        shift_start(day + timedelta(days=1), S),
        tuple(people),
        fund,
        vehicle,
        **kw,
    )


def kinds(findings):
    return [(f.kind, f.day, f.slot) for f in findings]


def test_a_sound_roster_has_no_findings_and_every_day_is_green():
    shifts = [shift(D1, full_crew(10)), shift(D2, full_crew(20)), shift(D3, full_crew(10))]
    assert check_roster(shifts, days=[D1, D2, D3], settings=S) == []
    lines = readiness(shifts, days=[D1, D2, D3], settings=S)
    assert [r.green for r in lines] == [True, True, True]
    assert "驾驶员司机10" in lines[0].line and "备勤人员2人" in lines[0].line


def test_an_hour_without_a_leader_is_a_coverage_gap_with_its_hours():
    crew = [p for p in full_crew(10) if p.slot is not DutySlot.LEADER]
    findings = check_roster([shift(D1, crew)], days=[D1], settings=S)
    gap = next(f for f in findings if f.kind is FindingKind.NO_LEADER)
    assert gap.jump == (D1, DutySlot.LEADER)
    assert gap.starts_at == shift_start(D1, S) and gap.ends_at == shift_start(D2, S)
    assert "03月04日08:30至03月05日08:30无带班领导" in gap.message


def test_a_day_without_a_shift_and_hours_between_shifts_are_gaps_too():
    late = shift(D3, full_crew(10))
    late = CheckedShift(
        D3, late.starts_at + timedelta(hours=2), late.ends_at, late.people, 10_000, "车"
    )
    findings = check_roster([shift(D1, full_crew(20)), late], days=[D1, D2, D3], settings=S)
    gaps = [f for f in findings if f.kind is FindingKind.NO_LEADER]
    assert [g.day for g in gaps] == [D2]  # the missing day (its 24 hours)
    # and a boundary moved by two hours leaves two hours uncovered between D2's and D3's
    moved = [shift(D2, full_crew(20)), late]
    hours = [f for f in check_roster(moved, days=[D2, D3], settings=S) if f.kind is FindingKind.NO_LEADER]
    assert len(hours) == 1 and hours[0].ends_at - hours[0].starts_at == timedelta(hours=2)


def test_standby_under_its_minimum():
    crew = [p for p in full_crew(10) if not (p.slot is DutySlot.STANDBY and p.position == 1)]
    findings = check_roster([shift(D1, crew)], days=[D1], settings=S)
    assert kinds(findings) == [(FindingKind.STANDBY_SHORT, D1, DutySlot.STANDBY)]
    line = readiness([shift(D1, crew)], days=[D1], settings=S)[0]
    assert not line.green and [c.item for c in line.missing] == [ReadinessItem.STANDBY]
    assert line.missing[0].item.slot is DutySlot.STANDBY


def test_a_person_booked_twice_in_one_shift_or_in_overlapping_shifts():
    crew = list(full_crew(10)) + [person(DutySlot.STANDBY, 2, 10, "领导10")]
    findings = check_roster([shift(D1, crew)], days=[D1], settings=S)
    twice = [f for f in findings if f.kind is FindingKind.DOUBLE_BOOKED]
    assert len(twice) == 1 and twice[0].staff_id == 10 and twice[0].slot is DutySlot.STANDBY
    assert "同时排在带班领导和备勤人员" in twice[0].message
    # another period's shift over the same hours, with the same driver
    other = shift(D1, [person(DutySlot.VEHICLE, 0, 14, "司机10", **DRIVER)], period_id=99)
    findings = check_roster([shift(D1, full_crew(10))], days=[D1], settings=S, others=[other])
    assert [(f.kind, f.staff_id) for f in findings] == [(FindingKind.DOUBLE_BOOKED, 14)]


def test_a_person_on_duty_while_unavailable_and_the_gap_it_leaves():
    away = {(10, D1): UnavailabilityKind.LEAVE, (14, D1): UnavailabilityKind.TRIP}
    findings = check_roster([shift(D1, full_crew(10))], days=[D1], settings=S, unavailable=away)
    assert (FindingKind.UNAVAILABLE, D1, DutySlot.LEADER) in kinds(findings)
    assert (FindingKind.NO_LEADER, D1, DutySlot.LEADER) in kinds(findings)
    leave = next(f for f in findings if f.kind is FindingKind.UNAVAILABLE and f.staff_id == 10)
    assert "请假" in leave.message and leave.position == 0
    line = readiness([shift(D1, full_crew(10))], days=[D1], settings=S, unavailable=away)[0]
    assert [c.item for c in line.missing] == [ReadinessItem.DRIVER]


def test_a_person_not_fit_for_the_post_and_two_shifts_running():
    crew = list(full_crew(10))
    crew[0] = person(DutySlot.LEADER, 0, 10, "领导10")  # no longer a leader
    findings = check_roster(
        [shift(D1, crew), shift(D2, full_crew(10))], days=[D1, D2], settings=S
    )
    got = kinds(findings)
    assert (FindingKind.NOT_FIT, D1, DutySlot.LEADER) in got
    assert (FindingKind.NO_LEADER, D1, DutySlot.LEADER) in got
    running = [f for f in findings if f.kind is FindingKind.CONSECUTIVE]
    assert len(running) == 5 and all(f.day == D2 for f in running)


def test_readiness_is_green_only_when_fund_vehicle_driver_and_standby_are_in_place():
    crew = full_crew(10)
    cases = {
        ReadinessItem.FUND: shift(D1, crew, fund=9_999),
        ReadinessItem.VEHICLE: shift(D1, crew, vehicle=" "),
        ReadinessItem.DRIVER: shift(D1, [p for p in crew if p.slot is not DutySlot.VEHICLE]),
    }
    for item, case in cases.items():
        line = readiness([case], days=[D1], settings=S)[0]
        assert not line.green and [c.item for c in line.missing] == [item], item
    assert "不足10000元" in readiness([cases[ReadinessItem.FUND]], days=[D1], settings=S)[0].line
    nothing = readiness([], days=[D1], settings=S)[0]
    assert not nothing.green and len(nothing.missing) == 4
    lower = Settings(emergency_fund_min_yuan=5_000)
    assert readiness([shift(D1, crew, fund=5_000)], days=[D1], settings=lower)[0].green
