"""The reminder tests' ``env`` (see ``tests.reminders.helpers``). A test module may set ``ENV_START`` (an ISO
moment; default ``make_env``'s) and ``ENV_OFFERS`` ((name, kind, anniversary) tuples the partner adds)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.local.slack import SlackServer
from tests.harness import PARTNER
from tests.reminders.helpers import Env, make_env


@pytest.fixture
def env(request: pytest.FixtureRequest, slack: SlackServer, tmp_path: Path) -> Iterator[Env]:
    start = getattr(request.module, "ENV_START", None)
    e = make_env(slack, tmp_path, start=start) if start else make_env(slack, tmp_path)
    for name, kind, anniversary in getattr(request.module, "ENV_OFFERS", ()):
        e.ws.add_offer(name, kind, anniversary, actor=PARTNER)
    yield e
    e.store.close()
