"""Slack's faults as Slack really produces them (issue 10), scripted per call in the local stand-in:
accept-then-reset, accept-then-500, timeouts that land, ``ratelimited`` with HTTP 200, permanent codes,
one admin's DM failing. After the faults stop every (reminder, recipient) has landed at least once, every
copy after the first says it may be a repeat (a timed-out post may land after its marked retry: then the
one unmarked copy is that original), and the ledger says ``sent`` only for what landed."""

from __future__ import annotations

import json
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.local.slack import Message, SlackServer
from bot.reminders import SlackDelivery
from bot.render import reminders as render
from tests.harness import ADMIN, CHANNEL, PARTNER, TEAM, world
from tests.reminders.helpers import Env, make_env

A = date(2021, 3, 10)  # -15 reminders due on 23 February
REPEAT = "you may see it twice"


def text_of(message: Message) -> str:
    return message.text + "\n" + json.dumps(message.blocks or [], ensure_ascii=False)


def reminder_posts(env: Env, channel: str) -> list[Message]:
    return [
        m
        for m in env.slack.messages(channel=channel)
        if m.via == "api" and m.metadata and m.metadata.get("event_type") == "mpn_reminder"
    ]


def dm_mode(env: Env, *admins: str) -> list[str]:
    env.ws.update_settings(PARTNER, reminder_channel=None)
    for admin in admins:
        env.ws.add_admin(admin, actor=PARTNER)
    return env.ws.admins()


def tick(env: Env, times: int = 1) -> None:
    for _ in range(times):
        env.sweep()
        env.clock.advance(timedelta(minutes=5))


def faults_left(slack: SlackServer) -> int:
    """Injected chat.postMessage faults not yet answered (the stand-in drops each once it is spent)."""
    return len(slack._faults.get("chat.postMessage", []))


def tick_until(env: Env, done: Callable[[], bool], most: int = 60) -> None:
    """Tick every five minutes until ``done`` (temporary failures back off, so a few failures in a row take
    more ticks than failures)."""
    for _ in range(most):
        if done():
            return
        tick(env)
    raise AssertionError(f"not done after {most} ticks")


def offers_in(messages: list[Message], name: str) -> list[Message]:
    return [m for m in messages if f"*{name}*" in text_of(m)]


# --- DM mode: each admin's copy on its own -------------------------------------------------------------


def test_one_admins_failure_never_resends_anothers_copy(env: Env, slack: SlackServer) -> None:
    admins = dm_mode(env, ADMIN)
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.at("2021-02-23T10:00")
    second = slack.dm_channel_id(TEAM, admins[1])
    slack.inject("chat.postMessage", status=500, times=3, match={"channel": second})
    tick_until(env, lambda: not faults_left(slack))
    first_dms = reminder_posts(env, slack.dm_channel_id(TEAM, admins[0]))
    assert len(first_dms) == 1 and REPEAT not in text_of(first_dms[0])
    assert [e.status for e in env.ws.ledger()] == ["failed"]  # admin 2 never got it: not sent
    tick_until(env, lambda: bool(reminder_posts(env, second)))
    [late] = reminder_posts(env, second)
    assert REPEAT in text_of(late)  # a 5xx may have landed: the copy that surely did says so
    assert [e.status for e in env.ws.ledger()] == ["sent"]
    tick(env, 2)
    assert len(reminder_posts(env, slack.dm_channel_id(TEAM, admins[0]))) == 1
    assert len(reminder_posts(env, second)) == 1


def test_every_admin_dm_failing_crashes_nothing_and_the_claims_are_released(
    env: Env, slack: SlackServer
) -> None:
    admins = dm_mode(env, ADMIN)
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.at("2021-02-23T10:00")
    slack.inject("chat.postMessage", error="is_archived", times=2)
    slack.inject("chat.postMessage", error="channel_not_found", times=2)
    report = env.sweep()
    assert report.failed and [e.status for e in env.ws.ledger()] == ["failed"]
    env.clock.advance(timedelta(minutes=5))
    tick(env, 2)
    for admin in admins:
        [dm] = reminder_posts(env, slack.dm_channel_id(TEAM, admin))
        assert REPEAT not in text_of(dm)  # a certain refusal is not a possible repeat
    assert [e.status for e in env.ws.ledger()] == ["sent"]


