"""Escaping user text for Slack mrkdwn: mentions and links typed by users must stay inert."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rules
from bot.core.answers import (
    ExtensionAnswer,
    GraceAnswer,
    LossAnswer,
    RenewalAnswer,
    StatusAnswer,
    view,
)
from bot.language.i18n import Lang
from bot.render import Reply
from bot.render import dm as render_dm
from bot.render import offers as render_offers
from bot.render import settings as render_settings
from bot.render.escape import (
    BUTTON_TEXT_LIMIT,
    ELLIPSIS,
    HEADER_TEXT_LIMIT,
    SECTION_TEXT_LIMIT,
    escape_and_truncate,
    escape_mrkdwn,
    plain_from_mrkdwn,
    plain_text,
)
from bot.render.reminders import ReminderItem, channel_alert, reminder_post, renewed_text
from storage import StoredOffer, WorkspaceSettings
from tests.harness import PARTNER, Harness

# Text that leans on the characters that matter, so hypothesis finds the edge cases quickly.
slack_text = st.text(alphabet=st.sampled_from(list("&<>!@#|:/ ab;é\u200d😀")) | st.characters(), max_size=200)
limits = st.integers(min_value=1, max_value=300)


FORMATTING = "*_~`"
#: What each formatting character is shown as: a look-alike that Slack does not treat as markup.
LOOK_ALIKES = str.maketrans({"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"})


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
        ("*bold* _it_ ~s~ `c`", "\u2217bold\u2217 \u02cdit\u02cd \u223cs\u223c \u02cbc\u02cb"),
        ("Data_Platform *Gold*", "Data\u02cdPlatform \u2217Gold\u2217"),
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
    assert unescape(out) == text.translate(LOOK_ALIKES)


formatting_text = st.text(alphabet=st.sampled_from(list("*_~` ab&<>é")) | st.characters(), max_size=200)


@given(formatting_text)
def test_escaped_text_has_no_formatting_characters(text: str) -> None:
    out = escape_mrkdwn(text)
    assert not set(out) & set(FORMATTING), out
    assert len(unescape(out)) == len(text)  # one look-alike per character: the name reads the same


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
        assert text.translate(LOOK_ALIKES).startswith(unescape(out[: -len(ELLIPSIS)]))


# --- every surface: a name's formatting characters never format anything --------------------------------

TODAY = date(2021, 3, 20)
STAMP = datetime(2021, 1, 1, tzinfo=UTC)
SETTINGS = WorkspaceSettings("T1", None, None, "Europe/Amsterdam", "en", "C1", True, 9)
# one anniversary per phase on TODAY: lost, in the window, coming up, later
ANNIVERSARIES = (date(2021, 2, 1), date(2021, 3, 10), date(2021, 4, 1), date(2021, 9, 1))
names = st.text(alphabet=st.sampled_from(list("*_~`> ab:")), min_size=1, max_size=40).filter(str.strip)


def mrkdwn_of(reply: Reply) -> list[str]:
    """Every string Slack parses as mrkdwn: the fallback text and each ``mrkdwn`` text object."""
    found = [reply.text]

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(reply.blocks)
    return found


def replies_about(name: str, lang: Lang) -> list[Reply]:
    """Each surface that quotes an offer name, rendered with ``name``."""
    offers = [
        StoredOffer(n, "T1", f"{name} {n}", rules.Kind.COMPETENCY, a, STAMP, STAMP)
        for n, a in enumerate(ANNIVERSARIES, 1)
    ]
    items = tuple(view(o, SETTINGS, TODAY) for o in offers)
    lost, grace, soon, later = items
    reminder = ReminderItem(grace, rules.ReminderKind.AFTER, TODAY, late=True)
    return [
        render_offers.status(StatusAnswer(TODAY, TODAY, SETTINGS, items), lang),
        *(render_offers.when(i, TODAY, lang) for i in items),
        render_offers.loss(LossAnswer(TODAY, grace, (lost,), named=False), lang),
        render_offers.loss(LossAnswer(TODAY, None, (lost,), named=True), lang),
        render_offers.extension(ExtensionAnswer(TODAY, True, items), lang),
        *(render_offers.added(i, lang) for i in items),
        render_offers.renewed(RenewalAnswer(grace, later), lang),
        render_offers.corrected(RenewalAnswer(grace, later), lang),
        render_offers.removed(soon, lang),
        render_dm.grace(GraceAnswer(TODAY, items, named=True), lang),
        render_dm.consequences(lang, "4 March 2021", name),
        render_dm.which_offer(tuple(o.name for o in offers), lang),
        reminder_post([reminder], TODAY, lang),
        channel_alert("not_in_channel", "C1", [o.name for o in offers], lang),
        render_settings.error("storage.offer_not_found", lang, {"name": name}),
        render_settings.error("storage.duplicate_name", lang, {"existing": name}),
        render_settings.error("command.unknown", lang, {"word": name, "suggestion": name}),
        render_settings.error("date.invalid", lang, {"text": name}),
        Reply(renewed_text(grace, later, "U1", lang)),
    ]


def skeleton(text: str) -> str:
    return re.sub(r"[^*_~`]", "", text)


@settings(max_examples=60, deadline=None)
@given(name=names, lang=st.sampled_from(["en", "nl"]))
def test_formatting_characters_in_a_name_never_format_the_text(name: str, lang: Lang) -> None:
    """Rendered with a name full of ``*``, ``_``, ``~`` and backticks, every mrkdwn string has exactly the
    formatting characters it has for a plain name: the bot's own markup, and nothing from the name, so no
    pair around or inside the name can bold, italicise, strike or code it."""
    for odd, plain in zip(replies_about(name, lang), replies_about("Plain", lang), strict=True):
        for odd_text, plain_text_ in zip(mrkdwn_of(odd), mrkdwn_of(plain), strict=True):
            assert skeleton(odd_text) == skeleton(plain_text_), (name, odd_text)


def test_a_name_with_formatting_characters_reads_the_same_in_status(bot: Harness) -> None:
    bot.command("add *Gold*_Cloud_~Platform~ `x` 2021-03-10", user=PARTNER)
    text = bot.command("status").everything
    assert "\u2217Gold\u2217\u02cdCloud\u02cd\u223cPlatform\u223c \u02cbx\u02cb" in text, text
    assert "*Gold*" not in text and "_Cloud_" not in text and "~Platform~" not in text and "`x`" not in text


def test_plain_from_mrkdwn_undoes_only_what_the_bot_added() -> None:
    """For field errors, which Slack shows unformatted: the bot's emoji code, bold and code marks go, the
    three entities are decoded (``&amp;`` last), and user text's look-alikes stay as they are."""
    typed = "<!channel> *x* &amp;lt; `c`"
    text = f":warning: *{escape_mrkdwn(typed)}* exists: `/mpn fix {escape_mrkdwn(typed)}`"
    assert plain_from_mrkdwn(text) == (
        "<!channel> \u2217x\u2217 &amp;lt; \u02cbc\u02cb exists: /mpn fix <!channel> \u2217x\u2217 &amp;lt; \u02cbc\u02cb"
    )
