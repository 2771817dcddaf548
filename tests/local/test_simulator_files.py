"""The stand-in's files and channel joins, driven by slack_sdk as the bot drives them: ``files.info``,
``url_private`` downloads with the bot token, ``conversations.join``, each failing the way Slack fails."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.local.slack import SlackServer

TOKEN = "xoxb-acme"
OTHER_TOKEN = "xoxb-globex"


def slack_world(server: SlackServer) -> None:
    server.add_workspace("T1", name="Acme", bot_token=TOKEN)
    server.add_user("T1", "U1", name="ann")
    server.add_channel("T1", "C1", name="mpn")
    server.add_channel("T1", "C_OUT", name="elsewhere", bot_is_member=False)
    server.add_channel("T1", "C_OLD", name="old", archived=True, bot_is_member=False)
    server.add_channel("T1", "G_PRIV", name="secret", is_private=True, bot_is_member=False)
    server.add_channel("T1", "G_IN", name="inner", is_private=True)
    server.add_workspace("T2", name="Globex", bot_token=OTHER_TOKEN, bot_user_id="U0BOT2")


def client(slack: SlackServer, token: str = TOKEN) -> WebClient:
    return WebClient(token=token, base_url=slack.base_url)


def error_of(call: object) -> str:
    with pytest.raises(SlackApiError) as caught:
        call()  # type: ignore[operator]
    return str(caught.value.response["error"])


def test_files_info_and_the_download_need_this_workspaces_token(slack: SlackServer) -> None:
    uploaded = slack.files.upload("T1", "U1", "offers.csv", b"name;kind\r\n")
    info = client(slack).files_info(file=uploaded["id"])["file"]
    assert info["size"] == 11 and info["name"] == "offers.csv" and info["url_private"].startswith(slack.url)
    assert error_of(lambda: client(slack, OTHER_TOKEN).files_info(file=uploaded["id"])) == "file_not_found"
    assert error_of(lambda: client(slack).files_info(file="FNOPE")) == "file_not_found"
    good = urllib.request.Request(info["url_private"], headers={"Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(good, timeout=5) as response:
        assert response.read() == b"name;kind\r\n"
    for headers in ({}, {"Authorization": f"Bearer {OTHER_TOKEN}"}):
        request = urllib.request.Request(info["url_private"], headers=headers)
        with pytest.raises(urllib.error.HTTPError):  # Slack's sign-in redirect, never the bytes
            urllib.request.urlopen(request, timeout=5)
    slack.files.delete(uploaded["id"])
    assert error_of(lambda: client(slack).files_info(file=uploaded["id"])) == "file_deleted"


def test_conversations_join_as_slack_answers_it(slack: SlackServer) -> None:
    joined = client(slack).conversations_join(channel="C_OUT")
    assert joined["channel"]["is_member"] is True
    assert client(slack).conversations_info(channel="C_OUT")["channel"]["is_member"] is True
    again = client(slack).conversations_join(channel="C1")
    assert again["warning"] == "already_in_channel"
    assert error_of(lambda: client(slack).conversations_join(channel="C_OLD")) == "is_archived"
    assert error_of(lambda: client(slack).conversations_join(channel="G_PRIV")) == "channel_not_found"
    assert (
        error_of(lambda: client(slack).conversations_join(channel="G_IN"))
        == "method_not_supported_for_channel_type"
    )
    assert error_of(lambda: client(slack).conversations_join(channel="CNOPE")) == "channel_not_found"
    assert (
        error_of(lambda: client(slack, OTHER_TOKEN).conversations_join(channel="C1")) == "channel_not_found"
    )


def test_private_channels_are_hidden_from_a_bot_outside_them(slack: SlackServer) -> None:
    assert error_of(lambda: client(slack).conversations_info(channel="G_PRIV")) == "channel_not_found"
    assert client(slack).conversations_info(channel="G_IN")["channel"]["is_private"] is True


def test_a_missing_scope_can_be_injected(slack: SlackServer) -> None:
    slack.inject("conversations.join", error="missing_scope")
    assert error_of(lambda: client(slack).conversations_join(channel="C_OUT")) == "missing_scope"


def test_deactivated_and_foreign_users(slack: SlackServer) -> None:
    slack.add_user("T1", "UGONE", name="gone", deleted=True)
    slack.add_user("T1", "UGUEST", name="guest", home_team="T9")
    assert client(slack).users_info(user="UGONE")["user"]["deleted"] is True
    assert client(slack).users_info(user="UGUEST")["user"]["team_id"] == "T9"
