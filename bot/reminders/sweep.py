"""One reminder sweep: what is due in every workspace on its own local date, grouped into posts, sent
exactly once through the ledger.

A sweep:

1. plans: one read of the workspaces with open reminders whose posting hour on the due day has been
   reached (``Store.due_workspaces``, one range scan over the partial index of open reminders, grouped by
   time zone and posting hour), and one local date per group (``timing.sweep_day``). A group whose local
   clock is before today's posting hour (rows left over from yesterday) waits for it;
2. serves the workspaces concurrently on a thread pool, each workspace by one thread, one post at a time,
   so one channel never gets two posts in parallel. Serving a workspace reads its settings and its open
   rows with their ledger state, fresh (a worker reads the few workspaces it is about to serve in one
   statement, ``Store.serving``), and sorts them by its local date D: not due yet (later), sendable on D (post; *late* when D is after the due day), waiting (a
   temporary failure backing off, ``timing.may_retry``), or stale (past ``meaningful_until``: recorded as
   skipped, never posted). Everything due together in a workspace makes one post (up to
   ``MAX_ITEMS_PER_POST`` offers, fewer when their text would not fit) in its reminder channel, or one DM
   to each MPN partner admin when no channel is set;
3. for each post: **claim** every reminder in the ledger (a lease; the claim fails if the offer was renewed,
   re-dated or removed since it was read, so the old cycle's reminder is not posted), **post** (one HTTP
   request) with the ledger keys in the message metadata, **confirm** with the channel and ``ts`` right
   after Slack answers. Claims and confirms from the worker threads share commits
   (``ledger.GroupCommitLedger``). A failure is recorded with its class and the reminder stays due.

**Crash policy: at least once, repeats marked.** A claim never confirmed (the process died between claiming
and confirming) is claimed again once its lease runs out (``claim_lease_seconds``) and posted again, with a
note that it may be a repeat. The bot cannot tell whether the first post landed: Slack accepts no
idempotency key and channel history is no reconciliation path (non-Marketplace apps may read it once a
minute). A missed renewal reminder can cost a competency; a second copy costs a glance. The same applies
to a post that timed out (``uncertain:`` errors): the retry is marked as a possible repeat.

**Who is told.** Temporary errors are retried with backoff, told to nobody. Channel, recipient and
permanent errors: the reminders stay pending, retried with the same backoff (``timing.may_retry``; reset
when the admins save a setting or re-invite the bot, so their fix is picked up at the next tick), and the
problem is recorded in ``delivery_alerts``, the truth the App Home warns from until a post to that channel
or recipient goes through. The MPN partner admins get one DM naming the problem; a DM that did not land is
tried again at later sweeps, with backoff, whether or not the reminders it was about are still due. Once a
post goes through again they get one more, "reminders are flowing again", tried the same way until it
lands. Revoked or invalid tokens: no DM is possible; logged, the workspace recorded as disconnected (the
operators' ``mpn_workspaces_disconnected``), retried at every tick.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

import rules
from bot.core.answers import OfferView, view
from bot.language.i18n import Lang
from bot.reminders.delivery import Delivery, DeliveryError
from bot.reminders.ledger import GroupCommitLedger
from bot.reminders.timing import (
    due_after,
    is_coming_up,
    is_late,
    may_retry,
    needs_reset_time,
    scan_window,
    sweep_day,
)
from bot.render import reminders as render
from bot.render.reply import Reply
from rules import Kind, ReminderKind
from storage import (
    RECOVERED,
    CopyState,
    DeliveryAlert,
    DueReminderRow,
    StorageError,
    Store,
    StoredOffer,
    WorkspaceSettings,
    WorkspaceStore,
)

log = logging.getLogger(__name__)

METADATA_EVENT_TYPE = "mpn_reminder"
DEFAULT_CLAIM_LEASE_SECONDS = 600
DEFAULT_RETRY_BASE_SECONDS = 300.0  # the scheduler's default interval


def ledger_key(row: DueReminderRow) -> str:
    """``offer:anniversary:kind``, as written into the post's metadata (an audit aid, not the truth)."""
    return f"{row.offer_id}:{row.anniversary.isoformat()}:{row.reminder_kind.value}"


@dataclass(frozen=True)
class PostRecord:
    """A post made (or, in a dry run, that would be made)."""

    team_id: str
    target: str  # a channel id, or "admins" for DMs to the MPN partner admins
    local_date: date
    reminders: tuple[DueReminderRow, ...]
    ts: str | None = None
    text: str = ""
    repeat: bool = False

    def describe(self) -> str:
        parts = []
        for row in self.reminders:
            label = "-15" if row.reminder_kind is ReminderKind.BEFORE else "+23"
            late = (
                ", late"
                if is_late(row, self.local_date)
                else ", coming up"
                if is_coming_up(row, self.local_date)
                else ""
            )
            parts.append(f"{row.offer_name} ({label}{late})")
        where = "DM to the MPN partner admins" if self.target == "admins" else f"<#{self.target}>"
        suffix = f" ts={self.ts}" if self.ts else ""
        return f"{self.team_id} {where} on {self.local_date.isoformat()}{suffix}: " + "; ".join(parts)


