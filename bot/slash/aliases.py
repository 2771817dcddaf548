"""``/mpn alias [<name> <alias> | remove <alias>]``: the workspace's own names for its offers, which the DM
reader understands ("k8s" for Kubernetes on Azure). Anyone may list them; adding and removing are changes
(MPN partner admins only, audited by storage).

The alias is the last word, or what follows ``=`` / ``as`` / ``als``, or a quoted last part:
``/mpn alias Kubernetes on Azure k8s``, ``/mpn alias Gold Cloud Business Applications = "de gouden"``.
"""

from __future__ import annotations

import html
import re
from datetime import date

from bot.core.conversation import Conversation
from bot.core.errors import UserError
from bot.dm.aliases import alias_check
from bot.language.i18n import Lang, t
from bot.render import Reply
from bot.render import settings as render_settings
from bot.render.escape import escape_mrkdwn
from bot.render.reply import build, section
from bot.slash.grammar import QUOTES, Request, clean_name
from bot.slash.surface import Surface

_REMOVE = frozenset({"remove", "delete", "verwijder", "verwijderen"})
_SPLIT = re.compile(r"\s+(?:=|as|als)\s+|\s*=\s*", re.IGNORECASE)
_QUOTED_TAIL = re.compile(rf"^(?P<name>.*?)\s+[{QUOTES}](?P<alias>[^{QUOTES}]+)[{QUOTES}]\s*$")


def parse_alias(rest: str, lang: Lang, today: date) -> Request:
    text = html.unescape(rest).strip()
    if not text:
        return Request("alias", {"action": "list"})
    first, _, after = text.partition(" ")
    if first.casefold() in _REMOVE:
        if not after.strip():
            raise UserError("alias.usage")
        return Request("alias", {"action": "remove", "alias": clean_name(after)}, changes=True)
    parts = _SPLIT.split(text, maxsplit=1)
    if len(parts) == 2:
        name, alias = parts
    elif quoted := _QUOTED_TAIL.match(text):
        name, alias = quoted["name"], quoted["alias"]
    else:
        name, _, alias = text.rpartition(" ")
    name, alias = clean_name(name), clean_name(alias)
    if not name or not alias:
        raise UserError("alias.usage")
    return Request("alias", {"action": "add", "name": name, "alias": alias}, changes=True)


def alias(request: Request, conv: Conversation, surface: Surface) -> Reply:
    action, lang = request.args["action"], conv.lang
    if action == "list":
        pairs = conv.ws.offer_aliases()
        if not pairs:
            return render_settings.changed("alias.none", lang)
        rows = "\n".join(
            t("alias.row", lang, alias=escape_mrkdwn(a), name=escape_mrkdwn(n)) for a, n in pairs
        )
        text = t("alias.list", lang) + "\n" + rows
        return build(text, [section(text)])
    if action == "remove":
        name = conv.ws.remove_alias(request.args["alias"], actor=conv.user_id)
        return render_settings.changed(
            "alias.removed", lang, alias=escape_mrkdwn(request.args["alias"]), name=escape_mrkdwn(name)
        )
    added, name = conv.ws.add_alias(
        request.args["name"], request.args["alias"], actor=conv.user_id, check=alias_check(conv)
    )
    return render_settings.changed("alias.added", lang, alias=escape_mrkdwn(added), name=escape_mrkdwn(name))
