"""The daily "what is due" sweep at 2,000,000 offers (DESIGN.md section 3).

Target: ``Store.due_reminders(on)`` under 1 s and within 3x of the bare indexed SQL that selects the same rows,
both timed in this run. Also prints the database size and this process's peak resident set.

The database is filled by a child process (bulk ``executemany`` in one transaction, reminder dates computed
with ``rules.reminders``), so the peak RSS printed for the sweep is the sweep's own.

    MPN_BENCH_OFFERS=200000 python -m benchmarks.bench_due_reminders   # smaller run
    MPN_BENCH_DIR=/some/disk                                           # where the temp database goes
"""

from __future__ import annotations

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
from typing import TypeVar

from rules import Kind, Offer, normalize_name, reminders
from storage import Store

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


def _clock() -> datetime:
    return datetime(2024, 6, 15, 6, 0, tzinfo=UTC)


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

    def reminder_rows() -> Iterator[tuple]:
        for i in range(offers):
            for kind, anniversary, due_on, until in cycle[dates[anniversaries[i]]]:
                yield (i + 1, kind, team(i), anniversary, due_on, until)

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
        "INSERT INTO offer_reminders (offer_id, kind, team_id, anniversary, due_on, meaningful_until) "
        "VALUES (?, ?, ?, ?, ?, ?)",
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


T = TypeVar("T")


def _time(fn: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


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
                [sys.executable, "-m", "benchmarks.bench_due_reminders", "--fill", str(path), str(offers)],
                check=True,
                cwd=Path(__file__).resolve().parents[1],
            )
        )
        fill_rss = _peak_rss_mb(resource.RUSAGE_CHILDREN)
        size_mb = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 1e6

        store = Store.open(path, clock=_clock)
        sql = store._due_reminders_sql()
        params = store._due_reminders_params(SWEEP_DAY)
        bare = sqlite3.connect(path)
        rows = store.due_reminders(SWEEP_DAY)  # warm the page cache for both
        bare_rows = bare.execute(sql, params).fetchall()
        assert len(rows) == len(bare_rows) > 0, (len(rows), len(bare_rows))
        assert [(r.offer_id, r.reminder_kind.value) for r in rows] == [(r[1], r[5]) for r in bare_rows]

        store_times, sql_times = [], []
        for _ in range(RUNS):  # alternate, so drift hits both alike
            seconds, result = _time(lambda: store.due_reminders(SWEEP_DAY))
            store_times.append(seconds)
            assert len(result) == len(rows)
            seconds, result = _time(lambda: bare.execute(sql, params).fetchall())
            sql_times.append(seconds)
            assert len(result) == len(rows)
        store.close()
        bare.close()

    store_s, sql_s = statistics.median(store_times), statistics.median(sql_times)
    ratio = store_s / sql_s
    rss = _peak_rss_mb()
    figures = {
        "offers": offers,
        "rows_due": len(rows),
        "store_seconds": store_s,
        "sql_seconds": sql_s,
        "ratio": ratio,
        "db_mb": size_mb,
        "peak_rss_mb": rss,
        "fill_seconds": fill_seconds,
        "fill_peak_rss_mb": fill_rss,
    }
    ok = {True: "ok", False: "MISSED"}
    width = 34
    print()
    print(f"due_reminders sweep on {SWEEP_DAY}: {offers:,} offers, {len(rows):,} reminders due")
    print("-" * 72)
    print(f"{'what':<{width}}{'figure':>16}   target")
    print("-" * 72)
    print(
        f"{'store.due_reminders() median':<{width}}{store_s * 1000:>13.1f} ms   < 1000 ms  {ok[store_s < 1]}"
    )
    print(f"{'bare indexed SQL (fetchall) median':<{width}}{sql_s * 1000:>13.1f} ms")
    print(f"{'ratio store / bare SQL':<{width}}{ratio:>15.2f}x   <= 3x      {ok[ratio <= 3]}")
    print(f"{'database file (db + wal)':<{width}}{size_mb:>13.1f} MB")
    print(f"{'peak RSS, sweep process':<{width}}{rss:>13.1f} MB   < 200 MB   {ok[rss < 200]}")
    print(f"{'fill time (child process)':<{width}}{fill_seconds:>14.1f} s")
    print(f"{'peak RSS, fill process':<{width}}{fill_rss:>13.1f} MB")
    print(f"{'runs (alternating)':<{width}}{RUNS:>16}")
    print("-" * 72)
    print("store runs (ms): " + ", ".join(f"{t * 1000:.1f}" for t in store_times))
    print("SQL runs (ms):   " + ", ".join(f"{t * 1000:.1f}" for t in sql_times))
    return figures


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--fill":
        fill(Path(sys.argv[2]), int(sys.argv[3]))
    else:
        main()
