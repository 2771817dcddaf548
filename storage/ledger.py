"""The reminder ledger: per reminder of each offer's cycle, whether it was claimed, sent, failed or skipped.

The ledger is the truth about what was posted (DESIGN.md, "duplicate posts"): a claim (a lease) before a
post, a confirm right after, a failure kept with its error so the next tick retries, a skip for what went
stale. Claims and confirms of several workspaces go through ``apply_ops`` in one transaction (the sweep's
group commit); failures and skips are rare and go one at a time through a workspace's ``WorkspaceLedger``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from rules import ReminderKind
from storage.db import Connections
from storage.models import LedgerEntry, LedgerOp
from storage.offers import offer_by_id
from storage.rows import REMINDER_KINDS
from storage.validation import clean_date, clean_lease_seconds, clean_reminder_kind

MAX_ERROR_TEXT = 2000

# Parameters of every statement below: offer_id, anniversary, kind, team_id, then the statement's own.
# Claim: claimer, lease_until, now. Won when there was no row, the last attempt failed, or the last claim's
# lease ran out unconfirmed; one INSERT ... ON CONFLICT DO UPDATE ... WHERE inside BEGIN IMMEDIATE, so two
# threads or processes can never both win.
CLAIM_SQL = """INSERT INTO reminder_ledger
    (offer_id, anniversary, kind, team_id, status, attempts, claimer, lease_until, updated_at)
VALUES (?, ?, ?, ?, 'claimed', 1, ?, ?, ?)
ON CONFLICT (offer_id, anniversary, kind) DO UPDATE SET
    status = 'claimed',
    attempts = reminder_ledger.attempts + 1,
    claimer = excluded.claimer,
    lease_until = excluded.lease_until,
    updated_at = excluded.updated_at
WHERE reminder_ledger.status = 'failed'
   OR (reminder_ledger.status = 'claimed' AND reminder_ledger.lease_until < excluded.updated_at)
"""
# Confirm: channel, ts, now. Sent is final: confirming again changes nothing.
CONFIRM_SQL = """INSERT INTO reminder_ledger
    (offer_id, anniversary, kind, team_id, status, attempts, channel, ts, updated_at)
VALUES (?, ?, ?, ?, 'sent', 1, ?, ?, ?)
ON CONFLICT (offer_id, anniversary, kind) DO UPDATE SET
    status = 'sent', channel = excluded.channel, ts = excluded.ts, lease_until = NULL,
    updated_at = excluded.updated_at
WHERE reminder_ledger.status <> 'sent'
"""
# Fail: error, now. The attempt count stays (the claim counted it); never overrides sent or skipped.
_FAIL_SQL = """INSERT INTO reminder_ledger
    (offer_id, anniversary, kind, team_id, status, attempts, last_error, updated_at)
VALUES (?, ?, ?, ?, 'failed', 1, ?, ?)
ON CONFLICT (offer_id, anniversary, kind) DO UPDATE SET
    status = 'failed', last_error = excluded.last_error, lease_until = NULL,
    updated_at = excluded.updated_at
WHERE reminder_ledger.status NOT IN ('sent', 'skipped')
"""
# Skip: reason, now. Never overrides sent.
_SKIP_SQL = """INSERT INTO reminder_ledger
    (offer_id, anniversary, kind, team_id, status, attempts, reason, updated_at)
VALUES (?, ?, ?, ?, 'skipped', 0, ?, ?)
ON CONFLICT (offer_id, anniversary, kind) DO UPDATE SET
    status = 'skipped', reason = excluded.reason, lease_until = NULL,
    updated_at = excluded.updated_at
