"""Listening for the change notifications of other workstations (no Qt here).

A :class:`ChangeListener` keeps one plain psycopg connection in ``LISTEN`` on a worker thread
and calls back for each notification. Why a thread and not psycopg's ``AsyncConnection`` on
the GUI's event loop: on Windows qasync runs a proactor loop, which ``AsyncConnection``
refuses. The callbacks run on the worker thread; the GUI bridge (``gui.sync``) re-emits them
on the GUI thread.

When the connection drops (the server restarts, the network goes) the listener says so, then
reconnects with exponential backoff. Notifications sent while it was away are lost — NOTIFY
is not queued for absent listeners — so after every reconnection it asks for everything to be
reloaded (``on_reload``).

Waiting is injectable (``wait``), and so is connecting (``connect``): tests drive the loop
with fakes and never really sleep.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from xianghua_console.store.changes import CHANNEL, Change

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5  # how long one wait for notifications lasts: the stop request's latency
HEARTBEAT_SECONDS = 10.0  # a quiet connection is probed this often (a dead peer stays quiet)
CONNECT_TIMEOUT_S = 5
# TCP keepalives find a peer that vanished without closing (a pulled cable, a sleeping laptop).
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
              "keepalives_count": 3}


class ConnectionState(StrEnum):
    CONNECTING = "connecting"  # the first attempt is on its way
    CONNECTED = "connected"  # listening: changes of other workstations arrive
    LOST = "lost"  # no connection; the next attempt comes after ``retry_in`` seconds
    STOPPED = "stopped"


@dataclass(frozen=True)
class ListenerStatus:
    """The listener's connection as the status bar shows it."""

    state: ConnectionState
    error: str = ""  # why the connection was lost or refused (the driver's words)
    retry_in: float | None = None  # seconds until the next attempt, while LOST
    attempts: int = 0  # failed attempts since the last good connection


@dataclass(frozen=True)
class Backoff:
    """Delays between reconnection attempts: ``first``, doubling, at most ``most`` seconds."""

    first: float = 0.5
    factor: float = 2.0
    most: float = 30.0

    def delay(self, attempt: int) -> float:
        """The wait after the ``attempt``-th failure in a row (1-based)."""
        return min(self.most, self.first * self.factor ** max(0, attempt - 1))


class NotifyConnection(Protocol):
    """What the listener needs of a psycopg connection (tests pass a fake)."""

    def execute(self, query: str, *args: Any) -> Any: ...

    def notifies(self, *, timeout: float | None = ..., stop_after: int | None = ...) -> Iterator[Any]: ...

    def close(self) -> None: ...


