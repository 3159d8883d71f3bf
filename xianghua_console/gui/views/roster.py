"""值班: one row per day of the current duty period, the shift on duty now highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget

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
from xianghua_console.services.roster import RosterView as RosterData
from xianghua_console.services.roster import ShiftRow, roster

(COL_DAY, COL_LEADER, COL_DUTY, COL_STANDBY, COL_VEHICLE, COL_FUND) = range(6)


class RosterTableModel(RowsModel):
    """The shifts of a duty period, one per day, with everyone placed and their phones."""

    def headers(self) -> list[str]:
        return [
            self.tr("日期"),
            self.tr("带班领导"),
            self.tr("值班人员"),
            self.tr("备勤人员"),
            self.tr("应急车辆/驾驶员"),
            self.tr("应急经费"),
        ]

    def is_current(self, row: ShiftRow) -> bool:
        """The shift on duty now; before the first shift boundary of a day, today's row."""
        now = self.clock.now()
        if any(r.covers(now) for r in self._rows):
            return row.covers(now)
        return row.day == local_today(self.clock)

    def refresh_current(self) -> None:
        """The hour moved on: repaint which row is on duty (no reload, one signal)."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, self.columnCount() - 1),
                [
                    Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.FontRole,
                    Qt.ItemDataRole.DisplayRole,
                ],
            )

    def cell(self, row: ShiftRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            if column == COL_DAY:
                return row.day.isoformat()
            if column == COL_FUND:
                return row.emergency_fund_yuan
            return self._display(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and self.is_current(row):
            return Palette.TODAY_BG
        if role == Qt.ItemDataRole.FontRole and self.is_current(row) and column == COL_DAY:
            return bold_font()
        if role == Qt.ItemDataRole.ForegroundRole and self._missing(row, column):
            return Palette.WARN_FG
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COL_FUND:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _missing(self, row: ShiftRow, column: int) -> bool:
        return (
            (column == COL_LEADER and not row.leader)
            or (column == COL_DUTY and not row.duty)
            or (column == COL_STANDBY and not row.standby)
            or (column == COL_VEHICLE and not (row.vehicle or row.driver))
            or (column == COL_FUND and row.emergency_fund_yuan <= 0)
        )

    def _display(self, row: ShiftRow, column: int) -> str:
        unset = self.tr("未安排")
        if column == COL_DAY:
            text = fmt.day_label(row.day)
            return text + self.tr("（在班）") if self.is_current(row) else text
        if column == COL_LEADER:
            return fmt.people(row.leader, "\n") or unset
        if column == COL_DUTY:
            return fmt.people(row.duty, "\n") or unset
        if column == COL_STANDBY:
            return fmt.people(row.standby) or unset  # 2–3 people: one line, the widest column
        if column == COL_VEHICLE:
            lines = [row.vehicle] if row.vehicle else []
            lines += [self.tr("驾驶员 {p}").format(p=fmt.person(p)) for p in row.driver]
            return "\n".join(lines) or unset
        if column == COL_FUND:
            if row.emergency_fund_yuan <= 0:
                return self.tr("未落实")
            return self.tr("{n:,} 元").format(n=row.emergency_fund_yuan)
        return ""

    def _tooltip(self, row: ShiftRow, column: int) -> str | None:
        persons = {
            COL_LEADER: row.leader,
            COL_DUTY: row.duty,
            COL_STANDBY: row.standby,
            COL_VEHICLE: row.driver,
        }.get(column)
        if persons:
            return "\n".join(
                f"{p.name}（{p.post}）{p.phone}" if p.post else fmt.person(p) for p in persons
            )
        if column == COL_DAY:
            return self.tr("班次 {start} 至 {end}").format(
                start=fmt.md_hm(row.starts_at), end=fmt.md_hm(row.ends_at)
            )
        return None


class DutyRosterView(DataView):
    """值班: the duty roster of the current period."""

    view_name = "roster"

    def __init__(self, door: DbDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.model = RosterTableModel(self.clock, self)
        self.proxy = make_proxy(self.model, self)
        self.table.setModel(self.proxy)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(False)
        self.table.sortByColumn(COL_DAY, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_STANDBY, QHeaderView.ResizeMode.Stretch)
        # Rows follow their contents at the width they are shown at (no tick repaints them).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.period: RosterData | None = None

    def title(self) -> str:
        return self.tr("值班")

    async def load(self) -> None:
        view = await self.door.call(roster, self.door.ctx)
        self.period = view
        self.model.set_rows(list(view.shifts))
        self.fit_columns(keep=(COL_STANDBY,))
        self._update_header()
        self._finish_load()
        self.scroll_to_current()

    def refresh_current(self) -> None:
        """Re-mark the shift on duty now (called when the status bar refreshes)."""
        self.model.refresh_current()

    def scroll_to_current(self) -> None:
        for r in range(self.model.rowCount()):
            if self.model.is_current(self.model.row_at(r)):
                self.table.scrollTo(self.proxy.mapFromSource(self.model.index(r, 0)))
                return

    def _update_header(self) -> None:
        view = self.period
        if view is None or view.period_id is None:
            self.header.setText(
                '<span style="color:#b02a37"><b>'
                + self.tr("还没有值班期。")
                + "</b></span>"
                + self.tr("请先建立值班期（如全国两会期间）并排班。")
            )
            return
        span = ""
        if view.start_date and view.end_date:
            span = self.tr("（{start} 至 {end}，共 {n} 天）").format(
                start=fmt.long_day(view.start_date),
                end=fmt.long_day(view.end_date),
                n=(view.end_date - view.start_date).days + 1,
            )
        text = f"<b>{escape(view.period_name)}</b>{escape(span)}"
        gaps = sum(1 for s in view.shifts if not s.leader or not s.duty)
        if not view.shifts:
            text += "　" + '<span style="color:#b02a37">' + self.tr("尚未排班。") + "</span>"
        elif gaps:
            text += (
                "　"
                + '<span style="color:#b02a37">'
                + self.tr("有 {n} 天缺带班领导或值班人员。").format(n=gaps)
                + "</span>"
            )
        self.header.setText(text)
