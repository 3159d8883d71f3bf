"""The demo database: deterministic, live around the clock's now, and true to the domain rules."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

import xianghua_console.services.demo as demo_module
from xianghua_console.domain.clock import LOCAL_TZ, FakeClock, local_today, to_local
from xianghua_console.domain.enums import (
    BodyKind,
    DailyState,
    DutySlot,
    IncidentStatus,
    TimelineKind,
    UnitKind,
)
from xianghua_console.domain.lifecycle import SPECIAL_REPORT_PARTS, Step
from xianghua_console.services.context import Ctx, Refused, load_settings
from xianghua_console.services.daily import daily_board
from xianghua_console.services.demo import DemoSummary, create_demo
from xianghua_console.services.incident_log import (
    NewIncident,
    incident_detail,
    log_incident,
    record_escalation,
    take_step,
)
from xianghua_console.services.incidents import list_open_incidents
from xianghua_console.services.notices import list_notices
from xianghua_console.services.reports import period_summary
from xianghua_console.services.roster import on_duty_now, roster
from xianghua_console.services.situation import situation_at
from xianghua_console.store.chains import broken_chains
from xianghua_console.store.db import Database, open_database
from xianghua_console.store.models import (
    AnalysisMeeting,
    AuditEntry,
    Base,
    CommandBody,
    DailyReport,
    DayClosure,
    DutyShift,
    Incident,
    Staff,
    TimelineEntry,
    Unit,
    WarningNotice,
)
from xianghua_console.store.types import UTCDateTime

FRIDAY_10 = datetime(2027, 3, 5, 10, 0, tzinfo=LOCAL_TZ)  # a weekday of the Two Sessions
FRIDAY_17 = datetime(2027, 3, 5, 17, 0, tzinfo=LOCAL_TZ)  # after the 16:30 cutoff
FRIDAY_06 = datetime(2027, 3, 5, 6, 0, tzinfo=LOCAL_TZ)  # before anyone reports
MONDAY_07 = datetime(2027, 3, 1, 7, 0, tzinfo=LOCAL_TZ)  # no meeting held this week yet
NEW_YEAR = datetime(2027, 1, 1, 9, 0, tzinfo=LOCAL_TZ)  # the older incidents are last year's
SUNDAY_NIGHT = datetime(2027, 3, 7, 23, 59, 30, tzinfo=LOCAL_TZ)

CLOCK_TIMES = [FRIDAY_10, FRIDAY_17, FRIDAY_06, MONDAY_07, NEW_YEAR, SUNDAY_NIGHT]

# The officials named in 香发【2013】13号: real people, never in demo data.
PLAN_PEOPLE = {
    "马飞",
    "蔡秀斌",
    "黄胜法",
    "张英",
    "赵鹏",
    "罗文",
    "赵兴新",
    "吴博",
    "邹新杰",
    "李红旗",
}

# Stored times that may lie ahead of now: the roster's shifts and a notice's receipt deadline.
FUTURE_ALLOWED = {
    ("duty_shift", "starts_at"),
    ("duty_shift", "ends_at"),
    ("warning_notice", "receipt_due_at"),
}

MakeDemo = Callable[..., tuple[Ctx, DemoSummary]]


@pytest.fixture
def make_demo(tmp_path: Path) -> Iterator[MakeDemo]:
    """Open a fresh SQLite file at a clock time and fill it: ``make_demo(now, seed=..., name=...)``."""
    opened: list[Database] = []

    def make(
        now: datetime = FRIDAY_10, *, seed: int = 2027, name: str | None = None
    ) -> tuple[Ctx, DemoSummary]:
        clock = FakeClock(now)
        url = f"sqlite:///{tmp_path / (name or f'demo-{len(opened)}.sqlite')}"
        db, _ = open_database(url, clock=clock)
        opened.append(db)
        ctx = Ctx(db, clock, actor="演示数据")
        return ctx, create_demo(ctx, seed=seed)

    yield make
    for db in opened:
        db.dispose()


def dump(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table, in a canonical order, as comparable tuples."""
    out: dict[str, list[tuple]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(repr(v) for v in row) for row in rows]
    return out


