"""Which language to answer in, the message catalogue lookup, and dates and day counts in words.

mpn-bot speaks English and Dutch. Deadlines are to the day, so every relative phrase here counts days
and never rounds to weeks or months ("in 11 days", not Babel's default "in 2 weeks"). Pure helpers: no
Slack, no storage, no clock.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Final, Literal, get_args

from babel import Locale
from babel.dates import format_date, format_timedelta

from bot.language.catalogue import MESSAGES
from bot.render.escape import escape_mrkdwn

Lang = Literal["en", "nl"]
LANGUAGES: Final[tuple[Lang, ...]] = get_args(Lang)
DEFAULT_LANGUAGE: Final[Lang] = "en"

_LOCALES: Final[dict[Lang, Locale]] = {lang: Locale.parse(lang) for lang in LANGUAGES}

# Patterns rather than Babel's "long"/"full" styles: Babel's English "long" is the US "March 10, 2021",
# while day-month-year reads naturally to both US and European partner admins and matches Dutch order.
_DAY_PATTERN: Final = "d MMMM y"
_DAY_WITH_WEEKDAY_PATTERN: Final = "EEEE d MMMM y"


def _word_set(words: str) -> frozenset[str]:
    """A word list kept as prose-like lines, so it reads and diffs like the vocabulary it is."""
    return frozenset(words.split())


# Words that mark a sentence as Dutch or English. Only words that are NOT also common in the other
# language: "in", "is", "was", "we", "me", "over", "of", "die", "had", "door", "status", "help" and
# "deadline" are used in both, so they prove nothing and are left out.
_DUTCH_WORDS: Final = _word_set(
    """
    wanneer verlies verliezen verloopt verlopen vervalt vervallen mijn onze ons jouw je jij jullie
    voordelen verlengen verlenging vernieuwen hoeveel dagen dag weken maanden jaar welke welk niet geen
    wat hoe waarom waar ik het de een zijn ben heb hebt hebben kan kun kunnen moet moeten nog wordt
    worden tot van voor met en op aan naar ook maar dit deze er als graag bedankt dank hallo hoi
    alsjeblieft competentie competenties specialisatie specialisaties geavanceerde datum vandaag
    morgen gisteren hun lidmaatschap kosten
    """
)
_ENGLISH_WORDS: Final = _word_set(
    """
    when will i my lose losing lost benefits renew renewal renewing how many much days weeks months
    year which not what the a an to do does did are can our you your please thanks thank hello and or
    for with from it this that where why until about have has should must need get expire expires
    expiring competency competencies specialization specializations advanced today tomorrow yesterday
    be been there still any left by on at if membership fee
    """
)
_WORD = re.compile(r"[^\W\d_]+")
_SLACK_TOKEN = re.compile(r"<[^>]*>")


def detect_language(text: str | None) -> Lang | None:
    """Guess the language of a question, or ``None`` when the words do not clearly say.

    A plain word count, on purpose: questions to this bot are short and about one topic, and a small
    readable list can be reasoned about and fixed, where a statistical detector on five words is a
    coin toss. "Clearly" means one side has at least one marker word and more than twice the other's.
    Slack mentions and links (``<@U123>``, ``<https://…|…>``) are ignored.
    """
    if not text:
        return None
    words = _WORD.findall(_SLACK_TOKEN.sub(" ", text).casefold())
    dutch = sum(word in _DUTCH_WORDS for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    if dutch > 2 * english:
        return "nl"
    if english > 2 * dutch:
        return "en"
    return None


def _primary_subtag(tag: str | None) -> str:
    return (tag or "").strip().replace("_", "-").split("-")[0].casefold()


def language_of_locale(locale: str | None) -> Lang | None:
    """The one mapping from a Slack locale (``nl-NL``, ``nl_BE``, ``en-US``) or a stored language code to
    a language this bot speaks; None for anything else."""
    primary = _primary_subtag(locale)
    for lang in LANGUAGES:
        if primary == lang:
            return lang
    return None


def pick_language(
    user_locale: str | None, workspace_language: str | None, written: Lang | None = None
) -> Lang:
    """Choose the language of one reply.

    Order: the language the question is written in (``written``: a DM reader's ``Understood.lang``; a
    question in Dutch gets a Dutch answer), then a Dutch Slack user locale (``nl-NL``, ``nl-BE``), then the
    workspace's language, then English. An English user locale does not override the workspace: ``en-US``
    is Slack's default and most people never change it, so it says little about a Dutch workspace's users,
    while ``nl-*`` is a deliberate choice.
    """
    if written is not None:
        return written
    if language_of_locale(user_locale) == "nl":
        return "nl"
    return language_of_locale(workspace_language) or DEFAULT_LANGUAGE


def t(key: str, lang: Lang, **params: object) -> str:
    """Render catalogue message ``key`` in ``lang`` with ``str.format``.

    An unknown key or language raises ``KeyError`` rather than falling back to English or to the key:
    the catalogue tests then catch the mistake in CI instead of a user seeing ``date.invalid``.
    Parameters are inserted as given (no escaping); use ``t_mrkdwn`` when they hold user text and the
    result goes into a ``mrkdwn`` field.
    """
    try:
        template = MESSAGES[key][lang]
    except KeyError:
        raise KeyError(f"no message {key!r} in language {lang!r}") from None
    return template.format(**params)


def t_plural(key: str, count: int, lang: Lang, **params: object) -> str:
    """Message ``key`` in the plural form CLDR gives ``count`` in ``lang`` (Babel's plural rules): the
    catalogue holds ``<key>_one`` and ``<key>_other`` (and any other category a language needs), so no
    caller writes its own ``count == 1`` branch. ``count`` is passed to the message as ``{count}``."""
    category = _LOCALES[lang].plural_form(abs(count))
    chosen = f"{key}_{category}" if f"{key}_{category}" in MESSAGES else f"{key}_other"
    return t(chosen, lang, count=count, **params)


def t_mrkdwn(key: str, lang: Lang, **params: object) -> str:
    """Like ``t``, but escapes every string parameter for ``mrkdwn``.

    The safe default for messages that quote user text (offer names, typed dates): a name such as
    ``<!channel>`` then shows as text instead of pinging everyone. Non-string parameters (numbers)
    are inserted as they are.
    """
    safe = {name: escape_mrkdwn(value) if isinstance(value, str) else value for name, value in params.items()}
    return t(key, lang, **safe)


# Formatting through Babel costs tens of microseconds a call and a status reply makes dozens; the answer is
# a pure function of its arguments, so a bounded cache makes repeats free.
@lru_cache(maxsize=8192)
def format_day(d: date, lang: Lang) -> str:
    """A date in words, "10 March 2021" / "10 maart 2021": never the numeric form that can be misread."""
    return format_date(d, _DAY_PATTERN, locale=_LOCALES[lang])


@lru_cache(maxsize=4096)
def format_day_with_weekday(d: date, lang: Lang) -> str:
    """ "Wednesday 10 March 2021" / "woensdag 10 maart 2021", for deadlines people plan a week around."""
    return format_date(d, _DAY_WITH_WEEKDAY_PATTERN, locale=_LOCALES[lang])


def weekday_name(weekday: int, lang: Lang) -> str:
    """The full weekday name for ``date.weekday()`` numbering (Monday is 0), as CLDR spells it."""
    if not 0 <= weekday <= 6:
        raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), got {weekday}")
    return _LOCALES[lang].days["format"]["wide"][weekday]


def _days_in_words(days: int, lang: Lang, *, add_direction: bool) -> str:
    # threshold=inf stops Babel from ever switching to a larger unit ("2 weeks", "2 months"): it only
    # moves up when the value reaches the threshold, and granularity="day" makes days the last stop.
    return format_timedelta(
        timedelta(days=days),
        granularity="day",
        threshold=math.inf,
        add_direction=add_direction,
        format="long",
        locale=_LOCALES[lang],
    )


_RELATIVE_WORDS: Final = {0: "day.today", 1: "day.tomorrow", -1: "day.yesterday"}


@lru_cache(maxsize=4096)
def relative_days(days: int, lang: Lang) -> str:
    """How far a day is from today, always in whole days: "in 11 days" / "over 11 dagen".

    ``days`` is the signed difference (negative in the past). 0 and ±1 use the everyday words
    ("today", "tomorrow", "yesterday"), which Babel does not provide, from the catalogue.
    """
    word = _RELATIVE_WORDS.get(days)
    if word is not None:
        return t(word, lang)
    return _days_in_words(days, lang, add_direction=True)


def format_days_count(n: int, lang: Lang) -> str:
    """A number of days with the right plural: "1 day" / "1 dag", "5 days" / "5 dagen".

    Negative counts are refused rather than shown without their sign; a signed distance belongs in
    ``relative_days``. (Babel's ``format_unit`` is not used: in Babel 2.18 it prints "5 duration-day"
    for Dutch, whose CLDR data has only the short unit pattern.)
    """
    if n < 0:
        raise ValueError(f"a count of days cannot be negative, got {n}; use relative_days for a distance")
    return _days_in_words(n, lang, add_direction=False)
