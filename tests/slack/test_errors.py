"""The one error handler (``bot.listeners.errors``): an unexpected failure anywhere in a request, in the
middleware or a listener, gets the generic apology in the asker's language and a trace in the log only."""

from __future__ import annotations

import json
import logging

import pytest

from bot.core import answers
from bot.core.people import People
from tests.harness import DUTCH, MEMBER, PARTNER, Harness
from tests.language.test_dm import answers_in, dm


def _boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError("database on fire")


def test_a_failing_answer_gets_the_apology_in_the_readers_language(
    bot: Harness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(answers, "status", _boom)
    with caplog.at_level(logging.ERROR):
        en = bot.command("status", user=PARTNER)
        nl = bot.command("status", user=DUTCH)
    assert en.status == 200 and "Something went wrong on our side; nothing was changed" in en.text
    assert "Er ging bij ons iets mis" in nl.text
    assert "database on fire" not in en.everything + nl.everything
    assert "Traceback" not in en.everything
    assert any("database on fire" in str(r.exc_info) for r in caplog.records)


def test_a_failure_loading_the_conversation_is_an_apology_too(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(People, "get", _boom)
    answer = bot.command("status", user=MEMBER)
    assert answer.status == 200 and "Something went wrong" in answer.text
    assert bot.event(dm(bot, "when do I lose benefits?")) == 200
    (reply,) = answers_in(bot)
    assert "Something went wrong" in reply


def test_a_failing_dm_answer_apologises_in_the_dms_language(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(answers, "loss_date", _boom)
    assert bot.event(dm(bot, "wanneer verlies ik mijn voordelen?", user=MEMBER)) == 200
    (reply,) = answers_in(bot)
    assert "Er ging bij ons iets mis" in reply and "database on fire" not in json.dumps(reply)
