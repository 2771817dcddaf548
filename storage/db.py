"""``Connections``: the SQLite file, its per-thread connections, its transactions and its clock.

Every other storage module reaches SQLite through this one object, so the rules that keep the data whole
live in one place. Each thread gets its own connection (Bolt listeners and APScheduler jobs run on pool
threads, and an ``sqlite3.Connection`` must not be used by two threads at once). Every write is one
``BEGIN IMMEDIATE`` transaction, so a write either lands whole or not at all, even if the process is killed
mid-way, and a read-then-write (a claim, a renewal) cannot interleave with another process's.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlite_utils import Database

from storage.errors import StorageError

BUSY_TIMEOUT_MS = 5000
#: Reads remembered per thread (``Connections.cached``): enough for every workspace a busy thread serves.
CACHED_READS_PER_THREAD = 512
T = TypeVar("T")


class Connections:
    """One database file shared by the threads of a process. ``Store`` owns one; the per-aggregate
    modules borrow it."""

    def __init__(self, path: str | Path, clock: Callable[[], datetime]) -> None:
        self._path = str(path)
        self._clock = clock
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: dict[threading.Thread, Database] = {}
        self._writer: sqlite3.Connection | None = None  # ``write_statement``'s own connection
        self._writer_lock = threading.Lock()
        self._closed = False

    def connection(self) -> Database:
        """This thread's connection, created on first use (WAL, foreign keys, busy timeout)."""
        db = self._connection()
        local = self._local
        if getattr(local, "busy_ms", BUSY_TIMEOUT_MS) != BUSY_TIMEOUT_MS and not local.depth:
            db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")  # left by ``waiting_at_most``
            local.busy_ms = BUSY_TIMEOUT_MS
        return db

    def _connection(self) -> Database:
        db: Database | None = getattr(self._local, "db", None)
        if db is not None:
            return db
        if self._closed:
            raise RuntimeError("Store is closed")
        conn = self._connect()
        db = Database(conn, execute_plugins=False)
        _enable_wal(db)
        with self._lock:
            for thread in [t for t in self._connections if not t.is_alive()]:
                self._connections.pop(thread).close()
            self._connections[threading.current_thread()] = db
        self._local.db = db
        self._local.busy_ms = BUSY_TIMEOUT_MS
        self._local.cache = None
        return db

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self._path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,  # no implicit transactions: every transaction is explicit below
            check_same_thread=False,  # used by one thread at a time, but close() may run on another
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
        return conn

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Close every thread's connection. Nothing can use the file through this object afterwards."""
        with self._lock:
            self._closed = True
            for db in self._connections.values():
                db.close()
            self._connections.clear()
        with self._writer_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
        self._local = threading.local()

    # -- time ----------------------------------------------------------------------------------------

    def now(self) -> datetime:
        """The injected clock's time in UTC: storage never reads the system clock, so tests can move it."""
        now = self._clock()
        if not isinstance(now, datetime) or now.utcoffset() is None:
            raise ValueError("the clock must return an aware datetime")
        return now.astimezone(UTC)

    def stamp(self, at: datetime | None = None) -> str:
        """ISO UTC text with a fixed width, so text order is time order (leases compare stamps in SQL)."""
        return (at or self.now()).isoformat(timespec="microseconds")

    # -- transactions ----------------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction: ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any exception.

        IMMEDIATE takes the write lock up front, so a read-then-write inside cannot be overtaken by another
        process between its read and its write. Nesting is refused rather than flattened: an inner
        "transaction" that silently joined the outer one would commit nothing on its own.
        """
        db = self.connection()
        conn = db.conn
        if conn.in_transaction:
            raise RuntimeError("storage write transactions do not nest")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StorageError("database_busy", {}, str(exc)) from exc
        try:
            yield db
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def write_statement(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        """One write statement that is its own transaction, and the rows it returns (``RETURNING``).

        Outside ``BEGIN`` SQLite runs a statement atomically, takes the write lock itself (waiting up to
        the busy timeout) and commits it, synced (``synchronous = FULL``), once its last row has been read
        (not before: this reads them all before returning):
        the same guarantees as ``write`` for one statement, without the ``BEGIN`` and ``COMMIT`` statements
        around it. For the sweep's group commit, where every statement hands the interpreter lock to other
        threads and waits to get it back.

        These statements run on one connection of their own, whichever thread commits: SQLite drops a
        connection's page cache whenever another connection wrote since its last transaction, so the
        sweep's committing threads, taking turns on their own connections, each read the ledger's pages
        back from the file before every commit. Its own commits keep its cache.
        """
        if self.connection().conn.in_transaction:
            raise RuntimeError("storage write transactions do not nest")
        with self._writer_lock:
            conn = self._writer
            if conn is None:
                if self._closed:
                    raise RuntimeError("Store is closed")
                conn = self._writer = self._connect()
            try:
                return conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise StorageError("database_busy", {}, str(exc)) from exc
                raise

    @contextmanager
    def waiting_at_most(self, milliseconds: int) -> Iterator[None]:
        """Within this block, this thread's statements wait at most ``milliseconds`` for another
        connection's lock (instead of ``BUSY_TIMEOUT_MS``), then a write raises ``database_busy``.

        A Slack request must be answered within 3 s: waiting the full busy timeout for a lock another
        process holds would let Slack show its own timeout instead of the bot's "busy, try again" reply.
        The setting is only sent to SQLite when it changes: a server's request threads stay inside such
        blocks, and every statement hands the GIL to the other threads (a context switch each under load).
        Outside the block, this thread's next ``connection()`` puts the default back first.
        """
        db = self._connection()  # not ``connection()``: it would put the default back first
        local = self._local
        outer = getattr(local, "busy_ms", BUSY_TIMEOUT_MS)
        if outer != milliseconds:
            db.conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
            local.busy_ms = milliseconds
        local.depth = getattr(local, "depth", 0) + 1
        try:
            yield
        finally:
            local.depth -= 1
            if local.depth and outer != milliseconds:  # back to an enclosing block's own setting
                db.conn.execute(f"PRAGMA busy_timeout = {int(outer)}")
                local.busy_ms = outer

    def cached(self, key: Hashable, load: Callable[[Database], T]) -> T:
        """``load(db)`` remembered on this thread's connection until the database changes: a read that every
        request makes (a workspace's settings and offers) costs one statement instead of one per row.

        Never stale: the remembered value is used only while ``PRAGMA data_version`` (which moves whenever
        any other connection, in this process or another, commits) and this connection's own
        ``total_changes`` are what they were when it was read. Inside a transaction it reads directly.
        ``load`` must return something immutable (frozen rows, tuples): every caller shares it.
        """
        db = self.connection()
        conn = db.conn
        if conn.in_transaction:
            return load(db)
        stamp = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        local = self._local
        cache: OrderedDict[Hashable, tuple[tuple[int, int], object]] | None = getattr(local, "cache", None)
        if cache is None:
            cache = local.cache = OrderedDict()
        hit = cache.get(key)
        if hit is not None and hit[0] == stamp:
            cache.move_to_end(key)
            return hit[1]  # type: ignore[return-value]
        value = load(db)
        cache[key] = (stamp, value)
        cache.move_to_end(key)
        while len(cache) > CACHED_READS_PER_THREAD:
            cache.popitem(last=False)
        return value

    @contextmanager
    def read(self) -> Iterator[Database]:
        """A read transaction, so several SELECTs see one snapshot; inside a write it joins the write."""
        db = self.connection()
        conn = db.conn
        if conn.in_transaction:
            yield db
            return
        conn.execute("BEGIN")
        try:
            yield db
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")


class HasConnections(Protocol):
    """Anything that owns the database's ``Connections`` (``Store``): what a workspace handle is built from,
    so the handle need not import ``Store`` (which imports the handle)."""

    @property
    def connections(self) -> Connections: ...


def _enable_wal(db: Database) -> None:
    """Switch the file to WAL (persistent, so only the first connection ever does it).

    Changing the journal mode needs the file to itself and SQLite answers "database is locked" at once,
    without the busy handler, while another connection has it open: several threads or processes opening a
    new file together all race here. Retry for up to the busy timeout (counted in sleeps, not read from a
    clock).
    """
    step = 0.01
    for attempt in range(int(BUSY_TIMEOUT_MS / 1000 / step) + 1):
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            if attempt * step * 1000 >= BUSY_TIMEOUT_MS:
                raise StorageError("database_busy", {}, str(exc)) from exc
            time.sleep(step)
