"""The reminder timer inside ``mpn-bot run``: an APScheduler 3 ``BackgroundScheduler`` that sweeps at start-up
and every ``interval_seconds``, in the one process that holds the sender lease.

Job options, chosen on purpose (https://apscheduler.readthedocs.io/en/3.x/userguide.html#missed-job-executions-and-coalescing):

* ``coalesce=True``: ticks missed while the process was suspended or busy collapse into one run. The sweep
  computes everything due from the ledger, so one run catches up fully; running it N times would only
  repeat the same reads.
* ``max_instances=1``: a long sweep (a rate-limited day) is never joined by a second one in this process.
  The skipped tick changes nothing: the running sweep is already sending what is due.
* ``misfire_grace_time=None``: a late tick runs however late it is. APScheduler's default of 1 s would
  silently drop a tick that starts more than a second late (after a suspend, under load) and with it a day's
  reminders until the next tick. Late is always right here: the sweep is idempotent and catching up is its
  job, and ``coalesce`` turns any backlog into a single run.

Only one process sends: each tick first takes (or extends) the SQLite lease ``reminder-sender`` for
``lease_seconds``; a second ``mpn-bot run`` on the same database finds it held and skips its tick. A long
sweep renews the lease between posts (every third of its length) and stops if it was lost. The lease is an
efficiency and politeness layer; the ledger's per-reminder claims are what make a post happen once even if
two senders ever overlapped. When a holder dies, another process takes over once the lease expires.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.reminders.sweep import Sweeper, SweepReport
from bot.runtime import metrics
from storage import StorageError, Store

log = logging.getLogger(__name__)

SENDER_LEASE = "reminder-sender"
DEFAULT_INTERVAL_SECONDS = 300
JOB_ID = "mpn-reminder-sweep"


def default_holder() -> str:
    """Unique per process, readable in the ``leases`` table: ``host:pid:random``."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class ReminderScheduler:
    def __init__(
        self,
        sweeper: Sweeper,
        store: Store,
        *,
        interval_seconds: float = DEFAULT_INTERVAL_SECONDS,
        lease_seconds: int | None = None,
        holder: str | None = None,
    ) -> None:
        if interval_seconds <= 0:
            raise ValueError("interval_seconds must be positive")
        self.sweeper = sweeper
        self.store = store
        self.interval_seconds = interval_seconds
        # Twice the interval: a holder that ticks on time never loses it; a dead one is replaced within two.
        self.lease_seconds = lease_seconds or max(30, int(2 * interval_seconds))
        self.holder = holder or default_holder()
        self._scheduler: BackgroundScheduler | None = None
        self._stopping = threading.Event()
        self.last_tick_at: float | None = None  # time.monotonic() when the last tick ended, lease or not
        self._renewed_at: datetime | None = None  # on the store's clock, like the lease itself
        self._renew_lock = threading.Lock()
        self.last_report: SweepReport | None = None

    # -- one tick ------------------------------------------------------------------------------------

    def _acquire(self) -> bool:
        try:
            held = self.store.acquire_lease(SENDER_LEASE, self.holder, lease_seconds=self.lease_seconds)
        except StorageError as err:  # database_busy: try again next tick
            log.warning("could not take the reminder sender lease: %s", err)
            return False
        if held:
            self._renewed_at = self.sweeper.clock()
        return held

    def _keep_going(self) -> bool:
        """Asked before each post: stop on shutdown; renew the lease every third of its length."""
        if self._stopping.is_set():
            return False
        with self._renew_lock:
            if (
                self._renewed_at is not None
                and (self.sweeper.clock() - self._renewed_at).total_seconds() < self.lease_seconds / 3
            ):
                return True
            held = self._acquire()
        if not held:
            log.warning("lost the reminder sender lease mid-sweep; stopping (another process sends now)")
        return held

    def tick(self) -> SweepReport | None:
        """Sweep once if this process holds (or can take) the sender lease; None otherwise."""
        try:
            return self._tick()
        finally:
            self.last_tick_at = time.monotonic()

    def health(self) -> tuple[bool, str]:
        """Whether the timer is alive and its last tick ended within two intervals (readiness)."""
        if self._scheduler is None or not self._scheduler.running:
            return False, "the reminder scheduler is not running"
        if (
            self.last_tick_at is not None
            and time.monotonic() - self.last_tick_at > 2 * self.interval_seconds + 60
        ):
            return False, "the last reminder tick ended too long ago (a sweep may be stuck)"
        return True, "ok"

    def _tick(self) -> SweepReport | None:
        if self._stopping.is_set():
            return None
        if not self._acquire():
            log.info("another process holds the reminder sender lease; not sweeping")
            return None
        try:
            report = self.sweeper.run(keep_going=self._keep_going)
        except Exception:
            log.exception("reminder sweep failed")
            return None
        self.last_report = report
        metrics.observe_sweep(report, self.sweeper.clock() - report.at)
        for line in report.lines():
            log.info("reminders: %s", line)
        return report

    # -- lifecycle -----------------------------------------------------------------------------------

    def start(self) -> None:
        """Start ticking: once now, then every ``interval_seconds``."""
        scheduler = BackgroundScheduler(timezone=UTC)
        scheduler.add_job(
            self.tick,
            IntervalTrigger(seconds=self.interval_seconds, timezone=UTC),
            id=JOB_ID,
            name="reminder sweep",
            next_run_time=datetime.now(UTC),  # the start-up tick
            coalesce=True,
            max_instances=1,
            misfire_grace_time=None,
        )
        scheduler.start()
        self._scheduler = scheduler
        log.info(
            "reminder scheduler started: every %s s, sender lease %s s, holder %s",
            self.interval_seconds,
            self.lease_seconds,
            self.holder,
        )

    def shutdown(self) -> None:
        """Let the running sweep finish its current post, stop ticking and hand the lease back."""
        self._stopping.set()
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=True)
            self._scheduler = None
        try:
            self.store.release_lease(SENDER_LEASE, self.holder)
        except Exception:
            log.exception("could not release the reminder sender lease")
