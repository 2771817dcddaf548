"""Reading a date that a person typed into Slack, in English or Dutch, without ever guessing.

``03/04/2021`` is 4 March to an American and 3 April to a Dutch partner admin, and a renewal deadline
read the wrong way round is a lost competency. So:

1. ISO (``2021-03-04``, ``2021/3/4``, ``20210304``) is read first and always year-month-day, whatever
   the language. This must come before anything else: dateutil's ``dayfirst=True`` reads
   ``2021-03-04`` as 3 April (dateutil issues #241, #268, #1150).
2. Numbers with separators (``10-03-2021``, ``03/10/21``, ``10.3``) are read both ways. If both
   readings are real dates and differ, the user is asked (``date.ambiguous``), in both languages; the
   language only decides which reading is offered first. If only one reading is a real date
   (``25/03/2021``), it is taken.
3. Month names in English or Dutch, full or abbreviated, in any order (``10 March 2021``,
   ``March 10th, 2021``, ``10 mrt 2021``, ``1e april``), optionally with a weekday that must match.
4. ``today``/``vandaag``, ``tomorrow``/``morgen``, ``yesterday``/``gisteren`` (and Dutch
   ``overmorgen``/``eergisteren``).

A missing year means the next occurrence on or after ``today``. Anything else raises
``DateInputError`` with a message key from ``bot.language.catalogue``; no other exception escapes.

dateutil's ``parser.parse`` is not used to read input: it fills missing parts from a default without
saying so ("March" becomes 1 March, "March 2021" 1 March 2021), ignores a weekday that contradicts the
date, and its ``dayfirst`` reorders ISO dates. A hand-written reader over a small grammar is easier to
make refuse. dateutil is used in the tests instead, as an independent oracle for month-name dates.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Final, Literal

from babel.dates import get_day_names, get_month_names

from bot.language.i18n import LANGUAGES, Lang, format_day, t, weekday_name
from bot.render.escape import escape_mrkdwn, plain_text

DateErrorCode = Literal[
    "date.invalid", "date.ambiguous", "date.impossible", "date.weekday_mismatch", "date.year_missing"
]

# Longer than any way of writing a date ("Wednesday, the 10th of September 2021" is 37); anything longer
# is not a date and is refused before any regular expression sees it.
MAX_INPUT_LENGTH: Final = 64
# How much of the user's text an error message quotes back.
ECHO_LENGTH: Final = 40


class DateInputError(ValueError):
    """A typed date that cannot be used as it is; ``code`` is a ``bot.language.catalogue`` key.

    ``params`` always holds ``text`` (a short, printable excerpt of the input, not yet escaped) and
    whatever the message needs: ``first``/``second`` (``date``) and ``first_iso``/``second_iso`` for
    ``date.ambiguous``; ``day`` (``date``) and the weekday names for ``date.weekday_mismatch``. Renderers
    format ``date`` values in words and escape strings, as ``message`` does.
    """

    def __init__(self, code: DateErrorCode, params: Mapping[str, object]) -> None:
        super().__init__(code)
        self.code: DateErrorCode = code
        self.params: dict[str, object] = dict(params)

    def message(self, lang: Lang) -> str:
        """The reply for this error as ``mrkdwn``: dates in words, the user's text escaped."""
        return t(self.code, lang, **{name: _readable(value, lang) for name, value in self.params.items()})


def _readable(value: object, lang: Lang) -> object:
    if isinstance(value, date):
        return format_day(value, lang)
    if isinstance(value, str):
        return escape_mrkdwn(value)
    return value


def _echo(text: str) -> str:
    """The part of the input an error message may quote: printable, single-line and short."""
    printable = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in " \t\n")
    return plain_text(" ".join(printable.split()), ECHO_LENGTH)


def _fail(code: DateErrorCode, text: str, **params: object) -> DateInputError:
    return DateInputError(code, {"text": _echo(text), **params})


# --- vocabulary ----------------------------------------------------------------------------------------


def _names(
    getter: Callable[..., Mapping[int, str]], widths: tuple[str, ...], extra: Mapping[str, int]
) -> dict[str, int]:
    """Month or weekday names in both languages, from CLDR via Babel, keyed casefolded without dots.

    Both languages whatever the reader's: a Dutch admin may well type "10 March".
    """
    table: dict[str, int] = {}
    for lang in LANGUAGES:
        for width in widths:
            for context in ("format", "stand-alone"):
                for number, name in getter(width, context, lang).items():
                    table[name.casefold().rstrip(".")] = number
    return {**table, **extra}


