"""An in-process harness: the real Bolt app from ``bot.app.create_app`` over a real SQLite file, driven by
properly signed Slack requests through Bolt's own dispatch, with the local Slack stand-in answering its
Web API calls. The end-to-end tests use the same pieces across a real HTTP server in a subprocess."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from slack_bolt import App, BoltRequest

from bot.app import create_app
from bot.local.slack import SlackServer, views
from bot.local.slack.signing import event_body, sign, slash_command_body
from bot.runtime.clock import SettableClock
from bot.runtime.config import Settings
from storage import Store

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TOKEN = "xoxb-T1-test-token"
TEAM = "T1"
ADMIN = "UADMIN"  # a Slack workspace admin (may grant the MPN partner admin role)
PARTNER = "UPARTNER"  # made an MPN partner admin by the fixture
MEMBER = "UMEMBER"  # an ordinary member
DUTCH = "UDUTCH"  # an ordinary member whose Slack is in Dutch
CHANNEL = "CMPN"


def world(slack: SlackServer) -> None:
    slack.add_workspace(TEAM, name="Contoso Partners", bot_token=TOKEN, time_zone="Europe/Amsterdam")
    slack.add_user(TEAM, ADMIN, name="ada", is_admin=True, tz="Europe/Amsterdam")
    slack.add_user(TEAM, PARTNER, name="pat", tz="Europe/Amsterdam")
    slack.add_user(TEAM, MEMBER, name="mo", tz="Europe/Amsterdam")
    slack.add_user(TEAM, DUTCH, name="daan", locale="nl-NL", tz="Europe/Amsterdam")
    slack.add_channel(TEAM, CHANNEL, name="mpn-renewals")
    slack.add_channel(TEAM, "COUT", name="elsewhere", bot_is_member=False)


@dataclass
class Answer:
    status: int
    body: dict[str, Any]

    @property
    def text(self) -> str:
        return str(self.body.get("text", ""))

    @property
    def blocks(self) -> list[dict[str, Any]]:
        return list(self.body.get("blocks", []))

    @property
    def everything(self) -> str:
        """The fallback text and every text in the blocks, for assertions on what a person would read."""
        return self.text + "\n" + json.dumps(self.blocks, ensure_ascii=False)


@dataclass
class Harness:
    slack: SlackServer
    store: Store
    clock: SettableClock
    app: App
    db_path: Path
    dispatched: list[str] = field(default_factory=list)
    last_errors: dict[str, str] | None = None  # a test's note of the field errors of its last submission

    def command(self, text: str, *, user: str = PARTNER, team: str = TEAM, channel: str = CHANNEL) -> Answer:
        body = slash_command_body(
            team_id=team,
            user_id=user,
            channel_id=channel,
            text=text,
            response_url=self.slack.new_response_url(team, channel, user),
        )
        response = self.dispatch(body, "application/x-www-form-urlencoded")
        parsed = json.loads(response.body) if response.body.startswith("{") else {"text": response.body}
        return Answer(response.status, parsed)

    def event(self, event: dict[str, Any], *, team: str = TEAM, retry_num: int | None = None) -> int:
        body = event_body(team_id=team, event=event)
        extra = (
            {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"} if retry_num else {}
        )
        return self.dispatch(body, "application/json", extra).status

    def dispatch(self, body: str, content_type: str, extra: dict[str, str] | None = None) -> Any:
        headers = {**sign(SECRET, body, int(time.time())), "Content-Type": content_type, **(extra or {})}
        return self.app.dispatch(BoltRequest(body=body, headers=headers))

    def open_home(self, user: str, *, team: str = TEAM) -> dict[str, Any]:
        """Open the Home tab as ``user`` and return the view the app published."""
        status = self.event(
            {"type": "app_home_opened", "user": user, "channel": "D" + user, "tab": "home"}, team=team
        )
        assert status == 200
        home = self.slack.home(team, user)
        assert home is not None
        return home

    def click(
        self,
        user: str,
        action_id: str,
        value: str | None = None,
        *,
        view: dict[str, Any] | None = None,
        trigger_id: str | None = None,
        team: str = TEAM,
    ) -> int:
        """Click the element ``action_id`` (with ``value``, when several share it) of ``view`` (default: the
        user's Home), as Slack sends it; a fresh trigger_id unless one is given."""
        shown = view if view is not None else self.slack.home(team, user)
        assert shown is not None, "nothing is shown to click in"
        for block_id, element in views.elements(shown):
            if element.get("action_id") == action_id and (value is None or element.get("value") == value):
                body = views.view_action_body(
                    team_id=team,
                    user_id=user,
                    view=shown,
                    element=element,
                    block_id=block_id,
                    trigger_id=trigger_id or self.slack.views.issue_trigger(team, user),
                )
                return int(self.dispatch(body, "application/x-www-form-urlencoded").status)
        raise AssertionError(f"no element {action_id} {value or ''} in the view")

    def modal(self, user: str, *, team: str = TEAM) -> dict[str, Any] | None:
        return self.slack.views.top(team, user)

    def submit(
        self,
        user: str,
        answers: dict[str, str | None],
        *,
        view: dict[str, Any] | None = None,
        team: str = TEAM,
    ) -> dict[str, str] | None:
        """Submit the user's open modal (or ``view``) with ``answers`` (block_id -> text, ISO date, option);
        the field errors Slack would show, or None when the app accepted it."""
        shown = view if view is not None else self.modal(user, team=team)
        assert shown is not None, "no modal is open"
        body = views.view_submission_body(
            team_id=team,
            user_id=user,
            view=shown,
            values=views.state_values(shown, answers),
            trigger_id=self.slack.views.issue_trigger(team, user),
        )
        response = self.dispatch(body, "application/x-www-form-urlencoded")
        assert response.status == 200, response.body
        if (self.modal(user, team=team) or {}).get("id") != shown.get("id"):
            return _errors(response.body)  # a copy Slack no longer shows (a double submission)
        return self.slack.views.after_submission(team, user, response.body)

    def set_today(self, iso: str, hour: int = 10) -> None:
        self.clock.set(datetime.fromisoformat(f"{iso}T{hour:02d}:00:00+00:00"))


def _errors(body: str) -> dict[str, str] | None:
    answer = json.loads(body) if body.strip().startswith("{") else {}
    return dict(answer["errors"]) if answer.get("response_action") == "errors" else None


def settings_for(slack: SlackServer, db_path: Path) -> Settings:
    return Settings(
        bot_token=TOKEN,
        signing_secret=SECRET,
        app_token=None,
        db_path=db_path,
        slack_api_url=slack.base_url,
        port=0,
    )


def make_harness(slack: SlackServer, tmp_path: Path, *, today: str = "2021-03-20") -> Harness:
    clock = SettableClock(datetime.fromisoformat(f"{today}T10:00:00+00:00"))
    db_path = tmp_path / "mpn.db"
    store = Store.open(db_path, clock=clock)
    store.install_workspace(
        TEAM, name="Contoso Partners", time_zone="Europe/Amsterdam", installer_user_id=PARTNER
    )
    app = create_app(settings_for(slack, db_path), store, clock)
    return Harness(slack=slack, store=store, clock=clock, app=app, db_path=db_path)
