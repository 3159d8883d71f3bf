"""What the multi-action dialogs share: a kept task per action, errors next to their fields.

A dialog such as the assignment dialog holds several actions (assign, accept, change the
weight…), each one service call through the door. :meth:`ActionDialog.act` runs one as a kept
task's body: while it runs the action buttons are disabled (restored in ``finally``); an
``InvalidInput`` frames the fields it names and lists the messages in the dialog's message
line; a ``Refused`` or any other error is shown there too. Nothing blocks, nothing uses
``exec()``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from xianghua_console.gui import core_text
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.core_text import error_text, field_texts, join
from xianghua_console.gui.forms import (
    ERROR_COLOUR,
    INVALID_STYLE,
    WARN_COLOUR,
    keyboard_ready,
    set_invalid,
)
from xianghua_console.gui.ops import DbDoor, describe_error
from xianghua_console.gui.views.base import escape
from xianghua_console.services.context import Refused
from xianghua_console.services.incident_log import InvalidInput

log = logging.getLogger(__name__)

OK_COLOUR = "#0f5132"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActionDialog", text)


def warning_label(parent: QWidget) -> QLabel:
    """An amber line for a warning shown before a choice (hidden while empty)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(
        f"color:{WARN_COLOUR}; background:#fff3cd; border:1px solid #ffe08a;"
        "border-radius:3px; padding:4px 6px;"
    )
    label.hide()
    return label


def show_warning(label: QLabel, text: str) -> None:
    """Show ``text`` in a :func:`warning_label` (hide it when empty); a core message in the
    screen's language."""
    text = core_text.text(text)
    label.setText("⚠ " + escape(text) if text else "")
    label.setVisible(bool(text))


