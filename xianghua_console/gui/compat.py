"""Compatibility shims for qasync 0.28 under PySide6 ≥ 6.8, and a keeper for spawned tasks.

qasync 0.28 (its latest release) creates the loop's Qt helpers without a parent: the
``_SimpleTimer`` that runs every ``call_soon``/``call_later``, the signaller that carries
``call_soon_threadsafe`` from worker threads, and one ``QSocketNotifier`` per watched file
descriptor. With PySide6 6.8 and newer their C++ objects then live and die with their Python
wrappers, so a garbage collection (which may run on any thread, e.g. our database worker)
deletes a QObject with running timers from the wrong thread, and the process crashes at
random — qasync issue 154 (https://github.com/CabbageDevelopment/qasync/issues/154, reported
upstream as PYSIDE-3165). qasync fixed it after 0.28 in pull request 158
(https://github.com/CabbageDevelopment/qasync/pull/158, "Robustify pyside"): parent the timer,
the signaller and the socket notifiers to the application so that Qt owns them and deletes
them on the GUI thread, and make ``close()`` robust (guarded disconnects, ``deleteLater()``
for everything it created, because the application may outlive the loop, as in tests).

:class:`CompatEventLoop` does the same in a subclass, so the fix goes away with one line when
a qasync release carries it. :func:`make_event_loop` is the only way the console makes a loop.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections.abc import Callable, Coroutine
from typing import Any

import qasync
from PySide6.QtCore import QCoreApplication, QObject

log = logging.getLogger(__name__)

# Name-mangled attributes of qasync's private base classes: the call_soon_threadsafe signaller
# and the running flag of ``_QEventLoop``; the proactor's event signaller on Windows.
_SIGNALLER_ATTRS = ("_QEventLoop__call_soon_signaller", "_ProactorEventLoop__event_signaller")
_RUNNING_ATTR = "_QEventLoop__is_running"


def _safe_disconnect(signal: Any) -> None:
    """Disconnect everything from ``signal``; PySide warns or raises when nothing is left."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        try:
            signal.disconnect()
        except (RuntimeError, TypeError):
            pass


class CompatEventLoop(qasync.QEventLoop):  # type: ignore[misc, valid-type]
    """qasync's loop with its Qt helpers owned by the application (qasync #154, fixed in #158)."""

    def __init__(self, app: QCoreApplication, *, already_running: bool = False) -> None:
        # Set before the base __init__: asyncio's self-pipe registers a reader from inside it.
        self._compat_app = app
        super().__init__(app, already_running=already_running)
        self._timer.setParent(app)
        for signaller in self._signallers():
            signaller.setParent(app)
        self._already_running = already_running

    def _signallers(self) -> list[QObject]:
        found = (getattr(self, name, None) for name in _SIGNALLER_ATTRS)
        return [s for s in found if isinstance(s, QObject)]

    def release(self) -> None:
        """End an ``already_running`` loop without quitting Qt, so that it can be closed.

        qasync's ``stop()`` calls ``app.exit()``; with no ``exec()`` running that leaves Qt's
        per-thread ``quitNow`` flag set, and every later ``QEventLoop.exec()`` (pytest-qt's
        ``waitUntil``/``waitSignal``, a dialog's ``exec()``) returns at once.
        """
        if not self._already_running:
            raise RuntimeError("release() is for loops made with already_running=True")
        setattr(self, _RUNNING_ATTR, False)
        if asyncio.events._get_running_loop() is self:
            asyncio.events._set_running_loop(None)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            try:
                self._compat_app.aboutToQuit.disconnect(self._after_run_forever)
            except (RuntimeError, TypeError):
                pass
        self._after_run_forever()  # what aboutToQuit would have done (Windows: stop the poller)

    # -- socket notifiers: parented on creation, deleted (not leaked) when replaced or removed

    def _add_reader(self, fd, callback, *args):
        old = self._read_notifiers.get(fd)
        super()._add_reader(fd, callback, *args)
        self._adopt(self._read_notifiers.get(fd), old)

    def _add_writer(self, fd, callback, *args):
        old = self._write_notifiers.get(fd)
        super()._add_writer(fd, callback, *args)
        self._adopt(self._write_notifiers.get(fd), old)

    def _remove_reader(self, fd):
        notifier = None if self.is_closed() else self._read_notifiers.get(fd)
        removed = super()._remove_reader(fd)
        if notifier is not None:
            notifier.deleteLater()
        return removed

    def _remove_writer(self, fd):
        notifier = None if self.is_closed() else self._write_notifiers.get(fd)
        removed = super()._remove_writer(fd)
        if notifier is not None:
            notifier.deleteLater()
        return removed

    def _adopt(self, notifier: QObject | None, replaced: QObject | None) -> None:
        if notifier is not None:
            notifier.setParent(self._compat_app)
        if replaced is not None and replaced is not notifier:
            replaced.deleteLater()

    # -- close: qasync's own steps, guarded, then hand every helper to Qt for deletion

    def close(self) -> None:
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self.is_closed():
            return
        notifiers = [*self._read_notifiers.values(), *self._write_notifiers.values()]
        for notifier in notifiers:
            notifier.setEnabled(False)
            _safe_disconnect(notifier.activated["int"])  # the overload qasync connects
        # qasync's close() disconnects the notifiers again; leave it nothing to trip over.
        self._read_notifiers.clear()
        self._write_notifiers.clear()
        signallers = self._signallers()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            super().close()
        self._timer.stop()
        for obj in (*notifiers, self._timer, *signallers):
            obj.deleteLater()


def make_event_loop(app: QCoreApplication, *, already_running: bool = False) -> CompatEventLoop:
    """The console's asyncio loop over the Qt event loop of ``app``.

    ``already_running=True`` is for a loop created while Qt is already processing events
    (pytest-qt, or an application that started before the loop), see STYLE.md's traps.
    """
    return CompatEventLoop(app, already_running=already_running)


ErrorReporter = Callable[[BaseException], None]


class TaskKeeper:
    """Keeps every task spawned from a slot until it ends, and reports its exception.

    ``qasync.asyncSlot`` keeps no reference to the task it creates, so a task may be garbage
    collected mid-flight, and its exception only reaches ``sys.excepthook``. Here each task
    sits in a set until done, and an exception goes to ``report`` (which shows it to the user).
    """

    def __init__(self, report: ErrorReporter) -> None:
        self._report = report
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(
        self, coro: Coroutine[Any, Any, Any], *, name: str | None = None
    ) -> asyncio.Task[Any]:
        """Run ``coro`` on the running loop as a kept task."""
        task = asyncio.ensure_future(coro)
        if name:
            task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        log.error("task %s failed", task.get_name(), exc_info=exc)
        try:
            self._report(exc)
        except Exception:  # the reporter itself must never take the loop down
            log.exception("could not show the error of task %s", task.get_name())

    @property
    def pending(self) -> int:
        """How many kept tasks have not finished yet."""
        return len(self._tasks)

    def cancel_all(self) -> None:
        """Cancel every kept task (on close)."""
        for task in list(self._tasks):
            task.cancel()

    async def wait_all(self) -> None:
        """Wait until every kept task has ended (after :meth:`cancel_all`, on close)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
