"""The recently-seen memory behind replay refusal and event deduplication."""

from __future__ import annotations

from bot.runtime.seen import RecentlySeen


def test_a_key_is_new_once_within_the_window_and_again_after_it() -> None:
    seen = RecentlySeen(window=300)
    assert seen.first_time("sig", now=0.0)
    assert not seen.first_time("sig", now=299.0)
    assert seen.first_time("sig", now=601.0)


def test_the_memory_stays_bounded_dropping_the_oldest() -> None:
    seen = RecentlySeen(window=10_000, size=3)
    for n, key in enumerate("abcd"):
        assert seen.first_time(key, now=float(n))
    assert seen.first_time("a", now=5.0)  # "a" was the oldest and went when "d" came
    assert not seen.first_time("d", now=5.0)
