"""Sending reminder posts to Slack: each workspace's own bot token, Slack's rate limits, and every failure
turned into one ``DeliveryError`` with a class and an owner.

* **Tokens.** ``token_for(team_id) -> str | None`` abstracts where tokens live. With one configured
  ``SLACK_BOT_TOKEN``, ``SingleTokenDirectory`` maps that token's own workspace (``auth.test``) to it; in
  OAuth mode ``InstallationTokens`` reads each workspace's bot token from slack_sdk's installation store.
* **Rate limits.** chat.postMessage allows about one message per second per channel
  (https://api.slack.com/methods/chat.postMessage#rate_limiting). The delivery paces itself per channel
  (the next post to a channel leaves at least ``min_interval`` after the previous one was answered), so a
  busy day does not hit the limit at all; when Slack answers 429 anyway, slack_sdk's
  ``RateLimitErrorRetryHandler`` waits for ``Retry-After`` and tries again (a rate-limited request was not
  processed, so that resend cannot duplicate anything).
* **One HTTP request per attempt.** A ``chat.postMessage`` is never resent by the transport: after a 5xx, a
  reset or a timeout Slack may have accepted it (``bot.runtime.slack_client``). Such an outcome is
  ``uncertain``: the sweep records it in the ledger and the next attempt carries the repeat note.
  ``conversations.open`` is idempotent and keeps slack_sdk's 5xx and connection retries.
* **Classes and owners**: ``classify_code`` and the code lists live in ``bot.runtime.slack_errors`` (every
  code Slack documents for chat.postMessage and conversations.open, one list read by this module and by
  the alerts' wording), re-exported here. ``_classify`` turns an exception into a ``DeliveryError``: HTTP
  429 or ``ratelimited``/``rate_limited`` (the HTTP 200 spelling) is temporary; any 5xx is temporary and
  uncertain; a refused connection is temporary; a timeout or dropped connection temporary and uncertain;
  everything else by its code, an unknown one permanent (it alerts the admins).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from http.client import HTTPException, RemoteDisconnected
from typing import Any, Protocol
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.oauth.installation_store import InstallationStore

from bot.runtime.slack_client import retry_handlers
from bot.runtime.slack_errors import (  # re-exported: the sweep and the tests read them here
    CHANNEL_ERRORS as CHANNEL_ERRORS,
)
from bot.runtime.slack_errors import (
    PERMANENT_ERRORS as PERMANENT_ERRORS,
)
from bot.runtime.slack_errors import (
    RECIPIENT_ERRORS as RECIPIENT_ERRORS,
)
from bot.runtime.slack_errors import (
    TEMPORARY_ERRORS as TEMPORARY_ERRORS,
)
from bot.runtime.slack_errors import (
    TOKEN_ERRORS as TOKEN_ERRORS,
)
from bot.runtime.slack_errors import (
    UNCERTAIN_ERRORS as UNCERTAIN_ERRORS,
)
from bot.runtime.slack_errors import (
    classify_code as classify_code,
)
from storage import Store

log = logging.getLogger(__name__)

TokenFor = Callable[[str], "str | None"]


class DeliveryError(Exception):
    """A post that did not (certainly) land. ``kind`` says who owns it (``temporary``, ``channel``,
    ``recipient``, ``permanent``, ``token``), ``code`` is Slack's error code (or ``timeout``,
    ``connection``, ``server_error``, ``ratelimited``, ``no_token``), ``uncertain`` that it may have landed
    all the same (the next attempt is marked as a possible repeat)."""

    def __init__(self, kind: str, code: str, detail: str = "", *, uncertain: bool = False) -> None:
        super().__init__(f"{kind}:{code}" + (f" ({detail})" if detail else ""))
        self.kind = kind
        self.code = code
        self.uncertain = uncertain

    @property
    def ledger_text(self) -> str:
        """What the ledger keeps as ``last_error``: ``kind:code`` (``uncertain:code`` for a temporary error
        that may have landed), stable so "the same error again" is an equality test (the admins are told
        about a problem once, not once per tick)."""
        return f"{'uncertain' if self.uncertain else self.kind}:{self.code}"

    @property
    def alerts(self) -> bool:
        """Whether the MPN partner admins are told (channel, recipient and permanent problems)."""
        return self.kind in ("channel", "recipient", "permanent")


class Delivery(Protocol):
    """What the sweep needs from Slack (``SlackDelivery``; tests may pass a fake)."""

    def has_token(self, team_id: str) -> bool: ...

    def must_wait(self, team_id: str, channel: str) -> bool:
        """Whether ``wait_for_turn`` would sleep now."""
        ...

    def wait_for_turn(self, team_id: str, channel: str) -> None:
        """Block until a post to ``channel`` would not exceed its rate limit."""
        ...

    def post(
        self, team_id: str, channel: str, message: Mapping[str, Any], metadata: Mapping[str, Any] | None
    ) -> tuple[str, str]:
        """Post; return ``(channel_id, ts)`` or raise ``DeliveryError``."""
        ...

    def open_dm(self, team_id: str, user_id: str) -> str:
        """The bot's DM channel with a user, or raise ``DeliveryError``."""
        ...


