"""End to end: reminders from a real ``mpn-bot run`` subprocess (HTTP mode) to the local Slack stand-in.

The subprocess gets a short tick (``MPN_SWEEP_INTERVAL_SECONDS``), short leases and a fixed "now"
(``MPN_FAKE_NOW``, a testing aid: the clock starts there and runs on in real time). The stand-in enforces one
post per second per channel with 429 + Retry-After, as Slack does.

Crash policy under test (see ``bot.reminders.sweep``): a reminder whose claim was never confirmed is posted
again once the claim lease expires, marked as a possible repeat. So after a SIGKILL mid-sweep every due
reminder appears, and the only ones that can appear twice are those of the one post in flight at the kill,
whose second copy says so.
"""

from __future__ import annotations

import json
import os
import random
import re
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.local.slack import Message, SlackServer
from bot.render.reminders import ITEM_BLOCK, MAX_ITEMS_PER_POST, NOTE_BLOCK
from storage import Store
from tests.harness import CHANNEL, PARTNER, SECRET, TEAM, TOKEN

pytestmark = pytest.mark.slow

FAKE_START = datetime(2021, 2, 23, 10, 0, tzinfo=UTC)  # 11:00 in Amsterdam
A = date(2021, 3, 10)  # -15 reminders due on 23 February
OFFERS = 45  # three posts: 20 + 20 + 5
REPEAT_NOTE = "you may see it twice"


SLACK_RATE_LIMIT = 1.0  # Slack's own limit, unlike the unlimited default of tests/conftest.py


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "bot.db"
    store = Store.open(path, clock=lambda: FAKE_START)
    store.install_workspace(
        TEAM, name="Contoso Partners", time_zone="Europe/Amsterdam", installer_user_id=PARTNER
    )
    ws = store.workspace(TEAM)
    ws.update_settings(PARTNER, reminder_channel=CHANNEL, moved_to_partner_center=True)
    for n in range(OFFERS):
        ws.add_offer(f"Offer {n:02d}", "competency", A, actor=PARTNER)
    store.close()
    return path


class Bots:
    """Starts ``mpn-bot`` subprocesses whose fake clocks agree with each other (each restart continues the
    fake time from where the test's real time has got to)."""

    def __init__(self, slack: SlackServer, db: Path, tmp_path: Path) -> None:
        self.slack, self.db, self.tmp_path = slack, db, tmp_path
        self.real_start = time.monotonic()
        self.procs: list[subprocess.Popen[bytes]] = []

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MPN_"))}
        fake_now = FAKE_START + timedelta(seconds=time.monotonic() - self.real_start)
        env.update(
            SLACK_BOT_TOKEN=TOKEN,
            SLACK_SIGNING_SECRET=SECRET,
            MPN_DB=str(self.db),
            MPN_SLACK_API_URL=self.slack.base_url,
            MPN_FAKE_NOW=fake_now.isoformat(),
            MPN_SWEEP_INTERVAL_SECONDS="0.5",
            MPN_SENDER_LEASE_SECONDS="3",
            MPN_CLAIM_LEASE_SECONDS="4",
            PYTHONUNBUFFERED="1",
            **extra,
        )
        return env

    def start(self, *args: str, **extra: str) -> subprocess.Popen[bytes]:
        log = open(self.tmp_path / f"bot-{len(self.procs)}.log", "wb")  # noqa: SIM115 - closed with the process
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", *(args or ("run", "--port", "0"))],
            env=self.env(**extra),
            cwd=self.tmp_path,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.procs.append(proc)
        return proc

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in sorted(self.tmp_path.glob("bot-*.log")))

    def stop_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


@pytest.fixture
def bots(slack: SlackServer, db: Path, tmp_path: Path) -> Iterator[Bots]:
    b = Bots(slack, db, tmp_path)
    yield b
    b.stop_all()


def posts(slack: SlackServer) -> list[Message]:
    return [m for m in slack.messages(channel=CHANNEL) if m.via == "api"]


def offers_in(message: Message) -> list[str]:
    return re.findall(r"Offer \d\d", message.text)


def ledger_status(db: Path) -> Counter[str]:
    with sqlite3.connect(db) as conn:
        return Counter(row[0] for row in conn.execute("SELECT status FROM reminder_ledger"))


def wait_until(predicate, timeout: float, what: str, bots: Bots | None = None):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}\n" + (bots.logs()[-4000:] if bots else ""))


def all_sent(db: Path) -> bool:
    return ledger_status(db) == Counter({"sent": OFFERS})


