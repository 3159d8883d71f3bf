"""设置: every setting of the office in one dialog, saved all at once through the door.

The pages follow the plan: the deadlines, the daily reports and the duty, the office itself,
the workstation. Each number carries its unit and offers the range the service accepts
(``domain.settings.INT_BOUNDS``); a number typed outside it is said at once under its field.
Saving sends only what changed, with the version the dialog read
(``services.settings.update_settings``): the service refuses per setting (each message under
its field, on its page), or as a whole when another workstation changed the settings since
(the conflict dialog; reloading keeps what was typed here). "恢复本页默认值" puts the plan's
defaults back on one page; nothing is saved until 保存.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.messages import msg
from xianghua_console.domain.settings import INT_BOUNDS, LABELS, LANGUAGES, Settings
from xianghua_console.gui import core_text
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.core_text import error_text, field_texts
from xianghua_console.gui.forms import ERROR_COLOUR, INVALID_STYLE, error_label, set_invalid
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.services.conflicts import Conflict
from xianghua_console.services.context import Refused
from xianghua_console.services.incident_log import InvalidInput
from xianghua_console.services.settings import SettingsState, read_settings, update_settings

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


@dataclass(frozen=True)
class Spec:
    """One setting's field: its label, its unit (numbers) and a note under it."""

    name: str
    label: str
    unit: str = ""
    note: str = ""


def pages() -> list[tuple[str, list[tuple[str, list[Spec]]]]]:
    """The dialog's pages: ``(page title, [(group title, [fields])])``, every setting once."""
    minutes, days, hours = _tr("分钟"), _tr("天"), _tr("小时")
    people = _tr("人")
    return [
        (_tr("时限"), [
            (_tr("事件时限（预案四、应急反应）"), [
                Spec("report_minutes", _tr("事发后报告信访办"), minutes,
                     _tr("超过即记为迟报")),
                Spec("escalate_minutes", _tr("接报后报告镇主要领导"), minutes),
                Spec("acceptance_minutes", _tr("分派后分指挥部接收"), minutes),
                Spec("special_report_days", _tr("应急结束后提交专题报告"), days),
            ]),
            (_tr("通知与提醒"), [
                Spec("receipt_hours", _tr("预警通知回执时限（默认）"), hours,
                     _tr("发布通知时预填，可逐份修改")),
                Spec("alert_lead_minutes", _tr("时限到期前提前提醒"), minutes,
                     _tr("倒计时在此之内变为黄色")),
                Spec("alert_remind_minutes", _tr("已确认仍未完成时再次提醒"), minutes),
            ]),
        ]),
        (_tr("日报与值班"), [
            (_tr("日报和研判会（预案五、工作机制）"), [
                Spec("daily_cutoff", _tr("日报截止时间")),
                Spec("daily_reports_only_in_duty_periods", _tr("只在值班期间收日报")),
                Spec("weekly_meetings", _tr("每周研判会次数"), _tr("次")),
            ]),
            (_tr("值班备勤（预案五、4）"), [
                Spec("shift_boundary", _tr("交接班时间")),
                Spec("leader_slots", _tr("带班领导"), people),
                Spec("duty_slots_min", _tr("值班人员（最少）"), people),
                Spec("standby_slots_min", _tr("备勤人员（最少）"), people),
                Spec("standby_slots_max", _tr("备勤人员（最多）"), people),
                Spec("vehicle_slots", _tr("应急车辆"), _tr("辆")),
                Spec("emergency_fund_min_yuan", _tr("应急经费不少于"), _tr("元")),
                Spec("police_squad_contact", _tr("派出所备勤分队（默认）"),
                     note=_tr("新排的班次预填，可逐日修改")),
                Spec("police_squad_phone", _tr("派出所备勤电话（默认）")),
            ]),
        ]),
        (_tr("本办"), [
            (_tr("报表和打印上的名称"), [
                Spec("town_name", _tr("镇名")),
                Spec("office_name", _tr("办公室名称")),
                Spec("office_phones", _tr("办公室电话"),
                     note=_tr("多个号码用“、”或空格隔开")),
            ]),
        ]),
        (_tr("本机"), [
            (_tr("工作站"), [
                Spec("idle_lock_minutes", _tr("无操作自动锁定"), minutes,
                     _tr("0 为不锁定")),
                Spec("backup_keep", _tr("自动备份保留"), _tr("份"),
                     _tr("每天一份，超出的最旧一份删除")),
                Spec("language", _tr("界面语言"), note=_tr("重新打开值班台后生效")),
            ]),
        ]),
    ]


def language_names() -> dict[str, str]:
    return {"zh_CN": "简体中文", "en": "English"}


