"""值班: the roster of a duty period as a grid of days × places, with its checks and swaps.

One row per day, one column per place of the shift (带班领导, 值班人员, 备勤人员, the driver of
the emergency vehicle), then the vehicle, the emergency fund, the day's readiness (保障) and
the police station's standby squad (派出所备勤) to call. Holidays, rest days and make-up working
days (调休上班) are coloured on the day; the office's own calendar (日历调整…) and the
rotation's pools (人员库…) have their dialogs.
Today and the shift on duty now stand out; every problem the checks find is on its cell in red
and listed in the checks panel with a jump to it. A place is filled by picking from the staff
fit for its post (Enter/F2 or typing on the cell, or a double-click; Delete clears it).

Everything shown comes from one read through the door (``services.roster_screen``), repeated
after every write; the model only formats what that read returned (nothing in ``data()`` or
``paint()`` touches the database).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPointF,
    QRect,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.clock import local_today
from xianghua_console.domain.enums import DutySlot, SwapStatus
from xianghua_console.domain.holidays import DayKind
from xianghua_console.domain.roster_checks import (
    DayReadiness,
    Finding,
    FindingKind,
    ReadinessItem,
)
from xianghua_console.domain.swaps import SwapStep, swap_refusal
from xianghua_console.exports.roster_html import roster_html
from xianghua_console.gui import core_text, fmt
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.core_text import error_text
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.gui.roster_dialogs import (
    CalendarDialog,
    GenerateDialog,
    ImportErrorsDialog,
    NewPeriodDialog,
    PoolsDialog,
    StaffPicker,
    SuppliesDialog,
    SwapRequestDialog,
    TextStepDialog,
    UnavailabilityDialog,
    md,
    pick_choices,
)
from xianghua_console.gui.views.base import (
    DataView,
    Index,
    Palette,
    RowsModel,
    bold_font,
    escape,
    make_table,
)
from xianghua_console.services.conflicts import Conflict
from xianghua_console.services.context import Refused
from xianghua_console.services.roster_admin import (
    GenerateReport,
    GridCell,
    GridDay,
    ImportReport,
    RosterImportRefused,
    SwapRow,
    agree_swap,
    approve_swap,
    clear_placement,
    decline_swap,
    export_roster,
    generate_roster,
    import_roster,
    withdraw_swap,
)
from xianghua_console.services.roster_screen import (
    RosterScreen,
    roster_print,
    roster_screen,
    week_of,
)

COL_DAY = 0

#: Roles the delegate draws from (decoration only: the display text says the same in words).
HandRole = Qt.ItemDataRole.UserRole + 10  # placed by hand (kept by a regeneration)
SwapRole = Qt.ItemDataRole.UserRole + 11  # the result of an approved swap
CurrentRole = Qt.ItemDataRole.UserRole + 12  # a cell of the shift on duty now

WEEKEND_BG = QColor("#e3ebf5")
HOLIDAY_BG = QColor("#ecdff5")
MAKEUP_BG = QColor("#f6e7d2")  # a make-up working day (调休上班): a weekend day worked
OFFICE_MARK = "＊"  # the day's kind is the office's own setting, not chinese-calendar's
HAND_MARK = QColor("#1f5fbf")
SWAP_MARK = QColor("#b35c00")
CURRENT_FRAME = QColor("#e08a00")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DutyRosterView", text)


def _tr_dialogs(text: str) -> str:
    """The roster dialogs' translation (what a picker's message says)."""
    return QCoreApplication.translate("RosterDialogs", text)


#: The widest number plate the supplies column shows (data, not translated).
PLATE_SAMPLE = "豫R·J2561"


# ---------------------------------------------------------------- columns and rows


class ColKind(StrEnum):
    DAY = "day"
    PLACE = "place"
    SUPPLIES = "supplies"  # the vehicle's plate over the emergency fund
    READY = "ready"
    POLICE = "police"  # the police station's standby squad: who to call over the phone


@dataclass(frozen=True)
class GridColumn:
    """A column of the grid: the day, one place of a slot, or a readiness item."""

    kind: ColKind
    header: str
    slot: DutySlot | None = None
    position: int = 0
    required: bool = False
    tip: str = ""


def grid_columns(screen: RosterScreen) -> list[GridColumn]:
    """The day, every place of the shift (required ones, then optional), then readiness."""
    s = screen.settings
    days = screen.grid.days if screen.grid else ()
    used = {
        slot: max((c.position + 1 for d in days for c in d.cells if c.slot is slot), default=0)
        for slot in DutySlot
    }
    plan = {
        # slot: (header, places required, places shown at least)
        DutySlot.LEADER: (_tr("带班领导"), s.leader_slots, s.leader_slots),
        DutySlot.DUTY: (_tr("值班人员"), s.duty_slots_min, s.duty_slots_min + 1),
        DutySlot.STANDBY: (_tr("备勤人员"), s.standby_slots_min, s.standby_slots_max),
        DutySlot.VEHICLE: (_tr("驾驶员"), s.vehicle_slots, s.vehicle_slots),
    }
    out = [GridColumn(ColKind.DAY, _tr("日期"))]
    for slot in (DutySlot.LEADER, DutySlot.DUTY, DutySlot.STANDBY, DutySlot.VEHICLE):
        header, required, shown = plan[slot]
        n = max(min(shown, screen.capacity[slot]), used[slot], 1)
        for position in range(n):
            label = header if n == 1 else f"{header} {position + 1}"
            tip = (
                _tr("{slot}：每班须{n}人").format(slot=fmt.label(slot), n=required)
                if position < required
                else _tr("{slot}：可选，每班最多{n}人").format(
                    slot=fmt.label(slot), n=screen.capacity[slot]
                )
            )
            out.append(GridColumn(ColKind.PLACE, label, slot, position, position < required, tip))
    out.append(
        GridColumn(
            ColKind.SUPPLIES,
            _tr("车辆/经费"),
            tip=_tr("应急车辆的车牌号；应急经费，每班不少于{n}元").format(
                n=f"{s.emergency_fund_min_yuan:,}"
            ),
        )
    )
    out.append(
        GridColumn(
            ColKind.READY,
            _tr("保障"),
            tip=_tr("应急经费、车辆、驾驶员、备勤人员全部到位才是绿色"),
        )
    )
    out.append(
        GridColumn(
            ColKind.POLICE,
            _tr("派出所备勤"),
            tip=_tr("派出所备勤（应急分队）的联系人和电话；双击或按回车修改"),
        )
    )
    return out


@dataclass(frozen=True)
class DayRow:
    """One day of the grid: its shift as read, its readiness and the problems on it."""

    grid_day: GridDay
    readiness: DayReadiness | None
    findings: tuple[Finding, ...] = ()

    @property
    def day(self) -> date:
        return self.grid_day.day

    @property
    def starts_at(self) -> datetime:
        return self.grid_day.starts_at

    @property
    def ends_at(self) -> datetime:
        return self.grid_day.ends_at

    def people(self, slot: DutySlot) -> tuple[GridCell, ...]:
        return tuple(
            sorted((c for c in self.grid_day.cells if c.slot is slot), key=lambda c: c.position)
        )

    @property
    def leader(self) -> tuple[GridCell, ...]:
        return self.people(DutySlot.LEADER)

    @property
    def duty(self) -> tuple[GridCell, ...]:
        return self.people(DutySlot.DUTY)

    @property
    def standby(self) -> tuple[GridCell, ...]:
        return self.people(DutySlot.STANDBY)

    @property
    def driver(self) -> tuple[GridCell, ...]:
        return self.people(DutySlot.VEHICLE)

    def at(self, slot: DutySlot, position: int) -> GridCell | None:
        return next(
            (c for c in self.grid_day.cells if c.slot is slot and c.position == position), None
        )

    def covers(self, when: datetime) -> bool:
        return self.starts_at <= when < self.ends_at


@dataclass
class CellView:
    """What one cell shows, worked out once per read (``data()`` only looks it up)."""

    text: str = ""
    tip: str = ""
    bg: QColor | None = None
    fg: QColor | None = None
    bold: bool = False
    hand: bool = False
    swap: bool = False
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    """A line of the checks panel: a finding, or a day whose readiness is not complete."""

    day: date
    label: str
    message: str
    column: int | None  # the grid column to jump to (None: only the day)
    finding: Finding | None = None


#: A finding as its cell says it (the whole message is in the tooltip and the checks panel).
SHORT_FINDINGS = {
    FindingKind.NO_LEADER: QT_TRANSLATE_NOOP("DutyRosterView", "不能带班"),
    FindingKind.DUTY_SHORT: QT_TRANSLATE_NOOP("DutyRosterView", "人数不足"),
    FindingKind.STANDBY_SHORT: QT_TRANSLATE_NOOP("DutyRosterView", "人数不足"),
    FindingKind.DOUBLE_BOOKED: QT_TRANSLATE_NOOP("DutyRosterView", "重复排班"),
    FindingKind.UNAVAILABLE: QT_TRANSLATE_NOOP("DutyRosterView", "请假出差"),
    FindingKind.NOT_FIT: QT_TRANSLATE_NOOP("DutyRosterView", "岗位不符"),
    FindingKind.CONSECUTIVE: QT_TRANSLATE_NOOP("DutyRosterView", "连值两班"),
}  # translated where shown

SHORT_ITEMS = {
    ReadinessItem.FUND: QT_TRANSLATE_NOOP("DutyRosterView", "经费"),
    ReadinessItem.VEHICLE: QT_TRANSLATE_NOOP("DutyRosterView", "车辆"),
    ReadinessItem.DRIVER: QT_TRANSLATE_NOOP("DutyRosterView", "驾驶员"),
    ReadinessItem.STANDBY: QT_TRANSLATE_NOOP("DutyRosterView", "备勤"),
}  # translated where shown


def readiness_short(r: DayReadiness) -> str:
    """``齐备``, ``缺经费``, ``缺经费\n缺车辆`` or ``缺经费\n等3项``: two lines at most."""
    missing = [_tr("缺{x}").format(x=_tr(SHORT_ITEMS[c.item])) for c in r.missing]
    if not missing:
        return _tr("齐备")
    if len(missing) > 2:
        return missing[0] + "\n" + _tr("等{n}项").format(n=len(missing))
    return "\n".join(missing)


READINESS_COLUMN = {
    ReadinessItem.FUND: ColKind.SUPPLIES,
    ReadinessItem.VEHICLE: ColKind.SUPPLIES,
}


class RosterGridModel(QAbstractTableModel):
    """The days of a period by the places of their shift, with problems and readiness."""

    def __init__(self, clock, parent: QObject | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.clock = clock
        self.columns: list[GridColumn] = [GridColumn(ColKind.DAY, _tr("日期"))]
        self._rows: list[DayRow] = []
        self._cells: list[list[CellView]] = []
        self.problems: list[Problem] = []
        self._current: date | None = None
        self._today: date | None = None
        self._bold = bold_font()

    # -- filling

    def set_screen(self, screen: RosterScreen) -> None:
        """Show the period of ``screen`` (a model reset: a new read from the database)."""
        self.beginResetModel()
        self.columns = grid_columns(screen)
        grid, check = screen.grid, screen.check
        findings: dict[date, list[Finding]] = {}
        for f in check.findings if check else ():
            findings.setdefault(f.day, []).append(f)
        ready = {r.day: r for r in check.readiness} if check else {}
        self._rows = [
            DayRow(d, ready.get(d.day), tuple(findings.get(d.day, ())))
            for d in (grid.days if grid else ())
        ]
        swapped = _swapped_places(screen.swaps)
        away = {(a.staff_id, a.day): a for a in screen.away}
        self._cells = [self._row_cells(row, swapped, away, screen) for row in self._rows]
        self.problems = self._problem_list(check.findings if check else (), ready)
        self._mark_now()
        self.endResetModel()

    def _row_cells(self, row: DayRow, swapped, away, screen) -> list[CellView]:  # noqa: ANN001
        cells = [CellView() for _ in self.columns]
        gaps = self.gap_columns(row)
        d = row.grid_day
        for i, col in enumerate(self.columns):
            view = cells[i]
            if col.kind is ColKind.DAY:
                view.bg = (
                    HOLIDAY_BG
                    if d.kind is DayKind.HOLIDAY
                    else WEEKEND_BG
                    if d.kind is DayKind.WEEKEND
                    else MAKEUP_BG
                    if d.makeup
                    else None
                )
                tip = [
                    fmt.long_day(d.day),
                    _tr("班次 {start} 至 {end}").format(
                        start=fmt.md_hm(d.starts_at), end=fmt.md_hm(d.ends_at)
                    ),
                    _tr("类别：{k}").format(k=fmt.label(d.kind) + (f"（{d.holiday_name}）"
                                                           if d.holiday_name else "")),
                ]  # fmt: skip
                if d.office_kind is not None:
                    tip.append(
                        _tr("本办自设为{k}").format(k=fmt.label(d.office_kind))
                        + (f"：{d.office_note}" if d.office_note else "")
                        + _tr("（在“日历调整…”中修改）")
                    )
                if d.away:
                    tip.append(_tr("请假/出差：") + "、".join(d.away))
                if d.police_squad:
                    tip.append(_tr("派出所备勤：") + d.police_squad)
                view.tip = "\n".join(tip)
            elif col.kind is ColKind.PLACE:
                assert col.slot is not None
                cell = row.at(col.slot, col.position)
                if cell is None:
                    if i in gaps:
                        view.text = _tr("缺人")
                        view.bold = True
                        view.bg, view.fg = Palette.MISSING_BG, Palette.MISSING_FG
                        view.tip = _tr("{slot}缺人：双击或按回车选人").format(slot=fmt.label(col.slot))
                    else:
                        view.tip = _tr("{slot}（可选）：双击或按回车选人").format(
                            slot=fmt.label(col.slot)
                        )
                    continue
                view.text = f"{cell.name}\n{cell.phone}" if cell.phone else cell.name
                view.hand = cell.by_hand
                tip = [f"{cell.name}　{cell.phone}".strip()]
                swap = swapped.get((d.day, col.slot, cell.name))
                if swap is not None:
                    view.swap = True
                    tip.append(swap)
                elif cell.by_hand:
                    tip.append(_tr("手工排定（重新自动排班时保留）"))
                gone = away.get((cell.staff_id, d.day))
                if gone is not None:
                    tip.append(_tr("当天已登记{kind}").format(kind=fmt.label(gone.kind)))
                view.tip = "\n".join(tip)
            elif col.kind is ColKind.SUPPLIES:
                view.text = (
                    (d.vehicle or _tr("未落实车辆"))
                    + "\n"
                    + _tr("{n}元").format(n=f"{d.emergency_fund_yuan:,}")
                )
                view.tip = _tr("应急车辆：{v}\n应急经费：{n}元\n双击或按回车修改").format(
                    v=d.vehicle or _tr("未落实"), n=f"{d.emergency_fund_yuan:,}"
                )
            elif col.kind is ColKind.POLICE:
                if d.police_squad:
                    view.text = "\n".join(
                        t for t in (d.police_squad_contact, d.police_squad_phone) if t
                    )
                    view.tip = _tr("派出所备勤：{p}\n双击或按回车修改").format(p=d.police_squad)
                else:
                    view.text = _tr("未填写")
                    view.fg = Palette.MUTED_FG
                    view.tip = _tr("派出所备勤未填写：双击或按回车填写联系人和电话")
            elif col.kind is ColKind.READY:
                r = row.readiness
                if r is None:
                    continue
                view.tip = core_text.text(r.line)
                if r.green:
                    view.text = _tr("齐备")
                    view.bg, view.fg = Palette.OK_BG, Palette.OK_FG
                else:
                    view.text = readiness_short(r)
                    view.bg, view.fg = Palette.MISSING_BG, Palette.MISSING_FG
                    view.bold = True
        if row.readiness is not None:
            for check in row.readiness.missing:
                kind = READINESS_COLUMN.get(check.item)
                if kind is not None:
                    i = self.column_of(kind)
                    if i is not None:
                        cells[i].bg, cells[i].fg = Palette.MISSING_BG, Palette.MISSING_FG
                        cells[i].bold = True
                        cells[i].problems.append(core_text.text(check.text))
        named: set[tuple[int, bool]] = set()
        for f in row.findings:
            i = self.finding_column(row, f)
            if i is None:
                continue
            view = cells[i]
            view.problems.append(core_text.text(f.message))
            view.bg, view.fg = Palette.MISSING_BG, Palette.MISSING_FG
            col = self.columns[i]
            held = row.at(col.slot, col.position) if col.kind is ColKind.PLACE else None
            # The cell names one problem: the first about the person (it has a position, and
            # the kinds come in order of weight) over one about the whole slot that merely
            # landed here; the tooltip and the checks panel have them all.
            if held is not None and (f.position is not None or len(view.problems) == 1):
                if (i, True) in named:
                    continue
                named.add((i, f.position is not None))
                gone = away.get((held.staff_id, d.day))
                short = (
                    _tr("已{kind}").format(kind=fmt.label(gone.kind))
                    if f.kind is FindingKind.UNAVAILABLE and gone is not None
                    else _tr(SHORT_FINDINGS[f.kind]) if f.kind in SHORT_FINDINGS
                    else fmt.label(f.kind)
                )
                view.text = f"{held.name}\n⚠ {short}"
                view.bold = True
        for view in cells:
            if view.problems:
                view.tip = "\n".join(["⚠ " + p for p in view.problems] + [view.tip]).strip()
        return cells

    def _problem_list(self, findings, ready: dict[date, DayReadiness]) -> list[Problem]:  # noqa: ANN001
        rows = {r.day: r for r in self._rows}
        out = []
        for f in findings:
            row = rows.get(f.day)
            column = self.finding_column(row, f) if row is not None else None
            out.append(Problem(f.day, fmt.label(f.kind), core_text.text(f.message), column, f))
        for day, r in sorted(ready.items()):
            # short standby is a finding already; fund, vehicle and driver only show here
            missing = [c for c in r.missing if c.item is not ReadinessItem.STANDBY]
            if not missing:
                continue
            first = missing[0]
            if first.item is ReadinessItem.DRIVER:
                column = self.place_column(DutySlot.VEHICLE, 0)
            else:
                column = self.column_of(READINESS_COLUMN[first.item])
            out.append(
                Problem(
                    day,
                    _tr("保障不齐"),
                    _tr("{month}月{day}日{what}").format(
                        month=f"{day:%m}", day=f"{day:%d}",
                        what=core_text.join(core_text.text(c.text) for c in missing)),
                    column,
                )
            )
        order = list(FindingKind)
        out.sort(key=lambda p: (p.day, order.index(p.finding.kind) if p.finding else len(order)))
        return out

    # -- where things are

    def column_of(self, kind: ColKind) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.kind is kind), None)

    def place_column(self, slot: DutySlot, position: int) -> int | None:
        return next(
            (
                i
                for i, c in enumerate(self.columns)
                if c.kind is ColKind.PLACE and c.slot is slot and c.position == position
            ),
            None,
        )

    def finding_column(self, row: DayRow, f: Finding) -> int | None:
        """The cell a finding belongs to: its place, else the slot's first empty required place,
        else the slot's first place; the day cell when it names no slot."""
        if f.slot is None:
            return COL_DAY
        if f.position is not None:
            found = self.place_column(f.slot, f.position)
            if found is not None:
                return found
        places = [
            i for i, c in enumerate(self.columns) if c.kind is ColKind.PLACE and c.slot is f.slot
        ]
        gaps = self.gap_columns(row)
        return next((i for i in places if i in gaps), places[0] if places else COL_DAY)

    def gap_columns(self, row: DayRow) -> set[int]:
        """The empty places that make a slot short: as many as people are missing, the first
        empty ones (a slot counts heads, not positions: one person in place 2 fills it)."""
        out: set[int] = set()
        for slot in DutySlot:
            places = [
                i for i, c in enumerate(self.columns) if c.kind is ColKind.PLACE and c.slot is slot
            ]
            required = sum(1 for i in places if self.columns[i].required)
            missing = required - len(row.people(slot))
            empty = [i for i in places if row.at(slot, self.columns[i].position) is None]
            out.update(empty[: max(missing, 0)])
        return out

    def row_at(self, row: int) -> DayRow:
        return self._rows[row]

    @property
    def rows(self) -> list[DayRow]:
        return list(self._rows)

    def row_of(self, day: date) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.day == day), None)

    def cell_view(self, row: int, column: int) -> CellView:
        return self._cells[row][column]

    # -- today and the shift on duty now

    def _mark_now(self) -> tuple[date | None, date | None]:
        before = (self._current, self._today)
        now = self.clock.now()
        self._current = next((r.day for r in self._rows if r.covers(now)), None)
        self._today = local_today(self.clock)
        return before

    def is_current(self, row: DayRow) -> bool:
        """Whether ``row`` is the shift on duty now (as of the last read or refresh)."""
        return row.day == self._current

    def is_today(self, row: DayRow) -> bool:
        return row.day == self._today

    @property
    def current_day(self) -> date | None:
        return self._current

    def refresh_current(self) -> None:
        """The clock moved on: re-mark today and the shift on duty, repainting only those rows."""
        old_current, old_today = self._mark_now()
        changed = {old_current, old_today, self._current, self._today} - {None}
        if (old_current, old_today) == (self._current, self._today):
            return
        for day in changed:
            r = self.row_of(day)  # type: ignore[arg-type]
            if r is not None:
                self.dataChanged.emit(
                    self.index(r, 0),
                    self.index(r, len(self.columns) - 1),
                    [
                        Qt.ItemDataRole.DisplayRole,
                        Qt.ItemDataRole.BackgroundRole,
                        Qt.ItemDataRole.FontRole,
                        CurrentRole,
                    ],
                )

    # -- Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.columns[section].tip or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self._rows) and 0 <= c < len(self.columns)):
            return None
        view = self._cells[r][c]
        row = self._rows[r]
        current = row.day == self._current
        if role == Qt.ItemDataRole.DisplayRole:
            if c == COL_DAY:
                return self._day_text(row)
            return view.text
        if role == Qt.ItemDataRole.BackgroundRole:
            if view.bg is not None and (view.problems or view.fg is not None or not current):
                return view.bg
            return Palette.TODAY_BG if current else view.bg
        if role == Qt.ItemDataRole.ForegroundRole:
            return view.fg
        if role == Qt.ItemDataRole.FontRole:
            if view.bold or (c == COL_DAY and (current or row.day == self._today)):
                return self._bold
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return view.tip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if c == COL_DAY:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        if role == HandRole:
            return view.hand
        if role == SwapRole:
            return view.swap
        if role == CurrentRole:
            return current
        return None

    def _day_text(self, row: DayRow) -> str:
        d = row.grid_day
        marks = []
        if row.day == self._current:
            marks.append(_tr("在班"))
        if row.day == self._today:
            marks.append(_tr("今天"))
        office = OFFICE_MARK if d.office_kind is not None else ""
        if d.holiday_name:
            name = d.holiday_name
            marks.append((name if len(name) <= 6 else name[:5] + "…") + office)
        elif d.kind is DayKind.HOLIDAY:
            marks.append(fmt.label(DayKind.HOLIDAY) + office)
        elif d.kind is DayKind.WEEKEND:
            marks.append(_tr("休息日"))
        elif d.makeup:
            marks.append(_tr("调休上班") + office)
        return f"{fmt.day_label(row.day)}\n{'·'.join(marks)}"


