"""The simulator's rate-limit arithmetic on a fake clock, and the simulator as a subprocess.

The delivery benchmark compares the bot against "the bound the rate limits allow", so the limiter must be
exact: never more than ``burst + rate * t`` accepted in ``t`` seconds, and a ``Retry-After`` that, when
honoured, is always enough.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.local.slack import SlackServer
from bot.local.slack.ratelimit import RateLimiter, retry_after_seconds
from tests.paths import ROOT


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_one_per_second_per_key() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1.0, clock=clock)
    assert limiter.check("C1") == 0.0
    assert limiter.check("C1") == pytest.approx(1.0)
    assert limiter.check("C2") == 0.0  # separate budget
    clock.now += 0.4
    assert limiter.check("C1") == pytest.approx(0.6)
    clock.now += 0.6
    assert limiter.check("C1") == 0.0


def test_refund_restores_the_token() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1.0, clock=clock)
    assert limiter.check("C1") == 0.0
    limiter.refund("C1")
    assert limiter.check("C1") == 0.0


def test_disabled_limiter_accepts_everything() -> None:
    limiter = RateLimiter(None, clock=FakeClock())
    assert all(limiter.check("C1") == 0.0 for _ in range(100))


def test_retry_after_is_whole_seconds_at_least_one() -> None:
    assert retry_after_seconds(0.0001) == 1
    assert retry_after_seconds(1.0) == 1
    assert retry_after_seconds(1.2) == 2


@given(
    rate=st.sampled_from([0.5, 1.0, 2.0, 5.0]),
    burst=st.integers(min_value=1, max_value=4),
    gaps=st.lists(st.floats(min_value=0.0, max_value=2.0, allow_nan=False), min_size=1, max_size=60),
)
def test_never_more_than_burst_plus_rate_times_elapsed(rate: float, burst: int, gaps: list[float]) -> None:
    clock = FakeClock()
    start = clock.now
    limiter = RateLimiter(rate, burst, clock=clock)
    accepted = 0
    for gap in gaps:
        clock.now += gap
        if limiter.check("C") == 0.0:
            accepted += 1
        assert accepted <= burst + rate * (clock.now - start) + 1e-6


@given(gaps=st.lists(st.floats(min_value=0.0, max_value=3.0, allow_nan=False), min_size=1, max_size=30))
def test_waiting_retry_after_is_always_enough(gaps: list[float]) -> None:
    clock = FakeClock()
    limiter = RateLimiter(1.0, clock=clock)
    for gap in gaps:
        clock.now += gap
        wait = limiter.check("C")
        if wait > 0:
            clock.now += retry_after_seconds(wait)
            assert limiter.check("C") == 0.0


def test_server_uses_injected_monotonic_clock() -> None:
    clock = FakeClock()
    with SlackServer(monotonic=clock) as slack:
        slack.add_workspace("T1", name="Acme", bot_token="xoxb-1")
        slack.add_channel("T1", "C1", name="mpn")
        web = WebClient(token="xoxb-1", base_url=slack.base_url)
        web.chat_postMessage(channel="C1", text="one")
        clock.now += 0.5
        with pytest.raises(SlackApiError) as info:
            web.chat_postMessage(channel="C1", text="two")
        assert info.value.response.headers["Retry-After"] == "1"
        clock.now += 0.5
        assert web.chat_postMessage(channel="C1", text="two")["ok"]


def test_burst_allows_several_quick_posts() -> None:
    with SlackServer(rate_limit_per_channel_per_sec=1.0, rate_limit_burst=3, monotonic=FakeClock()) as slack:
        slack.add_workspace("T1", name="Acme", bot_token="xoxb-1")
        slack.add_channel("T1", "C1", name="mpn")
        web = WebClient(token="xoxb-1", base_url=slack.base_url)
        for n in range(3):
            web.chat_postMessage(channel="C1", text=str(n))
        with pytest.raises(SlackApiError):
            web.chat_postMessage(channel="C1", text="3")


@pytest.mark.slow
def test_runs_as_a_subprocess_with_a_fixture(tmp_path: Path) -> None:
    fixture = tmp_path / "world.json"
    fixture.write_text(
        json.dumps(
            {
                "workspaces": [
                    {
                        "team_id": "T1",
                        "name": "Acme",
                        "bot_token": "xoxb-1",
                        "users": [{"id": "U1", "name": "ann", "locale": "nl-NL"}],
                        "channels": [{"id": "C1", "name": "mpn"}],
                    }
                ]
            }
        )
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.local.slack.slack_server", "--port", "0", "--fixture", str(fixture)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/api/")
        web = WebClient(token="xoxb-1", base_url=base_url)
        assert web.users_info(user="U1", include_locale=True)["user"]["locale"] == "nl-NL"
        assert web.chat_postMessage(channel="C1", text="from afar")["ok"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
