"""Slack's rotating tokens: the app is installed with token rotation on, so the local Slack stand-in hands
out access tokens that expire (calls with an expired one answer ``token_expired``) and a refresh token for
``oauth.v2.access`` with ``grant_type=refresh_token``. Both the requests Bolt serves and the reminder
sweep's background posts must refresh an expired token first and keep the fresh one."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.local.slack import SlackServer
from storage import Store
from tests.e2e import test_oauth
from tests.e2e.helpers import start_bot, stop
from tests.e2e.test_oauth import CLIENT_ID, CLIENT_SECRET, SECRET, command, install

pytestmark = pytest.mark.slow
INSTALL_LIFETIME = 1.0  # seconds: the token issued at install time has expired by the time it is used
REFRESHED_LIFETIME = 12 * 3600.0  # Slack's: a refreshed token is good for 12 hours


def slack_world(server: SlackServer) -> None:
    test_oauth.slack_world(server)
    server.register_oauth_app(CLIENT_ID, CLIENT_SECRET, token_lifetime=INSTALL_LIFETIME)


def oauth_env(slack: SlackServer, db: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MPN_"))}
    env.update(
        SLACK_CLIENT_ID=CLIENT_ID,
        SLACK_CLIENT_SECRET=CLIENT_SECRET,
        SLACK_SIGNING_SECRET=SECRET,
        MPN_DB=str(db),
        MPN_SLACK_API_URL=slack.base_url,
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


def installed_with_an_expired_token(slack: SlackServer, db: Path, tmp_path: Path, team: str) -> None:
    """Install ``team`` through the running bot; afterwards its stored access token has expired."""
    proc, port, out = start_bot(oauth_env(slack, db), tmp_path)
    assert port, out
    try:
        install(slack, f"http://127.0.0.1:{port}", team)
    finally:
        stop(proc)
    slack.set_token_lifetime(CLIENT_ID, REFRESHED_LIFETIME)
    time.sleep(INSTALL_LIFETIME + 0.2)


def stored_tokens(db: Path, team: str) -> list[str]:
    with sqlite3.connect(db.with_name(db.stem + "-installations.db")) as conn:
        rows = conn.execute(
            "SELECT bot_token FROM slack_bots WHERE team_id = ? ORDER BY installed_at", (team,)
        ).fetchall()
    return [r[0] for r in rows]


def refreshes(slack: SlackServer) -> int:
    return sum(1 for c in slack.calls_to("oauth.v2.access") if c.params.get("grant_type") == "refresh_token")


def test_a_request_refreshes_an_expired_rotating_token_before_it_is_used(
    slack: SlackServer, tmp_path: Path
) -> None:
    db = tmp_path / "multi.db"
    installed_with_an_expired_token(slack, db, tmp_path, "TA")
    [expired] = stored_tokens(db, "TA")
    proc, port, out = start_bot(oauth_env(slack, db), tmp_path)
    assert port, out
    try:
        url = f"http://127.0.0.1:{port}"
        reply = command(url, slack, "TA", "UALPHA", "add Cloud Platform 2021-03-10")
        assert "Cloud Platform" in str(reply["text"])
        reply = command(url, slack, "TA", "UOTHER", "status")  # another user: another users.info call
        assert "Cloud Platform" in str(reply)
    finally:
        stop(proc)
    assert refreshes(slack) == 1  # once, then the fresh token is kept and reused
    tokens = stored_tokens(db, "TA")
    assert tokens[0] == expired and tokens[-1] != expired
    used = [c for c in slack.calls if c.token and c.method != "oauth.v2.access" and c.team_id == "TA"]
    after = [c for c in used if c.token != expired]
    assert after and all(c.error is None for c in after), [(c.method, c.error) for c in used]


def test_the_reminder_sweep_refreshes_an_expired_rotating_token(slack: SlackServer, tmp_path: Path) -> None:
    db = tmp_path / "multi.db"
    installed_with_an_expired_token(slack, db, tmp_path, "TA")
    [expired] = stored_tokens(db, "TA")
    store = Store.open(db, clock=lambda: datetime(2021, 2, 23, 10, tzinfo=UTC))
    ws = store.workspace("TA")
    ws.update_settings("UALPHA", reminder_channel="CGEN", moved_to_partner_center=True)
    ws.add_offer("Security", "competency", date(2021, 3, 10), actor="UALPHA")
    store.close()
    swept = subprocess.run(
        [sys.executable, "-m", "bot.cli", "sweep"],
        env=oauth_env(
            slack, db, MPN_FAKE_NOW="2021-02-23T16:00:00+00:00"
        ),  # 11:00 in New York (the installer's)
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert swept.returncode == 0, swept.stderr
    assert "posted TA <#CGEN>" in swept.stdout, swept.stdout + swept.stderr
    assert refreshes(slack) == 1
    [post] = [m for m in slack.messages(channel="CGEN") if m.via == "api"]
    assert "Security" in post.text
    # the sweep's posts (the installer's welcome DM went out at install, with the token valid then)
    posted_with = [c.token for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == "CGEN"]
    assert posted_with and expired not in posted_with and posted_with[-1] == stored_tokens(db, "TA")[-1]
