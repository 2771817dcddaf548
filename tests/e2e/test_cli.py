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
    """``mpn-bot ARGS`` as a real process on the test's database; fails the test on any traceback."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MPN_"))}
    env["MPN_CONSOLE_HISTORY"] = str(tmp_path / "history")
    if db is not None:
        env["MPN_DB"] = str(tmp_path / db)
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        env=env,
        cwd=tmp_path,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


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
    assert result.returncode == 2
    assert "nothing imported" in result.stderr and "line 3" in result.stderr
    with sqlite3.connect(ops_db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM offers").fetchone()[0] == 1

    good = tmp_path / "good.csv"
    good.write_text(
        "name,kind,anniversary\nSecurity,competency,2021-04-01\nKubernetes on Azure,advanced_specialization,2021-05-01\n"
    )
    result = mpn_bot(tmp_path, "import", "T1", str(good))
    assert result.returncode == 0 and "2 added" in result.stdout
    with sqlite3.connect(ops_db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM offers").fetchone()[0] == 3


def test_import_refuses_an_unknown_workspace_or_missing_file(tmp_path: Path, ops_db: Path) -> None:
    (tmp_path / "x.csv").write_text("name,kind,anniversary\n")
    unknown = mpn_bot(tmp_path, "import", "TNOPE", str(tmp_path / "x.csv"))
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == "mpn-bot import: no workspace TNOPE is installed (check the team id)"
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


def demo_offers_in(path: Path) -> list[str]:
    store = Store.open(path, clock=lambda: datetime(2021, 3, 20, tzinfo=UTC))
    try:
        return sorted(o.name for o in store.workspace(demo.TEAM).offers())
    finally:
        store.close()


def test_the_console_keeps_its_demo_in_mpn_db_or_db(tmp_path: Path) -> None:
    session = "/mpn remove Security\n:quit\n"
    result = mpn_bot(tmp_path, "console", db="from-env.db", stdin=session)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "Security" not in demo_offers_in(tmp_path / "from-env.db")
    assert "Cloud Platform" in demo_offers_in(tmp_path / "from-env.db")
    result = mpn_bot(tmp_path, "--db", str(tmp_path / "flag.db"), "console", db="from-env.db", stdin=session)
    assert result.returncode == 0 and (tmp_path / "flag.db").exists()  # --db wins over MPN_DB
    assert "Security" not in demo_offers_in(tmp_path / "flag.db")


def test_the_console_without_a_database_setting_uses_a_throwaway_one(tmp_path: Path) -> None:
    result = mpn_bot(tmp_path, "console", db=None, stdin="/mpn remove Security\n")  # then end of input
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert not (tmp_path / "mpn-bot.db").exists()


# -- issue 11: CSV as spreadsheets really write it ----------------------------------------------------


def offers_in(db: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT name, kind, anniversary FROM offers ORDER BY name_key").fetchall()


def write(tmp_path: Path, name: str, data: bytes) -> str:
    (tmp_path / name).write_bytes(data)
    return str(tmp_path / name)


def assert_plain(result: subprocess.CompletedProcess[str]) -> None:
    """Operator output in words: no internal codes, Python reprs or dict braces."""
    out = result.stdout + result.stderr
    for marker in ("{'", "StorageError", "unknown_workspace", "csv_bad", "sheet.", "date.", "Traceback"):
        assert marker not in out, out


def test_dutch_excel_file_semicolons_cp1252_day_first(tmp_path: Path, ops_db: Path) -> None:
    text = "Naam;Soort;Jubileumdatum\r\nDonnées €uro;competentie;10-3-2021\r\nKubernetes on Azure;geavanceerde specialisatie;01-05-2021\r\n"
    result = mpn_bot(tmp_path, "import", "T1", write(tmp_path, "nl.csv", text.encode("cp1252")))
    assert result.returncode == 0, result.stderr
    assert "2 added" in result.stdout and "Dutch" in result.stdout and "Windows-1252" in result.stdout
    assert_plain(result)
    assert ("Données €uro", "competency", "2021-03-10") in offers_in(ops_db)
    assert ("Kubernetes on Azure", "advanced_specialization", "2021-05-01") in offers_in(ops_db)


def test_utf16_unicode_text_file(tmp_path: Path, ops_db: Path) -> None:
    text = "name\tkind\tanniversary\r\nSécurité\tspecialization\t2021-05-01\r\n"
    result = mpn_bot(tmp_path, "import", "T1", write(tmp_path, "u16.txt", text.encode("utf-16")))
    assert result.returncode == 0, result.stderr
    assert ("Sécurité", "advanced_specialization", "2021-05-01") in offers_in(ops_db)


def test_utf8_bom_comma_file(tmp_path: Path, ops_db: Path) -> None:
    data = "\ufeffname,kind,anniversary\r\nData Analytics,competency,2021-04-01\r\n".encode()
    result = mpn_bot(tmp_path, "import", "T1", write(tmp_path, "bom.csv", data))
    assert result.returncode == 0 and "1 added" in result.stdout
    assert len(offers_in(ops_db)) == 2


def test_an_ambiguous_date_is_a_line_asking_for_iso_and_nothing_is_written(
    tmp_path: Path, ops_db: Path
) -> None:
    data = b"name,kind,anniversary\nSecurity,competency,2021-04-01\nData,competency,03/04/2021\n"
    result = mpn_bot(tmp_path, "import", "T1", write(tmp_path, "amb.csv", data))
    assert result.returncode == 2
    assert_plain(result)
    [line] = [x for x in result.stderr.splitlines() if "line 3" in x]
    assert "03/04/2021" in line and "YYYY-MM-DD" in line and "2021-04-03" in line and "2021-03-04" in line
    assert offers_in(ops_db) == [("Cloud Platform", "competency", "2021-03-10")]


NASTY = ['=HYPERLINK("x")', "+31 Security", "-dash", "@home"]


def test_formula_names_are_neutralised_in_the_export_and_round_trip(tmp_path: Path, ops_db: Path) -> None:
    store = Store.open(ops_db, clock=lambda: datetime(2021, 3, 20, tzinfo=UTC))
    for i, name in enumerate(NASTY):
        store.workspace("T1").add_offer(name, "competency", f"2021-0{i + 4}-01", actor="U1")
    store.close()
    exported = mpn_bot(tmp_path, "export", "T1")
    assert exported.returncode == 0
    lines = exported.stdout.splitlines()
    assert "'+31 Security,competency,2021-05-01" in lines and "'-dash,competency,2021-06-01" in lines
    assert not [x for x in lines[1:] if x.lstrip('"')[:1] in ("=", "+", "-", "@")]
    path = write(tmp_path, "export.csv", exported.stdout.encode())
    again = mpn_bot(tmp_path, "import", "T1", path, "--merge")
    assert again.returncode == 0, again.stderr
    assert "5 unchanged" in again.stdout and "added" not in again.stdout.replace("0 added", "")
    assert sorted(n for n, _, _ in offers_in(ops_db)) == sorted(["Cloud Platform", *NASTY])


def test_merge_adds_updates_and_reports_unchanged(tmp_path: Path, ops_db: Path) -> None:
    data = b"name,kind,anniversary\nCloud Platform,competency,2021-04-10\nSecurity,competency,2021-05-01\n"
    result = mpn_bot(tmp_path, "import", "T1", write(tmp_path, "m.csv", data), "--merge")
    assert result.returncode == 0, result.stderr
    assert "1 added" in result.stdout and "1 updated" in result.stdout
    assert "2021-03-10" in result.stdout and "2021-04-10" in result.stdout  # the change, before and after
    assert_plain(result)
    assert offers_in(ops_db) == [
        ("Cloud Platform", "competency", "2021-04-10"),
        ("Security", "competency", "2021-05-01"),
    ]


def test_replace_removes_offers_not_in_the_file(tmp_path: Path, ops_db: Path) -> None:
    data = b"name,kind,anniversary\nSecurity,competency,2021-05-01\n"
    result = mpn_bot(tmp_path, "import", "T1", write(tmp_path, "r.csv", data), "--replace")
    assert result.returncode == 0, result.stderr
    assert "1 added" in result.stdout and "1 removed" in result.stdout and "Cloud Platform" in result.stdout
    assert offers_in(ops_db) == [("Security", "competency", "2021-05-01")]
    with sqlite3.connect(ops_db) as conn:
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY id")][-2:]
    assert sorted(actions) == ["offer_import", "offer_import_remove"]


def test_merge_and_replace_are_exclusive(tmp_path: Path, ops_db: Path) -> None:
    path = write(tmp_path, "x.csv", b"name,kind,anniversary\n")
    result = mpn_bot(tmp_path, "import", "T1", path, "--merge", "--replace")
    assert result.returncode == 2 and "not allowed with" in result.stderr


def test_a_file_of_only_existing_offers_says_so(tmp_path: Path, ops_db: Path) -> None:
    data = b"name,kind,anniversary\ncloud platform,competency,2021-03-10\n"
    result = mpn_bot(tmp_path, "import", "T1", write(tmp_path, "same.csv", data))
    assert result.returncode == 0, result.stderr
    assert "the 1 offer is already tracked, unchanged; use --merge to update" in result.stdout


def test_a_changed_existing_offer_without_merge_is_refused_pointing_at_merge(
    tmp_path: Path, ops_db: Path
) -> None:
    data = b"name,kind,anniversary\nCloud Platform,competency,2021-04-10\n"
    result = mpn_bot(tmp_path, "import", "T1", write(tmp_path, "chg.csv", data))
    assert result.returncode == 2 and "--merge" in result.stderr and "line 2" in result.stderr
    assert_plain(result)
    assert offers_in(ops_db) == [("Cloud Platform", "competency", "2021-03-10")]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde", "not a text"),
        (b"name,kind,anniversary\n" + b"Offer,competency,2021-03-10\n" * 400_000, "MB"),
    ],
    ids=["empty", "png", "10MB"],
)  # fmt: skip
def test_files_that_are_not_offer_lists_get_one_line_and_exit_2(
    tmp_path: Path, ops_db: Path, data: bytes, words: str
) -> None:
    result = mpn_bot(tmp_path, "import", "T1", write(tmp_path, "f.csv", data))
    assert result.returncode == 2
    assert_plain(result)
    assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr
    assert offers_in(ops_db) == [("Cloud Platform", "competency", "2021-03-10")]


def test_replace_with_a_file_without_offers_is_refused(tmp_path: Path, ops_db: Path) -> None:
    result = mpn_bot(
        tmp_path, "import", "T1", write(tmp_path, "h.csv", b"name,kind,anniversary\n"), "--replace"
    )
    assert result.returncode == 2 and "no offers" in result.stderr
    assert offers_in(ops_db) == [("Cloud Platform", "competency", "2021-03-10")]


def test_export_of_an_unknown_team_is_one_plain_line(tmp_path: Path, ops_db: Path) -> None:
    result = mpn_bot(tmp_path, "export", "TNOPE")
    assert result.returncode == 2
    assert result.stderr.strip() == "mpn-bot export: no workspace TNOPE is installed (check the team id)"


# -- operator errors: one line naming the file and what to do, exit 2, no traceback, no file created --------


def _future_db(tmp_path: Path) -> Path:
    path = tmp_path / "future.db"
    Store.open(path, clock=lambda: datetime(2021, 3, 20, tzinfo=UTC)).close()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO schema_migrations VALUES (99, 'from_the_future', '2030-01-01T00:00:00+00:00')"
        )
    return path


@pytest.mark.parametrize(
    "args",
    [("export", "T1"), ("backup", "copy.db"), ("sweep", "--dry-run")],
    ids=["export", "backup", "sweep"],
)
def test_read_only_commands_never_create_a_database(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = mpn_bot(tmp_path, "--db", str(tmp_path / "mistyped.db"), *args)
    assert result.returncode == 2 and "there is no database at" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "mistyped.db").exists() and not (tmp_path / "copy.db").exists()


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("garbage", "is not an mpn-bot database"),
        ("truncated", "is not an mpn-bot database"),
        ("future", "was written by a newer mpn-bot"),
        ("no-folder", "its folder does not exist"),
    ],
)
@pytest.mark.parametrize(
    "args",
    [
        ("export", "T1"),
        ("backup", "copy.db"),
        ("sweep", "--dry-run"),
        ("console",),
        ("import", "T1", "x.csv"),
    ],
    ids=["export", "backup", "sweep", "console", "import"],
)
def test_an_unusable_database_is_one_line_and_exit_2(
    tmp_path: Path, setup: str, expected: str, args: tuple[str, ...]
) -> None:
    (tmp_path / "x.csv").write_text("name,kind,anniversary\nSecurity,competency,2021-09-15\n")
    if setup == "garbage":
        db = tmp_path / "bad.db"
        db.write_bytes(b"this is a spreadsheet, not a database\n" * 200)
    elif setup == "truncated":
        good = _future_db(tmp_path)  # any real database file, then cut short
        db = tmp_path / "cut.db"
        db.write_bytes(good.read_bytes()[:1500])
    elif setup == "future":
        db = _future_db(tmp_path)
    else:
        db = tmp_path / "no" / "such" / "folder" / "x.db"
        if args[0] in ("export", "backup", "sweep"):
            expected = "there is no database at"
    result = mpn_bot(tmp_path, "--db", str(db), *args, stdin=":quit\n")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert expected in result.stderr and str(db) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "2021-02-30", "soon"])
def test_sweep_dates_out_of_range_or_unreadable_are_refused(tmp_path: Path, ops_db: Path, day: str) -> None:
    result = mpn_bot(tmp_path, "sweep", "--date", day, "--dry-run")
    assert result.returncode == 2 and "--date" in result.stderr and "{" not in result.stderr
