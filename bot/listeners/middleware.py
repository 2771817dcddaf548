"""What every request needs, written once as Bolt middleware.

- ``attach_conversation`` (global): for every request a person makes (a command, a button, a view, a DM, a
  Home visit) it finds the workspace, the person, their language and their local day, and puts that
  ``Conversation`` in ``context["conversation"]``. Lifecycle events (``app_uninstalled``,
  ``tokens_revoked``) and channel chatter get none: loading one would register the workspace again.
- ``parse_command`` (listener, ``/mpn``): the registry's grammar turns the text into a typed request first,
  so a request that cannot be read never reaches a handler.
- ``require_partner_admin`` (listener): the one check behind every change. The seed's "Appropriate roles:
  MPN partner admin": only they change records. For ``/mpn`` the parsed request says whether it changes
  anything (``/mpn channel`` shows, ``/mpn channel #x`` changes); buttons and views that use it always do.

A refusal raised here or in a listener is turned into a reply by ``bot.listeners.errors``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import BoltContext, BoltRequest, BoltResponse
from slack_bolt.middleware import Middleware
from slack_sdk import WebClient

from bot.core.deps import Deps
from bot.slash.registry import parse

log = logging.getLogger(__name__)
CONVERSATION = "conversation"
REQUEST = "mpn_request"

_INTERACTIONS = frozenset({"block_actions", "view_submission", "view_closed", "block_suggestion"})


def _a_persons_new_message(event: dict[str, Any]) -> bool:
    """Not an edit, a deletion or a bot's post: something a person just wrote."""
    return not event.get("subtype") and not event.get("bot_id") and bool(event.get("user"))


def is_question_for_us(event: dict[str, Any]) -> bool:
    """A person's new message in the bot's DM: not an edit, a deletion, a bot's post or a channel message."""
    return event.get("channel_type") == "im" and _a_persons_new_message(event)


def is_mention_for_us(event: dict[str, Any]) -> bool:
    """A person's new message in a channel that mentions the bot (``app_mention``): not a bot's post or an
    edit (Slack sends no ``app_mention`` for an edit, but a bot may mention us)."""
    return event.get("type") == "app_mention" and _a_persons_new_message(event)


def thread_of(event: dict[str, Any]) -> str:
    """The thread a mention's answer goes in: the thread it was typed in, or a new one under it."""
    return str(event.get("thread_ts") or event.get("ts") or "")


def tell_the_asker(client: WebClient, event: dict[str, Any], message: dict[str, Any]) -> None:
    """A reply to a mention that only its asker sees (a confirmation's buttons, a refusal), in its thread."""
    client.chat_postEphemeral(
        channel=event["channel"], user=event["user"], thread_ts=thread_of(event), **message
    )


def asker(body: dict[str, Any]) -> str | None:
    """The user a request comes from, for the requests that are someone asking something; else None."""
    if "command" in body:
        return body.get("user_id")
    if body.get("type") in _INTERACTIONS:
        return (body.get("user") or {}).get("id")
    event = body.get("event") or {}
    if body.get("type") == "event_callback" and (
        event.get("type") == "app_home_opened"
        or (event.get("type") == "message" and is_question_for_us(event))
        or is_mention_for_us(event)
    ):
        return event.get("user")
    return None


def team_of(body: dict[str, Any], context: BoltContext) -> str:
    """The workspace: Bolt's (from the authorised installation), else what the payload names."""
    return (
        context.team_id
        or body.get("team_id")
        or (body.get("team") or {}).get("id")
        or (body.get("user") or {}).get("team_id")
        or ""
    )


class _Middleware(Middleware):
    """Bolt middleware as a ``process(req, resp, next)`` method rather than a function: Bolt calls a
    function middleware through its argument injection (``build_required_kwargs``, which inspects the
    request and builds a dozen arguments) on every request; these four run on every ``/mpn``, so they read
    ``req.body`` and ``req.context`` themselves. A subclass answers with ``None`` once it called ``next``."""


class _OnlyTheTokensTeam(_Middleware):
    """A request is served only for the workspace its token belongs to.

    With one bot token, Bolt authorises every request with that token whatever ``team_id`` the payload
    names; answering would read or register another workspace with this one's token. OAuth looks the token
    up by the payload's team, so the two always agree there; an Enterprise Grid org-wide install is left
    to Bolt (its token serves every team of the org).
    """

    def process(
        self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]
    ) -> BoltResponse | None:
        context = req.context
        result = context.authorize_result
        asked = context.team_id
        if (
            result is not None
            and result.team_id
            and asked
            and asked != result.team_id
            and not context.is_enterprise_install
        ):
            log.warning("refused a request for team %s: this token belongs to team %s", asked, result.team_id)
            return BoltResponse(status=403, body="")
        next()
        return None


only_the_tokens_team = _OnlyTheTokensTeam()


class _AttachConversation(_Middleware):
    def __init__(self, deps: Deps) -> None:
        self._deps = deps

    def process(
        self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]
    ) -> BoltResponse | None:
        body, context = req.body, req.context
        user_id = asker(body)
        if user_id:
            client = context.client
            assert client is not None  # Bolt puts the (authorised) client in every request's context
            context[CONVERSATION] = self._deps.conversation(
                client, team_id=team_of(body, context), enterprise_id=context.enterprise_id, user_id=user_id
            )
        next()
        return None


def attach_conversation(deps: Deps) -> Middleware:
    return _AttachConversation(deps)


class _ParseCommand(_Middleware):
    def process(
        self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]
    ) -> BoltResponse | None:
        context = req.context
        conv = context[CONVERSATION]
        context[REQUEST] = parse(req.body.get("text") or "", conv.lang, conv.today)
        next()
        return None


parse_command = _ParseCommand()


class _RequirePartnerAdmin(_Middleware):
    def process(
        self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]
    ) -> BoltResponse | None:
        context = req.context
        request = context.get(REQUEST)
        if request is None or request.changes:
            context[CONVERSATION].require_partner_admin()
        next()
        return None


require_partner_admin = _RequirePartnerAdmin()