def assert_invariants(ctx: Ctx) -> None:
    """What must hold for a demo made at any clock time."""
    assert_nothing_in_the_future(ctx)
    assert_numbers_gap_free(ctx)
    assert_timelines_sound(ctx)
    assert_roster_sound(ctx)
    assert_daily_reports_sound(ctx)
    assert_no_people_but_staff_and_officers(ctx)
    assert {r.status for r in _incidents(ctx)} == set(IncidentStatus)


def assert_nothing_in_the_future(ctx: Ctx) -> None:
    now, today = ctx.clock.now(), local_today(ctx.clock)
    with ctx.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            columns = [
                c
                for c in table.columns
                if isinstance(c.type, UTCDateTime) and (table.name, c.name) not in FUTURE_ALLOWED
            ]
            for column in columns:
                for value in conn.execute(select(column)).scalars():
                    assert value is None or value <= now, f"{table.name}.{column.name}: {value}"
    with ctx.db.read_session() as s:
        assert all(d <= today for d in s.scalars(select(DailyReport.day)))
        assert all(d < today for d in s.scalars(select(DayClosure.day)))
        assert all(d <= today for d in s.scalars(select(AnalysisMeeting.held_on)))


def _incidents(ctx: Ctx) -> list[Incident]:
    with ctx.db.read_session() as s:
        incidents = list(s.scalars(select(Incident).order_by(Incident.received_at)))
        s.expunge_all()  # plain column values stay readable after the session ends
        return incidents


def assert_numbers_gap_free(ctx: Ctx) -> None:
    by_year: dict[int, list[Incident]] = defaultdict(list)
    for incident in _incidents(ctx):  # in order of receipt
        assert incident.year == to_local(incident.received_at).year
        assert incident.number == f"{incident.year}-{incident.seq:04d}"
        by_year[incident.year].append(incident)
    for items in by_year.values():
        assert [i.seq for i in items] == list(range(1, len(items) + 1))
    with ctx.db.read_session() as s:
        notices = s.scalars(select(WarningNotice).order_by(WarningNotice.issued_at)).all()
        seqs: dict[int, list[int]] = defaultdict(list)
        for n in notices:
            assert n.year == to_local(n.issued_at).year
            assert n.number == f"香稳预〔{n.year}〕{n.seq}号"
            seqs[n.year].append(n.seq)
        assert all(v == list(range(1, len(v) + 1)) for v in seqs.values())


# The timeline entries each state implies (the office's handling up to that state).
KINDS_FOR = {
    IncidentStatus.REPORTED: {TimelineKind.REPORTED},
    IncidentStatus.VERIFIED: {TimelineKind.VERIFIED, TimelineKind.ESCALATED},
    IncidentStatus.LAUNCHED: {TimelineKind.INSTRUCTION, TimelineKind.LAUNCHED},
    IncidentStatus.ONSCENE: {TimelineKind.WORK_GROUP, TimelineKind.ONSCENE},
    IncidentStatus.CONTROLLED: {TimelineKind.CONTROLLED},
    IncidentStatus.ENDED: {TimelineKind.ENDED},
    IncidentStatus.SPECIAL_REPORT: {TimelineKind.SPECIAL_REPORT},
    IncidentStatus.CLOSED: {TimelineKind.CLOSED},
}


