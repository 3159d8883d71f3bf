"""Long work through the door with a progress dialog: the window stays live, 取消 where safe.

:class:`ProgressRunner` runs one service call that takes ``progress=`` (see
``services.progress``) on the door's worker thread. The service's reports arrive on the
worker; they are carried to the GUI thread by a queued signal (never a widget touched from
the worker), where they move the dialog's bar and label. The event loop keeps running all
the while: the window repaints, its clocks tick, its timers fire.

The dialog (:class:`ProgressDialog`) is modal to the window — the officer cannot start a
second job meanwhile, but sees the window — and appears only when the work takes longer
than :data:`SHOW_AFTER_MS`, so quick work never flashes a dialog. It shows the label and the
per cent (a busy bar while the service gives no measure). Its 取消 asks the service to stop
at its next safe point; once the service has passed its point of no return (a restore
overwriting the database, a commit) the button is disabled and the dialog says so. Closing
the dialog (Esc, the window's ×) means 取消 too; it closes by itself when the work ends.

A cancelled job raises ``Cancelled`` (a ``Refused``: "已取消，未做任何更改。") from
:meth:`ProgressRunner.run`, which the views show as they show any refusal.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.gui import core_text
from xianghua_console.gui.ops import DbDoor
from xianghua_console.services.progress import Progress

log = logging.getLogger(__name__)

T = TypeVar("T")

SHOW_AFTER_MS = 300  # work shorter than this never shows the dialog
REPORT_INTERVAL_S = 0.05  # at most ~20 reports a second cross to the GUI thread


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgressDialog", text)


class ProgressDialog(QDialog):
    """The label, the per cent and 取消 of one long job (modal to its window)."""

    sig_cancel_requested = Signal()
    """取消 was clicked (or the dialog was closed) while cancelling was allowed."""

    def __init__(self, title: str, parent: QWidget | None, *, cancellable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("progress_dialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self._finished = False
        self._cancelling = False
        self._cancellable = cancellable
        self.label = QLabel(title, self)
        self.label.setObjectName("progress_label")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progress_bar")
        self.bar.setRange(0, 0)  # busy until the first measure
        self.bar.setFormat("%p%")
        self.bar.setTextVisible(True)
        self.note = QLabel("", self)
        self.note.setObjectName("progress_note")
        self.note.setStyleSheet("color:#6c757d;")
        self.note.setWordWrap(True)
        self.note.hide()
        buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(_tr("取消"), self)
        self.cancel_button.setObjectName("progress_cancel")
        self.cancel_button.setAccessibleName(_tr("取消"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self._ask_cancel)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        if not cancellable:
            self.forbid_cancel(_tr("这项工作开始后不能中途停止。"))

    # -- the runner's side

    def set_progress(self, done: int, total: int, label: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(max(0, min(done, total)))
        else:
            self.bar.setRange(0, 0)
        if label and not self._cancelling:
            self.label.setText(label)

    def forbid_cancel(self, why: str) -> None:
        """Past the point of no return: 取消 is disabled and the reason shown."""
        self._cancellable = False
        self.cancel_button.setEnabled(False)
        self.cancel_button.setToolTip(why)
        self.note.setText(why)
        self.note.show()

    def cancelling(self) -> None:
        self._cancelling = True
        self.cancel_button.setEnabled(False)
        self.label.setText(_tr("正在取消……"))

    def finish(self) -> None:
        """The job ended: close for good (also when it was never shown)."""
        self._finished = True
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()

    @property
    def cancel_allowed(self) -> bool:
        return self._cancellable and self.cancel_button.isEnabled()

    # -- the officer's side

    def _ask_cancel(self) -> None:
        if self.cancel_allowed:
            self.sig_cancel_requested.emit()

    def reject(self) -> None:  # Esc: the same as 取消; the dialog stays until the job ends
        if self._finished:
            super().reject()
            return
        self._ask_cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            super().closeEvent(event)
            return
        event.ignore()
        self._ask_cancel()


class ProgressRunner(QObject):
    """Runs one service call with ``progress=`` on the door, with a :class:`ProgressDialog`.

    ``sig_progress(done, total, label)`` carries every report to the GUI thread (a view may
    also show it in its own status line).
    """

    sig_progress = Signal(int, int, str)
    """A report of the job, on the GUI thread."""

    sig_no_return = Signal()
    """The job passed its point of no return (on the GUI thread)."""

    sig_dialog_shown = Signal()
    """The dialog appeared (the job took longer than ``show_after_ms``)."""

    # Emitted on the worker thread; queued to the GUI thread.
    _sig_report = Signal(int, int, str)
    _sig_passed = Signal()

    def __init__(
        self,
        parent: QWidget,
        title: str,
        *,
        cancellable: bool = True,
        show_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.title = title
        self.cancellable = cancellable
        self.progress = Progress(
            self._report, interval=REPORT_INTERVAL_S, on_no_return=self._sig_passed.emit
        )
        # Queued, not direct: the reports are emitted on the door's worker thread and the slots
        # touch widgets, which live on the GUI thread.
        self._sig_report.connect(self._on_report, Qt.ConnectionType.QueuedConnection)
        self._sig_passed.connect(self._on_no_return, Qt.ConnectionType.QueuedConnection)
        self.dialog: ProgressDialog | None = None
        self.running = False
        self.last: tuple[int, int, str] = (0, 0, title)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(show_after_ms)
        self._show_timer.timeout.connect(self.show_dialog)

    async def run(self, door: DbDoor, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
        """``fn(*args, progress=…, **kwargs)`` on the door's worker; its result, or its
        exception (``Cancelled`` when the officer cancelled)."""
        self.running = True
        self.dialog = ProgressDialog(self.title, self._parent_window(),
                                     cancellable=self.cancellable)
        self.dialog.sig_cancel_requested.connect(self.cancel)
        self._show_timer.start()
        try:
            return await door.call(fn, *args, progress=self.progress, **kwargs)
        except asyncio.CancelledError:
            # The window is closing: the worker still runs the job; ask it to stop where safe.
            self.progress.cancel()
            raise
        finally:
            self.running = False
            self._show_timer.stop()
            dialog, self.dialog = self.dialog, None
            if dialog is not None:
                dialog.finish()

    def show_dialog(self) -> None:
        """Show the dialog now (the timer does it after ``show_after_ms``)."""
        if not self.running or self.dialog is None or self.dialog.isVisible():
            return
        done, total, label = self.last
        self.dialog.set_progress(done, total, label)
        if self.progress.past_no_return:
            self.dialog.forbid_cancel(_tr("已开始写入，不能再取消；请等它完成。"))
        self.dialog.open()  # never exec(): a nested event loop inside a qasync task raises
        self.sig_dialog_shown.emit()

    def cancel(self) -> bool:
        """Ask the job to stop at its next safe point; False when it is past that."""
        if not self.cancellable or not self.progress.cancel():
            return False
        if self.dialog is not None:
            self.dialog.cancelling()
        return True

    def _parent_window(self) -> QWidget:
        window = self._parent.window()
        return window if window is not None else self._parent

    def _report(self, done: int, total: int, label: str = "") -> None:
        """On the worker: the service's label (a core message) in the screen's language —
        a signal carries only its text; translating is thread-safe."""
        self._sig_report.emit(done, total, core_text.text(label))

    def _on_report(self, done: int, total: int, label: str) -> None:
        self.last = (done, total, label or self.last[2])
        if self.dialog is not None:
            self.dialog.set_progress(done, total, label)
        self.sig_progress.emit(done, total, label)

    def _on_no_return(self) -> None:
        if self.dialog is not None:
            self.dialog.forbid_cancel(_tr("已开始写入，不能再取消；请等它完成。"))
        self.sig_no_return.emit()


async def run_with_progress(
    door: DbDoor,
    parent: QWidget,
    title: str,
    fn: Callable[..., T],
    /,
    *args: Any,
    cancellable: bool = True,
    on_progress: Callable[[int, int, str], None] | None = None,
    **kwargs: Any,
) -> T:
    """Run ``fn(*args, progress=…, **kwargs)`` on ``door`` with a progress dialog over
    ``parent``'s window; see :class:`ProgressRunner`."""
    runner = ProgressRunner(parent, title, cancellable=cancellable)
    if on_progress is not None:
        runner.sig_progress.connect(on_progress)
    try:
        return await runner.run(door, fn, *args, **kwargs)
    finally:
        runner.deleteLater()


def takes_progress(fn: Callable[..., Any]) -> bool:
    """Whether ``fn`` accepts ``progress=`` (a long service)."""
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


async def call_with_progress(
    door: DbDoor, parent: QWidget, fn: Callable[..., T], /, *args: Any,
    title: str | None = None, **kwargs: Any,
) -> T:
    """``door.call(fn, …)``, with the progress dialog when ``fn`` is a long service that
    takes ``progress=`` (for a view that passes every write through one helper)."""
    if not takes_progress(fn):
        return await door.call(fn, *args, **kwargs)
    return await run_with_progress(door, parent, title or _tr("请稍候"), fn, *args, **kwargs)
