"""Whether a message is about MPN offers, renewals or the bot at all (``Reading.about_us``), and the typo,
inflection and compound reading that lets cue words be found however they are typed.

The pairs below share their cue words ("when does ... expire", "what does ... cost", "status of ...") and
differ only in what they are about: the topic decides, not a list of whole phrasings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bot.language.reader as reader
from bot.language.reader import Concept, Intent, understand
from bot.language.reader import vocabulary as words_table
from bot.language.reader.dictionary import is_everyday_word
from bot.language.reader.model import max_edits
from bot.language.reader.rules import Reading
from bot.language.reader.text import drop_courtesy, split_words
from tests.language.dev_messages import DEV, WIDE

In = Intent

# (about something else, the same cue about ours, the intent of ours)
# fmt: off
PAIRS: list[tuple[str, str, Intent]] = [
    ("how much do azure VMs cost per month?", "how much does renewing security cost?", In.FEES),
    ("what's the status of ticket 12345?", "what's the status of our competencies?", In.STATUS),
    ("when does our office lease expire?", "when does our security competency expire?", In.LOSS_DATE),
    ("how do I renew our domain name?", "how do I renew the security competency?", In.HOW_TO_RENEW),
    ("when does the car insurance need renewing", "when does cloud platform need renewing", In.DUE_DATE),
    ("what are the requirements for the AZ-104 exam?", "what are the requirements for security?", In.REQUIREMENTS),
    ("who is the admin of our Teams tenant", "who is the admin of this bot", In.ADMINS),
    ("when does the azure subscription renew?", "when does kubernetes on azure renew?", In.DUE_DATE),
    ("we renewed the office lease yesterday", "we renewed security yesterday", In.RECORD_RENEWAL),
    ("wat kost een azure VM per maand?", "wat kost het verlengen van security?", In.FEES),
    ("wat is de status van mijn supportticket?", "wat is de status van onze competenties?", In.STATUS),
    ("wanneer verloopt ons huurcontract?", "wanneer verloopt onze security competentie?", In.LOSS_DATE),
    ("hoe verleng ik onze domeinnaam?", "hoe verleng ik de security competentie?", In.HOW_TO_RENEW),
    ("wanneer verloopt mijn examenvoucher?", "wanneer verloopt data analytics?", In.LOSS_DATE),
    ("wie is de beheerder van onze Teams omgeving", "wie is de beheerder van deze bot", In.ADMINS),
    ("wat zijn de voorwaarden voor een hypotheek", "wat zijn de voorwaarden voor security", In.REQUIREMENTS),
    # an unknown word where a noun stands ("my passport", "de rijbewijs") is what the question is about
    ("we renewed my passport today", "we renewed security today", In.RECORD_RENEWAL),
    ("hoe moet ik mijn paspoort verlengen", "hoe moet ik mijn security competentie verlengen", In.HOW_TO_RENEW),
]
# Questions of a kind no answer of the bot is, about our own things.
BEYOND: list[str] = [
    "why did we lose gold last year?",
    "is data analytics worth renewing?",
    "what's the difference between a competency and a specialization",
    "waarom zijn we gold kwijtgeraakt?",
    "is het de moeite waard om data analytics te verlengen?",
    "wat komt er in de plaats van de competenties, wat vervangt ze?",
]
# Questions of another kind told by their shape (advice with the modal first, a count of what exists, a
# choice among offers, a classification), each beside the question of ours with the same words.
SHAPES: list[tuple[str, str, Intent]] = [
    ("should we renew data analytics?", "when should we renew data analytics?", In.DUE_DATE),
    ("zouden we data analytics verlengen?", "wanneer moeten we data analytics verlengen?", In.DUE_DATE),
    ("how many competencies does microsoft offer", "how many competencies do we have", In.STATUS),
    ("hoeveel competenties zijn er", "hoeveel competenties hebben we", In.STATUS),
    ("which competency should we go for next", "which competency is due next", In.DUE_DATE),
    ("welke competentie moeten we als volgende halen", "welke competentie moeten we als volgende verlengen", In.DUE_DATE),
    ("is security a competency or a specialization", "is security due soon", In.DUE_DATE),
    ("when was the competency programme introduced", "when does our competency renew", In.DUE_DATE),
    ("which specialization do you recommend", "which specializations do we have", In.STATUS),
    ("which competencies does microsoft still offer", "which competencies do we still have", In.STATUS),
    ("how many competencies are there", "how many offers are we tracking", In.STATUS),
    ("who at microsoft approves our renewal", "who renewed security last year", In.HISTORY),
    ("how do other partners handle renewals", "how do we handle the security renewal", In.HOW_TO_RENEW),
    ("how long does the renewal take to show up", "how long do we have left to renew", In.GRACE),
    ("moeten we echt alle competenties verlengen", "wanneer moeten we de competenties verlengen", In.DUE_DATE),
    ("do competencies still exist in 2022", "which competencies do we have", In.STATUS),
    ("does renewing early move the anniversary", "move the security anniversary to 1 may", In.CHANGE_ANNIVERSARY),
    # a renewal asked of the bot, which acts in no portal
    ("can you renew Data Analytics for us?", "can you tell me how to renew Data Analytics?", In.HOW_TO_RENEW),
    ("kun je security even voor ons verlengen", "hoe verleng ik security?", In.HOW_TO_RENEW),
    # a prediction of Microsoft's, and a choice the bot would make
    ("will the competency fee increase in 2027?", "what does renewing security cost?", In.FEES),
    ("gaat microsoft de verlengtermijn inkorten?", "hoe lang is de verlengtermijn?", In.GRACE),
    ("which offer would you drop first?", "which offer is due first?", In.DUE_DATE),
    ("will the requirements for security change next year?", "what are the requirements for security?", In.REQUIREMENTS),
    # a 2021 competency this workspace does not track: never the dates of one that shares a word
    ("when is our Data Platform competency due?", "when is our Data Analytics competency due?", In.DUE_DATE),
    ("wanneer verloopt onze Cloud Productivity competentie", "wanneer verloopt onze Cloud Platform competentie", In.LOSS_DATE),
]
# The subject an answer needs (``rules.explains`` and the noun a question is about), each beside the
# question of ours with the same cue: none of these words is in a list of things of another trade.
SUBJECTS: list[tuple[str, str, Intent]] = [
    # an offer's words naming a noun's kind, or completing a noun of something else
    ("when does the Security workshop start", "when does the Security competency expire", In.LOSS_DATE),
    ("wanneer verloopt onze Azure reservering", "wanneer verloopt onze Azure specialisatie", In.LOSS_DATE),
    ("when does our Zendesk plan for Cloud Platform expire", "when does our competency for Cloud Platform expire", In.LOSS_DATE),
    ("when is the Kubernetes on Azure bootcamp?", "when is the Kubernetes on Azure renewal?", In.DUE_DATE),
    ("when do the MCI funds for Data Analytics expire?", "when do the benefits for Data Analytics expire?", In.LOSS_DATE),
    ("what's the renewal price of Microsoft 365 Business Premium", "what's the renewal price of Cloud Business Applications", In.FEES),
    ("when does our Partner Center MFA token expire?", "when does our Partner Center competency expire?", In.LOSS_DATE),
    ("wanneer moet de ISO certificering verlengd worden?", "welke certificering moet Security hebben?", In.REQUIREMENTS),
    # a name typed with a capital that the reader does not know
    ("how do we qualify for Solutions Partner for Data & AI?", "how do we qualify for Data Analytics?", In.REQUIREMENTS),
    # a count or a choice of things the bot does not hold
    ("how many certified people do we have for Security", "how many certified people does Security require", In.REQUIREMENTS),
    ("which of our engineers are certified for Security?", "which certifications does Security need?", In.REQUIREMENTS),
    # the fee of renewing, not the bot's price; an offer's requirements, not one person's
    ("what does this bot cost per month?", "what does renewing Security cost?", In.FEES),
    # a property of the fee the seed does not state, not whether there is one
    ("is the renewal fee refundable?", "is there a fee to renew Security?", In.FEES),
    # eligible for something else than the extension; a remark on a reminder, not a question
    ("what grants are we eligible for?", "are we eligible?", In.EXTENSION),
    ("de herinnering kwam gisteren weer veel te laat, waardeloos", "waar komen de herinneringen terecht?", In.NEXT_REMINDER),
    ("moet ik mijn Azure certificering elk jaar opnieuw halen?", "welke certificeringen zijn nodig voor Security?", In.REQUIREMENTS),
    # the admins, not Microsoft's people nor a procedure in Partner Center
    ("who at Microsoft is our contact for Data Analytics?", "who is our admin for Data Analytics?", In.ADMINS),
    ("our partner admin left, how do I give someone else that role", "who is our partner admin?", In.ADMINS),
    ("can you record that we renewed the office lease", "who can record renewals here?", In.ADMINS),
    ("is our Gold Cloud Platform logo allowed on the website?", "am I allowed to renew Cloud Platform?", In.ADMINS),
    # a task the bot does not do
    ("can you summarize the last 50 messages in #general", "can you move the reminders to #general", In.STOP_REMINDERS),
    # context before the question: ours when the question alone names our offer
    ("Our office lease runs out soon. When is the renewal due?", "Quick one before my call with the auditor: when is the Security renewal due?", In.DUE_DATE),
    ("Our office lease runs out soon. When does it expire?", "Ik zit morgen met de directie en de auditor. Wanneer moeten we Security verlengen?", In.DUE_DATE),
    # a count of days to something else
    ("over hoeveel dagen is het kerst?", "hoeveel dagen hebben we nog?", In.GRACE),
]
# fmt: on


@pytest.mark.parametrize(("other", "ours", "intent"), SUBJECTS, ids=[p[0] for p in SUBJECTS])
def test_an_answer_needs_its_subject(other: str, ours: str, intent: Intent) -> None:
    assert understand(other, WIDE).intent is In.UNKNOWN
    assert understand(ours, WIDE).intent is intent


@pytest.mark.parametrize(("other", "ours", "intent"), SHAPES, ids=[p[0] for p in SHAPES])
def test_a_question_of_another_shape_is_not_answered(other: str, ours: str, intent: Intent) -> None:
    assert understand(other, WIDE).intent is In.UNKNOWN
    assert understand(ours, WIDE).intent is intent


@pytest.mark.parametrize(("other", "ours", "intent"), PAIRS, ids=[p[0] for p in PAIRS])
def test_the_topic_decides_not_the_cue(other: str, ours: str, intent: Intent) -> None:
    assert understand(other, WIDE).intent is In.UNKNOWN
    assert understand(ours, WIDE).intent is intent


@pytest.mark.parametrize("text", BEYOND)
def test_questions_of_another_kind_are_not_answered(text: str) -> None:
    assert understand(text, WIDE).intent is In.UNKNOWN


_FOREIGN = sorted(w for w, cs in words_table.WORD_CONCEPTS.items() if cs == {words_table.Concept.FOREIGN})
_CUE_ONLY = [
    ("when does it expire?", "when does the {} expire?"),
    ("what does it cost?", "what does the {} cost?"),
    ("status?", "status of the {}?"),
    ("how do I renew?", "how do I renew the {}?"),
    ("wanneer verloopt het?", "wanneer verloopt de {}?"),
    ("wat kost het?", "wat kost de {}?"),
]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_CUE_ONLY), st.sampled_from(_FOREIGN))
def test_a_cue_about_a_thing_of_another_trade_is_not_answered(cue: tuple[str, str], thing: str) -> None:
    """A question of cue words alone is ours (the bot's context); naming another thing makes it not."""
    bare, about = cue
    assert understand(bare, WIDE).intent is not In.UNKNOWN
    assert understand(about.format(thing), WIDE).intent is In.UNKNOWN


@pytest.mark.parametrize(
    ("a", "b", "edits"),
    [
        ("renwe", "renew", 1),
        ("renwe", "renewed", 2),
        ("benifits", "benefits", 1),
        ("wehn", "when", 1),
        ("abc", "", 3),
    ],
)
def test_edits_count_swaps_as_one(a: str, b: str, edits: int) -> None:
    assert words_table._edits(a, b) == edits


def test_longer_words_allow_more_edits() -> None:
    assert [max_edits(n) for n in (4, 8, 9, 14)] == [1, 1, 2, 2]


@pytest.mark.parametrize(
    ("typo", "word"),
    [
        ("renwe", "renew"),
        ("verlendg", "verlengd"),
        ("anniversery", "anniversary"),
        ("requirments", "requirements"),
    ],
)
def test_the_fewest_edits_win(typo: str, word: str) -> None:
    assert words_table.nearest_keyword(typo)[1] == word


@pytest.mark.parametrize("word", ["sending", "beste", "send"])
def test_words_against_answering_are_never_typo_targets(word: str) -> None:
    """ "sending" is no typo of "spending", "beste" none of "beter": they would turn a question away."""
    assert words_table.nearest_keyword(word)[1] not in {"spending", "spend", "beter"}


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("costing", "cost"),
        ("stopped", "stop"),
        ("pauses", "pause"),
        ("gewijzigd", "wijzig"),
        ("helloo", None),
    ],
)
def test_inflections_are_read_as_their_word(word: str, base: str | None) -> None:
    assert words_table.base_form(word) == base


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("coronaregeling", ["corona", "regeling"]),
        ("verlengingsaanvraag", ["verlenging", "aanvraag"]),
        ("securitycompetentie", ["security", "competentie"]),
        ("kubernetes", ["kubernetes"]),
    ],
)
def test_compounds_are_read_by_their_parts(word: str, parts: list[str]) -> None:
    assert split_words(word) == parts


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("hi there, hope you are doing well! quick question: when is security due?", "when is security due?"),
        ("is the gold one still ok? thanks in advance, kind regards, anna", "is the gold one still ok?"),
        (
            "hoi, hopelijk gaat alles goed! korte vraag: wanneer verloopt security?",
            "wanneer verloopt security?",
        ),
        ("hi! and the azure one?", "and the azure one?"),  # a question, however short
        ("hi! thanks!", "hi! thanks!"),  # courtesy only: kept whole
    ],
)
def test_sentences_of_courtesy_are_left_out(text: str, kept: str) -> None:
    assert drop_courtesy(text).replace(" . ", " ").strip() == kept


