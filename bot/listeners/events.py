"""Workspace lifecycle.

``app_uninstalled`` and ``tokens_revoked`` (for the bot token) remove every row of that workspace: an
uninstalled app keeps nothing of a customer's. The App Home (``app_home_opened``) is ``bot.listeners.home``.
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

    @app.event("tokens_revoked")
    def revoked(event: dict[str, Any], context: BoltContext) -> None:
        if event.get("tokens", {}).get("bot"):
            forget(context)
