"""Pure rules: the clock, deadlines and countdowns, settings, daily states, text widths."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

import pytest

from xianghua_console.domain.clock import LOCAL_TZ, FakeClock, local_datetime, local_today, to_local
from xianghua_console.domain.daily import daily_state, expected_on
from xianghua_console.domain.deadlines import (
    DeadlineKind,
    IncidentTimes,
    daily_cutoff,
    format_countdown,
    incident_deadlines,
    next_open_deadline,
    shift_start,
)
from xianghua_console.domain.enums import DailyReportKind, DailyState
from xianghua_console.domain.settings import Settings, SettingsError
from xianghua_console.domain.text import display_width, pinyin_initials

T0 = datetime(2027, 3, 5, 10, 0, tzinfo=LOCAL_TZ)


def test_fake_clock_moves_only_when_told():
    clock = FakeClock(T0)
    assert clock.now() == T0 and clock.now().tzinfo is UTC
    assert clock.advance(minutes=15) == T0 + timedelta(minutes=15)
    clock.set(T0)
    assert clock.now() == T0
    with pytest.raises(ValueError):
        FakeClock(datetime(2027, 3, 5, 10))  # noqa: DTZ001 - naive on purpose


def test_local_day_follows_shanghai_not_utc():
    late_utc = datetime(2027, 3, 4, 17, 0, tzinfo=UTC)  # 01:00 on the 5th in Shanghai
    assert local_today(FakeClock(late_utc)) == date(2027, 3, 5)
    assert to_local(late_utc).hour == 1
    assert local_datetime(date(2027, 3, 5), 16, 30) == datetime(2027, 3, 5, 8, 30, tzinfo=UTC)


def test_incident_clocks_follow_the_plan():
    settings = Settings()
    times = IncidentTimes(occurred_at=T0, received_at=T0 + timedelta(minutes=20))
    report, escalate = incident_deadlines(times, settings)
    assert report.kind is DeadlineKind.REPORT and report.due == T0 + timedelta(minutes=15)
    assert report.met_late  # received 20 minutes after: 迟报
    assert escalate.due == T0 + timedelta(minutes=35) and not escalate.met
    assert next_open_deadline([report, escalate]) is escalate

    ended = IncidentTimes(
        occurred_at=T0,
        received_at=T0 + timedelta(minutes=5),
        escalated_at=T0 + timedelta(minutes=12),
        ended_at=T0 + timedelta(days=1),
    )
    deadlines = incident_deadlines(ended, settings)
    special = deadlines[-1]
    assert special.kind is DeadlineKind.SPECIAL_REPORT
    assert special.due == T0 + timedelta(days=8)
    assert not deadlines[0].met_late and next_open_deadline(deadlines) is special


def test_deadlines_follow_the_settings():
    settings = Settings(report_minutes=30, special_report_days=3)
    times = IncidentTimes(occurred_at=T0, received_at=T0, ended_at=T0)
    report, _, special = incident_deadlines(times, settings)
    assert report.due == T0 + timedelta(minutes=30) and special.due == T0 + timedelta(days=3)


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(minutes=14, seconds=59), "14:59"),
        (timedelta(seconds=0), "00:00"),
        (timedelta(minutes=-3, seconds=-12), "超时 03:12"),
        (timedelta(hours=2, minutes=5), "2:05:00"),
        (timedelta(days=6, hours=23, minutes=59, seconds=1), "6天23:59:01"),
    ],
)
def test_countdown_text(delta, text):
    assert format_countdown(delta) == text


def test_cutoff_and_shift_boundary_are_local_times():
    s = Settings()
    assert to_local(daily_cutoff(date(2027, 3, 5), s)).time() == time(16, 30)
    assert to_local(shift_start(date(2027, 3, 5), s)).time() == time(8, 30)


def test_settings_round_trip_and_refuse_nonsense():
    s = Settings(town_name="香花镇", daily_cutoff=time(17, 0), office_phones=("1", "2"))
    assert Settings.from_rows(s.to_rows()) == s
    with pytest.raises(SettingsError, match="report_minutes"):
        Settings.from_rows({"report_minutes": "0"})
    with pytest.raises(SettingsError, match="daily_cutoff"):
        Settings.from_rows({"daily_cutoff": json.dumps("半夜")})
    with pytest.raises(SettingsError, match="无法读取"):
        Settings.from_rows({"report_minutes": "{"})
    with pytest.raises(SettingsError, match="备勤"):
        Settings(standby_slots_min=4, standby_slots_max=3).validate()


def test_daily_states():
    cutoff = daily_cutoff(date(2027, 3, 5), Settings())
    before, after = cutoff - timedelta(hours=1), cutoff + timedelta(minutes=1)
    args = {"cutoff": cutoff, "now": after}
    assert daily_state(kind=None, received_at=None, closed=False, **args) is DailyState.PENDING
    assert daily_state(kind=None, received_at=None, closed=True, **args) is DailyState.MISSING
    zero = DailyReportKind.ZERO
    assert daily_state(kind=zero, received_at=before, closed=False, **args) is DailyState.ZERO
    assert daily_state(kind=zero, received_at=after, closed=False, **args) is DailyState.LATE
    sit = DailyReportKind.SITUATION
    assert daily_state(kind=sit, received_at=before, closed=True, **args) is DailyState.SITUATION


def test_expectation_of_daily_reports():
    d = date(2027, 3, 5)
    common = {"active": True, "only_in_periods": False, "in_period": False}
    assert expected_on(d, expected_from=None, **common)
    assert not expected_on(d, expected_from=d + timedelta(days=1), **common)
    assert not expected_on(d, expected_from=None, active=False, only_in_periods=False, in_period=True)
    assert not expected_on(d, expected_from=None, active=True, only_in_periods=True, in_period=False)
    assert expected_on(d, expected_from=None, active=True, only_in_periods=True, in_period=True)


def test_text_helpers():
    assert pinyin_initials("东岗村") == "dgc"
    assert display_width("信访办ab") == 8


def test_alert_sequence_soon_overdue_ack_and_reminder():
    from xianghua_console.domain.alerts import Ack, AlertStage, pending_alerts
    from xianghua_console.domain.deadlines import Deadline

    due = T0 + timedelta(minutes=15)
    d = Deadline(DeadlineKind.ESCALATE, due, None)
    lead, remind = timedelta(minutes=5), timedelta(minutes=10)

    def at(now, acks=None):
        return pending_alerts([(1, "2027-0001", d)], acks or {}, now=now, lead=lead, remind=remind)

    assert at(due - timedelta(minutes=5, seconds=1)) == []
    (soon,) = at(due - timedelta(minutes=5))
    assert soon.stage is AlertStage.SOON
    acked = {(1, DeadlineKind.ESCALATE): Ack(AlertStage.SOON, due - timedelta(minutes=4))}
    assert at(due - timedelta(minutes=1), acked) == []  # acknowledged: quiet
    assert at(due, acked) == []  # at the due moment itself: not yet overdue
    (over,) = at(due + timedelta(seconds=1), acked)  # passing the deadline alerts anew
    assert over.stage is AlertStage.OVERDUE
    acked = {(1, DeadlineKind.ESCALATE): Ack(AlertStage.OVERDUE, due + timedelta(minutes=1))}
    assert at(due + timedelta(minutes=10), acked) == []
    (again,) = at(due + timedelta(minutes=11), acked)  # still open: reminds after 10 minutes
    assert again.stage is AlertStage.OVERDUE
    met = Deadline(DeadlineKind.ESCALATE, due, due + timedelta(minutes=2))
    assert pending_alerts([(1, "x", met)], {}, now=due + timedelta(hours=1), lead=lead,
                          remind=remind) == []
