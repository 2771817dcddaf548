"""Signed ``/mpn status`` over real HTTP at 1, 16 and 64 concurrent clients, against ``mpn-bot run`` (a real
subprocess) and against a bare Bolt no-op app under the same server, in one run.

Targets (DESIGN.md §3): zero errors at every level, p99 under 300 ms at 64 clients, the product's throughput
at least 0.5x the bare app's at 64 clients.

Each client keeps one HTTP/1.1 connection (as Slack and a load balancer do) and sends signed requests back
to back, each with its own ``trigger_id`` so that no two signatures repeat (the bot refuses a replay). The
clients run in two processes, so that the load generator's own GIL does not cap the figures; for each
level the product and the bare app are measured one after the other, so drift on the machine hits both.

``MPN_BENCH_SERVERS=gunicorn,waitress`` also measures both apps under waitress (the server comparison in
README "Serving"); ``MPN_BENCH_SECONDS`` sets the seconds per level and app (default 4).
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.local.slack import SlackServer
from bot.local.slack.signing import sign, slash_command_body

SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench"
TEAM = "T0BENCH"
USERS = [f"U{n:05d}" for n in range(64)]
LEVELS = tuple(int(n) for n in os.environ.get("MPN_BENCH_CLIENTS", "1,16,64").split(","))
SECONDS = float(os.environ.get("MPN_BENCH_SECONDS", "4"))
SERVERS = [s.strip() for s in os.environ.get("MPN_BENCH_SERVERS", "gunicorn").split(",") if s.strip()]
CLIENT_PROCESSES = 2
HERE = Path(__file__).resolve().parent


# -- the servers ---------------------------------------------------------------------------------------


def bare_wsgi() -> Any:
    """A Bolt app that acknowledges ``/mpn`` and does nothing else, through Bolt's plain WSGI adapter."""
    from slack_bolt import App
    from slack_bolt.adapter.wsgi import SlackRequestHandler
    from slack_sdk import WebClient

    # the client points at the local Slack stand-in, which answers Bolt's one auth.test
    client = WebClient(token=TOKEN, base_url=os.environ["MPN_SLACK_API_URL"])
    app = App(
        signing_secret=SECRET, client=client, token_verification_enabled=False, process_before_response=True
    )

    @app.command("/mpn")
    def noop(ack: Any) -> None:
        ack()

    return SlackRequestHandler(app)


def product_parts() -> Any:
    """The product's own WSGI app and clean-up, built as ``mpn-bot run`` builds each worker's."""
    from bot.cli import _serving_parts
    from bot.reminders import ReminderConfig, clock_from_env
    from bot.runtime.config import load_settings

    return _serving_parts(load_settings(), clock_from_env(), ReminderConfig.from_env())


def serve_command(app: str, server: str, port: int) -> int:
    """``python -m benchmarks.bench_http serve``: one app under one server, printing the "listening" line."""
    from bot.runtime.gunicorn_server import ServerOptions, WorkerParts, serve

    options = ServerOptions.from_env(os.environ)

    def announce(host: str, bound: int) -> None:
        print(f"listening on http://{host}:{bound}/slack/events", flush=True)

    def parts() -> WorkerParts:
        return product_parts() if app == "product" else WorkerParts(bare_wsgi())

    if server == "gunicorn":
        return serve(parts, host="127.0.0.1", port=port, options=options, on_ready=announce)
    from waitress.server import create_server

    served = parts()
    waitress = create_server(
        served.app, host="127.0.0.1", port=port, threads=options.threads, backlog=options.backlog,
        channel_timeout=options.idle_timeout, connection_limit=options.max_connections,
        max_request_body_size=1 << 20,
    )  # fmt: skip
    announce("127.0.0.1", waitress.effective_port)
    try:
        waitress.run()
    except KeyboardInterrupt:
        pass
    finally:
        waitress.close()
        served.stop_background()
        served.close()
    return 0


def start(command: list[str], env: dict[str, str], cwd: Path) -> tuple[subprocess.Popen[str], int]:
    proc = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    seen = []
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        seen.append(line)
        if match := re.search(r"listening on http://[\d.]+:(\d+)/slack/events", line):
            threading.Thread(target=proc.stdout.read, daemon=True).start()  # keep draining its output
            return proc, int(match.group(1))
        if not line and proc.poll() is not None:
            break
    proc.kill()
    raise RuntimeError("the server did not start:\n" + "".join(seen))


# -- the clients ---------------------------------------------------------------------------------------


