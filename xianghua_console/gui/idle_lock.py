"""The idle lock: after the ``idle_lock_minutes`` setting without keyboard or mouse input the
console covers its window and asks for the password again.

Input is noticed by an application-wide event filter that writes down the time of the last key
or mouse event from the injected clock; a timer compares it with the clock (tests move the fake
clock and call :meth:`IdleLock.check`, they never sleep). Locking hides the open dialogs and
keeps them as they are, with everything typed; the same account's password shows them again.
Another account may log in instead (the next officer of the shift): then the console is opened
anew for that account and its role (:class:`ConsoleSession`), and the first account's unsaved
incident entry stays as a draft, offered on the new window.

Only a console with a logged-in account locks (``ctx.username``): the system context of tests
and screenshots has no password to ask for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from xianghua_console.domain.clock import Clock
from xianghua_console.gui.compat import TaskKeeper
from xianghua_console.gui.ops import DbDoor
from xianghua_console.services.context import Ctx

log = logging.getLogger(__name__)

CHECK_MS = 15_000  # how often the timer compares the last input with the clock
DEFAULT_MINUTES = 15  # until the settings are read

#: What counts as the officer's input (not paints, timers or the network).
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})  # fmt: skip

#: What the locked window does not get (the cover and the unlock dialog do).
BLOCKED_WHILE_LOCKED = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.ContextMenu,
    QEvent.Type.InputMethod,
})  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("IdleLock", text)


class LockCover(QWidget):
    """What covers the locked window: no data shows through, nothing under it takes a click."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lock_cover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lock_cover { background: #2b3035; } QLabel { color: #f8f9fa; }")
        self.label = QLabel(self)
        self.label.setObjectName("lock_label")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.label.setFont(font)
        self.alert_label = QLabel(self)
        self.alert_label.setObjectName("lock_alert")
        self.alert_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.alert_label.setStyleSheet("color: #ffb3b3; font-weight: bold;")
        self.unlock_button = QPushButton(_tr("解锁…"), self)
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setMinimumWidth(160)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.alert_label)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.hide()


