"""Driving the Home's admin modals as Slack does: a Home button click (``block_actions`` from the Home view,
with a trigger_id and no response_url), then ``view_submission`` of the view the app opened, with the
values a person entered, signed and dispatched to the real Bolt app (``tests.harness``)."""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import urlencode

from slack_sdk.models.views import View

from bot.local.slack.signing import DEFAULT_APP_ID, VERIFICATION_TOKEN
from bot.local.slack.views import view_submission_body
from tests.harness import PARTNER, TEAM, Harness


def trigger_id(bot: Harness, user: str = PARTNER, *, team: str = TEAM, age_seconds: float = 0.0) -> str:
    """The trigger_id Slack sends with a click (``age_seconds`` makes it that old)."""
    return bot.slack.views.issue_trigger(team, user, issued_at=time.time() - age_seconds)


def top(bot: Harness, user: str = PARTNER, team: str = TEAM) -> dict[str, Any]:
    """The modal ``user`` sees now."""
    view = bot.slack.views.top(team, user)
    assert view is not None, "no modal is open"
    return dict(view)


def home_click_body(
    action_id: str, trigger: str, *, user: str = PARTNER, team: str = TEAM, value: str = ""
) -> str:
    """A click on a Home button as Slack posts it: container ``view``, the Home view, a trigger_id, no
    response_url."""
    payload = {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": team},
        "api_app_id": DEFAULT_APP_ID,
        "token": VERIFICATION_TOKEN,
        "container": {"type": "view", "view_id": "VHOME"},
        "trigger_id": trigger,
        "team": {"id": team, "domain": "example"},
        "is_enterprise_install": False,
        "view": {
            "id": "VHOME",
            "type": "home",
            "team_id": team,
            "hash": "h",
            "private_metadata": "",
            "state": {"values": {}},
        },
        "actions": [
            {
                "action_id": action_id,
                "block_id": "home-admin",
                "type": "button",
                "value": value,
                "action_ts": f"{time.time():.6f}",
                "text": {"type": "plain_text", "text": action_id},
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)})


def home_click(
    bot: Harness,
    action_id: str,
    *,
    user: str = PARTNER,
    team: str = TEAM,
    trigger: str | None = None,
    value: str = "",
) -> int:
    body = home_click_body(
        action_id, trigger or trigger_id(bot, user, team=team), user=user, team=team, value=value
    )
    return bot.dispatch(body, "application/x-www-form-urlencoded").status


def modal_click(
    bot: Harness, view: dict[str, Any], action_id: str, value: str, *, user: str = PARTNER, team: str = TEAM
) -> int:
    """A click on a button inside an open modal (``view`` as the stand-in holds it)."""
    payload = {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": team},
        "api_app_id": DEFAULT_APP_ID,
        "token": VERIFICATION_TOKEN,
        "container": {"type": "view", "view_id": view["id"]},
        "trigger_id": trigger_id(bot, user, team=team),
        "team": {"id": team, "domain": "example"},
        "is_enterprise_install": False,
        "view": view,
        "actions": [
            {"action_id": action_id, "block_id": "b", "type": "button", "value": value, "action_ts": "1.0"}
        ],
    }
    return bot.dispatch(
        urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded"
    ).status


def submission_body(
    view: dict[str, Any], values: dict[str, Any], trigger: str, *, user: str = PARTNER, team: str = TEAM
) -> str:
    """A ``view_submission`` of ``view`` with ``values`` (``{block_id: element state}``), as Slack posts it
    (the stand-in's one builder, ``bot.local.slack.views.view_submission_body``)."""
    return view_submission_body(
        team_id=team,
        user_id=user,
        view=view,
        values={block: {"value": state} for block, state in values.items()},
        trigger_id=trigger,
        api_app_id=DEFAULT_APP_ID,
    )


def submit(
    bot: Harness, view: dict[str, Any], values: dict[str, Any], *, user: str = PARTNER, team: str = TEAM
) -> dict[str, Any]:
    """Submit ``view``; the app's acknowledgement as a dict (``{}`` for a plain ack, which closes it)."""
    body = submission_body(view, values, trigger_id(bot, user, team=team), user=user, team=team)
    response = bot.dispatch(body, "application/x-www-form-urlencoded")
    assert response.status == 200, response.body
    return json.loads(response.body) if response.body else {}


def opened(bot: Harness, user: str = PARTNER) -> dict[str, Any]:
    """The modal the last ``views.open`` opened for ``user``, as the stand-in holds it (with id and hash)."""
    assert any(c.ok for c in bot.slack.calls_to("views.open")), "no modal was opened"
    return top(bot, user)


def check_view(view: dict[str, Any]) -> None:
    """A view Slack would accept: slack_sdk's models parse it and its validators pass (title, buttons,
    100 blocks, private_metadata), and every select holds at most 100 options per list or group."""
    parsed = View(
        **{k: v for k, v in view.items() if k not in ("id", "team_id", "app_id", "bot_id", "hash", "state")}
    )
    parsed.validate_json()
    assert len(view["blocks"]) <= 100
    for block in view["blocks"]:
        element = block.get("element") or {}
        assert len(element.get("options", [])) <= 100
        assert len(element.get("option_groups", [])) <= 100
        for group in element.get("option_groups", []):
            assert 0 < len(group["options"]) <= 100
        for text in _texts(block):
            assert len(text) <= 3000


def _texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["text"]] if isinstance(node.get("text"), str) else []
        return found + [t for v in node.values() for t in _texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v)]
    return []


def everything(view: dict[str, Any]) -> str:
    return json.dumps(view.get("blocks", []), ensure_ascii=False)