_FRAMES = {
    "en": [
        ("Hi there, hope you are doing well! Quick question: {}", ""),
        ("{}", " Thanks in advance, kind regards, Jan"),
        ("Good morning team, {}", ""),
    ],
    "nl": [
        ("Hoi, hopelijk gaat alles goed! Korte vraag: {}", ""),
        ("{}", " Alvast bedankt, groetjes Piet"),
        ("Goedemorgen, {}", ""),
    ],
}


def test_courtesy_around_a_question_changes_nothing() -> None:
    """Every development question that asks something, wrapped in greetings and sign-offs: read the same.
    The figure is printed with ``-s``; the floor stops a regression."""
    asked = [d for d in DEV if d.lang and d.intent not in (In.UNKNOWN, In.GREETING, In.THANKS, In.HELP)]
    framed = [(d, pre.format(d.text) + post) for d in asked for pre, post in _FRAMES[d.lang]]
    same = sum(understand(text, WIDE).intent is d.intent for d, text in framed) / len(framed)
    print(f"\ncourtesy around {len(framed)} development questions: intent kept {same:.1%}")
    assert same >= 0.98


@pytest.mark.parametrize(
    ("text", "offer"),
    [
        ("renewed DA today", "Data Analytics"),
        ("CP due?", "Cloud Platform"),
        ("when is AD due", "Silver Application Development"),
        ("da is goed", None),  # Flemish "da", typed in lower case
        ("WANNEER IS DA DUE", None),  # all in capitals: every short word is
    ],
)
def test_two_letter_acronyms_only_in_capitals(text: str, offer: str | None) -> None:
    assert understand(text, WIDE).offer == offer


