"""The App Home: publishing it, its buttons, and republishing it after every change.

``app_home_opened`` publishes the dashboard for the person who opened it and remembers them as a viewer.
After any request that changed the workspace (a ``/mpn`` command, a DM, a button, any modal, whoever's
listener it was), the Home of that workspace's recent viewers is published again, once per viewer per
change, a moment later and off the request's thread, so several changes in a row cost one publish each.

How a change is noticed without any listener's help: the audit log. Every change storage makes writes an
audit row in the same transaction, so ``App.dispatch`` is wrapped to note the workspace's newest audit
entry before the request and look again after it. (Bolt's global middleware cannot do the second look: its
``next()`` returns before the listener runs.) Workspaces with no recent viewer are not looked at at all, so
``/mpn status`` pays nothing for this.

Clicks on the Home have no ``response_url``: a refusal (a member's forged click, a stale button) is shown in
a modal instead.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from slack_bolt import Ack, App, BoltContext, BoltRequest, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.core import answers, app_identity
from bot.core.conversation import Conversation
from bot.core.deps import Deps
from bot.core.errors import UserError
from bot.listeners import offer_views
from bot.listeners.middleware import CONVERSATION, require_partner_admin
from bot.render import home as render
from bot.render import offer_modals
from bot.render import reminders as render_reminders
from storage import StorageError, Store

log = logging.getLogger(__name__)

VIEWER_MEMORY = 7 * 24 * 3600.0  # seconds a Home visit keeps someone on the republish list
MAX_VIEWERS_PER_TEAM = 200  # the most recent viewers of a workspace that are republished
DEBOUNCE = 0.2  # seconds changes are gathered before the Homes are published again


class HomeState:
    """Per process: who looked at which workspace's Home recently (and on which page), and the removals
    made on the Home that can still be undone there (for ``answers.UNDO_WINDOW``, the window the answer
    layer and storage allow, so the Home neither hides a possible Undo nor shows one that would fail). Lost on restart, which costs only a republish that
    waits for the next Home visit, and an Undo that is still in the removal's own reply."""

    def __init__(self, now: Callable[[], datetime]) -> None:
        self._lock = threading.Lock()
        self._now = now
        self._viewers: dict[str, dict[str, tuple[float, str | None]]] = {}
        self._pages: dict[tuple[str, str], int] = {}
        self._removals: dict[str, list[render.RecentRemoval]] = {}
        self._publishing: dict[tuple[str, str], threading.Lock] = {}

    def publishing(self, team: str, user: str) -> threading.Lock:
        """The lock held while one viewer's Home is read and published. Without it a republish read just
        before a change could reach Slack after the publish made just after it, and the viewer would be left
        looking at the older Home until the next change; with it, whichever publish goes second also read
        second."""
        with self._lock:
            return self._publishing.setdefault((team, user), threading.Lock())

    def _forget(self, team: str, user: str) -> None:
        """Drop a viewer and their publish lock (called holding ``_lock``), so neither grows with every
        person who ever opened the Home."""
        del self._viewers[team][user]
        self._publishing.pop((team, user), None)

    def saw(self, team: str, user: str, enterprise: str | None) -> None:
        with self._lock:
            viewers = self._viewers.setdefault(team, {})
            viewers.pop(user, None)
            viewers[user] = (time.monotonic(), enterprise)
            while len(viewers) > MAX_VIEWERS_PER_TEAM:
                self._forget(team, next(iter(viewers)))

    def has_viewers(self, team: str) -> bool:
        with self._lock:
            return bool(self._viewers.get(team))

    def viewers(self, team: str) -> list[tuple[str, str | None]]:
        cutoff = time.monotonic() - VIEWER_MEMORY
        with self._lock:
            viewers = self._viewers.get(team, {})
            for user in [u for u, (seen, _) in viewers.items() if seen < cutoff]:
                self._forget(team, user)
            return [(u, enterprise) for u, (_, enterprise) in viewers.items()]

    def page(self, team: str, user: str) -> int:
        with self._lock:
            return self._pages.get((team, user), 0)

    def set_page(self, team: str, user: str, page: int) -> None:
        with self._lock:
            self._pages[(team, user)] = max(0, page)

    def removed(self, team: str, removal: render.RecentRemoval) -> None:
        with self._lock:
            self._removals.setdefault(team, []).append(removal)

    def undone(self, team: str, token: int) -> None:
        with self._lock:
            self._removals[team] = [r for r in self._removals.get(team, []) if r.token != token]

    def removals(self, team: str) -> tuple[render.RecentRemoval, ...]:
        cutoff = self._now() - answers.UNDO_WINDOW
        with self._lock:
            kept = [r for r in self._removals.get(team, []) if r.at >= cutoff]
            self._removals[team] = kept
            return tuple(kept)


