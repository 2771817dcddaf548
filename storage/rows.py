"""Row-level helpers shared by several storage modules: converting rows to values, the reminder-index rows
of an offer, the "does this workspace exist" check every write of a workspace makes first."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from rules import MPN_2021, Kind, Offer, ReminderKind, reminders
from storage.errors import StorageError
from storage.models import WorkspaceSettings

WORKSPACE_COLUMNS = (
    "team_id, enterprise_id, name, time_zone, language, reminder_channel, moved_to_partner_center, "
    "posting_hour"
)
REMINDER_KINDS = {k.value: k for k in ReminderKind}
KINDS = {k.value: k for k in Kind}


def settings_from_row(row: tuple[Any, ...]) -> WorkspaceSettings:
    team_id, enterprise_id, name, time_zone, language, channel, moved, hour = row
    return WorkspaceSettings(
        team_id=team_id,
        enterprise_id=enterprise_id,
        name=name,
        time_zone=time_zone,
        language=language,
        reminder_channel=channel,
        moved_to_partner_center=bool(moved),
        posting_hour=hour,
    )


def reminder_rows(offer_id: int, team_id: str, offer: Offer) -> list[dict[str, Any]]:
    """The ``offer_reminders`` rows of an offer's current cycle, dated by ``rules.reminders``."""
    return [
        {
            "offer_id": offer_id,
            "kind": r.kind.value,
            "team_id": team_id,
            "anniversary": r.anniversary.isoformat(),
            "due_on": r.due_on.isoformat(),
            "meaningful_until": r.meaningful_until.isoformat(),
        }
        for r in reminders(offer, MPN_2021)
    ]


def settings_dict(settings: WorkspaceSettings) -> dict[str, Any]:
    return {
        "team_id": settings.team_id,
        "enterprise_id": settings.enterprise_id,
        "name": settings.name,
        "time_zone": settings.time_zone,
        "language": settings.language,
        "reminder_channel": settings.reminder_channel,
        "moved_to_partner_center": settings.moved_to_partner_center,
        "posting_hour": settings.posting_hour,
    }


def require_workspace(db: Database, team_id: str) -> None:
    """Refuse a write for a workspace uninstalled since its handle was made (``unknown_workspace``)."""
    if db.execute("SELECT 1 FROM workspaces WHERE team_id = ?", [team_id]).fetchone() is None:
        raise StorageError("unknown_workspace", {"team_id": team_id})
