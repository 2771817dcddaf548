"""``Store``: one SQLite file shared by every workspace, opened once per process and shared by its threads.

It holds what spans workspaces: opening and migrating the file, installing and deleting workspaces, the
sweep's reads across workspaces and its batched ledger writes, the sender lease, backups. What belongs to
one workspace is behind ``workspace(team_id)``. Connections and transactions are ``storage.db``'s.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

from storage.audit import audit
from storage.db import Connections
from storage.due import MAX_SENDABLE_SPAN_DAYS as MAX_SENDABLE_SPAN_DAYS
from storage.due import due_workspaces, unsettled_reminders
from storage.errors import StorageError
from storage.ledger import all_delivery_alerts, apply_ops, apply_ops_detailed, serving_of
from storage.migrations import apply as migrate
from storage.migrations import current_version
from storage.models import DeliveryAlert, DueReminderRow, LedgerOp, LedgerResult, WorkspaceSettings
from storage.rows import WORKSPACE_COLUMNS, settings_dict, settings_from_row
from storage.settings import settings_of
from storage.validation import clean_language, clean_lease_seconds, clean_time_zone
from storage.workspace import WorkspaceStore


class Store:
    """The database. Create with ``Store.open(path, clock=...)``; share one instance across threads."""

    def __init__(self, path: str | Path, clock: Callable[[], datetime]) -> None:
        #: The file's connections, transactions and clock; workspace handles share them.
        self.connections = Connections(path, clock)

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
            migrate(store.connections.connection(), now=store.connections.stamp, upto=target_version)
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        """Close every thread's connection. The store cannot be used afterwards."""
        self.connections.close()

    @property
    def closed(self) -> bool:
        """Whether ``close`` was called: background work (a Home republish) stops instead of failing."""
        return self.connections.closed

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        return current_version(self.connections.connection())

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
        with self.connections.write() as db:
            now = self.connections.stamp()
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
                db.table("workspaces").insert(
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
                    db.table("workspaces").update(team_id, {**changes, "updated_at": now})
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
        row = (
            self.connections.connection()
            .execute("SELECT 1 FROM workspaces WHERE team_id = ?", [team_id])
            .fetchone()
        )
        return row is not None

    def workspace(self, team_id: str) -> WorkspaceStore:
        """A handle scoped to one workspace; raises ``StorageError("unknown_workspace")``."""
        if not isinstance(team_id, str) or not self.has_workspace(team_id):
            raise StorageError("unknown_workspace", {"team_id": team_id})
        return WorkspaceStore(self, team_id)

    def workspace_and_settings(self, team_id: str) -> tuple[WorkspaceStore, WorkspaceSettings]:
        """The handle and the workspace's settings in one read: the settings row is the existence check
        (``StorageError("unknown_workspace")`` as ``workspace``), so a request that needs both, as every
        request a person makes does, reads the row once instead of twice."""
        if not isinstance(team_id, str):
            raise StorageError("unknown_workspace", {"team_id": team_id})
        ws = WorkspaceStore(self, team_id)
        return ws, ws.settings()

    def delete_workspace(self, team_id: str) -> None:
        """Remove every row of the workspace from every table (uninstall, ``tokens_revoked``).

        Idempotent: deleting an unknown workspace does nothing.
        """
        with self.connections.write() as db:
            mine = "offer_id IN (SELECT id FROM offers WHERE team_id = ?)"
            for table in ("reminder_copies", "reminder_ledger", "offer_reminders", "renewals"):
                db.execute(f"DELETE FROM {table} WHERE {mine}", [team_id])
                db.execute(f"DELETE FROM {table} WHERE team_id = ?", [team_id])
            for table in ("offers", "admins", "audit_log", "delivery_alerts", "workspaces"):
                db.execute(f"DELETE FROM {table} WHERE team_id = ?", [team_id])

    def probe_write(self) -> None:
        """A real write that leaves nothing behind (a row in, the same row out, committed): it fails as any
        write would on a full disk, a read-only file or a lock held past the busy timeout."""
        with self.connections.write() as db:
            db.execute(
                "INSERT OR REPLACE INTO leases (name, holder, lease_until, acquired_at) VALUES (?, ?, ?, ?)",
                ["health-probe", "health-probe", self.connections.stamp(), self.connections.stamp()],
            )
            db.execute("DELETE FROM leases WHERE name = 'health-probe'")

    def workspace_count(self) -> int:
        count: int = self.connections.connection().execute("SELECT count(*) FROM workspaces").fetchone()[0]
        return count

    def unsettled_ledger_counts(self) -> dict[tuple[str, str], int]:
        """``{(status, error class): reminders}`` for ledger rows still to settle: ``claimed`` (a post in
        flight, or one whose sender died) and ``failed`` (kept for a retry). The error class is the part of
        ``last_error`` before its colon (``channel`` of ``channel:not_in_channel``), ``none`` without one.
        For the metrics scrape; one aggregate over the ledger's unsettled rows."""
        rows = self.connections.connection().execute(
            """SELECT status,
                      coalesce(nullif(substr(last_error, 1, instr(last_error, ':') - 1), ''), 'none'),
                      count(*)
               FROM reminder_ledger WHERE status IN ('claimed', 'failed') GROUP BY 1, 2"""
        )
        return {(str(status), str(error_class)): int(n) for status, error_class, n in rows.fetchall()}

    # -- the reminder sweep ----------------------------------------------------------------------

    def unsettled_reminders(
        self, due_from: date, due_to: date, *, team_ids: Iterable[str] | None = None
    ) -> list[DueReminderRow]:
        """Every reminder of every offer's current cycle with ``due_from <= due_on <= due_to`` that is not
        yet sent or skipped (no ledger row, or 'claimed' or 'failed'), whether or not it is still sendable.

        For the reminder sweep, which serves workspaces whose local dates differ (a day either side of UTC)
        in one indexed range scan and decides per workspace what to post and what is stale. Oldest due
        first (``due_on``, ``meaningful_until``, team, offer, kind).
        """
        return unsettled_reminders(self.connections.connection(), due_from, due_to, team_ids=team_ids)

    def due_workspaces(self, now: datetime, due_from: date) -> list[tuple[str, int, list[str]]]:
        """What a sweep tick at ``now`` plans with: every workspace with an open reminder (never claimed,
        claimed, failed) due on or after ``due_from`` whose posting hour on the due day has been reached,
        as ``(time zone, posting hour, team ids)`` groups (``storage.due.due_workspaces``): one range scan
        over the partial index of open reminders, empty when everything due is settled. The rows are read
        per workspace when it is served (``WorkspaceStore.open_reminders``)."""
        return due_workspaces(self.connections.connection(), now, due_from)

    def delivery_alerts(self) -> dict[str, list[DeliveryAlert]]:
        """Every workspace's open delivery problems by team id (``delivery_alerts``, a small table): what
        a sweep checks once per run to know whom to tell "reminders are flowing again"."""
        return all_delivery_alerts(self.connections)

    def serving(
        self,
        team_ids: Sequence[str],
        *,
        due_from: date,
        now: datetime | None = None,
        due_to: date | None = None,
    ) -> dict[str, tuple[WorkspaceSettings, list[DueReminderRow]]]:
        """Several workspaces' settings and open reminders (``WorkspaceStore.serving``, same arguments), read
        together in one statement, by team id; workspaces not installed are left out. What a sweep worker
        reads for the few workspaces it is about to serve."""
        return serving_of(self.connections, team_ids, due_from=due_from, now=now, due_to=due_to)

    def settings_of(self, team_ids: Iterable[str]) -> dict[str, WorkspaceSettings]:
        """The settings of several workspaces in one query (``SELECT ... WHERE team_id IN (json_each)``);
        unknown team ids are left out."""
        return settings_of(self.connections.connection(), team_ids)

    def reminder_ledger_batch(
        self, ops: Sequence[LedgerOp], *, lease_seconds: int, claimer: str
    ) -> list[bool]:
        """Several ledger claims and confirms, of any workspaces, in one write transaction, applied in order.

        For the reminder sweep's group commit: posts in flight on several threads share one commit instead
        of each paying its own. An offer that is not the op's team's (or no longer exists) is refused, and
        so is a claim whose ``anniversary`` is no longer the offer's current one (renewed or re-dated since
        the sweep read it). Returns, per op, True when a claim was won or a confirm applied, False
        otherwise; see ``storage.ledger.apply_ops``.
        """
        return apply_ops(self.connections, ops, lease_seconds=lease_seconds, claimer=claimer)

    def reminder_ledger_apply(
        self, ops: Sequence[LedgerOp], *, lease_seconds: int, claimer: str
    ) -> list[LedgerResult]:
        """``reminder_ledger_batch`` with failures too (``action="fail"``) and, per claim won, whether an
        earlier attempt may have landed (the post must carry the repeat note); see
        ``storage.ledger.apply_ops_detailed``."""
        return apply_ops_detailed(self.connections, ops, lease_seconds=lease_seconds, claimer=claimer)

    # -- leases ----------------------------------------------------------------------------------------

    def acquire_lease(self, name: str, holder: str, *, lease_seconds: int) -> bool:
        """Hold the lease ``name`` (e.g. ``"scheduler"``) for ``lease_seconds`` from now.

        True when ``holder`` now holds it: nobody held it, the last holder's lease ran out, or ``holder``
        already held it (then it is extended). False while another holder's lease is live. Atomic across
        processes, like a reminder claim (``reminder_ledger_batch``).
        """
        clean_lease_seconds(lease_seconds)
        with self.connections.write() as db:
            now = self.connections.now()
            stamp, until = (
                self.connections.stamp(now),
                self.connections.stamp(now + timedelta(seconds=lease_seconds)),
            )
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
        with self.connections.write() as db:
            return (
                db.execute("DELETE FROM leases WHERE name = ? AND holder = ?", [name, holder]).rowcount == 1
            )

    # -- backup ------------------------------------------------------------------------------------

    def backup(self, dest: str | Path) -> None:
        """Copy the whole database to ``dest`` with SQLite's online backup API, while others keep using it."""
        with closing(sqlite3.connect(str(dest))) as target:
            self.connections.connection().conn.backup(target)


def _check_team_id(team_id: object) -> None:
    if not isinstance(team_id, str) or not team_id.strip():
        raise StorageError("unknown_workspace", {"team_id": team_id})
