"""Refusals that need more than a message and its parameters: the offers an ambiguous name fits, and which
offer a duplicate name collides with and why the two count as one."""

from __future__ import annotations

from typing import Any

from bot.language.i18n import Lang, t
from bot.render.escape import escape_mrkdwn
from bot.render.reply import Reply, build, section


def ambiguous(typed: str, candidates: list[str], lang: Lang) -> Reply:
    """ "kubernetes" with "Kubernetes on Azure" and "Kubernetes Edge": name every candidate, never one."""
    names = ", ".join(f"*{escape_mrkdwn(c)}*" for c in dict.fromkeys(candidates))
    text = ":warning: " + t(
        "storage.offer_ambiguous", lang, name=escape_mrkdwn(typed), count=len(candidates), names=names
    )
    return build(text, [section(text)])


def duplicate(params: dict[str, Any], lang: Lang, *, key: str = "storage.duplicate_name") -> Reply:
    """A refused duplicate name; ``key``: the wording (a modal's says Edit where a command's names ``/mpn fix``)."""
    existing = escape_mrkdwn(str(params.get("existing", "")))
    text = ":warning: " + t(key, lang, existing=existing)
    why, typed = params.get("why"), str(params.get("name", ""))
    # Typed exactly as stored, the name needs no "they differ only in ..." (there is no difference).
    if why and typed.split() != str(params.get("existing", "")).split():
        text += "\n" + t(f"duplicate.{why}", lang, name=escape_mrkdwn(typed), existing=existing)
    return build(text, [section(text)])
