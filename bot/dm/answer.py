"""Answering a direct message: understand it (``bot.language.reader``), ask the same answer functions as
``/mpn`` (``bot.core.answers``, ``bot.core.facts``, ``bot.core.proposals``), render conversationally in the
asker's language.

The language is decided once: the reader's ``Understood.lang`` (a question written in Dutch is answered in
Dutch whatever the Slack locale), then the user's locale, then the workspace's language
(``bot.language.i18n.pick_language``).

Dates in the message are read once too (``bot.language.reader.when``): a day ("on 3 May", "next Friday")
answers as of that day, a range ("in May", "Q3", "the next 90 days") lists what falls in it, and a date
that reads two ways ("03/04") is never guessed: the reply says so. Every dated reply states its day.

Changes typed as messages ("we renewed X yesterday") become a proposal with a confirmation button, and only
for MPN partner admins; nothing changes before the click (``bot.listeners.dm_actions``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import rules
from bot.core import answers, facts, proposals
from bot.core.conversation import Conversation
from bot.core.errors import UserError
from bot.language.dates import date_problem
from bot.language.i18n import Lang
from bot.language.reader import Intent, Understood
from bot.language.reader import understand as understood_text
from bot.language.reader.when import NOTHING, Span, When, read_when
from bot.render import Reply, offers
from bot.render import dm as render_dm
from bot.render.offers import day

# Answers that depend on the day they are for: a day or a range in the message changes them. Extension
# eligibility and the consequences rule do not depend on the day asked about, so they answer as always.
_DATED = frozenset({Intent.LOSS_DATE, Intent.DUE_DATE, Intent.GRACE, Intent.STATUS})
# Changes typed as messages: proposals, for MPN partner admins only.
_CHANGES = frozenset({Intent.RECORD_RENEWAL, Intent.ADD_OFFER, Intent.CHANGE_ANNIVERSARY})
# No question of their own: an offer named with them needs no "which one".
_NO_OFFER_NEEDED = frozenset(
    {
        Intent.HELP, Intent.GREETING, Intent.THANKS, Intent.UNKNOWN, Intent.FEES, Intent.ADMINS,
        Intent.STOP_REMINDERS, Intent.ADD_OFFER,
    }
)  # fmt: skip


@dataclass(frozen=True)
class Question:
    understood: Understood
    names_a_day: bool  # the message names a day (or something that reads as one)
    day: date | None  # that day, when it is certain (the first day of a range)
    text: str = ""
    when: When = NOTHING

    @property
    def lang(self) -> Lang | None:
        return self.understood.lang

    @property
    def span(self) -> Span | None:
        return self.when.span


def read_dm(text: str, conv: Conversation) -> Question:
    """What the message asks, about which of this workspace's offers (and its aliases), in which language,
    and which day or range of days it names."""
    understood = understood_text(text, [o.name for o in conv.ws.offers()], _aliases(conv))
    lang = understood.lang or conv.lang
    when = read_when(text, lang, conv.today, past=understood.intent is Intent.RECORD_RENEWAL)
    span = when.span
    return Question(understood, when.named, span.start if span else None, text, when)


def _aliases(conv: Conversation) -> tuple[tuple[str, str], ...]:
    """The workspace's own aliases (``/mpn alias``)."""
    return tuple(conv.ws.offer_aliases())


def answer_dm(question: Question, conv: Conversation) -> Reply:
    """The reply to one DM. ``conv`` should already speak the language the DM was written in
    (``Conversation.written_in(question.lang)``), so that a refusal is in that language too."""
    q = question.understood
    if q.ambiguous_offers and q.intent not in _NO_OFFER_NEEDED:
        return render_dm.which_offer(q.ambiguous_offers, conv.lang, question=pick_value(question))
    reply = _answer(question, conv)
    guessed_offer = bool(q.offer and q.guessed and q.intent not in _NO_OFFER_NEEDED)
    if guessed_offer or q.unsure:
        reply = render_dm.with_reading(
            reply,
            conv.lang,
            offer=q.offer,
            offer_guessed=guessed_offer,
            alternatives=q.alternatives if guessed_offer else (),
            intent=q.intent.value if q.unsure else None,
            other_intents=tuple(i.value for i in q.other_intents),
            question=pick_value(question),
        )
    return reply


def pick_value(question: Question) -> str:
    """What a "which one" button must remember to answer the same question for the offer clicked."""
    span = question.span
    parts = [
        question.understood.intent.value,
        span.start.isoformat() if span else "",
        span.end.isoformat() if span else "",
    ]
    return "|".join(parts)


def answer_picked(value: str, conv: Conversation) -> Reply:
    """The answer for a "which one" button: the question it remembers, about the offer clicked. A value this
    module did not write is "I can't answer that yet"."""
    parts = value.split("|", 3)
    try:
        intent = Intent(parts[0])
        span = Span(date.fromisoformat(parts[1]), date.fromisoformat(parts[2])) if parts[1] else None
        name = parts[3]
    except (ValueError, IndexError):
        intent, span, name = Intent.UNKNOWN, None, ""
    understood = Understood(intent, name or None, conv.lang)
    when = When(span is not None, span)
    return _answer(Question(understood, when.named, span.start if span else None, "", when), conv)


