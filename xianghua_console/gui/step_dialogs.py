"""The lifecycle's dialogs: a step with its time and note, the reports to the leaders and to
the county (whom and when), the special report's five parts, and a correction with its reason.

Each one is a single service call through the door. A time left as it was offered means "now,
when saved"; a time changed by hand is saved as typed (the service refuses one in the future
or before the report was received, under the field).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from xianghua_console.domain.deadlines import DeadlineKind
from xianghua_console.domain.lifecycle import SPECIAL_REPORT_PARTS, Step
from xianghua_console.domain.settings import Settings
from xianghua_console.gui import core_text, fmt
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.forms import InputDialog, set_invalid
from xianghua_console.gui.ops import DbDoor
from xianghua_console.services.incident_log import (
    CORRECTABLE,
    correct_time,
    record_county_report,
    record_escalation,
    take_step,
)
from xianghua_console.services.incidents import IncidentRow

COUNTY_DEFAULT = "县委、县政府值班室和县信访局"


def _tr(text: str) -> str:
    return QCoreApplication.translate("step_dialogs", text)


class _TimedDialog(InputDialog):
    """A dialog about one incident with a 时间 field that defaults to now."""

    close_on_refusal = True  # the panel shows why, and reloads the row

    def __init__(
        self,
        door: DbDoor,
        tasks: TaskKeeper,
        row: IncidentRow,
        *,
        title: str,
        ok_text: str,
        time_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(door, tasks, title=f"{title} — {row.number}", ok_text=ok_text,
                         parent=parent)
        self.row = row
        self.intro = QLabel(self)
        self.intro.setObjectName("intro")
        self.form.addRow(self.intro)
        self.at_edit = self.time_field("at", time_label, self.clock.now())
        self._offered = self.at_edit.text()
        self.record_reloaded(row)
        self.editing(row)  # saved with the incident's version as read (a conflict: reload)

    def record_reloaded(self, record: IncidentRow) -> None:
        self.row = record
        self.intro.setText(f"<b>{record.number}</b>　{record.unit}　{fmt.label(record.status)}")

    def chosen_time(self) -> datetime | None:
        """None while the offered time stands (the service takes "now"), else the typed time."""
        if self.at_edit.text() == self._offered:
            return None
        return self.at_edit.value()


class StepDialog(_TimedDialog):
    """One lifecycle step (核实, 启动预案, …, 结案) with its time and an optional note."""

    def __init__(
        self,
        door: DbDoor,
        tasks: TaskKeeper,
        row: IncidentRow,
        step: Step,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(door, tasks, row, title=fmt.label(step), ok_text=fmt.label(step),
                         time_label=_tr("时间"), parent=parent)
        self.setObjectName(f"step_dialog_{step.value}")
        self.step = step
        self.note = self.add_field("note", _tr("说明"), QLineEdit(self))
        self.note.setPlaceholderText(_tr("可不填；填写时记入时间线"))
        self.at_edit.setFocus()

    def request(self) -> tuple[Any, dict[str, Any]] | None:
        return take_step, {
            "incident_id": self.row.id,
            "step": self.step,
            "at": self.chosen_time(),
            "note": self.note.text(),
        }


class SpecialReportDialog(_TimedDialog):
    """收到专题报告: its time and the five parts the plan requires (四、4)."""

    def __init__(
        self, door: DbDoor, tasks: TaskKeeper, row: IncidentRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(door, tasks, row, title=fmt.label(Step.SPECIAL_REPORT),
                         ok_text=_tr("保存专题报告"), time_label=_tr("收到时间"), parent=parent)
        self.setObjectName("special_report_dialog")
        self.parts: dict[str, QPlainTextEdit] = {}
        for key, label in SPECIAL_REPORT_PARTS:
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            self.parts[key] = self.add_field(f"part_{key}", core_text.text(label), edit)
        self.resize(640, self.sizeHint().height())
        self.at_edit.setFocus()

    def field_for_error(self, key: str) -> str:
        if key == "parts":  # one message for all the missing parts: under the first of them
            empty = [k for k, e in self.parts.items() if not e.toPlainText().strip()]
            return f"part_{empty[0]}" if empty else "at"
        return key

    def show_errors(self, errors: dict[str, str]) -> None:
        super().show_errors(errors)
        if "parts" in errors:
            for edit in self.parts.values():
                set_invalid(edit, not edit.toPlainText().strip())

    def request(self) -> tuple[Any, dict[str, Any]] | None:
        return take_step, {
            "incident_id": self.row.id,
            "step": Step.SPECIAL_REPORT,
            "at": self.chosen_time(),
            "parts": {k: e.toPlainText() for k, e in self.parts.items()},
        }


class ReportUpDialog(_TimedDialog):
    """报告镇主要领导 / 报告县委县政府: to whom and when, with a note."""

    def __init__(
        self,
        door: DbDoor,
        tasks: TaskKeeper,
        row: IncidentRow,
        *,
        county: bool,
        parent: QWidget | None = None,
    ) -> None:
        title = _tr("报告县委县政府") if county else _tr("报告镇主要领导")
        super().__init__(door, tasks, row, title=title, ok_text=_tr("记录报告"),
                         time_label=_tr("报告时间"), parent=parent)
        self.county = county
        self.setObjectName("county_dialog" if county else "escalation_dialog")
        self.to = self.add_field("to", _tr("报告对象"), QLineEdit(self))
        if county:
            self.to.setText(COUNTY_DEFAULT)
        else:
            self.to.setPlaceholderText(_tr("写明职务和姓名，如：镇党委书记×××、镇长×××"))
            escalate = next(d for d in row.deadlines if d.kind is DeadlineKind.ESCALATE)
            left = escalate.due - self.clock.now()
            hint = QLabel(
                _tr("时限 {due}（{left}）").format(
                    due=fmt.hm(escalate.due),
                    left=_tr("已超时 {m}").format(m=fmt.minutes(left.total_seconds()))
                    if left.total_seconds() < 0
                    else _tr("还有 {m}").format(m=fmt.minutes(left.total_seconds())),
                ),
                self,
            )
            hint.setObjectName("deadline_hint")
            if left.total_seconds() < 0:
                hint.setStyleSheet("color:#c62828;font-weight:bold;")
            self.form.insertRow(1, hint)
        self.note = self.add_field("note", _tr("说明"), QLineEdit(self))
        self.to.setFocus()

    def request(self) -> tuple[Any, dict[str, Any]] | None:
        fn = record_county_report if self.county else record_escalation
        return fn, {
            "incident_id": self.row.id,
            "at": self.chosen_time() or self.clock.now(),
            "to": self.to.text(),
            "note": self.note.text(),
        }


def stored_times(row: IncidentRow, settings: Settings) -> dict[str, datetime | None]:
    """The correctable times of an incident as its row holds them (None: not recorded yet),
    in :data:`CORRECTABLE`'s order."""
    by_kind = {d.kind: d for d in row.deadlines}
    special = by_kind.get(DeadlineKind.SPECIAL_REPORT)
    accept = by_kind.get(DeadlineKind.ACCEPT)
    # A clock that runs from a time gives it back: its due time less the time allowed (for a
    # row read without its own times).
    assigned = row.assigned_at or (
        accept.due - timedelta(minutes=settings.acceptance_minutes) if accept else None)
    ended = row.ended_at or (
        special.due - timedelta(days=settings.special_report_days) if special else None)
    times = {
        "occurred_at": row.occurred_at,
        "received_at": row.received_at,
        "escalated_at": by_kind[DeadlineKind.ESCALATE].met_at,  # always there
        "assigned_at": assigned,
        "accepted_at": accept.met_at if accept else None,
        "ended_at": ended,
        "special_report_at": special.met_at if special else None,
    }
    return {key: times[key] for key in CORRECTABLE}


