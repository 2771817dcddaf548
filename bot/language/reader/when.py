"""The day or the range of days a direct message is about: "on 1 June", "next Friday", "eind mei", "Q3",
"in the next 90 days", "na de zomer", "we renewed it yesterday".

Three readers, in this order, so that the project's own never-guess rule always comes first:

1. ``bot.language.dates.date_mentioned``: numeric and month-name dates with their ambiguity checks
   (``03/04/2021`` is never guessed, ISO always works). A date that reads two ways stops here: the
   message names a day, but no day is taken.
2. Ranges, by a small grammar of our own in English and Dutch: quarters ("Q3", "this quarter", "dit
   kwartaal", "the third quarter", "het derde kwartaal"), halves of the year ("H2", "de tweede helft"), months ("in May", "next month", "volgende maand"), "the end of May" / "eind mei", "this
   year" / "before the end of the year", "the next 90 days" / "de komende 90 dagen", "in two weeks" /
   "over twee weken", "after the summer" / "na de zomer", "the end of the month" / "eind van de maand",
   "the end of this quarter", "before Christmas" / "voor kerst". dateparser reads single days, not ranges.
   School holidays ("de kerstvakantie", "the summer holidays", "de bouwvakantie") differ by region and year:
   they name a time but no span, and the reply says so rather than guess.
3. ``dateparser`` for relative days ("next Friday", "last Tuesday", "vorige week dinsdag", "3 days
   ago", "gisteren"), tried only on short runs of words that hold a day word, with the message's language
   and the asker's local day as the base. It is imported on first use: a process that never reads a DM
   (the reminder sweep, the CLI) does not pay its import time or memory.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Final

from bot.language.dates import MONTHS, date_mentioned
from bot.language.i18n import Lang


@dataclass(frozen=True)
class Span:
    """Days from ``start`` to ``end`` inclusive; one day when they are equal."""

    start: date
    end: date

    @property
    def is_day(self) -> bool:
        return self.start == self.end


@dataclass(frozen=True)
class When:
    """What a message says about time: ``span`` when certain; ``named`` when it names a day at all (a
    date that reads two ways names a day but has no span, so the reply can say it could not tell)."""

    named: bool
    span: Span | None = None
    # a school holiday named ("voor de kerstvakantie", "during the summer holidays"): its dates differ by
    # region and year, so it names a time but no span, and the reply says so instead of guessing
    holiday: bool = False


NOTHING: Final = When(named=False)

_NUMBERS: Final[dict[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
    "tien": 10, "elf": 11, "twaalf": 12,
}  # fmt: skip
_UNITS: Final[dict[str, int]] = {
    "day": 1, "days": 1, "dag": 1, "dagen": 1, "week": 7, "weeks": 7, "weken": 7,
    "month": 30, "months": 30, "maand": 30, "maanden": 30,
}  # fmt: skip
_NUM: Final = r"(\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
_UNIT: Final = r"(days?|dagen|dag|weeks?|weken|months?|maanden|maand)"
_MONTH: Final = r"(" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")"

# "in the next 90 days", "within 2 weeks", "de komende 90 dagen", "binnen twee weken"
_NEXT_N: Final = re.compile(
    rf"\b(?:(?:in|within|over|during)\s+the\s+(?:next|coming)|the\s+(?:next|coming)|next|within|"
    rf"(?:de\s+)?(?:komende|volgende|aankomende)|binnen|(?:in\s+)?de\s+komende)\s+{_NUM}\s+{_UNIT}\b"
)
# "in two weeks", "over twee weken", "3 days from now": one day ahead
_IN_N: Final = re.compile(rf"\b(?:in|over)\s+{_NUM}\s+{_UNIT}\b|\b{_NUM}\s+{_UNIT}\s+from\s+now\b")
_QUARTER: Final = re.compile(
    r"\bq([1-4])(?:\s*(20\d\d))?\b|\b([1-4])(?:e|de|st|nd|rd|th)?\s+(?:quarter|kwartaal)\b"
    r"|\b(first|second|third|fourth|eerste|tweede|derde|vierde)\s+(?:quarter|kwartaal)\b"
)
_ORDINALS: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4,
    "1st": 1, "2nd": 2, "1e": 1, "2e": 2,
}  # fmt: skip
# Halves of the year: "H2", "H1 2022", "the second half of the year", "de eerste helft van het jaar"
_HALF: Final = re.compile(
    r"\bh([12])(?:\s*(20\d\d))?\b|\b(first|second|eerste|tweede|1st|2nd|1e|2e)\s+(?:half|helft)\b"
)
_THIS_QUARTER: Final = re.compile(r"\b(?:this|current|dit|deze|huidige)\s+(?:quarter|kwartaal)\b")
_NEXT_QUARTER: Final = re.compile(
    r"\b(?:next|coming|volgend|volgende|komend|komende)\s+(?:quarter|kwartaal)\b"
)
_END_OF_MONTH: Final = re.compile(
    rf"\b(?:(?:the\s+)?end\s+of|eind|einde|eind\s+van|einde\s+van)\s+{_MONTH}\b"
)
_END_OF_YEAR: Final = re.compile(
    r"\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+year|this\s+year|eind(?:e)?\s+van\s+(?:het|dit)\s+jaar|"
    r"(?:het\s+)?einde?\s+(?:van\s+)?(?:het\s+)?jaar|dit\s+jaar|year\s+end|jaareinde|"
    r"oude?jaar(?:savond|sdag)?|new\s+year'?s\s+eve)\b"
)
# "before the end of the month", "eind van de maand", "end of this quarter", "einde van het kwartaal"
_END_OF_THIS_MONTH: Final = re.compile(
    r"\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+month|month\s+end|eind(?:e)?\s+(?:van\s+)?(?:de|deze)\s+maand|"
    r"maandeinde)\b"
)
_END_OF_THIS_QUARTER: Final = re.compile(
    r"\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+quarter|quarter\s+end|"
    r"eind(?:e)?\s+(?:van\s+)?(?:het|dit)\s+kwartaal|kwartaaleinde)\b"
)
# Christmas has a fixed day: "before Christmas" runs from today to Christmas Eve, "over Christmas" is 24-26
# December. The Christmas holidays do not (``_HOLIDAY``).
_BEFORE_CHRISTMAS: Final = re.compile(
    r"\b(?:before|until|till|voor|tot)\s+(?:de\s+)?(?:christmas|xmas|kerstmis|kerst)\b"
)
_CHRISTMAS: Final = re.compile(r"\b(?:christmas|xmas|kerstmis|kerst)\b(?!\s*(?:holiday|break|vacation))")
# School holidays: their dates differ by region and year ("de kerstvakantie", "the summer holidays", "de
# bouwvakantie"), so none is guessed. "Na de zomervakantie" is read as after the summer (``_AFTER_SUMMER``).
_HOLIDAY: Final = re.compile(
    r"\b(?:kerst|zomer|herfst|voorjaars|krokus|mei|paas|bouw|bouwvak|school|winter)vakantie\b|\bbouwvak\b|"
    # Easter and Whitsun move with the moon: their dates differ by year ("between now and easter", "voor pasen")
    r"\b(?:easter|pasen|pinksteren|whitsun)\b|"
    r"\b(?:christmas|xmas|summer|easter|spring|winter|school)\s+(?:holidays?|break|vacation)\b|"
    r"\bthe\s+holidays\b|\b(?:de\s+)?feestdagen\b"
)
_NEXT_YEAR: Final = re.compile(r"\b(?:next\s+year|volgend\s+jaar|komend\s+jaar)\b")
_THIS_MONTH: Final = re.compile(r"\b(?:this\s+month|deze\s+maand|dit\s+maand)\b")
_NEXT_MONTH: Final = re.compile(r"\b(?:next\s+month|volgende\s+maand|komende\s+maand)\b")
_NEXT_WEEK: Final = re.compile(r"\b(?:next\s+week|volgende\s+week|komende\s+week)\b")
_THIS_WEEK: Final = re.compile(r"\b(?:this\s+week|deze\s+week)\b")
_AFTER_SUMMER: Final = re.compile(
    r"\b(?:after\s+(?:the\s+)?summer|na\s+de\s+zomer|na\s+de\s+zomervakantie)\b"
)
_SUMMER: Final = re.compile(r"\b(?:(?:this|the|in\s+the|over\s+the)\s+summer|(?:deze|de|in\s+de)\s+zomer)\b")
_IN_MONTH: Final = re.compile(rf"\b(?:in|during|throughout|tijdens|deze|this)\s+{_MONTH}\b(?!\s*\d)")
_ORDINAL_NEXT_MONTH: Final = re.compile(
    r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?next\s+month\b|\b(\d{1,2})(?:e|ste|de)?\s+van\s+volgende\s+maand\b"
)
# Words after which a few words may be a relative day dateparser reads.
_DAY_WORDS: Final = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "yesterday",
        "today",
        "tomorrow",
        "gisteren",
        "vandaag",
        "morgen",
        "eergisteren",
        "overmorgen",
        "ago",
        "geleden",
    ]
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def _month_span(year: int, month: int) -> Span:
    return Span(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def _next_month(today: date, month: int) -> int:
    """The year of the next ``month`` on or after today's month."""
    return today.year if month >= today.month else today.year + 1