class SettingsDialog(QDialog):
    """设置: all the office's settings on four pages; 保存 writes what changed, or nothing."""

    sig_loaded = Signal()
    """The settings were read through the door and are in the fields."""

    sig_saved = Signal(object)
    """The settings were saved; carries the :class:`SettingsState` now stored."""

    def __init__(self, door: DbDoor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.ctx = door.ctx
        self.tasks = TaskKeeper(self._task_failed)
        self.state: SettingsState | None = None
        self.loaded_values: dict[str, Any] = {}
        self.saving = False
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.page_of: dict[str, int] = {}
        self.page_specs: list[list[Spec]] = []
        self.conflict_dialog: QDialog | None = None  # set by gui.conflict_dialog
        self.setObjectName("settings_dialog")
        self.setWindowTitle(_tr("设置"))
        self.setStyleSheet(INVALID_STYLE)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settings_tabs")
        for title, groups in pages():
            self.tabs.addTab(self._build_page(len(self.page_specs), groups), title)
        self.general_error = error_label(self)
        self.general_error.setObjectName("general_error")
        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            _tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("ok_button")
        self.ok_button.setDefault(True)
        self.ok_button.setToolTip(_tr("保存全部修改（Ctrl+S）"))
        self.ok_button.setEnabled(False)  # until the settings are read
        self.cancel_button: QPushButton = self.buttons.addButton(
            _tr("取消"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("cancel_button")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.rejected.connect(self.tasks.cancel_all)  # a read still on its way has no dialog
        self.resize(640, self.sizeHint().height())

    # ------------------------------------------------------------------ building

    def _build_page(self, index: int, groups: list[tuple[str, list[Spec]]]) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        specs: list[Spec] = []
        for title, fields in groups:
            box = QGroupBox(title, page)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for spec in fields:
                form.addRow(*self._build_field(spec, box))
                # Level with the field, not with the middle of the field and the lines under it.
                label = form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.LabelRole)
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.page_of[spec.name] = index
                specs.append(spec)
            column.addWidget(box)
        column.addStretch(1)
        reset = QPushButton(_tr("恢复本页默认值"), page)
        reset.setObjectName(f"reset_page_{index}")
        reset.setToolTip(_tr("把本页各项改回预案的默认值（保存后才生效）"))
        reset.clicked.connect(lambda _=False, i=index: self.reset_page(i))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(reset)
        column.addLayout(row)
        self.page_specs.append(specs)
        return page

    def _build_field(self, spec: Spec, parent: QWidget) -> tuple[QLabel, QWidget]:
        widget = self._editor(spec, parent)
        widget.setObjectName(spec.name)
        widget.setAccessibleName(spec.label)
        cell = QWidget(parent)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = error_label(cell)
        error.setObjectName(f"error_{spec.name}")
        column.addWidget(error)
        notes = [spec.note] if spec.note else []
        if spec.name in INT_BOUNDS:
            low, high = INT_BOUNDS[spec.name]
            notes.append(_tr("范围 {low}–{high} {unit}").format(
                low=f"{low:,}", high=f"{high:,}", unit=spec.unit))
        if notes:
            note = QLabel("；".join(notes), cell)
            note.setObjectName(f"note_{spec.name}")
            note.setStyleSheet("color:#6c757d;")
            column.addWidget(note)
        caption = QLabel(spec.label + _tr("："), parent)
        caption.setBuddy(widget)
        caption.setMinimumHeight(widget.sizeHint().height())
        self.widgets[spec.name] = widget
        self.errors[spec.name] = error
        return caption, cell

    def _editor(self, spec: Spec, parent: QWidget) -> QWidget:
        default = getattr(Settings(), spec.name)
        if spec.name == "language":
            combo = QComboBox(parent)
            names = language_names()
            for code in LANGUAGES:
                combo.addItem(names.get(code, code), code)
            return combo
        if isinstance(default, bool):
            return QCheckBox(parent)
        if isinstance(default, int):
            spin = QSpinBox(parent)
            low, high = INT_BOUNDS[spec.name]
            spin.setRange(low, high)
            spin.setSuffix(" " + spec.unit if spec.unit else "")
            spin.setGroupSeparatorShown(high >= 100_000)
            if spec.name == "idle_lock_minutes":
                spin.setSpecialValueText(_tr("不锁定"))
            spin.setMaximumWidth(200)
            spin.lineEdit().textEdited.connect(lambda _t, n=spec.name: self._check_number(n))
            return spin
        if isinstance(default, time):
            edit = QTimeEdit(parent)
            edit.setDisplayFormat("HH:mm")
            edit.setMaximumWidth(120)
            return edit
        edit = QLineEdit(parent)
        return edit

    # ------------------------------------------------------------------ values in and out

    def value(self, name: str) -> Any:
        """What the field of ``name`` holds now, as the service takes it."""
        widget = self.widgets[name]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QTimeEdit):
            t = widget.time()
            return time(t.hour(), t.minute())
        assert isinstance(widget, QLineEdit)
        return widget.text()  # the phones are split by the service, which says what it refused

    def set_value(self, name: str, value: Any) -> None:
        widget = self.widgets[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QTimeEdit):
            widget.setTime(QTime(value.hour, value.minute))
        elif isinstance(widget, QLineEdit):
            widget.setText("、".join(value) if isinstance(value, tuple) else str(value))
        self._clear_error(name)

    def shown_form(self, name: str, value: Any) -> Any:
        """``value`` as :meth:`value` returns it (to compare with what the field holds)."""
        if name == "office_phones":
            return "、".join(value)
        return value

    def display(self, name: str, value: Any) -> str:
        """A setting's value in words, as the officer sees it in its field."""
        if isinstance(value, bool):
            return _tr("是") if value else _tr("否")
        if isinstance(value, time):
            return f"{value:%H:%M}"
        if isinstance(value, tuple):
            return "、".join(value)
        if name == "language":
            return language_names().get(value, value)
        return str(value)

    def fill(self, settings: Settings, *, keep: Collection[str] = ()) -> None:
        """Put ``settings`` in the fields, except the ones named in ``keep``."""
        for name in self.widgets:
            if name not in keep:
                self.set_value(name, getattr(settings, name))
        self.loaded_values = {
            name: self.shown_form(name, getattr(settings, name)) for name in self.widgets
        }

    def changes(self) -> dict[str, Any]:
        """The settings whose field differs from what was read."""
        return {
            name: self.value(name)
            for name in self.widgets
            if self.value(name) != self.loaded_values.get(name)
        }

    def reset_page(self, index: int) -> None:
        """The plan's defaults on one page (saved with 保存, like any change)."""
        defaults = Settings()
        for spec in self.page_specs[index]:
            self.set_value(spec.name, getattr(defaults, spec.name))

    # ------------------------------------------------------------------ loading

    def start(self) -> None:
        """Read the settings through the door (the dialog is open meanwhile)."""
        self.tasks.spawn(self.load(), name="SettingsDialog.load")

    async def load(self) -> None:
        try:
            state = await self.door.call(read_settings, self.ctx)
        except Exception as exc:  # shown in the dialog
            self.show_general_error(describe_error(exc))
            return
        self.show_state(state)
        self.sig_loaded.emit()

    def show_state(self, state: SettingsState, *, keep: Collection[str] = ()) -> None:
        """Show what was read; ``keep`` names fields whose typed value stays (after a conflict)."""
        self.state = state
        self.fill(state.settings, keep=keep)
        self.ok_button.setEnabled(True)

    # ------------------------------------------------------------------ errors

    def _check_number(self, name: str) -> None:
        """A number typed outside its range is said at once (the spin box would only beep)."""
        widget = self.widgets[name]
        assert isinstance(widget, QSpinBox)
        message = self.number_error(name)
        if message:
            self._show_error(name, message)
        else:
            self._clear_error(name)

    def number_error(self, name: str) -> str:
        """Why the number typed in ``name``'s field cannot be used ('' when it can)."""
        widget = self.widgets[name]
        assert isinstance(widget, QSpinBox)
        if widget.hasAcceptableInput():
            return ""
        low, high = INT_BOUNDS[name]
        unit = self._unit(name)
        return _tr("请填 {low} 到 {high} 之间的整数{unit}").format(
            low=low, high=high, unit=_tr("（{u}）").format(u=unit) if unit else ""
        )

    def _unit(self, name: str) -> str:
        return next((s.unit for specs in self.page_specs for s in specs if s.name == name), "")

    def _show_error(self, name: str, message: str) -> None:
        error = self.errors[name]
        error.setText(message)
        error.show()
        widget = self.widgets[name]
        widget.setAccessibleDescription(message)
        self._mark(widget, True)

    def _clear_error(self, name: str) -> None:
        error = self.errors[name]
        error.hide()
        error.clear()
        widget = self.widgets[name]
        widget.setAccessibleDescription("")
        self._mark(widget, False)

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        """Mark a refused field: framed red, or for a spin box (which loses its arrows when
        given a border) its text red on pink."""
        if not isinstance(widget, QSpinBox):
            set_invalid(widget, invalid)
            return
        widget.setProperty("invalid", invalid)
        palette = QPalette(widget.parentWidget().palette())
        if invalid:
            palette.setColor(QPalette.ColorRole.Base, QColor("#ffe3e3"))
            palette.setColor(QPalette.ColorRole.Text, QColor(ERROR_COLOUR))
        widget.setPalette(palette)
        widget.lineEdit().setPalette(palette)  # the text inside paints its own background

    def error_text(self, name: str) -> str:
        """The message under a field now ('' when none): for tests and screen readers."""
        error = self.errors[name]
        return error.text() if not error.isHidden() else ""

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field; the page of the first one comes forward."""
        for name in self.widgets:
            self._clear_error(name)
        self.general_error.hide()
        general = []
        first: str | None = None
        for name, message in errors.items():
            if name in self.widgets:
                # Under its field the message needs no name: the service's begins with it.
                named = core_text.text(msg("{setting}：{message}", setting=LABELS[name],
                                           message=""))
                self._show_error(name, message.removeprefix(named))
                first = first or name
            else:
                general.append(message)
        if general:
            self.show_general_error("；".join(general))
        if first is not None:
            self.tabs.setCurrentIndex(self.page_of[first])
            self.widgets[first].setFocus()
        self.fit_errors()

    def fit_errors(self) -> None:
        """Make room for every wrapped error line: a form in a group box in a tab page does
        not pass a label's height-for-width up, so the lines would overlap the next field."""
        for error in self.errors.values():
            if error.isHidden():
                error.setMinimumHeight(0)
            else:
                error.setMinimumHeight(error.heightForWidth(max(error.width(), 200)))
        self.layout().activate()
        height = max(self.height(), self.sizeHint().height())
        if height != self.height():
            self.resize(self.width(), height)

    def show_general_error(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()

    def _task_failed(self, exc: BaseException) -> None:
        self.show_general_error(describe_error(exc))

    # ------------------------------------------------------------------ saving

    def submit(self) -> None:
        """保存 (Enter, Ctrl+S): what changed, in one call through the door."""
        if self.saving or self.state is None:
            return
        local = {n: m for n in self.widgets if isinstance(self.widgets[n], QSpinBox)
                 if (m := self.number_error(n))}
        if local:
            self.show_errors(local)
            return
        changes = self.changes()
        if not changes:
            self.accept()  # nothing changed: nothing to write, nothing to audit
            return
        self.tasks.spawn(self._save(changes), name="SettingsDialog.save")

    async def _save(self, changes: dict[str, Any]) -> None:
        from xianghua_console.gui.conflict_dialog import ReloadedForReview, save_versioned

        self.saving = True
        self.ok_button.setEnabled(False)
        try:
            # With the version read; another workstation's change since shows the conflict
            # dialog, whose "reload" re-applies what was typed here (see _reapply).
            state = await save_versioned(
                self.door, self, update_settings, {"changes": changes},
                version=lambda: self.state.version if self.state else None,
                loaded=lambda: self.state, reapply=self._reapply,
            )
        except ReloadedForReview:
            self.show_general_error(_tr("已读取最新设置，你的修改保留；标出的项目对方也改过，"
                                        "请核对后再保存。"))
        except Conflict as exc:  # 返回: nothing saved, what was typed stays
            self.show_errors({})
            self.show_general_error(error_text(exc))
        except InvalidInput as exc:
            self.show_errors(field_texts(exc.errors))
        except Refused as exc:
            self.show_errors({})
            self.show_general_error(error_text(exc))
        except Exception as exc:  # shown in the dialog; what was typed stays for another try
            log.warning("saving the settings failed: %r", exc)
            self.show_errors({})
            self.show_general_error(describe_error(exc))
        else:
            self.state = state
            self.sig_saved.emit(state)
            self.accept()
        finally:
            self.saving = False
            self.ok_button.setEnabled(True)

    async def _reapply(self, conflict: Conflict) -> dict[str, Any] | None:
        """Take the settings as they are now, keeping what was changed here; send them again
        at once, unless the other workstation changed one of the same settings (then the
        officer looks first: None)."""
        state = conflict.row
        assert isinstance(state, SettingsState) and self.state is not None
        mine = self.changes()
        theirs = {n for n in self.widgets
                  if getattr(state.settings, n) != getattr(self.state.settings, n)}
        self.show_state(state, keep=mine)
        both = {n: getattr(state.settings, n) for n in mine if n in theirs}
        if both:
            for name, value in both.items():
                self._show_error(name, _tr("另一台电脑也改了这一项，改为：{v}（这里保留了你填写的）")
                                 .format(v=self.display(name, value)))
            self.fit_errors()
            return None
        return {"changes": self.changes()}

    def reject(self) -> None:
        if self.saving:
            return  # a save is on its way (milliseconds): its answer needs this dialog
        super().reject()



def open_settings_dialog(
    door: DbDoor, parent: QWidget | None = None,
    on_saved: Callable[[SettingsState], object] | None = None,
) -> SettingsDialog:
    """Open the settings dialog with ``open()`` and read the settings into it."""
    dialog = SettingsDialog(door, parent)
    if on_saved is not None:
        dialog.sig_saved.connect(on_saved)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    dialog.start()
    return dialog

