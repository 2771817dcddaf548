"""``/mpn`` subcommands through Bolt's real dispatch of signed requests (see tests/harness.py)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.harness import ADMIN, DUTCH, MEMBER, PARTNER, TEAM, Harness


def offers_of(bot: Harness) -> list[tuple[str, str, str]]:
    return [(o.name, o.kind.value, o.anniversary.isoformat()) for o in bot.store.workspace(TEAM).offers()]


def test_status_with_no_offers_says_how_to_add_one(bot: Harness) -> None:
    answer = bot.command("status")
    assert answer.status == 200
    assert answer.body["response_type"] == "ephemeral"
    assert "/mpn add" in answer.text


def test_bare_mpn_is_status(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    assert "Cloud Platform" in bot.command("").everything


def test_add_then_status_shows_phase_deadline_days_left_and_loss_day(bot: Harness) -> None:
    answer = bot.command("add competency Cloud Platform 2021-03-10")
    assert "Added *Cloud Platform*" in answer.text
    assert offers_of(bot) == [("Cloud Platform", "competency", "2021-03-10")]
    status = bot.command("status").everything  # today is 2021-03-20 in the harness
    assert "Renewal window open" in status
    assert "9 April 2021 (in 20 days)" in status  # last day to renew, days left
    assert "benefits lost 10 April 2021" in status
    assert "Anniversary 10 March 2021" in status


def test_add_advanced_specialization_with_month_name_date(bot: Harness) -> None:
    bot.command("add advanced specialization Kubernetes on Azure 1 May 2021")
    assert offers_of(bot) == [("Kubernetes on Azure", "advanced_specialization", "2021-05-01")]


def test_add_in_dutch_words(bot: Harness) -> None:
    bot.command("toevoegen specialisatie Windows Server and SQL Server Migration 10 maart 2021", user=PARTNER)
    assert offers_of(bot) == [
        ("Windows Server and SQL Server Migration", "advanced_specialization", "2021-03-10")
    ]


def test_status_on_a_future_date_answers_what_it_will_look_like(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    answer = bot.command("status 2021-04-10").everything
    assert "MPN renewals on 10 April 2021" in answer
    assert "Not renewed in time" in answer


def test_status_sorts_the_most_urgent_first(bot: Harness) -> None:
    bot.command("add Later One 2021-09-01")
    bot.command("add Urgent One 2021-03-01")
    text = bot.command("status").everything
    assert text.index("Urgent One") < text.index("Later One")


def test_when_lists_every_date_of_the_cycle(bot: Harness) -> None:
    bot.command("add Data Analytics 2021-03-10")
    text = bot.command("when data analytics").everything
    for expected in [
        "23 February 2021",
        "2 April 2021",
        "11 March 2021",
        "9 April 2021",
        "10 April 2021",
        "10 March 2022",
    ]:
        assert expected in text


def test_unknown_offer_name_suggests_the_closest(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    answer = bot.command("when Cloud Platfrom")
    assert "Cloud Platfrom" in answer.text and "Did you mean *Cloud Platform*" in answer.text


def test_unknown_subcommand_suggests_the_closest(bot: Harness) -> None:
    answer = bot.command("stauts")
    assert "I don't know `stauts`" in answer.text and "Did you mean *status*" in answer.text


def test_a_command_word_typed_as_two_words_is_that_command(bot: Harness) -> None:
    """Dutch says "voeg toe" (the registry's "voeg-toe"); "partner center" and "time zone" are typed apart
    as often as joined."""
    bot.command("voeg toe Cloud Platform 2021-03-10")
    assert offers_of(bot) == [("Cloud Platform", "competency", "2021-03-10")]
    assert bot.command("partner center").text == bot.command("partner-center").text
    assert bot.command("time zone").text == bot.command("timezone").text


def test_the_suggestion_for_a_mistyped_subcommand_is_a_word_of_the_users_language(bot: Harness) -> None:
    """A Dutch slip gets the Dutch word ("verwijder", "voeg toe"), not the English canonical name."""
    assert "Bedoel je *verwijder*?" in bot.command("verwijdr Security", user=DUTCH).text
    assert "Bedoel je *voeg toe*?" in bot.command("voeg Security toe", user=DUTCH).text
    assert offers_of(bot) == []


def test_renew_inside_the_window_moves_the_anniversary_365_days(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    answer = bot.command("renew cloud platform")
    assert "New anniversary: *10 March 2022*" in answer.text
    assert offers_of(bot) == [("Cloud Platform", "competency", "2022-03-10")]


def test_renew_before_the_window_opens_is_refused_and_changes_nothing(bot: Harness) -> None:
    bot.command("add Security 2021-04-01")
    answer = bot.command("renew Security")
    assert "can't be renewed yet" in answer.text and "2 April 2021" in answer.text
    assert offers_of(bot) == [("Security", "competency", "2021-04-01")]


def test_renew_with_a_future_date_is_refused(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    answer = bot.command("renew Cloud Platform 2021-03-25")
    assert "in the future" in answer.text
    assert offers_of(bot) == [("Cloud Platform", "competency", "2021-03-10")]


def test_remove(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    assert "Stopped tracking *Cloud Platform*" in bot.command("remove CLOUD platform").text
    assert offers_of(bot) == []


def test_ambiguous_date_is_asked_about_and_nothing_is_stored(bot: Harness) -> None:
    answer = bot.command("add Cloud Platform 03/04/2021")
    assert "could be" in answer.text and "2021-03-04" in answer.text and "2021-04-03" in answer.text
    assert offers_of(bot) == []


def test_duplicate_name_is_refused(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    answer = bot.command("add cloud  PLATFORM 2021-05-10")
    assert "already track *Cloud Platform*" in answer.text
    assert offers_of(bot) == [("Cloud Platform", "competency", "2021-03-10")]


@pytest.mark.parametrize("text", ["add Cloud Platform", "add 2021-03-10", "add", "renew", "remove", "when"])
def test_incomplete_commands_get_their_usage(bot: Harness, text: str) -> None:
    answer = bot.command(text)
    assert "`/mpn" in answer.text
    assert offers_of(bot) == []


def test_members_may_read_but_not_change(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    assert "Cloud Platform" in bot.command("status", user=MEMBER).everything
    for text in [
        "add Security 2021-04-01",
        "renew Cloud Platform",
        "remove Cloud Platform",
        "timezone UTC",
        "language nl",
        "partner-center yes",
        "channel here",
    ]:
        answer = bot.command(text, user=MEMBER)
        assert "Only MPN partner admins" in answer.text, text
        assert "<@UPARTNER>" in answer.text  # who can help
    assert offers_of(bot) == [("Cloud Platform", "competency", "2021-03-10")]
    settings = bot.store.workspace(TEAM).settings()
    assert (
        settings.time_zone,
        settings.language,
        settings.moved_to_partner_center,
        settings.reminder_channel,
    ) == (
        "Europe/Amsterdam",
        "en",
        False,
        None,
    )


def test_every_change_lands_in_the_audit_log(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    bot.command("renew Cloud Platform")
    bot.command("timezone America/New_York")
    actions = [(e.actor, e.action) for e in bot.store.workspace(TEAM).audit_log()]
    assert len(actions) >= 3 and all(actor == PARTNER for actor, _ in actions[:3])


def test_slack_admin_grants_the_role_and_a_member_cannot(bot: Harness) -> None:
    refused = bot.command(f"admins add <@{MEMBER}|mo>", user=MEMBER)
    assert "Only an MPN partner admin or a Slack workspace admin" in refused.text
    assert not bot.store.workspace(TEAM).is_admin(MEMBER)
    granted = bot.command(f"admins add <@{MEMBER}|mo>", user=ADMIN)
    assert "<@UMEMBER> can now add" in granted.text
    assert bot.store.workspace(TEAM).is_admin(MEMBER)
    assert "Added" in bot.command("add Security 2021-04-01", user=MEMBER).text
    bot.command(f"admins remove <@{MEMBER}>", user=PARTNER)
    assert not bot.store.workspace(TEAM).is_admin(MEMBER)


def test_bots_cannot_be_made_admins(bot: Harness) -> None:
    bot.slack.add_user(TEAM, "UBOT2", name="otherbot", is_bot=True)
    assert "is a bot" in bot.command("admins add <@UBOT2>", user=ADMIN).text
    assert not bot.store.workspace(TEAM).is_admin("UBOT2")


def test_settings_change_and_show(bot: Harness) -> None:
    assert "Europe/Amsterdam" in bot.command("timezone").text
    assert "America/New_York" in bot.command("timezone america/new_york").text
    assert bot.store.workspace(TEAM).settings().time_zone == "America/New_York"
    bot.command("partner-center yes")
    assert bot.store.workspace(TEAM).settings().moved_to_partner_center is True
    assert "Reminders will be posted in <#CMPN>" in bot.command("channel here").text
    assert bot.store.workspace(TEAM).settings().reminder_channel == "CMPN"


def test_unknown_time_zone_suggests_one(bot: Harness) -> None:
    answer = bot.command("timezone Europe/Amsterdm")
    assert "Europe/Amsterdm" in answer.text and "Europe/Amsterdam" in answer.text
    assert bot.store.workspace(TEAM).settings().time_zone == "Europe/Amsterdam"


def test_channel_the_bot_is_not_in_warns_to_invite_it(bot: Harness) -> None:
    answer = bot.command("channel <#COUT|elsewhere>")
    assert "not in that channel yet" in answer.text
    assert bot.store.workspace(TEAM).settings().reminder_channel == "COUT"


@pytest.mark.parametrize("typed", ["#nope", "#mpn-renewals-typo", "#*bold*"])
def test_a_channel_name_slack_did_not_link_is_no_channel_of_this_workspace(bot: Harness, typed: str) -> None:
    """With ``should_escape`` Slack sends every channel the person can see as ``<#C…|name>``."""
    answer = bot.command(f"channel {typed}")
    assert "can't find a channel called" in answer.text and "Nothing was changed" in answer.text, answer.text
    assert "*bold*" not in answer.text  # their text is escaped
    assert bot.store.workspace(TEAM).settings().reminder_channel is None
    dutch = bot.command(f"kanaal {typed}", user=DUTCH).text
    assert "Ik vind geen kanaal" in dutch, dutch


def test_channel_here_in_a_dm_is_explained(bot: Harness) -> None:
    answer = bot.command("channel here", channel="D0123456")
    assert "not a direct message" in answer.text
    assert bot.store.workspace(TEAM).settings().reminder_channel is None


def test_language_switch_answers_in_the_new_language(bot: Harness) -> None:
    answer = bot.command("language nl")
    assert "Nederlands" in answer.text
    assert (
        "MPN-verlengingen" in bot.command("status", user=MEMBER).everything
        or "offers" in bot.command("status", user=MEMBER).text
    )


def test_dutch_slack_locale_gets_dutch(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    text = bot.command("status", user=DUTCH).everything
    assert "Verlengen kan nu" in text and "9 april 2021 (over 20 dagen)" in text


def test_extension_answers_with_reasons_and_steps(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    bot.command("add Gold Cloud Business Applications 2021-03-12")
    text = bot.command("extension").everything
    assert "*Cloud Platform* does not qualify" in text  # membership not yet moved
    assert "hasn't moved from Partner Membership Center" in text
    assert "Cloud Business Applications competency is excluded" in text
    bot.command("partner-center yes")
    text = bot.command("extension cloud platform").everything
    assert (
        "*Cloud Platform* qualifies" in text and "Membership offers" in text and "fee may still apply" in text
    )


def test_mention_injection_in_a_name_pings_nobody(bot: Harness) -> None:
    # Slack sends "<!channel>" typed in a command as "&lt;!channel&gt;"-escaped text or as the special form.
    bot.command("add <!channel> Cloud &lt;@U999&gt; 2021-03-10")
    stored = bot.store.workspace(TEAM).offers()[0].name
    assert stored == "<!channel> Cloud <@U999>"
    for text in ["status", "when <!channel> Cloud <@U999>", "extension"]:
        rendered = json.dumps(bot.command(text).body)
        assert "<!channel>" not in rendered and "<@U999>" not in rendered
        assert "&lt;!channel&gt;" in rendered


def test_a_workspace_with_120_offers_gets_a_valid_reply(bot: Harness) -> None:
    ws = bot.store.workspace(TEAM)
    for i in range(120):
        ws.add_offer(
            f"Offer number {i:03d} with a fairly long descriptive name",
            "competency",
            f"2021-0{1 + i % 9}-1{i % 9}",
            actor=PARTNER,
        )
    answer = bot.command("status")
    assert answer.status == 200
    assert len(answer.blocks) <= 50
    for block in answer.blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
    assert "120 offers" in answer.text


def test_help_lists_every_subcommand_and_each_has_its_own_help(bot: Harness) -> None:
    text = bot.command("help").everything
    for word in [
        "status",
        "add",
        "renew",
        "remove",
        "fix",
        "when",
        "extension",
        "channel",
        "timezone",
        "hour",
        "language",
        "partner-center",
        "admins",
    ]:
        assert f"/mpn {word}" in text
        assert f"/mpn {word}" in bot.command(f"help {word}").text


def test_a_new_workspace_is_registered_with_the_users_time_zone_and_no_admins(bot: Harness) -> None:
    bot.slack.add_user(TEAM, "UNY", name="nyc", tz="America/New_York")
    bot.store.delete_workspace(TEAM)
    answer = bot.command("status", user="UNY")
    assert answer.status == 200
    ws = bot.store.workspace(TEAM)
    assert ws.settings().time_zone == "America/New_York"
    assert ws.admins() == []


def test_one_offer_is_singular(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    assert bot.command("status").text.startswith("1 offer ·")


@pytest.mark.parametrize(
    "text", ["add Cloud Platform 10 March", "add Cloud Platform 10 maart", "renew Cloud Platform 15 March"]
)
def test_a_date_without_a_year_is_asked_about_for_anniversaries_and_renewals(bot: Harness, text: str) -> None:
    """On 20 March, "10 March" may be ten days ago (in the renewal window) or next year: never guessed."""
    if text.startswith("renew"):
        bot.command("add Cloud Platform 2021-03-10")
    before = offers_of(bot)
    answer = bot.command(text)
    assert "Which year?" in answer.text and "2021-03-1" in answer.text
    assert offers_of(bot) == before


def test_relative_days_need_no_year(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10")
    assert "New anniversary: *10 March 2022*" in bot.command("renew Cloud Platform yesterday").text


def test_adding_an_offer_whose_window_closed_long_ago_says_so(bot: Harness) -> None:
    answer = bot.command("add Cloud Platform 2019-03-10").everything
    assert "renewal window closed on 9 April 2019" in answer and "/mpn fix" in answer
    assert "closed on" not in bot.command("add Security 2021-03-10").everything


def test_posting_hour_is_shown_and_changed_by_admins_only(bot: Harness) -> None:
    assert "Reminders posted from: 09:00" in bot.command("hour").text
    assert "Only MPN partner admins" in bot.command("hour 7", user=MEMBER).text
    assert "from 07:00 (Europe/Amsterdam)" in bot.command("hour 7:00").text
    assert bot.store.workspace(TEAM).settings().posting_hour == 7
    for bad in ["24", "-1", "seven", "9:30"]:
        assert "hour from 0 to 23" in bot.command(f"hour {bad}").text
    assert bot.store.workspace(TEAM).settings().posting_hour == 7


def test_fix_corrects_a_mistyped_anniversary_without_a_renewal(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-01")
    answer = bot.command("fix cloud platform 2021-03-10")
    assert "anniversary is now 10 March 2021 (was 1 March 2021)" in answer.text
    ws = bot.store.workspace(TEAM)
    offer = ws.offers()[0]
    assert offer.anniversary.isoformat() == "2021-03-10"
    assert ws.renewal_history(offer.id) == []  # a correction is not a renewal
    assert any(e.actor == PARTNER for e in ws.audit_log())
    assert "Only MPN partner admins" in bot.command("fix Cloud Platform 2021-03-12", user=MEMBER).text
    assert "Which year?" in bot.command("fix Cloud Platform 12 March").text
    assert ws.offers()[0].anniversary.isoformat() == "2021-03-10"


# One changing form of every subcommand the registry marks as mutating; the test below fails when a new
# mutating subcommand is added without being checked here.
CHANGING_FORMS = {
    "add": "add Security 2021-04-01",
    "renew": "renew Cloud Platform",
    "remove": "remove Cloud Platform",
    "fix": "fix Cloud Platform 2021-03-11",
    "undo": "undo",
    "channel": "channel none",
    "timezone": "timezone UTC",
    "hour": "hour 7",
    "language": "language nl",
    "partner-center": "partner-center yes",
    "alias": "alias Cloud Platform cp",
}


def test_every_mutating_subcommand_is_refused_to_members_by_the_one_middleware(bot: Harness) -> None:
    from bot.slash.registry import SUBCOMMANDS, parse

    assert set(CHANGING_FORMS) == {s.name for s in SUBCOMMANDS if s.mutates}
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    before = (offers_of(bot), bot.store.workspace(TEAM).settings())
    for name, text in CHANGING_FORMS.items():
        assert parse(text, "en", date(2021, 3, 20)).changes, name
        assert "Only MPN partner admins" in bot.command(text, user=MEMBER).text, text
    assert (offers_of(bot), bot.store.workspace(TEAM).settings()) == before
    # the read-only forms of the same subcommands stay open to members
    for text in ("channel", "timezone", "hour", "language", "partner-center", "when cloud platform", "alias"):
        assert "Only MPN partner admins" not in bot.command(text, user=MEMBER).text, text


@pytest.mark.parametrize(
    ("typed", "user"), [("settings", MEMBER), ("instellingen", DUTCH), ("config", PARTNER)]
)
def test_settings_shows_them_to_anyone_in_their_language(bot: Harness, typed: str, user: str) -> None:
    bot.command("timezone Europe/Brussels")
    text = bot.command(typed, user=user).text
    assert "Europe/Brussels" in text and ("Time zone" in text or "Tijdzone" in text), text
    assert ("Tijdzone" in text) == (user == DUTCH)


def test_settings_with_more_words_names_the_commands_that_change_them(bot: Harness) -> None:
    text = bot.command("settings hour 10").text
    assert "`/mpn hour 9`" in text and "`/mpn channel #channel`" in text, text
    assert bot.store.workspace(TEAM).settings().posting_hour == 9  # nothing changed
