"""The reminder sweep's read across workspaces: every unsettled reminder falling due in a range of days.

One indexed range scan over ``offer_reminders`` (the current cycle's reminder dates of every offer, kept by
``offers.set_reminders``) joined to the ledger, rather than one query per workspace: the sweep serves every
workspace in one tick, and workspaces' local dates differ by a day either side of UTC.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date

from sqlite_utils import Database

from rules import MPN_2021
from storage.models import DueReminderRow
from storage.rows import KINDS, REMINDER_KINDS
from storage.validation import clean_date

#: How many days a reminder can stay sendable after it fell due, under the policy whose dates are stored.
#: The sweep scans ``due_on`` back this far: MPN_2021 gives 15 (the -15 reminder, meaningful until the
#: anniversary; the +23 one is meaningful for 7 more days, until the last day to renew).
MAX_SENDABLE_SPAN_DAYS = max(rule.meaningful_until_days - rule.offset_days for rule in MPN_2021.reminders)

# Every unsettled reminder (never claimed, claimed, failed) falling due in a range of days, whether or not it
# is still worth sending: the sweep decides per workspace, by that workspace's own local date, which rows to
# post, which to leave for later and which are stale. Covered by the ``offer_reminders_due`` index.
_UNSETTLED_SQL = """
SELECT r.team_id, r.offer_id, o.name, o.kind, r.anniversary, r.kind, r.due_on, r.meaningful_until,
       l.status, coalesce(l.attempts, 0), l.last_error
FROM offer_reminders AS r
JOIN offers AS o ON o.id = r.offer_id
LEFT JOIN reminder_ledger AS l
       ON l.offer_id = r.offer_id AND l.anniversary = r.anniversary AND l.kind = r.kind
WHERE r.due_on BETWEEN :due_from AND :due_to
  AND (l.status IS NULL OR l.status IN ('claimed', 'failed')){team_filter}
ORDER BY r.due_on, r.meaningful_until, r.team_id, r.offer_id, r.kind
""".strip()
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
    """``DueReminderRow`` values from an ``unsettled_sql`` cursor (each distinct date text parsed once:
    a busy day has hundreds of thousands of rows but only a few dozen distinct dates)."""
    dates: dict[str, date] = {}

    def day(text: str) -> date:
        value = dates.get(text)
        if value is None:
            value = dates[text] = date.fromisoformat(text)
        return value

    kinds, reminder_kinds = KINDS, REMINDER_KINDS
    return [
        DueReminderRow(
            team_id, offer_id, name, kinds[kind], day(anniversary), reminder_kinds[rkind],
            day(due_on), day(until), status, attempts, last_error,
        )
        for (
            team_id, offer_id, name, kind, anniversary, rkind, due_on, until, status, attempts, last_error
        ) in cursor.fetchall()
    ]  # fmt: skip
