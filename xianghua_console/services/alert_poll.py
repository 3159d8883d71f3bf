"""The alerts to show now, read narrowly enough to ask every few seconds.

Gives exactly what ``services.alerts.current_alerts`` gives — the same deadlines (from
``domain.deadlines``), the same acknowledgements and the same rule (``domain.alerts``) — but
reads only the timestamps the clocks depend on, not whole incidents with their unit, category
and sub-command: with a thousand open incidents that is the difference between a poll costing
a few milliseconds and one costing a hundred.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from sqlalchemy import select

from xianghua_console.domain.alerts import Ack, Alert, AlertStage, pending_alerts
from xianghua_console.domain.deadlines import (
    Deadline,
    DeadlineKind,
    IncidentTimes,
    incident_deadlines,
)
from xianghua_console.domain.enums import IncidentStatus, TimelineKind
from xianghua_console.services.context import Ctx, load_settings
from xianghua_console.store.models import Incident, TimelineEntry

#: The stored times the clocks depend on: IncidentTimes names them as Incident's columns, so a
#: clock added to the domain is read here without a change.
_TIMES = tuple(f.name for f in fields(IncidentTimes))


def poll_alerts(ctx: Ctx) -> list[Alert]:
    """The alerts to show now over every open incident, honouring acknowledgements."""
    return alert_inputs(ctx).alerts_at(ctx.clock.now())


@dataclass(frozen=True)
class AlertInputs:
    """What the alerts depend on, as read at one moment: the open deadlines, the
    acknowledgements, the lead and the reminder interval. :meth:`alerts_at` applies the rule
    (``domain.alerts.pending_alerts``) at any later moment without reading again — the
    console does so when a countdown crosses a boundary between two reads."""

    deadlines: tuple[tuple[int, str, Deadline], ...]  # unmet, by the time they start alerting
    starts: tuple[float, ...]  # when each of them starts alerting (due - lead), as timestamps
    acks: dict[tuple[int, DeadlineKind], Ack]
    lead: timedelta
    remind: timedelta

    def alerts_at(self, now: datetime) -> list[Alert]:
        """The alerts to show at ``now``: the rule over the deadlines already alerting."""
        alerting = self.deadlines[: bisect.bisect_right(self.starts, now.timestamp())]
        return pending_alerts(alerting, self.acks, now=now, lead=self.lead, remind=self.remind)


def alert_inputs(ctx: Ctx) -> AlertInputs:
    """Read what the alerts depend on (narrowly: the clocks' timestamps, the acks)."""
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
    lead = timedelta(minutes=settings.alert_lead_minutes)
    deadlines = sorted(
        (
            (i.id, i.number, d)
            for i in incidents
            for d in incident_deadlines(IncidentTimes(*i[2:]), settings)
            if not d.met  # a met deadline never alerts
        ),
        key=lambda entry: entry[2].due,
    )
    return AlertInputs(
        deadlines=tuple(deadlines),
        starts=tuple((d.due - lead).timestamp() for _i, _n, d in deadlines),
        acks=acks,
        lead=lead,
        remind=timedelta(minutes=settings.alert_remind_minutes),
    )
