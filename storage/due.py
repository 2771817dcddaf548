"""The reminder sweep's reads.

A tick plans with one read across workspaces, ``due_workspaces(now)``: one range scan over the partial
index ``offer_reminders_open`` (open rows by ``due_at``, the first UTC instant the workspace is served on
the due day; ``date_reminders`` keeps it exact), answering only *which* workspaces have something open and
due by now, grouped by time zone and posting hour (the only settings the local date depends on). A tick
where everything is sent reads an empty index range. The rows themselves, with their ledger state, are
read per workspace when the sweep serves it (``workspace_reminders``: the workspace's offers by index, a few
rows each), so a tick never holds every due row of every workspace at once.

``unsettled_reminders`` (a range of due days, whatever the posting hour) finds the workspaces for a sweep
on a given date (``mpn-bot sweep --date``) and serves the tests.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from rules import MPN_2021
from storage.models import DueReminderRow
from storage.rows import KINDS, REMINDER_KINDS
from storage.validation import clean_date

#: How many days a reminder can stay sendable after it fell due, under the policy whose dates are stored.
#: The sweep scans ``due_on`` back this far: MPN_2021 gives 15 (the -15 reminder, meaningful until the
#: anniversary; the +23 one is meaningful for 7 more days, until the last day to renew).
MAX_SENDABLE_SPAN_DAYS = max(rule.meaningful_until_days - rule.offset_days for rule in MPN_2021.reminders)

# The columns of a ``DueReminderRow``, in the order the row is built from (``offer_reminders`` as ``r``,
# ``offers`` as ``o``, ``reminder_ledger`` as ``l``).
_SELECT_ROWS = """
SELECT r.team_id, r.offer_id, o.name, o.kind, r.anniversary, r.kind, r.due_on, r.meaningful_until,
       l.status, coalesce(l.attempts, 0), l.last_error, coalesce(r.dated_at > r.due_at, 0),
       CASE WHEN l.status = 'failed' THEN l.updated_at END
"""


# Every unsettled reminder (never claimed, claimed, failed) falling due in a range of days, whether or not it
# is still worth sending: the sweep decides per workspace, by that workspace's own local date, which rows to
# post, which to leave for later and which are stale. Covered by the ``offer_reminders_due`` index.
_UNSETTLED_SQL = (
    _SELECT_ROWS
    + """FROM offer_reminders AS r
JOIN offers AS o ON o.id = r.offer_id
LEFT JOIN reminder_ledger AS l
       ON l.offer_id = r.offer_id AND l.anniversary = r.anniversary AND l.kind = r.kind
WHERE r.due_on BETWEEN :due_from AND :due_to
  AND (l.status IS NULL OR l.status IN ('claimed', 'failed')){team_filter}
