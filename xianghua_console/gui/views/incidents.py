"""事件: the open incidents with their live deadline countdowns (STYLE.md habit 5), filters,
the selected incident's details and timeline, and the lifecycle's actions.

Rows hold absolute deadlines; ``data()`` formats ``due - clock.now()``, so whatever is painted
— a row scrolled into view included — shows the clock's time. One timer owned by the model
ticks just after each second of the clock and stops when nothing counts. A tick announces
(``dataChanged``, one per run of adjacent rows) only the countdown cells that are on screen
(the table tells the model which rows it shows) and whose text changed since last announced;
the colour roles only when a cell's colour changed. The rows are kept in the
most-urgent-first order of the service (the due time, a key that never changes on a tick), so
the proxy's order is the model's and a tick costs it neither a re-sort nor a re-filter (its
filter role is one the tick never names; the sort keys are computed once per row). Countdowns
are green while more than the settings' alert lead (``alert_lead_minutes``, 5 by default)
remains, amber within it, red once passed ("超时 mm:ss") — the lead the alerts use.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

from xianghua_console.domain.clock import Clock
from xianghua_console.domain.deadlines import Deadline, DeadlineKind
from xianghua_console.domain.enums import IncidentStatus, Weight
from xianghua_console.domain.lifecycle import Step, next_steps, refusal
from xianghua_console.gui import fmt
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.deferred import deferred
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.gui.views.base import (
    DataView,
    Palette,
    RowsModel,
    SortRole,
    bold_font,
    countdown_font,
    make_table,
)
from xianghua_console.gui.views.incident_detail import DetailPane
from xianghua_console.gui.widgets import Banner, BannerKind
from xianghua_console.services.drafts import Draft, DraftStore

if TYPE_CHECKING:
    from xianghua_console.services import directory_lookup, incident_log, incidents
    from xianghua_console.services.directory_lookup import IntakeChoices
    from xianghua_console.services.incidents import IncidentRow
else:
    directory_lookup = deferred("xianghua_console.services.directory_lookup")
    incident_log = deferred("xianghua_console.services.incident_log")
    incidents = deferred("xianghua_console.services.incidents")

log = logging.getLogger(__name__)

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

#: A countdown turns amber this long before its due time (the settings' default
#: ``alert_lead_minutes``; the panel takes the office's own setting), red once overdue.
AMBER_WITHIN = timedelta(minutes=5)
TICK_MS = 1000
#: A tick comes this long after the clock's second changed (a timer is never early).
TICK_MARGIN_MS = 5
#: After a crossing updated the header's counts, the next crossings wait this long.
HEADER_GAP_MS = 5_000

#: The proxy filters on this role, which no tick names: a tick never re-runs the filter.
FilterRole = Qt.ItemDataRole.UserRole + 2

#: Red starts just after the due moment: at the due moment itself a deadline is not overdue.
_JUST_AFTER = timedelta(microseconds=1)

#: Sort key of a row with nothing counting: after every counting row.
_NO_DEADLINE_KEY = "9"


class Urgency(Enum):
    NONE = "none"  # nothing counting
    NORMAL = "normal"  # green: more than the alert lead left
    AMBER = "amber"  # due within the alert lead
    RED = "red"  # overdue


def urgency_of(remaining: timedelta | None, lead: timedelta = AMBER_WITHIN) -> Urgency:
    """How urgent a countdown with ``remaining`` time left is (0 left: due, not yet overdue).

    The same rule as the alerts' stages (``domain.alerts.stage_at``): amber from ``lead``
    before the due time, red once it has passed."""
    if remaining is None:
        return Urgency.NONE
    if remaining < timedelta(0):
        return Urgency.RED
    if remaining <= lead:
        return Urgency.AMBER
    return Urgency.NORMAL


_COUNTDOWN_BG = {
    Urgency.RED: Palette.RED_BG,
    Urgency.AMBER: Palette.AMBER_BG,
    Urgency.NORMAL: Palette.OK_BG,
}
_COUNTDOWN_FG = {
    Urgency.RED: Palette.RED_FG,
    Urgency.AMBER: Palette.AMBER_FG,
    Urgency.NORMAL: Palette.OK_FG,
}


def deadline_of(row: IncidentRow, kind: DeadlineKind) -> Deadline | None:
    """One of an incident's deadlines by its kind (None when it does not apply yet)."""
    return next((d for d in row.deadlines if d.kind is kind), None)


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

    sig_urgency_changed = Signal()
    """A countdown crossed a boundary (the alert lead left, or due) or the rows changed:
    colours and alerts change."""

    sig_crossed = Signal()
    """A tick found a countdown past a boundary (the time moved; the rows did not change)."""

    COUNTDOWN_ROLES = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    )

    #: What a tick names for a cell whose text changed, its colour not.
    TEXT_ROLES = (Qt.ItemDataRole.DisplayRole,)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(clock, parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)  # re-armed for the clock's next second by each tick
        self._timer.setInterval(TICK_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)
        self._next_boundary: datetime | None = None
        self._roles = list(self.COUNTDOWN_ROLES)
        self._text_roles = list(self.TEXT_ROLES)
        #: Amber this long before a due time: the settings' alert lead (set_alert_lead).
        self.amber_within = AMBER_WITHIN
        #: The model rows on screen now, for a tick to announce (set by the table showing
        #: the model; None: every row, as a model without a view would).
        self.visible_rows: Callable[[], Iterable[int]] | None = None
        self._index: dict[int, int] = {}  # incident id → model row
        self._dues: list[float] = []  # the next due times of the counting rows, sorted
        self._late = 0  # rows reported late
        self._sort_keys: dict[int, str] = {}  # incident id → the stable order key
        self._announced: dict[int, tuple[int, Urgency]] = {}  # model row → seconds, colour
        self.announced_cells = 0  # countdown cells the last tick announced (for the bench)

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
        # Most urgent first, as the service orders them: the proxy's order is then the
        # model's, and a tick's runs of rows stay contiguous ranges on the proxy.
        self.beginResetModel()
        self._rows = sorted(rows, key=incidents.urgency_key)
        self._rebuild()  # before the reset is announced: its slots read the counts
        self.endResetModel()
        self._rows_changed(rebuilt=True)

    def set_alert_lead(self, minutes: int) -> None:
        """Countdowns turn amber ``minutes`` before their due time (``alert_lead_minutes``)."""
        lead = timedelta(minutes=minutes)
        if lead == self.amber_within:
            return
        self.amber_within = lead
        self._announced.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_COUNTDOWN),
                                  self.index(len(self._rows) - 1, COL_COUNTDOWN), self._roles)
        self._rows_changed()

    def replace_row(self, row: IncidentRow) -> None:
        """Put a re-read row in its place (its order may move); a closed one leaves the panel."""
        at = self.index_of(row.id)
        if at is not None:
            self.beginRemoveRows(QModelIndex(), at, at)
            del self._rows[at]
            self.endRemoveRows()
        if row.status is not IncidentStatus.CLOSED:
            keys = [incidents.urgency_key(r) for r in self._rows]
            pos = bisect.bisect_left(keys, incidents.urgency_key(row))
            self.beginInsertRows(QModelIndex(), pos, pos)
            self._rows.insert(pos, row)
            self.endInsertRows()
        self._rows_changed()

    def index_of(self, incident_id: int) -> int | None:
        """The model row of an incident, or None when it is not on the panel."""
        return self._index.get(incident_id)

    def row_by_id(self, incident_id: int) -> IncidentRow | None:
        at = self.index_of(incident_id)
        return None if at is None else self._rows[at]

    def unit_of(self, incident_id: int) -> str:
        row = self.row_by_id(incident_id)
        return row.unit if row else ""

    def _rows_changed(self, *, rebuilt: bool = False) -> None:
        if not rebuilt:
            self._rebuild()
        self._next_boundary = self._compute_boundary(self.clock.now())
        self._update_timer()
        self.sig_urgency_changed.emit()

    def _rebuild(self) -> None:
        # Kept per row set, not per tick: where each incident is, the due times in order (for
        # the counts and the next colour change by bisection), the late ones, the sort keys.
        self._index = {r.id: i for i, r in enumerate(self._rows)}
        self._dues = sorted(r.next_deadline.due.timestamp() for r in self._rows
                            if r.next_deadline is not None)
        self._late = sum(1 for r in self._rows if r.reported_late)
        self._sort_keys = {}
        self._announced = {}

    def _compute_boundary(self, now: datetime) -> datetime | None:
        """The next instant at which some countdown changes colour: the first due time more
        than the lead away turns amber, the first one not yet passed turns red just after."""
        t, lead = now.timestamp(), self.amber_within.total_seconds()
        upcoming = []
        i = bisect.bisect_right(self._dues, t + lead)
        if i < len(self._dues):
            upcoming.append(datetime.fromtimestamp(self._dues[i], UTC) - self.amber_within)
        j = bisect.bisect_left(self._dues, t)
        if j < len(self._dues):
            upcoming.append(datetime.fromtimestamp(self._dues[j], UTC) + _JUST_AFTER)
        later = [b for b in upcoming if b > now]
        return min(later) if later else None

    def counting(self) -> bool:
        """Whether any row has a deadline still counting."""
        return bool(self._dues)

    def late_count(self) -> int:
        """How many rows were reported late (迟报)."""
        return self._late

    def timer_active(self) -> bool:
        return self._timer.isActive()

    def stop(self) -> None:
        """Stop counting (the window is closing)."""
        self._timer.stop()

    def tick(self) -> None:
        """The clock's second changed: announce the countdown cells on screen whose text (or
        colour) changed, one ``dataChanged`` per run of adjacent rows."""
        now = self.clock.now()
        self._announce(now)
        if self._next_boundary is not None and now >= self._next_boundary:
            self._next_boundary = self._compute_boundary(now)
            self.sig_urgency_changed.emit()
            self.sig_crossed.emit()
        self._update_timer(now)
        self.sig_ticked.emit()

    def _announce(self, now: datetime) -> None:
        rows = self._rows
        shown = self.visible_rows() if self.visible_rows is not None else range(len(rows))
        lead = self.amber_within
        text_runs: list[list[int]] = []  # [first, last] of adjacent rows, text changed
        colour_runs: list[list[int]] = []  # the same, colour changed too
        announced = self._announced
        count = 0
        for r in sorted(shown):
            nxt = rows[r].next_deadline if 0 <= r < len(rows) else None
            if nxt is None:
                continue  # nothing counting: its cell never changes on a tick
            remaining = nxt.due - now
            state = (int(remaining.total_seconds()), urgency_of(remaining, lead))
            before = announced.get(r)
            if before == state:
                continue
            announced[r] = state
            count += 1
            runs = colour_runs if before is None or before[1] is not state[1] else text_runs
            if runs and runs[-1][1] == r - 1:
                runs[-1][1] = r
            else:
                runs.append([r, r])
        for runs, roles in ((colour_runs, self._roles), (text_runs, self._text_roles)):
            for first, last in runs:
                self.dataChanged.emit(self.index(first, COL_COUNTDOWN),
                                      self.index(last, COL_COUNTDOWN), roles)
        self.announced_cells = count

    def _update_timer(self, now: datetime | None = None) -> None:
        """Tick again just after the clock's next second while something counts."""
        if not self.counting():
            self._timer.stop()
            return
        now = now or self.clock.now()
        self._timer.start(TICK_MS - now.microsecond // 1000 + TICK_MARGIN_MS)

    # -- figures for the header line (in memory, from the clock)

    def remaining(self, row: IncidentRow) -> timedelta | None:
        nxt = row.next_deadline
        return None if nxt is None else nxt.due - self.clock.now()

    def urgency(self, row: IncidentRow) -> Urgency:
        return urgency_of(self.remaining(row), self.amber_within)

    def count(self, level: Urgency) -> int:
        return self.counts()[level]

    def counts(self) -> dict[Urgency, int]:
        """How many rows are at each urgency now (one reading of the clock, by bisection
        over the sorted due times: red is due before now, amber due within the lead)."""
        t = self.clock.now().timestamp()
        red = bisect.bisect_left(self._dues, t)
        amber = bisect.bisect_right(self._dues, t + self.amber_within.total_seconds()) - red
        return {
            Urgency.RED: red,
            Urgency.AMBER: amber,
            Urgency.NORMAL: len(self._dues) - red - amber,
            Urgency.NONE: len(self._rows) - len(self._dues),
        }

    # -- cells

    def cell(self, row: IncidentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            return self._sort_key(row, column)
        if role == FilterRole:
            return row
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
            return fmt.label(row.weight)
        if column == COL_STATUS:
            if row.reported_late:
                return self.tr("{status} · 迟报").format(status=fmt.label(row.status))
            return fmt.label(row.status)
        if column == COL_DUE:
            nxt = row.next_deadline
            if nxt is None:
                return self.tr("时限均已完成")
            return f"{fmt.label(nxt.kind)} {fmt.md_hm(nxt.due)}"
        if column == COL_COUNTDOWN:
            remaining = self.remaining(row)
            return "" if remaining is None else fmt.countdown(remaining)
        if column == COL_SUMMARY:
            return " ".join(row.summary.split())
        return ""

    def _sort_key(self, row: IncidentRow, column: int) -> Any:
        if column in (COL_DUE, COL_COUNTDOWN):
            key = self._sort_keys.get(row.id)
            if key is None:  # once per row: a sort asks each row many times
                key = self._sort_keys[row.id] = due_sort_key(row)
            return key
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
            return _COUNTDOWN_BG.get(level)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _COUNTDOWN_FG.get(level)
        if role == Qt.ItemDataRole.FontRole:
            return countdown_font(bold=level in (Urgency.RED, Urgency.AMBER))
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
                kind=fmt.label(d.kind), due=fmt.md_hm(d.due)
            )
        if d.met_late:
            return self.tr("{kind}：时限 {due}，{met} 完成，超时 {late}").format(
                kind=fmt.label(d.kind),
                due=fmt.md_hm(d.due),
                met=fmt.md_hm(d.met_at),
                late=fmt.minutes((d.met_at - d.due).total_seconds()),
            )
        return self.tr("{kind}：时限 {due}，{met} 按时完成").format(
            kind=fmt.label(d.kind), due=fmt.md_hm(d.due), met=fmt.md_hm(d.met_at)
        )


class LiveTableView(QTableView):
    """A table that repaints only the strip of a column whose cells changed.

    Qt's view repaints its whole viewport when a dataChanged range reaches rows below the
    visible ones, as the countdown column's tick over every row does: every cell of every
    column would be asked for its data once a second. Here such a one-column change repaints
    that column's visible strip, and nothing when the column is scrolled out of sight.
    """

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: list[int] | None = None,
    ) -> None:
        if (
            top_left.isValid()
            and bottom_right.isValid()
            and top_left.column() == bottom_right.column()
            and top_left.row() != bottom_right.row()
        ):
            column = top_left.column()
            x = self.columnViewportPosition(column)
            viewport = self.viewport()
            if x >= 0 and not self.isColumnHidden(column):
                viewport.update(QRect(x, 0, self.columnWidth(column), viewport.height()))
            return
        super().dataChanged(top_left, bottom_right, roles or [])


