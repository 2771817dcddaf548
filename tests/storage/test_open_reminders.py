"""The open reminders a sweep tick reads (``Store.due_reminders``, migration 5): only rows still unsettled,
only once their workspace has reached its posting hour on the due day, kept in step with the ledger and with
every change to offers and settings in the same transactions."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

from storage import Store, migrations
from storage.due import DUE_CLOCK_AT, due_params, due_row, due_sql, posting_instant
from tests.storage.helpers import FakeClock, claim, confirm
from tests.storage.test_migrations import build_v1

A = date(2024, 6, 1)
BEFORE_DUE = date(2024, 5, 17)  # A - 15; Amsterdam is on CEST (UTC+2): 09:00 there is 07:00 UTC
AFTER_DUE = date(2024, 6, 24)
DUE_FROM = BEFORE_DUE - timedelta(days=30)


def utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=UTC)


def due(store: Store, now: str, due_from: date = DUE_FROM) -> list[tuple[str, int, str]]:
    return [(r[0], r[1], r[5]) for r in store.due_reminders(utc(now), due_from)]


def test_a_reminder_is_read_from_its_workspaces_posting_hour_on_its_due_day(store, ws, offer) -> None:
    # T1 is in UTC (the store fixture's default), posting at 9
    assert due(store, "2024-05-17T08:59") == []
    assert due(store, "2024-05-17T09:00") == [("T1", offer.id, "before")]
    ws.update_settings("U1", time_zone="Europe/Amsterdam")  # the instant moves with the settings
    assert due(store, "2024-05-17T06:59") == []
    assert due(store, "2024-05-17T07:00") == [("T1", offer.id, "before")]
    ws.update_settings("U1", posting_hour=7)
    assert due(store, "2024-05-17T04:59") == []
    assert due(store, "2024-05-17T05:00") == [("T1", offer.id, "before")]
    assert due(store, "2024-06-24T04:59") == [("T1", offer.id, "before")]
    assert due(store, "2024-06-24T05:00") == [("T1", offer.id, "before"), ("T1", offer.id, "after")]


def test_a_row_carries_what_the_sweep_needs(store, ws, offer) -> None:
    ws.update_settings("U1", time_zone="Europe/Amsterdam", posting_hour=8)
    [raw] = store.due_reminders(utc("2024-05-20T12:00"), DUE_FROM)
    assert raw[DUE_CLOCK_AT:] == ("Europe/Amsterdam", 8)
    row = due_row(raw)
    assert (row.offer_name, row.anniversary, row.due_on, row.status, row.dated_after_due) == (
        "Cloud Platform",
        A,
        BEFORE_DUE,
        None,
        False,
    )
    ws.update_offer(offer.id, actor="U1", new_name="Cloud Platform Services")
    [raw] = store.due_reminders(utc("2024-05-20T12:00"), DUE_FROM)
    assert due_row(raw).offer_name == "Cloud Platform Services"


def test_settled_reminders_leave_the_tick_and_unsettled_ones_stay(store, ws) -> None:
    offers = [ws.add_offer(name, "competency", A, actor="U1") for name in ("One", "Two", "Three", "Four")]
    now = "2024-05-20T12:00"
    confirm(store, "T1", offers[0].id, A, "before", channel="C1", ts="1.1")
    ws.skip_reminder(offers[1].id, A, "before", reason="stale")
    assert claim(store, "T1", offers[2].id, A, "before", claimer="me")
    ws.fail_reminder(offers[3].id, A, "before", error="channel:not_in_channel")
    rows = [due_row(r) for r in store.due_reminders(utc(now), DUE_FROM)]
    assert [(r.offer_id, r.status, r.attempts, r.last_error) for r in rows] == [
        (offers[2].id, "claimed", 1, None),
        (offers[3].id, "failed", 1, "channel:not_in_channel"),
    ]
    for offer in offers[2:]:
        confirm(store, "T1", offer.id, A, "before", channel="C1", ts="1.2")
    assert store.due_reminders(utc(now), DUE_FROM) == []
    open_rows = store.connections.connection().execute("SELECT count(*) FROM offer_reminders WHERE open = 1")
    assert open_rows.fetchone()[0] == 4  # the four +23 reminders


def test_renewed_removed_and_restored_offers(store, ws, offer) -> None:
    now = "2024-06-25T12:00"
    ws.skip_reminder(offer.id, A, "before", reason="test")
    assert due(store, now) == [("T1", offer.id, "after")]
    removal = ws.removal_of(ws.remove_offer(offer.id, actor="U1").id)
    assert due(store, now) == []
    assert removal is not None
    back = ws.restore_removed(removal, actor="U1", within=timedelta(days=1))
    assert due(store, now) == [("T1", back.id, "after")]  # the skip came back with it
    ws.renew_offer(back.id, date(2024, 6, 25), actor="U1")
    assert due(store, now) == []
    assert due(store, "2025-05-17T12:00", date(2025, 5, 1)) == [("T1", back.id, "before")]


def test_rows_older_than_due_from_are_not_read(store, offer) -> None:
    assert due(store, "2024-05-20T12:00", BEFORE_DUE) == [("T1", offer.id, "before")]
    assert due(store, "2024-05-20T12:00", BEFORE_DUE + timedelta(days=1)) == []


def test_a_csv_import_is_dated_too(store, ws) -> None:
    ws.update_settings("U1", time_zone="Pacific/Kiritimati")  # UTC+14: 09:00 on the 17th is 19:00 on the 16th
    assert ws.import_csv("name,kind,anniversary\nSecurity,competency,2024-06-01\n", actor="U1").ok
    assert due(store, "2024-05-16T18:59") == []
    assert [r[2] for r in store.due_reminders(utc("2024-05-16T19:00"), DUE_FROM)] == ["Security"]


def test_a_row_written_without_its_instant_is_read_early_never_late(store, ws, offer) -> None:
    db = store.connections.connection()
    with db.conn:
        db.execute("DELETE FROM offer_reminders")
        db.execute(  # as older code, or a raw insert, would write it
            "INSERT INTO offer_reminders (offer_id, kind, team_id, anniversary, due_on, meaningful_until) "
            "VALUES (?, 'before', 'T1', '2024-06-01', '2024-05-17', '2024-06-01')",
            [offer.id],
        )
    assert due(store, "2024-05-16T09:59") == []
    assert due(store, "2024-05-16T10:00") == [("T1", offer.id, "before")]  # 00:00 on the 17th at UTC+14


def test_the_tick_reads_only_the_partial_index_and_the_ledger(store) -> None:
    db = store.connections.connection()
    plan = [
        r[3]
        for r in db.execute("EXPLAIN QUERY PLAN " + due_sql(), due_params(utc("2024-05-20T12:00"), DUE_FROM))
    ]
    assert any("offer_reminders_open" in p and "due_at>" in p for p in plan), plan
    assert not any(p.startswith("SCAN") for p in plan), plan
    assert not any("TEMP B-TREE" in p for p in plan), plan
    assert {p.split()[1] for p in plan} == {"r", "l"}, plan


def test_posting_instants_across_dst() -> None:
    assert posting_instant(date(2021, 3, 28), "Europe/Amsterdam", 9) == utc("2021-03-28T07:00")
    assert posting_instant(date(2021, 3, 27), "Europe/Amsterdam", 9) == utc("2021-03-27T08:00")
    # 02:00 does not exist on 28 March: never later than the 03:00 CEST at which it is reached
    assert posting_instant(date(2021, 3, 28), "Europe/Amsterdam", 2) <= utc("2021-03-28T01:00")
    # 02:00 happens twice on 31 October: the first one
    assert posting_instant(date(2021, 10, 31), "Europe/Amsterdam", 2) == utc("2021-10-31T00:00")


def test_migration_5_dates_and_opens_existing_rows(tmp_path) -> None:
    path = tmp_path / "old.db"
    build_v1(path)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO reminder_ledger (offer_id, anniversary, kind, team_id, status, attempts, updated_at)"
            " VALUES (1, '2024-06-01', 'before', 'T1', 'sent', 1, '2020-01-01T00:00:00.000000+00:00')"
        )
    with Store.open(path, clock=FakeClock()) as store:
        assert store.schema_version() == migrations.LATEST_VERSION
        assert due(store, "2024-06-24T06:59") == []
        assert due(store, "2024-06-24T07:00") == [("T1", 1, "after")]  # 09:00 CEST; the -15 was sent
        [raw] = store.due_reminders(utc("2024-06-24T07:00"), DUE_FROM)
        assert raw[2:4] == ("Cloud Platform", "competency") and raw[DUE_CLOCK_AT:] == ("Europe/Amsterdam", 9)
