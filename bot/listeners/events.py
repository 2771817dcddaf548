"""Workspace lifecycle and the App Home.

``app_uninstalled`` and ``tokens_revoked`` (for the bot token) remove every row of that workspace: an
uninstalled app keeps nothing of a customer's. ``app_home_opened`` shows the same status answer as
``/mpn status``, rendered for the Home tab, and, to admins, any channel problem holding reminders back
(DESIGN §2: say so loudly, in a DM and on the App Home).
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.core import answers
from bot.core.deps import Deps
from bot.listeners.middleware import CONVERSATION
from bot.render import offers, reminders
from bot.render import settings as render_settings

log = logging.getLogger(__name__)
HOME_MAX_BLOCKS = 100  # Slack: a Home tab view holds at most 100 blocks


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

    @app.event("app_home_opened")
    def home(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        if event.get("tab") != "home":
            return
        conv = context[CONVERSATION]
        blocks: list[dict[str, Any]] = []
        if not conv.ws.admins():  # nobody can change anything, and DM reminders reach nobody: say so first
            if conv.person.is_workspace_admin:
                blocks += render_settings.become_admin_offer("auth.no_admin_yet", conv.lang).blocks
            else:
                blocks += render_settings.error("home.no_admin", conv.lang, {}).blocks
        if conv.can_grant_role():  # admins see what keeps reminders from going out, above everything else
            for problem in answers.delivery_problems(conv.ws):  # channel and permanent problems alike
                blocks += reminders.channel_alert(
                    problem.error, problem.channel, problem.offer_names, conv.lang
                ).blocks
        blocks += offers.status(answers.status(conv.ws, conv.today), conv.lang).blocks
        client.views_publish(user_id=event["user"], view={"type": "home", "blocks": blocks[:HOME_MAX_BLOCKS]})
