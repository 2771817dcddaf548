"""The stand-in's views (``bot.local.slack.views``), driven by the real slack_sdk client: trigger_ids that
expire and work once, Slack's view limits, modal stacks, hashes, and what an app's answer to a submission
does to the stack."""

from __future__ import annotations

import json
from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.local.slack import SlackServer
from bot.local.slack import views as slack_views

TOKEN = "xoxb-views"


def slack_world(server: SlackServer) -> None:
    server.add_workspace("T1", name="Acme", bot_token=TOKEN)
    server.add_user("T1", "U1", name="ann")
    server.add_workspace("T2", name="Globex", bot_token="xoxb-other")
    server.add_user("T2", "U9", name="zed")


def modal(title: str = "Add offer", **extra: Any) -> dict[str, Any]:
    return {
        "type": "modal",
        "title": {"type": "plain_text", "text": title},
        "submit": {"type": "plain_text", "text": "Add"},
        "blocks": [
            {
                "type": "input",
                "block_id": "when",
                "label": {"type": "plain_text", "text": "When"},
                "element": {"type": "datepicker", "action_id": "when", "initial_date": "2021-03-20"},
            }
        ],
        **extra,
    }


def error_of(call: Any) -> str:
    with pytest.raises(SlackApiError) as caught:
        call()
    return str(caught.value.response["error"])


def client(slack: SlackServer, token: str = TOKEN) -> WebClient:
    return WebClient(token=token, base_url=slack.base_url)


def test_a_trigger_opens_one_modal_within_three_seconds(slack: SlackServer) -> None:
    web = client(slack)
    trigger = slack.views.issue_trigger("T1", "U1")
    opened = web.views_open(trigger_id=trigger, view=modal())["view"]
    assert slack.views.top("T1", "U1")["id"] == opened["id"]  # type: ignore[index]
    assert error_of(lambda: web.views_open(trigger_id=trigger, view=modal())) == "exchanged_trigger_id"
    old = slack.views.issue_trigger("T1", "U1", issued_at=slack._clock() - slack_views.TRIGGER_TTL - 1)
    assert error_of(lambda: web.views_open(trigger_id=old, view=modal())) == "expired_trigger_id"
    assert error_of(lambda: web.views_open(trigger_id="1.2.3", view=modal())) == "invalid_trigger_id"
    theirs = slack.views.issue_trigger("T2", "U9")  # another workspace's trigger, with this token
    assert error_of(lambda: web.views_open(trigger_id=theirs, view=modal())) == "invalid_trigger_id"


@pytest.mark.parametrize(
    "view",
    [
        modal(title="A title far longer than 24 chars"),
        {**modal(), "submit": None},  # inputs need a submit button
        modal(private_metadata="x" * 3001),
        {**modal(), "blocks": [{"type": "divider"}] * 101},
        {**modal(), "blocks": [modal()["blocks"][0]] * 2},  # a block id twice
        {**modal(), "type": "home"},
        {**modal(), "blocks": [{"type": "input", "label": {"type": "plain_text", "text": "x"}}]},
    ],
)
def test_views_breaking_slacks_limits_are_invalid_arguments(slack: SlackServer, view: dict[str, Any]) -> None:
    trigger = slack.views.issue_trigger("T1", "U1")
    view = {k: v for k, v in view.items() if v is not None}
    assert error_of(lambda: client(slack).views_open(trigger_id=trigger, view=view)) == "invalid_arguments"
    assert slack.views.top("T1", "U1") is None


