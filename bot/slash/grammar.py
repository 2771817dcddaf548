"""Turning the text after ``/mpn`` into a typed request.

Slack sends slash-command text with ``&``, ``<`` and ``>`` escaped, and (with ``should_escape`` on in the
manifest) users and channels as ``<@U123|name>`` / ``<#C123|name>``. The parser reads those forms, accepts
English and Dutch subcommand words, and raises ``UserError`` with a message key for anything it cannot read,
so nothing half-understood reaches storage.
"""

from __future__ import annotations

import difflib
import html
import re
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import rules
from bot.core.errors import UserError
from bot.language.dates import DateInputError, parse_user_date
from bot.language.i18n import Lang


@dataclass(frozen=True, slots=True)
class Request:
    """A parsed ``/mpn`` request: the canonical subcommand and its typed arguments."""

    command: str
    args: dict[str, Any] = field(default_factory=dict)
    changes: bool = False  # only MPN partner admins may run it (checked in one place, bot.slash.dispatch)


# canonical name -> accepted words (English first, then Dutch). Order is the order ``help`` lists them.
SUBCOMMANDS: dict[str, tuple[str, ...]] = {
    "status": ("status", "overzicht"),
    "add": ("add", "toevoegen", "voeg-toe"),
    "renew": ("renew", "renewed", "verleng", "verlengen", "vernieuw", "vernieuwen"),
    "remove": ("remove", "delete", "verwijder", "verwijderen"),
    "fix": ("fix", "correct", "corrigeer", "wijzig"),
    "when": ("when", "deadline", "wanneer"),
    "extension": ("extension", "covid", "uitstel"),
    "channel": ("channel", "kanaal"),
    "timezone": ("timezone", "time-zone", "tz", "tijdzone"),
    "hour": ("hour", "posting-hour", "uur", "tijdstip"),
    "language": ("language", "lang", "taal"),
    "partner-center": ("partner-center", "partnercenter", "pc"),
    "admins": ("admins", "admin", "beheerders"),
    "help": ("help", "hulp", "?"),
}
Parser = Callable[[str, "Lang", date], "Request"]
_ALIASES = {word: name for name, words in SUBCOMMANDS.items() for word in words}

_KIND_WORDS: dict[str, rules.Kind] = {
    "competency": rules.Kind.COMPETENCY,
    "competentie": rules.Kind.COMPETENCY,
    "specialization": rules.Kind.ADVANCED_SPECIALIZATION,
    "specialisation": rules.Kind.ADVANCED_SPECIALIZATION,
    "specialisatie": rules.Kind.ADVANCED_SPECIALIZATION,
    "advanced-specialization": rules.Kind.ADVANCED_SPECIALIZATION,
}
# "advanced specialization" / "geavanceerde specialisatie" as two words.
_KIND_PREFIXES = ("advanced", "geavanceerde")
_YES = frozenset({"yes", "y", "ja", "j", "true", "on", "aan"})
_NO = frozenset({"no", "n", "nee", "false", "off", "uit"})
_USER_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_CHANNEL_MENTION = re.compile(r"<#([CG][A-Z0-9]+)(?:\|[^>]*)?>")
_QUOTES = "\"'“”‘’„«»"
MAX_TEXT = 2000  # far above any real command; longer input is refused before any parsing work


def parse(text: str, lang: Lang, today: date) -> Request:
    """Parse the whole text after ``/mpn``. Empty text means ``status``: the question most people ask."""
    if len(text) > MAX_TEXT:
        raise UserError("command.too_long", limit=MAX_TEXT)
    words = text.split()
    if not words:
        return Request("status", {"on": None})
    word, rest = words[0].casefold(), text.strip()[len(words[0]) :].strip()
    command = _ALIASES.get(word)
    if command is None:
        suggestion = difflib.get_close_matches(word, list(_ALIASES), n=1, cutoff=0.6)
        raise UserError(
            "command.unknown", word=words[0], suggestion=_ALIASES[suggestion[0]] if suggestion else None
        )
    return _PARSERS[command](rest, lang, today)


def _status(rest: str, lang: Lang, today: date) -> Request:
    return Request("status", {"on": _date(rest, lang, today) if rest else None})


def _add(rest: str, lang: Lang, today: date) -> Request:
    words = rest.split()
    kind = rules.Kind.COMPETENCY
    if words and words[0].casefold() in _KIND_PREFIXES and len(words) > 1:
        joined = "-".join(w.casefold() for w in words[:2])
        if joined in ("advanced-specialization", "advanced-specialisation", "geavanceerde-specialisatie"):
            kind, words = rules.Kind.ADVANCED_SPECIALIZATION, words[2:]
    elif words and words[0].casefold() in _KIND_WORDS:
        kind, words = _KIND_WORDS[words[0].casefold()], words[1:]
    name, anniversary = _name_and_date(words, lang, today, year_required=True)
    if anniversary is None:
        raise UserError("add.usage")
    if not name:
        raise UserError("add.usage")
    return Request("add", {"kind": kind, "name": name, "anniversary": anniversary}, changes=True)


def _renew(rest: str, lang: Lang, today: date) -> Request:
    name, on = _name_and_date(rest.split(), lang, today, year_required=True)
    if not name:
        raise UserError("renew.usage")
    return Request("renew", {"name": name, "on": on or today}, changes=True)


def _fix(rest: str, lang: Lang, today: date) -> Request:
    """``fix <name> <anniversary>``: correct a mistyped anniversary. Not a renewal (that is ``renew``)."""
    name, anniversary = _name_and_date(rest.split(), lang, today, year_required=True)
    if not name or anniversary is None:
        raise UserError("fix.usage")
    return Request("fix", {"name": name, "anniversary": anniversary}, changes=True)


