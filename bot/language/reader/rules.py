"""Steps 4 and 5 of reading a DM: the concepts a message holds, the ordered rules that turn them into
an intent, and the language the message is written in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from bot.language.i18n import Lang, detect_language
from bot.language.reader.model import Intent
from bot.language.reader.offers import Token
from bot.language.reader.vocabulary import (
    FILLER_WORDS,
    PHRASE_TABLE,
    WORD_CONCEPTS,
    WORD_LANGUAGE,
    Concept,
)

# --- step 4: concepts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """The concepts of a message: all that the rules in ``RULES`` look at."""

    concepts: frozenset[Concept]
    offer_named: bool  # one or several offers were named
    other_words: bool  # words that are no keyword, filler or offer word ("yesterday", "lunch")

    def any(self, *concepts: Concept) -> bool:
        """At least one of ``concepts`` is in the message."""
        return any(c in self.concepts for c in concepts)

    def only(self, allowed: Iterable[Concept]) -> bool:
        """Nothing but ``allowed`` concepts, filler and offer names."""
        return not self.other_words and self.concepts <= frozenset(allowed)


def collect_concepts(readings: Sequence[Token], offer_positions: set[int], *, offer_named: bool) -> Reading:
    """Concepts from phrases and single words, leaving out the words that named an offer."""
    words = [(p, r.known) for p, r in enumerate(readings) if p not in offer_positions]
    concepts: set[Concept] = set()
    other = False
    i = 0
    while i < len(words):
        for phrase, concept in PHRASE_TABLE:
            end = i + len(phrase)
            # a phrase counts only when its words were next to each other in the message
            if (
                end <= len(words)
                and tuple(w for _, w in words[i:end]) == phrase
                and words[end - 1][0] - words[i][0] == len(phrase) - 1
            ):
                concepts.add(concept)
                i = end
                break
        else:
            word = words[i][1]
            if word in WORD_CONCEPTS:
                concepts |= WORD_CONCEPTS[word]
            elif word not in FILLER_WORDS and len(word) > 1 and not word.isdigit():
                other = True
            i += 1
    return Reading(frozenset(concepts), offer_named, other)


# --- step 5: the rules, in order of precedence ---------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One line of the precedence list: when ``applies``, the message is ``intent``."""

    intent: Intent
    why: str
    applies: Callable[[Reading], bool]


C = Concept  # the rules below read better with a short name
_BARE_OFFER: Final = (C.GREETING, C.COMPETENCY, C.HOW, C.OBJECT)
_ONLY_RENEWING: Final = (
    C.RENEW, C.RENEW_VERB, C.HOW, C.WHERE, C.STEPS, C.PARTNER_CENTER, C.CAN, C.WANT, C.HELP,
    C.COMPETENCY, C.GREETING, C.OBJECT,
)  # fmt: skip