def assert_timelines_sound(ctx: Ctx) -> None:
    with ctx.db.read_session() as s:
        assert broken_chains(s) == []  # timelines and the audit log chained as if logged
        for incident in s.scalars(select(Incident)):
            entries = incident.timeline
            assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
            assert entries[0].kind is TimelineKind.REPORTED
            assert entries[0].at == incident.received_at
            assert all(a.at <= b.at for a, b in zip(entries, entries[1:], strict=False))
            assert all(e.recorded_at >= e.at and e.actor and e.text for e in entries)
            assert entries[0].prev_hash == "" and all(e.hash for e in entries)
            reached = incident.status.order
            wanted = set().union(*(KINDS_FOR[st] for st in IncidentStatus if st.order <= reached))
            assert wanted <= {e.kind for e in entries}, incident.number
            assert (incident.escalated_at is None) == (reached == 0)
            assert (incident.ended_at is not None) == (reached >= IncidentStatus.ENDED.order)
            assert (incident.special_report_at is not None) == (
                reached >= IncidentStatus.SPECIAL_REPORT.order
            )
            assert (incident.closed_at is not None) == (incident.status is IncidentStatus.CLOSED)
            assert incident.subcommand_id == incident.category.subcommand_id


def assert_roster_sound(ctx: Ctx) -> None:
    view = roster(ctx)
    assert len(view.shifts) == 15
    assert view.start_date == local_today(ctx.clock) - timedelta(days=5)
    assert view.end_date == view.start_date + timedelta(days=14)
    with ctx.db.read_session() as s:
        minimum = load_settings(s).emergency_fund_min_yuan
        shifts = s.scalars(select(DutyShift).order_by(DutyShift.day)).all()
        crews = []
        for shift in shifts:
            slots: dict[DutySlot, list[Staff]] = defaultdict(list)
            for a in shift.assignments:
                slots[a.slot].append(a.staff)
            assert len(slots[DutySlot.LEADER]) == 1 and slots[DutySlot.LEADER][0].is_leader
            assert 1 <= len(slots[DutySlot.DUTY]) <= 2
            assert 2 <= len(slots[DutySlot.STANDBY]) <= 3
            assert len(slots[DutySlot.VEHICLE]) == 1 and slots[DutySlot.VEHICLE][0].is_driver
            assert re.fullmatch(r"豫R·[A-Z]\d{4}", shift.vehicle) and shift.police_squad_contact
            crews.append([a.staff_id for a in shift.assignments])
        for a, b in zip(shifts, shifts[1:], strict=False):
            assert a.ends_at == b.starts_at and b.day == a.day + timedelta(days=1)
        for today_crew, next_crew in zip(crews, crews[1:], strict=False):
            assert len(set(today_crew)) == len(today_crew)  # nobody in two slots at once
            assert not set(today_crew) & set(next_crew)  # nobody on two shifts running
        short = [sh for sh in shifts if sh.emergency_fund_yuan < minimum]
        assert len(short) == 1 and short[0].day > local_today(ctx.clock)


def assert_daily_reports_sound(ctx: Ctx) -> None:
    today = local_today(ctx.clock)
    with ctx.db.read_session() as s:
        closures = {c.day: c.closed_at for c in s.scalars(select(DayClosure))}
        per_unit_day = s.execute(
            select(DailyReport.unit_id, DailyReport.day, func.count()).group_by(
                DailyReport.unit_id, DailyReport.day
            )
        ).all()
        assert all(n == 1 for _, _, n in per_unit_day)
        for report in s.scalars(select(DailyReport)):
            if report.day in closures:
                assert report.received_at <= closures[report.day]
            assert to_local(report.received_at).date() == report.day
            assert to_local(report.received_at).hour >= 8
            assert report.taken_by
    for day in sorted(closures):
        board = daily_board(ctx, day=day)
        assert board.closed and 1 <= board.count(DailyState.MISSING) <= 2
        assert board.count(DailyState.PENDING) == 0
    assert sorted(closures) == [
        min(closures) + timedelta(days=i) for i in range((today - min(closures)).days)
    ]


