"""Answering a question typed in a direct message: understand it (``bot.language.reader``), ask the same answer
functions as ``/mpn``, render conversationally in the asker's language.

The language is decided once: the reader's ``Understood.lang`` (a question written in Dutch is answered in
Dutch whatever the Slack locale), then the user's locale, then the workspace's language
(``bot.language.i18n.pick_language``).
"""

from __future__ import annotations

from bot.core import answers
from bot.core.conversation import Conversation
from bot.language.reader import Intent, Understood
from bot.language.reader import understand as understood_text
from bot.render import Reply, offers
from bot.render import dm as render_dm
from bot.render.offers import day


def read_dm(text: str, conv: Conversation) -> Understood:
    """What the message asks, about which of this workspace's offers, in which language."""
    return understood_text(text, [o.name for o in conv.ws.offers()])


def answer_dm(understood: Understood, conv: Conversation) -> Reply:
    """The reply to one DM. ``conv`` should already speak the language the DM was written in
    (``Conversation.written_in(understood.lang)``), so that a refusal is in that language too."""
    return _answer(understood, conv)


def _answer(q: Understood, conv: Conversation) -> Reply:
    lang, ws, today = conv.lang, conv.ws, conv.today
    if q.ambiguous_offers and q.intent not in (Intent.HELP, Intent.GREETING, Intent.THANKS, Intent.UNKNOWN):
        return render_dm.which_offer(q.ambiguous_offers, lang)
    match q.intent:
        case Intent.LOSS_DATE:
            return offers.loss(answers.loss_date(ws, today, q.offer), lang)
        case Intent.DUE_DATE:
            if q.offer:
                return offers.when(answers.offer_view(ws, q.offer, today), today, lang)
            return offers.status(answers.status(ws, today), lang)
        case Intent.GRACE:
            return render_dm.grace(answers.grace(ws, today, q.offer), lang)
        case Intent.CONSEQUENCES:
            if q.offer:
                item = answers.offer_view(ws, q.offer, today)
                return render_dm.consequences(
                    lang, day(item.assessment.benefits_lost_on, lang), item.offer.name
                )
            return render_dm.consequences(lang)
        case Intent.EXTENSION:
            return offers.extension(answers.extension(ws, today, q.offer), lang)
        case Intent.HOW_TO_RENEW:
            return render_dm.how_to_renew(lang)
        case Intent.STATUS:
            return offers.status(answers.status(ws, today), lang)
        case Intent.THANKS:
            return render_dm.plain("dm.thanks", lang)
        case Intent.GREETING:
            return render_dm.examples("dm.greeting", lang)
        case Intent.HELP:
            return render_dm.examples("dm.help", lang)
        case _:
            return render_dm.examples("dm.unknown", lang)
