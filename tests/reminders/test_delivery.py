"""``bot.reminders.delivery``: tokens per workspace, and every Slack failure as one ``DeliveryError`` kind."""

from __future__ import annotations

import socket

import pytest

from bot.local.slack import SlackServer
from bot.reminders import DeliveryError, SingleTokenDirectory, SlackDelivery
from tests.harness import CHANNEL, TEAM, TOKEN


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_single_token_serves_only_its_own_workspace(slack: SlackServer) -> None:
    directory = SingleTokenDirectory(TOKEN, slack.base_url)
    assert directory(TEAM) == TOKEN and directory("T-OTHER") is None
    assert len(slack.calls_to("auth.test")) == 1  # asked once, then remembered


def test_a_token_slack_refuses_is_asked_about_again_only_after_a_minute(slack: SlackServer) -> None:
    slack.revoke_token(TOKEN)
    ticks = Ticks()
    directory = SingleTokenDirectory(TOKEN, slack.base_url, monotonic=ticks)
    for _ in range(5):
        assert directory(TEAM) is None
    assert len(slack.calls_to("auth.test")) == 1
    ticks.now += 61
    assert directory(TEAM) is None and len(slack.calls_to("auth.test")) == 2


@pytest.mark.parametrize(
    ("setup", "kind", "code"),
    [
        (lambda s: s.set_member(TEAM, CHANNEL, False), "channel", "not_in_channel"),
        (lambda s: s.archive(TEAM, CHANNEL), "channel", "is_archived"),
        (lambda s: s.revoke_token(TOKEN), "token", "token_revoked"),
        (lambda s: s.inject("chat.postMessage", status=503, times=9), "temporary", "server_error"),
        (
            lambda s: s.inject("chat.postMessage", status=429, times=9, retry_after=1),
            "temporary",
            "ratelimited",
        ),
        (lambda s: s.inject("chat.postMessage", error="rate_limited"), "temporary", "ratelimited"),
        (lambda s: s.inject("chat.postMessage", error="ratelimited"), "temporary", "ratelimited"),
        (lambda s: s.inject("chat.postMessage", error="msg_too_long"), "permanent", "msg_too_long"),
        (lambda s: s.inject("chat.postMessage", error="never_heard_of"), "permanent", "never_heard_of"),
        (lambda s: s.inject("chat.postMessage", error="restricted_action"), "channel", "restricted_action"),
    ],
)
def test_slack_errors_become_delivery_errors(slack: SlackServer, setup, kind: str, code: str) -> None:  # type: ignore[no-untyped-def]
    setup(slack)
    delivery = SlackDelivery(
        {TEAM: TOKEN}.get, base_url=slack.base_url, rate_limit_retries=1, server_error_retries=1
    )
    with pytest.raises(DeliveryError) as caught:
        delivery.post(TEAM, CHANNEL, {"text": "hi"}, None)
    assert (caught.value.kind, caught.value.code) == (kind, code)


def test_no_token_and_no_server_are_delivery_errors_too(slack: SlackServer) -> None:
    with pytest.raises(DeliveryError) as caught:
        SlackDelivery({}.get, base_url=slack.base_url).post(TEAM, CHANNEL, {"text": "hi"}, None)
    assert caught.value.ledger_text == "token:no_token"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    dead = SlackDelivery({TEAM: TOKEN}.get, base_url=f"http://127.0.0.1:{port}/api/", connection_retries=0)
    with pytest.raises(DeliveryError) as caught:
        dead.post(TEAM, CHANNEL, {"text": "hi"}, None)
    assert caught.value.ledger_text == "temporary:connection_refused"


def test_a_dm_channel_is_opened_with_the_workspace_token(slack: SlackServer) -> None:
    delivery = SlackDelivery({TEAM: TOKEN}.get, base_url=slack.base_url)
    channel = delivery.open_dm(TEAM, "UPARTNER")
    assert channel == slack.dm_channel_id(TEAM, "UPARTNER")
    assert delivery.post(TEAM, channel, {"text": "hi"}, None)[0] == channel
    with pytest.raises(DeliveryError) as caught:
        delivery.open_dm(TEAM, "U-NOBODY")
    assert (caught.value.kind, caught.value.code) == ("recipient", "user_not_found")


