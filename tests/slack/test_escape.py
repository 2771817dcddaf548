"""Escaping user text for Slack mrkdwn: mentions and links typed by users must stay inert."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.render.escape import (
    BUTTON_TEXT_LIMIT,
    ELLIPSIS,
    HEADER_TEXT_LIMIT,
    SECTION_TEXT_LIMIT,
    escape_and_truncate,
    escape_mrkdwn,
    plain_text,
)

# Text that leans on the characters that matter, so hypothesis finds the edge cases quickly.
slack_text = st.text(alphabet=st.sampled_from(list("&<>!@#|:/ ab;é\u200d😀")) | st.characters(), max_size=200)
limits = st.integers(min_value=1, max_value=300)


def unescape(text: str) -> str:
    """Slack's decoding of the three entities; ``&amp;`` last so ``&amp;lt;`` stays ``&lt;``."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<!channel>", "&lt;!channel&gt;"),
        ("<!here|here>", "&lt;!here|here&gt;"),
        ("<@U123>", "&lt;@U123&gt;"),
        ("<#C123|general>", "&lt;#C123|general&gt;"),
        ("<!subteam^S123>", "&lt;!subteam^S123&gt;"),
        ("<https://evil.example|click>", "&lt;https://evil.example|click&gt;"),
        ("Gold Cloud Platform & Azure", "Gold Cloud Platform &amp; Azure"),
        ("&lt; already", "&amp;lt; already"),
        ("*bold* _it_ ~s~ `c`", "*bold* _it_ ~s~ `c`"),
        ('it\'s "quoted"', 'it\'s "quoted"'),
        ("", ""),
    ],
)
def test_escape_mrkdwn_examples(raw: str, escaped: str) -> None:
    assert escape_mrkdwn(raw) == escaped


@given(slack_text)
def test_escaped_text_has_no_control_brackets_and_round_trips(text: str) -> None:
    out = escape_mrkdwn(text)
    assert "<" not in out
    assert ">" not in out
    assert unescape(out) == text


@given(slack_text)
def test_every_ampersand_starts_an_entity(text: str) -> None:
    out = escape_mrkdwn(text)
    assert re.sub(r"&(amp|lt|gt);", "", out).count("&") == 0


def test_plain_text_keeps_short_text() -> None:
    assert plain_text("Azure", 5) == "Azure"
    assert plain_text("", 1) == ""


def test_plain_text_cuts_with_an_ellipsis() -> None:
    assert plain_text("Cloud Platform", 6) == "Cloud…"
    assert plain_text("Cloud Platform", 7) == "Cloud…"  # no space before the ellipsis
    assert plain_text("abc", 1) == ELLIPSIS


def test_plain_text_does_not_escape() -> None:
    assert plain_text("A & B", 10) == "A & B"


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError):
        plain_text("x", 0)
    with pytest.raises(ValueError):
        escape_and_truncate("x", 0)


def test_slack_limits_are_the_documented_ones() -> None:
    assert (SECTION_TEXT_LIMIT, HEADER_TEXT_LIMIT, BUTTON_TEXT_LIMIT) == (3000, 150, 75)


@given(slack_text, limits)
def test_plain_text_fits_and_is_a_prefix(text: str, limit: int) -> None:
    out = plain_text(text, limit)
    assert len(out) <= limit
    if len(text) <= limit:
        assert out == text
    else:
        assert out.endswith(ELLIPSIS)
        assert text.startswith(out[:-1])


def test_escape_and_truncate_never_splits_an_entity() -> None:
    assert escape_and_truncate("a&b", 5) == "a…"
    assert escape_and_truncate("a&b", 6) == "a…"
    assert escape_and_truncate("&&", 6) == "&amp;…"
    assert escape_and_truncate("a&b", 7) == "a&amp;b"
    assert escape_and_truncate("<!channel> is here", 10) == "&lt;!chan…"


@given(slack_text, limits)
def test_escape_and_truncate_fits_and_stays_inert(text: str, limit: int) -> None:
    out = escape_and_truncate(text, limit)
    assert len(out) <= limit
    assert "<" not in out
    assert ">" not in out
    assert re.sub(r"&(amp|lt|gt);", "", out).count("&") == 0
    if len(escape_mrkdwn(text)) <= limit:
        assert out == escape_mrkdwn(text)
    else:
        assert out.endswith(ELLIPSIS)
        assert text.startswith(unescape(out[: -len(ELLIPSIS)]))
