"""The one clock of the console.

Nothing else in the package reads the wall clock: every time-dependent piece takes a
:class:`Clock`, so tests move a :class:`FakeClock` instead of sleeping. Times are
timezone-aware UTC inside the program and shown in Asia/Shanghai.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Shanghai")


class Clock(Protocol):
    """Anything that can say what time it is, as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        """Seconds from an arbitrary origin, for measuring durations."""
        return time.monotonic()


class FakeClock:
    """A clock that tests set and advance; thread-safe because the GUI worker reads it too."""

    def __init__(self, start: datetime) -> None:
        self._lock = threading.Lock()
        self._now = _require_aware(start).astimezone(UTC)

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, when: datetime) -> None:
        with self._lock:
            self._now = _require_aware(when).astimezone(UTC)

    def advance(self, delta: timedelta | None = None, /, **kwargs: float) -> datetime:
        """Move forward by ``delta`` or by ``timedelta(**kwargs)``; returns the new time."""
        step = delta if delta is not None else timedelta(**kwargs)
        with self._lock:
            self._now += step
            return self._now

    def monotonic(self) -> float:
        return self.now().timestamp()


def _require_aware(when: datetime) -> datetime:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("the clock only takes timezone-aware datetimes")
    return when


def to_local(when: datetime) -> datetime:
    """An aware datetime shown in Asia/Shanghai."""
    return _require_aware(when).astimezone(LOCAL_TZ)


def local_today(clock: Clock) -> date:
    """Today's date in Asia/Shanghai according to ``clock``."""
    return to_local(clock.now()).date()


def local_datetime(day: date, hour: int = 0, minute: int = 0) -> datetime:
    """The aware UTC instant of ``day hour:minute`` in Asia/Shanghai."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL_TZ).astimezone(UTC)
