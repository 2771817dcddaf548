"""``WorkspaceStore``: everything one workspace may read or change, and nothing of any other workspace.

Every statement here carries ``team_id = ?`` (or reaches rows through an offer that does), so a handle for
one team cannot see or touch another team's rows, whatever id or name it is given.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from rules import Kind, Offer, ReminderKind, RenewalError, normalize_name, renew
from storage.errors import StorageError
from storage.models import (
    AuditEntry,
    ImportReport,
    LedgerEntry,
    RenewalRecord,
    StoredOffer,
    WorkspaceSettings,
)
from storage.rows import (
    KINDS,
    REMINDER_KINDS,
    WORKSPACE_COLUMNS,
    audit,
    audit_row,
    reminder_rows,
    settings_from_row,
)
from storage.validation import (
    SETTING_CHECKS,
    clean_date,
    clean_kind,
    clean_name,
    clean_reminder_kind,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

    from storage.store import Store

CSV_HEADER = ("name", "kind", "anniversary")
#: Shortest typed name that may match a stored one by prefix or substring (shorter must match exactly).
MIN_PARTIAL_MATCH = 3
MAX_ERROR_TEXT = 2000

# The ledger's two hot statements, shared with ``Store.reminder_ledger_batch``. Parameters: offer_id,
# anniversary, kind, team_id, then claimer, lease_until, now (claim) or channel, ts, now (confirm).
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
CONFIRM_SQL = """INSERT INTO reminder_ledger
    (offer_id, anniversary, kind, team_id, status, attempts, channel, ts, updated_at)
VALUES (?, ?, ?, ?, 'sent', 1, ?, ?, ?)
ON CONFLICT (offer_id, anniversary, kind) DO UPDATE SET
    status = 'sent', channel = excluded.channel, ts = excluded.ts, lease_until = NULL,
    updated_at = excluded.updated_at