ORDER BY r.due_on, r.meaningful_until, r.team_id, r.offer_id, r.kind
""".strip()
)
_TEAM_FILTER = "\n  AND r.team_id IN (SELECT value FROM json_each(:team_ids))"


def unsettled_sql(*, team_filter: bool = False) -> str:
    """The query ``unsettled_reminders`` runs (named parameters ``:due_from``, ``:due_to`` and, with
    ``team_filter``, ``:team_ids`` as a JSON array): public so tests and the benchmark can EXPLAIN and time
    the bare SQL the product runs, not a copy of it."""
    return _UNSETTLED_SQL.format(team_filter=_TEAM_FILTER if team_filter else "")


def unsettled_params(due_from: date, due_to: date, team_ids: list[str] | None = None) -> dict[str, str]:
    params = {"due_from": due_from.isoformat(), "due_to": due_to.isoformat()}
    if team_ids is not None:
        params["team_ids"] = json.dumps(team_ids)
    return params


def unsettled_reminders(
    db: Database, due_from: date, due_to: date, *, team_ids: Iterable[str] | None = None
) -> list[DueReminderRow]:
    """Every reminder of every offer's current cycle with ``due_from <= due_on <= due_to`` that is not yet
    sent or skipped (no ledger row, or 'claimed' or 'failed'), whether or not it is still sendable; oldest
    due first."""
    first, last = clean_date(due_from), clean_date(due_to)
    teams = None if team_ids is None else list(team_ids)
    if (teams is not None and not teams) or first > last:
        return []
    cursor = db.execute(unsettled_sql(team_filter=teams is not None), unsettled_params(first, last, teams))
    return _due_rows(cursor)


def _due_rows(cursor: sqlite3.Cursor) -> list[DueReminderRow]:
    """``DueReminderRow`` values from a cursor over ``_UNSETTLED_SQL`` or ``_WORKSPACE_SQL`` (each
    distinct date text parsed once: a busy day has many rows but only a few dozen distinct dates)."""
    kinds, reminder_kinds, day = KINDS, REMINDER_KINDS, _day
    return [
        DueReminderRow(
            team_id, offer_id, name, kinds[kind], day(anniversary), reminder_kinds[rkind],
            day(due_on), day(until), status, attempts, last_error, bool(late_dated),
            None if failed_at is None else datetime.fromisoformat(failed_at),
        )
        for (
            team_id, offer_id, name, kind, anniversary, rkind, due_on, until, status, attempts, last_error,
            late_dated, failed_at,
        ) in cursor.fetchall()
    ]  # fmt: skip


@lru_cache(maxsize=4096)
def _day(text: str) -> date:
    return date.fromisoformat(text)


# -- the open reminders: what a tick reads ----------------------------------------------------------------

#: The partial index and the triggers of migration 5 (``migrations._open_reminders``). ``open`` is 0 exactly
#: when the ledger holds 'sent' or 'skipped' for the row's (offer, anniversary, kind): the ledger's own
#: writes flip it, in their transaction, whatever code writes the ledger (the sweep's group commit, a skip,
#: an undo restoring rows). A row inserted without ``due_at`` or ``dated_at`` gets a conservative
#: ``due_at`` (the due day's 00:00 at UTC+14, the earliest any zone reaches it), its offer's creation time,
#: the copies ``date_reminders`` keeps, and ``open`` from the ledger.
OPEN_REMINDERS_SCHEMA = (
    """CREATE INDEX offer_reminders_open ON offer_reminders
       (due_at, team_id, due_on, meaningful_until, offer_id, kind, anniversary, dated_at, offer_name,
        offer_kind, time_zone, posting_hour) WHERE open = 1""",
    """CREATE TRIGGER offer_reminders_undated AFTER INSERT ON offer_reminders
       WHEN NEW.due_at IS NULL OR NEW.dated_at IS NULL
       BEGIN
         UPDATE offer_reminders SET
           due_at = coalesce(NEW.due_at,
                             strftime('%Y-%m-%dT%H:%M:%S.000000+00:00', NEW.due_on, '-14 hours')),
           dated_at = coalesce(NEW.dated_at, (SELECT created_at FROM offers WHERE id = NEW.offer_id)),
           offer_name = (SELECT name FROM offers WHERE id = NEW.offer_id),
           offer_kind = (SELECT kind FROM offers WHERE id = NEW.offer_id),
           time_zone = (SELECT time_zone FROM workspaces WHERE team_id = NEW.team_id),
           posting_hour = (SELECT posting_hour FROM workspaces WHERE team_id = NEW.team_id),
           open = NOT EXISTS (SELECT 1 FROM reminder_ledger AS l WHERE l.offer_id = NEW.offer_id
                              AND l.anniversary = NEW.anniversary AND l.kind = NEW.kind
                              AND l.status IN ('sent', 'skipped'))
         WHERE offer_id = NEW.offer_id AND kind = NEW.kind;
       END""",
    """CREATE TRIGGER reminder_ledger_opens AFTER INSERT ON reminder_ledger
       BEGIN
         UPDATE offer_reminders SET open = NEW.status NOT IN ('sent', 'skipped')
         WHERE offer_id = NEW.offer_id AND kind = NEW.kind AND anniversary = NEW.anniversary
           AND open IS NOT (NEW.status NOT IN ('sent', 'skipped'));
       END""",
    """CREATE TRIGGER reminder_ledger_reopens AFTER UPDATE OF status ON reminder_ledger
       BEGIN
         UPDATE offer_reminders SET open = NEW.status NOT IN ('sent', 'skipped')
         WHERE offer_id = NEW.offer_id AND kind = NEW.kind AND anniversary = NEW.anniversary
           AND open IS NOT (NEW.status NOT IN ('sent', 'skipped'));
       END""",
    """CREATE TRIGGER reminder_ledger_forgets AFTER DELETE ON reminder_ledger
       BEGIN
         UPDATE offer_reminders SET open = 1
         WHERE offer_id = OLD.offer_id AND kind = OLD.kind AND anniversary = OLD.anniversary AND open = 0;
       END""",
)


@lru_cache(maxsize=1024)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def stamp(at: datetime) -> str:
    """UTC ISO text of fixed width, as ``db.Connections.stamp`` writes it (text order is time order)."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


