"""One reminder sweep: what is due in every workspace on its own local date, grouped into posts, sent
exactly once through the ledger.

A sweep:

1. reads every unsettled reminder falling due in the few days any workspace can be on
   (``Store.unsettled_reminders``, one indexed range scan) and those workspaces' settings (one query);
2. for each workspace whose local clock is past its posting hour (``timing.sweep_day``) sorts its rows by
   its local date D: not due yet (later), sendable on D (post; *late* when D is after the due day), or
   stale (past ``meaningful_until``: recorded as skipped, never posted);
3. serves the workspaces concurrently on a thread pool, each workspace by one thread, one post at a time,
   so one channel never gets two posts in parallel. Everything due together in a workspace makes one post
   (up to ``MAX_ITEMS_PER_POST`` offers) in its reminder channel, or one DM to each MPN partner admin when
   no channel is set;
4. for each post: **claim** every reminder in the ledger (a lease; the claim fails if the offer was renewed,
   re-dated or removed since the scan, so the old cycle's reminder is not posted), **post** with the ledger
   keys in the message metadata, **confirm** with the channel and ``ts``. Claims and confirms from the
   worker threads share commits (``ledger.GroupCommitLedger``). A failure is recorded with
   ``fail_reminder`` and the reminder stays due for the next tick.

**Crash policy: at least once, repeats marked.** A claim never confirmed (the process died between claiming
and confirming) is claimed again once its lease runs out (``claim_lease_seconds``) and posted again, with a
note that it may be a repeat. The bot cannot tell whether the first post landed: Slack accepts no
idempotency key and channel history is no reconciliation path (non-Marketplace apps may read it once a
minute). A missed renewal reminder can cost a competency; a second copy costs a glance. The same applies
to a post that timed out (``uncertain:`` errors): the retry is marked as a possible repeat.

**Channel problems.** ``not_in_channel``, ``channel_not_found``, ``is_archived``: the reminders stay pending
(``fail_reminder``) and the MPN partner admins get one DM about it, sent only when none of the reminders in
the post had already failed with that same error (the ledger's ``last_error``), so not once per tick.
Revoked or invalid tokens: no DM is possible; logged, kept pending, and the workspace's remaining posts wait
for the next tick.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from bot.core.answers import view
from bot.language.i18n import Lang
from bot.reminders.delivery import Delivery, DeliveryError
from bot.reminders.ledger import GroupCommitLedger
from bot.reminders.timing import is_coming_up, is_late, scan_window, sweep_day
from bot.render import reminders as render
from rules import ReminderKind
from storage import (
    CopyState,
    DueReminderRow,
    StorageError,
    Store,
    StoredOffer,
    WorkspaceSettings,
    WorkspaceStore,
)
from storage.due import DUE_CLOCK_AT, due_row

log = logging.getLogger(__name__)

METADATA_EVENT_TYPE = "mpn_reminder"
DEFAULT_CLAIM_LEASE_SECONDS = 600


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


class _Plan:
    """One workspace's share of a sweep: its local date, what to post (``sendable``) and what to record as
    skipped (``stale``).

    A tick's plans come from plain rows (``Store.due_reminders``); the row objects and the workspace's
    settings (read then, so they are as fresh as the post) are made on first use, by the worker that serves
    the workspace: planning a busy day is one pass over the rows, not an object per row and a settings read
    per workspace before the first post can go out.
    """

    __slots__ = ("_raw", "_sendable", "_settings", "_stale", "_store", "local_date", "team_id")

    def __init__(
        self,
        team_id: str,
        local_date: date,
        raw: list[tuple[Any, ...]] | None = None,
        *,
        store: Store | None = None,
        settings: WorkspaceSettings | None = None,
        sendable: tuple[DueReminderRow, ...] | None = None,
        stale: tuple[DueReminderRow, ...] | None = None,
    ) -> None:
        self.team_id = team_id
        self.local_date = local_date
        self._raw = raw
        self._store = store
        self._settings = settings
        self._sendable = sendable
        self._stale = stale

    @classmethod
    def planned(cls, team_id: str, local_date: date, raw: list[tuple[Any, ...]], store: Store) -> _Plan:
        """A tick's plan from its plain rows (the planning loop's fast path: no keyword handling)."""
        plan = cls.__new__(cls)
        plan.team_id, plan.local_date, plan._raw, plan._store = team_id, local_date, raw, store
        plan._settings = plan._sendable = plan._stale = None
        return plan

    @property
    def settings(self) -> WorkspaceSettings:
        if self._settings is None:
            assert self._store is not None
            found = self._store.settings_of([self.team_id]).get(self.team_id)
            if found is None:  # uninstalled since the tick read its reminders
                raise StorageError("unknown_workspace", {"team_id": self.team_id})
            self._settings = found
        return self._settings

    def _split(self) -> None:
        assert self._raw is not None
        rows = [due_row(raw) for raw in self._raw]
        local = self.local_date
        self._sendable = tuple(r for r in rows if r.due_on <= local <= r.meaningful_until)
        self._stale = tuple(r for r in rows if r.meaningful_until < local)

    @property
    def sendable(self) -> tuple[DueReminderRow, ...]:
        if self._sendable is None:
            self._split()
        assert self._sendable is not None
        return self._sendable

    @property
    def stale(self) -> tuple[DueReminderRow, ...]:
        if self._stale is None:
            self._split()
        assert self._stale is not None
        return self._stale


_UNKNOWN: Any = object()


class _StopWorkspace(Exception):
    """The workspace's token does not work: leave its remaining posts for the next tick."""