def assert_no_people_but_staff_and_officers(ctx: Ctx) -> None:
    """The console keeps no registry of petitioners: reporters are the units' officers."""
    with ctx.db.read_session() as s:
        officers = {u.id: (u.info_officer, u.info_officer_phone) for u in s.scalars(select(Unit))}
        for incident in s.scalars(select(Incident)):
            assert (incident.reporter_name, incident.reporter_phone) == officers[incident.unit_id]
        names = set(s.scalars(select(Staff.name))) | {n for n, _ in officers.values()}
        assert not names & PLAN_PEOPLE
        text = " ".join(
            [*s.scalars(select(Incident.summary)), *s.scalars(select(TimelineEntry.text))]
        )
        assert not any(name in text for name in PLAN_PEOPLE)


# ---------------------------------------------------------------- the tests


def test_same_seed_and_clock_give_the_same_database(make_demo):
    a, summary_a = make_demo(FRIDAY_10, name="a.sqlite")
    b, summary_b = make_demo(FRIDAY_10, name="b.sqlite")
    assert summary_a == summary_b
    assert dump(a.db) == dump(b.db)


def test_another_seed_gives_other_data(make_demo):
    a, _ = make_demo(FRIDAY_10, seed=2027)
    b, _ = make_demo(FRIDAY_10, seed=7)
    dump_a, dump_b = dump(a.db), dump(b.db)
    assert dump_a["staff"] != dump_b["staff"] and dump_a["incident"] != dump_b["incident"]
    assert_invariants(b)


def test_counts_are_in_range_and_match_the_rows(make_demo):
    ctx, summary = make_demo(FRIDAY_10)
    assert 20 <= summary.villages <= 30
    assert summary.town_units == 15
    assert 35 <= summary.staff <= 45
    assert 10 <= summary.incidents <= 16
    assert summary.shifts == 15 and summary.notices == 2
    assert 20 <= summary.meetings <= 30
    with ctx.db.read_session() as s:

        def count(model: type[Base], *where: object) -> int:
            return s.scalar(select(func.count()).select_from(model).where(*where))

        assert count(Unit, Unit.kind == UnitKind.VILLAGE) == summary.villages
        assert count(Unit, Unit.kind == UnitKind.TOWN_UNIT) == summary.town_units
        assert count(Staff) == summary.staff
        assert count(Incident) == summary.incidents
        assert count(DailyReport) == summary.daily_reports
        assert count(WarningNotice) == summary.notices
        assert count(AnalysisMeeting) == summary.meetings
        assert count(DutyShift) == summary.shifts


def test_every_lifecycle_state_is_there(make_demo):
    ctx, _ = make_demo(FRIDAY_10)
    statuses = [i.status for i in _incidents(ctx)]
    assert set(statuses) == set(IncidentStatus)
    assert statuses.count(IncidentStatus.CLOSED) >= 2


def test_countdowns_are_live_and_some_are_overdue(make_demo):
    ctx, _ = make_demo(FRIDAY_10)
    now = ctx.clock.now()
    rows = list_open_incidents(ctx)
    assert all(r.status is not IncidentStatus.CLOSED for r in rows)
    remaining = [r.next_deadline.remaining(now) for r in rows if r.next_deadline]
    assert any(timedelta(0) < left <= timedelta(minutes=15) for left in remaining)
    assert any(left < timedelta(0) for left in remaining)
    assert any(r.reported_late for r in rows)  # 迟报
    # the special report of an incident ended two days ago is due in about five days
    assert any(timedelta(days=4) < left <= timedelta(days=5) for left in remaining)
    # the most urgent first: an overdue clock leads the list
    assert rows[0].next_deadline is not None and rows[0].next_deadline.due < now


def test_todays_board_has_units_still_missing(make_demo):
    ctx, _ = make_demo(FRIDAY_10)
    board = daily_board(ctx)
    assert len(board.rows) == 40 and not board.closed
    assert 7 <= board.not_reported <= 9
    assert board.count(DailyState.PENDING) == board.not_reported
    assert board.count(DailyState.ZERO) > 0 and board.count(DailyState.LATE) == 0
    assert all(r.received_at is None or r.received_at <= ctx.clock.now() for r in board.rows)
    yesterday = daily_board(ctx, day=local_today(ctx.clock) - timedelta(days=1))
    assert yesterday.closed and yesterday.count(DailyState.MISSING) in (1, 2)


