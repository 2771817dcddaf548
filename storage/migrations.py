"""The schema, as numbered migrations applied in order.

Each migration runs in its own ``BEGIN IMMEDIATE`` transaction together with the ``schema_migrations`` row
that records it, so a crash leaves the database at the previous version or the next, never in between, and
two processes opening the same file at once cannot both apply one (the second waits for the write lock
and then finds nothing left to do).

Never edit a migration that has shipped: add the next number. Migration 1 is the initial schema; tests build
a database at version 1 (``apply(db, upto=1, now=...)``) and open it with the current code.

Why not ``sqlite_utils.Migrations``: it stamps ``applied_at`` from the wall clock (storage never reads the
clock), orders by name rather than number, and gives no way to notice a database newer than the code.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database
from sqlite_utils.db import ForeignKey

from storage.due import OPEN_REMINDERS_SCHEMA, date_reminders
from storage.errors import StorageError

MIGRATIONS_TABLE = "schema_migrations"


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Database], None]


def _fk(table: str, column: str, other: str, other_column: str) -> ForeignKey:
    return ForeignKey(table, column, other, other_column, on_delete="CASCADE")


def _initial_schema(db: Database) -> None:
    """Workspaces, offers, renewal history, admins, the reminder index and the reminder ledger."""
    db.table("workspaces").create(
        {
            "team_id": str,
            "enterprise_id": str,
            "name": str,
            "time_zone": str,
            "language": str,
            "reminder_channel": str,
            "moved_to_partner_center": int,
            "installed_at": str,
            "updated_at": str,
        },
        pk="team_id",
        not_null=["time_zone", "language", "moved_to_partner_center", "installed_at", "updated_at"],
        defaults={"time_zone": "UTC", "language": "en", "moved_to_partner_center": 0},
    )
    # Written as SQL because sqlite-utils has no public switch for AUTOINCREMENT, and offer ids must never
    # be reused: a Slack button or a ledger row that names offer 7 must not reach a later, different offer 7.
    db.execute(
        """
        CREATE TABLE offers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            team_id TEXT NOT NULL REFERENCES workspaces(team_id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            anniversary TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.table("offers").create_index(["team_id", "name_key"], index_name="offers_team_name_key", unique=True)

    db.table("renewals").create(
        {
            "id": int,
            "team_id": str,
            "offer_id": int,
            "old_anniversary": str,
            "new_anniversary": str,
            "renewed_on": str,
            "actor": str,
            "recorded_at": str,
        },
        pk="id",
        foreign_keys=[_fk("renewals", "offer_id", "offers", "id")],
        not_null=["team_id", "offer_id", "old_anniversary", "new_anniversary", "renewed_on", "recorded_at"],
    )
    db.table("renewals").create_index(["offer_id"], index_name="renewals_offer")

    db.table("admins").create(
        {"team_id": str, "user_id": str, "added_by": str, "added_at": str},
        pk=("team_id", "user_id"),
        foreign_keys=[_fk("admins", "team_id", "workspaces", "team_id")],
        not_null=["added_at"],
    )

    # One row per reminder of each offer's *current* cycle, recomputed with rules.reminders() in the same
    # transaction as every change to the offer: the daily sweep is an indexed range scan, not a Python loop.
    db.table("offer_reminders").create(
        {
            "offer_id": int,
            "kind": str,
            "team_id": str,
            "anniversary": str,
            "due_on": str,
            "meaningful_until": str,
        },
        pk=("offer_id", "kind"),
        foreign_keys=[_fk("offer_reminders", "offer_id", "offers", "id")],
        not_null=["team_id", "anniversary", "due_on", "meaningful_until"],
    )
    # Covering index for the sweep: the range on due_on, the filter on meaningful_until and the ledger key
    # all come from the index, in the order the sweep returns them.
    db.table("offer_reminders").create_index(
        ["due_on", "meaningful_until", "team_id", "offer_id", "kind", "anniversary"],
        index_name="offer_reminders_due",
    )

    db.table("reminder_ledger").create(
        {
            "offer_id": int,
            "anniversary": str,
            "kind": str,
            "team_id": str,
            "status": str,
            "attempts": int,
            "claimer": str,
            "lease_until": str,
            "last_error": str,
            "channel": str,
            "ts": str,
            "reason": str,
            "updated_at": str,
        },
        pk=("offer_id", "anniversary", "kind"),
        foreign_keys=[_fk("reminder_ledger", "offer_id", "offers", "id")],
        not_null=["team_id", "status", "attempts", "updated_at"],
        defaults={"attempts": 0},
    )


def _audit_log(db: Database) -> None:
    """Who changed what, with before/after snapshots as JSON."""
    db.table("audit_log").create(
        {
            "id": int,
            "team_id": str,
            "at": str,
            "actor": str,
            "action": str,
            "target": str,
            "before": str,
            "after": str,
        },
        pk="id",
        not_null=["team_id", "at", "actor", "action"],
    )
    db.table("audit_log").create_index(["team_id", "id"], index_name="audit_log_team")


def _posting_hour(db: Database) -> None:
    """The local hour at which a workspace's reminders go out; existing workspaces get 9:00."""
    db.table("workspaces").add_column("posting_hour", int, not_null_default=9)


def _leases(db: Database) -> None:
    """Named leases across processes, e.g. "only one process runs the reminder scheduler"."""
    db.table("leases").create(
        {"name": str, "holder": str, "lease_until": str, "acquired_at": str},
        pk="name",
        not_null=["holder", "lease_until", "acquired_at"],
    )


def _open_reminders(db: Database) -> None:
    """What the sweep reads every tick, kept small: each reminder row gets the UTC instant its workspace is
    first served on its due day (``due_at``), when its dates were recorded (``dated_at``), whether it is
    still open (no 'sent' or 'skipped' ledger row), and copies of what a tick needs besides (the offer's
    name and kind, the workspace's time zone and posting hour); a partial index holds only the open rows,
    by ``due_at``, with every column the tick reads.

    Triggers keep ``open`` in step with every ledger write (in the writing transaction), and give a row
    inserted without ``due_at`` (older code, raw inserts) a conservative one: the earliest instant any time
    zone reaches its due day, so it is read early, never late. ``storage.due.date_reminders`` sets the exact
    instant wherever offers or a workspace's time zone or posting hour change.
    """
    table = db.table("offer_reminders")
    table.add_column("due_at", str)
    table.add_column("dated_at", str)
    table.add_column("open", int, not_null_default=1)
    for column, kind in (("offer_name", str), ("offer_kind", str), ("time_zone", str), ("posting_hour", int)):
        table.add_column(column, kind)
    db.execute(
        "UPDATE offer_reminders SET dated_at = (SELECT created_at FROM offers WHERE offers.id = offer_id), "
        "open = NOT EXISTS (SELECT 1 FROM reminder_ledger AS l WHERE l.offer_id = offer_reminders.offer_id "
        "AND l.anniversary = offer_reminders.anniversary AND l.kind = offer_reminders.kind "
        "AND l.status IN ('sent', 'skipped'))"
    )
    date_reminders(db)
    for statement in OPEN_REMINDERS_SCHEMA:
        db.execute(statement)


def _delivery_state(db: Database) -> None:
    """Delivery truth that survives a crash (issue 10), independent of migration 5:

    * ``reminder_ledger.maybe_landed``: sticky "an earlier attempt may have reached Slack" (a timeout, a
      reset after the request was sent, a 5xx, a claim that ran out unconfirmed). Set, never cleared by a
      later error, so the next attempt always carries the repeat note.
    * ``reminder_copies``: DM mode (no reminder channel) keeps one row per reminder and MPN partner admin,
      each claimed, confirmed, failed and marked on its own; the reminder's ledger row says ``sent`` only
      once every current admin's copy is ``sent``.
    * ``delivery_alerts``: per workspace and subject (``channel`` or ``dm:<user>``) the problem the admins
      were (or are still to be) told about, and whether that alert landed; ``token`` rows are the
      workspaces whose token does not work (shown to operators).
    """
    db.table("reminder_ledger").add_column("maybe_landed", int, not_null_default=0)
    db.table("reminder_copies").create(
        {
            "offer_id": int,
            "anniversary": str,
            "kind": str,
            "recipient": str,
            "team_id": str,
            "status": str,
            "attempts": int,
            "maybe_landed": int,
            "last_error": str,
            "channel": str,
            "ts": str,
            "updated_at": str,
        },
        pk=("offer_id", "anniversary", "kind", "recipient"),
        foreign_keys=[_fk("reminder_copies", "offer_id", "offers", "id")],
        not_null=["team_id", "status", "attempts", "maybe_landed", "updated_at"],
        defaults={"attempts": 0, "maybe_landed": 0},
    )
    db.table("delivery_alerts").create(
        {"team_id": str, "subject": str, "error": str, "alerted": int, "updated_at": str},
        pk=("team_id", "subject"),
        foreign_keys=[_fk("delivery_alerts", "team_id", "workspaces", "team_id")],
        not_null=["error", "alerted", "updated_at"],
        defaults={"alerted": 0},
    )


def _offer_aliases(db: Database) -> None:
    """A workspace's own names for its offers ("k8s" for Kubernetes on Azure), read by the DM reader.

    One alias names one offer of one workspace (unique by ``team_id, alias_key``, the normalised alias).
    No foreign key: removing an offer keeps its aliases, so undoing the removal (which restores the same
    offer id) brings them back, and readers join on the offer, so an alias of a removed offer names nothing.
    """
    db.execute(
        """
        CREATE TABLE offer_aliases (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            team_id TEXT NOT NULL REFERENCES workspaces(team_id) ON DELETE CASCADE,
            offer_id INTEGER NOT NULL,
            alias TEXT NOT NULL,
            alias_key TEXT NOT NULL,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (team_id, alias_key)
        )
        """
    )
    db.execute("CREATE INDEX offer_aliases_offer ON offer_aliases (team_id, offer_id)")


def _alert_state(db: Database) -> None:
    """The delivery alerts become the truth about a workspace's delivery problems (issue 10), not the
    failed reminder rows, which go stale and take the warning with them:

    * ``delivery_alerts.channel``: the reminder channel the problem was seen with (NULL in DM mode), so a
      problem with an old channel is not shown as the new one's;
    * ``delivery_alerts.offer_names``: the held-back offers (a JSON list), so a failed alert DM can be sent
      again, and the App Home can name them, after the reminders themselves went stale;
    * ``delivery_alerts.attempts``: alert DMs (or "flowing again" DMs) tried in vain since the problem was
      recorded, for their backoff (``updated_at`` is the last try);
    * ``delivery_alerts.seen_at``: when a post last failed with it;
    * ``workspaces.delivery_reset_at``: when the admins last changed something that may fix delivery (a
      setting, the bot re-invited to a channel): failed reminders are retried at the next tick then, and
      problems seen before it are no longer shown until a post fails with them again.
    """
    db.table("delivery_alerts").add_column("channel", str)
    db.table("delivery_alerts").add_column("offer_names", str, not_null_default="[]")
    db.table("delivery_alerts").add_column("attempts", int, not_null_default=0)
    db.table("delivery_alerts").add_column("seen_at", str)
    db.execute("UPDATE delivery_alerts SET seen_at = updated_at")
    db.table("workspaces").add_column("delivery_reset_at", str)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial_schema", _initial_schema),
    Migration(2, "audit_log", _audit_log),
    Migration(3, "workspace_posting_hour", _posting_hour),
    Migration(4, "leases", _leases),
    Migration(5, "open_reminders", _open_reminders),
    Migration(6, "delivery_state", _delivery_state),
    Migration(7, "offer_aliases", _offer_aliases),
    Migration(8, "alert_state", _alert_state),
)
LATEST_VERSION = MIGRATIONS[-1].version
assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1)), "migrations must be 1..n"


