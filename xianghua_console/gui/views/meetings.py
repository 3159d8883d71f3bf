"""研判会: the week's board of analysis meetings (分析研判会), and recording one.

Every village and unit holds at least one a week (the setting ``weekly_meetings``). The units
that have not are listed on top with whom to phone; the table shows each unit's meetings of
the week: date held, attendance, problems found, measures.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.clock import local_today
from xianghua_console.domain.permissions import Action
from xianghua_console.gui import fmt
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.daily_dialogs import MeetingDialog
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.gui.views.base import (
    DataView,
    Palette,
    RowsModel,
    SortRole,
    bold_font,
    escape,
    make_proxy,
)
from xianghua_console.services.meetings import (
    MeetingRow,
    WeekMeetings,
    WeekMeetingsRow,
    week_meetings,
    week_start,
)

(
    COL_UNIT,
    COL_KIND,
    COL_OFFICER,
    COL_PHONE,
    COL_HELD,
    COL_DATES,
    COL_ATTENDANCE,
    COL_RECORDED,
    COL_PROBLEMS,
    COL_MEASURES,
) = range(10)


def _latest(row: WeekMeetingsRow) -> MeetingRow | None:
    return row.meetings[-1] if row.meetings else None


class WeekMeetingsModel(RowsModel):
    """One row per unit owing meetings in the week; its meetings joined in one line."""

    def __init__(self, clock, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(clock, parent)
        self.required = 1

    def headers(self) -> list[str]:
        return [
            self.tr("单位"),
            self.tr("类别"),
            self.tr("信息员"),
            self.tr("电话"),
            self.tr("本周已开"),
            self.tr("召开日期"),
            self.tr("参会人数"),
            self.tr("登记"),
            self.tr("排查出的问题"),
            self.tr("采取的措施"),
        ]

    def cell(self, row: WeekMeetingsRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            if column == COL_HELD:
                return row.held
            if column == COL_DATES:
                return row.meetings[0].held_on.isoformat() if row.meetings else ""
            return self._display(row, column)
        if column == COL_HELD:
            ok = row.held >= self.required
            if role == Qt.ItemDataRole.BackgroundRole:
                return Palette.OK_BG if ok else Palette.MISSING_BG
            if role == Qt.ItemDataRole.ForegroundRole:
                return Palette.OK_FG if ok else Palette.MISSING_FG
            if role == Qt.ItemDataRole.FontRole:
                return bold_font()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_PROBLEMS, COL_MEASURES):
            field = "problems" if column == COL_PROBLEMS else "measures"
            return "\n".join(
                f"{m.held_on:%m-%d}：{getattr(m, field)}" for m in row.meetings
            ) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_OFFICER and not row.info_officer:
            return Palette.WARN_FG
        return None

    def _display(self, row: WeekMeetingsRow, column: int) -> str:
        latest = _latest(row)
        if column == COL_UNIT:
            return row.unit
        if column == COL_KIND:
            return fmt.label(row.kind)
        if column == COL_OFFICER:
            return row.info_officer or self.tr("未指定")
        if column == COL_PHONE:
            return row.phone or fmt.DASH
        if column == COL_HELD:
            if row.held == 0:
                return self.tr("未开")
            return self.tr("{n} 次").format(n=row.held)
        if column == COL_DATES:
            return "、".join(fmt.day_label(m.held_on) for m in row.meetings)
        if column == COL_ATTENDANCE:
            return "、".join(str(m.attendance) for m in row.meetings)
        if latest is None:
            return ""
        if column == COL_PROBLEMS:
            return " ".join(latest.problems.split())
        if column == COL_MEASURES:
            return " ".join(latest.measures.split())
        if column == COL_RECORDED:
            return f"{fmt.md_hm(latest.recorded_at)} {latest.recorded_by}"
        return ""

    def source_row_of(self, unit_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.unit_id == unit_id), None)


class NotHeldModel(RowsModel):
    """The units that have not held their meeting(s) this week, with whom to phone."""

    def headers(self) -> list[str]:
        return [self.tr("未开研判会")]

    def cell(self, row: WeekMeetingsRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            who = f"{row.info_officer} {row.phone}".strip() or self.tr("未指定信息员")
            return f"{row.unit}　{who}"
        if role == Qt.ItemDataRole.ForegroundRole and not row.phone:
            return Palette.WARN_FG
        return None


class MeetingsView(DataView):
    """研判会: a week (this week by default), the units that have not met, the meetings held."""

    view_name = "meetings"

    sig_meetings_changed = Signal()
    """A meeting was recorded (the week's board was re-read after it)."""

    def __init__(
        self, door: DbDoor, parent: QWidget | None = None, *, tasks: TaskKeeper | None = None
    ) -> None:
        super().__init__(door, parent)
        self.ctx = door.ctx
        self.tasks = tasks or TaskKeeper(self.show_task_error)
        self.model = WeekMeetingsModel(self.clock, self)
        self.proxy = make_proxy(self.model, self)
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_meeting_dialog())
        self.week: WeekMeetings | None = None
        self.chosen_week: date | None = None  # a Monday; None: this week
        self.dialog: QWidget | None = None
        self._loading = False

        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self._build_band())
        layout.insertWidget(2, self._build_controls())
        self.message = QLabel(self)
        self.message.setObjectName("meetings_message")
        self.message.hide()  # no empty line between the buttons and the table
        self.message.setWordWrap(True)
        layout.insertWidget(3, self.message)

    def _build_band(self) -> QWidget:
        band = QFrame(self)
        band.setObjectName("not_held_box")
        self.band = band
        column = QVBoxLayout(band)
        column.setContentsMargins(8, 4, 8, 4)
        column.setSpacing(2)
        self.not_held_title = QLabel(band)
        self.not_held_title.setObjectName("not_held_title")
        font = QFont()
        font.setPointSize(13)
        font.setBold(True)
        self.not_held_title.setFont(font)
        self.not_held_model = NotHeldModel(self.clock, self)
        self.not_held_list = QListView(band)
        self.not_held_list.setObjectName("not_held_list")
        self.not_held_list.setModel(self.not_held_model)
        self.not_held_list.setFlow(QListView.Flow.LeftToRight)
        self.not_held_list.setWrapping(True)
        self.not_held_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.not_held_list.setUniformItemSizes(True)
        self.not_held_list.setGridSize(QSize(300, 28))
        self.not_held_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.not_held_list.setFrameShape(QFrame.Shape.NoFrame)
        self.not_held_list.setStyleSheet("QListView { background: transparent; }")
        item_font = QFont()
        item_font.setPointSize(12)
        self.not_held_list.setFont(item_font)
        self.not_held_list.setFixedHeight(4 * 28 + 6)
        self.not_held_list.clicked.connect(self._not_held_clicked)
        column.addWidget(self.not_held_title)
        column.addWidget(self.not_held_list)
        return band

    def _build_controls(self) -> QWidget:
        bar = QWidget(self)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.prev_button = QPushButton(self.tr("◀ 上一周"), bar)
        self.prev_button.setObjectName("prev_week")
        self.prev_button.clicked.connect(lambda: self.step_week(-1))
        self.week_label = QLabel(bar)
        self.week_label.setObjectName("week_label")
        self.week_label.setMinimumWidth(260)
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("下一周 ▶"), bar)
        self.next_button.setObjectName("next_week")
        self.next_button.clicked.connect(lambda: self.step_week(1))
        self.this_week_button = QPushButton(self.tr("本周"), bar)
        self.this_week_button.setObjectName("this_week")
        self.this_week_button.clicked.connect(self.show_this_week)
        self.record_button = QPushButton(self.tr("登记研判会…"), bar)
        self.record_button.setObjectName("record_meeting_button")
        self.record_button.setToolTip(self.tr("为选中的村/单位登记本周的分析研判会（双击行也可）"))
        self.record_button.clicked.connect(self.open_meeting_dialog)
        self.record_button.setVisible(self.ctx.may(Action.RECORD_MEETING))
        for w in (self.prev_button, self.week_label, self.next_button, self.this_week_button):
            row.addWidget(w)
        row.addSpacing(16)
        row.addWidget(self.record_button)
        row.addStretch(1)
        return bar

    def title(self) -> str:
        return self.tr("研判会")

    # ------------------------------------------------------------------ loading

    async def load(self) -> None:
        """Read the chosen week's board (this week unless another was chosen)."""
        self._loading = True
        try:
            week = await self.door.call(week_meetings, self.ctx, week=self.chosen_week)
        finally:
            self._loading = False
        self.show_week(week)
        self._finish_load()

    def show_week(self, week: WeekMeetings) -> None:
        selected = self.selected_row()
        self.week = week
        self.model.required = week.required
        self.model.set_rows(list(week.rows))
        self.not_held_model.set_rows(list(week.not_held))
        self.fit_columns(keep=(COL_MEASURES,))
        # Problems and measures share what is left; the full texts are in the tooltips.
        header = self.table.horizontalHeader()
        header.resizeSection(COL_PROBLEMS, min(header.sectionSize(COL_PROBLEMS), 340))
        if selected is not None:
            self.select_unit(selected.unit_id)
        end = week.week_start + timedelta(days=6)
        this_week = week.week_start == week_start(local_today(self.clock))
        self.week_label.setText(
            f"<b>{week.label}</b>　{week.week_start:%m-%d} — {end:%m-%d}"
            + (self.tr("（本周）") if this_week else "")
        )
        self.next_button.setEnabled(not this_week)
        held = sum(1 for r in week.rows if r.held >= week.required)
        not_held = len(week.not_held)
        self.header.setText(
            " · ".join([
                "<b>" + escape(self.tr("{w} 分析研判会").format(w=week.label)) + "</b>",
                self.tr("每个村/单位每周至少 {n} 次").format(n=week.required),
                self.tr("应开 {n} 个单位").format(n=len(week.rows)),
                '<span style="color:#0f5132">' + self.tr("已开 {n}").format(n=held) + "</span>",
                ('<span style="color:#842029;font-weight:bold">' if not_held else "<span>")
                + self.tr("未开 {n}").format(n=not_held) + "</span>",
                self.tr("共 {n} 次会议").format(n=sum(r.held for r in week.rows)),
            ])
        )
        if not_held:
            self.not_held_title.setText(
                self.tr("{w}尚未召开研判会的 {n} 个单位：").format(
                    w=self.tr("本周") if this_week else week.label, n=not_held
                )
            )
            colour = "#842029"
        else:
            self.not_held_title.setText(self.tr("各村、各单位本周均已召开研判会 ✓"))
            colour = "#0f5132"
        self.not_held_title.setStyleSheet(f"color:{colour};")
        self.band.setStyleSheet(f"#not_held_box {{ border:2px solid {colour}; border-radius:4px; }}")
        self.not_held_list.setVisible(bool(not_held))

    def reload_soon(self) -> None:
        if not self._loading:
            self.tasks.spawn(self.load(), name="meetings.reload")

    def step_week(self, weeks: int) -> None:
        current = self.week.week_start if self.week else week_start(local_today(self.clock))
        target = current + timedelta(weeks=weeks)
        this = week_start(local_today(self.clock))
        self.chosen_week = None if target >= this else target
        self.reload_soon()

    def show_this_week(self) -> None:
        self.chosen_week = None
        self.reload_soon()

    # ------------------------------------------------------------------ selection

    def selected_row(self) -> WeekMeetingsRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def select_unit(self, unit_id: int) -> bool:
        source = self.model.source_row_of(unit_id)
        if source is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, COL_UNIT))
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _not_held_clicked(self, index: QModelIndex) -> None:
        row: WeekMeetingsRow = self.not_held_model.row_at(index.row())
        self.select_unit(row.unit_id)
        self.table.setFocus()

    # ------------------------------------------------------------------ recording

    def open_meeting_dialog(self) -> None:
        """登记研判会…: the meeting dialog, for the selected unit when there is one."""
        if self.week is None or not self.week.rows or not self.ctx.may(Action.RECORD_MEETING):
            return
        row = self.selected_row()
        dialog = MeetingDialog(
            self.door, self.tasks, self.week.rows, self.week.week_start,
            unit_id=row.unit_id if row else None, parent=self,
        )
        dialog.sig_saved.connect(self._recorded)
        old = self.dialog
        if old is not None and old.isVisible():
            old.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        dialog.open()

    def _forget(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _recorded(self, meeting: MeetingRow) -> None:
        self.show_message(
            self.tr("已登记 {u} {d} 的分析研判会（{n} 人参加）。").format(
                u=meeting.unit, d=fmt.day_label(meeting.held_on), n=meeting.attendance
            )
        )
        self.tasks.spawn(self._after_record(meeting.unit_id), name="meetings.after_record")

    async def _after_record(self, unit_id: int) -> None:
        await self.load()
        self.select_unit(unit_id)
        self.sig_meetings_changed.emit()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color:#b02a37;font-weight:bold;" if error else "color:#0f5132;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_task_error(self, exc: BaseException) -> None:
        self.show_message(describe_error(exc), error=True)

    def shutdown(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
