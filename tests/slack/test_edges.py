"""Right answers at the edges (issue: what a careful and a careless partner admin found): every day an
answer names to act on is today or later, and a DM that names a day says which day the answer is for."""

from __future__ import annotations

import re

import pytest

from bot.render import settings as render_settings
from bot.render.settings import admin_list
from tests.harness import ADMIN, DUTCH, MEMBER, PARTNER, TEAM, Harness
from tests.language.test_dm import answers_in, dm

DAY = re.compile(
    r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b"
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def days_named(text: str) -> list[tuple[int, int, int]]:
    return [(int(y), MONTHS.index(m) + 1, int(d)) for d, m, y in DAY.findall(text)]


def test_the_extension_answer_for_a_lost_offer_names_no_past_deadline(bot: Harness) -> None:
    """On 2 April 2021 an offer lost on 1 April (anniversary 1 March) is not "qualifies ... renew by 31 March"."""
    bot.command("partner-center yes", user=PARTNER)
    bot.command("add Cloud Platform 2021-03-01", user=PARTNER)
    bot.command("add Security 2021-03-20", user=PARTNER)
    bot.set_today("2021-04-02")
    text = bot.command("extension cloud platform").everything
    assert "qualifies" not in text and "renew" not in text.split("lost on")[0].lower()
    assert "lost on 1 April 2021" in text and "partner support" in text
    assert "by 31 March 2021" not in text
    whole = bot.command("extension").everything
    assert "1 of 2 offers qualify" in whole  # Security still qualifies; the lost one is not counted
    # every "by <day>" deadline in the answer is today or later
    for deadline in re.findall(r"by (\d{1,2} \w+ \d{4})", whole):
        assert days_named(deadline)[0] >= (2021, 4, 2), deadline


def test_the_lost_offer_extension_answer_in_dutch(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-01", user=PARTNER)
    bot.set_today("2021-04-02")
    text = bot.command("extension cloud platform", user=DUTCH).everything
    assert "kwijt sinds 1 april 2021" in text and "komt in aanmerking" not in text


@pytest.mark.parametrize(
    ("question", "note"),
    [
        (
            "when do I lose benefits on 2021-04-15?",
            "On 15 April 2021, *Cloud Platform* will have lost its benefits",
        ),
        (
            "do we still have benefits on 2021-04-05?",
            "On 5 April 2021 you will still have benefits for *Cloud Platform*",
        ),
        ("status on 15 April 2021", "15 April 2021"),
        ("status op 2 april 2021", "2 april 2021"),
        ("what expires in April?", "Expiring between 1 April 2021 and 30 April 2021"),
        ("wat verloopt er in mei?", "Tussen 1 mei 2021 en 31 mei 2021 verloopt er niets."),
        (
            "wanneer verlies ik mijn voordelen op 03/04/2021?",
            "“03/04/2021” kan 3 april 2021 of 4 maart 2021 zijn",
        ),
        ("are we still covered on 03/04?", "“03/04” could be 4 March 2022 or 3 April 2021"),
        # a day that does not exist is said to be no day, not "reads two ways", and never answered
        ("are we still covered on 31/04?", "“31/04” isn't a real date"),
        ("zijn we op 30 februari nog gedekt?", "“30 februari” bestaat niet"),
        ("we renewed Cloud Platform on 31 april", "“31 april” isn't a real date"),
    ],
)
def test_a_dm_that_names_another_day_is_answered_for_that_day_and_says_so(
    bot: Harness, question: str, note: str
) -> None:
    """The day or range in the message is the day of the answer, stated in it; a date that reads two ways
    is never guessed (issue 14)."""
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    bot.event(dm(bot, question))
    (reply,) = answers_in(bot)
    assert note in reply, reply


@pytest.mark.parametrize(
    "question",
    [
        "are we still covered on 31/04?",
        "wanneer verliezen we Cloud Platform op 30-02-2021?",
        "status per 31 juni",
    ],
)
def test_a_dm_naming_no_real_day_states_no_date_and_changes_nothing(bot: Harness, question: str) -> None:
    """Not as of today, not as of the nearest real day: only why the day was not taken."""
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    bot.event(dm(bot, question))
    (reply,) = answers_in(bot)
    assert "10 April 2021" not in reply and "10 april 2021" not in reply and "9 April" not in reply, reply
    assert [(o.name, o.anniversary.isoformat()) for o in bot.store.workspace(TEAM).offers()] == [
        ("Cloud Platform", "2021-03-10")
    ]


def test_a_dm_without_a_day_gets_no_note(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    bot.event(dm(bot, "when do I lose benefits?"))
    bot.event(dm(bot, "when do I lose benefits today?"))
    for reply in answers_in(bot):
        assert "On 20 March" not in reply and "10 April 2021" in reply


@pytest.mark.parametrize("typed", ["2021-02-31", "31 Feb 2021", "31 februari 2021"])
@pytest.mark.parametrize(
    "command", ["add Security {d}", "fix Cloud Platform {d}", "renew Cloud Platform {d}"]
)
def test_an_impossible_date_gets_its_precise_reason_and_changes_nothing(
    bot: Harness, command: str, typed: str
) -> None:
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    before = [(o.name, o.anniversary) for o in bot.store.workspace(TEAM).offers()]
    answer = bot.command(command.format(d=typed), user=PARTNER)
    assert "isn't a real date" in answer.text and "I don't track" not in answer.text, answer.text
    assert [(o.name, o.anniversary) for o in bot.store.workspace(TEAM).offers()] == before


@pytest.mark.parametrize("command", ["add Security {d}", "fix Cloud Platform {d}"])
def test_a_numeric_date_that_cannot_be_read_is_not_swallowed_into_the_name(
    bot: Harness, command: str
) -> None:
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    answer = bot.command(command.format(d="2021-13-01"), user=PARTNER)
    assert "couldn't read “2021-13-01” as a date" in answer.text
    assert [o.name for o in bot.store.workspace(TEAM).offers()] == ["Cloud Platform"]


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("1999-05-01", "before 2000"),
        ("0001-01-01", "before 2000"),
        ("2030-05-01", "more than two years away"),
        ("9998-12-31", "more than two years away"),
    ],
)
def test_an_implausible_anniversary_is_refused_with_the_reason(bot: Harness, typed: str, reason: str) -> None:
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    for command in (f"add Security {typed}", f"fix Cloud Platform {typed}"):
        answer = bot.command(command, user=PARTNER)
        assert reason in answer.text and "Nothing was saved" in answer.text, answer.text
        assert "YYYY-MM-DD" not in answer.text  # the date was read; the problem is what it says
    offers = bot.store.workspace(TEAM).offers()
    assert [(o.name, o.anniversary.isoformat()) for o in offers] == [("Cloud Platform", "2021-03-10")]
    bot.command(f"admins add <@{DUTCH}>", user=PARTNER)
    assert "Er is niets opgeslagen" in bot.command(f"add Security {typed}", user=DUTCH).text


def test_the_plausible_edges_are_accepted(bot: Harness) -> None:
    assert "Added" in bot.command("add Old 2000-01-01", user=PARTNER).text
    assert "Added" in bot.command("add Far 2023-03-20", user=PARTNER).text  # two years of 365 days ahead


def test_an_ambiguous_fragment_names_every_candidate(bot: Harness) -> None:
    bot.command("add specialization Kubernetes on Azure 2021-04-01", user=PARTNER)
    bot.command("add specialization Kubernetes Edge 2021-05-01", user=PARTNER)
    for command in ("when kubernetes", "remove kube", "renew kubernetes", "extension kuber"):
        text = bot.command(command, user=PARTNER).text
        assert "*Kubernetes on Azure*" in text and "*Kubernetes Edge*" in text, text
        assert "Did you mean" not in text
    assert len(bot.store.workspace(TEAM).offers()) == 2
    assert (
        "past bij 2 offers" in bot.command("wanneer kubernetes", user=DUTCH).text
        or "2" in bot.command("wanneer kubernetes", user=DUTCH).text
    )


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("CloudPlatform", "spaces, hyphens or punctuation"),
        ("Cloud\u200bPlatform", "invisible characters"),
        ("Cloud Platform \U0001f680", "invisible characters"),
        ("Cloud Platform (Gold)", "Gold or Silver level"),
        ("CLOUD platform", "upper and lower case"),
    ],
)
def test_a_duplicate_says_which_offer_it_matched_and_why(bot: Harness, typed: str, why: str) -> None:
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    text = bot.command(f"add {typed} 2021-03-10", user=PARTNER).text
    assert "You already track *Cloud Platform*" in text and why in text, text
    assert [o.name for o in bot.store.workspace(TEAM).offers()] == ["Cloud Platform"]


