"""Rendering workspace settings, the admin list, help and errors."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from datetime import date
from typing import Any

from slack_sdk.models.blocks import ActionsBlock, Block, ButtonElement, PlainTextObject

from bot.language.i18n import Lang, format_day, t
from bot.render.escape import escape_mrkdwn
from bot.render.reply import Reply, build, context, header, section
from storage import WorkspaceSettings


def mention(user_id: str) -> str:
    return f"<@{user_id}>"


def people(user_ids: Iterable[str]) -> str:
    """Mentions of these users, each once, in the order given ("<@U1>, <@U2>"): a command that names
    someone twice, or a list that holds someone twice, never reads "<@U1>, <@U1>"."""
    return ", ".join(mention(u) for u in dict.fromkeys(user_ids))


def admin_list(admins: tuple[str, ...] | list[str], lang: Lang) -> str:
    return people(admins) if admins else t("admins.none", lang)


def settings_summary(s: WorkspaceSettings, lang: Lang) -> Reply:
    rows = [
        t(
            "settings.channel",
            lang,
            channel=f"<#{s.reminder_channel}>" if s.reminder_channel else t("settings.no_channel", lang),
        ),
        t("settings.timezone", lang, zone=s.time_zone),
        t("settings.hour", lang, hour=f"{s.posting_hour:02d}:00"),
        t("settings.language", lang, language=t(f"language.{s.language}", lang)),
        t("settings.partner_center", lang, moved=t("yes" if s.moved_to_partner_center else "no", lang)),
    ]
    body = "\n".join(f"• {r}" for r in rows)
    return build(body, [section(body)])


def changed(key: str, lang: Lang, **params: Any) -> Reply:
    text = t(key, lang, **params)
    return build(text, [section(text)])


def admins(current: list[str], lang: Lang, *, can_grant: bool) -> Reply:
    text = t("admins.list", lang, admins=admin_list(current, lang))
    blocks: list[Block] = [section(text)]
    if can_grant:
        blocks.append(context(t("admins.how_to_grant", lang)))
    return build(text, blocks)


def help_reply(topic: str | None, lang: Lang, subcommands: list[str]) -> Reply:
    """One subcommand's help, or all of them in the registry's order (``subcommands``)."""
    if topic is not None:
        text = t(f"help.{topic}", lang)
        return build(text, [section(text)])
    lines = [t(f"help.{name}", lang) for name in subcommands if name != "help"]
    return build(
        t("help.title", lang),
        [
            header(t("help.title", lang)),
            section("\n".join(f"• {line}" for line in lines)),
            context(t("help.footer", lang)),
        ],
    )


ACTION_BECOME_ADMIN = "mpn_become_admin"


def become_admin_offer(key: str, lang: Lang) -> Reply:
    """For a Slack workspace admin or owner while nobody is an MPN partner admin: say so, and one click
    to become the first (audited), instead of a second command to type."""
    text = ":warning: " + t(key, lang)
    button = ActionsBlock(
        block_id="mpn-become-admin",
        elements=[
            ButtonElement(
                text=PlainTextObject(text=t("auth.become_button", lang)),
                action_id=ACTION_BECOME_ADMIN,
                value="become",
                style="primary",
            )
        ],
    )
    return build(text, [section(text), button])


def error(key: str, lang: Lang, params: dict[str, Any], *, asker: str | None = None) -> Reply:
    """A refusal: the message for ``key`` with its parameters made readable, and a "did you mean".

    ``asker``: the user refused. A message may name them as ``{you}`` (their mention), so that "ask an admin
    to run ``/mpn admins add`` @you" names the real person to grant.
    """
    readable = {name: _readable(name, value, lang) for name, value in params.items()}
    readable.setdefault("you", mention(asker) if asker else t("auth.you", lang))
    text = ":warning: " + t(key, lang, **readable)
    suggestion = params.get("suggestion")
    if suggestion:
        text += "\n" + t("hint.did_you_mean", lang, suggestion=escape_mrkdwn(str(suggestion)))
    return build(text, [section(text)])


def _readable(name: str, value: Any, lang: Lang) -> Any:
    if name == "date" and isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = date.fromisoformat(value)  # storage passes renewal-window dates as ISO text
    if isinstance(value, date):
        return format_day(value, lang)
    if name == "admins":
        return admin_list(tuple(value), lang)
    if isinstance(value, str):
        return escape_mrkdwn(value)
    return value
