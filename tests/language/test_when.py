"""Days and ranges inside DMs (``bot.language.reader.when``): the project's never-guess rule first, then
our own range grammar (English and Dutch), then dateparser for relative days, imported lazily."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from bot.language.reader.when import Span, read_when
from tests.paths import ROOT

TODAY = date(2021, 3, 20)  # a Saturday


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("are we still covered on the 12th of next month?", "en", date(2021, 4, 12), date(2021, 4, 12)),
        ("zijn we de 12e van volgende maand nog gedekt?", "nl", date(2021, 4, 12), date(2021, 4, 12)),
        ("what runs out before the end of the year?", "en", TODAY, date(2021, 12, 31)),
        ("wat verloopt er voor het einde van het jaar", "nl", TODAY, date(2021, 12, 31)),
        ("what expires in May?", "en", date(2021, 5, 1), date(2021, 5, 31)),
        ("wat vervalt er in april?", "nl", date(2021, 4, 1), date(2021, 4, 30)),
        ("anything expiring this quarter", "en", date(2021, 1, 1), date(2021, 3, 31)),
        ("welke competenties vervallen dit kwartaal", "nl", date(2021, 1, 1), date(2021, 3, 31)),
        ("what is due in Q3?", "en", date(2021, 7, 1), date(2021, 9, 30)),
        ("Q1 2022", "en", date(2022, 1, 1), date(2022, 3, 31)),
        ("which renewals are due in the next 90 days", "en", TODAY, date(2021, 6, 18)),
        ("wat moet er de komende twee weken verlengd worden", "nl", TODAY, date(2021, 4, 3)),
        ("wat moet er over twee weken verlengd worden?", "nl", date(2021, 4, 3), date(2021, 4, 3)),
        ("stand per 1 september?", "nl", date(2021, 9, 1), date(2021, 9, 1)),
        ("welke verlopen er na de zomer?", "nl", date(2021, 9, 1), date(2021, 12, 31)),
        ("what expires after the summer", "en", date(2021, 9, 1), date(2021, 12, 31)),
        ("wat verloopt er eind mei", "nl", TODAY, date(2021, 5, 31)),
        ("anything due by the end of June?", "en", TODAY, date(2021, 6, 30)),
        ("status next friday", "en", date(2021, 3, 26), date(2021, 3, 26)),
        ("overzicht volgende vrijdag", "nl", date(2021, 3, 26), date(2021, 3, 26)),
        ("what is due next month", "en", date(2021, 4, 1), date(2021, 4, 30)),
        ("status as of 2021-05-01", "en", date(2021, 5, 1), date(2021, 5, 1)),
        ("what falls off before end of January?", "en", TODAY, date(2022, 1, 31)),
        ("anything due before the end of the month?", "en", TODAY, date(2021, 3, 31)),
        ("wat vervalt er voor het eind van de maand", "nl", TODAY, date(2021, 3, 31)),
        ("what lapses by the end of this quarter", "en", TODAY, date(2021, 3, 31)),
        ("wat loopt er af voor het einde van het kwartaal", "nl", TODAY, date(2021, 3, 31)),
        ("what expires before Christmas?", "en", TODAY, date(2021, 12, 24)),
        ("wat vervalt er nog voor de kerst?", "nl", TODAY, date(2021, 12, 24)),
        ("what expires over Christmas", "en", date(2021, 12, 24), date(2021, 12, 26)),
        ("welke verlopen er na de zomervakantie?", "nl", date(2021, 9, 1), date(2021, 12, 31)),
        # ordinal quarters and halves of the year (round 11's classes)
        ("what expires in the third quarter?", "en", date(2021, 7, 1), date(2021, 9, 30)),
        ("welke vervallen er in het derde kwartaal?", "nl", date(2021, 7, 1), date(2021, 9, 30)),
        ("what's due in the second half of the year?", "en", date(2021, 7, 1), date(2021, 12, 31)),
        ("wat loopt er af in de eerste helft van het jaar?", "nl", date(2021, 1, 1), date(2021, 6, 30)),
        ("anything expiring in H2?", "en", date(2021, 7, 1), date(2021, 12, 31)),
        ("H1 2022", "en", date(2022, 1, 1), date(2022, 6, 30)),
    ],
)
def test_days_and_ranges_in_questions(text: str, lang: str, start: date, end: date) -> None:
    assert read_when(text, lang, TODAY).span == Span(start, end)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("we renewed it yesterday", "en", date(2021, 3, 19)),
        ("we renewed security last tuesday", "en", date(2021, 3, 16)),
        ("security got renewed on tuesday", "en", date(2021, 3, 16)),  # told: the last Tuesday
        ("ik heb kubernetes op 18 maart vernieuwd", "nl", date(2021, 3, 18)),
        ("vorige week dinsdag verlengd", "nl", date(2021, 3, 16)),
        ("we renewed it on 25 March", "en", date(2020, 3, 25)),  # a renewal told is in the past
        ("renewed 3 days ago", "en", date(2021, 3, 17)),  # dateparser
    ],
)
def test_a_renewal_told_is_read_in_the_past(text: str, lang: str, day: date) -> None:
    assert read_when(text, lang, TODAY, past=True).span == Span(day, day)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["status on 03/04/2021", "wanneer verlies ik mijn voordelen op 03/04?"])
def test_a_date_that_reads_two_ways_is_named_but_never_guessed(text: str) -> None:
    when = read_when(text, "nl", TODAY)
    assert when.named and when.span is None


@pytest.mark.parametrize(
    "text",
    [
        "Kunt ge efkes nakijken of er iets vervalt voor de kerstvakantie?",
        "welke vervallen er tijdens de zomervakantie?",
        "wat moet er voor de bouwvakantie verlengd worden",
        "anything expiring during the summer holidays?",
        "what lapses before the Christmas break",
        "anything running out before the holidays?",
        "wat verloopt er voor de feestdagen?",
    ],
)
def test_a_school_holiday_is_named_but_never_guessed(text: str) -> None:
    """School holidays differ by region and year: the message names a time, and no span is taken."""
    when = read_when(text, "nl", TODAY)
    assert when.named and when.holiday and when.span is None


@pytest.mark.parametrize(
    "text", ["when do we lose benefits", "we", "status", "hoi", "", "x" * 5000, "<@U1> :smile:"]
)
def test_no_day_named(text: str) -> None:
    assert not read_when(text, "en", TODAY).named


def test_dateparser_is_not_imported_until_a_dm_needs_it() -> None:
    code = (
        "import sys, bot.app, bot.dm.answer, bot.language.reader.when as w; from datetime import date; "
        "assert 'dateparser' not in sys.modules; "
        "w.read_when('status 2021-05-01', 'en', date(2021, 3, 20)); assert 'dateparser' not in sys.modules; "
        "w.read_when('renewed 3 days ago', 'en', date(2021, 3, 20), past=True); assert 'dateparser' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
