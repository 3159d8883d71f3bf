"""日报: the board of a day's daily reports, one row per village and town unit.

On top, where the duty officer looks first: a large countdown to the cutoff and the chase list
of the units not reported yet, with whom to phone. A zero report is one key (Space) or one
click on the selected unit; a unit is found by typing its name or pinyin initials (``dgc``).
A situation, a correction and closing the day are dialogs. Every write goes through the door
and the board is re-read after it; the countdown ticks from memory on one timer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.clock import local_today
from xianghua_console.domain.enums import DailyReportKind, DailyState
from xianghua_console.domain.permissions import Action
from xianghua_console.domain.text import pinyin_initials
from xianghua_console.gui import fmt
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.core_text import error_text
from xianghua_console.gui.daily_dialogs import (
    DailyCorrectionDialog,
    SituationDialog,
    fill_incident_dialog,
    from_qdate,
    prefill_from_row,
    to_qdate,
)
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.gui.views.base import (
    DataView,
    Palette,
    RowsModel,
    SortRole,
    bold_font,
    escape,
)
from xianghua_console.services.context import Refused
from xianghua_console.services.daily import ChaseItem, DailyBoard, DailyBoardRow, daily_board
from xianghua_console.services.daily_reports import (
    ClosedDay,
    RecordedReport,
    close_day,
    link_incident,
    record_zero_report,
)
from xianghua_console.services.directory_lookup import intake_choices
from xianghua_console.services.incident_log import NewIncident

(
    COL_UNIT,
    COL_KIND,
    COL_OFFICER,
    COL_PHONE,
    COL_STATE,
    COL_RECEIVED,
    COL_TAKEN_BY,
    COL_NOTE,
    COL_CONTENT,
) = range(9)

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

TICK_MS = 1000
#: The countdown turns amber this close to the cutoff.
WARN_SECONDS = 30 * 60

#: Countdown box styles: (background, text colour).
BOX_NORMAL = ("#e9ecef", "#212529")
BOX_WARN = ("#ffb300", "#000000")
BOX_OVERDUE = ("#c62828", "#ffffff")
BOX_DONE = ("#d1e7dd", "#0f5132")
BOX_CLOSED = ("#dee2e6", "#495057")


def is_urgent_unlogged(row: DailyBoardRow) -> bool:
    """An urgent situation whose incident has not been logged yet (its dialog was cancelled)."""
    return (
        row.urgent and row.report_kind is DailyReportKind.SITUATION and row.incident_id is None
    )


class DailyBoardModel(RowsModel):
    """The units expected to report on a day and the state of each one's report."""

    def headers(self) -> list[str]:
        return [
            self.tr("单位"),
            self.tr("类别"),
            self.tr("信息员"),
            self.tr("电话"),
            self.tr("状态"),
            self.tr("报送时间"),
            self.tr("接报人"),
            self.tr("备注"),
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
        if column == COL_NOTE and role == Qt.ItemDataRole.ForegroundRole:
            return Palette.WARN_FG if is_urgent_unlogged(row) else Palette.MUTED_FG
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
            return fmt.label(row.kind)
        if column == COL_OFFICER:
            return row.info_officer or self.tr("未指定")
        if column == COL_PHONE:
            return row.phone or fmt.DASH
        if column == COL_STATE:
            return fmt.label(row.state)
        if column == COL_RECEIVED:
            return fmt.hm(row.received_at) if row.received_at else ""
        if column == COL_TAKEN_BY:
            return row.taken_by
        if column == COL_NOTE:
            return self.note(row)
        if column == COL_CONTENT:
            return " ".join(row.content.split())
        return ""

    def note(self, row: DailyBoardRow) -> str:
        parts = []
        if row.state is DailyState.LATE and row.report_kind is not None:
            parts.append(self.tr("平安") if row.report_kind is DailyReportKind.ZERO
                         else self.tr("有情况"))
        if is_urgent_unlogged(row):
            parts.append(self.tr("紧急·未登记事件"))
        elif row.urgent:
            parts.append(self.tr("紧急·已登记事件"))
        elif row.incident_id is not None:
            parts.append(self.tr("已关联事件"))
        if row.corrected:
            parts.append(self.tr("已更正"))
        return "，".join(parts)

    def source_row_of(self, unit_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.unit_id == unit_id), None)


