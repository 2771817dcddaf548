"""The "Mark renewed" button on a reminder post, clicked through Bolt's real dispatch with signed requests: it
opens the same Mark renewed modal as the App Home, and the submission updates the post."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from bot.local.slack import Message, block_actions_body
from bot.reminders import SlackDelivery, Sweeper
from bot.render.reminders import ACTION_MARK_RENEWED, ITEM_BLOCK
from bot.runtime.clock import SettableClock
from tests.harness import CHANNEL, MEMBER, PARTNER, TEAM, TOKEN, Harness

A = date(2021, 3, 10)


def setup_post(bot: Harness, when: str, *names: str) -> tuple[Message, dict[str, int]]:
    ws = bot.store.workspace(TEAM)
    ws.update_settings(PARTNER, reminder_channel=CHANNEL, moved_to_partner_center=True)
    ids = {name: ws.add_offer(name, "competency", A, actor=PARTNER).id for name in names}
    bot.clock.set(datetime.fromisoformat(when))
    delivery = SlackDelivery({TEAM: TOKEN}.get, base_url=bot.slack.base_url, min_interval=0.0)
    assert isinstance(bot.clock, SettableClock)
    Sweeper(bot.store, delivery, bot.clock, claimer="test").run()
    [post] = [m for m in bot.slack.messages(channel=CHANNEL) if m.via == "api"]
    return post, ids


def button(post: Message, offer_id: int) -> dict[str, Any] | None:
    for block in post.blocks or []:
        if block.get("block_id") == f"{ITEM_BLOCK}{offer_id}":
            return block.get("accessory")
    raise AssertionError(f"no block for offer {offer_id}")


def click(bot: Harness, post: Message, offer_id: int, user: str) -> int:
    """Click the offer's Mark renewed and, when the modal opens, submit it as it opens (renewed today)."""
    status = press(bot, post, offer_id, user)
    if bot.modal(user) is not None:
        bot.last_errors = bot.submit(user, {})
    return status


def press(bot: Harness, post: Message, offer_id: int, user: str) -> int:
    accessory = button(post, offer_id)
    assert accessory is not None and accessory["action_id"] == ACTION_MARK_RENEWED
    body = block_actions_body(
        team_id=TEAM,
        user_id=user,
        channel_id=CHANNEL,
        message_ts=post.ts,
        action_id=ACTION_MARK_RENEWED,
        value=accessory["value"],
        response_url=bot.slack.new_response_url(TEAM, CHANNEL, user, message_ts=post.ts),
        block_id=f"{ITEM_BLOCK}{offer_id}",
        message={"type": "message", "ts": post.ts, "text": post.text, "blocks": post.blocks},
        trigger_id=bot.slack.views.issue_trigger(TEAM, user),
    )
    return bot.dispatch(body, "application/x-www-form-urlencoded").status


def current(bot: Harness, ts: str) -> Message:
    [message] = [m for m in bot.slack.messages(channel=CHANNEL) if m.ts == ts]
    return message


def ephemerals(bot: Harness, user: str) -> list[str]:
    return [m.text for m in bot.slack.messages(channel=CHANNEL) if m.ephemeral_to == user]


def test_an_admin_click_renews_and_updates_the_post_for_everyone(bot: Harness) -> None:
    post, ids = setup_post(bot, "2021-04-02T10:00:00+00:00", "Cloud Platform", "Security")
    assert click(bot, post, ids["Cloud Platform"], PARTNER) == 200
    ws = bot.store.workspace(TEAM)
    assert ws.offer(ids["Cloud Platform"]).anniversary == date(2022, 3, 10)
    assert [
        (r.old_anniversary, r.renewed_on, r.actor) for r in ws.renewal_history(ids["Cloud Platform"])
    ] == [(A, date(2021, 4, 2), PARTNER)]
    updated = current(bot, post.ts)
    assert updated.edited and updated.ephemeral_to is None
    assert button(updated, ids["Cloud Platform"]) is None  # its button is gone ...
    assert button(updated, ids["Security"]) is not None  # ... the other offer keeps its own
    body = json.dumps(updated.blocks)
    assert f"<@{PARTNER}> recorded the renewal" in body and "10 March 2022" in body
    assert ws.offer(ids["Security"]).anniversary == A
    assert bot.slack.calls_to("chat.update")[-1].ok


