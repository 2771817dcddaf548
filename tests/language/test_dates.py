"""Dates typed by users: ISO always, numbers read both ways and asked about when ambiguous, month names in
English and Dutch, relative words; anything else is a ``DateInputError`` with a catalogue key."""

from __future__ import annotations

import calendar
import string
from datetime import date, datetime, timedelta

import pytest
from dateutil import parser as dateutil_parser
from hypothesis import assume, example, given
from hypothesis import strategies as st

from bot.language.catalogue import MESSAGES
from bot.language.dates import (
    ECHO_LENGTH,
    MAX_INPUT_LENGTH,
    MONTHS,
    WEEKDAYS,
    DateInputError,
    date_mentioned,
    date_problem,
    parse_user_date,
)
from bot.language.i18n import LANGUAGES, Lang, format_day, format_day_with_weekday

TODAY = date(2021, 3, 10)  # a Wednesday
langs = st.sampled_from(LANGUAGES)
all_dates = st.dates()
four_digit_year_dates = st.dates(min_value=date(1000, 1, 1))


def error(text: str, lang: Lang = "en", today: date | None = TODAY) -> DateInputError:
    with pytest.raises(DateInputError) as caught:
        parse_user_date(text, lang, today=today)
    return caught.value


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


# --- ISO: first, always, whatever the language --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-03-04", date(2021, 3, 4)),
        ("2021/03/04", date(2021, 3, 4)),
        ("2021.03.04", date(2021, 3, 4)),
        ("2021-3-4", date(2021, 3, 4)),
        ("20210304", date(2021, 3, 4)),
        ("  2021-03-04  ", date(2021, 3, 4)),
        ("2021-03-04.", date(2021, 3, 4)),
        ("2024-02-29", date(2024, 2, 29)),
        ("0001-01-01", date(1, 1, 1)),
        ("9999-12-31", date(9999, 12, 31)),
    ],
)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_iso_dates_are_year_month_day_in_every_language(text: str, expected: date, lang: Lang) -> None:
    assert parse_user_date(text, lang) == expected
    assert parse_user_date(text, lang, today=TODAY) == expected


@pytest.mark.parametrize("text", ["2021-02-30", "2023-02-29", "2021-04-31", "20210230", "2021/06/31"])
def test_impossible_iso_dates(text: str) -> None:
    assert error(text).code == "date.impossible"
    assert error(text, "nl").code == "date.impossible"


@pytest.mark.parametrize(
    "text", ["2021-13-01", "2021-00-10", "2021-01-32", "2021-01-00", "0000-01-01", "2021-03/04", "20211301"]
)
def test_malformed_iso_dates_are_invalid(text: str) -> None:
    assert error(text).code == "date.invalid"


def test_a_day_first_eight_digit_number_is_not_read_as_iso() -> None:
    """10032021 (ddmmyyyy) would be year 1003, month 20: refused, not misread."""
    assert error("10032021", "nl").code == "date.invalid"


@given(all_dates, langs)
def test_iso_round_trips_for_every_date(d: date, lang: Lang) -> None:
    assert parse_user_date(d.isoformat(), lang) == d
    assert parse_user_date(d.isoformat(), lang, today=TODAY) == d


@given(four_digit_year_dates, langs)
def test_basic_iso_round_trips(d: date, lang: Lang) -> None:
    assert parse_user_date(d.strftime("%Y%m%d"), lang) == d


