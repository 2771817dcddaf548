"""The one place where anything a listener or middleware raises becomes a reply (Bolt's ``@app.error``).

A refusal (``UserError``, or a storage error carrying a code) is rendered in the reader's language; anything
else is logged with its stack trace for the operator and answered with a generic apology, never a trace in
Slack. The reply travels the way the request came: in the acknowledgement for ``/mpn``, through the
``response_url`` for a button, as a message in the DM, and not at all for events nobody is waiting on.
"""

from __future__ import annotations

import logging
from typing import Any, Final

from slack_bolt import App, BoltContext, BoltResponse, Respond, Say
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.core.errors import UserError
from bot.language.i18n import Lang
from bot.listeners.middleware import CONVERSATION, tell_the_asker
from bot.render import Reply, refusals
from bot.render import settings as render_settings
from bot.render.settings_modals import refusal_modal
from storage import Outage, StorageError, outage

log = logging.getLogger(__name__)


def refusal(error: BaseException, lang: Lang, asker: str | None = None) -> Reply | None:
    """The reply for a refusal, or None when ``error`` is not one (a bug or an outage). ``asker``: the user
    refused, whom a message may name (``{you}``)."""
    if isinstance(error, UserError):
        if error.key == "auth.no_admin_yet":
            return render_settings.become_admin_offer(error.key, lang)
        return render_settings.error(error.key, lang, error.params, asker=asker)
    if isinstance(error, StorageError):
        candidates = error.params.get("candidates") or []
        if error.code == "offer_not_found" and len(candidates) > 1:
            return refusals.ambiguous(str(error.params.get("name", "")), list(candidates), lang)
        if error.code == "duplicate_name":
            return refusals.duplicate(dict(error.params), lang)
        return render_settings.error(f"storage.{error.code}", lang, dict(error.params), asker=asker)
    return None


# A write the machine refused (``storage.outage``): the user is told nothing was saved and whom to tell;
# the operator gets one line saying what to fix, not a stack trace of a bug that is not there.
_OUTAGES: Final[dict[Outage, str]] = {
    "disk_full": "the disk holding the database is full: free some space (nothing was saved)",
    "read_only": "the database is read-only here (a read-only mount, or file permissions): mpn-bot needs to "
    "write to it and to its -wal and -shm files (nothing was saved)",
}


def reply_for(error: BaseException, lang: Lang, what: str, asker: str | None = None) -> Reply:
    reply = refusal(error, lang, asker)
    if reply is not None:
        return reply
    kind = outage(error)
    if kind in _OUTAGES:
        log.error("%s failed: %s", what, _OUTAGES[kind])
        return render_settings.error(f"error.{kind}", lang, {})
    log.error("%s failed", what, exc_info=error)
    return render_settings.error("error.generic", lang, {})


def _in_a_modal(client: WebClient, body: dict[str, Any], reply: Reply, lang: Lang) -> None:
    """A refusal for a button on the App Home or in a modal, which have no response_url: shown in a modal
    (pushed onto an open one), so a click never seems to do nothing."""
    view = refusal_modal(reply.text, lang)
    try:
        if (body.get("view") or {}).get("type") == "modal":
            client.views_push(trigger_id=body["trigger_id"], view=view)
        else:
            client.views_open(trigger_id=body["trigger_id"], view=view)
    except (SlackApiError, SlackClientError, OSError) as err:
        log.warning("could not show a refusal in a modal: %s", err)


def _ephemeral(client: WebClient, event: dict[str, Any], reply: Reply) -> None:
    try:
        tell_the_asker(client, event, reply.as_message())
    except (SlackApiError, SlackClientError, OSError) as err:
        log.warning("could not show a refusal under a mention: %s", err)


def register(app: App) -> None:
    @app.error
    def on_error(
        error: Exception,
        body: dict[str, Any],
        context: BoltContext,
        respond: Respond | None,
        say: Say | None,
        client: WebClient,
    ) -> BoltResponse:
        conv = context.get(CONVERSATION)
        lang: Lang = conv.lang if conv is not None else "en"
        asker = conv.user_id if conv is not None else None
        if "command" in body:
            command = f"{body.get('command')} {str(body.get('text') or '')[:200]!r}"
            reply = reply_for(error, lang, command, asker)
            return BoltResponse(status=200, body={**reply.as_message(), "response_type": "ephemeral"})
        event = body.get("event") or {}
        what = body.get("type") if not event else f"event {event.get('type')}"
        reply = reply_for(error, lang, str(what), asker)
        if body.get("type") == "block_actions" and respond is not None and body.get("response_url"):
            respond(**reply.as_message(), response_type="ephemeral", replace_original=False)
        elif body.get("type") == "block_actions" and body.get("trigger_id"):
            _in_a_modal(client, body, reply, lang)  # a Home or modal button: no message to answer under
        elif event.get("type") == "message" and say is not None:
            say(**reply.as_message())
        elif event.get("type") == "app_mention" and event.get("user"):
            # only the asker needs to read their refusal, in the thread they asked in
            _ephemeral(client, event, reply)
        elif body.get("type") == "view_submission":  # the modal says so, rather than closing as if saved
            view = refusal_modal(reply.text, lang)
            return BoltResponse(status=200, body={"response_action": "update", "view": view})
        return BoltResponse(status=200, body="")
