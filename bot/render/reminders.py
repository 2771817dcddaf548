"""Rendering reminder posts: the -15 and +23 day reminders (several offers due together make one post, each
offer with its own "Mark renewed" button), the post after someone marks an offer renewed, and the DM that
tells the MPN partner admins the reminder channel cannot be used.

Every date and phase comes from ``bot.core.answers.view`` (which asks ``rules``); this module only words it.
Offer names are user text and go through ``escape_mrkdwn``.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from slack_sdk.models.blocks import (
    ButtonElement,
    ContextBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

import rules
from bot.core.answers import OfferView
from bot.language.i18n import Lang, format_days_count, t
from bot.render.escape import BUTTON_TEXT_LIMIT, escape_mrkdwn, plain_text
from bot.render.offers import day, day_rel, kind_label, name_of
from bot.render.reply import FALLBACK_LIMIT, SECTION_TEXT_LIMIT, Reply, build, context, header

ACTION_MARK_RENEWED = "mpn_mark_renewed"
ITEM_BLOCK = "mpn-reminder:"  # + offer id: the offer's section, carrying its button
NOTE_BLOCK = "mpn-reminder-note:"  # + offer id: the late / repeat / extension notes under it
MAX_CONTEXT_ELEMENTS = 10  # Slack: a context block holds at most 10 elements
#: Offers per post: two blocks each plus a header and two context lines stay well inside Slack's 50 blocks.
MAX_ITEMS_PER_POST = 20


@dataclass(frozen=True, slots=True)
class ReminderItem:
    """One reminder in a post: the offer as seen on the workspace's local day, which reminder it is, and
    whether it goes out late (caught up after downtime) or possibly a second time (after a crash)."""

    view: OfferView
    kind: rules.ReminderKind
    due_on: date
    late: bool = False
    repeat: bool = False
    coming_up: bool = False  # overdue only because the offer was added (or re-dated) after its reminder day


def button_value(offer_id: int, anniversary: date) -> str:
    """What the button carries: the offer and the cycle the reminder was about (``7:2021-03-10``)."""
    return f"{offer_id}:{anniversary.isoformat()}"


def parse_button_value(value: str) -> tuple[int, date] | None:
    """The offer id and anniversary of a button, or None for anything we did not write."""
    offer_id, _, anniversary = (value or "").partition(":")
    try:
        return int(offer_id), date.fromisoformat(anniversary)
    except ValueError:
        return None


def item_text(item: ReminderItem, today: date, lang: Lang) -> str:
    """The reminder sentence for one offer: -15 gives the anniversary, the window and its last day; +23
    gives the days left and the day benefits are lost."""
    a = item.view.assessment
    params: dict[str, Any] = {
        "name": name_of(item.view),
        "kind": kind_label(item.view.offer.kind, lang),
        "deadline": day(a.last_day_to_renew, lang),
        "lost_on": day(a.benefits_lost_on, lang),
    }
    if item.kind is rules.ReminderKind.BEFORE:
        text = t(
            "reminder.before",
            lang,
            **params,
            anniversary=day_rel(a.anniversary, today, lang),
            opens=day(a.window_opens, lang),
        )
    elif a.days_to_deadline <= 0:
        text = t("reminder.after_last_day", lang, **params)
    else:
        text = t("reminder.after", lang, **params, days_left=format_days_count(a.days_to_deadline, lang))
    return text


def _notes(item: ReminderItem, lang: Lang) -> list[str]:
    notes = []
    eligibility = item.view.eligibility
    if eligibility.eligible:
        notes.append(t("offer.extension_hint", lang, name=name_of(item.view)))
    elif eligibility.reasons == (rules.Reason.NOT_IN_PARTNER_CENTER,):
        notes.append(t("reminder.extension_if_moved", lang, name=name_of(item.view)))
    if item.late:
        notes.append(t("reminder.late", lang, due=day(item.due_on, lang)))
    elif item.coming_up:
        notes.append(t("reminder.coming_up", lang, due=day(item.due_on, lang)))
    if item.repeat:
        notes.append(t("reminder.repeat", lang))
    return notes


@lru_cache(maxsize=8)
def _shapes(lang: Lang) -> tuple[dict[str, Any], dict[str, Any]]:
    """An offer's section (with its button) and its notes line, built and validated by slack_sdk's models
    once per language. A busy day renders thousands of posts and the models' validation costs more than the
    rest of a post put together, so each offer only fills in its strings, cut to the same limits the models
    check (``test_reminders_render`` parses every block back through the models)."""
    section = SectionBlock(
        block_id=f"{ITEM_BLOCK}0",
        text=MarkdownTextObject(text="-"),
        accessory=ButtonElement(
            text=PlainTextObject(text=plain_text(t("reminder.button", lang), BUTTON_TEXT_LIMIT), emoji=True),
            action_id=ACTION_MARK_RENEWED,
            value=button_value(0, date(2000, 1, 1)),
            style="primary",
        ),
    ).to_dict()
    notes = ContextBlock(block_id=f"{NOTE_BLOCK}0", elements=[MarkdownTextObject(text="-")]).to_dict()
    return section, notes


def _item_blocks(item: ReminderItem, today: date, lang: Lang) -> list[dict[str, Any]]:
    section, notes_shape = _shapes(lang)
    offer = item.view.offer
    accessory = section["accessory"]
    blocks = [
        {
            **section,
            "block_id": f"{ITEM_BLOCK}{offer.id}",
            "text": {**section["text"], "text": item_text(item, today, lang)[:SECTION_TEXT_LIMIT]},
            "accessory": {
                **accessory,
                "text": dict(accessory["text"]),
                "value": button_value(offer.id, offer.anniversary),
            },
        }
    ]
    notes = _notes(item, lang)
    if notes:
        element = notes_shape["elements"][0]
        blocks.append(
            {
                **notes_shape,
                "block_id": f"{NOTE_BLOCK}{offer.id}",
                "elements": [
                    {**element, "text": note[:SECTION_TEXT_LIMIT]} for note in notes[:MAX_CONTEXT_ELEMENTS]
                ],
            }
        )
    return blocks


def reminder_post(
    items: Sequence[ReminderItem], today: date, lang: Lang, *, to_admins: bool = False
) -> Reply:
    """One post for every offer due together in one channel (at most ``MAX_ITEMS_PER_POST``; the sweep
    splits bigger days). ``to_admins``: sent by DM because no channel is set, which the post says."""
    if not items:
        raise ValueError("a reminder post needs at least one reminder")
    if len(items) > MAX_ITEMS_PER_POST:
        raise ValueError(f"at most {MAX_ITEMS_PER_POST} reminders per post")
    names = ", ".join(escape_mrkdwn(i.view.offer.name) for i in items)
    head, tail = _frame(lang, to_admins)
    blocks = copy.deepcopy(head)
    for item in items:
        blocks.extend(_item_blocks(item, today, lang))
    blocks.extend(copy.deepcopy(tail))
    return Reply(text=plain_text(t("reminder.summary", lang, names=names), FALLBACK_LIMIT), blocks=blocks)


@lru_cache(maxsize=8)
def _frame(lang: Lang, to_admins: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The blocks every reminder post starts and ends with, validated once per language (copies are handed
    out, so no post can change another's)."""
    head = build("", [header(t("reminder.title", lang))]).blocks
    tail = [context(t("reminder.dm_no_channel", lang))] if to_admins else []
    tail.append(context(t("reminder.footer", lang)))
    return head, build("", tail).blocks


