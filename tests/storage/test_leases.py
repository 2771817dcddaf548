"""Named leases: only one process at a time runs the reminder scheduler."""

from __future__ import annotations

import threading

import pytest

STORE_WORKSPACES: dict = {}  # leases need no workspace


def test_one_holder_at_a_time(store):
    assert store.acquire_lease("scheduler", "proc-a", lease_seconds=30) is True
    assert store.acquire_lease("scheduler", "proc-b", lease_seconds=30) is False
    assert store.acquire_lease("other-job", "proc-b", lease_seconds=30) is True


def test_the_holder_extends_its_lease(store, clock):
    assert store.acquire_lease("scheduler", "proc-a", lease_seconds=30)
    clock.advance(seconds=25)
    assert store.acquire_lease("scheduler", "proc-a", lease_seconds=30)  # heartbeat
    clock.advance(seconds=25)  # 50 s after the first acquire, 25 s after the heartbeat
    assert store.acquire_lease("scheduler", "proc-b", lease_seconds=30) is False


def test_an_expired_lease_passes_to_another_holder(store, clock):
    assert store.acquire_lease("scheduler", "proc-a", lease_seconds=30)
    clock.advance(seconds=30)
    assert store.acquire_lease("scheduler", "proc-b", lease_seconds=30) is False  # lease_until == now
    clock.advance(seconds=1)
    assert store.acquire_lease("scheduler", "proc-b", lease_seconds=30) is True
    assert store.acquire_lease("scheduler", "proc-a", lease_seconds=30) is False


def test_release_only_by_the_holder(store):
    assert store.acquire_lease("scheduler", "proc-a", lease_seconds=30)
    assert store.release_lease("scheduler", "proc-b") is False
    assert store.acquire_lease("scheduler", "proc-b", lease_seconds=30) is False
    assert store.release_lease("scheduler", "proc-a") is True
    assert store.acquire_lease("scheduler", "proc-b", lease_seconds=30) is True


def test_lease_seconds_must_be_positive(store):
    with pytest.raises(ValueError):
        store.acquire_lease("scheduler", "proc-a", lease_seconds=0)


def test_threads_racing_for_a_lease_exactly_one_wins(store):
    barrier = threading.Barrier(8)
    results: list[bool] = []
    lock = threading.Lock()

    def racer(i: int) -> None:
        barrier.wait()
        won = store.acquire_lease("scheduler", f"holder-{i}", lease_seconds=60)
        with lock:
            results.append(won)

    threads = [threading.Thread(target=racer, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False] * 7 + [True]
