"""The live-sync bridge: listener events from a worker thread arrive on the GUI thread.

A fake listener hands its callbacks to the test, which calls them from a real worker thread;
one test runs the real listener against the throwaway PostgreSQL server. Waits are Qt signal
waits with a timeout, never sleeps.
"""

from __future__ import annotations

import threading
import uuid

from PySide6.QtCore import QThread

from xianghua_console.domain.enums import UnitKind
from xianghua_console.gui.sync import LiveSync, SyncStatusLabel, views_for
from xianghua_console.store.changes import Change
from xianghua_console.store.db import open_database
from xianghua_console.store.listen import ConnectionState, ListenerStatus
from xianghua_console.store.models import Unit


class FakeListener:
    """Keeps the callbacks LiveSync gives it; the test plays the worker thread."""

    def __init__(self, db, *, on_change, on_reload, on_state) -> None:
        self.on_change, self.on_reload, self.on_state = on_change, on_reload, on_state
        self.started = self.stopped = False

    def start(self) -> None:
        self.started = True

    def stop(self) -> None:
        self.stopped = True


def make_sync(db, qtbot, **kwargs):
    made: list[FakeListener] = []

    def factory(db, **callbacks):
        made.append(FakeListener(db, **callbacks))
        return made[-1]

    sync = LiveSync(db, listener_factory=factory, **kwargs)
    sync.start()
    return sync, made[0]


def from_worker(*calls) -> None:
    """Run the callbacks on another thread, as the listener does, and wait for it."""
    thread = threading.Thread(target=lambda: [call() for call in calls])
    thread.start()
    thread.join(timeout=5)


def test_changes_arrive_on_the_gui_thread_merged_into_one_refresh(db, qtbot):
    sync, listener = make_sync(db, qtbot)
    seen = []
    sync.sig_entities_changed.connect(
        lambda kinds: seen.append((kinds, QThread.currentThread() is sync.thread()))
    )
    with qtbot.waitSignal(sync.sig_changes, timeout=5000) as blocker:
        from_worker(
            lambda: listener.on_change(Change("乙", {"incident": frozenset({1})})),
            lambda: listener.on_change(Change("丙", {"incident": frozenset({2}),
                                                     "unit": frozenset({7})})),
        )
    assert blocker.args[0] == {"incident": frozenset({1, 2}), "unit": frozenset({7})}
    assert seen == [({"incident", "unit"}, True)]  # one emission, on the GUI thread
    assert sync.changes_heard == 2
    sync.stop()
    assert listener.stopped


def test_a_lost_server_turns_read_only_until_it_is_back_and_everything_is_reloaded(db, qtbot):
    sync, listener = make_sync(db, qtbot)
    label = SyncStatusLabel(sync)
    qtbot.addWidget(label)
    with qtbot.waitSignal(sync.sig_read_only_changed, timeout=5000) as blocker:
        from_worker(lambda: listener.on_state(ListenerStatus(
            ConnectionState.LOST, "server closed the connection", retry_in=4.0, attempts=3)))
    assert blocker.args == [True] and sync.read_only
    assert "只读" in label.text() and "4 秒后重试" in label.text()
    assert label.toolTip() == "server closed the connection"
    assert "正在自动重连" in sync.read_only_message()

    reloads = []
    sync.sig_reload_requested.connect(lambda: reloads.append(True))
    changes = []
    sync.sig_entities_changed.connect(changes.append)
    with qtbot.waitSignal(sync.sig_read_only_changed, timeout=5000) as blocker:
        from_worker(
            lambda: listener.on_state(ListenerStatus(ConnectionState.CONNECTED)),
            lambda: listener.on_change(Change("乙", {"unit": frozenset({1})})),
            lambda: listener.on_reload(),  # the reload covers the change still pending
        )
    assert blocker.args == [False] and not sync.read_only
    qtbot.waitUntil(lambda: reloads == [True], timeout=5000)
    assert changes == []
    assert "已连接" in label.text()
    sync.stop()


def test_on_sqlite_there_is_nothing_to_listen_to(db, qtbot):
    sync = LiveSync(db)
    sync.start()
    assert not sync.enabled and not sync.running and not sync.read_only
    assert sync.status_text() == "单机数据库"


def test_kinds_map_to_the_views_that_show_them():
    assert views_for({"timeline_entry"}) == {"incidents", "reports"}
    assert views_for({"duty_assignment", "daily_report"}) == {"roster", "daily", "reports"}
    assert views_for({"audit_entry"}) == set()


def test_a_write_on_another_workstation_reaches_this_one(pg_server, clock, qtbot):
    url = pg_server.create_database(f"t_{uuid.uuid4().hex[:16]}")
    console, _ = open_database(url, clock=clock)
    other, _ = open_database(url, clock=clock)
    sync = LiveSync(console)
    try:
        with qtbot.waitSignal(sync.sig_state_changed, timeout=10_000,
                              check_params_cb=lambda s: s.state is ConnectionState.CONNECTED):
            sync.start()
        with qtbot.waitSignal(sync.sig_changes, timeout=10_000) as blocker:
            with other.session() as s:
                unit = Unit(name="东岗村", kind=UnitKind.VILLAGE)
                s.add(unit)
                s.flush()
                unit_id = unit.id
        assert blocker.args[0]["unit"] == {unit_id}
    finally:
        sync.stop()
        other.dispose()
        console.dispose()
