"""Deadline alerts: which are due now, and acknowledging one (logged on the timeline)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from xianghua_console.domain.alerts import Ack, Alert, AlertStage, pending_alerts
from xianghua_console.domain.deadlines import DeadlineKind
from xianghua_console.domain.enums import IncidentStatus, TimelineKind
from xianghua_console.domain.permissions import Action
from xianghua_console.services.context import Ctx, Refused, audit, load_settings, require
from xianghua_console.services.incident_log import append_entry
from xianghua_console.services.incidents import list_open_incidents
from xianghua_console.store.models import Incident, TimelineEntry


def current_alerts(ctx: Ctx) -> list[Alert]:
    """The alerts to show now, over every open incident, honouring acknowledgements."""
    rows = list_open_incidents(ctx)
    with ctx.db.read_session() as session:
        settings = load_settings(session)
        acks: dict[tuple[int, DeadlineKind], Ack] = {}
        for entry in session.scalars(
            select(TimelineEntry)
            .join(Incident)
            .where(
                TimelineEntry.kind == TimelineKind.ALERT_ACK,
                Incident.status != IncidentStatus.CLOSED,
            )
            .order_by(TimelineEntry.seq)
        ):
            key = (entry.incident_id, DeadlineKind(entry.data["deadline"]))
            acks[key] = Ack(AlertStage(entry.data["stage"]), entry.recorded_at)
    return pending_alerts(
        [(row.id, row.number, d) for row in rows for d in row.deadlines],
        acks,
        now=ctx.clock.now(),
        lead=timedelta(minutes=settings.alert_lead_minutes),
        remind=timedelta(minutes=settings.alert_remind_minutes),
    )


def acknowledge_alert(
    ctx: Ctx, *, incident_id: int, kind: DeadlineKind, stage: AlertStage
) -> None:
    """Silence an incident's deadline alert at its stage; logged with who and when."""
    require(ctx, Action.ACK_ALERT)
    with ctx.db.session() as session:
        incident = session.get(Incident, incident_id)
        if incident is None:
            raise Refused("找不到这起事件，可能已被删除。")
        stage_text = "即将到期" if stage is AlertStage.SOON else "已超时"
        append_entry(
            session,
            ctx,
            incident,
            TimelineKind.ALERT_ACK,
            ctx.clock.now(),
            f"确认提醒：{kind.label}{stage_text}",
            {"deadline": kind.value, "stage": stage.value},
        )
        audit(session, ctx, action="alert.ack", entity="incident", entity_id=incident.number,
              after={"deadline": kind.value, "stage": stage.value})
