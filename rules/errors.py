"""Errors raised by the rules engine.

One base class so callers (the bot, storage) can catch every rule violation in one place and turn it into
a friendly, localised message by its ``code``, without parsing English text.
"""

from __future__ import annotations

from datetime import date


class RulesError(ValueError):
    """A question the policy answers with "no". ``code`` is stable; the message is for logs only."""

    code: str = "rules_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class RenewalError(RulesError):
    """Renewal refused because the renewal window is not open on the requested day.

    ``code`` is ``"window_not_open"`` (too early; ``date`` is the first day it can be renewed) or
    ``"window_closed"`` (too late; ``date`` is the last day it could have been renewed).
    """

    def __init__(self, code: str, when: date, message: str) -> None:
        super().__init__(message, code=code)
        self.date = when
