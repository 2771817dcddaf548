"""What the reminder sweep finds sendable on a day (``Store.unsettled_reminders``, narrowed as the sweep
narrows it: ``tests.storage.helpers.sendable``), on the boundary days and around the ledger."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rules import Kind, Offer, ReminderKind, reminders
from storage import DueReminderRow, Store
from storage.due import unsettled_params, unsettled_sql
from storage.store import MAX_SENDABLE_SPAN_DAYS
from tests.storage.helpers import FakeClock, claim, confirm, sendable

A = date(2024, 6, 1)
BEFORE_DUE, BEFORE_UNTIL = date(2024, 5, 17), date(2024, 6, 1)  # A - 15 .. A
AFTER_DUE, AFTER_UNTIL = date(2024, 6, 24), date(2024, 7, 1)  # A + 23 .. A + 30


def due(store, on, **kw):
    return [(r.offer_id, r.reminder_kind.value) for r in sendable(store, on, **kw)]


def test_a_due_row_carries_everything_the_sweep_needs(store, offer):
    [row] = sendable(store, BEFORE_DUE)
    assert row == DueReminderRow(
        team_id="T1",
        offer_id=offer.id,
        offer_name="Cloud Platform",
        offer_kind=Kind.COMPETENCY,
        anniversary=A,
        reminder_kind=ReminderKind.BEFORE,
        due_on=BEFORE_DUE,
        meaningful_until=BEFORE_UNTIL,
        status=None,
        attempts=0,
        last_error=None,
    )


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        (BEFORE_DUE - timedelta(days=1), []),
        (BEFORE_DUE, ["before"]),
        (BEFORE_DUE + timedelta(days=7), ["before"]),  # a bot that was down catches up
        (BEFORE_UNTIL, ["before"]),  # the anniversary itself: still meaningful
        (BEFORE_UNTIL + timedelta(days=1), []),  # pointless once the anniversary passed
        (AFTER_DUE - timedelta(days=1), []),
        (AFTER_DUE, ["after"]),
        (AFTER_UNTIL, ["after"]),  # the last day to renew
        (AFTER_UNTIL + timedelta(days=1), []),  # window closed
    ],
)
def test_boundary_days(store, offer, on, expected):
    assert due(store, on) == [(offer.id, kind) for kind in expected]


def test_sent_and_skipped_reminders_are_not_due(store, ws, offer):
    other = ws.add_offer("Data Analytics", "competency", A, actor="U1")
    confirm(store, "T1", offer.id, A, "before", channel="C1", ts="1")
    ws.skip_reminder(other.id, A, "before", reason="stale")
    assert due(store, BEFORE_DUE) == []
    assert due(store, AFTER_DUE) == [(offer.id, "after"), (other.id, "after")]


def test_failed_and_claimed_reminders_are_still_due_with_their_state(store, ws, offer):
    other = ws.add_offer("Data Analytics", "competency", A, actor="U1")
    claim(store, "T1", offer.id, A, "before")
    ws.fail_reminder(offer.id, A, "before", error="channel_not_found")
    claim(store, "T1", other.id, A, "before")
    rows = {r.offer_id: r for r in sendable(store, BEFORE_DUE)}
    assert (rows[offer.id].status, rows[offer.id].attempts, rows[offer.id].last_error) == (
        "failed",
        1,
        "channel_not_found",
    )
    assert (rows[other.id].status, rows[other.id].attempts) == ("claimed", 1)


def test_a_renewed_offers_old_cycle_is_no_longer_due(store, ws, offer):
    renewed = ws.renew_offer(offer.id, date(2024, 6, 5), actor="U1")
    assert renewed.anniversary == date(2025, 6, 1)
    assert due(store, AFTER_DUE) == []
    assert due(store, AFTER_UNTIL) == []
    [row] = sendable(store, date(2025, 5, 17))
    assert (row.anniversary, row.reminder_kind, row.due_on) == (
        date(2025, 6, 1),
        ReminderKind.BEFORE,
        date(2025, 5, 17),
    )


def test_a_sent_reminder_of_the_old_cycle_does_not_hide_the_new_cycle(store, ws, offer):
    confirm(store, "T1", offer.id, A, "before", channel="C1", ts="1")
    ws.renew_offer(offer.id, date(2024, 6, 5), actor="U1")
    assert due(store, date(2025, 5, 17)) == [(offer.id, "before")]


def test_correcting_the_anniversary_moves_the_reminders(store, ws, offer):
    ws.update_offer(offer.id, actor="U1", anniversary="2024-09-01")
    assert due(store, BEFORE_DUE) == []
    assert due(store, date(2024, 8, 17)) == [(offer.id, "before")]


def test_a_removed_offer_is_not_due(store, ws, offer):
    ws.remove_offer(offer.id, actor="U1")
    assert due(store, BEFORE_DUE) == []


def test_team_ids_filter(store, ws, offer):
    other = store.workspace("T2").add_offer("Cloud Platform", "competency", A, actor="U1")
    assert due(store, BEFORE_DUE) == [(offer.id, "before"), (other.id, "before")]
    assert due(store, BEFORE_DUE, team_ids=["T2"]) == [(other.id, "before")]
    assert due(store, BEFORE_DUE, team_ids=iter(["T1", "T2"])) == [(offer.id, "before"), (other.id, "before")]
    assert due(store, BEFORE_DUE, team_ids=[]) == []
    assert due(store, BEFORE_DUE, team_ids=["T404", "'); DROP TABLE offers; --"]) == []


def test_rows_come_oldest_due_first(store, ws):
    late = ws.add_offer("Late", "competency", date(2024, 6, 10), actor="U1")
    early = ws.add_offer("Early", "competency", date(2024, 6, 3), actor="U1")
    assert due(store, date(2024, 6, 2)) == [(early.id, "before"), (late.id, "before")]


def test_the_sweep_is_an_indexed_range_scan(store, offer):
    db = store.connections.connection()
    for team_filter in (False, True):
        params = unsettled_params(
            A - timedelta(days=MAX_SENDABLE_SPAN_DAYS), A, ["T1"] if team_filter else None
        )
        plan = [
            r[3] for r in db.execute("EXPLAIN QUERY PLAN " + unsettled_sql(team_filter=team_filter), params)
        ]
        assert any("offer_reminders_due" in p and "due_on>" in p for p in plan), plan
        assert not any(p.startswith("SCAN r") or p.startswith("SCAN o") for p in plan), plan
        assert not any("TEMP B-TREE" in p for p in plan), plan


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    anniversaries=st.lists(st.dates(date(2023, 1, 1), date(2025, 12, 31)), min_size=1, max_size=12),
    on=st.dates(date(2022, 12, 1), date(2026, 2, 1)),
)
def test_sendable_reminders_match_the_rules_for_any_day(anniversaries, on):
    """Whatever the dates, the indexed query returns exactly the reminders rules call sendable on ``on``."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "p.db", clock=FakeClock())
        try:
            store.install_workspace("T1")
            ws = store.workspace("T1")
            expected = set()
            for i, anniversary in enumerate(anniversaries):
                offer = ws.add_offer(f"Offer {i}", "competency", anniversary, actor="U1")
                for r in reminders(Offer(offer.name, Kind.COMPETENCY, anniversary)):
                    if r.is_sendable_on(on):
                        expected.add((offer.id, r.kind, r.due_on, r.meaningful_until))
            got = {(r.offer_id, r.reminder_kind, r.due_on, r.meaningful_until) for r in sendable(store, on)}
            assert got == expected
        finally:
            store.close()