WHERE reminder_ledger.status <> 'sent'
"""

_OFFER_COLUMNS = "id, team_id, name, kind, anniversary, created_at, updated_at"
_LEDGER_COLUMNS = (
    "team_id, offer_id, anniversary, kind, status, attempts, claimer, lease_until, last_error, channel, ts, "
    "reason, updated_at"
)


def _offer_from_row(row: tuple[Any, ...]) -> StoredOffer:
    offer_id, team_id, name, kind, anniversary, created_at, updated_at = row[:7]
    return StoredOffer(
        id=offer_id,
        team_id=team_id,
        name=name,
        kind=KINDS[kind],
        anniversary=date.fromisoformat(anniversary),
        created_at=datetime.fromisoformat(created_at),
        updated_at=datetime.fromisoformat(updated_at),
    )


def _snapshot(offer: StoredOffer) -> dict[str, Any]:
    return {"name": offer.name, "kind": offer.kind.value, "anniversary": offer.anniversary.isoformat()}


def _not_found(name: object, suggestion: str | None = None, **extra: Any) -> StorageError:
    return StorageError("offer_not_found", {"name": str(name), "suggestion": suggestion, **extra})


class WorkspaceStore:
    """One workspace's offers, admins, settings, audit log and reminder ledger. Get it from
    ``Store.workspace(team_id)``; cheap to create, safe to share across threads."""

    def __init__(self, store: Store, team_id: str) -> None:
        self._store = store
        self.team_id = team_id

    def __repr__(self) -> str:
        return f"WorkspaceStore({self.team_id!r})"

    # -- helpers -----------------------------------------------------------------------------------

    def _require_workspace(self, db: Database) -> None:
        if db.execute("SELECT 1 FROM workspaces WHERE team_id = ?", [self.team_id]).fetchone() is None:
            raise StorageError("unknown_workspace", {"team_id": self.team_id})

    def _offer_by_id(self, db: Database, offer_id: int) -> StoredOffer:
        row = db.execute(
            f"SELECT {_OFFER_COLUMNS} FROM offers WHERE team_id = ? AND id = ?", [self.team_id, offer_id]
        ).fetchone()
        if row is None:
            raise _not_found(offer_id, id=offer_id)
        return _offer_from_row(row)

    def _resolve(self, db: Database, name_or_id: int | str) -> StoredOffer:
        if isinstance(name_or_id, int) and not isinstance(name_or_id, bool):
            return self._offer_by_id(db, name_or_id)
        if isinstance(name_or_id, str):
            return self._find(db, name_or_id)
        raise TypeError(f"expected an offer id or name, not {type(name_or_id).__name__}")

    def _find(self, db: Database, name: str) -> StoredOffer:
        key = normalize_name(name)
        if not key:
            raise _not_found(name)
        exact = db.execute(
            f"SELECT {_OFFER_COLUMNS} FROM offers WHERE team_id = ? AND name_key = ?", [self.team_id, key]
        ).fetchone()
        if exact is not None:
            return _offer_from_row(exact)
        rows = db.execute(
            f"SELECT {_OFFER_COLUMNS}, name_key FROM offers WHERE team_id = ? ORDER BY name_key",
            [self.team_id],
        ).fetchall()
        if len(key) >= MIN_PARTIAL_MATCH:
            for matches in (
                [r for r in rows if r[7].startswith(key)],
                [r for r in rows if key in r[7]],
            ):
                if len(matches) == 1:
                    return _offer_from_row(matches[0])
                if len(matches) > 1:
                    keys = [r[7] for r in matches]
                    best = difflib.get_close_matches(key, keys, n=1, cutoff=0.0)
                    suggestion = next(r[2] for r in matches if r[7] == best[0]) if best else matches[0][2]
                    raise _not_found(name, suggestion, candidates=[r[2] for r in matches])
        best = difflib.get_close_matches(key, [r[7] for r in rows], n=1, cutoff=0.6)
        suggestion = next((r[2] for r in rows if best and r[7] == best[0]), None)
        raise _not_found(name, suggestion)

    def _duplicate_of(self, db: Database, key: str, exclude_id: int | None = None) -> str | None:
        row = db.execute(
            "SELECT name FROM offers WHERE team_id = ? AND name_key = ? AND id IS NOT ?",
            [self.team_id, key, exclude_id],
        ).fetchone()
        return None if row is None else row[0]

    def _set_reminders(self, db: Database, offer_id: int, offer: Offer) -> None:
        db.execute("DELETE FROM offer_reminders WHERE offer_id = ?", [offer_id])
        db["offer_reminders"].insert_all(reminder_rows(offer_id, self.team_id, offer))

    # -- settings ----------------------------------------------------------------------------------

    def settings(self) -> WorkspaceSettings:
        row = (
            self._store._db()
            .execute(f"SELECT {WORKSPACE_COLUMNS} FROM workspaces WHERE team_id = ?", [self.team_id])
            .fetchone()
        )
        if row is None:
            raise StorageError("unknown_workspace", {"team_id": self.team_id})
        return settings_from_row(row)

    def update_settings(self, actor: str, **changes: Any) -> WorkspaceSettings:
        """Change settings by name (``time_zone``, ``language``, ``reminder_channel``,
        ``moved_to_partner_center``, ``posting_hour``); each is validated and the change audit-logged with
        its before and after values. An unknown name or a bad value raises ``invalid_setting``."""
        cleaned: dict[str, Any] = {}
        for setting, value in changes.items():
            check = SETTING_CHECKS.get(setting)
            if check is None:
                raise StorageError("invalid_setting", {"setting": setting})
            cleaned[setting] = check(value)
        with self._store._write() as db:
            row = db.execute(
                f"SELECT {WORKSPACE_COLUMNS} FROM workspaces WHERE team_id = ?", [self.team_id]
            ).fetchone()
            if row is None:
                raise StorageError("unknown_workspace", {"team_id": self.team_id})
            before = settings_from_row(row)
            changed = {k: v for k, v in cleaned.items() if getattr(before, k) != v}
            if changed:
                now = self._store._stamp()
                stored = {k: int(v) if isinstance(v, bool) else v for k, v in changed.items()}
                db["workspaces"].update(self.team_id, {**stored, "updated_at": now})
                audit(
                    db,
                    self.team_id,
                    now,
                    actor,
                    "settings_update",
                    "settings",
                    {k: getattr(before, k) for k in changed},
                    changed,
                )
        return replace(before, **changed)

    # -- offers ------------------------------------------------------------------------------------

    def offers(self) -> list[StoredOffer]:
        """All offers, by anniversary then name."""
        rows = (
            self._store._db()
            .execute(
                f"SELECT {_OFFER_COLUMNS} FROM offers WHERE team_id = ? ORDER BY anniversary, name_key, id",
                [self.team_id],
            )
            .fetchall()
        )
        return [_offer_from_row(r) for r in rows]

    def offer(self, offer_id: int) -> StoredOffer:
        return self._offer_by_id(self._store._db(), offer_id)

    def find_offer(self, name: str) -> StoredOffer:
        """The offer a person means by ``name``: equal ignoring case, accents, spacing, hyphens and a
        Gold/Silver prefix; else the only one whose normalised name starts with (or contains) what was typed
        (3+ characters). Otherwise ``offer_not_found`` with the closest name as ``suggestion`` (or None)."""
        if not isinstance(name, str):
            raise TypeError("find_offer takes a name")
        with self._store._read() as db:
            return self._find(db, name)

    def add_offer(self, name: str, kind: str | Kind, anniversary: date | str, *, actor: str) -> StoredOffer:
        """Add an offer; names are unique per workspace by their normalised form (``duplicate_name``)."""
        text, key = clean_name(name)
        clean = Offer(text, clean_kind(kind), clean_date(anniversary))
        with self._store._write() as db:
            self._require_workspace(db)
            existing = self._duplicate_of(db, key)
            if existing is not None:
                raise StorageError("duplicate_name", {"name": text, "existing": existing})
            now = self._store._stamp()
            offer_id = db.execute(
                "INSERT INTO offers (team_id, name, name_key, kind, anniversary, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [self.team_id, clean.name, key, clean.kind.value, clean.anniversary.isoformat(), now, now],
            ).lastrowid
            assert offer_id is not None
            self._set_reminders(db, offer_id, clean)
            stored = StoredOffer(
                offer_id, self.team_id, clean.name, clean.kind, clean.anniversary,
                datetime.fromisoformat(now), datetime.fromisoformat(now),
            )  # fmt: skip
            audit(db, self.team_id, now, actor, "offer_add", clean.name, None, _snapshot(stored))
        return stored

    def renew_offer(self, name_or_id: int | str, on: date, *, actor: str) -> StoredOffer:
        """Record a renewal made on ``on`` (the workspace's local date): the anniversary moves on 365 days
        (``rules.renew``), the renewal is kept in the history, and the new cycle gets its own reminders.

        Raises ``window_not_open`` / ``window_closed`` (``params["date"]``: ISO) as the rules decide.
        """
        on = clean_date(on)
        with self._store._write() as db:
            offer = self._resolve(db, name_or_id)
            try:
                renewed = renew(offer.to_offer(), on)
            except RenewalError as exc:
                raise StorageError(exc.code, {"name": offer.name, "date": exc.date.isoformat()}) from exc
            now = self._store._stamp()
            db.execute(
                "UPDATE offers SET anniversary = ?, updated_at = ? WHERE team_id = ? AND id = ?",
                [renewed.anniversary.isoformat(), now, self.team_id, offer.id],
            )
            db["renewals"].insert(
                {
                    "team_id": self.team_id,
                    "offer_id": offer.id,
                    "old_anniversary": offer.anniversary.isoformat(),
                    "new_anniversary": renewed.anniversary.isoformat(),
                    "renewed_on": on.isoformat(),
                    "actor": actor,
                    "recorded_at": now,
                }
            )
            self._set_reminders(db, offer.id, renewed)
            result = replace(offer, anniversary=renewed.anniversary, updated_at=datetime.fromisoformat(now))
            audit(
                db,
                self.team_id,
                now,
                actor,
                "offer_renew",
                offer.name,
                {"anniversary": offer.anniversary.isoformat()},
                {"anniversary": renewed.anniversary.isoformat(), "renewed_on": on.isoformat()},
            )
        return result

    def renewal_history(self, name_or_id: int | str) -> list[RenewalRecord]:
        """The offer's renewals, oldest first."""
        with self._store._read() as db:
            offer = self._resolve(db, name_or_id)
            rows = db.execute(
                "SELECT offer_id, old_anniversary, new_anniversary, renewed_on, actor, recorded_at "
                "FROM renewals WHERE team_id = ? AND offer_id = ? ORDER BY id",
                [self.team_id, offer.id],
            ).fetchall()
        return [
            RenewalRecord(
                offer_id=r[0],
                old_anniversary=date.fromisoformat(r[1]),
                new_anniversary=date.fromisoformat(r[2]),
                renewed_on=date.fromisoformat(r[3]),
                actor=r[4],
                recorded_at=datetime.fromisoformat(r[5]),
            )
            for r in rows
        ]

    def update_offer(
        self,
        name_or_id: int | str,
        *,
        actor: str,
        anniversary: date | str | None = None,
        kind: str | Kind | None = None,
        new_name: str | None = None,
    ) -> StoredOffer:
        """Correct a record (a typo'd name, a wrong date or kind). Not a renewal: no history row. Changing
        the anniversary re-dates the reminders; reminders already sent for the old date stay in the ledger."""
        name_key = clean_name(new_name) if new_name is not None else None
        new_kind = clean_kind(kind) if kind is not None else None
        new_date = clean_date(anniversary) if anniversary is not None else None
        with self._store._write() as db:
            offer = self._resolve(db, name_or_id)
            updated = offer
            if name_key is not None:
                text, key = name_key
                existing = self._duplicate_of(db, key, exclude_id=offer.id)
                if existing is not None:
                    raise StorageError("duplicate_name", {"name": text, "existing": existing})
                updated = replace(updated, name=text)
            if new_kind is not None:
                updated = replace(updated, kind=new_kind)
            if new_date is not None:
                updated = replace(updated, anniversary=new_date)
            if updated == offer:
                return offer
            now = self._store._stamp()
            updated = replace(updated, updated_at=datetime.fromisoformat(now))
            db.execute(
                "UPDATE offers SET name = ?, name_key = ?, kind = ?, anniversary = ?, updated_at = ? "
                "WHERE team_id = ? AND id = ?",
                [
                    updated.name,
                    normalize_name(updated.name),
                    updated.kind.value,
                    updated.anniversary.isoformat(),
                    now,
                    self.team_id,
                    offer.id,
                ],
            )
            self._set_reminders(db, offer.id, updated.to_offer())
            before, after = _snapshot(offer), _snapshot(updated)
            changed = [k for k in before if before[k] != after[k]]
            audit(
                db,
                self.team_id,
                now,
                actor,
                "offer_update",
                offer.name,
                {k: before[k] for k in changed},
                {k: after[k] for k in changed},
            )
        return updated

    def remove_offer(self, name_or_id: int | str, *, actor: str) -> StoredOffer:
        """Delete an offer with its history, reminder dates and ledger rows; returns what was removed."""
        with self._store._write() as db:
            offer = self._resolve(db, name_or_id)
            for table in ("reminder_ledger", "offer_reminders", "renewals"):
                db.execute(
                    f"DELETE FROM {table} WHERE team_id = ? AND offer_id = ?", [self.team_id, offer.id]
                )
            db.execute("DELETE FROM offers WHERE team_id = ? AND id = ?", [self.team_id, offer.id])
            audit(
                db,
                self.team_id,
                self._store._stamp(),
                actor,
                "offer_remove",
                offer.name,
                _snapshot(offer),
                None,
            )
        return offer

    # -- admins ------------------------------------------------------------------------------------

    def admins(self) -> list[str]:
        rows = (
            self._store._db()
            .execute(
                "SELECT user_id FROM admins WHERE team_id = ? ORDER BY added_at, user_id", [self.team_id]
            )
            .fetchall()
        )
        return [r[0] for r in rows]

    def is_admin(self, user_id: str) -> bool:
        row = (
            self._store._db()
            .execute("SELECT 1 FROM admins WHERE team_id = ? AND user_id = ?", [self.team_id, user_id])
            .fetchone()
        )
        return row is not None

    def add_admin(self, user_id: str, *, actor: str) -> bool:
        """Make ``user_id`` an MPN partner admin; False if they already were."""
        _check_user_id(user_id)
        with self._store._write() as db:
            self._require_workspace(db)
            now = self._store._stamp()
            added = db.execute(
                "INSERT OR IGNORE INTO admins (team_id, user_id, added_by, added_at) VALUES (?, ?, ?, ?)",
                [self.team_id, user_id, actor, now],
            ).rowcount
            if added:
                audit(db, self.team_id, now, actor, "admin_add", user_id, None, {"admin": True})
        return bool(added)

    def remove_admin(self, user_id: str, *, actor: str) -> bool:
        """Revoke ``user_id``'s admin role; False if they were not an admin."""
        with self._store._write() as db:
            removed = db.execute(
                "DELETE FROM admins WHERE team_id = ? AND user_id = ?", [self.team_id, user_id]
            ).rowcount
            if removed:
                audit(
                    db,
                    self.team_id,
                    self._store._stamp(),
                    actor,
                    "admin_remove",
                    user_id,
                    {"admin": True},
                    None,
                )
        return bool(removed)

    # -- audit log ---------------------------------------------------------------------------------

    def audit_log(self, limit: int = 50) -> list[AuditEntry]:
        """The latest ``limit`` changes, newest first."""
        rows = (
            self._store._db()
            .execute(
                "SELECT at, actor, action, target, before, after FROM audit_log WHERE team_id = ? "
                "ORDER BY id DESC LIMIT ?",
                [self.team_id, int(limit)],
            )
            .fetchall()
        )
        return [
            AuditEntry(
                at=datetime.fromisoformat(r[0]),
                actor=r[1],
                action=r[2],
                target=r[3],
                before=None if r[4] is None else json.loads(r[4]),
                after=None if r[5] is None else json.loads(r[5]),
            )
            for r in rows
        ]

    # -- CSV ---------------------------------------------------------------------------------------

    def export_csv(self) -> str:
        """``name,kind,anniversary`` with one row per offer, in ``offers()`` order; ``import_csv`` reads it."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_HEADER)
        for offer in self.offers():
            writer.writerow((offer.name, offer.kind.value, offer.anniversary.isoformat()))
        return out.getvalue()

    def import_csv(self, text: str, *, actor: str) -> ImportReport:
        """Add every row of a ``name,kind,anniversary`` CSV (columns in any order), all or nothing.

        Every row is checked first (name, kind, date, duplicates within the file and against existing
        offers); any error means nothing is written and ``report.errors`` lists ``(line_no, code, params)``.
        Otherwise all rows are added in one transaction and ``report.added`` is their number.
        """
        report = ImportReport()
        parsed = self._parse_csv(text, report)
        with self._store._write() as db:
            self._require_workspace(db)
            existing = dict(
                db.execute("SELECT name_key, name FROM offers WHERE team_id = ?", [self.team_id]).fetchall()
            )
            for line_no, offer, key in parsed:
                if key in existing:
                    report.errors.append(
                        (line_no, "duplicate_name", {"name": offer.name, "existing": existing[key]})
                    )
            if report.errors:
                report.errors.sort(key=lambda e: e[0])
                return report
            now = self._store._stamp()
            reminders: list[dict[str, Any]] = []
            audits: list[dict[str, Any]] = []
            for _line_no, offer, key in parsed:
                offer_id = db.execute(
                    "INSERT INTO offers (team_id, name, name_key, kind, anniversary, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        self.team_id,
                        offer.name,
                        key,
                        offer.kind.value,
                        offer.anniversary.isoformat(),
                        now,
                        now,
                    ],
                ).lastrowid
                assert offer_id is not None
                reminders.extend(reminder_rows(offer_id, self.team_id, offer))
                snapshot = {
                    "name": offer.name,
                    "kind": offer.kind.value,
                    "anniversary": offer.anniversary.isoformat(),
                }
                audits.append(audit_row(self.team_id, now, actor, "offer_import", offer.name, None, snapshot))
            db["offer_reminders"].insert_all(reminders)
            db["audit_log"].insert_all(audits)
            report.added = len(parsed)
        return report

    def _parse_csv(self, text: str, report: ImportReport) -> list[tuple[int, Offer, str]]:
        """Rows that passed every per-row check; errors go into ``report``."""
        reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
        parsed: list[tuple[int, Offer, str]] = []
        try:
            header = next(reader, None)
            columns = [h.strip().casefold() for h in header] if header is not None else []
            if sorted(columns) != sorted(CSV_HEADER):
                report.errors.append(
                    (1, "csv_bad_header", {"header": header or [], "expected": list(CSV_HEADER)})
                )
                return parsed
            at = {column: columns.index(column) for column in CSV_HEADER}
            first_line: dict[str, tuple[int, str]] = {}
            for row in reader:
                line_no = reader.line_num
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) != len(CSV_HEADER):
                    report.errors.append(
                        (line_no, "csv_bad_row", {"fields": len(row), "expected": len(CSV_HEADER)})
                    )
                    continue
                values: dict[str, Any] = {}
                for column, check in (
                    ("name", clean_name),
                    ("kind", clean_kind),
                    ("anniversary", clean_date),
                ):
                    try:
                        values[column] = check(row[at[column]])
                    except StorageError as exc:
                        report.errors.append((line_no, exc.code, exc.params))
                if len(values) != len(CSV_HEADER):
                    continue
                text_name, key = values["name"]
                if key in first_line:
                    first_no, first_name = first_line[key]
                    report.errors.append(
                        (
                            line_no,
                            "duplicate_name",
                            {"name": text_name, "existing": first_name, "line": first_no},
                        )
                    )
                    continue
                first_line[key] = (line_no, text_name)
                parsed.append((line_no, Offer(text_name, values["kind"], values["anniversary"]), key))
        except csv.Error as exc:
            report.errors.append((reader.line_num, "csv_bad_row", {"error": str(exc)}))
        return parsed

    # -- the reminder ledger -----------------------------------------------------------------------

    def _ledger_key(self, db: Database, offer_id: int, anniversary: date | str, kind: Any) -> list[Any]:
        day = clean_date(anniversary)
        reminder = clean_reminder_kind(kind)
        self._offer_by_id(db, offer_id)  # this workspace's offer, or offer_not_found
        return [offer_id, day.isoformat(), reminder.value, self.team_id]

    def claim_reminder(
        self,
        offer_id: int,
        anniversary: date,
        kind: str | ReminderKind,
        *,
        lease_seconds: int,
        claimer: str,
    ) -> bool:
        """Claim the right to post one reminder, before posting it.

        True when the caller now holds the claim: the reminder had no ledger row, or its last claim's lease
        ran out unconfirmed, or its last attempt failed. False when it was sent or skipped, or another
        claimer holds a live lease. One ``INSERT ... ON CONFLICT DO UPDATE ... WHERE`` inside ``BEGIN
        IMMEDIATE``: two threads or processes can never both get True.
        """
        if isinstance(lease_seconds, bool) or not isinstance(lease_seconds, int) or lease_seconds <= 0:
            raise ValueError("lease_seconds must be a positive int")
        with self._store._write() as db:
            key = self._ledger_key(db, offer_id, anniversary, kind)
            now = self._store._now()
            stamp, until = self._store._stamp(now), self._store._stamp(now + timedelta(seconds=lease_seconds))
            claimed = db.execute(CLAIM_SQL, [*key, claimer, until, stamp]).rowcount
        return claimed == 1

    def confirm_reminder(
        self, offer_id: int, anniversary: date, kind: str | ReminderKind, *, channel: str, ts: str
    ) -> None:
        """Mark the reminder sent (status 'sent', with the message's channel and ts). Idempotent."""
        with self._store._write() as db:
            key = self._ledger_key(db, offer_id, anniversary, kind)
            db.execute(CONFIRM_SQL, [*key, channel, ts, self._store._stamp()])

    def fail_reminder(
        self, offer_id: int, anniversary: date, kind: str | ReminderKind, *, error: str
    ) -> None:
        """Record a failed attempt (status 'failed', error text kept, attempts kept): the reminder stays due
        and the next sweep may claim it again. Never overrides 'sent' or 'skipped'."""
        with self._store._write() as db:
            key = self._ledger_key(db, offer_id, anniversary, kind)
            db.execute(
                """
                INSERT INTO reminder_ledger
                    (offer_id, anniversary, kind, team_id, status, attempts, last_error, updated_at)
                VALUES (?, ?, ?, ?, 'failed', 1, ?, ?)
                ON CONFLICT (offer_id, anniversary, kind) DO UPDATE SET
                    status = 'failed', last_error = excluded.last_error, lease_until = NULL,
                    updated_at = excluded.updated_at
                WHERE reminder_ledger.status NOT IN ('sent', 'skipped')
                """,
                [*key, str(error)[:MAX_ERROR_TEXT], self._store._stamp()],
            )

    def skip_reminder(
        self, offer_id: int, anniversary: date, kind: str | ReminderKind, *, reason: str
    ) -> None:
        """Mark the reminder skipped (stale, or not to be sent): it is never sent. Never overrides 'sent'."""
        with self._store._write() as db:
            key = self._ledger_key(db, offer_id, anniversary, kind)
            db.execute(
                """
                INSERT INTO reminder_ledger
                    (offer_id, anniversary, kind, team_id, status, attempts, reason, updated_at)
                VALUES (?, ?, ?, ?, 'skipped', 0, ?, ?)
                ON CONFLICT (offer_id, anniversary, kind) DO UPDATE SET
                    status = 'skipped', reason = excluded.reason, lease_until = NULL,
                    updated_at = excluded.updated_at
                WHERE reminder_ledger.status <> 'sent'
                """,
                [*key, str(reason)[:MAX_ERROR_TEXT], self._store._stamp()],
            )

    def ledger(self, offer_id: int | None = None) -> list[LedgerEntry]:
        """This workspace's ledger rows (or one offer's), by offer, anniversary and kind."""
        sql = f"SELECT {_LEDGER_COLUMNS} FROM reminder_ledger WHERE team_id = ?"
        params: list[Any] = [self.team_id]
        if offer_id is not None:
            sql += " AND offer_id = ?"
            params.append(offer_id)
        rows = self._store._db().execute(sql + " ORDER BY offer_id, anniversary, kind", params).fetchall()
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


def _check_user_id(user_id: object) -> None:
    if not isinstance(user_id, str) or not user_id.strip():
        raise ValueError("user_id must be a non-empty str")
