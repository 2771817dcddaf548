"""End to end: the Import CSV modal against ``mpn-bot run`` in HTTP mode. The click, the upload and the
confirmation are real signed HTTP requests; the bot's ``views.open``, ``files.info`` and the download of
``url_private`` (with its bot token) go to the local Slack stand-in in this process."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest

from bot.listeners.workspace_views import ACTION_IMPORT
from bot.local.slack import AppClient, SlackServer
from bot.local.slack.signing import FORM
from tests.harness import ADMIN, CHANNEL, PARTNER, SECRET, TEAM
from tests.slack.modals import home_click_body, submission_body

pytestmark = pytest.mark.slow

DUTCH_EXCEL = "Naam;Soort;Jubileumdatum\r\nCloud Platform;competentie;10-3-2021\r\n".encode("cp1252")


def test_import_csv_through_the_modal(
    running_bot: tuple[str, Path, subprocess.Popen[str]], slack: SlackServer
) -> None:
    url, db, _ = running_bot
    client = AppClient(f"{url}/slack/events", SECRET)
    status, _, _ = client.command(
        team_id=TEAM,
        user_id=ADMIN,
        channel_id=CHANNEL,
        text=f"admins add <@{PARTNER}>",
        response_url=slack.new_response_url(TEAM, CHANNEL, ADMIN),
    )
    assert status == 200
    views = slack.views
    status, _, _ = client.post(home_click_body(ACTION_IMPORT, views.issue_trigger(TEAM, PARTNER)), FORM)
    assert status == 200
    upload_view = views.top(TEAM, PARTNER)
    assert upload_view is not None and upload_view["title"]["text"] == "Import CSV"
    file = slack.files.upload(TEAM, PARTNER, "aanbiedingen.csv", DUTCH_EXCEL)
    values = {
        "file": {"type": "file_input", "files": [file]},
        "mode": {"type": "radio_buttons", "selected_option": {"value": "add"}},
    }
    status, _, body = client.post(
        submission_body(upload_view, values, views.issue_trigger(TEAM, PARTNER)), FORM
    )
    answer = json.loads(body)
    assert status == 200 and answer["response_action"] == "update"
    assert "Cloud Platform" in json.dumps(answer["view"]) and slack.files.downloads == [(file["id"], 200)]
    preview = {**answer["view"], "id": upload_view["id"]}
    status, _, body = client.post(submission_body(preview, {}, views.issue_trigger(TEAM, PARTNER)), FORM)
    assert status == 200 and "1 added" in body
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT name, anniversary FROM offers WHERE team_id = ?", [TEAM]).fetchall()
        actors = conn.execute("SELECT actor FROM audit_log WHERE action = 'offer_import'").fetchall()
    assert rows == [("Cloud Platform", "2021-03-10")] and actors == [(PARTNER,)]
