"""Daily reports (信访信息日报告、零报告): who is expected, and each unit's state of the day."""

from __future__ import annotations

from datetime import date, datetime

from xianghua_console.domain.enums import DailyReportKind, DailyState


def daily_state(
    *,
    kind: DailyReportKind | None,
    received_at: datetime | None,
    cutoff: datetime,
    now: datetime,
    closed: bool,
) -> DailyState:
    """A unit's state: not yet, zero, situation, late (after the cutoff) or missing.

    A day is missing for a unit once it is closed without a report; until then an unreported
    unit is "not yet", even past the cutoff (it is chased, and becomes late when it reports).
    """
    del now  # the state does not depend on the time of looking, only on stored facts
    if kind is None or received_at is None:
        return DailyState.MISSING if closed else DailyState.PENDING
    if received_at > cutoff:
        return DailyState.LATE
    return DailyState.ZERO if kind is DailyReportKind.ZERO else DailyState.SITUATION


def expected_on(
    day: date,
    *,
    active: bool,
    expected_from: date | None,
    only_in_periods: bool,
    in_period: bool,
) -> bool:
    """Whether a unit owes a daily report on ``day``."""
    if not active:
        return False
    if expected_from is not None and day < expected_from:
        return False
    return in_period or not only_in_periods
