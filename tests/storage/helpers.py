"""Shared helpers for the storage tests: a settable clock and row counts per table."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from storage import Store

TABLES = (
    "workspaces",
    "offers",
    "renewals",
    "admins",
    "offer_reminders",
    "reminder_ledger",
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