class IncidentFilterProxy(QSortFilterProxyModel):
    """Sorts by :data:`SortRole` and keeps the rows of the chosen status, sub-command, unit and
    weight (None: any). Filters read the row object under :data:`FilterRole`."""

    #: The sub-command filter's value for "no sub-command assigned".
    UNASSIGNED = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterRole(FilterRole)
        # Not dynamic: Qt would re-run the filter and compare neighbours for every row on each
        # tick's dataChanged. Rows change only by a reload (a reset, filtered and sorted anew)
        # or replace_row, after which the panel re-sorts (see IncidentsView._resort).
        self.setDynamicSortFilter(False)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.status: IncidentStatus | None = None
        self.subcommand: str | None = None
        self.unit: str | None = None
        self.weight: Weight | None = None

    def set_filters(
        self,
        *,
        status: IncidentStatus | None = None,
        subcommand: str | None = None,
        unit: str | None = None,
        weight: Weight | None = None,
    ) -> None:
        self.beginFilterChange()
        self.status, self.subcommand, self.unit, self.weight = status, subcommand, unit, weight
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def active(self) -> bool:
        return any(f is not None for f in (self.status, self.subcommand, self.unit, self.weight))

    def accepts(self, row: IncidentRow) -> bool:
        return (
            (self.status is None or row.status == self.status)
            and (self.subcommand is None or row.subcommand == self.subcommand)
            and (self.unit is None or row.unit == self.unit)
            and (self.weight is None or row.weight == self.weight)
        )

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.active():
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(FilterRole)
        return row is None or self.accepts(row)


