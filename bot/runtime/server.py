"""Serving the app: Slack's requests at ``/slack/events``, ``GET /healthz`` for load balancers, or Socket
Mode when an app-level token is set. A threaded WSGI server from the standard library keeps the install
to the pinned dependencies; Bolt's own WSGI adapter does the Slack part."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App

from bot.runtime.requests import CheckedSlackRequestHandler
from storage import Store

log = logging.getLogger(__name__)
EVENTS_PATH = "/slack/events"


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        log.debug("%s " + format, self.address_string(), *args)


#: A readiness check: (ready, reason).
Check = Callable[[], tuple[bool, str]]


def wsgi_app(
    app: App, store: Store, signing_secret: str | None, checks: dict[str, Check] | None = None
) -> Callable[..., Iterable[bytes]]:
    """Slack at ``/slack/events``; ``GET /healthz`` (liveness: the process answers, the database reads)
    and ``GET /readyz`` (readiness: a read and a write probe of the database, plus ``checks`` such as the
    Slack token and the reminder scheduler), 503 with the reasons in JSON when any fails."""
    slack = CheckedSlackRequestHandler(app, EVENTS_PATH, signing_secret)
    ready_checks: dict[str, Check] = {"database": lambda: _database_works(store), **(checks or {})}

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO"), environ.get("REQUEST_METHOD")
        if path == "/healthz" and method == "GET":
            alive = _database_answers(store)
            return _json(start_response, alive, {"ok": alive})
        if path == "/readyz" and method == "GET":
            results = {name: _run_check(check) for name, check in ready_checks.items()}
            ok = all(passed for passed, _ in results.values())
            body = {"ok": ok, "checks": {name: reason for name, (passed, reason) in results.items()}}
            return _json(start_response, ok, body)
        with store.connections.waiting_at_most(REQUEST_BUSY_TIMEOUT_MS):
            return slack(environ, start_response)

    return application


#: How long a Slack request's database work waits for another process's lock: well inside Slack's 3 s, so
#: the user gets the bot's "busy, try again in a moment" reply rather than Slack's timeout.
REQUEST_BUSY_TIMEOUT_MS = 1500


def _json(start_response: Callable[..., Any], ok: bool, body: dict[str, Any]) -> list[bytes]:
    start_response("200 OK" if ok else "503 Service Unavailable", [("Content-Type", "application/json")])
    return [json.dumps(body).encode()]


def _run_check(check: Check) -> tuple[bool, str]:
    try:
        return check()
    except Exception as err:  # a readiness check reports, it never takes the endpoint down
        return False, f"{type(err).__name__}: {err}"


def _database_works(store: Store) -> tuple[bool, str]:
    started = time.monotonic()
    try:
        store.workspace_count()
        store.probe_write()
    except Exception as err:
        return False, f"the database does not take a write: {err}"
    took = time.monotonic() - started
    if took > READY_BUDGET_SECONDS:
        return False, f"the database answered in {took:.1f} s (budget {READY_BUDGET_SECONDS} s)"
    return True, "ok"


READY_BUDGET_SECONDS = 1.0


def _database_answers(store: Store) -> bool:
    try:
        store.workspace_count()
    except Exception as err:
        log.warning("health check: the database did not answer: %s", err)
        return False
    return True


def make_http_server(
    app: App,
    store: Store,
    port: int,
    host: str = "0.0.0.0",
    *,
    signing_secret: str | None,
    checks: dict[str, Check] | None = None,
) -> WSGIServer:
    return make_server(
        host,
        port,
        wsgi_app(app, store, signing_secret, checks),
        server_class=_ThreadingWSGIServer,
        handler_class=_QuietHandler,
    )


def serve_http(
    app: App,
    store: Store,
    port: int,
    host: str = "0.0.0.0",
    *,
    signing_secret: str | None,
    checks: dict[str, Check] | None = None,
) -> None:
    server = make_http_server(app, store, port, host, signing_secret=signing_secret, checks=checks)
    log.info("mpn-bot listening on http://%s:%s%s", host, server.server_port, EVENTS_PATH)
    print(
        f"mpn-bot: listening on http://{host}:{server.server_port}{EVENTS_PATH} "
        "(health: /healthz, readiness: /readyz)",
        flush=True,
    )
    try:
        server.serve_forever()
    finally:
        server.server_close()


def serve_socket_mode(app: App, app_token: str) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    print("mpn-bot: connecting to Slack over Socket Mode", flush=True)
    SocketModeHandler(app, app_token).start()
