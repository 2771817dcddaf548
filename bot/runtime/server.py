"""Serving the app: Slack's requests at ``/slack/events`` (and the OAuth routes), ``GET /healthz`` and
``GET /readyz`` for load balancers, or Socket Mode when an app-level token is set. gunicorn serves the
WSGI app (``bot.runtime.gunicorn_server``: why, and its settings); Bolt's own WSGI adapter does the Slack
part."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App

from bot.runtime import metrics
from bot.runtime.gunicorn_server import AppFactory, ServerOptions, serve
from bot.runtime.requests import KIND_KEY, MAX_BODY_BYTES, CheckedSlackRequestHandler
from storage import Store

log = logging.getLogger(__name__)
EVENTS_PATH = "/slack/events"


#: A readiness check: (ready, reason).
Check = Callable[[], tuple[bool, str]]


def wsgi_app(
    app: App, store: Store, signing_secret: str | None, checks: dict[str, Check] | None = None
) -> Callable[..., Iterable[bytes]]:
    """Slack at ``/slack/events``; ``GET /healthz`` (liveness: the process answers, the database reads)
    and ``GET /readyz`` (readiness: a read and a write probe of the database, plus ``checks`` such as the
    Slack token and the reminder scheduler), 503 with the reasons in JSON when any fails; ``GET /metrics``
    (Prometheus, ``bot.runtime.metrics``). Every request is timed by route and kind."""
    slack = CheckedSlackRequestHandler(app, EVENTS_PATH, signing_secret)
    ready_checks: dict[str, Check] = {"database": lambda: _database_works(store), **(checks or {})}
    scraped = metrics.exposition(store)

    def route(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO"), environ.get("REQUEST_METHOD")
        if path == "/healthz" and method == "GET":
            alive = _database_answers(store)
            return _json(start_response, alive, {"ok": alive})
        if path == "/readyz" and method == "GET":
            results = {name: _run_check(check) for name, check in ready_checks.items()}
            ok = all(passed for passed, _ in results.values())
            body = {"ok": ok, "checks": {name: reason for name, (passed, reason) in results.items()}}
            return _json(start_response, ok, body)
        if path == "/metrics" and method == "GET":
            text, content_type = metrics.render(scraped)
            start_response("200 OK", [("Content-Type", content_type)])
            return [text]
        if _declared_length(environ) > MAX_BODY_BYTES:  # refused before reading a byte of it
            start_response("413 Content Too Large", [("Content-Type", "application/json")])
            return [b'{"ok": false, "error": "body_too_large"}']
        with store.connections.waiting_at_most(REQUEST_BUSY_TIMEOUT_MS):
            return slack(environ, start_response)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        """``route``, timed: the response is built whole before it is returned (Bolt's adapter and the
        routes above all answer with one list), so the time covers the work."""
        started = time.perf_counter()
        status: list[str] = []

        def recording(code: str, headers: list[tuple[str, str]], *exc: Any) -> Any:
            status.append(code.split(" ", 1)[0])
            return start_response(code, headers, *exc)

        try:
            return route(environ, recording)
        finally:
            where = metrics.route_of(environ.get("PATH_INFO"))
            kind = environ.get(KIND_KEY, "none")
            metrics.REQUEST_SECONDS.labels(where, kind).observe(time.perf_counter() - started)
            metrics.RESPONSES.labels(where, status[0] if status else "error").inc()

    return application


def _declared_length(environ: dict[str, Any]) -> int:
    try:
        return int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


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


def serve_http(
    factory: AppFactory,
    port: int,
    host: str = "0.0.0.0",
    *,
    options: ServerOptions | None = None,
) -> int:
    """Serve with gunicorn (``bot.runtime.gunicorn_server``) until SIGTERM or SIGINT; ``factory`` runs in
    each worker process and returns that worker's ``WorkerParts`` (its ``wsgi_app`` and how it stops).
    The exit status: 0 after a clean stop."""

    def ready(host: str, bound: int) -> None:
        log.info("mpn-bot listening on http://%s:%s%s", host, bound, EVENTS_PATH)
        print(
            f"mpn-bot: listening on http://{host}:{bound}{EVENTS_PATH} "
            "(health: /healthz, readiness: /readyz, metrics: /metrics)",
            flush=True,
        )

    return serve(factory, host=host, port=port, options=options or ServerOptions(), on_ready=ready)


def make_http_server(
    app: App, store: Store, port: int, host: str = "127.0.0.1", *, signing_secret: str | None
) -> WSGIServer:
    """A small in-process server (the standard library's) for the local console, which talks to its own
    bot on a thread of the same process; ``mpn-bot run`` serves with gunicorn (``serve_http``)."""

    class Server(ThreadingMixIn, WSGIServer):
        daemon_threads = True

    class QuietHandler(WSGIRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
            log.debug("%s " + format, self.address_string(), *args)

    return make_server(
        host, port, wsgi_app(app, store, signing_secret), server_class=Server, handler_class=QuietHandler
    )


def serve_socket_mode(app: App, app_token: str) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    print("mpn-bot: connecting to Slack over Socket Mode", flush=True)
    SocketModeHandler(app, app_token).start()
