"""The audit log: who changed what in a workspace, with the values before and after.

Writers append inside their own write transaction (so a change and its audit row land together or not at
all); ``AuditLog`` is the read side one workspace handle gets.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from storage.db import Connections
from storage.models import AuditEntry


def audit(
    db: Database,
    team_id: str,
    at: str,
    actor: str,
    action: str,
    target: str | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """Append one audit row; called inside the write transaction that made the change."""
    db.table("audit_log").insert(audit_row(team_id, at, actor, action, target, before, after))


def audit_row(
    team_id: str,
    at: str,
    actor: str,
    action: str,
    target: str | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> dict[str, Any]:
    """The row ``audit`` inserts, for callers that insert many at once (a CSV import)."""

    def dump(value: dict[str, Any] | None) -> str | None:
        return None if value is None else json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)

    return {
        "team_id": team_id,
        "at": at,
        "actor": str(actor),
        "action": action,
        "target": target,
        "before": dump(before),
        "after": dump(after),
    }


class AuditLog:
    """One workspace's audit log, read side."""

    def __init__(self, connections: Connections, team_id: str) -> None:
        self._db = connections
        self.team_id = team_id

    def audit_log(self, limit: int = 50, offset: int = 0) -> list[AuditEntry]:
        """The latest ``limit`` changes after skipping the ``offset`` newest, newest first (``ORDER BY id
        DESC LIMIT ? OFFSET ?``: a page of the History modal; ask for one more to know if a next page exists)."""
        rows = (
            self._db.connection()
            .execute(
                "SELECT at, actor, action, target, before, after FROM audit_log WHERE team_id = ? "
                "ORDER BY id DESC LIMIT ? OFFSET ?",
                [self.team_id, max(0, int(limit)), max(0, int(offset))],
            )
            .fetchall()
        )
        return [
            AuditEntry(
                at=datetime.fromisoformat(r[0]),
                actor=r[1],
                action=r[2],
                target=r[3],
                before=_shown(r[4]),
                after=_shown(r[5]),
            )
            for r in rows
        ]


def _shown(text: str | None) -> dict[str, Any] | None:
    """An image as people read it: keys starting with ``_`` are storage's own (a removal keeps the deleted
    rows there so it can be undone) and are left out of the log's view."""
    if text is None:
        return None
    image = json.loads(text)
    return {k: v for k, v in image.items() if not k.startswith("_")} if isinstance(image, dict) else image
