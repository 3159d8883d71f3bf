"""The alerts to show now, read narrowly enough to ask every few seconds.

Gives exactly what ``services.alerts.current_alerts`` gives — the same deadlines (from
``domain.deadlines``), the same acknowledgements and the same rule (``domain.alerts``) — but
reads only the timestamps the clocks depend on, not whole incidents with their unit, category
and sub-command: with a thousand open incidents that is the difference between a poll costing
a few milliseconds and one costing a hundred.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import timedelta

from sqlalchemy import select

from xianghua_console.domain.alerts import Ack, Alert, AlertStage, pending_alerts
from xianghua_console.domain.deadlines import DeadlineKind, IncidentTimes, incident_deadlines
from xianghua_console.domain.enums import IncidentStatus, TimelineKind
from xianghua_console.services.context import Ctx, load_settings
from xianghua_console.store.models import Incident, TimelineEntry

#: The stored times the clocks depend on: IncidentTimes names them as Incident's columns, so a
#: clock added to the domain is read here without a change.
_TIMES = tuple(f.name for f in fields(IncidentTimes))


def poll_alerts(ctx: Ctx) -> list[Alert]:
    """The alerts to show now over every open incident, honouring acknowledgements."""
    with ctx.db.read_session() as session:
        settings = load_settings(session)
        incidents = session.execute(
            select(
                Incident.id, Incident.number, *(getattr(Incident, name) for name in _TIMES)
            ).where(Incident.status != IncidentStatus.CLOSED)
        ).all()
        acks: dict[tuple[int, DeadlineKind], Ack] = {}
        for incident_id, data, recorded_at in session.execute(
            select(TimelineEntry.incident_id, TimelineEntry.data, TimelineEntry.recorded_at)
            .join(Incident)
            .where(
                TimelineEntry.kind == TimelineKind.ALERT_ACK,
                Incident.status != IncidentStatus.CLOSED,
            )
            .order_by(TimelineEntry.seq)
        ):
            acks[(incident_id, DeadlineKind(data["deadline"]))] = Ack(
                AlertStage(data["stage"]), recorded_at
            )
    deadlines = [
        (i.id, i.number, d)
        for i in incidents
        for d in incident_deadlines(IncidentTimes(*i[2:]), settings)
    ]
    return pending_alerts(
        deadlines,
        acks,
        now=ctx.clock.now(),
        lead=timedelta(minutes=settings.alert_lead_minutes),
        remind=timedelta(minutes=settings.alert_remind_minutes),
    )
