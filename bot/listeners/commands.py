"""``/mpn``: the reply travels in the acknowledgement itself, so Slack shows it within its 3-second limit
without a second HTTP round trip (https://api.slack.com/interactivity/slash-commands#responding_to_commands)."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.core.deps import Deps
from bot.language.i18n import t
from bot.slash.dispatch import Surface, respond_to_command

log = logging.getLogger(__name__)


def register(app: App, deps: Deps) -> None:
    @app.command("/mpn")
    def mpn(ack: Ack, command: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        try:
            conv = deps.conversation(
                client,
                team_id=context.team_id or command["team_id"],
                enterprise_id=context.enterprise_id,
                user_id=command["user_id"],
            )
        except Exception:
            log.exception("could not load the workspace for /mpn")
            ack(text=t("error.generic", "en"), response_type="ephemeral")
            return
        reply = respond_to_command(
            command.get("text", ""), conv, Surface(client, command.get("channel_id"), deps.people)
        )
        ack(**reply.as_message(), response_type="ephemeral")
