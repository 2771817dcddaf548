"""Language choice, the message catalogue and dates in words, in English and Dutch."""

from __future__ import annotations

import ast
import re
import string
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.language import i18n
from bot.language.catalogue import MESSAGES
from bot.language.i18n import (
    LANGUAGES,
    Lang,
    detect_language,
    format_day,
    format_day_with_weekday,
    format_days_count,
    pick_language,
    relative_days,
    t,
    t_mrkdwn,
    weekday_name,
)
from tests.paths import ROOT

langs = st.sampled_from(LANGUAGES)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31))


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


# --- the catalogue -----------------------------------------------------------------------------------


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) == set(LANGUAGES), f"{key}: languages {sorted(entry)}"
    for lang in LANGUAGES:
        assert entry[lang].strip(), f"{key}: empty {lang} text"
    assert placeholders(entry["en"]) == placeholders(entry["nl"]), key
    for field in placeholders(entry["en"]):
        assert field.isidentifier(), f"{key}: placeholder {{{field}}} must be a plain name"


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_renders_with_its_placeholders(key: str) -> None:
    params = {name: f"<{name}>" for name in placeholders(MESSAGES[key]["en"])}
    for lang in LANGUAGES:
        rendered = t(key, lang, **params)
        assert "{" not in rendered and "}" not in rendered, (key, lang, rendered)


def test_catalogue_keys_are_sorted_so_parallel_additions_merge_cleanly() -> None:
    assert list(MESSAGES) == sorted(MESSAGES)


def test_catalogue_is_a_plain_dict_literal() -> None:
    """Others add keys by editing the literal; computed entries would hide keys from review."""
    source = ROOT.joinpath("bot", "language", "catalogue.py").read_text(encoding="utf-8")
    assigns = [node for node in ast.parse(source).body if isinstance(node, ast.AnnAssign | ast.Assign)]
    assert len(assigns) == 1
    value = assigns[0].value
    assert isinstance(value, ast.Dict)
    assert all(isinstance(k, ast.Constant) for k in value.keys)


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_dutch_is_informal(key: str) -> None:
    assert not re.search(r"\b(u|uw|U|Uw)\b", MESSAGES[key]["nl"]), MESSAGES[key]["nl"]


def test_the_keys_other_modules_rely_on_exist() -> None:
    for key in (
        "error.generic",
        "date.invalid",
        "date.ambiguous",
        "date.impossible",
        "date.weekday_mismatch",
    ):
        assert key in MESSAGES


# --- t() ---------------------------------------------------------------------------------------------


def test_t_renders_each_language() -> None:
    assert t("day.today", "en") == "today"
    assert t("day.today", "nl") == "vandaag"
    assert t("date.invalid", "nl", text="binnenkort") == (
        "Ik kan “binnenkort” niet als datum lezen. Probeer bijvoorbeeld 2021-03-10 of 10 maart 2021."
    )


def test_t_raises_on_a_missing_key_or_language() -> None:
    with pytest.raises(KeyError):
        t("no.such.key", "en")
    with pytest.raises(KeyError):
        t("day.today", "fr")  # type: ignore[arg-type]


def test_t_raises_on_a_missing_parameter() -> None:
    with pytest.raises(KeyError):
        t("date.invalid", "en")


def test_t_leaves_parameters_alone_and_t_mrkdwn_escapes_them() -> None:
    assert "“<!channel>”" in t("date.invalid", "en", text="<!channel>")
    rendered = t_mrkdwn("date.invalid", "en", text="<!channel> & co")
    assert "“&lt;!channel&gt; &amp; co”" in rendered
    assert "<" not in rendered


# --- language choice ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("user_locale", "workspace", "expected"),
    [
        ("nl-NL", None, "nl"),
        ("nl-BE", "en", "nl"),
        ("nl_NL", None, "nl"),
        ("NL", None, "nl"),
        ("en-US", "nl", "nl"),  # Slack's default locale does not override a Dutch workspace
        ("en-GB", "en", "en"),
        ("en-US", None, "en"),
        ("fr-FR", "nl", "nl"),
        ("fr-FR", "fr", "en"),
        (None, None, "en"),
        ("", "", "en"),
        (None, "nl-NL", "nl"),
        ("  nl-nl ", None, "nl"),
    ],
)
def test_pick_language_from_locale_and_workspace(
    user_locale: str | None, workspace: str | None, expected: Lang
) -> None:
    assert pick_language(user_locale, workspace) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wanneer verlies ik mijn voordelen?", "nl"),
        ("Hoeveel dagen heb ik nog om Azure te verlengen?", "nl"),
        ("welke competenties verlopen deze maand", "nl"),
        ("Wat is de status van mijn competentie?", "nl"),
        ("When do I lose my benefits?", "en"),
        ("How many days do I have left to renew Azure?", "en"),
        ("what is the status of my competency", "en"),
        ("<@U123> wanneer verloopt Gold Cloud Platform?", "nl"),
        ("status", None),
        ("help", None),
        ("10 maart 2021", None),
        ("Gold Cloud Platform", None),
        ("", None),
        (None, None),
        ("the de", None),  # one marker each: not clear
    ],
)
def test_detect_language(text: str | None, expected: Lang | None) -> None:
    assert detect_language(text) == expected