def test_everyday_words_are_no_evidence_of_another_topic() -> None:
    """Words as common as "krijgen", "meteen" or "myself" (Zipf 5 and up) are the grammar of any question;
    a rarer unknown word ("webinar") still weighs against answering."""
    assert is_everyday_word("krijgen") and is_everyday_word("meteen")
    assert not is_everyday_word("webinar") and not is_everyday_word("lease")
    assert (
        understand("krijgen we nog wat tijd na de anniversary date of is het meteen weg?", WIDE).intent
        is In.GRACE
    )


def test_a_currency_sign_asks_the_fee() -> None:
    assert understand("renewal $$$?", WIDE).intent is In.FEES
    assert understand("security verlengen, €?", WIDE).intent is In.FEES


# What a question asks by its shape when no word names it, beside the same words asking something else.
# fmt: off
ASKED_BY_SHAPE: list[tuple[str, Intent]] = [
    ("what does kubernetes on azure need to renew", In.REQUIREMENTS),
    ("wat moeten we hebben voor data analytics?", In.REQUIREMENTS),
    ("wat vraagt Microsoft om Security te behouden?", In.REQUIREMENTS),
    ("when does kubernetes on azure need to be renewed", In.DUE_DATE),
    ("what do we lose if it expires", In.CONSEQUENCES),
    ("what expires in May?", In.LOSS_DATE),
    ("who do i ask to renew cloud platform", In.ADMINS),
    ("who renewed cloud platform", In.HISTORY),
]
# fmt: on


@pytest.mark.parametrize(("text", "intent"), ASKED_BY_SHAPE, ids=[t for t, _ in ASKED_BY_SHAPE])
def test_the_shape_of_a_question_tells_what_it_asks(text: str, intent: Intent) -> None:
    assert understand(text, WIDE).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "partner center gives an error when renewing",
        "the renew button is greyed out",
        "ik krijg een foutmelding bij het verlengen",
        "when did we join the mpn",
        "what is a grace period",
        "wat is een anniversary date eigenlijk",
        "what does anniversary mean in mpn",
        "when do the competency requirements change",
        "wanneer veranderen de eisen voor competenties",
        "what if we downgrade to silver",
        "do you think we should keep data analytics",
        "wat vind jij, verlengen of laten schieten",
        "is a renewal required every year",
        "moet je elk jaar verlengen",
        "does every competency have the same anniversary",
    ],
)
def test_problem_reports_definitions_and_the_programme_past_are_not_answered(text: str) -> None:
    assert understand(text, WIDE).intent is In.UNKNOWN


def test_a_polite_frame_is_no_question_whether_one_can() -> None:
    """ "kunt u mij mededelen ..." frames the question; "until when can we still renew" asks the window."""
    framed = "Geachte, kunt u mij mededelen wat de uiterste verlengingsdatum is voor Kubernetes on Azure?"
    assert understand(framed, WIDE).intent is In.DUE_DATE
    assert (
        understand("what's the latest date we can still renew kubernetes on azure?", WIDE).intent is In.GRACE
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("when does the Gold Windows and Devices competency need renewing", "Windows and Devices"),
        ("wanneer verloopt onze data platform competentie?", "Data Platform"),
        ("is Enterprise Mobility Management due soon?", "Enterprise Mobility Management"),
        # one word, next to the programme's word for its kind or level
        ("when does our Datacenter competency expire?", "Datacenter"),
        ("is de Gold DevOps al verlengd?", "DevOps"),
    ],
)
def test_a_competency_not_tracked_here_is_named_and_never_another_offers(text: str, name: str) -> None:
    got = understand(text, WIDE)
    assert (got.intent, got.offer, got.untracked) == (In.UNKNOWN, None, name)


@pytest.mark.parametrize("text", ["how does messaging in Teams work?", "e-learning voor Security, wanneer?"])
def test_a_word_of_a_one_word_competency_alone_names_none(text: str) -> None:
    assert understand(text, WIDE).untracked == ""


def test_a_tracked_competency_is_no_untracked_one() -> None:
    got = understand("when is the Data Analytics competency due?", WIDE)
    assert (got.intent, got.offer, got.untracked) == (In.DUE_DATE, "Data Analytics", "")
    assert understand("add Data Platform, anniversary 1 May", WIDE).intent is In.ADD_OFFER


