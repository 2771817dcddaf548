"""Operators' logs: ``MPN_LOG_FORMAT=json`` gives one JSON object per line, a traceback included."""

from __future__ import annotations

import json
import logging

import pytest

from bot.runtime import logs


def test_json_lines_carry_the_message_and_the_error(capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure({"MPN_LOG_FORMAT": "json"})
    log = logging.getLogger("bot.test")
    log.warning("sweep took %s s", 3)
    try:
        raise RuntimeError("disk full")
    except RuntimeError:
        log.exception("post failed")
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 2  # a traceback stays inside its line
    first, second = (json.loads(line) for line in lines)
    assert (first["level"], first["logger"], first["message"]) == ("warning", "bot.test", "sweep took 3 s")
    assert second["error"] == "RuntimeError: disk full" and "Traceback" in second["trace"]
    logs.configure({})


def test_text_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    logs.configure({})
    logging.getLogger("bot.test").warning("hello")
    assert capsys.readouterr().err.strip().endswith("WARNING bot.test: hello")


def test_text_logs_an_exception_as_one_line_unless_traces_are_asked_for(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An operator's terminal gets one line per event, the error's type and text at its end; the trace only
    with ``MPN_LOG_TRACES=1``."""
    for env, lines in (({}, 1), ({"MPN_LOG_TRACES": "1"}, 4)):
        logs.configure(env)
        try:
            raise OSError("database or disk\nis full")
        except OSError:
            logging.getLogger("bot.test").exception("reminder sweep failed")
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) >= lines and err[0].endswith(
            "ERROR bot.test: reminder sweep failed"
            + ("" if lines > 1 else " (OSError: database or disk is full)")
        ), err
        assert ("Traceback (most recent call last):" in err) is (lines > 1)
    logs.configure({})
