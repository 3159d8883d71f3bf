"""日报: today's board of daily reports, one row per village and town unit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from xianghua_console.domain.enums import DailyState
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
from xianghua_console.services.daily import DailyBoard, DailyBoardRow, daily_board

(
    COL_UNIT,
    COL_KIND,
    COL_OFFICER,
    COL_PHONE,
    COL_STATE,
    COL_RECEIVED,
    COL_TAKEN_BY,
    COL_CONTENT,
) = range(8)

#: Background and text colour of each state (未报/缺报 red-ish, 迟报 amber, 平安 green, 有情况 blue).
STATE_COLOURS = {
    DailyState.PENDING: (Palette.MISSING_BG, Palette.MISSING_FG),
    DailyState.MISSING: (Palette.MISSING_BG, Palette.MISSING_FG),
    DailyState.LATE: (Palette.LATE_BG, Palette.LATE_FG),
    DailyState.ZERO: (Palette.OK_BG, Palette.OK_FG),
    DailyState.SITUATION: (Palette.INFO_BG, Palette.INFO_FG),
}

#: Sort order of the state column: who still owes a report first.
STATE_RANK = {
    DailyState.MISSING: 0,
    DailyState.PENDING: 1,
    DailyState.LATE: 2,
    DailyState.SITUATION: 3,
    DailyState.ZERO: 4,
}


class DailyBoardModel(RowsModel):
    """The units expected to report on a day and the state of each one's report."""

    def headers(self) -> list[str]:
        return [
            self.tr("单位"),
            self.tr("类别"),
            self.tr("信息员"),
            self.tr("电话"),
            self.tr("状态"),
            self.tr("上报时间"),
            self.tr("接报人"),
            self.tr("内容"),
        ]

    def cell(self, row: DailyBoardRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            if column == COL_STATE:
                return STATE_RANK[row.state]
            if column == COL_RECEIVED:
                return row.received_at.isoformat() if row.received_at else ""
            return self._display(row, column)
        if column == COL_STATE:
            bg, fg = STATE_COLOURS[row.state]
            if role == Qt.ItemDataRole.BackgroundRole:
                return bg
            if role == Qt.ItemDataRole.ForegroundRole:
                return fg
            if role == Qt.ItemDataRole.FontRole:
                return bold_font()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_CONTENT and row.content:
            return row.content
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == COL_OFFICER
            and not row.info_officer
        ):
            return Palette.WARN_FG
        return None

    def _display(self, row: DailyBoardRow, column: int) -> str:
        if column == COL_UNIT:
            return row.unit
        if column == COL_KIND:
            return row.kind.label
        if column == COL_OFFICER:
            return row.info_officer or self.tr("未指定")
        if column == COL_PHONE:
            return row.phone or fmt.DASH
        if column == COL_STATE:
            return row.state.label
        if column == COL_RECEIVED:
            return fmt.hm(row.received_at) if row.received_at else ""
        if column == COL_TAKEN_BY:
            return row.taken_by
        if column == COL_CONTENT:
            return " ".join(row.content.split())
        return ""


class DailyView(DataView):
    """日报: today's board, with the cutoff and the counts above it."""

    view_name = "daily"

    def __init__(self, door: DbDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.model = DailyBoardModel(self.clock, self)
        self.proxy = make_proxy(self.model, self)
        self.table.setModel(self.proxy)
        # The service's order (villages, then town units, as in the directory) is the default.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.board: DailyBoard | None = None

    def title(self) -> str:
        return self.tr("日报")

    async def load(self) -> None:
        board = await self.door.call(daily_board, self.door.ctx)
        self.board = board
        self.model.set_rows(list(board.rows))
        self.fit_columns(keep=(COL_CONTENT,))
        self.update_header()
        self._finish_load()

    def update_header(self) -> None:
        """The day, its cutoff and the counts; says when the cutoff has passed (no reload)."""
        board = self.board
        if board is None:
            return
        passed = self.clock.now() > board.cutoff
        pending = board.count(DailyState.PENDING) + board.count(DailyState.MISSING)
        parts = [
            "<b>" + escape(fmt.long_day(board.day)) + self.tr(" 日报") + "</b>",
            self.tr("截止时间 {t}").format(t=fmt.hm(board.cutoff)),
            self.tr("应报 {n}").format(n=len(board.rows)),
            '<span style="color:#0f5132">'
            + self.tr("平安 {n}").format(n=board.count(DailyState.ZERO))
            + "</span>",
            '<span style="color:#084298">'
            + self.tr("有情况 {n}").format(n=board.count(DailyState.SITUATION))
            + "</span>",
            '<span style="color:#664d03">'
            + self.tr("迟报 {n}").format(n=board.count(DailyState.LATE))
            + "</span>",
        ]
        missing_label = self.tr("缺报 {n}") if board.closed else self.tr("未报 {n}")
        style = "color:#842029;font-weight:bold" if pending else "color:#0f5132"
        parts.append(f'<span style="{style}">' + missing_label.format(n=pending) + "</span>")
        if board.closed:
            parts.append(self.tr("（已关账）"))
        elif passed and pending:
            parts.append(
                '<span style="background:#c62828;color:#fff"><b>&nbsp;'
                + self.tr("已过截止时间，仍有 {n} 个单位未报").format(n=pending)
                + "&nbsp;</b></span>"
            )
        self.header.setText(" · ".join(parts))