# --- numbers with separators ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25/03/2021", date(2021, 3, 25)),
        ("03/25/2021", date(2021, 3, 25)),
        ("25-03-2021", date(2021, 3, 25)),
        ("25.3.2021", date(2021, 3, 25)),
        ("25-03-21", date(2021, 3, 25)),
        ("3/25/21", date(2021, 3, 25)),
        ("04/04/2021", date(2021, 4, 4)),
        ("31-12-2021", date(2021, 12, 31)),
        ("29/02/2024", date(2024, 2, 29)),
        ("15-10-2018", date(2018, 10, 15)),
        ("14/11/2018", date(2018, 11, 14)),
    ],
)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_numeric_dates_with_one_possible_reading(text: str, expected: date, lang: Lang) -> None:
    assert parse_user_date(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        ("03/04/2021", "en", date(2021, 3, 4), date(2021, 4, 3)),
        ("03/04/2021", "nl", date(2021, 4, 3), date(2021, 3, 4)),
        ("03-04-2021", "nl", date(2021, 4, 3), date(2021, 3, 4)),
        ("1.2.21", "nl", date(2021, 2, 1), date(2021, 1, 2)),
        ("12/11/2021", "en", date(2021, 12, 11), date(2021, 11, 12)),
    ],
)
def test_ambiguous_numeric_dates_are_asked_about(text: str, lang: Lang, first: date, second: date) -> None:
    err = error(text, lang)
    assert err.code == "date.ambiguous"
    assert err.params["first"] == first
    assert err.params["second"] == second
    assert err.params["first_iso"] == first.isoformat()
    assert err.params["second_iso"] == second.isoformat()
    assert err.params["text"] == text


def test_ambiguous_message_shows_both_dates_in_words_and_suggests_iso() -> None:
    en = error("03/04/2021", "en").message("en")
    assert "4 March 2021" in en and "3 April 2021" in en
    assert "2021-03-04" in en and "YYYY-MM-DD" in en
    nl = error("03/04/2021", "nl").message("nl")
    assert nl.index("3 april 2021") < nl.index("4 maart 2021")
    assert "JJJJ-MM-DD" in nl


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("32/13/2021", "date.invalid"),
        ("13/13/2021", "date.invalid"),
        ("00/05/2021", "date.invalid"),
        ("30/02/2021", "date.impossible"),
        ("02/30/2021", "date.impossible"),
        ("31/04/2021", "date.impossible"),
        ("29/02/2023", "date.impossible"),
        ("10/03-2021", "date.invalid"),
        ("10/03/202", "date.invalid"),
        ("10/03/20210", "date.invalid"),
        ("10 03 2021", "date.invalid"),
        ("1/2/3/4", "date.invalid"),
        ("123/4/2021", "date.invalid"),
    ],
)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_numeric_dates_that_cannot_be_used(text: str, code: str, lang: Lang) -> None:
    assert error(text, lang).code == code


def test_numeric_dates_without_a_year_are_the_next_occurrence() -> None:
    assert parse_user_date("25/03", "nl", today=TODAY) == date(2021, 3, 25)
    assert parse_user_date("25-2", "nl", today=TODAY) == date(2022, 2, 25)
    assert parse_user_date("15/3", "nl", today=date(2021, 3, 15)) == date(2021, 3, 15)  # today counts
    assert error("3/4", "en").code == "date.ambiguous"
    assert error("25/03", "en", today=None).code == "date.invalid"


@st.composite
def numeric(draw: st.DrawFn, d: date, lang: Lang) -> str:
    """``d`` written the way ``lang`` writes numbers: day first in Dutch, month first in English."""
    sep = draw(st.sampled_from("-/." if lang == "nl" else "/-."))
    pad = draw(st.booleans())
    day, month = (f"{d.day:02d}", f"{d.month:02d}") if pad else (str(d.day), str(d.month))
    year = draw(
        st.sampled_from([f"{d.year:04d}", f"{d.year % 100:02d}"] if d.year >= 2000 else [f"{d.year:04d}"])
    )
    parts = [day, month, year] if lang == "nl" else [month, day, year]
    return sep.join(parts)


@given(all_dates.filter(lambda d: d.day > 12 and d.year < 2100), langs, st.data())
def test_locale_numeric_format_round_trips_when_the_day_is_over_12(
    d: date, lang: Lang, data: st.DataObject
) -> None:
    assert parse_user_date(data.draw(numeric(d, lang)), lang) == d


@given(all_dates.filter(lambda d: d.day <= 12 and d.day != d.month and d.year < 2100), langs, st.data())
def test_numeric_dates_with_two_readings_are_always_asked_about(
    d: date, lang: Lang, data: st.DataObject
) -> None:
    text = data.draw(numeric(d, lang))
    err = error(text, lang)
    assert err.code == "date.ambiguous"
    assert err.params["first"] == d  # the reader's own convention is offered first
    assert err.params["second"] == d.replace(day=d.month, month=d.day)


