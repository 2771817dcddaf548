"""When a workspace's reminders go out: its own local calendar date, from its posting hour on.

Dates are calendar dates in the workspace's IANA time zone (``zoneinfo``), never midnight timestamps. A
workspace is served on local date D once its local clock has reached ``posting_hour`` on D; before that
hour nothing is posted for it (yesterday's leftovers wait for today's posting hour, when they are judged
against today's date, so a reminder that has just gone stale is skipped rather than posted at 03:00).

Across DST changes this reads the wall clock: on the spring-forward night in Europe/Amsterdam 02:00-03:00
does not exist, so a posting hour of 2 is reached at 03:00; on the fall-back night 02:00-03:00 happens
twice and the first pass posts (the ledger makes the second a no-op).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bot.runtime.clock import local_now
from storage import DueReminderRow
from storage.store import MAX_SENDABLE_SPAN_DAYS

#: How far back a tick looks for reminders that went stale unsent (the bot was down), to record them as
#: skipped. A week of downtime is covered; older stale rows are simply never posted.
STALE_LOOKBACK_DAYS = 7

#: Every IANA zone is within UTC-12 .. UTC+14, so a workspace's local date is the UTC date, the day
#: before or the day after.
LOCAL_DATE_SPREAD = timedelta(days=1)


def sweep_day(now: datetime, time_zone: str, posting_hour: int) -> date | None:
    """The local date whose reminders the workspace should get at ``now``, or None while its local clock
    is still before ``posting_hour``."""
    local = local_now(now, time_zone)
    return local.date() if local.hour >= posting_hour else None


def scan_window(now: datetime, on: date | None = None) -> tuple[date, date]:
    """The ``due_on`` range one tick reads: everything that can be sendable on any workspace's local date
    (``on`` for all when given), plus ``STALE_LOOKBACK_DAYS`` to find what went stale unsent."""
    if on is not None:
        first = last = on
    else:
        utc_today = local_now(now, "UTC").date()
        first, last = utc_today - LOCAL_DATE_SPREAD, utc_today + LOCAL_DATE_SPREAD
    return first - timedelta(days=MAX_SENDABLE_SPAN_DAYS + STALE_LOOKBACK_DAYS), last


#: ``DeliveryError.ledger_text`` prefixes of a failure worth retrying as is (Slack could not take the post now).
TEMPORARY_FAILURES = ("temporary:", "uncertain:")
#: Failures retried at every tick: a token that does not work costs one refused call per workspace, and a
#: token fixed (re-installed) is picked up at once.
EVERY_TICK_FAILURES = ("token:",)
#: Backoff of failed reminders and alert DMs: one sweep interval after the first failure, doubling, at
#: most this many intervals (an hour at the default five minutes).
MAX_RETRY_INTERVALS = 12


def retry_wait(attempts: int, base_seconds: float) -> timedelta:
    """How long a reminder waits after its ``attempts``-th attempt failed: ``base_seconds`` (one sweep
    interval), doubling with each attempt, at most ``MAX_RETRY_INTERVALS`` of them."""
    return timedelta(seconds=base_seconds * min(2 ** max(attempts - 1, 0), MAX_RETRY_INTERVALS))


def may_retry(
    row: DueReminderRow, now: datetime, base_seconds: float, *, reset_at: datetime | None = None
) -> bool:
    """Whether the sweep at ``now`` may attempt ``row``: always, unless its last attempt failed and its
    backoff (``retry_wait``) has not run out. Every class backs off the same way: temporary failures (429s
    that outlasted slack_sdk's own Retry-After retries, 5xx, timeouts...) and channel, recipient and
    permanent ones alike (issue 10: those were retried at every tick, a refused call each). Token failures
    are retried at every tick (``EVERY_TICK_FAILURES``). A non-temporary failure from before ``reset_at``
    (the admins changed a setting or re-invited the bot since: ``WorkspaceStore.delivery_reset_at``) is
    retried at once, so their fix is picked up at the next tick. Half an interval of slack, so "one
    interval" is the next tick, not the one after it (the failure is recorded a little after its tick
    began)."""
    if row.status != "failed" or row.failed_at is None:
        return True
    error = row.last_error or ""
    if error.startswith(EVERY_TICK_FAILURES):
        return True
    if reset_at is not None and reset_at >= row.failed_at and not error.startswith(TEMPORARY_FAILURES):
        return True
    return due_after(row.failed_at, row.attempts, now, base_seconds)


def due_after(last_failed: datetime, attempts: int, now: datetime, base_seconds: float) -> bool:
    """Whether a retry after ``attempts`` failures, the last at ``last_failed``, is due at ``now``."""
    return now >= last_failed + retry_wait(attempts, base_seconds) - timedelta(seconds=base_seconds / 2)


def needs_reset_time(row: DueReminderRow) -> bool:
    """Whether ``may_retry`` of ``row`` depends on ``reset_at`` (a non-temporary failure backing off)."""
    error = row.last_error or ""
    return row.status == "failed" and not error.startswith((*TEMPORARY_FAILURES, *EVERY_TICK_FAILURES))


def is_late(row: DueReminderRow, local_date: date) -> bool:
    """Late: its due day passed while it could have been sent (its dates were known by its posting instant
    that day, and the bot could not deliver: down, or the channel or token did not work)."""
    return row.due_on < local_date and not row.dated_after_due


def is_coming_up(row: DueReminderRow, local_date: date) -> bool:
    """Overdue through nobody's miss: the offer was added (or re-dated) after its reminder day, so the
    reminder goes out now, worded as coming up rather than missed."""
    return row.due_on < local_date and row.dated_after_due
