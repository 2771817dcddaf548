"""The buttons of direct-message replies: confirming or cancelling a change typed as a message ("Record
renewal on 24 March 2021" / "Cancel"), and picking an offer when a question fitted two.

Confirming is for MPN partner admins only (``require_partner_admin``, the same middleware as ``/mpn``
changes): a member's click is refused with the admins named, and nothing changes. The button value holds
the workspace, the offer's id and the anniversary it was about (``bot.core.proposals``): a click whose
workspace is not the clicker's, or whose offer moved since, changes nothing either. The result replaces
the confirmation through the ``response_url``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.core import proposals
from bot.core.conversation import Conversation
from bot.core.deps import Deps
from bot.core.errors import UserError
from bot.dm.answer import answer_picked
from bot.listeners.middleware import CONVERSATION, require_partner_admin
from bot.render import Reply, confirm, offers
from bot.render import dm as render_dm


def _value(body: dict[str, Any]) -> str:
    return str(((body.get("actions") or [{}])[0]).get("value") or "")


def _conversation(body: dict[str, Any], context: BoltContext) -> Conversation:
    """The clicker's conversation, speaking the language the DM reply was in (its block id says)."""
    block = str(((body.get("actions") or [{}])[0]).get("block_id") or "")
    context[CONVERSATION] = conv = context[CONVERSATION].written_in(render_dm.block_language(block))
    return conv


def in_reply_language(body: dict[str, Any], context: BoltContext, next: Callable[[], None]) -> None:
    """Listener middleware: speak the reply's language before any check, so a refusal is in it too."""
    if CONVERSATION in context:
        _conversation(body, context)
    next()


def _replace(respond: Respond, reply: Reply) -> None:
    respond(**reply.as_message(), replace_original=True)


def register(app: App, deps: Deps) -> None:
    @app.action(render_dm.ACTION_CONFIRM_CHANGE, middleware=[in_reply_language, require_partner_admin])
    def confirm_change(ack: Ack, body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        ack()
        conv = _conversation(body, context)
        proposal = proposals.parse(_value(body))
        if proposal is None:
            raise UserError("confirm.stale")
        done = proposals.execute(conv.ws, proposal, actor=conv.user_id, today=conv.today)
        if done.added is not None:
            _replace(respond, offers.added(done.added, conv.lang))
        elif done.renewal is not None and done.change == "renew":
            _replace(respond, offers.renewed(done.renewal, conv.lang))
        elif done.renewal is not None:
            _replace(respond, offers.corrected(done.renewal, conv.lang))

    @app.action(render_dm.ACTION_CANCEL_CHANGE)
    def cancel_change(ack: Ack, body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        ack()
        _replace(respond, confirm.cancelled(_conversation(body, context).lang))

    @app.action(re.compile(re.escape(render_dm.ACTION_PICK_OFFER) + r"\.\d+"))
    def pick_offer(ack: Ack, body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        """ "Which one do you mean?": the same question, answered for the offer clicked (read-only, so any
        member may click)."""
        ack()
        _replace(respond, answer_picked(_value(body), _conversation(body, context)))