# --- renewal refusals say what is true -----------------------------------------------------------------


def test_renewing_twice_says_it_was_already_renewed_with_the_new_anniversary(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    assert "10 March 2022" in bot.command("renew cloud platform", user=PARTNER).everything
    text = bot.command("renew cloud platform", user=PARTNER).everything
    assert "already renewed on 20 March 2021" in text and "10 March 2022" in text, text
    assert "not open" not in text and "can't be renewed yet" not in text
    assert "Nothing was changed" in text


def test_renewing_twice_in_dutch(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    bot.command("renew cloud platform", user=PARTNER)
    bot.command("taal nl", user=PARTNER)
    text = bot.command("verlengen cloud platform", user=PARTNER).everything
    assert "al verlengd op 20 maart 2021" in text and "10 maart 2022" in text, text
    assert "nog niet" not in text


def test_a_renewal_date_before_an_open_window_says_the_window_opened_on(bot: Harness) -> None:
    bot.command("add Security 2021-04-01", user=PARTNER)
    bot.set_today("2021-04-05")
    text = bot.command("renew security 2021-03-30", user=PARTNER).everything
    assert "30 March 2021 is before" in text and "opened on 2 April 2021" in text, text
    bot.command("taal nl", user=PARTNER)
    text = bot.command("verlengen security 2021-03-30", user=PARTNER).everything
    assert "30 maart 2021 ligt vóór" in text and "op 2 april 2021 openging" in text, text


def test_renewing_before_the_window_says_when_it_opens(bot: Harness) -> None:
    bot.command("add Security 2021-04-01", user=PARTNER)
    text = bot.command("renew security", user=PARTNER).everything
    assert "opens on 2 April 2021" in text and "opened" not in text, text
    bot.command("taal nl", user=PARTNER)
    text = bot.command("verlengen security", user=PARTNER).everything
    assert "opent op 2 april 2021" in text, text


def test_renewing_after_the_window_says_it_closed_and_the_offer_is_lost(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-02-01", user=PARTNER)  # last day 3 March, lost from 4 March
    text = bot.command("renew cloud platform", user=PARTNER).everything
    assert "closed on 3 March 2021" in text and "lost on 4 March 2021" in text, text
    assert "closed after" not in text
    bot.command("taal nl", user=PARTNER)
    text = bot.command("verlengen cloud platform", user=PARTNER).everything
    assert "sloot op 3 maart 2021" in text and "kwijt sinds 4 maart 2021" in text, text


def test_a_refused_renewal_changes_nothing(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    bot.command("renew cloud platform", user=PARTNER)
    bot.command("renew cloud platform", user=PARTNER)
    ws = bot.store.workspace("T1")
    assert len(ws.renewal_history("Cloud Platform")) == 1
    assert ws.find_offer("Cloud Platform").anniversary.isoformat() == "2022-03-10"


# --- a lost offer is described as lost, with no future text -------------------------------------------

FUTURE_EN = ("after renewing", "if not renewed", "isn't renewed", "would be", "unless", "next anniversary")
FUTURE_NL = (
    "na verlengen",
    "zonder verlenging",
    "nog niet verlengd",
    "zou dat",
    "tenzij",
    "volgende jubileumdatum",
)


def lost_offer(bot: Harness) -> None:
    """On 20 March 2021 (the harness's today) an offer with anniversary 1 February 2021 has been lost since
    4 March (its last day to renew was 3 March)."""
    bot.command("add Cloud Platform 2021-02-01", user=PARTNER)


def assert_lost(text: str, lang: str) -> None:
    future = FUTURE_EN if lang == "en" else FUTURE_NL
    for phrase in future:
        assert phrase not in text.casefold(), (phrase, text)
    assert ("4 March 2021" if lang == "en" else "4 maart 2021") in text, text


@pytest.mark.parametrize(("lang", "user", "command"), [("en", PARTNER, "when"), ("nl", DUTCH, "wanneer")])
def test_when_for_a_lost_offer_says_it_was_lost(bot: Harness, lang: str, user: str, command: str) -> None:
    lost_offer(bot)
    text = bot.command(f"{command} cloud platform", user=user).everything
    assert_lost(text, lang)
    assert ("Lost on: 4 March 2021" if lang == "en" else "Kwijt sinds: 4 maart 2021") in text, text


@pytest.mark.parametrize(("lang", "user", "command"), [("en", PARTNER, "status"), ("nl", DUTCH, "overzicht")])
def test_the_status_line_of_a_lost_offer_says_it_was_lost(
    bot: Harness, lang: str, user: str, command: str
) -> None:
    lost_offer(bot)
    text = bot.command(command, user=user).everything
    assert_lost(text, lang)
    assert ("lost on 4 March 2021" if lang == "en" else "kwijt sinds 4 maart 2021") in text, text


def test_adding_an_offer_that_is_already_lost_shows_no_future_text(bot: Harness) -> None:
    text = bot.command("add Cloud Platform 2021-02-01", user=PARTNER).everything
    assert "if not renewed" not in text and "lost on 4 March 2021" in text, text
    assert "isn't renewed" not in text and "remind the channel 15 days" not in text, text


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("when is cloud platform due?", "en"),
        ("what happens if I don't renew cloud platform?", "en"),
        ("when do I lose the benefits of cloud platform?", "en"),
        ("is cloud platform in its grace period?", "en"),
        ("wanneer moet cloud platform verlengd worden?", "nl"),
        ("wat gebeurt er als ik cloud platform niet verleng?", "nl"),
        ("wanneer verlies ik de voordelen van cloud platform?", "nl"),
    ],
)
def test_dm_answers_about_a_lost_offer_say_it_was_lost(bot: Harness, question: str, lang: str) -> None:
    lost_offer(bot)
    bot.event(dm(bot, question))
    (reply,) = answers_in(bot)
    if "what happens" in question or "wat gebeurt" in question:
        # the general rule ("if an offer isn't renewed ...") is the answer; the named line is what is true
        reply = reply.split("Cloud Platform", 1)[1]
    assert_lost(reply, lang)


# --- lists of people name each person once ------------------------------------------------------------


@pytest.mark.parametrize("text", ["admins add <@USAM> <@USAM>", "admins add <@USAM> <@USAM|sam> <@UPARTNER>"])
def test_granting_the_role_names_each_person_once(bot: Harness, text: str) -> None:
    answer = bot.command(text, user=ADMIN).everything
    assert answer.count("<@USAM>") == 2, answer  # once in the fallback text, once in the block
    assert "<@USAM>, <@USAM>" not in answer
    removed = bot.command("admins remove <@USAM> <@USAM>", user=ADMIN).everything
    assert removed.count("<@USAM>") == 2 and "<@USAM>, <@USAM>" not in removed, removed


def test_a_list_of_admins_names_each_once() -> None:
    assert admin_list(("USAM", "UPAT", "USAM"), "en") == "<@USAM>, <@UPAT>"
    assert admin_list([], "nl") == "nog niemand"


# --- a refusal tells a member how to get the role -----------------------------------------------------


def test_the_partner_admin_refusal_suggests_granting_the_member_by_mention(bot: Harness) -> None:
    text = bot.command("add Cloud Platform 2021-03-10", user=MEMBER).everything
    assert "`/mpn admins add` <@UMEMBER>" in text, text
    assert "<@UPARTNER>" in text and "Slack workspace admin or owner" in text
    assert "@you" not in text
    assert bot.store.workspace("T1").offers() == []


def test_the_partner_admin_refusal_in_dutch(bot: Harness) -> None:
    text = bot.command("toevoegen Cloud Platform 2021-03-10", user=DUTCH).everything
    assert "`/mpn beheerders toevoegen` <@UDUTCH>" in text, text
    assert "<@UPARTNER>" in text and "eigenaar van de Slack-workspace" in text
    assert "@jij" not in text


def test_a_refusal_without_an_asker_still_reads() -> None:
    reply = render_settings.error("auth.not_admin", "en", {"admins": ("UPARTNER",)})
    assert "`/mpn admins add` @your-name" in reply.text
    reply = render_settings.error("auth.not_admin", "nl", {"admins": ()}, asker="UX")
    assert "`/mpn beheerders toevoegen` <@UX>" in reply.text


def test_a_name_typed_exactly_as_stored_is_not_explained_as_differing(bot: Harness) -> None:
    """Adding "Security" twice: the refusal names the offer, without "they differ only in case"."""
    bot.command("add Security 2021-09-01", user=PARTNER)
    text = bot.command("add Security 2021-09-01", user=PARTNER).text
    assert "You already track *Security*" in text and "differ only" not in text, text