RULES: Final[tuple[Rule, ...]] = (
    Rule(
        Intent.EXTENSION,
        "the COVID-19 extension or eligibility is named: nothing else answers it",
        lambda r: r.any(C.EXTENSION, C.ELIGIBLE),
    ),
    Rule(
        Intent.CONSEQUENCES,
        "'what happens', 'what if', 'gevolgen': asks for consequences even when it names loss or renewal",
        lambda r: r.any(C.HAPPEN, C.WHAT_IF),
    ),
    Rule(
        Intent.LOSS_DATE,
        "asks when or what day something is lost ('when do I lose benefits', 'wanneer vervalt X')",
        lambda r: r.any(C.LOSE) and r.any(C.WHEN, C.DATE),
    ),
    Rule(
        Intent.HOW_TO_RENEW,
        "'how', 'where', steps or Partner Center together with renewing, not asking when",
        lambda r: r.any(C.RENEW) and r.any(C.HOW, C.WHERE, C.STEPS, C.PARTNER_CENTER) and not r.any(C.WHEN),
    ),
    Rule(
        Intent.GRACE,
        "the grace window, the last day, a count of days left, or whether one can still renew",
        lambda r: (
            r.any(C.GRACE, C.LAST)
            or (r.any(C.RENEW) and r.any(C.CAN) and r.any(C.LEFT))
            or (r.any(C.HOW_MANY) and r.any(C.DAYS))
            or (r.any(C.DAYS) and r.any(C.LEFT))
            or (r.any(C.HOW_LONG) and not r.any(C.BENEFITS, C.LOSE))
        ),
    ),
    Rule(
        Intent.LOSS_DATE,
        "benefits, or losing a competency, an offer or 'it' ('do we still have benefits', 'lose gold?')",
        lambda r: (
            r.any(C.BENEFITS)
            or (r.any(C.LOSE) and (r.offer_named or r.any(C.COMPETENCY, C.COLLECTION, C.OBJECT)))
        ),
    ),
    Rule(
        Intent.STATUS,
        "'status', 'overview', 'overzicht', 'where do we stand'",
        lambda r: r.any(C.STATUS),
    ),
    Rule(
        Intent.HOW_TO_RENEW,
        "wanting or being able to renew without asking when, Partner Center questions, or 'renew X' alone",
        lambda r: (
            (r.any(C.RENEW) and r.any(C.CAN, C.WANT, C.HELP) and not r.any(C.WHEN, C.DATE, C.MUST))
            or (r.any(C.PARTNER_CENTER) and r.any(C.HOW, C.WHERE, C.STEPS, C.CAN, C.WANT))
            or (r.any(C.RENEW_VERB, C.PARTNER_CENTER, C.STEPS) and r.only(_ONLY_RENEWING))
        ),
    ),
    Rule(
        Intent.CONSEQUENCES,
        "'if we don't renew', 'if we miss it', 'we missed the deadline'",
        lambda r: (
            (r.any(C.IF) and r.any(C.NOT, C.MISS))
            or (r.any(C.MISS) and r.any(C.RENEW, C.DUE, C.DATE, C.GRACE, C.LAST))
        ),
    ),
    Rule(
        Intent.DUE_DATE,
        "due, anniversary, deadline, next renewal, or 'when' with renewing or an offer",
        lambda r: (
            r.any(C.DUE)
            or (r.any(C.NEXT) and (r.offer_named or r.any(C.RENEW, C.COMPETENCY, C.COLLECTION)))
            or (r.any(C.WHEN, C.DATE) and (r.offer_named or r.any(C.RENEW, C.RENEWED, C.COMPETENCY)))
            or (r.any(C.RENEW) and r.any(C.MUST))
        ),
    ),
    Rule(
        Intent.STATUS,
        "competencies in the plural, no offer named ('my competencies', 'which offers do we have')",
        lambda r: r.any(C.COLLECTION) and not r.offer_named,
    ),
    Rule(Intent.HELP, "'help', 'what can you do', 'wat kun je'", lambda r: r.any(C.HELP)),
    Rule(
        Intent.DUE_DATE,
        "an offer's name or 'renewal' and nothing else ('cloud platform?', 'security renewal'): its dates",
        lambda r: (r.offer_named or r.any(C.RENEW)) and r.only((*_BARE_OFFER, C.RENEW)),
    ),
    Rule(Intent.THANKS, "'thanks', 'bedankt' with no question", lambda r: r.any(C.THANKS)),
    Rule(Intent.GREETING, "'hi', 'hoi' with no question", lambda r: r.any(C.GREETING)),
)


# --- language ----------------------------------------------------------------------------------------


def message_language(readings: Sequence[Token], offer_positions: set[int]) -> Lang | None:
    """The message's language from its words as corrected, leaving out offer names.

    ``bot.language.i18n.detect_language`` decides first, so the bot's notion of language is one. Offer names are
    left out ("Kubernetes on Azure" would make any Dutch question English by one word), and corrected
    words are used ("wehn" counts as "when"). When it cannot tell, this module's own language tags on
    its keywords decide ("overzicht", "hoi", "pls"), by the same more-than-twice rule.
    """
    words = [r.known for p, r in enumerate(readings) if p not in offer_positions]
    detected = detect_language(" ".join(words))
    if detected is not None:
        return detected
    tally = Counter(WORD_LANGUAGE.get(word) for word in words)
    if tally["nl"] > 2 * tally["en"]:
        return "nl"
    if tally["en"] > 2 * tally["nl"]:
        return "en"
    return None
