"""The production server under ``mpn-bot run`` (gunicorn, ``bot/runtime/gunicorn_server.py``), as real
subprocesses: a burst of connections is queued, not reset; idle and stalled clients are closed and do not
hold the threads that real requests need; oversized bodies are refused unread; and two worker processes
behind one port, on one SQLite file, post every reminder exactly once."""

from __future__ import annotations

import http.client
import re
import socket
import subprocess
import threading
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.local.slack import SlackServer
from tests.e2e.helpers import bot_env, start_bot, stop
from tests.e2e.test_reminders import OFFERS, Bots, all_sent, bots, db, offers_in, posts, wait_until

pytestmark = pytest.mark.slow
__all__ = ["bots", "db"]  # the reminder tests' fixtures, used here too


@pytest.fixture
def tight_bot(slack: SlackServer, tmp_path: Path) -> Iterator[int]:
    """A bot with 4 threads, a 2 s idle timeout and a 2 s stall timeout: easy to exhaust if idle or slow
    clients held threads."""
    env = bot_env(
        slack,
        tmp_path / "bot.db",
        MPN_HTTP_THREADS="4",
        MPN_HTTP_IDLE_TIMEOUT="2",
        MPN_HTTP_REQUEST_TIMEOUT="2",
    )
    proc, port, out = start_bot(env, tmp_path)
    assert port, out
    try:
        yield port
    finally:
        stop(proc)


def _healthz(port: int, timeout: float = 15) -> int:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=timeout) as response:
        return response.status


def _closed_by_server(sock: socket.socket, within: float) -> bool:
    """True once the server has closed ``sock`` (end-of-stream or a reset) within ``within`` s, whatever it
    sent before closing (a stalled request may get an error response first)."""
    deadline = time.monotonic() + within
    while (left := deadline - time.monotonic()) > 0:
        sock.settimeout(left)
        try:
            if sock.recv(4096) == b"":
                return True
        except ConnectionResetError:
            return True
        except TimeoutError:
            return False
    return False


def test_a_burst_of_500_simultaneous_connections_is_served_without_a_reset(
    running_bot: tuple[str, Path, subprocess.Popen[str]],
) -> None:
    """The old server's backlog of 5 reset about half of 200 simultaneous connections; the backlog of
    2,048 queues them all."""
    url, _, _ = running_bot
    port = int(url.rsplit(":", 1)[1])
    go = threading.Barrier(500)
    statuses: list[int | str] = []
    lock = threading.Lock()

    def one() -> None:
        go.wait()
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("GET", "/healthz")
            status: int | str = conn.getresponse().status
            conn.close()
        except OSError as err:
            status = type(err).__name__
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=one) for _ in range(500)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Counter(statuses) == Counter({200: 500})


def test_idle_connections_are_closed_after_the_idle_timeout_and_do_not_hold_threads(tight_bot: int) -> None:
    """60 connections that never send a byte, against 4 threads: a real request is served meanwhile, and
    the idle ones are closed once the idle timeout (2 s here) has passed."""
    idle = [socket.create_connection(("127.0.0.1", tight_bot)) for _ in range(60)]
    try:
        assert _healthz(tight_bot, timeout=20) == 200  # not queued behind 60 silent clients (75 s before)
        assert all(_closed_by_server(sock, within=15) for sock in idle)
    finally:
        for sock in idle:
            sock.close()
    assert _healthz(tight_bot) == 200


def test_a_client_that_stalls_mid_request_is_dropped(tight_bot: int) -> None:
    """Clients that send half a request and stop (slowloris) lose their thread after the stall timeout
    (2 s here); more of them than threads do not starve a real request for good."""
    stalled = []
    for _ in range(8):
        sock = socket.create_connection(("127.0.0.1", tight_bot))
        sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\npartial")
        stalled.append(sock)
    try:
        assert _healthz(tight_bot) == 200
        assert all(_closed_by_server(sock, within=15) for sock in stalled)
    finally:
        for sock in stalled:
            sock.close()


def test_a_body_declared_larger_than_the_limit_is_refused_unread(
    running_bot: tuple[str, Path, subprocess.Popen[str]],
) -> None:
    url, _, _ = running_bot
    conn = http.client.HTTPConnection(url.removeprefix("http://"), timeout=15)
    conn.putrequest("POST", "/slack/events")
    conn.putheader("Content-Length", str(50 * 1024 * 1024))
    conn.putheader("Content-Type", "application/x-www-form-urlencoded")
    conn.endheaders()
    conn.send(b"command=%2Fmpn")  # 50 MB promised, a few bytes sent: answered without waiting for the rest
    response = conn.getresponse()
    assert response.status == 413 and b"body_too_large" in response.read()
    conn.close()