@dataclass
class SweepReport:
    """What one sweep did. Lists are appended from several threads (list.append is atomic in CPython)."""

    at: datetime
    dry_run: bool = False
    posted: list[PostRecord] = field(default_factory=list)
    skipped: list[tuple[DueReminderRow, str]] = field(default_factory=list)
    failed: list[tuple[DueReminderRow, str]] = field(default_factory=list)
    waiting: list[DueReminderRow] = field(default_factory=list)  # temporary failures backing off
    alerts: list[tuple[str, str]] = field(default_factory=list)  # (team, error) DMs sent to the admins
    recovered: list[tuple[str, str]] = field(default_factory=list)  # (team, subject) "flowing again" DMs
    disconnected: list[tuple[str, str]] = field(default_factory=list)  # (team, code): tokens that fail
    stopped: bool = False  # the sender lease was lost mid-sweep: the rest waits for the next tick

    @property
    def reminders_posted(self) -> int:
        return sum(len(p.reminders) for p in self.posted)

    def lines(self) -> list[str]:
        verb = "would post" if self.dry_run else "posted"
        out = [f"{verb} {p.describe()}" for p in self.posted]
        verb = "would skip" if self.dry_run else "skipped"
        out += [
            f"{verb} {r.team_id} {r.offer_name} ({r.reminder_kind.value}): {why}" for r, why in self.skipped
        ]
        out += [
            f"kept pending {r.team_id} {r.offer_name} ({r.reminder_kind.value}): {err}"
            for r, err in self.failed
        ]
        out += [
            f"waiting to retry {r.team_id} {r.offer_name} ({r.reminder_kind.value}): {r.last_error}"
            for r in self.waiting
        ]
        out += [f"alerted the MPN partner admins of {team}: {error}" for team, error in self.alerts]
        out += [
            f"told the MPN partner admins of {team} it works again: {what}" for team, what in self.recovered
        ]
        out += [
            f"workspace {team} is disconnected (its token fails: {code})" for team, code in self.disconnected
        ]
        if self.stopped:
            out.append("stopped early: another process now holds the sender lease")
        return out


@dataclass(frozen=True)
class SweepPlan:
    """What one sweep serves: every workspace with something open and due, grouped by the local date it is
    served on (``days``: ``(local date, team ids)``). Planning a busy tick makes no object per reminder and
    none per workspace but its team id: at 2,000,000 offers a tick may plan 80,000 workspaces, and each one's
    rows and settings are read, fresh, when a worker is about to serve it (``Sweeper.workspace_plan``,
    ``Sweeper._read_ahead``).

    ``due_to`` is None for a tick (a workspace's rows count once its posting hour on their due day is
    reached by ``now``) and the last due day for a sweep on a given date."""

    now: datetime
    due_from: date
    due_to: date | None
    days: list[tuple[date, list[str]]]

    def __len__(self) -> int:
        return sum(len(teams) for _, teams in self.days)

    def workspaces(self) -> Iterator[tuple[str, date]]:
        """``(team id, local date)`` of every planned workspace."""
        for local_date, teams in self.days:
            for team_id in teams:
                yield team_id, local_date


@dataclass(frozen=True, slots=True)
class _Plan:
    """One workspace's share of a sweep, read when it is served: its settings, its local date, what to post
    (``sendable``), what to record as skipped (``stale``) and what waits for its retry (``waiting``:
    temporary failures backing off)."""

    team_id: str
    local_date: date
    settings: WorkspaceSettings
    sendable: tuple[DueReminderRow, ...]
    stale: tuple[DueReminderRow, ...]
    waiting: tuple[DueReminderRow, ...] = ()


_UNREAD = object()  # ``Sweeper._serve``: the workspace was not read ahead
#: At most this many workspaces are read together by a sweep worker (``Sweeper._read_ahead``).
READ_AHEAD = 8


class _StopWorkspace(Exception):
    """The workspace's token does not work: leave its remaining posts for the next tick."""


