"""What every input dialog of the console shares: fields with their own error line, local times
in and out of Qt's editors, and a save that goes through the door without blocking.

A service refuses input field by field (``InvalidInput.errors``); the dialog shows each message
right under its field, highlights the field, keeps everything typed and stays open. Dialogs are
opened with ``open()``, never ``exec()`` (a nested ``exec()`` inside a qasync task raises
"Cannot enter into task", STYLE.md's traps).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.clock import LOCAL_TZ, Clock, local_today, to_local
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.core_text import error_text, field_texts, join
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.services.context import Refused
from xianghua_console.services.incident_log import InvalidInput

log = logging.getLogger(__name__)

ERROR_COLOUR = "#b02a37"
FIELD_MIN_WIDTH = 340  # placeholders like "写明职务和姓名，如：镇党委书记×××" stay readable
WARN_COLOUR = "#8a5300"

#: The dialogs' own style: a field refused by the service gets a red frame.
INVALID_STYLE = (
    '[invalid="true"] { border: 2px solid #c62828; border-radius: 2px; background: #fff5f5; }'
)



def _tr(text: str) -> str:
    return QCoreApplication.translate("forms", text)


# ---------------------------------------------------------------- local times, typed


TIME_FORMAT = "%Y-%m-%d %H:%M"
_TIME_RE = re.compile(
    r"^\s*(?:(?:(?P<y>\d{4})[-/.年])?(?P<mo>\d{1,2})[-/.月](?P<d>\d{1,2})日?\s+)?"
    r"(?P<h>\d{1,2})[:：点]?(?P<mi>\d{2})分?\s*$"
)


def whole_minute(when: datetime) -> datetime:
    """``when`` without its seconds: what a minute-resolution field shows is what is saved."""
    return when.replace(second=0, microsecond=0)


def format_local(when: datetime) -> str:
    """``2027-03-05 09:35`` in Asia/Shanghai."""
    return to_local(when).strftime(TIME_FORMAT)


def parse_local(text: str, today: date) -> datetime | None:
    """A time typed by the officer, in Asia/Shanghai: ``09:35``, ``0935``, ``03-05 09:35`` or
    ``2027-03-05 09:35`` (a time alone is on ``today``). None when it is no such time."""
    m = _TIME_RE.match(text)
    if m is None:
        return None
    try:
        return datetime(
            int(m["y"]) if m["y"] else today.year,
            int(m["mo"]) if m["mo"] else today.month,
            int(m["d"]) if m["d"] else today.day,
            int(m["h"]),
            int(m["mi"]),
            tzinfo=LOCAL_TZ,
        )
    except ValueError:
        return None


class TimeField(QLineEdit):
    """A local time typed as ``09:35`` (today) or with its date; ↑/↓ move it by a minute.

    A line edit rather than a QDateTimeEdit: an officer on the phone types "0935" and Tab,
    without stepping through five sections. Focus selects everything so typing replaces it;
    leaving the field writes the time out in full, so the date is always visible.
    """

    sig_time_changed = Signal()
    """The time the field holds changed (or became unreadable)."""

    def __init__(self, value: datetime, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.setPlaceholderText(_tr("如 09:35 或 03-05 09:35"))
        self.setMinimumWidth(150)
        self.setMaximumWidth(220)
        self.set_value(value)
        self.textChanged.connect(lambda _t: self.sig_time_changed.emit())
        self.editingFinished.connect(self._normalise)

    def set_value(self, when: datetime) -> None:
        self.setText(format_local(whole_minute(when)))

    def value(self) -> datetime | None:
        """The instant typed, or None when the text is no time."""
        return parse_local(self.text(), local_today(self.clock))

    def readable(self) -> bool:
        return self.value() is not None

    def _normalise(self) -> None:
        when = self.value()
        if when is not None and self.text() != format_local(when):
            self.setText(format_local(when))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        QTimer.singleShot(0, self.selectAll)  # after Qt's own cursor placement on a click

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        when = self.value() if step else None
        if step and when is not None:
            self.set_value(when + timedelta(minutes=step))
            return
        super().keyPressEvent(event)


# ---------------------------------------------------------------- fields with their errors


@dataclass
class Field:
    key: str
    label: str
    widget: QWidget
    error: QLabel


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Frame ``widget`` in red (or not); Qt re-reads a dynamic property only on a re-polish.

    The state is remembered on the Python side: reading back a dynamic property that was never
    set returns a None that PySide6 6.12 does not reference-count (see the report on it).
    """
    if getattr(widget, "_xh_invalid", False) == invalid:
        return
    widget._xh_invalid = invalid  # type: ignore[attr-defined]
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


