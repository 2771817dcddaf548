"""The shared grammar of ``/mpn``: the typed request, names, dates, mentions, kinds and time zones.

Slack sends slash-command text with ``&``, ``<`` and ``>`` escaped, and (with ``should_escape`` on in the
manifest) users and channels as ``<@U123|name>`` / ``<#C123|name>``. The parser reads those forms, accepts
English and Dutch subcommand words, and raises ``UserError`` with a message key for anything it cannot read,
so nothing half-understood reaches storage.
"""

from __future__ import annotations

import html
import re
import zoneinfo
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import rules
from bot.core.errors import UserError
from bot.language.dates import MONTHS, DateInputError, parse_user_date
from bot.language.i18n import Lang


@dataclass(frozen=True, slots=True)
class Request:
    """A parsed ``/mpn`` request: the canonical subcommand and its typed arguments."""

    command: str
    args: dict[str, Any] = field(default_factory=dict)
    changes: bool = False  # only MPN partner admins may run it (the ``require_partner_admin`` middleware)


KIND_WORDS: dict[str, rules.Kind] = {
    "competency": rules.Kind.COMPETENCY,
    "competentie": rules.Kind.COMPETENCY,
    "specialization": rules.Kind.ADVANCED_SPECIALIZATION,
    "specialisation": rules.Kind.ADVANCED_SPECIALIZATION,
    "specialisatie": rules.Kind.ADVANCED_SPECIALIZATION,
    "advanced-specialization": rules.Kind.ADVANCED_SPECIALIZATION,
}
# "advanced specialization" / "geavanceerde specialisatie" as two words.
KIND_PREFIXES = ("advanced", "geavanceerde")
YES = frozenset({"yes", "y", "ja", "j", "true", "on", "aan"})
NO = frozenset({"no", "n", "nee", "false", "off", "uit"})
USER_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
CHANNEL_MENTION = re.compile(r"<#([CG][A-Z0-9]+)(?:\|[^>]*)?>")
QUOTES = "\"'“”‘’„«»"
MAX_TEXT = 2000  # far above any real command; longer input is refused before any parsing work


def parse_date(text: str, lang: Lang, today: date) -> date:
    try:
        return parse_user_date(text, lang, today=today)
    except DateInputError as err:
        raise UserError(err.code, **err.params) from None


def name_and_date(
    words: list[str], lang: Lang, today: date, *, year_required: bool
) -> tuple[str, date | None]:
    """Split ``<name> [date]``: the longest trailing run of up to three words that reads as a date.

    An ambiguous trailing date (``03/04/2021``), one without its year where the year matters, or one that
    is plainly meant as a date but cannot be one (``2021-02-31``, ``31 Feb 2021``, ``2021-13-01``) gets
    its precise reason; none is guessed or swallowed into the name ("I don't track 'X 2021-02-31'").
    """
    attempt: DateInputError | None = None
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        candidate = " ".join(words[-size:])
        try:
            found = parse_user_date(candidate, lang, today=today, year_required=year_required)
        except DateInputError as err:
            if err.code in _ALWAYS_SAID:
                raise UserError(err.code, **err.params) from None
            if attempt is None and _looks_like_a_date(candidate, size):
                attempt = err
            continue
        return clean_name(" ".join(words[:-size])), found
    if attempt is not None:
        raise UserError(attempt.code, **attempt.params)
    return clean_name(" ".join(words)), None


_ALWAYS_SAID = frozenset({"date.ambiguous", "date.year_missing", "date.impossible", "date.weekday_mismatch"})
# 2021-13-01, 13/13/2021, 31.02.21: digits with date separators (a bare "365" or "2019" is a name's word)
_NUMERIC_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?")


def _looks_like_a_date(candidate: str, size: int) -> bool:
    """A trailing run the user plainly meant as a date: numeric with separators, or a day, a month name
    and a year ("32 March 2021")."""
    words = candidate.split()
    if size == 1:
        return bool(_NUMERIC_DATE.fullmatch(words[0]))
    return size == 3 and words[1].casefold().rstrip(".") in MONTHS and any(c.isdigit() for c in words[0])


def clean_name(text: str) -> str:
    """Slack escapes ``& < >`` in command text; store what the user typed, without wrapping quotes."""
    name = html.unescape(text).strip()
    if len(name) >= 2 and name[0] in QUOTES and name[-1] in QUOTES:
        name = name[1:-1].strip()
    return " ".join(name.split())


@cache
def zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def resolve_time_zone(text: str) -> str | None:
    """``Europe/Amsterdam``, ``europe/amsterdam`` or just ``Amsterdam`` -> the IANA name; None if unknown."""
    wanted = text.strip().replace(" ", "_").casefold()
    by_fold = {z.casefold(): z for z in zones()}
    if wanted in by_fold:
        return by_fold[wanted]
    cities = [z for z in zones() if z.casefold().rsplit("/", 1)[-1] == wanted]
    return cities[0] if len(cities) == 1 else None