def current_version(db: Database) -> int:
    """The highest applied migration (0 for an empty database)."""
    if not db[MIGRATIONS_TABLE].exists():
        return 0
    row = db.execute(f"SELECT max(version) FROM {MIGRATIONS_TABLE}").fetchone()
    return row[0] or 0


def _ensure_table(db: Database) -> None:
    db.table(MIGRATIONS_TABLE).create(
        {"version": int, "name": str, "applied_at": str},
        pk="version",
        not_null=["name", "applied_at"],
        if_not_exists=True,
    )


def apply(db: Database, *, now: Callable[[], str], upto: int | None = None) -> int:
    """Apply every pending migration up to ``upto`` (default: all), each in its own transaction with the
    row recording it. Returns the version reached.

    Raises ``StorageError("schema_too_new")`` when the database records a version this code does not know,
    before changing anything.
    """
    target = LATEST_VERSION if upto is None else upto
    if not 0 <= target <= LATEST_VERSION:
        raise ValueError(f"no migration {target}; known: 1..{LATEST_VERSION}")
    conn: sqlite3.Connection = db.conn
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = current_version(db)
            if version > LATEST_VERSION:
                raise StorageError(
                    "schema_too_new",
                    {"version": version, "supported": LATEST_VERSION},
                    f"database schema version {version} is newer than this code ({LATEST_VERSION})",
                )
            if version >= target:
                conn.execute("COMMIT")
                return version
            migration = MIGRATIONS[version]  # versions are 1..n, so the next one sits at index `version`
            _ensure_table(db)
            migration.apply(db)
            db.execute(
                f"INSERT INTO {MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)",
                [migration.version, migration.name, now()],
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
