from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.local.slack import SlackServer
from tests.harness import Harness, make_harness, world


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer(rate_limit_per_channel_per_sec=None) as server:
        world(server)
        yield server


@pytest.fixture
def bot(slack: SlackServer, tmp_path: Path) -> Iterator[Harness]:
    harness = make_harness(slack, tmp_path)
    yield harness
    harness.store.close()
