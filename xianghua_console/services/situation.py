"""The situation at a moment: open incidents with their clocks, who was on duty, daily reports.

A past moment is derived from the timeline as it stood then: steps, escalations and
corrections recorded after the moment are undone, so the answer is what the office's record
showed at that time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from xianghua_console.domain.alerts import stage_at
from xianghua_console.domain.clock import to_local
from xianghua_console.domain.deadlines import (
    Deadline,
    IncidentTimes,
    incident_deadlines,
    next_open_deadline,
)
from xianghua_console.domain.enums import DailyReportKind, DailyState, IncidentStatus, TimelineKind
from xianghua_console.services.context import Ctx, load_settings
from xianghua_console.services.daily import daily_board
from xianghua_console.services.incidents import urgency_key
from xianghua_console.services.roster import ShiftRow, on_duty_now
from xianghua_console.store.models import Incident

STATUS_OF_ENTRY = {
    TimelineKind.REPORTED: IncidentStatus.REPORTED,
    TimelineKind.VERIFIED: IncidentStatus.VERIFIED,
    TimelineKind.LAUNCHED: IncidentStatus.LAUNCHED,
    TimelineKind.ONSCENE: IncidentStatus.ONSCENE,
    TimelineKind.CONTROLLED: IncidentStatus.CONTROLLED,
    TimelineKind.ENDED: IncidentStatus.ENDED,
    TimelineKind.SPECIAL_REPORT: IncidentStatus.SPECIAL_REPORT,
    TimelineKind.CLOSED: IncidentStatus.CLOSED,
}
TIME_OF_ENTRY = {
    TimelineKind.ESCALATED: "escalated_at",
    TimelineKind.ENDED: "ended_at",
    TimelineKind.SPECIAL_REPORT: "special_report_at",
    TimelineKind.ACCEPTED: "accepted_at",
}


@dataclass(frozen=True)
class SituationIncident:
    number: str
    status: IncidentStatus
    unit: str
    category: str
    subcommand: str
    weight: str
    deadlines: tuple[Deadline, ...]

    @property
    def next_deadline(self) -> Deadline | None:
        return next_open_deadline(list(self.deadlines))


@dataclass(frozen=True)
class Situation:
    at: datetime
    shift: ShiftRow | None
    incidents: tuple[SituationIncident, ...]
    daily: dict[str, Any]
    alert_lead: timedelta = timedelta(minutes=5)  # the settings' alert_lead_minutes

    def alert(self, deadline: Deadline) -> str | None:
        """``"soon"`` within the alert lead of its due time, ``"overdue"`` once passed, None
        otherwise or when met: the alerts' stages (and the panel's amber and red)."""
        stage = stage_at(deadline, self.at, self.alert_lead)
        return stage.value if stage is not None else None

    def to_json(self) -> dict[str, Any]:
        """The ``status --json`` object; ISO times carry their +08:00 offset.

        Beside the keys of the issue, each deadline says its ``alert`` stage (``"soon"``,
        ``"overdue"`` or null) under the settings' lead, given as ``alert_lead_minutes``."""
        leader = self.shift.leader[0] if self.shift and self.shift.leader else None
        return {
            "at": _iso(self.at),
            "on_duty": {
                "leader": {"name": leader.name, "phone": leader.phone} if leader else None,
                "staff": [{"name": p.name, "phone": p.phone} for p in self.shift.duty]
                if self.shift
                else [],
            },
            "incidents": [
                {
                    "number": i.number,
                    "status": i.status.value,
                    "unit": i.unit,
                    "category": i.category,
                    "subcommand": i.subcommand,
                    "weight": i.weight,
                    "deadlines": [
                        {
                            "kind": d.kind.value,
                            "due": _iso(d.due),
                            "met_at": _iso(d.met_at) if d.met_at else None,
                            "remaining_s": None
                            if d.met
                            else int(d.remaining(self.at).total_seconds()),
                            "overdue": d.overdue(self.at),
                            "alert": self.alert(d),
                        }
                        for d in i.deadlines
                    ],
                }
                for i in self.incidents
            ],
            "daily": self.daily,
            "alert_lead_minutes": int(self.alert_lead.total_seconds() // 60),
        }


def situation_at(ctx: Ctx, *, at: datetime | None = None) -> Situation:
    """The situation at ``at`` (default: the clock's now)."""
    at = at or ctx.clock.now()
    with ctx.db.read_session() as session:
        settings = load_settings(session)
        incidents = session.scalars(
            select(Incident)
            .where(Incident.created_at <= at)
            .options(
                selectinload(Incident.unit),
                selectinload(Incident.category),
                selectinload(Incident.subcommand),
                selectinload(Incident.timeline),
            )
        ).all()
        rows = []
        for incident in incidents:
            status, times = _as_it_stood(incident, at)
            if status is IncidentStatus.CLOSED:
                continue
            rows.append(
                SituationIncident(
                    number=incident.number,
                    status=status,
                    unit=incident.unit.name,
                    category=incident.category.name if incident.category else "",
                    subcommand=incident.subcommand.short_name if incident.subcommand else "",
                    weight=incident.weight.value,
                    deadlines=tuple(incident_deadlines(times, settings)),
                )
            )
    rows.sort(key=urgency_key)  # type: ignore[arg-type]
    board = daily_board(ctx, day=to_local(at).date(), as_of=at)
    by_state = {s: [r.unit for r in board.rows if r.state is s] for s in DailyState}
    unreported = by_state[DailyState.PENDING] + by_state[DailyState.MISSING]
    past_cutoff = at > board.cutoff
    daily = {
        "date": board.day.isoformat(),
        "cutoff": _iso(board.cutoff),
        "on_time": by_state[DailyState.ZERO] + by_state[DailyState.SITUATION],
        "late": by_state[DailyState.LATE],
        "zero": [r.unit for r in board.rows if r.report_kind is DailyReportKind.ZERO],
        "pending": [] if past_cutoff else unreported,
        "missing": unreported if past_cutoff else [],
    }
    return Situation(at=at, shift=on_duty_now(ctx, at=at), incidents=tuple(rows), daily=daily,
                     alert_lead=timedelta(minutes=settings.alert_lead_minutes))


def _as_it_stood(incident: Incident, at: datetime) -> tuple[IncidentStatus, IncidentTimes]:
    """Status and times at ``at``: later entries and corrections are undone."""
    values = {
        "occurred_at": incident.occurred_at,
        "received_at": incident.received_at,
        "escalated_at": incident.escalated_at,
        "ended_at": incident.ended_at,
        "special_report_at": incident.special_report_at,
        "assigned_at": incident.assigned_at,
        "accepted_at": incident.accepted_at,
    }
    status = IncidentStatus.REPORTED
    for entry in sorted(incident.timeline, key=lambda e: e.seq, reverse=True):
        if entry.recorded_at <= at:
            continue
        if entry.kind is TimelineKind.CORRECTION:
            values[entry.data["field"]] = datetime.fromisoformat(entry.data["old"])
        elif entry.kind is TimelineKind.ASSIGNED:
            # An assignment entry keeps the clock it replaced (services.assignment writes it).
            for key in ("assigned_at", "accepted_at"):
                old = entry.data.get(f"previous_{key}")
                values[key] = datetime.fromisoformat(old) if old else None
        elif entry.kind in TIME_OF_ENTRY:
            values[TIME_OF_ENTRY[entry.kind]] = None
    for entry in sorted(incident.timeline, key=lambda e: e.seq):
        if entry.recorded_at <= at and entry.kind in STATUS_OF_ENTRY:
            status = STATUS_OF_ENTRY[entry.kind]
    return status, IncidentTimes(**values)


def _iso(when: datetime) -> str:
    return to_local(when).isoformat(timespec="seconds")
