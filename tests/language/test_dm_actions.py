"""Changes typed as direct messages (issue 14): a confirmation with buttons, only for MPN partner admins,
nothing changed before the click, the change made through the same answer layer and audit log as
``/mpn renew``/``add``/``fix``; stale and forged clicks refused. Also the "which one" buttons and the
settings button, through Bolt's dispatch of signed requests (tests/harness.py)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.conversation import Conversation
from bot.core.people import Person
from bot.dm.answer import answer_dm, read_dm
from bot.language.reader import Intent
from bot.local.slack import block_actions_body
from bot.render import dm as render_dm
from tests.harness import MEMBER, PARTNER, TEAM, Harness
from tests.language.dev_messages import DEV
from tests.language.test_dm import dm


def dm_replies(bot: Harness, user: str = PARTNER) -> list[Any]:
    channel = bot.slack.dm_channel_id(TEAM, user)
    return [m for m in bot.slack.messages(channel=channel) if m.user != user]


def text_of(message: Any) -> str:
    return message.text + "\n" + json.dumps(message.blocks or [], ensure_ascii=False)


def buttons(message: Any) -> dict[str, dict[str, Any]]:
    """The message's buttons by action id, each with the id of the block that holds it."""
    return {
        e["action_id"]: {**e, "block_id": b.get("block_id", "")}
        for b in message.blocks or []
        if b.get("type") == "actions"
        for e in b.get("elements", [])
    }


def ask(bot: Harness, text: str, user: str = PARTNER) -> Any:
    bot.event(dm(bot, text, user=user))
    return dm_replies(bot, user)[-1]


def click(
    bot: Harness,
    message: Any,
    button: dict[str, Any],
    user: str = PARTNER,
    value: str | None = None,
    *,
    channel: str | None = None,
) -> int:
    """Click ``button`` of ``message`` as Slack sends it; the message is in ``user``'s DM unless ``channel``
    says where."""
    channel = channel or bot.slack.dm_channel_id(TEAM, user)
    body = block_actions_body(
        team_id=TEAM,
        user_id=user,
        channel_id=channel,
        message_ts=message.ts,
        action_id=button["action_id"],
        value=button.get("value", "") if value is None else value,
        response_url=bot.slack.new_response_url(TEAM, channel, user, message_ts=message.ts),
        block_id=button.get("block_id", ""),
    )
    return bot.dispatch(body, "application/x-www-form-urlencoded").status


def offer(bot: Harness, name: str) -> Any:
    return bot.store.workspace(TEAM).find_offer(name)


def seed(bot: Harness) -> None:
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    bot.command("add specialization Kubernetes on Azure 2021-04-01", user=PARTNER)


def test_a_renewal_told_in_a_dm_is_proposed_and_recorded_only_on_the_click(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "we renewed cloud platform yesterday")
    assert "Record that *Cloud Platform* was renewed on 19 March 2021?" in reply.text
    confirm = buttons(reply)[render_dm.ACTION_CONFIRM_CHANGE]
    assert confirm["text"]["text"] == "Record renewal on 19 March 2021"
    assert render_dm.ACTION_CANCEL_CHANGE in buttons(reply)
    assert offer(bot, "Cloud Platform").anniversary == date(2021, 3, 10)  # nothing changed yet
    assert click(bot, reply, confirm) == 200
    assert offer(bot, "Cloud Platform").anniversary == date(2022, 3, 10)
    (record,) = bot.store.workspace(TEAM).renewal_history("Cloud Platform")
    assert (record.renewed_on, record.actor) == (date(2021, 3, 19), PARTNER)
    assert bot.store.workspace(TEAM).audit_log(limit=1)[0].actor == PARTNER
    assert "10 March 2022" in text_of(dm_replies(bot)[-1])  # the confirmation replaced by the result


