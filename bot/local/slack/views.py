"""The stand-in's surfaces: ``views.open``, ``views.push``, ``views.update``, ``views.publish``, and what Slack
sends the app when a person clicks in a view or submits a modal.

Why it behaves as it does (https://api.slack.com/surfaces/modals, https://api.slack.com/methods/views.open):

- A ``trigger_id`` is issued by Slack with each interaction, is valid for about 3 seconds and can be
  exchanged once: ``expired_trigger_id`` after that, ``exchanged_trigger_id`` the second time,
  ``invalid_trigger_id`` for one Slack never issued (or issued in another workspace). So a driver (a test,
  the console) asks ``issue_trigger`` for the trigger of the click it is about to send.
- A view that breaks Slack's limits is refused with ``invalid_arguments`` (a modal's title of at most 24
  characters, at most 100 blocks, ``private_metadata`` of at most 3,000 characters, a submit button when
  there are inputs, unique block ids, labelled inputs).
- A modal stack holds at most 3 views (``push_limit_reached``); ``views.update`` with a ``hash`` that is no
  longer the view's refuses with ``hash_conflict``; an unknown view id is ``not_found``.
- What the app answers to a ``view_submission`` decides what Slack does next (``after_submission``):
  ``errors`` keeps the modal open with the messages, ``update``/``push`` change the stack, ``clear`` closes
  it all, an empty answer closes the top view.

Standard library only, like the rest of the stand-in.
"""

from __future__ import annotations

import itertools
import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import urlencode

from bot.local.slack.models import ApiError, Workspace
from bot.local.slack.signing import VERIFICATION_TOKEN


class Host(Protocol):
    """What the views need of the server they run in (``SlackServer``): its clock, its one lock and the
    condition tests wait on, its view ids, the Home tabs it records, and its workspaces."""

    _clock: Callable[[], float]
    _lock: Any
    _changed: Any
    _view_ids: Any
    _homes: dict[tuple[str, str], dict[str, Any]]

    def _workspace(self, team_id: str) -> Workspace: ...


TRIGGER_TTL = 3.0  # seconds a trigger_id can be exchanged
MAX_STACK = 3  # views in a modal stack
MAX_VIEW_BLOCKS = 100
TITLE_LIMIT = 24
METADATA_LIMIT = 3000
ID_LIMIT = 255
LABEL_LIMIT = 2000
SECTION_LIMIT = 3000
ACTIONS_LIMIT = 25
_INPUT_ELEMENTS = frozenset(
    {
        "plain_text_input",
        "datepicker",
        "static_select",
        "external_select",
        "users_select",
        "multi_users_select",
        "conversations_select",
        "multi_conversations_select",
        "channels_select",
        "multi_static_select",
        "radio_buttons",
        "checkboxes",
        "file_input",
        "timepicker",
        "number_input",
        "email_text_input",
        "url_text_input",
    }
)

Handler = Callable[[Workspace, dict[str, Any]], dict[str, Any]]
_counter = itertools.count(1)


@dataclass(frozen=True)
class Trigger:
    team_id: str
    user_id: str
    issued_at: float


def _plain(obj: Any, limit: int, *, required: bool) -> bool:
    if obj is None:
        return not required
    return (
        isinstance(obj, dict)
        and obj.get("type") == "plain_text"
        and isinstance(obj.get("text"), str)
        and 0 < len(obj["text"]) <= limit
    )


