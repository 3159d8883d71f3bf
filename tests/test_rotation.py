"""Fair rotation (domain.rotation) and the calendar it balances by (domain.holidays).

The invariants are checked by hypothesis over random pools, unavailability and hand
placements; the examples pin down the calendar, the fallback and the gaps.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from xianghua_console.domain.enums import CalendarOverrideKind, DutySlot
from xianghua_console.domain.holidays import DayKind, classify_days
from xianghua_console.domain.rotation import (
    SLOT_ORDER,
    Placement,
    Rotation,
    SlotTarget,
    generate_rotation,
    slot_targets,
    summarize_gaps,
)
from xianghua_console.domain.settings import Settings

ONE = timedelta(days=1)
FAR_YEAR = 2099  # chinese-calendar has no data this far ahead (it only has published years)
SETTLED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _days(start: date, n: int) -> list[date]:
    return [start + timedelta(days=i) for i in range(n)]


# ---------------------------------------------------------------- strategies


@st.composite
def scenarios(draw, *, clean: bool = False, times: int = 2, slack: int = 1):
    """Days, pools, targets, unavailability and kept placements.

    ``clean``: no unavailability or hand placements, and disjoint pools of at least ``times``
    a slot's size plus ``slack`` (with no slack at all, two people for a daily slot must
    simply alternate and nothing can be evened out).
    """
    start = draw(st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)))
    days = _days(start, draw(st.integers(1, 31)))
    targets = {
        DutySlot.LEADER: SlotTarget(1, 1),
        DutySlot.DUTY: SlotTarget(r := draw(st.integers(1, 2)), r),
        DutySlot.STANDBY: SlotTarget(lo := draw(st.integers(1, 3)), lo + draw(st.integers(0, 1))),
        DutySlot.VEHICLE: SlotTarget(1, 1),
    }
    pools: dict[DutySlot, list[int]] = {}
    if clean:
        next_id = 1
        for slot in SLOT_ORDER:
            least = times * targets[slot].wanted + slack
            size = draw(st.integers(least, least + 6))
            pools[slot] = list(range(next_id, next_id + size))
            next_id += size
        return days, pools, targets, set(), [], set(), set()
    people = list(range(1, draw(st.integers(1, 30)) + 1))
    for slot in SLOT_ORDER:  # overlapping pools, possibly empty
        pools[slot] = draw(st.lists(st.sampled_from(people), max_size=12, unique=True))
    pairs = st.tuples(st.sampled_from(people), st.sampled_from(days))
    unavailable = set(draw(st.lists(pairs, max_size=40)))
    kept = []
    used: set[tuple[date, DutySlot, int]] = set()
    for person, day in draw(st.lists(pairs, max_size=8)):
        slot = draw(st.sampled_from(SLOT_ORDER))
        position = draw(st.integers(0, 3))
        if (day, slot, position) not in used:
            used.add((day, slot, position))
            kept.append(Placement(day, slot, position, person, by_hand=True))
    before = set(draw(st.lists(st.sampled_from(people), max_size=4)))
    after = set(draw(st.lists(st.sampled_from(people), max_size=4)))
    return days, pools, targets, unavailable, kept, before, after


def _run(scenario, seed: int = 0) -> Rotation:
    days, pools, targets, unavailable, kept, before, after = scenario
    return generate_rotation(
        days=days,
        pools=pools,
        targets=targets,
        calendar=classify_days(days),
        unavailable=unavailable,
        kept=kept,
        busy_before=before,
        busy_after=after,
        seed=seed,
    )


def _on(rotation: Rotation, before: set[int], after: set[int], days: list[date]):
    on: dict[date, Counter[int]] = defaultdict(Counter)
    for p in rotation.placements:
        on[p.day][p.staff_id] += 1
    on[days[0] - ONE].update(before)
    on[days[-1] + ONE].update(after)
    return on


def _eligible(person, day, slot, pools, unavailable, on) -> bool:
    return (
        person in pools[slot]
        and (person, day) not in unavailable
        and not on[day][person]
        and not on[day - ONE][person]
        and not on[day + ONE][person]
    )


# ---------------------------------------------------------------- invariants


@SETTLED
@given(scenarios(), st.integers(0, 3))
def test_generated_placements_keep_every_hard_rule(scenario, seed):
    days, pools, targets, unavailable, kept, before, after = scenario
    rotation = _run(scenario, seed)
    on = _on(rotation, before, after, days)
    new = [p for p in rotation.placements if not p.by_hand]
    for p in new:
        assert p.day in days
        assert p.staff_id in pools[p.slot], "only from the slot's pool"
        assert (p.staff_id, p.day) not in unavailable, "never while unavailable"
        assert on[p.day][p.staff_id] == 1, "never twice in one shift"
        assert not on[p.day - ONE][p.staff_id], "never two shifts running"
        assert not on[p.day + ONE][p.staff_id], "never two shifts running"
    # Hand placements stay exactly where they were.
    assert {p for p in rotation.placements if p.by_hand} == set(kept)
    # Positions are unique within a slot of a shift.
    places = Counter((p.day, p.slot, p.position) for p in rotation.placements)
    assert max(places.values(), default=1) == 1


@SETTLED
@given(scenarios(), st.integers(0, 3))
def test_slots_are_filled_as_far_as_anyone_can_take_them_and_gaps_say_so(scenario, seed):
    days, pools, targets, unavailable, kept, before, after = scenario
    rotation = _run(scenario, seed)
    on = _on(rotation, before, after, days)
    count = Counter((p.day, p.slot) for p in rotation.placements)
    kept_count = Counter((p.day, p.slot) for p in kept)
    gaps = {(g.day, g.slot): g for g in rotation.gaps}
    for day in days:
        for slot in SLOT_ORDER:
            have, target = count[(day, slot)], targets[slot]
            assert have <= max(target.wanted, kept_count[(day, slot)]), "never over the maximum"
            if have < target.wanted:  # short of what it may hold: nobody left who could come
                assert not any(
                    _eligible(x, day, slot, pools, unavailable, on) for x in pools[slot]
                )
            gap = gaps.get((day, slot))
            if have < target.required:
                assert gap is not None and gap.missing == target.required - have
                assert gap.reason and slot.label in gap.message
            else:
                assert gap is None


@SETTLED
@given(scenarios(), st.integers(0, 3))
def test_the_same_input_gives_the_same_roster(scenario, seed):
    assert _run(scenario, seed).placements == _run(scenario, seed).placements


@SETTLED
@given(scenarios(clean=True, slack=0), st.integers(0, 3))
def test_pools_of_twice_a_slots_size_fill_every_day(scenario, seed):
    days, pools, targets, *_ = scenario
    rotation = _run(scenario, seed)
    assert rotation.gaps == ()
    count = Counter((p.day, p.slot) for p in rotation.placements)
    assert all(count[(d, s)] == targets[s].wanted for d in days for s in SLOT_ORDER)


def _spread(rotation: Rotation, pools, metrics: tuple[str, ...]) -> None:
    for slot in SLOT_ORDER:
        loads = [rotation.loads[p] for p in pools[slot]]
        for metric in metrics:
            values = [getattr(load, metric) for load in loads]
            assert max(values) - min(values) <= 1, (slot, metric, values)


@SETTLED
@given(scenarios(clean=True), st.integers(0, 3))
def test_counts_are_balanced_across_the_people_of_a_pool(scenario, seed):
    days, pools, targets, *_ = scenario
    rotation = _run(scenario, seed)
    assert rotation.gaps == ()
    _spread(rotation, pools, ("total",))


@SETTLED
@given(scenarios(clean=True, times=3, slack=0), st.integers(0, 3))
def test_weekends_and_holidays_are_balanced_separately(scenario, seed):
    """With room to choose (three people per place), holidays and weekends even out too."""
    days, pools, targets, *_ = scenario
    rotation = _run(scenario, seed)
    assert rotation.gaps == ()
    _spread(rotation, pools, ("total", "weekend", "holiday"))


# ---------------------------------------------------------------- examples


def test_too_few_people_fill_what_they_can_and_report_the_rest():
    days = _days(date(2026, 6, 1), 5)
    rotation = generate_rotation(
        days=days,
        pools={DutySlot.LEADER: [7]},
        targets={DutySlot.LEADER: SlotTarget(1, 1), DutySlot.DUTY: SlotTarget(1, 1)},
        calendar=classify_days(days),
    )
    assert [p.day for p in rotation.placements] == [days[0], days[2], days[4]]
    leader_gaps = [g for g in rotation.gaps if g.slot is DutySlot.LEADER]
    assert [g.day for g in leader_gaps] == [days[1], days[3]]
    assert "不能连值两班" in leader_gaps[0].reason
    duty_gaps = [g for g in rotation.gaps if g.slot is DutySlot.DUTY]
    assert len(duty_gaps) == 5 and "请先设置人员库" in duty_gaps[0].reason
    notes = summarize_gaps(rotation.gaps)
    assert any("06月01日至06月05日（5天）值班人员每天缺1人" in line for line in notes)


def test_two_drivers_alternate_through_any_period():
    days = _days(date(2027, 2, 28), 15)
    rotation = generate_rotation(
        days=days,
        pools={DutySlot.VEHICLE: [1, 2]},
        targets={DutySlot.VEHICLE: SlotTarget(1, 1)},
        calendar=classify_days(days),
    )
    assert rotation.gaps == ()
    drivers = [p.staff_id for p in rotation.placements]
    assert all(a != b for a, b in zip(drivers, drivers[1:], strict=False))


def test_unavailability_and_hand_placements_are_respected():
    days = _days(date(2026, 3, 2), 4)
    kept = [Placement(days[1], DutySlot.LEADER, 0, 3, by_hand=True)]
    rotation = generate_rotation(
        days=days,
        pools={DutySlot.LEADER: [1, 2, 3]},
        targets={DutySlot.LEADER: SlotTarget(1, 1)},
        calendar=classify_days(days),
        unavailable={(1, days[0]), (1, days[2])},
        kept=kept,
    )
    by_day = {p.day: p.staff_id for p in rotation.placements}
    assert by_day == {days[0]: 2, days[1]: 3, days[2]: 2, days[3]: 1}
    assert rotation.loads[3].total == 1  # the hand placement counts towards the load


def test_settings_give_the_slot_counts():
    targets = slot_targets(Settings(standby_slots_min=2, standby_slots_max=3, duty_slots_min=2))
    assert targets[DutySlot.STANDBY] == SlotTarget(2, 3)
    assert targets[DutySlot.DUTY] == SlotTarget(2, 2)
    assert targets[DutySlot.LEADER] == SlotTarget(1, 1)


# ---------------------------------------------------------------- the calendar


def test_public_holidays_and_make_up_days_come_from_chinese_calendar():
    days = _days(date(2026, 9, 20), 25)
    calendar = classify_days(days)
    assert not calendar.fallback and calendar.message == ""
    assert calendar.kind(date(2026, 10, 1)) is DayKind.HOLIDAY
    assert calendar.names[date(2026, 10, 1)] == "国庆节"
    assert calendar.kind(date(2026, 9, 25)) is DayKind.HOLIDAY  # 中秋
    # Saturday 10 October 2026 is a make-up working day (调休上班) for National Day.
    assert calendar.kind(date(2026, 10, 10)) is DayKind.WORKDAY
    assert "调休上班" in calendar.names[date(2026, 10, 10)]
    assert calendar.kind(date(2026, 10, 11)) is DayKind.WEEKEND
    assert calendar.kind(date(2026, 9, 21)) is DayKind.WORKDAY


def test_the_offices_overrides_win():
    overrides = {
        date(2026, 10, 10): CalendarOverrideKind.HOLIDAY,
        date(2026, 10, 5): CalendarOverrideKind.WORKDAY,
    }
    calendar = classify_days(_days(date(2026, 10, 1), 14), overrides)
    assert calendar.kind(date(2026, 10, 10)) is DayKind.HOLIDAY
    assert calendar.kind(date(2026, 10, 5)) is DayKind.WORKDAY


def test_a_year_without_calendar_data_falls_back_to_weekends_and_overrides_and_says_so():
    with pytest.raises(NotImplementedError):  # the trap this guards against
        chinese_calendar.is_holiday(date(FAR_YEAR, 1, 1))
    days = _days(date(FAR_YEAR, 9, 28), 10)
    calendar = classify_days(days, {date(FAR_YEAR, 10, 1): CalendarOverrideKind.HOLIDAY})
    assert calendar.fallback and calendar.years_without_data == (FAR_YEAR,)
    assert f"{FAR_YEAR}年" in calendar.message and "周末" in calendar.message
    assert calendar.kind(date(FAR_YEAR, 10, 1)) is DayKind.HOLIDAY  # the office's own
    assert calendar.kind(date(FAR_YEAR, 10, 3)) is DayKind.WEEKEND  # a Saturday
    assert calendar.kind(date(FAR_YEAR, 10, 5)) is DayKind.WORKDAY
    rotation = generate_rotation(
        days=days,
        pools={DutySlot.LEADER: [1, 2, 3]},
        targets={DutySlot.LEADER: SlotTarget(1, 1)},
        calendar=calendar,
    )
    assert len(rotation.placements) == 10 and rotation.notes[0] == calendar.message


def test_a_period_across_new_year_knows_which_year_lacks_data():
    last_known = max(chinese_calendar.holidays).year
    days = _days(date(last_known, 12, 30), 4)
    calendar = classify_days(days)
    assert calendar.years_without_data == (last_known + 1,)
    assert calendar.kind(date(last_known + 1, 1, 1)) in (DayKind.WORKDAY, DayKind.WEEKEND)
