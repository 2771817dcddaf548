"""CSV export/import (all or nothing) and online backups."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date

import pytest

from rules import Kind
from storage import Store
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
    assert report.errors[6][2] == {"name": "existing-offer", "existing": "Existing Offer"}
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