class CorrectionDialog(InputDialog):
    """更正时间: a stored time, its new value and the reason — a new timeline entry."""

    def __init__(
        self,
        door: DbDoor,
        tasks: TaskKeeper,
        row: IncidentRow,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(door, tasks, title=_tr("更正时间 — {n}").format(n=row.number),
                         ok_text=_tr("保存更正"), parent=parent)
        self.setObjectName("correction_dialog")
        self.row = row
        self.settings = settings
        self.times = {k: v for k, v in stored_times(row, settings).items() if v is not None}
        note = QLabel(
            _tr("更正不会抹去原来的时间：时间线上新增一条更正记录，写明原值、新值和原因，时限随之重算。"),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color:#6c757d;")
        self.form.addRow(note)
        self.field = self.add_field("field_name", _tr("更正哪个时间"), QComboBox(self))
        for key, value in self.times.items():
            self.field.addItem(
                _tr("{what}（现为 {value}）").format(what=core_text.text(CORRECTABLE[key]),
                                                   value=fmt.md_hm(value)),
                key,
            )
        first = next(iter(self.times.values()))
        self.value = self.time_field("value", _tr("改为"), first)
        self.reason = self.add_field("reason", _tr("原因"), QPlainTextEdit(self))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(64)
        self.reason.setPlaceholderText(_tr("必填：为什么更正，依据是什么（如：经核实村里报告的时间有误）"))
        self.field.currentIndexChanged.connect(self._field_changed)
        self.field.setFocus()
        self.editing(row)  # saved with the incident's version as read (a conflict: reload)

    def record_reloaded(self, record: IncidentRow) -> None:
        """The times as they are now beside each choice; the choice and the new value typed
        stay as they were."""
        self.row = record
        self.times.update({k: v for k, v in stored_times(record, self.settings).items()
                           if v is not None})
        for index in range(self.field.count()):
            key = self.field.itemData(index)
            self.field.setItemText(index, _tr("{what}（现为 {value}）").format(
                what=core_text.text(CORRECTABLE[key]), value=fmt.md_hm(self.times[key])))

    def _field_changed(self) -> None:
        value = self.times.get(self.field.currentData())
        if value is not None:
            self.value.set_value(value)

    def choose_field(self, key: str) -> None:
        self.field.setCurrentIndex(self.field.findData(key))

    def field_for_error(self, key: str) -> str:
        return "value" if key in CORRECTABLE else key

    def request(self) -> tuple[Any, dict[str, Any]] | None:
        return correct_time, {
            "incident_id": self.row.id,
            "field_name": self.field.currentData(),
            "value": self.value.value(),
            "reason": self.reason.toPlainText(),
        }
