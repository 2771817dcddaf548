"""The APScheduler timer and the single-sender lease, in-process."""

from __future__ import annotations

import threading
import time
from datetime import date, timedelta

import pytest

from bot.local.slack import SlackServer
from bot.reminders import (
    SENDER_LEASE,
    ReminderConfig,
    ReminderScheduler,
    SlackDelivery,
    Sweeper,
    clock_from_env,
)
from bot.reminders.scheduler import JOB_ID
from bot.runtime.config import SettingsError
from storage import Store
from tests.harness import CHANNEL, PARTNER, TEAM
from tests.reminders.helpers import Env

A = date(2021, 3, 10)


ENV_START = "2021-02-23T10:00:00+00:00"
ENV_OFFERS = [("Cloud Platform", "competency", A)]


def scheduler_for(env: Env, holder: str, **kwargs: object) -> ReminderScheduler:
    sweeper = Sweeper(env.store, env.sweeper.delivery, env.clock, claimer=holder, claim_lease_seconds=60)
    return ReminderScheduler(sweeper, env.store, holder=holder, **kwargs)  # type: ignore[arg-type]


def holder_of(store: Store) -> str | None:
    row = (
        store.connections.connection()
        .execute("SELECT holder FROM leases WHERE name = ?", [SENDER_LEASE])
        .fetchone()
    )
    return None if row is None else row[0]


def test_only_the_lease_holder_sweeps(env: Env) -> None:
    first, second = (
        scheduler_for(env, "first", interval_seconds=60),
        scheduler_for(env, "second", interval_seconds=60),
    )
    assert first.tick() is not None
    assert second.tick() is None  # the lease is held: the second process does nothing
    assert len(env.posts()) == 1 and holder_of(env.store) == "first"
    env.ws.add_offer("Security", "competency", A + timedelta(days=1), actor=PARTNER)
    env.clock.advance(timedelta(days=1))  # the first holder is gone for a day: its lease ran out
    report = second.tick()
    assert report is not None and report.reminders_posted == 1 and holder_of(env.store) == "second"
    assert first.tick() is None
    assert len(env.posts()) == 2


def test_a_holder_extends_its_lease_on_every_tick(env: Env) -> None:
    first, second = (
        scheduler_for(env, "first", interval_seconds=60),
        scheduler_for(env, "second", interval_seconds=60),
    )
    for _ in range(5):
        assert first.tick() is not None
        env.clock.advance(timedelta(seconds=60))
        assert second.tick() is None


def test_a_sweep_stops_when_its_lease_is_taken_over(env: Env) -> None:
    for n in range(45):  # three posts' worth
        env.ws.add_offer(f"Offer {n:02d}", "competency", A, actor=PARTNER)
    sched = scheduler_for(env, "slow", interval_seconds=30, lease_seconds=30)
    posts = 0

    def keep_going() -> bool:
        nonlocal posts
        posts += 1
        if posts == 2:  # after the first post, an hour passes and another process takes the lease over
            env.clock.advance(timedelta(hours=1))
            assert env.store.acquire_lease(SENDER_LEASE, "usurper", lease_seconds=300)
        return sched._keep_going()

    assert sched._acquire()
    report = sched.sweeper.run(keep_going=keep_going)
    assert report.stopped and len(report.posted) == 1
    assert len(env.posts()) == 1


def test_the_timer_sweeps_at_start_up_with_deliberate_job_options(env: Env) -> None:
    sched = scheduler_for(env, "timer", interval_seconds=3600)
    sched.start()
    try:
        env.slack.wait_for(lambda: env.posts(CHANNEL), timeout=10)
        job = sched._scheduler.get_job(JOB_ID)  # type: ignore[union-attr]
        assert (job.coalesce, job.max_instances, job.misfire_grace_time) == (True, 1, None)
        assert job.trigger.interval == timedelta(seconds=3600)
    finally:
        sched.shutdown()
    assert holder_of(env.store) is None  # handed back on shutdown
    assert len(env.posts()) == 1


def test_the_timer_ticks_on_its_interval(env: Env) -> None:
    sched = scheduler_for(env, "fast", interval_seconds=0.2)
    ticks = []
    original = sched.tick
    sched.tick = lambda: ticks.append(1) or original()  # type: ignore[method-assign, func-returns-value]
    sched.start()
    try:
        deadline = time.monotonic() + 10
        while len(ticks) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        sched.shutdown()
    assert len(ticks) >= 3 and len(env.posts()) == 1


def test_two_schedulers_racing_on_one_database_post_each_reminder_once(env: Env) -> None:
    for n in range(30):
        env.ws.add_offer(f"Offer {n:02d}", "competency", A + timedelta(days=n % 3), actor=PARTNER)
    env.clock.advance(timedelta(days=3))
    # Both think they hold the lease (as after a clock jump); the ledger's claims still decide.
    scheds = [scheduler_for(env, f"racer-{i}", interval_seconds=60) for i in range(2)]
    barrier = threading.Barrier(2)

    def race(s: ReminderScheduler) -> None:
        barrier.wait()
        s.sweeper.run()

    threads = [threading.Thread(target=race, args=(s,)) for s in scheds]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    named = [line for m in env.posts() for line in (m.text.split(": ", 1)[1].split(", "))]
    assert sorted(named) == sorted({*named}) and len(named) == 31


def test_reminder_config_from_the_environment() -> None:
    assert ReminderConfig.from_env({}) == ReminderConfig()
    config = ReminderConfig.from_env(
        {
            "MPN_SWEEP_INTERVAL_SECONDS": "0.5",
            "MPN_CLAIM_LEASE_SECONDS": "3",
            "MPN_SENDER_LEASE_SECONDS": "2",
            "MPN_SWEEP_WORKERS": "2",
        }
    )
    assert config == ReminderConfig(
        interval_seconds=0.5, sender_lease_seconds=2, claim_lease_seconds=3, workers=2
    )
    with pytest.raises(SettingsError, match="MPN_SWEEP_INTERVAL_SECONDS must be a number"):
        ReminderConfig.from_env({"MPN_SWEEP_INTERVAL_SECONDS": "often"})
    with pytest.raises(SettingsError, match="MPN_CLAIM_LEASE_SECONDS must be at least 1"):
        ReminderConfig.from_env({"MPN_CLAIM_LEASE_SECONDS": "0"})


def test_the_fake_clock_starts_where_it_is_told_and_runs_on() -> None:
    clock = clock_from_env({"MPN_FAKE_NOW": "2021-03-25T10:00:00+00:00"})
    first = clock()
    assert first.isoformat().startswith("2021-03-25T10:00:00")
    time.sleep(0.05)
    assert clock() - first >= timedelta(seconds=0.05)
    with pytest.raises(SettingsError):
        clock_from_env({"MPN_FAKE_NOW": "2021-03-25T10:00:00"})  # no offset
    with pytest.raises(SettingsError):
        clock_from_env({"MPN_FAKE_NOW": "soon"})


def test_slack_delivery_paces_posts_to_one_channel(slack: SlackServer) -> None:
    slack.set_rate_limits(per_channel_per_sec=1.0)
    delivery = SlackDelivery({TEAM: "xoxb-T1-test-token"}.get, base_url=slack.base_url, min_interval=1.0)
    started = time.monotonic()
    for n in range(3):
        delivery.post(TEAM, CHANNEL, {"text": f"post {n}"}, None)
    elapsed = time.monotonic() - started
    assert 2.0 <= elapsed < 3.5
    assert [c.status for c in slack.calls_to("chat.postMessage")] == [200, 200, 200]  # never rate limited