def _client_process(port: int, clients: int, seconds: float, tag: str) -> tuple[list[float], int, int]:
    """``clients`` threads, each on its own kept-alive connection; latencies, errors, requests."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    counter = itertools.count()
    deadline = time.monotonic() + seconds

    def one(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        mine: list[float] = []
        failed = 0
        user = USERS[n % len(USERS)]
        while time.monotonic() < deadline:
            body = slash_command_body(
                team_id=TEAM, user_id=user, channel_id="CBENCH", text="status", command="/mpn",
                response_url="https://hooks.invalid/x", trigger_id=f"{tag}.{n}.{next(counter)}",
            )  # fmt: skip
            headers = {
                **sign(SECRET, body, int(time.time())),
                "Content-Type": "application/x-www-form-urlencoded",
            }
            started = time.perf_counter()
            try:
                conn.request("POST", "/slack/events", body=body.encode(), headers=headers)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            mine.append(time.perf_counter() - started)
            failed += not ok
        conn.close()
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=one, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors[0], len(latencies)


def load(pool: ProcessPoolExecutor, port: int, clients: int, seconds: float, tag: str) -> dict[str, float]:
    processes = min(CLIENT_PROCESSES, clients)
    shares = [clients // processes + (i < clients % processes) for i in range(processes)]
    started = time.perf_counter()
    futures = [
        pool.submit(_client_process, port, share, seconds, f"{tag}{i}") for i, share in enumerate(shares)
    ]
    results = [f.result() for f in futures]
    elapsed = time.perf_counter() - started
    latencies = sorted(x for r in results for x in r[0])
    count = sum(r[2] for r in results)
    return {
        "rps": count / elapsed,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] * 1000,
        "errors": sum(r[1] for r in results),
        "requests": count,
    }


def prepare(db: Path) -> None:
    """The token's workspace with ten offers, as a running bot would have it."""
    from storage import Store

    store = Store.open(db, clock=lambda: datetime.now(UTC))
    store.install_workspace(TEAM, time_zone="Europe/Amsterdam", installer_user_id=USERS[0])
    rows = ["name,kind,anniversary"] + [
        f"Offer {i},{'competency' if i % 3 else 'advanced_specialization'},2021-0{1 + i % 9}-15"
        for i in range(10)
    ]
    store.workspace(TEAM).import_csv("\n".join(rows), actor="bench")
    store.close()


def main() -> None:
    with (
        tempfile.TemporaryDirectory() as tmp,
        SlackServer(rate_limit_per_channel_per_sec=None, record_calls=False) as slack,
        ProcessPoolExecutor(CLIENT_PROCESSES) as pool,
    ):
        slack.add_workspace(TEAM, name="bench", bot_token=TOKEN)
        for user in USERS:
            slack.add_user(TEAM, user, name=user.lower(), tz="Europe/Amsterdam")
        db = Path(tmp) / "bench.db"
        prepare(db)
        env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
        env.update(SLACK_BOT_TOKEN=TOKEN, SLACK_SIGNING_SECRET=SECRET, MPN_DB=str(db),
                   MPN_SLACK_API_URL=slack.base_url, PYTHONUNBUFFERED="1")  # fmt: skip
        me = [sys.executable, "-m", "benchmarks.bench_http", "serve"]
        commands: dict[str, list[str]] = {}
        for server in SERVERS:
            product = [sys.executable, "-m", "bot.cli", "run", "--port", "0"] if server == "gunicorn" else [
                *me, "--app", "product", "--server", server]  # fmt: skip
            commands[f"product/{server}"] = product
            commands[f"bare/{server}"] = [*me, "--app", "bare", "--server", server]
        procs = {name: start(cmd, env, HERE.parent) for name, cmd in commands.items()}
        try:
            for name, (_, port) in procs.items():  # warm up: profiles cached, threads and connections made
                load(pool, port, 16, 1.0, f"warm-{name}")
            results: dict[tuple[str, int], dict[str, float]] = {}
            for clients in LEVELS:
                for name, (_, port) in procs.items():
                    results[(name, clients)] = load(pool, port, clients, SECONDS, f"{name}-{clients}")
        finally:
            for proc, _ in procs.values():
                proc.terminate()
            for proc, _ in procs.values():
                proc.wait(timeout=20)

    print(f"{SECONDS:.0f} s per level and app; {os.cpu_count()} CPUs shared with the load generator")
    print(f"{'app/server':<20}{'clients':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for clients in LEVELS:
        for name in procs:
            r = results[(name, clients)]
            print(
                f"{name:<20}{clients:>8}{r['rps']:>9.0f}{r['p50']:>9.1f}{r['p99']:>9.1f}{r['errors']:>8.0f}"
            )
    for server in SERVERS:
        mine, bare = results[(f"product/{server}", LEVELS[-1])], results[(f"bare/{server}", LEVELS[-1])]
        errors = sum(results[(f"product/{server}", c)]["errors"] for c in LEVELS)
        print(
            f"{server}: at {LEVELS[-1]} clients product/bare throughput {mine['rps'] / bare['rps']:.2f}x (target >= 0.5x), "
            f"product p99 {mine['p99']:.0f} ms (target < 300 ms), product errors at all levels {errors:.0f} (target 0)"
        )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "serve":
        parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_http serve")
        parser.add_argument("--app", choices=["product", "bare"], required=True)
        parser.add_argument("--server", choices=["gunicorn", "waitress"], required=True)
        parser.add_argument("--port", type=int, default=0)
        args = parser.parse_args(sys.argv[2:])
        sys.exit(serve_command(args.app, args.server, args.port))
    main()
