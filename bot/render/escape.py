"""Making user text safe and short enough for Slack.

Offer names, typed dates and questions are user text. Slack gives ``&``, ``<`` and ``>`` a meaning in
``mrkdwn`` (``<!channel>``, ``<@U123>``, ``<https://x|label>``), so a name such as ``<!channel>`` would
ping a whole channel if it were pasted into a message as is. Slack's own rule is to escape exactly those
three characters and nothing else (https://api.slack.com/reference/surfaces/formatting#escaping): other
HTML entities are shown literally, so a general-purpose HTML escaper would print ``&#x27;`` to users.

Slack also reads ``*bold*``, ``_italic_``, ``~strike~`` and `` `code` `` in ``mrkdwn``, and has no escape for
them: a name such as ``*Gold*_Cloud_`` would be shown in bold and italics, and a stray ``*`` in a name can
pair with the ``*`` the bot puts around it and bold half a sentence. Inserting a zero-width character does
not help: Slack treats a zero-width space as a word boundary, which *enables* formatting (jsx-slack's
"exact mode" relies on that). So each of the four is replaced by a look-alike that Slack does not parse,
the substitution jsx-slack uses for the same problem: ``*`` -> ``∗`` (U+2217 asterisk operator), ``_`` ->
``ˍ`` (U+02CD modifier letter low macron), ``~`` -> ``∼`` (U+223C tilde operator), `` ` `` -> ``ˋ``
(U+02CB modifier letter grave accent). One character for one, so lengths and cuts are unchanged and the name
reads the same to a person.

Slack also refuses or cuts text over per-field limits; the helpers here cut deliberately, with an
ellipsis, and never in the middle of an entity.
"""

from __future__ import annotations

import re
from typing import Final

ELLIPSIS: Final = "…"

# Limits from Slack's Block Kit reference, in characters. Collected here so that renderers truncate
# against named numbers rather than magic ones.
SECTION_TEXT_LIMIT: Final = 3000
SECTION_FIELD_LIMIT: Final = 2000
HEADER_TEXT_LIMIT: Final = 150
BUTTON_TEXT_LIMIT: Final = 75
OPTION_TEXT_LIMIT: Final = 75
MODAL_TITLE_LIMIT: Final = 24
MESSAGE_TEXT_LIMIT: Final = 40000

_ENTITIES: Final = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
#: Slack's formatting characters and the look-alikes shown instead (see the module docstring).
LOOK_ALIKES: Final = {"*": "\u2217", "_": "\u02cd", "~": "\u223c", "`": "\u02cb"}
_NEUTRAL: Final = str.maketrans({**_ENTITIES, **LOOK_ALIKES})
_ZERO_WIDTH_JOINER: Final = "\u200d"
_EMOJI_CODE: Final = re.compile(r"^:[a-z0-9_+-]+: ")


def escape_mrkdwn(text: str) -> str:
    """Make user text inert inside a ``mrkdwn`` string.

    ``&``, ``<`` and ``>`` become entities, the only ones Slack decodes (so nobody is mentioned and no link
    is smuggled in); ``*``, ``_``, ``~`` and backticks become look-alikes (so nothing is bold, italic,
    struck or code). One pass over the text, so an entity we add is never escaped a second time.
    """
    return text.translate(_NEUTRAL)


def plain_from_mrkdwn(text: str) -> str:
    """A ``mrkdwn`` message as plain text, for where Slack shows text unformatted (the errors of a
    ``response_action: "errors"``): no leading emoji code, no ``*`` or backtick marks of the bot's own
    (user text has look-alikes instead, see ``escape_mrkdwn``), and the three entities decoded, so
    ``<!channel>`` reads as typed instead of ``&lt;!channel&gt;``. ``&amp;`` is decoded last, so a typed
    ``&amp;lt;`` stays as typed."""
    text = _EMOJI_CODE.sub("", text, count=1).replace("*", "").replace("`", "")
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _check_limit(limit: int) -> None:
    if limit < 1:
        raise ValueError(f"a Slack text limit must be at least 1 character, got {limit}")


def _tidy_cut(prefix: str) -> str:
    """Drop what reads badly right before an ellipsis: trailing spaces and a dangling joiner."""
    return prefix.rstrip().rstrip(_ZERO_WIDTH_JOINER).rstrip()


def plain_text(text: str, limit: int) -> str:
    """Shorten ``text`` to at most ``limit`` characters, marking the cut with an ellipsis.

    Slack rejects a whole request (``invalid_blocks``) when one field is too long, so an over-long
    offer name would otherwise break an entire reply. This does not escape: use it for ``plain_text``
    objects, where Slack shows ``&amp;`` literally.
    """
    _check_limit(limit)
    if len(text) <= limit:
        return text
    return _tidy_cut(text[: limit - 1]) + ELLIPSIS


def escape_and_truncate(text: str, limit: int) -> str:
    """Escape ``text`` for ``mrkdwn`` and fit the *escaped* result into ``limit`` characters.

    Escaping first and cutting afterwards could leave half an entity (``&am…``) that Slack shows as
    garbage; cutting first and escaping afterwards could overshoot the limit, since every ``&`` grows
    to five characters. So the cut is chosen on the raw text while counting escaped lengths.
    """
    _check_limit(limit)
    escaped = escape_mrkdwn(text)
    if len(escaped) <= limit:
        return escaped
    budget = limit - len(ELLIPSIS)
    used = 0
    cut = 0
    for char in text:
        size = len(_ENTITIES.get(char, char))
        if used + size > budget:
            break
        used += size
        cut += 1
    return escape_mrkdwn(_tidy_cut(text[:cut])) + ELLIPSIS
