"""Fixtures shared across folders, each defined once (``tests/test_layout.py`` checks that).

Two fixtures take their details from the requesting test module, so that a module states what differs
instead of redefining the fixture:

* ``slack``: ``SLACK_RATE_LIMIT`` (posts per channel per second; unset means unlimited) and
  ``slack_world(server)`` (fills the stand-in; unset means ``tests.harness.world``).
* ``store``: ``STORE_WORKSPACES``, team id -> ``install_workspace`` keyword arguments (unset means T1 and
  T2, both installed by U1).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.local.slack import SlackServer
from storage import Store
from tests.harness import Harness, make_harness, world
from tests.storage.helpers import FakeClock, open_store

DEFAULT_WORKSPACES: dict[str, dict[str, Any]] = {
    "T1": {"installer_user_id": "U1"},
    "T2": {"installer_user_id": "U1"},
}


@pytest.fixture
def slack(request: pytest.FixtureRequest) -> Iterator[SlackServer]:
    """The local Slack stand-in, filled by the module's ``slack_world`` (default: the harness's world)."""
    rate = getattr(request.module, "SLACK_RATE_LIMIT", None)
    fill = getattr(request.module, "slack_world", world)
    with SlackServer(rate_limit_per_channel_per_sec=rate) as server:
        fill(server)
        yield server


@pytest.fixture
def bot(slack: SlackServer, tmp_path: Path) -> Iterator[Harness]:
    harness = make_harness(slack, tmp_path)
    yield harness
    harness.store.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "mpn.db"


@pytest.fixture
def store(request: pytest.FixtureRequest, db_path: Path, clock: FakeClock) -> Iterator[Store]:
    """A fresh database file on the fake clock, with the module's ``STORE_WORKSPACES`` installed."""
    s = open_store(db_path, clock)
    for team, kwargs in getattr(request.module, "STORE_WORKSPACES", DEFAULT_WORKSPACES).items():
        s.install_workspace(team, **kwargs)
    yield s
    s.close()
