"""The one factory for the Bolt app: settings, store and clock in; ``slack_bolt.App`` out.

The HTTP server, Socket Mode, the tests, the benchmarks and the local console all build the app here, so
they exercise the same listeners and middleware.
"""

from __future__ import annotations

import logging

from slack_bolt import App

from bot.core.deps import Deps
from bot.listeners import register_all
from bot.runtime.clock import Clock
from bot.runtime.config import Settings
from bot.runtime.oauth import installation_store, oauth_settings
from bot.runtime.requests import VerifiedOnce
from bot.runtime.slack_client import web_client
from storage import Store


def create_app(settings: Settings, store: Store, clock: Clock, *, deps: Deps | None = None) -> App:
    """One workspace (a bot token) or many (OAuth: each workspace's token from the installation store)."""
    oauth = settings.mode == "oauth"
    installations = installation_store(settings) if oauth else None
    app = App(
        # the token travels in the client, which also carries the base URL and retry handlers
        signing_secret=settings.signing_secret,
        client=web_client(None if oauth else settings.bot_token, settings.slack_api_url),
        oauth_settings=oauth_settings(settings, store, installations) if installations else None,
        installation_store_bot_only=True,
        # The CLI checks the token before starting (``bot.cli.check_bot_token``) with a clear message;
        # Bolt's own check at construction would raise a traceback, and crash the bot whenever Slack is
        # briefly unreachable at start-up. Bolt still authorises every request.
        token_verification_enabled=False,
        logger=logging.getLogger("bot.bolt"),
        # Socket Mode has no signatures to check; HTTP mode always verifies, once: Bolt's own check is
        # replaced by ``VerifiedOnce``, which skips what ``bot.runtime.requests``' handler verified already.
        request_verification_enabled=False,
        before_authorize=None if settings.mode == "socket" else VerifiedOnce(settings.signing_secret or ""),
        # Replies travel in the acknowledgement, so run listeners on the request's own thread: no thread
        # hop and no 10 ms ack polling (Bolt's default), and an HTTP 200 only once the work is saved.
        process_before_response=True,
    )
    register_all(app, deps or Deps(store=store, clock=clock, installations=installations))
    return app
