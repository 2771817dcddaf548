"""The one way the bot builds a Web API client, so every call honours ``MPN_SLACK_API_URL`` and retries
the same way."""

from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler


def web_client(token: str | None, base_url: str | None) -> WebClient:
    """A WebClient aimed at Slack or at a Slack-compatible base URL, retrying 429s (honouring
    Retry-After) and dropped connections as slack_sdk's own handlers do."""
    client = WebClient(token=token, base_url=base_url or WebClient.BASE_URL, timeout=10)
    client.retry_handlers.extend(
        [RateLimitErrorRetryHandler(max_retry_count=2), ConnectionErrorRetryHandler(max_retry_count=2)]
    )
    return client
