"""Carrying out a parsed ``/mpn`` request: parse -> check the role -> ask the answer layer -> render.

``respond_to_command`` is the single place where refusals (``UserError``, storage and date errors) become
friendly replies in the reader's language, and where anything unexpected becomes a generic apology in
Slack and a stack trace in the log -- never in Slack.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.core import answers
from bot.core.conversation import Conversation
from bot.core.errors import UserError
from bot.core.people import People
from bot.language.i18n import t
from bot.render import Reply, offers
from bot.render import settings as render_settings
from bot.slash.grammar import Request, parse
from storage import StorageError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Surface:
    """What the command knows about where it was typed (Slack-side facts the answer layer never sees)."""

    client: WebClient
    channel_id: str | None
    people: People


def respond_to_command(text: str, conv: Conversation, surface: Surface) -> Reply:
    try:
        request = parse(text, conv.lang, conv.today)
        if request.changes:
            conv.require_partner_admin()
        return _HANDLERS[request.command](request, conv, surface)
    except UserError as err:
        return render_settings.error(err.key, conv.lang, err.params)
    except StorageError as err:
        return render_settings.error(f"storage.{err.code}", conv.lang, dict(err.params))
    except Exception:
        log.exception("/mpn %r failed", text[:200])
        return render_settings.error("error.generic", conv.lang, {})


def _status(request: Request, conv: Conversation, surface: Surface) -> Reply:
    return offers.status(
        answers.status(conv.ws, conv.today, request.args["on"], settings=conv.settings), conv.lang
    )


def _add(request: Request, conv: Conversation, surface: Surface) -> Reply:
    item = answers.add_offer(
        conv.ws,
        actor=conv.user_id,
        kind=request.args["kind"],
        name=request.args["name"],
        anniversary=request.args["anniversary"],
        today=conv.today,
    )
    return offers.added(item, conv.lang)


def _renew(request: Request, conv: Conversation, surface: Surface) -> Reply:
    answer = answers.renew_offer(
        conv.ws, actor=conv.user_id, name=request.args["name"], on=request.args["on"], today=conv.today
    )
    return offers.renewed(answer, conv.lang)


def _fix(request: Request, conv: Conversation, surface: Surface) -> Reply:
    answer = answers.correct_anniversary(
        conv.ws,
        actor=conv.user_id,
        name=request.args["name"],
        anniversary=request.args["anniversary"],
        today=conv.today,
    )
    return offers.corrected(answer, conv.lang)


def _remove(request: Request, conv: Conversation, surface: Surface) -> Reply:
    item = answers.remove_offer(conv.ws, actor=conv.user_id, name=request.args["name"], today=conv.today)
    return offers.removed(item, conv.lang)


def _when(request: Request, conv: Conversation, surface: Surface) -> Reply:
    return offers.when(answers.offer_view(conv.ws, request.args["name"], conv.today), conv.today, conv.lang)


def _extension(request: Request, conv: Conversation, surface: Surface) -> Reply:
    return offers.extension(answers.extension(conv.ws, conv.today, request.args["name"]), conv.lang)


def _channel(request: Request, conv: Conversation, surface: Surface) -> Reply:
    channel = request.args["channel"]
    if channel == "show":
        return render_settings.settings_summary(conv.settings, conv.lang)
    if channel == "here":
        if not surface.channel_id or surface.channel_id.startswith("D"):
            raise UserError("channel.not_here")
        channel = surface.channel_id
    if channel is None:
        conv.ws.update_settings(conv.user_id, reminder_channel=None)
        return render_settings.changed("channel.cleared", conv.lang)
    member = _bot_is_member(surface.client, channel)
    conv.ws.update_settings(conv.user_id, reminder_channel=channel)
    key = "channel.set" if member is not False else "channel.set_invite"
    return render_settings.changed(key, conv.lang, channel=f"<#{channel}>")


def _bot_is_member(client: WebClient, channel: str) -> bool | None:
    """Whether reminders can be posted there; None when Slack would not say (we still save the setting)."""
    try:
        info = client.conversations_info(channel=channel)["channel"]
    except SlackApiError as err:
        if err.response.get("error") == "channel_not_found":
            return False
        return None
    except (SlackClientError, OSError):
        return None
    return bool(info.get("is_member"))


def _setting(name: str, arg: str, done_key: str, show: Callable[[Conversation], dict[str, str]]):  # type: ignore[no-untyped-def]
    """A single-valued workspace setting: no argument shows it, an argument changes it (admins only)."""

    def handle(request: Request, conv: Conversation, surface: Surface) -> Reply:
        value = request.args[arg]
        if value is None:
            return render_settings.settings_summary(conv.settings, conv.lang)
        updated = conv.ws.update_settings(conv.user_id, **{name: value})
        # Confirm in the language just chosen, so switching to Dutch answers in Dutch.
        lang = updated.language if name == "language" else conv.lang
        params = show(Conversation(conv.ws, updated, conv.person, lang, conv.today))
        return render_settings.changed(done_key, lang, **params)

    return handle


def _admins(request: Request, conv: Conversation, surface: Surface) -> Reply:
    action, users = request.args["action"], request.args["users"]
    if action == "list":
        return render_settings.admins(conv.ws.admins(), conv.lang, can_grant=conv.can_grant_role())
    if not conv.can_grant_role():
        raise UserError("auth.cannot_grant", admins=tuple(conv.ws.admins()))
    for user in users:
        if action == "add":
            if surface.people.get(surface.client, conv.ws.team_id, user).is_bot:
                raise UserError("admins.no_bots", user=f"<@{user}>")
            conv.ws.add_admin(user, actor=conv.user_id)
        else:
            conv.ws.remove_admin(user, actor=conv.user_id)
    key = "admins.added" if action == "add" else "admins.removed"
    return render_settings.changed(key, conv.lang, users=", ".join(f"<@{u}>" for u in users))


def _help(request: Request, conv: Conversation, surface: Surface) -> Reply:
    return render_settings.help_reply(request.args["topic"], conv.lang)


_HANDLERS: dict[str, Callable[[Request, Conversation, Surface], Reply]] = {
    "status": _status,
    "add": _add,
    "renew": _renew,
    "remove": _remove,
    "fix": _fix,
    "when": _when,
    "extension": _extension,
    "channel": _channel,
    "timezone": _setting("time_zone", "zone", "timezone.set", lambda c: {"zone": c.settings.time_zone}),
    "hour": _setting(
        "posting_hour",
        "hour",
        "hour.set",
        lambda c: {"hour": f"{c.settings.posting_hour:02d}:00", "zone": c.settings.time_zone},
    ),
    "language": _setting(
        "language",
        "language",
        "language.set",
        lambda c: {"language": t(f"language.{c.settings.language}", c.lang)},
    ),
    "partner-center": _setting(
        "moved_to_partner_center",
        "moved",
        "partner_center.set",
        lambda c: {"moved": t("yes" if c.settings.moved_to_partner_center else "no", c.lang)},
    ),
    "admins": _admins,
    "help": _help,
}
