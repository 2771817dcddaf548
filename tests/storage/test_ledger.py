"""The reminder ledger: claim before posting, confirm after; leases; races between threads and processes.

Claims and confirms go through ``Store.reminder_ledger_batch``, one op per call, the way the sweep makes
them; failures and skips through the workspace handle, as the sweep records them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import date, timedelta

import pytest

from rules import ReminderKind
from storage import StorageError
from tests.paths import ROOT
from tests.storage.helpers import claim, confirm

ANNIVERSARY = date(2024, 6, 1)


STORE_WORKSPACES = {"T1": {"installer_user_id": "U1"}, "T2": {"installer_user_id": "U9"}}


def entry(ws, offer_id, kind=ReminderKind.BEFORE):
    [row] = [e for e in ws.ledger(offer_id) if e.kind == kind]
    return row


def test_first_claim_wins_and_records_the_claim(store, ws, offer, clock):
    assert claim(store, "T1", offer.id, ANNIVERSARY, "before", claimer="w1") is True
    row = entry(ws, offer.id)
    assert (row.status, row.attempts, row.claimer, row.team_id) == ("claimed", 1, "w1", "T1")
    assert row.lease_until == clock.now + timedelta(seconds=60)
    assert row.anniversary == ANNIVERSARY and row.kind is ReminderKind.BEFORE


def test_a_live_lease_cannot_be_claimed_again(store, ws, offer, clock):
    assert claim(store, "T1", offer.id, ANNIVERSARY, "before", claimer="w1")
    clock.advance(seconds=60)  # lease_until == now: not yet expired
    assert claim(store, "T1", offer.id, ANNIVERSARY, "before", claimer="w2") is False
    assert entry(ws, offer.id).claimer == "w1"


def test_an_expired_lease_is_claimable(store, ws, offer, clock):
    assert claim(store, "T1", offer.id, ANNIVERSARY, "before", claimer="w1")
    clock.advance(seconds=61)
    assert claim(store, "T1", offer.id, ANNIVERSARY, "before", claimer="w2") is True
    row = entry(ws, offer.id)
    assert (row.status, row.claimer, row.attempts) == ("claimed", "w2", 2)


def test_claims_are_per_reminder_kind_and_anniversary(store, ws, offer):
    assert claim(store, "T1", offer.id, ANNIVERSARY, ReminderKind.BEFORE)
    assert claim(store, "T1", offer.id, ANNIVERSARY, ReminderKind.AFTER)
    # Only the current cycle can be claimed: correct the date to reach the next anniversary's reminder.
    ws.update_offer(offer.id, actor="U1", anniversary=date(2025, 6, 1))
    assert claim(store, "T1", offer.id, date(2025, 6, 1), ReminderKind.BEFORE)
    assert len(ws.ledger(offer.id)) == 3


def test_confirmed_is_final(store, ws, offer, clock):
    assert claim(store, "T1", offer.id, ANNIVERSARY, "before", claimer="w1")
    confirm(store, "T1", offer.id, ANNIVERSARY, "before", channel="C1", ts="1712.0001")
    row = entry(ws, offer.id)
    assert (row.status, row.channel, row.ts, row.lease_until) == ("sent", "C1", "1712.0001", None)
    clock.advance(days=1)
    assert claim(store, "T1", offer.id, ANNIVERSARY, "before", claimer="w2") is False
    ws.fail_reminder(offer.id, ANNIVERSARY, "before", error="late error")
    ws.skip_reminder(offer.id, ANNIVERSARY, "before", reason="late skip")
    confirm(store, "T1", offer.id, ANNIVERSARY, "before", channel="C2", ts="9")
    assert (entry(ws, offer.id).status, entry(ws, offer.id).ts) == ("sent", "1712.0001")


def test_failed_keeps_the_error_and_is_claimable_again(store, ws, offer):
    assert claim(store, "T1", offer.id, ANNIVERSARY, "after", claimer="w1")
    ws.fail_reminder(offer.id, ANNIVERSARY, "after", error="not_in_channel")
    row = entry(ws, offer.id, ReminderKind.AFTER)
    assert (row.status, row.last_error, row.attempts, row.lease_until) == (
        "failed",
        "not_in_channel",
        1,
        None,
    )
    assert claim(store, "T1", offer.id, ANNIVERSARY, "after", claimer="w2") is True
    row = entry(ws, offer.id, ReminderKind.AFTER)
    assert (row.status, row.attempts, row.last_error) == ("claimed", 2, "not_in_channel")
    confirm(store, "T1", offer.id, ANNIVERSARY, "after", channel="C1", ts="2")
    assert entry(ws, offer.id, ReminderKind.AFTER).status == "sent"


def test_skipped_is_never_claimed_or_sent(store, ws, offer):
    ws.skip_reminder(offer.id, ANNIVERSARY, "before", reason="stale: anniversary passed")
    row = entry(ws, offer.id)
    assert (row.status, row.reason, row.attempts) == ("skipped", "stale: anniversary passed", 0)
    assert claim(store, "T1", offer.id, ANNIVERSARY, "before", claimer="w") is False
    ws.fail_reminder(offer.id, ANNIVERSARY, "before", error="x")
    assert entry(ws, offer.id).status == "skipped"


def test_a_claimed_reminder_can_be_skipped(store, ws, offer):
    assert claim(store, "T1", offer.id, ANNIVERSARY, "before", claimer="w")
    ws.skip_reminder(offer.id, ANNIVERSARY, "before", reason="offer renewed meanwhile")
    assert entry(ws, offer.id).status == "skipped"


def test_error_text_is_bounded(ws, offer):
    ws.fail_reminder(offer.id, ANNIVERSARY, "before", error="x" * 100_000)
    assert len(entry(ws, offer.id).last_error) == 2000


def test_ledger_calls_reach_only_this_workspaces_offers(store, offer):
    other = store.workspace("T2")
    # A claim or confirm naming another team's offer is refused (False) and writes nothing.
    assert claim(store, "T2", offer.id, ANNIVERSARY, "before", claimer="x") is False
    assert confirm(store, "T2", offer.id, ANNIVERSARY, "before", channel="C", ts="1") is False
    for call in (
        lambda: other.fail_reminder(offer.id, ANNIVERSARY, "before", error="e"),
        lambda: other.skip_reminder(offer.id, ANNIVERSARY, "before", reason="r"),
    ):
        with pytest.raises(StorageError) as err:
            call()
        assert err.value.code == "offer_not_found"
    assert store.workspace("T1").ledger() == [] and other.ledger() == [] and other.ledger(offer.id) == []


@pytest.mark.parametrize(
    ("anniversary", "kind", "code"),
    [("2024-02-30", "before", "invalid_date"), (ANNIVERSARY, "during", "unknown_kind")],
)
def test_bad_ledger_keys_are_refused(store, ws, offer, anniversary, kind, code):
    with pytest.raises(StorageError) as err:
        claim(store, "T1", offer.id, anniversary, kind, claimer="w")
    assert err.value.code == code
    assert ws.ledger() == []


def test_lease_must_be_positive(store, ws, offer):
    with pytest.raises(ValueError):
        claim(store, "T1", offer.id, ANNIVERSARY, "before", lease_seconds=0)


def _race(store, offer_id: int, anniversary: date, threads: int) -> list[bool]:
    barrier = threading.Barrier(threads)
    results: list[bool] = []
    lock = threading.Lock()

    def racer(name: str) -> None:
        barrier.wait()
        won = claim(store, "T1", offer_id, anniversary, "before", claimer=name)
        with lock:
            results.append(won)

    workers = [threading.Thread(target=racer, args=(f"t{i}",)) for i in range(threads)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    return results


def test_threads_racing_for_one_claim_exactly_one_wins(store, ws):
    for round_ in range(20):
        anniversary = ANNIVERSARY + timedelta(days=round_)
        offer = ws.add_offer(f"Offer {round_}", "competency", anniversary, actor="U1")
        results = _race(store, offer.id, anniversary, threads=8)
        assert sorted(results) == [False] * 7 + [True]


@pytest.mark.slow
def test_processes_racing_for_claims_never_both_win(store, ws, tmp_path):
    anniversaries = [ANNIVERSARY + timedelta(days=i) for i in range(40)]
    offers = [
        f"{ws.add_offer(f'Offer {i}', 'competency', a, actor='U1').id}:{a.isoformat()}"
        for i, a in enumerate(anniversaries)
    ]
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.storage.worker",
                "claim",
                str(tmp_path / "mpn.db"),
                "T1",
                str(go),
                f"p{i}",
                *offers,
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for i in range(4)
    ]
    for w in workers:
        assert w.stdout.readline().strip() == "ready"
    go.touch()
    won: list[tuple[str, str]] = []
    for w in workers:
        out, _ = w.communicate(timeout=60)
        assert w.returncode == 0
        won += [tuple(k) for k in json.loads(out)]
    assert sorted(won) == sorted((o, k) for o in offers for k in ("before", "after"))
    entries = store.workspace("T1").ledger()
    assert len(entries) == 80 and all(e.status == "claimed" and e.attempts == 1 for e in entries)
