"""A clean stop: SIGTERM (systemd, Docker, Kubernetes) ends ``mpn-bot run`` with exit 0, no traceback, and
the reminder sender lease handed back, so the next process (or ``mpn-bot sweep``) can send at once."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.local.slack import SlackServer
from tests.e2e.helpers import bot_env

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_stops_the_bot_cleanly_and_releases_the_sender_lease(
    slack: SlackServer, running_bot: tuple[str, Path, subprocess.Popen[str]], how: signal.Signals
) -> None:
    url, db, proc = running_bot
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the start-up sweep takes the lease
        with sqlite3.connect(db) as conn:
            held = conn.execute("SELECT COUNT(*) FROM leases").fetchone()[0]
        if held:
            break
        time.sleep(0.1)
    assert held, "the running bot never took the sender lease"
    started = time.monotonic()
    proc.send_signal(how)
    out, _ = proc.communicate(timeout=10)
    assert proc.returncode == 0 and time.monotonic() - started < 10
    assert "Traceback" not in (out or "")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM leases WHERE name = 'reminder-sender'").fetchone()[0] == 0
    swept = subprocess.run(
        [sys.executable, "-m", "bot.cli", "sweep"],
        env=bot_env(slack, db),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert swept.returncode == 0 and "another process" not in swept.stderr, swept.stderr


def _get(url: str) -> tuple[int, dict[str, object]]:
    import json
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=15) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_readiness_tells_the_truth_about_writes(running_bot: tuple[str, Path, subprocess.Popen[str]]) -> None:
    """/readyz probes a real write: with another process holding the database's write lock it answers
    503 naming the database, while /healthz (liveness: reads still work) stays 200."""
    url, db, _ = running_bot
    status, body = _get(f"{url}/readyz")
    assert status == 200 and body["ok"] is True, body
    assert set(body["checks"]) == {"database", "reminders", "slack"}  # type: ignore[arg-type]
    locker = sqlite3.connect(db, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        status, body = _get(f"{url}/readyz")
        assert status == 503 and body["ok"] is False
        assert "database" in str(body["checks"]["database"])  # type: ignore[index]
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert _get(f"{url}/readyz")[0] == 200


def test_a_write_that_meets_another_process_lock_gets_the_busy_reply_within_slacks_limit(
    slack: SlackServer, running_bot: tuple[str, Path, subprocess.Popen[str]]
) -> None:
    """Slack gives an answer 3 s; a write waiting the full 5 s busy timeout showed Slack's own error."""
    import json

    from bot.local.slack import AppClient
    from tests.e2e.test_http import post_command
    from tests.harness import ADMIN, PARTNER, SECRET

    url, db, _ = running_bot
    client = AppClient(f"{url}/slack/events", SECRET)
    post_command(client, slack, f"admins add <@{PARTNER}|pat>", ADMIN)
    locker = sqlite3.connect(db, isolation_level=None, timeout=10)
    try:
        locker.execute("BEGIN IMMEDIATE")  # another process is writing
        status, body = post_command(client, slack, "add Security 2021-09-15", PARTNER, timeout=2.9)
        assert status == 200 and "try again in a moment" in json.loads(body)["text"]
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM offers").fetchone()[0] == 0
    status, body = post_command(client, slack, "add Security 2021-09-15", PARTNER)
    assert "Added *Security*" in json.loads(body)["text"]
