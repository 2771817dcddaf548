"""``bot.runtime.requests``: a request through the checked handler has its signature computed once (the
handler's check, then ``VerifiedOnce`` skips it); ``App.dispatch`` reached directly still verifies."""

from __future__ import annotations

import io
import json
import time
from typing import Any
from wsgiref.util import setup_testing_defaults

import pytest
from slack_bolt import BoltRequest
from slack_sdk.signature import SignatureVerifier

from bot.local.slack.signing import sign, slash_command_body
from bot.runtime.requests import VERIFIED_KEY, CheckedSlackRequestHandler
from tests.harness import CHANNEL, PARTNER, SECRET, TEAM, Harness


@pytest.fixture
def hmacs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every signature check made (by the handler or by Bolt's middleware), as the signature checked."""
    checked: list[str] = []
    real = SignatureVerifier.is_valid

    def counting(self: SignatureVerifier, body: Any, timestamp: str, signature: str) -> bool:
        checked.append(signature)
        return real(self, body, timestamp, signature)

    monkeypatch.setattr(SignatureVerifier, "is_valid", counting)
    return checked


def _command(bot: Harness, text: str) -> str:
    return slash_command_body(
        team_id=TEAM,
        user_id=PARTNER,
        channel_id=CHANNEL,
        text=text,
        response_url=bot.slack.new_response_url(TEAM, CHANNEL, PARTNER),
    )


def _post(handler: CheckedSlackRequestHandler, body: str, headers: dict[str, str]) -> tuple[str, bytes]:
    raw = body.encode()
    environ: dict[str, Any] = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/slack/events",
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
        "CONTENT_LENGTH": str(len(raw)),
        "wsgi.input": io.BytesIO(raw),
    }
    environ.update({f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()})
    setup_testing_defaults(environ)
    status: list[str] = []
    answer = b"".join(handler(environ, lambda code, _headers, *exc: status.append(code)))
    return status[0], answer


def test_a_request_through_the_handler_is_verified_once(bot: Harness, hmacs: list[str]) -> None:
    handler = CheckedSlackRequestHandler(bot.app, "/slack/events", SECRET)
    body = _command(bot, "add Cloud Platform 2021-03-10")
    headers = sign(SECRET, body, int(time.time()))
    status, answer = _post(handler, body, headers)
    assert status.startswith("200") and "Cloud Platform" in answer.decode()
    assert hmacs == [headers["X-Slack-Signature"]]
    assert [o.name for o in bot.store.workspace(TEAM).offers()] == ["Cloud Platform"]


@pytest.mark.parametrize("age", [0, 60 * 6])
def test_forged_and_stale_requests_are_still_refused_through_the_handler(
    bot: Harness, hmacs: list[str], age: int
) -> None:
    handler = CheckedSlackRequestHandler(bot.app, "/slack/events", SECRET)
    body = _command(bot, "add Cloud Platform 2021-03-10")
    headers = sign("not-the-secret" if age == 0 else SECRET, body, int(time.time()) - age)
    status, _ = _post(handler, body, headers)
    assert status.startswith("401") and len(hmacs) == 1
    assert bot.store.workspace(TEAM).offers() == []


def test_app_dispatch_reached_directly_still_verifies_and_a_body_cannot_fake_the_marker(
    bot: Harness, hmacs: list[str]
) -> None:
    body = _command(bot, "add Cloud Platform 2021-03-10") + "&" + VERIFIED_KEY + "=1"
    forged = BoltRequest(body=body, headers={**sign("not-the-secret", body, int(time.time()))})
    assert bot.app.dispatch(forged).status == 401 and len(hmacs) == 1
    event = json.dumps({"type": "event_callback", "team_id": TEAM, VERIFIED_KEY: True, "event": {}})
    forged = BoltRequest(
        body=event,
        headers={**sign("not-the-secret", event, int(time.time())), "Content-Type": "application/json"},
    )
    assert bot.app.dispatch(forged).status == 401
    assert bot.store.workspace(TEAM).offers() == []
    assert bot.command("status").status == 200 and len(hmacs) == 3  # a signed one passes, verified once
