"""CSV import and export of one workspace's offers: a backup people can read and a way to bring many offers
in at once. An import is all or nothing, so a file with one bad row never leaves half its offers behind."""

from __future__ import annotations

import csv
import io
from typing import Any

from rules import Offer
from storage.audit import audit_row
from storage.db import Connections
from storage.due import date_reminders
from storage.errors import StorageError
from storage.models import ImportReport
from storage.offers import Offers
from storage.rows import reminder_rows, require_workspace
from storage.validation import clean_date, clean_kind, clean_name

CSV_HEADER = ("name", "kind", "anniversary")


class OfferCsv:
    """One workspace's offers as CSV."""

    def __init__(self, connections: Connections, offers: Offers) -> None:
        self._db = connections
        self._offers = offers
        self.team_id = offers.team_id

    def export_csv(self) -> str:
        """``name,kind,anniversary`` with one row per offer, in ``offers()`` order; ``import_csv`` reads it."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(CSV_HEADER)
        for offer in self._offers.offers():
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
        with self._db.write() as db:
            require_workspace(db, self.team_id)
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
            now = self._db.stamp()
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
            db.table("offer_reminders").insert_all(reminders)
            date_reminders(db, self.team_id, {r["offer_id"] for r in reminders})
            db.table("audit_log").insert_all(audits)
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