@given(all_dates.filter(lambda d: d.day == d.month and d.year < 2100), langs, st.data())
def test_numeric_dates_with_equal_day_and_month_need_no_question(
    d: date, lang: Lang, data: st.DataObject
) -> None:
    assert parse_user_date(data.draw(numeric(d, lang)), lang) == d


def test_two_digit_years_are_this_century() -> None:
    assert parse_user_date("25-03-99", "nl") == date(2099, 3, 25)
    assert parse_user_date("25-03-00", "nl") == date(2000, 3, 25)


# --- month names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "10 March 2021",
        "March 10, 2021",
        "March 10 2021",
        "10 maart 2021",
        "10 mrt 2021",
        "10 mrt. 2021",
        "mrt 10 2021",
        "10 Mar 2021",
        "10-Mar-2021",
        "10/mrt/2021",
        "10 MARCH 2021",
        "10 Maart 2021",
        "2021 March 10",
        "10th March 2021",
        "the 10th of March 2021",
        "March 10th, 2021",
        "10e maart 2021",
        "10de maart 2021",
        "op 10 maart 2021",
        "on 10 March 2021",
        "10 March 21",
        "Wednesday 10 March 2021",
        "Wed, 10 Mar 2021",
        "woensdag 10 maart 2021",
        "wo 10 mrt 2021",
        "Wednesday, March 10, 2021",
    ],
)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_month_name_dates(text: str, lang: Lang) -> None:
    assert parse_user_date(text, lang) == date(2021, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 mei 2021", date(2021, 5, 1)),
        ("1 May 2021", date(2021, 5, 1)),
        ("15 okt 2018", date(2018, 10, 15)),
        ("15 October 2018", date(2018, 10, 15)),
        ("14 november 2018", date(2018, 11, 14)),
        ("5 sept 2021", date(2021, 9, 5)),
        ("5 Sep 2021", date(2021, 9, 5)),
        ("1 juni 2021", date(2021, 6, 1)),
        ("3 juli 2021", date(2021, 7, 3)),
        ("29 februari 2024", date(2024, 2, 29)),
        ("30 June 2021", date(2021, 6, 30)),
    ],
)
def test_month_names_in_both_languages(text: str, expected: date) -> None:
    assert parse_user_date(text, "en") == expected
    assert parse_user_date(text, "nl") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1e april", date(2021, 4, 1)),
        ("1st of April", date(2021, 4, 1)),
        ("10 maart", date(2021, 3, 10)),  # today itself
        ("9 maart", date(2022, 3, 9)),  # already passed this year
        ("March 11", date(2021, 3, 11)),
        ("1 jan", date(2022, 1, 1)),
        ("29 feb", date(2024, 2, 29)),  # the next 29 February that exists
        ("31 dec", date(2021, 12, 31)),
    ],
)
def test_a_missing_year_means_the_next_occurrence(text: str, expected: date) -> None:
    assert parse_user_date(text, "nl", today=TODAY) == expected


def test_a_missing_year_needs_today() -> None:
    assert error("10 maart", "nl", today=None).code == "date.invalid"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("30 February 2021", "date.impossible"),
        ("29 feb 2023", "date.impossible"),
        ("31 april", "date.impossible"),
        ("31 juni 2021", "date.impossible"),
        ("30 feb", "date.impossible"),
        ("32 March 2021", "date.invalid"),
        ("0 March 2021", "date.invalid"),
        ("March", "date.invalid"),
        ("March 2021", "date.invalid"),
        ("10 March April 2021", "date.invalid"),
        ("10 11 March 2021", "date.invalid"),
        ("10th March 11th", "date.invalid"),
        ("10 March 2021 extra", "date.invalid"),
        ("10 March 202", "date.invalid"),
        ("100 March 2021", "date.invalid"),
        ("10 March 2021 2022", "date.invalid"),
        ("Monday Tuesday 10 March 2021", "date.invalid"),
        ("mar", "date.invalid"),
    ],
)
def test_month_name_dates_that_cannot_be_used(text: str, code: str) -> None:
    assert error(text).code == code


