"""mpn-bot's records in SQLite: the only package that knows SQL.

``Store.open(path, clock=...)`` opens (and migrates) the database; ``store.workspace(team_id)`` gives a handle
that can only ever see and change that workspace's rows. Every refusal is a ``StorageError`` with a stable
``code`` and ``params`` for the bot's localised message. No Slack, no rendering, no clock: every timestamp
comes from the ``clock`` passed in, every date calculation from ``rules``.
"""

from storage.errors import CODES, Outage, StorageError, outage
from storage.models import (
    RECOVERED,
    AuditEntry,
    CopyState,
    DeliveryAlert,
    DueReminderRow,
    ImportChange,
    ImportMode,
    ImportReport,
    ImportRow,
    LedgerEntry,
    LedgerOp,
    LedgerResult,
    RenewalRecord,
    StoredOffer,
    WorkspaceSettings,
)
from storage.store import Store
from storage.workspace import WorkspaceStore

__all__ = [
    "CODES",
    "RECOVERED",
    "AuditEntry",
    "CopyState",
    "DeliveryAlert",
    "DueReminderRow",
    "ImportChange",
    "ImportMode",
    "ImportReport",
    "ImportRow",
    "LedgerEntry",
    "LedgerOp",
    "LedgerResult",
    "Outage",
    "RenewalRecord",
    "StorageError",
    "Store",
    "StoredOffer",
    "WorkspaceSettings",
    "WorkspaceStore",
    "outage",
]
