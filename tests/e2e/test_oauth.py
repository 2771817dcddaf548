"""Many workspaces: ``mpn-bot run`` with an OAuth client, installed through /slack/install by two
workspaces, each then served with its own bot token, neither seeing the other, and an uninstall removing
the installation and every record of that workspace."""

from __future__ import annotations

import html
import json
import re
import sqlite3
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.language.i18n import t
from bot.local.slack import AppClient, SlackServer
from tests.e2e.helpers import bot_env, start_bot, stop

pytestmark = pytest.mark.slow
SECRET = "oauth-signing-secret"
CLIENT_ID, CLIENT_SECRET = "1234.5678", "client-secret"
WORKSPACES = {"TA": ("Alpha BV", "xoxb-TA-token", "UALPHA"), "TB": ("Beta Ltd", "xoxb-TB-token", "UBETA")}


def slack_world(server: SlackServer) -> None:
    for team, (name, token, installer) in WORKSPACES.items():
        server.add_workspace(team, name=name, bot_token=token)
        server.add_user(team, installer, name=installer.lower(), tz="America/New_York", locale="nl-NL")
        server.add_user(team, "UOTHER", name="other", tz="America/New_York")
        server.add_channel(team, "CGEN", name="general")
    server.register_oauth_app(CLIENT_ID, CLIENT_SECRET)


@pytest.fixture
def oauth_bot(slack: SlackServer, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    db = tmp_path / "multi.db"
    env = bot_env(slack, db)
    del env["SLACK_BOT_TOKEN"]
    env.update(SLACK_CLIENT_ID=CLIENT_ID, SLACK_CLIENT_SECRET=CLIENT_SECRET, SLACK_SIGNING_SECRET=SECRET)
    proc, port, _ = start_bot(env, tmp_path)
    assert port, "the bot did not start"
    try:
        yield f"http://127.0.0.1:{port}", db
    finally:
        stop(proc)


def install(slack: SlackServer, url: str, team: str) -> str:
    """What a workspace admin does: open /slack/install, approve in Slack, come back to the redirect."""
    with urllib.request.urlopen(f"{url}/slack/install", timeout=10) as page:
        body = page.read().decode()
        cookie = page.headers["Set-Cookie"].split(";")[0]
    authorize = html.unescape(re.search(r'href="(https://slack.com/oauth/v2/authorize[^"]+)"', body).group(1))
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(authorize).query)
    assert query["client_id"] == [CLIENT_ID]
    assert set(query["scope"][0].split(",")) == {
        "commands",
        "chat:write",
        "im:write",
        "im:history",
        "app_mentions:read",
        "users:read",
        "channels:read",
        "channels:join",
        "files:read",
    }
    code = slack.issue_oauth_code(team, WORKSPACES[team][2])
    redirect = f"{url}/slack/oauth_redirect?code={urllib.parse.quote(code)}&state={query['state'][0]}"
    request = urllib.request.Request(redirect, headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=10) as done:
        assert done.status == 200
        return done.read().decode()


def command(url: str, slack: SlackServer, team: str, user: str, text: str) -> dict[str, object]:
    client = AppClient(f"{url}/slack/events", SECRET)
    status, _, body = client.command(
        team_id=team,
        user_id=user,
        channel_id="CGEN",
        text=text,
        response_url=slack.new_response_url(team, "CGEN", user),
    )
    assert status == 200
    return json.loads(body) if body.startswith("{") else {"text": body}


def test_two_workspaces_install_work_apart_and_uninstall(
    slack: SlackServer, oauth_bot: tuple[str, Path]
) -> None:
    url, db = oauth_bot
    install(slack, url, "TA")
    install(slack, url, "TB")
    with sqlite3.connect(db) as conn:
        rows = dict(conn.execute("SELECT team_id, time_zone FROM workspaces").fetchall())
    assert rows == {"TA": "America/New_York", "TB": "America/New_York"}  # the installer's zone

    # Each installer is welcomed by DM, in their Slack's language, and pointed at the Home tab.
    for team, (_, _, installer) in WORKSPACES.items():
        welcomes = [m.text for m in slack.messages(channel=slack.dm_channel_id(team, installer))]
        assert welcomes == [t("install.welcome", "nl", welcome=t("home.welcome", "nl"))]
        assert "eerste MPN-partnerbeheerder" in welcomes[0]
    assert not slack.messages(channel=slack.dm_channel_id("TA", "UOTHER"))

    # The installer is the first MPN partner admin; others are not.
    # (the installer's Slack is in Dutch, so the answer is too)
    assert "*Cloud Platform* (competentie) is toegevoegd" in str(
        command(url, slack, "TA", "UALPHA", "add Cloud Platform 2021-03-10")["text"]
    )
    assert "Alleen MPN-partnerbeheerders" in str(
        command(url, slack, "TA", "UOTHER", "add Security 2021-03-10")["text"]
    )  # workspace language: the installer's
    command(url, slack, "TB", "UBETA", "add Data Analytics 2021-04-01")

    # Each workspace sees only its own offers, and each was served with its own token.
    assert "Data Analytics" not in json.dumps(command(url, slack, "TA", "UOTHER", "status"))
    assert "Cloud Platform" not in json.dumps(command(url, slack, "TB", "UOTHER", "status"))
    tokens = {(c.team_id, c.token) for c in slack.calls if c.token}
    assert tokens <= {("TA", "xoxb-TA-token"), ("TB", "xoxb-TB-token")}

    # Uninstalling TB removes its installation and records; TA is untouched.
    client = AppClient(f"{url}/slack/events", SECRET)
    status, _, _ = client.event(team_id="TB", event={"type": "app_uninstalled"})
    assert status == 200
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("SELECT team_id FROM workspaces")] == ["TA"]
        assert [r[0] for r in conn.execute("SELECT name FROM offers")] == ["Cloud Platform"]
    installations = sqlite3.connect(db.with_name("multi-installations.db"))
    assert [r[0] for r in installations.execute("SELECT DISTINCT team_id FROM slack_bots")] == ["TA"]
    installations.close()
