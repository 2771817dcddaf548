"""Removing or correcting an offer by less than its full name asks first, with buttons; nothing changes
until an MPN partner admin clicks (issue: `/mpn remove sec` removed "Security" with no confirmation)."""

from __future__ import annotations

import json
from typing import Any

from bot.local.slack import block_actions_body
from bot.render.confirm import ACTION_CANCEL, ACTION_CONFIRM_FIX, ACTION_CONFIRM_REMOVE, ACTION_UNDO_REMOVE
from tests.harness import CHANNEL, DUTCH, MEMBER, PARTNER, TEAM, Answer, Harness


def names(bot: Harness) -> list[str]:
    return sorted(o.name for o in bot.store.workspace(TEAM).offers())


def buttons(answer: Answer) -> dict[str, dict[str, Any]]:
    return {
        e["action_id"]: e for b in answer.blocks if b.get("type") == "actions" for e in b.get("elements", [])
    }


def click(bot: Harness, button: dict[str, Any], user: str = PARTNER) -> int:
    body = block_actions_body(
        team_id=TEAM,
        user_id=user,
        channel_id=CHANNEL,
        message_ts="1616230000.000100",
        action_id=button["action_id"],
        value=button.get("value", ""),
        response_url=bot.slack.new_response_url(TEAM, CHANNEL, user),
        block_id="mpn-confirm",
        is_ephemeral=True,
    )
    return bot.dispatch(body, "application/x-www-form-urlencoded").status


def replies_to(bot: Harness, user: str) -> list[str]:
    return [
        m.text + json.dumps(m.blocks or [], ensure_ascii=False)
        for m in bot.slack.messages(channel=CHANNEL)
        if m.ephemeral_to == user
    ]


def seed(bot: Harness) -> None:
    bot.command("add Security 2021-09-15", user=PARTNER)
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)


def test_a_fragment_asks_first_and_removes_nothing(bot: Harness) -> None:
    seed(bot)
    answer = bot.command("remove sec", user=PARTNER)
    assert "Stop tracking *Security*" in answer.text and "`sec`" in answer.text
    assert names(bot) == ["Cloud Platform", "Security"]
    remove = buttons(answer)[ACTION_CONFIRM_REMOVE]
    assert remove["style"] == "danger" and "confirm" in remove  # Slack's own "are you sure?" dialog too
    assert click(bot, remove) == 200
    assert names(bot) == ["Cloud Platform"]
    assert any("Stopped tracking *Security*" in r for r in replies_to(bot, PARTNER))
    # the audit log says who removed it
    assert bot.store.workspace(TEAM).audit_log(limit=1)[0].actor == PARTNER


def test_the_full_name_removes_at_once(bot: Harness) -> None:
    seed(bot)
    answer = bot.command("remove  security ", user=PARTNER)
    assert "Stopped tracking *Security*" in answer.text
    assert names(bot) == ["Cloud Platform"]


def test_cancel_changes_nothing(bot: Harness) -> None:
    seed(bot)
    answer = bot.command("remove cloud", user=PARTNER)
    assert click(bot, buttons(answer)[ACTION_CANCEL]) == 200
    assert names(bot) == ["Cloud Platform", "Security"]
    assert any("nothing was changed" in r for r in replies_to(bot, PARTNER))


def test_a_member_cannot_confirm_someone_elses_removal(bot: Harness) -> None:
    seed(bot)
    answer = bot.command("remove sec", user=PARTNER)
    assert click(bot, buttons(answer)[ACTION_CONFIRM_REMOVE], user=MEMBER) == 200
    assert names(bot) == ["Cloud Platform", "Security"]
    assert any("Only MPN partner admins" in r for r in replies_to(bot, MEMBER))


def test_a_stale_confirmation_changes_nothing(bot: Harness) -> None:
    seed(bot)
    answer = bot.command("remove cloud", user=PARTNER)
    bot.command("renew Cloud Platform", user=PARTNER)  # the anniversary moves on a year
    assert click(bot, buttons(answer)[ACTION_CONFIRM_REMOVE]) == 200
    assert names(bot) == ["Cloud Platform", "Security"]
    assert any("out of date" in r for r in replies_to(bot, PARTNER))
    # and a forged value naming no offer of this workspace
    forged = dict(buttons(answer)[ACTION_CONFIRM_REMOVE], value="999999:2021-03-10")
    assert click(bot, forged) == 200
    assert names(bot) == ["Cloud Platform", "Security"]


