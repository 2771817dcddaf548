"""Plain records for the simulated Slack: what exists (workspaces, users, channels) and what happened.

Why a separate module: the HTTP layer, the tests and the local console all read these records; keeping them
free of server code lets each import them without starting anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal


class ApiError(Exception):
    """A Web API failure, answered the way Slack answers it.

    Slack reports almost every failure as HTTP 200 with ``{"ok": false, "error": code}``; only rate limits
    (429 + ``Retry-After``) and infrastructure faults use another status, so ``status`` defaults to 200.
    """

    def __init__(self, error: str, *, status: int = 200, headers: dict[str, str] | None = None) -> None:
        super().__init__(error)
        self.error = error
        self.status = status
        self.headers: dict[str, str] = dict(headers or {})


@dataclass(frozen=True)
class User:
    """A workspace member as ``users.info`` describes one (locale and time zone drive the bot's replies)."""

    team_id: str
    id: str
    name: str
    locale: str = "en-US"
    tz: str = "Europe/Amsterdam"
    is_admin: bool = False
    is_owner: bool = False
    is_bot: bool = False
    real_name: str = ""
    deleted: bool = False


@dataclass
class Channel:
    """A conversation. ``is_im`` channels are the bot's DMs, opened by ``conversations.open``."""

    team_id: str
    id: str
    name: str
    bot_is_member: bool = True
    archived: bool = False
    is_im: bool = False
    user: str | None = None
    created: int = 0
    is_private: bool = False


@dataclass
class Workspace:
    """One installed workspace: its bot identity and everything scoped to it.

    Every lookup goes through the workspace that owns the token, so a token from one workspace can never
    see another workspace's channels or users, as on real Slack.
    """

    team_id: str
    name: str
    bot_token: str
    bot_user_id: str = "U0BOT"
    bot_id: str = "B0BOT"
    app_id: str = "A0MPNBOT"
    enterprise_id: str | None = None
    time_zone: str = "Europe/Amsterdam"
    domain: str = ""
    users: dict[str, User] = field(default_factory=dict)
    channels: dict[str, Channel] = field(default_factory=dict)


@dataclass(frozen=True)
class Call:
    """One Web API request as the server saw it.

    ``team_id`` is None when the token did not resolve to a workspace; ``status``/``error`` record how it
    was answered so tests can assert "the first try got 429, the retry succeeded" without timing anything.
    """

    method: str
    params: dict[str, Any]
    team_id: str | None
    token: str | None
    at: float
    status: int = 200
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when Slack would have answered ``"ok": true``."""
        return self.status == 200 and self.error is None


Via = Literal["api", "response_url"]


@dataclass(frozen=True)
class Message:
    """A message as it stands in a channel (after any ``chat.update`` or ``replace_original``).

    ``ephemeral_to`` names the only user who can see it; ``via`` tells whether the app used the Web API or
    a response_url, which matters because response_url replies work even where the bot is not a member.
    """

    team_id: str
    channel: str
    ts: str
    text: str
    blocks: list[dict[str, Any]] | None
    user: str
    ephemeral_to: str | None = None
    metadata: dict[str, Any] | None = None
    thread_ts: str | None = None
    via: Via = "api"
    edited: bool = False

    def visible_to(self, user_id: str) -> bool:
        """Whether ``user_id`` would see this message in the channel."""
        return self.ephemeral_to is None or self.ephemeral_to == user_id


@dataclass
class ResponseHook:
    """A response_url handed out for one interaction: bound to a workspace, channel and user.

    ``original_ts`` is the message that ``replace_original``/``delete_original`` act on: the message that
    carried the clicked button, or the last message posted through this URL.
    """

    id: str
    team_id: str
    channel_id: str
    user_id: str
    created: float
    uses: int = 0
    original_ts: str | None = None


@dataclass
class Fault:
    """One injected failure mode, consumed by the next ``remaining`` calls of a method."""

    status: int | None = None
    error: str | None = None
    delay: float | None = None
    retry_after: int = 1
    remaining: int = 1
    land: bool = False  # process the call as usual first, then answer the fault (accept-then-500)
    reset: bool = False  # process the call as usual, then drop the connection unanswered (accept-then-reset)
    match: dict[str, str] | None = None  # only calls whose arguments include these (e.g. one DM channel)

    def applies_to(self, params: dict[str, Any]) -> bool:
        return not self.match or all(str(params.get(k)) == v for k, v in self.match.items())
