"""Requests the app must not serve as asked: a payload naming another workspace than the one the bot token
belongs to (single-token mode) is refused with 403, reaches no listener and stores nothing."""

from __future__ import annotations

from tests.harness import PARTNER, TEAM, Harness


def test_a_request_for_another_team_is_refused_in_single_token_mode(bot: Harness) -> None:
    bot.slack.add_workspace("T0OTHER", name="Elsewhere", bot_token="xoxb-elsewhere", time_zone="UTC")
    bot.slack.add_channel("T0OTHER", "CMPN", name="mpn-renewals")
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    answer = bot.command("add Security 2021-09-15", user=PARTNER, team="T0OTHER")
    assert answer.status == 403
    assert not bot.store.has_workspace("T0OTHER")
    assert [o.name for o in bot.store.workspace(TEAM).offers()] == ["Cloud Platform"]
    assert (
        bot.event(
            {"type": "app_home_opened", "user": PARTNER, "channel": "D1", "tab": "home"}, team="T0OTHER"
        )
        == 403
    )
    assert not bot.store.has_workspace("T0OTHER")
    # and the token's own team is still served
    assert bot.command("status", user=PARTNER).status == 200
