"""Group commit for the sweep's ledger writes: claims and confirms from several worker threads share one
SQLite transaction.

Every post still claims its reminders before it is sent (the worker waits until its claim is committed) and
confirms them after. What changes is the cost: SQLite has one writer at a time and every commit syncs the
write-ahead log, so eight threads each committing alone mostly wait for each other (and SQLite's busy
handler sleeps in steps of milliseconds). Here the first thread to arrive becomes the leader, commits every
request waiting at that moment in one ``Store.reminder_ledger_batch`` call, and repeats until nothing is
waiting; the others just wait for their results.

A confirm is queued rather than waited for: it goes into the next commit, which the next claim of any
thread triggers, or ``flush`` (the sweep flushes before it sleeps for a channel's rate limit and when it
ends). A crash in that short window leaves the post claimed but unconfirmed, which the crash policy already
covers (posted again after the claim lease, marked as a possible repeat).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from storage import DueReminderRow, LedgerOp, Store

log = logging.getLogger(__name__)


@dataclass
class _Request:
    ops: list[LedgerOp]
    done: threading.Event = field(default_factory=threading.Event)
    result: list[bool] | None = None
    error: BaseException | None = None
    waited: bool = True


class GroupCommitLedger:
    def __init__(self, store: Store, *, lease_seconds: int, claimer: str) -> None:
        self._store = store
        self._lease_seconds = lease_seconds
        self._claimer = claimer
        self._lock = threading.Lock()
        self._queue: list[_Request] = []
        self._leading = False
        self.commits = 0  # transactions made, for tests and the benchmark

    def claim(self, rows: Sequence[DueReminderRow]) -> list[bool]:
        """Claim each reminder; True where this sweep won it (False: sent, skipped, claimed by a live lease,
        or the offer is gone)."""
        return self._submit(
            [LedgerOp("claim", r.team_id, r.offer_id, r.anniversary, r.reminder_kind) for r in rows]
        )

    def confirm(self, rows: Sequence[DueReminderRow], channel: str, ts: str) -> None:
        """Mark each reminder sent with the post's channel and ts, in the next commit: the one a claim by
        any thread triggers, or ``flush``. The caller does not wait; a failure is logged (the claim then
        runs out and the post goes again, marked as a possible repeat)."""
        ops = [
            LedgerOp("confirm", r.team_id, r.offer_id, r.anniversary, r.reminder_kind, channel, ts)
            for r in rows
        ]
        if ops:
            with self._lock:
                self._queue.append(_Request(ops, waited=False))

    def flush(self) -> None:
        """Commit everything queued now, and wait for it."""
        self._submit([], force=True)

    def _submit(self, ops: list[LedgerOp], *, force: bool = False) -> list[bool]:
        if not ops and not force:
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
                if not batch[0].waited:
                    log.error("could not confirm sent reminders in the ledger: %s", err)
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

    def _apply(self, ops: list[LedgerOp]) -> list[bool]:
        results = self._store.reminder_ledger_batch(
            ops, lease_seconds=self._lease_seconds, claimer=self._claimer
        )
        self.commits += 1
        return results
