"""The History modal: the workspace's audit log, newest first, a page at a time.

Each change reads who made it (a mention; ``cli`` or the install flow by name), when (in the workspace's
time zone, in words), what it was, and the values before and after, under the reader's words for the
stored fields (``history.field_*``), never storage's own names. Values are user text (offer names,
channel ids typed by people): escaped for mrkdwn and cut to fit a section.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Final
from zoneinfo import ZoneInfo

from babel.dates import format_datetime
from slack_sdk.models.blocks import ActionsBlock, Block, ButtonElement, DividerBlock

from bot.language.catalogue import MESSAGES
from bot.language.i18n import Lang, t
from bot.render.escape import escape_mrkdwn, plain_text
from bot.render.settings_modals import message_modal, metadata, modal, mrkdwn_section, note, plain
from storage import AuditEntry

CALLBACK_HISTORY: Final = "workspace.history"
ACTION_PAGE: Final = "workspace.history.page"
PAGE_SIZE: Final = 10
#: Deep enough for any real log, small enough that a forged offset cannot make SQLite skip millions of rows.
MAX_OFFSET: Final = 100_000
_VALUE_LIMIT: Final = 200
_USER_ID = re.compile(r"[UW][A-Z0-9]{2,}")
_CHANNEL_ID = re.compile(r"[CG][A-Z0-9]{2,}")
_LOCALES: Final = {"en": "en_GB", "nl": "nl_NL"}


def _who(actor: str, lang: Lang) -> str:
    if _USER_ID.fullmatch(actor):
        return f"<@{actor}>"
    return t("history.actor_system", lang, actor=escape_mrkdwn(plain_text(actor, 40)))


def _when(at: datetime, zone: str, lang: Lang) -> str:
    moment = at if at.tzinfo else at.replace(tzinfo=UTC)
    return format_datetime(moment.astimezone(ZoneInfo(zone)), "d MMM y, HH:mm", locale=_LOCALES[lang])


def _value(field: str, value: Any, lang: Lang) -> str:
    """A stored value as the reader knows it: yes/no, a kind or language in words, a channel mention."""
    if value is None:
        return t("history.empty", lang)
    if isinstance(value, bool):
        return t("yes" if value else "no", lang)
    if field in ("kind", "language") and f"{field}.{value}" in MESSAGES:
        return t(f"{field}.{value}", lang)
    if field == "reminder_channel" and _CHANNEL_ID.fullmatch(str(value)):
        return f"<#{value}>"
    return "`" + escape_mrkdwn(plain_text(str(value), _VALUE_LIMIT)) + "`"


def _field(field: str, lang: Lang) -> str:
    """A stored field's name in the reader's words (``time_zone`` reads "time zone" / "tijdzone")."""
    key = f"history.field_{field}"
    return t(key, lang) if key in MESSAGES else escape_mrkdwn(field.replace("_", " "))


def _what(entry: AuditEntry, lang: Lang) -> str:
    key = f"history.action_{entry.action}"
    target = escape_mrkdwn(plain_text(entry.target or "", 100))
    if entry.action.startswith("admin_") and _USER_ID.fullmatch(entry.target or ""):
        target = f"<@{entry.target}>"  # the person, as a mention (storage keeps their user id)
    if key in MESSAGES:
        return t(key, lang, target=target)
    return t("history.action_other", lang, action=escape_mrkdwn(entry.action), target=target)


def _changes(entry: AuditEntry, lang: Lang) -> list[str]:
    before, after = entry.before or {}, entry.after or {}
    lines = []
    for field in list(dict.fromkeys([*before, *after]))[:10]:
        if entry.before is not None and entry.after is not None:
            arrow = f"{_value(field, before.get(field), lang)} → {_value(field, after.get(field), lang)}"
        elif entry.after is not None:
            arrow = _value(field, after.get(field), lang)
        else:
            arrow = "~" + _value(field, before.get(field), lang) + "~"
        lines.append(f"{_field(field, lang)}: {arrow}")
    return lines


def entry_text(entry: AuditEntry, zone: str, lang: Lang) -> str:
    head = t(
        "history.entry",
        lang,
        when=_when(entry.at, zone, lang),
        who=_who(entry.actor, lang),
        what=_what(entry, lang),
    )
    return "\n".join([head, *(f"    {line}" for line in _changes(entry, lang))])


def history_modal(
    entries: Sequence[AuditEntry], *, offset: int, has_next: bool, zone: str, lang: Lang, team_id: str
) -> dict[str, Any]:
    """One page: ``entries`` (at most ``PAGE_SIZE``) starting ``offset`` changes from the newest."""
    title = t("history.title", lang)
    if not entries and offset == 0:
        return message_modal(title, t("history.none", lang), lang, callback_id=CALLBACK_HISTORY)
    page = t("history.page", lang, first=offset + 1, last=offset + len(entries), zone=escape_mrkdwn(zone))
    blocks: list[Block] = [note(page if entries else t("history.no_more", lang))]
    for entry in entries[:PAGE_SIZE]:
        blocks.append(mrkdwn_section(entry_text(entry, zone, lang)))
        blocks.append(DividerBlock())
    buttons = []
    if offset > 0:
        buttons.append(
            ButtonElement(
                text=plain(t("history.previous", lang)),
                action_id=ACTION_PAGE,
                value=str(max(0, offset - PAGE_SIZE)),
            )
        )
    if has_next:
        buttons.append(
            ButtonElement(
                text=plain(t("history.next", lang)),
                action_id=f"{ACTION_PAGE}.next",
                value=str(offset + PAGE_SIZE),
            )
        )
    if buttons:
        blocks.append(ActionsBlock(block_id="pages", elements=buttons))
    return modal(
        title, blocks, lang, callback_id=CALLBACK_HISTORY, private_metadata=metadata(team_id, offset=offset)
    )
