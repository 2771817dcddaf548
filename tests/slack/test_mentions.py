"""The bot mentioned in a channel ("@MPN Renewals when is Security due?" under a reminder post): answered in
the message's thread by the same reader and answer layer as a DM, in the question's language; a change told
in a mention gets its confirmation (or its refusal) as an ephemeral message in that thread, so only the
asker sees the buttons; a retried delivery and a bot's mention get no answer. Signed requests through
Bolt's dispatch (tests/harness.py), the local Slack stand-in answering."""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.render import dm as render_dm
from tests.harness import CHANNEL, DUTCH, MEMBER, PARTNER, TEAM, Harness
from tests.language.test_dm_actions import buttons, click, seed, text_of

BOT = "U0BOT"


def mention(text: str, *, user: str = MEMBER, ts: str = "1616234400.000200", **extra: Any) -> dict[str, Any]:
    return {
        "type": "app_mention",
        "channel": CHANNEL,
        "user": user,
        "text": f"<@{BOT}> {text}",
        "ts": ts,
        "event_ts": ts,
        "client_msg_id": f"mention-{ts}-{user}",
        **extra,
    }


def in_thread(bot: Harness, ts: str, *, visible_to: str | None = None) -> list[Any]:
    """The bot's messages in the thread under ``ts``, as ``visible_to`` would see them (None: everyone)."""
    return [
        m
        for m in bot.slack.messages(channel=CHANNEL, visible_to=visible_to)
        if m.thread_ts == ts and m.user == BOT and (visible_to is not None or m.ephemeral_to is None)
    ]


def test_a_question_in_a_channel_is_answered_in_its_thread_for_everyone(bot: Harness) -> None:
    seed(bot)
    assert bot.event(mention("when do we lose cloud platform?")) == 200
    (reply,) = in_thread(bot, "1616234400.000200")
    assert reply.ephemeral_to is None and "*Cloud Platform*" in reply.text and "10 April 2021" in reply.text


def test_a_mention_inside_a_thread_is_answered_in_that_thread_and_in_dutch(bot: Harness) -> None:
    seed(bot)
    bot.event(mention("wanneer moeten we kubernetes verlengen?", user=DUTCH, thread_ts="1616230000.000100"))
    (reply,) = in_thread(bot, "1616230000.000100")
    assert "Kubernetes on Azure" in reply.text and "1 april 2021" in text_of(reply)


def test_a_retried_mention_and_a_bots_mention_get_no_answer(bot: Harness) -> None:
    seed(bot)
    event = mention("status")
    bot.event(event)
    assert bot.event(event, retry_num=1) == 200
    assert bot.event(mention("status", ts="1616234400.000300", bot_id="B0OTHER")) == 200
    assert len(in_thread(bot, "1616234400.000200")) == 1
    assert in_thread(bot, "1616234400.000300") == []


def test_a_change_told_in_a_channel_is_confirmed_to_the_asker_alone_and_made_only_on_the_click(
    bot: Harness,
) -> None:
    seed(bot)
    bot.event(mention("we renewed cloud platform yesterday", user=PARTNER))
    assert in_thread(bot, "1616234400.000200") == []  # nothing for the channel to read or click
    (confirmation,) = in_thread(bot, "1616234400.000200", visible_to=PARTNER)
    assert confirmation.ephemeral_to == PARTNER
    assert "Record that *Cloud Platform* was renewed on 19 March 2021?" in confirmation.text
    ws = bot.store.workspace(TEAM)
    assert ws.find_offer("Cloud Platform").anniversary == date(2021, 3, 10)  # nothing changed yet
    confirm = buttons(confirmation)[render_dm.ACTION_CONFIRM_CHANGE]
    assert click(bot, confirmation, confirm, channel=CHANNEL) == 200
    assert ws.find_offer("Cloud Platform").anniversary == date(2022, 3, 10)


def test_a_members_change_in_a_channel_is_refused_to_them_alone_and_changes_nothing(bot: Harness) -> None:
    seed(bot)
    bot.event(mention("we renewed cloud platform yesterday", user=MEMBER))
    assert in_thread(bot, "1616234400.000200") == []
    (refusal,) = in_thread(bot, "1616234400.000200", visible_to=MEMBER)
    assert refusal.ephemeral_to == MEMBER and "Only MPN partner admins" in refusal.text
    assert render_dm.ACTION_CONFIRM_CHANGE not in buttons(refusal)
    assert bot.store.workspace(TEAM).find_offer("Cloud Platform").anniversary == date(2021, 3, 10)
