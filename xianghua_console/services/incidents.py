"""Reading incidents for the panel: the open ones with their clocks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from xianghua_console.domain.deadlines import (
    Deadline,
    IncidentTimes,
    incident_deadlines,
    next_open_deadline,
)
from xianghua_console.domain.enums import IncidentStatus, Weight
from xianghua_console.domain.settings import Settings
from xianghua_console.services.context import Ctx, load_settings
from xianghua_console.store.models import Incident


@dataclass(frozen=True)
class IncidentRow:
    id: int
    number: str
    occurred_at: datetime
    received_at: datetime
    unit: str
    category: str
    subcommand: str
    weight: Weight
    status: IncidentStatus
    people_count: int
    summary: str
    deadlines: tuple[Deadline, ...]
    next_deadline: Deadline | None
    version: int = 0  # the record's version as read: send it back as ``expected_version``
    # The rest of the record's own times and names, as the conflict dialog compares them
    # (services.incident_log.incident_values); the panel does not show them.
    escalated_at: datetime | None = None
    escalated_to: str = ""
    county_reported_at: datetime | None = None
    assigned_at: datetime | None = None
    accepted_at: datetime | None = None
    accepted_by: str = ""
    ended_at: datetime | None = None
    special_report_at: datetime | None = None
    closed_at: datetime | None = None
    # Read only for one incident at a time (services.incident_log.record_row: a conflict, the
    # assignment and on-scene dialogs); None on the panel's rows, which do not read them.
    groups: str | None = None
    member_units: str | None = None
    onscene: str | None = None

    @property
    def reported_late(self) -> bool:
        """迟报: the office received it after the report deadline."""
        return self.deadlines[0].met_late


def list_open_incidents(ctx: Ctx) -> list[IncidentRow]:
    """Every incident that is not closed, most urgent (earliest open deadline) first."""
    return panel_rows(ctx).rows


@dataclass(frozen=True)
class PanelRows:
    """What the incident panel reads at once: the open incidents and when their countdowns
    turn amber (the settings' ``alert_lead_minutes``, the lead the alerts use too)."""

    rows: list[IncidentRow]
    alert_lead_minutes: int


def panel_rows(ctx: Ctx) -> PanelRows:
    """The open incidents, most urgent first, with the alert lead of the settings."""
    with ctx.db.read_session() as session:
        settings = load_settings(session)
        incidents = session.scalars(
            select(Incident)
            .where(Incident.status != IncidentStatus.CLOSED)
            .options(
                selectinload(Incident.unit),
                selectinload(Incident.category),
                selectinload(Incident.subcommand),
            )
        ).all()
        rows = [incident_row(i, settings) for i in incidents]
    return PanelRows(sorted(rows, key=urgency_key), settings.alert_lead_minutes)


def urgency_key(row: IncidentRow) -> tuple:
    """A stable order: rows with a counting clock by due time, then the rest by number."""
    nxt = row.next_deadline
    if nxt is None:
        return (1, 0.0, row.number)
    return (0, nxt.due.timestamp(), row.number)


def incident_row(incident: Incident, settings: Settings) -> IncidentRow:
    """The panel's row of one loaded incident, with its clocks."""
    deadlines = tuple(
        incident_deadlines(
            IncidentTimes(
                occurred_at=incident.occurred_at,
                received_at=incident.received_at,
                escalated_at=incident.escalated_at,
                ended_at=incident.ended_at,
                special_report_at=incident.special_report_at,
                assigned_at=incident.assigned_at,
                accepted_at=incident.accepted_at,
            ),
            settings,
        )
    )
    return IncidentRow(
        id=incident.id,
        number=incident.number,
        occurred_at=incident.occurred_at,
        received_at=incident.received_at,
        unit=incident.unit.name,
        category=incident.category.name if incident.category else "",
        subcommand=incident.subcommand.short_name if incident.subcommand else "",
        weight=incident.weight,
        status=incident.status,
        people_count=incident.people_count,
        summary=incident.summary,
        deadlines=deadlines,
        next_deadline=next_open_deadline(list(deadlines)),
        version=incident.version,
        escalated_at=incident.escalated_at,
        escalated_to=incident.escalated_to,
        county_reported_at=incident.county_reported_at,
        assigned_at=incident.assigned_at,
        accepted_at=incident.accepted_at,
        accepted_by=incident.accepted_by,
        ended_at=incident.ended_at,
        special_report_at=incident.special_report_at,
        closed_at=incident.closed_at,
    )
