"""The command line: backup, import, export, --version and the console's database (real subprocesses on
real database files)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.local import demo
from storage import Store

pytestmark = pytest.mark.slow


def mpn_bot(
    tmp_path: Path, *args: str, db: str | None = "ops.db", stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MPN_"))}
    env["MPN_CONSOLE_HISTORY"] = str(tmp_path / "history")
    if db is not None:
        env["MPN_DB"] = str(tmp_path / db)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        env=env,
        cwd=tmp_path,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def ops_db(tmp_path: Path) -> Path:
    store = Store.open(tmp_path / "ops.db", clock=lambda: datetime(2021, 3, 20, tzinfo=UTC))
    store.install_workspace("T1", name="Contoso")
    store.workspace("T1").add_offer("Cloud Platform", "competency", "2021-03-10", actor="U1")
    store.close()
    return tmp_path / "ops.db"


def test_export_prints_the_workspaces_offers_as_csv(tmp_path: Path, ops_db: Path) -> None:
    result = mpn_bot(tmp_path, "export", "T1")
    assert result.returncode == 0
    assert result.stdout.splitlines() == ["name,kind,anniversary", "Cloud Platform,competency,2021-03-10"]


def test_import_writes_all_rows_or_none_with_a_per_line_report(tmp_path: Path, ops_db: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,kind,anniversary\nSecurity,competency,2021-04-01\nData,certification,2021-02-30\n")
    result = mpn_bot(tmp_path, "import", "T1", str(bad))
    assert result.returncode == 1
    assert "nothing imported" in result.stderr and "line 3" in result.stderr
    with sqlite3.connect(ops_db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM offers").fetchone()[0] == 1

    good = tmp_path / "good.csv"
    good.write_text(
        "name,kind,anniversary\nSecurity,competency,2021-04-01\nKubernetes on Azure,advanced_specialization,2021-05-01\n"
    )
    result = mpn_bot(tmp_path, "import", "T1", str(good))
    assert result.returncode == 0 and "imported 2 offer(s)" in result.stdout
    with sqlite3.connect(ops_db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM offers").fetchone()[0] == 3


def test_import_refuses_an_unknown_workspace_or_missing_file(tmp_path: Path, ops_db: Path) -> None:
    (tmp_path / "x.csv").write_text("name,kind,anniversary\n")
    unknown = mpn_bot(tmp_path, "import", "TNOPE", str(tmp_path / "x.csv"))
    assert unknown.returncode == 2 and "unknown_workspace" in unknown.stderr
    missing = mpn_bot(tmp_path, "import", "T1", str(tmp_path / "missing.csv"))
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    assert "Traceback" not in unknown.stderr + missing.stderr


def test_backup_is_an_openable_copy(tmp_path: Path, ops_db: Path) -> None:
    result = mpn_bot(tmp_path, "backup", str(tmp_path / "copy.db"))
    assert result.returncode == 0
    with sqlite3.connect(tmp_path / "copy.db") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [r[0] for r in conn.execute("SELECT name FROM offers")] == ["Cloud Platform"]


def test_version_prints_the_package_version(tmp_path: Path) -> None:
    from importlib.metadata import version

    result = mpn_bot(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"mpn-bot {version('mpn-bot')}"


def offers_in(path: Path) -> list[str]:
    store = Store.open(path, clock=lambda: datetime(2021, 3, 20, tzinfo=UTC))
    try:
        return sorted(o.name for o in store.workspace(demo.TEAM).offers())
    finally:
        store.close()


def test_the_console_keeps_its_demo_in_mpn_db_or_db(tmp_path: Path) -> None:
    session = "/mpn remove Security\n:quit\n"
    result = mpn_bot(tmp_path, "console", db="from-env.db", stdin=session)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "Security" not in offers_in(tmp_path / "from-env.db")
    assert "Cloud Platform" in offers_in(tmp_path / "from-env.db")
    result = mpn_bot(tmp_path, "--db", str(tmp_path / "flag.db"), "console", db="from-env.db", stdin=session)
    assert result.returncode == 0 and (tmp_path / "flag.db").exists()  # --db wins over MPN_DB
    assert "Security" not in offers_in(tmp_path / "flag.db")


def test_the_console_without_a_database_setting_uses_a_throwaway_one(tmp_path: Path) -> None:
    result = mpn_bot(tmp_path, "console", db=None, stdin="/mpn remove Security\n")  # then end of input
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert not (tmp_path / "mpn-bot.db").exists()
