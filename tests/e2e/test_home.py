"""End to end: the App Home flow against a real ``mpn-bot run`` subprocess over signed HTTP, the local Slack
stand-in opening the modals and recording the published Homes. The bot runs on the real clock, so the
offer's anniversary is set relative to today."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.language.i18n import format_day
from bot.local.slack import AppClient, SlackServer
from bot.local.slack import views as slack_views
from bot.local.slack.signing import FORM
from bot.render import home as render
from tests.harness import ADMIN, MEMBER, SECRET, TEAM

pytestmark = pytest.mark.slow


class Person:
    """One person in front of Slack: opens the Home, clicks on it, fills and submits modals."""

    def __init__(self, client: AppClient, slack: SlackServer, user: str) -> None:
        self.client, self.slack, self.user = client, slack, user

    def home(self, predicate: Any = bool) -> dict[str, Any]:
        return self.slack.wait_for(
            lambda: (h := self.slack.home(TEAM, self.user)) is not None and predicate(h) and h, timeout=15
        )

    def open_home(self) -> dict[str, Any]:
        before = (self.slack.home(TEAM, self.user) or {}).get("hash")
        status, _, _ = self.client.event(
            team_id=TEAM, event={"type": "app_home_opened", "user": self.user, "channel": "D1", "tab": "home"}
        )
        assert status == 200
        return self.home(lambda h: h.get("hash") != before)

    def click(self, action_id: str, value: str | None = None) -> None:
        home = self.home()
        [(block_id, element)] = [
            (b, e)
            for b, e in slack_views.elements(home)
            if e["action_id"] == action_id and (value is None or e.get("value") == value)
        ]
        body = slack_views.view_action_body(
            team_id=TEAM,
            user_id=self.user,
            view=home,
            element=element,
            block_id=block_id,
            trigger_id=self.slack.views.issue_trigger(TEAM, self.user),
        )
        status, _, _ = self.client.post(body, FORM)
        assert status == 200

    def submit(self, answers: dict[str, str | None]) -> dict[str, str] | None:
        view = self.slack.views.top(TEAM, self.user)
        assert view is not None, "no modal is open"
        body = slack_views.view_submission_body(
            team_id=TEAM,
            user_id=self.user,
            view=view,
            values=slack_views.state_values(view, answers),
            trigger_id=self.slack.views.issue_trigger(TEAM, self.user),
        )
        status, _, reply = self.client.post(body, FORM)
        assert status == 200
        return self.slack.views.after_submission(TEAM, self.user, reply)


def ids(view: dict[str, Any]) -> set[str]:
    return {e["action_id"] for _, e in slack_views.elements(view)}


def test_owner_becomes_admin_adds_renews_removes_and_undoes_from_the_home(
    slack: SlackServer, running_bot: tuple[str, Path, subprocess.Popen[str]]
) -> None:
    url, _, _ = running_bot
    client = AppClient(f"{url}/slack/events", SECRET)
    owner, member = Person(client, slack, ADMIN), Person(client, slack, MEMBER)
    today = datetime.now(ZoneInfo("Europe/Amsterdam")).date()
    anniversary = today - timedelta(days=5)  # the renewal window is open

    home = owner.open_home()  # a Slack admin, in a workspace with no MPN partner admin yet
    assert render.ACTION_BECOME_ADMIN in ids(home) and render.ACTION_ADD not in ids(home)
    assert "I keep track of your MPN competencies" in json.dumps(home)
    owner.click(render.ACTION_BECOME_ADMIN)
    home = owner.home(lambda h: render.ACTION_ADD in ids(h))  # republished: now with the admin's buttons

    owner.click(render.ACTION_ADD)
    assert owner.submit({"name_pick": "Cloud Platform", "anniversary": anniversary.isoformat()}) is None
    home = owner.home(lambda h: "*Cloud Platform*" in json.dumps(h))
    [(_, renew)] = [(b, e) for b, e in slack_views.elements(home) if e["action_id"] == render.ACTION_RENEW]

    owner.click(render.ACTION_RENEW, renew["value"])
    renewed = format_day(anniversary + timedelta(days=365), "en")
    assert owner.submit({}) is None  # renewed today, the datepicker's default
    owner.home(lambda h: renewed in json.dumps(h))

    member_home = member.open_home()
    assert "*Cloud Platform*" in json.dumps(member_home)
    assert ids(member_home) == set()  # no add, edit, renew or remove element for a member

    home = owner.home()
    [(_, remove)] = [(b, e) for b, e in slack_views.elements(home) if e["action_id"] == render.ACTION_REMOVE]
    assert remove["confirm"]["confirm"]["text"] == "Remove"  # Slack asks before it sends the click
    owner.click(render.ACTION_REMOVE, remove["value"])
    home = owner.home(lambda h: render.ACTION_UNDO in ids(h))
    assert render.ACTION_REMOVE not in ids(home)
    member.home(lambda h: "*Cloud Platform*" not in json.dumps(h))  # the member's Home follows too
    owner.click(render.ACTION_UNDO)
    home = owner.home(lambda h: render.ACTION_UNDO not in ids(h) and "*Cloud Platform*" in json.dumps(h))
    assert renewed in json.dumps(home)
