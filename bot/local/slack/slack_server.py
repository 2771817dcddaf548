"""A local Slack: the Web API subset mpn-bot uses, response_urls, rate limits and fault injection.

Why it exists: end-to-end tests, the delivery benchmark and the token-less local console need a server that
behaves like Slack's (token checks, Slack's error codes, HTTP 200 + ``ok: false`` for API errors, 429 +
``Retry-After`` for rate limits, unique increasing message ``ts`` values) so that the real ``slack_sdk``
``WebClient`` and Bolt's ``respond()`` run unmodified against it. Standard library only.

Use it in-process (the main use)::

    with SlackServer() as slack:
        slack.add_workspace("T1", name="Acme", bot_token="xoxb-1")
        slack.add_channel("T1", "C1", name="mpn")
        WebClient(token="xoxb-1", base_url=slack.base_url).chat_postMessage(channel="C1", text="hi")
        assert slack.messages(channel="C1")[0].text == "hi"

or from another process: ``python -m bot.local.slack.slack_server --port 0 --fixture world.json`` prints its
base URL and serves until interrupted; ``GET /_sim/messages`` and ``GET /_sim/calls`` expose the record.
"""

from __future__ import annotations

import argparse
import base64
import email.parser
import email.policy
import hashlib
import itertools
import json
import secrets
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.local.slack import views
from bot.local.slack.files import FILES_PATH, FileArea
from bot.local.slack.models import (
    ApiError,
    Call,
    Channel,
    Fault,
    Message,
    ResponseHook,
    User,
    Workspace,
)
from bot.local.slack.ratelimit import RateLimiter, retry_after_seconds
from bot.runtime.oauth import BOT_SCOPES

T = TypeVar("T")

# Slack's documented limits (https://api.slack.com/methods/chat.postMessage, https://api.slack.com/block-kit).
MAX_TEXT = 40_000
MAX_MESSAGE_BLOCKS = 50
RESPONSE_URL_MAX_USES = 5
RESPONSE_URL_TTL = 30 * 60.0

# The reply status that makes the socket handler drop the connection without answering (an RST).
DROP = 0

# The pseudo-method name under which faults for response_url posts are injected.
RESPONSE_URL = "response_url"

_Handler = Callable[[Workspace, dict[str, Any]], dict[str, Any]]
_Reply = tuple[int, dict[str, str], bytes]


def ws_scopes() -> str:
    """The scopes an installation of the app is granted: the bot scopes of manifest.yml, as Slack grants
    what the install asks for.

    Taken from ``bot.runtime.oauth.BOT_SCOPES``, the code's one copy of the manifest's list (the OAuth
    install asks for it; tests/slack/test_manifest.py holds it equal to manifest.yml, and to this), rather
    than by reading manifest.yml here: the manifest is not part of the installed package or the container
    image (``mpn-bot console`` runs there too), and PyYAML is only a development dependency."""
    return ",".join(BOT_SCOPES)


