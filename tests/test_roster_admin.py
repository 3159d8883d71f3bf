"""Writing the roster (services.roster_admin) on a real SQLite file with the fake clock."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from alembic import command
from roster_helpers import END, START, TODAY, add_staff, assignments, make_period
from sqlalchemy import create_engine, func, inspect, select

from xianghua_console.domain.clock import local_datetime
from xianghua_console.domain.enums import (
    CalendarOverrideKind,
    DutySlot,
    SwapStatus,
    UnavailabilityKind,
)
from xianghua_console.domain.holidays import DayKind
from xianghua_console.domain.roster_checks import FindingKind
from xianghua_console.services import roster_admin as ra
from xianghua_console.services.context import Refused
from xianghua_console.services.roster import roster
from xianghua_console.store.db import open_database
from xianghua_console.store.migrations.runner import alembic_config
from xianghua_console.store.models import (
    AuditEntry,
    DutyPoolMember,
    Staff,
    StaffUnavailability,
)


def holder(ctx, period_id, day, slot, position=0) -> int | None:
    for d, s, p, staff_id, _ in assignments(ctx, period_id):
        if (d, s, p) == (day, slot, position):
            return staff_id
    return None


def audits(ctx, action) -> int:
    with ctx.db.read_session() as s:
        return s.scalar(select(func.count()).where(AuditEntry.action == action))


# ---------------------------------------------------------------- periods and shifts


def test_a_period_gets_a_24_hour_shift_per_day_from_the_shift_boundary(ctx):
    period_id = make_period(ctx)
    view = roster(ctx, period_id=period_id)
    assert len(view.shifts) == 10
    first, second = view.shifts[0], view.shifts[1]
    assert first.starts_at == local_datetime(START, 8, 30)
    assert first.ends_at == second.starts_at == local_datetime(START + timedelta(days=1), 8, 30)
    assert first.vehicle == "豫R·A1234" and first.emergency_fund_yuan == 10_000
    assert audits(ctx, "roster.create_period") == 1
    assert [p.id for p in ra.list_periods(ctx)] == [period_id]


def test_bad_periods_are_refused_with_a_reason(ctx):
    make_period(ctx)
    with pytest.raises(Refused, match="日期重叠"):
        make_period(ctx, start=END, end=END + timedelta(days=3))
    with pytest.raises(Refused, match="早于开始日期"):
        make_period(ctx, start=date(2027, 5, 2), end=date(2027, 5, 1))
    with pytest.raises(Refused, match="名称"):
        ra.create_period(ctx, name=" ", start_date=date(2027, 6, 1), end_date=date(2027, 6, 2))


# ---------------------------------------------------------------- generating


def test_generate_fills_every_slot_by_the_rules(ctx):
    staff = add_staff(ctx)
    period_id = make_period(ctx)
    report = ra.generate_roster(ctx, period_id=period_id)
    assert report.gaps == () and report.kept == 0
    rows = assignments(ctx, period_id)
    per_day = Counter((d, s) for d, s, *_ in rows)
    for day in (START + timedelta(days=i) for i in range(10)):
        assert per_day[(day, DutySlot.LEADER)] == 1 and per_day[(day, DutySlot.VEHICLE)] == 1
        assert per_day[(day, DutySlot.DUTY)] == 1
        assert 2 <= per_day[(day, DutySlot.STANDBY)] <= 3
    leaders = {sid for _, s, _, sid, _ in rows if s is DutySlot.LEADER}
    assert leaders <= set(staff["leader"])
    drivers = {sid for _, s, _, sid, _ in rows if s is DutySlot.VEHICLE}
    assert drivers <= set(staff["driver"])
    check = ra.check_period(ctx, period_id=period_id)
    assert check.findings == () and check.ready_days == 10
    assert audits(ctx, "roster.generate") == 1


def test_regenerating_keeps_hand_placements_unless_asked_otherwise(ctx):
    staff = add_staff(ctx)
    period_id = make_period(ctx)
    ra.generate_roster(ctx, period_id=period_id)
    chosen = staff["leader"][3]
    day = date(2027, 3, 8)
    ra.place_staff(ctx, period_id=period_id, day=day, slot=DutySlot.LEADER, staff_id=chosen,
                   position=0)  # fmt: skip
    for seed in (1, 2, 3):
        ra.generate_roster(ctx, period_id=period_id, seed=seed)
        assert holder(ctx, period_id, day, DutySlot.LEADER) == chosen
        # nobody else is put on the days next to the hand placement
        for near in (day - timedelta(days=1), day + timedelta(days=1)):
            assert holder(ctx, period_id, near, DutySlot.LEADER) != chosen
    report = ra.generate_roster(ctx, period_id=period_id, keep_by_hand=False, seed=9)
    # Only the shifts that have started (03-03 to 03-05 at 10:00) are kept as they stand.
    started = [a for a in assignments(ctx, period_id) if a[0] <= TODAY]
    assert report.kept == 0 and report.started == len(started)
    assert not any(by_hand for d, *_, by_hand in assignments(ctx, period_id) if d > TODAY)


def test_unavailability_is_respected_and_reported_when_placed_by_hand(ctx):
    staff = add_staff(ctx, leaders=3)
    period_id = make_period(ctx)
    away = staff["leader"][0]
    assert ra.mark_unavailable(ctx, staff_id=away, first_day=START, last_day=END,
                               kind=UnavailabilityKind.TRIP, note="赴县党校学习") == 10  # fmt: skip
    ra.generate_roster(ctx, period_id=period_id)
    assert away not in {sid for *_, sid, _ in assignments(ctx, period_id)}
    findings = ra.place_staff(ctx, period_id=period_id, day=TODAY, slot=DutySlot.LEADER,
                              staff_id=away, position=0)  # fmt: skip
    assert any(f.kind is FindingKind.UNAVAILABLE and f.staff_id == away for f in findings)
    found = ra.check_period(ctx, period_id=period_id).findings
    assert any(f.kind is FindingKind.UNAVAILABLE and f.day == TODAY for f in found)
    assert ra.clear_unavailable(ctx, staff_id=away, first_day=TODAY) == 1
    with ctx.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(StaffUnavailability)) == 9


def test_too_few_people_leave_gaps_that_the_report_and_the_checks_name(ctx):
    add_staff(ctx, leaders=1, drivers=1, others=2)
    period_id = make_period(ctx)
    report = ra.generate_roster(ctx, period_id=period_id)
    slots = Counter(g.slot for g in report.gaps)
    assert slots[DutySlot.LEADER] == 5 and slots[DutySlot.VEHICLE] == 5
    assert any("带班领导" in n for n in report.notes)
    check = ra.check_period(ctx, period_id=period_id)
    no_leader = [f for f in check.findings if f.kind is FindingKind.NO_LEADER]
    assert len(no_leader) == 5 and all(f.slot is DutySlot.LEADER for f in no_leader)
    assert check.ready_days == 0


def test_stored_pools_decide_who_the_rotation_draws_from(ctx):
    staff = add_staff(ctx)
    duty_pool = staff["other"][:3]
    ra.set_pool(ctx, slot=DutySlot.DUTY, staff_ids=duty_pool)
    with pytest.raises(Refused, match="不是驾驶员"):
        ra.set_pool(ctx, slot=DutySlot.VEHICLE, staff_ids=staff["other"][:1])
    pools = ra.rotation_pools(ctx)
    assert pools[DutySlot.DUTY] == duty_pool
    assert pools[DutySlot.LEADER] == staff["leader"]  # no stored pool: from Staff.is_leader
    period_id = make_period(ctx)
    ra.generate_roster(ctx, period_id=period_id)
    on_duty = {sid for _, s, _, sid, _ in assignments(ctx, period_id) if s is DutySlot.DUTY}
    assert on_duty <= set(duty_pool)
    ra.set_pool(ctx, slot=DutySlot.DUTY, staff_ids=[])
    with ctx.db.read_session() as s:
        assert s.scalar(select(func.count()).select_from(DutyPoolMember)) == 0


def test_a_year_without_calendar_data_generates_and_says_so(ctx):
    add_staff(ctx)
    period_id = make_period(ctx, start=date(2099, 9, 28), end=date(2099, 10, 8))
    ra.set_calendar_override(ctx, day=date(2099, 10, 1), kind=CalendarOverrideKind.HOLIDAY,
                             note="国庆节")  # fmt: skip
    report = ra.generate_roster(ctx, period_id=period_id)
    assert report.gaps == ()
    assert "2099年" in report.calendar_note and report.notes[0] == report.calendar_note
    grid = ra.roster_grid(ctx, period_id=period_id)
    kinds = {d.day: d.kind for d in grid.days}
    assert kinds[date(2099, 10, 1)] is DayKind.HOLIDAY  # the office's override
    assert kinds[date(2099, 10, 3)] is DayKind.WEEKEND
    assert "2099年" in ra.check_period(ctx, period_id=period_id).calendar_note
    ra.set_calendar_override(ctx, day=date(2099, 10, 1), kind=None)
    grid = ra.roster_grid(ctx, period_id=period_id)
    assert {d.day: d.kind for d in grid.days}[date(2099, 10, 1)] is DayKind.WORKDAY


# ---------------------------------------------------------------- placing by hand


def test_only_staff_fit_for_the_post_are_placed(ctx):
    staff = add_staff(ctx)
    period_id = make_period(ctx)
    clerk, driver, leader = staff["other"][0], staff["driver"][0], staff["leader"][0]
    with pytest.raises(Refused, match="不是可以带班的领导"):
        ra.place_staff(ctx, period_id=period_id, day=TODAY, slot=DutySlot.LEADER, staff_id=clerk)
    with pytest.raises(Refused, match="不是驾驶员"):
        ra.place_staff(ctx, period_id=period_id, day=TODAY, slot=DutySlot.VEHICLE, staff_id=clerk)
    with pytest.raises(Refused, match="不在值班期"):
        ra.place_staff(ctx, period_id=period_id, day=date(2027, 4, 1), slot=DutySlot.DUTY,
                       staff_id=clerk)  # fmt: skip
    ra.place_staff(ctx, period_id=period_id, day=TODAY, slot=DutySlot.VEHICLE, staff_id=driver)
    ra.place_staff(ctx, period_id=period_id, day=TODAY, slot=DutySlot.LEADER, staff_id=leader)
    with pytest.raises(Refused, match="同一班次不能排两次"):
        ra.place_staff(ctx, period_id=period_id, day=TODAY, slot=DutySlot.STANDBY, staff_id=leader)
    with pytest.raises(Refused, match="已满"):
        ra.place_staff(ctx, period_id=period_id, day=TODAY, slot=DutySlot.LEADER,
                       staff_id=staff["leader"][1])  # fmt: skip
    assert [c.id for c in ra.fit_staff(ctx, slot=DutySlot.LEADER)] == staff["leader"]
    ra.clear_placement(ctx, period_id=period_id, day=TODAY, slot=DutySlot.LEADER, position=0)
    assert holder(ctx, period_id, TODAY, DutySlot.LEADER) is None
    with pytest.raises(Refused, match="本来就是空的"):
        ra.clear_placement(ctx, period_id=period_id, day=TODAY, slot=DutySlot.LEADER, position=0)


def test_who_is_on_duty_now_follows_the_clock(ctx, clock):
    add_staff(ctx)
    period_id = make_period(ctx)
    ra.generate_roster(ctx, period_id=period_id)
    now = ra.who_is_on_duty(ctx)
    assert now is not None and now.day == TODAY
    leader_id = holder(ctx, period_id, TODAY, DutySlot.LEADER)
    with ctx.db.read_session() as s:
        leader = s.get(Staff, leader_id)
    assert now.leader[0].name == leader.name and now.leader[0].phone == leader.phone
    clock.set(local_datetime(TODAY + timedelta(days=1), 8, 29))
    assert ra.who_is_on_duty(ctx).day == TODAY  # the shift runs to the next boundary
    clock.set(local_datetime(TODAY + timedelta(days=1), 8, 30))
    assert ra.who_is_on_duty(ctx).day == TODAY + timedelta(days=1)


# ---------------------------------------------------------------- swaps


@pytest.fixture
def swap_setup(ctx):
    staff = add_staff(ctx)
    period_id = make_period(ctx)
    ra.generate_roster(ctx, period_id=period_id)
    day = date(2027, 3, 8)
    requester = holder(ctx, period_id, day, DutySlot.LEADER)
    busy = {sid for d, _, _, sid, _ in assignments(ctx, period_id) if d == day}
    colleague = next(i for i in staff["leader"] if i != requester and i not in busy)
    return period_id, day, requester, colleague


def test_a_swap_takes_three_steps_in_order_and_the_roster_shows_the_result(ctx, clock, swap_setup):
    period_id, day, requester, colleague = swap_setup
    swap = ra.request_swap(ctx, period_id=period_id, day=day, slot=DutySlot.LEADER,
                           requester_id=requester, colleague_id=colleague,
                           reason="家中有事")  # fmt: skip
    assert swap.status is SwapStatus.REQUESTED and swap.requested_by == "测试员"
    with pytest.raises(Refused, match="须先经接班的同事同意"):
        ra.approve_swap(ctx, swap_id=swap.id, approver="信访办主任")
    assert holder(ctx, period_id, day, DutySlot.LEADER) == requester  # nothing changed yet
    clock.advance(minutes=20)
    agreed = ra.agree_swap(ctx, swap_id=swap.id)
    assert agreed.status is SwapStatus.AGREED and agreed.agreed_at == clock.now()
    with pytest.raises(Refused, match="已经同意过"):
        ra.agree_swap(ctx, swap_id=swap.id)
    with pytest.raises(Refused, match="主任姓名"):
        ra.approve_swap(ctx, swap_id=swap.id, approver=" ")
    assert holder(ctx, period_id, day, DutySlot.LEADER) == requester
    clock.advance(hours=1)
    approved = ra.approve_swap(ctx, swap_id=swap.id, approver="王主任")
    assert approved.status is SwapStatus.APPROVED and approved.approver == "王主任"
    assert approved.requested_at < approved.agreed_at < approved.approved_at == clock.now()
    # the roster shows the swapped result, kept as a hand placement
    assert holder(ctx, period_id, day, DutySlot.LEADER) == colleague
    with ctx.db.read_session() as s:
        name = s.get(Staff, colleague).name
    shown = next(r for r in roster(ctx, period_id=period_id).shifts if r.day == day)
    assert shown.leader[0].name == name
    ra.generate_roster(ctx, period_id=period_id, seed=5)
    assert holder(ctx, period_id, day, DutySlot.LEADER) == colleague
    with pytest.raises(Refused, match="已经批准"):
        ra.withdraw_swap(ctx, swap_id=swap.id)
    assert [s.id for s in ra.list_swaps(ctx, period_id=period_id)] == [swap.id]
    for action in ("roster.swap_request", "roster.swap_agree", "roster.swap_approve"):
        assert audits(ctx, action) == 1


def test_declined_and_withdrawn_swaps_change_nothing_and_cannot_go_on(ctx, swap_setup):
    period_id, day, requester, colleague = swap_setup
    ask = dict(period_id=period_id, day=day, slot=DutySlot.LEADER, requester_id=requester,
               colleague_id=colleague)  # fmt: skip
    first = ra.request_swap(ctx, **ask)
    with pytest.raises(Refused, match="已有一份调班申请"):
        ra.request_swap(ctx, **ask)
    ra.agree_swap(ctx, swap_id=first.id)
    declined = ra.decline_swap(ctx, swap_id=first.id, reason="当天需主持会议")
    assert declined.status is SwapStatus.DECLINED and declined.close_reason == "当天需主持会议"
    with pytest.raises(Refused, match="未获同意"):
        ra.approve_swap(ctx, swap_id=first.id, approver="王主任")
    second = ra.request_swap(ctx, **ask)
    assert ra.withdraw_swap(ctx, swap_id=second.id).status is SwapStatus.WITHDRAWN
    with pytest.raises(Refused, match="撤回"):
        ra.agree_swap(ctx, swap_id=second.id)
    assert holder(ctx, period_id, day, DutySlot.LEADER) == requester


def test_a_swap_is_refused_when_it_cannot_be_done(ctx, clock, swap_setup):
    period_id, day, requester, colleague = swap_setup
    ask = dict(period_id=period_id, day=day, slot=DutySlot.LEADER, requester_id=requester)
    with ctx.db.read_session() as s:
        clerk = s.scalar(select(Staff.id).where(Staff.name == "干事1"))
    with pytest.raises(Refused, match="不是可以带班的领导"):
        ra.request_swap(ctx, colleague_id=clerk, **ask)
    with pytest.raises(Refused, match="另一位同事"):
        ra.request_swap(ctx, colleague_id=requester, **ask)
    ra.mark_unavailable(ctx, staff_id=colleague, first_day=day, kind=UnavailabilityKind.LEAVE)
    with pytest.raises(Refused, match="已登记请假"):
        ra.request_swap(ctx, colleague_id=colleague, **ask)
    ra.clear_unavailable(ctx, staff_id=colleague, first_day=day)
    swap = ra.request_swap(ctx, colleague_id=colleague, **ask)
    ra.agree_swap(ctx, swap_id=swap.id)
    # the roster moved after the request: the approval says so and changes nothing
    ra.place_staff(ctx, period_id=period_id, day=day, slot=DutySlot.DUTY, staff_id=colleague)
    with pytest.raises(Refused, match="排班在申请之后有了变动"):
        ra.approve_swap(ctx, swap_id=swap.id, approver="王主任")
    past = date(2027, 3, 3)
    with pytest.raises(Refused, match="已经结束"):
        ra.request_swap(ctx, period_id=period_id, day=past, slot=DutySlot.LEADER,
                        requester_id=holder(ctx, period_id, past, DutySlot.LEADER),
                        colleague_id=colleague)  # fmt: skip


def test_an_exchange_swaps_both_shifts(ctx, swap_setup):
    period_id, day, requester, _ = swap_setup
    rows = assignments(ctx, period_id)
    on_day = {(d, sid) for d, _, _, sid, _ in rows}
    other_day, other = next(
        (d, sid)
        for d, slot, _, sid, _ in rows
        if slot is DutySlot.LEADER and d > TODAY and d != day
        and (d, requester) not in on_day and (day, sid) not in on_day
    )  # fmt: skip
    swap = ra.request_swap(ctx, period_id=period_id, day=day, slot=DutySlot.LEADER,
                           requester_id=requester, colleague_id=other,
                           other_day=other_day)  # fmt: skip
    assert swap.other_day == other_day and "改值" in swap.summary
    ra.agree_swap(ctx, swap_id=swap.id)
    ra.approve_swap(ctx, swap_id=swap.id, approver="王主任")
    assert holder(ctx, period_id, day, DutySlot.LEADER) == other
    assert holder(ctx, period_id, other_day, DutySlot.LEADER) == requester


# ---------------------------------------------------------------- readiness


def test_readiness_turns_green_when_fund_vehicle_driver_and_standby_are_in_place(ctx):
    add_staff(ctx)
    period_id = make_period(ctx, emergency_fund_yuan=0, vehicle="")
    ra.generate_roster(ctx, period_id=period_id)
    check = ra.check_period(ctx, period_id=period_id)
    assert check.ready_days == 0
    assert {c.item.value for r in check.readiness for c in r.missing} == {"fund", "vehicle"}
    assert ra.set_shift_supplies(ctx, period_id=period_id, emergency_fund_yuan=12_000,
                                 vehicle="豫R·B5678") == 10  # fmt: skip
    ra.set_shift_supplies(ctx, period_id=period_id, days=[TODAY], emergency_fund_yuan=8_000)
    check = ra.check_period(ctx, period_id=period_id)
    assert [r.day for r in check.readiness if not r.green] == [TODAY]
    assert "不足10000元" in next(r for r in check.readiness if r.day == TODAY).line
    with pytest.raises(Refused, match="不能为负数"):
        ra.set_shift_supplies(ctx, period_id=period_id, emergency_fund_yuan=-1)


# ---------------------------------------------------------------- schema


def test_a_0001_database_upgrades_to_the_roster_schema_keeping_its_rows(tmp_path, clock):
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = create_engine(url)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO staff (name, post, phone, is_leader, is_driver, active, version) "
            "VALUES ('领导甲', '副镇长', '', 1, 0, 1, 1)"
        )
    engine.dispose()
    db, report = open_database(url, clock=clock)
    try:
        assert report.upgraded_from == "0001" and report.backup_path.exists()
        tables = set(inspect(db.engine).get_table_names())
        assert {"duty_pool_member", "staff_unavailability", "calendar_override",
                "duty_swap"} <= tables  # fmt: skip
        with db.read_session() as s:
            assert s.scalar(select(Staff.name)) == "领导甲"
    finally:
        db.dispose()


def test_placing_over_someone_reports_on_the_person_placed(ctx):
    staff = add_staff(ctx)
    period_id = make_period(ctx)
    ra.generate_roster(ctx, period_id=period_id)
    was = holder(ctx, period_id, TODAY, DutySlot.LEADER)
    new = next(i for i in staff["leader"] if i != was)
    ra.mark_unavailable(ctx, staff_id=new, first_day=TODAY, kind=UnavailabilityKind.OTHER)
    findings = ra.place_staff(ctx, period_id=period_id, day=TODAY, slot=DutySlot.LEADER,
                              staff_id=new, position=0)  # fmt: skip
    away = [f for f in findings if f.kind is FindingKind.UNAVAILABLE]
    with ctx.db.read_session() as s:
        name = s.get(Staff, new).name
    assert [f.staff_id for f in away] == [new] and name in away[0].message


def test_regenerating_never_replans_shifts_that_have_started(ctx, clock):
    add_staff(ctx)
    period_id = make_period(ctx)
    ra.generate_roster(ctx, period_id=period_id)
    before = {(d, s, p): sid for d, s, p, sid, _ in assignments(ctx, period_id)}
    clock.advance(days=2)  # two more shifts have begun and are now the record
    now = clock.now()
    started = {d for d in {d for d, *_ in before} if local_datetime(d, 8, 30) <= now}
    assert started
    for seed in (5, 6):
        ra.generate_roster(ctx, period_id=period_id, keep_by_hand=False, seed=seed)
        after = {(d, s, p): sid for d, s, p, sid, _ in assignments(ctx, period_id)}
        assert {k: v for k, v in after.items() if k[0] in started} == {
            k: v for k, v in before.items() if k[0] in started}