def test_sigkill_mid_sweep_and_restart_posts_every_reminder_with_only_the_in_flight_post_repeated(
    slack: SlackServer, db: Path, bots: Bots
) -> None:
    slack.inject("chat.postMessage", delay=3.0, times=3)  # a slow Slack, so the kill lands mid-sweep
    first = bots.start()
    wait_until(lambda: len(posts(slack)) >= 1, 30, "the first post", bots)
    # The kill lands once Slack has received the second post and is still working on it: its reminders are
    # claimed, the post will land, and the dead process never confirms it.
    wait_until(
        lambda: slack._faults["chat.postMessage"][0].remaining == 1, 10, "the second post in flight", bots
    )
    first.kill()  # SIGKILL: no shutdown, no lease release, no confirm
    first.wait()
    wait_until(lambda: len(posts(slack)) == 2, 10, "the in-flight post to land")
    assert ledger_status(db) == Counter({"sent": 20, "claimed": 20})
    bots.start()  # the restart waits for the dead sender's lease and claims, then catches up
    wait_until(lambda: all_sent(db), 60, "every reminder confirmed", bots)
    time.sleep(1.5)  # later ticks post nothing more

    messages = posts(slack)
    seen = Counter(name for m in messages for name in offers_in(m))
    assert set(seen) == {f"Offer {n:02d}" for n in range(OFFERS)}  # nothing lost
    repeated = {name for name, count in seen.items() if count > 1}
    assert set(seen.values()) == {1, 2} and repeated == set(offers_in(messages[1]))  # only the post in flight
    [again] = [m for m in messages[2:] if set(offers_in(m)) & repeated]  # posted again, once, ...
    assert set(offers_in(again)) == repeated and REPEAT_NOTE in json.dumps(again.blocks)  # ... saying so
    assert [m for m in messages if REPEAT_NOTE in json.dumps(m.blocks)] == [again]
    with sqlite3.connect(db) as conn:
        attempts = Counter(row[0] for row in conn.execute("SELECT attempts FROM reminder_ledger"))
    assert attempts == Counter({1: 25, 2: 20})


KILLS = 3
MANY = 100  # five posts of twenty, a second apart: a sweep long enough to be killed anywhere in it


def copies_by_offer(messages: list[Message]) -> dict[str, list[bool]]:
    """For each offer, in the order its copies reached Slack, whether each carries the repeat note (read from
    the offer's own note block: one post can hold repeats and first copies side by side)."""
    out: dict[str, list[bool]] = {}
    for message in messages:
        blocks = {b.get("block_id", ""): b for b in message.blocks or []}
        for block_id, block in blocks.items():
            if not block_id.startswith(ITEM_BLOCK):
                continue
            [name] = re.findall(r"Offer \d\d\d?", block["text"]["text"])
            note = blocks.get(NOTE_BLOCK + block_id[len(ITEM_BLOCK) :])
            out.setdefault(name, []).append(REPEAT_NOTE in json.dumps(note))
    return out


def test_sigkill_at_random_moments_loses_nothing_marks_every_repeat_and_repeats_once_per_kill(
    slack: SlackServer, tmp_path: Path
) -> None:
    """Real ``mpn-bot run`` processes, each SIGKILLed at a random moment of a sweep (a post in flight, a
    claim just committed, a confirm not yet committed, between posts...), then one left to finish."""
    path = tmp_path / "many.db"
    store = Store.open(path, clock=lambda: FAKE_START)
    store.install_workspace(TEAM, name="Contoso", time_zone="Europe/Amsterdam", installer_user_id=PARTNER)
    ws = store.workspace(TEAM)
    ws.update_settings(PARTNER, reminder_channel=CHANNEL, moved_to_partner_center=True)
    for n in range(MANY):
        ws.add_offer(f"Offer {n:03d}", "competency", A, actor=PARTNER)
    store.close()
    seed = int(os.environ.get("MPN_TEST_SEED", "0")) or random.randrange(1, 10**6)
    rng = random.Random(seed)
    slack.inject("chat.postMessage", delay=0.4, times=10_000)  # a slow Slack: posts spend time in flight
    bots = Bots(slack, path, tmp_path)
    kills = 0
    try:
        for _ in range(KILLS):
            before = len(posts(slack))
            proc = bots.start()
            # once this process is posting, kill it at a random moment of its sweep
            wait_until(
                lambda n=before: len(posts(slack)) > n or ledger_status(path) == Counter({"sent": MANY}), 60,
                f"a post after restart (seed {seed})", bots,
            )  # fmt: skip
            if ledger_status(path) == Counter({"sent": MANY}):
                proc.kill()
                proc.wait()
                break
            time.sleep(rng.uniform(0.0, 1.4))
            proc.kill()  # SIGKILL: no shutdown, no lease release, no confirm
            proc.wait()
            kills += 1
        bots.start()
        wait_until(
            lambda: ledger_status(path) == Counter({"sent": MANY}), 120, f"all sent (seed {seed})", bots
        )
        time.sleep(1.5)  # later ticks post nothing more
    finally:
        bots.stop_all()

    copies = copies_by_offer(posts(slack))
    assert set(copies) == {f"Offer {n:03d}" for n in range(MANY)}, f"a reminder was lost (seed {seed})"
    for name, marks in copies.items():
        assert all(marks[1:]), f"{name}: an unmarked repeat {marks} (seed {seed})"
        assert len(marks) <= 1 + kills, f"{name}: {len(marks)} copies after {kills} kills (seed {seed})"
    # one channel, one post at a time: a kill can repeat at most the one post in flight (or just answered)
    repeated = sum(len(marks) - 1 for marks in copies.values())
    assert repeated <= kills * MAX_ITEMS_PER_POST, (repeated, kills, seed)
    with sqlite3.connect(path) as conn:
        attempts = [row[0] for row in conn.execute("SELECT attempts FROM reminder_ledger")]
    assert max(attempts) <= 1 + kills and kills >= 1, (attempts, kills, seed)


