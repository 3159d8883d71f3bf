"""When the console must raise an alert for a deadline, and when an acknowledgement holds.

A deadline alerts twice: when it is ``lead`` away (SOON) and when it passes (OVERDUE).
Acknowledging an alert silences that incident's deadline at that stage; while the deadline
stays open it reminds again ``remind`` after the acknowledgement. Pure: the caller hands in
the open deadlines, the stored acknowledgements and the time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from xianghua_console.domain.deadlines import Deadline, DeadlineKind


class AlertStage(StrEnum):
    SOON = "soon"
    OVERDUE = "overdue"

    @property
    def rank(self) -> int:
        return 0 if self is AlertStage.SOON else 1


@dataclass(frozen=True)
class Ack:
    stage: AlertStage
    at: datetime


@dataclass(frozen=True)
class Alert:
    incident_id: int
    number: str
    kind: DeadlineKind
    stage: AlertStage
    due: datetime

    @property
    def key(self) -> tuple[int, DeadlineKind]:
        return (self.incident_id, self.kind)


def stage_at(deadline: Deadline, now: datetime, lead: timedelta) -> AlertStage | None:
    """The alert stage of an open deadline at ``now``, or None when it need not alert yet."""
    if deadline.met:
        return None
    if now > deadline.due:
        return AlertStage.OVERDUE
    if now >= deadline.due - lead:
        return AlertStage.SOON
    return None


def pending_alerts(
    deadlines: Iterable[tuple[int, str, Deadline]],
    acks: Mapping[tuple[int, DeadlineKind], Ack],
    *,
    now: datetime,
    lead: timedelta,
    remind: timedelta,
) -> list[Alert]:
    """Alerts to show now, most pressing first (overdue before soon, then by due time)."""
    out = []
    for incident_id, number, deadline in deadlines:
        stage = stage_at(deadline, now, lead)
        if stage is None:
            continue
        ack = acks.get((incident_id, deadline.kind))
        if ack is not None and ack.stage.rank >= stage.rank and now < ack.at + remind:
            continue  # acknowledged at this stage (or a later one) and not yet due to remind
        out.append(Alert(incident_id, number, deadline.kind, stage, deadline.due))
    return sorted(out, key=lambda a: (-a.stage.rank, a.due, a.number))