def _json_reply(status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> _Reply:
    return status, {"Content-Type": "application/json; charset=utf-8", **(headers or {})}, _dumps(payload)


def _dumps(payload: Any) -> bytes:
    return json.dumps(payload, separators=(",", ":")).encode("utf-8")


def _text_reply(status: int, text: str) -> _Reply:
    return status, {"Content-Type": "text/plain; charset=utf-8"}, text.encode("utf-8")


def _truthy(value: Any) -> bool:
    """Slack's boolean arguments arrive as ``true``/``1`` (form; slack_sdk sends ``1``) or JSON booleans."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


def _present(value: Any) -> bool:
    """slack_sdk sends unset JSON arguments as ``null``; treat those like absent ones."""
    return value is not None and value != ""


def _maybe_json(value: Any, error: str) -> Any:
    """Form-encoded requests carry ``blocks``/``view``/``metadata`` as JSON strings; decode them."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except json.JSONDecodeError as exc:
            raise ApiError(error) from exc
    return value


def _validate_blocks(raw: Any, limit: int = MAX_MESSAGE_BLOCKS) -> list[dict[str, Any]] | None:
    """Light Block Kit check: a list of at most ``limit`` dicts, each with a string ``type``."""
    if not _present(raw):
        return None
    blocks = _maybe_json(raw, "invalid_blocks")
    if not isinstance(blocks, list) or len(blocks) > limit:
        raise ApiError("invalid_blocks")
    for block in blocks:
        if not isinstance(block, dict) or not isinstance(block.get("type"), str) or not block["type"]:
            raise ApiError("invalid_blocks")
    return blocks or None


def _validate_metadata(raw: Any) -> dict[str, Any] | None:
    """``metadata`` must be ``{"event_type": str, "event_payload": {...}}``."""
    if not _present(raw):
        return None
    metadata = _maybe_json(raw, "invalid_metadata_format")
    if (
        not isinstance(metadata, dict)
        or not isinstance(metadata.get("event_type"), str)
        or not isinstance(metadata.get("event_payload", {}), dict)
    ):
        raise ApiError("invalid_metadata_format")
    return metadata


def _message_content(params: dict[str, Any]) -> tuple[str | None, list[dict[str, Any]] | None]:
    """Text and blocks of a post, with Slack's ``no_text`` / ``msg_too_long`` / ``invalid_blocks`` checks."""
    text = params.get("text")
    text = str(text) if _present(text) else None
    blocks = _validate_blocks(params.get("blocks"))
    has_attachments = _present(params.get("attachments")) and params.get("attachments") not in ([], "[]")
    if text is None and blocks is None and not has_attachments:
        raise ApiError("no_text")
    if text is not None and len(text) > MAX_TEXT:
        raise ApiError("msg_too_long")
    return text, blocks


def _tz_fields(tz: str) -> dict[str, Any]:
    """``tz``, ``tz_label`` and ``tz_offset`` (seconds east of UTC, as Slack gives it) for ``users.info``."""
    try:
        now = datetime.now(ZoneInfo(tz))
    except (ZoneInfoNotFoundError, ValueError):
        return {"tz": tz, "tz_label": tz, "tz_offset": 0}
    offset = now.utcoffset()
    return {
        "tz": tz,
        "tz_label": now.tzname() or tz,
        "tz_offset": int(offset.total_seconds()) if offset is not None else 0,
    }


class _HTTPServer(ThreadingHTTPServer):
    """ThreadingHTTPServer that knows its simulator; handler threads are daemons so stop() never hangs."""

    daemon_threads = True
    allow_reuse_address = True
    # socketserver's default backlog of 5 drops SYNs under a burst of concurrent clients, which then stall
    # for a 1 s TCP retransmit: a delay real Slack does not have and benchmarks would wrongly measure.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], sim: SlackServer) -> None:
        self.sim = sim
        super().__init__(address, _RequestHandler)


class _RequestHandler(BaseHTTPRequestHandler):
    """Reads one request, lets the simulator answer it, writes the answer (HTTP/1.1, keep-alive capable)."""

    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        self._dispatch()

    def do_GET(self) -> None:  # noqa: N802
        self._dispatch()

    def _dispatch(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        headers = {key.lower(): value for key, value in self.headers.items()}
        try:
            status, reply_headers, payload = self.server.sim.handle_http(
                self.command, self.path, headers, body
            )
        except Exception as exc:  # a simulator bug must look like a Slack 500, not a dropped connection
            status, reply_headers, payload = _json_reply(
                500, {"ok": False, "error": f"simulator_error: {exc}"}
            )
        if status == DROP:  # an injected reset: the call was processed, the answer never comes
            self.close_connection = True
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return
        try:
            self.send_response(status)
            for key, value in reply_headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (e.g. an injected delay beyond its timeout); Slack would not notice either.
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base class signature
        """Silence per-request logging: tests and benchmarks make thousands of requests."""


class SlackServer:
    """A Slack-compatible Web API and response_url server on 127.0.0.1, for tests, benchmarks and the console.

    Everything is guarded by one lock, so the record (``calls``, ``messages()``) is consistent while the
    app's threads post concurrently. Rate limits use ``monotonic`` (default ``time.monotonic``); message
    ``ts`` values and ``Call.at`` use ``clock`` (default ``time.time``).
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        rate_limit_per_channel_per_sec: float | None = 1.0,
        rate_limit_burst: float = 1.0,
        global_rate_limit_per_sec: float | None = None,
        response_url_max_uses: int = RESPONSE_URL_MAX_USES,
        response_url_ttl: float = RESPONSE_URL_TTL,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        record_calls: bool = True,
    ) -> None:
        self._host = host
        self.record_calls = record_calls
        self._port = port
        self._clock = clock
        self._monotonic = monotonic
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._channel_limiter = RateLimiter(rate_limit_per_channel_per_sec, rate_limit_burst, monotonic)
        self._global_limiter = RateLimiter(global_rate_limit_per_sec, 1.0, monotonic)
        self.response_url_max_uses = response_url_max_uses
        self.response_url_ttl = response_url_ttl
        self._workspaces: dict[str, Workspace] = {}
        self._tokens: dict[str, str] = {}  # token -> team_id
        self._revoked: set[str] = set()
        self._calls: list[Call] = []
        self._messages: list[Message] = []
        self._homes: dict[tuple[str, str], dict[str, Any]] = {}
        self._hooks: dict[str, ResponseHook] = {}
        self._faults: dict[str, list[Fault]] = {}
        self._last_ts_us = 0
        self._view_ids = itertools.count(1)
        self._oauth_apps: dict[str, str] = {}  # client_id -> client_secret
        self._rotating_apps: dict[str, float] = {}  # client_id -> lifetime of its rotating tokens (seconds)
        self._refresh_tokens: dict[str, str] = {}  # refresh token -> team_id
        self._token_expiry: dict[str, float] = {}  # rotating access token -> expiry (self._clock() time)
        self._oauth_codes: dict[str, tuple[str, str]] = {}  # one-use code -> (team_id, installer user id)
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._methods: dict[str, _Handler] = {
            "auth.test": self._auth_test,
            "chat.postMessage": self._chat_post_message,
            "chat.postEphemeral": self._chat_post_ephemeral,
            "chat.update": self._chat_update,
            "conversations.open": self._conversations_open,
            "conversations.info": self._conversations_info,
            "users.info": self._users_info,
            "team.info": self._team_info,
        }
        self.views = views.Views(self)
        self._methods.update(self.views.methods())
        self.files = FileArea(self, self._methods)  # files.info, url_private downloads, conversations.join

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> SlackServer:
        """Bind and serve in a daemon thread; returns self so ``SlackServer().start()`` reads well."""
        if self._httpd is not None:
            return self
        self._httpd = _HTTPServer((self._host, self._port), self)
        self._port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="slack-sim", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port (idempotent)."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> SlackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The bound port (known after ``start()`` when constructed with port 0)."""
        return self._port

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT`` with no trailing slash."""
        return f"http://{self._host}:{self._port}"

    @property
    def base_url(self) -> str:
        """What ``slack_sdk.WebClient(base_url=...)`` takes; the trailing slash matters to its urljoin."""
        return f"{self.url}/api/"

    # ------------------------------------------------------------------ the world

    def add_workspace(
        self,
        team_id: str,
        *,
        name: str,
        bot_token: str,
        bot_user_id: str = "U0BOT",
        enterprise_id: str | None = None,
        time_zone: str = "Europe/Amsterdam",
        bot_id: str = "B0BOT",
        app_id: str = "A0MPNBOT",
        domain: str | None = None,
    ) -> Workspace:
        """Install the app in a workspace: its bot token now authenticates, and its bot user exists."""
        with self._lock:
            if team_id in self._workspaces:
                raise ValueError(f"workspace {team_id} already exists")
            if bot_token in self._tokens:
                raise ValueError("bot_token already belongs to another workspace")
            ws = Workspace(
                team_id=team_id,
                name=name,
                bot_token=bot_token,
                bot_user_id=bot_user_id,
                bot_id=bot_id,
                app_id=app_id,
                enterprise_id=enterprise_id,
                time_zone=time_zone,
                domain=domain or "".join(ch for ch in name.lower() if ch.isalnum()) or team_id.lower(),
            )
            ws.users[bot_user_id] = User(
                team_id=team_id,
                id=bot_user_id,
                name="mpn-bot",
                real_name="mpn-bot",
                tz=time_zone,
                is_bot=True,
            )
            self._workspaces[team_id] = ws
            self._tokens[bot_token] = team_id
            self._revoked.discard(bot_token)
            return ws

    def add_user(
        self,
        team_id: str,
        user_id: str,
        *,
        name: str,
        locale: str = "en-US",
        tz: str | None = None,
        is_admin: bool = False,
        is_owner: bool = False,
        is_bot: bool = False,
        real_name: str | None = None,
        deleted: bool = False,
        home_team: str | None = None,
    ) -> User:
        """Add (or replace) a member; ``tz=None`` means the workspace's time zone. ``home_team``: the user's
        own workspace when it is another one (a Slack Connect guest); ``deleted``: a deactivated account."""
        with self._lock:
            ws = self._workspace(team_id)
            user = User(
                team_id=home_team or team_id,
                id=user_id,
                name=name,
                locale=locale,
                tz=tz or ws.time_zone,
                is_admin=is_admin,
                is_owner=is_owner,
                is_bot=is_bot,
                real_name=real_name or name,
                deleted=deleted,
            )
            ws.users[user_id] = user
            return user

    def add_channel(
        self,
        team_id: str,
        channel_id: str,
        *,
        name: str,
        bot_is_member: bool = True,
        archived: bool = False,
        is_private: bool = False,
    ) -> Channel:
        """Add (or replace) a channel in a workspace (public unless ``is_private``)."""
        with self._lock:
            ws = self._workspace(team_id)
            channel = Channel(
                team_id=team_id,
                id=channel_id,
                name=name,
                bot_is_member=bot_is_member,
                archived=archived,
                is_private=is_private,
                created=int(self._clock()),
            )
            ws.channels[channel_id] = channel
            return channel

    def set_member(self, team_id: str, channel_id: str, is_member: bool) -> None:
        """Invite the bot to (True) or remove it from (False) a channel."""
        with self._lock:
            self._channel(team_id, channel_id).bot_is_member = is_member

    def archive(self, team_id: str, channel_id: str, archived: bool = True) -> None:
        """Archive (or with ``archived=False`` unarchive) a channel."""
        with self._lock:
            self._channel(team_id, channel_id).archived = archived

    def revoke_token(self, token: str, *, revoked: bool = True) -> None:
        """Every later call with ``token`` answers ``token_revoked`` (as after an uninstall); with
        ``revoked=False`` it works again (the app re-installed with the same token, as a test needs it)."""
        with self._lock:
            if revoked:
                self._revoked.add(token)
            else:
                self._revoked.discard(token)

    def dm_channel_id(self, team_id: str, user_id: str) -> str:
        """The bot's DM channel with a user (opened on first use), stable for that team and user."""
        with self._lock:
            ws = self._workspace(team_id)
            if user_id not in ws.users:
                raise KeyError(f"no user {user_id} in {team_id}")
            return self._open_dm(ws, user_id).id

    def users(self, team_id: str) -> list[User]:
        """The workspace's members (the bot user included), as ``users.list`` would name them."""
        with self._lock:
            return list(self._workspace(team_id).users.values())

    def channels(self, team_id: str) -> list[Channel]:
        """The workspace's public channels (not the bot's DMs), as copies."""
        with self._lock:
            return [replace(c) for c in self._workspace(team_id).channels.values() if not c.is_im]

    def load_fixture(self, data: dict[str, Any]) -> None:
        """Build the world from a dict: ``{"workspaces": [{team_id, name, bot_token, ..., users, channels}]}``."""
        for spec in data.get("workspaces", []):
            spec = dict(spec)
            users = spec.pop("users", [])
            channels = spec.pop("channels", [])
            team_id = spec.pop("team_id")
            self.add_workspace(team_id, **spec)
            for user in users:
                user = dict(user)
                self.add_user(team_id, user.pop("id"), **user)
            for channel in channels:
                channel = dict(channel)
                self.add_channel(team_id, channel.pop("id"), **channel)

    def set_rate_limits(
        self,
        *,
        per_channel_per_sec: float | None = 1.0,
        burst: float = 1.0,
        global_per_sec: float | None = None,
    ) -> None:
        """Change the limits at run time (history is reset). ``None`` switches a limit off.

        ``per_channel_per_sec`` limits chat.postMessage per workspace and channel (Slack's "1 per second per
        channel"); ``global_per_sec`` limits every Web API call of a workspace, for tests that want a
        tighter, method-independent limit.
        """
        with self._lock:
            self._channel_limiter.configure(per_channel_per_sec, burst)
            self._global_limiter.configure(global_per_sec, 1.0)

    def inject(
        self,
        method: str,
        *,
        status: int | None = None,
        error: str | None = None,
        delay: float | None = None,
        times: int = 1,
        retry_after: int = 1,
        land: bool = False,
        reset: bool = False,
        match: dict[str, str] | None = None,
    ) -> None:
        """Make the next ``times`` calls of ``method`` fail; faults queue up in the order injected.

        Scripted faults as Slack really produces them: ``land=True`` with ``status=500`` processes the call
        (the post lands) and then answers 500 (accept-then-500); ``reset=True`` processes it and drops the
        connection unanswered (accept-then-reset); ``delay`` beyond the client's timeout with nothing else
        is a timeout that lands; ``error="ratelimited"`` (or ``"rate_limited"``) without ``status`` is the
        HTTP 200 spelling; ``match={"channel": "D…"}`` or ``{"users": "U2"}`` limits the fault to calls with
        those arguments (one admin's DM), other calls pass it by.

        ``status=500/503`` answers that HTTP status; ``status=429`` answers ``ratelimited`` with
        ``Retry-After: retry_after``; ``error="not_in_channel"`` answers HTTP 200 ``ok: false`` with that
        code; ``delay`` sleeps first (longer than the client's timeout simulates a timeout) and then, unless
        ``status``/``error`` is also given, the call is processed normally: like Slack, the post may have
        happened even though the client gave up. ``method="response_url"`` targets response_url posts.
        """
        if times < 1:
            raise ValueError("times must be >= 1")
        if status is None and error is None and delay is None and not reset:
            raise ValueError("inject needs status, error, delay or reset")
        with self._lock:
            self._faults.setdefault(method, []).append(
                Fault(
                    status=status,
                    error=error,
                    delay=delay,
                    retry_after=retry_after,
                    remaining=times,
                    land=land,
                    reset=reset,
                    match=dict(match) if match else None,
                )
            )

    def new_response_url(
        self, team_id: str, channel_id: str, user_id: str, *, message_ts: str | None = None
    ) -> str:
        """A fresh response_url for an interaction by ``user_id`` in ``channel_id``.

        ``message_ts`` is the message the interaction came from (a button's message); ``replace_original``
        and ``delete_original`` act on it. Like Slack's, the URL works ``response_url_max_uses`` times
        within ``response_url_ttl`` seconds.
        """
        with self._lock:
            self._workspace(team_id)
            hook_id = f"{team_id}/{secrets.token_hex(6)}/{secrets.token_urlsafe(12)}"
            self._hooks[hook_id] = ResponseHook(
                id=hook_id,
                team_id=team_id,
                channel_id=channel_id,
                user_id=user_id,
                created=self._monotonic(),
                original_ts=message_ts,
            )
            return f"{self.url}/response/{hook_id}"

    # ------------------------------------------------------------------ the record

    @property
    def calls(self) -> list[Call]:
        """Every Web API call so far, in the order they were answered (a snapshot copy)."""
        with self._lock:
            return list(self._calls)

    def calls_to(self, method: str) -> list[Call]:
        """The calls of one method."""
        with self._lock:
            return [call for call in self._calls if call.method == method]

    def messages(
        self, channel: str | None = None, team_id: str | None = None, *, visible_to: str | None = None
    ) -> list[Message]:
        """Messages as they now stand, in posting order; ``visible_to`` hides others' ephemeral ones."""
        with self._lock:
            return [
                m
                for m in self._messages
                if (channel is None or m.channel == channel)
                and (team_id is None or m.team_id == team_id)
                and (visible_to is None or m.visible_to(visible_to))
            ]

    def home(self, team_id: str, user_id: str) -> dict[str, Any] | None:
        """The App Home view last published for a user, or None."""
        with self._lock:
            return self._homes.get((team_id, user_id))

    def wait_for(self, predicate: Callable[[], T], timeout: float = 5.0) -> T:
        """Wait until ``predicate()`` is truthy and return its value; ``TimeoutError`` after ``timeout``.

        Woken on every recorded call or message, so tests wait for the app's background work without
        sleeping a fixed time.
        """
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                value = predicate()
                if value:
                    return value
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"condition not met within {timeout} s")
                self._changed.wait(min(remaining, 0.05))

    def reset(self, *, world: bool = False) -> None:
        """Forget calls, messages, homes, response_urls, faults and rate-limit history.

        The workspaces, users and channels stay unless ``world=True``.
        """
        with self._lock:
            self._calls.clear()
            self._messages.clear()
            self._homes.clear()
            self._hooks.clear()
            self._faults.clear()
            self.views.reset()
            self._channel_limiter.reset()
            self._global_limiter.reset()
            if world:
                self._workspaces.clear()
                self._tokens.clear()
                self._revoked.clear()
            self._changed.notify_all()

    # ------------------------------------------------------------------ HTTP entry point

    def handle_http(self, verb: str, target: str, headers: dict[str, str], body: bytes) -> _Reply:
        """Answer one HTTP request (``headers`` keys lower-case); the socket handler calls this."""
        parts = urlsplit(target)
        path = parts.path
        if path.startswith("/api/"):
            return self._web_api(path[len("/api/") :], parts.query, headers, body)
        if path.startswith("/response/") and verb == "POST":
            return self._response_url(path[len("/response/") :], body)
        if path == "/_sim/messages" and verb == "GET":
            query = dict(parse_qsl(parts.query))
            found = self.messages(
                query.get("channel"), query.get("team_id"), visible_to=query.get("visible_to")
            )
            return _json_reply(200, {"ok": True, "messages": [asdict(m) for m in found]})
        if path.startswith(FILES_PATH):
            return self.files.download(verb, path, headers)
        if path == "/_sim/calls" and verb == "GET":
            return _json_reply(200, {"ok": True, "calls": [asdict(c) for c in self.calls]})
        return _text_reply(404, "Not Found")

    # ------------------------------------------------------------------ Web API plumbing

    def _web_api(self, method: str, query: str, headers: dict[str, str], body: bytes) -> _Reply:
        """Answer one Web API call: faults first, then method, token, limits and the method itself."""
        if method == "oauth.v2.access":
            return self._oauth_v2_access(query, headers, body)
        arrived = self._clock()
        params: dict[str, Any] = {}
        token: str | None = None
        team_id: str | None = None
        try:
            params = self._parse_params(query, headers.get("content-type", ""), body)
        except ApiError:
            params = {}
        fault = self._take_fault(method, params)
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        try:
            params = self._parse_params(query, headers.get("content-type", ""), body)
            token = self._token_from(headers, params)
            answer_fault = fault is not None and (fault.status is not None or fault.error is not None)
            if fault is not None and answer_fault and not fault.land and not fault.reset:
                raise self._fault_error(fault)
            handler = self._methods.get(method)
            if handler is None:
                raise ApiError("unknown_method")
            with self._lock:
                ws = self._authenticate(token)
                team_id = ws.team_id
                wait = self._global_limiter.check(ws.team_id)
                if wait > 0:
                    raise ApiError(
                        "ratelimited", status=429, headers={"Retry-After": str(retry_after_seconds(wait))}
                    )
                result = handler(ws, params)
                if not answer_fault:  # a processed call answered with a fault is recorded as that fault
                    self._record(Call(method, params, team_id, token, arrived))
            if fault is not None and fault.reset:
                return DROP, {}, b""
            if fault is not None and answer_fault:  # processed, and answered as if it had failed
                raise self._fault_error(fault)
            return _json_reply(200, {"ok": True, **result})
        except ApiError as exc:
            with self._lock:
                if team_id is None and token is not None:
                    team_id = self._tokens.get(token)
                self._record(Call(method, params, team_id, token, arrived, exc.status, exc.error))
            return _json_reply(exc.status, {"ok": False, "error": exc.error}, exc.headers)

    # ------------------------------------------------------------------ OAuth (app installation)

    def register_oauth_app(
        self, client_id: str, client_secret: str, *, token_lifetime: float | None = None
    ) -> None:
        """Let ``oauth.v2.access`` accept this app's client credentials. ``token_lifetime`` (seconds) turns
        on token rotation for the app, as Slack's "token rotation" setting does: each installation gets an
        access token that expires (then every call answers ``token_expired``) and a refresh token that
        ``oauth.v2.access`` with ``grant_type=refresh_token`` exchanges for a fresh access token
        (https://docs.slack.dev/authentication/using-token-rotation). Change it with ``set_token_lifetime``."""
        with self._lock:
            self._oauth_apps[client_id] = client_secret
            if token_lifetime is not None:
                self._rotating_apps[client_id] = token_lifetime

    def set_token_lifetime(self, client_id: str, seconds: float) -> None:
        """How long the rotating tokens issued from now on live."""
        with self._lock:
            self._rotating_apps[client_id] = seconds

    def _rotating_grant(self, client_id: str, ws: Workspace) -> dict[str, Any]:
        """A new expiring access token (and the workspace's refresh token) for a rotating app."""
        lifetime = self._rotating_apps[client_id]
        token = f"xoxe.xoxb-{ws.team_id}-{next(self._view_ids)}"
        refresh = f"xoxe-1-{ws.team_id}-refresh"
        self._tokens[token] = ws.team_id
        self._token_expiry[token] = self._clock() + lifetime
        self._refresh_tokens[refresh] = ws.team_id
        return {"access_token": token, "refresh_token": refresh, "expires_in": int(lifetime)}

    def issue_oauth_code(self, team_id: str, user_id: str) -> str:
        """What Slack hands the browser after ``user_id`` approves the install in ``team_id``: a one-use code
        that the app exchanges at ``oauth.v2.access`` for the workspace's bot token."""
        with self._lock:
            if team_id not in self._workspaces:
                raise ValueError(f"unknown workspace {team_id}")
            code = f"{team_id}.{next(self._view_ids)}.{time.monotonic_ns()}"
            self._oauth_codes[code] = (team_id, user_id)
            return code

    def _oauth_v2_access(self, query: str, headers: dict[str, str], body: bytes) -> _Reply:
        """https://api.slack.com/methods/oauth.v2.access: client credentials (HTTP Basic or parameters) and a
        one-use code in, the bot token and who installed out."""
        params = self._parse_params(query, headers.get("content-type", ""), body)
        client_id, client_secret = params.get("client_id"), params.get("client_secret")
        auth = headers.get("authorization", "")
        if auth.lower().startswith("basic "):
            decoded = base64.b64decode(auth[6:].strip()).decode("utf-8", errors="replace")
            client_id, _, client_secret = decoded.partition(":")
        with self._lock:
            if not client_id or self._oauth_apps.get(str(client_id)) != client_secret:
                return _json_reply(200, {"ok": False, "error": "invalid_client_id"})
            if params.get("grant_type") == "refresh_token":
                team_id = self._refresh_tokens.get(str(params.get("refresh_token") or ""))
                if team_id is None or str(client_id) not in self._rotating_apps:
                    return _json_reply(200, {"ok": False, "error": "invalid_refresh_token"})
                ws = self._workspaces[team_id]
                self._record(
                    Call("oauth.v2.access", {"grant_type": "refresh_token"}, team_id, None, self._clock())
                )
                fresh = self._rotating_grant(str(client_id), ws)
                return _json_reply(200, {"ok": True, "token_type": "bot", "scope": ws_scopes(),
                                         "bot_user_id": ws.bot_user_id, "app_id": ws.app_id,
                                         "team": {"id": ws.team_id, "name": ws.name}, **fresh})  # fmt: skip
            grant = self._oauth_codes.pop(str(params.get("code") or ""), None)
            if grant is None:
                return _json_reply(200, {"ok": False, "error": "invalid_code"})
            ws = self._workspaces[grant[0]]
            self._record(Call("oauth.v2.access", {"code": "…"}, ws.team_id, None, self._clock()))
            return _json_reply(
                200,
                {
                    "ok": True,
                    "access_token": ws.bot_token,
                    "token_type": "bot",
                    "scope": ws_scopes(),
                    "bot_user_id": ws.bot_user_id,
                    "app_id": ws.app_id,
                    "team": {"id": ws.team_id, "name": ws.name},
                    "enterprise": {"id": ws.enterprise_id, "name": ws.enterprise_id}
                    if ws.enterprise_id
                    else None,
                    "is_enterprise_install": False,
                    "authed_user": {"id": grant[1]},
                    **(
                        self._rotating_grant(str(client_id), ws)
                        if str(client_id) in self._rotating_apps
                        else {}
                    ),
                },
            )

    def _take_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        with self._lock:
            queue = self._faults.get(method)
            if not queue:
                return None
            for index, fault in enumerate(queue):
                if fault.applies_to(params):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        queue.pop(index)
                    return fault
            return None

    @staticmethod
    def _fault_error(fault: Fault) -> ApiError:
        if fault.status == 429:
            return ApiError(
                fault.error or "ratelimited",
                status=429,
                headers={"Retry-After": str(max(1, fault.retry_after))},
            )
        if fault.status is not None and fault.status != 200:
            return ApiError(fault.error or "internal_error", status=fault.status)
        return ApiError(fault.error or "internal_error")

    @staticmethod
    def _parse_params(query: str, content_type: str, body: bytes) -> dict[str, Any]:
        """Merge query-string and body arguments the way Slack accepts them (form, JSON or multipart)."""
        params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
        ctype = content_type.lower()
        if not body:
            return params
        if "json" in ctype:
            try:
                data = json.loads(body.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise ApiError("invalid_json") from exc
            if not isinstance(data, dict):
                raise ApiError("invalid_json")
            params.update(data)
        elif "multipart/form-data" in ctype:
            head = f"Content-Type: {content_type}\r\n\r\n".encode()
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                if isinstance(name, str):
                    payload = part.get_payload(decode=True)
                    params[name] = (
                        payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
                    )
        else:
            try:
                params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
            except UnicodeDecodeError as exc:
                raise ApiError("invalid_form_data") from exc
        return params

    @staticmethod
    def _token_from(headers: dict[str, str], params: dict[str, Any]) -> str | None:
        """``Authorization: Bearer`` (what slack_sdk sends) wins; a ``token`` argument also works."""
        token_param = params.pop("token", None)
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and auth[7:].strip():
            return auth[7:].strip()
        return str(token_param) if _present(token_param) else None

    def _authenticate(self, token: str | None) -> Workspace:
        if not token:
            raise ApiError("not_authed")
        if token in self._revoked:
            raise ApiError("token_revoked")
        expires = self._token_expiry.get(token)
        if expires is not None and self._clock() >= expires:
            raise ApiError("token_expired")
        team_id = self._tokens.get(token)
        if team_id is None or team_id not in self._workspaces:
            raise ApiError("invalid_auth")
        return self._workspaces[team_id]

    def _record(self, call: Call) -> None:
        if self.record_calls:  # long benchmarks may switch this off to keep memory flat
            self._calls.append(call)
        self._changed.notify_all()

    def _workspace(self, team_id: str) -> Workspace:
        ws = self._workspaces.get(team_id)
        if ws is None:
            raise KeyError(f"no workspace {team_id}")
        return ws

    def _channel(self, team_id: str, channel_id: str) -> Channel:
        channel = self._workspace(team_id).channels.get(channel_id)
        if channel is None:
            raise KeyError(f"no channel {channel_id} in {team_id}")
        return channel

    def _next_ts(self) -> str:
        """Slack's ``ts``: epoch seconds with six decimals, unique and strictly increasing here."""
        now_us = int(self._clock() * 1_000_000)
        self._last_ts_us = max(now_us, self._last_ts_us + 1)
        return f"{self._last_ts_us // 1_000_000}.{self._last_ts_us % 1_000_000:06d}"

    def _open_dm(self, ws: Workspace, user_id: str) -> Channel:
        digest = hashlib.sha1(f"{ws.team_id}:{user_id}".encode()).hexdigest()[:10].upper()
        channel_id = f"D{digest}"
        channel = ws.channels.get(channel_id)
        if channel is None:
            channel = ws.channels[channel_id] = Channel(
                team_id=ws.team_id,
                id=channel_id,
                name=user_id,
                is_im=True,
                user=user_id,
                created=int(self._clock()),
            )
        return channel

    def _resolve_channel(self, ws: Workspace, raw: Any) -> Channel:
        """A channel id, ``#name``, or a user id (meaning the bot's DM with that user)."""
        if not _present(raw):
            raise ApiError("channel_not_found")
        ref = str(raw)
        if ref in ws.channels:
            return ws.channels[ref]
        if ref in ws.users and not ws.users[ref].is_bot:
            return self._open_dm(ws, ref)
        name = ref.lstrip("#")
        for channel in ws.channels.values():
            if not channel.is_im and channel.name == name:
                return channel
        raise ApiError("channel_not_found")

    @staticmethod
    def _check_postable(ws: Workspace, channel: Channel) -> None:
        if channel.archived:
            raise ApiError("is_archived")
        if not channel.bot_is_member:
            raise ApiError("not_in_channel")

    def _message_json(self, ws: Workspace, message: Message) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": "message",
            "user": message.user,
            "bot_id": ws.bot_id,
            "app_id": ws.app_id,
            "text": message.text,
            "ts": message.ts,
            "team": ws.team_id,
        }
        if message.blocks is not None:
            out["blocks"] = message.blocks
        if message.thread_ts is not None:
            out["thread_ts"] = message.thread_ts
        if message.metadata is not None:
            out["metadata"] = message.metadata
        return out

    def _store(self, message: Message) -> None:
        self._messages.append(message)
        self._changed.notify_all()

    def _find_message(self, team_id: str, channel_id: str, ts: str) -> int | None:
        for index, message in enumerate(self._messages):
            if message.team_id == team_id and message.channel == channel_id and message.ts == ts:
                return index
        return None

    # ------------------------------------------------------------------ Web API methods

    def _auth_test(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/auth.test (Bolt reads team_id, user_id, bot_id from it)."""
        result: dict[str, Any] = {
            "url": f"https://{ws.domain}.slack.com/",
            "team": ws.name,
            "user": ws.users[ws.bot_user_id].name if ws.bot_user_id in ws.users else "mpn-bot",
            "team_id": ws.team_id,
            "user_id": ws.bot_user_id,
            "bot_id": ws.bot_id,
            "is_enterprise_install": False,
        }
        if ws.enterprise_id is not None:
            result["enterprise_id"] = ws.enterprise_id
        return result

    def _chat_post_message(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/chat.postMessage, with the 1-per-second-per-channel limit."""
        channel = self._resolve_channel(ws, params.get("channel"))
        key = (ws.team_id, channel.id)
        wait = self._channel_limiter.check(key)
        if wait > 0:
            raise ApiError("ratelimited", status=429, headers={"Retry-After": str(retry_after_seconds(wait))})
        try:
            self._check_postable(ws, channel)
            text, blocks = _message_content(params)
            metadata = _validate_metadata(params.get("metadata"))
        except ApiError:
            # Only messages that land count against "1 message per second per channel".
            self._channel_limiter.refund(key)
            raise
        thread_ts = str(params["thread_ts"]) if _present(params.get("thread_ts")) else None
        message = Message(
            team_id=ws.team_id,
            channel=channel.id,
            ts=self._next_ts(),
            text=text or "",
            blocks=blocks,
            user=ws.bot_user_id,
            metadata=metadata,
            thread_ts=thread_ts,
            via="api",
        )
        self._store(message)
        return {"channel": channel.id, "ts": message.ts, "message": self._message_json(ws, message)}

    def _chat_post_ephemeral(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/chat.postEphemeral: visible to ``user`` only, never stored as ts."""
        channel = self._resolve_channel(ws, params.get("channel"))
        self._check_postable(ws, channel)
        user_id = str(params.get("user") or "")
        if user_id not in ws.users:
            raise ApiError("user_not_found")
        if channel.is_im and channel.user != user_id:
            raise ApiError("user_not_in_channel")
        text, blocks = _message_content(params)
        thread_ts = str(params["thread_ts"]) if _present(params.get("thread_ts")) else None
        message = Message(
            team_id=ws.team_id,
            channel=channel.id,
            ts=self._next_ts(),
            text=text or "",
            blocks=blocks,
            user=ws.bot_user_id,
            ephemeral_to=user_id,
            thread_ts=thread_ts,
            via="api",
        )
        self._store(message)
        return {"message_ts": message.ts}

    def _chat_update(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/chat.update: only the bot's own, non-ephemeral messages."""
        channel = self._resolve_channel(ws, params.get("channel"))
        ts = str(params.get("ts") or "")
        index = self._find_message(ws.team_id, channel.id, ts) if ts else None
        if index is None or self._messages[index].ephemeral_to is not None:
            raise ApiError("message_not_found")
        original = self._messages[index]
        if original.user != ws.bot_user_id:
            raise ApiError("cant_update_message")
        if channel.archived:
            raise ApiError("is_archived")
        text, blocks = _message_content(params)
        updated = replace(
            original,
            text=text if text is not None else original.text,
            blocks=blocks if _present(params.get("blocks")) else original.blocks,
            metadata=_validate_metadata(params.get("metadata")) or original.metadata,
            edited=True,
        )
        self._messages[index] = updated
        self._changed.notify_all()
        return {
            "channel": channel.id,
            "ts": updated.ts,
            "text": updated.text,
            "message": self._message_json(ws, updated),
        }

    def _conversations_open(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/conversations.open for one user (the bot's DM)."""
        if _present(params.get("channel")):
            channel = ws.channels.get(str(params["channel"]))
            if channel is None:
                raise ApiError("channel_not_found")
            return {"no_op": True, "already_open": True, "channel": {"id": channel.id}}
        users = [u.strip() for u in str(params.get("users") or "").split(",") if u.strip()]
        if not users:
            raise ApiError("users_list_not_supplied")
        if len(users) > 1:
            raise ApiError("not_supported")  # group DMs: mpn-bot never opens them; the simulator neither
        user = ws.users.get(users[0])
        if user is None:
            raise ApiError("user_not_found")
        if user.id == ws.bot_user_id:
            raise ApiError("cannot_dm_bot")
        existed = any(c.is_im and c.user == user.id for c in ws.channels.values())
        channel = self._open_dm(ws, user.id)
        result: dict[str, Any] = {"channel": {"id": channel.id}}
        if existed:
            result.update({"no_op": True, "already_open": True})
        if _truthy(params.get("return_im", False)):
            result["channel"] = self._channel_json(channel)
        return result

    def _channel_json(self, channel: Channel) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": channel.id,
            "created": channel.created,
            "is_archived": channel.archived,
            "is_im": channel.is_im,
            "is_channel": not channel.is_im,
            "is_private": channel.is_private,
            "is_mpim": False,
            "is_member": channel.bot_is_member,
            "context_team_id": channel.team_id,
        }
        if channel.is_im:
            out["user"] = channel.user
            out["is_open"] = True
        else:
            out["name"] = channel.name
            out["name_normalized"] = channel.name
        return out

    def _conversations_info(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/conversations.info."""
        channel = ws.channels.get(str(params.get("channel") or ""))
        if channel is None or (channel.is_private and not channel.bot_is_member):
            raise ApiError("channel_not_found")  # Slack hides private channels from non-members
        return {"channel": self._channel_json(channel)}

    def _users_info(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/users.info (``locale`` only with ``include_locale=true``)."""
        user = ws.users.get(str(params.get("user") or ""))
        if user is None:
            raise ApiError("user_not_found")
        out: dict[str, Any] = {
            "id": user.id,
            "team_id": user.team_id,  # another workspace's user (Slack Connect) names their own team
            "name": user.name,
            "deleted": user.deleted,
            "real_name": user.real_name or user.name,
            **_tz_fields(user.tz),
            "is_admin": user.is_admin,
            "is_owner": user.is_owner,
            "is_primary_owner": user.is_owner,
            "is_restricted": False,
            "is_ultra_restricted": False,
            "is_bot": user.is_bot,
            "is_app_user": False,
            "profile": {
                "real_name": user.real_name or user.name,
                "display_name": user.name,
                "real_name_normalized": user.real_name or user.name,
                "display_name_normalized": user.name,
                "team": ws.team_id,
            },
        }
        if user.is_bot:
            out["profile"]["bot_id"] = ws.bot_id
        if ws.enterprise_id is not None:
            out["enterprise_user"] = {"enterprise_id": ws.enterprise_id, "id": user.id}
        if _truthy(params.get("include_locale", False)):
            out["locale"] = user.locale
        return {"user": out}

    def _team_info(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/team.info (the token's own workspace)."""
        team = str(params.get("team") or ws.team_id)
        if team != ws.team_id:
            raise ApiError("team_not_found")
        out: dict[str, Any] = {
            "id": ws.team_id,
            "name": ws.name,
            "domain": ws.domain,
            "email_domain": "",
            "icon": {"image_default": True},
        }
        if ws.enterprise_id is not None:
            out["enterprise_id"] = ws.enterprise_id
            out["enterprise_name"] = ws.enterprise_id
        return {"team": out}

    # ------------------------------------------------------------------ response_url

    def _response_url(self, hook_id: str, body: bytes) -> _Reply:
        """A POST to a response_url (Bolt's ``respond()``): a message in the interaction's channel.

        Answers like Slack's hooks host: plain-text error codes with 4xx statuses, ``{"ok": true}`` on
        success. ``response_type`` defaults to ephemeral, as on Slack.
        """
        fault = self._take_fault(RESPONSE_URL, {})
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        if fault is not None and (fault.status is not None or fault.error is not None):
            exc = self._fault_error(fault)
            status = exc.status if exc.status != 200 else 500
            return status, {"Content-Type": "text/plain; charset=utf-8", **exc.headers}, exc.error.encode()
        with self._lock:
            hook = self._hooks.get(hook_id)
            if hook is None:
                return _text_reply(404, "no_active_hooks")
            if self._monotonic() - hook.created > self.response_url_ttl:
                return _text_reply(404, "expired_url")
            if hook.uses >= self.response_url_max_uses:
                return _text_reply(404, "used_url")
            try:
                data = json.loads(body.decode("utf-8") or "{}")
            except (UnicodeDecodeError, json.JSONDecodeError):
                return _text_reply(400, "invalid_payload")
            if not isinstance(data, dict):
                return _text_reply(400, "invalid_payload")
            hook.uses += 1
            ws = self._workspaces.get(hook.team_id)
            if ws is None:
                return _text_reply(404, "no_team")
            channel = ws.channels.get(hook.channel_id)
            if channel is not None and channel.archived:
                return _text_reply(410, "channel_is_archived")
            original = (
                self._find_message(hook.team_id, hook.channel_id, hook.original_ts)
                if hook.original_ts
                else None
            )
            if _truthy(data.get("delete_original", False)):
                if original is not None:
                    del self._messages[original]
                    self._changed.notify_all()
                hook.original_ts = None
                return _json_reply(200, {"ok": True})
            try:
                text, blocks = _message_content(data)
            except ApiError as exc:
                return _text_reply(400, exc.error)
            if _truthy(data.get("replace_original", False)) and original is not None:
                previous = self._messages[original]
                ephemeral_to = previous.ephemeral_to
                if data.get("response_type") == "in_channel":
                    ephemeral_to = None
                self._messages[original] = replace(
                    previous, text=text or "", blocks=blocks, ephemeral_to=ephemeral_to, edited=True
                )
                self._changed.notify_all()
                return _json_reply(200, {"ok": True})
            in_channel = data.get("response_type") == "in_channel"
            message = Message(
                team_id=hook.team_id,
                channel=hook.channel_id,
                ts=self._next_ts(),
                text=text or "",
                blocks=blocks,
                user=ws.bot_user_id,
                ephemeral_to=None if in_channel else hook.user_id,
                thread_ts=str(data["thread_ts"]) if _present(data.get("thread_ts")) else None,
                metadata=data.get("metadata") if isinstance(data.get("metadata"), dict) else None,
                via="response_url",
            )
            self._store(message)
            hook.original_ts = message.ts
            return _json_reply(200, {"ok": True})


def main(argv: list[str] | None = None) -> int:
    """Serve a simulator from the command line, for harnesses that drive the app as a subprocess."""
    parser = argparse.ArgumentParser(prog="python -m bot.local.slack.slack_server")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--fixture", help='JSON file: {"workspaces": [...]}, see SlackServer.load_fixture')
    parser.add_argument("--no-rate-limit", action="store_true")
    args = parser.parse_args(argv)
    server = SlackServer(port=args.port, rate_limit_per_channel_per_sec=None if args.no_rate_limit else 1.0)
    if args.fixture:
        with open(args.fixture, encoding="utf-8") as fh:
            server.load_fixture(json.load(fh))
    server.start()
    print(server.base_url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
