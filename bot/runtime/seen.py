"""A bounded, thread-safe memory of keys seen recently: the request signatures already served (replays)
and the events already answered (Slack's redeliveries)."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict


class RecentlySeen:
    """``first_time(key)`` is True once per key within ``window`` seconds; at most ``size`` keys are kept
    (the oldest go first), so a flood cannot grow it without bound."""

    def __init__(self, *, window: float, size: int = 200_000) -> None:
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._window = window
        self._size = size
        self._lock = threading.Lock()

    def first_time(self, key: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            while self._seen:
                oldest, at = next(iter(self._seen.items()))
                if now - at <= self._window and len(self._seen) < self._size:
                    break
                del self._seen[oldest]
            if key in self._seen:
                return False
            self._seen[key] = now
            return True
