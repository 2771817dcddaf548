"""Reading a direct message to mpn-bot: which question it asks, about which offer, in which language.

Partner admins type questions, not commands: "wanneer verlies ik mijn voordelen?", "when's the azure one
due", "status pls". ``understand`` maps such a message to one ``Intent``, at most one of the workspace's
offers and the language it is written in, with the standard library only:

1. Normalise (``clean_text``): Slack markup (mentions, links, emoji, bold) and escaping go, accents and case
   are folded, contractions are expanded ("don't" -> "do not", "m'n" -> "mijn"). Only the first
   ``MAX_CHARS`` characters are read: no question to this bot is longer, and the work stays bounded.
2. Read every word as a known word (``read_word``): a keyword, a filler word or a word of one of the offers,
   exactly or, for an unknown word that is no common English or Dutch word (``dictionary``: "keurt" is
   not "beurt"), the nearest one by ``difflib`` (typos: "wehn", "benifits").
3. Find the offer the message names (``match_offers``).
4. Collect concepts (WHEN, LOSE, BENEFITS, ...) from the other words and from short phrases.
5. The first rule in ``RULES`` that applies decides the intent: the precedence is that list, in order.
6. The intent is answered only when the message is about us (``Reading.about_us``): evidence for MPN offers,
   renewals and the bot outweighs evidence for something else ("the office lease", "Azure VMs", "my
   passport"), and it is no question of another kind ("why", "is it worth it"). Otherwise it is ``UNKNOWN``
   and the bot says what it can do: a cue word alone never earns a confident answer about something else.
   What a question is about is read from its nouns, not from lists of phrasings: an offer's words (or
   the programme's, "Partner Center") in front of an unknown noun name that noun's kind ("the Security
   workshop", "our Partner Center MFA token"); an offer after a preposition only completes a noun of
   something else before it ("our Zendesk plan for Cloud Platform"); a word typed with a capital that the
   reader does not know is a name of something else ("Solutions Partner"); a count or a choice of things
   the bot does not hold ("how many certified people", "which of our engineers") and a task it does not do
   ("can you summarize ...", "can you renew Security for me") are no questions of ours, nor are a
   prediction ("will the renewal fee go up next year") and a choice the bot would make ("welke competentie
   zou jij laten vallen"). A 2021 competency the workspace does not track ("the Gold Windows and Devices
   competency") is never read as a tracked offer that shares one of its words. In a message of several
   sentences, the context before the question ("Quick one before my 2pm call: ...") is no subject of it
   when the question alone names one of our offers or the programme's words.
7. Each answer needs its own subject (``explains``): the fee of renewing, not the bot's price nor a property
   of the fee ("is the renewal fee tax deductible"); an offer's requirements, not one person's
   certification; the partner admins, not Microsoft's people; a date of an offer, a renewal or benefits,
   not a count of days to Christmas.
8. When the intent was a guess (a typo of a keyword, a bare offer name, a close call), ``Understood.unsure``
   is set and ``other_intents`` names what else the message may have asked: the reply says what it took
   the question to be and offers the others as buttons.

Before step 2, sentences of courtesy alone ("Hi there, hope you are well!", "Thanks in advance, Jan") are
left out when a question is left (``drop_courtesy``), and two-letter acronyms typed in capitals ("DA") are
read as the offer they abbreviate.

Why keywords and ordered rules rather than a classifier: the questions are few and short, a wrong answer
about a deadline costs a competency, and a table of words plus a list of rules can be read, argued about
and fixed by the next engineer. tests/language/test_intents.py holds the phrasings every rule has to handle.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from bot.language.reader import second_opinion
from bot.language.reader.model import MAX_CHARS, MAX_WORDS, Intent, Understood
from bot.language.reader.offers import (
    Token,
    _Offer,
    _OfferIndex,
    capital_acronyms,
    close_offers,
    guessed_offer,
    match_offers,
    offer_index,
    read_word,
    untracked_competency,
)
from bot.language.reader.rules import (
    OUR_OBJECTS,
    RULES,
    Reading,
    Rule,
    collect_concepts,
    explains,
    message_language,
)
from bot.language.reader.text import (
    asks,
    capitalised_words,
    clean_text,
    drop_courtesy,
    earlier_questions,
    first_sentence_asks,
    question_clause,
    question_sentence,
    relayed_question,
    split_words,
)
from bot.language.reader.vocabulary import Concept, base_form, word_set

__all__ = [
    "Concept",
    "Intent",
    "MAX_CHARS",
    "MAX_WORDS",
    "RULES",
    "Reading",
    "Rule",
    "Understood",
    "model_features",
    "prepare",
    "understand",
]


# Replies that state nothing: they need no evidence that the message is about renewals.
_NOT_ANSWERS: Final = frozenset({Intent.UNKNOWN, Intent.HELP, Intent.GREETING, Intent.THANKS})


def _adds_a_new_offer(intent: Intent, reading: Reading, *, names_a_competency: bool) -> bool:
    """ "Track Identity and Access Management, anniversary 12 May": the name of an offer not tracked yet is
    words the reader does not know, and may hold words of another trade ("Databases", "Deployment"). The
    programme's own words are the evidence: an anniversary, a renewal date, "competency" or "specialization"
    (not next to a thing of another trade: "how do I add a second location to our MPN account" adds no
    offer), or the name of a 2021 competency ("voeg Silver Collaboration and Content toe met datum
    30-09-2021"); a due date or a deadline is any trade's ("track our ISO 27001 audit, due 1 May", "voeg de
    huurovereenkomst toe, vervaldatum 1 mei"). The proposal shows the name before anything changes."""
    # without a date, a question of another kind ("stop met die mails van de Microsoft partner nieuwsbrief") or an
    # offer in Partner Center ("kan X ook in Partner Center worden toegevoegd": Microsoft's catalogue) is none
    if reading.any(Concept.BEYOND, Concept.PARTNER_CENTER) and not (
        reading.anniversary or reading.any(Concept.DAY, Concept.DATE)
    ):
        return False
    return intent is Intent.ADD_OFFER and (
        names_a_competency
        or reading.anniversary
        or (reading.any(Concept.COMPETENCY) and Concept.FOREIGN not in reading.concepts)
        or (reading.any(Concept.RENEW, Concept.RENEWED) and reading.any(Concept.DATE))
    )


def understand(text: str, offer_names: Sequence[str], aliases: Sequence[tuple[str, str]] = ()) -> Understood:
    """Read one direct message: the intent, the offer it names (one of ``offer_names``) and its language.

    ``aliases``: the workspace's own (alias, offer name) pairs. Never raises for any string: empty, huge,
    emoji-only or control-character input is ``UNKNOWN``.
    The rules and their order are in ``RULES``; the module docstring describes the steps.
    """
    index = offer_index(tuple(offer_names), tuple(aliases))
    clean, words, readings = _words_read(text, index)
    capitalised, acronyms = capitalised_words(text)
    named, offer_positions, reading = _concepts(readings, clean, words, index, capitalised, acronyms)
    competency = untracked_competency(words, index)
    rule, intent = _decide(reading, names_a_competency=competency is not None)
    # no rule applies at all (not one that applies and was refused: "when was Security last audited?")
    unread = rule is None and _may_be_ours(reading, bool(named))
    if intent not in _NOT_ANSWERS and (
        first := _first_and_only_question(clean, index, capitalised, acronyms)
    ):
        # the question first and remarks after it that ask nothing ("de gold competentie, wanneer moet die
        # verlengd worden? ik heb het ergens gelezen maar kan het niet meer vinden", "zitten we al in de
        # verlengperiode voor X? ik zie iets in partner center staan"): the remarks' words are no question
        rule, intent = first
    if intent is Intent.UNKNOWN or (intent is Intent.GREETING and Concept.QUESTION in reading.concepts):
        # a greeting and context before the question ("Dag, ik ben de nieuwe stagiair. Kan je tonen hoe het met
        # al onze offers gesteld is?") is read as the question, as context is
        # context before the question ("Quick one before my 2pm call: our finance people want to know the
        # exact day we'd lose the Cloud Platform benefits"): the words of the context are no subject of the
        # question when the question alone is plainly ours; after a thing of another trade ("Our office
        # lease runs out soon. When is the renewal due?") only when the question names one of our offers
        sentence = question_sentence(clean)
        # in one sentence, a last clause that asks is read alone only when it names one of our offers itself
        # ("we're doing the budget for H2, which date is the Data Analytics renewal due?"): "hoe verleng ik
        # die?" after a person's own certification is still about that certification
        clause = question_clause(clean) if sentence is None else None
        # someone else's question relayed ("mijn collega vraagt wanneer X definitief verstrijkt"): who asks is
        # no subject of it
        relayed = relayed_question(clean) if sentence is None and clause is None else None
        # the question first and a remark after it ("Verloopt er iets in de komende twee weken? Ik zit dan in
        # Spanje", "Zijn we op 1 april nog overal gedekt? De accountant wil het weten"): the remark says why it is
        # asked, and a question of anything of ours needs no referent in it
        remark_after = sentence is not None and clean.lstrip().startswith(sentence.strip())
        asked = (
            _read_alone(
                sentence or clause or relayed or "",
                index,
                capitalised,
                acronyms,
                offer_needed=not remark_after and (clause is not None or Concept.FOREIGN in reading.concepts),
                anything=remark_after,
            )
            if sentence is not None or clause is not None or relayed is not None
            else None
        )
        if asked is None and sentence is not None and (last_clause := question_clause(sentence)):
            # context before the comma inside the question sentence ("Ik ben nieuw als partner admin, kun je me
            # uitleggen hoe ik X verleng? Heb dat nog nooit gedaan."): its last clause, when it names an offer
            asked = _read_alone(last_clause, index, capitalised, acronyms, offer_needed=True)
        if asked is None and (relayed := relayed or relayed_question(clean)):
            # a relayed question with a request after it ("our US office wants to know the procedure for
            # renewing a specialization, can you explain"): who asks is no subject of what is asked
            asked = _read_alone(relayed, index, capitalised, acronyms, offer_needed=False)
        if asked is None:
            # the last question names nothing of ours: its examples or a follow-up ("certifications,
            # customers, ...?", "X - exams, references?", "and is it the same as last year?"); an earlier
            # one that names one of our offers is the question
            asked = next(
                (
                    found
                    for earlier in earlier_questions(clean)
                    if (found := _read_alone(earlier, index, capitalised, acronyms, offer_needed=True))
                ),
                None,
            )
        if asked is not None:
            rule, intent = asked
    elif (
        intent not in _NOT_ANSWERS
        and intent is not Intent.ADD_OFFER  # "kun je Modern Work ook bijhouden?": the name is the question's
        and reading.against >= _AGAINST_A_NOUN  # the question's noun of something else weighs in the whole
        and _asks_about_another_thing(clean, index, capitalised, acronyms)
    ):
        # news or thanks of ours, then a question of another thing: "Cloud Platform verlengd, top. Weet jij
        # hoe ik een vergaderruimte boek?" asks about the room, and the news before it is no question
        rule, intent = None, Intent.UNKNOWN
    read_by_rules = intent
    intent = second_opinion.checked_intent(intent, words, readings, _NOT_ANSWERS, may_answer_unread=unread)
    # the model alone read it: the reply says what it took the message to be, if the message asks what the
    # answer tells and the answer speaks of what the message is about (the rules' own check of a cue word)
    model_read = read_by_rules is Intent.UNKNOWN and intent is not Intent.UNKNOWN
    if model_read and not (_asks_for(intent, reading) and explains(intent, reading)):
        intent, model_read = Intent.UNKNOWN, False
    untracked = competency if intent is not Intent.ADD_OFFER else None
    if untracked:
        intent, named = Intent.UNKNOWN, []  # a competency not tracked here: never another offer's dates
    names = tuple(offer.name for offer in named)
    guessed = len(names) == 1 and guessed_offer(readings, offer_positions)
    unsure = intent in _OFFERED and (
        model_read
        or rule is not None
        and (rule.guess or reading.close_call() or _corrected_keyword(readings, offer_positions))
    )
    return Understood(
        intent=intent,
        offer=names[0] if len(names) == 1 else None,
        lang=message_language(readings, offer_positions),
        ambiguous_offers=names if len(names) > 1 else (),
        guessed=guessed,
        alternatives=close_offers(readings, index, names) if guessed else (),
        unsure=unsure,
        other_intents=_other_intents(intent, reading) if unsure else (),
        untracked=untracked or "",
    )


def _may_be_ours(reading: Reading, offer_named: bool) -> bool:
    """Whether a message no rule applies to may still be answered by the second opinion: an offer or
    the programme named ("k8s al gedaan of moet dat nog", "what's the fallout of missing a renewal
    window"), no more of another trade than of ours, not a cue word alone among other words
    (``Reading.on_topic``), and nothing beyond what the bot knows. Without
    this check the model answered look-alikes ("hoeveel dagen verlof heb ik nog", "wie is admin van deze
    Slack workspace") when it read them by their shape alone."""
    return (
        (offer_named or reading.topic > 0)
        and reading.about_us()
        and reading.on_topic()  # "is there still a covid policy for travel?": a cue in another subject
        and not reading.any(Concept.BEYOND)
    )


def _asks_for(intent: Intent, reading: Reading) -> bool:
    """Whether the message asks for what ``intent``'s answer tells, by the words it holds (``_ASKED_WITH``;
    an intent not in it needs none). Only for a reading of the second opinion's: a rule has its own words."""
    needed = _ASKED_WITH.get(intent)
    return needed is None or reading.any(*needed)


_DATE_INTENTS: Final = (Intent.DUE_DATE, Intent.LOSS_DATE, Intent.GRACE)
_TIME_WORDS: Final = (
    Concept.WHEN, Concept.DATE, Concept.DAY, Concept.DAYS, Concept.LAST, Concept.HOW_LONG, Concept.DUE,
    Concept.LEFT, Concept.NEXT, Concept.LOSE, Concept.GRACE,
)  # fmt: skip
# The words an answer's question holds, one of them at least, when only the second opinion read it.
_ASKED_WITH: Final[dict[Intent, tuple[Concept, ...]]] = {
    # a date: "which benefits do we get with Gold Cloud Platform?" asks none
    **dict.fromkeys(_DATE_INTENTS, _TIME_WORDS),
    # people's names: "geef mij adminrechten in partner center" asks nobody's
    Intent.ADMINS: (Concept.WHO, Concept.LIST),
    # a need: "what's the definition of an advanced specialization?" asks none
    Intent.REQUIREMENTS: (Concept.REQUIRE, Concept.REQUIRE_WEAK, Concept.EARN, Concept.KEEP, Concept.MUST),
    # a renewing: "how do I log in to partner center" asks none
    Intent.HOW_TO_RENEW: (Concept.RENEW, Concept.RENEW_VERB),
    # our offers: "what does MPN stand for" asks for no overview
    Intent.STATUS: (Concept.STATUS, Concept.LIST, Concept.COLLECTION, Concept.OBJECT, Concept.LOOKS),
}


def _words_read(text: str, index: _OfferIndex) -> tuple[str, list[str], list[Token]]:
    """The message cleaned, its words, and each word as read against the workspace's offers."""
    clean = drop_courtesy(clean_text(text))
    words = split_words(clean)
    readings = [read_word(word, index) for word in words]
    for p, token in capital_acronyms(text[:MAX_CHARS], words, index).items():
        readings[p] = token
    return clean, words, readings


def prepare() -> None:
    """Read what the reader reads once per process (the second opinion's model, some 80 ms) now, when the
    app is built, instead of during the first DM it answers."""
    second_opinion.model()


def model_features(text: str, offer_names: Sequence[str]) -> list[str]:
    """What the second opinion (``second_opinion``) sees of a message, as ``understand`` shows it: for
    training it on labelled messages."""
    _, words, readings = _words_read(text, offer_index(tuple(offer_names), ()))
    return second_opinion.features(words, readings)


def _decide(reading: Reading, *, names_a_competency: bool = False) -> tuple[Rule | None, Intent]:
    """The first rule that applies, and its intent unless the message is not about us or not about what
    the answer speaks of. ``names_a_competency``: a 2021 competency the workspace does not track is named."""
    rule = next((rule for rule in RULES if rule.applies(reading)), None)
    intent = rule.intent if rule else Intent.UNKNOWN
    if (
        intent not in _NOT_ANSWERS
        and not _adds_a_new_offer(intent, reading, names_a_competency=names_a_competency)
        and (not reading.about_us() or reading.any(Concept.BEYOND) or not explains(intent, reading))
    ):
        intent = Intent.UNKNOWN  # a cue word in a question about something else: say what the bot can do
    return rule, intent


# "does anything run out ...", "verloopt er iets ...", "zijn we overal gedekt"
_ANY_OF_OURS: Final = word_set("anything something everything whatever iets alles overal")

# What the question alone must name to be read without its context: an offer, or the programme's own words.
_PLAINLY_OURS: Final = (
    Concept.RENEW, Concept.RENEWED, Concept.COMPETENCY, Concept.COLLECTION, Concept.BENEFITS,
    Concept.PARTNER_CENTER, Concept.REMINDER, Concept.GRACE,
    Concept.ADMIN,  # "... I need to hand over the partner stuff. Can you tell me who the partner admins are?"
)  # fmt: skip


def _concepts(
    readings: list[Token],
    clean: str,
    words: list[str],
    index: _OfferIndex,
    names: frozenset[str],
    acronyms: frozenset[str],
) -> tuple[list[_Offer], set[int], Reading]:
    """The offers the words name, where, and the concepts of the rest: the one reading of a message or of
    its question sentence."""
    named, offer_positions = match_offers(readings, index)
    reading = collect_concepts(
        readings,
        offer_positions,
        offer_named=bool(named),
        question=asks(clean, words),
        offer_sure=len(named) == 1,
        names=names,
        acronyms=acronyms,
    )
    return named, offer_positions, reading


def _read_alone(
    sentence: str,
    index: _OfferIndex,
    names: frozenset[str],
    acronyms: frozenset[str],
    *,
    offer_needed: bool,
    anything: bool = False,
) -> tuple[Rule | None, Intent] | None:
    """The question sentence read on its own: its rule and intent when it names an offer (``offer_needed``)
    or the programme and is answered on its own; otherwise ``None``. ``anything``: a question of anything we
    hold ("verloopt er iets ...?", "are we covered everywhere ...?") counts as the programme's."""
    words = split_words(sentence)
    readings = [read_word(word, index) for word in words]
    named, _, reading = _concepts(readings, sentence, words, index, names, acronyms)
    ours = reading.any(*_PLAINLY_OURS) or (anything and not _ANY_OF_OURS.isdisjoint(words))
    if not (named or (ours and not offer_needed)):
        return None
    rule, intent = _decide(reading)
    return (rule, intent) if intent not in _NOT_ANSWERS else None


def _first_and_only_question(
    clean: str, index: _OfferIndex, names: frozenset[str], acronyms: frozenset[str]
) -> tuple[Rule | None, Intent] | None:
    """In a message of several sentences whose first sentence is its only question (it ends with a question
    mark; the sentences after it ask nothing), that question read alone when it names one of our offers and
    is answered on its own; otherwise ``None``."""
    if not first_sentence_asks(clean):
        return None  # most messages: one sentence, or a first one that is no question (no more work)
    sentence = question_sentence(clean)
    if sentence is None or not clean.lstrip().startswith(sentence.strip()):
        return None
    return _read_alone(sentence, index, names, acronyms, offer_needed=True)


def _asks_about_another_thing(
    clean: str, index: _OfferIndex, names: frozenset[str], acronyms: frozenset[str]
) -> bool:
    """Whether the message's question, a last sentence with a question mark, is about a thing of its own
    read alone: none of our offers and none of our words ("And is it the same date for the others?" asks
    about our dates), no answer of ours, and a noun of something else weighing against it (not only a lack
    of our words: "We renewed Security yesterday. Can you record it?" asks about the renewal before)."""
    sentence = question_sentence(clean)
    if sentence is None or not sentence.rstrip().endswith("?"):
        return False
    words = split_words(sentence)
    readings = [read_word(word, index) for word in words]
    if match_offers(readings, index)[0]:
        return False  # one of ours named: read no further
    _, _, reading = _concepts(readings, sentence, words, index, names, acronyms)
    if (
        reading.concepts & (OUR_OBJECTS | _WEAKLY_OURS)
        or reading.against < _AGAINST_A_NOUN
        or reading.about_us()
    ):
        return False
    return _decide(reading)[1] is Intent.UNKNOWN


# "Moet ik de factuur nog betalen?" after news of a renewal is about it; "wie regelt de taart?" is not
_WEAKLY_OURS: Final = frozenset({Concept.FEE_WEAK, Concept.REQUIRE_WEAK})
_AGAINST_A_NOUN: Final = 1.0  # a noun of something else, or a thing of another trade


# Intents a "did you mean" button may offer: questions answered from what is stored, no proposals (those
# need a date and an admin) and no replies that state nothing.
_OFFERED: Final = frozenset(Intent) - _NOT_ANSWERS - {
    Intent.RECORD_RENEWAL, Intent.ADD_OFFER, Intent.CHANGE_ANNIVERSARY,
}  # fmt: skip
_MAX_OTHER_INTENTS: Final = 2


def _other_intents(intent: Intent, reading: Reading) -> tuple[Intent, ...]:
    """The intents of the other rules that apply, in precedence order, without repeats: what else the
    message may have asked. A guess of a date with nothing else applying offers the other dates. (Only
    for an unsure reading: the others are not worth evaluating for every message.)"""
    found: list[Intent] = []
    for rule in RULES:
        if (
            rule.intent in _OFFERED
            and rule.intent is not intent
            and rule.intent not in found
            and rule.applies(reading)
        ):
            found.append(rule.intent)
    for fallback in _DATE_INTENTS:
        if intent in _DATE_INTENTS and fallback is not intent and fallback not in found:
            found.append(fallback)
    return tuple(found[:_MAX_OTHER_INTENTS])


def _corrected_keyword(readings: Sequence[Token], offer_positions: set[int]) -> bool:
    """A keyword read through a typo ("wehn", "benifits"), not through an inflection ("costing")."""
    return any(
        r.known != r.word and base_form(r.word) != r.known
        for p, r in enumerate(readings)
        if p not in offer_positions
    )
