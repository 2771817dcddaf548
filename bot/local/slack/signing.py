"""Build, sign and send the HTTP requests that Slack sends *to* a Slack app.

Why: tests, benchmarks and the local console drive the real Bolt app over real signed HTTP, so that
request verification, body parsing and dispatch all run exactly as in production. The bodies here carry
every field Slack sends (form-encoded slash commands, JSON ``event_callback`` envelopes, ``payload=`` JSON
for interactivity), and the signature is Slack's v0 scheme: ``v0=`` + HMAC-SHA256 of ``v0:{ts}:{body}``
(computed with slack_sdk's own ``SignatureVerifier.generate_signature``).

See https://api.slack.com/authentication/verifying-requests-from-slack
"""

from __future__ import annotations

import itertools
import json
import secrets
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
USER_AGENT = "Slackbot 1.0 (+https://api.slack.com/robots)"
DEFAULT_APP_ID = "A0MPNBOT"
# Slack still sends the deprecated verification token in every payload; Bolt ignores it.
VERIFICATION_TOKEN = "simulated-verification-token"

_counter = itertools.count(1)


def sign(secret: str, body: str | bytes, timestamp: int) -> dict[str, str]:
    """Return the two headers Slack signs a request with.

    Uses slack_sdk's ``SignatureVerifier.generate_signature`` so the signature is, by construction, the one
    Bolt's ``RequestVerification`` middleware recomputes.
    """
    signature = SignatureVerifier(secret).generate_signature(timestamp=str(timestamp), body=body)
    assert signature is not None  # only None when timestamp is None
    return {"X-Slack-Request-Timestamp": str(timestamp), "X-Slack-Signature": signature}


def _trigger_id() -> str:
    """A trigger_id shaped like Slack's (``<digits>.<digits>.<hex>``); unique per call."""
    return f"{int(time.time() * 1000)}.{next(_counter)}.{secrets.token_hex(16)}"


def slash_command_body(
    *,
    team_id: str,
    user_id: str,
    channel_id: str,
    text: str,
    command: str = "/mpn",
    response_url: str,
    trigger_id: str | None = None,
    user_name: str = "partner.admin",
    team_domain: str = "example",
    enterprise_id: str | None = None,
    enterprise_name: str | None = None,
    channel_name: str = "general",
    api_app_id: str = DEFAULT_APP_ID,
    is_enterprise_install: bool = False,
    token: str = VERIFICATION_TOKEN,
) -> str:
    """A slash-command request body, form-urlencoded with Slack's fields in Slack's order.

    ``enterprise_id``/``enterprise_name`` are only present for Enterprise Grid workspaces, as on Slack.
    """
    fields: list[tuple[str, str]] = [("token", token), ("team_id", team_id), ("team_domain", team_domain)]
    if enterprise_id is not None:
        fields += [("enterprise_id", enterprise_id), ("enterprise_name", enterprise_name or enterprise_id)]
    fields += [
        ("channel_id", channel_id),
        ("channel_name", channel_name),
        ("user_id", user_id),
        ("user_name", user_name),
        ("command", command),
        ("text", text),
        ("api_app_id", api_app_id),
        ("is_enterprise_install", "true" if is_enterprise_install else "false"),
        ("response_url", response_url),
        ("trigger_id", trigger_id or _trigger_id()),
    ]
    return urlencode(fields)


