"""Alerts over stored incidents: soon, overdue, acknowledged (logged), reminded again."""

from __future__ import annotations

from datetime import timedelta

from xianghua_console.domain.alerts import AlertStage
from xianghua_console.domain.deadlines import DeadlineKind
from xianghua_console.domain.enums import TimelineKind, UnitKind
from xianghua_console.services.alerts import acknowledge_alert, current_alerts
from xianghua_console.services.incident_log import (
    NewIncident,
    incident_detail,
    log_incident,
    record_escalation,
)
from xianghua_console.store.models import Unit


def test_the_alert_sequence_on_a_fake_clock(ctx, clock):
    with ctx.db.session() as s:
        unit = Unit(name="东岗村", kind=UnitKind.VILLAGE)
        s.add(unit)
        s.flush()
        unit_id = unit.id
    row = log_incident(ctx, data=NewIncident(
        occurred_at=clock.now() - timedelta(minutes=2), received_at=clock.now(),
        unit_id=unit_id, summary="反映问题"))
    assert current_alerts(ctx) == []
    clock.advance(minutes=10)  # five minutes before the escalation deadline
    (alert,) = current_alerts(ctx)
    assert (alert.kind, alert.stage) == (DeadlineKind.ESCALATE, AlertStage.SOON)
    acknowledge_alert(ctx, incident_id=row.id, kind=alert.kind, stage=alert.stage)
    assert current_alerts(ctx) == []
    clock.advance(minutes=5, seconds=1)  # passed
    (alert,) = current_alerts(ctx)
    assert alert.stage is AlertStage.OVERDUE
    acknowledge_alert(ctx, incident_id=row.id, kind=alert.kind, stage=alert.stage)
    clock.advance(minutes=9)
    assert current_alerts(ctx) == []
    clock.advance(minutes=1)
    assert [a.stage for a in current_alerts(ctx)] == [AlertStage.OVERDUE]  # reminds again
    record_escalation(ctx, incident_id=row.id, at=clock.now(), to="镇长")
    assert current_alerts(ctx) == []
    kinds = [e.kind for e in incident_detail(ctx, incident_id=row.id).timeline]
    assert kinds.count(TimelineKind.ALERT_ACK) == 2