def test_an_admin_who_cannot_be_dmed_is_named_to_the_other_admins_once(env: Env, slack: SlackServer) -> None:
    admins = dm_mode(env, ADMIN)
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.at("2021-02-23T10:00")
    slack.inject("conversations.open", error="user_disabled", times=3, match={"users": admins[1]})
    tick(env, 3)
    to_first = [m for m in slack.messages(channel=slack.dm_channel_id(TEAM, admins[0])) if m.via == "api"]
    alerts = [m for m in to_first if f"<@{admins[1]}>" in m.text]
    assert len(alerts) == 1 and "user_disabled" in alerts[0].text
    assert [e.status for e in env.ws.ledger()] == ["failed"]
    tick_until(env, lambda: [e.status for e in env.ws.ledger()] == ["sent"])  # backing off meanwhile
    assert len([m for m in dms(env, admins[0]) if f"<@{admins[1]}>" in m]) == 1  # told once
    assert any(
        "flowing again" in m.text for m in slack.messages(channel=slack.dm_channel_id(TEAM, admins[0]))
    )


# --- permanent errors are told, once, and again if the telling failed -----------------------------------


def test_a_permanent_refusal_is_told_to_the_admins_once_retried_if_the_alert_fails_and_cleared_when_fixed(
    env: Env, slack: SlackServer
) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.at("2021-02-23T10:00")
    dm = slack.dm_channel_id(TEAM, PARTNER)
    slack.inject("chat.postMessage", error="msg_blocks_too_long", times=4, match={"channel": CHANNEL})
    slack.inject("chat.postMessage", status=500, times=1, match={"channel": dm})  # the first alert fails
    assert env.sweep().alerts == []
    env.clock.advance(timedelta(minutes=5))
    assert env.sweep().alerts == [(TEAM, "msg_blocks_too_long")]  # told on the next tick instead
    [alert] = [m for m in slack.messages(channel=dm) if m.via == "api"]
    assert "msg_blocks_too_long" in alert.text and "*Cloud Platform*" in alert.text
    tick(env, 2)
    assert len([m for m in slack.messages(channel=dm) if m.via == "api"]) == 1  # not once per tick
    assert [e.last_error for e in env.ws.ledger()] == ["permanent:msg_blocks_too_long"]
    tick_until(env, lambda: len(reminder_posts(env, CHANNEL)) == 1)  # backing off, as temporary ones do
    assert len(reminder_posts(env, CHANNEL)) == 1
    messages = [m.text for m in slack.messages(channel=dm) if m.via == "api"]
    assert len(messages) == 2 and "flowing again" in messages[1]


def dms(env: Env, user: str = PARTNER) -> list[str]:
    return [m.text for m in env.slack.messages(channel=env.slack.dm_channel_id(TEAM, user)) if m.via == "api"]


def test_flowing_again_is_told_even_when_the_reminders_that_failed_went_stale(
    env: Env, slack: SlackServer
) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    slack.set_member(TEAM, CHANNEL, False)
    env.at("2021-02-23T10:00")
    assert env.sweep().alerts == [(TEAM, "not_in_channel")]
    env.at("2021-03-11T10:00")  # the -15 reminder is stale now: skipped, never posted
    report = env.sweep()
    assert [r.offer_name for r, _ in report.skipped] == ["Cloud Platform"] and report.recovered == []
    slack.set_member(TEAM, CHANNEL, True)  # fixed; the next reminder is another offer's
    env.ws.add_offer("Security", "competency", date(2021, 3, 27), actor=PARTNER)
    env.at("2021-03-12T10:00")
    report = env.sweep()
    assert report.reminders_posted == 1 and report.recovered == [(TEAM, "channel")]
    assert len(dms(env)) == 2 and "flowing again" in dms(env)[1]
    assert env.ws.delivery_alerts() == []
    tick(env, 2)
    assert len(dms(env)) == 2  # once


def test_a_flowing_again_dm_that_fails_is_sent_at_a_later_sweep_with_nothing_due(
    env: Env, slack: SlackServer
) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    slack.set_member(TEAM, CHANNEL, False)
    env.at("2021-02-23T10:00")
    env.sweep()
    assert len(dms(env)) == 1
    slack.set_member(TEAM, CHANNEL, True)
    dm = slack.dm_channel_id(TEAM, PARTNER)
    slack.inject("chat.postMessage", status=503, times=2, match={"channel": dm})
    env.clock.advance(timedelta(minutes=5))
    report = env.sweep()
    assert report.reminders_posted == 1 and report.recovered == []  # the post went, the DM did not
    assert [(a.subject, a.error, a.alerted) for a in env.ws.delivery_alerts()] == [
        ("channel", "recovered", False)
    ]
    env.clock.advance(timedelta(minutes=5))
    assert env.sweep().recovered == []  # nothing is due; the owed DM fails again
    tries = len(slack.calls_to("chat.postMessage"))
    env.clock.advance(timedelta(minutes=5))
    assert env.sweep().recovered == [] and len(slack.calls_to("chat.postMessage")) == tries  # backing off
    env.clock.advance(timedelta(minutes=5))
    assert env.sweep().recovered == [(TEAM, "channel")]
    assert len(dms(env)) == 2 and "flowing again" in dms(env)[1]
    tick(env, 2)
    assert len(dms(env)) == 2 and env.ws.delivery_alerts() == []