def test_a_weekday_that_contradicts_the_date_is_asked_about() -> None:
    err = error("Tuesday 10 March 2021", "en")
    assert err.code == "date.weekday_mismatch"
    assert err.params["day"] == date(2021, 3, 10)
    assert err.message("en").startswith("10 March 2021 is a Wednesday, not a Tuesday.")
    nl = error("dinsdag 10 maart 2021", "nl")
    assert nl.message("nl").startswith("10 maart 2021 valt op een woensdag, niet op een dinsdag.")


def test_month_and_weekday_tables_come_from_both_languages() -> None:
    for name, month in {"march": 3, "maart": 3, "mrt": 3, "mei": 5, "may": 5, "okt": 10, "oct": 10}.items():
        assert MONTHS[name] == month
    for name, weekday in {"wednesday": 2, "woensdag": 2, "wo": 2, "wed": 2, "zondag": 6, "sun": 6}.items():
        assert WEEKDAYS[name] == weekday
    assert not set(MONTHS) & set(WEEKDAYS)


@given(four_digit_year_dates, langs, langs)
def test_dates_the_bot_writes_can_be_typed_back(d: date, written: Lang, reader: Lang) -> None:
    assert parse_user_date(format_day(d, written), reader) == d
    assert parse_user_date(format_day_with_weekday(d, written), reader) == d


# dateutil as an independent oracle: for complete month-name dates (nothing for it to fill in or
# reorder) it must agree with our reader.
class _BilingualInfo(dateutil_parser.parserinfo):
    MONTHS = [  # dateutil reads this class attribute; names match case-insensitively
        ("Jan", "January", "januari"),
        ("Feb", "February", "februari"),
        ("Mar", "March", "maart", "mrt"),
        ("Apr", "April"),
        ("May", "mei"),
        ("Jun", "June", "juni"),
        ("Jul", "July", "juli"),
        ("Aug", "August", "augustus"),
        ("Sep", "Sept", "September"),
        ("Oct", "October", "oktober", "okt"),
        ("Nov", "November"),
        ("Dec", "December"),
    ]


@given(
    four_digit_year_dates,
    st.sampled_from(["{d} {m} {y}", "{m} {d}, {y}", "{m} {d} {y}", "{d}-{m}-{y}", "{y} {m} {d}"]),
    st.data(),
    langs,
)
def test_agrees_with_dateutil_on_complete_month_name_dates(
    d: date, pattern: str, data: st.DataObject, lang: Lang
) -> None:
    month = data.draw(st.sampled_from(_BilingualInfo.MONTHS[d.month - 1]))
    month = data.draw(st.sampled_from([month, month.upper(), month.lower()]))
    text = pattern.format(d=d.day, m=month, y=f"{d.year:04d}")
    oracle = dateutil_parser.parse(text, parserinfo=_BilingualInfo(), default=datetime(1900, 1, 1)).date()
    assert parse_user_date(text, lang) == oracle == d


# --- relative words ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("today", 0),
        ("Today", 0),
        ("vandaag", 0),
        ("tomorrow", 1),
        ("morgen", 1),
        ("overmorgen", 2),
        ("yesterday", -1),
        ("gisteren", -1),
        ("eergisteren", -2),
        ("  Vandaag! ", 0),
    ],
)
def test_relative_words(text: str, offset: int) -> None:
    assert parse_user_date(text, "nl", today=TODAY) == TODAY + timedelta(days=offset)
    assert error(text, "en", today=None).code == "date.invalid"


def test_relative_words_at_the_edge_of_the_calendar() -> None:
    assert error("tomorrow", "en", today=date.max).code == "date.invalid"
    assert error("gisteren", "nl", today=date.min).code == "date.invalid"
    assert error("1 jan", "en", today=date.max).code == "date.invalid"