class BoardProxy(QSortFilterProxyModel):
    """Sorts by :data:`SortRole`; keeps the units whose name or pinyin initials hold a query."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._query = ""
        self._initials: dict[str, str] = {}

    def set_query(self, query: str) -> None:
        self.beginFilterChange()
        self._query = "".join(query.split()).lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def initials(self, name: str) -> str:
        if name not in self._initials:
            self._initials[name] = pinyin_initials(name)
        return self._initials[name]

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._query:
            return True
        model = self.sourceModel()
        assert isinstance(model, DailyBoardModel)
        row: DailyBoardRow = model.row_at(source_row)
        return self._query in row.unit.lower() or self._query in self.initials(row.unit)


class ChaseModel(RowsModel):
    """The chase list: units not reported yet, each with its information officer's phone."""

    def headers(self) -> list[str]:
        return [self.tr("待催报")]

    def cell(self, row: ChaseItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            who = (
                f"{row.info_officer} {row.phone}".strip()
                if row.info_officer or row.phone
                else self.tr("未指定信息员")
            )
            return f"{row.unit}　{who}"
        if role == Qt.ItemDataRole.ForegroundRole and not row.phone:
            return Palette.WARN_FG
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("单击：在日报表中选中{u}（再按空格即登记平安）").format(u=row.unit)
        return None


def _month_day(day: date) -> str:
    """``3月5日``."""
    return _tr("{m}月{d}日").format(m=day.month, d=day.day)


def countdown_state(board: DailyBoard, now_day: date, now) -> tuple[str, str, tuple[str, str]]:  # noqa: ANN001
    """The countdown box for ``board`` at ``now``: (caption, big text, (background, colour))."""
    pending = len(board.chase_list)
    cutoff = fmt.hm(board.cutoff)
    if board.closed:
        missing = board.count(DailyState.MISSING)
        return (
            _tr("{d} 日报").format(d=_month_day(board.day)),
            _tr("已关账"),
            BOX_CLOSED if not missing else ("#f8d7da", "#842029"),
        )
    if board.rows and pending == 0:
        return (_tr("截止 {t}").format(t=cutoff), _tr("全部已报"), BOX_DONE)
    if board.day != now_day:
        # a past day nobody closed: its cutoff is long gone, the units are still owed
        return (
            _tr("{d} 截止 {t} 已过，未关账").format(d=_month_day(board.day), t=cutoff),
            _tr("未报 {n}").format(n=pending),
            BOX_OVERDUE,
        )
    remaining = board.remaining(now)
    seconds = remaining.total_seconds()
    if seconds <= 0:
        return (
            _tr("已过 {t} 截止，仍未报").format(t=cutoff),
            fmt.countdown(remaining),
            BOX_OVERDUE,
        )
    return (
        _tr("距今日 {t} 截止").format(t=cutoff),
        fmt.countdown(remaining),
        BOX_WARN if seconds <= WARN_SECONDS else BOX_NORMAL,
    )


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DailyView", text)


class DailyView(DataView):
    """日报: a day's board (today by default) with the countdown and the chase list on top."""

    view_name = "daily"

    sig_board_changed = Signal()
    """A daily report was written or the day closed (the board was re-read after it)."""

    sig_incident_logged = Signal(int)
    """An urgent situation was logged as an incident (its id) and linked to its report."""

    sig_message = Signal(str)
    """The outcome of an action was shown in the view's message line (its text)."""

    def __init__(
        self, door: DbDoor, parent: QWidget | None = None, *, tasks: TaskKeeper | None = None
    ) -> None:
        super().__init__(door, parent)
        self.ctx = door.ctx
        self.tasks = tasks or TaskKeeper(self.show_task_error)
        self.model = DailyBoardModel(self.clock, self)
        self.proxy = BoardProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        # The service's order (villages, then town units, as in the directory) is the default.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _i: self.open_situation_dialog())
        self.board: DailyBoard | None = None
        self.chosen_day: date | None = None  # None: follow today
        self.dialog: QWidget | None = None  # the dialog open now (opened with open())
        self.writing = False
        self._loading = False

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self._build_band())
        layout.insertWidget(2, self._build_controls())
        self.message = QLabel(self)
        self.message.setObjectName("daily_message")
        self.message.hide()  # no empty line between the buttons and the table
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.insertWidget(3, self.message)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    # ------------------------------------------------------------------ building

    def _build_band(self) -> QWidget:
        band = QFrame(self)
        band.setObjectName("daily_band")
        row = QHBoxLayout(band)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)

        self.countdown_box = QFrame(band)
        self.countdown_box.setObjectName("countdown_box")
        self.countdown_box.setFixedWidth(330)
        box = QVBoxLayout(self.countdown_box)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(0)
        self.countdown_caption = QLabel(self.countdown_box)
        self.countdown_caption.setObjectName("countdown_caption")
        caption_font = QFont()
        caption_font.setPointSize(13)
        caption_font.setBold(True)
        self.countdown_caption.setFont(caption_font)
        self.countdown_label = QLabel("—", self.countdown_box)
        self.countdown_label.setObjectName("countdown_label")
        big = QFont()
        big.setPointSize(34)
        big.setBold(True)
        self.countdown_label.setFont(big)
        self.countdown_counts = QLabel(self.countdown_box)
        self.countdown_counts.setObjectName("countdown_counts")
        counts_font = QFont()
        counts_font.setPointSize(12)
        self.countdown_counts.setFont(counts_font)
        for label in (self.countdown_caption, self.countdown_label, self.countdown_counts):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(label)

        chase = QFrame(band)
        chase.setObjectName("chase_box")
        chase.setStyleSheet("#chase_box { border:2px solid #842029; border-radius:4px; }")
        self.chase_frame = chase
        column = QVBoxLayout(chase)
        column.setContentsMargins(8, 4, 8, 4)
        column.setSpacing(2)
        self.chase_title = QLabel(chase)
        self.chase_title.setObjectName("chase_title")
        title_font = QFont()
        title_font.setPointSize(13)
        title_font.setBold(True)
        self.chase_title.setFont(title_font)
        self.chase_model = ChaseModel(self.clock, self)
        self.chase_list = QListView(chase)
        self.chase_list.setObjectName("chase_list")
        self.chase_list.setModel(self.chase_model)
        self.chase_list.setFlow(QListView.Flow.LeftToRight)
        self.chase_list.setWrapping(True)
        self.chase_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.chase_list.setUniformItemSizes(True)
        self.chase_list.setGridSize(QSize(300, 28))
        self.chase_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chase_list.setFrameShape(QFrame.Shape.NoFrame)
        self.chase_list.setStyleSheet("QListView { background: transparent; }")
        item_font = QFont()
        item_font.setPointSize(12)
        self.chase_list.setFont(item_font)
        self.chase_list.setFixedHeight(4 * 28 + 6)
        self.chase_list.clicked.connect(self._chase_clicked)
        column.addWidget(self.chase_title)
        column.addWidget(self.chase_list)

        row.addWidget(self.countdown_box)
        row.addWidget(chase, 1)
        return band

    def _build_controls(self) -> QWidget:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(QLabel(self.tr("日期："), bar))
        self.date_edit = QDateEdit(bar)
        self.date_edit.setObjectName("daily_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(to_qdate(local_today(self.clock)))
        self.date_edit.dateChanged.connect(self._date_chosen)
        row.addWidget(self.date_edit)
        self.today_button = QPushButton(self.tr("今天"), bar)
        self.today_button.setObjectName("today_button")
        self.today_button.clicked.connect(self.show_today)
        row.addWidget(self.today_button)
        row.addSpacing(12)
        self.find_edit = QLineEdit(bar)
        self.find_edit.setObjectName("daily_find")
        self.find_edit.setPlaceholderText(self.tr("查找单位：名称或拼音首字母，如 dgc"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setMinimumWidth(280)
        self.find_edit.setToolTip(self.tr("输入后回车（或↓）选中第一个，再按空格即登记平安；Esc 清除"))
        self.find_edit.textChanged.connect(self.proxy.set_query)
        self.find_edit.returnPressed.connect(self._find_return)
        self.find_edit.installEventFilter(self)
        row.addWidget(self.find_edit)
        row.addSpacing(12)

        def button(name: str, text: str, tip: str, slot) -> QPushButton:  # noqa: ANN001
            b = QPushButton(text, bar)
            b.setObjectName(name)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            row.addWidget(b)
            return b

        self.zero_button = button(
            "zero_button", self.tr("平安（空格）"),
            self.tr("选中单位报平安（零报告）：记下现在的时间和接报人"), self.record_zero_selected,
        )
        self.zero_button.setStyleSheet("QPushButton:enabled { font-weight:bold; color:#0f5132; }")
        self.situation_button = button(
            "situation_button", self.tr("有情况…（回车）"),
            self.tr("选中单位报来情况：填写内容；紧急的同时登记事件"), self.open_situation_dialog,
        )
        self.correct_button = button(
            "correct_button", self.tr("更正…"),
            self.tr("更正选中单位的日报（另记一条，写明原因）"), self.open_correction_dialog,
        )
        self.incident_button = button(
            "incident_button", self.tr("登记事件…"),
            self.tr("把选中单位的紧急情况登记为事件"), self.open_incident_for_selected,
        )
        row.addStretch(1)
        self.close_button = button(
            "close_day_button", self.tr("关账…"),
            self.tr("截止后关账：仍未报的单位记为缺报，当日日报冻结"), self.ask_close_day,
        )
        self.correct_action = QAction(self.tr("更正选中单位的日报"), self)
        self.correct_action.setShortcut(QKeySequence("Ctrl+E"))
        self.correct_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.correct_action.triggered.connect(self.open_correction_dialog)
        self.addAction(self.correct_action)
        # Space and Enter on the board's table only: in the search box they are typing.
        self.zero_action = self._table_action(
            self.tr("选中单位报平安（零报告）"), [Qt.Key.Key_Space], self.record_zero_selected
        )
        self.situation_action = self._table_action(
            self.tr("选中单位报来情况…"), [Qt.Key.Key_Return, Qt.Key.Key_Enter],
            self.open_situation_dialog,
        )
        # The 16:30 round: F8 goes to the next unit still owed, from anywhere in the view
        # (a window shortcut of this view: active only while its tab is shown).
        self.next_pending_action = QAction(self.tr("下一个未报单位"), self)
        self.next_pending_action.setObjectName("next_pending_action")
        self.next_pending_action.setShortcut(QKeySequence(Qt.Key.Key_F8))
        self.next_pending_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.next_pending_action.triggered.connect(lambda _=False: self.select_next_pending())
        self.addAction(self.next_pending_action)
        return bar

    def _table_action(self, text: str, keys: list[Qt.Key], slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self.table)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.table.addAction(action)
        return action

    def title(self) -> str:
        return self.tr("日报")

    # ------------------------------------------------------------------ loading

    async def load(self) -> None:
        """Read the chosen day's board (today unless another day was chosen) and show it."""
        self._loading = True
        try:
            board = await self.door.call(daily_board, self.ctx, day=self.chosen_day)
        finally:
            self._loading = False
        self.show_board(board)
        self._finish_load()

    def show_board(self, board: DailyBoard) -> None:
        """Put a board on screen, keeping the selected unit selected."""
        selected = self.selected_row()
        self.board = board
        self.model.set_rows(list(board.rows))
        self.chase_model.set_rows(list(board.chase_list))
        self.fit_columns(keep=(COL_CONTENT,))
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(to_qdate(local_today(self.clock)))
        self.date_edit.setDate(to_qdate(board.day))
        self.date_edit.blockSignals(False)
        if selected is not None:
            self.select_unit(selected.unit_id)
        self.update_header()
        self._update_actions()
        counting = not board.closed and bool(board.chase_list)
        if counting and board.day == local_today(self.clock):
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()
        self.tick()

    def reload_soon(self) -> None:
        """Spawn a reload unless one is on its way."""
        if not self._loading:
            self.tasks.spawn(self.load(), name="daily.reload")

    def show_today(self) -> None:
        self.chosen_day = None
        self.reload_soon()

    def show_day(self, day: date) -> None:
        """Show another day's board (today's follows the clock, a past day stays put)."""
        self.chosen_day = None if day == local_today(self.clock) else day
        self.reload_soon()

    def _date_chosen(self, value: Any) -> None:
        self.show_day(from_qdate(value))

    # ------------------------------------------------------------------ the top band

    def tick(self) -> None:
        """One second: the countdown from memory. Spawns a reload when the day has turned."""
        board = self.board
        if board is None:
            return
        now = self.clock.now()
        today = local_today(self.clock)
        if self.chosen_day is None and board.day != today:
            self.reload_soon()  # past midnight: a new board (through the door, not from here)
            return
        caption, big, (bg, fg) = countdown_state(board, today, now)
        self.countdown_caption.setText(caption)
        self.countdown_label.setText(big)
        style = (f"#countdown_box {{ background:{bg}; border-radius:6px; }}"
                 f"#countdown_box QLabel {{ color:{fg}; background:transparent; }}")
        if self.countdown_box.styleSheet() != style:  # a re-polish each second is costly
            self.countdown_box.setStyleSheet(style)
        if not board.chase_list and self.timer.isActive():
            self.timer.stop()

    def update_header(self) -> None:
        """The day, its cutoff and the counts (no reload)."""
        board = self.board
        if board is None:
            return
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
            parts.append(self.tr("（已关账，只能更正）"))
        self.header.setText(" · ".join(parts))
        self.countdown_counts.setText(
            self.tr("缺报 {n} / 应报 {t}") .format(n=pending, t=len(board.rows))
            if board.closed
            else self.tr("未报 {n} / 应报 {t}").format(n=pending, t=len(board.rows))
        )
        chase = board.chase_list
        if board.closed:
            missing = [r.unit for r in board.rows if r.state is DailyState.MISSING]
            self.chase_title.setText(
                self.tr("已关账。缺报 {n} 个单位：{u}").format(n=len(missing), u="、".join(missing))
                if missing
                else self.tr("已关账，全部单位均已报送。")
            )
        elif chase:
            self.chase_title.setText(
                self.tr("待催报 {n} 个单位（F8 选下一个，按空格登记平安）").format(n=len(chase))
            )
        else:
            self.chase_title.setText(self.tr("全部单位均已报送 ✓"))
        self.chase_list.setVisible(bool(chase))
        alarm = bool(chase) or board.count(DailyState.MISSING) > 0
        colour = "#842029" if alarm else "#0f5132"
        self.chase_title.setStyleSheet(f"color:{colour};")
        self.chase_title.setWordWrap(True)
        self.chase_frame.setStyleSheet(
            f"#chase_box {{ border:2px solid {colour if alarm else '#adb5bd'}; border-radius:4px; }}"
        )

    def _chase_clicked(self, index: QModelIndex) -> None:
        item: ChaseItem = self.chase_model.row_at(index.row())
        self.find_edit.clear()
        self.select_unit(item.unit_id)
        self.table.setFocus()

    # ------------------------------------------------------------------ selection and keys

    def selected_row(self) -> DailyBoardRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_unit(self, unit_id: int) -> bool:
        """Select the unit's row (as a click would); False when it is not on the board."""
        source = self.model.source_row_of(unit_id)
        if source is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, COL_UNIT))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if watched is self.find_edit and mods in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier
            ):
                if key == Qt.Key.Key_Down:
                    self._find_return()
                    return True
                if key == Qt.Key.Key_Escape:
                    self.find_edit.clear()
                    return True
        return super().eventFilter(watched, event)

    def select_next_pending(self) -> bool:
        """F8: select the next unit below the selected one that still owes today's report
        (from the top after the last), ready for Space; False when none is left."""
        pending = (DailyState.PENDING, DailyState.MISSING)
        rows = [
            r for r in range(self.proxy.rowCount())
            if self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).state
            in pending
        ]
        if not rows and self.find_edit.text():
            self.find_edit.clear()  # the search hides them: look at the whole board
            return self.select_next_pending()
        if not rows:
            self.show_message(self.tr("没有未报的单位了。"))
            return False
        current = self.table.currentIndex().row() if self.selected_row() is not None else -1
        row = next((r for r in rows if r > current), rows[0])
        index = self.proxy.index(row, COL_UNIT)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)
        self.table.setFocus()
        return True

    def _find_return(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        index = self.proxy.index(0, COL_UNIT)
        self.table.setCurrentIndex(index)
        self.table.selectRow(0)
        self.table.setFocus()

    def _update_actions(self) -> None:
        """Buttons follow the selection and the role (the services refuse what it may not)."""
        row = self.selected_row()
        idle = not self.writing
        may_report = self.ctx.may(Action.DAILY_REPORT)
        # a closed day takes corrections only (Space still asks, and the service says why)
        may_record = may_report and self.board is not None and not self.board.closed
        self.zero_button.setEnabled(idle and may_record and row is not None)
        self.situation_button.setEnabled(idle and may_record and row is not None)
        self.correct_button.setEnabled(
            idle and may_report and row is not None and row.report_id is not None
        )
        self.correct_action.setEnabled(may_report)
        self.incident_button.setVisible(
            row is not None and is_urgent_unlogged(row) and self.ctx.may(Action.LOG_INCIDENT)
        )
        self.incident_button.setEnabled(idle)
        self.close_button.setVisible(self.ctx.may(Action.CLOSE_DAY))
        self.close_button.setEnabled(idle and self.board is not None and not self.board.closed)

    # ------------------------------------------------------------------ messages

    def show_message(self, text: str, *, error: bool = False) -> None:
        colour = "#b02a37" if error else "#0f5132"
        weight = "bold" if error else "normal"
        self.message.setStyleSheet(f"color:{colour};font-weight:{weight};")
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.sig_message.emit(text)

    def show_task_error(self, exc: BaseException) -> None:
        self.show_message(describe_error(exc), error=True)

    # ------------------------------------------------------------------ writes

    def record_zero_selected(self) -> None:
        """平安 for the selected unit: one keystroke (Space) or one click."""
        row = self.selected_row()
        if row is None or self.board is None:
            self.show_message(self.tr("请先选中一个单位（可在“查找单位”中输入拼音首字母）。"),
                              error=True)
            return
        if self.writing:
            return
        self.tasks.spawn(self._record_zero(row, self.board.day), name="daily.zero")

    async def _record_zero(self, row: DailyBoardRow, day: date) -> None:
        from_find = bool(self.find_edit.text())
        self._set_writing(True)
        try:
            report = await self.door.call(
                record_zero_report, self.ctx, unit_id=row.unit_id, day=day
            )
        except Refused as exc:
            self.show_message(error_text(exc), error=True)
            return
        finally:
            self._set_writing(False)
        self._said_recorded(report)
        await self._after_write()
        if from_find:  # the next call: straight back to the search box
            self.find_edit.clear()
            self.find_edit.setFocus()
        else:
            self.select_unit(row.unit_id)

    def _said_recorded(self, report: RecordedReport) -> None:
        late = self.tr("（迟报）") if report.late else ""
        self.show_message(
            self.tr("{t} {u}：{k}{late}，接报人 {who}。").format(
                t=fmt.hm(report.received_at), u=report.unit, k=fmt.label(report.kind), late=late,
                who=report.taken_by,
            )
        )

    async def _after_write(self) -> None:
        await self.load()
        self.sig_board_changed.emit()

    def _set_writing(self, writing: bool) -> None:
        self.writing = writing
        self._update_actions()

    def _open(self, dialog: QWidget) -> None:
        old = self.dialog
        if old is not None and old.isVisible():
            old.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        dialog.open()  # type: ignore[attr-defined]

    def _forget(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def open_situation_dialog(self) -> None:
        """有情况…: the situation dialog for the selected unit."""
        row = self.selected_row()
        if row is None or self.board is None:
            self.show_message(self.tr("请先选中报来情况的单位。"), error=True)
            return
        late = self.clock.now() > self.board.cutoff
        dialog = SituationDialog(self.door, self.tasks, row, self.board.day, self,
                                 late_after=fmt.hm(self.board.cutoff) if late else None)
        dialog.sig_saved.connect(self._situation_saved)
        self._open(dialog)

    def _situation_saved(self, report: RecordedReport) -> None:
        self._said_recorded(report)
        self.tasks.spawn(self._after_situation(report), name="daily.after_situation")

    async def _after_situation(self, report: RecordedReport) -> None:
        await self._after_write()
        self.select_unit(report.unit_id)
        if report.incident_prefill is not None:
            await self.open_incident_dialog(report.id, report.incident_prefill)

    def open_incident_for_selected(self) -> None:
        """登记事件…: an urgent situation whose incident dialog was cancelled, logged now."""
        row = self.selected_row()
        if row is None or not is_urgent_unlogged(row) or row.report_id is None:
            return
        assert row.received_at is not None
        self.tasks.spawn(
            self.open_incident_dialog(row.report_id, prefill_from_row(row, row.received_at)),
            name="daily.incident_dialog",
        )

    async def open_incident_dialog(self, report_id: int, prefill: NewIncident) -> None:
        """Open 接报登记 prefilled; the incident it logs is linked back to the report."""
        from xianghua_console.gui.incident_dialog import IncidentDialog

        choices = await self.door.call(intake_choices, self.ctx)
        dialog = IncidentDialog(self.door, self.tasks, choices, self)
        fill_incident_dialog(dialog, prefill)
        dialog.sig_logged.connect(
            lambda row: self.tasks.spawn(self._link(report_id, row.id, row.number),
                                         name="daily.link")
        )
        self._open(dialog)
        self.show_message(
            self.tr("紧急情况：请在“接报登记”中补全发生时间、类别等，保存后自动关联本日报。")
        )

    async def _link(self, report_id: int, incident_id: int, number: str) -> None:
        try:
            await self.door.call(link_incident, self.ctx, report_id=report_id,
                                 incident_id=incident_id)
        except Refused as exc:
            self.show_message(error_text(exc), error=True)
            return
        self.show_message(self.tr("已登记事件 {n}，并与该单位的日报关联。").format(n=number))
        await self._after_write()
        self.sig_incident_logged.emit(incident_id)

    def open_correction_dialog(self) -> None:
        """更正…: a correction of the selected unit's report, with its reason."""
        row = self.selected_row()
        if row is None or self.board is None:
            return
        if row.report_id is None:
            self.show_message(
                self.tr("{u}当日没有日报可更正。").format(u=row.unit)
                + (self.tr("（已关账，不能补登）") if self.board.closed else
                   self.tr("请用“平安”或“有情况”登记。")),
                error=True,
            )
            return
        dialog = DailyCorrectionDialog(self.door, self.tasks, row, self.board.day, self)
        dialog.sig_saved.connect(self._corrected)
        self._open(dialog)

    def _corrected(self, report: RecordedReport) -> None:
        self.show_message(
            self.tr("已更正 {u} 的日报：{k}，原因：{r}。").format(
                u=report.unit, k=fmt.label(report.kind), r=report.reason
            )
        )
        self.tasks.spawn(self._after_write(), name="daily.after_correction")

    def ask_close_day(self) -> None:
        """关账…: confirm (it freezes the day and turns 未报 into 缺报), then close."""
        board = self.board
        if board is None or board.closed:
            return
        pending = [c.unit for c in board.chase_list]
        day_text = fmt.long_day(board.day)
        text = self.tr("关账后，{d}的日报即冻结，此后只能更正并写明原因。").format(d=day_text)
        if pending:
            text += "\n\n" + self.tr("仍未报的 {n} 个单位将记为缺报：\n{u}").format(
                n=len(pending), u="、".join(pending)
            )
        else:
            text += "\n\n" + self.tr("全部 {n} 个单位均已报送。").format(n=len(board.rows))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("关账"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("close_day_confirm")
        yes = box.addButton(self.tr("确定关账"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)  # Enter must not close a day by accident
        day = board.day
        box.buttonClicked.connect(
            lambda clicked: self.tasks.spawn(self._close(day), name="daily.close")
            if clicked is yes
            else None
        )
        self.confirm_yes = yes
        self._open(box)

    async def _close(self, day: date) -> None:
        self._set_writing(True)
        try:
            closed: ClosedDay = await self.door.call(close_day, self.ctx, day=day)
        except Refused as exc:
            self.show_message(error_text(exc), error=True)
            return
        finally:
            self._set_writing(False)
        missing = (
            self.tr("缺报 {n} 个单位：{u}").format(n=len(closed.missing), u="、".join(closed.missing))
            if closed.missing
            else self.tr("无缺报")
        )
        self.show_message(
            self.tr("{d}日报已于 {t} 关账（{who}），应报 {e}，{m}。").format(
                d=fmt.long_day(closed.day), t=fmt.hm(closed.closed_at), who=closed.closed_by,
                e=closed.expected, m=missing,
            )
        )
        await self._after_write()

    def shutdown(self) -> None:
        """The window is closing: stop the countdown, close a dialog left open."""
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.close()
