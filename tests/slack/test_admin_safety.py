"""The MPN partner admin role at its edges: the last one cannot be removed, people Slack does not know and
channels the bot cannot see are refused, and a Slack admin of a workspace with no MPN partner admin
becomes one with a click instead of a second command (issue: right answers at the edges)."""

from __future__ import annotations

import json

from bot.render.home import ACTION_BECOME_ADMIN as HOME_BECOME_ADMIN
from bot.render.settings import ACTION_BECOME_ADMIN
from tests.harness import ADMIN, CHANNEL, DUTCH, MEMBER, PARTNER, TEAM, Harness
from tests.slack.test_confirmations import click, replies_to


def admins(bot: Harness) -> list[str]:
    return sorted(bot.store.workspace(TEAM).admins())


def without_admins(bot: Harness) -> None:
    for user in bot.store.workspace(TEAM).admins():
        bot.store.workspace(TEAM).remove_admin(user, actor="test")


def click_become(bot: Harness, user: str) -> list[str]:
    click(bot, {"action_id": ACTION_BECOME_ADMIN, "value": "become"}, user=user)
    return replies_to(bot, user)


def test_the_last_mpn_partner_admin_cannot_be_removed(bot: Harness) -> None:
    assert admins(bot) == [PARTNER]
    answer = bot.command(f"admins remove <@{PARTNER}>", user=PARTNER)
    assert "last MPN partner admin" in answer.text and admins(bot) == [PARTNER]
    bot.command(f"admins add <@{MEMBER}>", user=PARTNER)
    assert "no longer" in bot.command(f"admins remove <@{PARTNER}>", user=PARTNER).text
    assert admins(bot) == [MEMBER]
    # removing everyone at once is the same as removing the last
    bot.command(f"admins add <@{PARTNER}>", user=MEMBER)
    assert "last MPN partner admin" in bot.command(f"admins remove <@{PARTNER}> <@{MEMBER}>", user=ADMIN).text
    assert admins(bot) == [MEMBER, PARTNER]


def test_a_user_slack_does_not_know_is_refused(bot: Harness) -> None:
    answer = bot.command("admins add <@U0NOBODY>", user=PARTNER)
    assert "does not know <@U0NOBODY>" in answer.text and answer.text.startswith(":warning:")
    assert admins(bot) == [PARTNER]
    # one unknown user among known ones: nobody is added
    bot.command(f"admins add <@{MEMBER}> <@U0NOBODY>", user=PARTNER)
    assert admins(bot) == [PARTNER]


def test_a_channel_the_bot_cannot_see_is_refused_and_nothing_is_saved(bot: Harness) -> None:
    bot.command(f"channel <#{CHANNEL}>", user=PARTNER)
    answer = bot.command("channel <#C0NOWHERE>", user=PARTNER)
    assert "I can't see <#C0NOWHERE>" in answer.text and "/invite" in answer.text
    assert bot.store.workspace(TEAM).settings().reminder_channel == CHANNEL
    # a channel that exists but the bot is not in is saved, with the invitation hint
    assert "invite" in bot.command("channel <#COUT>", user=PARTNER).text.lower()
    assert bot.store.workspace(TEAM).settings().reminder_channel == "COUT"


def test_a_slack_admin_becomes_the_first_mpn_partner_admin_with_one_click(bot: Harness) -> None:
    without_admins(bot)
    answer = bot.command("add Security 2021-09-15", user=ADMIN)
    assert "Nobody is an MPN partner admin" in answer.text
    assert ACTION_BECOME_ADMIN in json.dumps(answer.blocks)
    assert bot.store.workspace(TEAM).offers() == []
    # a member who clicks a copy of that button is refused and nothing changes
    assert any("Only an MPN partner admin or a Slack workspace admin" in t for t in click_become(bot, MEMBER))
    assert admins(bot) == []
    assert any("You are now an MPN partner admin" in t for t in click_become(bot, ADMIN))
    assert admins(bot) == [ADMIN]
    entry = bot.store.workspace(TEAM).audit_log(limit=1)[0]
    assert entry.actor == ADMIN
    assert (
        "Added" in bot.command("add Security 2021-09-15", user=ADMIN).text
        or bot.store.workspace(TEAM).offers()
    )


def test_a_member_asking_while_nobody_is_admin_gets_no_button(bot: Harness) -> None:
    without_admins(bot)
    answer = bot.command("add Security 2021-09-15", user=MEMBER)
    assert "Only MPN partner admins" in answer.text and ACTION_BECOME_ADMIN not in json.dumps(answer.blocks)


def test_the_home_tab_warns_while_nobody_is_an_mpn_partner_admin(bot: Harness) -> None:
    without_admins(bot)
    for user, expected in (
        (ADMIN, HOME_BECOME_ADMIN),
        (MEMBER, "Ask a Slack workspace admin"),
        (DUTCH, "nog geen MPN-partnerbeheerder"),
    ):
        bot.event({"type": "app_home_opened", "user": user, "channel": "D1", "tab": "home"})
        view = bot.slack.calls_to("views.publish")[-1].params["view"]
        assert expected in json.dumps(view, ensure_ascii=False), user
    bot.store.workspace(TEAM).add_admin(PARTNER, actor="test")
    bot.event({"type": "app_home_opened", "user": ADMIN, "channel": "D1", "tab": "home"})
    assert HOME_BECOME_ADMIN not in json.dumps(bot.slack.calls_to("views.publish")[-1].params["view"])
