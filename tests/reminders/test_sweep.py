"""The reminder sweep in-process: real SQLite, the local Slack stand-in, a settable clock.

What is posted when (local dates, posting hour, late, stale), what it says (en/nl, extension, escaping), one
post per channel per day, exactly once through the ledger, and every Slack failure kept pending.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest

from bot.local.slack import Message, SlackServer
from bot.reminders import SlackDelivery, Sweeper
from bot.reminders.delivery import DeliveryError
from bot.render.reminders import ACTION_MARK_RENEWED
from rules import ReminderKind
from storage import LedgerOp, WorkspaceStore
from tests.harness import CHANNEL, PARTNER, TEAM, TOKEN
from tests.reminders.helpers import Env

A = date(2021, 3, 10)  # Cloud Platform's anniversary: -15 on 23 February, +23 on 2 April


def text_of(message: Message) -> str:
    return message.text + "\n" + json.dumps(message.blocks or [], ensure_ascii=False)


def add(env: Env, name: str, anniversary: date, kind: str = "competency", team: str = TEAM) -> int:
    return env.store.workspace(team).add_offer(name, kind, anniversary, actor=PARTNER).id


def ledger(env: Env, team: str = TEAM) -> dict[tuple[int, str], tuple[str, int, str | None]]:
    return {
        (e.offer_id, e.kind.value): (e.status, e.attempts, e.last_error)
        for e in env.store.workspace(team).ledger()
    }


# --- when ---------------------------------------------------------------------------------------------


def test_the_minus_15_reminder_goes_out_on_its_day_at_the_posting_hour_exactly_once(env: Env) -> None:
    offer = add(env, "Cloud Platform", A)
    env.at("2021-02-22T12:00")  # the day before: nothing
    assert env.sweep().posted == [] and env.posts() == []
    env.at("2021-02-23T07:59")  # 08:59 in Amsterdam: before the posting hour
    assert env.sweep().posted == [] and env.posts() == []
    env.at("2021-02-23T08:00")  # 09:00 in Amsterdam
    report = env.sweep()
    [post] = env.posts()
    assert report.reminders_posted == 1 and report.posted[0].ts == post.ts
    body = text_of(post)
    assert "10 March 2021 (in 15 days)" in body  # the anniversary
    assert "11 March 2021" in body and "9 April 2021" in body  # the window and its last day
    assert "the last day to renew" in body
    assert "Late" not in body and "twice" not in body
    # the ledger is the truth; the metadata is an audit aid carrying its key
    assert ledger(env) == {(offer, "before"): ("sent", 1, None)}
    [entry] = env.ws.ledger()
    assert (entry.channel, entry.ts) == (CHANNEL, post.ts)
    assert post.metadata == {
        "event_type": "mpn_reminder",
        "event_payload": {
            "team_id": TEAM,
            "local_date": "2021-02-23",
            "reminders": [f"{offer}:2021-03-10:before"],
        },
    }
    for hours in (0, 1, 5, 14):  # later ticks the same day (and the next) post nothing again
        env.clock.advance(timedelta(hours=hours))
        assert env.sweep().posted == []
    assert len(env.posts()) == 1


def test_several_offers_due_the_same_day_make_one_post_with_a_button_each(env: Env) -> None:
    ids = [add(env, name, A) for name in ("Cloud Platform", "Security", "Data Analytics")]
    add(env, "Modern Work", A + timedelta(days=1))  # due tomorrow: not in today's post
    env.at("2021-02-23T10:00")
    env.sweep()
    [post] = env.posts()
    buttons = [
        b["accessory"]
        for b in post.blocks or []
        if b.get("accessory", {}).get("action_id") == ACTION_MARK_RENEWED
    ]
    assert sorted(b["value"] for b in buttons) == sorted(f"{i}:2021-03-10" for i in ids)
    assert "Modern Work" not in text_of(post)
    assert len(post.metadata["event_payload"]["reminders"]) == 3


def test_a_big_day_is_split_into_posts_of_at_most_twenty_offers(env: Env) -> None:
    for n in range(25):
        add(env, f"Offer {n:02d}", A)
    env.at("2021-02-23T10:00")
    report = env.sweep()
    assert [len(p.reminders) for p in report.posted] == [20, 5]
    assert len(env.posts()) == 2
    assert all(len(p.blocks or []) <= 50 for p in env.posts())
    assert {s for s, _, _ in ledger(env).values()} == {"sent"}


def test_the_plus_23_reminder_only_when_not_renewed(env: Env) -> None:
    kept = add(env, "Cloud Platform", A)
    renewed = add(env, "Security", A)
    env.at("2021-02-23T10:00")
    env.sweep()
    env.ws.renew_offer(renewed, date(2021, 3, 15), actor=PARTNER)
    env.at("2021-04-02T10:00")  # A + 23
    env.sweep()
    posts = env.posts()
    assert len(posts) == 2
    body = text_of(posts[-1])
    assert "Cloud Platform" in body and "Security" not in body
    assert "7 days left" in body and "9 April 2021" in body and "10 April 2021" in body  # days left, loss day
    assert ledger(env)[(kept, "after")][0] == "sent"
    assert (renewed, "after") not in ledger(env)  # the old cycle's +23 was never due


def test_late_reminders_are_marked_late_and_stale_ones_are_skipped_not_posted(env: Env) -> None:
    soon = add(env, "Cloud Platform", A)  # -15 due 23 Feb, meaningful until 10 March
    gone = add(env, "Security", date(2021, 2, 26))  # -15 due 11 Feb, meaningful until 26 Feb: stale on 27 Feb
    env.at("2021-02-27T10:00")  # the bot was down since 10 February
    report = env.sweep()
    [post] = env.posts()
    body = text_of(post)
    assert "Cloud Platform" in body and "Late: this reminder was due on 23 February 2021" in body
    assert "Security" not in body
    assert ledger(env)[(soon, "before")][0] == "sent"
    assert ledger(env)[(gone, "before")][0] == "skipped"
    assert [(r.offer_id, why) for r, why in report.skipped] == [(gone, "stale: not sent by 2021-02-26")]
    assert [e.reason for e in env.ws.ledger(gone)] == ["stale: not sent by 2021-02-26"]


def test_the_plus_23_reminder_caught_up_on_the_last_day_says_so(env: Env) -> None:
    add(env, "Cloud Platform", A)
    env.store.workspace(TEAM).skip_reminder(1, A, "before", reason="test")
    env.at("2021-04-09T10:00")  # A + 30: the last day to renew, reminder due a week ago
    env.sweep()
    body = text_of(env.posts()[-1])
    assert "today, 9 April 2021, is the last day to renew" in body and "Late" in body


def test_eligible_offers_mention_the_covid_extension(env: Env) -> None:
    add(env, "Cloud Platform", A)  # 2021 anniversary, competency: eligible (membership moved)
    add(env, "Cloud Business Applications", A)  # excluded
    env.at("2021-02-23T10:00")
    env.sweep()
    blocks = env.posts()[0].blocks or []
    notes = {
        b["block_id"]: json.dumps(b) for b in blocks if b.get("block_id", "").startswith("mpn-reminder-note:")
    }
    assert len(notes) == 1 and "COVID-19 extension applies" in next(iter(notes.values()))


def test_the_extension_hint_says_what_is_missing_when_the_membership_has_not_moved(env: Env) -> None:
    env.ws.update_settings(PARTNER, moved_to_partner_center=False)
    add(env, "Cloud Platform", A)
    env.at("2021-02-23T10:00")
    env.sweep()
    assert "would apply once your membership has moved" in text_of(env.posts()[0])


def test_a_dutch_workspace_gets_dutch_reminders(env: Env) -> None:
    env.ws.update_settings(PARTNER, language="nl")
    add(env, "Cloud Platform", A)
    env.at("2021-02-23T10:00")
    env.sweep()
    body = text_of(env.posts()[0])
    assert "De jubileumdatum van *Cloud Platform* (competentie) is *10 maart 2021 (over 15 dagen)*" in body
    assert "Markeer als verlengd" in body and "Herinnering MPN-verlenging" in body
    env.at("2021-04-02T10:00")
    env.sweep()
    assert "je hebt nog 7 dagen" in text_of(env.posts()[-1])


def test_offer_names_cannot_ping_anyone(env: Env) -> None:
    add(env, "<!channel> & <@U1> Platform", A)
    env.at("2021-02-23T10:00")
    env.sweep()
    body = text_of(env.posts()[0])
    assert "<!channel>" not in body and "<@U1>" not in body
    assert "&lt;!channel&gt; &amp; &lt;@U1&gt; Platform" in body


# --- where and when across time zones -----------------------------------------------------------------


def test_far_time_zones_are_served_on_their_own_local_dates(env: Env, slack: SlackServer) -> None:
    for team, zone, token in (
        ("TKIR", "Pacific/Kiritimati", "xoxb-kir"),
        ("TPAGO", "Pacific/Pago_Pago", "xoxb-pago"),
    ):
        slack.add_workspace(team, name=team, bot_token=token, time_zone=zone)
        slack.add_user(team, PARTNER, name="pat", tz=zone)
        slack.add_channel(team, "CREM", name="renewals")
        env.store.install_workspace(team, time_zone=zone, installer_user_id=PARTNER)
        env.store.workspace(team).update_settings(PARTNER, reminder_channel="CREM")
        env.tokens[team] = token
        add(env, "Due on the 24th", date(2021, 3, 24) + timedelta(days=15), team=team)
        add(env, "Due on the 26th", date(2021, 3, 26) + timedelta(days=15), team=team)

    def names(team: str) -> list[str]:
        return [
            n for m in slack.messages(channel="CREM", team_id=team) for n in ("24th", "26th") if n in m.text
        ]

    # 10:00 UTC on 25 March: Pago Pago (UTC-11) is at 23:00 on the 24th, Kiritimati (UTC+14) at 00:00 on the 26th.
    env.at("2021-03-25T10:00")
    env.sweep()
    assert names("TPAGO") == ["24th"]  # its 24th, past 09:00
    assert names("TKIR") == []  # its 26th, but not yet 09:00; the 24th's reminder is late and waits too
    env.at("2021-03-25T19:00")  # Kiritimati: 09:00 on the 26th
    env.sweep()
    assert sorted(names("TKIR")) == ["24th", "26th"]
    [kir_post_24] = [m for m in slack.messages(channel="CREM", team_id="TKIR") if "24th" in m.text]
    assert "Late" in text_of(kir_post_24)
    assert names("TPAGO") == ["24th"]  # Pago Pago is still on the 25th (08:00)
    env.at("2021-03-26T20:00")  # Pago Pago: 09:00 on the 26th
    env.sweep()
    assert names("TPAGO") == ["24th", "26th"]


def _many_workspaces(env: Env, slack: SlackServer, count: int) -> list[str]:
    teams = []
    for n in range(count):
        team, token = f"TMANY{n:03d}", f"xoxb-many-{n}"
        slack.add_workspace(team, name=team, bot_token=token)
        slack.add_user(team, PARTNER, name="pat")
        slack.add_channel(team, "CREM", name="renewals")
        env.store.install_workspace(team, time_zone="Europe/Amsterdam", installer_user_id=PARTNER)
        if n % 10 != 3:  # every tenth workspace has no channel: its admin gets a DM
            env.store.workspace(team).update_settings(PARTNER, reminder_channel="CREM")
        env.tokens[team] = token
        add(env, f"Offer {n}", A, team=team)
        if n % 7 == 0:
            add(env, f"Stale {n}", date(2021, 2, 20), team=team)  # its -15 is past meaningful on 23 Feb
        teams.append(team)
    return teams


@pytest.mark.parametrize("read_fails", [False, True])
def test_workers_read_the_workspaces_they_serve_a_few_at_a_time(
    env: Env, slack: SlackServer, monkeypatch: pytest.MonkeyPatch, read_fails: bool
) -> None:
    """A busy tick: each worker reads the next few workspaces in one statement (``Store.serving``) and
    serves them one by one, each exactly as if read alone; if that read fails, each is read on its own."""
    teams = _many_workspaces(env, slack, 40)
    reads: list[int] = []
    real = type(env.store).serving

    def serving(self, team_ids, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(len(team_ids))
        if read_fails:
            raise RuntimeError("disk on fire")
        return real(self, team_ids, **kwargs)

    monkeypatch.setattr(type(env.store), "serving", serving)
    env.at("2021-02-23T10:00")
    report = env.sweep()
    assert reads and max(reads) > 1  # read together
    assert read_fails or sum(reads) == len(teams)  # each workspace read once
    for n, team in enumerate(teams):
        statuses = {e.kind.value + ":" + e.status for e in env.store.workspace(team).ledger()}
        assert "before:sent" in statuses, team
        if n % 10 == 3:
            [dm] = env.dms_to(PARTNER, team=team)
            assert f"Offer {n}" in dm.text
        else:
            [post] = [m for m in slack.messages(channel="CREM", team_id=team) if m.via == "api"]
            assert f"Offer {n}" in post.text and "Stale" not in post.text and "twice" not in text_of(post)
    assert len(report.skipped) == len([n for n in range(40) if n % 7 == 0])
    assert report.failed == [] and report.waiting == []


def test_a_workspace_without_a_token_here_is_left_alone(env: Env) -> None:
    env.store.install_workspace("TOTHER", time_zone="UTC", installer_user_id=PARTNER)
    add(env, "Elsewhere", A, team="TOTHER")
    env.at("2021-02-23T10:00")
    env.sweep()
    assert env.store.workspace("TOTHER").ledger() == []


# --- no channel, broken channels, broken tokens ----------------------------------------------------------


def test_without_a_channel_the_admins_get_the_reminder_by_dm(env: Env, slack: SlackServer) -> None:
    env.ws.update_settings(PARTNER, reminder_channel=None)
    env.ws.add_admin("UADMIN", actor=PARTNER)
    offer = add(env, "Cloud Platform", A)
    env.at("2021-02-23T10:00")
    env.sweep()
    for admin in (PARTNER, "UADMIN"):
        [dm] = env.dms_to(admin)
        assert "Cloud Platform" in dm.text and "No reminder channel is set" in text_of(dm)
    [entry] = env.ws.ledger()
    assert (entry.offer_id, entry.status, entry.channel) == (
        offer,
        "sent",
        slack.dm_channel_id(TEAM, env.ws.admins()[0]),
    )
    env.sweep()
    assert len(env.dms_to(PARTNER)) == 1


@pytest.mark.parametrize(
    ("breakage", "error", "words"),
    [
        ("kicked", "not_in_channel", "I'm not a member of it"),
        ("archived", "is_archived", "that channel is archived"),
        ("deleted", "channel_not_found", "no longer exists"),
    ],
)
def test_an_unusable_channel_keeps_the_reminder_pending_and_tells_the_admins_once(
    env: Env, slack: SlackServer, breakage: str, error: str, words: str
) -> None:
    channel = CHANNEL
    if breakage == "kicked":
        slack.set_member(TEAM, CHANNEL, False)
    elif breakage == "archived":
        slack.archive(TEAM, CHANNEL)
    else:
        channel = "CGONE"
        env.ws.update_settings(PARTNER, reminder_channel=channel)
    offer = add(env, "Cloud Platform", A)
    env.at("2021-02-23T10:00")
    report = env.sweep()
    assert report.alerts == [(TEAM, error)]
    assert ledger(env) == {(offer, "before"): ("failed", 1, f"channel:{error}")}
    [alert] = env.dms_to(PARTNER)
    assert words in alert.text and "*Cloud Platform*" in alert.text and f"<#{channel}>" in alert.text
    for _ in range(3):  # later ticks retry, backing off (one interval, then two), and nobody is DM'd again
        env.clock.advance(timedelta(minutes=5))
        assert env.sweep().alerts == []
    assert len(env.dms_to(PARTNER)) == 1
    assert ledger(env)[(offer, "before")] == ("failed", 3, f"channel:{error}")
    # The next day a new reminder joins the pending one: still no second DM.
    add(env, "Security", A + timedelta(days=1))
    env.at("2021-02-24T10:00")
    assert env.sweep().alerts == [] and len(env.dms_to(PARTNER)) == 1
    # Fixed: both go out, late for the first one, in one post.
    if breakage == "kicked":
        slack.set_member(TEAM, CHANNEL, True)
        env.ws.reset_delivery()  # what the member_joined_channel listener does when the bot is re-invited
    elif breakage == "archived":
        slack.archive(TEAM, CHANNEL, archived=False)  # Slack tells the bot nothing: its backoff runs out
        env.clock.advance(timedelta(hours=1))
    else:
        env.ws.update_settings(PARTNER, reminder_channel=CHANNEL)  # a setting changed: retried at once
    env.sweep()
    [post] = env.posts()
    assert "Cloud Platform" in post.text and "Security" in post.text
    assert {s for s, _, _ in ledger(env).values()} == {"sent"}


def test_a_revoked_token_keeps_reminders_pending_dms_nobody_and_other_workspaces_go_on(
    env: Env, slack: SlackServer
) -> None:
    slack.add_workspace("T2", name="Other", bot_token="xoxb-2", time_zone="Europe/Amsterdam")
    slack.add_channel("T2", "C2", name="renewals")
    env.store.install_workspace("T2", time_zone="Europe/Amsterdam", installer_user_id="U2")
    env.store.workspace("T2").update_settings("U2", reminder_channel="C2")
    env.tokens["T2"] = "xoxb-2"
    mine = add(env, "Cloud Platform", A)
    add(env, "Other Platform", A, team="T2")
    slack.revoke_token(TOKEN)
    env.at("2021-02-23T10:00")
    report = env.sweep()
    assert report.alerts == []
    assert ledger(env) == {(mine, "before"): ("failed", 1, "token:token_revoked")}
    assert [c for c in slack.calls_to("conversations.open")] == []
    assert len(slack.messages(channel="C2", team_id="T2")) == 1
    assert env.store.workspace("T2").ledger()[0].status == "sent"


def test_429s_are_retried_after_retry_after_inside_the_tick(env: Env, slack: SlackServer) -> None:
    add(env, "Cloud Platform", A)
    slack.inject("chat.postMessage", status=429, times=2, retry_after=1)
    env.at("2021-02-23T10:00")
    assert env.sweep().reminders_posted == 1
    assert [c.status for c in slack.calls_to("chat.postMessage")] == [429, 429, 200]
    assert len(env.posts()) == 1


def test_a_burst_of_429s_and_500s_loses_nothing_and_doubles_nothing(env: Env, slack: SlackServer) -> None:
    for n in range(3):
        add(env, f"Offer {n}", A + timedelta(days=n))
    slack.inject("chat.postMessage", status=429, times=2, retry_after=1)
    slack.inject("chat.postMessage", status=500, times=1)
    slack.inject("chat.postMessage", status=503, times=4)
    env.at("2021-03-01T10:00")  # all three are due (late) and go in one post
    failures = []
    for _ in range(40):  # a tick every five minutes; faults beyond the retries leave it for a later tick
        report = env.sweep()
        failures += [e for _, e in report.failed]
        env.clock.advance(timedelta(minutes=5))
        if env.posts():
            break
    assert failures and set(failures) <= {"uncertain:server_error", "temporary:ratelimited"}
    [post] = env.posts()  # one HTTP request per attempt: the 5xx were not resent inside the call
    assert all(f"Offer {n}" in post.text for n in range(3))
    assert {s for s, _, _ in ledger(env).values()} == {"sent"}
    # Slack may take a post and still answer 5xx (issue 10): the bot cannot know, so the copy that lands
    # says it may be a repeat.
    assert "you may see it twice" in text_of(post)


# --- crash policy: at least once, repeats marked --------------------------------------------------------


class CrashAfterPost(BaseException):
    """Stands in for the process dying right after Slack accepted the post, before the ledger knew."""


class CrashingDelivery:
    def __init__(self, inner: SlackDelivery) -> None:
        self.inner = inner

    def has_token(self, team_id: str) -> bool:
        return self.inner.has_token(team_id)

    def open_dm(self, team_id: str, user_id: str) -> str:
        return self.inner.open_dm(team_id, user_id)

    def wait_for_turn(self, team_id: str, channel: str) -> None:
        self.inner.wait_for_turn(team_id, channel)

    def must_wait(self, team_id: str, channel: str) -> bool:
        return self.inner.must_wait(team_id, channel)

    def post(self, *args: Any, **kwargs: Any) -> tuple[str, str]:
        self.inner.post(*args, **kwargs)
        raise CrashAfterPost


def test_a_crash_between_post_and_confirm_reposts_after_the_claim_lease_marked_as_a_repeat(env: Env) -> None:
    offer = add(env, "Cloud Platform", A)
    env.at("2021-02-23T10:00")
    crashing = Sweeper(
        env.store, CrashingDelivery(env.sweeper.delivery), env.clock, claimer="dead", claim_lease_seconds=60
    )  # type: ignore[arg-type]
    with pytest.raises(CrashAfterPost):
        crashing.run()
    assert len(env.posts()) == 1 and ledger(env)[(offer, "before")][0] == "claimed"
    env.clock.advance(timedelta(seconds=59))  # the dead claim's lease still runs: nobody posts
    assert env.sweep().posted == [] and len(env.posts()) == 1
    env.clock.advance(timedelta(seconds=2))
    env.sweep()
    first, second = env.posts()
    assert "twice" not in text_of(first)
    assert "you may see it twice" in text_of(second)
    assert ledger(env)[(offer, "before")] == ("sent", 2, None)
    env.sweep()
    assert len(env.posts()) == 2


def test_a_claim_that_never_reached_slack_is_posted_once_after_its_lease(env: Env) -> None:
    offer = add(env, "Cloud Platform", A)
    env.at("2021-02-23T10:00")
    claim = LedgerOp("claim", TEAM, offer, A, ReminderKind.BEFORE)
    assert env.store.reminder_ledger_batch([claim], lease_seconds=60, claimer="dead") == [True]
    assert env.sweep().posted == []
    env.clock.advance(timedelta(seconds=61))
    env.sweep()
    [post] = env.posts()  # posted once; marked as a possible repeat because the bot cannot know
    assert "you may see it twice" in text_of(post)
    assert ledger(env)[(offer, "before")] == ("sent", 2, None)


def test_a_timed_out_post_is_retried_next_tick_as_a_possible_repeat(env: Env, slack: SlackServer) -> None:
    offer = add(env, "Cloud Platform", A)
    env.sweeper.delivery = SlackDelivery(
        env.tokens.get, base_url=slack.base_url, min_interval=0.0, timeout=0.3
    )  # type: ignore[assignment]
    slack.inject("chat.postMessage", delay=0.8)  # Slack takes the post but answers too late
    env.at("2021-02-23T10:00")
    report = env.sweep()
    assert report.posted == [] and [e for _, e in report.failed] == ["uncertain:timeout"]
    slack.wait_for(lambda: len(env.posts()) == 1)
    env.clock.advance(timedelta(minutes=5))
    env.sweep()
    first, second = env.posts()
    assert "you may see it twice" in text_of(second)
    assert ledger(env)[(offer, "before")][0] == "sent"


def test_an_offer_renewed_after_the_scan_is_not_reminded_about(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    offer = add(env, "Cloud Platform", A)
    env.store.workspace(TEAM).skip_reminder(offer, A, "before", reason="test")
    env.at("2021-04-02T10:00")
    served = env.ws.serving(due_from=date(2021, 3, 1), now=env.clock())
    assert served is not None and served[1]  # the +23 reminder, read before the renewal
    env.ws.renew_offer(offer, date(2021, 4, 1), actor=PARTNER)
    monkeypatch.setattr(WorkspaceStore, "serving", lambda self, **kwargs: served)
    report = env.sweep()
    assert env.posts() == [] and report.posted == [] and report.failed == []
    assert [(e.anniversary, e.status) for e in env.ws.ledger(offer)] == [
        (A, "skipped")
    ]  # only the test's own skip


# --- dry run ---------------------------------------------------------------------------------------------


def test_a_dry_run_posts_claims_and_records_nothing(env: Env) -> None:
    add(env, "Cloud Platform", A)
    add(env, "Security", date(2021, 2, 20))  # stale on 23 Feb
    env.at("2021-02-23T10:00")
    report = env.sweep(dry_run=True)
    assert env.posts() == [] and env.ws.ledger() == []
    lines = report.lines()
    assert any(
        line.startswith(f"would post {TEAM} <#{CHANNEL}> on 2021-02-23: Cloud Platform (-15)")
        for line in lines
    )
    assert any(line.startswith(f"would skip {TEAM} Security (before): stale") for line in lines)
    report = env.sweep()
    assert len(env.posts()) == 1


def test_sweeping_a_given_date_ignores_the_posting_hour(env: Env) -> None:
    add(env, "Cloud Platform", A)
    env.at("2021-02-23T05:00")  # 06:00 in Amsterdam
    assert env.sweep().posted == []
    assert env.sweep(on=date(2021, 2, 23)).reminders_posted == 1


def test_delivery_errors_carry_a_stable_ledger_text() -> None:
    assert DeliveryError("channel", "not_in_channel").ledger_text == "channel:not_in_channel"
