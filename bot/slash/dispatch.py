"""Carrying out a parsed ``/mpn`` request: the registry's handler asks the answer layer and renders.

Parsing and the MPN-partner-admin check happen before this, in the listener's middleware
(``bot.listeners.middleware``); refusals raised here (``UserError``, storage and date errors) become replies
in the one error handler (``bot.listeners.errors``).
"""

from __future__ import annotations

from bot.core.conversation import Conversation
from bot.render import Reply
from bot.slash.grammar import Request
from bot.slash.registry import BY_NAME
from bot.slash.surface import Surface


def run(request: Request, conv: Conversation, surface: Surface) -> Reply:
    return BY_NAME[request.command].handle(request, conv, surface)