#: What a person types into, chooses in or presses: the widgets that need an accessible name.
INPUT_TYPES = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
               QAbstractButton, QAbstractItemView, QAbstractSlider)


def is_input(widget: QWidget) -> bool:
    """An input of its own (the editor inside a spin box or a combo box is part of its owner)."""
    if not isinstance(widget, INPUT_TYPES) or isinstance(widget, QScrollBar):
        return False
    return not (isinstance(widget, QLineEdit)
                and isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox))


def label_words(text: str) -> str:
    """A label's text as a name: no mnemonic ``&``, no closing colon, no markup."""
    text = re.sub(r"<[^>]+>", "", text).replace("&", "")
    return text.strip().rstrip("：:").strip()


def _inputs_in(item: Any) -> list[QWidget]:
    """The inputs a form row's field holds: the widget itself, or those inside it."""
    widget = item.widget() if item is not None else None
    if widget is not None:
        if is_input(widget):
            return [widget]
        return [w for w in widget.findChildren(QWidget) if is_input(w)]
    layout = item.layout() if item is not None else None
    if layout is None:
        return []
    found: list[QWidget] = []
    for i in range(layout.count()):
        found.extend(_inputs_in(layout.itemAt(i)))
    return found


def name_inputs(root: QWidget) -> None:
    """Give each input of ``root`` that has no accessible name the words that label it on
    screen, so that a screen reader says what a sighted person reads: its buddy label; the
    label of its form row (a row without a label continues the one above; a row of several
    inputs adds each one's placeholder); a "名称：" label just before it in a row; or, for the
    one unnamed input of a group box, the box's title."""
    def give(widget: QWidget, words: str) -> None:
        if words and not widget.accessibleName():
            widget.setAccessibleName(words)

    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            give(buddy, label_words(label.text()))
    for form in root.findChildren(QFormLayout):
        words = ""
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            caption = label.widget() if label is not None else None
            if field is None:
                words = ""  # a row across the form: what follows is not under the last label
                continue
            if isinstance(caption, QLabel) and label_words(caption.text()):
                words = label_words(caption.text())
            inputs = [w for w in _inputs_in(field)
                      if not isinstance(w, QAbstractButton)]  # a button says its own words
            for widget in inputs:
                hint = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
                several = len(inputs) > 1 and hint
                give(widget, f"{words}（{hint}）" if several else words)
    for layout in root.findChildren(QBoxLayout):
        items = [layout.itemAt(i).widget() for i in range(layout.count())]
        for before, widget in zip(items, items[1:], strict=False):
            if (isinstance(before, QLabel) and widget is not None and is_input(widget)
                    and before.text().rstrip().endswith(("：", ":"))):
                give(widget, label_words(before.text()))
    for box in root.findChildren(QGroupBox):
        unnamed = [w for w in box.findChildren(QWidget)
                   if is_input(w) and not isinstance(w, QAbstractButton) and not w.accessibleName()]
        if len(unnamed) == 1:
            give(unnamed[0], label_words(box.title()))


def keyboard_ready(root: QWidget) -> None:
    """Make a dialog's inputs work for a person at the keyboard: each is named by its label
    (:func:`name_inputs`), Tab leaves a text box (no one types a tab character into a report)
    and leaves a list or table instead of walking its cells (the arrow keys do that)."""
    name_inputs(root)
    for edit in root.findChildren(QPlainTextEdit):
        edit.setTabChangesFocus(True)
    for edit in root.findChildren(QTextEdit):
        edit.setTabChangesFocus(True)
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color:{ERROR_COLOUR};")
    label.hide()
    return label


