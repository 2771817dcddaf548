"""The reminder ledger: per reminder of each offer's cycle, whether it was claimed, sent, failed or skipped.

The ledger is the truth about what was posted (DESIGN.md, "duplicate posts"): a claim (a lease) before a
post, a confirm right after, a failure kept with its error so the next tick retries, a skip for what went
stale. Claims and confirms of several workspaces go through ``apply_ops`` in one transaction (the sweep's
group commit); failures and skips are rare and go one at a time through a workspace's ``WorkspaceLedger``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from rules import ReminderKind
from storage.db import Connections
from storage.due import workspace_reminders, workspaces_serving
from storage.models import (
    CopyState,
    DeliveryAlert,
    DueReminderRow,
    LedgerEntry,
    LedgerOp,
    LedgerResult,
    WorkspaceSettings,
)
from storage.offers import offer_by_id
from storage.rows import REMINDER_KINDS, settings_from_row
from storage.validation import clean_date, clean_lease_seconds, clean_reminder_kind

MAX_ERROR_TEXT = 2000

# Parameters of every statement below: offer_id, anniversary, kind, team_id, then the statement's own.
# Claim: claimer, lease_until, now. Won when there was no row, the last attempt failed, or the last claim's
# lease ran out unconfirmed; one INSERT ... ON CONFLICT DO UPDATE ... WHERE inside BEGIN IMMEDIATE, so two
# threads or processes can never both win. Taking over a claim that ran out sets ``maybe_landed``: the dead
# attempt may have reached Slack.
_CLAIM_INTO = """INSERT INTO reminder_ledger
    (offer_id, anniversary, kind, team_id, status, attempts, claimer, lease_until, updated_at)"""
_CLAIM_UPSERT = """
ON CONFLICT (offer_id, anniversary, kind) DO UPDATE SET
    status = 'claimed',
    attempts = reminder_ledger.attempts + 1,
    claimer = excluded.claimer,
    lease_until = excluded.lease_until,
    updated_at = excluded.updated_at,
    maybe_landed = max(reminder_ledger.maybe_landed, reminder_ledger.status = 'claimed')
WHERE reminder_ledger.status = 'failed'
   OR (reminder_ledger.status = 'claimed' AND reminder_ledger.lease_until < excluded.updated_at)
"""
CLAIM_SQL = _CLAIM_INTO + "\nVALUES (?, ?, ?, ?, 'claimed', 1, ?, ?, ?)" + _CLAIM_UPSERT
# Confirm: channel, ts, now. Sent is final: confirming again changes nothing.
_CONFIRM_INTO = """INSERT INTO reminder_ledger
    (offer_id, anniversary, kind, team_id, status, attempts, channel, ts, updated_at)"""
_CONFIRM_UPSERT = """
ON CONFLICT (offer_id, anniversary, kind) DO UPDATE SET
    status = 'sent', channel = excluded.channel, ts = excluded.ts, lease_until = NULL,
    updated_at = excluded.updated_at
WHERE reminder_ledger.status <> 'sent'
"""
CONFIRM_SQL = _CONFIRM_INTO + "\nVALUES (?, ?, ?, ?, 'sent', 1, ?, ?, ?)" + _CONFIRM_UPSERT
# Fail: error, maybe_landed (0/1), now. The attempt count stays (the claim counted it); never overrides sent
# or skipped. ``maybe_landed`` only ever goes up: a later, certain error does not erase an uncertain one.
_FAIL_INTO = """INSERT INTO reminder_ledger
    (offer_id, anniversary, kind, team_id, status, attempts, last_error, maybe_landed, updated_at)"""
_FAIL_UPSERT = """
ON CONFLICT (offer_id, anniversary, kind) DO UPDATE SET
    status = 'failed', last_error = excluded.last_error, lease_until = NULL,
    maybe_landed = max(reminder_ledger.maybe_landed, excluded.maybe_landed),
    updated_at = excluded.updated_at
