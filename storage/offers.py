"""Offers: one workspace's competencies and specializations, their renewals, and the reminder dates each
current cycle gets.

Every statement carries ``team_id = ?``, so a handle for one team cannot see or touch another team's offers,
whatever id or name it is given. Other aggregates that key rows by offer (the ledger, the CSV import) check
an id through ``offer_by_id`` for the same reason.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from rules import Kind, Offer, RenewalError, loose_key, normalize_name, renew, same_offer_name
from storage.audit import audit
from storage.db import Connections
from storage.due import date_reminders
from storage.errors import StorageError
from storage.models import RenewalRecord, StoredOffer
from storage.rows import KINDS, reminder_rows, require_workspace
from storage.validation import clean_date, clean_kind, clean_name

#: Shortest typed name that may match a stored one by prefix or substring (shorter must match exactly).
MIN_PARTIAL_MATCH = 3

OFFER_COLUMNS = "id, team_id, name, kind, anniversary, created_at, updated_at"
#: The rows that belong to an offer and go (and come back) with it.
_CHILD_TABLES = ("renewals", "offer_reminders", "reminder_ledger")


def offer_from_row(row: tuple[Any, ...]) -> StoredOffer:
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


SQLITE_INTEGERS = range(-(2**63), 2**63)  # what an INTEGER column holds; any other id is no row


def offer_by_id(db: Database, team_id: str, offer_id: int) -> StoredOffer:
    """The team's offer with this id, or ``offer_not_found`` (also for another team's id, and for a
    forged id SQLite cannot even hold)."""
    if offer_id not in SQLITE_INTEGERS:
        raise _not_found(offer_id, id=offer_id)
    row = db.execute(
        f"SELECT {OFFER_COLUMNS} FROM offers WHERE team_id = ? AND id = ?", [team_id, offer_id]
    ).fetchone()
    if row is None:
        raise _not_found(offer_id, id=offer_id)
    return offer_from_row(row)


def set_reminders(db: Database, team_id: str, offer_id: int, offer: Offer, now: str) -> None:
    """Replace the offer's reminder-index rows with its current cycle's (the sweep scans only these), each
    stamped with when its dates were recorded (``now``, or the old stamp when a change left its dates as
    they were: a rename does not make a missed reminder look new) and its exact ``due_at``."""
    kept = {
        (kind, anniversary, due_on): dated_at
        for kind, anniversary, due_on, dated_at in db.execute(
            "SELECT kind, anniversary, due_on, dated_at FROM offer_reminders WHERE offer_id = ?", [offer_id]
        ).fetchall()
    }
    db.execute("DELETE FROM offer_reminders WHERE offer_id = ?", [offer_id])
    rows = reminder_rows(offer_id, team_id, offer)
    for row in rows:
        row["dated_at"] = kept.get((row["kind"], row["anniversary"], row["due_on"])) or now
    db.table("offer_reminders").insert_all(rows)
    date_reminders(db, team_id, [offer_id])


def _carry_over_sent(db: Database, team_id: str, offer_id: int, key: str, anniversary: str, now: str) -> None:
    """An offer removed and added again (same name, same anniversary) keeps what already went out in that
    cycle: the removed offer's 'sent' ledger rows of this anniversary (kept in the removal's audit entry)
    are recorded for the new offer too, so its reminders are not posted a second time."""
    found: dict[str, dict[str, Any]] = {}
    for (before,) in db.execute(
        "SELECT before FROM audit_log WHERE team_id = ? AND action = 'offer_remove' "
        "AND json_extract(before, '$.anniversary') = ? ORDER BY id DESC",
        [team_id, anniversary],
    ).fetchall():
        removed = json.loads(before)
        if normalize_name(str(removed.get("name", ""))) != key:
            continue
        for row in (removed.get("_rows") or {}).get("reminder_ledger") or []:
            if row.get("status") == "sent" and row.get("anniversary") == anniversary:
                found.setdefault(row["kind"], row)
    for kind, row in found.items():
        db.execute(
            "INSERT OR IGNORE INTO reminder_ledger (offer_id, anniversary, kind, team_id, status, attempts, "
            "channel, ts, reason, updated_at) VALUES (?, ?, ?, ?, 'sent', ?, ?, ?, ?, ?)",
            [offer_id, anniversary, kind, team_id, row.get("attempts") or 1, row.get("channel"),
             row.get("ts"), "sent before the offer was removed and added again", now],
        )  # fmt: skip


def delete_offer_rows(db: Database, team_id: str, offer_id: int) -> dict[str, list[dict[str, Any]]]:
    """Delete an offer and every row that belongs to it, inside the caller's transaction; returns the
    deleted rows by table, the before-image an undo needs (``Offers.restore_removed``)."""
    kept: dict[str, list[dict[str, Any]]] = {}
    for table in (*_CHILD_TABLES, "offers"):
        column = "id" if table == "offers" else "offer_id"
        cursor = db.execute(f"SELECT * FROM {table} WHERE team_id = ? AND {column} = ?", [team_id, offer_id])
        names = [d[0] for d in cursor.description]
        kept[table] = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    for table in _CHILD_TABLES:
        db.execute(f"DELETE FROM {table} WHERE team_id = ? AND offer_id = ?", [team_id, offer_id])
    db.execute("DELETE FROM offers WHERE team_id = ? AND id = ?", [team_id, offer_id])
    return kept


class Offers:
    """One workspace's offers."""

    def __init__(self, connections: Connections, team_id: str) -> None:
        self._db = connections
        self.team_id = team_id

    # -- helpers -----------------------------------------------------------------------------------

    def _resolve(self, db: Database, name_or_id: int | str) -> StoredOffer:
        if isinstance(name_or_id, int) and not isinstance(name_or_id, bool):
            return offer_by_id(db, self.team_id, name_or_id)
        if isinstance(name_or_id, str):
            return self._find(db, name_or_id)
        raise TypeError(f"expected an offer id or name, not {type(name_or_id).__name__}")

    def _find(self, db: Database, name: str) -> StoredOffer:
        key = normalize_name(name)
        if not key:
            raise _not_found(name)
        exact = db.execute(
            f"SELECT {OFFER_COLUMNS} FROM offers WHERE team_id = ? AND name_key = ?", [self.team_id, key]
        ).fetchone()
        if exact is not None:
            return offer_from_row(exact)
        rows = db.execute(
            f"SELECT {OFFER_COLUMNS}, name_key FROM offers WHERE team_id = ? ORDER BY name_key",
            [self.team_id],
        ).fetchall()
        same = [r for r in rows if loose_key(r[2]) == loose_key(name)]
        if len(same) == 1:  # "CloudPlatform", "Cloud Platform (Gold)", a zero-width space, an emoji
            return offer_from_row(same[0])
        if len(key) >= MIN_PARTIAL_MATCH:
            for matches in (
                [r for r in rows if r[7].startswith(key)],
                [r for r in rows if key in r[7]],
            ):
                if len(matches) == 1:
                    return offer_from_row(matches[0])
                if len(matches) > 1:
                    keys = [r[7] for r in matches]
                    best = difflib.get_close_matches(key, keys, n=1, cutoff=0.0)
                    suggestion = next(r[2] for r in matches if r[7] == best[0]) if best else matches[0][2]
                    raise _not_found(name, suggestion, candidates=[r[2] for r in matches])
        best = difflib.get_close_matches(key, [r[7] for r in rows], n=1, cutoff=0.6)
        suggestion = next((r[2] for r in rows if best and r[7] == best[0]), None)
        raise _not_found(name, suggestion)

    def _duplicate_of(self, db: Database, name: str, exclude_id: int | None = None) -> StorageError | None:
        """The ``duplicate_name`` refusal when ``name`` is an existing offer's name typed again, naming
        that offer and why they count as one (``rules.same_offer_name``: case, spacing and joined words,
        invisible characters and emoji, a Gold/Silver level); else None. A workspace tracks tens of offers,
        so comparing in Python costs nothing and keeps the stored ``name_key`` as it was."""
        rows = db.execute(
            "SELECT name FROM offers WHERE team_id = ? AND id IS NOT ? ORDER BY id",
            [self.team_id, exclude_id],
        ).fetchall()
        for (existing,) in rows:
            why = same_offer_name(name, existing)
            if why is not None:
                return StorageError("duplicate_name", {"name": name, "existing": existing, "why": why.value})
        return None

    def offers(self) -> list[StoredOffer]:
        """All offers, by anniversary then name. Read by every status reply: remembered until the database
        changes (``Connections.cached``; one statement instead of one per row)."""
        return list(self._db.cached(("offers", self.team_id), self._read_offers))

    def _read_offers(self, db: Database) -> tuple[StoredOffer, ...]:
        rows = db.execute(
            f"SELECT {OFFER_COLUMNS} FROM offers WHERE team_id = ? ORDER BY anniversary, name_key, id",
            [self.team_id],
        ).fetchall()
        return tuple(offer_from_row(r) for r in rows)

    def offer(self, offer_id: int) -> StoredOffer:
        return offer_by_id(self._db.connection(), self.team_id, offer_id)

    def find_offer(self, name: str) -> StoredOffer:
        """The offer a person means by ``name``: equal ignoring case, accents, spacing, hyphens and a
        Gold/Silver prefix; else the only one whose normalised name starts with (or contains) what was typed
        (3+ characters). Otherwise ``offer_not_found`` with the closest name as ``suggestion`` (or None)."""
        if not isinstance(name, str):
            raise TypeError("find_offer takes a name")
        with self._db.read() as db:
            return self._find(db, name)

    def add_offer(self, name: str, kind: str | Kind, anniversary: date | str, *, actor: str) -> StoredOffer:
        """Add an offer; names are unique per workspace by their normalised form (``duplicate_name``)."""
        text, key = clean_name(name)
        clean = Offer(text, clean_kind(kind), clean_date(anniversary))
        with self._db.write() as db:
            require_workspace(db, self.team_id)
            duplicate = self._duplicate_of(db, text)
            if duplicate is not None:
                raise duplicate
            now = self._db.stamp()
            offer_id = db.execute(
                "INSERT INTO offers (team_id, name, name_key, kind, anniversary, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [self.team_id, clean.name, key, clean.kind.value, clean.anniversary.isoformat(), now, now],
            ).lastrowid
            assert offer_id is not None
            set_reminders(db, self.team_id, offer_id, clean, now)
            _carry_over_sent(db, self.team_id, offer_id, key, clean.anniversary.isoformat(), now)
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
        with self._db.write() as db:
            offer = self._resolve(db, name_or_id)
            try:
                renewed = renew(offer.to_offer(), on)
            except RenewalError as exc:
                raise StorageError(exc.code, {"name": offer.name, "date": exc.date.isoformat()}) from exc
            now = self._db.stamp()
            db.execute(
                "UPDATE offers SET anniversary = ?, updated_at = ? WHERE team_id = ? AND id = ?",
                [renewed.anniversary.isoformat(), now, self.team_id, offer.id],
            )
            db.table("renewals").insert(
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
            set_reminders(db, self.team_id, offer.id, renewed, now)
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
        with self._db.read() as db:
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
        with self._db.write() as db:
            offer = self._resolve(db, name_or_id)
            updated = offer
            if name_key is not None:
                text, key = name_key
                duplicate = self._duplicate_of(db, text, exclude_id=offer.id)
                if duplicate is not None:
                    raise duplicate
                updated = replace(updated, name=text)
            if new_kind is not None:
                updated = replace(updated, kind=new_kind)
            if new_date is not None:
                updated = replace(updated, anniversary=new_date)
            if updated == offer:
                return offer
            now = self._db.stamp()
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
            set_reminders(db, self.team_id, offer.id, updated.to_offer(), now)
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
        """Delete an offer with its history, reminder dates and ledger rows; returns what was removed.

        The audit entry's before-image keeps every deleted row (under ``_rows``), so ``restore_removed``
        can undo the removal exactly: the ledger comes back too, so nothing already posted is posted again.
        """
        with self._db.write() as db:
            offer = self._resolve(db, name_or_id)
            kept = delete_offer_rows(db, self.team_id, offer.id)
            audit(
                db,
                self.team_id,
                self._db.stamp(),
                actor,
                "offer_remove",
                offer.name,
                {**_snapshot(offer), "_id": offer.id, "_rows": kept},
                None,
            )
        return offer

    def removal_of(self, offer_id: int | None = None) -> int | None:
        """The audit id of the latest removal of offer ``offer_id`` (the token an Undo button carries), or
        with no ``offer_id`` of any offer of the workspace (``/mpn undo``)."""
        which, params = (
            ("", []) if offer_id is None else ("AND json_extract(before, '$._id') = ? ", [int(offer_id)])
        )
        row = (
            self._db.connection()
            .execute(
                "SELECT id FROM audit_log WHERE team_id = ? AND action = 'offer_remove' "
                f"{which}ORDER BY id DESC LIMIT 1",
                [self.team_id, *params],
            )
            .fetchone()
        )
        return None if row is None else int(row[0])

    def restore_removed(self, removal_id: int, *, actor: str, within: timedelta) -> StoredOffer:
        """Undo the removal recorded as audit entry ``removal_id``: the offer, its renewals, reminder dates
        and ledger rows come back as they were (under a new id if the old one was reused).

        Refused as ``undo_expired`` after ``within``, ``undo_done`` when it was already undone,
        ``undo_unknown`` for an id that is no removal of this workspace, and ``duplicate_name`` when an
        offer of the same name was added meanwhile.
        """
        if int(removal_id) not in SQLITE_INTEGERS:  # a forged Undo value: no removal has that id
            raise StorageError("undo_unknown", {"id": removal_id})
        with self._db.write() as db:
            row = db.execute(
                "SELECT at, before FROM audit_log WHERE team_id = ? AND id = ? AND action = 'offer_remove'",
                [self.team_id, int(removal_id)],
            ).fetchone()
            if row is None:
                raise StorageError("undo_unknown", {"id": removal_id})
            before = json.loads(row[1])
            if self._db.now() - datetime.fromisoformat(row[0]) > within:
                raise StorageError("undo_expired", {"name": before["name"]})
            done = db.execute(
                "SELECT 1 FROM audit_log WHERE team_id = ? AND action = 'offer_restore' "
                "AND json_extract(after, '$.undoes') = ?",
                [self.team_id, int(removal_id)],
            ).fetchone()
            if done is not None:
                raise StorageError("undo_done", {"name": before["name"]})
            rows = before.get("_rows") or {}
            [offer_row] = rows.get("offers") or [None]
            if offer_row is None:
                raise StorageError("undo_unknown", {"id": removal_id})
            duplicate = self._duplicate_of(db, offer_row["name"])
            if duplicate is not None:
                raise duplicate
            taken = db.execute("SELECT 1 FROM offers WHERE id = ?", [offer_row["id"]]).fetchone()
            old_id = offer_row["id"]
            fresh = {k: v for k, v in offer_row.items() if k != "id"} if taken else offer_row
            new_id = db.table("offers").insert(fresh).last_pk
            assert isinstance(new_id, int)
            for table in _CHILD_TABLES:
                for child in rows.get(table) or []:
                    restored = {k: v for k, v in child.items() if k != "id"}
                    restored["offer_id"] = new_id
                    db.table(table).insert(restored)
            date_reminders(db, self.team_id, [new_id])  # the time zone or posting hour may have changed
            offer = offer_by_id(db, self.team_id, new_id)
            audit(
                db,
                self.team_id,
                self._db.stamp(),
                actor,
                "offer_restore",
                offer.name,
                None,
                {**_snapshot(offer), "undoes": int(removal_id), "old_id": old_id},
            )
        return offer
