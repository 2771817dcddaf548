"""Slack's HTTP requests, checked before Bolt parses them.

Three things the plain Bolt WSGI path gets wrong, worked around here in the adapter layer:

- **Parsing.** slack_bolt 1.30's ``parse_body`` (``slack_bolt/request/internals.py``) treats any form body
  that *contains* the substring "payload" as an interaction and then finds no ``payload`` field: a
  ``/mpn add competency payload security …``, any command typed in a channel named ``payload-team`` or by
  a user called ``payload.admin`` got an empty body and HTTP 404. Here a form body is an interaction only
  when it has a ``payload`` *field* (worth reporting upstream: the check should be on the parsed keys).
- **Malformed requests.** A non-numeric ``X-Slack-Request-Timestamp`` or an unparsable body raised inside
  Bolt: HTTP 500 and a logged traceback, before the signature was even checked, so anyone could flood the
  log. Here the timestamp's shape and the signature are checked first (400 / 401, one log line at most),
  then the body is parsed without raising (400).
- **Replays.** A signed request replayed inside Slack's 5-minute window passed the signature check and
  repeated its change. Each signature is remembered for that window: a repeat is refused (409), except a
  Slack retry (``X-Slack-Retry-Num``), which is acknowledged once more with 200 and not processed again.
  The memory is per process: run several workers behind one port with sticky routing, or accept that a
  replay may land once on each worker (mutations are idempotent-checked in storage where it matters).

**One signature check per request.** Bolt's ``RequestVerification`` middleware (slack_bolt 1.30,
``middleware/request_verification/request_verification.py``) recomputes the same HMAC on every HTTP
request ``App.dispatch`` receives, so a request through this handler was verified twice. The app uses
``VerifiedOnce`` instead (``bot.app``: ``request_verification_enabled=False``, ``before_authorize``, the
same place in Bolt's chain, before authorization): it skips a request this handler has already verified
(a marker object in the request's context, which nothing in a request's body or headers can produce)
and verifies every other one exactly as Bolt does, so ``App.dispatch`` reached any other way (tests,
another adapter) still refuses forged requests.

**The Bolt context is not built twice.** ``BoltRequest(body="")`` builds a context from an empty body
(``build_context`` finds nothing in ``{}``: a dict lookup or two) and ``bolt_request`` then builds the
real one once from the parsed body; the constructor is the only supported way to make a ``BoltRequest``,
and giving it the raw body instead would run Bolt's ``parse_body``, the bug above.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import parse_qsl

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.context import BoltContext
from slack_bolt.middleware.request_verification import RequestVerification
from slack_bolt.request.internals import build_context
from slack_sdk.signature import SignatureVerifier

from bot.runtime.metrics import kind_of
from bot.runtime.seen import RecentlySeen

log = logging.getLogger(__name__)
REPLAY_WINDOW_SECONDS = 60 * 5  # Slack's own: a signed request older than this is refused anyway
#: Where ``dispatch`` leaves what kind of Slack request it was (``bot.runtime.metrics.kind_of``) for the
#: request timer in ``bot.runtime.server``.
KIND_KEY = "mpn.request_kind"
MAX_BODY_BYTES = 1 << 20  # far above any Slack payload (a full view_submission is tens of kB)
#: The context key and the marker ``CheckedSlackRequestHandler`` leaves on a request it verified.
VERIFIED_KEY = "mpn.signature_verified"
_VERIFIED = object()


def _header(headers: Mapping[str, Any], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            if isinstance(value, str):
                return value
            if isinstance(value, Sequence) and value:
                return str(value[0])
    return None


def parse_slack_body(raw: str, content_type: str | None) -> dict[str, Any]:
    """The request's payload as Bolt would want it, or ``ValueError`` for a body that is none of Slack's
    forms (JSON events, form-encoded commands, form-encoded ``payload=<json>`` interactions)."""
    if not raw:
        return {}
    if content_type == "application/json" or raw.lstrip().startswith("{"):
        parsed = json.loads(raw)
    else:
        fields = dict(parse_qsl(raw, keep_blank_values=True, strict_parsing=True))
        if "payload" in fields:
            parsed = json.loads(fields["payload"])
        elif "command" in fields or "ssl_check" in fields:
            parsed = fields
        else:
            raise ValueError("a form body from Slack is a command or a payload")
    if not isinstance(parsed, dict):
        raise ValueError("a Slack payload is a JSON object")
    return parsed


def bolt_request(
    raw: str, query: str | None, headers: dict[str, Any], *, verified: bool = False
) -> BoltRequest:
    """A ``BoltRequest`` whose body was parsed by ``parse_slack_body`` instead of Bolt's ``parse_body``;
    ``verified``: its signature was checked here, and ``VerifiedOnce`` need not check it again."""
    request = BoltRequest(body="", query=query, headers=headers)
    request.raw_body = raw
    request.body = parse_slack_body(raw, request.content_type)
    request.context = build_context(BoltContext({}), request.body)
    if verified:
        request.context[VERIFIED_KEY] = _VERIFIED
    return request


class VerifiedOnce(RequestVerification):
    """Bolt's signature check for requests ``CheckedSlackRequestHandler`` did not verify already."""

    def process(
        self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]
    ) -> BoltResponse:
        if req.context.get(VERIFIED_KEY) is _VERIFIED:
            return next()
        return super().process(req=req, resp=resp, next=next)


def _refuse(status: int, reason: str) -> BoltResponse:
    return BoltResponse(status=status, body=json.dumps({"ok": False, "error": reason}),
                        headers={"content-type": "application/json"})  # fmt: skip


class CheckedSlackRequestHandler(SlackRequestHandler):
    """Bolt's WSGI handler with the checks above in front of its dispatch."""

    def __init__(self, app: App, path: str, signing_secret: str | None) -> None:
        super().__init__(app, path=path)
        self._verifier = SignatureVerifier(signing_secret) if signing_secret else None
        self._seen = RecentlySeen(window=REPLAY_WINDOW_SECONDS)

    def dispatch(self, request: WsgiHttpRequest) -> BoltResponse:
        try:
            raw = request.get_body()  # decodes as UTF-8, as Slack sends
        except (UnicodeDecodeError, ValueError):
            return _refuse(400, "malformed_body")
        headers = request.get_headers()
        if len(raw.encode("utf-8", "surrogatepass")) > MAX_BODY_BYTES:
            return _refuse(413, "body_too_large")
        if self._verifier is not None:
            stamp = _header(headers, "x-slack-request-timestamp") or ""
            signature = _header(headers, "x-slack-signature") or ""
            if not stamp.isdigit() or len(stamp) > 12:
                return _refuse(400, "bad_timestamp")
            if not signature or not self._verifier.is_valid(raw, stamp, signature):
                log.info("refused a request with a missing, wrong or stale signature")
                return _refuse(401, "invalid_signature")
            if not self._seen.first_time(signature):
                if _header(headers, "x-slack-retry-num") is not None:
                    return BoltResponse(status=200, body="")  # answered the first time
                log.warning("refused a replayed request (its signature was already served)")
                return _refuse(409, "replayed")
        try:
            bolt = bolt_request(raw, request.query_string, headers, verified=self._verifier is not None)
        except (ValueError, KeyError, TypeError):
            return _refuse(400, "malformed_body")
        request.environ[KIND_KEY] = kind_of(bolt.body)
        return self.app.dispatch(bolt)
