"""Progress and cancel for long work (imports, exports, reports, backups, restore, migrate-db,
roster generation): plain Python, the same for the GUI and the command line.

A long service takes ``progress: ProgressFn | None = None`` and turns it into a
:class:`Progress` with :func:`as_progress`. It then calls ``p(done, total, label)`` as it
goes (``total`` 0: no measure of how far, only what it is doing), and each call raises
:class:`Cancelled` when someone asked to stop. Where stopping is safe is the service's
business:

- an import checks everything and writes in one transaction: it calls ``p.no_return()`` as the
  last thing before the commit, so a cancel before it rolls everything back;
- an export writes to a temporary file beside the target (:func:`atomic_path`) and renames it
  at the end: a cancel leaves no file, and never half of one;
- a restore or a migration may stop until its point of no return (``p.no_return()``), after
  which :meth:`Progress.cancel` answers False and the GUI disables its 取消 button.

Thread-safe: the work runs on the GUI's database worker thread while the GUI thread calls
:meth:`Progress.cancel`; the cancel flag and the point of no return are decided under one
lock, so a cancel that was accepted is always honoured, and one that was not accepted
changes nothing.

On a terminal the command line shows a progress line (:func:`terminal_progress`), and
nothing when its output is not a terminal.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Protocol

from xianghua_console.domain.messages import msg
from xianghua_console.services.context import Refused


class ProgressFn(Protocol):
    """What a long service accepts: called with how far it got, of how much, doing what."""

    def __call__(self, done: int, total: int, label: str = "", /) -> object: ...


#: What a cancelled job says.
CANCELLED = msg("已取消，未做任何更改。")


class Cancelled(Refused):
    """Stopped at the user's request; nothing was written (a :class:`Refused`, so every
    caller that shows a refusal shows this too)."""

    def __init__(self, message: str = CANCELLED) -> None:
        super().__init__(message)


#: The scale of a :meth:`Progress.part`'s reports: ``done`` of ``SCALE`` (per mille).
SCALE = 1000


class Progress:
    """How far a long job is, and whether it should stop; see the module's docstring.

    ``report(done, total, label)`` receives the reports (at most one per ``interval``
    seconds, but always the first, the last of each stage and every new label);
    ``on_no_return()`` is called once when the job passes its point of no return.
    """

    def __init__(
        self,
        report: ProgressFn | None = None,
        *,
        interval: float = 0.0,
        on_no_return: Callable[[], object] | None = None,
    ) -> None:
        self._root = self
        self._lo, self._hi, self._scaled = 0.0, 1.0, False
        self._report = report
        self._interval = interval
        self._on_no_return = on_no_return
        self._lock = threading.Lock()
        self._cancel = False
        self._committed = False
        self._last_sent = float("-inf")
        self._last_label: str | None = None
        self.last: tuple[int, int, str] | None = None
        """The newest report, throttled or not."""

    # ------------------------------------------------------------------ the job's side

    def __call__(self, done: int, total: int, label: str = "") -> None:
        """Report ``done`` of ``total`` (``label``: what is being done); raises
        :class:`Cancelled` when a cancel was accepted."""
        root = self._root
        root.check()
        if self._scaled:
            share = min(max(done / total, 0.0), 1.0) if total > 0 else 0.0
            done, total = round(SCALE * (self._lo + (self._hi - self._lo) * share)), SCALE
        root._emit(done, total, label)

    def check(self) -> None:
        """Raise :class:`Cancelled` if a cancel was accepted (a point to stop at)."""
        root = self._root
        if root._cancel:
            with root._lock:
                if root._cancel and not root._committed:
                    raise Cancelled()

    def no_return(self) -> None:
        """The point of no return: from here on a cancel is refused. Raises
        :class:`Cancelled` instead when a cancel came first (then nothing may be done)."""
        root = self._root
        with root._lock:
            if root._cancel:
                raise Cancelled()
            already, root._committed = root._committed, True
        if not already and root._on_no_return is not None:
            root._on_no_return()

    def part(self, lo: float, hi: float) -> Progress:
        """A reporter for one stage of the job: its ``(done, total)`` fill the share ``lo``..``hi``
        (fractions of the whole) and arrive here as per mille (:data:`SCALE`). It shares the
        cancel flag and the point of no return."""
        child = Progress.__new__(Progress)
        child._root = self._root
        span = self._hi - self._lo
        child._lo, child._hi = self._lo + span * lo, self._lo + span * hi
        child._scaled = True
        return child

    # ------------------------------------------------------------------ the asker's side

    def cancel(self) -> bool:
        """Ask the job to stop (from any thread). False when it is past its point of no
        return: then it finishes."""
        root = self._root
        with root._lock:
            if root._committed:
                return False
            root._cancel = True
            return True

    @property
    def cancel_requested(self) -> bool:
        return self._root._cancel

    @property
    def past_no_return(self) -> bool:
        return self._root._committed

    # ------------------------------------------------------------------ internals

    def _emit(self, done: int, total: int, label: str) -> None:
        self.last = (done, total, label)
        if self._report is None:
            return
        now = time.monotonic()
        final = total > 0 and done >= total
        if label == self._last_label and not final and now - self._last_sent < self._interval:
            return
        self._last_sent, self._last_label = now, label
        self._report(done, total, label)


def as_progress(progress: ProgressFn | Progress | None) -> Progress:
    """``progress`` as a :class:`Progress`: itself, a plain callable wrapped (every report
    reaches it), or a silent one for None."""
    if isinstance(progress, Progress):
        return progress
    return Progress(progress)


def percent(done: int, total: int) -> int | None:
    """``done`` of ``total`` in whole per cent; None when there is no measure (total 0)."""
    if total <= 0:
        return None
    return max(0, min(100, done * 100 // total))


# ---------------------------------------------------------------- files written whole or not at all


@contextmanager
def atomic_path(path: Path, progress: Progress | None = None) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; renamed over ``path`` when the block
    ends well, removed on any error or cancel, so that ``path`` is either the old file (or
    none) or the complete new one.

    The rename is the point of no return of ``progress`` (a cancel before it still removes
    the file). On Windows a target open in Excel cannot be replaced: the ``PermissionError``
    comes out here, with the temporary file removed.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        yield tmp
        if progress is not None:
            progress.no_return()
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        raise


# ---------------------------------------------------------------- the command line


class _TerminalLine:
    """``\\r导出 42%  写出工作簿……`` on a terminal, rewritten in place."""

    def __init__(self, stream: IO[str], prefix: str) -> None:
        self.stream = stream
        self.prefix = prefix
        self.shown = False

    def __call__(self, done: int, total: int, label: str = "") -> None:
        pct = percent(done, total)
        head = f"{self.prefix} {pct:3d}%" if pct is not None else f"{self.prefix} …"
        text = f"{head}  {label}" if label else head
        self.stream.write(f"\r{text}\x1b[K")  # \x1b[K: erase what a longer line left
        self.stream.flush()
        self.shown = True

    def end(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


@contextmanager
def terminal_progress(prefix: str, *, stream: IO[str] | None = None,
                      interval: float = 0.1) -> Iterator[Progress | None]:
    """A :class:`Progress` drawing a progress line on ``stream`` (standard error) when it is
    a terminal, else None (no progress output at all). The line is erased at the end, so
    the command's own output follows on a clean line."""
    stream = stream if stream is not None else sys.stderr
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        tty = False
    if not tty:
        yield None
        return
    line = _TerminalLine(stream, prefix)
    try:
        yield Progress(line, interval=interval)
    finally:
        line.end()
