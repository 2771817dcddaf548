"""What the end-to-end tests share: the environment a ``mpn-bot run`` subprocess gets, and starting one."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from bot.local.slack import SlackServer
from tests.harness import SECRET, TOKEN


def bot_env(slack: SlackServer, db: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MPN_"))}
    env.update(
        SLACK_BOT_TOKEN=TOKEN,
        SLACK_SIGNING_SECRET=SECRET,
        MPN_DB=str(db),
        MPN_SLACK_API_URL=slack.base_url,
        PYTHONUNBUFFERED="1",
        **extra,
    )
    return env


def start_bot(
    env: dict[str, str], cwd: Path, *, wait: float = 30
) -> tuple[subprocess.Popen[str], int | None, str]:
    """``mpn-bot run --port 0`` as a subprocess; waits for its "listening on" line and returns the process,
    the port it listens on (None if it stopped or never said) and everything it printed until then."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run", "--port", "0"],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        lines.append(line)
        if not line and proc.poll() is not None:
            break
        if match := re.search(r"listening on http://[\d.]+:(\d+)/slack/events", line):
            return proc, int(match.group(1)), "".join(lines)
    return proc, None, "".join(lines)


def stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    proc.wait(timeout=10)
