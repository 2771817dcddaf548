"""Reminder settings from the environment, and the testing aid ``MPN_FAKE_NOW``.

| variable | default | meaning |
| --- | --- | --- |
| ``MPN_SWEEP_INTERVAL_SECONDS`` | 300 | how often ``mpn-bot run`` sweeps (it also sweeps once at start-up) |
| ``MPN_SENDER_LEASE_SECONDS`` | 2 x interval (at least 30) | how long the sending process's lease lasts |
| ``MPN_CLAIM_LEASE_SECONDS`` | 600 | how long a claimed, unconfirmed reminder waits before it may be posted again |
| ``MPN_SWEEP_WORKERS`` | 8 | workspaces served at once |
| ``MPN_FAKE_NOW`` | unset | **testing aid**: an ISO time with offset; the process's clock starts there and runs on in real time |
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.runtime.clock import Clock, system_clock
from bot.runtime.config import SettingsError


@dataclass(frozen=True)
class ReminderConfig:
    interval_seconds: float = 300.0
    sender_lease_seconds: int | None = None
    claim_lease_seconds: int = 600
    workers: int = 8

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> ReminderConfig:
        env = os.environ if env is None else env
        problems: list[str] = []

        def number(name: str, default: float | None, kind: type, minimum: float) -> object:
            raw = (env.get(name) or "").strip()
            if not raw:
                return default
            try:
                value = kind(raw)
            except ValueError:
                problems.append(f"{name} must be a number, not {raw!r}")
                return default
            if value < minimum:
                problems.append(f"{name} must be at least {minimum}")
                return default
            return value

        config = cls(
            interval_seconds=float(number("MPN_SWEEP_INTERVAL_SECONDS", 300.0, float, 0.1)),  # type: ignore[arg-type]
            sender_lease_seconds=number("MPN_SENDER_LEASE_SECONDS", None, int, 1),  # type: ignore[arg-type]
            claim_lease_seconds=int(number("MPN_CLAIM_LEASE_SECONDS", 600, int, 1)),  # type: ignore[call-overload]
            workers=int(number("MPN_SWEEP_WORKERS", 8, int, 1)),  # type: ignore[call-overload]
        )
        if problems:
            raise SettingsError("mpn-bot cannot start: " + "; ".join(problems) + ".")
        return config


def clock_from_env(env: Mapping[str, str] | None = None) -> Clock:
    """The process clock: the system clock, or with ``MPN_FAKE_NOW`` (testing aid) a clock that reads that
    time at start-up and advances with the real monotonic clock from there."""
    env = os.environ if env is None else env
    raw = (env.get("MPN_FAKE_NOW") or "").strip()
    if not raw:
        return system_clock
    try:
        start = datetime.fromisoformat(raw)
    except ValueError as err:
        raise SettingsError(f"mpn-bot cannot start: MPN_FAKE_NOW must be an ISO time, not {raw!r}.") from err
    if start.utcoffset() is None:
        raise SettingsError(
            "mpn-bot cannot start: MPN_FAKE_NOW needs a UTC offset, e.g. 2021-03-25T10:00:00+00:00."
        )
    anchor = time.monotonic()

    def fake_clock() -> datetime:
        return start + timedelta(seconds=time.monotonic() - anchor)

    return fake_clock
