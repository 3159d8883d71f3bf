"""The change listener: backoff, reload after a reconnection, a real server restarted under it.

The loop is driven two ways: with fake connections and an injected ``wait`` (nothing sleeps,
the delays asked for are recorded), and against a real throwaway server that the test stops,
starts and restarts (waiting on Events set by the real callbacks, with a timeout).
"""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest
from pgserver import find_bindir, running_server

from xianghua_console.domain.enums import UnitKind
from xianghua_console.store.changes import Change
from xianghua_console.store.db import open_database
from xianghua_console.store.listen import (
    Backoff,
    ChangeListener,
    ConnectionState,
    ListenerStatus,
    conninfo_of,
    listener_for,
)
from xianghua_console.store.models import Unit

WAIT_S = 20.0


# ---------------------------------------------------------------- with fakes


class Broken(Exception):
    """What a dropped connection raises."""


class FakeConnection:
    """Yields scripted batches of payloads from ``notifies``; an exception in the script is
    raised there (the connection broke); at the end of the script the listener is stopped."""

    def __init__(self, listener_box: list, script: list) -> None:
        self.box = listener_box
        self.script = list(script)
        self.executed: list[str] = []
        self.closed = False

    def execute(self, query: str, *args) -> None:
        self.executed.append(query)

    def notifies(self, *, timeout=None, stop_after=None):
        if not self.script:
            self.box[0].stop()
            return iter(())
        step = self.script.pop(0)
        if isinstance(step, BaseException):
            raise step
        return iter([SimpleNamespace(payload=p) for p in step])

    def close(self) -> None:
        self.closed = True


def payload(ws: str, **entities) -> str:
    return Change(ws, {k: frozenset(v) for k, v in entities.items()}).to_payload()


def drive(connects: list, **kwargs):
    """Run a listener's loop on this thread over ``connects`` (connections or exceptions)."""
    box: list = []
    waits: list[float] = []
    events: list = []
    attempts = iter(connects)

    def connect():
        item = next(attempts)
        if isinstance(item, BaseException):
            raise item
        return item(box)

    listener = ChangeListener(
        on_change=lambda c: events.append(("change", c)),
        on_state=lambda s: events.append(("state", s)),
        on_reload=lambda: events.append(("reload", None)),
        connect=connect,
        wait=lambda seconds: waits.append(seconds) or False,  # never sleeps
        **kwargs,
    )
    box.append(listener)
    listener.run()
    return listener, waits, events


def fake(*script):
    return lambda box: FakeConnection(box, list(script))


def states(events) -> list[tuple[ConnectionState, int]]:
    return [(e.state, e.attempts) for kind, e in events if kind == "state"]


def test_backoff_doubles_up_to_its_ceiling():
    backoff = Backoff(first=0.5, factor=2.0, most=4.0)
    assert [backoff.delay(n) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 4.0, 4.0]


def test_reconnects_with_backoff_and_asks_for_a_reload_each_time():
    refused = OSError("connection refused")
    listener, waits, events = drive([
        refused, refused,  # the server is not up yet
        fake([payload("乙", incident=[1])], Broken("server closed the connection")),
        refused,
        fake([payload("乙", incident=[2]), payload("乙", unit=[5])]),
    ])
    assert waits == [0.5, 1.0, 0.5, 1.0]  # the delay starts over after a good connection
    assert states(events) == [
        (ConnectionState.CONNECTING, 0),
        (ConnectionState.LOST, 1), (ConnectionState.LOST, 2),
        (ConnectionState.CONNECTED, 0),
        (ConnectionState.LOST, 1), (ConnectionState.LOST, 2),
        (ConnectionState.CONNECTED, 0),
        (ConnectionState.STOPPED, 0),
    ]
    kinds = [kind for kind, _ in events if kind != "state"]
    # A reload after each connection that followed a failure: what was sent meanwhile is lost.
    assert kinds == ["reload", "change", "reload", "change", "change"]
    lost = next(e for kind, e in events if kind == "state" and e.state is ConnectionState.LOST)
    assert lost.error == "connection refused" and lost.retry_in == 0.5
    assert listener.received == 3 and listener.status.state is ConnectionState.STOPPED


def test_a_first_connection_that_works_needs_no_reload():
    _, waits, events = drive([fake([payload("乙", unit=[1])])])
    assert waits == [] and [k for k, _ in events if k != "state"] == ["change"]


def test_own_and_foreign_notifications_are_dropped():
    _, _, events = drive(
        [fake([payload("我", unit=[1]), "not json", payload("乙", unit=[2])])],
        ignore_workstation="我",
    )
    changes = [c for kind, c in events if kind == "change"]
    assert [c.workstation for c in changes] == ["乙"]


