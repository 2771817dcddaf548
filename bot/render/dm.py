"""Rendering answers to questions asked in a direct message. The dates and phases come from the same
answer functions as ``/mpn``; only the wording is conversational."""

from __future__ import annotations

from datetime import date

from slack_sdk.models.blocks import Block, ContextBlock, MarkdownTextObject

import rules
from bot.core.answers import GraceAnswer
from bot.language.i18n import Lang, format_day, t
from bot.render.escape import escape_mrkdwn
from bot.render.offers import day, day_rel, name_of, phase_line
from bot.render.reply import MAX_BLOCKS, Reply, build, context, section


def grace(answer: GraceAnswer, lang: Lang) -> Reply:
    if not answer.items:
        text = t("dm.grace_none", lang)
        return build(text, [section(text)])
    lines = []
    for item in answer.items:
        a = item.assessment
        if item.phase is rules.Phase.GRACE:
            lines.append(
                t(
                    "dm.grace_yes",
                    lang,
                    name=name_of(item),
                    deadline=day_rel(a.last_day_to_renew, answer.today, lang),
                )
            )
        else:
            lines.append(
                t("dm.grace_not", lang, name=name_of(item), phase=phase_line(item, answer.today, lang))
            )
    text = "\n".join(lines)
    return build(text, [section(text)])


def consequences(
    lang: Lang, item_lost_on: str | None = None, name: str | None = None, *, lost: bool = False
) -> Reply:
    """The rule, and for a named offer the day it applies: "would be" while it can still be renewed, "was
    lost on" once it was not (``lost``)."""
    text = t("dm.consequences", lang)
    blocks: list[Block] = [section(text)]
    if item_lost_on and name:
        key = "dm.consequences_lost" if lost else "dm.consequences_named"
        blocks.append(context(t(key, lang, name=escape_mrkdwn(name), lost_on=item_lost_on)))
    return build(text, blocks)


def how_to_renew(lang: Lang, policy: rules.Policy = rules.MPN_2021) -> Reply:
    text = t("dm.how_to_renew", lang, competencies_url=policy.competencies_url)
    return build(text, [section(text)])


def as_of_today(reply: Reply, today: date, asked: date | None, lang: Lang) -> Reply:
    """The reply with a first line saying it is for today, not for the day the message named."""
    example = (asked or today).isoformat()
    note = t("dm.as_of_today", lang, today=format_day(today, lang), example=example)
    blocks = [ContextBlock(elements=[MarkdownTextObject(text=note)]).to_dict(), *reply.blocks]
    return Reply(text=f"{note}\n{reply.text}", blocks=blocks[:MAX_BLOCKS])


def examples(key: str, lang: Lang) -> Reply:
    """Greeting, help and "I didn't understand": a short line and questions to try."""
    text = t(key, lang)
    return build(text, [section(text), context(t("dm.examples", lang))])


def plain(key: str, lang: Lang, **params: str) -> Reply:
    text = t(key, lang, **params)
    return build(text, [section(text)])


def which_offer(names: tuple[str, ...], lang: Lang) -> Reply:
    text = t("dm.which_offer", lang, names=", ".join(f"*{escape_mrkdwn(n)}*" for n in names))
    return build(text, [section(text)])


__all__ = ["consequences", "day", "examples", "format_day", "grace", "how_to_renew", "plain", "which_offer"]
