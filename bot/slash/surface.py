"""Where a ``/mpn`` command was typed: the Slack-side facts a handler may need and the answer layer never sees."""

from __future__ import annotations

from dataclasses import dataclass

from slack_sdk import WebClient

from bot.core.people import People


@dataclass(frozen=True)
class Surface:
    client: WebClient
    channel_id: str | None
    people: People
