"""The end-to-end tests' shared fixture: ``mpn-bot run`` as a real subprocess in HTTP mode."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.local.slack import SlackServer
from tests.e2e.helpers import bot_env, start_bot, stop


@pytest.fixture
def running_bot(slack: SlackServer, tmp_path: Path) -> Iterator[tuple[str, Path, subprocess.Popen[str]]]:
    db = tmp_path / "bot.db"
    proc, port, _ = start_bot(bot_env(slack, db), tmp_path)
    assert port, "the bot did not start"
    try:
        yield f"http://127.0.0.1:{port}", db, proc
    finally:
        stop(proc)
