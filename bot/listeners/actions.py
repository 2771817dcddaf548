"""Buttons on the bot's messages: "Mark renewed" on a reminder post.

Only MPN partner admins may record a renewal (the seed's "Appropriate roles: MPN partner admin"); anyone else
gets an ephemeral refusal that names the admins. A click opens the same Mark renewed modal as the App Home
(``bot.listeners.offer_views``): a datepicker defaulting to today in the workspace's zone, refused outside the
renewal window with the window's dates. After the submission the post is updated for everyone with
``chat.update``: the offer's line says who recorded the renewal and the new anniversary, and its button goes;
the other offers in the post keep theirs. (https://api.slack.com/interactivity/handling#message_responses)
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.core.conversation import Conversation
from bot.core.deps import Deps
from bot.core.errors import UserError
from bot.language.i18n import t
from bot.listeners import offer_views
from bot.listeners.middleware import CONVERSATION, require_partner_admin
from bot.render import reminders as render

log = logging.getLogger(__name__)


def _ephemeral(respond: Respond, text: str) -> None:
    respond(text=text, response_type="ephemeral", replace_original=False)


def register(app: App, deps: Deps) -> None:
    @app.action(render.ACTION_MARK_RENEWED, middleware=[require_partner_admin])
    def mark_renewed(
        ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond
    ) -> None:
        ack()
        _open_renewal(body, context[CONVERSATION], client, respond)


def _open_renewal(body: dict[str, Any], conv: Conversation, client: WebClient, respond: Respond) -> None:
    action = (body.get("actions") or [{}])[0]
    parsed = render.parse_button_value(str(action.get("value") or ""))
    if parsed is None:
        _ephemeral(respond, t("error.generic", conv.lang))
        return
    # A removed offer or one renewed since the post: the error handler tells the clicker alone.
    offer = offer_views.current_offer(conv, *parsed, gone="reminder.offer_gone")
    message = body.get("message") or {}
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    ts = container.get("message_ts") or message.get("ts")
    if channel and ts and message.get("blocks"):
        offer_views.remember_post(channel, ts, str(message.get("text") or ""), list(message["blocks"]))
    else:
        channel = ts = None
    view = offer_views.renew_modal_for(conv, offer, channel, ts)
    if not offer_views.open_modal(client, str(body.get("trigger_id") or ""), view):
        raise UserError("modal.open_failed")