WHERE reminder_ledger.status NOT IN ('sent', 'skipped')
"""
_FAIL_SQL = _FAIL_INTO + "\nVALUES (?, ?, ?, ?, 'failed', 1, ?, ?, ?)" + _FAIL_UPSERT

# A failure in a group commit of ops on distinct reminders: the check that the offer is that team's folded
# in (a failure refused inserts nothing). Numbered parameters: ?1 offer_id, ?2 anniversary, ?3 kind,
# ?4 team_id, then error, maybe_landed, now.
_OWN_OFFER = "\nFROM offers AS o WHERE o.id = ?1 AND o.team_id = ?4"
_FAIL_ONE_SQL = _FAIL_INTO + "\nSELECT ?1, ?2, ?3, ?4, 'failed', 1, ?5, ?6, ?7" + _OWN_OFFER + _FAIL_UPSERT
# Every claim and confirm of a group commit in one statement: ``?1`` is a JSON array of
# ``[offer_id, anniversary, kind, team_id, status, channel, ts]``, one per op, each on its own reminder,
# ``status`` 'claimed' for a claim (exactly ``CLAIM_SQL``, which also needs the offer's current anniversary)
# and 'sent' for a confirm (exactly ``CONFIRM_SQL``); then claimer, lease_until, now. ``RETURNING`` names
# the rows written: a claim won, with ``maybe_landed`` after the update, or a confirm applied. Outside a
# transaction the statement is its own, committed (and synced) before the last row comes back: what the
# sweep's group commit runs, one statement per commit, because every statement hands the interpreter lock
# to the threads doing HTTP and the committing thread then waits to get it back.
_CLAIM_OR_CONFIRM_SQL = """INSERT INTO reminder_ledger
    (offer_id, anniversary, kind, team_id, status, attempts, claimer, lease_until, channel, ts, updated_at)
SELECT o.id, j.value ->> 1, j.value ->> 2, o.team_id, j.value ->> 4, 1,
       iif(j.value ->> 4 = 'claimed', ?2, NULL), iif(j.value ->> 4 = 'claimed', ?3, NULL),
       j.value ->> 5, j.value ->> 6, ?4
FROM json_each(?1) AS j
JOIN offers AS o ON o.id = j.value ->> 0 AND o.team_id = j.value ->> 3
WHERE j.value ->> 4 = 'sent' OR o.anniversary = j.value ->> 1
ON CONFLICT (offer_id, anniversary, kind) DO UPDATE SET
    status = excluded.status,
    attempts = reminder_ledger.attempts + (excluded.status = 'claimed'),
    claimer = iif(excluded.status = 'claimed', excluded.claimer, reminder_ledger.claimer),
    lease_until = excluded.lease_until,
    channel = iif(excluded.status = 'sent', excluded.channel, reminder_ledger.channel),
    ts = iif(excluded.status = 'sent', excluded.ts, reminder_ledger.ts),
    updated_at = excluded.updated_at,
    maybe_landed = iif(
        excluded.status = 'claimed',
        max(reminder_ledger.maybe_landed, reminder_ledger.status = 'claimed'),
        reminder_ledger.maybe_landed
    )
WHERE (excluded.status = 'claimed' AND (reminder_ledger.status = 'failed'
        OR (reminder_ledger.status = 'claimed' AND reminder_ledger.lease_until < excluded.updated_at)))
   OR (excluded.status = 'sent' AND reminder_ledger.status <> 'sent')
RETURNING offer_id, anniversary, kind, maybe_landed"""
_OWN_OFFER_SQL = "SELECT 1 FROM offers WHERE id = ? AND team_id = ?"
_PRIOR_SQL = """SELECT status, maybe_landed FROM reminder_ledger
WHERE offer_id = ? AND anniversary = ? AND kind = ?"""

# DM mode, one row per (reminder, recipient). Claim (attempt start): now. A copy still 'claimed' when the
# next attempt starts died in flight, so it may have landed: maybe_landed goes up.
_COPY_CLAIM_SQL = """INSERT INTO reminder_copies
    (offer_id, anniversary, kind, recipient, team_id, status, attempts, maybe_landed, updated_at)
VALUES (?, ?, ?, ?, ?, 'claimed', 1, 0, ?)
ON CONFLICT (offer_id, anniversary, kind, recipient) DO UPDATE SET
    status = 'claimed', attempts = reminder_copies.attempts + 1,
    maybe_landed = max(reminder_copies.maybe_landed, reminder_copies.status = 'claimed'),
    updated_at = excluded.updated_at
WHERE reminder_copies.status <> 'sent'
"""
_COPY_CONFIRM_SQL = """UPDATE reminder_copies SET status = 'sent', channel = ?, ts = ?, updated_at = ?
WHERE offer_id = ? AND anniversary = ? AND kind = ? AND recipient = ? AND team_id = ?"""
_COPY_FAIL_SQL = """UPDATE reminder_copies SET status = 'failed', last_error = ?,
    maybe_landed = max(maybe_landed, ?), updated_at = ?
