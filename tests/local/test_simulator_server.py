"""The local Slack simulator, driven by the real slack_sdk clients exactly as the bot will drive it.

Each test says which Slack behaviour it pins down: the bot's error handling is only as good as the
simulator's faithfulness to these answers.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler, ServerErrorRetryHandler
from slack_sdk.webhook import WebhookClient

from bot.local.slack import SlackServer

TOKEN = "xoxb-acme"
OTHER_TOKEN = "xoxb-globex"


SLACK_RATE_LIMIT = 1.0  # Slack's own limit


def slack_world(server: SlackServer) -> None:
    """Two workspaces with overlapping channel ids, to catch cross-workspace leaks."""
    server.add_workspace("T1", name="Acme", bot_token=TOKEN)
    server.add_user("T1", "U1", name="ann", locale="nl-NL", is_admin=True, tz="Europe/Amsterdam")
    server.add_user("T1", "U2", name="bob", locale="en-US", tz="America/New_York")
    server.add_channel("T1", "C1", name="mpn")
    server.add_channel("T1", "C2", name="general")
    server.add_channel("T1", "C_OUT", name="elsewhere", bot_is_member=False)
    server.add_channel("T1", "C_OLD", name="old", archived=True)
    server.add_workspace("T2", name="Globex", bot_token=OTHER_TOKEN, bot_user_id="U0BOT2")
    server.add_channel("T2", "C9", name="mpn")


def client(slack: SlackServer, token: str = TOKEN, **kwargs: object) -> WebClient:
    return WebClient(token=token, base_url=slack.base_url, **kwargs)  # type: ignore[arg-type]


def error_of(call: object) -> str:
    with pytest.raises(SlackApiError) as info:
        call()  # type: ignore[operator]
    return str(info.value.response["error"])


# ---------------------------------------------------------------- basics


def test_base_url_is_what_webclient_takes(slack: SlackServer) -> None:
    assert slack.base_url == f"http://127.0.0.1:{slack.port}/api/"


def test_auth_test_names_the_bot_and_workspace(slack: SlackServer) -> None:
    data = client(slack).auth_test()
    assert data["ok"] is True
    assert (data["team_id"], data["user_id"], data["bot_id"]) == ("T1", "U0BOT", "B0BOT")


def test_post_message_is_recorded_with_unique_increasing_ts(slack: SlackServer) -> None:
    slack.set_rate_limits(per_channel_per_sec=None)
    web = client(slack)
    first = web.chat_postMessage(channel="C1", text="one")
    second = web.chat_postMessage(channel="C1", text="two", blocks=[{"type": "divider"}])
    assert first["ok"] and first["channel"] == "C1"
    assert first["message"]["text"] == "one" and first["message"]["user"] == "U0BOT"
    ts1, ts2 = first["ts"], second["ts"]
    for ts in (ts1, ts2):
        seconds, micros = ts.split(".")
        assert seconds.isdigit() and len(micros) == 6 and micros.isdigit()
    assert float(ts2) > float(ts1)
    recorded = slack.messages(channel="C1")
    assert [(m.text, m.ts, m.via, m.user) for m in recorded] == [
        ("one", ts1, "api", "U0BOT"),
        ("two", ts2, "api", "U0BOT"),
    ]
    assert recorded[1].blocks == [{"type": "divider"}]
    assert [c.method for c in slack.calls] == ["chat.postMessage", "chat.postMessage"]
    assert slack.calls[0].token == TOKEN and slack.calls[0].team_id == "T1"


def test_token_as_form_param_also_works(slack: SlackServer) -> None:
    body = f"token={TOKEN}&channel=C1&text=hello".encode()
    request = urllib.request.Request(
        slack.base_url + "chat.postMessage",
        data=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    with urllib.request.urlopen(request) as response:
        assert json.load(response)["ok"] is True
    assert slack.messages(channel="C1")[0].text == "hello"
    assert "token" not in slack.calls[0].params


def test_users_info_by_get_query(slack: SlackServer) -> None:
    url = f"{slack.base_url}users.info?token={TOKEN}&user=U1&include_locale=true"
    with urllib.request.urlopen(url) as response:
        data = json.load(response)
    assert data["ok"] and data["user"]["locale"] == "nl-NL"


# ---------------------------------------------------------------- auth errors


def test_missing_token_is_not_authed(slack: SlackServer) -> None:
    assert error_of(lambda: WebClient(base_url=slack.base_url).auth_test()) == "not_authed"


def test_bad_token_is_invalid_auth(slack: SlackServer) -> None:
    assert (
        error_of(lambda: client(slack, "xoxb-nope").chat_postMessage(channel="C1", text="x"))
        == "invalid_auth"
    )
    assert slack.messages() == []
    assert slack.calls[-1].error == "invalid_auth" and slack.calls[-1].team_id is None


def test_revoked_token_is_token_revoked_for_every_method(slack: SlackServer) -> None:
    slack.revoke_token(TOKEN)
    web = client(slack)
    assert error_of(web.auth_test) == "token_revoked"
    assert error_of(lambda: web.chat_postMessage(channel="C1", text="x")) == "token_revoked"
    assert error_of(lambda: web.users_info(user="U1")) == "token_revoked"
    assert client(slack, OTHER_TOKEN).auth_test()["team_id"] == "T2"


def test_api_errors_are_http_200(slack: SlackServer) -> None:
    with pytest.raises(SlackApiError) as info:
        client(slack, "xoxb-nope").auth_test()
    assert info.value.response.status_code == 200


def test_unknown_method(slack: SlackServer) -> None:
    assert error_of(lambda: client(slack).api_call("chat.frobnicate")) == "unknown_method"


# ---------------------------------------------------------------- channel errors


def test_channel_errors(slack: SlackServer) -> None:
    web = client(slack)
    assert error_of(lambda: web.chat_postMessage(channel="C404", text="x")) == "channel_not_found"
    assert error_of(lambda: web.chat_postMessage(channel="C_OUT", text="x")) == "not_in_channel"
    assert error_of(lambda: web.chat_postMessage(channel="C_OLD", text="x")) == "is_archived"
    assert slack.messages() == []


def test_membership_and_archive_can_change(slack: SlackServer) -> None:
    slack.set_rate_limits(per_channel_per_sec=None)
    web = client(slack)
    slack.set_member("T1", "C1", False)
    assert error_of(lambda: web.chat_postMessage(channel="C1", text="x")) == "not_in_channel"
    slack.set_member("T1", "C1", True)
    assert web.chat_postMessage(channel="C1", text="x")["ok"]
    slack.archive("T1", "C1")
    assert error_of(lambda: web.chat_postMessage(channel="C1", text="x")) == "is_archived"


def test_workspaces_are_isolated(slack: SlackServer) -> None:
    assert error_of(lambda: client(slack, OTHER_TOKEN).chat_postMessage(channel="C1", text="x")) == (
        "channel_not_found"
    )
    assert error_of(lambda: client(slack, OTHER_TOKEN).users_info(user="U1")) == "user_not_found"
    client(slack, OTHER_TOKEN).chat_postMessage(channel="C9", text="globex")
    assert [m.team_id for m in slack.messages()] == ["T2"]
    assert slack.messages(team_id="T1") == []


def test_message_validation(slack: SlackServer) -> None:
    web = client(slack)
    assert error_of(lambda: web.api_call("chat.postMessage", json={"channel": "C1"})) == "no_text"
    assert error_of(lambda: web.chat_postMessage(channel="C1", text="x" * 40_001)) == "msg_too_long"
    no_type = [{"text": "no type"}]
    assert error_of(lambda: web.chat_postMessage(channel="C1", text="x", blocks=no_type)) == "invalid_blocks"
    too_many = [{"type": "divider"}] * 51
    assert error_of(lambda: web.chat_postMessage(channel="C1", text="x", blocks=too_many)) == "invalid_blocks"
    assert slack.messages() == []
    # Failed posts do not use up the channel's one-per-second budget.
    assert web.chat_postMessage(channel="C1", text="fine")["ok"]


def test_post_to_user_id_goes_to_stable_dm(slack: SlackServer) -> None:
    slack.set_rate_limits(per_channel_per_sec=None)
    web = client(slack)
    opened = web.conversations_open(users="U1")["channel"]["id"]
    assert opened.startswith("D")
    assert web.conversations_open(users="U1")["channel"]["id"] == opened
    assert slack.dm_channel_id("T1", "U1") == opened
    posted = web.chat_postMessage(channel="U1", text="psst")
    assert posted["channel"] == opened
    assert slack.messages(channel=opened)[0].text == "psst"
    assert web.conversations_open(users="U2")["channel"]["id"] != opened
    info = web.conversations_info(channel=opened)["channel"]
    assert info["is_im"] is True and info["user"] == "U1"
    assert error_of(lambda: web.conversations_open(users="U404")) == "user_not_found"


def test_chat_update(slack: SlackServer) -> None:
    slack.set_rate_limits(per_channel_per_sec=None)
    web = client(slack)
    ts = web.chat_postMessage(channel="C1", text="draft")["ts"]
    updated = web.chat_update(channel="C1", ts=ts, text="final")
    assert updated["ts"] == ts and updated["text"] == "final"
    (message,) = slack.messages(channel="C1")
    assert message.text == "final" and message.edited
    assert error_of(lambda: web.chat_update(channel="C1", ts="1.000001", text="x")) == "message_not_found"
    assert error_of(lambda: web.chat_update(channel="C2", ts=ts, text="x")) == "message_not_found"


def test_post_ephemeral_is_visible_to_one_user(slack: SlackServer) -> None:
    web = client(slack)
    assert web.chat_postEphemeral(channel="C1", user="U1", text="only you")["message_ts"]
    (message,) = slack.messages(channel="C1")
    assert message.ephemeral_to == "U1"
    assert slack.messages(channel="C1", visible_to="U2") == []
    assert error_of(lambda: web.chat_postEphemeral(channel="C1", user="U404", text="x")) == "user_not_found"


def test_users_info_fields(slack: SlackServer) -> None:
    web = client(slack)
    user = web.users_info(user="U2", include_locale=True)["user"]
    assert user["locale"] == "en-US" and user["tz"] == "America/New_York"
    assert user["is_admin"] is False and user["is_owner"] is False and user["is_bot"] is False
    assert user["profile"]["display_name"] == "bob"
    assert "locale" not in web.users_info(user="U1")["user"]
    assert web.users_info(user="U0BOT")["user"]["is_bot"] is True
    assert error_of(lambda: web.users_info(user="U404")) == "user_not_found"


def test_views_publish_records_home(slack: SlackServer) -> None:
    view = {"type": "home", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "hi"}}]}
    published = client(slack).views_publish(user_id="U1", view=view)
    assert published["view"]["id"].startswith("V")
    home = slack.home("T1", "U1")
    assert home is not None and home["blocks"] == view["blocks"]
    assert slack.home("T1", "U2") is None
    assert error_of(lambda: client(slack).views_publish(user_id="U1", view={"type": "modal"})) == (
        "invalid_arguments"
    )


def test_team_info(slack: SlackServer) -> None:
    team = client(slack).team_info()["team"]
    assert team["id"] == "T1" and team["name"] == "Acme"


# ---------------------------------------------------------------- rate limits


def test_second_quick_post_gets_429_with_retry_after(slack: SlackServer) -> None:
    web = client(slack)
    web.chat_postMessage(channel="C1", text="one")
    with pytest.raises(SlackApiError) as info:
        web.chat_postMessage(channel="C1", text="two")
    response = info.value.response
    assert response.status_code == 429
    assert response["error"] == "ratelimited"
    assert int(response.headers["Retry-After"]) >= 1
    # Another channel has its own budget.
    assert web.chat_postMessage(channel="C2", text="three")["ok"]
    assert [m.text for m in slack.messages()] == ["one", "three"]


def test_rate_limit_handler_retries_after_retry_after(slack: SlackServer) -> None:
    web = client(slack, retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=2)])
    web.chat_postMessage(channel="C1", text="one")
    assert web.chat_postMessage(channel="C1", text="two")["ok"]
    assert [m.text for m in slack.messages(channel="C1")] == ["one", "two"]
    outcomes = [(c.params["text"], c.status) for c in slack.calls_to("chat.postMessage")]
    assert outcomes == [("one", 200), ("two", 429), ("two", 200)]


def test_rate_limit_can_be_disabled(slack: SlackServer) -> None:
    slack.set_rate_limits(per_channel_per_sec=None)
    web = client(slack)
    for n in range(5):
        web.chat_postMessage(channel="C1", text=str(n))
    assert len(slack.messages(channel="C1")) == 5


def test_global_rate_limit(slack: SlackServer) -> None:
    slack.set_rate_limits(per_channel_per_sec=None, global_per_sec=1.0)
    web = client(slack)
    web.auth_test()
    with pytest.raises(SlackApiError) as info:
        web.users_info(user="U1")
    assert info.value.response.status_code == 429
    assert client(slack, OTHER_TOKEN).auth_test()["ok"]  # per workspace


# ---------------------------------------------------------------- fault injection


def test_injected_500_is_retried_by_server_error_handler(slack: SlackServer) -> None:
    slack.inject("chat.postMessage", status=500)
    web = client(slack, retry_handlers=[ServerErrorRetryHandler(max_retry_count=1)])
    assert web.chat_postMessage(channel="C1", text="after 500")["ok"]
    assert [c.status for c in slack.calls_to("chat.postMessage")] == [500, 200]
    assert len(slack.messages(channel="C1")) == 1


def test_injected_500_without_retry_handler_raises(slack: SlackServer) -> None:
    slack.inject("chat.postMessage", status=503)
    with pytest.raises(SlackApiError) as info:
        client(slack).chat_postMessage(channel="C1", text="x")
    assert info.value.response.status_code == 503
    assert slack.messages() == []


def test_injected_error_code_then_normal(slack: SlackServer) -> None:
    slack.inject("chat.postMessage", error="not_in_channel", times=2)
    web = client(slack)
    assert error_of(lambda: web.chat_postMessage(channel="C1", text="x")) == "not_in_channel"
    assert error_of(lambda: web.chat_postMessage(channel="C2", text="x")) == "not_in_channel"
    assert web.chat_postMessage(channel="C1", text="x")["ok"]


def test_injected_429_honours_retry_after(slack: SlackServer) -> None:
    slack.inject("users.info", status=429, retry_after=1)
    web = client(slack, retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)])
    assert web.users_info(user="U1")["ok"]
    assert [c.status for c in slack.calls_to("users.info")] == [429, 200]


def test_injected_delay_times_out_but_the_post_may_still_land(slack: SlackServer) -> None:
    slack.inject("chat.postMessage", delay=0.6)
    web = client(slack, timeout=0.2)
    with pytest.raises(Exception):  # noqa: B017 - urllib surfaces a timeout as TimeoutError or URLError
        web.chat_postMessage(channel="C1", text="slow")
    # Like Slack, the server finished the post after the client gave up.
    slack.wait_for(lambda: slack.messages(channel="C1"), timeout=5)
    assert slack.messages(channel="C1")[0].text == "slow"


def test_inject_rejects_empty_fault(slack: SlackServer) -> None:
    with pytest.raises(ValueError):
        slack.inject("chat.postMessage")


# ---------------------------------------------------------------- response_url


def test_response_url_ephemeral_by_default(slack: SlackServer) -> None:
    url = slack.new_response_url("T1", "C_OUT", "U1")
    assert url.startswith(f"http://127.0.0.1:{slack.port}/response/")
    response = WebhookClient(url).send(text="only ann sees this")
    assert response.status_code == 200
    (message,) = slack.messages(channel="C_OUT")  # works where the bot is not a member, like Slack
    assert message.via == "response_url" and message.ephemeral_to == "U1" and message.team_id == "T1"


def test_response_url_in_channel_and_replace_and_delete(slack: SlackServer) -> None:
    url = slack.new_response_url("T1", "C1", "U1")
    hook = WebhookClient(url)
    assert hook.send(text="for all", response_type="in_channel").status_code == 200
    (message,) = slack.messages(channel="C1")
    assert message.ephemeral_to is None
    hook.send(text="replaced", replace_original=True, blocks=[{"type": "divider"}])
    (message,) = slack.messages(channel="C1")
    assert message.text == "replaced" and message.blocks == [{"type": "divider"}]
    hook.send_dict({"delete_original": True})
    assert slack.messages(channel="C1") == []


def test_response_url_replaces_the_clicked_message(slack: SlackServer) -> None:
    ts = client(slack).chat_postMessage(channel="C1", text="with a button")["ts"]
    url = slack.new_response_url("T1", "C1", "U1", message_ts=ts)
    WebhookClient(url).send(text="clicked", replace_original=True)
    (message,) = slack.messages(channel="C1")
    assert (message.ts, message.text, message.edited) == (ts, "clicked", True)


def test_response_url_unknown_and_used_up(slack: SlackServer) -> None:
    unknown = WebhookClient(f"{slack.url}/response/nope").send(text="x")
    assert (unknown.status_code, unknown.body) == (404, "no_active_hooks")
    slack.response_url_max_uses = 2
    hook = WebhookClient(slack.new_response_url("T1", "C1", "U1"))
    assert [hook.send(text=str(n)).status_code for n in range(3)] == [200, 200, 404]
    assert hook.send(text="again").body == "used_url"


def test_response_url_expires(slack: SlackServer) -> None:
    slack.response_url_ttl = 0.0
    hook = WebhookClient(slack.new_response_url("T1", "C1", "U1"))
    response = hook.send(text="late")
    assert (response.status_code, response.body) == (404, "expired_url")


def test_response_url_fault_injection(slack: SlackServer) -> None:
    slack.inject("response_url", status=500)
    hook = WebhookClient(slack.new_response_url("T1", "C1", "U1"))
    assert hook.send(text="x").status_code == 500
    assert hook.send(text="y").status_code == 200


# ---------------------------------------------------------------- recording helpers


def test_wait_for_wakes_on_background_post(slack: SlackServer) -> None:
    def later() -> None:
        client(slack).chat_postMessage(channel="C2", text="from a thread")

    worker = threading.Timer(0.1, later)
    worker.start()
    found = slack.wait_for(lambda: slack.messages(channel="C2"), timeout=5)
    worker.join()
    assert found[0].text == "from a thread"
    with pytest.raises(TimeoutError):
        slack.wait_for(lambda: slack.messages(channel="C404"), timeout=0.1)


def test_reset_keeps_the_world(slack: SlackServer) -> None:
    client(slack).chat_postMessage(channel="C1", text="x")
    slack.inject("auth.test", error="fatal_error")
    slack.reset()
    assert slack.messages() == [] and slack.calls == []
    assert client(slack).auth_test()["ok"]  # the fault was cleared, the workspace kept
    assert client(slack).chat_postMessage(channel="C1", text="y")["ok"]  # rate-limit history cleared


def test_sim_endpoints_expose_the_record(slack: SlackServer) -> None:
    client(slack).chat_postMessage(channel="C1", text="visible")
    with urllib.request.urlopen(f"{slack.url}/_sim/messages?channel=C1") as response:
        data = json.load(response)
    assert [m["text"] for m in data["messages"]] == ["visible"]
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(f"{slack.url}/nowhere")
    assert info.value.code == 404


def test_concurrent_posts_get_distinct_ts(slack: SlackServer) -> None:
    slack.set_rate_limits(per_channel_per_sec=None)
    web = client(slack)
    threads = [
        threading.Thread(target=lambda n=n: web.chat_postMessage(channel="C1", text=str(n)))
        for n in range(20)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stamps = [m.ts for m in slack.messages(channel="C1")]
    assert len(stamps) == 20 and len(set(stamps)) == 20


def test_stop_releases_the_port() -> None:
    server = SlackServer().start()
    port = server.port
    server.stop()
    server.stop()  # idempotent
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/api/auth.test", timeout=1)