def publish_home(client: WebClient, conv: Conversation, state: HomeState) -> None:
    """Read ``conv``'s Home and publish it, in order with every other publish of that viewer's Home."""
    with state.publishing(conv.ws.team_id, conv.user_id):
        client.views_publish(user_id=conv.user_id, view=home_for(conv, state))


def home_for(conv: Conversation, state: HomeState) -> dict[str, Any]:
    """The Home view of the person in ``conv``: the same answer for everyone, the admin parts for admins."""
    answer = answers.home(conv.ws, conv.today, settings=conv.settings)
    team = conv.ws.team_id
    partner = conv.is_partner_admin()
    viewer = render.Viewer(
        lang=conv.lang,
        partner_admin=partner,
        workspace_admin=conv.person.is_workspace_admin,
        page=state.page(team, conv.user_id),
    )
    return render.home_view(answer, viewer, state.removals(team) if partner else ())


class Republisher:
    """Publishes the Homes of a workspace's viewers after a change, on one background thread: changes that
    arrive while it waits or works are gathered, so each viewer gets one ``views.publish`` per batch."""

    def __init__(
        self,
        publish: Callable[[WebClient, str, str, str | None], None],
        state: HomeState,
        alive: Callable[[], bool] = lambda: True,
    ) -> None:
        self._publish = publish
        self._state = state
        self._alive = alive  # False once the store is closed (shutting down): nothing left to publish
        self._pending: dict[str, WebClient] = {}
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None

    def changed(self, team: str, client: WebClient) -> None:
        with self._wake:
            self._pending[team] = client
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="home-republish", daemon=True)
                self._thread.start()
            self._wake.notify()

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._pending:
                    if not self._wake.wait(timeout=60):
                        self._thread = None
                        return
            time.sleep(DEBOUNCE)
            with self._wake:
                batch, self._pending = self._pending, {}
                if not self._alive():  # shutting down: the next start reads every Home afresh
                    self._thread = None
                    return
            for team, client in batch.items():
                for user, enterprise in self._state.viewers(team):
                    try:
                        self._publish(client, team, user, enterprise)
                    except Exception as err:  # one viewer's failure must not keep the others' Homes stale
                        if not self._alive():  # the store closed under it: shutting down, not a failure
                            return
                        # one line, no traceback: the viewer sees the fresh Home at their next visit anyway
                        log.warning("republishing the Home of %s in %s failed: %r", user, team, err)


def _newest_change(store: Store, team: str) -> tuple[Any]:
    """The workspace's newest audit entry (every change writes one), as a mark to compare."""
    try:
        entries = store.workspace(team).audit_log(limit=1)
    except StorageError:  # not registered (yet, or any more)
        return (None,)
    return (entries[0] if entries else None,)


def watch_changes(app: App, store: Store, state: HomeState, republisher: Republisher) -> None:
    """Republish a workspace's Homes after any request that changed it (see the module docstring).

    Done around ``App.dispatch`` rather than in a middleware: a Bolt middleware cannot see the request's
    outcome, and this way a request to a workspace without viewers costs two dictionary lookups. What the
    request says (its app id, that it was a click on the Home) is only believed once Bolt verified its
    signature and answered it (HTTP 200)."""
    dispatch = app.dispatch

    @functools.wraps(dispatch)
    def dispatch_and_republish(req: BoltRequest) -> BoltResponse:
        team = req.context.team_id or ""
        body = req.body if isinstance(req.body, dict) else {}
        on_home = (body.get("view") or {}).get("type") == "home"
        mark = _newest_change(store, team) if team and (on_home or state.has_viewers(team)) else None
        response = dispatch(req)
        if response.status != 200 or not team:
            return response
        app_identity.remember(team, str(body.get("api_app_id") or ""))
        conv = req.context.get(CONVERSATION)
        if conv is not None and on_home:
            state.saw(team, conv.user_id, req.context.enterprise_id)  # a click on the Home
        if mark is not None and _newest_change(store, team) != mark:
            republisher.changed(team, req.context.client)
        return response

    app.dispatch = dispatch_and_republish  # type: ignore[method-assign]


def _acked(listener: Callable[..., None]) -> Callable[..., None]:
    """Acknowledge a Home click first (Slack waits 3 s; a modal or a Home publish may take longer). A refusal
    raised after that goes to the one error handler (``bot.listeners.errors``), which shows it in a modal:
    the Home has no thread to reply in."""

    @functools.wraps(listener)
    def run(*args: Any, **kwargs: Any) -> None:
        kwargs["ack"]()
        listener(*args, **kwargs)

    return run


