"""Reading direct messages (``bot.language.reader``): a table of real phrasings in English and Dutch, the ones that
must not be misread, offer matching, the precedence of the rules, and hostile input."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import pytest
from _pytest.mark import ParameterSet
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.language.i18n import Lang
from bot.language.reader import MAX_CHARS, RULES, Intent, Understood, dictionary, understand
from bot.language.reader import offers as offer_reading
from bot.language.reader import vocabulary as words_table
from tests.language.dev_messages import DEV, WIDE

OFFERS: tuple[str, ...] = (
    "Cloud Platform",
    "Gold Cloud Business Applications",
    "Kubernetes on Azure",
    "Data Analytics",
    "Security",
)
CP, CBA, K8S, DA, SEC = OFFERS
CLOUDS = (CP, CBA)

LOSS, DUE, GRACE, CONSEQ = Intent.LOSS_DATE, Intent.DUE_DATE, Intent.GRACE, Intent.CONSEQUENCES
EXT, HOW, STATUS, HELP = Intent.EXTENSION, Intent.HOW_TO_RENEW, Intent.STATUS, Intent.HELP
HI, THANKS, UNKNOWN = Intent.GREETING, Intent.THANKS, Intent.UNKNOWN
FEES, REQ, HIST, ADMINS = Intent.FEES, Intent.REQUIREMENTS, Intent.HISTORY, Intent.ADMINS
NEXT_REM, STOP_REM = Intent.NEXT_REMINDER, Intent.STOP_REMINDERS
RECORD, ADD, CHANGE = Intent.RECORD_RENEWAL, Intent.ADD_OFFER, Intent.CHANGE_ANNIVERSARY


@dataclass(frozen=True)
class Case:
    """One phrasing and what it must be read as, against ``OFFERS``."""

    text: str
    intent: Intent
    offer: str | None
    lang: Lang | None
    ambiguous: tuple[str, ...] = ()

    def expected(self) -> Understood:
        return Understood(self.intent, self.offer, self.lang, self.ambiguous)


# fmt: off
ENGLISH: list[Case] = [
    # LOSS_DATE
    Case("when do I lose benefits?", LOSS, None, "en"),
    Case("When do I lose my benefits for Security", LOSS, SEC, "en"),
    Case("wehn do i loose my benifits", LOSS, None, "en"),
    Case("when will we lose the benefits of cloud platform?", LOSS, CP, "en"),
    Case("when does data analytics expire", LOSS, DA, "en"),
    Case("do we still have benefits for data analytics", LOSS, DA, "en"),
    Case("will we lose our gold competency for kubernetes?", LOSS, K8S, "en"),
    Case("how long do we keep our benefits", LOSS, None, "en"),
    Case("hello, when do I lose benefits", LOSS, None, "en"),
    Case("<@U0123ABCD> when do I lose benefits?", LOSS, None, "en"),
    Case("WHEN DO I LOSE BENEFITS", LOSS, None, "en"),
    # DUE_DATE
    Case("when is kubernetes due", DUE, K8S, "en"),
    Case("when's the azure one due", DUE, K8S, "en"),
    Case("when must I renew cloud platfrom", DUE, CP, "en"),
    Case("what's the anniversary date of security?", DUE, SEC, "en"),
    Case("when should we renew data analytics", DUE, DA, "en"),
    Case("what is our next renewal?", DUE, None, "en"),
    Case("renewal date for the cloud business applications competency", DUE, CBA, "en"),
    Case("do I need to renew security this year?", DUE, SEC, "en"),
    Case("what about kubernetes?", DUE, K8S, "en"),
    Case("and the data one?", DUE, DA, "en"),
    Case("thanks, when is security due?", DUE, SEC, "en"),
    Case("When   is   Kubernetes   due???", DUE, K8S, "en"),
    Case("when is security &amp; cloud platform due?", DUE, None, "en", (CP, SEC)),
    # GRACE
    Case("am I in the grace window?", GRACE, None, "en"),
    Case("are we in the grace period for security", GRACE, SEC, "en"),
    Case("how many days do I have left to renew?", GRACE, None, "en"),
    Case("how much time is left for kubernetes", GRACE, K8S, "en"),
    Case("is it too late to renew data analytics", GRACE, DA, "en"),
    Case("is the cloud one in grace?", GRACE, None, "en", CLOUDS),
    Case("what's the last day to renew cloud platform", GRACE, CP, "en"),
    Case("days remaining for security?", GRACE, SEC, "en"),
    Case("hey, how many days left for the cloud one?", GRACE, None, "en", CLOUDS),
    # CONSEQUENCES
    Case("what happens if I don't renew Cloud Platform?", CONSEQ, CP, "en"),
    Case("what if we miss the deadline for security", CONSEQ, SEC, "en"),
    Case("consequences of not renewing?", CONSEQ, None, "en"),
    Case("and if we forget to renew kubernetes?", CONSEQ, K8S, "en"),
    Case("we missed the deadline for data analytics", CONSEQ, DA, "en"),
    # EXTENSION
    Case("is the extension available for cloud platform", EXT, CP, "en"),
    Case("am I eligible for the extension?", EXT, None, "en"),
    Case("does the covid-19 extension apply to cloud business applications", EXT, CBA, "en"),
    Case("can we get a covid extention for kubernetes", EXT, K8S, "en"),
    # HOW_TO_RENEW
    Case("how do I renew?", HOW, None, "en"),
    Case("where in partner center do I renew security", HOW, SEC, "en"),
    Case("how to renew the azure one", HOW, K8S, "en"),
    Case("steps to renew data analytics", HOW, DA, "en"),
    Case("I want to renew cloud platform", HOW, CP, "en"),
    Case("help me renew security", HOW, SEC, "en"),
    Case("what do I need to do to renew cloud business apps", HOW, CBA, "en"),
    Case("<https://partner.microsoft.com/dashboard|Partner Center> how do I renew :thinking_face:", HOW, None, "en"),
    # STATUS
    Case("status pls", STATUS, None, "en"),
    Case("overview", STATUS, None, "en"),
    Case("what's the state of my competencies", STATUS, None, "en"),
    Case("where do we stand?", STATUS, None, "en"),
    Case("show me all our competencies", STATUS, None, "en"),
    # HELP, GREETING, THANKS
    Case("what can you do?", HELP, None, "en"),
    Case("how does this work", HELP, None, "en"),
    Case("hi", HI, None, "en"),
    Case("hello there :wave:", HI, None, "en"),
    Case("good morning!", HI, None, "en"),
    Case("thanks!", THANKS, None, "en"),
    Case("thank you so much", THANKS, None, "en"),
    Case("thx", THANKS, None, "en"),
    Case("the renewal went fine, thanks", THANKS, None, "en"),
    Case("thanks for your help!", THANKS, None, "en"),
    # more ways to ask
    Case("can I still renew cloud platform?", GRACE, CP, "en"),
    Case("is it possible to renew kubernetes now", HOW, K8S, "en"),
    Case("how do I know when to renew", DUE, None, "en"),
    Case("security renewal?", DUE, SEC, "en"),
    Case("renew security", HOW, SEC, "en"),
    Case("which competencies are expiring soon?", LOSS, None, "en"),
    Case("when does the renewal window open for security?", GRACE, SEC, "en"),
]

DUTCH: list[Case] = [
    # LOSS_DATE
    Case("wanneer verlies ik mijn voordelen?", LOSS, None, "nl"),
    Case("wanneer verlies ik mijn voordeelen", LOSS, None, "nl"),
    Case("wanneer verliezen we de voordelen van security?", LOSS, SEC, "nl"),
    Case("wanneer vervalt cloud platform", LOSS, CP, "nl"),
    Case("hebben we nog voordelen voor data analytics?", LOSS, DA, "nl"),
    Case("wanneer verliezen wij de cloud platfrom voordelen", LOSS, CP, "nl"),
    Case("verlopen onze competenties binnenkort?", LOSS, None, "nl"),
    Case("is de cloud competentie al verlopen?", LOSS, None, "nl", CLOUDS),
    Case("zijn we onze gold status kwijt?", LOSS, CBA, "nl"),  # the workspace's one Gold offer
    Case("goedemorgen, wanneer verlies ik mijn voordelen", LOSS, None, "nl"),
    Case("wanneer verloopt onze data analytics specialisatie", LOSS, DA, "nl"),
    Case("ik wil weten wanneer ik mijn voordelen verlies", LOSS, None, "nl"),
    # DUE_DATE
    Case("wanneer moet ik cloud platform verlengen", DUE, CP, "nl"),
    Case("wanneer is de jubileumdatum van kubernetes", DUE, K8S, "nl"),
    Case("wanneer moeten we data analytics vernieuwen", DUE, DA, "nl"),
    Case("wat is de verlengingsdatum van security", DUE, SEC, "nl"),
    Case("wanneer is de deadline voor de azure specialisatie", DUE, K8S, "nl"),
    Case("moet ik security dit jaar verlengen?", DUE, SEC, "nl"),
    Case("wanneer kan ik cloud platform verlengen", DUE, CP, "nl"),
    Case("wanneeer moet ik de kubernetes specialisatie verlengen", DUE, K8S, "nl"),
    Case("en kubernetes?", DUE, K8S, "nl"),
    Case("de Security-competentie?", DUE, SEC, "nl"),
    Case("hoe zit het met security?", STATUS, SEC, "nl"),  # "how do things stand": two dev rounds say so
    Case("bedankt, en wanneer is cloud platform aan de beurt?", DUE, CP, "nl"),
    # GRACE
    Case("hoeveel dagen heb ik nog voor kubernetes", GRACE, K8S, "nl"),
    Case("zit ik in de verlengingsperiode?", GRACE, None, "nl"),
    Case("hoe lang hebben we nog voor cloud platform", GRACE, CP, "nl"),
    Case("zitten we al in de respijtperiode voor security?", GRACE, SEC, "nl"),
    Case("is het te laat om data analytics te verlengen?", GRACE, DA, "nl"),
    Case("tot wanneer kunnen we security nog verlengen", GRACE, SEC, "nl"),
    Case("wat is de uiterste datum om security te verlengen", DUE, SEC, "nl"),  # the deadline (dev round 3)
    Case("hoeveel tijd hebben we nog?", GRACE, None, "nl"),
    # CONSEQUENCES
    Case("wat gebeurt er als ik niet verleng?", CONSEQ, None, "nl"),
    Case("wat gebeurt er als we cloud platform niet verlengen", CONSEQ, CP, "nl"),
    Case("wat als we de deadline missen voor security", CONSEQ, SEC, "nl"),
    Case("wat zijn de gevolgen als we niet verlengen", CONSEQ, None, "nl"),
    Case("en als we vergeten kubernetes te verlengen?", CONSEQ, K8S, "nl"),
    # EXTENSION
    Case("komen we in aanmerking voor de covid verlenging", EXT, None, "nl"),
    Case("kom ik in aanmerking voor de verlenging?", EXT, None, "nl"),
    Case("geldt de covid-verlenging ook voor cloud business applications?", EXT, CBA, "nl"),
    Case("hebben we recht op uitstel voor kubernetes", EXT, K8S, "nl"),
    # HOW_TO_RENEW
    Case("hoe verleng ik?", HOW, None, "nl"),
    Case("hoe verleng ik een competentie in partner center", HOW, None, "nl"),
    Case("waar in partner center kan ik security verlengen", HOW, SEC, "nl"),
    Case("hoe vernieuw ik de Security-competentie?", HOW, SEC, "nl"),
    Case("welke stappen moet ik zetten om te verlengen", HOW, None, "nl"),
    Case("ik wil kubernetes verlengen", HOW, K8S, "nl"),
    # STATUS
    Case("overzicht", STATUS, None, "nl"),
    Case("wat is de status van mijn competenties", STATUS, None, "nl"),
    Case("wat is de stand van zaken", STATUS, None, "nl"),
    Case("hoe staan we ervoor?", STATUS, None, "nl"),
    Case("geef me een overzicht van alle competenties", STATUS, None, "nl"),
    # HELP, GREETING, THANKS
    Case("wat kun je allemaal", HELP, None, "nl"),
    Case("hulp", HELP, None, "nl"),
    Case("hoi, kun je me helpen?", HELP, None, "nl"),
    Case("hoi", HI, None, "nl"),
    Case("goedemorgen!", HI, None, "nl"),
    Case("hallo", HI, None, "nl"),
    Case("bedankt!", THANKS, None, "nl"),
    Case("dank je wel", THANKS, None, "nl"),
    Case("bedankt voor je hulp", THANKS, None, "nl"),
    Case("dankjewel :pray:", THANKS, None, "nl"),
    # more ways to ask
    Case("kan ik security nog verlengen?", GRACE, SEC, "nl"),
    Case("de verlenging van cloud platform", DUE, CP, "nl"),
    Case("security verlengen", HOW, SEC, "nl"),
    Case("welke competenties verlopen binnenkort", LOSS, None, "nl"),
]

# The examples the bot itself suggests (bot.language.catalogue "dm.examples") must be understood as what they show.
EXAMPLES: list[Case] = [
    Case("when is Cloud Platform due?", DUE, CP, "en"),
    Case("how many days are left?", GRACE, None, "en"),
    Case("am I eligible for the COVID-19 extension?", EXT, None, "en"),
    Case("wanneer moet Cloud Platform verlengd?", DUE, CP, "nl"),
    Case("hoeveel dagen heb ik nog?", GRACE, None, "nl"),
    Case("kom ik in aanmerking voor de COVID-19-verlenging?", EXT, None, "nl"),
]


# The words say nothing about the language: the caller falls back to the user's locale.
EITHER: list[Case] = [
    Case("cloud platform?", DUE, CP, None),
    Case("security", DUE, SEC, None),
    Case("*Kubernetes*", DUE, K8S, None),
    Case("status", STATUS, None, None),
    Case("*status*", STATUS, None, None),
    Case("help", HELP, None, None),
    Case("status of cloud platform", STATUS, CP, None),
]
# fmt: on

TABLE: list[Case] = ENGLISH + DUTCH + EITHER + EXAMPLES


def test_the_table_is_big_enough_and_bilingual() -> None:
    assert len(TABLE) >= 80
    assert len(DUTCH) >= 35
    assert len({case.text for case in TABLE}) == len(TABLE), "a phrasing is listed twice"
    # the questions added for issue 14 are tuned in tests/language/dev_messages.py
    assert {case.intent for case in TABLE} | {d.intent for d in DEV} == set(Intent)


@pytest.mark.parametrize("case", TABLE, ids=[case.text for case in TABLE])
def test_phrasing(case: Case) -> None:
    assert understand(case.text, OFFERS) == case.expected()


def test_accuracy_over_the_table_is_100_percent() -> None:
    """Intent, offer, ambiguity and language must all be right for a row to count."""
    answers = {case.text: understand(case.text, OFFERS) for case in TABLE}
    wrong = [(case.text, answers[case.text]) for case in TABLE if answers[case.text] != case.expected()]
    right = len(TABLE) - len(wrong)
    print(
        f"\nintent table: {right}/{len(TABLE)} = {right / len(TABLE):.1%} "
        f"({len(ENGLISH)} English, {len(DUTCH)} Dutch, {len(EITHER)} either, {len(EXAMPLES)} of the bot's examples)"
    )
    for text, got in wrong:
        print(f"  wrong: {text!r} -> {got}")
    assert right == len(TABLE)


# --- phrasings that must not be read as a nearby intent ------------------------------------------------

# (text, the intent it must NOT be, the intent it is)
# fmt: off
NOT_THIS: list[tuple[str, Intent, Intent]] = [
    ("I renewed cloud platform yesterday", LOSS, RECORD),  # news of a renewal: offered to record it
    ("thanks, when is security due?", THANKS, DUE),
    ("hello, when do I lose benefits", HI, LOSS),
    ("bedankt, wanneer verlies ik mijn voordelen?", THANKS, LOSS),
    ("what's for lunch", DUE, UNKNOWN),
    ("the weather in Amsterdam", STATUS, UNKNOWN),
    ("wat is het weer in Amsterdam?", STATUS, UNKNOWN),
    ("I lost my password", LOSS, UNKNOWN),  # losing, but nothing of the partner's
    ("I think security is fine", THANKS, UNKNOWN),  # "think" is not a typo of "thank"
    ("what does it cost to renew?", LOSS, FEES),  # "cost" is not a typo of "lost"
    ("how much does the renewal cost", GRACE, FEES),  # "how much" without days or time
    ("how many competencies do we have", GRACE, STATUS),
    ("help me renew security", HELP, HOW),
    ("when is lunch", DUE, UNKNOWN),
    ("what date is it today", DUE, UNKNOWN),
    ("misschien later", CONSEQ, UNKNOWN),  # "misschien" is not a typo of "missen"
    ("we renewed security last week, thanks!", GRACE, RECORD),  # the news matters more than the thanks
    ("how close are we to the anniversary of security", LOSS, DUE),  # "close" is not "lose"
    ("then what?", DUE, UNKNOWN),  # "then" is not a typo of "when"
    ("any news on the covid extension?", HOW, EXT),  # "news" is not "renews"
    ("zullen we morgen lunchen?", HI, UNKNOWN),
    ("<!channel> lunch!", HI, UNKNOWN),
    ("het lijkt erop dat de instellingen kloppen", STATUS, UNKNOWN),  # "lijkt" is not "lijst"
]
# fmt: on


@pytest.mark.parametrize(("text", "wrong", "right"), NOT_THIS, ids=[t for t, _, _ in NOT_THIS])
def test_not_misread(text: str, wrong: Intent, right: Intent) -> None:
    got = understand(text, OFFERS).intent
    assert got != wrong
    assert got == right


# --- precedence ------------------------------------------------------------------------------------


def test_the_rules_are_in_this_order() -> None:
    """The precedence, stated once: a change to it has to change this test too."""
    assert [rule.intent for rule in RULES] == [
        FEES,  # fee, cost, price, pay
        EXT,  # the COVID-19 extension or eligibility
        REQ,  # requirements, criteria, exams
        HIST,  # history, who renewed, did we renew, is X renewed?
        RECORD,  # news of a renewal
        CHANGE,  # change / correct an anniversary or date
        ADD,  # add / track an offer, news of one earned
        ADMINS,  # admins, who can
        STOP_REM,  # stop, mute or move reminders
        NEXT_REM,  # the reminders themselves
        CONSEQ,  # "what happens", "what if", "gevolgen"
        LOSS,  # when / what day + lose
        CONSEQ,  # if + not / miss
        HOW,  # how / where / steps / Partner Center + renew
        LOSS,  # until when still held or kept
        GRACE,  # grace window, last day, a count of days left
        LOSS,  # benefits, or losing a competency or offer
        STATUS,  # status, overview, overzicht
        HOW,  # want to / can renew (not asking when), Partner Center questions, "renew X" alone
        CONSEQ,  # missed deadline
        DUE,  # due, anniversary, deadline, next renewal, when + renew / offer
        STATUS,  # "my competencies"
        HELP,
        DUE,  # an offer's name and nothing else
        THANKS,
        HI,
    ]


# Each phrasing holds the cues of two intents; the comment names the rule that decides.
# fmt: off
PRECEDENCE: list[tuple[str, Intent, str | None]] = [
    ("what happens if I don't renew Cloud Platform?", CONSEQ, CP),  # consequences before renew / due
    ("what happens when I lose my benefits", CONSEQ, None),  # consequences before loss date
    ("when do I lose benefits for Security", LOSS, SEC),  # when + lose before benefits in general
    ("if I don't renew, when do I lose benefits?", LOSS, None),  # an explicit "when ... lose" wins over "if not"
    ("how many days do I have left to renew?", GRACE, None),  # "how many" is not the "how" of how-to
    ("how many days until I lose my benefits", GRACE, None),  # a count of days before benefits
    ("is the extension available for cloud platform", EXT, CP),  # extension before everything
    ("how do I apply for the covid extension in partner center", EXT, None),
    ("when is kubernetes due", DUE, K8S),
    ("cloud platform?", DUE, CP),  # a bare offer name: its dates
    ("status", STATUS, None),
    ("overview of the renewals", STATUS, None),  # status before due
    ("status of the covid extension", EXT, None),  # extension before status
    ("how do I renew before the grace period ends", HOW, None),  # how-to renew before grace
    ("wanneer kan ik verlengen", DUE, None),  # "can renew" asking when is a date, not how-to
    ("thanks! security?", DUE, SEC),  # a sentence of thanks, then a bare offer asked about: its dates
    ("hi, security?", DUE, SEC),  # a greeting is filler
    ("hi, what can you do", HELP, None),
    ("thanks, what can you do", HELP, None),
    ("how do I know when to renew", DUE, None),  # asking when vetoes how-to
    ("can I still renew cloud platform?", GRACE, CP),  # still + can renew: is the window open
    ("renew security", HOW, SEC),  # the verb alone: how
    ("security renewal?", DUE, SEC),  # the noun alone: when
    ("security al verlengd of niet", HIST, SEC),  # a tag at the end makes it a question: history, not news
    ("security renewed already or not", HIST, SEC),
    ("are we in the grace period somewhere?", GRACE, None),  # being in the window is no place to renew
    ("what is the actual impact if security lapses", CONSEQ, SEC),  # an adjective of ours is no other noun
    ("how do I renew security, which button in partner center?", HOW, SEC),  # a place of the procedure
    ("what are the steps for security, how?", HOW, SEC),  # the steps for one offer
    ("alles op orde met onze competenties?", STATUS, None),  # all in order: the status
    ("how many days do we have left to get security renewed?", GRACE, SEC),  # time left, no past renewal
    ("will it still be valid on 30 september?", LOSS, None),  # our standing on a day, no prediction
    ("are we on track with the renewals?", STATUS, None),
]
# fmt: on


@pytest.mark.parametrize(("text", "intent", "offer"), PRECEDENCE, ids=[t for t, _, _ in PRECEDENCE])
def test_precedence(text: str, intent: Intent, offer: str | None) -> None:
    got = understand(text, OFFERS)
    assert (got.intent, got.offer) == (intent, offer)


# --- offers ----------------------------------------------------------------------------------------

# (text, offers, offer, ambiguous)
# fmt: off
OFFER_CASES: list[tuple[str, tuple[str, ...], str | None, tuple[str, ...]]] = [
    ("cloud platfrom", OFFERS, CP, ()),
    ("CLOUD PLATFORM", OFFERS, CP, ()),
    ("cloudplatform", OFFERS, CP, ()),
    ("kubernetes", OFFERS, K8S, ()),
    ("kubernets", OFFERS, K8S, ()),
    ("kube", OFFERS, K8S, ()),
    ("the Azure one", OFFERS, K8S, ()),
    ("data", OFFERS, DA, ()),
    ("de Security-competentie", OFFERS, SEC, ()),
    ("securitycompetentie", OFFERS, SEC, ()),
    ("secuirty", OFFERS, SEC, ()),
    ("gold cloud business applications", OFFERS, CBA, ()),
    ("cloud business applications", OFFERS, CBA, ()),
    ("cloud business apps", OFFERS, CBA, ()),
    ("cba", OFFERS, CBA, ()),
    ("the cloud one", OFFERS, None, CLOUDS),
    ("cloud platform and security", OFFERS, None, (CP, SEC)),
    # generic words never name one offer
    ("competency", OFFERS, None, ()),
    ("competentie", OFFERS, None, ()),
    ("the", OFFERS, None, ()),
    ("mijn", OFFERS, None, ()),
    ("gold", OFFERS, CBA, ()),  # a level alone names the one offer at that level
    ("advanced specialization", OFFERS, K8S, ()),  # the kind alone names the one specialization
    ("gold", ("Gold Security", "Gold Data Analytics"), None, ()),  # two Gold offers: no guess
    ("advanced specializations", OFFERS, None, ()),  # the plural asks about all of them
    ("the container one", OFFERS, K8S, ()),
    ("k8s", OFFERS, K8S, ()),
    ("dyn365 apps", OFFERS, CBA, ()),
    ("crm", OFFERS, CBA, ()),
    ("sec", OFFERS, SEC, ()),
    ("de beveiliging", OFFERS, SEC, ()),
    ("data-analyse", OFFERS, DA, ()),
    ("app dev", ("Silver Application Development", "Security"), "Silver Application Development", ()),
    ("the dev one", ("Silver Application Development", "Security"), "Silver Application Development", ()),
    ("appdev", ("Silver Application Development", "Security"), "Silver Application Development", ()),
    ("applicatieontwikkeling", ("Silver Application Development", "Security"), "Silver Application Development", ()),
    ("developer", ("Silver Application Development", "Security"), "Silver Application Development", ()),
    ("the migration one", ("Windows Server and SQL Server Migration to Microsoft Azure", "Security"),
     "Windows Server and SQL Server Migration to Microsoft Azure", ()),
    ("sql server migratie", ("Windows Server and SQL Server Migration to Microsoft Azure", "Security"),
     "Windows Server and SQL Server Migration to Microsoft Azure", ()),
    ("apps", ("Gold Cloud Business Applications", "Silver Application Development"), None,
     ("Gold Cloud Business Applications", "Silver Application Development")),
    ("the silver one", ("Gold Cloud Business Applications", "Silver Application Development"),
     "Silver Application Development", ()),
    ("microsoft partner network", OFFERS, None, ()),
    # intent words never pick an offer: "date" is not a typo of "Data"
    ("what date", OFFERS, None, ()),
    ("when is the deadline", OFFERS, None, ()),
    # other workspaces
    ("data", ("Data Analytics", "Data Platform"), None, ("Data Analytics", "Data Platform")),
    ("data platform", ("Data Analytics", "Data Platform"), "Data Platform", ()),
    ("security", ("Security", "Cloud Security"), "Security", ()),
    ("cloud security", ("Security", "Cloud Security"), "Cloud Security", ()),
    ("azure", ("Kubernetes on Azure", "Modernization of Web Applications to Microsoft Azure"), None,
     ("Kubernetes on Azure", "Modernization of Web Applications to Microsoft Azure")),
    ("web apps modernization", ("Kubernetes on Azure", "Modernization of Web Applications to Microsoft Azure"),
     "Modernization of Web Applications to Microsoft Azure", ()),
    ("security", ("Cloud Platform",), None, ()),
    ("security", (), None, ()),
    ("security", ("", "<!channel>", "   ", "Security"), "Security", ()),
    ("security", ("Security", "Security"), "Security", ()),
    # a keyword counts towards an offer only when the offer is named in full
    ("when is my renewal due", ("Renewal Services", "Security"), None, ()),
    ("when are renewal services due", ("Renewal Services", "Security"), "Renewal Services", ()),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "offers", "offer", "ambiguous"), OFFER_CASES, ids=[f"{t}|{len(o)}" for t, o, _, _ in OFFER_CASES]
)
def test_offer(text: str, offers: tuple[str, ...], offer: str | None, ambiguous: tuple[str, ...]) -> None:
    got = understand(text, offers)
    assert (got.offer, got.ambiguous_offers) == (offer, ambiguous)


# Real MPN offer names hold everyday words ("change", "open", "center", "work"): alone they name nothing.
MPN = (
    "Data Center",
    "Adoption and Change Management",
    "Linux and Open Source Databases Migration to Microsoft Azure",
    "Modern Work",
    "Identity and Access Management",
    "Calling for Microsoft Teams",
    "Meetings and Meeting Rooms for Microsoft Teams",
    "Windows Virtual Desktop",
    "Low Code Application Development",
)
# fmt: off
MPN_CASES: list[tuple[str, Intent, str | None, tuple[str, ...]]] = [
    ("hoe verleng ik in partner center", HOW, None, ()),
    ("when does the window open", GRACE, None, ()),
    ("can I change the anniversary date", CHANGE, None, ()),
    ("how do I get access to partner center", UNKNOWN, None, ()),  # access is not renewing
    ("data center", DUE, "Data Center", ()),
    ("when is the desktop one due", DUE, "Windows Virtual Desktop", ()),
    ("the identity one", DUE, "Identity and Access Management", ()),
    ("low code", DUE, "Low Code Application Development", ()),  # two words of one offer, side by side
    ("open source?", DUE, "Linux and Open Source Databases Migration to Microsoft Azure", ()),
    ("the teams one", DUE, None, ("Calling for Microsoft Teams", "Meetings and Meeting Rooms for Microsoft Teams")),
]
# fmt: on


@pytest.mark.parametrize(
    ("text", "intent", "offer", "ambiguous"), MPN_CASES, ids=[t for t, _, _, _ in MPN_CASES]
)
def test_everyday_words_in_offer_names(
    text: str, intent: Intent, offer: str | None, ambiguous: tuple[str, ...]
) -> None:
    got = understand(text, MPN)
    assert (got.intent, got.offer, got.ambiguous_offers) == (intent, offer, ambiguous)


def test_a_fully_named_offer_does_not_count_as_intent_words() -> None:
    got = understand("when are renewal services due", ("Renewal Services",))
    assert (got.intent, got.offer) == (DUE, "Renewal Services")
    assert understand("renewal services", ("Renewal Services",)).intent == DUE  # a bare name, not how-to


def test_offer_is_returned_exactly_as_given() -> None:
    offers = ["  Gold Cloud-Business  Applications ", "Sécurité"]
    assert understand("cloud business applications?", offers).offer == offers[0]
    assert understand("securite", offers).offer == offers[1]


# --- hostile input ---------------------------------------------------------------------------------

HOSTILE = [
    "",
    " ",
    "\n\t",
    "x" * 10_000,
    "when do I lose benefits? " * 400,
    ":smile: :tada: :+1::skin-tone-2:",
    "😀😀😀",
    "<!channel>",
    "<!here> <!everyone>",
    "<@U123> <#C123|general>",
    "&lt;!channel&gt;",
    "\x00\x01\x02\x1b[31m",
    "\u202e\u200d\u200b",
    "<https://example.com|",
    "<" * 600,
    "&amp;" * 300,
    "?" * 1000,
    "'" * 50,
    "İstanbul ǅ ß ﬁ",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input(text: str) -> None:
    got = understand(text, OFFERS)
    assert isinstance(got, Understood)
    assert got.offer is None or got.offer in OFFERS


@pytest.mark.parametrize("text", ["", "   ", ":smile:", "<!channel>", "\x00\x01", "😀", "<@U123>"])
def test_nothing_to_read_is_unknown(text: str) -> None:
    assert understand(text, OFFERS) == Understood(UNKNOWN, None, None)


def test_only_the_first_max_chars_are_read() -> None:
    padding = "x " * (MAX_CHARS // 2)
    assert understand(padding + "when do I lose benefits?", OFFERS).intent == UNKNOWN
    assert understand("when do I lose benefits? " + padding * 20, OFFERS).intent == LOSS


offer_lists = st.lists(st.text(max_size=40), max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=1500), offer_lists)
@example("", [])
@example("cloud", ["Cloud Platform", "Cloud Platform", "cloud platform"])
def test_any_text_gives_an_answer(text: str, offers: list[str]) -> None:
    got = understand(text, offers)
    assert isinstance(got, Understood)
    assert isinstance(got.intent, Intent)
    assert got.lang in ("en", "nl", None)
    assert got.offer is None or got.offer in offers
    assert set(got.ambiguous_offers) <= set(offers)
    assert not (got.offer and got.ambiguous_offers)
    assert len(got.ambiguous_offers) != 1


slackish = st.lists(
    st.sampled_from(
        [
            "<@U123>",
            "<!channel>",
            "<https://x.io|Partner Center>",
            "<https://x.io>",
            ":smile:",
            "*",
            "_",
            "~",
            "&amp;",
            "&lt;",
            "&gt;",
            "when",
            "lose",
            "benefits",
            "cloud",
            "platform",
            "wanneer",
            "verlies",
            "status",
            "hoi",
            "thanks",
            "renew",
            "grace",
            "covid",
            " ",
            "\n",
            "?",
            "'",
            "don't",
            "m'n",
        ]
    ),  # fmt: skip
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(slackish)
def test_slack_markup_never_breaks_it(text: str) -> None:
    got = understand(text, OFFERS)
    assert got.offer is None or got.offer in OFFERS


def _jumble(text: str, rng: random.Random) -> str:
    """The same words with random case and extra spaces around and between them."""
    words = [
        "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in word) for word in text.split(" ")
    ]
    return " " * rng.randrange(3) + "".join(w + " " * rng.randrange(1, 4) for w in words)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TABLE), st.randoms(use_true_random=False))
def test_case_and_spacing_do_not_matter(case: Case, rng: random.Random) -> None:
    assert understand(_jumble(case.text, rng), OFFERS) == case.expected()


# --- the word lists ---------------------------------------------------------------------------------


def test_every_common_word_is_needed() -> None:
    """Each word kept from typo correction would otherwise be misread as a keyword, and is none itself."""
    vocabulary = set(words_table.WORD_CONCEPTS) | words_table.FILLER_WORDS
    for word in sorted(words_table.COMMON_WORDS):
        assert word not in vocabulary, word
        assert words_table.nearest_keyword(word)[1] is not None, f"{word!r} is not near any keyword"


@pytest.mark.parametrize(
    ("typo", "word"),
    [
        ("wehn", "when"),
        ("benifits", "benefits"),
        ("voordeelen", "voordelen"),
        ("verlieze", "verliezen"),
        ("extention", "extension"),
        ("thnaks", "thanks"),
        ("stauts", "status"),
        ("wanner", "wanneer"),
    ],
)
def test_typos_are_read_as_the_word(typo: str, word: str) -> None:
    assert words_table.nearest_keyword(typo)[1] == word
    assert not dictionary.is_real_word(typo)


def test_a_real_word_near_a_keyword_is_no_typo() -> None:
    """Common words of either language (wordfreq's lists) are taken as typed, even when one edit from a
    keyword: "keurt" is not "beurt", "leeft" not "left"; a word nobody writes still is corrected."""
    assert dictionary.is_real_word("keurt") and dictionary.is_real_word("leeft")
    assert words_table.nearest_keyword("keurt")[1] == "beurt"  # near a keyword, so the list is what keeps it
    assert not dictionary.is_real_word("wehn") and not dictionary.is_real_word("benifits")


@pytest.mark.parametrize(
    "word", ["then", "that", "cost", "held", "think", "close", "misschien", "lijkt", "keurt", "leeft"]
)
def test_real_words_are_not_corrected(word: str) -> None:
    assert offer_reading.read_word(word, offer_reading.offer_index(OFFERS)).known == word


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_example_the_bot_suggests_is_understood_in_its_language(lang: str) -> None:
    """The "Try: …" line under help and unknown replies (catalogue ``dm.examples``) is the bot's promise:
    each quoted example, with the workspace's offers it names, gets an answer and the reply language."""
    from bot.language.catalogue import MESSAGES

    examples = re.findall(r"“([^”]+)”", MESSAGES["dm.examples"][lang])
    assert len(examples) >= 8
    for text in examples:
        read = understand(text, OFFERS)
        assert read.intent not in (Intent.UNKNOWN, Intent.HELP), text
        assert read.lang in (lang, None), text


# --- round 7's classes of miss, in new phrasings ------------------------------------------------------

# Each class round 7 (tests/language/dev_round7.jsonl) missed, in phrasings written for the class before the
# reader was tuned to them (not the round's own messages), with negatives of the same shape about something
# else. Against the seven offers of ``WIDE``: (text, intent, offer, language).
W_CP, W_CBA, W_K8S, W_DA, W_SEC, W_WSM, W_APPDEV = WIDE
# fmt: off
ROUND7_CLASSES: list[tuple[str, Intent, str | None, Lang] | ParameterSet] = [
    # verbs and idioms of losing or running out
    ("when does Security drop off?", LOSS, W_SEC, "en"),
    ("what date does our Kubernetes specialization fall away", LOSS, W_K8S, "en"),
    ("when do the Security perks disappear", LOSS, W_SEC, "en"),
    ("when does CBA fall off", LOSS, W_CBA, "en"),
    ("has Data Analytics dropped already?", LOSS, W_DA, "en"),
    ("when will the silver appdev drop?", LOSS, W_APPDEV, "en"),
    ("wanneer valt Security af?", LOSS, W_SEC, "nl"),
    ("wanneer verstrijkt Data Analytics?", LOSS, W_DA, "nl"),
    ("wanneer raken we de voordelen van CBA kwijt", LOSS, W_CBA, "nl"),
    ("gaat Kubernetes er binnenkort af?", LOSS, W_K8S, "nl"),
    ("valt de Security competentie binnenkort weg?", LOSS, W_SEC, "nl"),
    ("is Data Analytics al afgevallen?", LOSS, W_DA, "nl"),
    ("is Cloud Platform al verstreken?", LOSS, W_CP, "nl"),
    ("wanneer verjaart Cloud Platform?", DUE, W_CP, "nl"),  # "verjaren": the anniversary comes round
    # a statement of belief asking for confirmation: the statement is the question
    ("I believe Cloud Platform is expiring next month, correct?", LOSS, W_CP, "en"),
    ("pretty sure Security is due soon, yes?", DUE, W_SEC, "en"),
    ("If I'm not mistaken Data Analytics runs out in April, right?", LOSS, W_DA, "en"),
    ("ik denk dat Kubernetes binnenkort afloopt, toch?", LOSS, W_K8S, "nl"),
    ("volgens mij vervalt appdev deze maand, of vergis ik me?", LOSS, W_APPDEV, "nl"),
    ("als ik het goed heb moet CBA binnenkort verlengd worden, klopt dat?", DUE, W_CBA, "nl"),
    # plural and generic subjects, ranges and holidays
    ("which competencies lapse before the end of March?", LOSS, None, "en"),
    ("anything expiring over the summer?", LOSS, None, "en"),
    ("what renewals are coming up?", DUE, None, "en"),
    ("are any of our offers in the renewal window right now?", GRACE, None, "en"),
    ("what expires over Christmas", LOSS, None, "en"),
    ("wat loopt er af voor eind december?", LOSS, None, "nl"),
    ("welke competenties moeten we binnenkort verlengen?", DUE, None, "nl"),
    ("zit er iets in de verlengperiode?", GRACE, None, "nl"),
    ("welke vervallen er tijdens de zomervakantie?", LOSS, None, "nl"),
    # status asked in other words
    ("how are things looking with our competencies?", STATUS, None, "en"),
    ("is there anything I need to worry about?", STATUS, None, "en"),
    ("give me the full picture of our MPN standing", STATUS, None, "en"),
    ("list everything we track with the dates", STATUS, None, "en"),
    ("kan ik een lijstje krijgen van al onze competenties?", STATUS, None, "nl"),
    ("is alles nog in orde met onze partnerstatus?", STATUS, None, "nl"),
    ("geef me even een overzichtje", STATUS, None, "nl"),
    ("iets waar ik me zorgen over moet maken?", STATUS, None, "nl"),
    # how to renew, asked as what to do
    ("What do we need to do for the Security renewal?", HOW, W_SEC, "en"),
    ("what's involved in renewing Kubernetes?", HOW, W_K8S, "en"),
    ("wat moet ik doen om Data Analytics te verlengen?", HOW, W_DA, "nl"),
    ("hoe gaat dat verlengen in zijn werk?", HOW, None, "nl"),
    ("hoe werkt dat, verlengen?", HOW, None, "nl"),
    # history, asked as "can you check" or "or does it still need doing"
    ("can you check whether Security got renewed?", HIST, W_SEC, "en"),
    ("has anybody renewed Data Analytics yet?", HIST, W_DA, "en"),
    ("was appdev renewed or is it still open?", HIST, W_APPDEV, "en"),
    ("heeft iemand Kubernetes al vernieuwd?", HIST, W_K8S, "nl"),
    ("weet jij of Security al verlengd is of moet dat nog?", HIST, W_SEC, "nl"),
    ("is CBA nu verlengd of niet?", HIST, W_CBA, "nl"),
    # consequences: "if it lapses", "by not renewing"
    ("what do we give up if we let Security go?", CONSEQ, W_SEC, "en"),
    ("what would we miss out on without renewing Data Analytics", CONSEQ, W_DA, "en"),
    ("do we lose anything if Kubernetes expires?", CONSEQ, W_K8S, "en"),
    ("wat raken we kwijt als CBA vervalt?", CONSEQ, W_CBA, "nl"),
    ("verliezen we iets als we appdev niet verlengen?", CONSEQ, W_APPDEV, "nl"),
    # the extension, asked without the word
    ("the pandemic relief for renewals, does it apply to us?", EXT, None, "en"),
    ("is there still a corona arrangement for renewals?", EXT, None, "en"),
    ("geldt de coronamaatregel nog voor onze verlenging?", EXT, None, "nl"),
    ("hebben we door de pandemie langer de tijd?", EXT, None, "nl"),
    # the admins, asked as who manages or handles the renewals
    ("who's allowed to handle the renewals here?", ADMINS, None, "en"),
    ("who looks after the MPN renewals in this workspace?", ADMINS, None, "en"),
    ("wie mag de verlengingen beheren?", ADMINS, None, "nl"),
    ("wie regelt de competenties in deze workspace?", ADMINS, None, "nl"),
    # proposals: an offer to follow, an anniversary to set
    ("please also follow Data Analytics, anniversary 9 October", ADD, W_DA, "en"),
    ("we have a new one: Cloud Platform, anniversary 12 August", ADD, W_CP, "en"),
    ("nieuwe om op te volgen: Security, jubileum 4 juni", ADD, W_SEC, "nl"),
    ("set the anniversary of Security to 4 June", CHANGE, W_SEC, "en"),
    ("put Data Analytics' anniversary on 8 May", CHANGE, W_DA, "en"),
    ("zet de verjaardag van Cloud Platform op 1 april", CHANGE, W_CP, "nl"),
    # read right since round 11: an anniversary told with a day, asking nothing, is the date to set
    ("maak de jubileumdatum van Kubernetes 3 maart", CHANGE, W_K8S, "nl"),
    # thanks or courtesy about the bot first, then the question
    ("Thanks for the summary! And when do we lose Security?", LOSS, W_SEC, "en"),
    ("Great overview, thank you. How many days are left for Cloud Platform?", GRACE, W_CP, "en"),
    ("Thanks for the list, and what's the due date for appdev?", DUE, W_APPDEV, "en"),
    ("Bedankt voor het overzicht. Wanneer moet Data Analytics verlengd worden?", DUE, W_DA, "nl"),
    ("Dank je voor de status. Wanneer vervalt Kubernetes?", LOSS, W_K8S, "nl"),
    # until when we HAVE it: the loss date
    ("until what date do we still have Security?", LOSS, W_SEC, "en"),
    ("tot welke dag hebben we Cloud Platform nog?", LOSS, W_CP, "nl"),
    ("tot welke datum is CBA nog geldig?", LOSS, W_CBA, "nl"),
    # precision: the same shapes about something else
    ("How do I add a second location to our MPN account?", UNKNOWN, None, "en"),
    ("hoe voeg ik een nieuwe gebruiker toe aan Partner Center?", UNKNOWN, None, "nl"),
    ("can I add a colleague to the Partner Center account?", UNKNOWN, None, "en"),
    ("my laptop battery drops off fast", UNKNOWN, None, "en"),
    ("ik denk dat het huurcontract van het kantoor binnenkort afloopt, klopt dat?", UNKNOWN, None, "nl"),
    ("which licences expire before Christmas?", UNKNOWN, None, "en"),
    ("thanks for the overview. when is lunch?", UNKNOWN, None, "en"),
    ("who manages the office keys here?", UNKNOWN, None, "en"),
    ("wie regelt de lunch vrijdag?", UNKNOWN, None, "nl"),
    # Classes seen in the console (the lead's note), phrasings written before reading them: the status of one
    # named offer, ranges with a count, "ok" on a day
    ("how is Security looking?", STATUS, W_SEC, "en"),
    ("how's CBA looking", STATUS, W_CBA, "en"),
    ("how are we doing on Data Analytics?", STATUS, W_DA, "en"),
    ("how does Kubernetes look?", STATUS, W_K8S, "en"),
    ("how are things with the migration specialization?", STATUS, W_WSM, "en"),
    ("hoe staat Security ervoor?", STATUS, W_SEC, "nl"),
    ("hoe ziet het eruit voor Cloud Platform?", STATUS, W_CP, "nl"),
    ("hoe gaat het met appdev?", STATUS, W_APPDEV, "nl"),
    ("@mpn-bot how's Security looking", STATUS, W_SEC, "en"),
    ("list the due dates of everything you track", STATUS, None, "en"),
    ("what expires in the next 90 days?", LOSS, None, "en"),
    ("what expires within 2 weeks", LOSS, None, "en"),
    ("what is lost in the next 2 weeks", LOSS, None, "en"),
    ("anything due in the next 60 days?", DUE, None, "en"),
    ("what runs out in the coming weeks", LOSS, None, "en"),
    ("wat verloopt er binnen 2 weken?", LOSS, None, "nl"),
    ("welke competenties vervallen de komende 3 maanden?", LOSS, None, "nl"),
    ("wat moet er binnen een maand verlengd worden?", DUE, None, "nl"),
    ("are we ok on 1 may?", LOSS, None, "en"),
    ("are we still good on 15 June?", LOSS, None, "en"),
    ("is Security ok on 30 April?", LOSS, W_SEC, "en"),
    ("zijn we op 1 mei nog oké?", LOSS, None, "nl"),
    ("zitten we op 1 juni nog goed?", LOSS, None, "nl"),
    ("are we ok for lunch on friday?", UNKNOWN, None, "en"),
    ("what meetings are in the next 2 weeks?", UNKNOWN, None, "en"),
    ("how is the weather looking?", UNKNOWN, None, "en"),
    ("hoe gaat het met je?", UNKNOWN, None, "nl"),
    ("is the printer ok on monday?", UNKNOWN, None, "en"),
    # A second batch of the same classes, written after the first was tuned on and read once before any more
    # tuning: 50 of 54 right (main before round 7's work: 48 of 54); the four misses ("fall through", "het
    # voorjaar", "how's everything looking", "een lijstje") were fixed by vocabulary and Dutch diminutives.
    ("when is our Security competency going to fall through?", LOSS, W_SEC, "en"),
    ("does Cloud Platform expire anytime soon?", LOSS, W_CP, "en"),
    ("by what date will Data Analytics be gone?", LOSS, W_DA, "en"),
    ("op welke dag verliezen we Kubernetes?", LOSS, W_K8S, "nl"),
    ("wanneer zijn we appdev kwijt?", LOSS, W_APPDEV, "nl"),
    ("wanneer loopt de SQL migratie specialisatie af?", LOSS, W_WSM, "nl"),
    ("I reckon CBA runs out next month, can you confirm?", LOSS, W_CBA, "en"),
    ("correct me if I'm wrong but Security expires in May?", LOSS, W_SEC, "en"),
    ("ik geloof dat Data Analytics binnenkort vervalt, klopt?", LOSS, W_DA, "nl"),
    ("als ik me niet vergis moet Cloud Platform in april verlengd worden?", DUE, W_CP, "nl"),
    ("what lapses in the next two months?", LOSS, None, "en"),
    ("which of our competencies need renewing soon?", DUE, None, "en"),
    ("zijn er verlengingen die binnenkort moeten?", DUE, None, "nl"),
    ("wat verloopt er in het voorjaar?", LOSS, None, "nl"),
    ("anything running out before year end?", LOSS, None, "en"),
    ("which ones are in the renewal window at the moment?", GRACE, None, "en"),
    ("quick status check on all our stuff please", STATUS, None, "en"),
    ("how's everything looking on the MPN side?", STATUS, None, "en"),
    ("kun je me een lijstje sturen van alles wat we hebben?", STATUS, None, "nl"),
    ("geef eens een update over onze competenties", STATUS, None, "nl"),
    ("is er iets dringends?", STATUS, None, "nl"),
    ("what are the steps for renewing Cloud Platform?", HOW, W_CP, "en"),
    ("what do I do to renew appdev", HOW, W_APPDEV, "en"),
    ("hoe pak ik de verlenging van Security aan?", HOW, W_SEC, "nl"),
    ("wat is de procedure om CBA te vernieuwen?", HOW, W_CBA, "nl"),
    ("did someone already take care of the Kubernetes renewal?", HIST, W_K8S, "en"),
    ("was Security renewed last year?", HIST, W_SEC, "en"),
    ("is de verlenging van Data Analytics al gebeurd?", HIST, W_DA, "nl"),
    ("weet iemand of CBA al vernieuwd is?", HIST, W_CBA, "nl"),
    ("what happens to our benefits if Security is not renewed?", CONSEQ, W_SEC, "en"),
    ("what's the impact of letting Data Analytics lapse?", CONSEQ, W_DA, "en"),
    ("wat verliezen we als appdev afloopt?", CONSEQ, W_APPDEV, "nl"),
    ("stel dat we Cloud Platform laten verlopen, wat dan?", CONSEQ, W_CP, "nl"),
    ("is the covid extra time still a thing?", EXT, None, "en"),
    ("hebben we recht op uitstel vanwege corona?", EXT, None, "nl"),
    ("who can renew things here?", ADMINS, None, "en"),
    ("wie is hier verantwoordelijk voor de verlengingen?", ADMINS, None, "nl"),
    ("who's in charge of MPN stuff in this workspace?", ADMINS, None, "en"),
    ("start tracking Security for us, anniversary 10 November", ADD, W_SEC, "en"),
    ("voeg Data Analytics toe, jubileum 3 mei", ADD, W_DA, "nl"),
    ("the anniversary for CBA is wrong, it should be 12 June", CHANGE, W_CBA, "en"),
    ("verander de jubileumdatum van Kubernetes naar 7 juli", CHANGE, W_K8S, "nl"),
    ("cheers for the update! when do we lose appdev?", LOSS, W_APPDEV, "en"),
    ("Dank voor de info. Tot wanneer kunnen we Security nog verlengen?", GRACE, W_SEC, "nl"),
    ("until when do we keep Cloud Platform?", LOSS, W_CP, "en"),
    ("tot welke datum blijft Data Analytics actief?", LOSS, W_DA, "nl"),
    # the same shapes about something else
    ("when does our Azure subscription fall off?", UNKNOWN, None, "en"),
    ("I think the office lease expires soon, right?", UNKNOWN, None, "en"),
    ("which customer contracts lapse before Christmas?", UNKNOWN, None, "en"),
    ("who handles the payroll here?", UNKNOWN, None, "en"),
    ("how do I add a new user to our tenant?", UNKNOWN, None, "en"),
    ("wat verliezen we als de wifi uitvalt?", UNKNOWN, None, "nl"),
    ("is there a covid policy for the office?", UNKNOWN, None, "en"),
    ("wanneer verloopt mijn paspoort?", UNKNOWN, None, "nl"),
]
# fmt: on


# The words round 7 added ("drop", "fall off", "worry", "partner", "ok", "handle", "follow", "put", "zet",
# "looking", "within 2 weeks", "volgens mij", "klopt dat", "or is it still open") in questions about other
# things: none is answered. Written after the tuning to test its precision (main read none of them either).
ROUND7_NEGATIVES: list[str] = [
    "when does the wifi drop off every night?",
    "did the call drop for you too?",
    "my internet keeps dropping, any idea?",
    "when does the promo code fall off the website?",
    "I think the meeting is at 3, right?",
    "volgens mij is de lunch om 12 uur, klopt dat?",
    "which customers are in their 30 days trial?",
    "what expires in the next 90 days on our Azure subscription?",
    "which licences run out within 2 weeks?",
    "anything I should worry about for the audit of our ISO certificate?",
    "how is the weather looking for friday?",
    "how is the new intern doing?",
    "hoe gaat het met de verbouwing?",
    "are we ok for the team dinner on 1 May?",
    "is the office ok on 3 June for the workshop?",
    "zitten we goed met de parkeerplaatsen op 1 juni?",
    "who handles the expense reports here?",
    "wie regelt de vakantieplanning?",
    "please follow up with the customer about the contract",
    "can you follow the Teams channel for updates?",
    "put the meeting on 8 May",
    "zet de vergadering op 6 maart",
    "thanks for the overview of the sales pipeline. When is the QBR?",
    "what do we lose if the server crashes?",
    "do we lose anything if the laptop is stolen?",
    "if the VPN drops, what happens to our calls?",
    "our partner Contoso asked when their contract expires",
    "when does the partner summit take place?",
    "wanneer is het partner event?",
    "how do other partners handle their renewals?",
    "what do I need to do to reset my password?",
    "wat moet ik doen om mijn laptop te laten repareren?",
    "hoe werkt dat met de declaraties?",
    "I can't remember if I locked the office, can you check?",
    "is de printer al gerepareerd of moet dat nog gebeuren?",
    "was the invoice paid or is it still open?",
    "the pandemic changed our office hours, what are they now?",
    "is there still a covid policy for travel?",
    "is the vpn looking ok today?",
    "new one to follow: the Contoso deal, close date 2 February",
    "tot welke datum hebben we de vergaderzaal nog?",
    "until what date do we have the rental car?",
    "what's open to renew on our domain names?",
    "wat verloopt er voor de kerst op ons Azure abonnement?",
    "what falls off the roadmap before end of January?",
    "welke verlengingen van de huurcontracten komen er aan?",
    "my manager wants a summary of where we stand with the sales targets",
    "I believe the lease expires next month, correct?",
    "als ik me niet vergis verloopt het contract in april?",
    "wanneer valt het pakket af bij de buren?",
]


# --- round 10's classes of miss, in new phrasings -----------------------------------------------------

# Each class round 10 (tests/language/dev_round10.jsonl) missed, in phrasings written for the class before the
# reader was tuned to them (not the round's own messages), with the same shapes about something else at the
# end. Against the seven offers of ``WIDE``: (text, intent, offer, language). Read once before any tuning: 33
# of 74 right (main 2f15169 the same).
# fmt: off
ROUND10_CLASSES: list[tuple[str, Intent, str | None, Lang] | ParameterSet] = [
    # consequences asked as whether it matters: a problem, a big deal, what it affects, "then what"
    ("Security hasn't been renewed yet, is that an issue?", CONSEQ, W_SEC, "en"),
    ("would it be a problem if we skip Data Analytics this year?", CONSEQ, W_DA, "en"),
    ("is it bad if Cloud Platform lapses?", CONSEQ, W_CP, "en"),
    ("does letting Kubernetes go affect our other competencies?", CONSEQ, W_K8S, "en"),
    ("say we don't renew CBA, then what?", CONSEQ, W_CBA, "en"),
    ("if we miss the appdev renewal do we have to earn it again from scratch?", CONSEQ, W_APPDEV, "en"),
    ("we hebben Security nog niet verlengd, is dat erg?", CONSEQ, W_SEC, "nl"),
    ("is het een probleem als we Data Analytics laten vallen?", CONSEQ, W_DA, "nl"),
    ("wat zijn de gevolgen als Kubernetes niet verlengd wordt?", CONSEQ, W_K8S, "nl"),
    ("we willen appdev niet meer betalen, wat betekent dat voor ons?", CONSEQ, W_APPDEV, "nl"),
    # which one comes first: a comparison of our own offers' dates
    ("which of our competencies expires first?", LOSS, None, "en"),
    ("what's the next one due for renewal?", DUE, None, "en"),
    ("which one do we lose soonest?", LOSS, None, "en"),
    ("which renewal is due first?", DUE, None, "en"),
    ("welke vervalt als eerste?", LOSS, None, "nl"),
    ("welke moeten we het eerst verlengen?", DUE, None, "nl"),
    ("wat loopt er als eerste af?", LOSS, None, "nl"),
    # a renewal reported as done, in passing
    ("fyi we sorted the Kubernetes renewal yesterday", RECORD, W_K8S, "en"),
    ("just so you know, Cloud Platform got renewed on tuesday", RECORD, W_CP, "en"),
    ("please mark Security as renewed, Anna did it on monday", RECORD, W_SEC, "en"),
    ("Data Analytics is done, renewed it this morning", RECORD, W_DA, "en"),
    ("ter info: Security is gisteren vernieuwd", RECORD, W_SEC, "nl"),
    ("betaling is rond, Kubernetes is dus verlengd", RECORD, W_K8S, "nl"),
    ("zet CBA maar op verlengd, Piet heeft het vrijdag gedaan", RECORD, W_CBA, "nl"),
    # the loss date asked as being without it, or no longer getting the benefits
    ("from what date will we be without Security?", LOSS, W_SEC, "en"),
    ("when do we stop getting the Data Analytics benefits if nobody renews?", LOSS, W_DA, "en"),
    ("if nothing happens, on which day are we without Kubernetes?", LOSS, W_K8S, "en"),
    ("will we still have Cloud Platform at the customer event on 12 May?", LOSS, W_CP, "en"),
    ("vanaf welke dag zijn we Security kwijt als niemand iets doet?", LOSS, W_SEC, "nl"),
    ("vanaf wanneer zitten we zonder Cloud Platform?", LOSS, W_CP, "nl"),
    ("hebben we appdev nog tijdens de audit op 3 juni?", LOSS, W_APPDEV, "nl"),
    # status in other words, often after some context
    ("is anything in the red?", STATUS, None, "en"),
    ("I need a short summary of all our competencies and whether they're ok", STATUS, None, "en"),
    ("just started here, can you tell me where we stand with the Microsoft partner program?", STATUS, None, "en"),
    ("for the QBR: how are all our specializations doing right now?", STATUS, None, "en"),
    ("staat er iets op rood?", STATUS, None, "nl"),
    ("hoe staan onze specialisaties er op dit moment voor?", STATUS, None, "nl"),
    ("ik ben nieuw hier: welke competenties hebben we en is alles in orde?", STATUS, None, "nl"),
    ("voor het MT-overleg: hoe staat het met al onze Microsoft-dingen?", STATUS, None, "nl"),
    # what can be renewed now: the window
    ("is there anything I can renew right now?", GRACE, None, "en"),
    ("can we renew something today or is nothing open yet?", GRACE, None, "en"),
    ("Data Analytics passed its anniversary last week, can we still renew it or is it too late?", GRACE, W_DA, "en"),
    ("did we miss the boat on Security?", GRACE, W_SEC, "en"),
    ("welke kan ik nu al verlengen?", GRACE, None, "nl"),
    ("kunnen we Kubernetes nog vernieuwen of zijn we te laat?", GRACE, W_K8S, "nl"),
    # whether a named person is an admin
    ("is Pieter one of the partner admins?", ADMINS, None, "en"),
    ("is Lisa an admin here?", ADMINS, None, "en"),
    ("is Jan ook beheerder van deze bot?", ADMINS, None, "nl"),
    ("is Karin een van de partner admins?", ADMINS, None, "nl"),
    # help asked as what the bot does or can be asked
    ("what sort of things can I ask you?", HELP, None, "en"),
    ("what exactly do you do?", HELP, None, "en"),
    ("someone said you help with the Microsoft renewals, what do you do exactly?", HELP, None, "en"),
    ("wat voor vragen kan ik je stellen?", HELP, None, "nl"),
    ("wat doe jij eigenlijk precies?", HELP, None, "nl"),
    # how to renew asked as what to click or where it is done
    ("my manager wants me to renew Security, where do I click?", HOW, W_SEC, "en"),
    ("I'm not an admin but I have to renew Data Analytics. what do I click?", HOW, W_DA, "en"),
    ("is the renewal done in Partner Center or somewhere else?", HOW, None, "en"),
    ("ik ben geen admin maar moet Cloud Platform renewen, wat moet ik doen?", HOW, W_CP, "nl"),
    ("moet dat verlengen via partner center of via een ander portaal?", HOW, None, "nl"),
    # the due date after planning context
    ("I'm planning next quarter and need to block time for the Security paperwork - when is it due?", DUE, W_SEC, "en"),
    ("we're doing the budget for H2, which date is the Data Analytics renewal due?", DUE, W_DA, "en"),
    ("welke verlengingen vallen er nog voor het einde van ons boekjaar?", DUE, None, "nl"),
    # history asked as "confirm when that was", or over a period
    ("I think Tom renewed Cloud Platform last spring, can you confirm when that was?", HIST, W_CP, "en"),
    ("what did we renew last year?", HIST, None, "en"),
    ("which renewals did we do in the last 6 months?", HIST, None, "en"),
    ("wat hebben we het afgelopen jaar verlengd?", HIST, None, "nl"),
    # requirements asked as what we must meet
    ("what do we have to meet to get the Kubernetes specialization?", REQ, W_K8S, "en"),
    ("what does it take to earn Data Analytics?", REQ, W_DA, "en"),
    ("waar moeten we aan voldoen voor de Security competentie?", REQ, W_SEC, "nl"),
    ("wat moeten we doen om de Kubernetes specialisatie te behalen?", REQ, W_K8S, "nl"),
    # the same shapes about something else
    ("can you give me the global admin role in our tenant?", UNKNOWN, None, "en"),
    ("my calendar reminder keeps popping up, how do I turn it off", UNKNOWN, None, "en"),
    ("I'll lose it if the printer jams again", UNKNOWN, None, "en"),
    ("denk je dat we volgend jaar gold halen als we nog twee mensen certificeren?", UNKNOWN, None, "nl"),    # A second batch of the same classes, written after the first was tuned on and read once before any more
    # tuning: 36 of 42 right (main 2f15169 before round 10's work: 28 of 42).
    ("CBA wasn't renewed in time, is that going to be a problem for us?", CONSEQ, W_CBA, "en"),
    ("what's the damage if we skip the Security renewal?", CONSEQ, W_SEC, "en"),
    ("als we Cloud Platform niet verlengen, is dat dan een probleem?", CONSEQ, W_CP, "nl"),
    ("maakt het uit als appdev een jaartje vervalt?", CONSEQ, W_APPDEV, "nl"),
    ("suppose nobody renews Kubernetes, what then for us?", CONSEQ, W_K8S, "en"),
    ("which competency runs out first?", LOSS, None, "en"),
    ("what is the earliest renewal we have coming?", DUE, None, "en"),
    ("welke competentie moet als eerste verlengd worden?", DUE, None, "nl"),
    ("welke specialisatie vervalt het eerst?", LOSS, None, "nl"),
    ("heads up: Security was renewed this morning", RECORD, W_SEC, "en"),
    ("for your information, we renewed Data Analytics on Friday", RECORD, W_DA, "en"),
    ("ter info, CBA is vorige week verlengd door Sanne", RECORD, W_CBA, "nl"),
    ("Kubernetes sorted, renewed it yesterday", RECORD, W_K8S, "en"),
    ("on which date will we no longer have Security?", LOSS, W_SEC, "en"),
    ("vanaf welke datum hebben we geen Data Analytics meer?", LOSS, W_DA, "nl"),
    ("if no one acts, when are we without Cloud Platform?", LOSS, W_CP, "en"),
    ("do we still have Kubernetes at the partner event on 4 June?", LOSS, W_K8S, "en"),
    ("anything red in our competencies?", STATUS, None, "en"),
    ("I need a quick overview before the management meeting", STATUS, None, "en"),
    ("nieuw in het team: hoe staan we ervoor met het Microsoft partnerprogramma?", STATUS, None, "nl"),
    ("hoe staat het met al onze specialisaties momenteel?", STATUS, None, "nl"),
    ("is there something I can renew today?", GRACE, None, "en"),
    ("welke competenties kan ik nu vernieuwen?", GRACE, None, "nl"),
    ("Security passed its anniversary, is it too late to renew?", GRACE, W_SEC, "en"),
    ("is Tom an admin of this bot?", ADMINS, None, "en"),
    ("is Els een beheerder hier?", ADMINS, None, "nl"),
    ("what can I ask you exactly?", HELP, None, "en"),
    ("waar kan jij me mee helpen?", HELP, None, "nl"),
    ("which button do I press to renew Cloud Platform?", HOW, W_CP, "en"),
    ("gaat verlengen via partner center?", HOW, None, "nl"),
    ("before the budget meeting: when is the Data Analytics renewal due?", DUE, W_DA, "en"),
    ("welke verlengingen komen er voor het einde van het boekjaar?", DUE, None, "nl"),
    ("did we renew anything this year?", HIST, None, "en"),
    pytest.param(
        "ik meen dat Piet Security vorig jaar verlengd heeft, wanneer was dat precies?", HIST, W_SEC, "nl",
        marks=pytest.mark.xfail(strict=True, reason="a first name typed right before an offer ('Piet Security') "
                                "reads as a product name of its own ('Microsoft 365 Business Premium')"),
    ),
    ("what do we need to get the Data Analytics competency?", REQ, W_DA, "en"),
    ("wat is er nodig om Cloud Platform te halen?", REQ, W_CP, "nl"),
    # the same shapes about something else
    ("is the server outage a problem for the demo?", UNKNOWN, None, "en"),
    ("which meeting starts first tomorrow?", UNKNOWN, None, "en"),
    ("fyi the printer was fixed this morning", UNKNOWN, None, "en"),
    ("is Tom an admin of the SharePoint site?", UNKNOWN, None, "en"),
    ("which button do I press to reset my password?", UNKNOWN, None, "en"),
    ("wat is er nodig om een parkeervergunning te halen?", UNKNOWN, None, "nl"),
    # a role in Partner Center asked for (round 10's one confident answer left after the batches), written after
    # its tuning: the bot's admins are still named when asked who
    ("can you make me global admin in Partner Center?", UNKNOWN, None, "en"),
    ("geef mij adminrechten in partner center", UNKNOWN, None, "nl"),
    ("who is our admin in Partner Center?", ADMINS, None, "en"),
    ("wie is de beheerder in partner center?", ADMINS, None, "nl"),
    # the renewal's own invoice (round 10's last intent miss), written after its tuning
    ("de factuur is betaald, Security is dus verlengd", RECORD, W_SEC, "nl"),
    ("invoice paid, so Kubernetes is renewed", RECORD, W_K8S, "en"),
    ("how much is the invoice for the Data Analytics renewal?", FEES, W_DA, "en"),
    ("when is the invoice for our office lease due?", UNKNOWN, None, "en"),
    ("is the invoice for the new laptops paid?", UNKNOWN, None, "en"),
    # the admin named as context (the bench's message): the loss date is asked, in one reading
    ("our admin is on holiday until 12 April, so when exactly would we lose the Security benefits if we do not "
     "renew it in Partner Center?", LOSS, W_SEC, "en"),
    # A third batch, written after the second was tuned on, read once before any more tuning: 27 of 32 right (main 19 of 32).
    ("we let Security lapse last month, how bad is that?", CONSEQ, W_SEC, "en"),
    ("wat als we appdev gewoon laten verlopen, is dat een ramp?", CONSEQ, W_APPDEV, "nl"),
    ("does it matter if Data Analytics isn't renewed this year?", CONSEQ, W_DA, "en"),
    ("which of them lapses soonest?", LOSS, None, "en"),
    ("welke van onze competenties verloopt als eerste?", LOSS, None, "nl"),
    ("which one is due first, CBA or Security?", DUE, None, "en"),
    ("just a heads up, Cloud Platform has been renewed", RECORD, W_CP, "en"),
    ("ter info: de verlenging van Kubernetes is gisteren rondgekomen", RECORD, W_K8S, "nl"),
    ("from when on are we without the appdev benefits?", LOSS, W_APPDEV, "en"),
    ("wanneer zitten we zonder Security als niemand verlengt?", LOSS, W_SEC, "nl"),
    ("will we still have Data Analytics during the audit in June?", LOSS, W_DA, "en"),
    ("anything on fire?", STATUS, None, "en"),
    ("our CEO asked me for a status of all Microsoft partner stuff before the board meeting", STATUS, None, "en"),
    ("hoe staan we er momenteel voor met onze competenties?", STATUS, None, "nl"),
    ("can we already renew something?", GRACE, None, "en"),
    ("welke specialisaties kunnen we nu vernieuwen?", GRACE, None, "nl"),
    ("is Anna an admin?", ADMINS, None, "en"),
    ("is Bram beheerder van de bot?", ADMINS, None, "nl"),
    ("what kind of stuff do you do?", HELP, None, "en"),
    ("wat kan ik allemaal aan jou vragen?", HELP, None, "nl"),
    ("where do I click to renew Data Analytics?", HOW, W_DA, "en"),
    ("loopt het verlengen via het partner center portaal?", HOW, None, "nl"),
    ("for the Q3 planning: when is Security due?", DUE, W_SEC, "en"),
    ("which renewals are coming before the end of our financial year?", DUE, None, "en"),
    ("what did we renew last quarter?", HIST, None, "en"),
    ("wat hebben we vorig jaar allemaal verlengd?", HIST, None, "nl"),
    ("what do we have to fulfil to keep Security?", REQ, W_SEC, "en"),
    ("wat moeten we doen om de Data Analytics competentie te behouden?", REQ, W_DA, "nl"),
    ("is it a problem that the printer is broken?", UNKNOWN, None, "en"),
    ("which sandwich is the cheapest first?", UNKNOWN, None, "en"),
    ("is Anna an admin of the Azure tenant?", UNKNOWN, None, "en"),
    ("where do I click to book a flight?", UNKNOWN, None, "en"),
]
# fmt: on


# The words round 10 added ("problem", "affect", "then what", "first", "without", "sorted", "so you know", "in the
# red", "miss the boat", "admin", "what do you do", "via", "when that was", "to get", events as times) in
# questions about other things: none is answered. Written with the classes, before the tuning: 33 of 34 were
# unanswered then.
_ONE_STRAY_NOUN = pytest.mark.xfail(
    strict=True,
    reason="one unknown noun alone is a stray word: main answers 'when do we lose internet?' alike; the subject "
    "checks, not the vocabulary",
)
ROUND10_NEGATIVES: list[str | ParameterSet] = [
    "the printer is broken again, is that a problem for the demo?",
    "is it a big deal if I skip the team lunch?",
    "does the new VPN affect our calls?",
    "the laptop won't boot, then what?",
    "is het erg als ik morgen later kom?",
    "wat zijn de gevolgen van de verbouwing voor de parkeerplaats?",
    "which train leaves first?",
    "which customer pays first?",
    "welke trein vertrekt als eerste?",
    "fyi we sorted the printer yesterday",
    "just so you know the invoice got paid on tuesday",
    "please mark the ticket as done",
    "ter info: de vergadering is verplaatst",
    "from what date will we be without a coffee machine?",
    "will we still have the rental car at the event on 12 May?",
    pytest.param("vanaf wanneer zitten we zonder internet?", marks=_ONE_STRAY_NOUN),
    "is anything in the red on the sales dashboard?",
    "staat er iets op rood in de boekhouding?",
    "hoe staat het met de verbouwing?",
    "is alles in orde met de server?",
    "can I book the meeting room right now?",
    "did we miss the boat on the Contoso deal?",
    "is Pieter one of the sales managers?",
    "is Lisa an admin of the Teams tenant?",
    "is Jan beheerder van de SharePoint site?",
    "what exactly does the finance team do?",
    "wat doet de helpdesk precies?",
    "where do I click to reset my password?",
    "moet de declaratie via het portaal of via mail?",
    "I'm planning next quarter - when is the team offsite?",
    "what did we buy last year?",
    "wat hebben we het afgelopen jaar aan licenties gekocht?",
    "what does it take to become a team lead?",
    "waar moet een offerte aan voldoen?",
    # events as times, written after the tuning: the event is still what these ask about
    "what happens during the board meeting?",
    "can you move my call before the holidays?",
    "wat kost de lunch tijdens de vergadering?",
    "who presents at the customer event on 12 May?",
    "when is the board meeting?",
    "what should I prepare before the audit?",
    "wie is er afwezig tijdens de kerstvakantie?",
    "do we need a new badge before the conference?",
    "wat moet ik meenemen naar de beurs?",
    "how do I renew my passport before my vacation?",
    "who approves leave during the holidays?",
    "who's off during the Easter holidays",
    # the second batch's words, written after its tuning
    "is there something I can buy for the team today?",
    "can I book a room today?",
    "what is the earliest train we can take?",
    pytest.param("vanaf wanneer hebben we geen koffie meer?", marks=_ONE_STRAY_NOUN),
    "hebben we de printer niet meer?",
    "gaat de lunch via de receptie?",
    "which of the candidates starts first?",
    # the third batch's words, written after its tuning
    "is the server room on fire?",
    "how bad is the traffic to the office today?",
    "can we already book the room for friday?",
    "de financiering van het project is rondgekomen",
    "is it a problem if the invoice expires?",
]


# --- round 8's classes of miss, in new phrasings ------------------------------------------------------

# Each class round 8 (tests/language/dev_round8.jsonl: a finance controller, a terse engineer, marketing,
# Flemish chat, formal Dutch, phone typing, mixed languages) missed, in phrasings written for the class before
# the reader was tuned to them (not the round's own messages). Against the seven offers of ``WIDE``.
# fmt: off
ROUND8_CLASSES: list[tuple[str, Intent, str | None, Lang] | ParameterSet] = [
    # status as an overview in other words: a health check, the big picture, where each one stands
    ("can you do a health check of our competencies?", STATUS, None, "en"),
    ("overview of where all our MPN things stand please", STATUS, None, "en"),
    ("give me the full picture of our specializations", STATUS, None, "en"),
    ("is anything about to blow up with our competencies?", STATUS, None, "en"),
    ("list everything you track and how it's doing", STATUS, None, "en"),
    ("zet onze competenties eens op een rijtje", STATUS, None, "nl"),
    ("is alles in orde met onze competenties?", STATUS, None, "nl"),
    ("hoe staan onze MPN zaken ervoor?", STATUS, None, "nl"),
    # the procedure as a place in Partner Center: the menu, the page, the screen
    ("in which menu do I renew Security?", HOW, W_SEC, "en"),
    ("what screen is the Data Analytics renewal on?", HOW, W_DA, "en"),
    ("onder welk menu zit het verlengen van cloud platform?", HOW, W_CP, "nl"),
    ("op welke pagina kan ik appdev verlengen?", HOW, W_APPDEV, "nl"),
    # the loss date in other words: a cut-off, benefits that stop, the last day we have it, keeping it
    ("cut-off date for the Security benefits?", LOSS, W_SEC, "en"),
    ("on what day do the Data Analytics benefits stop if we don't renew?", LOSS, W_DA, "en"),
    ("will we still hold Kubernetes on Azure at the end of the quarter?", LOSS, W_K8S, "en"),
    ("what's the last day we have cloud platform?", LOSS, W_CP, "en"),
    ("until what date do we keep the appdev benefits if nobody does anything?", LOSS, W_APPDEV, "en"),
    ("wanneer verstrijkt Security definitief?", LOSS, W_SEC, "nl"),
    ("tot welke dag houden we Data Analytics als we niet verlengen?", LOSS, W_DA, "nl"),
    ("wat is de laatste dag dat we cloud platform hebben?", LOSS, W_CP, "nl"),
    # a renewal told as done: went through, paid, "is rond", "log it"
    ("the Data Analytics renewal went through this morning", RECORD, W_DA, "en"),
    ("paid for the Security renewal just now, log it please", RECORD, W_SEC, "en"),
    ("de verlenging van appdev is rond", RECORD, W_APPDEV, "nl"),
    ("Kubernetes verlenging is erdoor, vanochtend betaald", RECORD, W_K8S, "nl"),
    # history: on which date we renewed, the renewals done so far, "laatstelijk"
    ("on what date did we renew cloud platform last time?", HIST, W_CP, "en"),
    ("which renewals have we done so far this year?", HIST, None, "en"),
    ("wanneer is Security het laatst verlengd?", HIST, W_SEC, "nl"),
    ("Kunt u mij mededelen op welke datum Data Analytics laatstelijk is verlengd?", HIST, W_DA, "nl"),
    # the window after the date has passed: can we still, did we blow it
    ("the anniversary of Security has passed, can we still renew?", GRACE, W_SEC, "en"),
    ("did we blow it on Data Analytics? can we still renew it", GRACE, W_DA, "en"),
    ("de verjaardatum van cloud platform is voorbij, kan het nog?", GRACE, W_CP, "nl"),
    # consequences: implications, what goes away
    ("what are the implications if we let Security lapse?", CONSEQ, W_SEC, "en"),
    ("what disappears when Data Analytics isn't renewed?", CONSEQ, W_DA, "en"),
    ("wat verdwijnt er als we cloud platform niet verlengen?", CONSEQ, W_CP, "nl"),
    # fees and requirements in chat and Flemish: "dokken", "wa moet ge hebben"
    ("hoeveel moeten we dokken voor Security?", FEES, W_SEC, "nl"),
    ("wat moet ge hebben voor Data Analytics?", REQ, W_DA, "nl"),
    # due dates of a range asked as the days they fall on
    ("on which days do this quarter's renewals fall?", DUE, None, "en"),
    ("op welke dagen vallen de verlengingen van dit kwartaal?", DUE, None, "nl"),
    # a second batch, written before its tuning: someone else's question relayed ("Finance needs to know",
    # "mijn manager wil weten", "mijn collega vraagt")
    ("our CFO needs to know when the Security renewal is due", DUE, W_SEC, "en"),
    ("my boss wants to know on which date we renewed Data Analytics last time", HIST, W_DA, "en"),
    ("mijn manager wil weten wanneer cloud platform verlengd moet worden", DUE, W_CP, "nl"),
    ("mijn collega vraagt wanneer Security definitief vervalt", LOSS, W_SEC, "nl"),
    # a countdown as the days left
    ("countdown for the Data Analytics renewal please", GRACE, W_DA, "en"),
    # everything in order as the status
    ("is everything in order with our competencies?", STATUS, None, "en"),
    ("all in order with our MPN stuff?", STATUS, None, "en"),
    # the window asked after doubt whether it is too late ("did we already blow it")
    ("did we already miss it on Security? can we still renew?", GRACE, W_SEC, "en"),
    # what goes away, asked after "tell me"
    ("tell me what we lose when Data Analytics isn't renewed", CONSEQ, W_DA, "en"),
    # until when the benefits are kept if nothing is done: no requirement
    ("tot wanneer houden we cloud platform als we niets doen?", LOSS, W_CP, "nl"),
    # written after the second batch's tuning: a relayed question alone, and a Dutch clause ending in its verb
    ("de controller vraagt wanneer de Data Analytics competentie definitief afloopt", LOSS, W_DA, "nl"),
    ("onze CFO wil weten op welke dagen de verlengingen van dit jaar vallen", DUE, None, "nl"),
    # a third batch, written after its tuning (not read before it): a relay whose "needs" or "wants" is no
    # modal of the question, an event after "by the time of", "for us as a partner"
    ("the auditor needs to know on which date we renewed Kubernetes on Azure last year", HIST, W_K8S, "en"),
    ("will we still hold Security by the time of the customer event on 3 June?", LOSS, W_SEC, "en"),
    ("if we let Data Analytics lapse, what are the implications for us as a partner?", CONSEQ, W_DA, "en"),
]
# fmt: on


# The words round 8's classes add (health check, picture, blow up, op een rijtje, menu, screen, cut-off, stop,
# hold, last day, went through, paid, rond, log, so far, laatstelijk, blow it, implications, disappears,
# dokken, vallen) in questions about other things, and a text to write about one of ours: none is answered.
ROUND8_NEGATIVES: list[str | ParameterSet] = [
    "can you do a health check of the wifi?",
    "give me the big picture of the sales pipeline",
    "is the server about to blow up?",
    "zet de vakantiedagen eens op een rijtje",
    "is alles in orde met de printer?",
    "which menu has the printer settings?",
    "what screen do I use to book leave?",
    "onder welk menu zit de agenda?",
    "what's the cut-off for expense claims?",
    "when does the free coffee stop?",
    "will we still hold the meeting room at 3?",
    "what's the last day we have the rental car?",
    "wanneer verstrijkt de termijn van de offerte?",
    "the invoice for the laptops went through this morning",
    "paid the hotel just now, log it please",
    "de planning van het project is rond",
    "which tickets have we done so far this week?",
    "wanneer is de printer het laatst onderhouden?",
    "did we blow it with the customer?",
    "what are the implications of the new VAT rules?",
    "what disappears when I clear the cache?",
    "hoeveel moeten we dokken voor de parking?",
    "wat moet ge hebben voor een parkeerkaart?",
    "op welke dagen vallen de feestdagen dit jaar?",
    "schrijf een nieuwsbrieftekst over onze Security specialisatie",
    "write a newsletter blurb about our gold competency",
    # the second batch's words, written before its tuning
    "finance needs to know when the office lease ends",
    "mijn manager wil weten wanneer de vergadering is",
    "mijn collega vraagt wanneer de lunch is",
    "countdown to the christmas party please",
    "is everything in order with the laptop order?",
    "tell me what we lose when the wifi is down",
    "de controller vraagt wanneer de kantoorhuur definitief afloopt",
    "onze CFO wil weten op welke dagen de vergaderingen van dit jaar vallen",
    "my manager asks when the team outing is",
    "the auditor needs to know on which date we renewed the office lease",
    "will we still have the rental car by the time of the customer event?",
    "what are the implications of the merger for us as a partner?",
    # more of the words of all three batches, written after the tuning: 26 of 27 unanswered then (the
    # implications of a price were read as the fee; now they are not)
    "which page of the contract do I sign?",
    "what menu is there for lunch today?",
    "how far along is the health check of the servers?",
    "the deal went through yesterday",
    "de verhuizing is rond",
    "what have we spent so far on travel?",
    "countdown to the product launch?",
    "as a partner of Contoso, what discounts do we get?",
    "by the time of the meeting I need the slides",
    "HR needs to know when your holiday starts",
    "mijn collega vraagt wanneer de lunch begint",
    "is everything in order for the party?",
    "is het pakket erdoor?",
    "what's the last day we have the office?",
    "hoeveel moeten we dokken voor het bedrijfsuitje?",
    "cut-off time for orders?",
    "tell me what we lose if the printer breaks",
    "give me the big picture of the project",
    "op welke pagina staat het menu van de kantine?",
    "the payment for the hotel went through, log it please",
    "which days is the office closed?",
    "welke dagen is het kantoor dicht?",
    "write a summary of the meeting",
    "schrijf een mail naar de klant",
    "my manager wants to know when the invoice is due",
    "will we still hold the room by the time of the call?",
    "what are the implications for us as a partner of the new pricing?",
]


# --- round 11's classes of miss, in new phrasings -----------------------------------------------------

# Each class round 11 (tests/language/dev_round11.jsonl: "a fair sample of a year of DMs") missed, in phrasings
# written for the class before the reader was tuned to them (not the round's own messages). Against the seven
# offers of ``WIDE``.
# fmt: off
# Round 11's class phrasings the reader does not read right yet (strict: one that passes must lose the mark).
_NOT_YET = pytest.mark.xfail(strict=True, reason="round 11's class, not tuned yet")
ROUND11_CLASSES: list[tuple[str, Intent, str | None, Lang] | ParameterSet] = [
    # thanks for something past, then the question: the past of the thanks is no history asked
    ("thanks for yesterday! when is Security due?", DUE, W_SEC, "en"),
    ("thx for the help last week. when do we need to renew Data Analytics?", DUE, W_DA, "en"),
    ("bedankt voor vorige keer! wanneer moet cloud platform verlengd worden?", DUE, W_CP, "nl"),
    # what it takes to keep an offer, with examples after it: requirements, not the loss date
    ("what do we need to hold on to Security? exams, references, ...?", REQ, W_SEC, "en"),
    ("what's required to keep our Data Analytics competency? certs? customers?", REQ, W_DA, "en"),
    ("wat hebben we nodig om cloud platform te houden? certificaten, klanten?", REQ, W_CP, "nl"),
    ("wat is er vereist om appdev te behouden?", REQ, W_APPDEV, "nl"),
    # a date asked, then a second question comparing it with last year
    ("when is the Security renewal due? same date as last year?", DUE, W_SEC, "en"),
    ("wat is de verjaardatum van Data Analytics? is dat dezelfde als vorig jaar?", DUE, W_DA, "nl"),
    # whether we are still an offer's partner on a day: the loss date
    ("will we still be a Security partner on 1 December?", LOSS, W_SEC, "en"),
    ("are we still a Data Analytics partner by the end of the year?", LOSS, W_DA, "en"),
    ("a prospect wants to know whether we're still Kubernetes on Azure certified in March. are we?", LOSS, W_K8S, "en"),
    ("zijn we op 1 juni nog Security partner?", LOSS, W_SEC, "nl"),
    ("de klant vraagt of we eind dit jaar nog Data Analytics partner zijn. klopt dat?", LOSS, W_DA, "nl"),
    # an offer gone ("weg", "kwijt", "gone") if nothing is done: the loss date
    ("when is Security gone if we do nothing?", LOSS, W_SEC, "en"),
    ("wanneer zijn we data analytics kwijt als we niks doen", LOSS, W_DA, "nl"),
    ("wnr is appdev weg als we niet verlengen?", LOSS, W_APPDEV, "nl"),
    # what the bot follows, in a relative clause: the status, no offer to add
    ("show me everything you follow and how it's doing", STATUS, None, "en"),
    ("laat alles zien wat je bijhoudt en hoe het ervoor staat", STATUS, None, "nl"),
    ("geef een overzicht van wat je opvolgt", STATUS, None, "nl"),
    # chat Dutch question words: "wr" (waar), "wnr" (wanneer), "hvl" (hoeveel)
    ("wr kan ik security verlengen?", HOW, W_SEC, "nl"),
    ("wr moet ik data analytics hernieuwen", HOW, W_DA, "nl"),
    ("wnr moet cloud platform verlengd zijn?", DUE, W_CP, "nl"),
    # one benefit named by its kind (IUR, credits, licences, the badge) lost if not renewed: the consequences
    ("will we lose our internal use rights if Security lapses?", CONSEQ, W_SEC, "en"),
    ("do we lose the IUR licenses if we don't renew in time?", CONSEQ, None, "en"),
    ("what happens to our Azure credits if we don't renew Data Analytics?", CONSEQ, W_DA, "en"),
    ("raken we onze IUR kwijt als we cloud platform niet verlengen?", CONSEQ, W_CP, "nl"),
    ("verliezen we de Azure credits als we niet hernieuwen?", CONSEQ, None, "nl"),
    # the days left, after personal context and with "is it still open", "resten", "overblijven"
    ("back from parental leave - how many days are left to renew Data Analytics? still open?", GRACE, W_DA, "en"),
    ("just got back from vacation, how much time do I still have to renew Security?", GRACE, W_SEC, "en"),
    ("hoeveel dagen blijven er nog over om security te verlengen?", GRACE, W_SEC, "nl"),
    ("hoeveel tijd rest er nog voor appdev?", GRACE, W_APPDEV, "nl"),
    # status as being ok on everything, anything red
    ("are we good on everything?", STATUS, None, "en"),
    ("anything red on our side?", STATUS, None, "en"),
    ("zitten we overal goed?", STATUS, None, "nl"),
    # whether it can be renewed already or must wait: the window
    ("can I renew Security already or should I wait for the anniversary?", GRACE, W_SEC, "en"),
    ("is it possible to renew Data Analytics now, or do we wait until after the anniversary date?", GRACE, W_DA, "en"),
    ("kunnen we cloud platform al verlengen of moeten we wachten tot na de verjaardatum?", GRACE, W_CP, "nl"),
    # being notified (Flemish "verwittigd", "een seintje", "pinged") before a date: the next reminder
    ("will I be notified before the Security anniversary?", NEXT_REM, W_SEC, "en"),
    ("will you ping me before Data Analytics is due?", NEXT_REM, W_DA, "en"),
    ("word ik verwittigd voor de verjaardatum van cloud platform?", NEXT_REM, W_CP, "nl"),
    ("krijg ik een seintje voordat appdev verlengd moet worden?", NEXT_REM, W_APPDEV, "nl"),
    # the status in general: "hoe zit het met", "in general", "over het geheel"
    ("how are our renewals doing in general?", STATUS, None, "en"),
    ("hoe zit het met onze competenties?", STATUS, None, "nl"),
    ("hoe staat het in het algemeen met onze verlengingen?", STATUS, None, "nl"),
    # short Dutch messages with English product words get Dutch
    ("vereisten data analytics competency", REQ, W_DA, "nl"),
    ("voeg Security toe, anniversary 2021-10-01", ADD, W_SEC, "nl"),
    ("kosten renewal security", FEES, W_SEC, "nl"),
    # a second batch, written after the first's tuning and before reading it: the blind set's classes in new
    # phrasings (offer references, Dutch grammar and chat, precedence, dates and ranges, new questions, changes)
    ("when's the container one due?", DUE, W_K8S, "en"),
    ("wanneer vervalt de analytics competentie?", LOSS, W_DA, "nl"),
    ("dev competency: when do we have to renew?", DUE, W_APPDEV, "en"),
    ("when does our migration specialisation expire?", LOSS, W_WSM, "en"),
    ("tegen wanneer moet CBA hernieuwd zijn?", DUE, W_CBA, "nl"),
    ("wanneer dient security verlengd te worden?", DUE, W_SEC, "nl"),
    ("wnnr moet data analytics vernieuwd zijn", DUE, W_DA, "nl"),
    ("hoelang hebben we nog voor de verlenging van appdev?", GRACE, W_APPDEV, "nl"),
    ("ik wil de deadline van Security echt niet missen, wanneer is die?", DUE, W_SEC, "nl"),
    ("I really can't afford to miss the CBA renewal - when is it due?", DUE, W_CBA, "en"),
    ("thanks, that helped a lot!", THANKS, None, "en"),
    ("super, dat helpt!", THANKS, None, "nl"),
    ("will we still be covered for Security on the 3rd of next month?", LOSS, W_SEC, "en"),
    ("what lapses between now and the end of June?", LOSS, None, "en"),
    ("welke competenties lopen af voor het einde van het jaar?", LOSS, None, "nl"),
    ("how does it look per 1 october?", STATUS, None, "en"),
    ("is there a fee when we renew Data Analytics?", FEES, W_DA, "en"),
    ("moeten we betalen om appdev te verlengen?", FEES, W_APPDEV, "nl"),
    ("what are the criteria for keeping cloud platform?", REQ, W_CP, "en"),
    ("aan welke voorwaarden moeten we voldoen voor Security?", REQ, W_SEC, "nl"),
    ("did anyone renew Data Analytics yet this year?", HIST, W_DA, "en"),
    ("is CBA dit jaar al hernieuwd?", HIST, W_CBA, "nl"),
    ("who are the admins for our partner account?", ADMINS, None, "en"),
    ("wie zijn bij ons de partner admins?", ADMINS, None, "nl"),
    ("when do you send the next reminder?", NEXT_REM, None, "en"),
    ("wanneer stuur je de volgende herinnering?", NEXT_REM, None, "nl"),
    ("please stop sending me these reminders", STOP_REM, None, "en"),
    ("kun je de meldingen naar een ander kanaal sturen?", STOP_REM, None, "nl"),
    ("we renewed the container one last Tuesday", RECORD, W_K8S, "en"),
    ("appdev is gisteren verlengd", RECORD, W_APPDEV, "nl"),
    ("start tracking Data Analytics, anniversary 1 May", ADD, W_DA, "en"),
    ("zet de verjaardatum van Security op 1 maart", CHANGE, W_SEC, "nl"),
    ("the anniversary of CBA is wrong, it should be 15 June", CHANGE, W_CBA, "en"),
    # a third batch, written after the second's tuning: ranges by ordinal quarters and halves, the window as "is
    # it time yet", keeping an offer as staying it, upcoming renewals as "coming up", stopping in other words
    ("what expires in the third quarter?", LOSS, None, "en"),
    ("welke competenties lopen af in het vierde kwartaal?", LOSS, None, "nl"),
    ("what's due in the second half of the year?", DUE, None, "en"),
    ("anything expiring in H2?", LOSS, None, "en"),
    ("wat moet er in de eerste helft van het jaar verlengd worden?", DUE, None, "nl"),
    ("is it time to renew Security yet?", GRACE, W_SEC, "en"),
    ("is het al tijd om data analytics te verlengen?", GRACE, W_DA, "nl"),
    ("what do we need to do to stay gold?", REQ, W_CBA, "en"),
    ("wat moeten we doen om cloud platform te blijven houden?", REQ, W_CP, "nl"),
    ("what's coming up in the next 6 weeks?", DUE, None, "en"),
    ("wat komt er de komende maand aan?", DUE, None, "nl"),
    ("cut it out with the reminders", STOP_REM, None, "en"),
    ("hou op met die herinneringen", STOP_REM, None, "nl"),
    # chat Dutch without the "ik" of a statement: news of a renewal, not a question
    ("heb net cloud platform verlengd", RECORD, W_CP, "nl"),
    ("heb gisteren security hernieuwd", RECORD, W_SEC, "nl"),
    # what the bot keeps track of and understands, asked of it: help
    ("what exactly do you keep track of?", HELP, None, "en"),
    ("what sort of questions can you answer?", HELP, None, "en"),
    ("wat hou je allemaal bij?", HELP, None, "nl"),
    # an offer's anniversary told with a day, asking nothing: the date to set (a belief stays a question)
    ("the anniversary of appdev is actually 12 June", CHANGE, W_APPDEV, "en"),
    ("de verjaardatum van security is eigenlijk 3 mei", CHANGE, W_SEC, "nl"),
    ("I thought the Security anniversary was in May", DUE, W_SEC, "en"),
    # wishes as greetings
    ("happy friday!", HI, None, "en"),
    ("fijne maandag allemaal", HI, None, "nl"),
    # the new questions in other words: Flemish "aanrekenen" (to charge), what must be "in place"
    ("wordt er iets aangerekend voor de verlenging?", FEES, None, "nl"),
    ("what do we need in place for the Kubernetes spec?", REQ, W_K8S, "en"),
    # dates inside questions: a day of the month alone, how all stands on a day, the asker away on a range
    ("are we covered for CBA on the 1st?", LOSS, W_CBA, "en"),
    ("how will things look on 1 July?", STATUS, None, "en"),
    ("gaat er iets verlopen terwijl ik in augustus op vakantie ben?", LOSS, None, "nl"),
    # the partner admins after context, with an adjective before them
    ("we're reorganising and I have to hand over the partner stuff. who are the current partner admins?", ADMINS, None, "en"),
    # what to do for one offer: its procedure (as round 7's "What do I need to do for Data Analytics?")
    ("what do I need to do for Security?", HOW, W_SEC, "en"),
    ("moet ik iets doen voor cloud platform?", HOW, W_CP, "nl"),
]
# fmt: on


# --- round 12's classes: questions ON our subject that no intent answers, and their covered twins ---------

# Round 12 (tests/language/dev_round12.jsonl) stressed precision on our own subject: the message names our
# offers, the fee, the reminders, Partner Center or the bot, but asks for something no intent gives. Each class
# in new phrasings, written before the reader was tuned to them (not the round's own messages), with covered
# twins in the same words that must stay answered. Against the seven offers of ``WIDE``.
# fmt: off
ROUND12_NEGATIVES: list[str | ParameterSet] = [
    # what a word means: a definition, not the thing's date or procedure
    "what does 'grace period' mean in Partner Center?",
    "wat betekent 'anniversary' eigenlijk bij een competentie?",
    "our Security page says exemption - what does that word mean?",
    "wat wordt er bedoeld met 'uitzondering' bij onze verlenging?",
    "what does the status 'pending' mean for our Security competency?",
    # Microsoft's past or the programme's history: not our renewal history
    "has Microsoft ever given an extension to a partner that renewed late?",
    "heeft Microsoft vroeger ooit de verlengingsperiode langer gemaakt?",
    "when did the MPN programme start?",
    "hoe lang kon je vroeger verlengen in het oude portaal?",
    # a hypothetical that Microsoft decides, or whether an offer or the bot survives the programme's change
    "what if Microsoft raises the renewal fee, do we still have to pay?",
    "suppose Microsoft scraps the renewal window, what then?",
    "stel dat Microsoft de competenties afschaft, krijgen we dan geld terug?",
    "als Microsoft het programma stopt, blijf jij dan werken?",
    "will Security still exist after the new partner programme launches?",
    "bestaat Cloud Platform volgend jaar nog wel?",
    # our own numbers, the bot's own counts, Microsoft's processing times
    "how many renewals have you recorded so far?",
    "hoeveel reminders heb je ons vorige maand gestuurd?",
    "how many exams did our team pass for Security?",
    "hoeveel mensen hebben we gecertificeerd voor Data Analytics?",
    "how long does Microsoft usually take to confirm a renewal?",
    "hoeveel dagen duurt het gemiddeld voordat Microsoft een betaling verwerkt?",
    # the bot acting in Partner Center for us, or a task about the bot itself
    "can you log into Partner Center and renew Security for us?",
    "kun je de Partner Center pagina voor mij in het Engels vertalen?",
    "could you open Partner Center and check our competencies yourself?",
    "kun jij zelf in partner center kijken of alles klopt?",
    "can I give you a different name?",
    "translate the renewal steps into Spanish please",
    # a possibility asked as a question, not a request to change anything
    "is it possible to have Modern Work added as an offer in Partner Center?",
    "kan de jubileumdatum van Security in principe verschuiven naar juni?",
    "could our anniversary ever move to January?",
    "zou Microsoft een nieuwe specialisatie aan Partner Center kunnen toevoegen?",
    # what a benefit holds or what happens to a badge: no date, no consequence the seed states
    "does Cloud Platform give us Azure credits for demos?",
    "do we have to take the gold logo off our website when we lose it?",
    "krijgen we met Data Analytics ook gratis licenties?",
    "does the partner badge disappear the day we lose Security?",
    # written after the tuning, to probe its reach (main ce7ded0 answered 7 of these 17)
    "what does 'renewal window' mean?",
    "wat betekent de term 'verlengingsperiode' precies?",
    "what would happen if Microsoft ended the grace period?",
    "als Microsoft de kosten verhoogt, moeten we dan meer betalen?",
    "how many renewals did you log last year?",
    "hoeveel herinneringen zijn er al verstuurd?",
    "could you renew Data Analytics yourself?",
    "kun je inloggen in Partner Center?",
    "kun je de verlengstappen in het Duits vertalen?",
    "can I change your name?",
    "is it possible to have Security added to Partner Center?",
    "zou de jubileumdatum in theorie naar januari kunnen?",
    "hoe lang duurde verlengen vroeger?",
    "when did competencies start?",
    "bestaat Security straks nog?",
    "does the gold logo have to come off our slides when we lose it?",
    "mag het gold-logo op onze website blijven als Security verloopt?",
    # a second batch, written after the first tuning and before its own: opinions, comparisons, why, our
    # progress, the fee paid for us or in parts, Microsoft's past decisions (15 of 24 unanswered at first)
    "is Security still worth the money for a company our size?",
    "vind je dat we Data Analytics moeten laten vallen?",
    "which is more valuable for us, Cloud Platform or Security?",
    "is Kubernetes on Azure harder to keep than Data Analytics?",
    "waarom duurt de verlengingsperiode maar 30 dagen?",
    "why does Microsoft charge a fee to renew at all?",
    "how far along are we with the Security requirements?",
    "hoe ver zijn we met de eisen voor Data Analytics?",
    "what percentage of the Security requirements have we met?",
    "hoeveel procent van de eisen voor Cloud Platform halen we al?",
    "are we on track to keep gold next year?",
    "liggen we op schema voor de audit van de migratie specialisatie?",
    "what's your opinion on the new partner programme?",
    "do other partners usually renew early or late?",
    "hoeveel partners in Nederland hebben Security?",
    "is the covid extension still a thing or did Microsoft stop it?",
    "can the renewal fee be paid in instalments?",
    "kun je de verlenging voor ons betalen?",
    "what does MCPP stand for?",
    "wat is het verschil tussen een competentie en een specialisatie?",
    "would it be smarter to renew Security early this year?",
    "kunnen we de fee terugvragen als we te vroeg verlengd hebben?",
    "why did you send me a reminder at 3am?",
    "waarom kreeg ik twee herinneringen voor Security?",
    # a third batch written after both tunings, as a check of their reach: ce7ded0 answered 9 of these 20, main
    # with the first batch's checks and the second opinion (b7c05dd) 4, this branch 4 before the last tuning
    "what exactly counts as a 'competency' in Partner Center terms?",
    "wat houdt 'advanced specialization' precies in?",
    "if Microsoft changes the anniversary rules, will you update yourself?",
    "stel dat de verlengingsperiode naar 60 dagen gaat, wat dan met onze data?",
    "how many times have we renewed Cloud Platform since 2015?",
    "hoeveel competenties hadden we vijf jaar geleden?",
    "could you set up the renewal in Partner Center so I only have to approve it?",
    "kun je mijn collega toegang geven tot Partner Center?",
    "is it theoretically possible to renew two years at once?",
    "zou Security ooit gratis kunnen worden?",
    "what did the old MPN portal look like?",
    "hoe ging verlengen vroeger in het oude programma?",
    "do you log everything I type to you?",
    "hoe slim ben jij eigenlijk?",
    "can you translate your reminders into French?",
    "what percentage of partners renew on time?",
    "which of our offers is most popular with other partners?",
    "why does the window close after exactly 30 days?",
    "waarom moet ik dit elk jaar opnieuw doen?",
    "can Security be moved to another MPN ID?",
]

ROUND12_CLASSES: list[tuple[str, Intent, str | None, Lang] | ParameterSet] = [
    # the twins of a word's meaning and of hypotheticals: what not renewing does to us
    ("what does it mean for us if we don't renew Security?", CONSEQ, SEC, "en"),
    ("what if we don't renew Security?", CONSEQ, SEC, "en"),
    ("stel dat we Cloud Platform niet verlengen, wat dan?", CONSEQ, CP, "nl"),
    ("wat gebeurt er als we Data Analytics laten verlopen?", CONSEQ, DA, "nl"),
    ("can you explain the covid extension?", EXT, None, "en"),
    # the twins of history: our own renewals
    ("when did we last renew Security?", HIST, SEC, "en"),
    ("hebben we Data Analytics dit jaar al verlengd?", HIST, DA, "nl"),
    ("do we still have Security after 1 July?", LOSS, SEC, "en"),
    # the twins of numbers: the days left, the next reminder, the fee
    ("how many days are left to renew Data Analytics?", GRACE, DA, "en"),
    ("when is the next reminder for Security?", NEXT_REM, SEC, "en"),
    ("hoeveel kost het verlengen van Security?", FEES, SEC, "nl"),
    # the twins of acting in Partner Center: how we do it, the status
    ("how do I renew Security in Partner Center?", HOW, SEC, "en"),
    ("kun je me vertellen hoe ik in partner center verleng?", HOW, None, "nl"),
    ("show me the status of our competencies", STATUS, None, "en"),
    # the twins of a possibility: a request to change or add
    ("add Security, anniversary 1 May", ADD, SEC, "en"),
    ("zet de jubileumdatum van Security op 1 juni", CHANGE, SEC, "nl"),
    ("please change the Cloud Platform anniversary to 1 January", CHANGE, CP, "en"),
    # the twins of a benefit: when we lose them, what we lose
    ("when do we lose the Security benefits?", LOSS, SEC, "en"),
    ("what do we lose if Security lapses?", CONSEQ, SEC, "en"),
    # what it takes, asked of 'you'; reminders stopped for a while
    ("what do you need for a gold competency?", REQ, CBA, "en"),  # "gold" alone: the one Gold offer
    ("wat heb je nodig voor Kubernetes on Azure?", REQ, K8S, "nl"),
    ("stop the reminders for now please", STOP_REM, None, "en"),
    ("pause the reminders for a bit", STOP_REM, None, "en"),
    # written after the tuning, near its new checks (main ce7ded0 read 22 of these 25 right)
    ("if Security lapses, what happens?", CONSEQ, SEC, "en"),
    ("als we Security niet verlengen, wat dan?", CONSEQ, SEC, "nl"),
    ("what if we renew Data Analytics late?", CONSEQ, DA, "en"),
    ("wat betekent het voor ons als Security verloopt?", CONSEQ, SEC, "nl"),
    ("we stoppen met appdev, wat betekent dat voor ons?", CONSEQ, W_APPDEV, "nl"),
    ("how many days do we have left for Security?", GRACE, SEC, "en"),
    ("how many renewals are due this year?", DUE, None, "en"),
    ("can you show me the status?", STATUS, None, "en"),
    ("kun je een overzicht maken van onze competenties?", STATUS, None, "nl"),
    ("kun je de reminders naar #mpn verplaatsen?", STOP_REM, None, "nl"),
    ("can you stop the reminders for a while?", STOP_REM, None, "en"),
    ("stop even een tijdje met de herinneringen", STOP_REM, None, "nl"),
    ("have we ever renewed Security?", HIST, SEC, "en"),
    ("hebben we Security ooit verlengd?", HIST, SEC, "nl"),
    ("when do we lose the gold badge?", LOSS, CBA, "en"),
    ("do we still have the gold badge on 1 July?", LOSS, CBA, "en"),
    ("what do we need to do to renew Security?", HOW, SEC, "en"),
    ("kun je me uitleggen hoe ik Security verleng?", HOW, SEC, "nl"),
    ("are we eligible for the covid extension on Cloud Platform?", EXT, CP, "en"),
    ("geldt de coronaregeling ook voor Security?", EXT, SEC, "nl"),
    ("wat heb je nodig voor de Security competentie?", REQ, SEC, "nl"),
    ("what do you need to keep Data Analytics?", REQ, DA, "en"),
    ("kun je Data Analytics ook bijhouden? jubileumdatum 1 mei", ADD, DA, "nl"),
    ("when will you remind us about Security?", NEXT_REM, SEC, "en"),
    # the second batch's twins (7 of 7 right at first)
    ("are we on time to renew Security?", GRACE, SEC, "en"),
    ("wanneer moeten we Data Analytics uiterlijk verlengen?", DUE, DA, "nl"),
    ("what are the requirements for keeping Security?", REQ, SEC, "en"),
    ("how much do we pay to renew Data Analytics?", FEES, DA, "en"),
    ("what happens to our benefits if we renew late?", CONSEQ, None, "en"),
    ("wanneer stuur je de volgende herinnering voor Security?", NEXT_REM, SEC, "nl"),
    ("how are we doing on our competencies?", STATUS, None, "en"),
    # near the new checks, written after the second batch's tuning (two were read wrong then, now right)
    ("kun je de reminders voortaan in #partner-ops posten?", STOP_REM, None, "nl"),
    ("what does the covid extension mean for our Security competency?", EXT, SEC, "en"),
    ("when does the renewal window start for Security?", GRACE, SEC, "en"),
    ("who renewed Security previously?", HIST, SEC, "en"),
    ("if Microsoft doesn't get our payment, when do we lose Security?", LOSS, SEC, "en"),
    ("can the anniversary of Security be changed to 1 June?", CHANGE, SEC, "en"),
    ("kunt u mij vertellen wat de kosten van verlengen zijn?", FEES, None, "nl"),
    # the third batch's twins (all right on main and here)
    ("when do we have to renew Security at the latest?", DUE, SEC, "en"),
    ("tot wanneer hebben we de voordelen van Cloud Platform?", LOSS, CP, "nl"),
    ("where in Partner Center do I renew Data Analytics?", HOW, DA, "en"),
    ("does renewing Security cost money?", FEES, SEC, "en"),
    ("when did we renew Cloud Platform last time?", HIST, CP, "en"),
    ("wie zijn de MPN beheerders hier?", ADMINS, None, "nl"),
    ("overview of all our competencies please", STATUS, None, "en"),
    ("we hebben Security vorige week verlengd, kun je dat noteren?", RECORD, SEC, "nl"),
    # read right since round 14's "op 3 mei zetten" (a strict xfail before)
    ("kun je de jubileumdatum van Security op 1 juni zetten?", CHANGE, SEC, "nl"),
]
# fmt: on


# The words round 11's classes add (thanks for a past day, keep/behouden with nodig, "still a partner", weg,
# kwijt, gone, volgen/opvolgen, wr, IUR, credits, licences, days left, resten, good on everything, red, already
# or wait, notified, verwittigd, seintje, in general, hoe zit het met) in questions about other things: none is
# answered. Written with the classes, before the tuning.
ROUND11_NEGATIVES: list[str | ParameterSet] = [
    "thanks for yesterday! when is the team lunch?",
    "bedankt voor vorige keer, wanneer is de volgende borrel?",
    "what do we need to keep the office plants alive?",
    "wat is er nodig om de klant te behouden?",
    "what's required to keep my parking spot?",
    "will we still be a Contoso partner next year?",
    "zijn we volgend jaar nog partner van de voetbalclub?",
    "when is the coffee machine gone?",
    "mijn fiets is weg, wat nu?",
    "ik ben mijn sleutels kwijt",
    pytest.param("show me everything you follow on twitter", marks=_ONE_STRAY_NOUN),
    "wie volgt de klant op?",
    "wr is de printer?",
    "wr is de vergadering",
    "do we lose our Azure credits if the subscription ends?",
    "how do I use the Azure credits for a test VM?",
    "when do our Office licences expire?",
    "hoeveel licenties hebben we nog over?",
    "how many days are left until christmas?",
    "hoeveel dagen rest er nog tot de vakantie?",
    "is the canteen still open?",
    "are we good on coffee?",
    "anything red in the sales report?",
    "zitten we goed met de planning?",
    "can I book the room already or should I wait?",
    "should I wait until after the meeting to send the invoice?",
    "will I be notified when my package arrives?",
    "word ik verwittigd als de lift kapot is?",
    "krijg ik een seintje als de lunch er is?",
    "how is the weather in general?",
    "hoe zit het met de verbouwing?",
    "what does the cost management dashboard show for last month?",
    "what does the sales dashboard show",
    "kosten parkeerplaats",
    "vereisten nieuwe laptop",
    # the second batch's words, written with it
    "when's the blue one due?",
    "tegen wanneer moet het rapport klaar zijn?",
    "wanneer dient de aangifte ingediend te worden?",
    "I really can't afford to miss the train - when does it leave?",
    "thanks, the new laptop helped a lot",
    "will the office be open on the 3rd of next month?",
    "what happens between now and the end of June in the project?",
    "is there a fee when we cancel the hotel?",
    "moeten we betalen om te parkeren?",
    "what are the criteria for the bonus?",
    "did anyone water the plants yet this week?",
    "who are the admins of the wifi?",
    "when do you send the newsletter?",
    # (written as "please stop sending me spam" at first: what the bot sends is its reminders, so that asks them)
    "please stop sending me the newsletter",
    "we renewed the lease last Tuesday",
    "zet de vergadering op 1 maart",
    "the date of the party is wrong, it should be 15 June",
    # the third batch's words
    "what happens in the third quarter of the match?",
    "who scored in the second half?",
    "is it time for lunch yet?",
    "is het al tijd om naar huis te gaan?",
    "what do I need to do to stay healthy?",
    "what's coming up in the next 6 weeks on the project?",
    "cut it out with the jokes",
    "hou op met dat lawaai",
    "heb net de printer gerepareerd",
    "the Security team's anniversary party is on 3 May",
    "our company anniversary is 1 May",
    "mijn trouwdag is eigenlijk 3 mei",
    "wordt er iets aangerekend voor de parking?",
    "what do I need in place for the office move?",
    "how does the weather look on 1 July?",
    "who is on holiday in August?",
    "is the office open on the 1st?",
    "The wifi is down again. Who is the admin?",
    "who are the current wifi admins?",
    "what do I need to do for the Security workshop?",
    "moet ik iets doen voor de verhuizing?",
]


# --- round 14's classes of miss, in new phrasings -----------------------------------------------------

# Each class round 14 (tests/language/dev_round14.jsonl, built around the issue's class list) missed, in phrasings
# written for the class before the reader was tuned to them. Against the seven offers of ``WIDE``.
# fmt: off
ROUND14_CLASSES: list[tuple[str, Intent, str | None, Lang] | ParameterSet] = [
    # courtesy or context before a dash, examples after one
    ("hi there - what expires in Q4?", LOSS, None, "en"),
    ("what does Security require - exams, references, anything else?", REQ, W_SEC, "en"),
    ("wat is er nodig om cloud platform te behouden - examens, klanten?", REQ, W_CP, "nl"),
    # still specialized or certified in an offer by a day: the offer held
    ("will we still be Security specialized at the end of June?", LOSS, W_SEC, "en"),
    ("tot wanneer zijn we nog gespecialiseerd in data analytics?", LOSS, W_DA, "nl"),
    # a motive not to lose it before a question of how or when: the question, not the consequences
    ("we don't want to lose Security, how do we renew it?", HOW, W_SEC, "en"),
    ("if we want to keep Data Analytics, how do we renew it?", HOW, W_DA, "en"),
    ("we willen cloud platform niet verliezen, hoe verlengen we het?", HOW, W_CP, "nl"),
    # thanks for the reminder, then news of the renewal
    ("bedankt voor de herinnering, we hebben appdev net verlengd", RECORD, W_APPDEV, "nl"),
    ("thanks for the reminder, Security was renewed this morning", RECORD, W_SEC, "en"),
    # Flemish "oplijsten" (to list) and what the bot keeps for us
    ("kunt ge alle competenties oplijsten?", STATUS, None, "nl"),
    ("lijst eens op wat je voor ons bijhoudt", STATUS, None, "nl"),
    # changing the anniversary with "zetten", recording with "erin zetten"
    ("kun je de verjaardatum van security op 3 mei zetten?", CHANGE, W_SEC, "nl"),
    ("appdev heb ik daarnet verlengd, zet je het erin?", RECORD, W_APPDEV, "nl"),
    # the reminder we got as context for the days left
    ("we just got the reminder for Security, how many days do we have left?", GRACE, W_SEC, "en"),
    ("ik kreeg net de herinnering voor data analytics, hoeveel dagen hebben we nog?", GRACE, W_DA, "nl"),
    # New Year's Eve as the end of the year
    ("what runs out before new year's eve?", LOSS, None, "en"),
    ("welke vervallen er nog voor oudejaarsavond?", LOSS, None, "nl"),
    # the window: can it still be renewed, Flemish "da"
    ("kan da nog verlengd worden, die security?", GRACE, W_SEC, "nl"),
    # written after the first tuning: a note that starts with "new" and the offer adds it
    ("new: Data Analytics, anniversary 3 June", ADD, W_DA, "en"),
    ("nieuw: appdev, verjaardatum 12/05", ADD, W_APPDEV, "nl"),
    ("new anniversary for Security is 1 May", DUE, W_SEC, "en"),
    # a yes/no question after the context's comma; "going to drop off" as running out
    ("we have a tender on 1 June, can we still call ourselves Security specialized then?", LOSS, W_SEC, "en"),
    ("hi - is anything going to drop off before the summer?", LOSS, None, "en"),
]
# fmt: on


# The words round 14's classes add in questions about other things: none is answered.
ROUND14_NEGATIVES: list[str | ParameterSet] = [
    "hi there - what time is lunch?",
    "what does the new laptop require - a charger, a dock?",
    "are we still specialized in retail by the end of June?",
    "we don't want to lose the customer, how do we keep them?",
    "bedankt voor de herinnering, ik heb de tandarts gebeld",
    "kunt ge alle vergaderingen oplijsten?",
    "kun je de vergadering op 3 mei zetten?",
    "ik heb de printer daarnet gerepareerd, zet je het erin?",
    "we just got the reminder for the dentist, how many days do we have left?",
    "what shops are open on new year's eve?",
    "we have a tender on 1 June, can we still submit it online?",
    "is the package going to drop off at the office?",
]


# --- round 15's classes: look-alikes of every intent about other things, and their covered twins -----------

# Round 15 (tests/language/dev_round15.jsonl: 160 look-alikes of every intent about other things, 80 covered)
# answered 8 uncovered rows and missed 3 covered ones. Each class in new phrasings, written before the reader
# was tuned to them (not the round's own messages; read first: 16 of 18 negatives unanswered, 17 of 19 twins
# right). Against the seven offers of ``WIDE``.
# fmt: off
ROUND15_NEGATIVES: list[str | ParameterSet] = [
    # another thing's anniversary or event to set
    "book the company anniversary dinner on 3 May",
    "zet de borrel voor ons 10-jarig jubileum op 12 juni",
    "change the date of the office anniversary party to 1 July",
    # the bot asked to contact Microsoft or someone for us
    "can you email Microsoft and ask for more time on our renewal?",
    "bel jij Microsoft even over onze verlenging?",
    "kun je een ticket bij Microsoft aanmaken voor onze competentie?",
    # the admins of another system
    "who is the global admin in Azure AD?",
    "wie is de Teams beheerder bij ons?",
    "who are the SharePoint admins?",
    # a status update of one's own: news, no question
    "status update: the printer is fixed",
    "statusupdate: ik werk vandaag thuis",
    # the new programme's benefits: Microsoft's plans
    "will the new partner programme give us the same benefits?",
    "krijgen we in het nieuwe programma meer voordelen?",
    # someone's click in Partner Center, which the bot does not see
    "did Jan already click the renew button in Partner Center?",
    "heeft Sofie al op verlengen gedrukt in Partner Center?",
    # another thing's mails or newsletter to stop
    "stop sending me the Microsoft partner newsletter",
    "stop met die mails van LinkedIn",
    "kun je de Partner Center nieuwsbrief uitzetten?",
    # a second batch, look-alikes of every intent written after the tuning (main answered 3 of these 30; the
    # channel's and the portal's admins and the fire drill reminder were tuned on after)
    "when does our Adobe licence renew?",
    "wanneer verloopt het leasecontract van de printer?",
    "what happens if we don't renew the domain name?",
    "wat gebeurt er als ik mijn VCA-certificaat laat verlopen?",
    "am I still in the trial period for Zoom?",
    "zitten we nog in de opzegtermijn van het kantoor?",
    "how do I renew my parking permit?",
    "hoe verleng ik mijn abonnement op de krant?",
    "what does the Figma license cost per seat?",
    "wat kost een extra Teams Phone licentie?",
    "what are the requirements for the AZ-104 exam?",
    "welke eisen stelt de bank voor de lening?",
    "did we renew the Salesforce contract last year?",
    "wie heeft de huur van het magazijn verlengd?",
    "who are the admins of the #general channel?",
    "wie zijn de beheerders van de HR-portal?",
    "when is the next fire drill reminder?",
    "stop the Jira notifications please",
    "we renewed the cleaning contract yesterday",
    "add the VAT return, due 31 July",
    "change my birthday to 3 April",
    "can you give me the status of my expense claim?",
    "is there a covid rule for the canteen?",
    "hoeveel dagen heb ik nog om mijn declaratie in te dienen?",
    "did Peter already sign the NDA?",
    "heeft Jan al op verzenden geklikt voor de offerte?",
    "zet de teamborrel op 12 juni",
    "kun je de leverancier bellen over de factuur?",
    "who is the owner of the Azure subscription?",
    "krijgen we in het nieuwe kantoor meer parkeerplekken?",
    # a third batch written after both tunings: main b7c05dd and ce7ded0 answered 1 of these 20 ("zet mijn
    # verjaardag op 4 mei", a person's anniversary word), tuned on after
    "when does the Visual Studio subscription for Jan run out?",
    "wanneer moet de APK van de bedrijfsauto?",
    "what happens if I miss the expense deadline?",
    "zijn we nog in de garantieperiode van de laptops?",
    "how do I renew the SSL certificate on our website?",
    "wat kost een Copilot licentie per maand?",
    "what do I need for the PL-300 exam?",
    "did finance already pay the Dell invoice?",
    "who is the admin of our Google Workspace?",
    "stop sending me the weekly digest",
    "we verlengden gisteren het huurcontract",
    "add the fire inspection, due 1 September",
    "zet mijn verjaardag op 4 mei",
    "status of the office move?",
    "can I still get the early bird price for Inspire?",
    "is there a grace period for the parking fine?",
    "what does MFA stand for?",
    "how many seats do we have in Teams?",
    "can you order pizza for the team?",
    "remind me to call the accountant on Friday",
]

ROUND15_CLASSES: list[tuple[str, Intent, str | None, Lang] | ParameterSet] = [
    ("change the Security anniversary to 3 May", CHANGE, W_SEC, "en"),
    ("zet de jubileumdatum van Data Analytics op 12 juni", CHANGE, W_DA, "nl"),
    ("who are the partner admins?", ADMINS, None, "en"),
    ("wie is bij ons MPN beheerder?", ADMINS, None, "nl"),
    ("status update please", STATUS, None, "en"),
    ("geef me een statusupdate", STATUS, None, "nl"),
    ("do we still get the Cloud Platform benefits on 1 July?", LOSS, W_CP, "en"),
    ("did Jan renew Security already?", HIST, W_SEC, "en"),
    ("heeft Sofie Data Analytics al verlengd?", HIST, W_DA, "nl"),
    ("stop the reminders", STOP_REM, None, "en"),
    ("stop met die herinneringen", STOP_REM, None, "nl"),
    ("stop sending me the renewal reminders", STOP_REM, None, "en"),
    # Flemish "'k" (ik) telling a renewal
    ("'k heb Security gisteren verlengd", RECORD, W_SEC, "nl"),
    ("k heb data analytics net vernieuwd", RECORD, W_DA, "nl"),
    # where all the offers the bot tracks stand: the status, no offer to track
    ("where do we stand with all the competencies we track?", STATUS, None, "en"),
    ("hoe staan alle aanbiedingen die je volgt ervoor?", STATUS, None, "nl"),
    # the 30 days after the anniversary: the window
    ("is anything in its renewal window right now?", GRACE, None, "en"),
    ("is Security currently in its 30 days?", GRACE, W_SEC, "en"),
    ("zit er iets in de 30 dagen na de jubileumdatum?", GRACE, None, "nl"),
    # the second batch's twins
    ("did Peter already renew Security?", HIST, W_SEC, "en"),
    ("stop the renewal reminders please", STOP_REM, None, "en"),
    ("who are the admins of this bot?", ADMINS, None, "en"),
    ("when do we lose the Data Analytics benefits?", LOSS, W_DA, "en"),
]
# fmt: on

# --- rounds 17 and 20's classes: hard look-alikes on our subject and about other things, and their twins -----

# Rounds 17 and 20 (tests/language/dev_round17.jsonl, dev_round20.jsonl: 100 hard look-alikes each, a third on
# our own subject asking what the bot cannot know or do, a third other things that expire, renew, cost, have
# admins or reminders, a third small talk with trap words; 140 covered each). Each class they answered or
# misread, in new phrasings written before the reader was tuned to them (not the rounds' own messages).
# Against the seven offers of ``WIDE``.
# fmt: off
ROUND20_NEGATIVES: list[str | ParameterSet] = [
    # our own past numbers: what we paid or spent, how long it took
    "how much did we pay for Security last time?",
    "wat hebben we in 2023 aan de verlenging van Data Analytics uitgegeven?",
    "what was our total spend on MPN fees last year?",
    "hoeveel hebben we vorig jaar betaald voor cloud platform?",
    "how many hours did the Kubernetes renewal take us last year?",
    # the bot asked about itself as a person: its birthday, age, feelings, favourites
    "when is your birthday, bot?",
    "hoe oud ben jij eigenlijk?",
    "do you ever get tired of reminding us?",
    "wanneer ben jij jarig?",
    "what's your favourite competency?",
    # a thing of one's own lost or gone: a badge, a key, a password
    "I lost my laptop charger, who can help?",
    "ik ben mijn toegangspas kwijt, bij wie moet ik zijn?",
    "I've lost my Partner Center password, how do I get a new one?",
    "mijn sleutel van het kantoor is weg, wie heeft er een reserve?",
    "lost my phone, where can I get a new one?",
    # the bot's handling of our data and messages
    "do you keep a copy of what I type here?",
    "waar worden mijn gegevens bewaard?",
    "who can read the messages I send you?",
    "is this chat GDPR compliant?",
    "worden mijn berichten aan jou gelogd?",
    "how long do you keep my messages?",
    # the bot asked to do a renewal for us, in other verbs: arrange, handle, take care of, sort out
    "can you sort out the Security renewal for me?",
    "regel jij de verlenging van cloud platform even?",
    "could you take care of renewing Data Analytics this year?",
    "wil je de verlenging van kubernetes voor mij in orde brengen?",
    "please handle the appdev renewal for me, I'm on holiday",
    # opinions, advice, comparisons, why, meanings, Microsoft's future
    "should we bother renewing Kubernetes on Azure this year?",
    "is het slim om data analytics nog te verlengen?",
    "which is cheaper to keep, Security or Cloud Platform?",
    "why does Microsoft make us renew every year?",
    "waarom heet het eigenlijk een anniversary?",
    "what does 'lapsed' mean exactly?",
    "will Microsoft drop advanced specializations next year?",
    "gaat Microsoft de verlengingsperiode inkorten?",
    "what would you do in my place with Security?",
    # other things that expire, renew, cost, have admins or reminders
    "when does my driving licence expire?",
    "wanneer moet mijn paspoort verlengd worden?",
    "what does a Slack Pro seat cost?",
    "hoeveel kost de jaarlijkse licentie van Adobe?",
    "who is the admin of this Slack workspace?",
    "wie beheert de Facebook pagina van het bedrijf?",
    "remind me about the dentist next Tuesday",
    "wanneer krijg ik de volgende herinnering voor mijn tandarts?",
    "how do I renew my gym membership?",
    "is there a grace period on our car insurance?",
    "wat gebeurt er als ik mijn parkeervergunning niet verleng?",
    # small talk with trap words
    "I'm dying to know how your weekend was",
    "happy anniversary to us, 5 years at this company today!",
    "wat een deadline-stress vandaag, pfff",
    "my renewal of vows is next month, wish me luck",
    "the milk in the fridge has expired, lol",
    "we lost the match yesterday, so sad",
    "ik verlies altijd met kaarten",
    "status: tired 😴",
    "deadline for lunch orders is noon, who's in?",
    # a second batch, written after the first tuning and before its own, to probe its reach
    "how much have we spent on Partner Center fees so far?",
    "what did the Security renewal cost us in 2022?",
    "hoeveel hebben we in totaal al aan competenties betaald?",
    "what was our revenue from Data Analytics projects last year?",
    "hoeveel klanten hebben we met cloud platform geholpen?",
    "is Data Analytics more expensive than Security to renew?",
    "wat is goedkoper om te behouden, cloud platform of kubernetes?",
    "which of our offers brings the most benefits?",
    "how does our Security competency compare to Contoso's?",
    "why is our anniversary in March and not January?",
    "waarom hebben we Kubernetes eigenlijk ooit aangevraagd?",
    "why does the renewal cost money at all?",
    "what is meant by 'internal use rights'?",
    "wat betekent 'lapsed' precies in Partner Center?",
    "what's the definition of an advanced specialization?",
    "would you renew Security early or wait?",
    "is het verstandig om cloud platform dit jaar te laten lopen?",
    "do you recommend keeping Data Analytics?",
    "moeten we volgens jou nog verlengen?",
    "is Microsoft planning to change the renewal window?",
    "komt er volgend jaar een nieuwe versie van Partner Center?",
    "will competencies be replaced by something else?",
    "can you just do the renewal in Partner Center for us?",
    "kun je de verlenging van security afhandelen?",
    "please take care of the Cloud Platform renewal",
    "can you pay the renewal fee with our company card?",
    "are you happy working for us?",
    "ben jij een mens?",
    "who made you?",
    "wie heeft jou gebouwd?",
    "when does the warranty on my laptop expire?",
    "hoe verleng ik mijn NS-abonnement?",
    "what does a Copilot seat cost per year?",
    "who is the admin of our Azure DevOps organisation?",
    "wie is de beheerder van de gedeelde mailbox?",
    "when is the next reminder for the team standup?",
    "stop the calendar reminders for the sprint review",
    "we renewed the domain name last week",
    "add the fire extinguisher check, due 1 October",
    "change the date of the quarterly review to 5 June",
    "is there a grace period for paying the VAT?",
    "wat gebeurt er als ons SSL-certificaat verloopt?",
    "my weekend expired way too fast",
    "I'm losing my mind with these spreadsheets",
    "happy birthday Jan! 🎂",
    "deadline or not, I'm having lunch first",
    "the coffee renewal in the kitchen is overdue haha",
    "ik heb zo'n zin in vakantie, nog 3 dagen!",
    "status: on holiday until Monday",
    # a third batch, written after the second tuning and before its own: look-alikes naming our offers
    "when does the Security team's on-call rotation renew?",
    "wanneer verloopt de licentie van onze Security scanner?",
    "what does the Kubernetes on Azure training cost?",
    "hoeveel kost een Data Analytics cursus bij Microsoft Learn?",
    "who is the admin of the Cloud Platform subscription in Azure?",
    "wie beheert het Security dashboard?",
    "when is the next reminder for the Data Analytics webinar?",
    "stop reminding me about the Security awareness training",
    "we renewed the Azure reservation for Cloud Platform yesterday",
    "add the Data Analytics workshop to the calendar on 3 May",
    "change the Security standup to Thursday",
    "did we renew the support contract for Kubernetes?",
    "what are the requirements for the Azure Solutions Architect exam?",
    "wat zijn de voorwaarden voor de Security subsidie?",
    "how do I renew the SSL certificate for the Cloud Platform portal?",
    "is there a grace period on the Azure invoice for Data Analytics?",
    "what happens if our Security insurance lapses?",
    "wanneer loopt het contract met onze Data Analytics consultant af?",
    "I renewed my Azure Fundamentals certification yesterday",
    "mijn AZ-900 is verlopen, wat nu?",
    "how many points do we have in Partner Center for Security?",
    "what's our partner capability score for Cloud Platform?",
    "hoeveel punten missen we nog voor data analytics?",
    "can you fill in the Partner Center form for the Security renewal?",
    "kun je de factuur van de verlenging naar finance sturen?",
    "send the renewal invoice to our accountant",
    "what's the best time of year to renew?",
    "is it normal that renewing takes a week?",
    "hoe lang duurt het voordat een verlenging zichtbaar is in Partner Center?",
    "are the renewal rules the same in Belgium?",
    "does Microsoft check if we actually meet the requirements?",
    "wie bij Microsoft beslist over onze verlenging?",
    "who came up with the 30-day window?",
    "what's the history of the competency programme?",
    "time flies, another year gone already!",
    "I need a vacation before my brain expires",
    "haha my patience just ran out",
    "ik ben helemaal op, mag ik naar huis?",
    "good luck with the renewal party tonight!",
    "what's the weather like tomorrow?",
    "who won the match last night?",
    # a fourth batch, written after the third tuning to probe its reach (main 34 of these 41 unanswered, this
    # branch 37 before its own tuning: a past "kostte", "wise", "smarter"; "I lost access to Partner Center,
    # who can fix it?" is left out, as likely the partner admins' to fix as not)
    "hoeveel hebben we vorig jaar aan Microsoft betaald?",
    "what did we spend on the MPN renewal in total?",
    "wat kostte de verlenging van cloud platform ons toen?",
    "hoe oud is deze bot eigenlijk?",
    "ben jij ook jarig dit jaar?",
    "when were you born, bot?",
    "ik ben mijn wachtwoord van Partner Center kwijt",
    "wie kan mijn Partner Center account resetten?",
    "wie leest er mee met deze chat?",
    "is wat ik hier typ privé?",
    "where do you store our competency data?",
    "can you handle the renewal paperwork for Security?",
    "kan je de verlenging van data analytics voor ons in orde maken?",
    "zou je de verlenging van security kunnen afhandelen?",
    "take care of the renewal for me please",
    "would it be wise to let Security lapse?",
    "what's smarter: renew now or in June?",
    "is het de moeite om kubernetes te verlengen?",
    "wat zou jij doen met onze gold competentie?",
    "why is Security so expensive to renew?",
    "waarom moeten we eigenlijk betalen voor een verlenging?",
    "what does 'grace period' actually mean for us in practice?",
    "will Microsoft still offer Data Analytics next year?",
    "denk je dat Microsoft de fee gaat verhogen?",
    "how many renewals has our team done in total?",
    "hoeveel keer hebben we al verlengd sinds 2018?",
    "when does my Visual Studio subscription renew?",
    "wat kost een Teams Premium licentie?",
    "wie is de beheerder van onze Azure tenant?",
    "stop de herinneringen van Outlook",
    "we hebben de leasewagen verlengd",
    "voeg de jaarlijkse brandoefening toe op 1 oktober",
    "zet de kerstborrel op 20 december",
    "what happens if I don't renew my passport?",
    "is er een respijtperiode voor de btw-aangifte?",
    "my renewal of the gym went through, yay",
    "I'm dying of boredom in this meeting",
    "happy anniversary to our CEO, 10 years!",
    "the deadline for the pizza order is at 12",
    "status: in meetings all day",
    # a fifth batch after the merge of the second opinion's reading of what no rule reads: small talk and
    # things of the office named after our offers (17 of 18 unanswered before: "the data analytics dashboard
    # is slow today", a tool named after an offer, as "wie beheert het Security dashboard?" of the third)
    "Security swag for the team?",
    "cloud platform hackathon next week, who's joining?",
    "data analytics lunch and learn on friday",
    "kubernetes meetup tonight?",
    "appdev team drinks after work?",
    "nieuwe hoodies voor het security team?",
    "de data analytics borrel is verplaatst naar donderdag",
    "cloud platform demo voor de klant morgen om 10",
    "wie neemt de taart mee voor de kubernetes release?",
    "is the Security channel muted for everyone?",
    "our Cloud Platform architect is leaving, any tips for a farewell gift?",
    "what's the wifi password in the Data Analytics room?",
    "ik zoek de slides van de Security training",
    "kan iemand de kubernetes cluster herstarten?",
    "the data analytics dashboard is slow today",
    "Security incident on the VPN, who is on call?",
    "wat vind jij van de nieuwe partner portal?",
    "did you like the Cloud Platform keynote?",
]

ROUND20_CLASSES: list[tuple[str, Intent, str | None, Lang] | ParameterSet] = [
    # the fee of renewing, not what we paid
    ("how much does renewing Security cost?", FEES, W_SEC, "en"),
    ("wat kost het om data analytics te verlengen?", FEES, W_DA, "nl"),
    ("do we pay anything to renew Cloud Platform?", FEES, W_CP, "en"),
    # the offer's anniversary, not the bot's birthday
    ("when is the anniversary of Security?", DUE, W_SEC, "en"),
    ("wanneer is de verjaardatum van cloud platform?", DUE, W_CP, "nl"),
    ("could you remind me when Security is due?", DUE, W_SEC, "en"),
    # losing the offer or its benefits, not a thing of one's own
    ("when do we lose Security if we don't renew?", LOSS, W_SEC, "en"),
    ("which competencies do we lose in Q2?", LOSS, None, "en"),
    ("what's the last day we keep Data Analytics if we do nothing?", LOSS, W_DA, "en"),
    ("what do we lose if Data Analytics lapses?", CONSEQ, W_DA, "en"),
    ("what's the fallout if we miss the Security window?", CONSEQ, W_SEC, "en"),
    ("wat als we de verlenging van security missen?", CONSEQ, W_SEC, "nl"),
    # how to renew ourselves, not the bot doing it
    ("how do I renew Kubernetes on Azure?", HOW, W_K8S, "en"),
    ("hoe verleng ik security?", HOW, W_SEC, "nl"),
    ("wat moet ik regelen om security te verlengen?", HOW, W_SEC, "nl"),
    ("how do I get Security renewed?", HOW, W_SEC, "en"),
    # our renewal history, who renewed
    ("did we renew Security last year?", HIST, W_SEC, "en"),
    ("wie heeft security het laatst verlengd?", HIST, W_SEC, "nl"),
    ("which renewals have been recorded so far?", HIST, None, "en"),
    # the partner admins, the reminders, the window, the status
    ("who are our partner admins?", ADMINS, None, "en"),
    ("wie zijn onze MPN beheerders?", ADMINS, None, "nl"),
    ("when is the next reminder for Security?", NEXT_REM, W_SEC, "en"),
    ("waar komt de herinnering voor data analytics terecht?", NEXT_REM, W_DA, "nl"),
    ("stop the reminders for Cloud Platform", STOP_REM, W_CP, "en"),
    ("can we still renew Security or is it too late?", GRACE, W_SEC, "en"),
    ("is there a covid extension for Security?", EXT, W_SEC, "en"),
    ("we renewed Security yesterday", RECORD, W_SEC, "en"),
    ("status report please", STATUS, None, "en"),
    ("hoi! kun je een overzicht geven van wat er loopt?", STATUS, None, "nl"),
    ("what can you do?", HELP, None, "en"),
    # a second batch, written after the first tuning: the offers we still hold, with no day, are the status
    # (main's second opinion read 3 of these 5 as the loss date; "still have X on 1 June" is one)
    ("which competencies do we still hold?", STATUS, None, "en"),
    ("welke competenties hebben we nog?", STATUS, None, "nl"),
    ("which specializations do we still have?", STATUS, None, "en"),
    ("welke aanbiedingen hebben we allemaal nog?", STATUS, None, "nl"),
    ("what offers do we still hold?", STATUS, None, "en"),
    # the second batch of negatives' twins, written with them
    ("what does renewing Data Analytics cost?", FEES, W_DA, "en"),
    ("hoeveel kost de verlenging van security?", FEES, W_SEC, "nl"),
    ("is there a fee to renew Cloud Platform?", FEES, W_CP, "en"),
    ("who are the partner admins for our MPN account?", ADMINS, None, "en"),
    ("wie zijn de beheerders van deze bot?", ADMINS, None, "nl"),
    ("when is the next reminder for Cloud Platform?", NEXT_REM, W_CP, "en"),
    ("stop the reminders for Security", STOP_REM, W_SEC, "en"),
    ("we renewed Data Analytics last week", RECORD, W_DA, "en"),
    ("can you record that we renewed Security yesterday?", RECORD, W_SEC, "en"),
    ("when does Security expire?", LOSS, W_SEC, "en"),
    ("what happens if Security expires?", CONSEQ, W_SEC, "en"),
    ("hoe verleng ik cloud platform?", HOW, W_CP, "nl"),
    ("did we renew Cloud Platform last year?", HIST, W_CP, "en"),
    ("is there a grace period for Security?", GRACE, W_SEC, "en"),
    ("how many days do we have left to renew Security?", GRACE, W_SEC, "en"),
    ("wat gebeurt er als we security niet verlengen?", CONSEQ, W_SEC, "nl"),
    # the third batch's twins
    ("when is the next reminder for Data Analytics?", NEXT_REM, W_DA, "en"),
    ("stop reminding me about Security", STOP_REM, W_SEC, "en"),
    ("we renewed Cloud Platform yesterday", RECORD, W_CP, "en"),
    ("what are the requirements for Security?", REQ, W_SEC, "en"),
    ("wat zijn de voorwaarden voor data analytics?", REQ, W_DA, "nl"),
    ("what happens if Security lapses?", CONSEQ, W_SEC, "en"),
    ("wanneer loopt data analytics af?", LOSS, W_DA, "nl"),
    ("did we renew Kubernetes?", HIST, W_K8S, "en"),
    ("how much does the Security renewal cost?", FEES, W_SEC, "en"),
    ("wie is onze partnerbeheerder?", ADMINS, None, "nl"),
]
# fmt: on


# --- rounds 16, 18, 19 and 22's classes of miss, in new phrasings -----------------------------------------

# Each class of covered question that rounds 16, 18 (fair samples), 19 (indirect phrasing) and 22 (Dutch and
# Flemish chat) read wrong, in phrasings written for the class before the reader was tuned to them (not the
# rounds' own messages). Against the seven offers of ``WIDE``.
# fmt: off
ROUND18_CLASSES: list[tuple[str, Intent, str | None, Lang] | ParameterSet] = [
    # English verbs inflected in Dutch: "gerenewed", "gerenewd"
    ("security is gisteren gerenewed", RECORD, W_SEC, "nl"),
    ("data analytics is vorige week gerenewd", RECORD, W_DA, "nl"),
    ("is cloud platform al gerenewd?", HIST, W_CP, "nl"),
    # a renewal told in the passive, with a request to update the bot
    ("Data Analytics has been renewed this morning, can you update that?", RECORD, W_DA, "en"),
    ("Security is renewed, please update", RECORD, W_SEC, "en"),
    ("cloud platform is gisteren verlengd, kun je dat bijwerken?", RECORD, W_CP, "nl"),
    # a renewal told as "done", in chat
    ("appdev gedaan hoor, vanochtend", RECORD, W_APPDEV, "nl"),
    ("security is vorige week gedaan, door Jan", RECORD, W_SEC, "nl"),
    # the fee in other words
    ("hangt er een prijskaartje aan het verlengen van security?", FEES, W_SEC, "nl"),
    ("hoeveel moeten we neertellen voor data analytics?", FEES, W_DA, "nl"),
    ("hoeveel moeten we ophoesten voor cloud platform?", FEES, W_CP, "nl"),
    # requirements asked as what Microsoft or the offer asks of us
    ("wat vraagt Microsoft voor data analytics?", REQ, W_DA, "nl"),
    ("what does Cloud Platform require of us?", REQ, W_CP, "en"),
    ("welke eisen stelt Microsoft aan security?", REQ, W_SEC, "nl"),
    # the status in other words
    ("show all please", STATUS, None, "en"),
    ("a status report for the board please", STATUS, None, "en"),
    ("wat is de stand van zaken?", STATUS, None, "nl"),
    ("wat hebben we allemaal lopen?", STATUS, None, "nl"),
    # the renewals planned in a range
    ("welke verlengingen staan er volgende maand op de planning?", DUE, None, "nl"),
    ("what's next in line for renewal?", DUE, None, "en"),
    # what runs out before an event or a holiday
    ("does anything run out before easter?", LOSS, None, "en"),
    ("verloopt er iets in de komende drie weken?", LOSS, None, "nl"),
    # stopping the reminders in chat
    ("kappen met die herinneringen", STOP_REM, None, "nl"),
    # the days left to renew, in other words
    ("hoeveel tijd rest er nog voor security?", GRACE, W_SEC, "nl"),
    ("is data analytics still renewable?", GRACE, W_DA, "en"),
    # the admins named "here"
    ("wie staan er als partner admin?", ADMINS, None, "nl"),
]

ROUND19_CLASSES: list[tuple[str, Intent, str | None, Lang] | ParameterSet] = [
    # a renewal told with an apology or a remark after it
    ("I renewed Security last week but forgot to tell you", RECORD, W_SEC, "en"),
    ("Cloud Platform is renewed as of this morning, you can stop reminding me", RECORD, W_CP, "en"),
    # history asked as doubt: "not sure if", "volgens mij ... klopt dat?"
    ("not sure if Security got renewed last year, can you check?", HIST, W_SEC, "en"),
    ("volgens mij is data analytics vorig jaar verlengd, klopt dat?", HIST, W_DA, "nl"),
    # statements that imply a question: the fee asked after context
    ("the budget round is next week. how much will the Data Analytics renewal cost?", FEES, W_DA, "en"),
    # the consequences asked after context
    ("Security is due soon and money is tight. what happens if we don't renew it?", CONSEQ, W_SEC, "en"),
    # requirements asked indirectly
    ("I'm trying to work out what Data Analytics asks of us", REQ, W_DA, "en"),
    ("ik probeer te achterhalen wat security van ons vraagt", REQ, W_SEC, "nl"),
    # the extension relayed from someone else
    ("someone at a partner event mentioned an extension because of covid. does it apply to us?", EXT, None, "en"),
    ("een collega had het over uitstel door corona, geldt dat ook voor ons?", EXT, None, "nl"),
    # the offer named first, then "it" / "die" in the question
    ("the security one - is it still valid at the end of the quarter?", LOSS, W_SEC, "en"),
    ("cloud platform, wanneer moet die verlengd worden?", DUE, W_CP, "nl"),
    ("data analytics moet binnenkort verlengd worden. hoe doe je dat?", HOW, W_DA, "nl"),
    # the status in other words
    ("what's red and what's green?", STATUS, None, "en"),
    ("wat is de huidige toestand van onze competenties?", STATUS, None, "nl"),
    # being allowed to call ourselves a partner of the offer: still holding it
    ("until when can we call ourselves a Security partner?", LOSS, W_SEC, "en"),
    # an event's date planned for renewal
    ("wanneer staat data analytics gepland voor verlenging?", DUE, W_DA, "nl"),
    # what runs out in a range, asked as a need
    ("need a list of what expires in Q3", LOSS, None, "en"),
    # written after the tuning: a loss asked with "already" is the loss date, not a renewal done ("al
    # gerenewd?"); the second opinion retrained on these rounds' "already" rows was far surer of the history
    ("has Security lapsed already?", LOSS, W_SEC, "en"),
    ("has Cloud Platform expired already?", LOSS, W_CP, "en"),
    ("is data analytics al verlopen?", LOSS, W_DA, "nl"),
    ("is security al vervallen?", LOSS, W_SEC, "nl"),
    ("did appdev already run out?", LOSS, W_APPDEV, "en"),
]

ROUND22_CLASSES: list[tuple[str, Intent, str | None, Lang] | ParameterSet] = [
    # chat Dutch: "niks doen", "gevolgen"
    ("wat zijn de gevolgen als we niks doen voor security?", CONSEQ, W_SEC, "nl"),
    # still holding an offer after a holiday
    ("hebben we na de zomervakantie nog data analytics?", LOSS, W_DA, "nl"),
    # the next reminder's channel
    pytest.param(
        "waar wordt de volgende herinnering voor security gepost?", NEXT_REM, W_SEC, "nl",
        marks=pytest.mark.xfail(strict=True, reason="the offer before a Dutch participle read as the kind of a noun"),
    ),
    # the window in a range
    ("can we still renew anything this month?", GRACE, None, "en"),
    # how long to the anniversary: the due date
    ("hoelang nog tot de verjaardatum van security?", DUE, W_SEC, "nl"),
    # history in chat: "al gerenewd", "al gedaan of moet dat nog"
    ("heeft iemand security al gerenewd?", HIST, W_SEC, "nl"),
    ("data analytics al gedaan of moet dat nog?", HIST, W_DA, "nl"),
    # all we hold and whether it is still valid: the status
    ("welke competenties hebben we en zijn ze nog geldig?", STATUS, None, "nl"),
    # thanks in Dutch with an intensifier
    ("thanks, super geholpen", THANKS, None, "nl"),
]
# fmt: on


# The words rounds 16-22's classes add, in questions about other things: none is answered.
ROUND18_NEGATIVES: list[str | ParameterSet] = [
    "de laptop is gisteren gerenewed",
    "the office lease has been renewed, can you update the wiki?",
    "hangt er een prijskaartje aan de nieuwe laptop?",
    "hoeveel moeten we neertellen voor de bedrijfsauto?",
    "wat vraagt de bank voor de lening?",
    "what does the AZ-104 exam require of us?",
    "show all files in the folder",
    "wat is de stand van zaken met de verbouwing?",
    "wat hebben we allemaal lopen bij de bank?",
    "welke vergaderingen staan er volgende week op de planning?",
    "does the shop close before easter?",
    "kappen met die vergaderingen",
    "I renewed my passport last week but forgot to tell you",
    "not sure if the domain got renewed last year, can you check?",
    "until when can we call ourselves a startup?",
    "waar wordt de volgende nieuwsbrief gepost?",
    "heeft iemand de printer al gerepareerd?",
    "thanks, super geholpen met de laptop",
    # a second batch, written after the tuning to probe its reach (all unanswered when written)
    "can we move the Security workshop to 3 May?",
    "kun je de security training verzetten naar 3 augustus?",
    "the printer has been renewed, can you update the inventory?",
    "de vergadering is gedaan hoor, door mij",
    "the office lease is renewed, please update",
    "welke vergaderingen staan er op de planning?",
    "is de parkeerplaats gratis of hangt er een prijskaartje aan?",
    "our HR team wants to know the procedure for renewing a passport, can you explain",
    "Verloopt er iets in mijn agenda volgende week? Ik zit dan in Spanje",
    "is my laptop warranty still valid? I dropped it yesterday",
    "hoeveel moeten we neertellen voor de nieuwe laptops?",
    "someone at the conference mentioned a discount because of corona, does it apply to us?",
    "wat vraagt de verhuurder voor het kantoor?",
    "show all my calendar invites",
    "kappen met die vergaderingen aub",
    "renew by when for my passport?",
]


# One check for every round's classes and negatives: a class phrasing reads as its intent, offer and language
# (an uncovered one states nothing); a negative, about another thing in the same words, is not answered.
@pytest.mark.parametrize(
    ("text", "intent", "offer", "lang"),
    ROUND7_CLASSES
    + ROUND10_CLASSES
    + ROUND8_CLASSES
    + ROUND11_CLASSES
    + ROUND12_CLASSES
    + ROUND14_CLASSES
    + ROUND15_CLASSES
    + ROUND18_CLASSES
    + ROUND19_CLASSES
    + ROUND22_CLASSES
    + ROUND20_CLASSES,
)
def test_a_class_of_miss_in_new_phrasings(text: str, intent: Intent, offer: str | None, lang: Lang) -> None:
    got = understand(text, WIDE)
    if intent is UNKNOWN:  # nothing stated: "I can't answer that", or thanks for the thanks
        assert got.intent in (UNKNOWN, HELP, HI, THANKS)
    else:
        assert (got.intent, got.offer, got.lang) == (intent, offer, lang)


@pytest.mark.parametrize(
    "text",
    ROUND7_NEGATIVES
    + ROUND10_NEGATIVES
    + ROUND8_NEGATIVES
    + ROUND11_NEGATIVES
    + ROUND12_NEGATIVES
    + ROUND14_NEGATIVES
    + ROUND15_NEGATIVES
    + ROUND18_NEGATIVES
    + ROUND20_NEGATIVES,
)
def test_the_words_a_class_added_are_not_answered_about_other_things(text: str) -> None:
    assert understand(text, WIDE).intent in (UNKNOWN, HELP, HI, THANKS)
