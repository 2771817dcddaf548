"""No reply to a question nothing covers states a date (issue 14).

A confident wrong date costs a competency; "I can't answer that yet, here is what I can do" costs the user
little. So the property is checked at the reply, not at the intent: every uncovered row of every development
round and the lookalikes of ``test_topic`` (questions and proposals about other things), and generated questions about other things that expire or renew (licences, certificates, domains,
exams, Azure credits, contracts, named things of other trades) with a date and one of the workspace's offer
names inside, are read and answered through the real answer layer (``bot.dm.answer``) for a workspace that
tracks all seven offers of ``WIDE``, each with dates near the day asked, and the reply text and blocks must
hold no date: no month name in either language, no year, no ISO day.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from babel.dates import get_month_names
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rules
from bot.core import answers
from bot.core.conversation import Conversation
from bot.core.people import Person
from bot.dm.answer import answer_dm, read_dm
from bot.language.i18n import Lang
from bot.language.reader import Intent
from storage import Store
from tests.language.dev_messages import DEV, WIDE
from tests.language.dev_rounds import read_rows
from tests.language.test_topic import LOOKALIKES, NOT_PROPOSALS, OTHER_THINGS

TODAY = date(2021, 3, 20)
TEAM = "T1"
USER = "U1"
# Every phase near TODAY: lapsed, in the renewal window, due soon, due later.
_ANNIVERSARIES = (
    date(2021, 3, 10),
    date(2021, 4, 1),
    date(2021, 3, 25),
    date(2021, 2, 1),
    date(2021, 6, 30),
    date(2021, 5, 3),
    date(2021, 9, 1),
)
_SPECIALIZATIONS = {"Kubernetes on Azure", "Windows Server and SQL Server Migration to Microsoft Azure"}

# The month names as the bot's dates are rendered (Babel's CLDR data), in both languages, and their short forms.
_MONTHS = {
    name.casefold()
    for lang in ("en", "nl")
    for width in ("wide", "abbreviated")
    for name in get_month_names(width, locale=lang).values()
}
_A_DATE = re.compile(
    r"\b(?:" + "|".join(sorted(m.rstrip(".") for m in _MONTHS)) + r")\b|\b20\d\d\b|\b\d{4}-\d\d-\d\d\b",
    re.IGNORECASE,
)

_ROUNDS = tuple(
    f"dev_round{n}.jsonl" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 22)
)
UNCOVERED = sorted(
    {d.text for d in DEV if d.intent is Intent.UNKNOWN}
    | {
        r.text
        for name in _ROUNDS
        for r in read_rows(Path(__file__).with_name(name))
        if r.intent is Intent.UNKNOWN
    }
    # the lookalikes of ``test_topic``: questions and proposals about other things, written for precision
    | set(OTHER_THINGS)
    | set(NOT_PROPOSALS)
    | {other for other, _, _ in LOOKALIKES}
)


@pytest.fixture
def conv(store: Store) -> Conversation:
    ws = store.workspace(TEAM)
    for name, anniversary in zip(WIDE, _ANNIVERSARIES, strict=True):
        kind = rules.Kind.ADVANCED_SPECIALIZATION if name in _SPECIALIZATIONS else rules.Kind.COMPETENCY
        answers.add_offer(ws, actor=USER, kind=kind, name=name, anniversary=anniversary, today=TODAY)
    return Conversation(ws, ws.settings(), Person(USER), "en", TODAY)


def _reply_to(text: str, conv: Conversation) -> str:
    question = read_dm(text, conv)
    reply = answer_dm(question, conv.written_in(question.lang))
    return reply.text + "\n" + json.dumps(reply.blocks, ensure_ascii=False)


def test_the_check_sees_a_date_in_a_dated_reply(conv: Conversation) -> None:
    """The check can fail: a covered question gets its date."""
    assert _A_DATE.search(_reply_to("when do we lose cloud platform?", conv))
    assert _A_DATE.search(_reply_to("wanneer moeten we security verlengen?", conv))


def test_no_reply_to_an_uncovered_development_row_states_a_date(conv: Conversation) -> None:
    dated = {text: found.group(0) for text in UNCOVERED if (found := _A_DATE.search(_reply_to(text, conv)))}
    assert len(UNCOVERED) > 500
    assert dated == KNOWN_DATED, dated


# Uncovered rows whose reply still states a date, named so that a new one fails and a fixed one must be
# taken off. None since the second opinion (``bot.language.reader.second_opinion``); before it: r5-303 ("the
# partner badge logo for Security"), r11-186 ("the cost management dashboard", read as the fee) and a round
# 12 row on IUR licences; round 20 as added: the bot's own birthday ("wanneer is jouw verjaardag eigenlijk,
# bot?") read as a due date and what we paid last year read as the fee, until its tuning.
KNOWN_DATED: dict[str, str] = {}


@pytest.mark.parametrize(
    ("text", "offer"),
    [
        ("how is Security looking?", "Security"),
        ("hoe gaat het met appdev?", "Silver Application Development"),
    ],
)
def test_the_status_of_one_named_offer_is_that_offers(conv: Conversation, text: str, offer: str) -> None:
    """ "How is X looking?" answers X's standing (its phase and dates), not the overview of every offer."""
    reply = _reply_to(text, conv)
    assert f"*{offer}*" in reply or offer in reply
    assert not any(other in reply for other in WIDE if other != offer and other not in offer)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Kunt ge efkes nakijken of er iets vervalt voor de kerstvakantie?", "geen vaste data"),
        ("what expires during the summer holidays?", "no fixed dates"),
    ],
)
def test_a_school_holiday_gets_no_guessed_range(conv: Conversation, text: str, words: str) -> None:
    """A question about a school holiday is covered, but its dates differ by region and year: the reply says
    so and asks for dates, in the question's language, and lists no offer as falling in a guessed range."""
    reply = _reply_to(text, conv)
    assert words in reply
    assert not any(offer in reply for offer in WIDE)


