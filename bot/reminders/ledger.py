"""Group commit for the sweep's ledger writes: claims, confirms and failures from several worker threads
share SQLite transactions, a claim is committed before its post is sent, and a confirm is committed within a
bounded window after Slack answered.

SQLite has one writer at a time and every commit syncs the write-ahead log, so eight threads each committing
alone, twice per post, mostly wait for each other. Here the first thread to arrive becomes the leader,
commits every request waiting at that moment (and every confirm queued) in one
``Store.reminder_ledger_apply`` call, and repeats until its own request is committed; the others wait for
their results, and one of them takes over the lead if more are waiting.

What it costs: each commit's disk sync (measured on the 2-core machine: a few hundred microseconds of CPU,
mostly the kernel's, more than anything else the sweep adds to a post's HTTP call), and threads waking
each other (each wake-up is a system call made holding the interpreter lock that the sweep's HTTP work
needs). So a claim that finds nobody committing commits itself (no hand-over at all), a waiting claim is
woken once (a bare lock, the cheapest thing to block on), a claim started with ``claim_started`` is queued
while its thread renders its post and is often committed before that thread asks (no wake-up at all), and
a confirm wakes nobody: it is appended to a queue that the next commit takes along.

* **A claim** (and a failure) waits for its commit: nothing is posted before its claim is in the ledger.
  With ``gather`` above 1 the leader gives the other workers' claims up to ``gather_window`` seconds to join
  its commit, until ``gather`` of them are waiting (only when each claim is committed changes, not that it
  is): the sweep gathers three quarters of its workers' claims, fewer syncs for a few milliseconds' wait.
* **A confirm** does not wait: it is queued and committed with the next claim of any thread (a busy sweep
  commits the confirms of the posts just answered together with the claims of the next ones), or by the
  ledger's flusher, which looks every half ``confirm_window`` (0.1 s) and commits what it finds when no
  leader is at work, and always before ``flush`` returns (the end of a sweep). Nothing answered waits for a
  slow post: the window is a timer, not the next post. After a crash, the posts that can repeat are those
  in flight and those answered in the last window, each repeat marked (their claims run out unconfirmed),
  at most once per crash.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Sequence

from storage import DueReminderRow, LedgerOp, LedgerResult, Store

log = logging.getLogger(__name__)

#: How long an answered post's confirm may wait for a commit to share (DESIGN.md: at most about 100 ms).
CONFIRM_WINDOW_SECONDS = 0.1
#: How long a claim may wait for other workers' claims to share its commit (``GroupCommitLedger.gather``).
GATHER_WINDOW_SECONDS = 0.016


class _Request:
    """Ops committed together. A waited-for request (claims, failures) holds ``done`` locked until it is
    committed, or until its thread is to take over the lead (``promoted``); a confirm has no ``done``."""

    __slots__ = ("done", "error", "finished", "ops", "promoted", "result")

    def __init__(self, ops: list[LedgerOp], *, waited: bool = True) -> None:
        self.ops = ops
        self.result: list[LedgerResult] | None = None
        self.error: BaseException | None = None
        self.finished = False
        self.promoted = False
        self.done: threading.Lock | None = None
        if waited:
            self.done = threading.Lock()
            self.done.acquire()


class PendingClaim:
    """Claims queued by ``GroupCommitLedger.claim_started``; ``result()`` waits for their commit."""

    __slots__ = ("_ledger", "_request")

    def __init__(self, ledger: GroupCommitLedger, request: _Request) -> None:
        self._ledger = ledger
        self._request = request

    def result(self) -> list[LedgerResult]:
        return self._ledger._result(self._request)


class GroupCommitLedger:
    def __init__(
        self,
        store: Store,
        *,
        lease_seconds: int,
        claimer: str,
        confirm_window: float = CONFIRM_WINDOW_SECONDS,
        gather: int = 1,
        gather_window: float = GATHER_WINDOW_SECONDS,
    ) -> None:
        self._store = store
        self._lease_seconds = lease_seconds
        self._claimer = claimer
        self._window = confirm_window
        self._gather = max(1, gather)
        self._gather_window = gather_window
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)  # a claim was queued (only waited on to gather)
        self._queue: list[_Request] = []  # waited-for requests, in order
        self._confirms: deque[_Request] = deque()  # appended without the lock: wakes nobody
        self._leading = False
        self._flusher: threading.Thread | None = None
        self._stop = threading.Event()
        self._closing = False
        self.commits = 0  # transactions made, for tests and the benchmark

    def claim(self, rows: Sequence[DueReminderRow]) -> list[LedgerResult]:
        """Claim each reminder, committed before this returns (with whatever else is queued); ``won`` where
        this sweep won it (not: sent, skipped, claimed by a live lease, or the offer is gone),
        ``maybe_repeat`` where an earlier attempt may have landed."""
        return self.claim_started(rows).result()

    def claim_started(self, rows: Sequence[DueReminderRow]) -> PendingClaim:
        """``claim`` in two steps: the claims are queued now (and committed before this returns if nobody
        else is committing: this thread leads), ``result()`` waits for their commit. In between the caller
        may prepare its post (the sweep renders it), so it is rarely still waiting when another worker's
        commit lands and nobody has to wake it: each wake-up costs a hand-over of the interpreter lock.
        Nothing may be sent before ``result()`` returned, and ``result()`` must be called (the caller may
        have been chosen to lead the next commit meanwhile)."""
        ops = [LedgerOp("claim", r.team_id, r.offer_id, r.anniversary, r.reminder_kind) for r in rows]
        request = _Request(ops)
        if ops:
            self._start(request)
        else:
            request.result, request.finished = [], True
        return PendingClaim(self, request)

    def confirm(self, rows: Sequence[DueReminderRow], channel: str, ts: str) -> None:
        """Mark each reminder sent with the post's channel and ts: queued, committed with the next claim or
        within ``confirm_window`` seconds, and before ``flush`` returns. A failure is logged, not raised: the
        post has landed, the claim runs out and the reminder goes again, marked as a possible repeat."""
        ops = [
            LedgerOp("confirm", r.team_id, r.offer_id, r.anniversary, r.reminder_kind, channel, ts)
            for r in rows
        ]
        if not ops:
            return
        self._confirms.append(_Request(ops, waited=False))
        if self._closing:  # after flush: nobody else will commit it
            self._run(_Request([]))
        elif self._flusher is None:
            self._start_flusher()

    def fail(self, rows: Sequence[DueReminderRow], error: str, *, uncertain: bool) -> None:
        """Record a failed attempt for each reminder (it stays due); ``uncertain``: it may have landed.
        Committed before this returns."""
        self._submit(
            [
                LedgerOp(
                    "fail",
                    r.team_id,
                    r.offer_id,
                    r.anniversary,
                    r.reminder_kind,
                    error=error,
                    uncertain=uncertain,
                )
                for r in rows
            ]
        )

    def flush(self) -> None:
        """Commit every queued confirm and stop the flusher (the end of a sweep); a confirm after this is
        committed at once. Safe to call twice."""
        with self._lock:
            self._closing = True
            flusher, self._flusher = self._flusher, None
        self._stop.set()
        if flusher is not None:
            flusher.join()
        self._run(_Request([]))  # queued behind everything before it: when it is done, so are they

    # -- the queue ---------------------------------------------------------------------------------

    def _submit(self, ops: list[LedgerOp]) -> list[LedgerResult]:
        if not ops:
            return []
        return self._run(_Request(ops))

    def _run(self, request: _Request) -> list[LedgerResult]:
        """Queue a waited-for request; lead the commits if nobody does; return its results."""
        self._start(request)
        return self._result(request)

    def _start(self, request: _Request) -> None:
        """Queue ``request``; if nobody leads, lead until it is committed (before this returns)."""
        with self._lock:
            self._queue.append(request)
            lead = not self._leading
            self._leading = True
            if not lead and self._gather > 1 and len(self._queue) >= self._gather:
                self._arrived.notify()
        if lead:
            self._lead(request)

    def _result(self, request: _Request) -> list[LedgerResult]:
        """Wait until ``request`` is committed (``finished`` is set before ``done`` is released), or its
        thread is promoted to lead, then lead until it is."""
        if not request.finished:
            assert request.done is not None
            request.done.acquire()  # committed, or promoted to lead
            if not request.finished:
                self._lead(request)
        if request.error is not None:
            raise request.error
        assert request.result is not None
        return request.result

    def _start_flusher(self) -> None:
        with self._lock:
            if self._flusher is None and not self._closing:
                self._flusher = threading.Thread(target=self._flush_loop, name="mpn-ledger", daemon=True)
                self._flusher.start()

    def _flush_loop(self) -> None:
        """Every half ``confirm_window``: confirms queued and no leader at work (who would take them along)
        means nobody is claiming; commit them."""
        while not self._stop.wait(self._window / 2):
            if not self._confirms:
                continue
            with self._lock:
                if self._leading:
                    continue
                self._leading = True
            self._lead(None)

    def _lead(self, own: _Request | None) -> None:
        """Commit what is queued, batch after batch, until ``own`` is committed (the flusher: until nothing
        is queued). Then hand the lead to the next waiting worker, if any: no worker keeps committing for the
        others while its own post waits. Confirms left queued go with the next claim or the flusher."""
        batch: list[_Request] = []
        confirms = self._confirms
        try:
            while True:
                with self._lock:
                    if own is not None and self._gather > 1 and not self._closing:
                        self._gather_claims()
                    batch, self._queue = self._queue, []
                    if confirms:
                        batch[:0] = [confirms.popleft() for _ in range(len(confirms))]
                    if not batch:
                        self._leading = False
                        return
                self._commit(batch)
                batch = []
                if own is None or not own.finished:
                    continue
                with self._lock:
                    heir = self._queue[0] if self._queue else None
                    if heir is None:
                        self._leading = False
                        return
                    heir.promoted = True  # still leading: the heir takes over
                assert heir.done is not None
                heir.done.release()
                return
        except BaseException as err:  # never leave a waiting thread hanging
            with self._lock:
                stranded, self._queue, self._leading = batch + self._queue, [], False
            for waiting in stranded:
                if not waiting.finished:
                    self._finish(waiting, None, err)
            raise

    def _gather_claims(self) -> None:
        """Called holding the lock, before a commit that someone waits for: give the other workers'
        claims up to ``gather_window`` seconds to join it, until ``gather`` of them are queued. Each commit
        syncs the disk and rewrites the same ledger and index pages, so a commit of several posts' claims
        costs little more than one."""
        deadline = time.monotonic() + self._gather_window
        while self._queue and len(self._queue) < self._gather:
            left = deadline - time.monotonic()
            if left <= 0 or not self._arrived.wait(left):
                return

    def _commit(self, batch: list[_Request]) -> None:
        ops = [op for request in batch for op in request.ops]
        try:
            results = self._apply(ops) if ops else []
        except Exception as err:
            if len(batch) == 1:
                self._finish(batch[0], None, err)
                return
            # One bad request must not fail the others: commit each on its own.
            for request in batch:
                self._commit([request])
            return
        start = 0
        for request in batch:
            end = start + len(request.ops)
            self._finish(request, results[start:end], None)
            start = end

    def _finish(
        self, request: _Request, result: list[LedgerResult] | None, error: BaseException | None
    ) -> None:
        request.result, request.error, request.finished = result, error, True
        if request.done is None:
            if error is not None:
                log.error("could not confirm sent reminders in the ledger: %s", error)
        elif not request.promoted:  # a promoted request's own thread is committing it: nobody waits
            request.done.release()

    def _apply(self, ops: list[LedgerOp]) -> list[LedgerResult]:
        results = self._store.reminder_ledger_apply(
            ops, lease_seconds=self._lease_seconds, claimer=self._claimer
        )
        self.commits += 1
        return results