def test_moving_a_broken_channel_to_dm_mode_is_flowing_again_too(env: Env, slack: SlackServer) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    slack.archive(TEAM, CHANNEL)
    env.at("2021-02-23T10:00")
    assert env.sweep().alerts == [(TEAM, "is_archived")]
    env.ws.update_settings(PARTNER, reminder_channel=None)  # the admins take the reminders by DM instead
    env.clock.advance(timedelta(minutes=5))
    report = env.sweep()
    assert report.recovered == [(TEAM, "channel")] and env.ws.delivery_alerts() == []
    texts = dms(env)
    assert len(texts) == 3 and "flowing again" in texts[2]  # the alert, the reminder, the all-clear
    assert [e.status for e in env.ws.ledger()] == ["sent"]


# --- temporary errors: retried with backoff, told to nobody -----------------------------------------------


def test_temporary_failures_are_retried_with_backoff_and_alert_nobody(env: Env, slack: SlackServer) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.at("2021-02-23T10:00")
    slack.inject("chat.postMessage", status=503, times=4, match={"channel": CHANNEL})
    attempted, waiting = [], []
    for n in range(17):  # a tick every five minutes, the sweeper's default interval
        calls = len(slack.calls_to("chat.postMessage"))
        report = env.sweep()
        if len(slack.calls_to("chat.postMessage")) > calls:
            attempted.append(n)
        if report.waiting:
            waiting.append(n)
            assert any(line.startswith(f"waiting to retry {TEAM} Cloud Platform") for line in report.lines())
        assert report.alerts == []
        env.clock.advance(timedelta(minutes=5))
    # after the n-th failure it waits 1, 2, 4, 8 intervals
    assert attempted == [0, 1, 3, 7, 15]
    assert waiting == [2, 4, 5, 6, *range(8, 15)]
    assert [e.status for e in env.ws.ledger()] == ["sent"] and dms(env) == []


def test_the_repeat_note_survives_any_later_error(env: Env, slack: SlackServer) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.sweeper.delivery = SlackDelivery(
        env.tokens.get, base_url=slack.base_url, min_interval=0.0, timeout=0.3
    )  # type: ignore[assignment]
    env.at("2021-02-23T10:00")
    slack.inject("chat.postMessage", delay=0.6)  # lands after the client gave up
    slack.inject("chat.postMessage", error="ratelimited")  # HTTP 200 spelling
    slack.inject("chat.postMessage", error="msg_too_long")
    tick(env)
    slack.wait_for(lambda: len(reminder_posts(env, CHANNEL)) == 1)
    tick_until(env, lambda: len(reminder_posts(env, CHANNEL)) == 2)
    tick(env, 3)
    first, second = reminder_posts(env, CHANNEL)
    assert REPEAT not in text_of(first) and REPEAT in text_of(second)
    assert [e.status for e in env.ws.ledger()] == ["sent"]


def test_accept_then_reset_is_not_resent_by_the_transport_and_the_next_copy_is_marked(
    env: Env, slack: SlackServer
) -> None:
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.at("2021-02-23T10:00")
    slack.inject("chat.postMessage", reset=True)
    tick(env)
    assert len(reminder_posts(env, CHANNEL)) == 1 and [e.status for e in env.ws.ledger()] == ["failed"]
    tick(env)
    first, second = reminder_posts(env, CHANNEL)
    assert REPEAT in text_of(second) and [e.status for e in env.ws.ledger()] == ["sent"]


# --- posts that fit -------------------------------------------------------------------------------------


def test_a_day_of_long_names_is_split_into_posts_that_fit_in_order(env: Env) -> None:
    names = [f"{n:02d} " + "R&D & Cloud & AI " * 6 for n in range(20)]  # each & is 5 characters escaped
    for name in names:
        env.ws.add_offer(name.strip()[:100], "competency", A, actor=PARTNER)
    env.at("2021-02-23T10:00")
    report = env.sweep()
    posts = reminder_posts(env, CHANNEL)
    assert len(posts) >= 2 and len(report.posted) == len(posts)
    for post in posts:
        assert len(post.blocks or []) <= render.MAX_POST_BLOCKS
        assert render.block_text_length(post.blocks or []) <= render.MAX_POST_TEXT
    order = [int(k.split(":")[0]) for p in posts for k in (p.metadata or {})["event_payload"]["reminders"]]
    assert order == sorted(order) and len(order) == 20  # each reminder once, in order, own ledger keys
    assert {e.status for e in env.ws.ledger()} == {"sent"}