@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        ("when is our Data Platform competency due?", "Data Platform", "is not tracked in this workspace"),
        ("do we still have benefits for enterprise mobility management?", "Enterprise Mobility Management",
         "is not tracked in this workspace"),
        ("wanneer moeten we Windows and Devices verlengen?", "Windows and Devices", "wordt in deze workspace niet gevolgd"),
    ],
)  # fmt: skip
def test_a_competency_not_tracked_here_is_named_with_what_is(
    conv: Conversation, text: str, name: str, words: str
) -> None:
    """A 2021 competency the workspace does not track gets "not tracked here" and the tracked offers, in the
    question's language: never another offer's dates, and not "I can't answer that" for a question of ours."""
    reply = _reply_to(text, conv)
    assert f"*{name}*" in reply and words in reply
    assert all(offer in reply for offer in WIDE)
    assert not _A_DATE.search(reply)


_THINGS_EN = (
    "Microsoft 365 licences", "Azure subscription", "SSL certificate", "domain name", "exam voucher",
    "Azure credits", "contract with Contoso", "AZ-104 certification", "Visual Studio subscription",
    "Zendesk plan", "office lease", "wildcard cert", "Power BI Pro seats", "CSP agreement", "Action Pack",
    "reserved instances", "support plan", "Dynamics licences of our customer",
)  # fmt: skip
_THINGS_NL = (
    "Microsoft 365 licenties", "Azure abonnement", "SSL certificaat", "domeinnaam", "examenvoucher",
    "Azure tegoed", "contract met Contoso", "AZ-104 certificering", "huurcontract", "Zendesk abonnement",
    "supportcontract", "Power BI licenties", "CSP overeenkomst", "Action Pack",
)  # fmt: skip
_DAYS_EN = ("on 3 May", "next Friday", "before 2021-06-30", "in Q3", "by the end of the month", "")
_DAYS_NL = ("op 3 mei", "volgende week", "voor 30 juni", "in Q3", "eind deze maand", "")
_FRAMES_EN = (
    "when does our {thing} for {offer} expire {day}?",
    "does the {thing} we use for {offer} renew {day}?",
    "when must we renew the {thing} {day}, it's for {offer}",
    "is our {thing} still valid {day}? asking for the {offer} team",
    "how do I renew my {thing} {day}",
)
_FRAMES_NL = (
    "wanneer verloopt ons {thing} voor {offer} {day}?",
    "moeten we het {thing} {day} verlengen? het is voor {offer}",
    "is mijn {thing} {day} nog geldig?",
    "hoe verleng ik de {thing} {day} van {offer}",
)


@st.composite
def _off_topic(draw: st.DrawFn) -> str:
    dutch = draw(st.booleans())
    frame = draw(st.sampled_from(_FRAMES_NL if dutch else _FRAMES_EN))
    return frame.format(
        thing=draw(st.sampled_from(_THINGS_NL if dutch else _THINGS_EN)),
        offer=draw(st.sampled_from(WIDE)),
        day=draw(st.sampled_from(_DAYS_NL if dutch else _DAYS_EN)),
    ).replace("  ", " ")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_off_topic())
def test_no_reply_to_a_question_about_another_thing_states_a_date(conv: Conversation, text: str) -> None:
    said = _reply_to(text, conv)
    assert not _A_DATE.search(said), (text, said)


# --- and the other side: a covered date question about one offer states that offer's date ----------------

_DATE_QUESTIONS = (Intent.LOSS_DATE, Intent.DUE_DATE, Intent.GRACE)


