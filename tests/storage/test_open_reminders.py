"""The open reminders a sweep tick reads (migration 5): which workspaces to serve (``Store.due_workspaces``)
and, serving one, its rows (``WorkspaceStore.open_reminders``): only rows still unsettled, only once their
workspace has reached its posting hour on the due day, kept in step with the ledger and with every change to
offers and settings in the same transactions."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

from storage import DueReminderRow, Store, WorkspaceStore, migrations
from storage.due import due_params, due_sql, posting_instant, serving_sql, stamp, workspace_sql
from tests.storage.helpers import FakeClock, claim, confirm
from tests.storage.test_migrations import build_v1

A = date(2024, 6, 1)
BEFORE_DUE = date(2024, 5, 17)  # A - 15; Amsterdam is on CEST (UTC+2): 09:00 there is 07:00 UTC
AFTER_DUE = date(2024, 6, 24)
DUE_FROM = BEFORE_DUE - timedelta(days=30)


def utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=UTC)


def due_rows(store: Store, now: str, due_from: date = DUE_FROM) -> list[DueReminderRow]:
    """What a tick at ``now`` reads: the workspaces to serve, then each one's rows as a worker reads them."""
    rows = []
    for _zone, _hour, teams in store.due_workspaces(utc(now), due_from):
        assert len(teams) == len(set(teams))  # each workspace once, however many rows it has
        for team in teams:
            found = store.workspace(team).open_reminders(due_from=due_from, now=utc(now))
            assert found, f"{team} planned with nothing open"
            rows += found
    return rows


def due(store: Store, now: str, due_from: date = DUE_FROM) -> list[tuple[str, int, str]]:
    return [(r.team_id, r.offer_id, r.reminder_kind.value) for r in due_rows(store, now, due_from)]


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


def test_the_plan_groups_workspaces_by_what_their_local_date_depends_on(store, ws, offer) -> None:
    ws.update_settings("U1", time_zone="Europe/Amsterdam", posting_hour=8)
    store.install_workspace("T3", time_zone="Asia/Tokyo", installer_user_id="U3")
    other = store.workspace("T3")
    for name in ("Security", "Modern Work"):
        other.add_offer(name, "competency", A, actor="U3")
    assert sorted(store.due_workspaces(utc("2024-05-20T12:00"), DUE_FROM)) == [
        ("Asia/Tokyo", 9, ["T3"]),  # two rows, one workspace
        ("Europe/Amsterdam", 8, ["T1"]),
    ]


def test_a_row_carries_what_the_sweep_needs(store, ws, offer, clock) -> None:
    ws.update_settings("U1", time_zone="Europe/Amsterdam", posting_hour=8)
    [row] = due_rows(store, "2024-05-20T12:00")
    assert (row.offer_name, row.anniversary, row.due_on, row.status, row.dated_after_due) == (
        "Cloud Platform",
        A,
        BEFORE_DUE,
        None,
        False,
    )
    ws.update_offer(offer.id, actor="U1", new_name="Cloud Platform Services")
    [row] = due_rows(store, "2024-05-20T12:00")
    assert row.offer_name == "Cloud Platform Services"
    ws.fail_reminder(offer.id, A, "before", error="temporary:ratelimited")
    [row] = due_rows(store, "2024-05-20T12:00")
    assert (row.status, row.last_error, row.failed_at) == ("failed", "temporary:ratelimited", clock())


def test_settled_reminders_leave_the_tick_and_unsettled_ones_stay(store, ws) -> None:
    offers = [ws.add_offer(name, "competency", A, actor="U1") for name in ("One", "Two", "Three", "Four")]
    now = "2024-05-20T12:00"
    confirm(store, "T1", offers[0].id, A, "before", channel="C1", ts="1.1")
    ws.skip_reminder(offers[1].id, A, "before", reason="stale")
    assert claim(store, "T1", offers[2].id, A, "before", claimer="me")
    ws.fail_reminder(offers[3].id, A, "before", error="channel:not_in_channel")
    rows = due_rows(store, now)
    assert [(r.offer_id, r.status, r.attempts, r.last_error) for r in rows] == [
        (offers[2].id, "claimed", 1, None),
        (offers[3].id, "failed", 1, "channel:not_in_channel"),
    ]
    for offer in offers[2:]:
        confirm(store, "T1", offer.id, A, "before", channel="C1", ts="1.2")
    assert store.due_workspaces(utc(now), DUE_FROM) == []
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
    assert [r.offer_name for r in due_rows(store, "2024-05-16T19:00")] == ["Security"]


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


