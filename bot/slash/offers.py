"""``/mpn`` subcommands about the offers themselves: status, add, renew, fix, remove, when, extension.

Each subcommand is a parser (text -> ``Request``) and a handler (``Request`` -> answer layer -> ``Reply``);
``bot.slash.registry`` lists them with their words and help.
"""

from __future__ import annotations

from datetime import date

import rules
from bot.core import answers
from bot.core.conversation import Conversation
from bot.core.errors import UserError
from bot.language.i18n import Lang
from bot.render import Reply, confirm, offers
from bot.slash.grammar import KIND_PREFIXES, KIND_WORDS, Request, clean_name, name_and_date, parse_date
from bot.slash.surface import Surface


def parse_status(rest: str, lang: Lang, today: date) -> Request:
    return Request("status", {"on": parse_date(rest, lang, today) if rest else None})


def status(request: Request, conv: Conversation, surface: Surface) -> Reply:
    return offers.status(
        answers.status(conv.ws, conv.today, request.args["on"], settings=conv.settings), conv.lang
    )


def parse_add(rest: str, lang: Lang, today: date) -> Request:
    words = rest.split()
    kind = rules.Kind.COMPETENCY
    if words and words[0].casefold() in KIND_PREFIXES and len(words) > 1:
        joined = "-".join(w.casefold() for w in words[:2])
        if joined in ("advanced-specialization", "advanced-specialisation", "geavanceerde-specialisatie"):
            kind, words = rules.Kind.ADVANCED_SPECIALIZATION, words[2:]
    elif words and words[0].casefold() in KIND_WORDS:
        kind, words = KIND_WORDS[words[0].casefold()], words[1:]
    name, anniversary = name_and_date(words, lang, today, year_required=True)
    if anniversary is None or not name:
        raise UserError("add.usage")
    return Request("add", {"kind": kind, "name": name, "anniversary": anniversary}, changes=True)


def add(request: Request, conv: Conversation, surface: Surface) -> Reply:
    item = answers.add_offer(
        conv.ws,
        actor=conv.user_id,
        kind=request.args["kind"],
        name=request.args["name"],
        anniversary=request.args["anniversary"],
        today=conv.today,
    )
    return offers.added(item, conv.lang)


def parse_renew(rest: str, lang: Lang, today: date) -> Request:
    name, on = name_and_date(rest.split(), lang, today, year_required=True)
    if not name:
        raise UserError("renew.usage")
    return Request("renew", {"name": name, "on": on or today}, changes=True)


def renew(request: Request, conv: Conversation, surface: Surface) -> Reply:
    answer = answers.renew_offer(
        conv.ws, actor=conv.user_id, name=request.args["name"], on=request.args["on"], today=conv.today
    )
    return offers.renewed(answer, conv.lang)


def parse_fix(rest: str, lang: Lang, today: date) -> Request:
    """``fix <name> <anniversary>``: correct a mistyped anniversary. Not a renewal (that is ``renew``)."""
    name, anniversary = name_and_date(rest.split(), lang, today, year_required=True)
    if not name or anniversary is None:
        raise UserError("fix.usage")
    return Request("fix", {"name": name, "anniversary": anniversary}, changes=True)


def fix(request: Request, conv: Conversation, surface: Surface) -> Reply:
    answer = answers.correct_anniversary(
        conv.ws,
        actor=conv.user_id,
        name=request.args["name"],
        anniversary=request.args["anniversary"],
        today=conv.today,
    )
    if isinstance(answer, answers.Confirmation):
        return confirm.confirmation(answer, conv.lang)
    return offers.corrected(answer, conv.lang)


def _named(command: str, *, optional: bool = False, changes: bool = False):  # type: ignore[no-untyped-def]
    """A subcommand whose only argument is an offer name (``remove``, ``when``, ``extension``)."""

    def parse_named(rest: str, lang: Lang, today: date) -> Request:
        name = clean_name(rest)
        if not name and not optional:
            raise UserError(f"{command}.usage")
        return Request(command, {"name": name or None}, changes=changes)

    return parse_named


parse_remove = _named("remove", changes=True)
parse_when = _named("when")
parse_extension = _named("extension", optional=True)


def remove(request: Request, conv: Conversation, surface: Surface) -> Reply:
    item = answers.remove_offer(conv.ws, actor=conv.user_id, name=request.args["name"], today=conv.today)
    if isinstance(item, answers.Confirmation):
        return confirm.confirmation(item, conv.lang)
    return confirm.removed(item, conv.lang)


def parse_undo(rest: str, lang: Lang, today: date) -> Request:
    """``/mpn undo``: the latest removal, as its Undo button. Nothing after it: an offer's name would
    suggest undoing other changes, which are corrected with ``fix`` (or ``renew`` again)."""
    if rest.strip():
        raise UserError("undo.usage")
    return Request("undo", {}, changes=True)


def undo(request: Request, conv: Conversation, surface: Surface) -> Reply:
    item = answers.undo_removal(conv.ws, actor=conv.user_id, token=None, today=conv.today)
    return confirm.restored(item, conv.lang)


def when(request: Request, conv: Conversation, surface: Surface) -> Reply:
    return offers.when(answers.offer_view(conv.ws, request.args["name"], conv.today), conv.today, conv.lang)


def extension(request: Request, conv: Conversation, surface: Surface) -> Reply:
    return offers.extension(answers.extension(conv.ws, conv.today, request.args["name"]), conv.lang)
