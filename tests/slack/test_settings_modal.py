"""The Home's Settings button: a modal filled in with the current settings, validated per field on
submission, saved through the same storage call (and audit log) as ``/mpn channel``/``timezone``/..."""

from __future__ import annotations

from typing import Any

import pytest

from bot.listeners.workspace_views import ACTION_SETTINGS
from bot.render.settings_modals import ACTION_JOIN_CHANNEL
from tests.harness import ADMIN, CHANNEL, DUTCH, MEMBER, PARTNER, TEAM, Harness
from tests.slack.modals import (
    check_view,
    everything,
    home_click,
    modal_click,
    opened,
    submit,
    top,
    trigger_id,
)


def open_settings(bot: Harness, user: str = PARTNER) -> dict[str, Any]:
    assert home_click(bot, ACTION_SETTINGS, user=user) == 200
    view = opened(bot, user)
    check_view(view)
    return view


def values(
    *,
    channel: str | None = CHANNEL,
    dm: bool = False,
    zone: str = "Europe/Amsterdam",
    hour: str = "9",
    language: str = "en",
    moved: bool = False,
) -> dict[str, Any]:
    return {
        "channel": {"type": "conversations_select", "selected_conversation": channel},
        "dm": {"type": "checkboxes", "selected_options": [{"value": "dm"}] if dm else []},
        "zone": {"type": "static_select", "selected_option": {"value": zone}},
        "hour": {"type": "static_select", "selected_option": {"value": hour}},
        "language": {"type": "radio_buttons", "selected_option": {"value": language}},
        "partner_center": {"type": "checkboxes", "selected_options": [{"value": "moved"}] if moved else []},
    }


def settings(bot: Harness) -> Any:
    return bot.store.workspace(TEAM).settings()


def test_the_modal_opens_with_the_current_values(bot: Harness) -> None:
    bot.command(f"channel <#{CHANNEL}|mpn-renewals>")
    bot.command("hour 7")
    view = open_settings(bot)
    blocks = {b["block_id"]: b for b in view["blocks"] if "block_id" in b}
    channel = blocks["channel"]["element"]
    assert channel["type"] == "conversations_select" and channel["initial_conversation"] == CHANNEL
    assert channel["filter"]["include"] == ["public", "private"]
    assert "initial_options" not in blocks["dm"]["element"]
    assert blocks["zone"]["element"]["initial_option"]["value"] == "Europe/Amsterdam"
    assert blocks["hour"]["element"]["initial_option"]["value"] == "7"
    assert blocks["language"]["element"]["initial_option"]["value"] == "en"
    groups = blocks["zone"]["element"]["option_groups"]
    assert groups[0]["options"][0]["value"] == "Europe/Amsterdam"  # the asker's own zone first
    every_zone = [o["value"] for g in groups for o in g["options"]]
    assert len(every_zone) == len(set(every_zone)) > 300  # every canonical IANA zone, once
    assert any(g["label"]["text"].startswith("America (") for g in groups)  # split to stay under 100


def test_saving_changes_only_what_changed_and_audits_it(bot: Harness) -> None:
    view = open_settings(bot)
    answer = submit(bot, view, values(channel=CHANNEL, zone="Asia/Tokyo", hour="8", moved=True))
    assert answer["response_action"] == "update"
    check_view(answer["view"])
    s = settings(bot)
    assert (s.reminder_channel, s.time_zone, s.posting_hour, s.moved_to_partner_center) == (
        CHANNEL,
        "Asia/Tokyo",
        8,
        True,
    )
    entry = bot.store.workspace(TEAM).audit_log(1)[0]
    assert entry.action == "settings_update" and entry.actor == PARTNER
    assert entry.before == {
        "reminder_channel": None,
        "time_zone": "Europe/Amsterdam",
        "posting_hour": 9,
        "moved_to_partner_center": False,
    }
    assert "Asia/Tokyo" in everything(answer["view"])


def test_double_submission_changes_nothing_the_second_time(bot: Harness) -> None:
    view = open_settings(bot)
    submit(bot, view, values(zone="Asia/Tokyo"))
    before = len(bot.store.workspace(TEAM).audit_log(100))
    again = submit(bot, view, values(zone="Asia/Tokyo"))
    assert again["response_action"] == "update"
    assert len(bot.store.workspace(TEAM).audit_log(100)) == before


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"zone": "Mars/Olympus"}, "zone"),
        ({"hour": "25"}, "hour"),
        ({"hour": "nine"}, "hour"),
        ({"language": "fr"}, "language"),
        ({"channel": None, "dm": False}, "channel"),
        ({"channel": CHANNEL, "dm": True}, "channel"),
        ({"channel": "CNOPE"}, "channel"),
    ],
)
def test_bad_values_are_errors_on_their_field_and_nothing_is_stored(
    bot: Harness, change: dict[str, Any], field: str
) -> None:
    view = open_settings(bot)
    before = settings(bot)
    answer = submit(bot, view, values(**change))
    assert answer["response_action"] == "errors" and list(answer["errors"]) == [field]
    assert settings(bot) == before


