"""CSV import and export of one workspace's offers: a backup people can read and a way to bring many offers
in at once. An import is all or nothing, so a file with one bad row never leaves half its offers behind.

``import_offers`` is the one write path: it takes typed rows (the bot reads spreadsheets as people and Excel
write them, ``bot.language.spreadsheet``) and checks them again itself. ``import_csv`` reads the strict
format ``export_csv`` writes (English header, ISO dates, the stored kind values) into the same rows.

Cells a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or CR) are exported
with a leading ``'`` (OWASP, "CSV Injection"), which every import strips again (``restore_cell``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import Any, Literal

from sqlite_utils import Database

from rules import Offer
from storage.audit import audit_row
from storage.db import Connections
from storage.due import date_reminders
from storage.errors import StorageError
from storage.models import IMPORT_MODES, ImportChange, ImportMode, ImportReport, ImportRow, StoredOffer
from storage.offers import OFFER_COLUMNS, Offers, delete_offer_rows, offer_from_row, set_reminders
from storage.rows import reminder_rows, require_workspace
from storage.validation import clean_date, clean_kind, clean_name

CSV_HEADER = ("name", "kind", "anniversary")

#: What makes Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP's list).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# A cell the export guarded: one added quote before a trigger (quotes already there are doubled up by one,
# so a name that really starts with ``'=`` comes back as it was).
_GUARDED = re.compile(r"'+[=+\-@\t\r]")
_NEEDS_GUARD = re.compile(r"'*[=+\-@\t\r]")


def neutralise_cell(value: str) -> str:
    """``value`` as a spreadsheet shows it as text: a ``'`` in front of a formula trigger."""
    return "'" + value if _NEEDS_GUARD.match(value) else value


def restore_cell(value: str) -> str:
    """Undo ``neutralise_cell``: ``'=x`` is ``=x`` again; an ordinary apostrophe (``'s-Hertogenbosch``) stays."""
    return value[1:] if _GUARDED.match(value) else value


def _snapshot(offer: Offer) -> dict[str, Any]:
    return {"name": offer.name, "kind": offer.kind.value, "anniversary": offer.anniversary.isoformat()}


