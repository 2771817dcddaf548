"""``bot.runtime.metrics`` against a real SQLite file: what each Slack payload is counted as, and the
unsettled reminders by error class as the ledger holds them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from bot.runtime.metrics import UnsettledReminders, kind_of, route_of
from storage import Store


def test_routes_and_kinds_have_bounded_names() -> None:
    assert route_of("/slack/events") == "events" and route_of("/slack/install") == "oauth"
    assert route_of("/wp-admin") == "other" and route_of(None) == "other"
    assert kind_of({"command": "/mpn"}) == "command"
    assert kind_of({"type": "block_actions"}) == "block_actions"
    assert kind_of({"type": "x" * 500}) == "other" and kind_of({"type": "a b"}) == "other"  # no label flood


def test_unsettled_reminders_are_counted_by_status_and_error_class(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    store = Store.open(db, clock=lambda: datetime(2021, 3, 1, tzinfo=UTC))
    store.install_workspace("T1", installer_user_id="U1")
    ws = store.workspace("T1")
    offer = ws.add_offer("Security", "competency", datetime(2021, 3, 10).date(), actor="U1")
    rows = [
        ("claimed", None),
        ("failed", "channel:is_archived"),
        ("failed", "channel:not_in_channel"),
        ("failed", "uncertain:timeout"),
        ("sent", None),
    ]
    with sqlite3.connect(db) as conn:
        for n, (status, error) in enumerate(rows):
            conn.execute(
                "INSERT INTO reminder_ledger (offer_id, anniversary, kind, team_id, status, attempts, last_error,"
                " updated_at) VALUES (?, ?, ?, 'T1', ?, 1, ?, '2021-03-01')",
                (offer.id, f"20{10 + n}-03-10", "before", status, error),
            )
    assert store.unsettled_ledger_counts() == {
        ("claimed", "none"): 1,
        ("failed", "channel"): 2,
        ("failed", "uncertain"): 1,
    }
    [family] = UnsettledReminders(store).collect()
    assert {(s.labels["status"], s.labels["error_class"]): s.value for s in family.samples} == {
        ("claimed", "none"): 1,
        ("failed", "channel"): 2,
        ("failed", "uncertain"): 1,
    }
    store.close()
