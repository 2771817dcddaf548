"""Every failure has an owner, and alerts that cannot be lost (issue 10): ``delivery_alerts`` is the truth
about a workspace's delivery problems. An alert DM that failed is sent again, with backoff, whether or not
the reminders it was about are still due; the App Home warns until a post goes through (or the admins
change a setting); channel, recipient and permanent failures back off like temporary ones, and the
admins' fix is picked up at the next tick; alert DMs link to the App Home; token problems are the
operators' (``mpn_workspaces_disconnected``)."""

from __future__ import annotations

import ast
import json
from datetime import date, timedelta

import pytest

from bot.core import app_identity
from bot.core.answers import delivery_problems
from bot.language.catalogue import MESSAGES
from bot.local.slack import Message, SlackServer
from bot.render import reminders as render
from bot.runtime import slack_errors
from bot.runtime.metrics import DisconnectedWorkspaces
from tests.harness import ADMIN, CHANNEL, PARTNER, TEAM, TOKEN
from tests.paths import ROOT
from tests.reminders.helpers import Env

A = date(2021, 3, 10)  # Cloud Platform: its -15 reminder is due on 23 February, stale from 11 March


def api_dms(env: Env, user: str = PARTNER) -> list[Message]:
    return [m for m in env.slack.messages(channel=env.slack.dm_channel_id(TEAM, user)) if m.via == "api"]


def posts_to(slack: SlackServer, channel: str) -> int:
    return len([c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == channel])


def problems(env: Env) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(p.error, p.channel, p.offer_names) for p in delivery_problems(env.ws)]


# --- 1. an alert is never lost, and the warning stays while the problem does -----------------------------


def test_a_failed_alert_is_sent_again_after_the_reminders_it_was_about_went_stale(
    env: Env, slack: SlackServer
) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    slack.set_member(TEAM, CHANNEL, False)
    dm = slack.dm_channel_id(TEAM, PARTNER)
    slack.inject("chat.postMessage", status=500, times=2, match={"channel": dm})  # the alert DM fails twice
    env.at("2021-02-23T10:00")
    assert env.sweep().alerts == [] and api_dms(env) == []
    env.at("2021-03-11T10:00")  # the reminder is stale now: skipped, never posted again
    report = env.sweep()
    assert [r.offer_name for r, _ in report.skipped] == ["Cloud Platform"]
    assert report.alerts == [] and api_dms(env) == []  # the retry failed too; it backs off
    assert problems(env) == [("not_in_channel", CHANNEL, ("Cloud Platform",))]  # the warning stays
    env.clock.advance(timedelta(minutes=5))
    assert env.sweep().alerts == []  # backing off: two intervals after the second failure
    env.clock.advance(timedelta(minutes=5))
    assert env.sweep().alerts == [(TEAM, "not_in_channel")]  # with nothing due at all
    [alert] = api_dms(env)
    assert "I'm not a member of it" in alert.text and "*Cloud Platform*" in alert.text
    for _ in range(3):
        env.clock.advance(timedelta(minutes=5))
        env.sweep()
    assert len(api_dms(env)) == 1  # told once
    assert problems(env) == [("not_in_channel", CHANNEL, ("Cloud Platform",))]
    # Fixed, and the next reminder (another offer's) goes through: flowing again, once; no more warning.
    slack.set_member(TEAM, CHANNEL, True)
    env.ws.add_offer("Security", "competency", date(2021, 3, 27), actor=PARTNER)
    env.at("2021-03-12T10:00")
    report = env.sweep()
    assert report.reminders_posted == 1 and report.recovered == [(TEAM, "channel")]
    assert problems(env) == [] and env.ws.delivery_alerts() == []
    env.clock.advance(timedelta(minutes=5))
    env.sweep()
    texts = [m.text for m in api_dms(env)]
    assert len(texts) == 2 and "flowing again" in texts[1]