class OfferCsv:
    """One workspace's offers as CSV, and imports of many offers at once."""

    def __init__(self, connections: Connections, offers: Offers) -> None:
        self._db = connections
        self._offers = offers
        self.team_id = offers.team_id

    def export_csv(self) -> str:
        """``name,kind,anniversary`` with one row per offer, in ``offers()`` order, formulas neutralised;
        ``import_csv`` reads it."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_HEADER)
        for offer in self._offers.offers():
            writer.writerow(
                neutralise_cell(cell)
                for cell in (offer.name, offer.kind.value, offer.anniversary.isoformat())
            )
        return out.getvalue()

    def import_csv(self, text: str, *, actor: str, mode: ImportMode = "add") -> ImportReport:
        """Import a ``name,kind,anniversary`` CSV (columns in any order) as ``import_offers`` does.

        This is the strict format of ``export_csv``: every problem of a line (name, kind, date, cell count)
        and every duplicate is reported as ``(line_no, code, params)``, and then nothing is written.
        """
        rows, errors = self._parse_csv(text)
        return self.import_offers(rows, actor=actor, mode=mode, errors=errors)

    def import_offers(
        self,
        rows: Iterable[ImportRow],
        *,
        actor: str,
        mode: ImportMode = "add",
        dry_run: bool = False,
        errors: Sequence[tuple[int, str, dict[str, Any]]] = (),
    ) -> ImportReport:
        """Import typed rows, all or nothing, in one transaction.

        Every row is checked again here (name, kind, date; a name twice in the rows, ``duplicate_name`` with
        ``line``) and matched to the stored offers by normalised name (case, spacing, a Gold/Silver prefix: the stored
        spelling is kept, so a row differing only there is ``unchanged``). ``mode``:

        - ``add``: new names are added; a row equal to its stored offer is ``unchanged``; a row that would
          change one is refused (``duplicate_name`` with the stored ``existing_kind`` and
          ``existing_anniversary``: the caller should offer ``merge``).
        - ``merge``: as ``add``, but changed rows update their offer's kind and anniversary (not a renewal:
          no history row; the reminders follow the new date).
        - ``replace``: as ``merge``, and every stored offer the rows do not name is removed with its
          history, reminder dates and ledger rows: the rows become the list.

        ``errors`` are problems found before the rows got here (a reader's, per line); with any error, from
        there or from here, nothing is written, ``changes`` is empty and ``errors`` is sorted by line.
        ``dry_run`` reports the changes without writing them. Every change is audited (``offer_import``,
        ``offer_import_update``, ``offer_import_remove``). Raises ``unknown_workspace``.
        """
        if mode not in IMPORT_MODES:
            raise ValueError(f"mode must be one of {IMPORT_MODES}, not {mode!r}")
        report = ImportReport(mode=mode, errors=list(errors))
        checked = self._check_rows(rows, report)
        with self._db.read() if dry_run else self._db.write() as db:
            require_workspace(db, self.team_id)
            stored = {
                row[7]: offer_from_row(row)
                for row in db.execute(
                    f"SELECT {OFFER_COLUMNS}, name_key FROM offers WHERE team_id = ?", [self.team_id]
                ).fetchall()
            }
            targets: dict[int, tuple[StoredOffer | None, str]] = {}  # change index -> (stored, key)
            for line, row_offer, key in checked:
                before = stored.get(key)
                offer = row_offer
                if before is not None:  # matched by normalised name: the stored spelling stays
                    offer = Offer(before.name, row_offer.kind, row_offer.anniversary)
                action: Literal["added", "updated", "unchanged"]
                if before is None:
                    action = "added"
                elif before.to_offer() == offer:
                    action = "unchanged"
                elif mode == "add":
                    report.errors.append(
                        (
                            line,
                            "duplicate_name",
                            {
                                "name": row_offer.name,
                                "existing": before.name,
                                "existing_kind": before.kind.value,
                                "existing_anniversary": before.anniversary.isoformat(),
                            },
                        )
                    )
                    continue
                else:
                    action = "updated"
                targets[len(report.changes)] = (before, key)
                was = None if before is None else before.to_offer()
                report.changes.append(ImportChange(line, action, offer.name, was, offer))
            if mode == "replace":
                named = {key for _, _, key in checked}
                for key, before in sorted(stored.items()):
                    if key not in named:
                        targets[len(report.changes)] = (before, key)
                        report.changes.append(
                            ImportChange(None, "removed", before.name, before.to_offer(), None)
                        )
            if report.errors:
                report.errors.sort(key=lambda e: e[0])
                report.changes = []
                return report
            if dry_run:
                return report
            self._write(db, report.changes, targets, actor)
            report.written = True
        return report

    def _check_rows(self, rows: Iterable[ImportRow], report: ImportReport) -> list[tuple[int, Offer, str]]:
        """The rows that pass storage's own checks, as ``(line, clean offer, name key)``; errors go to ``report``."""
        checked: list[tuple[int, Offer, str]] = []
        first_line: dict[str, tuple[int, str]] = {}
        for row in rows:
            values: dict[str, Any] = {}
            for column, check, value in (
                ("name", clean_name, row.name),
                ("kind", clean_kind, row.kind),
                ("anniversary", clean_date, row.anniversary),
            ):
                try:
                    values[column] = check(value)
                except StorageError as exc:
                    report.errors.append((row.line, exc.code, exc.params))
            if len(values) != len(CSV_HEADER):
                continue
            text, key = values["name"]
            if key in first_line:
                first_no, first_name = first_line[key]
                report.errors.append(
                    (row.line, "duplicate_name", {"name": text, "existing": first_name, "line": first_no})
                )
                continue
            first_line[key] = (row.line, text)
            checked.append((row.line, Offer(text, values["kind"], values["anniversary"]), key))
        return checked

    def _write(
        self,
        db: Database,
        changes: list[ImportChange],
        targets: dict[int, tuple[StoredOffer | None, str]],
        actor: str,
    ) -> None:
        now = self._db.stamp()
        reminders: list[dict[str, Any]] = []
        audits: list[dict[str, Any]] = []
        for index, change in enumerate(changes):
            before, key = targets[index]
            if change.action == "added":
                assert change.after is not None
                offer = change.after
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
                audits.append(
                    audit_row(self.team_id, now, actor, "offer_import", offer.name, None, _snapshot(offer))
                )
            elif change.action == "updated":
                assert before is not None and change.after is not None
                offer = change.after
                db.execute(
                    "UPDATE offers SET name = ?, name_key = ?, kind = ?, anniversary = ?, updated_at = ? "
                    "WHERE team_id = ? AND id = ?",
                    [
                        offer.name,
                        key,
                        offer.kind.value,
                        offer.anniversary.isoformat(),
                        now,
                        self.team_id,
                        before.id,
                    ],
                )
                set_reminders(db, self.team_id, before.id, offer, now)
                old, new = _snapshot(before.to_offer()), _snapshot(offer)
                changed = [k for k in old if old[k] != new[k]]
                audits.append(
                    audit_row(
                        self.team_id,
                        now,
                        actor,
                        "offer_import_update",
                        before.name,
                        {k: old[k] for k in changed},
                        {k: new[k] for k in changed},
                    )  # fmt: skip
                )
            elif change.action == "removed":
                assert before is not None
                kept = delete_offer_rows(db, self.team_id, before.id)
                audits.append(
                    audit_row(
                        self.team_id,
                        now,
                        actor,
                        "offer_import_remove",
                        before.name,
                        {**_snapshot(before.to_offer()), "_id": before.id, "_rows": kept},
                        None,
                    )  # fmt: skip
                )
        db.table("offer_reminders").insert_all(reminders)
        date_reminders(db, self.team_id, {r["offer_id"] for r in reminders})
        db.table("audit_log").insert_all(audits)

    def _parse_csv(self, text: str) -> tuple[list[ImportRow], list[tuple[int, str, dict[str, Any]]]]:
        """The strict format's rows that passed every per-line check, and the problems of the others."""
        reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
        parsed: list[ImportRow] = []
        errors: list[tuple[int, str, dict[str, Any]]] = []
        try:
            header = next(reader, None)
            columns = [h.strip().casefold() for h in header] if header is not None else []
            if sorted(columns) != sorted(CSV_HEADER):
                errors.append((1, "csv_bad_header", {"header": header or [], "expected": list(CSV_HEADER)}))
                return parsed, errors
            at = {column: columns.index(column) for column in CSV_HEADER}
            for row in reader:
                line_no = reader.line_num
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) != len(CSV_HEADER):
                    errors.append((line_no, "csv_bad_row", {"fields": len(row), "expected": len(CSV_HEADER)}))
                    continue
                values: dict[str, Any] = {}
                for column, check in (
                    ("name", clean_name),
                    ("kind", clean_kind),
                    ("anniversary", clean_date),
                ):
                    try:
                        values[column] = check(restore_cell(row[at[column]]))
                    except StorageError as exc:
                        errors.append((line_no, exc.code, exc.params))
                if len(values) == len(CSV_HEADER):
                    parsed.append(
                        ImportRow(line_no, values["name"][0], values["kind"], values["anniversary"])
                    )
        except csv.Error as exc:
            errors.append((reader.line_num, "csv_bad_row", {"error": str(exc)}))
        return parsed, errors