def dated_rows(path: Path) -> list[tuple[str, str]]:
    """The rows of a round that ask a date of one named offer, with no day or range of their own: (text,
    offer). A reply to each must state a date of that offer."""
    from bot.language.reader.when import read_when

    return [
        (r.text, r.offer)
        for r in read_rows(path)
        if r.intent in _DATE_QUESTIONS and r.offer and not read_when(r.text, "en", TODAY).named
    ]


def right_dates(rows: list[tuple[str, str]], conv: Conversation) -> float:
    """The share of ``rows`` whose reply names the offer and one of its own dates (anniversary, the window's
    first and last day, benefits lost, the reminders, the next anniversary), and no date that belongs only to another offer: the issue's answer-level measure
    ("the right date for the right offer"), through the real answer layer."""
    from bot.language.i18n import format_day

    def dates_of(name: str, lang: Lang) -> set[str]:
        offer = rules.Offer(name, rules.Kind.COMPETENCY, conv.ws.find_offer(name).anniversary)
        a = offer.anniversary
        days = (a, rules.window_opens(offer), rules.last_day_to_renew(offer), rules.benefits_lost_on(offer))
        cycle = (a - timedelta(days=15), a + timedelta(days=23), a + timedelta(days=365))  # reminders, next
        return {format_day(d, lang) for d in days + cycle}

    right = 0
    for text, name in rows:
        question = read_dm(text, conv)
        lang = question.lang or conv.lang
        said = _reply_to(text, conv)
        own = dates_of(name, lang)
        foreign = set().union(*(dates_of(other, lang) for other in WIDE if other != name)) - own
        right += name in said and any(d in said for d in own) and not any(d in said for d in foreign)
    return right / len(rows)


# Floors per round: a regression fails; the figures are printed with -s. Rounds 2-6 were tuned on (when
# this check was written: 100%, 94.4%, 100%, 97.1%, 100%). Measured before any tuning, on rounds written
# blind and not yet read: round 7 87.5% of 40, round 8 85.0% of 40, round 9 91.7% of 12 (main 93cf056).
# Round 7 after its tuning 100% of 40; round 10 before its tuning already 100% of 35 (main 2f15169). Round 8,
# as the lead measured it: 85.0% of 40 before any of rounds 7-10's work, 87.5% with it (f411e4a); after its own
# tuning 97.5% of 40. Round 11, held out until then: 93.5% of 46 on ce7ded0, after its tuning 100% of 46.
# Round 12 (precision on our own subject) 100% of 14 before and after its tuning; round 15 (look-alikes about
# other things) 100% of 12 before and after. Round 14, written blind around the class list: 92.9% of 42
# on reader11 merged with main (9f33d11), after its tuning 97.6% of 42. Rounds 17 and 20 (hard look-alikes)
# on main eb0f9ce: 100% of 24 and 92.0% of 25; after their tuning 100% and 96.0%. Rounds 16, 18, 19 and 22 on
# main eb0f9ce (the second opinion trained without them): 97.8% of 46, 96.1% of 51, 87.5% of 40, 96.7% of 30;
# after their tuning, with the model trained without them, 100%, 98.0%, 92.5%, 100% of 29; shipped 100%, 100%,
# 95.0%, 100%.
_ANSWER_FLOORS = {"dev_round2.jsonl": 0.96, "dev_round3.jsonl": 0.92, "dev_round4.jsonl": 0.96,
                  "dev_round5.jsonl": 0.94, "dev_round6.jsonl": 0.94, "dev_round7.jsonl": 0.97,
                  "dev_round8.jsonl": 0.97, "dev_round10.jsonl": 0.97, "dev_round11.jsonl": 0.99,
                  "dev_round12.jsonl": 0.92, "dev_round14.jsonl": 0.97, "dev_round15.jsonl": 0.91,
                  "dev_round16.jsonl": 0.99, "dev_round17.jsonl": 0.99, "dev_round18.jsonl": 0.99,
                  "dev_round19.jsonl": 0.94, "dev_round20.jsonl": 0.95, "dev_round22.jsonl": 0.99}  # fmt: skip


@pytest.mark.parametrize("name", sorted(_ANSWER_FLOORS))
def test_a_date_question_about_one_offer_is_answered_with_that_offers_date(
    conv: Conversation, name: str
) -> None:
    rows = dated_rows(Path(__file__).with_name(name))
    share = right_dates(rows, conv)
    print(f"\n{name}: right date for the right offer in {share:.1%} of {len(rows)} date questions")
    assert len(rows) >= 10 and share >= _ANSWER_FLOORS[name]


def test_the_answer_level_check_can_fail(conv: Conversation) -> None:
    """Another offer's question, or a reply with no date, is not counted right."""
    assert right_dates([("when do we lose cloud platform?", "Cloud Platform")], conv) == 1.0
    assert right_dates([("when do we lose security?", "Cloud Platform")], conv) == 0.0
    assert right_dates([("how do I renew cloud platform?", "Cloud Platform")], conv) == 0.0