class IdleLock(QObject):
    """Locks ``window`` after ``minutes`` without input; asks for the password to unlock."""

    sig_locked = Signal()
    sig_unlocked = Signal()
    sig_switch_user = Signal(object)
    """Another account logged in at the lock: carries its :class:`Ctx` (the window reopens)."""

    def __init__(self, window: QMainWindow, door: DbDoor, tasks: TaskKeeper) -> None:
        super().__init__(window)
        self.window, self.door, self.tasks = window, door, tasks
        self.ctx: Ctx = door.ctx
        self.clock: Clock = door.ctx.clock
        self.minutes = DEFAULT_MINUTES
        self.last_input: datetime = self.clock.now()
        self.locked = False
        self.hidden_dialogs: list[QWidget] = []
        self.dialog = None  # the UnlockDialog while it is open
        self.cover = LockCover(window)
        self.cover.unlock_button.clicked.connect(self.ask_password)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self._filtering = False

    @property
    def enabled(self) -> bool:
        """Whether this console locks at all: a logged-in account, and a limit set."""
        return bool(self.ctx.username) and self.minutes > 0

    def start(self) -> None:
        """Watch the input (a console with a logged-in account only: none else locks)."""
        if not self.ctx.username:
            return
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self.last_input = self.clock.now()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def refresh_soon(self) -> None:
        """Read the ``idle_lock_minutes`` setting again (after a refresh: it may have changed)."""
        self.tasks.spawn(self._read_minutes(), name="idle_lock.settings")

    async def _read_minutes(self) -> None:
        from xianghua_console.services.settings import current_settings

        settings = await self.door.call(current_settings, self.ctx)
        self.set_minutes(settings.idle_lock_minutes)

    def set_minutes(self, minutes: int) -> None:
        """The ``idle_lock_minutes`` setting (0: never lock)."""
        self.minutes = max(0, int(minutes))

    # ------------------------------------------------------------------ noticing input

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if not self.locked:
            if kind in INPUT_EVENTS:
                self.last_input = self.clock.now()
            return False
        if kind == QEvent.Type.Resize and watched is self.window:
            self.cover.setGeometry(self.window.rect())
        elif kind in BLOCKED_WHILE_LOCKED and not self._may_take_input(watched):
            return True  # under the cover: no key, click or shortcut reaches the window
        return False

    def _may_take_input(self, watched: QObject) -> bool:
        """While locked only the cover and the unlock dialog take input (a window's own
        QWindow passes: it hands the event on to a widget, checked then)."""
        if isinstance(watched, QShortcut | QAction):
            owner = watched.parent()
            return isinstance(owner, QWidget) and self._inside(owner)
        return not isinstance(watched, QWidget) or self._inside(watched)

    def _inside(self, widget: QWidget) -> bool:
        if widget is self.cover or self.cover.isAncestorOf(widget):
            return True
        return self.dialog is not None and (widget is self.dialog
                                            or self.dialog.isAncestorOf(widget))

    def idle_for(self) -> timedelta:
        return self.clock.now() - self.last_input

    def check(self) -> bool:
        """Lock if the console has been idle for the set minutes; True when it is locked."""
        if not self.locked and self.enabled:
            if self.idle_for() >= timedelta(minutes=self.minutes):
                self.lock()
        return self.locked

    # ------------------------------------------------------------------ locking

    def lock(self) -> None:
        """Cover the window, hide its dialogs (kept as they are), ask for the password."""
        if self.locked:
            return
        self.locked = True
        mine = [w for w in QApplication.topLevelWidgets()
                if w is not self.window and w.isVisible() and _belongs_to(w, self.window)]
        for w in mine:
            if w.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                w.close()  # an open menu or pop-up list is not kept
        self.hidden_dialogs = [w for w in mine if w.isVisible()]
        for w in self.hidden_dialogs:
            w.hide()
        self.cover.label.setText(
            _tr("值班台已锁定\n{minutes} 分钟无人操作；登录账号：{user}").format(
                minutes=self.minutes, user=self.ctx.actor
            )
        )
        self.cover.setGeometry(self.window.rect())
        self.cover.show()
        self.cover.raise_()
        self.sig_locked.emit()
        self.ask_password()

    def note_alert(self, title: str, _text: str = "") -> None:
        """A deadline alert rang while locked: the cover says so (it rings as usual too)."""
        if self.locked:
            self.cover.alert_label.setText(
                _tr("有新的时限提醒：{title}。请解锁后处理。").format(title=title))

    def ask_password(self) -> None:
        if not self.locked:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        from xianghua_console.gui.unlock_dialog import UnlockDialog  # only when locked

        dialog = UnlockDialog(self.door, self.tasks, self.ctx, self.window)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.sig_authenticated.connect(self._authenticated)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _authenticated(self, account) -> None:  # noqa: ANN001 - services.accounts.Account
        from xianghua_console.services.accounts import ctx_for

        if account.username == self.ctx.username:
            self.unlock()
        else:
            self.sig_switch_user.emit(ctx_for(self.ctx.db, self.clock, account))

    def unlock(self) -> None:
        """The same account again: everything as it was, the dialogs back."""
        if not self.locked:
            return
        self.locked = False
        self.cover.hide()
        self.cover.alert_label.clear()
        for w in self.hidden_dialogs:
            w.show()
        self.hidden_dialogs = []
        self.last_input = self.clock.now()
        self.dialog = None
        self.sig_unlocked.emit()


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


class ConsoleSession:
    """The console's window and its door for the account logged in; replaced on a switch.

    ``make_window(ctx, door)`` builds a started-to-be window; when another account logs in at
    the idle lock the old window and door are closed and a new pair is made for that account.
    """

    def __init__(self, ctx: Ctx, make_window: Callable[[Ctx, DbDoor], QMainWindow]) -> None:
        self.make_window = make_window
        self.ctx = ctx
        self.door = DbDoor(ctx)
        self.window = make_window(ctx, self.door)
        self._connect()
        self.retired: list[tuple[QMainWindow, DbDoor]] = []

    def _connect(self) -> None:
        lock = getattr(self.window, "idle_lock", None)
        if lock is not None:
            lock.sig_switch_user.connect(self.switch_to)

    def start(self) -> None:
        self.window.start()

    def switch_to(self, ctx: Ctx) -> None:
        """Open the console anew for ``ctx``'s account; the old window closes."""
        old_window, old_door = self.window, self.door
        self.ctx = ctx
        self.door = DbDoor(ctx)
        self.window = self.make_window(ctx, self.door)
        self._connect()
        self.window.start()
        old_window.close()
        old_window.deleteLater()
        old_door.shutdown(wait=False)
        self.retired.append((old_window, old_door))