def validate_view(view: Any, kind: str) -> dict[str, Any]:
    """The view if Slack would take it as a ``kind`` view, else ``invalid_arguments``."""
    if not isinstance(view, dict) or view.get("type") != kind:
        raise ApiError("invalid_arguments")
    blocks = view.get("blocks")
    if not isinstance(blocks, list) or len(blocks) > MAX_VIEW_BLOCKS:
        raise ApiError("invalid_arguments")
    for key in ("callback_id", "external_id"):
        if key in view and (not isinstance(view[key], str) or len(view[key]) > ID_LIMIT):
            raise ApiError("invalid_arguments")
    if len(str(view.get("private_metadata") or "")) > METADATA_LIMIT:
        raise ApiError("invalid_arguments")
    has_input = False
    seen: set[str] = set()
    for block in blocks:
        if not isinstance(block, dict) or not isinstance(block.get("type"), str):
            raise ApiError("invalid_arguments")
        block_id = block.get("block_id")
        if block_id is not None:
            if not isinstance(block_id, str) or len(block_id) > ID_LIMIT or block_id in seen:
                raise ApiError("invalid_arguments")
            seen.add(block_id)
        if block["type"] == "input":
            has_input = True
            element = block.get("element")
            if (
                not _plain(block.get("label"), LABEL_LIMIT, required=True)
                or not isinstance(element, dict)
                or element.get("type") not in _INPUT_ELEMENTS
            ):
                raise ApiError("invalid_arguments")
        elif block["type"] == "section":
            text = (block.get("text") or {}).get("text", "")
            if len(text) > SECTION_LIMIT:
                raise ApiError("invalid_arguments")
        elif block["type"] == "actions" and len(block.get("elements") or []) > ACTIONS_LIMIT:
            raise ApiError("invalid_arguments")
    if kind == "modal":
        if not _plain(view.get("title"), TITLE_LIMIT, required=True):
            raise ApiError("invalid_arguments")
        for key in ("submit", "close"):
            if not _plain(view.get(key), TITLE_LIMIT, required=False):
                raise ApiError("invalid_arguments")
        if has_input and view.get("submit") is None:
            raise ApiError("invalid_arguments")
    return view


