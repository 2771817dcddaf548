"""Direct messages to the bot (the Messages tab, ``message.im``).

Answers once per message: edits, deletions, the bot's own and other bots' messages are ignored (Bolt
already drops the app's own messages; ``is_question_for_us`` covers the rest), and an event Slack
delivers again (``X-Slack-Retry-Num``, a Socket Mode retry, or a duplicate) is recognised by its
``event_id`` / ``client_msg_id`` and not answered twice. A retry of an event this process never saw (it was
down) is answered: that is the user's only answer.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext, Say

from bot.core.deps import Deps
from bot.dm.answer import answer_dm, read_dm
from bot.listeners import dm_actions
from bot.listeners.middleware import CONVERSATION, is_question_for_us
from bot.runtime.seen import RecentlySeen

log = logging.getLogger(__name__)


def register(app: App, deps: Deps) -> None:
    dm_actions.register(app, deps)  # the buttons of DM replies belong with the DMs that show them
    # Slack redelivers an unanswered event within minutes; an hour covers every retry it makes.
    seen = RecentlySeen(window=3600, size=20_000)

    @app.event("message", matchers=[lambda event: is_question_for_us(event)])
    def direct_message(event: dict[str, Any], body: dict[str, Any], say: Say, context: BoltContext) -> None:
        key = (
            event.get("client_msg_id") or body.get("event_id") or f"{event.get('channel')}:{event.get('ts')}"
        )
        if not seen.first_time(f"{context.team_id}:{key}"):
            log.info("not answering %s again (a retry or duplicate delivery)", key)
            return
        question = read_dm(str(event.get("text") or ""), context[CONVERSATION])
        # From here on (the reply, and any refusal the error handler renders) speak the DM's own language.
        context[CONVERSATION] = conv = context[CONVERSATION].written_in(question.lang)
        say(**answer_dm(question, conv).as_message())

    @app.event("message")
    def other_messages() -> None:
        """Edits, deletions, bot posts and channel messages need no answer; acknowledging them keeps Bolt
        from logging each as unhandled."""