def test_a_dutch_renewal_gets_a_dutch_confirmation(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "we hebben cloud platform gisteren verlengd")
    assert "op 19 maart 2021 verlengd is" in reply.text
    assert (
        buttons(reply)[render_dm.ACTION_CONFIRM_CHANGE]["text"]["text"]
        == "Verlenging op 19 maart 2021 vastleggen"
    )
    assert buttons(reply)[render_dm.ACTION_CANCEL_CHANGE]["text"]["text"] == "Annuleren"


def test_the_result_of_a_click_keeps_the_language_of_the_dm(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "we hebben cloud platform vandaag verlengd")  # PARTNER's Slack is in English
    assert click(bot, reply, buttons(reply)[render_dm.ACTION_CONFIRM_CHANGE]) == 200
    assert "Verlenging van *Cloud Platform* vastgelegd" in text_of(dm_replies(bot)[-1])


def test_cancel_changes_nothing(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "we renewed cloud platform today")
    assert click(bot, reply, buttons(reply)[render_dm.ACTION_CANCEL_CHANGE]) == 200
    assert offer(bot, "Cloud Platform").anniversary == date(2021, 3, 10)
    assert "nothing was changed" in text_of(dm_replies(bot)[-1])


def test_a_member_gets_a_polite_refusal_naming_the_admins_and_no_buttons(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "we renewed cloud platform yesterday", user=MEMBER)
    assert "Only MPN partner admins" in reply.text and f"<@{PARTNER}>" in reply.text
    assert not buttons(reply)
    assert offer(bot, "Cloud Platform").anniversary == date(2021, 3, 10)


def test_a_members_click_on_an_admins_confirmation_is_refused(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "we renewed cloud platform yesterday")
    assert click(bot, reply, buttons(reply)[render_dm.ACTION_CONFIRM_CHANGE], user=MEMBER) == 200
    assert offer(bot, "Cloud Platform").anniversary == date(2021, 3, 10)
    assert bot.store.workspace(TEAM).renewal_history("Cloud Platform") == []


def test_a_stale_click_changes_nothing(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "we renewed cloud platform yesterday")
    bot.command("renew Cloud Platform 2021-03-18", user=PARTNER)  # another admin, meanwhile
    assert click(bot, reply, buttons(reply)[render_dm.ACTION_CONFIRM_CHANGE]) == 200
    (record,) = bot.store.workspace(TEAM).renewal_history("Cloud Platform")
    assert record.renewed_on == date(2021, 3, 18)
    assert offer(bot, "Cloud Platform").anniversary == date(2022, 3, 10)


def test_another_workspaces_ids_in_the_value_are_refused(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "we renewed cloud platform yesterday")
    button = buttons(reply)[render_dm.ACTION_CONFIRM_CHANGE]
    forged = button["value"].replace(f"|{TEAM}|", "|T0OTHER|")
    assert forged != button["value"]
    assert click(bot, reply, button, value=forged) == 200
    assert click(bot, reply, button, value="v1|T1|renew|99999|2021-03-10|2021-03-19|competency|X") == 200
    assert click(bot, reply, button, value="nonsense") == 200
    assert offer(bot, "Cloud Platform").anniversary == date(2021, 3, 10)


def test_adding_an_offer_from_a_dm(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "add Security, anniversary 1 May 2021")
    assert "Add *Security* (competency) with anniversary 1 May 2021?" in reply.text
    assert "Security" not in [o.name for o in bot.store.workspace(TEAM).offers()]
    assert click(bot, reply, buttons(reply)[render_dm.ACTION_CONFIRM_CHANGE]) == 200
    assert offer(bot, "Security").anniversary == date(2021, 5, 1)


def test_correcting_an_anniversary_from_a_dm(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "change cloud platform's anniversary to 1 March")
    assert "from 10 March 2021 to 1 March 2021" in reply.text  # the current cycle, not 2022
    assert click(bot, reply, buttons(reply)[render_dm.ACTION_CONFIRM_CHANGE]) == 200
    assert offer(bot, "Cloud Platform").anniversary == date(2021, 3, 1)
    assert bot.store.workspace(TEAM).renewal_history("Cloud Platform") == []  # a correction, not a renewal