# Precision on questions that look like ours (round 9's classes, each phrased anew here): the same cue about
# another thing, or a question on our subject that asks what the bot cannot say, beside the question of ours.
# fmt: off
LOOKALIKES: list[tuple[str, str, Intent]] = [
    # the exact amount of the fee: the seed says a fee may apply, and states no amount
    ("how many dollars exactly will we pay for the Cloud Platform renewal?", "is there a fee to renew Cloud Platform?", In.FEES),
    ("what is the exact amount of the Data Analytics renewal fee?", "what does renewing Data Analytics cost?", In.FEES),
    ("hoeveel euro kost de verlenging van Cloud Platform precies?", "kost het verlengen van Cloud Platform geld?", In.FEES),
    ("wat is het exacte bedrag dat we voor Security moeten betalen?", "moeten we betalen om Security te verlengen?", In.FEES),
    # a 2021 competency of one word that the workspace does not track
    ("is our DevOps competency due soon?", "is our Security competency due soon?", In.DUE_DATE),
    ("wanneer moeten we onze Datacenter competentie verlengen?", "wanneer moeten we onze Security competentie verlengen?", In.DUE_DATE),
    ("when does the Gold Messaging competency expire?", "when does the Gold Cloud Platform competency expire?", In.LOSS_DATE),
    # a task asked of the bot, whose object is another thing, even when it names an offer of ours
    ("can you draft an email to finance about the Security renewal?", "can you tell me when the Security renewal is?", In.DUE_DATE),
    ("could you write a Teams message about our Cloud Platform status?", "could you show me our Cloud Platform status?", In.STATUS),
    ("kun je een mail opstellen over de verlenging van Security?", "kun je me vertellen wanneer Security verlengd moet worden?", In.DUE_DATE),
    ("tell me a joke about renewals", "tell me when the next renewal is", In.DUE_DATE),
    ("vertel eens een grapje over competenties", "vertel eens wanneer onze competenties verlopen", In.LOSS_DATE),
    # a reminder of another thing
    ("when does the reminder for the team offsite go out?", "when does the reminder for Security go out?", In.NEXT_REMINDER),
    ("set a reminder for my dentist appointment on Friday", "when is the next reminder?", In.NEXT_REMINDER),
    ("wanneer komt de herinnering voor de tandarts?", "wanneer komt de volgende herinnering voor Cloud Platform?", In.NEXT_REMINDER),
    ("when is my next payroll reminder?", "when is my next Security reminder?", In.NEXT_REMINDER),
    # the Slack channel itself acted on, not the bot's posts in it
    ("can you archive this channel?", "can you post the reminders in #mpn instead?", In.STOP_REMINDERS),
    ("kun je het kanaal voor mij op stil zetten?", "verplaats de herinneringen naar #mpn", In.STOP_REMINDERS),
    ("mute the #random channel for me please", "stop posting reminders in this channel", In.STOP_REMINDERS),
    # a prediction of what Microsoft will decide
    ("will Microsoft move the renewal deadline again?", "when is the renewal deadline?", In.DUE_DATE),
    ("gaat Microsoft de coronaregeling nog eens verlengen?", "hebben we recht op de coronaregeling?", In.EXTENSION),
    ("is Microsoft going to extend the covid grace period again?", "how long is the grace period?", In.GRACE),
    # a wish or an exclamation, a cancellation or a failure, the length of an exam
    ("happy anniversary to us!", "when is our anniversary?", In.DUE_DATE),
    ("wat een deadline-stress vandaag", "what a week! when is Security due?", In.DUE_DATE),
    ("the renew button for Cloud Platform doesn't work", "where is the renew button for Cloud Platform?", In.HOW_TO_RENEW),
    ("kan ik de verlenging van Security annuleren?", "hoe verleng ik Security?", In.HOW_TO_RENEW),
    ("how long is the Security exam?", "which exams does Security require?", In.REQUIREMENTS),
    # the programme's words and an offer naming another thing's kind; an offer's words with a version
    ("when is the Security competency workshop?", "when is the Security competency due?", In.DUE_DATE),
    ("when does the Windows Server 2012 support end?", "when is the Windows Server migration specialization due?", In.DUE_DATE),
    ("can you remind the team about the Christmas party?", "remind me about the Security renewal", In.NEXT_REMINDER),
    ("change my work anniversary to 3 March", "change the Security anniversary to 1 March", In.CHANGE_ANNIVERSARY),
    ("our company anniversary is 1 May", "when is our competency anniversary?", In.DUE_DATE),
    # someone to ask about another thing
    ("who do I ask about expense claims?", "who do I ask about the renewal?", In.ADMINS),
    # a question of another thing after news of ours; a renewal whose object is another thing
    ("Cloud Platform verlengd, top. Weet jij hoe ik een vergaderruimte boek?", "We renewed Security yesterday. Can you record it?", In.RECORD_RENEWAL),
    ("where do I renew my ID card?", "where do I renew the Security competency?", In.HOW_TO_RENEW),
    # a price per unit; a remark opened by an interjection
    ("hoeveel kost Dynamics 365 per gebruiker?", "wat kost het verlengen van Security per jaar?", In.FEES),
    ("we renewed the Azure plan yesterday, please update", "we renewed the azure one yesterday", In.RECORD_RENEWAL),
    ("update the Microsoft 365 renewal date to 1 April", "change the anniversary of Security to 1 April", In.CHANGE_ANNIVERSARY),
    ("Can you help me write a LinkedIn post about renewing our Security competency?", "can you help me renew Security?", In.HOW_TO_RENEW),
    ("Nu Cloud Platform verlengd is: wie regelt de taart voor vrijdag?", "Nu Cloud Platform verlengd is: wanneer moet Security?", In.DUE_DATE),
    ("when was Security last audited?", "when was Security last renewed?", In.HISTORY),
    ("wanneer is Security goedgekeurd?", "wanneer is Cloud Platform verlengd?", In.HISTORY),
    ("who at Contoso renewed their Security competency?", "who renewed our Security competency?", In.HISTORY),
    ("when will Partner Center show our renewal?", "when is our renewal due?", In.DUE_DATE),
    ("hoe kan ik de anniversary date zelf wijzigen in Partner Center?", "wijzig de anniversary date van Security naar 1 mei", In.CHANGE_ANNIVERSARY),
    ("what happens to our Security competency if we merge with another partner?", "what happens to our Security competency if we do not renew?", In.CONSEQUENCES),
    ("wat gebeurt er met onze competenties als we overgenomen worden?", "wat gebeurt er met onze competenties als we niet verlengen?", In.CONSEQUENCES),
    ("can the bot renew automatically?", "can you tell me how to renew Security?", In.HOW_TO_RENEW),
    ("hoe moeilijk is het examen voor Security?", "welke examens zijn nodig voor Security?", In.REQUIREMENTS),
    ("amai, die deadline van morgen is strak", "Amai, is er nog een marge na de vervaldag of niet? 't is voor Security", In.GRACE),
]
# A proposal (record a renewal, add an offer, change an anniversary) needs one of our offers, the programme's
# word or an anniversary: news of another thing with a date is none, whatever its verb.
NOT_PROPOSALS: list[str] = [
    "add our SOC 2 audit, due 30 June",
    "track the VAT return, deadline 31 January",
    "volg onze ISO hercertificering, deadline 1 juni",
    "voeg de huurovereenkomst toe, vervaldatum 1 mei",
    "we renewed the Adobe licences yesterday",
    "we hebben het onderhoudscontract gisteren verlengd",
    "move the standup to Friday",
    "change the meeting to 1 March",
    "verzet de afspraak naar 3 mei",
    "add Jan to the channel",
    "change the channel topic to renewals",
    "zet Piet in het kanaal",
]
PROPOSALS: list[tuple[str, Intent]] = [
    ("add Security, anniversary 1 May", In.ADD_OFFER),
    ("track Identity and Access Management, anniversary 12 May", In.ADD_OFFER),
    ("voeg de Modern Work specialisatie toe, deadline 1 juni", In.ADD_OFFER),
    ("we renewed Cloud Platform yesterday", In.RECORD_RENEWAL),
    ("change the Security anniversary to 1 March", In.CHANGE_ANNIVERSARY),
]
# fmt: on


@pytest.mark.parametrize(("other", "ours", "intent"), LOOKALIKES, ids=[p[0] for p in LOOKALIKES])
def test_a_lookalike_of_our_question_is_not_answered(other: str, ours: str, intent: Intent) -> None:
    assert understand(other, WIDE).intent is In.UNKNOWN
    assert understand(ours, WIDE).intent is intent


@pytest.mark.parametrize("text", NOT_PROPOSALS)
def test_news_of_another_thing_proposes_nothing(text: str) -> None:
    assert understand(text, WIDE).intent not in (In.ADD_OFFER, In.RECORD_RENEWAL, In.CHANGE_ANNIVERSARY)


@pytest.mark.parametrize(("text", "intent"), PROPOSALS, ids=[t for t, _ in PROPOSALS])
def test_news_of_ours_is_proposed(text: str, intent: Intent) -> None:
    assert understand(text, WIDE).intent is intent