def test_fix_by_a_fragment_asks_first_then_corrects(bot: Harness) -> None:
    seed(bot)
    answer = bot.command("fix cloud 2021-03-01", user=PARTNER)
    assert "from 10 March 2021 to 1 March 2021" in answer.text
    assert bot.store.workspace(TEAM).find_offer("Cloud Platform").anniversary.isoformat() == "2021-03-10"
    assert click(bot, buttons(answer)[ACTION_CONFIRM_FIX]) == 200
    assert bot.store.workspace(TEAM).find_offer("Cloud Platform").anniversary.isoformat() == "2021-03-01"
    exact = bot.command("fix Cloud Platform 2021-03-02", user=PARTNER)
    assert "Corrected *Cloud Platform*" in exact.text


def test_the_confirmation_in_dutch(bot: Harness) -> None:
    seed(bot)
    bot.command("admins add <@UDUTCH>", user="UADMIN")
    answer = bot.command("verwijder sec", user=DUTCH)
    assert "niet meer volgen" in answer.text and "Verwijder Security" in json.dumps(answer.blocks)


def test_a_removal_can_be_undone_once_by_an_admin(bot: Harness) -> None:
    seed(bot)
    bot.command("renew Cloud Platform", user=PARTNER)
    history = bot.store.workspace(TEAM).renewal_history("Cloud Platform")
    answer = bot.command("remove Cloud Platform", user=PARTNER)
    undo = buttons(answer)[ACTION_UNDO_REMOVE]
    assert "Undo brings it back" in answer.everything and names(bot) == ["Security"]
    assert click(bot, undo, user=MEMBER) == 200  # a member's click changes nothing
    assert names(bot) == ["Security"]
    assert click(bot, undo) == 200
    assert names(bot) == ["Cloud Platform", "Security"]
    assert bot.store.workspace(TEAM).renewal_history("Cloud Platform") == history
    assert any("*Cloud Platform* is back" in r for r in replies_to(bot, PARTNER))
    assert click(bot, undo) == 200
    assert any("already brought back" in r for r in replies_to(bot, PARTNER))
    assert names(bot) == ["Cloud Platform", "Security"]


def test_an_undo_after_a_day_is_refused(bot: Harness) -> None:
    seed(bot)
    undo = buttons(bot.command("remove Security", user=PARTNER))[ACTION_UNDO_REMOVE]
    bot.set_today("2021-03-22")
    assert click(bot, undo) == 200
    assert names(bot) == ["Cloud Platform"]
    assert any("can no longer be undone" in r for r in replies_to(bot, PARTNER))


def test_a_forged_undo_changes_nothing(bot: Harness) -> None:
    seed(bot)
    undo = buttons(bot.command("remove Security", user=PARTNER))[ACTION_UNDO_REMOVE]
    for value in ("999999", "abc", ""):
        assert click(bot, dict(undo, value=value)) == 200
    assert names(bot) == ["Cloud Platform"]


def test_mpn_undo_brings_back_the_latest_removal_as_its_button_would(bot: Harness) -> None:
    """A careless admin types `/mpn undo` after the "Undo brings it back" line instead of clicking."""
    seed(bot)
    assert "nothing to undo" in bot.command("undo", user=PARTNER).text
    bot.command("renew Cloud Platform", user=PARTNER)
    history = bot.store.workspace(TEAM).renewal_history("Cloud Platform")
    bot.command("remove Security", user=PARTNER)
    bot.command("remove Cloud Platform", user=PARTNER)
    assert "Only MPN partner admins" in bot.command("undo", user=MEMBER).text and names(bot) == []
    assert "*Cloud Platform* is back" in bot.command("undo", user=PARTNER).text  # the latest one
    assert names(bot) == ["Cloud Platform"]
    assert bot.store.workspace(TEAM).renewal_history("Cloud Platform") == history
    assert "already brought back" in bot.command("undo", user=PARTNER).text  # not the one before it
    assert names(bot) == ["Cloud Platform"]
    assert "takes no name" in bot.command("undo Security", user=PARTNER).text


def test_mpn_undo_after_a_day_is_refused_in_dutch(bot: Harness) -> None:
    seed(bot)
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    bot.command("remove Security", user=PARTNER)
    bot.set_today("2021-03-22")
    assert "kan niet meer ongedaan" in bot.command("herstel", user=DUTCH).text
    assert names(bot) == ["Cloud Platform"]