@lru_cache(maxsize=65536)
def posting_instant(day: date, time_zone: str, posting_hour: int) -> datetime:
    """The first UTC instant at which a workspace in ``time_zone`` posting from ``posting_hour`` is served
    on local date ``day``: that wall-clock time, or, when it falls in a DST gap (a 02:00 that does not
    exist), the instant the gap starts; when it happens twice, the first time. Never later than the sweep's
    own ``bot.reminders.timing.sweep_day`` says ``day`` is reached (tested over every zone)."""
    wall = datetime.combine(day, time(posting_hour))
    zone = _zone(time_zone)
    return min(wall.replace(tzinfo=zone, fold=fold).astimezone(UTC) for fold in (0, 1))


def date_reminders(db: Database, team_id: str | None = None, offer_ids: Iterable[int] | None = None) -> None:
    """Set what the tick reads from the open-reminders index alone, for the reminder rows of one workspace
    (or of every workspace), optionally only of some of its offers: the exact ``due_at`` from the
    workspace's time zone and posting hour, copies of those two, and of the offer's name and kind. Called
    in the transaction that inserted the rows or changed the offer or those settings."""
    sql = (
        "SELECT r.rowid, w.time_zone, w.posting_hour, r.due_on, o.name, o.kind FROM offer_reminders AS r "
        "JOIN workspaces AS w ON w.team_id = r.team_id JOIN offers AS o ON o.id = r.offer_id"
    )
    params: list[Any] = []
    if team_id is not None:
        sql += " WHERE r.team_id = ?"
        params.append(team_id)
        if offer_ids is not None:
            sql += " AND r.offer_id IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(offer_ids)))
    updates = [
        (stamp(posting_instant(date.fromisoformat(due_on), zone, hour)), zone, hour, name, kind, rowid)
        for rowid, zone, hour, due_on, name, kind in db.execute(sql, params).fetchall()
    ]
    db.conn.executemany(
        "UPDATE offer_reminders SET due_at = ?, time_zone = ?, posting_hour = ?, offer_name = ?, "
        "offer_kind = ? WHERE rowid = ?",
        updates,
    )


# The tick's read: which workspaces have an open row whose workspace has been served on its due day by
# ``:now`` (``due_at``), due on or after ``:due_from`` (older rows are never looked at again, as with
# ``unsettled_reminders``), grouped by the workspace's time zone and posting hour, the only settings its local
# date depends on (copies kept in the index by ``date_reminders``). Only the partial index is read: ``open``
# is 0 exactly when the ledger holds 'sent' or 'skipped', so the ledger itself is not joined here (at
# 2,000,000 offers its lookups were most of the old read); each workspace's rows and their ledger state are
# read when it is served. One output row per (time zone, posting hour), the team ids as a JSON array (a team
# with several open rows appears once per row): the read makes no Python object per reminder or per
# workspace.
_DUE_SQL = """
SELECT r.time_zone, r.posting_hour, json_group_array(r.team_id)
FROM offer_reminders AS r INDEXED BY offer_reminders_open
WHERE r.open = 1 AND r.due_at > :since AND r.due_at <= :now AND r.due_on >= :due_from
GROUP BY r.time_zone, r.posting_hour
""".strip()


