"""Workspace lifecycle.

``app_uninstalled`` and ``tokens_revoked`` (for the bot token) remove every row of that workspace: an
uninstalled app keeps nothing of a customer's. ``member_joined_channel`` for the bot itself in the reminder
channel (an admin re-invited it after a ``not_in_channel`` alert) resets the reminders' backoff, so the
next tick posts them. The App Home (``app_home_opened``) is ``bot.listeners.home``.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext

from bot.core.deps import Deps

log = logging.getLogger(__name__)


def register(app: App, deps: Deps) -> None:
    def forget(context: BoltContext) -> None:
        team_id = context.team_id
        if not team_id:
            return
        deps.store.delete_workspace(team_id)
        deps.people.forget_team(team_id)
        if deps.installations is not None:
            deps.installations.delete_all(enterprise_id=context.enterprise_id, team_id=team_id)
        log.info("removed all data of workspace %s", team_id)

    @app.event("app_uninstalled")
    def uninstalled(context: BoltContext) -> None:
        forget(context)

    @app.event("member_joined_channel")
    def joined(event: dict[str, Any], context: BoltContext) -> None:
        team_id = context.team_id
        if not team_id or event.get("user") != context.bot_user_id or not deps.store.has_workspace(team_id):
            return  # someone else joined a channel the bot is in
        ws = deps.store.workspace(team_id)
        if ws.settings().reminder_channel == event.get("channel"):
            ws.reset_delivery()
            log.info("workspace %s: the bot is back in the reminder channel; reminders retry now", team_id)

    @app.event("tokens_revoked")
    def revoked(event: dict[str, Any], context: BoltContext) -> None:
        if event.get("tokens", {}).get("bot"):
            forget(context)
