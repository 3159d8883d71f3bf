"""Logging reports and moving incidents along: clocks at their boundaries, refusals, corrections."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from xianghua_console.domain.deadlines import DeadlineKind
from xianghua_console.domain.enums import IncidentStatus, TimelineKind, UnitKind, Weight
from xianghua_console.domain.lifecycle import SPECIAL_REPORT_PARTS, Step
from xianghua_console.services.context import Ctx, Refused
from xianghua_console.services.incident_log import (
    InvalidInput,
    NewIncident,
    correct_time,
    incident_detail,
    log_incident,
    record_county_report,
    record_escalation,
    take_step,
)
from xianghua_console.services.incidents import list_open_incidents
from xianghua_console.store.db import open_database
from xianghua_console.store.models import Category, Unit


@pytest.fixture
def village(ctx) -> int:
    with ctx.db.session() as s:
        unit = Unit(name="东岗村", kind=UnitKind.VILLAGE, info_officer="王建国")
        s.add(unit)
        s.flush()
        return unit.id


def category_id(ctx, code: str) -> int:
    with ctx.db.read_session() as s:
        return s.scalar(select(Category.id).where(Category.code == code))


def new(ctx, village, **over) -> NewIncident:
    now = ctx.clock.now()
    values = dict(
        occurred_at=now - timedelta(minutes=5),
        received_at=now,
        unit_id=village,
        summary="十余名原民办教师到镇政府反映待遇落实问题",
        category_id=category_id(ctx, "teachers"),
        people_count=12,
        weight=Weight.HEAVIER,
    )
    values.update(over)
    return NewIncident(**values)


def test_numbers_are_gap_free_per_year_and_category_proposes_subcommand(ctx, village):
    first = log_incident(ctx, data=new(ctx, village))
    second = log_incident(ctx, data=new(ctx, village))
    assert (first.number, second.number) == ("2027-0001", "2027-0002")
    assert first.subcommand == "民师分指" and first.status is IncidentStatus.REPORTED


def test_refusals_name_the_field(ctx, village):
    now = ctx.clock.now()
    cases = {
        "occurred_at": new(ctx, village, occurred_at=now + timedelta(minutes=1)),
        "received_at": new(ctx, village, occurred_at=now - timedelta(minutes=1),
                           received_at=now - timedelta(minutes=2)),
        "unit_id": new(ctx, village, unit_id=None),
        "summary": new(ctx, village, summary="   "),
    }
    for field, data in cases.items():
        with pytest.raises(InvalidInput) as exc:
            log_incident(ctx, data=data)
        assert field in exc.value.errors, (field, exc.value.errors)
    for people in (-1, 100000):
        with pytest.raises(InvalidInput) as exc:
            log_incident(ctx, data=new(ctx, village, people_count=people))
        assert "people_count" in exc.value.errors
    assert list_open_incidents(ctx) == []  # nothing half written


@pytest.mark.parametrize(
    ("after", "late", "overdue_at_receipt"),
    [
        (timedelta(minutes=14, seconds=59), False, False),
        (timedelta(minutes=15), False, False),  # at the due moment itself: not yet overdue
        (timedelta(minutes=15, seconds=1), True, True),
    ],
)
def test_report_clock_boundaries(ctx, village, clock, after, late, overdue_at_receipt):
    occurred = clock.now()
    clock.advance(after)
    row = log_incident(ctx, data=new(ctx, village, occurred_at=occurred, received_at=clock.now()))
    report = row.deadlines[0]
    assert report.kind is DeadlineKind.REPORT
    assert report.met_late is late and row.reported_late is late
    assert report.overdue(clock.now()) is overdue_at_receipt


def test_escalation_clock_runs_and_is_met(ctx, village, clock):
    row = log_incident(ctx, data=new(ctx, village))
    esc = row.next_deadline
    assert esc.kind is DeadlineKind.ESCALATE
    clock.advance(minutes=15)
    assert not esc.overdue(clock.now()) and esc.remaining(clock.now()) == timedelta(0)
    clock.advance(seconds=1)
    assert esc.overdue(clock.now())
    row = record_escalation(ctx, incident_id=row.id, at=clock.now(), to="镇党委书记")
    assert row.deadlines[1].met_late and row.next_deadline is None
    with pytest.raises(Refused, match="已记录过"):
        record_escalation(ctx, incident_id=row.id, at=clock.now(), to="镇长")
    record_county_report(ctx, incident_id=row.id, at=clock.now(), to="县信访局")


def test_a_late_entry_is_shown_on_the_timeline(ctx, village, clock):
    received = clock.now()
    clock.advance(hours=2)
    row = log_incident(ctx, data=new(ctx, village, occurred_at=received - timedelta(minutes=3),
                                     received_at=received))
    detail = incident_detail(ctx, incident_id=row.id)
    assert "补录" in detail.timeline[0].text and "120 分钟" in detail.timeline[0].text


def test_lifecycle_in_order_and_refused_out_of_order(ctx, village, clock):
    row = log_incident(ctx, data=new(ctx, village))
    with pytest.raises(Refused, match="须先到"):
        take_step(ctx, incident_id=row.id, step=Step.END)
    record_escalation(ctx, incident_id=row.id, at=clock.now(), to="镇党委书记")
    for step in (Step.VERIFY, Step.LAUNCH, Step.ONSCENE, Step.CONTROLLED, Step.END):
        clock.advance(minutes=10)
        row = take_step(ctx, incident_id=row.id, step=step)
    assert row.status is IncidentStatus.ENDED
    special = row.next_deadline
    assert special.kind is DeadlineKind.SPECIAL_REPORT
    assert special.due == clock.now() + timedelta(days=7)
    with pytest.raises(Refused, match="已经过去"):
        take_step(ctx, incident_id=row.id, step=Step.VERIFY)
    with pytest.raises(InvalidInput, match="原因分析"):
        take_step(ctx, incident_id=row.id, step=Step.SPECIAL_REPORT,
                  parts={"facts": "x", "handling": "y"})
    parts = {key: f"{label}……" for key, label in SPECIAL_REPORT_PARTS}
    clock.advance(days=3)
    row = take_step(ctx, incident_id=row.id, step=Step.SPECIAL_REPORT, parts=parts)
    row = take_step(ctx, incident_id=row.id, step=Step.CLOSE)
    assert row.status is IncidentStatus.CLOSED
    with pytest.raises(Refused, match="已结案"):
        take_step(ctx, incident_id=row.id, step=Step.CLOSE)
    kinds = [e.kind for e in incident_detail(ctx, incident_id=row.id).timeline]
    assert kinds == [
        TimelineKind.REPORTED, TimelineKind.ESCALATED, TimelineKind.VERIFIED, TimelineKind.LAUNCHED, TimelineKind.ONSCENE,
        TimelineKind.CONTROLLED, TimelineKind.ENDED, TimelineKind.SPECIAL_REPORT,
        TimelineKind.CLOSED,
    ]
    assert all(e.actor == "测试员" for e in incident_detail(ctx, incident_id=row.id).timeline)
    assert list_open_incidents(ctx) == []


def test_a_correction_is_a_new_entry_and_the_deadline_follows(ctx, village, clock):
    row = log_incident(ctx, data=new(ctx, village))
    old_due = row.next_deadline.due
    with pytest.raises(InvalidInput, match="原因"):
        correct_time(ctx, incident_id=row.id, field_name="received_at",
                     value=clock.now() - timedelta(minutes=2), reason=" ")
    row = correct_time(ctx, incident_id=row.id, field_name="received_at",
                       value=clock.now() - timedelta(minutes=2), reason="值班记录本上写的是 9:58")
    assert row.next_deadline.due == old_due - timedelta(minutes=2)
    timeline = incident_detail(ctx, incident_id=row.id).timeline
    assert [e.kind for e in timeline] == [TimelineKind.REPORTED, TimelineKind.CORRECTION]
    assert "9:58" in timeline[1].text and timeline[1].data["field"] == "received_at"
    with pytest.raises(InvalidInput, match="早于发生时间"):
        correct_time(ctx, incident_id=row.id, field_name="received_at",
                     value=clock.now() - timedelta(hours=1), reason="试")


def test_clocks_survive_a_restart(ctx, village, clock, db_url):
    row = log_incident(ctx, data=new(ctx, village))
    ctx.db.dispose()
    clock.advance(minutes=7)
    again, _ = open_database(db_url, clock=clock)
    try:
        (reopened,) = list_open_incidents(Ctx(again, clock))
        assert reopened.next_deadline == row.next_deadline
        assert reopened.next_deadline.remaining(clock.now()) == timedelta(minutes=8)
    finally:
        again.dispose()


def test_the_assignment_and_acceptance_times_are_corrected_and_their_clock_follows(
    ctx, village, clock
):
    from xianghua_console.domain.settings import Settings
    from xianghua_console.services.assignment import assign_subcommand, record_acceptance
    from xianghua_console.services.situation import situation_at

    row = log_incident(ctx, data=new(ctx, village))  # received 10:00
    with ctx.db.read_session() as s:
        sub = s.scalar(select(Category.subcommand_id).where(Category.code == "teachers"))
    with pytest.raises(Refused, match="还没有记录"):
        correct_time(ctx, incident_id=row.id, field_name="assigned_at",
                     value=clock.now(), reason="试")
    clock.advance(minutes=3)
    assign_subcommand(ctx, incident_id=row.id, subcommand_id=sub)  # 10:03
    clock.advance(minutes=4)
    record_acceptance(ctx, incident_id=row.id, accepted_by="高明")  # 10:07
    clock.advance(minutes=5)  # 10:12
    before_corrections = clock.now()
    received = row.received_at
    minutes = Settings().acceptance_minutes

    clock.advance(minutes=1)
    row = correct_time(ctx, incident_id=row.id, field_name="assigned_at",
                       value=received + timedelta(minutes=1), reason="电话分派记录为 10:01")
    accept = next(d for d in row.deadlines if d.kind is DeadlineKind.ACCEPT)
    assert accept.due == received + timedelta(minutes=1 + minutes)  # the clock follows
    assert row.assigned_at == received + timedelta(minutes=1)
    with pytest.raises(InvalidInput, match="不能早于分派的时间"):
        correct_time(ctx, incident_id=row.id, field_name="accepted_at",
                     value=received, reason="试")
    with pytest.raises(InvalidInput, match="不能晚于分指挥部接收的时间"):
        correct_time(ctx, incident_id=row.id, field_name="assigned_at",
                     value=received + timedelta(minutes=8), reason="试")
    with pytest.raises(InvalidInput, match="不能早于接报时间"):
        correct_time(ctx, incident_id=row.id, field_name="assigned_at",
                     value=received - timedelta(minutes=1), reason="试")
    row = correct_time(ctx, incident_id=row.id, field_name="accepted_at",
                       value=received + timedelta(minutes=5), reason="分指回电时间为 10:05")
    accept = next(d for d in row.deadlines if d.kind is DeadlineKind.ACCEPT)
    assert accept.met_at == received + timedelta(minutes=5) and not accept.met_late

    timeline = incident_detail(ctx, incident_id=row.id).timeline
    corrections = [e for e in timeline if e.kind is TimelineKind.CORRECTION]
    assert [e.data["field"] for e in corrections] == ["assigned_at", "accepted_at"]
    assert "更正分派分指挥部的时间：03-05 10:03 → 03-05 10:01" in corrections[0].text
    assert corrections[1].data["reason"] == "分指回电时间为 10:05"
    # The situation before the corrections were recorded shows the times as they stood.
    then = situation_at(ctx, at=before_corrections).incidents[0]
    then_accept = next(d for d in then.deadlines if d.kind is DeadlineKind.ACCEPT)
    assert then_accept.due == received + timedelta(minutes=3 + minutes)
    assert then_accept.met_at == received + timedelta(minutes=7)