# Questions about other things with the cues of every answer (fees, requirements, history, admins, reminders,
# changes typed as news, dates, tasks), several naming one of our offers' words: none is answered. Written as
# a partner admin would, before the reader was run on them; also "the Security competency workshop" (an offer
# and the programme's word naming another thing's kind), "SQL Server 2016" (an offer's words with a version),
# "remind the team about the Christmas party" (a reminder of another thing after the one reminded).
# fmt: off
OTHER_THINGS: list[str] = [
    'what does the Azure DevOps Basic plan cost per user?',
    'how much is the Power BI Pro licence per month?',
    'wat kost een Copilot licentie per gebruiker?',
    'hoeveel betalen we voor de Slack workspace?',
    'how much do we pay for the Microsoft 365 E5 licences?',
    'what are the fees for the AZ-104 exam?',
    'is the Dynamics 365 trial free?',
    'who pays for the team lunch on Friday?',
    'what do I need for the Azure Solutions Architect certification?',
    'what are the prerequisites for the PL-300 exam?',
    'welke eisen gelden er voor een ISO 27001 audit?',
    'wat heb ik nodig voor het AZ-900 examen?',
    'what are the requirements for the new parking permit?',
    'what does the GDPR require from us for customer data?',
    'did we renew the domain name last year?',
    'who renewed the SSL certificate last time?',
    'hebben we het onderhoudscontract al verlengd?',
    'wie heeft vorig jaar de huur verlengd?',
    'when did we last renew the Adobe licences?',
    'did finance pay the Microsoft invoice already?',
    'who is the admin of the Azure subscription?',
    'who are the global admins in our tenant?',
    'wie is beheerder van de SharePoint site?',
    'wie beheert de Teams omgeving?',
    'who can approve expenses here?',
    'who has admin rights on the Jira board?',
    'when is the next reminder for the timesheets?',
    'remind me to call the customer tomorrow',
    'wanneer krijg ik een herinnering voor de jaarlijkse beoordeling?',
    'herinner me morgen aan de vergadering',
    'can you remind the team about the Christmas party?',
    'stop sending me the newsletter',
    'how do I unsubscribe from the Microsoft partner newsletter?',
    'hoe zet ik de meldingen van Outlook uit?',
    'turn off the Teams notifications for me',
    'we renewed the car lease yesterday',
    'the office insurance got renewed this morning',
    'we hebben de domeinnaam vandaag verlengd',
    'the Azure reservation was renewed last week',
    'add Piet to the renewals channel',
    'add the new intern to our Slack',
    'track the VAT deadline, 31 January',
    'voeg de nieuwe laptop toe aan de inventaris',
    'change the standup to 9:30',
    'move the budget meeting to next Tuesday',
    'verschuif de deadline van het project naar 1 juni',
    'change my password expiry date',
    'when does my password expire?',
    'wanneer verloopt mijn wachtwoord?',
    'when does the Windows Server 2012 support end?',
    'when does our Azure credit run out?',
    'wanneer verloopt de garantie van de laptops?',
    'when is the deadline for the partner awards nomination?',
    'when is the Microsoft Inspire registration deadline?',
    "what happens if we don't pay the Azure invoice?",
    'wat gebeurt er als ik mijn verlof niet opneem?',
    'how do I renew my Microsoft Learn certification?',
    'hoe verleng ik mijn Azure Administrator certificering?',
    "what's the status of my expense report?",
    'status van de bestelling?',
    'how many days until the summer holiday?',
    'hoeveel dagen vakantie heb ik nog?',
    'is our MPN ID the same as the tenant ID?',
    "what's our partner ID again?",
    'can you book a meeting room for the renewal discussion?',
    'can you create a Planner task for the Security renewal?',
    'maak een Teams vergadering voor de verlenging van Data Analytics',
    'translate the renewal steps into German',
    'when does the Data Analytics training start?',
    'wanneer begint de Security cursus?',
    'who is the Microsoft account manager for Cloud Platform?',
    'wat kost de Kubernetes training?',
    'is the Security webinar recorded?',
    'when is the Security competency workshop?',
    'wanneer is de Data Analytics competentie training?',
    'wanneer stopt de support voor SQL Server 2016?',
    'herinner het team aan de kerstborrel',
    # on our subject but nothing the bot knows or does (a score, a refund, a cancelled or broken renewal, the
    # length of an exam), one of our offers named while asking something else, small talk with trap words
    # (a wish, an exclamation), dates, reminders, grace and renewals of other things
    'how many partner points do we have for Security?',
    "what's our Partner Capability Score?",
    'which customers count toward our Cloud Platform competency?',
    'can we transfer the Security competency to another MPN ID?',
    'why did Microsoft reject our renewal?',
    'how do I get a refund for the Security fee?',
    'kan ik de verlenging van Security annuleren?',
    'can we downgrade Gold Security to Silver?',
    'does Microsoft send its own renewal emails?',
    'who at Microsoft do I call if the renewal fails?',
    "what's the phone number of partner support?",
    'hoe neem ik contact op met Microsoft partner support?',
    'can I pay the competency fee by credit card?',
    'is de competentiefee inclusief btw?',
    'which invoice was the Security fee on?',
    'waarom is de verlenging van Security mislukt?',
    'partner center geeft een foutmelding bij het betalen',
    "the renew button for Cloud Platform doesn't work",
    'how many people passed the Security exam this year?',
    'which of our customers use Data Analytics?',
    'how many Azure credits come with Cloud Platform?',
    'hoeveel Azure tegoed krijgen we bij Cloud Platform?',
    'what is the difference between silver and gold Security?',
    "who's the best person to talk to about Kubernetes on Azure?",
    'do we have a Teams channel for Data Analytics?',
    'is there a Data Analytics community call this month?',
    'where can I find the Cloud Platform marketing materials?',
    'waar vind ik het Security logo?',
    'hoeveel klanten hebben we met Cloud Platform?',
    'kan ik de Security badge op LinkedIn zetten?',
    'who wrote the Data Analytics case study?',
    'send the Security case study to Piet',
    'how do we market our Cloud Platform competency to customers?',
    'happy anniversary to us! 10 years in business today',
    'renewal of vows next week, wish me luck',
    'my benefits at work got cut lol',
    'wat een deadline-stress vandaag',
    'is it me or is Partner Center slow today?',
    'fijne verjaardag Piet!',
    'gefeliciteerd met je jubileum!',
    "what's the weather like for the renewal meeting tomorrow?",
    'lol that reminder made my day',
    "due to the holidays I'm out until Monday",
    'the deadline for lunch orders is 11',
    'status update: coffee machine is broken again',
    'when does our Cloud Platform Azure subscription renew?',
    'wanneer moet het Security contract met de klant verlengd worden?',
    "what's the renewal date of the Data Analytics customer contract?",
    'we renewed the support contract for the Security customer yesterday',
    'add the Contoso deal to the pipeline, due 1 May',
    'change the due date of the Jira ticket to Friday',
    'verzet de deadline van de offerte naar 3 juni',
    'who is the owner of the Cloud Platform Teams channel?',
    'wie beheert de Security mailbox?',
    'what are the requirements for the Security Engineer job opening?',
    'welke certificaten heeft Jan?',
    'how long is the Security exam?',
    'how long does a Partner Center login session last?',
    'hoe lang blijft een Azure tegoed geldig?',
    'how many days until our office move?',
    'how many days do I have left to submit my expenses?',
    'what happens if I miss the Security exam appointment?',
    'wat gebeurt er als de klant de factuur niet betaalt?',
    'what do we lose if the office lease ends?',
    'is our Cloud Platform customer workshop still on Friday?',
    'when is the next Data Analytics user group?',
    'stop the Security scan on the file server',
    'pause the backups for tonight',
    'zet de back-up reminders uit',
    'remind me when my parking permit expires',
    'can you notify me when the Azure invoice arrives?',
    'laat me weten wanneer de nieuwe laptop binnen is',
    "what's the grace period for paying the Azure invoice?",
    'is er een respijtperiode voor de huur?',
    'how do I renew my parking permit?',
    'hoe verleng ik het abonnement op de krant?',
    # news, proposals and dates of other things, several with one of our offers' words naming their kind
    # ("the Security awareness training", "the Cloud Platform customer contract"), another thing's
    # anniversary ("our company anniversary", "my work anniversary")
    'we renewed the Zoom subscription',
    'Piet renewed his driving licence yesterday',
    'the GitHub Enterprise plan was renewed today',
    'de verzekering is vandaag verlengd',
    'mark the Azure reservation as renewed',
    'record that we renewed the office lease',
    'we have renewed our ISO certificate',
    'renewed the domain this morning',
    'Cloud Platform customer contract renewed yesterday',
    'ons Security abonnement bij Sophos is verlengd',
    'add a new channel for partners',
    'add the Q3 webinar to the calendar, 12 May',
    'track our Azure spend',
    'start tracking the Sophos licence, expires 1 June',
    'voeg Marieke toe aan de mailinglijst',
    'we earned a new customer today!',
    'change the date of the team outing to 5 June',
    'move my vacation to August',
    'verzet de kwartaalreview naar 1 april',
    'change the renewal date of our Adobe licences to 1 March',
    'our company anniversary is 1 May',
    'our wedding anniversary is next week, any gift ideas?',
    'mijn werkjubileum is op 1 juni',
    'change my work anniversary to 3 March',
    'the Contoso contract renewal is due 1 July',
    'wanneer is de verlenging van het Contoso contract?',
    'when is the renewal of our Salesforce contract due?',
    'de deadline voor de btw-aangifte is 31 januari',
    'update the due date of invoice 2031 to 15 April',
    'set the anniversary of the Teams rollout to 2 May',
    'add the Security awareness training, due 1 May',
    'volg de Security awareness training op, deadline 1 mei',
    'we renewed the Security awareness training licences today',
    'we got the Cloud Platform customer workshop approved',
    'move the Data Analytics demo to Thursday',
    'verplaats de Cloud Platform klantdag naar 3 juni',
    'change the Security meeting to 2pm',
    "what's the deadline for the Security customer proposal?",
    'when is the Kubernetes on Azure hackathon?',
    'how much does the Kubernetes on Azure course cost?',
    # the programme at large, benefits in detail, audits, people at Microsoft, the bot itself, small talk
    'how many Gold partners are there in the Netherlands?',
    'wanneer stopt Microsoft met de competenties?',
    'what replaces the competencies next year?',
    'is the MPN being renamed?',
    'when does the new Solutions Partner programme start?',
    'hoe werkt het nieuwe partnerprogramma van Microsoft?',
    'do we need Gold for Azure Expert MSP?',
    'how do we become an Azure Expert MSP?',
    'which benefits do we get with Gold Cloud Platform?',
    'welke voordelen krijgen we precies bij Security?',
    'how many internal use licences do we get with Cloud Platform?',
    'can we use the Cloud Platform benefits for a customer project?',
    'mogen we de Azure credits van Cloud Platform voor klanten gebruiken?',
    'is our competency listed in the partner directory?',
    'how do customers see our Gold Security badge?',
    'who at our company is the MPN primary contact?',
    'wie is onze contactpersoon bij Microsoft?',
    'which account manager handles our renewals at Microsoft?',
    'what was our revenue from Cloud Platform customers last year?',
    'how many Azure consumption dollars do we need for Kubernetes on Azure?',
    'hoeveel omzet moeten we halen voor Data Analytics?',
    'did we pass the Kubernetes on Azure audit?',
    'wanneer is de audit voor de Kubernetes on Azure specialisatie?',
    'who is the auditor for the Kubernetes on Azure audit?',
    'how long does the Kubernetes on Azure audit take?',
    'how much does the Kubernetes on Azure audit cost?',
    'wat kost de audit voor de migratie specialisatie?',
    'is the audit fee included in the renewal fee?',
    'can we postpone the audit?',
    'kunnen we de audit uitstellen?',
    "hey, I'm new here, who do I ask about expense claims?",
    'yo whats up with the wifi today',
    'anyone up for lunch? the renewal of my appetite is due',
    'zijn er nog broodjes over van de lunch?',
    'wanneer krijgen we onze bonus?',
    'hoeveel vakantiedagen heb ik nog over dit jaar?',
    'the status page says Azure is down in West Europe',
    'is Teams down again?',
    'what time is it in Seattle?',
    "translate 'verlenging' to English",
    "what does 'grace period' mean in Dutch?",
    'wat is het Engelse woord voor verjaardag?',
    'remind me what we talked about yesterday',
    'wat was de vraag van Piet ook alweer?',
    'how do I export this chat?',
    'can I rename you?',
    'who built this bot?',
    'is this bot GDPR compliant?',
    'where is my data stored?',
    # news or thanks of ours, then a question of another thing; shouting, typos, mentions; renewals, deadlines
    # and lists of other things ("renew my ID card", "the Action Pack renewal")
    'We renewed Security last week. Now, how do I add a guest to Teams?',
    'Security is sorted. Can you tell me how to book a meeting room?',
    "Data Analytics is renewed, great. What's the wifi password in the Utrecht office?",
    'Cloud Platform verlengd, top. Weet jij hoe ik een vergaderruimte boek?',
    'Bedankt voor de herinnering over Security. Andere vraag: hoe vraag ik verlof aan?',
    'After the Security renewal we had a party. Who brought the cake?',
    '<@U123> can you check the printer on floor 2?',
    ':wave: anyone know when the office closes for Christmas?',
    'WHEN DOES THE PARKING GARAGE CLOSE???',
    'WANNEER GAAT DE KANTINE DICHT',
    'wehn is the nxt all-hands meeting?',
    'waneer is de volgende teamborrel?',
    'how much dose the new coffee machine cost?',
    'where do I renew my ID card?',
    'can you list all the customers whose contracts expire this quarter?',
    'welke klantcontracten verlopen dit kwartaal?',
    'which Azure subscriptions expire next month?',
    'welke licenties verlopen volgende maand?',
    'which certificates expire in June?',
    'list the domains expiring this year',
    'what expires first, the SSL certificate or the domain?',
    'when do the Visual Studio subscriptions renew?',
    'when is the Action Pack renewal due?',
    'how do I renew our Action Pack subscription?',
    'did we pay the MPN membership invoice?',
    # the same in Dutch and Flemish: fees, requirements, history, admins, reminders, changes and dates of other
    # things, a price per user, a remark opened by an interjection
    'wat kost een parkeervergunning bij ons op kantoor?',
    'hoeveel moet ik betalen voor de bedrijfsfitness?',
    'zijn er kosten verbonden aan het annuleren van de training?',
    'welke eisen stelt de klant aan de offerte?',
    'wat heb je nodig om een VOG aan te vragen?',
    'hebben we de huurauto al verlengd?',
    'wie heeft de laatste keer het domein vernieuwd?',
    'is het Adobe contract vorige maand verlengd?',
    'wie is de beheerder van de gedeelde mailbox?',
    'wie zijn de eigenaren van het Teams kanaal Sales?',
    'wie mag de facturen goedkeuren?',
    'wanneer komt de volgende herinnering voor de urenregistratie?',
    'stuur me een herinnering voor de tandarts morgen',
    'zet de meldingen van Jira uit',
    'ik wil geen mails meer van de nieuwsbrief',
    'we hebben het leasecontract gisteren verlengd',
    'voeg Sanne toe aan het projectkanaal',
    'verander de deadline van het rapport naar vrijdag',
    'zet de vergadering van maandag op dinsdag',
    'wanneer verloopt het certificaat van onze website?',
    'tot wanneer is mijn rijbewijs geldig?',
    'wanneer vervalt de garantie op de printer?',
    'hoeveel dagen heb ik nog tot mijn verlof?',
    'hoe lang duurt de opzegtermijn van het huurcontract?',
    'wat gebeurt er als we de factuur te laat betalen?',
    'hoe vernieuw ik mijn pasje voor het gebouw?',
    "wa kost da nu eigenlijk, zo'n nieuwe laptop?",
    'wie is hier de baas van de koffiemachine?',
    'wanneer is de volgende teamdag?',
    'amai, die deadline van morgen is strak',
    'goeiemorgen allemaal, fijne dag!',
    'kunt ge mij zeggen wanneer de kantine opengaat?',
    'hebt ge de factuur van de drukker al betaald?',
    'moeten we die software licentie nog verlengen?',
    'de Azure kosten zijn deze maand hoog, hoe komt dat?',
    'welke Azure resources verlopen binnenkort?',
    'wanneer verlopen onze Microsoft 365 licenties?',
    'is onze Security software nog up to date?',
    'hoe verleng ik de Defender licentie?',
    'wie beheert onze Azure omgeving?',
    'hoeveel kost Dynamics 365 per gebruiker?',
    'welke certificeringen heeft ons team gehaald dit jaar?',
    'wanneer moet ik mijn AZ-104 hercertificeren?',
    'hoe vaak moet je een Microsoft certificering vernieuwen?',
    # one of our offers named, asking something else (what it covers, a comparison, a logo, a team, a
    # judgment of its exam), or no question at all
    'is Security included in our Microsoft 365 E5?',
    'does Cloud Platform cover Azure Arc?',
    'what does Data Analytics cover exactly?',
    'what products fall under Cloud Platform?',
    'Security vs Data Analytics, which one is harder to get?',
    'is Kubernetes on Azure popular among partners?',
    'how many partners have Kubernetes on Azure?',
    'kan ik Security combineren met Modern Work?',
    'wat is het verschil tussen Cloud Platform en Data Analytics?',
    'who else in the Netherlands has Data Analytics?',
    'send me the Cloud Platform logo',
    'do we get a plaque for Gold Security?',
    'waar staat onze Security competentie vermeld?',
    'Cloud Platform is awesome',
    'Data Analytics rocks',
    'did you know Kubernetes is Greek for helmsman?',
    'what does CBA stand for?',
    'is CBA the same as Dynamics 365?',
    "what's the full name of the migration specialization?",
    'how do you spell Kubernetes?',
    'is the Security competency worth the money?',
    'how hard is the Data Analytics exam?',
    'which Azure services count toward Cloud Platform?',
    'who is our Microsoft PDM for Security?',
    'hoeveel klanten heeft onze Security afdeling?',
    'wat vinden klanten van onze Data Analytics diensten?',
    'can we put the Gold Cloud Platform logo in our email signature?',
    'mag ons Security logo op de website?',
    'how do I download the Data Analytics badge?',
    'our Security team is hiring, know anyone?',
    'the Cloud Platform consultants are at a conference this week',
    'Security awareness week starts Monday!',
    'de Data Analytics sprint review is om 3 uur',
    'is the Kubernetes on Azure demo environment still running?',
    'wie heeft de Cloud Platform presentatie gemaakt?',
    # the bot asked to track other things, and proposals about them ("the Azure plan": a word several offers
    # share names a plan; "the Microsoft 365 renewal date": Microsoft with a number is a product)
    'can you also track our Azure subscriptions?',
    'kun je ook onze licenties bijhouden?',
    'can the bot remind us of contract renewals too?',
    'could you track domain expiry as well?',
    'kun je ook de verloopdatum van onze certificaten volgen?',
    'please track the SSL certificate for contoso.com, expires 3 May',
    'add our Azure reservation, renews 1 June',
    'voeg ons Visual Studio abonnement toe, verloopt 1 juli',
    'start tracking the Adobe renewal on 12 March',
    'add a reminder for the domain renewal, 14 March',
    'we renewed the Azure plan yesterday, please update',
    'update the Microsoft 365 renewal date to 1 April',
    'zet de verlengdatum van het huurcontract op 1 april',
    'change the renewal date of the insurance to 1 May',
    'the anniversary of the Contoso contract is 5 May',
    'set our Zoom anniversary to 2 February',
    'record that the Datadog contract renewed today',
    'mark the Zendesk renewal as done',
    'noteer dat de leasewagen verlengd is',
    # chat forms, capitals and emoji about other things ("vd" is "van de"; "een VOG" an acronym as a noun),
    # and renewals by a customer
    'wnr verloopt de lease vd auto?',
    'hoeveel kost de nieuwe laptop vr Jan?',
    'wie is admin vd wifi?',
    'STATUS VAN MIJN VERLOF?',
    'WHEN IS THE OFFSITE???',
    'renewal vd parkeerkaart, hoe?',
    'deadline btw aangifte?? 😬',
    'pls remind me abt the dentist tmrw',
    'can u renew my netflix lol',
    'lmk when the pizza arrives',
    'when r the new laptops coming?',
    "who's the admin 4 the printer",
    'hoe lang geldig is een VOG?',
    'is de renewal vd huur al rond?',
    'our azure bill went up again 😡 why?',
    'wat kost azure per maand voor ons?',
    'renewal reminder for my car insurance pls',
    'kun je me herinneren aan de tandarts?',
    'set reminder: call mom at 5',
    'herinnering: boodschappen doen',
    'heb je de status vd bestelling van de nieuwe stoelen?',
    'hoeveel dagen nog tot de kerstborrel? 🎄',
    'we zijn vandaag verhuisd naar het nieuwe kantoor!',
    'nieuw kantoor, nieuwe deadline 😅',
    'fyi the Security audit by KPMG is on 3 May',
    'fyi de Data Analytics klant wil verlengen',
    'Cloud Platform klant Contoso heeft verlengd!',
    'klant heeft het Security contract verlengd, top',
    'Contoso renewed their Cloud Platform deal with us today',
    'the customer renewed their Data Analytics subscription',
    # long and formal messages whose offer of ours is context, the question about another thing; tasks asked
    # after "help me" ("can you help me write a LinkedIn post about renewing our Security competency")
    'Geachte heer, mevrouw, in het kader van onze Security competentie willen wij graag weten of u ook een offerte kunt sturen voor een penetratietest.',
    'Beste, wij hebben de Data Analytics competentie, maar onze vraag gaat over de facturatie van het afgelopen kwartaal. Kunt u die nakijken?',
    'Dear team, as part of our Cloud Platform work we need to know who manages the Azure tenant for our customer Fabrikam. Could you find out?',
    'Hi, regarding the Kubernetes on Azure specialization: our consultant Pieter is leaving next month. Who should take over his customer projects?',
    'Hello! Since we have Gold Cloud Business Applications, our sales team asks whether there is a discount on Dynamics licences for customers. Do you know?',
    "I'm preparing the QBR deck and want to include a slide about our Security competency. Can you suggest a nice template?",
    'Voor de nieuwsbrief willen we iets schrijven over onze Cloud Platform competentie. Heb je tips voor een pakkende titel?',
    'Our marketing agency wants to use the Data Analytics logo in a campaign; what are the brand guidelines?',
    'Wij overwegen een tweede kantoor te openen. Heeft dat gevolgen voor onze huurovereenkomst?',
    'With the Security renewal done, what should we order for the team celebration?',
    'Nu Cloud Platform verlengd is: wie regelt de taart voor vrijdag?',
    "Security is renewed, thanks! By the way, what's the wifi password for guests?",
    'Can you help me write a LinkedIn post about renewing our Security competency?',
    'Schrijf een korte tekst voor onze website over onze Gold competenties',
    'Maak een planning voor de Security audit voorbereiding',
    'Summarize the Microsoft partner agreement for me',
    'Wat staat er in de partnerovereenkomst over aansprakelijkheid?',
    'Which clause in the MPN agreement covers data protection?',
    # an offer's name with one noun of another thing, nothing else ("security team?": the people)
    'Security logo?',
    'Cloud Platform slides?',
    'Data Analytics webinar?',
    'Kubernetes training?',
    'CBA demo?',
    'security incident!',
    'cloud platform outage?',
    'azure credits?',
    'k8s certificaat?',
    'cloud platform klanten?',
    'security team?',
    'Security update',
    'data analytics vacature',
    'cloud platform partner event?',
    'security awareness?',
    'Security policy?',
    'de Security presentatie?',
    'Data Analytics rapport van vorige week?',
    # on our subject, nothing the bot keeps: other events of an offer ("when was Security last audited"),
    # Partner Center's own doing, documents and invoices, another company's people, a procedure to change
    'when was Security last audited?',
    "what's our renewal success rate?",
    'wanneer heeft Microsoft onze Security goedgekeurd?',
    'when will Partner Center show our renewal?',
    'hoe lang duurt het voordat de verlenging zichtbaar is in Partner Center?',
    'why is Security showing as expired in Partner Center?',
    'waarom staat Cloud Platform op verlopen?',
    'hoe kan ik de anniversary date zelf wijzigen in Partner Center?',
    'who at Contoso renewed their Security competency?',
    'did Microsoft approve our Kubernetes on Azure audit?',
    'what score did we get on the Kubernetes on Azure audit?',
    'why was our renewal rejected?',
    'which documents do I upload for the Security renewal?',
    'what is the renewal order number for Security?',
    'where is the invoice for the Security renewal?',
    'waar vind ik de factuur van de Cloud Platform verlenging?',
    'can I get a receipt for the Data Analytics fee?',
    # mergers, profiles, Partner Center access and the bot's own workings; what follows another event
    'how do I transfer our competencies to the new MPN ID after the merger?',
    'what happens to our Security competency if we merge with another partner?',
    'wat gebeurt er met onze competenties als we overgenomen worden?',
    'can two MPN IDs share one competency?',
    'how do I add a location to our partner profile?',
    'hoe wijzig ik het adres in ons partnerprofiel?',
    'how do I give someone the MPN partner admin role in Partner Center?',
    'I lost access to Partner Center, what now?',
    'ik kan niet inloggen in Partner Center',
    'how do I reset my Partner Center password?',
    'does the bot work for Solutions Partner designations too?',
    'can you also track designations?',
    'will the bot remind me on Teams?',
    'kan de bot ook mailen in plaats van Slack?',
    'how often does the bot check Partner Center?',
    'where does the bot get its dates from?',
    'is the bot connected to Partner Center?',
    'can the bot renew automatically?',
]
# fmt: on