WHERE offer_id = ? AND anniversary = ? AND kind = ? AND recipient = ? AND team_id = ? AND status <> 'sent'"""
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
    "reason, updated_at, maybe_landed"
)


def apply_ops(
    connections: Connections, ops: Sequence[LedgerOp], *, lease_seconds: int, claimer: str
) -> list[bool]:
    """``apply_ops_detailed`` answering only, per op, whether a claim was won or a write applied."""
    return [r.won for r in apply_ops_detailed(connections, ops, lease_seconds=lease_seconds, claimer=claimer)]


def apply_ops_detailed(
    connections: Connections, ops: Sequence[LedgerOp], *, lease_seconds: int, claimer: str
) -> list[LedgerResult]:
    """Several ledger claims, confirms and failures, of any workspaces, in one write transaction, applied
    in order.

    For the reminder sweep's group commit: posts in flight on several threads share one commit instead
    of each paying its own. A claim runs ``CLAIM_SQL`` (with ``lease_seconds`` and ``claimer``), a confirm
    ``CONFIRM_SQL``, a failure ``_FAIL_SQL``, each for its own team; an offer that is not that team's (or no
    longer exists) is refused. A claim is also refused unless ``anniversary`` is still the offer's current
    one: a renewal (or a corrected date) since the sweep read its reminders means that cycle's reminder is
    no longer due. Every op is checked before anything is written. A claim won reports ``maybe_repeat``
    when an earlier attempt may have landed (``maybe_landed``, or a claim taken over after its lease ran
    out).
    """
    clean_lease_seconds(lease_seconds)
    checked = []
    for op in ops:
        if op.action not in ("claim", "confirm", "fail"):
            raise ValueError(f"unknown ledger action {op.action!r}")
        if op.action == "confirm" and not (op.channel and op.ts):
            raise ValueError("a confirm needs the message's channel and ts")
        if op.action == "fail" and not op.error:
            raise ValueError("a failure needs its error")
        checked.append((op, clean_date(op.anniversary).isoformat(), clean_reminder_kind(op.kind).value))
    distinct = len({(op.offer_id, day, kind) for op, day, kind in checked}) == len(checked)
    if distinct and checked and all(op.action != "fail" for op, _, _ in checked):
        # claims and confirms only, each on its own reminder: one statement, its own transaction
        now = connections.now()
        stamp, until = connections.stamp(now), connections.stamp(now + timedelta(seconds=lease_seconds))
        written = connections.write_statement(_CLAIM_OR_CONFIRM_SQL, _many(checked, claimer, until, stamp))
        return _results(connections.connection().conn, checked, written, stamp)
    with connections.write() as db:
        now = connections.now()
        stamp, until = connections.stamp(now), connections.stamp(now + timedelta(seconds=lease_seconds))
        if distinct:  # every op on its own reminder: their order cannot matter
            return _apply_batch(db, checked, stamp, until, claimer)
        return _apply_one_by_one(db, checked, stamp, until, claimer)


def apply_ops_one_by_one(
    connections: Connections, ops: Sequence[LedgerOp], *, lease_seconds: int, claimer: str
) -> list[LedgerResult]:
    """``apply_ops_detailed`` one op at a time with the one-op statements (``CLAIM_SQL``, ``CONFIRM_SQL``,
    ``_FAIL_SQL``), in one transaction: what a batch with two ops on the same reminder runs, and the
    reference the batched statements are tested against."""
    clean_lease_seconds(lease_seconds)
    checked = [(op, clean_date(op.anniversary).isoformat(), clean_reminder_kind(op.kind).value) for op in ops]
    with connections.write() as db:
        now = connections.now()
        stamp, until = connections.stamp(now), connections.stamp(now + timedelta(seconds=lease_seconds))
        return _apply_one_by_one(db, checked, stamp, until, claimer)


def _apply_one_by_one(
    db: Database, checked: list[tuple[LedgerOp, str, str]], stamp: str, until: str, claimer: str
) -> list[LedgerResult]:
    results: list[LedgerResult] = []
    for op, day, kind in checked:
        current = db.execute(
            "SELECT anniversary FROM offers WHERE team_id = ? AND id = ?", [op.team_id, op.offer_id]
        ).fetchone()
        if current is None or (op.action == "claim" and current[0] != day):
            results.append(LedgerResult(False))
            continue
        key = [op.offer_id, day, kind, op.team_id]
        if op.action == "claim":
            prior = db.execute(_PRIOR_SQL, key[:3]).fetchone()
            won = db.execute(CLAIM_SQL, [*key, claimer, until, stamp]).rowcount == 1
            repeat = prior is not None and (prior[0] == "claimed" or bool(prior[1]))
            results.append(LedgerResult(won, won and repeat))
        elif op.action == "confirm":
            db.execute(CONFIRM_SQL, [*key, op.channel, op.ts, stamp])
            results.append(LedgerResult(True))
        else:
            error = str(op.error)[:MAX_ERROR_TEXT]
            db.execute(_FAIL_SQL, [*key, error, int(op.uncertain), stamp])
            results.append(LedgerResult(True))
    return results


def serving_of(
    connections: Connections,
    team_ids: Sequence[str],
    *,
    due_from: date,
    now: datetime | None = None,
    due_to: date | None = None,
) -> dict[str, tuple[WorkspaceSettings, list[DueReminderRow]]]:
    """Several workspaces' settings and open reminders as the sweep serves them, in one statement
    (``storage.due.workspaces_serving``), by team id; workspaces not installed are left out."""
    found = workspaces_serving(
        connections.connection().conn, team_ids, due_from=due_from, now=now, due_to=due_to
    )
    return {team: (settings_from_row(row), rows) for team, (row, rows) in found.items()}


def all_delivery_alerts(connections: Connections) -> dict[str, list[DeliveryAlert]]:
    """Every workspace's open delivery problems, by team id (a small table: one row per problem): the sweep
    reads it once per run, not once per workspace it serves."""
    out: dict[str, list[DeliveryAlert]] = {}
    rows = connections.connection().execute(
        f"SELECT team_id, {_ALERT_COLUMNS} FROM delivery_alerts ORDER BY team_id, subject"
    )
    for r in rows.fetchall():
        out.setdefault(r[0], []).append(_alert(r[0], r[1:]))
    return out


_ALERT_COLUMNS = "subject, error, alerted, updated_at, channel, offer_names, attempts, seen_at"


def _alert(team_id: str, r: Sequence[Any]) -> DeliveryAlert:
    return DeliveryAlert(
        team_id,
        r[0],
        r[1],
        bool(r[2]),
        datetime.fromisoformat(r[3]),
        r[4],
        tuple(json.loads(r[5] or "[]")),
        r[6] or 0,
        None if r[7] is None else datetime.fromisoformat(r[7]),
    )


# A post failed with this problem (or it was fixed: RECOVERED): error, channel and what the admins were told
# are replaced, the offer names only when given, and it is seen now.
_SET_ALERT_SQL = """INSERT INTO delivery_alerts
    (team_id, subject, error, alerted, updated_at, channel, offer_names, attempts, seen_at)
