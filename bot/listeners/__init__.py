"""Bolt listeners, grouped by kind; each group has a ``register(app, deps)`` (bolt-python's template).

The global middleware goes first (every listener then finds ``context["conversation"]``), then the one
error handler, then the listeners themselves, which only parse, ask the answer layer and render.
"""

from __future__ import annotations

from slack_bolt import App

from bot.core.deps import Deps
from bot.listeners import (
    actions,
    commands,
    confirmations,
    errors,
    events,
    home,
    messages,
    offer_views,
    workspace_views,
)
from bot.listeners.middleware import attach_conversation, only_the_tokens_team


def register_all(app: App, deps: Deps) -> None:
    app.use(only_the_tokens_team)
    app.use(attach_conversation(deps))
    errors.register(app)
    for group in (commands, events, home, messages, actions, confirmations, offer_views):
        group.register(app, deps)
    workspace_views.register(app, deps)  # the Home's Settings, Admins, Import CSV and History modals