def test_the_home_warning_stays_until_a_post_goes_through_or_the_admins_change_the_setting(
    env: Env, slack: SlackServer
) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    slack.archive(TEAM, CHANNEL)
    env.at("2021-02-23T10:00")
    assert env.sweep().alerts == [(TEAM, "is_archived")]
    env.at("2021-03-11T10:00")
    env.sweep()  # stale: skipped; the ledger holds no failed row any more
    assert {e.status for e in env.ws.ledger()} == {"skipped"}
    assert problems(env) == [("is_archived", CHANNEL, ("Cloud Platform",))]
    slack.add_channel(TEAM, "CNEW", name="renewals-2")
    slack.set_member(TEAM, "CNEW", True)
    env.clock.advance(timedelta(minutes=1))
    env.ws.update_settings(PARTNER, reminder_channel="CNEW")  # the admins pick another channel
    assert problems(env) == []  # their change may have fixed it: the next post tells


def test_a_recipient_alert_that_failed_is_retried_and_shown_on_the_home(env: Env, slack: SlackServer) -> None:
    env.ws.update_settings(PARTNER, reminder_channel=None)
    env.ws.add_admin(ADMIN, actor=PARTNER)
    admins = env.ws.admins()
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    second, first = admins  # the first admin served cannot be DMed: the other is told at once
    slack.inject("conversations.open", error="user_disabled", times=99, match={"users": second})
    first_dm = slack.dm_channel_id(TEAM, first)
    slack.inject("chat.postMessage", status=500, times=1, match={"channel": first_dm})  # that alert fails
    env.at("2021-02-23T10:00")
    env.sweep()
    assert [m for m in api_dms(env, first) if f"<@{second}>" in m.text] == []
    assert len(api_dms(env, first)) == 1  # their own reminder went
    assert [(p.error, p.about) for p in delivery_problems(env.ws)] == [("user_disabled", second)]
    env.at("2021-03-11T10:00")  # stale: the retry of the alert does not depend on it
    env.sweep()
    alerts = [m for m in api_dms(env, first) if f"<@{second}>" in m.text]
    assert len(alerts) == 1 and "user_disabled" in alerts[0].text
    assert [(p.error, p.about) for p in delivery_problems(env.ws)] == [("user_disabled", second)]
    env.ws.remove_admin(second, actor=first)  # no longer an admin: the warning about their DMs is moot
    assert delivery_problems(env.ws) == ()


# --- 2. channel and permanent problems back off; the admins' fix is picked up at the next tick ----------


def test_channel_problems_back_off_and_a_saved_setting_retries_at_the_next_tick(
    env: Env, slack: SlackServer
) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    slack.set_member(TEAM, CHANNEL, False)
    env.at("2021-02-23T10:00")
    attempted = []
    for n in range(17):  # a tick every five minutes, the sweeper's default interval
        calls = posts_to(slack, CHANNEL)
        env.sweep()
        if posts_to(slack, CHANNEL) > calls:
            attempted.append(n)
        env.clock.advance(timedelta(minutes=5))
    assert attempted == [0, 1, 3, 7, 15]  # after the n-th failure it waits 1, 2, 4, 8 intervals
    assert len(api_dms(env)) == 1  # one alert, whatever the retries
    # The admins invite the bot and save the same channel again: posted at the very next tick.
    env.sweep()  # tick 17: still backing off (8 intervals from tick 15)
    slack.set_member(TEAM, CHANNEL, True)
    env.ws.update_settings(PARTNER, reminder_channel=CHANNEL)
    env.clock.advance(timedelta(minutes=5))
    report = env.sweep()
    assert report.reminders_posted == 1 and report.recovered == [(TEAM, "channel")]


