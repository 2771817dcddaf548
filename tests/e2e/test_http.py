"""End to end: ``mpn-bot run`` as a real subprocess in HTTP mode, driven by real signed HTTP requests, its
Web API calls going to the local Slack stand-in (which checks tokens and records every call)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.language.i18n import format_day
from bot.local.slack import AppClient, SlackServer
from tests.e2e.helpers import bot_env, start_bot, stop
from tests.harness import ADMIN, CHANNEL, DUTCH, MEMBER, PARTNER, SECRET, TEAM, TOKEN

pytestmark = pytest.mark.slow


def post_command(
    client: AppClient, slack: SlackServer, text: str, user: str, **options: object
) -> tuple[int, str]:
    status, _, body = client.command(
        team_id=TEAM,
        user_id=user,
        channel_id=CHANNEL,
        text=text,
        response_url=slack.new_response_url(TEAM, CHANNEL, user),
        **options,
    )
    return status, body


def test_signed_commands_work_over_http_and_change_the_database(
    slack: SlackServer, running_bot: tuple[str, Path, subprocess.Popen[str]]
) -> None:
    url, db, _ = running_bot
    client = AppClient(f"{url}/slack/events", SECRET)

    status, body = post_command(client, slack, f"admins add <@{PARTNER}|pat>", ADMIN)
    assert status == 200 and "can now add" in json.loads(body)["text"]
    status, body = post_command(client, slack, "add Cloud Platform 2021-03-10", PARTNER)
    assert status == 200 and "Added *Cloud Platform*" in json.loads(body)["text"]
    status, body = post_command(client, slack, "add Security 2021-04-01", MEMBER)
    assert "Only MPN partner admins" in json.loads(body)["text"]
    status, body = post_command(client, slack, "when cloud platform", DUTCH)
    reply = json.loads(body)
    assert reply["response_type"] == "ephemeral"
    assert "Jubileumdatum: 10 maart 2021" in json.dumps(reply["blocks"], ensure_ascii=False)

    with sqlite3.connect(db) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM offers")]
    assert names == ["Cloud Platform"]
    # Every Web API call used the workspace's bot token, which the stand-in checked.
    assert slack.calls and all(call.token == TOKEN and call.ok for call in slack.calls)


def test_health_check(running_bot: tuple[str, Path, subprocess.Popen[str]]) -> None:
    url, _, _ = running_bot
    with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:
        assert response.status == 200
        assert json.loads(response.read()) == {"ok": True}


@pytest.mark.parametrize(
    "options",
    [{"forge": True}, {"skew": -6 * 60}, {"skew": 6 * 60}],
    ids=["forged-signature", "stale-timestamp", "future-timestamp"],
)
def test_forged_or_stale_requests_are_refused_before_any_handler(
    slack: SlackServer, running_bot: tuple[str, Path, subprocess.Popen[str]], options: dict[str, object]
) -> None:
    """The timestamps are taken when the test runs: taken when the suite is collected, a "6 minutes ahead" one
    was only 5 ahead a minute later, inside Slack's tolerance, and the test failed on a slow machine."""
    if "skew" in options:
        options = {"timestamp": int(time.time()) + int(options["skew"])}  # type: ignore[call-overload]
    url, db, _ = running_bot
    client = AppClient(f"{url}/slack/events", SECRET)
    before = len(slack.calls)
    status, _ = post_command(client, slack, "add Cloud Platform 2021-03-10", PARTNER, **options)
    assert status == 401
    # No handler ran: it would have looked the user up in Slack and registered the workspace.
    time.sleep(0.2)
    assert [c.method for c in slack.calls[before:]] == []
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM workspaces").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM offers").fetchone()[0] == 0