def test_after_the_cutoff_some_reports_came_in_late(make_demo):
    ctx, _ = make_demo(FRIDAY_17)
    board = daily_board(ctx)
    assert board.count(DailyState.LATE) >= 2 and board.not_reported >= 7


def test_before_office_hours_today_has_no_reports_yet(make_demo):
    ctx, summary = make_demo(FRIDAY_06)
    board = daily_board(ctx)
    assert board.count(DailyState.PENDING) == len(board.rows) == 40
    assert summary.daily_reports > 0  # the past days of the period are there


@pytest.mark.parametrize("now", CLOCK_TIMES, ids=lambda t: t.strftime("%Y%m%d-%H%M"))
def test_invariants_hold_at_any_clock_time(make_demo, now):
    ctx, summary = make_demo(now)
    assert_invariants(ctx)
    assert summary.shifts == 15
    shift = on_duty_now(ctx)
    assert shift is not None and shift.leader and shift.driver
    name, days = period_summary(ctx)
    assert name.endswith("年全国两会期间") and len(days) == 6


def test_numbers_restart_in_a_new_year(make_demo):
    ctx, _ = make_demo(NEW_YEAR)
    years = {i.year for i in _incidents(ctx)}
    assert years == {2026, 2027}
    notices = {n.number for n in list_notices(ctx)}
    assert notices == {"香稳预〔2026〕1号", "香稳预〔2027〕1号"}


def test_no_meeting_before_the_first_one_of_the_week(make_demo):
    _, summary = make_demo(MONDAY_07)
    assert summary.meetings == 0


def test_meetings_are_this_weeks(make_demo):
    ctx, _ = make_demo(FRIDAY_10)
    monday = date(2027, 3, 1)
    with ctx.db.read_session() as s:
        meetings = s.scalars(select(AnalysisMeeting)).all()
        assert {m.week_start for m in meetings} == {monday}
        assert all(monday <= m.held_on <= date(2027, 3, 5) for m in meetings)
        assert len({m.unit_id for m in meetings}) == len(meetings)


def test_notices_one_overdue_one_pending_partially_confirmed(make_demo):
    ctx, _ = make_demo(FRIDAY_10)
    now = ctx.clock.now()
    rows = sorted(list_notices(ctx), key=lambda n: n.number)
    hq, sub = rows
    assert hq.issuer == "总指挥部" and hq.targets == 25 and hq.receipt_due_at < now
    assert sub.issuer != "总指挥部" and sub.receipt_due_at > now and 3 <= sub.targets <= 10
    for row in rows:
        assert 0 < row.confirmed < row.targets and len(row.pending) == row.targets - row.confirmed
    with ctx.db.read_session() as s:
        notice = s.scalars(
            select(WarningNotice).where(WarningNotice.incident_id.is_not(None))
        ).one()
        for receipt in notice.receipts:
            if receipt.confirmed_at is not None:
                assert receipt.confirmed_by == receipt.unit.info_officer and receipt.recorded_by


def test_directory_officers_heads_and_phones(make_demo):
    ctx, _ = make_demo(FRIDAY_10)
    with ctx.db.read_session() as s:
        units = s.scalars(select(Unit)).all()
        assert all(u.info_officer and u.pinyin_initials for u in units)
        phones = [u.info_officer_phone for u in units] + list(s.scalars(select(Staff.phone)))
        assert all(re.fullmatch(r"1\d{10}", p) for p in phones)
        staff = s.scalars(select(Staff)).all()
        assert len({p.name for p in staff}) == len(staff)
        assert sum(p.is_leader for p in staff) >= 9 and sum(p.is_driver for p in staff) >= 2
        bodies = s.scalars(select(CommandBody)).all()
        headless = [b for b in bodies if b.head is None]
        assert [b.kind for b in headless] == [BodyKind.WORKING_GROUP]
        for body in bodies:
            if body.head is not None:
                assert body.head.post in body.head_post, (body.code, body.head.post)


