"""Time, injected. Nothing outside this module reads the system clock, so tests and the local console can
move time (``SettableClock``) and every "today" is the workspace's own local calendar date."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

Clock = Callable[[], datetime]
"""A callable returning the current time as an aware UTC datetime."""


def system_clock() -> datetime:
    return datetime.now(UTC)


class SettableClock:
    """A clock tests and the console can move. Thread-safe: Bolt listeners read it from worker threads."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("SettableClock needs an aware datetime")
        self._now = start.astimezone(UTC)
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, when: datetime) -> None:
        with self._lock:
            self._now = when.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self._now += delta


@lru_cache(maxsize=1024)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def local_now(now: datetime, time_zone: str) -> datetime:
    """``now`` (an aware instant) on the wall clock of ``time_zone``: the one conversion every surface and
    the reminder sweep use, so "today" means the same everywhere."""
    if now.utcoffset() is None:
        raise ValueError("now must be an aware datetime")
    return now.astimezone(_zone(time_zone))


def local_today(clock: Clock, time_zone: str) -> date:
    """The calendar date in the workspace's zone: what "today" means for every deadline it sees."""
    return local_now(clock(), time_zone).date()