def test_a_member_click_gets_an_ephemeral_refusal_naming_the_admins_and_changes_nothing(bot: Harness) -> None:
    post, ids = setup_post(bot, "2021-04-02T10:00:00+00:00", "Cloud Platform")
    assert click(bot, post, ids["Cloud Platform"], MEMBER) == 200
    [refusal] = ephemerals(bot, MEMBER)
    assert "Only MPN partner admins" in refusal and f"<@{PARTNER}>" in refusal
    ws = bot.store.workspace(TEAM)
    assert (
        ws.offer(ids["Cloud Platform"]).anniversary == A and ws.renewal_history(ids["Cloud Platform"]) == []
    )
    assert current(bot, post.ts) == post  # the post is untouched
    assert bot.slack.calls_to("chat.update") == []


def test_a_click_before_the_window_opens_is_refused_with_the_window(bot: Harness) -> None:
    post, ids = setup_post(bot, "2021-02-23T10:00:00+00:00", "Cloud Platform")  # the -15 reminder
    assert click(bot, post, ids["Cloud Platform"], PARTNER) == 200
    refusal = (bot.last_errors or {})["renewed_on"]  # on the modal's date field, the modal left open
    assert "can't be renewed yet" in refusal and "11 March 2021" in refusal
    assert bot.store.workspace(TEAM).offer(ids["Cloud Platform"]).anniversary == A
    assert current(bot, post.ts) == post


def test_a_second_click_says_it_is_already_renewed_and_does_not_renew_again(bot: Harness) -> None:
    post, ids = setup_post(bot, "2021-04-02T10:00:00+00:00", "Cloud Platform")
    click(bot, post, ids["Cloud Platform"], PARTNER)
    click(bot, post, ids["Cloud Platform"], PARTNER)  # the stale button of the original post, clicked again
    assert bot.store.workspace(TEAM).offer(ids["Cloud Platform"]).anniversary == date(2022, 3, 10)
    assert any(
        "has already been renewed" in text and "10 March 2022" in text for text in ephemerals(bot, PARTNER)
    )


def test_a_button_naming_another_workspaces_offer_changes_nothing(bot: Harness) -> None:
    post, ids = setup_post(bot, "2021-04-02T10:00:00+00:00", "Cloud Platform")
    bot.store.install_workspace("T2", installer_user_id="U2")
    theirs = bot.store.workspace("T2").add_offer("Their Platform", "competency", A, actor="U2")
    forged = {**post.__dict__}
    forged["blocks"] = [
        {**b, "accessory": {**b["accessory"], "value": f"{theirs.id}:{A.isoformat()}"}}
        if b.get("accessory")
        else b
        for b in post.blocks or []
    ]
    assert click(bot, Message(**forged), ids["Cloud Platform"], PARTNER) == 200
    assert any("isn't tracked any more" in text for text in ephemerals(bot, PARTNER))
    assert bot.store.workspace("T2").offer(theirs.id).anniversary == A
    assert bot.store.workspace(TEAM).offer(ids["Cloud Platform"]).anniversary == A


def test_reminder_posts_link_to_the_home_and_its_button_opens_the_home_modal(bot: Harness) -> None:
    bot.command("status")  # any request from Slack tells the bot its app id (api_app_id)
    post, ids = setup_post(bot, "2021-04-02T10:00:00+00:00", "Cloud Platform")
    assert "<slack://app?team=T1&id=A0MPNBOT&tab=home|Open mpn-bot>" in json.dumps(post.blocks)
    assert press(bot, post, ids["Cloud Platform"], PARTNER) == 200
    modal = bot.modal(PARTNER)
    assert modal is not None and modal["callback_id"] == "mpn_mark_renewed"
    [picker] = [b for b in modal["blocks"] if b.get("block_id") == "renewed_on"]
    assert picker["element"]["initial_date"] == "2021-04-02"  # today in the workspace's zone
    assert bot.submit(PARTNER, {"renewed_on": "2021-03-15"}) is None  # renewed a while ago, in the window
    history = bot.store.workspace(TEAM).renewal_history(ids["Cloud Platform"])
    assert [r.renewed_on for r in history] == [date(2021, 3, 15)]
    assert "recorded the renewal" in json.dumps(current(bot, post.ts).blocks)
