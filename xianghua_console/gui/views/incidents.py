"""事件: the open incidents with their live deadline countdowns (STYLE.md habit 5).

Rows hold absolute deadlines; ``data()`` formats ``due - clock.now()``. One timer owned by the
model emits one ``dataChanged`` over the countdown column per second and stops when nothing
counts. The proxy sorts by the due time (:data:`SortRole`) of the 下一时限 column, which never
changes on a tick, so a tick costs the proxy no re-sort.
"""

from __future__ import annotations

from datetime import timedelta
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QWidget

from xianghua_console.domain.clock import Clock
from xianghua_console.domain.deadlines import Deadline, format_countdown
from xianghua_console.domain.enums import Weight
from xianghua_console.gui import fmt
from xianghua_console.gui.ops import DbDoor
from xianghua_console.gui.views.base import (
    DataView,
    Palette,
    RowsModel,
    SortRole,
    bold_font,
    make_proxy,
)
from xianghua_console.services.incidents import IncidentRow, list_open_incidents

(
    COL_NUMBER,
    COL_OCCURRED,
    COL_UNIT,
    COL_CATEGORY,
    COL_SUBCOMMAND,
    COL_WEIGHT,
    COL_STATUS,
    COL_DUE,
    COL_COUNTDOWN,
    COL_SUMMARY,
) = range(10)

#: A countdown turns amber this long before its due time, red once overdue.
AMBER_WITHIN = timedelta(minutes=5)
TICK_MS = 1000

#: Sort key of a row with nothing counting: after every counting row.
_NO_DEADLINE_KEY = "9"


class Urgency(Enum):
    NONE = "none"  # nothing counting
    NORMAL = "normal"
    AMBER = "amber"  # due within AMBER_WITHIN
    RED = "red"  # overdue


def urgency_of(remaining: timedelta | None) -> Urgency:
    """How urgent a countdown with ``remaining`` time left is."""
    if remaining is None:
        return Urgency.NONE
    if remaining.total_seconds() <= 0:
        return Urgency.RED
    if remaining < AMBER_WITHIN:
        return Urgency.AMBER
    return Urgency.NORMAL


def due_sort_key(row: IncidentRow) -> str:
    """The stable order key: the absolute due time (UTC, ISO), then the number."""
    nxt = row.next_deadline
    if nxt is None:
        return f"{_NO_DEADLINE_KEY}|{row.number}"
    return f"0|{nxt.due.isoformat()}|{row.number}"


