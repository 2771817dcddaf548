"""Slack messages as readable terminal text, for the local console.

Block Kit is turned into lines (a header in bold, sections as text, context dimmed, buttons in brackets),
mrkdwn into plain text (``*bold*`` in bold on a terminal, mentions as ``@name`` / ``#channel``, links as
``label (url)``, the common emoji as emoji), and Slack's ``&lt;`` escapes back into characters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

EMOJI = {
    ":warning:": "⚠️",
    ":white_check_mark:": "✅",
    ":large_green_circle:": "🟢",
    ":bell:": "🔔",
    ":red_circle:": "🔴",
    ":tada:": "🎉",
    ":information_source:": "ℹ️",
    ":no_entry_sign:": "🚫",
    ":hourglass_flowing_sand:": "⏳",
    ":calendar:": "📅",
    ":rotating_light:": "🚨",
}
_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^>]*))?>")
_CHANNEL = re.compile(r"<#([CGD][A-Z0-9]+)(?:\|([^>]*))?>")
_LINK = re.compile(r"<(https?://[^|>]+)(?:\|([^>]*))?>")
# Slack's deep link to the app's Home tab: in the console the Home is :home
_APP_LINK = re.compile(r"<slack://app\?[^|>]*(?:\|([^>]*))?>")
_SPECIAL = re.compile(r"<!(\w+)(?:\|[^>]*)?>")
_BOLD = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?!\s)([^_\n]+?)_(?![\w_])")
_EMOJI_CODE = re.compile(r":[a-z0-9_+\-]+:")


class Style:
    """ANSI styling when writing to a terminal, nothing otherwise (pipes, logs, tests)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def bold(self, text: str) -> str:
        return f"\033[1m{text}\033[0m" if self.enabled else text

    def italic(self, text: str) -> str:
        return f"\033[3m{text}\033[0m" if self.enabled else text

    def dim(self, text: str) -> str:
        return f"\033[2m{text}\033[0m" if self.enabled else text


def mrkdwn_to_text(text: str, names: Mapping[str, str], style: Style) -> str:
    def user(m: re.Match[str]) -> str:
        return "@" + (names.get(m.group(1)) or m.group(2) or m.group(1))

    def channel(m: re.Match[str]) -> str:
        return "#" + (names.get(m.group(1)) or m.group(2) or m.group(1))

    def link(m: re.Match[str]) -> str:
        return f"{m.group(2)} ({m.group(1)})" if m.group(2) else m.group(1)

    out = _USER.sub(user, text)
    out = _CHANNEL.sub(channel, out)
    out = _LINK.sub(link, out)
    out = _APP_LINK.sub(lambda m: f"{m.group(1) or 'the App Home'} (:home)", out)
    out = _SPECIAL.sub(lambda m: "@" + m.group(1), out)
    out = _BOLD.sub(lambda m: style.bold(m.group(1)), out)
    out = _ITALIC.sub(lambda m: style.italic(m.group(1)), out)
    out = _EMOJI_CODE.sub(lambda m: EMOJI.get(m.group(0), m.group(0)), out)
    return out.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


ButtonLabel = Callable[[dict[str, Any], dict[str, Any], str], str]


def _plain_button(block: dict[str, Any], element: dict[str, Any], label: str) -> str:
    return f"[ {label} ]"


def message_to_text(
    text: str,
    blocks: list[dict[str, Any]] | None,
    names: Mapping[str, str],
    style: Style,
    button: ButtonLabel = _plain_button,
) -> str:
    """The blocks when there are any (what Slack shows), else the fallback text.

    ``button(block, element, label)`` writes each button as it is printed (the console numbers them there:
    ``[1: Mark renewed]``); by default ``[ label ]``.
    """
    if not blocks:
        return mrkdwn_to_text(text, names, style)
    convert: Callable[[str], str] = lambda s: mrkdwn_to_text(s, names, style)  # noqa: E731
    lines: list[str] = []
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            lines.append(style.bold(convert(block["text"]["text"])))
        elif kind == "section":
            if "text" in block:
                lines.append(convert(block["text"]["text"]))
            for f in block.get("fields", []):
                lines.append(convert(f.get("text", "")))
            accessory = block.get("accessory") or {}
            if accessory.get("type") == "button":
                lines.append(button(block, accessory, convert(accessory["text"]["text"])))
        elif kind == "context":
            lines.append(style.dim("  ".join(convert(e.get("text", "")) for e in block.get("elements", []))))
        elif kind == "divider":
            lines.append(style.dim("─" * 40))
        elif kind == "actions":
            buttons = [
                button(block, e, convert(e["text"]["text"]))
                for e in block.get("elements", [])
                if e.get("type") == "button" and "text" in e
            ]
            lines.append(" ".join(buttons))
    return "\n".join(lines)
