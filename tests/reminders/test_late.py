""" "Late" only when late: a reminder is marked late only if its day passed while it could have been sent (the
offer existed with those dates and the bot could not deliver). An offer added (or re-dated) after its reminder
day gets the reminder at once, worded as coming up; one removed and added again does not repeat what already
went out in that cycle."""

from __future__ import annotations

import json
from datetime import date, timedelta

from bot.local.slack import Message
from tests.harness import PARTNER
from tests.reminders.helpers import Env

A = date(2021, 3, 10)  # -15 due on 23 February, +23 on 2 April (posting hour 9 in Amsterdam: 08:00 UTC)
LATE = "Late: this reminder was due on"
COMING_UP = "Coming up: this offer was added after"


def text_of(message: Message) -> str:
    return message.text + "\n" + json.dumps(message.blocks or [], ensure_ascii=False)


def test_an_offer_added_after_its_minus_15_day_gets_the_reminder_now_worded_as_coming_up(env: Env) -> None:
    env.at("2021-02-25T10:00")  # 13 days before the anniversary
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    report = env.sweep()
    [post] = env.posts()
    body = text_of(post)
    assert "Cloud Platform" in body and "10 March 2021 (in 13 days)" in body
    assert LATE not in body
    assert f"{COMING_UP} 23 February 2021" in body
    assert [line for line in report.lines() if "coming up" in line]


def test_a_dutch_workspace_is_told_coming_up_in_dutch(env: Env) -> None:
    env.ws.update_settings(PARTNER, language="nl")
    env.at("2021-02-25T10:00")
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.sweep()
    body = text_of(env.posts()[0])
    assert "Binnenkort: deze aanbieding is toegevoegd na 23 februari 2021" in body and "Te laat" not in body


def test_an_offer_added_after_its_plus_23_day_is_coming_up_not_late(env: Env) -> None:
    env.at("2021-04-05T10:00")  # A + 26, not renewed
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.sweep()
    [post] = env.posts()
    body = text_of(post)
    assert "isn't renewed yet" in body and LATE not in body and f"{COMING_UP} 2 April 2021" in body


def test_an_offer_added_on_its_reminder_day_after_the_posting_hour_is_neither(env: Env) -> None:
    env.at("2021-02-23T15:00")
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.sweep()
    body = text_of(env.posts()[0])
    assert LATE not in body and COMING_UP not in body


def test_a_reminder_missed_while_the_offer_existed_is_still_late(env: Env) -> None:
    env.at("2021-02-20T10:00")
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.at("2021-02-25T10:00")  # the bot was down on the 23rd
    report = env.sweep()
    body = text_of(env.posts()[0])
    assert f"{LATE} 23 February 2021" in body and COMING_UP not in body
    assert [line for line in report.lines() if "(-15, late)" in line]


def test_a_rename_after_the_missed_day_does_not_make_it_look_new(env: Env) -> None:
    env.at("2021-02-20T10:00")
    offer = env.ws.add_offer("Cloud Platfrom", "competency", A, actor=PARTNER)
    env.at("2021-02-25T10:00")
    env.ws.update_offer(offer.id, actor=PARTNER, new_name="Cloud Platform")
    env.sweep()
    assert f"{LATE} 23 February 2021" in text_of(env.posts()[0])


def test_correcting_the_anniversary_to_a_past_reminder_day_is_coming_up_not_late(env: Env) -> None:
    env.at("2021-02-20T10:00")
    offer = env.ws.add_offer("Cloud Platform", "competency", A + timedelta(days=60), actor=PARTNER)
    env.at("2021-02-25T10:00")
    env.ws.update_offer(offer.id, actor=PARTNER, anniversary=A)  # -15 was the 23rd: nobody could know
    env.sweep()
    body = text_of(env.posts()[0])
    assert LATE not in body and f"{COMING_UP} 23 February 2021" in body


def test_a_re_added_offer_does_not_repeat_what_already_went_out_in_that_cycle(env: Env) -> None:
    env.at("2021-02-20T10:00")
    offer = env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.at("2021-02-23T10:00")
    env.sweep()
    assert len(env.posts()) == 1
    env.at("2021-02-24T10:00")
    env.ws.remove_offer(offer.id, actor=PARTNER)
    env.at("2021-02-26T10:00")
    again = env.ws.add_offer("cloud platform", "competency", A, actor=PARTNER)
    assert env.sweep().posted == [] and len(env.posts()) == 1
    [entry] = env.ws.ledger(again.id)
    assert (entry.kind.value, entry.status) == ("before", "sent")
    env.at("2021-04-02T10:00")  # the +23 one was never sent: it goes out on its day, not late
    env.sweep()
    assert len(env.posts()) == 2
    body = text_of(env.posts()[-1])
    assert "isn't renewed yet" in body and LATE not in body and COMING_UP not in body


def test_re_adding_with_another_anniversary_is_a_new_cycle(env: Env) -> None:
    env.at("2021-02-20T10:00")
    offer = env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.at("2021-02-23T10:00")
    env.sweep()
    env.ws.remove_offer(offer.id, actor=PARTNER)
    env.ws.add_offer("Cloud Platform", "competency", A + timedelta(days=1), actor=PARTNER)
    env.at("2021-02-24T10:00")
    env.sweep()
    assert len(env.posts()) == 2