class Views:
    """Open modal stacks per person, and the trigger_ids handed out. Runs under the server's lock."""

    def __init__(self, server: Host) -> None:
        self._server = server
        self._triggers: dict[str, Trigger] = {}
        self._exchanged: set[str] = set()
        self._stacks: dict[tuple[str, str], list[dict[str, Any]]] = {}

    def methods(self) -> dict[str, Handler]:
        return {
            "views.open": self._open,
            "views.push": self._push,
            "views.update": self._update,
            "views.publish": self._publish,
        }

    # ------------------------------------------------------------------ the record

    def issue_trigger(self, team_id: str, user_id: str, *, issued_at: float | None = None) -> str:
        """The trigger_id Slack sends with a click of ``user_id``; ``issued_at`` (default now) lets a test
        send one that is already too old."""
        when = self._server._clock() if issued_at is None else issued_at
        trigger = f"{int(when * 1000)}.{next(_counter)}.{secrets.token_hex(16)}"
        with self._server._lock:
            self._triggers[trigger] = Trigger(team_id, user_id, when)
        return trigger

    def stack(self, team_id: str, user_id: str) -> list[dict[str, Any]]:
        """The modals open for a person, bottom first (a copy)."""
        with self._server._lock:
            return [json.loads(json.dumps(v)) for v in self._stacks.get((team_id, user_id), [])]

    def top(self, team_id: str, user_id: str) -> dict[str, Any] | None:
        stack = self.stack(team_id, user_id)
        return stack[-1] if stack else None

    def close_all(self, team_id: str, user_id: str) -> None:
        """The person closed the modal (the X or Cancel)."""
        with self._server._lock:
            self._stacks.pop((team_id, user_id), None)

    def reset(self) -> None:
        with self._server._lock:
            self._triggers.clear()
            self._exchanged.clear()
            self._stacks.clear()

    def after_submission(self, team_id: str, user_id: str, body: str) -> dict[str, str] | None:
        """What Slack does with the app's answer to a ``view_submission``: the field errors it shows (the
        modal stays open), or None once the stack changed as the answer said."""
        answer = json.loads(body) if body.strip().startswith("{") else {}
        action = answer.get("response_action")
        with self._server._lock:
            stack = self._stacks.get((team_id, user_id), [])
            if action == "errors":
                errors = answer.get("errors")
                if not isinstance(errors, dict) or not errors:
                    raise ApiError("invalid_arguments")
                return {str(k): str(v) for k, v in errors.items()}
            if action == "update" and stack:
                stack[-1] = self._stored(
                    self._server._workspace(team_id),
                    validate_view(answer.get("view"), "modal"),
                    keep=stack[-1],
                )
            elif action == "push" and stack:
                stack.append(
                    self._stored(self._server._workspace(team_id), validate_view(answer.get("view"), "modal"))
                )
            elif action == "clear":
                stack.clear()
            elif stack:
                stack.pop()
            if not stack:
                self._stacks.pop((team_id, user_id), None)
            self._server._changed.notify_all()
        return None

    # ------------------------------------------------------------------ the methods

    def _exchange(self, ws: Workspace, params: dict[str, Any]) -> Trigger:
        trigger_id = str(params.get("trigger_id") or "")
        if not trigger_id:
            raise ApiError("invalid_arguments")
        trigger = self._triggers.get(trigger_id)
        if trigger is None or trigger.team_id != ws.team_id:
            raise ApiError("invalid_trigger_id")
        if trigger_id in self._exchanged:
            raise ApiError("exchanged_trigger_id")
        if self._server._clock() - trigger.issued_at > TRIGGER_TTL:
            raise ApiError("expired_trigger_id")
        self._exchanged.add(trigger_id)
        return trigger

    def _view_param(self, params: dict[str, Any]) -> Any:
        raw = params.get("view")
        if isinstance(raw, str):
            try:
                return json.loads(raw)
            except json.JSONDecodeError:
                raise ApiError("invalid_arguments") from None
        return raw

    def _stored(
        self, ws: Workspace, view: dict[str, Any], keep: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        view_id = keep["id"] if keep else f"V{next(self._server._view_ids):08d}"
        values: dict[str, Any] = {}
        return {
            **view,
            "id": view_id,
            "team_id": ws.team_id,
            "app_id": ws.app_id,
            "bot_id": ws.bot_id,
            "hash": f"{int(time.time())}.{secrets.token_hex(8)}",
            "state": {"values": values},
            "private_metadata": view.get("private_metadata", ""),
            "callback_id": view.get("callback_id", ""),
            "root_view_id": (keep or {}).get("root_view_id", view_id),
        }

    def _open(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        view = validate_view(self._view_param(params), "modal")
        trigger = self._exchange(ws, params)
        stored = self._stored(ws, view)
        self._stacks[(ws.team_id, trigger.user_id)] = [stored]
        self._server._changed.notify_all()
        return {"view": stored}

    def _push(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        view = validate_view(self._view_param(params), "modal")
        trigger = self._exchange(ws, params)
        stack = self._stacks.get((ws.team_id, trigger.user_id))
        if not stack:
            raise ApiError("not_found")
        if len(stack) >= MAX_STACK:
            raise ApiError("push_limit_reached")
        stored = {
            **self._stored(ws, view),
            "root_view_id": stack[0]["id"],
            "previous_view_id": stack[-1]["id"],
        }
        stack.append(stored)
        self._server._changed.notify_all()
        return {"view": stored}

    def _find(self, ws: Workspace, params: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
        view_id, external_id = params.get("view_id"), params.get("external_id")
        if not view_id and not external_id:
            raise ApiError("invalid_arguments")
        for (team, _), stack in self._stacks.items():
            if team != ws.team_id:
                continue
            for index, view in enumerate(stack):
                if (view_id and view["id"] == view_id) or (
                    external_id and view.get("external_id") == external_id
                ):
                    return stack, index
        raise ApiError("not_found")

    def _update(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        """Modals only here; a Home tab is replaced with ``views.publish``."""
        stack, index = self._find(ws, params)
        current = stack[index]
        if params.get("hash") and params["hash"] != current["hash"]:
            raise ApiError("hash_conflict")
        view = validate_view(self._view_param(params), "modal")
        stack[index] = self._stored(ws, view, keep=current)
        self._server._changed.notify_all()
        return {"view": stack[index]}

    def _publish(self, ws: Workspace, params: dict[str, Any]) -> dict[str, Any]:
        """https://api.slack.com/methods/views.publish: records the user's App Home."""
        user_id = str(params.get("user_id") or "")
        if user_id not in ws.users:
            raise ApiError("user_not_found")
        view = validate_view(self._view_param(params), "home")
        current = self._server._homes.get((ws.team_id, user_id))
        if params.get("hash") and current is not None and params["hash"] != current["hash"]:
            raise ApiError("hash_conflict")
        stored = self._stored(ws, view, keep=current)
        self._server._homes[(ws.team_id, user_id)] = stored
        self._server._changed.notify_all()
        return {"view": stored}


# ---------------------------------------------------------------------- what Slack sends the app


# element type -> (the state key Slack reports, the element's initial-value key, whether it holds a list)
_SELECTIONS: dict[str, tuple[str, str, bool]] = {
    "users_select": ("selected_user", "initial_user", False),
    "multi_users_select": ("selected_users", "initial_users", True),
    "conversations_select": ("selected_conversation", "initial_conversation", False),
    "multi_conversations_select": ("selected_conversations", "initial_conversations", True),
    "channels_select": ("selected_channel", "initial_channel", False),
    "multi_channels_select": ("selected_channels", "initial_channels", True),
    "timepicker": ("selected_time", "initial_time", False),
}
_OPTION_ELEMENTS = frozenset({"static_select", "radio_buttons", "external_select"})
_OPTIONS_ELEMENTS = frozenset({"checkboxes", "multi_static_select", "multi_external_select"})


def _initial(element: dict[str, Any]) -> dict[str, Any]:
    """An input's state before the person touched it: its initial value, as Slack reports it."""
    kind = str(element.get("type"))
    if kind == "datepicker":
        return {"type": kind, "selected_date": element.get("initial_date")}
    if kind in _OPTION_ELEMENTS:
        return {"type": kind, "selected_option": element.get("initial_option")}
    if kind in _OPTIONS_ELEMENTS:
        return {"type": kind, "selected_options": list(element.get("initial_options") or [])}
    if kind in _SELECTIONS:
        key, initial, many = _SELECTIONS[kind]
        return {"type": kind, key: element.get(initial, [] if many else None)}
    if kind == "file_input":
        return {"type": kind, "files": []}
    return {"type": kind, "value": element.get("initial_value")}


def options_of(element: dict[str, Any]) -> list[dict[str, Any]]:
    options = list(element.get("options") or [])
    for group in element.get("option_groups") or []:
        options += group.get("options") or []
    return options


def choose(element: dict[str, Any], answer: str) -> dict[str, Any] | None:
    """The option a person means by ``answer``: its number (1-based), its value or its text."""
    options = options_of(element)
    wanted = answer.strip().casefold()
    if wanted.isdigit() and 1 <= int(wanted) <= len(options):
        return options[int(wanted) - 1]
    for option in options:
        if wanted in (
            str(option.get("value", "")).casefold(),
            str((option.get("text") or {}).get("text", "")).casefold(),
        ):
            return option
    return None


def state_values(view: dict[str, Any], answers: dict[str, str | None]) -> dict[str, Any]:
    """``view.state.values`` of a submission: each input's initial state, with ``answers`` (block_id ->
    what the person entered: text, an ISO date, an option's number/value/text (several separated by
    commas for checkboxes and multi-selects), user/channel ids (comma-separated for a multi-select), file
    ids for a ``file_input``, or None for "cleared")."""
    values: dict[str, Any] = {}
    for block in view.get("blocks") or []:
        if block.get("type") != "input":
            continue
        element = block["element"]
        state = _initial(element)
        block_id = block.get("block_id", "")
        if block_id in answers:
            answer = answers[block_id]
            kind = element.get("type")
            parts = [p.strip() for p in (answer or "").split(",") if p.strip()]
            if kind == "datepicker":
                state["selected_date"] = answer
            elif kind in _OPTION_ELEMENTS:
                state["selected_option"] = None if answer is None else choose(element, answer)
                if answer is not None and state["selected_option"] is None:
                    raise ValueError(f"no option {answer!r} in {block_id}")
            elif kind in _OPTIONS_ELEMENTS:
                chosen = [choose(element, p) for p in parts]
                if None in chosen:
                    raise ValueError(f"no option {answer!r} in {block_id}")
                state["selected_options"] = chosen
            elif kind in _SELECTIONS:
                key, _, many = _SELECTIONS[str(kind)]
                state[key] = parts if many else (parts[0] if parts else None)
            elif kind == "file_input":
                state["files"] = [{"id": p} for p in parts]
            else:
                state["value"] = answer
        values[block_id] = {element.get("action_id", ""): state}
    return values


def view_submission_body(
    *,
    team_id: str,
    user_id: str,
    view: dict[str, Any],
    values: dict[str, Any],
    trigger_id: str,
    api_app_id: str = "A0MPNBOT",
) -> str:
    """A ``view_submission`` as Slack sends it (``payload=<json>``)."""
    payload = {
        "type": "view_submission",
        "team": {"id": team_id, "domain": "example"},
        "user": {"id": user_id, "username": user_id.lower(), "name": user_id.lower(), "team_id": team_id},
        "api_app_id": api_app_id,
        "token": VERIFICATION_TOKEN,
        "trigger_id": trigger_id,
        "view": {**view, "state": {"values": values}},
        "response_urls": [],
        "is_enterprise_install": False,
        "enterprise": None,
    }
    return urlencode({"payload": json.dumps(payload)})


def view_action_body(
    *,
    team_id: str,
    user_id: str,
    view: dict[str, Any],
    element: dict[str, Any],
    block_id: str,
    trigger_id: str,
    selected_option: dict[str, Any] | None = None,
    api_app_id: str = "A0MPNBOT",
) -> str:
    """A ``block_actions`` from a view (a Home tab or a modal): a ``view`` container, no response_url."""
    action: dict[str, Any] = {
        "action_id": element.get("action_id", ""),
        "block_id": block_id,
        "type": element.get("type", "button"),
        "action_ts": f"{time.time():.6f}",
    }
    if element.get("type") == "overflow" or selected_option is not None:
        action["selected_option"] = selected_option
    else:
        action["value"] = element.get("value", "")
        action["text"] = element.get("text")
    payload = {
        "type": "block_actions",
        "user": {"id": user_id, "username": user_id.lower(), "name": user_id.lower(), "team_id": team_id},
        "api_app_id": api_app_id,
        "token": VERIFICATION_TOKEN,
        "container": {"type": "view", "view_id": view.get("id", "")},
        "trigger_id": trigger_id,
        "team": {"id": team_id, "domain": "example"},
        "enterprise": None,
        "is_enterprise_install": False,
        "view": view,
        "actions": [action],
    }
    return urlencode({"payload": json.dumps(payload)})


def elements(view: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every clickable element of a view with its block id, in reading order (buttons, overflow menus)."""
    found: list[tuple[str, dict[str, Any]]] = []
    for block in view.get("blocks") or []:
        block_id = str(block.get("block_id", ""))
        accessory = block.get("accessory")
        if isinstance(accessory, dict) and accessory.get("type") in ("button", "overflow"):
            found.append((block_id, accessory))
        if block.get("type") == "actions":
            found += [
                (block_id, e) for e in block.get("elements") or [] if e.get("type") in ("button", "overflow")
            ]
    return found
