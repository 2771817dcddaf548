"""``Store``: one SQLite file shared by every workspace, opened once per process and shared by its threads.

Each thread gets its own connection (Bolt listeners and APScheduler jobs run on pool threads, and an
``sqlite3.Connection`` must not be used by two threads at once). Every write is one ``BEGIN IMMEDIATE``
transaction, so a write either lands whole or not at all, even if the process is killed mid-way, and a
read-then-write (a claim, a renewal) cannot interleave with another process's.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from rules import MPN_2021
from storage import migrations
from storage.errors import StorageError
from storage.models import DueReminderRow, LedgerOp, WorkspaceSettings
from storage.rows import KINDS, REMINDER_KINDS, WORKSPACE_COLUMNS, audit, settings_dict, settings_from_row
from storage.validation import clean_date, clean_language, clean_reminder_kind, clean_time_zone
from storage.workspace import CLAIM_SQL, CONFIRM_SQL, WorkspaceStore

BUSY_TIMEOUT_MS = 5000

#: How many days a reminder can stay sendable after it fell due, under the policy whose dates are stored.
#: The sweep scans ``due_on`` back this far: MPN_2021 gives 15 (the -15 reminder, meaningful until the
#: anniversary; the +23 one is meaningful for 7 more days, until the last day to renew).
MAX_SENDABLE_SPAN_DAYS = max(rule.meaningful_until_days - rule.offset_days for rule in MPN_2021.reminders)

_DUE_SQL = """
SELECT r.team_id, r.offer_id, o.name, o.kind, r.anniversary, r.kind, r.due_on, r.meaningful_until,
       l.status, coalesce(l.attempts, 0), l.last_error
FROM offer_reminders AS r
JOIN offers AS o ON o.id = r.offer_id
LEFT JOIN reminder_ledger AS l
       ON l.offer_id = r.offer_id AND l.anniversary = r.anniversary AND l.kind = r.kind
WHERE r.due_on BETWEEN :earliest AND :on
  AND r.meaningful_until >= :on
  AND (l.status IS NULL OR l.status IN ('claimed', 'failed')){team_filter}