def renewed_text(before: OfferView, after: OfferView, user_id: str, lang: Lang) -> str:
    return t(
        "reminder.renewed",
        lang,
        name=name_of(after),
        user=f"<@{user_id}>",
        new=day(after.assessment.anniversary, lang),
        old=day(before.assessment.anniversary, lang),
    )


def mark_renewed(blocks: Sequence[dict[str, Any]], offer_id: int, text: str) -> list[dict[str, Any]]:
    """The post's blocks after ``offer_id`` was marked renewed: its section says so (no button any more)
    and its notes go; every other offer keeps its button."""
    section = SectionBlock(
        block_id=f"{ITEM_BLOCK}{offer_id}", text=MarkdownTextObject(text=text[:SECTION_TEXT_LIMIT])
    )
    out: list[dict[str, Any]] = []
    for block in blocks:
        block_id = block.get("block_id")
        if block_id == f"{NOTE_BLOCK}{offer_id}":
            continue
        out.append(section.to_dict() if block_id == f"{ITEM_BLOCK}{offer_id}" else dict(block))
    return out


def channel_alert(error: str, channel: str, offer_names: Sequence[str], lang: Lang) -> Reply:
    """The DM to the MPN partner admins when the reminder channel cannot be used (``not_in_channel``,
    ``channel_not_found``, ``is_archived``)."""
    names = ", ".join(f"*{escape_mrkdwn(n)}*" for n in offer_names)
    text = t(f"reminder.alert.{error}", lang, channel=f"<#{channel}>", names=names)
    return build(text, [SectionBlock(text=MarkdownTextObject(text=text[:SECTION_TEXT_LIMIT]))])


#: The channel errors the admins are told about (each has a ``reminder.alert.<error>`` message).
ALERTED_ERRORS = frozenset({"not_in_channel", "channel_not_found", "is_archived"})
