"""Delivering a day's reminders to a Slack-like server (DESIGN.md section 3), measured in one run.

The local Slack stand-in enforces Slack's chat.postMessage limit, one post per second per channel, and answers
429 with Retry-After beyond it. Two days:

(a) rate-limit-bound: ``MPN_BENCH_RL_CHANNELS`` workspaces (3) with one reminder channel each and enough
    offers due for ``MPN_BENCH_RL_POSTS`` posts (60, i.e. 20 per channel: 20 offers per post). The limit alone
    allows no faster than ``posts per channel / 1 per second`` (20 s). Target: total time within 1.05x of it
    (DESIGN.md).
(b) throughput-bound: ``MPN_BENCH_POSTS`` workspaces (20,000), one channel and one reminder each. The whole
    reminder path (``Sweeper.run``: plan, read each workspace, claim, render, post, confirm) against a bare slack_sdk loop
    making the same chat.postMessage calls (same tokens, channels, text, blocks, metadata, recorded by an
    untimed sweep first) with the same thread pool, in the same run, alternating. Target: posts/s within 1.2x of the bare loop.

Both check that nothing was lost and nothing posted twice: one message per reminder post in the stand-in,
every ledger row ``sent``.

    python -m benchmarks.bench_delivery
    MPN_BENCH_POSTS=2000 python -m benchmarks.bench_delivery     # smaller (b)
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypedDict

from slack_sdk import WebClient

from bot.local.slack import SlackServer
from bot.reminders import SlackDelivery, Sweeper
from bot.render.reminders import MAX_ITEMS_PER_POST
from rules import Kind, Offer, normalize_name, reminders
from storage import Store

NOW = datetime(2021, 2, 23, 10, 0, tzinfo=UTC)  # 11:00 in Amsterdam: past the posting hour
ANNIVERSARY = date(2021, 3, 10)  # -15 reminders due on 23 February
STAMP = NOW.isoformat(timespec="microseconds")
WORKERS = int(os.environ.get("MPN_BENCH_WORKERS", "8"))
RL_CHANNELS = int(os.environ.get("MPN_BENCH_RL_CHANNELS", "3"))
RL_POSTS = int(os.environ.get("MPN_BENCH_RL_POSTS", "60"))
POSTS = int(os.environ.get("MPN_BENCH_POSTS", "20000"))
ROUNDS = int(os.environ.get("MPN_BENCH_ROUNDS", "3"))


def _clock() -> datetime:
    return NOW


def fill(path: Path, workspaces: int, offers_per_workspace: int) -> None:
    """Workspaces ``T0000000``.. with channel ``C<team>`` and their offers, all due today, in one
    transaction of plain inserts (reminder dates from ``rules.reminders``); the schema from ``Store.open``."""
    Store.open(path, clock=_clock).close()
    cycle = [
        (r.kind.value, r.anniversary.isoformat(), r.due_on.isoformat(), r.meaningful_until.isoformat())
        for r in reminders(Offer("x", Kind.COMPETENCY, ANNIVERSARY))
    ]
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    offer_id = 0
    for w in range(workspaces):
        team = f"T{w:07d}"
        conn.execute(
            "INSERT INTO workspaces (team_id, name, time_zone, language, reminder_channel, moved_to_partner_center, "
            "posting_hour, installed_at, updated_at) VALUES (?, ?, 'Europe/Amsterdam', 'en', ?, 1, 9, ?, ?)",
            [team, f"Workspace {w}", f"C{team}", STAMP, STAMP],
        )
        conn.execute(
            "INSERT INTO admins (team_id, user_id, added_by, added_at) VALUES (?, 'UADMIN', 'bench', ?)",
            [team, STAMP],
        )
        for i in range(offers_per_workspace):
            offer_id += 1
            name = f"Competency {i:03d}"
            conn.execute(
                "INSERT INTO offers (id, team_id, name, name_key, kind, anniversary, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, 'competency', ?, ?, ?)",
                [offer_id, team, name, normalize_name(name), ANNIVERSARY.isoformat(), STAMP, STAMP],
            )
            conn.executemany(
                "INSERT INTO offer_reminders (offer_id, kind, team_id, anniversary, due_on, meaningful_until) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (offer_id, kind, team, anniversary, due_on, until)
                    for kind, anniversary, due_on, until in cycle
                ],
            )
    conn.execute("COMMIT")
    conn.close()


def simulator(workspaces: int) -> SlackServer:
    slack = SlackServer(rate_limit_per_channel_per_sec=1.0, record_calls=False).start()
    for w in range(workspaces):
        team = f"T{w:07d}"
        slack.add_workspace(team, name=team, bot_token=f"xoxb-{team}")
        slack.add_channel(team, f"C{team}", name="mpn-renewals")
    return slack


def tokens(workspaces: int) -> dict[str, str]:
    return {f"T{w:07d}": f"xoxb-T{w:07d}" for w in range(workspaces)}


class CapturingDelivery(SlackDelivery):
    """``SlackDelivery`` that also keeps each post's arguments, so the bare loop can replay the same calls."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.calls: list[tuple[str, str, dict[str, Any], dict[str, Any] | None]] = []

    def post(
        self,
        team_id: str,
        channel: str,
        message: Mapping[str, Any],
        metadata: Mapping[str, Any] | None = None,
    ) -> tuple[str, str]:
        self.calls.append((team_id, channel, dict(message), dict(metadata) if metadata else None))
        return super().post(team_id, channel, message, metadata)