def _swapped_places(swaps: tuple[SwapRow, ...]) -> dict[tuple[date, DutySlot, str], str]:
    """(day, slot, who holds it now) → how an approved swap put them there."""
    out = {}
    for s in swaps:
        if s.status is not SwapStatus.APPROVED:
            continue
        when = fmt.md_hm(s.approved_at)
        out[(s.day, s.slot, s.colleague)] = _tr("调班：替{who}值班，{approver}于{when}批准").format(
            who=s.requester, approver=s.approver, when=when
        )
        if s.other_day is not None and s.other_slot is not None:
            out[(s.other_day, s.other_slot, s.requester)] = _tr(
                "调班：与{who}对换，{approver}于{when}批准"
            ).format(who=s.colleague, approver=s.approver, when=when)
    return out


class RosterDelegate(QStyledItemDelegate):
    """Draws a cell as usual plus its marks: a blue corner for a hand placement, a 调 badge
    for a swap's result, an orange frame along the shift on duty now."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        rect: QRect = option.rect
        hand, swap, current = (
            index.data(HandRole),
            index.data(SwapRole),
            index.data(CurrentRole),
        )
        if not (hand or swap or current):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if hand and not swap:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(HAND_MARK))
            size = 8
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(rect.left(), rect.top()),
                        QPointF(rect.left() + size, rect.top()),
                        QPointF(rect.left(), rect.top() + size),
                    ]
                )
            )
        if swap:
            font = QFont(option.font)
            font.setPointSizeF(max(option.font.pointSizeF() * 0.75, 6.0))
            font.setBold(True)
            painter.setFont(font)
            badge = QRect(rect.right() - 17, rect.top() + 2, 15, 15)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(SWAP_MARK))
            painter.drawRoundedRect(badge, 3, 3)
            painter.setPen(QPen(QColor("#ffffff")))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), _tr("调"))
        if current:
            painter.setPen(QPen(CURRENT_FRAME, 2))
            painter.drawLine(rect.left(), rect.top() + 1, rect.right(), rect.top() + 1)
            painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        painter.restore()


# ---------------------------------------------------------------- the side panel's tables


class ProblemsModel(RowsModel):
    """The checks panel: every problem of the period, in day order."""

    def headers(self) -> list[str]:
        return [self.tr("日期/问题"), self.tr("说明")]

    def cell(self, row: Problem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{fmt.day_label(row.day)}\n{row.label}" if column == 0 else row.message
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return Palette.WARN_FG
        if role == Qt.ItemDataRole.FontRole and column == 0:
            return bold_font()
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.message + "\n" + self.tr("双击或按回车：跳到排班表中的位置")
        return None


SWAP_COLOURS = {
    SwapStatus.REQUESTED: (Palette.LATE_BG, Palette.LATE_FG),
    SwapStatus.AGREED: (Palette.LATE_BG, Palette.LATE_FG),
    SwapStatus.APPROVED: (Palette.OK_BG, Palette.OK_FG),
}


class SwapsModel(RowsModel):
    """The swaps of the period, newest first, each step with who and when (one line a step)."""

    COL_STATUS, COL_SWAP, COL_STEPS = range(3)

    def headers(self) -> list[str]:
        return [self.tr("编号/状态"), self.tr("调班"), self.tr("经过（谁、何时）")]

    def cell(self, row: SwapRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_STATUS:
                return self.tr("第{n}号\n{status}").format(n=row.id, status=fmt.label(row.status))
            if column == self.COL_SWAP:
                return core_text.text(row.summary) + (
                    self.tr("（原因：{r}）").format(r=row.reason) if row.reason else ""
                )
            return "\n".join(self.steps(row))
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_STATUS:
            return SWAP_COLOURS.get(row.status, (None, None))[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_STATUS:
                return SWAP_COLOURS.get(row.status, (None, Palette.MUTED_FG))[1]
            if not row.status.open and row.status is not SwapStatus.APPROVED:
                return Palette.MUTED_FG
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([core_text.text(row.summary), *self.steps(row)])
        return None

    def steps(self, row: SwapRow) -> list[str]:
        """申请 / 同意 / 批准 (or how it ended): who took each step, who entered it, when."""
        out = [
            self.tr("申请：{who}（{by} {at} 录入）").format(
                who=row.requester, by=row.requested_by, at=fmt.md_hm(row.requested_at)
            )
        ]
        if row.agreed_at is not None:
            out.append(
                self.tr("同意：{who}（{by} {at} 录入）").format(
                    who=row.colleague, by=row.agreed_by, at=fmt.md_hm(row.agreed_at)
                )
            )
        if row.approved_at is not None:
            out.append(
                self.tr("批准：{who}（{by} {at} 录入）").format(
                    who=row.approver, by=row.approved_by, at=fmt.md_hm(row.approved_at)
                )
            )
        elif row.closed_at is not None:
            text = self.tr("{status}：{by} {at}").format(
                status=fmt.label(row.status), by=row.closed_by, at=fmt.md_hm(row.closed_at)
            )
            out.append(text + (self.tr("，原因：{r}").format(r=row.close_reason)
                               if row.close_reason else ""))  # fmt: skip
        return out


# ---------------------------------------------------------------- the view


class DutyRosterView(DataView):
    """值班: the roster grid of a period, its checks, swaps, generation, printing and Excel."""

    view_name = "roster"

    sig_problems_changed = Signal(int)
    """The number of the roster's problems (checks and readiness gaps) changed; carries it."""

    sig_roster_changed = Signal()
    """A write changed the roster and it was re-read (who is on duty may have changed)."""

    sig_acted = Signal(str)
    """An action of the view finished (done, refused or failed); carries the message shown."""

    def __init__(
        self, door: DbDoor, parent: QWidget | None = None, *, tasks: TaskKeeper | None = None
    ) -> None:
        super().__init__(door, parent)
        self.ctx = door.ctx
        self.tasks = tasks or TaskKeeper(self.show_error)
        self.screen: RosterScreen | None = None
        self.period_id: int | None = None
        self.busy = False
        self.last_report: GenerateReport | None = None
        self.last_problem_count: int | None = None
        self.last_approver = ""
        self.last_dir = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.dialog: QWidget | None = None  # the dialog opened last (tests answer it)
        self._scrolled_once = False

        # -- the grid, replacing the base view's plain table
        outer = self.layout()
        outer.removeWidget(self.table)
        self.table.deleteLater()
        self.model = RosterGridModel(self.clock, self)
        self.table = self._make_grid()

        # -- the action row
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("period_combo")
        self.period_combo.setMinimumWidth(260)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period_combo.setAccessibleName(self.tr("值班期"))
        self.period_combo.activated.connect(self._period_chosen)
        self.new_period_button = self._button("new_period_button", self.tr("新建值班期…"),
                                              self.open_new_period)  # fmt: skip
        self.generate_button = self._button("generate_button", self.tr("自动排班…"),
                                            self.open_generate)  # fmt: skip
        self.away_button = self._button("away_button", self.tr("请假/出差…"),
                                        self.open_unavailability)  # fmt: skip
        self.swap_button = self._button("swap_button", self.tr("调班申请…"),
                                        self.open_swap_request)  # fmt: skip
        self.swap_button.setToolTip(self.tr("先在排班表中选中要调出的那一班（有人的格子）"))
        self.supplies_button = self._button("supplies_button", self.tr("经费/车辆…"),
                                            self.open_supplies)  # fmt: skip
        self.supplies_button.setToolTip(
            self.tr("所选日期（或每一天）的应急经费、应急车辆和派出所备勤联系人、电话")
        )
        self.pools_button = self._button("pools_button", self.tr("人员库…"), self.open_pools)
        self.pools_button.setToolTip(self.tr("自动排班按岗位轮流排的人员（带班领导、值班、备勤、驾驶员）"))
        self.calendar_button = self._button("calendar_button", self.tr("日历调整…"),
                                            self.open_calendar)  # fmt: skip
        self.calendar_button.setToolTip(self.tr("本办自设的节假日和调休上班日（优先于法定日历）"))
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("print_button")
        self.print_button.setText(self.tr("打印"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        menu.addAction(
            self.tr("打印预览：整个值班期"), lambda: self.spawn(self.preview(), "preview")
        )
        menu.addAction(
            self.tr("打印预览：所选日期所在的一周"),
            lambda: self.spawn(self.preview(week=True), "preview"),
        )
        menu.addSeparator()
        menu.addAction(self.tr("导出 PDF：整个值班期…"), lambda: self.choose_pdf(week=False))
        menu.addAction(self.tr("导出 PDF：所选日期所在的一周…"), lambda: self.choose_pdf(week=True))
        self.print_button.setMenu(menu)
        self.export_button = self._button("export_button", self.tr("导出 Excel…"),
                                          self.choose_export)  # fmt: skip
        self.import_button = self._button("import_button", self.tr("导入 Excel…"),
                                          self.choose_import)  # fmt: skip
        self.action_buttons: list[QWidget] = [
            self.new_period_button, self.generate_button, self.away_button, self.swap_button,
            self.supplies_button, self.pools_button, self.calendar_button, self.print_button,
            self.export_button, self.import_button,
        ]  # fmt: skip
        actions = QHBoxLayout()
        actions.setSpacing(6)
        actions.addWidget(QLabel(self.tr("值班期："), self))
        actions.addWidget(self.period_combo)
        for button in self.action_buttons:
            actions.addWidget(button)
        actions.addStretch(1)

        # -- the lines over the grid: the calendar's note, the last action's message
        self.calendar_label = QLabel(self)
        self.calendar_label.setObjectName("calendar_label")
        self.calendar_label.setWordWrap(True)
        self.calendar_label.setTextFormat(Qt.TextFormat.RichText)
        self.calendar_label.linkActivated.connect(lambda _link: self.open_calendar())
        self.calendar_label.setStyleSheet(
            "color:#664d03; background:#fff3cd; border:1px solid #ffe08a;"
            "border-radius:3px; padding:4px 6px;"
        )
        self.calendar_label.hide()
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        # -- the side panel: checks, swaps, notes
        self.side = QTabWidget(self)
        self.side.setObjectName("roster_side")
        self.problems_model = ProblemsModel(self.clock, self)
        self.problems_table = make_table(self)
        self.problems_table.setObjectName("problems_table")
        self.problems_table.setSortingEnabled(False)
        self.problems_table.setWordWrap(True)
        self.problems_table.setModel(self.problems_model)
        self.problems_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.problems_table.activated.connect(lambda index: self.jump_to_problem(index.row()))
        self.readiness_label = QLabel(self)
        self.readiness_label.setObjectName("readiness_label")
        self.readiness_label.setWordWrap(True)
        self.readiness_label.setTextFormat(Qt.TextFormat.RichText)
        checks = QWidget(self)
        column = QVBoxLayout(checks)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.readiness_label)
        column.addWidget(self.problems_table, 1)
        self.side.addTab(checks, self.tr("检查"))

        self.swaps_model = SwapsModel(self.clock, self)
        self.swaps_table = make_table(self)
        self.swaps_table.setObjectName("swaps_table")
        self.swaps_table.setSortingEnabled(False)
        self.swaps_table.setWordWrap(True)
        self.swaps_table.setModel(self.swaps_model)
        self.swaps_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.swaps_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_swap_buttons()
        )
        self.agree_button = self._button("agree_button", self.tr("同事同意"), self.agree_selected)
        self.approve_button = self._button("approve_button", self.tr("主任批准…"),
                                           self.approve_selected)  # fmt: skip
        self.decline_button = self._button("decline_button", self.tr("不同意…"),
                                           self.decline_selected)  # fmt: skip
        self.withdraw_button = self._button("withdraw_button", self.tr("撤回申请"),
                                            self.withdraw_selected)  # fmt: skip
        self.swap_step_buttons = [self.agree_button, self.approve_button, self.decline_button,
                                  self.withdraw_button]  # fmt: skip
        swaps = QWidget(self)
        column = QVBoxLayout(swaps)
        column.setContentsMargins(4, 4, 4, 4)
        steps = QHBoxLayout()
        for button in self.swap_step_buttons:
            steps.addWidget(button)
        steps.addStretch(1)
        hint = QLabel(self.tr("调班：本人申请 → 接班同事同意 → 办公室主任批准，批准后排班表才改。"),
                      self)  # fmt: skip
        hint.setWordWrap(True)
        column.addWidget(hint)
        column.addLayout(steps)
        column.addWidget(self.swaps_table, 1)
        self.side.addTab(swaps, self.tr("调班"))

        self.notes_text = QPlainTextEdit(self)
        self.notes_text.setObjectName("notes_text")
        self.notes_text.setReadOnly(True)
        self.side.addTab(self.notes_text, self.tr("排班说明"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.side)
        # The grid's columns have fixed widths: a wider window widens the side panel.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([1100, 280])
        self._sized = False

        # -- under the grid: the selected day, and what the marks mean
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("detail_label")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        legend = QLabel(
            self.tr(
                "<span style='background:#fff3cd'>&nbsp;黄底橙线&nbsp;</span> 当前在班　"
                "<span style='background:#f8d7da;color:#842029'>&nbsp;红底&nbsp;</span> 缺人或有问题　"
                "<span style='color:#1f5fbf'>◤</span> 手工排定（重新排班时保留）　"
                "<span style='background:#b35c00;color:#fff'>&nbsp;调&nbsp;</span> 调班结果　"
                "<span style='background:#e3ebf5'>&nbsp;休息日&nbsp;</span>"
                "<span style='background:#ecdff5'>&nbsp;节假日&nbsp;</span>"
                "<span style='background:#f6e7d2'>&nbsp;调休上班&nbsp;</span>"
                "＊本办自设　"
                "选中格子后：回车/F2 或直接输入姓名选人，Delete 清除"
            ),
            self,
        )
        legend.setObjectName("legend")
        legend.setWordWrap(True)
        legend.setStyleSheet("color:#495057;")

        outer.addLayout(actions)
        outer.addWidget(self.calendar_label)
        outer.addWidget(self.message)
        outer.addWidget(self.splitter, 1)
        outer.addWidget(self.detail_label)
        outer.addWidget(legend)
        self._set_enabled()

    # ------------------------------------------------------------------ building

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _make_grid(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("roster_grid")
        table.setModel(self.model)
        table.setItemDelegate(RosterDelegate(table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setHighlightSections(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        table.installEventFilter(self)
        table.doubleClicked.connect(lambda _index: self.edit_current())
        table.selectionModel().currentChanged.connect(lambda *_: self._current_changed())
        self.grid_widths()
        return table

    def grid_widths(self, table: QTableView | None = None) -> int:
        """Fixed widths and heights from the font (never measured from the contents); returns
        the width the whole grid needs."""
        table = table or self.table
        fm = table.fontMetrics()
        # Samples of the widest texts, in the language shown (English is longer).
        place = max(fm.horizontalAdvance("13900000001"), fm.horizontalAdvance(_tr("值班人员 1"))) + 12
        widths = {
            ColKind.DAY: fm.horizontalAdvance(fmt.day_label(date(2027, 3, 5)) + " ") + 18,
            ColKind.PLACE: place,
            ColKind.SUPPLIES: fm.horizontalAdvance(PLATE_SAMPLE) + 14,
            ColKind.READY: fm.horizontalAdvance(_tr("缺驾驶员")) + 14,
            ColKind.POLICE: max(fm.horizontalAdvance("13900000001"),
                                fm.horizontalAdvance("王建军（指导员）")) + 14,
        }  # fmt: skip
        for i, col in enumerate(self.model.columns):
            table.setColumnWidth(i, widths[col.kind])
        table.verticalHeader().setDefaultSectionSize(fm.lineSpacing() * 2 + 10)
        scroll = table.verticalScrollBar().sizeHint().width()
        return sum(widths[c.kind] for c in self.model.columns) + scroll + 2 * table.frameWidth()

    def _fit_splitter(self) -> None:
        """Once: give the grid the width it needs and the side panel the rest (260 at least)."""
        total = self.splitter.width()
        if self._sized or not self.isVisible() or total <= 0 or not self.model.rowCount():
            return
        self._sized = True
        need = self.grid_widths()
        side = max(total - need - self.splitter.handleWidth(), 260)
        self.splitter.setSizes([total - side, side])

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self._fit_splitter()

    def title(self) -> str:
        return self.tr("值班")

    def spawn(self, coro, name: str) -> None:  # noqa: ANN001
        self.tasks.spawn(coro, name=f"roster.{name}")

    def show_error(self, exc: BaseException) -> None:
        """A spawned task failed: say so in the view's message line."""
        self.say(describe_error(exc), error=True)

    def shutdown(self) -> None:
        """Cancel the view's own tasks (the console is closing)."""
        self.tasks.cancel_all()

    # ------------------------------------------------------------------ loading

    async def load(self) -> None:
        """Read the chosen period (else the current one) through the door and show it."""
        screen = await self.door.call(roster_screen, self.ctx, period_id=self.period_id)
        self.show_screen(screen)
        self._finish_load()

    def reload_soon(self) -> None:
        """Spawn a reload (after a dialog saved something)."""
        self.spawn(self._reload_after_write(), "reload")

    async def _reload_after_write(self) -> None:
        try:
            await self.load()
        except Exception as exc:  # shown in the view; the old grid stays
            self.show_load_failed(describe_error(exc))
            return
        self.sig_roster_changed.emit()

    def show_screen(self, screen: RosterScreen) -> None:
        """Show a read of the roster (no database here: the bench and tests call it too)."""
        keep = self.selected_place()
        self.screen = screen
        self.period_id = screen.period_id
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for p in screen.periods:
            self.period_combo.addItem(self.tr("{name}（{first}至{last}）").format(
                name=p.name, first=f"{p.start_date:%m-%d}", last=f"{p.end_date:%m-%d}"), p.id)
        if screen.period_id is not None:
            self.period_combo.setCurrentIndex(self.period_combo.findData(screen.period_id))
        self.period_combo.blockSignals(False)
        self.model.set_screen(screen)
        self.grid_widths()
        self._fit_splitter()
        self.problems_model.set_rows(self.model.problems)
        self.problems_table.resizeColumnToContents(0)
        self.swaps_model.set_rows(list(screen.swaps))
        self.swaps_table.resizeColumnToContents(SwapsModel.COL_STATUS)
        self.swaps_table.setColumnWidth(SwapsModel.COL_SWAP, 150)
        self._update_header()
        self._update_side()
        self._set_enabled()
        if keep is not None:
            self.select_cell(keep[0], column=keep[1])
        elif not self._scrolled_once:
            self.scroll_to_current()
        self._scrolled_once = self._scrolled_once or self.model.rowCount() > 0
        self._current_changed()
        dialog = self.dialog
        if isinstance(dialog, UnavailabilityDialog) and dialog.isVisible():
            dialog.set_screen(screen)
        count = len(self.model.problems)
        if count != self.last_problem_count:
            self.last_problem_count = count
            self.sig_problems_changed.emit(count)

    def _update_header(self) -> None:
        screen = self.screen
        if screen is None or screen.grid is None:
            self.header.setText(
                '<span style="color:#b02a37"><b>'
                + self.tr("还没有值班期。")
                + "</b></span>"
                + self.tr("请点“新建值班期…”（如全国两会期间），再自动排班或逐格选人。")
            )
            self.calendar_label.hide()
            return
        p = screen.grid.period
        span = self.tr("（{start} 至 {end}，共 {n} 天）").format(
            start=fmt.long_day(p.start_date),
            end=fmt.long_day(p.end_date),
            n=(p.end_date - p.start_date).days + 1,
        )
        text = f"<b>{escape(p.name)}</b>{escape(span)}"
        problems = len(self.model.problems)
        if problems:
            text += (
                '　<span style="background:#c62828;color:#fff"><b>&nbsp;'
                + self.tr("{n} 个问题").format(n=problems)
                + "&nbsp;</b></span> "
                + self.tr("（见右侧“检查”，双击跳到位置）")
            )
        else:
            text += '　<span style="color:#0f5132"><b>' + self.tr("排班检查无问题") + "</b></span>"
        check = screen.check
        if check is not None:
            total = len(check.readiness)
            colour = "#0f5132" if check.ready_days == total else "#b02a37"
            text += f'　<span style="color:{colour}">' + self.tr("保障齐备 {a}/{b} 天").format(
                a=check.ready_days, b=total
            ) + "</span>"  # fmt: skip
        self.header.setText(text)
        note = screen.grid.calendar_note
        self.calendar_label.setText(
            "⚠ " + escape(note) + ' <a href="calendar">' + self.tr("日历调整…") + "</a>"
            if note
            else ""
        )
        self.calendar_label.setVisible(bool(note))

    def _update_side(self) -> None:
        screen = self.screen
        n = len(self.model.problems)
        self.side.setTabText(0, self.tr("检查 {n}").format(n=n) if n else self.tr("检查"))
        open_swaps = sum(1 for s in screen.swaps if s.status.open) if screen else 0
        self.side.setTabText(
            1, self.tr("调班 {n}").format(n=open_swaps) if open_swaps else self.tr("调班")
        )
        check = screen.check if screen else None
        if check is None:
            self.readiness_label.setText("")
        else:
            bad = [r for r in check.readiness if not r.green]
            if not bad:
                self.readiness_label.setText(
                    '<span style="color:#0f5132"><b>'
                    + self.tr("每天的应急经费、车辆、驾驶员和备勤人员都已到位。")
                    + "</b></span>"
                )
            else:
                lines = "<br>".join(
                    escape(self.tr("{day}：{what}").format(
                        day=fmt.day_label(r.day),
                        what=core_text.join(core_text.text(c.text) for c in r.missing)))
                    for r in bad
                )
                self.readiness_label.setText(
                    '<span style="color:#b02a37"><b>'
                    + self.tr("保障未齐备 {n} 天：").format(n=len(bad))
                    + "</b><br>"
                    + lines
                    + "</span>"
                )
        self._update_notes()
        self._update_swap_buttons()

    def _update_notes(self) -> None:
        lines: list[str] = []
        report = self.last_report
        if report is not None and self.screen and report.period_id == self.screen.period_id:
            lines.append(
                self.tr(
                    "上次自动排班：新排 {placed} 个，保留手工排定 {kept} 个，替换 {removed} 个，"
                    "已开始的班次 {started} 个保持不变。"
                ).format(
                    placed=report.placed,
                    kept=report.kept,
                    removed=report.removed,
                    started=report.started,
                )
            )
            lines += [core_text.text(n) for n in report.notes] or [self.tr("每个必需岗位都已排上人。")]
        elif self.screen and self.screen.grid and self.screen.grid.calendar_note:
            lines.append(core_text.text(self.screen.grid.calendar_note))
        if self.screen and self.screen.away:
            lines.append("")
            lines.append(self.tr("请假、出差："))
            lines += [
                f"{md(a.day)}　{a.name}　{fmt.label(a.kind)}" + (f"　{a.note}" if a.note else "")
                for a in self.screen.away
            ]
        self.notes_text.setPlainText("\n".join(lines))

    def _set_enabled(self) -> None:
        has_period = self.screen is not None and self.screen.grid is not None
        for button in self.action_buttons:
            button.setEnabled(not self.busy and (has_period or button is self.new_period_button))
        self.period_combo.setEnabled(not self.busy)
        self._update_swap_buttons()

    def refresh_current(self) -> None:
        """Re-mark today and the shift on duty now (called when the status bar refreshes)."""
        self.model.refresh_current()

    def scroll_to_current(self) -> None:
        day = self.model.current_day or local_today(self.clock)
        r = self.model.row_of(day)
        if r is not None:
            self.table.scrollTo(
                self.model.index(r, 0), QAbstractItemView.ScrollHint.PositionAtCenter
            )

    # ------------------------------------------------------------------ selection and jumps

    def selected_place(self) -> tuple[date, int] | None:
        """The selected cell as (day, column), or None."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row()).day, index.column()

    def selected(self) -> tuple[DayRow, GridColumn] | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row()), self.model.columns[index.column()]

    def select_cell(
        self,
        day: date,
        slot: DutySlot | None = None,
        position: int = 0,
        *,
        column: int | None = None,
    ) -> bool:
        """Select the cell of ``day`` in ``slot``/``position`` (or ``column``); False if absent."""
        r = self.model.row_of(day)
        if r is None:
            return False
        if column is None:
            column = self.model.place_column(slot, position) if slot is not None else COL_DAY
        if column is None or column >= self.model.columnCount():
            column = COL_DAY
        index = self.model.index(r, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        return True

    def jump_to_problem(self, row: int = 0) -> bool:
        """Select the cell of the ``row``-th problem of the checks panel (the status bar's jump)."""
        problems = self.model.problems
        if not 0 <= row < len(problems):
            return False
        problem = problems[row]
        self.problems_table.selectRow(row)
        return self.select_cell(problem.day, column=problem.column)

    def _current_changed(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.detail_label.setText(
                self.tr("选中一个格子查看当天的班次、保障和请假情况。")
                if self.model.rowCount()
                else ""
            )
            self._set_swap_enabled(False)
            return
        row, col = chosen
        d = row.grid_day
        parts = [
            f"<b>{escape(fmt.long_day(d.day))}</b>　"
            + escape(self.tr("班次 {a} 至 {b}").format(a=fmt.md_hm(d.starts_at),
                                                     b=fmt.md_hm(d.ends_at)))
        ]  # fmt: skip
        if row.readiness is not None:
            colour = "#0f5132" if row.readiness.green else "#b02a37"
            parts.append(f'<span style="color:{colour}">' + self.tr("保障：")
                         + escape(core_text.text(row.readiness.line)) + "</span>")  # fmt: skip
        if d.away:
            parts.append(self.tr("请假/出差：") + escape("、".join(d.away)))
        if d.police_squad:
            parts.append(self.tr("派出所备勤：") + escape(d.police_squad))
        r = self.model.row_of(d.day)
        view = (
            self.model.cell_view(r, self.table.currentIndex().column()) if r is not None else None
        )
        if view is not None and view.problems:
            parts.append('<span style="color:#b02a37"><b>' + escape("；".join(view.problems))
                         + "</b></span>")  # fmt: skip
        self.detail_label.setText("　｜　".join(parts))
        person = row.at(col.slot, col.position) if col.kind is ColKind.PLACE else None
        self._set_swap_enabled(person is not None)

    def _set_swap_enabled(self, enabled: bool) -> None:
        self.swap_button.setEnabled(enabled and not self.busy)

    # ------------------------------------------------------------------ keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._grid_key(event):
                return True
        return super().eventFilter(watched, event)

    def _grid_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and not mods:
            self.edit_current()
            return True
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not mods:
            self.clear_current()
            return True
        text = event.text()
        if (
            text
            and text.isprintable()
            and not text.isspace()
            and not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        ):
            chosen = self.selected()
            if chosen is not None and chosen[1].kind is ColKind.PLACE:
                self.open_picker(initial_text=text)
                return True
        return False

    def edit_current(self) -> None:
        """Enter/F2/double-click: the picker on a place, the supplies on the vehicle or fund."""
        chosen = self.selected()
        if chosen is None:
            return
        _row, col = chosen
        if col.kind is ColKind.PLACE:
            self.open_picker()
        elif col.kind is ColKind.SUPPLIES:
            self.open_supplies()
        elif col.kind is ColKind.POLICE:
            self.open_supplies(focus="police")
        elif col.kind is ColKind.READY:
            self.side.setCurrentIndex(0)

    # ------------------------------------------------------------------ messages and writes

    def say(self, text: str, *, error: bool = False, warn: bool = False) -> None:
        colour = "#b02a37" if error else "#8a5300" if warn else "#0f5132"
        self.message.setText(f'<span style="color:{colour}">{escape(text)}</span>' if text else "")
        self.message.setVisible(bool(text))

    async def write(
        self,
        fn: Callable[..., Any],
        /,
        *,
        done: Callable[[Any], str] | str,
        refused: Callable[[Refused], str] | None = None,
        **kwargs: Any,
    ) -> Any | None:
        """Call ``fn(ctx, **kwargs)`` through the door, then re-read the roster.

        None when it was refused or failed (the reason is in the message line); the buttons
        are off meanwhile and back on in ``finally``.
        """
        if self.busy:
            self.say(self.tr("上一项操作还没有完成，请稍候。"), warn=True)
            return None
        self.busy = True
        self._set_enabled()
        try:
            from xianghua_console.gui.progress import call_with_progress  # long work: a dialog

            result = await call_with_progress(self.door, self, fn, self.ctx, **kwargs)
        except Refused as exc:
            text = refused(exc) if refused is not None else error_text(exc)
            self.say(text, error=True)
            self.sig_acted.emit(text)
            if isinstance(exc, Conflict):  # show what the other workstation changed
                self.reload_soon()
            return None
        except Exception as exc:  # shown in the view: the officer may try again
            text = describe_error(exc)
            self.say(text, error=True)
            self.sig_acted.emit(text)
            return None
        finally:
            self.busy = False
            self._set_enabled()
        text = done(result) if callable(done) else done
        try:
            await self.load()
        except Exception as exc:  # the write stands; only the re-read failed
            self.show_load_failed(describe_error(exc))
        self.say(text)
        self.sig_roster_changed.emit()
        self.sig_acted.emit(text)
        return result

    def _open(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        if hasattr(dialog, "sig_changed"):
            dialog.sig_changed.connect(self.reload_soon)
        dialog.open()

    # ------------------------------------------------------------------ placing

    def open_picker(self, initial_text: str = "") -> StaffPicker | None:
        """The picker for the selected place (the staff fit for its post)."""
        chosen = self.selected()
        if chosen is None or self.screen is None or self.period_id is None:
            return None
        row, col = chosen
        if col.kind is not ColKind.PLACE or col.slot is None:
            return None
        picker = StaffPicker(
            self.door,
            period_id=self.period_id,
            day=row.day,
            slot=col.slot,
            position=col.position,
            choices=pick_choices(self.screen, row.day, col.slot, col.position),
            initial_text=initial_text,
            parent=self,
        )
        picker.sig_placed.connect(lambda text: self.say(text, warn=_tr_dialogs("注意：") in text))
        picker.sig_acted.connect(self.sig_acted.emit)
        picker.showing(row.grid_day)  # placed with the shift's version as read (conflicts)
        self._open(picker)
        return picker

    def clear_current(self) -> None:
        chosen = self.selected()
        if chosen is None or self.period_id is None:
            return
        row, col = chosen
        if col.kind is not ColKind.PLACE or col.slot is None:
            return
        if row.at(col.slot, col.position) is None:
            self.say(self.tr("这个位置本来就是空的。"), warn=True)
            return
        self.spawn(self.clear_place(row.day, col.slot, col.position), "clear")

    async def clear_place(self, day: date, slot: DutySlot, position: int) -> object | None:
        row = self.model.row_of(day)
        shown = self.model.row_at(row) if row is not None else None
        cell = shown.at(slot, position) if shown is not None else None
        name = cell.name if cell else ""
        return await self.write(
            clear_placement,
            done=self.tr("已清除：{day}{slot} {name}。").format(
                day=md(day), slot=fmt.label(slot), name=name
            ),
            period_id=self.period_id,
            day=day,
            slot=slot,
            position=position,
            # the day as the grid shows it: changed on another workstation, it is not cleared
            expected_version=shown.grid_day.version if shown is not None else None,
        )

    # ------------------------------------------------------------------ dialogs

    def open_unavailability(self) -> UnavailabilityDialog | None:
        if self.screen is None:
            return None
        chosen = self.selected()
        staff_id, day = None, local_today(self.clock)
        if chosen is not None:
            row, col = chosen
            day = row.day
            if col.kind is ColKind.PLACE and col.slot is not None:
                cell = row.at(col.slot, col.position)
                staff_id = cell.staff_id if cell else None
        dialog = UnavailabilityDialog(self.door, self.screen, staff_id=staff_id, day=day,
                                      parent=self)  # fmt: skip
        self._open(dialog)
        return dialog

    def open_swap_request(self) -> SwapRequestDialog | None:
        chosen = self.selected()
        if chosen is None or self.screen is None:
            return None
        row, col = chosen
        cell = row.at(col.slot, col.position) if col.kind is ColKind.PLACE else None
        if cell is None or col.slot is None:
            self.say(self.tr("请先选中要调出的那一班（有人的格子）。"), warn=True)
            return None
        dialog = SwapRequestDialog(
            self.door, self.screen, day=row.day, slot=col.slot, requester_id=cell.staff_id,
            requester=cell.name, parent=self,
        )  # fmt: skip
        dialog.sig_changed.connect(lambda: self.side.setCurrentIndex(1))
        self._open(dialog)
        return dialog

    def police_default(self) -> tuple[str, str]:
        """The settings' police station standby squad (contact, phone) as last read."""
        if self.screen is None:
            return "", ""
        s = self.screen.settings
        return s.police_squad_contact, s.police_squad_phone

    def open_supplies(self, *, focus: str = "") -> SuppliesDialog | None:
        chosen = self.selected()
        if self.period_id is None or not self.model.rowCount():
            return None
        row = chosen[0] if chosen else self.model.row_at(0)
        dialog = SuppliesDialog(self.door, period_id=self.period_id, day=row.grid_day,
                                versions={r.day: r.grid_day.version for r in self.model.rows},
                                police_default=self.police_default(), focus=focus,
                                parent=self)  # fmt: skip
        self._open(dialog)
        return dialog

    def open_pools(self) -> PoolsDialog:
        """人员库: whom the rotation draws from for each post."""
        dialog = PoolsDialog(self.door, parent=self)
        self._open(dialog)
        return dialog

    def open_calendar(self) -> CalendarDialog | None:
        """日历调整: the office's holidays and make-up working days of the period's years."""
        grid = self.screen.grid if self.screen else None
        today = local_today(self.clock)
        if grid is not None:
            years = (grid.period.start_date.year, grid.period.end_date.year)
        else:
            years = (today.year, today.year)
        day = self._selected_day() or today
        dialog = CalendarDialog(self.door, years=years, day=day, parent=self)
        self._open(dialog)
        return dialog

    def open_new_period(self) -> NewPeriodDialog:
        dialog = NewPeriodDialog(self.door, today=local_today(self.clock),
                                 police_default=self.police_default(), parent=self)  # fmt: skip
        dialog.sig_created.connect(self._period_created)
        self._open(dialog)
        return dialog

    def _period_created(self, period_id: int) -> None:
        self.period_id = period_id
        self._scrolled_once = False

    def _period_chosen(self, index: int) -> None:
        period_id = self.period_combo.itemData(index)
        if period_id is None or period_id == self.period_id:
            return
        self.period_id = int(period_id)
        self._scrolled_once = False
        self.table.setCurrentIndex(QModelIndex())
        self.spawn(self._reload_after_period(), "period")

    async def _reload_after_period(self) -> None:
        try:
            await self.load()
        except Exception as exc:  # shown in the view
            self.show_load_failed(describe_error(exc))

    # ------------------------------------------------------------------ generating

    def open_generate(self) -> GenerateDialog | None:
        if self.screen is None or self.screen.grid is None:
            return None
        now = self.clock.now()
        past = sum(1 for d in self.screen.grid.days if d.starts_at <= now)
        dialog = GenerateDialog(self.screen.grid.period.name, past, self)
        dialog.sig_generate.connect(
            lambda keep: self.spawn(self.generate(keep_by_hand=keep), "generate")
        )
        self._open(dialog)
        return dialog

    async def generate(self, *, keep_by_hand: bool = True) -> GenerateReport | None:
        """(Re)generate the period through the door; the window stays live meanwhile."""
        self.say(self.tr("正在自动排班……"))

        def done(report: GenerateReport) -> str:
            self.last_report = report
            text = self.tr("已自动排班：新排 {placed} 个班次，保留手工排定 {kept} 个。").format(
                placed=report.placed, kept=report.kept
            )
            if report.gaps:
                text += self.tr("有 {n} 处排不满，见“排班说明”。").format(n=len(report.gaps))
            return text

        report = await self.write(
            generate_roster, done=done, period_id=self.period_id, keep_by_hand=keep_by_hand
        )
        if report is not None:
            self._update_notes()
            if report.notes:
                self.side.setCurrentIndex(2)
        return report

    # ------------------------------------------------------------------ swaps

    def selected_swap(self) -> SwapRow | None:
        index = self.swaps_table.currentIndex()
        if not index.isValid() or index.row() >= self.swaps_model.rowCount():
            return None
        return self.swaps_model.row_at(index.row())

    def select_swap(self, swap_id: int) -> bool:
        for r, row in enumerate(self.swaps_model.rows):
            if row.id == swap_id:
                self.swaps_table.selectRow(r)
                self.swaps_table.setCurrentIndex(self.swaps_model.index(r, 0))
                return True
        return False

    def _update_swap_buttons(self) -> None:
        swap = self.selected_swap()
        steps = (SwapStep.AGREE, SwapStep.APPROVE, SwapStep.DECLINE, SwapStep.WITHDRAW)
        for button, step in zip(self.swap_step_buttons, steps, strict=True):
            button.setEnabled(
                not self.busy and swap is not None and swap_refusal(step, swap.status) is None
            )

    def agree_selected(self) -> None:
        swap = self.selected_swap()
        if swap is not None:
            self.spawn(self.swap_step(SwapStep.AGREE, swap.id), "agree")

    def withdraw_selected(self) -> None:
        swap = self.selected_swap()
        if swap is not None:
            self.spawn(self.swap_step(SwapStep.WITHDRAW, swap.id), "withdraw")

    def approve_selected(self) -> TextStepDialog | None:
        swap = self.selected_swap()
        if swap is None:
            return None
        dialog = TextStepDialog(
            title=self.tr("主任批准调班"),
            prompt=self.tr("第 {n} 号：{s}<br>批准的办公室主任：").format(
                n=swap.id, s=escape(core_text.text(swap.summary))
            ),
            text=self.last_approver,
            required=True,
            parent=self,
        )
        dialog.sig_text.connect(
            lambda text: self.spawn(self.swap_step(SwapStep.APPROVE, swap.id, text), "approve")
        )
        self._open(dialog)
        return dialog

    def decline_selected(self) -> TextStepDialog | None:
        swap = self.selected_swap()
        if swap is None:
            return None
        dialog = TextStepDialog(
            title=self.tr("不同意调班"),
            prompt=self.tr("第 {n} 号：{s}<br>不同意的原因（可不填）：").format(
                n=swap.id, s=escape(core_text.text(swap.summary))
            ),
            parent=self,
        )
        dialog.sig_text.connect(
            lambda text: self.spawn(self.swap_step(SwapStep.DECLINE, swap.id, text), "decline")
        )
        self._open(dialog)
        return dialog

    async def swap_step(self, step: SwapStep, swap_id: int, text: str = "") -> SwapRow | None:
        """Take one step of a swap through the door (who and when are recorded by the core)."""
        if step is SwapStep.APPROVE:
            self.last_approver = text
            fn, kwargs = approve_swap, {"approver": text}
        elif step is SwapStep.DECLINE:
            fn, kwargs = decline_swap, {"reason": text}
        elif step is SwapStep.AGREE:
            fn, kwargs = agree_swap, {}
        else:
            fn, kwargs = withdraw_swap, {}

        def done(row: SwapRow) -> str:
            text = self.tr("第 {n} 号调班：{label}，现为“{status}”。").format(
                n=row.id, label=fmt.label(step), status=fmt.label(row.status)
            )
            if row.status is SwapStatus.APPROVED:
                text += self.tr("排班表已改为：") + core_text.text(row.summary)
            return text

        row = await self.write(fn, done=done, swap_id=swap_id, **kwargs)
        if row is not None:
            self.side.setCurrentIndex(1)
            self.select_swap(row.id)
        return row

    # ------------------------------------------------------------------ printing

    def _selected_day(self) -> date | None:
        chosen = self.selected()
        if chosen is not None:
            return chosen[0].day
        today = local_today(self.clock)
        if self.model.row_of(today) is not None:
            return today
        return self.model.row_at(0).day if self.model.rowCount() else None

    async def print_document(self, *, week: bool = False) -> tuple[str, str]:
        """The printed roster of the period (or of the selected day's week) as (html, title)."""
        first = last = None
        if week and self.screen is not None and self.screen.grid is not None:
            day = self._selected_day()
            if day is not None:
                p = self.screen.grid.period
                first, last = week_of(day, p.start_date, p.end_date)
        doc = await self.door.call(
            roster_print, self.ctx, period_id=self.period_id, first=first, last=last
        )
        return roster_html(doc), doc.title

    async def preview(self, *, week: bool = False) -> QWidget | None:
        """Open the print preview (A4, the same pages as the PDF) with ``open()``."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from xianghua_console.gui.printing import PrintError, print_html

        html, title = await self.print_document(week=week)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setObjectName("print_preview")
        dialog.setWindowTitle(self.tr("打印预览 — {t}").format(t=title))
        dialog.resize(900, 1000)

        def paint(device) -> None:  # noqa: ANN001
            try:
                print_html(device, html, title=title)
            except PrintError as exc:
                self.say(str(exc), error=True)

        dialog.paintRequested.connect(paint)
        dialog.printer_ = printer  # kept alive with the dialog
        self._open(dialog)
        return dialog

    async def save_pdf(self, path: Path, *, week: bool = False) -> Path | None:
        """Write the printed roster to a PDF file; None (and the reason shown) when it fails."""
        from xianghua_console.gui.printing import PrintError, html_to_pdf

        try:
            html, title = await self.print_document(week=week)
            html_to_pdf(html, Path(path), title=title)
        except (PrintError, Refused, OSError) as exc:
            self.say(error_text(exc) or describe_error(exc), error=True)
            self.sig_acted.emit(error_text(exc))
            return None
        text = self.tr("已导出 PDF：{p}").format(p=path)
        self.say(text)
        self.sig_acted.emit(text)
        return Path(path)

    # ------------------------------------------------------------------ files

    def _file_dialog(self, *, save: bool, caption: str, name: str, filters: str,
                     on_chosen: Callable[[str], object]) -> QFileDialog:  # fmt: skip
        dialog = QFileDialog(self, caption)
        dialog.setObjectName("file_dialog")
        dialog.setAcceptMode(
            QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
        )
        dialog.setFileMode(
            QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile
        )
        dialog.setNameFilter(filters)
        if self.last_dir:
            dialog.setDirectory(self.last_dir)
        if save:
            dialog.setDefaultSuffix(Path(name).suffix.lstrip("."))
            dialog.selectFile(name)

        def chosen(path: str) -> None:
            self.last_dir = str(Path(path).parent)
            on_chosen(path)

        dialog.fileSelected.connect(chosen)
        self._open(dialog)
        return dialog

    def _file_stem(self, *, week: bool = False) -> str:
        grid = self.screen.grid if self.screen else None
        name = grid.period.name if grid else self.tr("值班表")
        if week:
            day = self._selected_day()
            if day is not None and grid is not None:
                first, last = week_of(day, grid.period.start_date, grid.period.end_date)
                return self.tr("{name}值班表（{first}-{last}）").format(
                    name=name, first=f"{first:%m%d}", last=f"{last:%m%d}")
        return self.tr("{name}值班表").format(name=name)

    def choose_pdf(self, *, week: bool = False) -> QFileDialog:
        return self._file_dialog(
            save=True, caption=self.tr("导出 PDF"), name=self._file_stem(week=week) + ".pdf",
            filters=self.tr("PDF 文件 (*.pdf)"),
            on_chosen=lambda p: self.spawn(self.save_pdf(Path(p), week=week), "pdf"),
        )  # fmt: skip

    def choose_export(self) -> QFileDialog:
        return self._file_dialog(
            save=True, caption=self.tr("导出排班表到 Excel"), name=self._file_stem() + ".xlsx",
            filters=self.tr("Excel 工作簿 (*.xlsx)"),
            on_chosen=lambda p: self.spawn(self.export_excel(Path(p)), "export"),
        )  # fmt: skip

    def choose_import(self) -> QFileDialog:
        return self._file_dialog(
            save=False, caption=self.tr("从 Excel 导入排班表"), name="",
            filters=self.tr("Excel 工作簿 (*.xlsx)"), on_chosen=self.confirm_import,
        )  # fmt: skip

    async def export_excel(self, path: Path) -> Path | None:
        """Export the period to an Excel workbook (re-importable sheet 值班) through the door."""
        try:
            written = await self.door.call(
                export_roster, self.ctx, period_id=self.period_id, path=Path(path)
            )
        except Exception as exc:  # shown in the view
            text = describe_error(exc)
            self.say(text, error=True)
            self.sig_acted.emit(text)
            return None
        text = self.tr("已导出到 {p}（“值班”表可改后再导入）").format(p=written)
        self.say(text)
        self.sig_acted.emit(text)
        return written

    def confirm_import(self, path: str) -> QMessageBox:
        """Ask before a file replaces the roster of the days it names (opened with open())."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("导入排班表"),
            self.tr("导入“{f}”？").format(f=Path(path).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("import_confirm")
        box.setInformativeText(
            self.tr(
                "文件中出现的每一天，其排班将换成文件中的排班（其他日子不变），"
                "导入的班次算作手工排定。每一行都先检查，有一行不对就什么也不导入。"
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("导入"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("取消"))

        def answered(button) -> None:  # noqa: ANN001
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.spawn(self.import_excel(Path(path)), "import")

        box.buttonClicked.connect(answered)
        self._open(box)
        return box

    async def import_excel(self, path: Path) -> ImportReport | None:
        """Import sheet 值班 through the door; bad rows are listed and nothing is imported."""

        def refused(exc: Refused) -> str:
            if isinstance(exc, RosterImportRefused):
                self._open(ImportErrorsDialog(Path(path).name, exc.problems, self))
                return self.tr("“{f}”有 {n} 处问题，没有导入任何一行（问题见弹出的列表）。").format(
                    f=Path(path).name, n=len(exc.problems)
                )
            return error_text(exc)

        def done(report: ImportReport) -> str:
            text = self.tr("已导入 {n} 行，替换了 {d} 天的排班。").format(
                n=report.rows, d=len(report.days)
            )
            if report.findings:
                text += self.tr("检查发现 {n} 个问题，见右侧“检查”。").format(
                    n=len(report.findings)
                )
            return text

        return await self.write(
            import_roster, done=done, refused=refused, period_id=self.period_id, path=Path(path)
        )
