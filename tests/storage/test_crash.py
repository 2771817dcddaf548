"""A writer killed with SIGKILL mid-transaction leaves a database that opens, passes ``integrity_check``,
and holds each write entirely or not at all."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.paths import ROOT
from tests.storage.helpers import FakeClock, open_store, row_counts

BATCH = 500


def _run_and_kill(db: Path, rng: random.Random) -> tuple[int, bool]:
    """Start an import loop, let it commit a few batches, SIGKILL it at a random moment.

    Returns (batches it reported committed, whether it was inside an import when killed).
    """
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.storage.worker", "import-loop", str(db), "T1", str(BATCH)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    committed, last = 0, ""
    try:
        assert worker.stdout is not None
        while committed < 2:
            last = worker.stdout.readline().strip()
            assert last, "worker died early"
            if last.startswith("committed"):
                committed += 1
        time.sleep(rng.uniform(0.0, 0.05))
    finally:
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL
    for line in worker.stdout.read().splitlines():  # lines written before the kill
        last = line.strip() or last
        if last.startswith("committed"):
            committed += 1
    return committed, last.startswith("begin")


@pytest.mark.slow
def test_sigkill_mid_import_leaves_whole_batches_only(tmp_path):
    db = tmp_path / "crash.db"
    with open_store(db, FakeClock()) as store:
        store.install_workspace("T1", installer_user_id="U1")
    rng = random.Random(20240601)
    reported = 0
    killed_mid_write = 0
    for _round in range(8):
        committed, mid_write = _run_and_kill(db, rng)
        reported += committed
        killed_mid_write += mid_write

        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        counts = row_counts(db, "T1")
        assert counts["offers"] % BATCH == 0, counts
        # the kill may land after COMMIT but before "committed" was printed: at most one batch more
        assert reported <= counts["offers"] // BATCH <= reported + 1
        reported = counts["offers"] // BATCH
        assert counts["offer_reminders"] == 2 * counts["offers"]
        assert counts["audit_log"] - 2 == counts["offers"]  # install + admin_add, then one per imported row
        with open_store(db, FakeClock()) as store:  # opens, migrations are a no-op, data readable
            ws = store.workspace("T1")
            assert len(ws.offers()) == counts["offers"]
            assert ws.import_csv("name,kind,anniversary\n", actor="check").ok
        if killed_mid_write >= 3:
            break
    assert killed_mid_write >= 1, "the kill never landed inside an import; the test proved nothing"
