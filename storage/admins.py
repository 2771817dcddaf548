"""One workspace's MPN partner admins: the people allowed to change its data."""

from __future__ import annotations

from storage.audit import audit
from storage.db import Connections
from storage.rows import require_workspace


class Admins:
    """One workspace's admin list; every change is audited."""

    def __init__(self, connections: Connections, team_id: str) -> None:
        self._db = connections
        self.team_id = team_id

    def admins(self) -> list[str]:
        rows = (
            self._db.connection()
            .execute(
                "SELECT user_id FROM admins WHERE team_id = ? ORDER BY added_at, user_id", [self.team_id]
            )
            .fetchall()
        )
        return [r[0] for r in rows]

    def is_admin(self, user_id: str) -> bool:
        row = (
            self._db.connection()
            .execute("SELECT 1 FROM admins WHERE team_id = ? AND user_id = ?", [self.team_id, user_id])
            .fetchone()
        )
        return row is not None

    def add_admin(self, user_id: str, *, actor: str) -> bool:
        """Make ``user_id`` an MPN partner admin; False if they already were."""
        _check_user_id(user_id)
        with self._db.write() as db:
            require_workspace(db, self.team_id)
            now = self._db.stamp()
            added = db.execute(
                "INSERT OR IGNORE INTO admins (team_id, user_id, added_by, added_at) VALUES (?, ?, ?, ?)",
                [self.team_id, user_id, actor, now],
            ).rowcount
            if added:
                audit(db, self.team_id, now, actor, "admin_add", user_id, None, {"admin": True})
        return bool(added)

    def remove_admin(self, user_id: str, *, actor: str) -> bool:
        """Revoke ``user_id``'s admin role; False if they were not an admin."""
        with self._db.write() as db:
            removed = db.execute(
                "DELETE FROM admins WHERE team_id = ? AND user_id = ?", [self.team_id, user_id]
            ).rowcount
            if removed:
                audit(
                    db,
                    self.team_id,
                    self._db.stamp(),
                    actor,
                    "admin_remove",
                    user_id,
                    {"admin": True},
                    None,
                )
        return bool(removed)


def _check_user_id(user_id: object) -> None:
    if not isinstance(user_id, str) or not user_id.strip():
        raise ValueError("user_id must be a non-empty str")
