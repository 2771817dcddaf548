"""Answering a question typed in a direct message: understand it (``bot.language.reader``), ask the same answer
functions as ``/mpn``, render conversationally in the asker's language.

The language is decided once: the reader's ``Understood.lang`` (a question written in Dutch is answered in
Dutch whatever the Slack locale), then the user's locale, then the workspace's language
(``bot.language.i18n.pick_language``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import rules
from bot.core import answers
from bot.core.conversation import Conversation
from bot.language.dates import date_mentioned
from bot.language.i18n import Lang
from bot.language.reader import Intent, Understood
from bot.language.reader import understand as understood_text
from bot.render import Reply, offers
from bot.render import dm as render_dm
from bot.render.offers import day

# The answers that state dates as of a day: when the message names another day, the reply says which day
# it is for (the reader does not read dates in messages yet).
_DATED = frozenset(
    {Intent.LOSS_DATE, Intent.DUE_DATE, Intent.GRACE, Intent.CONSEQUENCES, Intent.EXTENSION, Intent.STATUS}
)


@dataclass(frozen=True)
class Question:
    understood: Understood
    names_a_day: bool  # the message names a day (or something that reads as one)
    day: date | None  # that day, when it is certain

    @property
    def lang(self) -> Lang | None:
        return self.understood.lang


def read_dm(text: str, conv: Conversation) -> Question:
    """What the message asks, about which of this workspace's offers, in which language, and whether it
    names a day."""
    understood = understood_text(text, [o.name for o in conv.ws.offers()])
    named, day_named = date_mentioned(text, understood.lang or conv.lang, conv.today)
    return Question(understood, named, day_named)


def answer_dm(question: Question, conv: Conversation) -> Reply:
    """The reply to one DM. ``conv`` should already speak the language the DM was written in
    (``Conversation.written_in(question.lang)``), so that a refusal is in that language too."""
    reply = _answer(question.understood, conv)
    if question.names_a_day and question.day != conv.today and question.understood.intent in _DATED:
        reply = render_dm.as_of_today(reply, conv.today, question.day, conv.lang)
    return reply


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
                    lang,
                    day(item.assessment.benefits_lost_on, lang),
                    item.offer.name,
                    lost=item.phase is rules.Phase.LAPSED,
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