def event_body(
    *,
    team_id: str,
    api_app_id: str = DEFAULT_APP_ID,
    event: dict[str, Any],
    event_id: str | None = None,
    event_time: int | None = None,
    authorizations: list[dict[str, Any]] | None = None,
    enterprise_id: str | None = None,
    bot_user_id: str = "U0BOT",
    token: str = VERIFICATION_TOKEN,
) -> str:
    """An Events API ``event_callback`` envelope around ``event``, as JSON.

    ``authorizations`` defaults to the one entry Slack sends for a bot installed in ``team_id``; Bolt's
    authorization reads it to find the installation.
    """
    when = event_time if event_time is not None else int(time.time())
    envelope: dict[str, Any] = {
        "token": token,
        "team_id": team_id,
        "context_team_id": team_id,
        "context_enterprise_id": enterprise_id,
        "api_app_id": api_app_id,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{when:010d}{next(_counter):06d}",
        "event_time": when,
        "authorizations": authorizations
        if authorizations is not None
        else [
            {
                "enterprise_id": enterprise_id,
                "team_id": team_id,
                "user_id": bot_user_id,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": f"4-{secrets.token_hex(12)}",
    }
    if enterprise_id is not None:
        envelope["enterprise_id"] = enterprise_id
    return json.dumps(envelope)


def block_actions_body(
    *,
    team_id: str,
    user_id: str,
    channel_id: str,
    message_ts: str,
    action_id: str,
    value: str,
    response_url: str,
    block_id: str = "actions",
    action_type: str = "button",
    message: dict[str, Any] | None = None,
    is_ephemeral: bool = False,
    user_name: str = "partner.admin",
    team_domain: str = "example",
    channel_name: str = "general",
    api_app_id: str = DEFAULT_APP_ID,
    trigger_id: str | None = None,
    enterprise_id: str | None = None,
    state_values: dict[str, Any] | None = None,
    action_text: dict[str, Any] | None = None,
    token: str = VERIFICATION_TOKEN,
) -> str:
    """A ``block_actions`` interaction (a button click on a message), as ``payload=<json>`` form body.

    ``message`` is the message that carried the button; Slack includes it (minus ephemeral ones) so the
    app can rebuild it. Only ``container``/``channel``/``user``/``team``/``actions`` are read by Bolt.
    ``action_text`` is the clicked button's ``text`` object (default: a plain_text of ``value``).
    """
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": {"id": user_id, "username": user_name, "name": user_name, "team_id": team_id},
        "api_app_id": api_app_id,
        "token": token,
        "container": {
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel_id,
            "is_ephemeral": is_ephemeral,
        },
        "trigger_id": trigger_id or _trigger_id(),
        "team": {"id": team_id, "domain": team_domain},
        "enterprise": {"id": enterprise_id, "name": enterprise_id} if enterprise_id else None,
        "is_enterprise_install": False,
        "channel": {"id": channel_id, "name": channel_name},
        "state": {"values": state_values or {}},
        "response_url": response_url,
        "actions": [
            {
                "action_id": action_id,
                "block_id": block_id,
                "value": value,
                "type": action_type,
                "action_ts": f"{time.time():.6f}",
                "text": action_text or {"type": "plain_text", "text": value, "emoji": True},
            }
        ],
    }
    if not is_ephemeral:
        payload["message"] = message or {"type": "message", "ts": message_ts, "text": "", "blocks": []}
    return urlencode({"payload": json.dumps(payload)})


def url_verification_body(challenge: str, token: str = VERIFICATION_TOKEN) -> str:
    """The JSON handshake Slack sends when a Request URL is saved; the app must echo ``challenge``."""
    return json.dumps({"token": token, "challenge": challenge, "type": "url_verification"})


class AppClient:
    """Sends signed requests to a Slack app's Request URL, the way Slack's servers do.

    ``clock`` supplies the signing timestamp, so tests can make requests look stale (or from the future)
    without sleeping.
    """

    def __init__(self, url: str, signing_secret: str, clock: Callable[[], float] = time.time) -> None:
        self.url = url
        self.signing_secret = signing_secret
        self.clock = clock

    def post(
        self,
        body: str | bytes,
        content_type: str,
        *,
        retry_num: int | None = None,
        retry_reason: str | None = None,
        forge: bool = False,
        timestamp: int | None = None,
        timeout: float = 10.0,
        extra_headers: Mapping[str, str] | None = None,
    ) -> tuple[int, dict[str, str], str]:
        """POST ``body`` signed; return ``(status, headers, body_text)`` for any status, 4xx/5xx included.

        ``forge=True`` signs with a different secret (a well-formed but wrong signature); ``retry_num`` and
        ``retry_reason`` add the ``X-Slack-Retry-*`` headers Slack sets when it redelivers an event.
        """
        raw = body.encode("utf-8") if isinstance(body, str) else body
        ts = int(self.clock()) if timestamp is None else timestamp
        secret = self.signing_secret + "-forged" if forge else self.signing_secret
        headers = {"Content-Type": content_type, "User-Agent": USER_AGENT, **sign(secret, raw, ts)}
        if retry_num is not None:
            headers["X-Slack-Retry-Num"] = str(retry_num)
        if retry_reason is not None:
            headers["X-Slack-Retry-Reason"] = retry_reason
        if extra_headers:
            headers.update(extra_headers)
        request = urllib.request.Request(self.url, data=raw, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, dict(response.headers.items()), response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            text = error.read().decode("utf-8", errors="replace")
            return error.code, dict(error.headers.items()), text

    def command(self, **kwargs: Any) -> tuple[int, dict[str, str], str]:
        """Send a slash command; keyword arguments are those of ``slash_command_body`` plus ``post``'s."""
        post_kwargs = _split_post_kwargs(kwargs)
        return self.post(slash_command_body(**kwargs), FORM, **post_kwargs)

    def event(self, **kwargs: Any) -> tuple[int, dict[str, str], str]:
        """Send an Events API callback; keyword arguments are those of ``event_body`` plus ``post``'s."""
        post_kwargs = _split_post_kwargs(kwargs)
        return self.post(event_body(**kwargs), JSON, **post_kwargs)

    def action(self, **kwargs: Any) -> tuple[int, dict[str, str], str]:
        """Send a block_actions click; keyword arguments are those of ``block_actions_body`` plus ``post``'s."""
        post_kwargs = _split_post_kwargs(kwargs)
        return self.post(block_actions_body(**kwargs), FORM, **post_kwargs)

    def url_verification(self, challenge: str) -> tuple[int, dict[str, str], str]:
        """Send the Request URL handshake."""
        return self.post(url_verification_body(challenge), JSON)


_POST_KWARGS = ("retry_num", "retry_reason", "forge", "timestamp", "timeout", "extra_headers")


def _split_post_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    """Move ``post``'s own options out of ``kwargs`` (in place) so the rest go to a body builder."""
    return {name: kwargs.pop(name) for name in _POST_KWARGS if name in kwargs}