def test_the_tick_plans_from_the_partial_index_alone(store) -> None:
    db = store.connections.connection()
    plan = [
        r[3]
        for r in db.execute("EXPLAIN QUERY PLAN " + due_sql(), due_params(utc("2024-05-20T12:00"), DUE_FROM))
    ]
    assert any("offer_reminders_open" in p and "due_at>" in p for p in plan), plan
    assert not any(p.startswith("SCAN") for p in plan), plan
    assert [p for p in plan if "TEMP B-TREE" in p] == ["USE TEMP B-TREE FOR GROUP BY"], plan
    assert {p.split()[1] for p in plan if p.startswith("SEARCH")} == {"r"}, plan  # not the ledger


def test_serving_a_workspace_reads_its_own_rows_by_index(store) -> None:
    db = store.connections.connection()
    params = {"team_id": "T1", "due_from": DUE_FROM.isoformat(), "now": stamp(utc("2024-05-20T12:00"))}
    for tick in (True, False):
        plan = [
            r[3]
            for r in db.execute(
                "EXPLAIN QUERY PLAN " + workspace_sql(tick=tick), {**params, "due_to": "2024-05-20"}
            )
        ]
        assert not any(p.startswith("SCAN") for p in plan), plan
        assert any("offers_team_name_key" in p for p in plan), plan


def test_serving_reads_settings_and_rows_in_one_statement_by_index(store) -> None:
    """The sweep's one read of the workspaces a worker is about to serve (``Store.serving``,
    ``WorkspaceStore.serving``): every table by index (only the team list is scanned), and the same rows as
    ``open_reminders`` with the settings."""
    db = store.connections.connection()
    params = {"team_id": "T1", "due_from": DUE_FROM.isoformat(), "now": stamp(utc("2024-05-20T12:00"))}
    for tick in (True, False):
        plan = [
            r[3]
            for r in db.execute(
                "EXPLAIN QUERY PLAN " + serving_sql(tick=tick),
                {**params, "due_to": "2024-05-20", "team_ids": '["T1", "T2"]'},
            )
        ]
        scanned = [p for p in plan if p.startswith("SCAN")]
        assert scanned and all(p.startswith("SCAN json_each") for p in scanned), plan  # the team list
        assert any("offers_team_name_key" in p for p in plan), plan
    ws = store.workspace("T1")
    ws.add_offer("Cloud Platform", "competency", date(2024, 6, 1), actor="U1")
    ws.add_offer("Security", "competency", date(2025, 6, 1), actor="U1")
    at = utc("2024-05-20T12:00")
    served = ws.serving(due_from=DUE_FROM, now=at)
    assert served is not None
    assert served[0] == ws.settings()
    assert served[1] == ws.open_reminders(due_from=DUE_FROM, now=at) and served[1]
    assert ws.serving(due_from=DUE_FROM, due_to=date(2024, 5, 20)) == (
        ws.settings(),
        ws.open_reminders(due_from=DUE_FROM, due_to=date(2024, 5, 20)),
    )
    nothing = ws.serving(due_from=date(2030, 1, 1), now=at)  # nothing open: the settings alone
    assert nothing == (ws.settings(), [])
    assert WorkspaceStore(store, "T-gone").serving(due_from=DUE_FROM, now=at) is None
    store.workspace("T2").add_offer("Security", "competency", date(2024, 6, 1), actor="U1")
    both = store.serving(["T1", "T-gone", "T2"], due_from=DUE_FROM, now=at)  # several at once
    t2 = store.workspace("T2").serving(due_from=DUE_FROM, now=at)
    assert t2 is not None and [r.offer_name for r in t2[1]] == ["Security"]
    assert both == {"T1": served, "T2": t2}


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
        assert store.due_workspaces(utc("2024-06-24T07:00"), DUE_FROM) == [("Europe/Amsterdam", 9, ["T1"])]
        [row] = due_rows(store, "2024-06-24T07:00")
        assert (row.offer_name, row.offer_kind.value) == ("Cloud Platform", "competency")