def test_an_alert_names_how_many_offers_it_leaves_out() -> None:
    names = [f"Offer number {n} " + "x" * 80 for n in range(40)]
    reply = render.channel_alert("not_in_channel", CHANNEL, names, "en")
    assert "more offers" in reply.text and "*Offer number 0 " in reply.text
    shown = reply.text.count("*Offer number")
    assert f"and {40 - shown} more offers" in reply.text
    assert all(f"*{n}*" in reply.text for n in names[:shown])  # whole names only


# --- the property: random fault sequences ----------------------------------------------------------------

FAULTS = {
    "reset": {"reset": True},
    "accept_500": {"status": 500, "land": True},
    "500": {"status": 500},
    "503": {"status": 503},
    "timeout_lands": {"delay": 0.35},
    "ratelimited_200": {"error": "ratelimited"},
    "rate_limited_200": {"error": "rate_limited"},
    "429": {"status": 429, "retry_after": 1},
    "msg_too_long": {"error": "msg_too_long"},
    "not_in_channel": {"error": "not_in_channel"},
    "restricted_action": {"error": "restricted_action"},
    "unknown": {"error": "brand_new_error"},
}


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    faults=st.lists(
        st.tuples(st.sampled_from(sorted(FAULTS)), st.sampled_from(["channel", "dm0", "dm1", "any"])),
        max_size=6,
    ),
    offers=st.integers(min_value=1, max_value=3),
    dms=st.booleans(),
)
def test_after_faults_stop_everything_lands_every_repeat_is_marked_and_sent_means_landed(
    faults: list[tuple[str, str]], offers: int, dms: bool
) -> None:
    with tempfile.TemporaryDirectory() as tmp, SlackServer(rate_limit_per_channel_per_sec=None) as slack:
        world(slack)
        env = make_env(slack, Path(tmp), workers=1)
        env.sweeper.delivery = SlackDelivery(
            env.tokens.get, base_url=slack.base_url, min_interval=0.0, timeout=0.25
        )  # type: ignore[assignment]
        try:
            recipients = dm_mode(env, ADMIN) if dms else []
            names = [f"Offer {n}" for n in range(offers)]
            for name in names:
                env.ws.add_offer(name, "competency", A, actor=PARTNER)
            targets = [slack.dm_channel_id(TEAM, r) for r in recipients] if dms else [CHANNEL]
            for fault, where in faults:
                match = None
                if where == "channel" and not dms:
                    match = {"channel": CHANNEL}
                elif where.startswith("dm") and dms:
                    match = {"channel": targets[int(where[2])]}
                slack.inject("chat.postMessage", match=match, **FAULTS[fault])  # type: ignore[arg-type]
            env.at("2021-02-23T10:00")
            # until the faults are spent and nothing is due (temporary ones back off), then a few clean ticks
            tick_until(env, lambda: not faults_left(slack))
            tick_until(env, lambda: Counter(e.status for e in env.ws.ledger()) == Counter({"sent": offers}))
            tick(env, 3)
            if any(fault == "timeout_lands" for fault, _ in faults):
                time.sleep(0.4)  # a timed-out post still in the stand-in lands now
            for target in targets:
                posts = reminder_posts(env, target)
                for name in names:
                    copies = offers_in(posts, name)
                    assert copies, f"{name} never reached {target}"  # nothing lost
                    # Every copy but the original carries the note. The original is usually the first to
                    # land; a post that timed out can land after its marked retry, as on real Slack.
                    unmarked = [c for c in copies if REPEAT not in text_of(c)]
                    assert len(unmarked) <= 1, f"an unmarked repeat of {name} in {target}"
                    if not any(fault == "timeout_lands" for fault, _ in faults):
                        assert all(REPEAT in text_of(c) for c in copies[1:])
            assert Counter(e.status for e in env.ws.ledger()) == Counter({"sent": offers})
        finally:
            env.store.close()


def test_sent_only_for_what_landed(env: Env, slack: SlackServer) -> None:
    """The other half of the property, while faults last: no ledger row says sent without a landed post."""
    env.ws.add_offer("Cloud Platform", "competency", A, actor=PARTNER)
    env.at("2021-02-23T10:00")
    slack.inject("chat.postMessage", status=503, times=2)
    tick(env, 2)
    assert reminder_posts(env, CHANNEL) == [] and [e.status for e in env.ws.ledger()] == ["failed"]
