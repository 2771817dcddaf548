"""Posting hour and local date: across DST changes (Europe/Amsterdam, America/New_York) and in the far zones
(Pacific/Kiritimati is UTC+14, Pacific/Pago_Pago UTC-11), with a settable clock."""

from __future__ import annotations

import zoneinfo
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.local.slack import SlackServer
from bot.reminders.timing import STALE_LOOKBACK_DAYS, retry_wait, scan_window, sweep_day
from storage.due import posting_instant
from storage.store import MAX_SENDABLE_SPAN_DAYS
from tests.harness import CHANNEL, PARTNER, TEAM
from tests.reminders.helpers import make_env


def utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "hour", "before", "at", "local"),
    [
        # Amsterdam: CET (UTC+1) until 28 March 2021 01:00 UTC, CEST (UTC+2) after; back on 31 October.
        ("Europe/Amsterdam", 9, "2021-03-27T07:59", "2021-03-27T08:00", date(2021, 3, 27)),
        ("Europe/Amsterdam", 9, "2021-03-28T06:59", "2021-03-28T07:00", date(2021, 3, 28)),  # spring forward
        ("Europe/Amsterdam", 9, "2021-10-31T07:59", "2021-10-31T08:00", date(2021, 10, 31)),  # fall back
        # 02:00 does not exist on 28 March: the posting hour is reached at 03:00 CEST.
        ("Europe/Amsterdam", 2, "2021-03-28T00:59", "2021-03-28T01:00", date(2021, 3, 28)),
        # 02:00 happens twice on 31 October: the first one counts.
        ("Europe/Amsterdam", 2, "2021-10-30T23:59", "2021-10-31T00:00", date(2021, 10, 31)),
        # New York: EST (UTC-5) until 14 March 2021 07:00 UTC, EDT (UTC-4) until 7 November.
        ("America/New_York", 9, "2021-03-13T13:59", "2021-03-13T14:00", date(2021, 3, 13)),
        ("America/New_York", 9, "2021-03-14T12:59", "2021-03-14T13:00", date(2021, 3, 14)),  # spring forward
        ("America/New_York", 9, "2021-11-06T12:59", "2021-11-06T13:00", date(2021, 11, 6)),
        ("America/New_York", 9, "2021-11-07T13:59", "2021-11-07T14:00", date(2021, 11, 7)),  # fall back
        # Far zones: a day ahead of and a day behind UTC at the same instant.
        ("Pacific/Kiritimati", 9, "2021-03-25T18:59", "2021-03-25T19:00", date(2021, 3, 26)),
        ("Pacific/Pago_Pago", 9, "2021-03-25T19:59", "2021-03-25T20:00", date(2021, 3, 25)),
        ("Pacific/Kiritimati", 0, "2021-03-25T09:59", "2021-03-25T10:00", date(2021, 3, 26)),
    ],
)
def test_the_posting_hour_is_local_wall_clock_time(
    zone: str, hour: int, before: str, at: str, local: date
) -> None:
    previous = sweep_day(utc(before), zone, hour)
    assert previous is None or previous < local
    assert sweep_day(utc(at), zone, hour) == local
    assert sweep_day(utc(at) + timedelta(hours=14), zone, hour) in (local, local + timedelta(days=1))


def test_at_one_instant_kiritimati_and_pago_pago_are_two_days_apart() -> None:
    now = utc("2021-03-25T12:00")
    assert sweep_day(now, "Pacific/Kiritimati", 0) == date(2021, 3, 26)
    assert sweep_day(now, "Pacific/Pago_Pago", 0) == date(2021, 3, 25)
    assert sweep_day(now, "Etc/GMT+12", 0) == date(2021, 3, 25)
    assert sweep_day(utc("2021-03-25T11:59"), "Etc/GMT+12", 0) == date(2021, 3, 24)


ZONES = sorted(
    z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith(("posix/", "right/"))
)


@settings(max_examples=60, deadline=None)
@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31), timezones=st.just(UTC)))
def test_the_scan_window_covers_every_zones_local_date(now: datetime) -> None:
    due_from, due_to = scan_window(now)
    for zone in ZONES:
        local = sweep_day(now, zone, 0)
        assert local is not None
        # everything sendable on the local date, and everything that went stale in the lookback, is scanned
        assert due_from <= local - timedelta(days=MAX_SENDABLE_SPAN_DAYS + STALE_LOOKBACK_DAYS)
        assert local <= due_to