ORDER BY r.due_on, r.meaningful_until, r.team_id, r.offer_id, r.kind
""".strip()
_TEAM_FILTER = "\n  AND r.team_id IN (SELECT value FROM json_each(:team_ids))"
# Every unsettled reminder (never claimed, claimed, failed) falling due in a range of days, whether or not it
# is still worth sending: the reminder sweep decides per workspace, by that workspace's own local date, which
# rows to post, which to leave for later and which are stale. Same covering index as _DUE_SQL.
_UNSETTLED_SQL = _DUE_SQL.replace(
    "WHERE r.due_on BETWEEN :earliest AND :on\n  AND r.meaningful_until >= :on\n",
    "WHERE r.due_on BETWEEN :due_from AND :due_to\n",
)
assert _UNSETTLED_SQL != _DUE_SQL


class Store:
    """The database. Create with ``Store.open(path, clock=...)``; share one instance across threads."""

    def __init__(self, path: str | Path, clock: Callable[[], datetime]) -> None:
        self._path = str(path)
        self._clock = clock
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: dict[threading.Thread, Database] = {}
        self._closed = False

    # -- opening and connections -------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | Path, clock: Callable[[], datetime], *, target_version: int | None = None
    ) -> Store:
        """Open (creating if needed) the database at ``path`` and bring its schema up to date.

        ``clock`` returns the current time as an aware datetime; it is the only source of timestamps.
        ``target_version`` stops the migrations early: for tests that build an old database only.

        Raises ``StorageError("schema_too_new")`` if the file was written by newer code.
        """
        store = cls(path, clock)
        try:
            migrations.apply(store._db(), now=store._stamp, upto=target_version)
        except BaseException:
            store.close()
            raise
        return store

    def _db(self) -> Database:
        """This thread's connection, created on first use (WAL, foreign keys, busy timeout)."""
        db: Database | None = getattr(self._local, "db", None)
        if db is not None:
            return db
        if self._closed:
            raise RuntimeError("Store is closed")
        conn = sqlite3.connect(
            self._path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,  # no implicit transactions: every transaction is explicit below
            check_same_thread=False,  # used by one thread only, but close() may run on another
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        db = Database(conn, execute_plugins=False)
        _enable_wal(db)
        with self._lock:
            for thread in [t for t in self._connections if not t.is_alive()]:
                self._connections.pop(thread).close()
            self._connections[threading.current_thread()] = db
        self._local.db = db
        return db

    def close(self) -> None:
        """Close every thread's connection. The store cannot be used afterwards."""
        with self._lock:
            self._closed = True
            for db in self._connections.values():
                db.close()
            self._connections.clear()
        self._local = threading.local()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- time and transactions ---------------------------------------------------------------------

    def _now(self) -> datetime:
        now = self._clock()
        if not isinstance(now, datetime) or now.utcoffset() is None:
            raise ValueError("the clock must return an aware datetime")
        return now.astimezone(UTC)

    def _stamp(self, at: datetime | None = None) -> str:
        """ISO UTC text with a fixed width, so text order is time order."""
        return (at or self._now()).isoformat(timespec="microseconds")

    @contextmanager
    def _write(self) -> Iterator[Database]:
        """One write transaction: ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any exception."""
        db = self._db()
        conn = db.conn
        if conn.in_transaction:
            raise RuntimeError("storage write transactions do not nest")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StorageError("database_busy", {}, str(exc)) from exc
        try:
            yield db
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextmanager
    def _read(self) -> Iterator[Database]:
        """A read transaction: several SELECTs that see one snapshot."""
        db = self._db()
        conn = db.conn
        if conn.in_transaction:
            yield db
            return
        conn.execute("BEGIN")
        try:
            yield db
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    def schema_version(self) -> int:
        return migrations.current_version(self._db())

    # -- workspaces --------------------------------------------------------------------------------

    def install_workspace(
        self,
        team_id: str,
        *,
        enterprise_id: str | None = None,
        name: str | None = None,
        time_zone: str = "UTC",
        language: str = "en",
        installer_user_id: str | None = None,
    ) -> WorkspaceSettings:
        """Record an installation (``INSERT`` or, on re-install, ``UPDATE`` of name/enterprise only).

        A re-install keeps the workspace's settings, offers and history. The installer, if given, becomes
        an MPN partner admin of the workspace.
        """
        _check_team_id(team_id)
        with self._write() as db:
            now = self._stamp()
            actor = installer_user_id or "slack"
            row = db.execute(
                f"SELECT {WORKSPACE_COLUMNS} FROM workspaces WHERE team_id = ?", [team_id]
            ).fetchone()
            if row is None:
                settings = WorkspaceSettings(
                    team_id=team_id,
                    enterprise_id=enterprise_id,
                    name=name,
                    time_zone=clean_time_zone(time_zone),
                    language=clean_language(language),
                )
                db["workspaces"].insert(
                    {
                        "team_id": team_id,
                        "enterprise_id": enterprise_id,
                        "name": name,
                        "time_zone": settings.time_zone,
                        "language": settings.language,
                        "reminder_channel": None,
                        "moved_to_partner_center": 0,
                        "posting_hour": settings.posting_hour,
                        "installed_at": now,
                        "updated_at": now,
                    }
                )
                audit(db, team_id, now, actor, "workspace_install", team_id, None, settings_dict(settings))
            else:
                before = settings_from_row(row)
                changes = {}
                if name is not None and name != before.name:
                    changes["name"] = name
                if enterprise_id is not None and enterprise_id != before.enterprise_id:
                    changes["enterprise_id"] = enterprise_id
                if changes:
                    db["workspaces"].update(team_id, {**changes, "updated_at": now})
                    audit(
                        db,
                        team_id,
                        now,
                        actor,
                        "workspace_reinstall",
                        team_id,
                        {k: getattr(before, k) for k in changes},
                        changes,
                    )
                settings = WorkspaceSettings(**{**settings_dict(before), **changes})
            if installer_user_id:
                added = db.execute(
                    "INSERT OR IGNORE INTO admins (team_id, user_id, added_by, added_at) VALUES (?, ?, ?, ?)",
                    [team_id, installer_user_id, actor, now],
                ).rowcount
                if added:
                    audit(db, team_id, now, actor, "admin_add", installer_user_id, None, {"admin": True})
        return settings

    def has_workspace(self, team_id: str) -> bool:
        row = self._db().execute("SELECT 1 FROM workspaces WHERE team_id = ?", [team_id]).fetchone()
        return row is not None

    def workspace(self, team_id: str) -> WorkspaceStore:
        """A handle scoped to one workspace; raises ``StorageError("unknown_workspace")``."""
        if not isinstance(team_id, str) or not self.has_workspace(team_id):
            raise StorageError("unknown_workspace", {"team_id": team_id})
        return WorkspaceStore(self, team_id)

    def delete_workspace(self, team_id: str) -> None:
        """Remove every row of the workspace from every table (uninstall, ``tokens_revoked``).

        Idempotent: deleting an unknown workspace does nothing.
        """
        with self._write() as db:
            mine = "offer_id IN (SELECT id FROM offers WHERE team_id = ?)"
            for table in ("reminder_ledger", "offer_reminders", "renewals"):
                db.execute(f"DELETE FROM {table} WHERE {mine}", [team_id])
                db.execute(f"DELETE FROM {table} WHERE team_id = ?", [team_id])
            for table in ("offers", "admins", "audit_log", "workspaces"):
                db.execute(f"DELETE FROM {table} WHERE team_id = ?", [team_id])

    def workspace_count(self) -> int:
        return self._db().execute("SELECT count(*) FROM workspaces").fetchone()[0]

    # -- the daily sweep ---------------------------------------------------------------------------

    @staticmethod
    def _due_reminders_sql(team_filter: bool = False) -> str:
        """The query ``due_reminders`` runs (named parameters ``:earliest``, ``:on`` and, with
        ``team_filter``, ``:team_ids`` as a JSON array). An indexed range scan over ``offer_reminders``."""
        return _DUE_SQL.format(team_filter=_TEAM_FILTER if team_filter else "")

    @staticmethod
    def _due_reminders_params(on: date, team_ids: list[str] | None = None) -> dict[str, str]:
        params = {
            "earliest": (on - timedelta(days=MAX_SENDABLE_SPAN_DAYS)).isoformat(),
            "on": on.isoformat(),
        }
        if team_ids is not None:
            params["team_ids"] = json.dumps(team_ids)
        return params

    def due_reminders(self, on: date, *, team_ids: Iterable[str] | None = None) -> list[DueReminderRow]:
        """Every reminder of every offer's current cycle that is sendable on ``on`` (``due_on <= on <=
        meaningful_until``) and not yet sent or skipped, across all workspaces or only ``team_ids``.

        Oldest due first. Rows already claimed under a lease or failed are included, with their status: the
        caller tries ``claim_reminder`` and skips what it cannot claim.
        """
        on = clean_date(on)
        teams = None if team_ids is None else [t for t in team_ids]
        if teams is not None and not teams:
            return []
        cursor = self._db().execute(
            self._due_reminders_sql(teams is not None), self._due_reminders_params(on, teams)
        )
        return _due_rows(cursor)

    def unsettled_reminders(
        self, due_from: date, due_to: date, *, team_ids: Iterable[str] | None = None
    ) -> list[DueReminderRow]:
        """Every reminder of every offer's current cycle with ``due_from <= due_on <= due_to`` that is not
        yet sent or skipped (no ledger row, or 'claimed' or 'failed'), whether or not it is still sendable.

        For the reminder sweep, which serves workspaces whose local dates differ (a day either side of UTC)
        in one indexed range scan and decides per workspace what to post and what is stale. Same order and
        row shape as ``due_reminders``.
        """
        first, last = clean_date(due_from), clean_date(due_to)
        teams = None if team_ids is None else [t for t in team_ids]
        if (teams is not None and not teams) or first > last:
            return []
        sql = _UNSETTLED_SQL.format(team_filter=_TEAM_FILTER if teams is not None else "")
        params = {"due_from": first.isoformat(), "due_to": last.isoformat()}
        if teams is not None:
            params["team_ids"] = json.dumps(teams)
        return _due_rows(self._db().execute(sql, params))

    def settings_of(self, team_ids: Iterable[str]) -> dict[str, WorkspaceSettings]:
        """The settings of several workspaces in one query (``SELECT ... WHERE team_id IN (json_each)``);
        unknown team ids are left out."""
        teams = list(dict.fromkeys(team_ids))
        if not teams:
            return {}
        rows = self._db().execute(
            f"SELECT {WORKSPACE_COLUMNS} FROM workspaces WHERE team_id IN (SELECT value FROM json_each(?))",
            [json.dumps(teams)],
        )
        return {row[0]: settings_from_row(row) for row in rows}

    def reminder_ledger_batch(
        self, ops: Sequence[LedgerOp], *, lease_seconds: int, claimer: str
    ) -> list[bool]:
        """Several ledger claims and confirms, of any workspaces, in one write transaction, applied in order.

        For the reminder sweep's group commit: posts in flight on several threads share one commit instead
        of each paying its own. Each op does what ``WorkspaceStore.claim_reminder`` (with ``lease_seconds``
        and ``claimer``) or ``confirm_reminder`` does for its team, with the same SQL; an offer that is not
        that team's (or no longer exists) is refused. A claim is also refused unless ``anniversary`` is still
        the offer's current one: a renewal (or a corrected date) since the sweep read its reminders means
        that cycle's reminder is no longer due. Returns, per op, True when a claim was won or a confirm
        applied, False otherwise.
        """
        if isinstance(lease_seconds, bool) or not isinstance(lease_seconds, int) or lease_seconds <= 0:
            raise ValueError("lease_seconds must be a positive int")
        checked = []
        for op in ops:
            if op.action not in ("claim", "confirm"):
                raise ValueError(f"unknown ledger action {op.action!r}")
            if op.action == "confirm" and not (op.channel and op.ts):
                raise ValueError("a confirm needs the message's channel and ts")
            checked.append((op, clean_date(op.anniversary).isoformat(), clean_reminder_kind(op.kind).value))
        results: list[bool] = []
        with self._write() as db:
            now = self._now()
            stamp, until = self._stamp(now), self._stamp(now + timedelta(seconds=lease_seconds))
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

    # -- leases ----------------------------------------------------------------------------------------

    def acquire_lease(self, name: str, holder: str, *, lease_seconds: int) -> bool:
        """Hold the lease ``name`` (e.g. ``"scheduler"``) for ``lease_seconds`` from now.

        True when ``holder`` now holds it: nobody held it, the last holder's lease ran out, or ``holder``
        already held it (then it is extended). False while another holder's lease is live. Atomic across
        processes, like ``claim_reminder``.
        """
        if isinstance(lease_seconds, bool) or not isinstance(lease_seconds, int) or lease_seconds <= 0:
            raise ValueError("lease_seconds must be a positive int")
        with self._write() as db:
            now = self._now()
            stamp, until = self._stamp(now), self._stamp(now + timedelta(seconds=lease_seconds))
            return (
                db.execute(
                    """
                    INSERT INTO leases (name, holder, lease_until, acquired_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET
                        holder = excluded.holder,
                        lease_until = excluded.lease_until,
                        acquired_at = CASE WHEN leases.holder = excluded.holder THEN leases.acquired_at
                                           ELSE excluded.acquired_at END
                    WHERE leases.holder = excluded.holder OR leases.lease_until < excluded.acquired_at
                    """,
                    [name, holder, until, stamp],
                ).rowcount
                == 1
            )

    def release_lease(self, name: str, holder: str) -> bool:
        """Give up the lease if ``holder`` holds it; False otherwise."""
        with self._write() as db:
            return (
                db.execute("DELETE FROM leases WHERE name = ? AND holder = ?", [name, holder]).rowcount == 1
            )

    # -- backup ------------------------------------------------------------------------------------

    def backup(self, dest: str | Path) -> None:
        """Copy the whole database to ``dest`` with SQLite's online backup API, while others keep using it."""
        with closing(sqlite3.connect(str(dest))) as target:
            self._db().conn.backup(target)


def _due_rows(cursor: sqlite3.Cursor) -> list[DueReminderRow]:
    """``DueReminderRow`` values from a ``_DUE_SQL``-shaped cursor (each distinct date text parsed once)."""
    dates: dict[str, date] = {}

    def day(text: str) -> date:
        value = dates.get(text)
        if value is None:
            value = dates[text] = date.fromisoformat(text)
        return value

    kinds, reminder_kinds = KINDS, REMINDER_KINDS
    return [
        DueReminderRow(
            team_id, offer_id, name, kinds[kind], day(anniversary), reminder_kinds[rkind],
            day(due_on), day(until), status, attempts, last_error,
        )
        for (
            team_id, offer_id, name, kind, anniversary, rkind, due_on, until, status, attempts, last_error
        ) in cursor.fetchall()
    ]  # fmt: skip


def _enable_wal(db: Database) -> None:
    """Switch the file to WAL (persistent, so only the first connection ever does it).

    Changing the journal mode needs the file to itself and SQLite answers "database is locked" at once,
    without the busy handler, while another connection has it open: several threads or processes opening a
    new file together all race here. Retry for up to the busy timeout (counted in sleeps, not read from a
    clock).
    """
    step = 0.01
    for attempt in range(int(BUSY_TIMEOUT_MS / 1000 / step) + 1):
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if attempt * step * 1000 >= BUSY_TIMEOUT_MS:
                raise StorageError("database_busy", {}, str(exc)) from exc
            time.sleep(step)


def _check_team_id(team_id: object) -> None:
    if not isinstance(team_id, str) or not team_id.strip():
        raise StorageError("unknown_workspace", {"team_id": team_id})
