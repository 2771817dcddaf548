"""The development messages of issue 14 (``dev_messages.py``): every class of miss the blind measure
found, read right for intent, offer and language. Questions nothing covers must be read as ``UNKNOWN``
(whatever offer they mention), so that the bot says what it can do instead of answering something else."""

from __future__ import annotations

import pytest

from bot.language.reader import Intent, understand
from tests.language.dev_messages import DEV, DEV_EN, DEV_MORE, DEV_NL, WIDE, Dev


def test_the_development_messages_cover_every_intent_in_both_languages() -> None:
    assert len(DEV) >= 180 and len({d.text for d in DEV}) == len(DEV), "a message is listed twice"
    assert sum(d.lang == "nl" for d in DEV) >= len(DEV) * 0.4
    new = {
        Intent.FEES, Intent.REQUIREMENTS, Intent.HISTORY, Intent.ADMINS, Intent.NEXT_REMINDER,
        Intent.STOP_REMINDERS, Intent.RECORD_RENEWAL, Intent.ADD_OFFER, Intent.CHANGE_ANNIVERSARY, Intent.UNKNOWN,
    }  # fmt: skip
    for lang in ("en", "nl"):
        assert new <= {d.intent for d in DEV if d.lang == lang}, lang
    assert {d.intent for d in DEV_EN + DEV_NL + DEV_MORE} == set(Intent)


@pytest.mark.parametrize("dev", DEV, ids=[d.text for d in DEV])
def test_development_message(dev: Dev) -> None:
    got = understand(dev.text, WIDE)
    assert (got.intent, got.lang) == (dev.intent, dev.lang)
    if dev.intent is not Intent.UNKNOWN:
        assert got.offer == dev.offer


def test_development_figures() -> None:
    """The figures README quotes, printed with ``-s``."""
    read = {d.text: understand(d.text, WIDE) for d in DEV}
    covered = [d for d in DEV if d.intent is not Intent.UNKNOWN]
    uncovered = [d for d in DEV if d.intent is Intent.UNKNOWN]
    named = [d for d in covered if d.offer]
    intent = sum(read[d.text].intent is d.intent for d in covered) / len(covered)
    offer = sum(read[d.text].offer == d.offer for d in named) / len(named)
    confident = sum(
        read[d.text].intent not in (Intent.UNKNOWN, Intent.HELP, Intent.GREETING, Intent.THANKS)
        for d in uncovered
    ) / len(uncovered)
    language = sum((read[d.text].lang or "en") == (d.lang or "en") for d in DEV) / len(DEV)
    print(
        f"\ndevelopment messages: intent {intent:.1%} of {len(covered)} covered; offer {offer:.1%} of {len(named)}; "
        f"confident on {len(uncovered)} not covered {confident:.1%}; language {language:.1%}"
    )
    assert intent == offer == language == 1.0 and confident == 0.0