#: Shortcuts of the steps, in the lifecycle's order (Ctrl+1…5 switch the views; Shift+digit
#: is a punctuation key on many layouts, so not Ctrl+Shift+digit).
#: The prefix of the intake dialog's draft keys (``incident.new:<its own id>``).
INTAKE_DRAFT = "incident.new"

STEP_SHORTCUTS = {step: f"Alt+{n}" for n, step in enumerate(Step, start=1)}


class IncidentsView(DataView):
    """事件: every incident not closed, most urgent first; its details, timeline and steps."""

    view_name = "incidents"

    sig_incidents_changed = Signal()
    """The panel's rows were re-read or one of them changed (a step, a new report)."""

    sig_detail_loaded = Signal(int)
    """The details pane shows this incident as just read from the database."""

    sig_message = Signal(str)
    """A step's outcome was shown to the officer (its text)."""

    def __init__(
        self, door: DbDoor, parent: QWidget | None = None, *, tasks: TaskKeeper | None = None
    ) -> None:
        super().__init__(door, parent)
        self.ctx = door.ctx
        self.tasks = tasks if tasks is not None else TaskKeeper(self.show_task_error)
        self.choices: IntakeChoices | None = None
        self.selected_id: int | None = None
        self.dialog: QWidget | None = None  # the dialog open now (kept: it is opened with open())
        self.drafts: DraftStore | None = None  # set by the window: intake drafts kept here
        self._detail_token = 0
        self.last_logged: IncidentRow | None = None
        self.context_menu: QMenu | None = None

        # The base view's table, replaced by one that repaints only a ticking column's strip.
        self.layout().removeWidget(self.table)
        self.table.deleteLater()
        self.table = make_table(self, LiveTableView)
        self.model = IncidentTableModel(self.clock, self)
        self.proxy = IncidentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self.model.visible_rows = self.rows_on_screen  # a tick announces only these
        self.table.setObjectName("incident_table")
        self.table.setAccessibleName(self.tr("未结事件"))
        self.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        # Fixed: a ResizeToContents column would re-measure every row on every tick.
        header.setSectionResizeMode(COL_COUNTDOWN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_COUNTDOWN, self.countdown_width())
        # The header's counts: at once after a reload; after a tick's crossing at once, then
        # at most once per HEADER_GAP_MS (a thousand live clocks cross one every second, and
        # each new header text lays the view out again: the toolbar repaints).
        self.model.modelReset.connect(self._update_header)
        self.model.sig_crossed.connect(self._crossed)
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(HEADER_GAP_MS)
        self._header_timer.timeout.connect(self._header_gap_over)
        self._header_pending = False
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.info = Banner(BannerKind.INFO, self)
        self.info.setObjectName("panel_info")
        self.error = Banner(BannerKind.ERROR, self)
        self.error.setObjectName("panel_error")
        self._build_actions()
        self._build_filters()
        self.detail = DetailPane(self.clock, self)

        layout = self.layout()
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setObjectName("panel_split")
        self.split.addWidget(self.table)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.split, 1)
        self._update_actions()

    def title(self) -> str:
        return self.tr("事件")

    def countdown_width(self) -> int:
        metrics = QFontMetrics(countdown_font(bold=True))
        return (
            metrics.horizontalAdvance(
                fmt.countdown(-timedelta(days=9, hours=23, minutes=59, seconds=59))
            )
            + 24
        )

    # ------------------------------------------------------------------ building

    def _action(self, text: str, shortcut: str | QKeySequence | None, slot, tip: str) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            tip = f"{tip}（{action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}）"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        # Only while the panel (or a child) has focus: the other views keep their own keys.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("接报登记"), QKeySequence.StandardKey.New, self.open_new_dialog,
            self.tr("登记一起新接到的报告"),
        )
        self.new_action.setObjectName("new_incident_action")
        self.next_action = self._action(
            self.tr("下一步"), "Ctrl+Return", self.open_next_step,
            self.tr("进行选中事件的下一步"),
        )
        self.step_actions: dict[Step, QAction] = {}
        for step in Step:
            action = self._action(
                fmt.label(step), STEP_SHORTCUTS[step], lambda s=step: self.open_step(s), fmt.label(step)
            )
            action.setObjectName(f"step_{step.value}")
            self.step_actions[step] = action
        self.escalate_action = self._action(
            self.tr("报告镇主要领导…"), "Ctrl+L", lambda: self.open_report_up(county=False),
            self.tr("记录向镇党委、政府主要领导的报告：报告了谁、什么时间"),
        )
        self.county_action = self._action(
            self.tr("报告县委县政府…"), "Ctrl+Shift+L", lambda: self.open_report_up(county=True),
            self.tr("记录向县委、县政府的报告：报告了谁、什么时间"),
        )
        self.correct_action = self._action(
            self.tr("更正时间…"), "Ctrl+E", self.open_correction,
            self.tr("更正一个已记录的时间，须写明原因（记入时间线）"),
        )
        self.assign_action = self._action(
            self.tr("分派…"), "Ctrl+D", self.open_assignment,
            self.tr("分派给分指挥部和工作组，记录处置指示、督导和接收"),
        )
        self.onscene_action = self._action(
            self.tr("现场指挥部…"), "Ctrl+K", self.open_onscene,
            self.tr("成立或调整现场指挥部：指挥长、副指挥长和成员"),
        )
        # F8 from anywhere in the panel's tab (a window shortcut of this view: the daily
        # board's F8, the next unit not reported, is active only while that tab is shown).
        self.next_overdue_action = QAction(self.tr("下一起超时事件"), self)
        self.next_overdue_action.setObjectName("next_overdue_action")
        self.next_overdue_action.setShortcut(QKeySequence(Qt.Key.Key_F8))
        self.next_overdue_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.next_overdue_action.setToolTip(self.tr("选中下一起已超过时限的事件（F8）"))
        self.next_overdue_action.triggered.connect(lambda _=False: self.select_next_overdue())
        self.addAction(self.next_overdue_action)
        self.toolbar = QToolBar(self.tr("事件操作"), self)
        self.toolbar.setObjectName("incident_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addSeparator()
        for action in self.step_actions.values():
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.escalate_action)
        self.toolbar.addAction(self.county_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.assign_action)
        self.toolbar.addAction(self.onscene_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.correct_action)
        new_button = self.toolbar.widgetForAction(self.new_action)
        if isinstance(new_button, QToolButton):
            new_button.setObjectName("new_incident_button")
            font = new_button.font()
            font.setBold(True)
            new_button.setFont(font)

    def _build_filters(self) -> None:
        self.filter_bar = QWidget(self)
        self.filter_bar.setObjectName("filter_bar")
        row = QHBoxLayout(self.filter_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.status_filter = QComboBox(self.filter_bar)
        self.status_filter.addItem(self.tr("全部"), None)
        for status in IncidentStatus:
            if status is not IncidentStatus.CLOSED:
                self.status_filter.addItem(fmt.label(status), status)
        self.subcommand_filter = QComboBox(self.filter_bar)
        self.unit_filter = QComboBox(self.filter_bar)
        self.unit_filter.setMinimumContentsLength(8)
        self.weight_filter = QComboBox(self.filter_bar)
        self.weight_filter.addItem(self.tr("全部"), None)
        for weight in Weight:
            self.weight_filter.addItem(fmt.label(weight), weight)
        self._fill_directory_filters()
        for label, combo, name in (
            (self.tr("状态"), self.status_filter, "status_filter"),
            (self.tr("分指挥部"), self.subcommand_filter, "subcommand_filter"),
            (self.tr("报告单位"), self.unit_filter, "unit_filter"),
            (self.tr("程度"), self.weight_filter, "weight_filter"),
        ):
            caption = QLabel(label + self.tr("："), self.filter_bar)
            caption.setBuddy(combo)
            combo.setObjectName(name)
            combo.setAccessibleName(self.tr("按{what}筛选").format(what=label))
            combo.currentIndexChanged.connect(self._apply_filters)
            row.addWidget(caption)
            row.addWidget(combo)
            row.addSpacing(8)
        self.clear_filters_button = QToolButton(self.filter_bar)
        self.clear_filters_button.setText(self.tr("清除筛选"))
        self.clear_filters_button.setObjectName("clear_filters")
        self.clear_filters_button.clicked.connect(self.clear_filters)
        row.addWidget(self.clear_filters_button)
        self.shown_label = QLabel(self.filter_bar)
        self.shown_label.setObjectName("shown_label")
        row.addStretch(1)
        row.addWidget(self.shown_label)

    def _fill_directory_filters(self) -> None:
        """The sub-command and unit choices, from the directory (kept across reloads)."""
        for combo, items in (
            (
                self.subcommand_filter,
                [(self.tr("未分派"), IncidentFilterProxy.UNASSIGNED)]
                + [(s.short_name, s.short_name) for s in (self.choices.subcommands
                                                          if self.choices else ())],
            ),
            (
                self.unit_filter,
                [(u.name, u.name) for u in (self.choices.units if self.choices else ())],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("全部"), None)
            for text, value in items:
                combo.addItem(text, value)
            at = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, at))
            combo.blockSignals(False)

    # ------------------------------------------------------------------ loading

    async def load(self) -> None:
        read = await self.door.call(incidents.panel_rows, self.ctx)
        choices = await self.door.call(directory_lookup.intake_choices, self.ctx)
        self.model.set_alert_lead(read.alert_lead_minutes)
        self.show_rows(read.rows, choices)
        self._finish_load()

    def show_rows(self, rows: list[IncidentRow], choices: IntakeChoices | None = None) -> None:
        """Show freshly read rows, keeping the selected incident selected."""
        keep = self.selected_id
        if choices is not None:
            self.choices = choices
            self._fill_directory_filters()
            self._apply_filters()
        self.model.set_rows(rows)
        self.fit_columns(keep=(COL_COUNTDOWN, COL_SUMMARY))
        self._update_header()
        if keep is not None and self.model.index_of(keep) is not None:
            self.select_incident(keep)
        else:
            self.selected_id = None
            self.detail.clear()
            self._update_actions()
        self.sig_incidents_changed.emit()

    def reload_soon(self) -> None:
        """Re-read the panel through the door (after a refusal: the row was stale)."""
        self.tasks.spawn(self._reload(), name="incidents.reload")

    async def _reload(self) -> None:
        read = await self.door.call(incidents.panel_rows, self.ctx)
        self.model.set_alert_lead(read.alert_lead_minutes)  # the settings may have changed
        self.show_rows(read.rows)

    # ------------------------------------------------------------------ filters

    def _apply_filters(self) -> None:
        # A StrEnum put in a combo comes back as a plain str: turn it back into its enum.
        status, weight = self.status_filter.currentData(), self.weight_filter.currentData()
        self.proxy.set_filters(
            status=None if status is None else IncidentStatus(status),
            subcommand=self.subcommand_filter.currentData(),
            unit=self.unit_filter.currentData(),
            weight=None if weight is None else Weight(weight),
        )
        self._update_header()
        if self.selected_id is not None and self.proxy_row_of(self.selected_id) is None:
            # Filtered away: Qt drops the selection without a selectionChanged signal.
            self.table.clearSelection()
            self.selected_id = None
            self.detail.clear()
            self._update_actions()

    def clear_filters(self) -> None:
        for combo in (self.status_filter, self.subcommand_filter, self.unit_filter,
                      self.weight_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._apply_filters()

    # ------------------------------------------------------------------ selection and details

    def proxy_row_of(self, incident_id: int) -> int | None:
        at = self.model.index_of(incident_id)
        if at is None:
            return None
        index = self.proxy.mapFromSource(self.model.index(at, 0))
        return index.row() if index.isValid() else None

    def select_incident(self, incident_id: int) -> bool:
        """Select an incident's row (clearing the filters if they hide it); its details load."""
        if self.model.index_of(incident_id) is None:
            return False
        if self.proxy_row_of(incident_id) is None:
            self.clear_filters()
        row = self.proxy_row_of(incident_id)
        assert row is not None
        index = self.proxy.index(row, 0)
        self.selected_id = incident_id  # first: the selection signal then loads nothing itself
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.load_detail_soon()
        self._update_actions()
        return True

    def rows_on_screen(self) -> list[int]:
        """The model rows whose countdown cell the table shows now: none while the panel is
        hidden (another tab, the window minimised) or the column is scrolled out of sight."""
        table = self.table
        if not table.isVisible() or table.window().isMinimized():
            return []
        viewport = table.viewport()
        x = table.columnViewportPosition(COL_COUNTDOWN)
        if (table.isColumnHidden(COL_COUNTDOWN) or x >= viewport.width()
                or x + table.columnWidth(COL_COUNTDOWN) <= 0):
            return []
        first = table.rowAt(0)
        if first < 0:
            return []
        last = table.rowAt(viewport.height() - 1)
        if last < 0:
            last = self.proxy.rowCount() - 1
        proxy = self.proxy
        return [proxy.mapToSource(proxy.index(r, COL_COUNTDOWN)).row()
                for r in range(first, last + 1)]

    def select_next_overdue(self) -> bool:
        """F8: select the next overdue incident below the selected one (from the top after
        the last), in the panel's order; False when none is overdue."""
        overdue = [
            r for r in range(self.proxy.rowCount())
            if self.model.urgency(self.model.row_at(self.proxy.mapToSource(
                self.proxy.index(r, 0)).row())) is Urgency.RED
        ]
        if not overdue:
            self.show_message(self.tr("没有超过时限的事件。"))
            return False
        current = self.proxy_row_of(self.selected_id) if self.selected_id is not None else None
        row = next((r for r in overdue if current is None or r > current), overdue[0])
        self.select_incident(self.model.row_at(self.proxy.mapToSource(
            self.proxy.index(row, 0)).row()).id)
        self.table.setFocus()
        return True

    def selected_row(self) -> IncidentRow | None:
        return None if self.selected_id is None else self.model.row_by_id(self.selected_id)

    def _selection_changed(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.selected_id = None
            self.detail.clear()
            self._update_actions()
            return
        source = self.proxy.mapToSource(rows[0])
        row = self.model.row_at(source.row())
        if row.id != self.selected_id:
            self.selected_id = row.id
            self.load_detail_soon()
        self._update_actions()

    def load_detail_soon(self) -> None:
        if self.selected_id is None:
            return
        self._detail_token += 1
        self.tasks.spawn(self._load_detail(self.selected_id, self._detail_token),
                         name="incidents.detail")

    async def _load_detail(self, incident_id: int, token: int) -> None:
        try:
            detail = await self.door.call(
                incident_log.incident_detail, self.ctx, incident_id=incident_id
            )
        except Exception as exc:  # shown in the pane itself; the panel stays usable
            if token == self._detail_token:
                self.detail.clear(self.tr("详情读取失败：") + describe_error(exc))
            return
        if token != self._detail_token or incident_id != self.selected_id:
            return  # the officer has moved on to another incident meanwhile
        self.detail.show_detail(detail)
        self._update_actions()  # tooltips name what the detail says (whom it was reported to)
        self.sig_detail_loaded.emit(incident_id)

    # ------------------------------------------------------------------ actions

    def _update_actions(self) -> None:
        from xianghua_console.gui import core_text

        row = self.selected_row()
        allowed = set(next_steps(row.status)) if row else set()
        for step, action in self.step_actions.items():
            action.setEnabled(step in allowed)
            button = self.toolbar.widgetForAction(action)
            if button is not None:  # the one step that follows stands out on the bar
                font = button.font()
                font.setBold(step in allowed)
                button.setFont(font)
            reason = core_text.text(refusal(step, row.status)) if row else self.tr("先选中一起事件")
            action.setToolTip(fmt.label(step) if step in allowed else f"{fmt.label(step)}：{reason}")
        following = next(iter(allowed), None)
        self.next_action.setEnabled(following is not None)
        self.next_action.setText(
            self.tr("下一步：{s}").format(s=fmt.label(following)) if following else self.tr("下一步")
        )
        open_row = row is not None and row.status is not IncidentStatus.CLOSED
        self.assign_action.setEnabled(open_row)
        self.onscene_action.setEnabled(open_row)
        escalation = deadline_of(row, DeadlineKind.ESCALATE) if row else None
        escalated = escalation is not None and escalation.met_at is not None
        self.escalate_action.setEnabled(open_row and not escalated)
        self.escalate_action.setToolTip(
            self.tr("已于 {t} 报告{who}；时间有误请用“更正时间”").format(
                t=fmt.md_hm(escalation.met_at), who=self._escalated_to())
            if escalated and escalation is not None
            else self.tr("记录向镇党委、政府主要领导的报告：报告了谁、什么时间（Ctrl+L）")
        )
        self.county_action.setEnabled(open_row)
        self.correct_action.setEnabled(row is not None)

    def _escalated_to(self) -> str:
        d = self.detail.detail
        return d.escalated_to if d is not None and d.row.id == self.selected_id else ""

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            source = self.proxy.mapToSource(index)
            self.select_incident(self.model.row_at(source.row()).id)
        menu = QMenu(self)
        menu.setObjectName("incident_menu")
        if self.next_action.isEnabled():
            menu.addAction(self.next_action)
            menu.addSeparator()
        for action in self.step_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.escalate_action)
        menu.addAction(self.county_action)
        menu.addAction(self.assign_action)
        menu.addAction(self.onscene_action)
        menu.addAction(self.correct_action)
        menu.addSeparator()
        menu.addAction(self.new_action)
        menu.aboutToHide.connect(menu.deleteLater)
        self.context_menu = menu
        # popup(), not exec(): a nested event loop inside qasync is a trap (STYLE.md).
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _open(self, dialog: QWidget) -> None:
        """Open a dialog with open() (non-blocking), keeping it until it closes."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _dialog_closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def open_new_dialog(self, draft: Draft | None = None) -> bool:
        """接报登记 (Ctrl+N): read the directory through the door, then open the dialog.

        With ``draft`` (an entry left unsaved last time) the dialog opens filled in with it.
        False when an intake dialog is open already (it is brought to the front instead).
        """
        if self.dialog is not None and self.dialog.objectName() == "incident_dialog":
            self.dialog.raise_()
            self.dialog.activateWindow()
            return False
        self.tasks.spawn(self._open_new_dialog(draft), name="incidents.new_dialog")
        return True

    async def _open_new_dialog(self, draft: Draft | None = None) -> None:
        from xianghua_console.gui.incident_dialog import IncidentDialog

        self.choices = await self.door.call(directory_lookup.intake_choices, self.ctx)
        dialog = IncidentDialog(self.door, self.tasks, self.choices, self)
        dialog.sig_logged.connect(self._logged)
        if draft is not None:
            dialog.restore_draft(draft.data)
        if self.drafts is not None:  # what is typed survives a crash (gui.drafting)
            from xianghua_console.gui.drafting import DraftKeeper, new_key

            key = draft.key if draft is not None else new_key(INTAKE_DRAFT)
            dialog.draft_keeper = DraftKeeper(dialog, self.drafts, key)
        self._open(dialog)

    def open_next_step(self) -> None:
        row = self.selected_row()
        steps = next_steps(row.status) if row else []
        if steps:
            self.open_step(steps[0])

    def open_step(self, step: Step) -> None:
        from xianghua_console.gui.step_dialogs import SpecialReportDialog, StepDialog

        row = self.selected_row()
        if row is None:
            return
        if step is Step.SPECIAL_REPORT:
            dialog = SpecialReportDialog(self.door, self.tasks, row, self)
        else:
            dialog = StepDialog(self.door, self.tasks, row, step, self)
        self._connect_change(dialog, self.tr("{n}：{what}").format(n=row.number, what=fmt.label(step)))
        self._open(dialog)

    def open_report_up(self, *, county: bool) -> None:
        from xianghua_console.gui.step_dialogs import ReportUpDialog

        row = self.selected_row()
        if row is None:
            return
        dialog = ReportUpDialog(self.door, self.tasks, row, county=county, parent=self)
        what = self.tr("已记录报告县委县政府") if county else self.tr("已记录报告镇主要领导")
        self._connect_change(dialog, f"{row.number}：{what}")
        self._open(dialog)

    def open_correction(self) -> None:
        from xianghua_console.gui.step_dialogs import CorrectionDialog

        row = self.selected_row()
        if row is None or self.choices is None:
            return
        dialog = CorrectionDialog(self.door, self.tasks, row, self.choices.settings, self)
        self._connect_change(dialog, self.tr("{n}：已更正，时间线上记下了原因").format(n=row.number))
        self._open(dialog)

    def open_assignment(self) -> None:
        """The assignment dialog of the selected incident (sub-command, groups, instructions)."""
        from xianghua_console.gui.dialogs.assignment import open_assignment_dialog

        row = self.selected_row()
        if row is None:
            return
        self.command_dialog = open_assignment_dialog(self.door, row.id, self)
        self.command_dialog.sig_changed.connect(self._command_changed)

    def open_onscene(self) -> None:
        """The on-scene command dialog of the selected incident."""
        from xianghua_console.gui.dialogs.onscene import open_onscene_dialog

        row = self.selected_row()
        if row is None:
            return
        self.command_dialog = open_onscene_dialog(self.door, row.id, self)
        self.command_dialog.sig_changed.connect(self._command_changed)

    def _command_changed(self, *_args: object) -> None:
        """An assignment or on-scene change was saved: re-read the panel and the details."""
        self.reload_soon()
        self.sig_incidents_changed.emit()

    def _connect_change(self, dialog: Any, done_text: str) -> None:
        dialog.sig_saved.connect(lambda row: self._changed(row, done_text))
        dialog.sig_refused.connect(self._refused)

    # ------------------------------------------------------------------ after a write

    def _logged(self, row: IncidentRow) -> None:
        """A new report was saved: reload the panel, select it, say its number."""
        nxt = row.next_deadline
        clock = (
            self.tr("，{kind}时限 {due}").format(kind=fmt.label(nxt.kind), due=fmt.hm(nxt.due))
            if nxt
            else ""
        )
        late = self.tr("（迟报）") if row.reported_late else ""
        self.show_message(
            self.tr("已登记事件 {n}：{unit}{late}{clock}。").format(
                n=row.number, unit=row.unit, late=late, clock=clock
            )
        )
        self.selected_id = row.id
        self.last_logged = row
        self.tasks.spawn(self._reload(), name="incidents.reload_after_log")

    def _resort(self) -> None:
        """Sort the proxy again after a row moved (its sort is not dynamic, for the ticks)."""
        self.proxy.sort(self.proxy.sortColumn(), self.proxy.sortOrder())

    def _changed(self, row: IncidentRow, text: str) -> None:
        """A step or record was saved: the row and the timeline are re-read."""
        self.model.replace_row(row)
        self._resort()
        if row.status is IncidentStatus.CLOSED:
            self.selected_id = None
            self.detail.clear(self.tr("{n} 已结案，不再显示在未结事件中。").format(n=row.number))
            self._update_actions()
        else:
            self.select_incident(row.id)
        self.show_message(text)
        self._update_header()
        self.sig_incidents_changed.emit()

    def _refused(self, reason: str) -> None:
        """A step did not follow (another workstation may have moved the incident on)."""
        self.show_message(reason, error=True)
        self.reload_soon()

    def show_message(self, text: str, *, error: bool = False) -> None:
        if error:
            self.info.hide()
            self.error.show_message(text)
        else:
            self.error.hide()
            self.info.show_message(text)
        self.sig_message.emit(text)

    def show_task_error(self, exc: BaseException) -> None:
        self.show_message(describe_error(exc), error=True)

    def reload_detail_if(self, incident_id: int) -> None:
        """Re-read the pane when it shows this incident (an alert of it was acknowledged)."""
        if incident_id == self.selected_id:
            self.load_detail_soon()

    def shutdown(self) -> None:
        """The window is closing: stop counting, close a dialog left open."""
        self.model.stop()
        if self.dialog is not None:
            self.dialog.close()

    # ------------------------------------------------------------------ header

    def _crossed(self) -> None:
        if self._header_timer.isActive():
            self._header_pending = True
            return
        self._update_header()
        self._header_timer.start()

    def _header_gap_over(self) -> None:
        if self._header_pending:
            self._header_pending = False
            self._update_header()
            self._header_timer.start()

    def _update_header(self) -> None:
        m = self.model
        total = m.rowCount()
        parts = [self.tr("未结事件 <b>{n}</b> 起").format(n=total)]
        counts = m.counts()
        red, amber = counts[Urgency.RED], counts[Urgency.AMBER]
        late = m.late_count()
        if red:
            parts.append(
                '<span style="background:#c62828;color:#fff"><b>&nbsp;'
                + self.tr("超时 {n} 起").format(n=red)
                + "&nbsp;</b></span>"
            )
        if amber:
            parts.append(
                '<span style="background:#ffb300;color:#000"><b>&nbsp;'
                + self.tr("{m} 分钟内到期 {n} 起").format(
                    m=int(m.amber_within.total_seconds() // 60), n=amber)
                + "&nbsp;</b></span>"
            )
        if late:
            parts.append(
                '<span style="color:#b02a37">' + self.tr("迟报 {n} 起").format(n=late) + "</span>"
            )
        if total == 0:
            parts = [self.tr("当前没有未结事件。")]
        self.header.setText("　".join(parts))
        shown = self.proxy.rowCount()
        self.shown_label.setText(
            self.tr("筛选后显示 {shown} / {total} 起").format(shown=shown, total=total)
            if self.proxy.active()
            else ""
        )
        self.clear_filters_button.setEnabled(self.proxy.active())

