"""Group commit for the sweep's ledger writes: claims, confirms and failures from several worker threads
share SQLite transactions, a claim is committed before its post is sent, and a confirm is committed within a
bounded window after Slack answered.

SQLite has one writer at a time and every commit syncs the write-ahead log (about a millisecond here), so
eight threads each committing alone, twice per post, mostly wait for each other: at 20,000 posts that is
most of what mpn-bot adds to the bare Slack calls. Here the first thread to arrive becomes the leader,
commits every request waiting at that moment in one ``Store.reminder_ledger_apply`` call, and repeats until
nothing is waiting; the others wait for their results.

* **A claim** (and a failure) waits for its commit: nothing is posted before its claim is in the ledger.
  The leader gives the other workers' claims up to ``gather_window`` seconds (3 ms) to join its commit,
  until ``gather`` of them are waiting (the sweep uses half its workers): every commit syncs the disk and
  rewrites the same ledger and index pages, so at thousands of posts per sweep a commit shared by several
  posts' claims is most of the saving, while the worker waiting a few milliseconds costs nothing as long as
  the others keep the CPU busy with their posts. Only when each claim is committed changes, not that it is.
* **A confirm** does not wait: it is queued and committed with the next claim of any thread (a busy sweep
  commits the confirms of the posts just answered together with the claims of the next ones), or by the
  ledger's flusher within ``confirm_window`` seconds (0.1) when no claim comes, and always before ``flush``
  returns (the end of a sweep). Nothing answered waits for a slow post: the window is a timer, not the
  next post. After a crash, the posts that can repeat are those in flight and those answered in the last
  window, each repeat marked (their claims run out unconfirmed), at most once per crash.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from storage import DueReminderRow, LedgerOp, LedgerResult, Store

log = logging.getLogger(__name__)

#: How long an answered post's confirm may wait for a commit to share (DESIGN.md: at most about 100 ms).
CONFIRM_WINDOW_SECONDS = 0.1
#: How long a claim may wait for other workers' claims to share its commit (``GroupCommitLedger.gather``).
GATHER_WINDOW_SECONDS = 0.003


@dataclass
class _Request:
    ops: list[LedgerOp]
    waited: bool = True  # someone waits for the result; False for a confirm (logged if it fails)
    done: threading.Event = field(default_factory=threading.Event)  # finished, or promoted to lead
    finished: bool = False
    promoted: bool = False
    result: list[LedgerResult] | None = None
    error: BaseException | None = None


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
        self._arrived = threading.Condition(self._lock)  # a waited-for request was queued
        self._waited = 0  # waited-for requests in the queue
        self._queue: list[_Request] = []
        self._leading = False
        self._flusher: threading.Thread | None = None
        self._wake = threading.Event()  # a confirm is queued with no leader to take it
        self._stop = threading.Event()
        self._closing = False
        self.commits = 0  # transactions made, for tests and the benchmark

    def claim(self, rows: Sequence[DueReminderRow]) -> list[LedgerResult]:
        """Claim each reminder, committed before this returns (with whatever else is queued); ``won`` where
        this sweep won it (not: sent, skipped, claimed by a live lease, or the offer is gone),
        ``maybe_repeat`` where an earlier attempt may have landed."""
        return self._submit(
            [LedgerOp("claim", r.team_id, r.offer_id, r.anniversary, r.reminder_kind) for r in rows]
        )

    def confirm(self, rows: Sequence[DueReminderRow], channel: str, ts: str) -> None:
        """Mark each reminder sent with the post's channel and ts: queued, committed with the next claim or
        within ``confirm_window`` seconds, and before ``flush`` returns. A failure is logged, not raised: the
        post has landed, the claim runs out and the reminder goes again, marked as a possible repeat."""
        ops = [
            LedgerOp("confirm", r.team_id, r.offer_id, r.anniversary, r.reminder_kind, channel, ts)
            for r in rows
        ]
        if ops:
            self._defer(_Request(ops, waited=False))

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
        """Commit every queued confirm and stop the flusher (the end of a sweep). Safe to call twice."""
        with self._lock:
            self._closing = True
            flusher, self._flusher = self._flusher, None
        self._stop.set()
        self._wake.set()
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
        with self._lock:
            self._queue.append(request)
            self._waited += 1
            lead = not self._leading
            self._leading = True
            if not lead and self._waited >= self._gather:
                self._arrived.notify()
        if lead:
            self._lead(request)
        else:
            request.done.wait()
            if not request.finished:  # the leader handed over: commit our own batch and others'
                assert request.promoted
                self._lead(request)
        if request.error is not None:
            raise request.error
        assert request.result is not None
        return request.result

    def _defer(self, request: _Request) -> None:
        """Queue a request nobody waits for: the leader at work takes it, else the flusher within the
        window."""
        with self._lock:
            self._queue.append(request)
            if self._leading:
                return
            self._ensure_flusher()
            closing = self._closing
        if closing:  # after flush: nobody else will commit it
            self._run(_Request([]))
        else:
            self._wake.set()

    def _ensure_flusher(self) -> None:
        """Start the flusher thread if it is not running (called holding the lock)."""
        if self._flusher is None and not self._closing:
            self._flusher = threading.Thread(target=self._flush_loop, name="mpn-ledger", daemon=True)
            self._flusher.start()

    def _flush_loop(self) -> None:
        """Wake when a confirm is queued with no leader at work; give the claims of other posts
        ``confirm_window`` seconds to take it along; then commit it (and whatever else is queued)."""
        while True:
            self._wake.wait()
            self._wake.clear()
            self._stop.wait(self._window)  # flush() ends the wait early
            with self._lock:
                if self._closing:
                    return  # flush() commits what is left
                if self._leading or not self._queue:
                    continue  # the leader at work takes it
                self._leading = True
            self._lead(None)

    def _lead(self, own: _Request | None) -> None:
        """Commit what is queued, batch after batch. A worker leads only until its own request is committed,
        then hands the lead to the next waiting worker (so no worker keeps committing for the others while
        its own post waits); queued confirms alone are left to the next claim or the flusher."""
        batch: list[_Request] = []
        try:
            while True:
                with self._lock:
                    self._gather_claims()
                    batch, self._queue, self._waited = self._queue, [], 0
                    if not batch:
                        self._leading = False
                        return
                self._commit(batch)
                if own is None or not own.finished:
                    continue
                with self._lock:
                    heir = next((r for r in self._queue if r.waited), None)
                    if heir is None and self._queue and self._closing:
                        continue  # after flush nobody else would commit them
                    if heir is None:
                        self._leading = False
                        if self._queue:
                            self._ensure_flusher()
                    else:
                        heir.promoted = True  # still leading: the heir takes over
                if heir is not None:
                    heir.done.set()
                elif self._queue:
                    self._wake.set()
                return
        except BaseException as err:  # never leave a waiting thread hanging
            with self._lock:
                stranded, self._queue, self._leading, self._waited = batch + self._queue, [], False, 0
            for waiting in stranded:
                if not waiting.finished:
                    waiting.error, waiting.finished = err, True
                    waiting.done.set()
            raise

    def _gather_claims(self) -> None:
        """Called holding the lock, before a commit that someone waits for: give the other workers'
        claims up to ``gather_window`` seconds to join it, until ``gather`` of them are queued. Each commit
        syncs the disk and rewrites the same ledger and index pages, so a commit of several posts' claims
        costs little more than one; a worker waiting a few milliseconds for it costs nothing while the others
        keep the CPU busy with their posts."""
        if self._gather <= 1 or not self._waited or self._closing:
            return
        deadline = time.monotonic() + self._gather_window
        while self._waited < self._gather:
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
            self._finish(request, results[start : start + len(request.ops)], None)
            start += len(request.ops)

    def _finish(
        self, request: _Request, result: list[LedgerResult] | None, error: BaseException | None
    ) -> None:
        if error is not None and not request.waited:
            log.error("could not confirm sent reminders in the ledger: %s", error)
        request.result, request.error, request.finished = result, error, True
        request.done.set()

    def _apply(self, ops: list[LedgerOp]) -> list[LedgerResult]:
        results = self._store.reminder_ledger_apply(
            ops, lease_seconds=self._lease_seconds, claimer=self._claimer
        )
        self.commits += 1
        return results