VALUES (?, ?, ?, ?, ?, ?, coalesce(?, '[]'), ?, ?)
ON CONFLICT (team_id, subject) DO UPDATE SET
    error = excluded.error, alerted = excluded.alerted, updated_at = excluded.updated_at,
    channel = excluded.channel, attempts = excluded.attempts, seen_at = excluded.seen_at,
    offer_names = CASE WHEN ? IS NULL THEN delivery_alerts.offer_names ELSE excluded.offer_names END
"""


def _many(
    checked: list[tuple[LedgerOp, str, str]], claimer: str, until: str, stamp: str
) -> tuple[str, str, str, str]:
    """The parameters of ``_CLAIM_OR_CONFIRM_SQL`` for the claims and confirms among ``checked``."""
    ops = [
        (op.offer_id, day, kind, op.team_id, "claimed" if op.action == "claim" else "sent", op.channel, op.ts)
        for op, day, kind in checked
        if op.action != "fail"
    ]
    return json.dumps(ops), claimer, until, stamp


def _results(
    conn: sqlite3.Connection,
    checked: list[tuple[LedgerOp, str, str]],
    written: list[tuple[Any, ...]],
    stamp: str,
) -> list[LedgerResult]:
    """Each op's result from the rows ``_CLAIM_OR_CONFIRM_SQL`` wrote (failures: written here, one
    statement each, inside the caller's transaction)."""
    wrote = {(r[0], r[1], r[2]): bool(r[3]) for r in written}
    results = []
    for op, day, kind in checked:
        key = (op.offer_id, day, kind)
        if op.action == "claim":
            repeat = wrote.get(key)
            results.append(LedgerResult(False) if repeat is None else LedgerResult(True, repeat))
            continue
        if op.action == "confirm":
            ok = key in wrote
        else:
            error = str(op.error)[:MAX_ERROR_TEXT]
            ok = (
                conn.execute(_FAIL_ONE_SQL, (*key, op.team_id, error, int(op.uncertain), stamp)).rowcount == 1
            )
        # nothing written: the offer is gone (refused), or the row is already final (applied, no change)
        ok = ok or conn.execute(_OWN_OFFER_SQL, (op.offer_id, op.team_id)).fetchone() is not None
        results.append(LedgerResult(ok))
    return results