# Known misses, each failing the test until it is fixed (then the mark must go).
_KNOWN_OTHER_THINGS = [
    pytest.param(
        "wat zijn de voorwaarden voor thuiswerken?",
        marks=pytest.mark.xfail(
            strict=True, reason="requirements completed by a noun with no determiner are read as an offer's"
        ),
    ),
]
# Fixed by the second opinion (``second_opinion``), which the rules alone read as ours: a noun after our cue
# word ("benefits package"); kept here, out of the tables it learns from.
_SECOND_OPINION_FIXED = ["my manager says our benefits package is changing, when?"]


@pytest.mark.parametrize("text", [*OTHER_THINGS, *_KNOWN_OTHER_THINGS, *_SECOND_OPINION_FIXED])
def test_a_question_about_another_thing_is_not_answered(text: str) -> None:
    assert understand(text, WIDE).intent in (In.UNKNOWN, In.HELP, In.GREETING, In.THANKS)


# Proposals typed about things of other trades, none of them in the reader's vocabulary as such: the same
# news and changes an admin types about an offer ("we renewed ... yesterday", "add ..., due 1 May", "change
# the ... date to 1 March"), with everyday nouns, names and Dutch compounds in the offer's place.
_OTHER_NOUNS = {
    "en": [
        "parking permit", "gym membership", "coffee subscription", "office plant contract", "fleet insurance",
        "passport", "driving licence", "Zoom plan", "Miro workspace", "Canva account", "SSL certificate",
        "domain name", "team outing", "quarterly review", "budget meeting", "cleaning contract", "printer lease",
        "VPN licence", "Jira board", "Notion plan",
    ],
    "nl": [
        "parkeervergunning", "sportabonnement", "koffiecontract", "schoonmaakcontract", "printerlease", "paspoort",
        "rijbewijs", "Zoom abonnement", "teamuitje", "kwartaaloverleg", "budgetoverleg", "wagenparkverzekering",
        "domeinnaam", "VPN licentie", "Jira bord",
    ],
}  # fmt: skip
_PROPOSAL_FRAMES = {
    "en": [
        "we renewed the {} yesterday", "the {} was renewed today", "add the {}, due 1 May",
        "track our {}, deadline 30 June", "change the {} date to 1 March", "move the {} to next Friday",
        "mark the {} as renewed", "update the {} renewal date to 2 April",
    ],
    "nl": [
        "we hebben de {} gisteren verlengd", "de {} is vandaag verlengd", "voeg de {} toe, vervaldatum 1 mei",
        "volg onze {}, deadline 30 juni", "verander de datum van de {} naar 1 maart",
        "verzet de {} naar volgende vrijdag", "zet de {} op verlengd",
        "pas de verlengdatum van de {} aan naar 2 april",
    ],
}  # fmt: skip
_A_PROPOSAL = (In.RECORD_RENEWAL, In.ADD_OFFER, In.CHANGE_ANNIVERSARY)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["en", "nl"]).flatmap(
    lambda lang: st.tuples(st.sampled_from(_PROPOSAL_FRAMES[lang]), st.sampled_from(_OTHER_NOUNS[lang]))
))  # fmt: skip
def test_a_proposal_about_another_thing_is_never_made(frame_and_thing: tuple[str, str]) -> None:
    """A proposal needs one of our offers, the programme's word or an anniversary (``NOT_PROPOSALS`` has
    the hand-written ones)."""
    frame, thing = frame_and_thing
    assert understand(frame.format(thing), WIDE).intent not in _A_PROPOSAL


