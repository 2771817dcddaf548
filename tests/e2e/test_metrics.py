"""``GET /metrics`` of a real ``mpn-bot run``, scraped over HTTP as Prometheus would: request latency by
route and kind, sweep durations, posts by outcome, and the unsettled reminders per error class read from the
database at scrape time."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from prometheus_client.mmap_dict import MmapedDict
from prometheus_client.parser import text_string_to_metric_families

from bot.local.slack import AppClient, SlackServer
from tests.e2e.test_http import post_command
from tests.e2e.test_reminders import OFFERS, Bots, all_sent, bots, db, wait_until
from tests.harness import CHANNEL, PARTNER, SECRET, TEAM

pytestmark = pytest.mark.slow
__all__ = ["bots", "db"]  # the reminder tests' fixtures, used here too


def scrape(url: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample of ``/metrics``: (name, sorted labels) -> value."""
    with urllib.request.urlopen(f"{url}/metrics", timeout=15) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain")
        text = response.read().decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def sample(samples: dict[tuple[str, tuple[tuple[str, str], ...]], float], name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_a_command_moves_the_request_latency_histogram(
    slack: SlackServer, running_bot: tuple[str, Path, subprocess.Popen[str]]
) -> None:
    url, _, _ = running_bot
    before = scrape(url)
    client = AppClient(f"{url}/slack/events", SECRET)
    status, _ = post_command(client, slack, "status", PARTNER)
    assert status == 200
    after = scrape(url)
    count = "mpn_http_request_duration_seconds_count"
    assert (
        sample(after, count, route="events", kind="command")
        == sample(before, count, route="events", kind="command") + 1
    )
    total = "mpn_http_responses_total"
    assert (
        sample(after, total, route="events", status="200")
        == sample(before, total, route="events", status="200") + 1
    )
    assert sample(after, count, route="metrics", kind="none") >= 1  # the first scrape was counted too
    assert ("mpn_reminders_unsettled", (("error_class", "none"), ("status", "failed"))) in after


def test_sweeps_posts_and_failed_reminders_per_error_class(slack: SlackServer, db: Path, bots: Bots) -> None:
    """An archived reminder channel: every post fails with a channel error, the failures are kept for a
    retry and show under ``error_class="channel"``; once the channel is back they are posted."""
    slack.archive(TEAM, CHANNEL)
    bots.start()

    def failed_rows() -> int:
        with sqlite3.connect(db) as conn:
            return int(
                conn.execute("SELECT count(*) FROM reminder_ledger WHERE status = 'failed'").fetchone()[0]
            )

    wait_until(lambda: failed_rows() == OFFERS, 60, "every reminder failed on the archived channel", bots)
    url = "http://127.0.0.1:" + wait_until(
        lambda: re.search(r"listening on http://[\d.]+:(\d+)", bots.logs()), 10, "the port", bots
    ).group(1)
    samples = scrape(url)
    assert sample(samples, "mpn_reminders_unsettled", status="failed", error_class="channel") == OFFERS
    assert sample(samples, "mpn_reminder_sweep_duration_seconds_count") >= 1
    assert sample(samples, "mpn_reminder_posts_total", outcome="failed") >= 1

    slack.archive(TEAM, CHANNEL, archived=False)
    wait_until(lambda: all_sent(db), 60, "every reminder posted once the channel is back", bots)
    wait_until(
        lambda: sample(scrape(url), "mpn_reminder_posts_total", outcome="posted") >= 1, 10, "posted counted"
    )


def test_two_workers_report_the_same_totals_in_multiprocess_mode(slack: SlackServer, tmp_path: Path) -> None:
    """``MPN_WORKERS=2`` with ``PROMETHEUS_MULTIPROC_DIR``: whichever worker answers the scrape, it counts
    the requests both workers served. A file left in the folder by an earlier run is not counted."""
    from tests.e2e.helpers import bot_env, start_bot, stop

    folder = tmp_path / "prometheus"
    folder.mkdir()
    (folder / "counter_999999.db").write_bytes(b"left over by an earlier run")
    env = bot_env(slack, tmp_path / "bot.db", MPN_WORKERS="2", PROMETHEUS_MULTIPROC_DIR=str(folder))
    proc, port, out = start_bot(env, tmp_path)
    assert port, out
    try:
        url = f"http://127.0.0.1:{port}"
        client = AppClient(f"{url}/slack/events", SECRET)

        def served_by() -> set[str]:  # the processes whose own file holds answered Slack commands
            return {
                name
                for name in os.listdir(folder)
                if name.startswith("histogram_")
                and any(
                    '"events"' in key and '"command"' in key and value > 0
                    for key, value, _, _ in MmapedDict.read_all_values_from_file(str(folder / name))
                )
            }

        sent = 0
        # batches of 16 at once, until both workers have taken some: on a loaded machine the second worker
        # may still be loading the app while the first serves hundreds, so the limit is time, not a count
        deadline = time.monotonic() + 90
        with ThreadPoolExecutor(16) as pool:
            while len(served_by()) < 2 and time.monotonic() < deadline:
                statuses = list(
                    pool.map(lambda _: post_command(client, slack, "status", PARTNER)[0], range(16))
                )
                assert statuses == [200] * 16
                sent += 16
                time.sleep(0.1)  # a pause in which a worker waiting for the lock can accept
        recorded_by = served_by()
        counts = {
            sample(scrape(url), "mpn_http_request_duration_seconds_count", route="events", kind="command")
            for _ in range(6)
        }
    finally:
        stop(proc)
    # every scrape, whichever worker answered it, counts both workers' requests
    assert counts == {float(sent)}
    assert not (folder / "counter_999999.db").exists()
    assert len(recorded_by) >= 2, recorded_by  # both workers served (the sums above covered two processes)