def test_two_processes_on_one_database_post_every_reminder_exactly_once(
    slack: SlackServer, db: Path, bots: Bots
) -> None:
    bots.start()
    bots.start()
    wait_until(lambda: all_sent(db), 60, "every reminder confirmed", bots)
    time.sleep(2)  # both keep ticking; neither posts again
    seen = Counter(name for m in posts(slack) for name in offers_in(m))
    assert seen == Counter({f"Offer {n:02d}": 1 for n in range(OFFERS)})
    assert len(posts(slack)) == 3
    assert REPEAT_NOTE not in json.dumps([m.blocks for m in posts(slack)])
    logs = bots.logs()
    assert "another process holds the reminder sender lease" in logs


def test_a_burst_of_429s_and_500s_loses_nothing_and_doubles_nothing(
    slack: SlackServer, db: Path, bots: Bots
) -> None:
    slack.inject("chat.postMessage", status=429, times=3, retry_after=1)
    slack.inject("chat.postMessage", status=500, times=2)
    slack.inject("chat.postMessage", status=503, times=3)
    slack.inject("chat.postMessage", status=429, times=2, retry_after=1)
    bots.start()
    wait_until(lambda: all_sent(db), 90, "every reminder confirmed", bots)
    seen = Counter(name for m in posts(slack) for name in offers_in(m))
    assert seen == Counter({f"Offer {n:02d}": 1 for n in range(OFFERS)})
    statuses = Counter(c.status for c in slack.calls_to("chat.postMessage"))
    assert statuses[429] >= 5 and statuses[500] == 2 and statuses[503] == 3


def test_sweep_command_dry_run_then_for_real(
    slack: SlackServer, db: Path, bots: Bots, tmp_path: Path
) -> None:
    env = bots.env()
    dry = subprocess.run(
        [sys.executable, "-m", "bot.cli", "sweep", "--dry-run"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert dry.returncode == 0, dry.stderr
    assert f"would post {TEAM} <#{CHANNEL}> on 2021-02-23: Offer 00 (-15)" in dry.stdout
    assert posts(slack) == [] and sum(ledger_status(db).values()) == 0
    on_date = subprocess.run(
        [sys.executable, "-m", "bot.cli", "sweep", "--dry-run", "--date", "2021-04-02"],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "Offer 00 (+23)" in on_date.stdout and "(-15)" not in on_date.stdout.split("would skip")[0]
    real = subprocess.run(
        [sys.executable, "-m", "bot.cli", "sweep"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert real.returncode == 0, real.stderr
    assert real.stdout.count(f"posted {TEAM} <#{CHANNEL}>") == 3
    assert all_sent(db) and len(posts(slack)) == 3
    again = subprocess.run(
        [sys.executable, "-m", "bot.cli", "sweep"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.stdout.strip() == "nothing due now" and len(posts(slack)) == 3
    bad = subprocess.run(
        [sys.executable, "-m", "bot.cli", "sweep", "--date", "23/02/2021"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "use YYYY-MM-DD" in bad.stderr
