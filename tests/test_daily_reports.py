"""Daily reports: zero reports, situations, closing a day, corrections, the chase list."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from xianghua_console.domain.clock import LOCAL_TZ
from xianghua_console.domain.enums import DailyReportKind, DailyState, UnitKind
from xianghua_console.services.context import Refused
from xianghua_console.services.daily import daily_board
from xianghua_console.services.daily_reports import (
    close_day,
    correct_daily_report,
    link_incident,
    record_situation,
    record_zero_report,
)
from xianghua_console.services.incident_log import InvalidInput, log_incident
from xianghua_console.services.units import add_unit
from xianghua_console.store.models import AuditEntry, DailyReport, DutyPeriod, Setting, Unit

FRIDAY = date(2027, 3, 5)


def _unit(ctx, name: str) -> int:
    with ctx.db.read_session() as s:
        return s.scalar(select(Unit.id).where(Unit.name == name))


@pytest.fixture
def villages(ctx):
    """Two villages expected from well before the day under test, and no other unit."""
    with ctx.db.session() as s:
        for unit in s.scalars(select(Unit)):
            unit.active = False  # the plan's town units: kept out to keep the boards small
        for order, name in enumerate(("东岗村", "桃园村")):
            s.add(Unit(name=name, kind=UnitKind.VILLAGE, info_officer=f"{name[:2]}信息员",
                       info_officer_phone=f"1390000000{order}", expected_from=date(2027, 2, 1),
                       sort_order=order))
    return _unit(ctx, "东岗村"), _unit(ctx, "桃园村")


def test_a_zero_report_is_one_call_stamped_with_clock_and_actor(ctx, clock, villages):
    a, _ = villages
    clock.set(datetime(2027, 3, 5, 9, 12, tzinfo=LOCAL_TZ))
    rec = record_zero_report(ctx, unit_id=a)
    assert rec.kind is DailyReportKind.ZERO and rec.day == FRIDAY and not rec.late
    assert rec.received_at == clock.now() and rec.taken_by == "测试员"
    row = next(r for r in daily_board(ctx).rows if r.unit_id == a)
    assert row.state is DailyState.ZERO and row.report_id == rec.id
    with ctx.db.read_session() as s:
        assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc())) == "daily.zero"


def test_a_second_report_of_the_same_day_is_refused(ctx, villages):
    a, _ = villages
    record_zero_report(ctx, unit_id=a)
    with pytest.raises(Refused, match="更正"):
        record_situation(ctx, unit_id=a, content="新情况")


def test_a_situation_needs_content_and_urgent_returns_the_incident_prefill(ctx, clock, villages):
    a, b = villages
    with pytest.raises(InvalidInput) as err:
        record_situation(ctx, unit_id=a, content="   ")
    assert "content" in err.value.errors and "内容" in str(err.value)
    plain = record_situation(ctx, unit_id=a, content="村民反映灌溉渠道渗漏。")
    assert plain.incident_prefill is None
    urgent = record_situation(ctx, unit_id=b, content="二十余名群众在村委会聚集。", urgent=True)
    pre = urgent.incident_prefill
    assert pre is not None
    assert (pre.unit_id, pre.received_at, pre.summary) == (b, clock.now(), "二十余名群众在村委会聚集。")
    assert pre.occurred_at is None and pre.reporter_name == "桃园信息员"
    # the dialog completes it; the incident is then tied to the report
    from dataclasses import replace

    row = log_incident(ctx, data=replace(pre, occurred_at=clock.now() - timedelta(minutes=5)))
    link_incident(ctx, report_id=urgent.id, incident_id=row.id)
    board_row = next(r for r in daily_board(ctx).rows if r.unit_id == b)
    assert board_row.incident_id == row.id and board_row.urgent


def test_after_the_cutoff_a_report_is_late_and_the_unreported_are_not_yet_missing(
    ctx, clock, villages
):
    a, b = villages
    clock.set(datetime(2027, 3, 5, 16, 45, tzinfo=LOCAL_TZ))
    assert record_zero_report(ctx, unit_id=a).late
    board = daily_board(ctx)
    states = {r.unit_id: r.state for r in board.rows}
    assert states == {a: DailyState.LATE, b: DailyState.PENDING}
    assert [c.unit_id for c in board.chase_list] == [b]
    assert board.chase_list[0].phone == "13900000001"
    assert board.remaining(clock.now()) == timedelta(minutes=-15)


def test_closing_freezes_the_day_and_turns_the_unreported_into_missing(ctx, clock, villages):
    a, b = villages
    record_zero_report(ctx, unit_id=a)
    with pytest.raises(Refused, match="截止时间 16:30 之后"):
        close_day(ctx)
    clock.set(datetime(2027, 3, 5, 18, 0, tzinfo=LOCAL_TZ))
    closed = close_day(ctx)
    assert closed.missing == ("桃园村",) and closed.expected == 2 and closed.closed_by == "测试员"
    board = daily_board(ctx)
    assert board.closed and board.chase_list == ()
    assert {r.unit_id: r.state for r in board.rows} == {a: DailyState.ZERO, b: DailyState.MISSING}
    with pytest.raises(Refused, match="已关账"):
        record_zero_report(ctx, unit_id=b, day=FRIDAY)
    with pytest.raises(Refused, match="已经关账"):
        close_day(ctx, day=FRIDAY)


def test_a_correction_after_closing_is_a_new_row_with_its_reason(ctx, clock, villages):
    a, _ = villages
    first = record_zero_report(ctx, unit_id=a)
    clock.set(datetime(2027, 3, 5, 18, 0, tzinfo=LOCAL_TZ))
    close_day(ctx)
    with pytest.raises(InvalidInput, match="原因"):
        correct_daily_report(ctx, report_id=first.id, reason=" ", kind=DailyReportKind.SITUATION,
                             content="x")
    with pytest.raises(InvalidInput, match="内容"):
        correct_daily_report(ctx, report_id=first.id, reason="记错", kind=DailyReportKind.SITUATION)
    fixed = correct_daily_report(ctx, report_id=first.id, reason="接报时误记为平安",
                                 kind=DailyReportKind.SITUATION, content="有群众咨询低保政策。")
    assert fixed.supersedes_id == first.id and fixed.received_at == first.received_at
    with ctx.db.read_session() as s:
        old = s.get(DailyReport, first.id)
        assert old.kind is DailyReportKind.ZERO and old.content == ""  # never edited
        assert s.get(DailyReport, fixed.id).reason == "接报时误记为平安"
    row = next(r for r in daily_board(ctx).rows if r.unit_id == a)
    assert row.state is DailyState.SITUATION and row.corrected and row.report_id == fixed.id
    with pytest.raises(Refused, match="最新"):
        correct_daily_report(ctx, report_id=first.id, reason="再改", content="y")
    # the time it came in can be corrected too, and lateness follows it
    late = correct_daily_report(ctx, report_id=fixed.id, reason="实为傍晚来电",
                                received_at=datetime(2027, 3, 5, 17, 10, tzinfo=LOCAL_TZ))
    assert late.late
    assert next(r for r in daily_board(ctx).rows if r.unit_id == a).state is DailyState.LATE


def test_a_unit_added_later_is_expected_from_the_day_it_was_added(ctx, clock, villages):
    clock.set(datetime(2027, 3, 5, 9, 0, tzinfo=LOCAL_TZ))
    new = add_unit(ctx, name="新村", kind=UnitKind.VILLAGE, info_officer="甲", phone="1")
    assert new.expected_from == FRIDAY
    assert new.id in [r.unit_id for r in daily_board(ctx).rows]
    assert new.id not in [r.unit_id for r in daily_board(ctx, day=date(2027, 3, 4)).rows]
    with pytest.raises(Refused, match="3月5日起"):
        record_zero_report(ctx, unit_id=new.id, day=date(2027, 3, 4))
    with pytest.raises(InvalidInput, match="已有"):
        add_unit(ctx, name="新村", kind=UnitKind.VILLAGE)


def test_the_duty_period_setting_limits_the_expectation(ctx, villages):
    a, _ = villages
    with ctx.db.session() as s:
        s.merge(Setting(key="daily_reports_only_in_duty_periods", value="true"))
    assert daily_board(ctx).rows == ()
    with pytest.raises(Refused, match="不在值班期内"):
        record_zero_report(ctx, unit_id=a)
    with ctx.db.session() as s:
        s.add(DutyPeriod(name="两会", start_date=date(2027, 3, 1), end_date=date(2027, 3, 15),
                         daily_reports_from=date(2027, 3, 3)))
    assert len(daily_board(ctx).rows) == 2
    assert daily_board(ctx, day=date(2027, 3, 2)).rows == ()  # before reporting starts
    record_zero_report(ctx, unit_id=a)


def test_future_days_and_unknown_units_are_refused(ctx, villages):
    a, _ = villages
    with pytest.raises(InvalidInput, match="以后"):
        record_zero_report(ctx, unit_id=a, day=date(2027, 3, 6))
    with pytest.raises(Refused, match="找不到"):
        record_zero_report(ctx, unit_id=9999)