def _apply_batch(
    db: Database, checked: list[tuple[LedgerOp, str, str]], stamp: str, until: str, claimer: str
) -> list[LedgerResult]:
    """``apply_ops_detailed`` for ops on distinct reminders, inside the caller's transaction: every claim
    and confirm in one statement (``_CLAIM_OR_CONFIRM_SQL``), failures one statement each. Their order
    cannot matter (no op writes the offers the others check, and each is on its own reminder), so this has
    the same effect as applying them one by one."""
    conn = db.conn
    written: list[tuple[Any, ...]] = []
    if any(op.action != "fail" for op, _, _ in checked):
        written = conn.execute(_CLAIM_OR_CONFIRM_SQL, _many(checked, claimer, until, stamp)).fetchall()
    return _results(conn, checked, written, stamp)


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
        self,
        offer_id: int,
        anniversary: date,
        kind: str | ReminderKind,
        *,
        error: str,
        uncertain: bool = False,
    ) -> None:
        """Record a failed attempt (status 'failed', error text kept, attempts kept): the reminder stays due
        and the next sweep may claim it again. Never overrides 'sent' or 'skipped'. ``uncertain``: the post
        may have landed; that stays recorded whatever later attempts answer."""
        with self._db.write() as db:
            key = self._key(db, offer_id, anniversary, kind)
            db.execute(_FAIL_SQL, [*key, str(error)[:MAX_ERROR_TEXT], int(uncertain), self._db.stamp()])

    def skip_reminder(
        self, offer_id: int, anniversary: date, kind: str | ReminderKind, *, reason: str
    ) -> None:
        """Mark the reminder skipped (stale, or not to be sent): it is never sent. Never overrides 'sent'."""
        with self._db.write() as db:
            key = self._key(db, offer_id, anniversary, kind)
            db.execute(_SKIP_SQL, [*key, str(reason)[:MAX_ERROR_TEXT], self._db.stamp()])

    def open_reminders(
        self, *, due_from: date, now: datetime | None = None, due_to: date | None = None
    ) -> list[DueReminderRow]:
        """This workspace's open reminders as the sweep serves it (``storage.due.workspace_reminders``)."""
        return workspace_reminders(
            self._db.connection(), self.team_id, due_from=due_from, now=now, due_to=due_to
        )

    def serving(
        self, *, due_from: date, now: datetime | None = None, due_to: date | None = None
    ) -> tuple[WorkspaceSettings, list[DueReminderRow]] | None:
        """The workspace's settings and ``open_reminders``, read in one statement (``serving_of``); None
        when the workspace is not installed."""
        return serving_of(self._db, [self.team_id], due_from=due_from, now=now, due_to=due_to).get(
            self.team_id
        )

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
                maybe_landed=bool(r[13]),
            )
            for r in rows
        ]

    # -- DM mode: one copy per reminder and recipient ---------------------------------------------------

    def copies(
        self, keys: Sequence[tuple[int, date, ReminderKind]]
    ) -> dict[tuple[int, date, str, str], CopyState]:
        """The copies of these reminders (``(offer_id, anniversary, kind)``), by
        ``(offer_id, anniversary, kind value, recipient)``."""
        out: dict[tuple[int, date, str, str], CopyState] = {}
        conn = self._db.connection()
        for offer_id, anniversary, kind in keys:
            day, value = clean_date(anniversary), clean_reminder_kind(kind).value
            rows = conn.execute(
                "SELECT recipient, status, attempts, maybe_landed, last_error, channel, ts FROM reminder_copies"
                " WHERE offer_id = ? AND anniversary = ? AND kind = ? AND team_id = ?",
                [offer_id, day.isoformat(), value, self.team_id],
            ).fetchall()
            for r in rows:
                out[(offer_id, day, value, r[0])] = CopyState(
                    offer_id, day, REMINDER_KINDS[value], r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6]
                )
        return out

    def _copy_write(
        self, sql: str, own: list[Any], keys: Sequence[tuple[int, date, ReminderKind]], recipient: str
    ) -> None:
        with self._db.write() as db:
            for offer_id, anniversary, kind in keys:
                key = self._key(db, offer_id, anniversary, kind)[:3]
                db.execute(sql, [*own, *key, recipient, self.team_id])

    def claim_copies(self, keys: Sequence[tuple[int, date, ReminderKind]], recipient: str) -> None:
        """An attempt at ``recipient``'s copies starts (before the DM is sent). Sent copies stay sent."""
        with self._db.write() as db:
            stamp = self._db.stamp()
            for offer_id, anniversary, kind in keys:
                key = self._key(db, offer_id, anniversary, kind)[:3]
                db.execute(_COPY_CLAIM_SQL, [*key, recipient, self.team_id, stamp])

    def confirm_copies(
        self, keys: Sequence[tuple[int, date, ReminderKind]], recipient: str, *, channel: str, ts: str
    ) -> None:
        """``recipient``'s copies landed as message ``ts`` in DM ``channel``."""
        self._copy_write(_COPY_CONFIRM_SQL, [channel, ts, self._db.stamp()], keys, recipient)

    def fail_copies(
        self,
        keys: Sequence[tuple[int, date, ReminderKind]],
        recipient: str,
        *,
        error: str,
        uncertain: bool = False,
    ) -> None:
        """``recipient``'s copies did not (certainly) land; ``uncertain`` is kept whatever comes later."""
        self._copy_write(
            _COPY_FAIL_SQL, [str(error)[:MAX_ERROR_TEXT], int(uncertain), self._db.stamp()], keys, recipient
        )

    # -- alerts: what the admins were told -------------------------------------------------------------

    def delivery_alerts(self) -> list[DeliveryAlert]:
        """This workspace's open delivery problems, by subject."""
        rows = (
            self._db.connection()
            .execute(
                f"SELECT {_ALERT_COLUMNS} FROM delivery_alerts WHERE team_id = ? ORDER BY subject",
                [self.team_id],
            )
            .fetchall()
        )
        return [_alert(self.team_id, r) for r in rows]

    def set_delivery_alert(
        self,
        subject: str,
        error: str,
        *,
        alerted: bool,
        channel: str | None = None,
        offer_names: Sequence[str] | None = None,
        attempts: int = 0,
    ) -> None:
        """Record the problem with ``subject`` as seen now: its error, the reminder channel it was seen with,
        the offers it holds back (kept as they were when None), whether the admins have been told, and how
        many alert DMs about it failed so far."""
        names = None if offer_names is None else json.dumps(list(offer_names), ensure_ascii=False)
        stamp = self._db.stamp()
        with self._db.write() as db:
            db.execute(
                _SET_ALERT_SQL,
                [
                    self.team_id,
                    subject,
                    str(error)[:MAX_ERROR_TEXT],
                    int(alerted),
                    stamp,
                    channel,
                    names,
                    attempts,
                    stamp,
                    names,
                ],
            )

    def note_alert_attempt(self, subject: str, *, landed: bool) -> None:
        """An alert DM about ``subject`` was tried again (not a post): it landed (the admins are told now),
        or it failed once more (one more attempt, counted for its backoff from now)."""
        sql = (
            "UPDATE delivery_alerts SET alerted = 1, attempts = 0, updated_at = ?"
            if landed
            else "UPDATE delivery_alerts SET attempts = attempts + 1, updated_at = ?"
        )
        with self._db.write() as db:
            db.execute(sql + " WHERE team_id = ? AND subject = ?", [self._db.stamp(), self.team_id, subject])

    def clear_delivery_alert(self, subject: str) -> None:
        """The problem with ``subject`` is gone."""
        with self._db.write() as db:
            db.execute(
                "DELETE FROM delivery_alerts WHERE team_id = ? AND subject = ?", [self.team_id, subject]
            )

    def delivery_reset_at(self) -> datetime | None:
        """When the admins last changed something that may fix delivery (``reset_delivery``, or a setting
        changed): reminders that failed before it are retried at once, problems seen before it not shown."""
        row = (
            self._db.connection()
            .execute("SELECT delivery_reset_at FROM workspaces WHERE team_id = ?", [self.team_id])
            .fetchone()
        )
        return None if row is None or row[0] is None else datetime.fromisoformat(row[0])

    def reset_delivery(self) -> None:
        """Something that may fix delivery happened (the bot was invited to a channel): see
        ``delivery_reset_at``."""
        with self._db.write() as db:
            db.execute(
                "UPDATE workspaces SET delivery_reset_at = ? WHERE team_id = ?",
                [self._db.stamp(), self.team_id],
            )
