"""The one exception type of the storage layer.

The bot turns a ``StorageError`` into a localised reply by its ``code`` (stable, never reworded) and fills
the message from ``params``; the English ``str()`` of the exception is for logs only.
"""

from __future__ import annotations

import errno
from typing import Any, Literal

#: Every code ``storage`` raises, so the bot (and a test) can check it has a message for each.
CODES = frozenset(
    {
        "name_empty",  # params: name
        "name_too_long",  # params: name, max_length, length
        "name_invalid_chars",  # params: name
        "duplicate_name",  # params: name, existing (the stored name it collides with), why (rules.SameName), line (CSV only)
        "unknown_kind",  # params: kind, allowed
        "invalid_date",  # params: value
        "offer_not_found",  # params: name, suggestion (str | None); candidates when ambiguous
        "unknown_workspace",  # params: team_id
        "schema_too_new",  # params: version, supported
        "invalid_setting",  # params: setting, value (absent for an unknown setting name)
        "window_not_open",  # params: name, date (ISO: the first day it can be renewed)
        "window_closed",  # params: name, date (ISO: the last day it could have been renewed)
        "csv_bad_header",  # params: header, expected
        "csv_bad_row",  # params: fields, expected
        "database_busy",  # params: {} - another process held the write lock past the busy timeout
        "undo_unknown",  # params: id - no removal of this workspace has that id
        "undo_expired",  # params: name - the removal is older than the undo window
        "undo_done",  # params: name - the removal was already undone
    }
)


class StorageError(Exception):
    """A refusal from the storage layer: ``code`` picks the message, ``params`` fills it in."""

    def __init__(self, code: str, params: dict[str, Any] | None = None, message: str | None = None) -> None:
        self.code = code
        self.params: dict[str, Any] = dict(params or {})
        default = f"{code}: {self.params}" if self.params else code
        super().__init__(message or default)

    def __repr__(self) -> str:
        return f"StorageError(code={self.code!r}, params={self.params!r})"


#: What about the database file or its disk can stop a read or a write: the operator can fix each one.
Outage = Literal["unopenable", "damaged", "locked", "read_only", "disk_full"]


def outage(err: BaseException) -> Outage | None:
    """Which fault of the file or its disk raised ``err`` (sqlite3 reports them only as message texts), or
    ``None`` for anything else, a bug among them. One reading for the CLI's start-up line and for the reply
    to a request that could not be saved, so the two never disagree about what "the disk is full" looks
    like."""
    import sqlite3

    if isinstance(err, StorageError):
        return "locked" if err.code == "database_busy" else None
    if not isinstance(err, sqlite3.Error | OSError):
        return None
    text = str(err).casefold()
    if "disk is full" in text or "no space" in text or getattr(err, "errno", None) == errno.ENOSPC:
        return "disk_full"
    if "readonly" in text or "read-only" in text or isinstance(err, PermissionError):
        return "read_only"
    if "locked" in text or "busy" in text:
        return "locked"
    if "not a database" in text or "malformed" in text:
        return "damaged"
    if "unable to open" in text or isinstance(err, FileNotFoundError | NotADirectoryError):
        return "unopenable"
    return None
