"""The one factory for the Bolt app: settings, store and clock in; ``slack_bolt.App`` out.

The HTTP server, Socket Mode, the tests, the benchmarks and the local console all build the app here, so
they exercise the same listeners and middleware.
"""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.clock import Clock
from bot.deps import Deps
from bot.listeners import register_all
from bot.settings import Settings
from storage import Store


def web_client(token: str | None, base_url: str | None) -> WebClient:
    """A WebClient aimed at Slack or at a Slack-compatible base URL, retrying 429s (honouring
    Retry-After) and dropped connections as slack_sdk's own handlers do."""
    client = WebClient(token=token, base_url=base_url or WebClient.BASE_URL, timeout=10)
    client.retry_handlers.extend([RateLimitErrorRetryHandler(max_retry_count=2), ConnectionErrorRetryHandler(max_retry_count=2)])
    return client


def create_app(settings: Settings, store: Store, clock: Clock, *, deps: Deps | None = None) -> App:
    app = App(
        # the token travels in the client, which also carries the base URL and retry handlers
        signing_secret=settings.signing_secret,
        client=web_client(settings.bot_token, settings.slack_api_url),
        logger=logging.getLogger("bot.bolt"),
        # Socket Mode has no signatures to check; HTTP mode always verifies (Bolt refuses unsigned requests).
        request_verification_enabled=settings.mode != "socket",
        # Replies travel in the acknowledgement, so run listeners on the request's own thread: no thread
        # hop and no 10 ms ack polling (Bolt's default), and an HTTP 200 only once the work is saved.
        process_before_response=True,
    )
    register_all(app, deps or Deps(store=store, clock=clock))
    return app
