"""What the end-to-end tests share: the environment a ``mpn-bot run`` subprocess gets."""

from __future__ import annotations

import os
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
