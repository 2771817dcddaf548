"""``Store.reminder_ledger_batch``: several workspaces' claims and confirms in one transaction, with exactly
the effect of the same ops committed one per call (tests/storage/test_ledger.py)."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest

from rules import ReminderKind
from storage import LedgerOp
from tests.storage.helpers import table_dump

A = date(2024, 6, 1)
BEFORE = ReminderKind.BEFORE


def claim(team, offer_id, kind=BEFORE):
    return LedgerOp("claim", team, offer_id, A, kind)


def confirm(team, offer_id, ts, kind=BEFORE):
    return LedgerOp("confirm", team, offer_id, A, kind, channel="C1", ts=ts)


def test_claims_and_confirms_of_several_workspaces_in_one_call(store, clock):
    one = store.workspace("T1").add_offer("One", "competency", A, actor="U1")
    two = store.workspace("T2").add_offer("Two", "competency", A, actor="U1")
    assert store.reminder_ledger_batch(
        [claim("T1", one.id), claim("T2", two.id)], lease_seconds=60, claimer="w"
    ) == [
        True,
        True,
    ]
    # a live claim cannot be won again, in a batch or one op at a time
    assert store.reminder_ledger_batch(
        [claim("T1", one.id), claim("T2", two.id)], lease_seconds=60, claimer="other"
    ) == [False, False]
    assert store.reminder_ledger_batch([claim("T1", one.id)], lease_seconds=60, claimer="other") == [False]
    assert store.reminder_ledger_batch([claim("T2", two.id)], lease_seconds=60, claimer="other") == [False]
    assert store.reminder_ledger_batch(
        [confirm("T1", one.id, "1.1"), confirm("T2", two.id, "2.2")], lease_seconds=60, claimer="w"
    ) == [True, True]
    [e1], [e2] = store.workspace("T1").ledger(), store.workspace("T2").ledger()
    assert (e1.status, e1.ts, e1.channel, e1.claimer, e1.attempts) == ("sent", "1.1", "C1", "w", 1)
    assert (e2.status, e2.ts) == ("sent", "2.2")
    assert store.reminder_ledger_batch([claim("T1", one.id)], lease_seconds=60, claimer="w") == [
        False
    ]  # sent stays sent


def test_ops_apply_in_order_within_the_transaction(store, clock):
    one = store.workspace("T1").add_offer("One", "competency", A, actor="U1")
    assert store.reminder_ledger_batch(
        [claim("T1", one.id), confirm("T1", one.id, "1.1"), claim("T1", one.id)],
        lease_seconds=60,
        claimer="w",
    ) == [True, True, False]


def test_an_expired_claim_can_be_won_again_and_counts_the_attempt(store, clock):
    one = store.workspace("T1").add_offer("One", "competency", A, actor="U1")
    store.reminder_ledger_batch([claim("T1", one.id)], lease_seconds=60, claimer="dead")
    clock.advance(seconds=61)
    assert store.reminder_ledger_batch([claim("T1", one.id)], lease_seconds=60, claimer="alive") == [True]
    [entry] = store.workspace("T1").ledger()
    assert (entry.claimer, entry.attempts, entry.lease_until) == (
        "alive",
        2,
        clock.now + timedelta(seconds=60),
    )


def test_a_claim_for_a_cycle_that_is_no_longer_current_is_refused(store):
    ws = store.workspace("T1")
    one = ws.add_offer("One", "competency", A, actor="U1")
    ws.renew_offer(one.id, A + timedelta(days=3), actor="U1")  # the anniversary moves on 365 days
    assert store.reminder_ledger_batch(
        [claim("T1", one.id, ReminderKind.AFTER)], lease_seconds=60, claimer="w"
    ) == [False]
    assert ws.ledger() == []
    nxt = LedgerOp("claim", "T1", one.id, A + timedelta(days=365), BEFORE)
    assert store.reminder_ledger_batch([nxt], lease_seconds=60, claimer="w") == [True]
    # a confirm of the old cycle (posted just before the renewal) is still recorded
    old = LedgerOp("confirm", "T1", one.id, A, ReminderKind.AFTER, channel="C1", ts="3.3")
    assert store.reminder_ledger_batch([old], lease_seconds=60, claimer="w") == [True]


def test_another_workspaces_offer_is_refused_and_changes_nothing(store, tmp_path):
    theirs = store.workspace("T2").add_offer("Theirs", "competency", A, actor="U1")
    before = table_dump(tmp_path / "mpn.db")
    assert store.reminder_ledger_batch(
        [claim("T1", theirs.id), confirm("T1", theirs.id, "9.9"), claim("T1", 12345)],
        lease_seconds=60,
        claimer="w",
    ) == [False, False, False]
    assert table_dump(tmp_path / "mpn.db") == before


def test_bad_ops_are_refused_before_anything_is_written(store, tmp_path):
    one = store.workspace("T1").add_offer("One", "competency", A, actor="U1")
    before = table_dump(tmp_path / "mpn.db")
    for ops in (
        [claim("T1", one.id), LedgerOp("send", "T1", one.id, A, BEFORE)],
        [claim("T1", one.id), LedgerOp("confirm", "T1", one.id, A, BEFORE)],  # no channel/ts
    ):
        with pytest.raises(ValueError):
            store.reminder_ledger_batch(ops, lease_seconds=60, claimer="w")
    with pytest.raises(ValueError):
        store.reminder_ledger_batch([claim("T1", one.id)], lease_seconds=0, claimer="w")
    assert table_dump(tmp_path / "mpn.db") == before
    assert store.reminder_ledger_batch([], lease_seconds=60, claimer="w") == []


def test_threads_racing_batches_win_each_claim_once(store):
    ws = store.workspace("T1")
    ids = [ws.add_offer(f"Offer {n}", "competency", A, actor="U1").id for n in range(40)]
    wins: list[int] = []
    barrier = threading.Barrier(4)

    def worker(name: str) -> None:
        barrier.wait()
        for start in range(0, 40, 5):
            batch = [claim("T1", i) for i in ids[start : start + 5]]
            results = store.reminder_ledger_batch(batch, lease_seconds=60, claimer=name)
            wins.extend(op.offer_id for op, won in zip(batch, results, strict=True) if won)

    threads = [threading.Thread(target=worker, args=(f"w{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(wins) == sorted(ids)


def test_a_batch_on_distinct_reminders_has_exactly_the_effect_of_its_ops_one_at_a_time(tmp_path, clock):
    """Ops on distinct reminders are applied as one statement for every claim and confirm (the sweep's group
    commit, outside a transaction when there is no failure among them): same results, same rows, as the
    one-op statements applied one at a time (``apply_ops_one_by_one``), over every state a claim or a
    confirm can meet."""
    from storage import Store
    from storage.ledger import apply_ops_one_by_one

    def world(path):  # type: ignore[no-untyped-def]
        store = Store.open(path, clock=clock)
        for team in ("T1", "T2"):
            store.install_workspace(team, installer_user_id="U1")
        ws = store.workspace("T1")
        ids = [ws.add_offer(f"Offer {n}", "competency", A, actor="U1").id for n in range(8)]
        other = store.workspace("T2").add_offer("Theirs", "competency", A, actor="U1").id
        ws.fail_reminder(ids[1], A, BEFORE, error="uncertain:timeout", uncertain=True)
        ws.fail_reminder(ids[2], A, BEFORE, error="temporary:ratelimited")
        store.reminder_ledger_batch([claim("T1", ids[3]), claim("T1", ids[4])], lease_seconds=1, claimer="d")
        store.reminder_ledger_batch([confirm("T1", ids[5], "5.5")], lease_seconds=60, claimer="d")
        ws.renew_offer(ids[6], A + timedelta(days=3), actor="U1")
        ws.skip_reminder(ids[7], A, BEFORE, reason="stale")
        ws.skip_reminder(ids[7], A, ReminderKind.AFTER, reason="stale")
        clock.advance(seconds=30)
        store.reminder_ledger_batch([claim("T1", ids[4])], lease_seconds=600, claimer="live")
        store.reminder_ledger_batch([claim("T1", ids[3], ReminderKind.AFTER)], lease_seconds=600, claimer="d")
        ws.fail_reminder(ids[1], A, ReminderKind.AFTER, error="temporary:ratelimited")
        return store, ids, other

    ops_of = lambda ids, other: [  # noqa: E731
        *(claim("T1", i) for i in ids),
        claim("T1", ids[0], ReminderKind.AFTER),
        confirm("T1", ids[3], "3.3", ReminderKind.AFTER),  # over a live claim
        confirm("T1", ids[1], "1.1", ReminderKind.AFTER),  # over a failure
        confirm("T1", ids[7], "7.7", ReminderKind.AFTER),  # over a skip
        confirm("T1", ids[4], "4.4", ReminderKind.AFTER),  # over nothing
        confirm("T1", ids[6], "6.6", ReminderKind.AFTER),  # an earlier cycle's: confirms do not check it
        LedgerOp("fail", "T1", ids[5], A, ReminderKind.AFTER, error="permanent:msg_too_long"),
        LedgerOp("fail", "T1", ids[2], A, ReminderKind.AFTER, error="uncertain:timeout", uncertain=True),
        claim("T1", other),
        confirm("T1", 99999, "9.9"),
    ]
    start = clock.now
    batched, ids, other = world(tmp_path / "batched.db")
    together = batched.reminder_ledger_apply(ops_of(ids, other), lease_seconds=60, claimer="w")
    batched.close()
    clock.now = start
    single, ids2, other2 = world(tmp_path / "single.db")
    alone = apply_ops_one_by_one(single.connections, ops_of(ids2, other2), lease_seconds=60, claimer="w")
    single.close()
    assert together == alone
    assert [(r.won, r.maybe_repeat) for r in together[:8]] == [
        (True, False),  # never tried
        (True, True),  # an uncertain failure: may have landed
        (True, False),  # a certain temporary failure
        (True, True),  # a claim that ran out unconfirmed
        (False, False),  # a live claim
        (False, False),  # sent
        (False, False),  # renewed since: not this cycle any more
        (False, False),  # skipped
    ]
    # no failure among them: one statement, its own transaction, the same as one at a time again
    kept = lambda ids, other: [op for op in ops_of(ids, other) if op.action != "fail"]  # noqa: E731
    clock.now = start
    fast, ids3, other3 = world(tmp_path / "fast.db")
    quick = fast.reminder_ledger_apply(kept(ids3, other3), lease_seconds=60, claimer="w")
    assert not fast.connections.connection().conn.in_transaction
    clock.now = start
    slow, ids4, other4 = world(tmp_path / "slow.db")
    assert quick == apply_ops_one_by_one(slow.connections, kept(ids4, other4), lease_seconds=60, claimer="w")
    slow.close()
    fast.close()
    assert (
        table_dump(tmp_path / "fast.db")["reminder_ledger"]
        == table_dump(tmp_path / "slow.db")["reminder_ledger"]
    )
    assert (
        table_dump(tmp_path / "batched.db")["reminder_ledger"]
        == table_dump(tmp_path / "single.db")["reminder_ledger"]
    )


def test_a_batch_without_failures_is_committed_when_it_returns(store, db_path, clock):
    """The claims and confirms statement runs outside BEGIN/COMMIT: SQLite commits it only once its last
    ``RETURNING`` row has been read, so ``write_statement`` reads them all; another connection (a process
    that takes over after a crash) sees every claim as soon as the call returns."""
    from storage import Store

    ids = [store.workspace("T1").add_offer(f"Offer {n}", "competency", A, actor="U1").id for n in range(3)]
    results = store.reminder_ledger_apply([claim("T1", i) for i in ids], lease_seconds=60, claimer="w")
    assert [r.won for r in results] == [True, True, True]
    other = Store.open(db_path, clock=clock)
    try:
        assert {e.offer_id: e.status for e in other.workspace("T1").ledger()} == dict.fromkeys(ids, "claimed")
    finally:
        other.close()