class ActionDialog(QDialog):
    """A dialog of several actions, each a service call through the door."""

    sig_loaded = Signal()
    """The dialog's data were read through the door and are on screen."""

    sig_changed = Signal()
    """An action was saved: whoever shows the same record should reload it."""

    sig_acted = Signal(str)
    """An action finished (saved or refused); carries the message shown."""

    def __init__(self, door: DbDoor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.ctx = door.ctx
        self.clock = door.ctx.clock
        self.tasks = TaskKeeper(self._report)
        self.busy = False
        self.loaded = False
        self.action_buttons: list[QPushButton] = []
        self.field_widgets: dict[str, QWidget] = {}
        self.setStyleSheet(INVALID_STYLE)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.finished.connect(self._on_finished)

    # -- running

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> None:
        self.tasks.spawn(coro, name=f"{type(self).__name__}.{name}")

    async def act(
        self,
        fn: Callable[..., Any],
        /,
        *,
        done: str = "",
        fields: dict[str, QWidget] | None = None,
        **kwargs: Any,
    ) -> Any | None:
        """Call ``fn(ctx, **kwargs)`` through the door; None when it was refused or failed.

        ``fields`` maps the service's error keys to this action's widgets (the same key, e.g.
        ``reason``, may belong to different fields in different actions).
        """
        if self.busy:
            return None
        from xianghua_console.gui.conflict_dialog import save_versioned
        from xianghua_console.services.conflicts import Conflict

        self.busy = True
        for button in self.action_buttons:
            button.setEnabled(False)
        self.clear_errors()
        try:
            # With the version of the record on screen (record_version); a conflict shows
            # the other workstation's change and may reload and re-apply (reapply).
            result = await save_versioned(
                self.door, self, fn, kwargs, version=lambda: self.record_version,
                loaded=lambda: self.loaded_record, reapply=lambda c: self._reapply(c, kwargs),
            )
        except Conflict as exc:  # "back": nothing was saved, the inputs stay as typed
            self.say(error_text(exc), error=True)
            self.sig_acted.emit(error_text(exc))
            return None
        except InvalidInput as exc:
            self.show_field_errors(field_texts(exc.errors), fields)
            self.sig_acted.emit(error_text(exc))
            return None
        except Refused as exc:
            self.say(error_text(exc), error=True)
            self.sig_acted.emit(error_text(exc))
            return None
        except Exception as exc:  # shown in the dialog: the officer may try again
            log.warning("%s: %s failed: %r", type(self).__name__, fn.__name__, exc)
            self.say(describe_error(exc), error=True)
            self.sig_acted.emit(describe_error(exc))
            return None
        finally:
            self.busy = False
            for button in self.action_buttons:
                button.setEnabled(True)
            self.refresh_enabled()
        if done:
            self.say(done)
        self.sig_changed.emit()
        self.sig_acted.emit(done)
        return result

    # -- the record on screen: its version, and a conflict (gui.conflict_dialog)

    #: The version of the record the dialog shows, as read (set where the dialog puts a
    #: state on screen): an action sends it as ``expected_version`` to a service taking one.
    record_version: int | None = None
    #: The record as read (e.g. the incident's row): what the conflict dialog compares.
    loaded_record: Any = None

    def showing(self, record: Any, version: int | None = None) -> None:
        """The dialog shows ``record`` now (at ``version``, by default the record's own)."""
        self.loaded_record = record
        self.record_version = version if version is not None else getattr(record, "version", None)

    async def reload_record(self) -> None:
        """Read the record again and show it (after a conflict); the dialogs that read one
        have ``load()``."""
        load = getattr(self, "load", None)
        if load is not None:
            await load()

    async def _reapply(self, conflict: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
        """Reload and re-apply: show the record as it is now, keep what was typed in the
        dialog's text fields, and send the same action again with the new version."""
        from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

        def own(widget: QWidget) -> bool:  # not the editor inside a spin box or combo box
            name = widget.objectName()
            return bool(name) and not name.startswith("qt_") and widget.isEnabled()

        typed = {w.objectName(): w.text() for w in self.findChildren(QLineEdit) if own(w)}
        notes = {w.objectName(): w.toPlainText()
                 for w in self.findChildren(QPlainTextEdit) if own(w)}
        self.showing(conflict.row, conflict.current_version)
        await self.reload_record()
        for widget in self.findChildren(QLineEdit):
            if widget.objectName() in typed and widget.text() != typed[widget.objectName()]:
                widget.setText(typed[widget.objectName()])
        for widget in self.findChildren(QPlainTextEdit):
            if widget.objectName() in notes and widget.toPlainText() != notes[widget.objectName()]:
                widget.setPlainText(notes[widget.objectName()])
        return kwargs

    async def read(self, fn: Callable[..., Any], /, **kwargs: Any) -> Any | None:
        """A read through the door; an error is shown in the message line (None returned)."""
        try:
            return await self.door.call(fn, self.ctx, **kwargs)
        except Exception as exc:  # shown in the dialog
            self.say(describe_error(exc), error=True)
            return None

    # -- messages and field errors

    def say(self, text: str, *, error: bool = False, warn: bool = False) -> None:
        colour = ERROR_COLOUR if error else WARN_COLOUR if warn else OK_COLOUR
        self.message.setText(f'<span style="color:{colour}">{escape(text)}</span>' if text else "")

    def clear_errors(self) -> None:
        for widget in self._all_fields():
            set_invalid(widget, False)
            widget.setAccessibleDescription("")
        self.message.clear()

    def show_field_errors(
        self, errors: dict[str, str], fields: dict[str, QWidget] | None = None
    ) -> None:
        first = None
        self._marked = list(fields.values()) if fields else []
        for key, text in errors.items():
            widget = (fields or {}).get(key) or self.field_widgets.get(key)
            if widget is not None:
                set_invalid(widget, True)
                widget.setAccessibleDescription(text)
                first = first or widget
        self.say(join(errors.values()), error=True)
        if first is not None:
            first.setFocus()

    def _all_fields(self) -> list[QWidget]:
        return [*self.field_widgets.values(), *getattr(self, "_marked", [])]

    @staticmethod
    def invalid(widget: QWidget) -> bool:
        """Whether ``widget`` is framed as refused (for tests and screen readers)."""
        return bool(widget.property("invalid"))

    def refresh_enabled(self) -> None:
        """Enable or disable actions for the state shown (subclasses)."""

    def _report(self, exc: BaseException) -> None:
        self.say(describe_error(exc), error=True)

    def showEvent(self, event: QShowEvent) -> None:
        keyboard_ready(self)  # each input named by its label; Tab moves on from every one
        super().showEvent(event)

    # -- closing

    def stop(self) -> None:
        """Stop timers (subclasses) and cancel pending work: the dialog is going away."""
        self.tasks.cancel_all()

    def _on_finished(self, _result: int) -> None:
        self.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def reject(self) -> None:
        if self.busy:
            return  # a save is on its way (milliseconds): its answer needs this dialog
        super().reject()