def test_oauth_tokens_come_from_the_installation_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from slack_sdk.oauth.installation_store import Installation
    from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore

    from bot.reminders import InstallationTokens
    from storage import Store
    from tests.storage.helpers import FakeClock

    installations = SQLite3InstallationStore(database=str(tmp_path / "installations.db"), client_id="111.222")
    installations.init()
    for team, enterprise, token in (("T1", None, "xoxb-one"), ("T2", "E1", "xoxb-grid")):
        installations.save(
            Installation(
                app_id="A1",
                enterprise_id=enterprise,
                team_id=team,
                user_id="U1",
                bot_token=token,
                bot_id="B1",
                bot_user_id="U0BOT",
            )
        )
    store = Store.open(tmp_path / "mpn.db", clock=FakeClock())
    store.install_workspace("T1")
    store.install_workspace("T2", enterprise_id="E1")
    ticks = Ticks()
    tokens = InstallationTokens(installations, store, monotonic=ticks)
    assert (tokens("T1"), tokens("T2"), tokens("T3")) == ("xoxb-one", "xoxb-grid", None)
    installations.delete_bot(enterprise_id=None, team_id="T1")
    assert tokens("T1") == "xoxb-one"  # remembered for a minute ...
    ticks.now += 61
    assert tokens("T1") is None  # ... then read again
    store.close()


@pytest.mark.parametrize("status", [500, 503])
def test_a_post_answered_5xx_is_sent_once_and_uncertain(slack: SlackServer, status: int) -> None:
    """Slack may have taken it: slack_sdk's server-error retry must not resend it (issue 10)."""
    slack.inject("chat.postMessage", status=status, land=True)
    delivery = SlackDelivery({TEAM: TOKEN}.get, base_url=slack.base_url, server_error_retries=3)
    with pytest.raises(DeliveryError) as caught:
        delivery.post(TEAM, CHANNEL, {"text": "hi"}, None)
    assert caught.value.uncertain and caught.value.ledger_text == "uncertain:server_error"
    assert len(slack.calls_to("chat.postMessage")) == 1 and len(slack.messages(channel=CHANNEL)) == 1


def test_a_post_whose_connection_is_reset_after_the_accept_is_sent_once_and_uncertain(
    slack: SlackServer,
) -> None:
    slack.inject("chat.postMessage", reset=True)
    delivery = SlackDelivery({TEAM: TOKEN}.get, base_url=slack.base_url, connection_retries=3)
    with pytest.raises(DeliveryError) as caught:
        delivery.post(TEAM, CHANNEL, {"text": "hi"}, None)
    assert caught.value.uncertain and caught.value.kind == "temporary"
    assert len(slack.messages(channel=CHANNEL)) == 1  # it landed, once


def test_idempotent_calls_keep_their_5xx_retries(slack: SlackServer) -> None:
    slack.inject("conversations.open", status=503, times=2)
    delivery = SlackDelivery({TEAM: TOKEN}.get, base_url=slack.base_url, server_error_retries=2)
    assert delivery.open_dm(TEAM, "UPARTNER") == slack.dm_channel_id(TEAM, "UPARTNER")


def test_every_documented_error_code_has_a_class() -> None:
    from bot.reminders.delivery import (
        CHANNEL_ERRORS,
        PERMANENT_ERRORS,
        RECIPIENT_ERRORS,
        TEMPORARY_ERRORS,
        TOKEN_ERRORS,
        UNCERTAIN_ERRORS,
        classify_code,
    )

    groups = [
        CHANNEL_ERRORS,
        PERMANENT_ERRORS,
        RECIPIENT_ERRORS,
        TEMPORARY_ERRORS,
        TOKEN_ERRORS,
        UNCERTAIN_ERRORS,
    ]
    every = [code for group in groups for code in group]
    assert len(every) == len(set(every))  # each code in one class only
    assert classify_code("rate_limited") == ("temporary", False)
    assert classify_code("internal_error") == ("temporary", True)
    assert classify_code("something_new") == ("permanent", False)
    for code in ("msg_blocks_too_long", "invalid_blocks", "missing_scope", "message_limit_exceeded"):
        assert classify_code(code)[0] == "permanent"
    for code in (
        "no_permission",
        "ekm_access_denied",
        "team_access_not_granted",
        "restricted_action_read_only_channel",
    ):
        assert classify_code(code)[0] == "channel"