def sweep(
    db: Path, slack: SlackServer, workspaces: int, capture: bool = False
) -> tuple[float, Any, SlackDelivery]:
    """One timed ``Sweeper.run``; with ``capture`` through ``CapturingDelivery`` (for the untimed sweep that
    records the calls the bare loop makes), else through the product's own ``SlackDelivery``."""
    store = Store.open(db, clock=_clock)
    kind = CapturingDelivery if capture else SlackDelivery
    delivery = kind(tokens(workspaces).get, base_url=slack.base_url)
    sweeper = Sweeper(store, delivery, _clock, claimer="bench", workers=WORKERS)
    started = time.perf_counter()
    report = sweeper.run()
    elapsed = time.perf_counter() - started
    store.close()
    return elapsed, report, delivery


def bare_loop(
    slack: SlackServer, calls: list[tuple[str, str, dict[str, Any], dict[str, Any] | None]]
) -> float:
    """The same chat.postMessage calls with nothing around them: one WebClient per token, same pool size."""

    def post(call: tuple[str, str, dict[str, Any], dict[str, Any] | None]) -> None:
        team, channel, message, metadata = call
        WebClient(token=f"xoxb-{team}", base_url=slack.base_url).chat_postMessage(
            channel=channel, text=message.get("text"), blocks=message.get("blocks"), metadata=metadata,
            unfurl_links=False, unfurl_media=False,
        )  # fmt: skip

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        list(pool.map(post, calls))
    return time.perf_counter() - started


def check_once(slack: SlackServer, db: Path, expected_posts: int, expected_rows: int) -> None:
    """Nothing lost, nothing doubled: the stand-in got exactly the posts, every ledger row is sent once."""
    messages = slack.messages()
    per_channel = Counter((m.team_id, m.channel) for m in messages)
    keys = Counter(
        k for m in messages for k in (m.metadata or {}).get("event_payload", {}).get("reminders", [])
    )
    assert len(messages) == expected_posts, (len(messages), expected_posts)
    assert len(keys) == expected_rows and set(keys.values()) == {1}, "a reminder was lost or posted twice"
    with sqlite3.connect(db) as conn:
        statuses = Counter(row[0] for row in conn.execute("SELECT status FROM reminder_ledger"))
    assert statuses == Counter({"sent": expected_rows}), statuses
    assert sum(per_channel.values()) == expected_posts


def rate_limit_bound(tmp: Path) -> dict[str, float]:
    per_channel = RL_POSTS // RL_CHANNELS
    offers = per_channel * MAX_ITEMS_PER_POST
    db = tmp / "rate-limited.db"
    fill(db, RL_CHANNELS, offers)
    slack = simulator(RL_CHANNELS)
    try:
        elapsed, report, _ = sweep(db, slack, RL_CHANNELS)
        check_once(slack, db, RL_CHANNELS * per_channel, RL_CHANNELS * offers)
        rejected = sum(1 for m in slack.calls if m.status == 429)
    finally:
        slack.stop()
    bound = per_channel / 1.0  # one post per second per channel, channels in parallel
    strict = (per_channel - 1) / 1.0  # first post at 0 s, the last one (n - 1) s later: nothing can beat it
    return {
        "posts": len(report.posted),
        "channels": RL_CHANNELS,
        "seconds": elapsed,
        "bound": bound,
        "ratio": elapsed / bound,
        "strict": strict,
        "strict_ratio": elapsed / strict,
        "rejected_429": rejected,
    }


