"""Checking user input before it reaches SQL. Each check returns the clean value or raises ``StorageError``.

Names are stored verbatim (only trimmed): escaping for Slack is the renderer's job and SQL parameters keep
them harmless here. What is refused is what no renderer can show: nothing, too much, control characters.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from rules import Kind, ReminderKind, normalize_name
from storage.errors import StorageError
from storage.models import LANGUAGES, Language

MAX_NAME_LENGTH = 100
# Far enough from date.min/date.max that every date the rules derive (-15 .. +365 days) exists.
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(9000, 12, 31)

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_KIND_SEPARATORS = re.compile(r"[\s\-]+")


# Embeddings, overrides and isolates reorder how the rest of a line is drawn: a name holding U+202E shows
# in Slack, on the Home and in a reminder post as something else than what it is ("Trojan Source"). Other
# format characters (the zero-width joiner inside an emoji, a soft hyphen) draw nothing misleading and stay.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_name(name: Any) -> tuple[str, str]:
    """``(name as stored, normalised key)``; the key decides uniqueness and lookups."""
    if name is None:
        name = ""
    if not isinstance(name, str):
        raise TypeError(f"offer name must be a str, not {type(name).__name__}")
    text = name.strip()
    if not text:
        raise StorageError("name_empty", {"name": name})
    if any(unicodedata.category(ch) in ("Cc", "Cs") or ch in BIDI_CONTROLS for ch in text):
        raise StorageError("name_invalid_chars", {"name": name})
    if len(text) > MAX_NAME_LENGTH:
        raise StorageError(
            "name_too_long", {"name": text, "max_length": MAX_NAME_LENGTH, "length": len(text)}
        )
    key = normalize_name(text)
    if not key:  # only punctuation or separators: nothing anyone could type to find it again
        raise StorageError("name_empty", {"name": name})
    return text, key


def clean_kind(kind: Any) -> Kind:
    """A ``rules.Kind``; accepts its value in any case, with spaces or hyphens for the underscore."""
    if isinstance(kind, Kind):
        return kind
    if isinstance(kind, str):
        try:
            return Kind(_KIND_SEPARATORS.sub("_", kind.strip().casefold()))
        except ValueError:
            pass
    raise StorageError("unknown_kind", {"kind": str(kind), "allowed": [k.value for k in Kind]})


def clean_reminder_kind(kind: Any) -> ReminderKind:
    if isinstance(kind, ReminderKind):
        return kind
    if isinstance(kind, str):
        try:
            return ReminderKind(kind.strip().casefold())
        except ValueError:
            pass
    raise StorageError("unknown_kind", {"kind": str(kind), "allowed": [k.value for k in ReminderKind]})


def clean_date(value: Any) -> date:
    """A calendar date from a ``date`` or a strict ISO ``YYYY-MM-DD`` string (no other spellings: the
    bot resolves locale-dependent forms before calling storage)."""
    parsed: date | None = None
    if isinstance(value, datetime):
        parsed = None  # a timestamp is not a calendar date; the caller must pick the local day
    elif isinstance(value, date):
        parsed = value
    elif isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            parsed = None
    if parsed is None or not MIN_DATE <= parsed <= MAX_DATE:
        raise StorageError("invalid_date", {"value": str(value)})
    return parsed


def clean_time_zone(value: Any) -> str:
    if isinstance(value, str) and value.strip():
        try:
            ZoneInfo(value.strip())
            return value.strip()
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    raise StorageError("invalid_setting", {"setting": "time_zone", "value": value})


def clean_language(value: Any) -> Language:
    if isinstance(value, str):
        for language in LANGUAGES:
            if value.strip().casefold() == language:
                return language
    raise StorageError("invalid_setting", {"setting": "language", "value": value})


def clean_posting_hour(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 23:
        return value
    raise StorageError("invalid_setting", {"setting": "posting_hour", "value": value})


def clean_moved(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise StorageError("invalid_setting", {"setting": "moved_to_partner_center", "value": value})


def clean_channel(value: Any) -> str | None:
    if value is None:
        return None
    if (
        isinstance(value, str)
        and value.strip()
        and len(value.strip()) <= 255
        and not any(unicodedata.category(ch) in ("Cc", "Cs") for ch in value)
    ):
        return value.strip()
    raise StorageError("invalid_setting", {"setting": "reminder_channel", "value": value})


def clean_lease_seconds(value: Any) -> int:
    """A lease length in whole seconds. A programming error, not user input: ``ValueError``, not
    ``StorageError`` (a zero or negative lease would be live and expired at once)."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError("lease_seconds must be a positive int")
    return value


#: The settings ``update_settings`` accepts, each with its check.
SETTING_CHECKS = {
    "time_zone": clean_time_zone,
    "language": clean_language,
    "reminder_channel": clean_channel,
    "moved_to_partner_center": clean_moved,
    "posting_hour": clean_posting_hour,
}