def test_a_given_date_is_scanned_for_itself() -> None:
    assert scan_window(utc("2021-03-25T12:00"), date(2021, 1, 1)) == (
        date(2021, 1, 1) - timedelta(days=MAX_SENDABLE_SPAN_DAYS + STALE_LOOKBACK_DAYS),
        date(2021, 1, 1),
    )


@pytest.mark.parametrize(
    ("zone", "hour", "day", "first_post_utc"),
    [
        ("Europe/Amsterdam", 9, "2021-03-28", "2021-03-28T07:00"),  # spring forward: 09:00 CEST
        ("Europe/Amsterdam", 9, "2021-10-31", "2021-10-31T08:00"),  # fall back: 09:00 CET
        ("Europe/Amsterdam", 2, "2021-10-31", "2021-10-31T00:00"),  # the first of two 02:00s; once only
        ("Europe/Amsterdam", 2, "2021-03-28", "2021-03-28T01:00"),  # 02:00 does not exist: 03:00 CEST
        ("America/New_York", 9, "2021-03-14", "2021-03-14T13:00"),
        ("America/New_York", 9, "2021-11-07", "2021-11-07T14:00"),
    ],
)
def test_ticking_every_five_minutes_through_a_dst_day_posts_once_at_the_local_hour(
    slack: SlackServer, tmp_path: Path, zone: str, hour: int, day: str, first_post_utc: str
) -> None:
    env = make_env(slack, tmp_path)
    try:
        env.ws.update_settings(PARTNER, time_zone=zone, posting_hour=hour)
        due = date.fromisoformat(day)
        env.ws.add_offer("Cloud Platform", "competency", due + timedelta(days=15), actor=PARTNER)
        when = utc(f"{day}T00:00") - timedelta(hours=12)
        end = utc(f"{day}T00:00") + timedelta(hours=36)
        posted_at = []
        while when < end:
            env.clock.set(when)
            if env.sweep().posted:
                posted_at.append(when)
            when += timedelta(minutes=5)
        assert posted_at == [utc(first_post_utc)]
        [post] = env.posts(CHANNEL)
        assert "Late" not in post.text and env.store.workspace(TEAM).ledger()[0].status == "sent"
    finally:
        env.store.close()


@settings(max_examples=300, deadline=None)
@given(
    now=st.datetimes(
        min_value=datetime(2000, 1, 1), max_value=datetime(2037, 12, 31), timezones=st.just(UTC)
    ),
    zone=st.sampled_from(ZONES),
    hour=st.integers(0, 23),
)
def test_the_tick_reads_a_reminder_no_later_than_its_workspace_is_served_on_its_due_day(
    now: datetime, zone: str, hour: int
) -> None:
    """The SQL skips a workspace before its posting hour by each row's stored ``due_at``
    (``storage.due.posting_instant``): that must never hide a row ``sweep_day`` would serve."""
    local = sweep_day(now, zone, hour)
    if local is not None:
        for day in (local, local - timedelta(days=1), local - timedelta(days=20)):
            assert posting_instant(day, zone, hour) <= now


@pytest.mark.parametrize(
    ("zone", "hour", "day", "first_post_utc"),
    [
        ("Europe/Amsterdam", 2, "2021-03-28", "2021-03-28T01:00"),
        ("Europe/Amsterdam", 2, "2021-10-31", "2021-10-31T00:00"),
        ("America/New_York", 2, "2021-03-14", "2021-03-14T07:00"),
        ("Australia/Lord_Howe", 2, "2021-10-03", "2021-10-02T15:30"),  # a 30-minute gap at 02:00
        ("Pacific/Apia", 9, "2011-12-31", "2011-12-30T19:00"),  # Samoa skipped 30 December 2011
    ],
)
def test_the_stored_instant_is_never_after_the_first_served_minute(
    zone: str, hour: int, day: str, first_post_utc: str
) -> None:
    first = utc(first_post_utc)
    assert sweep_day(first, zone, hour) == date.fromisoformat(day)
    assert sweep_day(first - timedelta(minutes=1), zone, hour) != date.fromisoformat(day)
    assert posting_instant(date.fromisoformat(day), zone, hour) <= first


def test_the_retry_wait_doubles_from_one_interval_to_at_most_twelve() -> None:
    assert [retry_wait(n, 300).total_seconds() for n in range(1, 7)] == [300, 600, 1200, 2400, 3600, 3600]
