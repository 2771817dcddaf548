"""``/mpn admins [add|remove @user …]``: who the MPN partner admins are, and granting the role.

Granting is not a ``require_partner_admin`` change: Slack workspace admins and owners may grant too (so a
new workspace can get its first MPN partner admin), which ``Conversation.can_grant_role`` decides.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from bot.core.conversation import Conversation
from bot.core.errors import UserError
from bot.core.people import Person
from bot.language.i18n import Lang
from bot.render import Reply
from bot.render import settings as render_settings
from bot.slash.grammar import USER_MENTION, Request
from bot.slash.surface import Surface

_ACTIONS = {
    "add": "add",
    "toevoegen": "add",
    "remove": "remove",
    "verwijder": "remove",
    "verwijderen": "remove",
}


def parse_admins(rest: str, lang: Lang, today: date) -> Request:
    words = rest.split()
    if not words:
        return Request("admins", {"action": "list", "users": ()})
    action = _ACTIONS.get(words[0].casefold())
    users = tuple(USER_MENTION.findall(" ".join(words[1:])))
    if action is None or not users:
        raise UserError("admins.usage")
    return Request("admins", {"action": action, "users": users})


def why_not_admin(person: Person) -> Literal["unknown_user", "no_bots"] | None:
    """Why this person cannot be made an MPN partner admin, or None: ``unknown_user`` when Slack says they
    are not a member here (no such user, deactivated, another workspace's user), ``no_bots`` for an app.
    Shared by ``/mpn admins add`` and the Admins modal, so both refuse the same people."""
    if person.exists is False:
        return "unknown_user"
    if person.is_bot:
        return "no_bots"
    return None


def admins(request: Request, conv: Conversation, surface: Surface) -> Reply:
    action, users = request.args["action"], request.args["users"]
    if action == "list":
        return render_settings.admins(conv.ws.admins(), conv.lang, can_grant=conv.can_grant_role())
    if not conv.can_grant_role():
        raise UserError("auth.cannot_grant", admins=tuple(conv.ws.admins()))
    if action == "add":
        for user in users:  # every one is checked before any is added
            refused = why_not_admin(surface.people.get(surface.client, conv.ws.team_id, user))
            if refused is not None:
                raise UserError(f"admins.{refused}", user=user)
        for user in users:
            conv.ws.add_admin(user, actor=conv.user_id)
    else:
        current = conv.ws.admins()
        if current and not set(current) - set(users):
            # Nobody could change records any more, and with reminders by DM nobody would get them.
            raise UserError("admins.last", admins=tuple(current))
        for user in users:
            conv.ws.remove_admin(user, actor=conv.user_id)
    key = "admins.added" if action == "add" else "admins.removed"
    return render_settings.changed(key, conv.lang, users=render_settings.people(users))