def _answer(question: Question, conv: Conversation) -> Reply:
    q = question.understood
    if question.names_a_day and question.span is None and q.intent in _DATED | _CHANGES:
        return _no_day(
            question, conv
        )  # "03/04": never guessed; "31/04": no day; "kerstvakantie": no fixed days
    if q.intent in _CHANGES:
        return _propose(question, conv)
    if question.span is not None and q.intent in _DATED:
        return _dated(question, question.span, conv)
    return _undated(q, conv)


def _no_day(question: Question, conv: Conversation) -> Reply:
    """The day named was not taken: the reply says why, in the words ``/mpn`` uses for the same date
    ("“31/04” isn't a real date", "“03/04” could be 3 April or 4 March"), so a careless or impossible date
    is never answered as if it were a day."""
    if question.when.holiday:  # "voor de kerstvakantie": school holidays differ by region and year
        return render_dm.plain("dm.holiday_unclear", conv.lang)
    problem = date_problem(question.text, question.lang or conv.lang, conv.today)
    if problem is None:
        return render_dm.plain("dm.date_unclear", conv.lang)
    return render_dm.plain("dm.date_problem", conv.lang, problem=problem.message(conv.lang))


def _dated(question: Question, span: Span, conv: Conversation) -> Reply:
    """A dated question: as of the day it names, or what falls in the range."""
    q, lang, ws, today = question.understood, conv.lang, conv.ws, conv.today
    if span.is_day and span.start == today:
        return _undated(q, conv)
    if span.is_day:
        if q.intent is Intent.STATUS or (q.intent is Intent.DUE_DATE and not q.offer):
            return offers.status(answers.status(ws, today, span.start), lang)
        return render_dm.on_day(facts.on_day(ws, today, span.start, q.offer), lang)
    what = "due" if q.intent in (Intent.DUE_DATE, Intent.STATUS) else "loss"
    if q.offer:
        return render_dm.on_day(facts.on_day(ws, today, span.end, q.offer), lang)
    return render_dm.in_range(facts.in_range(ws, today, span.start, span.end, what), lang)


def _undated(q: Understood, conv: Conversation) -> Reply:
    lang, ws, today = conv.lang, conv.ws, conv.today
    if q.intent is Intent.UNKNOWN and q.untracked:
        return render_dm.untracked(q.untracked, [o.name for o in ws.offers()], lang)
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
            if q.offer:  # "how is Security looking?": that offer's standing, not every offer's
                return offers.when(answers.offer_view(ws, q.offer, today), today, lang)
            return offers.status(answers.status(ws, today), lang)
        case Intent.FEES:
            return render_dm.fees(facts.fees(q.offer), lang)
        case Intent.REQUIREMENTS:
            return render_dm.requirements(facts.requirements(q.offer), lang)
        case Intent.HISTORY:
            return render_dm.history(facts.history(ws, today, q.offer), lang)
        case Intent.ADMINS:
            return render_dm.admins(facts.admins(ws, conv.user_id), lang)
        case Intent.NEXT_REMINDER:
            return render_dm.next_reminder(facts.next_reminder(ws, today, q.offer), lang)
        case Intent.STOP_REMINDERS:
            return render_dm.reminder_settings(ws.settings(), lang)
        case Intent.THANKS:
            return render_dm.plain("dm.thanks", lang)
        case Intent.GREETING:
            return render_dm.examples("dm.greeting", lang)
        case Intent.HELP:
            return render_dm.examples("dm.help", lang)
        case _:
            return render_dm.examples("dm.unknown", lang)


def _propose(question: Question, conv: Conversation) -> Reply:
    """A change typed as a message: for MPN partner admins, a confirmation with buttons; for anyone else
    the refusal that names the admins (raised: the one error handler renders it)."""
    conv.require_partner_admin()
    q, lang, ws, today = question.understood, conv.lang, conv.ws, conv.today
    span = question.span
    if span is not None and span.is_day and q.intent is not Intent.RECORD_RENEWAL:
        anniversary = _nearest_cycle(span.start, today, question.text)
        span = Span(anniversary, anniversary)
    match q.intent:
        case Intent.RECORD_RENEWAL:
            if not q.offer:
                return render_dm.plain("dm.record_usage", lang)
            on = span.start if span is not None and span.is_day else today
            return render_dm.proposal(proposals.propose_renewal(ws, q.offer, on, today), lang)
        case Intent.CHANGE_ANNIVERSARY:
            if not q.offer or span is None or not span.is_day:
                return render_dm.plain("dm.change_usage", lang)
            return render_dm.proposal(proposals.propose_fix(ws, q.offer, span.start, today), lang)
        case _:
            found = proposals.name_to_add(question.text, [o.name for o in ws.offers()])
            if found is None or span is None or not span.is_day:
                if q.offer and found is None:
                    raise UserError("dm.add_exists", name=q.offer)
                return render_dm.plain("dm.add_usage", lang)
            name, kind = found
            return render_dm.proposal(proposals.propose_add(ws, name, span.start, today, kind), lang)


def _nearest_cycle(anniversary: date, today: date, text: str) -> date:
    """An anniversary typed without a year is the current cycle's: "1 March" on 20 March 2021 is 1 March
    2021 (in its window), not 2022, which is what a date reader's "next occurrence" gives."""
    if re.search(r"\b(?:19|20)\d\d\b", text) or (anniversary - today).days <= 182:
        return anniversary
    try:
        return anniversary.replace(year=anniversary.year - 1)
    except ValueError:  # 29 February
        return anniversary
