"""Undoing a removal: the audit log's before-image brings the offer back exactly, its renewals, reminder
dates and ledger (so nothing already posted is posted again), once, within the undo window, and only in the
workspace it was removed from."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from storage import StorageError, Store, WorkspaceStore
from tests.storage.helpers import FakeClock, claim, confirm, row_counts, table_dump

WINDOW = timedelta(hours=24)


def test_undo_brings_back_the_offer_with_its_history_and_ledger(
    store: Store, ws: WorkspaceStore, db_path
) -> None:
    offer = ws.add_offer("Cloud Platform", "competency", "2024-06-01", actor="U1")
    ws.renew_offer(offer.id, date(2024, 6, 5), actor="U1")
    assert claim(store, "T1", offer.id, date(2025, 6, 1), "before")
    confirm(store, "T1", offer.id, date(2025, 6, 1), "before", channel="C1", ts="1.1")
    before = {t: rows for t, rows in table_dump(db_path).items() if t != "audit_log"}
    ws.remove_offer(offer.id, actor="U2")
    assert row_counts(db_path)["offers"] == 0
    removal = ws.removal_of(offer.id)
    assert removal is not None
    restored = ws.restore_removed(removal, actor="U2", within=WINDOW)
    assert (restored.id, restored.name, restored.anniversary) == (
        offer.id,
        "Cloud Platform",
        date(2025, 6, 1),
    )
    after = {t: rows for t, rows in table_dump(db_path).items() if t != "audit_log"}
    assert after == before  # every row as it was: the sent reminder stays sent
    assert [h.renewed_on for h in ws.renewal_history(offer.id)] == [date(2024, 6, 5)]
    entry = ws.audit_log(1)[0]
    assert (entry.action, entry.actor, entry.after["name"]) == ("offer_restore", "U2", "Cloud Platform")


def test_undo_happens_once(ws: WorkspaceStore) -> None:
    offer = ws.add_offer("Security", "competency", "2024-09-15", actor="U1")
    ws.remove_offer(offer.id, actor="U1")
    removal = ws.removal_of(offer.id)
    assert removal is not None
    ws.restore_removed(removal, actor="U1", within=WINDOW)
    with pytest.raises(StorageError) as err:
        ws.restore_removed(removal, actor="U1", within=WINDOW)
    assert err.value.code == "undo_done"
    assert [o.name for o in ws.offers()] == ["Security"]


def test_undo_expires(ws: WorkspaceStore, clock: FakeClock) -> None:
    offer = ws.add_offer("Security", "competency", "2024-09-15", actor="U1")
    ws.remove_offer(offer.id, actor="U1")
    removal = ws.removal_of(offer.id)
    assert removal is not None
    clock.advance(hours=25)
    with pytest.raises(StorageError) as err:
        ws.restore_removed(removal, actor="U1", within=WINDOW)
    assert err.value.code == "undo_expired" and ws.offers() == []


def test_undo_refuses_when_the_name_was_taken_meanwhile(ws: WorkspaceStore) -> None:
    offer = ws.add_offer("Security", "competency", "2024-09-15", actor="U1")
    ws.remove_offer(offer.id, actor="U1")
    removal = ws.removal_of(offer.id)
    assert removal is not None
    ws.add_offer("security", "competency", "2024-10-01", actor="U1")
    with pytest.raises(StorageError) as err:
        ws.restore_removed(removal, actor="U1", within=WINDOW)
    assert err.value.code == "duplicate_name"
    assert [(o.name, o.anniversary) for o in ws.offers()] == [("security", date(2024, 10, 1))]


def test_a_reused_id_gets_a_new_one_on_undo(ws: WorkspaceStore) -> None:
    offer = ws.add_offer("Security", "competency", "2024-09-15", actor="U1")
    ws.remove_offer(offer.id, actor="U1")
    removal = ws.removal_of(offer.id)
    assert removal is not None
    other = ws.add_offer("Data Analytics", "competency", "2024-02-10", actor="U1")  # may reuse the id
    restored = ws.restore_removed(removal, actor="U1", within=WINDOW)
    assert restored.name == "Security" and restored.id != other.id
    assert sorted(o.name for o in ws.offers()) == ["Data Analytics", "Security"]


def test_another_workspace_cannot_undo_this_ones_removal(store: Store, ws: WorkspaceStore) -> None:
    offer = ws.add_offer("Security", "competency", "2024-09-15", actor="U1")
    ws.remove_offer(offer.id, actor="U1")
    removal = ws.removal_of(offer.id)
    assert removal is not None
    other = store.workspace("T2")
    with pytest.raises(StorageError) as err:
        other.restore_removed(removal, actor="U9", within=WINDOW)
    assert err.value.code == "undo_unknown"
    assert other.offers() == [] and ws.offers() == []
    assert other.removal_of(offer.id) is None
