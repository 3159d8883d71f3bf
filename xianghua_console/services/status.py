"""What the status bar shows: who is on duty now and the day's reporting cutoff."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from xianghua_console.services.context import Ctx
from xianghua_console.services.daily import daily_board
from xianghua_console.services.roster import ShiftRow, on_duty_now


@dataclass(frozen=True)
class StatusSnapshot:
    shift: ShiftRow | None
    cutoff: datetime
    expected_units: int
    not_reported: int
    day_closed: bool


def status_snapshot(ctx: Ctx) -> StatusSnapshot:
    """The leader and staff on duty now, and today's cutoff with the units not yet reported."""
    board = daily_board(ctx)
    return StatusSnapshot(
        shift=on_duty_now(ctx),
        cutoff=board.cutoff,
        expected_units=len(board.rows),
        not_reported=board.not_reported,
        day_closed=board.closed,
    )
