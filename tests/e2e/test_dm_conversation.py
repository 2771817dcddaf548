"""End to end (issue 14): DMs to ``mpn-bot run`` over real signed HTTP, in English and Dutch, including a
change typed as a message, its confirmation buttons, a member's refused click and a stale click."""

from __future__ import annotations

import sqlite3
import subprocess
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.language.i18n import format_day
from bot.local.slack import AppClient, SlackServer
from bot.render import dm as render_dm
from tests.harness import ADMIN, CHANNEL, DUTCH, MEMBER, PARTNER, SECRET, TEAM

pytestmark = pytest.mark.slow


def command(client: AppClient, slack: SlackServer, text: str, user: str) -> None:
    status, _, _ = client.command(
        team_id=TEAM,
        user_id=user,
        channel_id=CHANNEL,
        text=text,
        response_url=slack.new_response_url(TEAM, CHANNEL, user),
    )
    assert status == 200


def say(client: AppClient, slack: SlackServer, user: str, text: str) -> Any:
    channel = slack.dm_channel_id(TEAM, user)
    event = {
        "type": "message",
        "channel_type": "im",
        "channel": channel,
        "user": user,
        "text": text,
        "ts": "1616234400.000100",
        "client_msg_id": str(uuid.uuid4()),
    }
    status, _, _ = client.event(team_id=TEAM, event=event, event_id=f"Ev{uuid.uuid4().hex[:10]}")
    assert status == 200
    return [m for m in slack.messages(channel=channel) if m.user != user][-1]


def button(message: Any, action_id: str) -> dict[str, Any]:
    """The button, with the id of the block that holds it (a click sends both)."""
    return next(
        {**e, "block_id": b.get("block_id", "")}
        for b in message.blocks or []
        if b.get("type") == "actions"
        for e in b["elements"]
        if e["action_id"] == action_id
    )


def click(client: AppClient, slack: SlackServer, message: Any, pressed: dict[str, Any], user: str) -> None:
    channel = message.channel
    status, _, _ = client.action(
        team_id=TEAM,
        user_id=user,
        channel_id=channel,
        message_ts=message.ts,
        action_id=pressed["action_id"],
        value=pressed["value"],
        response_url=slack.new_response_url(TEAM, channel, user, message_ts=message.ts),
        block_id=pressed["block_id"],
    )
    assert status == 200


def renewals(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return [(r[0], r[1]) for r in conn.execute("SELECT renewed_on, actor FROM renewals")]


def latest(slack: SlackServer, channel: str, user: str) -> str:
    return " ".join(m.text for m in slack.messages(channel=channel) if m.user != user)


def test_dms_in_both_languages_and_a_confirmed_renewal_over_http(
    slack: SlackServer, running_bot: tuple[str, Path, subprocess.Popen[str]]
) -> None:
    url, db, _ = running_bot
    client = AppClient(f"{url}/slack/events", SECRET)
    command(client, slack, f"admins add <@{PARTNER}>", ADMIN)
    today = datetime.now(ZoneInfo("Europe/Amsterdam")).date()
    anniversary = today - timedelta(days=10)  # the subprocess runs on the real clock: inside its window
    command(client, slack, f"add Cloud Platform {anniversary.isoformat()}", PARTNER)

    # questions, in English and in Dutch
    assert (
        format_day(anniversary + timedelta(days=31), "en")
        in say(client, slack, MEMBER, "when do we lose the benefits of cloud platfrom?").text
    )
    assert "competentiekosten" in say(client, slack, DUTCH, "wat kost het verlengen van cloud platform?").text
    assert f"<@{PARTNER}>" in say(client, slack, DUTCH, "wie zijn de beheerders?").text
    assert (
        "I can't answer that yet"
        in say(client, slack, MEMBER, "can you book a meeting with our partner manager").text
    )

    # a member telling of a renewal: refused, naming the admins, no buttons
    refused = say(client, slack, MEMBER, "we renewed cloud platform yesterday")
    assert "Only MPN partner admins" in refused.text and not any(
        b.get("type") == "actions" for b in refused.blocks or []
    )

    # an admin telling of it in Dutch: a confirmation; a member's click on it changes nothing
    proposal = say(client, slack, PARTNER, "we hebben cloud platform gisteren verlengd")
    yesterday = format_day(today - timedelta(days=1), "nl")
    confirm = button(proposal, render_dm.ACTION_CONFIRM_CHANGE)
    assert confirm["text"]["text"] == f"Verlenging op {yesterday} vastleggen"
    click(client, slack, proposal, confirm, MEMBER)
    assert renewals(db) == []

    # the admin's click records it once; a second click on the same (now stale) button changes nothing
    click(client, slack, proposal, confirm, PARTNER)
    assert renewals(db) == [((today - timedelta(days=1)).isoformat(), PARTNER)]
    assert "Verlenging van *Cloud Platform* vastgelegd" in latest(slack, proposal.channel, PARTNER)
    click(client, slack, proposal, confirm, PARTNER)
    assert len(renewals(db)) == 1
    history = say(client, slack, PARTNER, "did we renew cloud platform already?").text
    assert history.count("renewed on") == 1 and f"<@{PARTNER}>" in history
