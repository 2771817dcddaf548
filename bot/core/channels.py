"""What Slack says of a channel the bot may post reminders in, asked once for every surface.

``/mpn channel #x`` and the Settings modal both need the same facts before saving a reminder channel: does
it exist for the bot, is the bot in it, is it archived, is it private (a bot cannot join a private channel;
it must be invited). ``conversations.info`` answers ``channel_not_found`` both for a channel that does not
exist and for a private one the bot is not in: either way reminders cannot go there.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError


@dataclass(frozen=True, slots=True)
class ChannelFacts:
    """``state`` "unknown" when Slack could not be asked (an outage, a missing scope): callers save the
    setting then, and the sweep alerts the admins if posting fails."""

    state: Literal["member", "not_member", "missing", "unknown"]
    archived: bool = False
    private: bool = False
    is_im: bool = False
    name: str = ""


def channel_facts(client: WebClient, channel: str) -> ChannelFacts:
    try:
        info = client.conversations_info(channel=channel)["channel"]
    except SlackApiError as err:
        missing = err.response.get("error") == "channel_not_found"
        return ChannelFacts("missing" if missing else "unknown")
    except (SlackClientError, OSError):
        return ChannelFacts("unknown")
    return ChannelFacts(
        "member" if info.get("is_member") else "not_member",
        archived=bool(info.get("is_archived")),
        private=bool(info.get("is_private")),
        is_im=bool(info.get("is_im") or info.get("is_mpim")),
        name=str(info.get("name") or ""),
    )