def test_a_permanent_refusal_backs_off_and_the_bot_reinvited_resets_it(env: Env, slack: SlackServer) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    slack.inject("chat.postMessage", error="msg_blocks_too_long", times=3, match={"channel": CHANNEL})
    env.at("2021-02-23T10:00")
    env.sweep()
    env.clock.advance(timedelta(minutes=5))
    env.sweep()
    assert posts_to(slack, CHANNEL) == 2
    env.clock.advance(timedelta(minutes=5))
    env.sweep()  # two intervals after the second failure: not yet
    assert posts_to(slack, CHANNEL) == 2
    env.ws.reset_delivery()  # what the member_joined_channel listener does for the bot's own join
    env.sweep()
    assert posts_to(slack, CHANNEL) == 3


def test_a_token_problem_is_retried_at_every_tick(env: Env, slack: SlackServer) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    slack.revoke_token(TOKEN)
    env.at("2021-02-23T10:00")
    for _ in range(3):
        env.sweep()
        env.clock.advance(timedelta(minutes=5))
    assert posts_to(slack, CHANNEL) == 3  # a token fixed is picked up at once


# --- 3. alert DMs link to the App Home -------------------------------------------------------------------


def test_alert_dms_carry_the_open_mpn_bot_link(
    env: Env, slack: SlackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(app_identity._app_ids, TEAM, "A0TEST")
    link = "slack://app?team=T1&id=A0TEST&tab=home"
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    slack.set_member(TEAM, CHANNEL, False)
    env.at("2021-02-23T10:00")
    env.sweep()
    slack.set_member(TEAM, CHANNEL, True)
    env.clock.advance(timedelta(minutes=5))
    assert env.sweep().recovered == [(TEAM, "channel")]
    alert, flowing = api_dms(env)
    for message in (alert, flowing):
        assert link in json.dumps(message.blocks)
    assert link in json.dumps(env.posts()[0].blocks)  # as the reminder post has it
    home = render.channel_alert("not_in_channel", CHANNEL, ["Cloud Platform"], "en")
    assert link not in json.dumps(home.blocks)  # the App Home's own warning does not link to itself


# --- 4. one list of the error codes ----------------------------------------------------------------------


def _string_constants(path: str) -> set[str]:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    return {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def test_the_channel_and_permanent_codes_are_listed_once() -> None:
    codes = set(slack_errors.CHANNEL_ERRORS) | set(slack_errors.PERMANENT_ERRORS)
    for path in ("bot/render/reminders.py", "bot/reminders/delivery.py", "bot/reminders/sweep.py"):
        assert not codes & _string_constants(path), path  # only bot/runtime/slack_errors.py names them
    for code in codes:  # and every one is worded by its advice, in both languages
        key = f"reminder.alert.{slack_errors.advice_for(code)}"
        assert set(MESSAGES[key]) == {"en", "nl"}
    for code in ("restricted_action_thread_locked", "restricted_action_read_only_channel"):
        assert "Let apps post in it" in render.channel_alert(code, CHANNEL, ["X"], "en").text


# --- 5. every documented code has a class ------------------------------------------------------------

#: The "Errors" tables of https://docs.slack.dev/reference/methods/chat.postMessage and
#: https://docs.slack.dev/reference/methods/conversations.open.
DOCUMENTED = {
    "chat.postMessage": """as_user_not_supported access_denied accesslimited account_inactive
        attachment_payload_limit_exceeded cannot_reply_to_message channel_not_found deprecated_endpoint
        duplicate_channel_not_found duplicate_message_not_found ekm_access_denied enterprise_is_restricted
        fatal_error internal_error invalid_arg_name invalid_arguments invalid_array_arg invalid_auth
        invalid_blocks invalid_blocks_format invalid_charset invalid_form_data invalid_metadata_format
        invalid_metadata_schema invalid_post_type is_archived markdown_text_conflict message_limit_exceeded
        messages_tab_disabled metadata_must_be_sent_from_app metadata_too_large method_deprecated
        missing_file_data missing_post_type missing_scope msg_blocks_too_long msg_too_long no_permission
        no_text not_allowed_token_type not_authed not_in_channel org_login_required rate_limited ratelimited
        request_timeout restricted_action restricted_action_non_threadable_channel
        restricted_action_read_only_channel restricted_action_thread_locked
        restricted_action_thread_only_channel service_unavailable slack_connect_canvas_sharing_blocked
        slack_connect_file_link_sharing_blocked slack_connect_lists_sharing_blocked team_access_not_granted
        team_added_to_org team_not_found token_expired token_revoked too_many_attachments
        too_many_contact_cards two_factor_setup_required""",
    "conversations.open": """method_not_supported_for_channel_type user_not_found user_not_visible
        user_disabled users_list_not_supplied not_enough_users too_many_users invalid_user_combination
        cannot_dm_bot not_authed invalid_auth account_inactive invalid_arg_name invalid_array_arg
        invalid_charset invalid_form_data invalid_post_type missing_post_type team_added_to_org invalid_json
        json_not_object request_timeout upgrade_required channel_not_found""",
}


@pytest.mark.parametrize("method", sorted(DOCUMENTED))
def test_every_documented_code_is_classified_on_purpose(method: str) -> None:
    listed = [
        set(slack_errors.CHANNEL_ERRORS),
        set(slack_errors.PERMANENT_ERRORS),
        slack_errors.RECIPIENT_ERRORS,
        slack_errors.TEMPORARY_ERRORS,
        slack_errors.TOKEN_ERRORS,
        slack_errors.UNCERTAIN_ERRORS,
    ]
    unlisted = [code for code in DOCUMENTED[method].split() if not any(code in group for group in listed)]
    assert unlisted == []  # not left to the "unknown code" default


def test_rate_limited_with_http_200_is_temporary_and_alerts_nobody(env: Env, slack: SlackServer) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    slack.inject("chat.postMessage", error="rate_limited", match={"channel": CHANNEL})  # ok: false, HTTP 200
    env.at("2021-02-23T10:00")
    report = env.sweep()
    assert report.alerts == [] and [e for _, e in report.failed] == ["temporary:ratelimited"]
    env.clock.advance(timedelta(minutes=5))
    assert env.sweep().reminders_posted == 1
    assert api_dms(env) == [] and problems(env) == []


def test_an_unknown_code_is_permanent_and_alerts_naming_it(env: Env, slack: SlackServer) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    slack.inject("chat.postMessage", error="brand_new_refusal", match={"channel": CHANNEL})
    env.at("2021-02-23T10:00")
    report = env.sweep()
    assert report.alerts == [(TEAM, "brand_new_refusal")]
    assert [e for _, e in report.failed] == ["permanent:brand_new_refusal"]
    [alert] = api_dms(env)
    assert "brand_new_refusal" in alert.text and "*Cloud Platform*" in alert.text
    assert problems(env) == [("brand_new_refusal", CHANNEL, ("Cloud Platform",))]


def test_a_token_problem_is_shown_to_operators_as_disconnected(env: Env, slack: SlackServer) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)

    def disconnected() -> dict[str, float]:
        [family] = DisconnectedWorkspaces(env.store).collect()
        return {s.labels["error"]: s.value for s in family.samples}

    assert disconnected() == {"none": 0}
    slack.revoke_token(TOKEN)
    env.at("2021-02-23T10:00")
    report = env.sweep()
    assert report.disconnected == [(TEAM, "token_revoked")] and report.alerts == []
    assert any("workspace T1 is disconnected" in line for line in report.lines())
    assert disconnected() == {"token:token_revoked": 1}
    assert problems(env) == []  # not the admins' to fix, and nobody could be told
    slack.revoke_token(TOKEN, revoked=False)  # re-installed
    env.clock.advance(timedelta(minutes=5))
    assert env.sweep().reminders_posted == 1
    assert disconnected() == {"none": 0} and api_dms(env) == []
