"""`status`: the situation at a moment, derived from the timeline as it stood then."""

from __future__ import annotations

import json
from datetime import timedelta

from xianghua_console.cli import main
from xianghua_console.domain.clock import LOCAL_TZ
from xianghua_console.domain.enums import DailyReportKind, IncidentStatus, UnitKind
from xianghua_console.domain.lifecycle import Step
from xianghua_console.services.incident_log import (
    NewIncident,
    correct_time,
    log_incident,
    take_step,
)
from xianghua_console.services.situation import situation_at
from xianghua_console.store.models import DailyReport, Unit


def setup_units(ctx):
    with ctx.db.session() as s:
        a = Unit(name="东岗村", kind=UnitKind.VILLAGE)
        b = Unit(name="桃园村", kind=UnitKind.VILLAGE)
        s.add_all([a, b])
        s.flush()
        return a.id, b.id


def test_past_moment_undoes_later_steps_and_corrections(ctx, clock):
    unit, _ = setup_units(ctx)
    t0 = clock.now()
    row = log_incident(ctx, data=NewIncident(
        occurred_at=t0 - timedelta(minutes=4), received_at=t0, unit_id=unit, summary="反映问题"))
    clock.advance(minutes=10)
    take_step(ctx, incident_id=row.id, step=Step.VERIFY)
    clock.advance(minutes=10)
    correct_time(ctx, incident_id=row.id, field_name="received_at",
                 value=t0 - timedelta(minutes=2), reason="核对电话记录")

    early = situation_at(ctx, at=t0 + timedelta(minutes=5))
    (inc,) = early.incidents
    assert inc.status is IncidentStatus.REPORTED
    assert inc.deadlines[1].due == t0 + timedelta(minutes=15)  # before the correction

    late = situation_at(ctx, at=clock.now())
    (inc,) = late.incidents
    assert inc.status is IncidentStatus.VERIFIED
    assert inc.deadlines[1].due == t0 + timedelta(minutes=13)  # the deadline followed

    before = situation_at(ctx, at=t0 - timedelta(minutes=1))
    assert before.incidents == ()


def test_status_json_shape_and_daily_lists(ctx, clock, db_url, capsys):
    a, b = setup_units(ctx)
    t0 = clock.now()  # 10:00 local
    log_incident(ctx, data=NewIncident(
        occurred_at=t0 - timedelta(minutes=3), received_at=t0, unit_id=a, summary="反映问题"))
    with ctx.db.session() as s:
        s.add(DailyReport(unit_id=a, day=t0.astimezone(LOCAL_TZ).date(),
                          kind=DailyReportKind.ZERO, received_at=t0))
    rc = main(["status", "--db", db_url, "--json", "--at", "2027-03-05 10:15"], clock=clock,
              environ={})
    out = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert out["at"] == "2027-03-05T10:15:00+08:00"
    (inc,) = out["incidents"]
    report, escalate = inc["deadlines"]
    assert report == {"kind": "report", "due": "2027-03-05T10:12:00+08:00",
                      "met_at": "2027-03-05T10:00:00+08:00", "remaining_s": None, "overdue": False,
                      "alert": None}
    assert escalate["remaining_s"] == 0 and escalate["overdue"] is False  # due at 10:15 itself
    assert escalate["alert"] == "soon"  # within the alert lead (alert_lead_minutes), not over
    assert out["alert_lead_minutes"] == 5
    assert out["daily"]["on_time"] == ["东岗村"] and out["daily"]["zero"] == ["东岗村"]
    assert "桃园村" in out["daily"]["pending"] and out["daily"]["missing"] == []
    assert out["on_duty"] == {"leader": None, "staff": []}

    main(["status", "--db", db_url, "--json", "--at", "2027-03-05 16:31"], clock=clock, environ={})
    out = json.loads(capsys.readouterr().out)
    assert out["daily"]["pending"] == [] and "桃园村" in out["daily"]["missing"]
    assert out["incidents"][0]["deadlines"][1]["overdue"] is True
    assert out["incidents"][0]["deadlines"][1]["alert"] == "overdue"

    rc = main(["status", "--db", db_url], clock=clock, environ={})
    text = capsys.readouterr().out
    assert rc == 0 and "未结事件 1 起" in text and "报告镇主要领导截止" in text


def test_status_refuses_a_malformed_moment(db_url, clock, capsys):
    rc = main(["status", "--db", db_url, "--at", "明天"], clock=clock, environ={})
    assert rc == 2 and "YYYY-MM-DD HH:MM" in capsys.readouterr().err

