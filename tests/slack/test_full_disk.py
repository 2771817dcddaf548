"""A full disk (or a read-only database) under a running bot: the person is told nothing was saved and
whom to tell, in their language; the operator gets one line saying what to fix; nothing half-saved stays
behind, and reading still works.

SQLite's own limit stands in for the disk: ``PRAGMA max_page_count`` at the file's current size makes the
next write that needs a page fail with SQLITE_FULL, "database or disk is full", exactly as a full disk does.
"""

from __future__ import annotations

import logging

import pytest

from tests.harness import PARTNER, TEAM, Harness


def _fill_the_disk(bot: Harness) -> None:
    conn = bot.store.connections.connection().conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_change_on_a_full_disk_is_refused_in_words_and_leaves_nothing_half_saved(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    bot.command("add Cloud Platform 2021-03-10", user=PARTNER)
    _fill_the_disk(bot)
    refused = None
    for i in range(60):  # each add needs rows in three tables: the file's free pages run out soon
        before = [(o.name, o.anniversary) for o in bot.store.workspace(TEAM).offers()]
        with caplog.at_level(logging.ERROR):
            answer = bot.command(f"add Offer {i} {'x' * 60} 2021-05-01", user=PARTNER)
        if "Added" not in answer.text:
            refused = answer.text
            break
    assert refused is not None, "the file never filled up"
    assert "no disk space left" in refused and "Nothing was changed" in refused, refused
    assert "Traceback" not in refused and "OperationalError" not in refused
    assert [(o.name, o.anniversary) for o in bot.store.workspace(TEAM).offers()] == before
    (line,) = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "the disk holding the database is full" in line.getMessage() and line.exc_info is None
    assert "Cloud Platform" in bot.command("status", user=PARTNER).text  # asking still works


def test_the_operator_and_the_user_words_come_from_one_reading_of_the_fault() -> None:
    """``storage.outage`` reads sqlite3's and the OS's texts once for the CLI and for requests."""
    import errno
    import sqlite3

    from storage import StorageError, outage

    assert outage(sqlite3.OperationalError("database or disk is full")) == "disk_full"
    assert outage(OSError(errno.ENOSPC, "No space left on device")) == "disk_full"
    assert outage(sqlite3.OperationalError("attempt to write a readonly database")) == "read_only"
    assert outage(StorageError("database_busy")) == "locked"
    assert outage(sqlite3.DatabaseError("file is not a database")) == "damaged"
    assert outage(ValueError("database or disk is full")) is None  # a bug's text is no fault of the disk
    assert outage(sqlite3.OperationalError("no such table: offers")) is None
