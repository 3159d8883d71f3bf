"""The daily board's and the meetings board's dialogs: a situation, a correction, a meeting.

Each is an :class:`~.forms.InputDialog`: one service call through the door, the service's
refusals under their fields, nothing typed lost. Opened with ``open()`` by the views.
:func:`fill_incident_dialog` puts an urgent situation into the 接报登记 dialog.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from xianghua_console.domain.clock import local_today
from xianghua_console.domain.enums import DailyReportKind
from xianghua_console.gui import fmt
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.forms import WARN_COLOUR, InputDialog, TimeField, whole_minute
from xianghua_console.gui.ops import DbDoor
from xianghua_console.services.daily import DailyBoardRow
from xianghua_console.services.daily_reports import correct_daily_report, record_situation
from xianghua_console.services.incident_log import NewIncident
from xianghua_console.services.meetings import MAX_ATTENDANCE, WeekMeetingsRow, record_meeting


def _tr(text: str) -> str:
    return QCoreApplication.translate("DailyDialogs", text)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _unit_line(row: DailyBoardRow | WeekMeetingsRow, parent: QWidget) -> QLabel:
    officer = (
        f"{row.info_officer} {row.phone}".strip()
        if row.info_officer
        else _tr("未指定信息员")
    )
    label = QLabel(
        _tr("<b>{unit}</b>　{kind}　信息员：{officer}").format(
            unit=row.unit, kind=fmt.label(row.kind), officer=officer
        ),
        parent,
    )
    label.setObjectName("unit_line")
    return label


def _text_edit(parent: QWidget, placeholder: str, height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(height)
    return edit


class SituationDialog(InputDialog):
    """有情况: a unit's daily report of a situation, with its content; urgent ones go on to
    接报登记 (the view opens the incident dialog with what this returns)."""

    def __init__(
        self,
        door: DbDoor,
        tasks: TaskKeeper,
        row: DailyBoardRow,
        day: date,
        parent: QWidget | None = None,
        *,
        late_after: str | None = None,
    ) -> None:
        super().__init__(door, tasks, title=self.tr("日报：有情况"), ok_text=self.tr("保存"),
                         parent=parent)
        self.setObjectName("situation_dialog")
        self.row = row
        self.day = day
        self.form.addRow(_unit_line(row, self))
        self.form.addRow(QLabel(self.tr("日期：{d}").format(d=fmt.long_day(day)), self))
        self.late_note = QLabel(self)
        self.late_note.setObjectName("late_note")
        self.late_note.setStyleSheet(f"color:{WARN_COLOUR};font-weight:bold;")
        if late_after:
            self.late_note.setText(
                self.tr("已过 {t} 截止时间：这份日报将记为迟报。").format(t=late_after)
            )
            self.form.addRow(self.late_note)
        else:
            self.late_note.hide()
        self.content = self.add_field(
            "content", self.tr("情况内容"),
            _text_edit(self, self.tr("报来的情况：何时、何地、何事、涉及人数、处置情况"), 90),
        )
        self.urgent = self.add_field(
            "urgent", self.tr("紧急"),
            QCheckBox(self.tr("紧急情况：保存后立即登记为事件（接报登记）"), self),
        )
        self.resize(560, self.sizeHint().height())
        self.content.setFocus()

    def field_for_error(self, key: str) -> str:
        return "content" if key == "content" else ""  # 'day' and others: at the bottom

    def request(self) -> tuple[Any, dict[str, Any]] | None:
        return record_situation, {
            "unit_id": self.row.unit_id,
            "content": self.content.toPlainText(),
            "urgent": self.urgent.isChecked(),
            "day": self.day,
        }


class DailyCorrectionDialog(InputDialog):
    """更正日报: a new entry superseding the report that counts, with its reason."""

    def __init__(
        self,
        door: DbDoor,
        tasks: TaskKeeper,
        row: DailyBoardRow,
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(door, tasks, title=self.tr("更正日报"), ok_text=self.tr("保存更正"),
                         parent=parent)
        self.setObjectName("daily_correction_dialog")
        assert row.report_id is not None and row.report_kind is not None
        self.row = row
        self.day = day
        self.form.addRow(_unit_line(row, self))
        original = self.tr("原记录：{day} {kind}，{t} 报送，接报人 {who}").format(
            day=fmt.long_day(day), kind=fmt.label(row.report_kind), t=fmt.md_hm(row.received_at),
            who=row.taken_by or fmt.DASH,
        )
        note = QLabel(original + "\n" + self.tr("更正不会改动原记录：将另记一条，并注明原因。"),
                      self)
        note.setStyleSheet("color:#6c757d;")
        self.form.addRow(note)
        self.kind = self.add_field("kind", self.tr("报送情况"), QComboBox(self))
        for kind in DailyReportKind:
            self.kind.addItem(fmt.label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(row.report_kind))
        self.content = self.add_field("content", self.tr("情况内容"),
                                      _text_edit(self, self.tr("有情况时必填")))
        self.content.setPlainText(row.content)
        assert row.received_at is not None
        self.original_received = whole_minute(row.received_at)
        self.received = self.add_field("received_at", self.tr("报送时间"),
                                       TimeField(row.received_at, self.clock, self))
        self.reason = self.add_field("reason", self.tr("更正原因"), QLineEdit(self))
        self.reason.setPlaceholderText(self.tr("如：误记为平安，该村实际报告了情况"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(580, self.sizeHint().height())
        self.kind.setFocus()

    def chosen_kind(self) -> DailyReportKind:
        return DailyReportKind(self.kind.currentData())  # a StrEnum comes back from Qt as str

    def _kind_changed(self) -> None:
        self.content.setEnabled(self.chosen_kind() is DailyReportKind.SITUATION)

    def request(self) -> tuple[Any, dict[str, Any]] | None:
        kind = self.chosen_kind()
        if kind is DailyReportKind.SITUATION:
            content: str | None = self.content.toPlainText()
        else:
            # 平安 carries no situation: drop the old text only when it was a situation.
            content = "" if self.row.report_kind is DailyReportKind.SITUATION else None
        received = self.received.value()
        # The field shows whole minutes; an untouched field must not "correct" the seconds away.
        changed = received is not None and received != self.original_received
        return correct_daily_report, {
            "report_id": self.row.report_id,
            "reason": self.reason.text(),
            "kind": kind,
            "content": content,
            "received_at": received if changed else None,
        }


class MeetingDialog(InputDialog):
    """登记研判会: a unit's weekly analysis meeting — date held, attendance, problems, measures."""

    def __init__(
        self,
        door: DbDoor,
        tasks: TaskKeeper,
        units: tuple[WeekMeetingsRow, ...],
        week_start: date,
        *,
        unit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(door, tasks, title=self.tr("登记分析研判会"), ok_text=self.tr("保存"),
                         parent=parent)
        self.setObjectName("meeting_dialog")
        self.units = units
        self.unit = self.add_field("unit_id", self.tr("村/单位"), QComboBox(self))
        for u in units:
            self.unit.addItem(f"{u.unit}（{fmt.label(u.kind)}）", u.unit_id)
        if unit_id is not None:
            self.unit.setCurrentIndex(max(0, self.unit.findData(unit_id)))
        today = local_today(self.clock)
        week_end = week_start + timedelta(days=6)
        self.held_on = self.add_field("held_on", self.tr("召开日期"), QDateEdit(self))
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setDate(to_qdate(min(today, week_end) if week_start <= today else week_end))
        self.held_on.setMaximumWidth(180)
        self.attendance = self.add_field("attendance", self.tr("参会人数"), QSpinBox(self))
        self.attendance.setRange(0, MAX_ATTENDANCE)
        self.attendance.setSpecialValueText(self.tr("（请填写）"))
        self.attendance.setSuffix(self.tr(" 人"))
        self.attendance.setMaximumWidth(180)
        self.problems = self.add_field(
            "problems", self.tr("排查出的问题"),
            _text_edit(self, self.tr("本周排查出的矛盾纠纷和不稳定因素；没有时写“无”")),
        )
        self.measures = self.add_field(
            "measures", self.tr("采取的措施"),
            _text_edit(self, self.tr("包案领导、化解措施、时限")),
        )
        self.week_note = QLabel(self)
        self.week_note.setStyleSheet(f"color:{WARN_COLOUR};")
        self.week_note.setWordWrap(True)
        self.form.addRow(self.week_note)
        self.week_start = week_start
        self.held_on.dateChanged.connect(self._check_week)
        self._check_week()
        self.resize(600, self.sizeHint().height())
        self.unit.setFocus()

    def held_date(self) -> date:
        return from_qdate(self.held_on.date())

    def _check_week(self) -> None:
        """Say before saving that the date lies in another week (it is counted there)."""
        held = self.held_date()
        week_end = self.week_start + timedelta(days=6)
        outside = not (self.week_start <= held <= week_end)
        self.week_note.setText(
            self.tr("注意：{d} 不在本周（{a}至{b}），将计入那一周。").format(
                d=held.isoformat(), a=self.week_start.isoformat(), b=week_end.isoformat()
            )
            if outside
            else ""
        )
        self.week_note.setVisible(outside)

    def request(self) -> tuple[Any, dict[str, Any]] | None:
        return record_meeting, {
            "unit_id": self.unit.currentData(),
            "held_on": self.held_date(),
            "attendance": self.attendance.value(),
            "problems": self.problems.toPlainText(),
            "measures": self.measures.toPlainText(),
        }


def fill_incident_dialog(dialog: Any, prefill: NewIncident) -> None:
    """Put a daily report's urgent situation into the 接报登记 dialog (an IncidentDialog).

    The occurrence time is left empty on purpose: a daily report does not say when it
    happened, and the report deadline (15 minutes) runs from it, so the officer must ask.
    """
    if prefill.received_at is not None:
        dialog.received.set_value(prefill.received_at)
    if prefill.occurred_at is not None:
        dialog.occurred.set_value(prefill.occurred_at)
    else:
        dialog.occurred.clear()
        dialog.occurred.setPlaceholderText(_tr("请问清发生时间，如 09:35"))
    if prefill.unit_id is not None and any(u.id == prefill.unit_id for u in dialog.choices.units):
        dialog.unit_picker.choose(prefill.unit_id)
    dialog.reporter.setText(prefill.reporter_name)
    dialog.phone.setText(prefill.reporter_phone)
    if prefill.place:
        dialog.place.setText(prefill.place)
    dialog.summary.setPlainText(prefill.summary)
    dialog.update_timing_note()
    dialog.occurred.setFocus()


def prefill_from_row(row: DailyBoardRow, received_at: datetime) -> NewIncident:
    """The incident dialog's prefill for a board row (an urgent situation not yet logged)."""
    return NewIncident(
        occurred_at=None,
        received_at=received_at,
        unit_id=row.unit_id,
        summary=row.content,
        reporter_name=row.info_officer,
        reporter_phone=row.phone,
    )