def _named(command: str, *, optional: bool = False, changes: bool = False) -> Parser:
    def parse_named(rest: str, lang: Lang, today: date) -> Request:
        name = _clean_name(rest)
        if not name and not optional:
            raise UserError(f"{command}.usage")
        return Request(command, {"name": name or None}, changes=changes)

    return parse_named


def _channel(rest: str, lang: Lang, today: date) -> Request:
    word = rest.strip()
    if not word:
        return Request("channel", {"channel": "show"})
    if word.casefold() in ("here", "hier"):
        return Request("channel", {"channel": "here"}, changes=True)
    if word.casefold() in ("none", "off", "geen", "uit", "dm"):
        return Request("channel", {"channel": None}, changes=True)
    match = _CHANNEL_MENTION.fullmatch(word)
    if not match:
        raise UserError("channel.usage")
    return Request("channel", {"channel": match.group(1)}, changes=True)


def _timezone(rest: str, lang: Lang, today: date) -> Request:
    word = rest.strip()
    if not word:
        return Request("timezone", {"zone": None})
    zone = resolve_time_zone(word)
    if zone is None:
        suggestion = difflib.get_close_matches(word, sorted(_zones()), n=1, cutoff=0.5)
        raise UserError("timezone.unknown", zone=word, suggestion=suggestion[0] if suggestion else None)
    return Request("timezone", {"zone": zone}, changes=True)


def _hour(rest: str, lang: Lang, today: date) -> Request:
    """``9``, ``09``, ``9:00``, ``09.00`` or ``9h``: reminders go out from that local hour."""
    word = rest.strip().casefold()
    if not word:
        return Request("hour", {"hour": None})
    match = re.fullmatch(r"(\d{1,2})(?:[:.]00|h|u)?", word)
    if not match or not 0 <= int(match.group(1)) <= 23:
        raise UserError("hour.usage")
    return Request("hour", {"hour": int(match.group(1))}, changes=True)


def _language(rest: str, lang: Lang, today: date) -> Request:
    word = rest.strip().casefold()
    if not word:
        return Request("language", {"language": None})
    for code, words in {"en": ("en", "english", "engels"), "nl": ("nl", "dutch", "nederlands")}.items():
        if word in words:
            return Request("language", {"language": code}, changes=True)
    raise UserError("language.usage")


def _partner_center(rest: str, lang: Lang, today: date) -> Request:
    word = rest.strip().casefold()
    if not word:
        return Request("partner-center", {"moved": None})
    if word in _YES | _NO:
        return Request("partner-center", {"moved": word in _YES}, changes=True)
    raise UserError("partner_center.usage")


def _admins(rest: str, lang: Lang, today: date) -> Request:
    words = rest.split()
    if not words:
        return Request("admins", {"action": "list", "users": ()})
    action = {
        "add": "add",
        "toevoegen": "add",
        "remove": "remove",
        "verwijder": "remove",
        "verwijderen": "remove",
    }.get(words[0].casefold())
    users = tuple(_USER_MENTION.findall(" ".join(words[1:])))
    if action is None or not users:
        raise UserError("admins.usage")
    return Request("admins", {"action": action, "users": users})


def _help(rest: str, lang: Lang, today: date) -> Request:
    topic = _ALIASES.get(rest.strip().casefold()) if rest.strip() else None
    return Request("help", {"topic": topic})


_PARSERS: dict[str, Parser] = {
    "status": _status,
    "add": _add,
    "renew": _renew,
    "remove": _named("remove", changes=True),
    "fix": _fix,
    "when": _named("when"),
    "extension": _named("extension", optional=True),
    "channel": _channel,
    "timezone": _timezone,
    "hour": _hour,
    "language": _language,
    "partner-center": _partner_center,
    "admins": _admins,
    "help": _help,
}


def _date(text: str, lang: Lang, today: date) -> date:
    try:
        return parse_user_date(text, lang, today=today)
    except DateInputError as err:
        raise UserError(err.code, **err.params) from None


def _name_and_date(
    words: list[str], lang: Lang, today: date, *, year_required: bool
) -> tuple[str, date | None]:
    """Split ``<name> [date]``: the longest trailing run of up to three words that reads as a date.

    An ambiguous trailing date (``03/04/2021``), or one without its year where the year matters, is asked
    about, never guessed or swallowed into the name.
    """
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        candidate = " ".join(words[-size:])
        try:
            found = parse_user_date(candidate, lang, today=today, year_required=year_required)
        except DateInputError as err:
            if err.code in ("date.ambiguous", "date.year_missing"):
                raise UserError(err.code, **err.params) from None
            continue
        return _clean_name(" ".join(words[:-size])), found
    return _clean_name(" ".join(words)), None


def _clean_name(text: str) -> str:
    """Slack escapes ``& < >`` in command text; store what the user typed, without wrapping quotes."""
    name = html.unescape(text).strip()
    if len(name) >= 2 and name[0] in _QUOTES and name[-1] in _QUOTES:
        name = name[1:-1].strip()
    return " ".join(name.split())


@cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def resolve_time_zone(text: str) -> str | None:
    """``Europe/Amsterdam``, ``europe/amsterdam`` or just ``Amsterdam`` -> the IANA name; None if unknown."""
    wanted = text.strip().replace(" ", "_").casefold()
    by_fold = {z.casefold(): z for z in _zones()}
    if wanted in by_fold:
        return by_fold[wanted]
    cities = [z for z in _zones() if z.casefold().rsplit("/", 1)[-1] == wanted]
    return cities[0] if len(cities) == 1 else None
