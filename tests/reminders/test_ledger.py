"""Group commit of the sweep's ledger writes: concurrent claims share commits, each still wins or loses
exactly as alone, a confirm is committed with the next claim or within its window (and before ``flush``
returns), and a failure never strands a waiting thread."""

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
            if [r.won for r in ledger.claim([row])] == [True]:
                won.append(row.offer_id)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(won) == sorted(r.offer_id for r in due)
    assert sum(ledger.commits for ledger in ledgers) < 8 * len(due)  # some claims shared a commit


def test_claims_arriving_together_are_gathered_into_one_commit(store: Store) -> None:
    """With ``gather=4`` the first claim's commit waits (up to its window, here far longer than needed) for
    the other three workers' claims: four posts' claims, one commit, each won once and committed before its
    claim returns."""
    due = rows(store, 4)
    ledger = GroupCommitLedger(store, lease_seconds=60, claimer="me", gather=4, gather_window=30)
    results: dict[int, bool] = {}

    def worker(row: DueReminderRow) -> None:
        [result] = ledger.claim([row])
        results[row.offer_id] = result.won
        assert statuses(store)[row.offer_id] == "claimed"  # committed before the claim returned

    threads = [threading.Thread(target=worker, args=(row,)) for row in due]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {row.offer_id: True for row in due}
    assert ledger.commits == 1


def test_a_lone_claim_waits_no_longer_than_the_gather_window(store: Store) -> None:
    """Nobody else claims: the commit goes ahead once the window is over, alone."""
    [row] = rows(store, 1)
    ledger = GroupCommitLedger(store, lease_seconds=60, claimer="me", gather=8, gather_window=0.01)
    assert won(ledger.claim([row])) == [True] and ledger.commits == 1
    assert statuses(store) == {row.offer_id: "claimed"}


def won(results: list) -> list[bool]:  # type: ignore[type-arg]
    return [r.won for r in results]


def statuses(store: Store) -> dict[int, str]:
    return {e.offer_id: e.status for e in store.workspace("T1").ledger()}


def test_a_confirm_rides_along_with_the_next_claim_and_flush_commits_the_rest(store: Store) -> None:
    """A busy sweep commits the confirms of the posts just answered with the claims of the next ones: one
    commit per post, not two. Whatever is still queued is committed before ``flush`` returns."""
    first, second, third = rows(store, 3)
    ledger = GroupCommitLedger(store, lease_seconds=60, claimer="me", confirm_window=60)
    assert won(ledger.claim([first])) == [True] and ledger.commits == 1
    ledger.confirm([first], "C1", "1.1")  # queued: the flusher would wait a minute here
    assert statuses(store) == {first.offer_id: "claimed"}
    assert won(ledger.claim([second])) == [True] and ledger.commits == 2  # the confirm went with it
    assert statuses(store) == {first.offer_id: "sent", second.offer_id: "claimed"}
    ledger.confirm([second], "C1", "2.2")
    ledger.flush()
    assert statuses(store) == {first.offer_id: "sent", second.offer_id: "sent"}
    ledger.confirm([third], "C1", "3.3")  # after flush: committed at once, nobody else would
    assert statuses(store)[third.offer_id] == "sent"
    assert won(ledger.claim([first])) == [False]


def test_a_lone_confirm_is_committed_by_the_window_without_another_write(store: Store) -> None:
    """Nothing answered waits for a slow post: with no claim to ride along, the flusher commits it after
    ``confirm_window`` (0.1 s by default), while the sweep is still running."""
    [row] = rows(store, 1)
    ledger = GroupCommitLedger(store, lease_seconds=60, claimer="me")
    ledger.claim([row])
    ledger.confirm([row], "C1", "1.1")
    for _ in range(100):  # polled, not timed: it lands without any other write
        if statuses(store) == {row.offer_id: "sent"}:
            break
        threading.Event().wait(0.05)
    assert statuses(store) == {row.offer_id: "sent"} and ledger.commits == 2
    ledger.flush()


