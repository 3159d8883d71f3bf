"""Deadlines computed from stored timestamps and the settings (DOMAIN.md "Deadlines").

A deadline lives in the data, never in a widget: the same stored times give the same due
times on every workstation, after every restart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from xianghua_console.domain.clock import local_datetime
from xianghua_console.domain.settings import Settings

#: An entry written this long after the incident was received says so on the timeline.
LATE_ENTRY = timedelta(minutes=15)


class DeadlineKind(StrEnum):
    REPORT = "report"
    ESCALATE = "escalate"
    ACCEPT = "accept"
    SPECIAL_REPORT = "special_report"

    @property
    def label(self) -> str:
        return {
            "report": "报告信访办",
            "escalate": "报告镇主要领导",
            "accept": "分指挥部接收",
            "special_report": "提交专题报告",
        }[self.value]


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due: datetime
    met_at: datetime | None

    @property
    def met(self) -> bool:
        return self.met_at is not None

    @property
    def met_late(self) -> bool:
        return self.met_at is not None and self.met_at > self.due

    def overdue(self, now: datetime) -> bool:
        """Unmet past its due time, or met after it. At the due moment itself: not yet."""
        if self.met_at is not None:
            return self.met_at > self.due
        return now > self.due

    def remaining(self, now: datetime) -> timedelta:
        """Time left before ``due`` (negative once overdue)."""
        return self.due - now


@dataclass(frozen=True)
class IncidentTimes:
    """The stored timestamps an incident's clocks depend on."""

    occurred_at: datetime
    received_at: datetime
    escalated_at: datetime | None = None
    ended_at: datetime | None = None
    special_report_at: datetime | None = None
    assigned_at: datetime | None = None  # assigned to a sub-command (分派)
    accepted_at: datetime | None = None  # the sub-command accepted it (接收)


def incident_deadlines(times: IncidentTimes, settings: Settings) -> list[Deadline]:
    """Every deadline that applies to an incident now, in the order of the plan.

    Report and escalation always apply; acceptance once the incident is assigned to a
    sub-command; the special report once the end is declared.
    """
    out = [
        Deadline(
            DeadlineKind.REPORT,
            times.occurred_at + timedelta(minutes=settings.report_minutes),
            times.received_at,
        ),
        Deadline(
            DeadlineKind.ESCALATE,
            times.received_at + timedelta(minutes=settings.escalate_minutes),
            times.escalated_at,
        ),
    ]
    if times.assigned_at is not None:
        out.append(
            Deadline(
                DeadlineKind.ACCEPT,
                times.assigned_at + timedelta(minutes=settings.acceptance_minutes),
                times.accepted_at,
            )
        )
    if times.ended_at is not None:
        out.append(
            Deadline(
                DeadlineKind.SPECIAL_REPORT,
                times.ended_at + timedelta(days=settings.special_report_days),
                times.special_report_at,
            )
        )
    return out


def next_open_deadline(deadlines: list[Deadline]) -> Deadline | None:
    """The earliest deadline not yet met, or None when nothing is counting."""
    pending = [d for d in deadlines if not d.met]
    return min(pending, key=lambda d: d.due) if pending else None


def daily_cutoff(day: date, settings: Settings) -> datetime:
    """The UTC instant of the day's daily-report cutoff (16:30 local by default)."""
    return local_datetime(day, settings.daily_cutoff.hour, settings.daily_cutoff.minute)


def shift_start(day: date, settings: Settings) -> datetime:
    """When the 24-hour duty shift named by ``day`` starts (08:30 local by default)."""
    return local_datetime(day, settings.shift_boundary.hour, settings.shift_boundary.minute)


def format_countdown(remaining: timedelta) -> str:
    """``mm:ss`` (``h:mm:ss`` past an hour, days past a day); overdue counts up as 超时."""
    seconds = int(remaining.total_seconds())
    overdue = seconds < 0
    seconds = abs(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        text = f"{days}天{hours:02d}:{minutes:02d}:{secs:02d}"
    elif hours:
        text = f"{hours}:{minutes:02d}:{secs:02d}"
    else:
        text = f"{minutes:02d}:{secs:02d}"
    return f"超时 {text}" if overdue else text