def _quarter(year: int, q: int) -> Span:
    return Span(date(year, 3 * q - 2, 1), _month_span(year, 3 * q).end)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word]


def read_range(text: str, today: date) -> Span | None:
    """A range of days (or a day counted from today) named by our own grammar; None when there is none."""
    t = _fold(text)
    if m := _ORDINAL_NEXT_MONTH.search(t):
        first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        day_number = int(m.group(1) or m.group(2))
        if 1 <= day_number <= calendar.monthrange(first.year, first.month)[1]:
            day = first.replace(day=day_number)
            return Span(day, day)
    if m := _NEXT_N.search(t):
        return Span(today, today + timedelta(days=_count(m.group(1)) * _UNITS[m.group(2)]))
    if m := _IN_N.search(t):
        n, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        day = today + timedelta(days=_count(n) * _UNITS[unit])
        return Span(day, day)
    # before "this quarter": "by the end of this quarter" runs from today
    if _END_OF_THIS_MONTH.search(t):
        return Span(today, _month_span(today.year, today.month).end)
    if _END_OF_THIS_QUARTER.search(t):
        return Span(today, _quarter(today.year, (today.month - 1) // 3 + 1).end)
    if m := _QUARTER.search(t):
        q = int(m.group(1) or m.group(3)) if m.group(1) or m.group(3) else _ORDINALS[m.group(4)]
        year = int(m.group(2)) if m.group(2) else (today.year if 3 * q >= today.month else today.year + 1)
        return _quarter(year, q)
    if m := _HALF.search(t):
        h = int(m.group(1)) if m.group(1) else _ORDINALS[m.group(3)]
        year = int(m.group(2)) if m.group(2) else (today.year if 6 * h >= today.month else today.year + 1)
        return Span(date(year, 6 * h - 5, 1), _month_span(year, 6 * h).end)
    if _THIS_QUARTER.search(t):
        return _quarter(today.year, (today.month - 1) // 3 + 1)
    if _NEXT_QUARTER.search(t):
        q = (today.month - 1) // 3 + 2
        return _quarter(today.year + (q > 4), (q - 1) % 4 + 1)
    if m := _END_OF_MONTH.search(t):
        month = MONTHS[m.group(1)]
        end = _month_span(_next_month(today, month), month).end
        return Span(today, end) if end >= today else None
    if _BEFORE_CHRISTMAS.search(t):
        eve = _christmas(today) - timedelta(days=1)
        return Span(today, max(today, eve))
    if _CHRISTMAS.search(t):
        day = _christmas(today)
        return Span(max(today, day - timedelta(days=1)), day + timedelta(days=1))
    if _END_OF_YEAR.search(t):
        return Span(today, date(today.year, 12, 31))
    if _NEXT_YEAR.search(t):
        return Span(date(today.year + 1, 1, 1), date(today.year + 1, 12, 31))
    if _THIS_MONTH.search(t):
        return Span(today, _month_span(today.year, today.month).end)
    if _NEXT_MONTH.search(t):
        first = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        return _month_span(first.year, first.month)
    if _NEXT_WEEK.search(t):
        monday = today + timedelta(days=7 - today.weekday())
        return Span(monday, monday + timedelta(days=6))
    if _THIS_WEEK.search(t):
        return Span(today, today + timedelta(days=6 - today.weekday()))
    if _AFTER_SUMMER.search(t):
        year = today.year if today.month <= 8 else today.year + 1
        return Span(max(today, date(year, 9, 1)), date(year, 12, 31))
    if _SUMMER.search(t):
        year = today.year if today.month <= 8 else today.year + 1
        return Span(max(today, date(year, 6, 1)), date(year, 8, 31))
    if m := _IN_MONTH.search(t):
        month = MONTHS[m.group(1)]
        span = _month_span(_next_month(today, month), month)
        return Span(max(today, span.start), span.end)
    return None


def _christmas(today: date) -> date:
    """The next Christmas Day that has not passed (Boxing Day included)."""
    day = date(today.year, 12, 25)
    return day if today <= day + timedelta(days=1) else date(today.year + 1, 12, 25)


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    """dateparser, imported on first use (about 0.1 s and several MB: only processes that read DMs pay)."""
    import dateparser

    return dateparser


_WEEKDAYS: Final[dict[str, int]] = {
    name: i
    for i, names in enumerate(
        (
            ("monday", "maandag"), ("tuesday", "dinsdag"), ("wednesday", "woensdag"), ("thursday", "donderdag"),
            ("friday", "vrijdag"), ("saturday", "zaterdag"), ("sunday", "zondag"),
        )
    )
    for name in names
}  # fmt: skip
_BEFORE: Final = frozenset(["last", "vorige", "afgelopen", "jl"])
_AFTER: Final = frozenset(["next", "coming", "volgende", "komende", "aanstaande", "as"])


def _weekday(words: list[str], i: int, today: date, *, past: bool) -> date | None:
    """ "(vorige week) dinsdag", "afgelopen dinsdag", "volgende vrijdag", "last Tuesday", "on Friday": the
    weekday's last occurrence before today, or its next after today, as the words (or the tense) say."""
    target = _WEEKDAYS[words[i]]
    before = words[max(0, i - 2) : i]
    backwards = bool(_BEFORE.intersection(before)) or (past and not _AFTER.intersection(before))
    if backwards:
        return today - timedelta(days=(today.weekday() - target - 1) % 7 + 1)
    return today + timedelta(days=(target - today.weekday() - 1) % 7 + 1)


def _relative_day(text: str, lang: Lang, today: date, *, past: bool) -> date | None:
    words = _fold(text).replace(",", " ").replace("?", " ").replace("!", " ").replace(".", " ").split()
    for i, word in enumerate(words):
        if word in _WEEKDAYS:
            return _weekday(words, i, today, past=past)
        if word not in _DAY_WORDS:
            continue
        for start, end in ((i - 2, i + 1), (i - 1, i + 1), (i, i + 2), (i, i + 1)):
            run = " ".join(words[max(0, start) : end])
            settings = {
                "RELATIVE_BASE": datetime(today.year, today.month, today.day, 12),
                "PREFER_DATES_FROM": "past" if past else "future",
                "DATE_ORDER": "DMY",
            }
            try:
                found = _dateparser().parse(run, languages=[lang], settings=settings)
            except Exception:  # noqa: BLE001 - a third-party parser must never break a reply
                found = None
            if found is not None:
                return found.date()
    return None


def read_when(text: str, lang: Lang, today: date, *, past: bool = False) -> When:
    """The day or range ``text`` is about. ``past``: the message tells of something done ("we renewed it on
    Tuesday"), so a weekday or a date without a year is the last one, not the next one."""
    text = text[:500]
    named, day = date_mentioned(text, lang, today)
    if day is not None:
        if past and day > today and not re.search(r"\b20\d\d\b", text):
            earlier = day.replace(year=day.year - 1) if not (day.month == 2 and day.day == 29) else None
            if earlier is not None:
                day = earlier
        return When(True, Span(day, day))
    if named:
        return When(True, None)  # "03/04": named, never guessed
    if _HOLIDAY.search(folded := _fold(text)) and not _AFTER_SUMMER.search(folded):
        return When(True, None, holiday=True)  # "voor de kerstvakantie": no fixed dates, none guessed
    span = read_range(text, today)
    if span is not None:
        return When(True, span)
    relative = _relative_day(text, lang, today, past=past)
    if relative is not None:
        return When(True, Span(relative, relative))
    return NOTHING