def test_a_renewal_outside_the_window_is_refused_before_any_button(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "we renewed kubernetes yesterday")  # its window opens on 2 April
    assert not buttons(reply) and "2 April 2021" in reply.text


def test_two_offers_that_fit_are_asked_about_with_buttons(bot: Harness) -> None:
    seed(bot)
    bot.command("add Cloud Business Applications 2021-06-01", user=PARTNER)
    reply = ask(bot, "when is the cloud one due?")
    picks = [b for a, b in buttons(reply).items() if a.startswith(render_dm.ACTION_PICK_OFFER)]
    assert sorted(b["text"]["text"] for b in picks) == ["Cloud Business Applications", "Cloud Platform"]
    platform = next(b for b in picks if b["text"]["text"] == "Cloud Platform")
    assert click(bot, reply, platform, user=PARTNER) == 200
    assert "9 April 2021" in text_of(dm_replies(bot)[-1])


def test_stopping_reminders_explains_and_offers_the_settings_button(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "please stop sending me reminders", user=MEMBER)
    assert "15 days before each anniversary" in reply.text
    assert buttons(reply)["home.settings"]["text"]["text"] == "Open settings"


def test_the_new_questions_get_their_answers(bot: Harness) -> None:
    seed(bot)
    bot.command("renew Cloud Platform 2021-03-18", user=PARTNER)
    assert "may ask you to pay it" in ask(bot, "how much does renewing cost?").text
    assert "partner.microsoft.com" in ask(bot, "wat zijn de eisen voor kubernetes?").text
    history = ask(bot, "did we renew cloud platform already?").text
    assert "renewed on 18 March 2021" in history and f"<@{PARTNER}>" in history
    assert f"<@{PARTNER}>" in ask(bot, "wie zijn de beheerders?").text
    assert "Kubernetes on Azure" in ask(bot, "when is the next reminder?").text
    assert "I can't answer that yet" in ask(bot, "what's the weather in utrecht").text


def test_dated_questions_state_their_day_and_undated_answers_ignore_it(bot: Harness) -> None:
    seed(bot)
    in_window = ask(bot, "will we still have benefits for kubernetes on 2021-04-20?").text
    assert in_window == (
        "On 20 April 2021 you will still have benefits for *Kubernetes on Azure* (renewal window open until 1 May 2021)."
    )
    lost = ask(bot, "zijn we op 3 mei nog gedekt voor kubernetes?").text  # its window: 2 April to 1 May
    assert lost.startswith("Op 3 mei 2021 is *Kubernetes on Azure* zijn voordelen kwijt (sinds 2 mei 2021)")
    ranged = ask(bot, "what is due in Q2?").text
    assert "Due between 1 April 2021 and 30 June 2021" in ranged and "*Kubernetes on Azure*" in ranged
    extension = ask(bot, "does the covid extension apply to cloud platform on 1 may?").text
    assert "On 1 May" not in extension


def test_a_guessed_offer_says_what_it_read(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "when is kubernets due?")
    assert "I read *Kubernetes on Azure* here, I think" in reply.text


def test_a_guessed_question_says_what_it_read_and_offers_the_others_as_buttons(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "cloud platform?", user=MEMBER)  # a bare name: its renewal date, by the last-resort rule
    assert reply.text.startswith(
        ":mag: I took this as a question about *the renewal date*. Did you mean something else? Pick it below."
    )
    picks = {
        b["text"]["text"]: b for a, b in buttons(reply).items() if a.startswith(render_dm.ACTION_PICK_OFFER)
    }
    assert list(picks) == ["when the benefits are lost", "the renewal window"]
    assert click(bot, reply, picks["when the benefits are lost"], user=MEMBER) == 200
    answered = text_of(dm_replies(bot, MEMBER)[-1])
    assert "*Cloud Platform*" in answered and "10 April 2021" in answered and ":mag:" not in answered