def test_text_language_wins_when_clear() -> None:
    assert pick_language("en-US", "en", detect_language("Wanneer verlies ik mijn voordelen?")) == "nl"
    assert pick_language("nl-NL", "nl", detect_language("When do I lose my benefits?")) == "en"


def test_unclear_text_falls_back_to_locale_then_workspace() -> None:
    assert pick_language("nl-NL", "en", detect_language("status")) == "nl"
    assert pick_language("en-US", "nl", detect_language("Gold Cloud Platform")) == "nl"
    assert pick_language(None, None, detect_language("status")) == "en"


@given(st.text(max_size=300), st.none() | st.text(max_size=20), st.none() | st.text(max_size=20))
def test_pick_language_always_answers_en_or_nl(
    text: str, user_locale: str | None, workspace: str | None
) -> None:
    assert pick_language(user_locale, workspace, detect_language(text)) in LANGUAGES


def test_marker_word_lists_do_not_overlap() -> None:
    assert not (i18n._DUTCH_WORDS & i18n._ENGLISH_WORDS)


# --- dates and days in words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "day", "with_weekday"),
    [
        ("en", "10 March 2021", "Wednesday 10 March 2021"),
        ("nl", "10 maart 2021", "woensdag 10 maart 2021"),
    ],
)
def test_format_day(lang: Lang, day: str, with_weekday: str) -> None:
    assert format_day(date(2021, 3, 10), lang) == day
    assert format_day_with_weekday(date(2021, 3, 10), lang) == with_weekday


def test_format_day_other_months() -> None:
    assert format_day(date(2024, 2, 29), "nl") == "29 februari 2024"
    assert format_day(date(2021, 5, 1), "nl") == "1 mei 2021"
    assert format_day(date(2021, 10, 15), "en") == "15 October 2021"
    assert format_day_with_weekday(date(2021, 10, 15), "nl") == "vrijdag 15 oktober 2021"


@given(dates, langs)
def test_format_day_with_weekday_names_the_right_weekday(d: date, lang: Lang) -> None:
    assert format_day_with_weekday(d, lang) == f"{weekday_name(d.weekday(), lang)} {format_day(d, lang)}"


def test_weekday_name() -> None:
    assert [weekday_name(i, "nl") for i in range(7)] == [
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    ]  # fmt: skip
    assert weekday_name(6, "en") == "Sunday"
    with pytest.raises(ValueError):
        weekday_name(7, "en")


@pytest.mark.parametrize(
    ("days", "en", "nl"),
    [
        (0, "today", "vandaag"),
        (1, "tomorrow", "morgen"),
        (-1, "yesterday", "gisteren"),
        (2, "in 2 days", "over 2 dagen"),
        (-2, "2 days ago", "2 dagen geleden"),
        (11, "in 11 days", "over 11 dagen"),
        (-11, "11 days ago", "11 dagen geleden"),
        (30, "in 30 days", "over 30 dagen"),
        (60, "in 60 days", "over 60 dagen"),
        (365, "in 365 days", "over 365 dagen"),
        (-400, "400 days ago", "400 dagen geleden"),
    ],
)
def test_relative_days_counts_days_and_never_rounds(days: int, en: str, nl: str) -> None:
    assert relative_days(days, "en") == en
    assert relative_days(days, "nl") == nl


@given(st.integers(min_value=-5000, max_value=5000), langs)
def test_relative_days_always_shows_the_exact_number(days: int, lang: Lang) -> None:
    out = relative_days(days, lang)
    if abs(days) > 1:
        assert str(abs(days)) in out
        assert "week" not in out and "month" not in out and "maand" not in out and "jaar" not in out
        assert out.startswith(("in ", "over ")) == (days > 0)


@pytest.mark.parametrize(
    ("n", "en", "nl"),
    [(0, "0 days", "0 dagen"), (1, "1 day", "1 dag"), (5, "5 days", "5 dagen"), (30, "30 days", "30 dagen")],
)
def test_format_days_count(n: int, en: str, nl: str) -> None:
    assert format_days_count(n, "en") == en
    assert format_days_count(n, "nl") == nl


def test_format_days_count_refuses_negative_counts() -> None:
    with pytest.raises(ValueError):
        format_days_count(-1, "en")


def test_relative_days_agrees_with_date_arithmetic() -> None:
    today = date(2021, 3, 10)
    deadline = today + timedelta(days=31)
    assert relative_days((deadline - today).days, "nl") == "over 31 dagen"


@pytest.mark.parametrize(
    ("count", "en"), [(0, "0 offers"), (1, "1 offer"), (2, "2 offers"), (21, "21 offers")]
)
def test_plurals_come_from_babels_plural_rules(count: int, en: str) -> None:
    assert i18n.t_plural("status.offers", count, "en") == en
    assert i18n.t_plural("status.offers", count, "nl").startswith(f"{count} ")
