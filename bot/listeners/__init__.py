"""Bolt listeners, grouped by kind; each group has a ``register(app, deps)`` (bolt-python's template)."""

from __future__ import annotations

from slack_bolt import App

from bot.core.deps import Deps
from bot.listeners import actions, commands, events, messages


def register_all(app: App, deps: Deps) -> None:
    for group in (commands, events, messages, actions):
        group.register(app, deps)