def test_a_guessed_question_in_dutch_is_read_back_in_dutch(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "kubernetes verlenging?", user=MEMBER)
    assert reply.text.startswith(
        ":mag: Ik las dit als een vraag over *de verlengdatum*. Bedoelde je iets anders?"
    )
    picks = {
        b["text"]["text"]: b for a, b in buttons(reply).items() if a.startswith(render_dm.ACTION_PICK_OFFER)
    }
    assert list(picks) == ["wanneer de voordelen vervallen", "de verlengingsperiode"]
    assert click(bot, reply, picks["de verlengingsperiode"], user=MEMBER) == 200
    answered = text_of(dm_replies(bot, MEMBER)[-1])
    assert "Kubernetes on Azure" in answered and "verleng" in answered


def test_a_typo_in_a_keyword_and_in_an_offer_both_show_their_reading(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "wehn do we lose kubernets?", user=MEMBER)
    assert "I read *Kubernetes on Azure* here, I think" in reply.text
    assert "I took this as a question about *when the benefits are lost*" in reply.text
    picks = [
        b["text"]["text"] for a, b in buttons(reply).items() if a.startswith(render_dm.ACTION_PICK_OFFER)
    ]
    assert picks == ["the renewal date", "the renewal window"]


def test_a_guessed_offer_offers_the_other_candidates_as_buttons_in_both_languages(bot: Harness) -> None:
    seed(bot)
    bot.command("add Data Platform 2021-06-01", user=PARTNER)
    reply = ask(bot, "when is data platfrom due?", user=MEMBER)
    assert reply.text.startswith(
        ":mag: I read *Data Platform* here, I think. Or did you mean *Cloud Platform*?"
    )
    picks = {
        b["text"]["text"]: b for a, b in buttons(reply).items() if a.startswith(render_dm.ACTION_PICK_OFFER)
    }
    assert list(picks) == ["Cloud Platform"]
    assert click(bot, reply, picks["Cloud Platform"], user=MEMBER) == 200
    assert "10 March 2021" in text_of(dm_replies(bot, MEMBER)[-1])  # Cloud Platform's anniversary
    dutch = ask(bot, "wanneer vervalt data platfrom?", user=MEMBER)
    assert dutch.text.startswith(
        ":mag: Ik lees hier *Data Platform*, denk ik. Of bedoelde je *Cloud Platform*?"
    )
    assert [b["text"]["text"] for b in buttons(dutch).values()] == ["Cloud Platform"]


def test_a_question_read_with_confidence_has_no_reading_note(bot: Harness) -> None:
    seed(bot)
    reply = ask(bot, "when do we lose cloud platform?", user=MEMBER)
    assert ":mag:" not in reply.text and not buttons(reply)


_DATE_WORDS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "januari",
    "februari",
    "maart",
    "mei",
    "juni",
    "juli",
    "augustus",
    "oktober",
    "2021",
    "2022",
]
UNCOVERED = [d.text for d in DEV if d.intent is Intent.UNKNOWN]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(UNCOVERED),
    st.lists(st.sampled_from(["please", "asap", "thanks", ":smile:", "<@U999>", "!!!", "?"]), max_size=3),
    st.booleans(),
)
def test_no_reply_to_an_uncovered_question_states_a_date(
    bot: Harness, question: str, extra: list[str], shout: bool
) -> None:
    seed(bot)
    text = " ".join([question.upper() if shout else question, *extra])
    ws = bot.store.workspace(TEAM)
    conv = Conversation(ws, ws.settings(), Person(MEMBER), "en", date(2021, 3, 20))
    q = read_dm(text, conv)
    reply = answer_dm(q, conv.written_in(q.lang))
    said = (reply.text + json.dumps(reply.blocks)).casefold()
    assert not any(word in said.split() or f" {word} " in said for word in _DATE_WORDS), said
