"""Shared helpers for the storage tests: a settable clock, row counts per table, and the reminder sweep's
own storage calls (claims and confirms through ``Store.reminder_ledger_batch``, what is sendable on a day
through ``Store.unsettled_reminders``) in the shape one test needs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from storage import DueReminderRow, LedgerOp, Store
from storage.store import MAX_SENDABLE_SPAN_DAYS

TABLES = (
    "workspaces",
    "offer_aliases",
    "offers",
    "renewals",
    "admins",
    "offer_reminders",
    "reminder_ledger",
    "reminder_copies",
    "delivery_alerts",
    "audit_log",
)


class FakeClock:
    """A clock the test moves by hand; storage reads time only through it."""

    def __init__(self, start: datetime = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def open_store(path: Path, clock: FakeClock | None = None) -> Store:
    return Store.open(path, clock=clock or FakeClock())


def row_counts(path: Path, team_id: str | None = None) -> dict[str, int]:
    """Rows per table (of one team when ``team_id`` is given), read through a separate plain connection."""
    with sqlite3.connect(path) as conn:
        if team_id is None:
            return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        return {
            t: conn.execute(f"SELECT count(*) FROM {t} WHERE team_id = ?", [team_id]).fetchone()[0]
            for t in TABLES
        }


def table_dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, for "nothing changed" assertions."""
    with sqlite3.connect(path) as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}


def claim(
    store: Store,
    team_id: str,
    offer_id: int,
    anniversary: Any,
    kind: Any,
    *,
    lease_seconds: int = 60,
    claimer: str = "w",
) -> bool:
    """One claim in its own transaction, as the sweep's group commit makes it when only one post is in
    flight. ``anniversary`` and ``kind`` may be text, to test the checks."""
    [won] = store.reminder_ledger_batch(
        [LedgerOp("claim", team_id, offer_id, anniversary, kind)],
        lease_seconds=lease_seconds,
        claimer=claimer,
    )
    return won


def confirm(
    store: Store, team_id: str, offer_id: int, anniversary: Any, kind: Any, *, channel: str, ts: str
) -> bool:
    """One confirm in its own transaction (the lease length and claimer do not matter to a confirm)."""
    [applied] = store.reminder_ledger_batch(
        [LedgerOp("confirm", team_id, offer_id, anniversary, kind, channel=channel, ts=ts)],
        lease_seconds=60,
        claimer="w",
    )
    return applied


def sendable(store: Store, on: date, *, team_ids: Iterable[str] | None = None) -> list[DueReminderRow]:
    """What the sweep posts for a workspace whose local date is ``on``: the unsettled rows of the days a
    reminder can still be sendable, narrowed by the sweep's own rule (``due_on <= on <= meaningful_until``,
    bot/reminders/sweep.py ``Sweeper.plan``). Oldest due first."""
    window = store.unsettled_reminders(on - timedelta(days=MAX_SENDABLE_SPAN_DAYS), on, team_ids=team_ids)
    return [r for r in window if r.due_on <= on <= r.meaningful_until]