def test_a_confirm_that_fails_is_logged_and_strands_nobody(
    store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = rows(store, 2)
    ledger = GroupCommitLedger(store, lease_seconds=60, claimer="me", confirm_window=60)
    ledger.claim([first, second])
    real = store.reminder_ledger_apply

    def picky(ops, **kwargs):  # type: ignore[no-untyped-def]
        if any(op.action == "confirm" for op in ops):
            raise RuntimeError("disk on fire")
        return real(ops, **kwargs)

    monkeypatch.setattr(store, "reminder_ledger_apply", picky)
    ledger.confirm([first], "C1", "1.1")
    assert won(ledger.claim([second])) == [False]  # still claimed by us: the confirm failed alone
    ledger.flush()
    assert "could not confirm sent reminders" in caplog.text
    assert statuses(store) == {first.offer_id: "claimed", second.offer_id: "claimed"}


def test_an_uncertain_failure_marks_every_later_attempt_whatever_comes_between(store: Store) -> None:
    [row] = rows(store, 1)
    ledger = GroupCommitLedger(store, lease_seconds=60, claimer="me")
    [first] = ledger.claim([row])
    assert first.won and not first.maybe_repeat
    ledger.fail([row], "uncertain:timeout", uncertain=True)
    for error in ("temporary:ratelimited", "permanent:msg_too_long", "channel:not_in_channel"):
        [again] = ledger.claim([row])
        assert again.won and again.maybe_repeat  # a later, certain error does not erase it
        ledger.fail([row], error, uncertain=False)
    [entry] = store.workspace("T1").ledger()
    assert entry.maybe_landed and entry.last_error == "channel:not_in_channel"


def test_a_claim_taken_over_after_its_lease_is_a_possible_repeat(store: Store) -> None:
    [row] = rows(store, 1)
    dead = GroupCommitLedger(store, lease_seconds=1, claimer="dead")
    assert won(dead.claim([row])) == [True]
    with store.connections.write() as db:  # the dead claim's lease runs out
        db.execute("UPDATE reminder_ledger SET lease_until = '2000-01-01T00:00:00+00:00'")
    [result] = GroupCommitLedger(store, lease_seconds=60, claimer="me").claim([row])
    assert result.won and result.maybe_repeat


def test_a_failing_request_fails_alone_and_nobody_hangs(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    good, bad = rows(store, 2)
    ledger = GroupCommitLedger(store, lease_seconds=60, claimer="me")
    real = store.reminder_ledger_apply

    def picky(ops, **kwargs):  # type: ignore[no-untyped-def]
        if any(op.offer_id == bad.offer_id for op in ops):
            raise RuntimeError("disk on fire")
        return real(ops, **kwargs)

    monkeypatch.setattr(store, "reminder_ledger_apply", picky)
    results: dict[str, object] = {}
    barrier = threading.Barrier(2)

    def claim(name: str, row: DueReminderRow) -> None:
        barrier.wait()
        try:
            results[name] = won(ledger.claim([row]))
        except RuntimeError as err:
            results[name] = str(err)

    threads = [threading.Thread(target=claim, args=(n, r)) for n, r in (("good", good), ("bad", bad))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert results == {"good": [True], "bad": "disk on fire"}


def test_a_started_claim_waits_for_its_commit_only_in_result(store: Store) -> None:
    """``claim_started`` while another worker is committing only queues the claim (its thread renders
    its post meanwhile); ``result()`` returns once the claim is in the ledger, here committed by this
    thread itself, to which the busy worker hands the lead."""
    first, second = rows(store, 2)
    ledger = GroupCommitLedger(store, lease_seconds=60, claimer="me")
    committing, go_on = threading.Event(), threading.Event()
    apply = ledger._apply

    def slow_apply(ops: list) -> list:  # type: ignore[type-arg]
        committing.set()
        assert go_on.wait(10)
        return apply(ops)

    ledger._apply = slow_apply  # type: ignore[method-assign]
    results: dict[int, bool] = {}

    def busy_worker() -> None:
        [result] = ledger.claim([first])
        results[first.offer_id] = result.won

    thread = threading.Thread(target=busy_worker)
    thread.start()
    assert committing.wait(10)
    pending = ledger.claim_started([second])  # queued behind the commit in progress
    assert statuses(store) == {}  # nothing committed yet: nothing may be posted
    go_on.set()
    [result] = pending.result()
    thread.join()
    assert result.won and results == {first.offer_id: True}
    assert statuses(store) == {first.offer_id: "claimed", second.offer_id: "claimed"}
    assert ledger.commits == 2
