"""Live sync: other workstations' changes reach this console's views within a second.

:class:`LiveSync` owns a :class:`~xianghua_console.store.listen.ChangeListener` (a plain
psycopg connection on a worker thread: psycopg's ``AsyncConnection`` refuses qasync's Windows
proactor loop) and re-emits what it hears on the GUI thread, through a queued signal:

- ``sig_entities_changed(set[str])``: the kinds of records (table names) another workstation
  changed; ``sig_changes(dict)`` the same with the ids, for a view that refreshes one row;
- ``sig_reload_requested()``: the connection came back after a loss; notifications sent
  meanwhile are lost, so every view must be read again;
- ``sig_state_changed(ListenerStatus)`` and ``sig_read_only_changed(bool)``: for the status
  bar, and the read-only banner while the server cannot be reached.

A burst of changes (an import, five workstations at once) is merged into one emission per
``coalesce_ms``. On SQLite there is nobody else to hear from: the sync is disabled and never
read-only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from xianghua_console.store.changes import Change, EntityId, merge_changes
from xianghua_console.store.db import Database
from xianghua_console.store.listen import (
    ChangeListener,
    ConnectionState,
    ListenerStatus,
    listener_for,
)

log = logging.getLogger(__name__)

COALESCE_MS = 100

# Which main views show records of a kind (by ``DataView.view_name``). A kind not listed
# here (the audit log, settings) refreshes nothing by itself.
VIEWS_BY_KIND: dict[str, frozenset[str]] = {
    "incident": frozenset({"incidents", "daily", "notices", "reports"}),
    "timeline_entry": frozenset({"incidents", "reports"}),
    "onscene_command": frozenset({"incidents"}),
    "incident_working_group": frozenset({"incidents"}),
    "incident_member_unit": frozenset({"incidents"}),
    "warning_notice": frozenset({"notices", "reports"}),
    "notice_receipt": frozenset({"notices", "reports"}),
    "daily_report": frozenset({"daily", "reports"}),
    "day_closure": frozenset({"daily", "reports"}),
    "analysis_meeting": frozenset({"meetings", "reports"}),
    "duty_period": frozenset({"roster"}),
    "duty_shift": frozenset({"roster"}),
    "duty_assignment": frozenset({"roster"}),
    "duty_swap": frozenset({"roster"}),
    "duty_pool_member": frozenset({"roster"}),
    "staff_unavailability": frozenset({"roster"}),
    "calendar_override": frozenset({"roster", "daily"}),
    "unit": frozenset({"directories", "daily", "incidents", "notices", "meetings"}),
    "staff": frozenset({"directories", "roster"}),
    "command_body": frozenset({"directories", "incidents"}),
    "category": frozenset({"directories", "incidents"}),
    "setting": frozenset({"incidents", "daily", "roster", "notices", "reports"}),
}
# Kinds that change the status bar (who is on duty, units not yet reported today).
STATUS_KINDS = frozenset({"duty_shift", "duty_assignment", "duty_period", "daily_report",
                          "day_closure", "unit", "staff", "setting"})


def views_for(kinds: Iterable[str]) -> set[str]:
    """The ``view_name`` of every main view that shows one of ``kinds``."""
    names: set[str] = set()
    for kind in kinds:
        names |= VIEWS_BY_KIND.get(kind, frozenset())
    return names


ListenerFactory = Callable[..., ChangeListener]


class LiveSync(QObject):
    """The console's ear on the server: changes, reconnections and the connection's state."""

    sig_entities_changed = Signal(set)
    """Another workstation changed records of these kinds (table names, e.g. ``incident``)."""

    sig_changes = Signal(object)
    """The same, with ids: ``dict[kind, frozenset[id] | None]`` (None: too many to name)."""

    sig_reload_requested = Signal()
    """The server is back after a loss: changes made meanwhile are unknown, re-read all."""

    sig_state_changed = Signal(object)
    """The listener's connection changed state (a ``ListenerStatus``)."""

    sig_read_only_changed = Signal(bool)
    """The console became read-only (server unreachable) or writable again."""

    # Emitted on the listener's worker thread with ("change" | "reload" | "state", payload).
    _sig_from_listener = Signal(object)

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        listener_factory: ListenerFactory | None = None,
        coalesce_ms: int = COALESCE_MS,
    ) -> None:
        super().__init__(parent)
        self.enabled = db.backend == "postgresql" or listener_factory is not None
        self._db = db
        self._factory = listener_factory or listener_for
        self._listener: ChangeListener | None = None
        self._status = ListenerStatus(ConnectionState.STOPPED)
        self._read_only = False
        self._pending: list[Change] = []
        self.changes_heard = 0
        # Queued, not direct: the listener emits on its worker thread, and the slot touches
        # Qt objects that live on the GUI thread (views, labels, timers). A queued connection
        # posts each emission to the GUI thread's event loop, in order.
        self._sig_from_listener.connect(
            self._on_listener_event, Qt.ConnectionType.QueuedConnection
        )
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(coalesce_ms)
        self._flush_timer.timeout.connect(self._flush)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # ------------------------------------------------------------------ control

    @property
    def status(self) -> ListenerStatus:
        return self._status

    @property
    def read_only(self) -> bool:
        """True while the server cannot be reached: writes would fail, so do not offer them."""
        return self._read_only

    @property
    def running(self) -> bool:
        return self._listener is not None

    def start(self) -> None:
        """Start listening (nothing on SQLite); call once the window is up."""
        if not self.enabled or self._listener is not None:
            return
        emit = self._sig_from_listener.emit
        self._listener = self._factory(
            self._db,
            on_change=lambda change: emit(("change", change)),
            on_reload=lambda: emit(("reload", None)),
            on_state=lambda status: emit(("state", status)),
        )
        self._listener.start()

    def stop(self) -> None:
        """Stop listening (the window is closing); events still queued are dropped."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
        self._flush_timer.stop()
        self._pending.clear()

    # ------------------------------------------------------------------ on the GUI thread

    def _on_listener_event(self, event: tuple[str, Any]) -> None:
        if self._listener is None:
            return  # stopped: what was still queued is of no use
        kind, payload = event
        if kind == "change":
            self.changes_heard += 1
            self._pending.append(payload)
            if not self._flush_timer.isActive():
                self._flush_timer.start()
        elif kind == "reload":
            # A full reload covers whatever was pending.
            self._pending.clear()
            self._flush_timer.stop()
            self.sig_reload_requested.emit()
        elif kind == "state":
            self._set_status(payload)

    def _flush(self) -> None:
        if not self._pending:
            return
        merged: dict[str, frozenset[EntityId] | None] = merge_changes(self._pending)
        self._pending.clear()
        self.sig_changes.emit(merged)
        self.sig_entities_changed.emit(set(merged))

    def _set_status(self, status: ListenerStatus) -> None:
        self._status = status
        read_only = status.state is ConnectionState.LOST
        flipped = read_only != self._read_only
        self._read_only = read_only  # before the signals: their slots read it
        self.sig_state_changed.emit(status)
        if flipped:
            self.sig_read_only_changed.emit(read_only)

    # ------------------------------------------------------------------ texts

    def status_text(self) -> str:
        """The connection for the status bar, in Chinese."""
        if not self.enabled:
            return _tr("单机数据库")
        state = self._status.state
        if state is ConnectionState.CONNECTED:
            return _tr("已连接服务器 · 实时同步")
        if state is ConnectionState.CONNECTING:
            return _tr("正在连接服务器……")
        if state is ConnectionState.LOST:
            retry = self._status.retry_in
            text = _tr("与服务器的连接已断开（只读）")
            if retry is not None:
                text += _tr("，{s} 秒后重试").format(s=f"{retry:.0f}" if retry >= 1 else "1")
            return text
        return _tr("实时同步已停止")

    def read_only_message(self) -> str:
        """The banner shown while read-only."""
        return _tr(
            "无法连接数据库服务器：值班台暂时只读，正在自动重连。已打开的窗口和填写的内容都保留，"
            "连接恢复后会重新读取全部数据，再保存即可。"
        ) + (f"\n（{self._status.error}）" if self._status.error else "")


class SyncStatusLabel(QLabel):
    """The status bar's connection indicator, following a :class:`LiveSync`."""

    def __init__(self, sync: LiveSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_label")
        self._sync = sync
        sync.sig_state_changed.connect(self._update)
        self._update()

    def _update(self, _status: object = None) -> None:
        text = self._sync.status_text()
        if self._sync.read_only:
            self.setText(f'<span style="color:#b02a37"><b>{text}</b></span>')
        else:
            self.setText(text)
        self.setToolTip(self._sync.status.error)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LiveSync", text)
