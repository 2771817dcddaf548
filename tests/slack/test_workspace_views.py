"""All four admin buttons of the Home alike: MPN partner admins only (a member's click is answered in a
modal), an expired trigger is told by DM, and every view they open is valid Block Kit within Slack's limits
in English and in Dutch."""

from __future__ import annotations

import pytest

from bot.language.i18n import t
from bot.listeners.workspace_views import ACTION_ADMINS, ACTION_HISTORY, ACTION_IMPORT, ACTION_SETTINGS
from tests.harness import DUTCH, MEMBER, PARTNER, TEAM, Harness
from tests.slack.modals import check_view, everything, home_click, opened, trigger_id

BUTTONS = (ACTION_SETTINGS, ACTION_ADMINS, ACTION_IMPORT, ACTION_HISTORY)


@pytest.mark.parametrize("action", BUTTONS)
@pytest.mark.parametrize("user", [PARTNER, DUTCH])
def test_every_view_is_valid_in_both_languages(bot: Harness, action: str, user: str) -> None:
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    bot.command("add <!channel> *Security* 2021-09-15")
    assert home_click(bot, action, user=user) == 200
    view = opened(bot, user)
    check_view(view)
    titles = {"Settings", "MPN partner admins", "Import CSV", "History"}
    if user == DUTCH:
        titles, closes = (
            {"Instellingen", "Beheerders", "CSV importeren", "Geschiedenis"},
            {"Annuleren", "Sluiten"},
        )
    else:
        closes = {"Cancel", "Close"}
    assert view["title"]["text"] in titles and view["close"]["text"] in closes
    assert "<!channel>" not in everything(view)


@pytest.mark.parametrize("action", BUTTONS)
def test_a_member_is_refused_in_a_modal(bot: Harness, action: str) -> None:
    before = bot.store.workspace(TEAM).audit_log(100)
    assert home_click(bot, action, user=MEMBER) == 200
    view = opened(bot, MEMBER)
    check_view(view)
    assert view["callback_id"] == "workspace.message" and f"<@{PARTNER}>" in everything(view)
    assert bot.store.workspace(TEAM).audit_log(100) == before


@pytest.mark.parametrize("action", BUTTONS)
def test_an_expired_trigger_is_told_by_dm(bot: Harness, action: str) -> None:
    assert home_click(bot, action, trigger=trigger_id(bot, age_seconds=30)) == 200
    assert [c.error for c in bot.slack.calls_to("views.open")] == ["expired_trigger_id"]
    dm = bot.slack.dm_channel_id(TEAM, PARTNER)
    assert [m.text for m in bot.slack.messages(channel=dm)] == [t("modal.open_failed", "en")]


def test_a_trigger_from_another_workspace_opens_nothing(bot: Harness) -> None:
    bot.slack.add_workspace("T2", name="Other", bot_token="xoxb-T2-token")
    assert home_click(bot, ACTION_SETTINGS, trigger=trigger_id(bot, team="T2")) == 200
    assert [c.error for c in bot.slack.calls_to("views.open")] == ["invalid_trigger_id"]
