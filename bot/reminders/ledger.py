"""Group commit for the sweep's ledger writes: claims, confirms and failures from several worker threads
share one SQLite transaction, and nobody waits longer than one commit.

Every post claims its reminders before it is sent and confirms them **right after** Slack answers: the
posting thread waits for its confirm to be committed before it does anything else, so a crash can only
repeat the posts in flight at that moment (each marked), never posts already answered. What group commit
changes is the cost: SQLite has one writer at a time and every commit syncs the write-ahead log, so eight
threads each committing alone mostly wait for each other. Here the first thread to arrive becomes the
leader, commits every request waiting at that moment in one ``Store.reminder_ledger_apply`` call, and
repeats until nothing is waiting; the others just wait for their results. There is no timer: a request
waits at most for the commit in progress plus its own (about a millisecond each), never for a slow post.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from storage import DueReminderRow, LedgerOp, LedgerResult, Store

log = logging.getLogger(__name__)


@dataclass
class _Request:
    ops: list[LedgerOp]
    done: threading.Event = field(default_factory=threading.Event)
    result: list[LedgerResult] | None = None
    error: BaseException | None = None


class GroupCommitLedger:
    def __init__(self, store: Store, *, lease_seconds: int, claimer: str) -> None:
        self._store = store
        self._lease_seconds = lease_seconds
        self._claimer = claimer
        self._lock = threading.Lock()
        self._queue: list[_Request] = []
        self._leading = False
        self.commits = 0  # transactions made, for tests and the benchmark

    def claim(self, rows: Sequence[DueReminderRow]) -> list[LedgerResult]:
        """Claim each reminder; ``won`` where this sweep won it (not: sent, skipped, claimed by a live lease,
        or the offer is gone), ``maybe_repeat`` where an earlier attempt may have landed."""
        return self._submit(
            [LedgerOp("claim", r.team_id, r.offer_id, r.anniversary, r.reminder_kind) for r in rows]
        )

    def confirm(self, rows: Sequence[DueReminderRow], channel: str, ts: str) -> None:
        """Mark each reminder sent with the post's channel and ts, committed before this returns (with
        whatever else is waiting at that moment). A failure is logged, not raised: the post has landed, the
        claim runs out and the reminder goes again, marked as a possible repeat."""
        ops = [
            LedgerOp("confirm", r.team_id, r.offer_id, r.anniversary, r.reminder_kind, channel, ts)
            for r in rows
        ]
        try:
            self._submit(ops)
        except Exception as err:
            log.error("could not confirm sent reminders in the ledger: %s", err)

    def fail(self, rows: Sequence[DueReminderRow], error: str, *, uncertain: bool) -> None:
        """Record a failed attempt for each reminder (it stays due); ``uncertain``: it may have landed."""
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
        """Nothing is ever left queued (every write is committed before its caller goes on); kept so
        callers need not know."""

    def _submit(self, ops: list[LedgerOp]) -> list[LedgerResult]:
        if not ops:
            return []
        request = _Request(ops)
        with self._lock:
            self._queue.append(request)
            lead = not self._leading
            self._leading = True
        if lead:
            batch: list[_Request] = []
            try:
                while True:
                    with self._lock:
                        batch, self._queue = self._queue, []
                        if not batch:
                            self._leading = False
                            break
                    self._commit(batch)
            except BaseException as err:  # never leave a waiting thread hanging
                with self._lock:
                    stranded, self._queue, self._leading = batch + self._queue, [], False
                for waiting in stranded:
                    if not waiting.done.is_set():
                        waiting.error = err
                        waiting.done.set()
                raise
        else:
            request.done.wait()
        if request.error is not None:
            raise request.error
        assert request.result is not None
        return request.result

    def _commit(self, batch: list[_Request]) -> None:
        try:
            results = self._apply([op for request in batch for op in request.ops])
        except Exception as err:
            if len(batch) == 1:
                batch[0].error = err
                batch[0].done.set()
                return
            # One bad request must not fail the others: commit each on its own.
            for request in batch:
                self._commit([request])
            return
        start = 0
        for request in batch:
            request.result = results[start : start + len(request.ops)]
            start += len(request.ops)
            request.done.set()

    def _apply(self, ops: list[LedgerOp]) -> list[LedgerResult]:
        results = self._store.reminder_ledger_apply(
            ops, lease_seconds=self._lease_seconds, claimer=self._claimer
        )
        self.commits += 1
        return results
