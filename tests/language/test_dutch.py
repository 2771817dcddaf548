"""The Dutch texts: one Dutch word for an offer, "verlenging" only for a renewal, Dutch subcommand words in
Dutch messages (issue 11, "Right answers at the edges")."""

from __future__ import annotations

import re

import pytest

from bot.language.catalogue import MESSAGES
from bot.slash.registry import BY_NAME, SUBCOMMANDS
from tests.harness import DUTCH, MEMBER, Harness

#: The word each subcommand is shown with in Dutch texts (help, usage lines, hints). ``partner-center`` is
#: a product name and has no Dutch word.
DUTCH_WORD = {
    "status": "overzicht",
    "add": "toevoegen",
    "renew": "verlengen",
    "remove": "verwijderen",
    "fix": "corrigeer",
    "when": "wanneer",
    "extension": "uitstel",
    "settings": "instellingen",
    "undo": "herstel",
    "channel": "kanaal",
    "timezone": "tijdzone",
    "hour": "uur",
    "language": "taal",
    "partner-center": "partner-center",
    "admins": "beheerders",
    "alias": "bijnaam",
    "help": "hulp",
}
COMMAND = re.compile(r"/mpn ([\w?-]+)")
PLACEHOLDER = re.compile(r"\{\w+\}")


def words_of(text: str) -> str:
    """The text without its ``{placeholders}`` (``{offers}`` is a name, not a word the reader sees)."""
    return PLACEHOLDER.sub(" ", text)


def test_every_subcommand_has_its_dutch_word_in_the_registry() -> None:
    assert set(DUTCH_WORD) == {s.name for s in SUBCOMMANDS}
    for name, word in DUTCH_WORD.items():
        assert word in BY_NAME[name].words, (name, word)


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_no_english_offer_or_extension_in_dutch(key: str) -> None:
    text = words_of(MESSAGES[key]["nl"])
    assert not re.search(r"\b(offer|offers|extension)\b", text, re.IGNORECASE), text


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_the_covid_extension_is_uitstel_never_verlenging_in_dutch(key: str) -> None:
    en, nl = MESSAGES[key]["en"], MESSAGES[key]["nl"]
    assert not re.search(r"(covid|corona)\S*\s*(\S+\s+){0,2}\S*verlenging", nl, re.IGNORECASE), nl
    if re.search(r"\bextension\b", en, re.IGNORECASE):
        assert "uitstel" in nl.casefold(), nl
        if not re.search(r"\brenew", en, re.IGNORECASE):
            assert "verleng" not in nl.casefold(), nl


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_dutch_texts_name_the_dutch_subcommand_words_and_english_texts_the_english_ones(key: str) -> None:
    for word in COMMAND.findall(MESSAGES[key]["nl"]):
        assert word in DUTCH_WORD.values(), (key, word)
    for word in COMMAND.findall(MESSAGES[key]["en"]):
        assert word in DUTCH_WORD, (key, word)


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_the_awkward_dutch_phrases_are_gone(key: str) -> None:
    text = MESSAGES[key]["nl"]
    for phrase in (
        "verlengd worden",
        "verlengd te worden",
        "wat je nu",
        "moet doen",
        "als eerste",
        "het eerst",
    ):
        assert phrase not in text.casefold(), (key, phrase)
    assert not re.search(r"verlengd\?", text), text  # "wanneer moet X verlengd?" misses its verb


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_dutch_calls_an_offer_an_aanbieding(key: str) -> None:
    """Wherever the English says "offer(s)", the Dutch says "aanbieding(en)" (the catalogue's docstring
    gives the reason)."""
    en, nl = words_of(MESSAGES[key]["en"]), MESSAGES[key]["nl"]
    if re.search(r"\boffers?\b", en):
        assert "aanbieding" in nl.casefold(), (key, nl)


def test_dutch_help_lists_the_dutch_subcommand_words(bot: Harness) -> None:
    text = bot.command("help", user=DUTCH).everything
    for name, word in DUTCH_WORD.items():
        if name != "help":
            assert f"`/mpn {word}" in text, (name, word)
    assert "/mpn add" not in text and "/mpn status" not in text and "/mpn extension" not in text


def test_english_help_lists_the_english_subcommand_words(bot: Harness) -> None:
    text = bot.command("help", user=MEMBER).everything
    for name in DUTCH_WORD:
        if name != "help":
            assert f"`/mpn {name}" in text, name
    assert "/mpn toevoegen" not in text and "/mpn overzicht" not in text


def test_every_dutch_command_in_the_help_is_understood(bot: Harness) -> None:
    """The Dutch words the help shows are words the parser reads (with Dutch arguments too)."""
    for text in ("overzicht", "beheerders", "kanaal", "uitstel", "hulp toevoegen", "taal", "uur", "tijdzone"):
        answer = bot.command(text, user=DUTCH)
        assert "ken ik niet" not in answer.everything, text
