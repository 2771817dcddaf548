"""``/mpn``: the reply travels in the acknowledgement itself, so Slack shows it within its 3-second limit
without a second HTTP round trip (https://api.slack.com/interactivity/slash-commands#responding_to_commands).

The middleware has already found the conversation, parsed the text and checked the role for a change.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.core.deps import Deps
from bot.listeners.middleware import CONVERSATION, REQUEST, parse_command, require_partner_admin
from bot.slash.dispatch import run
from bot.slash.surface import Surface


def register(app: App, deps: Deps) -> None:
    @app.command("/mpn", middleware=[parse_command, require_partner_admin])
    def mpn(ack: Ack, command: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        surface = Surface(client, command.get("channel_id"), deps.people)
        reply = run(context[REQUEST], context[CONVERSATION], surface)
        ack(**reply.as_message(), response_type="ephemeral")
