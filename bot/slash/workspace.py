"""``/mpn`` subcommands for the workspace's settings: channel, timezone, hour, language, partner-center.

Without an argument each shows the settings (anyone may look); with one it changes them (MPN partner admins
only: the parser marks the request as a change and the ``require_partner_admin`` middleware checks it).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from datetime import date
from typing import Literal

from slack_sdk import WebClient

from bot.core.channels import channel_facts
from bot.core.conversation import Conversation
from bot.core.errors import UserError
from bot.language.i18n import Lang, t
from bot.render import Reply
from bot.render import settings as render_settings
from bot.slash.grammar import CHANNEL_MENTION, NO, YES, Request, resolve_time_zone, zones
from bot.slash.surface import Surface


def parse_channel(rest: str, lang: Lang, today: date) -> Request:
    word = rest.strip()
    if not word:
        return Request("channel", {"channel": "show"})
    if word.casefold() in ("here", "hier"):
        return Request("channel", {"channel": "here"}, changes=True)
    if word.casefold() in ("none", "off", "geen", "uit", "dm"):
        return Request("channel", {"channel": None}, changes=True)
    match = CHANNEL_MENTION.fullmatch(word)
    if not match and word.startswith("#") and len(word) > 1:
        # Slack links every channel the person can see ("<#C…|name>"): "#name" left as text is none of them
        raise UserError("channel.no_such_name", name=word)
    if not match:
        raise UserError("channel.usage")
    return Request("channel", {"channel": match.group(1)}, changes=True)


def parse_settings(rest: str, lang: Lang, today: date) -> Request:
    """``/mpn settings``: what the settings are now. Anything after it is no setting's name to change
    here: each setting has its own subcommand, which the reply's help line names."""
    if rest.strip():
        raise UserError("settings.usage")
    return Request("settings", {})


def settings(request: Request, conv: Conversation, surface: Surface) -> Reply:
    return render_settings.settings_summary(conv.settings, conv.lang)


def channel(request: Request, conv: Conversation, surface: Surface) -> Reply:
    chosen = request.args["channel"]
    if chosen == "show":
        return render_settings.settings_summary(conv.settings, conv.lang)
    if chosen == "here":
        if not surface.channel_id or surface.channel_id.startswith("D"):
            raise UserError("channel.not_here")
        chosen = surface.channel_id
    if chosen is None:
        conv.ws.update_settings(conv.user_id, reminder_channel=None)
        return render_settings.changed("channel.cleared", conv.lang)
    state = _channel_state(surface.client, chosen)
    if state == "missing":
        raise UserError("channel.unknown", channel=chosen)
    conv.ws.update_settings(conv.user_id, reminder_channel=chosen)
    key = "channel.set_invite" if state == "not_member" else "channel.set"
    return render_settings.changed(key, conv.lang, channel=f"<#{chosen}>")


def _channel_state(client: WebClient, channel: str) -> Literal["member", "not_member", "missing", "unknown"]:
    """What ``conversations.info`` says of the channel (``bot.core.channels``). "missing" covers a channel
    that does not exist and a private one the bot is not in: either way reminders cannot go there, so it is
    refused with how to invite the bot. When Slack cannot be asked ("unknown") the setting is saved; the
    sweep alerts the admins if posting fails."""
    return channel_facts(client, channel).state


def parse_timezone(rest: str, lang: Lang, today: date) -> Request:
    word = rest.strip()
    if not word:
        return Request("timezone", {"zone": None})
    zone = resolve_time_zone(word)
    if zone is None:
        suggestion = difflib.get_close_matches(word, sorted(zones()), n=1, cutoff=0.5)
        raise UserError("timezone.unknown", zone=word, suggestion=suggestion[0] if suggestion else None)
    return Request("timezone", {"zone": zone}, changes=True)


def parse_hour(rest: str, lang: Lang, today: date) -> Request:
    """``9``, ``09``, ``9:00``, ``09.00`` or ``9h``: reminders go out from that local hour."""
    word = rest.strip().casefold()
    if not word:
        return Request("hour", {"hour": None})
    match = re.fullmatch(r"(\d{1,2})(?:[:.]00|h|u)?", word)
    if not match or not 0 <= int(match.group(1)) <= 23:
        raise UserError("hour.usage")
    return Request("hour", {"hour": int(match.group(1))}, changes=True)


def parse_language(rest: str, lang: Lang, today: date) -> Request:
    word = rest.strip().casefold()
    if not word:
        return Request("language", {"language": None})
    for code, words in {"en": ("en", "english", "engels"), "nl": ("nl", "dutch", "nederlands")}.items():
        if word in words:
            return Request("language", {"language": code}, changes=True)
    raise UserError("language.usage")


def parse_partner_center(rest: str, lang: Lang, today: date) -> Request:
    word = rest.strip().casefold()
    if not word:
        return Request("partner-center", {"moved": None})
    if word in YES | NO:
        return Request("partner-center", {"moved": word in YES}, changes=True)
    raise UserError("partner_center.usage")


Handler = Callable[[Request, Conversation, Surface], Reply]


def setting(name: str, arg: str, done_key: str, show: Callable[[Conversation], dict[str, str]]) -> Handler:
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


timezone = setting("time_zone", "zone", "timezone.set", lambda c: {"zone": c.settings.time_zone})
hour = setting(
    "posting_hour",
    "hour",
    "hour.set",
    lambda c: {"hour": f"{c.settings.posting_hour:02d}:00", "zone": c.settings.time_zone},
)
language = setting(
    "language",
    "language",
    "language.set",
    lambda c: {"language": t(f"language.{c.settings.language}", c.lang)},
)
partner_center = setting(
    "moved_to_partner_center",
    "moved",
    "partner_center.set",
    lambda c: {"moved": t("yes" if c.settings.moved_to_partner_center else "no", c.lang)},
)