class IncidentTableModel(RowsModel):
    """Open incidents, one per row, with a live countdown to each one's next deadline."""

    sig_ticked = Signal()
    """The countdown column was refreshed for the clock's new time."""

    COUNTDOWN_ROLES = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    )

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    def headers(self) -> list[str]:
        return [
            self.tr("编号"),
            self.tr("发生时间"),
            self.tr("报告单位"),
            self.tr("类别"),
            self.tr("分指挥部"),
            self.tr("程度"),
            self.tr("状态"),
            self.tr("下一时限"),
            self.tr("倒计时"),
            self.tr("事由"),
        ]

    # -- rows and the timer

    def set_rows(self, rows: list[IncidentRow]) -> None:  # type: ignore[override]
        super().set_rows(rows)
        self._update_timer()

    def counting(self) -> bool:
        """Whether any row has a deadline still counting."""
        return any(r.next_deadline is not None for r in self._rows)

    def timer_active(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        """Stop counting (the window is closing)."""
        self._timer.stop()

    def tick(self) -> None:
        """One second passed: refresh the countdown column only, with one signal."""
        if self._rows:
            top = self.index(0, COL_COUNTDOWN)
            bottom = self.index(len(self._rows) - 1, COL_COUNTDOWN)
            self.dataChanged.emit(top, bottom, list(self.COUNTDOWN_ROLES))
        self._update_timer()
        self.sig_ticked.emit()

    def _update_timer(self) -> None:
        if self.counting():
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()

    # -- figures for the header line (in memory, from the clock)

    def remaining(self, row: IncidentRow) -> timedelta | None:
        nxt = row.next_deadline
        return None if nxt is None else nxt.due - self.clock.now()

    def urgency(self, row: IncidentRow) -> Urgency:
        return urgency_of(self.remaining(row))

    def count(self, level: Urgency) -> int:
        return sum(1 for r in self._rows if self.urgency(r) is level)

    # -- cells

    def cell(self, row: IncidentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            return self._sort_key(row, column)
        if column == COL_COUNTDOWN:
            return self._countdown_decoration(row, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STATUS and row.reported_late:
                return Palette.WARN_FG
            if column == COL_WEIGHT and row.weight is Weight.SERIOUS:
                return Palette.WARN_FG
            if column == COL_WEIGHT and row.weight is Weight.HEAVIER:
                return Palette.HEAVIER_FG
            if column == COL_DUE and row.next_deadline is None:
                return Palette.MUTED_FG
        if role == Qt.ItemDataRole.FontRole:
            if (column == COL_STATUS and row.reported_late) or (
                column == COL_WEIGHT and row.weight is Weight.SERIOUS
            ):
                return bold_font()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_NUMBER, COL_OCCURRED):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: IncidentRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.number
        if column == COL_OCCURRED:
            return fmt.md_hm(row.occurred_at)
        if column == COL_UNIT:
            return row.unit
        if column == COL_CATEGORY:
            return row.category or fmt.DASH
        if column == COL_SUBCOMMAND:
            return row.subcommand or fmt.DASH
        if column == COL_WEIGHT:
            return row.weight.label
        if column == COL_STATUS:
            if row.reported_late:
                return self.tr("{status} · 迟报").format(status=row.status.label)
            return row.status.label
        if column == COL_DUE:
            nxt = row.next_deadline
            if nxt is None:
                return self.tr("时限均已完成")
            return f"{nxt.kind.label} {fmt.md_hm(nxt.due)}"
        if column == COL_COUNTDOWN:
            remaining = self.remaining(row)
            return "" if remaining is None else format_countdown(remaining)
        if column == COL_SUMMARY:
            return " ".join(row.summary.split())
        return ""

    def _sort_key(self, row: IncidentRow, column: int) -> Any:
        if column in (COL_DUE, COL_COUNTDOWN):
            return due_sort_key(row)
        if column == COL_OCCURRED:
            return row.occurred_at.isoformat()
        if column == COL_WEIGHT:
            return row.weight.rank
        if column == COL_STATUS:
            return row.status.order
        return self._display(row, column)

    def _countdown_decoration(self, row: IncidentRow, role: int) -> Any:
        level = self.urgency(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return {Urgency.RED: Palette.RED_BG, Urgency.AMBER: Palette.AMBER_BG}.get(level)
        if role == Qt.ItemDataRole.ForegroundRole:
            return {Urgency.RED: Palette.RED_FG, Urgency.AMBER: Palette.AMBER_FG}.get(level)
        if role == Qt.ItemDataRole.FontRole:
            return bold_font() if level in (Urgency.RED, Urgency.AMBER) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._deadlines_tooltip(row)
        return None

    def _tooltip(self, row: IncidentRow, column: int) -> str | None:
        if column == COL_SUMMARY:
            return row.summary
        if column == COL_OCCURRED:
            return self.tr("发生 {occ}\n接报 {rec}").format(
                occ=fmt.full(row.occurred_at), rec=fmt.full(row.received_at)
            )
        if column in (COL_DUE, COL_STATUS):
            return self._deadlines_tooltip(row)
        return None

    def _deadlines_tooltip(self, row: IncidentRow) -> str:
        return "\n".join(self._deadline_line(d) for d in row.deadlines)

    def _deadline_line(self, d: Deadline) -> str:
        if d.met_at is None:
            return self.tr("{kind}：时限 {due}，未完成").format(
                kind=d.kind.label, due=fmt.md_hm(d.due)
            )
        if d.met_late:
            return self.tr("{kind}：时限 {due}，{met} 完成，超时 {late}").format(
                kind=d.kind.label,
                due=fmt.md_hm(d.due),
                met=fmt.md_hm(d.met_at),
                late=fmt.minutes((d.met_at - d.due).total_seconds()),
            )
        return self.tr("{kind}：时限 {due}，{met} 按时完成").format(
            kind=d.kind.label, due=fmt.md_hm(d.due), met=fmt.md_hm(d.met_at)
        )


class IncidentsView(DataView):
    """事件: every incident not closed, most urgent first."""

    view_name = "incidents"

    def __init__(self, door: DbDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.model = IncidentTableModel(self.clock, self)
        self.proxy = make_proxy(self.model, self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        # Fixed: a ResizeToContents column would re-measure every row on every tick.
        header.setSectionResizeMode(COL_COUNTDOWN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_COUNTDOWN, self.countdown_width())
        self.model.sig_ticked.connect(self._update_header)

    def title(self) -> str:
        return self.tr("事件")

    def countdown_width(self) -> int:
        font = bold_font()
        font.setPointSizeF(self.font().pointSizeF())
        metrics = QFontMetrics(font)
        return (
            metrics.horizontalAdvance(
                format_countdown(-timedelta(days=9, hours=23, minutes=59, seconds=59))
            )
            + 24
        )

    async def load(self) -> None:
        rows = await self.door.call(list_open_incidents, self.door.ctx)
        self.model.set_rows(rows)
        self.fit_columns(keep=(COL_COUNTDOWN, COL_SUMMARY))
        self._update_header()
        self._finish_load()

    def _update_header(self) -> None:
        m = self.model
        total = m.rowCount()
        parts = [self.tr("未结事件 <b>{n}</b> 起").format(n=total)]
        red, amber = m.count(Urgency.RED), m.count(Urgency.AMBER)
        late = sum(1 for r in m.rows if r.reported_late)
        if red:
            parts.append(
                '<span style="background:#c62828;color:#fff"><b>&nbsp;'
                + self.tr("超时 {n} 起").format(n=red)
                + "&nbsp;</b></span>"
            )
        if amber:
            parts.append(
                '<span style="background:#ffb300;color:#000"><b>&nbsp;'
                + self.tr("5 分钟内到期 {n} 起").format(n=amber)
                + "&nbsp;</b></span>"
            )
        if late:
            parts.append(
                '<span style="color:#b02a37">' + self.tr("迟报 {n} 起").format(n=late) + "</span>"
            )
        if total == 0:
            parts = [self.tr("当前没有未结事件。")]
        self.header.setText("　".join(parts))