WHERE reminder_ledger.status <> 'sent'
"""

_LEDGER_COLUMNS = (
    "team_id, offer_id, anniversary, kind, status, attempts, claimer, lease_until, last_error, channel, ts, "
    "reason, updated_at"
)


def apply_ops(
    connections: Connections, ops: Sequence[LedgerOp], *, lease_seconds: int, claimer: str
) -> list[bool]:
    """Several ledger claims and confirms, of any workspaces, in one write transaction, applied in order.

    For the reminder sweep's group commit: posts in flight on several threads share one commit instead
    of each paying its own. A claim runs ``CLAIM_SQL`` (with ``lease_seconds`` and ``claimer``), a confirm
    ``CONFIRM_SQL``, each for its own team; an offer that is not that team's (or no longer exists) is
    refused. A claim is also refused unless ``anniversary`` is still the offer's current one: a renewal (or
    a corrected date) since the sweep read its reminders means that cycle's reminder is no longer due.
    Every op is checked before anything is written. Returns, per op, True when a claim was won or a confirm
    applied, False otherwise.
    """
    clean_lease_seconds(lease_seconds)
    checked = []
    for op in ops:
        if op.action not in ("claim", "confirm"):
            raise ValueError(f"unknown ledger action {op.action!r}")
        if op.action == "confirm" and not (op.channel and op.ts):
            raise ValueError("a confirm needs the message's channel and ts")
        checked.append((op, clean_date(op.anniversary).isoformat(), clean_reminder_kind(op.kind).value))
    results: list[bool] = []
    with connections.write() as db:
        now = connections.now()
        stamp, until = connections.stamp(now), connections.stamp(now + timedelta(seconds=lease_seconds))
        for op, day, kind in checked:
            current = db.execute(
                "SELECT anniversary FROM offers WHERE team_id = ? AND id = ?", [op.team_id, op.offer_id]
            ).fetchone()
            if current is None or (op.action == "claim" and current[0] != day):
                results.append(False)
                continue
            key = [op.offer_id, day, kind, op.team_id]
            if op.action == "claim":
                results.append(db.execute(CLAIM_SQL, [*key, claimer, until, stamp]).rowcount == 1)
            else:
                db.execute(CONFIRM_SQL, [*key, op.channel, op.ts, stamp])
                results.append(True)
    return results


class WorkspaceLedger:
    """One workspace's ledger rows: the failures and skips the sweep records, and the rows themselves."""

    def __init__(self, connections: Connections, team_id: str) -> None:
        self._db = connections
        self.team_id = team_id

    def _key(self, db: Database, offer_id: int, anniversary: date | str, kind: Any) -> list[Any]:
        day = clean_date(anniversary)
        reminder = clean_reminder_kind(kind)
        offer_by_id(db, self.team_id, offer_id)  # this workspace's offer, or offer_not_found
        return [offer_id, day.isoformat(), reminder.value, self.team_id]

    def fail_reminder(
        self, offer_id: int, anniversary: date, kind: str | ReminderKind, *, error: str
    ) -> None:
        """Record a failed attempt (status 'failed', error text kept, attempts kept): the reminder stays due
        and the next sweep may claim it again. Never overrides 'sent' or 'skipped'."""
        with self._db.write() as db:
            key = self._key(db, offer_id, anniversary, kind)
            db.execute(_FAIL_SQL, [*key, str(error)[:MAX_ERROR_TEXT], self._db.stamp()])

    def skip_reminder(
        self, offer_id: int, anniversary: date, kind: str | ReminderKind, *, reason: str
    ) -> None:
        """Mark the reminder skipped (stale, or not to be sent): it is never sent. Never overrides 'sent'."""
        with self._db.write() as db:
            key = self._key(db, offer_id, anniversary, kind)
            db.execute(_SKIP_SQL, [*key, str(reason)[:MAX_ERROR_TEXT], self._db.stamp()])

    def ledger(self, offer_id: int | None = None) -> list[LedgerEntry]:
        """This workspace's ledger rows (or one offer's), by offer, anniversary and kind."""
        sql = f"SELECT {_LEDGER_COLUMNS} FROM reminder_ledger WHERE team_id = ?"
        params: list[Any] = [self.team_id]
        if offer_id is not None:
            sql += " AND offer_id = ?"
            params.append(offer_id)
        rows = self._db.connection().execute(sql + " ORDER BY offer_id, anniversary, kind", params).fetchall()
        return [
            LedgerEntry(
                team_id=r[0],
                offer_id=r[1],
                anniversary=date.fromisoformat(r[2]),
                kind=REMINDER_KINDS[r[3]],
                status=r[4],
                attempts=r[5],
                claimer=r[6],
                lease_until=None if r[7] is None else datetime.fromisoformat(r[7]),
                last_error=r[8],
                channel=r[9],
                ts=r[10],
                reason=r[11],
                updated_at=datetime.fromisoformat(r[12]),
            )
            for r in rows
        ]