def test_a_wrong_signing_secret_is_refused(
    slack: SlackServer, running_bot: tuple[str, Path, subprocess.Popen[str]]
) -> None:
    url, _, _ = running_bot
    status, _ = post_command(AppClient(f"{url}/slack/events", "not-the-secret"), slack, "status", PARTNER)
    assert status == 401


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET is missing"),
        ({"SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN is missing"),
        ({"SLACK_BOT_TOKEN": "xoxp-user", "SLACK_SIGNING_SECRET": "s"}, "must be a bot token"),
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "nope"},
            "SLACK_APP_TOKEN must be an app-level token",
        ),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "PORT": "http"}, "PORT must be a number"),
        ({"SLACK_CLIENT_ID": "1.2", "SLACK_SIGNING_SECRET": "s"}, "SLACK_CLIENT_SECRET is missing"),
        ({"SLACK_CLIENT_ID": "1.2", "SLACK_CLIENT_SECRET": "c"}, "SLACK_SIGNING_SECRET is missing"),
        (
            {
                "SLACK_CLIENT_ID": "1.2",
                "SLACK_CLIENT_SECRET": "c",
                "SLACK_SIGNING_SECRET": "s",
                "SLACK_BOT_TOKEN": "xoxb-1",
            },
            "contradict each other",
        ),
    ],
)
def test_missing_or_contradictory_settings_exit_2_with_one_clear_message(
    tmp_path: Path, env: dict[str, str], message: str
) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MPN_", "PORT"))}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"],
        env={**clean, **env},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_dm_over_http_gets_one_answer_and_its_retry_none(
    slack: SlackServer, running_bot: tuple[str, Path, subprocess.Popen[str]]
) -> None:
    url, _, _ = running_bot
    client = AppClient(f"{url}/slack/events", SECRET)
    post_command(client, slack, f"admins add <@{PARTNER}>", ADMIN)
    # the subprocess runs on the real clock: an anniversary 10 days ago is inside its renewal window
    anniversary = datetime.now(ZoneInfo("Europe/Amsterdam")).date() - timedelta(days=10)
    post_command(client, slack, f"add Cloud Platform {anniversary.isoformat()}", PARTNER)
    channel = slack.dm_channel_id(TEAM, DUTCH)
    event = {
        "type": "message",
        "channel_type": "im",
        "channel": channel,
        "user": DUTCH,
        "text": "wanneer verlies ik mijn voordelen voor cloud platform?",
        "ts": "1616234400.000100",
        "client_msg_id": "3f1c0d0e-9a3e-4c84-9a4e-2b7d1f1a0c01",
    }
    status, _, _ = client.event(team_id=TEAM, event=event, event_id="Ev0000000001")
    assert status == 200
    status, _, _ = client.event(
        team_id=TEAM, event=event, event_id="Ev0000000001", retry_num=1, retry_reason="http_timeout"
    )
    assert status == 200
    replies = [m for m in slack.messages(channel=channel) if m.user != DUTCH]
    assert len(replies) == 1
    assert format_day(anniversary + timedelta(days=31), "nl") in replies[0].text  # the loss day, in Dutch


def test_a_token_slack_refuses_stops_the_bot_with_one_clear_line(slack: SlackServer, tmp_path: Path) -> None:
    env = {**bot_env(slack, tmp_path / "bot.db"), "SLACK_BOT_TOKEN": "xoxb-mistyped"}
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run", "--port", "0"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Slack refused SLACK_BOT_TOKEN (invalid_auth)" in result.stderr
    assert "Traceback" not in result.stderr


def test_slack_unreachable_at_start_is_a_warning_not_a_crash(slack: SlackServer, tmp_path: Path) -> None:
    env = {**bot_env(slack, tmp_path / "bot.db"), "MPN_SLACK_API_URL": "http://127.0.0.1:9/api/"}
    proc, port, output = start_bot(env, tmp_path, wait=60)
    try:
        assert "could not reach Slack" in output and "starting anyway" in output
        assert port is not None and "listening on" in output
        assert "Traceback" not in output
    finally:
        stop(proc)
