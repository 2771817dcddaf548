"""Serving the app: Slack's requests at ``/slack/events``, ``GET /healthz`` for load balancers, or Socket
Mode when an app-level token is set. A threaded WSGI server from the standard library keeps the install
to the pinned dependencies; Bolt's own WSGI adapter does the Slack part."""

from __future__ import annotations

import json
import logging
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


def wsgi_app(app: App, store: Store, signing_secret: str | None) -> Callable[..., Iterable[bytes]]:
    slack = CheckedSlackRequestHandler(app, EVENTS_PATH, signing_secret)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz" and environ.get("REQUEST_METHOD") == "GET":
            ok = _database_answers(store)
            body = json.dumps({"ok": ok}).encode()
            start_response(
                "200 OK" if ok else "503 Service Unavailable", [("Content-Type", "application/json")]
            )
            return [body]
        return slack(environ, start_response)

    return application


def _database_answers(store: Store) -> bool:
    try:
        store.workspace_count()
    except Exception:
        log.exception("health check: the database did not answer")
        return False
    return True


def make_http_server(
    app: App, store: Store, port: int, host: str = "0.0.0.0", *, signing_secret: str | None
) -> WSGIServer:
    return make_server(
        host,
        port,
        wsgi_app(app, store, signing_secret),
        server_class=_ThreadingWSGIServer,
        handler_class=_QuietHandler,
    )


def serve_http(
    app: App, store: Store, port: int, host: str = "0.0.0.0", *, signing_secret: str | None
) -> None:
    server = make_http_server(app, store, port, host, signing_secret=signing_secret)
    log.info("mpn-bot listening on http://%s:%s%s", host, server.server_port, EVENTS_PATH)
    print(
        f"mpn-bot: listening on http://{host}:{server.server_port}{EVENTS_PATH} (health: /healthz)",
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