# --- hostile and random input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "soon",
        "binnenkort",
        "next week",
        "<!channel>",
        "<@U123> 2021-03-04",
        "2021-03-04 <!here>",
        "x" * 10_000,
        "2021-03-04" + " " * 10_000,
        "٢٠٢١-٠٣-٠٤",  # Arabic-Indic digits: int() would accept them, we do not
        "२०२१-०३-०४",
        "2021-03-04\x00",
        "\u202e4202-30-1202",
        "😀",
        "10 March 2021 😀",
        "{text}",
        "{0}",
        "%s",
        "1e999",
        "-1",
        "2021",
        "10",
        "10e",
    ],
)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_junk_is_refused_with_date_invalid(text: str, lang: Lang) -> None:
    err = error(text, lang)
    assert err.code == "date.invalid"
    assert len(err.params["text"]) <= ECHO_LENGTH  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("２０２１-０３-０４", date(2021, 3, 4)),  # full-width digits, as some IMEs type them
        ("2021-03-04\u200b", date(2021, 3, 4)),  # zero-width space
        ("\u200e10 maart 2021", date(2021, 3, 10)),  # left-to-right mark
        ("10\u00a0March\u00a02021", date(2021, 3, 10)),  # non-breaking spaces
    ],
)
def test_harmless_unicode_is_folded(text: str, expected: date) -> None:
    assert parse_user_date(text, "en") == expected


def test_input_longer_than_any_date_is_refused_early() -> None:
    padded = "10 March 2021".ljust(MAX_INPUT_LENGTH + 1)
    assert error(padded).code == "date.invalid"


@given(st.text(max_size=80), langs, st.none() | st.dates())
@example("2021-02-30", "en", None)
@example("03/04/2021", "nl", None)
@example("Tuesday 10 March 2021", "en", None)
@example("29 feb", "nl", date(9999, 3, 1))
def test_any_text_gives_a_date_or_a_date_input_error(text: str, lang: Lang, today: date | None) -> None:
    try:
        result = parse_user_date(text, lang, today=today)
    except DateInputError as err:
        assert err.code in MESSAGES
        assert placeholders(MESSAGES[err.code]["en"]) <= set(err.params)
        for reply_lang in LANGUAGES:
            message = err.message(reply_lang)
            assert "<" not in message and ">" not in message
    else:
        assert isinstance(result, date)


@given(st.text(alphabet="0123456789-/. ", max_size=12), langs, st.none() | st.dates())
def test_any_numeric_text_gives_a_date_or_a_date_input_error(
    text: str, lang: Lang, today: date | None
) -> None:
    try:
        assert isinstance(parse_user_date(text, lang, today=today), date)
    except DateInputError as err:
        assert err.code in ("date.invalid", "date.ambiguous", "date.impossible")


@given(st.dates(max_value=date(9990, 1, 1)), st.integers(1, 12), st.integers(1, 31), langs)
def test_a_date_without_a_year_is_the_first_occurrence_on_or_after_today(
    today: date, month: int, day: int, lang: Lang
) -> None:
    assume(day <= (29 if month == 2 else 31 if month in (1, 3, 5, 7, 8, 10, 12) else 30))
    text = f"{day} {format_day(date(2024, month, 1), 'nl').split()[1]}"
    found = parse_user_date(text, lang, today=today)
    assert (found.month, found.day) == (month, day)
    assert found >= today
    for year in range(today.year, found.year):  # no earlier occurrence was skipped
        if (month, day) != (2, 29) or calendar.isleap(year):
            assert date(year, month, day) < today


# --- the error object and its messages -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["soon", "2021-02-30", "03/04/2021", "Tuesday 10 March 2021", "31 april", "<!channel>"]
)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_error_renders_with_the_parameters_it_carries(text: str, lang: Lang) -> None:
    err = error(text, lang)
    assert err.code in MESSAGES
    assert placeholders(MESSAGES[err.code][lang]) <= set(err.params)
    assert err.message(lang)


def test_error_messages_escape_the_users_text() -> None:
    message = error("<!channel> & <@U123>").message("en")
    assert "&lt;!channel&gt; &amp; &lt;@U123&gt;" in message
    assert "<" not in message


def test_error_messages_quote_a_short_printable_excerpt() -> None:
    err = error("soon\x00\u202e" + "x" * 100)
    quoted = err.params["text"]
    assert isinstance(quoted, str)
    assert len(quoted) <= ECHO_LENGTH
    assert quoted.startswith("soonx") and quoted.endswith("…")


