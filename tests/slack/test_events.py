"""Workspace lifecycle events and the App Home, through Bolt's dispatch of signed event requests."""

from __future__ import annotations

from datetime import timedelta

from tests.harness import MEMBER, PARTNER, TEAM, Harness


def test_app_uninstalled_removes_every_row_of_the_workspace_and_nothing_else(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    bot.store.install_workspace("T2", name="Other")
    bot.store.workspace("T2").add_offer("Security", "competency", "2021-04-01", actor="U2")
    assert bot.event({"type": "app_uninstalled"}) == 200
    assert not bot.store.has_workspace(TEAM)
    assert [o.name for o in bot.store.workspace("T2").offers()] == ["Security"]


def test_tokens_revoked_for_the_bot_removes_the_workspace(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    bot.event({"type": "tokens_revoked", "tokens": {"oauth": ["UX"], "bot": []}})
    assert bot.store.has_workspace(TEAM)  # only a user token went: the bot still serves this workspace
    bot.event({"type": "tokens_revoked", "tokens": {"bot": ["U0BOT"]}})
    assert not bot.store.has_workspace(TEAM)


def test_app_home_shows_the_status_in_the_readers_language(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    assert bot.event({"type": "app_home_opened", "user": MEMBER, "channel": "D1", "tab": "home"}) == 200
    home = bot.slack.home(TEAM, MEMBER)
    assert home is not None and home["type"] == "home"
    text = str(home["blocks"])
    assert "Cloud Platform" in text and "9 April 2021" in text
    # The Messages tab opening publishes nothing.
    bot.event({"type": "app_home_opened", "user": PARTNER, "channel": "D2", "tab": "messages"})
    assert bot.slack.home(TEAM, PARTNER) is None


def test_app_home_tells_admins_when_the_reminder_channel_cannot_be_used(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    bot.command("channel <#COUT|elsewhere>")  # the bot is not a member there
    ws = bot.store.workspace(TEAM)
    # what the sweep records when its post fails there (the App Home reads it, not the reminders' rows)
    ws.set_delivery_alert(
        "channel", "channel:not_in_channel", alerted=True, channel="COUT", offer_names=["Cloud Platform"]
    )
    bot.event({"type": "app_home_opened", "user": PARTNER, "channel": "D2", "tab": "home"})
    admin_home = str(bot.slack.home(TEAM, PARTNER)["blocks"])
    assert (
        "I'm not a member of it" in admin_home
        and "<#COUT>" in admin_home
        and "*Cloud Platform*" in admin_home
    )
    assert admin_home.index("not a member") < admin_home.index("mpn-home-offer:")  # warnings first
    bot.event({"type": "app_home_opened", "user": MEMBER, "channel": "D1", "tab": "home"})
    assert "not a member" not in str(bot.slack.home(TEAM, MEMBER)["blocks"])  # members see the status only


def test_the_bot_reinvited_to_the_reminder_channel_retries_its_reminders_at_the_next_tick(
    bot: Harness,
) -> None:
    bot.command("channel <#CMPN|renewals>")
    ws = bot.store.workspace(TEAM)
    before = ws.delivery_reset_at()
    joined = {"type": "member_joined_channel", "channel": "CMPN", "channel_type": "C"}
    assert bot.event({**joined, "user": MEMBER}) == 200  # someone else: nothing to retry
    assert bot.event({**joined, "channel": "COTHER", "user": "U0BOT"}) == 200  # another channel
    assert ws.delivery_reset_at() == before
    bot.clock.advance(timedelta(minutes=1))
    assert bot.event({**joined, "user": "U0BOT"}) == 200  # the bot itself, back in the reminder channel
    after = ws.delivery_reset_at()
    assert after is not None and (before is None or after > before)