def test_push_update_hash_and_the_answer_to_a_submission(slack: SlackServer) -> None:
    web = client(slack)
    first = web.views_open(trigger_id=slack.views.issue_trigger("T1", "U1"), view=modal())["view"]
    web.views_push(trigger_id=slack.views.issue_trigger("T1", "U1"), view=modal("Step 2"))
    web.views_push(trigger_id=slack.views.issue_trigger("T1", "U1"), view=modal("Step 3"))
    assert (
        error_of(lambda: web.views_push(trigger_id=slack.views.issue_trigger("T1", "U1"), view=modal("4")))
        == "push_limit_reached"
    )
    updated = web.views_update(view_id=first["id"], hash=first["hash"], view=modal("Changed"))["view"]
    assert updated["id"] == first["id"] and updated["hash"] != first["hash"]
    assert error_of(lambda: web.views_update(view_id=first["id"], hash=first["hash"], view=modal())) == (
        "hash_conflict"
    )
    assert error_of(lambda: web.views_update(view_id="V404", view=modal())) == "not_found"
    assert error_of(lambda: client(slack, "xoxb-other").views_update(view_id=first["id"], view=modal())) == (
        "not_found"  # another workspace's view
    )
    assert slack.views.after_submission(
        "T1", "U1", json.dumps({"response_action": "errors", "errors": {"when": "No"}})
    ) == {"when": "No"}
    assert len(slack.views.stack("T1", "U1")) == 3
    slack.views.after_submission("T1", "U1", "")  # an empty ack closes the top view
    assert [v["title"]["text"] for v in slack.views.stack("T1", "U1")] == ["Changed", "Step 2"]
    slack.views.after_submission("T1", "U1", json.dumps({"response_action": "clear"}))
    assert slack.views.stack("T1", "U1") == []


def test_publish_keeps_one_home_per_person_and_checks_its_hash(slack: SlackServer) -> None:
    web = client(slack)
    home = {"type": "home", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "hi"}}]}
    first = web.views_publish(user_id="U1", view=home)["view"]
    again = web.views_publish(user_id="U1", view=home, hash=first["hash"])["view"]
    assert again["id"] == first["id"] and slack.home("T1", "U1") == again
    assert error_of(lambda: web.views_publish(user_id="U1", view=home, hash=first["hash"])) == "hash_conflict"
    assert error_of(lambda: web.views_publish(user_id="U9", view=home)) == "user_not_found"
    assert (
        error_of(lambda: web.views_publish(user_id="U1", view={**home, "type": "modal"}))
        == "invalid_arguments"
    )


def test_state_values_read_typed_answers_as_slack_reports_them() -> None:
    view = {
        "blocks": [
            {
                "type": "input",
                "block_id": "d",
                "label": {},
                "element": {"type": "datepicker", "action_id": "d", "initial_date": "2021-03-20"},
            },
            {
                "type": "input",
                "block_id": "k",
                "label": {},
                "element": {
                    "type": "radio_buttons",
                    "action_id": "k",
                    "options": [
                        {"value": "competency", "text": {"type": "plain_text", "text": "competency"}},
                        {
                            "value": "advanced_specialization",
                            "text": {"type": "plain_text", "text": "advanced specialization"},
                        },
                    ],
                },
            },
            {
                "type": "input",
                "block_id": "n",
                "label": {},
                "element": {"type": "plain_text_input", "action_id": "n"},
            },
        ]
    }
    values = slack_views.state_values(view, {"k": "2", "n": "<!channel>"})
    assert values["d"]["d"] == {"type": "datepicker", "selected_date": "2021-03-20"}  # the initial date
    assert values["k"]["k"]["selected_option"]["value"] == "advanced_specialization"
    assert values["n"]["n"]["value"] == "<!channel>"
    with pytest.raises(ValueError):
        slack_views.state_values(view, {"k": "nonsense"})


def test_state_values_for_pickers_and_files() -> None:
    def block(block_id: str, kind: str, **element: Any) -> dict[str, Any]:
        return {
            "type": "input",
            "block_id": block_id,
            "label": {},
            "element": {"type": kind, "action_id": block_id, **element},
        }

    view = {
        "blocks": [
            block("admins", "multi_users_select", initial_users=["U1"]),
            block("channel", "conversations_select"),
            block("csv", "file_input"),
        ]
    }
    assert slack_views.state_values(view, {})["admins"]["admins"]["selected_users"] == ["U1"]
    values = slack_views.state_values(view, {"admins": "U1, U2", "channel": "C1", "csv": "F1"})
    assert values["admins"]["admins"]["selected_users"] == ["U1", "U2"]
    assert values["channel"]["channel"]["selected_conversation"] == "C1"
    assert values["csv"]["csv"]["files"] == [{"id": "F1"}]
