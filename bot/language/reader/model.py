"""What the DM reader answers: the ``Intent`` of a message and the ``Understood`` result, and the
bounds it reads within."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final, Literal


class Intent(StrEnum):
    """What a direct message asks. The values are stable: they may be logged and counted."""

    LOSS_DATE = "loss_date"  # when do I lose benefits? / wanneer verlies ik mijn voordelen?
    DUE_DATE = "due_date"  # when is X due / when must I renew X / anniversary / wanneer moet ik X verlengen
    GRACE = "grace"  # am I in the grace window? how many days left? / zit ik in de verlengingsperiode?
    CONSEQUENCES = "consequences"  # what happens if I don't renew? / wat gebeurt er als ik niet verleng?
    EXTENSION = "extension"  # COVID-19 extension, am I eligible / kom ik in aanmerking voor uitstel
    HOW_TO_RENEW = "how_to_renew"  # how do I renew? where in Partner Center? / hoe verleng ik?
    STATUS = "status"  # status / overview / what's the state of my competencies / overzicht
    HELP = "help"  # help / what can you do / hulp / wat kun je
    GREETING = "greeting"  # hi / hello / hoi / goedemorgen
    THANKS = "thanks"  # thanks / bedankt / dank je
    FEES = "fees"  # what does renewing cost? / wat kost het verlengen?
    REQUIREMENTS = "requirements"  # what are the requirements for X? / wat zijn de eisen?
    HISTORY = "history"  # did we renew X already? who renewed it? / hebben we X al verlengd?
    ADMINS = "admins"  # who are the admins? / wie zijn de beheerders?
    NEXT_REMINDER = "next_reminder"  # when is the next reminder, in which channel? / volgende herinnering?
    STOP_REMINDERS = "stop_reminders"  # stop or move the reminders / herinneringen uitzetten of verplaatsen
    RECORD_RENEWAL = "record_renewal"  # we renewed X yesterday / we hebben X gisteren verlengd
    ADD_OFFER = "add_offer"  # add Security, anniversary 1 May / voeg Security toe
    CHANGE_ANNIVERSARY = "change_anniversary"  # change X's anniversary to 1 March / wijzig de datum van X
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Understood:
    """What ``understand`` made of one message.

    ``offer`` is one of the ``offer_names`` passed in, character for character, so the caller can look
    it up without normalising again. When the message points at several offers equally ("the cloud one"
    with two cloud offers), ``offer`` is ``None`` and ``ambiguous_offers`` lists them in the caller's
    order, so the bot can ask which one rather than guess. ``lang`` is ``None`` when the words do not
    say ("status", "help", a bare offer name): the caller then falls back to the user's locale.
    """

    intent: Intent
    offer: str | None
    lang: Literal["en", "nl"] | None
    ambiguous_offers: tuple[str, ...] = ()
    # The offer was found through a typo, a stem, a short form or a level ("the gold one"), not typed: the
    # reply says what it understood and names ``alternatives`` (the other offers that came close). Not
    # part of equality: two readings of the same question are the same answer.
    guessed: bool = field(default=False, compare=False)
    alternatives: tuple[str, ...] = field(default=(), compare=False)
    # The intent was a guess: read through a typo of a keyword, by the last-resort rule ("cloud platform?"),
    # or with evidence for the topic only just ahead. The reply says what it took the question to be and
    # offers ``other_intents`` (the intents of the next rules that also apply, at most two).
    unsure: bool = field(default=False, compare=False)
    other_intents: tuple[Intent, ...] = field(default=(), compare=False)
    # A 2021 competency the message names that the workspace does not track ("Windows and Devices"): the
    # intent is then UNKNOWN and no offer is named, so the reply can say it is not tracked here.
    untracked: str = field(default="", compare=False)


# Only this much of a message is read. Real questions are under 150 characters; a pasted log or a
# 10,000-character message must not cost more than a short one, and nothing useful hides at its end.
MAX_CHARS: Final = 500
# 500 characters hold at most 250 words; 100 is far more than any question and bounds the fuzzy matching.
MAX_WORDS: Final = 100

# Typo tolerance. difflib's ratio is 2*M/T (M matching characters, T both lengths together): one wrong,
# missing or extra letter gives 0.80 in a 5-letter word, 0.875 in an 8-letter one ("benifits",
# "platfrom"), 0.95 in "voordeelen". 0.8 therefore allows about one slip per five letters. One
# substitution in a 4-letter word (0.75) is refused, because there it usually makes another real word
# (cost/lost, then/when, that/what, held/help); two swapped letters keep all the letters ("wehn"), so
# that case alone is accepted at 0.75. Words shorter than 4 letters are only taken exactly.
FUZZY_CUTOFF: Final = 0.8
SWAP_CUTOFF: Final = 0.75
MIN_FUZZY_LENGTH: Final = 4


def max_edits(length: int) -> int:
    """Edits allowed in a word of ``length`` letters: one up to eight letters ("benifits"), two from nine
    ("verlengign", "anniversery"), where two slips still leave the word unmistakable."""
    return 1 if length <= 8 else 2
