"""Group commit of the sweep's ledger writes: concurrent claims share commits, each still wins or loses
exactly as alone, confirms land by the next commit or flush, and a failure never strands a waiting thread."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from bot.reminders.ledger import GroupCommitLedger
from storage import DueReminderRow, Store

A = date(2024, 6, 1)


STORE_WORKSPACES = {"T1": {"installer_user_id": "U1"}}


def rows(store: Store, count: int) -> list[DueReminderRow]:
    ws = store.workspace("T1")
    for n in range(count):
        ws.add_offer(f"Offer {n:03d}", "competency", A, actor="U1")
    return [r for r in store.unsettled_reminders(date(2024, 5, 17), date(2024, 5, 17))]


def test_threads_share_commits_and_each_reminder_is_won_once(store: Store) -> None:
    due = rows(store, 64)
    ledgers = [GroupCommitLedger(store, lease_seconds=60, claimer=f"sweep-{n}") for n in range(2)]
    won: list[int] = []
    barrier = threading.Barrier(8)

    def worker(n: int) -> None:
        ledger = ledgers[n % 2]
        barrier.wait()
        for row in due:
            if ledger.claim([row]) == [True]:
                won.append(row.offer_id)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(won) == sorted(r.offer_id for r in due)
    assert sum(ledger.commits for ledger in ledgers) < 8 * len(due)  # some claims shared a commit


def test_a_confirm_lands_with_the_next_commit_or_a_flush(store: Store) -> None:
    first, second = rows(store, 2)
    ledger = GroupCommitLedger(store, lease_seconds=60, claimer="me")
    assert ledger.claim([first, second]) == [True, True]
    ledger.confirm([first], "C1", "1.1")
    assert {e.offer_id: e.status for e in store.workspace("T1").ledger()} == {
        first.offer_id: "claimed",
        second.offer_id: "claimed",
    }
    ledger.flush()
    assert {e.offer_id: e.status for e in store.workspace("T1").ledger()} == {
        first.offer_id: "sent",
        second.offer_id: "claimed",
    }
    ledger.confirm([second], "C1", "2.2")
    assert ledger.claim([first]) == [False]  # any commit carries the queued confirm along
    assert {e.status for e in store.workspace("T1").ledger()} == {"sent"}


def test_a_failing_request_fails_alone_and_nobody_hangs(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, bad = rows(store, 2)
    ledger = GroupCommitLedger(store, lease_seconds=60, claimer="me")
    real = store.reminder_ledger_batch

    def picky(ops, **kwargs):  # type: ignore[no-untyped-def]
        if any(op.offer_id == bad.offer_id for op in ops):
            raise RuntimeError("disk on fire")
        return real(ops, **kwargs)

    monkeypatch.setattr(store, "reminder_ledger_batch", picky)
    results: dict[str, object] = {}
    barrier = threading.Barrier(2)

    def claim(name: str, row: DueReminderRow) -> None:
        barrier.wait()
        try:
            results[name] = ledger.claim([row])
        except RuntimeError as err:
            results[name] = str(err)

    threads = [threading.Thread(target=claim, args=(n, r)) for n, r in (("good", good), ("bad", bad))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert results == {"good": [True], "bad": "disk on fire"}