def conninfo_of(url: str) -> str:
    """A libpq connection URI from a SQLAlchemy URL (``postgresql+psycopg://…``)."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    if u.get_backend_name() != "postgresql":
        raise ValueError(f"change notifications need PostgreSQL, not {u.get_backend_name()}")
    return u.set(drivername="postgresql").render_as_string(hide_password=False)


def psycopg_connector(url: str) -> Callable[[], NotifyConnection]:
    """Connect to ``url`` in autocommit mode (LISTEN takes effect at once), with keepalives."""
    conninfo = conninfo_of(url)

    def connect() -> NotifyConnection:
        import psycopg

        return psycopg.connect(
            conninfo, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
            application_name="xianghua-console listener", **KEEPALIVES,
        )

    return connect


class ChangeListener:
    """Calls ``on_change`` for each change committed by another workstation.

    ``on_state`` hears every change of the connection's state, ``on_reload`` every
    reconnection (and a first connection that came only after failures): the changes missed
    meanwhile are unknown, so everything must be read again. ``ignore_workstation`` drops the
    notifications of this console's own writes. Callbacks run on the listener's thread; an
    exception in one is logged and the listener carries on.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        on_change: Callable[[Change], None],
        on_state: Callable[[ListenerStatus], None] | None = None,
        on_reload: Callable[[], None] | None = None,
        ignore_workstation: str | None = None,
        channel: str = CHANNEL,
        backoff: Backoff | None = None,
        poll_seconds: float = POLL_SECONDS,
        heartbeat_seconds: float = HEARTBEAT_SECONDS,
        connect: Callable[[], NotifyConnection] | None = None,
        wait: Callable[[float], bool] | None = None,
    ) -> None:
        if connect is None:
            if url is None:
                raise ValueError("a ChangeListener needs a url or a connect function")
            connect = psycopg_connector(url)
        self._connect = connect
        self._on_change = on_change
        self._on_state = on_state
        self._on_reload = on_reload
        self._ignore = ignore_workstation
        self._channel = channel
        self._backoff = backoff or Backoff()
        self._poll = poll_seconds
        self._heartbeat = heartbeat_seconds
        self._stop = threading.Event()
        # ``wait(seconds)`` pauses between attempts and returns True when stopping.
        self._wait = wait or self._stop.wait
        self._thread: threading.Thread | None = None
        self._conn: NotifyConnection | None = None
        self._status = ListenerStatus(ConnectionState.STOPPED)
        self.received = 0  # notifications handed to on_change (for the status bar and tests)

    @property
    def status(self) -> ListenerStatus:
        return self._status

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start listening on a daemon thread (it never keeps the console from exiting)."""
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self.run, name="xianghua-listen", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = None) -> None:
        """Ask the thread to stop and wait for it (at most ``timeout`` seconds)."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(self._poll + 2.0 if timeout is None else timeout)

    # ------------------------------------------------------------------ the worker

    def run(self) -> None:
        """The worker's loop: connect, listen until the connection fails, wait, again.

        Public so that tests can run it on their own thread with fake connections.
        """
        failures = 0
        connected_before = False
        self._set(ListenerStatus(ConnectionState.CONNECTING))
        try:
            while not self._stop.is_set():
                try:
                    conn = self._open()
                except Exception as exc:  # noqa: BLE001 - any failure to connect: retry
                    failures += 1
                    if self._lost(exc, failures):
                        return
                    continue
                self._set(ListenerStatus(ConnectionState.CONNECTED))
                if connected_before or failures:
                    # Anything committed while we were away was notified to nobody.
                    self._call(self._on_reload)
                connected_before, failures = True, 0
                try:
                    self._listen(conn)
                except Exception as exc:  # noqa: BLE001 - the connection broke: reconnect
                    failures += 1
                    if self._lost(exc, failures):
                        return
                finally:
                    self._close()
        finally:
            self._set(ListenerStatus(ConnectionState.STOPPED))

    def _open(self) -> NotifyConnection:
        conn = self._connect()
        self._conn = conn
        try:
            # The channel is ours, an identifier: quoted, never interpolated from outside.
            conn.execute(f'LISTEN "{self._channel}"')
        except BaseException:
            self._close()
            raise
        return conn

    def _listen(self, conn: NotifyConnection) -> None:
        quiet = 0.0
        while not self._stop.is_set():
            heard = False
            for notify in conn.notifies(timeout=self._poll):
                heard = True
                self._deliver(notify.payload)
                if self._stop.is_set():
                    return
            quiet = 0.0 if heard else quiet + self._poll
            if quiet >= self._heartbeat:
                conn.execute("SELECT 1")  # raises if the server went away silently
                quiet = 0.0

    def _deliver(self, payload: str) -> None:
        try:
            change = Change.from_payload(payload)
        except ValueError as exc:
            log.warning("ignoring a notification on %s: %s", self._channel, exc)
            return
        if self._ignore is not None and change.workstation == self._ignore:
            return
        self.received += 1
        self._call(self._on_change, change)

    def _lost(self, exc: BaseException, failures: int) -> bool:
        """Report the loss and wait before the next attempt; True when stopping."""
        if self._stop.is_set():
            return True
        delay = self._backoff.delay(failures)
        error = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        log.info("change listener: %s; retrying in %.1f s", error, delay)
        self._set(ListenerStatus(ConnectionState.LOST, error, delay, failures))
        return self._wait(delay) or self._stop.is_set()

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - a broken connection may fail to close
                log.debug("closing the listener's connection failed", exc_info=True)

    def _set(self, status: ListenerStatus) -> None:
        if status == self._status:
            return
        self._status = status
        self._call(self._on_state, status)

    def _call(self, callback: Callable[..., None] | None, *args: Any) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:
            log.exception("a change-listener callback failed")


def listener_for(db: Any, **kwargs: Any) -> ChangeListener:
    """A listener on ``db`` (a :class:`~store.db.Database`) that ignores its own writes."""
    kwargs.setdefault("ignore_workstation", db.workstation_id)
    return ChangeListener(db.url, **kwargs)