class SingleTokenDirectory:
    """``token_for`` for a bot with one ``SLACK_BOT_TOKEN``: its workspace is whatever ``auth.test`` says.

    Resolved on first use and cached; if Slack cannot be reached then, it asks again a minute later (not on
    every call: a sweep asks once per workspace).
    """

    RETRY_AFTER_SECONDS = 60.0

    def __init__(
        self, token: str, base_url: str | None = None, *, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self._token = token
        self._base_url = base_url
        self._team_id: str | None = None
        self._failed_at: float | None = None
        self._monotonic = monotonic
        self._lock = threading.Lock()

    def team_id(self) -> str | None:
        with self._lock:
            if self._team_id is None:
                if (
                    self._failed_at is not None
                    and self._monotonic() - self._failed_at < self.RETRY_AFTER_SECONDS
                ):
                    return None
                try:
                    client = WebClient(
                        token=self._token, base_url=self._base_url or WebClient.BASE_URL, timeout=10
                    )
                    self._team_id = str(client.auth_test()["team_id"])
                except (SlackApiError, SlackClientError, OSError) as err:
                    self._failed_at = self._monotonic()
                    log.error("auth.test failed for the configured bot token: %s", err)
            return self._team_id

    def __call__(self, team_id: str) -> str | None:
        return self._token if team_id == self.team_id() else None


class InstallationTokens:
    """``token_for`` in OAuth mode: each workspace's own bot token from slack_sdk's installation store (an
    Enterprise Grid workspace is looked up with its enterprise id from the workspace's settings). Answers
    are kept for ``ttl_seconds``, so a sweep does not open the installation database once per post."""

    def __init__(
        self,
        installations: InstallationStore,
        store: Store,
        *,
        ttl_seconds: float = 60.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._installations = installations
        self._store = store
        self._ttl = ttl_seconds
        self._monotonic = monotonic
        self._cache: dict[str, tuple[float, str | None]] = {}
        self._lock = threading.Lock()

    def __call__(self, team_id: str) -> str | None:
        now = self._monotonic()
        with self._lock:
            hit = self._cache.get(team_id)
        if hit is not None and now - hit[0] < self._ttl:
            return hit[1]
        bot = self._installations.find_bot(enterprise_id=None, team_id=team_id)
        if bot is None:
            settings = self._store.settings_of([team_id]).get(team_id)
            if settings is not None and settings.enterprise_id:
                bot = self._installations.find_bot(enterprise_id=settings.enterprise_id, team_id=team_id)
        token = bot.bot_token if bot is not None else None
        with self._lock:
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[team_id] = (now, token)
        return token


def _classify(err: BaseException) -> DeliveryError:
    if isinstance(err, DeliveryError):
        return err
    if isinstance(err, SlackApiError):
        response = err.response
        status = getattr(response, "status_code", 200)
        try:
            code = str(response.get("error") or "")
        except (ValueError, AttributeError):
            code = ""
        if status == 429 or code in ("ratelimited", "rate_limited"):
            return DeliveryError("temporary", "ratelimited", f"{status} {code}".strip())
        if status >= 500:  # Slack may have accepted the post before failing
            return DeliveryError("temporary", "server_error", f"{status} {code}".strip(), uncertain=True)
        kind, uncertain = classify_code(code or f"http_{status}")
        return DeliveryError(kind, code or f"http_{status}", uncertain=uncertain)
    if isinstance(err, URLError) and isinstance(err.reason, ConnectionRefusedError):
        return DeliveryError("temporary", "connection_refused", str(err.reason))
    if isinstance(err, ConnectionRefusedError):
        return DeliveryError("temporary", "connection_refused", str(err))
    if isinstance(err, TimeoutError) or (isinstance(err, URLError) and isinstance(err.reason, TimeoutError)):
        return DeliveryError("temporary", "timeout", str(err), uncertain=True)
    if isinstance(err, URLError | RemoteDisconnected | ConnectionError | HTTPException | OSError):
        return DeliveryError("temporary", "connection", str(err), uncertain=True)
    return DeliveryError("permanent", type(err).__name__, str(err))


class SlackDelivery:
    """Posts through one slack_sdk ``WebClient``, each call with its workspace's token, paced per channel.

    Thread-safe: the sweep serves workspaces on a thread pool. Never posts to one channel from two threads
    at once as long as each workspace is served by one thread at a time (the sweep's rule).
    """

    def __init__(
        self,
        token_for: TokenFor,
        *,
        base_url: str | None = None,
        min_interval: float = 1.0,
        timeout: float = 10.0,
        rate_limit_retries: int = 3,
        server_error_retries: int = 2,
        connection_retries: int = 2,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._token_for = token_for
        self._min_interval = min_interval
        self._monotonic = monotonic
        self._sleep = sleep
        # One client for every workspace, each call carrying its workspace's token (slack_sdk sends a
        # ``token`` argument as that call's bearer token): a sweep posts to thousands of workspaces once a
        # day each, and building a client per token (proxy settings read from the environment, retry
        # handlers, user agent) cost more per post than everything the sweep adds to the HTTP call.
        # slack_sdk annotates timeout as int but hands it to urlopen, which takes seconds as a float (tests
        # use 0.3); int() would turn that into 0.
        self._client = WebClient(
            base_url=base_url or WebClient.BASE_URL,
            timeout=timeout,  # type: ignore[arg-type]  # slack_sdk: int, urlopen: float
        )
        rate, server, connection = rate_limit_retries, server_error_retries, connection_retries
        # 429 for every call; 5xx and dropped connections only for idempotent ones (never a post).
        self._client.retry_handlers = retry_handlers(
            rate_limit=rate, server_error=server, connection=connection
        )
        self._last_post: dict[tuple[str, str], float] = {}
        self._lock = threading.Lock()

    # -- clients -------------------------------------------------------------------------------------

    def has_token(self, team_id: str) -> bool:
        return bool(self._token_for(team_id))

    def client(self, team_id: str) -> tuple[WebClient, str]:
        """The Web API client and ``team_id``'s bot token, to pass as each call's ``token``; no token
        raises ``DeliveryError`` (kind ``token``)."""
        token = self._token_for(team_id)
        if not token:
            raise DeliveryError("token", "no_token")
        return self._client, token

    # -- pacing --------------------------------------------------------------------------------------

    def wait_for_turn(self, team_id: str, channel: str) -> None:
        """Sleep until ``min_interval`` has passed since the last post to the channel was answered. The sweep
        calls this before it claims a post's reminders, so a claim is held only while the post is in flight."""
        self._wait_for_turn((team_id, channel))

    def must_wait(self, team_id: str, channel: str) -> bool:
        with self._lock:
            last = self._last_post.get((team_id, channel))
        return last is not None and last + self._min_interval > self._monotonic()

    def _wait_for_turn(self, key: tuple[str, str]) -> None:
        with self._lock:
            last = self._last_post.get(key)
        if last is not None:
            wait = last + self._min_interval - self._monotonic()
            if wait > 0:
                self._sleep(wait)

    def _posted(self, key: tuple[str, str]) -> None:
        now = self._monotonic()
        with self._lock:
            self._last_post[key] = now
            if len(self._last_post) > 200_000:  # forget channels not posted to for a while
                cutoff = now - 10 * self._min_interval
                self._last_post = {k: v for k, v in self._last_post.items() if v >= cutoff}

    # -- Web API -------------------------------------------------------------------------------------

    def post(
        self,
        team_id: str,
        channel: str,
        message: Mapping[str, Any],
        metadata: Mapping[str, Any] | None = None,
    ) -> tuple[str, str]:
        client, token = self.client(team_id)
        key = (team_id, channel)
        self._wait_for_turn(key)
        try:
            response = client.chat_postMessage(
                token=token,
                channel=channel,
                text=message.get("text"),
                blocks=message.get("blocks"),
                metadata=dict(metadata) if metadata else None,
                unfurl_links=False,
                unfurl_media=False,
            )
        except Exception as err:  # every failure becomes a DeliveryError; nothing escapes the sweep
            raise _classify(err) from err
        finally:
            self._posted(key)
        return str(response["channel"]), str(response["ts"])

    def open_dm(self, team_id: str, user_id: str) -> str:
        client, token = self.client(team_id)
        try:
            return str(client.conversations_open(token=token, users=user_id)["channel"]["id"])
        except Exception as err:
            raise _classify(err) from err
