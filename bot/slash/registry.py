"""Every ``/mpn`` subcommand, one entry each: its words (English first, then Dutch), grammar, handler,
whether it can change data, and its help (the catalogue's ``help.<name>``, in both languages).

Adding a subcommand is one ``Subcommand`` here, its parser and handler, a ``help.<name>`` message pair in
``bot.language.catalogue`` and a test. Help, the parser's word lookup, the "did you mean" suggestion, the
manifest test and the README test all read this tuple, so none of them can fall out of step.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from bot.core.conversation import Conversation
from bot.core.errors import UserError
from bot.language.i18n import Lang
from bot.render import Reply
from bot.render import settings as render_settings
from bot.slash import admins, aliases, offers, workspace
from bot.slash.grammar import MAX_TEXT, Request
from bot.slash.surface import Surface

Parser = Callable[[str, Lang, date], Request]
Handler = Callable[[Request, Conversation, Surface], Reply]


@dataclass(frozen=True)
class Subcommand:
    name: str  # canonical; also the key of its help message, ``help.<name>``
    words: tuple[str, ...]  # what users may type: English words first, then Dutch
    parse: Parser  # the text after the word -> a Request (raises UserError for what it cannot read)
    handle: Handler  # the Request -> the answer layer -> a Reply
    mutates: bool  # whether some form of it changes data (then only MPN partner admins may run that form)


def _parse_help(rest: str, lang: Lang, today: date) -> Request:
    topic = BY_WORD[rest.strip().casefold()].name if rest.strip().casefold() in BY_WORD else None
    return Request("help", {"topic": topic})


def _help(request: Request, conv: Conversation, surface: Surface) -> Reply:
    return render_settings.help_reply(request.args["topic"], conv.lang, [s.name for s in SUBCOMMANDS])


SUBCOMMANDS: tuple[Subcommand, ...] = (
    Subcommand("status", ("status", "overzicht"), offers.parse_status, offers.status, False),
    Subcommand("add", ("add", "toevoegen", "voeg-toe"), offers.parse_add, offers.add, True),
    Subcommand(
        "renew",
        ("renew", "renewed", "verleng", "verlengen", "vernieuw", "vernieuwen"),
        offers.parse_renew,
        offers.renew,
        True,
    ),
    Subcommand(
        "remove", ("remove", "delete", "verwijder", "verwijderen"), offers.parse_remove, offers.remove, True
    ),
    Subcommand("fix", ("fix", "correct", "corrigeer", "wijzig"), offers.parse_fix, offers.fix, True),
    Subcommand("undo", ("undo", "herstel", "ongedaan"), offers.parse_undo, offers.undo, True),
    Subcommand("when", ("when", "deadline", "wanneer"), offers.parse_when, offers.when, False),
    Subcommand(
        "extension", ("extension", "covid", "uitstel"), offers.parse_extension, offers.extension, False
    ),
    Subcommand(
        "settings",
        ("settings", "config", "instellingen"),
        workspace.parse_settings,
        workspace.settings,
        False,
    ),
    Subcommand("channel", ("channel", "kanaal"), workspace.parse_channel, workspace.channel, True),
    Subcommand(
        "timezone",
        ("timezone", "time-zone", "tz", "tijdzone"),
        workspace.parse_timezone,
        workspace.timezone,
        True,
    ),
    Subcommand(
        "hour", ("hour", "posting-hour", "uur", "tijdstip"), workspace.parse_hour, workspace.hour, True
    ),
    Subcommand("language", ("language", "lang", "taal"), workspace.parse_language, workspace.language, True),
    Subcommand(
        "partner-center",
        ("partner-center", "partnercenter", "pc"),
        workspace.parse_partner_center,
        workspace.partner_center,
        True,
    ),
    # Granting is checked by the handler (Slack admins/owners may grant too), not as a plain change.
    Subcommand("admins", ("admins", "admin", "beheerders"), admins.parse_admins, admins.admins, False),
    # Listing is for anyone; adding and removing are changes (the parser marks them).
    Subcommand("alias", ("alias", "bijnaam"), aliases.parse_alias, aliases.alias, True),
    Subcommand("help", ("help", "hulp", "?"), _parse_help, _help, False),
)
BY_NAME: dict[str, Subcommand] = {s.name: s for s in SUBCOMMANDS}
BY_WORD: dict[str, Subcommand] = {word: s for s in SUBCOMMANDS for word in s.words}


def parse(text: str, lang: Lang, today: date) -> Request:
    """Parse the whole text after ``/mpn``. Empty text means ``status``: the question most people ask."""
    if len(text) > MAX_TEXT:
        raise UserError("command.too_long", limit=MAX_TEXT)
    words = text.split()
    if not words:
        return Request("status", {"on": None})
    taken = 1
    if len(words) > 1 and f"{words[0]}-{words[1]}".casefold() in BY_WORD:
        taken = 2  # a command word typed as two words: "voeg toe", "partner center", "time zone"
    word = "-".join(words[:taken]).casefold()
    rest = text.strip().split(maxsplit=taken)[taken:]
    sub = BY_WORD.get(word)
    if sub is None:
        # the closest word itself, not the canonical name: a Dutch slip ("verwijdr") gets a Dutch word
        suggestion = difflib.get_close_matches(words[0].casefold(), list(BY_WORD), n=1, cutoff=0.6)
        raise UserError(
            "command.unknown",
            word=words[0],
            suggestion=suggestion[0].replace("-", " ") if suggestion else None,
        )
    return sub.parse(rest[0] if rest else "", lang, today)
