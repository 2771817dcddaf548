"""Signed requests from ``bot.local.slack.signing`` into a real Bolt app served over HTTP.

The app's Web API client and its ``respond()`` both point at the simulator, so these tests cover the whole
road: Slack signs and sends -> Bolt verifies and dispatches -> the listener answers through the simulator.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient
from slack_sdk.signature import Clock, SignatureVerifier

from bot.local.slack import SlackServer
from bot.local.slack.signing import (
    AppClient,
    block_actions_body,
    event_body,
    sign,
    slash_command_body,
    url_verification_body,
)

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TOKEN = "xoxb-acme"


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


@dataclass
class BoltHarness:
    """A Bolt app on 127.0.0.1 whose Slack is the simulator, and a signed client pointed at it."""

    slack: SlackServer
    url: str
    client: AppClient
    seen: list[str] = field(default_factory=list)


class _FixedClock(Clock):
    def __init__(self, now: float) -> None:
        self._now = now

    def now(self) -> float:
        return self._now


def test_sign_matches_slack_sdk_verifier() -> None:
    body = "token=x&team_id=T1&text=status"
    headers = sign(SECRET, body, 1_700_000_000)
    assert headers["X-Slack-Request-Timestamp"] == "1700000000"
    assert headers["X-Slack-Signature"].startswith("v0=") and len(headers["X-Slack-Signature"]) == 67
    verifier = SignatureVerifier(SECRET, clock=_FixedClock(1_700_000_000))
    assert verifier.is_valid_request(body, headers)
    assert not SignatureVerifier("other", clock=_FixedClock(1_700_000_000)).is_valid_request(body, headers)


def test_sign_is_hmac_sha256_of_v0_ts_body() -> None:
    expected = hmac.new(SECRET.encode(), b"v0:42:hello", hashlib.sha256).hexdigest()
    assert sign(SECRET, b"hello", 42)["X-Slack-Signature"] == f"v0={expected}"


def test_slash_command_body_has_slacks_fields() -> None:
    body = slash_command_body(
        team_id="T1", user_id="U1", channel_id="C1", text="status due", response_url="http://x/response/1"
    )
    fields = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
    for name in (
        "token",
        "team_id",
        "team_domain",
        "channel_id",
        "channel_name",
        "user_id",
        "user_name",
        "command",
        "text",
        "api_app_id",
        "is_enterprise_install",
        "response_url",
        "trigger_id",
    ):
        assert name in fields, name
    assert fields["command"] == "/mpn" and fields["text"] == "status due"
    assert "enterprise_id" not in fields
    grid = slash_command_body(
        team_id="T1", user_id="U1", channel_id="C1", text="", response_url="u", enterprise_id="E1"
    )
    assert dict(urllib.parse.parse_qsl(grid, keep_blank_values=True))["enterprise_id"] == "E1"


def test_event_and_action_bodies() -> None:
    event = json.loads(
        event_body(team_id="T1", api_app_id="A1", event={"type": "app_home_opened", "user": "U1"})
    )
    assert event["type"] == "event_callback" and event["team_id"] == "T1"
    assert event["event_id"].startswith("Ev") and isinstance(event["event_time"], int)
    assert event["authorizations"][0]["team_id"] == "T1"
    form = block_actions_body(
        team_id="T1",
        user_id="U1",
        channel_id="C1",
        message_ts="1700000000.000100",
        action_id="renew",
        value="offer-1",
        response_url="http://x/response/1",
    )
    payload = json.loads(dict(urllib.parse.parse_qsl(form))["payload"])
    assert payload["type"] == "block_actions"
    assert payload["actions"][0]["action_id"] == "renew" and payload["actions"][0]["value"] == "offer-1"
    assert payload["container"]["message_ts"] == "1700000000.000100"
    assert json.loads(url_verification_body("abc")) == {
        "token": "simulated-verification-token",
        "challenge": "abc",
        "type": "url_verification",
    }


@pytest.fixture
def bolt() -> Iterator[BoltHarness]:
    """A tiny Bolt app: /mpn echoes via respond(), a button replaces its message, Home gets published."""
    with SlackServer() as slack:
        slack.add_workspace("T1", name="Acme", bot_token=TOKEN)
        slack.add_user("T1", "U1", name="ann", is_admin=True)
        slack.add_channel("T1", "C1", name="mpn")
        seen: list[str] = []
        app = App(signing_secret=SECRET, client=WebClient(token=TOKEN, base_url=slack.base_url))

        @app.command("/mpn")
        def mpn(ack: Callable[..., None], respond: Callable[..., Any], command: dict[str, Any]) -> None:
            ack()
            seen.append(command["text"])
            respond(f"you said {command['text']}")

        @app.action("renew")
        def renew(ack: Callable[..., None], respond: Callable[..., Any], body: dict[str, Any]) -> None:
            ack()
            seen.append(body["actions"][0]["value"])
            respond(text="renewed", replace_original=True)

        @app.event("app_home_opened")
        def home(event: dict[str, Any], client: WebClient, request: BoltRequest) -> None:
            retry = request.headers.get("x-slack-retry-num", ["-"])[0]
            seen.append(f"home retry={retry}")
            client.views_publish(user_id=event["user"], view={"type": "home", "blocks": []})

        httpd = make_server(
            "127.0.0.1",
            0,
            SlackRequestHandler(app),
            server_class=_ThreadingWSGIServer,
            handler_class=_QuietHandler,
        )
        thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        url = f"http://127.0.0.1:{httpd.server_address[1]}/slack/events"
        try:
            yield BoltHarness(slack=slack, url=url, client=AppClient(url, SECRET), seen=seen)
        finally:
            httpd.shutdown()
            httpd.server_close()
            thread.join(timeout=5)


def _command(bolt: BoltHarness, text: str, **post: Any) -> tuple[int, dict[str, str], str]:
    return bolt.client.command(
        team_id="T1",
        user_id="U1",
        channel_id="C1",
        text=text,
        response_url=bolt.slack.new_response_url("T1", "C1", "U1"),
        **post,
    )


def test_signed_command_reaches_the_listener_and_respond_lands(bolt: BoltHarness) -> None:
    status, _, _ = _command(bolt, "status")
    assert status == 200
    messages = bolt.slack.wait_for(lambda: bolt.slack.messages(channel="C1"))
    assert messages[0].text == "you said status"
    assert messages[0].via == "response_url" and messages[0].ephemeral_to == "U1"
    assert bolt.seen == ["status"]
    assert [c.method for c in bolt.slack.calls] == ["auth.test"]  # Bolt checked its token, nothing else


def test_forged_signature_is_refused_before_any_listener(bolt: BoltHarness) -> None:
    status, _, body = _command(bolt, "forged", forge=True)
    assert status == 401
    assert json.loads(body) == {"error": "invalid request"}
    time.sleep(0.2)  # give a (wrongly) dispatched listener the chance to show itself
    assert bolt.seen == [] and bolt.slack.messages() == []


def test_stale_timestamp_is_refused(bolt: BoltHarness) -> None:
    status, _, _ = _command(bolt, "stale", timestamp=int(time.time()) - 6 * 60)
    assert status == 401
    stale_client = AppClient(bolt.url, SECRET, clock=lambda: time.time() - 301)
    status, _, _ = stale_client.command(
        team_id="T1", user_id="U1", channel_id="C1", text="stale", response_url="http://unused/"
    )
    assert status == 401
    assert bolt.seen == []


def test_wrong_secret_client_is_refused(bolt: BoltHarness) -> None:
    status, _, _ = AppClient(bolt.url, "not-the-secret").command(
        team_id="T1", user_id="U1", channel_id="C1", text="x", response_url="http://unused/"
    )
    assert status == 401


def test_url_verification_echoes_challenge(bolt: BoltHarness) -> None:
    status, _, body = bolt.client.url_verification("challenge-123")
    assert status == 200 and "challenge-123" in body


def test_event_publishes_home(bolt: BoltHarness) -> None:
    status, _, _ = bolt.client.event(
        team_id="T1", event={"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"}
    )
    assert status == 200
    home = bolt.slack.wait_for(lambda: bolt.slack.home("T1", "U1"))
    assert home is not None and home["type"] == "home"
    assert bolt.seen == ["home retry=-"]


def test_event_retry_headers_are_sent(bolt: BoltHarness) -> None:
    status, _, _ = bolt.client.event(
        team_id="T1",
        event={"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"},
        retry_num=1,
        retry_reason="http_timeout",
    )
    assert status == 200
    bolt.slack.wait_for(lambda: bolt.slack.home("T1", "U1"))
    assert bolt.seen == ["home retry=1"]


def test_button_click_replaces_the_message(bolt: BoltHarness) -> None:
    bolt.slack.set_rate_limits(per_channel_per_sec=None)
    posted = WebClient(token=TOKEN, base_url=bolt.slack.base_url).chat_postMessage(
        channel="C1", text="renew?"
    )
    status, _, _ = bolt.client.action(
        team_id="T1",
        user_id="U1",
        channel_id="C1",
        message_ts=posted["ts"],
        action_id="renew",
        value="offer-7",
        response_url=bolt.slack.new_response_url("T1", "C1", "U1", message_ts=posted["ts"]),
    )
    assert status == 200
    bolt.slack.wait_for(lambda: bolt.slack.messages(channel="C1")[0].text == "renewed")
    (message,) = bolt.slack.messages(channel="C1")
    assert message.ts == posted["ts"] and message.edited
    assert bolt.seen == ["offer-7"]
