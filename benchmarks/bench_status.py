"""``/mpn status`` through a signed request into Bolt's dispatch, against a Bolt no-op command, in one run.

Target (DESIGN.md §3): with 10,000 workspaces x 10 offers in the database, the median of ``/mpn status``
within 1.5x of a no-op command's median, and its p99 far below Slack's 3-second acknowledgement limit.

Both commands go through the same path: a real signed request body, ``App.dispatch`` (signature check,
authorisation, middleware, listener), the reply in the acknowledgement. Requests alternate between the two
commands so that drift on the machine hits both alike. The users' Slack profiles are looked up once
(warm-up) as in a running bot; a separate cold figure shows the first command of a new user (one
``users.info`` round trip to the local Slack stand-in). Scale with MPN_BENCH_WORKSPACES.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from slack_bolt import App, BoltRequest

from bot.app import create_app
from bot.local.slack import SlackServer
from bot.local.slack.signing import sign, slash_command_body
from bot.runtime.config import Settings
from storage import Store

SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench"
WORKSPACES = int(os.environ.get("MPN_BENCH_WORKSPACES", "10000"))
OFFERS_PER_WORKSPACE = 10
SAMPLES = int(os.environ.get("MPN_BENCH_SAMPLES", "3000"))


def fill(store: Store, workspaces: int) -> None:
    rng = random.Random(7)
    start = date(2021, 1, 1)
    for n in range(workspaces):
        team = f"T{n:07d}"
        store.install_workspace(team, time_zone="Europe/Amsterdam", installer_user_id=f"U{n:07d}")
        rows = ["name,kind,anniversary"]
        for i in range(OFFERS_PER_WORKSPACE):
            kind = "competency" if i % 3 else "advanced_specialization"
            rows.append(f"Offer {i} of {team},{kind},{start + timedelta(days=rng.randrange(730))}")
        store.workspace(team).import_csv("\n".join(rows), actor="bench")


def request(team: str, user: str, command: str, text: str) -> BoltRequest:
    body = slash_command_body(
        team_id=team,
        user_id=user,
        channel_id="CBENCH",
        text=text,
        command=command,
        response_url="https://hooks.invalid/x",
    )
    headers: dict[str, str | Sequence[str]] = {
        **sign(SECRET, body, int(time.time())),
        "Content-Type": "application/x-www-form-urlencoded",
    }
    return BoltRequest(body=body, headers=headers)


def timed(app: App, req: BoltRequest) -> float:
    started = time.perf_counter()
    response = app.dispatch(req)
    elapsed = time.perf_counter() - started
    assert response.status == 200, response.body
    return elapsed


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    with (
        tempfile.TemporaryDirectory() as tmp,
        SlackServer(rate_limit_per_channel_per_sec=None, record_calls=False) as slack,
    ):
        slack.add_workspace("T0000000", name="bench", bot_token=TOKEN)
        for n in range(WORKSPACES):
            slack.add_user("T0000000", f"U{n:07d}", name=f"user{n}", tz="Europe/Amsterdam")
        db = Path(tmp) / "bench.db"
        clock = lambda: datetime(2021, 3, 20, 10, tzinfo=UTC)  # noqa: E731
        store = Store.open(db, clock=clock)
        started = time.perf_counter()
        fill(store, WORKSPACES)
        print(
            f"filled {WORKSPACES:,} workspaces x {OFFERS_PER_WORKSPACE} offers in {time.perf_counter() - started:.0f} s"
        )
        settings = Settings(
            bot_token=TOKEN,
            signing_secret=SECRET,
            app_token=None,
            db_path=db,
            slack_api_url=slack.base_url,
            port=0,
        )
        app = create_app(settings, store, clock)

        @app.command("/noop")
        def noop(ack) -> None:  # type: ignore[no-untyped-def]
            ack()

        # One bot token serves one workspace (a request naming another team is refused with 403), so the
        # requests come from the token's own workspace, T0000000, one of the 10,000 in the database, by
        # many users: a new user's first command costs a users.info round trip, later ones hit the cache.
        team = "T0000000"
        rng = random.Random(11)
        users = [rng.randrange(WORKSPACES) for _ in range(SAMPLES)]
        cold = [timed(app, request(team, f"U{n:07d}", "/mpn", "status")) for n in sorted(set(users))[:300]]
        for n in set(users):  # warm the profile cache as a running bot's would be
            app.dispatch(request(team, f"U{n:07d}", "/mpn", "help"))
        status: list[float] = []
        noops: list[float] = []
        for n in users:
            noops.append(timed(app, request(team, f"U{n:07d}", "/noop", "")))
            status.append(timed(app, request(team, f"U{n:07d}", "/mpn", "status")))
        store.close()

    ms = 1000.0
    s_med, n_med = statistics.median(status), statistics.median(noops)
    print(f"{'':28}{'median':>10}{'p99':>10}")
    print(f"{'Bolt no-op command':28}{n_med * ms:>9.2f}ms{pct(noops, 0.99) * ms:>8.2f}ms")
    print(f"{'/mpn status (warm)':28}{s_med * ms:>9.2f}ms{pct(status, 0.99) * ms:>8.2f}ms")
    print(
        f"{'/mpn status (new user)':28}{statistics.median(cold) * ms:>9.2f}ms{pct(cold, 0.99) * ms:>8.2f}ms"
    )
    print(f"ratio of medians, status / no-op: {s_med / n_med:.2f}x (target <= 1.5x)")
    print(f"status p99 against Slack's 3 s limit: {pct(status, 0.99) / 3:.4f} of it")


if __name__ == "__main__":
    main()
