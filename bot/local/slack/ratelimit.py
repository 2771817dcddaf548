"""Token buckets for Slack's rate limits, measured on an injectable monotonic clock.

Why token buckets: Slack documents chat.postMessage as "1 message per second per channel" with short bursts
allowed; a bucket of capacity ``burst`` refilled at ``rate`` per second is exactly that rule, and it gives the
exact wait for ``Retry-After`` so a client that honours it never loses time, which the delivery benchmark
measures against.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Hashable

_EPSILON = 1e-9


class TokenBucket:
    """``burst`` tokens, refilled at ``rate`` per second; each accepted request takes one."""

    def __init__(self, rate: float, burst: float, now: float) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be > 0 and burst >= 1")
        self.rate = rate
        self.burst = burst
        self.tokens = burst
        self.last = now

    def take(self, now: float) -> float:
        """Take one token; return 0.0 when accepted, else the seconds until one is available."""
        self.tokens = min(self.burst, self.tokens + max(0.0, now - self.last) * self.rate)
        self.last = now
        if self.tokens + _EPSILON >= 1.0:
            self.tokens = max(0.0, self.tokens - 1.0)
            return 0.0
        return (1.0 - self.tokens) / self.rate

    def refund(self) -> None:
        """Give back the token taken by a request that turned out not to count."""
        self.tokens = min(self.burst, self.tokens + 1.0)


class RateLimiter:
    """One bucket per key (e.g. per workspace and channel); ``rate=None`` switches limiting off.

    Not thread-safe by itself: the server calls it while holding its own lock.
    """

    def __init__(
        self, rate: float | None, burst: float = 1.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._clock = clock
        self._buckets: dict[Hashable, TokenBucket] = {}
        self.rate = rate
        self.burst = burst
        self.configure(rate, burst)

    def configure(self, rate: float | None, burst: float = 1.0) -> None:
        """Change the limit; existing buckets are dropped so the new rule starts clean."""
        if rate is not None and (rate <= 0 or burst < 1):
            raise ValueError("rate must be > 0 (or None) and burst >= 1")
        self.rate = rate
        self.burst = burst
        self._buckets.clear()

    def reset(self) -> None:
        """Forget all history (every key starts with a full bucket)."""
        self._buckets.clear()

    def check(self, key: Hashable) -> float:
        """Count one request for ``key``; 0.0 when allowed, else seconds to wait."""
        if self.rate is None:
            return 0.0
        now = self._clock()
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = TokenBucket(self.rate, self.burst, now)
        return bucket.take(now)

    def refund(self, key: Hashable) -> None:
        """Undo an accepted ``check`` for ``key`` (the request failed before it did anything)."""
        bucket = self._buckets.get(key)
        if bucket is not None:
            bucket.refund()


def retry_after_seconds(wait: float) -> int:
    """Slack's ``Retry-After`` is whole seconds and never 0: round the wait up, at least 1."""
    return max(1, math.ceil(wait - _EPSILON))