def _offer_and_cycle(body: dict[str, Any]) -> tuple[int, Any]:
    action = (body.get("actions") or [{}])[0]
    parsed = render_reminders.parse_button_value(str(action.get("value") or ""))
    if parsed is None:
        raise UserError("home.stale")
    return parsed


def register(app: App, deps: Deps) -> None:
    state = HomeState(deps.clock)

    def publish(client: WebClient, team: str, user: str, enterprise: str | None) -> None:
        publish_home(
            client, deps.conversation(client, team_id=team, enterprise_id=enterprise, user_id=user), state
        )

    republisher = Republisher(publish, state, alive=lambda: not deps.store.closed)
    watch_changes(app, deps.store, state, republisher)

    def publish_now(client: WebClient, conv: Conversation) -> None:
        try:
            publish_home(client, conv, state)
        except (SlackApiError, SlackClientError, OSError) as err:
            log.warning("views.publish failed: %s", err)

    @app.event("app_home_opened")
    def home_opened(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        if event.get("tab") != "home":
            return
        conv: Conversation = context[CONVERSATION]
        state.saw(conv.ws.team_id, conv.user_id, context.enterprise_id)
        publish_home(client, conv, state)

    admin_only = [require_partner_admin]  # the one admin check, as for /mpn and every other change

    @app.action(render.ACTION_BECOME_ADMIN)
    @_acked
    def become_admin(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        conv: Conversation = context[CONVERSATION]
        answers.become_first_admin(
            conv.ws, user_id=conv.user_id, is_workspace_admin=conv.person.is_workspace_admin
        )

    @app.action(render.ACTION_ADD, middleware=admin_only)
    @_acked
    def add(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        conv: Conversation = context[CONVERSATION]
        offer_views.open_modal(
            client, str(body.get("trigger_id") or ""), offer_modals.add_modal(conv.ws.team_id, conv.lang)
        )

    @app.action(render.ACTION_RENEW, middleware=admin_only)
    @_acked
    def renew(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        conv: Conversation = context[CONVERSATION]
        offer = offer_views.current_offer(conv, *_offer_and_cycle(body))
        offer_views.open_modal(
            client, str(body.get("trigger_id") or ""), offer_views.renew_modal_for(conv, offer)
        )

    @app.action(render.ACTION_EDIT, middleware=admin_only)
    @_acked
    def edit(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        conv: Conversation = context[CONVERSATION]
        offer = offer_views.current_offer(conv, *_offer_and_cycle(body))
        offer_views.open_modal(
            client, str(body.get("trigger_id") or ""), offer_views.edit_modal_for(conv, offer)
        )

    @app.action(render.ACTION_REMOVE, middleware=admin_only)
    @_acked
    def remove(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        """After the button's confirm dialog: remove at once (the offer and cycle must be as shown), and
        offer an Undo on the Home for a while."""
        conv: Conversation = context[CONVERSATION]
        offer_id, cycle = _offer_and_cycle(body)
        with offer_views.lock_for(conv.ws.team_id):
            offer = offer_views.current_offer(conv, offer_id, cycle)
            removal = answers.remove_offer(
                conv.ws, actor=conv.user_id, name=offer.id, today=conv.today, confirmed=True
            )
        if isinstance(removal, answers.Removal) and removal.undo_token is not None:
            state.removed(conv.ws.team_id, render.RecentRemoval(removal.undo_token, offer.name, deps.clock()))

    @app.action(render.ACTION_UNDO, middleware=admin_only)
    @_acked
    def undo(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        conv: Conversation = context[CONVERSATION]
        value = str(((body.get("actions") or [{}])[0]).get("value") or "")
        if not value.isdigit():
            raise UserError("home.stale")
        try:
            answers.undo_removal(conv.ws, actor=conv.user_id, token=int(value), today=conv.today)
        except (UserError, StorageError):  # no longer undoable (done, expired): its button goes all the same
            state.undone(conv.ws.team_id, int(value))
            publish_now(client, conv)
            raise
        state.undone(conv.ws.team_id, int(value))  # the change republishes every viewer's Home

    @app.action(render.ACTION_PAGE_PREVIOUS)
    @app.action(render.ACTION_PAGE_NEXT)
    def page(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        conv: Conversation = context[CONVERSATION]
        value = str(((body.get("actions") or [{}])[0]).get("value") or "")
        state.set_page(conv.ws.team_id, conv.user_id, int(value) if value.isdigit() else 0)
        publish_now(client, conv)
