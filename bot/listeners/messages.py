"""Direct messages to the bot (the Messages tab, ``message.im``).

Answers once per message: edits, deletions, the bot's own and other bots' messages are ignored (Bolt
already drops the app's own messages; the subtype and ``bot_id`` checks cover the rest), and an event Slack
delivers again (``X-Slack-Retry-Num``, a Socket Mode retry, or a duplicate) is recognised by its
``event_id`` / ``client_msg_id`` and not answered twice. A retry of an event this process never saw (it was
down) is answered: that is the user's only answer.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from typing import Any

from slack_bolt import App, BoltContext, Say
from slack_sdk import WebClient

from bot.core.deps import Deps
from bot.dm.answer import answer_dm
from bot.language.i18n import t

log = logging.getLogger(__name__)


class SeenEvents:
    """A bounded, thread-safe memory of answered events."""

    def __init__(self, size: int = 20_000) -> None:
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def first_time(self, key: str) -> bool:
        with self._lock:
            if key in self._seen:
                return False
            self._seen[key] = None
            if len(self._seen) > self._size:
                self._seen.popitem(last=False)
            return True


def is_question_for_us(event: dict[str, Any]) -> bool:
    return (
        event.get("channel_type") == "im"
        and not event.get("subtype")
        and not event.get("bot_id")
        and bool(event.get("user"))
    )


def register(app: App, deps: Deps) -> None:
    seen = SeenEvents()

    @app.event("message", matchers=[lambda event: is_question_for_us(event)])
    def direct_message(
        event: dict[str, Any], body: dict[str, Any], say: Say, client: WebClient, context: BoltContext
    ) -> None:
        key = (
            event.get("client_msg_id") or body.get("event_id") or f"{event.get('channel')}:{event.get('ts')}"
        )
        if not seen.first_time(f"{context.team_id}:{key}"):
            log.info("not answering %s again (a retry or duplicate delivery)", key)
            return
        text = str(event.get("text") or "")
        try:
            conv = deps.conversation(
                client,
                team_id=context.team_id or "",
                enterprise_id=context.enterprise_id,
                user_id=event["user"],
                text=text,
            )
        except Exception:
            log.exception("could not load the workspace for a DM")
            say(text=t("error.generic", "en"))
            return
        say(**answer_dm(text, conv).as_message())

    @app.event("message")
    def other_messages() -> None:
        """Edits, deletions, bot posts and channel messages need no answer; acknowledging them keeps Bolt
        from logging each as unhandled."""
