"""``Connections.cached``: a workspace's settings and offers are remembered per thread, and never stale.

Every write, by this connection, another thread's, another ``Store`` on the same file or another process,
is seen by the very next read; workspaces never see each other's rows; and a repeated read with nothing
changed runs one statement (``PRAGMA data_version``), not the query. Also ``waiting_at_most``: the short
busy timeout inside the block, the default again outside it.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

from storage import Store
from storage.db import BUSY_TIMEOUT_MS
from tests.storage.helpers import open_store


def statements(store: Store) -> list[str]:
    """Start recording this thread's statements."""
    seen: list[str] = []
    store.connections.connection().conn.set_trace_callback(seen.append)
    return seen


def names(store: Store, team: str = "T1") -> list[str]:
    return [o.name for o in store.workspace(team).offers()]


def test_a_repeated_read_runs_one_statement_and_gives_the_same_rows(store: Store) -> None:
    ws = store.workspace("T1")
    ws.add_offer("Cloud Platform", "competency", date(2021, 3, 1), actor="U1")
    first, settings = ws.offers(), ws.settings()
    seen = statements(store)
    assert ws.offers() == first and ws.settings() == settings
    assert seen == ["PRAGMA data_version", "PRAGMA data_version"]


def test_own_writes_are_seen_at_once(store: Store) -> None:
    ws = store.workspace("T1")
    assert ws.offers() == [] and ws.settings().reminder_channel is None
    ws.add_offer("Security", "competency", date(2021, 3, 1), actor="U1")
    ws.update_settings("U1", reminder_channel="C9")
    assert names(store) == ["Security"]
    assert ws.settings().reminder_channel == "C9"
    ws.remove_offer("Security", actor="U1")
    assert ws.offers() == []


def test_another_store_on_the_same_file_is_seen_at_once(store: Store, db_path: Path) -> None:
    assert names(store) == []
    other = open_store(db_path)
    try:
        other.workspace("T1").add_offer("Data Analytics", "competency", date(2021, 3, 1), actor="U1")
        assert names(store) == ["Data Analytics"]
        other.workspace("T1").update_settings("U1", language="nl")
        assert store.workspace("T1").settings().language == "nl"
    finally:
        other.close()


def test_another_process_changing_a_row_in_place_is_seen_at_once(store: Store, db_path: Path) -> None:
    ws = store.workspace("T1")
    ws.add_offer("Security", "competency", date(2021, 3, 1), actor="U1")
    assert ws.offers()[0].anniversary == date(2021, 3, 1)
    script = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute(\"UPDATE offers SET anniversary = '2021-04-01' WHERE team_id = 'T1'\"); "
        "c.execute(\"UPDATE workspaces SET posting_hour = 7 WHERE team_id = 'T1'\"); c.commit()"
    )
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=True)
    assert ws.offers()[0].anniversary == date(2021, 4, 1)  # same row count, same ids: only the data moved
    assert ws.settings().posting_hour == 7


def test_another_threads_write_is_seen_at_once(store: Store) -> None:
    assert names(store) == []
    writer = threading.Thread(
        target=lambda: store.workspace("T1").add_offer(
            "Modern Workplace", "competency", date(2021, 3, 1), actor="U1"
        )
    )
    writer.start()
    writer.join()
    assert names(store) == ["Modern Workplace"]


def test_workspaces_never_see_each_others_rows(store: Store) -> None:
    store.workspace("T1").add_offer("Security", "competency", date(2021, 3, 1), actor="U1")
    store.workspace("T2").add_offer("Cloud Platform", "competency", date(2021, 3, 1), actor="U1")
    for _ in range(2):
        assert names(store, "T1") == ["Security"] and names(store, "T2") == ["Cloud Platform"]
        assert store.workspace("T2").settings().team_id == "T2"


def test_a_deleted_workspace_is_unknown_at_once(store: Store, db_path: Path) -> None:
    assert store.workspace_and_settings("T2")[1].team_id == "T2"
    with sqlite3.connect(db_path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for table in ("admins", "audit_log", "workspaces"):
            conn.execute(f"DELETE FROM {table} WHERE team_id = 'T2'")
    try:
        store.workspace_and_settings("T2")
    except Exception as err:
        assert getattr(err, "code", None) == "unknown_workspace"
    else:
        raise AssertionError("a deleted workspace was still answered")


def test_reads_inside_a_write_see_its_own_uncommitted_rows(store: Store) -> None:
    ws = store.workspace("T1")
    assert ws.offers() == []
    with store.connections.write() as db:
        db.execute(
            "INSERT INTO offers (team_id, name, name_key, kind, anniversary, created_at, updated_at) "
            "VALUES ('T1', 'X', 'x', 'competency', '2021-03-01', '2021-01-01T00:00:00+00:00', "
            "'2021-01-01T00:00:00+00:00')"
        )
        assert [o.name for o in ws.offers()] == ["X"]
        db.conn.execute("ROLLBACK")
        db.conn.execute("BEGIN")
    assert ws.offers() == []


def busy_timeout(store: Store) -> int:
    return int(store.connections.connection().conn.execute("PRAGMA busy_timeout").fetchone()[0])


def test_waiting_at_most_holds_inside_the_block_and_the_default_comes_back_outside(store: Store) -> None:
    connections = store.connections
    assert busy_timeout(store) == BUSY_TIMEOUT_MS
    with connections.waiting_at_most(1500):
        assert busy_timeout(store) == 1500
        with connections.waiting_at_most(200):
            assert busy_timeout(store) == 200
        assert busy_timeout(store) == 1500
    assert busy_timeout(store) == BUSY_TIMEOUT_MS
    with connections.waiting_at_most(1500):
        seen = statements(store)
        with connections.waiting_at_most(1500):  # already so: nothing sent to SQLite
            pass
        assert seen == []
