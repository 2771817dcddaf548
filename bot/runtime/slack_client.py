"""The one way the bot builds a Web API client, so every call honours ``MPN_SLACK_API_URL`` and retries
the same way.

**Retries never resend a post.** slack_sdk's retry handlers apply per client, to every method. A
``chat.postMessage`` that Slack accepted and then answered with a 5xx or a reset connection has landed: a
transport-level resend makes a second, unmarked copy (issue 10). So the connection-error and server-error
handlers here refuse to retry the methods that create something (``NOT_IDEMPOTENT``), except when the
connection was refused (nothing was sent). 429 is always retried after ``Retry-After``: Slack did not
process a rate-limited request. Idempotent calls (``conversations.open``, ``auth.test``, ``users.info``,
``views.publish``...) keep every retry.
"""

from __future__ import annotations

from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.handler import RetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState

#: Web API methods that create something each time they are called: never resent after they may have
#: reached Slack (https://api.slack.com/methods/chat.postMessage: Slack takes no idempotency key).
NOT_IDEMPOTENT = frozenset({"chat.postMessage", "chat.postEphemeral", "chat.scheduleMessage"})


def _method(request: HttpRequest) -> str:
    return request.url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]


def _never_sent(error: Exception | None) -> bool:
    """A refused connection: the request never left, so even a post may be tried again."""
    if isinstance(error, URLError):
        error = error.reason if isinstance(error.reason, Exception) else None
    return isinstance(error, ConnectionRefusedError)


class SafeServerErrorRetryHandler(ServerErrorRetryHandler):
    """``ServerErrorRetryHandler`` for idempotent methods only: a 500/503 after a post may have landed."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if _method(request) in NOT_IDEMPOTENT:
            return False
        return super()._can_retry(state=state, request=request, response=response, error=error)


class SafeConnectionErrorRetryHandler(ConnectionErrorRetryHandler):
    """``ConnectionErrorRetryHandler`` that resends a post only when the connection was refused."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if _method(request) in NOT_IDEMPOTENT and not _never_sent(error):
            return False
        return super()._can_retry(state=state, request=request, response=response, error=error)


def retry_handlers(*, rate_limit: int = 2, server_error: int = 2, connection: int = 2) -> list[RetryHandler]:
    """429 after Retry-After for every method; 5xx and dropped connections for idempotent ones only."""
    handlers: list[RetryHandler] = [RateLimitErrorRetryHandler(max_retry_count=rate_limit)]
    if server_error:
        handlers.append(SafeServerErrorRetryHandler(max_retry_count=server_error))
    if connection:
        handlers.append(SafeConnectionErrorRetryHandler(max_retry_count=connection))
    return handlers


def web_client(token: str | None, base_url: str | None) -> WebClient:
    """A WebClient aimed at Slack or at a Slack-compatible base URL, retrying 429s (honouring
    Retry-After) and, for idempotent methods, dropped connections."""
    client = WebClient(token=token, base_url=base_url or WebClient.BASE_URL, timeout=10)
    # Replaces slack_sdk's default (a ConnectionErrorRetryHandler that would resend posts too).
    client.retry_handlers = retry_handlers(server_error=0)
    return client
