"""A separate process that writes to a storage database, for the crash and cross-process race tests.

    python -m tests.storage.worker import-loop DB TEAM BATCH_SIZE
        imports BATCH_SIZE-row CSVs forever, printing "begin N" before and "committed N" after each import
    python -m tests.storage.worker claim DB TEAM GO_FILE CLAIMER OFFER_ID:ANNIVERSARY...
        waits for GO_FILE to exist, then claims both reminders of every offer's current cycle, one claim per
        transaction as the sweep's group commit makes them under no load, and prints the
        ``OFFER_ID:ANNIVERSARY`` and kind of every claim it won as JSON

This process reads the wall clock for its Store: the storage layer itself never does.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import UTC, date, datetime

from rules import ReminderKind
from storage import LedgerOp, Store


def _clock() -> datetime:
    return datetime.now(UTC)


def import_loop(db: str, team: str, batch_size: int) -> None:
    store = Store.open(db, clock=_clock)
    ws = store.workspace(team)
    pid = os.getpid()
    batch = 0
    while True:
        lines = ["name,kind,anniversary"]
        lines += [
            f"Offer {pid}-{batch}-{i},competency,2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
            for i in range(batch_size)
        ]
        print(f"begin {batch}", flush=True)
        report = ws.import_csv("\n".join(lines), actor="crash-test")
        assert report.ok and report.added == batch_size, report
        print(f"committed {batch}", flush=True)
        batch += 1


def claim(db: str, team: str, go_file: str, claimer: str, offers: list[str]) -> None:
    store = Store.open(db, clock=_clock)
    print("ready", flush=True)
    while not os.path.exists(go_file):
        time.sleep(0.001)
    won = []
    for offer in offers:
        offer_id, anniversary = offer.split(":")
        for kind in ("before", "after"):
            op = LedgerOp("claim", team, int(offer_id), date.fromisoformat(anniversary), ReminderKind(kind))
            if store.reminder_ledger_batch([op], lease_seconds=3600, claimer=claimer) == [True]:
                won.append([offer, kind])
    print(json.dumps(won), flush=True)
    store.close()


def main(argv: list[str]) -> None:
    mode, *args = argv
    if mode == "import-loop":
        import_loop(args[0], args[1], int(args[2]))
    elif mode == "claim":
        claim(args[0], args[1], args[2], args[3], args[4:])
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
