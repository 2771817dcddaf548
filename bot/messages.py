"""Everything mpn-bot says to people, in English and Dutch.

How to add a message:

- One key per sentence the bot says, named ``area.what`` (``date.invalid``, ``error.generic``), kept in
  alphabetical order so that merges from parallel work stay small (a test checks the order).
- Every key has ``"en"`` and ``"nl"``, both non-empty, with the same ``{placeholders}``: a test fails
  otherwise, so a missing translation is found by CI, never by a user.
- Templates are ``str.format`` strings rendered by ``bot.i18n.t``; write ``{{`` / ``}}`` for a literal
  brace. Placeholders hold values already formatted for the language (dates in words via
  ``bot.i18n.format_day``); user text must be escaped before it reaches a ``mrkdwn`` field
  (``bot.i18n.t_mrkdwn`` does that).
- Dutch is informal-professional, as Dutch SaaS products write: "je"/"jouw", never "u"/"uw" (a test
  checks this). Write what a Dutch colleague would say, not a word-for-word translation.
- Dates the user should type are shown as ISO, ``YYYY-MM-DD`` / ``JJJJ-MM-DD``: the only form that is
  never ambiguous.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "date.ambiguous": {
        "en": "“{text}” could be {first} or {second}. Which one do you mean? "
        "Type the date as YYYY-MM-DD to be sure: {first_iso} or {second_iso}.",
        "nl": "“{text}” kan {first} of {second} zijn. Welke bedoel je? "
        "Typ de datum als JJJJ-MM-DD, dan is het zeker: {first_iso} of {second_iso}.",
    },
    "date.impossible": {
        "en": "“{text}” isn't a real date: that month doesn't have that many days. "
        "Check the day, or type the date as YYYY-MM-DD.",
        "nl": "“{text}” bestaat niet: zoveel dagen heeft die maand niet. "
        "Kijk de dag nog even na, of typ de datum als JJJJ-MM-DD.",
    },
    "date.invalid": {
        "en": "I couldn't read “{text}” as a date. Try something like 2021-03-10 or 10 March 2021.",
        "nl": "Ik kan “{text}” niet als datum lezen. Probeer bijvoorbeeld 2021-03-10 of 10 maart 2021.",
    },
    "date.weekday_mismatch": {
        "en": "{day} is a {actual_weekday}, not a {typed_weekday}. Which date do you mean? "
        "Type it as YYYY-MM-DD to be sure.",
        "nl": "{day} valt op een {actual_weekday}, niet op een {typed_weekday}. Welke datum bedoel je? "
        "Typ de datum als JJJJ-MM-DD, dan is het zeker.",
    },
    "day.today": {
        "en": "today",
        "nl": "vandaag",
    },
    "day.tomorrow": {
        "en": "tomorrow",
        "nl": "morgen",
    },
    "day.yesterday": {
        "en": "yesterday",
        "nl": "gisteren",
    },
    "error.generic": {
        "en": "Something went wrong on our side; nothing was changed. Please try again.",
        "nl": "Er ging bij ons iets mis; er is niets veranderd. Probeer het nog een keer.",
    },
}
