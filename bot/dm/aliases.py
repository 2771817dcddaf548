"""Whether a new alias would work where it is meant to: in a DM.

``/mpn alias Security :shield:`` used to answer "“:shield:” now means Security when you ask me in a DM",
yet the DM reader drops emoji, mentions and links, skips numbers alone, and reads "status" or "renew" as
questions: the alias was stored and never matched. So a new alias is read the way a DM is read, with the
workspace's offers and aliases and itself, and kept only when that reading names its offer. The check runs
inside storage's alias transaction (``storage.aliases.AliasCheck``) for ``/mpn alias`` and the Edit modal's
Nicknames alike; a refusal says what the reader would make of it instead.
"""

from __future__ import annotations

import re

from bot.core.conversation import Conversation
from bot.core.errors import UserError
from bot.language.reader import understand
from storage.aliases import AliasCheck


def alias_check(conv: Conversation) -> AliasCheck:
    """The check of a new alias of one of ``conv``'s workspace's offers (raises ``UserError``)."""
    names = [offer.name for offer in conv.ws.offers()]
    held = tuple(conv.ws.offer_aliases())

    def check(alias: str, name: str) -> None:
        if not any(ch.isalpha() for ch in alias) or _SLACK_MARKUP.search(alias):
            # "2021" would make "what runs out in 2021?" a question about that offer; "<@U…>" is a person
            raise UserError("alias.unreadable", alias=alias, name=name)
        reading = understand(alias, names, (*held, (alias, name)))
        if reading.offer == name:
            return
        if reading.offer is not None:
            raise UserError("alias.reads_as_other", alias=alias, name=name, other=reading.offer)
        if len(reading.ambiguous_offers) > 1:
            others = ", ".join(reading.ambiguous_offers)
            raise UserError("alias.reads_as_several", alias=alias, name=name, others=others)
        raise UserError("alias.unreadable", alias=alias, name=name)

    return check


# Slack's own tokens in a message (a mention, a channel, a link, a special mention): a DM carries the
# person's or page's id there, not the words the alias was typed with.
_SLACK_MARKUP = re.compile(r"<[@#!]|<(?:https?|mailto):", re.IGNORECASE)