def test_a_quiet_connection_is_probed():
    conn_box: list[FakeConnection] = []

    def make(box):
        conn = FakeConnection(box, [[], [], [], []])  # four quiet polls
        conn_box.append(conn)
        return conn

    drive([make], poll_seconds=0.5, heartbeat_seconds=1.0)
    assert conn_box[0].executed == ['LISTEN "xianghua"', "SELECT 1", "SELECT 1"]
    assert conn_box[0].closed


def test_a_failing_callback_does_not_stop_the_listener():
    box: list = []
    calls = []

    def on_change(change):
        calls.append(change)
        raise RuntimeError("a bug in a view")

    listener = ChangeListener(on_change=on_change,
                              connect=lambda: FakeConnection(box, [[payload("乙", unit=[1])],
                                                                   [payload("乙", unit=[2])]]))
    box.append(listener)
    listener.run()
    assert len(calls) == 2


def test_the_conninfo_drops_the_driver_name():
    assert conninfo_of("postgresql+psycopg://u:p%40ss@db.local:5433/xianghua") == (
        "postgresql://u:p%40ss@db.local:5433/xianghua"
    )
    with pytest.raises(ValueError):
        conninfo_of("sqlite:///x.sqlite")


# ---------------------------------------------------------------- a real server, restarted


@pytest.fixture(scope="module")
def own_server():
    """A server of this module's own: restarting it disturbs no other test."""
    if find_bindir() is None:
        pytest.skip("PostgreSQL server binaries are not installed")
    with running_server() as server:
        yield server


class Recorder:
    """The listener's callbacks, each setting an Event the test waits on."""

    def __init__(self) -> None:
        self.statuses: list[ListenerStatus] = []
        self.changes: list[Change] = []
        self.reloads = 0
        self.connected = threading.Event()
        self.lost = threading.Event()
        self.reloaded = threading.Event()
        self.changed = threading.Event()

    def on_state(self, status: ListenerStatus) -> None:
        self.statuses.append(status)
        if status.state is ConnectionState.CONNECTED:
            self.connected.set()
        elif status.state is ConnectionState.LOST:
            self.lost.set()

    def on_reload(self) -> None:
        self.reloads += 1
        self.reloaded.set()

    def on_change(self, change: Change) -> None:
        self.changes.append(change)
        self.changed.set()


def _add_unit(db, name: str) -> int:
    with db.session() as s:
        unit = Unit(name=name, kind=UnitKind.VILLAGE)
        s.add(unit)
        s.flush()
        return unit.id


def test_the_listener_survives_a_restart_and_an_outage_and_asks_for_a_reload(own_server, clock):
    url = own_server.create_database("restarts")
    console, _ = open_database(url, clock=clock)
    writer, _ = open_database(url, clock=clock)
    rec = Recorder()
    listener = listener_for(console, on_change=rec.on_change, on_state=rec.on_state,
                            on_reload=rec.on_reload, backoff=Backoff(first=0.05, most=0.4))
    try:
        listener.start()
        assert rec.connected.wait(WAIT_S)
        assert rec.reloads == 0  # the first connection: the console has just read everything

        # The server restarts: the connection is cut, the listener comes back, reloads.
        rec.connected.clear()
        own_server.restart()
        assert rec.reloaded.wait(WAIT_S) and rec.connected.is_set()
        assert rec.lost.is_set() and rec.reloads == 1
        unit_id = _add_unit(writer, "东岗村")
        assert rec.changed.wait(WAIT_S) and rec.changes[-1].ids("unit") == {unit_id}

        # The server is down for a while: the listener says so (read-only) and keeps trying.
        rec.lost.clear()
        rec.reloaded.clear()
        own_server.stop()
        try:
            assert rec.lost.wait(WAIT_S)
            assert listener.status.state is ConnectionState.LOST
        finally:
            own_server.start()
        assert rec.reloaded.wait(WAIT_S) and rec.reloads == 2
        assert listener.status.state is ConnectionState.CONNECTED
        rec.changed.clear()
        unit_id = _add_unit(writer, "西岭村")
        assert rec.changed.wait(WAIT_S) and rec.changes[-1].ids("unit") == {unit_id}
    finally:
        listener.stop()
        writer.dispose()
        console.dispose()
    assert listener.status.state is ConnectionState.STOPPED and not listener.running
    assert rec.statuses[-1].state is ConnectionState.STOPPED