class Sweeper:
    """Runs sweeps. One instance per process; ``run`` may be called from any thread, one sweep at a time."""

    def __init__(
        self,
        store: Store,
        delivery: Delivery | None,
        clock: Callable[[], datetime],
        *,
        claimer: str,
        claim_lease_seconds: int = DEFAULT_CLAIM_LEASE_SECONDS,
        workers: int = 8,
    ) -> None:
        self.store = store
        self.delivery = delivery
        self.clock = clock
        self.claimer = claimer
        self.claim_lease_seconds = claim_lease_seconds
        self.workers = workers

    # -- planning --------------------------------------------------------------------------------------

    def plan(self, now: datetime, on: date | None = None) -> list[_Plan]:
        """Every workspace with something to post or skip at ``now`` (or on local date ``on`` everywhere,
        posting hours ignored).

        At ``now``: one read of the open reminders whose workspace has reached its posting hour on the due
        day (``Store.due_reminders``: the posting hour is skipped in SQL, by each row's stored ``due_at``),
        then each workspace's local date (``timing.sweep_day``, once per time zone and posting hour) sorts
        its rows into sendable and stale; a workspace whose clock is before today's posting hour (a row
        left over from yesterday) waits, as before."""
        if on is not None:
            return self._plan_on(on)
        due_from, _ = scan_window(now)
        by_team: defaultdict[str, list[tuple[Any, ...]]] = defaultdict(list)
        for raw in self.store.due_reminders(now, due_from):
            by_team[raw[0]].append(raw)
        days: dict[tuple[str, int], tuple[date, str] | None] = {}
        zone_at, hour_at = DUE_CLOCK_AT, DUE_CLOCK_AT + 1
        plans = []
        new, store = _Plan.planned, self.store
        for team_id, team_rows in by_team.items():
            first = team_rows[0]
            key = (first[zone_at], first[hour_at])
            local = days.get(key, _UNKNOWN)
            if local is _UNKNOWN:
                day = sweep_day(now, *key)
                local = days[key] = None if day is None else (day, day.isoformat())
            # rows come oldest due first: the first one tells whether anything is due on the local date
            if local is not None and first[6] <= local[1]:
                plans.append(new(team_id, local[0], team_rows, store))
        return plans

    def _plan_on(self, on: date) -> list[_Plan]:
        due_from, due_to = scan_window(self.clock(), on)
        rows = self.store.unsettled_reminders(due_from, due_to)
        by_team: dict[str, list[DueReminderRow]] = defaultdict(list)
        for row in rows:
            by_team[row.team_id].append(row)
        settings = self.store.settings_of(by_team)
        plans = []
        for team_id, team_rows in by_team.items():
            ws = settings.get(team_id)
            if ws is None:
                continue
            sendable = tuple(r for r in team_rows if r.due_on <= on <= r.meaningful_until)
            stale = tuple(r for r in team_rows if r.meaningful_until < on)
            if sendable or stale:
                plans.append(_Plan(team_id, on, settings=ws, sendable=sendable, stale=stale))
        return plans

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
        plans = self.plan(now, on)
        if self.delivery is not None and not dry_run:
            plans = [p for p in plans if self.delivery.has_token(p.team_id)]
        if not plans:
            return report
        ledger = GroupCommitLedger(self.store, lease_seconds=self.claim_lease_seconds, claimer=self.claimer)
        try:
            if len(plans) == 1 or self.workers <= 1:
                for p in plans:
                    self._serve(p, ledger, report, dry_run, keep_going)
            else:
                pending = iter(plans)
                lock = threading.Lock()

                def worker() -> None:  # each thread takes the next workspace until none is left
                    while True:
                        with lock:
                            plan = next(pending, None)
                        if plan is None:
                            return
                        self._serve(plan, ledger, report, dry_run, keep_going)

                threads = min(self.workers, len(plans))
                with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="mpn-sweep") as pool:
                    for future in [pool.submit(worker) for _ in range(threads)]:
                        future.result()
        finally:
            ledger.flush()
        return report

    def _serve(
        self,
        plan: _Plan,
        ledger: GroupCommitLedger,
        report: SweepReport,
        dry_run: bool,
        keep_going: Callable[[], bool],
    ) -> None:
        team_id = plan.settings.team_id
        try:
            ws = WorkspaceStore(self.store, team_id)
            for row in plan.stale:
                reason = f"stale: not sent by {row.meaningful_until.isoformat()}"
                if not dry_run:
                    _ignore_gone(ws.skip_reminder, row, reason=reason)
                report.skipped.append((row, reason))
            rows = sorted(
                plan.sendable,
                key=lambda r: (r.due_on, r.meaningful_until, r.offer_name.casefold(), r.offer_id),
            )
            for start in range(0, len(rows), render.MAX_ITEMS_PER_POST):
                if not keep_going():
                    report.stopped = True
                    return
                chunk = rows[start : start + render.MAX_ITEMS_PER_POST]
                if dry_run:
                    self._preview(ws, plan, chunk, report)
                else:
                    self._post(ws, ledger, plan, chunk, report)
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
        for n, row in enumerate(rows):
            offer = offers[row.offer_id]
            if repeats is None:  # a dry run: what the ledger said when the sweep read it
                repeat = row.status == "claimed" or (row.last_error or "").startswith("uncertain:")
            else:
                repeat = repeats[n]
            items.append(
                render.ReminderItem(
                    view=view(offer, plan.settings, plan.local_date),
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
    ) -> None:
        assert self.delivery is not None, "a sweep that posts needs a delivery"
        channel = plan.settings.reminder_channel
        if channel:
            self.delivery.wait_for_turn(ws.team_id, channel)
        # A claim also checks that the offer still exists and its anniversary is still this cycle's: an offer
        # renewed, re-dated or removed since the scan is not reminded about.
        won = [(row, r.maybe_repeat) for row, r in zip(rows, ledger.claim(rows), strict=True) if r.won]
        if not won:
            return
        current = [row for row, _ in won]
        offers = {row.offer_id: _as_scanned(row, report.at) for row in current}
        if channel:
            self._post_to_channel(ws, ledger, plan, channel, current, [rep for _, rep in won], offers, report)
        else:
            self._post_to_admins(ws, ledger, plan, current, offers, report)

    def _post_to_channel(
        self,
        ws: WorkspaceStore,
        ledger: GroupCommitLedger,
        plan: _Plan,
        channel: str,
        rows: list[DueReminderRow],
        repeats: list[bool],
        offers: dict[int, StoredOffer],
        report: SweepReport,
    ) -> None:
        """One HTTP request per post, each confirmed right after Slack answers; a day too big for one post
        goes as several, in order, each with its own ledger keys."""
        assert self.delivery is not None
        items = self._items(plan, rows, offers, repeats)
        posts = render.reminder_posts(items, plan.local_date, _lang(plan.settings))
        for index, (span, reply) in enumerate(posts):
            part = [rows[i] for i in span]
            try:
                where, ts = self.delivery.post(
                    ws.team_id, channel, reply.as_message(), self._metadata(ws, plan, part)
                )
            except DeliveryError as err:
                # Only the post in flight may have landed; the later ones were never sent.
                ledger.fail(part, err.ledger_text, uncertain=err.uncertain)
                later = [rows[i] for span_, _ in posts[index + 1 :] for i in span_]
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
                    any(items[i].repeat for i in span),
                )
            )
        if any(row.last_error for row in rows):  # an earlier attempt failed: was anybody told?
            self._recovered(ws, plan, "channel", report)

    def _post_to_admins(
        self,
        ws: WorkspaceStore,
        ledger: GroupCommitLedger,
        plan: _Plan,
        rows: list[DueReminderRow],
        offers: dict[int, StoredOffer],
        report: SweepReport,
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
            if not failed and any(c is not None and c.last_error for r in todo if (c := copy_of(r, admin))):
                self._recovered(ws, plan, f"dm:{admin}", report)
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
        are DM'd to the MPN partner admins once per problem, again if that DM did not land."""
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
        known = {a.subject: a for a in ws.delivery_alerts()}.get(subject)
        if known is not None and known.error == text and known.alerted:
            return  # told already
        lang = _lang(plan.settings)
        names = list(dict.fromkeys(offer_names))
        if about is not None:
            alert = render.recipient_alert(about, err.code, names, lang)
        else:
            alert = render.channel_alert(err.code, plan.settings.reminder_channel, names, lang)
        landed = self._tell_admins(ws, alert.as_message(), exclude=about)
        ws.set_delivery_alert(subject, text, alerted=landed)
        if landed:
            report.alerts.append((ws.team_id, err.code))

    def _recovered(self, ws: WorkspaceStore, plan: _Plan, subject: str, report: SweepReport) -> None:
        """A post went through where the admins had been told it could not: tell them once it is fixed."""
        alerts = {a.subject: a for a in ws.delivery_alerts()}
        if "token" in alerts:
            ws.clear_delivery_alert("token")
        known = alerts.get(subject)
        if known is None:
            return
        if known.alerted:
            message = render.alert_recovered(
                plan.settings.reminder_channel, _lang(plan.settings)
            ).as_message()
            self._tell_admins(ws, message, exclude=None)
            report.recovered.append((ws.team_id, subject))
        ws.clear_delivery_alert(subject)

    def _tell_admins(self, ws: WorkspaceStore, message: dict[str, Any], *, exclude: str | None) -> bool:
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


def _as_scanned(row: DueReminderRow, at: datetime) -> StoredOffer:
    """The offer as the sweep's scan read it (the claim has just checked its anniversary is still current):
    saves re-reading every offer, which on a busy day costs more than the post's ledger writes."""
    return StoredOffer(row.offer_id, row.team_id, row.offer_name, row.offer_kind, row.anniversary, at, at)


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
