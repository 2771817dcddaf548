"""``Store.unsettled_reminders`` and ``Store.settings_of``: the two reads the reminder sweep makes per tick."""

from __future__ import annotations

from datetime import date, timedelta

from rules import Kind, Offer, reminders
from storage import Store
from storage.due import unsettled_sql
from tests.storage.helpers import FakeClock, claim, confirm

A = date(2024, 6, 1)
BEFORE_DUE, BEFORE_UNTIL = date(2024, 5, 17), date(2024, 6, 1)  # A - 15 .. A
AFTER_DUE, AFTER_UNTIL = date(2024, 6, 24), date(2024, 7, 1)  # A + 23 .. A + 30


STORE_WORKSPACES = {
    "T1": {"installer_user_id": "U1", "time_zone": "Europe/Amsterdam", "language": "nl"},
    "T2": {"installer_user_id": "U1", "time_zone": "Pacific/Kiritimati"},
}


def keys(rows):
    return [(r.team_id, r.offer_id, r.reminder_kind.value) for r in rows]


def test_unsettled_reminders_ignore_meaningful_until_but_respect_the_due_range(store: Store) -> None:
    offer = store.workspace("T1").add_offer("Cloud Platform", "competency", A, actor="U1")
    # The -15 reminder is stale on AFTER_DUE, but still unsettled: the sweep must see it to record the skip.
    assert keys(store.unsettled_reminders(BEFORE_DUE, AFTER_DUE)) == [
        ("T1", offer.id, "before"),
        ("T1", offer.id, "after"),
    ]
    assert keys(store.unsettled_reminders(BEFORE_DUE, AFTER_DUE - timedelta(days=1))) == [
        ("T1", offer.id, "before")
    ]
    assert keys(store.unsettled_reminders(BEFORE_DUE + timedelta(days=1), AFTER_DUE)) == [
        ("T1", offer.id, "after")
    ]
    assert store.unsettled_reminders(AFTER_DUE, BEFORE_DUE) == []


def test_unsettled_reminders_leave_out_sent_and_skipped_but_keep_claimed_and_failed(store: Store) -> None:
    ws = store.workspace("T1")
    offers = [ws.add_offer(name, "competency", A, actor="U1") for name in ("One", "Two", "Three", "Four")]
    confirm(store, "T1", offers[0].id, A, "before", channel="C1", ts="1.1")
    ws.skip_reminder(offers[1].id, A, "before", reason="stale")
    assert claim(store, "T1", offers[2].id, A, "before", claimer="me")
    ws.fail_reminder(offers[3].id, A, "before", error="channel:not_in_channel")
    rows = store.unsettled_reminders(BEFORE_DUE, BEFORE_DUE)
    assert [(r.offer_id, r.status, r.attempts, r.last_error) for r in rows] == [
        (offers[2].id, "claimed", 1, None),
        (offers[3].id, "failed", 1, "channel:not_in_channel"),
    ]


def test_unsettled_reminders_can_be_limited_to_teams_and_agree_with_the_rules(store: Store) -> None:
    offers = [
        store.workspace(team).add_offer("Cloud Platform", "competency", A, actor="U1")
        for team in ("T1", "T2")
    ]
    assert {r.team_id for r in store.unsettled_reminders(BEFORE_DUE, AFTER_DUE, team_ids=["T2"])} == {"T2"}
    assert store.unsettled_reminders(BEFORE_DUE, AFTER_DUE, team_ids=[]) == []
    # On any one day, the sendable subset of the unsettled rows is exactly what the rules call sendable,
    # oldest due first, then by team.
    for offset in range(-20, 40):
        day = A + timedelta(days=offset)
        window = store.unsettled_reminders(day - timedelta(days=15), day)
        sendable = [r for r in window if r.due_on <= day <= r.meaningful_until]
        expected = sorted(
            (r.due_on, r.meaningful_until, o.team_id, o.id, r.kind.value)
            for o in offers
            for r in reminders(Offer(o.name, Kind.COMPETENCY, A))
            if r.is_sendable_on(day)
        )
        assert [
            (r.due_on, r.meaningful_until, r.team_id, r.offer_id, r.reminder_kind.value) for r in sendable
        ] == expected, day


def test_a_renewal_replaces_the_cycle_the_sweep_sees(store: Store) -> None:
    ws = store.workspace("T1")
    offer = ws.add_offer("Cloud Platform", "competency", A, actor="U1")
    ws.renew_offer(offer.id, A + timedelta(days=5), actor="U1")
    rows = store.unsettled_reminders(BEFORE_DUE, AFTER_UNTIL)
    assert rows == []  # the old cycle's +23 reminder is no longer due
    nxt = A + timedelta(days=365)
    assert [
        r.anniversary for r in store.unsettled_reminders(nxt - timedelta(days=15), nxt + timedelta(days=23))
    ] == [
        nxt,
        nxt,
    ]


def test_settings_of_reads_many_workspaces_in_one_call(store: Store) -> None:
    store.workspace("T1").update_settings("U1", reminder_channel="C1", posting_hour=7)
    found = store.settings_of(["T1", "T2", "T-unknown", "T1"])
    assert set(found) == {"T1", "T2"}
    assert (
        found["T1"].time_zone,
        found["T1"].language,
        found["T1"].reminder_channel,
        found["T1"].posting_hour,
    ) == (
        "Europe/Amsterdam",
        "nl",
        "C1",
        7,
    )
    assert found["T2"].time_zone == "Pacific/Kiritimati" and found["T2"].posting_hour == 9
    assert store.settings_of([]) == {}


def test_the_unsettled_scan_uses_the_sweep_index(tmp_path) -> None:
    store = Store.open(tmp_path / "plan.db", clock=FakeClock())

    plan = " ".join(
        row[3]
        for row in store.connections.connection().execute(
            "EXPLAIN QUERY PLAN " + unsettled_sql(team_filter=True),
            {"due_from": "2024-01-01", "due_to": "2024-02-01", "team_ids": "[]"},
        )
    )
    assert "offer_reminders_due" in plan
    store.close()