def test_date_input_error_is_a_value_error_with_code_and_params() -> None:
    err = DateInputError("date.invalid", {"text": "soon"})
    assert isinstance(err, ValueError)
    assert (err.code, err.params) == ("date.invalid", {"text": "soon"})
    assert err.message("nl") == MESSAGES["date.invalid"]["nl"].format(text="soon")


def test_year_required_asks_instead_of_taking_the_next_occurrence() -> None:
    today = date(2021, 3, 20)
    assert parse_user_date("10 March", "en", today=today) == date(2022, 3, 10)  # a look-ahead: next one
    with pytest.raises(DateInputError) as err:
        parse_user_date("10 March", "en", today=today, year_required=True)
    assert err.value.code == "date.year_missing" and err.value.params["example"] == "2021-03-10"
    assert parse_user_date("10 March 2021", "en", today=today, year_required=True) == date(2021, 3, 10)
    assert parse_user_date("2021-03-10", "nl", today=today, year_required=True) == date(2021, 3, 10)
    assert parse_user_date("gisteren", "nl", today=today, year_required=True) == date(2021, 3, 19)
    with pytest.raises(DateInputError) as ambiguous:
        parse_user_date("03/04/2021", "en", today=today, year_required=True)
    assert ambiguous.value.code == "date.ambiguous"
    with pytest.raises(DateInputError) as invalid:
        parse_user_date("soon", "en", today=today, year_required=True)
    assert invalid.value.code == "date.invalid"


def _every_run_tried(text: str, lang: Lang, today: date) -> tuple[date | None, str | None]:
    """The specification of a date in a chat message, the slow way: every run of one to three words
    around a number or a month name, in order, read by ``parse_user_date``; the first day read wins,
    else the problem of the shortest run that names a day."""
    words = [w.strip("?!,.;:()[]\"'“”‘’") for w in text[: MAX_INPUT_LENGTH * 8].split()]
    problem: str | None = None
    problem_size = 4
    for start, word in enumerate(words):
        if not word or not (any(c.isdigit() for c in word) or word.casefold() in MONTHS):
            continue
        for size in (3, 2, 1):
            for first in range(max(0, start - size + 1), start + 1):
                run = " ".join(words[first : first + size])
                try:
                    return parse_user_date(run, lang, today=today), None
                except DateInputError as err:
                    names_a_day = err.code in ("date.ambiguous", "date.year_missing", "date.impossible")
                    if run and names_a_day and size < problem_size:
                        problem, problem_size = err.code, size
    return None, problem


_CHAT_WORDS = st.sampled_from(
    [
        "the",
        "of",
        "on",
        "op",
        "de",
        "covered",
        "Q3",
        "v2.1",
        "ok?",
        "(12",
        "mei)",
        "maandag",
        "wo",
        "thurs,",
        "today",
        "gisteren",
        "20210304",
        "2021-04-31",
        "31/04",
        "3/4",
        "12/13",
        "15-4-2021",
        "1e",
        "12th",
        "March",
        "sept",
        "mrt.",
        "２",
        "1\u200b2",
        "«3",
        "april»",
        "30",
        "februari",
        "2021",
        "21",
        "-",
        "/",
        "x",
        "7",
    ]
)


@given(words=st.lists(_CHAT_WORDS, max_size=9), lang=st.sampled_from(LANGUAGES))
@example(words=["renewed", "20210304"], lang="en")
@example(words=["covered", "on", "31/04?"], lang="en")
def test_a_date_in_a_chat_message_is_found_as_trying_every_run_would(words: list[str], lang: Lang) -> None:
    """``date_mentioned`` skips runs that cannot read and runs already tried; it must find what
    trying every run finds."""
    text, today = " ".join(words), date(2021, 3, 20)
    day, problem = _every_run_tried(text, lang, today)
    assert date_mentioned(text, lang, today) == (day is not None or problem is not None, day)
    found = date_problem(text, lang, today)
    assert (found.code if found else None) == (problem if day is None else None)
