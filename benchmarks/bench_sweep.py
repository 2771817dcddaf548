"""The reminder sweep's planning step at 2,000,000 offers (DESIGN.md section 3).

Times what a scheduler tick really runs before it posts anything: ``Sweeper(...).plan(now)``, from the query
(``Store.due_workspaces``) to the plan (every workspace to serve, with its local date), against the bare
indexed SQL the plan runs (``storage.due.due_sql``), side by side in this run (medians of 5, alternating so
drift hits both alike). A worker serving a workspace reads its settings and rows then
(``Sweeper.workspace_plan``); the benchmark checks, untimed, that those reads cover exactly the open
reminders due now (an independent query), and prints what they cost in all. Then the idle tick: every
planned reminder settled through the product's ledger API (the sweep's group commit claims and confirms
what it would post, ``skip_reminder`` what is stale), and ``plan(now)`` timed again. Targets: plan <= 300
ms and <= 2.0x the bare SQL, idle tick <= 30 ms, peak RSS <= 120 MB (the whole process, to the end).

The database is filled by a child process (bulk ``executemany`` in one transaction, reminder dates computed
with ``rules.reminders``), so the peak RSS printed is the sweeping process's own.

    python -m benchmarks.bench_sweep                               # 2,000,000 offers
    MPN_BENCH_OFFERS=200000 python -m benchmarks.bench_sweep       # smaller run
    MPN_BENCH_DIR=/some/disk                                       # where the temp database goes
"""

from __future__ import annotations

import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from bot.reminders import Sweeper
from bot.reminders.ledger import GroupCommitLedger
from bot.reminders.sweep import SweepPlan
from bot.reminders.timing import scan_window
from rules import Kind, Offer, normalize_name, reminders
from storage import DueReminderRow, Store
from storage.due import due_params, due_sql, posting_instant, stamp, unsettled_params, unsettled_sql

OFFERS_PER_WORKSPACE = 5
FIRST_ANNIVERSARY = date(2023, 1, 1)
ANNIVERSARY_SPAN_DAYS = 3 * 365
SWEEP_DAY = date(2024, 6, 15)
RUNS = 5
NAMES = (
    ("Cloud Platform", Kind.COMPETENCY),
    ("Data Analytics", Kind.COMPETENCY),
    ("Security", Kind.COMPETENCY),
    ("Modern Work", Kind.COMPETENCY),
    ("Kubernetes on Microsoft Azure", Kind.ADVANCED_SPECIALIZATION),
)
STAMP = "2024-06-15T00:00:00.000000+00:00"
#: 12:00 in Amsterdam, past every workspace's posting hour (9): each is planned for its local SWEEP_DAY.
NOW = datetime(2024, 6, 15, 10, 0, tzinfo=UTC)
SETTLE_BATCH = 500  # reminders per group commit while settling: about what eight busy workers queue

T = TypeVar("T")


def _clock() -> datetime:
    return NOW


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


# -- filling -----------------------------------------------------------------------------------------