# Month numbers 1-12. CLDR has "sep"; people also write "sept".
MONTHS: Final[Mapping[str, int]] = _names(get_month_names, ("wide", "abbreviated"), {"sept": 9})
# Weekdays as date.weekday() (Monday 0). English two-letter forms ("we", "th") are left out: they are
# words or ordinal suffixes. Dutch two-letter forms ("ma", "wo") are the usual abbreviations.
WEEKDAYS: Final[Mapping[str, int]] = _names(
    get_day_names, ("wide", "abbreviated"), {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
)
# Words that may surround a date without changing it: "the 10th of March", "on 10 March", "op 10 maart".
_FILLERS: Final = frozenset({"the", "of", "on", "de", "op"})
_RELATIVE: Final[Mapping[str, int]] = {
    "today": 0,
    "vandaag": 0,
    "tomorrow": 1,
    "morgen": 1,
    "overmorgen": 2,
    "yesterday": -1,
    "gisteren": -1,
    "eergisteren": -2,
}

# ASCII digits only: \d would also accept Arabic-Indic or Devanagari digits, which int() then reads.
_ISO = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})")
_ISO_BASIC = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
# No space as a separator: "Level 1 2" is more likely a name than a date.
_NUMERIC = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})(?:\2([0-9]{4}|[0-9]{2}))?")
_SEPARATORS = re.compile(r"[\s,./\-]+")
_NUMBER = re.compile(r"([0-9]{1,4})(st|nd|rd|th|ste|de|e)?")
_STRIP: Final = " .,;:!?()[]{}\"'“”‘’«»"

_MAX_DAYS: Final = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_IMPOSSIBLE: Final = "impossible"


# --- reading -------------------------------------------------------------------------------------------


def _normalize(text: str) -> str:
    """Fold what people and keyboards vary without meaning anything.

    NFKC turns full-width digits and letters into ASCII; invisible format characters (zero-width
    spaces, direction marks that Slack clients sometimes insert) are dropped; case is folded.
    """
    folded = unicodedata.normalize("NFKC", text)
    folded = "".join(ch for ch in folded if unicodedata.category(ch) != "Cf").casefold()
    return " ".join(folded.split()).strip(_STRIP)


def _day_or_problem(year: int | None, month: int, day: int, today: date | None) -> date | str | None:
    """One reading of (year, month, day): a ``date``, ``_IMPOSSIBLE``, or ``None`` when it is no date.

    "Impossible" is kept apart from "invalid" because the user's fix differs: 30 February needs a
    different day, "32/13" needs a different way of writing. Without a year the next occurrence on or
    after ``today`` is taken (29 February waits for the next leap year); without ``today`` there is
    nothing to count from, so the input cannot be read.
    """
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if day > _MAX_DAYS[month - 1]:
        return _IMPOSSIBLE
    if year is not None:
        if year < 1:
            return None
        try:
            return date(year, month, day)
        except ValueError:
            return _IMPOSSIBLE
    if today is None:
        return None
    for candidate_year in range(today.year, today.year + 9):
        try:
            candidate = date(candidate_year, month, day)
        except ValueError:
            continue  # 29 February outside a leap year, or past year 9999
        if candidate >= today:
            return candidate
    return None


def _two_digit_year(digits: str) -> int:
    """Two-digit years are this century's: renewals are about 20xx, never 19xx."""
    return 2000 + int(digits) if len(digits) == 2 else int(digits)


def _read_iso(text: str, original: str) -> date | None:
    if match := _ISO.fullmatch(text):
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
    elif match := _ISO_BASIC.fullmatch(text):
        year, month, day = (int(group) for group in match.groups())
    else:
        return None
    found = _day_or_problem(year, month, day, None)
    if isinstance(found, date):
        return found
    raise _fail("date.impossible" if found == _IMPOSSIBLE else "date.invalid", original)


