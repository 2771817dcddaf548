"""What Litestream (deploy/litestream.yml) needs from the bot, on a real SQLite file: WAL mode that stays on,
writes and ``mpn-bot backup`` that keep working while another process holds a long read transaction on
the WAL (Litestream's way of keeping SQLite from checkpointing past what it has copied), and no code that
truncates the WAL or vacuums the file."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import yaml

from storage import Store
from tests.paths import ROOT


def test_the_litestream_config_replicates_the_bots_own_database_setting() -> None:
    config = yaml.safe_load((ROOT / "deploy" / "litestream.yml").read_text())
    [db] = config["dbs"]
    assert db["path"] == "${MPN_DB}"  # the same file the Dockerfile and the systemd unit point MPN_DB at
    [replica] = db["replicas"]
    assert replica["url"] == "${LITESTREAM_REPLICA_URL}" and replica["sync-interval"] == "1s"


def test_writes_and_backups_work_while_a_replicator_holds_a_read_transaction(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    store = Store.open(path, clock=lambda: datetime(2021, 3, 1, tzinfo=UTC))
    store.install_workspace("T1", installer_user_id="U1")
    replicator = sqlite3.connect(path, isolation_level=None)
    try:
        replicator.execute("BEGIN")
        replicator.execute("SELECT count(*) FROM workspaces").fetchone()  # holds its snapshot, as Litestream
        ws = store.workspace("T1")
        for n in range(50):
            ws.add_offer(f"Offer {n}", "competency", date(2021, 3, 10), actor="U1")
        store.probe_write()
        store.backup(tmp_path / "copy.db")
        assert replicator.execute("SELECT count(*) FROM offers").fetchone()[0] == 0  # its snapshot held
        assert Path(f"{path}-wal").stat().st_size > 0  # the changes wait in the WAL for the replicator
        replicator.execute("COMMIT")
    finally:
        replicator.close()
    assert store.connections.connection().execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()
    with sqlite3.connect(tmp_path / "copy.db") as copy:
        assert copy.execute("SELECT count(*) FROM offers").fetchone()[0] == 50
    with sqlite3.connect(path) as again:
        assert again.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # WAL mode persists in the file


def test_no_code_truncates_the_wal_or_vacuums_the_database() -> None:
    """A ``wal_checkpoint(TRUNCATE)``, ``journal_mode`` change or ``VACUUM`` behind Litestream's back would
    break its copy (it then has to start a new snapshot generation)."""
    forbidden = re.compile(r"wal_checkpoint|VACUUM|journal_mode\s*=\s*(?!wal)", re.IGNORECASE)
    for folder in ("bot", "storage"):
        for file in (ROOT / folder).rglob("*.py"):
            for line in file.read_text(encoding="utf-8").splitlines():
                assert not forbidden.search(line), f"{file.relative_to(ROOT)}: {line.strip()}"