def due_sql() -> str:
    """The query ``due_workspaces`` runs (``:since``, ``:now``, ``:due_from``): public so tests and the
    benchmark can EXPLAIN and time the bare SQL the product runs."""
    return _DUE_SQL


def due_params(now: datetime, due_from: date) -> dict[str, str]:
    # due_at is never before the due day's 00:00 at UTC+14, i.e. 10:00 UTC the day before
    since = datetime.combine(due_from - timedelta(days=2), time(), tzinfo=UTC)
    return {"since": stamp(since), "now": stamp(now), "due_from": clean_date(due_from).isoformat()}


def due_workspaces(db: Database, now: datetime, due_from: date) -> list[tuple[str, int, list[str]]]:
    """Every workspace with an open reminder (never claimed, claimed or failed) due on or after
    ``due_from`` whose posting hour on the due day has been reached by ``now``, as ``(time zone, posting
    hour, team ids)`` groups, each team once. Whether it is sendable, stale or (a row dated early, see
    ``OPEN_REMINDERS_SCHEMA``) not due yet on the workspace's local date is the sweep's call when it serves
    the workspace (``workspace_reminders``)."""
    return [
        (zone, hour, list(dict.fromkeys(json.loads(teams))))
        for zone, hour, teams in db.execute(_DUE_SQL, due_params(now, due_from)).fetchall()
    ]


# One workspace's open rows as the sweep serves it: its offers by ``offers_team_name_key``, their reminder
# rows by primary key, the ledger state by primary key; fresh at the moment the workspace is served (the
# offer's own name and kind, not the index's copies). ``{due}`` is the tick's ``r.due_at <= :now`` (served
# by now on the due day) or, for a given date, ``r.due_on <= :due_to``.
_WORKSPACE_SQL = (
    _SELECT_ROWS
    + """FROM offers AS o
JOIN offer_reminders AS r ON r.offer_id = o.id
LEFT JOIN reminder_ledger AS l
       ON l.offer_id = r.offer_id AND l.anniversary = r.anniversary AND l.kind = r.kind
WHERE o.team_id = :team_id AND r.team_id = :team_id AND r.open = 1 AND r.due_on >= :due_from AND {due}
ORDER BY r.due_on, r.meaningful_until, r.offer_id, r.kind
""".strip()
)


def workspace_sql(*, tick: bool = True) -> str:
    """The query ``workspace_reminders`` runs: public so tests can EXPLAIN it."""
    return _WORKSPACE_SQL.format(due="r.due_at <= :now" if tick else "r.due_on <= :due_to")


def workspace_reminders(
    db: Database, team_id: str, *, due_from: date, now: datetime | None = None, due_to: date | None = None
) -> list[DueReminderRow]:
    """One workspace's open reminders due on or after ``due_from``: for a tick (``now``) those whose
    posting hour on the due day has been reached by ``now``, for a given date those due by ``due_to``;
    oldest due first, with the ledger state as it is now."""
    if (now is None) == (due_to is None):
        raise ValueError("give either now (a tick) or due_to (a given date)")
    params: dict[str, Any] = {"team_id": team_id, "due_from": clean_date(due_from).isoformat()}
    if now is not None:
        params["now"] = stamp(now)
    else:
        assert due_to is not None
        params["due_to"] = clean_date(due_to).isoformat()
    return _due_rows(db.execute(workspace_sql(tick=now is not None), params))