def test_one_audit_entry_for_the_demo(make_demo):
    ctx, summary = make_demo(FRIDAY_10)
    with ctx.db.read_session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "demo.create")).all()
        assert len(entries) == 1
        assert entries[0].actor == "演示数据" and entries[0].after["incidents"] == summary.incidents


def test_a_second_demo_is_refused_and_changes_nothing(make_demo):
    ctx, _ = make_demo(FRIDAY_10)
    before = dump(ctx.db)
    with pytest.raises(Refused, match="演示数据"):
        create_demo(ctx)
    assert dump(ctx.db) == before


def test_a_failure_half_way_writes_nothing(monkeypatch, tmp_path, clock):
    db, _ = open_database(f"sqlite:///{tmp_path / 'fail.sqlite'}", clock=clock)
    try:
        before = dump(db)

        def boom(self: object) -> int:
            raise RuntimeError("disk full")

        monkeypatch.setattr(demo_module._DemoBuilder, "_meetings", boom)
        with pytest.raises(RuntimeError):
            create_demo(Ctx(db, clock))
        assert dump(db) == before
    finally:
        db.dispose()


def test_the_demo_never_reads_the_wall_clock():
    source = Path(demo_module.__file__).read_text(encoding="utf-8")
    for forbidden in ("datetime.now", "date.today", "time.time", "SystemClock", "utcnow"):
        assert forbidden not in source


def test_timeline_data_is_what_the_incident_log_writes(make_demo):
    ctx, _ = make_demo(FRIDAY_10)
    with ctx.db.read_session() as s:
        for incident in s.scalars(select(Incident)):
            for entry in incident.timeline:
                if entry.kind is TimelineKind.REPORTED:
                    assert entry.data["occurred_at"] == incident.occurred_at.isoformat()
                    assert entry.data["entered_late_s"] >= 0
                elif entry.kind is TimelineKind.ESCALATED:
                    assert entry.data["to"] == incident.escalated_to
                elif entry.kind is TimelineKind.SPECIAL_REPORT:
                    assert set(entry.data["parts"]) == {k for k, _ in SPECIAL_REPORT_PARTS}
                    assert all(entry.data["parts"].values())


def test_the_situation_derived_from_the_timeline_agrees(make_demo):
    ctx, _ = make_demo(FRIDAY_10)
    statuses = {i.number: i.status for i in _incidents(ctx)}
    now = situation_at(ctx)
    assert {i.number: i.status for i in now.incidents} == {
        n: st for n, st in statuses.items() if st is not IncidentStatus.CLOSED
    }
    yesterday = situation_at(ctx, at=ctx.clock.now() - timedelta(days=1))
    assert len(yesterday.incidents) < len(now.incidents)


def test_the_write_services_carry_on_from_the_demo(make_demo):
    ctx, _ = make_demo(FRIDAY_10)
    rows = {r.number: r for r in list_open_incidents(ctx)}
    overdue = next(
        r
        for r in rows.values()
        if r.status is IncidentStatus.REPORTED and r.next_deadline.due < ctx.clock.now()
    )
    row = record_escalation(ctx, incident_id=overdue.id, at=ctx.clock.now(), to="镇长")
    assert row.deadlines[1].met_late
    row = take_step(ctx, incident_id=overdue.id, step=Step.VERIFY)
    assert row.status is IncidentStatus.VERIFIED
    detail = incident_detail(ctx, incident_id=overdue.id)
    assert [e.seq for e in detail.timeline] == list(range(1, len(detail.timeline) + 1))
    new = log_incident(
        ctx,
        data=NewIncident(
            occurred_at=ctx.clock.now() - timedelta(minutes=5),
            received_at=ctx.clock.now(),
            unit_id=1,
            summary="测试",
        ),
    )
    assert new.number == f"2027-{len(_incidents(ctx)):04d}"  # the next number, no gap