def test_two_worker_processes_behind_one_port_post_every_reminder_exactly_once(
    slack: SlackServer, db: Path, bots: Bots
) -> None:
    """``MPN_WORKERS=2``: two gunicorn workers on one port, each with its own reminder scheduler, on one
    SQLite file. The sender lease lets one of them send at a time, the ledger's claims make each post
    happen once."""
    bots.start(MPN_WORKERS="2")
    wait_until(lambda: all_sent(db), 90, "every reminder confirmed", bots)
    time.sleep(2)  # later ticks, in both workers, post nothing more
    seen = Counter(name for m in posts(slack) for name in offers_in(m))
    assert seen == Counter({f"Offer {n:02d}": 1 for n in range(OFFERS)})
    holders = set(re.findall(r"reminder scheduler started: .* holder (\S+)", bots.logs()))
    assert len(holders) == 2, bots.logs()[-3000:]  # both workers ran a scheduler


def test_sigterm_finishes_the_request_and_the_post_in_flight_then_exits(
    slack: SlackServer, db: Path, bots: Bots
) -> None:
    """SIGTERM while a slash command waits on Slack (a slow ``users.info``) and a reminder post is in
    flight (a slow ``chat.postMessage``): the command still gets its answer, the post is confirmed in the
    ledger, no further post starts, the sender lease is handed back, and the process exits 0."""
    import json
    import signal
    import sqlite3

    from bot.local.slack import AppClient
    from tests.harness import CHANNEL, PARTNER, SECRET, TEAM

    slack.inject("chat.postMessage", delay=2.5, times=2)  # the second stays queued: never taken
    slack.inject("users.info", delay=2.5, times=2)
    proc = bots.start()
    port = int(
        wait_until(
            lambda: re.search(r"listening on http://[\d.]+:(\d+)", bots.logs()), 30, "the port", bots
        ).group(1)
    )
    wait_until(
        lambda: slack._faults["chat.postMessage"][0].remaining == 1, 30, "the first post in flight", bots
    )
    answer: list[tuple[int, str]] = []

    def ask() -> None:
        client = AppClient(f"http://127.0.0.1:{port}/slack/events", SECRET)
        status, _, body = client.command(
            team_id=TEAM, user_id=PARTNER, channel_id=CHANNEL, text="status",
            response_url=slack.new_response_url(TEAM, CHANNEL, PARTNER), timeout=20,
        )  # fmt: skip
        answer.append((status, body))

    asking = threading.Thread(target=ask)
    asking.start()
    wait_until(
        lambda: slack._faults["users.info"][0].remaining == 1, 10, "the command waiting on Slack", bots
    )
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=10) == 0
    asking.join(timeout=10)
    [(status, body)] = answer
    assert status == 200 and "Offer 00" in json.dumps(json.loads(body))
    assert "Traceback" not in bots.logs()
    with sqlite3.connect(db) as conn:
        ledger = Counter(r[0] for r in conn.execute("SELECT status FROM reminder_ledger"))
        leases = conn.execute("SELECT COUNT(*) FROM leases WHERE name = 'reminder-sender'").fetchone()[0]
    assert ledger == Counter({"sent": 20}) and leases == 0  # the post in flight confirmed, nothing more begun
    assert len(posts(slack)) == 1


def test_a_client_that_trickles_its_request_is_dropped_at_the_deadline(tight_bot: int) -> None:
    """One byte every half second would satisfy a per-read timeout forever; the request deadline (2 s here)
    ends it all the same."""
    sock = socket.create_connection(("127.0.0.1", tight_bot))
    try:
        sock.sendall(b"P")
        deadline = time.monotonic() + 15
        dropped = False
        for byte in b"OST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" + b"x" * 5000:
            if time.monotonic() > deadline:
                break
            try:
                sock.sendall(bytes([byte]))
            except (BrokenPipeError, ConnectionResetError):
                dropped = True
                break
            if _closed_by_server(sock, within=0.5):
                dropped = True
                break
        assert dropped
    finally:
        sock.close()
    assert _healthz(tight_bot) == 200


def test_a_port_in_use_is_one_line_and_exit_2(slack: SlackServer, tmp_path: Path) -> None:
    import sys

    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "bot.cli", "run", "--port", str(port)],
            env=bot_env(slack, tmp_path / "bot.db"),
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"mpn-bot run: port {port} is in use by another process: stop it, or choose another with PORT or --port"
    )
    assert "Traceback" not in result.stderr + result.stdout