def fill(path: Path, offers: int) -> None:
    """Create the schema with ``Store.open`` and bulk-load ``offers`` offers, their reminder rows and a
    ledger in which ~10% of current "before" reminders are sent and ~2% of "after" ones failed."""
    Store.open(path, clock=_clock).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")  # a throwaway benchmark file: no fsync while loading
    conn.execute("PRAGMA cache_size = -65536")  # 64 MiB
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('offers', 'offer_reminders', 'reminder_ledger')"
    ).fetchall()
    for name, _sql in indexes:  # building an index once is much faster than updating it 4M times
        conn.execute(f'DROP INDEX "{name}"')

    rng = random.Random(20210204)
    anniversaries = [rng.randrange(ANNIVERSARY_SPAN_DAYS) for _ in range(offers)]
    dates = [FIRST_ANNIVERSARY + timedelta(days=d) for d in range(ANNIVERSARY_SPAN_DAYS)]
    # rules.reminders() once per distinct anniversary (about 1,100), not once per offer
    cycle = {
        d: [(r.kind.value, r.anniversary.isoformat(), r.due_on.isoformat(), r.meaningful_until.isoformat())
            for r in reminders(Offer("x", Kind.COMPETENCY, d))]
        for d in dates
    }  # fmt: skip
    keys = [normalize_name(name) for name, _ in NAMES]
    workspaces = -(-offers // OFFERS_PER_WORKSPACE)

    def team(i: int) -> str:
        return f"T{i // OFFERS_PER_WORKSPACE:07d}"

    def workspace_rows() -> Iterator[tuple]:
        for w in range(workspaces):
            yield (f"T{w:07d}", f"Workspace {w}", "Europe/Amsterdam", "en", 9, STAMP, STAMP)

    def offer_rows() -> Iterator[tuple]:
        for i in range(offers):
            name, kind = NAMES[i % OFFERS_PER_WORKSPACE]
            day = dates[anniversaries[i]].isoformat()
            yield (i + 1, team(i), name, keys[i % OFFERS_PER_WORKSPACE], kind.value, day, STAMP, STAMP)

    # every workspace is in Amsterdam, posting at 9: one due_at per due day, as storage.due dates them
    due_at = {
        due_on: stamp(posting_instant(date.fromisoformat(due_on), "Europe/Amsterdam", 9))
        for rows in cycle.values()
        for _kind, _anniversary, due_on, _until in rows
    }

    def reminder_rows() -> Iterator[tuple]:
        for i in range(offers):
            name, offer_kind = NAMES[i % OFFERS_PER_WORKSPACE]
            for kind, anniversary, due_on, until in cycle[dates[anniversaries[i]]]:
                yield (i + 1, kind, team(i), anniversary, due_on, until, due_at[due_on], STAMP, name,
                       offer_kind.value, "Europe/Amsterdam", 9)  # fmt: skip

    def ledger_rows() -> Iterator[tuple]:
        for i in range(offers):
            if i % 10 == 3 or i % 50 == 7:
                sent = i % 10 == 3
                kind, anniversary, *_ = cycle[dates[anniversaries[i]]][0 if sent else 1]
                yield (i + 1, anniversary, kind, team(i), "sent" if sent else "failed", 1,
                       None if sent else "ratelimited", "C1" if sent else None, STAMP)  # fmt: skip

    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO workspaces (team_id, name, time_zone, language, posting_hour, installed_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        workspace_rows(),
    )
    conn.executemany(
        "INSERT INTO offers (id, team_id, name, name_key, kind, anniversary, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        offer_rows(),
    )
    conn.executemany(
        "INSERT INTO offer_reminders "
        "(offer_id, kind, team_id, anniversary, due_on, meaningful_until, due_at, dated_at, offer_name, "
        "offer_kind, time_zone, posting_hour) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        reminder_rows(),
    )
    conn.executemany(
        "INSERT INTO reminder_ledger (offer_id, anniversary, kind, team_id, status, attempts, last_error, "
        "channel, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ledger_rows(),
    )
    conn.execute("COMMIT")
    for _name, sql in indexes:
        conn.execute(sql)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


# -- measuring ---------------------------------------------------------------------------------------


def _time(fn: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


#: Every open reminder due by NOW with its ledger state: an independent reference for what the plans must
#: cover (the tick's read used to be this, with a Python object per row; it is not the product's query now).
REFERENCE_SQL = """
SELECT r.offer_id, r.kind FROM offer_reminders AS r
LEFT JOIN reminder_ledger AS l ON l.offer_id = r.offer_id AND l.anniversary = r.anniversary AND l.kind = r.kind
WHERE r.due_on BETWEEN :due_from AND :due_to AND r.due_at <= :now
  AND (l.status IS NULL OR l.status IN ('claimed', 'failed'))
"""


def _key(row: DueReminderRow) -> int:
    return row.offer_id * 2 + (row.reminder_kind.value == "after")


def _served(store: Store, sweeper: Sweeper, plan: SweepPlan) -> Iterator[Any]:
    """Each planned workspace as a worker serving it reads it (``Sweeper.workspace_plan``), one at a time."""
    for team_id, local_date in plan.workspaces():
        served = sweeper.workspace_plan(plan, store.workspace(team_id), local_date)
        assert served is not None, f"{team_id} was planned with nothing to do"
        yield served


def _settle(store: Store, sweeper: Sweeper, plan: SweepPlan) -> None:
    """Mark every planned reminder settled the way a sweep that posted everything would: claims and
    confirms through the sweep's group-commit ledger, stale rows skipped through the workspace handle."""
    ledger = GroupCommitLedger(store, lease_seconds=600, claimer="bench")
    batch: list[DueReminderRow] = []

    def commit() -> None:
        won = ledger.claim(batch)
        assert all(r.won for r in won), "a planned reminder could not be claimed"
        ledger.confirm(batch, "C1", f"{len(batch)}.000")
        batch.clear()

    for served in _served(store, sweeper, plan):
        batch.extend(served.sendable)
        if len(batch) >= SETTLE_BATCH:
            commit()
        ws = store.workspace(served.team_id)
        for row in served.stale:
            ws.skip_reminder(row.offer_id, row.anniversary, row.reminder_kind, reason="stale (benchmark)")
    if batch:
        commit()
    ledger.flush()


def main() -> dict[str, float]:
    offers = int(os.environ.get("MPN_BENCH_OFFERS", "2000000"))
    with tempfile.TemporaryDirectory(prefix="mpn-bench-", dir=os.environ.get("MPN_BENCH_DIR")) as tmp:
        path = Path(tmp) / "bench.db"
        print(
            f"filling {offers:,} offers over {-(-offers // OFFERS_PER_WORKSPACE):,} workspaces ...",
            flush=True,
        )
        fill_seconds, _ = _time(
            lambda: subprocess.run(
                [sys.executable, "-m", "benchmarks.bench_sweep", "--fill", str(path), str(offers)],
                check=True,
                cwd=Path(__file__).resolve().parents[1],
            )
        )
        size_mb = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6

        store = Store.open(path, clock=_clock)
        sweeper = Sweeper(store, None, _clock, claimer="bench")
        # The bare SQL: the product's own query (storage.due.due_sql) over the partial index of open
        # reminders, fetched as plain tuples on a plain connection. Every workspace here is on SWEEP_DAY past
        # its posting hour, so it selects exactly the workspaces (and, through them, the rows) the plan holds.
        due_from, due_to = scan_window(NOW)
        sql, params = due_sql(), due_params(NOW, due_from)
        bare = sqlite3.connect(path)

        # Warm the page cache for both, and check the plan covers exactly the open reminders due now: every
        # planned workspace, read as a worker serving it reads it, against an independent query for the
        # rows. Nothing from this or any run is kept while the next one runs, so the peak RSS is one plan's.
        plan = sweeper.plan(NOW)
        workspaces = len(plan)
        bare_teams = {t for _zone, _hour, teams in bare.execute(sql, params) for t in json.loads(teams)}
        assert {t for t, _ in plan.workspaces()} == bare_teams and workspaces == len(bare_teams)
        del bare_teams
        rss_plan_only = _peak_rss_mb()
        sendable = stale = 0
        planned: set[int] = set()  # offer_id * 2 + (kind is "after"): small ints, not 80,000 tuples
        read_seconds = time.perf_counter()
        for served in _served(store, sweeper, plan):
            sendable += len(served.sendable)
            stale += len(served.stale)
            planned.update(_key(r) for r in (*served.sendable, *served.stale))
        read_seconds = time.perf_counter() - read_seconds
        reference = bare.execute(
            REFERENCE_SQL, {"now": stamp(NOW), "due_from": due_from.isoformat(), "due_to": due_to.isoformat()}
        )
        selected = 0
        for offer_id, kind in reference:
            assert offer_id * 2 + (kind == "after") in planned, f"offer {offer_id} {kind} was not planned"
            selected += 1
        assert selected == len(planned) == sendable + stale and selected, (selected, len(planned))
        del planned, plan
        # what the tick read before migration 5 (counted in SQL: its rows are not this process's memory)
        old_scan = f"SELECT count(*) FROM ({unsettled_sql()})"
        rows_read = bare.execute(old_scan, unsettled_params(due_from, due_to)).fetchone()[0]

        plan_times, sql_times = [], []
        for _ in range(RUNS):
            seconds, result = _time(lambda: sweeper.plan(NOW))
            plan_times.append(seconds)
            assert len(result) == workspaces
            del result
            seconds, rows = _time(lambda: bare.execute(sql, params).fetchall())
            sql_times.append(seconds)
            del rows

        rss_planning = _peak_rss_mb()  # the peak so far: planning (and reading each workspace once)
        started = time.perf_counter()
        _settle(store, sweeper, sweeper.plan(NOW))
        settle_seconds = time.perf_counter() - started
        idle_times = []
        for _ in range(RUNS):
            seconds, idle = _time(lambda: sweeper.plan(NOW))
            idle_times.append(seconds)
            assert len(idle) == 0, f"{len(idle)} workspaces still have something to do"
        store.close()
        bare.close()

    plan_s, sql_s, idle_s = (statistics.median(t) for t in (plan_times, sql_times, idle_times))
    ratio = plan_s / sql_s
    rss = _peak_rss_mb()
    print()
    print(f"sweep plan at {offers:,} offers: {plan_s * 1000:,.1f} ms, {ratio:.2f}x bare SQL")
    print(f"idle tick at {offers:,} offers: {idle_s * 1000:,.1f} ms")
    print(f"sweep peak RSS: {rss:,.1f} MB")
    print()
    print(
        f"planned {workspaces:,} workspaces holding {sendable:,} sendable and {stale:,} stale reminders; "
        f"the old unsettled scan {due_from}..{due_to} would read {rows_read:,} rows"
    )
    print(f"bare indexed SQL (storage.due.due_sql, fetchall) median: {sql_s * 1000:,.1f} ms")
    print("plan runs (ms):      " + ", ".join(f"{t * 1000:,.1f}" for t in plan_times))
    print("bare SQL runs (ms):  " + ", ".join(f"{t * 1000:,.1f}" for t in sql_times))
    print("idle tick runs (ms): " + ", ".join(f"{t * 1000:,.1f}" for t in idle_times))
    print(
        f"serving reads each workspace's settings and rows (Sweeper.workspace_plan), not timed above: "
        f"{read_seconds:,.2f} s for all {workspaces:,}, {read_seconds / max(workspaces, 1) * 1e6:,.0f} us each"
    )
    print(
        f"settling through the ledger: {settle_seconds:,.1f} s; fill (child process): {fill_seconds:,.1f} s"
    )
    print(f"database file (db + wal): {size_mb:,.1f} MB")
    print(
        f"peak RSS after planning only: {rss_plan_only:,.1f} MB; after reading every workspace and the timed "
        f"runs: {rss_planning:,.1f} MB; at the end (after settling): {rss:,.1f} MB"
    )
    ok = {True: "ok", False: "MISSED"}
    print(
        f"targets: plan <= 300 ms {ok[plan_s <= 0.3]}, <= 2.0x {ok[ratio <= 2.0]}; "
        f"idle <= 30 ms {ok[idle_s <= 0.03]}; RSS <= 120 MB {ok[rss <= 120]}"
    )
    return {
        "offers": offers,
        "plan_seconds": plan_s,
        "sql_seconds": sql_s,
        "ratio": ratio,
        "idle_seconds": idle_s,
        "peak_rss_mb": rss,
        "sendable": sendable,
        "stale": stale,
    }


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--fill":
        fill(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        main()