# Every answer's cue about the same things of other trades: dates, fees, requirements, admins, history,
# reminders, the procedure, the window, the status.
_QUESTION_FRAMES = {
    "en": [
        "when does the {} expire?", "when is the {} due?", "how much does the {} cost?",
        "what are the requirements for the {}?", "who is the admin of the {}?", "did we renew the {} already?",
        "when is the next reminder for the {}?", "how do I renew the {}?", "what happens if the {} lapses?",
        "how many days are left on the {}?", "is there a grace period for the {}?", "what's the status of the {}?",
        "who renewed the {} last time?", "stop the reminders for the {}", "until when is the {} valid?",
    ],
    "nl": [
        "wanneer verloopt de {}?", "wanneer moet de {} verlengd worden?", "wat kost de {}?",
        "wat zijn de voorwaarden voor de {}?", "wie is de beheerder van de {}?", "hebben we de {} al verlengd?",
        "wanneer komt de volgende herinnering voor de {}?", "hoe verleng ik de {}?",
        "wat gebeurt er als de {} verloopt?", "hoeveel dagen heeft de {} nog?", "is er een respijtperiode voor de {}?",
        "wat is de status van de {}?", "wie heeft de {} de vorige keer verlengd?", "stop de herinneringen voor de {}",
        "tot wanneer is de {} geldig?",
    ],
}  # fmt: skip


