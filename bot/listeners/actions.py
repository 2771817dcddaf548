"""Buttons on the bot's messages: "Mark renewed" on a reminder post.

Only MPN partner admins may record a renewal (the seed's "Appropriate roles: MPN partner admin"); anyone else
gets an ephemeral refusal that names the admins. A click renews through ``storage`` (which asks
``rules.renew``, so a click outside the renewal window is refused with the window's dates) and then updates
the post for everyone with ``chat.update``: the offer's line says who recorded the renewal and the new
anniversary, and its button goes; the other offers in the post keep theirs.
(https://api.slack.com/interactivity/handling#message_responses)
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.core.answers import view
from bot.core.conversation import Conversation
from bot.core.deps import Deps
from bot.language.i18n import Lang, t
from bot.listeners.middleware import CONVERSATION, require_partner_admin
from bot.render import reminders as render
from bot.render.escape import escape_mrkdwn
from bot.render.offers import day
from storage import StorageError

log = logging.getLogger(__name__)

# A double click sends two requests; both would read the old anniversary and renew twice (a year too far).
# Check-and-renew runs under a per-workspace lock, so the second click sees the first one's result.
_locks: defaultdict[str, threading.Lock] = defaultdict(threading.Lock)
_locks_guard = threading.Lock()


def _lock_for(team_id: str) -> threading.Lock:
    with _locks_guard:
        return _locks[team_id]


def _ephemeral(respond: Respond, text: str, blocks: list[dict[str, Any]] | None = None) -> None:
    respond(text=text, blocks=blocks, response_type="ephemeral", replace_original=False)


def register(app: App, deps: Deps) -> None:
    @app.action(render.ACTION_MARK_RENEWED, middleware=[require_partner_admin])
    def mark_renewed(
        ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond
    ) -> None:
        ack()
        _mark_renewed(body, context[CONVERSATION], client, respond)


def _mark_renewed(body: dict[str, Any], conv: Conversation, client: WebClient, respond: Respond) -> None:
    action = (body.get("actions") or [{}])[0]
    parsed = render.parse_button_value(str(action.get("value") or ""))
    if parsed is None:
        _ephemeral(respond, t("error.generic", conv.lang))
        return
    offer_id, anniversary = parsed
    with _lock_for(conv.ws.team_id):
        try:
            offer = conv.ws.offer(offer_id)
        except StorageError:
            _ephemeral(respond, t("reminder.offer_gone", conv.lang))
            return
        if offer.anniversary != anniversary:
            text = t(
                "reminder.already_renewed",
                conv.lang,
                name=escape_mrkdwn(offer.name),
                anniversary=day(offer.anniversary, conv.lang),
            )
            _ephemeral(respond, text)
            return
        # Outside the window storage refuses (window_not_open / window_closed, with the window's dates);
        # the error handler shows that refusal to the clicker alone.
        renewed = conv.ws.renew_offer(offer.id, conv.today, actor=conv.user_id)
    post_lang: Lang = conv.settings.language
    text = render.renewed_text(
        view(offer, conv.settings, conv.today),
        view(renewed, conv.settings, conv.today),
        conv.user_id,
        post_lang,
    )
    message = body.get("message") or {}
    blocks = render.mark_renewed(message.get("blocks") or [], offer.id, text)
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    ts = container.get("message_ts") or message.get("ts")
    if not channel or not ts:  # an ephemeral or otherwise unaddressable message: replace it where it is
        respond(text=message.get("text") or text, blocks=blocks, replace_original=True)
        return
    try:
        client.chat_update(channel=channel, ts=ts, text=message.get("text") or text, blocks=blocks)
    except (SlackApiError, SlackClientError, OSError) as err:
        log.warning("chat.update of the reminder failed (%s); replacing it through the response_url", err)
        respond(text=message.get("text") or text, blocks=blocks, replace_original=True)
