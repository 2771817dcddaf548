"""A local stand-in for Slack's servers, and a signed-request driver for the Bolt app.

Why this exists: end-to-end tests, benchmarks and the token-less local console all need something that
answers like Slack does (token checks, error codes, 429 + Retry-After, message ``ts`` values) without the
network. ``SlackServer`` is that Web API + response_url host; ``signing`` builds and signs the requests that
Slack would send *to* the app.
"""

from __future__ import annotations

from bot.local.slack.models import Call, Message
from bot.local.slack.signing import (
    AppClient,
    block_actions_body,
    event_body,
    sign,
    slash_command_body,
    url_verification_body,
)
from bot.local.slack.slack_server import SlackServer

__all__ = [
    "AppClient",
    "Call",
    "Message",
    "SlackServer",
    "block_actions_body",
    "event_body",
    "sign",
    "slash_command_body",
    "url_verification_body",
]