def _read_numeric(text: str, original: str, lang: Lang, today: date | None) -> date | None:
    match = _NUMERIC.fullmatch(text)
    if match is None:
        return None
    first, _, second, year_digits = match.groups()
    year = None if year_digits is None else _two_digit_year(year_digits)
    day_first = (int(first), int(second))  # (day, month): Dutch order
    month_first = (int(second), int(first))  # (day, month): US order
    orders = (day_first, month_first) if lang == "nl" else (month_first, day_first)
    readings = [_day_or_problem(year, month, day, today) for day, month in orders]
    found = list(dict.fromkeys(r for r in readings if isinstance(r, date)))
    if len(found) == 2:
        raise _fail(
            "date.ambiguous",
            original,
            first=found[0],
            second=found[1],
            first_iso=found[0].isoformat(),
            second_iso=found[1].isoformat(),
        )
    if found:
        return found[0]
    raise _fail("date.impossible" if _IMPOSSIBLE in readings else "date.invalid", original)


def _read_words(text: str, original: str, lang: Lang, today: date | None) -> date:
    """Month-name dates: one month word, a day, an optional year, an optional weekday, a few fillers."""
    months: list[int] = []
    weekdays: list[int] = []
    numbers: list[tuple[str, bool]] = []  # (digits, has an ordinal suffix)
    for part in _SEPARATORS.split(text):
        if not part or part in _FILLERS:
            continue
        if number := _NUMBER.fullmatch(part):
            numbers.append((number.group(1), number.group(2) is not None))
        elif part in MONTHS:
            months.append(MONTHS[part])
        elif part in WEEKDAYS:
            weekdays.append(WEEKDAYS[part])
        else:
            raise _fail("date.invalid", original)
    if len(months) != 1 or len(weekdays) > 1 or not 1 <= len(numbers) <= 2:
        raise _fail("date.invalid", original)

    day_digits, year_digits = _split_day_and_year(numbers, original)
    if len(day_digits) > 2 or (year_digits is not None and len(year_digits) not in (2, 4)):
        raise _fail("date.invalid", original)
    year = None if year_digits is None else _two_digit_year(year_digits)
    found = _day_or_problem(year, months[0], int(day_digits), today)
    if found == _IMPOSSIBLE:
        raise _fail("date.impossible", original)
    if not isinstance(found, date):
        raise _fail("date.invalid", original)
    if weekdays and found.weekday() != weekdays[0]:
        raise _fail(
            "date.weekday_mismatch",
            original,
            day=found,
            actual_weekday=weekday_name(found.weekday(), lang),
            typed_weekday=weekday_name(weekdays[0], lang),
        )
    return found


def _split_day_and_year(numbers: list[tuple[str, bool]], original: str) -> tuple[str, str | None]:
    """Which number is the day: the one with an ordinal suffix, else the short one, else the first.

    "10 March 21" and "March 10, 21" are both the 10th of 2021: with a month name in words, people put
    the day before the year in both languages.
    """
    if len(numbers) == 1:
        digits, _ = numbers[0]
        return digits, None
    (a, a_ordinal), (b, b_ordinal) = numbers
    if b_ordinal and not a_ordinal:
        return b, a
    if a_ordinal and not b_ordinal:
        return a, b
    if a_ordinal and b_ordinal:
        raise _fail("date.invalid", original)
    if len(a) > 2 >= len(b):
        return b, a
    return a, b


def parse_user_date(text: str, lang: Lang, *, today: date | None = None, year_required: bool = False) -> date:
    """Read a date typed by a user, or raise ``DateInputError``; never guess between two readings.

    ``lang`` is the reader's language: it orders the two candidates of an ambiguous numeric date and
    names the weekdays in a mismatch message, and changes nothing else (a Dutch user may type
    "10 March"). ``today`` is the workspace's current date; relative words and dates without a year
    need it and are refused without it.

    ``year_required``: a date without a year is asked about (``date.year_missing``) instead of read as
    its next occurrence. An anniversary or a renewal day is as often behind as ahead of today: "10 March"
    typed on 20 March may mean ten days ago, inside the renewal window, and guessing next year would
    silently skip it. Relative words ("today", "gisteren") still work.
    """
    if year_required and today is not None and _normalize(text) not in _RELATIVE:
        try:
            return parse_user_date(text, lang)
        except DateInputError as err:
            if err.code != "date.invalid":
                raise
            try:
                guess = parse_user_date(text, lang, today=today)
            except DateInputError:
                raise err from None
            try:
                example = guess.replace(year=today.year)
            except ValueError:  # 29 February
                example = guess
            raise DateInputError(
                "date.year_missing", {"text": err.params.get("text", text), "example": example.isoformat()}
            ) from None
    if not isinstance(text, str) or len(text) > MAX_INPUT_LENGTH:
        raise _fail("date.invalid", text if isinstance(text, str) else "")
    normalized = _normalize(text)
    if not normalized:
        raise _fail("date.invalid", text)
    if normalized in _RELATIVE:
        if today is None:
            raise _fail("date.invalid", text)
        try:
            return today + timedelta(days=_RELATIVE[normalized])
        except OverflowError:
            raise _fail("date.invalid", text) from None
    found = _read_iso(normalized, text) or _read_numeric(normalized, text, lang, today)
    if found is not None:
        return found
    return _read_words(normalized, text, lang, today)