def test_questions_about_other_things_are_not_answered() -> None:
    """Each frame with each thing (525 questions), read once: the share answered confidently is printed with
    ``-s``; the ceiling stops a regression (2 of 525 when written: "when is the team outing due?" and "when is
    the quarterly review due?", a noun before "due" read as an adjective of the due date)."""
    asked = [
        frame.format(thing)
        for lang, frames in _QUESTION_FRAMES.items()
        for frame in frames
        for thing in _OTHER_NOUNS[lang]
    ]
    answered = [
        t for t in asked if understand(t, WIDE).intent not in (In.UNKNOWN, In.HELP, In.GREETING, In.THANKS)
    ]
    print(
        f"\nquestions about {len(asked)} things of other trades: answered confidently {len(answered) / len(asked):.1%}"
    )
    assert len(asked) == 525
    assert len(answered) <= 2, answered


def _reading(*concepts: Concept) -> Reading:
    return Reading(concepts=frozenset(concepts), offer_named=True, other_words=False)


@pytest.mark.parametrize(
    ("intent", "concepts", "asks"),
    [
        (In.LOSS_DATE, (Concept.BENEFITS, Concept.QUESTION), False),  # "which benefits do we get with X?"
        (In.LOSS_DATE, (Concept.BENEFITS, Concept.DAY), True),  # "do we still have X on 1 May?"
        (In.DUE_DATE, (Concept.WHEN,), True),
        (In.GRACE, (Concept.COMPETENCY,), False),
        (In.ADMINS, (Concept.ADMIN, Concept.PARTNER_CENTER), False),  # "give me admin rights in PC"
        (In.ADMINS, (Concept.ADMIN, Concept.WHO), True),
        (In.REQUIREMENTS, (Concept.COMPETENCY, Concept.QUESTION), False),  # "the definition of X?"
        (In.REQUIREMENTS, (Concept.COMPETENCY, Concept.REQUIRE_WEAK), True),
        (In.HOW_TO_RENEW, (Concept.HOW, Concept.PARTNER_CENTER), False),  # "how do I log in to PC"
        (In.HOW_TO_RENEW, (Concept.HOW, Concept.RENEW_VERB), True),
        (In.STATUS, (Concept.ASIDE, Concept.COMPETENCY), False),  # "what does MPN stand for"
        (In.STATUS, (Concept.COLLECTION,), True),  # "give me an overview of our competencies"
        (In.HISTORY, (Concept.RENEWED,), True),  # no words of its own asked for
    ],
)
def test_a_reading_of_the_model_alone_needs_the_words_its_answer_tells(
    intent: In, concepts: tuple[Concept, ...], asks: bool
) -> None:
    assert reader._asks_for(intent, _reading(*concepts)) is asks


@pytest.mark.parametrize(
    "text",
    [
        "security slipping through the cracks, what then",  # no rule reads "slipping" or "what then"
        "k8s al gedaan of moet dat nog",  # a question in a statement's words
    ],
)
def test_what_only_the_second_opinion_read_is_answered_and_says_so(text: str) -> None:
    """No rule applies; the model is far surer than for a change of reading, the message names an offer or
    the programme, and nothing else outweighs it: answered, with the reply saying what it was read as."""
    read = understand(text, WIDE)
    assert read.intent not in (In.UNKNOWN, In.HELP, In.GREETING, In.THANKS)
    assert read.unsure
