"""The end-to-end tests' shared fixture: ``mpn-bot run`` as a real subprocess in HTTP mode."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.local.slack import SlackServer
from tests.e2e.helpers import bot_env


@pytest.fixture
def running_bot(slack: SlackServer, tmp_path: Path) -> Iterator[tuple[str, Path, subprocess.Popen[str]]]:
    db = tmp_path / "bot.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run", "--port", "0"],
        env=bot_env(slack, db),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdout is not None
    port = None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            break
        match = re.search(r"listening on http://[\d.]+:(\d+)/slack/events", line)
        if match:
            port = int(match.group(1))
            break
    assert port, "the bot did not start"
    try:
        yield f"http://127.0.0.1:{port}", db, proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)