# Several workspaces' settings and open rows (``_WORKSPACE_SQL``) in one statement, as the sweep serves
# them: each settings row left-joined to its materialised rows, so a workspace with nothing open still
# answers its settings (one row of NULLs after them) and an uninstalled one answers nothing. ``:team_ids``
# is a JSON array.
_SERVING_SQL = """
SELECT w.team_id, w.enterprise_id, w.name, w.time_zone, w.language, w.reminder_channel,
       w.moved_to_partner_center, w.posting_hour,
       x.offer_id, x.name, x.kind, x.anniversary, x.rkind, x.due_on, x.meaningful_until, x.status, x.attempts,
       x.last_error, x.late_dated, x.failed_at
FROM workspaces AS w
LEFT JOIN (
    SELECT o.team_id AS tid, r.offer_id, o.name, o.kind, r.anniversary, r.kind AS rkind, r.due_on,
           r.meaningful_until, l.status, coalesce(l.attempts, 0) AS attempts, l.last_error,
           coalesce(r.dated_at > r.due_at, 0) AS late_dated,
           CASE WHEN l.status = 'failed' THEN l.updated_at END AS failed_at
    FROM offers AS o
    JOIN offer_reminders AS r ON r.offer_id = o.id
    LEFT JOIN reminder_ledger AS l
           ON l.offer_id = r.offer_id AND l.anniversary = r.anniversary AND l.kind = r.kind
    WHERE o.team_id IN (SELECT value FROM json_each(:team_ids)) AND r.team_id = o.team_id AND r.open = 1
      AND r.due_on >= :due_from AND {due}
) AS x ON x.tid = w.team_id
WHERE w.team_id IN (SELECT value FROM json_each(:team_ids))
ORDER BY w.team_id, x.due_on, x.meaningful_until, x.offer_id, x.rkind
""".strip()
_SERVING = {
    tick: _SERVING_SQL.format(due="r.due_at <= :now" if tick else "r.due_on <= :due_to") for tick in (1, 0)
}


def serving_sql(*, tick: bool = True) -> str:
    """The query ``workspaces_serving`` runs: public so tests can EXPLAIN it."""
    return _SERVING[tick]


def workspaces_serving(
    conn: sqlite3.Connection,
    team_ids: Sequence[str],
    *,
    due_from: date,
    now: datetime | None = None,
    due_to: date | None = None,
) -> dict[str, tuple[tuple[Any, ...], list[DueReminderRow]]]:
    """``workspace_reminders`` of several workspaces, each with its settings row (``rows.WORKSPACE_COLUMNS``),
    read together in one statement, by team id; a workspace not installed (any more) is left out.

    The sweep reads both for every workspace it serves, fresh: a worker reads the few it is about to serve
    at once, because every statement hands the interpreter lock to the threads doing HTTP and waits to get
    it back, and at thousands of posts that wait, not SQLite, is what a read costs."""
    if (now is None) == (due_to is None):
        raise ValueError("give either now (a tick) or due_to (a given date)")
    if not team_ids:
        return {}
    params: dict[str, Any] = {
        "team_ids": json.dumps(list(team_ids)),
        "due_from": clean_date(due_from).isoformat(),
    }
    if now is not None:
        params["now"] = stamp(now)
    else:
        assert due_to is not None
        params["due_to"] = clean_date(due_to).isoformat()
    out: dict[str, tuple[tuple[Any, ...], list[DueReminderRow]]] = {}
    kinds, reminder_kinds, day = KINDS, REMINDER_KINDS, _day
    for found in conn.execute(_SERVING[now is not None], params).fetchall():
        team_id = found[0]
        served = out.get(team_id)
        if served is None:
            served = out[team_id] = (found[:8], [])
        (
            offer_id, name, kind, anniversary, rkind, due_on, until, status, attempts, last_error, late_dated,
            failed_at,
        ) = found[8:]  # fmt: skip
        if offer_id is not None:
            served[1].append(
                DueReminderRow(
                    team_id,
                    offer_id,
                    name,
                    kinds[kind],
                    day(anniversary),
                    reminder_kinds[rkind],
                    day(due_on),
                    day(until),
                    status,
                    attempts,
                    last_error,
                    bool(late_dated),
                    None if failed_at is None else datetime.fromisoformat(failed_at),
                )  # fmt: skip
            )
    return out