def test_an_archived_channel_is_refused(bot: Harness) -> None:
    bot.slack.add_channel(TEAM, "COLD", name="old", archived=True)
    answer = submit(bot, open_settings(bot), values(channel="COLD"))
    assert list(answer["errors"]) == ["channel"]
    assert "archived" in answer["errors"]["channel"]
    assert settings(bot).reminder_channel is None


def test_by_dm_clears_the_channel(bot: Harness) -> None:
    bot.command(f"channel <#{CHANNEL}|mpn-renewals>")
    view = open_settings(bot)
    submit(bot, view, values(channel=None, dm=True))
    assert settings(bot).reminder_channel is None


def test_a_public_channel_without_the_bot_offers_to_join_it(bot: Harness) -> None:
    view = open_settings(bot)
    answer = submit(bot, view, values(channel="COUT"))
    assert settings(bot).reminder_channel == "COUT"
    saved = answer["view"]
    assert "<#COUT>" in everything(saved)
    join = next(e for b in saved["blocks"] if b["type"] == "actions" for e in b["elements"])
    assert join["action_id"] == ACTION_JOIN_CHANNEL and join["value"] == "COUT"
    # Slack shows the updated view; a click on Join joins the channel and updates the modal.
    stored = top(bot)
    assert stored is not None
    assert (
        modal_click(
            bot, {**stored, **saved, "id": view["id"], "hash": stored["hash"]}, ACTION_JOIN_CHANNEL, "COUT"
        )
        == 200
    )
    joins = [c for c in bot.slack.calls_to("conversations.join") if c.ok]
    assert [c.params["channel"] for c in joins] == ["COUT"]
    assert next(c for c in bot.slack.channels(TEAM) if c.id == "COUT").bot_is_member
    assert "joined" in everything(top(bot))


def test_a_private_channel_without_the_bot_is_refused_and_one_with_it_says_invite(bot: Harness) -> None:
    bot.slack.add_channel(TEAM, "GSECRET", name="secret", is_private=True, bot_is_member=False)
    answer = submit(bot, open_settings(bot), values(channel="GSECRET"))
    assert "invite" in answer["errors"]["channel"]  # Slack hides it: channel_not_found


def test_joining_a_private_channel_is_explained(bot: Harness) -> None:
    """Should the join button be clicked for a private channel (Slack refuses the join), the modal says to
    invite the bot instead."""
    bot.slack.add_channel(TEAM, "GPRIV", name="priv", is_private=True, bot_is_member=True)
    bot.store.workspace(TEAM).update_settings(PARTNER, reminder_channel="GPRIV")
    open_settings(bot)
    modal_click(bot, top(bot), ACTION_JOIN_CHANNEL, "GPRIV")
    assert [c.error for c in bot.slack.calls_to("conversations.join")] == [
        "method_not_supported_for_channel_type"
    ]
    assert "/invite" in everything(top(bot))


def test_a_setting_changed_meanwhile_is_not_overwritten(bot: Harness) -> None:
    view = open_settings(bot)
    bot.command("timezone Asia/Tokyo")  # another admin, while the modal is open
    # This admin only changed the hour: the time zone stays Tokyo.
    answer = submit(bot, view, values(hour="6"))
    assert answer["response_action"] == "update"
    assert (settings(bot).time_zone, settings(bot).posting_hour) == ("Asia/Tokyo", 6)
    # Changing the same setting to something else is refused on the field, naming the new value.
    view = open_settings(bot)
    bot.command("timezone Europe/London")
    answer = submit(bot, view, values(zone="America/New_York", hour="6"))
    assert answer["response_action"] == "errors" and "Europe/London" in answer["errors"]["zone"]
    assert settings(bot).time_zone == "Europe/London"


def test_members_cannot_open_it_and_are_told_in_a_modal(bot: Harness) -> None:
    assert home_click(bot, ACTION_SETTINGS, user=MEMBER) == 200
    view = opened(bot, MEMBER)
    assert view["callback_id"] == "workspace.message"
    assert "MPN partner admin" in everything(view)


def test_a_member_who_submits_anyway_changes_nothing(bot: Harness) -> None:
    view = open_settings(bot)
    before = settings(bot)
    answer = submit(bot, view, values(zone="Asia/Tokyo"), user=MEMBER)
    assert answer["response_action"] == "update" and answer["view"]["callback_id"] == "workspace.message"
    assert settings(bot) == before
    # A Slack admin who is not an MPN partner admin does not change settings either.
    submit(bot, view, values(zone="Asia/Tokyo"), user=ADMIN)
    assert settings(bot) == before


