"""报表: the per-day figures of the duty period (the county's daily summary)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from xianghua_console.domain.clock import local_today
from xianghua_console.gui import fmt
from xianghua_console.gui.ops import DbDoor
from xianghua_console.gui.views.base import (
    DataView,
    Palette,
    RowsModel,
    SortRole,
    bold_font,
    escape,
    make_proxy,
)
from xianghua_console.services.reports import DaySummary, period_summary

(
    COL_DAY,
    COL_EXPECTED,
    COL_ON_TIME,
    COL_ZERO,
    COL_SITUATION,
    COL_LATE,
    COL_NOT_REPORTED,
    COL_INCIDENTS,
    COL_CLOSED,
) = range(9)

_FIGURES = {
    COL_EXPECTED: "expected",
    COL_ON_TIME: "on_time",
    COL_ZERO: "zero",
    COL_SITUATION: "situation",
    COL_LATE: "late",
    COL_NOT_REPORTED: "not_reported",
    COL_INCIDENTS: "incidents",
}


class DaySummaryModel(RowsModel):
    """One row per day of the period, newest first."""

    def still_open(self, row: DaySummary) -> bool:
        """Before the day's cutoff: units not reported yet are not late yet."""
        return not row.closed and self.clock.now() <= row.cutoff

    def headers(self) -> list[str]:
        return [
            self.tr("日期"),
            self.tr("应报"),
            self.tr("按时"),
            self.tr("平安"),
            self.tr("有情况"),
            self.tr("迟报"),
            self.tr("未报/缺报"),
            self.tr("事件数"),
            self.tr("已关账"),
        ]

    def cell(self, row: DaySummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DAY:
                text = fmt.day_label(row.day)
                return text + self.tr("（今日）") if row.day == local_today(self.clock) else text
            if column == COL_CLOSED:
                return self.tr("是") if row.closed else self.tr("否")
            return str(getattr(row, _FIGURES[column]))
        if role == SortRole:
            if column == COL_DAY:
                return row.day.isoformat()
            if column == COL_CLOSED:
                return int(row.closed)
            return int(getattr(row, _FIGURES[column]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_DAY:
            return int(Qt.AlignmentFlag.AlignCenter)
        if column == COL_NOT_REPORTED and row.not_reported:
            if self.still_open(row):
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.tr("今日日报尚未截止，这些单位还可以按时上报")
                return None
            return _emphasis(role, Palette.MISSING_BG, Palette.MISSING_FG)
        if column == COL_LATE and row.late:
            return _emphasis(role, Palette.LATE_BG, Palette.LATE_FG)
        if column == COL_CLOSED and not row.closed and role == Qt.ItemDataRole.ForegroundRole:
            return Palette.MUTED_FG
        return None


def _emphasis(role: int, bg: Any, fg: Any) -> Any:
    if role == Qt.ItemDataRole.BackgroundRole:
        return bg
    if role == Qt.ItemDataRole.ForegroundRole:
        return fg
    if role == Qt.ItemDataRole.FontRole:
        return bold_font()
    return None


class ReportsView(DataView):
    """报表: the period's per-day summary."""

    view_name = "reports"

    def __init__(self, door: DbDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.model = DaySummaryModel(self.clock, self)
        self.proxy = make_proxy(self.model, self)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(COL_DAY, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.period_name = ""

    def title(self) -> str:
        return self.tr("报表")

    async def load(self) -> None:
        name, days = await self.door.call(period_summary, self.door.ctx)
        self.period_name = name
        self.model.set_rows(days)
        self.fit_columns()
        for col in range(COL_EXPECTED, COL_CLOSED + 1):
            self.table.horizontalHeader().resizeSection(col, max(self.table.columnWidth(col), 90))
        self._update_header()
        self._finish_load()

    def _update_header(self) -> None:
        days = self.model.rows
        text = (
            "<b>"
            + escape(self.period_name)
            + "</b>　"
            + self.tr("逐日汇总，共 {n} 天").format(n=len(days))
        )
        if days:
            now = self.clock.now()
            text += "　" + self.tr("合计：事件 {i} 起，迟报 {late} 次，过截止未报/缺报 {miss} 次").format(
                i=sum(d.incidents for d in days),
                late=sum(d.late for d in days),
                miss=sum(d.overdue_units(now) for d in days),
            )
        self.header.setText(text)