class Throughput(TypedDict):
    posts: int
    ours_posts_per_s: float
    bare_posts_per_s: float
    ratio: float
    ours_runs: list[float]
    bare_runs: list[float]


def throughput_bound(tmp: Path) -> Throughput:
    pristine = tmp / "throughput-pristine.db"
    fill(pristine, POSTS, 1)
    slack = simulator(POSTS)
    ours, bare = [], []
    try:
        # The calls the bare loop makes, recorded by a sweep of their own, untimed: recording keeps every
        # post's blocks alive, which would tax the timed sweeps' garbage collection, not the product's.
        db = tmp / "throughput-capture.db"
        shutil.copy(pristine, db)
        _, _, recorder = sweep(db, slack, POSTS, capture=True)
        check_once(slack, db, POSTS, POSTS)
        assert isinstance(recorder, CapturingDelivery)
        calls = recorder.calls
        for round_no in range(ROUNDS):
            db = tmp / f"throughput-{round_no}.db"
            shutil.copy(pristine, db)
            slack.reset()
            elapsed, report, _ = sweep(db, slack, POSTS)
            check_once(slack, db, POSTS, POSTS)
            ours.append(elapsed)
            slack.reset()
            bare.append(bare_loop(slack, calls))
            assert len(slack.messages()) == POSTS
    finally:
        slack.stop()
    ours_rate, bare_rate = POSTS / statistics.median(ours), POSTS / statistics.median(bare)
    return {
        "posts": POSTS,
        "ours_posts_per_s": ours_rate,
        "bare_posts_per_s": bare_rate,
        "ratio": bare_rate / ours_rate,
        "ours_runs": ours,
        "bare_runs": bare,
    }


def main() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(
        prefix="mpn-bench-delivery-", dir=os.environ.get("MPN_BENCH_DIR")
    ) as tmp:
        a = rate_limit_bound(Path(tmp))
        b = throughput_bound(Path(tmp))
    ok = {True: "ok", False: "MISSED"}
    width = 44
    print()
    print(
        f"reminder delivery against the Slack stand-in (1 post/s/channel, 429 + Retry-After), {WORKERS} workers"
    )
    print("-" * 80)
    print(f"{'what':<{width}}{'figure':>18}   target")
    print("-" * 80)
    print(f"(a) {a['posts']} posts to {a['channels']} channels")
    print(f"{'  total time':<{width}}{a['seconds']:>16.2f} s")
    print(f"{'  bound the rate limit allows':<{width}}{a['bound']:>16.2f} s")
    print(f"{'  total / bound':<{width}}{a['ratio']:>17.2f}x   <= 1.05x  {ok[a['ratio'] <= 1.05]}")
    print(f"{'  total / strict bound (last post at n-1 s)':<{width}}{a['strict_ratio']:>17.2f}x")
    print(f"{'  posts answered 429':<{width}}{a['rejected_429']:>18}")
    print(f"(b) {b['posts']:,} posts to {b['posts']:,} channels ({ROUNDS} rounds, alternating, medians)")
    print(f"{'  mpn-bot sweep':<{width}}{b['ours_posts_per_s']:>12.0f} posts/s")
    print(f"{'  bare slack_sdk loop, same calls':<{width}}{b['bare_posts_per_s']:>12.0f} posts/s")
    print(f"{'  bare / mpn-bot':<{width}}{b['ratio']:>17.2f}x   <= 1.2x   {ok[b['ratio'] <= 1.2]}")
    print("-" * 80)
    print("nothing lost, nothing posted twice (checked in the stand-in and the ledger)")
    print(
        "(b) runs, s: mpn-bot "
        + ", ".join(f"{t:.2f}" for t in b["ours_runs"])
        + "; bare "
        + ", ".join(f"{t:.2f}" for t in b["bare_runs"])
    )
    return {"a": a, "b": b}


if __name__ == "__main__":
    main()
