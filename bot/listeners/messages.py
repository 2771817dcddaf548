"""Direct messages to the bot (the Messages tab, ``message.im``), and the bot mentioned in a channel
(``app_mention``: "@MPN Renewals when is Security due?" under a reminder post).

A mention is answered in its thread, through the same reader and answer layer as a DM, so the channel reads
the answer along; a change told in a mention ("@MPN Renewals we renewed Security yesterday") gets its
confirmation, or its refusal, as an ephemeral message in that thread: only the asker sees the buttons.

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
from slack_sdk import WebClient

from bot.core.deps import Deps
from bot.dm.answer import answer_dm, proposes_a_change, read_dm
from bot.language.reader import prepare as prepare_reader
from bot.listeners import dm_actions
from bot.listeners.middleware import (
    CONVERSATION,
    is_mention_for_us,
    is_question_for_us,
    tell_the_asker,
    thread_of,
)
from bot.runtime.seen import RecentlySeen

log = logging.getLogger(__name__)


def register(app: App, deps: Deps) -> None:
    dm_actions.register(app, deps)  # the buttons of DM replies belong with the DMs that show them
    prepare_reader()
    # Slack redelivers an unanswered event within minutes; an hour covers every retry it makes.
    seen = RecentlySeen(window=3600, size=20_000)

    def first_time(event: dict[str, Any], body: dict[str, Any], context: BoltContext) -> bool:
        key = (
            event.get("client_msg_id") or body.get("event_id") or f"{event.get('channel')}:{event.get('ts')}"
        )
        if seen.first_time(f"{context.team_id}:{key}"):
            return True
        log.info("not answering %s again (a retry or duplicate delivery)", key)
        return False

    @app.event("message", matchers=[lambda event: is_question_for_us(event)])
    def direct_message(event: dict[str, Any], body: dict[str, Any], say: Say, context: BoltContext) -> None:
        if not first_time(event, body, context):
            return
        question = read_dm(str(event.get("text") or ""), context[CONVERSATION])
        # From here on (the reply, and any refusal the error handler renders) speak the DM's own language.
        context[CONVERSATION] = conv = context[CONVERSATION].written_in(question.lang)
        say(**answer_dm(question, conv).as_message())

    @app.event("app_mention", matchers=[lambda event: is_mention_for_us(event)])
    def mention(
        event: dict[str, Any], body: dict[str, Any], say: Say, client: WebClient, context: BoltContext
    ) -> None:
        if not first_time(event, body, context):
            return
        question = read_dm(str(event.get("text") or ""), context[CONVERSATION])
        context[CONVERSATION] = conv = context[CONVERSATION].written_in(question.lang)
        reply = answer_dm(question, conv).as_message()
        if proposes_a_change(question):
            tell_the_asker(client, event, reply)
        else:
            say(thread_ts=thread_of(event), **reply)

    @app.event("app_mention")
    def other_mentions() -> None:
        """A bot's mention needs no answer (and two bots must not answer each other)."""

    @app.event("message")
    def other_messages() -> None:
        """Edits, deletions, bot posts and channel messages need no answer; acknowledging them keeps Bolt
        from logging each as unhandled."""
