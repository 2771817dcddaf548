"""The buttons of a confirmation ("Remove *Security*?"): confirm or cancel, MPN partner admins only; and
the "Become the MPN partner admin" button a Slack admin gets while the workspace has none.

The confirmation was ephemeral, so the result replaces it through the ``response_url``. The button names
the offer by id and the anniversary it showed: if the offer is gone or its anniversary moved since (another
admin renewed or corrected it), nothing changes and the clicker is told.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.core import answers
from bot.core.conversation import Conversation
from bot.core.deps import Deps
from bot.core.errors import UserError
from bot.listeners.middleware import CONVERSATION, require_partner_admin
from bot.render import Reply, confirm, offers
from bot.render import settings as render_settings
from storage import StorageError


def _replace(respond: Respond, reply: Reply) -> None:
    respond(**reply.as_message(), response_type="ephemeral", replace_original=True)


def _still_as_shown(conv: Conversation, body: dict[str, Any]) -> tuple[int, date | None]:
    action = (body.get("actions") or [{}])[0]
    parsed = confirm.parse_change_value(str(action.get("value") or ""))
    if parsed is None:
        raise UserError("confirm.stale")
    offer_id, anniversary, new = parsed
    try:
        offer = conv.ws.offer(offer_id)
    except StorageError:
        raise UserError("confirm.stale") from None
    if offer.anniversary != anniversary:
        raise UserError("confirm.stale")
    return offer_id, new


def register(app: App, deps: Deps) -> None:
    @app.action(confirm.ACTION_CONFIRM_REMOVE, middleware=[require_partner_admin])
    def confirm_remove(ack: Ack, body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        ack()
        conv: Conversation = context[CONVERSATION]
        offer_id, _ = _still_as_shown(conv, body)
        item = answers.remove_offer(conv.ws, actor=conv.user_id, name=offer_id, today=conv.today)
        if not isinstance(item, answers.Confirmation):  # by id it never asks again
            _replace(respond, confirm.removed(item, conv.lang))

    @app.action(confirm.ACTION_UNDO_REMOVE, middleware=[require_partner_admin])
    def undo_remove(ack: Ack, body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        ack()
        conv: Conversation = context[CONVERSATION]
        value = str(((body.get("actions") or [{}])[0]).get("value") or "")
        if not value.isdigit():
            raise UserError("confirm.stale")
        item = answers.undo_removal(conv.ws, actor=conv.user_id, token=int(value), today=conv.today)
        _replace(respond, confirm.restored(item, conv.lang))

    @app.action(confirm.ACTION_CONFIRM_FIX, middleware=[require_partner_admin])
    def confirm_fix(ack: Ack, body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        ack()
        conv: Conversation = context[CONVERSATION]
        offer_id, new = _still_as_shown(conv, body)
        if new is None:
            raise UserError("confirm.stale")
        answer = answers.correct_anniversary(
            conv.ws, actor=conv.user_id, name=offer_id, anniversary=new, today=conv.today
        )
        if not isinstance(answer, answers.Confirmation):  # by id it never asks again
            _replace(respond, offers.corrected(answer, conv.lang))

    @app.action(render_settings.ACTION_BECOME_ADMIN)
    def become_admin(ack: Ack, context: BoltContext, respond: Respond) -> None:
        """The first MPN partner admin, by a Slack admin's or owner's own click (audited by storage).
        Once there is one, the role is granted with ``/mpn admins add`` like any other time."""
        ack()
        conv: Conversation = context[CONVERSATION]
        if conv.is_partner_admin():
            _replace(respond, render_settings.changed("auth.became", conv.lang))
            return
        if conv.ws.admins() or not conv.person.is_workspace_admin:
            raise UserError("auth.cannot_grant", admins=tuple(conv.ws.admins()))
        conv.ws.add_admin(conv.user_id, actor=conv.user_id)
        _replace(respond, render_settings.changed("auth.became", conv.lang))

    @app.action(confirm.ACTION_CANCEL)
    def cancel(ack: Ack, context: BoltContext, respond: Respond) -> None:
        ack()
        _replace(respond, confirm.cancelled(context[CONVERSATION].lang))
