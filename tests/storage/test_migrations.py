"""Schema migrations, connection settings and per-thread connections."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime

import pytest
from sqlite_utils import Database

from storage import StorageError, Store, migrations
from tests.storage.helpers import FakeClock, open_store, sendable, table_dump

STAMP = "2020-01-01T00:00:00.000000+00:00"


def build_v1(path):
    """A database exactly as code at schema version 1 would have left it, with some data."""
    db = Database(path)
    assert migrations.apply(db, now=lambda: STAMP, upto=1) == 1
    with db.conn:
        db.execute(
            "INSERT INTO workspaces (team_id, name, time_zone, language, moved_to_partner_center, installed_at,"
            " updated_at) VALUES ('T1', 'Acme', 'Europe/Amsterdam', 'nl', 1, ?, ?)",
            [STAMP, STAMP],
        )
        db.execute(
            "INSERT INTO admins (team_id, user_id, added_by, added_at) VALUES ('T1', 'U1', 'U1', ?)", [STAMP]
        )
        db.execute(
            "INSERT INTO offers (team_id, name, name_key, kind, anniversary, created_at, updated_at)"
            " VALUES ('T1', 'Cloud Platform', 'cloud platform', 'competency', '2024-06-01', ?, ?)",
            [STAMP, STAMP],
        )
        db.execute(
            "INSERT INTO offer_reminders (offer_id, kind, team_id, anniversary, due_on, meaningful_until) VALUES"
            " (1, 'before', 'T1', '2024-06-01', '2024-05-17', '2024-06-01'),"
            " (1, 'after', 'T1', '2024-06-01', '2024-06-24', '2024-07-01')"
        )
    db.close()


def test_a_new_database_gets_every_migration_recorded_with_the_clock(tmp_path):
    clock = FakeClock(datetime(2031, 2, 3, 4, 5, 6, tzinfo=UTC))
    with open_store(tmp_path / "new.db", clock) as store:
        assert store.schema_version() == migrations.LATEST_VERSION >= 2
    with sqlite3.connect(tmp_path / "new.db") as conn:
        rows = conn.execute(
            "SELECT version, name, applied_at FROM schema_migrations ORDER BY version"
        ).fetchall()
    assert [r[0] for r in rows] == list(range(1, migrations.LATEST_VERSION + 1))
    assert [r[1] for r in rows] == [m.name for m in migrations.MIGRATIONS]
    assert {r[2] for r in rows} == {"2031-02-03T04:05:06.000000+00:00"}


def test_opening_a_version_1_database_upgrades_it_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.db"
    build_v1(path)
    with sqlite3.connect(path) as conn:
        assert "audit_log" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    with open_store(path) as store:
        assert store.schema_version() == migrations.LATEST_VERSION
        ws = store.workspace("T1")
        settings = ws.settings()
        assert (settings.name, settings.time_zone, settings.language, settings.moved_to_partner_center) == (
            "Acme",
            "Europe/Amsterdam",
            "nl",
            True,
        )
        assert settings.posting_hour == 9  # migration 3's default for existing workspaces
        assert ws.admins() == ["U1"]
        [offer] = ws.offers()
        assert (offer.name, offer.anniversary) == ("Cloud Platform", date(2024, 6, 1))
        assert ws.find_offer("cloud-platform") == offer
        assert [r.offer_id for r in sendable(store, date(2024, 5, 20))] == [offer.id]
        ws.renew_offer(offer.id, date(2024, 6, 2), actor="U1")  # the audit table of migration 2 is usable
        assert ws.audit_log()[0].action == "offer_renew"
        ws.update_settings("U1", posting_hour=6)
        assert ws.settings().posting_hour == 6
        assert store.acquire_lease("scheduler", "me", lease_seconds=60)  # migration 4's table


def test_store_open_can_stop_at_an_older_version(tmp_path):
    path = tmp_path / "partial.db"
    Store.open(path, clock=FakeClock(), target_version=1).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone() == (1,)
    with open_store(path) as store:
        assert store.schema_version() == migrations.LATEST_VERSION


def test_a_database_newer_than_the_code_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (99, 'from_the_future', ?)", [STAMP])
    before = table_dump(path)
    with pytest.raises(StorageError) as err:
        open_store(path)
    assert err.value.code == "schema_too_new"
    assert err.value.params == {"version": 99, "supported": migrations.LATEST_VERSION}
    assert table_dump(path) == before


def test_a_failing_migration_leaves_no_trace(tmp_path, monkeypatch):
    path = tmp_path / "fail.db"
    open_store(path).close()

    def broken(db):
        db["half_done"].create({"id": int}, pk="id")
        raise RuntimeError("boom")

    monkeypatch.setattr(
        migrations, "MIGRATIONS", (*migrations.MIGRATIONS, migrations.Migration(99, "broken", broken))
    )
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    with pytest.raises(RuntimeError):
        open_store(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone() == (
            len(migrations.MIGRATIONS) - 1,
        )
        assert "half_done" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


def test_threads_opening_a_new_database_at_once_apply_each_migration_once(tmp_path):
    path = tmp_path / "race.db"
    barrier = threading.Barrier(6)
    errors: list[BaseException] = []

    def opener():
        barrier.wait()
        try:
            open_store(path).close()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM schema_migrations").fetchone() == (
            migrations.LATEST_VERSION,
        )


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    with open_store(tmp_path / "p.db") as store:
        db = store.connections.connection()
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert db.execute("PRAGMA busy_timeout").fetchone() == (5000,)


def test_each_thread_gets_its_own_connection(tmp_path):
    with open_store(tmp_path / "p.db") as store:
        store.install_workspace("T1")
        seen = {}

        def grab(name):
            seen[name] = store.connections.connection().conn

        threads = [threading.Thread(target=grab, args=(i,)) for i in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        grab("main")
        assert len({id(c) for c in seen.values()}) == 4
        assert store.connections.connection().conn is seen["main"]


def test_one_store_serves_many_threads_writing_at_once(tmp_path):
    with open_store(tmp_path / "p.db") as store:
        store.install_workspace("T1")
        ws = store.workspace("T1")
        barrier = threading.Barrier(8)
        errors: list[BaseException] = []

        def writer(i):
            barrier.wait()
            try:
                for j in range(10):
                    ws.add_offer(f"Offer {i}-{j}", "competency", "2024-06-01", actor=f"U{i}")
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=writer, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert len(ws.offers()) == 80
        assert len(ws.audit_log(limit=1000)) == 80 + 1


def test_a_closed_store_refuses_further_use(tmp_path):
    store = open_store(tmp_path / "p.db")
    store.close()
    with pytest.raises((RuntimeError, sqlite3.ProgrammingError)):
        store.workspace_count()
