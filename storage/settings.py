"""Workspace settings: one workspace's own (read and change, audited) and many workspaces' at once (the
reminder sweep's single read of every workspace it serves)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from storage.audit import audit
from storage.db import Connections
from storage.due import date_reminders
from storage.errors import StorageError
from storage.models import WorkspaceSettings
from storage.rows import WORKSPACE_COLUMNS, settings_from_row
from storage.validation import SETTING_CHECKS


class Settings:
    """One workspace's settings."""

    def __init__(self, connections: Connections, team_id: str) -> None:
        self._db = connections
        self.team_id = team_id

    def settings(self) -> WorkspaceSettings:
        """Read on every request a person makes: remembered until the database changes (``cached``)."""
        return self._db.cached(("settings", self.team_id), self._read)

    def _read(self, db: Database) -> WorkspaceSettings:
        row = db.execute(
            f"SELECT {WORKSPACE_COLUMNS} FROM workspaces WHERE team_id = ?", [self.team_id]
        ).fetchone()
        if row is None:
            raise StorageError("unknown_workspace", {"team_id": self.team_id})
        return settings_from_row(row)

    def update_settings(self, actor: str, **changes: Any) -> WorkspaceSettings:
        """Change settings by name (``time_zone``, ``language``, ``reminder_channel``,
        ``moved_to_partner_center``, ``posting_hour``); each is validated and the change audit-logged with
        its before and after values. An unknown name or a bad value raises ``invalid_setting``. Every call,
        even one that changes nothing, records ``delivery_reset_at``: the admins may have fixed what kept
        reminders from going out, so failed ones are retried at the next tick."""
        cleaned: dict[str, Any] = {}
        for setting, value in changes.items():
            check = SETTING_CHECKS.get(setting)
            if check is None:
                raise StorageError("invalid_setting", {"setting": setting})
            cleaned[setting] = check(value)
        with self._db.write() as db:
            row = db.execute(
                f"SELECT {WORKSPACE_COLUMNS} FROM workspaces WHERE team_id = ?", [self.team_id]
            ).fetchone()
            if row is None:
                raise StorageError("unknown_workspace", {"team_id": self.team_id})
            before = settings_from_row(row)
            changed = {k: v for k, v in cleaned.items() if getattr(before, k) != v}
            if changed:
                now = self._db.stamp()
                stored = {k: int(v) if isinstance(v, bool) else v for k, v in changed.items()}
                # any change may be the admins' fix of a delivery problem: failed reminders retry at once
                db.table("workspaces").update(
                    self.team_id, {**stored, "updated_at": now, "delivery_reset_at": now}
                )
                if {"time_zone", "posting_hour"} & set(changed):
                    date_reminders(db, self.team_id)  # when its reminders fall due moves with the clock
                audit(
                    db,
                    self.team_id,
                    now,
                    actor,
                    "settings_update",
                    "settings",
                    {k: getattr(before, k) for k in changed},
                    changed,
                )
            else:  # saved as it was (the channel chosen again after inviting the bot): a fix all the same
                db.execute(
                    "UPDATE workspaces SET delivery_reset_at = ? WHERE team_id = ?",
                    [self._db.stamp(), self.team_id],
                )
        return replace(before, **changed)


def settings_of(db: Database, team_ids: Iterable[str]) -> dict[str, WorkspaceSettings]:
    """The settings of several workspaces in one query (``SELECT ... WHERE team_id IN (json_each)``);
    unknown team ids are left out. One query rather than one per workspace: a sweep may serve thousands."""
    teams = list(dict.fromkeys(team_ids))
    if not teams:
        return {}
    rows = db.execute(
        f"SELECT {WORKSPACE_COLUMNS} FROM workspaces WHERE team_id IN (SELECT value FROM json_each(?))",
        [json.dumps(teams)],
    )
    return {row[0]: settings_from_row(row) for row in rows}