_TOKEN_EDGES = "?!,.;:()[]\"'“”‘’"


def date_mentioned(text: str, lang: Lang, today: date) -> tuple[bool, date | None]:
    """Whether a chat message names a day (``2021-04-15``, ``2 april 2021``, ``15/4``, ``on the 12th of
    May``), and the first one it names when that is certain.

    A reply to "status op 2 april 2021" that silently answered as of today would be a wrong deadline
    stated with confidence. This lets the reply say which day it is for. Only runs of one to three words
    holding a digit or a month name are tried, so a long message costs little. A run that reads two ways
    (``03/04``) or is no real day (``31/04``) counts as a date mentioned, with no certain day.
    """
    day, problem = _first_day(text, lang, today)
    return day is not None or problem is not None, day


def date_problem(text: str, lang: Lang, today: date) -> DateInputError | None:
    """Why the day a chat message names was not taken (``03/04`` reads two ways, ``31/04`` is no day), so
    the reply can say exactly that, in the words ``/mpn`` uses; ``None`` when a day was taken or none
    named."""
    day, problem = _first_day(text, lang, today)
    return problem if day is None else None


def _first_day(text: str, lang: Lang, today: date) -> tuple[date | None, DateInputError | None]:
    """The first certain day of ``text``, or else the problem of the shortest run that names one (its
    quote is then the date alone: "31/04", not "covered on 31/04").

    A run holding a word no date is written with ("covered", "Q3") can only be ``date.invalid``, which
    names no day, so it is not tried; nor is a run tried twice. Runs overlap around every number, and
    each try builds an exception: this keeps a long message with many numbers cheap.
    """
    words = [w.strip(_TOKEN_EDGES) for w in text[: MAX_INPUT_LENGTH * 8].split()]
    foreign: dict[int, bool] = {}
    tried: set[tuple[int, int]] = set()
    problem: DateInputError | None = None
    problem_size = 4
    for start, word in enumerate(words):
        if not word or not (any(c.isdigit() for c in word) or word.casefold() in MONTHS):
            continue
        for size in (3, 2, 1):
            for first in range(max(0, start - size + 1), start + 1):
                last = min(first + size, len(words))
                if (first, size) in tried or any(_foreign(words, i, foreign) for i in range(first, last)):
                    continue
                tried.add((first, size))
                run = " ".join(words[first : first + size])
                if not run:
                    continue
                try:
                    return parse_user_date(run, lang, today=today), None
                except DateInputError as err:
                    if err.code in _NAMES_A_DAY and size < problem_size:
                        problem, problem_size = err, size
    return None, problem


def _foreign(words: list[str], index: int, known: dict[int, bool]) -> bool:
    """Whether ``words[index]`` can be in no date, worked out once per word and only for the words
    next to a number or a month name."""
    if index not in known:
        known[index] = not _may_be_date_word(words[index])
    return known[index]


def _may_be_date_word(word: str) -> bool:
    """Whether ``word`` can be part of a date ``parse_user_date`` reads: every piece a number, a month, a
    weekday or a filler, or the word a relative day. Folded as ``_normalize`` folds a whole run, and
    stripped of more than a run's inner words are, so it errs towards trying a run, never skipping one
    that could read."""
    folded = _normalize(word)
    if folded in _RELATIVE:
        return True
    return all(
        not part or part in _FILLERS or part in MONTHS or part in WEEKDAYS or _DIGITS.fullmatch(part)
        for part in _SEPARATORS.split(folded)
    )


# A number with or without an ordinal suffix, of any length: "20210304" is a date (``_ISO_BASIC``).
_DIGITS: Final = re.compile(r"[0-9]+(?:st|nd|rd|th|ste|de|e)?")


# The problems of a run that still names a day: the message is about a day, only not a certain one.
_NAMES_A_DAY: Final = frozenset({"date.ambiguous", "date.year_missing", "date.impossible"})
