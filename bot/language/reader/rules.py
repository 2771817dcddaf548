"""Steps 4 and 5 of reading a DM: the concepts a message holds, the ordered rules that turn them into
an intent, and the language the message is written in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from bot.language.i18n import Lang, detect_language
from bot.language.reader.dictionary import is_everyday_word, is_real_word, real_words
from bot.language.reader.model import Intent
from bot.language.reader.offers import Token
from bot.language.reader.vocabulary import (
    CHAT_WORDS,
    COURTESY_WORDS,
    FILLER_WORDS,
    PHRASE_TABLE,
    PHRASES_BY_FIRST_WORD,
    WORD_CONCEPTS,
    WORD_LANGUAGE,
    Concept,
    foreign_compound,
    word_set,
)

# --- step 4: concepts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """The concepts of a message: all that the rules in ``RULES`` look at."""

    concepts: frozenset[Concept]
    offer_named: bool  # one or several offers were named
    other_words: bool  # words that are no keyword, filler or offer word ("yesterday", "lunch")
    unknown: int = 0  # how many such words: a question about something else has several ("webinar", "seats")
    offer_sure: bool = False  # one offer named, not several that share a word ("azure")
    topic: float = 0.0  # evidence that the message is about the partner programme or the bot (``_TOPIC``)
    against: float = 0.0  # evidence that it is about something else (``_AGAINST``)
    ours: bool = False  # "we", "our", "ons", "mijn": about our own offers, not the programme at large
    first: str = ""  # the first word, after greetings and "and": the kind of question ("does", "what")
    personal: bool = False  # "I" or "my" with an exam or a certification: one person's, not an offer's
    certifies_other: bool = False  # an exam word after a word of something else: "de ISO certificering"
    microsoft: bool = False  # Microsoft named ("who at Microsoft", "our Microsoft contact")
    person: bool = False  # a person asked about: "I", "we", "people", "someone" ("am I allowed to renew")
    there: bool = False  # "is there", "zijn er": whether a thing exists, not what it is like
    has: bool = False  # "have", "hebben": "will we still have X on 20 March", "hebben we X nog op 3 juni"
    anniversary: bool = False  # "anniversary", "verjaardatum": the MPN date a new offer is added with
    posts: bool = False  # "post", "send", "plaatsen": the bot's posts named, not only a channel
    # "exactly", "precies", "how many euros": a precise amount, which the seed never states
    exact: bool = False
    # an offer's word that several offers share before a noun of its own: "we renewed the Azure plan"
    shared_kind: bool = False
    other_event: bool = False  # "when was Security last audited": a past event that is no renewal
    elsewhere: bool = False  # "who at Contoso", "wie bij Fabrikam": people of another company
    judged: bool = False  # "how hard", "hoe moeilijk": a judgment of an exam or a task, not what it requires
    per_unit: bool = False  # "per user", "per maand": a product's price per unit, not the fee of renewing
    free: bool = False  # "free", "gratis": whether one pays at all ("is verlengen gratis of ...?")
    update: bool = False  # "update", "aanpassen", "bijwerken": the bot asked to bring its records up to date
    paid_before: bool = False  # "what did we pay for X last year", "wat hebben we betaald": our own spending

    def any(self, *concepts: Concept) -> bool:
        """At least one of ``concepts`` is in the message."""
        return any(c in self.concepts for c in concepts)

    def on_topic(self) -> bool:
        """About renewals: it names an offer, renewing, a competency or the reminders, or it holds at most
        one word the reader does not know. A cue word alone in a longer message about something else
        ("what's the status of my support ticket", "can you extend the meeting") answers nothing."""
        return (
            self.offer_sure
            or self.unknown <= 1
            or self.any(
                Concept.RENEW, Concept.RENEWED, Concept.COMPETENCY, Concept.COLLECTION, Concept.BENEFITS,
                Concept.PARTNER_CENTER,
            )
        )  # fmt: skip

    def about_us(self) -> bool:
        """Whether an intent's answer may be given: the evidence that the message is about MPN offers,
        renewals or the bot outweighs the evidence that it is about something else. Cue words ("when",
        "expire", "cost", "status", "admin") are no evidence either way: they are what a question about a
        lease, a VM or a support ticket shares with ours. A message of cue words only ("when do I lose
        benefits?", "status") is ours, and so is one with a stray word; one that names another thing ("the
        office lease", "Azure VMs", "the Teams tenant") is ours only when it names more of ours."""
        return self.against < max(self.topic, _STRAY)

    def close_call(self) -> bool:
        """Whether the evidence that the message is ours only just outweighs the evidence against it."""
        return self.against > 0 and self.topic - self.against < _CLOSE

    def only(self, allowed: Iterable[Concept]) -> bool:
        """Nothing but ``allowed`` concepts, filler and offer names."""
        return not self.other_words and self.concepts <= frozenset(allowed)


def _is_other(word: str) -> bool:
    """A word that is no keyword, no filler, no number and no ordinal ("12th", "1e", "3rd")."""
    if word in FILLER_WORDS or word in COURTESY_WORDS or len(word) <= 1 or word.isdigit():
        return False
    return not (word[0].isdigit() and word.rstrip("stndrhe").isdigit())


def collect_concepts(
    readings: Sequence[Token],
    offer_positions: set[int],
    *,
    offer_named: bool,
    question: bool = False,
    offer_sure: bool | None = None,
    names: frozenset[str] = frozenset(),
    acronyms: frozenset[str] = frozenset(),
) -> Reading:
    """Concepts from phrases and single words, leaving out the words that named an offer. ``question``:
    the message asks (the reader saw a question mark or a question word first), which tells "did we
    renew X?" (history) from "we renewed X" (a renewal to record). ``names``: words typed with a capital
    inside a sentence (``bot.language.reader.text.capitalised_words``); an unknown one names another thing.
    ``acronyms``: words typed in capitals; an unknown one marks a noun of something else, weakly."""
    polite = _polite_frame(readings)
    timed = _times_of_events(readings, offer_positions)
    words = [
        (p, r.known)
        for p, r in enumerate(readings)
        if p not in offer_positions and p not in polite and p not in timed
    ]
    # "before the board meeting", "tijdens de audit": a time the question is asked for, no subject of it (nor a
    # day of its own: "do we need a new badge before the conference" asks no date)
    concepts: set[Concept] = {Concept.QUESTION} if question else set()
    unknown = 0
    nouns = 0
    heads: list[int] = []  # where nouns of something else stand: a thing of another trade, an unknown noun
    trades: list[int] = []  # where things of another trade stand
    modified = False  # an offer's words name another thing's kind ("the Security workshop")
    programme_kind = False  # so do the programme's ("our Partner Center MFA token")
    fee_papers: list[int] = []  # "invoice", "factuur": another trade's, or the renewal's own invoice
    benefit_things: list[int] = []  # "licences", "credits": another trade's, or the benefits lost by lapsing
    foreign = 0  # things of another trade
    people = 0  # capitalised words alone: as often a person as a thing ("Sofie", "German")
    against = 0.0
    texts = tuple(w for _, w in words)  # compared as tuple slices: one C comparison per phrase tried
    i = 0
    while i < len(words):
        word = words[i][1]
        for phrase, concept in PHRASES_BY_FIRST_WORD.get(word, ()):
            end = i + len(phrase)
            # a phrase counts only when its words were next to each other in the message
            if (
                end <= len(words)
                and texts[i:end] == phrase
                and words[end - 1][0] - words[i][0] == len(phrase) - 1
            ):
                concepts.add(concept)
                i = end
                break
        else:
            if (
                word in _CERTIFIED
                and (
                    _right_after_an_offer(readings, offer_positions, words[i][0])
                    # "tot wanneer zijn we nog gespecialiseerd in data analytics?"
                    or (words[i][0] + 2 in offer_positions and readings[words[i][0] + 1].known in _IN_FOR)
                )
                and any(r.known in _STILL for r in readings)  # "how do we get X certified" asks what it takes
            ):
                # "are we still Security certified on 1 May?": the offer held, as "still covered", not what
                # certifying takes
                concepts.add(Concept.BENEFITS)
            elif word in WORD_CONCEPTS and not (word in _ALSO_NAMES and word in names):
                found = WORD_CONCEPTS[word]
                concepts |= found
                against += max((_AGAINST.get(c, 0.0) for c in found), default=0.0)
                unknown += Concept.FOREIGN in found  # the rules count it as a word of something else
                if Concept.FOREIGN in found:
                    heads.append(words[i][0])
                    trades.append(words[i][0])
                    foreign += 1
                    if Concept.FEE_WEAK in found:
                        fee_papers.append(words[i][0])
                    if word in _BENEFIT_THINGS:
                        benefit_things.append(words[i][0])
                    if _programme_kind(readings, words[i][0], offer_positions):
                        # "the Data Analytics competency training": the offer and the programme's word
                        # name the training's kind
                        modified = programme_kind = True
                elif Concept.PROGRAMME in found and _another_partner(readings, words[i][0]):
                    against += _NOUN_WEIGHT  # "the partner of the year awards", "our partner Contoso"
                    nouns += 1
                    heads.append(words[i][0])
            elif word in _MICROSOFT:
                # the programme's owner: "Microsoft's COVID rule", "... to Microsoft Azure"; with a number
                # after it a product of its own: "the Microsoft 365 renewal date", "Microsoft 2019"
                p = words[i][0]
                if p + 1 < len(readings) and readings[p + 1].word.isdigit() and p + 1 not in offer_positions:
                    against += _NOUN_WEIGHT
                    nouns += 1
                    heads.append(p)
            elif word[0].isdigit() and not word.isdigit() and word.rstrip("stndrhe").isdigit():
                concepts.add(
                    Concept.DAY
                )  # "are we covered for CBA on the 1st?", "de 3de": a day of the month
            elif word in _PUT and words[i][0] > 0 and _a_day(readings[words[i][0] - 1].word):
                concepts.add(Concept.CHANGE)  # "de verjaardatum van X op 3 mei zetten": set to a day
            elif word in _GONE and _right_after_an_offer(readings, offer_positions, words[i][0]):
                concepts.add(Concept.LOSE)  # "wnr is k8s weg als we nix doen": the offer gone
            elif _is_other(word):
                everyday = is_everyday_word(word)
                unknown += 1
                if foreign_compound(word):
                    foreign += 1
                    against += _AGAINST[Concept.FOREIGN]
                    concepts.add(Concept.FOREIGN)
                    heads.append(words[i][0])
                    trades.append(words[i][0])
                elif (
                    _names_a_kind(readings, offer_positions, words[i][0], modal=bool(concepts & _MODALS))
                    or _after_programme_word(readings, words[i][0])
                    or (
                        word in names
                        and word not in _MICROSOFT  # "... Migration to Microsoft Azure": the name's own word
                        and offer_positions & {words[i][0] - 1, words[i][0] + 1}
                        # "heeft Sofie Data Analytics al verlengd": a person, the subject after the verb
                        and not (words[i][0] > 0 and readings[words[i][0] - 1].word in _PAST_AUX)
                    )
                ):  # "Microsoft 365 Business Premium": an offer's word inside another name
                    against += _NOUN_WEIGHT
                    nouns += 1
                    modified = True
                    programme_kind = programme_kind or _programme_kind(readings, words[i][0], offer_positions)
                elif (
                    _noun_place(readings, words[i][0])
                    or (word in names and word not in _MICROSOFT)
                    # "een VOG", "a VPN": an acronym after a determiner is a thing, however short
                    or (
                        word in acronyms
                        and words[i][0] > 0
                        and readings[words[i][0] - 1].known in _DETERMINERS
                    )
                ):
                    # a name of two words or more ("Solutions Partner") is a thing; one capitalised word
                    # alone is as often a person mentioned in passing ("my manager Sarah asks")
                    p = words[i][0]
                    several = any(
                        0 <= q < len(readings) and readings[q].word in names for q in (p - 1, p + 1)
                    )
                    alone = not _noun_place(readings, p) and not several
                    against += _NOUN_WEIGHT / 2 if alone else _NOUN_WEIGHT
                    nouns += 1
                    people += alone and word not in acronyms  # "Sofie"; "een VOG" is a thing
                    heads.append(p)
                    if several and word in names:
                        trades.append(p)  # "Action Pack", "Visual Studio": a product of its own
                elif (word in acronyms or word in names) and _names_a_reminder(readings, words[i][0]):
                    # "my MFA reminder", "the Outlook reminder": another thing's reminder, not ours
                    against += _NOUN_WEIGHT
                    nouns += 1
                    heads.append(words[i][0])
                elif not everyday or word in acronyms:
                    against += _UNKNOWN_WEIGHT
                    if word in acronyms:  # "the MCI funds for Data Analytics"
                        heads.append(words[i][0])
            i += 1
    # "factuur betaald, Data Analytics is dus hernieuwd", "how much is the invoice for the Security renewal": the
    # only paper of another trade is an invoice, in a message of renewing one of our offers: the renewal's own
    if (
        fee_papers
        and len(fee_papers) == foreign
        and concepts & {Concept.RENEW, Concept.RENEWED}
        and not concepts
        & {Concept.WHERE, Concept.HOW, Concept.PARTNER_CENTER}  # "where is the invoice for X"
        and (offer_named if offer_sure is None else offer_sure)
    ):
        against -= (_AGAINST[Concept.FOREIGN] - _AGAINST[Concept.FEE_WEAK]) * len(fee_papers)
        unknown -= len(fee_papers)
        heads = [h for h in heads if h not in fee_papers]
        trades = [t for t in trades if t not in fee_papers]
        concepts.discard(Concept.FOREIGN)
    # "do we lose our Azure credits / IUR if we don't renew?", "verliezen we onze IUR licenties als we niet op
    # tijd hernieuwen?": the only things of another trade are licences or credits, lost under the condition of
    # not renewing ours (or of one of ours lapsing): the benefits (without it, "when do our Office licences
    # expire" and "do we lose the credits if the subscription ends" are another thing's)
    if (
        benefit_things
        and len(benefit_things) == foreign
        and Concept.IF in concepts
        and concepts & {Concept.LOSE, Concept.HAPPEN}
        # "blijven onze IUR licenties nog even doorlopen als X vervalt?": how long they last, which the seed
        # does not say
        and Concept.LEFT not in concepts
        and (
            (Concept.NOT in concepts and Concept.RENEW in concepts)
            or (Concept.LOSE in concepts and (offer_named if offer_sure is None else offer_sure))
        )
    ):
        against -= _AGAINST[Concept.FOREIGN] * len(benefit_things)
        unknown -= len(benefit_things)
        heads = [h for h in heads if h not in benefit_things]
        trades = [t for t in trades if t not in benefit_things]
        concepts.discard(Concept.FOREIGN)
        concepts.add(Concept.BENEFITS)
    # "kan da nog verlengd worden?", "can it still be renewed?": a participle of renewing in a passive after a
    # modal is the renewing asked about, not a renewal done
    if (
        Concept.RENEWED in concepts
        and concepts & {Concept.CAN, Concept.MUST}
        and Concept.RENEW not in concepts
        and any(r.known in _PASSIVE_AUX for r in readings)
    ):
        concepts.add(Concept.RENEW)
    # "how do I get Security renewed?", "hoe krijg ik X verlengd": getting it renewed, asked how or whether one
    # can, is the renewing asked about ("did we get X renewed" asks the history, "we got X renewed" tells it)
    if (
        Concept.RENEWED in concepts
        and Concept.RENEW not in concepts
        and concepts & {Concept.HOW, Concept.CAN, Concept.MUST, Concept.WANT, Concept.STEPS}
        and not concepts & {Concept.DID, Concept.ALREADY}
        and any(r.known in _GETTING for r in readings)
    ):
        concepts.discard(Concept.RENEWED)
        concepts.add(Concept.RENEW)
    # "nieuw: Cloud Platform, jubileum 20/01", "new: Security, anniversary 1 May": a note that starts with "new"
    # and the offer's name adds that offer ("new anniversary for Security" is a date)
    if (
        len(readings) > 1
        and readings[0].known in _NEW_FIRST
        and 1 in offer_positions
        and not concepts & {Concept.QUESTION, Concept.RENEW, Concept.RENEWED}
    ):
        concepts.add(Concept.ADD)
    if concepts & _DONE_BY_PEOPLE:
        # "is Sofie one of the partner admins?", "I think Mark took care of it": a person asked about or acting,
        # no thing the admins or the renewal are of ("translate the renewal steps into German" is another thing)
        nouns -= people
    if any(
        p - 1 in offer_positions
        and _a_version(r.word)
        and not (p + 1 < len(readings) and readings[p + 1].word.isdigit())  # "biz apps: 2021-05-30"
        for p, r in enumerate(readings)
    ):
        # "when does the Windows Server 2012 support end": an offer's words with a version or a year after
        # them name a product of that version, not the offer
        modified = True
        against += _NOUN_WEIGHT
    owned = [
        p
        for p, r in enumerate(readings)
        if r.known in _KIND_HEADS
        and p not in offer_positions
        and _another_things_anniversary(readings, offer_positions, p)
    ]
    if owned:
        # "our company anniversary", "the gym membership": the programme's noun is another thing's
        against += _NOUN_WEIGHT
        nouns += 1
        programme_kind = True
        if all(
            p in owned
            for p, r in enumerate(readings)
            if p not in offer_positions and Concept.COMPETENCY in WORD_CONCEPTS.get(r.known, frozenset())
        ):
            concepts.discard(Concept.COMPETENCY)  # no competency of ours is named
    other_reminder, offer_in_it = (
        _reminds_of_another_thing(readings, offer_positions)
        if Concept.REMINDER in concepts
        else (False, False)
    )
    if (
        not other_reminder
        and concepts & _CUE_NOUNS
        and _completes_a_cue_with_another_thing(readings, offer_positions)
    ):
        other_reminder, offer_in_it = True, False
    if other_reminder:
        # "when is my next dentist reminder", "a reminder for the quarterly business review": the reminder
        # is of the thing it names, not of our offers
        against += _NOUN_WEIGHT
        nouns += 1
        modified = modified or offer_in_it
    if _another_kind(readings, offer_positions, concepts):
        concepts.add(Concept.BEYOND)
    concepts |= _asked_by_shape(readings, offer_positions, concepts)
    sure = offer_named if offer_sure is None else offer_sure
    # "when does our Zendesk plan for Cloud Platform expire": the question is about the plan, and the offer
    # only says what the plan is for
    team = _names_a_team(readings, offer_positions)
    if team:
        against += (
            _NOUN_WEIGHT / 2
        )  # "security team?": the people, not the offer (weakly: a team is ours too)
    # "the data analytics dashboard is slow today", "wie beheert het Security dashboard?": a tool named after
    # the offer, though the tool's word is one of ours elsewhere ("dashboard", "portal")
    tool = any(p - 1 in offer_positions and r.known in _TOOLS for p, r in enumerate(readings))
    if tool:
        against += _NOUN_WEIGHT
        nouns += 1
    modified = modified or _only_complements(readings, offer_positions, heads, trades) or team or tool
    # Renewing, benefits and reminders are ours only when nothing else is named that they may be about:
    # "when do our Dynamics licences renew" asks about the licences.
    cues = () if Concept.FOREIGN in concepts or nouns else concepts
    # a level next to the name ("for Gold Cloud Business Applications") is part of the name, and says no more
    strong = (
        concepts - {Concept.COMPETENCY}
        if modified and _levels_in_names(readings, offer_positions)
        else concepts
    ) - (_PROGRAMME_CONCEPTS if programme_kind else frozenset())
    topic = (
        (0.0 if modified else _OFFER_SURE if sure else _OFFER_SHARED if offer_named else 0.0)
        + sum(_STRONG_TOPIC.get(c, 0.0) for c in strong)
        + sum(_TOPIC.get(c, 0.0) for c in cues)
    )
    ours = any(r.word in _OURS for r in readings)
    # "tell me what we lose when X isn't renewed": the question after a request to tell is the kind asked
    told = 2 if len(readings) > 2 and readings[0].known in _TELL_ME and readings[1].known in _TOLD else 0
    first = next((r.known for r in readings[told:] if r.known not in _ADVICE_LEAD_INS), "")
    # "my certification" is one person's whatever it names; "which exam do I need" is when no offer is sure
    known = frozenset(r.known for r in readings)  # for the checks of single words below
    personal = Concept.REQUIRE_WEAK in concepts and (
        any(r.word in _MY for r in readings) or (not sure and any(r.word in _ME for r in readings))
    )
    certifies_other = Concept.REQUIRE_WEAK in concepts and _certifies_another(readings, offer_positions)
    microsoft = any(r.word in _MICROSOFT for p, r in enumerate(readings) if p not in offer_positions)
    return Reading(
        frozenset(concepts), offer_named, unknown > 0, unknown, sure, topic, against, ours, first, personal,
        certifies_other, microsoft, any(r.word in _PEOPLE for r in readings),
        there=any(r.word in _THERE for r in readings[1:3]),
        has=any(r.word in _HAVE for r in readings),
        anniversary=not _ANNIVERSARY.isdisjoint(known),
        exact=not _EXACT_AMOUNT.isdisjoint(known),
        judged=not _JUDGED.isdisjoint(known),
        other_event=any(
            p not in offer_positions and _unknown_noun(r.known) and _past_participle(r.known)
            for p, r in enumerate(readings)
        ),
        elsewhere=any(
            Concept.WHO in WORD_CONCEPTS.get(readings[p].known, frozenset())
            and readings[p + 1].known in _AT
            and p + 2 not in offer_positions
            and _unknown_noun(readings[p + 2].known)
            for p in range(len(readings) - 2)
        ),
        shared_kind=offer_named and not sure and _shared_word_names_a_kind(readings, offer_positions),
        per_unit=not _UNITS.isdisjoint(known)
        and any(readings[p].word in _PER and readings[p + 1].word in _UNITS for p in range(len(readings) - 1)),
        posts=not _POSTING.isdisjoint(known),
        free=not _FREE.isdisjoint(known),
        update=not _UPDATE.isdisjoint(known),
        paid_before=Concept.FEE in concepts and _paid_before(readings, known),
    )  # fmt: skip


# "Weg" (gone) is a word of losing only right after the offer or the programme's noun ("wanneer is Security weg",
# "is de competentie weg"): elsewhere it is a road, "op weg", or another thing gone ("mijn authenticator app is
# weg", "of is het meteen weg" after asking for time).
_GONE: Final = word_set("weg")
_NEW_FIRST: Final = word_set("new nieuw nieuwe")
_GETTING: Final = word_set("get gets getting krijg krijgt krijgen")
_PASSIVE_AUX: Final = word_set("worden be")
_PUT: Final = word_set("zetten")  # "... op 3 mei zetten"; "in de agenda zetten" sets nothing of ours


def _a_day(word: str) -> bool:
    """A month, a weekday or a day number: what a date is set to ("op 3 mei zetten", "naar 1 april")."""
    return word.isdigit() or Concept.DAY in WORD_CONCEPTS.get(word, frozenset())


_BELIEVERS: Final = word_set("i ik we wij")
_WHAT_OR_WHICH: Final = word_set("what which wat welke welk anything iets")
_ADVERBS_BETWEEN: Final = word_set("dan helemaal definitief echt really then completely definitely")
_CERTIFIED: Final = word_set(
    "certified accredited specialized specialised gecertificeerd geaccrediteerd gespecialiseerd"
)
_IN_FOR: Final = word_set("in for voor")
_STILL: Final = word_set("still nog")


def _right_after_an_offer(readings: Sequence[Token], offer_positions: set[int], p: int) -> bool:
    """The offer (or the programme's noun) just before ``p``, over an adverb or two ("is Cloud Platform echt
    weg", "is X dan helemaal weg")."""
    before = p - 1
    while (
        before > p - 3
        and before >= 0
        and before not in offer_positions
        and (readings[before].known in _DOUBT or readings[before].known in _ADVERBS_BETWEEN)
    ):
        before -= 1
    return before in offer_positions or (
        before >= 0 and Concept.COMPETENCY in WORD_CONCEPTS.get(readings[before].known, frozenset())
    )


# Benefits of the programme that are also things of other trades: licences (internal use rights), credits
_BENEFIT_THINGS: Final = word_set(
    "licence licences license licenses licenties licentie credits credit tegoed"
)


# Events a question may be timed by: "before the board meeting", "at the customer event on 12 May", "voor de
# directievergadering van donderdag", "tijdens de audit". After a preposition of time they say when, and are
# no subject of the question ("when is the meeting" still asks about the meeting).
_EVENTS: Final = word_set(
    """
    meeting meetings call event events conference webinar audit review qbr offsite summit kickoff workshop
    holiday holidays vacation leave
    vergadering vergaderingen overleg evenement congres beurs vakantie feestdagen verlof
    project projects launch golive livegang
    """
)
_TIME_PREPOSITIONS: Final = word_set("before after during at na tijdens because vanwege wegens")
# "voor" and "bij" are as often "for" and "with" ("de deadline voor het partner webinar"): a time only as the
# message's first word ("Voor de directievergadering van donderdag: ...")
_TIME_PREPOSITIONS_FIRST: Final = word_set("voor bij")
_OF: Final = word_set("of van")
_TIME_OF: Final = word_set("time tijd moment end einde start begin")  # "at the end of their project"
_BACK: Final = word_set("back terug")
_ON: Final = word_set("on op")
_AWAY: Final = word_set("holiday holidays vacation leave vakantie verlof")
_FROM: Final = word_set("from van uit")
_EVENT_REACH: Final = 3  # "before [the] [board] meeting", "at [the] [customer] event"


def _is_event(word: str) -> bool:
    return word in _EVENTS or (len(word) > 8 and any(word.endswith(e) for e in _EVENTS if len(e) >= 6))


def _times_of_events(readings: Sequence[Token], offer_positions: set[int]) -> set[int]:
    """The positions of an event named as a time and of the words between it and its preposition: they say
    when the question is asked for, not what it is about."""
    timed: set[int] = set()
    for p, r in enumerate(readings):
        if p in offer_positions or not (_is_event(r.known) or r.known in _AUDIENCES):
            continue
        for q in range(p - 1, max(-1, p - 1 - _EVENT_REACH), -1):
            if q in offer_positions:
                break
            if (
                readings[q].known in _TIME_PREPOSITIONS
                or (q == 0 and readings[q].known in _TIME_PREPOSITIONS_FIRST)
                # "by the time of the partner event", "tegen de tijd van de beurs"
                or (readings[q].known in _OF and q > 0 and readings[q - 1].known in _TIME_OF)
                # "I'm back from holiday - how many days ...": the asker's own time, no subject
                or (readings[q].known in _FROM and q > 0 and readings[q - 1].known in _BACK)
                # "terwijl ik in augustus op vakantie ben", "while I'm on leave": the asker away
                or (q == p - 1 and readings[q].known in _ON and r.known in _AWAY)
                # "iemand op een partnerevent had het over ...": where someone said it, Dutch "op" as "at"
                or (readings[q].known in _OP and r.known in _GATHERINGS)
                # "status report for the management meeting", "stand van zaken graag voor het teamoverleg": the
                # occasion a status is asked for (not "the deadline for the webinar", another thing's)
                or (
                    readings[q].known in _FOR
                    and q > 0
                    and (readings[q - 1].known in _OCCASION_ASKS or _a_status_word(readings[q - 1].known))
                )
            ) and (
                # "a status report for the board": the people a status is for, only after "for" and a status word
                _is_event(r.known) or readings[q].known in _FOR
            ):
                # a time of ours stays one: "during the summer holidays", "tijdens de zomervakantie", "during
                # the holidays" (a season with no fixed dates: bot.language.reader.when says so)
                if not _a_time_of_ours(readings, q, p):
                    timed.update(range(q + 1, p + 1))
                break
    return timed


_OP: Final = word_set("op")
_GATHERINGS: Final = word_set("event events evenement evenementen beurs congres conference webinar")
_AUDIENCES: Final = word_set("board management directie mt")
_OCCASION_ASKS: Final = word_set("report please pls graag asap nodig needed")


def _a_status_word(word: str) -> bool:
    return Concept.STATUS in WORD_CONCEPTS.get(word, ())


def _a_time_of_ours(readings: Sequence[Token], q: int, p: int) -> bool:
    """Whether the words from ``q`` to ``p`` hold a day or a season the reader knows, alone or as a phrase."""
    known = [x.known for x in readings[q : p + 1]]
    return any(Concept.DAY in WORD_CONCEPTS.get(w, ()) for w in known[1:]) or any(
        concept is Concept.DAY and tuple(known[: len(phrase)]) == phrase
        for phrase, concept in PHRASES_BY_FIRST_WORD.get(known[0], ())
    )


_DONE_BY_PEOPLE: Final = frozenset(
    {Concept.ADMIN, Concept.WHO, Concept.HISTORY, Concept.RENEWED, Concept.DONE}
)


def _names_a_reminder(readings: Sequence[Token], p: int) -> bool:
    """Whether the word at ``p`` stands right before a reminder word: it names the reminder's kind."""
    return p + 1 < len(readings) and Concept.REMINDER in WORD_CONCEPTS.get(readings[p + 1].known, frozenset())


def _certifies_another(readings: Sequence[Token], offer_positions: set[int]) -> bool:
    """An exam or certification word after a word that is neither an offer's nor ours: "de ISO
    certificering", "the SOC2 certification": another thing's certification, not an offer's requirement."""
    return any(
        Concept.REQUIRE_WEAK in WORD_CONCEPTS.get(r.known, frozenset())
        and p > 0
        and p - 1 not in offer_positions
        and _is_other(readings[p - 1].known)
        and readings[p - 1].known not in WORD_CONCEPTS
        and not is_everyday_word(readings[p - 1].known)  # "how many certified people"
        for p, r in enumerate(readings)
    )


# Words that ask a number to the cent: "exactly how many euros", "hoeveel euro precies", "the exact amount".
_EXACT_AMOUNT: Final = word_set(
    "exact exactly precise precisely precies exacte precieze euro euros dollar dollars eur usd"
)
# Paying told in the past: "paid", "betaald", "spent", "uitgegeven", "kostte"; and the verbs "did" puts there
# ("what did we pay", "how much did it cost us")
_PAID: Final = word_set("paid spent betaald betaalde betaalden uitgegeven kostte kostten")
_PAID_AFTER_DID: Final = word_set("pay spend cost")
_DID_WORDS: Final = word_set("did")
# a payment still to be made, or a rule of paying: "moet er betaald worden", "must it be paid", "if we paid late"
_NOT_PAST: Final = word_set(
    "moet moeten must should will would zal zullen worden wordt be being if als indien kan can could"
)


def _paid_before(readings: Sequence[Token], known: frozenset[str]) -> bool:
    """ "What did we pay for Cloud Platform last year?", "hoeveel hebben we vorig jaar betaald voor
    security?", "how much did Security cost us last time": what was paid is our own spending, which the bot
    does not keep; the seed's answer (a fee may apply when renewing) is of the fee to come. A payment to make
    ("moet er betaald worden", "can it be paid in instalments") or one under a condition is no past."""
    if not _NOT_PAST.isdisjoint(known):
        return False
    # as typed too: "kostte" is read as the keyword "kost"
    if not _PAID.isdisjoint(known) or not _PAID.isdisjoint(r.word for r in readings):
        return True
    return not _DID_WORDS.isdisjoint(known) and not _PAID_AFTER_DID.isdisjoint(known)


# Words of the bot posting in a channel: "which channel do you post in", "plaats ze in #mpn".
_POSTING: Final = word_set(
    """
    post posts posting posted send sends sending sent deliver delivered
    posten post gepost plaatsen plaatst geplaatst sturen stuurt gestuurd versturen verstuurd verstuur
    """
)
_AT: Final = word_set("at bij")


def _past_participle(word: str) -> bool:
    """An English or Dutch past participle: "audited", "approved", "gecontroleerd", and with a prefix
    "goedgekeurd", "afgerond"."""
    return len(word) >= _PARTICIPLE_MIN and (
        word.endswith("ed") or (word[-1] in "dt" and "ge" in word[:_PREFIX_REACH])
    )


_PARTICIPLE_MIN: Final = 6
_PREFIX_REACH: Final = 6  # "goedge-", "uitge-", "afge-": where a Dutch participle's "ge" stands
_JUDGED: Final = word_set(
    "hard harder hardest difficult easy easier tough moeilijk moeilijker makkelijk zwaar lastig"
)
# "per user", "per seat", "per maand": the price of a product by the unit (a competency fee is no such thing)
_PER: Final = word_set("per a an each elke iedere")
_UNITS: Final = word_set(
    """
    user users seat seats month licence license licenses licences device devices hour gb
    gebruiker gebruikers maand licentie licenties apparaat apparaten uur plek plekken stoel
    """
)
# The programme's word for an offer's yearly date ("due" and "deadline" are any trade's).
_FREE: Final = word_set("free gratis")
_UPDATE: Final = word_set("update updaten aanpassen bijwerken")
_ANNIVERSARY: Final = word_set(
    """
    anniversary anniversaries anniv jubileum jubilea jubileumdatum jubileumdatums verjaardag verjaardatum
    verjaart verjaren verlengdatum verlengingsdatum vernieuwingsdatum
    """
)
_PEOPLE: Final = word_set(
    "i me we us you people someone somebody anyone anybody ik mij wij we ons jij je u mensen iemand"
)
_MY: Final = word_set("my mine mijn")
# Keywords that are also first names: typed with a capital inside a sentence, a person ("I think Mark took
# care of it"), not a request to mark something
_ALSO_NAMES: Final = word_set("mark bill")
_HAVE: Final = word_set("have has hold holds hebben heb hebt heeft")
_THERE: Final = word_set("there er")
_ME: Final = word_set("i me ik mij")


# --- a polite frame ---------------------------------------------------------------------------------------

_YOU: Final = word_set("you u je jij")
_TELLING: Final = word_set(
    """
    tell show give send let share explain check confirm look find vertel vertellen mededelen laten laat
    geven geef sturen stuur zeggen tonen toon nakijken opzoeken uitzoeken doorgeven bevestigen checken
    """
)


def _polite_frame(readings: Sequence[Token]) -> set[int]:
    """The position of "can" in "can you tell me ...", "kunt u mij mededelen ...", "could you check ...":
    the request frame around a question, not a question whether one can ("until when can we still renew")."""
    found: set[int] = set()
    for p in range(len(readings) - 2):
        if (
            Concept.CAN in WORD_CONCEPTS.get(readings[p].known, frozenset())
            and readings[p + 1].word in _YOU
            and any(r.word in _TELLING for r in readings[p + 2 : p + 5])
        ):
            found.add(p)
    return found


# --- questions of another kind --------------------------------------------------------------------------

# Words that make a question about our own offers ("how many competencies do WE have", "when is OUR
# competency due") rather than about the programme at large ("how many competencies does Microsoft offer").
_OURS: Final = word_set("we our ours us i my mine wij ons onze mijn ik")
# Words that put a question to the world rather than to us: "are there", "zijn er", "exist", "bestaan".
_EXISTS: Final = word_set("exist exists existing bestaan bestaat")
_ADVICE_STARTS: Final = word_set("should shall zouden zou")
_WHICH: Final = word_set("which welke welk")
_ALTERNATIVE: Final = word_set("or of")
_KINDS: Final = (
    word_set("competency competence competentie"),
    word_set("specialization specialisation specialisatie specialty"),
)


def _another_kind(readings: Sequence[Token], offer_positions: set[int], concepts: set[Concept]) -> bool:
    """A question of a kind none of our answers is, told by its shape rather than by a word:

    - advice asked with the modal first ("should we renew X?", "zouden we X verlengen?"): the bot states
      dates and rules, it does not advise;
    - a count of what exists ("how many competencies does Microsoft offer", "hoeveel competenties zijn
      er"): ours only when the count is of our own ("how many competencies do we have");
    - a choice among offers not of ours ("which competency should we get next"): a choice to advise on, not
      a date, unless renewing or a deadline is named;
    - a classification ("is Security a competency or a specialization?"): two kinds of offer as
      alternatives.
    """
    words = [r.known for p, r in enumerate(readings) if p not in offer_positions]
    all_words = {r.word for r in readings}
    first = next((w for w in words if w not in _ADVICE_LEAD_INS), "")
    ours = not _OURS.isdisjoint(all_words)
    asked_about_dates = bool(concepts & _ASKED_DATES)
    if first in _ADVICE_STARTS and not asked_about_dates and Concept.DAY not in concepts:
        return True
    # "how many certified people do we have": we hold no such count; "... does X require" asks a requirement
    # "can you summarize the last 50 messages"; not "can you double check when Security is due", whose
    # embedded question is what is asked, nor "can you pull up the status of our competencies", whose
    # object is ours
    task = _task_object(readings, offer_positions)
    if task == "other" or _tells_another_thing(readings, offer_positions):
        return True  # "can you write a LinkedIn post about our CBA status", "tell me a joke about renewals"
    if (
        task != "ours"
        and _asks_a_task(readings)
        and not offer_positions
        and not concepts & _EMBEDDED_QUESTION
    ):
        return True
    # "which people are admins" asks the admins
    # "how do I renew X, which menu in Partner Center?" picks a place of the procedure asked
    procedure = Concept.RENEW in concepts and bool(concepts & {Concept.HOW, Concept.WHERE, Concept.STEPS})
    if (
        _counts_what_we_do_not_hold(readings, offer_positions)
        and not procedure
        and not concepts & {Concept.REQUIRE, Concept.MUST, Concept.ADMIN, Concept.ADMIN_WEAK}
    ):
        return True
    if Concept.HOW_MANY in concepts and not asked_about_dates and Concept.RENEW not in concepts:
        counted = concepts & {Concept.COLLECTION, Concept.COMPETENCY}
        if counted and (not ours or not _EXISTS.isdisjoint(all_words) or "er" in all_words):
            return True
    if (
        not _WHICH.isdisjoint(words)
        and concepts & {Concept.COMPETENCY, Concept.COLLECTION}
        and concepts & {Concept.MUST, Concept.WANT, Concept.NEXT, Concept.GOT}
        and not offer_positions
        and not asked_about_dates
        and not concepts & {Concept.RENEW, Concept.RENEWED}
    ):
        return True
    # whether something exists, or lasts, or matters at all: "do competencies still exist", "hoe lang bestaat
    # het programma al", "how long does the renewal take to show up"
    if (
        not _EXISTS.isdisjoint(all_words)
        and not ours
        and not offer_positions
        and not concepts & _OUR_BUSINESS
    ):
        return True
    if Concept.HOW_LONG in concepts and not _TAKES.isdisjoint(all_words) and Concept.LOSE not in concepts:
        return True
    # doubt with the modal first: "moeten we echt alle competenties verlengen", "do we really need to renew"
    if first in _MODAL_STARTS and not _DOUBT.isdisjoint(all_words) and not asked_about_dates:
        return True
    # Microsoft as the one who acts, about none of ours: "which competencies does Microsoft still offer"
    if not _MICROSOFT.isdisjoint(words) and not ours and not offer_positions and not concepts & _OUR_BUSINESS:
        return True
    # when the programme itself changes: "when do the competency requirements change", "when will the new
    # specializations be announced"; "when does OUR anniversary change" or one of our offers is ours
    if (
        not offer_positions
        and not ours
        and Concept.WHEN in concepts
        and concepts & {Concept.CHANGE, Concept.NEW}
        and not concepts & {Concept.REMINDER, Concept.CHANNEL}
    ):
        return True
    # the bot asked to act in Partner Center: "can you just renew Security for me", "log in ... voor mij en
    # verleng alles": the bot reads dates and rules, it renews nothing itself
    if _asks_the_bot_to_renew(readings, concepts):
        return True
    # a prediction of what Microsoft will do, none of ours named: "will the renewal fee go up next year",
    # "wordt die covid verlenging nog eens verlengd"; the bot knows the rules of today only
    # "will the requirements for Security change next year": a change of the programme's rules for an offer
    if (
        first in _FUTURE_STARTS
        and (
            not offer_positions or (Concept.CHANGE in concepts and concepts & {Concept.REQUIRE, Concept.FEE})
        )
        and not ours
        and not concepts & {Concept.REMINDER, Concept.CHANNEL, Concept.BOT}
        # "will it still be valid on 30 September", "will we lose benefits" ask our standing, not Microsoft's plans
        and not concepts & _OUR_STANDING
        # "gaat verlengen via partner center?": the procedure of today
        and not (
            Concept.RENEW in concepts and concepts & {Concept.HOW, Concept.WHERE, Concept.PARTNER_CENTER}
        )
        and not (Concept.OBJECT in concepts and concepts & {Concept.LEFT, Concept.DAY, Concept.DATE})
        # "wordt er iets aangerekend voor de verlenging?": whether one pays, as "is there a fee", not a plan
        and not (
            first == "wordt" and Concept.FEE in concepts and any(r.known in _THERE for r in readings[:3])
        )
    ):
        return True
    # a renewal undone or a tool broken: "kan ik de verlenging annuleren", "the renew button for Cloud Platform
    # doesn't work": the bot neither cancels nor repairs, and has no answer of its own to give
    if _undoes_or_breaks(readings) and not concepts & {Concept.REMINDER, Concept.CHANNEL}:
        return True
    # a wish or an exclamation, no question: "happy anniversary to us!", "gefeliciteerd met je jubileum!",
    # "wat een deadline-stress vandaag"
    wish, exclamation = _wishes_or_exclaims(readings)
    if (wish and not concepts & _ASKING) or (exclamation and not concepts & _ASKING - {Concept.QUESTION}):
        return True
    # Microsoft the subject of what will be: "will Microsoft extend the COVID deadline again", "gaat Microsoft
    # de coronaregeling verlengen", "is Microsoft going to raise the fee": its decisions, whatever they are about
    if _microsoft_will(readings):
        return True
    # the bot's opinion asked: "do you think we should keep X", "wat vind jij", "what would you do", and a
    # choice it would make: "welke competentie zou jij laten vallen"
    opinion = any(
        (readings[p].word in _YOU and readings[p + 1].word in _OPINION)
        or (readings[p].word in _OPINION and readings[p + 1].word in _YOU)  # Dutch inverts: "wat vind jij"
        or (
            readings[p].word in _WOULD
            and readings[p + 1].word in _YOU
            and not _tells(readings[p + 2 : p + 4])
        )
        for p in range(len(readings) - 1)
    )
    would_you = {"would", "you", "do"} <= all_words and first in _WHAT
    # "still" alone is no date asked: "denk je dat we gold terugkrijgen als we nog twee mensen certificeren?"
    if (opinion or would_you) and not concepts & (_ASKED_DATES - {Concept.LEFT}):
        return True
    # a rule of the programme for every offer or every year, none of ours named: "do all competencies renew on
    # the same date", "is a renewal required every year", "moet je elk jaar verlengen"
    if (
        not offer_positions
        and not (ours and Concept.COLLECTION in concepts)
        and Concept.ADD not in concepts  # "every competency you track"
        and not _EVERY.isdisjoint(all_words)
        and not concepts & {Concept.STATUS, Concept.LIST, Concept.REMINDER, Concept.CHANNEL}
        # "can we still renew anything this week or has every window closed?": the window now, of ours
        and not {Concept.RENEW, Concept.CAN, Concept.LEFT} <= concepts
    ):
        return True
    # a definition: "what is a grace period", "wat is een anniversary date", "what does anniversary mean"
    if not offer_positions and not ours:
        rest = [w for w in words if w != first]
        if first in _WHAT and rest[:1] and rest[0] in _IS and rest[1:2] and rest[1] in _INDEFINITE:
            return True
        if Concept.MEANS in concepts and not concepts & {Concept.IF, Concept.WHAT_IF}:
            return True
    # whether a date changes by itself: "does renewing early move the anniversary", "verschuift de datum dan"
    if (
        first in _CHANGES_STARTS
        and concepts & {Concept.CHANGE, Concept.MOVE}
        and not concepts & {Concept.DAY, Concept.REMINDER, Concept.CHANNEL}
    ):
        return True
    # a question on our subject that wants what none of our answers gives (round 12): a word's meaning, a
    # hypothetical, the programme's past, a count of what we or the bot did, the bot acting by itself
    if _wants_what_no_answer_gives(readings, offer_positions, concepts):
        return True
    # the alternative stands between the two kinds: "a competency or a specialization", not "a summary of every
    # competency and specialization"
    places = [[p for p, r in enumerate(readings) if r.word in kind] for kind in _KINDS]
    return all(places) and any(
        r.word in _ALTERNATIVE
        for r in readings[min(min(places[0]), min(places[1])) : max(max(places[0]), max(places[1]))]
    )


_FUTURE_STARTS: Final = word_set("will gaat gaan zal zullen wordt")


# --- round 12: on our subject, asking what no answer gives ----------------------------------------------

# Pronouns a meaning is asked of: "what does that mean for us" asks what a thing said before does to us;
# "what does that exemption mean" (a noun) asks a definition.
_PRONOUNS: Final = word_set("it that this het dat dit da")
# "wat wordt er bedoeld met 'uitzondering'": a meaning asked in other words
_MEANT: Final = word_set("bedoeld bedoelt")
_MEAN_EN: Final = word_set("mean means")
_ENTAILS: Final = word_set("houdt houden")
# A question put as a hypothetical: "in principe", "hypothetically", "in theory"
_HYPOTHETICAL: Final = word_set(
    "hypothetically hypothetical hypothetisch hypothetische theoretically theoretisch"
)
_IN_PRINCIPLE: Final = word_set("principe principle theory theorie")
# "could our anniversary ever move", "zou dat ooit kunnen": a possibility, not a request
_EVER: Final = word_set("ever ooit someday")
# The programme's past, not our history: "vroeger", "heeft Microsoft ooit", "in het oude portaal"
_FORMERLY: Final = word_set("vroeger formerly destijds previously")
_OLD: Final = word_set("old oude")
_WAS_ABLE: Final = word_set(
    "kon konden moest moesten was were waren used did"
)  # "kon je in het oude PMC ..."
# The programme's start: "when did the MPN program start"
_STARTED: Final = word_set("start started began begin begon gestart begonnen ontstaan")
# The words a condition starts with: "what if Microsoft ...", "stel dat Microsoft ...", "als MPN straks ..."
_CONDITIONS: Final = word_set("if als indien suppose supposing assuming stel mocht")
_THE_PROGRAMME: Final = word_set("mpn program programme programma partnerprogramma")
# "the average time Microsoft takes", "hoe lang duurt het gemiddeld"
_DURATION: Final = word_set("time tijd average gemiddeld gemiddelde usually meestal")
# "could you check it yourself", "kun jij dat zelf doen": the bot asked to act by itself
_YOURSELF: Final = word_set("yourself zelf")
_LOG_IN: Final = word_set("login inloggen")
# The words a question starts its embedded question with: "can you check when X is due" asks the date
_QUESTION_WORDS: Final = word_set(
    "when how where who which what whether wanneer hoe waar wie welke welk wat wnr"
)
# What is counted: our reminders and renewals sent or recorded, or exams and people we hold
_COUNTED_EVENTS: Final = frozenset({Concept.REMINDER, Concept.RENEW, Concept.RENEWED, Concept.GOT})
# A count that is ours to answer: days, dates, what is due or left
_COUNTS_OF_OURS: Final = frozenset(
    {
        Concept.DUE, Concept.WHEN, Concept.LEFT, Concept.DAYS, Concept.GRACE, Concept.NEXT, Concept.STATUS,
        Concept.LIST, Concept.LOSE,
    }
)  # fmt: skip


def _wants_what_no_answer_gives(
    readings: Sequence[Token], offer_positions: set[int], concepts: set[Concept]
) -> bool:
    """A question ON our subject (our offers, the fee, the reminders, Partner Center, the bot) whose answer is
    none of ours, told by what it asks for rather than by its words:

    - a meaning: "what does that exemption mean", "wat betekent die melding", "wat wordt er bedoeld met
      'uitzondering'" (not "what does it mean for us if we don't renew", whose subject is a pronoun);
    - a hypothetical or a possibility: "kan de jubileumdatum in principe verschuiven", "could our anniversary
      ever move", "what if Microsoft raises the fee", "stel dat Microsoft ...", "als MPN straks verdwijnt";
    - the programme's past or start, none of ours: "heeft Microsoft ooit een uitzondering gemaakt", "hoe lang
      kon je vroeger verlengen in het oude portaal", "when did the MPN program start";
    - whether an offer still exists in the programme: "bestaat Data Analytics nog wel";
    - a count of what we or the bot did: "how many reminders have you sent", "hoeveel examens hebben onze mensen
      gehaald", "and how many have we got";
    - how long a process of Microsoft's takes: "the average time Microsoft takes to process a payment";
    - the bot acting by itself: "could you log in to Partner Center and look yourself", "kun jij de verlenging
      niet zelf doen", or a task done to it or by it whose verb is none of ours and that embeds no question:
      "can I rename you", "can you translate the Partner Center renewal page into German".
    """
    words = [r.word for r in readings]
    all_words = set(words)
    ours = not _OURS.isdisjoint(all_words)
    conditional = bool(concepts & {Concept.IF, Concept.WHAT_IF, Concept.HAPPEN, Concept.LOSE})
    questioned = not _QUESTION_WORDS.isdisjoint(all_words)
    # a meaning asked of a noun
    # ("what does the covid extension mean for Security" asks the extension, named by the pandemic)
    if not _WHAT.isdisjoint(all_words) and not conditional and Concept.COVID not in concepts:
        # "wat wordt er bedoeld met X", "wat houdt 'advanced specialization' precies in"
        if not _MEANT.isdisjoint(all_words) or (words[-1] == "in" and not _ENTAILS.isdisjoint(all_words)):
            return True
        if Concept.MEANS in concepts:
            for p, r in enumerate(readings):
                if Concept.MEANS not in WORD_CONCEPTS.get(r.known, frozenset()):
                    continue
                before = next((w for w in reversed(readings[:p]) if not _says_nothing(w.word)), None)
                after = readings[p + 1 : p + 3]
                # English "what does X mean": X before the verb; Dutch "wat betekent X": X after it
                if r.word in _MEAN_EN:
                    if before is not None and before.word not in _PRONOUNS and before.word not in _WHAT:
                        return True
                elif after and (
                    after[0].word not in _PRONOUNS or (len(after) > 1 and _unknown_noun(after[1].known))
                ):
                    return True
    # a hypothetical, or a possibility put with "ever"
    if not conditional and (
        not _HYPOTHETICAL.isdisjoint(all_words)
        or (
            not _IN_PRINCIPLE.isdisjoint(all_words)
            and any(words[p] == "in" and words[p + 1] in _IN_PRINCIPLE for p in range(len(words) - 1))
        )
    ):
        return True
    if Concept.CAN in concepts and not _EVER.isdisjoint(all_words) and not questioned:
        return True
    # a condition Microsoft or the programme decides: "what if Microsoft ...", "als MPN straks verdwijnt"
    for p in range(len(words) - 1) if not _CONDITIONS.isdisjoint(all_words) else ():
        if words[p] in _CONDITIONS:
            subject = next(
                (w for w in words[p + 1 : p + 4] if w not in _PRONOUNS and w not in _DETERMINERS), ""
            )
            # "wie staan er als MPN partner admin": "als" before a role is "as", no condition
            role = any(w in _ADMIN_WORDS or w == "admin" for w in words[p + 1 : p + 5])
            if (subject in _MICROSOFT or subject in _THE_PROGRAMME) and not role:
                return True
    # the programme's past, none of ours
    if not ours and not offer_positions:
        if not _FORMERLY.isdisjoint(all_words) or (
            not _EVER.isdisjoint(all_words) and not _MICROSOFT.isdisjoint(all_words)
        ):
            return True
        if (
            not _WAS_ABLE.isdisjoint(all_words)
            and any(
                words[p] in _OLD
                # "het oude portaal", "the old MPN portal"
                and any(
                    Concept.PARTNER_CENTER in WORD_CONCEPTS.get(t.known, frozenset())
                    for t in readings[p + 1 : p + 3]
                )
                for p in range(len(words) - 1)
            )
        ):
            return True
        if not _STARTED.isdisjoint(all_words) and not concepts & _OUR_BUSINESS:
            return True
    # whether one of our offers still exists in the programme
    if not _EXISTS.isdisjoint(all_words) and not ours and offer_positions and not concepts & _OUR_BUSINESS:
        return True
    # a count of what we or the bot did
    if Concept.HOW_MANY in concepts and not concepts & _COUNTS_OF_OURS:
        for p, r in enumerate(readings):
            if r.known == "hoeveel" or (r.known == "many" and p > 0 and readings[p - 1].known == "how"):
                counted = next(
                    (
                        WORD_CONCEPTS.get(w.known, frozenset())
                        for w in readings[p + 1 : p + 5]
                        if not _says_nothing(w.known) and w.word not in _PEOPLE
                    ),
                    frozenset(),
                )
                # done by the bot or so far: "have you sent", "al geregistreerd" (not "how many renewals do we
                # have this quarter", the renewals due)
                done = (
                    Concept.GOT in counted
                    or not _YOU.isdisjoint(all_words)
                    or concepts & {Concept.ALREADY, Concept.DID, Concept.RENEWED}
                    or any(_past_participle(w) or w in _POSTING for w in all_words)
                )
                if (counted & _COUNTED_EVENTS and done) or (
                    Concept.REQUIRE_WEAK in counted and Concept.GOT in concepts
                ):
                    return True
    # how long a process takes
    if (
        not _TAKES.isdisjoint(all_words)
        and not _DURATION.isdisjoint(all_words)
        and Concept.LOSE not in concepts
    ):
        return True
    # our progress: "how far along are we with the requirements", "what percentage have we met", "op schema"
    # ("are we on track with the renewals" asks the status; a percentage is never ours: "what percentage of
    # partners renew on time")
    if not _PROGRESS.isdisjoint(all_words):
        return True
    if (
        not concepts & (_COUNTS_OF_OURS | {Concept.RENEW, Concept.RENEWED}) - {Concept.STATUS}
        and not _PROGRESS_SECOND.isdisjoint(all_words)
        and any((words[p], words[p + 1]) in _PROGRESS_PAIRS for p in range(len(words) - 1))
    ):
        return True
    # what may be done with the fee, in the passive: "can the renewal fee be paid in instalments", "kan de fee
    # worden terugbetaald"
    if (
        len(readings) > 2
        and readings[0].known in _CAN_FIRST
        and readings[1].known in _DETERMINERS
        and any(Concept.FEE in WORD_CONCEPTS.get(r.known, frozenset()) for r in readings[2:5])
        and not _PASSIVE.isdisjoint(all_words)
    ):
        return True
    # Microsoft's past decisions: "did Microsoft stop it", "heeft Microsoft het verlengd"
    if not _MICROSOFT.isdisjoint(all_words) and any(
        words[p] in _PAST_AUX and words[p + 1] in _MICROSOFT for p in range(len(words) - 1)
    ):
        return True
    # the bot acting by itself, or a task done to the bot
    you = not _YOU.isdisjoint(all_words)
    # "could you set up the renewal in Partner Center": the bot acting in Partner Center (not telling how or where)
    if (
        you
        and Concept.CAN in concepts
        and Concept.PARTNER_CENTER in concepts
        and not questioned
        and not concepts & {Concept.HOW, Concept.STEPS, Concept.WHERE, Concept.STATUS, Concept.LIST}
        and _TELLING.isdisjoint(all_words)
    ):
        return True
    # "kun je de verlenging voor ons betalen": paying for us, as renewing for us (``_asks_the_bot_to_renew``)
    if (
        you
        and Concept.CAN in concepts
        and not _PAY.isdisjoint(all_words)
        and any(words[p] in _FOR and words[p + 1] in _ME_OR_US for p in range(len(words) - 1))
    ):
        return True
    if you and not concepts & _ASKED_DATES - {Concept.HOW, Concept.WHERE, Concept.STEPS}:
        if "yourself" in all_words or ("zelf" in all_words and _ME.isdisjoint(all_words)):
            return True
        if Concept.CAN in concepts and (
            not _LOG_IN.isdisjoint(all_words)
            or ("log" in all_words and any(words[p : p + 2] == ["log", "in"] for p in range(len(words) - 1)))
        ):
            return True
    # round 15's look-alikes about other things in our words
    if _another_things_in_our_words(readings, offer_positions, concepts, all_words):
        return True
    # rounds 17 and 20: what the bot does with what we type
    if _keeps_what_we_type(words, all_words, offer_positions):
        return True
    # what a mark of the offer must do: "does the gold partner badge on our website have to come down", "moet het
    # gold-logo van onze site af": a rule of its use, which the seed does not state (its date is ours: "when do
    # we lose the gold badge", "do we still have the badge")
    if (
        not concepts & _MARK_DATES
        and not _MARKS.isdisjoint(all_words)
        and any(
            r.word in _MARKS and _subject_of_a_yes_no_question(readings, offer_positions, p)
            for p, r in enumerate(readings)
        )
    ):
        return True
    # "can you translate the Partner Center renewal page into German", "can I rename you": a task whose verb is
    # none of ours, embedding no question
    return (
        not questioned
        and not offer_positions
        and (
            (_asks_a_task(readings) and _task_object(readings, offer_positions) != "ours")
            or _asks_a_task_verb_last(readings)
            or _done_to_the_bot(readings)
        )
    )


# The law and the policy of personal data: a question about them is the bot's privacy, never a date
_PRIVACY: Final = word_set("privacy gdpr avg privacybeleid privacyverklaring")
# Keeping, reading or removing what was typed
_KEEPING: Final = word_set(
    """
    store stores stored storing save saves saved saving keep keeps kept log logs logged logging read reads
    delete deleted opslaan opgeslagen slaan slaat slaan bewaren bewaar bewaart bewaard gelogd loggen logt
    lezen leest gelezen meelezen meegelezen verwijderen verwijderd wissen gewist
    """
)
# What a person types to the bot, and whose it is
_TYPED: Final = word_set(
    "messages message berichten bericht data gegevens chats chat dms conversations conversation gesprekken "
    "gesprek questions vragen"
)
_OWNERS: Final = word_set("my our mijn onze ons m'n mn")


def _keeps_what_we_type(words: Sequence[str], all_words: set[str], offer_positions: set[int]) -> bool:
    """ "Do you store my messages?", "slaan jullie mijn berichten op? waar staat mijn data?", "how long do you
    keep my messages", "is this chat GDPR compliant": what the bot does with what a person types (and
    "my data" is no Data Analytics), which none of its answers is about. Told by the law's words, or by a
    verb of keeping or reading with the person's own messages or data ("my reminders" are the bot's
    posts: "reminder" is no typed word)."""
    if not _PRIVACY.isdisjoint(all_words):
        return True
    if _KEEPING.isdisjoint(all_words) or _TYPED.isdisjoint(all_words):
        return False
    return any(
        words[p] in _TYPED
        and words[p - 1] in _OWNERS
        and p + 1 not in offer_positions  # "our data analytics"
        for p in range(1, len(words))
    )


def _another_things_in_our_words(
    readings: Sequence[Token], offer_positions: set[int], concepts: set[Concept], all_words: set[str]
) -> bool:
    """Look-alikes of our questions about other things (round 15), told by what the words are of:

    - an anniversary that is an event's ("set the team anniversary drinks on 20 June"): a noun after it;
    - the bot asked to contact someone ("kunt ge Microsoft mailen voor uitstel"): the bot writes to nobody;
    - the admins of another system ("wie is globale beheerder in Entra ID"): a noun of its own after "in";
    - a status told, not asked ("status update: I'm out sick today"): other words and none of ours;
    - the new programme ("krijgen we onder het nieuwe programma nog dezelfde voordelen"): Microsoft's plans;
    - someone's click in Partner Center ("did Mark already click renew"): the bot does not see Partner Center.
    """
    words = [r.word for r in readings]
    asked = not _QUESTION_WORDS.isdisjoint(all_words)
    anniversary = not _ANNIVERSARY.isdisjoint(all_words)
    for p, r in enumerate(readings) if anniversary or Concept.ADMIN in concepts else ():
        if p in offer_positions:
            continue
        if r.known in _ANNIVERSARY and not offer_positions:
            # a team's ("the team anniversary") or a person's, or an event's told as a request ("set the anniversary drinks
            # on 20 June"; "when does the anniversary fall" asks ours)
            # "zet mijn verjaardag op 4 mei": a person's, the programme's is the company's
            # "wanneer is jouw verjaardag, bot?": the bot's own, asked as of a person
            if p > 0 and (
                readings[p - 1].known in _GROUPS
                or readings[p - 1].word in _MY
                or readings[p - 1].word in _YOUR
            ):
                return True
            after = readings[p + 1].known if p + 1 < len(readings) else ""
            if Concept.QUESTION not in concepts and _unknown_noun(after) and len(after) >= _NOUN_MIN:
                return True
        if r.known in _ADMIN_WORDS and p + 1 < len(readings):
            if readings[p + 1].word not in _IN_SYSTEM:
                continue
            # "beheerder in Entra ID", "the admin of the Zendesk"; not "our admin for Data Analytics"
            q = next(
                (q for q in range(p + 2, min(p + 4, len(readings))) if readings[q].known not in _DETERMINERS),
                -1,
            )
            known = readings[q].known if q > 0 else ""
            ours = any(t.word in _OURS for t in readings[p + 2 : max(q, p + 2)])  # "for our company": ours
            # a channel's admins are Slack's ("the admins of the #general channel")
            other = (_unknown_noun(known) and known.isalpha() and len(known) >= 2) or Concept.CHANNEL_REF in (
                WORD_CONCEPTS.get(known, frozenset())
            )
            if not ours and q not in offer_positions and other:
                return True
    you = not _YOU.isdisjoint(all_words) or not _FLEMISH_YOU.isdisjoint(all_words)
    if you and Concept.CAN in concepts and not asked and not _CONTACT.isdisjoint(all_words):
        return True  # "kunt ge Microsoft mailen", "can you call Microsoft for us"
    if (
        Concept.STATUS in concepts
        and not offer_positions
        and Concept.QUESTION not in concepts
        and not concepts & (OUR_OBJECTS - {Concept.STATUS})
        and (
            (
                "update" in all_words
                and any(_is_other(w) and w not in WORD_CONCEPTS and not _says_nothing(w) for w in words)
            )
            # "status: tired", "status: werk thuis", "status: on holiday until Monday": one's own status told
            # after the word, in real words (a typo of "please" is no status) or the asker away
            or (
                readings[0].known == "status"  # "status: ...", not "stand van zaken"
                and not _AWAY.isdisjoint(words)
            )
            or (
                readings[0].known == "status"  # "status: ...", not "stand van zaken"
                and any(
                    _is_other(w)
                    and w not in WORD_CONCEPTS
                    and w not in PHRASES_BY_FIRST_WORD  # "status as of 1 May"
                    and not _says_nothing(w)
                    and is_real_word(w)
                    for w in words[1:]
                )
            )
        )
    ):
        return True  # "status update: the printer is fixed"
    if (
        not concepts & (_ASKED_DATES - {Concept.LEFT})
        and Concept.NEW in concepts
        and any(
            Concept.NEW in WORD_CONCEPTS.get(readings[p].known, frozenset())
            and any(t.word in _THE_PROGRAMME for t in readings[p + 1 : p + 3])
            for p in range(len(readings) - 1)
        )
    ):
        return True  # "het nieuwe programma", "the new partner programme"
    return (
        Concept.QUESTION in concepts
        and not _CLICKED.isdisjoint(all_words)
        and bool(concepts & {Concept.DID, Concept.ALREADY})
        and _ASKERS.isdisjoint(all_words)
    )  # "did Mark already click renew", "heeft Lisa al op verlengen geklikt"


_IN_SYSTEM: Final = word_set("in of for van voor bij")
_YOUR: Final = word_set("your jouw je uw")
_GROUPS: Final = word_set("team teams")
_ADMIN_WORDS: Final = frozenset(w for w, found in WORD_CONCEPTS.items() if Concept.ADMIN in found)
_FLEMISH_YOU: Final = word_set("ge gij")
_CONTACT: Final = word_set("mail mailen email e-mail emailen bel bellen call phone contact contacteren")
_CLICKED: Final = word_set("click clicked klik klikt geklikt klikken press pressed gedrukt")


def _done_to_the_bot(readings: Sequence[Token]) -> bool:
    """ "Can I rename you", "mag ik je hernoemen": "can I / we" with a real verb of none of ours and the bot
    ("you") as its object: something done to the bot, not a question it answers."""
    for p in range(len(readings) - 3):
        if (
            Concept.CAN in WORD_CONCEPTS.get(readings[p].known, frozenset())
            and readings[p + 1].word in _ASKERS
        ):
            verb, you = readings[p + 2], readings[p + 3]
            return (
                you.word in _YOU
                and verb.known not in WORD_CONCEPTS
                and verb.known not in _TELLING
                and verb.known not in PHRASES_BY_FIRST_WORD
                and verb.known.isalpha()
                and is_real_word(verb.known)
            )
    return False


_ASKERS: Final = word_set("i we ik wij")
# What measures our progress, which the bot does not hold: "what percentage", "how far along", "op schema"
_PROGRESS: Final = word_set("percentage percent procent progress voortgang")
_PROGRESS_PAIRS: Final = frozenset(
    {("how", "far"), ("hoe", "ver"), ("on", "track"), ("op", "schema"), ("op", "koers")}
)
_PROGRESS_SECOND: Final = frozenset(second for _, second in _PROGRESS_PAIRS)
_PAST_AUX: Final = word_set("did has have heeft hebben had")
_CAN_FIRST: Final = word_set("can could kan kun kunt kunnen")
_PASSIVE: Final = word_set("be worden wordt")
_PAY: Final = word_set("pay betalen betaal betaalt")
# The marks that show an offer to others: things of our marketing, not the benefits the bot dates
_MARKS: Final = word_set("logo logos badge badges")
_MARK_DATES: Final = frozenset(
    {Concept.WHEN, Concept.LAST, Concept.LEFT, Concept.DUE, Concept.GRACE, Concept.RENEW}
)
# The verbs a yes/no question starts with: "does the badge ...", "moet het logo ..."
_YES_NO_STARTS: Final = word_set("does do did must should will moet moeten mag mogen gaat zal is")
_SUBJECT_REACH: Final = 4


def _subject_of_a_yes_no_question(readings: Sequence[Token], offer_positions: set[int], p: int) -> bool:
    """Whether the word at ``p`` heads the subject of a yes/no question: "does the gold partner badge ...",
    "moet het gold-logo ...": a verb of the question, a determiner, then only offer and programme words."""
    for q in range(p - 1, max(p - 1 - _SUBJECT_REACH, -1), -1):
        word = readings[q].known
        if (
            q in offer_positions
            or readings[q].offer_words
            or WORD_CONCEPTS.get(word, frozenset())
            & {Concept.PROGRAMME, Concept.COMPETENCY}  # "gold partner"
        ):
            continue
        if word in _DETERMINERS or word == "het":  # "moet het logo": "het" is the article here
            return q > 0 and readings[q - 1].word in _YES_NO_STARTS
        return False
    return False


def _asks_a_task_verb_last(readings: Sequence[Token]) -> bool:
    """ "Kun je de verlengpagina uit Partner Center even naar het Frans vertalen?": Dutch puts the verb of a
    request last. "Kun je / kunt u" first and, last, an infinitive of none of ours (no keyword, no telling
    verb) is a task, unless what it is done to is the bot's own: a word of ours that is no modifier of another
    noun ("kun je een overzicht maken", "kun je de datum van Security op 1 juni zetten"; not the "verleng" of
    "de verlengpagina")."""
    if len(readings) < 3 or Concept.CAN not in WORD_CONCEPTS.get(readings[0].known, frozenset()):
        return False
    verb = readings[-1].known
    if (
        readings[1].word not in _YOU
        or not verb.endswith("en")
        or verb in WORD_CONCEPTS
        or verb in _TELLING
        or verb in PHRASES_BY_FIRST_WORD
        or verb in _POSTING  # the bot's own work: "kun je de reminders in #partner-ops posten"
        or _says_nothing(verb)
        or not is_real_word(verb)
    ):
        return False
    middle = readings[2:-1]
    for q, r in enumerate(middle):
        if (WORD_CONCEPTS.get(r.known, frozenset()) | _phrase_at(readings, q + 2)) & OUR_OBJECTS:
            # "verleng" before "pagina" (a noun of its own) names the page's kind
            after = (
                WORD_CONCEPTS.get(middle[q + 1].known, frozenset()) if q + 1 < len(middle) else frozenset()
            )
            if not after or after & OUR_OBJECTS:
                return False  # the object is ours: "een overzicht maken", "de reminders voortaan ... posten"
    return True


# What a question asks when it asks about our dates or the procedure: no question of another kind then.
_ASKED_DATES: Final = frozenset(
    {
        Concept.WHEN, Concept.DATE, Concept.DUE, Concept.LAST, Concept.LOSE, Concept.GRACE, Concept.DAYS,
        Concept.LEFT, Concept.FEE, Concept.REQUIRE, Concept.HOW, Concept.WHERE, Concept.STEPS,
    }
)  # fmt: skip
_OUR_STANDING: Final = frozenset({Concept.LOSE, Concept.BENEFITS, Concept.KEEP, Concept.DUE})
_WOULD: Final = word_set("would zou zoudt")
_FOR: Final = word_set("for voor")
_ME_OR_US: Final = word_set("me us mij ons")
# what a question asks besides the renewal: "can you tell me for us how to renew", "Security niet verlengen:
# wat zijn dan de gevolgen voor ons?"
_ON_BEHALF_QUESTIONS: Final = frozenset(
    {
        Concept.HOW, Concept.WHERE, Concept.STEPS, Concept.WHEN, Concept.DATE, Concept.MUST, Concept.LAST,
        Concept.HAPPEN, Concept.WHAT_IF, Concept.IF, Concept.MEANS, Concept.FEE, Concept.REQUIRE, Concept.LOSE,
        Concept.BENEFITS, Concept.GRACE, Concept.EXTENSION, Concept.HISTORY, Concept.WHO, Concept.ADMIN,
    }
)  # fmt: skip
# "laten" tells only in "laten weten", "laten zien"; "zou jij X laten vallen" asks a choice
_LET: Final = word_set("laten laat")
_LET_TELL: Final = word_set("weten zien")


def _tells(readings: Sequence[Token]) -> bool:
    """A request to tell or show ("would you tell me", "zou u kunnen nakijken"): a polite frame, no opinion."""
    return any(
        (r.word in _TELLING and (r.word not in _LET or not _LET_TELL.isdisjoint(w.word for w in readings)))
        or Concept.CAN in WORD_CONCEPTS.get(r.known, frozenset())
        or r.word in _PLEASE
        for r in readings
    )


def _asks_the_bot_to_renew(readings: Sequence[Token], concepts: set[Concept]) -> bool:
    """ "Can you just renew Security for me", "kun jij cloud platform voor mij verlengen", "log in op het
    Partner Center voor mij en verleng alles": a renewal asked OF the bot, which does not act in Partner
    Center. Told by "for me" / "voor ons" with the verb to renew, or by the verb right after "can you"; a
    question how, where or when to renew ("can you tell me for us how to renew") is ours."""
    if concepts & _ON_BEHALF_QUESTIONS:
        return False
    for_us = any(
        readings[p].word in _FOR and readings[p + 1].word in _ME_OR_US for p in range(len(readings) - 1)
    )
    if Concept.RENEW_VERB not in concepts:
        return Concept.RENEW in concepts and _renewal_handed_to_the_bot(readings, concepts, for_us=for_us)
    if for_us or _renewal_handed_to_the_bot(readings, concepts, for_us=False):
        return True
    for p in range(len(readings) - 1):
        if Concept.CAN in WORD_CONCEPTS.get(readings[p].known, frozenset()) and (
            readings[p + 1].word in _YOU or _the_bot(readings, p + 1)  # "can the bot renew automatically"
        ):
            start = p + 3 if readings[p + 1].known in _DETERMINERS else p + 2
            task = next(
                (
                    r
                    for r in readings[start : start + 3]
                    if r.known not in FILLER_WORDS and r.known not in _PLEASE
                ),
                None,
            )
            if task is not None and Concept.RENEW_VERB in WORD_CONCEPTS.get(task.known, frozenset()):
                return True
    return False


# Verbs of taking a task over: "sort out", "handle", "regel jij", "afhandelen", "in orde brengen", "take care of"
_HANDLING: Final = word_set(
    """
    sort handle arrange organise organize fix process submit regel regelt regelen afhandelen afhandelt handel
    organiseren organiseer fixen indienen
    """
)
_IN_ORDER: Final = (("orde", "brengen"), ("orde", "maken"), ("take", "care"))
_ASKING_THE_BOT: Final = frozenset({Concept.CAN, Concept.WANT})


def _renewal_handed_to_the_bot(readings: Sequence[Token], concepts: set[Concept], *, for_us: bool) -> bool:
    """ "Can you sort out the Security renewal for me?", "regel jij de verlenging van X even?", "could you
    take care of renewing X", "wil je de verlenging voor mij in orde brengen", "please handle the appdev
    renewal": the renewal handed over to the bot by a verb of taking a task over, asked of it ("you", "for
    me", or "please" first). "Wie regelt de verlenging" (who) and "wat moet ik regelen om X te verlengen"
    (what I must do) ask a question of ours; the bot's own reminders are its task ("can you handle the
    renewal reminders")."""
    if concepts & {Concept.REMINDER, Concept.CHANNEL}:
        return False
    words = [r.word for r in readings]
    handing = any(
        w in _HANDLING or r.known in _HANDLING for w, r in zip(words, readings, strict=True)
    ) or any((words[p], words[p + 1]) in _IN_ORDER for p in range(len(words) - 1))
    if not handing:
        return False
    you = not _YOU.isdisjoint(words)
    return (
        for_us
        or (you and (bool(concepts & _ASKING_THE_BOT) or readings[0].known in _HANDLING))
        or words[0] in _PLEASE
    )


def _the_bot(readings: Sequence[Token], p: int) -> bool:
    """ "the bot", "mpnbot", "de bot" at ``p``: the bot named as the one who would act."""
    if Concept.BOT in WORD_CONCEPTS.get(readings[p].known, frozenset()):
        return True
    return readings[p].known in _DETERMINERS and p + 1 < len(readings) and readings[p + 1].known in _BOT_NAMES


_BOT_NAMES: Final = word_set("bot mpnbot")


def _asks_a_task(readings: Sequence[Token]) -> bool:
    """ "Can you summarize the last 50 messages", "kun je een Jira ticket aanmaken", "could you translate
    this": a request whose verb is none of the bot's. After "can you" / "kun je" (and "please", "also",
    "even"), the next word that is no filler is the task asked; a real word of neither the bot's vocabulary
    nor the telling verbs ("tell", "show", "check") is a task the bot does not do."""
    for p in range(len(readings) - 2):
        if Concept.CAN in WORD_CONCEPTS.get(readings[p].known, frozenset()) and readings[p + 1].word in _YOU:
            for r in readings[p + 2 : p + 5]:
                if _says_nothing(r.known) or r.known in _DO:
                    continue  # "could you kindly tell me", "can you do a health check": the noun says
                return (
                    r.known not in WORD_CONCEPTS
                    and r.known not in PHRASES_BY_FIRST_WORD  # "walk me through", "log it"
                    and r.known not in _TELLING
                    and bool(r.known.isalpha())
                    and is_real_word(r.known)
                    and not r.offer_words
                    and not r.whole_offers
                )
    return False


# --- a task, a story, a reminder of something else ------------------------------------------------------

# Small words between a verb and its object: "pull up the status", "zet het kanaal op stil".
_PARTICLES: Final = word_set("up out down over off in on me us mij ons")
# What the bot itself shows or keeps: a task whose object is one of these asks the bot's own work
# ("can you post the reminders in #partner-ops", "could you pull up the status").
OUR_OBJECTS: Final = frozenset(
    {
        Concept.REMINDER, Concept.CHANNEL, Concept.STATUS, Concept.LIST, Concept.COMPETENCY, Concept.COLLECTION,
        Concept.DUE, Concept.DATE, Concept.RENEW, Concept.RENEWED, Concept.BENEFITS, Concept.GRACE,
        Concept.EXTENSION, Concept.FEE, Concept.REQUIRE, Concept.ADMIN, Concept.HISTORY,
    }
)  # fmt: skip
_TASK_REACH: Final = 6
# Verbs of making a text, as the message's first word: the request is the thing made, whatever it is about.
_MAKING: Final = word_set("write draft compose schrijf schrijf ontwerp")
# "can you do a health check": the task is the noun after "do"
_DO: Final = word_set("do doen")


def _task_object(readings: Sequence[Token], offer_positions: set[int]) -> str:
    """What a request "can you VERB ..." / "kun je ... VERB" is done to: "other" when it is a noun of another
    thing after a determiner ("can you write a LinkedIn post announcing our CBA status", "kun je een mail
    opstellen over Security"): a thing to make, whatever of ours it is about; "ours" when it is the bot's own
    ("can you post the reminders in #partner-ops", "could you pull up the status"); "" when the words do not
    say (no request, a verb of ours or a telling one, an object without a determiner)."""
    for p in range(len(readings) - 2):
        # "schrijf een nieuwsbrieftekst over onze gold competentie": a verb of making, first, is the request
        making = p == 0 and readings[0].known in _MAKING
        if not making and not (
            Concept.CAN in WORD_CONCEPTS.get(readings[p].known, frozenset()) and readings[p + 1].word in _YOU
        ):
            continue
        verb, after_determiner = making, False
        for q in range(p + (1 if making else 2), min(p + 2 + _TASK_REACH, len(readings))):
            r = readings[q]
            if q in offer_positions or r.offer_words or r.whole_offers:
                return "ours" if verb or after_determiner else ""
            if r.known in _DETERMINERS or r.known in _INDEFINITE:
                after_determiner = True
                continue
            if _says_nothing(r.known) or r.known in _PARTICLES:
                continue
            concepts = WORD_CONCEPTS.get(r.known, frozenset()) | _phrase_at(readings, q)
            if not verb and not after_determiner and r.known in _DO:
                continue  # "can you do a health check of our competencies": the noun after "do" says
            if making and after_determiner and not concepts & OUR_OBJECTS:
                return "other"  # "schrijf een nieuwsbrieftekst over ...": a text to make
            if not verb and not after_determiner and Concept.HELP in concepts:
                continue  # "can you help me write a LinkedIn post": the task is the verb after it
            if not verb and not after_determiner:
                # the verb asked: the bot's own, a telling one or no real word is no task of another kind
                if concepts or r.known in _TELLING or r.known in PHRASES_BY_FIRST_WORD:
                    return ""
                if not (r.known.isalpha() and is_real_word(r.known)):
                    return ""
                verb = True
                continue
            if concepts & OUR_OBJECTS:
                return "ours"
            if after_determiner and not concepts and r.known.isalpha() and _is_other(r.known):
                return "other"
            return ""
        return ""
    return ""


def _phrase_at(readings: Sequence[Token], q: int) -> frozenset[Concept]:
    """The concepts of a phrase that starts at ``q`` ("a health check": the status asked)."""
    return frozenset(
        concept
        for words, concept in PHRASES_BY_FIRST_WORD.get(readings[q].known, ())
        if tuple(r.known for r in readings[q : q + len(words)]) == words
    )


_TELL_ME: Final = word_set("tell show vertel")
_TOLD: Final = word_set("me us mij ons")
_NARRATE: Final = word_set("tell vertel vertellen vertelt")
_NARRATE_SKIP: Final = word_set("me us mij ons eens even ff nog please pls")


def _tells_another_thing(readings: Sequence[Token], offer_positions: set[int]) -> bool:
    """ "Tell me a joke about renewals", "vertel eens een mop over deadlines": what is to be told is a thing
    of its own (a joke, a poem), named by an indefinite article and a word the reader does not know, not a
    date or a status of ours ("tell me when Security is due", "vertel eens wanneer het verloopt")."""
    for p, r in enumerate(readings):
        if r.known not in _NARRATE:
            continue
        q = p + 1
        while q < len(readings) and readings[q].known in _NARRATE_SKIP:
            q += 1
        if q + 1 < len(readings) and readings[q].known in _INDEFINITE:
            told = readings[q + 1]
            if (
                q + 1 not in offer_positions
                and told.known not in WORD_CONCEPTS
                and told.known.isalpha()
                and _is_other(told.known)
                and not is_everyday_word(told.known)
            ):
                return True
    return False


_REMINDER_COMPLEMENTS: Final = word_set("for of about voor van over om vd vh")
_WITH_ARTICLE: Final = word_set("vd vh")  # chat Dutch "van de", "van het": the preposition and the article
_ADJECTIVE_ENDINGS: Final = (
    "ly",
    "al",
    "ic",
    "ing",
    "ed",
    "ous",
    "ive",
    "ful",
    "able",
    "ible",
    "est",
    "ig",
    "lijk",
)
_PHRASE_ENDS: Final = word_set("on in at by to from with op in om tot met bij naar and en or of")
_COMPLEMENT_REACH: Final = 4


def _leads_a_noun_phrase(word: str) -> bool:
    """A determiner or "next" before a noun: "the payroll reminder", "my next dentist reminder"."""
    return word in _DETERMINERS or Concept.NEXT in WORD_CONCEPTS.get(word, frozenset())


def _reminds_of_another_thing(readings: Sequence[Token], offer_positions: set[int]) -> tuple[bool, bool]:
    """A reminder of a thing of its own: a noun the reader does not know right before the reminder word ("my
    next dentist reminder", "the payroll reminder") or heading the noun phrase that completes it ("a reminder
    for the quarterly business review on the 14th", "de herinnering voor de tandarts"). A reminder for one of
    our offers, a renewal or a day ("the reminder for Security", "for the Security renewal", "for the 14th")
    is ours. Returns whether one is found, and whether an offer's word stands inside that noun phrase
    ("business" in "the quarterly business review"): then it only names the thing's kind."""
    for p, r in enumerate(readings):
        if p in offer_positions:
            continue
        if Concept.REMINDER not in WORD_CONCEPTS.get(r.known, frozenset()):
            continue
        if p >= 2 and p - 1 not in offer_positions:
            before = readings[p - 1].known
            lead = readings[p - 2].known
            if (
                _unknown_noun(before)
                and len(before) >= _NOUN_MIN
                and not before.endswith(_ADJECTIVE_ENDINGS)
                and not is_everyday_word(before)
                and (
                    _leads_a_noun_phrase(lead)
                    # two nouns before it: "the next fire drill reminder"
                    or (
                        p >= 3
                        and p - 2 not in offer_positions
                        and _unknown_noun(lead)
                        and _leads_a_noun_phrase(readings[p - 3].known)
                    )
                )
            ):
                return True, False
        # the preposition, after the one reminded if any: "remind the team about the Christmas party"
        at = next(
            (
                q
                for q in range(p + 1, min(p + 1 + _COMPLEMENT_REACH, len(readings)))
                if readings[q].known in _REMINDER_COMPLEMENTS
                and all(
                    readings[k].known in FILLER_WORDS or readings[k].known in COURTESY_WORDS
                    for k in range(p + 1, q)
                )
            ),
            None,
        )
        if at is not None:
            phrase = _noun_phrase(readings, at + 1)
            if not phrase:
                continue
            head = _head(readings, phrase)
            known = readings[head].known
            if (
                head not in offer_positions
                and not WORD_CONCEPTS.get(known, frozenset()) & OUR_OBJECTS
                and _unknown_noun(known)
                and len(known) >= _NOUN_MIN
            ):
                return True, any(k in offer_positions for k in phrase)
    return False, False


def _noun_phrase(readings: Sequence[Token], start: int) -> list[int]:
    """The positions of the noun phrase from ``start``, after its determiners and small words, up to a
    preposition, a conjunction, a small word or a verb of two letters: its last word is its head."""
    q = start
    while q < len(readings) and (readings[q].known in _DETERMINERS or readings[q].known in FILLER_WORDS):
        q += 1
    phrase: list[int] = []
    while (
        q < len(readings)
        and len(phrase) < _COMPLEMENT_REACH
        and readings[q].known not in _PHRASE_ENDS
        and readings[q].known not in FILLER_WORDS  # "... for Security, we have decided"
    ):
        phrase.append(q)
        q += 1
    return phrase


def _head(readings: Sequence[Token], phrase: list[int]) -> int:
    """The head of a noun phrase: its last word long enough to be a noun ("the team offsite go out", "my ID
    card")."""
    return next((k for k in reversed(phrase) if len(readings[k].known) >= _NOUN_MIN), phrase[-1])


_TIME_NOUNS: Final = word_set(
    """
    year years jaar jaren month months maand maanden week weeks weken quarter quarters kwartaal kwartalen
    day days dag dagen today vandaag tomorrow morgen yesterday gisteren time tijd
    """
)


# A renewal, a deadline or a fee completed by a thing of its own ("the renewal form for my gym membership",
# "the deadline for the quarterly OKRs"), and the verb to renew with one as its object ("renew my ID card").
_CUE_NOUNS: Final = frozenset({Concept.RENEW, Concept.DUE, Concept.FEE})
_PROGRAMME_NOUNS: Final = word_set("mpn programme program partnerprogramma")
_OURS_IN_A_PHRASE: Final = OUR_OBJECTS | {Concept.PARTNER_CENTER, Concept.OBJECT}
_CUE_GAP: Final = 2  # "the renewal form for": words between the cue and its preposition


def _completes_a_cue_with_another_thing(readings: Sequence[Token], offer_positions: set[int]) -> bool:
    """A renewal, a deadline or a fee of a thing of its own: the noun phrase after "for" / "of" / "voor" /
    "van" (or the object of "renew") has a head the reader does not know and nothing of ours in it ("the
    renewal form for my gym membership", "what's the deadline for the quarterly OKRs", "where do I renew my
    ID card"). One of our offers, a word of ours or the programme's anywhere in the phrase makes it ours ("the
    deadline for the Security renewal", "the renewal of our MPN membership")."""
    for p, r in enumerate(readings):
        concepts = WORD_CONCEPTS.get(r.known, frozenset())
        if p in offer_positions or not concepts & _CUE_NOUNS:
            continue
        if _cue_starts_a_compound(readings, offer_positions, p) or _paid_for_another_purpose(
            readings, offer_positions, p
        ):
            return True
        starts = [
            q + 1
            for q in range(p + 1, min(p + 2 + _CUE_GAP, len(readings)))
            if readings[q].known in _REMINDER_COMPLEMENTS and not offer_positions & set(range(p + 1, q))
        ][:1]
        if Concept.RENEW_VERB in concepts and p + 1 < len(readings) and readings[p + 1].known in _DETERMINERS:
            starts.append(p + 1)
        for start in starts:
            if start >= len(readings) or (
                readings[start].known not in _DETERMINERS and readings[start - 1].known not in _WITH_ARTICLE
            ):
                continue  # a noun phrase of its own starts with one: "... date of is het meteen weg" is Dutch "or"
            phrase = _noun_phrase(readings, start)
            if not phrase or any(
                k in offer_positions
                or WORD_CONCEPTS.get(readings[k].known, frozenset()) & _OURS_IN_A_PHRASE
                or readings[k].known in _PROGRAMME_NOUNS
                or readings[k].known in _TIME_NOUNS  # "bij de verlenging van vorig jaar": a time, not a thing
                for k in phrase
            ):
                continue
            head = readings[_head(readings, phrase)].known
            if _unknown_noun(head) and len(head) >= _NOUN_MIN:
                return True
    return False


def _cue_starts_a_compound(readings: Sequence[Token], offer_positions: set[int], p: int) -> bool:
    """The cue at ``p`` is the first word of another thing's name, followed by a noun the reader does not
    know: a fragment of the two ("kosten parkeerplaats", "verlenging huurcontract") or, after a determiner,
    a compound of three ("what does the cost management dashboard show"). "kosten renewal security" and "the
    renewal date" name nothing else."""
    n = len(readings)
    q = p + 1
    if (
        q >= n
        or q in offer_positions
        or not _unknown_noun(readings[q].known)
        or len(readings[q].word) < _NOUN_MIN
    ):
        return False
    if p == 0 and n == 2:
        return True
    return (
        p > 0
        and readings[p - 1].known in _DETERMINERS
        and q + 1 < n
        and q + 1 not in offer_positions
        and readings[q + 1].known not in FILLER_WORDS
        and readings[q + 1].word.isalpha()
        # "wat als we een verlenging gewoon missen": a word as common as "gewoon", "echt", "just" is an
        # adverb, no noun of a name ("management", "form" are)
        and real_words().get(readings[q].word, 0.0) < _ADVERB_ZIPF
    )


_ADVERB_ZIPF: Final = 5.5
_TO: Final = word_set("to te")
_PURPOSE_REACH: Final = 4  # "pay [extra] [om] te parkeren"


def _paid_for_another_purpose(readings: Sequence[Token], offer_positions: set[int], p: int) -> bool:
    """A fee word whose purpose, "to ..." or "om te ...", is a verb the reader does not know, in a message
    that names none of ours ("moeten we betalen om te parkeren?", "do we have to pay to park?"); "pay to
    renew" and "what does it cost to keep Security" are ours."""
    if offer_positions or Concept.FEE not in WORD_CONCEPTS.get(readings[p].known, frozenset()):
        return False
    for q in range(p + 1, min(p + _PURPOSE_REACH, len(readings) - 1)):
        if readings[q].known in _TO:
            verb = readings[q + 1].known
            return _unknown_noun(verb) and len(verb) >= _NOUN_MIN
    return False


# Everyday adjectives that stand before "anniversary" as often as a noun does: "the same anniversary".
_NO_KIND: Final = word_set(
    """
    same old other another second third whole real usual current upcoming coming following actual exact
    hard firm strict true legal absolute official earliest latest
    """
)
_LATE_ADJECTIVE_ENDINGS: Final = tuple(e for e in _ADJECTIVE_ENDINGS if e != "ing")  # "wedding", "founding"


# The programme's nouns whose owner a noun before them names: "our company anniversary", "the gym membership".
_KIND_HEADS: Final = _ANNIVERSARY | word_set("membership memberships lidmaatschap lidmaatschappen")


def _another_things_anniversary(readings: Sequence[Token], offer_positions: set[int], p: int) -> bool:
    """ "Our company anniversary", "my work anniversary", "their wedding anniversary": a noun the reader does
    not know between a determiner and the anniversary word names whose anniversary it is; ours are named by
    an offer ("our Security anniversary") or the programme ("our competency anniversary", "the MPN
    anniversary"). Everyday nouns count here ("work", "company"): an anniversary has few adjectives."""
    if p < 2 or p - 1 in offer_positions:
        return False
    before, lead = readings[p - 1].known, readings[p - 2].known
    return (
        _unknown_noun(before)
        and len(before) >= _NOUN_MIN - 1  # "the gym membership"
        and before not in _NO_KIND
        and not before.endswith(_LATE_ADJECTIVE_ENDINGS)
        and lead in _DETERMINERS
    )


def _shared_word_names_a_kind(readings: Sequence[Token], offer_positions: set[int]) -> bool:
    """ "We renewed the Azure plan yesterday": a word several offers share ("azure", "cloud"), after a
    determiner, before a noun the reader does not know, names that noun's kind; everyday nouns count here
    ("plan", "account"), where one offer named would need a rarer word ("the Security workshop")."""
    return any(
        p - 1 in offer_positions
        and p - 2 >= 0
        and readings[p - 2].known in _DETERMINERS
        and p not in offer_positions
        and _unknown_noun(r.known)
        and len(r.known) >= _NOUN_MIN
        and r.known not in _THINGS_OF_OURS
        and r.known not in _EXACT_AMOUNT
        and r.known not in _TIME_NOUNS
        and not r.known.endswith(("ly", "lijk", "ed"))
        for p, r in enumerate(readings)
    )


def _a_version(word: str) -> bool:
    """A year or a version typed after a product's name: "2012", "2019", "365" is no year ("Microsoft 365"
    is a name of its own, read elsewhere)."""
    return len(word) == _YEAR_DIGITS and word.isdigit() and word[:2] in ("19", "20")


_YEAR_DIGITS: Final = 4


def _unknown_noun(word: str) -> bool:
    """A word that may be a noun of something else: alphabetic, no keyword, no filler, no courtesy."""
    return word.isalpha() and word not in WORD_CONCEPTS and _is_other(word) and word not in _MICROSOFT


_UNDO: Final = word_set(
    """
    cancel cancels cancelled canceled cancelling canceling undo revert refund refunded reclaim reclaimed
    terugvragen terugvorderen
    annuleren annuleer annuleert geannuleerd terugdraaien ongedaan terugbetaling terugbetaald kapot vastgelopen
    """
)
_WORKS: Final = word_set("work works working function functions werkt werken lukt lukken functioneert")
_WISHES: Final = word_set(
    "happy congrats congratulations gefeliciteerd proficiat felicitaties hartelijk gelukkige gelukkig"
)
_EXCLAIMS: Final = (("what", "a"), ("what", "an"), ("wat", "een"), ("such", "a"), ("zo", "een"))
# Interjections that open a remark: "amai, die deadline van morgen is strak", "wow, that reminder".
_INTERJECTIONS: Final = word_set("amai wow oef pff pfff jeetje tjonge goh whoa yikes ugh omg oei")
# Words that ask, whatever else the message says: a wish or an exclamation with one of these is a question.
_ASKING: Final = frozenset(
    {
        Concept.QUESTION, Concept.WHEN, Concept.HOW, Concept.WHERE, Concept.WHO, Concept.HOW_MANY,
        Concept.HOW_LONG, Concept.STATUS,
    }
)  # fmt: skip


def _undoes_or_breaks(readings: Sequence[Token]) -> bool:
    """A cancellation, a refund or a failure: "cancel the renewal", "geannuleerd", "doesn't work", "werkt
    niet", "lukt het niet"."""
    words = [r.known for r in readings]
    if not _UNDO.isdisjoint(words):
        return True
    return any(
        words[p] in _WORKS
        and any(Concept.NOT in WORD_CONCEPTS.get(w, frozenset()) for w in words[p - 2 : p + 3])
        for p in range(len(words))
    )


def _wishes_or_exclaims(readings: Sequence[Token]) -> tuple[bool, bool]:
    """ "Happy anniversary to us!", "gefeliciteerd met je jubileum" (a wish), "wat een deadline-stress
    vandaag" (an exclamation, whose "wat" is no question word): not a question about a date."""
    words = [r.known for r in readings]
    first = [w for w in words if w not in _ADVICE_LEAD_INS][:2]
    # an interjection first is a wish's kind: a remark unless it asks ("Amai, is er nog een marge ...?")
    wish = not _WISHES.isdisjoint(words) or bool(first and first[0] in _INTERJECTIONS)
    return wish, tuple(first) in _EXCLAIMS


_GOING: Final = word_set("going gonna plan plans planning intends van")


def _microsoft_will(readings: Sequence[Token]) -> bool:
    """ "Will Microsoft ...", "gaat Microsoft ...", "Microsoft will ...", "is Microsoft going to ...": a
    question of what Microsoft will decide, which the bot does not know."""
    for p in range(len(readings) - 1):
        here, there = readings[p].word, readings[p + 1].word
        if here in _MICROSOFT and (there in _FUTURE_STARTS or there in _GOING):
            return True
        if here in _FUTURE_STARTS and (
            there in _MICROSOFT
            or (there == "partner" and p + 2 < len(readings) and readings[p + 2].word == "center")
        ):
            return True  # "when will Partner Center show our renewal": what a system will do, not our dates
    return False


_EMBEDDED_QUESTION: Final = frozenset(
    {
        Concept.WHEN, Concept.HOW, Concept.WHERE, Concept.WHO, Concept.HOW_MANY, Concept.HOW_LONG, Concept.LAST,
        Concept.IF, Concept.COMPETENCY, Concept.COLLECTION, Concept.PARTNER_CENTER, Concept.STATUS,
    }
)  # fmt: skip
_PLEASE: Final = word_set("please pls plz also just even ff eventjes misschien maybe")


def _says_nothing(word: str) -> bool:
    """A filler, courtesy or softening word, or an adverb ("kindly"): skipped when looking for the word a
    request or a question turns on."""
    return word in FILLER_WORDS or word in COURTESY_WORDS or word in _PLEASE or word.endswith("ly")


def _counts_what_we_do_not_hold(readings: Sequence[Token], offer_positions: set[int]) -> bool:
    """ "How many certified people do we have for Security", "hoeveel punten hebben we", "which of our
    engineers are certified", "welke collega's hebben het examen": a count or a choice of things the bot
    does not hold. What is counted or chosen is the first word after "how many" / "hoeveel" / "which" /
    "welke" that is no filler and no adjective of ours ("certified"); the bot counts and lists days, weeks,
    offers, dates, renewals, reminders and admins, all of which are its own words, and a courtesy word there
    is a person ("collega's"). "How much" is left out: it asks an amount ("how much does it cost")."""
    for p, r in enumerate(readings):
        if (
            r.known in _WHICH
            or r.known == "hoeveel"
            or (r.known == "many" and p > 0 and readings[p - 1].known == "how")
        ):
            for q in range(p + 1, min(p + 4, len(readings))):
                word = readings[q].known
                concepts = WORD_CONCEPTS.get(word, frozenset())
                if Concept.REQUIRE_WEAK in concepts and r.known in _WHICH:
                    return False  # "welke certificeringen zijn nodig": the exams an offer needs
                if word in _ONE and r.known in _WHICH:
                    return False  # "which one comes up for renewal first": one of our offers
                if word in _WILL and r.known == "hoeveel":
                    return False  # "hoeveel gaat de X renewal kosten": an amount, asked with a verb first
                if (
                    q in offer_positions
                    or word in FILLER_WORDS
                    or word in _MICROSOFT  # "welke Microsoft-dingen hebben we"
                    or Concept.REQUIRE_WEAK in concepts
                ):
                    continue
                return not concepts and (_is_other(word) or word in COURTESY_WORDS)
    return False


_ONE: Final = word_set("one ones")
_WILL: Final = word_set("gaat gaan zal zullen zou wordt")
_IS: Final = word_set("is are zijn")
_EVERY: Final = word_set("every each elk elke ieder iedere")
_OPINION: Final = word_set("think thinks reckon suggest recommend advise vind vindt denk denkt adviseer raad")
_INDEFINITE: Final = word_set("a an een")
_CHANGES_STARTS: Final = word_set("does do will would verandert verschuift gaat")
_TAKES: Final = word_set("take takes taking took duurt duren duurde")
_MODAL_STARTS: Final = word_set("moeten moet must do does need")
_DOUBT: Final = word_set("echt really actually truly wel")
_MICROSOFT: Final = word_set("microsoft ms msft")
_OUR_BUSINESS: Final = frozenset(
    {
        Concept.RENEW, Concept.RENEWED, Concept.FEE, Concept.DUE, Concept.LOSE, Concept.GRACE, Concept.EXTENSION,
        Concept.REQUIRE, Concept.REMINDER, Concept.BENEFITS, Concept.PARTNER_CENTER,
    }
)  # fmt: skip


_WHAT: Final = word_set("what wat")
_ASK_SOMEONE: Final = word_set("ask contact approach vragen benaderen mailen bellen")
_DOING: Final = word_set("do doen")
_NOT_A_NEED: Final = frozenset(
    {
        Concept.WHEN, Concept.DATE, Concept.LAST, Concept.HOW, Concept.WHERE, Concept.STEPS, Concept.DAYS,
        Concept.FEE, Concept.HAPPEN, Concept.IF, Concept.WHAT_IF, Concept.DUE, Concept.GRACE,
    }
)  # fmt: skip


def _asked_by_shape(
    readings: Sequence[Token], offer_positions: set[int], concepts: set[Concept]
) -> set[Concept]:
    """What a question asks by its shape when no word of the question names it:

    - "what" with needing or keeping and an offer asks what it needs ("what does X need to renew", "wat
      moeten we hebben voor X", "wat vraagt Microsoft om X te behouden"): the requirements;
    - "what" with us losing and no date asks what is lost ("what do we lose if it expires"): the
      consequences;
    - "who" with asking someone asks who is in charge ("who do I ask to renew X"): the admins.
    """
    words = [r.known for p, r in enumerate(readings) if p not in offer_positions]
    first = next((w for w in words if w not in _ADVICE_LEAD_INS), "")
    found: set[Concept] = set()
    # "wat moet ik regelen om X te verlengen", "what do I need to arrange to renew X": what to do to renew, in
    # a verb of taking a task on, is the procedure (as "wat moet ik doen om X te verlengen")
    if (
        first in _WHAT
        and Concept.MUST in concepts
        and concepts & {Concept.RENEW, Concept.RENEW_VERB}
        and not _HANDLING.isdisjoint(words)
    ):
        found.add(Concept.STEPS)
    if (
        Concept.STEPS not in found
        and first in _WHAT
        and not concepts & _NOT_A_NEED
        # "what do we need to do for X" asks a procedure; the "do" of "what do you need" is no doing
        and _DOING.isdisjoint(w for i, w in enumerate(words) if not (i > 0 and words[i - 1] in _WHAT))
        and concepts & {Concept.MUST, Concept.KEEP}
        and (offer_positions or Concept.COMPETENCY in concepts)
    ):
        found.add(Concept.REQUIRE)
    # "what do WE lose" asks what is lost; "what expires in May" which offers do (a date)
    if (
        first in _WHAT
        and Concept.LOSE in concepts
        and not _OURS.isdisjoint(words)
        and not concepts & {Concept.WHEN, Concept.DATE, Concept.LAST, Concept.DAY}
    ):
        found.add(Concept.HAPPEN)
    # ... about ours: "who do I ask about expense claims" asks about another thing
    if (
        Concept.WHO in concepts
        and not _ASK_SOMEONE.isdisjoint(words)
        and (
            offer_positions
            or concepts & OUR_OBJECTS
            or not any(_unknown_noun(w) and len(w) >= _NOUN_MIN and w not in _ASK_SOMEONE for w in words)
        )
    ):
        found.add(Concept.ADMIN)
    return found


_ADVICE_LEAD_INS: Final = word_set("and so but en maar dus hi hey hoi ok okay quick question vraag")


# --- topic: ours or something else ---------------------------------------------------------------------

# Words after which an unknown word is a noun, the thing the question is about: "my passport", "de server".
# Not the ones that are as often something else: "het" (it), "zijn" (are), "die" and "that" (which).
_DETERMINERS: Final = word_set(
    "the a an my our your their this these those de een mijn onze ons jouw uw hun deze dit"
)
# ...and the quantifiers that start a noun phrase as well: "any Azure incentives", "alle Security trainingen".
_PHRASE_STARTS: Final = _DETERMINERS | word_set(
    "any some all every each no which what alle elke iedere geen welke welk"
)
_NOUN_MIN: Final = 4  # shorter unknown words are more often chat forms and typos ("the nxt reminder")


def _noun_place(readings: Sequence[Token], p: int) -> bool:
    """Whether the unknown word at ``p`` stands where a noun does, after a determiner or a possessive ("my
    passport", "het congres"): it names what the question is about."""
    if p == 0 or len(readings[p].word) < _NOUN_MIN or readings[p].known in _SAME:
        return False
    # before a word of a date or an outcome an adjective says which one: "the exact day", "the actual impact",
    # "the same date", "the final deadline"; a noun there is a thing of its own ("add the passport, due 1 May")
    word = readings[p].known
    after = WORD_CONCEPTS.get(readings[p + 1].known, frozenset()) if p + 1 < len(readings) else frozenset()
    # "who the current partner admins are": a common word before the programme's people is their adjective
    if after & _PEOPLE_HEADS and is_everyday_word(word):
        return False
    if after & _ATTRIBUTE_HEADS and (
        after & _ATTRIBUTE_HEADS != {Concept.DUE}
        or word in _NO_KIND
        or word.endswith(_ADJECTIVE_ENDINGS)
        or is_everyday_word(word)
    ):
        return False
    before = readings[p - 1].known
    # "the team outing": "team" (a word of courtesy elsewhere, "hi team") names the kind of the noun after it,
    # and so does a time ("the quarterly review", "de kwartaal overleg")
    if p > 1 and (
        before in _TEAM
        or before in _TIME_NOUNS
        or Concept.DAY in WORD_CONCEPTS.get(before, frozenset())
        and readings[p - 1].word.isalpha()
    ):
        # "op welke dagen de verlengingen van dit kwartaal vallen": a Dutch clause ends in its verb
        if p == len(readings) - 1 and word.endswith("en") and readings[p - 1].known in _DUTCH_TIMES:
            return False
        before = readings[p - 2].known
    # "het" is as often "it", but after a preposition it is the article: "aan het teamoverleg", "in het portaal"
    return before in _DETERMINERS or (before == "het" and p > 1 and readings[p - 2].known in _PREPOSITIONS)


_DUTCH_TIMES: Final = word_set("kwartaal jaar maand week boekjaar zomer najaar voorjaar")
# "is it the same as last year?", "is dat dezelfde als vorig jaar": a comparison with what was asked, no noun
_SAME: Final = word_set("same zelfde dezelfde hetzelfde")
_PEOPLE_HEADS: Final = frozenset({Concept.ADMIN, Concept.PROGRAMME})
_PREPOSITIONS: Final = word_set("aan in op van voor met bij naar over om tot uit door onder")
_ATTRIBUTE_HEADS: Final = frozenset({Concept.DATE, Concept.HAPPEN, Concept.DAYS, Concept.LAST, Concept.DUE})


def _names_a_kind(readings: Sequence[Token], offer_positions: set[int], p: int, *, modal: bool) -> bool:
    """Whether the unknown word at ``p`` is the head of a noun phrase whose kind an offer's words name: "the
    Security workshop", "onze Azure reservering", "the Azure outage", "de Data Analytics klantcase". English
    and Dutch put the head last, so the question is about the workshop, not the offer. The phrase starts
    with a determiner or a possessive: without one the word after a name is as often an adverb or a verb
    ("wanneer vervalt cloud platform definitief", "van CBA gepland"). Everyday words
    ("stuff", "nog"), adverbs ("Security automatically") and, after a Dutch modal verb, the infinitive at the
    end of the clause ("aan welke eisen moet app dev voldoen") are no such head."""
    word = readings[p].word
    start = p - 1
    # back over the name, its own small words included ("the Kubernetes on Azure bootcamp")
    while start - 1 in offer_positions or (start - 2 in offer_positions and start - 1 not in offer_positions):
        start -= 1
    return (
        (
            (p - 1 in offer_positions and start > 0 and readings[start - 1].known in _PHRASE_STARTS)
            or _programme_kind(readings, p, offer_positions)
        )
        and len(word) >= _NOUN_MIN
        and not word.endswith(_NOT_NOUN_ENDINGS)
        and not (word.endswith("en") and modal)
        and not is_everyday_word(word)
    )


def _another_partner(readings: Sequence[Token], p: int) -> bool:
    """ "The partner of the year awards", "a partner asked us", "onze partner Contoso": "partner" as a noun of
    its own names another company, not the programme; before a word of ours ("the partner competencies",
    "onze partner dingen", "partnerstatus") it is the programme's."""
    if p == 0 or readings[p - 1].known not in _DETERMINERS:
        return False
    after = readings[p + 1].known if p + 1 < len(readings) else ""
    concepts = WORD_CONCEPTS.get(after, frozenset())
    return not (concepts and Concept.FOREIGN not in concepts) and after not in _THINGS_OF_OURS


_THINGS_OF_OURS: Final = word_set("dingen ding zaken zaakjes stuff things thing gedoe")


def _after_programme_word(readings: Sequence[Token], p: int) -> bool:
    """ "When do partner incentives pay out", "het partner event": a noun the reader does not know after
    "partner" is a thing of the programme's world that none of our answers is about; "our partner
    competencies" and "onze partner dingen" name words of ours or filler."""
    word = readings[p].word
    return (
        p > 0
        and Concept.PROGRAMME in WORD_CONCEPTS.get(readings[p - 1].known, frozenset())
        and len(word) >= _NOUN_MIN
        and not is_everyday_word(word)
    )


def _programme_kind(readings: Sequence[Token], p: int, offer_positions: Iterable[int] = ()) -> bool:
    """ "Our Partner Center MFA token", "the competency badge printer", "the Security competency badge": the
    programme's own words (an offer's name among them) before a head noun, after a determiner, name the
    head's kind; the question is about the head."""
    offers = set(offer_positions)
    q = p - 1
    programme = False
    while q >= 0 and p - q <= _MODIFIERS_MAX and readings[q].known not in _PHRASE_STARTS:
        known = readings[q].known
        if known in _PROGRAMME_WORDS:
            programme = True
        elif WORD_CONCEPTS.get(known, frozenset()) & _GRAMMAR_CONCEPTS:
            return False  # "de Data Analytics-competentie niet tijdig": a clause, no noun phrase
        elif q in offers:
            pass  # the offer the kind is of: "the Security competency badge"
        elif known in FILLER_WORDS or (known not in WORD_CONCEPTS and is_everyday_word(known)):
            return False  # "onze security competentie eigenlijk definitief": an adverb ends the phrase
        q -= 1
    return programme and q >= 0 and readings[q].known in _PHRASE_STARTS


_MODIFIERS_MAX: Final = 4
_PROGRAMME_CONCEPTS: Final = frozenset({Concept.PARTNER_CENTER, Concept.COMPETENCY})
# The programme's strong words, single and in phrases ("partner center"), as modifiers of another noun.
_PROGRAMME_WORDS: Final = frozenset(
    {w for w, cs in WORD_CONCEPTS.items() if cs & {Concept.PARTNER_CENTER, Concept.COMPETENCY}}
    | {w for phrase, c in PHRASE_TABLE if c is Concept.PARTNER_CENTER for w in phrase}
)


# Adverbs and past tenses follow a name as often as a noun does: "Security automatically", "Kubernetes passed".
_NOT_NOUN_ENDINGS: Final = ("ly", "ed")


def _only_complements(
    readings: Sequence[Token], offer_positions: set[int], heads: Sequence[int], trades: Sequence[int]
) -> bool:
    """Whether every mention of an offer follows a preposition ("for Cloud Platform", "voor de Security",
    "of our Gold Data Analytics") and a noun of something else comes before it ("our Zendesk plan for
    Cloud Platform", "the Microsoft 365 licences for CBA"): then the offer only completes that noun, and
    the question is about the noun. A noun after the offer ("... for biz apps?? customer asking") is no head
    of it, and an unknown noun must stand right before the preposition ("my boss wants to know when the
    renewal for Security is" completes "renewal"); a thing of another trade anywhere before is enough
    ("are our licences still valid? asking for the Gold CBA team")."""
    # a name's own small words leave gaps: "Windows Server and SQL Server Migration to Microsoft Azure"
    starts = [p for p in sorted(offer_positions) if not offer_positions & {p - 1, p - 2, p - 3}]
    if not starts or not heads or min(heads) > starts[0]:
        return False
    for p in starts:
        q = p - 1
        while q >= 0 and (
            readings[q].known in _DETERMINERS
            or Concept.COMPETENCY in WORD_CONCEPTS.get(readings[q].known, frozenset())
        ):
            q -= 1
        if q < 0 or readings[q].known not in _COMPLEMENT_PREPOSITIONS:
            return False
        # the preposition must follow the noun it completes: "our Zendesk plan for", "the licences for";
        # "my boss wants to know when the renewal for Security is" completes "renewal", a word of ours
        before = q - 1
        if trades and min(trades) < p:
            continue
        if before >= 0 and readings[before].known in _IS:
            continue  # "the Zendesk plan ..., it's for Gold CBA": what the thing named before is for
        if before < 0 or not _part_of_a_head(readings[before].known):
            return False
        if not any(before - _HEAD_REACH <= h <= before for h in heads):
            return False
    return True


def _names_a_team(readings: Sequence[Token], offer_positions: set[int]) -> bool:
    """ "Asking for the Cloud Platform team", "het Security team": the offer's name is the kind of a team of
    people, and "team" is a word of courtesy elsewhere ("hi team"), so it is looked for here."""
    return any(p - 1 in offer_positions and r.known in _TEAM for p, r in enumerate(readings))


_TEAM: Final = word_set("team teams")
_TOOLS: Final = word_set("dashboard dashboards portal portals portaal portalen cluster clusters")
_HEAD_REACH: Final = (
    4  # "our Zendesk plan we use for": the noun phrase and a short relative clause reach this far back
)


def _part_of_a_head(word: str) -> bool:
    """A word that may end a noun of something else: unknown to the reader, or a thing of another trade."""
    concepts = WORD_CONCEPTS.get(word)
    return Concept.FOREIGN in concepts if concepts else _is_other(word)


def _levels_in_names(readings: Sequence[Token], offer_positions: set[int]) -> bool:
    """Whether every word of the programme ("gold", "competency") stands next to an offer's name."""
    return all(
        p - 1 in offer_positions or p + 1 in offer_positions
        for p, r in enumerate(readings)
        if p not in offer_positions and Concept.COMPETENCY in WORD_CONCEPTS.get(r.known, frozenset())
    )


_COMPLEMENT_PREPOSITIONS: Final = word_set("for of on about with voor van op over met bij")
_MODALS: Final = frozenset({Concept.MUST, Concept.CAN, Concept.WANT})


# Evidence for the topic, once per concept: the programme's own words weigh most; renewing, benefits, the
# bot's reminders and admins are ours in a message that names nothing else ("renew our domain name" is not).
_STRONG_TOPIC: Final[dict[Concept, float]] = {
    Concept.COMPETENCY: 2.0,
    Concept.COLLECTION: 2.0,
    Concept.PARTNER_CENTER: 2.0,
    # the pandemic's extension for us is the programme's own rule, whoever mentioned it ("someone in the partner
    # community mentioned an extension because of corona, does it apply to us?")
    Concept.COVID: 2.0,
}
_TOPIC: Final[dict[Concept, float]] = {
    Concept.RENEW: 1.0,
    Concept.RENEWED: 1.0,
    Concept.BENEFITS: 1.0,
    Concept.EXTENSION: 1.0,
    Concept.REMINDER: 1.0,
    Concept.ADMIN: 1.0,
    Concept.HISTORY: 1.0,
    Concept.BOT: 1.0,
}
_OFFER_SURE: Final = 2.0  # one tracked offer named
_OFFER_SHARED: Final = 1.0  # a word several offers share ("azure")
# Evidence against, per word: a thing of another trade weighs as much as an offer named; words that are
# ours only with an offer ("exam", "invoice", "owner") weigh half; an unknown word weighs a quarter, since
# long polite sentences hold several ("hope", "regarding", "side") and typos left uncorrected are unknown.
_AGAINST: Final[dict[Concept, float]] = {
    Concept.FOREIGN: 2.0,
    Concept.REQUIRE_WEAK: 0.5,
    Concept.FEE_WEAK: 0.5,
    Concept.ADMIN_WEAK: 0.25,
}
_UNKNOWN_WEIGHT: Final = 0.25
_NOUN_WEIGHT: Final = 1.0  # an unknown noun: what the question is about, unless more of ours is named
# Less evidence for the topic than this beyond the evidence against is a close call: answered, but the reply
# says what it took the question to be.
_CLOSE: Final = 1.0
_STRAY: Final = 0.5  # with no evidence for the topic, one stray word ("here", "verbonden") is still ours


# --- the subject an answer needs ------------------------------------------------------------------------


def explains(intent: Intent, r: Reading) -> bool:
    """Whether the message is about what ``intent``'s answer speaks of, beyond its cue words. The rules pick
    the intent from cue words ("cost", "exam", "who", "admin"); each answer speaks of one subject, and a cue
    word in a question about another subject gets "I can't answer that yet" instead:

    - FEES is the competency fee of renewing, not the price of the bot ("what does this bot cost") nor its
      exact amount ("hoeveel euro precies"), which the seed does not state;
    - REQUIREMENTS are an offer's, not one person's exam or certification ("when must I renew MY Azure
      certification", "welk examen moet ik doen voor de Azure Administrator certificering") nor who holds one;
    - ADMINS names the bot's MPN partner admins: not a procedure in Partner Center ("how do I give someone
      else that role"), not the people at Microsoft ("who at Microsoft is our contact"), not whether a thing
      is allowed ("is our Gold logo allowed on the website");
    - the reminders (STOP_REMINDERS, NEXT_REMINDER) are the bot's posts, not the Slack channel itself ("mute
      this channel for me", "can you archive this channel");
    - a date (LOSS_DATE, DUE_DATE, GRACE) is of an offer, a renewal, benefits, the window or "it": a count
      of days with none of those and a word of something else is a count to that ("over hoeveel dagen is
      het kerst?"), while "how many days left?" alone is ours.
    """
    ours = r.offer_named or r.any(C.RENEW, C.RENEWED, C.COMPETENCY, C.COLLECTION)
    if intent in _PROPOSALS and r.shared_kind:
        return False  # "we renewed the Azure plan yesterday": a proposal needs one of our offers
    if intent in _PROPOSALS and r.any(C.HOW) and not r.any(C.DAY):
        return (
            False  # "hoe kan ik de anniversary date zelf wijzigen in Partner Center": a procedure, no change
        )
    if intent in (Intent.HISTORY, Intent.ADMINS) and r.elsewhere:
        return False  # "who at Contoso renewed their Security competency": another company's people
    if intent is Intent.CONSEQUENCES and r.any(C.IF) and r.unknown and not r.any(*_LAPSING):
        return False  # "what happens to our Security competency if we merge": another event's consequences
    if intent in _DATES and r.any(C.WHO) and not r.any(*_WHEN_ASKED):
        return False  # "I lost my badge, who do I talk to?": a person asked for, not a date
    if intent in _DATES and r.other_event and not r.any(*_EVENTS_OF_OURS):
        return False  # "when was Security last audited": the date of an event the bot does not keep
    if intent is Intent.ADD_OFFER and r.any(C.PARTNER_CENTER) and not (r.anniversary or r.any(C.DAY, C.DATE)):
        # "can Modern Work be added in Partner Center as an offer": Microsoft's catalogue, not ours
        return False
    if intent is Intent.ADD_OFFER and not (
        r.offer_named or r.anniversary or r.any(C.COMPETENCY, C.COLLECTION) or r.any(C.RENEW, C.RENEWED)
    ):
        return False  # "add the passport, due 1 May": an offer to add is ours by its name or the programme's word
    # "over hoeveel dagen is het kerst?": a count of days to a day named, with nothing of ours, is neither
    if (
        intent in _DATES
        and not r.offer_named
        and not r.any(*_DATED_SUBJECTS)
        and (r.against > 0 or r.any(C.DAY))
        # "what's coming up in the next 6 weeks?": what is upcoming, asked with nothing else named, is ours
        and not (r.any(C.NEXT) and r.first in _WHAT_OR_WHICH and not r.unknown and not r.against)
    ):
        return False
    if intent is Intent.FEES:
        # "is die verlengingskost fiscaal aftrekbaar?", "is the renewal fee refundable": a yes/no question of a
        # property of the fee (its tax, a refund), which the seed does not say; not what it costs
        # "is there a fee", "zijn er kosten verbonden aan" ask whether one pays, which is ours
        asks_a_property = (
            r.first in _IS
            and r.unknown > 0
            and not r.there
            and not r.free  # "is verlengen gratis of hangt er een prijskaartje aan": whether one pays
            and not r.any(C.HOW_MANY, C.WHAT_IF, C.IF)
        )
        # "exactly how many euros will the fee be", "hoeveel euro precies": the amount, which the seed never
        # states (the answer says a fee may apply, not what it is)
        return (
            (ours or not r.any(C.BOT))
            and not asks_a_property
            and not r.exact
            and not r.per_unit
            # "what did we pay for X last year": our own spending, asked as a question (news of a payment is
            # a renewal to record: "paid and renewed X")
            and not (r.paid_before and r.any(C.QUESTION))
        )
    if intent is Intent.REQUIREMENTS:
        # "who in our team has the Security certification" asks for people, whom the bot does not know;
        # "how long is the Security exam" the length of an exam
        return (
            not r.any(C.WHO, C.HOW_LONG)
            and not r.judged  # "how hard is the Data Analytics exam"
            and not r.certifies_other
            and (not r.personal or r.any(C.COMPETENCY, C.COLLECTION))
        )
    if intent in (Intent.STOP_REMINDERS, Intent.NEXT_REMINDER) and r.any(C.CHANNEL):
        # "mute this channel for me", "can you archive this channel", "kun je het kanaal op stil zetten": the
        # Slack channel itself, not the bot's posts in it ("which channel?", "stop posting in this channel")
        mine = r.any(C.REMINDER, C.BOT) or r.posts
        return mine or not (r.any(C.STOP, C.MOVE, C.CHANGE, C.ADD) or r.unknown)
    if intent is Intent.ADMINS:
        # "what are the internal use rights for X" asks no person: a right or a permission alone is not an admin
        # nor whether a thing is allowed ("is our Gold logo allowed on the website"): a person is asked about
        what_rights = r.first in _WHAT and not r.any(C.WHO, C.ADMIN)
        nobody = not r.any(C.WHO, C.ADMIN) and not r.person
        return not (r.any(C.HOW) and not r.any(C.WHO)) and not r.microsoft and not what_rights and not nobody
    return True


_DATES: Final = frozenset({Intent.LOSS_DATE, Intent.DUE_DATE, Intent.GRACE})
_RENEW_VERBS: Final = frozenset(w for w, found in WORD_CONCEPTS.items() if Concept.RENEW_VERB in found)
_PROPOSALS: Final = frozenset({Intent.RECORD_RENEWAL, Intent.CHANGE_ANNIVERSARY, Intent.ADD_OFFER})
# What a condition of ours is about: not renewing, missing, losing, a deadline, the window.
_LAPSING: Final = (
    Concept.NOT, Concept.MISS, Concept.LOSE, Concept.RENEW, Concept.RENEWED, Concept.DUE, Concept.GRACE,
    Concept.LAST, Concept.EXTENSION, Concept.DAYS, Concept.LEFT, Concept.DAY, Concept.DATE, Concept.BEYOND,
)  # fmt: skip
# The words that ask a date or a time: a question with "who" and none of these asks for a person.
_WHEN_ASKED: Final = (
    Concept.WHEN, Concept.DATE, Concept.LAST, Concept.DAYS, Concept.LEFT, Concept.DAY, Concept.HOW_LONG,
)  # fmt: skip
_EVENTS_OF_OURS: Final = (
    Concept.DUE, Concept.LOSE, Concept.GRACE, Concept.RENEW, Concept.RENEWED, Concept.BENEFITS, Concept.EXTENSION,
)  # fmt: skip
_DATED_SUBJECTS: Final = (
    Concept.OK, Concept.RENEW, Concept.RENEWED, Concept.COMPETENCY, Concept.COLLECTION, Concept.BENEFITS, Concept.DUE,
    Concept.LOSE, Concept.GRACE, Concept.LAST, Concept.EXTENSION, Concept.OBJECT, Concept.PARTNER_CENTER,
)  # fmt: skip


# --- step 5: the rules, in order of precedence ---------------------------------------------------------


def _how_our_renewals_stand(r: Reading) -> bool:
    """ "How are our renewals doing (in general)?": how the renewals stand, not how to do one ("how does
    renewing work", "how do I renew")."""
    return (
        r.first in _HOW_STARTS
        and r.any(C.LOOKS)
        and r.any(C.RENEW)
        and r.ours
        and not r.offer_named
        and not r.any(C.RENEW_VERB, C.WHEN, C.DATE, C.STEPS, C.WHERE, C.PARTNER_CENTER, C.CAN, C.MUST, C.WANT)
    )


@dataclass(frozen=True)
class Rule:
    """One line of the precedence list: when ``applies``, the message is ``intent``."""

    intent: Intent
    why: str
    applies: Callable[[Reading], bool]
    # a last resort that reads an intent into a message that names no question ("cloud platform?"): the
    # reply says what it took the question to be, and offers the others
    guess: bool = False


C = Concept  # the rules below read better with a short name
_BARE_OFFER: Final = (C.GREETING, C.COMPETENCY, C.HOW, C.OBJECT, C.QUESTION, C.DAY)
_ONLY_RENEWING: Final = (
    C.RENEW, C.RENEW_VERB, C.HOW, C.WHERE, C.STEPS, C.PARTNER_CENTER, C.CAN, C.WANT, C.HELP,
    C.COMPETENCY, C.GREETING, C.OBJECT, C.QUESTION,
)  # fmt: skip
# Words that make a sentence with "renewed" a wish, a rule or a condition rather than news of a renewal.
_WISH: Final = (C.MUST, C.CAN, C.WANT, C.IF, C.NOT, C.NEXT)
_NOT_NEWS: Final = (*_WISH, C.DUE, C.WHEN, C.HOW)
# A question about a day-to-day cue with several words the reader does not know ("when is the security
# webinar", "what benefits come with gold") is about something else: the weak rules stop there.
_FEW_UNKNOWN: Final = 1

# A yes/no question about what happens by itself: "does renewing change our anniversary", "will the date move
# if we renew late", "verschuift de verjaardag dan": a question of the programme's rules, not a request.
_HOW_STARTS: Final = word_set("how hoe")
_WHETHER_STARTS: Final = word_set("does do did will would is wordt verandert verschuift gaat")


def _soonest(r: Reading) -> bool:
    """ "Which one expires first", "wat loopt er als eerste af": a comparison of our own offers' dates."""
    return r.any(C.FIRST) and (r.first in _WHICH or r.first in _WHAT)


def _recorded_asked(r: Reading) -> bool:
    """ "Which renewals have been recorded so far?", "welke verlengingen zijn er al geregistreerd?": what was
    recorded, asked, is the history; "can you record that we renewed X" asks to record it."""
    return (
        r.any(C.QUESTION)
        and r.any(C.HISTORY, C.ALREADY)
        and r.any(C.RENEW, C.RENEWED)
        and r.any(C.RECORD, C.ADD)
        and not r.any(C.CAN, C.WANT, C.MUST, C.DAY)
    )


def _asks_whether(r: Reading) -> bool:
    """A yes/no question whether a date changes, with no new date given ("it should be 1 May" asks to change)."""
    return (r.first in _WHETHER_STARTS or (r.any(C.WHAT_IF) and r.any(C.QUESTION))) and not r.any(C.DAY)


RULES: Final[tuple[Rule, ...]] = (
    Rule(
        Intent.FEES,
        "a fee, cost, price or paying (money or an invoice only about renewing): a competency fee may apply",
        lambda r: (
            (
                (r.any(C.FEE) and r.on_topic())
                or (
                    r.any(C.FEE_WEAK)
                    and (r.offer_sure or r.any(C.RENEW, C.COMPETENCY, C.COLLECTION))
                    and r.unknown <= _FEW_UNKNOWN
                )
                # "how much is it to renew X": an amount with renewing, not a count of days, offers or renewals
                or (
                    r.any(C.HOW_MANY)
                    and r.any(C.RENEW)
                    and not r.any(C.DAYS, C.LEFT, C.COLLECTION, C.DAY, C.WHEN, C.NEXT, C.DUE)
                )
            )
            # "X is vandaag vernieuwd; de betaling is verwerkt": news of a renewal, the payment in passing
            # "paid for the X renewal just now, log it please": the payment is news, and recording it is asked
            and not (r.any(C.RENEWED, C.DONE, C.RECORD) and not r.any(C.QUESTION))
            # "we willen X niet meer betalen, wat zijn de gevolgen?": not paying, what follows
            and not (r.any(C.HAPPEN, C.MATTERS, C.MEANS, C.WHAT_IF) and r.any(C.NOT, C.STOP, C.MISS))
            # "what are the implications of the new pricing": what a price leads to, not the fee of renewing
            and not (r.any(C.HAPPEN) and not (r.offer_named or r.any(C.RENEW, C.RENEWED)))
        ),
    ),
    Rule(
        Intent.EXTENSION,
        "the COVID-19 extension or eligibility is named: nothing else answers it",
        # "what incentives are we eligible for": eligible alone is the extension's only when nothing else is
        # named that one may be eligible for
        # the pandemic named for us is the programme's own rule, however long the sentence around it ("I
        # heard Microsoft gave extra time because of the pandemic, does that count for us?"); not "is there a
        # covid rule for working from home"
        lambda r: (
            (r.on_topic() or (r.any(C.COVID) and r.ours))
            and (
                r.any(C.EXTENSION)
                or (
                    r.any(C.ELIGIBLE)
                    and not r.any(C.REQUIRE)
                    # "geeft Cloud Platform ons recht op Azure-sponsoring voor demo-omgevingen": an offer named
                    # with several other things one may be entitled to is no question of the extension
                    and (
                        (r.offer_named and r.unknown <= _FEW_UNKNOWN)
                        or not r.unknown
                        or r.any(C.COMPETENCY, C.COLLECTION, C.RENEW, C.DUE)
                    )
                )
            )
        ),
    ),
    Rule(
        Intent.REQUIREMENTS,
        "requirements, criteria, exams, 'what does it take': what an offer needs",
        lambda r: (
            (r.any(C.REQUIRE) and (r.on_topic() or r.any(C.MUST)))
            or (
                r.any(C.REQUIRE_WEAK) and (r.offer_sure or r.any(C.COMPETENCY, C.COLLECTION, C.RENEW, C.MUST))
            )
            # not "tot wanneer houden we X als we niets doen": until when it is kept
            or (
                r.any(C.KEEP)
                and r.any(C.MUST, C.STEPS)
                and (r.offer_sure or r.any(C.COMPETENCY))
                and not r.any(C.LAST)
            )
            # "what do we have to do to earn X", "wat moeten we doen om X te behalen"; not "... to get X renewed"
            or (
                r.any(C.EARN)
                and (r.any(C.MUST, C.STEPS) or r.first in _WHAT)
                and (r.offer_sure or r.any(C.COMPETENCY))
                and not r.any(C.RENEW, C.RENEWED, C.REMINDER, C.WHEN, C.DATE)
            )
        ),
    ),
    Rule(
        Intent.HISTORY,
        "a past renewal asked about: 'history', 'who renewed', 'did we renew', 'is X renewed?'",
        # "mark X as renewed, Jan did it on Friday" asks to record it
        lambda r: (
            not (r.any(C.RECORD) and not r.any(C.WHO) and not _recorded_asked(r))
            and (
                _recorded_asked(r)
                or (r.any(C.HISTORY) and r.on_topic())
                # "who renewed X", "who did the renewal": a past one; "who approves our renewal" asks no history
                or (
                    r.any(C.WHO)
                    and (
                        r.any(C.RENEWED)
                        or (r.any(C.RENEW) and r.any(C.DID, C.DONE, C.HISTORY, C.DAY, C.ALREADY))
                    )
                    and not r.any(C.ADMIN, C.ADMIN_WEAK, C.CAN, C.MUST)
                )
                # "did we blow it on X? can we still renew": whether one still can is the window asked
                or (r.any(C.DID) and r.any(C.RENEW_VERB, C.RENEWED) and not (r.any(C.CAN) and r.any(C.LEFT)))
                # "how much time do we have left to get it renewed" counts the time left
                or (
                    r.any(C.RENEWED)
                    and r.any(C.QUESTION, C.ALREADY)
                    and not r.any(*_WISH)
                    and not (r.any(C.DAYS) and r.any(C.LEFT, C.HOW_MANY))
                )
                or (
                    r.any(C.DONE)
                    and r.any(C.RENEW)
                    and r.any(C.QUESTION)
                    and not r.any(*_WISH, C.WHERE, C.PARTNER_CENTER)
                )
                or (
                    r.any(C.ALREADY)
                    and r.any(C.RENEW)
                    and r.any(C.HAPPEN, C.DONE, C.DID)
                    and not (r.any(C.CAN) and r.any(C.LEFT))  # "did we already blow it? can we still renew"
                )
                or (r.any(C.ALREADY) and r.any(C.DONE) and r.offer_sure and r.any(C.QUESTION))
                # "which renewals did we do in the last 6 months"
                or (
                    r.any(C.DID)
                    and r.any(C.RENEW)
                    and r.any(C.DAY)
                    and r.any(C.QUESTION)
                    and not r.any(C.REMINDER, C.CHANGE, C.MOVE, C.GRACE, C.WHEN, C.MISS, C.DUE)
                )
            )
        ),
    ),
    Rule(
        Intent.RECORD_RENEWAL,
        "news of a renewal ('we renewed X yesterday', 'X is verlengd', 'mark X renewed'): asks to record it",
        lambda r: (
            (r.any(C.RENEWED) and not r.any(C.QUESTION, *_NOT_NEWS))
            # "who can record renewals here" asks who may
            or (r.any(C.RECORD) and r.any(C.RENEW, C.RENEWED) and not r.any(C.WHO))
            or (r.any(C.DONE, C.DID) and r.any(C.RENEW) and not r.any(C.QUESTION, *_NOT_NEWS))
            # "X has been renewed last Friday, can you update it?", "X is gerenewed, kun je dat aanpassen?": news
            # of a renewal and the bot asked to update its records
            or (
                r.any(C.RENEWED)
                and r.update
                and r.offer_sure
                and not r.any(C.RENEW, C.DUE, C.DATE, C.WHEN, C.HOW, C.MUST, C.IF, C.NOT, C.WANT, C.NEXT)
            )
            # "appdev gedaan hoor, vanochtend", "security is vorige week gedaan, door Jan": one offer told done
            or (
                r.any(C.DONE)
                and r.offer_sure
                and not r.any(C.QUESTION, C.ALREADY, C.STEPS, *_NOT_NEWS)
                and r.unknown <= _FEW_UNKNOWN
            )
        ),
    ),
    Rule(
        Intent.CHANGE_ANNIVERSARY,
        "changing, correcting or moving an anniversary or a date ('change X's anniversary to 1 March'); not "
        "a question whether a date changes ('does renewing early move the anniversary')",
        lambda r: (
            not _asks_whether(r)
            and (
                (
                    r.any(C.CHANGE, C.MOVE)
                    and (r.any(C.DUE) or (r.any(C.DATE) and (r.offer_named or r.any(C.COMPETENCY, C.RENEW))))
                    and not r.any(C.REMINDER, C.CHANNEL, C.WHO, C.ADD)
                    and not (r.any(C.DAYS) and r.any(C.LEFT))  # "do we still have some days to fix it"
                )
                or (
                    r.any(C.DUE)
                    and r.any(C.MUST)
                    and r.any(C.DAY)
                    and not r.any(C.QUESTION, C.RENEW, C.RENEWED)
                )
                or (
                    r.any(C.CHANGE)
                    and r.offer_sure
                    and r.any(C.DAY)
                    and not r.any(C.QUESTION, C.REMINDER, C.CHANNEL)
                )
                # "kun je appdev verzetten naar 3 augustus?": one offer moved to a day is its date changed
                or (
                    r.any(C.MOVE)
                    and r.offer_sure
                    and r.any(C.DAY)
                    and not r.any(C.REMINDER, C.CHANNEL, C.WHEN, C.RENEW, C.RENEWED, C.IF, C.BEYOND)
                )
                # "de verjaardatum van security is eigenlijk 3 mei", "Security's anniversary is really 3 May, not
                # 1 May": an offer's anniversary told with a day, asking nothing, is the date to set (the
                # proposal shows the stored one; nothing changes without the click)
                or (
                    r.anniversary
                    and r.offer_sure
                    and r.any(C.DAY)
                    and r.first
                    not in _BELIEVERS  # "I thought the X anniversary was in May": a belief to check
                    and not r.any(
                        C.QUESTION,
                        C.RENEW,
                        C.RENEWED,
                        C.ADD,
                        C.GOT,
                        C.NEW,
                        C.NEXT,
                        C.WHEN,
                        C.REMINDER,
                        C.CHANNEL,
                        C.DONE,
                        C.LOSE,
                        C.IF,
                    )
                )  # fmt: skip
            )
        ),
    ),
    Rule(
        Intent.ADD_OFFER,
        "adding or tracking an offer, or news of one earned ('add Security, anniversary 1 May')",
        # not a text to make about one ("schrijf een nieuwsbrieftekst over onze gold competentie")
        lambda r: (
            not (r.any(C.BEYOND) and r.first in _MAKING)
            and (
                (
                    r.any(C.ADD)
                    and (
                        r.offer_named
                        or r.any(C.COMPETENCY, C.COLLECTION, C.DUE)
                        or (r.any(C.DAY) and not r.unknown)
                    )
                    # "an overview of all competencies we track" asks the status, "how many are we tracking"
                    # counts, "when is the new one due" asks a date
                    and not r.any(C.REMINDER, C.CHANNEL, C.ADMIN, C.HOW_MANY, C.WHEN)
                    and not r.any(
                        C.STEPS
                    )  # "welke stappen moet ik volgen": steps to follow, not an offer to follow
                    and not (r.any(C.STATUS) and r.any(C.COLLECTION))
                    # "where do we stand with every offer we track?": the offers tracked, asked about
                    and not (
                        r.any(C.STATUS) and r.any(C.QUESTION) and not r.offer_named and not r.anniversary
                    )
                )
                or (r.any(C.NEW) and r.any(C.COMPETENCY) and not r.any(C.QUESTION, C.REMINDER))
                or (
                    r.any(C.NEW)
                    and r.any(C.DUE)
                    and r.any(C.DAY)
                    and not (r.offer_sure or r.any(C.QUESTION, C.REMINDER))
                )
                or (r.any(C.GOT) and (r.offer_named or r.any(C.COMPETENCY)) and not r.any(C.QUESTION))
                # "we just earned X, anniversary 18 January; could you add it so it gets the reminders?"
                or (r.any(C.GOT) and r.any(C.ADD) and r.any(C.DUE, C.DATE, C.DAY))
            )
        ),
    ),
    Rule(
        Intent.ADMINS,
        "the MPN partner admins: 'who are the admins', 'wie is beheerder', 'who can change it'",
        lambda r: (
            # "I'm the only admin now: walk me through the renewal steps"; "who must do the renewal" asks who
            not (r.any(C.STEPS, C.WHERE) and r.any(C.RENEW) and not r.any(C.WHO))
            # "can you give me the MPN admin role in Partner Center?": a role in Partner Center, not who the bot's
            # admins are ("who is our admin in Partner Center" still asks who); "our admin is on holiday: when
            # do we lose X if we do not renew it in Partner Center" asks the loss date
            and not (r.any(C.PARTNER_CENTER) and not r.any(C.WHO))
            and (
                (r.any(C.ADMIN) and not r.any(C.REMINDER, C.STOP))
                or (
                    r.any(C.ADMIN_WEAK)
                    and (r.offer_sure or r.any(C.RENEW, C.RENEWED, C.COMPETENCY, C.COLLECTION, C.BOT))
                    # "how do we handle the Security renewal" asks how, not who
                    and not (r.any(C.HOW) and not r.any(C.WHO))
                    and not r.any(C.REMINDER, C.STOP)
                )
                or (
                    r.any(C.WHO)
                    and r.any(C.CAN, C.CHANGE, C.ADD)
                    and (
                        r.offer_named
                        or r.any(C.RENEW, C.RENEWED, C.DUE, C.DATE, C.COMPETENCY, C.COLLECTION)
                        # "who can change it"; not "who's off during the holidays"
                        or (r.any(C.CHANGE) and r.any(C.CAN, C.OBJECT))
                    )
                )
            )
        ),
    ),
    Rule(
        Intent.STOP_REMINDERS,
        "stopping, muting or moving the reminders, or another channel for them",
        lambda r: (
            (
                r.any(C.REMINDER)
                and (r.any(C.STOP, C.MOVE, C.CHANGE, C.CHANNEL_REF) or r.any(C.NOT) and r.any(C.WANT))
            )
            # "graag geen herinneringen meer", "no reminders for X please": a request, not a question
            or (r.any(C.REMINDER) and r.any(C.NOT) and not r.any(C.QUESTION))
            or (r.any(C.CHANNEL) and r.any(C.MOVE, C.CHANGE, C.STOP))
            or (
                r.any(C.STOP)
                and not r.any(C.RENEW, C.BENEFITS, C.FEE, C.MEANS, C.HAPPEN, C.MATTERS)
                and not r.unknown
            )
        ),
    ),
    Rule(
        Intent.NEXT_REMINDER,
        "the reminders themselves: when the next one goes out, to which channel",
        lambda r: (
            (
                r.any(C.REMINDER)
                and (
                    r.offer_named
                    or r.any(C.WHEN, C.NEXT, C.CHANNEL)
                    # a question that starts with "where": "waar worden de reminders naartoe gestuurd"
                    or C.WHERE in WORD_CONCEPTS.get(r.first, frozenset())
                    # a day with no question is a remark: "vorige keer kwam de herinnering veel te laat"
                    or (r.any(C.DATE, C.DAY, C.RENEW, C.DUE) and (r.any(C.QUESTION) or not r.unknown))
                    or (r.any(C.QUESTION) and r.unknown <= _FEW_UNKNOWN)
                )
                # "we just got the reminder for X, how many days do we have left?": the reminder we got is the
                # context, the days left the question (not "how many days until the next reminder")
                and not (r.any(C.HOW_MANY) and r.any(C.DAYS) and not r.any(C.NEXT, C.WHEN))
            )
            # "I just joined the channel, what kind of questions can I ask you?" asks for help
            or (r.any(C.CHANNEL) and r.any(C.QUESTION) and not r.any(C.HELP))
        ),
    ),
    Rule(
        Intent.CONSEQUENCES,
        "'what happens', 'what if', 'gevolgen' about renewing, losing or a deadline, even when it names loss",
        lambda r: (
            (r.any(C.MEANS) and r.any(C.IF) and (r.offer_named or r.any(C.RENEW, C.LOSE, C.MISS, C.NOT)))
            # "we willen X niet meer betalen, wat betekent dat voor ons?"
            or (r.any(C.MEANS) and r.any(C.NOT, C.STOP, C.MISS) and (r.offer_named or r.any(C.RENEW)))
            # whether it matters: "we haven't renewed X yet, is that a problem?", "is dat erg?", "does letting X go
            # affect anything", "do we have to start from scratch"
            or (
                r.any(C.MATTERS)
                and r.any(C.NOT, C.MISS, C.IF, C.WHAT_IF, C.STOP, C.LOSE)
                and (r.offer_named or r.any(C.RENEW, C.RENEWED, C.LOSE))
                and not r.any(C.WHEN, C.DATE, C.LAST)
            )
            or (
                r.any(C.HAPPEN, C.WHAT_IF)
                # "if nothing happens, on which day are we without X", "will we still have X when the audit
                # happens on 20 March": a day asked, the condition or the event only frames it
                and not (r.any(C.LOSE) and r.any(C.DATE))
                and not (r.has and r.any(C.LEFT) and r.any(C.DAY))
                # "wanneer moet de verlenging gebeuren" asks when it must happen, not what happens
                and not (r.any(C.WHEN) and r.any(C.MUST) and not r.any(C.NOT, C.IF, C.MISS, C.WHAT_IF))
                and (
                    r.offer_named
                    or r.any(C.RENEW, C.LOSE, C.MISS, C.NOT, C.IF, C.GRACE, C.DUE, C.BENEFITS, C.LAST)
                )
            )
        ),
    ),
    Rule(
        Intent.LOSS_DATE,
        "asks when or what day something is lost ('when do I lose benefits', 'wanneer vervalt X')",
        # "which one do we lose first", "welke loopt als eerste af": the soonest of our loss dates
        lambda r: (
            r.any(C.LOSE)
            and (r.any(C.WHEN, C.DATE, C.LAST) or _soonest(r))
            # "what disappears when X isn't renewed" asks what is lost under a condition, not when
            and not (r.first in _WHAT and r.any(C.NOT) and not r.any(C.DATE, C.LAST))
        ),
    ),
    Rule(
        Intent.CONSEQUENCES,
        "'if we don't renew', 'if we miss it', 'do we lose anything if X lapses': a condition asks what follows, "
        "even with 'lose', unless it asks for a date or the days that are left",
        lambda r: (
            (
                r.any(C.IF)
                and r.any(C.NOT, C.MISS)
                and not (r.any(C.DAYS) and r.any(C.HOW_MANY, C.LEFT))
                # "if we don't want to lose it, how do we renew X?": a motive before the question asked
                and not (r.any(C.WANT) and r.any(C.HOW, C.WHERE, C.STEPS))
                # "until what date do we keep the X benefits if nobody renews": the day asked, the condition
                # only frames it
                and not (r.any(C.KEEP, C.LEFT, C.BENEFITS) and r.any(C.WHEN, C.DATE, C.LAST))
            )
            # losing under a condition, no date asked: "do we lose anything if X lapses", "if X falls off, what
            # do we lose", "what would we lose by not renewing": what is lost, not when
            or (
                r.any(C.LOSE)
                and (r.any(C.IF) or (r.any(C.NOT) and r.any(C.RENEW, C.RENEWED)))
                and not r.any(C.DATE, C.LAST, C.LEFT, C.HOW_LONG)
                # "what disappears when X isn't renewed": 'when' as a condition after 'what'
                and not (r.any(C.WHEN) and r.first not in _WHAT)
                # "we willen X niet verliezen, hoe verlengen we het?": a motive before the question asked
                and not (r.any(C.WANT) and r.any(C.HOW, C.WHERE, C.STEPS))
            )
        ),
    ),
    Rule(
        Intent.HOW_TO_RENEW,
        "'how', 'where', steps or Partner Center together with renewing, not asking when",
        # "zitten we ergens in de verlengperiode": being somewhere in the window is no place to renew
        # "I have never renewed a competency, how does that work?": renewing as yet undone is asked about
        lambda r: (
            (r.any(C.RENEW) or (r.any(C.RENEWED) and r.any(C.NOT)))
            and r.any(C.HOW, C.WHERE, C.STEPS, C.PARTNER_CENTER)
            and not r.any(C.WHEN)
            and not (r.any(C.GRACE) and not r.any(C.HOW, C.STEPS, C.PARTNER_CENTER))
            and not _how_our_renewals_stand(r)
        ),
    ),
    Rule(
        Intent.LOSS_DATE,
        "until when an offer is still held or kept ('tot wanneer hebben we X nog', 'until what date do we keep X')",
        lambda r: (
            (r.any(C.LAST) and r.any(C.LEFT, C.BENEFITS) and not r.any(C.RENEW, C.RENEWED, C.GRACE))
            # "tot welke dag houden we X als we niet verlengen": renewing only in the condition
            or (
                r.any(C.KEEP)
                and r.any(C.WHEN, C.DATE, C.LAST)
                and not r.any(C.MUST)
                and (not r.any(C.RENEW) or r.any(C.IF))
            )
            # "what's the last day we have X", "wat is de laatste dag dat we X hebben"
            or (
                r.any(C.LAST)
                and r.has
                and (r.offer_named or r.any(C.COMPETENCY, C.BENEFITS))
                and not r.any(C.RENEW, C.RENEWED, C.GRACE, C.CAN, C.MUST, C.DAYS)
            )
        ),
    ),
    Rule(
        Intent.GRACE,
        "the grace window, the last day, a count of days left, or whether one can still renew",
        lambda r: (
            (r.any(C.GRACE) and r.on_topic())
            # "until when can we still renew" is the window's last day; "by when must it be renewed" the due date
            # "the latest date to renew X" is its deadline: the due date, unless it asks whether one still can
            or (
                r.any(C.LAST)
                and r.on_topic()
                and not (r.any(C.MUST) and not r.any(C.CAN, C.LEFT))
                and not (
                    r.any(C.RENEW) and r.any(C.DATE, C.WHEN, C.DUE) and not r.any(C.CAN, C.LEFT, C.GRACE)
                )
                # "renew by when for CBA?": the deadline of renewing, asked with the verb first, is its due date
                and not (r.first in _RENEW_VERBS and not r.any(C.CAN, C.LEFT, C.GRACE))
            )
            or (r.any(C.RENEW) and r.any(C.CAN) and r.any(C.LEFT))
            # "de verjaardatum van X is voorbij, kan het nog?": whether one still can after the date
            or (
                r.any(C.DUE)
                and r.any(C.CAN)
                and r.any(C.LEFT)
                and r.offer_sure
                and r.any(C.QUESTION)
                and not r.any(C.WHEN, C.DATE, C.MUST, C.CHANGE)
            )
            # "welke kan ik nu al verlengen?", "can I renew anything today?": which are in the window now
            or (
                (r.first in _WHICH or r.any(C.DAY, C.ALREADY, C.WAIT))
                and r.any(C.RENEW)
                and r.any(C.CAN, C.WAIT)
                and not r.any(C.HOW, C.WHERE, C.STEPS, C.PARTNER_CENTER, C.WHEN)
                # "... or must I wait until after the anniversary?": the modal is the waiting's
                and not (r.any(C.MUST) and not r.any(C.WAIT))
            )
            or (r.any(C.HOW_MANY) and r.any(C.DAYS))
            or (r.any(C.DAYS) and r.any(C.LEFT))
            # "hoelang nog tot de verjaardatum van X?": how long until the anniversary is its due date
            or (r.any(C.HOW_LONG) and not r.any(C.BENEFITS, C.LOSE) and not (r.any(C.DUE) and r.any(C.LEFT)))
        ),
    ),
    Rule(
        Intent.LOSS_DATE,
        "benefits kept or lost, losing a competency, an offer or 'it', or what is lost in a range of days",
        lambda r: (
            (
                r.any(C.BENEFITS)
                and r.any(C.LEFT, C.WHEN, C.DATE, C.LOSE, C.HOW_LONG, C.DAY, C.ALREADY, C.NOT)
                # "welke competenties hebben we en zijn ze nog geldig?": which we hold and whether each is still
                # valid, no day asked, is the status of all of them
                and not (
                    r.any(C.COLLECTION)
                    and not r.offer_named
                    and not r.any(C.WHEN, C.DATE, C.LOSE, C.HOW_LONG, C.DAY, C.NOT)
                )
            )
            # "are we ok on 1 May?", "zitten we op 1 juni nog goed?": still covered on the day asked
            or (
                r.any(C.OK)
                and r.any(C.DAY)
                and r.any(C.QUESTION)
                and (r.offer_named or r.ours)
                and not r.any(C.STATUS)  # "before the board meeting, a summary of all and whether it's ok"
            )
            # "will we still have appdev when the audit happens on 20 March", "hebben we X nog op 3 juni?"
            or (
                r.has
                and r.any(C.LEFT)
                and r.any(C.DAY)
                and r.offer_sure
                and not r.any(C.MUST, C.RENEW, C.RENEWED, C.DAYS, C.HOW_MANY, C.GRACE)
            )
            or (r.any(C.LOSE) and (r.offer_named or r.any(C.COMPETENCY, C.COLLECTION, C.OBJECT, C.DAY)))
            or (
                r.any(C.LEFT)
                and (r.offer_named or r.any(C.COMPETENCY))
                and r.any(C.QUESTION)
                and not r.any(C.MUST, C.STEPS, C.CAN, C.WANT, C.HOW, C.RENEW, C.DAYS)
                and not (r.any(C.DUE) and r.any(C.HOW_LONG))  # "hoelang nog tot de verjaardatum?"
                and r.unknown <= _FEW_UNKNOWN
            )
        ),
    ),
    Rule(
        Intent.STATUS,
        "'status', 'overview', 'overzicht', 'where do we stand'; 'list' when nothing else is asked",
        lambda r: (
            (r.any(C.STATUS) and r.on_topic())
            # "is there a list of commands?": the bot's own list is its help
            or (r.any(C.LIST) and r.unknown <= _FEW_UNKNOWN and not r.any(C.HELP))
            # "how is Security looking?", "hoe gaat het met appdev?": how one named offer stands
            or (
                (r.first in _HOW_STARTS or r.any(C.HOW))
                and r.offer_sure
                and r.any(C.LOOKS)
                and not r.any(C.WHEN, C.DATE, C.DUE, C.LOSE, C.RENEW, C.GRACE, C.STEPS)
            )
            or _how_our_renewals_stand(r)
            # "how will things look on 1 July?": how all of ours stand on a day
            or (
                r.first in _HOW_STARTS
                and r.any(C.LOOKS)
                and r.any(C.DAY)
                and not r.offer_named
                and not r.unknown
                and not r.any(C.RENEW, C.WHEN, C.STEPS)
            )
        ),
    ),
    Rule(
        Intent.HOW_TO_RENEW,
        "wanting or being able to renew without asking when, Partner Center questions, or 'renew X' alone",
        lambda r: (
            # "someone said you help with the renewals, what do you do exactly?" asks what the bot does
            (
                r.any(C.RENEW)
                and r.any(C.CAN, C.WANT, C.HELP)
                and not r.any(C.WHEN, C.DATE, C.MUST)
                and not (r.any(C.BOT) and r.any(C.HELP))
            )
            or (r.any(C.PARTNER_CENTER) and r.any(C.HOW, C.WHERE, C.STEPS, C.CAN, C.WANT) and not r.unknown)
            or (
                (r.any(C.RENEW_VERB, C.PARTNER_CENTER) or (r.any(C.STEPS) and r.any(C.RENEW)))
                and r.only(_ONLY_RENEWING)
            )
            # "hoe doe ik dat voor die migratie specialisatie, stappen?": the steps for one offer
            or (r.any(C.STEPS) and r.any(C.HOW) and r.offer_sure and r.unknown <= _FEW_UNKNOWN)
            # "what do I need to do for Security?", "moet ik iets doen voor cloud platform?": what to do for it
            or (r.any(C.STEPS) and r.offer_sure and r.only((C.STEPS, C.MUST, C.QUESTION, C.OBJECT)))
        ),
    ),
    Rule(
        Intent.CONSEQUENCES,
        "'we missed the deadline' (not 'I don't want to miss it, when is it due')",
        lambda r: (
            r.any(C.MISS)
            and r.any(C.RENEW, C.DUE, C.DATE, C.GRACE, C.LAST)
            and not r.any(C.WHEN, C.WANT, C.NOT, C.NEXT)
        ),
    ),
    Rule(
        Intent.DUE_DATE,
        "due, anniversary, deadline, next renewal, or 'when' with renewing or an offer",
        lambda r: (
            (r.any(C.DUE) and r.on_topic())
            # "competency" alone is the programme's word: a date of ours only when it is ours ("our gold
            # competency"), not "when was the competency programme introduced"
            or (
                r.any(C.NEXT)
                and (r.offer_named or r.any(C.RENEW, C.COLLECTION) or (r.any(C.COMPETENCY) and r.ours))
            )
            # "what's coming up in the next 6 weeks?", "wat komt er de komende maand aan?": what is upcoming in
            # a range, asked of the bot with nothing else named, is its renewals
            or (
                r.any(C.NEXT)
                and r.any(C.DAY)
                and r.first in _WHAT_OR_WHICH
                and not r.unknown
                and not r.offer_named
            )
            or (
                r.any(C.WHEN, C.DATE)
                and (r.any(C.RENEW, C.RENEWED) or (r.any(C.COMPETENCY) and r.ours and not r.any(C.DID)))
            )
            or (r.any(C.WHEN, C.DATE) and r.offer_named and r.unknown <= _FEW_UNKNOWN)
            or (r.any(C.RENEW, C.RENEWED) and r.any(C.MUST))
            # "renew by when for CBA?": the deadline of renewing (the window read before, with "can" or "still")
            or (r.any(C.LAST) and r.first in _RENEW_VERBS)
            # "what is the earliest renewal we have coming?"
            or (_soonest(r) and r.any(C.RENEW))
            # "welke hernieuwingen vallen er nog voor eind juni?": the renewals in a range
            or (
                (r.first in _WHICH or r.first in _WHAT)
                and r.any(C.RENEW)
                and r.any(C.DAY)
                and not r.any(C.DID, C.HISTORY, C.RENEWED, C.HOW, C.WHERE, C.STEPS, C.FEE)
            )
        ),
    ),
    Rule(
        Intent.STATUS,
        "competencies in the plural, no offer named ('my competencies', 'which offers do we have')",
        lambda r: (
            (r.any(C.COLLECTION) or (r.any(C.OBJECT) and r.any(C.COMPETENCY)))
            and not r.offer_named
            and r.unknown <= _FEW_UNKNOWN
        ),
    ),
    Rule(
        Intent.HELP,
        "'help', 'what can you do', 'wat kun je', or a question about the bot itself ('how does this bot work')",
        lambda r: r.any(C.HELP) or (r.any(C.BOT) and r.any(C.HOW, C.QUESTION, C.CAN, C.MUST)),
    ),
    Rule(
        Intent.DUE_DATE,
        "an offer's name or 'renewal' and nothing else ('cloud platform?', 'security renewal'): its dates",
        lambda r: (r.offer_named or r.any(C.RENEW)) and r.only((*_BARE_OFFER, C.RENEW)),
        guess=True,
    ),
    Rule(Intent.THANKS, "'thanks', 'bedankt' with no question", lambda r: r.any(C.THANKS)),
    Rule(Intent.GREETING, "'hi', 'hoi' with no question", lambda r: r.any(C.GREETING)),
)


# --- language ----------------------------------------------------------------------------------------


# Question words, modal verbs and particles: the grammar of a sentence. Dutch partner admins write the
# product's English nouns ("renewal", "benefits", "due date", "competency") inside Dutch grammar, so these
# words decide the language before the nouns are counted.
_GRAMMAR_CONCEPTS: Final = frozenset(
    {
        C.WHEN, C.HOW, C.WHERE, C.WHO, C.CAN, C.MUST, C.WANT, C.NOT, C.IF, C.LEFT, C.ALREADY, C.DID,
        C.HOW_MANY, C.HOW_LONG,
    }
)  # fmt: skip
_GRAMMAR_WORDS: Final = (
    FILLER_WORDS | frozenset(word for word, concepts in WORD_CONCEPTS.items() if concepts & _GRAMMAR_CONCEPTS)
) - CHAT_WORDS
# The product's English nouns, which Dutch speakers use as they are; Dutch ones are never used in English. And
# the English participle, which Dutch chat inflects ("security is vorige week gerenewd").
_PRODUCT_CONCEPTS: Final = frozenset(
    {
        C.RENEWED,
        C.RENEW,
        C.BENEFITS,
        C.COMPETENCY,
        C.COLLECTION,
        C.DUE,
        C.DATE,
        C.STATUS,
        C.LOSE,
        C.GRACE,
        C.EXTENSION,
        C.REMINDER,
    }
)
_PRODUCT_WORDS: Final = frozenset(
    word for word, concepts in WORD_CONCEPTS.items() if concepts & _PRODUCT_CONCEPTS
)


def message_language(readings: Sequence[Token], offer_positions: set[int]) -> Lang | None:
    """The message's language from its words as corrected, leaving out offer names.

    Grammar first: when the function words (articles, pronouns, question words, modal verbs, "nog", "al")
    of one language outnumber the other's, that is the language, whatever English product nouns the
    sentence holds ("wanneer is de renewal van CBA?" is Dutch). Otherwise
    ``bot.language.i18n.detect_language`` decides, so the bot's notion of language is one. Offer names are
    left out ("Kubernetes on Azure" would make any Dutch question English by one word), and corrected
    words are used ("wehn" counts as "when"). When it cannot tell, this module's own language tags on
    its keywords decide ("overzicht", "hoi", "pls"), by the same more-than-twice rule.
    """
    # the words of an offer's name left out, and the short words inside it ("Kubernetes on Azure")
    words = [
        r.known
        for p, r in enumerate(readings)
        if p not in offer_positions and not (p - 1 in offer_positions and p + 1 in offer_positions)
    ]
    grammar = Counter(WORD_LANGUAGE.get(word) for word in words if word in _GRAMMAR_WORDS)
    if grammar["nl"] > grammar["en"]:
        return "nl"
    if grammar["en"] > grammar["nl"]:
        return "en"
    tally = Counter(WORD_LANGUAGE.get(word) for word in words)
    if tally["nl"] and not any(
        WORD_LANGUAGE.get(w) == "en" and w not in _PRODUCT_WORDS and w not in CHAT_WORDS for w in words
    ):
        # "k8s renewal datum?", "vereisten kubernetes on azure advanced spec", "voeg X toe, anniversary 1 May":
        # Dutch words and only the product's English nouns, before the detector (which counts those nouns)
        return "nl"
    detected = detect_language(" ".join(words))
    if detected is not None:
        return detected
    if tally["nl"] > 2 * tally["en"]:
        return "nl"
    if tally["en"] > 2 * tally["nl"]:
        return "en"
    return None