class InputDialog(QDialog):
    """A dialog of labelled fields whose save is a service call through the door.

    Subclasses add fields with :meth:`add_field` and implement :meth:`request`, which returns
    the service function and its keyword arguments (or None after a local refusal). The call
    runs as a kept task; the result goes to :meth:`succeeded`, an ``InvalidInput`` to the
    fields, a plain ``Refused`` to :meth:`refused`.
    """

    sig_saved = Signal(object)
    """The service accepted the input; carries what it returned."""

    sig_refused = Signal(str)
    """The service refused the action as a whole (not a field); carries its reason."""

    #: Close on a refusal that concerns no field (the panel shows it), or keep the dialog open.
    close_on_refusal = False

    #: Ask the service even after a local check failed, so that every field's error shows at
    #: once. Only where a value the dialog cannot read reaches the service as "missing".
    ask_service_despite_local_errors = False

    def __init__(
        self,
        door: DbDoor,
        tasks: TaskKeeper,
        *,
        title: str,
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.door = door
        self.ctx = door.ctx
        self.clock = door.ctx.clock
        self.tasks = tasks
        self.fields: dict[str, Field] = {}
        self.saving = False
        self.setWindowTitle(title)
        self.setStyleSheet(INVALID_STYLE)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        self.general_error = error_label(self)
        self.general_error.setObjectName("general_error")
        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            ok_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("ok_button")
        self.ok_button.setDefault(True)
        self.ok_button.setToolTip(_tr("保存（Ctrl+S）"))
        self.cancel_button: QPushButton = self.buttons.addButton(
            _tr("取消"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setObjectName("cancel_button")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.submit)
        layout = QVBoxLayout(self)
        # Grow when error lines appear, rather than squeezing the fields under them.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    # -- building

    def add_field(self, key: str, label: str, widget: QWidget, *, note: QWidget | None = None) -> Any:
        """A row ``label: widget`` with its error line under it (and an optional note)."""
        box = QWidget(self)
        box.setMinimumWidth(FIELD_MIN_WIDTH)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = error_label(box)
        error.setObjectName(f"error_{key}")
        column.addWidget(error)
        if note is not None:
            column.addWidget(note)
        widget.setObjectName(key)
        widget.setAccessibleName(label)
        widget.setProperty("invalid", False)
        caption = QLabel(label + _tr("："), self)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        self.fields[key] = Field(key, label, widget, error)
        return widget

    def showEvent(self, event: QShowEvent) -> None:
        # Rows built by hand (not through add_field) get their names from their labels too.
        keyboard_ready(self)
        super().showEvent(event)

    # -- errors

    def clear_errors(self) -> None:
        for f in self.fields.values():
            f.error.hide()
            f.error.clear()
            f.widget.setAccessibleDescription("")
            set_invalid(f.widget, False)
        self.general_error.hide()
        self.general_error.clear()

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field, the field framed red; unknown keys at the bottom."""
        self.clear_errors()
        general = []
        first: QWidget | None = None
        for key, message in errors.items():
            f = self.fields.get(self.field_for_error(key))
            if f is None:
                general.append(message)
                continue
            f.error.setText(message)
            f.error.show()
            f.widget.setAccessibleDescription(message)
            set_invalid(f.widget, True)
            first = first or f.widget
        if general:
            self.show_general_error(join(general))
        if first is not None:
            first.setFocus()
        self.fit_to_contents()

    def fit_to_contents(self) -> None:
        """Grow (never shrink) to show every error line in full, wrapped ones included."""
        layout = self.layout()
        layout.activate()
        width = max(self.width(), self.sizeHint().width())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        height = max(self.height(), height, self.sizeHint().height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def local_errors(self) -> dict[str, str]:
        """What the dialog itself can tell is wrong before asking: unreadable times."""
        return {
            f.key: _tr("看不懂这个时间：请写成 09:35 或 03-05 09:35")
            for f in self.fields.values()
            if isinstance(f.widget, TimeField) and not f.widget.readable()
        }

    def time_field(self, key: str, label: str, value: datetime) -> TimeField:
        """A :class:`TimeField` row."""
        return self.add_field(key, label, TimeField(value, self.clock, self))

    def field_for_error(self, key: str) -> str:
        """The field an error key of the service belongs to (the same name, by default)."""
        return key

    def error_text(self, key: str) -> str:
        """The error shown under a field now ('' when none): for tests and screen readers."""
        f = self.fields[key]
        return f.error.text() if not f.error.isHidden() else ""

    def show_general_error(self, message: str) -> None:
        self.general_error.setText(message)
        self.general_error.show()
        self.fit_to_contents()

    # -- saving

    def request(self) -> tuple[Callable[..., Any], dict[str, Any]] | None:
        """The service call to make, or None when a local check refused the input."""
        raise NotImplementedError

    def submit(self) -> None:
        """Save (the 保存 button, Enter, Ctrl+S): one call through the door at a time."""
        if self.saving:
            return
        local = self.local_errors()
        if local and not self.ask_service_despite_local_errors:
            self.show_errors(local)
            return
        call = self.request()
        if call is None:
            return
        fn, kwargs = call
        self.tasks.spawn(self._save(fn, kwargs), name=f"{type(self).__name__}.save")

    async def _save(self, fn: Callable[..., Any], kwargs: dict[str, Any]) -> None:
        from xianghua_console.gui.conflict_dialog import ReloadedForReview, save_versioned
        from xianghua_console.services.conflicts import Conflict

        self.saving = True
        self.ok_button.setEnabled(False)
        for f in self.fields.values():
            if getattr(f.error, "_xh_warn", False):  # a note of show_both_changed: red again
                f.error._xh_warn = False  # type: ignore[attr-defined]
                f.error.setStyleSheet(f"color:{ERROR_COLOUR};")
        try:
            # With the version read when the dialog edits a stored record (see editing()).
            result = await save_versioned(
                self.door, self, fn, kwargs, version=lambda: self.record_version,
                loaded=lambda: self.loaded_record, reapply=self._reapply,
            )
        except ReloadedForReview:
            self.show_both_changed()
        except Conflict as exc:  # "back": what was typed stays, nothing was saved
            self.clear_errors()
            self.show_general_error(error_text(exc))
        except InvalidInput as exc:
            self.show_errors({**field_texts(exc.errors), **self.local_errors()})
        except Refused as exc:
            self.refused(error_text(exc))
        except Exception as exc:  # shown in the dialog; the input stays for another try
            log.warning("%s failed: %r", type(self).__name__, exc)
            self.clear_errors()
            self.show_general_error(describe_error(exc))
        else:
            self.clear_errors()
            self.succeeded(result)
        finally:
            self.saving = False
            self.ok_button.setEnabled(True)

    def reject(self) -> None:
        if self.saving:
            return  # a save is on its way (milliseconds): its answer needs this dialog
        super().reject()

    def succeeded(self, result: Any) -> None:
        self.sig_saved.emit(result)
        self.accept()

    def refused(self, reason: str) -> None:
        self.sig_refused.emit(reason)
        if self.close_on_refusal:
            QDialog.reject(self)  # not self.reject(): that waits for the save in flight
        else:
            self.clear_errors()
            self.show_general_error(reason)

    # -- editing a stored record: the version read, and a conflict (gui.conflict_dialog)

    #: The version of the record the dialog edits, as read (None: a new record): a save
    #: sends it as ``expected_version`` to a service that takes one.
    record_version: int | None = None
    #: The record as read (a row such as ``UnitEntry`` or ``IncidentRow``): the conflict
    #: dialog compares it with the record now to show what the other workstation changed.
    loaded_record: Any = None

    def editing(self, record: Any) -> None:
        """The dialog edits ``record`` (a row with its ``version``), its fields filled from it:
        what the officer changes from here on is what a reload after a conflict keeps."""
        self.loaded_record = record
        self.record_version = getattr(record, "version", None)
        self._base_values = self.form_values()
        self._both_changed: dict[str, str] = {}

    def fill(self, record: Any) -> None:
        """Put a record's values into the fields: dialogs that edit the record's own values
        (a unit's name…) override it; a dialog of an action on the record (a step, a
        correction) keeps its fields as typed."""

    def record_reloaded(self, record: Any) -> None:
        """The dialog now edits ``record`` (reloaded after a conflict): refresh what it shows
        of it besides the fields (a title, the times a correction offers…)."""

    def form_widgets(self) -> dict[str, QWidget]:
        """The inputs whose values a reload keeps or takes from the record (key → widget)."""
        return {key: f.widget for key, f in self.fields.items()}

    def form_values(self) -> dict[str, Any]:
        return {key: widget_value(w) for key, w in self.form_widgets().items()}

    def reload_record(self, record: Any) -> dict[str, str]:
        """After a conflict: fill the fields from ``record`` (the record now), then put back
        every value the officer had changed. Returns the fields both workstations changed to
        different values, each with the other workstation's value as text (empty: none)."""
        widgets = self.form_widgets()
        base = getattr(self, "_base_values", None) or self.form_values()
        mine = self.form_values()
        self.fill(record)
        theirs = self.form_values()
        theirs_text = {key: widget_text(w) for key, w in widgets.items()}
        both: dict[str, str] = {}
        for key, value in mine.items():
            if value == base.get(key):
                continue  # not changed here: the record's value now stands
            if theirs[key] != base.get(key) and theirs[key] != value:
                both[key] = theirs_text[key]
            set_widget_value(widgets[key], value)
        self.loaded_record = record
        self.record_version = getattr(record, "version", self.record_version)
        self._base_values = theirs
        self._both_changed = both
        self.record_reloaded(record)
        return both

    async def _reapply(self, conflict: Any) -> dict[str, Any] | None:
        """Reload and re-apply (the conflict dialog's first button): the record now, with the
        officer's changes on top, sent again — unless both changed the same field, which the
        officer looks at first (None)."""
        if conflict.row is not None:
            if self.reload_record(conflict.row):
                return None
        else:  # a record read without a row to refill from: its version is what changed
            self.record_version = conflict.current_version
        if self.local_errors():
            return None
        call = self.request()
        return None if call is None else call[1]

    def show_both_changed(self) -> None:
        """After a reload: the fields both workstations changed, marked, with the other's
        value under each; nothing is saved until the officer saves again."""
        self.clear_errors()
        both = getattr(self, "_both_changed", {})
        for key, text in both.items():
            f = self.fields.get(key)
            if f is None:
                continue
            f.error.setText(_tr("另一台电脑也改了这一项，改为：{v}（这里保留了你填写的）").format(
                v=text or _tr("（空）")))
            f.error.setStyleSheet(f"color:{WARN_COLOUR};")
            f.error._xh_warn = True  # type: ignore[attr-defined]  # red again for an error
            f.error.show()
            f.widget.setAccessibleDescription(f.error.text())
            set_invalid(f.widget, True)
        self.show_general_error(
            _tr("已读取最新内容：对方的其他修改已填入，你的修改保留。标出的项目对方也改过，"
                "请核对后再保存。") if both else
            _tr("已读取最新内容，你的修改保留；请核对后再保存。"))
        first = next((self.fields[k].widget for k in both if k in self.fields), None)
        if first is not None:
            first.setFocus()


def widget_value(widget: QWidget) -> Any:
    """What an input holds, comparable across a reload (a choice by its position)."""
    from PySide6.QtWidgets import QListWidget

    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QListWidget):
        return tuple(widget.item(r).checkState() == Qt.CheckState.Checked
                     for r in range(widget.count()))
    return None


def set_widget_value(widget: QWidget, value: Any) -> None:
    """Put back what :func:`widget_value` read."""
    from PySide6.QtWidgets import QListWidget

    if isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(value)
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(value)
    elif isinstance(widget, QAbstractSpinBox):
        widget.lineEdit().setText(value)
        widget.interpretText()
    elif isinstance(widget, QListWidget):
        for r, checked in enumerate(value):
            if r < widget.count():
                widget.item(r).setCheckState(
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def widget_text(widget: QWidget) -> str:
    """What an input shows, in words (the other workstation's value after a reload)."""
    from PySide6.QtWidgets import QListWidget

    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractButton):
        return _tr("是") if widget.isChecked() else _tr("否")
    if isinstance(widget, QListWidget):
        return "、".join(widget.item(r).text() for r in range(widget.count())
                        if widget.item(r).checkState() == Qt.CheckState.Checked)
    value = widget_value(widget)
    return "" if value is None else str(value)