class Sweeper:
    """Runs sweeps. One instance per process; ``run`` may be called from any thread, one sweep at a time.

    ``retry_base_seconds`` (the scheduler's interval): a reminder whose last attempt failed temporarily is
    retried after ``timing.retry_wait`` (one interval, then doubling, at most twelve), not on every tick."""

    def __init__(
        self,
        store: Store,
        delivery: Delivery | None,
        clock: Callable[[], datetime],
        *,
        claimer: str,
        claim_lease_seconds: int = DEFAULT_CLAIM_LEASE_SECONDS,
        workers: int = 8,
        retry_base_seconds: float = DEFAULT_RETRY_BASE_SECONDS,
    ) -> None:
        self.store = store
        self.delivery = delivery
        self.clock = clock
        self.claimer = claimer
        self.claim_lease_seconds = claim_lease_seconds
        self.workers = workers
        self.retry_base_seconds = retry_base_seconds

    # -- planning --------------------------------------------------------------------------------------

    def plan(self, now: datetime, on: date | None = None) -> SweepPlan:
        """Every workspace with something to post or skip at ``now`` (or on local date ``on`` everywhere,
        posting hours ignored), with the local date it is served on.

        At ``now``: one read of the workspaces with open reminders whose posting hour on the due day has been
        reached (``Store.due_workspaces``: skipped in SQL, by each row's stored ``due_at``), grouped by time
        zone and posting hour, then one local date per group (``timing.sweep_day``); a group whose clock is
        before today's posting hour (rows left over from yesterday) waits, as before."""
        if on is not None:
            return self._plan_on(now, on)
        due_from, _ = scan_window(now)
        days: dict[date, list[str]] = {}
        for zone, hour, teams in self.store.due_workspaces(now, due_from):
            local = sweep_day(now, zone, hour)
            if local is not None:
                days.setdefault(local, []).extend(teams)
        return SweepPlan(now, due_from, None, sorted(days.items()))

    def _plan_on(self, now: datetime, on: date) -> SweepPlan:
        due_from, due_to = scan_window(now, on)
        teams = list(dict.fromkeys(r.team_id for r in self.store.unsettled_reminders(due_from, due_to)))
        return SweepPlan(now, due_from, due_to, [(on, teams)] if teams else [])

    def workspace_plan(self, plan: SweepPlan, ws: WorkspaceStore, local_date: date) -> _Plan | None:
        """One planned workspace's settings and rows, read now, sorted by its local date: sendable (due and
        still meaningful), stale (past ``meaningful_until``), waiting (a temporary failure still backing
        off). None when it was uninstalled since the plan was made or nothing is due on its date."""
        if plan.due_to is None:
            served = ws.serving(due_from=plan.due_from, now=plan.now)
        else:
            served = ws.serving(due_from=plan.due_from, due_to=plan.due_to)
        return self._sorted(plan, ws, local_date, served)

    def _read_ahead(
        self, plan: SweepPlan, team_ids: list[str]
    ) -> dict[str, tuple[WorkspaceSettings, list[DueReminderRow]]] | None:
        """The settings and rows of the few workspaces a worker is about to serve, in one read (None if it
        fails: each is then read on its own, so one bad row fails only its workspace)."""
        try:
            if plan.due_to is None:
                return self.store.serving(team_ids, due_from=plan.due_from, now=plan.now)
            return self.store.serving(team_ids, due_from=plan.due_from, due_to=plan.due_to)
        except Exception:
            log.exception("reminder sweep could not read workspaces %s together", ", ".join(team_ids))
            return None

    def _sorted(
        self,
        plan: SweepPlan,
        ws: WorkspaceStore,
        local_date: date,
        served: tuple[WorkspaceSettings, list[DueReminderRow]] | None,
    ) -> _Plan | None:
        """``workspace_plan`` for a workspace already read (None: not installed)."""
        if served is None:
            return None
        settings, rows = served
        local = local_date
        due = [r for r in rows if r.due_on <= local <= r.meaningful_until]
        sendable = self._retry_now(ws, plan.now, due)
        stale = tuple(r for r in rows if r.meaningful_until < local)
        if not (due or stale):
            return None
        waiting = tuple(r for r in due if r not in sendable) if len(sendable) < len(due) else ()
        return _Plan(ws.team_id, local, settings, sendable, stale, waiting)

    # -- running ---------------------------------------------------------------------------------------

    def run(
        self, *, on: date | None = None, dry_run: bool = False, keep_going: Callable[[], bool] = lambda: True
    ) -> SweepReport:
        """One sweep now. ``dry_run`` claims, posts and records nothing. ``keep_going`` is asked before each
        post (the scheduler renews its sender lease there); False stops the sweep."""
        now = self.clock()
        report = SweepReport(at=now, dry_run=dry_run)
        if self.delivery is None and not dry_run:
            log.warning("no Slack token is configured: the reminder sweep cannot post anything")
            return report
        plan = self.plan(now, on)
        alerts: dict[str, list[DeliveryAlert]] = {} if dry_run else self.store.delivery_alerts()
        if alerts:
            self._owed_recoveries(alerts, report)
        if not plan:
            return report
        threads = min(self.workers, len(plan))
        # Claims gather: a commit waits up to ``GATHER_WINDOW_SECONDS`` until three quarters of the workers'
        # claims are queued. Each commit syncs the disk, which costs the machine more CPU than anything else
        # a post adds to its HTTP call (a busy day is CPU-bound, not bound by how many posts are in flight),
        # so fewer, fuller commits outweigh the few milliseconds a claim waits; the rest of the workers post
        # meanwhile. Two or three workers (a rate-limited day) do not wait for each other.
        ledger = GroupCommitLedger(
            self.store,
            lease_seconds=self.claim_lease_seconds,
            claimer=self.claimer,
            gather=threads * 3 // 4 if threads > 3 else 1,
        )
        pending = plan.workspaces()
        lock = threading.Lock()
        # Each worker takes a few workspaces at a time and reads them in one statement (``_read_ahead``):
        # every statement costs a hand-over of the interpreter lock the HTTP work needs. Few enough that
        # every worker gets its share, and that what is posted was read moments before, as with one.
        ahead = max(1, min(READ_AHEAD, len(plan) // (threads * 4)))

        def worker() -> None:  # each thread takes the next workspaces until none is left
            while True:
                with lock:
                    batch = list(itertools.islice(pending, ahead))
                if not batch:
                    return
                served = None
                if ahead > 1:
                    served = self._read_ahead(plan, [team for team, _ in batch])
                for team, local_date in batch:
                    read = _UNREAD if served is None else served.get(team)
                    self._serve(
                        plan,
                        team,
                        local_date,
                        ledger,
                        report,
                        alerts.get(team, ()),
                        dry_run,
                        keep_going,
                        read,
                    )

        try:
            if threads <= 1:
                worker()
            else:
                with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="mpn-sweep") as pool:
                    for future in [pool.submit(worker) for _ in range(threads)]:
                        future.result()
        finally:
            ledger.flush()
        return report

    def _serve(
        self,
        sweep: SweepPlan,
        team_id: str,
        local_date: date,
        ledger: GroupCommitLedger,
        report: SweepReport,
        alerts: Sequence[DeliveryAlert],
        dry_run: bool,
        keep_going: Callable[[], bool],
        read: Any = _UNREAD,
    ) -> None:
        """Serve one planned workspace; ``read`` is what ``_read_ahead`` read for it (``_UNREAD``: read
        it now)."""
        try:
            if not dry_run and self.delivery is not None and not self.delivery.has_token(team_id):
                return  # another bot's workspace (single-token mode), or uninstalled
            ws = WorkspaceStore(self.store, team_id)
            if read is _UNREAD:
                plan = self.workspace_plan(sweep, ws, local_date)
            else:
                plan = self._sorted(sweep, ws, local_date, read)
            if plan is None:
                return
            for row in plan.stale:
                reason = f"stale: not sent by {row.meaningful_until.isoformat()}"
                if not dry_run:
                    _ignore_gone(ws.skip_reminder, row, reason=reason)
                report.skipped.append((row, reason))
            report.waiting.extend(plan.waiting)
            rows = sorted(
                plan.sendable,
                key=lambda r: (r.due_on, r.meaningful_until, r.offer_name.casefold(), r.offer_id),
            )
            subjects = {a.subject: a for a in alerts}
            for start in range(0, len(rows), render.MAX_ITEMS_PER_POST):
                if not keep_going():
                    report.stopped = True
                    return
                chunk = rows[start : start + render.MAX_ITEMS_PER_POST]
                if dry_run:
                    self._preview(ws, plan, chunk, report)
                else:
                    self._post(ws, ledger, plan, chunk, report, subjects)
        except _StopWorkspace:
            return
        except Exception:  # one workspace's surprise must not stop the others
            log.exception("reminder sweep failed for workspace %s", team_id)

    def _items(
        self,
        plan: _Plan,
        rows: Sequence[DueReminderRow],
        offers: dict[int, StoredOffer],
        repeats: Sequence[bool] | None = None,
    ) -> list[render.ReminderItem]:
        items = []
        moved = plan.settings.moved_to_partner_center
        for n, row in enumerate(rows):
            offer = offers[row.offer_id]
            judged = _judged(offer.name, offer.kind, offer.anniversary, plan.local_date, moved)
            if repeats is None:  # a dry run: what the ledger said when the sweep read it
                repeat = row.status == "claimed" or (row.last_error or "").startswith("uncertain:")
            else:
                repeat = repeats[n]
            items.append(
                render.ReminderItem(
                    view=OfferView(offer, *judged),
                    kind=row.reminder_kind,
                    due_on=row.due_on,
                    late=is_late(row, plan.local_date),
                    coming_up=is_coming_up(row, plan.local_date),
                    repeat=repeat,
                )
            )
        return items

    def _preview(
        self, ws: WorkspaceStore, plan: _Plan, rows: Sequence[DueReminderRow], report: SweepReport
    ) -> None:
        offers = {o.id: o for o in ws.offers()}
        current = [
            r for r in rows if r.offer_id in offers and offers[r.offer_id].anniversary == r.anniversary
        ]
        if not current:
            return
        items = self._items(plan, current, offers)
        target = plan.settings.reminder_channel or "admins"
        for span, reply in render.reminder_posts(
            items, plan.local_date, _lang(plan.settings), to_admins=target == "admins"
        ):
            part = tuple(current[i] for i in span)
            report.posted.append(PostRecord(ws.team_id, target, plan.local_date, part, None, reply.text))

    def _metadata(self, ws: WorkspaceStore, plan: _Plan, rows: Sequence[DueReminderRow]) -> dict[str, Any]:
        return {
            "event_type": METADATA_EVENT_TYPE,
            "event_payload": {
                "team_id": ws.team_id,
                "local_date": plan.local_date.isoformat(),
                "reminders": [ledger_key(r) for r in rows],
            },
        }

    def _post(
        self,
        ws: WorkspaceStore,
        ledger: GroupCommitLedger,
        plan: _Plan,
        rows: Sequence[DueReminderRow],
        report: SweepReport,
        subjects: dict[str, DeliveryAlert],
    ) -> None:
        assert self.delivery is not None, "a sweep that posts needs a delivery"
        channel = plan.settings.reminder_channel
        if channel:
            self.delivery.wait_for_turn(ws.team_id, channel)
        # A claim also checks that the offer still exists and its anniversary is still this cycle's: an offer
        # renewed, re-dated or removed since the scan is not reminded about. While the claims' commit is
        # under way (ours or another worker's), the post is rendered as it will most likely go out (every
        # claim won, none a possible repeat): nothing is sent before the claims are committed, and a claim
        # that finds the commit done when its post is ready needs no wake-up.
        pending = ledger.claim_started(rows)
        draft = None
        try:
            if channel:
                draft = self._channel_posts(plan, rows, _scanned(rows, report.at), [False] * len(rows))
        finally:
            results = pending.result()
        won = [(row, r.maybe_repeat) for row, r in zip(rows, results, strict=True) if r.won]
        if not won:
            return
        current = [row for row, _ in won]
        if channel:
            repeats = [rep for _, rep in won]
            if draft is None or len(current) < len(rows) or any(repeats):
                draft = self._channel_posts(plan, current, _scanned(current, report.at), repeats)
            self._post_to_channel(ws, ledger, plan, channel, current, draft, report, subjects)
        else:
            self._post_to_admins(ws, ledger, plan, current, _scanned(current, report.at), report, subjects)

    def _channel_posts(
        self,
        plan: _Plan,
        rows: Sequence[DueReminderRow],
        offers: dict[int, StoredOffer],
        repeats: Sequence[bool],
    ) -> list[tuple[range, Reply, bool]]:
        """The channel posts for ``rows``: each with the range of rows it carries and whether it is marked
        as a possible repeat."""
        items = self._items(plan, rows, offers, repeats)
        return [
            (span, reply, any(items[i].repeat for i in span))
            for span, reply in render.reminder_posts(items, plan.local_date, _lang(plan.settings))
        ]

    def _post_to_channel(
        self,
        ws: WorkspaceStore,
        ledger: GroupCommitLedger,
        plan: _Plan,
        channel: str,
        rows: list[DueReminderRow],
        posts: list[tuple[range, Reply, bool]],
        report: SweepReport,
        subjects: dict[str, DeliveryAlert],
    ) -> None:
        """One HTTP request per post (``_channel_posts``), each confirmed right after Slack answers; a day
        too big for one post goes as several, in order, each with its own ledger keys."""
        assert self.delivery is not None
        for index, (span, reply, repeat) in enumerate(posts):
            part = [rows[i] for i in span]
            try:
                where, ts = self.delivery.post(
                    ws.team_id, channel, reply.as_message(), self._metadata(ws, plan, part)
                )
            except DeliveryError as err:
                # Only the post in flight may have landed; the later ones were never sent.
                ledger.fail(part, err.ledger_text, uncertain=err.uncertain)
                later = [rows[i] for span_, _, _ in posts[index + 1 :] for i in span_]
                if later:
                    ledger.fail(later, err.ledger_text, uncertain=False)
                failed = part + later
                report.failed.extend((row, err.ledger_text) for row in failed)
                self._problem(ws, plan, "channel", err, [r.offer_name for r in failed], report)
                if err.kind == "token":
                    raise _StopWorkspace from err
                return
            ledger.confirm(part, where, ts)
            report.posted.append(
                PostRecord(
                    ws.team_id,
                    channel,
                    plan.local_date,
                    tuple(part),
                    ts,
                    reply.text,
                    repeat,
                )
            )
        if subjects:  # a problem was on record: reminders flow again (in the channel, so not by DM either)
            flowing = ["channel", *(s for s in subjects if s.startswith("dm:"))]
            self._recovered(ws, plan, flowing, report, subjects)

    def _post_to_admins(
        self,
        ws: WorkspaceStore,
        ledger: GroupCommitLedger,
        plan: _Plan,
        rows: list[DueReminderRow],
        offers: dict[int, StoredOffer],
        report: SweepReport,
        subjects: dict[str, DeliveryAlert],
    ) -> None:
        """No reminder channel: DM each MPN partner admin. Each admin's copy of each reminder has its own
        state (``reminder_copies``): claimed before its DM, confirmed right after, retried and alerted on its
        own. A reminder counts as sent once every current admin's copy is."""
        assert self.delivery is not None
        admins = ws.admins()
        if not admins:
            err = DeliveryError("recipient", "no_admins")
            ledger.fail(rows, err.ledger_text, uncertain=False)
            report.failed.extend((row, err.ledger_text) for row in rows)
            log.error("workspace %s: no reminder channel and no MPN partner admin to DM", ws.team_id)
            return
        keys = [(r.offer_id, r.anniversary, r.reminder_kind) for r in rows]
        copies = ws.reminder_copies(keys)

        def copy_of(row: DueReminderRow, admin: str) -> CopyState | None:
            return copies.get((row.offer_id, row.anniversary, row.reminder_kind.value, admin))

        errors: list[DeliveryError] = []
        stop: DeliveryError | None = None
        for admin in admins:
            todo = [r for r in rows if (c := copy_of(r, admin)) is None or c.status != "sent"]
            if not todo:
                continue
            repeats = [
                (c := copy_of(r, admin)) is not None and (c.maybe_landed or c.status == "claimed")
                for r in todo
            ]
            todo_keys = [(r.offer_id, r.anniversary, r.reminder_kind) for r in todo]
            ws.claim_copies(todo_keys, admin)
            items = self._items(plan, todo, offers, repeats)
            posts = render.reminder_posts(items, plan.local_date, _lang(plan.settings), to_admins=True)
            failed = False
            for index, (span, reply) in enumerate(posts):
                part_keys = [todo_keys[i] for i in span]
                try:
                    dm = self.delivery.open_dm(ws.team_id, admin)
                    where, ts = self.delivery.post(
                        ws.team_id, dm, reply.as_message(), self._metadata(ws, plan, [todo[i] for i in span])
                    )
                except DeliveryError as err:
                    ws.fail_copies(part_keys, admin, error=err.ledger_text, uncertain=err.uncertain)
                    later = [todo_keys[i] for span_, _ in posts[index + 1 :] for i in span_]
                    if later:
                        ws.fail_copies(later, admin, error=err.ledger_text)
                    log.warning("could not DM the reminder to %s in %s: %s", admin, ws.team_id, err)
                    errors.append(err)
                    failed = True
                    if err.kind == "token":
                        stop = err
                    else:
                        names = [todo[i].offer_name for span_, _ in posts[index:] for i in span_]
                        self._problem(ws, plan, f"dm:{admin}", err, names, report, about=admin)
                    break
                ws.confirm_copies(part_keys, admin, channel=where, ts=ts)
            if stop is not None:
                break
            if not failed and subjects:  # this admin's DMs work, and so does DM mode instead of a channel
                self._recovered(ws, plan, [f"dm:{admin}", "channel"], report, subjects)
        copies = ws.reminder_copies(keys)
        done: list[DueReminderRow] = []
        pending: list[DueReminderRow] = []
        for row in rows:
            landed = [copy_of(row, admin) for admin in admins]
            if all(c is not None and c.status == "sent" for c in landed):
                first = landed[0]
                assert first is not None and first.channel and first.ts
                ledger.confirm([row], first.channel, first.ts)
                done.append(row)
            else:
                pending.append(row)
        if done:
            report.posted.append(PostRecord(ws.team_id, "admins", plan.local_date, tuple(done)))
        if pending:
            why = stop or (errors[-1] if errors else DeliveryError("recipient", "incomplete"))
            ledger.fail(pending, why.ledger_text, uncertain=False)  # each copy keeps its own uncertainty
            report.failed.extend((row, why.ledger_text) for row in pending)
        if stop is not None:
            self._problem(ws, plan, "token", stop, [], report)
            raise _StopWorkspace from stop

    # -- problems and who is told --------------------------------------------------------------------

    def _retry_now(
        self, ws: WorkspaceStore, now: datetime, due: Sequence[DueReminderRow]
    ) -> tuple[DueReminderRow, ...]:
        """The due rows whose backoff has run out (``timing.may_retry``). The workspace's reset time is read
        only when a row needs it (a channel, recipient or permanent failure backing off): never on a
        healthy tick."""
        reset = ws.delivery_reset_at() if any(needs_reset_time(r) for r in due) else None
        return tuple(r for r in due if may_retry(r, now, self.retry_base_seconds, reset_at=reset))

    def _problem(
        self,
        ws: WorkspaceStore,
        plan: _Plan,
        subject: str,
        err: DeliveryError,
        offer_names: Sequence[str],
        report: SweepReport,
        *,
        about: str | None = None,
    ) -> None:
        """Give the failure to its owner: temporary ones are retried (logged only); token problems are for
        operators (logged, the workspace recorded as disconnected); channel, recipient and permanent ones
        are recorded in ``delivery_alerts`` (the App Home warns from there until a post goes through or the
        admins change a setting) and DM'd to the MPN partner admins once per problem. An alert DM that did
        not land is tried again at later sweeps, with backoff, whether or not any reminder is still due
        (``_owed_recoveries``)."""
        text = err.ledger_text
        if err.kind == "token":
            log.error(
                "workspace %s: the bot token does not work (%s); its reminders stay pending",
                ws.team_id,
                err.code,
            )
            ws.set_delivery_alert("token", text, alerted=False)
            report.disconnected.append((ws.team_id, err.code))
            return
        if not err.alerts:
            log.warning("workspace %s: reminder post failed (%s); it stays pending", ws.team_id, err)
            return
        log.warning("workspace %s: reminder post refused (%s); telling the admins", ws.team_id, err)
        channel = plan.settings.reminder_channel
        names = list(dict.fromkeys(offer_names))
        known = {a.subject: a for a in ws.delivery_alerts()}.get(subject)
        if known is not None and known.error == text and known.channel == channel:
            # told already, or the retry of the alert DM is owed: seen again, nothing more to send now
            ws.set_delivery_alert(
                subject,
                text,
                alerted=known.alerted,
                channel=channel,
                offer_names=names,
                attempts=known.attempts,
            )
            return
        landed = self._tell_admins(
            ws, self._alert_message(ws.team_id, plan.settings, subject, text, names), about
        )
        ws.set_delivery_alert(
            subject, text, alerted=landed, channel=channel, offer_names=names, attempts=0 if landed else 1
        )
        if landed:
            report.alerts.append((ws.team_id, err.code))

    def _alert_message(
        self, team_id: str, settings: WorkspaceSettings, subject: str, error: str, names: Sequence[str]
    ) -> dict[str, Any]:
        """The alert DM about ``subject`` (``channel``, or ``dm:<user>``: one admin cannot be DMed) failing
        with ``error`` (``kind:code``), ending with the "Open mpn-bot" App Home link."""
        code = error.partition(":")[2] or error
        lang = _lang(settings)
        if subject.startswith("dm:"):
            alert = render.recipient_alert(subject[3:], code, names, lang, home_of=team_id)
        else:
            alert = render.channel_alert(code, settings.reminder_channel, names, lang, home_of=team_id)
        return alert.as_message()

    def _recovered(
        self,
        ws: WorkspaceStore,
        plan: _Plan,
        flowing: Sequence[str],
        report: SweepReport,
        subjects: dict[str, DeliveryAlert],
    ) -> None:
        """A post went through where problems were on record (``subjects``, this workspace's open alerts as
        the sweep read them): the token works, and if the admins had been told about any of the ``flowing``
        subjects they are told once more, in one DM, that reminders are flowing again, whether or not the
        reminders that failed are still due (they may have gone stale meanwhile). Until that DM lands it is
        owed (``RECOVERED``) and tried again at later sweeps, with backoff (``_owed_recoveries``)."""
        if subjects.pop("token", None) is not None:
            ws.clear_delivery_alert("token")
        owed = []
        for subject in flowing:
            known = subjects.pop(subject, None)
            if known is None:
                continue
            if not (known.alerted or known.error == RECOVERED):
                ws.clear_delivery_alert(subject)  # the alert never reached anyone: nothing to take back
                continue
            if known.error != RECOVERED:
                ws.set_delivery_alert(subject, RECOVERED, alerted=False, channel=known.channel)
            owed.append(subject)
        if owed:
            self._tell_recovered(ws, plan.settings, owed, report)

    def _tell_recovered(
        self, ws: WorkspaceStore, settings: WorkspaceSettings, subjects: Sequence[str], report: SweepReport
    ) -> None:
        lang = _lang(settings)
        message = render.alert_recovered(settings.reminder_channel, lang, home_of=ws.team_id).as_message()
        if self._tell_admins(ws, message, None):
            for subject in subjects:
                ws.clear_delivery_alert(subject)
                report.recovered.append((ws.team_id, subject))
        else:
            for subject in subjects:
                ws.note_alert_attempt(subject, landed=False)
            log.warning("workspace %s: the 'flowing again' DM did not land; it is tried again", ws.team_id)

    def _owed_recoveries(self, alerts: dict[str, list[DeliveryAlert]], report: SweepReport) -> None:
        """The DMs a sweep owes the admins and could not deliver, tried again at every sweep whose backoff
        has run out (``timing.retry_wait``: one interval, doubling, at most twelve), until they land,
        whether or not the workspace has anything due: the "flowing again" DMs (handled here, they are
        left out of ``alerts``) and the alerts about problems still on record (recorded in ``alerts`` as
        told once they land). An alert about a problem seen before the admins last changed a setting or
        re-invited the bot (``delivery_reset_at``) waits: the next post shows whether the problem is still
        there."""
        assert self.delivery is not None
        now = report.at
        for team_id, team_alerts in list(alerts.items()):
            owed = [a for a in team_alerts if _owed(a) and self._alert_due(a, now)]
            if not owed:
                if any(a.error == RECOVERED for a in team_alerts):
                    alerts[team_id] = [a for a in team_alerts if a.error != RECOVERED]
                continue
            alerts[team_id] = [a for a in team_alerts if a.error != RECOVERED]
            if not self.delivery.has_token(team_id):
                continue
            ws = WorkspaceStore(self.store, team_id)
            try:
                settings = ws.settings()
                recovered = [a.subject for a in owed if a.error == RECOVERED]
                if recovered:
                    self._tell_recovered(ws, settings, recovered, report)
                problems = [a for a in owed if a.error != RECOVERED]
                reset = ws.delivery_reset_at() if problems else None
                admins = set(ws.admins()) if problems else set()
                told = {}
                for alert in problems:
                    if reset is not None and alert.seen_at is not None and alert.seen_at < reset:
                        continue
                    about = alert.subject[3:] if alert.subject.startswith("dm:") else None
                    if about is not None and about not in admins:
                        ws.clear_delivery_alert(alert.subject)  # no longer an admin: nothing to tell
                        continue
                    message = self._alert_message(
                        team_id, settings, alert.subject, alert.error, alert.offer_names
                    )
                    landed = self._tell_admins(ws, message, about)
                    ws.note_alert_attempt(alert.subject, landed=landed)
                    if landed:
                        told[alert.subject] = dataclasses.replace(alert, alerted=True, attempts=0)
                        report.alerts.append((team_id, alert.error.partition(":")[2]))
                if told:
                    alerts[team_id] = [told.get(a.subject, a) for a in alerts[team_id]]
            except Exception:  # one workspace's surprise must not stop the sweep
                log.exception("could not send the DMs owed to the admins of workspace %s", team_id)

    def _alert_due(self, alert: DeliveryAlert, now: datetime) -> bool:
        """Whether an owed DM's backoff has run out (after ``attempts`` failures, the last at
        ``updated_at``)."""
        return alert.attempts == 0 or due_after(
            alert.updated_at, alert.attempts, now, self.retry_base_seconds
        )

    def _tell_admins(self, ws: WorkspaceStore, message: dict[str, Any], exclude: str | None) -> bool:
        """DM every MPN partner admin (but ``exclude``); True when at least one DM landed."""
        assert self.delivery is not None
        admins = [a for a in ws.admins() if a != exclude]
        if not admins:
            log.error("workspace %s: a reminder problem and no MPN partner admin to tell", ws.team_id)
        landed = False
        for user_id in admins:
            try:
                self.delivery.post(ws.team_id, self.delivery.open_dm(ws.team_id, user_id), message, None)
                landed = True
            except DeliveryError as err:
                log.warning("could not alert %s in %s: %s", user_id, ws.team_id, err)
        return landed


def _owed(alert: DeliveryAlert) -> bool:
    """A DM the admins are owed: "flowing again", or the alert about a problem that has not reached them."""
    return alert.error == RECOVERED or (not alert.alerted and alert.subject != "token")


def _scanned(rows: Sequence[DueReminderRow], at: datetime) -> dict[int, StoredOffer]:
    """Each row's offer as the sweep's scan read it (``_as_scanned``), by offer id."""
    return {row.offer_id: _as_scanned(row, at) for row in rows}


def _as_scanned(row: DueReminderRow, at: datetime) -> StoredOffer:
    """The offer as the sweep's scan read it (the claim has just checked its anniversary is still current):
    saves re-reading every offer, which on a busy day costs more than the post's ledger writes."""
    return StoredOffer(row.offer_id, row.team_id, row.offer_name, row.offer_kind, row.anniversary, at, at)


@lru_cache(maxsize=4096)
def _judged(
    name: str, kind: str, anniversary: date, on: date, moved_to_partner_center: bool
) -> tuple[rules.Assessment, rules.Eligibility]:
    """``answers.view``'s dates and extension eligibility for an offer, by what they depend on (its name,
    kind and anniversary, the day, whether the workspace moved to Partner Center): a busy day posts the same
    offer names and anniversaries in thousands of workspaces, and judging each again costs more than its
    ledger writes."""
    offer = StoredOffer(0, "", name, Kind(kind), anniversary, _EPOCH, _EPOCH)
    settings = WorkspaceSettings("", None, None, "UTC", "en", None, moved_to_partner_center)
    judged = view(offer, settings, on)
    return judged.assessment, judged.eligibility


_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def _lang(settings: WorkspaceSettings) -> Lang:
    return settings.language


def _ignore_gone(method: Callable[..., Any], row: DueReminderRow, **kwargs: Any) -> Any:
    """Call a ledger method for ``row``; an offer removed meanwhile (``offer_not_found``) is no error."""
    try:
        return method(row.offer_id, row.anniversary, row.reminder_kind, **kwargs)
    except StorageError as err:
        if err.code != "offer_not_found":
            raise
        return False
