"""CSV export/import (all or nothing) and online backups."""

from __future__ import annotations

import csv
import io
import sqlite3
import threading
from datetime import date

import pytest

from rules import Kind, Offer
from storage import ImportReport, ImportRow, StorageError, Store
from tests.storage.helpers import TABLES, FakeClock, claim, row_counts, table_dump

GOOD = """name,kind,anniversary
Cloud Platform,competency,2024-06-01
Data Analytics,competency,2024-07-15
Kubernetes on Microsoft Azure,advanced_specialization,2025-01-31
"""


STORE_WORKSPACES = {"T1": {"installer_user_id": "U1"}, "T2": {"installer_user_id": "U2"}}


def test_import_adds_every_row_with_reminders_and_audit(ws, db_path):
    report = ws.import_csv(GOOD, actor="U1")
    assert report.ok and report.added == 3 and report.errors == []
    assert [(o.name, o.kind, o.anniversary) for o in ws.offers()] == [
        ("Cloud Platform", Kind.COMPETENCY, date(2024, 6, 1)),
        ("Data Analytics", Kind.COMPETENCY, date(2024, 7, 15)),
        ("Kubernetes on Microsoft Azure", Kind.ADVANCED_SPECIALIZATION, date(2025, 1, 31)),
    ]
    counts = row_counts(db_path, "T1")
    assert counts["offer_reminders"] == 6
    assert [e.action for e in ws.audit_log(3)] == ["offer_import"] * 3


def test_export_then_import_round_trips(store, ws):
    ws.import_csv(GOOD, actor="U1")
    ws.add_offer('Quotes "and", commas <!channel>', "competency", "2024-02-29", actor="U1")
    exported = ws.export_csv()
    assert exported.splitlines()[0] == "name,kind,anniversary"
    other = store.workspace("T2")
    assert other.import_csv(exported, actor="U2").added == 4
    assert [(o.name, o.kind, o.anniversary) for o in other.offers()] == [
        (o.name, o.kind, o.anniversary) for o in ws.offers()
    ]
    assert other.export_csv() == exported


def test_header_columns_may_come_in_any_order_and_case(ws):
    report = ws.import_csv("Anniversary, NAME ,Kind\n2024-06-01,Cloud Platform,Competency\n", actor="U1")
    assert report.added == 1
    assert ws.find_offer("cloud platform").anniversary == date(2024, 6, 1)


def test_blank_lines_bom_and_crlf_are_fine(ws):
    text = "\ufeffname,kind,anniversary\r\n\r\nCloud Platform,competency,2024-06-01\r\n,,\r\n"
    assert ws.import_csv(text, actor="U1").added == 1


def test_one_bad_line_among_good_ones_writes_nothing_and_names_the_line(ws, db_path):
    before = table_dump(db_path)
    text = GOOD + "Security,competency,2024-02-30\nModern Work,competency,2024-08-01\n"
    report = ws.import_csv(text, actor="U1")
    assert not report.ok and report.added == 0
    assert report.errors == [(5, "invalid_date", {"value": "2024-02-30"})]
    assert table_dump(db_path) == before


def test_every_problem_in_the_file_is_reported_by_line(ws, db_path):
    ws.add_offer("Existing Offer", "competency", "2024-01-01", actor="U1")
    before = table_dump(db_path)
    text = "\n".join(
        [
            "name,kind,anniversary",
            "Good One,competency,2024-06-01",  # 2
            ",competency,2024-06-01",  # 3 empty name
            "x" * 101 + ",competency,2024-06-01",  # 4 too long
            "Bad\x07Bell,competency,2024-06-01",  # 5 control char
            "Bad Kind,gold,2024-06-01",  # 6
            "Bad Date,competency,01/06/2024",  # 7
            "good one,competency,2024-07-01",  # 8 duplicate of line 2
            "existing-offer,competency,2024-07-01",  # 9 duplicate of a stored offer
            "Too,many,fields,here",  # 10
            "Both Bad,nope,never",  # 11 two errors on one line
        ]
    )
    report = ws.import_csv(text, actor="U1")
    assert [(line, code) for line, code, _ in report.errors] == [
        (3, "name_empty"),
        (4, "name_too_long"),
        (5, "name_invalid_chars"),
        (6, "unknown_kind"),
        (7, "invalid_date"),
        (8, "duplicate_name"),
        (9, "duplicate_name"),
        (10, "csv_bad_row"),
        (11, "unknown_kind"),
        (11, "invalid_date"),
    ]
    assert report.errors[5][2] == {"name": "good one", "existing": "Good One", "line": 2}
    assert report.errors[6][2] == {
        "name": "existing-offer",
        "existing": "Existing Offer",
        "existing_kind": "competency",
        "existing_anniversary": "2024-01-01",
    }
    assert report.added == 0
    assert table_dump(db_path) == before