def test_another_workspaces_view_is_refused(bot: Harness) -> None:
    view = open_settings(bot)
    forged = {**view, "private_metadata": view["private_metadata"].replace(TEAM, "T2")}
    before = settings(bot)
    answer = submit(bot, forged, values(zone="Asia/Tokyo"))
    assert answer["response_action"] == "update" and "out of date" in everything(answer["view"])
    assert settings(bot) == before
    answer = submit(bot, {**view, "private_metadata": "not json"}, values(zone="Asia/Tokyo"))
    assert settings(bot) == before


def test_an_expired_trigger_opens_nothing_and_says_so_by_dm(bot: Harness) -> None:
    assert home_click(bot, ACTION_SETTINGS, trigger=trigger_id(bot, age_seconds=10)) == 200
    assert [c.error for c in bot.slack.calls_to("views.open")] == ["expired_trigger_id"]
    dm = bot.slack.dm_channel_id(TEAM, PARTNER)
    assert any("again" in m.text for m in bot.slack.messages(channel=dm))


def test_dutch(bot: Harness) -> None:
    bot.store.workspace(TEAM).add_admin(DUTCH, actor=PARTNER)
    view = open_settings(bot, user=DUTCH)
    text = everything(view)
    assert (
        "Tijdzone" in text and "Kanaal voor herinneringen" in text and view["title"]["text"] == "Instellingen"
    )
    answer = submit(bot, view, values(channel=None, dm=False), user=DUTCH)
    assert "Kies een kanaal" in answer["errors"]["channel"]
    answer = submit(bot, view, values(language="nl"), user=DUTCH)
    assert "Opgeslagen" in everything(answer["view"])


def test_switching_to_dutch_answers_in_dutch(bot: Harness) -> None:
    answer = submit(bot, open_settings(bot), values(language="nl"))
    assert settings(bot).language == "nl"
    assert "Instellingen" in answer["view"]["title"]["text"]


def test_another_workspaces_channel_is_refused(bot: Harness) -> None:
    bot.slack.add_workspace("T2", name="Other", bot_token="xoxb-T2-token")
    bot.slack.add_channel("T2", "CTHEIRS", name="theirs")
    answer = submit(bot, open_settings(bot), values(channel="CTHEIRS"))
    assert list(answer["errors"]) == ["channel"]
    assert settings(bot).reminder_channel is None


def test_a_join_slack_refuses_for_want_of_the_scope_is_explained(bot: Harness) -> None:
    view = open_settings(bot)
    submit(bot, view, values(channel="COUT"))
    bot.slack.inject("conversations.join", error="missing_scope")
    modal_click(bot, top(bot), ACTION_JOIN_CHANNEL, "COUT")
    assert "channels:join" in everything(top(bot))
    assert not next(c for c in bot.slack.channels(TEAM) if c.id == "COUT").bot_is_member


def test_a_join_for_a_channel_that_is_no_longer_the_reminder_channel_does_nothing(bot: Harness) -> None:
    view = open_settings(bot)
    submit(bot, view, values(channel="COUT"))
    bot.command(f"channel <#{CHANNEL}|mpn-renewals>")  # changed meanwhile
    modal_click(bot, top(bot), ACTION_JOIN_CHANNEL, "COUT")
    assert bot.slack.calls_to("conversations.join") == []
    assert "out of date" in everything(top(bot))


def test_a_failure_while_saving_says_so_in_the_modal(bot: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    from storage.settings import Settings

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    view = open_settings(bot)
    monkeypatch.setattr(Settings, "update_settings", broken)
    answer = submit(bot, view, values(zone="Asia/Tokyo"))
    assert answer["response_action"] == "update" and "disk on fire" not in everything(answer["view"])
    check_view(answer["view"])
    assert "Something went wrong on our side; nothing was changed" in everything(answer["view"])


def test_the_askers_own_zone_comes_first(bot: Harness) -> None:
    bot.slack.add_user(TEAM, "UNYC", name="nyc", tz="America/New_York")
    bot.store.workspace(TEAM).add_admin("UNYC", actor=PARTNER)
    view = open_settings(bot, user="UNYC")
    zone = next(b for b in view["blocks"] if b.get("block_id") == "zone")["element"]
    first = [o["value"] for o in zone["option_groups"][0]["options"]]
    assert first == ["America/New_York", "Europe/Amsterdam"]
    assert zone["initial_option"]["value"] == "Europe/Amsterdam"  # the workspace's, still selected