@pytest.mark.parametrize("text", ["", "\n", "name,kind\nA,competency\n", "naam,soort,verjaardag\nA,competency,2024-01-01\n",
                                  "name,kind,anniversary,extra\n"])  # fmt: skip
def test_a_bad_header_is_reported_on_line_1(ws, db_path, text):
    before = table_dump(db_path)
    report = ws.import_csv(text, actor="U1")
    assert [(line, code) for line, code, _ in report.errors] == [(1, "csv_bad_header")]
    assert report.errors[0][2]["expected"] == ["name", "kind", "anniversary"]
    assert table_dump(db_path) == before


def test_a_header_only_file_adds_nothing(ws):
    report = ws.import_csv("name,kind,anniversary\n", actor="U1")
    assert report.ok and report.added == 0


def test_import_of_500_rows_is_one_transaction(ws, db_path):
    rows = [f"Offer {i},competency,2024-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(500)]
    assert ws.import_csv("name,kind,anniversary\n" + "\n".join(rows), actor="U1").added == 500
    counts = row_counts(db_path, "T1")
    assert (counts["offers"], counts["offer_reminders"]) == (500, 1000)


# -- backup ------------------------------------------------------------------------------------------


def test_backup_is_an_openable_copy_with_the_same_rows(store, ws, db_path, tmp_path):
    ws.import_csv(GOOD, actor="U1")
    offer = ws.find_offer("cloud platform")
    ws.renew_offer(offer.id, date(2024, 6, 2), actor="U1")
    assert claim(store, "T1", offer.id, date(2025, 6, 1), "before")
    copy = tmp_path / "backup.db"
    store.backup(copy)
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert table_dump(copy) == table_dump(db_path)
    with Store.open(copy, clock=FakeClock()) as restored:
        assert restored.workspace("T1").offers() == ws.offers()
        assert restored.workspace("T1").renewal_history(offer.id) == ws.renewal_history(offer.id)


def test_backup_while_another_thread_holds_a_write_transaction(store, ws, tmp_path):
    ws.import_csv(GOOD, actor="U1")
    started, release = threading.Event(), threading.Event()

    def hold_write_lock():
        with store.connections.write() as db:
            db.execute("UPDATE workspaces SET name = 'during backup' WHERE team_id = 'T1'")
            started.set()
            release.wait(5)

    t = threading.Thread(target=hold_write_lock)
    t.start()
    started.wait(5)
    try:
        store.backup(tmp_path / "b.db")  # sees the last committed state, does not wait for the writer
    finally:
        release.set()
        t.join()
    with sqlite3.connect(tmp_path / "b.db") as conn:
        assert conn.execute("SELECT count(*) FROM offers").fetchone() == (3,)
        assert conn.execute("SELECT name FROM workspaces WHERE team_id = 'T1'").fetchone() == (None,)
    assert set(TABLES) <= set(table_dump(tmp_path / "b.db"))


# -- typed rows: add, merge, replace (``import_offers``) ----------------------------------------------


def _rows(*items: tuple[str, str, str]) -> list[ImportRow]:
    return [
        ImportRow(line, name, Kind(kind), date.fromisoformat(day))
        for line, (name, kind, day) in enumerate(items, start=2)
    ]


EXISTING = (
    ("Cloud Platform", "competency", "2024-06-01"),
    ("Data Analytics", "competency", "2024-07-15"),
    ("Kubernetes on Microsoft Azure", "advanced_specialization", "2025-01-31"),
)


def _changes(report: ImportReport) -> list[tuple[int | None, str, str]]:
    return [(c.line, c.action, c.name) for c in report.changes]


def test_adding_rows_that_only_repeat_existing_offers_reports_them_unchanged(ws, db_path):
    ws.import_offers(_rows(*EXISTING), actor="U1")
    before = table_dump(db_path)
    report = ws.import_offers(_rows(*EXISTING), actor="U1")
    assert report.ok and (report.added, report.unchanged, report.updated) == (0, 3, 0)
    assert table_dump(db_path) == before


def test_adding_a_row_that_changes_an_existing_offer_is_refused_and_points_at_merge(ws, db_path):
    ws.import_offers(_rows(*EXISTING), actor="U1")
    before = table_dump(db_path)
    report = ws.import_offers(
        _rows(("New One", "competency", "2024-09-01"), ("cloud platform", "competency", "2024-06-02")),
        actor="U1",
    )
    assert [(line, code) for line, code, _ in report.errors] == [(3, "duplicate_name")]
    assert report.errors[0][2]["existing"] == "Cloud Platform"
    assert report.errors[0][2]["existing_anniversary"] == "2024-06-01"
    assert report.added == 0 and table_dump(db_path) == before


def test_merge_adds_new_updates_changed_and_reports_unchanged(ws, db_path):
    ws.import_offers(_rows(*EXISTING), actor="U1")
    report = ws.import_offers(
        _rows(
            ("Cloud Platform", "competency", "2024-06-01"),  # 2 unchanged
            ("Data Analytics", "competency", "2024-08-15"),  # 3 new anniversary
            ("Kubernetes on Microsoft Azure", "competency", "2025-01-31"),  # 4 new kind
            ("Security", "competency", "2024-10-01"),  # 5 new
        ),
        actor="U9",
        mode="merge",
    )
    assert report.ok
    assert _changes(report) == [
        (2, "unchanged", "Cloud Platform"),
        (3, "updated", "Data Analytics"),
        (4, "updated", "Kubernetes on Microsoft Azure"),
        (5, "added", "Security"),
    ]
    assert report.changes[1].before == Offer("Data Analytics", Kind.COMPETENCY, date(2024, 7, 15))
    assert report.changes[1].after == Offer("Data Analytics", Kind.COMPETENCY, date(2024, 8, 15))
    assert ws.find_offer("data analytics").anniversary == date(2024, 8, 15)
    assert ws.find_offer("kubernetes").kind == Kind.COMPETENCY
    assert len(ws.offers()) == 4
    assert row_counts(db_path, "T1")["offer_reminders"] == 8
    actions = [(e.action, e.target, e.actor) for e in ws.audit_log(3)]
    assert actions == [
        ("offer_import", "Security", "U9"),
        ("offer_import_update", "Kubernetes on Microsoft Azure", "U9"),
        ("offer_import_update", "Data Analytics", "U9"),
    ]
    assert ws.audit_log(3)[2].before == {"anniversary": "2024-07-15"}


def test_replace_makes_the_file_the_list(ws, db_path):
    ws.import_offers(_rows(*EXISTING), actor="U1")
    offer = ws.find_offer("cloud platform")
    ws.renew_offer(offer.id, date(2024, 6, 2), actor="U1")
    report = ws.import_offers(
        _rows(("Data Analytics", "competency", "2024-07-15"), ("Security", "competency", "2024-10-01")),
        actor="U9",
        mode="replace",
    )
    assert report.ok and (report.added, report.unchanged, report.removed) == (1, 1, 2)
    assert sorted(_changes(report), key=str) == sorted(
        [
            (2, "unchanged", "Data Analytics"),
            (3, "added", "Security"),
            (None, "removed", "Cloud Platform"),
            (None, "removed", "Kubernetes on Microsoft Azure"),
        ],
        key=str,
    )
    assert [o.name for o in ws.offers()] == ["Data Analytics", "Security"]
    counts = row_counts(db_path, "T1")
    assert (counts["offer_reminders"], counts["renewals"]) == (4, 0)
    assert {e.action for e in ws.audit_log(3)} == {"offer_import", "offer_import_remove"}


def test_errors_anywhere_mean_nothing_changes_in_any_mode(ws, db_path):
    ws.import_offers(_rows(*EXISTING), actor="U1")
    before = table_dump(db_path)
    for mode in ("add", "merge", "replace"):
        report = ws.import_offers(
            _rows(("Data Analytics", "competency", "2024-08-15"), ("data-analytics", "competency", "2024-08-16"),
                  ("x" * 101, "competency", "2024-01-01")),
            actor="U1",
            mode=mode,
        )  # fmt: skip
        assert [(line, code) for line, code, _ in report.errors][-2:] == [
            (3, "duplicate_name"),
            (4, "name_too_long"),
        ]
        assert report.changes == [] and not report.ok
        assert table_dump(db_path) == before


def test_dry_run_reports_what_would_happen_and_writes_nothing(ws, db_path):
    ws.import_offers(_rows(*EXISTING), actor="U1")
    before = table_dump(db_path)
    report = ws.import_offers(
        _rows(("Security", "competency", "2024-10-01")), actor="U1", mode="replace", dry_run=True
    )
    assert report.ok and (report.added, report.removed) == (1, 3) and not report.written
    assert table_dump(db_path) == before


def test_earlier_errors_are_merged_by_line_and_block_the_write(ws, db_path):
    before = table_dump(db_path)
    report = ws.import_offers(
        _rows(("Good", "competency", "2024-10-01"), ("", "competency", "2024-10-01")),
        actor="U1",
        errors=[(2, "date.ambiguous", {"text": "03/04/2021"})],
    )
    assert [(line, code) for line, code, _ in report.errors] == [(2, "date.ambiguous"), (3, "name_empty")]
    assert table_dump(db_path) == before


def test_import_offers_refuses_an_uninstalled_workspace(store, ws):
    store.delete_workspace("T1")
    with pytest.raises(StorageError) as err:
        ws.import_offers(_rows(*EXISTING), actor="U1")
    assert err.value.code == "unknown_workspace"


# -- formulas in the export (OWASP "CSV injection") ------------------------------------------------------

FORMULA_NAMES = ['=HYPERLINK("x")', "+31 Security", "-dash", "@home", "'=already quoted", "'s-Hertogenbosch"]


def test_export_neutralises_cells_that_a_spreadsheet_would_run(ws):
    for i, name in enumerate(FORMULA_NAMES):
        ws.add_offer(name, "competency", f"2024-0{i + 1}-01", actor="U1")
    names = [row[0] for row in csv.reader(io.StringIO(ws.export_csv()))][1:]
    assert names == [
        '\'=HYPERLINK("x")',
        "'+31 Security",
        "'-dash",
        "'@home",
        "''=already quoted",
        "'s-Hertogenbosch",
    ]


def test_export_with_formula_names_round_trips_through_import_csv(store, ws):
    for i, name in enumerate(FORMULA_NAMES):
        ws.add_offer(name, "competency", f"2024-0{i + 1}-01", actor="U1")
    other = store.workspace("T2")
    assert other.import_csv(ws.export_csv(), actor="U2").added == len(FORMULA_NAMES)
    assert [o.name for o in other.offers()] == FORMULA_NAMES


@pytest.mark.parametrize("mode", ["add", "merge", "replace"])
def test_a_row_spelled_differently_matches_its_offer_and_keeps_the_stored_spelling(ws, mode):
    ws.import_offers(_rows(*EXISTING), actor="U1")
    report = ws.import_offers(
        _rows(
            ("CLOUD  platform", "competency", "2024-06-01"),
            ("gold data-analytics", "competency", "2024-09-01"),
        ),
        actor="U1",
        mode=mode,
    )
    if mode == "add":
        assert [(line, code) for line, code, _ in report.errors] == [(3, "duplicate_name")]
        return
    assert [(c.action, c.name) for c in report.changes][:2] == [
        ("unchanged", "Cloud Platform"),
        ("updated", "Data Analytics"),
    ]
    assert {o.name for o in ws.offers()} >= {"Cloud Platform", "Data Analytics"}
